"""Sheets laid out the way offices lay them import correctly; results are read back from the database."""

from __future__ import annotations

from datetime import date

import import_sheets as S
import pytest

from dvdesk.services.importers import ImportOptions, import_file


@pytest.fixture
def office(store):
    ids = S.seed_units(store)
    store.phases.create(2016, 2020)
    return store, ids


def _initiatives(store) -> dict[str, dict]:
    rows = store.query(
        "SELECT i.*, f.code AS field_code, b.code AS block_code, u.name AS unit_now, u.verified AS unit_verified "
        "FROM initiatives i LEFT JOIN fields f ON f.id = i.field_id LEFT JOIN blocks b ON b.id = i.block_id "
        "LEFT JOIN units u ON u.id = i.unit_id")
    return {r["name"]: r for r in rows}


def test_layout_a_title_rows_merged_header_sections_totals_signature(office, tmp_path):
    store, ids = office
    path = S.layout_a(tmp_path / "a.xlsx")
    rep = import_file(store, path, "initiatives")
    assert rep.committed and rep.header_rows == [8, 9]
    assert (rep.added, rep.updated, len(rep.rejected)) == (6, 0, 0), rep.summary()
    got = _initiatives(store)
    assert len(got) == 6
    a = got["Mô hình \"Tổ hợp tác sản xuất lúa chất lượng cao\""]
    assert a["unit_id"] == ids["vh"] and a["unit_name"] == "Xã Vĩnh Hòa"  # 2023: before the merger
    assert a["field_code"] == "KT" and a["block_code"] == "KDC"  # field from "I. KINH TẾ", block from the unit
    assert a["registered_on"] == "2023-03-05" and a["year"] == 2023
    assert a["recognition_level"] == "xa" and a["recognition_date"] == "2024-10-15"
    b = got["Vận động nhân dân hiến đất làm đường giao thông nông thôn"]
    assert b["unit_id"] == ids["hnd"] and b["recognition_date"] == "2025-10-01"  # "10-2025"
    assert b["registered_on"] is None and b["year"] == 2024  # "2024" in the date column: the year only
    c = got["Mô hình \"Tủ bánh mì 0 đồng\""]
    assert c["unit_id"] == ids["tanhiep"] and c["field_code"] == "VHXH"  # short name "UBND xã Tân Hiệp"
    d = got["Dòng họ khuyến học, khuyến tài"]
    assert d["unit_id"] == ids["vhh"] and d["recognition_level"] == "huyen" and d["registered_on"] == "2022-02-01"
    e = got["Tổ tự quản an ninh trật tự ấp Mới"]
    assert e["unit_now"] == "Xã Phú Lợi" and e["unit_verified"] == 0 and e["field_code"] == "QPAN"
    assert rep.new_units == ["Xã Phú Lợi"]
    ignored = dict(rep.ignored)
    assert "đánh số cột" in ignored[10] and "tiêu đề mục" in ignored[11] and "cộng" in ignored[20]
    assert all("cuối bảng" in ignored[n] for n in (22, 23, 24, 26))  # "Nơi nhận", signer's title and name
    # every row below the header is accounted for
    accounted = {r.row for r in rep.results} | set(ignored)
    assert accounted == {r.number for r in rep.raw.rows if r.number > 9}
    # history: one audit row per record, naming the file and row
    audit = store.query("SELECT * FROM audit_log WHERE table_name = 'initiatives' AND action = 'insert'")
    assert len(audit) == 6 and all("a.xlsx, dòng" in r["after"] for r in audit)
    # the initiatives are found by folded search, like any other
    assert store.initiatives.count_matching(S_filter("banh mi 0 dong")) == 1


def S_filter(text):
    from dvdesk.store.search import InitiativeFilter

    return InitiativeFilter(text=text)


def test_layout_b_tcvn3_legacy_fonts_dates_as_text(office, tmp_path):
    store, ids = office
    rep = import_file(store, S.layout_b(tmp_path / "b.xlsx"), "initiatives")
    assert (rep.added, len(rep.rejected)) == (4, 0), rep.summary()
    assert [c.header for c in rep.unknown_columns] == ["XẾP HẠNG THI ĐUA"]
    got = _initiatives(store)
    first = got["Dân vận khéo trong xây dựng nông thôn mới"]
    assert first["unit_id"] == ids["vh"] and first["registered_on"] == "2017-03-15" and first["year"] == 2017
    assert first["status"] == "cong_nhan" and first["field_code"] == "KT"
    second = got["Mô hình \"Hũ gạo tình thương\" giúp học sinh nghèo"]
    assert second["registered_on"] == "2018-03-01" and second["field_code"] == "VHXH"
    third = got["Tổ liên gia tự quản an ninh trật tự"]
    assert third["year"] == 2019 and third["registered_on"] is None and third["status"] == "tieu_bieu"
    assert third["exemplary"] == 1
    assert got["Chi bộ ấp vận động đảng viên gương mẫu"]["status"] == "nhan_rong"
    assert any("TCVN3" in w for w in rep.warnings)


def test_layout_c_award_list_with_decision_in_title_and_sections(office, tmp_path):
    store, ids = office
    rep = import_file(store, S.layout_c(tmp_path / "c.xlsx"), "awards")
    assert (rep.added, len(rep.rejected)) == (5, 0), rep.summary()
    (decision,) = store.decisions.by_number("125-QĐ/BTGDVTU")
    assert decision.signed_on == date(2025, 10, 10)
    assert store.award_forms.get(decision.form_id).code == "GK_BDV_TINH"
    awards = {a.recipient_name: a for a in store.awards.for_decision(decision.id)}
    assert len(awards) == 5
    hnd = awards["Hội Nông dân tỉnh An Giang"]
    assert hnd.recipient_kind == "tap_the" and hnd.unit_id == ids["hnd"] and hnd.amount == 1_410_000
    an = awards["Nguyễn Văn An"]
    assert an.recipient_kind == "ca_nhan" and an.amount == 710_000  # 0.3 × 2,340,000 rounded up
    assert an.position == "Chủ tịch Hội Nông dân" and an.unit_id == ids["vhhung"]
    assert an.unit_text == "Xã Vĩnh Hòa Hưng"
    ngoc = awards["Trần Thị Bích Ngọc"]
    assert ngoc.position == "Phó Trưởng Công an xã" and ngoc.unit_id == ids["ca"]
    phuc = awards["Lê Hoàng Phúc"]  # no unit recognised: the whole text stays the position
    assert phuc.position == "Bí thư Chi đoàn ấp Mới" and phuc.unit_id is None
    assert store.awards.total(decision.id) == 2 * 1_410_000 + 3 * 710_000
    assert rep.new_decisions and "125-QĐ/BTGDVTU" in rep.new_decisions[0]
    assert any(n == 16 and "cộng" in why for n, why in rep.ignored)  # the "Cộng" row with its formula


def test_layout_d_award_columns_existing_and_new_decisions_rejections(office, tmp_path):
    store, ids = office
    existing = S.make_decision(store, "1234/QĐ-UBND", date(2025, 10, 1), "BK_UBND_TINH")
    rep = import_file(store, S.layout_d(tmp_path / "d.xlsx"), "awards")
    assert rep.added == 3, rep.summary()
    reasons = {r.row: r.reason for r in rep.rejected}
    assert set(reasons) == {7, 8, 9, 10}
    assert "số quyết định" in reasons[7]
    assert "32/13/2025" in reasons[8] and "Ngày quyết định" in reasons[8]
    assert "Thủ tướng" in reasons[9] and "không có trong danh mục" in reasons[9]
    assert "Trùng với dòng 4" in reasons[10]
    huy = store.awards.for_decision(existing)
    assert [a.recipient_name for a in huy] == ["Đặng Quốc Huy"] and huy[0].amount == 3_510_000
    (new,) = store.decisions.by_number("88-QĐ/BTGDVTU")
    assert new.signed_on == date(2025, 9, 5)
    people = {a.recipient_name: a for a in store.awards.for_decision(new.id)}
    assert set(people) == {"Phạm Văn Bình", "Võ Thị Mai"}
    assert people["Phạm Văn Bình"].recipient_kind == "ca_nhan" and people["Phạm Văn Bình"].unit_id == ids["vhhung"]
    mai_unit = store.units.get(people["Võ Thị Mai"].unit_id)
    assert mai_unit.name == "Ấp Đông Thành" and not mai_unit.verified
    assert rep.exit_code == 3


def test_layout_e_units_with_sections_parents_and_predecessors(office, tmp_path):
    store, _ = office
    rep = import_file(store, S.layout_e(tmp_path / "e.xlsx"), "units")
    assert rep.added == 6 and [r.row for r in rep.rejected] == [12], rep.summary()
    assert "Khối nào đó" in rep.rejected[0].reason
    mttq = store.units.by_code("ag_mttq")
    assert mttq.level == "tinh" and store.blocks.get(mttq.block_id).code == "MTDT"  # level from "I. CẤP TỈNH"
    assert store.units.by_code("ag_tinh_doan").level == "tinh"
    new = store.units.by_code("x_my_an_binh")
    assert new.level == "xa" and new.valid_from == date(2025, 7, 1)
    preds = {u.code for u in store.units.predecessors(new.id)}
    assert preds == {"x_my_an", "x_my_binh"}
    assert store.units.by_code("x_my_an").valid_to == date(2025, 6, 30)
    ap = store.units.by_code("ap_moi")
    assert ap.parent_id == new.id
    # re-importing the same list changes nothing
    again = import_file(store, tmp_path / "e.xlsx", "units")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)


def test_layout_f_vni_formula_hidden_row_emoji_and_numbered_blank_rows(office, tmp_path):
    store, ids = office
    rep = import_file(store, S.layout_f(tmp_path / "f.xlsx"), "initiatives")
    got = _initiatives(store)
    assert "Mô hình dân vận khéo vận động hiến đất" in got  # VNI-Times text converted
    assert got["Mô hình dân vận khéo vận động hiến đất"]["unit_id"] == ids["vh"]
    emoji = got["Mô hình 🌾 \"Cánh đồng không khói\" ✨"]
    assert emoji["note"] == "Ghi chú có emoji 👍" and emoji["block_code"] == "MTDT"
    assert "Mô hình ở dòng bị ẩn" in got and any("bị ẩn" in w for w in rep.warnings)
    assert len(got["Mô hình có ghi chú quá dài"]["note"]) == 32_767  # Excel's own maximum, kept whole
    reasons = {r.row: r.reason for r in rep.rejected}
    assert "công thức chưa có giá trị tính sẵn" in reasons[4]
    assert "Môi trường" in reasons[7] and "Thiếu đơn vị" in reasons[8] and "2015" in reasons[9]
    assert any("công thức" in w for w in rep.warnings)
    assert all("số thứ tự" in why for n, why in rep.ignored if n >= 10)
    assert len(rep.ignored) == 21


def test_hidden_rows_can_be_skipped(office, tmp_path):
    store, _ = office
    rep = import_file(store, S.layout_f(tmp_path / "f.xlsx"), "initiatives",
                      options=ImportOptions("initiatives", skip_hidden_rows=True))
    assert "Mô hình ở dòng bị ẩn" not in _initiatives(store)
    assert any(n == 5 and "ẩn" in why for n, why in rep.ignored)


def test_existing_records_are_updated_not_duplicated(office, tmp_path):
    store, _ = office
    path = S.layout_a(tmp_path / "a.xlsx")
    import_file(store, path, "initiatives")
    before = store.scalar("SELECT count(*) FROM initiatives")
    # same name + unit + year, one value changed: an update, with the change in the audit log
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb.active["H12"] = "Đã kiểm tra thực tế"
    wb.save(path)
    rep = import_file(store, path, "initiatives")
    assert (rep.added, rep.updated, rep.unchanged) == (0, 1, 5), rep.summary()
    assert store.scalar("SELECT count(*) FROM initiatives") == before
    row = store.query("SELECT id, note FROM initiatives WHERE note <> ''")
    assert row[0]["note"] == "Đã kiểm tra thực tế"
    history = store.audit.history("initiatives", row[0]["id"])
    assert [h.action for h in history] == ["insert", "update"] and history[1].changed == ["note"]
    # the user may choose to skip, or to reject, rows that match existing records
    skip = import_file(store, path, "initiatives", options=ImportOptions("initiatives", existing="reject"),
                       dry_run=True)
    assert len(skip.rejected) == 6 and "đã có" in skip.rejected[0].reason


def test_person_column_with_name_and_position(office, tmp_path):
    import openpyxl

    store, _ = office
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Tên mô hình, điển hình", "Loại", "Người thực hiện", "Đơn vị thực hiện", "Ngày đăng ký"])
    ws.append([1, "Nguyễn Văn Tư (Trưởng ấp)", "Điển hình cá nhân", "Nguyễn Văn Tư, Bí thư Chi bộ, Trưởng ấp",
               "Xã Vĩnh Hòa Hiệp", date(2024, 3, 15)])
    ws.append([2, "Lê Thị Năm", "Điển hình cá nhân", "Lê Thị Năm", "Xã Vĩnh Hòa Hiệp", date(2024, 4, 2)])
    wb.save(tmp_path / "nguoi.xlsx")
    rep = import_file(store, tmp_path / "nguoi.xlsx", "initiatives")
    assert rep.added == 2 and not rep.rejected, rep.summary()
    rows = store.query("SELECT person_name, person_position, subject_kind, registered_on, year FROM initiatives "
                        "ORDER BY registered_on")
    assert [tuple(r.values()) for r in rows] == [
        ("Nguyễn Văn Tư", "Bí thư Chi bộ, Trưởng ấp", "ca_nhan", "2024-03-15", 2024),
        ("Lê Thị Năm", "", "ca_nhan", "2024-04-02", 2024)]
