"""Phụ lục thống kê (DOMAIN.md §5.3): the six appendix tables for a phase, a year or a milestone;
one sheet per table in Excel, the same tables in the PDF."""

from __future__ import annotations

from datetime import date

from dvdesk.services import statistics as st
from dvdesk.services.documents import Column, Document, DocumentSet, Row, Table, TotalRow, format_number
from dvdesk.services.reports.common import Issue, agency_profile, default_signature


def _count_columns(first: str) -> list[Column]:
    group = "Được công nhận"
    return [
        Column("TT", 0.5, kind="int"), Column(first, 3.2),
        Column("Đăng ký", 1.0, kind="number"),
        Column("Tập thể", 1.0, kind="number", group=group), Column("Cá nhân", 1.0, kind="number", group=group),
        Column("Tổng", 1.0, kind="number", group=group),
        Column("Tiêu biểu", 1.0, kind="number"), Column("Nhân rộng", 1.0, kind="number"),
        Column("Tỉ lệ công nhận", 1.1, kind="percent", decimals=1),
    ]


def _count_rows(rows: list[st.CountRow]):
    for n, r in enumerate(rows, 1):
        yield Row([n, r.label, r.registered, r.recognized_collective, r.recognized_individual, r.recognized,
                   r.exemplary, r.replicated, r.rate])
    if rows:
        t = st.totals(rows)
        yield TotalRow("Tổng cộng", [t.registered, t.recognized_collective, t.recognized_individual, t.recognized,
                                     t.exemplary, t.replicated, t.rate])


def _count_table(caption: str, first: str, rows: list[st.CountRow], sheet: str) -> Table:
    return Table(_count_columns(first), lambda: _count_rows(rows), caption=caption, sheet_name=sheet)


def _award_rows(rows: list[st.AwardRow]):
    for n, r in enumerate(rows, 1):
        yield Row([n, r.label, r.collective, r.individual, r.total, r.money])
    if rows:
        yield TotalRow("Tổng cộng", [sum(r.collective for r in rows), sum(r.individual for r in rows),
                                     sum(r.total for r in rows), sum(r.money for r in rows)])


def _outstanding_rows(rows: list[dict]):
    from dvdesk.domain import catalog

    for n, r in enumerate(rows, 1):
        yield Row([n, r["name"], r["unit_name"], r["field"] or "", r["year"],
                   catalog.label(catalog.LEVELS, r["recognition_level"]) if r["recognition_level"] else "",
                   r["replication_count"]])


def describe(store, scope: st.Scope) -> str:
    if scope.milestone_id is not None:
        m = store.phases.milestone_by_id(scope.milestone_id)
        return m.name[0].lower() + m.name[1:]
    if scope.year is not None:
        return f"năm {scope.year}"
    if scope.phase_id is not None:
        p = store.phases.get(scope.phase_id)
        return f"giai đoạn {p.code.replace('-', '–')}"
    return "tất cả các giai đoạn"


def statistics_appendix(store, scope: st.Scope | None = None, style: str | None = None, *,
                        number: str | None = None, on: date | None = None,
                        attached_to: str | None = None) -> DocumentSet:
    """The appendix tables for ``scope``; ``number``, ``on``, ``attached_to``: how it is issued
    (see :class:`~dvdesk.services.reports.common.Issue`), e.g. attached to the Báo cáo sơ kết."""
    scope = scope or st.Scope()
    profile = agency_profile(store, style)
    label = describe(store, scope)
    outstanding = st.outstanding(store, scope)
    tables = [
        _count_table("Biểu 1. Kết quả theo năm", "Năm", st.by_year(store, scope), "1. Theo năm"),
        _count_table("Biểu 2. Kết quả theo lĩnh vực", "Lĩnh vực", st.by_field(store, scope), "2. Theo lĩnh vực"),
        _count_table("Biểu 3. Kết quả theo khối", "Khối", st.by_block(store, scope), "3. Theo khối"),
        _count_table("Biểu 4. Kết quả theo đơn vị" + (" (đơn vị cũ tính vào đơn vị kế thừa)" if scope.rollup else ""),
                     "Đơn vị", st.by_unit(store, scope), "4. Theo đơn vị"),
        _count_table("Biểu 5. Mô hình được công nhận theo cấp công nhận", "Cấp công nhận", st.by_level(store, scope),
                     "5. Theo cấp công nhận"),
        Table([Column("TT", 0.5, kind="int"), Column("Hình thức khen thưởng", 4.0),
               Column("Tập thể", 1.0, kind="number"), Column("Cá nhân", 1.0, kind="number"),
               Column("Tổng", 1.0, kind="number"), Column("Tiền thưởng (đồng)", 1.8, kind="money")],
              lambda: _award_rows(st.awards_by_form(store, scope)),
              caption="Biểu 6. Khen thưởng theo hình thức", sheet_name="6. Khen thưởng"),
        Table([Column("TT", 0.5, kind="int"), Column("Tên mô hình, điển hình tiêu biểu", 4.2),
               Column("Đơn vị", 2.2), Column("Lĩnh vực", 1.5), Column("Năm", 0.6, kind="int"),
               Column("Cấp công nhận", 1.0, align="center"), Column("Số lần nhân rộng", 0.9, kind="int")],
              lambda: _outstanding_rows(outstanding),
              caption=f"Biểu 7. Danh sách mô hình, điển hình tiêu biểu ({format_number(len(outstanding))})",
              sheet_name="7. Tiêu biểu"),
    ]
    blocks: list = list(tables)
    doc = Document(
        profile=profile,
        title="PHỤ LỤC THỐNG KÊ",
        subject=[f"kết quả phong trào thi đua \"Dân vận khéo\" {label}"],
        blocks=blocks,
        signatures=default_signature(store),
        orientation="landscape",
        sheet_name="Phụ lục",
        **Issue(number, on, attached_to).document_fields(profile, "PL"),
    )
    return DocumentSet([doc])
