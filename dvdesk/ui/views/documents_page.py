"""Văn bản: the directive documents the movement runs on (chỉ thị, kế hoạch, hướng dẫn…), with
search (without diacritics), filters, the add/edit form (attached files, the decisions that rest on
the document) and delete to the trash."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.entities import DirectiveDocument
from dvdesk.domain.errors import DvdeskError, ValidationError
from dvdesk.domain.labels import field_label
from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.domain.vocab import AttachmentOwner, DocType
from dvdesk.qtmodels.base import none_safe
from dvdesk.store.changes import Changes
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.initiative_dialog import choose_files_dialog, open_attachment_safely, open_with_system
from dvdesk.ui.widgets.date_edit import DateEdit
from dvdesk.ui.widgets.list_toolbar import ListToolbar, icon

ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ["Số, ký hiệu", "Loại văn bản", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Giai đoạn"]
OWNER = AttachmentOwner.DIRECTIVE_DOCUMENTS


def doc_type_label(code: str) -> str:
    return DocType.label_of(code) if code else ""


class DocumentTableModel(QAbstractTableModel):
    """The documents shown (already filtered and ordered by the page)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.docs: list[DirectiveDocument] = []
        self.phase_names: dict[int, str] = {}

    def set_documents(self, docs: list[DirectiveDocument], phase_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.docs = docs
        self.phase_names = phase_names
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.docs)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @none_safe
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def text(self, d: DirectiveDocument, col: int) -> str:
        return [d.number, doc_type_label(d.doc_type), date_vn(d.issued_on) if d.issued_on else "", d.issuer,
                d.summary, self.phase_names.get(d.phase_id, "") if d.phase_id else ""][col]

    @none_safe
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.docs)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        d = self.docs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(d, index.column())
        if role == ID_ROLE:
            return d.id
        return None

    def id_at(self, row: int) -> int:
        return self.docs[row].id


class DocumentsPage(QWidget):
    """The "Văn bản" screen."""

    TABLES = ("directive_documents", "attachments", "decision_documents", "decisions", "phases")
    DEBOUNCE_MS = 200

    def __init__(self, store, runner=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.runner = runner
        # injectable for tests
        self.ask_save_path = self._ask_save_path
        self.dialog_factory = DocumentDialog
        layout = QVBoxLayout(self)
        head = QLabel("Văn bản chỉ đạo, hướng dẫn")
        head.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(head)
        self.table = QTableView(self)
        self.model = DocumentTableModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate([150, 110, 110, 220, 380]):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.toolbar = ListToolbar(self, self.table)
        self.toolbar.add("new", self.add_new, tip="Thêm văn bản mới (Ctrl+Shift+N)", shortcut="Ctrl+Shift+N")
        self.toolbar.add("edit", self.edit_selected, tip="Sửa văn bản đang chọn (Enter hoặc bấm đúp)")
        self.toolbar.add("delete", self.trash_selected)  # Del: the main window's Xóa acts on this page
        self.toolbar.add_separator()
        self.toolbar.add("export", self.export_xlsx)
        layout.addWidget(self.toolbar)
        self.table.installEventFilter(self)  # Enter on a row opens it, as a double click does
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Tìm theo số, ký hiệu, cơ quan ban hành, trích yếu… (gõ không dấu cũng được)")
        self.search_edit.setClearButtonEnabled(True)
        row.addWidget(self.search_edit, 1)
        self.phase_combo = QComboBox()
        self.type_combo = QComboBox()
        self.year_combo = QComboBox()
        for combo, name in ((self.phase_combo, "Giai đoạn"), (self.type_combo, "Loại văn bản"), (self.year_combo, "Năm")):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            row.addWidget(combo)
        self.clear_button = QPushButton("Bỏ lọc")
        self.clear_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_button)
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(120)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._fill_combos()
        for combo in (self.phase_combo, self.type_combo, self.year_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selected_ids()) == 1):
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    # -- filters ----------------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        chosen = [c.currentData() for c in (self.phase_combo, self.type_combo, self.year_combo)]
        for c in (self.phase_combo, self.type_combo, self.year_combo):
            c.blockSignals(True)
            c.clear()
        self.phase_combo.addItem("Mọi giai đoạn", None)
        for p in self.store.phases.list():
            self.phase_combo.addItem(p.name, p.id)
        self.type_combo.addItem("Mọi loại văn bản", None)
        for member, label in DocType.choices():
            self.type_combo.addItem(label, str(member))
        self.year_combo.addItem("Mọi năm", None)
        years = sorted({d.issued_on.year for d in self.store.documents.search("") if d.issued_on}, reverse=True)
        for y in years:
            self.year_combo.addItem(str(y), y)
        for c, data in zip((self.phase_combo, self.type_combo, self.year_combo), chosen, strict=True):
            c.setCurrentIndex(max(0, c.findData(data)))
            c.blockSignals(False)

    def documents(self) -> list[DirectiveDocument]:
        """The documents matching the search and filters, newest first."""
        docs = self.store.documents.search(self.search_edit.text())
        phase, kind, year = (self.phase_combo.currentData(), self.type_combo.currentData(),
                             self.year_combo.currentData())
        return [d for d in docs
                if (phase is None or d.phase_id == phase) and (kind is None or d.doc_type == kind)
                and (year is None or (d.issued_on is not None and d.issued_on.year == year))]

    def reload(self) -> None:
        self._timer.stop()
        selected = set(self.selected_ids())
        docs = self.documents()
        self.model.set_documents(docs, {p.id: p.name for p in self.store.phases.list()})
        total = self.store.documents.count()
        shown = len(docs)
        self.count_label.setText(f"{money_vn(shown)} / {money_vn(total)} văn bản" if shown != total
                                 else f"{money_vn(total)} văn bản")
        for r, d in enumerate(docs):
            if d.id in selected:
                self.table.selectionModel().select(
                    self.model.index(r, 0), self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows)
        self.toolbar.update_enabled()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("phases", "directive_documents"):
            self._fill_combos()
        self.reload()

    def clear_filters(self) -> None:
        for c in (self.phase_combo, self.type_combo, self.year_combo):
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.reload()

    def hideEvent(self, event) -> None:
        if self._timer.isActive():  # never fire on a database closed meanwhile
            self._timer.stop()
            self._pending = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_pending", False):
            self._pending = False
            self.reload()

    # -- actions ----------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        sm = self.table.selectionModel()
        if sm is None:
            return []
        return [self.model.id_at(r) for r in sorted({i.row() for i in sm.selectedRows()}) if r < self.model.rowCount()]

    def select_id(self, doc_id: int) -> None:
        for r, d in enumerate(self.model.docs):
            if d.id == doc_id:
                self.table.selectRow(r)
                return

    def add_new(self) -> QDialog:
        return self._open(None)

    def edit_selected(self) -> QDialog | None:
        ids = self.selected_ids()
        return self._open(ids[0]) if len(ids) == 1 else None

    def _open(self, doc_id: int | None) -> QDialog:
        dlg = self.dialog_factory(self.store, doc_id, self, runner=self.runner)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._saved)
        dlg.open()
        return dlg

    def _saved(self, doc_id: int) -> None:
        if self.runner is None:
            self._fill_combos()
            self.reload()
        self.select_id(doc_id)

    def trash_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        what = (f"văn bản \"{self.store.documents.get(ids[0]).number}\"" if len(ids) == 1
                else f"{money_vn(len(ids))} văn bản đã chọn")
        if not Asker.confirm(self, "Chuyển vào thùng rác",
                             f"Chuyển {what} vào thùng rác?\nCó thể khôi phục lại từ Thùng rác."):
            return 0

        def trash(store, _ctx=None) -> int:
            with store.tx():
                for i in ids:
                    store.documents.delete(i)
            return len(ids)

        try:
            if self.runner is not None:
                done = self.runner.call(trash, handler=self, parent=self)
            else:
                done = trash(self.store)
                self._fill_combos()
                self.reload()
        except DvdeskError as exc:
            Asker.error(self, "Không chuyển được vào thùng rác", str(exc))
            return 0
        return done

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, "Xuất danh sách văn bản", "Danh sach van ban.xlsx",
                                              "Tệp Excel (*.xlsx)")
        return path

    def export_xlsx(self, target: str | Path | None = None) -> Path | None:
        """The list as shown (search, filters, order) to an Excel file."""
        from dvdesk.services.files import write_table_xlsx

        target = target or self.ask_save_path()
        if not target:
            return None
        docs = self.model.docs
        try:
            path = write_table_xlsx(target, "Văn bản", COLUMNS,
                                    ([self.model.text(d, c) for c in range(len(COLUMNS))] for d in docs),
                                    widths=[20, 14, 14, 30, 60, 20])
        except (DvdeskError, OSError) as exc:
            Asker.error(self, "Không xuất được tệp Excel", str(exc))
            return None
        Asker.inform(self, "Đã xuất tệp Excel", f"Đã xuất {money_vn(len(docs))} văn bản ra tệp:\n{path}")
        return Path(path)


class DocumentDialog(QDialog):
    """Add or edit one directive document: fields, attached files, linked decisions. Everything is
    written at "Lưu" in one transaction (files chosen before are attached then)."""

    saved = Signal(int)

    def __init__(self, store, doc_id: int | None = None, parent=None, *, runner=None, choose_files=None,
                 open_file=None):
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.doc_id = doc_id
        self.choose_files = choose_files or choose_files_dialog
        self.open_file = open_file or open_with_system
        self.doc = store.documents.get(doc_id) if doc_id is not None else DirectiveDocument(number="")
        self.pending_files: list[Path] = []
        self.removed_attachments: set[int] = set()
        self.setWindowTitle("Sửa văn bản" if doc_id else "Thêm văn bản")
        self.resize(760, 640)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.number_edit = QLineEdit(self.doc.number)
        self.number_edit.setPlaceholderText("Ví dụ: 415-KH/BDVTU")
        self.number_error = self._error_label()
        self.type_combo = QComboBox()
        self.type_combo.addItem("(chưa chọn)", "")
        for member, label in DocType.choices():
            self.type_combo.addItem(f"{label} ({member})" if str(member) != DocType.KHAC else label, str(member))
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(self.doc.doc_type or "")))
        self.date_edit = DateEdit()
        self.date_edit.setDate(self.doc.issued_on)
        self.date_error = self._error_label()
        self.issuer_edit = QLineEdit(self.doc.issuer)
        issuers = sorted({d.issuer for d in store.documents.search("") if d.issuer})
        self.issuer_edit.setCompleter(QCompleter(issuers, self))
        self.summary_edit = QPlainTextEdit(self.doc.summary)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(80)
        self.phase_combo = QComboBox()
        self.phase_combo.addItem("(không thuộc giai đoạn nào)", None)
        for p in store.phases.list():
            self.phase_combo.addItem(p.name, p.id)
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(self.doc.phase_id)))
        self._phase_touched = doc_id is not None
        self.phase_combo.activated.connect(lambda _i: setattr(self, "_phase_touched", True))
        self.date_edit.editingFinished.connect(self._suggest_phase)
        number_box = QVBoxLayout()
        number_box.addWidget(self.number_edit)
        number_box.addWidget(self.number_error)
        date_box = QVBoxLayout()
        date_box.addWidget(self.date_edit)
        date_box.addWidget(self.date_error)
        form.addRow(f"{field_label('number')} (*):", number_box)
        form.addRow(f"{field_label('doc_type')}:", self.type_combo)
        form.addRow(f"{field_label('issued_on')} (dd/mm/yyyy):", date_box)
        form.addRow(f"{field_label('issuer')}:", self.issuer_edit)
        form.addRow(f"{field_label('summary')}:", self.summary_edit)
        form.addRow("Giai đoạn:", self.phase_combo)
        outer.addLayout(form)
        # attached files
        outer.addWidget(QLabel("<b>Tệp đính kèm</b> (bản chụp, bản điện tử của văn bản)"))
        files_row = QHBoxLayout()
        self.files_list = QListWidget()
        self.files_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.files_list.setFixedHeight(90)
        self.files_list.itemDoubleClicked.connect(lambda _i: self.open_attachment())
        files_row.addWidget(self.files_list, 1)
        buttons = QVBoxLayout()
        self.add_file_button = QPushButton(icon("fa5s.paperclip"), "Thêm tệp…")
        self.open_file_button = QPushButton(icon("fa5s.folder-open"), "Mở tệp")
        self.remove_file_button = QPushButton(icon("fa5s.times", "#b8312f"), "Bỏ tệp")
        self.add_file_button.clicked.connect(self.add_files)
        self.open_file_button.clicked.connect(self.open_attachment)
        self.remove_file_button.clicked.connect(self.remove_files)
        for b in (self.add_file_button, self.open_file_button, self.remove_file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        files_row.addLayout(buttons)
        outer.addLayout(files_row)
        # decisions resting on this document
        outer.addWidget(QLabel("<b>Quyết định căn cứ văn bản này</b> (đánh dấu để liên kết)"))
        self.decision_filter = QLineEdit()
        self.decision_filter.setPlaceholderText("Lọc quyết định theo số, trích yếu…")
        self.decision_filter.setClearButtonEnabled(True)
        self.decision_filter.textChanged.connect(self._filter_decisions)
        outer.addWidget(self.decision_filter)
        self.decisions_list = QListWidget()
        linked = set(store.documents.decision_ids(doc_id)) if doc_id is not None else set()
        for d in sorted(store.decisions.list(), key=lambda d: (d.signed_on, d.id), reverse=True):
            text = f"{d.number} — ngày {date_vn(d.signed_on)}" + (f" — {d.summary}" if d.summary else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, d.id)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d.id in linked else Qt.CheckState.Unchecked)
            self.decisions_list.addItem(item)
        outer.addWidget(self.decisions_list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.files_list.itemSelectionChanged.connect(self._update_file_buttons)
        self.refresh_files()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #b8312f;")
        label.setVisible(False)
        return label

    def _suggest_phase(self) -> None:
        """A new document dated in a phase belongs to it unless the user chose otherwise."""
        d = self.date_edit.date()
        if self._phase_touched or d is None:
            return
        for p in self.store.phases.list():
            if p.start_year <= d.year <= p.end_year:
                self.phase_combo.setCurrentIndex(self.phase_combo.findData(p.id))

    def _filter_decisions(self, text: str) -> None:
        from dvdesk.domain.vntext import fold

        words = fold(text).split()
        for i in range(self.decisions_list.count()):
            item = self.decisions_list.item(i)
            item.setHidden(not all(w in fold(item.text()) for w in words))

    # -- files ------------------------------------------------------------------------------------
    def refresh_files(self) -> None:
        self.files_list.clear()
        if self.doc_id is not None:
            for a in self.store.attachments.list_for(OWNER, self.doc_id):
                if a.id in self.removed_attachments:
                    continue
                item = QListWidgetItem(icon("fa5s.file"), a.file_name)
                item.setData(ID_ROLE, ("stored", a.id))
                self.files_list.addItem(item)
        for p in self.pending_files:
            item = QListWidgetItem(icon("fa5s.file", "#888"), f"{p.name} (thêm khi lưu)")
            item.setData(ID_ROLE, ("pending", str(p)))
            self.files_list.addItem(item)
        self._update_file_buttons()

    def _selected_files(self) -> list[tuple[str, object]]:
        return [i.data(ID_ROLE) for i in self.files_list.selectedItems()]

    def _update_file_buttons(self) -> None:
        sel = self._selected_files()
        self.open_file_button.setEnabled(len(sel) == 1 and sel[0][0] == "stored")
        self.remove_file_button.setEnabled(bool(sel))

    def add_files(self) -> int:
        paths = [Path(p) for p in (self.choose_files(self) or []) if p]
        self.pending_files += [p for p in paths if p not in self.pending_files]
        self.refresh_files()
        return len(paths)

    def remove_files(self) -> int:
        sel = self._selected_files()
        for kind, value in sel:
            if kind == "stored":
                self.removed_attachments.add(value)
            else:
                self.pending_files = [p for p in self.pending_files if str(p) != value]
        self.refresh_files()
        return len(sel)

    def open_attachment(self) -> Path | None:
        """Open the selected stored file through a sanitised copy (never a program or script)."""
        sel = self._selected_files()
        if len(sel) != 1 or sel[0][0] != "stored":
            return None
        return open_attachment_safely(self, self.store, self.store.attachments.get(sel[0][1]), self.open_file)

    # -- save ---------------------------------------------------------------------------------------
    def linked_decision_ids(self) -> list[int]:
        out = []
        for i in range(self.decisions_list.count()):
            item = self.decisions_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(ID_ROLE))
        return out

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in (("number", self.number_error), ("issued_on", self.date_error)):
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def validate(self) -> dict[str, str]:
        errors = {}
        if not self.number_edit.text().strip():
            errors["number"] = "Chưa nhập số, ký hiệu văn bản."
        if not self.date_edit.is_blank() and not self.date_edit.is_valid():
            errors["issued_on"] = "Ngày ban hành không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/04/2021."
        return errors

    def save(self) -> int | None:
        errors = self.validate()
        self._show_errors(errors)
        if errors:
            (self.number_edit if "number" in errors else self.date_edit).setFocus()
            return None
        doc = replace(self.doc, number=self.number_edit.text(), doc_type=self.type_combo.currentData() or "",
                      issued_on=self.date_edit.date(), issuer=self.issuer_edit.text(),
                      summary=self.summary_edit.toPlainText(), phase_id=self.phase_combo.currentData())
        decisions, files, removed = self.linked_decision_ids(), list(self.pending_files), set(self.removed_attachments)

        def op(store, _ctx=None) -> int:
            with store.tx():  # one user action: the document, its links and its files, or nothing
                if doc.id is None:
                    doc_id = store.documents.create(doc).id
                else:
                    store.documents.update(doc)
                    doc_id = doc.id
                store.documents.set_decisions(doc_id, decisions)
                for a_id in removed:
                    store.attachments.delete(a_id)
                for p in files:
                    store.attachments.add(OWNER, doc_id, p)
            return doc_id

        try:
            doc_id = self.runner.call(op, handler=self, parent=self) if self.runner is not None else op(self.store)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            Asker.error(self, "Chưa lưu được văn bản", str(exc))
            return None
        except DvdeskError as exc:
            Asker.error(self, "Chưa lưu được văn bản", str(exc))
            return None
        except OSError as exc:
            Asker.error(self, "Chưa lưu được văn bản", f"Không đọc hoặc chép được tệp: {exc.strerror or exc}.")
            return None
        self.doc_id = doc_id
        self.saved.emit(doc_id)
        self.accept()
        return doc_id
