"""The review workspace of a milestone: its scope, the grid, saves, bulk actions, the funnel.

A milestone's **scope** is its phase's live initiatives registered on or before the milestone's date
(the conference date ``held_on``, else 31/12 of its year). Each initiative has at most one review per
milestone (``reviews``, unique per pair); a review cleared from the grid goes to the trash (soft
delete) and a later save revives the same row.

**Funnel rules**, per record, so that registered ≥ recognized ≥ tiêu biểu ≥ proposed always holds:

* công nhận ⇒ đã xếp loại (a recognized model has a rating);
* tiêu biểu ⇒ công nhận;
* đề nghị khen thưởng (a proposed award form) ⇒ tiêu biểu;
* cấp công nhận, số và ngày quyết định công nhận only with công nhận.

A save or bulk action that would break a rule is refused as a whole, with a Vietnamese message naming
the record (code and name). Every write goes through ``store.bulk`` in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from dvdesk.domain.entities import Milestone
from dvdesk.domain.errors import NotFoundError, ValidationError
from dvdesk.domain.vocab import AuditAction, Level, MilestoneKind, Rating, SubjectKind
from dvdesk.store.bulk import now_iso, to_db
from dvdesk.store.search import fts_conditions, rank_case, search_words

# The values a review holds (besides its initiative and milestone).
VALUE_COLUMNS = ("rating", "recognized", "recognition_level", "recognition_decision", "recognition_date",
                 "exemplary", "proposed_form_id", "summary", "reviewed_on")
EMPTY = {"rating": None, "recognized": 0, "recognition_level": None, "recognition_decision": "",
         "recognition_date": None, "exemplary": 0, "proposed_form_id": None, "summary": "", "reviewed_on": None}
# what "Lấy kết quả kỳ trước" copies
COPIED = ("rating", "recognized", "recognition_level", "recognition_decision", "recognition_date", "exemplary")

GRID_SELECT = """
SELECT i.id, i.code, i.name, i.unit_name, i.subject_kind, i.kind, i.person_name,
       r.id AS review_id, r.rating, r.recognized, r.recognition_level, r.recognition_decision,
       r.recognition_date, r.exemplary, r.proposed_form_id, af.name AS proposed_form, r.summary, r.reviewed_on
FROM {initiatives}
LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = :m AND r.deleted_at IS NULL
LEFT JOIN award_forms af ON af.id = r.proposed_form_id
"""

# sortable grid columns -> SQL expression
SORT_COLUMNS = {
    "code": "i.code",
    "name": "i.name_sort",
    "unit_name": "i.unit_name",
    "subject_kind": "i.subject_kind",
    "rating": rank_case("r.rating", Rating),
    "recognized": "coalesce(r.recognized, 0)",
    "exemplary": "coalesce(r.exemplary, 0)",
    "proposed_form": "af.sort_order",
    "summary": "r.summary",
}

NOT_RATED = "__none__"  # ReviewFilter.rating: reviewed rows without a rating, or no review at all


@dataclass
class ReviewFilter:
    text: str = ""
    reviewed: bool | None = None  # True: has a review at this milestone; False: not yet
    rating: str | None = None  # a Rating code, or NOT_RATED
    subject_kind: str | None = None
    recognized: bool | None = None
    exemplary: bool | None = None


@dataclass
class Funnel:
    """The counts of a milestone, each ≥ the next (``holds``)."""

    registered: int = 0
    registered_collective: int = 0
    registered_individual: int = 0
    reviewed: int = 0
    recognized: int = 0
    exemplary: int = 0
    proposed: int = 0
    awarded: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def not_reviewed(self) -> int:
        return self.registered - self.reviewed

    @property
    def steps(self) -> list[int]:
        return [self.registered, self.recognized, self.exemplary, self.proposed, self.awarded]

    @property
    def holds(self) -> bool:
        s = self.steps
        return all(a >= b for a, b in pairwise(s))


def cutoff(m: Milestone) -> str:
    """The milestone's date as ISO text: its conference date, else 31/12 of its year."""
    return (m.held_on.isoformat() if m.held_on else f"{m.year}-12-31")


def _bool(v: Any) -> int:
    return 1 if v else 0


def check_row(values: dict, code: str, name: str) -> None:
    """Refuse a review that breaks the funnel (module docstring), naming the record."""
    who = f"{code} — {name}"
    if values.get("rating") is not None and values["rating"] not in Rating.codes():
        raise ValidationError({"rating": f"{who}: xếp loại không hợp lệ (\"{values['rating']}\")."})
    if values.get("recognition_level") is not None and values["recognition_level"] not in Level.codes():
        raise ValidationError({"recognition_level": f"{who}: cấp công nhận không hợp lệ."})
    if values.get("recognized") and not values.get("rating"):
        raise ValidationError({"recognized": f"{who}: chưa xếp loại thì không thể công nhận."})
    if values.get("exemplary") and not values.get("recognized"):
        raise ValidationError({"exemplary": f"{who}: chưa được công nhận thì không thể là tiêu biểu."})
    if values.get("proposed_form_id") and not values.get("exemplary"):
        raise ValidationError({"proposed_form_id": f"{who}: chỉ đề nghị khen thưởng mô hình, điển hình tiêu biểu."})
    if not values.get("recognized") and (values.get("recognition_level") or values.get("recognition_decision")
                                         or values.get("recognition_date")):
        raise ValidationError({"recognition_level": f"{who}: có cấp, số hoặc ngày quyết định công nhận "
                                                    "nhưng chưa đánh dấu được công nhận."})


def _normalise(values: dict) -> dict:
    out = {}
    for k, v in values.items():
        if k not in VALUE_COLUMNS:
            raise ValueError(f"not a review value: {k}")
        if k in ("recognized", "exemplary"):
            v = _bool(v)
        elif k in ("rating", "recognition_level", "proposed_form_id", "recognition_date", "reviewed_on") and v in ("", 0):
            v = None
        elif k in ("summary", "recognition_decision") and v is None:
            v = ""
        out[k] = to_db(v) if isinstance(v, date) else v
    return out


class ReviewBook:
    """Reads and writes of the review workspace (``store.review_book``)."""

    def __init__(self, store):
        self.store = store

    @property
    def conn(self):
        return self.store.conn

    # -- milestones ------------------------------------------------------------------------------
    def milestone(self, milestone_id: int) -> Milestone:
        return self.store.phases.milestone_by_id(milestone_id)

    def default_milestone(self, today: date | None = None) -> Milestone | None:
        """tổng kết 2025 when present and passed, else the latest milestone whose date has passed."""
        today = today or date.today()
        passed = [m for m in self.store.phases.milestones() if cutoff(m) <= today.isoformat()]
        if not passed:
            ms = self.store.phases.milestones()
            return ms[0] if ms else None
        for m in passed:
            if m.key == "tong-ket-2025":
                return m
        return max(passed, key=lambda m: (cutoff(m), m.kind == MilestoneKind.TONG_KET, m.kind == MilestoneKind.SO_KET))

    def previous_milestone(self, milestone_id: int) -> Milestone | None:
        """The nearest earlier milestone of the same phase that has reviews."""
        m = self.milestone(milestone_id)
        ms = self.store.phases.milestones(m.phase_id)
        pos = next(i for i, x in enumerate(ms) if x.id == m.id)
        for prev in reversed(ms[:pos]):
            if self.store.scalar("SELECT 1 FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL LIMIT 1",
                                 (prev.id,)):
                return prev
        return None

    def scope_sql(self, milestone_id: int) -> tuple[str, dict]:
        """The WHERE condition (alias ``i``) and named parameters of the milestone's scope."""
        m = self.milestone(milestone_id)
        return ("i.deleted_at IS NULL AND i.phase_id = :phase "
                "AND coalesce(i.registered_on, i.year || '-01-01') <= :cutoff",
                {"m": milestone_id, "phase": m.phase_id, "cutoff": cutoff(m)})

    def scan_from(self, milestone_id: int) -> str:
        """``initiatives i`` with the access path for reading a milestone's whole scope: when the
        phase holds a good part of the table, one sequential pass (``NOT INDEXED``; measured about
        twice as fast on 30,000 rows as walking an index and fetching each wide row); a small phase
        (2026–2030 while it starts) goes through the phase index."""
        m = self.milestone(milestone_id)
        n = self.store.scalar("SELECT count(*) FROM initiatives WHERE phase_id = ? AND deleted_at IS NULL",
                              (m.phase_id,)) or 0
        total = self.store.scalar("SELECT max(id) FROM initiatives") or 0
        return "initiatives i NOT INDEXED" if n * 4 > total else "initiatives i INDEXED BY initiatives_stats"

    # -- the grid -------------------------------------------------------------------------------
    def _where(self, milestone_id: int, f: ReviewFilter | None) -> tuple[str, dict]:
        where, params = self.scope_sql(milestone_id)
        parts = [where]
        f = f or ReviewFilter()
        words = search_words(f.text)
        if words:
            conds, sub = fts_conditions(words)
            for n, p in enumerate(sub):
                conds = conds.replace("?", f":w{n}", 1)
                params[f"w{n}"] = p
            parts.append(f"i.id IN (SELECT rowid FROM initiatives_fts WHERE {conds})")
        if f.reviewed is not None:
            parts.append("r.id IS NOT NULL" if f.reviewed else "r.id IS NULL")
        if f.rating == NOT_RATED:
            parts.append("r.rating IS NULL")
        elif f.rating is not None:
            parts.append("r.rating = :rating")
            params["rating"] = f.rating
        if f.subject_kind is not None:
            parts.append("i.subject_kind = :sk")
            params["sk"] = f.subject_kind
        if f.recognized is not None:
            parts.append("coalesce(r.recognized, 0) = :rec")
            params["rec"] = int(f.recognized)
        if f.exemplary is not None:
            parts.append("coalesce(r.exemplary, 0) = :ex")
            params["ex"] = int(f.exemplary)
        return " WHERE " + " AND ".join(parts), params

    @staticmethod
    def _order(order: list[tuple[str, bool]] | None) -> str:
        terms = []
        for col, asc in order or [("code", True)]:
            terms.append(f"{SORT_COLUMNS[col]} {'ASC' if asc else 'DESC'}")
        terms.append("i.id ASC")
        return " ORDER BY " + ", ".join(terms)

    def grid_ids(self, milestone_id: int, f: ReviewFilter | None = None,
                 order: list[tuple[str, bool]] | None = None) -> list[int]:
        """The initiative ids of the grid, filtered and ordered by the database (one SQL)."""
        where, params = self._where(milestone_id, f)
        sql = (f"SELECT i.id FROM {self.scan_from(milestone_id)} "
               "LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = :m AND r.deleted_at IS NULL "
               "LEFT JOIN award_forms af ON af.id = r.proposed_form_id" + where + self._order(order))
        return [r[0] for r in self.conn.execute(sql, params)]

    def grid(self, milestone_id: int, f: ReviewFilter | None = None,
             order: list[tuple[str, bool]] | None = None) -> list[dict]:
        """Every grid row (one SQL)."""
        where, params = self._where(milestone_id, f)
        return self.store.query(GRID_SELECT.format(initiatives=self.scan_from(milestone_id)) + where
                                + self._order(order), params)

    def rows_by_ids(self, milestone_id: int, ids: list[int]) -> list[dict]:
        """Grid rows of these initiatives in the order of ``ids`` (a page of the grid)."""
        out: dict[int, dict] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            params: dict[str, Any] = {"m": milestone_id}
            params.update({f"i{n}": v for n, v in enumerate(chunk)})
            sql = GRID_SELECT.format(initiatives="initiatives i") + f" WHERE i.id IN ({','.join(f':i{n}' for n in range(len(chunk)))})"
            for row in self.store.query(sql, params):
                out[row["id"]] = row
        return [out[i] for i in ids if i in out]

    def counts(self, milestone_id: int) -> tuple[int, int]:
        """(đã đánh giá, chưa đánh giá) in the milestone's scope."""
        f = self.funnel(milestone_id)
        return f.reviewed, f.not_reviewed

    # -- the funnel -------------------------------------------------------------------------------
    def funnel(self, milestone_id: int) -> Funnel:
        where, params = self.scope_sql(milestone_id)
        params.update(tt=SubjectKind.TAP_THE, cn=SubjectKind.CA_NHAN)
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(i.subject_kind = :tt), 0), coalesce(sum(i.subject_kind = :cn), 0), "
            "count(r.id), coalesce(sum(r.recognized), 0), coalesce(sum(r.exemplary), 0), "
            f"count(r.proposed_form_id) FROM {self.scan_from(milestone_id)} "
            "LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = :m AND r.deleted_at IS NULL "
            f"WHERE {where}", params).fetchone()
        return Funnel(*row, awarded=self.funnel_awarded(milestone_id), extra={"awards": self.store.scalar(
            "SELECT count(*) FROM decisions d CROSS JOIN awards a ON a.decision_id = d.id "
            "WHERE d.milestone_id = ? AND a.deleted_at IS NULL AND d.deleted_at IS NULL", (milestone_id,)) or 0})

    def funnel_awarded(self, milestone_id: int) -> int:
        """The models in scope honoured by a decision of this milestone (each counted once)."""
        where, params = self.scope_sql(milestone_id)
        return self.conn.execute(
            "SELECT count(DISTINCT a.initiative_id) FROM decisions d CROSS JOIN awards a ON a.decision_id = d.id "
            f"CROSS JOIN initiatives i ON i.id = a.initiative_id WHERE d.milestone_id = :m AND a.deleted_at IS NULL "
            f"AND d.deleted_at IS NULL AND {where}", params).fetchone()[0] or 0

    # -- writes -----------------------------------------------------------------------------------
    def _current(self, milestone_id: int, ids: list[int]) -> dict[int, dict]:
        """For each initiative: code, name, scope flag and its review row (live or trashed) if any."""
        out: dict[int, dict] = {}
        where, base = self.scope_sql(milestone_id)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            params = dict(base)
            params.update({f"i{n}": v for n, v in enumerate(chunk)})
            inlist = ",".join(f":i{n}" for n in range(len(chunk)))
            cur = self.conn.execute(
                f"SELECT i.id, i.code, i.name, ({where}) AS in_scope, r.* FROM initiatives i "
                "LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = :m "
                f"WHERE i.id IN ({inlist})", params)
            cols = [d[0] for d in cur.description]
            for row in cur:
                d = dict(zip(cols[:4], row[:4], strict=True))
                rest = dict(zip(cols[4:], row[4:], strict=True))
                d["review"] = rest if rest["id"] is not None else None
                out[d["id"]] = d
        return out

    def apply(self, milestone_id: int, changes: dict[int, dict], *, source: str = "",
              progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
        """Write ``changes`` = {initiative id: {column: value}} onto each initiative's review at the
        milestone (created, or revived from the trash, where missing) in one transaction; the funnel
        rules are checked on every resulting record first. Returns the number of records written."""
        if not changes:
            return 0
        ids = list(changes)
        self.milestone(milestone_id)
        today = date.today().isoformat()
        with self.store.tx():
            current = self._current(milestone_id, ids)
            inserts, updates = [], []
            for iid in ids:
                cur = current.get(iid)
                if cur is None:
                    raise NotFoundError(f"Không tìm thấy mô hình, điển hình (mã số {iid}).")
                if not cur["in_scope"]:
                    raise ValidationError(f"{cur['code']} — {cur['name']}: không thuộc phạm vi của kỳ này "
                                          "(đăng ký sau ngày của kỳ, khác giai đoạn hoặc đã xóa).")
                new = _normalise(changes[iid])
                review = cur["review"]
                live = review is not None and review["deleted_at"] is None
                base = {k: review[k] for k in VALUE_COLUMNS} if live else dict(EMPTY)
                merged = {**base, **new}
                if not merged.get("reviewed_on"):
                    merged["reviewed_on"] = today
                check_row(merged, cur["code"], cur["name"])
                if review is None:
                    inserts.append({"initiative_id": iid, "milestone_id": milestone_id, **merged})
                else:
                    target = {**merged, "deleted_at": None} if not live else merged
                    updates.append((review["id"], target, review))
            if progress is not None:
                progress(0, len(ids), "Đang ghi kết quả đánh giá")
            self.store.bulk.update("reviews", updates, source=source, cancelled=cancelled)
            self.store.bulk.insert("reviews", inserts, source=source, cancelled=cancelled)
            if progress is not None:
                progress(len(ids), len(ids), "Đang ghi kết quả đánh giá")
        return len(ids)

    def save(self, milestone_id: int, initiative_id: int, values: dict) -> int:
        """Save one review (an inline edit or the detail panel); returns the review's id."""
        self.apply(milestone_id, {initiative_id: values})
        return self.store.scalar("SELECT id FROM reviews WHERE initiative_id = ? AND milestone_id = ?",
                                 (initiative_id, milestone_id))

    def bulk_set(self, milestone_id: int, initiative_ids: Iterable[int], values: dict, **kw: Any) -> int:
        """Set the same values on a selection (one transaction)."""
        values = dict(values)
        return self.apply(milestone_id, {i: values for i in initiative_ids}, **kw)

    def clear(self, milestone_id: int, initiative_ids: Iterable[int]) -> int:
        """Remove the reviews of a selection at this milestone (to the trash; a later save revives
        them). Returns how many reviews were removed."""
        ids = list(initiative_ids)
        with self.store.tx():
            current = self._current(milestone_id, ids)
            rows = [c["review"] for c in current.values()
                    if c["review"] is not None and c["review"]["deleted_at"] is None]
            stamp = now_iso()
            self.store.bulk.update("reviews", [(r["id"], {"deleted_at": stamp}, r) for r in rows])
            # the audit says "xóa (vào thùng rác)" for these rows, as a delete from the trash page would
            self.store.noted_many((AuditAction.DELETE, "reviews", r["id"]) for r in rows)
        return len(rows)

    def copy_previous(self, milestone_id: int, *, progress: Callable[[int, int, str], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> int:
        """"Lấy kết quả kỳ trước": the ratings, recognition and tiêu biểu of the previous milestone of
        the same phase, for the models in scope that have no review here. Returns how many."""
        prev = self.previous_milestone(milestone_id)
        if prev is None:
            raise ValidationError("Không có kỳ trước (cùng giai đoạn) đã có kết quả đánh giá để lấy.")
        where, params = self.scope_sql(milestone_id)
        params["prev"] = prev.id
        cols = ", ".join(f"p.{c}" for c in COPIED)
        rows = self.conn.execute(
            f"SELECT i.id, {cols} FROM {self.scan_from(milestone_id)} "
            "JOIN reviews p ON p.initiative_id = i.id AND p.milestone_id = :prev AND p.deleted_at IS NULL "
            "LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = :m AND r.deleted_at IS NULL "
            f"WHERE {where} AND r.id IS NULL", params).fetchall()
        changes = {r[0]: dict(zip(COPIED, r[1:], strict=True)) for r in rows}
        return self.apply(milestone_id, changes, source=f"Lấy kết quả {prev.name}", progress=progress,
                          cancelled=cancelled)
