"""Units whose parents or predecessors would form a loop are refused by the repository, the bulk
writer (imports) and reported by ``dvdesk check`` when a file already holds one."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from dvdesk.domain.entities import Unit
from dvdesk.domain.errors import ValidationError
from dvdesk.store.check import check_database
from dvdesk.store.db import open_store


def _units(store):
    tinh = store.units.create(Unit(name="Tỉnh ủy Kiên Giang", level="tinh"))
    huyen = store.units.create(Unit(name="Huyện ủy Giồng Riềng", level="huyen", parent_id=tinh.id))
    xa = store.units.create(Unit(name="Xã Bàn Tân Định", level="xa", parent_id=huyen.id))
    return tinh, huyen, xa


def test_a_unit_cannot_become_its_own_ancestor(store):
    tinh, huyen, xa = _units(store)
    with pytest.raises(ValidationError, match="cấp trên của chính nó"):
        store.units.update(dataclasses.replace(store.units.get(tinh.id), parent_id=xa.id))
    with pytest.raises(ValidationError, match="cấp trên của chính nó"):
        store.units.update(dataclasses.replace(store.units.get(huyen.id), parent_id=huyen.id))
    assert store.units.get(tinh.id).parent_id is None
    # through the bulk writer too (what an import uses)
    with pytest.raises(ValidationError), store.tx():
        store.bulk.update("units", [(tinh.id, {"parent_id": xa.id}, store.bulk.rows_by_id("units", [tinh.id])[tinh.id])])
    assert store.units.get(tinh.id).parent_id is None


def test_a_unit_cannot_be_its_own_predecessor(store):
    a = store.units.create(Unit(name="Xã Vĩnh Hòa", level="xa"))
    b = store.units.rename(a.id, "Xã Vĩnh Hòa Hưng", date(2025, 7, 1))
    with pytest.raises(ValidationError, match="vòng lặp"), store.tx():
        store.bulk.unit_links([(b.id, a.id, "rename", date(2025, 8, 1))])
    assert store.scalar("SELECT count(*) FROM unit_links") == 1
    with pytest.raises(ValidationError), store.tx():
        store.bulk.unit_links([(a.id, a.id, "rename", date(2025, 8, 1))])


def test_check_reports_loops_already_stored(tmp_path):
    p = tmp_path / "dv.sqlite3"
    with open_store(p, create=True) as store:
        tinh, _huyen, xa = _units(store)
        a = store.units.create(Unit(name="Xã A", level="xa"))
        b = store.units.rename(a.id, "Xã B", date(2025, 7, 1))
    c = sqlite3.connect(p)  # a crafted file: the loops written behind the app's back
    c.execute("UPDATE units SET parent_id = ? WHERE id = ?", (xa.id, tinh.id))
    c.execute("INSERT INTO unit_links(predecessor_id, successor_id, kind, effective_date) VALUES (?,?,?,?)",
              (b.id, a.id, "rename", "2025-08-01"))
    c.commit()
    c.close()
    report = check_database(p)
    assert not report.healthy
    text = "\n".join(report.problems)
    assert "Vòng lặp cấp trên" in text and "Tỉnh ủy Kiên Giang" in text
    assert "Vòng lặp trong lịch sử đơn vị" in text


def test_a_units_sheet_whose_parents_loop_is_refused_and_writes_nothing(store, tmp_path):
    import import_sheets as S

    from dvdesk.domain.errors import DvdeskError
    from dvdesk.services.importers import ImportOptions, import_file
    from dvdesk.store.backup import content_checksum

    sheet = S.fill_template("units", tmp_path / "don-vi.xlsx", [
        {"code": "X1", "name": "Xã Một", "level": "Xã/cơ sở", "parent": "X2"},
        {"code": "X2", "name": "Xã Hai", "level": "Xã/cơ sở", "parent": "X1"},
    ])
    before = content_checksum(store.conn)
    with pytest.raises(DvdeskError, match="cấp trên của chính nó"):
        import_file(store, sheet, "units", options=ImportOptions("units", backup=False))
    assert content_checksum(store.conn) == before
