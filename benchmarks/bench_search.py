"""Search: `dvdesk search` over initiatives and awards on the 30k demo, beside Python fold-and-filter."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Bench, percentiles
from dvdesk.demo import build_demo
from dvdesk.domain.vntext import fold
from dvdesk.store.db import open_store
from dvdesk.store.people import search_people

QUERIES = ["nguyen van an", "Nguyễn Thị", "tran", "Lê Minh", "pho bi thu", "xa vinh", "10-QĐ", "dvk-2023-01",
           "hội nông dân", "vo thi", "Huỳnh", "an giang", "truong ap", "dan van kheo", "phạm văn"]


def _naive(rows_i: list[tuple], rows_a: list[tuple], query: str, limit: int = 20) -> tuple[list, list]:
    """Baseline: fold every field of every row in Python, keep rows holding all the words, rank."""
    words = fold(query).split()
    phrase = " ".join(words)

    def ranked(rows, person_at):
        out = []
        for row in rows:
            fields = [fold(x) for x in row[1:]]
            if not all(any(w in f for f in fields) for w in words):
                continue
            rank = 0 if phrase in fields[person_at] else 1 if any(all(w in f for w in words) for f in fields) else 2
            out.append((rank, row[0]))
        return sorted(out)[:limit]

    return ranked(rows_i, 3), ranked(rows_a, 0)


def run(bench: Bench) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        build_demo(db, initiatives=30_000, awards=10_000, seed=2025)
        store = open_store(db)
        rng = random.Random(3)
        queries = [rng.choice(QUERIES) for _ in range(200)]
        lat = []
        for q in queries:
            t = time.perf_counter()
            search_people(store, q, limit=20)  # what `dvdesk search` and the Ctrl+F dialog run
            lat.append(time.perf_counter() - t)
        p50, p95 = percentiles(lat)
        rows_i = store.conn.execute("SELECT id, code, name, unit_name, person_name, person_position, area, tags "
                                    "FROM initiatives WHERE deleted_at IS NULL").fetchall()
        rows_a = store.conn.execute("SELECT a.id, a.recipient_name, a.position, a.unit_text, d.number FROM awards a "
                                    "JOIN decisions d ON d.id = a.decision_id WHERE a.deleted_at IS NULL").fetchall()
        base = []
        for q in queries[:20]:
            t = time.perf_counter()
            _naive(rows_i, rows_a, q)
            base.append(time.perf_counter() - t)
        b50, b95 = percentiles(base)
        bench.report("people search p50 (30k + 10k awards)", p50, "Python fold-and-filter p50", b50, target="< 50 ms")
        bench.report("people search p95 (30k + 10k awards)", p95, "Python fold-and-filter p95", b95, target="< 50 ms")
        worst = max(QUERIES, key=lambda q: min(_time(store, q) for _ in range(3)))
        bench.report(f"slowest query ({worst!r})", min(_time(store, worst) for _ in range(3)),
                     "its fold-and-filter", min(_time_naive(rows_i, rows_a, worst) for _ in range(2)))
        store.close()


def _time(store, q: str) -> float:
    t = time.perf_counter()
    search_people(store, q, limit=20)
    return time.perf_counter() - t


def _time_naive(rows_i, rows_a, q: str) -> float:
    t = time.perf_counter()
    _naive(rows_i, rows_a, q)
    return time.perf_counter() - t
