"""Danh mục → "Cơ quan ban hành": the issuers of award decisions, dated like units (a rename from a
date is a new row; decisions already issued keep their names), and the award forms each gives."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.entities import Issuer
from dvdesk.domain.errors import DvdeskError, ValidationError
from dvdesk.domain.labels import field_label
from dvdesk.domain.vocab import DocumentStyle, IssuerKind, Numbering
from dvdesk.qtmodels.awards import IssuerModel
from dvdesk.ui.dialogs import Asker

TEXT_FIELDS = ("body", "name", "parent_name", "authority", "symbol", "place", "signer_authority", "signer_title",
               "signer_name", "note")


class IssuerDialog(QDialog):
    """Edit one issuer row (or a new one); ``rename_on``: the values from that date (a new row)."""

    def __init__(self, store, issuer: Issuer | None, parent=None, rename: bool = False):
        super().__init__(parent)
        self.store, self.rename = store, rename
        self.issuer = issuer or Issuer(body="", kind=IssuerKind.BAN, name="")
        self.setWindowTitle("Đổi tên cơ quan ban hành từ ngày" if rename else
                            ("Sửa cơ quan ban hành" if issuer else "Thêm cơ quan ban hành"))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.kindCombo, self.styleCombo, self.numberingCombo = QComboBox(), QComboBox(), QComboBox()
        for combo, vocab in ((self.kindCombo, IssuerKind), (self.styleCombo, DocumentStyle),
                             (self.numberingCombo, Numbering)):
            for v in vocab:
                combo.addItem(v.label, v.value)
        self.termSpin = QSpinBox()
        self.termSpin.setRange(0, 2100)
        self.termSpin.setSpecialValueText("(không)")
        self.fromEdit, self.toEdit = QDateEdit(), QDateEdit()
        self.fromCheck, self.toCheck = QCheckBox("Từ ngày"), QCheckBox("Đến ngày")
        for e in (self.fromEdit, self.toEdit):
            e.setDisplayFormat("dd/MM/yyyy")
            e.setCalendarPopup(True)
        for key in TEXT_FIELDS:
            self.edits[key] = QLineEdit(str(getattr(self.issuer, key) or ""))
        labels = {"body": "Mã cơ quan", "name": "Tên (in trên quyết định)", "signer_name": "Họ tên người ký",
                  "note": "Ghi chú"}
        form.addRow("Mã cơ quan:", self.edits["body"])
        form.addRow("Loại:", self.kindCombo)
        for key in TEXT_FIELDS[1:]:
            form.addRow(f"{labels.get(key, field_label(key))}:", self.edits[key])
        form.addRow("Thể thức văn bản:", self.styleCombo)
        form.addRow("Cách đánh số:", self.numberingCombo)
        form.addRow("Năm đầu nhiệm kỳ:", self.termSpin)
        dates = QHBoxLayout()
        for check, edit in ((self.fromCheck, self.fromEdit), (self.toCheck, self.toEdit)):
            dates.addWidget(check)
            dates.addWidget(edit)
            check.toggled.connect(edit.setEnabled)
        form.addRow("Hiệu lực:", dates)
        self.formsList = QListWidget()
        self.formsList.setMinimumHeight(150)
        for f in store.award_forms.list():
            body = store.scalar("SELECT issuer_body FROM award_forms WHERE id = ?", (f.id,)) or ""
            item = QListWidgetItem(f.name)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, body)
            item.setCheckState(Qt.CheckState.Checked if body and body == self.issuer.body else Qt.CheckState.Unchecked)
            self.formsList.addItem(item)
        form.addRow("Hình thức do cơ quan này khen:", self.formsList)
        self.errorLabel = QLabel()
        self.errorLabel.setStyleSheet("color: #b00020")
        self.errorLabel.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Lưu")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errorLabel)
        lay.addWidget(box)
        i = self.issuer
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(i.kind)))
        self.styleCombo.setCurrentIndex(max(0, self.styleCombo.findData(i.style)))
        self.numberingCombo.setCurrentIndex(max(0, self.numberingCombo.findData(i.numbering)))
        self.termSpin.setValue(i.term_start or 0)
        self.fromCheck.setChecked(i.valid_from is not None or rename)
        self.toCheck.setChecked(i.valid_to is not None and not rename)
        self.fromEdit.setEnabled(self.fromCheck.isChecked())
        self.toEdit.setEnabled(self.toCheck.isChecked())
        start = date.today() if rename else (i.valid_from or date.today())
        self.fromEdit.setDate(QDate(start.year, start.month, start.day))
        end = i.valid_to or date.today()
        self.toEdit.setDate(QDate(end.year, end.month, end.day))
        if rename:
            self.edits["body"].setEnabled(False)
            self.fromCheck.setEnabled(False)

    def values(self) -> Issuer:
        i = dataclasses.replace(self.issuer)
        for key, edit in self.edits.items():
            setattr(i, key, edit.text().strip())
        i.kind, i.style = self.kindCombo.currentData(), self.styleCombo.currentData()
        i.numbering = self.numberingCombo.currentData()
        i.term_start = self.termSpin.value() or None
        q = self.fromEdit.date()
        i.valid_from = date(q.year(), q.month(), q.day()) if self.fromCheck.isChecked() else None
        q = self.toEdit.date()
        i.valid_to = date(q.year(), q.month(), q.day()) if self.toCheck.isChecked() else None
        return i

    def submit(self) -> None:
        i = self.values()
        try:
            with self.store.tx():
                if self.rename:
                    changes = {k: getattr(i, k) for k in (*TEXT_FIELDS[1:], "kind", "style", "numbering", "term_start")}
                    self.store.issuers.rename(self.issuer.id, i.valid_from, **changes)
                elif i.id is None:
                    self.store.issuers.create(i)
                else:
                    self.store.issuers.update(i)
                for n in range(self.formsList.count()):
                    item = self.formsList.item(n)
                    old = item.data(Qt.ItemDataRole.UserRole + 1)
                    checked = item.checkState() == Qt.CheckState.Checked
                    if checked and old != i.body:
                        self.store.issuers.assign_form(item.data(Qt.ItemDataRole.UserRole), i.body)
                    elif not checked and old == i.body and old:
                        self.store.issuers.assign_form(item.data(Qt.ItemDataRole.UserRole), "")
        except ValidationError as exc:
            self.errorLabel.setText("\n".join(exc.errors.values()) if exc.errors else str(exc))
            return
        except DvdeskError as exc:
            self.errorLabel.setText(str(exc))
            return
        self.accept()


class IssuersPanel(QWidget):
    """The catalog tab; ``dialog_hook`` (tests) receives each dialog instead of showing it."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.dialog_hook = None
        self.model = IssuerModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # long kind labels: full text in the tooltip
        header.resizeSection(1, 150)
        intro = QLabel("Cơ quan ban hành quyết định khen thưởng. Khi cơ quan đổi tên, ký hiệu hoặc người ký từ một "
                       "ngày, dùng \"Đổi tên từ ngày…\": quyết định đã ban hành giữ nguyên tên như lúc ký.")
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        self.addButton, self.editButton = QPushButton("Thêm…"), QPushButton("Sửa…")
        self.renameButton, self.deleteButton = QPushButton("Đổi tên từ ngày…"), QPushButton("Xóa…")
        self.defaultsButton = QPushButton("Tạo danh mục mặc định")
        self.defaultsButton.setToolTip("Ban của cơ quan (theo Thông tin cơ quan), Ban Thường vụ Tỉnh ủy, UBND tỉnh, "
                                       "Ban ở Trung ương")
        for b in (self.addButton, self.editButton, self.renameButton, self.deleteButton, self.defaultsButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.addButton.clicked.connect(lambda: self._run(IssuerDialog(store, None, self)))
        self.editButton.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.renameButton.clicked.connect(self.rename_current)
        self.deleteButton.clicked.connect(self.delete_current)
        self.defaultsButton.clicked.connect(self.create_defaults)
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        self.defaultsButton.setVisible(self.model.rowCount() == 0)

    def create_defaults(self) -> None:
        try:
            self.store.issuers.create_defaults()
        except DvdeskError as exc:
            Asker.error(self, "Không tạo được danh mục", str(exc))
        self.refresh()

    def current(self) -> Issuer | None:
        idx = self.table.currentIndex()
        return self.model.row_object(idx.row()) if idx.isValid() else None

    def _run(self, dlg: QDialog) -> bool:
        if self.dialog_hook is not None:
            self.dialog_hook(dlg)
        else:
            dlg.exec()
        ok = dlg.result() == QDialog.DialogCode.Accepted
        dlg.deleteLater()
        if ok:
            self.refresh()
        return ok

    def edit_current(self) -> None:
        if (i := self.current()) is not None:
            self._run(IssuerDialog(self.store, i, self))

    def rename_current(self) -> None:
        if (i := self.current()) is not None:
            self._run(IssuerDialog(self.store, i, self, rename=True))

    def delete_current(self) -> None:
        i = self.current()
        if i is None or not Asker.confirm(self, "Xóa cơ quan ban hành", f"Đưa \"{i.name}\" ({i.body}) vào thùng rác?"):
            return
        try:
            self.store.issuers.delete(i.id)
        except DvdeskError as exc:
            Asker.error(self, "Không xóa được", str(exc))
        self.refresh()
