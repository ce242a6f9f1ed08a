"""QApplication bootstrap: paths, logging, crash handling, one writer per database, integrity check
at start, automatic backups (daily while open, on close).

Crash handling comes first (:func:`bootstrap`, before the QApplication, the database and the main
window): an unhandled error — in the GUI thread, a worker of the thread pool or a Python thread —
is logged with its traceback and shown in one dialog with copyable details; Qt's own messages
(warnings from widgets, the platform plugin, …) go to the log too.

Start-up order (:func:`open_database`): take the database lock (a second instance is told who
has the database open), ``quick_check`` the file — when it is damaged, offer to restore the newest
good backup (with its date) instead of opening it — then open (migrating after a backup).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, QtMsgType, Signal, qInstallMessageHandler

from dvdesk import APP_NAME, __version__
from dvdesk.domain.errors import DvdeskError
from dvdesk.paths import data_dir, default_db_path, log_dir

log = logging.getLogger("dvdesk")
qt_log = logging.getLogger("dvdesk.qt")

BACKUP_CHECK_MS = 60 * 60 * 1000       # look every hour whether the daily backup is due
FIRST_BACKUP_CHECK_MS = 3 * 60 * 1000  # ... first a few minutes after start (not during start-up)


def setup_logging() -> Path:
    path = log_dir() / "dvdesk.log"
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


# -- crash handling ----------------------------------------------------------------------------------
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode, context, message: str) -> None:
    """Qt's messages into the Python log (logger ``dvdesk.qt``), with category and source when Qt
    gives them."""
    category = getattr(context, "category", None)
    prefix = f"[{category}] " if category and category != "default" else ""
    file = getattr(context, "file", None)
    where = f" ({file}:{getattr(context, 'line', 0)})" if file else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s%s", prefix, message, where)
    if mode == QtMsgType.QtFatalMsg:  # Qt aborts the process next: keep the line on disk
        for handler in logging.getLogger().handlers:
            handler.flush()


def show_crash_dialog(parent, details: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "dvdesk gặp lỗi",
                      "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.\n"
                      "Hãy gửi phần chi tiết dưới đây cho người hỗ trợ kỹ thuật.", parent=parent)
    box.setDetailedText(details)
    box.exec()


def _crash_on_stderr(_parent, details: str) -> None:
    if sys.stderr is not None:  # pythonw has none
        print(f"dvdesk gặp lỗi:\n{details}", file=sys.stderr)


class CrashHandler(QObject):
    """Unhandled errors are logged, then shown (one dialog at a time, in the GUI thread); the
    database is untouched (every user action is its own transaction, rolled back on error).

    :meth:`install` sets ``sys.excepthook`` (the GUI thread, and errors Qt reports from Python code
    run by a QThreadPool worker), ``threading.excepthook`` (Python threads) and Qt's message
    handler; :meth:`uninstall` puts the previous ones back. ``parent_getter`` gives the dialog's
    parent (the main window once there is one); ``show`` is the dialog (tests replace it).
    """

    _report = Signal(str)  # queued to the GUI thread when emitted from another thread

    def __init__(self, parent_getter: Callable[[], object] | None = None,
                 show: Callable[[object, str], None] = show_crash_dialog):
        super().__init__()
        self.parent_getter = parent_getter or (lambda: None)
        self.show = show
        self._showing = False
        self._previous: tuple | None = None
        self._report.connect(self._show)

    def install(self) -> CrashHandler:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook, qInstallMessageHandler(qt_message_handler))
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook, qt_handler = self._previous
            qInstallMessageHandler(qt_handler)
            self._previous = None

    @property
    def installed(self) -> bool:
        return self._previous is not None

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handle(threading.current_thread().name, exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):  # what the default hook does too
            return
        self._handle(args.thread.name if args.thread is not None else "?", args.exc_type, args.exc_value,
                     args.exc_traceback)

    def _handle(self, thread: str, exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception (thread %s)\n%s", thread, details)
        try:
            self._report.emit(details)
        except RuntimeError:  # the handler's Qt object is gone (interpreter shutting down)
            pass

    def _show(self, details: str) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:  # before the QApplication: no dialog possible
            _crash_on_stderr(None, details)
            return
        if self._showing:  # an error while the dialog is open (e.g. in a paint event): logged only
            return
        self._showing = True
        try:
            self.show(self.parent_getter(), details)
        except Exception:  # never a loop of errors about the error dialog
            log.exception("could not show the error dialog")
        finally:
            self._showing = False


# -- opening the database -------------------------------------------------------------------------
def _offer_restore(db: Path, report, parent=None) -> bool:
    """The file failed its check: offer the newest good backup. True when it was restored."""
    from dvdesk.store.backup import candidate_backup_folders, restore_backup
    from dvdesk.store.backup_policy import folder_problem
    from dvdesk.ui.dialogs import Asker
    from dvdesk.ui.views.backup_page import describe_backup

    problems = "\n".join(f"• {p}" for p in report.problems[:3])
    latest = report.latest_backup
    if latest is None:
        Asker.error(parent, "Cơ sở dữ liệu bị hỏng",
                    f"Tệp {db} bị hỏng:\n{problems}\n\nKhông tìm thấy bản sao lưu tốt nào. Tệp được giữ nguyên, "
                    "chương trình không mở nó để tránh làm hỏng thêm. Hãy liên hệ người hỗ trợ kỹ thuật.")
        return False
    if not Asker.confirm(parent, "Cơ sở dữ liệu bị hỏng",
                         f"Kiểm tra khi khởi động phát hiện tệp {db.name} bị hỏng:\n{problems}\n\n"
                         f"Khôi phục bản sao lưu tốt gần nhất, {describe_backup(latest)}?\n"
                         f"({latest.path})\n\nTệp hỏng được giữ lại dưới tên khác, không bị xóa."):
        Asker.error(parent, "Chưa mở cơ sở dữ liệu",
                    "Chương trình không mở cơ sở dữ liệu bị hỏng. Có thể khôi phục sau bằng lệnh "
                    f"`dvdesk restore \"{latest.path}\" --db \"{db}\"`.")
        return False
    before_dir = next((f for f in candidate_backup_folders(db)[:2] if folder_problem(f, create=True) is None), None)
    try:
        previous = restore_backup(latest.path, db, damaged=True, backup_dir=before_dir)
    except DvdeskError as exc:
        Asker.error(parent, "Khôi phục không thành công", str(exc))
        return False
    kept = f"\nTệp cũ được giữ tại: {previous.path}" if previous else ""
    Asker.inform(parent, "Đã khôi phục", f"Đã khôi phục dữ liệu từ bản sao lưu {describe_backup(latest)}.{kept}")
    return True


def open_database(db: Path, parent=None):
    """Lock, check and open ``db`` (asking the user through Asker when something is wrong).

    Returns ``(store, lock)`` or None when the database must not be opened (held by another
    instance, damaged and not restored, unreadable). The caller closes the store, then releases
    the lock.
    """
    from dvdesk.store.check import check_database
    from dvdesk.store.db import is_read_only, open_read_only, open_store
    from dvdesk.store.lock import DatabaseLocked, DbLock
    from dvdesk.ui.dialogs import Asker

    db = Path(db)
    if is_read_only(db):  # nothing can be written there (not even the lock): open it to read
        try:
            store = open_read_only(db)
        except DvdeskError as exc:
            Asker.error(parent, "Không mở được cơ sở dữ liệu", str(exc))
            return None
        log.info("opened read-only: %s", db)
        return store, None
    lock = DbLock(db)
    try:
        lock.acquire()
    except DatabaseLocked as exc:
        log.info("database locked: %s", exc)
        Asker.error(parent, "Cơ sở dữ liệu đang được mở", str(exc))
        return None
    except (DvdeskError, OSError) as exc:
        Asker.error(parent, "Không mở được cơ sở dữ liệu", f"Không tạo được tệp khóa bên cạnh {db}: {exc}")
        return None
    try:
        if db.exists() and db.stat().st_size > 0:
            report = check_database(db, quick=True, foreign_keys=False)
            while report.busy:  # held by another program: not damage — never offer a restore over it
                log.info("database busy at start-up: %s", report.problems)
                if not Asker.confirm(parent, "Cơ sở dữ liệu đang được sử dụng",
                                     f"{report.problems[-1]}\n\nThử mở lại?"):
                    lock.release()
                    return None
                report = check_database(db, quick=True, foreign_keys=False)
            if report.damaged:
                log.error("start-up check failed for %s: %s", db, report.problems)
                if not _offer_restore(db, report, parent):
                    lock.release()
                    return None
        store = open_store(db, create=not db.exists())
    except DvdeskError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        Asker.error(parent, "Không mở được cơ sở dữ liệu", str(exc))
        lock.release()
        return None
    except BaseException:
        lock.release()
        raise
    return store, lock


# -- automatic backups ----------------------------------------------------------------------------
class AutoBackup(QObject):
    """Daily backups while the app is open (checked hourly, in a worker) and one on close
    (skipped when nothing changed since the newest backup). ``done(result)`` after each backup
    written, ``warning(text)`` when the chosen folder is unreachable or a backup failed."""

    done = Signal(object)
    warning = Signal(str)

    def __init__(self, store, parent=None, check_ms: int = BACKUP_CHECK_MS, first_ms: int = FIRST_BACKUP_CHECK_MS):
        super().__init__(parent)
        self.store = store
        self._job = None
        self._closed = False
        self.last_warning = ""
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()
        if first_ms >= 0:
            QTimer.singleShot(first_ms, self.run_if_due)

    def _setting(self) -> str:
        from dvdesk.store.backup_policy import SETTING_BACKUP_DIR

        return self.store.settings.get(SETTING_BACKUP_DIR, "") or ""

    @property
    def running(self) -> bool:
        return self._job is not None

    def run_if_due(self) -> None:
        """Start the daily backup in a worker when it is due (it decides: at most daily)."""
        from dvdesk.store.backup import auto_backup
        from dvdesk.ui import workers

        if self._job is not None or self._closed:
            return
        path, setting = Path(self.store.path), self._setting()
        self._job = workers.Job(lambda ctx: auto_backup(path, setting, reason="tu-dong", progress=ctx.progress))
        self._job.signals.finished.connect(self._finished)  # connected before it starts
        self._job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self._job)

    def _finished(self, result) -> None:
        self._job = None
        if result.warning:
            self.last_warning = result.warning
            self.warning.emit(result.warning)
        if result.info is not None:
            self.done.emit(result)

    def _failed(self, message: str, _details: str) -> None:
        self._job = None
        self.last_warning = message
        log.warning("automatic backup failed: %s", message)
        self.warning.emit(message)

    def on_close(self):
        """The backup on close (synchronous, once). Returns the AutoBackupResult or None."""
        from dvdesk.store.backup import auto_backup

        if self._closed:
            return None
        self._closed = True
        self.timer.stop()
        QThreadPool.globalInstance().waitForDone(120_000)  # a daily backup may still be running
        try:
            result = auto_backup(Path(self.store.path), self._setting(), reason="khi-dong", force=True)
        except DvdeskError as exc:
            log.warning("backup on close failed: %s", exc)
            self.last_warning = str(exc)
            return None
        log.info("backup on close: %s", result.info.path if result.info else result.skipped)
        return result


def offer_restore(window, backup: Path) -> None:
    """Show Sao lưu, cài đặt › Sao lưu, khôi phục and ask whether to restore ``backup`` (double-clicked)."""
    pages = getattr(window, "pages", {})
    settings = pages.get("settings")
    if settings is None or getattr(window, "backup_page", None) is None:
        return
    window.ui.navList.setCurrentRow(window.ui.stack.indexOf(settings))
    settings.setCurrentWidget(window.backup_page)
    window.backup_page.restore_from(backup)


def _answer_on_stderr(kind: str, title: str, text: str) -> bool:
    print(f"{title}: {text}", file=sys.stderr)
    return False


# -- the application --------------------------------------------------------------------------------
def bootstrap(screenshot: Path | None = None):
    """The early phase of :func:`run_app`: the crash handler first, then the log file and the
    QApplication — all before the database is opened and the main window built. Returns
    ``(app, crash_handler)``."""
    if screenshot is not None:  # rendered offscreen, no display needed
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    crash = CrashHandler(show=_crash_on_stderr if screenshot is not None else show_crash_dialog).install()
    setup_logging()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from dvdesk.paths import resource

    icon = resource("icons", "dvdesk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app, crash


def run_app(db: Path | None = None, screenshot: Path | None = None, restore: Path | None = None) -> int:
    app, crash = bootstrap(screenshot)
    from PySide6.QtCore import QSettings

    db = Path(db) if db else default_db_path()
    log.info("starting dvdesk %s on %s", __version__, db)

    from dvdesk.ui.dialogs import Asker

    if screenshot is not None and Asker.answer is None:  # unattended: never wait on a dialog
        Asker.answer = _answer_on_stderr
    opened = open_database(db)
    if opened is None:
        return 1
    store, lock = opened

    from dvdesk.ui.views.first_run_dialog import ask_office_profile
    from dvdesk.ui.views.main_window import MainWindow

    if screenshot is None:  # first run on a database that knows no office: ask who the office is
        ask_office_profile(store)
    settings = QSettings(str(data_dir() / "dvdesk.ini"), QSettings.Format.IniFormat)
    window = None
    crash.parent_getter = lambda: window
    window = MainWindow(store, settings)
    auto = None
    if screenshot is None and not store.readonly:  # a screenshot run leaves no backups behind
        auto = AutoBackup(store, app)
        app.aboutToQuit.connect(auto.on_close)
        auto.warning.connect(lambda text: window.statusBar().showMessage(f"Sao lưu: {text}", 30_000))
        page = getattr(window, "backup_page", None)  # the BackupPage, when the main window has one
        if page is not None:
            auto.done.connect(lambda _result: page.refresh())
    else:
        window.resize(1366, 768)
    window.show()
    if restore is not None:  # a .dvbak opened from Explorer: the backup page asks before restoring
        QTimer.singleShot(0, lambda: offer_restore(window, Path(restore)))
    if screenshot is not None:
        def shoot():
            app.processEvents()
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            ok = window.grab().save(str(screenshot))
            print(f"Đã lưu ảnh màn hình: {screenshot}" if ok else f"Không lưu được ảnh: {screenshot}")
            window.close()
            app.exit(0 if ok else 1)

        QTimer.singleShot(0, shoot)
    try:
        code = app.exec()
        if auto is not None:
            auto.on_close()  # no-op when aboutToQuit already ran it
    finally:
        store.close()
        if lock is not None:
            lock.release()
    return code
