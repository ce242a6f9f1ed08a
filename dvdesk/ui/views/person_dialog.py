"""A person's page: every award and every initiative under the same name (folded: with or without
diacritics, any case), with the decision's number, date, form and amount. Opened from the search
(Ctrl+F) on an award; an initiative opens in its registration dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.vntext import money_vn
from dvdesk.domain.vocab import InitiativeKind, Status, SubjectKind
from dvdesk.store.people import AwardHit, PersonRecords, person_records
from dvdesk.ui.views.search_dialog import _iso_vn

AWARD_COLUMNS = ("Số quyết định", "Ngày ký", "Hình thức khen thưởng", "Số tiền", "Chức vụ", "Đơn vị", "Năm sinh")
INITIATIVE_COLUMNS = ("Mã", "Tên mô hình, điển hình", "Loại", "Năm", "Đơn vị", "Trạng thái")


def _table(columns: tuple[str, ...], widths: tuple[int, ...], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(list(columns))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)  # one line a row; long texts end in "…" and show whole in the tooltip
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(26)
    header = t.horizontalHeader()
    for col, width in enumerate(widths):
        t.setColumnWidth(col, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _cell(text: object, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setToolTip(item.text())
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PersonDialog(QDialog):
    def __init__(self, store, award: AwardHit, parent: QWidget | None = None, *,
                 open_initiative: Callable[[int], Any] | None = None):
        super().__init__(parent)
        self.store = store
        self.award = award
        self.open_initiative = open_initiative
        self.setWindowTitle(f"Hồ sơ khen thưởng — {award.recipient_name}")
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.same_year = QCheckBox()
        self.same_year.setVisible(award.birth_year is not None)
        if award.birth_year is not None:
            self.same_year.setText(f"Chỉ những lần khen cùng năm sinh {award.birth_year} (bỏ người trùng tên)")
        self.same_year.toggled.connect(lambda _=None: self.reload())
        layout.addWidget(self.same_year)
        self.awards_box = QGroupBox()
        box = QVBoxLayout(self.awards_box)
        self.awards_table = _table(AWARD_COLUMNS, (130, 90, 330, 100, 200, 200, 70), 2)
        box.addWidget(self.awards_table)
        layout.addWidget(self.awards_box, 3)
        self.initiatives_box = QGroupBox()
        box = QVBoxLayout(self.initiatives_box)
        self.initiatives_table = _table(INITIATIVE_COLUMNS, (120, 400, 90, 60, 220, 160), 1)
        self.initiatives_table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        box.addWidget(self.initiatives_table)
        layout.addWidget(self.initiatives_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.records = PersonRecords(award.recipient_name, award.recipient_kind, None)
        self.reload()

    def reload(self) -> None:
        a = self.award
        year = a.birth_year if self.same_year.isChecked() else None
        self.records = r = person_records(self.store, a.recipient_name, a.recipient_kind, birth_year=year)
        kind = SubjectKind.label_of(a.recipient_kind)
        self.title.setText(a.recipient_name)
        details = [kind]
        if a.birth_year:
            details.append(f"năm sinh {a.birth_year}")
        if a.position:
            details.append(a.position)
        if a.unit_text:
            details.append(a.unit_text)
        total = sum(h.amount for h in r.awards)
        self.summary.setText(f"{' — '.join(details)}. Khen thưởng {len(r.awards)} lần, tổng số tiền "
                             f"{money_vn(total)} đồng; {len(r.initiatives)} mô hình, điển hình.")
        self.awards_box.setTitle(f"Khen thưởng ({len(r.awards)})")
        self.initiatives_box.setTitle(f"Mô hình, điển hình ({len(r.initiatives)})")
        t = self.awards_table
        t.setRowCount(len(r.awards))
        for row, h in enumerate(r.awards):
            values = (h.decision_number, _iso_vn(h.signed_on), h.form_name, f"{money_vn(h.amount)} đ", h.position,
                      h.unit_text, h.birth_year or "")
            for col, value in enumerate(values):
                t.setItem(row, col, _cell(value, align_right=col in (3, 6)))
            if h.id == a.id:
                t.selectRow(row)
        t = self.initiatives_table
        t.setRowCount(len(r.initiatives))
        for row, h in enumerate(r.initiatives):
            values = (h.code, h.name, InitiativeKind.label_of(h.kind), h.year, h.unit_name, Status.label_of(h.status))
            for col, value in enumerate(values):
                t.setItem(row, col, _cell(value, align_right=col == 3))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.records.initiatives) and self.open_initiative is not None:
            self.open_initiative(self.records.initiatives[row].id)
