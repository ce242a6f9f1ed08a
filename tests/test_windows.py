"""Windows behaviour that can only be read here, exercised with fakes on any system: the database lock
through ``msvcrt.locking``, sharing violations (a file open in Excel) on exports, Times New Roman
found in the Windows font folders, user folders with Vietnamese letters. The Windows CI workflow
(.github/workflows/windows.yml) runs this file on a real Windows machine too, without the fakes
changing anything there."""

from __future__ import annotations

import errno
import os
import sys
import types

import pytest

from dvdesk.domain.oserrors import is_locked_file
from dvdesk.services import files
from dvdesk.services.render import fonts
from dvdesk.store import lock as lockmod


# -- the lock through msvcrt -----------------------------------------------------------------------
class _FakeMsvcrt(types.ModuleType):
    """``msvcrt.locking`` as Windows does it: a byte range at the file position, held per file handle;
    a second handle asking for a held range fails at once with LK_NBLCK."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self):
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        pos = os.lseek(fd, 0, os.SEEK_CUR)
        key = (os.fstat(fd).st_ino, pos)
        self.calls.append((mode, pos))
        if mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise OSError(errno.EACCES, "Permission denied")
            del self.held[key]
        elif key in self.held and self.held[key] != fd:
            raise OSError(errno.EACCES, "Permission denied")
        else:
            self.held[key] = fd


class _NtOs(types.ModuleType):
    """The ``os`` module as dvdesk.store.lock sees it on Windows (``os.name == "nt"``)."""

    def __init__(self):
        super().__init__("os")
        self.name = "nt"

    def __getattr__(self, attr):
        return getattr(os, attr)


@pytest.fixture
def windows_lock(monkeypatch):
    fake = _FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lockmod, "os", _NtOs())
    return fake


def test_lock_through_msvcrt_refuses_a_second_holder_and_names_the_first(windows_lock, tmp_path):
    db = tmp_path / "Nguyễn Văn A" / "dvdesk.sqlite3"
    db.parent.mkdir()
    first = lockmod.DbLock(db).acquire()
    assert windows_lock.calls[0] == (windows_lock.LK_NBLCK, lockmod._WINDOWS_LOCK_OFFSET)
    # the holder's details stay readable: the lock is on a byte past them
    info = lockmod.read_lock_info(db)
    assert info is not None and info.pid == os.getpid()
    with pytest.raises(lockmod.DatabaseLocked) as exc:
        lockmod.DbLock(db).acquire()
    assert str(os.getpid()) in str(exc.value) or info.host in str(exc.value)
    first.release()
    assert not windows_lock.held  # unlocked before the handle closed
    assert not lockmod.lock_path(db).exists()  # removed after closing (Windows cannot delete an open file)
    again = lockmod.DbLock(db).acquire()
    again.release()


# -- sharing violations on exports ------------------------------------------------------------------
def _sharing_violation(winerror: int = 32) -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                        "by another process")
    exc.winerror = winerror  # what Windows sets: 32 sharing violation, 33 lock violation
    return exc


@pytest.mark.parametrize("code", [32, 33])
def test_a_file_open_in_excel_is_told_with_a_free_name(tmp_path, monkeypatch, code):
    assert is_locked_file(_sharing_violation(code))
    target = tmp_path / "Báo cáo" / "danh-sach.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")
    (target.parent / "danh-sach (2).xlsx").write_bytes(b"taken")
    real_open = open

    def excel_holds(path, mode="r", *a, **kw):
        if str(path) == str(target) and "+" in mode:
            raise _sharing_violation(code)
        return real_open(path, mode, *a, **kw)

    monkeypatch.setattr("builtins.open", excel_holds)
    with pytest.raises(files.TargetLockedError) as exc:
        files.check_target(target)
    assert "đang được mở trong chương trình khác" in str(exc.value)
    assert exc.value.suggestion.name == "danh-sach (3).xlsx"
    assert target.read_bytes() == b"old"


def test_replacing_a_locked_file_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "quyet-dinh.pdf"
    target.write_bytes(b"old")

    def locked_replace(src, dst):
        raise _sharing_violation(32)

    monkeypatch.setattr(files.os, "replace", locked_replace)
    with pytest.raises(files.TargetLockedError):
        with files.atomic_output(target) as tmp:
            tmp.write_bytes(b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["quyet-dinh.pdf"]  # no temporary file left


# -- Times New Roman in the Windows font folders -------------------------------------------------
def _fake_windows(monkeypatch, tmp_path):
    windir = tmp_path / "Windows"
    local = tmp_path / "Users" / "Nguyễn Văn A" / "AppData" / "Local"
    (windir / "Fonts").mkdir(parents=True)
    (local / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    return windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"


def test_times_new_roman_found_in_the_windows_font_folder(monkeypatch, tmp_path):
    system, _user = _fake_windows(monkeypatch, tmp_path)
    for name in ("TIMES.TTF", "timesbd.ttf", "timesi.ttf", "TimesBI.ttf"):  # Windows keeps mixed cases
        (system / name).write_bytes(b"x")
    found = fonts.find_times_new_roman()
    assert found is not None
    assert {k: p.name for k, p in found.items()} == {
        "regular": "TIMES.TTF", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bold_italic": "TimesBI.ttf"}


def test_times_new_roman_installed_for_one_user_only(monkeypatch, tmp_path):
    system, user = _fake_windows(monkeypatch, tmp_path)
    (system / "times.ttf").write_bytes(b"x")
    for name in ("timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        (user / name).write_bytes(b"x")
    found = fonts.find_times_new_roman()
    assert found is not None and found["bold"].parent == user


def test_without_every_style_the_bundled_font_is_used(monkeypatch, tmp_path):
    system, _user = _fake_windows(monkeypatch, tmp_path)
    (system / "times.ttf").write_bytes(b"x")
    assert fonts.find_times_new_roman() is None  # → Liberation Serif, metric-compatible


# -- user folders with Vietnamese letters --------------------------------------------------------
def test_everything_works_in_a_vietnamese_user_folder(tmp_path, monkeypatch):
    from dvdesk.paths import data_dir, default_db_path
    from dvdesk.store.backup import backup_database, restore_backup
    from dvdesk.store.db import create_store
    from dvdesk.ui.selftest import table_rows

    home = tmp_path / "Users" / "Nguyễn Văn A" / "AppData" / "Local" / "dvdesk"
    monkeypatch.setenv("DVDESK_DATA_DIR", str(home))
    assert data_dir() == home and home.is_dir()
    db = default_db_path()
    with lockmod.DbLock(db):
        store = create_store(db)
        store.settings.set("agency", {"issuing_body": "Ban Dân vận", "place": "Cà Mau", "confirmed": True})
        store.close()
    info = backup_database(db, home / "Sao lưu #1")
    copy = home / "Khôi phục" / "bản sao.sqlite3"
    copy.parent.mkdir()
    restore_backup(info.path, copy, keep_current=False)
    assert table_rows(db) == table_rows(copy)  # read through a percent-encoded URI


def test_the_bundle_paths_fit_in_max_path():
    """The deepest file the bundle installs stays far below Windows' 260-character limit, even under
    a long Vietnamese user name (the installed folder is %LOCALAPPDATA%\\Programs\\dvdesk)."""
    from pathlib import Path

    prefix = r"C:\Users\Nguyễn Thị Minh Khai Phường\AppData\Local\Programs\dvdesk\_internal"
    root = Path(__file__).resolve().parent.parent
    inside = [p.relative_to(root / "resources") for p in (root / "resources").rglob("*") if p.is_file()]
    longest = max(len(prefix) + len(r"\dvdesk\resources\\") + len(str(p)) for p in inside)
    assert longest < 200
