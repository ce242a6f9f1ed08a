"""The catalog screen (Danh mục), driven through its real widgets and dialogs; results are read
back from the store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel

from dvdesk.domain.entities import Initiative, Unit
from dvdesk.qtmodels.catalogs import (
    AwardFormModel,
    BaseSalaryModel,
    CatalogListModel,
    CoefficientModel,
    PhaseTreeModel,
    UnitTreeModel,
)
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.views.catalogs_page import CatalogsPage, parse_coefficient
from dvdesk.ui.widgets.date_edit import INVALID_DATE_MESSAGE


class Answers:
    """Stands in for the user at every Asker call: answers confirmations from a list (default
    yes) and records everything asked or shown."""

    def __init__(self, confirms=()):
        self.confirms = list(confirms)
        self.calls: list[tuple[str, str, str]] = []

    def __call__(self, kind, title, text):
        self.calls.append((kind, title, text))
        if kind == "confirm":
            return self.confirms.pop(0) if self.confirms else True
        return None

    def of(self, kind):
        return [c for c in self.calls if c[0] == kind]


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(Asker, "answer", a)
    return a


@pytest.fixture
def page(qtbot, store):
    p = CatalogsPage(store)
    qtbot.addWidget(p)
    p.resize(1100, 650)
    return p


def fill(fn):
    """A dialog hook that fills the real dialog with ``fn`` and presses OK."""
    seen = []

    def hook(dlg):
        seen.append(dlg)
        fn(dlg)
        dlg.press_ok()

    hook.seen = seen
    return hook


def select_units(page, *unit_ids):
    sm = page.ui.unitTree.selectionModel()
    sm.clearSelection()
    for uid in unit_ids:
        idx = page.unit_model.index_of(uid)
        assert idx.isValid()
        sm.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def add_initiative(store, unit_id, name="Mô hình thử", registered_on=date(2025, 8, 1)):
    phase = store.phases.by_code("2021-2025")
    return store.initiatives.create(Initiative(name=name, unit_id=unit_id, phase_id=phase.id, year=2025,
                                               registered_on=registered_on,
                                               field_id=store.fields.by_code("KT").id))


# ----------------------------------------------------------------------------------------------
def test_item_models(qtmodeltester, demo_store):
    units = UnitTreeModel(demo_store)
    qtmodeltester.check(units)
    units.set_show_closed(True)
    qtmodeltester.check(units)
    units.set_text("dan van")
    qtmodeltester.check(units)
    assert units.visible_count() > 0
    qtmodeltester.check(CatalogListModel(demo_store.fields))
    qtmodeltester.check(AwardFormModel(demo_store))
    coefs = CoefficientModel(demo_store)
    qtmodeltester.check(coefs)
    coefs.set_form(demo_store.award_forms.by_code("GK_BDV_TINH").id)
    qtmodeltester.check(coefs)
    qtmodeltester.check(BaseSalaryModel(demo_store))
    qtmodeltester.check(PhaseTreeModel(demo_store))


def test_parsers():
    assert parse_coefficient("0,3") == Decimal("0.3")
    assert parse_coefficient("1.5") == Decimal("1.5")
    assert parse_coefficient("-1") is None


def test_units_tree_hides_closed_and_shows_links(qtbot, demo_store):
    page = CatalogsPage(demo_store)
    qtbot.addWidget(page)
    model = page.unit_model
    today = date.today()
    live = sum(1 for u in demo_store.units.list() if u.valid_to is None or u.valid_to >= today)
    assert model.visible_count() == live < len(demo_store.units.list())
    page.ui.showClosedCheck.setChecked(True)
    assert model.visible_count() == len(demo_store.units.list())
    # a merged unit shows where it came from and what replaced it
    merged = demo_store.query("SELECT successor_id FROM unit_links GROUP BY successor_id "
                              "HAVING count(*) >= 2 LIMIT 1")[0]["successor_id"]
    assert page.select_unit(merged)
    preds = [u.name for u in demo_store.units.predecessors(merged)]
    text = page.ui.predecessorsLabel.text()
    assert text.startswith("Tiền thân: ") and all(n in text for n in preds)
    assert page.ui.successorsLabel.text().startswith("Kế thừa bởi: ")
    # following a link selects the predecessor
    first = demo_store.units.predecessors(merged)[0]
    page._follow_link(f"unit:{first.id}")
    assert page.current_unit().id == first.id
    assert demo_store.units.get(merged).name in page.ui.successorsLabel.text()


def test_unverified_marker(page, store):
    u = store.units.create(Unit(name="Xã Mới Nhập", level="xa", verified=False))
    page.refresh_units(select=u.id)
    idx = page.unit_model.index_of(u.id, 4)
    assert "chưa xác minh" in idx.data()
    assert not page.ui.unverifiedLabel.isHidden()
    assert "1 chưa xác minh" in page.ui.unitCountLabel.text()


def test_field_add_rename_delete(page, store, answers):
    page.ui.tabs.setCurrentIndex(page.TAB_FIELDS)
    tab = page.fields_tab
    changed = []
    page.changed.connect(lambda: changed.append(1))

    def add(dlg):
        dlg.ui.nameEdit.setText("Xây dựng nông thôn mới")
        dlg.ui.nameEdit.textEdited.emit("Xây dựng nông thôn mới")  # as if typed: the code follows
        assert dlg.ui.codeEdit.text() == "XDNTM"

    page.dialog_hook = fill(add)
    page.ui.addFieldButton.click()
    item = store.fields.by_code("XDNTM")
    assert item.name == "Xây dựng nông thôn mới"
    assert tab.current().id == item.id and changed

    # a duplicate code keeps the dialog open with the message next to the code
    page.dialog_hook = fill(lambda d: (d.ui.codeEdit.setText("KT"), d.ui.nameEdit.setText("Khác")))
    page.ui.addFieldButton.click()
    dlg = page.dialog_hook.seen[0]
    assert "đã có" in dlg.ui.codeError.text() and not dlg.ui.codeError.isHidden()
    assert len(store.fields.list()) == 5

    tab.select(item.id)
    page.dialog_hook = fill(lambda d: d.ui.nameEdit.setText("Nông thôn mới"))
    page.ui.renameFieldButton.click()
    assert store.fields.get(item.id).name == "Nông thôn mới"

    tab.select(item.id)
    page.ui.deleteFieldButton.click()
    assert answers.of("confirm") and "Thùng rác" in answers.of("confirm")[-1][2]
    assert [t.label for t in store.trash.list()] == ["Nông thôn mới"]
    assert all(f.id != item.id for f in store.fields.list())


def test_field_delete_refused_when_in_use(page, store, answers):
    unit = store.units.create(Unit(name="Xã Bình An", level="xa"))
    for i in range(3):
        add_initiative(store, unit.id, f"Mô hình {i}")
    page.refresh()
    kt = store.fields.by_code("KT")
    page.fields_tab.select(kt.id)
    assert page.fields_tab.current().usage == 3
    page.ui.deleteFieldButton.click()
    errors = answers.of("error")
    assert len(errors) == 1
    assert "3 bản ghi" in errors[0][2] and "Kinh tế" in errors[0][2]
    assert store.fields.get(kt.id).name == "Kinh tế"


def test_block_add_and_delete_refused_with_unit_count(page, store, answers):
    page.dialog_hook = fill(lambda d: (d.ui.codeEdit.setText("TG"), d.ui.nameEdit.setText("Khối tôn giáo")))
    page.ui.addBlockButton.click()
    block = store.blocks.by_code("TG")
    store.units.create(Unit(name="Ban Trị sự", level="tinh", block_id=block.id))
    page.refresh()
    page.blocks_tab.select(block.id)
    page.ui.deleteBlockButton.click()
    assert "1 bản ghi" in answers.of("error")[0][2]


def test_merge_two_units(page, store, answers):
    a = store.units.create(Unit(name="Xã Bình An", level="xa"))
    b = store.units.create(Unit(name="Xã Bình Hòa", level="xa"))
    page.refresh_units()
    select_units(page, a.id, b.id)
    assert page.ui.mergeUnitsButton.isEnabled()

    # one unit only: the dialog refuses and nothing is written
    def only_one(dlg):
        dlg.set_checked({a.id})
        dlg.ui.nameEdit.setText("Xã Bình Hòa An")

    page.dialog_hook = fill(only_one)
    page.merge_units()
    assert "ít nhất hai" in page.dialog_hook.seen[0].errors_text()
    assert len(store.units.list()) == 2

    def merge(dlg):
        assert set(dlg.checked_ids()) == {a.id, b.id}  # the selection is pre-checked
        dlg.ui.nameEdit.setText("Xã Bình Hòa An")
        dlg.ui.dateEdit.setDate(date(2025, 7, 1))

    page.dialog_hook = fill(merge)
    page.ui.mergeUnitsButton.click()
    confirm = answers.of("confirm")[-1][2]
    assert "Xã Bình An" in confirm and "01/07/2025" in confirm
    new = next(u for u in store.units.list() if u.name == "Xã Bình Hòa An")
    assert new.valid_from == date(2025, 7, 1)
    for old in (a, b):
        assert store.units.get(old.id).valid_to == date(2025, 6, 30)
        assert [u.id for u in store.units.successors(old.id)] == [new.id]
    assert {u.id for u in store.units.predecessors(new.id)} == {a.id, b.id}
    # the page selects the new unit and names its predecessors
    assert page.current_unit().id == new.id
    assert "Xã Bình An" in page.ui.predecessorsLabel.text()
    assert "Xã Bình Hòa" in page.ui.predecessorsLabel.text()
    assert "hợp nhất, từ 01/07/2025" in page.ui.predecessorsLabel.text()


def test_merge_declined_writes_nothing(page, store, answers):
    a = store.units.create(Unit(name="Xã A", level="xa"))
    b = store.units.create(Unit(name="Xã B", level="xa"))
    page.refresh_units()
    select_units(page, a.id, b.id)
    answers.confirms = [False]
    page.dialog_hook = fill(lambda d: (d.ui.nameEdit.setText("Xã AB"), d.ui.dateEdit.setDate(date(2025, 7, 1))))
    page.merge_units()
    assert answers.of("confirm")
    assert page.dialog_hook.seen[0].result() == 0
    assert len(store.units.list()) == 2 and store.units.get(a.id).valid_to is None


def test_rename_split_close_and_delete_unit(page, store, answers):
    u = store.units.create(Unit(name="Xã Vĩnh Thanh", level="xa", valid_from=date(2020, 1, 1)))
    page.refresh_units(select=u.id)

    def rename(dlg):
        dlg.ui.nameEdit.setText("Phường Vĩnh Thanh")
        dlg.ui.dateEdit.setDate(date(2024, 1, 1))

    page.dialog_hook = fill(rename)
    page.ui.renameUnitButton.click()
    renamed = store.units.successors(u.id)[0]
    assert renamed.name == "Phường Vĩnh Thanh" and store.units.get(u.id).valid_to == date(2023, 12, 31)
    assert page.current_unit().id == renamed.id
    assert "đổi tên" in page.ui.predecessorsLabel.text()

    # a date before the unit began: the repository's message is shown next to the date
    def too_early(dlg):
        dlg.ui.namesEdit.setPlainText("Phường A\nPhường B")
        dlg.ui.dateEdit.setDate(date(2023, 6, 1))

    page.dialog_hook = fill(too_early)
    page.ui.splitUnitButton.click()
    assert "sau ngày đơn vị bắt đầu" in page.dialog_hook.seen[0].ui.dateError.text()

    def split(dlg):
        dlg.ui.namesEdit.setPlainText("Phường Vĩnh Thanh A\n\nPhường Vĩnh Thanh B\n")
        dlg.ui.dateEdit.setDate(date(2025, 7, 1))

    page.dialog_hook = fill(split)
    page.ui.splitUnitButton.click()
    parts = store.units.successors(renamed.id)
    assert [p.name for p in parts] == ["Phường Vĩnh Thanh A", "Phường Vĩnh Thanh B"]

    page.select_unit(parts[0].id)
    page.dialog_hook = fill(lambda d: d.ui.dateEdit.setText("31/02/2026"))  # not a date
    page.ui.closeUnitButton.click()
    assert page.dialog_hook.seen[0].ui.dateError.text() == INVALID_DATE_MESSAGE
    page.dialog_hook = fill(lambda d: d.ui.dateEdit.setDate(date(2026, 1, 1)))
    page.ui.closeUnitButton.click()
    assert store.units.get(parts[0].id).valid_to == date(2025, 12, 31)

    # delete: refused with the count when records use the unit
    add_initiative(store, parts[1].id)
    add_initiative(store, parts[1].id, "Mô hình khác")
    page.refresh_units(select=parts[1].id)
    page.ui.deleteUnitButton.click()
    err = answers.of("error")[-1][2]
    assert "2 bản ghi" in err and "Phường Vĩnh Thanh B" in err
    assert store.units.get(parts[1].id)


def test_add_and_edit_unit(page, store, answers):
    parent = store.units.create(Unit(name="Ủy ban nhân dân tỉnh An Giang", level="tinh"))
    page.refresh_units(select=parent.id)

    def add(dlg):
        dlg.ui.nameEdit.setText("Sở Nội vụ tỉnh An Giang")
        dlg.ui.levelCombo.setCurrentIndex(dlg.ui.levelCombo.findData("tinh"))
        dlg.ui.validFromEdit.setDate(date(2025, 3, 1))
        assert dlg.ui.parentPicker.unit_id() == parent.id  # the selected unit is offered as parent
        assert parent.id in dlg.ui.parentPicker.offered_ids()

    page.dialog_hook = fill(add)
    page.ui.addUnitButton.click()
    child = next(u for u in store.units.list() if u.name == "Sở Nội vụ tỉnh An Giang")
    assert child.parent_id == parent.id and child.valid_from == date(2025, 3, 1)
    assert page.unit_model.parent(page.unit_model.index_of(child.id)).internalId() == parent.id

    # a typo correction keeps the same record
    page.dialog_hook = fill(lambda d: d.ui.nameEdit.setText("Sở Nội vụ tỉnh An Giang (sửa)"))
    page.ui.editUnitButton.click()
    assert store.units.get(child.id).name == "Sở Nội vụ tỉnh An Giang (sửa)"

    # an empty name is refused next to the field
    page.dialog_hook = fill(lambda d: d.ui.nameEdit.setText(""))
    page.ui.editUnitButton.click()
    assert page.dialog_hook.seen[0].ui.nameError.text()


def test_coefficient_and_base_salary(page, store, answers):
    forms = store.award_forms
    gk = forms.by_code("GK_BDV_TINH")
    page.ui.tabs.setCurrentIndex(page.TAB_FORMS)
    page.select_form(gk.id)
    assert page.coef_model.form_id == gk.id
    assert "Giấy khen" in page.ui.coefTitleLabel.text()

    def coef(dlg):
        dlg.ui.dateEdit.setDate(date(2026, 1, 1))
        dlg.ui.kindCombo.setCurrentIndex(dlg.ui.kindCombo.findData("ca_nhan"))
        dlg.ui.valueEdit.setText("0,5")
        dlg.ui.basisEdit.setText("Quyết định của Tỉnh ủy")
        assert "1.170.000" in dlg.ui.previewLabel.text()

    page.dialog_hook = fill(coef)
    page.ui.addCoefButton.click()
    assert forms.amount_for(gk.id, "ca_nhan", date(2026, 2, 1)) == (Decimal("0.5"), 2_340_000, 1_170_000)
    assert forms.amount_for(gk.id, "ca_nhan", date(2025, 10, 10))[2] == 710_000  # history unchanged
    rows = page.coef_model.rows()
    assert rows[-1].valid_from == date(2026, 1, 1) and rows[-1].individual == Decimal("0.5")
    assert page.coef_model.index(len(rows) - 1, 1).data() == "0,5"

    # the same date again asks before replacing
    page.dialog_hook = fill(lambda d: (d.ui.dateEdit.setDate(date(2026, 1, 1)), d.ui.valueEdit.setText("0,4")))
    answers.confirms = [False]
    page.ui.addCoefButton.click()
    assert "Thay" in answers.of("confirm")[-1][2]
    assert forms.amount_for(gk.id, "ca_nhan", date(2026, 2, 1))[0] == Decimal("0.5")

    # base salary: a new row typed the Vietnamese way
    page.ui.tabs.setCurrentIndex(page.TAB_SALARY)

    def salary(dlg):
        dlg.ui.dateEdit.setDate(date(2026, 7, 1))
        dlg.ui.amountEdit.setText("2.530.000")

    page.dialog_hook = fill(salary)
    page.ui.addSalaryButton.click()
    assert (date(2026, 7, 1), 2_530_000) in forms.base_salaries()
    assert forms.amount_for(gk.id, "ca_nhan", date(2026, 7, 2)) == (Decimal("0.5"), 2_530_000, 1_270_000)
    row = page.salary_model.row_of_id("2026-07-01")
    assert page.salary_model.index(row, 1).data() == "2.530.000"

    # edit the row: the date is fixed, the amount changes
    page.ui.salaryTable.selectRow(row)
    page.dialog_hook = fill(lambda d: d.ui.amountEdit.setText("2.600.000"))
    page.ui.editSalaryButton.click()
    assert page.dialog_hook.seen[0].ui.dateEdit.isReadOnly()
    assert (date(2026, 7, 1), 2_600_000) in forms.base_salaries()

    # a bad amount stays in the dialog
    page.dialog_hook = fill(lambda d: (d.ui.dateEdit.setDate(date(2027, 1, 1)), d.ui.amountEdit.setText("abc")))
    page.ui.addSalaryButton.click()
    assert "lớn hơn 0" in page.dialog_hook.seen[0].ui.valueError.text()
    assert len(forms.base_salaries()) == 4


def test_add_phase(page, store, answers):
    page.ui.tabs.setCurrentIndex(page.TAB_PHASES)

    def phase(dlg):
        assert dlg.years() == (2031, 2035, 2033)  # after the last phase
        dlg.ui.soKetSpin.setValue(2034)

    page.dialog_hook = fill(phase)
    page.ui.addPhaseButton.click()
    p = store.phases.by_code("2031-2035")
    keys = [m.key for m in store.phases.milestones(p.id)]
    assert "so-ket-2034" in keys and "tong-ket-2035" in keys and "nam-2031" in keys
    idx = page.phase_model.index_of_phase(p.id)
    assert idx.data() == "Giai đoạn 2031–2035"
    assert page.phase_model.rowCount(idx) == len(keys)

    page.dialog_hook = fill(lambda d: d.ui.startSpin.setValue(2031))
    page.ui.addPhaseButton.click()
    assert "đã có" in page.dialog_hook.seen[0].ui.yearsError.text()


# -- award forms and base salary: add, rename, delete dated rows ------------------------------------
def _award(store, form_id, number, name):
    """A saved award of 10/10/2025 (0,3 × 2.340.000 for a Giấy khen)."""
    from dvdesk.domain.entities import Award, Decision

    d = store.decisions.create(Decision(number=number, signed_on=date(2025, 10, 10), form_id=form_id))
    return store.awards.create(Award(decision_id=d.id, recipient_kind="ca_nhan", recipient_name=name))


def test_add_and_rename_award_form(page, store, answers):
    page.ui.tabs.setCurrentIndex(page.TAB_FORMS)
    changed = []
    page.changed.connect(lambda: changed.append(1))

    def add(dlg):
        assert not dlg.ui.moneyCheck.isHidden() and dlg.ui.moneyCheck.isChecked()
        dlg.ui.nameEdit.setText("Giấy khen của Ủy ban MTTQ xã")
        dlg.ui.nameEdit.textEdited.emit("Giấy khen của Ủy ban MTTQ xã")
        assert dlg.ui.codeEdit.text() == "GKCUBMX"
        dlg.ui.codeEdit.setText("GK_MTTQ_XA")
        dlg.ui.moneyCheck.setChecked(False)

    page.dialog_hook = fill(add)
    page.addFormButton.click()
    form = store.award_forms.by_code("GK_MTTQ_XA")
    assert form.name == "Giấy khen của Ủy ban MTTQ xã" and form.carries_money is False
    assert page.current_form().id == form.id and changed
    assert page.form_model.rowCount() == 9
    assert "không kèm tiền thưởng" in page.ui.currentAmountLabel.text()

    # a duplicate code keeps the dialog open with the message next to the code
    page.dialog_hook = fill(lambda d: (d.ui.codeEdit.setText("GK_BDV_TINH"), d.ui.nameEdit.setText("Trùng")))
    page.addFormButton.click()
    dlg = page.dialog_hook.seen[0]
    assert "đã có" in dlg.ui.codeError.text() and not dlg.ui.codeError.isHidden()
    assert len(store.award_forms.list()) == 9

    page.select_form(form.id)
    assert page.renameFormButton.isEnabled()

    def rename(dlg):
        assert dlg.ui.codeEdit.isReadOnly() and dlg.ui.codeEdit.text() == "GK_MTTQ_XA"
        dlg.ui.nameEdit.setText("Giấy khen của Ủy ban Mặt trận Tổ quốc Việt Nam xã")

    page.dialog_hook = fill(rename)
    page.renameFormButton.click()
    assert store.award_forms.get(form.id).name == "Giấy khen của Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert page.current_form().name == "Giấy khen của Ủy ban Mặt trận Tổ quốc Việt Nam xã"

    page.dialog_hook = fill(lambda d: d.ui.nameEdit.setText(" "))
    page.renameFormButton.click()
    assert "Chưa nhập tên" in page.dialog_hook.seen[0].ui.nameError.text()
    assert store.award_forms.get(form.id).name == "Giấy khen của Ủy ban Mặt trận Tổ quốc Việt Nam xã"


def _select_coef(page, valid_from):
    row = page.coef_model.row_of_id(valid_from.isoformat())
    assert row >= 0
    page.ui.coefTable.selectRow(row)


def test_delete_coefficient_row(page, store, answers):
    forms = store.award_forms
    gk = forms.by_code("GK_BDV_TINH")
    forms.set_coefficient(gk.id, "ca_nhan", date(2026, 1, 1), "0.5")
    forms.set_coefficient(gk.id, "tap_the", date(2026, 1, 1), "1")
    page.refresh()
    page.ui.tabs.setCurrentIndex(page.TAB_FORMS)
    page.select_form(gk.id)
    assert not page.deleteCoefButton.isEnabled()
    _select_coef(page, date(2026, 1, 1))
    assert page.deleteCoefButton.isEnabled()

    answers.confirms = [False]  # declined: nothing changes
    page.deleteCoefButton.click()
    title, text = answers.of("confirm")[-1][1:]
    assert title == "Xóa dòng hệ số" and "01/01/2026" in text and "cá nhân 0,5" in text and "tập thể 1" in text
    assert len(forms.coefficients(gk.id)) == 6

    page.deleteCoefButton.click()
    assert all(c.valid_from != date(2026, 1, 1) for c in forms.coefficients(gk.id))
    assert page.coef_model.row_of_id("2026-01-01") == -1 and not page.deleteCoefButton.isEnabled()

    # a row saved awards used: refused through Asker.error, with the count
    _award(store, gk.id, "7-QĐ/BDVTU", "Nguyễn Văn An")
    page.refresh()
    _select_coef(page, date(2025, 7, 1))
    page.deleteCoefButton.click()
    errors = answers.of("error")
    assert len(errors) == 1 and errors[0][1] == "Không xóa được hệ số" and "1 khen thưởng" in errors[0][2]
    assert len(forms.coefficients(gk.id)) == 4


def test_delete_base_salary_row(page, store, answers):
    forms = store.award_forms
    forms.set_base_salary(date(2026, 7, 1), 2_530_000)
    page.refresh()
    page.ui.tabs.setCurrentIndex(page.TAB_SALARY)
    assert not page.deleteSalaryButton.isEnabled()
    page.ui.salaryTable.selectRow(page.salary_model.row_of_id("2026-07-01"))
    assert page.deleteSalaryButton.isEnabled()
    page.deleteSalaryButton.click()
    text = answers.of("confirm")[-1][2]
    assert "2.530.000 đồng" in text and "01/07/2026" in text
    assert [r[0] for r in forms.base_salaries_detail()] == [date(2019, 7, 1), date(2023, 7, 1), date(2024, 7, 1)]
    assert page.salary_model.rowCount() == 3

    # used by a saved award: refused, the row stays
    gk = forms.by_code("GK_BDV_TINH")
    award = _award(store, gk.id, "8-QĐ/BDVTU", "Lê Văn Bình")
    page.refresh()
    page.ui.salaryTable.selectRow(page.salary_model.row_of_id("2024-07-01"))
    page.deleteSalaryButton.click()
    assert "1 khen thưởng" in answers.of("error")[-1][2]
    assert len(forms.base_salaries()) == 3

    # down to the last row: refused
    for on in ("2019-07-01", "2023-07-01"):
        page.ui.salaryTable.selectRow(page.salary_model.row_of_id(on))
        page.deleteSalaryButton.click()
    assert forms.base_salaries() == [(date(2024, 7, 1), 2_340_000)]
    assert store.awards.get(award.id).amount == 710_000
    page.ui.salaryTable.selectRow(0)
    page.deleteSalaryButton.click()
    assert "duy nhất" in answers.of("error")[-1][2]
    assert forms.base_salaries() == [(date(2024, 7, 1), 2_340_000)]


def test_catalog_tabs_render_without_clipping(page, store, tmp_path):
    """The two tabs at 1366×768: every new button shows its whole caption."""
    page.resize(1366, 768)
    page.show()
    out = tmp_path
    for tab, buttons in ((page.TAB_FORMS, (page.addFormButton, page.renameFormButton, page.deleteCoefButton,
                                           page.ui.addCoefButton)),
                         (page.TAB_SALARY, (page.ui.addSalaryButton, page.ui.editSalaryButton,
                                            page.deleteSalaryButton))):
        page.ui.tabs.setCurrentIndex(tab)
        page.grab().save(str(out / f"tab_{tab}.png"))
        for b in buttons:
            assert b.isVisible() and b.width() >= b.sizeHint().width(), b.text()
