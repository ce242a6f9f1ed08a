"""Thùng rác: every soft-deleted record, with restore and (asked twice) permanent deletion.

A multi-row restore or purge is one user action: it runs in one transaction, so either every
chosen record is restored/purged or none is (the refusal names the record that blocked it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from dvdesk.domain.entities import TrashItem
from dvdesk.domain.errors import DvdeskError, InUseError
from dvdesk.domain.vntext import money_vn
from dvdesk.qtmodels.trash import TrashTableModel
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_trash_page import Ui_TrashPage
from dvdesk.ui.widgets.list_toolbar import ListToolbar


def _describe(item: TrashItem) -> str:
    return f"{item.kind_label} \"{item.label}\"" if item.label else item.kind_label


class TrashPage(QWidget):
    """The "Thùng rác" screen. ``changed`` is emitted after a restore or a purge."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_TrashPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = TrashTableModel(store, self)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        ui.table.verticalHeader().setDefaultSectionSize(24)
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.purgeButton.clicked.connect(self.purge_selected)
        ui.refreshButton.clicked.connect(self.refresh)
        # the list toolbar (and the same actions on a right click) replaces the buttons
        self.toolbar = ListToolbar(self, ui.table, edit_on_double_click=False)
        self.toolbar.add("restore", self.restore_selected)
        self.toolbar.add("delete", self.purge_selected, text="Xóa vĩnh viễn",
                         tip="Xóa vĩnh viễn các bản ghi đang chọn (hỏi lại hai lần; không khôi phục được)")
        self.toolbar.add_separator()
        self.toolbar.add("refresh", self.refresh, tip="Đọc lại thùng rác")
        for button in (ui.restoreButton, ui.purgeButton, ui.refreshButton):
            button.hide()
        ui.pageLayout.insertWidget(2, self.toolbar)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_buttons()

    def selected_items(self) -> list[TrashItem]:
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()})
        return [it for it in (self.model.item(r) for r in rows) if it is not None]

    def select_rows(self, rows: list[int]) -> None:
        """Select the given rows (replacing the selection)."""
        table = self.ui.table
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(table.SelectionMode.MultiSelection)
        for r in rows:
            table.selectRow(r)
        table.setSelectionMode(mode)

    def _update_buttons(self) -> None:
        n = len(self.selected_items())
        ui = self.ui
        ui.restoreButton.setEnabled(n > 0)
        ui.purgeButton.setEnabled(n > 0)
        if hasattr(self, "toolbar"):
            self.toolbar.update_enabled()
        total = self.model.rowCount()
        text = f"{money_vn(total)} bản ghi trong thùng rác" if total else "Thùng rác trống"
        if n:
            text = f"Đã chọn {money_vn(n)} / {text}"
        ui.countLabel.setText(text)

    def restore_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        try:
            with self.store.tx():  # one user action, all or nothing
                for it in items:
                    self.store.trash.restore(it.table_name, it.row_id)
        except DvdeskError as exc:
            Asker.error(self, "Không khôi phục được", f"{exc}\nChưa có bản ghi nào được khôi phục.")
            self.refresh()
            return
        self.refresh()
        self.changed.emit()

    def purge_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        what = _describe(items[0]) if len(items) == 1 else f"{money_vn(len(items))} bản ghi đã chọn"
        if not Asker.confirm(self, "Xóa vĩnh viễn",
                             f"Xóa vĩnh viễn {what}?\nBản ghi bị xóa vĩnh viễn không khôi phục được "
                             "(trừ khi lấy lại từ bản sao lưu)."):
            return
        if not Asker.confirm(self, "Xác nhận lần cuối",
                             f"Xác nhận lần cuối: xóa vĩnh viễn {money_vn(len(items))} bản ghi khỏi cơ sở dữ liệu. "
                             "Thao tác này không hoàn tác được."):
            return
        current: TrashItem | None = None
        try:
            with self.store.tx():  # one user action, all or nothing
                for it in items:
                    current = it
                    self.store.trash.purge(it.table_name, it.row_id)
        except InUseError as exc:
            who = f" ({_describe(current)})" if current is not None and len(items) > 1 else ""
            Asker.error(self, "Không xóa vĩnh viễn được",
                        f"{exc}{who}\nChưa có bản ghi nào bị xóa.")
            self.refresh()
            return
        except DvdeskError as exc:
            Asker.error(self, "Không xóa vĩnh viễn được", f"{exc}\nChưa có bản ghi nào bị xóa.")
            self.refresh()
            return
        self.refresh()
        self.changed.emit()
