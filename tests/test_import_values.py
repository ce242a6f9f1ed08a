"""Import building blocks: cell values, legacy text, header matching, catalog matching."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from import_sheets import to_tcvn3, to_vni

from dvdesk.services.importers.catalogs import CatalogMatcher, guess_level
from dvdesk.services.importers.layout import match_scores, norm_header
from dvdesk.services.importers.specs import FIELDS
from dvdesk.services.importers.values import (
    LEGACY_NONE,
    LEGACY_TCVN3,
    LEGACY_TCVN3_CAPS,
    LEGACY_VNI,
    LEVELS,
    STATUSES,
    ValueProblem,
    as_text,
    clean_cell_text,
    legacy_kind_of_font,
    parse_bool,
    parse_date_ex,
    parse_int,
    parse_money,
    parse_year,
)


@pytest.mark.parametrize("value, expected, precision", [
    ("15/10/2025", date(2025, 10, 15), "day"),
    ("5/1/2026", date(2026, 1, 5), "day"),
    ("15-10-2025", date(2025, 10, 15), "day"),
    ("15.10.2025", date(2025, 10, 15), "day"),
    (" 15 / 10 / 2025 ", date(2025, 10, 15), "day"),
    ("2025-10-15", date(2025, 10, 15), "day"),
    ("10/2025", date(2025, 10, 1), "month"),
    ("2025", date(2025, 1, 1), "year"),
    (2025, date(2025, 1, 1), "year"),
    ("ngày 15 tháng 10 năm 2025", date(2025, 10, 15), "day"),
    ("An Giang, ngày 05 tháng 01 năm 2026", date(2026, 1, 5), "day"),
    (datetime(2025, 10, 15, 0, 0), date(2025, 10, 15), "day"),
    (45945, date(2025, 10, 15), "day"),  # an Excel serial number in a General cell
])
def test_dates_as_offices_write_them(value, expected, precision):
    assert parse_date_ex(value) == (expected, precision)


@pytest.mark.parametrize("value", ["31/02/2023", "32/13/2025", "hôm qua", "15/10", "", True])
def test_unreadable_dates_are_explained(value):
    with pytest.raises(ValueProblem) as err:
        parse_date_ex(value)
    assert "ngày" in str(err.value)


def test_numbers_money_years_and_flags():
    assert parse_money("7.020.000 đ") == 7_020_000
    assert parse_money("7,02 triệu") == 7_020_000
    assert parse_money("1,5 tỷ đồng") == 1_500_000_000
    assert parse_money(710000.0) == 710_000
    assert parse_int("1.200") == 1200 and parse_int("12 hộ") == 12 and parse_int(3.0) == 3
    with pytest.raises(ValueProblem):
        parse_int("2,5")
    with pytest.raises(ValueProblem):
        parse_money("-5")
    assert parse_year("Năm 2023") == 2023 and parse_year(2023.0) == 2023 and parse_year(date(2021, 5, 1)) == 2021
    with pytest.raises(ValueProblem):
        parse_year("hai nghìn")
    assert parse_bool("x") and parse_bool("Có") and not parse_bool("") and not parse_bool("không")
    assert as_text(2023.0) == "2023" and as_text("a  b\nc") == "a b c"
    with pytest.raises(ValueProblem, match="quá dài"):
        as_text("x" * 40_000)


def test_vocabularies_accept_labels_codes_and_plain_spellings():
    assert STATUSES.parse("Đã công nhận") == "cong_nhan"
    assert STATUSES.parse("THAM DINH") == "tham_dinh"
    assert LEVELS.parse("Cấp tỉnh") == "tinh" and LEVELS.parse("xa/co so") == "xa"
    with pytest.raises(ValueProblem, match="Đăng ký"):
        STATUSES.parse("Đang xem xét")


def test_legacy_fonts_and_byte_patterns_convert_to_unicode():
    assert legacy_kind_of_font(".VnTime") == LEGACY_TCVN3
    assert legacy_kind_of_font(".VnTimeH") == LEGACY_TCVN3_CAPS
    assert legacy_kind_of_font("VNI-Times") == LEGACY_VNI
    assert legacy_kind_of_font("Times New Roman") == LEGACY_NONE
    text = "Tỉnh ủy An Giang phát động phong trào Dân vận khéo"
    assert clean_cell_text(to_tcvn3(text), LEGACY_TCVN3) == (text, True)
    assert clean_cell_text(to_tcvn3(text)) == (text, True)  # no font: found by the byte patterns
    assert clean_cell_text(to_vni(text), LEGACY_VNI) == (text, True)
    assert clean_cell_text(to_vni(text)) == (text, True)
    assert clean_cell_text(to_tcvn3("TÊN MÔ HÌNH").lower(), LEGACY_TCVN3_CAPS)[0] == "TÊN MÔ HÌNH"
    # Unicode text in a legacy font, Western words: left alone
    assert clean_cell_text(text, LEGACY_TCVN3) == (text, False)
    assert clean_cell_text("Café Noël") == ("Café Noël", False)
    # NFD, zero-width characters, NBSP, control characters, _x000D_ escapes
    assert clean_cell_text("Vie\u0302\u0323t\u00a0Nam\u200b\x07_x000D_") == ("Việt Nam", False)


@pytest.mark.parametrize("header, field", [
    ("Tên mô hình", "name"), ("TÊN MÔ HÌNH, ĐIỂN HÌNH", "name"), ("ten mo hinh/dien hinh", "name"),
    ("Đơn vị", "unit"), ("Đơn vị thực hiện", "unit"), ("Cơ quan, đơn vị", "unit"),
    ("Năm", "year"), ("Năm xây dựng", "year"), ("Lĩnh vực", "field"), ("Khối", "block"),
    ("Họ và tên", "person_name"), ("Họ tên", "person_name"), ("Chức vụ", "person_position"),
    ("Kinh phí (đồng)", "budget"), ("Ngày đăng ký (*)", "registered_on"), ("STT", "_tt"), ("Số TT", "_tt"),
])
def test_initiative_headers(header, field):
    scores = match_scores("initiatives", [header])
    assert max(scores, key=scores.get) == field


@pytest.mark.parametrize("header, field", [
    ("Họ và tên", "recipient_name"), ("Tên tập thể, họ và tên cá nhân", "recipient_name"),
    ("Chức vụ, đơn vị", "position_unit"), ("Thành tích", "achievement"), ("Hình thức khen thưởng", "form"),
    ("Số QĐ", "decision_number"), ("Ngày QĐ", "decision_date"), ("Số tiền (đồng)", "amount"),
    ("Quyết định khen thưởng Số", "decision_number"),  # a two-row header, joined
])
def test_award_headers(header, field):
    scores = match_scores("awards", [header])
    assert max(scores, key=scores.get) == field


def test_header_texts_are_unambiguous_within_each_kind():
    for kind, fields in FIELDS.items():
        seen: dict[str, str] = {}
        for f in fields:
            for h in f.headers:
                n = norm_header(h)
                assert seen.setdefault(n, f.key) == f.key, (kind, h, seen[n], f.key)


def test_fields_and_blocks_by_name_code_and_abbreviation(store):
    fields = CatalogMatcher("lĩnh vực", [(f.id, f.code, f.name) for f in store.fields.list()])
    ids = {f.code: f.id for f in store.fields.list()}
    for text, code in [("KT", "KT"), ("Kinh tế", "KT"), ("VH-XH", "VHXH"), ("Văn hóa, xã hội", "VHXH"),
                       ("QP-AN", "QPAN"), ("quoc phong an ninh", "QPAN"), ("XDHTCT", "XDHTCT"),
                       ("Xây dựng HTCT", "XDHTCT"), ("Lĩnh vực kinh tế", "KT")]:
        assert fields.match(text) == ids[code], text
    with pytest.raises(ValueProblem, match="không có trong danh mục"):
        fields.match("Môi trường")
    blocks = CatalogMatcher("khối", [(b.id, b.code, b.name) for b in store.blocks.list()])
    bids = {b.code: b.id for b in store.blocks.list()}
    for text, code in [("Khối Đảng", "DANG"), ("MTĐT", "MTDT"), ("Khối MT-ĐT", "MTDT"), ("LLVT", "LLVT"),
                       ("Khu dân cư", "KDC"), ("chính quyền", "CQ")]:
        assert blocks.match(text) == bids[code], text


def test_level_guessed_from_the_name():
    assert guess_level("Hội Nông dân xã Vĩnh Hòa") == "xa"
    assert guess_level("Sở Y tế tỉnh An Giang") == "tinh"
    assert guess_level("UBND huyện Giồng Riềng") == "huyen"
    assert guess_level("Hội Bảo trợ xã hội") is None


def test_unit_named_with_its_parents_is_told_apart_from_its_namesakes(store):
    from dvdesk.domain.entities import Unit
    from dvdesk.services.importers.catalogs import UnitIndex

    def unit(name, level, parent=None):
        return store.units.create(Unit(name=name, level=level, parent_id=parent,
                                       valid_to=date(2025, 6, 30) if level != "tinh" else None)).id

    kg, ag = unit("Tỉnh Kiên Giang", "tinh"), unit("Tỉnh An Giang", "tinh")
    ct_kg, ct_ag = unit("Huyện Châu Thành", "huyen", kg), unit("Huyện Châu Thành", "huyen", ag)
    ba_kg, ba_ag = unit("Xã Bình An", "xa", ct_kg), unit("Xã Bình An", "xa", ct_ag)
    idx = UnitIndex(store.conn)
    on = date(2024, 5, 1)
    assert idx.match("Huyện Châu Thành", on).problem  # the name alone: two units
    assert idx.match("Huyện Châu Thành, tỉnh Kiên Giang", on).unit.id == ct_kg
    assert idx.match("Huyện Châu Thành, Tỉnh An Giang", on).unit.id == ct_ag
    assert idx.match("Xã Bình An, huyện Châu Thành, tỉnh An Giang", on).unit.id == ba_ag
    assert idx.match("Xã Bình An, tỉnh Kiên Giang", on).unit.id == ba_kg  # a grandparent is enough
    assert idx.match("Xã Bình An, huyện Châu Thành", on).problem  # still two
    assert idx.match("Huyện Châu Thành, tỉnh Bạc Liêu", on).problem  # an unknown parent does not decide
    assert idx.written_name("Huyện Châu Thành, tỉnh Kiên Giang") == "Huyện Châu Thành"
    pos, u, written = idx.split_position_unit("Chủ tịch Hội Nông dân, Xã Bình An, huyện Châu Thành, tỉnh An Giang", on)
    assert (pos, u.id, written) == ("Chủ tịch Hội Nông dân", ba_ag, "Xã Bình An")
