"""Date entry the way Vietnamese offices write dates: dd/mm/yyyy in a line edit, with a calendar.

``parse_date_vn`` accepts what a clerk types or pastes: ``15/10/2025``, ``5/1/2026``, ``15-10-2025``,
``15.10.2025``, ``15102025``, ``2025-10-15`` (ISO, from other software) and the long form of
official documents ``ngày 15 tháng 10 năm 2025``. A two-digit year means 20yy.

``DateEdit`` is a ``QLineEdit``: empty is allowed (``date()`` is ``None``); text that is not a date
gets a red border and a Vietnamese tooltip once the clerk leaves the field, and ``date()`` returns
``None`` for it (``is_valid()`` tells the two apart). Nothing here ever raises on user input.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from dvdesk.domain.vntext import date_vn, fold

__all__ = ["INVALID_DATE_MESSAGE", "DateEdit", "parse_date_vn"]

INVALID_DATE_MESSAGE = "Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/10/2025."
HINT = "Nhập ngày/tháng/năm, ví dụ 15/10/2025 (hoặc bấm nút lịch). Để trống nếu chưa có."

_DMY = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")
_LONG = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date_vn(text: object) -> date | None:
    """The date written in ``text``, or ``None`` when it is empty or not a real calendar date.

    Use :func:`is_blank` to tell "empty" from "invalid". Never raises.
    """
    if not isinstance(text, str):
        return None
    s = fold(text).strip(" ,;")
    if not s:
        return None
    s = s.removesuffix(".").strip()
    if m := _DMY.fullmatch(s):
        day, month, year = m.groups()
        y = int(year) + (2000 if len(year) == 2 else 0)
        return _make(y, int(month), int(day))
    if m := _YMD.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT.fullmatch(s):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    # "Kiên Giang, ngày 15 tháng 4 năm 2021": keep the date part of a pasted place-and-date line
    if m := _LONG.search(s):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    return None


def is_blank(text: str) -> bool:
    return not (text or "").strip()


def _calendar_icon(size: int = 16) -> QIcon:
    """A small calendar drawn in code (no icon file or theme needed)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#455a64"), 1.2))
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 4), 1.5, 1.5)
    p.fillRect(QRectF(2, 3, size - 4, 3.5), QColor("#c62828"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#455a64"))
    for row in range(2):
        for col in range(3):
            p.drawRect(QRectF(4 + col * 3, 8 + row * 3, 1.8, 1.8))
    p.end()
    return QIcon(pm)


class _CalendarPopup(QFrame):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(QDate(1945, 1, 1))
        self.calendar.setMaximumDate(QDate(2100, 12, 31))
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._done)
        self.calendar.clicked.connect(self._done)

    def _done(self, d: QDate) -> None:
        self.picked.emit(d)
        self.hide()


class DateEdit(QLineEdit):
    """A dd/mm/yyyy line edit with a calendar button; ``date()`` -> ``date | None``."""

    dateChanged = Signal(object)  # date | None, emitted when the parsed value changes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("ngày/tháng/năm")
        self.setToolTip(HINT)
        self.setMaxLength(40)
        self._value: date | None = None
        self._shown_invalid = False
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(_calendar_icon(), "Chọn ngày trên lịch", self)
        self.calendar_action.setToolTip("Chọn ngày trên lịch")
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.sizeHint().width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # room for "28/02/2026", the calendar button and the frame, whatever the font
        fm = self.fontMetrics()
        text = max(fm.horizontalAdvance("00/00/00000"), fm.horizontalAdvance(self.placeholderText() + "  "))
        return QSize(text + 44, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- value ----------------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date typed, or ``None`` when empty or invalid."""
        return parse_date_vn(self.text())

    def setDate(self, value: date | None) -> None:
        self.setText(date_vn(value) if value is not None else "")
        self._show_invalid(False)

    def clearDate(self) -> None:
        self.setDate(None)

    def is_valid(self) -> bool:
        """Empty or a real date."""
        return is_blank(self.text()) or parse_date_vn(self.text()) is not None

    def is_blank(self) -> bool:
        return is_blank(self.text())

    # -- feedback -------------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        value = parse_date_vn(text)
        if self._shown_invalid and (value is not None or is_blank(text)):
            self._show_invalid(False)
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _on_editing_finished(self) -> None:
        text = self.text()
        value = parse_date_vn(text)
        if value is not None:
            normal = date_vn(value)
            if normal != text:
                self.setText(normal)  # 5-1-26 -> 05/01/2026: the clerk sees what was understood
            self._show_invalid(False)
        else:
            self._show_invalid(not is_blank(text))

    def _show_invalid(self, on: bool) -> None:
        if on == self._shown_invalid:
            return
        self._shown_invalid = on
        self.setProperty("invalid", on)
        self.setStyleSheet("QLineEdit { border: 1px solid #c62828; border-radius: 2px; padding: 1px 2px; "
                           "background: #fff6f6; }" if on else "")
        self.setToolTip(INVALID_DATE_MESSAGE if on else HINT)

    def shows_invalid(self) -> bool:
        return self._shown_invalid

    # -- calendar -------------------------------------------------------------------------------
    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        current = self.date() or date.today()
        self._popup.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._popup.adjustSize()
        pos = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            size = self._popup.sizeHint()
            if pos.y() + size.height() > screen.bottom():
                pos.setY(self.mapToGlobal(QPoint(0, 0)).y() - size.height())
            pos.setX(max(screen.left(), min(pos.x(), screen.right() - size.width())))
        self._popup.move(pos)
        self._popup.show()
        self._popup.calendar.setFocus()

    def _picked(self, d: QDate) -> None:
        self.setDate(date(d.year(), d.month(), d.day()))
        self.setFocus()

    def calendar_popup(self) -> _CalendarPopup | None:
        return self._popup
