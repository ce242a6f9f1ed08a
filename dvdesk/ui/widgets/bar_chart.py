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


def label_lines(fm: QFontMetrics, label: str, width: int, max_lines: int = 2) -> list[str]:
    """``label`` wrapped on word boundaries into at most ``max_lines`` lines of ``width`` pixels
    (only the last line is elided, and only when the words do not fit)."""
    words = label.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if not current or fm.horizontalAdvance(trial) <= width:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    if lines and fm.horizontalAdvance(lines[-1]) > width:
        lines[-1] = fm.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines or [""]


class BarChart(QWidget):
    rowClicked = Signal(object)

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[object, str, list[int]]] = []
        self.series: list[str] = []
        self._row_rects: list[tuple[QRectF, object]] = []
        self.drawn_labels: list[list[str]] = []  # the label lines of the last paint (for tests)
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

    def minimumSizeHint(self) -> QSize:
        """Room for every row with a two-line label (award form names wrap)."""
        line_h = QFontMetrics(self.font()).height()
        return QSize(260, int(2 * line_h + 20 + len(self.rows) * (2 * line_h + 4)))

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
        # long names (award forms) get up to half the width, then wrap on two lines
        label_w = min(max(fm.horizontalAdvance(r[1]) for r in self.rows) + 12, self.width() * 0.5)
        lines_of = [label_lines(fm, r[1], int(label_w - 8)) for r in self.rows]
        self.drawn_labels = lines_of
        value_w = max(fm.horizontalAdvance(money_vn(max(r[2]) if r[2] else 0)) for r in self.rows) + 10
        bar_x = 8 + label_w
        bar_w = max(10.0, self.width() - bar_x - value_w - 12)
        top = max((max(r[2]) if r[2] else 0) for r in self.rows) or 1
        avail = self.height() - y - 6
        need = max(len(ls) for ls in lines_of) * line_h + 4
        group_h = max(8.0, min(avail / len(self.rows), max(16.0 * len(self.series) + 10, need)))
        bar_h = max(3.0, (group_h - 6) / max(1, len(self.series)))
        for (key, _label, values), lines in zip(self.rows, lines_of, strict=True):
            rect = QRectF(0, y, self.width(), group_h)
            self._row_rects.append((rect, key))
            p.setPen(QColor("black"))
            p.drawText(QRectF(8, y, label_w - 8, group_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       "\n".join(lines))
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
