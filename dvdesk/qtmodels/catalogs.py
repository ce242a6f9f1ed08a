"""Item models of the catalog screen (Danh mục): units as a tree, fields/blocks, award forms with
their dated coefficients, base salaries, phases with their milestones.

Catalogs are small (hundreds of rows at most), so each model reads its whole table on
:meth:`refresh`; every write goes through the repositories, never through a model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dvdesk.domain.entities import Unit
from dvdesk.domain.labels import lower_first
from dvdesk.domain.vntext import date_vn, fold, money_vn, sort_key
from dvdesk.domain.vocab import Level, MilestoneKind, SubjectKind, UnitLinkKind
from dvdesk.qtmodels.base import none_safe

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

CLOSED_COLOR = QColor(110, 110, 110)
UNVERIFIED_COLOR = QColor(176, 96, 0)


def coefficient_vn(value: Decimal | str | None) -> str:
    """A coefficient written the Vietnamese way: Decimal("1.50") -> "1,5"; 2 -> "2"."""
    if value is None or value == "":
        return ""
    d = Decimal(str(value)).normalize()
    text = f"{d:f}"
    return text.replace(".", ",")


# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of row objects with a column spec (subclasses load rows)."""

    columns: tuple[Column, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self.load())
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_id(self, row: int) -> Any:
        obj = self.row_object(row)
        return getattr(obj, "id", None) if obj is not None else None

    def row_of_id(self, row_id: Any) -> int:
        for i, obj in enumerate(self._rows):
            if getattr(obj, "id", None) == row_id:
                return i
        return -1

    # -- Qt API ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return self.columns[section].header
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        obj = self._rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.text(obj)
        if role == SORT_ROLE:
            return col.sort(obj) if col.sort else col.text(obj)
        if role == ID_ROLE:
            return getattr(obj, "id", None)
        if role == OBJECT_ROLE:
            return obj
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(obj, col, role)

    def extra_data(self, obj: Any, col: Column, role: int) -> Any:
        return None


_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTER = Qt.AlignmentFlag.AlignHCenter


# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CatalogRow:
    id: int
    code: str
    name: str
    usage: int


class CatalogListModel(RowsModel):
    """Fields (lĩnh vực) or blocks (khối): code, name and how many records use each."""

    columns = (
        Column("code", "Mã", lambda r: r.code),
        Column("name", "Tên", lambda r: r.name, lambda r: sort_key(r.name)),
        Column("usage", "Số bản ghi đang dùng", lambda r: money_vn(r.usage), lambda r: r.usage, _RIGHT),
    )

    def __init__(self, repo, parent=None):
        super().__init__(parent)
        self.repo = repo
        self.refresh()

    def load(self) -> list[CatalogRow]:
        return [CatalogRow(i.id, i.code, i.name, self.repo.usage_count(i.id)) for i in self.repo.list()]


# ----------------------------------------------------------------------------------------------
def _form_validity(f) -> str:
    if f.valid_from and f.valid_to:
        return f"{date_vn(f.valid_from)} – {date_vn(f.valid_to)}"
    if f.valid_to:
        return f"đến {date_vn(f.valid_to)}"
    if f.valid_from:
        return f"từ {date_vn(f.valid_from)}"
    return "Đang áp dụng"


class AwardFormModel(RowsModel):
    columns = (
        Column("name", "Hình thức khen thưởng", lambda f: f.name, lambda f: f.sort_order),
        Column("money", "Tiền thưởng", lambda f: "Có" if f.carries_money else "Không", None, _CENTER),
        Column("valid", "Hiệu lực", _form_validity),
    )

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.refresh()

    def load(self) -> list:
        return self.store.award_forms.list()

    def extra_data(self, obj, col, role):
        if role == Qt.ItemDataRole.ForegroundRole and obj.valid_to and obj.valid_to < date.today():
            return QBrush(CLOSED_COLOR)
        return None


@dataclass(frozen=True)
class CoefficientRow:
    valid_from: date
    individual: Decimal | None
    collective: Decimal | None
    basis: str

    @property
    def id(self) -> str:
        return self.valid_from.isoformat()


class CoefficientModel(RowsModel):
    """The dated coefficient table of one award form: one row per date, cá nhân and tập thể side by
    side (an empty cell means the coefficient of the previous date still applies)."""

    columns = (
        Column("valid_from", "Áp dụng từ ngày", lambda r: date_vn(r.valid_from), lambda r: r.valid_from, _CENTER),
        Column(SubjectKind.CA_NHAN, f"Hệ số {SubjectKind.CA_NHAN.label.lower()}", lambda r: coefficient_vn(r.individual),
               None, _CENTER),
        Column(SubjectKind.TAP_THE, f"Hệ số {SubjectKind.TAP_THE.label.lower()}", lambda r: coefficient_vn(r.collective),
               None, _CENTER),
        Column("basis", "Căn cứ", lambda r: r.basis),
    )

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.form_id: int | None = None
        self.refresh()

    def set_form(self, form_id: int | None) -> None:
        self.form_id = form_id
        self.refresh()

    def load(self) -> list[CoefficientRow]:
        if self.form_id is None:
            return []
        by_date: dict[date, dict[str, Any]] = {}
        for c in self.store.award_forms.coefficients(self.form_id):
            row = by_date.setdefault(c.valid_from, {"basis": []})
            row[c.recipient_kind] = c.coefficient
            if c.basis and c.basis not in row["basis"]:
                row["basis"].append(c.basis)
        return [CoefficientRow(d, r.get(SubjectKind.CA_NHAN), r.get(SubjectKind.TAP_THE), "; ".join(r["basis"]))
                for d, r in sorted(by_date.items())]

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() in (1, 2)
                and not super().data(index, Qt.ItemDataRole.DisplayRole)):
            return "Không đổi so với mức trước"
        return super().data(index, role)


@dataclass(frozen=True)
class SalaryRow:
    valid_from: date
    amount: int
    basis: str

    @property
    def id(self) -> str:
        return self.valid_from.isoformat()


class BaseSalaryModel(RowsModel):
    columns = (
        Column("valid_from", "Áp dụng từ ngày", lambda r: date_vn(r.valid_from), lambda r: r.valid_from, _CENTER),
        Column("amount", "Mức lương cơ sở (đồng/tháng)", lambda r: money_vn(r.amount), lambda r: r.amount, _RIGHT),
        Column("basis", "Căn cứ", lambda r: r.basis),
    )

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.refresh()

    def load(self) -> list[SalaryRow]:
        return [SalaryRow(on, amount, basis) for on, amount, basis in self.store.award_forms.base_salaries_detail()]


# ----------------------------------------------------------------------------------------------
UNIT_COLUMNS = ["Tên đơn vị", "Cấp", "Hiệu lực từ", "Hiệu lực đến", "Tình trạng"]
ENDED_BY_LINK = {k: f"Đã {lower_first(k.label)}" for k in UnitLinkKind}


class UnitTreeModel(QAbstractItemModel):
    """Units as a tree by parent, with validity dates and status.

    Units that ended before ``today`` are hidden unless :meth:`set_show_closed` is on; a unit whose
    parent is hidden (or filtered out) is shown at the top level. A text filter keeps the matching
    units and the path to them (folded: "dan van" finds "Dân vận").
    """

    def __init__(self, store, parent=None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.show_closed = False
        self.text = ""
        self._units: dict[int, Unit] = {}
        self._order: list[int] = []
        self._folded: dict[int, str] = {}
        self._ended_by: dict[int, str] = {}
        self._children: dict[int, list[int]] = {}  # parent id (0 = root) -> child ids
        self._parent: dict[int, int] = {}
        self._row: dict[int, int] = {}
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the units from the database."""
        self.beginResetModel()
        units = self.store.units.list()
        self._units = {u.id: u for u in units}
        self._order = [u.id for u in units]
        self._folded = {u.id: fold(f"{u.name} {u.short_name}") for u in units}
        self._ended_by = {}
        for pred, kind in self.store.conn.execute(
                "SELECT predecessor_id, kind FROM unit_links ORDER BY effective_date, successor_id"):
            self._ended_by.setdefault(pred, kind)
        self._build(self._order)
        self.endResetModel()

    def _rebuild(self) -> None:
        """Apply the filters again to the units already loaded (no database work)."""
        self.beginResetModel()
        self._build(self._order)
        self.endResetModel()

    def set_show_closed(self, on: bool) -> None:
        if on != self.show_closed:
            self.show_closed = on
            self._rebuild()

    def set_text(self, text: str) -> None:
        text = fold(text).strip()
        if text != self.text:
            self.text = text
            self._rebuild()

    def is_closed(self, u: Unit) -> bool:
        return u.valid_to is not None and u.valid_to < self.today

    def _build(self, ordered: list[int]) -> None:
        visible = {uid for uid in ordered if self.show_closed or not self.is_closed(self._units[uid])}
        if self.text:
            words = self.text.split()
            matches = {uid for uid in visible if all(w in self._folded[uid] for w in words)}
            keep = set(matches)
            for uid in matches:  # the path to each match stays visible
                p = self._units[uid].parent_id
                while p is not None and p in visible and p not in keep:
                    keep.add(p)
                    p = self._units[p].parent_id
            visible = keep
        self._children = {0: []}
        self._parent = {}
        for uid in ordered:
            if uid not in visible:
                continue
            p = self._units[uid].parent_id
            key = p if (p is not None and p in visible) else 0
            self._parent[uid] = key
            self._children.setdefault(key, []).append(uid)
        self._row = {uid: i for kids in self._children.values() for i, uid in enumerate(kids)}

    # -- helpers ---------------------------------------------------------------------------------
    def unit(self, index: Index) -> Unit | None:
        if not index.isValid():
            return None
        return self._units.get(index.internalId())

    def unit_by_id(self, unit_id: int) -> Unit | None:
        return self._units.get(unit_id)

    def all_units(self) -> list[Unit]:
        return list(self._units.values())

    def index_of(self, unit_id: int, column: int = 0) -> QModelIndex:
        if unit_id not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[unit_id], column, unit_id)

    def visible_count(self) -> int:
        return len(self._parent)

    def status(self, u: Unit) -> str:
        if self.is_closed(u):
            text = ENDED_BY_LINK.get(self._ended_by.get(u.id, ""), "Đã giải thể")
        elif u.valid_from is not None and u.valid_from > self.today:
            text = "Chưa có hiệu lực"
        elif u.valid_to is not None:
            text = f"Hoạt động đến {date_vn(u.valid_to)}"
        else:
            text = "Đang hoạt động"
        if not u.verified:
            text += " · chưa xác minh"
        return text

    # -- Qt API ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(UNIT_COLUMNS) or row < 0:
            return QModelIndex()
        key = parent.internalId() if parent.isValid() else 0
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self._children.get(key, [])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        p = self._parent.get(index.internalId(), 0)
        if p == 0:
            return QModelIndex()
        return self.createIndex(self._row[p], 0, p)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), []))
        return len(self._children.get(0, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(UNIT_COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(UNIT_COLUMNS):
            return UNIT_COLUMNS[section]
        return None

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        u = self.unit(index)
        if u is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return u.name if role == Qt.ItemDataRole.DisplayRole else (u.precedence, sort_key(u.name))
            if col == 1:
                return Level.label_of(u.level)
            if col == 2:
                return date_vn(u.valid_from) if role == Qt.ItemDataRole.DisplayRole else (u.valid_from or date.min)
            if col == 3:
                return date_vn(u.valid_to) if role == Qt.ItemDataRole.DisplayRole else (u.valid_to or date.max)
            return self.status(u)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = u.name
            if u.short_name:
                tip += f" ({u.short_name})"
            tip += f"\n{self.status(u)}"
            if not u.verified:
                tip += "\nĐơn vị được tạo khi nhập dữ liệu, chưa được kiểm tra: hãy xem lại và sửa nếu cần."
            return tip
        if role == ID_ROLE:
            return u.id
        if role == OBJECT_ROLE:
            return u
        if role == Qt.ItemDataRole.ForegroundRole:
            if not u.verified:
                return QBrush(UNVERIFIED_COLOR)
            if self.is_closed(u):
                return QBrush(CLOSED_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole and (not u.verified or self.is_closed(u)):
            font = QFont()
            font.setItalic(self.is_closed(u))
            font.setBold(not u.verified and col == 4)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# ----------------------------------------------------------------------------------------------
PHASE_COLUMNS = ["Giai đoạn, kỳ sơ kết/tổng kết", "Loại", "Năm", "Ngày tổ chức", "Mã kỳ"]


class PhaseTreeModel(QAbstractItemModel):
    """Phases at the top level, their milestones (annual, sơ kết, tổng kết) below.

    internalId 0 marks a phase row; a milestone row carries its phase's row + 1.
    """

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._phases: list = []
        self._milestones: dict[int, list] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._phases = self.store.phases.list()
        self._milestones = {}
        for m in self.store.phases.milestones():
            self._milestones.setdefault(m.phase_id, []).append(m)
        self.endResetModel()

    def phase(self, index: Index):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._phases[index.row()]
        return self._phases[index.internalId() - 1]

    def milestone(self, index: Index):
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._milestones.get(self._phases[index.internalId() - 1].id, [])[index.row()]

    def index_of_phase(self, phase_id: int) -> QModelIndex:
        for row, p in enumerate(self._phases):
            if p.id == phase_id:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not (0 <= column < len(PHASE_COLUMNS)):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._phases) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        ms = self._milestones.get(self._phases[parent.row()].id, [])
        return self.createIndex(row, column, parent.row() + 1) if row < len(ms) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._phases)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._milestones.get(self._phases[parent.row()].id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(PHASE_COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(PHASE_COLUMNS):
            return PHASE_COLUMNS[section]
        return None

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        m = self.milestone(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if m is None:
                p = self.phase(index)
                return [p.name, "Giai đoạn", f"{p.start_year}–{p.end_year}", "", p.code][col]
            return [m.name, MilestoneKind.label_of(m.kind), str(m.year), date_vn(m.held_on),
                    m.key][col]
        if role == ID_ROLE:
            return m.id if m is not None else self.phase(index).id
        if role == Qt.ItemDataRole.FontRole and m is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and m is not None and m.kind != MilestoneKind.ANNUAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# ----------------------------------------------------------------------------------------------
LINK_KINDS = {k: lower_first(k.label) for k in UnitLinkKind}


@dataclass(frozen=True)
class UnitLink:
    unit: Unit
    kind: str  # a UnitLinkKind code
    on: date | None

    @property
    def kind_label(self) -> str:
        return LINK_KINDS.get(self.kind, self.kind)


def unit_links(store, unit_id: int) -> tuple[list[UnitLink], list[UnitLink]]:
    """(predecessors, successors) of a unit, each with the kind and date of the change."""
    preds = {u.id: u for u in store.units.predecessors(unit_id)}
    succs = {u.id: u for u in store.units.successors(unit_id)}
    rows = store.query("SELECT predecessor_id, successor_id, kind, effective_date FROM unit_links "
                       "WHERE successor_id = ? OR predecessor_id = ? ORDER BY effective_date, predecessor_id, "
                       "successor_id", (unit_id, unit_id))
    before, after = [], []
    for r in rows:
        on = date.fromisoformat(r["effective_date"]) if r["effective_date"] else None
        if r["successor_id"] == unit_id and r["predecessor_id"] in preds:
            before.append(UnitLink(preds[r["predecessor_id"]], r["kind"], on))
        elif r["predecessor_id"] == unit_id and r["successor_id"] in succs:
            after.append(UnitLink(succs[r["successor_id"]], r["kind"], on))
    return before, after
