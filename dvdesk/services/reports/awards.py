"""Danh sách khen thưởng: the list attached to a decision (DOMAIN.md §3, §5.1).

Collectives first (I. TẬP THỂ), then individuals (II. CÁ NHÂN), TT renumbered in each part;
order by unit precedence then Vietnamese name order, A–Z, or manual (the ``award_order`` setting);
a money column and a total when the form carries money. Without a decision: every award (of a
milestone, when given), one list per decision.
"""

from __future__ import annotations

from collections.abc import Iterator

from dvdesk.domain.entities import Award, Decision
from dvdesk.domain.errors import DvdeskError, NotFoundError
from dvdesk.domain.vntext import date_vn
from dvdesk.domain.vocab import AwardOrder, DocumentStyle, SubjectKind
from dvdesk.services.documents import (
    AgencyProfile,
    Column,
    Document,
    DocumentSet,
    Paragraph,
    Row,
    SectionRow,
    Signature,
    StyleMismatchError,
    Table,
    TotalRow,
)
from dvdesk.services.reports.common import agency_phrase, agency_profile
from dvdesk.services.reports.initiatives import unit_label, unit_labels

ORDERS = AwardOrder.codes()


def _position_unit(a: Award, labels: dict[int, tuple[str, str]] | None = None) -> str:
    """"Chức vụ, đơn vị": the position and unit of an individual; for a collective, the unit it
    belongs to, or — when its name is shared by another unit — the unit told apart by its parents
    ("Xã Vĩnh Hòa, huyện U Minh Thượng"), so that the list says which one was honoured."""
    unit = unit_label(labels or {}, a.unit_id, a.unit_text)
    if a.recipient_kind == SubjectKind.TAP_THE:
        return unit if unit and unit != a.recipient_name else ""
    parts = [p for p in (a.position, unit) if p]
    return ", ".join(parts)


def _rows(awards: list[Award], with_money: bool, labels: dict[int, tuple[str, str]] | None = None) -> Iterator:
    parts = [("I. TẬP THỂ", [a for a in awards if a.recipient_kind == SubjectKind.TAP_THE]),
             ("II. CÁ NHÂN", [a for a in awards if a.recipient_kind == SubjectKind.CA_NHAN])]
    total = 0
    for title, items in parts:
        if not items:
            continue
        yield SectionRow(f"{title} ({len(items)})" if len(items) > 1 else title)
        for n, a in enumerate(items, 1):
            cells = [n, a.recipient_name, _position_unit(a, labels), a.achievement]
            if with_money:
                cells.append(a.amount)
                total += a.amount
            yield Row(cells)
    if with_money and awards:
        yield TotalRow("Tổng cộng", [total])


def award_phrase(form_name: str, decision: Decision) -> str:
    """"Giấy khen của Ban Dân vận Tỉnh ủy" with the issuer's name *as issued* when the decision's
    issuer is the party board that gives the form; otherwise the catalog name of the form."""
    kind, _, _ = form_name.partition(" của ")
    if decision.style == DocumentStyle.PARTY and decision.issuer_name.upper().startswith("BAN"):
        return f"{kind} của {agency_phrase(decision.issuer_name, decision.issuer_parent)}"
    return form_name


def decision_document(store, decision: Decision, order: str | None = None, style: str | None = None,
                      labels: dict[int, tuple[str, str]] | None = None) -> Document:
    # the order the decision was saved with (a list dragged by hand stays so); the office's default
    # only for a decision that has none
    order = order or decision.award_order or store.settings.get("award_order", AwardOrder.PRECEDENCE)
    if order not in ORDERS:
        raise DvdeskError(f"Thứ tự sắp xếp không hợp lệ: \"{order}\" ({', '.join(ORDERS)}).")
    form = store.award_forms.get(decision.form_id, include_deleted=True)
    awards = store.awards.for_decision(decision.id, order=order)
    agency = store.settings.agency()
    # a decision already issued keeps the names stored with it; its list takes the issuer's format
    try:
        profile = AgencyProfile.of(decision.issuer_parent, decision.issuer_name, decision.issuer_symbol,
                                   agency["place"], style=style, fallback=decision.style)
    except StyleMismatchError as exc:
        raise StyleMismatchError(f"Danh sách kèm theo Quyết định số {decision.number} ngày "
                                 f"{date_vn(decision.signed_on)}: {exc}") from None
    columns = [Column("TT", 0.6, kind="int"), Column("Tên tập thể, họ và tên cá nhân", 2.6),
               Column("Chức vụ, đơn vị", 2.8), Column("Thành tích", 3.4)]
    with_money = bool(form.carries_money)
    if with_money:
        columns.append(Column("Số tiền (đồng)", 1.4, kind="money"))
    subject = f"tập thể, cá nhân được tặng {award_phrase(form.name, decision)}"
    labels = unit_labels(store) if labels is None else labels
    blocks: list = [Table(columns, lambda: _rows(awards, with_money, labels),
                          empty_text="Quyết định này chưa có tập thể, cá nhân nào.",
                          sheet_name=f"QĐ {decision.number}")]
    if with_money and awards:
        n_col = sum(a.recipient_kind == SubjectKind.TAP_THE for a in awards)
        blocks.append(Paragraph(f"Tổng số: {n_col} tập thể, {len(awards) - n_col} cá nhân.", style="italic",
                                align="left"))
    return Document(
        profile=profile,
        title="DANH SÁCH",
        subject=subject,
        appendix=(f"(Kèm theo Quyết định số {decision.number} ngày {date_vn(decision.signed_on)} "
                  f"của {agency_phrase(decision.issuer_name, decision.issuer_parent)})"),
        blocks=blocks,
        signatures=Signature(decision.signer_authority, decision.signer_title, decision.signer_name),
        orientation="portrait",
        sheet_name=f"QĐ {decision.number}",
    )


def find_decision(store, number: str, year: int | None = None) -> Decision:
    """One decision by its number (and its year when numbers repeat across years), with a Vietnamese
    message when none or several match."""
    found = store.decisions.by_number(number)
    if year is not None:
        found = [d for d in found if d.signed_on.year == year]
    if not found:
        raise NotFoundError(f"Không tìm thấy quyết định số \"{number}\".")
    if len(found) > 1:
        listing = "; ".join(f"{d.number} ngày {date_vn(d.signed_on)}" for d in found[:6])
        raise DvdeskError(f"Có {len(found)} quyết định khớp với \"{number}\": {listing}. "
                          "Hãy ghi đủ số và ký hiệu, và năm ký (--year) nếu số trùng giữa các năm.")
    return found[0]


def award_list(store, decision_number: str | None = None, milestone_key: str | None = None,
               order: str | None = None, style: str | None = None, year: int | None = None
               ) -> Document | DocumentSet:
    """The list of one decision (by its number, and its year when numbers repeat across years),
    or every decision's list (of a milestone)."""
    if decision_number:
        return decision_document(store, find_decision(store, decision_number, year), order, style)
    milestone_id = store.phases.milestone(milestone_key).id if milestone_key else None
    decisions = store.decisions.list(milestone_id)
    if not decisions:
        return Document(profile=agency_profile(store, style), title="DANH SÁCH KHEN THƯỞNG",
                        blocks=[Paragraph("Không có quyết định khen thưởng nào trong phạm vi đã chọn.",
                                          style="italic", align="center")])
    labels = unit_labels(store)
    return DocumentSet([decision_document(store, d, order, style, labels) for d in decisions])
