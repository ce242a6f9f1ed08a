"""Documents for signing (30k demo, 10k awards): a Quyết định with its 2,000-row list to PDF and to Word,
the tổng kết 2025 report draft to Word and to PDF, each beside its baseline in the same run."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.harness import Bench, timed
from dvdesk.demo import build_demo

ON = date(2025, 10, 20)


def run(bench: Bench) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DVDESK_DATA_DIR"] = tmp
        db = Path(tmp) / "documents.sqlite3"
        build_demo(db, initiatives=30_000, awards=10_000, seed=2025)

        from dvdesk.services.render import render
        from dvdesk.services.reports.awards import decision_document
        from dvdesk.services.reports.decision_papers import decision_papers
        from dvdesk.services.reports.milestone_report import milestone_report
        from dvdesk.store.db import open_store

        store = open_store(db)
        ids = [r[0] for r in store.conn.execute(
            "SELECT id FROM initiatives WHERE deleted_at IS NULL AND year <= 2025 ORDER BY id LIMIT 2000")]
        ms = store.phases.milestone("tong-ket-2025")
        draft = store.awarding.new_decision("BAN", ON, milestone_id=ms.id)
        decision = store.awarding.save(draft, store.awarding.drafts_from_initiatives(ids, ON))
        out = Path(tmp)

        t_papers = timed(lambda: render(decision_papers(store, decision.id), out / "qd.pdf"), repeat=3)
        t_list = timed(lambda: render(decision_document(store, decision), out / "ds.pdf"), repeat=3)
        bench.report("Quyết định + its 2,000-row list to PDF", t_papers, "the list alone to PDF", t_list,
                     target="< 1 s")
        t_docx = timed(lambda: render(decision_papers(store, decision.id), out / "qd.docx"), repeat=3)
        bench.report("Quyết định + its 2,000-row list to Word (.docx)", t_docx, "the same to PDF", t_papers)

        t_build = timed(lambda: milestone_report(store, "tong-ket-2025"), repeat=3)
        t_report_docx = timed(lambda: render(milestone_report(store, "tong-ket-2025"), out / "bc.docx"), repeat=3)
        t_report_pdf = timed(lambda: render(milestone_report(store, "tong-ket-2025"), out / "bc.pdf"), repeat=3)
        bench.report("tổng kết 2025 report draft (+ appendix) to Word", t_report_docx, "the same to PDF",
                     t_report_pdf, target="< 2 s")
        bench.report("tổng kết 2025 report: figures and tables only (no rendering)", t_build,
                     "rendered to Word", t_report_docx)
        store.close()
