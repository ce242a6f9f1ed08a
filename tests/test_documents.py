"""The neutral document model and the layout profiles (no rendering)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from dvdesk.services.documents import (
    PARTY,
    STATE,
    AgencyProfile,
    Column,
    Document,
    DocumentSet,
    Recipients,
    Row,
    SectionRow,
    Signature,
    Table,
    TotalRow,
    date_parts,
    format_cell,
    format_date,
    format_money,
    format_number,
    layout_for,
    number_line,
    place_date_line,
)

PARTY_PROFILE = AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "BDVTU", "Kiên Giang", "party")


# -- date and number lines ------------------------------------------------------------------------

@pytest.mark.parametrize(("d", "expected"), [
    (dt.date(2021, 4, 15), "Kiên Giang, ngày 15 tháng 4 năm 2021"),
    (dt.date(2021, 2, 2), "Kiên Giang, ngày 02 tháng 02 năm 2021"),
    (dt.date(2021, 1, 9), "Kiên Giang, ngày 09 tháng 01 năm 2021"),
    (dt.date(2021, 6, 5), "Kiên Giang, ngày 05 tháng 6 năm 2021"),
    (dt.date(2025, 10, 10), "Kiên Giang, ngày 10 tháng 10 năm 2025"),
    (dt.date(2025, 3, 31), "Kiên Giang, ngày 31 tháng 3 năm 2025"),
])
def test_place_date_line_leading_zeros_only_for_day_below_10_and_months_1_2(d, expected):
    assert place_date_line("Kiên Giang", d) == expected


def test_place_date_without_place_and_date_parts():
    assert place_date_line("", dt.date(2025, 1, 5)) == "Ngày 05 tháng 01 năm 2025"
    assert date_parts(dt.date(2025, 12, 1)) == ("01", "12", "2025")


def test_number_lines_party_has_no_colon_state_has_one():
    assert number_line("party", 415, "KH", "BDVTU") == "Số 415-KH/BDVTU"
    assert number_line("party", "12", "QĐ", "BDVTU") == "Số 12-QĐ/BDVTU"
    assert number_line("state", 816, "", "UBND-KGVX") == "Số: 816/UBND-KGVX"
    assert number_line("state", 12, "QĐ", "UBND") == "Số: 12/QĐ-UBND"
    assert number_line("party", None, "KH", "BDVTU").startswith("Số ")
    assert "-KH/BDVTU" in number_line("party", None, "KH", "BDVTU")


def test_document_place_date_text():
    doc = Document(PARTY_PROFILE, date=dt.date(2021, 4, 15))
    assert doc.place_date_text() == "Kiên Giang, ngày 15 tháng 4 năm 2021"
    assert Document(PARTY_PROFILE).place_date_text() is None
    assert Document(PARTY_PROFILE, date=dt.date(2021, 4, 15), place="Rạch Giá").place_date_text() \
        == "Rạch Giá, ngày 15 tháng 4 năm 2021"
    draft = "Kiên Giang, ngày     tháng     năm 2025"
    assert Document(PARTY_PROFILE, date=dt.date(2021, 4, 15), place_date=draft).place_date_text() == draft


# -- cell formatting --------------------------------------------------------------------------------

def test_money_and_numbers_use_vietnamese_separators():
    assert format_money(7_020_000) == "7.020.000"
    assert format_money(710000) == "710.000"
    assert format_money(0) == "0"
    assert format_money(-1500) == "-1.500"
    assert format_money(Decimal("702000.4")) == "702.000"
    assert format_number(12.5, 1) == "12,5"
    assert format_number(6540) == "6.540"
    assert format_number(1234567.891, 2) == "1.234.567,89"
    assert format_number(999, grouping=False) == "999"
    assert format_date(dt.date(2025, 10, 5)) == "05/10/2025"


def test_format_cell_by_kind():
    assert format_cell(Column("Số tiền", kind="money"), 7020000) == "7.020.000"
    assert format_cell(Column("TT", kind="int"), 10000) == "10000"
    assert format_cell(Column("Số lượng", kind="number"), 10000) == "10.000"
    assert format_cell(Column("Tỷ lệ", kind="percent", decimals=1), 0.853) == "85,3%"
    assert format_cell(Column("Tỷ lệ", kind="percent"), 0.85) == "85%"
    assert format_cell(Column("Ngày", kind="date"), dt.date(2025, 10, 10)) == "10/10/2025"
    assert format_cell(Column("Ngày", kind="date"), dt.datetime(2025, 1, 2, 8, 30)) == "02/01/2025"
    assert format_cell(Column("Tên"), None) == ""
    assert format_cell(Column("Tên"), "=1+1") == "=1+1"
    assert format_cell(Column("Tên"), 2.5) == "2,5"
    assert format_cell(Column("Số tiền", kind="money"), "chưa có") == "chưa có"


def test_column_alignment_defaults_by_kind():
    assert Column("a").effective_align == "left"
    assert Column("a", kind="int").effective_align == "center"
    assert Column("a", kind="date").effective_align == "center"
    assert Column("a", kind="money").effective_align == "right"
    assert Column("a", kind="number").effective_align == "right"
    assert Column("a", kind="money", align="center").effective_align == "center"


# -- tables and rows --------------------------------------------------------------------------------

def test_table_rows_accept_tuples_and_model_rows():
    t = Table([Column("a"), Column("b")], [("x", 1), Row(["y", 2], bold=True), SectionRow("I. TẬP THỂ"),
                                           TotalRow("Tổng cộng", [3])])
    items = list(t.iter_rows())
    assert isinstance(items[0], Row) and items[0].cells == ("x", 1)
    assert items[1].bold
    assert isinstance(items[2], SectionRow)
    assert isinstance(items[3], TotalRow)
    # a list can be rendered again
    assert len(list(t.iter_rows())) == 4


def test_one_shot_iterator_cannot_be_rendered_twice_but_a_callable_can():
    t = Table([Column("a")], (r for r in [("x",), ("y",)]))
    assert len(list(t.iter_rows())) == 2
    with pytest.raises(RuntimeError, match="one-shot"):
        list(t.iter_rows())
    calls = []

    def source():
        calls.append(1)
        return iter([("x",), ("y",)])

    t2 = Table([Column("a")], source)
    assert len(list(t2.iter_rows())) == 2
    assert len(list(t2.iter_rows())) == 2
    assert len(calls) == 2


def test_rows_are_consumed_lazily():
    seen = []

    def gen():
        for i in range(5):
            seen.append(i)
            yield (i,)

    it = Table([Column("a")], gen()).iter_rows()
    next(it)
    assert seen == [0]


def test_table_validation():
    with pytest.raises(ValueError):
        Table([])
    with pytest.raises(TypeError):
        list(Table([Column("a")], ["not a row"]).iter_rows())
    assert Table([Column("a", group="G"), Column("b")]).has_groups
    assert not Table([Column("a")]).has_groups


def test_document_helpers():
    sig = Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích")
    doc = Document(PARTY_PROFILE, title="DANH SÁCH", subject="tập thể, cá nhân", signatures=sig,
                   recipients=Recipients(["- Như trên;", "- Lưu VP."]),
                   blocks=[Table([Column("a")]), Table([Column("b")])])
    assert doc.subject_lines == ["tập thể, cá nhân"]
    assert doc.signature_list == [sig]
    assert len(doc.tables) == 2
    assert doc.style == "party"
    two = Document(PARTY_PROFILE, signatures=[sig, sig], subject=["a", "", "b"])
    assert len(two.signature_list) == 2
    assert two.subject_lines == ["a", "b"]
    assert Document(PARTY_PROFILE).signature_list == []
    assert DocumentSet([doc, two]).documents[1] is two
    with pytest.raises(ValueError):
        Document(PARTY_PROFILE, orientation="sideways")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        AgencyProfile("A", "B", style="church")  # type: ignore[arg-type]


# -- layout profiles --------------------------------------------------------------------------------

def test_party_layout_defaults_follow_36_hd_vptw():
    L = PARTY
    assert (L.page_width, L.page_height) == (210.0, 297.0)
    assert (L.margin_top, L.margin_bottom, L.margin_left, L.margin_right) == (20, 20, 30, 15)
    assert L.national_heading == "ĐẢNG CỘNG SẢN VIỆT NAM" and L.national_heading_size == 15
    assert L.national_motto is None
    assert L.parent_size == 14 and L.issuing_size == 14 and L.issuing_bold and not L.parent_bold
    assert L.agency_mark == "*"
    assert L.number_size == 14 and L.place_date_size == 14
    assert 15 <= L.title_size <= 16 and 14 <= L.subject_size <= 15
    assert L.body_size == 14
    assert L.recipients_heading_underline
    assert abs(L.header_left_ratio - 0.45) < 1e-9
    assert 12 <= L.table_font_size <= 13


def test_state_layout_defaults_follow_nd_30_2020():
    L = STATE
    assert (L.margin_top, L.margin_bottom, L.margin_left, L.margin_right) == (20, 20, 30, 15)
    assert L.national_heading == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and L.national_heading_size == 13
    assert L.national_motto == "Độc lập - Tự do - Hạnh phúc" and L.national_motto_size == 14
    assert L.agency_mark is None and 0 < L.agency_rule_ratio <= 0.5
    assert L.number_size == 13 and L.title_size == 14 and L.body_size == 14
    assert L.body_indent == 10 and L.paragraph_space >= 6
    assert L.recipients_heading_size == 12 and L.recipients_heading_bold and L.recipients_heading_italic
    assert L.recipients_size == 11


def test_layouts_are_parameters():
    wide = replace(PARTY, margin_left=35, table_font_size=13)
    assert wide.margin_left == 35 and PARTY.margin_left == 30
    assert PARTY.page_size("landscape") == (297.0, 210.0)
    assert PARTY.page_size("portrait") == (210.0, 297.0)
    assert layout_for("party") is PARTY and layout_for("state") is STATE
    with pytest.raises(ValueError):
        layout_for("church")
