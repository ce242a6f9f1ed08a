"""The audit log is complete and readable: every insert, update, delete, restore and purge with
the OS user, the time, the table, the record and the changed fields; filters; export."""

from __future__ import annotations

import getpass
from datetime import date, datetime

from openpyxl import load_workbook

from dvdesk.domain.entities import Award, Decision, Initiative, Unit
from dvdesk.services import audit_format
from dvdesk.store.audit import AuditFilter, audit_count, audit_distinct, audit_query


def _work(store):
    unit = store.units.create(Unit(name="Xã Vĩnh Hòa Hiệp", level="xa"))
    phase = store.phases.by_code("2021-2025")
    i = store.initiatives.create(Initiative(name="Tủ bánh mì 0 đồng", unit_id=unit.id, phase_id=phase.id,
                                            year=2023, registered_on=date(2023, 3, 1)))
    i.name = "Tủ bánh mì nghĩa tình"
    i.budget = 5_000_000
    store.initiatives.update(i)
    store.initiatives.delete(i.id)
    store.trash.restore("initiatives", i.id)
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number="12-QĐ/BDVTU", signed_on=date(2025, 10, 10), form_id=form.id))
    a = store.awards.create(Award(decision_id=d.id, recipient_kind="ca_nhan", recipient_name="Nguyễn Văn An"))
    store.awards.delete(a.id)
    store.trash.purge("awards", a.id)
    store.settings.set("backup_dir", "/media/usb")
    return unit, i, d, a


def test_every_change_is_recorded_with_user_time_and_fields(store):
    unit, i, d, a = _work(store)
    me = getpass.getuser()
    hist = audit_query(store, AuditFilter(table="initiatives", row_id=i.id))
    assert [e["action"] for e in hist] == ["restore", "delete", "update", "insert"]  # newest first
    assert {e["user"] for e in hist} == {me}
    for e in hist:
        assert abs((datetime.fromisoformat(e["at"]) - datetime.now()).total_seconds()) < 60
        assert e["label"].endswith("Tủ bánh mì nghĩa tình")  # the record's current name
    update = hist[2]
    assert {"name", "budget"} <= set(update["changed"])
    assert update["before"]["name"] == "Tủ bánh mì 0 đồng" and update["after"]["name"] == "Tủ bánh mì nghĩa tình"
    assert update["after"]["budget"] == 5_000_000
    text = audit_format.describe_change(update)
    assert "tên: Tủ bánh mì 0 đồng → Tủ bánh mì nghĩa tình" in text and "kinh phí: 0 → 5000000" in text
    assert hist[1]["changed"] == ["deleted_at"] and hist[0]["after"] == {"deleted_at": None}
    award = [e["action"] for e in audit_query(store, AuditFilter(table="awards", row_id=a.id))]
    assert award == ["purge", "delete", "insert"]
    setting = audit_query(store, AuditFilter(table="settings"))
    assert setting[0]["changed"] == ["backup_dir"] and setting[0]["after"] == {"backup_dir": "/media/usb"}
    assert audit_query(store, AuditFilter(table="units", row_id=unit.id))[0]["action"] == "insert"
    assert audit_query(store, AuditFilter(table="decisions", row_id=d.id))[0]["after"]["number"] == "12-QĐ/BDVTU"


def test_every_live_record_has_its_insert_in_the_log(store):
    _work(store)
    for table in ("units", "initiatives", "decisions", "awards"):
        ids = {r[0] for r in store.conn.execute(f"SELECT id FROM {table}")}
        logged = {r[0] for r in store.conn.execute(
            "SELECT row_id FROM audit_log WHERE table_name = ? AND action = 'insert'", (table,))}
        assert ids <= logged, table


def test_filters_and_counts(store):
    _work(store)
    everything = audit_count(store)
    assert everything == len(audit_query(store)) >= 10
    deletes = audit_query(store, AuditFilter(action="delete"))
    assert {e["table_name"] for e in deletes} == {"initiatives", "awards"}
    assert audit_count(store, AuditFilter(user=getpass.getuser())) == everything
    assert audit_count(store, AuditFilter(user="người-khác")) == 0
    found = audit_query(store, AuditFilter(text="nghĩa tình"))
    assert found and all("nghĩa tình" in str(e["after"]) + str(e["before"]) for e in found)
    assert len(audit_query(store, limit=3)) == 3
    assert "initiatives" in audit_distinct(store, "table_name")
    assert audit_format.table_label("initiatives") == "Mô hình, điển hình"
    assert audit_format.table_label("settings") == "Cài đặt"


def test_export_reads_back(store, tmp_path):
    from dvdesk.ui.views.audit_page import export_audit

    _work(store)
    f = AuditFilter(table="initiatives")
    n = export_audit(store.path, tmp_path / "nhat-ky.xlsx", f)
    assert n == audit_count(store, f) == 4
    ws = load_workbook(tmp_path / "nhat-ky.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == audit_format.AUDIT_EXPORT_HEADER
    assert len(rows) == 1 + n
    newest, oldest = rows[1], rows[-1]
    assert newest[1] == getpass.getuser() and newest[2] == "Khôi phục" and newest[3] == "Mô hình, điển hình"
    assert oldest[2] == "Thêm mới"
    update = rows[-2]
    assert update[2] == "Sửa" and "Tủ bánh mì 0 đồng → Tủ bánh mì nghĩa tình" in update[7]
    csv_path = tmp_path / "nhat-ky.csv"
    export_audit(store.path, csv_path, AuditFilter())
    assert len(csv_path.read_text(encoding="utf-8-sig").splitlines()) == 1 + audit_count(store)
