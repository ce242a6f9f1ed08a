"""Ctrl+F: one search over initiatives and award recipients, results grouped by kind, best first.

The search runs as one types (debounced); Enter (or a double-click) opens the chosen record: an
initiative in its registration dialog, an award on the person's page. The openers are injected, so
the window decides how a record opens (and tests can record it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.vntext import date_vn
from dvdesk.domain.vocab import InitiativeKind
from dvdesk.store.people import AwardHit, InitiativeHit, SearchResults, search_people

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Mã, số quyết định", "Tên mô hình, điển hình / Người được khen", "Người thực hiện / Chức vụ",
           "Đơn vị", "Năm / Ngày ký")
GROUP_INITIATIVES = "Mô hình, điển hình"
GROUP_AWARDS = "Khen thưởng"


def _iso_vn(iso: str) -> str:
    try:
        return date_vn(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso or ""


class SearchDialog(QDialog):
    DEBOUNCE_MS = 250
    LIMIT = 25  # of each kind: both groups fit on a laptop screen; typing more narrows them

    def __init__(self, store, parent: QWidget | None = None, *,
                 open_initiative: Callable[[int], Any] | None = None,
                 open_award: Callable[[AwardHit], Any] | None = None):
        super().__init__(parent)
        self.store = store
        self.open_initiative = open_initiative
        self.open_award = open_award
        self.results = SearchResults("")
        self.setWindowTitle("Tìm kiếm mô hình, điển hình và người được khen thưởng")
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Họ tên, tên mô hình, mã, đơn vị, số quyết định… (gõ không dấu cũng được)")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Nội dung tìm kiếm")
        layout.addWidget(self.edit)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName("Kết quả tìm kiếm")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((140, 420, 220, 200, 100)):
            self.tree.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        self.status = QLabel("Gõ họ tên, tên mô hình, mã hoặc số quyết định để tìm.")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _=None: self._timer.start())
        self.edit.returnPressed.connect(self.open_current)
        self.edit.installEventFilter(self)
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))

    # -- searching --------------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        self.results = search_people(self.store, self.edit.text(), limit=self.LIMIT)
        self._fill()

    def _fill(self) -> None:
        r = self.results
        self.tree.clear()
        first = None
        groups = ((GROUP_INITIATIVES, r.initiatives, r.initiative_total, self._initiative_item),
                  (GROUP_AWARDS, r.awards, r.award_total, self._award_item))
        for title, hits, total, make in groups:
            if not hits:
                continue
            shown = f"{title} ({total})" if total <= len(hits) else f"{title} ({len(hits)} đầu tiên / {total})"
            group = QTreeWidgetItem(self.tree, [shown])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for hit in hits:
                item = make(group, hit)
                first = first or item
            group.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)
        if not r.query.strip():
            self.status.setText("Gõ họ tên, tên mô hình, mã hoặc số quyết định để tìm.")
        elif not r:
            self.status.setText(f"Không tìm thấy kết quả nào cho “{r.query}”.")
        else:
            self.status.setText(f"Tìm thấy {r.initiative_total} mô hình, điển hình và {r.award_total} lượt khen "
                                "thưởng. Enter: mở mục đang chọn; ↑↓: chọn mục khác.")

    def _initiative_item(self, group: QTreeWidgetItem, h: InitiativeHit) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [h.code, h.name, h.person_name, h.unit_name, str(h.year)])
        item.setToolTip(1, f"{InitiativeKind.label_of(h.kind)}: {h.name}")
        item.setData(0, HIT_ROLE, h)
        return item

    def _award_item(self, group: QTreeWidgetItem, h: AwardHit) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [h.decision_number, h.recipient_name, h.position, h.unit_text,
                                       _iso_vn(h.signed_on)])
        item.setToolTip(1, f"{h.recipient_name} — {h.form_name}")
        item.setData(0, HIT_ROLE, h)
        return item

    # -- opening ----------------------------------------------------------------------------------
    def hit_items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            items += [group.child(n) for n in range(group.childCount())]
        return items

    def open_current(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now, then open the best match
            self.run_search()
        item = self.tree.currentItem()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, InitiativeHit) and self.open_initiative is not None:
            self.open_initiative(hit.id)
        elif isinstance(hit, AwardHit) and self.open_award is not None:
            self.open_award(hit)

    def _move(self, step: int) -> None:
        items = self.hit_items()
        if not items:
            return
        current = self.tree.currentItem()
        n = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, n + step))])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """↑/↓ in the box move through the results (the focus stays in the box)."""
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(10 if key == Qt.Key.Key_PageDown else -10)
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # never "click" a default button
            return  # (the box opens on returnPressed, the list on itemActivated)
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.edit.setFocus()
        self.edit.selectAll()
