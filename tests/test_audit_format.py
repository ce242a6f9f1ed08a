"""One wording of the audit log: the audit page (plain values, the log's short field names) and a
record's history tab (readable values, the form's field names) share the vocabulary and the rules."""

from __future__ import annotations

from datetime import date

from dvdesk.domain.entities import AuditEntry, Initiative, Unit
from dvdesk.services.audit_format import (
    ACTION_LABELS,
    LOG,
    AuditFormatter,
    describe_change,
    when_vn,
)
from dvdesk.store.audit import AuditFilter, audit_query

FORM_LABELS = {"name": "Tên mô hình, điển hình", "budget": "Kinh phí", "unit_id": "Đơn vị",
               "status": "Trạng thái", "registered_on": "Ngày đăng ký"}


def _initiative(store):
    unit = store.units.create(Unit(name="Xã Vĩnh Hòa Hiệp", level="xa"))
    phase = store.phases.by_code("2021-2025")
    i = store.initiatives.create(Initiative(name="Tủ bánh mì 0 đồng", unit_id=unit.id, phase_id=phase.id,
                                            year=2023, registered_on=date(2023, 3, 1)))
    i.name = "Tủ bánh mì nghĩa tình"
    i.budget = 5_000_000
    store.initiatives.update(i)
    store.initiatives.delete(i.id)
    return unit, i


def test_the_log_shows_values_as_stored(store):
    _unit, i = _initiative(store)
    update = audit_query(store, AuditFilter(table="initiatives", row_id=i.id, action="update"))[0]
    assert "kinh phí: 0 → 5000000" in describe_change(update)
    assert "search_text" not in describe_change(update)
    detail = LOG.detail_text(update).splitlines()
    assert detail[0].endswith(f"— Sửa mô hình, điển hình mã số {i.id} ({i.code} — Tủ bánh mì nghĩa tình)")
    assert "  • tên: Tủ bánh mì 0 đồng  →  Tủ bánh mì nghĩa tình" in detail
    assert "tên: Tủ bánh… → Tủ bánh…" in describe_change(update, max_len=8)


def test_a_setting_is_named_by_the_formatter(store):
    store.settings.set("backup_dir", "/media/usb")
    entry = audit_query(store, AuditFilter(table="settings"))[0]
    assert LOG.record_label(entry) == "thư mục sao lưu"
    row = LOG.export_row(entry)
    assert row[3] == "Cài đặt" and row[4] == "" and row[5] == "thư mục sao lưu"
    assert row[7] == "thư mục sao lưu: (trống) → /media/usb"


def test_a_record_history_shows_values_readably(store):
    unit, i = _initiative(store)
    fmt = AuditFormatter.for_record(store, FORM_LABELS)
    history = store.audit.history("initiatives", i.id)  # AuditEntry objects, oldest first
    insert, update, delete = history
    assert fmt.history_row(insert) == ("Đăng ký mới", f"Mã {i.code}: Tủ bánh mì 0 đồng")
    action, details = fmt.history_row(update)
    assert action == "Sửa"
    assert "Kinh phí: 0 đồng → 5.000.000 đồng" in details.splitlines()
    assert "Tên mô hình, điển hình: Tủ bánh mì 0 đồng → Tủ bánh mì nghĩa tình" in details.splitlines()
    assert "updated_at" not in details and "search_text" not in details
    # the same words as the log for the same action
    assert fmt.history_row(delete) == (ACTION_LABELS["delete"], "")
    assert fmt.value("unit_id", unit.id) == "Xã Vĩnh Hòa Hiệp"
    assert fmt.value("status", "cong_nhan") == "Công nhận"
    assert fmt.value("registered_on", "2023-03-01") == "01/03/2023"
    assert fmt.value("unit_id", 999_999) == "999999"  # unknown: shown as stored
    assert fmt.value("note", None) == LOG.value("note", "") == "(trống)"
    assert fmt.history_row(insert, attachment_name="Ảnh.jpg") == ("Thêm tệp đính kèm", "Ảnh.jpg")


def test_status_change_and_hidden_only_changes():
    fmt = AuditFormatter.for_record(None, FORM_LABELS)  # no store: values as stored
    status = AuditEntry(at="2025-10-03T14:05:09", user="an", action="update", table_name="initiatives", row_id=1,
                        changed=["status", "updated_at"], before={"status": "phan_loai"},
                        after={"status": "cong_nhan"})
    assert fmt.history_row(status) == ("Chuyển trạng thái", "Trạng thái: phan_loai → cong_nhan")
    derived = AuditEntry(at="2025-10-03T14:05:09", user="an", action="update", table_name="initiatives", row_id=1,
                         changed=["search_text"], before={"search_text": "a"}, after={"search_text": "b"})
    assert fmt.history_row(derived) == ("Sửa", "")


def test_times():
    assert when_vn("2025-10-03T14:05:09") == "03/10/2025 14:05"
    assert when_vn("2025-10-03T14:05:09", seconds=True) == "03/10/2025 14:05:09"
    assert when_vn("không phải ngày") == "không phải ngày" and when_vn(None) == ""
