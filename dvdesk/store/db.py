"""Opening the database: pragmas, schema version checks, migrations, transactions.

Every connection runs in autocommit mode (``isolation_level=None``) and a user action is one
explicit ``BEGIN IMMEDIATE … COMMIT`` through :meth:`Store.tx`, so nothing is half-written when
the program is killed. WAL journal, ``synchronous=FULL`` (an acknowledged commit survives a power
cut), foreign keys on.
"""

from __future__ import annotations

import getpass
import itertools
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from dvdesk.domain.errors import DvdeskError, SchemaError
from dvdesk.store.changes import NO_CHANGES, ChangeCollector, Changes
from dvdesk.store.errors import StorageError, error_kind, storage_error
from dvdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A raw connection with the project's pragmas (no schema checks)."""
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def is_dvdesk_database(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {"settings", "initiatives", "units"} <= names


READ_ONLY_MESSAGE = ("Cơ sở dữ liệu đang mở ở chế độ chỉ đọc (tệp hoặc thư mục chứa nó không cho phép ghi): "
                     "không thể lưu thay đổi. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.")


def is_read_only(path: Path | str) -> bool:
    """The file (or the folder, where SQLite keeps its journal) cannot be written by this user."""
    path = Path(path)
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


class Store:
    """An open dvdesk database: the connection, transactions and the repositories."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool = False):
        self.path = Path(path)
        self.conn = conn
        self.readonly = readonly
        self.db = sqlite_utils.Database(conn)
        self.user = current_user()
        self._depth = 0
        self._lock = threading.RLock()
        self._collector: ChangeCollector | None = None
        self._marks: list[int] = []
        self.last_changes: Changes = NO_CHANGES
        self._listeners: list[Callable[[Changes], None]] = []
        from dvdesk.store import repositories as r

        self.settings = r.SettingsRepo(self)
        self.blocks = r.CatalogRepo(self, "blocks", "khối")
        self.fields = r.CatalogRepo(self, "fields", "lĩnh vực")
        self.units = r.UnitRepo(self)
        self.phases = r.PhaseRepo(self)
        self.award_forms = r.AwardFormRepo(self)
        self.initiatives = r.InitiativeRepo(self)
        self.reviews = r.ReviewRepo(self)
        self.decisions = r.DecisionRepo(self)
        self.awards = r.AwardRepo(self)
        self.documents = r.DirectiveDocumentRepo(self)
        self.attachments = r.AttachmentRepo(self)
        self.audit = r.AuditRepo(self)
        self.trash = r.TrashRepo(self)
        from dvdesk.store.awarding import AwardingRepo, IssuerRepo

        self.issuers = IssuerRepo(self)
        self.awarding = AwardingRepo(self)
        from dvdesk.store.bulk import BulkWriter

        self.bulk = BulkWriter(self)

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One user action: all or nothing. Nested calls join the outer transaction (savepoints).

        When the outermost transaction commits, what it wrote (gathered from its audit rows) is in
        :attr:`last_changes` and is passed to every listener (:meth:`add_listener`).
        """
        if self.readonly:
            raise StorageError(READ_ONLY_MESSAGE, "readonly")
        with self._lock:
            if self._depth == 0:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:  # another program is writing, or the disk is gone
                    raise storage_error(exc, self.path) from exc
                self._collector = ChangeCollector()
            else:
                self.conn.execute(f"SAVEPOINT sp{self._depth}")
                self._marks.append(self._collector.mark())
            self._depth += 1
            try:
                try:
                    yield self.conn
                except sqlite3.Error as exc:  # the boundary: SQLite's English never reaches a person
                    raise storage_error(exc, self.path) from exc
            except BaseException:
                self._depth -= 1
                # SQLite may already have rolled the whole transaction back (a full disk, an I/O
                # error): then there is no savepoint and no transaction left to undo
                if self._depth == 0:
                    self._collector = None
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                else:
                    self._collector.rollback_to(self._marks.pop())
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                        self.conn.execute(f"RELEASE sp{self._depth}")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    collector, self._collector = self._collector, None
                    if not self.conn.in_transaction:  # lost under a caught error: nothing may pretend to commit
                        raise StorageError("Thao tác bị hủy giữa chừng vì lỗi ghi cơ sở dữ liệu: không có gì được "
                                           "lưu. Hãy thử lại.", "lost")
                    try:
                        self.conn.execute("COMMIT")
                    except BaseException as exc:
                        if self.conn.in_transaction:
                            self.conn.execute("ROLLBACK")
                        if isinstance(exc, sqlite3.Error):
                            raise storage_error(exc, self.path) from exc
                        raise
                    changes = self.last_changes = collector.build()
                else:
                    self._marks.pop()
                    if not self.conn.in_transaction:
                        raise StorageError("Thao tác bị hủy giữa chừng vì lỗi ghi cơ sở dữ liệu: không có gì được "
                                           "lưu. Hãy thử lại.", "lost")
                    self.conn.execute(f"RELEASE sp{self._depth}")
                    return
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def run(self, operation: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Changes]:
        """Run ``operation(store, *args, **kwargs)`` as one transaction; its result and what it
        changed. The UI's operation runner calls this on a worker's own store."""
        with self.tx():
            result = operation(self, *args, **kwargs)
        return result, self.last_changes

    def noted_many(self, entries: Iterable[tuple[str, str, int]]) -> None:
        """The audit writer tells the open transaction what it wrote (see :mod:`.changes`)."""
        if self._collector is not None:
            self._collector.extend(entries)

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        """``listener(changes)`` after each committed transaction that changed something."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ------------------------------------------------------------------------------
    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: tuple | dict = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    @contextmanager
    def scratch_table(self, select_sql: str, params: tuple | dict = ()) -> Iterator[str]:
        """A TEMP table holding the rows of ``select_sql``, private to this connection and dropped on
        exit (its name is yielded): for a report that groups the same rows many ways — one pass over
        the wide initiative rows instead of one per table. TEMP tables live in the connection's
        temporary store, never in the database file: no audit, no Changes, fine on a read-only store."""
        name = f"dvdesk_scratch_{next(_SCRATCH_NAMES)}"
        self.conn.execute(f"CREATE TEMP TABLE {name} AS {select_sql}", params)
        try:
            yield name
        finally:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


_SCRATCH_NAMES = itertools.count(1)


def _migrate(conn: sqlite3.Connection, path: Path, current: int, backup: bool) -> None:
    if backup and current > 0:
        from dvdesk.store.backup import backup_database

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = path.with_name(f"{path.stem}.truoc-nang-cap-v{current}-{stamp}.dvbak")
        backup_database(path, dest, conn=conn, reason="truoc-nang-cap")
        log.info("backup before migration: %s", dest)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("migrated %s to schema version %d", path, version)


def open_read_only(path: Path | str) -> Store:
    """Open an existing database that may not be written (a read-only file, folder or disk): every
    write is refused with a Vietnamese message, nothing on disk is touched."""
    path = Path(path)
    if not path.exists():
        raise SchemaError(f"Không tìm thấy tệp cơ sở dữ liệu: {path}")
    _identify(path)
    try:
        conn = connect(path, readonly=True)
        schema_version(conn)
    except sqlite3.Error:  # a WAL database in a folder we cannot write: read it as a snapshot
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise storage_error(exc, path) from exc
    version = schema_version(conn)
    if version != SCHEMA_VERSION:
        conn.close()
        raise SchemaError(f"Cơ sở dữ liệu {path.name} (lược đồ v{version}) cần được nâng cấp lên v{SCHEMA_VERSION} "
                          "nhưng tệp chỉ đọc: hãy chép tệp sang thư mục có quyền ghi rồi mở lại.")
    return Store(path, conn, readonly=True)


def open_store(path: Path | str, *, create: bool = False, migrate: bool = True,
               backup_before_migrate: bool = True) -> Store:
    """Open (or with ``create`` make) a dvdesk database, migrating an older schema after a backup.

    Raises :class:`SchemaError` with a Vietnamese message for a file from a newer dvdesk, a file
    that is not a dvdesk database, or a missing file when ``create`` is false.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise SchemaError(f"Không tìm thấy tệp cơ sở dữ liệu: {path}")
    if not existed:
        path.parent.mkdir(parents=True, exist_ok=True)
    if existed:
        _identify(path)  # read-only: a foreign file is refused before anything (WAL, pragmas) touches it
    try:
        conn = connect(path)
        version = schema_version(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # hardening: SQLite's message may quote damaged text
        if isinstance(exc, sqlite3.Error) and error_kind(exc) in ("busy", "readonly", "full", "io", "open"):
            raise storage_error(exc, path) from exc  # in use or unreachable: not damage
        raise SchemaError(f"Tệp {path.name} không phải là cơ sở dữ liệu dvdesk hoặc đã bị hỏng ({exc}).") from exc
    try:
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"Cơ sở dữ liệu {path.name} được tạo bởi phiên bản dvdesk mới hơn (lược đồ v{version}, "
                f"phiên bản này chỉ hiểu đến v{SCHEMA_VERSION}). Hãy cập nhật chương trình."
            )
        if existed and version == 0 and not is_dvdesk_database(conn):
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise SchemaError(f"Tệp {path.name} là một cơ sở dữ liệu SQLite khác, không phải của dvdesk.")
        # hardening: dvdesk's tables without a schema version were not made by dvdesk (v0 = empty file)
        if existed and version == 0 and is_dvdesk_database(conn):
            raise SchemaError(f"Tệp {path.name} có bảng giống dvdesk nhưng không có phiên bản lược đồ: không phải "
                              "tệp do dvdesk tạo ra hoặc đã bị sửa đổi.")
        if version < SCHEMA_VERSION:
            if not migrate:
                raise SchemaError(f"Cơ sở dữ liệu {path.name} cần nâng cấp lược đồ (v{version} → v{SCHEMA_VERSION}).")
            try:  # hardening: a schema the migrations do not expect is refused in Vietnamese, not a traceback
                _migrate(conn, path, version, backup_before_migrate)
            except sqlite3.DatabaseError as exc:
                raise SchemaError(f"Không nâng cấp được lược đồ của {path.name} ({exc}).") from exc
    except BaseException:
        conn.close()
        raise
    store = Store(path, conn)
    if version == 0:
        from dvdesk.store.seed import seed_catalogs

        seed_catalogs(store)
    return store


def _identify(path: Path) -> None:
    """Look at an existing file through a read-only connection and refuse what is not ours."""
    try:
        ro = connect(path, readonly=True)
    except sqlite3.Error as exc:
        if error_kind(exc) in ("busy", "io", "open"):
            raise storage_error(exc, path) from exc
        raise SchemaError(f"Tệp {path.name} không phải là cơ sở dữ liệu dvdesk hoặc đã bị hỏng.") from exc
    try:
        version = schema_version(ro)
        if version == 0 and not is_dvdesk_database(ro):
            tables = ro.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise SchemaError(f"Tệp {path.name} là một cơ sở dữ liệu SQLite khác, không phải của dvdesk.")
    except sqlite3.Error as exc:
        if error_kind(exc) in ("busy", "io", "open"):
            raise storage_error(exc, path) from exc
        raise SchemaError(f"Tệp {path.name} không phải là cơ sở dữ liệu dvdesk hoặc đã bị hỏng.") from exc
    except UnicodeDecodeError as exc:
        raise SchemaError(f"Tệp {path.name} không phải là cơ sở dữ liệu dvdesk hoặc đã bị hỏng.") from exc
    finally:
        ro.close()


def create_store(path: Path | str) -> Store:
    """A new, empty database with the catalogs seeded. Refuses to touch an existing file."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise DvdeskError(f"Tệp {path} đã tồn tại: không ghi đè.")
    return open_store(path, create=True)
