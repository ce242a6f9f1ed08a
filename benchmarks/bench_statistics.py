"""Statistics appendix tables over 30,000 initiatives (every table of DOMAIN.md §5.3)."""

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


def _python_baseline(store):
    """Baseline: fetch the rows and count in Python (what a spreadsheet-like approach does)."""
    rows = store.conn.execute("SELECT year, field_id, block_id, recognition_level, unit_id, status, exemplary "
                              "FROM initiatives WHERE deleted_at IS NULL AND phase_id = 1").fetchall()
    for col in range(5):
        Counter(r[col] for r in rows)


def run(bench: Bench) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stats.sqlite3"
        build_demo(db, initiatives=30_000, awards=10_000, seed=2025)
        store = open_store(db)
        for label, scope in [("phase 2021–2025", st.Scope(phase_id=1)),
                             ("milestone so-ket-2023", st.Scope(milestone_id=store.phases.milestone("so-ket-2023").id)),
                             ("phase, rolled up to successors", st.Scope(phase_id=1, rollup=True))]:
            best = min(_timed(lambda s=scope: _all_tables(store, s)) for _ in range(3))
            base = min(_timed(lambda: _python_baseline(store)) for _ in range(3))
            bench.report(f"statistics, {label}", best, "bare fetch + 5 plain Counters (no splits)", base, target="< 0.3 s")
        store.close()


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t
