"""Table model over the initiatives registry: the database filters and sorts, the model pages.

The model holds only the ordered list of matching ids (30,000 ints) and fetches the visible rows
in pages of ``PAGE`` from SQLite, keeping a few pages cached.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vocab import InitiativeKind, Status, SubjectKind
from dvdesk.qtmodels.base import PagedIdModel, none_safe
from dvdesk.store.search import InitiativeFilter

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

# (key in the row dict / sort column, header)
COLUMNS = [
    ("code", "Mã"),
    ("name", "Tên mô hình, điển hình"),
    ("kind", "Loại"),
    ("unit_name", "Đơn vị"),
    ("year", "Năm"),
    ("field", "Lĩnh vực"),
    ("block", "Khối"),
    ("status", "Trạng thái"),
    ("person_name", "Người thực hiện"),
]


_KIND_LABELS = {(k.value, s.value): f"{k.label} ({s.label.lower()})" for k in InitiativeKind for s in SubjectKind}
_STATUS_LABELS = {s.value: s.label for s in Status}


def display_value(row: dict, key: str) -> str:
    """A registry cell as shown (and as exported: "Xuất danh sách đang xem"). The labels are looked
    up in plain dicts: this runs for every visible cell on every repaint."""
    value = row.get(key)
    if key == "kind":
        value = _KIND_LABELS.get((value, row["subject_kind"])) or (
            f"{InitiativeKind.label_of(value)} ({SubjectKind.label_of(row['subject_kind']).lower()})")
    elif key == "status":
        value = _STATUS_LABELS.get(value) or Status.label_of(value)
    return "" if value is None else str(value)


def view_rows(store, ids: list[int], progress=None, cancelled=None):
    """The rows of ``ids`` in that order, as shown (chunks of ``InitiativeTableModel.PAGE``)."""
    for start in range(0, len(ids), InitiativeTableModel.PAGE):
        if cancelled is not None and cancelled():
            raise DvdeskError("Đã hủy: tệp chưa được ghi.")
        for row in store.initiatives.rows_by_ids(ids[start:start + InitiativeTableModel.PAGE]):
            yield [display_value(row, key) for key, _ in COLUMNS]
        if progress is not None:
            progress(min(len(ids), start + InitiativeTableModel.PAGE), len(ids))


class InitiativeTableModel(PagedIdModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filter = InitiativeFilter()
        self.order: list[tuple[str, bool]] = [("code", True)]
        self.refresh()

    # -- data loading ---------------------------------------------------------------------------
    ID_CACHE = 4  # recent (filter, order) → ids, e.g. the unfiltered list the user comes back to

    def _query(self) -> list[int]:
        """The ids matching the filter, in order; the last few answers are kept while the database
        is unchanged (``data_version`` for other connections' commits, ``total_changes`` for ours),
        so clearing the search box back to a lone letter costs nothing."""
        conn = self.store.conn
        state = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        if state != getattr(self, "_cache_state", None):
            self._id_cache: OrderedDict[str, list[int]] = OrderedDict()
            self._cache_state = state
        key = repr((self.filter, self.order))
        ids = self._id_cache.get(key)
        if ids is None:
            ids = self.store.initiatives.search_ids(self.filter, self.order)
            self._id_cache[key] = ids
            while len(self._id_cache) > self.ID_CACHE:
                self._id_cache.popitem(last=False)
        else:
            self._id_cache.move_to_end(key)
        return ids

    def _fetch(self, ids: list[int]) -> list[dict]:
        return self.store.initiatives.rows_by_ids(ids)

    def column_count(self) -> int:
        return len(COLUMNS)

    def refresh(self) -> None:
        self.reset_ids()

    def reload(self, changed_ids: frozenset[int] | set[int] | None = None) -> None:
        """Records changed: query the ids again without a reset, so the view keeps its selection
        (persistent indexes follow their record) and its scroll position. ``changed_ids``: the
        records written (None: any may have changed)."""
        self.replace_ids(changed_ids)

    def set_filter(self, f: InitiativeFilter) -> None:
        self.filter = f
        self.refresh()

    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return COLUMNS[section][1]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    _TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), SORT_ROLE})
    _ALIGN_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
    _CENTER = int(Qt.AlignmentFlag.AlignCenter)
    _YEAR_COL = [k for k, _ in COLUMNS].index("year")

    @none_safe
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # a repaint asks every visible cell for a dozen roles: the ones we do not serve leave first
        if role not in self._TEXT_ROLES:
            if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self._ids):
                return self._ids[index.row()]
            if role == self._ALIGN_ROLE and index.column() == self._YEAR_COL:
                return self._CENTER
            return None
        r = index.row()
        if not index.isValid() or not (0 <= r < len(self._ids)):
            return None
        if role == SORT_ROLE:
            return r  # rows are already in the database's order
        return display_value(self._row(r), COLUMNS[index.column()][0])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        self.order = [(COLUMNS[column][0], order == Qt.SortOrder.AscendingOrder)]
        self.refresh()
