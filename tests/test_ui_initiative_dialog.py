"""The registration dialog of a mô hình / điển hình, driven through its widgets."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from dvdesk.domain import catalog
from dvdesk.domain.entities import Initiative, Unit
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.initiative_dialog import InitiativeDialog, StatusChangeDialog

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _asker():
    """Every question is recorded; the answer is what the test puts in ``answers`` (default: yes)."""
    asked: list[tuple[str, str, str]] = []
    state = {"answer": True}

    def answer(kind, title, text):
        asked.append((kind, title, text))
        return state["answer"]

    Asker.answer = answer
    yield type("A", (), {"asked": asked, "state": state})
    Asker.answer = None


@pytest.fixture
def units(store):
    """A small province: a current commune, a district closed on 30/6/2025 and its old commune."""
    blocks = {b.code: b.id for b in store.blocks.list()}
    tinh = store.units.create(Unit("Tỉnh ủy An Giang", "tinh", block_id=blocks["DANG"], precedence=1))
    huyen = store.units.create(Unit("Huyện ủy Tân Châu", "huyen", parent_id=tinh.id, block_id=blocks["DANG"],
                                    valid_to=date(2025, 6, 30), precedence=5))
    old_xa = store.units.create(Unit("Xã Vĩnh Hòa", "xa", parent_id=huyen.id, block_id=blocks["KDC"],
                                     valid_to=date(2025, 6, 30), precedence=10))
    xa = store.units.create(Unit("Xã Vĩnh Hòa", "xa", parent_id=tinh.id, block_id=blocks["KDC"],
                                 valid_from=date(2025, 7, 1), precedence=10))
    hoi = store.units.create(Unit("Hội Nông dân tỉnh An Giang", "tinh", block_id=blocks["MTDT"], precedence=3))
    return {"tinh": tinh, "huyen": huyen, "old_xa": old_xa, "xa": xa, "hoi": hoi, "blocks": blocks}


def type_text(qtbot, widget, text: str) -> None:
    """Type like a clerk: ASCII through ``qtbot.keyClicks``; Vietnamese letters arrive the way Unikey
    sends them, as key events carrying the composed character (QTest only knows Latin-1 keys)."""
    for run in re.findall(r"[ -~]+|[^ -~]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
            continue
        for ch in run:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _open(qtbot, store, initiative_id=None, **kwargs) -> InitiativeDialog:
    dlg = InitiativeDialog(store, initiative_id, **kwargs)
    qtbot.addWidget(dlg)
    with qtbot.waitActive(dlg):  # shortcuts (Ctrl+S, Ctrl+Enter) need the active window
        dlg.show()
        dlg.activateWindow()
    return dlg


def _saved(store, units, **overrides) -> Initiative:
    phase = store.phases.for_year(TODAY.year)
    i = Initiative(name="Mô hình “Dân vận khéo” hiến đất làm đường", unit_id=units["xa"].id, phase_id=phase.id,
                   year=TODAY.year, registered_on=TODAY)
    for k, v in overrides.items():
        setattr(i, k, v)
    return store.initiatives.create(i)


def _choose_unit(qtbot, dlg, typed: str) -> None:
    picker = dlg.ui.unitPicker
    picker.combo.setFocus()
    picker.combo.lineEdit().selectAll()
    qtbot.keyClicks(picker.combo.lineEdit(), typed)
    popup = picker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _audit_count(store) -> int:
    return store.scalar("SELECT count(*) FROM audit_log")


# ------------------------------------------------------------------------------------------------
def test_new_record_defaults(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    assert u.yearSpin.value() == TODAY.year
    assert u.phaseCombo.currentData() == store.phases.for_year(TODAY.year).id
    assert u.registeredOnEdit.date() == TODAY
    assert u.kindModelRadio.isChecked() and u.subjectCollectiveRadio.isChecked()
    assert not u.personNameEdit.isEnabled() and not u.personPositionEdit.isEnabled()
    for tab in (u.tabStatus, u.tabAttachments, u.tabHistory):
        assert not u.tabs.isTabEnabled(u.tabs.indexOf(tab))
    assert not dlg.is_dirty()
    # only units in force today are offered: the closed district and its commune are not
    offered = u.unitPicker.offered_ids()
    assert units["xa"].id in offered and units["huyen"].id not in offered and units["old_xa"].id not in offered


def test_create_through_the_widgets(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    saved = []
    dlg.saved.connect(saved.append)
    type_text(qtbot, u.nameEdit, "Mô hình “Dân vận khéo” hiến đất làm đường")
    _choose_unit(qtbot, dlg, "xa vinh hoa")
    assert u.unitPicker.unit_id() == units["xa"].id
    assert u.blockCombo.currentData() == units["blocks"]["KDC"]  # the unit's block by default
    u.fieldCombo.setCurrentIndex(u.fieldCombo.findText("Kinh tế"))
    type_text(qtbot, u.tagsEdit, "nông thôn mới, giao thông")
    type_text(qtbot, u.situationEdit, "Đường ấp lầy lội mùa mưa.")
    type_text(qtbot, u.areaEdit, "Ấp Phú Hòa")
    type_text(qtbot, u.leadForceEdit, "Ban Dân vận xã")
    qtbot.keyClicks(u.budgetEdit, "7020000")
    assert u.budgetEdit.text() == "7.020.000"
    qtbot.keyClicks(u.workdaysEdit, "1200")
    qtbot.keyClicks(u.startDateEdit, "1/3/2026")
    type_text(qtbot, u.outputsEdit, "2 km đường bê tông")
    u.replicationSpin.setValue(2)
    assert dlg.is_dirty()
    assert "*" in dlg.windowTitle()

    qtbot.keyClick(u.nameEdit, Qt.Key.Key_S, CTRL)  # Ctrl+S
    assert len(saved) == 1, dlg.errors_shown()
    i = store.initiatives.get(saved[0])
    assert i.name == "Mô hình “Dân vận khéo” hiến đất làm đường"
    assert i.unit_id == units["xa"].id and i.unit_name == "Xã Vĩnh Hòa"
    assert i.block_id == units["blocks"]["KDC"]
    assert i.field_id == store.fields.by_code("KT").id
    assert (i.kind, i.subject_kind, i.year, i.registered_on) == ("mo_hinh", "tap_the", TODAY.year, TODAY)
    assert (i.budget, i.workdays, i.start_date, i.replication_count) == (7_020_000, 1200, date(2026, 3, 1), 2)
    assert (i.situation, i.area, i.lead_force, i.outputs) == ("Đường ấp lầy lội mùa mưa.", "Ấp Phú Hòa",
                                                              "Ban Dân vận xã", "2 km đường bê tông")
    assert i.tags == "nông thôn mới; giao thông"
    assert i.status == "dang_ky" and i.code.startswith(f"DVK-{TODAY.year}-")
    # after the first save: the record's tabs open, the form shows what was stored, nothing pending
    for tab in (u.tabStatus, u.tabAttachments, u.tabHistory):
        assert u.tabs.isTabEnabled(u.tabs.indexOf(tab))
    assert u.tagsEdit.text() == "nông thôn mới; giao thông"
    assert not dlg.is_dirty() and dlg.isVisible()
    assert i.code in u.headerLabel.text()
    assert store.initiatives.count() == 1


def test_pasted_nfd_text_is_stored_nfc(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    nfd = unicodedata.normalize("NFD", "Mô hình “Dân vận khéo” của Hội Phụ nữ")
    assert nfd != unicodedata.normalize("NFC", nfd)
    QApplication.clipboard().setText(nfd)
    u.nameEdit.setFocus()
    qtbot.keyClick(u.nameEdit, Qt.Key.Key_V, CTRL)
    QApplication.clipboard().setText(unicodedata.normalize("NFD", "Phụ nữ nghèo"))
    u.targetGroupEdit.setFocus()
    qtbot.keyClick(u.targetGroupEdit, Qt.Key.Key_V, CTRL)
    u.unitPicker.set_unit_id(units["hoi"].id)
    assert dlg.save()
    i = store.initiatives.get(dlg.initiative_id)
    assert i.name == "Mô hình “Dân vận khéo” của Hội Phụ nữ"
    assert unicodedata.is_normalized("NFC", i.name) and unicodedata.is_normalized("NFC", i.target_group)
    assert i.target_group == "Phụ nữ nghèo"


def test_validation_messages_next_to_fields_and_nothing_written(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    u.tabs.setCurrentIndex(u.tabs.indexOf(u.tabResources))
    qtbot.keyClicks(u.startDateEdit, "31/02/2026")
    before = _audit_count(store)
    assert dlg.save() is False
    shown = dlg.errors_shown()
    assert shown["name"] == "Chưa nhập tên mô hình, điển hình."
    assert shown["unit_id"] == "Chưa nhập đơn vị."
    assert "Ngày bắt đầu không hợp lệ" in shown["start_date"]
    assert store.initiatives.count() == 0 and _audit_count(store) == before
    # the first invalid field, on its tab, has the focus; each message sits right under its field
    assert u.tabs.currentWidget() is u.tabGeneral
    assert u.nameEdit.hasFocus()
    label = dlg._error_labels["name"]
    assert label.isVisibleTo(dlg)
    field_bottom = u.nameEdit.mapTo(dlg, u.nameEdit.rect().bottomLeft()).y()
    label_top = label.mapTo(dlg, label.rect().topLeft()).y()
    assert 0 <= label_top - field_bottom < 20
    assert label.mapTo(dlg, label.rect().topLeft()).x() == u.nameEdit.mapTo(dlg, u.nameEdit.rect().topLeft()).x()
    assert "3 chỗ cần sửa" in u.errorSummaryLabel.text()
    # typing into a field clears its message
    type_text(qtbot, u.nameEdit, "Mô hình A")
    assert "name" not in dlg.errors_shown() and "unit_id" in dlg.errors_shown()


def test_validation_on_a_later_tab_switches_to_it(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    type_text(qtbot, u.nameEdit, "Mô hình B")
    u.unitPicker.set_unit_id(units["xa"].id)
    qtbot.keyClicks(u.startDateEdit, "10/5/2026")
    qtbot.keyClicks(u.evaluationDateEdit, "1/5/2026")
    assert not dlg.save()
    assert dlg.errors_shown() == {"evaluation_date": "Thời điểm đánh giá không được trước ngày bắt đầu."}
    assert u.tabs.currentWidget() is u.tabResources
    assert u.evaluationDateEdit.hasFocus()
    assert store.initiatives.count() == 0


def test_repository_errors_shown_next_to_fields(qtbot, store, units):
    """Checks only the store can make (the year inside the phase) land under their field too."""
    dlg = _open(qtbot, store)
    u = dlg.ui
    type_text(qtbot, u.nameEdit, "Mô hình C")
    u.unitPicker.set_unit_id(units["hoi"].id)
    u.phaseCombo.setCurrentIndex(u.phaseCombo.findText("Giai đoạn 2021–2025"))
    assert not dlg.save()
    assert dlg.errors_shown()["year"] == f"Năm {TODAY.year} không thuộc giai đoạn 2021-2025."
    assert u.yearSpin.hasFocus()
    assert store.initiatives.count() == 0


def test_individual_needs_a_person(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    u.kindExemplarRadio.setChecked(True)
    u.subjectPersonRadio.setChecked(True)
    assert u.personNameEdit.isEnabled() and u.personPositionEdit.isEnabled()
    type_text(qtbot, u.nameEdit, "Điển hình Nguyễn Thị Lan")
    u.unitPicker.set_unit_id(units["hoi"].id)
    assert not dlg.save()
    assert dlg.errors_shown() == {"person_name": "Điển hình cá nhân phải có họ và tên."}
    assert u.personNameEdit.hasFocus()
    type_text(qtbot, u.personNameEdit, "Nguyễn Thị Lan")
    type_text(qtbot, u.personPositionEdit, "Chi hội trưởng Phụ nữ ấp")
    assert dlg.save()
    i = store.initiatives.get(dlg.initiative_id)
    assert (i.kind, i.subject_kind, i.person_name, i.person_position) == (
        "dien_hinh", "ca_nhan", "Nguyễn Thị Lan", "Chi hội trưởng Phụ nữ ấp")


def test_edit_and_history_tab(qtbot, store, units):
    i = _saved(store, units)
    dlg = _open(qtbot, store, i.id)
    u = dlg.ui
    assert not dlg.is_dirty()
    u.nameEdit.selectAll()
    type_text(qtbot, u.nameEdit, "Mô hình “Dân vận khéo” làm đường giao thông")
    qtbot.keyClicks(u.budgetEdit, "7020000")
    u.fieldCombo.setCurrentIndex(u.fieldCombo.findText("Văn hóa - xã hội"))
    qtbot.keyClick(u.nameEdit, Qt.Key.Key_S, CTRL)
    assert not dlg.is_dirty()
    stored = store.initiatives.get(i.id)
    assert stored.name == "Mô hình “Dân vận khéo” làm đường giao thông" and stored.budget == 7_020_000
    table = u.historyTable
    assert table.rowCount() == 2
    assert table.item(0, 2).text() == "Sửa" and table.item(1, 2).text() == "Đăng ký mới"
    assert table.item(0, 1).text() == store.user
    details = table.item(0, 3).text()
    assert ("Tên mô hình, điển hình: Mô hình “Dân vận khéo” hiến đất làm đường → "
            "Mô hình “Dân vận khéo” làm đường giao thông") in details
    assert "Kinh phí: 0 đồng → 7.020.000 đồng" in details
    assert "Lĩnh vực: (trống) → Văn hóa - xã hội" in details
    assert "search_text" not in details and "name_sort" not in details
    assert table.item(0, 0).text().startswith(TODAY.strftime("%d/%m/%Y"))
    assert i.code in table.item(1, 3).text()


def test_loading_existing_records_is_not_a_change(qtbot, demo_store):
    ids = [r[0] for r in demo_store.conn.execute("SELECT id FROM initiatives ORDER BY id LIMIT 400")][::40]
    for iid in ids:
        dlg = InitiativeDialog(demo_store, iid)
        qtbot.addWidget(dlg)
        assert not dlg.is_dirty(), iid
        i = demo_store.initiatives.get(iid)
        assert dlg.initiative() == i, iid  # the form holds every field exactly
        assert dlg.ui.unitPicker.unit_id() == i.unit_id
        dlg.close()
        dlg.deleteLater()


def test_dirty_tracking_asks_and_respects_the_answer(qtbot, store, units, _asker):
    dlg = _open(qtbot, store)
    dlg.reject()  # nothing typed: closes without asking
    assert not dlg.isVisible() and _asker.asked == []

    dlg = _open(qtbot, store)
    qtbot.keyClick(dlg.ui.nameEdit, Qt.Key.Key_Return)  # Enter in a field neither saves nor closes
    assert dlg.isVisible() and store.initiatives.count() == 0 and _asker.asked == []
    type_text(qtbot, dlg.ui.goalsEdit, "Mục tiêu")
    _asker.state["answer"] = False
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()
    assert _asker.asked[-1][:2] == ("confirm", "Bỏ thay đổi?")
    dlg.ui.closeButton.click()
    assert dlg.isVisible() and len(_asker.asked) == 2
    dlg.close()  # the window's X
    assert dlg.isVisible() and len(_asker.asked) == 3
    _asker.state["answer"] = True
    dlg.close()
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Rejected
    assert store.initiatives.count() == 0


def test_ctrl_enter_saves_and_closes(qtbot, store, units):
    i = _saved(store, units)
    dlg = _open(qtbot, store, i.id)
    type_text(qtbot, dlg.ui.noteEdit, "Đã kiểm tra thực tế.")
    qtbot.keyClick(dlg.ui.noteEdit, Qt.Key.Key_Return, CTRL)
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Accepted
    assert store.initiatives.get(i.id).note == "Đã kiểm tra thực tế."


def _status_runner(target: str, note: str = "", **fields):
    """An injected ``run_status_dialog``: checks the offer, fills the sub-dialog, presses the button."""
    seen = {}

    def run(dlg: StatusChangeDialog) -> int:
        offered = [dlg.target_combo.itemData(k) for k in range(dlg.target_combo.count())]
        seen["offered"] = offered
        assert offered == catalog.allowed_transitions(dlg.initiative.status)
        dlg.set_target(target)
        if note:
            dlg.note_edit.setPlainText(note)
        if "rating" in fields:
            dlg.rating_combo.setCurrentIndex(dlg.rating_combo.findData(fields["rating"]))
        if "level" in fields:
            dlg.level_combo.setCurrentIndex(dlg.level_combo.findData(fields["level"]))
        if "decision" in fields:
            dlg.decision_edit.setText(fields["decision"])
        if "on" in fields:
            dlg.date_edit.setDate(fields["on"])
        dlg.ok_button.click()
        seen["errors"] = dlg.errors()
        return dlg.result()

    run.seen = seen
    return run


def test_status_changes_along_the_lifecycle(qtbot, store, units):
    i = _saved(store, units)
    dlg = _open(qtbot, store, i.id)
    u = dlg.ui
    assert u.statusValueLabel.text() == "Đăng ký"
    steps = [
        ("tham_dinh", {}),
        ("phan_loai", {"rating": "kha"}),
        ("cong_nhan", {"level": "tinh", "decision": "12-QĐ/BDVTU", "on": date(2026, 10, 10)}),
        ("tieu_bieu", {}),
    ]
    for target, fields in steps:
        dlg.run_status_dialog = _status_runner(target, **fields)
        assert dlg.change_status(), dlg.run_status_dialog.seen
        assert u.statusValueLabel.text() == catalog.STATUSES[target]
    stored = store.initiatives.get(i.id)
    assert stored.status == "tieu_bieu" and stored.exemplary and stored.rating == "kha"
    assert (stored.recognition_level, stored.recognition_decision, stored.recognition_date) == (
        "tinh", "12-QĐ/BDVTU", date(2026, 10, 10))
    log = store.initiatives.status_log(i.id)
    assert [(r["from_status"], r["to_status"]) for r in log] == [
        (None, "dang_ky"), ("dang_ky", "tham_dinh"), ("tham_dinh", "phan_loai"), ("phan_loai", "cong_nhan"),
        ("cong_nhan", "tieu_bieu")]
    assert log[3]["changed_on"] == "2026-10-10"
    # the tab shows the log (newest first) and the recognition fields
    assert u.statusLogTable.rowCount() == 5
    assert u.statusLogTable.item(0, 2).text() == "Tiêu biểu"
    assert u.recognitionDecisionEdit.text() == "12-QĐ/BDVTU"
    assert u.recognitionLevelCombo.currentData() == "tinh"
    assert u.exemplaryValueLabel.text() == "Có"
    assert not dlg.is_dirty()
    assert any(u.historyTable.item(r, 2).text() == "Chuyển trạng thái" and "Trạng thái: Phân loại → Công nhận"
               in u.historyTable.item(r, 3).text() for r in range(u.historyTable.rowCount()))


def test_status_change_rules_in_the_sub_dialog(qtbot, store, units):
    i = _saved(store, units)
    dlg = _open(qtbot, store, i.id)
    # recognizing needs a level; stepping back or stopping needs a reason
    dlg.run_status_dialog = _status_runner("cong_nhan")
    assert not dlg.change_status()
    assert "recognition_level" in dlg.run_status_dialog.seen["errors"]
    dlg.run_status_dialog = _status_runner("dung")
    assert not dlg.change_status()
    assert dlg.run_status_dialog.seen["errors"] == {"note": "Hãy ghi lý do khi lùi trạng thái hoặc dừng mô hình."}
    dlg.run_status_dialog = _status_runner("dung", note="Đơn vị không tiếp tục thực hiện")
    assert dlg.change_status()
    assert store.initiatives.get(i.id).status == "dung"
    assert store.initiatives.status_log(i.id)[-1]["note"] == "Đơn vị không tiếp tục thực hiện"
    # from "Dừng" the only way is back to "Đăng ký"
    sub = StatusChangeDialog(store.initiatives.get(i.id))
    qtbot.addWidget(sub)
    assert [sub.target_combo.itemData(k) for k in range(sub.target_combo.count())] == ["dang_ky"]
    # the district level is not offered after 30/6/2025
    sub = StatusChangeDialog(_saved(store, units))
    qtbot.addWidget(sub)
    sub.set_target("cong_nhan")
    sub.date_edit.setDate(date(2026, 1, 5))
    assert sub.level_combo.findData("huyen") < 0
    sub.date_edit.setDate(date(2025, 3, 5))
    assert sub.level_combo.findData("huyen") >= 0


def test_status_change_saves_pending_edits_first(qtbot, store, units, _asker):
    i = _saved(store, units)
    dlg = _open(qtbot, store, i.id)
    type_text(qtbot, dlg.ui.methodsEdit, "Vận động nhân dân")
    _asker.state["answer"] = False
    dlg.run_status_dialog = _status_runner("tham_dinh")
    assert not dlg.change_status()
    assert store.initiatives.get(i.id).status == "dang_ky" and dlg.is_dirty()
    _asker.state["answer"] = True
    assert dlg.change_status()
    stored = store.initiatives.get(i.id)
    assert stored.status == "tham_dinh" and stored.methods == "Vận động nhân dân"
    assert dlg.ui.methodsEdit.toPlainText() == "Vận động nhân dân" and not dlg.is_dirty()


def test_attachments_add_open_remove(qtbot, store, units, tmp_path, _asker):
    i = _saved(store, units)
    photo = tmp_path / "Ảnh hiện trường.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 3000)
    scan = tmp_path / "Biên bản nghiệm thu.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    opened: list[Path] = []
    dlg = _open(qtbot, store, i.id, choose_files=lambda parent: [str(photo), str(scan)],
                open_file=lambda path: opened.append(path) or True)
    u = dlg.ui
    u.tabs.setCurrentWidget(u.tabAttachments)
    assert not u.removeFileButton.isEnabled()
    u.addFileButton.click()
    assert u.attachmentsTable.rowCount() == 2
    assert [u.attachmentsTable.item(r, 0).text() for r in range(2)] == ["Ảnh hiện trường.jpg", "Biên bản nghiệm thu.pdf"]
    assert u.attachmentsTable.item(0, 1).text() == "Ảnh" and u.attachmentsTable.item(1, 1).text() == "PDF"
    assert len(store.attachments.list_for("initiatives", i.id)) == 2
    assert "(2)" in u.tabs.tabText(u.tabs.indexOf(u.tabAttachments))

    u.attachmentsTable.selectRow(0)
    assert u.openFileButton.isEnabled() and u.removeFileButton.isEnabled()
    u.openFileButton.click()
    assert opened and opened[0].name == "Ảnh hiện trường.jpg"
    assert opened[0].read_bytes() == photo.read_bytes()

    _asker.state["answer"] = False
    u.removeFileButton.click()
    assert _asker.asked[-1][:2] == ("confirm", "Xóa tệp đính kèm?")
    assert len(store.attachments.list_for("initiatives", i.id)) == 2
    _asker.state["answer"] = True
    u.attachmentsTable.selectRow(0)
    u.removeFileButton.click()
    remaining = store.attachments.list_for("initiatives", i.id)
    assert [a.file_name for a in remaining] == ["Biên bản nghiệm thu.pdf"]
    assert u.attachmentsTable.rowCount() == 1
    assert any(t.label == "Ảnh hiện trường.jpg" for t in store.trash.list())
    actions = [u.historyTable.item(r, 2).text() for r in range(u.historyTable.rowCount())]
    assert actions.count("Thêm tệp đính kèm") == 2
    assert "Xóa tệp đính kèm (vào thùng rác)" in actions
    assert not dlg.is_dirty()  # attachments are saved at once, not with the form


def test_unit_choice_follows_the_registration_date(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    u.registeredOnEdit.selectAll()
    qtbot.keyClicks(u.registeredOnEdit, "15/03/2025")
    # the year (and its phase) follow the date; the units are those in force on it
    assert u.yearSpin.value() == 2025
    assert u.phaseCombo.currentText() == "Giai đoạn 2021–2025"
    offered = u.unitPicker.offered_ids()
    assert units["huyen"].id in offered and units["old_xa"].id in offered and units["xa"].id not in offered
    _choose_unit(qtbot, dlg, "tan chau")
    assert u.unitPicker.unit_id() == units["huyen"].id
    assert u.blockCombo.currentData() == units["blocks"]["DANG"]
    type_text(qtbot, u.nameEdit, "Mô hình cũ")
    assert dlg.save()
    i = store.initiatives.get(dlg.initiative_id)
    assert (i.unit_id, i.unit_name, i.year, i.registered_on) == (units["huyen"].id, "Huyện ủy Tân Châu", 2025,
                                                                 date(2025, 3, 15))
    # moved to today, the dissolved district stays chosen but is marked
    u.registeredOnEdit.setDate(TODAY)
    assert u.unitPicker.unit_id() == units["huyen"].id
    assert u.unitPicker.combo.currentText().endswith("(đã giải thể/hợp nhất)")


def test_block_follows_the_unit_until_chosen(qtbot, store, units):
    dlg = _open(qtbot, store)
    u = dlg.ui
    u.unitPicker.set_unit_id(units["hoi"].id)
    assert u.blockCombo.currentData() == units["blocks"]["MTDT"]
    u.blockCombo.setCurrentIndex(u.blockCombo.findData(units["blocks"]["DN"]))
    u.unitPicker.set_unit_id(units["xa"].id)
    assert u.blockCombo.currentData() == units["blocks"]["DN"]  # the clerk's choice wins


def test_fits_a_1366x768_screen(qtbot, store, units):
    dlg = _open(qtbot, store, _saved(store, units).id)
    hint = dlg.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40 - 31  # taskbar and title bar
    for k in range(dlg.ui.tabs.count()):
        dlg.ui.tabs.setCurrentIndex(k)
        assert dlg.minimumSizeHint().height() <= 697
