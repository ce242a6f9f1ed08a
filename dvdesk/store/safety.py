"""Data-safety policy in pure Python (no Qt, no I/O beyond small probes): when to back up, which
backups to keep, where the backup folder is and whether it can be reached, and plain Vietnamese
messages for the operating-system errors an office PC meets (disk full, read-only folder, a file
open in Excel, an unplugged USB stick or a dropped network drive).

The mechanics (writing, verifying, restoring ``.dvbak`` files) are in :mod:`dvdesk.store.backup`.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dvdesk.domain.labels import AUDIT_FIELD_LABELS
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


# -- operating-system errors in plain Vietnamese ----------------------------------------------
# Windows error codes: sharing/lock violations (a file open in Excel or a PDF viewer), and the
# "network path not found" family.
_WIN_LOCKED = {32, 33}
_WIN_UNREACHABLE = {2, 3, 15, 21, 53, 64, 67, 1231, 1232}
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)}
_UNREACHABLE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, getattr(errno, "ENOTCONN", -1),
                getattr(errno, "EHOSTDOWN", -1), getattr(errno, "EHOSTUNREACH", -1),
                getattr(errno, "ESTALE", -1), getattr(errno, "ENETUNREACH", -1), getattr(errno, "ETIMEDOUT", -1)}


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _DISK_FULL


def is_locked_file(exc: BaseException) -> bool:
    """A file another program holds open (Windows sharing violation)."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in _WIN_LOCKED


def describe_os_error(exc: OSError, path: Path | str, *, folder: bool = False) -> str:
    """A complete Vietnamese sentence for ``exc`` raised while writing ``path``."""
    path = Path(path)
    where = f"thư mục \"{path}\"" if folder else f"\"{path}\""
    if is_disk_full(exc):
        return (f"Ổ đĩa chứa {where} đã đầy, không đủ chỗ trống để ghi. Hãy xóa bớt tệp không cần thiết "
                "hoặc chọn ổ đĩa khác. Dữ liệu cũ không bị thay đổi.")
    if exc.errno == errno.EROFS:
        return f"Ổ đĩa chứa {where} chỉ cho phép đọc (ổ chống ghi hoặc đĩa CD). Hãy chọn nơi lưu khác."
    if is_locked_file(exc):
        return (f"Tệp {where} đang được mở trong một chương trình khác (Excel, trình xem PDF…). "
                "Hãy đóng tệp đó rồi thử lại, hoặc lưu với tên khác.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (f"Không có quyền ghi vào {where} (thư mục chỉ đọc hoặc bị khóa). "
                "Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents).")
    if exc.errno in _UNREACHABLE or getattr(exc, "winerror", None) in _WIN_UNREACHABLE:
        return (f"Không truy cập được {where}: ổ USB chưa cắm, ổ mạng bị ngắt hoặc thư mục không còn. "
                "Hãy kiểm tra lại rồi thử lại.")
    return f"Lỗi đọc/ghi {where}: {exc.strerror or exc}."


# -- the audit log, for viewing and exporting ---------------------------------------------------
ACTION_LABELS = {
    "insert": "Thêm mới", "update": "Sửa", "delete": "Xóa (vào thùng rác)", "restore": "Khôi phục",
    "purge": "Xóa vĩnh viễn",
}
EXTRA_TABLE_LABELS = {
    "settings": "Cài đặt", "unit_links": "Liên kết đơn vị", "award_coefficients": "Hệ số khen thưởng",
    "base_salaries": "Mức lương cơ sở", "milestones": "Kỳ sơ kết, tổng kết",
    "initiative_status_log": "Nhật ký trạng thái",
}
FIELD_LABELS = AUDIT_FIELD_LABELS  # the one mapping of dvdesk.domain.labels, as the log writes it
# derived columns (search keys) are kept in the log but not shown as "changed fields"
DERIVED_FIELDS = {"search_text", "name_fold", "number_fold", "name_sort", "person_sort"}


def shown_fields(changed: list[str]) -> list[str]:
    return [c for c in changed if c not in DERIVED_FIELDS]


def show_value(v: object) -> str:
    return "(trống)" if v in (None, "") else str(v)


def table_label(table: str) -> str:
    from dvdesk.store.repositories import TRASH_TABLES

    if table in TRASH_TABLES:
        return TRASH_TABLES[table][0]
    return EXTRA_TABLE_LABELS.get(table, table)


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


@dataclass
class AuditFilter:
    table: str | None = None
    row_id: int | None = None
    user: str | None = None
    action: str | None = None
    text: str = ""            # found in the changed fields' names or values
    since: str | None = None  # ISO date/time, inclusive
    until: str | None = None  # ISO date/time, exclusive


def _audit_where(f: AuditFilter) -> tuple[str, list]:
    where, params = [], []
    for col, value in (("table_name", f.table), ("row_id", f.row_id), ("user", f.user), ("action", f.action)):
        if value not in (None, ""):
            where.append(f"{col} = ?")
            params.append(value)
    if f.since:
        where.append("at >= ?")
        params.append(f.since)
    if f.until:
        where.append("at < ?")
        params.append(f.until)
    for word in (f.text or "").split():
        where.append("(changed LIKE ? OR coalesce(before, '') LIKE ? OR coalesce(after, '') LIKE ?)")
        params += [f"%{word}%"] * 3
    return (" WHERE " + " AND ".join(where)) if where else "", params


def audit_count(store, f: AuditFilter | None = None) -> int:
    where, params = _audit_where(f or AuditFilter())
    return store.scalar("SELECT count(*) FROM audit_log" + where, tuple(params))


def audit_query(store, f: AuditFilter | None = None, limit: int | None = None) -> list[dict]:
    """Audit entries (newest first) as dicts: id, at, user, action, table_name, row_id, changed
    (list), before, after (dicts or None) and ``label``, the record's current name."""
    import json

    where, params = _audit_where(f or AuditFilter())
    sql = "SELECT * FROM audit_log" + where + " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = store.query(sql, tuple(params))
    for r in rows:
        r["changed"] = [c for c in (r["changed"] or "").split(",") if c]
        r["before"] = json.loads(r["before"]) if r["before"] else None
        r["after"] = json.loads(r["after"]) if r["after"] else None
    _attach_labels(store, rows)
    return rows


def _attach_labels(store, rows: list[dict]) -> None:
    from dvdesk.store.repositories import TRASH_TABLES

    wanted: dict[str, set[int]] = {}
    for r in rows:
        if r["table_name"] in TRASH_TABLES:
            wanted.setdefault(r["table_name"], set()).add(r["row_id"])
    labels: dict[tuple[str, int], str] = {}
    for table, ids in wanted.items():
        expr = TRASH_TABLES[table][1]
        id_list = sorted(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i:i + 500]
            for rid, label in store.conn.execute(
                    f"SELECT id, {expr} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                labels[(table, rid)] = label or ""
    for r in rows:
        if r["table_name"] == "settings":
            r["label"] = ", ".join(field_label(c) for c in r["changed"])
        else:
            r["label"] = labels.get((r["table_name"], r["row_id"]), "")


def audit_distinct(store, column: str) -> list[str]:
    if column not in ("user", "table_name", "action"):
        raise ValueError(column)
    return [r[0] for r in store.conn.execute(f"SELECT DISTINCT {column} FROM audit_log ORDER BY 1")]


def describe_change(entry: dict, max_len: int = 80) -> str:
    """"tên: 'cũ' → 'mới'; kinh phí: 0 → 5000000" for the changed fields of an entry."""
    before, after = entry.get("before") or {}, entry.get("after") or {}

    def short(v: object) -> str:
        text = show_value(v)
        return text if len(text) <= max_len else text[: max_len - 1] + "…"

    parts = []
    for name in shown_fields(entry.get("changed") or []):
        if entry.get("action") == "insert":
            parts.append(f"{field_label(name)}: {short(after.get(name))}")
        else:
            parts.append(f"{field_label(name)}: {short(before.get(name))} → {short(after.get(name))}")
    return "; ".join(parts)


AUDIT_EXPORT_HEADER = ["Thời gian", "Người dùng", "Thao tác", "Loại bản ghi", "Mã số", "Bản ghi",
                       "Trường thay đổi", "Chi tiết thay đổi"]


def audit_export_rows(store, f: AuditFilter | None = None) -> list[list[object]]:
    """Rows for an export (all matching entries, newest first, in the header's order)."""
    out = []
    for e in audit_query(store, f):
        out.append([e["at"].replace("T", " "), e["user"], ACTION_LABELS.get(e["action"], e["action"]),
                    table_label(e["table_name"]), e["row_id"] if e["table_name"] != "settings" else "", e["label"],
                    ", ".join(field_label(c) for c in shown_fields(e["changed"])), describe_change(e, max_len=500)])
    return out
