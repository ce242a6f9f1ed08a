"""The main window and the initiatives registry, driven through the real widgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from dvdesk.qtmodels.initiatives import COLUMNS, InitiativeTableModel
from dvdesk.store.search import InitiativeFilter
from dvdesk.ui.views.main_window import NAV, MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def test_model_tester(qtmodeltester, demo_store):
    model = InitiativeTableModel(demo_store)
    qtmodeltester.check(model)
    model.set_filter(InitiativeFilter(text="dân vận"))
    qtmodeltester.check(model)


def test_navigation_has_every_screen(window):
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == [t for _, t in NAV]
    window.ui.navList.setCurrentRow(1)
    assert window.ui.stack.currentWidget() is window.pages["initiatives"]


def test_status_bar_counts(window, demo_store):
    assert "1.500 mô hình, điển hình" in window.count_label.text()
    assert str(demo_store.path) in window.db_label.text()


def test_search_is_diacritic_insensitive_and_debounced(window, qtbot, demo_store):
    page = window.pages["initiatives"]
    assert page.model.rowCount() == 1500
    qtbot.keyClicks(page.ui.searchEdit, "dan van")
    assert page.model.rowCount() == 1500  # debounced: not yet applied
    qtbot.waitUntil(lambda: page.model.rowCount() < 1500, timeout=2000)
    expected = demo_store.scalar("SELECT count(*) FROM initiatives WHERE search_text LIKE '%dan%' "
                                 "AND search_text LIKE '%van%' AND deleted_at IS NULL")
    assert page.model.rowCount() == expected > 0
    from dvdesk.qtmodels.initiatives import ID_ROLE

    for row in range(min(50, expected)):
        iid = page.model.index(row, 0).data(ID_ROLE)
        text = demo_store.scalar("SELECT search_text FROM initiatives WHERE id = ?", (iid,))
        assert "dan" in text and "van" in text
    assert f"{expected:,}".replace(",", ".") in page.ui.countLabel.text()


def test_filters_and_clear(window, demo_store):
    page = window.pages["initiatives"]
    idx = page.ui.fieldCombo.findText("Kinh tế")
    page.ui.fieldCombo.setCurrentIndex(idx)
    kt = demo_store.scalar("SELECT count(*) FROM initiatives i JOIN fields f ON f.id = i.field_id "
                           "WHERE f.code = 'KT' AND i.deleted_at IS NULL")
    assert page.model.rowCount() == kt
    assert all(page.model.index(r, 5).data() == "Kinh tế" for r in range(0, kt, max(1, kt // 30)))
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findText("2023"))
    assert all(page.model.index(r, 4).data() == "2023" for r in range(page.model.rowCount()))
    page.clear_filters()
    assert page.model.rowCount() == 1500


def test_sort_by_name_vietnamese_order(window, demo_store):
    from dvdesk.domain.vntext import sort_key

    page = window.pages["initiatives"]
    page.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert names == sorted(names, key=sort_key)
    page.ui.table.sortByColumn(COLUMNS.index(("person_name", "Người thực hiện")), Qt.SortOrder.DescendingOrder)
    assert page.model.rowCount() == 1500


def test_geometry_and_columns_remembered(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.pages["initiatives"].ui.table.setColumnWidth(1, 333)
    w.close()
    w2 = MainWindow(demo_store, settings)
    qtbot.addWidget(w2)
    assert w2.pages["initiatives"].ui.table.columnWidth(1) == 333


def test_pending_screens_say_so(window):
    from dvdesk.ui.views.main_window import PendingPage

    for key, title in NAV:
        page = window.pages[key]
        if isinstance(page, PendingPage):
            from PySide6.QtWidgets import QLabel

            texts = " ".join(lbl.text() for lbl in page.findChildren(QLabel))
            assert "đang được xây dựng" in texts and title in texts


def test_screenshot_cli(tmp_path, demo_file):
    import shutil

    db = tmp_path / "shot.sqlite3"
    shutil.copyfile(demo_file, db)
    out = tmp_path / "main.png"
    r = subprocess.run([sys.executable, "-m", "dvdesk", "gui", "--db", str(db), "--screenshot", str(out)],
                       capture_output=True, text=True, encoding="utf-8", timeout=120,
                       env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert img.width() == 1366 and img.height() == 768


def test_forms_are_up_to_date():
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_forms.py"), "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_dashboard_figures_and_click_filters_registry(window, qtbot, demo_store):
    dash = window.pages["dashboard"]
    years = [r[0] for r in dash.chart_year.rows]
    assert years == sorted(years) and 2023 in years
    row_2023 = next(r for r in dash.chart_year.rows if r[0] == 2023)
    assert row_2023[2][0] == demo_store.scalar("SELECT count(*) FROM initiatives WHERE year = 2023")
    dash.resize(1000, 700)
    dash.chart_year.resize(480, 300)
    img = dash.chart_year.grab()  # paints, which lays out the clickable rows
    assert not img.isNull()
    rect = next(r for r, k in dash.chart_year._row_rects if k == 2023)
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(dash.chart_year, Qt.MouseButton.LeftButton, pos=QPoint(60, int(rect.center().y())))
    assert window.ui.stack.currentWidget() is window.pages["initiatives"]
    page = window.pages["initiatives"]
    assert page.ui.yearCombo.currentData() == 2023
    assert page.model.rowCount() == row_2023[2][0]


def test_dashboard_scope_by_phase(window, demo_store):
    dash = window.pages["dashboard"]
    dash.scope_combo.setCurrentIndex(dash.scope_combo.findText("Giai đoạn 2026–2030"))
    assert [r[0] for r in dash.chart_year.rows] == [2026]


def test_delete_key_moves_selection_to_trash_after_confirming(window, qtbot, demo_store):
    from dvdesk.ui.dialogs import Asker

    page = window.pages["initiatives"]
    window.ui.navList.setCurrentRow(1)
    page.ui.table.selectRow(0)
    first = page.model.id_at(0)
    asked = []
    Asker.answer = lambda kind, title, text: asked.append(text) or False
    try:
        window.ui.actionDelete.trigger()
        assert demo_store.initiatives.get(first)  # answered "no": nothing changed
        Asker.answer = lambda kind, title, text: asked.append(text) or True
        page.ui.table.selectRow(0)
        window.ui.actionDelete.trigger()
    finally:
        Asker.answer = None
    assert len(asked) == 2 and "thùng rác" in asked[0]
    assert page.model.rowCount() == 1499
    assert [t.row_id for t in demo_store.trash.list()] == [first]
    assert "1.499 mô hình" in window.count_label.text()


def test_ctrl_n_and_double_click_open_the_initiative_form(window, qtbot, demo_store):
    from dvdesk.qtmodels.initiatives import ID_ROLE
    from dvdesk.ui.views.initiative_dialog import InitiativeDialog

    new = window.open_initiative(None)
    assert isinstance(new, InitiativeDialog) and new.isVisible()
    new.reject() if not new.is_dirty() else None
    page = window.pages["initiatives"]
    index = page.model.index(3, 1)
    page.ui.table.doubleClicked.emit(index)
    dialogs = [d for d in window.findChildren(InitiativeDialog) if d.isVisible()]
    assert dialogs
    assert dialogs[-1].initiative().name == demo_store.initiatives.get(index.data(ID_ROLE)).name
    assert window.ui.actionNew.shortcut().toString() == "Ctrl+N"


def test_filter_by_unit_includes_former_units_and_level(window, demo_store):
    page = window.pages["initiatives"]
    # a merged commune: its own records and those made under its predecessors' names
    succ = demo_store.scalar("SELECT successor_id FROM unit_links GROUP BY successor_id "
                             "HAVING count(*) >= 2 ORDER BY successor_id LIMIT 1")
    family = demo_store.units.family_ids(succ)
    preds = [u.id for u in demo_store.units.predecessors(succ)]
    assert set(preds) <= set(family) and succ in family
    page.unit_picker.set_unit_id(succ)
    page.apply_filter()
    expected = demo_store.scalar(
        f"SELECT count(*) FROM initiatives WHERE deleted_at IS NULL AND unit_id IN ({','.join(map(str, family))})")
    assert page.model.rowCount() == expected
    assert expected > demo_store.scalar("SELECT count(*) FROM initiatives WHERE unit_id = ?", (succ,))
    page.ui.allUnitsButton.click()
    assert page.model.rowCount() == 1500
    page.ui.levelCombo.setCurrentIndex(page.ui.levelCombo.findData("tinh"))
    assert page.model.rowCount() == demo_store.scalar(
        "SELECT count(*) FROM initiatives WHERE recognition_level = 'tinh' AND deleted_at IS NULL")


def test_import_menu_opens_the_wizard_and_saves_templates(window, tmp_path):
    import openpyxl

    from dvdesk.ui.views.import_wizard import ImportWizard

    titles = [a.text() for a in window.import_menu.actions()]
    assert "Nhập mô hình, điển hình…" in titles and "Lưu mẫu nhập khen thưởng…" in titles
    wizard = window.open_import("awards")
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.reject()
    target = tmp_path / "mau.xlsx"
    window.save_template("initiatives", str(target))
    wb = openpyxl.load_workbook(target)
    assert len(wb.sheetnames) >= 2  # the template and its instruction sheet


def test_a_lone_letter_does_not_filter_yet(window, qtbot):
    page = window.pages["initiatives"]
    page.ui.searchEdit.setText("d")
    page.apply_filter()
    assert page.model.rowCount() == 1500
    page.ui.searchEdit.setText("da")
    page.apply_filter()
    assert page.model.rowCount() < 1500


def test_every_page_fits_1366_pixels(qtbot, demo_store, tmp_path):
    """At 1366×768 no page widens the window — the backup page with a backup listed (its line about the
    newest one wraps) and the Khen thưởng page with its totals line included."""
    from PySide6.QtWidgets import QTabWidget

    from dvdesk.store.backup import backup_database

    backup_database(demo_store.path, reason="thu-cong")  # listed on the backup page
    w = MainWindow(demo_store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    for row in range(w.ui.navList.count()):
        w.ui.navList.setCurrentRow(row)
        page = w.ui.stack.currentWidget()
        for tab in range(page.count()) if isinstance(page, QTabWidget) else [None]:
            if tab is not None:
                page.setCurrentIndex(tab)
            for _ in range(10):
                qtbot.wait(5)
            if page is getattr(w, "pages", {}).get("settings") and tab == 1:
                qtbot.waitUntil(lambda: "bản sao lưu;" in w.backup_page.ui.countLabel.text(), timeout=10_000)
                qtbot.wait(20)
            assert w.width() == 1366, w.ui.navList.item(row).text()
            assert w.minimumSizeHint().width() <= 1366, w.ui.navList.item(row).text()
