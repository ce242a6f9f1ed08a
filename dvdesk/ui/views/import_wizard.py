"""Nhập dữ liệu từ Excel: choose file and sheet → column mapping → preview → import → result.

Every step that touches the file or the database runs in a worker (its own SQLite connection),
with progress and a cancel button; nothing is written before "Nhập vào cơ sở dữ liệu", and the
import itself is one transaction (a cancel leaves the database as it was).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dvdesk.domain.vntext import money_vn
from dvdesk.services.importers import (
    FIELDS,
    KIND_LABELS,
    KINDS,
    ImportCancelled,
    ImportOptions,
    ImportReport,
    Layout,
    RawSheet,
    detect_layout,
)
from dvdesk.services.importers.layout import column_letter
from dvdesk.services.importers.report import ACTION_LABELS, REJECT
from dvdesk.services.importers.values import ValueProblem, display, parse_date_ex
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_import_wizard import Ui_ImportWizard

STEPS = ["Bước 1/4: Chọn tệp và trang tính", "Bước 2/4: Ghép cột trong tệp với dữ liệu của chương trình",
         "Bước 3/4: Xem trước kết quả (chưa ghi gì)", "Bước 4/4: Kết quả"]
PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(4)
EXISTING = [("update", "Cập nhật bản ghi đã có"), ("skip", "Bỏ qua, giữ bản ghi đã có"),
            ("reject", "Báo lỗi (từ chối dòng)")]
MAX_PREVIEW_ROWS = 2000


class ImportWizard(QDialog):
    imported = Signal(object)  # the ImportReport of a committed import

    def __init__(self, store, parent: QWidget | None = None, kind: str = "initiatives",
                 choose_open: Callable[[], str] | None = None,
                 choose_save: Callable[[str, str], str] | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.choose_open = choose_open or self._ask_open
        self.choose_save = choose_save or self._ask_save
        self.job = None
        self.raw: RawSheet | None = None
        self.layout_: Layout | None = None
        self.preview: ImportReport | None = None
        self.result: ImportReport | None = None
        self.combos: dict[int, QComboBox] = {}
        u = self.ui
        for k in KINDS:
            u.kindCombo.addItem(KIND_LABELS[k], k)
        u.kindCombo.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        for code, label in EXISTING:
            u.existingCombo.addItem(label, code)
        u.formCombo.addItem("(theo tệp)", "")
        for f in store.award_forms.list():
            u.formCombo.addItem(f.name, f.code)
        u.mappingTable.setColumnCount(5)
        u.mappingTable.setHorizontalHeaderLabels(["Cột", "Tiêu đề trong tệp", "Ví dụ", "Nhập vào",
                                                  "Căn cứ (độ tin cậy)"])
        head = u.mappingTable.horizontalHeader()
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        u.mappingTable.setColumnWidth(1, 300)
        u.mappingTable.setColumnWidth(2, 160)
        u.mappingTable.setColumnWidth(3, 280)
        u.previewTable.setColumnCount(4)
        u.previewTable.setHorizontalHeaderLabels(["Dòng", "Kết quả", "Bản ghi", "Lý do, ghi chú"])
        u.previewTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        u.browseButton.clicked.connect(self.browse)
        u.templateButton.clicked.connect(self.save_template)
        u.kindCombo.currentIndexChanged.connect(self._kind_changed)
        u.nextButton.clicked.connect(self.next_step)
        u.backButton.clicked.connect(self.back)
        u.importButton.clicked.connect(self.start_import)
        u.cancelButton.clicked.connect(self.cancel)
        u.closeButton.clicked.connect(self.close)
        u.rereadButton.clicked.connect(self.reread_header)
        u.saveRejectedButton.clicked.connect(self.save_rejected)
        self._show(PAGE_FILE)

    # -- navigation --------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    @property
    def path(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        return Path(text) if text else None

    def _show(self, page: int) -> None:
        u = self.ui
        u.pages.setCurrentIndex(page)
        u.stepLabel.setText(STEPS[page])
        self._buttons()

    def _buttons(self, busy: bool = False) -> None:
        u = self.ui
        page = u.pages.currentIndex()
        u.backButton.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        u.nextButton.setVisible(page in (PAGE_FILE, PAGE_MAPPING))
        u.importButton.setVisible(page == PAGE_PREVIEW)
        u.closeButton.setVisible(page == PAGE_RESULT or not busy)
        u.cancelButton.setVisible(busy)
        for b in (u.backButton, u.nextButton, u.importButton, u.browseButton, u.templateButton, u.rereadButton,
                  u.kindCombo, u.sheetCombo):
            b.setEnabled(not busy)
        u.nextButton.setEnabled(not busy and (page != PAGE_FILE or u.sheetCombo.count() > 0))
        u.importButton.setEnabled(not busy and self.preview is not None and
                                  (self.preview.added + self.preview.updated > 0 or bool(self.preview.new_units)
                                   or bool(self.preview.missing_forms)))
        report = self.result if page == PAGE_RESULT else self.preview if page == PAGE_PREVIEW else None
        u.saveRejectedButton.setVisible(bool(report and report.rejected) and not busy)
        u.decisionBox.setVisible(self.kind == "awards")
        u.defaultYearLabel.setVisible(self.kind == "initiatives")
        u.defaultYearSpin.setVisible(self.kind == "initiatives")
        u.progressBar.setVisible(busy)

    def _kind_changed(self) -> None:
        self.raw = self.layout_ = self.preview = None
        self._buttons()

    def next_step(self) -> None:
        page = self.ui.pages.currentIndex()
        if page == PAGE_FILE:
            self.read_sheet()
        elif page == PAGE_MAPPING:
            self.run_preview()

    def back(self) -> None:
        page = self.ui.pages.currentIndex()
        self.preview = None
        self._show(max(PAGE_FILE, page - 1))

    # -- workers ---------------------------------------------------------------------------------
    def _run(self, fn, done: Callable, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.progressBar.setValue(0)
        self._buttons(busy=True)
        self.job = workers.start(fn, on_finished=lambda result: self._finished(done, result),
                                 on_failed=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        bar = self.ui.progressBar
        if total:
            bar.setMaximum(1000)
            bar.setValue(int(1000 * done / total))
        if text:
            self.ui.statusLabel.setText(text)

    def _finished(self, done: Callable, result) -> None:
        self.job = None
        self._buttons()
        self.ui.statusLabel.setText("")
        done(result)
        self._buttons()

    def _failed(self, message: str, _details: str) -> None:
        self.job = None
        self._buttons()
        if message in ("Đã hủy.", ImportCancelled().args[0]):
            self.ui.statusLabel.setText("Đã hủy: cơ sở dữ liệu không thay đổi.")
            return
        self.ui.statusLabel.setText(message)
        Asker.error(self, "Không nhập được dữ liệu", message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.ctx.cancel()
            self.ui.statusLabel.setText("Đang hủy…")

    @property
    def busy(self) -> bool:
        return self.job is not None

    # -- step 1: file and sheet ------------------------------------------------------------------
    def _ask_open(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, "Chọn tệp Excel cần nhập", "", "Tệp Excel (*.xlsx *.xlsm *.xls)")
        return path

    def _ask_save(self, suggested: str, title: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, "Tệp Excel (*.xlsx)")
        return path

    def browse(self) -> None:
        path = self.choose_open()
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Check the file and list its sheets (in a worker)."""
        self.ui.fileEdit.setText(str(path))
        self.ui.sheetCombo.clear()
        self.raw = self.layout_ = self.preview = None
        kind = self.kind

        def job(ctx):
            from dvdesk.services.importers import choose_sheet, inspect_workbook

            info = inspect_workbook(path)
            ctx.check()
            return info, choose_sheet(path, kind)

        self._run(job, self._sheets_listed, f"Đang mở {Path(path).name}…")

    def _sheets_listed(self, result) -> None:
        info, best = result
        u = self.ui
        u.sheetCombo.clear()
        for s in info.sheets:
            size = f" — {money_vn(s.max_row)} dòng" if s.max_row else ""
            u.sheetCombo.addItem(s.label + size, s.name)
        u.sheetCombo.setCurrentIndex(max(0, u.sheetCombo.findData(best)))
        hidden = [s.name for s in info.sheets if s.hidden]
        text = f"Tệp có {len(info.sheets)} trang tính."
        if hidden:
            text += " Trang đang bị ẩn: " + ", ".join(hidden) + "."
        u.fileInfoLabel.setText(text)

    def read_sheet(self, header_rows: tuple[int, int] | None = None) -> None:
        path, sheet, kind = self.path, self.ui.sheetCombo.currentData(), self.kind
        if path is None or sheet is None:
            return

        def job(ctx):
            from dvdesk.services.importers import read_sheet

            raw = read_sheet(path, sheet, progress=ctx.progress, cancelled=lambda: ctx.cancelled)
            return raw, detect_layout(raw, kind, header_rows)

        self._run(job, self._sheet_read, f"Đang đọc trang \"{sheet}\"…")

    def reread_header(self) -> None:
        n = self.ui.headerRowSpin.value()
        if self.raw is None:
            return
        self._sheet_read((self.raw, detect_layout(self.raw, self.kind, (n, n) if n else None)))

    def _sheet_read(self, result) -> None:
        self.raw, self.layout_ = result
        self.preview = None
        self._fill_mapping()
        self._fill_decision_defaults()
        self._show(PAGE_MAPPING)
        if self.layout_.problem:
            self.ui.statusLabel.setText(self.layout_.problem)

    # -- step 2: mapping -------------------------------------------------------------------------
    def _fill_mapping(self) -> None:
        u = self.ui
        raw, layout = self.raw, self.layout_
        table = u.mappingTable
        table.setRowCount(0)
        self.combos = {}
        if layout.header_rows:
            u.headerInfoLabel.setText(f"Tìm thấy dòng tiêu đề cột: {', '.join(map(str, layout.header_rows))} "
                                      f"({money_vn(len(raw.rows))} dòng có dữ liệu).")
            u.headerRowSpin.blockSignals(True)
            u.headerRowSpin.setValue(layout.header_rows[-1])
            u.headerRowSpin.blockSignals(False)
        else:
            u.headerInfoLabel.setText("Chưa tìm thấy dòng tiêu đề cột: hãy nhập số dòng tiêu đề rồi bấm \"Đọc lại\".")
        width = max([c.index + 1 for c in layout.columns] + [min(raw.width, 60)])
        headers = {c.index: c for c in layout.columns}
        samples = self._samples(width)
        fields = [f for f in FIELDS[self.kind] if not f.key.startswith("_")]
        for index in range(width):
            col = headers.get(index)
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(column_letter(index)))
            table.setItem(row, 1, QTableWidgetItem(col.header if col else ""))
            table.setItem(row, 2, QTableWidgetItem(samples.get(index, "")))
            combo = QComboBox()
            combo.addItem("(bỏ qua)", None)
            for f in fields:
                combo.addItem(f.label + (" (*)" if f.required else ""), f.key)
            key = col.field if col else None
            if key and not key.startswith("_"):
                combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.currentIndexChanged.connect(lambda _i, c=index: self._mapping_changed(c))
            table.setCellWidget(row, 3, combo)
            shown = col is not None and bool(col.field) and not col.field.startswith("_") and bool(col.evidence)
            why = QTableWidgetItem(f"{col.evidence} — {col.score}%" if shown else "")
            if col and col.field and col.score < 80:
                why.setForeground(QBrush(QColor("#8a5300")))  # a guess worth a look
            table.setItem(row, 4, why)
            self.combos[index] = combo
        table.resizeColumnToContents(0)
        unknown = [f"{c.letter} \"{c.header}\"" for c in layout.unknown if not c.header.startswith("(")]
        u.unknownLabel.setText(("Cột không nhận ra (sẽ bỏ qua nếu không chọn): " + "; ".join(unknown)) if unknown else "")

    def _samples(self, width: int) -> dict[int, str]:
        out: dict[int, str] = {}
        end = self.layout_.header_end
        for r in self.raw.rows:
            if r.number <= end:
                continue
            for i, v in enumerate(r.values[:width]):
                if i not in out and v not in (None, ""):
                    out[i] = display(v)
            if len(out) >= width:
                break
        return out

    def _mapping_changed(self, index: int) -> None:
        key = self.combos[index].currentData()
        if key:  # a field goes to one column only
            for i, combo in self.combos.items():
                if i != index and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.preview = None

    def mapping(self) -> dict[int, str | None]:
        """The user's column choices, as overrides of the detected layout."""
        detected = {c.index: (c.field if c.field and not c.field.startswith("_") else None)
                    for c in self.layout_.columns}
        out = {}
        for index, combo in self.combos.items():
            chosen = combo.currentData()
            if chosen != detected.get(index):
                out[index] = chosen
        return out

    def _fill_decision_defaults(self) -> None:
        from dvdesk.services.importers.engine import decision_from_title

        u = self.ui
        if self.kind != "awards" or self.layout_ is None:
            return
        number, when = decision_from_title(self.layout_.title_lines)
        if number and not u.decisionNumberEdit.text():
            u.decisionNumberEdit.setText(number)
        if when and not u.decisionDateEdit.text():
            u.decisionDateEdit.setText(f"{when:%d/%m/%Y}")

    def options(self) -> ImportOptions:
        u = self.ui
        opts = ImportOptions(self.kind, sheet=self.ui.sheetCombo.currentData(), mapping=self.mapping(),
                             existing=u.existingCombo.currentData(), skip_hidden_rows=u.skipHiddenCheck.isChecked(),
                             default_year=u.defaultYearSpin.value() or None,
                             create_forms=self.kind == "awards" and u.createFormsCheck.isChecked())
        n = u.headerRowSpin.value()
        if n and self.layout_ is not None and self.layout_.header_rows and n != self.layout_.header_rows[-1]:
            opts.header_rows = (n, n)
        if self.kind == "awards":
            opts.decision_number = u.decisionNumberEdit.text().strip()
            text = u.decisionDateEdit.text().strip()
            if text:
                try:
                    opts.decision_date = parse_date_ex(text)[0]
                except ValueProblem as exc:
                    raise ValueError(f"Ngày quyết định: {exc}.") from exc
            opts.award_form = u.formCombo.currentData() or ""
        return opts

    # -- step 3: preview -------------------------------------------------------------------------
    def run_preview(self) -> None:
        if self.raw is None:
            return
        try:
            opts = self.options()
        except ValueError as exc:
            Asker.error(self, "Thông tin chưa đúng", str(exc))
            return
        raw, layout, db = self.raw, self.layout_, self.store.path
        if opts.header_rows:
            layout = None  # the user chose another header row: detect again from it

        def job(ctx):
            from dvdesk.services.importers import analyze
            from dvdesk.store.db import open_store

            with open_store(db) as s:  # the worker's own connection; nothing is written
                return analyze(s, raw, opts, layout, progress=ctx.progress, cancelled=lambda: ctx.cancelled)

        self._run(job, self._previewed, "Đang kiểm tra từng dòng…")

    def _previewed(self, report: ImportReport) -> None:
        self.preview = report
        self._fill_results(report)
        self._show(PAGE_PREVIEW)

    def _fill_results(self, report: ImportReport) -> None:
        u = self.ui
        verb = "Sẽ" if report.dry_run else "Đã"
        parts = [f"<b>{verb} thêm mới:</b> {money_vn(report.added)}", f"<b>cập nhật:</b> {money_vn(report.updated)}",
                 f"<b>bỏ qua (đã có):</b> {money_vn(report.unchanged)}",
                 f"<b>từ chối:</b> <span style='color:#b00020'>{money_vn(len(report.rejected))}</span>",
                 f"<b>dòng không phải dữ liệu:</b> {money_vn(len(report.ignored))}"]
        u.countsLabel.setText(" · ".join(parts))
        rows = [r for r in report.results if r.action == REJECT] + [r for r in report.results if r.action != REJECT]
        shown = rows[:MAX_PREVIEW_ROWS]
        table = u.previewTable
        table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            for j, text in enumerate((str(r.row), ACTION_LABELS[r.action], r.label,
                                      "; ".join([r.reason, *r.notes]) if r.reason else "; ".join(r.notes))):
                item = QTableWidgetItem(text)
                if r.action == REJECT:
                    item.setForeground(QBrush(QColor("#b00020")))
                    item.setToolTip(r.reason)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        lines = list(report.warnings)
        if report.new_units:
            lines.append(("Đơn vị mới (chưa xác minh): " if report.dry_run else "Đã tạo đơn vị mới (chưa xác minh): ")
                         + "; ".join(report.new_units))
        for name, close in report.unit_suggestions.items():
            if close:
                lines.append(f"Đơn vị \"{name}\" chưa khớp danh mục; tên gần giống: " + "; ".join(close))
        if report.new_forms:
            lines.append("Hình thức khen thưởng mới (cần kiểm tra): " + "; ".join(report.new_forms))
        if report.missing_forms:
            lines.append("Hình thức khen thưởng chưa có trong danh mục (các dòng ghi hình thức này bị từ chối): "
                         + "; ".join(report.missing_forms))
        if report.new_decisions:
            lines.append("Quyết định mới: " + "; ".join(report.new_decisions))
        if len(rows) > len(shown):
            lines.append(f"Bảng chỉ hiện {money_vn(len(shown))}/{money_vn(len(rows))} dòng (các dòng bị từ chối trước).")
        u.warningsText.setPlainText("\n".join(lines))

    # -- step 4: import --------------------------------------------------------------------------
    def start_import(self) -> None:
        report = self.preview
        if report is None or self.raw is None:
            return
        if report.missing_forms and not self.ui.createFormsCheck.isChecked():
            names = "; ".join(f"\"{n}\"" for n in report.missing_forms)
            if Asker.confirm(self, "Hình thức khen thưởng chưa có trong danh mục",
                             f"Tệp ghi hình thức khen thưởng {names}, danh mục chưa có: các dòng đó đang bị từ chối "
                             "(chương trình không tự thay bằng hình thức khác).\n\nTạo hình thức này và cơ quan ban "
                             "hành (đánh dấu cần kiểm tra lại) rồi xem trước lại?"):
                self.ui.createFormsCheck.setChecked(True)
                self.run_preview()
                return
        if report.rejected and not Asker.confirm(
                self, "Có dòng bị từ chối",
                f"{money_vn(len(report.rejected))} dòng bị từ chối sẽ không được nhập (có thể lưu ra tệp để sửa rồi "
                f"nhập lại). Nhập {money_vn(report.added + report.updated)} dòng còn lại?"):
            return
        opts = self.options()
        raw, layout, db = self.raw, (None if opts.header_rows else self.layout_), self.store.path

        def job(ctx):
            from dvdesk.services.importers import commit
            from dvdesk.store.db import open_store

            with open_store(db) as s:  # one transaction, after a backup; a cancel rolls it back
                return commit(s, raw, opts, layout, progress=ctx.progress, cancelled=lambda: ctx.cancelled)

        self._run(job, self._imported, "Đang nhập dữ liệu (sao lưu trước khi ghi)…")

    def _imported(self, report: ImportReport) -> None:
        self.result = report
        u = self.ui
        u.resultLabel.setText(report.counts_line())
        u.resultText.setPlainText(report.summary())
        self._show(PAGE_RESULT)
        self.imported.emit(report)

    # -- files for the user ----------------------------------------------------------------------
    def save_rejected(self) -> None:
        report = self.result if self.ui.pages.currentIndex() == PAGE_RESULT else self.preview
        if report is None or not report.rejected:
            return
        stem = (self.path.stem if self.path else "nhap") + "-dong-bi-tu-choi.xlsx"
        target = self.choose_save(stem, "Lưu các dòng bị từ chối")
        if not target:
            return
        try:
            saved = report.save_rejected(target)
        except Exception as exc:  # a locked or read-only target: say so
            Asker.error(self, "Không lưu được", str(exc))
            return
        self.ui.statusLabel.setText(f"Đã lưu {money_vn(len(report.rejected))} dòng bị từ chối vào {saved}.")

    def save_template(self) -> None:
        from dvdesk.services.importers.templates import TEMPLATE_FILES, save_template

        target = self.choose_save(TEMPLATE_FILES[self.kind], "Lưu tệp mẫu")
        if not target:
            return
        try:
            saved = save_template(self.kind, target)
        except Exception as exc:
            Asker.error(self, "Không lưu được tệp mẫu", str(exc))
            return
        self.ui.statusLabel.setText(f"Đã lưu tệp mẫu: {saved}")

    def closeEvent(self, event) -> None:
        if self.busy:  # never close under a running job: cancel it first
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self.busy:
            self.cancel()
            return
        super().reject()


def open_import_wizard(store, parent: QWidget | None = None, kind: str = "initiatives") -> ImportReport | None:
    """Run the wizard modally; the report of a committed import, or None."""
    wizard = ImportWizard(store, parent, kind)
    wizard.exec()
    return wizard.result
