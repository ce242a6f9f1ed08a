"""The review page driven through its widgets: choose tổng kết 2025, rate and recognize, mark tiêu
biểu, propose an award form, and watch the funnel follow; the model passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt

from dvdesk.domain.vocab import Rating
from dvdesk.qtmodels.reviews import CODE_ROLE, ReviewTableModel, column
from dvdesk.store.reviews import ReviewFilter
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.main_window import NAV, MainWindow
from dvdesk.ui.views.reviews_page import ReviewsPage


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_store, settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def answers():
    asked: list[tuple[str, str]] = []
    reply = {"confirm": True}
    Asker.answer = lambda kind, title, text: asked.append((kind, text)) or reply.get(kind, True)
    yield asked, reply
    Asker.answer = None


def test_model_tester(qtmodeltester, demo_store):
    m = demo_store.phases.milestone("tong-ket-2025")
    model = ReviewTableModel(demo_store, m.id)
    assert model.rowCount() == len(demo_store.reviews.book.grid_ids(m.id))
    qtmodeltester.check(model)
    model.set_filter(ReviewFilter(text="dân vận", reviewed=True))
    qtmodeltester.check(model)
    model.set_milestone(None)
    assert model.rowCount() == 0


def _select(page: ReviewsPage, ids: list[int]) -> None:
    sel = page.table.selectionModel()
    sel.clearSelection()
    for iid in ids:
        row = page.model.row_of(iid)
        sel.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    sel.setCurrentIndex(page.model.index(page.model.row_of(ids[0]), 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def _action(menu, *path):
    for name in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text() == name)
    return next(a for a in menu.actions() if a.text() == path[-1])


def test_walk_rate_recognize_exemplary_propose(window, qtbot, demo_store, answers):
    asked, _reply = answers
    window.ui.navList.setCurrentRow([k for k, _ in NAV].index("reviews"))
    page = window.pages["reviews"]
    assert isinstance(page, ReviewsPage) and page.isVisible()
    page.select_milestone("tong-ket-2025")
    m = demo_store.phases.milestone("tong-ket-2025")
    assert page.milestone_id == m.id
    assert "Tổng kết" in page.milestone_combo.currentText() and "15/10/2025" in page.milestone_combo.currentText()
    qtbot.waitUntil(lambda: page.funnel_bar.milestone_id == m.id)
    f0 = page.funnel_bar.funnel
    assert f0.registered == page.model.rowCount()
    assert page.funnel_bar.values[0].text() == f"{f0.registered:,}".replace(",", ".")
    assert "Chưa đánh giá" in page.funnel_bar.counts.text()

    # the models not yet reviewed
    page.reviewed_combo.setCurrentIndex(page.reviewed_combo.findText("Chưa đánh giá"))
    assert page.model.rowCount() == f0.not_reviewed
    ids = [page.model.id_at(r) for r in range(4)]
    page.reviewed_combo.setCurrentIndex(0)

    # rate them Tốt (bulk, from the menu, in the runner)
    _select(page, ids)
    assert sorted(page.selected_ids()) == sorted(ids)
    _action(page.menu, "Xếp loại", Rating.TOT.label).trigger()
    qtbot.waitUntil(lambda: page.funnel_bar.funnel.reviewed == f0.reviewed + 4)
    assert all(page.model.row_data(page.model.row_of(i))["rating"] == Rating.TOT for i in ids)
    # recognize them
    _action(page.menu, "Công nhận").trigger()
    qtbot.waitUntil(lambda: page.funnel_bar.funnel.recognized == f0.recognized + 4)

    # tiêu biểu inline: the check box of the first one
    row = page.model.row_of(ids[0])
    idx = page.model.index(row, column("exemplary"))
    assert page.model.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.funnel_bar.funnel.exemplary == f0.exemplary + 1)
    assert page.model.index(page.model.row_of(ids[0]), column("exemplary")).data(CODE_ROLE) is True

    # propose an award form in the detail panel
    page.table.setCurrentIndex(page.model.index(page.model.row_of(ids[0]), 0))
    assert page.detail_box.isEnabled() and page.d_exemplary.isChecked()
    form = demo_store.award_forms.list()[0]
    page.d_form.setCurrentIndex(page.d_form.findData(form.id))
    page.d_summary.setPlainText("Mô hình hiệu quả, được nhân rộng")
    assert page.save_detail()
    qtbot.waitUntil(lambda: page.funnel_bar.funnel.proposed == f0.proposed + 1)
    r = demo_store.query("SELECT * FROM reviews WHERE initiative_id = ? AND milestone_id = ?", (ids[0], m.id))[0]
    assert (r["rating"], r["recognized"], r["exemplary"], r["proposed_form_id"], r["summary"]) == (
        "tot", 1, 1, form.id, "Mô hình hiệu quả, được nhân rộng")
    assert page.funnel_bar.funnel.holds or page.funnel_bar.funnel.awarded > page.funnel_bar.funnel.proposed

    # an edit that breaks the funnel is refused, naming the record
    row2 = page.model.row_of(ids[1])
    code = page.model.row_data(row2)["code"]
    assert not page.model.setData(page.model.index(row2, column("proposed_form_id")), form.id, CODE_ROLE)
    assert asked and asked[-1][0] == "error" and code in asked[-1][1] and "tiêu biểu" in asked[-1][1]
    # inline rating through the combo's stored value
    assert page.model.setData(page.model.index(row2, column("rating")), Rating.KHA.value, CODE_ROLE)
    assert demo_store.scalar("SELECT rating FROM reviews WHERE initiative_id = ? AND milestone_id = ?",
                             (ids[1], m.id)) == "kha"


def test_bulk_refusal_and_clear_and_copy_previous(window, qtbot, demo_store, answers):
    asked, reply = answers
    window.ui.navList.setCurrentRow([k for k, _ in NAV].index("reviews"))
    page = window.pages["reviews"]
    page.select_milestone("tong-ket-2025")
    page.reviewed_combo.setCurrentIndex(page.reviewed_combo.findText("Chưa đánh giá"))
    ids = [page.model.id_at(r) for r in range(3)]
    page.reviewed_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.funnel_bar.milestone_id == page.milestone_id)
    qtbot.wait(50)
    f0 = page.book.funnel(page.milestone_id)
    _select(page, ids)
    _action(page.menu, "Tiêu biểu").trigger()  # not recognized: refused as a whole
    qtbot.waitUntil(lambda: any(k == "error" for k, _ in asked))
    assert "không thể là tiêu biểu" in asked[-1][1]
    assert page.book.funnel(page.milestone_id).exemplary == f0.exemplary

    # clear asks first (two models that have a review here)
    page.reviewed_combo.setCurrentIndex(page.reviewed_combo.findText("Đã đánh giá"))
    done = [page.model.id_at(r) for r in range(2)]
    page.reviewed_combo.setCurrentIndex(0)
    _select(page, done)
    reply["confirm"] = False
    page.clear_selected()
    assert page.book.funnel(page.milestone_id).reviewed == f0.reviewed
    reply["confirm"] = True
    page.clear_selected()
    qtbot.waitUntil(lambda: page.funnel_bar.funnel.reviewed == f0.reviewed - 2)

    # take the previous milestone's results (asks first)
    assert page.copy_button.isEnabled()
    reply["confirm"] = False
    page.copy_previous()
    assert page.book.funnel(page.milestone_id).reviewed == f0.reviewed - 2
    reply["confirm"] = True
    page.copy_previous()
    qtbot.waitUntil(lambda: any(k == "inform" and "Đã lấy kết quả kỳ trước" in t for k, t in asked))
    qtbot.waitUntil(lambda: page.funnel_bar.funnel.reviewed > f0.reviewed - 2)


def test_screenshot(window, qtbot, tmp_path):
    window.ui.navList.setCurrentRow([k for k, _ in NAV].index("reviews"))
    page = window.pages["reviews"]
    page.table.selectRow(0)
    img = window.grab()
    assert not img.isNull() and img.width() == 1366


def test_dashboard_shows_a_milestone_from_its_figures(window, demo_store):
    from dvdesk.services.milestone_figures import figures

    dash = window.pages["dashboard"]
    m = demo_store.phases.milestone("so-ket-2023")
    dash.scope_combo.setCurrentIndex(dash.scope_combo.findData(f"milestone:{m.id}"))
    f = figures(demo_store, m.id)
    rows = {r[1]: r[2][0] for r in dash.chart_year.rows}
    assert rows["Đăng ký"] == f.registered.total and rows["Tiêu biểu"] == f.exemplary.total
    assert [r[0] for r in dash.chart_field.rows] == [r.key for r in f.by_field]
    from PySide6.QtWidgets import QLabel

    texts = [lbl.text() for lbl in dash.findChildren(QLabel)]
    assert f"Đăng ký: {f.registered.collective:,}".replace(",", ".") + " tập thể" in " ".join(texts)


def test_milestone_date_edited_in_catalogs_bounds_the_scope(qtbot, demo_store, answers):
    from datetime import date

    from dvdesk.ui.views.catalogs_page import CatalogsPage

    page = CatalogsPage(demo_store)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.ui.tabs.setCurrentIndex(page.TAB_PHASES)
    m = demo_store.phases.milestone("so-ket-2023")
    before = len(demo_store.reviews.book.grid_ids(m.id))
    phase_idx = page.phase_model.index_of_phase(m.phase_id)
    row = next(r for r in range(page.phase_model.rowCount(phase_idx))
               if page.phase_model.milestone(page.phase_model.index(r, 0, phase_idx)).id == m.id)
    assert not page.milestoneDateButton.isEnabled()
    page.ui.phaseTree.setCurrentIndex(page.phase_model.index(row, 0, phase_idx))
    assert page.milestoneDateButton.isEnabled()
    seen = []

    def hook(dlg):
        seen.append(dlg)
        dlg.ui.dateEdit.setText("31/02/2023")  # not a date: stays open with the message
        dlg.press_ok()
        assert dlg.errors_text() and dlg.result() != dlg.DialogCode.Accepted
        dlg.ui.dateEdit.setText("20/06/2023")
        dlg.press_ok()

    page.dialog_hook = hook
    page.milestoneDateButton.click()
    assert seen and "Sơ kết giữa giai đoạn" in seen[0].ui.introLabel.text()
    assert demo_store.phases.milestone("so-ket-2023").held_on == date(2023, 6, 20)
    assert "20/06/2023" in " ".join(
        str(page.phase_model.index(row, c, phase_idx).data()) for c in range(page.phase_model.columnCount()))
    after = demo_store.reviews.book.grid_ids(m.id)
    assert len(after) < before
    assert demo_store.scalar(f"SELECT max(registered_on) FROM initiatives WHERE id IN ({','.join(map(str, after))})") \
        <= "2023-06-20"
    # a date far from the milestone's year is refused with a message
    with pytest.raises(Exception, match="khoảng năm 2023"):
        demo_store.phases.set_held_on(m.id, date(2027, 1, 1))


def test_keyboard(window, qtbot, demo_store, answers):
    asked, reply = answers
    window.ui.navList.setCurrentRow([k for k, _ in NAV].index("reviews"))
    page = window.pages["reviews"]
    m = demo_store.phases.milestone("tong-ket-2025")
    ids = [page.model.id_at(r) for r in range(3)]
    _select(page, ids)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: Khá
    qtbot.waitUntil(lambda: all(demo_store.scalar(
        "SELECT rating FROM reviews WHERE initiative_id = ? AND milestone_id = ? AND deleted_at IS NULL",
        (i, m.id)) == Rating.KHA for i in ids))
    # Ctrl+Shift+F: this page's search box; Del: clear the selection's reviews after asking
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.search.hasFocus() or window.focusWidget() is page.search
    _select(page, ids[:1])
    page.table.setFocus()
    reply["confirm"] = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert any(k == "confirm" and "Xóa kết quả đánh giá" in t for k, t in asked)
    qtbot.waitUntil(lambda: demo_store.scalar(
        "SELECT count(*) FROM reviews WHERE initiative_id = ? AND milestone_id = ? AND deleted_at IS NULL",
        (ids[0], m.id)) == 0)
