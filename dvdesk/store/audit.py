"""Reading the audit log: filtered, counted, newest first, with each record's current name.

Every write is logged by :class:`dvdesk.store.repositories.AuditRepo`; how entries are worded for
people (Vietnamese names of actions, tables and fields, the changes) is
:mod:`dvdesk.services.audit_format`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from dvdesk.store.repositories import TRASH_TABLES


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
    (list), before, after (dicts or None) and ``label``, the record's current name ("" for a
    record without one, e.g. a setting: :func:`dvdesk.services.audit_format.record_label` names it)."""
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
        r["label"] = labels.get((r["table_name"], r["row_id"]), "")


def audit_distinct(store, column: str) -> list[str]:
    if column not in ("user", "table_name", "action"):
        raise ValueError(column)
    return [r[0] for r in store.conn.execute(f"SELECT DISTINCT {column} FROM audit_log ORDER BY 1")]
