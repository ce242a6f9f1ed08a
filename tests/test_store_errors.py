"""The database in trouble: SQLite's errors come out in Vietnamese at the store's boundary, a
database another program holds is "in use" (never "damaged", never restored over), and a foreign
SQLite file is refused before anything touches it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dvdesk.domain.entities import Initiative, Unit
from dvdesk.domain.errors import SchemaError
from dvdesk.store import db as dbmod
from dvdesk.store.check import check_database
from dvdesk.store.db import open_store
from dvdesk.store.errors import DatabaseBusy, StorageError

ENGLISH = ("database", "locked", "disk", "full", "malformed", "readonly", "error")


def _no_english(text: str) -> None:
    low = text.lower()
    assert not any(w in low for w in ENGLISH), text


@pytest.fixture
def fast_busy(monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)


def _hold_exclusively(path):
    """Another program that keeps the database locked (exclusive locking mode, a write pending)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE settings SET value = value")
    return other


def test_a_foreign_sqlite_file_is_refused_before_it_is_touched(tmp_path):
    p = tmp_path / "khac.sqlite3"
    c = sqlite3.connect(p)
    c.execute("PRAGMA journal_mode = DELETE")
    c.execute("CREATE TABLE ke_toan (so INTEGER)")
    c.execute("INSERT INTO ke_toan VALUES (1)")
    c.commit()
    c.close()
    before = p.read_bytes()
    with pytest.raises(SchemaError, match="cơ sở dữ liệu SQLite khác"):
        open_store(p)
    assert p.read_bytes() == before  # not switched to WAL, not a byte changed
    assert not (tmp_path / "khac.sqlite3-wal").exists()
    c = sqlite3.connect(p)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    c.close()


def test_a_database_held_by_another_program_is_in_use_not_damaged(tmp_path, fast_busy):
    p = tmp_path / "dv.sqlite3"
    open_store(p, create=True).close()
    other = _hold_exclusively(p)
    try:
        report = check_database(p, quick=True, foreign_keys=False)
        assert report.busy and not report.damaged
        assert "đang được một chương trình khác sử dụng" in report.problems[-1]
        with pytest.raises(DatabaseBusy) as err:
            open_store(p)
        _no_english(str(err.value))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert check_database(p, quick=True).healthy  # released: it was never damaged


def test_a_write_while_another_program_writes_says_so_in_vietnamese(tmp_path, fast_busy):
    p = tmp_path / "dv.sqlite3"
    store = open_store(p, create=True)
    try:
        other = sqlite3.connect(p, isolation_level=None)  # another program in the middle of a write
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE settings SET value = value")
        try:
            with pytest.raises(DatabaseBusy) as err:
                store.fields.create("MT", "Môi trường")
            _no_english(str(err.value))
            assert not store.in_transaction
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.fields.create("MT", "Môi trường")  # and the store still works afterwards
    finally:
        store.close()


def test_disk_full_while_saving_is_a_vietnamese_refusal_and_nothing_is_half_written(store):
    unit = store.units.create(Unit(name="Xã Bình An", level="xa"))
    phase = store.phases.for_year(2024)
    n = store.initiatives.count()
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up after two pages
    with pytest.raises(StorageError) as err, store.tx():
        for k in range(200):
            store.initiatives.create(Initiative(name=f"Mô hình {k} " + "dài " * 200, unit_id=unit.id,
                                                phase_id=phase.id, year=2024, registered_on=date(2024, 3, 1)))
    assert err.value.kind == "full" and "đã đầy" in str(err.value)
    _no_english(str(err.value))
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.initiatives.count() == n and not store.in_transaction


def test_the_app_offers_to_retry_a_busy_database_and_never_a_restore(tmp_path, fast_busy, monkeypatch):
    pytest.importorskip("PySide6")
    from dvdesk import app
    from dvdesk.ui.dialogs import Asker

    p = tmp_path / "dv.sqlite3"
    open_store(p, create=True).close()
    asked = []
    monkeypatch.setattr(app, "_offer_restore", lambda *a, **k: asked.append("restore") or False)
    other = _hold_exclusively(p)
    Asker.answer = lambda kind, title, text: asked.append(title) or False
    try:
        assert app.open_database(p) is None
    finally:
        Asker.answer = None
        other.execute("ROLLBACK")
        other.close()
    assert asked == ["Cơ sở dữ liệu đang được sử dụng"]


def test_an_export_over_a_damaged_page_ends_in_vietnamese_not_a_traceback(tmp_path, demo_file):
    import shutil
    import subprocess
    import sys

    db = tmp_path / "hong.sqlite3"
    shutil.copyfile(demo_file, db)
    c = sqlite3.connect(db)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.execute("PRAGMA journal_mode = DELETE")
    page = c.execute("PRAGMA page_size").fetchone()[0]
    try:  # the initiatives' own leaf pages (the export reads them all)
        pages = [r[0] for r in c.execute("SELECT pageno FROM dbstat WHERE name = 'initiatives' AND "
                                         "pagetype = 'leaf'")][5:45]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find the pages")
    c.close()
    data = bytearray(db.read_bytes())
    for k in pages:  # page numbers count from 1
        data[(k - 1) * page:k * page] = b"\xff" * page
    db.write_bytes(bytes(data))
    out = tmp_path / "ds.xlsx"
    r = subprocess.run([sys.executable, "-m", "dvdesk", "export", "initiatives", "--db", str(db), "-o", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and "hỏng" in r.stderr
    _no_english(r.stderr.split(":", 1)[1].replace(str(db), "").replace(db.name, ""))
    assert not out.exists()


def test_a_read_only_database_opens_to_read_with_a_banner_and_no_editing(tmp_path, demo_file, qtbot, monkeypatch):
    """chmod cannot make a file read-only for root: the check that decides is simulated; the
    connection really is read-only (mode=ro)."""
    import shutil

    from PySide6.QtCore import QSettings

    from dvdesk import app
    from dvdesk.store import db as dbmod
    from dvdesk.ui.dialogs import Asker
    from dvdesk.ui.views.main_window import MainWindow

    db = tmp_path / "chi-doc.sqlite3"
    shutil.copyfile(demo_file, db)
    before = db.read_bytes()
    monkeypatch.setattr(dbmod, "is_read_only", lambda path: True)
    opened = app.open_database(db)
    assert opened is not None
    store, lock = opened
    try:
        assert lock is None and store.readonly
        assert not (tmp_path / "chi-doc.sqlite3.lock").exists()
        with pytest.raises(StorageError, match="chỉ đọc"):
            store.fields.create("MT", "Môi trường")
        w = MainWindow(store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.show()
        assert "CHỈ ĐỌC" in w.read_only_banner.text() and w.read_only_banner.isVisible()
        assert not w.ui.actionNew.isEnabled() and not w.ui.actionDelete.isEnabled()
        assert not w.import_menu.isEnabled()
        page = w.pages["initiatives"]
        assert page.model.rowCount() == 1500  # reading works
        dlg = w.open_initiative(page.model.id_at(0))
        assert not dlg.ui.saveButton.isVisible() and "Chỉ đọc" in dlg.ui.shortcutHint.text()
        page.ui.table.selectRow(0)
        Asker.answer = lambda kind, title, text: True
        try:
            assert page.trash_selected() == 0  # refused in Vietnamese, not a traceback
        finally:
            Asker.answer = None
        dlg.reject()
        w.close()
    finally:
        store.close()
    assert db.read_bytes() == before


def test_an_attachment_over_the_size_limit_is_explained_and_nothing_is_stored(store, tmp_path, monkeypatch):
    from dvdesk.domain.errors import ValidationError
    from dvdesk.store.repositories import AttachmentRepo

    unit = store.units.create(Unit(name="Xã Bình An", level="xa"))
    i = store.initiatives.create(Initiative(name="Mô hình A", unit_id=unit.id, year=2024,
                                            phase_id=store.phases.for_year(2024).id))
    monkeypatch.setattr(AttachmentRepo, "MAX_SIZE", 1_000_000)
    big = tmp_path / "quay.phim.mp4"
    big.write_bytes(b"\0" * 2_500_000)
    with pytest.raises(ValidationError) as err:
        store.attachments.add("initiatives", i.id, big)
    assert "quay.phim.mp4" in str(err.value) and "2,5 MB" in str(err.value) and "1 MB" in str(err.value)
    assert store.attachments.list_for("initiatives", i.id) == []
    assert not store.attachments.root.exists() or not any(store.attachments.root.rglob("*"))
