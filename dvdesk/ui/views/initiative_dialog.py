"""The registration of one mô hình / điển hình: every field of DOMAIN.md §1, its lifecycle,
attachments and audit history.

``InitiativeDialog(store, initiative_id=None, parent=None)``: ``None`` registers a new one (the
status, attachment and history tabs open after the first save). Saving is one repository call
(one transaction); the rules' Vietnamese messages appear under their fields. ``saved(int)`` is
emitted with the id after each successful save.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain import catalog, labels, rules
from dvdesk.domain.entities import Attachment, AuditEntry, Initiative
from dvdesk.domain.errors import DvdeskError, NotFoundError, ValidationError
from dvdesk.domain.vntext import nfc
from dvdesk.domain.vocab import (
    AttachmentOwner,
    AuditAction,
    InitiativeKind,
    Level,
    Rating,
    Status,
    SubjectKind,
)
from dvdesk.services.audit_format import AuditFormatter
from dvdesk.services.audit_format import iso_date_vn as _iso_date_vn
from dvdesk.services.audit_format import when_vn as _when_vn
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_initiative_dialog import Ui_InitiativeDialog
from dvdesk.ui.widgets.date_edit import DateEdit

__all__ = ["FIELD_LABELS", "InitiativeDialog", "StatusChangeDialog"]

# Vietnamese names of every column of an initiative (the history tab shows changes with them; the
# error labels are named with them): the one mapping of dvdesk.domain.labels.
FIELD_LABELS: dict[str, str] = labels.labels_for("initiatives")

TEXT_LINES = {"name": "nameEdit", "person_name": "personNameEdit", "person_position": "personPositionEdit",
              "tags": "tagsEdit", "area": "areaEdit", "target_group": "targetGroupEdit",
              "lead_force": "leadForceEdit", "partners": "partnersEdit", "participants": "participantsEdit",
              "recognition_decision": "recognitionDecisionEdit"}
TEXT_AREAS = {"situation": "situationEdit", "goals": "goalsEdit", "methods": "methodsEdit",
              "progress": "progressEdit", "outputs": "outputsEdit", "sustainability": "sustainabilityEdit",
              "note": "noteEdit"}
DATES = {"registered_on": "registeredOnEdit", "start_date": "startDateEdit",
         "evaluation_date": "evaluationDateEdit", "recognition_date": "recognitionDateEdit"}
AMOUNTS = {"budget": "budgetEdit", "workdays": "workdaysEdit", "socialized": "socializedEdit"}
SPINS = {"year": "yearSpin", "replication_count": "replicationSpin"}
COMBOS = {"phase_id": "phaseCombo", "field_id": "fieldCombo", "block_id": "blockCombo",
          "rating": "ratingCombo", "recognition_level": "recognitionLevelCombo"}

# The order the clerk meets the fields in (the first invalid one gets the focus).
FIELD_ORDER = ["kind", "subject_kind", "name", "unit_id", "phase_id", "year", "field_id", "block_id",
               "person_name", "person_position", "registered_on", "tags", "note",
               "situation", "goals", "methods", "area", "target_group", "lead_force", "partners", "participants",
               "budget", "workdays", "socialized", "start_date", "progress", "evaluation_date",
               "outputs", "sustainability", "replication_count",
               "rating", "recognition_level", "recognition_decision", "recognition_date"]

# Where a field's error label goes: the form row holding this widget or layout.
ROW_ANCHORS = {"kind": "kindRow", "subject_kind": "subjectRow", "unit_id": "unitPicker", "phase_id": "phaseRow",
               "year": "phaseRow", "registered_on": "registeredRow", "budget": "budgetEditRow",
               "workdays": "workdaysEditRow", "socialized": "socializedEditRow", "start_date": "startDateRow",
               "evaluation_date": "evaluationDateRow", "replication_count": "replicationRow",
               "recognition_date": "recognitionDateRow"}

FileChooser = Callable[[QWidget], list[str]]
FileOpener = Callable[[Path], Any]


def choose_files_dialog(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, "Chọn tệp, ảnh đính kèm", str(Path.home()),
        "Ảnh và tài liệu (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx "
        "*.ppt *.pptx *.odt *.ods *.txt *.zip);;Ảnh (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.heic);;"
        "Mọi tệp (*)")
    return paths


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_attachment_safely(parent: QWidget, store, a: Attachment, open_file: FileOpener) -> Path | None:
    """Open a stored attachment the safe way (every screen with attachments uses this): the file is
    found by its validated hash only, a copy with a sanitised name goes into a fresh temporary
    folder, and a program or script is never launched — the user is offered its folder instead.
    Returns the copy, or None when it could not be made."""
    from dvdesk.store.attachment_files import copy_for_opening

    try:
        copy = copy_for_opening(store.attachments.path_of(a), a.file_name, a.sha256)
    except DvdeskError as exc:
        Asker.error(parent, "Không mở được tệp", str(exc))
        return None
    except OSError as exc:
        Asker.error(parent, "Không mở được tệp", f"Không chép được tệp ra thư mục tạm: {exc.strerror or exc}.")
        return None
    if copy.executable:
        if Asker.confirm(parent, "Mở thư mục chứa",
                         f"Tệp \"{copy.path.name}\" là loại tệp chạy được (chương trình, tập lệnh, bộ cài…) nên "
                         "chương trình không mở trực tiếp: nó có thể chứa mã độc.\n\n"
                         "Mở thư mục chứa tệp để tự kiểm tra?"):
            open_file(copy.folder)
        return copy.path
    if open_file(copy.path) is False:
        Asker.error(parent, "Không mở được tệp", f"Máy tính chưa có chương trình để mở tệp \"{copy.path.name}\".")
    return copy.path


def _size_vn(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    for unit in ("KB", "MB", "GB"):
        n /= 1024
        if n < 1024 or unit == "GB":
            return f"{n:.1f} {unit}".replace(".", ",")
    return ""


def _kind_of_file(a: Attachment) -> str:
    mime = a.mime or ""
    ext = Path(a.file_name).suffix.lower()
    if mime.startswith("image/"):
        return "Ảnh"
    if ext == ".pdf":
        return "PDF"
    if ext in (".doc", ".docx", ".odt", ".rtf"):
        return "Văn bản Word"
    if ext in (".xls", ".xlsx", ".ods", ".csv"):
        return "Bảng tính"
    return ext[1:].upper() if ext else "Tệp"


def _item(text: Any, data: Any = None, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if tip:
        item.setToolTip(tip)
    return item


def _set_combo(combo: QComboBox, value: Any, missing_label: str | None = None) -> None:
    idx = combo.findData(value)
    if idx < 0 and value is not None:
        combo.addItem(missing_label or f"(mã {value})", value)
        idx = combo.count() - 1
    combo.setCurrentIndex(max(idx, 0))


class _RoomyDelegate(QStyledItemDelegate):
    """A little air above and below each cell: stacked Vietnamese marks (Ẩ, Ễ) are not clipped."""

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 6)


class _ErrorLabel(QLabel):
    """A red, word-wrapped message whose height is that of its text at its real width (a wrapped
    QLabel in a QFormLayout otherwise asks for the height of a narrow three-line paragraph)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _height(self) -> int:
        width = self.width() if self.width() > 80 else 400
        return max(self.heightForWidth(width), self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and self.height() != self._height():
            self.updateGeometry()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()


class StatusChangeDialog(QDialog):
    """Move an initiative one step along its lifecycle: target status, date, note, and the
    recognition (level, decision, date) or the rating when the step needs it."""

    def __init__(self, initiative: Initiative, parent: QWidget | None = None):
        super().__init__(parent)
        self.initiative = initiative
        self.setWindowTitle("Chuyển trạng thái")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        layout.addLayout(form)
        current = QLabel(Status.label_of(initiative.status))
        current.setStyleSheet("font-weight: bold;")
        form.addRow("Trạng thái hiện tại:", current)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName("Chuyển sang")
        for code in catalog.allowed_transitions(initiative.status):
            self.target_combo.addItem(self._transition_label(code), code)
        form.addRow("Chuyển sang:", self.target_combo)
        self.date_edit = DateEdit()
        self.date_edit.setDate(date.today())
        self.date_edit.setAccessibleName("Ngày chuyển")
        self.date_row = self._left(self.date_edit)
        form.addRow("Ngày:", self.date_row)
        lbl = FIELD_LABELS
        self.rating_combo = QComboBox()
        self.rating_combo.setAccessibleName(lbl["rating"])
        self.rating_combo.addItem("— Chọn xếp loại —", None)
        for code, text in Rating.choices():
            self.rating_combo.addItem(text, code)
        _set_combo(self.rating_combo, initiative.rating)
        form.addRow(f"{lbl['rating']}:", self.rating_combo)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(lbl["recognition_level"])
        self.decision_edit = QLineEdit(initiative.recognition_decision)
        self.decision_edit.setPlaceholderText("Ví dụ: 12-QĐ/BDVTU")
        self.decision_edit.setAccessibleName(lbl["recognition_decision"])
        self.decision_date_edit = DateEdit()
        self.decision_date_edit.setAccessibleName(lbl["recognition_date"])
        self.decision_date_edit.setDate(initiative.recognition_date or date.today())
        form.addRow(f"{lbl['recognition_level']}:", self.level_combo)
        form.addRow(f"{lbl['recognition_decision']}:", self.decision_edit)
        self.decision_date_row = self._left(self.decision_date_edit)
        form.addRow(f"{lbl['recognition_date']}:", self.decision_date_row)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(lbl["note"])
        self.note_edit.setPlaceholderText("Lý do, căn cứ (bắt buộc khi lùi bước hoặc dừng)")
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(f"{lbl['note']}:", self.note_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok_button = QPushButton("Chuyển trạng thái")
        self.cancel_button = QPushButton("Hủy")
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.try_accept)
        self.cancel_button.clicked.connect(self.reject)
        self.target_combo.currentIndexChanged.connect(self._update_rows)
        self.date_edit.dateChanged.connect(self._fill_levels)
        self.date_edit.dateChanged.connect(self._date_changed)
        self._last_on: date | None = self.date_edit.date()
        self._fill_levels()
        self._update_rows()

    @staticmethod
    def _left(widget: QWidget) -> QLayout:
        box = QHBoxLayout()
        box.addWidget(widget)
        box.addStretch(1)
        return box

    def _transition_label(self, code: str) -> str:
        order = catalog.STATUS_ORDER
        text = Status.label_of(code)
        if code == Status.DUNG:
            return f"{text} (ngừng thực hiện)"
        if self.initiative.status != Status.DUNG and order.index(code) < order.index(self.initiative.status):
            return f"{text} (lùi lại một bước)"
        return text

    def _fill_levels(self, *_args) -> None:
        on = self.date_edit.date() or date.today()
        keep = self.level_combo.currentData() or self.initiative.recognition_level
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        self.level_combo.addItem("— Chọn cấp —", None)
        for level in catalog.levels_on(on):  # no district level from 1/7/2025
            self.level_combo.addItem(level.label, level)
        idx = self.level_combo.findData(keep)
        self.level_combo.setCurrentIndex(max(idx, 0))
        self.level_combo.blockSignals(False)

    def _date_changed(self, on: date | None) -> None:
        """The decision date follows the change date until the clerk types another one."""
        if on is None:
            return
        current = self.decision_date_edit.date()
        if current is None or current == self._last_on:
            self.decision_date_edit.setDate(on)
        self._last_on = on

    def target(self) -> str:
        return self.target_combo.currentData()

    def needs_recognition(self) -> bool:
        return (self.target() in catalog.RECOGNIZED_STATUSES
                and self.initiative.status not in catalog.RECOGNIZED_STATUSES)

    def needs_rating(self) -> bool:
        return self.target() == Status.PHAN_LOAI

    def is_backwards(self) -> bool:
        order = catalog.STATUS_ORDER
        t = self.target()
        return t == Status.DUNG or (self.initiative.status != Status.DUNG
                                    and order.index(t) < order.index(self.initiative.status))

    def _update_rows(self, *_args) -> None:
        for row in (self.level_combo, self.decision_edit, self.decision_date_row):
            self.form.setRowVisible(row, self.needs_recognition())
        self.form.setRowVisible(self.rating_combo, self.needs_rating())
        self.adjustSize()

    def set_target(self, code: str) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(code))

    def errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.date_edit.is_blank():
            errors["date"] = "Chưa nhập ngày chuyển trạng thái."
        elif self.date_edit.date() is None:
            errors["date"] = "Ngày chuyển trạng thái không hợp lệ (nhập ngày/tháng/năm, ví dụ 15/10/2025)."
        if self.needs_rating() and self.rating_combo.currentData() is None:
            errors["rating"] = "Chưa chọn xếp loại (Tốt, Khá, Trung bình, Yếu)."
        if self.needs_recognition():
            if self.level_combo.currentData() is None:
                errors["recognition_level"] = "Chưa chọn cấp công nhận."
            if not self.decision_date_edit.is_valid():
                errors["recognition_date"] = "Ngày công nhận không hợp lệ (nhập ngày/tháng/năm)."
        if self.is_backwards() and not self.note_edit.toPlainText().strip():
            errors["note"] = "Hãy ghi lý do khi lùi trạng thái hoặc dừng mô hình."
        return errors

    def values(self) -> tuple[str, date, str, dict[str, Any]]:
        """(target status, date, note, extra fields for ``InitiativeRepo.change_status``)."""
        on = self.date_edit.date() or date.today()
        extra: dict[str, Any] = {}
        if self.needs_rating():
            extra["rating"] = self.rating_combo.currentData()
        if self.needs_recognition():
            extra["recognition_level"] = self.level_combo.currentData()
            extra["recognition_decision"] = nfc(self.decision_edit.text()).strip()
            extra["recognition_date"] = self.decision_date_edit.date() or on
        return self.target(), on, nfc(self.note_edit.toPlainText()).strip(), extra

    def try_accept(self) -> None:
        errors = self.errors()
        if errors:
            self.error_label.setText("\n".join(errors.values()))
            self.error_label.show()
            return
        self.accept()


class InitiativeDialog(QDialog):
    """Register or edit one mô hình / điển hình."""

    saved = Signal(int)

    DEFAULT_SIZE = QSize(940, 660)

    def __init__(self, store, initiative_id: int | None = None, parent: QWidget | None = None, *,
                 choose_files: FileChooser | None = None, open_file: FileOpener | None = None,
                 run_status_dialog: Callable[[StatusChangeDialog], int] | None = None, runner: Any = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner  # the window's OpRunner: saves run in its worker, pages refresh from Changes
        self.initiative_id: int | None = None
        # injectable for tests (and for a future preview): file chooser, opener, status sub-dialog
        self.choose_files: FileChooser = choose_files or choose_files_dialog
        self.open_file: FileOpener = open_file or open_with_system
        self.run_status_dialog = run_status_dialog or (lambda dlg: dlg.exec())
        self.ui = Ui_InitiativeDialog()
        self.ui.setupUi(self)
        self._loading = False
        self._block_auto = True
        self._setting_block = False
        self._snapshot: dict[str, Any] = {}
        self._base: Initiative | None = None
        self._error_labels: dict[str, QLabel] = {}
        self._error_forms: dict[str, QFormLayout] = {}
        self._history_format = AuditFormatter.for_record(store, FIELD_LABELS)
        self._last_registered: date | None = None

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fill_choices()
        self._setup_tables()
        self._make_error_labels()
        self._connect()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.save_and_close)
        self._fit_to_screen()
        if getattr(store, "readonly", False):  # a read-only database: the form only shows
            u = self.ui
            for button in (u.saveButton, u.saveCloseButton, u.changeStatusButton, u.addFileButton,
                           u.removeFileButton):
                button.setVisible(False)
            u.shortcutHint.setText("Chỉ đọc: cơ sở dữ liệu không cho phép ghi, không lưu được thay đổi · Esc: đóng")
            u.shortcutHint.setStyleSheet("color: #8a5a00; font-weight: bold;")
        if initiative_id is None:
            self._new_defaults()
        else:
            self._load(initiative_id)

    # ------------------------------------------------------------------------------------------
    # setup
    # ------------------------------------------------------------------------------------------
    def _w(self, name: str) -> Any:
        return getattr(self.ui, name)

    def _fit_to_screen(self) -> None:
        size = QSize(self.DEFAULT_SIZE)
        screen = self.screen()
        if screen is not None:
            avail = screen.availableGeometry()
            size = size.boundedTo(QSize(avail.width() - 20, avail.height() - 40))
        self.resize(size)

    def _fill_choices(self) -> None:
        u = self.ui
        self._phases = self.store.phases.list()
        for p in self._phases:
            u.phaseCombo.addItem(p.name, p.id)
        u.fieldCombo.addItem("— Chưa chọn —", None)
        for f in self.store.fields.list():
            u.fieldCombo.addItem(f.name, f.id)
        u.blockCombo.addItem("— Theo đơn vị —", None)
        for b in self.store.blocks.list():
            u.blockCombo.addItem(b.name, b.id)
        u.ratingCombo.addItem("— Chưa xếp loại —", None)
        for code, text in Rating.choices():
            u.ratingCombo.addItem(text, code)
        u.recognitionLevelCombo.addItem("— Chưa công nhận —", None)
        for code, text in Level.choices():
            u.recognitionLevelCombo.addItem(text, code)
        u.workdaysEdit.setToolTip("Số ngày công lao động đóng góp, ví dụ 1.200")
        self._units = self.store.units.list()
        u.unitPicker.set_units(self._units)

    def _setup_tables(self) -> None:
        u = self.ui
        specs = [
            (u.statusLogTable, ["Ngày", "Từ trạng thái", "Sang trạng thái", "Ghi chú", "Người thực hiện"],
             [90, 150, 150, 0, 130], 3),
            (u.attachmentsTable, ["Tên tệp", "Loại", "Dung lượng", "Ngày thêm"], [0, 110, 90, 130], 0),
            (u.historyTable, ["Thời gian", "Người thực hiện", "Thao tác", "Nội dung thay đổi"],
             [120, 120, 150, 0], 3),
        ]
        for table, headers, widths, stretch in specs:
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 8)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
            table.setItemDelegate(_RoomyDelegate(table))
            header = table.horizontalHeader()
            header.setHighlightSections(False)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            for col, width in enumerate(widths):
                if col == stretch:
                    header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
                else:
                    header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                    table.setColumnWidth(col, width)
        u.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        u.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        u.statusLogTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def _field_widget(self, field: str) -> QWidget:
        u = self.ui
        special = {"kind": u.kindModelRadio, "subject_kind": u.subjectCollectiveRadio,
                   "unit_id": u.unitPicker.combo}
        if field in special:
            return special[field]
        for table in (TEXT_LINES, TEXT_AREAS, DATES, AMOUNTS, SPINS, COMBOS):
            if field in table:
                return self._w(table[field])
        raise KeyError(field)

    def _anchor(self, field: str) -> QWidget | QLayout:
        name = ROW_ANCHORS.get(field)
        return self._w(name) if name else self._field_widget(field)

    def _make_error_labels(self) -> None:
        """One red label under each form row (hidden until the rules complain about that row)."""
        forms = self.findChildren(QFormLayout)
        by_anchor: dict[int, tuple[QLabel, QFormLayout]] = {}
        for field in FIELD_ORDER:
            anchor = self._anchor(field)
            if id(anchor) in by_anchor:  # two fields on one row (giai đoạn, năm) share the label
                self._error_labels[field], self._error_forms[field] = by_anchor[id(anchor)]
                continue
            for form in forms:
                if isinstance(anchor, QLayout):
                    row, _role = form.getLayoutPosition(anchor)
                else:
                    row, _role = form.getWidgetPosition(anchor)
                if row >= 0:
                    break
            else:
                continue
            label = _ErrorLabel()
            label.setObjectName(f"{field}Error")
            label.setAccessibleName(f"Lỗi: {FIELD_LABELS.get(field, field)}")
            caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if caption is not None and isinstance(caption.widget(), QLabel):
                caption.widget().setBuddy(self._field_widget(field))
            form.insertRow(row + 1, "", label)
            form.setRowVisible(label, False)
            by_anchor[id(anchor)] = (label, form)
            self._error_labels[field] = label
            self._error_forms[field] = form

    def _connect(self) -> None:
        u = self.ui
        for field, name in TEXT_LINES.items():
            self._w(name).textChanged.connect(lambda _t, f=field: self._changed(f))
        for field, name in TEXT_AREAS.items():
            self._w(name).textChanged.connect(lambda f=field: self._changed(f))
        for field, name in DATES.items():
            self._w(name).textChanged.connect(lambda _t, f=field: self._changed(f))
        for field, name in AMOUNTS.items():
            self._w(name).textChanged.connect(lambda _t, f=field: self._changed(f))
        for field, name in SPINS.items():
            self._w(name).valueChanged.connect(lambda _v, f=field: self._changed(f))
        for field, name in COMBOS.items():
            self._w(name).currentIndexChanged.connect(lambda _i, f=field: self._changed(f))
        u.kindGroup.buttonToggled.connect(lambda _b, _on: self._changed("kind"))
        u.subjectGroup.buttonToggled.connect(lambda _b, _on: self._changed("subject_kind"))
        u.unitPicker.unitChanged.connect(lambda _id: self._changed("unit_id"))

        u.subjectGroup.buttonToggled.connect(lambda _b, _on: self._update_person_enabled())
        u.unitPicker.unitChanged.connect(self._unit_changed)
        u.blockCombo.currentIndexChanged.connect(self._block_changed)
        u.yearSpin.valueChanged.connect(self._year_changed)
        u.registeredOnEdit.dateChanged.connect(self._registered_changed)

        u.saveButton.clicked.connect(self.save)
        u.saveCloseButton.clicked.connect(self.save_and_close)
        u.closeButton.clicked.connect(self.reject)
        u.changeStatusButton.clicked.connect(self.change_status)
        u.addFileButton.clicked.connect(self.add_attachments)
        u.openFileButton.clicked.connect(self.open_attachment)
        u.removeFileButton.clicked.connect(self.remove_attachments)
        u.attachmentsTable.itemSelectionChanged.connect(self._update_attachment_buttons)
        u.attachmentsTable.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        u.tabs.currentChanged.connect(lambda _i: self._fit_rows())
        for table in (u.historyTable, u.statusLogTable):
            table.horizontalHeader().sectionResized.connect(lambda *_a, t=table: t.resizeRowsToContents())

    def _fit_rows(self) -> None:
        """Wrapped cells get their height once their column has its real width."""
        for table in (self.ui.historyTable, self.ui.statusLogTable):
            if table.isVisible():
                table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_rows()

    # ------------------------------------------------------------------------------------------
    # loading and defaults
    # ------------------------------------------------------------------------------------------
    def _phase_for_year(self, year: int) -> int | None:
        for p in self._phases:
            if p.start_year <= year <= p.end_year:
                return p.id
        return None

    def _new_defaults(self) -> None:
        today = date.today()
        base = Initiative(name="", unit_id=None, phase_id=self._phase_for_year(today.year),  # type: ignore[arg-type]
                          year=today.year, registered_on=today)
        self.initiative_id = None
        self._block_auto = True
        self._fill(base)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.nameEdit.setFocus()

    def _load(self, initiative_id: int) -> None:
        i = self.store.initiatives.get(initiative_id)
        self.initiative_id = i.id
        unit_block = next((u.block_id for u in self._units if u.id == i.unit_id), None)
        # the block keeps following the unit unless the clerk chose another one
        self._block_auto = i.block_id is None or i.block_id == unit_block
        if i.unit_id is not None and all(u.id != i.unit_id for u in self._units):
            try:  # a unit in the trash still shows on its old records
                self._units.append(self.store.units.get(i.unit_id, include_deleted=True))
                self.ui.unitPicker.set_units(self._units)
            except NotFoundError:
                pass
        self._fill(i)

    def _fill(self, i: Initiative) -> None:
        u = self.ui
        self._loading = True
        try:
            self._base = i
            (u.kindExemplarRadio if i.kind == InitiativeKind.DIEN_HINH else u.kindModelRadio).setChecked(True)
            (u.subjectPersonRadio if i.subject_kind == SubjectKind.CA_NHAN else u.subjectCollectiveRadio).setChecked(True)
            for field, name in TEXT_LINES.items():
                self._w(name).setText(getattr(i, field) or "")
            for field, name in TEXT_AREAS.items():
                self._w(name).setPlainText(getattr(i, field) or "")
            for field, name in DATES.items():
                self._w(name).setDate(getattr(i, field))
            for field, name in AMOUNTS.items():
                self._w(name).setValue(getattr(i, field))
            u.yearSpin.setValue(i.year)
            u.replicationSpin.setValue(i.replication_count or 0)
            if i.phase_id is not None:
                _set_combo(u.phaseCombo, i.phase_id)
            else:
                u.phaseCombo.setCurrentIndex(-1)
            _set_combo(u.fieldCombo, i.field_id, self._catalog_name("field_id", i.field_id))
            _set_combo(u.blockCombo, i.block_id, self._catalog_name("block_id", i.block_id))
            _set_combo(u.ratingCombo, i.rating)
            _set_combo(u.recognitionLevelCombo, i.recognition_level)
            self._last_registered = i.registered_on
            u.unitPicker.set_date(self._unit_date())
            u.unitPicker.set_unit_id(i.unit_id)
            self._update_person_enabled()
        finally:
            self._loading = False
        self._clear_errors()
        self._refresh_side_tabs()
        self._snapshot = self._state()
        self._update_title()

    def _catalog_name(self, field: str, value: Any) -> str | None:
        return self._history_format.value(field, value) if value is not None else None

    def _refresh_side_tabs(self) -> None:
        u = self.ui
        saved = self.initiative_id is not None
        tip = "" if saved else "Lưu mô hình, điển hình lần đầu để dùng mục này."
        for tab in (u.tabStatus, u.tabAttachments, u.tabHistory):
            idx = u.tabs.indexOf(tab)
            u.tabs.setTabEnabled(idx, saved)
            u.tabs.setTabToolTip(idx, tip)
        base = self._base
        u.statusValueLabel.setText(Status.label_of(base.status) if base else "")
        u.exemplaryValueLabel.setText("Có" if base and base.exemplary else "Không")
        u.changeStatusButton.setEnabled(saved)
        if saved:
            self.refresh_status_log()
            self.refresh_attachments()
            self.refresh_history()
        else:
            for table in (u.statusLogTable, u.attachmentsTable, u.historyTable):
                table.setRowCount(0)
        self._update_attachment_buttons()

    # ------------------------------------------------------------------------------------------
    # reading the form
    # ------------------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        u = self.ui
        values: dict[str, Any] = {
            "kind": InitiativeKind.DIEN_HINH if u.kindExemplarRadio.isChecked() else InitiativeKind.MO_HINH,
            "subject_kind": SubjectKind.CA_NHAN if u.subjectPersonRadio.isChecked() else SubjectKind.TAP_THE,
            "unit_id": u.unitPicker.unit_id(),
        }
        for field, name in TEXT_LINES.items():
            values[field] = nfc(self._w(name).text()).strip()
        for field, name in TEXT_AREAS.items():
            values[field] = nfc(self._w(name).toPlainText()).strip()
        for field, name in DATES.items():
            values[field] = self._w(name).date()
        for field, name in AMOUNTS.items():
            values[field] = self._w(name).value()
        values["year"] = u.yearSpin.value()
        values["replication_count"] = u.replicationSpin.value()
        for field, name in COMBOS.items():
            values[field] = self._w(name).currentData()
        if values["subject_kind"] != SubjectKind.CA_NHAN:
            values["person_name"] = values["person_position"] = ""
        return values

    def _state(self) -> dict[str, Any]:
        """What the clerk sees (dates as typed, so an unparsable date still counts as a change)."""
        state = self._values()
        for field, name in DATES.items():
            state[field] = self._w(name).text().strip()
        state["person_name"] = nfc(self.ui.personNameEdit.text()).strip()
        state["person_position"] = nfc(self.ui.personPositionEdit.text()).strip()
        return state

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def initiative(self) -> Initiative:
        """The record as the form shows it (not saved)."""
        base = self._base or Initiative(name="", unit_id=None, phase_id=None, year=date.today().year)  # type: ignore[arg-type]
        return dataclasses.replace(base, **self._values())

    def _widget_errors(self) -> dict[str, str]:
        errors = {}
        for field, name in DATES.items():
            if not self._w(name).is_valid():
                errors[field] = (f"{FIELD_LABELS[field]} không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, "
                                 "ví dụ 15/10/2025.")
        return errors

    # ------------------------------------------------------------------------------------------
    # reacting to edits
    # ------------------------------------------------------------------------------------------
    def _changed(self, field: str) -> None:
        if self._loading:
            return
        self._clear_error(field)
        self._update_title()

    def _update_title(self) -> None:
        base = self._base
        if self.initiative_id is None:
            head = "Đăng ký mô hình, điển hình mới"
        else:
            kind = InitiativeKind.label_of(base.kind) if base else ""
            head = f"{kind} {base.code}".strip() if base else ""
        name = nfc(self.ui.nameEdit.text()).strip()
        self.ui.headerLabel.setText(f"{head}: {name}" if name and self.initiative_id is not None else head)
        self.setWindowTitle(f"{head}{' *' if self.is_dirty() else ''} — dvdesk")

    def _update_person_enabled(self) -> None:
        on = self.ui.subjectPersonRadio.isChecked()
        for w in (self.ui.personNameEdit, self.ui.personPositionEdit, self.ui.personNameLabel,
                  self.ui.personPositionLabel):
            w.setEnabled(on)

    def _unit_date(self) -> date:
        d = self.ui.registeredOnEdit.date()
        return d or date(self.ui.yearSpin.value(), 1, 1)

    def _unit_changed(self, unit_id: int | None) -> None:
        if self._loading or not self._block_auto:
            return
        unit = self.ui.unitPicker.current_unit()
        self._setting_block = True
        try:
            _set_combo(self.ui.blockCombo, unit.block_id if unit else None)
        finally:
            self._setting_block = False

    def _block_changed(self, _index: int) -> None:
        if not self._loading and not self._setting_block:
            self._block_auto = self.ui.blockCombo.currentData() is None

    def _year_changed(self, year: int) -> None:
        if self._loading:
            return
        phase = self._phase_for_year(year)
        if phase is not None:
            _set_combo(self.ui.phaseCombo, phase)
        self.ui.unitPicker.set_date(self._unit_date())

    def _registered_changed(self, d: date | None) -> None:
        if self._loading:
            return
        if d is not None:
            old = self._last_registered
            # the year follows the registration date unless the clerk set it apart
            if old is None or self.ui.yearSpin.value() == old.year:
                self.ui.yearSpin.setValue(d.year)
            self._last_registered = d
        self.ui.unitPicker.set_date(self._unit_date())

    # ------------------------------------------------------------------------------------------
    # errors next to their fields
    # ------------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for field in list(self._error_labels):
            self._clear_error(field)
        self.ui.errorSummaryLabel.clear()
        self.ui.errorSummaryLabel.hide()

    def _clear_error(self, field: str) -> None:
        label = self._error_labels.get(field)
        if label is not None and not label.isHidden():
            label.clear()
            self._error_forms[field].setRowVisible(label, False)

    def errors_shown(self) -> dict[str, str]:
        """Field -> message currently shown under it (for tests and accessibility)."""
        shown = {}
        for field, label in self._error_labels.items():
            if self._error_forms[field].isRowVisible(label) and label.text():
                shown[field] = label.text()
        return shown

    def show_errors(self, errors: dict[str, str]) -> None:
        self._clear_errors()
        by_label: dict[int, tuple[QLabel, list[str], str]] = {}
        loose = []
        for field, message in errors.items():
            label = self._error_labels.get(field)
            if label is None:
                loose.append(message)
                continue
            entry = by_label.setdefault(id(label), (label, [], field))
            entry[1].append(message)
        for label, messages, field in by_label.values():
            label.setText("\n".join(messages))
            self._error_forms[field].setRowVisible(label, True)
        n = len(errors)
        summary = f"Chưa lưu được: có {n} chỗ cần sửa (ghi màu đỏ dưới ô nhập)." if n > len(loose) else \
            "Chưa lưu được."
        if loose:
            summary += " " + " ".join(loose)
        self.ui.errorSummaryLabel.setStyleSheet("color: #c62828;")
        self.ui.errorSummaryLabel.setText(summary)
        self.ui.errorSummaryLabel.show()
        placed = [f for f in FIELD_ORDER if f in errors and f in self._error_labels]
        if placed:
            self.focus_field(placed[0])

    def focus_field(self, field: str) -> None:
        widget = self._field_widget(field)
        if field == "kind" and self.ui.kindExemplarRadio.isChecked():
            widget = self.ui.kindExemplarRadio
        if field == "subject_kind" and self.ui.subjectPersonRadio.isChecked():
            widget = self.ui.subjectPersonRadio
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------------------
    # saving and closing
    # ------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate, then one repository call (one transaction). True when saved."""
        self.ui.unitPicker.commit_text()
        candidate = self.initiative()
        errors = {**rules.validate_initiative(candidate), **self._widget_errors()}
        if errors:
            self.show_errors(errors)
            return False
        def save_op(store, _ctx=None) -> int:
            if candidate.id is None:
                return store.initiatives.create(candidate).id
            store.initiatives.update(candidate)
            return candidate.id

        try:
            if self.runner is not None:
                self.initiative_id = self.runner.call(save_op, handler=self, parent=self)
            else:
                self.initiative_id = self.store.run(save_op)[0]
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except DvdeskError as exc:
            Asker.error(self, "Không lưu được", str(exc))
            return False
        current_tab = self.ui.tabs.currentIndex()
        self._load(self.initiative_id)
        self.ui.tabs.setCurrentIndex(current_tab)
        self.ui.errorSummaryLabel.setStyleSheet("color: #2e7d32;")
        self.ui.errorSummaryLabel.setText(f"Đã lưu lúc {datetime.now():%H:%M}.")
        self.ui.errorSummaryLabel.show()
        self.saved.emit(self.initiative_id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Esc, the window's X and "Đóng": ask before throwing away unsaved changes."""
        if self.is_dirty() and not Asker.confirm(
                self, "Bỏ thay đổi?",
                "Các thay đổi chưa được lưu sẽ bị mất.\nĐóng cửa sổ mà không lưu?"):
            return
        super().reject()

    # ------------------------------------------------------------------------------------------
    # status
    # ------------------------------------------------------------------------------------------
    def change_status(self) -> bool:
        """"Chuyển trạng thái…": offers only the allowed transitions; True when it was changed."""
        if self.initiative_id is None:
            return False
        if self.is_dirty():
            if not Asker.confirm(self, "Lưu thay đổi?",
                                 "Cần lưu các thay đổi đang nhập trước khi chuyển trạng thái. Lưu ngay?"):
                return False
            if not self.save():
                return False
        dlg = StatusChangeDialog(self._base, self)
        if self.run_status_dialog(dlg) != QDialog.DialogCode.Accepted:
            return False
        to, on, note, extra = dlg.values()
        return self.apply_status_change(to, on, note, **extra)

    def apply_status_change(self, to: str, on: date, note: str = "", **extra: Any) -> bool:
        iid = self.initiative_id
        try:
            if self.runner is not None:
                self.runner.call(lambda store, _ctx: store.initiatives.change_status(iid, to, on, note, **extra),
                                 handler=self, parent=self)
            else:
                self.store.initiatives.change_status(iid, to, on, note, **extra)
        except DvdeskError as exc:
            Asker.error(self, "Không chuyển được trạng thái", str(exc))
            return False
        tab = self.ui.tabs.currentIndex()
        self._load(self.initiative_id)
        self.ui.tabs.setCurrentIndex(tab)
        self.saved.emit(self.initiative_id)
        return True

    def refresh_status_log(self) -> None:
        table = self.ui.statusLogTable
        rows = self.store.initiatives.status_log(self.initiative_id)
        table.setRowCount(len(rows))
        for r, row in enumerate(reversed(rows)):
            values = [_iso_date_vn(row["changed_on"]),
                      Status.label_of(row["from_status"]) or "(mới đăng ký)",
                      Status.label_of(row["to_status"]), row["note"], row["user"]]
            for c, value in enumerate(values):
                table.setItem(r, c, _item(value, tip=value if c == 3 else None))
        table.resizeRowsToContents()

    # ------------------------------------------------------------------------------------------
    # attachments
    # ------------------------------------------------------------------------------------------
    def attachments(self) -> list[Attachment]:
        if self.initiative_id is None:
            return []
        return self.store.attachments.list_for(AttachmentOwner.INITIATIVES, self.initiative_id)

    def refresh_attachments(self) -> None:
        table = self.ui.attachmentsTable
        items = self.attachments()
        table.setRowCount(len(items))
        for r, a in enumerate(items):
            table.setItem(r, 0, _item(a.file_name, a.id, a.caption or a.file_name))
            table.setItem(r, 1, _item(_kind_of_file(a)))
            size = _item(_size_vn(a.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 2, size)
            table.setItem(r, 3, _item(_when_vn(a.added_at)))
        idx = self.ui.tabs.indexOf(self.ui.tabAttachments)
        self.ui.tabs.setTabText(idx, f"Tệp đính kèm ({len(items)})" if items else "Tệp đính kèm")
        self._update_attachment_buttons()

    def _selected_attachment_ids(self) -> list[int]:
        table = self.ui.attachmentsTable
        rows = sorted({i.row() for i in table.selectedIndexes()})
        return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows if table.item(r, 0)]

    def _update_attachment_buttons(self) -> None:
        saved = self.initiative_id is not None
        selected = bool(self._selected_attachment_ids()) if saved else False
        self.ui.addFileButton.setEnabled(saved)
        self.ui.openFileButton.setEnabled(selected)
        self.ui.removeFileButton.setEnabled(selected)

    def add_attachments(self) -> int:
        """Ask for files (the injectable chooser) and attach them all in one transaction."""
        if self.initiative_id is None:
            return 0
        paths = [p for p in (self.choose_files(self) or []) if p]
        if not paths:
            return 0
        iid = self.initiative_id

        def attach(store, ctx=None) -> None:  # hashing and copying big scans: in the runner's worker
            for k, p in enumerate(paths):
                if ctx is not None:
                    ctx.progress(k, len(paths), f"Đang đính kèm {Path(p).name}")
                store.attachments.add(AttachmentOwner.INITIATIVES, iid, p)

        try:
            if self.runner is not None:
                self.runner.call(attach, handler=self, parent=self)
            else:
                self.store.run(attach)
        except DvdeskError as exc:
            Asker.error(self, "Không thêm được tệp", str(exc))
            return 0
        except OSError as exc:
            Asker.error(self, "Không thêm được tệp", f"Không đọc hoặc chép được tệp: {exc.strerror or exc}.")
            return 0
        self.refresh_attachments()
        self.refresh_history()
        return len(paths)

    def _attachment(self, attachment_id: int) -> Attachment:
        return self.store.attachments.get(attachment_id)

    def open_attachment(self) -> Path | None:
        """Open the selected file with the program Windows associates with it.

        Stored files are named by their content hash, so a copy with the original name is made in
        the temporary folder first (the stored file itself is never handed out for editing)."""
        ids = self._selected_attachment_ids()
        if not ids:
            return None
        a = self._attachment(ids[0])
        return open_attachment_safely(self, self.store, a, self.open_file)

    def remove_attachments(self) -> int:
        ids = self._selected_attachment_ids()
        if not ids:
            return 0
        names = [self._attachment(i).file_name for i in ids]
        what = f"tệp \"{names[0]}\"" if len(names) == 1 else f"{len(names)} tệp đã chọn"
        if not Asker.confirm(self, "Xóa tệp đính kèm?",
                             f"Đưa {what} vào thùng rác?\nCó thể khôi phục lại trong mục Thùng rác."):
            return 0
        try:
            with self.store.tx():
                for i in ids:
                    self.store.attachments.delete(i)
        except DvdeskError as exc:
            Asker.error(self, "Không xóa được tệp", str(exc))
            return 0
        self.refresh_attachments()
        self.refresh_history()
        return len(ids)

    # ------------------------------------------------------------------------------------------
    # history
    # ------------------------------------------------------------------------------------------
    def history_rows(self) -> list[tuple[str, str, str, str]]:
        """(time, user, action, details) of this record and its attachments, newest first."""
        if self.initiative_id is None:
            return []
        entries: list[tuple[AuditEntry, str | None]] = [
            (e, None) for e in self.store.audit.history("initiatives", self.initiative_id)]
        for row in self.store.query("SELECT id, file_name FROM attachments WHERE owner_table = ? AND owner_id = ?",
                                    (AttachmentOwner.INITIATIVES, self.initiative_id)):
            entries += [(e, row["file_name"]) for e in self.store.audit.history("attachments", row["id"])]
        entries.sort(key=lambda pair: pair[0].id or 0, reverse=True)
        out = []
        for e, attachment_name in entries:
            action, details = self._history_format.history_row(e, attachment_name)
            if e.action == AuditAction.UPDATE and not details:
                continue  # only derived columns changed
            out.append((_when_vn(e.at), e.user, action, details))
        return out

    def refresh_history(self) -> None:
        table = self.ui.historyTable
        rows = self.history_rows()
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, _item(value, tip=value if c == 3 and value else None))
        table.resizeRowsToContents()

