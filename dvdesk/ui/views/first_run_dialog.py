"""The first-run dialog: until the office profile is set, the app asks who the office is (parent body,
issuing body, symbol, place, signer lines, document style) with the header preview, before the main
window opens. A new database knows no office: nothing is invented; "Để sau" opens the app anyway and
documents print dotted blanks where the profile is missing (Cài đặt sets it later).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import long_date_vn, nfc
from dvdesk.domain.vocab import DocumentStyle
from dvdesk.ui.dialogs import Asker

BLANK = "…………"

#: (key, label, example) of the text fields, in the order asked.
FIELDS = (
    ("parent_body", "Cơ quan cấp trên:", "Ví dụ: TỈNH ỦY AN GIANG"),
    ("issuing_body", "Cơ quan ban hành:", "Ví dụ: BAN DÂN VẬN"),
    ("symbol", "Ký hiệu cơ quan:", "Ví dụ: BDVTU"),
    ("place", "Địa danh:", "Ví dụ: An Giang (in ở dòng “…, ngày … tháng … năm …”)"),
    ("signer_authority", "Quyền ký:", "Ví dụ: K/T TRƯỞNG BAN (để trống khi người đứng đầu ký)"),
    ("signer_title", "Chức vụ người ký:", "Ví dụ: PHÓ TRƯỞNG BAN"),
    ("signer_name", "Họ tên người ký:", "Ví dụ: Nguyễn Văn A"),
)
REQUIRED = {"issuing_body": "Chưa nhập tên cơ quan ban hành.",
            "place": "Chưa nhập địa danh (in ở dòng “…, ngày … tháng … năm …”)."}


def profile_missing(store) -> bool:
    """True until the office profile was confirmed (in this dialog or in Cài đặt)."""
    return not (store.settings.get("agency") or {}).get("confirmed")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def header_html(agency: dict, on: date | None = None) -> tuple[str, str]:
    """The two columns of a document's header (left: the bodies and number; right: the national or
    party motto and the place and date), dotted where the profile says nothing yet."""
    party = agency.get("style", DocumentStyle.PARTY) != DocumentStyle.STATE
    left = []
    if agency.get("parent_body") or party:
        left.append(_html((agency.get("parent_body") or BLANK).upper()))
    issuing = _html((agency.get("issuing_body") or BLANK).upper())
    left.append(f"<b>{issuing}</b>" if party else f"<b><u>{issuing}</u></b>")
    if party:
        left.append("*")
    sym = _html(agency.get("symbol") or BLANK)
    left.append(f"Số …-QĐ/{sym}" if party else f"Số: …/QĐ-{sym}")
    right = (["<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b>"] if party else
             ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b><u>Độc lập - Tự do - Hạnh phúc</u></b>"])
    right.append(f"<i>{_html(long_date_vn(agency.get('place') or BLANK, on or date.today()))}</i>")
    return "<br>".join(left), "<br>".join(right)


class FirstRunDialog(QDialog):
    """Asks for the office profile; "Lưu" (Enter, Ctrl+S) writes it confirmed, "Để sau" (Esc) leaves it."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Thông tin cơ quan — lần đầu sử dụng")
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel("<b>Chào mừng đến với dvdesk.</b> Cơ sở dữ liệu này chưa có thông tin cơ quan. Hãy khai báo "
                       "để các quyết định, danh sách và báo cáo in đúng tiêu đề. Có thể sửa lại bất cứ lúc nào trong "
                       "<i>Sao lưu, cài đặt › Cài đặt</i>. Chỗ nào chưa khai báo sẽ in dấu chấm (…) để điền tay.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        agency = store.settings.agency()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key, label, example in FIELDS:
            edit = QLineEdit(str(agency.get(key) or ""))
            edit.setPlaceholderText(example)
            edit.textChanged.connect(self._update)
            self.edits[key] = edit
            form.addRow(label, edit)
            if key in REQUIRED:
                err = QLabel()
                err.setStyleSheet("color: #c00000;")
                err.setVisible(False)
                self.errors[key] = err
                form.addRow("", err)
        self.style_combo = QComboBox()
        for code, label in DocumentStyle.choices():
            self.style_combo.addItem(label, code)
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(agency.get("style", DocumentStyle.PARTY))))
        self.style_combo.currentIndexChanged.connect(self._update)
        form.addRow("Thể thức văn bản:", self.style_combo)
        layout.addLayout(form)
        caption = QLabel("<b>Xem trước tiêu đề văn bản</b>")
        layout.addWidget(caption)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: white; } QLabel { font-family: 'Times New Roman', "
                            "'Liberation Serif', serif; font-size: 12pt; color: black; }")
        row = QHBoxLayout(frame)
        self.preview_left = QLabel()
        self.preview_right = QLabel()
        for lbl in (self.preview_left, self.preview_right):
            lbl.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            lbl.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.preview_left, 45)
        row.addWidget(self.preview_right, 55)
        layout.addWidget(frame)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Lưu", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton("Để sau", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Lưu thông tin cơ quan (Enter hoặc Ctrl+S)")
        self.later_button.setToolTip("Mở chương trình, khai báo sau trong Cài đặt (Esc)")
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        layout.addWidget(buttons)
        self.edits["parent_body"].setFocus()
        self._update()

    def values(self) -> dict:
        v = {key: nfc(edit.text()).strip() for key, edit in self.edits.items()}
        v["style"] = self.style_combo.currentData()
        return v

    def validate(self) -> dict[str, str]:
        v = self.values()
        return {key: message for key, message in REQUIRED.items() if not v[key]}

    def _update(self, *_args) -> None:
        left, right = header_html(self.values())
        self.preview_left.setText(left)
        self.preview_right.setText(right)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, lbl in self.errors.items():
            lbl.setText(errors.get(key, ""))
            lbl.setVisible(key in errors)
            self.edits[key].setStyleSheet("border: 1px solid #c00000;" if key in errors else "")

    def save(self) -> bool:
        errors = self.validate()
        self._show_errors(errors)
        if errors:
            self.edits[next(iter(errors))].setFocus()
            return False
        stored = self.store.settings.get("agency") or {}
        try:
            self.store.settings.set("agency", {**stored, **self.values(), "confirmed": True})
        except DvdeskError as exc:
            Asker.error(self, "Không lưu được thông tin cơ quan", str(exc))
            return False
        self.accept()
        return True


def ask_office_profile(store, parent=None, exec_dialog=None) -> bool:
    """Show the first-run dialog when the profile is missing (``exec_dialog(dialog)`` runs it; tests
    answer it). True when the dialog was shown."""
    if not profile_missing(store):
        return False
    dialog = FirstRunDialog(store, parent)
    (exec_dialog or (lambda d: d.exec()))(dialog)
    return True
