"""List pages: the shared toolbar and context menu, the registry's print and "export the view",
its columns at 1366 px (and the column chooser remembered in QSettings), Thùng rác and Nhật ký in
the navigation, and dashboard labels that are not cut."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView

from dvdesk.qtmodels.initiatives import COLUMNS
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.audit_page import AuditPage
from dvdesk.ui.views.main_window import NAV, MainWindow
from dvdesk.ui.views.trash_page import TrashPage


class Answers:
    def __init__(self):
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, kind, title, text):
        self.asked.append((kind, title, text))
        return True


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(Asker, "answer", a)
    return a


def _window(qtbot, store, ini: Path) -> MainWindow:
    w = MainWindow(store, QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = _window(qtbot, demo_store, tmp_path / "ui.ini")
    yield w
    w.close()


def _go(window, key: str):
    window.ui.navList.setCurrentRow([k for k, _ in NAV].index(key))
    return window.pages[key]


def test_each_list_page_has_only_the_actions_that_make_sense(window):
    expected = {
        "initiatives": ["new", "edit", "delete", "print", "export", "import"],
        "documents": ["new", "edit", "delete", "export"],
        "trash": ["restore", "delete", "refresh"],
        "audit": ["export"],
    }
    for key, keys in expected.items():
        bar = window.pages[key].toolbar
        assert list(bar.actions_by_key) == keys, key
        assert all(not a.icon().isNull() for a in bar.actions_by_key.values()), key  # bundled icons
        assert all(a.text() and a.toolTip() for a in bar.actions_by_key.values())
    registry = window.pages["initiatives"].toolbar
    assert [registry.actions_by_key[k].text() for k in expected["initiatives"]] == [
        "Thêm mới", "Sửa", "Xóa", "In", "Xuất danh sách đang xem", "Nhập"]
    assert window.pages["trash"].toolbar.actions_by_key["delete"].text() == "Xóa vĩnh viễn"


def test_context_menu_has_the_toolbar_actions_and_follows_the_selection(window):
    page = _go(window, "initiatives")
    bar = page.toolbar
    assert not bar.actions_by_key["edit"].isEnabled() and not bar.actions_by_key["delete"].isEnabled()
    page.ui.table.selectRow(3)
    menu = bar.context_menu()
    assert [a for a in menu.actions() if not a.isSeparator()] == list(bar.actions_by_key.values())
    assert bar.actions_by_key["edit"].isEnabled() and bar.actions_by_key["delete"].isEnabled()
    page.ui.table.selectionModel().select(
        page.model.index(5, 0), page.ui.table.selectionModel().SelectionFlag.Select
        | page.ui.table.selectionModel().SelectionFlag.Rows)
    assert not bar.actions_by_key["edit"].isEnabled()  # two rows: edit wants one


def test_toolbar_new_edit_import_open_the_main_window_forms(window, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "open_initiative", lambda iid=None: opened.append(("form", iid)))
    monkeypatch.setattr(window, "open_import", lambda kind: opened.append(("import", kind)))
    page = _go(window, "initiatives")
    page.toolbar.actions_by_key["new"].trigger()
    page.ui.table.selectRow(2)
    page.toolbar.actions_by_key["edit"].trigger()
    page.toolbar.actions_by_key["import"].trigger()
    assert opened == [("form", None), ("form", page.model.id_at(2)), ("import", "initiatives")]


def test_export_view_is_exactly_the_filtered_sorted_rows(window, qtbot, tmp_path, answers):
    page = _go(window, "initiatives")
    qtbot.keyClicks(page.ui.searchEdit, "dan van")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 1500, timeout=3000)
    page.ui.fieldCombo.setCurrentIndex(1)
    page.ui.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by unit, Z→A
    shown = [[page.model.index(r, c).data() for c in range(len(COLUMNS))] for r in range(page.model.rowCount())]
    assert shown
    target = tmp_path / "dang xem.xlsx"
    page.export_view(target)
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=10_000)
    ws = openpyxl.load_workbook(target).active
    rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0] == [h for _, h in COLUMNS]
    assert rows[1:] == shown  # same rows, same order, as shown
    assert answers.asked[-1][1] == "Đã xuất tệp Excel"


def test_print_is_the_view_as_the_official_list_and_opens_it(window, qtbot, tmp_path, demo_store, answers):
    page = _go(window, "initiatives")
    opened: list[Path] = []
    page.open_file = lambda p: opened.append(Path(p))
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2023))
    qtbot.keyClicks(page.ui.searchEdit, "phu nu")  # the text search is not an option of the list
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 200, timeout=3000)
    codes = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    others = {c for (c,) in demo_store.conn.execute(
        "SELECT code FROM initiatives WHERE year = 2023 AND deleted_at IS NULL")} - codes
    page.toolbar.actions_by_key["print"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened[0].suffix == ".pdf"
    with pdfplumber.open(opened[0]) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "DANH SÁCH" in text and "năm 2023" in text
    assert all(c in text for c in codes)
    assert not any(c in text for c in list(others)[:200])
    n_col = demo_store.scalar(f"SELECT count(*) FROM initiatives WHERE subject_kind = 'tap_the' AND code IN "
                              f"({','.join('?' * len(codes))})", tuple(codes))
    assert (f"Tổng cộng: {len(codes)} mô hình, điển hình ({n_col} tập thể, {len(codes) - n_col} cá nhân)"
            in " ".join(text.split()))


def test_registry_shows_block_status_and_person_at_1366(window):
    page = _go(window, "initiatives")
    header = page.ui.table.horizontalHeader()
    width = header.viewport().width()
    for col in (6, 7, 8):  # Khối, Trạng thái, Người thực hiện
        assert not header.isSectionHidden(col)
        assert header.sectionViewportPosition(col) + min(header.sectionSize(col), 80) <= width, COLUMNS[col][1]
        assert header.sectionSize(col) >= 80
    assert header.length() <= width  # every column on screen: no horizontal scrolling


def test_column_chooser_is_remembered(qtbot, demo_store, tmp_path):
    ini = tmp_path / "ui.ini"
    w = _window(qtbot, demo_store, ini)
    page = _go(w, "initiatives")
    menu = page.column_menu()
    by_text = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert list(by_text) == [h for _, h in COLUMNS]
    by_text["Loại"].setChecked(False)
    by_text["Năm"].setChecked(False)
    header = page.ui.table.horizontalHeader()
    assert header.isSectionHidden(2) and header.isSectionHidden(4)
    w.close()
    w2 = _window(qtbot, demo_store, ini)
    header2 = w2.pages["initiatives"].ui.table.horizontalHeader()
    assert header2.isSectionHidden(2) and header2.isSectionHidden(4) and not header2.isSectionHidden(1)
    w2.pages["initiatives"].reset_columns()
    assert not any(header2.isSectionHidden(c) for c in range(header2.count()))
    assert header2.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    w2.close()


def test_trash_and_audit_are_in_the_navigation(window, qtbot, demo_store, answers):
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert "Thùng rác" in titles and "Nhật ký thay đổi" in titles
    trash = _go(window, "trash")
    assert isinstance(trash, TrashPage) and window.ui.stack.currentWidget() is trash is window.trash_page
    audit = _go(window, "audit")
    assert isinstance(audit, AuditPage) and window.ui.stack.currentWidget() is audit is window.audit_page
    settings = window.pages["settings"]
    assert [settings.tabText(i) for i in range(settings.count())] == ["Cài đặt", "Sao lưu, khôi phục"]
    # a record moved to the trash shows there, and is restored from its toolbar
    registry = _go(window, "initiatives")
    registry.ui.table.selectRow(0)
    iid = registry.model.id_at(0)
    window.delete_selected()
    trash = _go(window, "trash")
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1, timeout=3000)
    trash.select_rows([0])
    trash.toolbar.actions_by_key["restore"].trigger()
    assert demo_store.initiatives.get(iid).id == iid and trash.model.rowCount() == 0


def test_dashboard_award_form_names_are_not_cut(window):
    chart = window.pages["dashboard"].chart_awards
    chart.grab()  # paint at the 1366×768 layout
    labels = [r[1] for r in chart.rows]
    assert labels and any(len(label) > 40 for label in labels)
    for label, lines in zip(labels, chart.drawn_labels, strict=True):
        assert " ".join(lines) == label and len(lines) <= 2  # wrapped, never elided


def test_icons_need_no_network():
    """qtawesome's icon fonts ship inside the package: a fresh process with every socket refused
    still draws the toolbar icons (through PySide6, QT_API=pyside6)."""
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('no network')\n"
        "socket.socket = refuse; socket.create_connection = refuse\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from dvdesk.ui.widgets.list_toolbar import STANDARD, icon\n"
        "bad = [k for k, spec in STANDARD.items() if icon(spec.icon).pixmap(16, 16).isNull()]\n"
        "import qtpy\n"
        "print(qtpy.API_NAME, bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.split()[0] == "PySide6"
