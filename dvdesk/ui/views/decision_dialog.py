"""The decision editor: issuer (as on the decision date), number, date, award form, milestone,
signer, legal bases, proposer, and the list of recipients (add, remove, fill from the milestone's
proposals or from the registry's selection, reorder by drag or buttons, money with an override
and its reason, warnings beside the rows). Ctrl+S saves the decision and its list in one
transaction; "Xuất danh sách" writes the list with the report builders."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.entities import Award, Decision
from dvdesk.domain.errors import DvdeskError, ValidationError
from dvdesk.domain.vntext import money_vn
from dvdesk.domain.vocab import AwardOrder, SubjectKind
from dvdesk.qtmodels.awards import RecipientModel
from dvdesk.store.awarding import default_legal_bases, default_proposer
from dvdesk.store.derive import award_sort_key
from dvdesk.ui.dialogs import Asker


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def preview_decision(owner, store, decision_id: int, number: str, **options):
    """The preview window (on ``owner``, in place of the one it shows) of a decision: the Quyết định
    and, on a new page, its list — printed, or saved as PDF or Word. Built in the preview's worker,
    on its own store."""
    from dvdesk.services.reports.decision_papers import decision_papers
    from dvdesk.ui.views.preview_dialog import replace_preview

    return replace_preview(owner, store, f"Quyết định số {number} và danh sách kèm theo",
                           lambda s: decision_papers(s, decision_id), formats=("pdf", "docx"),
                           suggested_name="Quyet dinh " + number.replace("/", "-"), **options)


class DecisionDialog(QDialog):
    """Edit one decision (``decision_id``) or a new one (``None``)."""

    def __init__(self, store, runner=None, decision_id: int | None = None, parent: QWidget | None = None,
                 body: str | None = None, on: date | None = None):
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.setWindowTitle("Quyết định khen thưởng")
        self.resize(1300, 740)
        self.dirty = False
        self._loading = True
        self.export_path_hook = None  # tests: a callable returning the file to write
        self.preview_options: dict = {}  # tests: choose_file / choose_printer of the preview window
        self.preview = None
        self._build()
        if decision_id is not None:
            self.decision = store.decisions.get(decision_id)
            rows = store.awarding.recipients(decision_id)
        else:
            bodies = store.issuers.bodies(on or date.today())
            if not bodies:
                raise DvdeskError("Chưa có cơ quan ban hành nào: hãy thêm trong Danh mục → Cơ quan ban hành.")
            self.decision = store.awarding.new_decision(body or bodies[0].body, on or date.today())
            rows = []
        self._fill_header()
        self.model.set_money(store.awarding.money_table(self.decision.form_id, self.decision.signed_on)
                             if self.decision.form_id else {})
        self.model.set_rows(rows)
        self._loading = False
        self.refresh_warnings()
        self.dirty = decision_id is None
        self._update_title()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QGroupBox("Quyết định")
        grid = QGridLayout(top)
        left, right = QFormLayout(), QFormLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.issuerCombo = QComboBox()
        self.issuerCombo.setToolTip("Cơ quan ban hành; tên, ký hiệu và người ký lấy theo ngày ký")
        self.dateEdit = QDateEdit()
        self.dateEdit.setDisplayFormat("dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)
        self.numberEdit = QLineEdit()
        self.suggestButton = QToolButton()
        self.suggestButton.setText("Số kế tiếp")
        self.suggestButton.setToolTip("Điền số kế tiếp trong dãy số của cơ quan (theo nhiệm kỳ hoặc theo năm)")
        num = QHBoxLayout()
        num.addWidget(self.numberEdit, 1)
        num.addWidget(self.suggestButton)
        self.issuerLabel = QLabel()
        self.issuerLabel.setWordWrap(True)
        self.issuerLabel.setStyleSheet("color: #555")
        self.formCombo = QComboBox()
        self.milestoneCombo = QComboBox()
        self.summaryEdit = QLineEdit()
        left.addRow("Cơ quan ban hành:", self.issuerCombo)
        left.addRow("", self.issuerLabel)
        left.addRow("Ngày ký:", self.dateEdit)
        left.addRow("Số quyết định:", num)
        left.addRow("Hình thức khen thưởng:", self.formCombo)
        left.addRow("Kỳ sơ kết, tổng kết:", self.milestoneCombo)
        left.addRow("Trích yếu:", self.summaryEdit)
        self.signerAuthorityEdit, self.signerTitleEdit, self.signerNameEdit = QLineEdit(), QLineEdit(), QLineEdit()
        signer = QHBoxLayout()
        for w, tip in ((self.signerAuthorityEdit, "Quyền hạn ký (T/M BAN THƯỜNG VỤ, K/T TRƯỞNG BAN…)"),
                       (self.signerTitleEdit, "Chức vụ người ký"), (self.signerNameEdit, "Họ và tên người ký")):
            w.setPlaceholderText(tip)
            w.setToolTip(tip)
            signer.addWidget(w)
        self.basesEdit = QPlainTextEdit()
        self.basesEdit.setPlaceholderText("Căn cứ …; (mỗi căn cứ một dòng)")
        self.basesEdit.setFixedHeight(86)
        self.proposerEdit = QLineEdit()
        self.orderCombo = QComboBox()
        for o in AwardOrder:
            self.orderCombo.addItem(o.label, o.value)
        right.addRow("Người ký:", signer)
        right.addRow("Căn cứ:", self.basesEdit)
        right.addRow("Xét đề nghị của:", self.proposerEdit)
        right.addRow("Thứ tự danh sách:", self.orderCombo)

        # recipients
        self.model = RecipientModel(self)
        self.model.on_edit = self._edited
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        widths = {"tt": 44, "kind": 72, "recipient_name": 220, "position": 120, "unit_text": 190,
                  "achievement": 220, "amount": 110, "amount_override_reason": 130}
        for key, w in widths.items():
            h.resizeSection(RecipientModel.COL[key], w)
        h.setStretchLastSection(True)
        h.setSectionResizeMode(RecipientModel.COL["tt"], QHeaderView.ResizeMode.Fixed)
        buttons = QHBoxLayout()
        self.addGroupButton = QPushButton("Thêm tập thể")
        self.addPersonButton = QPushButton("Thêm cá nhân")
        self.removeButton = QPushButton("Bỏ dòng")
        self.removeButton.setToolTip("Bỏ các dòng đã chọn khỏi danh sách (Delete)")
        self.upButton = QPushButton("Lên")
        self.upButton.setToolTip("Chuyển dòng đã chọn lên (Ctrl+↑)")
        self.downButton = QPushButton("Xuống")
        self.downButton.setToolTip("Chuyển dòng đã chọn xuống (Ctrl+↓)")
        self.sortButton = QPushButton("Sắp xếp lại")
        self.sortButton.setToolTip("Xếp lại danh sách theo thứ tự đã chọn (đơn vị hoặc tên)")
        self.proposalsButton = QPushButton("Lấy từ đề nghị của kỳ")
        self.proposalsButton.setToolTip("Thêm các mô hình, điển hình được đề nghị hình thức này tại kỳ đã chọn")
        for b in (self.addGroupButton, self.addPersonButton, self.removeButton, self.upButton, self.downButton,
                  self.sortButton, self.proposalsButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.totalLabel = QLabel()
        buttons.addWidget(self.totalLabel)
        self.warningLabel = QLabel()
        self.warningLabel.setStyleSheet("color: #b06000")
        self.warningLabel.setWordWrap(True)

        bottom = QHBoxLayout()
        self.exportButton = QPushButton("Xuất danh sách…")
        self.exportButton.setToolTip("Xuất danh sách kèm theo quyết định ra Excel hoặc PDF")
        self.previewButton = QPushButton("Xem trước, in quyết định…")
        self.previewButton.setToolTip("Quyết định và danh sách kèm theo, đúng thể thức của cơ quan ban hành: "
                                      "xem, in, lưu PDF hoặc Word (Ctrl+Shift+P)")
        self.saveButton = QPushButton("Lưu (Ctrl+S)")
        self.saveButton.setDefault(True)
        self.closeButton = QPushButton("Đóng")
        bottom.addWidget(self.previewButton)
        bottom.addWidget(self.exportButton)
        bottom.addStretch(1)
        bottom.addWidget(self.saveButton)
        bottom.addWidget(self.closeButton)

        lay = QVBoxLayout(self)
        lay.addWidget(top)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.warningLabel)
        lay.addLayout(bottom)

        self.issuerCombo.currentIndexChanged.connect(lambda _i: self._issuer_or_date_changed())
        self.dateEdit.dateChanged.connect(lambda _d: self._issuer_or_date_changed())
        self.formCombo.currentIndexChanged.connect(lambda _i: self._form_changed())
        self.milestoneCombo.currentIndexChanged.connect(lambda _i: self._edited())
        self.orderCombo.currentIndexChanged.connect(lambda _i: self._order_changed())
        for w in (self.numberEdit, self.summaryEdit, self.proposerEdit, self.signerAuthorityEdit,
                  self.signerTitleEdit, self.signerNameEdit):
            w.textEdited.connect(lambda _t: self._mark())
        self.basesEdit.textChanged.connect(self._mark)
        self.suggestButton.clicked.connect(self.suggest_number)
        self.addGroupButton.clicked.connect(lambda: self.add_blank(SubjectKind.TAP_THE))
        self.addPersonButton.clicked.connect(lambda: self.add_blank(SubjectKind.CA_NHAN))
        self.removeButton.clicked.connect(self.remove_selected)
        self.upButton.clicked.connect(lambda: self.move_selected(-1))
        self.downButton.clicked.connect(lambda: self.move_selected(1))
        self.sortButton.clicked.connect(self.sort_rows)
        self.proposalsButton.clicked.connect(self.fill_from_proposals)
        self.exportButton.clicked.connect(lambda: self.export_list())
        self.previewButton.clicked.connect(lambda: self.preview_papers())
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=lambda: self.preview_papers())
        self.saveButton.clicked.connect(self.save)
        self.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Up"), self, activated=lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, activated=lambda: self.move_selected(1))
        del_sc = QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove_selected)
        del_sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._warn_timer = QTimer(self, singleShot=True, interval=150, timeout=self.refresh_warnings)

    # -- header ------------------------------------------------------------------------------------
    def _fill_header(self) -> None:
        d = self.decision
        self.issuerCombo.blockSignals(True)
        self.issuerCombo.clear()
        for i in self.store.issuers.bodies(d.signed_on):
            self.issuerCombo.addItem(f"{i.authority or i.name}", i.body)
        self._body = self.store.awarding.guess_body(d)
        self.issuerCombo.setCurrentIndex(max(0, self.issuerCombo.findData(self._body)))
        self.issuerCombo.blockSignals(False)
        self.dateEdit.blockSignals(True)
        self.dateEdit.setDate(_qdate(d.signed_on))
        self.dateEdit.blockSignals(False)
        self.numberEdit.setText(d.number)
        self._fill_forms(d.form_id)
        self.milestoneCombo.blockSignals(True)
        self.milestoneCombo.clear()
        self.milestoneCombo.addItem("(không thuộc kỳ nào)", None)
        for m in self.store.phases.milestones():
            self.milestoneCombo.addItem(m.name, m.id)
        self.milestoneCombo.setCurrentIndex(max(0, self.milestoneCombo.findData(d.milestone_id)))
        self.milestoneCombo.blockSignals(False)
        self.summaryEdit.setText(d.summary)
        self.signerAuthorityEdit.setText(d.signer_authority)
        self.signerTitleEdit.setText(d.signer_title)
        self.signerNameEdit.setText(d.signer_name)
        self.basesEdit.blockSignals(True)
        self.basesEdit.setPlainText(d.legal_bases)
        self.basesEdit.blockSignals(False)
        self.proposerEdit.setText(d.proposer)
        self.orderCombo.blockSignals(True)
        self.orderCombo.setCurrentIndex(max(0, self.orderCombo.findData(d.award_order)))
        self.orderCombo.blockSignals(False)
        self._show_issuer()

    def _fill_forms(self, form_id: int | None) -> None:
        body = self.issuerCombo.currentData()
        self.formCombo.blockSignals(True)
        self.formCombo.clear()
        for f in self.store.issuers.forms_for(body) if body else []:
            self.formCombo.addItem(f.name, f.id)
        self.formCombo.setCurrentIndex(max(0, self.formCombo.findData(form_id)))
        self.formCombo.blockSignals(False)

    def current_issuer(self):
        return self.store.issuers.on(self.issuerCombo.currentData(), _pydate(self.dateEdit.date()))

    def _show_issuer(self) -> None:
        d = self.decision
        head = " / ".join(p for p in (d.issuer_parent, d.issuer_name) if p)
        self.issuerLabel.setText(f"Ghi trên quyết định: {head} — ký hiệu {d.issuer_symbol}")

    def _issuer_or_date_changed(self) -> None:
        if self._loading:
            return
        d, on = self.decision, _pydate(self.dateEdit.date())
        old_body = self._body
        try:
            issuer = self.current_issuer()
        except DvdeskError as exc:
            self.issuerLabel.setText(str(exc))
            return
        body_changed = issuer.body != old_body
        self._body = issuer.body
        d.signed_on = on
        self.store.awarding.stamp(d, issuer, signer=body_changed)
        if body_changed:
            d.legal_bases, d.proposer = default_legal_bases(issuer, on), default_proposer(issuer)
            self.basesEdit.setPlainText(d.legal_bases)
            self.proposerEdit.setText(d.proposer)
            self.signerAuthorityEdit.setText(d.signer_authority)
            self.signerTitleEdit.setText(d.signer_title)
            self.signerNameEdit.setText(d.signer_name)
            self._fill_forms(d.form_id)
        if d.id is None or body_changed:
            self.numberEdit.setText(self.store.awarding.next_number(issuer.id, on))
        self._show_issuer()
        self._form_changed()

    def _form_changed(self) -> None:
        if self._loading:
            return
        form_id = self.formCombo.currentData()
        self.decision.form_id = form_id
        self.model.set_money(self.store.awarding.money_table(form_id, _pydate(self.dateEdit.date())) if form_id else {})
        self._edited()

    def suggest_number(self) -> None:
        issuer = self.current_issuer()
        self.numberEdit.setText(self.store.awarding.next_number(issuer.id, _pydate(self.dateEdit.date())))
        self._mark()

    def collect(self) -> Decision:
        """The decision as the form shows it (not saved)."""
        d = dataclasses.replace(self.decision)
        d.number = self.numberEdit.text().strip()
        d.signed_on = _pydate(self.dateEdit.date())
        d.form_id = self.formCombo.currentData()
        d.milestone_id = self.milestoneCombo.currentData()
        d.summary = self.summaryEdit.text().strip()
        d.signer_authority = self.signerAuthorityEdit.text().strip()
        d.signer_title = self.signerTitleEdit.text().strip()
        d.signer_name = self.signerNameEdit.text().strip()
        d.legal_bases = self.basesEdit.toPlainText().strip()
        d.proposer = self.proposerEdit.text().strip()
        d.award_order = self.orderCombo.currentData()
        return d

    # -- recipients --------------------------------------------------------------------------------
    def _mark(self) -> None:
        if not self._loading:
            self.dirty = True
            self._update_title()

    def _edited(self, reordered: bool = False) -> None:
        if self._loading:
            return
        if reordered:
            self._set_manual()
        self._mark()
        self._warn_timer.start()
        self._update_totals()

    def _set_manual(self) -> None:
        self.orderCombo.blockSignals(True)
        self.orderCombo.setCurrentIndex(self.orderCombo.findData(AwardOrder.MANUAL))
        self.orderCombo.blockSignals(False)

    def _update_title(self) -> None:
        d = self.decision
        name = f"Quyết định số {d.number}" if d.id else "Quyết định mới"
        self.setWindowTitle(f"{name}{' *' if self.dirty else ''} — Khen thưởng")

    def _update_totals(self) -> None:
        col, ind = self.model.counts()
        self.totalLabel.setText(f"{col} tập thể, {ind} cá nhân — tổng tiền: {money_vn(self.model.total())} đồng")

    def refresh_warnings(self) -> None:
        warnings = self.store.awarding.warnings(self.collect(), self.model.rows) if self.model.rows else {}
        self.model.set_warnings(warnings)
        n = len(warnings)
        self.warningLabel.setText(f"⚠ {n} dòng có cảnh báo (xem cột Cảnh báo)." if n else "")
        self._update_totals()

    def add_rows(self, rows: list[Award]) -> int:
        self.model.append(rows)
        if rows:
            self._edited()
            self.table.scrollToBottom()
        return len(rows)

    def add_blank(self, kind: str) -> None:
        noun = "Tên tập thể" if kind == SubjectKind.TAP_THE else "Họ và tên"
        self.add_rows([Award(decision_id=0, recipient_kind=kind, recipient_name=f"({noun})")])
        row = self.model.rowCount() - 1
        idx = self.model.index(row, RecipientModel.COL["recipient_name"])
        self.table.setCurrentIndex(idx)
        self.table.edit(idx)

    def add_initiatives(self, ids: list[int]) -> int:
        """Recipients for initiatives picked in the registry (their units as on the decision date)."""
        return self.add_rows(self.store.awarding.drafts_from_initiatives(ids, _pydate(self.dateEdit.date())))

    def fill_from_proposals(self) -> int:
        ms, form = self.milestoneCombo.currentData(), self.formCombo.currentData()
        if ms is None:
            Asker.inform(self, "Lấy từ đề nghị", "Hãy chọn kỳ sơ kết, tổng kết của quyết định trước.")
            return 0
        drafts = self.store.awarding.drafts_from_proposals(ms, form, _pydate(self.dateEdit.date()))
        have = {a.initiative_id for a in self.model.rows if a.initiative_id is not None}
        new = [a for a in drafts if a.initiative_id not in have]
        if not new:
            Asker.inform(self, "Lấy từ đề nghị", "Không có đề nghị nào (chưa có trong danh sách) cho hình thức "
                                                 "này tại kỳ đã chọn.")
            return 0
        return self.add_rows(new)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = ", ".join(self.model.rows[r].recipient_name for r in rows[:3]) + ("…" if len(rows) > 3 else "")
        if not Asker.confirm(self, "Bỏ khỏi danh sách", f"Bỏ {len(rows)} dòng ({names}) khỏi danh sách? "
                                                         "Thay đổi chỉ được ghi khi bấm Lưu."):
            return
        self.model.remove(rows)
        self._edited()

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        to = rows[0] - 1 if step < 0 else rows[-1] + 2
        if to < 0 or to > self.model.rowCount():
            return
        new = self.model.move(rows, to)
        sel = self.table.selectionModel()
        sel.clearSelection()
        for r in new:
            self.table.selectRow(r) if r == new[0] else sel.select(
                self.model.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        self._edited(reordered=True)

    def _order_changed(self) -> None:
        if self._loading:
            return
        if self.orderCombo.currentData() != AwardOrder.MANUAL:
            self.sort_rows()
        self._mark()

    def sort_rows(self) -> None:
        """Collectives first; then by unit precedence and Vietnamese name order, or A–Z."""
        order = self.orderCombo.currentData()
        if order == AwardOrder.MANUAL:
            return
        tone = self.store.settings.tone_order()
        ids = sorted({a.unit_id for a in self.model.rows if a.unit_id is not None})
        prec = {uid: r["precedence"] for uid, r in self.store.bulk.rows_by_id("units", ids).items()}

        def key(a: Award):
            k = (0 if a.recipient_kind == SubjectKind.TAP_THE else 1,)
            if order == AwardOrder.PRECEDENCE:
                k += (prec.get(a.unit_id, 100000),)
            return (*k, award_sort_key(a.recipient_name, a.recipient_kind, tone))

        self.model.set_rows(sorted(self.model.rows, key=key))
        self._edited()

    # -- save, export --------------------------------------------------------------------------------
    def save(self) -> bool:
        d, rows = self.collect(), [dataclasses.replace(a) for a in self.model.rows]
        missing = [n + 1 for n, a in enumerate(rows) if a.amount_override_reason == "Sửa bằng tay"]
        if missing and not Asker.confirm(self, "Lý do sửa số tiền",
                                         f"Dòng {', '.join(map(str, missing[:10]))}: số tiền sửa bằng tay chưa ghi "
                                         "lý do cụ thể. Vẫn lưu với lý do \"Sửa bằng tay\"?"):
            return False

        def op(store, _ctx):
            return store.awarding.save(d, rows)

        try:
            saved = self._in_worker(op, "Đang lưu quyết định và danh sách…")
        except ValidationError as exc:
            Asker.error(self, "Chưa lưu được quyết định", "\n".join(exc.errors.values()) if exc.errors else str(exc))
            return False
        except DvdeskError as exc:
            Asker.error(self, "Chưa lưu được quyết định", str(exc))
            return False
        self._loading = True
        self.decision = saved
        self._fill_header()
        self.model.set_rows(self.store.awarding.recipients(saved.id))
        self._loading = False
        self.refresh_warnings()
        self.dirty = False
        self._update_title()
        return True

    def _in_worker(self, op, label: str):
        """Run ``op(store, ctx)`` in the runner's worker (progress dialog when it lasts) and wait for
        it while the window keeps painting; without a runner (tests of the dialog alone), here."""
        if self.runner is None:
            return op(self.store, None)
        loop, out = QEventLoop(), {}

        def done(result) -> None:
            out["result"] = result
            loop.quit()

        def failed(exc: Exception) -> None:
            out["error"] = exc
            loop.quit()

        self.setEnabled(False)
        try:
            self.runner.run(op, label=label, parent=self, on_done=done, on_failed=failed)
            if not out:
                loop.exec()
        finally:
            self.setEnabled(True)
        if "error" in out:
            raise out["error"]
        return out.get("result")

    def export_list(self, path: str | None = None) -> str | None:
        """Write the decision's list (Excel or PDF by the file's extension) with the report builders."""
        if self.dirty or self.decision.id is None:
            if not Asker.confirm(self, "Xuất danh sách", "Quyết định có thay đổi chưa lưu. Lưu rồi xuất?"):
                return None
            if not self.save():
                return None
        if path is None:
            if self.export_path_hook is not None:
                path = self.export_path_hook()
            else:
                safe = self.decision.number.replace("/", "-")
                path, _ = QFileDialog.getSaveFileName(self, "Xuất danh sách khen thưởng",
                                                      f"Danh sach QD {safe}.xlsx", "Excel (*.xlsx);;PDF (*.pdf)")
        if not path:
            return None
        from dvdesk.services.render import render
        from dvdesk.services.reports.awards import decision_document

        decision = self.decision

        def op(store, _ctx):
            render(decision_document(store, decision, order=decision.award_order), path)

        try:
            self._in_worker(op, "Đang xuất danh sách…")
        except (DvdeskError, OSError) as exc:
            Asker.error(self, "Không xuất được danh sách", str(exc))
            return None
        return str(path)

    def preview_papers(self):
        """The Quyết định with its list in the preview window (saved first when it has changes)."""
        if self.dirty or self.decision.id is None:
            if not Asker.confirm(self, "Xem trước quyết định", "Quyết định có thay đổi chưa lưu. Lưu rồi xem?"):
                return None
            if not self.save():
                return None
        return preview_decision(self, self.store, self.decision.id, self.decision.number, **self.preview_options)

    def done(self, result: int) -> None:
        self._warn_timer.stop()  # no check may run on a database closed after the editor
        super().done(result)

    def reject(self) -> None:
        if self.dirty and not Asker.confirm(self, "Đóng quyết định", "Quyết định có thay đổi chưa lưu. Bỏ các "
                                                                     "thay đổi đó?"):
            return
        super().reject()
