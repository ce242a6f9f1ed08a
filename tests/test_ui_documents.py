"""Văn bản: the directive documents page, its form (files, linked decisions), delete to the trash,
and the repository methods behind them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt

from dvdesk.domain.entities import DirectiveDocument
from dvdesk.domain.errors import ValidationError
from dvdesk.domain.vocab import AttachmentOwner, DocType
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.documents_page import DocumentDialog, DocumentsPage, DocumentTableModel
from dvdesk.ui.views.main_window import MainWindow


class Answers:
    def __init__(self):
        self.asked: list[tuple[str, str, str]] = []
        self.yes = True

    def __call__(self, kind, title, text):
        self.asked.append((kind, title, text))
        return self.yes if kind == "confirm" else None


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(Asker, "answer", a)
    return a


def _docs(store) -> list[DirectiveDocument]:
    phase = store.phases.by_code("2021-2025")
    return [
        store.documents.create(DirectiveDocument(number="415-KH/BDVTU", doc_type=DocType.KE_HOACH,
                                                 issued_on=date(2021, 4, 15), issuer="Ban Dân vận Tỉnh ủy",
                                                 summary="Kế hoạch thực hiện phong trào \"Dân vận khéo\"",
                                                 phase_id=phase.id)),
        store.documents.create(DirectiveDocument(number="11-CT/TU", doc_type=DocType.CHI_THI,
                                                 issued_on=date(2019, 8, 1), issuer="Ban Thường vụ Tỉnh ủy",
                                                 summary="Chỉ thị về công tác dân vận")),
        store.documents.create(DirectiveDocument(number="175-TB/VPTU", doc_type=DocType.THONG_BAO,
                                                 issued_on=date(2023, 11, 2), issuer="Văn phòng Tỉnh ủy",
                                                 summary="Thông báo kết luận sơ kết", phase_id=phase.id)),
    ]


# -- repository -------------------------------------------------------------------------------------
def test_update_and_decision_links_are_audited(demo_store):
    store = demo_store
    doc = _docs(store)[0]
    with pytest.raises(ValidationError):
        store.documents.update(DirectiveDocument(number="  ", id=doc.id))
    doc.summary = "Kế hoạch số 2 thực hiện phong trào"
    assert "summary" in store.documents.update(doc)
    assert store.documents.get(doc.id).summary == "Kế hoạch số 2 thực hiện phong trào"
    assert store.documents.search("ke hoach so 2")[0].id == doc.id  # the derived search text follows
    d1, d2, d3 = [d.id for d in store.decisions.list()[:3]]
    mark = store.scalar("SELECT coalesce(max(id), 0) FROM audit_log")  # the demo links its own documents too
    store.documents.set_decisions(doc.id, [d1, d2])
    assert set(store.documents.decision_ids(doc.id)) == {d1, d2}
    assert store.last_changes.touches("decision_documents")
    store.documents.set_decisions(doc.id, [d2, d3])
    assert set(store.documents.decision_ids(doc.id)) == {d2, d3}
    actions = [r[0] for r in store.conn.execute(
        "SELECT action FROM audit_log WHERE table_name = 'decision_documents' AND id > ? ORDER BY id", (mark,))]
    assert actions == ["insert", "insert", "insert", "purge"]
    with pytest.raises(Exception, match="quyết định"):
        store.documents.set_decisions(doc.id, [999_999])
    assert set(store.documents.decision_ids(doc.id)) == {d2, d3}  # nothing half-written


# -- the page ---------------------------------------------------------------------------------------
def test_model_tester(qtmodeltester, store):
    _docs(store)
    model = DocumentTableModel()
    model.set_documents(store.documents.search(""), {p.id: p.name for p in store.phases.list()})
    qtmodeltester.check(model)


def test_search_and_filters(qtbot, store):
    docs = _docs(store)
    page = DocumentsPage(store)
    qtbot.addWidget(page)
    assert [d.number for d in page.model.docs] == ["175-TB/VPTU", "415-KH/BDVTU", "11-CT/TU"]  # newest first
    assert page.model.index(0, 1).data() == "Thông báo" and page.model.index(0, 2).data() == "02/11/2023"
    qtbot.keyClicks(page.search_edit, "dan van kheo")  # without diacritics
    qtbot.waitUntil(lambda: len(page.model.docs) == 1, timeout=2000)
    assert page.model.docs[0].id == docs[0].id
    page.clear_filters()
    assert len(page.model.docs) == 3
    page.type_combo.setCurrentIndex(page.type_combo.findData(DocType.CHI_THI))
    assert [d.number for d in page.model.docs] == ["11-CT/TU"]
    page.clear_filters()
    page.year_combo.setCurrentIndex(page.year_combo.findData(2021))
    assert [d.number for d in page.model.docs] == ["415-KH/BDVTU"]
    page.clear_filters()
    page.phase_combo.setCurrentIndex(page.phase_combo.findData(store.phases.by_code("2021-2025").id))
    assert {d.number for d in page.model.docs} == {"415-KH/BDVTU", "175-TB/VPTU"}
    assert page.count_label.text() == "2 / 3 văn bản"


def test_dialog_validates_then_saves_everything_in_one_go(qtbot, demo_store, tmp_path, answers):
    store = demo_store
    scan = tmp_path / "Kế hoạch 415.pdf"
    scan.write_bytes(b"%PDF-1.4 ke hoach")
    dlg = DocumentDialog(store, None, choose_files=lambda parent: [str(scan)])
    qtbot.addWidget(dlg)
    assert dlg.save() is None  # no number
    assert dlg.number_error.isVisibleTo(dlg) and "số, ký hiệu" in dlg.number_error.text()
    dlg.number_edit.setText("  20-HD/BDVTU ")
    dlg.date_edit.setText("31/02/2026")
    assert dlg.save() is None  # no such date
    assert dlg.date_error.isVisibleTo(dlg) and "ngày/tháng/năm" in dlg.date_error.text()
    assert store.documents.search("20-HD") == []
    dlg.date_edit.setText("02/03/2026")
    dlg._suggest_phase()  # a date in 2026 suggests the phase 2026–2030
    assert dlg.phase_combo.currentData() == store.phases.by_code("2026-2030").id
    dlg.type_combo.setCurrentIndex(dlg.type_combo.findData(DocType.HUONG_DAN))
    dlg.issuer_edit.setText("Ban Tuyên giáo và Dân vận Tỉnh ủy")
    dlg.summary_edit.setPlainText("Hướng dẫn đăng ký mô hình giai đoạn 2026–2030")
    dlg.add_file_button.click()
    assert dlg.files_list.count() == 1 and "thêm khi lưu" in dlg.files_list.item(0).text()
    decision_ids = []
    for i in range(2):
        item = dlg.decisions_list.item(i)
        item.setCheckState(Qt.CheckState.Checked)
        decision_ids.append(item.data(Qt.ItemDataRole.UserRole + 2))
    doc_id = dlg.save()
    assert doc_id is not None
    doc = store.documents.get(doc_id)
    assert (doc.number, doc.doc_type, doc.issued_on, doc.issuer) == (
        "20-HD/BDVTU", "HD", date(2026, 3, 2), "Ban Tuyên giáo và Dân vận Tỉnh ủy")
    assert doc.phase_id == store.phases.by_code("2026-2030").id
    files = store.attachments.list_for(AttachmentOwner.DIRECTIVE_DOCUMENTS, doc_id)
    assert [f.file_name for f in files] == ["Kế hoạch 415.pdf"]
    assert store.attachments.path_of(files[0]).read_bytes() == scan.read_bytes()
    assert set(store.documents.decision_ids(doc_id)) == set(decision_ids)


def test_edit_opens_removes_files_and_unlinks(qtbot, demo_store, tmp_path, answers):
    store = demo_store
    doc = _docs(store)[0]
    scan = tmp_path / "Bản chụp.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    tool = tmp_path / "cai dat.exe"
    tool.write_bytes(b"MZ")
    store.attachments.add(AttachmentOwner.DIRECTIVE_DOCUMENTS, doc.id, scan)
    store.attachments.add(AttachmentOwner.DIRECTIVE_DOCUMENTS, doc.id, tool)
    d1, d2 = [d.id for d in store.decisions.list()[:2]]
    store.documents.set_decisions(doc.id, [d1, d2])
    opened: list[Path] = []
    dlg = DocumentDialog(store, doc.id, open_file=lambda p: opened.append(p) or True)
    qtbot.addWidget(dlg)
    assert dlg.number_edit.text() == "415-KH/BDVTU" and dlg.date_edit.text() == "15/04/2021"
    dlg.files_list.setCurrentRow(0)
    dlg.open_file_button.click()
    assert opened and opened[0].name == "Bản chụp.pdf" and opened[0].read_bytes() == scan.read_bytes()
    answers.yes = False  # an executable is never launched; the folder only when the user says so
    dlg.files_list.setCurrentRow(1)
    dlg.open_attachment()
    assert answers.asked[-1][1] == "Mở thư mục chứa" and len(opened) == 1
    dlg.remove_file_button.click()
    checked = [dlg.decisions_list.item(i) for i in range(dlg.decisions_list.count())
               if dlg.decisions_list.item(i).checkState() == Qt.CheckState.Checked]
    assert len(checked) == 2
    checked[0].setCheckState(Qt.CheckState.Unchecked)
    dlg.summary_edit.setPlainText("Kế hoạch (sửa)")
    assert dlg.save() == doc.id
    assert store.documents.get(doc.id).summary == "Kế hoạch (sửa)"
    assert [a.file_name for a in store.attachments.list_for(AttachmentOwner.DIRECTIVE_DOCUMENTS, doc.id)] == [
        "Bản chụp.pdf"]
    assert len(store.documents.decision_ids(doc.id)) == 1


def test_delete_goes_to_the_trash_after_confirmation(qtbot, store, answers):
    docs = _docs(store)
    page = DocumentsPage(store)
    qtbot.addWidget(page)
    page.select_id(docs[1].id)
    answers.yes = False
    assert page.trash_selected() == 0
    assert answers.asked[-1][:2] == ("confirm", "Chuyển vào thùng rác") and "11-CT/TU" in answers.asked[-1][2]
    assert store.documents.get(docs[1].id).number == "11-CT/TU"
    answers.yes = True
    page.select_id(docs[1].id)
    assert page.toolbar.actions_by_key["delete"].isEnabled()
    page.toolbar.actions_by_key["delete"].trigger()
    assert [d.number for d in page.model.docs] == ["175-TB/VPTU", "415-KH/BDVTU"]
    assert any(t.table_name == "directive_documents" and t.row_id == docs[1].id for t in store.trash.list())


def test_export_is_the_list_as_shown(qtbot, store, tmp_path, answers):
    _docs(store)
    page = DocumentsPage(store)
    qtbot.addWidget(page)
    page.phase_combo.setCurrentIndex(page.phase_combo.findData(store.phases.by_code("2021-2025").id))
    path = page.export_xlsx(tmp_path / "vb.xlsx")
    ws = openpyxl.load_workbook(path).active
    rows = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0][0] == "Số, ký hiệu"
    assert rows[1:] == [[page.model.index(r, c).data() for c in range(page.model.columnCount())]
                        for r in range(page.model.rowCount())]
    assert [r[0] for r in rows[1:]] == ["175-TB/VPTU", "415-KH/BDVTU"]


def test_in_the_main_window_a_save_through_the_runner_refreshes_the_page(qtbot, demo_store, tmp_path, answers):
    w = MainWindow(demo_store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    page = w.pages["documents"]
    assert isinstance(page, DocumentsPage)
    w.ui.navList.setCurrentRow([k for k in w.pages].index("documents"))
    before = page.model.rowCount()
    dlg = page.add_new()
    dlg.number_edit.setText("99-KH/BDVTU")
    dlg.date_edit.setText("10/01/2026")
    assert dlg.save() is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)
    assert page.selected_ids() == [demo_store.documents.search("99-KH")[0].id]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the selected document
    qtbot.waitUntil(lambda: any(isinstance(c, DocumentDialog) and c.isVisible() and c.doc_id is not None
                                for c in page.findChildren(DocumentDialog)), timeout=2000)
    for c in page.findChildren(DocumentDialog):
        c.reject()
    w.delete_selected()  # Del acts on the page on screen
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=3000)
    w.close()
