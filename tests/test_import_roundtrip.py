"""Our own Excel output imported back recreates the same records; rejected rows saved with a
"Lý do" column can be fixed and imported again."""

from __future__ import annotations

import import_sheets as S
import openpyxl

from dvdesk.demo import dated_award_forms
from dvdesk.services.importers import import_file
from dvdesk.store.backup import content_checksum

INITIATIVE_COLUMNS = (
    "uuid, code, kind, subject_kind, name, unit_name, year, person_name, person_position, registered_on, situation, "
    "goals, methods, area, target_group, lead_force, partners, participants, budget, workdays, socialized, "
    "start_date, progress, evaluation_date, outputs, sustainability, status, rating, recognition_level, "
    "recognition_decision, recognition_date, exemplary, replication_count, tags, note, name_sort, person_sort, "
    "search_text")


def _unit_codes(store) -> dict[int, str]:
    return {uid: code for uid, code in store.conn.execute("SELECT id, code FROM units")}


def _ambiguous_names(store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM units GROUP BY name HAVING count(*) > 1")}


def test_round_trip_units_initiatives_awards(demo_store, store, tmp_path):
    src = demo_store
    # units (with parents, validity, predecessors)
    rep = import_file(store, S.fill_template("units", tmp_path / "units.xlsx", S.unit_rows(src)), "units")
    assert rep.added == src.units.count() and not rep.rejected, rep.summary()
    q = ("SELECT u.code, u.uuid, u.name, u.short_name, u.level, b.code AS block, p.code AS parent, u.valid_from, "
         "u.valid_to, u.symbol, u.precedence, u.verified FROM units u LEFT JOIN blocks b ON b.id = u.block_id "
         "LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.code")
    assert store.query(q) == src.query(q)
    links = ("SELECT p.code, s.code, l.kind, l.effective_date FROM unit_links l JOIN units p ON p.id = l.predecessor_id "
             "JOIN units s ON s.id = l.successor_id ORDER BY 1, 2")
    assert store.query(links) == src.query(links)

    # initiatives: a name shared by several units is written as the unit's code, as a clerk would
    ambiguous = _ambiguous_names(src)
    codes = _unit_codes(src)
    rows = S.initiative_rows(src)
    by_code = {i.code: i for i in (src.initiatives.get(r[0]) for r in src.conn.execute("SELECT id FROM initiatives"))}
    for r in rows:
        if r["unit"] in ambiguous:
            r["unit"] = codes[by_code[r["code"]].unit_id]
    rep = import_file(store, S.fill_template("initiatives", tmp_path / "mo-hinh.xlsx", rows), "initiatives")
    assert rep.added == len(rows) and not rep.rejected, rep.summary()
    columns = ", ".join("i." + c.strip() for c in INITIATIVE_COLUMNS.split(","))
    q = (f"SELECT {columns}, u.code AS unit, f.code AS field, b.code AS block, p.code AS phase "
         "FROM initiatives i JOIN units u ON u.id = i.unit_id LEFT JOIN fields f ON f.id = i.field_id "
         "LEFT JOIN blocks b ON b.id = i.block_id JOIN phases p ON p.id = i.phase_id ORDER BY i.code")
    assert store.query(q) == src.query(q)

    # awards (decisions are created from the rows' number, date and form; the demo's dated forms exist)
    with store.tx():
        dated_award_forms(store)
    rows = S.award_rows(src)
    uids = {a.uuid: a for a in (src.awards.get(r[0]) for r in src.conn.execute("SELECT id FROM awards"))}
    for r in rows:
        a = uids[r["uuid"]]
        if a.unit_id is not None and r["unit"] in ambiguous:
            r["unit"] = codes[a.unit_id]
    rep = import_file(store, S.fill_template("awards", tmp_path / "khen-thuong.xlsx", rows), "awards")
    assert rep.added == len(rows) and not rep.rejected, rep.summary()
    q = ("SELECT a.uuid, d.number, d.signed_on, f.code AS form, a.recipient_kind, a.recipient_name, a.name_sort, "
         "a.name_fold, a.position, u.code AS unit, a.unit_text, a.birth_year, a.gender, a.achievement, "
         "i.code AS initiative, a.coefficient, a.base_salary, a.amount FROM awards a "
         "JOIN decisions d ON d.id = a.decision_id JOIN award_forms f ON f.id = d.form_id "
         "LEFT JOIN units u ON u.id = a.unit_id LEFT JOIN initiatives i ON i.id = a.initiative_id ORDER BY a.uuid")
    assert store.query(q) == src.query(q)

    # importing the same files again changes nothing
    before = content_checksum(store.conn)
    again = import_file(store, tmp_path / "mo-hinh.xlsx", "initiatives")
    assert (again.added, again.updated, len(again.rejected)) == (0, 0, 0) and again.unchanged == len(by_code)
    again = import_file(store, tmp_path / "khen-thuong.xlsx", "awards")
    assert (again.added, again.updated, len(again.rejected)) == (0, 0, 0)
    assert content_checksum(store.conn) == before


def test_rejected_rows_saved_with_reason_fixed_and_imported_again(store, tmp_path):
    ids = S.seed_units(store)
    S.make_decision(store, "1234/QĐ-UBND", S.date(2025, 10, 1), "BK_UBND_TINH")
    rep = import_file(store, S.layout_d(tmp_path / "d.xlsx"), "awards")
    assert len(rep.rejected) == 4
    out = rep.save_rejected(tmp_path / "loi.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    header = rows[1]  # the title row, then the header
    assert header[-1] == "Lý do" and header[1] == "Họ tên"
    body = rows[2:]
    assert len(body) == 4 and all(r[-1] for r in body)
    assert "32/13/2025" in body[1][-1]
    # the clerk fixes the rows (number, date, form; drops the duplicate) and imports the file again
    ws.cell(3, 6, "88-QĐ/BTGDVTU")
    ws.cell(3, 5, "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy")
    ws.cell(4, 7, "05/9/2025")
    ws.cell(5, 5, "Biểu dương")
    ws.cell(5, 6, "90-QĐ/BTGDVTU")
    ws.delete_rows(6)
    wb.save(out)
    again = import_file(store, out, "awards")
    assert again.added == 3 and not again.rejected, again.summary()
    assert [c.header for c in again.unknown_columns] == ["Ghi chú"]  # "Lý do" is known and skipped
    (bieu_duong,) = store.decisions.by_number("90-QĐ/BTGDVTU")
    (a,) = store.awards.for_decision(bieu_duong.id)
    assert a.recipient_name == "Trịnh Văn Sơn" and a.amount == 0 and a.unit_id == ids["vhhung"]
    assert store.scalar("SELECT count(*) FROM awards") == 6


def test_rejected_rows_keep_their_section(store, tmp_path):
    S.seed_units(store)
    path = S.layout_c(tmp_path / "c.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["B14"] = None  # a person without a name
    wb.save(path)
    rep = import_file(store, path, "awards")
    assert [r.row for r in rep.rejected] == [14]
    out = rep.save_rejected(tmp_path / "loi.xlsx")
    values = [r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)]
    texts = [" ".join(str(v) for v in r if v) for r in values]
    assert any("Kèm theo Quyết định số 125-QĐ/BTGDVTU" in t for t in texts)
    assert texts.index(next(t for t in texts if "CÁ NHÂN" in t)) < len(texts) - 1
    assert "Thiếu tên tập thể, cá nhân" in texts[-1]


def _many_initiatives(tmp_path, n: int):
    rows = [{"name": f"Mô hình dân vận khéo số {i} ở ấp Đông Thành", "unit": "Tỉnh ủy An Giang", "year": 2024,
             "field": "KT"} for i in range(n)]
    return S.fill_template("initiatives", tmp_path / "nhieu.xlsx", rows)


def test_bulk_import_keeps_the_search_index_and_its_trigger(store, tmp_path):
    from dvdesk.store.search import InitiativeFilter

    S.seed_units(store)
    triggers = store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    rep = import_file(store, _many_initiatives(tmp_path, 400), "initiatives")
    assert rep.added == 400
    assert store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == triggers
    found = [r["name"] for r in store.initiatives.search(InitiativeFilter(text="khéo số 123 ở ấp"))]
    assert "Mô hình dân vận khéo số 123 ở ấp Đông Thành" in found
    assert store.initiatives.count_matching(InitiativeFilter(text="dong thanh")) == 400
    # a record added afterwards through the repository is indexed by the trigger as before
    from dvdesk.domain.entities import Initiative

    unit = store.units.by_code("t_tu")
    store.initiatives.create(Initiative(name="Mô hình thêm bằng tay", unit_id=unit.id,
                                        phase_id=store.phases.for_year(2024).id, year=2024))
    assert store.initiatives.count_matching(InitiativeFilter(text="them bang tay")) == 1


def test_bulk_import_rolled_back_restores_the_trigger(store, tmp_path, monkeypatch):
    from dvdesk.store.repositories import AuditRepo

    S.seed_units(store)
    triggers = store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    before = content_checksum(store.conn)
    record_many = AuditRepo.record_many

    def boom(self, entries):
        if entries and entries[0][1] == "initiatives":  # the trigger is dropped while rows go in
            assert not store.scalar("SELECT 1 FROM sqlite_master WHERE name = 'initiatives_fts_ai'")
            raise RuntimeError("hết dung lượng đĩa")
        record_many(self, entries)

    monkeypatch.setattr(AuditRepo, "record_many", boom)
    try:
        import_file(store, _many_initiatives(tmp_path, 300), "initiatives")
    except RuntimeError:
        pass
    assert store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == triggers
    assert content_checksum(store.conn) == before
