"""Draw the app icon (a red square with a yellow star and "DV") into packaging/dvdesk.ico (used by the
bundle's executables and the installer) and resources/icons/dvdesk.png (the window icon).
Run: QT_QPA_PLATFORM=offscreen python packaging/make_icon.py"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPolygonF

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#c8102e"))
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    cx, cy, r = size / 2, size * 0.40, size * 0.28
    star = QPolygonF([QPointF(cx + (r if i % 2 == 0 else r * 0.4) * math.sin(i * math.pi / 5),
                              cy - (r if i % 2 == 0 else r * 0.4) * math.cos(i * math.pi / 5)) for i in range(10)])
    p.setBrush(QColor("#ffcd00"))
    p.drawPolygon(star)
    if size >= 32:
        font = QFont("DejaVu Sans", max(6, int(size * 0.2)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#ffcd00"))
        p.drawText(QRectF(0, size * 0.68, size, size * 0.3), Qt.AlignmentFlag.AlignCenter, "DV")
    p.end()
    return img


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ico = ROOT / "packaging" / "dvdesk.ico"
    if not draw(256).save(str(ico), "ICO"):
        print("could not write the .ico (Qt's ico image plugin is missing)", file=sys.stderr)
        return 1
    png = ROOT / "resources" / "icons" / "dvdesk.png"
    png.parent.mkdir(exist_ok=True)
    draw(256).save(str(png), "PNG")
    print(ico, png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
