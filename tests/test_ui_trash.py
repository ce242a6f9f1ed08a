"""The trash screen (Thùng rác): list, restore (several at once), purge asked twice, refusals."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from dvdesk.domain.entities import Initiative, Unit
from dvdesk.qtmodels.trash import TrashTableModel, deleted_at_vn
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.trash_page import TrashPage


class Answers:
    def __init__(self):
        self.confirms: list[bool] = []
        self.calls: list[tuple[str, str, str]] = []

    def __call__(self, kind, title, text):
        self.calls.append((kind, title, text))
        return self.confirms.pop(0) if kind == "confirm" and self.confirms else kind == "confirm"

    def of(self, kind):
        return [c for c in self.calls if c[0] == kind]


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(Asker, "answer", a)
    return a


def make_initiative(store, name="Mô hình \"Dân vận khéo\" ở ấp Bình An"):
    units = store.units.list()
    unit = units[0] if units else store.units.create(Unit(name="Xã Bình An", level="xa"))
    phase = store.phases.by_code("2021-2025")
    return store.initiatives.create(Initiative(name=name, unit_id=unit.id, phase_id=phase.id, year=2024))


@pytest.fixture
def page(qtbot, store):
    p = TrashPage(store)
    qtbot.addWidget(p)
    return p


def test_model(qtmodeltester, store):
    for i in range(3):
        store.initiatives.delete(make_initiative(store, f"Mô hình {i}").id)
    store.fields.delete(store.fields.by_code("QPAN").id)
    model = TrashTableModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    model.sort(1, Qt.SortOrder.AscendingOrder)
    labels = [model.index(r, 1).data() for r in range(4)]
    assert labels[-1] == "Quốc phòng - an ninh"
    qtmodeltester.check(model)
    assert deleted_at_vn("2026-01-05T14:03:09") == "05/01/2026 14:03"


def test_restore_through_the_page(page, store, answers):
    ini = make_initiative(store)
    store.initiatives.delete(ini.id)
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Mô hình, điển hình"
    assert ini.code in page.model.index(0, 1).data()
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", page.model.index(0, 2).data())
    assert not page.ui.restoreButton.isEnabled()
    changed = []
    page.changed.connect(lambda: changed.append(1))
    page.select_rows([0])
    assert page.ui.restoreButton.isEnabled() and "Đã chọn 1" in page.ui.countLabel.text()
    page.ui.restoreButton.click()
    assert store.initiatives.get(ini.id).name == ini.name
    assert store.trash.list() == [] and page.model.rowCount() == 0 and changed
    assert page.ui.countLabel.text() == "Thùng rác trống"
    assert not answers.calls  # restoring asks nothing


def test_restore_several_at_once(page, store, answers):
    for code in ("KT", "QPAN"):
        store.fields.delete(store.fields.by_code(code).id)
    page.refresh()
    page.select_rows([0, 1])
    page.ui.restoreButton.click()
    assert {f.code for f in store.fields.list()} == {"KT", "VHXH", "QPAN", "XDHTCT"}


def test_purge_asks_twice(page, store, answers):
    keep, gone = make_initiative(store, "Giữ lại"), make_initiative(store, "Xóa hẳn")
    store.initiatives.delete(keep.id)
    store.initiatives.delete(gone.id)
    page.refresh()
    row = next(r for r in range(2) if "Xóa hẳn" in page.model.index(r, 1).data())

    # first question answered "no": nothing happens, and the second is never asked
    answers.confirms = [False]
    page.select_rows([row])
    page.ui.purgeButton.click()
    assert len(answers.of("confirm")) == 1
    assert store.scalar("SELECT count(*) FROM initiatives WHERE id = ?", (gone.id,)) == 1

    # "yes" then "no": still nothing
    answers.calls.clear()
    answers.confirms = [True, False]
    page.ui.purgeButton.click()
    assert len(answers.of("confirm")) == 2
    assert store.scalar("SELECT count(*) FROM initiatives WHERE id = ?", (gone.id,)) == 1

    # twice "yes": gone for good; the second question names how many records
    answers.calls.clear()
    answers.confirms = [True, True]
    page.select_rows([row])
    page.ui.purgeButton.click()
    first, second = answers.of("confirm")
    assert "Xóa hẳn" in first[2]
    assert "1 bản ghi" in second[2]
    assert store.scalar("SELECT count(*) FROM initiatives WHERE id = ?", (gone.id,)) == 0
    assert [t.row_id for t in store.trash.list()] == [keep.id]
    assert page.model.rowCount() == 1


def test_purge_refused_when_still_referenced(page, store, answers):
    from dvdesk.domain.entities import Award, Decision

    ini = make_initiative(store)
    form = store.award_forms.by_code("GK_BDV_TINH")
    decision = store.decisions.create(Decision(number="9-QĐ/BDVTU", signed_on=date(2024, 12, 1), form_id=form.id))
    store.awards.create(Award(decision_id=decision.id, recipient_kind="tap_the", recipient_name="Chi bộ ấp 3",
                              initiative_id=ini.id))
    store.initiatives.delete(ini.id)  # an award (another record) still cites it
    other = make_initiative(store, "Mô hình khác")
    store.initiatives.delete(other.id)
    page.refresh()
    page.select_rows([0, 1])
    answers.confirms = [True, True]
    page.ui.purgeButton.click()
    assert "2 bản ghi" in answers.of("confirm")[1][2]
    errors = answers.of("error")
    assert len(errors) == 1
    assert "Không thể xóa vĩnh viễn" in errors[0][2] and "Chưa có bản ghi nào bị xóa" in errors[0][2]
    # all or nothing: neither record was purged
    assert store.scalar("SELECT count(*) FROM initiatives WHERE id IN (?, ?)", (ini.id, other.id)) == 2
    assert page.model.rowCount() == 2
