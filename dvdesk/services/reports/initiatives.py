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
from dvdesk.domain.vocab import InitiativeKind, Level, Status, SubjectKind
from dvdesk.services.documents import Column, Document, Row, SectionRow, Table, TotalRow, format_number, roman
from dvdesk.services.reports.common import Issue, agency_profile, default_signature
from dvdesk.store.search import InitiativeFilter, where_clause

GROUPS = ("unit", "field", "none")
#: the list's table font (pt): a long register, landscape, a dozen rows and more a page
LIST_FONT_SIZE = 10.0


@dataclass
class InitiativeListOptions:
    """What the list covers and how it is issued.

    Filters by id (``unit_ids``, ``field_id``, ``block_id``: what a screen holds) or by name as a
    clerk types it (``unit_name``: "Huyện Châu Thành" or, when another unit has that name, "Huyện
    Châu Thành, tỉnh An Giang" — its subordinate and former units included; ``field_name``,
    ``block_name``: a name or a code); ``recognition_level`` and ``status`` take a code ("tinh",
    "cong_nhan") or a label ("Tỉnh", "Công nhận").  Unknown names are refused with the choices
    (``DvdeskError``).
    ``number``, ``on``, ``attached_to``: see :class:`~dvdesk.services.reports.common.Issue`.
    """

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
    unit_name: str | None = None
    field_name: str | None = None
    block_name: str | None = None
    number: str | None = None
    on: date | None = None
    attached_to: str | None = None


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


def _choices(items: list[str]) -> str:
    return ", ".join(f"\"{x}\"" for x in items)


def find_unit(store, text: str) -> tuple[list[int], str]:
    """The units a clerk means by ``text`` (their ids, the subordinate and former units included)
    and the name to print.  A name shared by units that their parents tell apart must be written
    with the parent ("Huyện Châu Thành, tỉnh An Giang"); namesakes nothing tells apart (the old
    and the new unit of one name) are taken together."""
    key = fold(text)
    labels = unit_labels(store)
    by_label = [uid for uid, (_, label) in labels.items() if fold(label) == key]
    hits = by_label or [u.id for u in store.units.find_by_name(text)]
    if not hits:
        raise DvdeskError(f"Không tìm thấy đơn vị \"{text}\" (hãy ghi tên như trong danh mục đơn vị, "
                          "ví dụ \"Xã Bình An\" hoặc \"Huyện Châu Thành, tỉnh An Giang\").")
    names = {uid: labels[uid][1] if uid in labels else store.units.get(uid, include_deleted=True).name
             for uid in hits}
    distinct = sorted(set(names.values()), key=fold)
    if len(distinct) > 1:
        own = store.units.get(hits[0], include_deleted=True).name
        raise DvdeskError(f"Có {len(distinct)} đơn vị tên \"{own}\": {'; '.join(distinct)}. "
                          f"Hãy ghi rõ đơn vị cấp trên, ví dụ \"{distinct[0]}\".")
    ids: set[int] = set()
    for uid in hits:
        ids.update(store.units.family_ids(uid))
    return sorted(ids), distinct[0]


def _find_catalog(repo, text: str, what: str):
    key = fold(text)
    items = repo.list()
    hit = next((x for x in items if fold(x.name) == key or fold(x.code) == key), None)
    if hit is None:
        raise DvdeskError(f"Không có {what} \"{text}\". Chọn một trong: {_choices([x.name for x in items])}.")
    return hit


def _find_code(table: dict[str, str], text: str, what: str) -> str:
    key = fold(text).replace("-", "_").replace(" ", "_")
    for code, label in table.items():
        if key in (code, fold(label).replace(" ", "_"), fold(label.split("/")[0]).replace(" ", "_")):
            return code
    raise DvdeskError(f"{what} không hợp lệ: \"{text}\". Chọn một trong: {_choices(list(table.values()))} "
                      f"(hoặc mã: {', '.join(table)}).")


def _resolve(store, opts: InitiativeListOptions) -> tuple[InitiativeFilter, list[str]]:
    """The store filter of the options, and what the list is limited to, as printed under its title."""
    if opts.group_by not in GROUPS:
        raise DvdeskError(f"Cách nhóm không hợp lệ: \"{opts.group_by}\" (unit: theo đơn vị, field: theo lĩnh vực, "
                          "none: không nhóm).")
    phase = store.phases.by_code(opts.phase) if opts.phase else None
    limits: list[str] = []
    unit_ids = list(opts.unit_ids)
    if opts.unit_name:
        ids, name = find_unit(store, opts.unit_name)
        unit_ids += ids
        limits.append(f"đơn vị: {name}")
    field_id, block_id = opts.field_id, opts.block_id
    if opts.field_name:
        hit = _find_catalog(store.fields, opts.field_name, "lĩnh vực")
        field_id = hit.id
        limits.append(f"lĩnh vực: {hit.name}")
    if opts.block_name:
        hit = _find_catalog(store.blocks, opts.block_name, "khối")
        block_id = hit.id
        limits.append(f"khối: {hit.name}")
    level = status = None
    if opts.recognition_level:
        level = _find_code(catalog.LEVELS, opts.recognition_level, "Cấp công nhận")
        limits.append(f"cấp công nhận: {catalog.LEVELS[level]}")
    if opts.status:
        status = _find_code(catalog.STATUSES, opts.status, "Trạng thái")
        limits.append(f"trạng thái: {catalog.STATUSES[status]}")
    f = InitiativeFilter(phase_id=phase.id if phase else None, year=opts.year, unit_ids=unit_ids,
                         field_id=field_id, block_id=block_id, recognition_level=level, status=status,
                         kind=opts.kind)
    scope = []
    if phase:
        scope.append(f"giai đoạn {phase.code.replace('-', '–')}")
    if opts.year:
        scope.append(f"năm {opts.year}")
    limits.insert(0, ", ".join(scope) if scope else "tất cả các giai đoạn")
    return f, limits


def total_label(total: int, collective: int) -> str:
    """"Tổng cộng: 274 mô hình, điển hình (194 tập thể, 80 cá nhân)" — registrations are always
    counted with their split."""
    return (f"Tổng cộng: {format_number(total)} mô hình, điển hình ({format_number(collective)} tập thể, "
            f"{format_number(total - collective)} cá nhân)")


def initiative_list(store, opts: InitiativeListOptions | None = None) -> Document:
    """The list, landscape and dense: a group row ("I. Huyện Châu Thành") instead of the group's
    name repeated in every printed row (its column stays in the workbook), labels on two lines at
    most, the name of the model given the room the other columns do not need."""
    opts = opts or InitiativeListOptions()
    f, limits = _resolve(store, opts)
    profile = agency_profile(store, opts.style)
    where, params = where_clause(f)
    group = opts.group_by
    group_expr = {"unit": "coalesce(u.precedence, 1e9), i.unit_name, i.unit_id",
                  "field": "coalesce(fl.sort_order, 1e9), i.field_id", "none": "0"}[group]
    sql = (f"SELECT i.code, i.name, i.kind, i.subject_kind, i.person_name, i.unit_name, fl.name AS field, i.year, "
           f"i.recognition_level, i.status, i.exemplary, i.unit_id, i.field_id, i.registered_on, i.person_position "
           f"FROM initiatives i LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN fields fl ON fl.id = i.field_id"
           f"{where} ORDER BY {group_expr}, i.year, i.code")
    # what (name, kind, the person of an individual), who, when, field, level, status; the
    # registration date and a unit name told apart from its namesakes let the list be imported back
    # (relative widths, about mm on a landscape A4 page at 10 pt; TT, code, year and date take the
    # width of their content, labels two lines at most, the rest goes to the name)
    columns = [
        Column("TT", 1, kind="int"), Column("Mã", 1, wrap=False),
        Column("Tên mô hình, điển hình", 70, max_lines=3), Column("Loại", 18),
        Column("Người thực hiện", 26, max_lines=2), Column("Đơn vị thực hiện", 32, max_lines=3),
        Column("Năm", 1, kind="int"), Column("Ngày đăng ký", 1, kind="date"),
        Column("Lĩnh vực", 28), Column("Cấp công nhận", 16, align="center"), Column("Trạng thái", 32),
    ]
    grouped = {"unit": "Đơn vị thực hiện", "field": "Lĩnh vực"}.get(group)
    for c in columns:  # the group row names it: not repeated in every printed row (kept in Excel)
        c.in_print = c.title != grouped
    labels = unit_labels(store)

    def rows() -> Iterator:
        cur = store.conn.execute(sql, params)
        group_key: object = object()
        n_group = 0
        tt = n_collective = 0
        for r in cur:
            unit = unit_label(labels, r[11], r[5])
            if group != "none":
                label = (unit if group == "unit" else r[6]) or "(chưa xác định)"
                key = (r[11], label) if group == "unit" else r[12]
                if key != group_key:
                    group_key = key
                    n_group += 1
                    yield SectionRow(f"{roman(n_group)}. {label}")
            tt += 1
            n_collective += r[3] == SubjectKind.TAP_THE
            kind = InitiativeKind.label_of(r[2])
            if r[2] == InitiativeKind.DIEN_HINH:
                kind += f" {SubjectKind.label_of(r[3]).lower()}"
            status = Status.label_of(r[9]) + (" (tiêu biểu)" if r[10] and r[9] != Status.TIEU_BIEU else "")
            person = ", ".join(p for p in (r[4], r[14]) if p) if r[4] else ""
            registered = date.fromisoformat(r[13][:10]) if r[13] else None
            yield Row([tt, r[0], r[1], kind, person, unit, r[7], registered,
                       r[6] or "", Level.label_of(r[8]) if r[8] else "", status])
        if tt:
            yield TotalRow(total_label(tt, n_collective), [], span=len(columns))

    issue = Issue(opts.number, opts.on, opts.attached_to)
    return Document(
        profile=profile,
        title="DANH SÁCH",
        subject=[f"mô hình, điển hình trong phong trào thi đua \"Dân vận khéo\" {limits[0]}",
                 *(["(" + "; ".join(limits[1:]) + ")"] if limits[1:] else [])],
        blocks=[Table(columns, rows, empty_text="Không có mô hình, điển hình nào thỏa điều kiện đã chọn.",
                      sheet_name="Danh sách mô hình", font_size=LIST_FONT_SIZE)],
        signatures=default_signature(store),
        orientation="landscape",
        sheet_name="Danh sách mô hình",
        **issue.document_fields(profile, "DS"),
    )
