"""Report builders over the store, exported to PDF and XLSX and read back."""

from __future__ import annotations

from datetime import date

import openpyxl
import pdfplumber
import pytest

from dvdesk.cli import main
from dvdesk.domain.entities import Award, Decision
from dvdesk.domain.vntext import name_sort_key
from dvdesk.services import statistics as st
from dvdesk.services.documents import Document, DocumentSet, Row, SectionRow, TotalRow
from dvdesk.services.reports import award_list, export, initiative_list, statistics_appendix
from dvdesk.services.reports.common import agency_phrase
from dvdesk.services.reports.initiatives import InitiativeListOptions


def _items(doc: Document):
    table = doc.tables[0]
    return list(table.rows() if callable(table.rows) else table.rows)


def _pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


@pytest.fixture
def decision(store):
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number="12-QĐ/BTGDVTU", signed_on=date(2025, 10, 10), form_id=form.id,
                                        signer_authority="K/T TRƯỞNG BAN", signer_title="PHÓ TRƯỞNG BAN",
                                        signer_name="Nguyễn Văn Phích"))
    for kind, name in [("ca_nhan", "Trần Thị Ánh"), ("tap_the", "Chi bộ ấp Mỹ Lợi"), ("ca_nhan", "Lê Văn An"),
                       ("ca_nhan", "Nguyễn <b>Bình</b> & \"Tư\" Cường"), ("tap_the", "Ban Dân vận Huyện ủy Gò Quao")]:
        store.awards.create(Award(decision_id=d.id, recipient_kind=kind, recipient_name=name,
                                  position="Bí thư Chi bộ" if kind == "ca_nhan" else "",
                                  achievement="Có thành tích xuất sắc trong phong trào thi đua \"Dân vận khéo\""))
    return d


def test_award_list_parts_numbering_money(store, decision):
    doc = award_list(store, decision_number="12-QĐ/BTGDVTU", order="az")
    items = _items(doc)
    assert isinstance(items[0], SectionRow) and items[0].text.startswith("I. TẬP THỂ")
    second = next(i for i, x in enumerate(items) if isinstance(x, SectionRow) and x.text.startswith("II. CÁ NHÂN"))
    collectives = [x.cells for x in items[1:second]]
    individuals = [x.cells for x in items[second + 1:] if isinstance(x, Row)]
    assert [c[0] for c in collectives] == [1, 2] and [c[0] for c in individuals] == [1, 2, 3]
    names = [c[1] for c in individuals]
    assert names == sorted(names, key=name_sort_key)
    assert names == ["Lê Văn An", "Trần Thị Ánh", "Nguyễn <b>Bình</b> & \"Tư\" Cường"]
    total = items[-1]
    assert isinstance(total, TotalRow) and total.values == [4_950_000]
    assert doc.appendix == ("(Kèm theo Quyết định số 12-QĐ/BTGDVTU ngày 10/10/2025 của "
                            "Ban Tuyên giáo và Dân vận Tỉnh ủy)")
    assert "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy" in " ".join(doc.subject_lines)


def test_award_list_pdf_and_xlsx_read_back(store, decision, tmp_path):
    doc = award_list(store, decision_number="12")
    pdf = export(doc, tmp_path / "ds.pdf")
    text = _pdf_text(pdf)
    assert "<b>Bình</b> & \"Tư\"" in text  # printed literally, never as markup (the cell wraps)
    assert "K/T TRƯỞNG BAN" in text and "Nguyễn Văn Phích" in text
    assert "4.950.000" in text  # total: 2 × 1.410.000 + 3 × 710.000
    xlsx = export(award_list(store, decision_number="12"), tmp_path / "ds.xlsx")
    ws = openpyxl.load_workbook(xlsx, data_only=True).worksheets[0]  # the total: a SUM, its value cached
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert 710_000 in values and 4_950_000 in values
    assert "Nguyễn <b>Bình</b> & \"Tư\" Cường" in values


def test_award_list_without_money_has_no_money_column(store):
    form = store.award_forms.by_code("BIEU_DUONG")
    d = store.decisions.create(Decision(number="7-QĐ/BDVTU", signed_on=date(2024, 5, 1), form_id=form.id))
    store.awards.create(Award(decision_id=d.id, recipient_kind="ca_nhan", recipient_name="Lê Văn An"))
    doc = award_list(store, decision_number="7-QĐ/BDVTU")
    assert [c.title for c in doc.tables[0].columns][-1] == "Thành tích"
    assert not any(isinstance(x, TotalRow) for x in _items(doc))


def test_unknown_and_ambiguous_decision(store, decision):
    from dvdesk.domain.errors import DvdeskError, NotFoundError

    with pytest.raises(NotFoundError, match="Không tìm thấy quyết định"):
        award_list(store, decision_number="999-QĐ/X")
    form = store.award_forms.by_code("GK_BDV_TINH")
    store.decisions.create(Decision(number="12-QĐ/BDVTU", signed_on=date(2024, 1, 5), form_id=form.id))
    with pytest.raises(DvdeskError, match="2 quyết định"):
        award_list(store, decision_number="12")


def test_all_awards_grouped_by_decision(demo_store, tmp_path):
    doc = award_list(demo_store, milestone_key="tong-ket-2025")
    assert isinstance(doc, DocumentSet)
    decisions = demo_store.decisions.list(demo_store.phases.milestone("tong-ket-2025").id)
    assert len(doc.documents) == len(decisions) > 1
    total_rows = sum(sum(isinstance(x, Row) for x in _items(d)) for d in doc.documents)
    assert total_rows == sum(len(demo_store.awards.for_decision(d.id)) for d in decisions)
    pdf = export(award_list(demo_store, milestone_key="tong-ket-2025"), tmp_path / "all.pdf")
    text = _pdf_text(pdf)
    for d in decisions:
        assert d.number in text


def test_initiative_list_filters_and_groups(demo_store):
    doc = initiative_list(demo_store, InitiativeListOptions(phase="2021-2025", year=2023, group_by="field"))
    assert doc.orientation == "landscape"
    items = _items(doc)
    rows = [x for x in items if isinstance(x, Row)]
    assert len(rows) == demo_store.scalar("SELECT count(*) FROM initiatives WHERE year = 2023 AND deleted_at IS NULL")
    sections = [x.text for x in items if isinstance(x, SectionRow)]
    assert sections[0] == "I. Kinh tế" and len(sections) == 4
    assert [r.cells[0] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r.cells[6] == 2023 for r in rows)


def test_initiative_list_pdf_is_landscape_a4(demo_store, tmp_path):
    pdf = export(initiative_list(demo_store, InitiativeListOptions(year=2026)), tmp_path / "ml.pdf")
    with pdfplumber.open(pdf) as p:
        page = p.pages[0]
        assert (round(page.width), round(page.height)) == (842, 595)
        words = page.extract_words()
        assert min(w["x0"] for w in words) >= 30 / 25.4 * 72 - 1  # left margin ≥ 30 mm


def test_statistics_sheets_match_service(demo_store, tmp_path):
    scope = st.Scope(phase_id=demo_store.phases.by_code("2021-2025").id)
    xlsx = export(statistics_appendix(demo_store, scope), tmp_path / "tk.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    assert len(wb.sheetnames) == 7
    ws = wb.worksheets[0]
    years = {r.key: r for r in st.by_year(demo_store, scope)}
    found = {}
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[1], str) and row[1].isdigit() and int(row[1]) in years:
            found[int(row[1])] = row[2:5]  # registered: tập thể, cá nhân, total
    assert found == {y: (r.registered_collective, r.registered_individual, r.registered) for y, r in years.items()}


def test_empty_database_reports_are_clear_documents(store, tmp_path):
    for doc in (award_list(store), initiative_list(store), statistics_appendix(store)):
        pdf = export(doc, tmp_path / "e.pdf")
        text = _pdf_text(pdf)
        assert "Không có" in text


def test_cli_export_exit_codes(demo_file, tmp_path, capsys):
    import shutil

    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_file, db)
    assert main(["export", "statistics", "--db", str(db), "-o", str(tmp_path / "s.pdf"), "--milestone",
                 "so-ket-2023"]) == 0
    assert (tmp_path / "s.pdf").stat().st_size > 1000
    assert main(["export", "awards", "--db", str(db), "-o", str(tmp_path / "a.docx")]) == 2
    assert main(["export", "awards", "--db", str(db), "-o", str(tmp_path / "a.pdf"), "--decision", "999-X"]) == 1
    err = capsys.readouterr().err
    assert "Không tìm thấy quyết định" in err
    assert not (tmp_path / "a.pdf").exists()  # nothing half-written


def test_agency_phrase():
    assert agency_phrase("BAN DÂN VẬN", "TỈNH ỦY KIÊN GIANG") == "Ban Dân vận Tỉnh ủy"
    assert agency_phrase("BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY AN GIANG") == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert agency_phrase("ỦY BAN NHÂN DÂN TỈNH AN GIANG") == "Ủy ban nhân dân tỉnh An Giang"
    assert agency_phrase("ỦY BAN NHÂN DÂN XÃ VĨNH HÒA HIỆP") == "Ủy ban nhân dân xã Vĩnh Hòa Hiệp"
    assert agency_phrase("ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG") == "Ủy ban nhân dân thị xã Kiến Tường"
    assert agency_phrase("") == ""


def test_same_number_in_two_years_is_told_apart_by_year(store, decision):
    from dvdesk.domain.errors import DvdeskError

    form = store.award_forms.by_code("GK_BDV_TINH")
    store.decisions.create(Decision(number="12-QĐ/BTGDVTU", signed_on=date(2026, 10, 2), form_id=form.id))
    with pytest.raises(DvdeskError, match="--year"):
        award_list(store, decision_number="12-QĐ/BTGDVTU")
    doc = award_list(store, decision_number="12-QĐ/BTGDVTU", year=2025)
    assert "ngày 10/10/2025" in doc.appendix


def test_central_board_decision_names_the_central_board(store):
    form = store.award_forms.by_code("BK_TW")
    d = store.decisions.create(Decision(number="105-QĐ/BDVTW", signed_on=date(2023, 10, 9), form_id=form.id,
                                        issuer_parent="BAN CHẤP HÀNH TRUNG ƯƠNG", issuer_name="BAN DÂN VẬN",
                                        issuer_symbol="BDVTW"))
    doc = award_list(store, decision_number=d.number)
    assert "Bằng khen của Ban Dân vận Trung ương" in " ".join(doc.subject_lines)


def test_initiative_list_names_namesakes_with_their_parents_and_prints_date_and_person(demo_store_session):
    from dvdesk.services.reports.initiatives import unit_labels

    s = demo_store_session
    labels = {label for _, label in unit_labels(s).values()}
    assert {"Huyện Châu Thành, tỉnh Kiên Giang", "Huyện Châu Thành, tỉnh An Giang",
            "Xã Bình An, huyện Châu Thành"} <= labels
    # a unit whose name is its own, or whose namesake has the same parents (old and new province), is not qualified
    assert not any(label.startswith(("Tỉnh An Giang", "Xã Hàm Ninh")) for label in labels)
    doc = initiative_list(s, InitiativeListOptions(phase="2021-2025"))
    titles = [c.title for c in doc.tables[0].columns]
    assert titles[6:8] == ["Năm", "Ngày đăng ký"] and "Người thực hiện" in titles
    by_code = {r.cells[1]: r for r in _items(doc) if isinstance(r, Row)}
    person = titles.index("Người thực hiện")
    unit = titles.index("Đơn vị thực hiện")
    for code, name, position, registered, unit_name in s.conn.execute(
            "SELECT code, person_name, person_position, registered_on, unit_name FROM initiatives "
            "WHERE phase_id = (SELECT id FROM phases WHERE code = '2021-2025')"):
        cells = by_code[code].cells
        assert cells[7] == date.fromisoformat(registered)
        assert cells[person] == (f"{name}, {position}" if name else "")
        shared = s.scalar("SELECT count(*) FROM units WHERE name = ?", (unit_name,)) > 1
        assert cells[unit] == unit_name or (shared and cells[unit].startswith(unit_name + ", "))
