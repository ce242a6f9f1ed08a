"""The "Khen thưởng" screen: award decisions with filters (phase, milestone, issuer, award form,
year), their counts and totals; new / edit (the decision editor) / to the trash; preview, print or
export a decision's list.
``add_from_registry(ids)`` gives the registry's selected initiatives to the open editor (or a new
decision)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import money_vn
from dvdesk.qtmodels.awards import DecisionListModel
from dvdesk.qtmodels.catalogs import ID_ROLE
from dvdesk.store.awarding import DecisionFilter
from dvdesk.store.changes import Changes
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.decision_dialog import DecisionDialog, preview_decision
from dvdesk.ui.views.preview_dialog import PreviewDialog


class AwardsPage(QWidget):
    TABLES = ("decisions", "awards", "issuers", "award_forms", "milestones", "phases")

    def __init__(self, store, runner=None, parent=None):
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.editor: DecisionDialog | None = None
        self.dialog_hook = None  # tests: called with the editor instead of showing it modally
        self.preview_options: dict = {}  # tests: choose_file / choose_printer of the preview window
        self.preview: PreviewDialog | None = None
        title = QLabel("Quyết định khen thưởng")
        title.setStyleSheet("font-size: 15px; font-weight: bold")
        self.phaseCombo, self.milestoneCombo = QComboBox(), QComboBox()
        self.issuerCombo, self.formCombo, self.yearCombo = QComboBox(), QComboBox(), QComboBox()
        filters = QHBoxLayout()
        for label, combo in (("Giai đoạn:", self.phaseCombo), ("Kỳ:", self.milestoneCombo),
                             ("Cơ quan ban hành:", self.issuerCombo), ("Hình thức:", self.formCombo),
                             ("Năm:", self.yearCombo)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.clearButton = QPushButton("Bỏ lọc")
        filters.addWidget(self.clearButton)
        self.model = DecisionListModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        h = self.table.horizontalHeader()
        for c, w in enumerate((130, 82, 300, 280, 190, 62, 62, 130)):
            h.resizeSection(c, w)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summaryLabel = QLabel()
        buttons = QHBoxLayout()
        self.newButton = QPushButton("Quyết định mới…")
        self.newButton.setToolTip("Tạo quyết định khen thưởng mới (Insert)")
        self.editButton = QPushButton("Mở…")
        self.editButton.setToolTip("Mở quyết định đã chọn (Enter hoặc nhấp đúp)")
        self.deleteButton = QPushButton("Xóa…")
        self.deleteButton.setToolTip("Đưa quyết định đã chọn và danh sách của nó vào thùng rác (Delete)")
        self.previewButton = QPushButton("Xem trước, in quyết định…")
        self.previewButton.setToolTip("Xem danh sách kèm theo quyết định đã chọn, rồi in hoặc lưu (Ctrl+Shift+P)")
        self.exportButton = QPushButton("Xuất danh sách…")
        self.exportButton.setToolTip("Xuất danh sách kèm theo quyết định đã chọn ra Excel hoặc PDF")
        for b in (self.newButton, self.editButton, self.deleteButton, self.previewButton, self.exportButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # the totals line may wrap rather than widen the window past 1366 px
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setMinimumWidth(220)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.summaryLabel, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)

        self._fill_filters()
        for combo in (self.phaseCombo, self.milestoneCombo, self.issuerCombo, self.formCombo, self.yearCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.phaseCombo.currentIndexChanged.connect(lambda _i: self._fill_milestones())
        self.clearButton.clicked.connect(self.clear_filters)
        self.newButton.clicked.connect(lambda: self.open_decision(None))
        self.editButton.clicked.connect(lambda: self.open_decision(self.current_id()))
        self.deleteButton.clicked.connect(self.delete_current)
        self.exportButton.clicked.connect(lambda: self.export_current())
        self.previewButton.clicked.connect(lambda: self.preview_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=lambda: self.preview_current(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.doubleClicked.connect(lambda idx: self.open_decision(idx.data(ID_ROLE)))
        for key, slot in (("Insert", lambda: self.open_decision(None)),
                          ("Return", lambda: self.open_decision(self.current_id())),
                          ("Delete", self.delete_current)):
            sc = QShortcut(QKeySequence(key), self.table, activated=slot)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    # -- filters -----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        """(Re)fill the filter lists, keeping what is chosen."""
        s = self.store
        combos = (self.phaseCombo, self.issuerCombo, self.formCombo, self.yearCombo)
        keep = [c.currentData() for c in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("Tất cả", None)
        for p in s.phases.list():
            self.phaseCombo.addItem(p.name, p.id)
        for i in s.issuers.bodies(date.today()):
            self.issuerCombo.addItem(i.authority or i.name, i.body)
        for f in s.award_forms.list():
            self.formCombo.addItem(f.name, f.id)
        years = [r[0] for r in s.conn.execute("SELECT DISTINCT CAST(substr(signed_on, 1, 4) AS INTEGER) y FROM "
                                              "decisions WHERE deleted_at IS NULL ORDER BY y DESC")]
        for y in years:
            self.yearCombo.addItem(str(y), y)
        for combo, value in zip(combos, keep, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._fill_milestones()

    def _fill_milestones(self) -> None:
        keep = self.milestoneCombo.currentData()
        self.milestoneCombo.blockSignals(True)
        self.milestoneCombo.clear()
        self.milestoneCombo.addItem("Tất cả", None)
        for m in self.store.phases.milestones(self.phaseCombo.currentData()):
            self.milestoneCombo.addItem(m.name, m.id)
        self.milestoneCombo.setCurrentIndex(max(0, self.milestoneCombo.findData(keep)))
        self.milestoneCombo.blockSignals(False)

    def current_filter(self) -> DecisionFilter:
        return DecisionFilter(phase_id=self.phaseCombo.currentData(), milestone_id=self.milestoneCombo.currentData(),
                              issuer_body=self.issuerCombo.currentData(), form_id=self.formCombo.currentData(),
                              year=self.yearCombo.currentData())

    def set_filter(self, **kw) -> None:
        combos = {"phase_id": self.phaseCombo, "milestone_id": self.milestoneCombo, "issuer_body": self.issuerCombo,
                  "form_id": self.formCombo, "year": self.yearCombo}
        for key, value in kw.items():
            combo = combos[key]
            if key == "phase_id":
                combo.setCurrentIndex(max(0, combo.findData(value)))
                self._fill_milestones()
            else:
                combo.setCurrentIndex(max(0, combo.findData(value)))
        self.reload()

    def clear_filters(self) -> None:
        for combo in (self.phaseCombo, self.milestoneCombo, self.issuerCombo, self.formCombo, self.yearCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_milestones()
        self.reload()

    # -- content -----------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_id()
        self.model.filter = self.current_filter()
        self.model.refresh()
        row = self.model.row_of_id(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        n, col, ind, total = self.model.totals()
        self.summaryLabel.setText(f"{n} quyết định — {col} tập thể, {ind} cá nhân — tổng tiền: "
                                  f"{money_vn(total)} đồng")

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("issuers", "award_forms", "phases", "milestones", "decisions"):
            self._fill_filters()
        self.reload()

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_id(idx.row()) if idx.isValid() else None

    # -- actions -----------------------------------------------------------------------------------
    def _show(self, dlg: DecisionDialog) -> None:
        self.editor = dlg
        try:
            if self.dialog_hook is not None:
                self.dialog_hook(dlg)
            else:
                dlg.exec()
        finally:
            self.editor = None
            dlg.deleteLater()
            self.reload()

    def open_decision(self, decision_id: int | None, initiative_ids: list[int] | None = None) -> DecisionDialog | None:
        try:
            dlg = DecisionDialog(self.store, self.runner, decision_id, self)
        except DvdeskError as exc:
            Asker.error(self, "Không mở được quyết định", str(exc))
            return None
        if initiative_ids:
            dlg.add_initiatives(initiative_ids)
        self._show(dlg)
        return dlg

    def add_from_registry(self, ids: list[int]) -> int:
        """The registry's selected initiatives as recipients: into the open editor, or a new decision."""
        if not ids:
            return 0
        if self.editor is not None:
            return self.editor.add_initiatives(ids)
        self.open_decision(None, initiative_ids=ids)
        return len(ids)

    def delete_current(self) -> None:
        did = self.current_id()
        if did is None:
            return
        d = self.store.decisions.get(did)
        n = self.store.decisions.usage_count(did)
        if not Asker.confirm(self, "Xóa quyết định", f"Đưa Quyết định số {d.number} và danh sách {n} tập thể, cá "
                                                     "nhân của nó vào thùng rác?"):
            return

        def op(store, _ctx):
            store.awarding.trash_decision(did)

        try:
            if self.runner is not None:
                self.runner.call(op, parent=self)
            else:
                op(self.store, None)
        except DvdeskError as exc:
            Asker.error(self, "Không xóa được quyết định", str(exc))
        self.reload()

    def _context_menu(self, pos) -> None:
        idx = self.table.indexAt(pos)
        if idx.isValid():
            self.table.selectRow(idx.row())
        has = self.current_id() is not None
        menu = QMenu(self)
        for text, slot, enabled in (("Mở…", lambda: self.open_decision(self.current_id()), has),
                                    ("Xem trước, in quyết định và danh sách…", self.preview_current, has),
                                    ("Xuất danh sách…", self.export_current, has),
                                    (None, None, True),
                                    ("Quyết định mới…", lambda: self.open_decision(None), True),
                                    ("Xóa…", self.delete_current, has)):
            if text is None:
                menu.addSeparator()
                continue
            act = menu.addAction(text)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _c=False, f=slot: f())
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def preview_current(self) -> PreviewDialog | None:
        """Open the preview window of the selected decision: the Quyết định and its list (print, save PDF
        or Word; the list alone to Excel from "Xuất danh sách")."""
        did = self.current_id()
        if did is None:
            Asker.inform(self, "Xem trước, in quyết định", "Hãy chọn một quyết định.")
            return None
        d = self.store.decisions.get(did)
        return preview_decision(self, self.store, did, d.number, **self.preview_options)

    def export_current(self, path: str | None = None) -> str | None:
        did = self.current_id()
        if did is None:
            Asker.inform(self, "Xuất danh sách", "Hãy chọn một quyết định.")
            return None
        dlg = DecisionDialog(self.store, self.runner, did, self)
        try:
            return dlg.export_list(path)
        finally:
            dlg.deleteLater()

