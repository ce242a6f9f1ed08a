"""Background jobs (QThreadPool) with progress and cancel; a job never touches widgets.

A job function receives a :class:`JobContext` (``ctx.progress(done, total, text)``,
``ctx.cancelled``) and returns a result; the signals arrive on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    pass


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message, details


class JobContext:
    def __init__(self, signals: JobSignals):
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


class Job(QRunnable):
    def __init__(self, fn: Callable[[JobContext], Any]):
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.ctx = JobContext(self.signals)
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.ctx)
        except Cancelled:
            self.signals.failed.emit("Đã hủy.", "")
        except Exception as exc:  # reported to the GUI, never swallowed
            log.exception("background job failed")
            self.signals.failed.emit(str(exc), traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def start(fn: Callable[[JobContext], Any], on_finished: Callable[[Any], None] | None = None,
          on_failed: Callable[[str, str], None] | None = None,
          on_progress: Callable[[int, int, str], None] | None = None) -> Job:
    """Run ``fn`` in the pool; the callbacks are connected *before* it starts, so a fast job's
    result is never lost."""
    job = Job(fn)
    if on_finished is not None:
        job.signals.finished.connect(on_finished)
    if on_failed is not None:
        job.signals.failed.connect(on_failed)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return job
