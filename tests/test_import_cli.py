"""`dvdesk import initiatives|awards|units FILE --db PATH [--dry-run] [--errors OUT.xlsx]`."""

from __future__ import annotations

import import_sheets as S
import openpyxl

from dvdesk.cli import main
from dvdesk.store.backup import content_checksum
from dvdesk.store.db import open_store


def run(*argv):
    return main(list(map(str, argv)))


def _db(tmp_path):
    db = tmp_path / "cli.sqlite3"
    from dvdesk.store.seed import SAMPLE_AGENCY

    with open_store(db, create=True) as s:
        s.settings.set("agency", dict(SAMPLE_AGENCY))  # decisions default to the office's names
        S.seed_units(s)
    return db


def test_import_all_rows_exit_0(tmp_path, capsys):
    db = _db(tmp_path)
    path = S.layout_c(tmp_path / "c.xlsx")
    assert run("import", "awards", path, "--db", db) == 0
    out = capsys.readouterr().out
    assert "Đã thêm mới 5" in out and "125-QĐ/BTGDVTU" in out
    with open_store(db) as s:
        assert s.scalar("SELECT count(*) FROM awards") == 5


def test_rejected_rows_exit_3_listed_and_saved(tmp_path, capsys):
    db = _db(tmp_path)
    errors = tmp_path / "loi.xlsx"
    assert run("import", "awards", S.layout_d(tmp_path / "d.xlsx"), "--db", db, "--errors", errors) == 3
    captured = capsys.readouterr()
    assert "Dòng 7:" in captured.err and "Dòng 10: Trùng với dòng 4" in captured.err
    assert "Đã lưu 4 dòng bị từ chối" in captured.out
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[1][-1] == "Lý do" and len(rows) == 2 + 4
    with open_store(db) as s:
        assert s.scalar("SELECT count(*) FROM awards") == 3  # the good rows went in (two new decisions)


def test_dry_run_writes_nothing(tmp_path, capsys):
    db = _db(tmp_path)
    with open_store(db) as s:
        before = content_checksum(s.conn)
    assert run("import", "initiatives", S.layout_a(tmp_path / "a.xlsx"), "--db", db, "--dry-run") == 0
    assert "Sẽ thêm mới 6" in capsys.readouterr().out
    with open_store(db) as s:
        assert content_checksum(s.conn) == before


def test_bad_file_or_database_exit_1(tmp_path, capsys):
    db = _db(tmp_path)
    assert run("import", "units", S.xls_file(tmp_path / "cu.xls"), "--db", db) == 1
    assert "Excel cũ" in capsys.readouterr().err
    assert run("import", "units", S.layout_e(tmp_path / "e.xlsx"), "--db", tmp_path / "khong-co.sqlite3") == 1
    assert "Không tìm thấy tệp cơ sở dữ liệu" in capsys.readouterr().err
    assert run("import", "units", tmp_path / "khong-co.xlsx", "--db", db) == 1
    assert "Không tìm thấy tệp" in capsys.readouterr().err


def test_units_then_templates_round_trip(tmp_path, capsys):
    db = _db(tmp_path)
    assert run("import", "units", S.layout_e(tmp_path / "e.xlsx"), "--db", db) == 3  # one unknown block
    assert "Khối nào đó" in capsys.readouterr().err
    with open_store(db) as s:
        assert s.units.by_code("x_my_an_binh").name == "Xã Mỹ An Bình"
