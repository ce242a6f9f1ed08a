"""`dvdesk import initiatives|awards|units|reviews FILE --db PATH [--dry-run] [--errors OUT.xlsx]
[--year YYYY] [--create-forms] [--milestone KEY]`.

Exit codes: 0 every row imported (or unchanged); 1 the file or the database could not be used
(nothing written); 3 the import finished but some rows were rejected (listed on stderr with their
row number and reason; ``--errors`` saves them as an Excel file with a "Lý do" column).
"""

from __future__ import annotations

import sys

from dvdesk.domain.vntext import money_vn
from dvdesk.services.importers import ImportOptions, import_workbook, save_rejected_many

EXIT_OK, EXIT_REJECTED = 0, 3


def run_import(args) -> int:
    from dvdesk.store.db import open_store

    options = ImportOptions(args.what, default_year=getattr(args, "year", None),
                            create_forms=bool(getattr(args, "create_forms", False)),
                            milestone=getattr(args, "milestone", None) or "")
    if args.what == "reviews" and not options.milestone:
        print("Lỗi: cần --milestone (mã mốc sơ kết, tổng kết, ví dụ so-ket-2023).", file=sys.stderr)
        return 1
    def announce_new_units(plan) -> None:
        """Before anything is written: the names the catalog does not know, with its closest names."""
        if not plan.new_units:
            return
        print(f"Đơn vị chưa có trong danh mục ({money_vn(len(plan.new_units))}) — sẽ tạo mới, đánh dấu \"chưa xác "
              "minh\" (kiểm tra lại trong Danh mục, hoặc sửa tên trong tệp rồi nhập lại):")
        for name in plan.new_units[:50]:
            close = plan.unit_suggestions.get(name) or []
            print(f"  - {name}" + (f" (tên gần giống trong danh mục: {'; '.join(close)})" if close else ""))

    if not getattr(args, "dry_run", False):
        options.before_write = announce_new_units
    with open_store(args.db) as store:
        reports = import_workbook(store, args.file, args.what, dry_run=bool(getattr(args, "dry_run", False)),
                                  options=options)
    rejected_total = 0
    for report in reports:
        for line in report.summary_lines(max_rows=0):
            if line.startswith("Các dòng bị từ chối"):
                break
            print(line)
        rejected = report.rejected
        rejected_total += len(rejected)
        if rejected:
            where = f" (trang \"{report.sheet}\")" if len(reports) > 1 else ""
            print(f"Các dòng bị từ chối{where} ({money_vn(len(rejected))}):", file=sys.stderr)
            for r in rejected[:500]:
                print(f"  Dòng {r.row}: {r.reason}", file=sys.stderr)
            if len(rejected) > 500:
                print(f"  … và {money_vn(len(rejected) - 500)} dòng khác.", file=sys.stderr)
    if len(reports) > 1:
        added = sum(r.added for r in reports)
        updated = sum(r.updated for r in reports)
        print(f"Tổng cộng {len(reports)} trang tính: thêm mới {money_vn(added)}, cập nhật {money_vn(updated)}, "
              f"từ chối {money_vn(rejected_total)} dòng.")
    errors_path = getattr(args, "errors", None)
    if errors_path:
        if rejected_total:
            saved = save_rejected_many(reports, errors_path)
            print(f"Đã lưu {money_vn(rejected_total)} dòng bị từ chối (có cột \"Lý do\") vào {saved}: sửa rồi nhập lại.")
        else:
            print("Không có dòng nào bị từ chối: không tạo tệp lỗi.")
    if reports:
        print(f"Thời gian: {max(r.seconds for r in reports):.1f} giây.")
    return EXIT_REJECTED if rejected_total else EXIT_OK
