"""Đánh giá, sơ kết, tổng kết: the review workspace of a milestone.

Choose a phase and a milestone; the grid lists the models in its scope with their review, editable
inline (combos, check boxes) and in the detail panel beside it; bulk actions on a selection (toolbar
and context menu) run in the operation runner as one transaction; the funnel above the grid
(đăng ký ≥ công nhận ≥ tiêu biểu ≥ đề nghị ≥ khen thưởng) follows every change.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.labels import field_label
from dvdesk.domain.vntext import money_vn
from dvdesk.domain.vocab import Rating
from dvdesk.qtmodels.reviews import CHOICES_ROLE, CODE_ROLE, COLUMNS, ReviewTableModel, column
from dvdesk.store.changes import Changes
from dvdesk.store.reviews import NOT_RATED, ReviewFilter
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.operations import OpRunner
from dvdesk.ui.widgets.date_edit import DateEdit


class ComboDelegate(QStyledItemDelegate):
    """A combo of the cell's choices (the model's CHOICES_ROLE); the choice is saved at once."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for label, code in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, code)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):
        i = editor.findData(index.data(CODE_ROLE))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), CODE_ROLE)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        return DateEdit(parent)

    def setEditorData(self, editor, index):
        editor.setDate(index.data(CODE_ROLE))

    def setModelData(self, editor, model, index):
        if editor.is_valid():
            model.setData(index, editor.date(), CODE_ROLE)


class FunnelBar(QWidget):
    """registered (tập thể/cá nhân) ≥ recognized ≥ tiêu biểu ≥ proposed ≥ awarded, and the counts."""

    STEPS = ("Đăng ký", "Công nhận", "Tiêu biểu", "Đề nghị khen thưởng", "Đã khen thưởng")

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.values: list[QLabel] = []
        for n, title in enumerate(self.STEPS):
            if n:
                arrow = QLabel("≥")
                arrow.setStyleSheet("font-size: 14pt; color: #777;")
                layout.addWidget(arrow)
            box = QVBoxLayout()
            v = QLabel("0")
            v.setStyleSheet("font-size: 14pt; font-weight: bold;")
            v.setAlignment(Qt.AlignmentFlag.AlignCenter)
            t = QLabel(title)
            t.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(v)
            box.addWidget(t)
            layout.addLayout(box, 1)
            self.values.append(v)
        self.split = QLabel()
        self.split.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-weight: bold;")
        side = QVBoxLayout()
        side.addWidget(self.counts)
        side.addWidget(self.split)
        layout.addSpacing(16)
        layout.addLayout(side)
        self.funnel = None
        self.milestone_id: int | None = None  # the milestone of the funnel shown

    def show_funnel(self, f) -> None:
        self.funnel = f
        previous = None
        for label, value in zip(self.values, f.steps, strict=True):
            label.setText(money_vn(value))
            broken = previous is not None and value > previous  # the funnel does not hold here
            label.setStyleSheet("font-size: 14pt; font-weight: bold;" + (" color: #c00000;" if broken else ""))
            previous = value
        self.values[-1].setToolTip(f"{money_vn(f.extra.get('awards', 0))} lượt khen thưởng trong các quyết định của kỳ; "
                                   "ở đây đếm số mô hình, điển hình được khen.")
        self.split.setText(f"Đăng ký: {money_vn(f.registered_collective)} tập thể, "
                           f"{money_vn(f.registered_individual)} cá nhân")
        self.counts.setText(f"Đã đánh giá: {money_vn(f.reviewed)} · Chưa đánh giá: {money_vn(f.not_reviewed)}")


class ReviewsPage(QWidget):
    TABLES = ("initiatives", "reviews", "decisions", "awards", "award_forms", "phases", "milestones")

    def __init__(self, store, runner: OpRunner | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.runner = runner if runner is not None else OpRunner(store, self)
        self.book = store.reviews.book
        self._funnel_seq = 0
        outer = QVBoxLayout(self)
        head = QLabel("Đánh giá, sơ kết, tổng kết")
        head.setStyleSheet("font-size: 13pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(head, 1)
        top.addWidget(QLabel("Giai đoạn:"))
        self.phase_combo = QComboBox()
        top.addWidget(self.phase_combo)
        top.addWidget(QLabel("Kỳ:"))
        self.milestone_combo = QComboBox()
        self.milestone_combo.setMinimumWidth(260)
        top.addWidget(self.milestone_combo)
        outer.addLayout(top)
        self.funnel_bar = FunnelBar()
        outer.addWidget(self.funnel_bar)

        # filters and bulk actions
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Tìm theo mã, tên, đơn vị, người thực hiện… (Ctrl+Shift+F)")
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 2)
        self.reviewed_combo = QComboBox()
        for label, value in (("Tất cả", None), ("Đã đánh giá", True), ("Chưa đánh giá", False)):
            self.reviewed_combo.addItem(label, value)
        bar.addWidget(self.reviewed_combo)
        self.rating_combo = QComboBox()
        self.rating_combo.addItem("Mọi xếp loại", None)
        for r in Rating:
            self.rating_combo.addItem(r.label, r.value)
        self.rating_combo.addItem("Chưa xếp loại", NOT_RATED)
        bar.addWidget(self.rating_combo)
        self.menu = self._bulk_menu()
        self.bulk_button = QToolButton()
        self.bulk_button.setText("Thao tác hàng loạt  ")
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setMenu(self.menu)
        bar.addWidget(self.bulk_button)
        self.copy_button = QPushButton("Lấy kết quả kỳ trước…")
        self.copy_button.clicked.connect(self.copy_previous)
        bar.addWidget(self.copy_button)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = ReviewTableModel(store, None, self)
        self.model.refused.connect(lambda msg: Asker.error(self, "Không lưu được", msg))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.combo_delegate = ComboDelegate(self.table)
        self.date_delegate = DateDelegate(self.table)
        for n, (_key, _h, _s, kind) in enumerate(COLUMNS):
            if kind == "combo":
                self.table.setItemDelegateForColumn(n, self.combo_delegate)
            elif kind == "date":
                self.table.setItemDelegateForColumn(n, self.date_delegate)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for key, width in (("code", 105), ("name", 250), ("unit_name", 150), ("subject_kind", 80), ("rating", 90),
                           ("recognized", 80), ("recognition_level", 100), ("recognition_decision", 120),
                           ("recognition_date", 105), ("exemplary", 70), ("proposed_form_id", 220), ("summary", 200)):
            self.table.setColumnWidth(column(key), width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(lambda pos: self.menu.exec(self.table.viewport().mapToGlobal(pos)))
        split.addWidget(self.table)
        split.addWidget(self._detail_panel())
        split.setStretchFactor(0, 1)
        split.setSizes([900, 330])
        outer.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.reviewed_combo.currentIndexChanged.connect(self.apply_filter)
        self.rating_combo.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur))
        self.model.modelReset.connect(self.refresh_funnel)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_detail,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._fill_phases()
        self.phase_combo.currentIndexChanged.connect(self._phase_changed)
        self.milestone_combo.currentIndexChanged.connect(self._milestone_changed)
        self._milestone_changed()

    # -- building --------------------------------------------------------------------------------
    def _bulk_menu(self) -> QMenu:
        menu = QMenu(self)
        rate = menu.addMenu("Xếp loại")
        for n, r in enumerate(Rating, 1):
            act = rate.addAction(r.label, lambda code=r.value: self.bulk({"rating": code},
                                                                         f"Xếp loại {Rating.label_of(code)}"))
            self._shortcut(act, f"Ctrl+{n}")
        self._shortcut(menu.addAction("Công nhận", lambda: self.bulk({"recognized": True}, "Công nhận")), "Ctrl+G")
        menu.addAction("Bỏ công nhận", lambda: self.bulk({"recognized": False, "recognition_level": None,
                                                          "recognition_decision": "", "recognition_date": None},
                                                         "Bỏ công nhận"))
        self._shortcut(menu.addAction("Tiêu biểu", lambda: self.bulk({"exemplary": True}, "Đánh dấu tiêu biểu")),
                       "Ctrl+T")
        menu.addAction("Bỏ tiêu biểu", lambda: self.bulk({"exemplary": False}, "Bỏ tiêu biểu"))
        self.propose_menu = menu.addMenu("Đề nghị khen thưởng")
        self.propose_menu.aboutToShow.connect(self._fill_propose_menu)
        self._fill_propose_menu()
        menu.addSeparator()
        clear = QAction("Xóa kết quả đánh giá… (Del)", self)
        clear.triggered.connect(self.clear_selected)
        menu.addAction(clear)
        return menu

    def _shortcut(self, action: QAction, keys: str) -> QAction:
        """A menu action's key, active while the page (its grid) has the focus."""
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _fill_propose_menu(self) -> None:
        self.propose_menu.clear()
        for f in self.store.award_forms.list():
            self.propose_menu.addAction(f.name, lambda fid=f.id, name=f.name: self.bulk(
                {"proposed_form_id": fid}, f"Đề nghị {name}"))
        self.propose_menu.addSeparator()
        self.propose_menu.addAction("Bỏ đề nghị", lambda: self.bulk({"proposed_form_id": None}, "Bỏ đề nghị"))

    def _detail_panel(self) -> QWidget:
        box = QGroupBox("Kết quả đánh giá")
        form = QFormLayout(box)
        self.detail_title = QLabel("Chọn một mô hình, điển hình trong danh sách.")
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-weight: bold;")
        form.addRow(self.detail_title)
        self.d_rating = QComboBox()
        self.d_recognized = QCheckBox("Được công nhận")
        self.d_level = QComboBox()
        self.d_decision = QLineEdit()
        self.d_decision.setPlaceholderText("Ví dụ: 12-QĐ/BDVTU")
        self.d_date = DateEdit()
        self.d_exemplary = QCheckBox("Tiêu biểu")
        self.d_form = QComboBox()
        self.d_summary = QPlainTextEdit()
        self.d_summary.setPlaceholderText("Nhận xét, đánh giá")
        form.addRow(field_label("rating") + ":", self.d_rating)
        form.addRow("", self.d_recognized)
        form.addRow(field_label("recognition_level") + ":", self.d_level)
        form.addRow("Số QĐ công nhận:", self.d_decision)
        form.addRow("Ngày công nhận:", self.d_date)
        form.addRow("", self.d_exemplary)
        form.addRow("Đề nghị khen:", self.d_form)
        form.addRow("Nhận xét:", self.d_summary)
        self.d_save = QPushButton("Lưu (Ctrl+S)")
        self.d_save.clicked.connect(self.save_detail)
        form.addRow(self.d_save)
        self.d_current: int | None = None
        box.setMinimumWidth(300)
        box.setEnabled(False)
        self.detail_box = box
        return box

    def _fill_phases(self) -> None:
        default = self.book.default_milestone()
        self.phase_combo.blockSignals(True)
        self.phase_combo.clear()
        for ph in self.store.phases.list():
            self.phase_combo.addItem(ph.name, ph.id)
        if default is not None:
            self.phase_combo.setCurrentIndex(max(self.phase_combo.findData(default.phase_id), 0))
        self.phase_combo.blockSignals(False)
        self._fill_milestones(default.id if default is not None else None)

    def _fill_milestones(self, select: int | None = None) -> None:
        self.milestone_combo.blockSignals(True)
        self.milestone_combo.clear()
        phase = self.phase_combo.currentData()
        for m in self.store.phases.milestones(phase) if phase is not None else []:
            when = f" ({m.held_on.strftime('%d/%m/%Y')})" if m.held_on else ""
            self.milestone_combo.addItem(f"{m.name}{when}", m.id)
        if select is not None and self.milestone_combo.findData(select) >= 0:
            self.milestone_combo.setCurrentIndex(self.milestone_combo.findData(select))
        else:
            self.milestone_combo.setCurrentIndex(self.milestone_combo.count() - 1)
        self.milestone_combo.blockSignals(False)

    def _phase_changed(self) -> None:
        self._fill_milestones()
        self._milestone_changed()

    def _milestone_changed(self) -> None:
        self.model.set_milestone(self.milestone_combo.currentData())
        self.show_detail(QModelIndex())
        prev = self.book.previous_milestone(self.milestone_id) if self.milestone_id else None
        self.copy_button.setEnabled(prev is not None)
        self.copy_button.setToolTip(f"Lấy xếp loại, công nhận, tiêu biểu của kỳ \"{prev.name}\" cho các mô hình, "
                                    "điển hình chưa có kết quả ở kỳ này." if prev else "Không có kỳ trước đã đánh giá.")

    # -- state -------------------------------------------------------------------------------------
    @property
    def milestone_id(self) -> int | None:
        return self.milestone_combo.currentData()

    def select_milestone(self, key: str) -> None:
        m = self.store.phases.milestone(key)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(m.phase_id))
        self.milestone_combo.setCurrentIndex(self.milestone_combo.findData(m.id))

    def current_filter(self) -> ReviewFilter:
        return ReviewFilter(text=self.search.text(), reviewed=self.reviewed_combo.currentData(),
                            rating=self.rating_combo.currentData())

    def focus_search(self) -> None:
        """Ctrl+Shift+F (the main window's key) on this page: its own search box."""
        self.search.setFocus()
        self.search.selectAll()

    def delete_selected(self) -> None:
        """Del (the main window's key) on this page: clear the selected reviews, after asking."""
        self.clear_selected()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh_funnel(self) -> None:
        """Count the funnel in the runner's worker (a scan of the whole scope: ~0.25 s on 30,000
        models), so the grid shows first; an answer for an older request is dropped."""
        mid = self.milestone_id
        if mid is None:
            return
        self._funnel_seq += 1
        seq = self._funnel_seq

        def done(funnel) -> None:
            if seq == self._funnel_seq and shiboken6.isValid(self.funnel_bar):  # the page may be gone
                self.funnel_bar.show_funnel(funnel)
                self.funnel_bar.milestone_id = mid

        self.runner.run(lambda store, _ctx: store.reviews.book.funnel(mid), handler=self, on_done=done,
                        on_failed=lambda exc: Asker.error(self, "Không đếm được kết quả", str(exc)))

    def selected_ids(self) -> list[int]:
        return [self.model.id_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def apply_changes(self, changes: Changes) -> None:
        if changes.everything or changes.touches("phases", "milestones"):
            keep = self.milestone_id
            self._fill_phases()
            if keep is not None and self.milestone_combo.findData(keep) >= 0:
                self.milestone_combo.setCurrentIndex(self.milestone_combo.findData(keep))
            self._milestone_changed()
            return
        self.model.reload()
        self.refresh_funnel()
        self.show_detail(self.table.currentIndex())

    # -- the detail panel ---------------------------------------------------------------------------
    def show_detail(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.d_current = None
            self.detail_box.setEnabled(False)
            self.detail_title.setText("Chọn một mô hình, điển hình trong danh sách.")
            return
        row = self.model.row_data(index.row())
        self.d_current = row["id"]
        self.detail_box.setEnabled(True)
        self.detail_title.setText(f"{row['code']} — {row['name']}")
        for combo, key in ((self.d_rating, "rating"), (self.d_level, "recognition_level"),
                           (self.d_form, "proposed_form_id")):
            combo.clear()
            for label, code in self.model.choices(key):
                combo.addItem(label, code)
            combo.setCurrentIndex(max(combo.findData(row[key]), 0))
        self.d_recognized.setChecked(bool(row["recognized"]))
        self.d_exemplary.setChecked(bool(row["exemplary"]))
        self.d_decision.setText(row["recognition_decision"] or "")
        self.d_date.setDate(self.model.index(index.row(), column("recognition_date")).data(CODE_ROLE))
        self.d_summary.setPlainText(row["summary"] or "")

    def detail_values(self) -> dict:
        return {"rating": self.d_rating.currentData(), "recognized": self.d_recognized.isChecked(),
                "recognition_level": self.d_level.currentData(), "recognition_decision": self.d_decision.text(),
                "recognition_date": self.d_date.date(), "exemplary": self.d_exemplary.isChecked(),
                "proposed_form_id": self.d_form.currentData(), "summary": self.d_summary.toPlainText()}

    def save_detail(self) -> bool:
        if self.d_current is None:
            return False
        if not self.d_date.is_valid():
            Asker.error(self, "Không lưu được", "Ngày công nhận không hợp lệ (viết theo dạng ngày/tháng/năm).")
            return False
        row = self.model.row_of(self.d_current)
        if row is None:
            return False
        return self.model.save(row, self.detail_values())

    # -- bulk actions ------------------------------------------------------------------------------
    def bulk(self, values: dict, label: str) -> None:
        ids = self.selected_ids()
        if not ids:
            Asker.inform(self, label, "Hãy chọn các mô hình, điển hình trước (giữ Ctrl hoặc Shift để chọn nhiều).")
            return
        mid = self.milestone_id

        def op(store, ctx):
            return store.reviews.book.bulk_set(mid, ids, values, progress=ctx.progress, cancelled=ctx.cancelled)

        self.runner.run(op, handler=self, label=f"{label}: {money_vn(len(ids))} mô hình, điển hình…", parent=self)

    def clear_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not Asker.confirm(self, "Xóa kết quả đánh giá",
                             f"Xóa kết quả đánh giá ở kỳ này của {money_vn(len(ids))} mô hình, điển hình đã chọn?\n"
                             "Các kết quả này được chuyển vào thùng rác."):
            return
        mid = self.milestone_id
        self.runner.run(lambda store, ctx: store.reviews.book.clear(mid, ids), handler=self,
                        label="Đang xóa kết quả đánh giá…", parent=self)

    def copy_previous(self) -> None:
        mid = self.milestone_id
        prev = self.book.previous_milestone(mid) if mid else None
        if prev is None:
            Asker.inform(self, "Lấy kết quả kỳ trước", "Không có kỳ trước (cùng giai đoạn) đã có kết quả đánh giá.")
            return
        if not Asker.confirm(self, "Lấy kết quả kỳ trước",
                             f"Lấy xếp loại, công nhận và tiêu biểu của kỳ \"{prev.name}\" cho các mô hình, điển hình "
                             "chưa có kết quả đánh giá ở kỳ này?\nKết quả đã có ở kỳ này được giữ nguyên."):
            return

        def done(n: int) -> None:
            Asker.inform(self, "Lấy kết quả kỳ trước", f"Đã lấy kết quả kỳ trước cho {money_vn(n)} mô hình, điển hình.")

        self.runner.run(lambda store, ctx: store.reviews.book.copy_previous(
            mid, progress=ctx.progress, cancelled=ctx.cancelled), handler=self,
            label="Đang lấy kết quả kỳ trước…", parent=self, on_done=done)

