"""Backup policy in pure Python: when a backup is due, which backups thinning keeps, the backup
folder, and the Vietnamese messages for OS errors."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta

import pytest

from dvdesk.domain.oserrors import describe_os_error
from dvdesk.store import backup_policy
from dvdesk.store.backup_policy import BackupPolicy, backup_due, folder_problem, thin_plan

NOW = datetime(2025, 10, 15, 9, 0)


def test_backup_due_at_most_daily():
    assert backup_due(None, NOW)
    assert not backup_due(NOW - timedelta(hours=23, minutes=59), NOW)
    assert backup_due(NOW - timedelta(hours=24), NOW)
    assert backup_due(NOW - timedelta(days=40), NOW)
    # the clock went back (newest backup "from the future"): back up rather than wait for days
    assert backup_due(NOW + timedelta(days=3), NOW)
    assert not backup_due(NOW + timedelta(hours=2), NOW)
    assert not backup_due(NOW - timedelta(hours=5), NOW, BackupPolicy(interval=timedelta(hours=6)))


def _daily(days: int, per_day: int = 1) -> list[datetime]:
    out = []
    for d in range(days):
        for k in range(per_day):
            out.append(NOW - timedelta(days=d, hours=3 * k))
    return out


def test_thinning_keeps_last_week_then_weekly_then_monthly():
    stamps = _daily(400, per_day=2)  # two backups a day for 400 days
    keep, delete = thin_plan([(s, s) for s in stamps], NOW)
    assert set(keep) | set(delete) == set(stamps) and not set(keep) & set(delete)
    # every backup of the last 7 days is kept
    recent = [s for s in stamps if NOW - s < timedelta(days=7)]
    assert set(recent) <= set(keep)
    # between 7 days and ~2 months: one per ISO week
    weekly = [s for s in keep if timedelta(days=7) <= NOW - s < timedelta(days=61)]
    weeks = [s.isocalendar()[:2] for s in weekly]
    assert len(weeks) == len(set(weeks))
    assert 7 <= len(weekly) <= 10
    # older: one per month, for every month that had backups
    monthly = [s for s in keep if NOW - s >= timedelta(days=61)]
    months = [(s.year, s.month) for s in monthly]
    assert len(months) == len(set(months))
    all_old_months = {(s.year, s.month) for s in stamps if NOW - s >= timedelta(days=61)}
    assert set(months) == all_old_months
    # the kept one in each bucket is the newest of it
    for s in monthly:
        same = [x for x in stamps if (x.year, x.month) == (s.year, s.month) and NOW - x >= timedelta(days=61)]
        assert s == max(same)
    assert len(keep) < 14 + 10 + 14


def test_thinning_never_deletes_the_newest_even_if_old():
    old = [NOW - timedelta(days=200), NOW - timedelta(days=201), NOW - timedelta(days=230)]
    keep, delete = thin_plan([(s, s) for s in old], NOW)
    assert old[0] in keep and old[1] in delete  # same month as the newest
    assert keep[0] == old[0]


def test_thinning_is_stable():
    """Thinning the kept set again deletes nothing more (no churn on every run)."""
    stamps = _daily(120)
    keep, _ = thin_plan([(s, s) for s in stamps], NOW)
    keep2, delete2 = thin_plan([(s, s) for s in keep], NOW)
    assert delete2 == [] and keep2 == keep


def test_resolve_backup_dir(tmp_path):
    db = tmp_path / "dv.sqlite3"
    assert backup_policy.resolve_backup_dir(db, "") == tmp_path / "dv-backups"
    assert backup_policy.resolve_backup_dir(db, None) == tmp_path / "dv-backups"
    assert backup_policy.resolve_backup_dir(db, str(tmp_path / "usb")) == tmp_path / "usb"
    assert backup_policy.is_default_backup_dir(db, tmp_path / "dv-backups")


def test_folder_problem_missing_usb_is_not_created(tmp_path):
    usb = tmp_path / "E" / "dvdesk-saoluu"
    msg = folder_problem(usb)
    assert msg and "ổ USB chưa cắm" in msg and str(usb) in msg
    assert not usb.exists()  # never created silently on the local disk
    assert folder_problem(usb, create=True) is None and usb.is_dir()
    f = tmp_path / "file.txt"
    f.write_text("x")
    assert "không phải là một thư mục" in folder_problem(f)


def test_folder_problem_unwritable(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup_policy.tempfile, "mkstemp", refuse)
    msg = folder_problem(tmp_path)
    assert msg and "Không có quyền ghi" in msg


@pytest.mark.parametrize("exc, words", [
    (OSError(errno.ENOSPC, "No space left on device"), "đã đầy"),
    (OSError(errno.EROFS, "Read-only file system"), "chỉ cho phép đọc"),
    (PermissionError(errno.EACCES, "Permission denied"), "Không có quyền ghi"),
    (OSError(errno.ENOENT, "No such file"), "ổ USB chưa cắm"),
    (OSError(errno.EIO, "I/O error"), "ổ mạng bị ngắt"),
    (OSError(errno.EBADF, "Bad file descriptor"), "Lỗi đọc/ghi"),
])
def test_describe_os_error(exc, words, tmp_path):
    text = describe_os_error(exc, tmp_path / "x")
    assert words in text and str(tmp_path / "x") in text


def test_describe_windows_sharing_violation(tmp_path):
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32
    assert "đang được mở trong một chương trình khác" in describe_os_error(exc, tmp_path / "a.xlsx")
