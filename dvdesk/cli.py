"""Command line (DESIGN.md "CLI contract"). ``dvdesk`` with no command opens the app.

Exit codes: 0 done; 1 failed (a Vietnamese message on stderr, nothing half-written); 2 usage
error; 3 import finished but some rows were rejected.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
import time
from pathlib import Path

from dvdesk import __version__
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import nfc

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


class VnArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with a Vietnamese line first
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Lỗi cú pháp lệnh: {message}\nXem `dvdesk --help`.\n")


def _path(value: str) -> Path:
    return Path(nfc(value)).expanduser()


def build_parser() -> argparse.ArgumentParser:
    p = VnArgumentParser(prog="dvdesk", description="dvdesk — quản lý phong trào thi đua \"Dân vận khéo\".")
    p.add_argument("--version", action="version", version=f"dvdesk {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=VnArgumentParser)

    g = sub.add_parser("gui", help="mở chương trình")
    g.add_argument("--db", type=_path, help="tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu người dùng)")
    g.add_argument("--screenshot", type=_path, help="vẽ cửa sổ chính ra tệp PNG rồi thoát")

    i = sub.add_parser("init", help="tạo cơ sở dữ liệu mới, trống, có sẵn danh mục")
    i.add_argument("--db", type=_path, required=True)

    d = sub.add_parser("demo", help="tạo cơ sở dữ liệu mẫu để dùng thử")
    d.add_argument("--db", type=_path, required=True)
    d.add_argument("--initiatives", type=int, default=3000, help="số mô hình, điển hình (mặc định 3000)")
    d.add_argument("--awards", type=int, default=1000, help="số lượt khen thưởng (mặc định 1000)")
    d.add_argument("--seed", type=int, default=2025)
    d.add_argument("--force", action="store_true", help="ghi đè tệp đã có")

    c = sub.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu")
    c.add_argument("--db", type=_path, required=True)

    im = sub.add_parser("import", help="nhập dữ liệu từ tệp Excel")
    im.add_argument("what", choices=["initiatives", "awards", "units"])
    im.add_argument("file", type=_path)
    im.add_argument("--db", type=_path, required=True)
    im.add_argument("--dry-run", action="store_true")
    im.add_argument("--errors", type=_path)

    ex = sub.add_parser("export", help="xuất báo cáo PDF hoặc Excel")
    ex.add_argument("what", choices=["initiatives", "awards", "statistics"])
    ex.add_argument("--db", type=_path, required=True)
    ex.add_argument("-o", "--output", type=_path, required=True)
    ex.add_argument("--phase")
    ex.add_argument("--year", type=int)
    ex.add_argument("--milestone")
    ex.add_argument("--decision", help="số quyết định (danh sách khen thưởng kèm theo quyết định đó)")
    ex.add_argument("--style", choices=["party", "state"],
                    help="thể thức: party (văn bản Đảng), state (văn bản nhà nước); mặc định theo cơ quan ban hành")
    ex.add_argument("--unit", help="danh sách mô hình: của đơn vị này (cả đơn vị trực thuộc và đơn vị cũ)")
    ex.add_argument("--field", help="danh sách mô hình: lĩnh vực (tên hoặc mã)")
    ex.add_argument("--block", help="danh sách mô hình: khối (tên hoặc mã)")
    ex.add_argument("--level", help="danh sách mô hình: cấp công nhận (tinh, huyen, xa hoặc Tỉnh, Huyện, Xã)")
    ex.add_argument("--status", help="danh sách mô hình: trạng thái (vd. cong_nhan hoặc \"Công nhận\")")
    ex.add_argument("--group", choices=["unit", "field", "none"],
                    help="danh sách mô hình: nhóm theo đơn vị (mặc định), lĩnh vực, hoặc không nhóm")
    ex.add_argument("--unit-level", choices=["tinh", "huyen", "xa"],
                    help="phụ lục thống kê: gộp biểu theo đơn vị đến cấp này (mặc định huyen)")
    ex.add_argument("--number", help="số văn bản của danh sách, phụ lục (vd. 15 hoặc 15-DS/BTGDVTU)")
    ex.add_argument("--date", help="ngày ghi ở dòng địa danh, ngày tháng (dd/mm/yyyy; mặc định hôm nay)")
    ex.add_argument("--attached-to", metavar="VĂN BẢN",
                    help="văn bản mà danh sách, phụ lục kèm theo, vd. \"Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025\"")

    b = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    b.add_argument("--db", type=_path, required=True)
    b.add_argument("-o", "--output", type=_path, help="tệp .dvbak hoặc thư mục đích")

    r = sub.add_parser("restore", help="khôi phục từ bản sao lưu")
    r.add_argument("file", type=_path)
    r.add_argument("--db", type=_path, required=True)
    return p


def cmd_init(args) -> int:
    from dvdesk.store.db import create_store

    with create_store(args.db) as store:
        print(f"Đã tạo cơ sở dữ liệu mới: {store.path} (lược đồ v{store.schema_version}).")
    return EXIT_OK


def cmd_demo(args) -> int:
    from dvdesk.store.demo import build_demo

    if args.initiatives < 0 or args.awards < 0:
        raise DvdeskError("Số mô hình và số khen thưởng không được âm.")
    t0 = time.perf_counter()
    stats = build_demo(args.db, initiatives=args.initiatives, awards=args.awards, seed=args.seed, force=args.force)
    print(f"Đã tạo cơ sở dữ liệu mẫu {args.db}: {stats['units']} đơn vị, {stats['initiatives']} mô hình/điển hình, "
          f"{stats['reviews']} lượt đánh giá, {stats['decisions']} quyết định, {stats['awards']} khen thưởng "
          f"({time.perf_counter() - t0:.1f} giây).")
    return EXIT_OK


def cmd_check(args) -> int:
    from dvdesk.store.check import check_database

    report = check_database(args.db)
    stream = sys.stdout if report.healthy else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    return EXIT_OK if report.healthy else EXIT_FAILED


def cmd_backup(args) -> int:
    from dvdesk.store.backup import auto_backup, backup_database
    from dvdesk.store.db import open_store
    from dvdesk.store.safety import SETTING_BACKUP_DIR

    warning = ""
    with open_store(args.db) as store:  # refuses a newer/foreign file with a clear message
        if args.output:
            info = backup_database(args.db, args.output, conn=store.conn, reason="thu-cong")
        else:  # the folder chosen in the settings (falls back to the default one, with a warning)
            r = auto_backup(args.db, store.settings.get(SETTING_BACKUP_DIR, ""), reason="thu-cong",
                            force=True, only_if_changed=False, conn=store.conn)
            info, warning = r.info, r.warning
    if warning:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
    print(f"Đã sao lưu vào {info.path} ({info.size / 1e6:.1f} MB; {counts}).")
    return EXIT_OK


def cmd_restore(args) -> int:
    from dvdesk.store.backup import candidate_backup_folders, restore_backup
    from dvdesk.store.check import check_database
    from dvdesk.store.lock import DbLock
    from dvdesk.store.safety import folder_problem

    with DbLock(args.db):  # refused (naming user and machine) while the app has the database open
        damaged = args.db.exists() and check_database(args.db, quick=True, foreign_keys=False,
                                                      suggest_backup=False).damaged
        before = next((f for f in candidate_backup_folders(args.db)[:2]
                       if folder_problem(f, create=True) is None), None)
        previous = restore_backup(args.file, args.db, damaged=damaged, backup_dir=before)
    if previous:
        print(f"Đã sao lưu dữ liệu hiện tại trước khi khôi phục: {previous.path}")
    report = check_database(args.db)
    if not report.healthy and report.schema_version >= report.expected_version:
        for line in report.lines():
            print(line, file=sys.stderr)
        return EXIT_FAILED
    print(f"Đã khôi phục {args.db} từ {args.file}.")
    return EXIT_OK


def _not_built(feature: str, issue: str) -> int:
    print(f"Chức năng {feature} chưa được xây dựng trong phiên bản này ({issue}).", file=sys.stderr)
    return EXIT_FAILED


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def cmd_gui(args) -> int:
    from dvdesk.app import run_app

    return run_app(db=args.db, screenshot=args.screenshot)


def cmd_import(args) -> int:
    if not _available("dvdesk.services.importers.cli"):
        return _not_built("nhập dữ liệu từ Excel (import)", "đang được phát triển")
    from dvdesk.services.importers.cli import run_import
    from dvdesk.store.lock import DbLock

    with DbLock(args.db):  # one writer per database
        return run_import(args)


def cmd_export(args) -> int:
    if not _available("dvdesk.services.reports.cli"):
        return _not_built("xuất báo cáo (export)", "đang được phát triển")
    from dvdesk.services.reports.cli import run_export

    return run_export(args)


COMMANDS = {
    "gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "check": cmd_check, "backup": cmd_backup,
    "restore": cmd_restore, "import": cmd_import, "export": cmd_export,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for stream in (sys.stdout, sys.stderr):  # Windows consoles: never crash on Vietnamese text
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    if not argv or (argv[0].startswith("--") and argv[0] not in ("--help", "-h", "--version")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        return COMMANDS[args.command](args)
    except DvdeskError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"Lỗi đọc/ghi tệp: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''}).", file=sys.stderr)
        return EXIT_FAILED


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
