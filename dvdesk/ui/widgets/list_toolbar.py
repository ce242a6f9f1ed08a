"""The toolbar of a list page (Thêm mới, Sửa, Xóa, In, Xuất Excel, Nhập) and the same actions in
the table's context menu.

A page adds only the actions that make sense for it (no disabled stubs)::

    bar = ListToolbar(self, table)
    bar.add("new", self.add_new)
    bar.add("edit", self.edit_selected)          # enabled with exactly one selected row
    bar.add("delete", self.trash_selected)       # enabled with a selection
    layout.insertWidget(1, bar)

Icons come from qtawesome (icon fonts shipped inside the package: nothing is fetched from the
network); without it the actions keep their text.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QWidget


@dataclass(frozen=True)
class ActionSpec:
    text: str
    icon: str  # qtawesome name
    tip: str
    selection: str = ""  # "": always enabled; "one": exactly one row; "any": at least one row
    color: str = "#1f5fa8"


STANDARD: dict[str, ActionSpec] = {
    "new": ActionSpec("Thêm mới", "fa5s.plus-circle", "Thêm bản ghi mới", color="#3a9a4b"),
    "edit": ActionSpec("Sửa", "fa5s.edit", "Sửa bản ghi đang chọn (hoặc bấm đúp vào dòng)", "one"),
    "delete": ActionSpec("Xóa", "fa5s.trash-alt", "Chuyển các bản ghi đang chọn vào thùng rác (Del)", "any",
                         color="#b8312f"),
    "restore": ActionSpec("Khôi phục", "fa5s.undo", "Khôi phục các bản ghi đang chọn", "any", color="#3a9a4b"),
    "print": ActionSpec("In", "fa5s.print", "In danh sách đang xem (tệp PDF đúng thể thức)"),
    "export": ActionSpec("Xuất Excel", "fa5s.file-excel", "Xuất danh sách đang xem ra tệp Excel", color="#1d6f42"),
    "import": ActionSpec("Nhập", "fa5s.file-import", "Nhập từ tệp Excel"),
    "refresh": ActionSpec("Làm mới", "fa5s.sync-alt", "Đọc lại dữ liệu (F5)"),
}


def icon(name: str, color: str = "#1f5fa8") -> QIcon:
    """An icon of the bundled icon fonts (an empty icon if they cannot be loaded)."""
    os.environ.setdefault("QT_API", "pyside6")
    try:
        import qtawesome

        return qtawesome.icon(name, color=color)
    except Exception:  # an icon is never worth a crash
        return QIcon()


class ListToolbar(QToolBar):
    """Standard list actions with icons and text; ``actions_by_key[key]`` is the QAction."""

    def __init__(self, page: QWidget, view: QAbstractItemView | None = None, *, edit_on_double_click: bool = True):
        super().__init__(page)
        self.setObjectName("listToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(self.iconSize().scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio))
        self.view = view
        self.actions_by_key: dict[str, QAction] = {}
        self._selection: dict[str, str] = {}
        if view is not None:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._context_menu)
            if view.selectionModel() is not None:
                view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
            if edit_on_double_click:
                view.doubleClicked.connect(lambda _i: self._trigger("edit"))

    def add(self, key: str, handler: Callable[[], object], *, text: str | None = None, tip: str | None = None,
            icon_name: str | None = None, selection: str | None = None, shortcut: str | None = None) -> QAction:
        spec = STANDARD.get(key) or ActionSpec(text or key, icon_name or "fa5s.circle", tip or "")
        action = QAction(icon(icon_name or spec.icon, spec.color), text or spec.text, self)
        action.setObjectName(f"action_{key}")
        action.setToolTip(tip or spec.tip)
        action.setStatusTip(tip or spec.tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.parentWidget().addAction(action)
        action.triggered.connect(lambda _checked=False: handler())
        self.addAction(action)
        self.actions_by_key[key] = action
        self._selection[key] = spec.selection if selection is None else selection
        self.update_enabled()
        return action

    def add_separator(self) -> None:
        self.addSeparator()

    def _selected_rows(self) -> int:
        if self.view is None or self.view.selectionModel() is None:
            return 0
        return len(self.view.selectionModel().selectedRows())

    def update_enabled(self) -> None:
        n = self._selected_rows()
        for key, action in self.actions_by_key.items():
            need = self._selection[key]
            action.setEnabled(n == 1 if need == "one" else n > 0 if need == "any" else True)

    def _trigger(self, key: str) -> None:
        action = self.actions_by_key.get(key)
        if action is not None:
            self.update_enabled()
            if action.isEnabled():
                action.trigger()

    def context_menu(self) -> QMenu:
        """The same actions as the toolbar, for a right click on the table."""
        self.update_enabled()
        menu = QMenu(self.view or self)
        for action in self.actions():
            if action.isSeparator():
                menu.addSeparator()
            elif action in self.actions_by_key.values():
                menu.addAction(action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        if self.view is None:
            return
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            self.view.selectRow(index.row())
        self.context_menu().exec(self.view.viewport().mapToGlobal(pos))
