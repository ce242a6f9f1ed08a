"""The lock file beside a database on a shared folder may have been written by anything: what it
says is shown only as short printable text, and a huge or odd file is ignored."""

from __future__ import annotations

import json

import pytest

from dvdesk.store.lock import DatabaseLocked, lock_path, read_lock_info


def test_odd_fields_are_cleaned(tmp_path):
    db = tmp_path / "dv.sqlite3"
    lock_path(db).write_text(json.dumps({"host": "máy-kế-toán\n\x1b[31mđỏ\x07" + "x" * 2_000, "user": ["root"],
                                         "pid": "12", "since": 5, "app": {"a": 1}}), encoding="utf-8")
    info = read_lock_info(db)
    assert info.host.startswith("máy-kế-toán[31mđỏ") and len(info.host) <= 80
    assert info.user == "" and info.pid == 0 and info.since == "" and info.app == "dvdesk"
    message = str(DatabaseLocked(db, info))
    assert len(message) < 500 and all(ch.isprintable() for ch in message)


@pytest.mark.parametrize("raw", [b"[1, 2]", b'"host user pid"', b"7", b"\xff\xfe", b"[" * 100_000,
                                 b'{"host": "' + b"x" * 100_000 + b'"}'])
def test_unreadable_lock_file_is_ignored(tmp_path, raw):
    db = tmp_path / "dv.sqlite3"
    lock_path(db).write_bytes(raw)
    assert read_lock_info(db) is None
