"""Database health: ``integrity_check`` (or the faster ``quick_check`` at start-up), foreign keys,
schema version (``dvdesk check``); when the file is damaged, the newest good backup to restore."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dvdesk.store.db import connect, is_dvdesk_database, schema_version
from dvdesk.store.migrations import SCHEMA_VERSION


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
            out.append("Kết quả: tốt — toàn vẹn dữ liệu và khóa ngoại đều hợp lệ.")
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
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"Không mở được tệp: {exc}.")
        report.damaged = True
        _suggest(report, suggest_backup)
        return report
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
        if not is_dvdesk_database(conn):
            report.problems.append("Tệp không phải là cơ sở dữ liệu dvdesk.")
        elif report.schema_version > SCHEMA_VERSION:
            report.problems.append("Cơ sở dữ liệu thuộc phiên bản dvdesk mới hơn.")
        elif report.schema_version < SCHEMA_VERSION:
            report.problems.append(f"Lược đồ cũ (v{report.schema_version}): mở bằng chương trình để nâng cấp.")
        else:
            for t in ("units", "initiatives", "reviews", "decisions", "awards"):
                report.counts[t] = conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"Lỗi khi kiểm tra: {exc}.")
        report.damaged = True
    finally:
        conn.close()
    _suggest(report, suggest_backup)
    return report


def _suggest(report: CheckReport, wanted: bool) -> None:
    if not (wanted and report.damaged):
        return
    from dvdesk.store.backup import candidate_backup_folders, latest_good_backup

    report.latest_backup = latest_good_backup(candidate_backup_folders(report.path), report.path)
