"""A small horizontal bar chart drawn with QPainter: readable on screen and when printed.

``set_data(rows, series)``: rows are (key, label, [values...]); one bar per series value, grouped
per row. Clicking a row emits ``rowClicked(key)``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from dvdesk.domain.vntext import money_vn

PALETTE = [QColor("#1f5fa8"), QColor("#e07b22"), QColor("#3a9a4b"), QColor("#b8312f")]


class BarChart(QWidget):
    rowClicked = Signal(object)

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[object, str, list[int]]] = []
        self.series: list[str] = []
        self._row_rects: list[tuple[QRectF, object]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setMouseTracking(True)

    def set_data(self, rows: list[tuple[object, str, list[int]]], series: list[str]) -> None:
        self.rows = rows
        self.series = series
        self.setToolTip("Bấm vào một dòng để xem danh sách tương ứng" if rows else "")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 60 + 26 * max(1, len(self.rows)) * max(1, len(self.series)))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetrics(font)
        line_h = fm.height()
        p.setPen(QColor("black"))
        p.setFont(bold)
        y = 6.0
        p.drawText(QRectF(8, y, self.width() - 16, line_h + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        y += line_h + 6
        p.setFont(font)
        # legend
        x = 8.0
        for i, name in enumerate(self.series):
            p.fillRect(QRectF(x, y + 3, 12, line_h - 6), PALETTE[i % len(PALETTE)])
            p.drawText(QRectF(x + 16, y, fm.horizontalAdvance(name) + 4, line_h), Qt.AlignmentFlag.AlignVCenter, name)
            x += fm.horizontalAdvance(name) + 36
        y += line_h + 6
        self._row_rects = []
        if not self.rows:
            p.setPen(QColor("#555"))
            p.drawText(QRectF(8, y, self.width() - 16, line_h * 2), Qt.AlignmentFlag.AlignLeft, "Chưa có số liệu.")
            return
        label_w = min(max(fm.horizontalAdvance(r[1]) for r in self.rows) + 12, self.width() * 0.42)
        value_w = max(fm.horizontalAdvance(money_vn(max(r[2]) if r[2] else 0)) for r in self.rows) + 10
        bar_x = 8 + label_w
        bar_w = max(10.0, self.width() - bar_x - value_w - 12)
        top = max((max(r[2]) if r[2] else 0) for r in self.rows) or 1
        avail = self.height() - y - 6
        group_h = max(8.0, min(avail / len(self.rows), 16.0 * len(self.series) + 10))
        bar_h = max(3.0, (group_h - 6) / max(1, len(self.series)))
        for key, label, values in self.rows:
            rect = QRectF(0, y, self.width(), group_h)
            self._row_rects.append((rect, key))
            p.setPen(QColor("black"))
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(QRectF(8, y, label_w - 8, group_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       elided)
            by = y + 3
            for i, v in enumerate(values):
                w = bar_w * v / top
                p.fillRect(QRectF(bar_x, by, w, bar_h - 1), PALETTE[i % len(PALETTE)])
                p.drawText(QRectF(bar_x + w + 4, by - 2, value_w + 20, bar_h + 4),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, money_vn(v))
                by += bar_h
            y += group_h
        p.setPen(QPen(QColor("#999"), 1))
        p.drawLine(int(bar_x), 2 * line_h + 16, int(bar_x), int(y))

    def row_at(self, y: float):
        for rect, key in self._row_rects:
            if rect.top() <= y < rect.bottom():
                return key
        return None

    def mousePressEvent(self, event) -> None:
        key = self.row_at(event.position().y())
        if key is not None:
            self.rowClicked.emit(key)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        over = self.row_at(event.position().y()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
