"""First run on a real database: no invented agency. The first-run dialog asks for the office profile
(with the header preview) until it is set; documents print dotted blanks where it is missing; the CLI
warns; the demo database keeps its sample profile."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dvdesk.cli import main
from dvdesk.services.reports import InitiativeListOptions, initiative_list
from dvdesk.services.reports.common import BLANK, agency_profile, default_signature
from dvdesk.store.db import create_store, open_store
from dvdesk.store.seed import SAMPLE_AGENCY
from dvdesk.ui.views import first_run_dialog as frd


@pytest.fixture
def fresh(tmp_path):
    s = create_store(tmp_path / "moi.sqlite3")
    yield s
    s.close()


def test_a_new_database_invents_no_agency(fresh):
    a = fresh.settings.agency()
    assert not any(a[k] for k in ("parent_body", "issuing_body", "symbol", "place", "signer_authority",
                                  "signer_title", "signer_name"))
    assert frd.profile_missing(fresh)
    p = agency_profile(fresh)
    assert (p.parent_body, p.issuing_body, p.symbol, p.place) == (BLANK, BLANK, BLANK, BLANK)
    sig = default_signature(fresh)
    assert sig.authority == BLANK and sig.title == BLANK and sig.name == ""


def test_a_fresh_database_never_prints_a_province(fresh, tmp_path):
    from dvdesk.services.reports import export

    out = export(initiative_list(fresh, InitiativeListOptions()), tmp_path / "ds.xlsx")
    from openpyxl import load_workbook

    text = " ".join(str(v) for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
                    for v in row if v)
    assert BLANK in text
    for province in ("AN GIANG", "An Giang", "KIÊN GIANG", "TỈNH ỦY"):
        assert province not in text


def test_first_run_dialog_validates_previews_and_saves(fresh, qtbot):
    dialog = frd.FirstRunDialog(fresh)
    qtbot.addWidget(dialog)
    assert frd.BLANK in dialog.preview_left.text()
    assert not dialog.save()  # issuing body and place are required
    assert dialog.errors["issuing_body"].isVisibleTo(dialog) and dialog.errors["place"].isVisibleTo(dialog)
    assert frd.profile_missing(fresh)
    dialog.edits["parent_body"].setText("Tỉnh ủy Cà Mau")
    dialog.edits["issuing_body"].setText("Ban Dân vận")
    dialog.edits["symbol"].setText("BDVTU")
    dialog.edits["place"].setText("Cà Mau")
    dialog.edits["signer_title"].setText("TRƯỞNG BAN")
    dialog.edits["signer_name"].setText("Nguyễn Văn Phích")
    assert "TỈNH ỦY CÀ MAU" in dialog.preview_left.text() and "Số …-QĐ/BDVTU" in dialog.preview_left.text()
    assert "Cà Mau, ngày" in dialog.preview_right.text()
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("state"))
    assert "Độc lập - Tự do - Hạnh phúc" in dialog.preview_right.text()
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("party"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    a = fresh.settings.agency()
    assert a["confirmed"] is True and a["issuing_body"] == "Ban Dân vận" and a["place"] == "Cà Mau"
    assert not frd.profile_missing(fresh)
    assert agency_profile(fresh).parent_body == "Tỉnh ủy Cà Mau"
    assert not frd.ask_office_profile(fresh, exec_dialog=lambda d: pytest.fail("asked again"))


def test_later_keeps_asking_at_the_next_start(fresh, qtbot):
    shown = []
    assert frd.ask_office_profile(fresh, exec_dialog=lambda d: (shown.append(d), d.reject()))
    assert shown and frd.profile_missing(fresh)
    assert frd.ask_office_profile(fresh, exec_dialog=lambda d: d.reject())


def test_header_preview_dots_what_is_missing():
    left, right = frd.header_html({"style": "state", "issuing_body": "Ủy ban nhân dân xã Vĩnh Hòa"}, date(2026, 1, 5))
    assert "ỦY BAN NHÂN DÂN XÃ VĨNH HÒA" in left and f"QĐ-{frd.BLANK}" in left
    assert f"{frd.BLANK}, ngày 05 tháng 01 năm 2026" in right


def test_the_demo_keeps_its_sample_profile(demo_store):
    a = demo_store.settings.agency()
    assert a["confirmed"] and a["place"] and a["issuing_body"]
    assert not frd.profile_missing(demo_store)


def test_cli_export_warns_when_the_profile_is_missing(tmp_path, capsys):
    db = tmp_path / "moi.sqlite3"
    create_store(db).close()
    assert main(["export", "initiatives", "--db", str(db), "-o", str(tmp_path / "ds.pdf")]) == 0
    err = capsys.readouterr().err
    assert "Cảnh báo: chưa khai báo thông tin cơ quan" in err and "cơ quan ban hành" in err
    with open_store(db) as s:
        s.settings.set("agency", {**SAMPLE_AGENCY, "confirmed": True, "signer_name": "A"})
    assert main(["export", "initiatives", "--db", str(db), "-o", str(tmp_path / "ds2.pdf")]) == 0
    assert "Cảnh báo" not in capsys.readouterr().err


def test_a_double_clicked_backup_opens_the_app_asking_to_restore(store, qtbot, tmp_path, monkeypatch):
    """``dvdesk FILE.dvbak`` (the .dvbak association) opens the app on the backup page, which asks first."""
    from PySide6.QtCore import QSettings

    import dvdesk.cli as cli
    from dvdesk.app import offer_restore
    from dvdesk.store.backup import backup_database
    from dvdesk.ui.dialogs import Asker
    from dvdesk.ui.views.main_window import MainWindow

    seen = {}
    monkeypatch.setattr(cli, "cmd_gui", lambda args: seen.setdefault("restore", args.restore) and 0)
    monkeypatch.setitem(cli.COMMANDS, "gui", cli.cmd_gui)
    backup = backup_database(store.path, tmp_path / "sao lưu", conn=store.conn).path
    assert cli.main([str(backup)]) == 0 and seen["restore"] == backup

    asked = []
    monkeypatch.setattr(Asker, "answer", lambda kind, title, text: asked.append((kind, title, text)) and False)
    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    offer_restore(window, backup)
    assert window.ui.stack.currentWidget() is window.pages["settings"]
    assert window.pages["settings"].currentWidget() is window.backup_page
    assert asked and asked[0][0] == "confirm" and str(backup) in asked[0][2]  # refused: nothing restored
    window.close()
