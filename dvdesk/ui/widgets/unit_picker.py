"""Choosing a registering unit: a searchable combo over the units valid on a date.

Units are versioned (DOMAIN.md §2): on a given date only the units in force then are offered,
indented under their parent. Typing filters as you go and ignores diacritics and case
("xa vinh hoa" finds "Xã Vĩnh Hòa"); the parent is shown beside each match because commune names
repeat. A unit no longer in force on the date (e.g. the one an old record points to) is marked
"(đã giải thể/hợp nhất)"; "Hiện cả đơn vị cũ" lists all of those too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dvdesk.domain.entities import Unit
from dvdesk.domain.vntext import date_vn, fold, sort_key
from dvdesk.qtmodels.base import none_safe

__all__ = [
    "DEPTH_ROLE",
    "FOLD_ROLE",
    "OLD_SUFFIX",
    "PARENT_ROLE",
    "UNIT_ID_ROLE",
    "VALID_ROLE",
    "FoldFilterProxy",
    "UnitListModel",
    "UnitPicker",
]

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLD_ROLE = Qt.ItemDataRole.UserRole + 2
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 3
PARENT_ROLE = Qt.ItemDataRole.UserRole + 4
VALID_ROLE = Qt.ItemDataRole.UserRole + 5

OLD_SUFFIX = " (đã giải thể/hợp nhất)"
FUTURE_SUFFIX = " (chưa có hiệu lực)"
INDENT = 16


@dataclass(frozen=True)
class UnitEntry:
    unit: Unit
    depth: int
    parent_name: str
    state: str  # "valid" | "old" | "future"

    @property
    def text(self) -> str:
        suffix = {"old": OLD_SUFFIX, "future": FUTURE_SUFFIX}.get(self.state, "")
        return self.unit.name + suffix


class UnitListModel(QAbstractListModel):
    """A flat list of units in tree order (parents before their children, with a depth)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[UnitEntry] = []
        self._folds: list[str] = []

    def set_entries(self, entries: list[UnitEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._folds = [fold(f"{e.unit.name} {e.unit.short_name} {e.unit.code or ''} {e.parent_name}")
                       for e in self._entries]
        self.endResetModel()

    def entry(self, row: int) -> UnitEntry:
        return self._entries[row]

    def row_of(self, unit_id: int | None) -> int:
        for row, e in enumerate(self._entries):
            if e.unit.id == unit_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    @none_safe
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)) or index.column() != 0:
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return e.text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [e.unit.name]
            if e.parent_name:
                lines.append(f"Trực thuộc: {e.parent_name}")
            if e.unit.valid_from or e.unit.valid_to:
                lines.append("Hiệu lực: " + (f"từ {date_vn(e.unit.valid_from)} " if e.unit.valid_from else "")
                             + (f"đến {date_vn(e.unit.valid_to)}" if e.unit.valid_to else "đến nay"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and e.state != "valid":
            return QColor("#8a8a8a")
        if role == UNIT_ID_ROLE:
            return e.unit.id
        if role == FOLD_ROLE:
            return self._folds[index.row()]
        if role == DEPTH_ROLE:
            return e.depth
        if role == PARENT_ROLE:
            return e.parent_name
        if role == VALID_ROLE:
            return e.state == "valid"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FoldFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose folded text contains every folded word typed (any order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.sort(0)  # best matches first (see lessThan)

    def set_text(self, text: str) -> None:
        words = fold(text.replace(OLD_SUFFIX.strip(), "").replace(FUTURE_SUFFIX.strip(), "")).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange()
        self.invalidate()

    def _rank(self, index: QModelIndex) -> int:
        """0: the name is what was typed; 1: the name starts with it; 2: the words are elsewhere."""
        if not self._words:
            return 2
        query = " ".join(self._words)
        name = fold(index.data(Qt.ItemDataRole.DisplayRole) or "").removesuffix(fold(OLD_SUFFIX)).strip()
        if name == query:
            return 0
        return 1 if name.startswith(query) else 2

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = self._rank(left), self._rank(right)
        return a < b if a != b else left.row() < right.row()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(FOLD_ROLE) or ""
        return all(w in key for w in self._words)


class UnitDelegate(QStyledItemDelegate):
    """Paints a unit with its tree indentation and/or its parent's name in grey after it."""

    def __init__(self, parent=None, indent: bool = True, show_parent: bool = False):
        super().__init__(parent)
        self.indent = indent
        self.show_parent = show_parent

    def _depth(self, index) -> int:
        return int(index.data(DEPTH_ROLE) or 0) if self.indent else 0

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRect(opt.rect)
        rect.setLeft(rect.left() + 4 + self._depth(index) * INDENT)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        if fg is not None and not selected:
            color = QColor(fg)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(color)
        fm = opt.fontMetrics
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        parent_name = index.data(PARENT_ROLE) if self.show_parent else ""
        if parent_name:
            own = fm.horizontalAdvance(text)
            avail = rect.width() - 8
            if own + fm.horizontalAdvance("  —  ") + 40 < avail:
                painter.drawText(rect, align, text)
                hint_rect = QRect(rect)
                hint_rect.setLeft(rect.left() + own)
                if not selected:
                    painter.setPen(QColor("#7a7a7a"))
                painter.drawText(hint_rect, align, fm.elidedText(f"  —  {parent_name}",
                                                                 Qt.TextElideMode.ElideRight, hint_rect.width()))
            else:
                painter.drawText(rect, align, fm.elidedText(text, Qt.TextElideMode.ElideRight, avail))
        else:
            painter.drawText(rect, align, fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 4))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        extra = self._depth(index) * INDENT + 8
        if self.show_parent and index.data(PARENT_ROLE):
            extra += option.fontMetrics.horizontalAdvance(f"  —  {index.data(PARENT_ROLE)}")
        return QSize(size.width() + extra, max(size.height(), option.fontMetrics.height() + 6))


def tree_entries(units: Iterable[Unit], on: date, show_old: bool = False,
                 keep: Iterable[int] = ()) -> list[UnitEntry]:
    """The units to offer on ``on`` in tree order: those valid then, plus (``show_old``) those that
    ended before it, plus the ids in ``keep`` whatever their dates."""
    units = list(units)
    by_id = {u.id: u for u in units}
    keep = set(keep)

    def state(u: Unit) -> str:
        if u.valid_on(on):
            return "valid"
        if u.valid_from is not None and u.valid_from > on:
            return "future"
        return "old"

    shown = [u for u in units if state(u) == "valid" or (show_old and state(u) == "old") or u.id in keep]
    shown_ids = {u.id for u in shown}
    children: dict[int | None, list[Unit]] = {}
    for u in shown:
        parent = u.parent_id if u.parent_id in shown_ids and u.parent_id != u.id else None
        children.setdefault(parent, []).append(u)
    for items in children.values():
        items.sort(key=lambda u: (state(u) != "valid", u.precedence, sort_key(u.name)))
    entries: list[UnitEntry] = []
    visited: set[int | None] = set()

    def walk(parent: int | None, depth: int) -> None:
        for u in children.get(parent, []):
            if u.id in visited:
                continue
            visited.add(u.id)
            p = by_id.get(u.parent_id)
            entries.append(UnitEntry(u, depth, p.name if p else "", state(u)))
            walk(u.id, depth + 1)

    walk(None, 0)
    for u in shown:  # parent cycles in bad data: still list every unit once
        if u.id not in visited:
            visited.add(u.id)
            p = by_id.get(u.parent_id)
            entries.append(UnitEntry(u, 0, p.name if p else "", state(u)))
    return entries


class UnitPicker(QWidget):
    """Searchable combo of units valid on a date; ``unit_id()`` / ``set_unit_id()``."""

    unitChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._units: list[Unit] = []
        self._on = date.today()
        self._current: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.setMaxVisibleItems(20)
        self.combo.lineEdit().setPlaceholderText("Gõ để tìm đơn vị (không dấu cũng được)…")
        self.combo.setAccessibleName("Đơn vị")
        self.show_old_check = QCheckBox("Hiện cả đơn vị cũ", self)
        self.show_old_check.setToolTip("Liệt kê cả các đơn vị đã giải thể, sáp nhập hoặc đổi tên trước ngày đăng ký")
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.show_old_check)
        self.setFocusProxy(self.combo)

        self.model = UnitListModel(self)
        self.combo.setModel(self.model)
        self.combo.setItemDelegate(UnitDelegate(self.combo, indent=True))
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.completer = QCompleter(self.proxy, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(15)
        self.completer.popup().setItemDelegate(UnitDelegate(self.completer.popup(), indent=False, show_parent=True))
        self.combo.setCompleter(self.completer)
        self.combo.setCurrentIndex(-1)

        self.combo.lineEdit().textEdited.connect(self.proxy.set_text)
        self.combo.lineEdit().editingFinished.connect(self.commit_text)
        self.combo.currentIndexChanged.connect(self._index_changed)
        self.show_old_check.toggled.connect(lambda _on: self._rebuild())

    # -- data -----------------------------------------------------------------------------------
    def set_units(self, units: Iterable[Unit]) -> None:
        """Every unit (old ones too): the picker shows those valid on the current date."""
        self._units = [u for u in units if u.id is not None]
        self._rebuild()

    def set_date(self, on: date | None) -> None:
        """Offer the units valid on ``on`` (``None``: keep the current date)."""
        if on is None or on == self._on:
            return
        self._on = on
        self._rebuild()

    def current_date(self) -> date:
        return self._on

    def set_show_old(self, on: bool) -> None:
        self.show_old_check.setChecked(on)

    def _rebuild(self) -> None:
        keep = [self._current] if self._current is not None else []
        entries = tree_entries(self._units, self._on, self.show_old_check.isChecked(), keep)
        self.combo.blockSignals(True)
        self.model.set_entries(entries)
        self.combo.setCurrentIndex(self.model.row_of(self._current))
        if self._current is None:
            self.combo.setEditText("")
        self.combo.blockSignals(False)
        fm = self.combo.fontMetrics()
        widest = max((fm.horizontalAdvance(e.text) + e.depth * INDENT for e in entries), default=200)
        self.combo.view().setMinimumWidth(min(widest + 48, 720))
        self.completer.popup().setMinimumWidth(min(widest + 160, 720))

    # -- value ----------------------------------------------------------------------------------
    def unit_id(self) -> int | None:
        return self._current

    def set_unit_id(self, unit_id: int | None) -> None:
        if unit_id == self._current and self.model.row_of(unit_id) == self.combo.currentIndex():
            return
        self._current = unit_id
        self._rebuild()
        self.unitChanged.emit(unit_id)

    def current_unit(self) -> Unit | None:
        row = self.model.row_of(self._current)
        return self.model.entry(row).unit if row >= 0 else None

    def is_current_valid(self) -> bool:
        row = self.model.row_of(self._current)
        return row >= 0 and self.model.entry(row).state == "valid"

    def _index_changed(self, row: int) -> None:
        new = self.model.entry(row).unit.id if row >= 0 else None
        if new != self._current:
            self._current = new
            self.unitChanged.emit(new)

    def commit_text(self) -> None:
        """Leaving the field: accept an exact or single match, otherwise show the chosen unit again."""
        if self.completer.popup().isVisible():
            return
        text = self.combo.currentText()
        if not text.strip():
            self.combo.setCurrentIndex(-1)
            self._index_changed(-1)
            return
        exact = [r for r in range(self.model.rowCount()) if fold(self.model.entry(r).text) == fold(text)
                 or fold(self.model.entry(r).unit.name) == fold(text)]
        if len(exact) == 1:
            self.combo.setCurrentIndex(exact[0])
        else:
            self.proxy.set_text(text)
            if self.proxy.rowCount() == 1:
                self.combo.setCurrentIndex(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
        row = self.model.row_of(self._current)
        self.combo.setEditText(self.model.entry(row).text if row >= 0 else "")
        self.proxy.set_text("")

    # -- search (what the completer offers) ---------------------------------------------------
    def matches(self, text: str) -> list[str]:
        """Names the picker offers for ``text`` (the completer's list), in order."""
        self.proxy.set_text(text)
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def offered_ids(self) -> list[int]:
        return [self.model.entry(r).unit.id for r in range(self.model.rowCount())]
