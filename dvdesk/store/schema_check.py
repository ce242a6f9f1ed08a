"""Is this database's schema exactly the one dvdesk makes? And is its full-text index sound?

A database that comes from outside (a backup, a copied file) is compared object by object —
tables, indexes, triggers, views — with a fresh in-memory database built by the app's own
migrations at the same schema version: the ``sql`` text of every object in ``sqlite_master``,
whitespace-normalised. An extra trigger (one that soft-deletes rows, or blocks the audit log), a
missing index or a "minimal" fake schema are all differences. SQLite's own bookkeeping
(``sqlite_stat*``, ``sqlite_sequence``, ``sqlite_autoindex_*``) is ignored.

The full-text index (``initiatives_fts``, an FTS5 table with its own copy of the searched text)
is checked with FTS5's ``integrity-check`` command and against ``initiatives.search_text``;
:func:`rebuild_fts` recreates it from the records.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

# full-text tables: name -> (source table, source column); the index holds its own copy of the text
FTS_TABLES = {"initiatives_fts": ("initiatives", "search_text")}

_IGNORED_TABLES = re.compile(r"sqlite_stat\d+|sqlite_sequence")
_IGNORED_INDEXES = re.compile(r"sqlite_autoindex_.*")

Schema = dict[tuple[str, str], tuple[str, str]]  # (type, name) -> (tbl_name, normalised sql)
_cache: dict[tuple[Callable, ...], tuple[Schema, dict[tuple[str, str], str]]] = {}

KIND_LABELS = {"table": "bảng", "index": "chỉ mục", "trigger": "trigger", "view": "view"}


def normalize_sql(sql: str | None) -> str:
    """``sql`` with comments removed and every run of whitespace outside quotes made one space
    (so a line break that ends a ``--`` comment is never lost: that would change the meaning)."""
    text = sql or ""
    out: list[str] = []
    i, n = 0, len(text)
    space = False
    while i < n:
        ch = text[i]
        if ch in "'\"`[":
            close = "]" if ch == "[" else ch
            j = i + 1
            while j < n:
                if text[j] == close:
                    if close != "]" and j + 1 < n and text[j + 1] == close:  # doubled quote
                        j += 2
                        continue
                    break
                j += 1
            if space and out:
                out.append(" ")
            space = False
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            space = True
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            space = True
        elif ch.isspace():
            space = True
            i += 1
        else:
            if space and out:
                out.append(" ")
            space = False
            out.append(ch)
            i += 1
    return "".join(out)


def schema_of(conn: sqlite3.Connection) -> Schema:
    """The schema objects of ``conn``'s main database (raises sqlite3.DatabaseError when unreadable)."""
    out: Schema = {}
    for kind, name, tbl, sql in conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master"):
        kind, name = str(kind), str(name)
        if kind == "table" and _IGNORED_TABLES.fullmatch(name):
            continue
        if kind == "index" and _IGNORED_INDEXES.fullmatch(name) and sql is None:
            continue
        out[(kind, name)] = (str(tbl), normalize_sql(sql if isinstance(sql, str) else None))
    return out


def _migrations() -> list[Callable]:
    from dvdesk.store import db  # read at call time: tests may add a migration

    return list(db.MIGRATIONS)


def current_version() -> int:
    return len(_migrations())


def _reference(version: int) -> tuple[Schema, dict[tuple[str, str], str]]:
    steps = tuple(_migrations()[:version]) if version >= 1 else ()
    if len(steps) != version or version < 1:
        raise ValueError(f"no schema version {version}")
    cached = _cache.get(steps)
    if cached is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            conn.execute("BEGIN")
            for step in steps:
                step(conn)
            conn.execute("COMMIT")
            raw = {(str(t), str(n)): s for t, n, s in conn.execute("SELECT type, name, sql FROM sqlite_master")}
            cached = _cache[steps] = (schema_of(conn), raw)
        finally:
            conn.close()
    return cached


def reference_schema(version: int) -> Schema:
    """The schema the app's migrations make at ``version`` (built once per version, in memory)."""
    return _reference(version)[0]


def _label(key: tuple[str, str]) -> str:
    kind, name = key
    return f"{KIND_LABELS.get(kind, kind)} \"{name}\""


def schema_differences(conn: sqlite3.Connection, version: int | None = None, limit: int = 10) -> list[str]:
    """Vietnamese lines, one per object that differs from the app's schema at ``version`` (the
    database's ``user_version`` by default); [] when identical. Raises sqlite3.DatabaseError when
    the schema cannot be read, ValueError for a version the app never had."""
    if version is None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    expected = reference_schema(version)
    actual = schema_of(conn)
    out: list[str] = []
    for key in sorted(actual.keys() - expected.keys()):
        out.append(f"Thừa {_label(key)} không thuộc chương trình.")
    for key in sorted(expected.keys() - actual.keys()):
        out.append(f"Thiếu {_label(key)}.")
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key] != actual[key]:
            out.append(f"Định nghĩa {_label(key)} khác với chương trình.")
    if len(out) > limit:
        out = [*out[:limit], f"… và {len(out) - limit} khác biệt khác."]
    return out


_CANNOT_CHECK = {5, 6, 8}  # SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY: not damage


def fts_problems(conn: sqlite3.Connection) -> list[str]:
    """Problems of the full-text index: FTS5's own integrity check (needs a connection that may
    write, though nothing is written) and rows that differ from the records. Raises
    sqlite3.OperationalError when the check cannot run (read-only file, database busy)."""
    out: list[str] = []
    for fts, (table, column) in FTS_TABLES.items():
        try:
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _CANNOT_CHECK:
                raise
            out.append(f"Chỉ mục tìm kiếm {fts} bị hỏng ({exc}).")
            continue
        try:
            missing = conn.execute(
                f"SELECT count(*) FROM {table} t LEFT JOIN {fts} f ON f.rowid = t.id "
                f"WHERE f.{column} IS NOT t.{column}").fetchone()[0]
            extra = conn.execute(
                f"SELECT count(*) FROM {fts} f WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = f.rowid)"
            ).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            out.append(f"Chỉ mục tìm kiếm {fts} bị hỏng ({exc}).")
            continue
        if missing or extra:
            out.append(f"Chỉ mục tìm kiếm {fts} không khớp với dữ liệu ({missing + extra} dòng).")
    return out


def rebuild_fts(conn: sqlite3.Connection, version: int | None = None) -> None:
    """Recreate every full-text index from the app's definition and fill it from the records
    (inside one transaction). The database's schema must already equal the app's."""
    if version is None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    raw = _reference(version)[1]
    conn.execute("BEGIN IMMEDIATE")
    try:
        for fts, (table, column) in FTS_TABLES.items():
            sql = raw[("table", fts)]
            conn.execute(f"DROP TABLE IF EXISTS {fts}")
            conn.execute(sql)
            conn.execute(f"INSERT INTO {fts}(rowid, {column}) SELECT id, {column} FROM {table}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
