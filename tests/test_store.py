"""The store: schema, pragmas, seeded catalogs, migrations, repositories, audit and trash."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvdesk.domain.entities import Award, Decision, Initiative, Unit
from dvdesk.domain.errors import InUseError, NotFoundError, SchemaError, ValidationError
from dvdesk.store.db import open_store
from dvdesk.store.migrations import SCHEMA_VERSION
from dvdesk.store.search import InitiativeFilter


def _unit(store, name="Xã Vĩnh Hòa Hiệp", level="xa", **kw) -> Unit:
    return store.units.create(Unit(name=name, level=level, **kw))


def _initiative(store, unit, **kw) -> Initiative:
    phase = store.phases.by_code("2021-2025")
    base = dict(name="Mô hình \"Dân vận khéo\" trong xây dựng nông thôn mới", unit_id=unit.id,
                phase_id=phase.id, year=2023, registered_on=date(2023, 3, 1),
                field_id=store.fields.by_code("KT").id)
    base.update(kw)
    return store.initiatives.create(Initiative(**base))


def test_pragmas_and_version(store):
    c = store.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.schema_version == SCHEMA_VERSION


def test_seeded_catalogs(store):
    assert [f.name for f in store.fields.list()] == [
        "Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng hệ thống chính trị"]
    assert len(store.blocks.list()) == 6
    keys = [m.key for m in store.phases.milestones(store.phases.by_code("2021-2025").id)]
    assert keys == ["nam-2021", "nam-2022", "nam-2023", "so-ket-2023", "nam-2024", "nam-2025", "tong-ket-2025"]
    keys2 = {m.key for m in store.phases.milestones(store.phases.by_code("2026-2030").id)}
    assert {"so-ket-2028", "tong-ket-2030", "nam-2026", "nam-2030"} <= keys2
    assert store.award_forms.base_salaries()[-1] == (date(2024, 7, 1), 2_340_000)
    assert store.settings.agency()["style"] == "party"


def test_open_missing_file_refused(tmp_path):
    with pytest.raises(SchemaError, match="Không tìm thấy"):
        open_store(tmp_path / "nope.sqlite3")


def test_newer_schema_refused(tmp_path):
    p = tmp_path / "new.sqlite3"
    open_store(p, create=True).close()
    c = sqlite3.connect(p)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(SchemaError, match="mới hơn"):
        open_store(p)


def test_foreign_sqlite_file_refused(tmp_path):
    p = tmp_path / "other.sqlite3"
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE x(a)")
    c.commit()
    c.close()
    with pytest.raises(SchemaError, match="không phải của dvdesk"):
        open_store(p)


def test_garbage_file_refused(tmp_path):
    p = tmp_path / "junk.sqlite3"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SchemaError):
        open_store(p)


def test_older_schema_is_backed_up_then_migrated(tmp_path, monkeypatch):
    """An older database is backed up first, then migrated (simulated with a fake next version)."""
    from dvdesk.store import db as dbmod
    from dvdesk.store import migrations

    p = tmp_path / "old.sqlite3"
    open_store(p, create=True).close()
    current = migrations.SCHEMA_VERSION

    def next_version(conn):
        conn.execute("ALTER TABLE units ADD COLUMN extra TEXT")

    monkeypatch.setattr(dbmod, "MIGRATIONS", [*migrations.MIGRATIONS, next_version])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", current + 1)
    s = open_store(p)
    assert s.schema_version == current + 1
    assert "extra" in {r[1] for r in s.conn.execute("PRAGMA table_info(units)")}
    s.close()
    backups = list(tmp_path.glob(f"old.truoc-nang-cap-v{current}-*.dvbak"))
    assert len(backups) == 1


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    from dvdesk.store import db as dbmod
    from dvdesk.store import migrations

    p = tmp_path / "old.sqlite3"
    open_store(p, create=True).close()

    def broken(conn):
        conn.execute("ALTER TABLE units ADD COLUMN extra TEXT")
        raise RuntimeError("boom")

    monkeypatch.setattr(dbmod, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_store(p)
    c = sqlite3.connect(p)
    assert c.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert "extra" not in {r[1] for r in c.execute("PRAGMA table_info(units)")}
    c.close()


def test_initiative_create_nfc_code_audit(store):
    unit = _unit(store)
    nfd = unicodedata.normalize("NFD", "  Tủ bánh mì 0 đồng ở ấp Mỹ Lợi  ")
    i = _initiative(store, unit, name=nfd, tags="nông thôn mới, chuyển đổi số")
    assert i.name == "Tủ bánh mì 0 đồng ở ấp Mỹ Lợi"
    assert unicodedata.is_normalized("NFC", i.name)
    assert i.code == "DVK-2023-0001"
    assert i.unit_name == "Xã Vĩnh Hòa Hiệp"
    assert i.tags == "nông thôn mới; chuyển đổi số"
    assert _initiative(store, unit).code == "DVK-2023-0002"
    hist = store.audit.history("initiatives", i.id)
    assert hist[0].action == "insert" and hist[0].user


def test_initiative_validation_messages(store):
    unit = _unit(store)
    phase = store.phases.by_code("2021-2025")
    with pytest.raises(ValidationError) as e:
        store.initiatives.create(Initiative(name="  ", unit_id=unit.id, phase_id=phase.id, year=2027,
                                            subject_kind="ca_nhan", budget=-5))
    errs = e.value.errors
    assert errs["name"] == "Chưa nhập tên mô hình, điển hình."
    assert "không thuộc giai đoạn" in errs["year"]
    assert "họ và tên" in errs["person_name"]
    assert "không được âm" in errs["budget"]
    with pytest.raises(ValidationError) as e:
        _initiative(store, unit, registered_on=date(1900, 1, 1))
    assert "1945" in e.value.errors["registered_on"]
    with pytest.raises(ValidationError) as e:
        _initiative(store, unit, unit_id=99999)
    assert e.value.errors["unit_id"] == "Đơn vị không tồn tại."
    assert store.initiatives.count() == 0  # nothing half-written


def test_update_records_changed_fields(store):
    unit = _unit(store)
    i = _initiative(store, unit)
    i.name = "Tên mới"
    i.budget = 5_000_000
    changed = store.initiatives.update(i)
    assert set(changed) >= {"name", "budget"}
    entry = store.audit.history("initiatives", i.id)[-1]
    assert entry.action == "update"
    assert entry.before["name"].startswith("Mô hình") and entry.after["name"] == "Tên mới"
    assert store.initiatives.search(InitiativeFilter(text="ten moi"))[0]["id"] == i.id


def test_status_lifecycle(store):
    i = _initiative(store, _unit(store))
    store.initiatives.change_status(i.id, "tham_dinh", date(2023, 5, 1), "Đã thẩm định")
    store.initiatives.change_status(i.id, "cong_nhan", date(2023, 9, 1), "QĐ 12", recognition_level="tinh",
                                    recognition_decision="12-QĐ/BDVTU")
    got = store.initiatives.get(i.id)
    assert got.status == "cong_nhan" and got.recognition_level == "tinh"
    assert got.recognition_date == date(2023, 9, 1)
    log = store.initiatives.status_log(i.id)
    # a new record's history starts with its registration, dated on the registration day
    assert [x["to_status"] for x in log] == ["dang_ky", "tham_dinh", "cong_nhan"]
    assert log[0]["from_status"] is None and log[0]["note"] == "Đăng ký"
    assert [x["note"] for x in log[1:]] == ["Đã thẩm định", "QĐ 12"]
    with pytest.raises(ValidationError, match="Không thể chuyển"):
        store.initiatives.change_status(i.id, "dang_ky", date(2023, 10, 1))


def test_soft_delete_trash_restore_purge(store):
    unit = _unit(store)
    i = _initiative(store, unit)
    store.initiatives.delete(i.id)
    assert store.initiatives.count() == 0
    with pytest.raises(NotFoundError):
        store.initiatives.get(i.id)
    items = store.trash.list()
    assert [(t.table_name, t.row_id) for t in items] == [("initiatives", i.id)]
    assert items[0].kind_label == "Mô hình, điển hình"
    store.trash.restore("initiatives", i.id)
    assert store.initiatives.get(i.id).name == i.name
    actions = [e.action for e in store.audit.history("initiatives", i.id)]
    assert actions == ["insert", "delete", "restore"]
    store.initiatives.delete(i.id)
    store.trash.purge("initiatives", i.id)
    assert store.scalar("SELECT count(*) FROM initiatives") == 0


def test_purge_refuses_live_rows(store):
    i = _initiative(store, _unit(store))
    with pytest.raises(Exception, match="thùng rác"):
        store.trash.purge("initiatives", i.id)


def test_delete_in_use_refused_with_count(store):
    unit = _unit(store)
    _initiative(store, unit)
    _initiative(store, unit)
    with pytest.raises(InUseError) as e:
        store.units.delete(unit.id)
    assert e.value.count == 2 and "2 bản ghi" in str(e.value)
    with pytest.raises(InUseError):
        store.fields.delete(store.fields.by_code("KT").id)


def test_transaction_is_all_or_nothing(store):
    unit = _unit(store)
    with pytest.raises(RuntimeError), store.tx():
        _initiative(store, unit)
        _initiative(store, unit)
        raise RuntimeError("crash in the middle of a user action")
    assert store.initiatives.count() == 0


def test_units_versioning_rename_merge_split(store):
    a = _unit(store, "Xã Vĩnh Hòa", valid_from=date(2010, 1, 1))
    b = _unit(store, "Xã Vĩnh Hòa Hiệp", valid_from=date(2010, 1, 1))
    merged = store.units.merge([a.id, b.id], "Xã Vĩnh Hòa Mới", date(2025, 7, 1))
    assert store.units.get(a.id).valid_to == date(2025, 6, 30)
    assert {u.id for u in store.units.predecessors(merged.id)} == {a.id, b.id}
    assert store.units.rollup_map()[a.id] == merged.id
    # history: an initiative registered in 2023 keeps the old unit and name
    i = _initiative(store, a)
    assert i.unit_id == a.id and i.unit_name == "Xã Vĩnh Hòa"
    # registering against the old unit after the merger resolves to its successor
    later = _initiative(store, a, phase_id=store.phases.by_code("2026-2030").id, year=2026,
                        registered_on=date(2026, 2, 1))
    assert later.unit_id == merged.id
    renamed = store.units.rename(merged.id, "Phường Vĩnh Hòa", date(2026, 1, 1))
    assert store.units.rollup_map()[a.id] == renamed.id
    parts = store.units.split(renamed.id, ["Phường A", "Phường B"], date(2026, 6, 1))
    assert len(parts) == 2 and all(p.valid_from == date(2026, 6, 1) for p in parts)
    valid_now = {u.name for u in store.units.list(valid_on=date(2026, 7, 1))}
    assert valid_now == {"Phường A", "Phường B"}
    assert {u.name for u in store.units.list(valid_on=date(2024, 1, 1))} == {"Xã Vĩnh Hòa", "Xã Vĩnh Hòa Hiệp"}
    with pytest.raises(ValidationError):
        store.units.close(a.id, date(2027, 1, 1))  # already closed


def test_no_district_after_reform(store):
    with pytest.raises(ValidationError, match="cấp huyện"):
        _unit(store, "Huyện Mới", level="huyen", valid_from=date(2025, 8, 1))


def test_find_unit_by_folded_name(store):
    old = _unit(store, "Xã Bình An", valid_to=date(2025, 6, 30))
    new = _unit(store, "Xã Bình An", valid_from=date(2025, 7, 1))
    found = store.units.find_by_name("xa binh an", on=date(2025, 8, 1))
    assert [u.id for u in found] == [new.id, old.id]


def test_decision_and_award_money(store):
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number="12-QĐ/BTGDVTU", signed_on=date(2025, 10, 10), form_id=form.id))
    assert d.issuer_name == "BAN TUYÊN GIÁO VÀ DÂN VẬN"  # from the agency profile, stored
    a = store.awards.create(Award(decision_id=d.id, recipient_kind="ca_nhan", recipient_name="Nguyễn Văn An"))
    assert (a.coefficient, a.base_salary, a.amount) == (Decimal("0.3"), 2_340_000, 710_000)
    t = store.awards.create(Award(decision_id=d.id, recipient_kind="tap_the", recipient_name="Chi bộ ấp Mỹ Lợi"))
    assert t.amount == 1_410_000  # 0.6 × 2,340,000 = 1,404,000 → 1,410,000
    # a later rule change never alters the stored amount
    store.award_forms.set_base_salary(date(2025, 7, 1), 3_000_000)
    assert store.awards.get(a.id).amount == 710_000
    # agency renamed later: the decision keeps its issuer names
    agency = store.settings.agency()
    store.settings.set("agency", {**agency, "issuing_body": "BAN KHÁC"})
    assert store.decisions.get(d.id).issuer_name == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert [x.recipient_kind for x in store.awards.for_decision(d.id)] == ["tap_the", "ca_nhan"]
    assert store.decisions.by_number("12-qd/btgdvtu")[0].id == d.id
    assert store.decisions.by_number("12")[0].id == d.id


def test_awards_sorted_vietnamese_name_order(store):
    form = store.award_forms.by_code("BIEU_DUONG")
    d = store.decisions.create(Decision(number="5-QĐ/BDVTU", signed_on=date(2024, 5, 1), form_id=form.id))
    for name in ["Nguyễn Văn Bình", "Trần Thị Ánh", "Lê Văn An", "Phạm Đức Dũng", "Hồ Thị Đào", "Võ Minh Du"]:
        store.awards.create(Award(decision_id=d.id, recipient_kind="ca_nhan", recipient_name=name))
    got = [a.recipient_name for a in store.awards.for_decision(d.id, order="az")]
    assert got == ["Lê Văn An", "Trần Thị Ánh", "Nguyễn Văn Bình", "Võ Minh Du", "Phạm Đức Dũng", "Hồ Thị Đào"]
    assert all(a.amount == 0 for a in store.awards.for_decision(d.id))


def test_award_validation(store):
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number="1-QĐ/BDVTU", signed_on=date(2024, 5, 1), form_id=form.id))
    with pytest.raises(ValidationError) as e:
        store.awards.create(Award(decision_id=d.id, recipient_kind="ai_do", recipient_name="", birth_year=1800))
    assert set(e.value.errors) == {"recipient_kind", "recipient_name", "birth_year"}
    with pytest.raises(ValidationError, match="số quyết định"):
        store.decisions.create(Decision(number="", signed_on=date(2024, 5, 1), form_id=form.id))


def test_reviews_one_per_milestone(store):
    i = _initiative(store, _unit(store))
    from dvdesk.domain.entities import Review

    m = store.phases.milestone("so-ket-2023")
    store.reviews.save(Review(initiative_id=i.id, milestone_id=m.id, rating="tot", recognized=True))
    store.reviews.save(Review(initiative_id=i.id, milestone_id=m.id, rating="kha"))
    rs = store.reviews.for_initiative(i.id)
    assert len(rs) == 1 and rs[0].rating == "kha"
    with pytest.raises(ValidationError):
        store.reviews.save(Review(initiative_id=i.id, milestone_id=m.id, rating="xuat_sac"))


def test_attachments_content_addressed(store, tmp_path):
    i = _initiative(store, _unit(store))
    f = tmp_path / "ảnh hiện trường.jpg"
    f.write_bytes(b"\xff\xd8fakejpeg" * 100)
    a1 = store.attachments.add("initiatives", i.id, f, "Ảnh")
    a2 = store.attachments.add("initiatives", i.id, f)
    assert a1.sha256 == a2.sha256 and store.attachments.path_of(a1).read_bytes() == f.read_bytes()
    assert a1.file_name == "ảnh hiện trường.jpg" and a1.mime == "image/jpeg"
    assert len(store.attachments.list_for("initiatives", i.id)) == 2
    with pytest.raises(ValidationError):
        store.attachments.add("initiatives", i.id, tmp_path / "missing.pdf")


def test_settings_roundtrip_nfc(store):
    store.settings.set("agency", {**store.settings.agency(),
                                  "place": unicodedata.normalize("NFD", " Kiên Giang ")})
    assert store.settings.agency()["place"] == "Kiên Giang"


def test_catalog_create_and_duplicate(store):
    item = store.fields.create("NTM", "Xây dựng nông thôn mới")
    assert item.sort_order == 5
    with pytest.raises(ValidationError, match="đã có"):
        store.fields.create("NTM", "X")
    store.fields.delete(item.id)  # unused: goes to the trash
    assert "NTM" not in {f.code for f in store.fields.list()}


def test_phase_create_with_milestones(store):
    p = store.phases.create(2031, 2035)
    assert [m.key for m in store.phases.milestones(p.id)][-1] == "tong-ket-2035"
    with pytest.raises(ValidationError):
        store.phases.create(2031, 2035)


def test_search_index_follows_every_change(store):
    unit = _unit(store)
    a = _initiative(store, unit, name="Tổ tự quản an ninh trật tự ấp Mỹ Lợi")
    b = _initiative(store, unit, name="Camera an ninh ở khu dân cư")

    def found(text):
        return sorted(r["id"] for r in store.initiatives.search(InitiativeFilter(text=text)))

    assert found("an ninh") == sorted([a.id, b.id])
    assert found("AN NINH tu quan") == [a.id]
    assert found('camera "') == [b.id]  # a stray quote is ignored
    assert found("ấp") == [a.id]  # two letters: scanned
    assert found("xyz") == []
    b.name = "Loa phát thanh thôn"
    store.initiatives.update(b)
    assert found("camera") == [] and found("loa phat") == [b.id]
    store.initiatives.delete(b.id)
    assert found("loa") == []
    store.trash.purge("initiatives", b.id)
    assert store.scalar("SELECT count(*) FROM initiatives_fts WHERE initiatives_fts MATCH '\"loa\"'") == 0
    assert store.conn.execute("INSERT INTO initiatives_fts(initiatives_fts, rank) VALUES ('integrity-check', 1)")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="an ninh dânvậnkhéoĐ%_\"'", max_size=12))
def test_search_matches_naive_filter(demo_store_session, text):
    from dvdesk.domain.vntext import fold

    store = demo_store_session
    words = [w for w in fold(text).split() if any(c.isalnum() for c in w)]
    expected = sorted(i for i, t in store.conn.execute("SELECT id, search_text FROM initiatives")
                      if all(w in t for w in words))
    got = sorted(store.initiatives.search_ids(InitiativeFilter(text=text)))
    assert got == expected


def test_initiative_with_awards_can_be_trashed_but_not_purged(store):
    i = _initiative(store, _unit(store))
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number="3-QĐ/BDVTU", signed_on=date(2024, 5, 1), form_id=form.id))
    store.awards.create(Award(decision_id=d.id, recipient_kind="tap_the", recipient_name="Chi bộ ấp 1",
                              initiative_id=i.id))
    store.initiatives.delete(i.id)
    with pytest.raises(InUseError, match="tham chiếu"):
        store.trash.purge("initiatives", i.id)
    assert store.scalar("SELECT count(*) FROM initiatives WHERE id = ?", (i.id,)) == 1


def test_purge_takes_the_records_own_history_along(store):
    from dvdesk.domain.entities import Review

    i = _initiative(store, _unit(store))
    store.initiatives.change_status(i.id, "tham_dinh", date(2023, 5, 1), "Đã thẩm định")
    store.reviews.save(Review(initiative_id=i.id, milestone_id=store.phases.milestone("nam-2023").id, rating="tot"))
    store.initiatives.delete(i.id)
    store.trash.purge("initiatives", i.id)
    assert store.scalar("SELECT count(*) FROM initiatives") == 0
    assert store.scalar("SELECT count(*) FROM initiative_status_log") == 0
    assert store.scalar("SELECT count(*) FROM reviews") == 0
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_kept_database_of_the_current_version_matches_the_schema(tmp_path):
    """tests/data/schema_vN.sqlite3 for the current N must have exactly the schema this code makes."""
    from pathlib import Path

    kept = Path(__file__).parent / "data" / f"schema_v{SCHEMA_VERSION}.sqlite3"
    assert kept.exists(), "add the database of the current schema version to tests/data"
    open_store(tmp_path / "fresh.sqlite3", create=True).close()

    def schema(p):
        c = sqlite3.connect(p)
        try:
            return sorted((r[0], r[1]) for r in c.execute(
                "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        finally:
            c.close()

    assert schema(kept) == schema(tmp_path / "fresh.sqlite3")


def test_backup_inside_a_write_transaction_is_refused_not_hung(store, tmp_path):
    from dvdesk.domain.errors import DvdeskError
    from dvdesk.store.backup import backup_database

    with pytest.raises(DvdeskError, match="sao lưu"), store.tx():
        _unit(store)
        backup_database(store.path, tmp_path / "x.dvbak", conn=store.conn)
    assert store.units.count() == 0


# -- award forms, coefficients and base salaries: catalog edits ------------------------------------
def _audit(store, table):
    return [(e.action, e.row_id, e.before, e.after) for e in store.audit.recent() if e.table_name == table]


def test_award_form_create_and_rename(store):
    forms = store.award_forms
    last = max(f.sort_order for f in forms.list())
    f = forms.create("  GK_MTTQ_XA ", "Giấy khen của Ủy ban MTTQ Việt Nam xã", carries_money=False)
    got = forms.by_code("GK_MTTQ_XA")
    assert got.id == f.id and got.name == "Giấy khen của Ủy ban MTTQ Việt Nam xã"
    assert got.carries_money is False and got.sort_order == last + 1
    assert forms.list()[-1].id == f.id
    assert [e.action for e in store.audit.history("award_forms", f.id)] == ["insert"]

    with pytest.raises(ValidationError) as exc:
        forms.create("GK_BDV_TINH", "Trùng mã")
    assert "code" in exc.value.errors and "đã có" in exc.value.errors["code"]
    with pytest.raises(ValidationError) as exc:
        forms.create("", " ")
    assert set(exc.value.errors) == {"code", "name"}
    assert "Chưa nhập tên hình thức khen thưởng" in exc.value.errors["name"]
    assert len(forms.list()) == 9

    forms.rename(f.id, "Giấy khen của Ủy ban Mặt trận Tổ quốc xã")
    assert forms.get(f.id).name == "Giấy khen của Ủy ban Mặt trận Tổ quốc xã"
    entry = store.audit.history("award_forms", f.id)[-1]
    assert entry.action == "update" and entry.changed == ["name"]
    assert entry.before == {"name": "Giấy khen của Ủy ban MTTQ Việt Nam xã"}
    with pytest.raises(ValidationError) as exc:
        forms.rename(f.id, "  ")
    assert "name" in exc.value.errors
    with pytest.raises(NotFoundError):
        forms.rename(99999, "Không có")


def _gk_award(store, on=date(2025, 10, 10), kind="ca_nhan", name="Nguyễn Văn An"):
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number=f"{on.day}-QĐ/BDVTU", signed_on=on, form_id=form.id))
    return store.awards.create(Award(decision_id=d.id, recipient_kind=kind, recipient_name=name))


def test_delete_coefficient(store):
    forms = store.award_forms
    gk = forms.by_code("GK_BDV_TINH")
    forms.set_coefficient(gk.id, "ca_nhan", date(2026, 1, 1), "0.5")
    forms.set_coefficient(gk.id, "tap_the", date(2026, 1, 1), "1.0")
    forms.delete_coefficient(gk.id, "ca_nhan", date(2026, 1, 1))
    left = [(c.valid_from, c.recipient_kind) for c in forms.coefficients(gk.id)]
    assert (date(2026, 1, 1), "ca_nhan") not in left and (date(2026, 1, 1), "tap_the") in left
    assert forms.amount_for(gk.id, "ca_nhan", date(2026, 2, 1))[0] == Decimal("0.3")  # the earlier row again
    assert _audit(store, "award_coefficients")[0] == (
        "delete", gk.id, {"recipient_kind": "ca_nhan", "valid_from": "2026-01-01", "coefficient": "0.5",
                          "basis": ""}, None)
    forms.delete_coefficient(gk.id, None, date(2026, 1, 1))  # None: every kind of that date
    assert all(c.valid_from != date(2026, 1, 1) for c in forms.coefficients(gk.id))

    with pytest.raises(ValidationError) as exc:
        forms.delete_coefficient(gk.id, "ca_nhan", date(2030, 1, 1))
    assert "valid_from" in exc.value.errors and "01/01/2030" in exc.value.errors["valid_from"]
    with pytest.raises(ValidationError) as exc:
        forms.delete_coefficient(gk.id, "ai_do", date(2019, 1, 1))
    assert "recipient_kind" in exc.value.errors

    # a row saved awards were computed from is refused, with the count; the kind not used can go
    _gk_award(store)
    _gk_award(store, name="Lê Thị Bình")
    with pytest.raises(InUseError) as used:
        forms.delete_coefficient(gk.id, "ca_nhan", date(2025, 7, 1))
    assert used.value.count == 2 and "2 khen thưởng" in str(used.value) and "cá nhân" in str(used.value)
    with pytest.raises(InUseError):
        forms.delete_coefficient(gk.id, None, date(2025, 7, 1))  # all or nothing
    assert (date(2025, 7, 1), "tap_the") in [(c.valid_from, c.recipient_kind) for c in forms.coefficients(gk.id)]
    forms.delete_coefficient(gk.id, "tap_the", date(2025, 7, 1))
    forms.delete_coefficient(gk.id, "ca_nhan", date(2019, 1, 1))  # before the awards' date: unused


def test_delete_base_salary(store):
    forms = store.award_forms
    assert forms.base_salaries_detail() == [
        (date(2019, 7, 1), 1_490_000, "NĐ 38/2019/NĐ-CP"), (date(2023, 7, 1), 1_800_000, "NĐ 24/2023/NĐ-CP"),
        (date(2024, 7, 1), 2_340_000, "NĐ 73/2024/NĐ-CP")]
    forms.set_base_salary(date(2026, 7, 1), 2_530_000, "NĐ mới")
    forms.delete_base_salary(date(2026, 7, 1))
    assert [r[0] for r in forms.base_salaries_detail()] == [date(2019, 7, 1), date(2023, 7, 1), date(2024, 7, 1)]
    action, row_id, before, after = _audit(store, "base_salaries")[0]
    assert action == "delete" and row_id > 0 and after is None
    assert before == {"valid_from": "2026-07-01", "amount": 2_530_000, "basis": "NĐ mới"}

    with pytest.raises(ValidationError) as exc:
        forms.delete_base_salary(date(2020, 1, 1))
    assert "valid_from" in exc.value.errors and "01/01/2020" in exc.value.errors["valid_from"]

    award = _gk_award(store)  # 2025-10-10: 0,3 × 2.340.000
    with pytest.raises(InUseError) as used:
        forms.delete_base_salary(date(2024, 7, 1))
    assert used.value.count == 1 and "1 khen thưởng" in str(used.value) and "01/07/2024" in str(used.value)
    # the amount of the row changed later: the award was not computed from this row any more
    forms.set_base_salary(date(2024, 7, 1), 2_400_000)
    forms.delete_base_salary(date(2024, 7, 1))
    assert store.awards.get(award.id).base_salary == 2_340_000

    forms.delete_base_salary(date(2019, 7, 1))
    with pytest.raises(ValidationError) as exc:
        forms.delete_base_salary(date(2023, 7, 1))
    assert "duy nhất" in exc.value.errors["valid_from"]
    assert forms.base_salaries() == [(date(2023, 7, 1), 1_800_000)]


def test_catalog_edits_never_change_saved_awards(store):
    forms = store.award_forms
    gk = forms.by_code("GK_BDV_TINH")
    a = _gk_award(store)
    t = _gk_award(store, kind="tap_the", name="Chi bộ ấp Mỹ Lợi")

    def raw(award_id):
        return store.query("SELECT coefficient, base_salary, amount FROM awards WHERE id = ?", (award_id,))[0]

    before = {a.id: raw(a.id), t.id: raw(t.id)}
    assert before[a.id] == {"coefficient": "0.3", "base_salary": 2_340_000, "amount": 710_000}
    forms.set_coefficient(gk.id, "ca_nhan", date(2025, 7, 1), "0.5")  # the very row they used, replaced
    forms.set_coefficient(gk.id, "tap_the", date(2025, 10, 1), "1.0")
    forms.set_base_salary(date(2024, 7, 1), 2_600_000)
    forms.set_base_salary(date(2025, 9, 1), 2_530_000)
    forms.rename(gk.id, "Giấy khen (tên mới)")
    forms.delete_coefficient(gk.id, None, date(2019, 1, 1))
    forms.delete_base_salary(date(2019, 7, 1))
    forms.delete_base_salary(date(2024, 7, 1))  # its amount no longer matches: deletable
    forms.create("GK_MOI", "Giấy khen mới")
    assert {a.id: raw(a.id), t.id: raw(t.id)} == before
    assert store.awards.total(a.decision_id) == 710_000
    # while a new award on the same date follows the tables as they are now
    assert forms.amount_for(gk.id, "ca_nhan", date(2025, 10, 10)) == (Decimal("0.5"), 2_530_000, 1_270_000)


def test_editing_an_award_keeps_the_money_it_was_given(store):
    form = store.award_forms.by_code("GK_BDV_TINH")
    d = store.decisions.create(Decision(number="21-QĐ/BTGDVTU", signed_on=date(2025, 10, 10), form_id=form.id))
    a = store.awards.create(Award(decision_id=d.id, recipient_kind="ca_nhan", recipient_name="Lê Văn Anh"))
    store.award_forms.set_base_salary(date(2025, 7, 1), 3_000_000)  # a later correction of the table
    a.recipient_name = "Lê Văn Ánh"  # a typo fixed
    store.awards.update(a)
    got = store.awards.get(a.id)
    assert (got.recipient_name, got.amount, got.base_salary) == ("Lê Văn Ánh", 710_000, 2_340_000)
    got.recipient_kind = "tap_the"  # a real change of what was awarded: priced again
    store.awards.update(got)
    assert store.awards.get(a.id).amount == 1_800_000  # 0.6 × 3,000,000


def test_standing_on_walks_links_breadth_first():
    from dvdesk.domain.units import standing_on

    links = {1: [2], 2: [1, 3, 4], 3: [2], 4: [2]}
    valid = {3, 4}
    assert standing_on(1, valid.__contains__, lambda i: links.get(i, [])) == 3  # nearest, lowest id first
    assert standing_on(4, valid.__contains__, lambda i: links.get(i, [])) == 4  # itself when valid
    assert standing_on(9, valid.__contains__, lambda i: links.get(i, [])) == 9  # nothing valid: itself
