"""The figures a report needs at a milestone (sơ kết, tổng kết, a year), read from that milestone.

Everything comes from the milestone's **reviews** (rating, recognition, tiêu biểu, proposed award
form), its **decisions** (``decisions.milestone_id``) with their awards, and its **scope** (the
phase's live initiatives registered on or before the milestone's date, see
:mod:`dvdesk.store.reviews`) — never from today's statuses, so a sơ kết 2023 report printed in 2026
says what was true at the sơ kết. "Nhân rộng" is read from the status history up to that date.

Headless (no Qt): the dashboard shows it, the report builders can print it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dvdesk.domain.entities import Milestone
from dvdesk.domain.vocab import Rating, Status, SubjectKind
from dvdesk.store.reviews import ReviewBook, cutoff


@dataclass
class Split:
    """A count split tập thể / cá nhân."""

    collective: int = 0
    individual: int = 0

    @property
    def total(self) -> int:
        return self.collective + self.individual


@dataclass
class GroupRow:
    """Counts of one field (lĩnh vực) or block (khối)."""

    key: Any
    label: str
    registered: int = 0
    recognized: int = 0
    exemplary: int = 0
    replicated: int = 0
    proposed: int = 0


@dataclass
class AwardFormRow:
    form_id: int
    label: str
    collective: int = 0
    individual: int = 0
    money: int = 0

    @property
    def total(self) -> int:
        return self.collective + self.individual


@dataclass
class MilestoneFigures:
    milestone: Milestone
    as_of: str  # ISO date of the scope
    registered: Split = field(default_factory=Split)
    reviewed: int = 0
    recognized: Split = field(default_factory=Split)
    exemplary: Split = field(default_factory=Split)
    replicated: Split = field(default_factory=Split)
    proposed: Split = field(default_factory=Split)
    awarded_models: int = 0  # models in scope honoured by a decision of the milestone
    by_rating: dict[str, int] = field(default_factory=dict)  # Rating code -> count
    proposed_by_form: list[AwardFormRow] = field(default_factory=list)
    awards_by_form: list[AwardFormRow] = field(default_factory=list)
    by_field: list[GroupRow] = field(default_factory=list)
    by_block: list[GroupRow] = field(default_factory=list)

    @property
    def awards_total(self) -> int:
        return sum(r.total for r in self.awards_by_form)

    @property
    def money_total(self) -> int:
        return sum(r.money for r in self.awards_by_form)

    @property
    def recognition_rate(self) -> float:
        return self.recognized.total / self.registered.total if self.registered.total else 0.0

    def registered_sentence(self) -> str:
        """"274 mô hình, điển hình: 194 tập thể, 80 cá nhân"."""
        from dvdesk.domain.vntext import money_vn

        r = self.registered
        return (f"{money_vn(r.total)} mô hình, điển hình: {money_vn(r.collective)} tập thể, "
                f"{money_vn(r.individual)} cá nhân")


_PER_ROW = """
    count(*) AS registered,
    coalesce(sum(r.recognized), 0) AS recognized,
    coalesce(sum(r.exemplary), 0) AS exemplary,
    coalesce(sum(EXISTS (SELECT 1 FROM initiative_status_log l WHERE l.initiative_id = i.id
                         AND l.to_status = :rep AND l.changed_on <= :cutoff)), 0) AS replicated,
    count(r.proposed_form_id) AS proposed
"""


def _base(store, milestone_id: int) -> tuple[str, dict]:
    where, params = ReviewBook(store).scope_sql(milestone_id)
    params["rep"] = Status.NHAN_RONG
    return where, params


_JOIN = "LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = :m AND r.deleted_at IS NULL"


def _groups(store, milestone_id: int, key: str, table: str) -> list[GroupRow]:
    where, params = _base(store, milestone_id)
    sql = (f"SELECT i.{key} AS k, g.name, {_PER_ROW} FROM initiatives i {_JOIN} "
           f"LEFT JOIN {table} g ON g.id = i.{key} WHERE {where} GROUP BY i.{key} "
           f"ORDER BY min(coalesce(g.sort_order, 1e9))")
    return [GroupRow(r[0], r[1] if r[1] is not None else "(chưa xác định)", *r[2:])
            for r in store.conn.execute(sql, params)]


def figures(store, milestone_id: int) -> MilestoneFigures:
    """All the figures of one milestone (a handful of GROUP BY queries)."""
    m = store.phases.milestone_by_id(milestone_id)
    out = MilestoneFigures(m, cutoff(m))
    where, params = _base(store, milestone_id)
    for sk, *counts in store.conn.execute(
            f"SELECT i.subject_kind, {_PER_ROW}, count(r.id) FROM initiatives i {_JOIN} WHERE {where} "
            "GROUP BY i.subject_kind", params):
        attr = "collective" if sk == SubjectKind.TAP_THE else "individual"
        for name, value in zip(("registered", "recognized", "exemplary", "replicated", "proposed"), counts,
                               strict=False):
            setattr(getattr(out, name), attr, value)
        out.reviewed += counts[-1]
    out.by_rating = {code: 0 for code in Rating.codes()}
    for code, n in store.conn.execute(
            f"SELECT r.rating, count(*) FROM initiatives i {_JOIN} WHERE {where} AND r.rating IS NOT NULL "
            "GROUP BY r.rating", params):
        out.by_rating[code] = n
    params.update(tt=SubjectKind.TAP_THE, cn=SubjectKind.CA_NHAN)
    out.proposed_by_form = [AwardFormRow(*r) for r in store.conn.execute(
        f"SELECT f.id, f.name, sum(i.subject_kind = :tt), sum(i.subject_kind = :cn), 0 FROM initiatives i {_JOIN} "
        f"JOIN award_forms f ON f.id = r.proposed_form_id WHERE {where} GROUP BY f.id ORDER BY f.sort_order",
        params)]
    out.awards_by_form = [AwardFormRow(*r) for r in store.conn.execute(
        "SELECT f.id, f.name, coalesce(sum(a.recipient_kind = :tt), 0), coalesce(sum(a.recipient_kind = :cn), 0), "
        "coalesce(sum(a.amount), 0) FROM awards a JOIN decisions d ON d.id = a.decision_id "
        "JOIN award_forms f ON f.id = d.form_id WHERE d.milestone_id = :m AND a.deleted_at IS NULL "
        "AND d.deleted_at IS NULL GROUP BY f.id ORDER BY f.sort_order", params)]
    out.awarded_models = ReviewBook(store).funnel(milestone_id).awarded
    out.by_field = _groups(store, milestone_id, "field_id", "fields")
    out.by_block = _groups(store, milestone_id, "block_id", "blocks")
    return out
