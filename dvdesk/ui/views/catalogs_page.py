"""Danh mục: units (versioned: rename, merge, split, dissolve), fields, blocks, award forms with
their dated coefficients, base salaries, phases with their milestones.

Every write is one repository call (one transaction); every destructive step is confirmed
through :class:`~dvdesk.ui.dialogs.Asker`; repository errors are shown in Vietnamese, next to
the field they concern when the dialog is still open.

Dialogs are run through :meth:`CatalogsPage.run_dialog`; a test sets ``page.dialog_hook`` to a
function that fills the real dialog's widgets and presses its buttons instead of ``exec()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain import money
from dvdesk.domain.entities import Unit
from dvdesk.domain.errors import DvdeskError, InUseError, ValidationError
from dvdesk.domain.vntext import date_vn, fold, money_vn
from dvdesk.domain.vocab import Level, SubjectKind
from dvdesk.qtmodels.catalogs import (
    AwardFormModel,
    BaseSalaryModel,
    CatalogListModel,
    CoefficientModel,
    PhaseTreeModel,
    UnitTreeModel,
    coefficient_vn,
    unit_links,
)
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_catalog_change_dialog import Ui_CatalogChangeDialog
from dvdesk.ui.forms.ui_catalog_item_dialog import Ui_CatalogItemDialog
from dvdesk.ui.forms.ui_catalog_phase_dialog import Ui_CatalogPhaseDialog
from dvdesk.ui.forms.ui_catalog_rate_dialog import Ui_CatalogRateDialog
from dvdesk.ui.forms.ui_catalog_unit_dialog import Ui_CatalogUnitDialog
from dvdesk.ui.forms.ui_catalogs_page import Ui_CatalogsPage
from dvdesk.ui.widgets.date_edit import INVALID_DATE_MESSAGE, DateEdit


def date_errors(edit: DateEdit, key: str, what: str, required: bool) -> dict[str, str]:
    """The Vietnamese message for a date field that is empty (when required) or not a date."""
    if edit.is_blank():
        return {key: f"Chưa nhập {what}."} if required else {}
    if edit.date() is None:
        return {key: INVALID_DATE_MESSAGE}
    return {}


def parse_coefficient(text: str) -> Decimal | None:
    """ "0,3" or "0.3" -> Decimal("0.3"); anything else -> None."""
    t = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def suggest_code(name: str) -> str:
    """A code from a name's initials: "Xây dựng nông thôn mới" -> "XDNTM"."""
    return "".join(w[0] for w in fold(name).upper().split() if w[:1].isalnum())[:12]


def unit_caption(u: Unit) -> str:
    """A unit's name with its validity when it has ended (names repeat across time)."""
    if u.valid_to is not None:
        start = f"{date_vn(u.valid_from)} – " if u.valid_from else "đến "
        return f"{u.name} ({start}{date_vn(u.valid_to)})"
    if u.valid_from is not None:
        return f"{u.name} (từ {date_vn(u.valid_from)})"
    return u.name


class TallRowDelegate(QStyledItemDelegate):
    """Rows tall enough for stacked Vietnamese marks ("Ủy", "Kiểm", "vận") on every font."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))


def _fit_columns(view: QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    for c in range(view.model().columnCount()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)


# ----------------------------------------------------------------------------------------------
class FormDialog(QDialog):
    """A dialog whose OK button runs ``submit(dialog)``; a ValidationError keeps the dialog open
    with each message next to its field, a DvdeskError shows below the form. ``submit`` returns
    ``FormDialog.STAY`` to keep the dialog open (e.g. the user declined a confirmation)."""

    STAY = object()
    ui_class: Any = None
    ok_text = "Lưu"

    def __init__(self, parent: QWidget | None, title: str, submit: Callable[[FormDialog], Any]):
        super().__init__(parent)
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.setMinimumWidth(self.width())  # the width drawn in the .ui file
        self.setWindowTitle(title)
        self.submit = submit
        self.result_value: Any = None
        box = self.ui.buttonBox
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.ok_text)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        box.accepted.connect(self.try_accept)
        box.rejected.connect(self.reject)
        self.clear_errors()

    # field key (as in ValidationError.errors) -> label showing its message; "" = general
    def error_labels(self) -> dict[str, QLabel]:
        return {"": self.ui.generalError}

    def error_label_for(self, key: str) -> QLabel:
        labels = self.error_labels()
        return labels.get(key, labels[""])

    def clear_errors(self) -> None:
        for lbl in set(self.error_labels().values()):
            lbl.clear()
            lbl.setVisible(False)

    def show_errors(self, errors: dict[str, str]) -> None:
        grouped: dict[QLabel, list[str]] = {}
        for key, msg in errors.items():
            grouped.setdefault(self.error_label_for(key), []).append(msg)
        for lbl, msgs in grouped.items():
            lbl.setText("\n".join(msgs))
            lbl.setVisible(True)
        self.fit_height()

    def fit_height(self, shrink: bool = False) -> None:
        """The height the wrapped texts need at the current width (grow only, once shown)."""
        lay = self.layout()
        width = max(self.width(), self.minimumWidth())
        lay.activate()
        need = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        keep = 0 if shrink else self.height()
        self.resize(width, max(need, keep, lay.totalMinimumSize().height()))

    def showEvent(self, event) -> None:
        self.fit_height(shrink=True)
        super().showEvent(event)

    def errors_text(self) -> str:
        """Every message now shown (for tests and accessibility)."""
        return "\n".join(lbl.text() for lbl in set(self.error_labels().values()) if lbl.text())

    def validate(self) -> dict[str, str]:
        """Checks that need no database (subclasses)."""
        return {}

    def try_accept(self) -> None:
        self.clear_errors()
        errors = self.validate()
        if errors:
            self.show_errors(errors)
            return
        try:
            result = self.submit(self)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DvdeskError as exc:
            self.show_errors({"": str(exc)})
            return
        if result is FormDialog.STAY:
            return
        self.result_value = result
        self.accept()

    def press_ok(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


# ----------------------------------------------------------------------------------------------
class UnitDialog(FormDialog):
    """Add a unit, or correct one (typos: a real rename goes through "Đổi tên từ ngày…")."""

    ui_class = Ui_CatalogUnitDialog

    def __init__(self, parent, title: str, submit, store, unit: Unit | None = None):
        super().__init__(parent, title, submit)
        self.store = store
        self.original = unit
        ui = self.ui
        for level, lbl in Level.choices():
            ui.levelCombo.addItem(lbl, level)
        ui.blockCombo.addItem("(không thuộc khối nào)", None)
        for b in store.blocks.list():
            ui.blockCombo.addItem(b.name, b.id)
        excluded = self._descendants(unit.id) if unit is not None and unit.id is not None else set()
        ui.parentPicker.set_units([u for u in store.units.list() if u.id not in excluded])
        ui.parentPicker.combo.setAccessibleName("Đơn vị cấp trên")
        for hint in (ui.validFromHint, ui.validToHint):
            hint.setStyleSheet("color: #555555;")
        u = unit or Unit(name="", level=Level.XA)
        ui.nameEdit.setText(u.name)
        ui.shortNameEdit.setText(u.short_name)
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findData(u.level)))
        ui.blockCombo.setCurrentIndex(max(0, ui.blockCombo.findData(u.block_id)))
        ui.validFromEdit.setDate(u.valid_from)
        ui.validToEdit.setDate(u.valid_to)
        self.set_parent(u.parent_id)
        ui.validFromEdit.dateChanged.connect(lambda _d: ui.parentPicker.set_date(self._picker_date()))
        ui.symbolEdit.setText(u.symbol)
        ui.precedenceSpin.setValue(u.precedence)
        ui.precedenceSpin.setToolTip("Số nhỏ đứng trước trong danh sách khen thưởng xếp theo thứ tự đơn vị")
        ui.verifiedCheck.setChecked(u.verified if unit is not None else True)
        ui.noteEdit.setPlainText(u.note)
        ui.nameEdit.setFocus()

    def _picker_date(self) -> date:
        """Parents offered are those in force when the unit begins (or ends, for an old unit)."""
        ui = self.ui
        return ui.validFromEdit.date() or ui.validToEdit.date() or date.today()

    def set_parent(self, parent_id: int | None) -> None:
        self.ui.parentPicker.set_date(self._picker_date())
        self.ui.parentPicker.set_unit_id(parent_id)

    def _descendants(self, unit_id: int) -> set[int]:
        children: dict[int, list[int]] = {}
        for u in self.store.units.list(include_deleted=True):
            if u.parent_id is not None:
                children.setdefault(u.parent_id, []).append(u.id)
        out, todo = {unit_id}, [unit_id]
        while todo:
            for c in children.get(todo.pop(), []):
                if c not in out:
                    out.add(c)
                    todo.append(c)
        return out

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"": ui.generalError, "name": ui.nameError, "level": ui.levelError, "parent_id": ui.parentError,
                "valid_from": ui.validFromError, "valid_to": ui.validToError}

    def validate(self) -> dict[str, str]:
        ui = self.ui
        ui.parentPicker.commit_text()
        return {**date_errors(ui.validFromEdit, "valid_from", "ngày bắt đầu hiệu lực", False),
                **date_errors(ui.validToEdit, "valid_to", "ngày hết hiệu lực", False)}

    def unit(self) -> Unit:
        ui = self.ui
        base = self.original or Unit(name="", level=Level.XA)
        return Unit(
            name=ui.nameEdit.text(), level=ui.levelCombo.currentData(), short_name=ui.shortNameEdit.text(),
            code=base.code, block_id=ui.blockCombo.currentData(), parent_id=ui.parentPicker.unit_id(),
            valid_from=ui.validFromEdit.date(), valid_to=ui.validToEdit.date(),
            symbol=ui.symbolEdit.text(), precedence=ui.precedenceSpin.value(),
            verified=ui.verifiedCheck.isChecked(), note=ui.noteEdit.toPlainText(), uuid=base.uuid, id=base.id,
        )


class UnitChangeDialog(FormDialog):
    """Rename, merge, split or dissolve units from a date (history stays: old records close)."""

    ui_class = Ui_CatalogChangeDialog

    def __init__(self, parent, title: str, submit, mode: str, units: list[Unit] | None = None,
                 checked: set[int] | None = None, ok_text: str = "Đồng ý"):
        self.mode = mode
        super().__init__(parent, title, submit)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        merge = mode == "merge"
        for w in (ui.filterEdit, ui.unitList):
            w.setVisible(merge)
        show_name = mode in ("rename", "merge")
        ui.nameLabel.setVisible(show_name)
        ui.nameEdit.setVisible(show_name)
        ui.namesLabel.setVisible(mode == "split")
        ui.namesEdit.setVisible(mode == "split")
        ui.dateLabel.setText({"close": "Thôi hoạt động từ ngày:"}.get(mode, "Có hiệu lực từ ngày:"))
        if merge:
            ui.nameLabel.setText("Tên đơn vị mới:")
            for u in units or []:
                item = QListWidgetItem(unit_caption(u))
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if u.id in (checked or set())
                                   else Qt.CheckState.Unchecked)
                ui.unitList.addItem(item)
            ui.filterEdit.textChanged.connect(self._filter)
            ui.unitList.setItemDelegate(TallRowDelegate(ui.unitList))

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.ui.unitList.count()):
            item = self.ui.unitList.item(i)
            item.setHidden(not all(w in fold(item.text()) for w in words))

    def checked_ids(self) -> list[int]:
        lst = self.ui.unitList
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, unit_ids: set[int]) -> None:
        lst = self.ui.unitList
        for i in range(lst.count()):
            item = lst.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in unit_ids
                               else Qt.CheckState.Unchecked)

    def new_names(self) -> list[str]:
        return [ln.strip() for ln in self.ui.namesEdit.toPlainText().splitlines() if ln.strip()]

    def on(self) -> date | None:
        return self.ui.dateEdit.date()

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        units = ui.unitsError if self.mode == "merge" else ui.generalError
        return {"": ui.generalError, "name": ui.nameError, "units": units, "valid_from": ui.dateError,
                "valid_to": ui.dateError, "level": ui.generalError}

    def validate(self) -> dict[str, str]:
        errors = {}
        if self.mode in ("rename", "merge") and not self.ui.nameEdit.text().strip():
            errors["name"] = "Chưa nhập tên đơn vị mới."
        if self.mode == "merge" and len(self.checked_ids()) < 2:
            errors["units"] = "Cần chọn ít nhất hai đơn vị để hợp nhất."
        if self.mode == "split" and len(self.new_names()) < 2:
            errors["units"] = "Chia tách cần ít nhất hai đơn vị mới (mỗi dòng một tên)."
        errors.update(date_errors(self.ui.dateEdit, "valid_from", "ngày", True))
        return errors


class ItemDialog(FormDialog):
    """Add (code + name) or rename a field, a block or an award form; ``money`` (not None) shows
    the award form's "with prize money" box, checked or not."""

    ui_class = Ui_CatalogItemDialog

    def __init__(self, parent, title: str, submit, intro: str, code: str = "", name: str = "",
                 rename: bool = False, money: bool | None = None):
        super().__init__(parent, title, submit)
        ui = self.ui
        ui.introLabel.setText(intro)
        ui.codeEdit.setText(code)
        ui.nameEdit.setText(name)
        ui.codeEdit.setReadOnly(rename)
        ui.moneyCheck.setVisible(money is not None)
        ui.moneyCheck.setChecked(bool(money))
        self._auto_code = not rename and not code
        if self._auto_code:
            ui.nameEdit.textEdited.connect(self._suggest)
            ui.codeEdit.textEdited.connect(self._stop_suggesting)
        ui.nameEdit.setFocus()
        ui.nameEdit.selectAll()

    def _suggest(self, text: str) -> None:
        if self._auto_code:
            self.ui.codeEdit.setText(suggest_code(text))

    def _stop_suggesting(self, _text: str) -> None:
        self._auto_code = False

    def error_labels(self) -> dict[str, QLabel]:
        return {"": self.ui.generalError, "code": self.ui.codeError, "name": self.ui.nameError}


class RateDialog(FormDialog):
    """A dated coefficient of an award form (mode "coefficient") or a base-salary row ("salary")."""

    ui_class = Ui_CatalogRateDialog

    def __init__(self, parent, title: str, submit, mode: str, store, intro: str, on: date | None = None,
                 value: str = "", amount: int | None = None, basis: str = "", date_locked: bool = False):
        self.mode = mode
        super().__init__(parent, title, submit)
        self.store = store
        ui = self.ui
        ui.introLabel.setText(intro)
        ui.dateEdit.setDate(on)
        ui.dateEdit.setReadOnly(date_locked)
        ui.dateEdit.calendar_action.setVisible(not date_locked)
        coefficient = mode == "coefficient"
        ui.kindLabel.setVisible(coefficient)
        ui.kindCombo.setVisible(coefficient)
        ui.valueEdit.setVisible(coefficient)
        ui.amountEdit.setVisible(not coefficient)
        for kind in (SubjectKind.CA_NHAN, SubjectKind.TAP_THE):
            ui.kindCombo.addItem(kind.label, kind)
        if coefficient:
            ui.valueLabel.setText("Hệ số:")
            ui.valueEdit.setPlaceholderText("Ví dụ: 0,3")
            ui.valueEdit.setText(value)
        else:
            ui.valueLabel.setText("Mức lương cơ sở (đồng/tháng):")
            ui.amountEdit.setPlaceholderText("Ví dụ: 2.340.000")
            ui.amountEdit.setValue(amount)
        ui.basisEdit.setText(basis)
        if not coefficient:
            ui.basisEdit.setPlaceholderText("Ví dụ: Nghị định 73/2024/NĐ-CP")
        for signal in (ui.valueEdit.textChanged, ui.amountEdit.textChanged, ui.dateEdit.dateChanged,
                       ui.kindCombo.currentIndexChanged):
            signal.connect(self._preview)
        self._preview()
        (ui.dateEdit if on is None else ui.valueEdit if coefficient else ui.amountEdit).setFocus()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def on(self) -> date | None:
        return self.ui.dateEdit.date()

    def coefficient(self) -> Decimal | None:
        return parse_coefficient(self.ui.valueEdit.text())

    def amount(self) -> int:
        return self.ui.amountEdit.value()

    def _preview(self, *_args) -> None:
        text = ""
        on = self.on()
        if self.mode == "coefficient":
            coef = self.coefficient()
            if coef is not None and on is not None:
                try:
                    salary = money.base_salary_on(on, self.store.award_forms.base_salaries())
                except DvdeskError:
                    salary = 0
                if salary:
                    raw = coef * salary
                    text = (f"Với mức lương cơ sở {money_vn(salary)} đồng áp dụng ngày {date_vn(on)}: "
                            f"{coefficient_vn(coef)} × {money_vn(salary)} = {money_vn(raw)} đồng, "
                            f"làm tròn lên {money_vn(money.round_up(raw))} đồng.")
        elif self.amount() and on is not None:
            text = f"{money_vn(self.amount())} đồng/tháng, áp dụng từ ngày {date_vn(on)}."
        self.ui.previewLabel.setText(text)

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"": ui.generalError, "coefficient": ui.valueError, "amount": ui.valueError,
                "recipient_kind": ui.kindError, "valid_from": ui.dateError}

    def validate(self) -> dict[str, str]:
        errors = date_errors(self.ui.dateEdit, "valid_from", "ngày áp dụng", True)
        if self.mode == "coefficient":
            if self.coefficient() is None:
                errors["coefficient"] = "Hệ số phải là một số, ví dụ 0,3 hoặc 1,5."
        elif self.amount() <= 0:
            errors["amount"] = "Mức lương cơ sở phải là số tiền lớn hơn 0, ví dụ 2.340.000."
        return errors


class PhaseDialog(FormDialog):
    ui_class = Ui_CatalogPhaseDialog
    ok_text = "Thêm"

    def __init__(self, parent, title: str, submit, start: int):
        super().__init__(parent, title, submit)
        ui = self.ui
        ui.introLabel.setText("Giai đoạn mới của phong trào thi đua. Các kỳ sơ kết năm, sơ kết giữa giai đoạn "
                              "và tổng kết được tạo cùng lúc.")
        ui.startSpin.setValue(start)
        ui.endSpin.setValue(start + 4)
        ui.soKetSpin.setValue(start + 2)
        ui.startSpin.valueChanged.connect(self._start_changed)
        for spin in (ui.startSpin, ui.endSpin, ui.soKetSpin):
            spin.setGroupSeparatorShown(False)
            spin.valueChanged.connect(self._preview)
        self._preview()

    def _start_changed(self, value: int) -> None:
        self.ui.endSpin.setValue(value + 4)
        self.ui.soKetSpin.setValue(value + 2)

    def years(self) -> tuple[int, int, int]:
        ui = self.ui
        return ui.startSpin.value(), ui.endSpin.value(), ui.soKetSpin.value()

    def _preview(self, *_args) -> None:
        start, end, so_ket = self.years()
        if start <= end:
            self.ui.previewLabel.setText(
                f"Sẽ tạo: Giai đoạn {start}–{end}; sơ kết năm {start} đến {end}; "
                f"sơ kết giữa giai đoạn năm {so_ket}; tổng kết giai đoạn năm {end}.")
        else:
            self.ui.previewLabel.clear()

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"": ui.generalError, "start_year": ui.yearsError, "code": ui.yearsError}

    def validate(self) -> dict[str, str]:
        start, end, so_ket = self.years()
        if end < start:
            return {"start_year": "Năm kết thúc không được trước năm bắt đầu."}
        if not start <= so_ket <= end:
            return {"start_year": f"Năm sơ kết phải nằm trong giai đoạn ({start}–{end})."}
        return {}


# ----------------------------------------------------------------------------------------------
class _CatalogTab:
    """Fields or blocks: a list with add, rename and delete (to the trash)."""

    def __init__(self, page: CatalogsPage, repo, table: QTableView, add, rename, delete, noun: str):
        self.page, self.repo, self.table, self.noun = page, repo, table, noun
        self.model = CatalogListModel(repo, page)
        table.setModel(self.model)
        _fit_columns(table, 1)
        add.clicked.connect(self.add)
        rename.clicked.connect(self.rename)
        delete.clicked.connect(self.delete)
        table.doubleClicked.connect(lambda _i: self.rename())
        self.buttons = (rename, delete)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def update_buttons(self) -> None:
        for b in self.buttons:
            b.setEnabled(self.current() is not None)

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select(self, row_id: int) -> None:
        row = self.model.row_of_id(row_id)
        if row >= 0:
            self.table.selectRow(row)

    def refresh(self) -> None:
        cur = self.current()
        self.model.refresh()
        if cur is not None:
            self.select(cur.id)
        self.update_buttons()

    def add(self) -> None:
        def submit(dlg: ItemDialog):
            return self.repo.create(dlg.ui.codeEdit.text(), dlg.ui.nameEdit.text())

        dlg = ItemDialog(self.page, f"Thêm {self.noun}", submit,
                         f"Thêm {self.noun} mới vào danh mục. Mã dùng khi nhập, xuất Excel.")
        if self.page.run_dialog(dlg):
            self.page.after_write()
            self.select(dlg.result_value.id)

    def rename(self) -> None:
        item = self.current()
        if item is None:
            return

        def submit(dlg: ItemDialog):
            self.repo.rename(item.id, dlg.ui.nameEdit.text())

        dlg = ItemDialog(self.page, f"Đổi tên {self.noun}", submit,
                         f"Tên mới của {self.noun} \"{item.name}\". Các hồ sơ đang dùng sẽ hiện tên mới.",
                         code=item.code, name=item.name, rename=True)
        if self.page.run_dialog(dlg):
            self.page.after_write()
            self.select(item.id)

    def delete(self) -> None:
        item = self.current()
        if item is None:
            return
        if not Asker.confirm(self.page, f"Xóa {self.noun}",
                             f"Đưa {self.noun} \"{item.name}\" vào Thùng rác?\n"
                             "Có thể khôi phục lại từ Thùng rác."):
            return
        try:
            self.repo.delete(item.id)
        except InUseError as exc:
            Asker.error(self.page, f"Không xóa được {self.noun}", str(exc))
            return
        except DvdeskError as exc:
            Asker.error(self.page, f"Không xóa được {self.noun}", str(exc))
            return
        self.page.after_write()


# ----------------------------------------------------------------------------------------------
class CatalogsPage(QWidget):
    """The "Danh mục" screen. ``changed`` is emitted after every successful write."""

    changed = Signal()
    TAB_UNITS, TAB_FIELDS, TAB_BLOCKS, TAB_FORMS, TAB_SALARY, TAB_PHASES = range(6)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.dialog_hook: Callable[[QDialog], None] | None = None
        self.ui = Ui_CatalogsPage()
        self.ui.setupUi(self)
        ui = self.ui
        # units
        self.unit_model = UnitTreeModel(store, self)
        ui.unitTree.setModel(self.unit_model)
        ui.unitTree.setItemDelegate(TallRowDelegate(ui.unitTree))
        header = ui.unitTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.unit_model.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        ui.unitTree.expandAll()
        ui.unitTree.selectionModel().selectionChanged.connect(lambda *_: self._unit_selected())
        ui.unitTree.doubleClicked.connect(lambda _i: self.edit_unit())
        ui.showClosedCheck.toggled.connect(self._toggle_closed)
        ui.unitSearchEdit.textChanged.connect(self._unit_search)
        ui.addUnitButton.clicked.connect(self.add_unit)
        ui.editUnitButton.clicked.connect(self.edit_unit)
        ui.renameUnitButton.clicked.connect(self.rename_unit)
        ui.mergeUnitsButton.clicked.connect(self.merge_units)
        ui.splitUnitButton.clicked.connect(self.split_unit)
        ui.closeUnitButton.clicked.connect(self.close_unit)
        ui.deleteUnitButton.clicked.connect(self.delete_unit)
        for lbl in (ui.predecessorsLabel, ui.successorsLabel):
            lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            lbl.setOpenExternalLinks(False)
            lbl.linkActivated.connect(self._follow_link)
        # fields, blocks
        self.fields_tab = _CatalogTab(self, store.fields, ui.fieldsTable, ui.addFieldButton,
                                      ui.renameFieldButton, ui.deleteFieldButton, "lĩnh vực")
        self.blocks_tab = _CatalogTab(self, store.blocks, ui.blocksTable, ui.addBlockButton,
                                      ui.renameBlockButton, ui.deleteBlockButton, "khối")
        # award forms and coefficients
        self.form_model = AwardFormModel(store, self)
        ui.formsTable.setModel(self.form_model)
        _fit_columns(ui.formsTable, 0)
        ui.formsTable.setWordWrap(True)
        self.coef_model = CoefficientModel(store, self)
        ui.coefTable.setModel(self.coef_model)
        _fit_columns(ui.coefTable, 3)
        ui.formsTable.selectionModel().selectionChanged.connect(lambda *_: self._form_selected())
        ui.formsTable.doubleClicked.connect(lambda _i: self.rename_form())
        ui.addCoefButton.clicked.connect(self.add_coefficient)
        self._add_form_buttons()
        ui.formsSplitter.setStretchFactor(0, 5)
        ui.formsSplitter.setStretchFactor(1, 4)
        # base salary
        self.salary_model = BaseSalaryModel(store, self)
        ui.salaryTable.setModel(self.salary_model)
        _fit_columns(ui.salaryTable, 2)
        ui.addSalaryButton.clicked.connect(self.add_base_salary)
        ui.editSalaryButton.clicked.connect(self.edit_base_salary)
        ui.salaryTable.doubleClicked.connect(lambda _i: self.edit_base_salary())
        ui.salaryTable.selectionModel().selectionChanged.connect(lambda *_: self._salary_selected())
        self.deleteSalaryButton = QPushButton("Xóa dòng lương…", ui.salaryTab)
        self.deleteSalaryButton.setObjectName("deleteSalaryButton")
        self.deleteSalaryButton.setToolTip("Xóa mức lương cơ sở nhập nhầm (không xóa được mức đã dùng để tính "
                                           "tiền thưởng đã lưu)")
        ui.salaryButtons.insertWidget(ui.salaryButtons.indexOf(ui.editSalaryButton) + 1, self.deleteSalaryButton)
        self.deleteSalaryButton.clicked.connect(self.delete_base_salary)
        # phases
        self.phase_model = PhaseTreeModel(store, self)
        ui.phaseTree.setModel(self.phase_model)
        ui.phaseTree.setItemDelegate(TallRowDelegate(ui.phaseTree))
        ph = ui.phaseTree.header()
        ph.setStretchLastSection(False)
        ph.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.phase_model.columnCount()):
            ph.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        ui.phaseTree.expandAll()
        ui.addPhaseButton.clicked.connect(self.add_phase)
        # issuers of award decisions (their own module)
        from dvdesk.ui.views.issuers_panel import IssuersPanel

        self.issuers_panel = IssuersPanel(store, self)
        self.issuers_panel.setObjectName("issuersTab")
        ui.tabs.addTab(self.issuers_panel, "Cơ quan ban hành")
        self.milestoneDateButton = QPushButton("Sửa ngày tổ chức…")
        self.milestoneDateButton.setToolTip("Ngày tổ chức hội nghị sơ kết/tổng kết của kỳ đang chọn (nhấp đúp vào kỳ)")
        self.milestoneDateButton.setEnabled(False)
        ui.phasesButtons.insertWidget(ui.phasesButtons.indexOf(ui.addPhaseButton) + 1, self.milestoneDateButton)
        self.milestoneDateButton.clicked.connect(self.edit_milestone_date)
        ui.phaseTree.selectionModel().currentChanged.connect(self._phase_selected)
        ui.phaseTree.doubleClicked.connect(self.edit_milestone_date)

        self._update_unit_count()
        self._unit_selected()
        if self.form_model.rowCount():
            ui.formsTable.selectRow(0)
        self._form_selected()
        self._salary_selected()

    # -- plumbing --------------------------------------------------------------------------------
    def run_dialog(self, dlg: QDialog) -> bool:
        """Show ``dlg`` modally (or hand it to ``dialog_hook`` in tests); True when accepted."""
        if self.dialog_hook is not None:
            self.dialog_hook(dlg)
            accepted = dlg.result() == QDialog.DialogCode.Accepted
            dlg.deleteLater()
            return accepted
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        dlg.deleteLater()
        return accepted

    def after_write(self) -> None:
        """Reload every list (a write may change usage counts elsewhere) and tell the window."""
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        self.issuers_panel.refresh()
        self.refresh_units()
        self.fields_tab.refresh()
        self.blocks_tab.refresh()
        form = self.current_form()
        self.form_model.refresh()
        if form is not None:
            self.select_form(form.id)
        self._form_selected()
        self.salary_model.refresh()
        self._salary_selected()
        self.phase_model.refresh()
        self.ui.phaseTree.expandAll()

    # -- units -----------------------------------------------------------------------------------
    def selected_units(self) -> list[Unit]:
        rows = self.ui.unitTree.selectionModel().selectedRows(0)
        return [u for u in (self.unit_model.unit(i) for i in rows) if u is not None]

    def current_unit(self) -> Unit | None:
        units = self.selected_units()
        return units[0] if len(units) == 1 else None

    def select_unit(self, unit_id: int) -> bool:
        unit = self.unit_model.unit_by_id(unit_id)
        if unit is not None and self.unit_model.is_closed(unit) and not self.ui.showClosedCheck.isChecked():
            self.ui.showClosedCheck.setChecked(True)
        index = self.unit_model.index_of(unit_id)
        if not index.isValid() and self.ui.unitSearchEdit.text():
            self.ui.unitSearchEdit.clear()
            index = self.unit_model.index_of(unit_id)
        if not index.isValid():
            return False
        tree = self.ui.unitTree
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def refresh_units(self, select: int | None = None) -> None:
        keep = [u.id for u in self.selected_units()]
        self.unit_model.refresh()
        self.ui.unitTree.expandAll()
        if select is not None:
            self.select_unit(select)
        else:
            sm = self.ui.unitTree.selectionModel()
            for uid in keep:
                idx = self.unit_model.index_of(uid)
                if idx.isValid():
                    sm.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._update_unit_count()
        self._unit_selected()

    def _toggle_closed(self, on: bool) -> None:
        keep = [u.id for u in self.selected_units()]
        self.unit_model.set_show_closed(on)
        self.ui.unitTree.expandAll()
        for uid in keep:
            idx = self.unit_model.index_of(uid)
            if idx.isValid():
                self.ui.unitTree.selectionModel().select(
                    idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._update_unit_count()
        self._unit_selected()

    def _unit_search(self, text: str) -> None:
        self.unit_model.set_text(text)
        self.ui.unitTree.expandAll()
        self._update_unit_count()
        self._unit_selected()

    def _update_unit_count(self) -> None:
        n = self.unit_model.visible_count()
        active = sum(1 for u in self.unit_model.all_units() if not self.unit_model.is_closed(u))
        unverified = sum(1 for u in self.unit_model.all_units() if not u.verified)
        text = f"Hiển thị {money_vn(n)} đơn vị · {money_vn(active)} đang hoạt động"
        if unverified:
            text += f" · {money_vn(unverified)} chưa xác minh"
        self.ui.unitCountLabel.setText(text)

    def _unit_selected(self) -> None:
        ui = self.ui
        units = self.selected_units()
        u = units[0] if len(units) == 1 else None
        for b in (ui.editUnitButton, ui.deleteUnitButton):
            b.setEnabled(u is not None)
        open_ = u is not None and not self.unit_model.is_closed(u) and u.valid_to is None
        for b in (ui.renameUnitButton, ui.splitUnitButton, ui.closeUnitButton):
            b.setEnabled(open_)
        ui.unverifiedLabel.setVisible(u is not None and not u.verified)
        if u is None:
            ui.unitInfoLabel.setText(f"Đã chọn {len(units)} đơn vị." if units else "Chọn một đơn vị trong danh sách.")
            ui.predecessorsLabel.clear()
            ui.successorsLabel.clear()
            self._fit_details()
            return
        parts = [f"<b>{_html(u.name)}</b>" + (f" ({_html(u.short_name)})" if u.short_name else "")]
        parts.append(f"Cấp: {Level.label_of(u.level)}")
        if u.parent_id is not None:
            parent = self.unit_model.unit_by_id(u.parent_id)
            if parent is not None:
                parts.append(f"Cấp trên: {_html(parent.name)}")
        if u.block_id is not None:
            block = next((b.name for b in self.store.blocks.list(include_deleted=True) if b.id == u.block_id), "")
            if block:
                parts.append(f"Khối: {_html(block)}")
        parts.append(f"Tình trạng: {self.unit_model.status(u)}")
        used = self.store.units.usage_count(u.id)
        parts.append(f"Đang được {money_vn(used)} bản ghi sử dụng" if used else "Chưa có bản ghi nào sử dụng")
        ui.unitInfoLabel.setText(" · ".join(parts))
        before, after = unit_links(self.store, u.id)

        def link_text(links) -> str:
            return "; ".join(
                f"<a href=\"unit:{lk.unit.id}\">{_html(lk.unit.name)}</a> ({lk.kind_label}"
                + (f", từ {date_vn(lk.on)}" if lk.on else "") + ")" for lk in links) or "không có"

        ui.predecessorsLabel.setText(f"Tiền thân: {link_text(before)}")
        ui.successorsLabel.setText(f"Kế thừa bởi: {link_text(after)}")
        self._fit_details()

    def _fit_details(self) -> None:
        """Wrapped labels get the height their text needs at their current width (a box layout
        does not ask a nested label's height-for-width, so a long line would be cut)."""
        ui = self.ui
        for lbl in (ui.unitInfoLabel, ui.predecessorsLabel, ui.successorsLabel, ui.unverifiedLabel):
            width = lbl.width() if lbl.width() > 100 else ui.unitDetailsBox.width() - 30
            lbl.setMinimumHeight(lbl.heightForWidth(width) if lbl.text() and not lbl.isHidden() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_details()

    def _follow_link(self, href: str) -> None:
        if href.startswith("unit:"):
            self.select_unit(int(href[5:]))

    def add_unit(self) -> None:
        """A new unit; the selected unit is offered as its parent (the tree's usual way)."""
        cur = self.current_unit()
        template = Unit(name="", level=cur.level if cur else Level.XA,
                        parent_id=cur.id if cur else None, block_id=cur.block_id if cur else None)

        def submit(dlg: UnitDialog):
            return self.store.units.create(dlg.unit())

        dlg = UnitDialog(self, "Thêm đơn vị", submit, self.store)
        dlg.ui.levelCombo.setCurrentIndex(max(0, dlg.ui.levelCombo.findData(template.level)))
        dlg.set_parent(template.parent_id)
        dlg.ui.blockCombo.setCurrentIndex(max(0, dlg.ui.blockCombo.findData(template.block_id)))
        if self.run_dialog(dlg):
            self.after_write()
            self.select_unit(dlg.result_value.id)

    def edit_unit(self) -> None:
        u = self.current_unit()
        if u is None:
            return

        def submit(dlg: UnitDialog):
            return self.store.units.update(dlg.unit())

        dlg = UnitDialog(self, f"Sửa đơn vị: {u.name}", submit, self.store, u)
        if self.run_dialog(dlg):
            self.after_write()
            self.select_unit(u.id)

    def rename_unit(self) -> None:
        u = self.current_unit()
        if u is None:
            return

        def submit(dlg: UnitChangeDialog):
            name, on = dlg.ui.nameEdit.text().strip(), dlg.on()
            if not Asker.confirm(self, "Đổi tên đơn vị",
                                 f"Từ ngày {date_vn(on)}, \"{u.name}\" mang tên \"{name}\".\n"
                                 f"Hồ sơ trước ngày đó vẫn ghi tên cũ. Tiếp tục?"):
                return FormDialog.STAY
            return self.store.units.rename(u.id, name, on)

        dlg = UnitChangeDialog(self, "Đổi tên đơn vị từ ngày", submit, "rename", ok_text="Đổi tên")
        dlg.ui.introLabel.setText(f"Đơn vị \"{u.name}\" sẽ mang tên mới từ ngày đã chọn; bản ghi cũ hết hiệu lực "
                                  "từ ngày hôm trước. Nếu chỉ sửa lỗi chính tả, hãy dùng \"Sửa…\".")
        dlg.ui.nameEdit.setText(u.name)
        if self.run_dialog(dlg):
            self.after_write()
            self.select_unit(dlg.result_value.id)

    def merge_units(self) -> None:
        chosen = {u.id for u in self.selected_units()}
        candidates = [u for u in self.store.units.list() if u.valid_to is None or u.id in chosen]

        def submit(dlg: UnitChangeDialog):
            ids, name, on = dlg.checked_ids(), dlg.ui.nameEdit.text().strip(), dlg.on()
            names = "\n".join(f"- {self.unit_model.unit_by_id(i).name}" for i in ids
                              if self.unit_model.unit_by_id(i) is not None)
            if not Asker.confirm(self, "Hợp nhất đơn vị",
                                 f"Hợp nhất {len(ids)} đơn vị:\n{names}\nthành \"{name}\" từ ngày {date_vn(on)}?\n"
                                 "Các đơn vị cũ hết hiệu lực từ ngày hôm trước; hồ sơ cũ vẫn giữ tên cũ."):
                return FormDialog.STAY
            return self.store.units.merge(ids, name, on)

        dlg = UnitChangeDialog(self, "Hợp nhất đơn vị", submit, "merge", candidates, chosen, ok_text="Hợp nhất")
        dlg.ui.introLabel.setText("Đánh dấu các đơn vị được hợp nhất (ít nhất hai), nhập tên đơn vị mới và ngày "
                                  "hợp nhất có hiệu lực.")
        if self.run_dialog(dlg):
            self.after_write()
            self.select_unit(dlg.result_value.id)

    def split_unit(self) -> None:
        u = self.current_unit()
        if u is None:
            return

        def submit(dlg: UnitChangeDialog):
            names, on = dlg.new_names(), dlg.on()
            listed = "\n".join(f"- {n}" for n in names)
            if not Asker.confirm(self, "Chia tách đơn vị",
                                 f"Chia \"{u.name}\" thành {len(names)} đơn vị từ ngày {date_vn(on)}:\n{listed}\n"
                                 "Đơn vị cũ hết hiệu lực từ ngày hôm trước. Tiếp tục?"):
                return FormDialog.STAY
            return self.store.units.split(u.id, names, on)

        dlg = UnitChangeDialog(self, "Chia tách đơn vị", submit, "split", ok_text="Chia tách")
        dlg.ui.introLabel.setText(f"Chia đơn vị \"{u.name}\" thành các đơn vị mới (mỗi dòng một tên, ít nhất hai).")
        if self.run_dialog(dlg):
            self.after_write()
            if dlg.result_value:
                self.select_unit(dlg.result_value[0].id)

    def close_unit(self) -> None:
        u = self.current_unit()
        if u is None:
            return

        def submit(dlg: UnitChangeDialog):
            on = dlg.on()
            if not Asker.confirm(self, "Giải thể đơn vị",
                                 f"Đơn vị \"{u.name}\" thôi hoạt động từ ngày {date_vn(on)} (không có đơn vị kế "
                                 "thừa)?\nHồ sơ cũ của đơn vị vẫn được giữ nguyên."):
                return FormDialog.STAY
            self.store.units.close(u.id, on)
            return u.id

        dlg = UnitChangeDialog(self, "Giải thể đơn vị", submit, "close", ok_text="Giải thể")
        dlg.ui.introLabel.setText(f"Đơn vị \"{u.name}\" sẽ hết hiệu lực từ ngày đã chọn. Nếu đơn vị được hợp nhất "
                                  "hoặc đổi tên, hãy dùng \"Hợp nhất…\" hoặc \"Đổi tên từ ngày…\" để giữ liên kết "
                                  "kế thừa.")
        if self.run_dialog(dlg):
            self.after_write()
            self.select_unit(u.id)

    def delete_unit(self) -> None:
        u = self.current_unit()
        if u is None:
            return
        if not Asker.confirm(self, "Xóa đơn vị",
                             f"Đưa đơn vị \"{u.name}\" vào Thùng rác?\nChỉ nên xóa đơn vị nhập nhầm; đơn vị không "
                             "còn hoạt động thì dùng \"Giải thể từ ngày…\"."):
            return
        try:
            self.store.units.delete(u.id)
        except DvdeskError as exc:
            Asker.error(self, "Không xóa được đơn vị", str(exc))
            return
        self.after_write()

    # -- award forms -----------------------------------------------------------------------------
    def _add_form_buttons(self) -> None:
        """"Thêm hình thức…" and "Đổi tên…" under the forms list; "Xóa dòng hệ số…" beside
        "Thêm hệ số từ ngày…" (made here: the page's .ui file is shared)."""
        ui = self.ui
        panel = QWidget(ui.formsSplitter)
        panel.setObjectName("formsPanel")
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(ui.formsTable)
        row = QHBoxLayout()
        self.addFormButton = QPushButton("Thêm hình thức…", panel)
        self.addFormButton.setObjectName("addFormButton")
        self.renameFormButton = QPushButton("Đổi tên…", panel)
        self.renameFormButton.setObjectName("renameFormButton")
        row.addWidget(self.addFormButton)
        row.addWidget(self.renameFormButton)
        row.addStretch(1)
        lay.addLayout(row)
        ui.formsSplitter.insertWidget(0, panel)
        ui.formsSplitter.setCollapsible(0, False)
        self.addFormButton.clicked.connect(self.add_form)
        self.renameFormButton.clicked.connect(self.rename_form)
        self.deleteCoefButton = QPushButton("Xóa dòng hệ số…", ui.coefPanel)
        self.deleteCoefButton.setObjectName("deleteCoefButton")
        self.deleteCoefButton.setToolTip("Xóa hệ số nhập nhầm (không xóa được hệ số đã dùng để tính tiền thưởng "
                                         "đã lưu)")
        ui.coefButtons.insertWidget(ui.coefButtons.indexOf(ui.addCoefButton) + 1, self.deleteCoefButton)
        self.deleteCoefButton.clicked.connect(self.delete_coefficient)
        ui.coefTable.selectionModel().selectionChanged.connect(lambda *_: self._coef_selected())

    def add_form(self) -> None:
        def submit(dlg: ItemDialog):
            return self.store.award_forms.create(dlg.ui.codeEdit.text(), dlg.ui.nameEdit.text(),
                                                 dlg.ui.moneyCheck.isChecked())

        dlg = ItemDialog(self, "Thêm hình thức khen thưởng", submit,
                         "Hình thức khen thưởng mới (ví dụ: Giấy khen của UBND xã). Mã dùng khi nhập, xuất Excel. "
                         "Sau khi thêm, nhập hệ số tiền thưởng bằng \"Thêm hệ số từ ngày…\".", money=True)
        if self.run_dialog(dlg):
            self.after_write()
            self.select_form(dlg.result_value.id)

    def rename_form(self) -> None:
        form = self.current_form()
        if form is None:
            return

        def submit(dlg: ItemDialog):
            self.store.award_forms.rename(form.id, dlg.ui.nameEdit.text())

        dlg = ItemDialog(self, "Đổi tên hình thức khen thưởng", submit,
                         f"Tên mới của hình thức \"{form.name}\". Quyết định và khen thưởng đã lưu giữ nguyên số "
                         "tiền.", code=form.code, name=form.name, rename=True)
        if self.run_dialog(dlg):
            self.after_write()
            self.select_form(form.id)

    def current_coefficient(self):
        rows = self.ui.coefTable.selectionModel().selectedRows()
        return self.coef_model.row_object(rows[0].row()) if rows else None

    def _coef_selected(self) -> None:
        self.deleteCoefButton.setEnabled(self.current_coefficient() is not None)

    def delete_coefficient(self) -> None:
        form, row = self.current_form(), self.current_coefficient()
        if form is None or row is None:
            return
        values = "; ".join(f"{k.label.lower()} {coefficient_vn(v)}"
                           for k, v in ((SubjectKind.CA_NHAN, row.individual), (SubjectKind.TAP_THE, row.collective))
                           if v is not None)
        if not Asker.confirm(self, "Xóa dòng hệ số",
                             f"Xóa hệ số áp dụng từ ngày {date_vn(row.valid_from)} của \"{form.name}\" ({values})?\n"
                             "Quyết định ký từ ngày đó sẽ tính theo hệ số của mức trước. Khen thưởng đã lưu giữ "
                             "nguyên số tiền."):
            return
        try:
            self.store.award_forms.delete_coefficient(form.id, None, row.valid_from)
        except DvdeskError as exc:
            Asker.error(self, "Không xóa được hệ số", str(exc))
            return
        self.after_write()

    def current_form(self):
        rows = self.ui.formsTable.selectionModel().selectedRows()
        return self.form_model.row_object(rows[0].row()) if rows else None

    def select_form(self, form_id: int) -> None:
        row = self.form_model.row_of_id(form_id)
        if row >= 0:
            self.ui.formsTable.selectRow(row)

    def _form_selected(self) -> None:
        ui = self.ui
        form = self.current_form()
        self.coef_model.set_form(form.id if form else None)
        ui.addCoefButton.setEnabled(form is not None)
        self.renameFormButton.setEnabled(form is not None)
        self._coef_selected()
        if form is None:
            ui.coefTitleLabel.setText("Chọn một hình thức khen thưởng để xem hệ số.")
            ui.currentAmountLabel.clear()
            return
        ui.coefTitleLabel.setText(f"Hệ số tiền thưởng: {form.name}")
        if not form.carries_money:
            ui.currentAmountLabel.setText("Hình thức này không kèm tiền thưởng.")
            return
        today = date.today()
        parts = []
        for kind in (SubjectKind.CA_NHAN, SubjectKind.TAP_THE):
            try:
                coef, _salary, amount = self.store.award_forms.amount_for(form.id, kind, today)
            except DvdeskError:
                continue
            if amount:
                parts.append(f"{kind.label.lower()} {money_vn(amount)} đồng "
                             f"(hệ số {coefficient_vn(coef)})")
        ui.currentAmountLabel.setText(
            f"Mức thưởng cho quyết định ký hôm nay ({date_vn(today)}): " + "; ".join(parts) + "."
            if parts else "Chưa có hệ số áp dụng cho ngày hôm nay.")

    def add_coefficient(self) -> None:
        form = self.current_form()
        if form is None:
            return
        existing = {(c.recipient_kind, c.valid_from): c.coefficient
                    for c in self.store.award_forms.coefficients(form.id)}

        def submit(dlg: RateDialog):
            kind, on, coef = dlg.kind(), dlg.on(), dlg.coefficient()
            old = existing.get((kind, on))
            if old is not None and not Asker.confirm(
                    self, "Thay hệ số",
                    f"Đã có hệ số {SubjectKind.label_of(kind).lower()} từ ngày {date_vn(on)} là "
                    f"{coefficient_vn(old)}. Thay bằng {coefficient_vn(coef)}?"):
                return FormDialog.STAY
            self.store.award_forms.set_coefficient(form.id, kind, on, coef, dlg.ui.basisEdit.text())
            return True

        dlg = RateDialog(self, "Thêm hệ số từ ngày", submit, "coefficient", self.store,
                         f"Hình thức: {form.name}.\nHệ số mới áp dụng cho quyết định ký từ ngày đã chọn; khen "
                         "thưởng đã lưu giữ nguyên số tiền cũ.")
        if self.run_dialog(dlg):
            self.after_write()
            self.select_form(form.id)

    # -- base salary -----------------------------------------------------------------------------
    def current_salary(self):
        rows = self.ui.salaryTable.selectionModel().selectedRows()
        return self.salary_model.row_object(rows[0].row()) if rows else None

    def _salary_selected(self) -> None:
        selected = self.current_salary() is not None
        self.ui.editSalaryButton.setEnabled(selected)
        self.deleteSalaryButton.setEnabled(selected)

    def delete_base_salary(self) -> None:
        row = self.current_salary()
        if row is None:
            return
        if not Asker.confirm(self, "Xóa dòng lương cơ sở",
                             f"Xóa mức lương cơ sở {money_vn(row.amount)} đồng áp dụng từ ngày "
                             f"{date_vn(row.valid_from)}?\nQuyết định ký từ ngày đó sẽ tính theo mức trước. Khen "
                             "thưởng đã lưu giữ nguyên số tiền."):
            return
        try:
            self.store.award_forms.delete_base_salary(row.valid_from)
        except DvdeskError as exc:
            Asker.error(self, "Không xóa được mức lương cơ sở", str(exc))
            return
        self.after_write()

    def _salary_dialog(self, title: str, row=None) -> None:
        existing = {r.valid_from: r.amount for r in self.salary_model.rows()}

        def submit(dlg: RateDialog):
            on, amount = dlg.on(), dlg.amount()
            old = existing.get(on)
            if row is None and old is not None and not Asker.confirm(
                    self, "Thay mức lương cơ sở",
                    f"Đã có mức lương cơ sở từ ngày {date_vn(on)} là {money_vn(old)} đồng. "
                    f"Thay bằng {money_vn(amount)} đồng?"):
                return FormDialog.STAY
            self.store.award_forms.set_base_salary(on, amount, dlg.ui.basisEdit.text())
            return on

        if row is None:
            intro = ("Mức lương cơ sở mới áp dụng từ ngày đã chọn. Tiền thưởng của quyết định ký từ ngày đó tính "
                     "theo mức mới; khen thưởng đã lưu giữ nguyên.")
            dlg = RateDialog(self, title, submit, "salary", self.store, intro)
        else:
            intro = (f"Sửa mức lương cơ sở áp dụng từ ngày {date_vn(row.valid_from)}. Nếu nhập nhầm ngày, hãy thêm "
                     "mức mới đúng ngày.")
            dlg = RateDialog(self, title, submit, "salary", self.store, intro, on=row.valid_from,
                             amount=row.amount, basis=row.basis, date_locked=True)
        if self.run_dialog(dlg):
            self.after_write()
            r = self.salary_model.row_of_id(dlg.result_value.isoformat())
            if r >= 0:
                self.ui.salaryTable.selectRow(r)

    def add_base_salary(self) -> None:
        self._salary_dialog("Thêm mức lương cơ sở")

    def edit_base_salary(self) -> None:
        row = self.current_salary()
        if row is not None:
            self._salary_dialog("Sửa mức lương cơ sở", row)

    # -- phases ----------------------------------------------------------------------------------
    def add_phase(self) -> None:
        phases = self.store.phases.list()
        start = (max(p.end_year for p in phases) + 1) if phases else date.today().year

        def submit(dlg: PhaseDialog):
            return self.store.phases.create(*dlg.years())

        dlg = PhaseDialog(self, "Thêm giai đoạn", submit, start)
        if self.run_dialog(dlg):
            self.after_write()
            idx = self.phase_model.index_of_phase(dlg.result_value.id)
            if idx.isValid():
                self.ui.phaseTree.setCurrentIndex(idx)
                self.ui.phaseTree.scrollTo(idx)

    # -- milestones: the conference date bounds a milestone's scope (the review page reads it) ----
    def _phase_selected(self, *_args) -> None:
        m = self.phase_model.milestone(self.ui.phaseTree.currentIndex())
        self.milestoneDateButton.setEnabled(m is not None)

    def edit_milestone_date(self, *_args) -> None:
        m = self.phase_model.milestone(self.ui.phaseTree.currentIndex())
        if m is None:
            return

        def submit(dlg: MilestoneDateDialog):
            return self.store.phases.set_held_on(m.id, dlg.ui.dateEdit.date())

        dlg = MilestoneDateDialog(self, submit, m)
        if self.run_dialog(dlg):
            self.after_write()


class _MilestoneDateUi:
    """The few widgets of the milestone date dialog (built in code: one date field)."""

    def setupUi(self, dialog: QDialog) -> None:
        lay = QVBoxLayout(dialog)
        self.introLabel = QLabel()
        self.introLabel.setWordWrap(True)
        lay.addWidget(self.introLabel)
        row = QHBoxLayout()
        row.addWidget(QLabel("Ngày tổ chức hội nghị:"))
        self.dateEdit = DateEdit()
        row.addWidget(self.dateEdit, 1)
        lay.addLayout(row)
        self.generalError = QLabel()
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet("color: #c00000;")
        lay.addWidget(self.generalError)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        lay.addWidget(self.buttonBox)
        dialog.resize(440, 150)


class MilestoneDateDialog(FormDialog):
    ui_class = _MilestoneDateUi

    def __init__(self, parent, submit, milestone):
        super().__init__(parent, "Ngày tổ chức", submit)
        self.ui.introLabel.setText(
            f"<b>{_html(milestone.name)}</b><br>Các mô hình, điển hình đăng ký đến hết ngày này thuộc phạm vi "
            f"đánh giá của kỳ. Để trống: tính đến hết ngày 31/12/{milestone.year}.")
        self.ui.dateEdit.setDate(milestone.held_on)

    def error_labels(self) -> dict[str, QLabel]:
        return {"": self.ui.generalError, "held_on": self.ui.generalError}

    def validate(self) -> dict[str, str]:
        return {} if self.ui.dateEdit.is_valid() else {"held_on": INVALID_DATE_MESSAGE}


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
