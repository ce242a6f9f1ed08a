"""``dvdesk export initiatives|awards|statistics --db PATH -o OUT.pdf|OUT.xlsx [filters]``;
``dvdesk export decision|proposal|report --db PATH -o OUT.pdf|OUT.docx``: the Quyết định with its list,
the tờ trình of a milestone's proposals, the draft báo cáo sơ kết / tổng kết."""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.services import statistics as st
from dvdesk.services.reports.awards import award_list
from dvdesk.services.reports.common import FORMATS, KIND_FORMATS, export
from dvdesk.services.reports.initiatives import InitiativeListOptions, initiative_list
from dvdesk.services.reports.statistics_report import statistics_appendix
from dvdesk.store.db import open_store

# which options each kind of export takes (argparse dest -> the flag as typed)
_LIST_FILTERS = {"unit": "--unit", "field": "--field", "block": "--block", "level": "--level",
                 "status": "--status", "group": "--group"}
_ISSUE = {"number": "--number", "date": "--date", "attached_to": "--attached-to"}
_ONLY = {
    "awards": {"decision"},
    "initiatives": {*_LIST_FILTERS, *_ISSUE},
    "statistics": {"unit_level", *_ISSUE},
    "decision": {"decision"},
    "proposal": {"form", "number", "date"},
    "report": {"unit_level", "number", "date"},
}
_FLAGS = {**_LIST_FILTERS, **_ISSUE, "decision": "--decision", "unit_level": "--unit-level", "form": "--form"}
_WHERE = {"decision": "danh sách khen thưởng và quyết định (export awards, export decision)",
          "unit_level": "phụ lục thống kê và báo cáo (export statistics, export report)",
          "form": "tờ trình (export proposal)",
          **dict.fromkeys(_LIST_FILTERS, "danh sách mô hình, điển hình (export initiatives)"),
          "number": "danh sách mô hình, phụ lục thống kê, tờ trình, báo cáo (export initiatives, statistics, "
                    "proposal, report)",
          "date": "danh sách mô hình, phụ lục thống kê, tờ trình, báo cáo (export initiatives, statistics, "
                  "proposal, report)",
          "attached_to": "danh sách mô hình (export initiatives) và phụ lục thống kê (export statistics)"}
_NEEDS = {"decision": ("decision", "--decision SỐ"), "proposal": ("milestone", "--milestone MÃ"),
          "report": ("milestone", "--milestone MÃ")}


def parse_date(text: str) -> date:
    """dd/mm/yyyy (or yyyy-mm-dd), as a clerk writes it."""
    t = text.strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise DvdeskError(f"Ngày không hợp lệ: \"{text}\" (ghi theo dạng ngày/tháng/năm, ví dụ 20/11/2025).")


def _check_options(args) -> None:
    for dest, flag in _FLAGS.items():
        if getattr(args, dest, None) is not None and dest not in _ONLY[args.what]:
            raise DvdeskError(f"{flag} chỉ dùng với {_WHERE[dest]}.")


def build(store, args):
    _check_options(args)
    on = parse_date(args.date) if getattr(args, "date", None) else None
    if args.what in _NEEDS:
        dest, flag = _NEEDS[args.what]
        if not getattr(args, dest, None):
            raise DvdeskError(f"export {args.what} cần {flag}.")
    if args.what == "decision":
        from dvdesk.services.reports.decision_papers import decision_papers, find_decision

        return decision_papers(store, find_decision(store, args.decision, args.year), style=args.style)
    if args.what == "proposal":
        from dvdesk.services.reports.common import Issue
        from dvdesk.services.reports.proposal import proposal

        return proposal(store, args.milestone, form=args.form, issue=Issue(args.number, on))
    if args.what == "report":
        from dvdesk.services.reports.common import Issue
        from dvdesk.services.reports.milestone_report import milestone_report

        return milestone_report(store, args.milestone, Issue(args.number, on), unit_level=args.unit_level or "huyen")
    if args.what == "awards":
        return award_list(store, decision_number=args.decision, milestone_key=args.milestone, style=args.style,
                          year=args.year if args.decision else None)
    if args.what == "initiatives":
        phase = args.phase
        if args.milestone and not phase:
            m = store.phases.milestone(args.milestone)
            phase = store.phases.get(m.phase_id).code
        return initiative_list(store, InitiativeListOptions(
            phase=phase, year=args.year, style=args.style, unit_name=args.unit, field_name=args.field,
            block_name=args.block, recognition_level=args.level, status=args.status, group_by=args.group or "unit",
            number=args.number, on=on, attached_to=args.attached_to))
    scope = st.Scope(
        phase_id=store.phases.by_code(args.phase).id if args.phase else None,
        year=args.year,
        milestone_id=store.phases.milestone(args.milestone).id if args.milestone else None,
    )
    return statistics_appendix(store, scope, style=args.style, unit_level=args.unit_level or "huyen",
                               number=args.number, on=on, attached_to=args.attached_to)


def run_export(args) -> int:
    out = Path(args.output)
    allowed = KIND_FORMATS.get(args.what, FORMATS)
    if out.suffix.lower() not in allowed:
        print(f"Lỗi: tệp xuất phải có đuôi {' hoặc '.join(allowed)} (nhận được \"{out.name}\").", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    with open_store(args.db) as store:
        doc = build(store, args)
        export(doc, out)
    print(f"Đã xuất {out} ({time.perf_counter() - t0:.1f} giây).")
    return 0
