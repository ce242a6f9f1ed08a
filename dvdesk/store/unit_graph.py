"""Units form two graphs that must never loop: "under" (parent_id) and "became" (unit_links,
predecessor → successor). A loop makes units vanish from the catalog tree and sends the
"which unit stood for this one on a date" walk round in circles, so the store refuses it on every
write (repositories and the bulk writer) and ``dvdesk check`` reports any loop already stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from dvdesk.domain.errors import ValidationError


def _name(conn: sqlite3.Connection, unit_id: int) -> str:
    row = conn.execute("SELECT name FROM units WHERE id = ?", (unit_id,)).fetchone()
    return f"\"{row[0]}\"" if row else f"mã số {unit_id}"


def parent_loop(conn: sqlite3.Connection, unit_id: int, parent_id: int | None,
                pending: dict[int, int | None] | None = None) -> bool:
    """Would making ``parent_id`` the parent of ``unit_id`` close a loop? (``pending``: parents
    about to be written in the same operation, which override the stored ones.)"""
    if parent_id is None:
        return False
    pending = pending or {}
    seen = {unit_id}
    cur: int | None = parent_id
    while cur is not None:
        if cur in seen:
            return True
        seen.add(cur)
        if cur in pending:
            cur = pending[cur]
        else:
            row = conn.execute("SELECT parent_id FROM units WHERE id = ?", (cur,)).fetchone()
            cur = row[0] if row else None
    return False


def check_parents(conn: sqlite3.Connection, parents: Iterable[tuple[int, int | None]]) -> None:
    """Refuse (ValidationError, Vietnamese) parents that would make a unit its own ancestor."""
    pending = dict(parents)
    for unit_id, parent_id in pending.items():
        if parent_id == unit_id or parent_loop(conn, unit_id, parent_id, pending):
            raise ValidationError({"parent_id": f"Không thể đặt {_name(conn, parent_id)} làm đơn vị cấp trên của "
                                                f"{_name(conn, unit_id)}: đơn vị sẽ thành cấp trên của chính nó."})


def check_links(conn: sqlite3.Connection, links: Iterable[tuple[int, int]]) -> None:
    """Refuse predecessor → successor links that would make a unit its own predecessor."""
    succ: dict[int, set[int]] = {}
    for p, s in conn.execute("SELECT predecessor_id, successor_id FROM unit_links"):
        succ.setdefault(p, set()).add(s)
    for pred, new in links:
        if pred == new or _reaches(succ, new, pred):
            raise ValidationError({"predecessors": f"Không thể ghi {_name(conn, pred)} là đơn vị tiền thân của "
                                                   f"{_name(conn, new)}: {_name(conn, new)} đã là tiền thân của nó "
                                                   "(vòng lặp trong lịch sử đơn vị)."})
        succ.setdefault(pred, set()).add(new)


def _reaches(succ: dict[int, set[int]], start: int, target: int) -> bool:
    stack, seen = [start], {start}
    while stack:
        cur = stack.pop()
        if cur == target:
            return True
        for nxt in succ.get(cur, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def stored_loops(conn: sqlite3.Connection) -> list[str]:
    """Loops already in the database, as Vietnamese sentences (for ``dvdesk check``)."""
    problems = []
    parents = dict(conn.execute("SELECT id, parent_id FROM units"))
    names = dict(conn.execute("SELECT id, name FROM units"))
    reported: set[frozenset[int]] = set()
    for start in parents:
        path, cur = [], start
        seen: dict[int, int] = {}
        while cur is not None and cur in parents and cur not in seen:
            seen[cur] = len(path)
            path.append(cur)
            cur = parents[cur]
        if cur is not None and cur in seen:
            loop = frozenset(path[seen[cur]:])
            if loop not in reported:
                reported.add(loop)
                problems.append("Vòng lặp cấp trên giữa các đơn vị: " + " → ".join(
                    names.get(u, str(u)) for u in path[seen[cur]:]) + ".")
    succ: dict[int, set[int]] = {}
    for p, s in conn.execute("SELECT predecessor_id, successor_id FROM unit_links"):
        succ.setdefault(p, set()).add(s)
    for p, targets in succ.items():
        for s in targets:
            if _reaches(succ, s, p):
                key = frozenset((p, s))
                if key not in reported:
                    reported.add(key)
                    problems.append(f"Vòng lặp trong lịch sử đơn vị: {names.get(p, p)} và {names.get(s, s)} là "
                                    "tiền thân của nhau.")
    return problems
