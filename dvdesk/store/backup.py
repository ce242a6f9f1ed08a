"""Backups with the SQLite backup API (never a file copy of a live WAL database).

A backup is one ``.dvbak`` file: a zip holding ``dvdesk.sqlite3`` (a backup-API snapshot checked
with ``quick_check``), the attachment files it references and ``manifest.json`` (date, reason,
source, host, schema version, record counts, SHA-256 of the database member). It is written to a
temporary file in the destination folder, read back and verified (every member's CRC and the
database checksum), flushed to disk and only then renamed into place, so a crash, a full disk or
an unplugged USB stick never leaves a half-written backup under a real name.

Restoring verifies the backup the same way, brings an older schema up to date, backs up the
current state first (or moves a damaged file aside) and copies the snapshot in with the backup
API, so another connection that has the database open simply sees the restored content.

:func:`auto_backup` applies the policy of :mod:`dvdesk.store.backup_policy`: at most daily, skipped when
nothing changed, into the folder the user chose (falling back to the default folder with a warning
when it is unreachable), then thinned.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import json
import logging
import os
import shutil
import socket
import sqlite3
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dvdesk import __version__
from dvdesk.domain.errors import DvdeskError, SchemaError
from dvdesk.domain.oserrors import describe_os_error
from dvdesk.paths import attachments_dir, backups_dir
from dvdesk.store.backup_policy import (
    DEFAULT_POLICY,
    SETTING_BACKUP_DIR,
    BackupPolicy,
    backup_due,
    folder_problem,
    reason_label,
    resolve_backup_dir,
    thin_plan,
)

log = logging.getLogger(__name__)

DB_MEMBER = "dvdesk.sqlite3"
MANIFEST = "manifest.json"
SUFFIX = ".dvbak"
TMP_PREFIX = ".dvdesk-tmp-"
COUNTED_TABLES = ("units", "initiatives", "reviews", "decisions", "awards", "directive_documents", "attachments")
STEP_PAGES = 4096  # pages per backup-API step (16 MB with 4 KiB pages): progress without slowing down

Progress = Callable[[int, int, str], None]


def _noop(done: int, total: int, text: str = "") -> None:
    return None


@dataclass
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    counts: dict[str, int]
    size: int
    db_sha256: str = ""
    reason: str = ""
    source: str = ""
    host: str = ""
    user: str = ""
    missing_files: list[str] = field(default_factory=list)

    @property
    def created(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.created_at)
        except (TypeError, ValueError):
            return None

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)

    def belongs_to(self, db_path: Path | str) -> bool:
        """Made from this database on this computer (thinning never touches other PCs' backups)."""
        if not self.source:
            return self.path.name.startswith(Path(db_path).stem + "-")
        return self.source == _source_id(db_path) and self.host in ("", _host())


def _host() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _source_id(db_path: Path | str) -> str:
    try:
        return str(Path(db_path).resolve())
    except OSError:
        return str(db_path)


def _sqlite_disk_full(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == 13 or "disk is full" in str(exc)  # SQLITE_FULL


def _quick_check(conn: sqlite3.Connection) -> None:
    result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise DvdeskError("Dữ liệu không toàn vẹn (quick_check): " + "; ".join(result[:5]))


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    out = {}
    for t in COUNTED_TABLES:
        try:
            out[t] = conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.OperationalError:
            out[t] = 0
    return out


def content_checksum(conn: sqlite3.Connection) -> str:
    """A checksum of every row of every table (independent of page layout and file format)."""
    h = hashlib.sha256()
    rows = conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type='table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    for t, _sql in rows:
        # full-text indexes (virtual tables and their shadow tables) are derived data: skipped
        if t in virtual or any(t.startswith(v + "_") for v in virtual):
            continue
        h.update(t.encode())
        # ordered by every column (not rowid, which VACUUM may renumber), streamed by SQLite's sorter
        ncols = len(conn.execute(f"PRAGMA table_info(\"{t}\")").fetchall())
        order = ", ".join(str(i) for i in range(1, ncols + 1))
        for row in conn.execute(f"SELECT * FROM \"{t}\" ORDER BY {order}"):
            h.update(repr(row).encode())
    return h.hexdigest()


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def default_backup_name(db_path: Path, reason: str = "", when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = f"-{reason}" if reason else ""
    return f"{Path(db_path).stem}-{stamp}{suffix}{SUFFIX}"


def _unique(dest: Path) -> Path:
    if not dest.exists():
        return dest
    for n in range(2, 1000):
        cand = dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        if not cand.exists():
            return cand
    raise DvdeskError(f"Không đặt được tên cho bản sao lưu trong {dest.parent}.")


def _open_source(db_path: Path) -> sqlite3.Connection:
    if not db_path.is_file():
        raise DvdeskError(f"Không tìm thấy tệp cơ sở dữ liệu: {db_path}")
    conn = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def snapshot(src: sqlite3.Connection, target: Path, progress: Progress = _noop, share: int = 100) -> None:
    """Copy the live database behind ``src`` into the file ``target`` with the backup API
    (consistent even while others write; restarted by SQLite if they do mid-copy)."""
    dst = sqlite3.connect(str(target))
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if total:
                progress(int(share * (total - remaining) / total), 100, "Đang sao chép cơ sở dữ liệu…")

        src.backup(dst, pages=STEP_PAGES, progress=step, sleep=0.0)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()


def backup_database(db_path: Path | str, dest: Path | str | None = None, *,
                    conn: sqlite3.Connection | None = None, reason: str = "",
                    progress: Progress | None = None, skip_if_sha: str = "") -> BackupInfo | None:
    """Back up the database at ``db_path`` (read through ``conn`` when given) into ``dest``.

    ``dest`` may be a folder or a ``.dvbak`` file name; by default the ``<db>-backups`` folder
    beside the database. Returns the verified backup's info, or None when ``skip_if_sha`` equals
    the snapshot's checksum (nothing changed since that backup). Raises :class:`DvdeskError` with
    a Vietnamese message (disk full, read-only or unreachable folder, damaged database).
    """
    progress = progress or _noop
    if conn is not None and conn.in_transaction:
        # SQLite's backup step would answer "locked" for ever inside our own write transaction
        raise DvdeskError("Không thể sao lưu giữa chừng một thao tác đang ghi: hãy sao lưu trước khi bắt đầu.")
    db_path = Path(db_path)
    dest = Path(dest) if dest else backups_dir(db_path)
    explicit = dest.suffix.lower() == SUFFIX  # a file name the user gave: replaced atomically
    if not explicit:
        dest = dest / default_backup_name(db_path, reason)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DvdeskError("Không tạo được thư mục sao lưu. " + describe_os_error(exc, dest.parent, folder=True)) \
            from exc
    own = conn is None
    src = _open_source(db_path) if own else conn
    work: Path | None = None      # local temporary folder: the snapshot (as big as the database)
    tmp_zip: Path | None = None   # the zip being written, in the destination folder (renamed at the end)
    where = Path(tempfile.gettempdir())
    try:
        work = Path(tempfile.mkdtemp(prefix=TMP_PREFIX))
        snap = work / DB_MEMBER
        try:
            snapshot(src, snap, progress, share=40)
        except sqlite3.DatabaseError as exc:
            if _sqlite_disk_full(exc):
                raise OSError(errno.ENOSPC, str(exc)) from exc
            raise DvdeskError(f"Không đọc được cơ sở dữ liệu {db_path.name} để sao lưu ({exc}).") from exc
        db_sha = _file_sha(snap)
        if skip_if_sha and db_sha == skip_if_sha:
            return None  # byte-identical to that (verified) backup: nothing changed
        snap_conn = sqlite3.connect(str(snap))
        try:
            try:
                _quick_check(snap_conn)
            except sqlite3.DatabaseError as exc:
                raise DvdeskError(f"Dữ liệu không toàn vẹn ({exc}).") from exc
            version = snap_conn.execute("PRAGMA user_version").fetchone()[0]
            counts = _counts(snap_conn)
            try:
                hashes = [r[0] for r in snap_conn.execute("SELECT DISTINCT sha256 FROM attachments ORDER BY 1")]
            except sqlite3.OperationalError:
                hashes = []
        finally:
            snap_conn.close()
        progress(45, 100, "Đang nén bản sao lưu…")
        manifest = {
            "app": "dvdesk", "app_version": __version__,
            "created_at": datetime.now().isoformat(timespec="seconds"), "reason": reason,
            "source": _source_id(db_path), "host": _host(), "user": _user(),
            "schema_version": version, "counts": counts, "db_sha256": db_sha,
        }
        files_root = attachments_dir(db_path)
        missing: list[str] = []
        where = dest.parent
        fd, name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=SUFFIX + ".part", dir=dest.parent)
        os.close(fd)
        tmp_zip = Path(name)
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.write(snap, DB_MEMBER)
            for n, sha in enumerate(hashes, 1):
                f = files_root / sha[:2] / sha
                if f.is_file():
                    zf.write(f, f"files/{sha[:2]}/{sha}", compress_type=zipfile.ZIP_STORED)
                else:
                    missing.append(sha)
                if n % 20 == 0:
                    progress(45 + int(40 * n / len(hashes)), 100, "Đang chép tệp đính kèm…")
            manifest["missing_files"] = missing
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        with open(tmp_zip, "rb+") as fh:
            os.fsync(fh.fileno())
        progress(88, 100, "Đang kiểm tra bản sao lưu…")
        verify_backup(tmp_zip)  # read back from the destination: what is on the stick is what we wrote
        final = dest if explicit else _unique(dest)
        os.replace(tmp_zip, final)
        tmp_zip = None
        _fsync_dir(final.parent)
        progress(100, 100, "Đã sao lưu.")
    except OSError as exc:
        raise DvdeskError("Không ghi được bản sao lưu. " + describe_os_error(exc, where, folder=True)) \
            from exc
    finally:
        if own:
            src.close()
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        if tmp_zip is not None:
            with contextlib.suppress(OSError):
                tmp_zip.unlink()
    if missing:
        log.warning("backup %s: %d attachment files missing", final, len(missing))
    log.info("backup written: %s (%s)", final, reason or "-")
    return _info_from_manifest(final, manifest)


def _info_from_manifest(path: Path, m: dict) -> BackupInfo:
    return BackupInfo(path, m.get("created_at", ""), m.get("schema_version", 0), m.get("counts", {}),
                      path.stat().st_size, m.get("db_sha256", ""), m.get("reason", ""), m.get("source", ""),
                      m.get("host", ""), m.get("user", ""), list(m.get("missing_files", [])))


def read_backup_info(path: Path | str) -> BackupInfo:
    """The manifest of a ``.dvbak`` (cheap: no verification)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            m = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DvdeskError(f"Tệp {path.name} không phải là bản sao lưu dvdesk hợp lệ.") from exc
    if not isinstance(m, dict):
        raise DvdeskError(f"Tệp {path.name} không phải là bản sao lưu dvdesk hợp lệ.")
    return _info_from_manifest(path, m)


def verify_backup(path: Path | str, *, deep: bool = False, extract_to: Path | None = None) -> BackupInfo:
    """Check a backup: manifest, every member's CRC, the database checksum; with ``deep`` also
    ``quick_check`` the database (all in one pass over the file). ``extract_to``: also keep the
    verified database there. Raises :class:`DvdeskError`."""
    path = Path(path)
    info = read_backup_info(path)
    damaged = f"Bản sao lưu {path.name} bị hỏng"
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix=TMP_PREFIX) as tmp:
            if DB_MEMBER not in zf.namelist():
                raise DvdeskError(f"{damaged} (thiếu cơ sở dữ liệu).")
            copy = Path(extract_to) if extract_to else Path(tmp) / DB_MEMBER
            keep = deep or extract_to is not None
            # reading a member to its end checks its CRC (zipfile raises BadZipFile otherwise)
            for member in zf.infolist():
                is_db = member.filename == DB_MEMBER
                h = hashlib.sha256()
                with zf.open(member) as fh, (open(copy, "wb") if is_db and keep else contextlib.nullcontext()) as out:
                    for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                        if is_db:
                            h.update(chunk)
                            if out is not None:
                                out.write(chunk)
                if is_db and info.db_sha256 and h.hexdigest() != info.db_sha256:
                    raise DvdeskError(f"{damaged} (sai mã kiểm tra cơ sở dữ liệu).")
            if deep:
                c = sqlite3.connect(str(copy))
                try:
                    _quick_check(c)
                except sqlite3.DatabaseError as exc:
                    raise DvdeskError(f"{damaged} ({exc}).") from exc
                finally:
                    c.close()
    except (zipfile.BadZipFile, KeyError, zipfile.LargeZipFile, zlib.error, EOFError) as exc:
        raise DvdeskError(f"{damaged} ({exc}).") from exc
    except OSError as exc:
        raise DvdeskError(f"{damaged} hoặc không đọc được: {describe_os_error(exc, path)}") from exc
    return info


def list_backups(folder: Path | str, db_path: Path | str | None = None) -> list[BackupInfo]:
    """Backups in ``folder`` (only those of ``db_path`` when given), newest first; files that are
    not readable backups are skipped."""
    folder = Path(folder)
    try:
        candidates = list(folder.glob("*" + SUFFIX)) if folder.is_dir() else []
    except OSError:
        return []
    out = []
    for p in candidates:
        try:
            info = read_backup_info(p)
        except DvdeskError:
            continue
        if db_path is None or info.belongs_to(db_path):
            out.append(info)
    return sorted(out, key=lambda b: (b.created_at, b.path.name), reverse=True)


def latest_good_backup(folders: list[Path], db_path: Path | str | None = None) -> BackupInfo | None:
    """The newest backup (in any of ``folders``) that passes :func:`verify_backup`."""
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in folders:
        for info in list_backups(folder, db_path):
            if info.path not in seen:
                seen.add(info.path)
                found.append(info)
    for info in sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True):
        try:
            return verify_backup(info.path, deep=True)
        except DvdeskError as exc:
            log.warning("skipping damaged backup %s: %s", info.path, exc)
    return None


# -- thinning and automatic backups -------------------------------------------------------------
def thin_backups(folder: Path | str, db_path: Path | str, now: datetime | None = None,
                 policy: BackupPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups of ``db_path`` in ``folder`` that the policy no longer keeps (and
    temporary leftovers of interrupted backups older than a day); returns the deleted files."""
    now = now or datetime.now()
    infos = [b for b in list_backups(folder, db_path) if b.created is not None]
    _keep, delete = thin_plan([(b.path, b.created) for b in infos], now, policy)
    deleted = []
    for p in delete:
        try:
            p.unlink()
            deleted.append(p)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", p, exc)
    for where in (Path(folder), Path(tempfile.gettempdir())):  # leftovers of interrupted backups
        with contextlib.suppress(OSError):
            for leftover in where.glob(TMP_PREFIX + "*"):
                if time.time() - leftover.stat().st_mtime > 86400:
                    if leftover.is_dir():
                        shutil.rmtree(leftover, ignore_errors=True)
                    else:
                        leftover.unlink()
    return deleted


@dataclass
class AutoBackupResult:
    folder: Path
    info: BackupInfo | None = None          # the new backup, None when skipped
    skipped: str = ""                       # why nothing was written ("" when written)
    warning: str = ""                       # e.g. the chosen folder is unreachable (fallback used)
    deleted: list[Path] = field(default_factory=list)


def auto_backup(db_path: Path | str, setting: str | None = None, *, reason: str = "tu-dong",
                now: datetime | None = None, force: bool = False, only_if_changed: bool = True,
                conn: sqlite3.Connection | None = None, progress: Progress | None = None,
                policy: BackupPolicy = DEFAULT_POLICY) -> AutoBackupResult:
    """One automatic backup by the policy: due at most every ``policy.interval`` (``force`` to
    ignore the interval, e.g. on close or before an import), skipped when the database is
    byte-identical to the newest backup (``only_if_changed``), written into the chosen folder or
    — when that folder is unreachable — the default folder with a warning, then thinned."""
    db_path = Path(db_path)
    now = now or datetime.now()
    folder = resolve_backup_dir(db_path, setting)
    default = backups_dir(db_path)
    warning = ""
    problem = folder_problem(folder, create=folder == default)
    if problem and folder != default:
        warning = problem + f" Bản sao lưu được ghi tạm vào thư mục mặc định \"{default}\"."
        log.warning("backup folder unreachable, using %s: %s", default, problem)
        folder = default
        problem = folder_problem(folder, create=True)
    if problem:
        raise DvdeskError("Không sao lưu được. " + problem)
    existing = list_backups(folder, db_path)
    newest = existing[0] if existing else None
    if not force and not backup_due(newest.created if newest else None, now, policy):
        return AutoBackupResult(folder, skipped="Chưa đến hạn sao lưu tự động.", warning=warning)
    skip_sha = newest.db_sha256 if (newest and only_if_changed) else ""
    info = backup_database(db_path, folder, conn=conn, reason=reason, progress=progress, skip_if_sha=skip_sha)
    if info is None:
        return AutoBackupResult(folder, skipped="Dữ liệu không thay đổi từ lần sao lưu gần nhất.", warning=warning)
    deleted = thin_backups(folder, db_path, now, policy)
    return AutoBackupResult(folder, info, warning=warning, deleted=deleted)


def backup_before(db_path: Path | str, setting: str | None, reason: str,
                  conn: sqlite3.Connection | None = None, progress: Progress | None = None) -> BackupInfo | None:
    """The backup taken before a risky operation (``reason`` "truoc-nhap" before an import):
    always written unless the newest backup is byte-identical. Returns the backup used."""
    result = auto_backup(db_path, setting, reason=reason, force=True, conn=conn, progress=progress)
    if result.info is None:
        existing = list_backups(result.folder, db_path)
        return existing[0] if existing else None
    return result.info


# -- restore --------------------------------------------------------------------------------------
def _move_aside(db_path: Path) -> Path:
    """Keep a damaged database (and its WAL) under a new name instead of overwriting it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.hong-{stamp}{db_path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            os.replace(src, Path(str(aside) + suffix))
    return aside


def _prepare_snapshot(backup: Path, tmpdir: Path) -> tuple[Path, list[str]]:
    """Extract (or copy with the backup API) the backup's database into ``tmpdir``."""
    snap = tmpdir / DB_MEMBER
    if zipfile.is_zipfile(backup):
        verify_backup(backup, extract_to=snap)
        with zipfile.ZipFile(backup) as zf:
            files = [n for n in zf.namelist() if n.startswith("files/") and not n.endswith("/")]
        return snap, files
    # a plain SQLite file (e.g. copied by hand from another PC)
    try:
        src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DvdeskError(f"Tệp {backup.name} không phải là bản sao lưu hợp lệ.") from exc
    try:
        snapshot(src, snap)
    except sqlite3.DatabaseError as exc:
        raise DvdeskError(f"Tệp {backup.name} không phải là bản sao lưu hợp lệ.") from exc
    finally:
        src.close()
    return snap, []


def _check_snapshot(snap: Path, name: str) -> None:
    """Refuse anything but a healthy dvdesk database this program can read; migrate an older one."""
    from dvdesk.store.migrations import SCHEMA_VERSION

    check = sqlite3.connect(str(snap))
    try:
        try:
            _quick_check(check)
            version = check.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise DvdeskError(f"Tệp {name} không phải là bản sao lưu hợp lệ.") from exc
    finally:
        check.close()
    if version > SCHEMA_VERSION:
        raise SchemaError(f"Bản sao lưu {name} được tạo bởi phiên bản dvdesk mới hơn (lược đồ v{version}): "
                          "hãy cập nhật chương trình.")
    if not {"initiatives", "units", "settings"} <= tables:
        raise DvdeskError(f"Tệp {name} không chứa cơ sở dữ liệu dvdesk.")
    if version < SCHEMA_VERSION:
        from dvdesk.store.db import open_store

        open_store(snap, backup_before_migrate=False).close()  # the backup itself is the backup
        c = sqlite3.connect(str(snap))
        try:
            c.execute("PRAGMA journal_mode = DELETE")
        finally:
            c.close()


def restore_backup(backup: Path | str, db_path: Path | str, *, keep_current: bool = True,
                   backup_dir: Path | str | None = None, damaged: bool = False,
                   progress: Progress | None = None) -> BackupInfo | None:
    """Replace the content of the database at ``db_path`` with the backup's.

    The backup is verified first (zip CRCs, checksum, ``quick_check``, a dvdesk schema not newer
    than this program; an older one is migrated). Then the current database is backed up into
    ``backup_dir`` (default: ``<db>-backups``) — when that is impossible the restore is refused,
    unless ``damaged`` says the current file is known to be broken: it is then moved aside
    (``<db>.hong-<stamp>.sqlite3``). The content is copied in with the backup API, so a Store
    that has the database open reads the restored data on its next query (the caller refreshes
    its views). Returns the backup of the previous state (or the moved-aside file), or None.
    """
    progress = progress or _noop
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise DvdeskError(f"Không tìm thấy tệp sao lưu: {backup}")
    previous: BackupInfo | None = None
    try:
        with tempfile.TemporaryDirectory(prefix=TMP_PREFIX, ignore_cleanup_errors=True) as tmp:
            tmpdir = Path(tmp)
            progress(5, 100, "Đang kiểm tra bản sao lưu…")
            snap, files = _prepare_snapshot(backup, tmpdir)
            _check_snapshot(snap, backup.name)
            progress(25, 100, "Đang sao lưu dữ liệu hiện tại…")
            exists = db_path.exists() and db_path.stat().st_size > 0
            if keep_current and exists:
                try:
                    previous = backup_database(db_path, backup_dir or backups_dir(db_path), reason="truoc-khoi-phuc")
                except DvdeskError as exc:
                    if not damaged:
                        raise DvdeskError(f"Chưa khôi phục: không sao lưu được dữ liệu hiện tại. {exc}") from exc
                    aside = _move_aside(db_path)
                    log.warning("damaged database moved aside to %s", aside)
                    previous = BackupInfo(aside, datetime.now().isoformat(timespec="seconds"), 0, {},
                                          aside.stat().st_size, reason="du-lieu-hong")
            elif damaged and exists:
                aside = _move_aside(db_path)
                previous = BackupInfo(aside, datetime.now().isoformat(timespec="seconds"), 0, {},
                                      aside.stat().st_size, reason="du-lieu-hong")
            progress(55, 100, "Đang khôi phục cơ sở dữ liệu…")
            db_path.parent.mkdir(parents=True, exist_ok=True)
            _copy_into(snap, db_path)
            progress(85, 100, "Đang khôi phục tệp đính kèm…")
            _restore_files(backup, files, attachments_dir(db_path))
    except OSError as exc:
        raise DvdeskError("Không khôi phục được. " + describe_os_error(exc, db_path)) from exc
    progress(100, 100, "Đã khôi phục.")
    log.info("restored %s from %s (previous state: %s)", db_path, backup, previous.path if previous else "-")
    return previous


def _copy_into(snap: Path, db_path: Path) -> None:
    src = sqlite3.connect(str(snap))
    target = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        target.execute("PRAGMA busy_timeout = 10000")
        page = target.execute("PRAGMA page_size").fetchone()[0]
        if src.execute("PRAGMA page_size").fetchone()[0] != page:  # WAL targets cannot change page size
            src.execute(f"PRAGMA page_size = {int(page)}")
            src.execute("VACUUM")
        try:
            src.backup(target, pages=STEP_PAGES, sleep=0.0)
        except sqlite3.OperationalError as exc:
            if _sqlite_disk_full(exc):
                raise DvdeskError("Không khôi phục được, dữ liệu hiện tại không bị thay đổi. " + describe_os_error(
                    OSError(errno.ENOSPC, str(exc)), db_path.parent, folder=True)) from exc
            raise DvdeskError(f"Không ghi được vào cơ sở dữ liệu {db_path.name}: {exc}. Hãy đóng các cửa sổ "
                              "dvdesk khác đang mở cơ sở dữ liệu này rồi thử lại.") from exc
        target.execute("PRAGMA journal_mode = WAL")
        result = [r[0] for r in target.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise DvdeskError("Sau khi khôi phục, cơ sở dữ liệu không toàn vẹn: " + "; ".join(result[:5]))
    finally:
        src.close()
        target.close()


def _restore_files(backup: Path, files: list[str], root: Path) -> None:
    if not files:
        return
    with zipfile.ZipFile(backup) as zf:
        for name in files:
            target = root / Path(name).relative_to("files")
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            with zf.open(name) as src_fh, open(tmp, "wb") as out:
                shutil.copyfileobj(src_fh, out)
            os.replace(tmp, target)


def read_backup_setting(db_path: Path | str) -> str:
    """The backup folder setting read straight from the file (works on a damaged database: "" when
    it cannot be read)."""
    try:
        c = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        raw = c.execute("SELECT value FROM settings WHERE key = ?", (SETTING_BACKUP_DIR,)).fetchone()
        value = json.loads(raw[0]) if raw else ""
        return value if isinstance(value, str) else ""
    except (sqlite3.Error, ValueError, TypeError):
        return ""
    finally:
        c.close()


def candidate_backup_folders(db_path: Path | str, setting: str | None = None) -> list[Path]:
    """Where backups of ``db_path`` may be: the chosen folder, the default folder, and the
    database's own folder (backups made before a schema upgrade)."""
    db_path = Path(db_path)
    if setting is None:
        setting = read_backup_setting(db_path)
    out: list[Path] = []
    for folder in (resolve_backup_dir(db_path, setting), backups_dir(db_path), db_path.parent):
        if folder not in out:
            out.append(folder)
    return out
