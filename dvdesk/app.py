"""QApplication bootstrap: paths, logging, one instance per database, crash dialog."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

from dvdesk import APP_NAME, __version__
from dvdesk.domain.errors import DvdeskError
from dvdesk.paths import data_dir, default_db_path, log_dir

log = logging.getLogger("dvdesk")


def setup_logging() -> Path:
    path = log_dir() / "dvdesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(parent_getter) -> None:
    """Unhandled errors: logged, then one dialog with copyable details; the database is untouched
    (every user action is its own transaction, rolled back on error)."""

    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", details)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "dvdesk gặp lỗi",
                          "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.\n"
                          "Hãy gửi phần chi tiết dưới đây cho người hỗ trợ kỹ thuật.", parent=parent_getter())
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def run_app(db: Path | None = None, screenshot: Path | None = None) -> int:
    if screenshot is not None:  # rendered offscreen, no display needed
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLockFile, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from dvdesk.store.db import open_store
    from dvdesk.ui.dialogs import Asker

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    db = Path(db) if db else default_db_path()
    log.info("starting dvdesk %s on %s", __version__, db)

    lock = QLockFile(str(db) + ".lock")
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        _ok, _pid, host, _app = lock.getLockInfo()
        Asker.error(None, "Cơ sở dữ liệu đang được mở",
                    f"Cơ sở dữ liệu {db.name} đang được mở ở một cửa sổ dvdesk khác"
                    f"{f' (máy {host})' if host else ''}. Hãy dùng cửa sổ đó.")
        return 1
    try:
        store = open_store(db, create=not db.exists())
    except DvdeskError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        if screenshot is None:
            Asker.error(None, "Không mở được cơ sở dữ liệu", str(exc))
        lock.unlock()
        return 1

    from dvdesk.ui.views.main_window import MainWindow

    settings = QSettings(str(data_dir() / "dvdesk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    install_excepthook(lambda: window)
    if screenshot is not None:
        window.resize(1366, 768)
    window.show()
    if screenshot is not None:
        def shoot():
            app.processEvents()
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            ok = window.grab().save(str(screenshot))
            print(f"Đã lưu ảnh màn hình: {screenshot}" if ok else f"Không lưu được ảnh: {screenshot}")
            window.close()
            app.exit(0 if ok else 1)

        QTimer.singleShot(0, shoot)
    code = app.exec()
    store.close()
    lock.unlock()
    return code
