"""Reusable entry widgets: DateEdit (dd/mm/yyyy), MoneyEdit (7.020.000), UnitPicker (units valid on a date)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from dvdesk.domain.entities import Unit
from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.ui.widgets.date_edit import INVALID_DATE_MESSAGE, DateEdit, parse_date_vn
from dvdesk.ui.widgets.money_edit import MoneyEdit, parse_money_vn
from dvdesk.ui.widgets.unit_picker import (
    DEPTH_ROLE,
    OLD_SUFFIX,
    UNIT_ID_ROLE,
    FoldFilterProxy,
    UnitListModel,
    UnitPicker,
    tree_entries,
)

QT_FIXTURE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# ------------------------------------------------------------------------------------------------
# DateEdit
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("15/10/2025", date(2025, 10, 15)),
    ("5/1/2026", date(2026, 1, 5)),
    ("05/01/2026", date(2026, 1, 5)),
    ("15-10-2025", date(2025, 10, 15)),
    ("15.10.2025", date(2025, 10, 15)),
    (" 15 / 10 / 2025 ", date(2025, 10, 15)),
    ("15/10/25", date(2025, 10, 15)),
    ("15102025", date(2025, 10, 15)),
    ("2025-10-15", date(2025, 10, 15)),
    ("Kiên Giang, ngày 15 tháng 4 năm 2021", date(2021, 4, 15)),
    ("ngày 05 tháng 01 năm 2026", date(2026, 1, 5)),
    ("29/02/2024", date(2024, 2, 29)),
    ("29/02/2025", None),
    ("31/04/2025", None),
    ("32/1/2025", None),
    ("15/13/2025", None),
    ("10/2025", None),
    ("hôm nay", None),
    ("", None),
])
def test_parse_date_examples(text, expected):
    assert parse_date_vn(text) == expected


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)), st.sampled_from("/-."),
       st.booleans())
def test_parse_date_round_trip(d, sep, pad):
    assert parse_date_vn(date_vn(d)) == d
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    assert parse_date_vn(f"{day}{sep}{month}{sep}{d.year:04d}") == d


@given(st.text(max_size=40))
def test_parse_date_garbage_never_raises(text):
    result = parse_date_vn(text)
    assert result is None or isinstance(result, date)


@QT_FIXTURE
@given(text=st.text(max_size=30))
def test_date_edit_garbage_never_raises(qtbot, text):
    w = DateEdit()
    qtbot.addWidget(w)
    w.setText(text)
    w._on_editing_finished()
    value = w.date()
    assert value is None or isinstance(value, date)
    assert w.is_valid() == (w.is_blank() or value is not None)


@QT_FIXTURE
@given(d=st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 12, 31)))
def test_date_edit_set_get_round_trip(qtbot, d):
    w = DateEdit()
    qtbot.addWidget(w)
    w.setDate(d)
    assert w.text() == date_vn(d) and w.date() == d and w.is_valid()


def test_date_edit_typing_normalizes_and_flags_invalid(qtbot):
    w = DateEdit()
    qtbot.addWidget(w)
    w.show()
    changes = []
    w.dateChanged.connect(changes.append)
    qtbot.keyClicks(w, "5-1-2026")
    assert w.date() == date(2026, 1, 5)
    assert changes[-1] == date(2026, 1, 5)
    w._on_editing_finished()  # what leaving the field does
    assert w.text() == "05/01/2026"
    assert not w.shows_invalid()

    w.clear()
    qtbot.keyClicks(w, "31/02/2026")
    w._on_editing_finished()
    assert w.date() is None and not w.is_valid()
    assert w.shows_invalid()
    assert "#c62828" in w.styleSheet()  # red border
    assert w.toolTip() == INVALID_DATE_MESSAGE
    w.clear()  # empty is allowed and clears the red border at once
    assert w.is_valid() and not w.shows_invalid() and w.date() is None
    w.setDate(None)
    assert w.text() == ""


def test_date_edit_paste(qtbot):
    w = DateEdit()
    qtbot.addWidget(w)
    w.show()
    QApplication.clipboard().setText("15.10.2025")
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.date() == date(2025, 10, 15)


def test_date_edit_calendar_popup(qtbot):
    w = DateEdit()
    qtbot.addWidget(w)
    w.show()
    w.setDate(date(2025, 10, 15))
    w.calendar_action.trigger()
    popup = w.calendar_popup()
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2025, 10, 15)
    popup.calendar.clicked.emit(QDate(2025, 10, 20))
    assert w.date() == date(2025, 10, 20)
    assert not popup.isVisible()


# ------------------------------------------------------------------------------------------------
# MoneyEdit
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("7.020.000", 7_020_000),
    ("7020000", 7_020_000),
    ("7,020,000 đ", 7_020_000),
    ("7.020.000 đồng", 7_020_000),
    ("7 020 000 VNĐ", 7_020_000),
    ("7.020.000,00", 7_020_000),
    ("7,020,000.50", 7_020_001),
    ("Kinh phí: 7.020.000 đồng", 7_020_000),
    ("0", 0),
    ("không đồng", None),
    ("", None),
])
def test_parse_money_examples(text, expected):
    assert parse_money_vn(text) == expected


@given(st.integers(min_value=0, max_value=10**15))
def test_parse_money_round_trip(n):
    assert parse_money_vn(money_vn(n)) == n
    assert parse_money_vn(f"{n:,} đ") == n
    assert parse_money_vn(money_vn(n) + " đồng") == n
    assert parse_money_vn(f"{n:,}".replace(",", " ") + " VNĐ") == n


@given(st.text(max_size=40))
def test_parse_money_garbage_never_raises(text):
    result = parse_money_vn(text)
    assert result is None or (isinstance(result, int) and result >= 0)


def test_money_edit_groups_while_typing(qtbot):
    w = MoneyEdit()
    qtbot.addWidget(w)
    w.show()
    seen = []
    w.valueChanged.connect(seen.append)
    qtbot.keyClicks(w, "7020000")
    assert w.text() == "7.020.000" and w.value() == 7_020_000
    assert seen[-1] == 7_020_000
    assert w.cursorPosition() == len("7.020.000")
    # insert in the middle: the caret stays after the digit typed
    w.setCursorPosition(1)
    qtbot.keyClicks(w, "1")
    assert w.text() == "71.020.000" and w.cursorPosition() == 2
    # backspace right after a dot erases the digit before it, not just the dot
    w.setText("7.020.000")
    w.setCursorPosition(2)
    qtbot.keyClick(w, Qt.Key.Key_Backspace)
    assert w.text() == "20.000"
    w.clear()
    assert w.value() == 0
    qtbot.keyClicks(w, "abc")
    assert w.text() == "" and w.value() == 0


def test_money_edit_paste(qtbot):
    w = MoneyEdit()
    qtbot.addWidget(w)
    w.show()
    w.setFocus()
    for pasted in ("7,020,000 đ", "7.020.000 đồng"):
        w.clear()
        QApplication.clipboard().setText(pasted)
        qtbot.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert w.text() == "7.020.000" and w.value() == 7_020_000


@QT_FIXTURE
@given(n=st.integers(min_value=0, max_value=10**13))
def test_money_edit_typing_round_trip(qtbot, n):
    w = MoneyEdit()
    qtbot.addWidget(w)
    qtbot.keyClicks(w, str(n))
    assert w.value() == n
    assert w.text() == (money_vn(n) if n else "")
    w.setValue(n)
    assert w.value() == n


# ------------------------------------------------------------------------------------------------
# UnitPicker
# ------------------------------------------------------------------------------------------------
def _units() -> list[Unit]:
    cut = date(2025, 6, 30)
    return [
        Unit("Tỉnh ủy An Giang", "tinh", id=1, precedence=1),
        Unit("Huyện ủy Tân Châu", "huyen", id=2, parent_id=1, valid_to=cut, precedence=10),
        Unit("Xã Vĩnh Hòa", "xa", id=3, parent_id=2, valid_to=cut, precedence=20),
        Unit("Xã Vĩnh Hòa", "xa", id=4, parent_id=1, valid_from=date(2025, 7, 1), precedence=20,
             short_name="Vĩnh Hòa"),
        Unit("Xã Vĩnh Xương", "xa", id=5, parent_id=1, valid_from=date(2025, 7, 1), precedence=21),
        Unit("Phường Châu Đốc", "xa", id=6, parent_id=1, precedence=22),
        Unit("Ban Dân vận Tỉnh ủy", "tinh", id=7, parent_id=1, valid_to=date(2025, 2, 28), precedence=2),
    ]


def test_unit_models(qtmodeltester):
    model = UnitListModel()
    model.set_entries(tree_entries(_units(), date(2025, 1, 1)))
    qtmodeltester.check(model)
    proxy = FoldFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("vinh hoa")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_unit_picker_lists_units_valid_on_the_date(qtbot):
    p = UnitPicker()
    qtbot.addWidget(p)
    p.set_units(_units())
    p.set_date(date(2025, 1, 15))
    assert set(p.offered_ids()) == {1, 2, 3, 6, 7}
    p.set_date(date(2025, 3, 1))
    assert set(p.offered_ids()) == {1, 2, 3, 6}  # the Ban Dân vận merged on 1/3/2025
    p.set_date(date(2026, 1, 1))
    assert set(p.offered_ids()) == {1, 4, 5, 6}
    # tree-ish: children after their parent, one level deeper
    model = p.combo.model()
    rows = {model.index(r, 0).data(UNIT_ID_ROLE): model.index(r, 0).data(DEPTH_ROLE) for r in range(model.rowCount())}
    assert rows[1] == 0 and rows[4] == 1
    assert p.offered_ids()[0] == 1


def test_unit_picker_old_unit_marked_and_show_old(qtbot):
    p = UnitPicker()
    qtbot.addWidget(p)
    p.set_units(_units())
    p.set_date(date(2025, 1, 15))
    p.set_unit_id(3)
    assert p.combo.currentText() == "Xã Vĩnh Hòa" and p.is_current_valid()
    p.set_date(date(2026, 1, 1))  # the old commune was merged on 1/7/2025
    assert p.unit_id() == 3
    assert p.combo.currentText() == "Xã Vĩnh Hòa" + OLD_SUFFIX
    assert not p.is_current_valid()
    assert 2 not in p.offered_ids()
    p.show_old_check.setChecked(True)
    assert {2, 3, 7} <= set(p.offered_ids())
    assert p.unit_id() == 3
    p.show_old_check.setChecked(False)
    assert 2 not in p.offered_ids() and 3 in p.offered_ids()


def test_unit_picker_diacritic_insensitive_search(qtbot):
    p = UnitPicker()
    qtbot.addWidget(p)
    p.set_units(_units())
    p.set_date(date(2026, 1, 1))
    assert p.matches("xa vinh hoa") == ["Xã Vĩnh Hòa"]
    assert p.matches("XA VINH") == ["Xã Vĩnh Hòa", "Xã Vĩnh Xương"]
    assert p.matches("chau doc") == ["Phường Châu Đốc"]
    assert p.matches("Xã Vĩnh Hòa") == ["Xã Vĩnh Hòa"]
    nfd = unicodedata.normalize("NFD", "Vĩnh Hòa")
    assert p.matches(nfd) == ["Xã Vĩnh Hòa"]
    assert p.matches("không có") == []


def test_unit_picker_typing_and_choosing(qtbot):
    p = UnitPicker()
    qtbot.addWidget(p)
    p.set_units(_units())
    p.set_date(date(2026, 1, 1))
    p.show()
    changes = []
    p.unitChanged.connect(changes.append)
    p.combo.setFocus()
    qtbot.keyClicks(p.combo.lineEdit(), "xa vinh hoa")
    popup = p.completer.popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["Xã Vĩnh Hòa"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert p.unit_id() == 4 and changes[-1] == 4
    assert p.combo.currentText() == "Xã Vĩnh Hòa"
    # leaving the field with a single match picks it; with no match the choice stays
    p.combo.lineEdit().setText("chau doc")
    p.commit_text()
    assert p.unit_id() == 6 and p.combo.currentText() == "Phường Châu Đốc"
    p.combo.lineEdit().setText("zzz")
    p.commit_text()
    assert p.unit_id() == 6 and p.combo.currentText() == "Phường Châu Đốc"
    p.combo.lineEdit().setText("")
    p.commit_text()
    assert p.unit_id() is None
