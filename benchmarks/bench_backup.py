"""Data safety at province scale (30k initiatives): backup, verify, restore, start-up check."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Bench, timed
from dvdesk.demo import build_demo
from dvdesk.store.backup import auto_backup, backup_database, content_checksum, restore_backup, verify_backup
from dvdesk.store.check import check_database
from dvdesk.store.db import open_store


def run(bench: Bench) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "bench.sqlite3"
        build_demo(db, initiatives=30_000, awards=10_000, seed=2025)
        open_store(db).close()
        size_mb = db.stat().st_size / 1e6
        # baseline: copying the bytes of the (closed) file — the raw I/O a backup cannot beat
        copy = timed(lambda: shutil.copyfile(db, tmp / "copy.sqlite3"), repeat=3)

        infos = []
        t_backup = timed(lambda: infos.append(backup_database(db, tmp / "bk")), repeat=3)
        info = infos[-1]
        bench.report(f"backup {size_mb:.0f} MB db (API + zip + verify)", t_backup, "file copy", copy, target="< 5 s")
        bench.report("backup file size", info.size / 1e6, "database size", size_mb, unit="MB")
        t_verify = timed(lambda: verify_backup(info.path, deep=True), repeat=3)
        bench.report("verify backup (CRC + sha + quick_check)", t_verify, "file copy", copy, target="< 3 s")

        t_skip = timed(lambda: auto_backup(db, "", force=True), repeat=3)  # unchanged: snapshot only
        bench.report("auto backup when nothing changed (skip)", t_skip, "full backup", t_backup, target="< 2 s")

        c = sqlite3.connect(db)
        before = content_checksum(c)
        c.close()
        t_restore = timed(lambda: restore_backup(info.path, db, keep_current=False), repeat=3)
        bench.report("restore (verify + backup API into the db)", t_restore, "file copy", copy, target="< 5 s")
        c = sqlite3.connect(db)
        t0 = time.perf_counter()
        after = content_checksum(c)
        t_sum = time.perf_counter() - t0
        c.close()
        assert after == before, "restore changed the content"
        bench.report("content checksum (every row of every table)", t_sum, "file copy", copy)

        t_quick = timed(lambda: check_database(db, quick=True, foreign_keys=False), repeat=3)

        def open_only():
            open_store(db).close()

        t_open = timed(open_only, repeat=3)
        bench.report("start-up check (quick_check)", t_quick, "open_store alone", t_open,
                     target="< 1 s")
        t_full = timed(lambda: check_database(db), repeat=1)
        bench.report("dvdesk check (integrity_check)", t_full, "start-up quick check", t_quick)
