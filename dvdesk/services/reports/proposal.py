"""Tờ trình đề nghị khen thưởng: the office proposes a milestone's awards to the body that gives them.

One tờ trình per issuing body (Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh, the central Ban …, and the
office's own leadership for its Giấy khen) — or for one award form (``form``): header of the office as it was called on the date, "TỜ TRÌNH"
and its subject, "Kính gửi: …", the grounds, the milestone's results (registered tập thể / cá
nhân, recognized, tiêu biểu — recorded at that milestone), the proposal with its counts by kind and
form and the money it would cost, "Kính trình … xem xét, quyết định./.", the signature; then for
each form the DANH SÁCH attached, "(Kèm theo Tờ trình số … ngày … của …)". Who is proposed comes
from the milestone's reviews (``reviews.proposed_form_id``), each under its unit as it stood on
the date of the tờ trình.
"""

from __future__ import annotations

from datetime import date

from dvdesk.domain.entities import Award, AwardForm, Issuer
from dvdesk.domain.errors import DvdeskError, NotFoundError
from dvdesk.domain.vntext import date_vn, fold, money_vn, name_sort_key, sort_key
from dvdesk.domain.vocab import IssuerKind, SubjectKind
from dvdesk.services import milestone_figures
from dvdesk.services.documents import (
    Column,
    Document,
    DocumentSet,
    Paragraph,
    Recipients,
    Signature,
    Table,
    format_money,
)
from dvdesk.services.reports.awards import _rows as award_rows
from dvdesk.services.reports.common import (
    Issue,
    agency_phrase,
    area_word,
    kinds_phrase,
    office_on,
    office_phrase,
    office_profile,
)
from dvdesk.services.reports.decision_papers import MOVEMENT, milestone_scope
from dvdesk.services.reports.initiatives import unit_labels
from dvdesk.store.awarding import _title_case


def _find_form(store, text: str, among: set[int]) -> AwardForm:
    """The form named ``text`` (code, full name, or a part of it), preferring the forms proposed."""
    key = fold(text).strip()
    forms = store.award_forms.list()
    if any(f.id in among and (key in fold(f.name) or key == fold(f.code)) for f in forms):
        forms = [f for f in forms if f.id in among]
    exact = [f for f in forms if fold(f.name) == key or fold(f.code) == key]
    found = exact or [f for f in forms if key and key in fold(f.name)]
    if not found:
        names = "; ".join(f.name for f in forms)
        raise NotFoundError(f"Không có hình thức khen thưởng \"{text}\". Các hình thức: {names}.")
    if len(found) > 1:
        raise DvdeskError(f"\"{text}\" khớp với nhiều hình thức: {'; '.join(f.name for f in found)}. "
                          "Hãy ghi đủ tên hình thức.")
    return found[0]


def _sorted(store, drafts: list[Award]) -> list[Award]:
    """Collectives first, then individuals; by unit precedence, then Vietnamese name order."""
    prec = dict(store.conn.execute("SELECT id, coalesce(precedence, 100000) FROM units").fetchall())

    def key(a: Award):
        name = name_sort_key(a.recipient_name) if a.recipient_kind == SubjectKind.CA_NHAN \
            else sort_key(a.recipient_name)
        return (a.recipient_kind != SubjectKind.TAP_THE, prec.get(a.unit_id, 100000), name)

    return sorted(drafts, key=key)


def _counts(drafts: list[Award]) -> tuple[int, int]:
    n_col = sum(a.recipient_kind == SubjectKind.TAP_THE for a in drafts)
    return n_col, len(drafts) - n_col


def _addressee(body: Issuer) -> str:
    """"Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh An Giang", "Ban Tuyên giáo và Dân vận
    Trung ương"; the office itself: its standing leadership."""
    if body.kind == IssuerKind.BAN:
        return f"Thường trực {agency_phrase(body.name, body.parent_name)}"
    if body.kind == IssuerKind.UBND:
        return f"Chủ tịch {agency_phrase(body.name)}"
    return _title_case(body.authority or body.name)


def proposal(store, milestone_key: str, form: str | None = None, issue: Issue | None = None) -> DocumentSet:
    """The tờ trình (and its lists) of a milestone's proposals: for one form, or one per issuing body —
    the upper bodies, and the office's own leadership for the forms the office gives itself (its Giấy
    khen), in the bodies' order."""
    issue = issue or Issue()
    on = issue.on or date.today()
    m = store.phases.milestone(milestone_key)
    rows = store.query(
        "SELECT r.proposed_form_id AS form_id, count(*) AS n FROM reviews r JOIN initiatives i ON i.id = r.initiative_id "
        "WHERE r.milestone_id = ? AND r.proposed_form_id IS NOT NULL AND r.deleted_at IS NULL "
        "AND i.deleted_at IS NULL GROUP BY 1", (m.id,))
    proposed = {r["form_id"] for r in rows}
    if form:
        chosen = _find_form(store, form, proposed)
        if chosen.id not in proposed:
            raise DvdeskError(f"Tại {m.name} chưa có mô hình, điển hình nào được đề nghị \"{chosen.name}\". "
                              "Đề nghị khen thưởng ở trang Đánh giá, sơ kết, tổng kết.")
        forms = [chosen]
    else:
        forms = [f for f in store.award_forms.list(include_deleted=True) if f.id in proposed]
    bodies = _bodies(store)
    groups: dict[str, list[AwardForm]] = {}
    for f in forms:
        groups.setdefault(bodies.get(f.id) or "BAN", []).append(f)
    if not groups:
        raise DvdeskError(f"Tại {m.name} chưa có mô hình, điển hình nào được đề nghị khen thưởng. Đề nghị "
                          "khen thưởng ở trang Đánh giá, sơ kết, tổng kết.")
    office = office_on(store, on)
    figures = milestone_figures.figures(store, m.id)
    labels = unit_labels(store)
    out = DocumentSet()
    for body_code, body_forms in groups.items():
        try:
            body = store.issuers.on(body_code, on)
        except NotFoundError:
            raise DvdeskError(f"Chưa có cơ quan ban hành \"{body_code}\" hiệu lực ngày {date_vn(on)} trong "
                              "Danh mục › Cơ quan ban hành.") from None
        lists = [(f, _sorted(store, store.awarding.drafts_from_proposals(m.id, f.id, on))) for f in body_forms]
        names = [_phrase(f, bodies, office) for f, _ in lists]
        out.documents.append(_letter(store, m, office, body, lists, names, figures, issue, on))
        for (f, drafts), name in zip(lists, names, strict=True):
            out.documents.append(_list(store, office, f, name, drafts, issue, on, labels))
    return out


def _bodies(store) -> dict[int, str | None]:
    """award form id -> the issuing body that gives it (award_forms.issuer_body)."""
    return dict(store.conn.execute("SELECT id, issuer_body FROM award_forms").fetchall())


def _phrase(f: AwardForm, bodies: dict[int, str | None], office: Issuer | None) -> str:
    """The form as named on the date ("Giấy khen của Ban Dân vận Tỉnh ủy" before the merger)."""
    kind, _, _ = f.name.partition(" của ")
    if bodies.get(f.id) == "BAN" and office is not None:
        return f"{kind} của {office_phrase(office)}"
    return f.name


def _letter(store, m, office: Issuer | None, body: Issuer, lists, names: list[str], figures, issue: Issue,
            on: date) -> Document:
    profile = office_profile(store, office)
    scope = milestone_scope(store, m.id)
    phase = store.phases.get(m.phase_id)
    sender = office_phrase(office)
    to = _addressee(body)
    subject = (f"đề nghị tặng {' và '.join(names)} cho tập thể, cá nhân có thành tích xuất sắc trong "
               f"{MOVEMENT} {scope}").strip()
    blocks: list = [Paragraph(f"Kính gửi: {to}", align="center", indent=0)]
    blocks.append(Paragraph(
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản quy định chi tiết thi hành; "
        f"căn cứ kế hoạch thực hiện {MOVEMENT} giai đoạn {phase.start_year} - {phase.end_year} và kết quả "
        f"{m.name.lower()}, {sender} báo cáo "
        "kết quả và đề nghị khen thưởng như sau:"))
    r = figures.registered
    blocks.append(Paragraph(
        f"Đến {date_vn(m.held_on) if m.held_on else f'năm {m.year}'}, toàn {area_word(profile)} có {money_vn(r.total)} mô hình, "
        f"điển hình đăng ký thực hiện ({money_vn(r.collective)} tập thể, {money_vn(r.individual)} cá nhân); "
        f"{money_vn(figures.recognized.total)} mô hình, điển hình được công nhận, trong đó "
        f"{money_vn(figures.exemplary.total)} mô hình, điển hình tiêu biểu; "
        f"{money_vn(figures.replicated.total)} mô hình, điển hình được nhân rộng."))
    total_money = 0
    lines = []
    for (f, drafts), name in zip(lists, names, strict=True):
        n_col, n_ind = _counts(drafts)
        money = 0
        if f.carries_money:
            table = store.awarding.money_table(f.id, on)
            money = n_col * table[SubjectKind.TAP_THE][2] + n_ind * table[SubjectKind.CA_NHAN][2]
        total_money += money
        lines.append((name, n_col, n_ind, money))
    if len(lines) == 1:
        name, n_col, n_ind, _ = lines[0]
        blocks.append(Paragraph(f"Từ kết quả trên, {sender} kính đề nghị {to} xem xét, tặng {name} cho "
                                f"{kinds_phrase(n_col, n_ind)} có thành tích xuất sắc trong {MOVEMENT} {scope} "
                                "(có danh sách kèm theo)."))
    else:
        blocks.append(Paragraph(f"Từ kết quả trên, {sender} kính đề nghị {to} xem xét, tặng (có danh sách "
                                "kèm theo):"))
        for i, (name, n_col, n_ind, _) in enumerate(lines):
            end = "." if i == len(lines) - 1 else ";"
            blocks.append(Paragraph(f"- {name}: {kinds_phrase(n_col, n_ind)}{end}"))
    if total_money:
        blocks.append(Paragraph(f"Tiền thưởng kèm theo dự kiến (theo mức lương cơ sở ngày {date_vn(on)}): "
                                f"{format_money(total_money)} đồng."))
    blocks.append(Paragraph(f"Kính trình {to} xem xét, quyết định./."))
    signer = Signature(office.signer_authority, office.signer_title, office.signer_name) if office else Signature()
    return Document(
        profile=profile, title="TỜ TRÌNH", subject=subject,
        **{**issue.document_fields(profile, "TTr"), "appendix": None, "date": on},
        blocks=blocks, signatures=signer,
        recipients=Recipients(["- Như trên,", "- Lưu Văn phòng Ban."]),
        sheet_name="Tờ trình",
    )


def _list(store, office: Issuer | None, f: AwardForm, name: str, drafts: list[Award], issue: Issue, on: date,
          labels) -> Document:
    profile = office_profile(store, office)
    number = issue.number_line(profile, "TTr") or ""
    number = number.removeprefix("Số: ").removeprefix("Số ").rstrip()
    sender = office_phrase(office)
    columns = [Column("TT", 0.6, kind="int"), Column("Tên tập thể, họ và tên cá nhân", 2.6),
               Column("Chức vụ, đơn vị", 2.8), Column("Thành tích", 3.4)]
    return Document(
        profile=profile, title="DANH SÁCH",
        subject=f"tập thể, cá nhân đề nghị tặng {name}",
        appendix=f"(Kèm theo Tờ trình số {number or '     '} ngày {date_vn(on)} của {sender})",
        blocks=[Table(columns, lambda: award_rows(drafts, False, labels),
                      empty_text="Chưa có tập thể, cá nhân nào được đề nghị.", sheet_name=f.name[:28])],
        sheet_name=f.name[:28],
    )
