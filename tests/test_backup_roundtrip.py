"""Backups and restores: identical round trips (row counts, content checksum, attachments),
verification, restore while the database is open, disk full, read-only and unreachable folders,
automatic backups and thinning on disk, damaged databases."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dvdesk.domain.errors import DvdeskError, SchemaError
from dvdesk.store import backup as bk
from dvdesk.store import backup_policy
from dvdesk.store.backup import (
    auto_backup,
    backup_database,
    content_checksum,
    latest_good_backup,
    list_backups,
    read_backup_info,
    restore_backup,
    thin_backups,
    verify_backup,
)
from dvdesk.store.db import open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "dv.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", path)
    open_store(path, backup_before_migrate=False).close()  # WAL, current schema (no migration backup beside it)
    return path


def checksum(path: Path) -> str:
    c = sqlite3.connect(path)
    try:
        return content_checksum(c)
    finally:
        c.close()


def counts(path: Path) -> dict[str, int]:
    c = sqlite3.connect(path)
    try:
        return bk._counts(c)
    finally:
        c.close()


def corrupt(path: Path) -> None:
    """Overwrite most pages (not the header page) with garbage, like a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for offset in range(4096 * 2, size - 4096, 4096 * 2):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 1024)


def _leftover_temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(bk.TMP_PREFIX)]


def test_roundtrip_identical_with_attachments(db, tmp_path):
    with open_store(db) as s:
        iid = s.scalar("SELECT min(id) FROM initiatives")
        f1, f2 = tmp_path / "ảnh 1.jpg", tmp_path / "biên bản.pdf"
        f1.write_bytes(b"\xff\xd8jpeg" * 500)
        f2.write_bytes(b"%PDF-1.4 scan" * 700)
        a1 = s.attachments.add("initiatives", iid, f1, "Ảnh hiện trường")
        a2 = s.attachments.add("initiatives", iid, f2)
        files = {a1.sha256: s.attachments.path_of(a1).read_bytes(), a2.sha256: s.attachments.path_of(a2).read_bytes()}
    before, before_counts = checksum(db), counts(db)
    info = backup_database(db, tmp_path / "bk", reason="thu-cong")
    assert info.path.parent == tmp_path / "bk" and info.path.name.endswith("-thu-cong.dvbak")
    assert info.counts == before_counts and info.counts["initiatives"] == 50 and info.counts["attachments"] == 2
    assert info.reason == "thu-cong" and info.missing_files == []
    with zipfile.ZipFile(info.path) as zf:
        names = set(zf.namelist())
    assert {f"files/{sha[:2]}/{sha}" for sha in files} <= names

    # the clerk keeps working, an attachment file is lost from disk
    with open_store(db) as s:
        s.conn.execute("DELETE FROM reviews")
        s.initiatives.delete(iid)
    shutil.rmtree(db.with_name("dv-files"))
    changed = checksum(db)
    assert changed != before

    previous = restore_backup(info.path, db)
    assert checksum(db) == before and counts(db) == before_counts
    for sha, data in files.items():
        assert (db.with_name("dv-files") / sha[:2] / sha).read_bytes() == data
    # the state before the restore was backed up first, and is itself restorable
    assert previous is not None and previous.reason == "truoc-khoi-phuc"
    assert previous.path.parent == db.with_name("dv-backups")
    other = tmp_path / "other.sqlite3"
    restore_backup(previous.path, other, keep_current=False)
    assert checksum(other) == changed
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_while_the_store_is_open(db, tmp_path):
    s = open_store(db)
    try:
        info = backup_database(db, tmp_path / "bk")
        unit = s.scalar("SELECT min(id) FROM units")
        s.conn.execute("UPDATE units SET name = 'Tên đã sửa' WHERE id = ?", (unit,))
        s.initiatives.delete(s.scalar("SELECT min(id) FROM initiatives"))
        assert s.initiatives.count() == 49
        restore_backup(info.path, db)
        # the open connection reads the restored content and can keep writing
        assert s.initiatives.count() == 50
        assert s.scalar("SELECT name FROM units WHERE id = ?", (unit,)) != "Tên đã sửa"
        s.settings.set("sau_khoi_phuc", True)
        assert s.settings.get("sau_khoi_phuc") is True
        assert s.scalar("PRAGMA integrity_check") == "ok"
    finally:
        s.close()
    assert sqlite3.connect(db).execute("SELECT value FROM settings WHERE key='sau_khoi_phuc'").fetchone()


def test_verification_detects_a_damaged_backup(db, tmp_path):
    good = backup_database(db, tmp_path / "bk" / "dv-1.dvbak")
    newer = backup_database(db, tmp_path / "bk" / "dv-2.dvbak")
    verify_backup(newer.path, deep=True)
    # flip bytes inside the (stored, compressed) database member
    raw = bytearray(newer.path.read_bytes())
    with zipfile.ZipFile(newer.path) as zf:
        member = zf.getinfo(bk.DB_MEMBER)
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    for i in range(start + 100, start + 140):
        raw[i] ^= 0xFF
    newer.path.write_bytes(bytes(raw))
    with pytest.raises(DvdeskError, match="bị hỏng"):
        verify_backup(newer.path)
    before = checksum(db)
    with pytest.raises(DvdeskError, match="bị hỏng"):
        restore_backup(newer.path, db)
    assert checksum(db) == before  # nothing touched
    assert read_backup_info(newer.path).created_at  # the manifest still reads: it is listed...
    assert {b.path for b in list_backups(tmp_path / "bk")} == {good.path, newer.path}
    assert latest_good_backup([tmp_path / "bk"]).path == good.path  # ...but never offered


def test_not_a_backup(tmp_path, db):
    junk = tmp_path / "junk.dvbak"
    junk.write_bytes(b"PK\x03\x04 not really a zip" * 10)
    with pytest.raises(DvdeskError):
        read_backup_info(junk)
    # listed as unreadable (not skipped, not a traceback), never offered as a good backup
    (listed,) = list_backups(tmp_path)
    assert listed.path == junk and not listed.readable and listed.reason_label == "Không đọc được"
    assert latest_good_backup([tmp_path]) is None
    with pytest.raises(DvdeskError, match="Không tìm thấy"):
        restore_backup(tmp_path / "missing.dvbak", db)


def test_disk_full_during_backup(db, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    first = backup_database(db, folder)
    original = first.path.read_bytes()
    real_write = zipfile.ZipFile.write

    def full(self, filename, arcname=None, *a, **k):
        if arcname == bk.DB_MEMBER:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, filename, arcname, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    with pytest.raises(DvdeskError) as e:
        backup_database(db, folder)
    assert "đã đầy" in str(e.value) and str(folder) in str(e.value)
    assert [p.name for p in folder.iterdir()] == [first.path.name]  # no half-written backup, no temp
    assert first.path.read_bytes() == original


def test_read_only_backup_folder_simulated(db, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()

    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(bk.tempfile, "mkstemp", refuse)
    with pytest.raises(DvdeskError, match="Không có quyền ghi") as e:
        backup_database(db, folder)
    assert str(folder) in str(e.value)
    assert list(folder.iterdir()) == []


def test_read_only_backup_folder_chmod(db, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod does not make a folder read-only")
        with pytest.raises(DvdeskError, match="Không có quyền ghi"):
            backup_database(db, folder)
        assert backup_policy.folder_problem(folder)
    finally:
        folder.chmod(0o755)


def test_auto_backup_policy_on_disk(db, tmp_path):
    t0 = datetime.now()
    first = auto_backup(db, "", now=t0)
    assert first.info is not None and first.folder == db.with_name("dv-backups") and not first.warning
    assert auto_backup(db, "", now=t0 + timedelta(hours=3)).skipped.startswith("Chưa đến hạn")
    # due again after a day, but nothing changed: skipped without writing
    same = auto_backup(db, "", now=t0 + timedelta(days=1, minutes=1))
    assert same.info is None and "không thay đổi" in same.skipped
    # on close (force) with a change: written
    with open_store(db) as s:
        s.settings.set("x", 1)
    closing = auto_backup(db, "", reason="khi-dong", force=True)
    assert closing.info is not None and closing.info.reason == "khi-dong"
    assert len(list_backups(first.folder, db)) == 2


def test_auto_backup_unreachable_folder_warns_and_falls_back(db, tmp_path):
    usb = tmp_path / "E-drive" / "saoluu"  # the USB stick is not plugged in
    result = auto_backup(db, str(usb))
    assert result.info is not None and result.folder == db.with_name("dv-backups")
    assert "ổ USB chưa cắm" in result.warning and "thư mục mặc định" in result.warning
    assert not usb.exists()
    usb.mkdir(parents=True)  # plugged in again
    again = auto_backup(db, str(usb), force=True, only_if_changed=False)
    assert again.folder == usb and again.warning == "" and again.info.path.parent == usb


def _fake_backup(folder: Path, db: Path, created: datetime, **extra) -> Path:
    name = bk.default_backup_name(db, "tu-dong", created)
    path = folder / name
    manifest = {"created_at": created.isoformat(timespec="seconds"), "source": bk._source_id(db),
                "host": bk._host(), "schema_version": 1, "counts": {}, **extra}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(bk.MANIFEST, json.dumps(manifest))
    return path


def test_thinning_on_disk(db, tmp_path):
    folder = tmp_path / "bk"
    folder.mkdir()
    now = datetime(2025, 10, 15, 12, 0)
    made = {_fake_backup(folder, db, now - timedelta(days=d)): now - timedelta(days=d) for d in range(0, 120)}
    foreign = _fake_backup(folder, db, now - timedelta(days=50, hours=1), host="may-khac")
    leftover = folder / (bk.TMP_PREFIX + "abc.dvbak.part")  # a backup interrupted days ago
    leftover.write_bytes(b"PK half")
    os.utime(leftover, (time.time() - 3 * 86400,) * 2)
    fresh = folder / (bk.TMP_PREFIX + "def.dvbak.part")  # maybe being written right now: kept
    fresh.write_bytes(b"PK")
    deleted = thin_backups(folder, db, now)
    keep, delete = backup_policy.thin_plan(list(made.items()), now)
    assert sorted(deleted) == sorted(delete)
    assert {p for p in folder.glob("*.dvbak")} == set(keep) | {foreign}  # other PCs' backups untouched
    assert not leftover.exists() and fresh.exists()
    assert len(keep) < 25


def test_restore_refuses_newer_schema_and_foreign_files(db, tmp_path):
    from dvdesk.store.migrations import SCHEMA_VERSION

    before = checksum(db)
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(db, newer)
    c = sqlite3.connect(newer)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(SchemaError, match="mới hơn"):
        restore_backup(newer, db)
    foreign = tmp_path / "foreign.sqlite3"
    c = sqlite3.connect(foreign)
    c.execute("CREATE TABLE x(a)")
    c.commit()
    c.close()
    with pytest.raises(DvdeskError, match="không chứa cơ sở dữ liệu dvdesk"):
        restore_backup(foreign, db)
    assert checksum(db) == before


def test_restore_from_plain_sqlite_copy(db, tmp_path):
    copy = tmp_path / "tu-may-khac.sqlite3"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    expected = checksum(copy)
    with open_store(db) as s:
        s.conn.execute("DELETE FROM awards")
    restore_backup(copy, db)
    assert checksum(db) == expected


def test_restore_older_schema_backup_is_migrated(db, tmp_path, monkeypatch):
    from dvdesk.store import db as dbmod
    from dvdesk.store import migrations

    old_backup = backup_database(db, tmp_path / "bk")
    assert old_backup.schema_version == migrations.SCHEMA_VERSION

    def extra(conn):
        conn.execute("ALTER TABLE units ADD COLUMN extra TEXT")

    new_version = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", new_version)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", new_version)
    open_store(db).close()  # the program was upgraded: the database migrated
    restore_backup(old_backup.path, db)
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA user_version").fetchone()[0] == new_version
    assert "extra" in {r[1] for r in c.execute("PRAGMA table_info(units)")}
    assert c.execute("SELECT count(*) FROM initiatives").fetchone()[0] == 50
    c.close()


def test_damaged_database_is_moved_aside_then_restored(db, tmp_path):
    good = backup_database(db, tmp_path / "bk")
    expected = checksum(db)
    corrupt(db)
    damaged_bytes = db.read_bytes()
    with pytest.raises(DvdeskError, match="Chưa khôi phục"):
        restore_backup(good.path, db)  # not told it is damaged: refuses to overwrite what it cannot back up
    previous = restore_backup(good.path, db, damaged=True)
    assert previous.reason == "du-lieu-hong" and previous.path.name.startswith("dv.hong-")
    assert previous.path.read_bytes() == damaged_bytes  # kept, not deleted
    assert checksum(db) == expected


def test_check_reports_damage_and_the_latest_good_backup(db, tmp_path, capsys):
    from dvdesk.cli import main
    from dvdesk.store.check import check_database

    info = backup_database(db)  # default folder beside the database
    corrupt(db)
    report = check_database(db)
    assert report.damaged and not report.healthy
    assert report.latest_backup.path == info.path
    assert main(["check", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "CÓ LỖI" in err and "Bản sao lưu tốt gần nhất" in err and str(info.path) in err
    assert f"dvdesk restore \"{info.path}\"" in err


def test_backup_of_a_damaged_database_is_refused(db, tmp_path):
    corrupt(db)
    with pytest.raises(DvdeskError):
        backup_database(db, tmp_path / "bk")
    assert not list((tmp_path / "bk").glob("*.dvbak"))
