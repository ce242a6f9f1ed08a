"""The import wizard drives the real widgets: file → mapping → preview → import → result."""

from __future__ import annotations

import threading

import import_sheets as S
import openpyxl
import pytest

from dvdesk.store.backup import content_checksum
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, ImportWizard

WAIT = 30_000


@pytest.fixture
def asked():
    answers: list[tuple[str, str, str]] = []
    Asker.answer = lambda kind, title, text: answers.append((kind, title, text)) or True
    yield answers
    Asker.answer = None


def _idle(qtbot, wizard):
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT)


def _wizard(qtbot, store, path, kind="initiatives", saves=None):
    saves = saves if saves is not None else []
    w = ImportWizard(store, kind=kind, choose_open=lambda: str(path),
                     choose_save=lambda suggested, title: saves.pop(0) if saves else "")
    qtbot.addWidget(w)
    w.show()
    return w


def test_wizard_imports_an_office_list(qtbot, store, tmp_path, asked):
    ids = S.seed_units(store)
    path = S.layout_a(tmp_path / "a.xlsx")
    w = _wizard(qtbot, store, path)
    u = w.ui
    qtbot.mouseClick(u.browseButton, qtbot_left())
    _idle(qtbot, w)
    assert u.sheetCombo.currentData() == "DS mô hình 2025"
    qtbot.mouseClick(u.nextButton, qtbot_left())
    _idle(qtbot, w)
    assert u.pages.currentIndex() == PAGE_MAPPING
    assert "8, 9" in u.headerInfoLabel.text()
    assert w.combos[1].currentData() == "name" and w.combos[2].currentData() == "unit"
    assert w.combos[6].currentData() == "recognition_date"
    before = content_checksum(store.conn)
    qtbot.mouseClick(u.nextButton, qtbot_left())
    _idle(qtbot, w)
    assert u.pages.currentIndex() == PAGE_PREVIEW
    assert "Sẽ thêm mới:</b> 6" in u.countsLabel.text()
    assert u.previewTable.rowCount() == 6
    assert "Xã Phú Lợi" in u.warningsText.toPlainText()
    assert content_checksum(store.conn) == before  # the preview wrote nothing
    with qtbot.waitSignal(w.imported, timeout=WAIT) as sig:
        qtbot.mouseClick(u.importButton, qtbot_left())
    _idle(qtbot, w)
    assert u.pages.currentIndex() == PAGE_RESULT
    assert sig.args[0].added == 6 and "Đã thêm mới 6" in u.resultLabel.text()
    assert store.scalar("SELECT count(*) FROM initiatives") == 6
    assert store.scalar("SELECT unit_id FROM initiatives WHERE name LIKE 'Dòng họ%'") == ids["vhh"]
    assert w.result is sig.args[0] and not asked  # no rejected rows: nothing to confirm


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_user_corrects_the_column_mapping(qtbot, store, tmp_path, asked):
    S.seed_units(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung sáng kiến", "Đơn vị", "Năm"])  # "Nội dung sáng kiến" is not a known header
    ws.append([1, "Sáng kiến vận động hiến đất", "Tỉnh ủy An Giang", 2024])
    ws.append([2, "Sáng kiến thắp sáng đường quê", "Xã Vĩnh Hòa Hưng", 2025])
    path = tmp_path / "sang-kien.xlsx"
    wb.save(path)
    w = _wizard(qtbot, store, path)
    u = w.ui
    w.open_file(path)
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    # "Nội dung" was taken as the methods column; the clerk says it is the name
    combo = w.combos[1]
    combo.setCurrentIndex(combo.findData("name"))
    w.next_step()
    _idle(qtbot, w)
    assert u.pages.currentIndex() == PAGE_PREVIEW and w.preview.added == 2, w.preview.summary()
    w.start_import()
    _idle(qtbot, w)
    names = {r[0] for r in store.conn.execute("SELECT name FROM initiatives")}
    assert names == {"Sáng kiến vận động hiến đất", "Sáng kiến thắp sáng đường quê"}


def test_awards_with_rejections_are_confirmed_and_saved(qtbot, store, tmp_path, asked):
    S.seed_units(store)
    path = S.layout_d(tmp_path / "d.xlsx")
    saves = [str(tmp_path / "loi.xlsx"), str(tmp_path / "mau.xlsx")]
    w = _wizard(qtbot, store, path, kind="awards", saves=saves)
    u = w.ui
    w.open_file(path)
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    assert u.decisionBox.isVisible()
    w.next_step()
    _idle(qtbot, w)
    assert len(w.preview.rejected) == 4 and u.saveRejectedButton.isVisible()
    first = u.previewTable.item(0, 1).text()
    assert first == "Từ chối"  # rejected rows are listed first
    qtbot.mouseClick(u.saveRejectedButton, qtbot_left())
    rows = list(openpyxl.load_workbook(tmp_path / "loi.xlsx").active.iter_rows(values_only=True))
    assert rows[1][-1] == "Lý do" and len(rows) == 6
    # a form the catalog lacks is named first; declining keeps its rows refused (never filed elsewhere)
    Asker.answer = lambda kind, title, text: asked.append((kind, title, text)) or "chưa có" not in title
    w.start_import()
    _idle(qtbot, w)
    assert asked[0][1] == "Hình thức khen thưởng chưa có trong danh mục" and "Thủ tướng" in asked[0][2]
    assert asked[1][0] == "confirm" and "4 dòng bị từ chối" in asked[1][2]
    assert store.scalar("SELECT count(*) FROM awards") == 3
    # the blank template for the current kind can be saved from the first page
    w._show(0)
    w.save_template()
    ws = openpyxl.load_workbook(tmp_path / "mau.xlsx")["Danh sách"]
    assert "Tên tập thể, cá nhân (*)" in [c.value for c in ws[4]]


def test_award_decision_typed_in_the_wizard(qtbot, store, tmp_path, asked):
    S.seed_units(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích"])
    ws.append(["I. TẬP THỂ"])
    ws.append([1, "Hội Nông dân tỉnh An Giang", None, "Xuất sắc"])
    ws.append(["II. CÁ NHÂN"])
    ws.append([1, "Nguyễn Văn An", "Trưởng ấp, Xã Vĩnh Hòa Hưng", "Xuất sắc"])
    path = tmp_path / "khong-qd.xlsx"
    wb.save(path)
    w = _wizard(qtbot, store, path, kind="awards")
    u = w.ui
    w.open_file(path)
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    u.decisionNumberEdit.setText("7-QĐ/BTGDVTU")
    u.decisionDateEdit.setText("15/10/2025")
    u.formCombo.setCurrentIndex(u.formCombo.findData("GK_BDV_TINH"))
    w.next_step()
    _idle(qtbot, w)
    assert w.preview.added == 2, w.preview.summary()
    w.start_import()
    _idle(qtbot, w)
    (d,) = store.decisions.by_number("7-QĐ/BTGDVTU")
    amounts = sorted(a.amount for a in store.awards.for_decision(d.id))
    assert amounts == [710_000, 1_410_000]


def test_bad_file_is_explained(qtbot, store, tmp_path, asked):
    path = S.xls_file(tmp_path / "cu.xls")
    w = _wizard(qtbot, store, path)
    w.browse()
    _idle(qtbot, w)
    assert asked and asked[0][0] == "error" and ".xlsx" in asked[0][2]
    assert w.ui.sheetCombo.count() == 0 and not w.ui.nextButton.isEnabled()


def test_cancel_during_import_leaves_the_database_as_before(qtbot, store, tmp_path, asked, monkeypatch):
    from dvdesk.store import backup

    S.seed_units(store)
    path = S.layout_a(tmp_path / "a.xlsx")
    w = _wizard(qtbot, store, path)
    w.open_file(path)
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    before = content_checksum(store.conn)
    go_on = threading.Event()
    real_backup = backup.backup_database

    def slow_backup(*a, **k):  # the import is still backing up when the clerk presses "Hủy"
        go_on.wait(10)
        return real_backup(*a, **k)

    monkeypatch.setattr(backup, "backup_database", slow_backup)
    w.start_import()
    assert w.busy and w.ui.cancelButton.isVisible()
    w.close()  # closing while busy cancels instead of closing
    assert w.isVisible()
    go_on.set()
    _idle(qtbot, w)
    assert "Đã hủy" in w.ui.statusLabel.text()
    assert content_checksum(store.conn) == before
    assert w.ui.pages.currentIndex() == PAGE_PREVIEW and w.ui.importButton.isEnabled()


def test_unknown_form_confirmed_in_the_wizard_is_created_and_mapping_shows_evidence(qtbot, store, tmp_path, asked):
    from pathlib import Path

    from dvdesk.domain.entities import Unit

    S.seed_units(store)
    store.units.create(Unit(name="Hội Liên hiệp Phụ nữ xã Vĩnh Hòa", level="xa"))
    sheets = Path(__file__).parent / "data" / "sheets"
    path = sheets / "c05-bang-khen-btv-tinh-uy.xlsx"
    w = _wizard(qtbot, store, path, kind="awards")
    w.open_file(path)
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    w.next_step()
    _idle(qtbot, w)
    assert len(w.preview.rejected) == 3 and w.preview.missing_forms == ["Bằng khen của Ban Thường vụ Tỉnh ủy"]
    assert w.ui.importButton.isEnabled()  # nothing to add yet, but the form can be confirmed
    w.start_import()  # asked: create the form? yes -> a new preview
    _idle(qtbot, w)
    assert w.ui.createFormsCheck.isChecked() and not w.preview.rejected
    assert "Bằng khen của Ban Thường vụ Tỉnh ủy" in w.ui.warningsText.toPlainText()
    w.start_import()
    _idle(qtbot, w)
    assert store.scalar("SELECT count(*) FROM awards") == 3
    assert store.scalar("SELECT signer_name FROM decisions") == "Nguyễn Thanh Bình"
    # the mapping step shows why each column got its field
    w2 = _wizard(qtbot, store, sheets / "c02-tieu-de-gay-nham.xlsx")
    w2.open_file(sheets / "c02-tieu-de-gay-nham.xlsx")
    _idle(qtbot, w2)
    w2.next_step()
    _idle(qtbot, w2)
    texts = [w2.ui.mappingTable.item(r, 4).text() for r in range(w2.ui.mappingTable.rowCount())]
    assert any(t.startswith("theo giá trị (xếp loại") for t in texts), texts
    w2.resize(1366, 768)
    w2.show()
    w2.grab().save(str(tmp_path / "mapping.png"))
