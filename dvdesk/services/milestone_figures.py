"""The figures a report needs at a milestone (sơ kết, tổng kết, a year), read from that milestone.

Everything comes from the milestone's **reviews** (rating, recognition, tiêu biểu, proposed award
form), its **decisions** (``decisions.milestone_id``) with their awards, and its **scope** (the
phase's live initiatives registered on or before the milestone's date, see
:mod:`dvdesk.store.reviews`) — never from today's statuses, so a sơ kết 2023 report printed in 2026
says what was true at the sơ kết. "Nhân rộng" is read from the status history up to that date.

Headless (no Qt): the dashboard shows it, the report builders can print it; the statistics
appendix of a milestone (:mod:`dvdesk.services.statistics`) counts over the same :func:`scope_scan`
with the same definitions (``RECOGNIZED_SQL`` …), so there is one milestone scope, not two.
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


# What one model of the scope counts as at the milestone: SQL over the FROM of :func:`scope_scan`
# (``i`` the initiative, ``r`` its review at the milestone, if any). The one definition the
# dashboard's figures and the statistics appendix (services/statistics.py) both count with.
RECOGNIZED_SQL = "coalesce(r.recognized, 0)"
EXEMPLARY_SQL = "coalesce(r.exemplary, 0)"
#: "nhân rộng" = reached that status on or before the milestone's date (status history)
REPLICATED_SQL = ("i.id IN (SELECT initiative_id FROM initiative_status_log "
                  "WHERE to_status = :rep AND changed_on <= :cutoff)")
#: the level that recognized it, as recorded in the review
LEVEL_SQL = "r.recognition_level"


@dataclass(frozen=True)
class ScopeScan:
    """The milestone's scope as SQL: ``SELECT … FROM {from_sql} WHERE {where}`` with ``params``
    (named: ``:m`` the milestone, ``:phase``, ``:cutoff``, ``:rep``, ``:tt``, ``:cn``). One row per
    model in scope, its review at the milestone (``r``) left-joined."""

    from_sql: str
    where: str
    params: dict


def scope_scan(store, milestone_id: int) -> ScopeScan:
    """The milestone's scope (:meth:`ReviewBook.scope_sql`) with its reviews, ready to GROUP BY."""
    book = ReviewBook(store)
    where, params = book.scope_sql(milestone_id)
    params.update(rep=Status.NHAN_RONG, tt=SubjectKind.TAP_THE, cn=SubjectKind.CA_NHAN)
    return ScopeScan(f"{book.scan_from(milestone_id)} LEFT JOIN reviews r ON r.initiative_id = i.id "
                     "AND r.milestone_id = :m AND r.deleted_at IS NULL", where, params)


def awards_by_form(store, milestone_id: int) -> list[AwardFormRow]:
    """The awards of the milestone's own decisions (``decisions.milestone_id``) by award form, split
    tập thể / cá nhân, with their money (one GROUP BY)."""
    params = {"m": milestone_id, "tt": SubjectKind.TAP_THE, "cn": SubjectKind.CA_NHAN}
    return [AwardFormRow(*r) for r in store.conn.execute(
        "SELECT f.id, f.name, coalesce(sum(a.recipient_kind = :tt), 0), coalesce(sum(a.recipient_kind = :cn), 0), "
        "coalesce(sum(a.amount), 0) FROM decisions d CROSS JOIN awards a ON a.decision_id = d.id "
        "JOIN award_forms f ON f.id = d.form_id WHERE d.milestone_id = :m AND a.deleted_at IS NULL "
        "AND d.deleted_at IS NULL GROUP BY f.id ORDER BY f.sort_order", params)]


def figures(store, milestone_id: int) -> MilestoneFigures:
    """All the figures of one milestone: ONE pass over the scope grouped by (tập thể/cá nhân, field,
    block, rating, recognized, tiêu biểu, replicated, proposed form), summed up here; plus the
    milestone's awards by form. "Nhân rộng" = reached that status on or before the milestone's date
    (status history), never today's status."""
    m = store.phases.milestone_by_id(milestone_id)
    out = MilestoneFigures(m, cutoff(m))
    scan = scope_scan(store, milestone_id)
    params = scan.params
    sql = (f"SELECT i.subject_kind, i.field_id, i.block_id, r.id IS NOT NULL, r.rating, {RECOGNIZED_SQL}, "
           f"{EXEMPLARY_SQL}, {REPLICATED_SQL}, r.proposed_form_id, count(*) "
           f"FROM {scan.from_sql} WHERE {scan.where} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9")
    fields = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT id, name, sort_order FROM fields")}
    blocks = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT id, name, sort_order FROM blocks")}
    forms = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT id, name, sort_order FROM award_forms")}
    by_field: dict = {}
    by_block: dict = {}
    proposed: dict = {}
    out.by_rating = {code: 0 for code in Rating.codes()}
    for sk, field_id, block_id, reviewed, rating, recognized, exemplary, replicated, form_id, n in \
            store.conn.execute(sql, params):
        side = "collective" if sk == SubjectKind.TAP_THE else "individual"
        for name, on in (("registered", True), ("recognized", recognized), ("exemplary", exemplary),
                         ("replicated", replicated), ("proposed", form_id is not None)):
            if on:
                split = getattr(out, name)
                setattr(split, side, getattr(split, side) + n)
        out.reviewed += n if reviewed else 0
        if rating is not None:
            out.by_rating[rating] = out.by_rating.get(rating, 0) + n
        if form_id is not None:
            row = proposed.setdefault(form_id, AwardFormRow(form_id, forms.get(form_id, ("?", 0))[0]))
            setattr(row, side, getattr(row, side) + n)
        for groups, key, names in ((by_field, field_id, fields), (by_block, block_id, blocks)):
            g = groups.setdefault(key, GroupRow(key, names[key][0] if key in names else "(chưa xác định)"))
            g.registered += n
            g.recognized += n if recognized else 0
            g.exemplary += n if exemplary else 0
            g.replicated += n if replicated else 0
            g.proposed += n if form_id is not None else 0

    def order(names):
        return lambda g: (names[g.key][1] if g.key in names else 10**9, g.label)

    out.by_field = sorted(by_field.values(), key=order(fields))
    out.by_block = sorted(by_block.values(), key=order(blocks))
    out.proposed_by_form = sorted(proposed.values(), key=lambda r: forms.get(r.form_id, ("", 10**9))[1])
    out.awards_by_form = awards_by_form(store, milestone_id)
    out.awarded_models = ReviewBook(store).funnel_awarded(milestone_id)
    return out
