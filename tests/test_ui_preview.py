"""The preview window (Xem trước, in, lưu): pages, zoom, print to a PDF printer, save, cancel."""

from __future__ import annotations

import io
import itertools

import pdfplumber
import pypdf
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views import preview_dialog
from dvdesk.ui.views.preview_dialog import PreviewDialog


@pytest.fixture
def asked():
    """Every message box: (kind, title, text); confirmations answered no (no file is opened)."""
    got: list[tuple[str, str, str]] = []
    Asker.answer = lambda kind, title, text: got.append((kind, title, text)) and False
    yield got
    Asker.answer = None


def _decision(store):
    """The demo decision with the most recipients (a list of several pages)."""
    did = store.conn.execute("SELECT decision_id FROM awards WHERE deleted_at IS NULL GROUP BY decision_id "
                             "ORDER BY count(*) DESC, decision_id LIMIT 1").fetchone()[0]
    return store.decisions.get(did)


@pytest.fixture
def awards_page(qtbot, demo_store):
    from dvdesk.ui.views.awards_page import AwardsPage

    page = AwardsPage(demo_store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    d = _decision(demo_store)
    page.table.selectRow(page.model.row_of_id(d.id))
    return page, d


def _open(qtbot, page, **options) -> PreviewDialog:
    page.preview_options = options
    dlg = page.preview_current()
    assert dlg is not None
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it after closing
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.page_count > 0, timeout=30_000)
    return dlg


def _expected_pages(store, d) -> int:
    from dvdesk.services.render import render_pdf
    from dvdesk.services.reports.decision_papers import decision_papers

    buf = io.BytesIO()
    render_pdf(decision_papers(store, d, order=d.award_order), buf)
    return len(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages)


def _names(store, d) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT recipient_name FROM awards WHERE decision_id = ? AND "
                                             "deleted_at IS NULL ORDER BY id", (d.id,))]


def test_decision_list_preview_pages_and_navigation(qtbot, awards_page, demo_store, asked):
    page, d = awards_page
    dlg = _open(qtbot, page)
    expected = _expected_pages(demo_store, d)
    assert expected > 1
    assert dlg.page_count == expected == dlg.document.pageCount()
    assert dlg.pageLabel.text().strip() == f"/ {expected}"
    assert d.number in dlg.windowTitle()
    assert dlg.temp_dir().exists() and dlg.pdf_path.parent == dlg.temp_dir()
    assert set(dlg.saveActions) == {"pdf", "docx"}  # the Quyết định: printed, or finished in Word
    assert dlg.current_page() == 0 and not dlg.prevAction.isEnabled() and dlg.nextAction.isEnabled()

    dlg.nextAction.trigger()
    assert dlg.current_page() == 1 and dlg.pageSpin.value() == 2
    dlg.pageSpin.setValue(expected)  # typed page number
    assert dlg.current_page() == expected - 1 and not dlg.nextAction.isEnabled()
    dlg.prevAction.trigger()
    assert dlg.current_page() == expected - 2
    dlg.go_to(99)
    assert dlg.current_page() == expected - 1

    dlg.activateWindow()
    dlg.view.setFocus()
    QTest.keyClick(dlg.view, Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier)
    dlg.go_to(0)
    QTest.keyClick(dlg, Qt.Key.Key_PageDown)
    assert dlg.current_page() == 1
    QTest.keyClick(dlg, Qt.Key.Key_PageUp)
    assert dlg.current_page() == 0

    dlg.set_fit("page")
    assert dlg.fitPageAction.isChecked() and not dlg.fitWidthAction.isChecked()
    fit_page = dlg._effective_zoom()
    dlg.set_fit("width")
    assert dlg.fitWidthAction.isChecked() and dlg._effective_zoom() > fit_page
    dlg.zoom(preview_dialog.ZOOM_STEP)
    assert not dlg.fitWidthAction.isChecked()
    bigger = dlg.zoom_factor()
    dlg.zoomOutAction.trigger()
    assert dlg.zoom_factor() == pytest.approx(bigger / preview_dialog.ZOOM_STEP)
    assert dlg.zoomLabel.text() == f"{round(dlg.zoom_factor() * 100)} %"
    for _ in range(30):
        dlg.zoomOutAction.trigger()
    assert dlg.zoom_factor() == pytest.approx(preview_dialog.ZOOM_MIN)
    # the shortcuts a clerk reads on the buttons
    shortcuts = {a.text(): a.shortcut().toString() for a in dlg.actions()}
    assert shortcuts["In…"] == "Ctrl+P" and shortcuts["Lưu PDF…"] == "Ctrl+S"
    assert shortcuts["Phóng to"] == "Ctrl++" and shortcuts["Thu nhỏ"] == "Ctrl+-"
    assert not asked

    temp = dlg.temp_dir()
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert not temp.exists()  # the temporary PDF goes with the window


def _non_blank(doc: QPdfDocument, page: int) -> bool:
    img = doc.render(page, QSize(120, 170))
    return any(QColor(img.pixel(x, y)).lightness() < 128 for x in range(0, img.width(), 2)
               for y in range(0, img.height(), 2))


def test_print_to_a_pdf_printer(qtbot, awards_page, demo_store, asked, tmp_path):
    page, _d = awards_page
    out = tmp_path / "in.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # 96 dpi: fast
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dlg = _open(qtbot, page, choose_printer=lambda parent: printer)
    with qtbot.waitSignal(dlg.printed, timeout=30_000) as sig:
        assert dlg.print_document() == dlg.page_count
    assert sig.args == [dlg.page_count]
    assert len(pypdf.PdfReader(out).pages) == dlg.page_count
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == dlg.page_count
    assert all(_non_blank(printed, p) for p in range(printed.pageCount()))
    printed.close()
    # the page range of the print dialog: pages 2 to 3 only, in order
    out2 = tmp_path / "in-2-3.pdf"
    printer.setOutputFileName(str(out2))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dlg.pages_to_print(printer) == [1, 2]
    assert dlg.print_document() == 2
    assert len(pypdf.PdfReader(out2).pages) == 2
    # no printer chosen (the dialog cancelled): nothing happens
    dlg.choose_printer = lambda parent: None
    assert dlg.print_document() == 0
    assert not asked


def test_save_pdf_and_word(qtbot, awards_page, demo_store, asked, tmp_path):
    import docx

    page, d = awards_page
    chosen = {".pdf": str(tmp_path / "ds"), ".docx": str(tmp_path / "qd.docx")}
    dlg = _open(qtbot, page, choose_file=lambda suggested, suffix: chosen[suffix])
    names = _names(demo_store, d)
    with qtbot.waitSignal(dlg.saved, timeout=30_000) as sig:
        dlg.saveActions["pdf"].trigger()  # the suffix is added
    assert sig.args == [str(tmp_path / "ds.pdf")]
    with pdfplumber.open(tmp_path / "ds.pdf") as pdf:
        assert len(pdf.pages) == dlg.page_count
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert d.number in text and names[0] in text and names[-1] in text
    assert "QUYẾT ĐỊNH" in text and "Điều 1." in text
    with qtbot.waitSignal(dlg.saved, timeout=30_000):
        dlg.saveActions["docx"].trigger()
    doc = docx.Document(str(tmp_path / "qd.docx"))
    paras = " ".join(p.text for p in doc.paragraphs)
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert "Điều 1." in paras and "QUYẾT ĐỊNH" in paras.upper()
    assert set(names) <= cells
    assert [k for k, *_ in asked] == ["confirm", "confirm"]  # "Mở tệp ngay?", answered no
    assert not list(tmp_path.glob(".~*"))
    assert dlg.saveActions["pdf"].isEnabled()


def test_save_errors_are_vietnamese(qtbot, awards_page, asked, tmp_path, monkeypatch):
    page, _d = awards_page
    dlg = _open(qtbot, page)
    dlg.save_as(".pdf", str(tmp_path / "khong-co" / "ds.pdf"))  # a folder that does not exist
    assert asked and asked[-1][0] == "error" and "không tồn tại" in asked[-1][2]

    from dvdesk.services import files

    def full(_target):
        raise files.DiskFullError("Ổ đĩa đã đầy.", tmp_path / "ds.xlsx")

    monkeypatch.setattr("dvdesk.services.reports.common.check_target", full)
    asked.clear()
    dlg.save_as(".xlsx", str(tmp_path / "ds.xlsx"))
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=30_000)
    assert asked == [("error", "Không lưu được", "Ổ đĩa đã đầy.")]
    assert not (tmp_path / "ds.xlsx").exists()
    assert dlg.page_count and dlg.stack.currentWidget() is dlg.view  # the preview stays usable


def test_word_is_offered_when_asked(qtbot, demo_store, asked):
    from dvdesk.services.reports.awards import decision_document

    d = _decision(demo_store)
    dlg = PreviewDialog(demo_store, "Thử", lambda s: decision_document(s, s.decisions.get(d.id)),
                        formats=("pdf", "xlsx", "docx"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.page_count > 0, timeout=30_000)
    assert dlg.saveActions["docx"].text() == "Lưu Word…"
    assert dlg.saveActions["xlsx"].isVisible()
    dlg.close()


def _endless(store):
    """A list that never ends: only a cancel stops its render."""
    from dvdesk.services.documents import Column, Document, Row, Table
    from dvdesk.services.reports.common import agency_profile

    rows = (Row([n, f"Mô hình thử {n}"]) for n in itertools.count(1))
    return Document(profile=agency_profile(store), title="DANH SÁCH",
                    blocks=[Table([Column("TT", 1, kind="int"), Column("Tên", 6)], lambda: rows)])


def test_cancel_during_render_leaves_nothing(qtbot, demo_store, asked):
    dlg = PreviewDialog(demo_store, "Danh sách dài", _endless)
    qtbot.addWidget(dlg)
    dlg.show()
    temp = dlg.temp_dir()
    qtbot.waitUntil(lambda: "dòng" in dlg.busyLabel.text(), timeout=30_000)  # rows are being written
    assert dlg.stack.currentIndex() == 0 and not dlg.printAction.isEnabled()
    dlg.cancelButton.click()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=30_000)
    assert not dlg.isVisible()  # nothing to show: the window closes itself
    assert not temp.exists()
    assert not asked  # a cancel is not an error


def test_closing_during_render_leaves_nothing(qtbot, demo_store, asked):
    dlg = PreviewDialog(demo_store, "Danh sách dài", _endless)
    qtbot.addWidget(dlg)
    dlg.show()
    temp = dlg.temp_dir()
    qtbot.waitUntil(lambda: "dòng" in dlg.busyLabel.text(), timeout=30_000)
    dlg.close()
    qtbot.waitUntil(lambda: not preview_dialog._RUNNING, timeout=30_000)
    qtbot.waitUntil(lambda: not temp.exists(), timeout=5_000)
    assert not asked


def test_build_error_is_shown_not_raised(qtbot, demo_store, asked):
    from dvdesk.services.reports import InitiativeListOptions, initiative_list

    dlg = PreviewDialog(demo_store, "Danh sách", lambda s: initiative_list(s, InitiativeListOptions(style="state")))
    qtbot.addWidget(dlg)
    temp = dlg.temp_dir()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    kind, title, text = asked[0]
    assert (kind, title) == ("error", "Không xem trước được")
    assert text.startswith("Không thể in văn bản của") and "Traceback" not in text
    assert not dlg.isVisible() and not temp.exists()


def test_unexpected_errors_become_a_sentence():
    msg = preview_dialog.user_message(ValueError("bad"))
    assert "lỗi không mong đợi" in msg and "bad" not in msg and "ValueError" not in msg
    msg = preview_dialog.user_message(PermissionError(13, "denied", "/x/y.pdf"))
    assert msg.startswith("Không có quyền ghi") and "denied" not in msg


def test_old_temporary_folders_are_pruned(qtbot, demo_store, asked, tmp_path, monkeypatch):
    import os
    import tempfile
    import time

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = tmp_path / (preview_dialog.TEMP_PREFIX + "cu")
    old.mkdir()
    (old / "x.pdf").write_bytes(b"%PDF")
    os.utime(old, (time.time() - 3 * 86_400,) * 2)
    recent = tmp_path / (preview_dialog.TEMP_PREFIX + "moi")
    recent.mkdir()  # another window's, open now
    dlg = PreviewDialog(demo_store, "Thử", _endless)
    qtbot.addWidget(dlg)
    assert not old.exists() and recent.exists() and dlg.temp_dir().parent == tmp_path
    dlg.close()
    qtbot.waitUntil(lambda: not preview_dialog._RUNNING, timeout=30_000)
    qtbot.waitUntil(lambda: not dlg.temp_dir().exists(), timeout=5_000)


def test_an_installation_without_print_or_pdf_says_so(qtbot, awards_page, asked, monkeypatch):
    page, _d = awards_page
    dlg = _open(qtbot, page, choose_printer=lambda parent: pytest.fail("no printer without print support"))
    monkeypatch.setattr(preview_dialog, "printing_available", lambda: False)
    assert dlg.print_document() == 0
    assert asked == [("error", "Không in được", preview_dialog.MISSING_PRINT)]
    dlg.close()
    asked.clear()
    monkeypatch.setattr(preview_dialog, "preview_available", lambda: False)
    assert page.preview_current() is None
    assert asked == [("error", "Không xem trước được", preview_dialog.MISSING_PDF)]


def test_the_decision_editor_previews_its_quyet_dinh(qtbot, demo_store, asked, tmp_path):
    """From the decision editor (button or Ctrl+Shift+P): the Quyết định and its list; Word saves it."""
    import docx

    from dvdesk.ui.views.decision_dialog import DecisionDialog

    d = _decision(demo_store)
    dlg = DecisionDialog(demo_store, None, d.id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.preview_options = {"choose_file": lambda suggested, suffix: str(tmp_path / f"qd{suffix}")}
    from PySide6.QtGui import QKeySequence, QShortcut

    keys = {sc.key().toString() for sc in dlg.findChildren(QShortcut)}
    assert QKeySequence("Ctrl+Shift+P").toString() in keys
    dlg.previewButton.click()
    preview = dlg.preview
    assert preview is not None and d.number in preview.windowTitle(), asked
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=30_000)
    assert preview.page_count == _expected_pages(demo_store, d)
    with qtbot.waitSignal(preview.saved, timeout=30_000):
        preview.saveActions["docx"].trigger()
    paras = [p.text for p in docx.Document(str(tmp_path / "qd.docx")).paragraphs]
    assert any(p.startswith("Điều 1.") for p in paras) and not [a for a in asked if a[0] == "error"]
