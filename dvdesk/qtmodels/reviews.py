"""Table model of a milestone's review grid: the models in scope with their review, editable inline.

Like the registry's model it holds only the ordered ids (30,000 ints) and fetches the visible rows in
pages from SQLite (:class:`dvdesk.store.reviews.ReviewBook`). An edit is saved at once through the
book (one small transaction on the GUI store, so the runner's ``changed`` signal reports it); an
edit the funnel rules refuse is not written and ``refused(message)`` carries the Vietnamese reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.labels import field_label
from dvdesk.domain.vntext import date_vn
from dvdesk.domain.vocab import Level, Rating, SubjectKind
from dvdesk.qtmodels.base import PagedIdModel, none_safe
from dvdesk.store.reviews import ReviewFilter

ID_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored value of a cell (a code, an id, a bool, a date)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4  # [(label, code)] a combo offers for the cell

# (key, header, sort column or None, editable kind: None | "combo" | "check" | "text" | "date")
COLUMNS = [
    ("code", "Mã", "code", None),
    ("name", "Tên mô hình, điển hình", "name", None),
    ("unit_name", "Đơn vị", "unit_name", None),
    ("subject_kind", "Đối tượng", "subject_kind", None),
    ("rating", field_label("rating"), "rating", "combo"),
    ("recognized", "Công nhận", "recognized", "check"),
    ("recognition_level", field_label("recognition_level"), None, "combo"),
    ("recognition_decision", "Số QĐ công nhận", None, "text"),
    ("recognition_date", field_label("recognition_date"), None, "date"),
    ("exemplary", field_label("exemplary"), "exemplary", "check"),
    ("proposed_form_id", "Đề nghị khen thưởng", "proposed_form", "combo"),
    ("summary", field_label("summary", "reviews"), "summary", "text"),
]
KEYS = [c[0] for c in COLUMNS]


def column(key: str) -> int:
    return KEYS.index(key)


class ReviewTableModel(PagedIdModel):

    refused = Signal(str)  # an edit was not saved: the reason, in Vietnamese
    saved = Signal(int)  # an initiative's review was saved inline

    def __init__(self, store, milestone_id: int | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.book = store.reviews.book
        self.milestone_id = milestone_id
        self.filter = ReviewFilter()
        self.order: list[tuple[str, bool]] = [("code", True)]
        self._forms: list[tuple[str, int]] = []
        self.refresh()

    # -- data loading ---------------------------------------------------------------------------
    def _query(self) -> list[int]:
        if self.milestone_id is None:
            return []
        return self.book.grid_ids(self.milestone_id, self.filter, self.order)

    def _load_forms(self) -> None:
        self._forms = [(f.name, f.id) for f in self.store.award_forms.list()]

    def _fetch(self, ids: list[int]) -> list[dict]:
        return self.book.rows_by_ids(self.milestone_id, ids)

    def column_count(self) -> int:
        return len(COLUMNS)

    def refresh(self) -> None:
        self._load_forms()
        self.reset_ids()

    def set_milestone(self, milestone_id: int | None) -> None:
        self.milestone_id = milestone_id
        self.refresh()

    def set_filter(self, f: ReviewFilter) -> None:
        self.filter = f
        self.refresh()

    def reload(self) -> None:
        """Something changed: query the ids again without a reset (selection and scroll stay)."""
        self._load_forms()
        self.replace_ids(None)

    def row_data(self, row: int) -> dict:
        return self._row(row)

    def row_of(self, initiative_id: int) -> int | None:
        try:
            return self._ids.index(initiative_id)
        except ValueError:
            return None

    def choices(self, key: str) -> list[tuple[str, object]]:
        if key == "rating":
            return [("(chưa xếp loại)", None), *((r.label, r.value) for r in Rating)]
        if key == "recognition_level":
            return [("(không)", None), *((lv.label, lv.value) for lv in Level)]
        if key == "proposed_form_id":
            return [("(không đề nghị)", None), *self._forms]
        return []

    # -- Qt API ---------------------------------------------------------------------------------
    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return COLUMNS[section][1]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = COLUMNS[index.column()][3]
        if kind == "check":
            f |= Qt.ItemFlag.ItemIsUserCheckable
        elif kind is not None:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _display(self, key: str, row: dict) -> str:
        value = row.get(key)
        if key == "subject_kind":
            return SubjectKind.label_of(value)
        if key == "rating":
            return Rating.label_of(value) if value else ""
        if key == "recognition_level":
            return Level.label_of(value) if value else ""
        if key == "recognition_date":
            return date_vn(date.fromisoformat(value)) if value else ""
        if key == "proposed_form_id":
            return row.get("proposed_form") or ""
        if key in ("recognized", "exemplary"):
            return ""
        return "" if value is None else str(value)

    @none_safe
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        key, _, _, kind = COLUMNS[index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == CHOICES_ROLE:
            return self.choices(key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if kind == "check" else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.CheckStateRole, CODE_ROLE):
            return None
        row = self.row_data(index.row())
        if role == Qt.ItemDataRole.CheckStateRole:
            if kind != "check":
                return None
            return Qt.CheckState.Checked if row.get(key) else Qt.CheckState.Unchecked
        if role == CODE_ROLE:
            v = row.get(key)
            if key == "recognition_date" and v:
                return date.fromisoformat(v)
            return bool(v) if kind == "check" else v
        if role == Qt.ItemDataRole.EditRole and kind == "text":
            return row.get(key) or ""
        if role == Qt.ItemDataRole.ToolTipRole and key not in ("name", "summary", "unit_name", "proposed_form_id"):
            return None
        return self._display(key, row)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return False
        key, _, _, kind = COLUMNS[index.column()]
        if kind is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and kind == "check":
            value = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        elif role not in (Qt.ItemDataRole.EditRole, CODE_ROLE):
            return False
        if kind == "text":
            value = "" if value is None else str(value)
        return self.save(index.row(), {key: value})

    def save(self, row: int, values: dict) -> bool:
        """Save ``values`` on the review of the model at ``row``; False (and ``refused``) when refused."""
        iid = self._ids[row]
        try:
            self.book.save(self.milestone_id, iid, values)
        except DvdeskError as exc:
            self.refused.emit(str(exc))
            return False
        self._pages.pop(row // self.PAGE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.saved.emit(iid)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)) or COLUMNS[column][2] is None:
            return
        self.order = [(COLUMNS[column][2], order == Qt.SortOrder.AscendingOrder)]
        self.refresh()
