"""Backups with the SQLite backup API (never a file copy of a live WAL database).

A backup is one ``.dvbak`` file: a zip holding ``dvdesk.sqlite3`` (verified with
``quick_check`` before it is packed), the attachment files it references and ``manifest.json``
(date, schema version, record counts, checksum). Writing goes to a temporary file that is renamed
into place, so a crash never leaves a half-written backup under the real name.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dvdesk import __version__
from dvdesk.domain.errors import DvdeskError, SchemaError
from dvdesk.paths import attachments_dir, backups_dir

DB_MEMBER = "dvdesk.sqlite3"
MANIFEST = "manifest.json"
COUNTED_TABLES = ("units", "initiatives", "reviews", "decisions", "awards", "directive_documents", "attachments")


@dataclass
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    counts: dict[str, int]
    size: int
    db_sha256: str = ""


def _quick_check(conn: sqlite3.Connection) -> None:
    result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise DvdeskError("Bản sao lưu không toàn vẹn: " + "; ".join(result[:5]))


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    out = {}
    for t in COUNTED_TABLES:
        try:
            out[t] = conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.OperationalError:
            out[t] = 0
    return out


def content_checksum(conn: sqlite3.Connection) -> str:
    """A checksum of every row of every table (order-independent of storage layout)."""
    h = hashlib.sha256()
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    # full-text indexes are derived data (rebuilt from their content table): not part of the content
    tables = [n for n, _ in rows if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]
    for t in tables:
        h.update(t.encode())
        for row in sorted(repr(r) for r in conn.execute(f"SELECT * FROM \"{t}\"")):
            h.update(row.encode())
    return h.hexdigest()


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_backup_name(db_path: Path, reason: str = "") -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{reason}" if reason else ""
    return f"{db_path.stem}-{stamp}{suffix}.dvbak"


def backup_database(db_path: Path | str, dest: Path | str | None = None, *,
                    conn: sqlite3.Connection | None = None, reason: str = "") -> BackupInfo:
    """Back up the database at ``db_path`` (using ``conn`` when given) into ``dest``.

    ``dest`` may be a folder or a file name; by default the ``<db>-backups`` folder beside it.
    """
    db_path = Path(db_path)
    dest = Path(dest) if dest else backups_dir(db_path)
    if dest.suffix.lower() != ".dvbak":
        dest = dest / default_backup_name(db_path, reason)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DvdeskError(f"Không tạo được thư mục sao lưu {dest.parent}: {exc.strerror or exc}. "
                          "Hãy kiểm tra ổ USB hoặc ổ mạng.") from exc
    own = conn is None
    src = conn or sqlite3.connect(str(db_path))
    try:
        with tempfile.TemporaryDirectory(prefix="dvdesk-backup-", dir=dest.parent) as tmpdir:
            snap = Path(tmpdir) / DB_MEMBER
            snap_conn = sqlite3.connect(str(snap))
            try:
                src.backup(snap_conn)
                snap_conn.execute("PRAGMA journal_mode = DELETE")
                _quick_check(snap_conn)
                version = snap_conn.execute("PRAGMA user_version").fetchone()[0]
                counts = _counts(snap_conn)
                try:
                    hashes = [r[0] for r in snap_conn.execute("SELECT DISTINCT sha256 FROM attachments")]
                except sqlite3.OperationalError:
                    hashes = []
            finally:
                snap_conn.close()
            manifest = {
                "app": "dvdesk", "app_version": __version__, "created_at": datetime.now().isoformat(timespec="seconds"),
                "source": str(db_path), "schema_version": version, "counts": counts, "db_sha256": _file_sha(snap),
            }
            files_root = attachments_dir(db_path)
            tmp_zip = Path(tmpdir) / "backup.zip"
            with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
                zf.write(snap, DB_MEMBER)
                missing = []
                for sha in hashes:
                    f = files_root / sha[:2] / sha
                    if f.exists():
                        zf.write(f, f"files/{sha[:2]}/{sha}", compress_type=zipfile.ZIP_STORED)
                    else:
                        missing.append(sha)
                manifest["missing_files"] = missing
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            with open(tmp_zip, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp_zip, dest)
    except OSError as exc:
        raise DvdeskError(f"Không ghi được bản sao lưu vào {dest}: {exc.strerror or exc}.") from exc
    finally:
        if own:
            src.close()
    return BackupInfo(dest, manifest["created_at"], version, counts, dest.stat().st_size, manifest["db_sha256"])


def read_backup_info(path: Path | str) -> BackupInfo:
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            m = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, OSError) as exc:
        raise DvdeskError(f"Tệp {path.name} không phải là bản sao lưu dvdesk hợp lệ.") from exc
    return BackupInfo(path, m.get("created_at", ""), m.get("schema_version", 0), m.get("counts", {}),
                      path.stat().st_size, m.get("db_sha256", ""))


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (unreadable files are skipped)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob("*.dvbak"):
        try:
            out.append(read_backup_info(p))
        except DvdeskError:
            continue
    return sorted(out, key=lambda b: b.created_at, reverse=True)


def restore_backup(backup: Path | str, db_path: Path | str, *, keep_current: bool = True) -> BackupInfo | None:
    """Replace the database at ``db_path`` with the backup's content.

    The backup is verified first (zip, checksum, ``quick_check``, schema not newer than this
    program); the current database is backed up before being overwritten (returned), and the
    copy is done with the backup API so the target's WAL stays consistent.
    """
    from dvdesk.store.migrations import SCHEMA_VERSION

    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise DvdeskError(f"Không tìm thấy tệp sao lưu: {backup}")
    with tempfile.TemporaryDirectory(prefix="dvdesk-restore-") as tmpdir:
        snap = Path(tmpdir) / DB_MEMBER
        files: list[str] = []
        if zipfile.is_zipfile(backup):
            info = read_backup_info(backup)
            with zipfile.ZipFile(backup) as zf:
                zf.extract(DB_MEMBER, tmpdir)
                files = [n for n in zf.namelist() if n.startswith("files/") and not n.endswith("/")]
                if info.db_sha256 and _file_sha(snap) != info.db_sha256:
                    raise DvdeskError(f"Bản sao lưu {backup.name} bị hỏng (sai mã kiểm tra).")
                root = attachments_dir(db_path)
                for name in files:
                    target = root / Path(name).relative_to("files")
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        with zf.open(name) as src_fh, open(target, "wb") as out:
                            out.write(src_fh.read())
        else:
            # a plain SQLite file (e.g. copied by hand)
            src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            dst = sqlite3.connect(str(snap))
            try:
                src.backup(dst)
            except sqlite3.DatabaseError as exc:
                raise DvdeskError(f"Tệp {backup.name} không phải là bản sao lưu hợp lệ.") from exc
            finally:
                src.close()
                dst.close()
        check = sqlite3.connect(str(snap))
        try:
            try:
                _quick_check(check)
                version = check.execute("PRAGMA user_version").fetchone()[0]
                tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            except sqlite3.DatabaseError as exc:
                raise DvdeskError(f"Tệp {backup.name} không phải là bản sao lưu hợp lệ.") from exc
            if version > SCHEMA_VERSION:
                raise SchemaError("Bản sao lưu được tạo bởi phiên bản dvdesk mới hơn: hãy cập nhật chương trình.")
            if not {"initiatives", "units", "settings"} <= tables:
                raise DvdeskError(f"Tệp {backup.name} không chứa cơ sở dữ liệu dvdesk.")
            previous = None
            if keep_current and db_path.exists() and db_path.stat().st_size > 0:
                previous = backup_database(db_path, reason="truoc-khoi-phuc")
            db_path.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(str(db_path), isolation_level=None)
            try:
                target.execute("PRAGMA busy_timeout = 5000")
                check.backup(target)
                target.execute("PRAGMA journal_mode = WAL")
            finally:
                target.close()
        finally:
            check.close()
    return previous
