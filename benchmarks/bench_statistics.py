"""Statistics appendix tables over 30,000 initiatives (every table of DOMAIN.md §5.3).

A phase scope counts today's statuses; a milestone scope (sơ kết 2023, tổng kết 2025) counts what
was recorded at the milestone (its reviews, its decisions, nhân rộng from the status history), each
table still one GROUP BY. The milestone figures are printed beside the phase scope's, measured in
the same run.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.harness import Bench
from dvdesk.demo import build_demo
from dvdesk.services import statistics as st
from dvdesk.store.db import open_store


def _all_tables(store, scope):
    return [fn(store, scope) for fn in (st.by_year, st.by_field, st.by_block, st.by_level, st.by_unit,
                                        st.awards_by_form, st.outstanding)]


def _appendix_tables(store, scope):
    """What the appendix computes (Biểu 1–7, the unit table rolled up to the district), no rendering:
    a milestone's scope read once (st.prepared), then one GROUP BY per table, as the appendix does."""
    with st.prepared(store, scope) as ps:
        return [*_all_tables(store, ps), st.by_unit(store, ps, "huyen")]


def _python_baseline(store):
    """Baseline: fetch the rows and count in Python (what a spreadsheet-like approach does)."""
    rows = store.conn.execute("SELECT year, field_id, block_id, recognition_level, unit_id, status, exemplary "
                              "FROM initiatives WHERE deleted_at IS NULL AND phase_id = 1").fetchall()
    for col in range(5):
        Counter(r[col] for r in rows)


def _best(fn, repeat: int = 3) -> float:
    return min(_timed(fn) for _ in range(repeat))


def run(bench: Bench) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stats.sqlite3"
        build_demo(db, initiatives=30_000, awards=10_000, seed=2025)
        store = open_store(db)
        phase = st.Scope(phase_id=1)
        base = _best(lambda: _python_baseline(store))
        for label, scope in [("phase 2021–2025", phase),
                             ("phase, rolled up to successors", st.Scope(phase_id=1, rollup=True))]:
            bench.report(f"statistics, {label}", _best(lambda s=scope: _all_tables(store, s)),
                         "bare fetch + 5 plain Counters (no splits)", base, target="< 0.3 s")
        phase_appendix = _best(lambda: _appendix_tables(store, phase))
        bench.report("appendix tables, phase 2021–2025 (current)", phase_appendix,
                     "bare fetch + 5 plain Counters (no splits)", base, target="< 0.5 s")
        for key in ("so-ket-2023", "tong-ket-2025"):
            scope = st.Scope(milestone_id=store.phases.milestone(key).id)
            bench.report(f"statistics, milestone {key}, unprepared", _best(lambda s=scope: _all_tables(store, s)),
                         "bare fetch + 5 plain Counters (no splits)", base, target="< 0.3 s")
            bench.report(f"appendix tables, {key} (at the milestone)",
                         _best(lambda s=scope: _appendix_tables(store, s)),
                         "the phase scope's appendix tables", phase_appendix, target="< 0.5 s")
        store.close()


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t
