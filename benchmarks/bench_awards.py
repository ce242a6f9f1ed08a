"""Awards: a decision of 2,000 recipients opens in the editor (30k demo), and saves in one transaction."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.harness import Bench, timed
from dvdesk.demo import build_demo

ON = date(2025, 10, 20)


def run(bench: Bench) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DVDESK_DATA_DIR"] = tmp
        db = Path(tmp) / "awards.sqlite3"
        build_demo(db, initiatives=30_000, awards=10_000, seed=2025)

        from PySide6.QtWidgets import QApplication

        from dvdesk.store.db import open_store
        from dvdesk.ui.views.decision_dialog import DecisionDialog

        app = QApplication.instance() or QApplication([])
        store = open_store(db)
        ids = [r[0] for r in store.conn.execute(
            "SELECT id FROM initiatives WHERE deleted_at IS NULL AND year <= 2025 ORDER BY id LIMIT 2000")]
        ms = store.phases.milestone("tong-ket-2025")
        drafts = store.awarding.drafts_from_initiatives(ids, ON)
        draft = store.awarding.new_decision("BAN", ON, milestone_id=ms.id)
        holder = {}

        def save() -> None:
            d = store.awarding.save(draft, drafts)
            holder["id"] = d.id
            with store.tx():  # measured again from scratch: the decision and its list go to the trash
                store.awarding.trash_decision(d.id)

        def bulk_only() -> None:  # the writer alone: the same 2,000 rows, no checks, no money, no warnings
            rows = [dict(store.awarding.award_codec.to_row(a), decision_id=holder["id"], uuid="") for a in drafts]
            with store.tx():
                ids_ = store.bulk.insert("awards", rows)
                store.awarding._trash_awards(ids_)

        t_save = timed(save, repeat=3)
        t_bulk = timed(bulk_only, repeat=3)
        bench.report("save a decision of 2,000 recipients", t_save, "bulk insert of the rows", t_bulk)
        decision = store.awarding.save(draft, drafts)

        def open_editor() -> None:
            dlg = DecisionDialog(store, None, decision.id)
            dlg.resize(1366, 768)
            dlg.show()
            app.processEvents()
            dlg.dirty = False
            dlg.done(0)
            dlg.deleteLater()
            app.processEvents()

        def read_rows() -> None:
            store.awards.for_decision(decision.id, order="precedence")

        open_editor()  # warm the caches
        t_open = timed(open_editor, repeat=5)
        t_read = timed(read_rows, repeat=5)
        bench.report("open a decision of 2,000 recipients in the editor", t_open, "read its rows (for_decision)",
                     t_read, target="< 1 s")
        t_warn = timed(lambda: store.awarding.warnings(decision, store.awarding.recipients(decision.id)), repeat=5)
        bench.report("warnings over 2,000 recipients (with the read)", t_warn, "read its rows", t_read)
        store.close()
