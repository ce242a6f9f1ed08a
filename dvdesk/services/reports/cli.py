"""``dvdesk export initiatives|awards|statistics --db PATH -o OUT.pdf|OUT.xlsx [filters]``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.services import statistics as st
from dvdesk.services.reports.awards import award_list
from dvdesk.services.reports.common import FORMATS, export
from dvdesk.services.reports.initiatives import InitiativeListOptions, initiative_list
from dvdesk.services.reports.statistics_report import statistics_appendix
from dvdesk.store.db import open_store


def build(store, args):
    if args.what == "awards":
        return award_list(store, decision_number=args.decision, milestone_key=args.milestone, style=args.style,
                          year=args.year if args.decision else None)
    if args.what == "initiatives":
        if args.decision:
            raise DvdeskError("--decision chỉ dùng với danh sách khen thưởng (export awards).")
        phase = args.phase
        if args.milestone and not phase:
            m = store.phases.milestone(args.milestone)
            phase = store.phases.get(m.phase_id).code
        return initiative_list(store, InitiativeListOptions(phase=phase, year=args.year, style=args.style))
    scope = st.Scope(
        phase_id=store.phases.by_code(args.phase).id if args.phase else None,
        year=args.year,
        milestone_id=store.phases.milestone(args.milestone).id if args.milestone else None,
    )
    return statistics_appendix(store, scope, style=args.style)


def run_export(args) -> int:
    out = Path(args.output)
    if out.suffix.lower() not in FORMATS:
        print(f"Lỗi: tệp xuất phải có đuôi .pdf hoặc .xlsx (nhận được \"{out.name}\").", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    with open_store(args.db) as store:
        doc = build(store, args)
        export(doc, out)
    print(f"Đã xuất {out} ({time.perf_counter() - t0:.1f} giây).")
    return 0
