"""Dự thảo báo cáo sơ kết / tổng kết (DOMAIN: reports a clerk needs, §4).

The office's header as it was called on the report's date, "BÁO CÁO" and its subject, then the
outline every such report follows — I. Công tác lãnh đạo, chỉ đạo (the directive documents of the
phase up to the milestone, from the Văn bản page); II. Kết quả (registered with tập thể / cá nhân,
recognized, tiêu biểu, replicated, by field and block, awards by form with money, the proposals,
compared with the previous milestone); III. Hạn chế, nguyên nhân; IV. Bài học kinh nghiệm;
V. Phương hướng, nhiệm vụ; VI. Kiến nghị, đề xuất — with every figure filled from what was recorded
at that milestone (:mod:`dvdesk.services.milestone_figures`), the places for the prose marked in
italics between square brackets, the signature and Nơi nhận; the statistics appendix attached.

A draft: the clerk finishes the prose in Word (.docx), or prints it as it is (PDF).
"""

from __future__ import annotations

from datetime import date

from dvdesk.domain.entities import Milestone
from dvdesk.domain.errors import NotFoundError
from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.domain.vocab import DocType, MilestoneKind, Rating
from dvdesk.services import milestone_figures
from dvdesk.services import statistics as st
from dvdesk.services.documents import (
    Column,
    Document,
    DocumentSet,
    Heading,
    Paragraph,
    Recipients,
    Row,
    Signature,
    Table,
    TotalRow,
)
from dvdesk.services.reports.common import (
    Issue,
    area_word,
    kinds_phrase,
    office_on,
    office_phrase,
    office_profile,
)
from dvdesk.services.reports.decision_papers import MOVEMENT, milestone_scope
from dvdesk.services.reports.statistics_report import statistics_appendix
from dvdesk.store.reviews import ReviewBook


def prose(text: str) -> Paragraph:
    """A marked place for the text the clerk writes: italic, in square brackets."""
    return Paragraph(f"[{text}]", style="italic")


def compared_with(store, m: Milestone) -> Milestone | None:
    """What a report compares with: a tổng kết with the phase's sơ kết, any other milestone with the
    previous one of its kind (else the previous one with reviews)."""
    ms = store.phases.milestones(m.phase_id)
    if m.kind == MilestoneKind.TONG_KET:
        for x in ms:
            if x.kind == MilestoneKind.SO_KET and x.year < m.year:
                return x
    earlier = [x for x in ms if x.kind == m.kind and x.year < m.year]
    if earlier:
        return max(earlier, key=lambda x: x.year)
    return ReviewBook(store).previous_milestone(m.id)


def _subject(store, m: Milestone) -> str:
    scope = milestone_scope(store, m.id)
    if m.kind == MilestoneKind.TONG_KET:
        return f"tổng kết {MOVEMENT} {scope}"
    if m.kind == MilestoneKind.SO_KET:
        phase = store.phases.get(m.phase_id)
        return (f"sơ kết {m.year - phase.start_year + 1:02d} năm thực hiện {MOVEMENT} giai đoạn "
                f"{phase.start_year} - {phase.end_year}")
    return f"kết quả thực hiện {MOVEMENT} {scope}"


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "0%"
    value = round(100 * part / whole, 1)
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


def _change(now: int, before: int) -> str:
    if now == before:
        return "bằng"
    word = "tăng" if now > before else "giảm"
    return f"{word} {money_vn(abs(now - before))}"


def _directives(store, m: Milestone, cutoff: str) -> list[Paragraph]:
    rows = store.query(
        "SELECT doc_type, number, issued_on, issuer, summary FROM directive_documents WHERE deleted_at IS NULL "
        "AND (phase_id = ? OR phase_id IS NULL) AND (issued_on IS NULL OR issued_on <= ?) "
        "ORDER BY issued_on, number", (m.phase_id, cutoff))
    out = []
    for r in rows:
        when = f" ngày {date_vn(date.fromisoformat(r['issued_on']))}" if r["issued_on"] else ""
        who = f" của {r['issuer']}" if r["issuer"] else ""
        what = f" ({r['summary']})" if r["summary"] else ""
        kind = DocType.get(r["doc_type"]) if r["doc_type"] else None
        label = kind.label if kind is not None and kind != DocType.KHAC else "Văn bản"
        out.append(Paragraph(f"- {label} số {r['number']}{when}{who}{what};"))
    if out:
        last = out[-1]
        last.text = last.text.rstrip(";") + "."
    return out


def _count_table(rows: list[milestone_figures.GroupRow], first: str) -> Table:
    cols = [Column("TT", 0.5, kind="int"), Column(first, 3.0), Column("Đăng ký", 1.0, kind="number"),
            Column("Công nhận", 1.0, kind="number"), Column("Tiêu biểu", 1.0, kind="number"),
            Column("Nhân rộng", 1.0, kind="number")]

    def items():
        tot = [0, 0, 0, 0]
        for n, g in enumerate(rows, 1):
            vals = [g.registered, g.recognized, g.exemplary, g.replicated]
            tot = [a + b for a, b in zip(tot, vals, strict=True)]
            yield Row([n, g.label, *vals])
        yield TotalRow("Tổng cộng", tot)

    return Table(cols, items)


def milestone_report(store, milestone_key: str, issue: Issue | None = None, *,
                     unit_level: str | None = "huyen", with_appendix: bool = True) -> DocumentSet:
    """The draft báo cáo of a milestone, its statistics appendix attached."""
    issue = issue or Issue()
    m = store.phases.milestone(milestone_key)
    on = issue.on or m.held_on or date.today()
    office = office_on(store, on)
    profile = office_profile(store, office)
    f = milestone_figures.figures(store, m.id)
    prev_m = compared_with(store, m)
    prev = milestone_figures.figures(store, prev_m.id) if prev_m is not None else None
    area = area_word(profile)
    sender = office_phrase(office)
    held = date_vn(m.held_on) if m.held_on else f"năm {m.year}"
    r, rec, ex, rep = f.registered, f.recognized, f.exemplary, f.replicated

    b: list = [prose(f"Mở đầu: căn cứ, mục đích của báo cáo; {sender} báo cáo {_subject(store, m)} như sau")]
    b.append(Heading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"))
    docs = _directives(store, m, f.as_of)
    if docs:
        b.append(Paragraph(f"Các văn bản lãnh đạo, chỉ đạo thực hiện {MOVEMENT} đến {held}:"))
        b += docs
    b.append(prose("Việc quán triệt, triển khai, hướng dẫn, kiểm tra, tuyên truyền, phát động của cấp ủy, "
                   "chính quyền, Mặt trận và các đoàn thể"))

    b.append(Heading("II. KẾT QUẢ THỰC HIỆN"))
    b.append(Heading("1. Đăng ký thực hiện mô hình, điển hình", level=2))
    text = (f"Đến {held}, toàn {area} có {money_vn(r.total)} mô hình, điển hình đăng ký thực hiện, trong đó "
            f"{money_vn(r.collective)} tập thể, {money_vn(r.individual)} cá nhân")
    if prev is not None:
        text += (f" ({_change(r.total, prev.registered.total)} so với {prev_m.name.lower()}: "
                 f"{money_vn(prev.registered.total)} mô hình, điển hình)")
    b.append(Paragraph(text + "."))
    b.append(Heading("2. Đánh giá, công nhận mô hình, điển hình", level=2))
    text = (f"Đã đánh giá {money_vn(f.reviewed)}/{money_vn(r.total)} mô hình, điển hình. Có {money_vn(rec.total)} "
            f"mô hình, điển hình được công nhận ({money_vn(rec.collective)} tập thể, {money_vn(rec.individual)} "
            f"cá nhân), đạt {_pct(rec.total, r.total)} số đăng ký; trong đó {money_vn(ex.total)} mô hình, điển "
            f"hình tiêu biểu ({money_vn(ex.collective)} tập thể, {money_vn(ex.individual)} cá nhân)")
    rated = [(Rating.get(code).label, n) for code, n in f.by_rating.items() if n and Rating.get(code)]
    if rated:
        text += "; xếp loại: " + ", ".join(f"{label.lower()} {money_vn(n)}" for label, n in rated)
    b.append(Paragraph(text + "."))
    b.append(Heading("3. Nhân rộng mô hình, điển hình", level=2))
    b.append(Paragraph(f"Có {money_vn(rep.total)} mô hình, điển hình được nhân rộng ({money_vn(rep.collective)} tập "
                       f"thể, {money_vn(rep.individual)} cá nhân), bằng {_pct(rep.total, r.total)} số đăng ký."))
    b.append(prose("Những mô hình, điển hình tiêu biểu, cách làm hay, hiệu quả (xem Phụ lục, Biểu 7)"))
    b.append(Heading("4. Kết quả theo lĩnh vực và theo khối", level=2))
    b.append(_count_table(f.by_field, "Lĩnh vực"))
    b.append(_count_table(f.by_block, "Khối"))
    b.append(Heading("5. Khen thưởng", level=2))
    if f.awards_by_form:
        b.append(Paragraph(f"Các cấp đã khen thưởng {money_vn(f.awards_total)} lượt tập thể, cá nhân với tổng số "
                           f"tiền thưởng {money_vn(f.money_total)} đồng:"))
        cols = [Column("TT", 0.5, kind="int"), Column("Hình thức khen thưởng", 3.6),
                Column("Tập thể", 0.9, kind="number"), Column("Cá nhân", 0.9, kind="number"),
                Column("Tổng", 0.9, kind="number"), Column("Tiền thưởng (đồng)", 1.6, kind="money")]
        rows: list = [Row([n, a.label, a.collective, a.individual, a.total, a.money])
                      for n, a in enumerate(f.awards_by_form, 1)]
        rows.append(TotalRow("Tổng cộng", [sum(a.collective for a in f.awards_by_form),
                                           sum(a.individual for a in f.awards_by_form), f.awards_total,
                                           f.money_total]))
        b.append(Table(cols, rows))
    else:
        b.append(Paragraph(f"Chưa có quyết định khen thưởng nào gắn với {m.name.lower()}."))
    pending = [p for p in f.proposed_by_form if p.total]
    if pending:
        b.append(Paragraph("Đề nghị khen thưởng tại hội nghị: " + "; ".join(
            f"{p.label}: {kinds_phrase(p.collective, p.individual, ', ')}" for p in pending) + "."))
    if prev is not None:
        b.append(Heading(f"6. So sánh với {prev_m.name.lower()}", level=2))
        cols = [Column("TT", 0.5, kind="int"), Column("Chỉ tiêu", 3.2),
                Column(prev_m.name, 1.4, kind="number"), Column(m.name, 1.4, kind="number"),
                Column("Tăng (+), giảm (-)", 1.3, kind="number")]
        pairs = [("Mô hình, điển hình đăng ký", r.total, prev.registered.total),
                 ("- Tập thể", r.collective, prev.registered.collective),
                 ("- Cá nhân", r.individual, prev.registered.individual),
                 ("Được công nhận", rec.total, prev.recognized.total),
                 ("Tiêu biểu", ex.total, prev.exemplary.total),
                 ("Nhân rộng", rep.total, prev.replicated.total),
                 ("Lượt khen thưởng", f.awards_total, prev.awards_total)]
        b.append(Table(cols, [Row([n, label, before, now, now - before])
                              for n, (label, now, before) in enumerate(pairs, 1)]))
    b.append(prose("Đánh giá chung: những kết quả nổi bật, tác động của phong trào"))
    b.append(Heading("III. HẠN CHẾ, NGUYÊN NHÂN"))
    b.append(prose("Những hạn chế, khó khăn; nguyên nhân khách quan, chủ quan"))
    b.append(Heading("IV. BÀI HỌC KINH NGHIỆM"))
    b.append(prose("Các bài học rút ra"))
    phase = store.phases.get(m.phase_id)
    ahead = (f"giai đoạn {phase.end_year + 1} - {phase.end_year + 5}" if m.kind == MilestoneKind.TONG_KET
             else f"thời gian tới của giai đoạn {phase.start_year} - {phase.end_year}")
    b.append(Heading(f"V. PHƯƠNG HƯỚNG, NHIỆM VỤ {ahead.upper()}"))
    b.append(prose("Mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp"))
    b.append(Heading("VI. KIẾN NGHỊ, ĐỀ XUẤT"))
    b.append(prose("Kiến nghị với cấp trên"))
    signer = Signature(office.signer_authority, office.signer_title, office.signer_name) if office else Signature()
    fields = issue.document_fields(profile, "BC")
    report = Document(
        profile=profile, title="BÁO CÁO", subject=_subject(store, m),
        **{**fields, "appendix": None, "date": on},
        blocks=b, signatures=signer,
        recipients=Recipients(["- Ban Tuyên giáo và Dân vận Trung ương (báo cáo),",
                               "- Thường trực Tỉnh ủy (báo cáo),", "- Lưu Văn phòng Ban."]),
        sheet_name="Báo cáo",
    )
    out = DocumentSet([report])
    if with_appendix:
        number = (fields["number"] or "").removeprefix("Số: ").removeprefix("Số ").rstrip()
        try:
            appendix = statistics_appendix(store, st.Scope(milestone_id=m.id), unit_level=unit_level, on=on,
                                           attached_to=f"Báo cáo số {number or '     '} ngày {date_vn(on)} "
                                                       f"của {sender}")
        except NotFoundError:
            appendix = DocumentSet()
        out.documents += appendix.documents
    return out
