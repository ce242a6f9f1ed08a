"""The printed lists as a clerk reads them: exported from the demo database and read back."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from dvdesk.services import statistics as st
from dvdesk.services.documents import Row, SectionRow, roman
from dvdesk.services.reports import (
    InitiativeListOptions,
    award_list,
    export,
    initiative_list,
    statistics_appendix,
)

_PAGES: dict[str, list[str]] = {}


def _all_pages(path) -> list[str]:
    """The text of every page of a PDF, read once per file (the module's lists run to a hundred pages)."""
    key = str(path)
    if key not in _PAGES:
        with pdfplumber.open(path) as pdf:
            _PAGES[key] = [p.extract_text() or "" for p in pdf.pages]
    return list(_PAGES[key])


def _pdf_lines(path) -> list[str]:
    return [line for page in _all_pages(path) for line in page.splitlines()]


@pytest.fixture(scope="module")
def initiatives_pdf(demo_store_session, tmp_path_factory):
    return export(initiative_list(demo_store_session), tmp_path_factory.mktemp("ml") / "ml.pdf")


@pytest.fixture(scope="module")
def statistics_pdf(demo_store_session, tmp_path_factory):
    return export(statistics_appendix(demo_store_session, st.Scope(phase_id=1)),
                  tmp_path_factory.mktemp("tk") / "tk.pdf")


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 10, 11, 12, 14, 19, 40, 49, 90, 400, 1994)] == [
        "I", "IV", "IX", "X", "XI", "XII", "XIV", "XIX", "XL", "XLIX", "XC", "CD", "MCMXCIV"]
    with pytest.raises(ValueError):
        roman(0)


def test_initiative_groups_are_numbered_in_roman_numerals_past_ten(initiatives_pdf, demo_store_session):
    lines = _pdf_lines(initiatives_pdf)
    sections = [line for line in lines if re.match(r"^[IVXLCDM]+\. ", line)]
    n_units = demo_store_session.scalar("SELECT count(DISTINCT unit_id) FROM initiatives WHERE deleted_at IS NULL")
    assert len(sections) >= min(n_units, 20) > 11
    assert [s.split(".")[0] for s in sections[:12]] == [roman(n) for n in range(1, 13)]
    assert not [line for line in lines if re.match(r"^1\d\. [^\d]", line)]  # never "11. Xã …"


def test_total_line_formats_only_the_number(initiatives_pdf, demo_store_session):
    n = demo_store_session.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    assert n >= 1000
    text = "\n".join(_pdf_lines(initiatives_pdf))
    count = f"{n:,}".replace(",", ".")
    c = demo_store_session.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL "
                                  "AND subject_kind = 'tap_the'")
    split = f"({c:,} tập thể; {n - c:,} cá nhân)".replace(",", ".").replace(";", ",")
    assert f"Tổng cộng: {count} mô hình, điển hình {split}" in " ".join(text.split())
    assert "mô hình. điển hình" not in text


def test_statistics_caption_keeps_its_comma(statistics_pdf, demo_store_session):
    n = len(st.outstanding(demo_store_session, st.Scope(phase_id=1)))
    text = "\n".join(_pdf_lines(statistics_pdf))
    count = f"{n:,}".replace(",", ".")  # the number alone gets the dot separator
    assert f"Biểu 7. Danh sách mô hình, điển hình tiêu biểu ({count})" in text
    assert "mô hình. điển hình" not in text


def test_award_totals_print_whole_on_one_line(demo_store_session, tmp_path):
    s = demo_store_session
    pdf = export(award_list(s), tmp_path / "kt.pdf")
    lines = _pdf_lines(pdf)
    totals = {d.number: s.awards.total(d.id) for d in s.decisions.list()}
    big = [t for t in totals.values() if t >= 10_000_000]
    assert big, "the demo has lists whose total has eight digits"
    printed = [line for line in lines if line.startswith("Tổng cộng ")]
    for t in big:
        assert f"Tổng cộng {t:,}".replace(",", ".") in printed
    assert not [line for line in lines if line in ("0", "00", "000")]  # no digits left alone on a line


def test_row_numbers_from_1000_print_whole(initiatives_pdf, demo_store_session):
    n = demo_store_session.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    starts = {int(m.group(1)) for line in _pdf_lines(initiatives_pdf) if (m := re.match(r"(\d+) DVK-", line))}
    assert set(range(1000, n + 1)) <= starts



def test_issuer_style_from_the_names():
    from dvdesk.services.documents import issuer_style

    assert issuer_style("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN") == "party"
    assert issuer_style("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN") == "party"
    assert issuer_style("TỈNH UỶ AN GIANG", "VĂN PHÒNG") == "party"  # old tone placement too
    assert issuer_style("", "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG") == "state"
    assert issuer_style("UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ") == "state"
    assert issuer_style("UBND TỈNH AN GIANG", "BAN DÂN TỘC") == "state"  # a board of the UBND
    assert issuer_style("", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG") is None


def _page_texts(path, first: int | None = None) -> list[str]:
    """The text of each page (of the first ``first`` pages only, when given)."""
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages[:first]]


def test_attached_list_takes_its_issuers_format(demo_store, tmp_path):
    import dataclasses

    d = next(x for x in demo_store.decisions.list() if x.number.endswith("/QĐ-UBND"))  # a UBND decision
    assert d.issuer_name.startswith("ỦY BAN NHÂN DÂN") and not d.issuer_parent
    # stored with the wrong style (as an import or an old version may leave it): the issuer decides
    demo_store.decisions.update(dataclasses.replace(d, style="party"))
    first = _page_texts(export(award_list(demo_store, decision_number=d.number), tmp_path / "ub.pdf"))[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in first and "\n*\n" not in first


def test_style_against_the_issuer_is_refused(demo_file, tmp_path, capsys):
    import shutil

    from dvdesk.cli import main

    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_file, db)
    out = tmp_path / "x.pdf"
    assert main(["export", "awards", "--db", str(db), "-o", str(out), "--style", "state"]) == 1
    err = capsys.readouterr().err
    assert "Danh sách kèm theo Quyết định số" in err and "cơ quan của Đảng" in err and not out.exists()
    ubnd = next(d for d in award_list_decisions(db) if "/QĐ-UBND" in d)
    assert main(["export", "awards", "--db", str(db), "-o", str(out), "--decision", ubnd, "--style", "party"]) == 1
    assert "cơ quan hành chính nhà nước" in capsys.readouterr().err and not out.exists()
    for what in ("initiatives", "statistics"):  # the office's own documents: a Party board
        assert main(["export", what, "--db", str(db), "-o", str(out), "--style", "state"]) == 1
        assert "thể thức văn bản Đảng (HD 36-HD/VPTW)" in capsys.readouterr().err and not out.exists()
    # the issuer's own format is accepted, and is the default
    assert main(["export", "awards", "--db", str(db), "-o", str(out), "--decision", ubnd]) == 0
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _page_texts(out)[0]


def test_profile_refuses_a_contradicting_style():
    from dvdesk.services.documents import AgencyProfile, StyleMismatchError

    with pytest.raises(StyleMismatchError, match="cơ quan của Đảng"):
        AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", style="state")
    with pytest.raises(StyleMismatchError, match="cơ quan hành chính nhà nước"):
        AgencyProfile("", "ỦY BAN NHÂN DÂN TỈNH AN GIANG", style="party")
    assert AgencyProfile.of("UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ").style == "state"
    assert AgencyProfile.of("", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH", fallback="state").style == "state"


def award_list_decisions(db) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as c:
        return [r[0] for r in c.execute("SELECT number FROM decisions WHERE deleted_at IS NULL")]


# -- a list or an appendix that stands alone or goes with another document -----------------------

def test_list_carries_number_place_date_and_attached_line(demo_store_session, tmp_path):
    from datetime import date

    opts = InitiativeListOptions(year=2026, number="15", on=date(2025, 11, 20),
                                 attached_to="Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025")
    first = _page_texts(export(initiative_list(demo_store_session, opts), tmp_path / "ml.pdf"), 1)[0]
    assert "Số 15-DS/BTGDVTU" in first
    assert "An Giang, ngày 20 tháng 11 năm 2025" in first  # the place of the agency profile
    assert "(Kèm theo Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025)" in first
    # standing alone without a number: the blank a clerk fills by hand, dated today
    first = _page_texts(export(initiative_list(demo_store_session, InitiativeListOptions(year=2026)),
                               tmp_path / "ml2.pdf"))[0]
    assert re.search(r"Số +-DS/BTGDVTU", first) and "Kèm theo" not in first
    d = date.today()
    assert f"An Giang, ngày {d.day:02d} tháng" in first


def test_appendix_attached_to_a_report_in_pdf_and_excel(demo_file, tmp_path, capsys):
    import shutil

    import openpyxl

    from dvdesk.cli import main

    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_file, db)
    args = ["export", "statistics", "--db", str(db), "--milestone", "tong-ket-2025", "--unit-level", "tinh",
            "--date", "20/11/2025", "--attached-to", "Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025"]
    assert main([*args, "-o", str(tmp_path / "pl.pdf")]) == 0
    first = _page_texts(tmp_path / "pl.pdf")[0]
    assert "(Kèm theo Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025)" in first
    assert "An Giang, ngày 20 tháng 11 năm 2025" in first
    assert "Số " not in first.split("PHỤ LỤC")[0]  # attached: the report carries the number
    assert main([*args, "-o", str(tmp_path / "pl.xlsx")]) == 0
    wb = openpyxl.load_workbook(tmp_path / "pl.xlsx")
    assert any(isinstance(c, str) and c.startswith("Biểu 4.") and "cấp tỉnh" in c
               for r in wb["4. Theo đơn vị"].iter_rows(values_only=True) for c in r)
    for ws in wb.worksheets:
        texts = {c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)}
        assert "(Kèm theo Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025)" in texts, ws.title
        assert "An Giang, ngày 20 tháng 11 năm 2025" in texts, ws.title
    # an award list goes with its decision: the option is refused, nothing written
    assert main(["export", "awards", "--db", str(db), "-o", str(tmp_path / "a.pdf"), "--attached-to", "x"]) == 1
    assert "--attached-to chỉ dùng với" in capsys.readouterr().err and not (tmp_path / "a.pdf").exists()
    assert main([*args[:-2], "--date", "31/02/2025", "-o", str(tmp_path / "b.pdf")]) == 1
    assert "Ngày không hợp lệ" in capsys.readouterr().err


# -- a dense register --------------------------------------------------------------------------

@pytest.mark.parametrize("group", ["unit", "field"])
def test_initiatives_list_prints_a_dozen_rows_and_more_a_page(demo_store_session, tmp_path, group,
                                                              initiatives_pdf):
    s = demo_store_session
    # the module's list is the default one, grouped by unit: read once for every test
    pdf = initiatives_pdf if group == "unit" else \
        export(initiative_list(s, InitiativeListOptions(group_by=group)), tmp_path / "ml.pdf")
    per_page = [len(re.findall(r"^\d+ DVK-\d{4}-\d{4}", page, re.M)) for page in _all_pages(pdf)]
    with pdfplumber.open(pdf) as p:
        assert (round(p.pages[0].width), round(p.pages[0].height)) == (842, 595)
    n = s.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    assert sum(per_page) == n  # every row counted once: TT and code on one line
    assert n / len(per_page) >= 12
    middle = sorted(per_page[1:-1])
    assert middle[len(middle) // 10] >= 10  # nine pages in ten hold ten rows or more


def test_grouped_column_is_printed_once_per_group_and_kept_in_excel(demo_store_session, tmp_path):
    import openpyxl

    s = demo_store_session
    for group, gone, kept in (("unit", "Đơn vị thực hiện", "Lĩnh vực"), ("field", "Lĩnh vực", "Đơn vị thực hiện")):
        opts = InitiativeListOptions(phase="2021-2025", group_by=group)
        first = _page_texts(export(initiative_list(s, opts), tmp_path / f"{group}.pdf"), 1)[0]
        assert gone not in first and kept in first
        ws = openpyxl.load_workbook(export(initiative_list(s, opts), tmp_path / f"{group}.xlsx"),
                                    read_only=True).worksheets[0]
        header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "TT")
        col = header.index(gone)  # every row of the workbook stands alone
        data = [r for r in ws.iter_rows(values_only=True) if isinstance(r[1], str) and r[1].startswith("DVK-")]
        assert data and all(r[col] for r in data)
    sections = [x.text for x in _items(initiative_list(s, InitiativeListOptions(phase="2021-2025", group_by="field")))
                if isinstance(x, SectionRow)]
    assert len(sections) == len(set(sections)) == 4  # each field once


def _items(doc):
    t = doc.tables[0]
    return list(t.rows() if callable(t.rows) else t.rows)


def _rows(doc):
    return [x for x in _items(doc) if isinstance(x, Row)]


# -- filters -----------------------------------------------------------------------------------

def test_initiative_filters_by_name_and_label(demo_store_session):
    s = demo_store_session
    doc = initiative_list(s, InitiativeListOptions(field_name="kinh te", recognition_level="Tỉnh",
                                                   status="Công nhận", group_by="field"))
    rows = _rows(doc)
    expected = s.scalar("SELECT count(*) FROM initiatives i JOIN fields f ON f.id = i.field_id WHERE "
                        "f.name = 'Kinh tế' AND i.recognition_level = 'tinh' AND i.status = 'cong_nhan' "
                        "AND i.deleted_at IS NULL")
    assert len(rows) == expected > 10
    titles = [c.title for c in doc.tables[0].columns]
    assert {r.cells[titles.index("Cấp công nhận")] for r in rows} == {"Tỉnh"}
    assert {r.cells[titles.index("Trạng thái")] for r in rows} == {"Công nhận"}
    assert [x.text for x in _items(doc) if isinstance(x, SectionRow)] == ["I. Kinh tế"]
    assert "(lĩnh vực: Kinh tế; cấp công nhận: Tỉnh; trạng thái: Công nhận)" in doc.subject_lines
    block = s.blocks.list()[0]
    by_block = _rows(initiative_list(s, InitiativeListOptions(block_name=block.code)))
    assert len(by_block) == s.scalar("SELECT count(*) FROM initiatives WHERE block_id = ? AND deleted_at IS NULL",
                                     (block.id,)) > 0


def test_unit_filter_takes_subordinate_units_and_tells_namesakes_apart(demo_store_session):
    from dvdesk.domain.errors import DvdeskError

    s = demo_store_session
    with pytest.raises(DvdeskError, match=r"Có 2 đơn vị tên \"Huyện Châu Thành\".*tỉnh An Giang.*tỉnh Kiên Giang"):
        initiative_list(s, InitiativeListOptions(unit_name="huyện châu thành"))
    doc = initiative_list(s, InitiativeListOptions(unit_name="Huyện Châu Thành, tỉnh Kiên Giang"))
    unit = next(u for u in s.units.find_by_name("Huyện Châu Thành") if "Kiên Giang" in s.units.get(u.parent_id).name)
    family = s.units.family_ids(unit.id)
    codes = {r.cells[1] for r in _rows(doc)}
    expected = {c for (c,) in s.conn.execute(
        f"SELECT code FROM initiatives WHERE deleted_at IS NULL AND unit_id IN ({','.join('?' * len(family))})",
        family)}
    assert codes == expected and len(family) > 1 and len(codes) > 5
    assert "(đơn vị: Huyện Châu Thành, tỉnh Kiên Giang)" in doc.subject_lines


@pytest.mark.parametrize(("opts", "message"), [
    ({"unit_name": "Xã Không Có"}, "Không tìm thấy đơn vị \"Xã Không Có\""),
    ({"field_name": "Y tế"}, "Không có lĩnh vực \"Y tế\". Chọn một trong: \"Kinh tế\""),
    ({"block_name": "Khối Hội"}, "Không có khối \"Khối Hội\""),
    ({"recognition_level": "phường"}, "Cấp công nhận không hợp lệ: \"phường\""),
    ({"status": "đã xong"}, "Trạng thái không hợp lệ: \"đã xong\""),
    ({"group_by": "khoi"}, "Cách nhóm không hợp lệ"),
])
def test_unknown_filter_values_are_refused_in_vietnamese(demo_store_session, opts, message):
    from dvdesk.domain.errors import DvdeskError

    with pytest.raises(DvdeskError, match=re.escape(message)):
        initiative_list(demo_store_session, InitiativeListOptions(**opts))


def test_cli_filters_reach_the_workbook(demo_file, tmp_path, capsys):
    import shutil

    import openpyxl

    from dvdesk.cli import main

    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_file, db)
    out = tmp_path / "ml.xlsx"
    assert main(["export", "initiatives", "--db", str(db), "-o", str(out), "--phase", "2021-2025", "--field",
                 "Văn hóa - xã hội", "--level", "xa", "--group", "field"]) == 0
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [r for r in ws.iter_rows(values_only=True) if isinstance(r[1], str) and r[1].startswith("DVK-")]
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "TT")
    level = header.index("Cấp công nhận")
    import sqlite3
    with sqlite3.connect(db) as c:
        expected = c.execute("SELECT count(*) FROM initiatives i JOIN fields f ON f.id = i.field_id JOIN phases p "
                             "ON p.id = i.phase_id WHERE f.name = 'Văn hóa - xã hội' AND i.recognition_level = 'xa' "
                             "AND p.code = '2021-2025' AND i.deleted_at IS NULL").fetchone()[0]
    assert len(rows) == expected > 5 and {r[level] for r in rows} == {"Xã/cơ sở"}
    assert main(["export", "initiatives", "--db", str(db), "-o", str(out), "--status", "xong"]) == 1
    assert "Trạng thái không hợp lệ" in capsys.readouterr().err
    assert main(["export", "statistics", "--db", str(db), "-o", str(out), "--unit", "Xã Bình An"]) == 1
    assert "--unit chỉ dùng với danh sách mô hình" in capsys.readouterr().err


# -- the statistics appendix -------------------------------------------------------------------

def test_every_count_table_splits_registrations_and_recount_agrees(demo_store_session, tmp_path):
    import openpyxl

    s = demo_store_session
    wb = openpyxl.load_workbook(export(statistics_appendix(s, st.Scope(phase_id=1)), tmp_path / "tk.xlsx"),
                                data_only=True)
    recount = {k: (c, n) for k, c, n in s.conn.execute(
        "SELECT year, sum(subject_kind = 'tap_the'), sum(subject_kind = 'ca_nhan') FROM initiatives "
        "WHERE phase_id = 1 AND deleted_at IS NULL GROUP BY year")}
    for name in ("1. Theo năm", "2. Theo lĩnh vực", "3. Theo khối", "4. Theo đơn vị"):
        ws = wb[name]
        rows = list(ws.iter_rows(values_only=True))
        top = next(i for i, r in enumerate(rows) if r[0] == "TT")
        assert rows[top][2:8] == ("Đăng ký", None, None, "Được công nhận", None, None), name
        assert rows[top + 1][2:8] == ("Tập thể", "Cá nhân", "Tổng") * 2, name
        data = [r for r in rows[top + 2:] if isinstance(r[0], int)]
        assert data and all(r[2] + r[3] == r[4] for r in data), name
        total = next(r for r in rows if r[0] == "Tổng cộng")
        assert total[2] + total[3] == total[4] == sum(r[4] for r in data) == s.scalar(
            "SELECT count(*) FROM initiatives WHERE phase_id = 1 AND deleted_at IS NULL")
        if name == "1. Theo năm":
            assert {int(r[1]): (r[2], r[3]) for r in data} == recount


def test_recognized_by_level_has_no_registered_or_rate_columns(demo_store_session, statistics_pdf, tmp_path):
    import openpyxl

    ws = openpyxl.load_workbook(export(statistics_appendix(demo_store_session, st.Scope(phase_id=1)),
                                       tmp_path / "tk.xlsx"))["5. Theo cấp công nhận"]
    texts = {c for r in ws.iter_rows(values_only=True) for c in r if isinstance(c, str)}
    assert "Được công nhận" in texts and "Tiêu biểu" in texts
    assert "Đăng ký" not in texts and "Tỉ lệ công nhận" not in texts
    text = "\n".join(_pdf_lines(statistics_pdf))
    part = text[text.index("Biểu 5."):text.index("Biểu 6.")]
    assert "%" not in part and "Đăng ký" not in part


def test_unit_table_rolls_up_to_the_chosen_level(demo_store_session, tmp_path):
    import openpyxl

    s = demo_store_session
    scope = st.Scope(phase_id=1)
    levels = dict(s.conn.execute("SELECT id, level FROM units"))
    parents = dict(s.conn.execute("SELECT id, parent_id FROM units"))
    flat = st.by_unit(s, scope)
    total = sum(r.registered for r in flat)
    by_district = st.by_unit(s, scope, "huyen")
    by_province = st.by_unit(s, scope, "tinh")
    assert len(flat) > len(by_district) > len(by_province) > 10
    for rows in (by_district, by_province):
        assert sum(r.registered for r in rows) == total
        assert sum(r.registered_collective for r in rows) == sum(r.registered_collective for r in flat)
    # a commune under a district is counted under its district; at "tinh" nothing below a province-level unit
    assert not [r for r in by_district if levels[r.key] == "xa" and levels.get(parents[r.key]) == "huyen"]
    def ancestors(uid):
        while parents.get(uid) is not None:
            uid = parents[uid]
            yield uid

    for r in by_province:  # a unit below the province level stays only when no province-level unit is above it
        assert levels[r.key] in ("tinh", "trung_uong") or not any(levels[a] == "tinh" for a in ancestors(r.key))
    ws = openpyxl.load_workbook(export(statistics_appendix(s, scope, unit_level="tinh"), tmp_path / "tk.xlsx"))[
        "4. Theo đơn vị"]
    rows = list(ws.iter_rows(values_only=True))
    assert any(isinstance(c, str) and "đơn vị cấp tỉnh" in c for r in rows for c in r)
    assert len([r for r in rows if isinstance(r[0], int)]) == len(by_province)
    with pytest.raises(Exception, match="Cấp gộp đơn vị không hợp lệ"):
        statistics_appendix(s, scope, unit_level="thon")
