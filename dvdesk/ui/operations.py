"""Store operations from the UI: run in a worker on its own connection, then say what changed.

Like Anki's ``CollectionOp``: a screen hands :class:`OpRunner` an operation ``op(store, ctx)``;
it runs as one transaction on the runner's worker store (one worker thread, so writes are
serialised), with progress and cancel where it is long, and the runner emits
``changed(Changes, handler)`` on the GUI thread. Writes made directly on the GUI thread's store
(small catalog edits) reach the same signal through the store's commit listener, and changes made
elsewhere (a restore, an import run by the wizard's own worker) are announced with
:meth:`OpRunner.announce`. Each page declares the tables it shows; :class:`PageRefresh` calls its
refresh only when one of them changed — at once when the page is on screen, otherwise when it is
next shown.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dvdesk.store.changes import Changes

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600  # a fast operation never flashes a dialog


class OpContext:
    """What an operation gets besides the store: ``progress(done, total, text)``, ``cancelled()``."""

    def __init__(self, emit_progress: Callable[[int, int, str], None]):
        self._emit = emit_progress
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object, object)  # result, Changes
    failed = Signal(object, str)  # exception, traceback text


class _OpJob(QRunnable):
    def __init__(self, runner: OpRunner, op: Callable[..., Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.runner = runner
        self.op = op
        self.signals = _Signals()
        self.ctx = OpContext(self.signals.progress.emit)

    def run(self) -> None:
        import traceback

        try:
            store = self.runner._worker_store()
            result, changes = store.run(self.op, self.ctx)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            if not isinstance(exc, Exception):
                raise
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result, changes)


class OpRunner(QObject):
    """One per open database (the main window owns it)."""

    changed = Signal(object, object)  # Changes, handler (the object that started it, or None)

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._store_lock = threading.Lock()
        self._worker: Any = None
        self._jobs: set[_OpJob] = set()
        self._listener = self._on_gui_commit
        store.add_listener(self._listener)
        self._finalizer = weakref.finalize(self, OpRunner._close_worker_store, self.__dict__)

    # -- the worker's store --------------------------------------------------------------------
    def _worker_store(self):
        with self._store_lock:
            if self._worker is None:
                from dvdesk.store.db import open_read_only, open_store

                # the same access as the window's own store: a read-only database stays read-only
                self._worker = (open_read_only(self.store.path) if getattr(self.store, "readonly", False)
                                else open_store(self.store.path))
            return self._worker

    @staticmethod
    def _close_worker_store(state: dict) -> None:
        worker = state.get("_worker")
        if worker is not None:
            state["_worker"] = None
            try:
                worker.close()
            except Exception:  # closing at exit: nothing to save any more
                log.debug("closing the worker store failed", exc_info=True)

    def shutdown(self, wait_ms: int = 30_000) -> None:
        """Wait for the running operation (it holds a transaction), then close the worker store."""
        self.pool.waitForDone(wait_ms)
        self.store.remove_listener(self._listener)
        OpRunner._close_worker_store(self.__dict__)

    # -- running -------------------------------------------------------------------------------
    def run(self, op: Callable[..., Any], *, handler: object = None, label: str = "",
            parent: QWidget | None = None, on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None, cancellable: bool = False) -> _OpJob:
        """Run ``op(store, ctx)`` in the worker as one transaction. ``label``: show a progress
        dialog (after a short delay) with a Cancel button when ``cancellable``."""
        job = _OpJob(self, op)
        dialog = self._progress_dialog(job, label, parent, cancellable) if label else None

        def finished() -> None:
            self._jobs.discard(job)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()

        def done(result: Any, changes: Changes) -> None:
            finished()
            if changes:
                self.changed.emit(changes, handler)
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception, details: str) -> None:
            finished()
            if not isinstance(exc, _expected_errors()):
                log.error("operation failed: %s\n%s", exc, details)
            if on_failed is not None:
                on_failed(exc)
            else:
                from dvdesk.ui.dialogs import Asker

                Asker.error(parent, "Không thực hiện được", str(exc))

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self._jobs.add(job)
        self.pool.start(job)
        return job

    def call(self, op: Callable[..., Any], *, handler: object = None, parent: QWidget | None = None) -> Any:
        """Run ``op`` in the worker and wait for it (the GUI keeps painting); returns its result
        or raises its exception. For short operations whose caller needs the answer (a form's save)."""
        loop = QEventLoop()
        out: dict[str, Any] = {}

        def done(result: Any) -> None:
            out["result"] = result
            loop.quit()

        def failed(exc: Exception) -> None:
            out["error"] = exc
            loop.quit()

        if parent is not None:
            parent.setEnabled(False)  # no second click while it runs
        try:
            self.run(op, handler=handler, parent=parent, on_done=done, on_failed=failed)
            if not ("result" in out or "error" in out):
                loop.exec()
        finally:
            if parent is not None:
                parent.setEnabled(True)
        if "error" in out:
            raise out["error"]
        return out.get("result")

    def announce(self, changes: Changes | None, handler: object = None) -> None:
        """Changes made outside the runner (a restore, an import's own worker)."""
        if changes:
            self.changed.emit(changes, handler)

    def _on_gui_commit(self, changes: Changes) -> None:
        self.changed.emit(changes, None)

    def _progress_dialog(self, job: _OpJob, label: str, parent: QWidget | None,
                         cancellable: bool) -> QProgressDialog:
        dlg = QProgressDialog(label, "Hủy" if cancellable else "", 0, 0, parent)
        dlg.setWindowTitle("Đang thực hiện")
        dlg.setMinimumDuration(PROGRESS_DELAY_MS)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if not cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(job.ctx.cancel)

        def progress(done: int, total: int, text: str) -> None:
            dlg.setMaximum(max(total, 0))
            dlg.setValue(min(done, total) if total else 0)
            if text:
                dlg.setLabelText(text)

        job.signals.progress.connect(progress)
        return dlg


def _expected_errors() -> tuple[type[Exception], ...]:
    from dvdesk.domain.errors import DvdeskError
    from dvdesk.store.bulk import Cancelled

    return (DvdeskError, Cancelled)


class PageRefresh(QObject):
    """Refreshes ``page`` when the runner reports a change to one of ``tables``.

    ``refresh(changes)`` runs at once when the page is visible; a hidden page is marked stale
    and refreshed (with ``Changes.all()``-like merged changes) when it is next shown, so a save
    never pays for screens nobody is looking at.
    """

    def __init__(self, page: QWidget, runner: OpRunner, tables: Iterable[str],
                 refresh: Callable[[Changes], None], *, actions: Iterable[str] = ()):
        super().__init__(page)
        self.page = page
        self.tables = tuple(tables)
        self.actions = frozenset(actions)
        self.refresh = refresh
        self.pending: Changes | None = None
        runner.changed.connect(self.on_changed)
        page.installEventFilter(self)

    def wants(self, changes: Changes) -> bool:
        if "*" in self.tables:
            return bool(changes) and (not self.actions or changes.everything or any(
                changes.ids(t, *self.actions) for t in changes.rows))
        if not changes.touches(*self.tables):
            return False
        if not self.actions or changes.everything:
            return True
        return any(changes.ids(t, *self.actions) for t in changes.tables)

    def on_changed(self, changes: Changes, handler: object = None) -> None:
        if not self.wants(changes):
            return
        if self.page.isVisible():
            self.refresh(changes)
        else:
            self.pending = changes if self.pending is None else self.pending.merged(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.pending is not None:
            changes, self.pending = self.pending, None
            QTimer.singleShot(0, lambda: self.refresh(changes))
        return False
