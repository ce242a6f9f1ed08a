"""The store's one write path for rows: a form's save (one row) and an import (30,000) alike.

:class:`BulkWriter` inserts and updates rows of any table inside the caller's transaction. For
every row it applies the boundary rule (text NFC and stripped), derives the stored values with
:mod:`dvdesk.store.derive` (codes, sort keys, folded search text), writes one audit row per
record through the audit writer — so the transaction's :class:`~dvdesk.store.changes.Changes`
knows it — and keeps the initiatives' status history. Repositories call it for single rows;
importers hand it their planned rows. No SQL write lives outside ``dvdesk/store/``.

Rows go in with ``executemany``, not sqlite-utils' ``Table.insert_all``: ``make bench``
(bench_store) runs this writer both ways on the same 30,000 initiative rows. insert_all's
multi-row INSERTs win only while the per-row search-index trigger is in place; on the writer's
real path (trigger lifted for bulk loads, audit rows beside) executemany is faster — 3.5 s
against 5.3 s for 30,000 rows, and the 30k demo builds in 11.8 s against 14.2 s — because
insert_all rebuilds its SQL and parameters in Python per batch of SQLite's variable limit.
``use_insert_all`` switches it for that measurement. sqlite-utils stays the library for
introspection (``store.db``).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from dvdesk.domain.vocab import AuditAction, Status
from dvdesk.store import unit_graph
from dvdesk.store.derive import DERIVED, DERIVED_COLUMNS, CodeAllocator, clean

CHUNK = 2000
# What an "insert" audit row leaves out: values derived from the others, and the long free texts of
# a registration (the record itself holds them; every later change to them is logged in full).
# Without this the log of a 30,000-row import was larger than the records themselves.
AUDIT_SKIP_ON_INSERT = {
    "initiatives": frozenset({"situation", "goals", "methods", "target_group", "lead_force", "partners",
                              "participants", "progress", "outputs", "sustainability"}),
}
FTS_INSERT_TRIGGER = "initiatives_fts_ai"
FTS_BULK_MIN = 200  # from this many new initiatives, one INSERT … SELECT fills the search index

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The caller's ``cancelled()`` said stop: the transaction rolls back."""


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def to_db(value: Any) -> Any:
    """A Python value as the store writes it (bool → 0/1, date → ISO, Decimal → text, text NFC)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return clean(value)


def jsonable(data: dict | None) -> dict | None:
    """What the audit log keeps of a row: every column but the derived binary sort keys."""
    if data is None:
        return None
    return {k: to_db(v) for k, v in data.items() if not isinstance(v, bytes) and not k.startswith("_")}


class BulkWriter:
    use_insert_all = False  # see the module docstring: measured slower on this path

    def __init__(self, store):
        self.store = store
        self._columns: dict[str, dict[str, int]] = {}

    def _in_column_order(self, table: str, names) -> list[str]:
        """Column names in the table's own order, so every writer's audit rows read alike."""
        if table not in self._columns:
            self._columns[table] = {r[1]: r[0] for r in self.conn.execute(f"PRAGMA table_info({table})")}
        order = self._columns[table]
        return sorted(names, key=lambda n: (order.get(n, 10_000), n))

    @property
    def conn(self):
        return self.store.conn

    def _tone(self) -> str:
        return self.store.settings.tone_order()

    def _check(self, cancelled: Callable[[], bool] | None) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    # -- preparing rows ---------------------------------------------------------------------------
    def prepare(self, table: str, row: dict, tone: str, codes: CodeAllocator | None = None) -> dict:
        """The row as it will be stored: cleaned values and derived columns (in place)."""
        for k, v in row.items():
            t = type(v)
            if t is str:
                row[k] = clean(v)
            elif v is not None and t is not int and t is not float and t is not bytes:
                row[k] = to_db(v)
        if table == "initiatives":
            if not row.get("code") and codes is not None:
                row["code"] = codes.next(int(row["year"]))
            row.setdefault("status", Status.DANG_KY)
        if table in ("initiatives", "units", "awards", "decisions", "directive_documents") and not row.get("uuid"):
            row["uuid"] = str(uuidlib.uuid4())
        derive = DERIVED.get(table)
        if derive is not None:
            row.update(derive[0](row, tone))
        return row

    # -- inserts --------------------------------------------------------------------------------
    def insert(self, table: str, rows: list[dict], *, source: str = "", status_note: str = "",
               status_history: bool = True,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               done0: int = 0, total: int | None = None) -> list[int]:
        """Insert ``rows`` (dicts of column → value; keys starting with ``_`` are the caller's
        and not stored, ``_row`` = the source row number shown in the audit). Rows without an
        ``id`` get the next free ones. Returns the ids in order.

        A new initiative starts its status history with its first status (unless the caller
        writes that history itself: ``status_history=False``).
        """
        if not rows:
            return []
        tone = self._tone()
        codes = None
        if table == "initiatives":
            taken = {r["code"].lower() for r in rows if r.get("code")}
            codes = CodeAllocator(self.conn, taken)
        next_id = None
        for row in rows:
            if row.get("id") is None:
                if next_id is None:
                    next_id = self.store.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")
                next_id += 1
                row["id"] = next_id
            self.prepare(table, row, tone, codes)
        total = total if total is not None else len(rows)
        trigger_sql = self._fts_trigger() if table == "initiatives" and len(rows) >= FTS_BULK_MIN else None
        if trigger_sql is not None:
            # The search index is filled by a per-row trigger; for a bulk load one INSERT … SELECT is
            # several times faster. Dropped and re-created inside this transaction: a rollback
            # restores it with everything else.
            self.conn.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
        try:
            for i in range(0, len(rows), CHUNK):
                self._check(cancelled)
                chunk = rows[i:i + CHUNK]
                self._insert_chunk(table, chunk)
                self._audit_inserts(table, chunk, source)
                if progress is not None:
                    progress(done0 + i + len(chunk), total, "Đang ghi vào cơ sở dữ liệu")
            if trigger_sql is not None:
                lo, hi = min(r["id"] for r in rows), max(r["id"] for r in rows)
                self.conn.execute("INSERT INTO initiatives_fts(rowid, search_text) SELECT id, search_text "
                                  "FROM initiatives WHERE id BETWEEN ? AND ?", (lo, hi))
        finally:
            if trigger_sql is not None:
                self.conn.execute(trigger_sql)
        if table == "initiatives" and status_history:
            today = date.today().isoformat()
            note = status_note or (f"Nhập từ tệp {source}" if source else "Đăng ký")
            self.status_log([(r["id"], None, r["status"], r.get("registered_on") or today, note) for r in rows])
        return [r["id"] for r in rows]

    def _insert_chunk(self, table: str, chunk: list[dict]) -> None:
        groups: dict[tuple[str, ...], list[dict]] = {}
        for row in chunk:
            groups.setdefault(tuple(row), []).append(row)
        for keys, group in groups.items():
            cols = [k for k in keys if k[0] != "_"]
            if len(cols) != len(keys):
                group = [{k: row[k] for k in cols} for row in group]
            if self.use_insert_all:  # sqlite-utils: multi-row INSERTs, in a savepoint inside our transaction
                self.store.db[table].insert_all(group, batch_size=CHUNK, alter=False)
            else:
                self.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                      [tuple(row[k] for k in cols) for row in group])

    def _fts_trigger(self) -> str | None:
        return self.store.scalar("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                 (FTS_INSERT_TRIGGER,))

    def _audit_inserts(self, table: str, rows: list[dict], source: str) -> None:
        entries = []
        orders: dict[tuple[str, ...], list[str]] = {}
        for row in rows:  # prepared rows hold stored values already: no second conversion
            keys = tuple(row)
            names = orders.get(keys)
            if names is None:
                skip = AUDIT_SKIP_ON_INSERT.get(table, frozenset()) | DERIVED_COLUMNS
                names = orders[keys] = self._in_column_order(
                    table, [k for k in keys if k != "id" and k[0] != "_" and k not in skip])
            after = {k: row[k] for k in names if k in row and not isinstance(row[k], bytes)}
            if source:
                after["nguon"] = f"{source}, dòng {row['_row']}" if "_row" in row else source
            entries.append((AuditAction.INSERT, table, row["id"], None, after, [k for k in after if k != "nguon"]))
        self.store.audit.record_many(entries)

    # -- updates --------------------------------------------------------------------------------
    def update(self, table: str, updates: Iterable[tuple[int, dict, dict]], *, source: str = "",
               status_log: tuple[date, str] | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[str]:
        """``updates`` = ``[(row id, changes, row before)]``. Only values that differ are written;
        derived columns follow the values they come from; ``updated_at`` is stamped where the
        table has it. With ``status_log=(on, note)`` an initiative whose status changes gets a
        dated line in its status history. Returns the names of the changed columns (last row)."""
        updates = list(updates)
        if table == "units":  # a unit never becomes its own ancestor
            parents = [(rid, ch["parent_id"]) for rid, ch, _b in updates if ch.get("parent_id") is not None]
            if parents:
                unit_graph.check_parents(self.conn, parents)
        tone = self._tone()
        derive = DERIVED.get(table)
        stamp = now_iso()
        groups: dict[tuple[str, ...], list[tuple]] = {}
        audit: list[tuple] = []
        logs: list[tuple] = []
        changed_names: list[str] = []
        for row_id, changes, before in updates:
            changes = {k: v if isinstance(v, bytes) else to_db(v) for k, v in changes.items() if not k.startswith("_")}
            changes = {k: v for k, v in changes.items() if before.get(k) != v}
            if not changes:
                changed_names = []
                continue
            if derive is not None and (set(changes) & derive[1]):
                merged = {**before, **changes}
                for k, v in derive[0](merged, tone).items():
                    if before.get(k) != v:
                        changes[k] = v
            visible = self._in_column_order(table, [k for k in changes if not isinstance(changes[k], bytes)])
            sql_changes = dict(changes)
            if "updated_at" in before:
                sql_changes["updated_at"] = stamp
            groups.setdefault(tuple(sql_changes), []).append((*sql_changes.values(), row_id))
            after = jsonable({k: changes[k] for k in visible})
            if source:
                after["nguon"] = source
            audit.append((AuditAction.UPDATE, table, row_id, jsonable({k: before.get(k) for k in visible}), after, visible))
            if table == "initiatives" and status_log is not None and "status" in changes:
                on, note = status_log
                logs.append((row_id, before.get("status"), changes["status"], to_db(on), note))
            changed_names = list(changes)
        for cols, params in groups.items():
            self._check(cancelled)
            sets = ", ".join(f"{k} = ?" for k in cols)
            for i in range(0, len(params), CHUNK):
                self.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params[i:i + CHUNK])
        self.store.audit.record_many(audit)
        if logs:
            self.status_log(logs)
        return changed_names

    def set_columns(self, table: str, rows: list[tuple[int, dict]], *, source: str = "") -> None:
        """Set columns of rows whose current values the caller does not hold (fetched here)."""
        if not rows:
            return
        befores = self.rows_by_id(table, [r for r, _ in rows])
        self.update(table, [(rid, ch, befores[rid]) for rid, ch in rows if rid in befores], source=source)

    def rows_by_id(self, table: str, ids: list[int]) -> dict[int, dict]:
        """Rows of ``table`` by id, fetched in chunks (SQLite limits the number of parameters)."""
        out: dict[int, dict] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            cur = self.conn.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            cols = [d[0] for d in cur.description]
            for row in cur.fetchall():
                out[row[0]] = dict(zip(cols, row, strict=True))
        return out

    # -- rows that belong to a record -------------------------------------------------------------
    def status_log(self, rows: list[tuple]) -> None:
        """Initiatives' status history: ``(initiative id, from, to, on, note)`` lines."""
        user = self.store.user
        self.conn.executemany(
            "INSERT INTO initiative_status_log(initiative_id, from_status, to_status, changed_on, note, user) "
            "VALUES (?,?,?,?,?,?)", [(i, f, t, to_db(on), clean(note or ""), user) for i, f, t, on, note in rows])
        self.store.noted_many((AuditAction.INSERT, "initiative_status_log", r[0]) for r in rows)

    def unit_links(self, links: list[tuple[int, int, str, str | date]], *, source: str = "") -> None:
        """Predecessor → successor links ``(pred, succ, kind, effective date)``; existing ones kept."""
        if not links:
            return
        unit_graph.check_links(self.conn, [(p, s) for p, s, _k, _d in links])
        self.conn.executemany(
            "INSERT OR IGNORE INTO unit_links(predecessor_id, successor_id, kind, effective_date) VALUES (?,?,?,?)",
            [(p, s, k, to_db(d)) for p, s, k, d in links])
        entries = []
        for pred, succ, kind, _ in links:
            after = {"predecessor_id": pred, "successor_id": succ, "kind": kind}
            if source:
                after["nguon"] = source
            entries.append((AuditAction.INSERT, "unit_links", succ, None, after, ["predecessor_id", "successor_id", "kind"]))
        self.store.audit.record_many(entries)

