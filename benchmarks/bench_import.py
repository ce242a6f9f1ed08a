"""Import: 30,000 rows of an office-style sheet validated and imported, beside openpyxl's bare read."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Bench, timed

ROWS = 30_000


def make_sheet(path: Path, units: list[str], rows: int = ROWS, seed: int = 1) -> Path:
    """Title rows, a header, 30,000 initiatives with dates as text, a total row (a normal .xlsx,
    with its <dimension> element, as Excel saves it)."""
    import openpyxl

    rng = random.Random(seed)
    fields = ["Kinh tế", "VH-XH", "QP-AN", "Xây dựng hệ thống chính trị"]
    statuses = ["Đăng ký", "Công nhận", "Tiêu biểu", "Nhân rộng"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["TỈNH ỦY AN GIANG"])
    ws.append(["BAN TUYÊN GIÁO VÀ DÂN VẬN"])
    ws.append([])
    ws.append(["DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH \"DÂN VẬN KHÉO\" GIAI ĐOẠN 2021–2025"])
    ws.append([])
    ws.append(["TT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Năm", "Ngày đăng ký", "Lĩnh vực", "Trạng thái",
               "Kinh phí (đồng)", "Địa bàn", "Kết quả đạt được", "Ghi chú"])
    for i in range(1, rows + 1):
        year = rng.randint(2021, 2025)
        unit = rng.choice(units)
        ws.append([i, f"Mô hình dân vận khéo số {i}: vận động nhân dân hiến đất làm đường giao thông nông thôn",
                   unit, year, f"{rng.randint(1, 28)}/{rng.randint(1, 6)}/{year}", rng.choice(fields),
                   rng.choice(statuses), f"{rng.randint(0, 300) * 100_000:,}".replace(",", "."),
                   f"Ấp {rng.randint(1, 12)}", "Đã vận động được nhiều hộ dân tham gia, đường được mở rộng", None])
    ws.append(["Tổng cộng: " + f"{rows:,}".replace(",", ".") + " mô hình"])
    wb.save(path)
    return path


def bare_read(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for _ in wb.worksheets[0].iter_rows(values_only=True):
        n += 1
    wb.close()
    return n


def run(bench: Bench) -> None:
    from dvdesk.demo import build_demo
    from dvdesk.services.importers import ImportOptions, analyze, commit, import_file, read_sheet
    from dvdesk.store.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "bench.sqlite3"
        build_demo(db, initiatives=0, awards=0, seed=2025)  # the province's units, nothing else
        with open_store(db) as s:
            units = [r[0] for r in s.conn.execute(
                "SELECT name FROM units WHERE valid_to IS NULL AND name IN "
                "(SELECT name FROM units GROUP BY name HAVING count(*) = 1)")]
        sheet = make_sheet(tmp / "mo-hinh-30k.xlsx", units)
        base = timed(lambda: bare_read(sheet), repeat=2)

        # the steps: read, validate (the dry run), write (one transaction)
        t0 = time.perf_counter()
        raw = read_sheet(sheet)
        read = time.perf_counter() - t0
        bench.report("import 30k: read and clean the sheet", read, "openpyxl bare read", base)
        with open_store(db) as s:
            t0 = time.perf_counter()
            rep = analyze(s, raw, ImportOptions("initiatives"))
            check = time.perf_counter() - t0
            assert rep.added == ROWS and not rep.rejected, rep.summary()
        bench.report("import 30k: validate every row (dry run)", check, "openpyxl bare read", base)

        copy = tmp / "copy.sqlite3"
        shutil.copyfile(db, copy)
        with open_store(copy) as s:
            t0 = time.perf_counter()
            rep = commit(s, raw, ImportOptions("initiatives", backup=False))
            write = time.perf_counter() - t0
            assert rep.added == ROWS and s.initiatives.count() == ROWS
        bench.report("import 30k: validate + write, one transaction", write, "openpyxl bare read", base,
                     target="≈ ≤ 2× read")

        # the whole command as the clerk runs it: read, validate, back up, write
        with open_store(db) as s:
            t0 = time.perf_counter()
            rep = import_file(s, sheet, "initiatives")
            full = time.perf_counter() - t0
            assert rep.added == ROWS and rep.backup_path is not None
        bench.report("import 30k end to end (incl. backup)", full, "openpyxl bare read", base, target="< 10 s")

        with open_store(db) as s:
            t0 = time.perf_counter()
            rep = import_file(s, sheet, "initiatives", options=ImportOptions("initiatives", backup=False))
            again = time.perf_counter() - t0
            assert rep.unchanged == ROWS
        bench.report("re-import 30k, all unchanged", again, "openpyxl bare read", base)
