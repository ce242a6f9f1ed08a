"""The outcome of an import (or of its dry run): counts, every row's fate with a Vietnamese reason,
and the rejected rows saved as an Excel file with a "Lý do" column to fix and import again."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import money_vn
from dvdesk.services.importers.layout import Column, Layout
from dvdesk.services.importers.reader import RawSheet
from dvdesk.services.importers.specs import KIND_LABELS, field_label
from dvdesk.services.importers.values import FORMULA_NO_VALUE, CellError
from dvdesk.store.changes import Changes

ADD, UPDATE, SAME, REJECT = "add", "update", "same", "reject"
ACTION_LABELS = {ADD: "Thêm mới", UPDATE: "Cập nhật", SAME: "Bỏ qua (đã có)", REJECT: "Từ chối"}


@dataclass
class RowResult:
    row: int  # sheet row number
    action: str  # add | update | same | reject
    label: str = ""  # what the row is (a name)
    reason: str = ""  # why rejected / what changes / why skipped
    notes: list[str] = field(default_factory=list)  # warnings that did not stop the row


def _why(c) -> str:
    """Why a column got its field, when the header alone does not say it plainly."""
    evidence = getattr(c, "evidence", "")
    if not evidence or (evidence.startswith("tiêu đề \"") and c.score >= 100):
        return ""
    if evidence.startswith("tiêu đề \""):
        evidence = "tiêu đề gần đúng"
    return f" ({evidence}; tin cậy {c.score}%)"


@dataclass
class ImportReport:
    kind: str
    file: Path
    sheet: str
    dry_run: bool
    header_rows: list[int] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    results: list[RowResult] = field(default_factory=list)
    ignored: list[tuple[int, str]] = field(default_factory=list)
    blank_rows: int = 0
    warnings: list[str] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    new_decisions: list[str] = field(default_factory=list)
    new_forms: list[str] = field(default_factory=list)  # award forms created, flagged to verify
    missing_forms: list[str] = field(default_factory=list)  # award forms refused: not in the catalog
    unit_suggestions: dict[str, list[str]] = field(default_factory=dict)  # unmatched unit -> closest names
    backup_path: Path | None = None
    seconds: float = 0.0
    committed: bool = False
    changes: Changes | None = field(default=None, repr=False)  # what the committed import wrote
    raw: RawSheet | None = field(default=None, repr=False)
    layout: Layout | None = field(default=None, repr=False)

    def _count(self, action: str) -> int:
        return sum(1 for r in self.results if r.action == action)

    @property
    def added(self) -> int:
        return self._count(ADD)

    @property
    def updated(self) -> int:
        return self._count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self._count(SAME)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.results if r.action == REJECT]

    @property
    def exit_code(self) -> int:
        return 3 if self.rejected else 0

    @property
    def unknown_columns(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and c.header]

    def counts_line(self) -> str:
        verb = "Sẽ thêm" if self.dry_run else "Đã thêm"
        return (f"{verb} mới {money_vn(self.added)}, cập nhật {money_vn(self.updated)}, bỏ qua "
                f"{money_vn(self.unchanged)} (đã có, không đổi), từ chối {money_vn(len(self.rejected))} dòng.")

    def summary_lines(self, max_rows: int = 200) -> list[str]:
        """The report as Vietnamese lines (what the CLI prints and the wizard shows)."""
        what = KIND_LABELS[self.kind].lower()
        head = "Chạy thử (không ghi vào cơ sở dữ liệu)" if self.dry_run else "Nhập dữ liệu"
        lines = [f"{head}: {what} từ tệp {self.file.name}, trang \"{self.sheet}\"."]
        if self.header_rows:
            rows = ", ".join(str(n) for n in self.header_rows)
            lines.append(f"Dòng tiêu đề cột: {rows}.")
        mapped = [f"{c.letter} \"{c.header}\" → {field_label(self.kind, c.field)}"
                  + _why(c)
                  for c in self.columns if c.field and not c.field.startswith("_")]
        if mapped:
            lines.append("Cột đã nhận: " + "; ".join(mapped) + ".")
        if self.unknown_columns:
            lines.append("Cột không nhận ra (bỏ qua): " + "; ".join(f"{c.letter} \"{c.header}\""
                                                                 for c in self.unknown_columns) + ".")
        lines.append(self.counts_line())
        if self.ignored:
            lines.append(f"Dòng không phải dữ liệu (tiêu đề mục, dòng cộng, chữ ký…): {money_vn(len(self.ignored))}.")
        for w in self.warnings:
            lines.append(f"Lưu ý: {w}")
        if self.new_units:
            verb = "Sẽ tạo" if self.dry_run else "Đã tạo"
            lines.append(f"{verb} {len(self.new_units)} đơn vị mới (chưa xác minh): " + "; ".join(self.new_units[:30])
                         + (" …" if len(self.new_units) > 30 else "") + ".")
            for name, close in list(self.unit_suggestions.items())[:30]:
                if close:
                    lines.append(f"  Đơn vị \"{name}\" chưa khớp danh mục; tên gần giống: " + "; ".join(close) + ".")
        if self.new_forms:
            verb = "Sẽ tạo" if self.dry_run else "Đã tạo"
            lines.append(f"{verb} {len(self.new_forms)} hình thức khen thưởng mới (cần kiểm tra lại trong danh mục): "
                         + "; ".join(self.new_forms) + ".")
        if self.new_decisions:
            verb = "Sẽ tạo" if self.dry_run else "Đã tạo"
            lines.append(f"{verb} {len(self.new_decisions)} quyết định mới: " + "; ".join(self.new_decisions) + ".")
        if self.backup_path:
            lines.append(f"Đã sao lưu cơ sở dữ liệu trước khi nhập: {self.backup_path}")
        rejected = self.rejected
        if rejected:
            lines.append(f"Các dòng bị từ chối ({money_vn(len(rejected))}):")
            for r in rejected[:max_rows]:
                lines.append(f"  Dòng {r.row}: {r.reason}")
            if len(rejected) > max_rows:
                lines.append(f"  … và {money_vn(len(rejected) - max_rows)} dòng khác (lưu danh sách bằng --errors).")
        return lines

    def summary(self) -> str:
        return "\n".join(self.summary_lines())

    # -- rejected rows -------------------------------------------------------------------------
    def save_rejected(self, path: Path | str) -> Path:
        """Write the rejected rows (with the title rows, the header and their section rows) to an
        .xlsx with a "Lý do" column, ready to be fixed and imported again."""
        return save_rejected_rows(self, path)


def _cell_out(value: object) -> object:
    if value is None or value is FORMULA_NO_VALUE:
        return None
    if isinstance(value, CellError):
        return value.code
    if isinstance(value, str) and value.startswith("="):
        return "'" + value  # never write text that Excel would run as a formula
    return value


def save_rejected_rows(report: ImportReport, path: Path | str) -> Path:
    return save_rejected_many([report], path)


def save_rejected_many(reports: list[ImportReport], path: Path | str) -> Path:
    """The rejected rows of one or more sheets, one sheet each (see :meth:`ImportReport.save_rejected`)."""
    import openpyxl

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for report in reports:
        if report.raw is None or report.layout is None:
            raise DvdeskError("Không còn dữ liệu của tệp gốc để lưu các dòng bị từ chối.")
        if not report.rejected and len(reports) > 1:
            continue
        title = re.sub(r"[\\/*?:\[\]]", "-", report.sheet)[:31] or "Dòng bị từ chối"
        base, i = title, 2
        while title.lower() in used:
            suffix = f" ({i})"
            title = base[: 31 - len(suffix)] + suffix
            i += 1
        used.add(title.lower())
        _write_rejected(report, wb.create_sheet(title))
    if not wb.worksheets:
        wb.create_sheet("Dòng bị từ chối")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        wb.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        raise DvdeskError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc
    return path


def _write_rejected(report: ImportReport, ws) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    from dvdesk.services.importers.layout import IGNORE_REASONS, ROW_SECTION

    raw, layout = report.raw, report.layout
    reasons = {r.row: r.reason for r in report.rejected}
    width = max(max((c.index for c in layout.columns), default=0) + 1, raw.width if raw.rows else 0)
    width = min(width, 300)
    bold = Font(bold=True)
    for line in layout.title_lines[:20]:
        ws.append([_cell_out(line)])
    header = [""] * width
    for c in layout.columns:
        if c.index < width:
            header[c.index] = c.header
    header.append("Lý do")
    ws.append(header)
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = bold
    ws.cell(header_row, width + 1).fill = PatternFill("solid", fgColor="FFF2CC")
    prefix = IGNORE_REASONS[ROW_SECTION]
    sections = {n for n, reason in report.ignored if reason.startswith(prefix)}
    pending: list[list] = []
    for row in raw.rows:
        if row.number <= layout.header_end:
            continue
        if row.number in sections:  # keep section rows: they say what the rows below are
            pending.append([_cell_out(v) for v in row.values[:width]])
            continue
        if row.number not in reasons:
            continue
        for sec in pending:
            ws.append(sec)
        pending = []
        values = [_cell_out(v) for v in row.values[:width]]
        values += [None] * (width - len(values))
        values.append(reasons[row.number])
        ws.append(values)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, datetime | date):
                cell.number_format = "DD/MM/YYYY"
        ws.cell(ws.max_row, width + 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions[ws.cell(header_row, width + 1).column_letter].width = 60
