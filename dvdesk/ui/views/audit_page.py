"""Audit log screen: who changed what and when — overall, filtered, or for one record — with the
before/after values of every changed field, exportable to Excel (or CSV).

``AuditPage(store, parent)`` for the whole log; ``AuditPage(store, table=..., row_id=...)`` or
:func:`show_record_history` for one record's history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QVBoxLayout, QWidget

from dvdesk.domain.vntext import money_vn
from dvdesk.qtmodels.base import none_safe
from dvdesk.services.audit_format import ACTION_LABELS, LOG, when_vn
from dvdesk.services.audit_format import export_audit as write_audit
from dvdesk.services.files import ExportWriteError, TargetLockedError
from dvdesk.store.audit import AuditFilter, audit_count, audit_distinct, audit_query
from dvdesk.store.db import Store, connect
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_audit_page import Ui_AuditPage
from dvdesk.ui.widgets.list_toolbar import ListToolbar

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ["Thời gian", "Người dùng", "Thao tác", "Loại bản ghi", "Mã số", "Bản ghi", "Trường thay đổi"]


class AuditTableModel(QAbstractTableModel):
    """Audit entries as returned by :func:`dvdesk.store.audit.audit_query` (newest first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[dict] = []

    def set_entries(self, entries: list[dict]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @none_safe
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def _text(self, e: dict, col: int) -> str:
        if col == 0:
            return when_vn(e["at"], seconds=True)
        if col == 1:
            return e["user"]
        if col == 2:
            return LOG.action_label(e["action"])
        if col == 3:
            return LOG.table_label(e["table_name"])
        if col == 4:
            return "" if e["table_name"] == "settings" else str(e["row_id"])
        if col == 5:
            return LOG.record_label(e)
        return ", ".join(LOG.field_label(c) for c in LOG.shown_fields(e["changed"]))

    @none_safe
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return LOG.describe_change(e, max_len=200) or None
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def export_audit(db_path: Path, target: Path, f: AuditFilter) -> int:
    """Write the matching entries (all of them) to ``target`` (.xlsx, or .csv); own connection.
    Returns the number of entries. Raises :class:`ExportWriteError` subclasses."""
    store = Store(db_path, connect(db_path))
    try:
        return write_audit(store, target, f)
    finally:
        store.close()


class AuditPage(QWidget):
    LIMIT = 2000  # rows shown; the export always has every matching entry
    DEBOUNCE_MS = 250

    def __init__(self, store, parent=None, *, table: str | None = None, row_id: int | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.model = AuditTableModel(self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate([140, 110, 130, 150, 70, 320]):
            self.ui.table.setColumnWidth(col, width)
        self.ui.table.verticalHeader().setDefaultSectionSize(22)
        self.ui.splitter.setSizes([420, 160])
        self.record: tuple[str, int] | None = None
        self._export_job: workers.Job | None = None
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _=None: self._timer.start())
        for combo in (self.ui.tableCombo, self.ui.actionCombo, self.ui.userCombo):
            combo.currentIndexChanged.connect(self.reload)
        self.ui.clearButton.clicked.connect(self.clear_filters)
        self.ui.exportButton.clicked.connect(self.export)
        self.toolbar = ListToolbar(self, None)
        self.toolbar.add("export", self.export, tip="Xuất mọi dòng nhật ký thỏa bộ lọc ra tệp Excel (hoặc CSV)")
        self.ui.exportButton.hide()
        self.ui.pageLayout.insertWidget(1, self.toolbar)
        self.ui.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.table.addAction(self.toolbar.actions_by_key["export"])
        self.ui.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self._fill_combos()
        if table is not None and row_id is not None:
            self.set_record(table, row_id)
        else:
            self.reload()

    def _fill_combos(self) -> None:
        u = self.ui
        for combo in (u.tableCombo, u.actionCombo, u.userCombo):
            combo.blockSignals(True)
            combo.clear()
        u.tableCombo.addItem("Mọi loại bản ghi", None)
        tables = audit_distinct(self.store, "table_name")
        for t in sorted(tables, key=LOG.table_label):
            u.tableCombo.addItem(LOG.table_label(t), t)
        u.actionCombo.addItem("Mọi thao tác", None)
        for code, label in ACTION_LABELS.items():
            u.actionCombo.addItem(label, code)
        u.userCombo.addItem("Mọi người dùng", None)
        for user in audit_distinct(self.store, "user"):
            u.userCombo.addItem(user, user)
        for combo in (u.tableCombo, u.actionCombo, u.userCombo):
            combo.blockSignals(False)

    def set_record(self, table: str, row_id: int) -> None:
        """Show one record's history (the table filter is fixed)."""
        self.record = (table, int(row_id))
        self.ui.tableCombo.setVisible(False)
        self.ui.titleLabel.setText(f"Lịch sử thay đổi: {LOG.table_label(table)} mã số {row_id}")
        self.reload()

    def current_filter(self) -> AuditFilter:
        u = self.ui
        table, row_id = self.record if self.record else (u.tableCombo.currentData(), None)
        return AuditFilter(table=table, row_id=row_id, user=u.userCombo.currentData(),
                           action=u.actionCombo.currentData(), text=u.searchEdit.text().strip())

    def reload(self) -> None:
        f = self.current_filter()
        entries = audit_query(self.store, f, limit=self.LIMIT)
        total = audit_count(self.store, f) if len(entries) >= self.LIMIT else len(entries)
        self.model.set_entries(entries)
        if total > len(entries):
            text = f"{money_vn(len(entries))} thay đổi mới nhất / {money_vn(total)} (xuất Excel để có đủ)"
        else:
            text = f"{money_vn(total)} thay đổi"
        self.ui.countLabel.setText(text)
        if entries:
            self.ui.table.selectRow(0)
        else:
            self.ui.detailText.setPlainText("")

    def clear_filters(self) -> None:
        for combo in (self.ui.tableCombo, self.ui.actionCombo, self.ui.userCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.reload()

    def _show_detail(self, index) -> None:
        e = index.data(ENTRY_ROLE) if index.isValid() else None
        if e is None:
            self.ui.detailText.setPlainText("")
            return
        self.ui.detailText.setPlainText(LOG.detail_text(e))

    # -- export -------------------------------------------------------------------------------
    @property
    def exporting(self) -> bool:
        return self._export_job is not None

    def ask_save_path(self) -> str:
        """The file to export to ("" = cancelled); tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, "Xuất nhật ký thay đổi", "nhat-ky-thay-doi.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv)")
        return path

    def export(self, target: str | Path | None = None) -> None:
        target = target or self.ask_save_path()
        if not target:
            return
        target = Path(target)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        db_path, f = Path(self.store.path), self.current_filter()

        def job(_ctx):
            try:
                return ("ok", export_audit(db_path, target, f), target)
            except TargetLockedError as exc:
                return ("locked", str(exc), exc.suggestion)
            except ExportWriteError as exc:
                return ("error", str(exc), None)

        self.ui.exportButton.setEnabled(False)
        self.toolbar.actions_by_key["export"].setEnabled(False)
        self._export_job = workers.Job(job)  # connected before it starts: a quick job reports at once
        self._export_job.signals.finished.connect(self._export_done)
        self._export_job.signals.failed.connect(lambda msg, _d: self._export_done(("error", msg, None)))
        QThreadPool.globalInstance().start(self._export_job)

    def _export_done(self, result) -> None:
        self._export_job = None
        self.ui.exportButton.setEnabled(True)
        self.toolbar.actions_by_key["export"].setEnabled(True)
        kind, value, extra = result
        if kind == "ok":
            Asker.inform(self, "Xuất nhật ký", f"Đã xuất {money_vn(value)} thay đổi vào:\n{extra}")
        elif kind == "locked" and extra is not None:
            if Asker.confirm(self, "Tệp đang được mở", f"{value}\n\nLưu với tên \"{extra.name}\"?"):
                self.export(extra)
        else:
            Asker.error(self, "Không xuất được nhật ký", value)


def show_record_history(store, table: str, row_id: int, parent=None) -> QDialog:
    """A non-modal window with one record's history (for a "Lịch sử thay đổi" button)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Lịch sử thay đổi")
    layout = QVBoxLayout(dialog)
    layout.addWidget(AuditPage(store, dialog, table=table, row_id=row_id))
    dialog.resize(900, 560)
    dialog.show()
    return dialog
