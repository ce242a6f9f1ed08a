"""The change log leaves the app as text: a unit named like a formula is never a live formula in
the workbook, and is neutralised in the CSV; `dvdesk export audit` with a date range."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date

import openpyxl

from dvdesk.domain.entities import Unit
from dvdesk.store.db import open_store

EVIL = "=cmd|' /C calc'!A0"


def _db(tmp_path):
    p = tmp_path / "dv.sqlite3"
    with open_store(p, create=True) as s:
        s.units.create(Unit(name=EVIL, level="xa"))
        s.units.create(Unit(name="+1-800 @sum(A1)", level="xa", short_name="-2+3"))
    return p


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "dvdesk", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_audit_export_xlsx_keeps_formula_like_text_as_text(tmp_path):
    db = _db(tmp_path)
    out = tmp_path / "nhat-ky.xlsx"
    r = _cli("export", "audit", "--db", db, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "thay đổi" in r.stdout
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and EVIL in c.value]
    assert cells, "the unit's name is in the log"
    assert all(c.data_type == "s" for c in cells)
    exact = [c for row in ws.iter_rows() for c in row if c.value == EVIL]
    assert exact and all(c.data_type == "s" for c in exact)


def test_audit_export_csv_neutralises_cells_that_start_like_formulas(tmp_path):
    db = _db(tmp_path)
    out = tmp_path / "nhat-ky.csv"
    r = _cli("export", "audit", "--db", db, "-o", out)
    assert r.returncode == 0, r.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        cells = [v for row in csv.reader(fh) for v in row]
    assert "'" + EVIL in cells
    assert not any(v.startswith(("=", "+", "-", "@")) for v in cells)


def test_audit_export_date_range_and_bad_arguments(tmp_path):
    db = _db(tmp_path)
    today = date.today().strftime("%d/%m/%Y")
    out = tmp_path / "a.xlsx"
    assert _cli("export", "audit", "--db", db, "-o", out, "--from", today, "--to", today).returncode == 0
    n_today = openpyxl.load_workbook(out).active.max_row
    assert n_today > 1
    assert _cli("export", "audit", "--db", db, "-o", out, "--to", "01/01/2000").returncode == 0
    assert openpyxl.load_workbook(out).active.max_row == 1  # the header only
    bad = _cli("export", "audit", "--db", db, "-o", out, "--from", "31/02/2025")
    assert bad.returncode == 2 and "ngày không hợp lệ" in bad.stderr
    wrong = _cli("export", "audit", "--db", db, "-o", tmp_path / "a.pdf")
    assert wrong.returncode == 2 and ".xlsx hoặc .csv" in wrong.stderr
