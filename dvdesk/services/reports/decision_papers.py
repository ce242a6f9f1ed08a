"""The Quyết định khen thưởng itself, with its DANH SÁCH attached (DOMAIN: "the award decision").

In its issuer's format on its date (the names stored with the decision): header and number; place
and date; "QUYẾT ĐỊNH" and its subject (State: "Về việc tặng …"; Party: "tặng …"); the issuing
authority on its own line in capitals; the legal bases ("Căn cứ …;", Party with a dash, State in
italics) and "Xét đề nghị của …,"; "QUYẾT ĐỊNH" (State: "QUYẾT ĐỊNH:"); Điều 1 (who is honoured,
with the counts), Điều 2 (the money per kind and in total, in figures and in words — when the form
carries money), Điều 3 (who carries it out); Nơi nhận ("- Như Điều 3", …, "- Lưu …"); the signature.
The DANH SÁCH follows on a new page (``awards.decision_document``).

A draft to print and sign or to finish in Word: PDF and .docx from the same document.
"""

from __future__ import annotations

from collections import Counter

from dvdesk.domain.entities import Award, Decision, Issuer
from dvdesk.domain.errors import NotFoundError
from dvdesk.domain.numwords import money_words
from dvdesk.domain.vntext import date_vn, fold
from dvdesk.domain.vocab import DocumentStyle, IssuerKind, MilestoneKind, SubjectKind
from dvdesk.services.documents import (
    AgencyProfile,
    Document,
    DocumentSet,
    Paragraph,
    Recipients,
    Signature,
    StyleMismatchError,
    format_money,
)
from dvdesk.services.reports.awards import award_phrase, decision_document, find_decision
from dvdesk.services.reports.common import agency_phrase, kinds_phrase, office_on, office_phrase

MOVEMENT = "phong trào thi đua \"Dân vận khéo\""
__all__ = ["MOVEMENT", "decision_papers", "decision_text", "find_decision", "issuer_of", "milestone_scope"]


def issuer_of(store, d: Decision) -> Issuer | None:
    """The issuer row of a decision (a decision recorded before the catalog: the body with its symbol
    or name, as it stood on the decision date), or ``None`` when nothing matches."""
    if d.issuer_id is not None:
        return store.issuers.get(d.issuer_id, include_deleted=True)
    body = store.awarding.guess_body(d)
    if body is None:
        return None
    try:
        return store.issuers.on(body, d.signed_on)
    except NotFoundError:
        return None


def milestone_scope(store, milestone_id: int | None) -> str:
    """"năm 2024" / "giai đoạn 2021 - 2023" (sơ kết) / "giai đoạn 2021 - 2025" (tổng kết); "" without a
    milestone."""
    if milestone_id is None:
        return ""
    m = store.phases.milestone_by_id(milestone_id)
    phase = store.phases.get(m.phase_id)
    if m.kind == MilestoneKind.ANNUAL:
        return f"năm {m.year}"
    if m.kind == MilestoneKind.SO_KET:
        return f"giai đoạn {phase.start_year} - {m.year}"
    return f"giai đoạn {phase.start_year} - {phase.end_year}"


def _kind_of(issuer: Issuer | None, d: Decision) -> str:
    if issuer is not None:
        return issuer.kind
    if d.style == DocumentStyle.STATE:
        return IssuerKind.UBND
    name = fold(d.issuer_name)
    if name.startswith(("tinh uy", "huyen uy", "thanh uy", "dang uy")):
        return IssuerKind.CAP_UY
    return IssuerKind.BAN_TW if "trung uong" in fold(d.issuer_parent) else IssuerKind.BAN


def _committee(d: Decision) -> str:
    """"Tỉnh ủy" / "Huyện ủy" / "Thành ủy" / "Đảng ủy" of a cấp ủy issuer's printed name."""
    name = fold(d.issuer_name or d.issuer_parent)
    for key, word in (("huyen uy", "Huyện ủy"), ("thanh uy", "Thành ủy"), ("dang uy", "Đảng ủy")):
        if name.startswith(key) or f" {key}" in f" {name}":
            return word
    return "Tỉnh ủy"


def authority_line(d: Decision, issuer: Issuer | None, kind: str) -> str:
    """The issuing authority on its own line, in capitals: "BAN THƯỜNG VỤ TỈNH ỦY", "CHỦ TỊCH ỦY BAN
    NHÂN DÂN TỈNH AN GIANG", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"."""
    if issuer is not None and issuer.authority.strip():
        return issuer.authority.strip().upper()
    if kind == IssuerKind.UBND:
        return f"CHỦ TỊCH {d.issuer_name}".upper()
    if kind == IssuerKind.CAP_UY:
        return f"BAN THƯỜNG VỤ {_committee(d)}".upper()
    return agency_phrase(d.issuer_name, d.issuer_parent).upper()


def _bases(d: Decision, style: str) -> list[Paragraph]:
    """"Căn cứ …;" lines (Party: "- Căn cứ …;"; State: italic), then "Xét đề nghị của …,"."""
    party = style == DocumentStyle.PARTY
    lines = [" ".join(x.split()) for x in (d.legal_bases or "").splitlines()]
    lines = [x.lstrip("-–+• ").strip() for x in lines if x.strip(" -–+•")]
    proposer = " ".join((d.proposer or "").split()).rstrip(".,;")
    if proposer:
        if not fold(proposer).startswith("xet de nghi"):
            proposer = f"Xét đề nghị của {proposer}"
        lines.append(proposer)
    out = []
    for i, text in enumerate(lines):
        last = i == len(lines) - 1
        text = text.rstrip(".,;") + ("," if last and proposer else ";")
        if party:
            out.append(Paragraph(f"- {text}"))
        else:
            out.append(Paragraph(text, style="italic"))
    return out


def _each(awards: list[Award], kind: str) -> tuple[int, set[int]]:
    """(number of recipients of that kind, their distinct amounts)."""
    rows = [a for a in awards if a.recipient_kind == kind]
    return len(rows), {a.amount for a in rows}


def _who(counts: Counter) -> str:
    """Who Điều 1 honours; dotted blanks while the list is empty."""
    return kinds_phrase(counts[SubjectKind.TAP_THE], counts[SubjectKind.CA_NHAN]) or "… tập thể và … cá nhân"


def _money_article(d: Decision, awards: list[Award], kind: str) -> str:
    n_col, col_amounts = _each(awards, SubjectKind.TAP_THE)
    n_ind, ind_amounts = _each(awards, SubjectKind.CA_NHAN)
    parts = []
    for n, amounts, who in ((n_col, col_amounts, "tập thể"), (n_ind, ind_amounts, "cá nhân")):
        if not n:
            continue
        if len(amounts) == 1:
            parts.append(f"mỗi {who} được thưởng {format_money(next(iter(amounts)))} đồng")
        else:
            parts.append(f"mỗi {who} được thưởng theo mức ghi trong danh sách kèm theo")
    total = sum(a.amount for a in awards)
    source = ("từ nguồn quỹ thi đua, khen thưởng của "
              + agency_phrase(d.issuer_name, d.issuer_parent).replace("Ủy ban nhân dân ", "")
              if kind == IssuerKind.UBND else
              f"từ nguồn kinh phí thi đua, khen thưởng của {_funding_body(d, kind)}")
    text = "; ".join(parts)
    text = text[:1].upper() + text[1:]
    return (f"{text}. Tổng số tiền thưởng: {format_money(total)} đồng (bằng chữ: {money_words(total)}), "
            f"{source}.")


def _funding_body(d: Decision, kind: str) -> str:
    if kind == IssuerKind.CAP_UY:
        return f"Văn phòng {_committee(d)}"
    return agency_phrase(d.issuer_name, d.issuer_parent)


def _execution(store, d: Decision, kind: str) -> str:
    tail = "và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
    if kind == IssuerKind.UBND:
        province = agency_phrase(d.issuer_name).replace("Ủy ban nhân dân ", "")
        return (f"Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân {province}, "
                f"Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan {tail}")
    if kind == IssuerKind.CAP_UY:
        # the office's Ban as it was called on the decision date ("Ban Dân vận Tỉnh ủy" before the merger)
        office = office_phrase(office_on(store, d.signed_on), "Ban Tuyên giáo và Dân vận Tỉnh ủy")
        return f"Văn phòng {_committee(d)}, {office}, các cơ quan, đơn vị có liên quan {tail}"
    return f"Văn phòng Ban, các đơn vị có liên quan {tail}"


def _recipients(d: Decision, kind: str) -> Recipients:
    if kind == IssuerKind.UBND:
        return Recipients(["- Như Điều 3;", "- Thường trực Tỉnh ủy;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
                           "- Lưu: VT, NV."])
    if kind == IssuerKind.CAP_UY:
        return Recipients(["- Như Điều 3,", f"- Thường trực {_committee(d)},", f"- Lưu Văn phòng {_committee(d)}."])
    if kind == IssuerKind.BAN_TW:
        return Recipients(["- Như Điều 3,", "- Lưu Văn phòng Ban."])
    return Recipients(["- Như Điều 3,", "- Thường trực Tỉnh ủy (báo cáo),", "- Lưu Văn phòng Ban."])


def decision_text(store, d: Decision, style: str | None = None) -> Document:
    """The Quyết định (without its list) in its issuer's format on its date."""
    form = store.award_forms.get(d.form_id, include_deleted=True)
    issuer = issuer_of(store, d)
    kind = _kind_of(issuer, d)
    awards = store.awards.for_decision(d.id)
    place = (issuer.place if issuer is not None and issuer.place else store.settings.agency()["place"])
    try:
        profile = AgencyProfile.of(d.issuer_parent, d.issuer_name, d.issuer_symbol, place, style=style,
                                   fallback=d.style)
    except StyleMismatchError as exc:
        raise StyleMismatchError(f"Quyết định số {d.number} ngày {date_vn(d.signed_on)}: {exc}") from None
    state = profile.style == DocumentStyle.STATE
    phrase = award_phrase(form.name, d)
    scope = milestone_scope(store, d.milestone_id)
    achievement = f"đã có thành tích xuất sắc trong {MOVEMENT}" + (f" {scope}" if scope else "")
    subject = (f"{'Về việc tặng' if state else 'tặng'} {phrase} cho tập thể, cá nhân có thành tích xuất sắc "
               f"trong {MOVEMENT}" + (f" {scope}" if scope else ""))
    counts = Counter(a.recipient_kind for a in awards)
    blocks: list = [Paragraph(authority_line(d, issuer, kind), style="bold", align="center", indent=0)]
    blocks += _bases(d, profile.style)
    blocks.append(Paragraph("QUYẾT ĐỊNH:" if state else "QUYẾT ĐỊNH", style="bold", align="center", indent=0))
    articles = [f"Tặng {phrase} cho {_who(counts)} "
                f"(có danh sách kèm theo) {achievement}."]
    if form.carries_money and awards:
        articles.append(_money_article(d, awards, kind))
    articles.append(_execution(store, d, kind))
    for n, text in enumerate(articles, 1):
        blocks.append(Paragraph(text, lead=f"Điều {n}."))
    return Document(
        profile=profile,
        title="QUYẾT ĐỊNH",
        subject=subject,
        number=f"Số: {d.number}" if state else f"Số {d.number}",
        date=d.signed_on,
        blocks=blocks,
        signatures=Signature(d.signer_authority, d.signer_title, d.signer_name),
        recipients=_recipients(d, kind),
        sheet_name="Quyết định",
    )


def decision_papers(store, decision: Decision | int, order: str | None = None,
                    style: str | None = None) -> DocumentSet:
    """The Quyết định and, on a new page, the DANH SÁCH attached to it."""
    d = store.decisions.get(decision) if isinstance(decision, int) else decision
    return DocumentSet([decision_text(store, d, style), decision_document(store, d, order, style)])
