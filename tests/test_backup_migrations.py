"""Every schema version that ever shipped (tests/data/schema_v*.sqlite3) migrates to the current
one, after a verified backup of the untouched file, with no record lost."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from dvdesk.store import backup as bk
from dvdesk.store.db import open_store
from dvdesk.store.migrations import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"
SHIPPED = sorted(DATA.glob("schema_v*.sqlite3"))


def _facts(path: Path) -> tuple[int, str, dict[str, int]]:
    c = sqlite3.connect(path)
    try:
        return c.execute("PRAGMA user_version").fetchone()[0], bk.content_checksum(c), bk._counts(c)
    finally:
        c.close()


def test_every_shipped_version_is_kept():
    versions = sorted(int(p.stem.removeprefix("schema_v")) for p in SHIPPED)
    assert versions == list(range(1, len(versions) + 1)), "one test database per shipped schema version"
    assert versions[-1] <= SCHEMA_VERSION
    for p in SHIPPED:
        assert _facts(p)[0] == int(p.stem.removeprefix("schema_v"))


@pytest.mark.parametrize("shipped", SHIPPED, ids=lambda p: p.stem)
def test_migrates_to_current(shipped, tmp_path):
    db = tmp_path / "dv.sqlite3"
    shutil.copyfile(shipped, db)
    version, _checksum, counts = _facts(db)
    with open_store(db) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.scalar("PRAGMA integrity_check") == "ok"
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _facts(db)[2] == counts
    backups = list(tmp_path.glob(f"dv.truoc-nang-cap-v{version}-*.dvbak"))
    assert len(backups) == (1 if version < SCHEMA_VERSION else 0)


@pytest.mark.parametrize("shipped", SHIPPED, ids=lambda p: p.stem)
def test_migrates_through_a_new_version_after_a_backup(shipped, tmp_path, monkeypatch):
    """A further (fake) migration: the backup holds the untouched file, then the schema moves on."""
    from dvdesk.store import db as dbmod
    from dvdesk.store import migrations

    db = tmp_path / "dv.sqlite3"
    shutil.copyfile(shipped, db)
    version, checksum, counts = _facts(db)
    seen_by_migration = []

    def next_version(conn):
        # the backup must already exist when the first migration step runs
        seen_by_migration.append(sorted(p.name for p in tmp_path.glob("*.dvbak")))
        conn.execute("ALTER TABLE units ADD COLUMN ghi_chu_moi TEXT NOT NULL DEFAULT ''")

    target = SCHEMA_VERSION + 1
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*migrations.MIGRATIONS, next_version])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", target)
    with open_store(db) as s:
        assert s.schema_version == target
        assert "ghi_chu_moi" in {r[1] for r in s.conn.execute("PRAGMA table_info(units)")}
        assert s.scalar("PRAGMA integrity_check") == "ok"
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _facts(db)[2] == counts
    (backup,) = tmp_path.glob(f"dv.truoc-nang-cap-v{version}-*.dvbak")
    assert seen_by_migration == [[backup.name]]
    info = bk.verify_backup(backup, deep=True)
    assert info.schema_version == version and info.counts == counts
    with zipfile.ZipFile(backup) as zf:
        zf.extract(bk.DB_MEMBER, tmp_path / "x")
    assert _facts(tmp_path / "x" / bk.DB_MEMBER) == (version, checksum, counts)  # the untouched original
