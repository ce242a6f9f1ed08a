"""The Ctrl+F search dialog and the person's page (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from dvdesk.domain.vntext import fold
from dvdesk.store.people import AwardHit, search_people
from dvdesk.ui.views.main_window import MainWindow
from dvdesk.ui.views.person_dialog import PersonDialog
from dvdesk.ui.views.search_dialog import GROUP_AWARDS, GROUP_INITIATIVES, SearchDialog


def _person_with_awards(store) -> str:
    """A recipient of the demo database with at least two awards and an initiative to their name."""
    for (name,) in store.conn.execute(
            "SELECT recipient_name FROM awards WHERE recipient_kind = 'ca_nhan' AND deleted_at IS NULL "
            "GROUP BY name_fold HAVING count(*) > 1 ORDER BY count(*) DESC, name_fold"):
        if search_people(store, name).initiatives:
            return name
    raise AssertionError("the demo database has no such person")


def test_type_results_enter_opens_initiative(qtbot, demo_store_session):
    store = demo_store_session
    name = _person_with_awards(store)
    opened: list[int] = []
    dlg = SearchDialog(store, open_initiative=opened.append, open_award=lambda hit: opened.append(hit))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.edit, fold(name))  # typed without diacritics (QTest types ASCII); debounced
    qtbot.waitUntil(lambda: dlg.tree.topLevelItemCount() == 2, timeout=3000)
    groups = [dlg.tree.topLevelItem(n).text(0) for n in range(2)]
    assert groups[0].startswith(GROUP_INITIATIVES) and groups[1].startswith(GROUP_AWARDS)
    best = dlg.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    assert best.person_name == name
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return)
    assert opened == [best.id]


def test_arrow_down_to_award_opens_person(qtbot, demo_store_session):
    store = demo_store_session
    name = _person_with_awards(store)
    opened: list = []
    dlg = SearchDialog(store, open_initiative=opened.append, open_award=opened.append)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.edit.setText(name)
    dlg.run_search()
    for _ in dlg.results.initiatives:
        qtbot.keyClick(dlg.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Enter)
    assert len(opened) == 1 and isinstance(opened[0], AwardHit) and opened[0].recipient_name.lower() == name.lower()


def test_enter_before_the_pause_searches_first(qtbot, demo_store_session):
    store = demo_store_session
    name = _person_with_awards(store)
    opened: list = []
    dlg = SearchDialog(store, open_initiative=opened.append)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.edit.setText(name)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_nothing_found_and_hostile_text(qtbot, demo_store_session):
    dlg = SearchDialog(demo_store_session)
    qtbot.addWidget(dlg)
    for text in ("không có ai tên này cả", "\x00\u202e😀", "%_%", "dân vận " * 600):
        dlg.edit.setText(text)
        dlg.run_search()
    dlg.edit.setText("zzqqxx")
    dlg.run_search()
    assert dlg.tree.topLevelItemCount() == 0 and "Không tìm thấy" in dlg.status.text()
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return)  # nothing to open: nothing happens


def test_person_page(qtbot, demo_store_session, tmp_path: Path):
    store = demo_store_session
    name = _person_with_awards(store)
    award = next(h for h in search_people(store, name).awards if h.birth_year)
    opened: list[int] = []
    dlg = PersonDialog(store, award, open_initiative=opened.append)
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    dlg.show()
    assert dlg.awards_table.rowCount() == len(dlg.records.awards) >= 2
    assert dlg.initiatives_table.rowCount() == len(dlg.records.initiatives) >= 1
    assert dlg.awards_table.item(0, 0).text() and "đ" in dlg.awards_table.item(0, 3).text()
    dlg.same_year.setChecked(True)
    assert all(h.birth_year in (None, award.birth_year) for h in dlg.records.awards)
    dlg.open_row(0)
    assert opened == [dlg.records.initiatives[0].id]
    assert dlg.grab().save(str(tmp_path / "person.png"))


def test_ctrl_f_opens_the_search_and_ctrl_shift_f_the_registry_box(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.ui.actionFind.trigger()
    dlg = w.search_dialog
    assert isinstance(dlg, SearchDialog) and dlg.isVisible() and dlg.open_initiative == w.open_initiative
    w.ui.actionFind.trigger()
    assert w.search_dialog is dlg
    dlg.close()
    w.focus_search()
    assert w.ui.stack.currentWidget() is w.pages["initiatives"]
