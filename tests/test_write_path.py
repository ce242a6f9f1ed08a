"""One write path: a form's save and an import leave the same record and the same audit trail;
every committed transaction says what it changed; no SQL write outside ``dvdesk/store/``."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import import_sheets as S
import pytest

from dvdesk.domain.entities import Award, Initiative
from dvdesk.services.importers import ImportOptions, import_file
from dvdesk.store.changes import Changes
from dvdesk.store.db import open_store

ROOT = Path(__file__).resolve().parents[1]
DERIVED = ("code", "unit_name", "name_sort", "person_sort", "search_text", "block_id", "status", "exemplary")


def _record(store, table: str, row_id: int) -> dict:
    return store.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,))[0]


def _trail(store, table: str, row_id: int) -> list[tuple]:
    """The audit rows of one record, without the time and the import's source note."""
    out = []
    for r in store.query("SELECT * FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id", (table, row_id)):
        after = json.loads(r["after"]) if r["after"] else None
        if after is not None:
            after.pop("nguon", None)
        out.append((r["user"], r["action"], r["changed"], r["before"], json.dumps(after, sort_keys=True)))
    return out


def _status_log(store, row_id: int) -> list[tuple]:
    return [(r["from_status"], r["to_status"], r["changed_on"]) for r in
            store.query("SELECT * FROM initiative_status_log WHERE initiative_id = ? ORDER BY id", (row_id,))]


def test_a_form_save_and_an_import_leave_the_same_record_and_audit_trail(tmp_path):
    saved = open_store(tmp_path / "form.sqlite3", create=True)
    imported = open_store(tmp_path / "import.sqlite3", create=True)
    try:
        for s in (saved, imported):
            S.seed_units(s)
        unit = saved.units.by_code("t_vh")
        phase = saved.phases.for_year(2024)
        field = saved.fields.list()[0]
        # an individual exemplar typed with decomposed (NFD) letters and stray spaces, as pasted from a web page
        person = "Nguye\u0302\u0303n Thi\u0323 Ba\u0301ch  "
        rec = Initiative(name="Gương phụ nữ làm kinh tế giỏi  ", kind="dien_hinh", subject_kind="ca_nhan",
                         unit_id=unit.id, phase_id=phase.id, year=2024, field_id=field.id, person_name=person,
                         person_position="Chi hội trưởng", registered_on=date(2024, 3, 5), area="ấp Đông Thành",
                         tags="phụ nữ, kinh tế", uuid="0f6d1c6e-7b39-4f7e-9f0a-1a2b3c4d5e6f")
        form_id = saved.initiatives.create(rec).id

        sheet = S.fill_template("initiatives", tmp_path / "mot-dong.xlsx", [{
            "name": rec.name, "unit": unit.name, "year": 2024, "phase": phase.code, "field": field.name,
            "kind": "Điển hình", "subject_kind": "Cá nhân", "person_name": person,
            "person_position": rec.person_position, "registered_on": rec.registered_on, "area": rec.area,
            "tags": rec.tags, "uuid": rec.uuid, "status": "Đăng ký"}])
        rep = import_file(imported, sheet, "initiatives", options=ImportOptions("initiatives", backup=False))
        assert rep.added == 1, rep.summary() if hasattr(rep, "summary") else rep.results
        import_id = imported.initiatives.by_uuid(rec.uuid).id

        a, b = _record(saved, "initiatives", form_id), _record(imported, "initiatives", import_id)
        for key in DERIVED:
            assert a[key] == b[key], key
        assert a["person_name"] == b["person_name"] == "Nguyễn Thị Bách"  # NFC and stripped both ways
        assert a["code"] == "DVK-2024-0001"
        ta, tb = _trail(saved, "initiatives", form_id), _trail(imported, "initiatives", import_id)
        assert len(ta) == len(tb) == 1 and ta[0][:3] == tb[0][:3]
        after_a, after_b = json.loads(ta[0][4]), json.loads(tb[0][4])
        assert after_a == {k: v for k, v in after_b.items() if k in after_a}
        assert {k for k in after_b if k not in after_a} <= set(), sorted(set(after_b) - set(after_a))
        # the import says where the record came from; both start the status history the same way
        note = json.loads(imported.scalar("SELECT after FROM audit_log WHERE table_name = 'initiatives'"))["nguon"]
        assert note.startswith("mot-dong.xlsx, dòng")
        assert [x[:2] for x in _status_log(saved, form_id)] == [x[:2] for x in _status_log(imported, import_id)] \
            == [(None, "dang_ky")]

        # an edit of the same field through the form and through a second import: same derived values
        saved.initiatives.update(
            Initiative(**{**saved.initiatives.get(form_id).__dict__, "name": "Gương phụ nữ khởi nghiệp"}))
        sheet2 = S.fill_template("initiatives", tmp_path / "sua.xlsx", [{
            "name": "Gương phụ nữ khởi nghiệp", "unit": unit.name, "year": 2024, "uuid": rec.uuid}])
        rep2 = import_file(imported, sheet2, "initiatives", options=ImportOptions("initiatives", backup=False))
        assert rep2.updated == 1
        a, b = _record(saved, "initiatives", form_id), _record(imported, "initiatives", import_id)
        for key in DERIVED:
            assert a[key] == b[key], key
        ua, ub = _trail(saved, "initiatives", form_id)[-1], _trail(imported, "initiatives", import_id)[-1]
        assert ua[1] == ub[1] == "update"
        assert set(ua[2].split(",")) == set(ub[2].split(",")) >= {"name", "search_text"}
        assert json.loads(ua[3]) == json.loads(ub[3]) and ua[4] == ub[4]
    finally:
        saved.close()
        imported.close()


def test_award_sort_key_and_fold_are_the_stores_both_ways(store, tmp_path):
    S.seed_units(store)
    did = S.make_decision(store, "12-QĐ/BDVTU", date(2025, 10, 10))
    a = store.awards.create(Award(decision_id=did, recipient_kind="ca_nhan", recipient_name=" Lê Văn Đạt  "))
    row = _record(store, "awards", a.id)
    from dvdesk.store.derive import award_derived

    assert row["name_fold"] == "le van dat" and row["recipient_name"] == "Lê Văn Đạt"
    assert award_derived(row, "cldr") == {"name_fold": row["name_fold"], "name_sort": row["name_sort"]}


# -- Changes ------------------------------------------------------------------------------------
def test_a_transaction_returns_what_it_changed(store):
    ids = S.seed_units(store)
    seen: list[Changes] = []
    store.add_listener(seen.append)
    unit = store.units.get(ids["vh"])
    i = store.initiatives.create(Initiative(name="Mô hình A", unit_id=unit.id, year=2024,
                                            phase_id=store.phases.for_year(2024).id))
    ch = store.last_changes
    assert ch.ids("initiatives", "insert") == {i.id}
    assert ch.touches("initiatives") and not ch.touches("units", "awards")
    assert seen == [ch]
    store.initiatives.delete(i.id)
    assert store.last_changes.ids("initiatives", "delete") == {i.id}
    # a nested savepoint rolled back leaves nothing in the outer transaction's changes
    with store.tx():
        store.fields.create("MT", "Môi trường")
        with pytest.raises(RuntimeError), store.tx():
            store.blocks.create("X", "Khối X")
            raise RuntimeError
    assert store.last_changes.touches("fields") and not store.last_changes.touches("blocks")
    # a rolled back transaction tells nobody
    n = len(seen)
    with pytest.raises(RuntimeError), store.tx():
        store.fields.create("Y", "Lĩnh vực Y")
        raise RuntimeError
    assert len(seen) == n
    # status history belongs to the initiative as a page sees it
    assert Changes.of([("insert", "initiative_status_log", 5)]).touches("initiatives")
    assert Changes.all().touches("anything")


def test_store_run_returns_result_and_changes(store):
    result, ch = store.run(lambda s: s.fields.create("MT", "Môi trường").id)
    assert ch.ids("fields", "insert") == {result}
    assert ch.describe() == "fields: insert 1"


def test_an_import_reports_its_changes(store, tmp_path):
    S.seed_units(store)
    rep = import_file(store, S.layout_a(tmp_path / "a.xlsx"), "initiatives",
                      options=ImportOptions("initiatives", backup=False))
    assert rep.changes is not None and len(rep.changes.ids("initiatives", "insert")) == rep.added
    assert rep.changes.touches("initiatives")


# -- no SQL write outside the store ---------------------------------------------------------------
WRITE = re.compile(r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE\s+[a-z_]+\s+SET|DELETE\s+FROM|DROP\s+"
                   r"(TABLE|TRIGGER|INDEX)|CREATE\s+(TABLE|TRIGGER|INDEX))\b", re.IGNORECASE)


def test_no_sql_write_outside_the_store():
    offenders = []
    for path in sorted((ROOT / "dvdesk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(("dvdesk/store/", "dvdesk/ui/forms/")):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITE.search(line) and ("execute" in line or '"' in line or "'" in line):
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
