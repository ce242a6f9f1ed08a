"""The clerk's whole task in the running app, on the demo database: tổng kết 2025 from the reviews to a
printed, signed-ready Quyết định — rate, recognize, mark tiêu biểu and propose in the review grid; a
decision of the Ban Thường vụ filled from the proposals; previewed and printed; saved as PDF and Word;
every document read back as the person who signs it."""

from __future__ import annotations

from datetime import date

import pdfplumber
import pypdf
import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from dvdesk.domain.numwords import money_words
from dvdesk.domain.vocab import Rating
from dvdesk.services.documents import format_money
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.main_window import NAV, MainWindow


@pytest.fixture
def asked():
    got: list[tuple[str, str, str]] = []
    Asker.answer = lambda kind, title, text: got.append((kind, title, text)) or kind == "confirm_never"
    yield got
    Asker.answer = None


def _action(menu, *path):
    for name in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text() == name)
    return next(a for a in menu.actions() if a.text() == path[-1])


@pytest.mark.timeout(240)
def test_tong_ket_2025_from_reviews_to_a_printed_decision(qtbot, demo_store, tmp_path, asked):
    s = demo_store
    w = MainWindow(s, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    keys = [k for k, _ in NAV]
    m = s.phases.milestone("tong-ket-2025")
    form = next(f for f in s.issuers.forms_for("BTV_TINH"))

    # 1. the review grid: five models not yet reviewed at tổng kết 2025
    w.ui.navList.setCurrentRow(keys.index("reviews"))
    rp = w.pages["reviews"]
    rp.select_milestone("tong-ket-2025")
    qtbot.waitUntil(lambda: rp.funnel_bar.milestone_id == m.id)
    f0 = rp.funnel_bar.funnel
    rp.reviewed_combo.setCurrentIndex(rp.reviewed_combo.findText("Chưa đánh giá"))
    assert rp.model.rowCount() >= 5
    ids = [rp.model.id_at(r) for r in range(5)]
    rp.reviewed_combo.setCurrentIndex(0)
    sel = rp.table.selectionModel()
    sel.clearSelection()
    for iid in ids:
        sel.select(rp.model.index(rp.model.row_of(iid), 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(rp.selected_ids()) == sorted(ids)
    for path, field, delta in ((("Xếp loại", Rating.TOT.label), "reviewed", 5), (("Công nhận",), "recognized", 5),
                               (("Tiêu biểu",), "exemplary", 5),
                               (("Đề nghị khen thưởng", form.name), "proposed", 5)):
        before = getattr(rp.funnel_bar.funnel, field)
        _action(rp.menu, *path).trigger()
        qtbot.waitUntil(lambda field=field, before=before, delta=delta:
                        getattr(rp.funnel_bar.funnel, field) == before + delta, timeout=10_000)
    assert rp.funnel_bar.funnel.proposed == f0.proposed + 5
    proposed = s.scalar("SELECT count(*) FROM reviews WHERE milestone_id = ? AND proposed_form_id = ? "
                        "AND deleted_at IS NULL", (m.id, form.id))

    # 2. the Khen thưởng page: a decision of the Ban Thường vụ, filled from the proposals
    w.ui.navList.setCurrentRow(keys.index("awards"))
    ap = w.pages["awards"]
    seen = {}

    def fill(dlg):
        dlg.issuerCombo.setCurrentIndex(dlg.issuerCombo.findData("BTV_TINH"))
        dlg.dateEdit.setDate(QDate(2025, 10, 20))
        dlg.formCombo.setCurrentIndex(dlg.formCombo.findData(form.id))
        dlg.milestoneCombo.setCurrentIndex(dlg.milestoneCombo.findData(m.id))
        assert dlg.fill_from_proposals() == proposed
        seen["number"] = dlg.numberEdit.text()
        assert dlg.save()
        seen["id"] = dlg.decision.id
        dlg.accept()

    ap.dialog_hook = fill
    ap.open_decision(None)
    d = s.decisions.get(seen["id"])
    awards = s.awards.for_decision(d.id)
    assert len(awards) == proposed and {a.initiative_id for a in awards} >= set(ids)
    n_col = sum(a.recipient_kind == "tap_the" for a in awards)
    total = sum(a.amount for a in awards)

    # 3. preview the Quyết định with its list, print it, save it as PDF and Word
    ap.table.selectRow(ap.model.row_of_id(d.id))
    printed = tmp_path / "in.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    chosen = {".pdf": str(tmp_path / "qd.pdf"), ".docx": str(tmp_path / "qd.docx")}
    ap.preview_options = {"choose_printer": lambda parent: printer,
                          "choose_file": lambda suggested, suffix: chosen[suffix]}
    dlg = ap.preview_current()
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.page_count > 0, timeout=30_000)
    assert dlg.print_document() == dlg.page_count >= 2
    assert len(pypdf.PdfReader(printed).pages) == dlg.page_count
    for fmt in ("pdf", "docx"):
        with qtbot.waitSignal(dlg.saved, timeout=30_000):
            dlg.saveActions[fmt].trigger()
    dlg.close()

    # 4. read as the person who signs it
    with pdfplumber.open(tmp_path / "qd.pdf") as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        assert len(pdf.pages) == dlg.page_count
    first = " ".join(pages[0].split())
    text = " ".join(" ".join(pages).split())
    row = s.issuers.on("BTV_TINH", date(2025, 10, 20))
    assert "TỈNH ỦY AN GIANG" in first and "ĐẢNG CỘNG SẢN VIỆT NAM" in first and f"Số {seen['number']}" in first
    assert "An Giang, ngày 20 tháng 10 năm 2025" in first and "QUYẾT ĐỊNH" in first
    assert "BAN THƯỜNG VỤ TỈNH ỦY" in first and "Điều lệ Đảng" in first
    who = " và ".join(x for x in (f"{n_col} tập thể" if n_col else "",
                                  f"{len(awards) - n_col} cá nhân" if len(awards) > n_col else "") if x)
    assert f"cho {who} (có danh sách kèm theo)" in text
    assert f"Tổng số tiền thưởng: {format_money(total)} đồng" in text and money_words(total) in text
    assert row.signer_authority in text and row.signer_title in text
    assert "DANH SÁCH" in " ".join(pages[1:]) and f"Kèm theo Quyết định số {seen['number']}" in text
    names = {a.recipient_name for a in awards if a.initiative_id in ids}
    words = set(text.split())
    assert all(set(n.split()) <= words for n in names)
    import docx

    word = docx.Document(chosen[".docx"])
    assert any(p.text.startswith("Điều 2.") for p in word.paragraphs)
    assert not [a for a in asked if a[0] == "error"]
