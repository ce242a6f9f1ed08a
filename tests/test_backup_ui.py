"""The backups screen, the audit screen, and the start-up path of the app (lock, integrity check
with the offer to restore, automatic backups), driven through the real widgets."""

from __future__ import annotations

import errno
import getpass
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dvdesk.store import backup as bk
from dvdesk.store.db import open_store
from dvdesk.ui.dialogs import Asker

DATA = Path(__file__).parent / "data"


class Answers:
    """Records every question and answers confirmations with ``yes``."""

    def __init__(self, yes: bool = True):
        self.yes = yes
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, kind, title, text):
        self.asked.append((kind, title, text))
        return self.yes if kind == "confirm" else None

    def kinds(self) -> list[str]:
        return [k for k, _, _ in self.asked]


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(Asker, "answer", a)
    return a


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "dv.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", path)
    return path


@pytest.fixture
def store(db):
    s = open_store(db)
    yield s
    s.close()


def checksum(path: Path) -> str:
    c = sqlite3.connect(path)
    try:
        return bk.content_checksum(c)
    finally:
        c.close()


@pytest.fixture
def page(qtbot, store):
    from dvdesk.ui.views.backup_page import BackupPage

    p = BackupPage(store)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitUntil(lambda: not p.listing, timeout=5000)
    return p


def _wait_idle(qtbot, page):
    qtbot.waitUntil(lambda: not page.busy and not page.listing, timeout=10_000)


def test_backup_now_lists_date_size_counts(qtbot, page, store, answers):
    assert page.ui.table.rowCount() == 0 and "Chưa có" in page.ui.countLabel.text()
    assert not page.ui.restoreButton.isEnabled()
    with qtbot.waitSignal(page.backupFinished, timeout=10_000) as sig:
        page.ui.backupNowButton.click()
    _wait_idle(qtbot, page)
    info = sig.args[0]
    assert info.path.parent == store.path.with_name("dv-backups") and bk.verify_backup(info.path, deep=True)
    assert answers.kinds() == ["inform"] and str(info.path) in answers.asked[0][2]
    t = page.ui.table
    assert t.rowCount() == 1
    row = [t.item(0, c).text() for c in range(t.columnCount())]
    assert row[1] == "Sao lưu ngay" and row[3] == "50" and row[4] == "20" and row[7] == info.path.name
    assert row[2].endswith("KB") or row[2].endswith("MB")
    assert row[0] == info.created.strftime("%d/%m/%Y %H:%M")
    assert page.ui.restoreButton.isEnabled() and not page.ui.warningLabel.isVisible()


def test_restore_asks_with_date_then_restores_and_signals(qtbot, page, store, answers):
    with qtbot.waitSignal(page.backupFinished, timeout=10_000):
        page.backup_now()
    _wait_idle(qtbot, page)
    before = checksum(store.path)
    store.initiatives.delete(store.scalar("SELECT min(id) FROM initiatives"))
    assert store.initiatives.count() == 49
    page.ui.table.selectRow(0)
    answers.yes = False
    page.ui.restoreButton.click()
    assert answers.asked[-1][0] == "confirm" and not page.busy
    assert store.initiatives.count() == 49  # declined: nothing done
    answers.yes = True
    with qtbot.waitSignal(page.restored, timeout=10_000) as sig:
        page.ui.restoreButton.click()
    kind, _title, text = answers.asked[-2]
    assert kind == "confirm" and "lập lúc" in text and "50 mô hình" in text and "sao lưu trước" in text
    previous = sig.args[0]
    assert previous.reason == "truoc-khoi-phuc"
    assert store.initiatives.count() == 50  # the open store sees the restored data
    assert checksum(store.path) == before
    _wait_idle(qtbot, page)
    assert page.ui.table.rowCount() == 2  # + the backup of the state before the restore


def test_backup_folder_choice_and_unreachable_warning(qtbot, page, store, answers, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    page.ask_folder = lambda: str(usb)
    page.ui.chooseFolderButton.click()
    _wait_idle(qtbot, page)
    assert store.settings.get("backup_dir") == str(usb)
    assert str(usb) in page.ui.folderLabel.text() and not page.ui.warningLabel.isVisible()
    assert page.ui.defaultFolderButton.isEnabled()
    shutil.rmtree(usb)  # the stick is unplugged
    page.refresh()
    _wait_idle(qtbot, page)
    assert page.ui.warningLabel.isVisible() and "ổ USB chưa cắm" in page.ui.warningLabel.text()
    with qtbot.waitSignal(page.backupFinished, timeout=10_000) as sig:
        page.backup_now()
    _wait_idle(qtbot, page)
    assert sig.args[0].path.parent == store.path.with_name("dv-backups")  # fallback, never lost
    assert "thư mục mặc định" in answers.asked[-1][2]
    assert page.ui.table.rowCount() == 1  # the fallback backup is listed too
    # a folder that does not exist is refused with a message, the setting stays
    page.ask_folder = lambda: str(tmp_path / "khong-co")
    page.choose_folder()
    assert answers.asked[-1][0] == "error" and store.settings.get("backup_dir") == str(usb)
    page.ui.defaultFolderButton.click()
    _wait_idle(qtbot, page)
    assert store.settings.get("backup_dir") == "" and not page.ui.warningLabel.isVisible()


def test_restore_from_another_file(qtbot, page, store, answers, tmp_path):
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", other)
    with open_store(other) as s:
        s.conn.execute("DELETE FROM awards")
    info = bk.backup_database(other, tmp_path / "elsewhere" / "x.dvbak")
    page.ask_backup_file = lambda: str(info.path)
    with qtbot.waitSignal(page.restored, timeout=10_000):
        page.ui.restoreFileButton.click()
    assert store.scalar("SELECT count(*) FROM awards") == 0
    _wait_idle(qtbot, page)


def test_failed_restore_reports_and_keeps_data(qtbot, page, store, answers, tmp_path):
    bad = tmp_path / "hong.dvbak"
    bad.write_bytes(b"not a backup")
    before = checksum(store.path)
    page.restore_from(bad)
    _wait_idle(qtbot, page)
    assert answers.kinds()[-1] == "error" and "không phải là bản sao lưu hợp lệ" in answers.asked[-1][2]
    assert checksum(store.path) == before


# -- audit screen --------------------------------------------------------------------------------------
def _edits(store):
    i = store.initiatives.get(store.scalar("SELECT min(id) FROM initiatives"))
    i.name = "Tên mới sau khi sửa"
    store.initiatives.update(i)
    store.initiatives.delete(i.id)
    return i


def test_audit_model_and_page(qtbot, qtmodeltester, store, answers):
    from dvdesk.store.audit import audit_query
    from dvdesk.ui.views.audit_page import AuditPage, AuditTableModel

    i = _edits(store)
    model = AuditTableModel()
    model.set_entries(audit_query(store))
    qtmodeltester.check(model)
    page = AuditPage(store)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    first = [page.model.index(0, c).data() for c in range(7)]
    assert first[1] == getpass.getuser() and first[2] == "Xóa (vào thùng rác)" and first[3] == "Mô hình, điển hình"
    assert first[4] == str(i.id) and first[5].endswith("Tên mới sau khi sửa")
    page.ui.table.selectRow(1)
    assert "→  Tên mới sau khi sửa" in page.ui.detailText.toPlainText()
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("update"))
    assert page.model.rowCount() == 1
    page.clear_filters()
    assert page.model.rowCount() == 2
    history = AuditPage(store, table="initiatives", row_id=i.id)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 2 and "mã số" in history.ui.titleLabel.text()


def test_audit_export_and_locked_target(qtbot, store, answers, tmp_path, monkeypatch):
    from dvdesk.services import files
    from dvdesk.ui.views.audit_page import AuditPage

    _edits(store)
    page = AuditPage(store)
    qtbot.addWidget(page)
    target = tmp_path / "nhat-ky.xlsx"
    target.write_bytes(b"old file open in Excel")
    real_replace = files.os.replace
    calls = []

    def locked_once(src, dst):
        calls.append(dst)
        if len(calls) == 1:
            raise PermissionError(errno.EACCES, "being used by another process")
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", locked_once)
    page.ask_save_path = lambda: str(target)
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: len(calls) == 2 and not page.exporting, timeout=10_000)
    assert [k for k, _, _ in answers.asked] == ["confirm", "inform"]
    assert "đang được mở" in answers.asked[0][2] and "nhat-ky (2).xlsx" in answers.asked[0][2]
    assert target.read_bytes() == b"old file open in Excel"
    rows = list(load_workbook(tmp_path / "nhat-ky (2).xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][2] == "Xóa (vào thùng rác)"


# -- start-up: lock, integrity, automatic backups -----------------------------------------------------
def test_second_instance_is_told_who_has_it_open(qapp, db, answers):
    from dvdesk.app import open_database
    from dvdesk.store.lock import DbLock

    with DbLock(db):
        assert open_database(db) is None
    kind, title, text = answers.asked[0]
    assert kind == "error" and "đang được mở" in title
    assert socket.gethostname() in text and getpass.getuser() in text
    opened = open_database(db)
    assert opened is not None
    store, lock = opened
    store.close()
    lock.release()


def _corrupt(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for offset in range(4096 * 2, size - 4096, 4096 * 2):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 1024)


def test_damaged_database_offers_latest_good_backup(qapp, db, answers):
    from dvdesk.app import open_database

    open_store(db).close()
    expected = checksum(db)
    good = bk.backup_database(db)
    _corrupt(db)
    damaged = db.read_bytes()
    answers.yes = False
    assert open_database(db) is None
    kind, _t, text = answers.asked[0]
    assert kind == "confirm" and "bị hỏng" in text and good.created.strftime("%H:%M ngày %d/%m/%Y") in text
    assert answers.asked[1][0] == "error" and db.read_bytes() == damaged  # declined: untouched
    answers.yes = True
    opened = open_database(db)
    assert opened is not None
    store, lock = opened
    try:
        assert store.initiatives.count() == 50
    finally:
        store.close()
        lock.release()
    assert checksum(db) == expected
    kept = list(db.parent.glob("dv.hong-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_damaged_database_without_backup_is_not_opened(qapp, db, answers):
    from dvdesk.app import open_database

    _corrupt(db)
    damaged = db.read_bytes()
    assert open_database(db) is None
    assert answers.kinds() == ["error"] and "Không tìm thấy bản sao lưu tốt" in answers.asked[0][2]
    assert db.read_bytes() == damaged


def test_auto_backup_daily_and_on_close(qtbot, store, answers):
    from dvdesk.app import AutoBackup

    auto = AutoBackup(store, check_ms=3_600_000, first_ms=-1)
    with qtbot.waitSignal(auto.done, timeout=10_000) as sig:
        auto.run_if_due()
    qtbot.waitUntil(lambda: not auto.running)
    first = sig.args[0].info
    assert first.reason == "tu-dong"
    auto.run_if_due()  # not due again today: nothing written
    qtbot.waitUntil(lambda: not auto.running)
    assert len(bk.list_backups(first.path.parent, store.path)) == 1
    assert auto.on_close().info is None  # nothing changed since: skipped
    assert auto.on_close() is None  # once only
    store.settings.set("x", 1)
    closing = AutoBackup(store, first_ms=-1).on_close()
    assert closing.info.reason == "khi-dong"
    assert len(bk.list_backups(first.path.parent, store.path)) == 2
