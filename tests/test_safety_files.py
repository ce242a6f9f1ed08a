"""Exports never corrupt: temp file + replace; a locked target, a full disk and a read-only folder
give clear Vietnamese messages and leave the old file untouched."""

from __future__ import annotations

import errno
import os

import pytest
from openpyxl import load_workbook

from dvdesk.services import files
from dvdesk.services.files import (
    DiskFullError,
    FolderNotWritableError,
    TargetLockedError,
    atomic_output,
    check_target,
    free_name,
    write_bytes_atomic,
    write_csv_atomic,
    write_table_xlsx,
)


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))


def test_write_replaces_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "báo cáo.pdf"
    write_bytes_atomic(target, b"old")
    write_bytes_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert _leftovers(tmp_path) == []


def test_writer_error_keeps_old_file(tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer crashed")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_locked_target_offers_another_name(tmp_path, monkeypatch):
    """Windows refuses to replace a file open in Excel (PermissionError): old file untouched,
    message says so and suggests a free name."""
    target = tmp_path / "danh-sach.xlsx"
    target.write_bytes(b"old workbook")
    (tmp_path / "danh-sach (2).xlsx").write_bytes(b"taken")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used")

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(TargetLockedError) as e:
        write_bytes_atomic(target, b"new workbook")
    msg = str(e.value)
    assert "đang được mở trong chương trình khác" in msg and "Tệp cũ không bị thay đổi" in msg
    assert e.value.suggestion == tmp_path / "danh-sach (3).xlsx"
    assert "danh-sach (3).xlsx" in msg
    assert target.read_bytes() == b"old workbook"
    assert _leftovers(tmp_path) == []
    monkeypatch.undo()
    write_bytes_atomic(e.value.suggestion, b"new workbook")  # the user accepts the other name
    assert e.value.suggestion.read_bytes() == b"new workbook"


def test_disk_full_while_writing(tmp_path, monkeypatch):
    target = tmp_path / "thong-ke.xlsx"
    target.write_bytes(b"old")
    real_write = os.write

    def full(fd, data):
        if len(data) > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    def writer(tmp):
        fd = os.open(tmp, os.O_WRONLY)
        try:
            os.write(fd, b"abc")
            os.write(fd, b"x" * 10_000)
        finally:
            os.close(fd)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFullError) as e:
        files.write_atomic(target, writer)
    monkeypatch.undo()
    assert "đã đầy" in str(e.value) and "thong-ke.xlsx" in str(e.value)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_disk_full_from_a_library_writer(tmp_path):
    """openpyxl/reportlab raise the OSError themselves: it is translated the same way."""
    target = tmp_path / "x.pdf"

    def writer(tmp):
        tmp.write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFullError):
        files.write_atomic(target, writer)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_read_only_folder_simulated(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(FolderNotWritableError) as e:
        write_bytes_atomic(tmp_path / "a.pdf", b"x")
    assert "Không có quyền ghi" in str(e.value)
    with pytest.raises(FolderNotWritableError):
        check_target(tmp_path / "a.pdf")


def test_read_only_folder_chmod(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "old.xlsx").write_bytes(b"old")
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: chmod does not make a folder read-only")
        with pytest.raises(FolderNotWritableError) as e:
            write_bytes_atomic(ro / "old.xlsx", b"new")
        assert "Không có quyền ghi" in str(e.value)
        assert (ro / "old.xlsx").read_bytes() == b"old"
        with pytest.raises(FolderNotWritableError):
            check_target(ro / "new.pdf")
    finally:
        ro.chmod(0o755)


def test_missing_folder_and_directory_target(tmp_path):
    with pytest.raises(FolderNotWritableError, match="không tồn tại"):
        write_bytes_atomic(tmp_path / "nope" / "a.pdf", b"x")
    with pytest.raises(files.ExportWriteError, match="là một thư mục"):
        write_bytes_atomic(tmp_path, b"x")


def test_check_target_ok_changes_nothing(tmp_path):
    target = tmp_path / "a.xlsx"
    check_target(target)
    assert not target.exists()
    target.write_bytes(b"keep")
    check_target(target)
    assert target.read_bytes() == b"keep" and _leftovers(tmp_path) == []


def test_free_name(tmp_path):
    t = tmp_path / "bao-cao.pdf"
    assert free_name(t) == tmp_path / "bao-cao (2).pdf"
    (tmp_path / "bao-cao (2).pdf").write_bytes(b"")
    assert free_name(t) == tmp_path / "bao-cao (3).pdf"


def test_table_writers_read_back(tmp_path):
    rows = [["Nguyễn Văn An", 710000, None], ["Chi bộ ấp Mỹ Lợi", 1410000, "ghi chú"]]
    x = write_table_xlsx(tmp_path / "t.xlsx", "Danh sách", ["Tên", "Số tiền", "Ghi chú"], rows, widths=[30, 12, 20])
    ws = load_workbook(x).active
    assert ws.title == "Danh sách"
    assert [c.value for c in ws[1]] == ["Tên", "Số tiền", "Ghi chú"]
    assert [c.value for c in ws[3]] == ["Chi bộ ấp Mỹ Lợi", 1410000, "ghi chú"]
    c = write_csv_atomic(tmp_path / "t.csv", ["Tên", "Số tiền"], [r[:2] for r in rows])
    raw = c.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Vietnamese correctly
    assert raw.decode("utf-8-sig").splitlines()[1] == "Nguyễn Văn An,710000"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_exported_files_get_the_users_normal_permissions(tmp_path):
    """An export is a file the clerk shares: not the private 0600 of its temporary file."""
    old = os.umask(0o022)
    try:
        fresh = write_bytes_atomic(tmp_path / "moi.pdf", b"%PDF")
        assert fresh.stat().st_mode & 0o777 == 0o644
        os.umask(0o027)
        assert write_bytes_atomic(tmp_path / "nhom.pdf", b"%PDF").stat().st_mode & 0o777 == 0o640
        kept = tmp_path / "cu.xlsx"
        kept.write_bytes(b"old")
        kept.chmod(0o664)
        write_bytes_atomic(kept, b"new")
        assert kept.stat().st_mode & 0o777 == 0o664  # a replaced file keeps its permissions
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_exported_report_permissions(tmp_path, demo_store):
    from dvdesk.services.reports import award_list, export

    old = os.umask(0o022)
    try:
        d = demo_store.decisions.list(None)[0]
        out = export(award_list(demo_store, d.number, year=d.signed_on.year), tmp_path / "ds.pdf")
        assert out.stat().st_mode & 0o777 == 0o644
        out = export(award_list(demo_store, d.number, year=d.signed_on.year), tmp_path / "ds.xlsx")
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
