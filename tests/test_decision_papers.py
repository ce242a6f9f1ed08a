"""The Quyết định, the tờ trình and the draft báo cáo, rendered and read back (pdfplumber)."""

from __future__ import annotations

import re
from datetime import date

import pdfplumber
import pytest

from dvdesk.domain.numwords import money_words
from dvdesk.services.documents import StyleMismatchError, format_money
from dvdesk.services.render import render
from dvdesk.services.reports.common import Issue
from dvdesk.services.reports.decision_papers import decision_papers
from dvdesk.services.reports.milestone_report import milestone_report
from dvdesk.services.reports.proposal import proposal


def _pages(path):
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _who(n_col: int, n_ind: int) -> str:
    """The count as the documents write it, spelled out here independently of the builders."""
    return " và ".join(x for x in (f"{n_col} tập thể" if n_col else "", f"{n_ind} cá nhân" if n_ind else "") if x)


def _decision(store, issuer_kind: str):
    row = store.query(
        "SELECT d.id FROM decisions d JOIN issuers i ON i.id = d.issuer_id JOIN awards a ON a.decision_id = d.id "
        "WHERE i.kind = ? AND d.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY d.id ORDER BY d.signed_on DESC "
        "LIMIT 1", (issuer_kind,))
    assert row, f"the demo has no decision of a {issuer_kind} issuer with awards"
    return store.decisions.get(row[0]["id"])


def _counts(store, decision_id: int) -> tuple[int, int, int]:
    r = store.query("SELECT sum(recipient_kind = 'tap_the') AS c, sum(recipient_kind = 'ca_nhan') AS i, "
                    "sum(amount) AS money FROM awards WHERE decision_id = ? AND deleted_at IS NULL", (decision_id,))[0]
    return r["c"] or 0, r["i"] or 0, r["money"] or 0


@pytest.mark.parametrize("kind", ["ubnd", "cap_uy", "ban"])
def test_decision_reads_as_issued(demo_store, tmp_path, kind):
    store = demo_store
    d = _decision(store, kind)
    out = tmp_path / "qd.pdf"
    render(decision_papers(store, d.id), out)
    pages = _pages(out)
    first = _flat(pages[0])
    n_col, n_ind, money = _counts(store, d.id)
    state = kind == "ubnd"
    # header: the national heading of the issuer's format, the number as issued, place and date
    if state:
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
        assert f"Số: {d.number}" in first and "ĐẢNG CỘNG SẢN" not in first
        assert "QUYẾT ĐỊNH:" in first and "Về việc tặng" in first
    else:
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first and "CỘNG HÒA" not in first
        assert f"Số {d.number}" in first and "QUYẾT ĐỊNH:" not in first
    assert f"ngày {d.signed_on.day:02d} tháng" in first
    issuer = store.issuers.get(d.issuer_id)
    assert issuer.authority in first
    # Điều 1 counts what the list holds; Điều 2 the money, in figures and in words
    who = _who(n_col, n_ind)
    body = _flat(" ".join(pages))
    assert f"cho {who} (có danh sách kèm theo)" in body
    assert f"Tổng số tiền thưởng: {format_money(money)} đồng" in body
    assert money_words(money) in body
    assert "Điều 3." in body and "chịu trách nhiệm thi hành Quyết định này./." in body
    assert "Như Điều 3" in body and "Lưu" in body
    assert d.signer_name in body and d.signer_title in body
    # the list on a page of its own, after the decision
    list_pages = [i for i, p in enumerate(pages) if "DANH SÁCH" in p]
    assert list_pages and list_pages[0] >= 1 and "DANH SÁCH" not in pages[0]
    assert f"Kèm theo Quyết định số {d.number}" in _flat(pages[list_pages[0]])


def test_decision_geometry_and_bold_articles(demo_store, tmp_path):
    store = demo_store
    d = _decision(store, "cap_uy")
    out = tmp_path / "qd.pdf"
    render(decision_papers(store, d.id), out)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(extra_attrs=["fontname", "size"])
        heading = next(w for w in words if w["text"] == "ĐẢNG")
        assert heading["size"] == pytest.approx(15, abs=0.2) and "Bold" in heading["fontname"]
        assert heading["x0"] > page.width * 0.45  # the national heading on the right
        art = [w for w in words if w["text"] == "Điều"]
        art = [w for w in art if w["x0"] == pytest.approx(min(a["x0"] for a in art), abs=0.5)]  # line starts
        assert len(art) >= 3 and all("Bold" in w["fontname"] for w in art)
        first_after = [w for w in words if w["top"] == pytest.approx(art[0]["top"], abs=1) and w["x0"] > art[0]["x1"]]
        assert any("Bold" not in w["fontname"] for w in first_after)  # the article's text is regular
        signer = [w for w in words if w["text"] == d.signer_name.split()[-1]]
        assert signer and signer[-1]["x0"] > page.width / 2  # the signature on the right
        nn = [w for w in words if w["text"].startswith("Nơi")]
        assert nn and nn[0]["x0"] < page.width / 3


def test_decision_style_follows_the_issuer(demo_store):
    d = _decision(demo_store, "ubnd")
    with pytest.raises(StyleMismatchError, match="Quyết định số"):
        decision_papers(demo_store, d.id, style="party")


def test_proposal_counts_equal_the_milestone_proposals(demo_store, tmp_path):
    store = demo_store
    m = store.phases.milestone("tong-ket-2025")
    on = date(2025, 9, 20)
    doc = proposal(store, m.key, issue=Issue("12", on))
    out = tmp_path / "tt.pdf"
    render(doc, out)
    text = _flat(" ".join(_pages(out)))
    rows = store.query(
        "SELECT f.name, f.issuer_body, sum(i.subject_kind = 'tap_the') AS c, sum(i.subject_kind = 'ca_nhan') AS n "
        "FROM reviews r JOIN initiatives i ON i.id = r.initiative_id JOIN award_forms f ON f.id = r.proposed_form_id "
        "WHERE r.milestone_id = ? AND r.deleted_at IS NULL AND i.deleted_at IS NULL GROUP BY f.id", (m.id,))
    upper = rows  # every body: the upper ones, and the office's leadership for its own Giấy khen
    assert {r["issuer_body"] for r in rows} > {"BAN"}, "the demo proposes awards to upper bodies at tổng kết 2025"
    letters = [x for x in doc.documents if x.title == "TỜ TRÌNH"]
    assert len(letters) == len({r["issuer_body"] for r in upper})
    assert any(x.blocks[0].text.startswith("Kính gửi: Thường trực Ban") for x in letters)
    for r in upper:
        who = _who(r["c"], r["n"])
        assert re.search(rf"{re.escape(r['name'])}:? (?:cho )?{who}", text), (r["name"], who)
    assert "Số 12-TTr/" in text and "Kèm theo Tờ trình số 12-TTr/" in text
    assert "Kính gửi: Ban Thường vụ Tỉnh ủy" in text and "Kính trình" in text
    # each list holds exactly the proposed models
    lists = [x for x in doc.documents if x.title == "DANH SÁCH"]
    n_rows = sum(sum(1 for item in t.iter_rows() if type(item).__name__ == "Row") for x in lists for t in x.tables)
    assert n_rows == sum(r["c"] + r["n"] for r in upper)


def test_proposal_for_one_form_and_for_a_year_of_the_office_s_own_awards(demo_store):
    doc = proposal(demo_store, "tong-ket-2025", form="Giấy khen", issue=Issue(on=date(2025, 9, 20)))
    assert doc.documents[0].blocks[0].text.startswith("Kính gửi: Thường trực Ban")
    with pytest.raises(Exception, match="Không có hình thức"):
        proposal(demo_store, "tong-ket-2025", form="Không có hình thức này")
    # a year-end review proposes the office's own Giấy khen: its tờ trình goes to the Ban's leadership
    year = proposal(demo_store, "nam-2024", issue=Issue(on=date(2024, 12, 1)))
    assert [d.title for d in year.documents] == ["TỜ TRÌNH", "DANH SÁCH"]
    assert year.documents[0].blocks[0].text == "Kính gửi: Thường trực Ban Dân vận Tỉnh ủy"


def _milestone_counts(store, key: str) -> dict:
    m = store.phases.milestone(key)
    cut = (m.held_on or date(m.year, 12, 31)).isoformat()
    r = store.query(
        "SELECT count(*) AS reg, sum(i.subject_kind = 'tap_the') AS reg_c, sum(i.subject_kind = 'ca_nhan') AS reg_i, "
        "sum(coalesce(v.recognized, 0)) AS rec, sum(coalesce(v.exemplary, 0)) AS ex FROM initiatives i "
        "LEFT JOIN reviews v ON v.initiative_id = i.id AND v.milestone_id = ? AND v.deleted_at IS NULL "
        "WHERE i.deleted_at IS NULL AND i.phase_id = ? AND coalesce(i.registered_on, i.year || '-01-01') <= ?",
        (m.id, m.phase_id, cut))[0]
    money = store.scalar("SELECT coalesce(sum(a.amount), 0) FROM awards a JOIN decisions d ON d.id = a.decision_id "
                         "WHERE d.milestone_id = ? AND a.deleted_at IS NULL AND d.deleted_at IS NULL", (m.id,))
    return {**dict(r), "money": money}


def _n(x: int) -> str:
    return format_money(x)


def test_report_figures_equal_what_was_recorded_at_the_milestone(demo_store, tmp_path):
    store = demo_store
    now = _milestone_counts(store, "tong-ket-2025")
    before = _milestone_counts(store, "so-ket-2023")
    # a status changed today must not move a milestone's report
    store.conn.execute("UPDATE initiatives SET status = 'tieu_bieu' WHERE deleted_at IS NULL")
    doc = milestone_report(store, "tong-ket-2025", Issue("45", date(2025, 10, 20)))
    out = tmp_path / "bc.pdf"
    render(doc, out)
    pages = _pages(out)
    text = _flat(" ".join(pages))
    assert "BÁO CÁO" in pages[0] and "tổng kết phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2025" in text
    assert (f"có {_n(now['reg'])} mô hình, điển hình đăng ký thực hiện, trong đó {_n(now['reg_c'])} tập thể, "
            f"{_n(now['reg_i'])} cá nhân") in text
    assert f"Có {_n(now['rec'])} mô hình, điển hình được công nhận" in text
    assert f"trong đó {_n(now['ex'])} mô hình, điển hình tiêu biểu" in text
    assert f"tổng số tiền thưởng {_n(now['money'])} đồng" in text
    assert f"so với sơ kết giữa giai đoạn 2021–2025: {_n(before['reg'])} mô hình" in text
    for heading in ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. HẠN CHẾ, NGUYÊN NHÂN",
                    "IV. BÀI HỌC KINH NGHIỆM", "VI. KIẾN NGHỊ, ĐỀ XUẤT"):
        assert heading in text
    assert "Kế hoạch số 415-KH/BDVTU" in text  # the phase's directive documents from the Văn bản page
    assert text.count("[") >= 6  # the places for the prose are marked
    assert "Số 45-BC/" in pages[0]
    assert "PHỤ LỤC THỐNG KÊ" in text and "Kèm theo Báo cáo số 45-BC/" in text


def test_cli_exports_decision_proposal_report(demo_file, tmp_path, capsys):
    import shutil

    from dvdesk.cli import main

    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, db)
    from dvdesk.store.db import open_store

    with open_store(db) as s:
        d = _decision(s, "ubnd")
    assert main(["export", "decision", "--db", str(db), "--decision", d.number, "--year", str(d.signed_on.year),
                 "-o", str(tmp_path / "qd.pdf")]) == 0
    assert "QUYẾT ĐỊNH" in _pages(tmp_path / "qd.pdf")[0]
    assert main(["export", "proposal", "--db", str(db), "--milestone", "tong-ket-2025", "--date", "20/09/2025",
                 "-o", str(tmp_path / "tt.pdf")]) == 0
    assert "TỜ TRÌNH" in _pages(tmp_path / "tt.pdf")[0]
    assert main(["export", "report", "--db", str(db), "--milestone", "so-ket-2023", "-o", str(tmp_path / "bc.pdf")]) == 0
    assert "sơ kết 03 năm thực hiện" in _flat(_pages(tmp_path / "bc.pdf")[0])
    # wrong use: a clear message, no file
    assert main(["export", "decision", "--db", str(db), "-o", str(tmp_path / "x.pdf")]) != 0
    assert main(["export", "report", "--db", str(db), "--milestone", "so-ket-2023", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert main(["export", "proposal", "--db", str(db), "--milestone", "tong-ket-2025", "--decision", "1",
                 "-o", str(tmp_path / "x.pdf")]) != 0
    err = capsys.readouterr().err
    assert "--decision" in err and ".docx" in err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()


def test_a_proposal_before_the_merger_speaks_with_the_names_of_its_date(demo_store):
    doc = proposal(demo_store, "so-ket-2023", issue=Issue(on=date(2023, 9, 15)))
    letter = doc.documents[0]
    assert (letter.profile.issuing_body, letter.profile.parent_body) == ("BAN DÂN VẬN", "TỈNH ỦY KIÊN GIANG")
    text = " ".join(b.text for b in letter.blocks)
    assert "Ban Dân vận Tỉnh ủy kính đề nghị" in text and "Tuyên giáo" not in text
    assert "kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2025" in text
    assert "giai đoạn 2021 - 2023" in letter.subject_lines[0]  # what the sơ kết covers


def test_decision_and_report_in_word_read_back(demo_store, tmp_path):
    import docx

    store = demo_store
    d = _decision(store, "cap_uy")
    render(decision_papers(store, d.id), tmp_path / "qd.docx")
    document = docx.Document(str(tmp_path / "qd.docx"))
    paras = [p for p in document.paragraphs if p.text.strip()]
    articles = [p for p in paras if p.text.startswith("Điều ")]
    assert len(articles) == 3 and all(p.runs[0].bold and p.runs[0].text.startswith("Điều") for p in articles)
    assert not articles[0].runs[-1].bold  # the article's text is regular
    n_col, n_ind, money = _counts(store, d.id)
    body = " ".join(p.text for p in paras)
    who = _who(n_col, n_ind)
    assert f"cho {who} (có danh sách kèm theo)" in body
    assert f"Tổng số tiền thưởng: {format_money(money)} đồng" in body and money_words(money) in body
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any("ĐẢNG CỘNG SẢN VIỆT NAM" in c for c in cells) and any(d.signer_name in c for c in cells)
    assert sum(1 for c in cells if c.strip() == "I. TẬP THỂ" or c.startswith("I. TẬP THỂ")) >= 1
    # the báo cáo: its headings are Word headings, its figures the milestone's
    render(milestone_report(store, "tong-ket-2025", Issue("45", date(2025, 10, 20))), tmp_path / "bc.docx")
    report = docx.Document(str(tmp_path / "bc.docx"))
    heads = [p.text for p in report.paragraphs if p.style.name.startswith("Heading")]
    assert "II. KẾT QUẢ THỰC HIỆN" in heads and "1. Đăng ký thực hiện mô hình, điển hình" in heads
    now = _milestone_counts(store, "tong-ket-2025")
    text = " ".join(p.text for p in report.paragraphs)
    assert f"có {_n(now['reg'])} mô hình, điển hình đăng ký thực hiện, trong đó {_n(now['reg_c'])} tập thể" in text


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_every_text_of_the_decision_docx(demo_store, tmp_path):
    import subprocess

    d = _decision(demo_store, "ubnd")
    render(decision_papers(demo_store, d.id), tmp_path / "qd.docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "qd.docx")], check=True, capture_output=True,
                   timeout=180)
    text = _flat(" ".join(_pages(tmp_path / "qd.pdf")))
    names = [r[0] for r in demo_store.conn.execute(
        "SELECT recipient_name FROM awards WHERE decision_id = ? AND deleted_at IS NULL", (d.id,))]
    for must in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"Số: {d.number}", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.",
                 "Điều 3.", "Nơi nhận:", d.signer_name, "DANH SÁCH"):
        assert _flat(must) in text, must
    words = set(text.split())  # a name in a table cell may wrap, its lines interleaved with the next cell's
    for name in names:
        assert set(name.split()) <= words, name


def test_every_print_of_a_decision_keeps_its_own_order(demo_store, tmp_path):
    """A list put in a manual order (dragged in the editor) prints in that order from the Báo cáo page, the
    CLI and the Quyết định — not in the office's default order."""
    from dvdesk.services.reports.awards import award_list

    store = demo_store
    d = _decision(store, "ban")
    rows = store.awards.for_decision(d.id, order="precedence")
    reordered = [a for a in rows if a.recipient_kind == "tap_the"][::-1] + \
        [a for a in rows if a.recipient_kind == "ca_nhan"][::-1]
    d.award_order = "manual"
    store.awarding.save(d, reordered)
    expected = [a.recipient_name for a in reordered]
    assert store.settings.get("award_order", "precedence") != "manual"
    for doc in (award_list(store, d.number, year=d.signed_on.year), decision_papers(store, d.id).documents[1]):
        names = [r.cells[1] for t in doc.tables for r in t.iter_rows() if type(r).__name__ == "Row"]
        assert names == expected
