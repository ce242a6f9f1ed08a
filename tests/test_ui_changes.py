"""Pages refresh from the runner's Changes: only when a table they show changed, keeping the
registry's selection and scroll; the save itself runs in the runner's worker."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings

from dvdesk.store.changes import Changes
from dvdesk.ui.views.catalogs_page import CatalogsPage
from dvdesk.ui.views.main_window import DashboardPage, MainWindow


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def calls(monkeypatch):
    """How often each page's full refresh ran."""
    seen = {"dashboard": 0, "catalogs": 0}

    def spy(cls, name, key):
        original = getattr(cls, name)

        def wrapper(self, *a, **k):
            seen[key] += 1
            return original(self, *a, **k)

        monkeypatch.setattr(cls, name, wrapper)

    spy(DashboardPage, "refresh", "dashboard")
    spy(CatalogsPage, "refresh", "catalogs")
    return seen


def _show_registry(window, qtbot):
    window.ui.navList.setCurrentRow(1)
    page = window.pages["initiatives"]
    qtbot.waitUntil(page.isVisible)
    return page


def test_saving_an_initiative_refreshes_the_registry_keeping_selection_and_scroll(window, qtbot, demo_store,
                                                                                  calls):
    page = _show_registry(window, qtbot)
    table = page.ui.table
    table.scrollTo(page.model.index(600, 0))
    table.selectRow(640)
    iid = page.model.id_at(640)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    calls.update(dashboard=0, catalogs=0)

    threads = []
    original = demo_store.initiatives.__class__.update

    def record_thread(self, i):
        threads.append(threading.current_thread().name)
        return original(self, i)

    import dvdesk.store.repositories as repos

    repos.InitiativeRepo.update = record_thread
    try:
        dlg = window.open_initiative(iid)
        dlg.ui.nameEdit.setText("Mô hình đổi tên để thử làm mới")
        assert dlg.save()
        dlg.reject()
    finally:
        repos.InitiativeRepo.update = original

    assert threads and threads[0] != threading.main_thread().name  # saved in the runner's worker
    assert page.selected_ids() == [iid]  # the same record still selected
    assert table.verticalScrollBar().value() == scroll  # and the table did not jump
    row = page.model._ids.index(iid)
    assert page.model.index(row, 1).data() == "Mô hình đổi tên để thử làm mới"
    assert calls["catalogs"] == 0  # the catalogs show no initiative: not refreshed
    assert calls["dashboard"] == 0  # hidden: refreshed when shown, not now


def test_a_new_record_updates_the_dashboard_when_it_is_shown_and_never_the_catalogs(window, qtbot, demo_store,
                                                                                   calls):
    dash = window.pages["dashboard"]
    before = demo_store.initiatives.count()
    assert dash.grid.itemAtPosition(0, 0).widget().text() == f"{before:,}".replace(",", ".")
    _show_registry(window, qtbot)
    calls.update(dashboard=0, catalogs=0)
    page = window.pages["initiatives"]
    rows_before = page.model.rowCount()

    src = demo_store.initiatives.get(page.model.id_at(0))
    import dataclasses

    new = dataclasses.replace(src, id=None, uuid="", code="", name="Mô hình mới thêm để thử bảng tổng quan")
    window.runner.call(lambda store, _ctx: store.initiatives.create(new).id)

    assert page.model.rowCount() == rows_before + 1
    assert calls == {"dashboard": 0, "catalogs": 0}
    window.ui.navList.setCurrentRow(0)  # the dashboard comes on screen: now it reads the database
    qtbot.waitUntil(lambda: calls["dashboard"] == 1)
    assert dash.grid.itemAtPosition(0, 0).widget().text() == f"{before + 1:,}".replace(",", ".")
    assert calls["catalogs"] == 0
    assert "mô hình, điển hình" in window.count_label.text() and f"{before + 1:,}".replace(",", ".") in \
        window.count_label.text()


def test_a_catalog_edit_refreshes_the_registry_filters_but_not_the_dashboard(window, qtbot, demo_store, calls):
    page = _show_registry(window, qtbot)
    calls.update(dashboard=0, catalogs=0)
    demo_store.fields.create("MT", "Môi trường")  # a write on the GUI thread's own store
    assert page.ui.fieldCombo.findText("Môi trường") >= 0
    assert calls["dashboard"] == 0


def test_f5_and_announce_reach_every_visible_page(window, qtbot, calls):
    calls.update(dashboard=0, catalogs=0)
    window.ui.navList.setCurrentRow(0)
    window.runner.announce(Changes.all())
    assert calls["dashboard"] == 1


def test_a_failed_operation_reaches_the_caller_and_changes_nothing(window, demo_store):
    from dvdesk.domain.errors import ValidationError

    n = demo_store.fields.list()

    def bad(store, _ctx):
        store.fields.create("MT2", "Một lĩnh vực")
        raise ValidationError({"name": "thử lỗi"})

    with pytest.raises(ValidationError):
        window.runner.call(bad)
    assert demo_store.fields.list() == n


def test_the_tone_order_resort_in_its_own_worker_reaches_the_registry(window, qtbot, monkeypatch):
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10000)
    page = _show_registry(window, qtbot)
    seen = []
    window.runner.changed.connect(lambda ch, _h: seen.append(ch))
    reloads = []
    original = page.model.reload
    monkeypatch.setattr(page.model, "reload", lambda ids=None: reloads.append(ids) or original(ids))
    sp = window.settings_page
    sp.ui.toneOrderCombo.setCurrentIndex(sp.ui.toneOrderCombo.findData("alt"))
    with qtbot.waitSignal(sp.resortFinished, timeout=60000):
        assert sp.save()
    assert seen and seen[-1].touches("initiatives") and seen[-1].touches("settings")
    assert reloads  # the registry re-read its rows in the new order


def test_the_registry_model_reuses_recent_answers_until_the_database_changes(demo_store, tmp_path):
    import dataclasses

    from dvdesk.qtmodels.initiatives import InitiativeTableModel
    from dvdesk.store.db import open_store
    from dvdesk.store.search import InitiativeFilter

    model = InitiativeTableModel(demo_store)
    queries = []
    original = demo_store.initiatives.search_ids
    demo_store.initiatives.search_ids = lambda *a, **k: queries.append(a) or original(*a, **k)
    try:
        model.set_filter(InitiativeFilter(text="dan van"))
        model.set_filter(InitiativeFilter())  # the unfiltered list the model opened with: from memory
        n = model.rowCount()
        assert len(queries) == 1
        model.set_filter(InitiativeFilter(text="dan van"))
        model.set_filter(InitiativeFilter())
        assert len(queries) == 1 and model.rowCount() == n
        other = open_store(demo_store.path)  # another connection commits: the answers are stale
        try:
            src = other.initiatives.get(model.id_at(0))
            other.initiatives.create(dataclasses.replace(src, id=None, uuid="", code="", name="Mô hình thêm"))
        finally:
            other.close()
        model.set_filter(InitiativeFilter())
        assert len(queries) == 2 and model.rowCount() == n + 1
        demo_store.initiatives.delete(model.id_at(0))  # and so does a write on this connection
        model.set_filter(InitiativeFilter())
        assert len(queries) == 3 and model.rowCount() == n
    finally:
        demo_store.initiatives.search_ids = original
