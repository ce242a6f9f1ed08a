"""Figures of the movement (DOMAIN.md §5.3), computed in SQLite with one GROUP BY per table.

Used by the dashboard and by the statistics appendix report. A :class:`Scope` selects a phase, a
year or a milestone; ``rollup`` counts former units under their current successors.

Two kinds of scope, two sources:

* **a milestone** (sơ kết, tổng kết, a year-end review): what was *recorded at that milestone* — the
  models in its scope (the phase's live models registered on or before its date), their review at
  it (công nhận, tiêu biểu, cấp công nhận), "nhân rộng" reached by its date (status history) and the
  awards of its own decisions; never today's statuses. The scope and the definitions are those of
  :mod:`dvdesk.services.milestone_figures` (``scope_scan``, ``RECOGNIZED_SQL`` …), the dashboard's.
  ``phase_id`` / ``year`` given beside a milestone narrow its models (registered that year); its
  awards stay the milestone's decisions.
* **a phase, a year or everything**: the current state — each model's status today.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from dvdesk.domain import catalog
from dvdesk.domain.vocab import Level, SubjectKind
from dvdesk.services import milestone_figures as mf
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
    #: set inside :func:`prepared`: the TEMP table holding the milestone scope's per-model values
    snapshot: str | None = field(default=None, repr=False, compare=False)

    @property
    def at_milestone(self) -> bool:
        """True: the figures recorded at a milestone; False: the current state."""
        return self.milestone_id is not None

    def where(self, alias: str = "i") -> tuple[str, dict[str, Any]]:
        """The phase / year condition on the models (named parameters ``:s_phase``, ``:s_year``);
        a milestone's own scope is :func:`_frame`'s."""
        parts = [f"{alias}.deleted_at IS NULL"]
        params: dict[str, Any] = {}
        if self.phase_id is not None:
            parts.append(f"{alias}.phase_id = :s_phase")
            params["s_phase"] = self.phase_id
        if self.year is not None:
            parts.append(f"{alias}.year = :s_year")
            params["s_year"] = self.year
        return " AND ".join(parts), params


@dataclass(frozen=True)
class _Frame:
    """What a table counts over: ``FROM {from_sql} … WHERE {where}`` and, per model, whether it is
    recognized / tiêu biểu / replicated and the level that recognized it (SQL expressions)."""

    from_sql: str
    where: str
    params: dict
    recognized: str
    exemplary: str
    replicated: str
    level: str


# the columns of the milestone scope a table groups or filters by (kept in a snapshot)
_SNAPSHOT_COLUMNS = ("id", "deleted_at", "phase_id", "year", "subject_kind", "field_id", "block_id", "unit_id")


def _frame(store, scope: Scope) -> _Frame:
    where, params = scope.where()
    if scope.milestone_id is None:  # the current state: today's statuses
        # INDEXED BY: the planner would otherwise walk a one-column index and read every wide row
        return _Frame("initiatives i INDEXED BY initiatives_stats", where, params, f"(i.status IN ({RECOGNIZED}))",
                      "i.exemplary", "(i.replication_count > 0)", "i.recognition_level")
    if scope.snapshot is not None:  # the same values, read once into a thin table (see prepared())
        return _Frame(f"temp.{scope.snapshot} i", where, params, "i.recognized", "i.exemplary", "i.replicated",
                      "i.level")
    scan = mf.scope_scan(store, scope.milestone_id)
    return _Frame(scan.from_sql, f"{scan.where} AND {where}", {**scan.params, **params}, mf.RECOGNIZED_SQL,
                  mf.EXEMPLARY_SQL, f"({mf.REPLICATED_SQL})", mf.LEVEL_SQL)


@contextmanager
def prepared(store, scope: Scope) -> Iterator[Scope]:
    """For computing several tables of one milestone scope at once (the appendix): the scope's
    per-model values (milestone_figures' definitions) are read in ONE pass over the wide initiative
    rows into a thin TEMP table, and each table is then its one GROUP BY over that table, not one
    more pass over the scope. Yields the scope to pass to the tables; dropped on exit. A phase or
    year scope (today's statuses, a covering index) is yielded unchanged."""
    if scope.milestone_id is None or scope.snapshot is not None:
        yield scope
        return
    scan = mf.scope_scan(store, scope.milestone_id)
    cols = ", ".join(f"i.{c}" for c in _SNAPSHOT_COLUMNS)
    with store.scratch_table(
            f"SELECT {cols}, {mf.RECOGNIZED_SQL} AS recognized, {mf.EXEMPLARY_SQL} AS exemplary, "
            f"({mf.REPLICATED_SQL}) AS replicated, {mf.LEVEL_SQL} AS level FROM {scan.from_sql} WHERE {scan.where}",
            scan.params) as name:
        yield dataclasses.replace(scope, snapshot=name)


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


def _counts(f: _Frame) -> str:
    tt, cn = f"'{SubjectKind.TAP_THE}'", f"'{SubjectKind.CA_NHAN}'"
    return (f"count(*) AS registered, sum(i.subject_kind = {tt}) AS reg_c, "
            f"sum({f.recognized} AND i.subject_kind = {tt}) AS rc, sum({f.recognized} AND i.subject_kind = {cn}) AS ri, "
            f"sum({f.exemplary}) AS ex, sum({f.replicated}) AS rep")


def _rows(store, group_sql: str, label_sql: str, joins: str, scope: Scope, order_sql: str,
          only: str = "") -> list[CountRow]:
    """One GROUP BY over the scope's frame; ``group_sql`` / ``label_sql`` / ``only`` may name the
    frame's expressions as ``{level}``, ``{recognized}``."""
    f = _frame(store, scope)
    names = {"level": f.level, "recognized": f.recognized}
    group_sql, label_sql, order_sql = (x.format(**names) for x in (group_sql, label_sql, order_sql))
    where = f.where + (f" AND {only.format(**names)}" if only else "")
    sql = (f"SELECT {group_sql} AS k, {label_sql} AS label, {_counts(f)} FROM {f.from_sql} {joins} "
           f"WHERE {where} GROUP BY k ORDER BY {order_sql}")
    return [CountRow(r[0], str(r[1] if r[1] is not None else "(chưa xác định)"), r[2], r[4] or 0, r[5] or 0,
                     r[6] or 0, r[7] or 0, registered_collective=r[3] or 0)
            for r in store.conn.execute(sql, f.params)]


def by_year(store, scope: Scope) -> list[CountRow]:
    return _rows(store, "i.year", "i.year", "", scope, "k")


def by_field(store, scope: Scope) -> list[CountRow]:
    return _rows(store, "i.field_id", "f.name", "LEFT JOIN fields f ON f.id = i.field_id", scope,
                 "min(coalesce(f.sort_order, 1e9))")


def by_block(store, scope: Scope) -> list[CountRow]:
    return _rows(store, "i.block_id", "b.name", "LEFT JOIN blocks b ON b.id = i.block_id", scope,
                 "min(coalesce(b.sort_order, 1e9))")


#: label of the recognized models whose review records no level
NO_LEVEL = "Chưa ghi cấp công nhận"


def by_level(store, scope: Scope) -> list[CountRow]:
    """Recognized initiatives by the level that recognized them. At a milestone: the models
    recognized in their review there, by the level that review records (one recognized without a
    level counts under ``NO_LEVEL``, last, so the table adds up to the recognized models)."""
    if scope.at_milestone:
        rows = _rows(store, "{level}", "{level}", "", scope, f"k IS NULL, {rank_case('k', Level)}",
                     only="{recognized}")
    else:
        rows = [r for r in _rows(store, "i.recognition_level", "i.recognition_level", "", scope,
                                 rank_case("k", Level)) if r.key is not None]
    for r in rows:
        r.label = Level.label_of(r.key) if r.key is not None else NO_LEVEL
    return rows


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
    """Awards by form, split tập thể / cá nhân, with their money. At a milestone: the awards of that
    milestone's own decisions (``decisions.milestone_id``) only; else by the decisions' signing year."""
    if scope.milestone_id is not None:
        return [AwardRow(r.form_id, r.label, r.collective, r.individual, r.money)
                for r in mf.awards_by_form(store, scope.milestone_id)]
    parts = ["a.deleted_at IS NULL", "d.deleted_at IS NULL"]
    params: list[Any] = []
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
    """Tiêu biểu initiatives in the scope, by unit precedence then code. At a milestone: tiêu biểu in
    their review there, with the level that review records and ``replicated`` (1 when "nhân rộng"
    was reached by the milestone's date); ``replication_count`` is always today's number of places."""
    f = _frame(store, scope)
    from_sql = f.from_sql.replace(" INDEXED BY initiatives_stats", "")  # a handful of rows, by their own path
    # x: the initiative's own row (the same row as i, or the one a snapshot row stands for)
    sql = (f"SELECT i.id, x.code, x.name, x.unit_name, i.year, fl.name AS field, {f.level} AS recognition_level, "
           f"x.replication_count, {f.replicated} AS replicated FROM {from_sql} CROSS JOIN initiatives x ON x.id = i.id "
           f"LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN fields fl ON fl.id = i.field_id "
           f"WHERE {f.where} AND {f.exemplary} = 1 ORDER BY u.precedence, x.code")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql, f.params)


def totals(rows: list[CountRow]) -> CountRow:
    t = CountRow(None, "Tổng cộng")
    for r in rows:
        t.add(r)
    return t
