"""Crash handling from the first line of the GUI: the hooks are in place before the database is
opened and the main window built; an unhandled error in the GUI thread, a pool worker or a Python
thread is logged and shown; Qt's own messages end up in the Python log."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading

import pytest
from PySide6.QtCore import QRunnable, QThreadPool, qCritical, qWarning
from PySide6.QtWidgets import QApplication

from dvdesk import app as app_mod


@pytest.fixture
def hooks(monkeypatch):
    """Whatever the test installs is undone: the hooks, the log file handler, the root level."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in root.handlers[:]:
        if h not in handlers and isinstance(h, logging.handlers.RotatingFileHandler):
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


@pytest.fixture
def crash(hooks):
    shown: list[str] = []
    handler = app_mod.CrashHandler(show=lambda _parent, details: shown.append(details))
    handler.shown = shown
    yield handler
    handler.uninstall()


def test_bootstrap_installs_the_hooks_then_the_application(qapp, hooks, caplog):
    app, handler = app_mod.bootstrap()
    try:
        assert app is QApplication.instance()
        assert handler.installed
        assert sys.excepthook == handler.excepthook
        assert threading.excepthook == handler.thread_excepthook
        with caplog.at_level(logging.DEBUG, logger="dvdesk.qt"):
            qWarning("Cảnh báo thử từ Qt")
            qCritical("Lỗi thử từ Qt")
        qt = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "dvdesk.qt"]
        assert (logging.WARNING, "Cảnh báo thử từ Qt") in qt
        assert (logging.ERROR, "Lỗi thử từ Qt") in qt
    finally:
        handler.uninstall()
    assert sys.excepthook != handler.excepthook and threading.excepthook != handler.thread_excepthook


def test_hooks_are_in_place_before_the_database_is_opened(qapp, hooks, monkeypatch, tmp_path):
    seen = {}

    def open_database(db, parent=None):  # the step before the main window is built
        seen["sys"], seen["threading"] = sys.excepthook, threading.excepthook
        return None  # not opened: run_app stops here

    monkeypatch.setattr(app_mod, "open_database", open_database)
    assert app_mod.run_app(db=tmp_path / "x.sqlite3") == 1
    handler = getattr(seen["sys"], "__self__", None)
    assert isinstance(handler, app_mod.CrashHandler)
    assert seen["threading"] == handler.thread_excepthook
    handler.uninstall()


def test_error_in_the_gui_thread_is_logged_and_shown(qapp, crash, caplog):
    try:
        raise ValueError("hỏng ở luồng giao diện")
    except ValueError:
        with caplog.at_level(logging.ERROR, logger="dvdesk"):
            crash.excepthook(*sys.exc_info())
    assert "ValueError: hỏng ở luồng giao diện" in caplog.text
    assert len(crash.shown) == 1 and "hỏng ở luồng giao diện" in crash.shown[0]


def test_error_in_a_python_thread_is_logged_and_shown_in_the_gui_thread(qtbot, crash, caplog):
    crash.install()

    def boom():
        raise RuntimeError("hỏng trong luồng phụ")

    with caplog.at_level(logging.ERROR, logger="dvdesk"):
        t = threading.Thread(target=boom, name="luong-phu")
        t.start()
        t.join()
    assert "luong-phu" in caplog.text and "RuntimeError: hỏng trong luồng phụ" in caplog.text
    qtbot.waitUntil(lambda: bool(crash.shown), timeout=3000)  # queued to the GUI thread's event loop
    assert "hỏng trong luồng phụ" in crash.shown[0]


def test_error_in_a_pool_worker_is_logged_and_shown(qtbot, crash, caplog):
    class Boom(QRunnable):
        def run(self):
            raise RuntimeError("hỏng trong tác vụ nền")

    crash.install()
    with caplog.at_level(logging.ERROR, logger="dvdesk"):
        QThreadPool.globalInstance().start(Boom())
        QThreadPool.globalInstance().waitForDone(5000)
        qtbot.waitUntil(lambda: bool(crash.shown), timeout=3000)
    assert "RuntimeError: hỏng trong tác vụ nền" in caplog.text
    assert "hỏng trong tác vụ nền" in crash.shown[0]


def test_one_dialog_at_a_time_and_a_failing_dialog_is_no_loop(qapp, crash, caplog):
    def failing(_parent, details):
        crash.shown.append(details)
        crash.excepthook(ZeroDivisionError, ZeroDivisionError("lỗi trong hộp thoại"), None)  # logged only
        raise OSError("hộp thoại hỏng")

    crash.show = failing
    with caplog.at_level(logging.ERROR, logger="dvdesk"):
        crash.excepthook(KeyError, KeyError("k"), None)
    assert len(crash.shown) == 1
    assert "lỗi trong hộp thoại" in caplog.text and "could not show the error dialog" in caplog.text
