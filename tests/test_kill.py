"""Crash safety: a process doing edits, imports and backups is killed (SIGKILL) at random moments,
round after round; after each kill the database must pass ``integrity_check`` and
``foreign_key_check``, hold every commit that was acknowledged, show no half-done import, keep
its audit log in step with the data, and have no half-written backup under a real name.

How: a small server process (this file run with ``--serve``) imports dvdesk once and forks one
worker per round (so a round costs milliseconds, not an interpreter start). The worker opens a
fresh copy of a small database and loops: it writes ``TRY …`` before each action and
``ACK …`` (with the ids and codes committed) after ``COMMIT`` returned, straight to the pipe with
``os.write`` (no buffering to lose). The test kills the worker with SIGKILL after a seeded random
delay, then reads the lines and checks the database.

``DVDESK_KILL_ROUNDS=500`` runs more rounds (default 100).
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import pytest

ROUNDS = int(os.environ.get("DVDESK_KILL_ROUNDS", "100"))
MAX_DELAY = 0.25  # seconds of work before the kill (uniform from 0)
SEED = 20251015
DATA = Path(__file__).parent / "data"

pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="needs fork and SIGKILL")


# -- the worker (in the forked child) ----------------------------------------------------------------------
def _work(db: str, seed: int) -> None:
    from datetime import date

    from dvdesk.domain.entities import Initiative
    from dvdesk.store.backup import backup_database
    from dvdesk.store.db import open_store

    def say(line: str) -> None:
        os.write(1, (line + "\n").encode("utf-8"))

    tempfile.tempdir = str(Path(db).parent / "tmp")  # a killed backup's leftovers stay in the round's folder
    os.makedirs(tempfile.tempdir, exist_ok=True)

    store = open_store(db)
    store.conn.execute("PRAGMA wal_autocheckpoint = 50")  # checkpoint often: kills land in them too
    rng = random.Random(seed)
    unit = store.scalar("SELECT id FROM units WHERE deleted_at IS NULL AND (valid_from IS NULL OR "
                        "valid_from <= '2023-03-01') AND (valid_to IS NULL OR valid_to >= '2023-03-01') "
                        "ORDER BY id LIMIT 1")
    phase = store.phases.by_code("2021-2025").id
    base_ids = [r[0] for r in store.conn.execute("SELECT id FROM initiatives ORDER BY id LIMIT 10")]
    created: list[int] = []

    def new(name: str) -> Initiative:
        return Initiative(name=name, unit_id=unit, phase_id=phase, year=2023, registered_on=date(2023, 3, 1),
                          budget=rng.randint(0, 10**7))

    say(f"READY {os.getpid()}")
    n = 0
    while True:
        n += 1
        r = rng.random()
        if r < 0.30:  # one edit: a new record
            name = f"e-{seed}-{n}"
            say(f"TRY E {name}")
            i = store.initiatives.create(new(name))
            created.append(i.id)
            say(f"ACK E {name} {i.id} {i.code}")
        elif r < 0.55:  # one edit: rename an existing record
            iid = rng.choice(base_ids)
            name = f"u-{seed}-{n}"
            say(f"TRY U {iid} {name}")
            obj = store.initiatives.get(iid)
            obj.name = name
            store.initiatives.update(obj)
            say(f"ACK U {iid} {name}")
        elif r < 0.65 and created:  # one edit: to the trash
            iid = created.pop(rng.randrange(len(created)))
            say(f"TRY D {iid}")
            store.initiatives.delete(iid)
            say(f"ACK D {iid}")
        elif r < 0.97:  # an import: many rows in one transaction, all or nothing
            k = rng.randint(10, 80)
            tag = f"b-{seed}-{n}"
            say(f"TRY B {tag} {k}")
            with store.tx():
                for j in range(k):
                    store.initiatives.create(new(f"{tag}-{j}"))
                store.settings.set("last_import", tag)
            say(f"ACK B {tag} {k}")
        else:  # a backup while working
            say("TRY K")
            info = backup_database(db, reason="tu-dong")
            say(f"ACK K {info.path}")


def _serve() -> None:
    """Read ``RUN <db> <seed>`` lines; fork a worker for each, report ``DONE <pid> <status>``."""
    import dvdesk.store.backup
    import dvdesk.store.db
    import dvdesk.store.repositories  # noqa: F401  (imported once, before forking)

    for line in sys.stdin:
        _cmd, db, seed = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _work(db, int(seed))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 3
            os._exit(code)
        _pid, status = os.waitpid(pid, 0)
        os.write(1, f"DONE {pid} {status}\n".encode())


# -- the test (parent) ---------------------------------------------------------------------------------------
class Server:
    def __init__(self, log: Path):
        self.err = open(log, "wb")
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--serve"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.err)
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            self.lines.put(raw.decode("utf-8").rstrip("\n"))
        self.lines.put("EOF")

    def get(self, timeout: float = 60) -> str:
        line = self.lines.get(timeout=timeout)
        if line == "EOF":
            raise AssertionError("the kill-test server died")
        return line

    def run(self, db: Path, seed: int) -> None:
        self.proc.stdin.write(f"RUN {db} {seed}\n".encode())
        self.proc.stdin.flush()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(30)
        self.err.close()


def _check(db: Path, lines: list[str], base_max_id: int, original_names: dict[int, str]) -> dict[str, int]:
    """Everything acknowledged is there, nothing half-done is visible. Returns what was checked."""
    from dvdesk.store.backup import verify_backup

    c = sqlite3.connect(db)  # opening recovers the hot WAL of the killed writer
    try:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = {r[0]: (r[1], r[2], r[3]) for r in c.execute("SELECT id, name, code, deleted_at FROM initiatives")}
        by_name = {name: (iid, code, deleted) for iid, (name, code, deleted) in rows.items()}
        audit = c.execute("SELECT action, row_id, after FROM audit_log WHERE table_name = 'initiatives'").fetchall()
    finally:
        c.close()
    inserted = {rid for action, rid, _ in audit if action == "insert"}
    deleted_logged = {rid for action, rid, _ in audit if action == "delete"}
    renamed = {(rid, json.loads(after).get("name")) for action, rid, after in audit if action == "update"}
    new_ids = {iid for iid in rows if iid > base_max_id}
    # the audit log is written in the same transaction as the data: never one without the other
    assert new_ids == {rid for rid in inserted if rid > base_max_id}

    stats = dict.fromkeys(("acked", "unacked", "batches", "backups"), 0)
    tries = [ln.split() for ln in lines if ln.startswith("TRY ")]
    acks = [ln.split() for ln in lines if ln.startswith("ACK ")]
    stats["acked"] = len(acks)
    assert len(tries) - len(acks) in (0, 1), "only the action in progress can lack its acknowledgement"
    last_try = tries[-1] if len(tries) > len(acks) else None
    stats["unacked"] = 1 if last_try else 0

    names_by_id: dict[int, list[tuple[str, bool]]] = {}
    for t in tries:
        if t[1] == "U":
            names_by_id.setdefault(int(t[2]), []).append((t[3], False))
    for a in acks:
        kind = a[1]
        if kind == "E":
            name, iid, code = a[2], int(a[3]), a[4]
            assert name in by_name, f"acknowledged insert lost: {name}"
            assert by_name[name][0] == iid and by_name[name][1] == code
        elif kind == "U":
            iid, name = int(a[2]), a[3]
            seq = names_by_id[iid]
            seq[[s[0] for s in seq].index(name)] = (name, True)
            assert (iid, name) in renamed
        elif kind == "D":
            iid = int(a[2])
            assert rows[iid][2] is not None, f"acknowledged delete lost: {iid}"
            assert iid in deleted_logged
        elif kind == "B":
            tag, k = a[2], int(a[3])
            assert sum(1 for nm in by_name if nm.startswith(tag + "-")) == k, f"acknowledged import incomplete: {tag}"
        elif kind == "K":
            stats["backups"] += 1
            verify_backup(Path(a[2]), deep=True)
    for t in tries:  # every import, acknowledged or not: all of its rows or none
        if t[1] == "B":
            stats["batches"] += 1
            present = sum(1 for nm in by_name if nm.startswith(t[2] + "-"))
            assert present in (0, int(t[3])), f"half-done import visible: {t[2]} has {present}/{t[3]} rows"
    for iid, seq in names_by_id.items():  # the last acknowledged name, or a later attempt
        acked = [i for i, (_, ok) in enumerate(seq) if ok]
        allowed = {s[0] for s in seq[acked[-1]:]} if acked else {original_names[iid]} | {s[0] for s in seq}
        assert rows[iid][0] in allowed, f"initiative {iid}: {rows[iid][0]!r} not in {sorted(allowed)}"
    # an unacknowledged single insert is either fully there (with its audit row) or absent
    if last_try and last_try[1] == "E" and last_try[2] in by_name:
        assert by_name[last_try[2]][0] in inserted
    # no half-written backup under a real name
    folder = db.with_name(db.stem + "-backups")
    for p in folder.glob("*.dvbak") if folder.is_dir() else []:
        verify_backup(p, deep=True)
    return stats


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    from dvdesk.store.db import open_store

    path = tmp_path_factory.mktemp("kill") / "base.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", path)
    open_store(path).close()  # WAL mode, current schema, checkpointed into one file
    assert not Path(str(path) + "-wal").exists()
    return path


def test_killed_at_random_moments_loses_nothing(base_db, tmp_path):
    c = sqlite3.connect(base_db)
    base_max_id = c.execute("SELECT max(id) FROM initiatives").fetchone()[0]
    original_names = dict(c.execute("SELECT id, name FROM initiatives"))
    c.close()
    rng = random.Random(SEED)
    server = Server(tmp_path / "server.err")
    totals = dict.fromkeys(("acked", "unacked", "batches", "backups"), 0)
    t0 = time.perf_counter()
    try:
        for rnd in range(ROUNDS):
            db = tmp_path / f"r{rnd % 2}" / "dv.sqlite3"
            if db.parent.exists():
                shutil.rmtree(db.parent)
            db.parent.mkdir()
            shutil.copyfile(base_db, db)
            server.run(db, SEED + rnd)
            ready = server.get()
            assert ready.startswith("READY "), ready + (tmp_path / "server.err").read_text()
            pid = int(ready.split()[1])
            time.sleep(rng.uniform(0.0, MAX_DELAY))
            os.kill(pid, signal.SIGKILL)
            lines = []
            while not (line := server.get()).startswith("DONE "):
                lines.append(line)
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"round {rnd}: the worker stopped by itself\n" + (tmp_path / "server.err").read_text())
            try:
                stats = _check(db, lines, base_max_id, original_names)
            except AssertionError as exc:
                raise AssertionError(f"round {rnd} (seed {SEED + rnd}): {exc}") from exc
            for k, v in stats.items():
                totals[k] += v
    finally:
        server.close()
    elapsed = time.perf_counter() - t0
    print(f"\nkill test: {ROUNDS} rounds in {elapsed:.1f} s; {totals['acked']} acknowledged commits checked, "
          f"{totals['batches']} imports all-or-nothing, {totals['backups']} backups verified, "
          f"{totals['unacked']} kills with an action in flight")
    assert totals["acked"] >= ROUNDS // 2  # the workers really worked (≈4 per round here)
    assert totals["batches"] >= ROUNDS // 4


if __name__ == "__main__" and "--serve" in sys.argv:
    _serve()
