"""The backups screen lists a .dvbak it cannot read as such ("Không đọc được") and carries on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile_backups import rewrite

from dvdesk.store import backup as bk
from dvdesk.store.db import open_store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "dv.sqlite3"
    shutil.copyfile(DATA / "schema_v1.sqlite3", path)
    s = open_store(path)
    yield s
    s.close()


def test_unreadable_backup_is_listed_as_such(qtbot, store):
    from dvdesk.ui.views.backup_page import BackupPage

    good = bk.backup_database(store.path, conn=store.conn)
    odd = rewrite(good.path, good.path.with_name("dv-20250101-000000-tu-dong.dvbak"),
                  manifest_update={"created_at": 5, "counts": [1]})
    page = BackupPage(store)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.listing, timeout=5000)
    t = page.ui.table
    rows = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert [r[7] for r in rows] == [good.path.name, odd.name]
    assert rows[1][1] == "Không đọc được" and rows[1][0] == "—"
    assert "không phải là bản sao lưu dvdesk hợp lệ" in t.item(1, 0).toolTip()
    assert "1 tệp không đọc được" in page.ui.countLabel.text()
    assert "bản mới nhất lập lúc" in page.ui.countLabel.text()
    assert not page.ui.warningLabel.isVisible()
