"""Hostile .dvbak files: entries that escape the data folder, zip bombs, unreferenced files,
manifests with wrong types or no checksum, encrypted entries, databases with their own triggers,
fake schemas, v0 schemas, broken full-text indexes, foreign-key violations. Every refusal is a
Vietnamese DvdeskError that leaves the database and its files exactly as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest
from hostile_backups import (
    entries,
    file_state,
    manifest,
    member,
    rewrite,
    set_flag,
    sha,
    tamper_db,
    tree,
    write_archive,
)

from dvdesk.domain.errors import DvdeskError
from dvdesk.store import backup as bk
from dvdesk.store.backup import (
    auto_backup,
    backup_database,
    content_checksum,
    latest_good_backup,
    list_backups,
    read_backup_info,
    restore_backup,
    verify_backup,
)
from dvdesk.store.check import check_database
from dvdesk.store.db import open_store

DATA = Path(__file__).parent / "data"
PHOTO = b"\xff\xd8\xff\xe0 photo of the model" * 40

Setup = namedtuple("Setup", "root data db files good photo_sha")


@pytest.fixture
def env(tmp_path) -> Setup:
    """A data folder with a database (one attachment) and a good backup of it, outside it."""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "dv.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", db)
    photo = tmp_path / "ảnh.jpg"
    photo.write_bytes(PHOTO)
    with open_store(db) as s:
        a = s.attachments.add("initiatives", s.scalar("SELECT min(id) FROM initiatives"), photo)
    photo.unlink()
    good = backup_database(db, tmp_path / "in" / "good.dvbak")
    return Setup(tmp_path, data, db, data / "dv-files", good.path, a.sha256)


def checksum(path: Path) -> str:
    c = sqlite3.connect(path)
    try:
        return content_checksum(c)
    finally:
        c.close()


def refused(env: Setup, archive: Path, match: str | None = None, **kw) -> DvdeskError:
    """Restore must refuse ``archive`` in Vietnamese and change nothing anywhere."""
    before_db, before_tree = file_state(env.db), tree(env.root)
    with pytest.raises(DvdeskError, match=match) as e:
        restore_backup(archive, env.db, **kw)
    message = str(e.value)
    assert any(ch in message for ch in "ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ"), message
    assert file_state(env.db) == before_db
    assert tree(env.root) == before_tree  # nothing written (or left behind) anywhere
    return e.value


# -- 1. entries, sizes, unreferenced files --------------------------------------------------------
@pytest.mark.parametrize("name", [
    "files/../../x", "files/../../../escaped.txt", "/tmp/dvdesk-absolute.txt", "files\\..\\..\\x",
    "files/ab/../../../../x", "../dv.sqlite3", "files/zz/" + "a" * 64, "files/ab/" + "a" * 64,
    "files/aa/" + "a" * 63, "files/aa/" + "A" * 64, "autorun.inf", "dvdesk.sqlite3/", "files/aa/aa/" + "a" * 64,
])
def test_entry_outside_the_accepted_names_is_refused(env, name):
    hostile = rewrite(env.good, env.root / "in" / "hostile.dvbak", add=[(name, b"owned")])
    refused(env, hostile, "mục lạ")
    assert not (env.root / "x").exists() and not Path("/tmp/dvdesk-absolute.txt").exists()


def test_entry_whose_content_does_not_hash_to_its_name_is_refused(env):
    # referenced by the database, but the bytes are someone else's
    shutil.rmtree(env.files)
    old = entries(env.good)
    hostile = rewrite(env.good, env.root / "in" / "swap.dvbak", drop=(member(env.photo_sha),),
                      add=[(member(env.photo_sha), b"MZ not the photo" + bytes(len(PHOTO) - 16))])
    assert len(old[member(env.photo_sha)]) == len(PHOTO)
    refused(env, hostile, "không khớp mã kiểm tra")


def test_unreferenced_entries_are_refused_and_none_is_written(env):
    extra = [(member(sha(str(i).encode())), str(i).encode()) for i in range(5000)]
    listed = {**manifest(env.good)["files"], **{n[-64:]: len(d) for n, d in extra}}  # consistent manifest
    hostile = rewrite(env.good, env.root / "in" / "many.dvbak", add=extra, manifest_update={"files": listed})
    refused(env, hostile, "5000 tệp không thuộc")


def _bomb_setup(env: Setup, declared_size: int, *, in_manifest: bool):
    bomb = bytes(16 << 20)  # 16 MiB of zeros: about 70 KB once compressed
    digest = sha(bomb)

    def reference(c):  # the crafted database refers to it with a small size
        c.execute("INSERT INTO attachments(sha256, file_name, size, owner_table, owner_id) "
                  "VALUES (?, 'bom.jpg', ?, 'initiatives', 1)", (digest, declared_size))

    update = {"files": {**manifest(env.good)["files"], digest: declared_size}} if in_manifest else {}
    hostile = tamper_db(env.good, env.root / "in" / "bomb.dvbak", reference, add=[(member(digest), bomb)],
                        manifest_update=update, manifest_drop=() if in_manifest else ("files",))
    assert hostile.stat().st_size < 1 << 20
    return hostile


def test_zip_bomb_capped_by_the_manifest(env):
    refused(env, _bomb_setup(env, 100, in_manifest=True), "không khớp với mục lục")


def test_zip_bomb_capped_by_the_restored_database(env):
    refused(env, _bomb_setup(env, 100, in_manifest=False), "bom nén")


def test_large_attachment_capped_by_free_disk(env, monkeypatch):
    hostile = _bomb_setup(env, 16 << 20, in_manifest=True)
    real = shutil.disk_usage

    def little_room(path):
        usage = real(path)
        return usage._replace(free=(usage.total - usage.free) * 0 + bk.DISK_RESERVE + (8 << 20))

    monkeypatch.setattr(bk.shutil, "disk_usage", little_room)
    refused(env, hostile, "Không đủ chỗ trống")


def test_database_entry_larger_than_its_manifest_size_is_refused(env):
    db = entries(env.good)[bk.DB_MEMBER]
    hostile = rewrite(env.good, env.root / "in" / "big.dvbak", db=db + bytes(4096),
                      manifest_update={"db_size": len(db)})
    refused(env, hostile, "không khớp với mục lục")


def test_duplicate_entries_are_refused(env):
    old = entries(env.good)
    items = [(n, d) for n, d in old.items()] + [(bk.DB_MEMBER, old[bk.DB_MEMBER])]
    refused(env, write_archive(env.root / "in" / "dup.dvbak", items), "hai lần")


# -- 2. schema, checksum, full-text index --------------------------------------------------------
def _soft_delete_trigger(c):
    c.execute("CREATE TRIGGER initiatives_cleanup AFTER INSERT ON initiatives BEGIN "
              "UPDATE initiatives SET deleted_at = '2025-01-01' WHERE id % 2 = 0; END")


def _block_audit_trigger(c):
    c.execute("CREATE TRIGGER audit_guard BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END")


def _extra_view(c):
    c.execute("CREATE VIEW v AS SELECT * FROM units")


def _dropped_index(c):
    c.execute("DROP INDEX attachments_sha")


def _weakened_check(c):
    c.execute("PRAGMA writable_schema = ON")
    c.execute("UPDATE sqlite_master SET sql = replace(sql, 'CHECK (amount > 0)', 'CHECK (1)') "
              "WHERE name = 'base_salaries'")
    c.execute("PRAGMA writable_schema = OFF")


def _commented_out_column(c):
    # same text once whitespace is squeezed: a line break that ends a comment must still count
    c.execute("PRAGMA writable_schema = ON")
    c.execute("UPDATE sqlite_master SET sql = replace(sql, '-- kinh phí (đ)' || char(10), '-- kinh phí (đ) ') "
              "WHERE name = 'initiatives'")
    c.execute("PRAGMA writable_schema = OFF")


@pytest.mark.parametrize("change", [_soft_delete_trigger, _block_audit_trigger, _extra_view, _dropped_index,
                                    _weakened_check, _commented_out_column], ids=lambda f: f.__name__)
def test_backup_with_a_schema_of_its_own_is_refused(env, change):
    hostile = tamper_db(env.good, env.root / "in" / "schema.dvbak", change)
    refused(env, hostile, "lược đồ khác")
    with pytest.raises(DvdeskError, match="lược đồ khác"):
        verify_backup(hostile, deep=True)
    assert latest_good_backup([env.root / "in"]).path == env.good  # never offered


def test_fake_minimal_schema_is_refused(env):
    fake = env.root / "fake.sqlite3"
    c = sqlite3.connect(fake)
    c.executescript("CREATE TABLE settings(key, value); CREATE TABLE units(id); CREATE TABLE initiatives(id);"
                    "CREATE TABLE attachments(sha256, size); PRAGMA user_version = 1;")
    c.close()
    hostile = rewrite(env.good, env.root / "in" / "fake.dvbak", db=fake.read_bytes())
    error = refused(env, hostile, "lược đồ khác")
    assert "Thiếu" in str(error)
    refused(env, fake, "lược đồ khác")  # the same file given as a plain SQLite copy


def test_schema_version_zero_is_refused_without_traceback(env, tmp_path):
    hostile = tamper_db(env.good, env.root / "in" / "v0.dvbak", lambda c: c.execute("PRAGMA user_version = 0"))
    refused(env, hostile, "không chứa cơ sở dữ liệu dvdesk")
    plain = tmp_path / "v0.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", plain)
    c = sqlite3.connect(plain)
    c.execute("PRAGMA user_version = 0")
    c.close()
    with pytest.raises(DvdeskError, match="không có phiên bản lược đồ"):
        open_store(plain)


def test_manifest_without_checksum_is_refused(env):
    hostile = rewrite(env.good, env.root / "in" / "nosum.dvbak", manifest_drop=("db_sha256",))
    refused(env, hostile, "db_sha256")
    with pytest.raises(DvdeskError, match="db_sha256"):
        verify_backup(hostile)


def _corrupt_fts(c):
    c.execute("UPDATE initiatives_fts_content SET c0 = 'không khớp chỉ mục' WHERE id = (SELECT min(id) FROM "
              "initiatives_fts_content)")


def _stale_fts(c):
    c.execute("DELETE FROM initiatives_fts WHERE rowid = (SELECT max(id) FROM initiatives)")


@pytest.mark.parametrize("change", [_corrupt_fts, _stale_fts], ids=lambda f: f.__name__)
def test_broken_fulltext_index_is_rebuilt_by_restore(env, change):
    from dvdesk.store import schema_check

    expected = checksum(env.db)
    damaged = tamper_db(env.good, env.root / "in" / "fts.dvbak", change)
    with open_store(env.db) as s:
        s.conn.execute("DELETE FROM awards")
    restore_backup(damaged, env.db)
    assert checksum(env.db) == expected
    c = sqlite3.connect(env.db, isolation_level=None)
    try:
        assert schema_check.fts_problems(c) == []
        last = c.execute("SELECT id, search_text FROM initiatives ORDER BY id DESC LIMIT 1").fetchone()
        word = last[1].split()[0]
        assert last[0] in {r[0] for r in c.execute(
            "SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ?", (f'"{word}"',))}
    finally:
        c.close()
    assert check_database(env.db, suggest_backup=False).healthy


# -- 3. refused restores change nothing ----------------------------------------------------------
def _fk_violation(c):
    c.execute("UPDATE initiatives SET unit_id = 987654 WHERE id = (SELECT min(id) FROM initiatives)")


def test_cli_restore_exit_1_leaves_the_database_unchanged(env, capsys):
    from dvdesk.cli import main

    hostile = tamper_db(env.good, env.root / "in" / "fk.dvbak", _fk_violation)
    shutil.rmtree(env.files)  # the restore would have to bring the attachment back
    before = file_state(env.db)
    assert main(["restore", str(hostile), "--db", str(env.db)]) == 1
    err = capsys.readouterr().err
    assert "khóa ngoại" in err
    assert file_state(env.db) == before and not env.files.exists()


def test_failure_while_swapping_rolls_back_files(env, monkeypatch):
    shutil.rmtree(env.files)
    before, before_tree = file_state(env.db), tree(env.data)

    def fail(_snap, _db):
        raise DvdeskError("Không ghi được vào cơ sở dữ liệu (thử).")

    monkeypatch.setattr(bk, "_copy_into", fail)
    with pytest.raises(DvdeskError, match="thử"):
        restore_backup(env.good, env.db, keep_current=False)
    assert file_state(env.db) == before and tree(env.data) == before_tree
    assert not env.files.exists()


def test_failure_while_placing_puts_the_damaged_file_back(env, monkeypatch):
    before = env.db.read_bytes()

    def fail(_snap, _db):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bk, "_place", fail)
    with pytest.raises(DvdeskError, match="đã đầy"):
        restore_backup(env.good, env.db, keep_current=False, damaged=True)
    assert env.db.read_bytes() == before
    assert not list(env.data.glob("dv.hong-*"))


def test_refused_restore_into_a_new_folder_leaves_no_folder(env):
    hostile = tamper_db(env.good, env.root / "in" / "fk.dvbak", _fk_violation)
    target = env.root / "new" / "dv.sqlite3"
    with pytest.raises(DvdeskError, match="khóa ngoại"):
        restore_backup(hostile, target)
    assert not target.parent.exists()
    restore_backup(env.good, target)
    assert checksum(target) == checksum(env.db)


def test_good_restore_still_identical_with_files(env):
    expected = checksum(env.db)
    with open_store(env.db) as s:
        s.conn.execute("DELETE FROM reviews")
    shutil.rmtree(env.files)
    restore_backup(env.good, env.db)
    assert checksum(env.db) == expected
    assert (env.files / env.photo_sha[:2] / env.photo_sha).read_bytes() == PHOTO
    assert not [p for p in env.data.iterdir() if p.name.startswith(bk.TMP_PREFIX)]


# -- 4. odd files in the backups folder ------------------------------------------------------------
ODD_MANIFESTS = [
    {"created_at": 5}, {"counts": [1, 2]}, {"counts": {"units": "nhiều"}}, {"missing_files": 3},
    {"schema_version": "1"}, {"schema_version": True}, {"db_sha256": 123}, {"files": {"../x": 1}},
    {"db_size": -1}, {"reason": None}, {"app": "khác"},
]


@pytest.mark.parametrize("update", ODD_MANIFESTS, ids=lambda u: next(iter(u)))
def test_manifest_with_wrong_types_is_listed_as_unreadable(env, update, capsys):
    from dvdesk.cli import main

    folder = env.data / "dv-backups"
    good = backup_database(env.db, folder)
    odd = rewrite(good.path, folder / "dv-20250101-000000-tu-dong.dvbak", manifest_update=update)
    with pytest.raises(DvdeskError, match="không phải là bản sao lưu dvdesk hợp lệ"):
        read_backup_info(odd)
    refused(env, odd, "không phải là bản sao lưu dvdesk hợp lệ")
    listed = list_backups(folder)
    assert [b.path for b in listed] == [good.path, odd]
    assert listed[1].reason_label == "Không đọc được" and not listed[1].readable
    assert [b.path for b in list_backups(folder, env.db)] == [good.path, odd]
    # the automatic backup, the CLI backup and the latest-good lookup carry on
    assert auto_backup(env.db, "", force=True, only_if_changed=False).info is not None
    assert main(["backup", "--db", str(env.db)]) == 0
    assert latest_good_backup([folder], env.db).path != odd


@pytest.mark.parametrize("raw", [b"[1, 2]", b"\xff\xfe not utf-8", b"{" * 5000, b"[" * 100000, b"9" * 5000,
                                 b'{"counts": {"units": 1e999}}'])
def test_manifest_that_is_not_an_object_is_refused(env, raw):
    old = entries(env.good)
    items = [(n, d) for n, d in old.items() if n != bk.MANIFEST] + [(bk.MANIFEST, raw)]
    odd = write_archive(env.root / "in" / "odd.dvbak", items)
    with pytest.raises(DvdeskError):
        read_backup_info(odd)
    refused(env, odd)


@pytest.mark.parametrize("entry", [bk.MANIFEST, bk.DB_MEMBER])
def test_entry_flagged_encrypted_is_refused(env, entry):
    odd = env.root / "in" / "locked.dvbak"
    shutil.copyfile(env.good, odd)
    set_flag(odd, entry, 0x1)
    refused(env, odd, "mã hóa")
    with pytest.raises(DvdeskError, match="mã hóa"):
        verify_backup(odd)
    listed = {b.path: b for b in list_backups(odd.parent)}
    assert listed[odd].readable == (entry == bk.DB_MEMBER)  # the manifest cannot be read: listed as such


def test_unsupported_compression_is_refused(env):
    odd = env.root / "in" / "bz.dvbak"
    old = entries(env.good)
    with zipfile.ZipFile(odd, "w", compression=zipfile.ZIP_BZIP2) as zf:
        for n, d in old.items():
            zf.writestr(n, d)
    refused(env, odd, "kiểu không hỗ trợ")


# -- 5. crafted attachment hashes never become paths in a backup --------------------------------
def test_backup_never_reads_a_path_taken_from_the_database(env, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"root:x:0:0:secret")
    with open_store(env.db) as s:
        for crafted in (str(secret), "../../secret.txt", "..", "/etc/passwd", "ab/../../../secret.txt"):
            s.conn.execute("INSERT INTO attachments(sha256, file_name, size, owner_table, owner_id) "
                           "VALUES (?, 'x', 1, 'initiatives', 1)", (crafted,))
    info = backup_database(env.db, tmp_path / "bk")
    contents = entries(info.path)
    assert all(n in (bk.DB_MEMBER, bk.MANIFEST) or n == member(env.photo_sha) for n in contents)
    assert not any(b"secret" in d for n, d in contents.items() if n != bk.DB_MEMBER)
    assert json.loads(contents[bk.MANIFEST])["missing_files"] == []
    verify_backup(info.path, deep=True)
    restore_backup(info.path, env.db)  # still a good backup: the crafted rows just have no file


def test_planted_or_damaged_attachment_file_is_not_backed_up(env, tmp_path):
    stored = env.files / env.photo_sha[:2] / env.photo_sha
    stored.write_bytes(b"changed on disk")
    info = backup_database(env.db, tmp_path / "bk")
    assert member(env.photo_sha) not in entries(info.path) and info.missing_files == [env.photo_sha]
    stored.unlink()
    stored.symlink_to(tmp_path / "in" / "good.dvbak")
    info = backup_database(env.db, tmp_path / "bk2")
    assert member(env.photo_sha) not in entries(info.path)
