"""Backup policy in pure Python (no Qt, no I/O beyond a small write probe): when to back up,
which backups to keep, where the backup folder is and whether backups can be written into it.

The mechanics (writing, verifying, restoring ``.dvbak`` files) are in :mod:`dvdesk.store.backup`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dvdesk.domain.oserrors import describe_os_error
from dvdesk.paths import backups_dir

SETTING_BACKUP_DIR = "backup_dir"  # "" = the default ``<db>-backups`` folder beside the database

# Reason codes written into backup file names and manifests, and how the app shows them.
REASONS = {
    "tu-dong": "Tự động hằng ngày",
    "khi-dong": "Tự động khi đóng chương trình",
    "thu-cong": "Sao lưu ngay",
    "truoc-khoi-phuc": "Trước khi khôi phục",
    "truoc-nhap": "Trước khi nhập dữ liệu",
    "truoc-nang-cap": "Trước khi nâng cấp lược đồ",
    "": "Sao lưu",
}


def reason_label(reason: str) -> str:
    return REASONS.get(reason, reason or REASONS[""])


# -- when to back up, what to keep ------------------------------------------------------------
@dataclass(frozen=True)
class BackupPolicy:
    """Automatic backups at most every ``interval`` while the app is open (and on close); kept:
    everything younger than ``keep_all_days``, then the newest of each ISO week until
    ``weekly_days``, then the newest of each month."""

    interval: timedelta = timedelta(hours=24)
    keep_all_days: int = 7
    weekly_days: int = 61  # about two months

    def bucket(self, created: datetime, now: datetime) -> Hashable | None:
        """None = keep unconditionally; otherwise one backup per returned key is kept."""
        age = now - created
        if age < timedelta(days=self.keep_all_days):
            return None
        if age < timedelta(days=self.weekly_days):
            year, week, _ = created.isocalendar()
            return ("week", year, week)
        return ("month", created.year, created.month)


DEFAULT_POLICY = BackupPolicy()


def backup_due(last: datetime | None, now: datetime, policy: BackupPolicy = DEFAULT_POLICY) -> bool:
    """An automatic backup is due when there is none, the newest is ``interval`` old, or the
    clock went back by more than a day (a newest backup "from the future")."""
    if last is None:
        return True
    if last - now > timedelta(days=1):
        return True
    return now - last >= policy.interval


def thin_plan(backups: Iterable[tuple[Hashable, datetime]], now: datetime,
              policy: BackupPolicy = DEFAULT_POLICY) -> tuple[list[Hashable], list[Hashable]]:
    """Split ``(key, created)`` pairs into (keep, delete) by the policy.

    The newest backup is always kept, whatever its age; within a week or month bucket the newest
    is kept. Both lists come back newest first.
    """
    ordered = sorted(backups, key=lambda kb: kb[1], reverse=True)
    keep: list[Hashable] = []
    delete: list[Hashable] = []
    seen: set[Hashable] = set()
    for i, (key, created) in enumerate(ordered):
        bucket = policy.bucket(created, now)
        if i == 0 or bucket is None or created > now:
            keep.append(key)
            if bucket is not None:
                seen.add(bucket)
        elif bucket in seen:
            delete.append(key)
        else:
            seen.add(bucket)
            keep.append(key)
    return keep, delete


# -- the backup folder ------------------------------------------------------------------------
def resolve_backup_dir(db_path: Path | str, setting: str | None) -> Path:
    """The folder the user chose (``settings["backup_dir"]``) or the default beside the database."""
    setting = (setting or "").strip()
    if setting:
        return Path(setting).expanduser()
    return backups_dir(Path(db_path))


def is_default_backup_dir(db_path: Path | str, folder: Path | str) -> bool:
    return Path(folder) == backups_dir(Path(db_path))


def folder_problem(folder: Path | str, *, create: bool = False) -> str | None:
    """None when backups can be written into ``folder``; otherwise a Vietnamese explanation.

    A folder the user chose is never created here (a missing one usually means the USB stick is
    not plugged in or the network drive is not connected: creating it would silently put the
    backups on the local disk); ``create`` is for the default folder beside the database.
    """
    folder = Path(folder)
    try:
        if not folder.is_dir():
            if folder.exists():
                return f"\"{folder}\" không phải là một thư mục."
            if not create:
                return (f"Không truy cập được thư mục sao lưu \"{folder}\": ổ USB chưa cắm, ổ mạng bị ngắt "
                        "hoặc thư mục đã bị xóa. Hãy cắm lại ổ hoặc chọn thư mục sao lưu khác.")
            folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".dvdesk-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return describe_os_error(exc, folder, folder=True)
    return None
