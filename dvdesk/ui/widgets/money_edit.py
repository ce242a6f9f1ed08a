"""Money entry in whole đồng, grouped with dots while typing: ``7.020.000``.

``parse_money_vn`` reads what a clerk types or pastes from Word, Excel or a web page:
``7.020.000``, ``7,020,000 đ``, ``7 020 000 đồng``, ``7.020.000,00`` (a decimal part is rounded to
whole đồng), ``Kinh phí: 7.020.000 đồng``. A separator followed by exactly three digits groups
thousands; one or two digits after the last separator are a decimal part. Never raises.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from dvdesk.domain.vntext import money_vn, nfc

__all__ = ["MAX_DIGITS", "MoneyEdit", "parse_money_vn"]

MAX_DIGITS = 18
_NUMBER = re.compile(r"[0-9][0-9.,'\s]*")
_SEPARATORS = re.compile(r"[.,'\s]+")


def parse_money_vn(text: object) -> int | None:
    """Whole đồng written in ``text``; ``None`` when there is no number in it."""
    if not isinstance(text, str):
        return None
    m = _NUMBER.search(nfc(text))
    if m is None:
        return None
    groups = [g for g in _SEPARATORS.split(m.group().strip(".,' \t\r\n")) if g]
    if not groups:
        return None
    fraction = ""
    if len(groups) > 1 and len(groups[-1]) in (1, 2):
        fraction = groups.pop()
    digits = "".join(groups)[:MAX_DIGITS]
    if not digits.isdigit():  # other Unicode digits ("٣") are not money
        return None
    value = int(digits)
    if fraction and fraction.isdigit() and int(fraction.ljust(2, "0")) >= 50:
        value += 1
    return value


class MoneyEdit(QLineEdit):
    """Integer amount with dot grouping as you type; ``value()`` -> int (0 when empty)."""

    valueChanged = Signal(object)  # int (Python int: amounts exceed 32 bits)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.setToolTip("Số tiền bằng đồng, ví dụ 7.020.000 (dấu chấm tự thêm khi gõ)")
        self.setMaxLength(60)
        self._last_key = 0
        self._value = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self._on_changed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("000.000.000.000.000") + 16, hint.height())

    def value(self) -> int:
        return parse_money_vn(self.text()) or 0

    def setValue(self, amount: int | None) -> None:
        amount = int(amount or 0)
        self.setText(money_vn(amount) if amount else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._last_key = event.key()
        super().keyPressEvent(event)
        self._last_key = 0

    def _on_changed(self, _text: str) -> None:
        value = self.value()
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _on_edited(self, text: str) -> None:
        if re.fullmatch(r"[\d.]*", text):
            self._regroup_typed(text)
        else:  # pasted or typed something else: read it as a whole
            value = parse_money_vn(text)
            new = money_vn(value) if value else ""
            if new != text:
                self.setText(new)
                self.setCursorPosition(len(new))

    def _regroup_typed(self, text: str) -> None:
        cursor = self.cursorPosition()
        digits_before = sum(ch.isdigit() for ch in text[:cursor])
        digits = "".join(ch for ch in text if ch.isdigit())
        previous = money_vn(self._value) if self._value else ""
        if (len(text) == len(previous) - 1 and digits == "".join(ch for ch in previous if ch.isdigit())
                and self._last_key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)):
            # only a dot was erased: erase the digit beside it instead
            if self._last_key == Qt.Key.Key_Backspace and digits_before > 0:
                digits = digits[: digits_before - 1] + digits[digits_before:]
                digits_before -= 1
            elif self._last_key == Qt.Key.Key_Delete:
                digits = digits[:digits_before] + digits[digits_before + 1:]
        leading_zeros = len(digits) - len(digits.lstrip("0"))
        digits = digits[leading_zeros:][:MAX_DIGITS]
        digits_before = max(0, min(digits_before - leading_zeros, len(digits)))
        new = money_vn(int(digits)) if digits else ""
        if new != text:
            self.setText(new)
        pos, seen = 0, 0
        while pos < len(new) and seen < digits_before:
            if new[pos].isdigit():
                seen += 1
            pos += 1
        self.setCursorPosition(pos)
