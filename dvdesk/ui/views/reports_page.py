"""Báo cáo: pick a report and its scope, export it to PDF (to print and sign) or Excel (to edit).

The export runs in a worker with its own database connection, shows progress (rows written) and
can be cancelled; the file is written atomically, so a cancel or an error leaves no half file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.domain.vocab import DocumentStyle
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_reports_page import Ui_ReportsPage

KINDS = [("awards", "Danh sách khen thưởng (kèm quyết định)"),
         ("initiatives", "Danh sách mô hình, điển hình"),
         ("statistics", "Phụ lục thống kê (sơ kết, tổng kết)")]


def cancellable(doc, ctx) -> None:
    """Wrap every table's rows so the render checks for cancel and reports progress."""
    from dvdesk.services.documents import DocumentSet

    docs = doc.documents if isinstance(doc, DocumentSet) else [doc]
    counter = [0]
    for d in docs:
        for t in d.tables:
            source = t.rows

            def rows(source=source):
                for item in (source() if callable(source) else source):
                    counter[0] += 1
                    if counter[0] % 200 == 0:
                        ctx.check()
                        ctx.progress(counter[0], 0, f"Đã ghi {money_vn(counter[0])} dòng…")
                    yield item

            t.rows = rows


class ReportsPage(QWidget):
    exported = Signal(str)

    def __init__(self, store, parent=None, choose_file: Callable[[str, str], str] | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.choose_file = choose_file or self._ask_file
        self.job = None
        u = self.ui
        for key, label in KINDS:
            u.kindCombo.addItem(label, key)
        u.styleCombo.addItem("Theo cài đặt / theo quyết định", None)
        for key, label in DocumentStyle.choices():
            u.styleCombo.addItem(label, key)
        u.groupCombo.addItem("Đơn vị", "unit")
        u.groupCombo.addItem("Lĩnh vực", "field")
        u.groupCombo.addItem("Không nhóm", "none")
        self.reload()
        u.kindCombo.currentIndexChanged.connect(self._update_visibility)
        u.pdfButton.clicked.connect(lambda: self.export_to(".pdf"))
        u.xlsxButton.clicked.connect(lambda: self.export_to(".xlsx"))
        u.cancelButton.clicked.connect(self.cancel)
        self._update_visibility()

    def reload(self) -> None:
        u = self.ui
        for combo in (u.decisionCombo, u.phaseCombo, u.yearCombo, u.milestoneCombo):
            combo.clear()
        u.decisionCombo.addItem("Tất cả quyết định (mỗi quyết định một danh sách)", None)
        counts = dict(self.store.conn.execute(
            "SELECT decision_id, count(*) FROM awards WHERE deleted_at IS NULL GROUP BY decision_id"))
        for d in reversed(self.store.decisions.list()):
            u.decisionCombo.addItem(f"{d.number} ngày {date_vn(d.signed_on)} — "
                                    f"{money_vn(counts.get(d.id, 0))} tập thể, cá nhân", d.id)
        u.phaseCombo.addItem("Tất cả các giai đoạn", None)
        for p in self.store.phases.list():
            u.phaseCombo.addItem(p.name, p.code)
        u.yearCombo.addItem("Cả giai đoạn", None)
        for (y,) in self.store.conn.execute("SELECT DISTINCT year FROM initiatives WHERE deleted_at IS NULL ORDER BY 1"):
            u.yearCombo.addItem(str(y), y)
        u.milestoneCombo.addItem("Không chọn", None)
        for m in self.store.phases.milestones():
            u.milestoneCombo.addItem(m.name, m.key)

    def _update_visibility(self) -> None:
        kind = self.ui.kindCombo.currentData()
        u = self.ui
        for widget, shown in ((u.decisionCombo, kind == "awards"), (u.decisionLabel, kind == "awards"),
                              (u.phaseCombo, kind != "awards"), (u.phaseLabel, kind != "awards"),
                              (u.yearCombo, kind != "awards"), (u.yearLabel, kind != "awards"),
                              (u.groupCombo, kind == "initiatives"), (u.groupLabel, kind == "initiatives"),
                              (u.rollupCheck, kind == "statistics"),
                              (u.milestoneCombo, kind != "initiatives"), (u.milestoneLabel, kind != "initiatives")):
            widget.setVisible(shown)

    def _ask_file(self, suggested: str, suffix: str) -> str:
        filt = "Tệp PDF (*.pdf)" if suffix == ".pdf" else "Tệp Excel (*.xlsx)"
        path, _ = QFileDialog.getSaveFileName(self, "Lưu báo cáo", suggested, filt)
        return path

    def options(self) -> dict:
        u = self.ui
        return {"kind": u.kindCombo.currentData(), "decision_id": u.decisionCombo.currentData(),
                "phase": u.phaseCombo.currentData(), "year": u.yearCombo.currentData(),
                "milestone": u.milestoneCombo.currentData(), "group_by": u.groupCombo.currentData(),
                "style": u.styleCombo.currentData(), "rollup": u.rollupCheck.isChecked()}

    def export_to(self, suffix: str, target: str | None = None) -> None:
        opts = self.options()
        names = {"awards": "danh-sach-khen-thuong", "initiatives": "danh-sach-mo-hinh", "statistics": "phu-luc-thong-ke"}
        path = target or self.choose_file(names[opts["kind"]] + suffix, suffix)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self._start(Path(path), opts)

    def _start(self, target: Path, opts: dict) -> None:
        db_path = self.store.path

        def job(ctx):
            from dvdesk.services import statistics as st
            from dvdesk.services.files import TargetLockedError, free_name
            from dvdesk.services.reports import InitiativeListOptions, award_list, export, initiative_list
            from dvdesk.services.reports.awards import decision_document
            from dvdesk.services.reports.statistics_report import statistics_appendix
            from dvdesk.store.db import open_store

            with open_store(db_path) as s:  # the worker's own connection
                if opts["kind"] == "awards":
                    doc = (decision_document(s, s.decisions.get(opts["decision_id"]), style=opts["style"])
                           if opts["decision_id"] else award_list(s, milestone_key=opts["milestone"], style=opts["style"]))
                elif opts["kind"] == "initiatives":
                    doc = initiative_list(s, InitiativeListOptions(phase=opts["phase"], year=opts["year"],
                                                                  group_by=opts["group_by"], style=opts["style"]))
                else:
                    scope = st.Scope(phase_id=s.phases.by_code(opts["phase"]).id if opts["phase"] else None,
                                     year=opts["year"],
                                     milestone_id=s.phases.milestone(opts["milestone"]).id if opts["milestone"] else None,
                                     rollup=opts["rollup"])
                    doc = statistics_appendix(s, scope, style=opts["style"])
                cancellable(doc, ctx)
                ctx.check()
                try:
                    export(doc, target)
                except TargetLockedError as exc:  # open in Excel / a PDF viewer: offer another name
                    return {"locked": str(exc), "suggestion": str(exc.suggestion or free_name(target))}
            return str(target)

        self._busy(True, f"Đang xuất {target.name}…")
        self.job = workers.start(job, on_finished=self._done, on_failed=lambda msg, _d: self._failed(msg),
                                 on_progress=lambda done, _t, text: self.ui.statusLabel.setText(text))

    def _busy(self, busy: bool, text: str = "") -> None:
        u = self.ui
        u.progress.setVisible(busy)
        u.pdfButton.setEnabled(not busy)
        u.xlsxButton.setEnabled(not busy)
        u.cancelButton.setEnabled(busy)
        u.statusLabel.setText(text)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.ctx.cancel()

    def _done(self, result) -> None:
        if isinstance(result, dict):
            self._busy(False, result["locked"])
            other = Path(result["suggestion"])
            if Asker.confirm(self, "Tệp đang được mở", f"{result['locked']}\nLưu với tên khác: {other.name}?"):
                self._start(other, self.options())
            return
        path = result
        self._busy(False, f"Đã xuất: {path}")
        self.exported.emit(path)
        if Asker.confirm(self, "Đã xuất báo cáo", f"Đã lưu {path}.\nMở tệp ngay?"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _failed(self, message: str) -> None:
        self._busy(False, message)
        if message != "Đã hủy.":
            Asker.error(self, "Không xuất được báo cáo", message)
