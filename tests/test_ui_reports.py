"""The Báo cáo page: exports in a worker, with the file read back."""

from __future__ import annotations

import openpyxl
import pdfplumber
import pytest

from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.reports_page import ReportsPage


@pytest.fixture
def page(qtbot, demo_store):
    p = ReportsPage(demo_store, choose_file=lambda suggested, suffix: "")
    qtbot.addWidget(p)
    p.show()
    Asker.answer = lambda kind, title, text: False
    yield p
    Asker.answer = None


def test_export_statistics_xlsx(page, qtbot, tmp_path):
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("statistics"))
    page.ui.phaseCombo.setCurrentIndex(page.ui.phaseCombo.findData("2021-2025"))
    target = tmp_path / "tk.xlsx"
    with qtbot.waitSignal(page.exported, timeout=60_000) as sig:
        page.export_to(".xlsx", str(target))
    assert sig.args == [str(target)]
    wb = openpyxl.load_workbook(target)
    assert len(wb.sheetnames) == 7
    assert page.ui.pdfButton.isEnabled() and not page.ui.progress.isVisible()


def test_export_one_decision_pdf(page, qtbot, tmp_path, demo_store):
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("awards"))
    assert page.ui.decisionCombo.isVisible() and not page.ui.yearCombo.isVisible()
    page.ui.decisionCombo.setCurrentIndex(1)
    decision = demo_store.decisions.get(page.ui.decisionCombo.currentData())
    target = tmp_path / "ds.pdf"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(".pdf", str(target))
    with pdfplumber.open(target) as pdf:
        assert decision.number in pdf.pages[0].extract_text()


def test_locked_target_offers_another_name(page, qtbot, tmp_path, monkeypatch):
    import os

    real_replace = os.replace
    target = tmp_path / "khoa.pdf"
    target.write_bytes(b"old content")

    def locked(src, dst, *a, **kw):
        if str(dst) == str(target):
            raise PermissionError(13, "locked", str(dst))
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", locked)
    asked = []
    Asker.answer = lambda kind, title, text: asked.append((kind, text)) or (kind == "confirm" and "tên khác" in text)
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("statistics"))
    with qtbot.waitSignal(page.exported, timeout=60_000) as sig:
        page.export_to(".pdf", str(target))
    assert target.read_bytes() == b"old content"  # untouched
    assert sig.args[0].endswith("khoa (2).pdf")
    assert any("tên khác" in t for _, t in asked)


def test_cancel_leaves_no_file(page, qtbot, tmp_path):
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("initiatives"))
    target = tmp_path / "ml.pdf"
    page.export_to(".pdf", str(target))
    page.cancel()
    qtbot.waitUntil(lambda: page.ui.pdfButton.isEnabled(), timeout=60_000)
    # a cancel that came after the render finished still leaves a complete file; otherwise none
    assert not target.exists() or target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".~*"))  # no temporary leftovers


# -- the options of each kind ---------------------------------------------------------------------
def _select(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def _list_rows(path) -> list[dict]:
    """The data rows of an exported initiatives list (by the header row's titles)."""
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if "Mã" in r and "Lĩnh vực" in r)
    head = rows[h]
    return [dict(zip(head, r, strict=False)) for r in rows[h + 1:] if r[head.index("Mã")]]


def test_each_kind_shows_its_own_widgets(page):
    from dvdesk.ui.views.reports_page import KINDS, OPTION_ROWS

    for kind in KINDS:
        _select(page.ui.kindCombo, kind.key)
        for key, name in OPTION_ROWS.items():
            assert getattr(page.ui, name).isVisibleTo(page) == (key in kind.options), (kind.key, key)
    assert page.ui.styleCombo.itemText(0) == "Theo cơ quan ban hành" and page.ui.styleCombo.currentData() is None


def test_defaults(page, demo_store):
    from datetime import date

    from dvdesk.ui.views.reports_page import current_milestone

    assert page.ui.dateEdit.date() == date.today()
    m = current_milestone(demo_store.phases.milestones())
    assert page.ui.milestoneCombo.currentData() == m.key
    assert page.ui.decisionCombo.currentData() == demo_store.decisions.list()[-1].id  # the latest decision
    _select(page.ui.kindCombo, "awards")
    assert not page.ui.milestoneCombo.isEnabled()  # one decision: its own list, whatever the milestone
    page.ui.decisionCombo.setCurrentIndex(0)
    assert page.ui.milestoneCombo.isEnabled()


def test_field_filter_reaches_the_list(page, qtbot, tmp_path, demo_store):
    _select(page.ui.kindCombo, "initiatives")
    page.ui.phaseCombo.setCurrentIndex(0)  # every phase
    field = demo_store.fields.list()[1]
    _select(page.ui.fieldCombo, field.code)
    target = tmp_path / "ml.xlsx"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(".xlsx", str(target))
    rows = _list_rows(target)
    n = demo_store.conn.execute("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL AND field_id = ?",
                                (field.id,)).fetchone()[0]
    assert n and len(rows) == n
    assert {r["Lĩnh vực"] for r in rows} == {field.name}


def test_unit_level_status_filters_reach_the_list(page, qtbot, tmp_path, demo_store):
    from dvdesk.domain.vocab import Level, Status

    _select(page.ui.kindCombo, "initiatives")
    page.ui.phaseCombo.setCurrentIndex(0)
    uid, = demo_store.conn.execute(
        "SELECT unit_id FROM initiatives WHERE deleted_at IS NULL AND unit_id IS NOT NULL "
        "GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    family = demo_store.units.family_ids(uid)
    page.ui.unitPicker.set_unit_id(uid)
    level, status = demo_store.conn.execute(
        f"SELECT recognition_level, status FROM initiatives WHERE deleted_at IS NULL AND recognition_level IS NOT "
        f"NULL AND unit_id IN ({','.join('?' * len(family))}) LIMIT 1", family).fetchone()
    _select(page.ui.levelCombo, level)
    _select(page.ui.statusCombo, status)
    _select(page.ui.groupCombo, "field")
    target = tmp_path / "ml.xlsx"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(".xlsx", str(target))
    rows = _list_rows(target)
    n = demo_store.conn.execute(
        f"SELECT count(*) FROM initiatives WHERE deleted_at IS NULL AND recognition_level = ? AND status = ? "
        f"AND unit_id IN ({','.join('?' * len(family))})", (level, status, *family)).fetchone()[0]
    assert n and len(rows) == n
    assert {r["Cấp công nhận"] for r in rows} == {Level.label_of(level)}
    assert {r["Trạng thái"].removesuffix(" (tiêu biểu)") for r in rows} == {Status.label_of(status)}


def test_issue_fields_are_printed(page, qtbot, tmp_path):
    _select(page.ui.kindCombo, "statistics")
    page.ui.numberEdit.setText("15")
    page.ui.dateEdit.setText("20/11/2025")
    page.ui.attachedEdit.setText("Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025")
    _select(page.ui.unitLevelCombo, "tinh")
    target = tmp_path / "pl.pdf"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(".pdf", str(target))
    with pdfplumber.open(target) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    assert "Số 15-PL/" in text
    assert "ngày 20 tháng 11 năm 2025" in text
    assert "(Kèm theo Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025)" in text


def test_invalid_date_is_refused(page, tmp_path):
    asked = []
    Asker.answer = lambda kind, title, text: asked.append((kind, title)) and False
    _select(page.ui.kindCombo, "initiatives")
    page.ui.dateEdit.setText("31/02/2025")
    page.export_to(".pdf", str(tmp_path / "x.pdf"))
    assert asked == [("error", "Ngày không hợp lệ")] and page.job is None
    assert not (tmp_path / "x.pdf").exists()


def test_contradicting_style_shows_the_reason(page, qtbot, tmp_path):
    asked = []
    Asker.answer = lambda kind, title, text: asked.append((kind, title, text)) and False
    _select(page.ui.kindCombo, "initiatives")
    assert not page.ui.styleHint.isVisibleTo(page)
    _select(page.ui.styleCombo, "state")  # the demo office is a Party board
    assert page.ui.styleHint.isVisibleTo(page) and page.ui.styleHint.text().startswith("Không thể in văn bản")
    target = tmp_path / "ml.pdf"
    page.export_to(".pdf", str(target))
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    assert asked[-1][:2] == ("error", "Không xuất được báo cáo")
    assert asked[-1][2] == page.ui.styleHint.text() and not target.exists()
    asked.clear()
    dlg = page.open_preview()
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)
    assert asked[0][:2] == ("error", "Không xem trước được") and asked[0][2].startswith("Không thể in văn bản")
    qtbot.waitUntil(lambda: page.preview is None, timeout=5_000)
    del dlg
    _select(page.ui.styleCombo, None)
    assert not page.ui.styleHint.isVisibleTo(page)


def test_preview_from_the_page(page, qtbot, demo_store, tmp_path):
    _select(page.ui.kindCombo, "statistics")
    page.preview_options = {"choose_file": lambda suggested, suffix: str(tmp_path / suggested)}
    dlg = page.open_preview()
    qtbot.waitUntil(lambda: dlg.page_count > 0, timeout=60_000)
    assert dlg.windowTitle() == "Xem trước — Phụ lục thống kê (sơ kết, tổng kết)"
    with qtbot.waitSignal(dlg.saved, timeout=60_000):
        dlg.save_as(".xlsx")
    assert len(openpyxl.load_workbook(tmp_path / "phu-luc-thong-ke.xlsx").sheetnames) == 7
    # a landscape appendix prints on landscape pages
    import pypdf
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    dlg.choose_printer = lambda parent: printer
    assert dlg.print_document() == 2
    pages = pypdf.PdfReader(tmp_path / "in.pdf").pages
    assert len(pages) == 2 and all(p.mediabox.width > p.mediabox.height for p in pages)
    dlg.close()
