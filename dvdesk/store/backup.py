"""Backups with the SQLite backup API (never a file copy of a live WAL database).

A backup is one ``.dvbak`` file: a zip holding ``dvdesk.sqlite3`` (a backup-API snapshot checked
with ``quick_check``), the attachment files it references and ``manifest.json`` (date, reason,
source, host, schema version, record counts, SHA-256 of the database member). It is written to a
temporary file in the destination folder, read back and verified (every member's CRC and the
database checksum), flushed to disk and only then renamed into place, so a crash, a full disk or
an unplugged USB stick never leaves a half-written backup under a real name.

Every ``.dvbak`` read from disk is treated as hostile: only the entries ``dvdesk.sqlite3``,
``manifest.json`` and ``files/<2 hex>/<sha256>`` are accepted, sizes are capped by the manifest,
by the restored database and by the free disk space, the manifest's fields are type-checked and
its checksum is required, and the database's schema must be exactly the app's for its version
(:mod:`dvdesk.store.schema_check`).

Restoring unpacks and verifies everything into a temporary folder beside the target (database:
checksum, schema, ``integrity_check``, foreign keys, full-text index; files: each one referenced
by that database and hashing to its name), brings an older schema up to date, backs up the
current state (or moves a damaged file aside), and only then changes anything: the verified
file is renamed into place when there is no current database, otherwise copied in with the
backup API in one transaction, so another connection that has the database open simply sees the
restored content. A refused restore leaves the database and its files as they were.

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
import re
import shutil
import socket
import sqlite3
import struct
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
from dvdesk.store import attachment_files, schema_check
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
MAX_MANIFEST = 32 << 20  # bytes: a manifest lists at most the attachment hashes and sizes
DISK_RESERVE = 16 << 20  # bytes left free on the disk after unpacking a backup
_ENCRYPTED_FLAGS = 0x1 | 0x40  # zip general-purpose flags: (strong) encryption
_COMPRESSED_PATCH = 0x20
_FILES_DIR = re.compile(r"files/(?:[0-9a-f]{2}/)?")
UNREADABLE = "Không đọc được"

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
    problem: str = ""  # why the file cannot be read as a backup ("" for a readable one)
    db_size: int | None = None  # bytes of the database entry, when the manifest says
    file_sizes: dict[str, int] | None = None  # sha256 -> bytes of each attachment, when the manifest says

    @property
    def readable(self) -> bool:
        return not self.problem

    @property
    def created(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.created_at)
        except (TypeError, ValueError):
            return None

    @property
    def reason_label(self) -> str:
        if self.problem:
            return UNREADABLE
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


def _lenient_text(raw: bytes) -> str:
    """Text from a database that may be damaged or crafted: invalid UTF-8 never raises."""
    return raw.decode("utf-8", "replace")


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
        except UnicodeDecodeError as exc:  # SQLite's message quoted damaged text
            raise DvdeskError(f"Không đọc được cơ sở dữ liệu {db_path.name} để sao lưu (dữ liệu hỏng).") from exc
        db_sha = _file_sha(snap)
        if skip_if_sha and db_sha == skip_if_sha:
            return None  # byte-identical to that (verified) backup: nothing changed
        snap_conn = sqlite3.connect(str(snap))
        snap_conn.text_factory = _lenient_text
        try:
            try:
                _quick_check(snap_conn)
                version = snap_conn.execute("PRAGMA user_version").fetchone()[0]
                counts = _counts(snap_conn)
                try:
                    hashes = [r[0] for r in snap_conn.execute("SELECT DISTINCT sha256 FROM attachments ORDER BY 1")]
                except sqlite3.OperationalError:
                    hashes = []
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                raise DvdeskError(f"Dữ liệu không toàn vẹn ({exc}).") from exc
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
            file_sizes: dict[str, int] = {}
            for n, sha in enumerate(hashes, 1):
                if not attachment_files.is_valid_sha256(sha):  # a crafted row: never a path
                    log.warning("backup: attachment row with an invalid hash skipped: %r", str(sha)[:80])
                    continue
                f = attachment_files.stored_path(files_root, sha)
                # only a regular file whose content still has its name (a damaged or planted file
                # would make the whole backup refused at restore)
                if attachment_files.is_regular_file(f) and attachment_files.file_sha256(f) == sha:
                    member = attachment_files.member_name(sha)
                    zf.write(f, member, compress_type=zipfile.ZIP_STORED)
                    file_sizes[sha] = zf.getinfo(member).file_size
                else:
                    missing.append(sha)
                if n % 20 == 0:
                    progress(45 + int(40 * n / len(hashes)), 100, "Đang chép tệp đính kèm…")
            manifest["missing_files"] = missing
            manifest["db_size"] = zf.getinfo(DB_MEMBER).file_size
            manifest["files"] = file_sizes
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
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, m.get("created_at", ""), m.get("schema_version", 0), dict(m.get("counts", {})),
                      size, m.get("db_sha256", ""), m.get("reason", ""), m.get("source", ""),
                      m.get("host", ""), m.get("user", ""), list(m.get("missing_files", [])),
                      db_size=m.get("db_size"), file_sizes=m.get("files"))


def _invalid(name: str, why: str = "") -> DvdeskError:
    return DvdeskError(f"Tệp {name} không phải là bản sao lưu dvdesk hợp lệ" + (f" ({why})." if why else "."))


def _is_count(v: object) -> bool:
    return type(v) is int and v >= 0


def _check_manifest(m: object, name: str) -> dict:
    """The manifest's fields with the types this program writes; anything else is refused."""
    if not isinstance(m, dict):
        raise _invalid(name, "mục lục manifest.json không phải là một đối tượng")
    wrong = [k for k in ("app", "app_version", "created_at", "reason", "source", "host", "user", "db_sha256")
             if k in m and not isinstance(m[k], str)]
    if "schema_version" in m and not _is_count(m["schema_version"]):
        wrong.append("schema_version")
    counts = m.get("counts", {})
    if not (isinstance(counts, dict) and all(isinstance(k, str) and _is_count(v) for k, v in counts.items())):
        wrong.append("counts")
    missing = m.get("missing_files", [])
    if not (isinstance(missing, list) and all(isinstance(x, str) for x in missing)):
        wrong.append("missing_files")
    if "db_size" in m and not _is_count(m["db_size"]):
        wrong.append("db_size")
    files = m.get("files")
    if files is not None and not (isinstance(files, dict) and all(
            attachment_files.is_valid_sha256(k) and _is_count(v) for k, v in files.items())):
        wrong.append("files")
    if wrong:
        raise _invalid(name, "mục lục có trường sai kiểu: " + ", ".join(wrong))
    if m.get("app", "dvdesk") != "dvdesk":
        raise _invalid(name, "không do dvdesk tạo ra")
    return m


def _check_member_flags(info: zipfile.ZipInfo, name: str) -> None:
    if info.flag_bits & _ENCRYPTED_FLAGS:
        raise _invalid(name, "có mục được mã hóa bằng mật khẩu")
    if info.flag_bits & _COMPRESSED_PATCH or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _invalid(name, "có mục nén theo kiểu không hỗ trợ")


def _read_manifest(zf: zipfile.ZipFile, name: str) -> dict:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError as exc:
        raise _invalid(name, "thiếu mục lục manifest.json") from exc
    _check_member_flags(info, name)
    if info.file_size > MAX_MANIFEST:
        raise _invalid(name, "mục lục manifest.json quá lớn")
    with zf.open(info) as fh:
        raw = fh.read(MAX_MANIFEST + 1)
    if len(raw) > MAX_MANIFEST:
        raise _invalid(name, "mục lục manifest.json quá lớn")
    try:
        return _check_manifest(json.loads(raw.decode("utf-8")), name)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _invalid(name, "mục lục manifest.json không đọc được") from exc


# what reading a hostile zip may raise besides BadZipFile (all refusals, never tracebacks)
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, KeyError, ValueError,
               RuntimeError, NotImplementedError, struct.error)


def read_backup_info(path: Path | str) -> BackupInfo:
    """The manifest of a ``.dvbak`` (cheap: no verification; fields type-checked)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            m = _read_manifest(zf, path.name)
    except DvdeskError:
        raise
    except OSError as exc:
        raise DvdeskError(f"Không đọc được tệp {path.name}: {describe_os_error(exc, path)}") from exc
    except (*_ZIP_ERRORS, MemoryError) as exc:
        raise _invalid(path.name) from exc
    return _info_from_manifest(path, m)


@dataclass
class _Archive:
    """The entries of a backup that passed the name, flag, duplicate and size checks."""

    db: zipfile.ZipInfo
    files: dict[str, zipfile.ZipInfo]  # sha256 -> entry


def _display(name: str) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in name[:80])
    return shown + ("…" if len(name) > 80 else "")


def _inspect_archive(zf: zipfile.ZipFile, info: BackupInfo, name: str) -> _Archive:
    """Accept only ``dvdesk.sqlite3``, ``manifest.json`` and ``files/<2 hex>/<sha256>`` entries
    (plus empty folder entries), each once, unencrypted, stored or deflated, within the sizes the
    manifest gives; the manifest must carry the database checksum."""
    damaged = f"Bản sao lưu {name} bị hỏng hoặc không hợp lệ"
    if not attachment_files.is_valid_sha256(info.db_sha256):
        raise DvdeskError(f"{damaged} (mục lục thiếu mã kiểm tra cơ sở dữ liệu db_sha256).")
    seen: set[str] = set()
    db: zipfile.ZipInfo | None = None
    files: dict[str, zipfile.ZipInfo] = {}
    for member in zf.infolist():
        entry = member.filename
        if entry in seen:
            raise DvdeskError(f"{damaged} (mục \"{_display(entry)}\" xuất hiện hai lần).")
        seen.add(entry)
        _check_member_flags(member, name)
        sha = attachment_files.sha_of_member(entry)
        if entry == DB_MEMBER:
            db = member
        elif entry == MANIFEST:
            continue
        elif sha is not None:
            files[sha] = member
        elif _FILES_DIR.fullmatch(entry) and member.file_size == 0:
            continue  # a folder entry (a backup re-zipped by hand): nothing to write
        else:
            raise DvdeskError(f"{damaged} (có mục lạ \"{_display(entry)}\": chỉ nhận cơ sở dữ liệu, mục lục "
                              "và tệp đính kèm đặt tên theo mã SHA-256).")
    if db is None:
        raise DvdeskError(f"{damaged} (thiếu cơ sở dữ liệu).")
    if info.db_size is not None and db.file_size != info.db_size:
        raise DvdeskError(f"{damaged} (kích thước cơ sở dữ liệu không khớp với mục lục).")
    if info.file_sizes is not None:
        for sha, member in files.items():
            if info.file_sizes.get(sha) != member.file_size:
                raise DvdeskError(f"{damaged} (tệp đính kèm {sha[:12]}… không khớp với mục lục).")
    return _Archive(db, files)


def _too_big(name: str, what: str) -> DvdeskError:
    return DvdeskError(f"Bản sao lưu {name} không hợp lệ: {what} lớn hơn kích thước đã khai báo (có thể là tệp "
                       "độc hại, \"bom nén\"). Không khôi phục.")


def _stream_member(zf: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int, out=None,
                   what: str = "một mục", name: str = "") -> str:
    """Read ``member`` to its end (checking its CRC), at most ``limit`` bytes, into ``out`` when
    given; returns the SHA-256 of the content."""
    if member.file_size > limit:
        raise _too_big(name, what)
    h = hashlib.sha256()
    n = 0
    with zf.open(member) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            n += len(chunk)
            if n > limit:
                raise _too_big(name, what)
            h.update(chunk)
            if out is not None:
                out.write(chunk)
    return h.hexdigest()


def _free_space(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _need_space(folder: Path, needed: int, name: str) -> None:
    free = _free_space(folder)
    if needed + DISK_RESERVE > free:
        raise DvdeskError(f"Không đủ chỗ trống để khôi phục {name}: cần khoảng {(needed + DISK_RESERVE) / 1e6:.0f} MB, "
                          f"ổ đĩa chứa \"{folder}\" chỉ còn {free / 1e6:.0f} MB. Hãy giải phóng ổ đĩa rồi thử lại. "
                          "Dữ liệu hiện tại không bị thay đổi.")


def verify_backup(path: Path | str, *, deep: bool = False, extract_to: Path | None = None) -> BackupInfo:
    """Check a backup: manifest (types, required checksum), entry names and flags, every
    member's CRC, the database checksum, each attachment hashing to its name; with ``deep`` also
    ``quick_check`` the database, compare its schema with the app's and check that every
    attachment in the archive is referenced by it (all in one pass over the file). ``extract_to``:
    also keep the verified database there. Raises :class:`DvdeskError`."""
    path = Path(path)
    info = read_backup_info(path)
    damaged = f"Bản sao lưu {path.name} bị hỏng"
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix=TMP_PREFIX) as tmp:
            archive = _inspect_archive(zf, info, path.name)
            keep = deep or extract_to is not None
            copy = Path(extract_to) if extract_to else Path(tmp) / DB_MEMBER
            if keep:
                _need_space(copy.parent, archive.db.file_size, path.name)
            limit = info.db_size if info.db_size is not None else archive.db.file_size
            with open(copy, "wb") if keep else contextlib.nullcontext() as out:
                sha = _stream_member(zf, archive.db, limit, out, "cơ sở dữ liệu", path.name)
            if sha != info.db_sha256:
                raise DvdeskError(f"{damaged} (sai mã kiểm tra cơ sở dữ liệu).")
            for file_sha, member in archive.files.items():
                if _stream_member(zf, member, member.file_size, None, "tệp đính kèm", path.name) != file_sha:
                    raise DvdeskError(f"{damaged} (tệp đính kèm {file_sha[:12]}… không khớp mã kiểm tra).")
            if deep:
                c = _open_untrusted(copy)
                try:
                    version = _snapshot_version(c, path.name)
                    _refuse_schema_differences(c, version, path.name)
                    _quick_check(c)
                    _refuse_unreferenced(_referenced_sizes(c), archive.files, path.name)
                finally:
                    c.close()
    except DvdeskError:
        raise
    except OSError as exc:
        raise DvdeskError(f"{damaged} hoặc không đọc được: {describe_os_error(exc, path)}") from exc
    except (*_ZIP_ERRORS, sqlite3.Error, MemoryError) as exc:
        raise DvdeskError(f"{damaged} ({exc}).") from exc
    return info


def _unreadable(path: Path, exc: DvdeskError) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, "", 0, {}, size, problem=str(exc) or UNREADABLE)


def list_backups(folder: Path | str, db_path: Path | str | None = None) -> list[BackupInfo]:
    """Backups in ``folder`` (only those of ``db_path`` when given), newest first. A ``.dvbak``
    that cannot be read is listed too (``problem`` says why, ``readable`` is False), after the
    others; with ``db_path`` only when its name says it was made from that database."""
    folder = Path(folder)
    try:
        candidates = list(folder.glob("*" + SUFFIX)) if folder.is_dir() else []
    except OSError:
        return []
    out = []
    for p in candidates:
        try:
            info = read_backup_info(p)
        except DvdeskError as exc:
            info = _unreadable(p, exc)
        if db_path is None or info.belongs_to(db_path):
            out.append(info)
    return sorted(out, key=lambda b: (b.readable, b.created_at, b.path.name), reverse=True)


def _readable(infos: list[BackupInfo]) -> list[BackupInfo]:
    return [b for b in infos if b.readable]


def latest_good_backup(folders: list[Path], db_path: Path | str | None = None) -> BackupInfo | None:
    """The newest backup (in any of ``folders``) that passes :func:`verify_backup`."""
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in folders:
        for info in _readable(list_backups(folder, db_path)):
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
    existing = _readable(list_backups(folder, db_path))
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
        existing = _readable(list_backups(result.folder, db_path))
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


def _move_back(aside: Path, db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(aside) + suffix)
        if src.exists():
            with contextlib.suppress(OSError):
                os.replace(src, Path(str(db_path) + suffix))


def _open_untrusted(path: Path) -> sqlite3.Connection:
    """A connection to a database file from outside (nothing of it has been trusted yet)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.text_factory = _lenient_text
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if defensive is not None and hasattr(conn, "setconfig"):
        with contextlib.suppress(sqlite3.Error):
            conn.setconfig(defensive, True)  # no writable_schema tricks, no direct shadow-table writes
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def _snapshot_version(conn: sqlite3.Connection, name: str) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema_check.current_version():
        raise SchemaError(f"Bản sao lưu {name} được tạo bởi phiên bản dvdesk mới hơn (lược đồ v{version}): "
                          "hãy cập nhật chương trình.")
    if version < 1:
        raise DvdeskError(f"Tệp {name} không chứa cơ sở dữ liệu dvdesk (không có phiên bản lược đồ).")
    return version


def _refuse_schema_differences(conn: sqlite3.Connection, version: int, name: str) -> None:
    diffs = schema_check.schema_differences(conn, version, limit=5)
    if diffs:
        raise DvdeskError(f"Tệp {name} không chứa cơ sở dữ liệu dvdesk nguyên vẹn: lược đồ khác với lược đồ v{version} "
                          "của chương trình (có thể đã bị sửa đổi). " + " ".join(diffs))


def _referenced_sizes(conn: sqlite3.Connection) -> dict[str, int]:
    """Attachment hash -> the largest size recorded for it (only well-formed hashes)."""
    out: dict[str, int] = {}
    for sha, size in conn.execute("SELECT sha256, max(size) FROM attachments GROUP BY sha256"):
        if attachment_files.is_valid_sha256(sha):
            out[sha] = size if type(size) is int and size >= 0 else 0
    return out


def _refuse_unreferenced(referenced: dict[str, int], files: dict[str, zipfile.ZipInfo], name: str) -> None:
    extra = [sha for sha in files if sha not in referenced]
    if extra:
        raise DvdeskError(f"Bản sao lưu {name} không hợp lệ: có {len(extra)} tệp không thuộc tệp đính kèm nào của "
                          "cơ sở dữ liệu trong bản sao lưu. Không khôi phục.")


def _check_snapshot(snap: Path, name: str) -> None:
    """Refuse anything but a sound dvdesk database this program can read, whose schema is exactly
    the app's for its version, without broken references; migrate an older one; check the
    full-text index (rebuilt from the records when it is damaged)."""
    invalid = f"Tệp {name} không phải là bản sao lưu hợp lệ"
    c = _open_untrusted(snap)
    try:
        try:
            version = _snapshot_version(c, name)
            _refuse_schema_differences(c, version, name)  # before anything of the file runs
            result = [r[0] for r in c.execute("PRAGMA integrity_check(20)")]
            if result != ["ok"]:
                raise DvdeskError(f"Bản sao lưu {name} bị hỏng (kiểm tra toàn vẹn: {'; '.join(result[:5])}).")
            fk = c.execute("PRAGMA foreign_key_check").fetchmany(1000)
            if fk:
                tables = ", ".join(sorted({str(r[0]) for r in fk}))
                raise DvdeskError(f"Bản sao lưu {name} có dòng vi phạm khóa ngoại (bảng: {tables}): không khôi phục.")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise DvdeskError(f"{invalid} ({exc}).") from exc
    finally:
        c.close()
    if version < schema_check.current_version():
        from dvdesk.store.db import open_store

        try:
            open_store(snap, backup_before_migrate=False).close()  # the backup itself is the backup
        except sqlite3.Error as exc:
            raise DvdeskError(f"Không nâng cấp được lược đồ của bản sao lưu {name} ({exc}).") from exc
    c = _open_untrusted(snap)
    try:
        try:
            if version < schema_check.current_version():
                _refuse_schema_differences(c, schema_check.current_version(), name)
            problems = schema_check.fts_problems(c)
            if problems:
                log.warning("restore %s: rebuilding the full-text index: %s", name, problems)
                schema_check.rebuild_fts(c)
                problems = schema_check.fts_problems(c)
                if problems:
                    raise DvdeskError(f"Bản sao lưu {name} bị hỏng: {' '.join(problems)}")
            c.execute("PRAGMA journal_mode = DELETE")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise DvdeskError(f"{invalid} ({exc}).") from exc
    finally:
        c.close()


def _plain_snapshot(backup: Path, snap: Path) -> None:
    """A plain SQLite file (e.g. copied by hand from another PC), copied with the backup API."""
    _need_space(snap.parent, backup.stat().st_size, backup.name)
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


def _unpack_verified(backup: Path, staging: Path, files_root: Path, progress: Progress) -> tuple[Path, dict[str, Path]]:
    """Unpack the backup into ``staging`` and verify all of it; returns the database and the
    attachment files to add (hash -> staged file). Nothing outside ``staging`` is written."""
    name = backup.name
    snap = staging / DB_MEMBER
    if not zipfile.is_zipfile(backup):
        _plain_snapshot(backup, snap)
        _check_snapshot(snap, name)
        return snap, {}
    info = read_backup_info(backup)
    staged: dict[str, Path] = {}
    with zipfile.ZipFile(backup) as zf:
        archive = _inspect_archive(zf, info, name)
        _need_space(staging, archive.db.file_size, name)
        limit = info.db_size if info.db_size is not None else archive.db.file_size
        with open(snap, "xb") as out:
            sha = _stream_member(zf, archive.db, limit, out, "cơ sở dữ liệu", name)
        if sha != info.db_sha256:
            raise DvdeskError(f"Bản sao lưu {name} bị hỏng (sai mã kiểm tra cơ sở dữ liệu).")
        progress(12, 100, "Đang kiểm tra cơ sở dữ liệu trong bản sao lưu…")
        _check_snapshot(snap, name)
        c = _open_untrusted(snap)
        try:
            referenced = _referenced_sizes(c)
        finally:
            c.close()
        _refuse_unreferenced(referenced, archive.files, name)
        wanted: dict[str, zipfile.ZipInfo] = {}
        for sha, member in archive.files.items():
            cap = info.file_sizes[sha] if info.file_sizes is not None else referenced[sha]
            if member.file_size > cap:
                raise _too_big(name, f"tệp đính kèm {sha[:12]}…")
            if not attachment_files.is_regular_file(attachment_files.stored_path(files_root, sha)):
                wanted[sha] = member
        _need_space(staging, archive.db.file_size + sum(m.file_size for m in wanted.values()), name)
        if wanted:
            (staging / "files").mkdir()
        for n, (sha, member) in enumerate(wanted.items(), 1):
            target = staging / "files" / sha
            with open(target, "xb") as out:
                got = _stream_member(zf, member, member.file_size, out, f"tệp đính kèm {sha[:12]}…", name)
            if got != sha:
                raise DvdeskError(f"Bản sao lưu {name} bị hỏng (tệp đính kèm {sha[:12]}… không khớp mã kiểm tra).")
            staged[sha] = target
            if n % 20 == 0:
                progress(15 + int(10 * n / len(wanted)), 100, "Đang kiểm tra tệp đính kèm…")
    return snap, staged


def _page_size_of(path: Path) -> int | None:
    """The page size in a database file's header (read without opening it with SQLite)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return None
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


def _match_page_size(snap: Path, page: int | None) -> None:
    """A WAL database cannot change its page size: give the snapshot the target's."""
    if not page:
        return
    c = sqlite3.connect(str(snap), isolation_level=None)
    try:
        if c.execute("PRAGMA page_size").fetchone()[0] != page:
            c.execute(f"PRAGMA page_size = {int(page)}")
            c.execute("VACUUM")
    finally:
        c.close()


def _install_files(staged: dict[str, Path], root: Path) -> tuple[list[Path], list[Path]]:
    """Move the verified files into the attachment folder; returns (files, folders) created."""
    files: list[Path] = []
    folders: list[Path] = []
    try:
        for sha, src in staged.items():
            target = attachment_files.stored_path(root, sha)
            if attachment_files.is_regular_file(target):
                continue
            for folder in (root, target.parent):
                if not folder.exists():
                    folder.mkdir()
                    folders.append(folder)
            os.replace(src, target)
            files.append(target)
    except BaseException:
        _remove_installed(files, folders)
        raise
    return files, folders


def _remove_installed(files: list[Path], folders: list[Path]) -> None:
    for f in files:
        with contextlib.suppress(OSError):
            f.unlink()
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _place(snap: Path, db_path: Path) -> None:
    """Rename the verified snapshot into place (there is no current database)."""
    c = sqlite3.connect(str(snap), isolation_level=None)
    try:
        c.execute("PRAGMA journal_mode = WAL")
    finally:
        c.close()
    with open(snap, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(snap, db_path)
    _fsync_dir(db_path.parent)


def restore_backup(backup: Path | str, db_path: Path | str, *, keep_current: bool = True,
                   backup_dir: Path | str | None = None, damaged: bool = False,
                   progress: Progress | None = None) -> BackupInfo | None:
    """Replace the content of the database at ``db_path`` with the backup's.

    Everything is unpacked and verified first, into a temporary folder beside the database: the
    archive (entries, sizes, checksums), the database (a dvdesk schema identical to the app's for
    its version and not newer than this program — an older one is migrated —, integrity, foreign
    keys, full-text index) and each attachment file (referenced by that database, hashing to its
    name). Then the current database is backed up into ``backup_dir`` (default:
    ``<db>-backups``) — when that is impossible the restore is refused, unless ``damaged`` says
    the current file is known to be broken: it is then moved aside (``<db>.hong-<stamp>.sqlite3``).
    Only then is anything changed: the new attachment files are moved in and the database is
    replaced in one step (renamed into place, or copied in with the backup API in one transaction
    when a current database exists, so a Store that has it open reads the restored data on its
    next query). Any refusal (:class:`DvdeskError`) leaves the database and its files as they
    were. Returns the backup of the previous state (or the moved-aside file), or None.
    """
    progress = progress or _noop
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise DvdeskError(f"Không tìm thấy tệp sao lưu: {backup}")
    previous: BackupInfo | None = None
    staging: Path | None = None
    new_folder = not db_path.parent.exists()
    done = False
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=db_path.parent))
        progress(5, 100, "Đang kiểm tra bản sao lưu…")
        try:
            snap, staged = _unpack_verified(backup, staging, attachments_dir(db_path), progress)
        except (DvdeskError, OSError):
            raise
        except (*_ZIP_ERRORS, sqlite3.Error, MemoryError) as exc:
            raise DvdeskError(f"Bản sao lưu {backup.name} bị hỏng hoặc không hợp lệ ({exc}).") from exc
        exists = db_path.exists() and db_path.stat().st_size > 0
        if exists:
            _match_page_size(snap, _page_size_of(db_path))
        progress(25, 100, "Đang sao lưu dữ liệu hiện tại…")
        aside: Path | None = None
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
        elif not exists and any(Path(str(db_path) + s).exists() for s in ("-wal", "-shm")):
            aside = _move_aside(db_path)  # a stray journal: kept, never mixed with the new file
        progress(55, 100, "Đang khôi phục cơ sở dữ liệu…")
        files, folders = _install_files(staged, attachments_dir(db_path))
        try:
            if exists and aside is None:
                _copy_into(snap, db_path)
            else:
                _place(snap, db_path)
        except BaseException:
            _remove_installed(files, folders)
            if aside is not None and not db_path.exists():
                _move_back(aside, db_path)
            raise
        done = True
    except OSError as exc:
        raise DvdeskError("Không khôi phục được. " + describe_os_error(exc, db_path)) from exc
    except sqlite3.Error as exc:
        raise DvdeskError(f"Không khôi phục được ({exc}). Dữ liệu hiện tại không bị thay đổi.") from exc
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if new_folder and not done:
            with contextlib.suppress(OSError):
                db_path.parent.rmdir()  # only when still empty
    progress(100, 100, "Đã khôi phục.")
    log.info("restored %s from %s (previous state: %s)", db_path, backup, previous.path if previous else "-")
    return previous


def _copy_into(snap: Path, db_path: Path) -> None:
    """Copy the verified snapshot into the current database with the backup API: one write
    transaction on the target (all or nothing; other connections see an ordinary commit)."""
    src = sqlite3.connect(str(snap))
    target = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        target.execute("PRAGMA busy_timeout = 10000")
        try:
            src.backup(target, pages=STEP_PAGES, sleep=0.0)
        except sqlite3.OperationalError as exc:
            if _sqlite_disk_full(exc):
                raise DvdeskError("Không khôi phục được, dữ liệu hiện tại không bị thay đổi. " + describe_os_error(
                    OSError(errno.ENOSPC, str(exc)), db_path.parent, folder=True)) from exc
            raise DvdeskError(f"Không ghi được vào cơ sở dữ liệu {db_path.name}: {exc}. Hãy đóng các cửa sổ "
                              "dvdesk khác đang mở cơ sở dữ liệu này rồi thử lại.") from exc
        except sqlite3.DatabaseError as exc:
            raise DvdeskError(f"Không ghi được vào cơ sở dữ liệu {db_path.name}: {exc}.") from exc
        with contextlib.suppress(sqlite3.Error):
            target.execute("PRAGMA journal_mode = WAL")
    finally:
        src.close()
        target.close()


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
