"""A cell over Excel's 32,767 characters (a crafted file) is a row-level rejection with its
reason — never a traceback in header detection — and the rejected-rows workbook still writes."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import openpyxl


def _sheet_with_a_huge_cell(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Tên mô hình", "Đơn vị", "Năm", "Nội dung"])
    ws.append([1, "Mô hình A", "Xã Bình An", 2024, "PLACEHOLDER_LONG"])
    ws.append([2, "Mô hình B", "Xã Bình An", 2024, "ngắn"])
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)  # openpyxl itself caps a cell at 32,767: the long text goes into the XML directly
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename).replace(b"PLACEHOLDER_LONG", b"x" * 40_000))
    return path


def test_a_huge_cell_rejects_its_row_with_a_reason(tmp_path):
    sheet = _sheet_with_a_huge_cell(tmp_path / "dai.xlsx")
    db = tmp_path / "dv.sqlite3"
    subprocess.run([sys.executable, "-m", "dvdesk", "init", "--db", str(db)], check=True, capture_output=True)
    errors = tmp_path / "loi.xlsx"
    r = subprocess.run([sys.executable, "-m", "dvdesk", "import", "initiatives", str(sheet), "--db", str(db),
                        "--errors", str(errors)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 3, r.stderr
    assert "Traceback" not in r.stderr
    out = r.stdout + r.stderr
    assert "Dòng 2" in out and "nội dung quá dài (40.000 ký tự, tối đa 32.767)" in out
    assert "Đã thêm mới 1" in r.stdout
    ws = openpyxl.load_workbook(errors).active
    assert any(c.value == "Mô hình A" for row in ws.iter_rows() for c in row)


def test_unknown_units_are_announced_with_close_names_before_anything_is_written(tmp_path, capsys):
    import import_sheets as S

    from dvdesk.cli import main
    from dvdesk.services.importers import ImportOptions, import_file
    from dvdesk.store.db import open_store

    db = tmp_path / "dv.sqlite3"
    with open_store(db, create=True) as store:
        S.seed_units(store)
        n_units = store.units.count()
        seen = []

        def before_write(plan):
            seen.append((list(plan.new_units), store.units.count()))

        sheet = S.fill_template("initiatives", tmp_path / "la.xlsx", [
            {"name": "Mô hình ở xã lạ", "unit": "Xã Vĩnh Hòa Mới", "year": 2024},
            {"name": "Mô hình khác", "unit": "Xã Vĩnh Hòa", "year": 2024}])
        import_file(store, sheet, "initiatives", options=ImportOptions("initiatives", backup=False,
                                                                         before_write=before_write))
        assert seen == [(["Xã Vĩnh Hòa Mới"], n_units)]  # told before the unit was created
        assert store.units.count() == n_units + 1
    sheet2 = S.fill_template("initiatives", tmp_path / "la2.xlsx", [
        {"name": "Mô hình ở ấp lạ", "unit": "Xã Vĩnh Hoà Hiệp Mới", "year": 2024}])
    assert main(["import", "initiatives", str(sheet2), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    head = out.index("Đơn vị chưa có trong danh mục")
    assert "Xã Vĩnh Hoà Hiệp Mới" in out[head:] and "tên gần giống trong danh mục: " in out[head:]
    assert head < out.index("Đã tạo 1 đơn vị mới")
