"""Báo cáo: pick a report and its scope, preview it, print it, or export it to PDF (to print and
sign) or Excel (to edit).

The reports are a table (:data:`KINDS`): each kind names the option widgets it uses and a builder
``build(store, options) -> Document | DocumentSet``; a new report (Quyết định khen thưởng, Tờ trình,
Báo cáo sơ kết…) is one more entry. The page shows only the widgets of the chosen kind.

The export runs in a worker with its own database connection, shows progress (rows written) and
can be cancelled; the file is written atomically, so a cancel or an error leaves no half file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from dvdesk.domain import catalog
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.domain.vocab import DocumentStyle
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_reports_page import Ui_ReportsPage
from dvdesk.ui.views.preview_dialog import PreviewDialog, cancellable, replace_preview, user_message

__all__ = ["KINDS", "ReportKind", "ReportsPage", "cancellable"]


# -- the builders (run in a worker, on its own store) ----------------------------------------------
def _build_awards(s, o: dict):
    from dvdesk.services.reports import award_list
    from dvdesk.services.reports.awards import decision_document

    if o["decision_id"]:
        return decision_document(s, s.decisions.get(o["decision_id"]), style=o["style"])
    return award_list(s, milestone_key=o["milestone"], style=o["style"])


def _need(o: dict, key: str, what: str) -> None:
    if not o[key]:
        raise DvdeskError(f"Hãy chọn {what}.")


def _build_decision(s, o: dict):
    from dvdesk.services.reports.decision_papers import decision_papers

    _need(o, "decision_id", "một quyết định")
    return decision_papers(s, o["decision_id"], style=o["style"])


def _issue(o: dict):
    from dvdesk.services.reports.common import Issue

    return Issue(o["number"], o["on"])


def _build_proposal(s, o: dict):
    from dvdesk.services.reports.proposal import proposal

    _need(o, "milestone", "kỳ sơ kết, tổng kết có đề nghị khen thưởng")
    return proposal(s, o["milestone"], issue=_issue(o))


def _build_report(s, o: dict):
    from dvdesk.services.reports.milestone_report import milestone_report

    _need(o, "milestone", "kỳ sơ kết, tổng kết cần báo cáo")
    return milestone_report(s, o["milestone"], _issue(o), unit_level=o["unit_level"])


def _unit_filter(s, unit_id: int | None) -> dict:
    """The list's unit filter: by the name the list prints ("Huyện Châu Thành, tỉnh An Giang"),
    which takes its subordinate and former units too; by ids when the name does not resolve."""
    if unit_id is None:
        return {}
    from dvdesk.services.reports.initiatives import find_unit, unit_labels

    labels = unit_labels(s)
    name = labels[unit_id][1] if unit_id in labels else s.units.get(unit_id, include_deleted=True).name
    try:
        ids, _ = find_unit(s, name)
    except DvdeskError:
        return {"unit_ids": s.units.family_ids(unit_id)}
    return {"unit_name": name} if unit_id in ids else {"unit_ids": s.units.family_ids(unit_id)}


def _build_initiatives(s, o: dict):
    from dvdesk.services.reports import InitiativeListOptions, initiative_list

    return initiative_list(s, InitiativeListOptions(
        phase=o["phase"], year=o["year"], group_by=o["group_by"], style=o["style"],
        field_name=o["field"], block_name=o["block"], recognition_level=o["level"], status=o["status"],
        number=o["number"], on=o["on"], attached_to=o["attached_to"], **_unit_filter(s, o["unit_id"])))


def _build_statistics(s, o: dict):
    from dvdesk.services import statistics as st
    from dvdesk.services.reports.statistics_report import statistics_appendix

    scope = st.Scope(phase_id=s.phases.by_code(o["phase"]).id if o["phase"] else None, year=o["year"],
                     milestone_id=s.phases.milestone(o["milestone"]).id if o["milestone"] else None,
                     rollup=o["rollup"])
    return statistics_appendix(s, scope, style=o["style"], unit_level=o["unit_level"], number=o["number"],
                               on=o["on"], attached_to=o["attached_to"])


@dataclass(frozen=True)
class ReportKind:
    """One report of the page: ``options``: the option keys it uses (see :data:`OPTION_ROWS`);
    ``build(store, options)``: the document; ``file_name``: the suggested file name (no suffix);
    ``formats``: what the preview offers to save ("pdf", "xlsx", "docx")."""

    key: str
    label: str
    options: frozenset[str]
    build: Callable[[Any, dict], Any]
    file_name: str

    @property
    def formats(self) -> tuple[str, ...]:
        """What it is saved as — the same as `dvdesk export` (services.reports.common.KIND_FORMATS)."""
        from dvdesk.services.reports.common import KIND_FORMATS

        return tuple(suffix.lstrip(".") for suffix in KIND_FORMATS[self.key])


_ISSUE = frozenset({"style", "number", "on", "attached_to"})
KINDS: list[ReportKind] = [
    ReportKind("awards", "Danh sách khen thưởng (kèm quyết định)", frozenset({"decision_id", "milestone", "style"}),
               _build_awards, "danh-sach-khen-thuong"),
    ReportKind("initiatives", "Danh sách mô hình, điển hình",
               frozenset({"phase", "year", "unit_id", "field", "block", "level", "status", "group_by"}) | _ISSUE,
               _build_initiatives, "danh-sach-mo-hinh"),
    ReportKind("statistics", "Phụ lục thống kê (sơ kết, tổng kết)",
               frozenset({"phase", "year", "milestone", "unit_level", "rollup"}) | _ISSUE,
               _build_statistics, "phu-luc-thong-ke"),
    ReportKind("decision", "Quyết định khen thưởng (kèm danh sách)", frozenset({"decision_id", "style"}),
               _build_decision, "quyet-dinh-khen-thuong"),
    ReportKind("proposal", "Tờ trình đề nghị khen thưởng (gửi cấp trên)", frozenset({"milestone", "number", "on"}),
               _build_proposal, "to-trinh-de-nghi-khen-thuong"),
    ReportKind("report", "Báo cáo sơ kết, tổng kết (dự thảo, kèm phụ lục)",
               frozenset({"milestone", "unit_level", "number", "on"}), _build_report, "bao-cao-so-ket-tong-ket"),
]
KIND_BY_KEY = {k.key: k for k in KINDS}

#: option key -> the widget of the form that holds it (its row: the label goes with it)
OPTION_ROWS = {"decision_id": "decisionCombo", "phase": "phaseCombo", "year": "yearCombo",
               "milestone": "milestoneCombo", "unit_id": "unitPicker", "field": "fieldCombo",
               "block": "blockCombo", "level": "levelCombo", "status": "statusCombo", "group_by": "groupCombo",
               "unit_level": "unitLevelCombo", "rollup": "rollupCheck", "style": "styleCombo",
               "number": "numberEdit", "on": "dateEdit", "attached_to": "attachedEdit"}
ISSUE_KEYS = ("number", "on", "attached_to")

UNIT_LEVELS = [("huyen", "Gộp xã, phường vào cấp huyện"), ("tinh", "Gộp tất cả vào đơn vị cấp tỉnh"),
               ("xa", "Từng đơn vị (không gộp)")]


def current_milestone(milestones: list, today: date | None = None):
    """The milestone being prepared now: the first not yet held (its date, or the end of its year,
    not past), else the last one."""
    today = today or date.today()
    for m in milestones:
        if (m.held_on or date(m.year, 12, 31)) >= today:
            return m
    return milestones[-1] if milestones else None


class ReportsPage(QWidget):
    exported = Signal(str)

    def __init__(self, store, parent=None, choose_file: Callable[[str, str], str] | None = None,
                 preview_options: dict | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.choose_file = choose_file or self._ask_file
        self.preview_options = dict(preview_options or {})  # tests: choose_file / choose_printer of the preview
        self.job = None
        self.preview: PreviewDialog | None = None
        u = self.ui
        self._excel_text = u.xlsxButton.text()
        for k in KINDS:
            u.kindCombo.addItem(k.label, k.key)
        u.kindCombo.setMinimumContentsLength(36)
        u.styleCombo.addItem("Theo cơ quan ban hành", None)
        for key, label in DocumentStyle.choices():
            u.styleCombo.addItem(label, key)
        for combo, first, items in ((u.levelCombo, "Tất cả các cấp", catalog.LEVELS.items()),
                                    (u.statusCombo, "Tất cả trạng thái", catalog.STATUSES.items())):
            combo.addItem(first, None)
            for code, label in items:
                combo.addItem(label, str(code))
        u.groupCombo.addItem("Đơn vị", "unit")
        u.groupCombo.addItem("Lĩnh vực", "field")
        u.groupCombo.addItem("Không nhóm", "none")
        for code, label in UNIT_LEVELS:
            u.unitLevelCombo.addItem(label, code)
        u.unitPicker.combo.lineEdit().setPlaceholderText("Tất cả đơn vị (gõ để tìm một đơn vị)")
        u.unitPicker.combo.setMinimumContentsLength(16)
        # the scope box holds the long names (milestones, roll-up levels): never narrower than the issue box
        u.boxes.setStretch(0, 3)
        u.boxes.setStretch(1, 2)
        for combo in (u.milestoneCombo, u.unitLevelCombo, u.decisionCombo):
            combo.setMinimumContentsLength(30)
        u.dateEdit.setDate(date.today())
        self.reload()
        u.kindCombo.currentIndexChanged.connect(self._update_visibility)
        u.decisionCombo.currentIndexChanged.connect(self._update_visibility)
        for combo in (u.kindCombo, u.decisionCombo, u.styleCombo):
            combo.currentIndexChanged.connect(lambda _i: self._check_style())
        u.previewButton.clicked.connect(lambda: self.open_preview())
        u.pdfButton.clicked.connect(lambda: self.export_to(".pdf"))
        u.xlsxButton.clicked.connect(lambda: self.export_to(self.second_format()))
        u.cancelButton.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=lambda: self.open_preview(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_visibility()
        self._check_style()

    # -- content -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)fill the lists from the database, keeping what is chosen (defaults the first time)."""
        u = self.ui
        s = self.store
        combos = (u.decisionCombo, u.phaseCombo, u.yearCombo, u.milestoneCombo, u.fieldCombo, u.blockCombo)
        first = u.phaseCombo.count() == 0
        keep = [c.currentData() for c in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        u.decisionCombo.addItem("Tất cả quyết định (mỗi quyết định một danh sách)", None)
        counts = dict(s.conn.execute(
            "SELECT decision_id, count(*) FROM awards WHERE deleted_at IS NULL GROUP BY decision_id"))
        for d in reversed(s.decisions.list()):
            u.decisionCombo.addItem(f"{d.number} ngày {date_vn(d.signed_on)} — "
                                    f"{money_vn(counts.get(d.id, 0))} tập thể, cá nhân", d.id)
        u.phaseCombo.addItem("Tất cả các giai đoạn", None)
        phases = s.phases.list()
        for p in phases:
            u.phaseCombo.addItem(p.name, p.code)
        u.yearCombo.addItem("Cả giai đoạn", None)
        for (y,) in s.conn.execute("SELECT DISTINCT year FROM initiatives WHERE deleted_at IS NULL ORDER BY 1"):
            u.yearCombo.addItem(str(y), y)
        u.milestoneCombo.addItem("Không chọn", None)
        milestones = s.phases.milestones()
        for m in milestones:
            u.milestoneCombo.addItem(m.name, m.key)
        for combo, repo, everything in ((u.fieldCombo, s.fields, "Tất cả lĩnh vực"),
                                        (u.blockCombo, s.blocks, "Tất cả các khối")):
            combo.addItem(everything, None)
            for item in repo.list():
                combo.addItem(item.name, item.code)
        if first:  # what a clerk prepares now: this phase, the coming milestone, the latest decision
            this_year = date.today().year
            phase = next((p for p in phases if p.start_year <= this_year <= p.end_year), phases[-1] if phases else None)
            m = current_milestone(milestones)
            keep = [u.decisionCombo.itemData(1) if u.decisionCombo.count() > 1 else None,
                    phase.code if phase else None, None, m.key if m else None, None, None]
        for combo, value in zip(combos, keep, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        keep_unit = u.unitPicker.unit_id()
        u.unitPicker.set_units(s.units.list(include_deleted=False))
        u.unitPicker.set_unit_id(keep_unit)
        self._update_visibility()
        self._check_style()

    def kind(self) -> ReportKind:
        return KIND_BY_KEY[self.ui.kindCombo.currentData()]

    def second_format(self) -> str:
        """The second export button: Excel for lists and tables, Word for the documents to finish in Word."""
        return ".xlsx" if "xlsx" in self.kind().formats else ".docx"

    def _update_visibility(self) -> None:
        u = self.ui
        uses = self.kind().options
        for key, name in OPTION_ROWS.items():
            widget = getattr(u, name)
            form = u.issueForm if key in ("style", *ISSUE_KEYS) else u.scopeForm
            form.setRowVisible(widget, key in uses)
        u.styleHint.setVisible(bool(u.styleHint.text()))
        # the list of one decision is issued with it; the milestone chooses among all the decisions
        u.milestoneCombo.setEnabled(not ("decision_id" in uses and u.decisionCombo.currentData()))
        u.issueBox.setTitle("Ban hành văn bản" if any(k in uses for k in ISSUE_KEYS) else "Thể thức")
        word = self.second_format() == ".docx"
        u.xlsxButton.setText("Xuất Word…" if word else self._excel_text)
        u.xlsxButton.setToolTip("Lưu tệp .docx để sửa tiếp trong Word" if word else "Lưu tệp Excel (.xlsx)")

    def _check_style(self) -> None:
        """Say at once why a style is refused (a Party board printed as a State body…)."""
        from dvdesk.services.documents import AgencyProfile, StyleMismatchError
        from dvdesk.services.reports.common import agency_profile

        u = self.ui
        style = u.styleCombo.currentData()
        text = ""
        if style is not None:
            try:
                did = u.decisionCombo.currentData() if "decision_id" in self.kind().options else None
                if did:
                    d = self.store.decisions.get(did)
                    AgencyProfile.of(d.issuer_parent, d.issuer_name, d.issuer_symbol, "", style=style,
                                     fallback=d.style)
                else:
                    agency_profile(self.store, style)
            except StyleMismatchError as exc:
                text = str(exc)
            except DvdeskError:
                text = ""
        u.styleHint.setText(text)
        u.styleHint.setVisible(bool(text))

    def options(self) -> dict:
        u = self.ui
        return {"kind": u.kindCombo.currentData(), "decision_id": u.decisionCombo.currentData(),
                "phase": u.phaseCombo.currentData(), "year": u.yearCombo.currentData(),
                "milestone": u.milestoneCombo.currentData(), "group_by": u.groupCombo.currentData(),
                "style": u.styleCombo.currentData(), "rollup": u.rollupCheck.isChecked(),
                "unit_id": u.unitPicker.unit_id(), "field": u.fieldCombo.currentData(),
                "block": u.blockCombo.currentData(), "level": u.levelCombo.currentData(),
                "status": u.statusCombo.currentData(), "unit_level": u.unitLevelCombo.currentData(),
                "number": u.numberEdit.text().strip() or None, "on": u.dateEdit.date(),
                "attached_to": u.attachedEdit.text().strip() or None}

    def _checked_options(self) -> dict | None:
        """The options, or None after telling the user what is wrong with them."""
        u = self.ui
        if "on" in self.kind().options and not u.dateEdit.is_blank() and not u.dateEdit.is_valid():
            Asker.error(self, "Ngày không hợp lệ", f"Ngày \"{u.dateEdit.text()}\" không hợp lệ. Hãy ghi theo dạng "
                                                  "ngày/tháng/năm, ví dụ 20/11/2025, hoặc để trống (ngày hôm nay).")
            u.dateEdit.setFocus()
            return None
        return self.options()

    def builder(self, opts: dict | None = None) -> Callable[[Any], Any]:
        """``store -> document`` for the chosen report and options (run it in a worker)."""
        opts = dict(opts or self.options())
        kind = KIND_BY_KEY[opts["kind"]]
        return lambda s: kind.build(s, opts)

    # -- preview -----------------------------------------------------------------------------------
    def open_preview(self) -> PreviewDialog | None:
        opts = self._checked_options()
        if opts is None or self.job is not None:
            return None
        kind = KIND_BY_KEY[opts["kind"]]
        return replace_preview(self, self.store, kind.label, self.builder(opts), formats=kind.formats,
                               suggested_name=kind.file_name, **self.preview_options)

    # -- export ------------------------------------------------------------------------------------
    def _ask_file(self, suggested: str, suffix: str) -> str:
        filt = {".pdf": "Tệp PDF (*.pdf)", ".docx": "Tệp Word (*.docx)"}.get(suffix, "Tệp Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, "Lưu báo cáo", suggested, filt)
        return path

    def export_to(self, suffix: str, target: str | None = None) -> None:
        opts = self._checked_options()
        if opts is None:
            return
        path = target or self.choose_file(KIND_BY_KEY[opts["kind"]].file_name + suffix, suffix)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self._start(Path(path), opts)

    def _start(self, target: Path, opts: dict) -> None:
        db_path = self.store.path
        build = self.builder(opts)

        def job(ctx):
            from dvdesk.services.files import TargetLockedError, free_name
            from dvdesk.services.reports import export
            from dvdesk.store.db import open_store

            with open_store(db_path) as s:  # the worker's own connection
                try:
                    doc = build(s)
                    cancellable(doc, ctx)
                    ctx.check()
                    export(doc, target)
                except TargetLockedError as exc:  # open in Excel / a PDF viewer: offer another name
                    return {"locked": str(exc), "suggestion": str(exc.suggestion or free_name(target))}
                except (workers.Cancelled, DvdeskError):
                    raise
                except Exception as exc:  # a message for the user, never a traceback
                    raise DvdeskError(user_message(exc)) from exc
            return str(target)

        self._busy(True, f"Đang xuất {target.name}…")
        self.job = workers.start(job, on_finished=self._done, on_failed=lambda msg, _d: self._failed(msg),
                                 on_progress=lambda done, _t, text: self.ui.statusLabel.setText(text))

    def _busy(self, busy: bool, text: str = "") -> None:
        u = self.ui
        u.progress.setVisible(busy)
        u.pdfButton.setEnabled(not busy)
        u.xlsxButton.setEnabled(not busy)
        u.previewButton.setEnabled(not busy)
        u.cancelButton.setEnabled(busy)
        u.statusLabel.setText(text)
        if not busy:
            self.job = None

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
