"""What a clerk sees when printing our Excel files: LibreOffice opens and converts them without loss."""

from __future__ import annotations

import itertools
import shutil
import subprocess

import openpyxl
import pdfplumber
import pytest

from dvdesk.services import statistics as st
from dvdesk.services.documents import AgencyProfile, Column, Document, Row, Table, TotalRow
from dvdesk.services.reports import award_list, export, statistics_appendix

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_award_list_and_statistics(demo_store, tmp_path):
    decision = demo_store.decisions.list()[0]
    sources = {
        "ds": export(award_list(demo_store, decision_number=decision.number,
                                year=decision.signed_on.year), tmp_path / "ds.xlsx"),
        "tk": export(statistics_appendix(demo_store, st.Scope(phase_id=1)), tmp_path / "tk.xlsx"),
    }
    profile = tmp_path / "lo-profile"
    r = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path / "out"), *map(str, sources.values())],
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    for key, xlsx in sources.items():
        pdf = tmp_path / "out" / f"{key}.pdf"
        assert pdf.exists(), r.stdout + r.stderr
        with pdfplumber.open(pdf) as p:
            text = "\n".join(page.extract_text() or "" for page in p.pages)
            size = (round(p.pages[0].width), round(p.pages[0].height))
            columns = [c for page in p.pages for c in column_texts(page)]
        assert size in ((595, 842), (842, 595))  # A4, portrait or landscape
        # every text cell of the first sheet reaches the printed page (wrapped lines joined: across
        # the page for the title lines, down its column for a table cell)
        flat = " ".join(text.split())
        ws = openpyxl.load_workbook(xlsx).worksheets[0]
        texts = [c for row in ws.iter_rows(values_only=True) for c in row
                 if isinstance(c, str) and c.strip() and not c.startswith("=")]
        missing = [t for t in texts[:60] if " ".join(t.split())[:20] not in flat
                   and not any(" ".join(t.split())[:20] in col for col in columns)]
        assert not missing, missing[:5]


def column_texts(page) -> list[str]:
    """The words of each table column of a page, top to bottom (columns from its vertical rules)."""
    edges = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"})
    words = page.extract_words()
    out = []
    for x0, x1 in itertools.pairwise(edges):
        inside = sorted((w for w in words if x0 <= w["x0"] and w["x1"] <= x1 + 0.5),
                        key=lambda w: (round(w["top"]), w["x0"]))
        out.append(" ".join(w["text"] for w in inside))
    return out


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_amounts_with_dots_and_the_state_rule(demo_store, tmp_path):
    """Amounts print 7.020.000 and 1.273.900.000 whatever the locale (LibreOffice runs in en-US
    here, where "#,##0" gives 7,020,000); totals are formulas with the right value."""
    ubnd = next(d for d in demo_store.decisions.list() if d.issuer_name.startswith("ỦY BAN NHÂN DÂN"))
    sources = {
        "ds": export(award_list(demo_store, decision_number=ubnd.number, year=ubnd.signed_on.year),
                     tmp_path / "ds.xlsx"),
        "tk": export(statistics_appendix(demo_store, st.Scope()), tmp_path / "tk.xlsx"),
        "big": export(Document(AgencyProfile.of("TỈNH ỦY AN GIANG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"), blocks=[
            Table([Column("Hình thức", 3), Column("Tiền thưởng (đồng)", 1, kind="money")],
                  [Row(["Giấy khen", 952_330_000]), Row(["Bằng khen", 321_570_000]), Row(["Biểu dương", 0]),
                   Row(["Kỷ niệm chương", 900]), TotalRow("Tổng cộng", [1_273_900_900])])]), tmp_path / "big.xlsx"),
    }
    profile = tmp_path / "lo-profile"
    r = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path / "out"), *map(str, sources.values())],
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(tmp_path / "out" / "big.pdf") as p:
        words = p.pages[0].extract_text().split()
    for shown in ("952.330.000", "321.570.000", "0", "900", "1.273.900.900"):  # every magnitude
        assert shown in words
    with pdfplumber.open(tmp_path / "out" / "ds.pdf") as p:
        text = "\n".join(page.extract_text() or "" for page in p.pages)
        first = p.pages[0]
        # the short line under the State agency: a rule below its name, shorter than it, centred on it
        name = next(w for w in first.extract_words() if w["text"] == "NHÂN")
        rules = [e for e in first.edges if e["orientation"] == "h" and e["top"] > name["bottom"]
                 and e["top"] - name["bottom"] < 40 and e["x1"] < first.width / 2]
        assert rules and 20 < rules[0]["x1"] - rules[0]["x0"] < 150
    total = demo_store.awards.total(ubnd.id)
    amounts = {a.amount for a in demo_store.awards.for_decision(ubnd.id)}
    for value in (total, *amounts):
        assert f"{value:,}".replace(",", ".") in text
    assert f"{total:,}" not in text
    with pdfplumber.open(tmp_path / "out" / "tk.pdf") as p:
        text = "\n".join(page.extract_text() or "" for page in p.pages)
    money = sum(r.money for r in st.awards_by_form(demo_store, st.Scope()))
    assert f"{money:,}".replace(",", ".") in text
    registered = demo_store.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    assert f"{registered:,}".replace(",", ".") in text
