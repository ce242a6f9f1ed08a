"""Statistics tables agree with a plain recount of the rows, for every scope: today's statuses for a
phase or a year, the milestone's own reviews for a milestone (see test_milestone_statistics.py)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from dvdesk.domain import catalog
from dvdesk.services import statistics as st


def _recount(store, scope: st.Scope, key: str) -> dict:
    """Count in Python: today's statuses, or at a milestone its reviews, its scope (registered on or
    before its date) and "nhân rộng" reached by that date."""
    ms = reviews = replicated = None
    if scope.milestone_id is not None:
        ms = store.query("SELECT phase_id, coalesce(held_on, year || '-12-31') AS cutoff FROM milestones "
                         "WHERE id = ?", (scope.milestone_id,))[0]
        reviews = {r["initiative_id"]: r for r in store.query(
            "SELECT * FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL", (scope.milestone_id,))}
        replicated = {r[0] for r in store.conn.execute(
            "SELECT initiative_id FROM initiative_status_log WHERE to_status = 'nhan_rong' AND changed_on <= ?",
            (ms["cutoff"],))}
    out: dict = defaultdict(Counter)
    for r in store.query("SELECT * FROM initiatives WHERE deleted_at IS NULL"):
        if scope.phase_id is not None and r["phase_id"] != scope.phase_id:
            continue
        if scope.year is not None and r["year"] != scope.year:
            continue
        if ms is not None and not (r["phase_id"] == ms["phase_id"]
                                   and (r["registered_on"] or f"{r['year']}-01-01") <= ms["cutoff"]):
            continue
        c = out[r[key]]
        c["registered"] += 1
        if ms is None:
            recognized, exemplary, rep = (r["status"] in catalog.RECOGNIZED_STATUSES, r["exemplary"],
                                          r["replication_count"] > 0)
        else:
            review = reviews.get(r["id"]) or {"recognized": 0, "exemplary": 0}
            recognized, exemplary, rep = review["recognized"], review["exemplary"], r["id"] in replicated
        if recognized:
            c["rc" if r["subject_kind"] == "tap_the" else "ri"] += 1
        c["ex"] += bool(exemplary)
        c["rep"] += bool(rep)
    return out


@pytest.mark.parametrize("scope_kw", [{}, {"phase_id": 1}, {"year": 2023}, {"milestone": "so-ket-2023"},
                                      {"milestone": "tong-ket-2025"}, {"milestone": "nam-2022"}])
@pytest.mark.parametrize(("fn", "key"), [(st.by_year, "year"), (st.by_field, "field_id"),
                                         (st.by_block, "block_id"), (st.by_unit, "unit_id")])
def test_counts_match_recount(demo_store_session, scope_kw, fn, key):
    store = demo_store_session
    kw = dict(scope_kw)
    if "milestone" in kw:
        kw["milestone_id"] = store.phases.milestone(kw.pop("milestone")).id
    scope = st.Scope(**kw)
    expected = _recount(store, scope, key)
    got = {r.key: r for r in fn(store, scope)}
    assert set(got) == set(expected)
    for k, c in expected.items():
        r = got[k]
        assert (r.registered, r.recognized_collective, r.recognized_individual, r.exemplary, r.replicated) == (
            c["registered"], c["rc"], c["ri"], c["ex"], c["rep"])
        assert r.registered >= r.recognized >= 0


def test_rollup_counts_former_units_under_successors(demo_store_session):
    store = demo_store_session
    flat = st.by_unit(store, st.Scope())
    rolled = st.by_unit(store, st.Scope(rollup=True))
    assert sum(r.registered for r in flat) == sum(r.registered for r in rolled) == store.initiatives.count()
    assert len(rolled) < len(flat)
    mapping = store.units.rollup_map()
    closed = {u.id for u in store.units.list() if u.valid_to is not None}
    assert not any(r.key in closed and mapping[r.key] != r.key for r in rolled)


def test_levels_labels_and_totals(demo_store_session):
    rows = st.by_level(demo_store_session, st.Scope(phase_id=1))
    assert [r.label for r in rows] == [lbl for code, lbl in catalog.LEVELS.items() if code in {r.key for r in rows}]
    t = st.totals(rows)
    assert t.registered == sum(r.registered for r in rows) and t.label == "Tổng cộng"


def test_awards_by_form_money(demo_store_session):
    store = demo_store_session
    rows = st.awards_by_form(store, st.Scope())
    assert sum(r.total for r in rows) == store.awards.count()
    assert sum(r.money for r in rows) == store.scalar("SELECT sum(amount) FROM awards WHERE deleted_at IS NULL")
    ms = store.phases.milestone("tong-ket-2025")
    in_ms = st.awards_by_form(store, st.Scope(milestone_id=ms.id))
    assert sum(r.total for r in in_ms) == store.scalar(
        "SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE d.milestone_id = ?", (ms.id,))


def test_outstanding_are_exemplary(demo_store_session):
    rows = st.outstanding(demo_store_session, st.Scope(phase_id=1))
    assert rows and all(demo_store_session.initiatives.get(r["id"]).exemplary for r in rows[:50])


def test_empty_database(store):
    assert st.by_year(store, st.Scope()) == [] and st.awards_by_form(store, st.Scope()) == []
    assert st.totals([]).registered == 0 and st.totals([]).rate == 0.0
