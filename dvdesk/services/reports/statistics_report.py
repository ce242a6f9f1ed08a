"""Phụ lục thống kê (DOMAIN.md §5.3): the appendix tables (Biểu 1–7) for a phase, a year or a
milestone; one sheet per table in Excel, the same tables in the PDF.

For a milestone (sơ kết, tổng kết, a year-end review) every table says what was recorded at that
milestone — its scope, its reviews, its decisions (see :mod:`dvdesk.services.statistics`); for a
phase or a year it is the current state, and the subject line says so."""

from __future__ import annotations

from datetime import date

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.labels import FIELD_LABELS
from dvdesk.domain.vocab import Level
from dvdesk.services import statistics as st
from dvdesk.services.documents import Column, Document, DocumentSet, Row, Table, TotalRow, format_number
from dvdesk.services.reports.common import Issue, agency_profile, default_signature
from dvdesk.services.reports.initiatives import unit_label, unit_labels
from dvdesk.store.reviews import cutoff


def _count_columns(first: str, first_width: float, registered: bool = True) -> list[Column]:
    """TT, the row's label, registered (tập thể / cá nhân / total), recognized (the same), tiêu biểu,
    replicated, the recognition rate; without the registered columns and the rate for a table of
    recognized initiatives only (by level: every one of them is recognized, the rate is 100 %)."""
    reg, rec = "Đăng ký", "Được công nhận"
    cols = [Column("TT", 0.5, kind="int"), Column(first, first_width)]
    if registered:
        cols += [Column("Tập thể", 0.9, kind="number", group=reg), Column("Cá nhân", 0.9, kind="number", group=reg),
                 Column("Tổng", 0.9, kind="number", group=reg)]
    cols += [Column("Tập thể", 0.9, kind="number", group=rec), Column("Cá nhân", 0.9, kind="number", group=rec),
             Column("Tổng", 0.9, kind="number", group=rec),
             Column("Tiêu biểu", 0.9, kind="number"), Column("Nhân rộng", 0.9, kind="number")]
    if registered:
        cols.append(Column("Tỉ lệ công nhận", 1.6, kind="percent", decimals=1))
    return cols


def _counts(r: st.CountRow, registered: bool) -> list:
    head = [r.registered_collective, r.registered_individual, r.registered] if registered else []
    tail = [r.rate] if registered else []
    return [*head, r.recognized_collective, r.recognized_individual, r.recognized, r.exemplary, r.replicated, *tail]


def _count_rows(rows: list[st.CountRow], registered: bool):
    for n, r in enumerate(rows, 1):
        yield Row([n, r.label, *_counts(r, registered)])
    if rows:
        yield TotalRow("Tổng cộng", _counts(st.totals(rows), registered))


def _count_table(caption: str, first: str, rows: list[st.CountRow], sheet: str, registered: bool = True,
                 first_width: float = 3.2) -> Table:
    return Table(_count_columns(first, first_width, registered), lambda: _count_rows(rows, registered),
                 caption=caption, sheet_name=sheet)


def _award_rows(rows: list[st.AwardRow]):
    for n, r in enumerate(rows, 1):
        yield Row([n, r.label, r.collective, r.individual, r.total, r.money])
    if rows:
        yield TotalRow("Tổng cộng", [sum(r.collective for r in rows), sum(r.individual for r in rows),
                                     sum(r.total for r in rows), sum(r.money for r in rows)])


def _outstanding_rows(rows: list[dict], at_milestone: bool):
    for n, r in enumerate(rows, 1):
        # at a milestone: whether it had been replicated by then (today's number of places is not the milestone's)
        last = ("x" if r["replicated"] else "") if at_milestone else r["replication_count"]
        yield Row([n, r["name"], r["unit_name"], r["field"] or "", r["year"], Level.label_of(r["recognition_level"]),
                   last])


def _unit_note(scope: st.Scope, level: str | None) -> str:
    notes = []
    if level is not None:
        notes.append(f"đơn vị trực thuộc tính vào đơn vị {UNIT_LEVELS[level]}")
    if scope.rollup:
        notes.append("đơn vị cũ tính vào đơn vị kế thừa")
    return f" ({'; '.join(notes)})" if notes else ""


def _unit_rows(store, scope: st.Scope, level: str | None) -> list[st.CountRow]:
    """The rows by unit, a unit whose name another shares told apart by its parent."""
    rows = st.by_unit(store, scope, level)
    labels = unit_labels(store)
    for r in rows:
        r.label = unit_label(labels, r.key, r.label)
    return rows


def describe(store, scope: st.Scope) -> str:
    """What the appendix covers, for its subject line: a milestone with the date its figures are
    taken at, or a phase / year / everything as it stands today."""
    if scope.milestone_id is not None:
        m = store.phases.milestone_by_id(scope.milestone_id)
        d = date.fromisoformat(cutoff(m))
        text = f"{m.name[0].lower() + m.name[1:]} (số liệu tại kỳ, tính đến ngày {d:%d/%m/%Y})"
        return f"{text}, mô hình đăng ký năm {scope.year}" if scope.year is not None else text
    if scope.year is not None:
        what = f"năm {scope.year}"
    elif scope.phase_id is not None:
        p = store.phases.get(scope.phase_id)
        what = f"giai đoạn {p.code.replace('-', '–')}"
    else:
        what = "tất cả các giai đoạn"
    return f"{what} (theo tình trạng hiện tại)"


UNIT_LEVELS = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}


def statistics_appendix(store, scope: st.Scope | None = None, style: str | None = None, *,
                        unit_level: str | None = "huyen", number: str | None = None, on: date | None = None,
                        attached_to: str | None = None) -> DocumentSet:
    """The appendix tables for ``scope``.  ``unit_level``: the table by unit counts each unit under
    its parent at that level ("huyen": communes under their district; "tinh": everything under the
    province-level units; "xa" or ``None``: one row per unit).  ``number``, ``on``, ``attached_to``:
    how it is issued (see :class:`~dvdesk.services.reports.common.Issue`), e.g. attached to the
    Báo cáo sơ kết."""
    scope = scope or st.Scope()
    if unit_level is not None and unit_level not in UNIT_LEVELS:
        raise DvdeskError(f"Cấp gộp đơn vị không hợp lệ: \"{unit_level}\" (tinh, huyen hoặc xa).")
    level = None if unit_level == "xa" else unit_level
    profile = agency_profile(store, style)
    label = describe(store, scope)
    at_milestone = scope.at_milestone
    with st.prepared(store, scope) as ps:  # a milestone's scope read once, each table its own GROUP BY
        years, fields, blocks = st.by_year(store, ps), st.by_field(store, ps), st.by_block(store, ps)
        units, levels, outstanding = _unit_rows(store, ps, level), st.by_level(store, ps), st.outstanding(store, ps)
    tables = [
        _count_table("Biểu 1. Kết quả theo năm", "Năm", years, "1. Theo năm", first_width=1.2),
        _count_table("Biểu 2. Kết quả theo lĩnh vực", "Lĩnh vực", fields, "2. Theo lĩnh vực", first_width=2.6),
        _count_table("Biểu 3. Kết quả theo khối", "Khối", blocks, "3. Theo khối", first_width=2.6),
        _count_table(f"Biểu 4. Kết quả theo đơn vị{_unit_note(scope, level)}", "Đơn vị", units, "4. Theo đơn vị"),
        _count_table("Biểu 5. Mô hình được công nhận theo cấp công nhận", "Cấp công nhận", levels,
                     "5. Theo cấp công nhận", registered=False, first_width=1.6),
        Table([Column("TT", 0.5, kind="int"), Column("Hình thức khen thưởng", 4.0),
               Column("Tập thể", 1.0, kind="number"), Column("Cá nhân", 1.0, kind="number"),
               Column("Tổng", 1.0, kind="number"), Column("Tiền thưởng (đồng)", 1.8, kind="money")],
              lambda: _award_rows(st.awards_by_form(store, scope)),
              caption="Biểu 6. Khen thưởng theo hình thức", sheet_name="6. Khen thưởng"),
        Table([Column("TT", 0.5, kind="int"), Column("Tên mô hình, điển hình tiêu biểu", 4.2),
               Column("Đơn vị", 2.2), Column("Lĩnh vực", 1.5), Column("Năm", 0.6, kind="int"),
               Column(FIELD_LABELS["recognition_level"], 1.0, align="center"),
               Column("Đã nhân rộng", 0.9, align="center") if at_milestone
               else Column(FIELD_LABELS["replication_count"], 0.9, kind="int")],
              lambda: _outstanding_rows(outstanding, at_milestone),
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
