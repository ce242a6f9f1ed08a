"""The statistics appendix of a milestone says what was recorded AT that milestone (docs/domain.md).

Sơ kết 2023, tổng kết 2025 and a year-end review (năm 2022) on the demo database: the appendix,
read back from its workbook, equals the milestone's own counts computed here with plain SQL over
``reviews``, ``decisions`` and ``awards`` (never today's statuses); a model whose status changes
later leaves the milestone's appendix unchanged; every table keeps registered ≥ recognized ≥ tiêu
biểu.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import openpyxl
import pytest

from dvdesk.services import milestone_figures
from dvdesk.services import statistics as st
from dvdesk.services.reports import export, statistics_appendix

MILESTONES = ["so-ket-2023", "tong-ket-2025", "nam-2022"]
COUNT_SHEETS = ("1. Theo năm", "2. Theo lĩnh vực", "3. Theo khối", "4. Theo đơn vị")
LEVEL_NAMES = {"trung_uong": "Trung ương", "tinh": "Tỉnh", "huyen": "Huyện", "xa": "Xã/cơ sở"}


# -- the milestone's own counts, plain SQL -----------------------------------------------------

# the models in the milestone's scope: its phase, live, registered on or before its date
SCOPE = """
    FROM initiatives i, milestones m
    WHERE m.id = :m AND i.deleted_at IS NULL AND i.phase_id = m.phase_id
      AND coalesce(i.registered_on, i.year || '-01-01') <= coalesce(m.held_on, m.year || '-12-31')
"""
REVIEW = "(SELECT {col} FROM reviews r WHERE r.initiative_id = i.id AND r.milestone_id = :m AND r.deleted_at IS NULL)"


def expected(store, key: str) -> dict:
    mid = store.phases.milestone(key).id
    p = {"m": mid}
    rec, ex, lvl = (REVIEW.format(col=c) for c in ("recognized", "exemplary", "recognition_level"))

    def split(cond: str) -> tuple[int, int]:
        return tuple(store.conn.execute(
            f"SELECT count(CASE WHEN i.subject_kind = 'tap_the' THEN 1 END), "
            f"count(CASE WHEN i.subject_kind = 'ca_nhan' THEN 1 END) {SCOPE} AND {cond}", p).fetchone())

    replicated = ("EXISTS (SELECT 1 FROM initiative_status_log l WHERE l.initiative_id = i.id "
                  "AND l.to_status = 'nhan_rong' AND l.changed_on <= coalesce(m.held_on, m.year || '-12-31'))")
    levels = {LEVEL_NAMES.get(k, "Chưa ghi cấp công nhận"): n for k, n in store.conn.execute(
        f"SELECT {lvl} AS k, count(*) {SCOPE} AND {rec} = 1 GROUP BY k", p)}
    awards = {name: (c, n, money) for name, c, n, money in store.conn.execute(
        "SELECT f.name, count(CASE WHEN a.recipient_kind = 'tap_the' THEN 1 END), "
        "count(CASE WHEN a.recipient_kind = 'ca_nhan' THEN 1 END), sum(a.amount) "
        "FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_forms f ON f.id = d.form_id "
        "WHERE d.milestone_id = :m AND d.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY f.name", p)}
    return {
        "registered": split("1"),
        "recognized": split(f"{rec} = 1"),
        "exemplary": sum(split(f"{ex} = 1")),
        "replicated": sum(split(replicated)),
        "levels": levels,
        "awards": awards,
        "exemplary_codes": {r[0] for r in store.conn.execute(f"SELECT i.code {SCOPE} AND {ex} = 1", p)},
        "exemplary_names": sorted(r[0] for r in store.conn.execute(f"SELECT i.name {SCOPE} AND {ex} = 1", p)),
    }


# -- the appendix, read back from its workbook ---------------------------------------------------

def _sheet_rows(wb, name):
    rows = list(wb[name].iter_rows(values_only=True))
    data = [r for r in rows if isinstance(r[0], int) and not isinstance(r[0], bool)]
    total = next((r for r in rows if r[0] == "Tổng cộng"), None)
    return rows, data, total


def read_appendix(store, scope: st.Scope, tmp_path) -> dict:
    tmp_path.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.load_workbook(export(statistics_appendix(store, scope), tmp_path / "pl.xlsx"), data_only=True)
    subject = next(c for r in wb.worksheets[0].iter_rows(values_only=True) for c in r
                   if isinstance(c, str) and c.startswith("kết quả phong trào"))
    out: dict = {"subject": subject, "tables": {}}
    for name in COUNT_SHEETS:
        _, data, total = _sheet_rows(wb, name)
        # TT, label, registered tập thể / cá nhân / tổng, recognized tập thể / cá nhân / tổng, tiêu biểu, nhân rộng, rate
        out["tables"][name] = {"rows": [r[1:10] for r in data], "total": total[2:10]}
    _, data, total = _sheet_rows(wb, "5. Theo cấp công nhận")
    out["levels"] = {r[1]: r[4] for r in data}
    out["levels_total"] = total[2:7] if total else None
    _, data, _ = _sheet_rows(wb, "6. Khen thưởng")
    out["awards"] = {r[1]: (r[2], r[3], r[5]) for r in data}
    rows, data, _ = _sheet_rows(wb, "7. Tiêu biểu")
    out["exemplary_names"] = [r[1] for r in data]
    out["exemplary_header"] = next(r for r in rows if r[0] == "TT")
    return out


@pytest.fixture(scope="module")
def appendices(demo_store_session, tmp_path_factory):
    s = demo_store_session
    return {key: read_appendix(s, st.Scope(milestone_id=s.phases.milestone(key).id), tmp_path_factory.mktemp(key))
            for key in MILESTONES}


@pytest.mark.parametrize("key", MILESTONES)
def test_appendix_equals_the_milestones_own_counts(demo_store_session, appendices, key):
    s = demo_store_session
    want = expected(s, key)
    got = appendices[key]
    (rc, ri), (kc, ki) = want["registered"], want["recognized"]
    for name in COUNT_SHEETS:
        total = got["tables"][name]["total"]
        assert total[:8] == (rc, ri, rc + ri, kc, ki, kc + ki, want["exemplary"], want["replicated"]), name
    assert got["levels"] == want["levels"]
    assert got["levels_total"][:4] == (kc, ki, kc + ki, want["exemplary"])
    assert got["awards"] == want["awards"]
    assert len(got["exemplary_names"]) == want["exemplary"]
    assert sorted(got["exemplary_names"]) == want["exemplary_names"]
    # what the dashboard shows for the milestone is the same figures (one definition of the scope)
    f = milestone_figures.figures(s, s.phases.milestone(key).id)
    assert (f.registered.collective, f.registered.individual, f.recognized.total, f.exemplary.total,
            f.replicated.total, f.awards_total, f.money_total) == (
        rc, ri, kc + ki, want["exemplary"], want["replicated"], sum(a[0] + a[1] for a in want["awards"].values()),
        sum(a[2] for a in want["awards"].values()))


@pytest.mark.parametrize("key", MILESTONES)
def test_milestone_differs_from_todays_statuses_and_says_so(demo_store_session, appendices, key):
    """The demo's statuses moved on after each milestone: the current-state count is not the
    milestone's — the appendix must be the milestone's (this is what failed before)."""
    s = demo_store_session
    m = s.phases.milestone(key)
    today = s.scalar("SELECT count(*) FROM initiatives WHERE phase_id = ? AND year <= ? AND deleted_at IS NULL "
                     "AND status IN ('cong_nhan','tieu_bieu','de_nghi_khen','nhan_rong')", (m.phase_id, m.year))
    recognized = appendices[key]["tables"]["1. Theo năm"]["total"][5]
    assert recognized < today
    held = date.fromisoformat(s.scalar("SELECT coalesce(held_on, year || '-12-31') FROM milestones WHERE id = ?",
                                       (m.id,)))
    assert f"(số liệu tại kỳ, tính đến ngày {held:%d/%m/%Y})" in appendices[key]["subject"]
    assert appendices[key]["exemplary_header"][-1] == "Đã nhân rộng"


@pytest.mark.parametrize("key", MILESTONES)
def test_funnel_holds_in_every_row(appendices, key):
    got = appendices[key]
    for name in COUNT_SHEETS:
        for row in [*got["tables"][name]["rows"], (None, *got["tables"][name]["total"])]:
            reg_c, reg_i, reg, rec_c, rec_i, rec, ex, _rep = row[1:9]
            assert reg_c + reg_i == reg and rec_c + rec_i == rec, (name, row)
            assert reg_c >= rec_c and reg_i >= rec_i and reg >= rec >= ex >= 0, (name, row)
        # every table adds up to the same milestone
        assert got["tables"][name]["total"] == got["tables"]["1. Theo năm"]["total"], name
    assert sum(got["levels"].values()) == got["tables"]["1. Theo năm"]["total"][5]


def test_every_service_table_reads_the_milestone(demo_store_session):
    """The service tables (also used without the appendix) at a milestone: by level from the review's
    recorded level, the unit table rolled up, the tiêu biểu list from the reviews."""
    s = demo_store_session
    key = "tong-ket-2025"
    want = expected(s, key)
    scope = st.Scope(milestone_id=s.phases.milestone(key).id)
    total = want["registered"][0] + want["registered"][1]
    for rows in (st.by_unit(s, scope, "tinh"), st.by_unit(s, dataclasses.replace(scope, rollup=True), "huyen")):
        t = st.totals(rows)
        assert (t.registered, t.registered_collective, t.recognized, t.exemplary) == (
            total, want["registered"][0], sum(want["recognized"]), want["exemplary"])
    assert {r.label: r.recognized for r in st.by_level(s, scope)} == want["levels"]
    out = st.outstanding(s, scope)
    assert {r["code"] for r in out} == want["exemplary_codes"]
    assert all(r["recognition_level"] for r in out)


@pytest.mark.parametrize("key", ["so-ket-2023", "tong-ket-2025"])
def test_prepared_scope_gives_the_same_tables(demo_store_session, key):
    """The appendix reads a milestone's scope once (st.prepared) and groups that: same tables as the
    direct queries, and the temporary table is gone afterwards."""
    s = demo_store_session
    scope = st.Scope(milestone_id=s.phases.milestone(key).id, rollup=True)
    with st.prepared(s, scope) as ps:
        assert ps.snapshot is not None
        for fn in (st.by_year, st.by_field, st.by_block, st.by_level, st.by_unit, st.outstanding, st.awards_by_form):
            assert fn(s, ps) == fn(s, scope), fn.__name__
        assert st.by_unit(s, ps, "tinh") == st.by_unit(s, scope, "tinh")
    assert not s.conn.execute("SELECT name FROM sqlite_temp_master WHERE type = 'table'").fetchall()
    with st.prepared(s, st.Scope(phase_id=1)) as ps:
        assert ps == st.Scope(phase_id=1) and ps.snapshot is None


def test_a_later_status_change_leaves_the_milestone_appendix_alone(demo_store, tmp_path):
    s = demo_store
    before = {key: read_appendix(s, st.Scope(milestone_id=s.phases.milestone(key).id), tmp_path / f"a-{key}")
              for key in ("so-ket-2023", "nam-2022")}
    phase_before = st.totals(st.by_year(s, st.Scope(phase_id=1)))
    sk = s.phases.milestone("so-ket-2023")
    # models in the sơ kết's scope not recognized there, and ones recognized there: their record moves on today
    later = [r[0] for r in s.conn.execute(
        "SELECT i.id FROM initiatives i LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = ? "
        "WHERE i.phase_id = ? AND i.year <= 2022 AND i.deleted_at IS NULL AND coalesce(r.recognized, 0) = 0 "
        "AND i.status IN ('dang_ky','tham_dinh','phan_loai') ORDER BY i.id LIMIT 5", (sk.id, sk.phase_id))]
    stopped = [r[0] for r in s.conn.execute(
        "SELECT i.id FROM initiatives i JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = ? "
        "WHERE r.exemplary = 1 AND r.deleted_at IS NULL ORDER BY i.id LIMIT 5", (sk.id,))]
    assert len(later) == 5 and len(stopped) == 5
    for iid in later:
        i = s.initiatives.get(iid)
        s.initiatives.update(dataclasses.replace(i, status="nhan_rong", rating="tot", exemplary=True,
                                                 recognition_level="tinh", recognition_date=date.today(),
                                                 replication_count=4))
    for iid in stopped:
        i = s.initiatives.get(iid)
        s.initiatives.update(dataclasses.replace(i, status="dung", exemplary=False, replication_count=0))
    assert st.totals(st.by_year(s, st.Scope(phase_id=1))) != phase_before  # the current state did move
    for key, old in before.items():
        new = read_appendix(s, st.Scope(milestone_id=s.phases.milestone(key).id), tmp_path / f"b-{key}")
        assert new == old, key


def test_the_appendix_snapshot_works_read_only_and_leaves_nothing(demo_file, tmp_path):
    """The milestone scope is read once into a TEMP table owned by the store: fine on a database opened
    read-only (the Báo cáo page of a read-only copy), dropped afterwards, the file untouched."""
    import shutil

    from dvdesk.services import statistics as st
    from dvdesk.services.reports.statistics_report import statistics_appendix
    from dvdesk.store.db import open_read_only

    copy = tmp_path / "ro.sqlite3"
    shutil.copyfile(demo_file, copy)
    before = copy.read_bytes()
    with open_read_only(copy) as s:
        m = s.phases.milestone("tong-ket-2025")
        doc = statistics_appendix(s, st.Scope(milestone_id=m.id))
        assert len(doc.documents[0].tables) == 7
        assert s.query("SELECT name FROM sqlite_temp_master") == []
    assert copy.read_bytes() == before
