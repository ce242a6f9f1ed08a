"""Figures of the movement (DOMAIN.md §5.3), computed in SQLite with one GROUP BY per table.

Used by the dashboard and by the statistics appendix report. A :class:`Scope` selects a phase, a
year or a milestone; ``rollup`` counts former units under their current successors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dvdesk.domain import catalog
from dvdesk.domain.vocab import Level, SubjectKind
from dvdesk.store.search import rank_case

# The fixed codes are written into the SQL of the GROUP BY queries (built once, never user text).
RECOGNIZED = ",".join(f"'{s}'" for s in catalog.RECOGNIZED_STATUSES)


@dataclass
class Scope:
    phase_id: int | None = None
    year: int | None = None
    milestone_id: int | None = None
    rollup: bool = False
    label: str = ""

    def where(self, alias: str = "i") -> tuple[str, list[Any]]:
        parts = [f"{alias}.deleted_at IS NULL"]
        params: list[Any] = []
        if self.phase_id is not None:
            parts.append(f"{alias}.phase_id = ?")
            params.append(self.phase_id)
        if self.year is not None:
            parts.append(f"{alias}.year = ?")
            params.append(self.year)
        if self.milestone_id is not None:
            # a milestone covers its phase up to its year (a sơ kết counts everything so far)
            parts.append(f"{alias}.phase_id = (SELECT phase_id FROM milestones WHERE id = ?) "
                         f"AND {alias}.year <= (SELECT year FROM milestones WHERE id = ?)")
            params += [self.milestone_id, self.milestone_id]
        return " AND ".join(parts), params


@dataclass
class CountRow:
    key: Any
    label: str
    registered: int = 0
    recognized_collective: int = 0
    recognized_individual: int = 0
    exemplary: int = 0
    replicated: int = 0
    extra: dict = field(default_factory=dict)
    registered_collective: int = 0

    @property
    def registered_individual(self) -> int:
        return self.registered - self.registered_collective

    @property
    def recognized(self) -> int:
        return self.recognized_collective + self.recognized_individual

    def add(self, other: CountRow) -> None:
        self.registered += other.registered
        self.registered_collective += other.registered_collective
        self.recognized_collective += other.recognized_collective
        self.recognized_individual += other.recognized_individual
        self.exemplary += other.exemplary
        self.replicated += other.replicated

    @property
    def rate(self) -> float:
        return self.recognized / self.registered if self.registered else 0.0


_COUNTS = f"""
    count(*) AS registered,
    sum(i.subject_kind = '{SubjectKind.TAP_THE}') AS reg_c,
    sum(i.status IN ({RECOGNIZED}) AND i.subject_kind = '{SubjectKind.TAP_THE}') AS rc,
    sum(i.status IN ({RECOGNIZED}) AND i.subject_kind = '{SubjectKind.CA_NHAN}') AS ri,
    sum(i.exemplary) AS ex,
    sum(i.replication_count > 0) AS rep
"""


def _rows(store, group_sql: str, label_sql: str, joins: str, scope: Scope, order_sql: str) -> list[CountRow]:
    where, params = scope.where()
    # INDEXED BY: the planner would otherwise walk a one-column index and read every wide row
    sql = (f"SELECT {group_sql} AS k, {label_sql} AS label, {_COUNTS} FROM initiatives i "
           f"INDEXED BY initiatives_stats {joins} WHERE {where} GROUP BY k ORDER BY {order_sql}")
    return [CountRow(r[0], str(r[1] if r[1] is not None else "(chưa xác định)"), r[2], r[4] or 0, r[5] or 0,
                     r[6] or 0, r[7] or 0, registered_collective=r[3] or 0) for r in store.conn.execute(sql, params)]


def by_year(store, scope: Scope) -> list[CountRow]:
    return _rows(store, "i.year", "i.year", "", scope, "k")


def by_field(store, scope: Scope) -> list[CountRow]:
    return _rows(store, "i.field_id", "f.name", "LEFT JOIN fields f ON f.id = i.field_id", scope,
                 "min(coalesce(f.sort_order, 1e9))")


def by_block(store, scope: Scope) -> list[CountRow]:
    return _rows(store, "i.block_id", "b.name", "LEFT JOIN blocks b ON b.id = i.block_id", scope,
                 "min(coalesce(b.sort_order, 1e9))")


def by_level(store, scope: Scope) -> list[CountRow]:
    """Recognized initiatives by the level that recognized them."""
    rows = _rows(store, "i.recognition_level", "i.recognition_level", "", scope, rank_case("k", Level))
    out = []
    for r in rows:
        if r.key is None:
            continue
        r.label = Level.label_of(r.key)
        out.append(r)
    return out


#: depth of each unit level, from the top
LEVEL_DEPTH = {"trung_uong": 0, "tinh": 1, "huyen": 2, "xa": 3}


def by_unit(store, scope: Scope, level: str | None = None) -> list[CountRow]:
    """By registering unit; with ``scope.rollup`` former units count under their current successor;
    with ``level`` ("tinh", "huyen", "xa") a unit below that level counts under the unit above it at
    that level (a commune under its district, with "tinh" a district under its province) — a
    unit with no such parent (a commune directly under a province since 7/2025) stays itself."""
    if level is not None and level not in LEVEL_DEPTH:
        raise ValueError(f"unknown unit level {level!r}")
    rows = _rows(store, "i.unit_id", "u.name", "LEFT JOIN units u ON u.id = i.unit_id", scope, "k")
    units = {r[0]: (r[1], r[2], r[3], r[4]) for r in
             store.conn.execute("SELECT id, name, precedence, parent_id, level FROM units")}
    if not scope.rollup and level is None:
        return sorted(rows, key=lambda r: (units.get(r.key, ("", 10**9))[1], r.label))
    mapping = store.units.rollup_map() if scope.rollup else {}
    depth = LEVEL_DEPTH[level] if level is not None else None

    def target(uid: int) -> int:
        uid = mapping.get(uid, uid)
        if depth is None:
            return uid
        cur, seen = uid, {uid}
        while cur in units and LEVEL_DEPTH.get(units[cur][3], 3) > depth:
            parent = units[cur][2]
            if parent is None or parent not in units or parent in seen:
                return uid
            cur = mapping.get(parent, parent)
            seen.add(cur)
        # a parent above the level (no unit of that level in between): the unit stays itself
        return cur if cur in units and LEVEL_DEPTH.get(units[cur][3], 3) == depth else uid

    merged: dict[int, CountRow] = {}
    for r in rows:
        t = target(r.key)
        merged.setdefault(t, CountRow(t, units.get(t, ("?",))[0])).add(r)
    return sorted(merged.values(), key=lambda r: (units.get(r.key, ("", 10**9))[1], r.label))


@dataclass
class AwardRow:
    form_id: int
    label: str
    collective: int = 0
    individual: int = 0
    money: int = 0

    @property
    def total(self) -> int:
        return self.collective + self.individual


def awards_by_form(store, scope: Scope) -> list[AwardRow]:
    parts = ["a.deleted_at IS NULL", "d.deleted_at IS NULL"]
    params: list[Any] = []
    if scope.milestone_id is not None:
        parts.append("d.milestone_id = ?")
        params.append(scope.milestone_id)
    if scope.year is not None:
        parts.append("CAST(substr(d.signed_on, 1, 4) AS INTEGER) = ?")
        params.append(scope.year)
    if scope.phase_id is not None:
        parts.append("CAST(substr(d.signed_on, 1, 4) AS INTEGER) BETWEEN "
                     "(SELECT start_year FROM phases WHERE id = ?) AND (SELECT end_year FROM phases WHERE id = ?)")
        params += [scope.phase_id, scope.phase_id]
    sql = (f"SELECT f.id, f.name, sum(a.recipient_kind = ?), sum(a.recipient_kind = ?), "
           f"sum(a.amount) FROM awards a JOIN decisions d ON d.id = a.decision_id "
           f"JOIN award_forms f ON f.id = d.form_id WHERE {' AND '.join(parts)} GROUP BY f.id ORDER BY f.sort_order")
    params = [SubjectKind.TAP_THE, SubjectKind.CA_NHAN, *params]  # the SELECT's two placeholders come first
    return [AwardRow(r[0], r[1], r[2] or 0, r[3] or 0, r[4] or 0) for r in store.conn.execute(sql, params)]


def outstanding(store, scope: Scope, limit: int | None = None) -> list[dict]:
    """Tiêu biểu initiatives in the scope, by unit precedence then code."""
    where, params = scope.where()
    sql = (f"SELECT i.id, i.code, i.name, i.unit_name, i.year, f.name AS field, i.recognition_level, "
           f"i.replication_count FROM initiatives i LEFT JOIN units u ON u.id = i.unit_id "
           f"LEFT JOIN fields f ON f.id = i.field_id WHERE {where} AND i.exemplary = 1 "
           f"ORDER BY u.precedence, i.code")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql, tuple(params))


def totals(rows: list[CountRow]) -> CountRow:
    t = CountRow(None, "Tổng cộng")
    for r in rows:
        t.add(r)
    return t
