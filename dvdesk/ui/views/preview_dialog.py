"""Xem trước, in, lưu: a document shown inside the app before it is printed or saved.

:class:`PreviewDialog` takes a title and ``build(store)`` returning the neutral Document or
DocumentSet. The build and the PDF render run in a worker on its own database connection (progress,
cancel); the PDF goes to a temporary folder, deleted when the window closes, and is shown in a
QPdfView: pages, zoom, fit to width or to the page. "In…" prints it on the printer the system print
dialog returns (each page rendered at the printer's resolution, at most :data:`PRINT_DPI`);
"Lưu PDF…" copies the PDF shown (atomic), "Lưu Excel…" / "Lưu Word…" build the document again in
the worker and write it with ``dvdesk.services.reports.export`` (atomic). Errors come as Vietnamese
messages (:class:`~dvdesk.ui.dialogs.Asker`), never tracebacks.

Tests inject ``choose_file(suggested, suffix) -> path`` and ``choose_printer(parent) -> QPrinter``.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QPageLayout, QPainter

try:  # PySide6-Pdf: a build without it still starts; the preview then says what is missing
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - the package is a dependency
    QPdfDocument = QPdfView = None  # type: ignore[assignment,misc]
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.vntext import money_vn
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker

log = logging.getLogger(__name__)

#: the highest resolution a page is rasterised at for the printer (dpi): sharp text, and an A4 page
#: image of about 35 MB instead of 140 MB at 600 dpi
PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.2, 5.0
_RUNNING: set = set()  # jobs alive until they end, whatever happens to their window
TEMP_PREFIX = "dvdesk-xem-truoc-"
_TEMP_DIRS: set[Path] = set()  # the folders of the open previews: removed at exit at the latest


@atexit.register
def _remove_temp_dirs() -> None:
    for folder in list(_TEMP_DIRS):
        shutil.rmtree(folder, ignore_errors=True)
    _TEMP_DIRS.clear()


def _prune_old_temp_dirs(max_age_s: float = 86_400) -> None:
    """The folders a crashed session left behind (older than a day)."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(TEMP_PREFIX + "*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > max_age_s:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue

FORMATS = {
    "pdf": (".pdf", "Lưu PDF…", "Tệp PDF (*.pdf)", "Lưu thành tệp PDF để gửi hoặc in sau (Ctrl+S)"),
    "xlsx": (".xlsx", "Lưu Excel…", "Tệp Excel (*.xlsx)", "Lưu thành bảng tính Excel để chỉnh sửa"),
    "docx": (".docx", "Lưu Word…", "Tệp Word (*.docx)", "Lưu thành tệp Word để chỉnh sửa"),
}

Builder = Callable[[Any], Any]  # store -> Document | DocumentSet


def cancellable(doc, ctx) -> None:
    """Wrap every table's rows so that a render checks for cancel and reports progress."""
    from dvdesk.services.documents import DocumentSet

    docs = doc.documents if isinstance(doc, DocumentSet) else [doc]
    counter = [0]
    for d in docs:
        for t in d.tables:
            source = t.rows

            def rows(source=source):
                for item in (source() if callable(source) else source):
                    counter[0] += 1
                    if counter[0] % 200 == 0:
                        ctx.check()
                        ctx.progress(counter[0], 0, f"Đã ghi {money_vn(counter[0])} dòng…")
                    yield item

            t.rows = rows


def has_tables(doc) -> bool:
    from dvdesk.services.documents import DocumentSet

    docs = doc.documents if isinstance(doc, DocumentSet) else [doc]
    return any(d.tables for d in docs)


def user_message(exc: BaseException) -> str:
    """What the user reads about ``exc``: the Vietnamese sentence of our own errors, a described
    OS error, never a traceback."""
    from dvdesk.domain.errors import DvdeskError
    from dvdesk.domain.oserrors import describe_os_error

    if isinstance(exc, DvdeskError):
        return str(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc, Path(exc.filename) if exc.filename else Path("."))
    from dvdesk.paths import log_dir

    return ("Có lỗi không mong đợi khi chuẩn bị văn bản. Hãy thử lại; nếu vẫn lỗi, gửi tệp dvdesk.log trong "
            f"thư mục \"{log_dir()}\" cho người hỗ trợ.")


class _Failed(Exception):
    """A worker's error, carried to the GUI as its message (never a traceback)."""


def _open_worker_store(db_path: str, readonly: bool):
    from dvdesk.store.db import open_read_only, open_store

    return open_read_only(db_path) if readonly else open_store(db_path)


MISSING_PDF = ("Bản cài đặt này thiếu phần xem trước văn bản (Qt PDF). Hãy dùng nút \"Xuất PDF\" rồi mở tệp "
               "bằng trình xem PDF, và báo cho người hỗ trợ cài đặt lại chương trình.")
MISSING_PRINT = ("Bản cài đặt này thiếu phần in của chương trình (Qt Print Support). Hãy lưu PDF rồi in từ "
                 "trình xem PDF, và báo cho người hỗ trợ cài đặt lại chương trình.")


def preview_available() -> bool:
    return QPdfView is not None


def printing_available() -> bool:
    try:
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


class PreviewDialog(QDialog):
    """The preview window; ``show()`` it (or ``exec()``), it renders as soon as it is created."""

    rendered = Signal(int)  # page count, when the preview is shown
    saved = Signal(str)  # the path written
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, store, title: str, build: Builder, *, formats: Sequence[str] = ("pdf", "xlsx"),
                 suggested_name: str = "van-ban", parent: QWidget | None = None,
                 choose_file: Callable[[str, str], str] | None = None,
                 choose_printer: Callable[[QWidget], Any] | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Xem trước — {title}")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.store, self.title, self.build = store, title, build
        self.formats = [f for f in formats if f in FORMATS]
        self.suggested_name = suggested_name
        self.choose_file = choose_file or self._ask_file
        self.choose_printer = choose_printer or self._ask_printer
        self.job: workers.Job | None = None
        self.pdf_path: Path | None = None
        self.page_count = 0
        self._closed = False
        self._tables = True
        _prune_old_temp_dirs()
        self._tmpdir = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
        _TEMP_DIRS.add(self._tmpdir)
        app = QApplication.instance()
        if app is not None:  # the program closes with the window open: stop, clean up
            app.aboutToQuit.connect(self._quitting)
        self._build_ui()
        self._set_ready(False)
        self.resize(self._default_size())
        self.render()

    # -- window ------------------------------------------------------------------------------------
    def _default_size(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry().size() if screen else QSize(1366, 768)
        return QSize(min(1100, avail.width() - 40), max(480, avail.height() - 60))

    def _action(self, text: str, tip: str, slot, *keys) -> QAction:
        act = QAction(text, self)
        act.setIconText(text)  # a tool button would drop the "…" that says a dialog follows
        shortcuts = [QKeySequence(k) for k in keys]
        if shortcuts:
            act.setShortcuts(shortcuts)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip += f" ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        act.setToolTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _build_ui(self) -> None:
        SK = QKeySequence.StandardKey
        self.printAction = self._action("In…", "In văn bản ra máy in", self.print_document, SK.Print)
        self.saveActions: dict[str, QAction] = {}
        for fmt in self.formats:
            suffix, text, _filt, tip = FORMATS[fmt]
            keys = (SK.Save,) if fmt == "pdf" else ()
            self.saveActions[fmt] = self._action(text, tip, lambda s=suffix: self.save_as(s), *keys)
        self.prevAction = self._action("◀ Trang trước", "Trang trước", lambda: self.go_to(self.current_page() - 1),
                                       SK.MoveToPreviousPage)
        self.nextAction = self._action("Trang sau ▶", "Trang sau", lambda: self.go_to(self.current_page() + 1),
                                       SK.MoveToNextPage)
        self.zoomOutAction = self._action("Thu nhỏ", "Thu nhỏ", lambda: self.zoom(1 / ZOOM_STEP), SK.ZoomOut)
        self.zoomInAction = self._action("Phóng to", "Phóng to", lambda: self.zoom(ZOOM_STEP), SK.ZoomIn, "Ctrl+=")
        self.fitWidthAction = self._action("Vừa chiều rộng", "Trang vừa chiều rộng cửa sổ",
                                           lambda: self.set_fit("width"), "Ctrl+1")
        self.fitPageAction = self._action("Cả trang", "Thấy trọn một trang", lambda: self.set_fit("page"), "Ctrl+2")
        for act in (self.fitWidthAction, self.fitPageAction):
            act.setCheckable(True)

        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.printAction)
        for act in self.saveActions.values():
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.prevAction)
        self.pageSpin = QSpinBox()
        self.pageSpin.setMinimum(1)
        self.pageSpin.setKeyboardTracking(False)
        self.pageSpin.setAccessibleName("Trang")
        self.pageSpin.setToolTip("Gõ số trang rồi nhấn Enter để đến trang đó")
        self.pageLabel = QLabel()
        self.pageWord = QLabel(" Trang ")
        bar.addWidget(self.pageWord)
        bar.addWidget(self.pageSpin)
        bar.addWidget(self.pageLabel)
        bar.addAction(self.nextAction)
        bar.addSeparator()
        bar.addAction(self.zoomOutAction)
        self.zoomLabel = QLabel("100 %")
        self.zoomLabel.setMinimumWidth(self.zoomLabel.fontMetrics().horizontalAdvance("500 %") + 8)
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoomLabel)
        bar.addAction(self.zoomInAction)
        bar.addAction(self.fitWidthAction)
        bar.addAction(self.fitPageAction)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page())
        self.pageSpin.valueChanged.connect(lambda v: self.go_to(v - 1))

        busy = QWidget()
        bl = QVBoxLayout(busy)
        bl.addStretch(1)
        self.busyLabel = QLabel("Đang chuẩn bị văn bản…")
        self.busyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busyBar = QProgressBar()
        self.busyBar.setRange(0, 0)
        self.busyBar.setMaximumWidth(420)
        self.cancelButton = QPushButton("Hủy")
        self.cancelButton.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.busyBar, 4)
        row.addWidget(self.cancelButton)
        row.addStretch(1)
        bl.addWidget(self.busyLabel)
        bl.addLayout(row)
        bl.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(busy)
        self.stack.addWidget(self.view)

        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        self.closeButton = QPushButton("Đóng")
        self.closeButton.setToolTip("Đóng cửa sổ xem trước (Esc)")
        self.closeButton.clicked.connect(self.reject)
        self.closeButton.setAutoDefault(False)
        self.cancelButton.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statusLabel, 1)
        bottom.addWidget(self.closeButton)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(bar)
        lay.addWidget(self.stack, 1)
        lay.addLayout(bottom)
        self.toolbar = bar

    def _set_ready(self, ready: bool) -> None:
        for act in (self.printAction, self.prevAction, self.nextAction, self.zoomInAction, self.zoomOutAction,
                    self.fitWidthAction, self.fitPageAction, *self.saveActions.values()):
            act.setEnabled(ready)
        if "xlsx" in self.saveActions:
            self.saveActions["xlsx"].setVisible(self._tables)
        for w in (self.pageSpin, self.pageWord, self.pageLabel, self.zoomLabel):
            w.setEnabled(ready)
        self.stack.setCurrentIndex(1 if ready else 0)
        if ready:
            self._update_page()

    # -- worker ------------------------------------------------------------------------------------
    def _run(self, fn: Callable, on_done: Callable[[Any], None], label: str) -> None:
        """``fn(store, ctx)`` in the worker on its own connection; errors come back as a message."""
        db_path = str(self.store.path)
        readonly = bool(getattr(self.store, "readonly", False))

        def job(ctx):
            try:
                with _open_worker_store(db_path, readonly) as s:
                    return fn(s, ctx)
            except workers.Cancelled:
                raise
            except Exception as exc:  # the message for the user; the details go to the log
                from dvdesk.store.bulk import Cancelled

                if isinstance(exc, Cancelled):
                    raise workers.Cancelled() from exc
                from dvdesk.domain.errors import DvdeskError

                if not isinstance(exc, DvdeskError):
                    log.exception("preview job failed")
                raise _Failed(user_message(exc)) from exc

        self.busyLabel.setText(label)
        self.busyBar.setRange(0, 0)
        self.statusLabel.setText(label)
        self.cancelButton.setEnabled(True)
        ref: list = []

        def finished(result) -> None:
            _RUNNING.discard(ref[0])
            on_done(result)

        def failed(message: str, _details: str) -> None:
            _RUNNING.discard(ref[0])
            self._failed(message)

        self.job = workers.start(job, on_finished=finished, on_failed=failed, on_progress=self._progress)
        ref.append(self.job)
        _RUNNING.add(self.job)

    def _progress(self, done: int, total: int, text: str) -> None:
        if text:
            self.busyLabel.setText(text)
            self.statusLabel.setText(text)

    def is_busy(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.ctx.cancel()
            self.cancelButton.setEnabled(False)
            self.statusLabel.setText("Đang hủy…")

    def render(self) -> None:
        target = self._tmpdir / (self.suggested_name + ".pdf")
        tmpdir, build = self._tmpdir, self.build

        def fn(store, ctx):
            from dvdesk.services.render import render_pdf

            try:
                doc = build(store)
                tables = has_tables(doc)
                cancellable(doc, ctx)
                ctx.check()
                pages = render_pdf(doc, target)
                ctx.check()
            except BaseException:
                target.unlink(missing_ok=True)
                raise
            finally:
                if ctx.cancelled:  # the window may be gone: leave nothing behind
                    shutil.rmtree(tmpdir, ignore_errors=True)
            return {"path": str(target), "pages": pages, "tables": tables}

        self._set_ready(False)
        self._run(fn, self._rendered, "Đang chuẩn bị văn bản…")

    def _rendered(self, result: dict) -> None:
        self.job = None
        if self._closed:
            self._remove_temp()
            return
        self.pdf_path = Path(result["path"])
        self._tables = result["tables"]
        self.document.load(str(self.pdf_path))
        self.page_count = self.document.pageCount()
        self.pageSpin.setMaximum(max(1, self.page_count))
        self.pageLabel.setText(f" / {self.page_count} ")
        self._set_ready(True)
        self.set_fit("width")
        self.statusLabel.setText(f"{self.title}: {self.page_count} trang.")
        self.rendered.emit(self.page_count)

    def _failed(self, message: str) -> None:
        first = self.pdf_path is None
        self.job = None
        if self._closed:
            self._remove_temp()
            return
        if message == "Đã hủy.":
            self.statusLabel.setText("Đã hủy.")
            if first:
                self.reject()
            else:
                self._set_ready(True)
            return
        if first:
            self.statusLabel.setText(message)
            Asker.error(self, "Không xem trước được", message)
            self.reject()
        else:
            self._set_ready(True)
            self.statusLabel.setText(message)
            Asker.error(self, "Không lưu được", message)

    # -- pages and zoom ----------------------------------------------------------------------------
    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if not self.page_count:
            return
        page = max(0, min(self.page_count - 1, page))
        self._jump(page)

    def _update_page(self) -> None:
        page = self.current_page()
        self.pageSpin.blockSignals(True)
        self.pageSpin.setValue(page + 1)
        self.pageSpin.blockSignals(False)
        ready = bool(self.page_count)
        self.prevAction.setEnabled(ready and page > 0)
        self.nextAction.setEnabled(ready and page < self.page_count - 1)

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def zoom(self, step: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, self._effective_zoom() * step))
        self._keeping_page(lambda: (self.view.setZoomMode(QPdfView.ZoomMode.Custom),
                                    self.view.setZoomFactor(factor)))

    def _keeping_page(self, change: Callable[[], object]) -> None:
        """Zoom without losing the page: the view keeps its scroll offset, not its page."""
        page = self.current_page()
        change()
        self._show_zoom()
        if self.page_count:  # once the view has laid the pages out at the new size
            QTimer.singleShot(0, lambda: self._jump(page))

    def _scale(self) -> float:
        """Pixels per PDF point as the view lays the pages out (also in a fit mode)."""
        v = self.view
        heights = [self.document.pagePointSize(p).height() for p in range(self.page_count)]
        m = v.documentMargins()
        total = v.verticalScrollBar().maximum() + v.viewport().height()
        content = total - m.top() - m.bottom() - v.pageSpacing() * (self.page_count - 1)
        if v.verticalScrollBar().maximum() == 0 or not sum(heights):  # everything fits: no scrolling
            return self._effective_zoom() * v.logicalDpiY() / 72
        return content / sum(heights)

    def _jump(self, page: int) -> None:
        """Show ``page`` from its top. (QPdfView scrolls only when the page number changes, not after
        a zoom that moved the pages: the offset is set here.)"""
        try:
            nav = self.view.pageNavigator()
            nav.jump(page, QPointF(), 0)
            k = self._scale()
            y = sum(self.document.pagePointSize(p).height() * k + self.view.pageSpacing() for p in range(page))
            self.view.verticalScrollBar().setValue(round(y))
        except RuntimeError:  # closed meanwhile
            return
        self._update_page()
        self._show_zoom()

    def _effective_zoom(self) -> float:
        """The zoom shown, also in a fit mode (where the view's factor is not updated)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.page_count:
            return self.view.zoomFactor()
        size = self.document.pagePointSize(self.current_page())  # points; the view shows 96 px per inch
        vp = self.view.viewport().size()
        margin = 2 * 6
        by_width = (vp.width() - margin) / max(1.0, size.width() * 96 / 72)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return by_width
        return min(by_width, (vp.height() - margin) / max(1.0, size.height() * 96 / 72))

    def set_fit(self, how: str) -> None:
        mode = QPdfView.ZoomMode.FitToWidth if how == "width" else QPdfView.ZoomMode.FitInView
        self._keeping_page(lambda: self.view.setZoomMode(mode))

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fitWidthAction.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fitPageAction.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoomLabel.setText(f"{round(self._effective_zoom() * 100)} %")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "zoomLabel"):
            self._show_zoom()

    # -- print -------------------------------------------------------------------------------------
    def _ask_printer(self, parent: QWidget):
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.title)
        printer.setFromTo(1, max(1, self.page_count))
        dlg = QPrintDialog(printer, parent)
        dlg.setWindowTitle("In văn bản")
        dlg.setMinMax(1, max(1, self.page_count))
        dlg.setOptions(QAbstractPrintDialog.PrintDialogOption.PrintPageRange
                       | QAbstractPrintDialog.PrintDialogOption.PrintToFile
                       | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize)
        return printer if dlg.exec() == QDialog.DialogCode.Accepted else None

    def pages_to_print(self, printer) -> list[int]:
        """The 0-based pages the printer was asked for (the page range of the print dialog), in order."""
        from PySide6.QtPrintSupport import QPrinter

        n = self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                return [p - 1 for r in ranges.toRangeList() for p in range(r.from_, r.to + 1) if 1 <= p <= n]
            first, last = printer.fromPage(), printer.toPage()
            if first or last:
                return list(range(max(1, first) - 1, min(n, last or n)))
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return [self.current_page()]
        return list(range(n))

    def print_document(self) -> int:
        """Ask for a printer and print; returns the number of pages sent (0: nothing printed)."""
        if not self.page_count or self.job is not None:
            return 0
        if not printing_available():
            Asker.error(self, "Không in được", MISSING_PRINT)
            return 0
        printer = self.choose_printer(self)
        if printer is None:
            return 0
        pages = self.pages_to_print(printer)
        if not pages:
            Asker.inform(self, "In văn bản", "Khoảng trang đã chọn không có trang nào của văn bản.")
            return 0
        try:
            sent = self._print_pages(printer, pages)
        except _PrintError as exc:
            Asker.error(self, "Không in được", str(exc))
            return 0
        if sent:
            self.statusLabel.setText(f"Đã gửi {sent} trang tới máy in.")
            self.printed.emit(sent)
        return sent

    def _print_pages(self, printer, pages: list[int]) -> int:
        from PySide6.QtPrintSupport import QPrinter

        printer.setFullPage(True)  # the PDF page carries its own margins
        printer.setDocName(self.title)
        dpi = min(printer.resolution(), PRINT_DPI)
        progress = QProgressDialog("Đang gửi tới máy in…", "Hủy", 0, len(pages), self)
        progress.setWindowTitle("In văn bản")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def orient(page: int) -> None:
            size = self.document.pagePointSize(page)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                       else QPageLayout.Orientation.Portrait)

        orient(pages[0])
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            raise _PrintError("Không mở được máy in. Hãy kiểm tra máy in đã bật, đã nối với máy tính, rồi thử lại.")
        sent = 0
        cancelled = False
        try:
            for i, page in enumerate(pages):
                if progress.wasCanceled():
                    cancelled = True
                    printer.abort()
                    break
                progress.setLabelText(f"Đang gửi trang {i + 1} / {len(pages)} tới máy in…")
                progress.setValue(i)
                QApplication.processEvents()
                if i:
                    orient(page)
                    if not printer.newPage():
                        raise _PrintError("Máy in không nhận thêm trang (hết giấy, kẹt giấy hoặc mất kết nối).")
                size = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(size.width() * dpi / 72),
                                                         round(size.height() * dpi / 72)))
                if image.isNull():
                    raise _PrintError(f"Không dựng được trang {page + 1} để in (thiếu bộ nhớ?).")
                target = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
                sent += 1
        finally:
            painter.end()
            progress.reset()
            progress.hide()  # (closing it would count as a cancel)
            progress.deleteLater()
        if cancelled:
            self.statusLabel.setText("Đã hủy in.")
            return 0
        return sent

    # -- save --------------------------------------------------------------------------------------
    def _ask_file(self, suggested: str, suffix: str) -> str:
        filt = next(v[2] for v in FORMATS.values() if v[0] == suffix)
        path, _ = QFileDialog.getSaveFileName(self, "Lưu văn bản", suggested, filt)
        return path

    def save_as(self, suffix: str, target: str | None = None) -> None:
        """Ask for a file name (or use ``target``) and save the document in that format."""
        if not self.page_count or self.job is not None:
            return
        path = target or self.choose_file(self.suggested_name + suffix, suffix)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self._save(Path(path))

    def _save(self, target: Path) -> None:
        from dvdesk.services.files import TargetLockedError, atomic_output, check_target, free_name

        if target.suffix.lower() == ".pdf":  # the very pages shown: copied, not rendered again
            try:
                check_target(target)
                with atomic_output(target) as tmp:
                    shutil.copyfile(self.pdf_path, tmp)
            except TargetLockedError as exc:
                self._offer_other_name(str(exc), exc.suggestion or free_name(target))
            except Exception as exc:
                Asker.error(self, "Không lưu được", user_message(exc))
            else:
                self._saved(str(target))
            return
        build = self.build

        def fn(store, ctx):
            from dvdesk.services.reports import export

            doc = build(store)
            cancellable(doc, ctx)
            ctx.check()
            try:
                export(doc, target)
            except TargetLockedError as exc:
                return {"locked": str(exc), "suggestion": str(exc.suggestion or free_name(target))}
            return str(target)

        self._set_ready(False)
        self._run(fn, self._save_done, f"Đang lưu {target.name}…")

    def _save_done(self, result) -> None:
        self.job = None
        if self._closed:
            self._remove_temp()
            return
        self._set_ready(True)
        if isinstance(result, dict):
            self.statusLabel.setText(result["locked"])
            self._offer_other_name(result["locked"], Path(result["suggestion"]))
            return
        self._saved(result)

    def _offer_other_name(self, message: str, other: Path) -> None:
        if Asker.confirm(self, "Tệp đang được mở", f"{message}\n\nLưu với tên khác: {other.name}?"):
            self._save(other)

    def _saved(self, path: str) -> None:
        self.statusLabel.setText(f"Đã lưu: {path}")
        self.saved.emit(path)
        if Asker.confirm(self, "Đã lưu", f"Đã lưu {path}.\nMở tệp ngay?"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # -- closing -----------------------------------------------------------------------------------
    def temp_dir(self) -> Path:
        return self._tmpdir

    def _quitting(self) -> None:
        if not self._closed:
            self.done(QDialog.DialogCode.Rejected)

    def _remove_temp(self) -> None:
        try:
            self.document.close()  # Windows: an open file cannot be deleted
        except RuntimeError:  # the window is already gone, and its document with it
            pass
        shutil.rmtree(self._tmpdir, ignore_errors=True)
        _TEMP_DIRS.discard(self._tmpdir)

    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            if self.job is not None:  # the worker, or the end of the job, removes the folder
                tmpdir = self._tmpdir
                self.job.signals.finished.connect(lambda _r: shutil.rmtree(tmpdir, ignore_errors=True))
                self.job.ctx.cancel()
                self.document.close()
            else:
                self._remove_temp()
        super().done(result)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted() and not self._closed:
            self.done(QDialog.DialogCode.Rejected)


class _PrintError(Exception):
    pass


def open_preview(parent: QWidget, store, title: str, build: Builder, **kw) -> PreviewDialog | None:
    """Open a preview window (not modal) on ``parent``; it deletes itself when closed. None (after
    saying why) when this installation cannot show PDF."""
    if not preview_available():
        Asker.error(parent, "Không xem trước được", MISSING_PDF)
        return None
    dlg = PreviewDialog(store, title, build, parent=parent, **kw)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.show()
    return dlg


def replace_preview(owner: QWidget, store, title: str, build: Builder, **kw) -> PreviewDialog | None:
    """Open a preview on ``owner`` in place of the one it shows (``owner.preview``, closed first); the
    owner forgets it when it closes. Returns it (None when this installation cannot show PDF)."""
    if getattr(owner, "preview", None) is not None:
        owner.preview.close()
    dlg = open_preview(owner, store, title, build, **kw)
    if dlg is not None:
        dlg.destroyed.connect(lambda _o=None: setattr(owner, "preview", None))
    owner.preview = dlg
    return dlg
