"""The settings screen (Cài đặt): agency profile with its live preview, validation, dirty state,
orders (tone order rebuilds the stored sort keys in a worker), folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl

from dvdesk.domain.entities import Award, Decision, Initiative, Unit
from dvdesk.domain.vntext import long_date_vn
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.settings_page import SettingsPage


@pytest.fixture
def answers(monkeypatch):
    calls = []
    monkeypatch.setattr(Asker, "answer", lambda kind, title, text: calls.append((kind, title, text)) or True)
    return calls


@pytest.fixture
def opened():
    return []


@pytest.fixture
def page(qtbot, store, tmp_path, opened):
    chooser_answers = []
    p = SettingsPage(store, folder_chooser=lambda parent, title, start: chooser_answers.pop(0),
                     url_opener=lambda url: opened.append(url) or True)
    p.chooser_answers = chooser_answers
    qtbot.addWidget(p)
    return p


def test_defaults_and_preview(page):
    ui = page.ui
    assert ui.parentBodyEdit.text() == "TỈNH ỦY AN GIANG"
    assert ui.signerAuthorityEdit.text() == "K/T TRƯỞNG BAN"
    assert ui.signerTitleEdit.text() == "PHÓ TRƯỞNG BAN"
    assert ui.styleCombo.currentText() == "Văn bản Đảng (HD 36-HD/VPTW)"
    assert page.preview_text(date(2026, 1, 5)) == (
        "TỈNH ỦY AN GIANG / BAN TUYÊN GIÁO VÀ DÂN VẬN / Số …-QĐ/BTGDVTU / An Giang, ngày 05 tháng 01 năm 2026")
    assert ui.previewLineLabel.text() == page.preview_text(date.today())
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in ui.previewRightLabel.text()
    # the state format changes the number line and the national heading, live
    ui.styleCombo.setCurrentIndex(ui.styleCombo.findData("state"))
    assert "Số: …/QĐ-BTGDVTU" in page.preview_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in ui.previewRightLabel.text()
    # not confirmed yet: "Lưu" is offered even without edits
    assert ui.saveButton.isEnabled()


def test_edit_agency_profile_and_save(page, store, qtbot, answers):
    ui = page.ui
    dirty = []
    page.dirtyChanged.connect(dirty.append)
    changed = []
    page.changed.connect(lambda: changed.append(1))
    ui.parentBodyEdit.setText("Tỉnh ủy Cà Mau")
    ui.issuingBodyEdit.setText("Ban Tuyên giáo và Dân vận")
    ui.symbolEdit.setText("BTGDVTU")
    ui.placeEdit.setText("Cà Mau")
    ui.signerNameEdit.setText("Nguyễn Văn Phích")
    assert page.is_dirty() and dirty == [True]
    assert "Có thay đổi chưa lưu" in ui.dirtyLabel.text()
    assert page.preview_text(date(2026, 2, 3)) == (
        "TỈNH ỦY CÀ MAU / BAN TUYÊN GIÁO VÀ DÂN VẬN / Số …-QĐ/BTGDVTU / Cà Mau, ngày 03 tháng 02 năm 2026")
    assert "Nguyễn Văn Phích" in ui.previewSignLabel.text()
    ui.saveButton.click()
    agency = store.settings.agency()
    assert agency["parent_body"] == "Tỉnh ủy Cà Mau"
    assert agency["place"] == "Cà Mau"
    assert agency["signer_name"] == "Nguyễn Văn Phích"
    assert agency["signer_authority"] == "K/T TRƯỞNG BAN" and agency["style"] == "party"
    assert agency["confirmed"] is True
    assert not page.is_dirty() and dirty == [True, False] and changed
    assert not ui.saveButton.isEnabled() and ui.dirtyLabel.text() == "Đã lưu"
    assert not answers


def test_validation_next_to_fields(page, store):
    ui = page.ui
    ui.issuingBodyEdit.setText("   ")
    ui.placeEdit.clear()
    assert not ui.issuingBodyError.isHidden() and "cơ quan ban hành" in ui.issuingBodyError.text()
    assert not ui.placeError.isHidden() and "địa danh" in ui.placeError.text()
    assert page.save() is False
    assert store.settings.agency()["issuing_body"] == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert "confirmed" not in (store.settings.get("agency") or {}) or not store.settings.get("agency")["confirmed"]
    ui.placeEdit.setText("An Giang")
    assert ui.placeError.isHidden()
    # the place line falls back gracefully in the preview
    assert page.preview_text(date(2026, 1, 5)).endswith(long_date_vn("An Giang", date(2026, 1, 5)))


def test_revert_and_ctrl_s(page, store, qtbot):
    ui = page.ui
    ui.signerNameEdit.setText("Lê Thị Hoa")
    ui.revertButton.click()
    assert ui.signerNameEdit.text() == "" and not page.is_dirty()
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    ui.signerNameEdit.setFocus()
    ui.signerNameEdit.setText("Trần Văn Nam")  # QTest types ASCII only
    qtbot.keyClick(ui.signerNameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: store.settings.agency()["signer_name"] == "Trần Văn Nam", timeout=2000)


def _names_by_person_sort(store) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT person_name FROM initiatives WHERE person_name <> '' ORDER BY person_sort")]


def test_tone_order_recomputes_sort_keys(page, store, qtbot):
    QThreadPool.globalInstance().waitForDone(10000)  # the shared pool is free for our job
    unit = store.units.create(Unit(name="Xã Bình An", level="xa"))
    phase = store.phases.by_code("2021-2025")
    for person in ("Nguyễn Văn Bá", "Nguyễn Văn Bả", "Nguyễn Văn Ba"):
        store.initiatives.create(Initiative(name=f"Điển hình {person}", unit_id=unit.id, phase_id=phase.id,
                                            year=2024, kind="dien_hinh", subject_kind="ca_nhan",
                                            person_name=person))
    form = store.award_forms.by_code("GK_BDV_TINH")
    dec = store.decisions.create(Decision(number="12-QĐ/BTGDVTU", signed_on=date(2025, 10, 10), form_id=form.id))
    for name in ("Lê Thị Bá", "Lê Thị Bả"):
        store.awards.create(Award(decision_id=dec.id, recipient_kind="ca_nhan", recipient_name=name))
    assert _names_by_person_sort(store) == ["Nguyễn Văn Ba", "Nguyễn Văn Bả", "Nguyễn Văn Bá"]
    assert [a.recipient_name for a in store.awards.for_decision(dec.id, "az")] == ["Lê Thị Bả", "Lê Thị Bá"]

    ui = page.ui
    ui.toneOrderCombo.setCurrentIndex(ui.toneOrderCombo.findData("alt"))
    assert "ba, bà, bá, bả" in ui.toneHintLabel.text()
    with qtbot.waitSignal(page.resortFinished, timeout=30000) as blocker:
        assert page.save()
        assert page.resort_running() and not ui.resortProgress.isHidden()
    assert blocker.args == [True]
    assert store.settings.tone_order() == "alt"
    assert _names_by_person_sort(store) == ["Nguyễn Văn Ba", "Nguyễn Văn Bá", "Nguyễn Văn Bả"]
    assert [a.recipient_name for a in store.awards.for_decision(dec.id, "az")] == ["Lê Thị Bá", "Lê Thị Bả"]
    assert not page.is_dirty() and ui.resortProgress.isHidden() and "5 tên" in ui.resortLabel.text()

    ui.toneOrderCombo.setCurrentIndex(ui.toneOrderCombo.findData("cldr"))
    with qtbot.waitSignal(page.resortFinished, timeout=30000):
        page.save()
    assert _names_by_person_sort(store) == ["Nguyễn Văn Ba", "Nguyễn Văn Bả", "Nguyễn Văn Bá"]


def test_orders_and_folders(page, store, tmp_path, opened, answers):
    ui = page.ui
    ui.nameOrderCombo.setCurrentIndex(ui.nameOrderCombo.findData("az"))
    ui.awardOrderCombo.setCurrentIndex(ui.awardOrderCombo.findData("manual"))
    assert ui.dataPathEdit.isReadOnly() and ui.dataPathEdit.text() == str(Path(store.path).resolve())
    ui.openDataButton.click()
    assert opened == [QUrl.fromLocalFile(str(Path(store.path).resolve().parent))]

    target = tmp_path / "Sao lưu dữ liệu"
    target.mkdir()
    page.chooser_answers.append(str(target))
    ui.chooseBackupButton.click()
    assert ui.backupDirEdit.text() == str(target)
    page.chooser_answers.append("")  # cancelled: nothing changes
    ui.chooseBackupButton.click()
    page.chooser_answers.append(str(tmp_path / "khong-ton-tai"))
    ui.chooseBackupButton.click()
    assert answers and answers[-1][0] == "error" and ui.backupDirEdit.text() == str(target)
    assert page.save()
    s = store.settings
    assert (s.get("name_order"), s.get("award_order"), s.get("backup_dir")) == ("az", "manual", str(target))
    assert s.tone_order() == "cldr"

    ui.defaultBackupButton.click()
    assert ui.backupDirEdit.text() == "" and "Mặc định:" in ui.backupDirEdit.placeholderText()
    page.save()
    assert s.get("backup_dir") == ""


def test_a_resort_that_finishes_at_once_is_not_lost(page, store, qtbot, monkeypatch):
    """The re-sort's job may be done before ``workers.start`` returns (a small database, a busy
    machine): its result still arrives, because the callbacks are connected before it starts."""
    import threading

    from dvdesk.ui import workers

    class DoneAtOncePool:
        @staticmethod
        def globalInstance():
            return DoneAtOncePool

        @staticmethod
        def start(job):
            t = threading.Thread(target=job.run)
            t.start()
            t.join()  # finished (its signals emitted) before start() returns

    monkeypatch.setattr(workers, "QThreadPool", DoneAtOncePool)
    page.ui.toneOrderCombo.setCurrentIndex(page.ui.toneOrderCombo.findData("alt"))
    with qtbot.waitSignal(page.resortFinished, timeout=5000) as blocker:
        assert page.save()
    assert blocker.args == [True]
    assert store.settings.tone_order() == "alt" and not page.resort_running()
