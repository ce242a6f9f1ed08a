"""Our own Excel output, imported back, recreates the same records.

Setup (what "the same records" means here): an office sets up a new database (``dvdesk init``)
and imports its unit list (the units template filled from the demo's units, codes and UUIDs
included, as `dvdesk import units` would), so both databases hold the same units — among them
units whose names others share (two "Huyện Châu Thành", the old and the new "Xã Vĩnh Hòa").
Then the initiatives lists (phase 2021–2025 and year 2026) and every award list, exported with
``dvdesk.services.reports.export`` exactly as a clerk gets them, are imported with the public
importer API. Every row must come back with the fields the lists print; nothing is rejected;
importing the same files again changes nothing.
"""

from __future__ import annotations

import time

import import_sheets as S
import openpyxl
import pytest

from dvdesk.demo import build_demo, dated_award_forms
from dvdesk.services.importers import import_file, import_workbook
from dvdesk.services.reports import InitiativeListOptions, award_list, export, initiative_list
from dvdesk.store.backup import content_checksum
from dvdesk.store.db import create_store, open_store

# what the initiatives list carries (block: from the unit; phase: from the year)
INITIATIVES = (
    "SELECT i.code, i.name, u.uuid AS unit, i.unit_name, i.year, p.code AS phase, i.registered_on, f.code AS field, "
    "b.code AS block, i.kind, i.subject_kind, i.person_name, i.person_position, i.status, i.exemplary, "
    "i.recognition_level FROM initiatives i JOIN units u ON u.id = i.unit_id JOIN phases p ON p.id = i.phase_id "
    "LEFT JOIN fields f ON f.id = i.field_id LEFT JOIN blocks b ON b.id = i.block_id "
    "WHERE i.deleted_at IS NULL ORDER BY i.code")
# what an award list carries (the decision's number and date in its title, the form in its subject)
AWARDS = (
    "SELECT d.number, d.signed_on, fm.code AS form, a.recipient_kind, a.recipient_name, a.position, u.uuid AS unit, "
    "a.unit_text, a.achievement, a.coefficient, a.base_salary, a.amount FROM awards a "
    "JOIN decisions d ON d.id = a.decision_id JOIN award_forms fm ON fm.id = d.form_id "
    "LEFT JOIN units u ON u.id = a.unit_id WHERE a.deleted_at IS NULL")


@pytest.fixture
def stores(tmp_path):
    build_demo(tmp_path / "demo.sqlite3", initiatives=400, awards=150, seed=2)
    src = open_store(tmp_path / "demo.sqlite3")
    dst = create_store(tmp_path / "new.sqlite3")
    dst.settings.set("agency", src.settings.agency())  # the same office (a new database knows none)
    with dst.tx():
        dated_award_forms(dst)  # the award forms as the demo dates them
    units = import_file(dst, S.fill_template("units", tmp_path / "don-vi.xlsx", S.unit_rows(src)), "units")
    assert units.added == src.units.count() and not units.rejected, units.summary()
    yield src, dst
    src.close()
    dst.close()


def _shared_name_rows(src) -> tuple[int, int]:
    """(initiatives of a unit whose name another unit shares, of those: a namesake valid at the same time)."""
    shared = src.scalar(
        "SELECT count(*) FROM initiatives i JOIN units u ON u.id = i.unit_id "
        "WHERE EXISTS (SELECT 1 FROM units o WHERE o.id != u.id AND o.name = u.name)")
    overlapping = src.scalar(
        "SELECT count(*) FROM initiatives i JOIN units u ON u.id = i.unit_id "
        "WHERE EXISTS (SELECT 1 FROM units o WHERE o.id != u.id AND o.name = u.name "
        "AND coalesce(o.valid_from, '0') <= coalesce(u.valid_to, '9') "
        "AND coalesce(u.valid_from, '0') <= coalesce(o.valid_to, '9'))")
    return shared, overlapping


def _import(dst, path, kind):
    reports = import_workbook(dst, path, kind)
    rejected = [f"{r.sheet} dòng {x.row}: {x.reason}" for r in reports for x in r.rejected]
    return reports, rejected


def test_exported_lists_import_back_to_the_same_records(stores, tmp_path):
    t0 = time.perf_counter()
    src, dst = stores
    shared, overlapping = _shared_name_rows(src)
    assert shared > 20 and overlapping > 5  # the demo exercises namesakes (else this test proves little)
    n_individuals = src.scalar("SELECT count(*) FROM initiatives WHERE subject_kind = 'ca_nhan'")
    assert n_individuals > 20
    # and a decision without awards (its list: the "no rows" line, then the signature)
    assert src.scalar("SELECT count(*) FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM awards a "
                      "WHERE a.decision_id = d.id)") > 0

    files = {
        "initiatives": [export(initiative_list(src, InitiativeListOptions(phase="2021-2025")), tmp_path / "mh-1.xlsx"),
                        export(initiative_list(src, InitiativeListOptions(year=2026)), tmp_path / "mh-2.xlsx")],
        "awards": [export(award_list(src), tmp_path / "khen-thuong.xlsx")],
    }
    # the list tells namesakes apart the way a clerk writes it
    units_written = {c for ws in openpyxl.load_workbook(files["initiatives"][0]).worksheets
                     for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)}
    assert "Huyện Châu Thành, tỉnh Kiên Giang" in units_written or "Huyện Châu Thành, tỉnh An Giang" in units_written

    exported = {"initiatives": 0, "awards": 0}
    for kind, paths in files.items():
        for path in paths:
            reports, rejected = _import(dst, path, kind)
            assert not rejected, "\n".join(rejected[:20])
            exported[kind] += sum(r.added for r in reports)
    n_init = src.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    n_awards = src.scalar("SELECT count(*) FROM awards WHERE deleted_at IS NULL")
    assert exported == {"initiatives": n_init, "awards": n_awards}
    assert len(files["awards"]) == 1 and n_awards == 150

    got, want = dst.query(INITIATIVES), src.query(INITIATIVES)
    assert len(got) == len(want) == n_init
    for g, w in zip(got, want, strict=True):
        assert g == w, (w["code"], {k: (w[k], g[k]) for k in w if w[k] != g[k]})
    got, want = (sorted(tuple(r.values()) for r in s.query(AWARDS)) for s in (dst, src))
    assert len(got) == len(want) == n_awards
    assert set(got) ^ set(want) == set()
    assert got == want
    assert dst.scalar("SELECT count(*) FROM units") == src.scalar("SELECT count(*) FROM units")  # none made up

    # the same files again: nothing added, nothing changed, nothing rejected
    before = content_checksum(dst.conn)
    for kind, paths in files.items():
        for path in paths:
            reports, rejected = _import(dst, path, kind)
            assert not rejected, "\n".join(rejected[:20])
            assert sum(r.added + r.updated for r in reports) == 0, [r.summary() for r in reports]
    assert content_checksum(dst.conn) == before
    assert time.perf_counter() - t0 < 30
