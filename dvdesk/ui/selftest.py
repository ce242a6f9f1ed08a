"""``dvdesk self-test``: what the bundle and the installer run to prove themselves.

In a temporary folder (nothing of the user's is touched): the shipped fonts and templates are
found; a small demo database is built and checked; every report is exported to every format it
supports (PDF and Excel) and read back; a backup is written, restored into another file and both
databases compared row by row; the main window and each of its pages are rendered offscreen.

One line per check (``[ĐẠT]`` or ``[LỖI]`` with the reason); :func:`run_self_test` returns 0 only
when every check passed.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OK, FAIL = "ĐẠT", "LỖI"
FONT_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "LiberationSerif-BoldItalic.ttf")


class CheckFailed(Exception):
    """A check's own failure (its message is the Vietnamese reason printed)."""


def require(condition: object, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


@dataclass
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"[{OK if self.ok else FAIL}] {self.name}: {self.detail} ({self.seconds:.1f} giây)"


# -- reading exports back ---------------------------------------------------------------------------
def read_back_pdf(path: Path, fonts: bool = True) -> int:
    """The number of pages of a PDF written by dvdesk, after checking its structure and that its fonts
    are embedded (no reader library ships with the app: the file is read as bytes); ``fonts=False``
    for a printout, whose pages are pictures."""
    data = path.read_bytes()
    require(data.startswith(b"%PDF-"), f"{path.name} không phải tệp PDF")
    require(b"%%EOF" in data[-1024:], f"{path.name} bị cắt cụt (thiếu %%EOF)")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")
    pages = max(pages, data.count(b"/Type /Page") - data.count(b"/Type /Pages"))
    require(pages >= 1, f"{path.name} không có trang nào")
    require(not fonts or b"/FontFile2" in data, f"{path.name} không nhúng phông chữ")
    return pages


def read_back_xlsx(path: Path, expect: str) -> int:
    """The number of filled cells of a workbook, after checking ``expect`` (the title) is in it."""
    from openpyxl import load_workbook

    require(zipfile.is_zipfile(path), f"{path.name} không phải tệp Excel (.xlsx)")
    wb = load_workbook(path, read_only=True)
    try:
        cells = 0
        found = False
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for value in row:
                    if value not in (None, ""):
                        cells += 1
                        found = found or (expect and expect.lower() in str(value).lower())
    finally:
        wb.close()
    require(cells > 0, f"{path.name} trống")
    require(found or not expect, f"{path.name} không có dòng “{expect}”")
    return cells


def read_back_docx(path: Path, expect: str) -> int:
    """The number of paragraphs with text of a Word document, after checking ``expect`` is in it."""
    import docx

    require(zipfile.is_zipfile(path), f"{path.name} không phải tệp Word (.docx)")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells if c.text.strip()]
    require(texts, f"{path.name} trống")
    require(not expect or any(expect.lower() in t.lower() for t in texts), f"{path.name} không có dòng “{expect}”")
    return len(texts)


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (the full-text index's shadow tables aside), in rowid order."""
    # as_uri(): percent-encoded, so "C:\\Users\\Nguyễn Văn A\\…" (spaces, accents, backslashes) is read right
    conn = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for name in names:
            if name.endswith(("_data", "_idx", "_docsize", "_config", "_content")) and name.split("_")[0] + "_fts" in names:
                continue
            try:
                out[name] = list(conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'))
            except sqlite3.OperationalError:  # a virtual table without rowid
                out[name] = sorted(conn.execute(f'SELECT * FROM "{name}"'), key=repr)
        return out
    finally:
        conn.close()


# -- the checks ---------------------------------------------------------------------------------------
class SelfTest:
    """The checks, run in order; each one is a method returning its detail line."""

    def __init__(self, work: Path, initiatives: int = 60, awards: int = 40):
        self.work = work
        self.initiatives = initiatives
        self.awards = awards
        self.db = work / "tu-kiem-tra.sqlite3"
        self.results: list[Result] = []
        self.app = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("Phông chữ kèm theo", self.check_fonts),
            ("Mẫu nhập Excel", self.check_templates),
            ("Hướng dẫn sử dụng", self.check_guide),
            ("Dữ liệu mẫu", self.check_demo),
            ("Kiểm tra toàn vẹn", self.check_integrity),
            *[(f"Xuất {label}", fn) for label, fn in self.export_checks()],
            ("Xem trước và in", self.check_preview_print),
            ("Sao lưu và khôi phục", self.check_backup_restore),
            ("Cửa sổ chính và các trang", self.check_windows),
        ]

    def run(self, emit: Callable[[str], None] = print) -> bool:
        for name, fn in self.checks():
            t0 = time.perf_counter()
            try:
                detail, ok = fn(), True
            except CheckFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # any failure is one line, with its type
                detail, ok = f"{type(exc).__name__}: {exc}", False
                if os.environ.get("DVDESK_SELFTEST_TRACE"):
                    traceback.print_exc()
            r = Result(name, ok, detail, time.perf_counter() - t0)
            self.results.append(r)
            emit(r.line())
        return all(r.ok for r in self.results)

    # fonts and templates ---------------------------------------------------------------------------
    def check_fonts(self) -> str:
        from dvdesk.services.render.fonts import bundled_font_dir, find_times_new_roman, get_fonts

        folder = bundled_font_dir()
        missing = [n for n in FONT_FILES if not (folder / n).is_file()]
        require(not missing, f"thiếu phông chữ trong {folder}: {', '.join(missing)}")
        bundled = get_fonts(prefer_system=False)
        times = find_times_new_roman()
        used = "Times New Roman của máy" if times else bundled.family
        return f"{len(FONT_FILES)} tệp Liberation Serif trong {folder}; văn bản PDF dùng {used}"

    def check_templates(self) -> str:
        from dvdesk.services.importers.templates import TEMPLATE_FILES, template_path

        paths = [template_path(kind) for kind in TEMPLATE_FILES]
        missing = [p.name for p in paths if not p.is_file()]
        require(not missing, f"thiếu mẫu nhập: {', '.join(missing)}")
        for p in paths:
            read_back_xlsx(p, "")
        return f"{len(paths)} mẫu đọc được"

    def check_guide(self) -> str:
        import re

        from dvdesk.paths import resource

        html = resource("guide", "huong-dan.html")
        require(html.is_file(), f"thiếu tệp {html}")
        pictures = re.findall(r'<img src="([^"]+)"', html.read_text(encoding="utf-8"))
        missing = [p for p in pictures if not resource("guide", *p.split("/")).is_file()]
        require(not missing, f"thiếu hình: {', '.join(missing)}")
        pdf = resource("guide", "huong-dan.pdf")
        require(pdf.is_file(), f"thiếu tệp {pdf}")
        return f"{len(pictures)} hình, bản PDF {read_back_pdf(pdf)} trang"

    # the database ----------------------------------------------------------------------------------
    def check_demo(self) -> str:
        from dvdesk.demo import build_demo

        stats = build_demo(self.db, initiatives=self.initiatives, awards=self.awards, seed=2025)
        require(stats["initiatives"] == self.initiatives, "số mô hình tạo ra không đúng")
        return (f"{stats['units']} đơn vị, {stats['initiatives']} mô hình/điển hình, {stats['decisions']} quyết định, "
                f"{stats['awards']} khen thưởng")

    def check_integrity(self) -> str:
        from dvdesk.store.check import check_database

        report = check_database(self.db)
        require(report.healthy, "; ".join(report.problems[:3]) or "cơ sở dữ liệu không lành")
        return f"lược đồ v{report.schema_version}, không có lỗi"

    @staticmethod
    def reports() -> list[tuple[str, Callable[[Any], object], str, tuple[str, ...]]]:
        """(label, build(store), title expected in the file, formats) of every report the app prints:
        the lists and tables to PDF and Excel, the documents to sign to PDF and Word."""
        from dvdesk.services import statistics as st
        from dvdesk.services.reports import InitiativeListOptions, award_list, initiative_list
        from dvdesk.services.reports.awards import decision_document
        from dvdesk.services.reports.decision_papers import decision_papers
        from dvdesk.services.reports.milestone_report import milestone_report
        from dvdesk.services.reports.statistics_report import statistics_appendix

        def decisions(store) -> list:
            found = store.decisions.list()
            require(found, "dữ liệu mẫu không có quyết định khen thưởng")
            return found

        def milestone(store) -> str:
            key = next((m.key for m in store.phases.milestones() if m.kind != "annual"), None)
            require(key, "dữ liệu mẫu không có kỳ sơ kết, tổng kết")
            return key

        table, signed = (".pdf", ".xlsx"), (".pdf", ".docx")
        return [
            ("danh sách mô hình, điển hình", lambda s: initiative_list(s, InitiativeListOptions()), "DANH SÁCH", table),
            ("danh sách khen thưởng", award_list, "DANH SÁCH", table),
            ("danh sách kèm theo quyết định", lambda s: decision_document(s, decisions(s)[0]), "", table),
            ("phụ lục thống kê", lambda s: statistics_appendix(s, st.Scope()), "", table),
            ("quyết định khen thưởng", lambda s: decision_papers(s, decisions(s)[-1]), "QUYẾT ĐỊNH", signed),
            ("báo cáo sơ kết, tổng kết", lambda s: milestone_report(s, milestone(s)), "BÁO CÁO", signed),
        ]

    def export_checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [(label, lambda i=i: self.check_export(i)) for i, (label, *_rest) in enumerate(self.reports())]

    def check_export(self, index: int) -> str:
        from dvdesk.services.reports import export
        from dvdesk.store.db import open_store

        _label, build, title, formats = self.reports()[index]
        parts = []
        with open_store(self.db, migrate=False) as store:
            for fmt in formats:
                doc = build(store)  # documents are consumed when rendered: a fresh one for each format
                out = self.work / "xuat" / f"bao-cao-{index + 1}{fmt}"
                out.parent.mkdir(exist_ok=True)
                export(doc, out)
                if fmt == ".pdf":
                    parts.append(f"PDF {read_back_pdf(out)} trang")
                elif fmt == ".docx":
                    parts.append(f"Word {read_back_docx(out, title)} đoạn")
                else:
                    parts.append(f"Excel {read_back_xlsx(out, title)} ô")
        return ", ".join(parts)

    def check_preview_print(self) -> str:
        """Qt's PDF module shows a document and the print path draws it: QtPdf and QtPrintSupport are
        in the bundle, a page renders with ink on it, and a printer writes every page."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        source = self.work / "xuat" / "bao-cao-5.pdf"
        require(source.is_file(), "chưa có quyết định đã xuất để xem trước")
        document = QPdfDocument()
        document.load(str(source))
        n = document.pageCount()
        require(n >= 1, f"không mở được {source.name} để xem trước ({document.error()})")
        image = document.render(0, QSize(420, 594))
        require(not image.isNull(), "không vẽ được trang đầu")
        ink = sum(1 for x in range(0, 420, 7) for y in range(0, 594, 9) if image.pixelColor(x, y).lightness() < 128)
        require(ink > 5, "trang xem trước trống")
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = self.work / "xuat" / "in-thu.pdf"
        printer.setOutputFileName(str(out))
        painter = QPainter()
        require(painter.begin(printer), "không mở được máy in (tệp PDF)")
        try:
            for page in range(n):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                painter.drawImage(rect, document.render(page, rect.size()))
        finally:
            painter.end()
        document.close()
        printed = read_back_pdf(out, fonts=False)
        require(printed == n, f"in thử ra {printed} trang thay vì {n}")
        return f"{n} trang xem được, in thử {printed} trang"

    def check_backup_restore(self) -> str:
        from dvdesk.store.backup import backup_database, restore_backup

        folder = self.work / "sao-luu"
        info = backup_database(self.db, folder, reason="tu-kiem-tra")
        require(info is not None and info.path.is_file(), "không tạo được bản sao lưu")
        copy = self.work / "khoi-phuc" / "ban-khoi-phuc.sqlite3"
        copy.parent.mkdir(exist_ok=True)
        restore_backup(info.path, copy, keep_current=False)
        before, after = table_rows(self.db), table_rows(copy)
        require(before.keys() == after.keys(),
                f"bảng khác nhau sau khi khôi phục: {sorted(before.keys() ^ after.keys())}")
        diff = [t for t in before if before[t] != after[t]]
        require(not diff, f"dữ liệu khác sau khi khôi phục ở bảng: {', '.join(diff[:5])}")
        rows = sum(len(v) for v in before.values())
        return f"{info.path.name} ({info.size / 1e6:.1f} MB), {rows} dòng trong {len(before)} bảng khớp từng dòng"

    def check_windows(self) -> str:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QTabWidget

        from dvdesk.store.db import open_store
        from dvdesk.ui.dialogs import Asker
        from dvdesk.ui.views.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        previous = Asker.answer
        Asker.answer = lambda *_a: False  # unattended: no dialog waits for a click
        store = open_store(self.db, migrate=False)
        shots = self.work / "man-hinh"
        shots.mkdir(exist_ok=True)
        window = None
        try:
            window = MainWindow(store, QSettings(str(self.work / "dvdesk.ini"), QSettings.Format.IniFormat))
            window.resize(1366, 768)
            window.show()
            rendered = []
            for row in range(window.ui.navList.count()):
                window.ui.navList.setCurrentRow(row)
                page = window.ui.stack.currentWidget()
                tabs = range(page.count()) if isinstance(page, QTabWidget) else [None]
                for tab in tabs:
                    if tab is not None:
                        page.setCurrentIndex(tab)
                    self.app.processEvents()
                    image = window.grab().toImage()
                    require(not image.isNull() and image.width() >= 1000, f"không vẽ được trang {row + 1}")
                    require(len({image.pixel(x, y) for x in range(0, image.width(), 97)
                                 for y in range(0, image.height(), 61)}) > 3,
                            f"trang {window.ui.navList.item(row).text()} vẽ ra trống")
                    title = window.ui.navList.item(row).text() + (f" › {page.tabText(tab)}" if tab is not None else "")
                    image.save(str(shots / f"trang-{len(rendered) + 1:02d}.png"))
                    rendered.append(title)
            rendered += self._render_dialogs(window, shots)
            return f"{len(rendered)} màn hình: {'; '.join(rendered)}"
        finally:
            if window is not None:
                window.close()
                window.deleteLater()
                self.app.processEvents()
            store.close()
            Asker.answer = previous


    def _render_dialogs(self, window, shots: Path) -> list[str]:
        """The first-run dialog (on a new database) and the guide, rendered like the pages."""
        from dvdesk.store.db import create_store
        from dvdesk.ui.views.first_run_dialog import FirstRunDialog
        from dvdesk.ui.views.guide_dialog import GuideDialog

        done = []
        fresh = create_store(self.work / "moi.sqlite3")
        try:
            for title, dialog in (("Thông tin cơ quan lần đầu", FirstRunDialog(fresh, window)),
                                  ("Hướng dẫn sử dụng", GuideDialog(window))):
                dialog.show()
                self.app.processEvents()
                image = dialog.grab().toImage()
                require(not image.isNull() and image.width() >= 600, f"không vẽ được hộp thoại {title}")
                image.save(str(shots / f"hop-thoai-{len(done) + 1:02d}.png"))
                dialog.close()
                dialog.deleteLater()
                done.append(title)
        finally:
            fresh.close()
        return done


def run_self_test(keep: Path | None = None, emit: Callable[[str], None] = print) -> int:
    """Run every check in a temporary folder (or ``keep``, left in place for a look); 0 when all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dvdesk import __version__

    emit(f"dvdesk {__version__} — tự kiểm tra (Python {sys.version.split()[0]}, {sys.platform})")
    t0 = time.perf_counter()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        test = SelfTest(keep)
        test.run(emit)
    else:
        with tempfile.TemporaryDirectory(prefix="dvdesk-tu-kiem-tra-") as tmp:
            test = SelfTest(Path(tmp))
            test.run(emit)
    failed = [r for r in test.results if not r.ok]
    seconds = time.perf_counter() - t0
    if failed:
        emit(f"KẾT QUẢ: {len(failed)}/{len(test.results)} mục KHÔNG ĐẠT ({seconds:.1f} giây).")
        return 1
    emit(f"KẾT QUẢ: cả {len(test.results)} mục đều đạt ({seconds:.1f} giây).")
    return 0
