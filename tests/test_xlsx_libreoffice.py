"""What a clerk sees when printing our Excel files: LibreOffice opens and converts them without loss."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pdfplumber
import pytest

from dvdesk.services import statistics as st
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
        assert size in ((595, 842), (842, 595))  # A4, portrait or landscape
        # every text cell of the first sheet reaches the printed page (wrapped lines joined)
        flat = " ".join(text.split())
        ws = openpyxl.load_workbook(xlsx).worksheets[0]
        texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str) and c.strip()]
        missing = [t for t in texts[:60] if " ".join(t.split())[:20] not in flat]
        assert not missing, missing[:5]
