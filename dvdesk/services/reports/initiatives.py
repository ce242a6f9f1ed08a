"""Danh sách mô hình, điển hình for a phase or a year (DOMAIN.md §5.2): filtered, grouped by
unit or field, landscape; rows stream from SQLite (30,000 rows never sit in memory at once)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from dvdesk.domain import catalog
from dvdesk.domain.errors import DvdeskError
from dvdesk.services.documents import Column, Document, Row, SectionRow, Table, TotalRow
from dvdesk.services.reports.common import agency_profile, default_signature
from dvdesk.store.search import InitiativeFilter, where_clause

GROUPS = ("unit", "field", "none")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass
class InitiativeListOptions:
    phase: str | None = None  # '2021-2025'
    year: int | None = None
    unit_ids: list[int] = field(default_factory=list)
    field_id: int | None = None
    block_id: int | None = None
    recognition_level: str | None = None
    status: str | None = None
    kind: str | None = None
    group_by: str = "unit"
    style: str | None = None


def _roman(n: int) -> str:
    return ROMAN[n - 1] if n <= len(ROMAN) else str(n)


def initiative_list(store, opts: InitiativeListOptions | None = None) -> Document:
    opts = opts or InitiativeListOptions()
    if opts.group_by not in GROUPS:
        raise DvdeskError(f"Cách nhóm không hợp lệ: \"{opts.group_by}\" (unit, field hoặc none).")
    phase = store.phases.by_code(opts.phase) if opts.phase else None
    f = InitiativeFilter(phase_id=phase.id if phase else None, year=opts.year, unit_ids=opts.unit_ids,
                         field_id=opts.field_id, block_id=opts.block_id,
                         recognition_level=opts.recognition_level, status=opts.status, kind=opts.kind)
    where, params = where_clause(f)
    group_expr = {"unit": "coalesce(u.precedence, 1e9), i.unit_name", "field": "coalesce(fl.sort_order, 1e9)",
                  "none": "0"}[opts.group_by]
    sql = (f"SELECT i.code, i.name, i.kind, i.subject_kind, i.person_name, i.unit_name, fl.name AS field, i.year, "
           f"i.recognition_level, i.status, i.exemplary, i.unit_id, i.field_id "
           f"FROM initiatives i LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN fields fl ON fl.id = i.field_id"
           f"{where} ORDER BY {group_expr}, i.year, i.code")
    columns = [
        Column("TT", 0.55, kind="int"), Column("Mã", 1.25), Column("Tên mô hình, điển hình", 4.2),
        Column("Loại", 1.2), Column("Đơn vị thực hiện", 2.4), Column("Lĩnh vực", 1.5),
        Column("Năm", 0.6, kind="int"), Column("Cấp công nhận", 1.0, align="center"),
        Column("Trạng thái", 1.2),
    ]

    def rows() -> Iterator:
        cur = store.conn.execute(sql, params)
        group_key = object()
        n_group = 0
        tt = 0
        total = 0
        for r in cur:
            key = r[11] if opts.group_by == "unit" else r[12] if opts.group_by == "field" else None
            if opts.group_by != "none" and key != group_key:
                group_key = key
                n_group += 1
                label = (r[5] if opts.group_by == "unit" else r[6]) or "(chưa xác định)"
                yield SectionRow(f"{_roman(n_group)}. {label}")
            tt += 1
            total += 1
            kind = catalog.label(catalog.INITIATIVE_KINDS, r[2])
            if r[2] == "dien_hinh":
                kind += f" {catalog.label(catalog.SUBJECT_KINDS, r[3]).lower()}"
            status = catalog.label(catalog.STATUSES, r[9]) + (" (tiêu biểu)" if r[10] and r[9] != "tieu_bieu" else "")
            yield Row([tt, r[0], r[1], kind, r[5], r[6] or "", r[7],
                       catalog.label(catalog.LEVELS, r[8]) if r[8] else "", status])
        if total:
            yield TotalRow(f"Tổng cộng: {total:,} mô hình, điển hình".replace(",", "."), [], span=len(columns))

    scope = []
    if phase:
        scope.append(f"giai đoạn {phase.code.replace('-', '–')}")
    if opts.year:
        scope.append(f"năm {opts.year}")
    title_scope = ", ".join(scope) if scope else "tất cả các giai đoạn"
    return Document(
        profile=agency_profile(store, opts.style),
        title="DANH SÁCH",
        subject=[f"mô hình, điển hình trong phong trào thi đua \"Dân vận khéo\" {title_scope}"],
        blocks=[Table(columns, rows, empty_text="Không có mô hình, điển hình nào thỏa điều kiện đã chọn.",
                      sheet_name="Danh sách mô hình")],
        signatures=default_signature(store),
        orientation="landscape",
        sheet_name="Danh sách mô hình",
    )
