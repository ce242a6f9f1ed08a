"""Table model over the trash (Thùng rác): every soft-deleted row of every table."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dvdesk.domain.entities import TrashItem
from dvdesk.domain.vntext import sort_key
from dvdesk.qtmodels.base import none_safe

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ["Loại", "Nội dung", "Ngày xóa"]


def deleted_at_vn(stamp: str | None) -> str:
    """"2026-01-05T14:03:09" -> "05/01/2026 14:03" (what the clerk reads)."""
    if not stamp:
        return ""
    try:
        dt = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{dt:%d/%m/%Y %H:%M}"


class TrashTableModel(QAbstractTableModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._items: list[TrashItem] = []
        self._order: tuple[int, Qt.SortOrder] = (2, Qt.SortOrder.DescendingOrder)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._items = self.store.trash.list()  # newest first
        self._apply_order()
        self.endResetModel()

    def item(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[TrashItem]:
        return list(self._items)

    def _key(self, item: TrashItem, column: int):
        if column == 0:
            return (sort_key(item.kind_label), item.deleted_at)
        if column == 1:
            return sort_key(item.label or "")
        return (item.deleted_at or "", item.table_name, item.row_id)

    def _apply_order(self) -> None:
        column, order = self._order
        self._items.sort(key=lambda it: self._key(it, column), reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt API ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return COLUMNS[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [item.kind_label, item.label or "", deleted_at_vn(item.deleted_at)][col]
        if role == SORT_ROLE:
            return self._key(item, col)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(idx.column(), self._items[idx.row()]) for idx in old]
        self._order = (column, order)
        self._apply_order()
        rows = {id(it): r for r, it in enumerate(self._items)}
        self.changePersistentIndexList(old, [self.index(rows[id(it)], c) for c, it in held])
        self.layoutChanged.emit()
