"""Fuzzing restore and check with mutated real backups and damaged database files.

Each mutated ``.dvbak`` (entry names, sizes, flags, compression, manifest fields, damaged database
pages with or without a recomputed checksum) is restored into a sandboxed data folder. Either the
restore succeeds — the database is then exactly the backup's (or, when the attacker recomputed
the checksum of a damaged database, one that passes every check) and every attachment file
hashes to its name — or it is refused with a Vietnamese :class:`DvdeskError` and the database and
its files are untouched. Nothing is ever written outside the sandbox's data folder (temporary
files go to the sandbox's own temp folder, which is empty again afterwards).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from hostile_backups import entries, file_state, member, set_flag, sha, tree, write_archive
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dvdesk.domain.errors import DvdeskError
from dvdesk.store import backup as bk
from dvdesk.store.check import check_database
from dvdesk.store.db import open_store

DATA = Path(__file__).parent / "data"
PHOTO = b"\x89PNG\r\n\x1a\n fuzzed attachment" * 30
VIETNAMESE = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ")
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The untouched state: a database with one attachment, and a real backup of it."""
    root = tmp_path_factory.mktemp("fuzz")
    data = root / "origin"
    data.mkdir()
    db = data / "dv.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", db)
    photo = root / "ảnh.png"
    photo.write_bytes(PHOTO)
    with open_store(db) as s:
        s.attachments.add("initiatives", s.scalar("SELECT min(id) FROM initiatives"), photo)
        s.conn.execute("DELETE FROM awards WHERE id % 3 = 0")  # the current state differs from the backup
    photo.unlink()
    good = bk.backup_database(db, root / "good.dvbak")
    with open_store(db) as s:
        s.conn.execute("DELETE FROM reviews WHERE id % 2 = 0")
    work = root / "expected.sqlite3"
    work.write_bytes(entries(good.path)[bk.DB_MEMBER])
    c = sqlite3.connect(work)
    expected = bk.content_checksum(c)
    c.close()
    return {"root": root, "db": db, "files": data / "dv-files", "good": good.path, "expected": expected}


def _checksum(path: Path) -> str:
    c = sqlite3.connect(path)
    try:
        return bk.content_checksum(c)
    finally:
        c.close()


class Sandbox:
    """A fresh data folder (the current database, no attachment files yet) and temp folder."""

    def __init__(self, base: dict):
        self.root = Path(tempfile.mkdtemp(prefix="sandbox-", dir=base["root"]))
        self.data = self.root / "data"
        self.tmp = self.root / "tmp"
        self.data.mkdir()
        self.tmp.mkdir()
        self.db = self.data / "dv.sqlite3"
        shutil.copyfile(base["db"], self.db)
        self.files = self.data / "dv-files"

    def outside(self, base: dict) -> dict[str, str]:
        """Everything under the fuzz root except this sandbox's data and temp folders."""
        all_files = tree(base["root"])
        inside = (str(self.data.relative_to(base["root"])), str(self.tmp.relative_to(base["root"])))
        return {k: v for k, v in all_files.items() if not k.startswith(inside)}


HOSTILE_NAMES = [
    "files/../../x", "files/../../../y", "../z", "files/ab/../../../w", "files/" + "a" * 64,
    "files/zz/" + "0" * 64, bk.DB_MEMBER, bk.MANIFEST, "files/", "tệp lạ.txt", "data/dv.sqlite3",
    "files/aa/" + "a" * 64, "./dvdesk.sqlite3", "dvdesk.sqlite3/", "FILES/aa/" + "a" * 64,
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
MANIFEST_KEYS = ["created_at", "schema_version", "counts", "db_sha256", "db_size", "files", "missing_files",
                 "reason", "source", "host", "user", "app", "app_version"]

manifest_change = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(MANIFEST_KEYS), json_values),
    st.tuples(st.just("drop"), st.sampled_from(MANIFEST_KEYS), st.none()),
)
entry_change = st.one_of(
    st.tuples(st.just("rename"), st.integers(0, 5), st.sampled_from(HOSTILE_NAMES)),
    st.tuples(st.just("add"), st.sampled_from(HOSTILE_NAMES), st.binary(max_size=64) | st.just(bytes(1 << 20))),
    st.tuples(st.just("drop"), st.integers(0, 5), st.none()),
    st.tuples(st.just("truncate"), st.integers(0, 5), st.integers(0, 4096)),
    st.tuples(st.just("extend"), st.integers(0, 5), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("add-valid-unreferenced"), st.binary(max_size=32), st.none()),
)
db_damage = st.tuples(st.integers(0, 200), st.integers(0, 4095), st.binary(min_size=1, max_size=256))


def _build(base: dict, path: Path, manifest_changes, damages, fix_checksum, entry_changes, compression,
           flags) -> bool:
    """Write the mutated backup; True when the database inside is still the backup's."""
    old = entries(base["good"])
    m = json.loads(old[bk.MANIFEST])
    for kind, key, value in manifest_changes:
        if kind == "set":
            m[key] = value
        else:
            m.pop(key, None)
    db = bytearray(old[bk.DB_MEMBER])
    for page, offset, junk in damages:
        start = (page % max(1, len(db) // 4096)) * 4096 + offset
        db[start:start + len(junk)] = junk
    db_same = bytes(db) == old[bk.DB_MEMBER]
    if not db_same and fix_checksum:  # what an attacker would do
        m["db_sha256"], m["db_size"] = sha(bytes(db)), len(db)
    items = [(n, d) for n, d in old.items() if n not in (bk.MANIFEST, bk.DB_MEMBER)]
    items = [(bk.DB_MEMBER, bytes(db)), *items, (bk.MANIFEST, json.dumps(m).encode())]
    for kind, a, b in entry_changes:
        i = a % len(items) if isinstance(a, int) and items else 0
        if kind == "rename" and items:
            items[i] = (b, items[i][1])
        elif kind == "add":
            items.append((a, b))
        elif kind == "drop" and items:
            items.pop(i)
        elif kind == "truncate" and items:
            items[i] = (items[i][0], items[i][1][:b])
        elif kind == "extend" and items:
            items[i] = (items[i][0], items[i][1] + b)
        elif kind == "add-valid-unreferenced":
            items.append((member(sha(a)), a))
    write_archive(path, items, compression)
    for name, bit in flags:
        if any(n == name for n, _ in items):
            set_flag(path, name, bit)
    return db_same


def _is_vietnamese(message: str) -> bool:
    return bool(set(message) & VIETNAMESE)


def _sometimes(strategy):
    """Mostly nothing, so that a mutation often reaches the deeper checks alone."""
    return st.one_of(st.just([]), st.just([]), strategy)


@FUZZ
@given(manifest_changes=_sometimes(st.lists(manifest_change, min_size=1, max_size=2)),
       damages=_sometimes(st.lists(db_damage, min_size=1, max_size=2)),
       fix_checksum=st.booleans(), entry_changes=_sometimes(st.lists(entry_change, min_size=1, max_size=3)),
       compression=st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]),
       flags=_sometimes(st.lists(st.tuples(st.sampled_from([bk.DB_MEMBER, bk.MANIFEST]),
                                           st.sampled_from([0x1, 0x20, 0x40])), min_size=1, max_size=1)))
def test_restore_of_mutated_backups(base, monkeypatch, manifest_changes, damages, fix_checksum, entry_changes,
                                    compression, flags):
    box = Sandbox(base)
    try:
        hostile = box.root / "hostile.dvbak"
        db_same = _build(base, hostile, manifest_changes, damages, fix_checksum, entry_changes, compression, flags)
        monkeypatch.setattr(tempfile, "tempdir", str(box.tmp))
        before_db, outside = file_state(box.db), box.outside(base)
        try:
            bk.restore_backup(hostile, box.db)
        except DvdeskError as exc:
            assert _is_vietnamese(str(exc)), str(exc)
            assert file_state(box.db) == before_db
            assert not box.files.exists()
        else:
            if db_same:
                assert _checksum(box.db) == base["expected"]
            else:
                report = check_database(box.db, suggest_backup=False)
                assert report.healthy, report.problems
            for stored in (box.files.glob("*/*") if box.files.exists() else []):
                assert stored.parent.name == stored.name[:2] and len(stored.name) == 64
                assert sha(stored.read_bytes()) == stored.name  # every file hashes to its name
        finally:
            monkeypatch.undo()
        assert box.outside(base) == outside  # nothing written outside the data folder
        assert list(box.tmp.iterdir()) == []  # temporary files cleaned up
        assert not [p for p in box.data.iterdir() if p.name.startswith(bk.TMP_PREFIX)]
    finally:
        shutil.rmtree(box.root, ignore_errors=True)


@FUZZ
@given(damages=st.lists(db_damage, min_size=1, max_size=3))
@example(damages=[(156, 530, b"\x80")])  # invalid UTF-8 in the schema: SQLite's error message cannot be decoded
def test_check_of_damaged_database_files(base, damages):
    box = Sandbox(base)
    try:
        raw = bytearray(box.db.read_bytes())
        for page, offset, junk in damages:
            start = (page % max(1, len(raw) // 4096)) * 4096 + offset
            raw[start:start + len(junk)] = junk
        box.db.write_bytes(bytes(raw))
        report = check_database(box.db, suggest_backup=False)  # never a traceback
        assert all(_is_vietnamese(p) for p in report.problems), report.problems
        assert box.db.read_bytes() == bytes(raw)  # checking never writes
        try:
            bk.backup_database(box.db, box.root / "bk")
        except DvdeskError as exc:
            assert _is_vietnamese(str(exc))
    finally:
        shutil.rmtree(box.root, ignore_errors=True)
