"""`dvdesk check` compares the database's schema object by object with the app's (an extra
trigger, a fake minimal schema) and checks the full-text index."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dvdesk.store.check import check_database
from dvdesk.store.db import open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "dv.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", path)
    open_store(path).close()
    return path


def _alter(path: Path, *sql: str) -> None:
    c = sqlite3.connect(path)
    try:
        for statement in sql:
            c.execute(statement)
        c.commit()
    finally:
        c.close()


def test_check_compares_the_live_schema(db, capsys):
    from dvdesk.cli import main

    assert check_database(db).healthy
    _alter(db, "CREATE TRIGGER audit_guard BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END")
    report = check_database(db)
    assert not report.healthy and report.schema_differs
    assert any("audit_guard" in p for p in report.problems)
    assert main(["check", "--db", str(db)]) == 1
    assert "Thừa trigger \"audit_guard\"" in capsys.readouterr().err


@pytest.mark.parametrize("sql, expected", [
    ("DROP INDEX attachments_sha", "Thiếu chỉ mục \"attachments_sha\""),
    ("CREATE VIEW v AS SELECT * FROM units", "Thừa view \"v\""),
    ("CREATE TRIGGER initiatives_cleanup AFTER INSERT ON initiatives BEGIN "
     "UPDATE initiatives SET deleted_at = '2025-01-01' WHERE id % 2 = 0; END", "Thừa trigger"),
    ("CREATE INDEX extra ON units(name)", "Thừa chỉ mục \"extra\""),
])
def test_check_reports_each_difference(db, sql, expected):
    _alter(db, sql)
    report = check_database(db, suggest_backup=False)
    assert not report.healthy and any(expected in p for p in report.problems), report.problems


def test_check_of_fake_schema(tmp_path):
    fake = tmp_path / "fake.sqlite3"
    c = sqlite3.connect(fake)
    c.executescript("CREATE TABLE settings(key, value); CREATE TABLE units(id, deleted_at);"
                    "CREATE TABLE initiatives(id, deleted_at); CREATE TABLE reviews(id, deleted_at);"
                    "CREATE TABLE decisions(id, deleted_at); CREATE TABLE awards(id, deleted_at);"
                    "PRAGMA user_version = 1;")
    c.close()
    report = check_database(fake, suggest_backup=False)
    assert not report.healthy and report.schema_differs


@pytest.mark.parametrize("sql", [
    "UPDATE initiatives_fts_content SET c0 = 'không khớp' WHERE id = (SELECT min(id) FROM initiatives_fts_content)",
    "DELETE FROM initiatives_fts WHERE rowid = (SELECT max(id) FROM initiatives)",
    "UPDATE initiatives_fts_data SET block = zeroblob(40) WHERE id = (SELECT max(id) FROM initiatives_fts_data)",
], ids=["content", "stale", "index-block"])
def test_check_finds_a_broken_fulltext_index(db, sql):
    before = db.read_bytes()
    _alter(db, sql)
    damaged = db.read_bytes()
    report = check_database(db, suggest_backup=False)
    assert not report.healthy and report.damaged
    assert any("Chỉ mục tìm kiếm" in p for p in report.problems), report.problems
    assert db.read_bytes() == damaged != before  # the check itself writes nothing
    assert check_database(db, quick=True, suggest_backup=False).healthy  # start-up: not checked (fast)
