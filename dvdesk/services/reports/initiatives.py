"""Danh sách mô hình, điển hình for a phase or a year (DOMAIN.md §5.2): filtered, grouped by
unit or field, landscape; rows stream from SQLite (30,000 rows never sit in memory at once)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from dvdesk.domain import catalog
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import fold
from dvdesk.services.documents import Column, Document, Row, SectionRow, Table, TotalRow, format_number, roman
from dvdesk.services.reports.common import agency_profile, default_signature
from dvdesk.store.search import InitiativeFilter, where_clause

GROUPS = ("unit", "field", "none")


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


# an administrative unit's own name ("Huyện Châu Thành", "Thị xã Tân Châu"), whose level word is
# written in lower case after a comma: "Xã Bình An, huyện Châu Thành, tỉnh Kiên Giang"
_ADMIN_NAME = re.compile(r"^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)(?= [A-ZĐÂĂÊÔƠƯ])")
_MAX_QUALIFIERS = 3


def _as_qualifier(name: str) -> str:
    return _ADMIN_NAME.sub(lambda m: m.group(1).lower(), name.strip())


def unit_labels(store) -> dict[int, tuple[str, str]]:
    """How a list names the units whose name another unit shares: ``{unit id: (folded name,
    label)}`` with the label "Huyện Châu Thành, tỉnh Kiên Giang" — the name, then as many of its
    parent units as tell it apart from its namesakes (none when they cannot: the old and the new
    "Tỉnh An Giang" differ only by their dates). Units with a name of their own are not listed."""
    rows = store.conn.execute("SELECT id, name, parent_id, deleted_at FROM units").fetchall()
    names = {uid: name for uid, name, _, _ in rows}
    parents = {uid: parent for uid, _, parent, _ in rows}
    by_name: dict[str, list[int]] = {}
    for uid, name, _, deleted in rows:
        if not deleted:
            by_name.setdefault(fold(name), []).append(uid)

    def chain(uid: int) -> list[str]:
        out: list[str] = []
        seen = {uid}
        p = parents.get(uid)
        while p is not None and p in names and p not in seen and len(out) < _MAX_QUALIFIERS:
            out.append(_as_qualifier(names[p]))
            seen.add(p)
            p = parents.get(p)
        return out

    labels: dict[int, tuple[str, str]] = {}
    for key, ids in by_name.items():
        if len(ids) < 2:
            continue
        chains = {uid: [fold(x) for x in chain(uid)] for uid in ids}
        for uid in ids:
            mine = chains[uid]
            counts = [sum(chains[o][:k] == mine[:k] for o in ids) for k in range(len(mine) + 1)]
            best = min(counts)
            if best == counts[0]:
                continue  # the parents do not tell it apart: its dates will
            k = counts.index(best)
            labels[uid] = (key, ", ".join([names[uid], *chain(uid)[:k]]))
    return labels


def unit_label(labels: dict[int, tuple[str, str]], unit_id: int | None, written: str) -> str:
    """The unit as a list prints it: ``written`` (the name stored with the record), followed by
    its parents when that name is shared (see :func:`unit_labels`)."""
    hit = labels.get(unit_id) if unit_id is not None else None
    if hit is not None and written and fold(written) == hit[0]:
        return hit[1]
    return written


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
           f"i.recognition_level, i.status, i.exemplary, i.unit_id, i.field_id, i.registered_on, i.person_position "
           f"FROM initiatives i LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN fields fl ON fl.id = i.field_id"
           f"{where} ORDER BY {group_expr}, i.year, i.code")
    # what (name, kind, the person of an individual), who, when, field, level, status; the
    # registration date and a unit name told apart from its namesakes let the list be imported back
    # (relative widths, about mm on a landscape A4 page; code, year and date stay on one line)
    columns = [
        Column("TT", 9, kind="int"), Column("Mã", 30, wrap=False), Column("Tên mô hình, điển hình", 46),
        Column("Loại", 19), Column("Người thực hiện", 28), Column("Đơn vị thực hiện", 33),
        Column("Năm", 12, kind="int", wrap=False), Column("Ngày đăng ký", 22, kind="date", wrap=False),
        Column("Lĩnh vực", 20), Column("Cấp công nhận", 15, align="center"), Column("Trạng thái", 18),
    ]
    labels = unit_labels(store)

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
                label = (unit_label(labels, r[11], r[5]) if opts.group_by == "unit" else r[6]) or "(chưa xác định)"
                yield SectionRow(f"{roman(n_group)}. {label}")
            tt += 1
            total += 1
            kind = catalog.label(catalog.INITIATIVE_KINDS, r[2])
            if r[2] == "dien_hinh":
                kind += f" {catalog.label(catalog.SUBJECT_KINDS, r[3]).lower()}"
            status = catalog.label(catalog.STATUSES, r[9]) + (" (tiêu biểu)" if r[10] and r[9] != "tieu_bieu" else "")
            person = ", ".join(p for p in (r[4], r[14]) if p) if r[4] else ""
            registered = date.fromisoformat(r[13][:10]) if r[13] else None
            yield Row([tt, r[0], r[1], kind, person, unit_label(labels, r[11], r[5]), r[7], registered,
                       r[6] or "", catalog.label(catalog.LEVELS, r[8]) if r[8] else "", status])
        if total:
            yield TotalRow(f"Tổng cộng: {format_number(total)} mô hình, điển hình", [], span=len(columns))

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
