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
