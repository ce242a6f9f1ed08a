"""Command line (DESIGN.md "CLI contract"). ``dvdesk`` with no command opens the app.

Exit codes: 0 done; 1 failed (a Vietnamese message on stderr, nothing half-written); 2 usage
error; 3 import finished but some rows were rejected.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import time
from pathlib import Path

from dvdesk import __version__
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import nfc
from dvdesk.domain.vocab import DocumentStyle

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


class VnArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with a Vietnamese line first
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Lỗi cú pháp lệnh: {message}\nXem `dvdesk --help`.\n")


def _path(value: str) -> Path:
    return Path(nfc(value)).expanduser()


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"không phải số nguyên: {value!r}") from None
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError("phải từ 1 đến 1000")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = VnArgumentParser(prog="dvdesk", description="dvdesk — quản lý phong trào thi đua \"Dân vận khéo\".")
    p.add_argument("--version", action="version", version=f"dvdesk {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=VnArgumentParser)

    g = sub.add_parser("gui", help="mở chương trình")
    g.add_argument("--db", type=_path, help="tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu người dùng)")
    g.add_argument("--screenshot", type=_path, help="vẽ cửa sổ chính ra tệp PNG rồi thoát")
    g.add_argument("--restore", type=_path, metavar="TỆP.dvbak",
                   help="mở chương trình và đề nghị khôi phục từ bản sao lưu này (bấm đúp tệp .dvbak)")

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
    im.add_argument("what", choices=["initiatives", "awards", "units", "reviews"],
                    help="mô hình (initiatives), khen thưởng (awards), đơn vị (units), kết quả đánh giá ở một mốc "
                         "sơ kết, tổng kết (reviews)")
    im.add_argument("file", type=_path)
    im.add_argument("--db", type=_path, required=True)
    im.add_argument("--dry-run", action="store_true")
    im.add_argument("--errors", type=_path)
    im.add_argument("--year", type=int, help="năm của các dòng không ghi ngày, năm (khi tiêu đề cũng không ghi năm)")
    im.add_argument("--create-forms", action="store_true",
                    help="tạo hình thức khen thưởng chưa có trong danh mục (và cơ quan ban hành), đánh dấu cần kiểm tra")
    im.add_argument("--milestone", help="reviews: mã mốc sơ kết, tổng kết (ví dụ so-ket-2023)")

    ex = sub.add_parser("export", help="xuất báo cáo PDF, Excel hoặc Word")
    ex.add_argument("what", choices=["initiatives", "awards", "statistics", "decision", "proposal", "report", "audit"],
                    help="decision: quyết định khen thưởng kèm danh sách; proposal: tờ trình đề nghị khen thưởng; "
                         "report: dự thảo báo cáo sơ kết, tổng kết (PDF hoặc .docx)")
    ex.add_argument("--db", type=_path, required=True)
    ex.add_argument("-o", "--output", type=_path, required=True)
    ex.add_argument("--phase")
    ex.add_argument("--year", type=int)
    ex.add_argument("--milestone")
    ex.add_argument("--decision", help="số quyết định (danh sách khen thưởng kèm theo quyết định đó)")
    ex.add_argument("--form", help="tờ trình: chỉ hình thức khen thưởng này (tên hoặc mã)")
    ex.add_argument("--style", choices=DocumentStyle.codes(),
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
    ex.add_argument("--from", dest="date_from", type=_date_arg, help="nhật ký từ ngày (dd/mm/yyyy)")
    ex.add_argument("--to", dest="date_to", type=_date_arg, help="nhật ký đến hết ngày (dd/mm/yyyy)")

    b = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    b.add_argument("--db", type=_path, required=True)
    b.add_argument("-o", "--output", type=_path, help="tệp .dvbak hoặc thư mục đích")

    s = sub.add_parser("search", help="tìm mô hình, điển hình và người được khen thưởng")
    s.add_argument("query", help="họ tên, tên mô hình, mã, đơn vị, số quyết định… (gõ không dấu cũng được)")
    s.add_argument("--db", type=_path, required=True)
    s.add_argument("--in", dest="scope", choices=["initiatives", "awards", "all"], default="all",
                   help="tìm trong mô hình, điển hình (initiatives), khen thưởng (awards) hoặc cả hai (all)")
    s.add_argument("--limit", type=_positive, default=20, help="số kết quả tối đa mỗi loại (mặc định 20)")

    r = sub.add_parser("restore", help="khôi phục từ bản sao lưu")
    r.add_argument("file", type=_path)
    r.add_argument("--db", type=_path, required=True)

    t = sub.add_parser("self-test", help="tự kiểm tra chương trình (phông chữ, báo cáo, sao lưu, màn hình)")
    t.add_argument("--keep", type=_path, help="giữ các tệp kiểm tra trong thư mục này để xem lại")
    return p


def cmd_init(args) -> int:
    from dvdesk.store.db import create_store

    with create_store(args.db) as store:
        print(f"Đã tạo cơ sở dữ liệu mới: {store.path} (lược đồ v{store.schema_version}).")
    return EXIT_OK


def cmd_demo(args) -> int:
    from dvdesk.demo import build_demo

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
    from dvdesk.store.backup_policy import SETTING_BACKUP_DIR
    from dvdesk.store.db import open_store

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
    from dvdesk.store.backup_policy import folder_problem
    from dvdesk.store.check import check_database
    from dvdesk.store.lock import DbLock

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


def cmd_gui(args) -> int:
    from dvdesk.app import run_app

    return run_app(db=args.db, screenshot=args.screenshot, restore=args.restore)


def cmd_import(args) -> int:
    from dvdesk.services.importers.cli import run_import
    from dvdesk.store.lock import DbLock

    with DbLock(args.db):  # one writer per database
        return run_import(args)


def missing_profile(db: Path) -> list[str]:
    """Labels of the office profile's fields a document needs and the database does not know yet."""
    from dvdesk.store.db import open_store

    with open_store(db, migrate=False) as store:
        a = store.settings.agency()
    needed = {"issuing_body": "cơ quan ban hành", "symbol": "ký hiệu", "place": "địa danh",
              "signer_title": "chức vụ người ký"}
    return [label for key, label in needed.items() if not a.get(key)]


def cmd_export(args) -> int:
    if args.what == "audit":
        return cmd_export_audit(args)
    from dvdesk.services.reports.cli import run_export

    if args.db.exists():
        missing = missing_profile(args.db)
        if missing:
            print(f"Cảnh báo: chưa khai báo thông tin cơ quan ({', '.join(missing)}); văn bản để trống bằng "
                  "dấu chấm ở những chỗ đó. Khai báo trong Sao lưu, cài đặt › Cài đặt.", file=sys.stderr)
    return run_export(args)


def _date_arg(text: str):
    from datetime import date, datetime

    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày không hợp lệ: \"{text}\" (viết dạng ngày/tháng/năm, ví dụ "
                                     f"{date(2025, 10, 15):%d/%m/%Y})")


def cmd_export_audit(args) -> int:
    """`dvdesk export audit -o OUT.xlsx|OUT.csv [--from DATE] [--to DATE]`: the change log."""
    from datetime import timedelta

    from dvdesk.services.audit_format import export_audit
    from dvdesk.store.audit import AuditFilter
    from dvdesk.store.db import open_store

    out = Path(args.output)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        print(f"Lỗi: nhật ký xuất ra tệp .xlsx hoặc .csv (nhận được \"{out.name}\").", file=sys.stderr)
        return 2
    f = AuditFilter(since=args.date_from.isoformat() if args.date_from else None,
                    until=(args.date_to + timedelta(days=1)).isoformat() if args.date_to else None)
    with open_store(args.db, migrate=False) as store:
        n = export_audit(store, out, f)
    print(f"Đã xuất {n:,} thay đổi vào {out}.".replace(",", "."))
    return 0


def search_lines(results) -> list[str]:
    """One tab-separated line per result, best first (the two kinds merged by rank):
    ``Mô hình|Điển hình  code  name  person  unit  year`` or
    ``Khen thưởng  decision number  dd/mm/yyyy  recipient  position  unit  form  amount``."""
    from datetime import date

    from dvdesk.domain.vntext import date_vn, money_vn
    from dvdesk.domain.vocab import InitiativeKind

    def clean(text: object) -> str:
        return " ".join(str(text or "").split())

    ranked = [(h.rank, 0, n, "\t".join(clean(x) for x in (
        InitiativeKind.label_of(h.kind), h.code, h.name, h.person_name, h.unit_name, h.year)))
        for n, h in enumerate(results.initiatives)]
    ranked += [(h.rank, 1, n, "\t".join(clean(x) for x in (
        "Khen thưởng", h.decision_number, date_vn(date.fromisoformat(h.signed_on)) if h.signed_on else "",
        h.recipient_name, h.position, h.unit_text, h.form_name, f"{money_vn(h.amount)} đ")))
        for n, h in enumerate(results.awards)]
    return [line for *_, line in sorted(ranked)]


def cmd_search(args) -> int:
    from dvdesk.store.db import open_store
    from dvdesk.store.people import KINDS, search_people

    kinds = KINDS if args.scope == "all" else (args.scope,)
    with open_store(args.db, migrate=False) as store:
        results = search_people(store, args.query, kinds=kinds, limit=args.limit)
    if not results:
        shown = results.query or "(trống)"
        print(f"Không tìm thấy kết quả nào cho “{shown}”.", file=sys.stderr)
        return EXIT_FAILED
    for line in search_lines(results):
        print(line)
    return EXIT_OK


def cmd_self_test(args) -> int:
    from dvdesk.ui.selftest import run_self_test

    return run_self_test(keep=args.keep, emit=lambda line: print(line, flush=True))


COMMANDS = {
    "gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "check": cmd_check, "backup": cmd_backup,
    "restore": cmd_restore, "import": cmd_import, "export": cmd_export, "search": cmd_search,
    "self-test": cmd_self_test,
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
    if len(argv) == 1 and argv[0].lower().endswith(".dvbak"):  # a backup double-clicked in Explorer
        argv = ["gui", "--restore", argv[0]]
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
    except OSError as exc:  # in Vietnamese, never the system's English strerror
        from dvdesk.domain.oserrors import describe_os_error

        print(f"Lỗi đọc/ghi tệp: {describe_os_error(exc, getattr(exc, 'filename', '') or '')}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.Error as exc:  # a read outside a transaction (an export of a damaged page)
        from dvdesk.store.errors import describe

        logging.getLogger(__name__).debug("sqlite error", exc_info=True)
        print(f"Lỗi: {describe(exc, getattr(args, 'db', None))}", file=sys.stderr)
        return EXIT_FAILED


def gui_main() -> int:
    args = sys.argv[1:]
    if len(args) == 1 and args[0].lower().endswith(".dvbak"):
        return main(args)
    return main(["gui", *args])


if __name__ == "__main__":
    sys.exit(main())
