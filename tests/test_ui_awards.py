"""The Khen thưởng page and the decision editor (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QDate, QMimeData, QModelIndex, Qt

from dvdesk.domain.entities import Award, Review
from dvdesk.domain.vocab import AwardOrder, SubjectKind
from dvdesk.qtmodels.awards import DecisionListModel, IssuerModel, RecipientModel
from dvdesk.ui.dialogs import Asker


@pytest.fixture
def answers():
    asked = []
    Asker.answer = lambda kind, title, text: asked.append((kind, title, text)) or True
    yield asked
    Asker.answer = None


def test_models(qtmodeltester, demo_store):
    m = DecisionListModel(demo_store)
    m.refresh()
    assert m.rowCount() > 0
    qtmodeltester.check(m)
    issuers = IssuerModel(demo_store)
    issuers.refresh()
    qtmodeltester.check(issuers)
    rec = RecipientModel()
    rec.set_money({"ca_nhan": (Decimal("0.3"), 2_340_000, 710_000), "tap_the": (Decimal("0.6"), 2_340_000, 1_410_000)})
    rec.set_rows(demo_store.awarding.recipients(m.row_id(0)))
    rec.set_warnings({0: ["Cảnh báo thử"]})
    qtmodeltester.check(rec)


def test_recipient_model_edits_money_and_order():
    rec = RecipientModel()
    rec.set_money({"ca_nhan": (Decimal("0.3"), 2_340_000, 710_000), "tap_the": (Decimal("0.6"), 2_340_000, 1_410_000)})
    rec.append([Award(0, SubjectKind.CA_NHAN, "An"), Award(0, SubjectKind.TAP_THE, "Xã B"),
                Award(0, SubjectKind.CA_NHAN, "Cường")])
    assert [a.amount for a in rec.rows] == [710_000, 1_410_000, 710_000]
    amount, reason = RecipientModel.COL["amount"], RecipientModel.COL["amount_override_reason"]
    assert rec.setData(rec.index(0, amount), "1.000.000")
    assert rec.rows[0].amount == 1_000_000 and rec.rows[0].amount_override_reason == "Sửa bằng tay"
    rec.setData(rec.index(0, reason), "Theo đề nghị của Hội đồng")
    assert rec.index(0, amount).data() == "1.000.000"
    rec.setData(rec.index(0, reason), "")  # no reason: back to the computed amount
    assert rec.rows[0].amount == 710_000
    # drag the last row to the top
    mime = rec.mimeData([rec.index(2, 0)])
    assert rec.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert [a.recipient_name for a in rec.rows] == ["Cường", "An", "Xã B"]
    assert rec.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not rec.canDropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def _btv_form(store) -> int:
    """A Bằng khen of the Ban Thường vụ Tỉnh ủy (not in the seeded catalog) tied to its body."""
    f = store.award_forms.create("BK_BTV_TINH", "Bằng khen của Ban Thường vụ Tỉnh ủy")
    store.award_forms.set_coefficient(f.id, SubjectKind.CA_NHAN, date(2019, 1, 1), "1.0")
    store.award_forms.set_coefficient(f.id, SubjectKind.TAP_THE, date(2019, 1, 1), "2.0")
    store.award_forms.set_coefficient(f.id, SubjectKind.CA_NHAN, date(2025, 7, 1), "1.5")
    store.award_forms.set_coefficient(f.id, SubjectKind.TAP_THE, date(2025, 7, 1), "3.0")
    store.issuers.assign_form(f.id, "BTV_TINH")
    return f.id


def test_walk_decision_of_the_ban_thuong_vu(qtbot, demo_store, tmp_path, answers):
    from dvdesk.ui.views.main_window import MainWindow

    s = demo_store
    form_id = _btv_form(s)
    ms = s.phases.milestone("tong-ket-2025")
    rows = s.query("SELECT id, subject_kind FROM initiatives WHERE deleted_at IS NULL AND year <= 2025 ORDER BY id")
    picked = [r["id"] for r in rows if r["subject_kind"] == "tap_the"][:3] + \
             [r["id"] for r in rows if r["subject_kind"] == "ca_nhan"][:2]
    for i in picked:
        s.reviews.save(Review(initiative_id=i, milestone_id=ms.id, rating="tot", recognized=True, exemplary=True,
                              proposed_form_id=form_id))  # a proposal needs a recognized, tiêu biểu model
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.show()
    w.ui.navList.setCurrentRow([k for k, _ in __import__("dvdesk.ui.views.main_window", fromlist=["NAV"]).NAV]
                               .index("awards"))
    page = w.pages["awards"]
    before = page.model.rowCount()
    out = tmp_path / "danh-sach.xlsx"
    seen = {}

    def walk(dlg):
        dlg.issuerCombo.setCurrentIndex(dlg.issuerCombo.findData("BTV_TINH"))
        dlg.dateEdit.setDate(QDate(2025, 10, 20))
        assert dlg.decision.issuer_name == "TỈNH ỦY AN GIANG" and dlg.decision.issuer_symbol == "TU"
        row = s.issuers.on("BTV_TINH", date(2025, 10, 20))  # the signer lines of the row in force that day
        assert dlg.signerAuthorityEdit.text() == "T/M BAN THƯỜNG VỤ" == row.signer_authority
        assert dlg.signerTitleEdit.text() == row.signer_title and row.signer_title in ("BÍ THƯ", "PHÓ BÍ THƯ")
        seen["number"] = s.awarding.next_number(row.id, date(2025, 10, 20))  # the next in the Ban Thường vụ's term
        assert dlg.numberEdit.text() == seen["number"] and seen["number"].endswith("-QĐ/TU")
        assert "Điều lệ Đảng" in dlg.basesEdit.toPlainText()
        assert [dlg.formCombo.itemData(n) for n in range(dlg.formCombo.count())].count(form_id) == 1
        dlg.formCombo.setCurrentIndex(dlg.formCombo.findData(form_id))
        dlg.milestoneCombo.setCurrentIndex(dlg.milestoneCombo.findData(ms.id))
        assert dlg.fill_from_proposals() == 5
        amounts = {a.recipient_kind: a.amount for a in dlg.model.rows}
        assert amounts == {"tap_the": 7_020_000, "ca_nhan": 3_510_000}
        # reorder: the last row to the top (manual order)
        dlg.table.selectRow(4)
        for _ in range(4):
            dlg.move_selected(-1)
        assert dlg.orderCombo.currentData() == AwardOrder.MANUAL
        seen["order"] = [(a.recipient_name, a.recipient_kind) for a in dlg.model.rows]
        seen["override"] = dlg.model.rows[1].recipient_name
        # an amount changed by hand with its reason
        dlg.model.setData(dlg.model.index(1, RecipientModel.COL["amount"]), "8000000")
        dlg.model.setData(dlg.model.index(1, RecipientModel.COL["amount_override_reason"]), "Theo Kết luận số 12")
        assert dlg.save()
        assert dlg.decision.id is not None and not dlg.dirty
        seen["id"] = dlg.decision.id
        dlg.export_path_hook = lambda: str(out)
        assert dlg.export_list() == str(out)
        dlg.accept()

    page.dialog_hook = walk
    page.open_decision(None)
    assert page.model.rowCount() == before + 1
    d = s.decisions.get(seen["id"])
    assert (d.number, d.issuer_name, d.issuer_symbol, d.style) == (seen["number"], "TỈNH ỦY AN GIANG", "TU", "party")
    assert d.award_order == "manual"
    saved = s.awarding.recipients(d.id)
    # the list keeps the manual order, collectives first (I. TẬP THỂ, II. CÁ NHÂN)
    assert [a.recipient_name for a in saved] == [n for n, k in seen["order"] if k == "tap_the"] + \
        [n for n, k in seen["order"] if k == "ca_nhan"]
    over = next(a for a in saved if a.recipient_name == seen["override"])
    assert over.amount == 8_000_000 and over.amount_override_reason == "Theo Kết luận số 12"
    total = s.awards.total(d.id)
    computed = {"tap_the": 7_020_000, "ca_nhan": 3_510_000}
    assert total == 3 * 7_020_000 + 2 * 3_510_000 - computed[over.recipient_kind] + 8_000_000
    # the exported list reads back: issuer, order (collectives first, each in the saved order), total
    ws = openpyxl.load_workbook(out, data_only=True).worksheets[0]  # totals are SUM formulas, values cached
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    flat = " ".join(str(c) for row in cells for c in row if c is not None)
    assert "TỈNH ỦY AN GIANG" in flat and seen["number"] in flat
    names = [row[1] for row in cells if isinstance(row[0], int) and len(row) > 1]
    expected = [a.recipient_name for a in saved if a.recipient_kind == "tap_the"] + \
               [a.recipient_name for a in saved if a.recipient_kind == "ca_nhan"]
    assert names == expected
    totals = [row for row in cells if any(isinstance(c, str) and "Tổng cộng" in c for c in row)]
    assert totals and total in totals[0]
    # the page shows the new decision's counts and money
    page.set_filter(issuer_body="BTV_TINH", year=2025)
    theirs = s.scalar("SELECT coalesce(sum(a.amount), 0) FROM awards a JOIN decisions d ON d.id = a.decision_id "
                      "JOIN issuers i ON i.id = d.issuer_id WHERE i.body = 'BTV_TINH' AND d.id != ? AND "
                      "d.signed_on LIKE '2025-%' AND a.deleted_at IS NULL AND d.deleted_at IS NULL", (seen["id"],))
    n_theirs = s.scalar("SELECT count(*) FROM decisions d JOIN issuers i ON i.id = d.issuer_id WHERE "
                        "i.body = 'BTV_TINH' AND d.id != ? AND d.signed_on LIKE '2025-%' AND d.deleted_at IS NULL",
                        (seen["id"],))
    assert page.model.rowCount() == n_theirs + 1 and page.model.totals()[3] == total + theirs
    # a change elsewhere refreshes the page and keeps its filter
    s.awarding.trash_decision(d.id)  # a write on the GUI store: its Changes reach the visible page
    assert page.issuerCombo.currentData() == "BTV_TINH" and page.yearCombo.currentData() == 2025
    assert page.model.rowCount() == n_theirs  # ours is gone from the list
    w.close()


def test_add_from_registry_and_delete(qtbot, demo_store, answers):
    from dvdesk.ui.views.awards_page import AwardsPage

    page = AwardsPage(demo_store)
    qtbot.addWidget(page)
    ids = [r[0] for r in demo_store.conn.execute("SELECT id FROM initiatives ORDER BY id LIMIT 3")]
    got = {}

    def hook(dlg):
        assert dlg.model.rowCount() == 3
        assert page.add_from_registry(ids[:1]) == 1  # into the open editor
        dlg.dateEdit.setDate(QDate(2025, 12, 1))
        assert dlg.save()
        got["id"] = dlg.decision.id
        dlg.accept()

    page.dialog_hook = hook
    page.add_from_registry(ids)
    d = demo_store.decisions.get(got["id"])
    assert len(demo_store.awarding.recipients(d.id)) == 4
    warned = demo_store.awarding.warnings(d, demo_store.awarding.recipients(d.id))
    assert any("Trùng" in t for texts in warned.values() for t in texts)
    page.reload()
    page.table.selectRow(page.model.row_of_id(d.id))
    page.delete_current()
    assert any("vào thùng rác" in a[2] for a in answers)
    assert demo_store.awards.total(d.id) == 0
    assert page.model.row_of_id(d.id) == -1


def test_issuers_tab(qtbot, store, answers):
    from dvdesk.ui.views.catalogs_page import CatalogsPage

    page = CatalogsPage(store)
    qtbot.addWidget(page)
    panel = page.issuers_panel
    assert panel.model.rowCount() == 4
    panel.table.selectRow(0)

    def rename(dlg):
        dlg.edits["name"].setText("BAN DÂN VẬN MỚI")
        dlg.fromEdit.setDate(QDate(2026, 1, 1))
        dlg.submit()

    panel.dialog_hook = rename
    panel.rename_current()
    assert store.issuers.on("BAN", date(2026, 2, 1)).name == "BAN DÂN VẬN MỚI"
    assert store.issuers.on("BAN", date(2025, 12, 31)).name == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert panel.model.rowCount() == 5


def test_a_decision_recorded_before_the_catalog_keeps_its_names(qtbot, demo_store, answers):
    from dvdesk.ui.views.decision_dialog import DecisionDialog

    s = demo_store
    first = s.decisions.list()[0]
    with s.tx():  # as if recorded before the catalog existed (a database upgraded from schema 1)
        s.bulk.update("decisions", [(first.id, {"issuer_id": None}, s.bulk.rows_by_id("decisions", [first.id])[first.id])])
    old = s.decisions.get(first.id)  # it carries its names, no issuer row
    assert old.issuer_id is None
    dlg = DecisionDialog(s, None, old.id)
    qtbot.addWidget(dlg)
    assert dlg.issuerCombo.currentData() == "BAN" and "BDVTU" in dlg.issuerLabel.text()
    dlg.model.setData(dlg.model.index(0, RecipientModel.COL["achievement"]), "Thành tích đã sửa")
    assert dlg.save()
    again = s.decisions.get(old.id)
    assert (again.issuer_name, again.issuer_symbol, again.number) == (old.issuer_name, old.issuer_symbol, old.number)
    assert s.awarding.recipients(old.id)[0].achievement == "Thành tích đã sửa" or any(
        a.achievement == "Thành tích đã sửa" for a in s.awarding.recipients(old.id))
    # choosing the issuer again stamps the names of the row in force on the date
    dlg.issuerCombo.setCurrentIndex(dlg.issuerCombo.findData("UBND_TINH"))
    assert dlg.decision.issuer_symbol == "UBND" and dlg.numberEdit.text().endswith("/QĐ-UBND")
    dlg.dirty = False
    dlg.done(0)


def test_registry_selection_into_a_decision(qtbot, demo_store, answers):
    from dvdesk.ui.views.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    reg = w.pages["initiatives"]
    w.ui.navList.setCurrentRow(1)
    reg.ui.table.selectRow(0)
    got = {}
    w.pages["awards"].dialog_hook = lambda dlg: got.setdefault("rows", dlg.model.rowCount()) and dlg.done(0)
    assert w.award_selected() == len(reg.selected_ids()) == 1
    assert got["rows"] == 1 and w.ui.stack.currentWidget() is w.pages["awards"]
    reg.ui.table.clearSelection()
    assert w.award_selected() == 0 and answers[-1][0] == "inform"
    w.close()
