"""Database health: ``integrity_check`` (or the faster ``quick_check`` at start-up), foreign keys,
schema version, the schema itself compared object by object with the app's (an extra trigger or a
fake minimal schema is a problem), the full-text index (``dvdesk check``); when the file is
damaged, the newest good backup to restore."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dvdesk.store import schema_check, unit_graph
from dvdesk.store.db import connect, is_dvdesk_database, schema_version
from dvdesk.store.errors import describe, error_kind
from dvdesk.store.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)


@dataclass
class CheckReport:
    path: Path
    schema_version: int = 0
    expected_version: int = SCHEMA_VERSION
    integrity: list[str] = field(default_factory=list)
    foreign_key_errors: int = 0
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    damaged: bool = False          # unreadable or failing integrity/quick check: restore a backup
    busy: bool = False             # another program holds it: not damage — retry, never restore over it
    schema_differs: bool = False   # objects differ from the app's schema for this version
    latest_backup: object = None   # BackupInfo of the newest good backup when damaged (suggest_backup)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"Cơ sở dữ liệu: {self.path}",
               f"Phiên bản lược đồ: v{self.schema_version} (chương trình: v{self.expected_version})"]
        if self.counts:
            out.append("Số bản ghi: " + ", ".join(f"{k} {v}" for k, v in self.counts.items()))
        if self.healthy:
            out.append("Kết quả: tốt — toàn vẹn dữ liệu, khóa ngoại và lược đồ đều hợp lệ.")
        else:
            out.append("Kết quả: CÓ LỖI")
            out.extend(f"  - {p}" for p in self.problems)
        if self.damaged:
            b = self.latest_backup
            if b is not None:
                when = b.created.strftime("%H:%M ngày %d/%m/%Y") if b.created else b.created_at
                out.append(f"Bản sao lưu tốt gần nhất: {b.path} ({when}).")
                out.append(f"Khôi phục bằng lệnh: dvdesk restore \"{b.path}\" --db \"{self.path}\"")
            else:
                out.append("Không tìm thấy bản sao lưu tốt nào để khôi phục.")
        return out


def check_database(path: Path | str, quick: bool = False, suggest_backup: bool = True,
                   foreign_keys: bool = True) -> CheckReport:
    """Check the file at ``path`` read-only. ``quick`` uses ``quick_check`` (start-up) instead of
    the full ``integrity_check``; ``foreign_keys=False`` skips ``foreign_key_check`` (start-up:
    a broken reference is not damage to the file). When the file is damaged and
    ``suggest_backup`` is set, the newest backup that verifies is looked up (``latest_backup``)."""
    path = Path(path)
    report = CheckReport(path)
    if not path.exists():
        report.problems.append(f"Không tìm thấy tệp {path}.")
        return report
    try:
        conn = connect(path, readonly=True)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # SQLite's message may quote damaged text
        if _busy(report, exc):
            return report
        report.problems.append(f"Không mở được tệp: {_words(exc, path)}")
        report.damaged = True
        _suggest(report, suggest_backup)
        return report
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a damaged file's text never raises
    try:
        report.schema_version = schema_version(conn)
        pragma = "quick_check" if quick else "integrity_check"
        report.integrity = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        if report.integrity != ["ok"]:
            report.damaged = True
            report.problems.extend(f"Toàn vẹn: {msg}" for msg in report.integrity[:20])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall() if foreign_keys else []
        report.foreign_key_errors = len(fk)
        if fk:
            tables = sorted({r[0] for r in fk})
            report.problems.append(f"{len(fk)} dòng vi phạm khóa ngoại (bảng: {', '.join(tables)}).")
        current = schema_check.current_version()
        if not is_dvdesk_database(conn) or report.schema_version < 1:
            report.problems.append("Tệp không phải là cơ sở dữ liệu dvdesk.")
        elif report.schema_version > current:
            report.problems.append("Cơ sở dữ liệu thuộc phiên bản dvdesk mới hơn.")
        elif diffs := schema_check.schema_differences(conn, report.schema_version):
            report.schema_differs = True
            report.problems.append(f"Lược đồ khác với lược đồ v{report.schema_version} của chương trình "
                                   "(có thể đã bị sửa đổi):")
            report.problems.extend(diffs)
        elif report.schema_version < current:
            report.problems.append(f"Lược đồ cũ (v{report.schema_version}): mở bằng chương trình để nâng cấp.")
        else:
            report.problems.extend(unit_graph.stored_loops(conn))
            for t in ("units", "initiatives", "reviews", "decisions", "awards"):
                report.counts[t] = conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
        if not quick and not report.damaged and not report.schema_differs and 1 <= report.schema_version <= current:
            fts = _fts_problems(path)
            if fts:
                report.damaged = True
                report.problems.extend(fts)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if not _busy(report, exc):
            report.problems.append(f"Lỗi khi kiểm tra: {_words(exc, path)}")
            report.damaged = True
    finally:
        conn.close()
    _suggest(report, suggest_backup)
    return report


def _busy(report: CheckReport, exc: BaseException) -> bool:
    """A database another program is writing is in use, not damaged: say so and stop."""
    if isinstance(exc, sqlite3.Error) and error_kind(exc) == "busy":
        report.busy = True
        report.problems.append(describe(exc, report.path))
        return True
    return False


def _words(exc: BaseException, path: Path) -> str:
    """SQLite's error in Vietnamese (its own text, which may quote damaged bytes, stays in the log)."""
    if isinstance(exc, sqlite3.Error) and error_kind(exc) != "other":
        return describe(exc, path)
    return f"tệp không phải là cơ sở dữ liệu SQLite hợp lệ hoặc đã bị hỏng ({type(exc).__name__})."


def _fts_problems(path: Path) -> list[str]:
    """FTS5's integrity check needs a connection that may write (it writes nothing): one
    transaction, rolled back."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        return [f"Không kiểm tra được chỉ mục tìm kiếm ({exc})."]
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("BEGIN")
        try:
            return schema_check.fts_problems(conn)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:  # read-only medium, database busy: not damage
        log.info("full-text index of %s not checked: %s", path, exc)
        return []
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [f"Chỉ mục tìm kiếm bị hỏng ({exc})."]
    finally:
        conn.close()


def _suggest(report: CheckReport, wanted: bool) -> None:
    if not (wanted and report.damaged):
        return
    from dvdesk.store.backup import candidate_backup_folders, latest_good_backup

    report.latest_backup = latest_good_backup(candidate_backup_folders(report.path), report.path)
