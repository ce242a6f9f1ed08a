"""Units of the import's recognition: the year in a title, award forms matched strictly (never a
similar one), issuers and signers from a list's title and signature block, unit names shortened."""

from __future__ import annotations

from datetime import date

import pytest

from dvdesk.domain.entities import Unit
from dvdesk.services.importers.catalogs import FormMatcher, FormNotFound, UnitIndex, form_text_in_title
from dvdesk.services.importers.engine import issuer_from_title, signer_from_rows
from dvdesk.services.importers.reader import RawRow
from dvdesk.services.importers.recognize import category_of, year_from_title
from dvdesk.services.importers.values import ValueProblem


@pytest.mark.parametrize(("lines", "year"), [
    (["DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO NĂM 2023"], 2023),
    (["An Giang, ngày 05 tháng 01 năm 2025", "DANH SÁCH MÔ HÌNH NĂM 2024"], 2024),  # the title, not the date line
    (["(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2022)"], 2022),
    (["Kèm theo công văn ngày …/…/2021"], 2021),
    (["DANH SÁCH MÔ HÌNH GIAI ĐOẠN 2021-2025"], None),  # a span names no single year
    (["DANH SÁCH MÔ HÌNH"], None),
])
def test_year_from_title(lines, year):
    assert year_from_title(lines) == year


def test_value_categories():
    assert category_of("Tập thể") == "subject" and category_of("Khá") == "rating"
    assert category_of(date(2023, 5, 1)) == "date" and category_of("03/2023") == "date" and category_of(2024) == "date"
    assert category_of("3.600.000") == "money" and category_of(1_800_000) == "money"
    assert category_of("Hội LHPN xã Vĩnh Hòa") == "unit" and category_of("Tổ hợp tác sản xuất lúa") is None


def test_forms_are_matched_strictly(store):
    forms = FormMatcher(store.conn)
    assert forms.match("Giấy khen Ban TG&DV Tỉnh ủy").code == "GK_BDV_TINH"
    assert forms.match("Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang").code == "GK_BDV_TINH"
    assert forms.match("Bằng khen của Chủ tịch UBND tỉnh").code == "BK_UBND_TINH"
    with pytest.raises(FormNotFound) as exc:  # never "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
        forms.match("Bằng khen của Ban Thường vụ Tỉnh ủy")
    assert "không có trong danh mục" in str(exc.value) and exc.value.text == "Bằng khen của Ban Thường vụ Tỉnh ủy"
    with pytest.raises(ValueProblem, match="chưa rõ"):
        forms.match("Bằng khen")  # two bằng khen in the catalog
    assert forms.find_in_title("DANH SÁCH ĐƯỢC TẶNG BẰNG KHEN CỦA BAN THƯỜNG VỤ TỈNH ỦY") is None
    assert form_text_in_title("DANH SÁCH ĐƯỢC TẶNG BẰNG KHEN CỦA BAN THƯỜNG VỤ TỈNH ỦY") == \
        "Bằng khen của Ban Thường vụ Tỉnh ủy"


def test_issuer_and_signer_from_the_sheet():
    assert issuer_from_title(["(Kèm theo Quyết định số 1234-QĐ/TU ngày 15/10/2023 của Ban Thường vụ Tỉnh ủy)"]) == \
        "Ban Thường vụ Tỉnh ủy"
    assert issuer_from_title(["(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025)"]) == ""
    rows = [RawRow(20, ["Nơi nhận:", None, "T/M BAN THƯỜNG VỤ"]), RawRow(21, ["- Như trên;", None, "PHÓ BÍ THƯ"]),
            RawRow(22, ["- Lưu VP.", None, "(Đã ký)"]), RawRow(24, [None, None, "NGUYỄN THANH BÌNH"])]
    assert signer_from_rows(rows) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thanh Bình")
    assert signer_from_rows([RawRow(5, ["Cộng", 3])]) == ("", "", "")


def test_shortened_unit_names_match_both_ways(store):
    for name, short in [("Hội Liên hiệp Phụ nữ xã Vĩnh Hòa", ""), ("Ban Công tác Mặt trận ấp Mới", ""),
                        ("Xã Tân Hiệp", ""), ("Ủy ban MTTQ Việt Nam xã Vĩnh Hòa", "")]:
        store.units.create(Unit(name=name, level="xa", short_name=short))
    idx = UnitIndex(store.conn)
    on = date(2025, 1, 1)
    assert idx.match("Hội LHPN xã Vĩnh Hòa", on).unit.name == "Hội Liên hiệp Phụ nữ xã Vĩnh Hòa"
    assert idx.match("Ban Công tác MTTQ ấp Mới", on).unit.name == "Ban Công tác Mặt trận ấp Mới"
    assert idx.match("UBND xã Tân Hiệp", on).unit.name == "Xã Tân Hiệp"
    # the catalog shortened, the sheet in full
    assert idx.match("Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Hòa", on).unit.name == "Ủy ban MTTQ Việt Nam xã Vĩnh Hòa"
    assert idx.match("Hội CCB xã Vĩnh Hòa", on).unit is None
    assert "Hội Liên hiệp Phụ nữ xã Vĩnh Hòa" in idx.closest("Hội Phụ nữ xã Vĩnh Hoà")
