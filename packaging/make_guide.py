"""``make guide``: the user guide's screenshots, taken by the app of itself at 1366×768 on a small demo
database (resources/guide/img/*.png), then the guide's PDF (resources/guide/huong-dan.pdf) rendered from
resources/guide/huong-dan.html with Qt — so the guide never shows an outdated screen.

Run offscreen: ``QT_QPA_PLATFORM=offscreen python packaging/make_guide.py``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DVDESK_PDF_FONT", "bundled")

from PySide6.QtCore import QMarginsF, QSettings, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
IMG = GUIDE / "img"
SIZE = (1366, 768)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, name: str) -> Path:
    _settle(app)
    out = IMG / name
    if not widget.grab().save(str(out), "PNG"):
        raise SystemExit(f"could not save {out}")
    print(f"  {out.relative_to(ROOT)}")
    return out


def screenshots(app: QApplication, work: Path) -> None:
    from dvdesk.demo import build_demo
    from dvdesk.store.db import create_store, open_store
    from dvdesk.ui.dialogs import Asker
    from dvdesk.ui.views.first_run_dialog import FirstRunDialog
    from dvdesk.ui.views.main_window import NAV, MainWindow

    Asker.answer = lambda *_a: False  # nothing waits for a click
    IMG.mkdir(parents=True, exist_ok=True)
    # 1. the first-run dialog, on a new database, with the first lines typed in
    fresh = create_store(work / "moi.sqlite3")
    dialog = FirstRunDialog(fresh)
    dialog.edits["parent_body"].setText("Tỉnh ủy Cà Mau")
    dialog.edits["issuing_body"].setText("Ban Dân vận")
    dialog.edits["symbol"].setText("BDVTU")
    dialog.edits["place"].setText("Cà Mau")
    dialog.resize(820, dialog.sizeHint().height())
    dialog.show()
    _save(app, dialog, "lan-dau.png")
    dialog.close()
    fresh.close()
    # 2. the main window on a demo database
    from dvdesk.store.backup import backup_database

    db = work / "dvdesk.sqlite3"
    build_demo(db, initiatives=400, awards=200, seed=2025)
    backup_database(db, reason="thu-cong")  # the backup page lists one
    store = open_store(db)
    window = MainWindow(store, QSettings(str(work / "dvdesk.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()
    keys = [k for k, _ in NAV]
    for key, name in (("dashboard", "tong-quan.png"), ("initiatives", "mo-hinh.png"), ("reviews", "danh-gia.png"),
                      ("awards", "khen-thuong.png"), ("documents", "van-ban.png"), ("reports", "bao-cao.png"),
                      ("catalogs", "danh-muc.png")):
        window.ui.navList.setCurrentRow(keys.index(key))
        _save(app, window, name)
    window.ui.navList.setCurrentRow(keys.index("settings"))
    settings = window.pages["settings"]
    settings.setCurrentWidget(window.settings_page)
    _save(app, window, "cai-dat.png")
    settings.setCurrentWidget(window.backup_page)
    _settle(app, 20)
    _save(app, window, "sao-luu.png")
    window.ui.navList.setCurrentRow(keys.index("initiatives"))
    form = window.open_initiative(None)
    _save(app, form, "mo-hinh-moi.png")
    form.close()
    wizard = window.open_import("initiatives")
    _save(app, wizard, "nhap-excel.png")
    wizard.close()
    window.close()
    _settle(app)
    store.close()


def pdf() -> Path:
    """The guide's HTML (with its screenshots) printed to A4 PDF by Qt's rich-text engine."""
    html = GUIDE / "huong-dan.html"
    doc = QTextDocument()
    doc.setBaseUrl(QUrl.fromLocalFile(str(GUIDE) + "/"))
    doc.setHtml(html.read_text(encoding="utf-8"))
    out = GUIDE / "huong-dan.pdf"
    writer = QPdfWriter(str(out))
    writer.setTitle("Hướng dẫn sử dụng dvdesk")
    writer.setCreator("dvdesk make guide")
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    print(f"  {out.relative_to(ROOT)}")
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print("Ảnh màn hình cho hướng dẫn sử dụng:")
    # a fixed folder: the paths shown in the screenshots stay the same from one run to the next
    work = Path(tempfile.gettempdir()) / "dvdesk-huong-dan"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        os.environ["DVDESK_DATA_DIR"] = str(work / "data")
        screenshots(app, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("Bản PDF:")
    pdf()
    return 0


if __name__ == "__main__":
    sys.exit(main())
