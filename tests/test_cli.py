"""The CLI contract (DESIGN.md): commands, exit codes, Vietnamese messages."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from dvdesk.cli import main


def run(*argv):
    return main(list(map(str, argv)))


def test_init_then_check(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    assert run("init", "--db", db) == 0
    assert "Đã tạo cơ sở dữ liệu mới" in capsys.readouterr().out
    assert run("check", "--db", db) == 0
    out = capsys.readouterr().out
    from dvdesk.store.migrations import SCHEMA_VERSION

    assert f"Phiên bản lược đồ: v{SCHEMA_VERSION} (chương trình: v{SCHEMA_VERSION})" in out and "tốt" in out
    # init refuses to overwrite
    assert run("init", "--db", db) == 1
    assert "đã tồn tại" in capsys.readouterr().err


def test_demo_refuses_overwrite_without_force(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert run("demo", "--db", db, "--initiatives", 50, "--awards", 20) == 0
    assert "50 mô hình/điển hình" in capsys.readouterr().out
    assert run("demo", "--db", db, "--initiatives", 10) == 1
    assert "--force" in capsys.readouterr().err
    assert run("demo", "--db", db, "--initiatives", 10, "--awards", 5, "--force") == 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM initiatives").fetchone()[0] == 10


def test_check_reports_corruption(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    assert run("init", "--db", db) == 0
    c = sqlite3.connect(db)
    c.execute("PRAGMA foreign_keys = OFF")
    c.execute("INSERT INTO milestones(phase_id, key, kind, year, name) VALUES (999, 'x', 'annual', 2020, 'x')")
    c.commit()
    c.close()
    capsys.readouterr()
    assert run("check", "--db", db) == 1
    assert "khóa ngoại" in capsys.readouterr().err
    assert run("check", "--db", tmp_path / "missing.sqlite3") == 1


def test_check_on_garbage_file(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 500)
    assert run("check", "--db", junk) == 1
    assert capsys.readouterr().err.strip()


def test_backup_restore_roundtrip(tmp_path, capsys):
    from dvdesk.store.backup import content_checksum

    db = tmp_path / "r.sqlite3"
    assert run("demo", "--db", db, "--initiatives", 80, "--awards", 30) == 0
    before = content_checksum(sqlite3.connect(db))
    out = tmp_path / "bk" / "x.dvbak"
    assert run("backup", "--db", db, "-o", out) == 0
    assert out.exists() and "Đã sao lưu" in capsys.readouterr().out
    c = sqlite3.connect(db)
    c.execute("DELETE FROM reviews")
    c.commit()
    c.close()
    assert run("restore", out, "--db", db) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    assert content_checksum(sqlite3.connect(db)) == before
    # the state before the restore was kept
    assert list((tmp_path / "r-backups").glob("*truoc-khoi-phuc.dvbak"))


def test_restore_rejects_bad_file(tmp_path, capsys):
    db = tmp_path / "r.sqlite3"
    run("init", "--db", db)
    bad = tmp_path / "bad.dvbak"
    bad.write_bytes(b"PK\x03\x04 nope")
    assert run("restore", bad, "--db", db) == 1
    assert "Lỗi" in capsys.readouterr().err
    assert run("check", "--db", db) == 0


def test_import_of_a_missing_file_fails_clearly(tmp_path, capsys):
    db = tmp_path / "n.sqlite3"
    run("init", "--db", db)
    assert run("import", "units", tmp_path / "khong-co.xlsx", "--db", db) == 1
    assert capsys.readouterr().err.strip()


def test_import_and_export_run_the_real_commands(tmp_path, capsys):
    from openpyxl import load_workbook

    from dvdesk.services.importers.templates import save_template

    db = tmp_path / "w.sqlite3"
    assert run("demo", "--db", db, "--initiatives", 40, "--awards", 10) == 0
    book = tmp_path / "don-vi.xlsx"
    wb = load_workbook(save_template("units", tmp_path))
    del wb["Hướng dẫn"]
    wb["Danh sách"]["C5"] = "Tổ dân vận khu phố Thử Nghiệm"
    wb.save(book)
    assert run("import", "units", book, "--db", db) == 0
    assert "Đã thêm mới 1" in capsys.readouterr().out
    out = tmp_path / "thong-ke.xlsx"
    assert run("export", "statistics", "--db", db, "-o", out) == 0
    assert out.stat().st_size > 0
    captured = capsys.readouterr()
    assert "chưa được xây dựng" not in captured.out + captured.err


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        run("demo")
    assert e.value.code == 2
    assert "Lỗi cú pháp" in capsys.readouterr().err


def test_python_dash_m_entry_point(tmp_path):
    db = tmp_path / "m.sqlite3"
    r = subprocess.run([sys.executable, "-m", "dvdesk", "init", "--db", str(db)], capture_output=True,
                       text=True, encoding="utf-8", timeout=60)
    assert r.returncode == 0, r.stderr
    assert "Đã tạo" in r.stdout
