"""Issuers and award decisions: the dated catalog of issuing bodies, decision numbers, recipients.

* :class:`IssuerRepo` (``store.issuers``): the bodies that issue award decisions, dated like units.
  ``on(body, date)`` is the row in force on a date (its names, symbol, signer lines as they were).
* :class:`AwardingRepo` (``store.awarding``): a decision with its list of recipients saved in one
  transaction; number suggestion and the duplicate check per issuer sequence (Party documents: one
  sequence per term of the committee; State documents: one per year); recipients filled from a
  milestone's proposals or from initiatives; money from the dated tables with a hand override that
  keeps its reason; warnings (unit gone on the decision date, the same person twice, the same form
  twice at a milestone).

Every write goes through ``store.bulk`` inside ``store.tx()``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dvdesk.domain.entities import Award, AwardForm, Decision, Issuer
from dvdesk.domain.errors import NotFoundError, ValidationError
from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import AuditAction, AwardOrder, DocumentStyle, IssuerKind, Numbering, SubjectKind
from dvdesk.store.bulk import now_iso
from dvdesk.store.derive import clean
from dvdesk.store.repositories import BaseRepo, Codec, new_uuid


def _vn(d: date) -> str:
    return d.strftime("%d/%m/%Y")


# -- numbers ----------------------------------------------------------------------------------------
_LEADING = re.compile(r"\s*(?:số\s*:?\s*)?(\d+)", re.IGNORECASE)


def number_value(number: str) -> int | None:
    """The sequence number a decision number starts with ("45-QĐ/BTGDVTU" -> 45, "82/QĐ-UBND" -> 82)."""
    m = _LEADING.match(number or "")
    return int(m.group(1)) if m else None


def number_text(issuer: Issuer, n: int) -> str:
    """A decision number as the issuer writes it: Party "45-QĐ/BTGDVTU", State "82/QĐ-UBND"."""
    if issuer.style == DocumentStyle.STATE:
        return f"{n}/QĐ-{issuer.symbol}"
    return f"{n}-QĐ/{issuer.symbol}"


def term_label(start: int | None) -> str:
    return f"nhiệm kỳ {start}–{start + 5}" if start else "nhiệm kỳ"


# -- defaults per issuer kind -------------------------------------------------------------------------
def default_legal_bases(issuer: Issuer, on: date) -> str:
    """"Căn cứ …;" lines a new decision of this issuer starts with (editable)."""
    decree = ("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều "
              "của Luật Thi đua, khen thưởng;" if on >= date(2025, 7, 1) else
              "Căn cứ Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều "
              "của Luật Thi đua, khen thưởng;")
    law = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
    if issuer.kind == IssuerKind.UBND:
        lines = ["Căn cứ Luật Tổ chức chính quyền địa phương;", law, decree]
    elif issuer.kind == IssuerKind.CAP_UY:
        lines = ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                 f"Căn cứ Quy chế làm việc của {_title_case(issuer.authority or issuer.name)};", law, decree]
    else:
        lines = [f"Căn cứ Quy định về chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy của "
                 f"{_title_case(issuer.authority or issuer.name)};", law, decree]
    return "\n".join(lines)


def default_proposer(issuer: Issuer) -> str:
    return {
        IssuerKind.UBND: "Xét đề nghị của Giám đốc Sở Nội vụ",
        IssuerKind.CAP_UY: "Xét đề nghị của Ban Tuyên giáo và Dân vận",
        IssuerKind.BAN_TW: "Xét đề nghị của Vụ Dân vận",
    }.get(issuer.kind, "Xét đề nghị của Hội đồng Thi đua - Khen thưởng")


def _title_case(text: str) -> str:
    """"BAN THƯỜNG VỤ TỈNH ỦY" -> "Ban Thường vụ Tỉnh ủy", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY" ->
    "Ban Tuyên giáo và Dân vận Tỉnh ủy" (a body's name inside a sentence)."""
    words = text.lower().split()
    out, proper = [], False
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        cap = (i == 0 or proper or w in ("tuyên", "thường", "chấp", "trung")
               or (w == "dân" and nxt == "vận") or (w in ("tỉnh", "huyện") and nxt == "ủy"))
        out.append(w[:1].upper() + w[1:] if cap else w)
        if (w == "ủy" and prev in ("tỉnh", "huyện")) or (w in ("tỉnh", "huyện") and prev == "dân"):
            proper = True  # what follows is a place name
    return " ".join(out)


def achievement_text(kind: str, name: str) -> str:
    """"Có mô hình "Bếp ăn tình thương" tiêu biểu trong phong trào thi đua "Dân vận khéo"" — the
    initiative's name quoted once, whether or not it was written with its kind and quotes."""
    what = "mô hình" if kind == "mo_hinh" else "điển hình"
    text = name.strip()
    for prefix in ("mô hình", "điển hình"):  # a name written with its kind: "Mô hình "…"" keeps that word
        if fold(text).startswith(fold(prefix) + " "):
            what, text = prefix, text[len(prefix):].strip()
            break
    text = text.strip('"“” ')
    return f"Có {what} \"{text}\" tiêu biểu trong phong trào thi đua \"Dân vận khéo\""


# -- the issuers catalog ------------------------------------------------------------------------------
class IssuerRepo(BaseRepo):
    """Issuing bodies, dated: a rename closes the row and opens a new one from its date."""

    table, entity, label = "issuers", Issuer, "cơ quan ban hành"

    def _prepare(self, i: Issuer) -> dict:
        for f in dataclasses.fields(i):
            setattr(i, f.name, clean(getattr(i, f.name)))
        errors: dict[str, str] = {}
        if not i.body:
            errors["body"] = "Chưa nhập mã cơ quan ban hành."
        if not i.name:
            errors["name"] = "Chưa nhập tên cơ quan ban hành."
        if IssuerKind.get(i.kind) is None:
            errors["kind"] = "Loại cơ quan ban hành không hợp lệ."
        if DocumentStyle.get(i.style) is None:
            errors["style"] = "Thể thức văn bản không hợp lệ."
        if Numbering.get(i.numbering) is None:
            errors["numbering"] = "Cách đánh số không hợp lệ."
        if not i.symbol:
            errors["symbol"] = "Chưa nhập ký hiệu cơ quan (dùng trong số quyết định)."
        if i.numbering == Numbering.TERM and not i.term_start:
            errors["term_start"] = "Văn bản đánh số theo nhiệm kỳ: chưa nhập năm đầu nhiệm kỳ."
        if i.valid_from and i.valid_to and i.valid_to < i.valid_from:
            errors["valid_to"] = "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực."
        if errors:
            raise ValidationError(errors)
        row = self.codec.to_row(i)
        row["uuid"] = i.uuid or new_uuid()
        return row

    def _check_overlap(self, i: Issuer, exclude: int | None = None) -> None:
        for other in self.list(body=i.body):
            if other.id == exclude:
                continue
            lo = max(i.valid_from or date.min, other.valid_from or date.min)
            hi = min(i.valid_to or date.max, other.valid_to or date.max)
            if lo <= hi:
                span = f"{_vn(other.valid_from) if other.valid_from else '…'} – " \
                       f"{_vn(other.valid_to) if other.valid_to else 'nay'}"
                raise ValidationError({"valid_from": f"Cơ quan \"{i.body}\" đã có tên \"{other.name}\" trong thời "
                                                     f"gian {span}: thời gian hiệu lực không được trùng nhau."})

    def create(self, i: Issuer) -> Issuer:
        i = dataclasses.replace(i)
        with self.store.tx():
            row = self._prepare(i)
            self._check_overlap(i)
            if not i.sort_order:
                row["sort_order"] = (self.store.scalar("SELECT max(sort_order) FROM issuers") or 0) + 1
            row_id = self._insert(row)
        return self.get(row_id)

    def update(self, i: Issuer) -> list[str]:
        """Correct an issuer row (a typo); a real rename goes through :meth:`rename`."""
        i = dataclasses.replace(i)
        with self.store.tx():
            row = self._prepare(i)
            row.pop("uuid")
            self._check_overlap(i, exclude=i.id)
            return self._update(i.id, row)

    def rename(self, issuer_id: int, on: date, **changes: Any) -> Issuer:
        """From ``on`` the body is printed with ``changes`` (name, symbol, signer …): the current
        row closes the day before and a new row opens; decisions already issued keep their names."""
        with self.store.tx():
            old = self.get(issuer_id)
            if old.valid_from is not None and on <= old.valid_from:
                raise ValidationError({"valid_from": "Ngày đổi tên phải sau ngày bắt đầu hiệu lực."})
            new = dataclasses.replace(old, id=None, uuid="", valid_from=on, valid_to=old.valid_to, **changes)
            self._update(issuer_id, {"valid_to": (on - timedelta(days=1)).isoformat()})
            return self.create(new)

    def list(self, body: str | None = None, on: date | None = None, include_deleted: bool = False) -> list[Issuer]:
        sql, params = "SELECT * FROM issuers WHERE 1=1", []
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        if body is not None:
            sql += " AND body = ?"
            params.append(body)
        if on is not None:
            sql += " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)"
            params += [on.isoformat()] * 2
        sql += " ORDER BY sort_order, body, coalesce(valid_from, '')"
        return [self.codec.from_row(r) for r in self.store.query(sql, tuple(params))]

    def on(self, body: str, when: date) -> Issuer:
        """The row of ``body`` in force on ``when`` (names, symbol and signers as on that date)."""
        found = self.list(body=body, on=when)
        if not found:
            raise NotFoundError(f"Cơ quan ban hành \"{body}\" không có tên gọi áp dụng ngày {_vn(when)}.")
        return found[0]

    def bodies(self, on: date | None = None) -> list[Issuer]:
        """One row per body: the one in force on ``on`` (else its latest row)."""
        out: dict[str, Issuer] = {}
        for i in self.list():
            cur = out.get(i.body)
            if cur is None or (on is not None and i.valid_on(on)) or (
                    (on is None or not cur.valid_on(on)) and (i.valid_from or date.min) > (cur.valid_from or date.min)):
                out[i.body] = i
        return list(out.values())

    def forms_for(self, body: str) -> list[AwardForm]:
        """The award forms this body gives (and forms not tied to any body)."""
        codec = Codec(AwardForm)
        return [codec.from_row(r) for r in self.store.query(
            "SELECT * FROM award_forms WHERE deleted_at IS NULL AND (issuer_body = ? OR issuer_body = '') "
            "ORDER BY sort_order, id", (body,))]

    def assign_form(self, form_id: int, body: str) -> None:
        """The body that issues an award form ('' = none in particular)."""
        with self.store.tx():
            before = self.store.bulk.rows_by_id("award_forms", [form_id])
            if form_id not in before:
                raise NotFoundError("Không tìm thấy hình thức khen thưởng.")
            self.store.bulk.update("award_forms", [(form_id, {"issuer_body": clean(body)}, before[form_id])])

    def create_defaults(self) -> list[Issuer]:
        """For a database made before the catalog (upgraded from schema 1): the standard bodies,
        named from the agency profile, and the seeded award forms tied to them (forms already tied
        keep their body). Refused when the catalog has rows."""
        with self.store.tx():
            if self.store.scalar("SELECT count(*) FROM issuers WHERE deleted_at IS NULL"):
                raise ValidationError({"body": "Danh mục cơ quan ban hành đã có dữ liệu."})
            ids = [self._insert(self._prepare(i)) for i in default_issuers(self.store.settings.agency())]
            forms = {r["code"]: r for r in self.store.query(
                "SELECT id, code, issuer_body FROM award_forms WHERE deleted_at IS NULL")}
            for code, body in FORM_BODIES.items():
                if code in forms and not forms[code]["issuer_body"]:
                    self.assign_form(forms[code]["id"], body)
        return [self.get(i) for i in ids]

    PROFILE_FIELDS = ("name", "parent_name", "authority", "symbol", "place", "signer_authority", "signer_title",
                      "signer_name")

    def follow_profile(self, agency: dict) -> None:
        """The office profile was set (first run, Cài đặt): the province's default bodies take their
        names from it — only while a body has one row that no decision uses yet (history is never
        rewritten once a decision carries its names). Inside the caller's transaction."""
        wanted = {i.body: i for i in default_issuers(agency) if i.body in ("BAN", "BTV_TINH", "UBND_TINH")}
        rows = self.store.query("SELECT * FROM issuers WHERE deleted_at IS NULL AND body IN (?, ?, ?)",
                                tuple(wanted))
        by_body: dict[str, list[dict]] = {}
        for r in rows:
            by_body.setdefault(r["body"], []).append(r)
        updates = []
        for body, found in by_body.items():
            if len(found) != 1 or self.usage_count(found[0]["id"]):
                continue
            new = self._prepare(dataclasses.replace(wanted[body]))
            updates.append((found[0]["id"], {k: new[k] for k in self.PROFILE_FIELDS}, found[0]))
        if updates:
            self.store.bulk.update("issuers", updates)

    def usage_count(self, row_id: int) -> int:
        return self.store.scalar("SELECT count(*) FROM decisions WHERE issuer_id = ? AND deleted_at IS NULL",
                                 (row_id,))


# -- decisions and their recipients ------------------------------------------------------------------
@dataclass(frozen=True)
class DecisionFilter:
    phase_id: int | None = None
    milestone_id: int | None = None
    issuer_body: str | None = None
    form_id: int | None = None
    year: int | None = None


class AwardingRepo:
    """Decisions with their recipients (one transaction per user action)."""

    def __init__(self, store):
        self.store = store
        self.decision_codec = Codec(Decision)
        self.award_codec = Codec(Award)

    # -- numbering ----------------------------------------------------------------------------
    def sequence_label(self, issuer: Issuer, on: date) -> str:
        if issuer.numbering == Numbering.YEAR:
            return f"năm {on.year}"
        return term_label(issuer.term_start)

    def _sequence(self, issuer: Issuer, on: date, exclude_id: int | None = None) -> list[dict]:
        """Live decisions numbered in the same sequence as a decision of ``issuer`` on ``on``."""
        if issuer.numbering == Numbering.YEAR:
            span = (f"{on.year}-01-01", f"{on.year}-12-31")
            seq_sql, seq_params = "AND i.numbering = 'year'", ()
        else:
            start = issuer.term_start or on.year
            span = (f"{start}-01-01", f"{start + 5}-12-31")
            seq_sql, seq_params = "AND i.numbering = 'term' AND i.term_start = ?", (start,)
        rows = self.store.query(
            "SELECT d.id, d.number, d.signed_on FROM decisions d JOIN issuers i ON i.id = d.issuer_id "
            f"WHERE d.deleted_at IS NULL AND i.body = ? {seq_sql} AND d.signed_on BETWEEN ? AND ?",
            (issuer.body, *seq_params, *span))
        # decisions recorded before the catalog (no issuer row): the same symbol within the span
        rows += self.store.query(
            "SELECT id, number, signed_on FROM decisions WHERE deleted_at IS NULL AND issuer_id IS NULL "
            "AND issuer_symbol = ? AND signed_on BETWEEN ? AND ?", (issuer.symbol, *span))
        return [r for r in rows if r["id"] != exclude_id]

    def next_number(self, issuer_id: int, on: date) -> str:
        """The number to suggest: one more than the highest of the issuer's sequence."""
        issuer = self.store.issuers.get(issuer_id, include_deleted=True)
        used = [number_value(r["number"]) for r in self._sequence(issuer, on)]
        return number_text(issuer, max([n for n in used if n is not None], default=0) + 1)

    def check_number(self, issuer: Issuer, number: str, on: date, exclude_id: int | None = None) -> None:
        n = number_value(number)
        if n is None:
            raise ValidationError({"number": f"Số quyết định \"{number}\" phải bắt đầu bằng số thứ tự "
                                             f"(ví dụ {number_text(issuer, 1)})."})
        for r in self._sequence(issuer, on, exclude_id):
            if number_value(r["number"]) == n:
                raise ValidationError({"number": (
                    f"Số {n} đã dùng cho Quyết định số {r['number']} ngày {_vn(date.fromisoformat(r['signed_on']))} "
                    f"của cùng cơ quan ({self.sequence_label(issuer, on)}). "
                    f"Số gợi ý: {self.next_number(issuer.id, on)}.")})

    # -- issuer → decision --------------------------------------------------------------------
    def new_decision(self, body: str, on: date, form_id: int | None = None,
                     milestone_id: int | None = None) -> Decision:
        """A draft decision of ``body`` on ``on``: names, signer, number, bases and proposer filled."""
        issuer = self.store.issuers.on(body, on)
        forms = self.store.issuers.forms_for(body)
        d = Decision(number=self.next_number(issuer.id, on), signed_on=on,
                     form_id=form_id or (forms[0].id if forms else 0), milestone_id=milestone_id,
                     legal_bases=default_legal_bases(issuer, on), proposer=default_proposer(issuer),
                     award_order=self.store.settings.get("award_order", AwardOrder.PRECEDENCE))
        return self.stamp(d, issuer)

    @staticmethod
    def stamp(d: Decision, issuer: Issuer, signer: bool = True) -> Decision:
        """Copy the issuer's names as on its dates into the decision (the decision keeps them)."""
        d.issuer_id = issuer.id
        d.issuer_name, d.issuer_parent, d.issuer_symbol = issuer.name, issuer.parent_name, issuer.symbol
        d.style = issuer.style
        if signer:
            d.signer_authority, d.signer_title = issuer.signer_authority, issuer.signer_title
            d.signer_name = issuer.signer_name
        return d

    # -- money --------------------------------------------------------------------------------
    def guess_body(self, d: Decision) -> str | None:
        """The issuer body a decision belongs to: its issuer row, else (a decision recorded before
        the catalog) the body with the same symbol, else the same style."""
        if d.issuer_id is not None:
            return self.store.issuers.get(d.issuer_id, include_deleted=True).body
        rows = self.store.issuers.list()
        for i in rows:
            if i.symbol == d.issuer_symbol:
                return i.body
        for i in rows:
            if i.style == d.style and fold(i.name) == fold(d.issuer_name):
                return i.body
        return None

    def money_table(self, form_id: int, on: date) -> dict[str, tuple[Decimal, int, int]]:
        """recipient kind -> (coefficient, base salary, amount) for a decision's form and date."""
        out = {}
        for kind in SubjectKind:
            try:
                out[kind.value] = self.store.award_forms.amount_for(form_id, kind.value, on)
            except ValidationError:
                out[kind.value] = (Decimal(0), 0, 0)
        return out

    # -- reads --------------------------------------------------------------------------------
    def decision_rows(self, f: DecisionFilter | None = None) -> list[dict]:
        """Decisions for the page: number, date, issuer, form, milestone, counts and total money."""
        f = f or DecisionFilter()
        where, params = ["d.deleted_at IS NULL"], []
        if f.milestone_id is not None:
            where.append("d.milestone_id = ?")
            params.append(f.milestone_id)
        if f.phase_id is not None:
            where.append("(m.phase_id = ? OR (d.milestone_id IS NULL AND CAST(substr(d.signed_on, 1, 4) AS INTEGER) "
                         "BETWEEN (SELECT start_year FROM phases WHERE id = ?) AND (SELECT end_year FROM phases "
                         "WHERE id = ?)))")
            params += [f.phase_id] * 3
        if f.issuer_body:
            where.append("i.body = ?")
            params.append(f.issuer_body)
        if f.form_id is not None:
            where.append("d.form_id = ?")
            params.append(f.form_id)
        if f.year is not None:
            where.append("d.signed_on BETWEEN ? AND ?")
            params += [f"{f.year}-01-01", f"{f.year}-12-31"]
        sql = ("SELECT d.id, d.number, d.signed_on, d.issuer_name, d.issuer_parent, d.style, d.summary, "
               "fm.name AS form_name, coalesce(m.name, '') AS milestone_name, "
               "(SELECT count(*) FROM awards a WHERE a.decision_id = d.id AND a.deleted_at IS NULL "
               " AND a.recipient_kind = 'tap_the') AS collectives, "
               "(SELECT count(*) FROM awards a WHERE a.decision_id = d.id AND a.deleted_at IS NULL "
               " AND a.recipient_kind = 'ca_nhan') AS individuals, "
               "(SELECT coalesce(sum(amount), 0) FROM awards a WHERE a.decision_id = d.id AND a.deleted_at IS NULL) "
               "AS total "
               "FROM decisions d JOIN award_forms fm ON fm.id = d.form_id "
               "LEFT JOIN milestones m ON m.id = d.milestone_id LEFT JOIN issuers i ON i.id = d.issuer_id "
               f"WHERE {' AND '.join(where)} ORDER BY d.signed_on DESC, d.id DESC")
        return [dict(r) for r in self.store.query(sql, tuple(params))]

    def recipients(self, decision_id: int, order: str | None = None) -> list[Award]:
        d = self.store.decisions.get(decision_id)
        return self.store.awards.for_decision(decision_id, order=order or d.award_order or AwardOrder.PRECEDENCE)

    # -- drafts of recipients ------------------------------------------------------------------
    def _draft_from(self, row: dict, on: date, units: dict[int, Any]) -> Award:
        uid = row["unit_id"]
        if uid not in units:
            units[uid] = self.store.units.valid_unit_for(uid, on)
        unit = units[uid]
        kind = row["subject_kind"]
        achievement = achievement_text(row["kind"], row["name"])
        if kind == SubjectKind.CA_NHAN:
            return Award(decision_id=0, recipient_kind=kind, recipient_name=row["person_name"],
                         position=row["person_position"], unit_id=unit.id, unit_text=unit.name,
                         achievement=achievement, initiative_id=row["id"])
        return Award(decision_id=0, recipient_kind=kind, recipient_name=unit.name, unit_id=unit.id,
                     unit_text=unit.name, achievement=achievement, initiative_id=row["id"])

    def drafts_from_proposals(self, milestone_id: int, form_id: int, on: date) -> list[Award]:
        """Recipients proposed at a milestone for this form (reviews with ``proposed_form_id``), each
        under its unit as it stood on the decision date."""
        rows = self.store.query(
            "SELECT i.id, i.kind, i.subject_kind, i.name, i.person_name, i.person_position, i.unit_id "
            "FROM reviews r JOIN initiatives i ON i.id = r.initiative_id "
            "WHERE r.milestone_id = ? AND r.proposed_form_id = ? AND r.deleted_at IS NULL AND i.deleted_at IS NULL "
            "ORDER BY r.id", (milestone_id, form_id))
        units: dict[int, Any] = {}
        return [self._draft_from(dict(r), on, units) for r in rows]

    def drafts_from_initiatives(self, ids: Iterable[int], on: date) -> list[Award]:
        """Recipients for initiatives picked in the registry (in the given order)."""
        ids = list(ids)
        rows = {r["id"]: dict(r) for r in self.store.bulk.rows_by_id("initiatives", ids).values()
                if not r.get("deleted_at")}
        units: dict[int, Any] = {}
        return [self._draft_from(rows[i], on, units) for i in ids if i in rows]

    # -- warnings -------------------------------------------------------------------------------
    def warnings(self, d: Decision, recipients: list[Award]) -> dict[int, list[str]]:
        """Row index -> Vietnamese warnings: a unit that did not exist on the decision date (naming
        its successor), the same person twice in this decision, the same form already given at the
        same milestone by another decision."""
        out: dict[int, list[str]] = defaultdict(list)
        on = d.signed_on
        unit_ids = sorted({a.unit_id for a in recipients if a.unit_id is not None})
        units = self.store.bulk.rows_by_id("units", unit_ids) if unit_ids else {}
        gone: dict[int, str] = {}
        for uid, u in units.items():
            if (u["valid_from"] and u["valid_from"] > on.isoformat()) or (u["valid_to"] and u["valid_to"] < on.isoformat()):
                try:
                    succ = self.store.units.valid_unit_for(uid, on)
                    tail = f"; đơn vị kế tục: \"{succ.name}\"" if succ.id != uid else ""
                except Exception:  # no unit stood for it on that date
                    tail = ""
                gone[uid] = f"Đơn vị \"{u['name']}\" không còn tồn tại ngày {_vn(on)}{tail}."
        keys: dict[tuple, list[int]] = defaultdict(list)
        for n, a in enumerate(recipients):
            if a.unit_id in gone:
                out[n].append(gone[a.unit_id])
            keys[self._person_key(a)].append(n)
        for rows in keys.values():
            if len(rows) > 1:
                for n in rows:
                    others = ", ".join(str(k + 1) for k in rows if k != n)
                    out[n].append(f"Trùng: \"{recipients[n].recipient_name}\" có ở dòng {others} của quyết định này.")
        if d.milestone_id is not None and d.form_id:
            prior = self.store.query(
                "SELECT a.recipient_kind, a.recipient_name, a.unit_id, a.unit_text, a.initiative_id, d.number, "
                "d.signed_on FROM awards a JOIN decisions d ON d.id = a.decision_id "
                "WHERE d.milestone_id = ? AND d.form_id = ? AND d.id IS NOT ? AND a.deleted_at IS NULL "
                "AND d.deleted_at IS NULL", (d.milestone_id, d.form_id, d.id))
            given: dict[tuple, dict] = {}
            for p in prior:
                p = dict(p)
                given.setdefault(self._person_key(p), p)
                if p["initiative_id"] is not None:
                    given.setdefault(("initiative", p["initiative_id"]), p)
            for n, a in enumerate(recipients):
                p = given.get(self._person_key(a)) or (given.get(("initiative", a.initiative_id))
                                                       if a.initiative_id is not None else None)
                if p is not None:
                    out[n].append(f"\"{a.recipient_name}\" đã được tặng hình thức này tại cùng kỳ (Quyết định số "
                                  f"{p['number']} ngày {_vn(date.fromisoformat(p['signed_on']))}).")
        return dict(out)

    @staticmethod
    def _person_key(a: Any) -> tuple:
        get = (lambda k: a[k]) if isinstance(a, dict) else (lambda k: getattr(a, k))
        kind, name = get("recipient_kind"), fold(get("recipient_name") or "")
        if kind == SubjectKind.CA_NHAN:
            unit = get("unit_id") if get("unit_id") is not None else fold(get("unit_text") or "")
            return (kind, name, unit)
        return (kind, name)

    # -- the one write: a decision with its list -------------------------------------------------
    def save(self, d: Decision, recipients: list[Award] | None = None) -> Decision:
        """Create or update a decision and (when given) replace its list by ``recipients``, in
        their order, in one transaction. The issuer row in force on the decision date gives the
        names (kept with the decision); the number must be free in the issuer's sequence; the form
        must be one the issuer gives. Money: from the tables in force on the decision date for new
        rows (or when the kind, the form or the date changed); kept as stored otherwise, so a later
        base-salary change never alters a decision; an amount typed by hand needs its reason."""
        d = dataclasses.replace(d)
        for f in dataclasses.fields(d):
            setattr(d, f.name, clean(getattr(d, f.name)))
        errors: dict[str, str] = {}
        if not d.number:
            errors["number"] = "Chưa nhập số quyết định."
        if d.signed_on is None:
            errors["signed_on"] = "Chưa nhập ngày ký."
        if not d.form_id:
            errors["form_id"] = "Chưa chọn hình thức khen thưởng."
        legacy = d.id is not None and d.issuer_id is None  # recorded before the issuers catalog
        if d.issuer_id is None and not legacy:
            errors["issuer_id"] = "Chưa chọn cơ quan ban hành."
        if AwardOrder.get(d.award_order) is None:
            errors["award_order"] = "Thứ tự danh sách không hợp lệ."
        if errors:
            raise ValidationError(errors)
        with self.store.tx():
            if legacy:  # its names stay as recorded; no sequence is known to check its number in
                if self.store.decisions.get(d.id).issuer_id is not None:
                    raise ValidationError({"issuer_id": "Chưa chọn cơ quan ban hành."})
            else:
                chosen = self.store.issuers.get(d.issuer_id, include_deleted=True)
                # the body's row in force on the decision date gives the names
                issuer = chosen if chosen.valid_on(d.signed_on) else self.store.issuers.on(chosen.body, d.signed_on)
                self.stamp(d, issuer, signer=not (d.signer_authority or d.signer_title))
                if d.form_id not in {f.id for f in self.store.issuers.forms_for(issuer.body)}:
                    form = self.store.award_forms.get(d.form_id, include_deleted=True)
                    raise ValidationError({"form_id": f"\"{form.name}\" không phải hình thức khen thưởng do "
                                                      f"{_title_case(issuer.authority or issuer.name)} quyết định."})
                self.check_number(issuer, d.number, d.signed_on, exclude_id=d.id)
            old = None
            if d.id is None:
                d.uuid = d.uuid or new_uuid()
                row = self.decision_codec.to_row(d)
                d.id = self.store.bulk.insert("decisions", [row])[0]
            else:
                old = self.store.decisions.get(d.id)
                d.uuid = old.uuid
                before = self.store.bulk.rows_by_id("decisions", [d.id])[d.id]
                self.store.bulk.update("decisions", [(d.id, self.decision_codec.to_row(d, skip=("id", "uuid")),
                                                      before)])
            if recipients is not None:
                recompute = old is None or (old.form_id, old.signed_on) != (d.form_id, d.signed_on)
                self._sync(d, recipients, recompute)
        return self.store.decisions.get(d.id)

    def trash_decision(self, decision_id: int) -> None:
        """The decision and its list go to the trash together (one transaction)."""
        with self.store.tx():
            self.store.decisions.get(decision_id)
            self._trash_awards([r[0] for r in self.store.conn.execute(
                "SELECT id FROM awards WHERE decision_id = ? AND deleted_at IS NULL", (decision_id,))])
            self.store.decisions.delete(decision_id)

    def _trash_awards(self, ids: list[int]) -> None:
        if not ids:
            return
        stamp = now_iso()
        self.store.conn.executemany("UPDATE awards SET deleted_at = ? WHERE id = ?", [(stamp, r) for r in ids])
        self.store.audit.record_many([(AuditAction.DELETE, "awards", r, {"deleted_at": None},
                                       {"deleted_at": stamp}, ["deleted_at"]) for r in ids])

    def _sync(self, d: Decision, recipients: list[Award], recompute: bool) -> None:
        money = self.money_table(d.form_id, d.signed_on)
        current = self.store.bulk.rows_by_id("awards", [r[0] for r in self.store.conn.execute(
            "SELECT id FROM awards WHERE decision_id = ? AND deleted_at IS NULL", (d.id,))])
        errors: dict[str, str] = {}
        inserts, updates, keep = [], [], set()
        for n, a in enumerate(recipients, 1):
            a = dataclasses.replace(a, decision_id=d.id, manual_order=n)
            for f in dataclasses.fields(a):
                setattr(a, f.name, clean(getattr(a, f.name)))
            if not a.recipient_name:
                errors[f"row{n}"] = f"Dòng {n}: chưa nhập tên tập thể, cá nhân."
                continue
            if SubjectKind.get(a.recipient_kind) is None:
                errors[f"row{n}"] = f"Dòng {n}: đối tượng phải là tập thể hoặc cá nhân."
                continue
            old = current.get(a.id) if a.id is not None else None
            coef, salary, amount = money[a.recipient_kind]
            if a.amount_override_reason:
                if a.amount is None or a.amount < 0:
                    errors[f"row{n}"] = f"Dòng {n}: số tiền không hợp lệ."
                    continue
                a.coefficient, a.base_salary = coef, salary
                if old is not None and not recompute and old["recipient_kind"] == a.recipient_kind:
                    a.coefficient, a.base_salary = Decimal(old["coefficient"]), old["base_salary"]
            elif old is not None and not recompute and old["recipient_kind"] == a.recipient_kind \
                    and not old["amount_override_reason"]:
                a.coefficient, a.base_salary, a.amount = Decimal(old["coefficient"]), old["base_salary"], old["amount"]
            else:
                a.coefficient, a.base_salary, a.amount = coef, salary, amount
            if a.unit_id is not None and not a.unit_text:
                a.unit_text = self.store.units.valid_unit_for(a.unit_id, d.signed_on).name
            if old is None:
                a.id = None
                a.uuid = new_uuid()
                inserts.append(self.award_codec.to_row(a))
            else:
                keep.add(a.id)
                updates.append((a.id, self.award_codec.to_row(a, skip=("id", "uuid")), old))
        if errors:
            raise ValidationError(errors)
        if updates:
            self.store.bulk.update("awards", updates)
        if inserts:
            self.store.bulk.insert("awards", inserts)
        self._trash_awards([rid for rid in current if rid not in keep])


# -- the default catalog of a new database ----------------------------------------------------------------
FORM_BODIES = {"BK_TW": "BAN_TW", "KNC": "BAN_TW", "BK_UBND_TINH": "UBND_TINH", "GK_BDV_TINH": "BAN",
               "BIEU_DUONG": "BAN"}


def default_issuers(agency: dict) -> list[Issuer]:
    """The standard bodies, named from the agency profile (the office's Ban, its Ban Thường vụ
    Tỉnh ủy, the UBND tỉnh, the central Ban). Dated renames are added with ``IssuerRepo.rename``."""
    parent = agency.get("parent_body") or "TỈNH ỦY"
    province = parent.upper().replace("TỈNH ỦY", "").strip()
    place = agency.get("place") or province.title()
    return [
        Issuer(body="BAN", kind=IssuerKind.BAN, name=agency.get("issuing_body") or "BAN TUYÊN GIÁO VÀ DÂN VẬN",
               parent_name=parent, authority=f"{agency.get('issuing_body') or 'BAN TUYÊN GIÁO VÀ DÂN VẬN'} TỈNH ỦY",
               symbol=agency.get("symbol") or "BTGDVTU", style=DocumentStyle.PARTY, numbering=Numbering.TERM,
               term_start=2025, place=place, signer_authority=agency.get("signer_authority") or "K/T TRƯỞNG BAN",
               signer_title=agency.get("signer_title") or "PHÓ TRƯỞNG BAN", signer_name=agency.get("signer_name", ""),
               sort_order=1),
        Issuer(body="BTV_TINH", kind=IssuerKind.CAP_UY, name=parent, parent_name="",
               authority="BAN THƯỜNG VỤ TỈNH ỦY", symbol="TU", style=DocumentStyle.PARTY, numbering=Numbering.TERM,
               term_start=2025, place=place, signer_authority="T/M BAN THƯỜNG VỤ", signer_title="BÍ THƯ",
               sort_order=2),
        Issuer(body="UBND_TINH", kind=IssuerKind.UBND, name=f"ỦY BAN NHÂN DÂN TỈNH {province}".strip(),
               authority=f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {province}".strip(), symbol="UBND",
               style=DocumentStyle.STATE, numbering=Numbering.YEAR, place=place,
               signer_authority="TM. ỦY BAN NHÂN DÂN", signer_title="CHỦ TỊCH", sort_order=3),
        Issuer(body="BAN_TW", kind=IssuerKind.BAN_TW, name="BAN TUYÊN GIÁO VÀ DÂN VẬN",
               parent_name="BAN CHẤP HÀNH TRUNG ƯƠNG", authority="BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG",
               symbol="BTGDVTW", style=DocumentStyle.PARTY, numbering=Numbering.TERM, term_start=2021,
               place="Hà Nội", signer_authority="K/T TRƯỞNG BAN", signer_title="PHÓ TRƯỞNG BAN", sort_order=4),
    ]


def seed_issuers(store, agency: dict) -> None:
    """Default issuers and the award forms' bodies, inside the caller's transaction (the seed of a
    new database, written like the other seeded catalogs: no audit rows)."""
    import uuid as uuidlib

    rows = [store.issuers._prepare(dataclasses.replace(i, uuid=str(uuidlib.uuid5(uuidlib.NAMESPACE_URL,
                                                                                f"dvdesk:issuer:{i.body}"))))
            for i in default_issuers(agency)]  # the same ids in every new database (a deterministic seed)
    cols = list(rows[0])
    store.conn.executemany(f"INSERT INTO issuers ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                           [tuple(r[c] for c in cols) for r in rows])
    store.conn.executemany("UPDATE award_forms SET issuer_body = ? WHERE code = ?",
                           [(b, c) for c, b in FORM_BODIES.items()])
