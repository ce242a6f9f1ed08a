"""XLSX renderer (openpyxl): a :class:`Document` as the sheet a clerk would have typed by hand.

Sheet layout, top to bottom: the header (agency left, national heading right, number and
place-date), the title rows merged across the table, the table caption, the table (header rows
repeated when printing; thin borders; wrapped text with row heights to match; numbers as numbers,
amounts and counts "7.020.000" whatever the locale (see ``GROUPED``), dates as real dates
``dd/mm/yyyy``; a total that is the sum of the rows above as a ``SUM`` formula), then the closing
(recipients left, signature right).  Everything is Times New Roman, the workbook's default font
included; A4, fit to one page wide, margins of the official format, page numbers from page 2 at
the top centre.

Sheets: every table gets its own sheet (statistics appendices: one table per sheet), each
repeating the document header and title; paragraphs before a table go on its sheet, the blocks
after the last table and the closing go on the last sheet.  A document without tables gets one
sheet.  Sheet names come from ``Table.sheet_name``, then ``Document.sheet_name`` (first sheet
of a document), then "Biểu n"; they are made Excel-safe (≤ 31 characters, none of
``[]:*?/\\``, unique).

Speed: openpyxl builds everything except the table body, whose rows are streamed straight
into the worksheet XML (with the style ids openpyxl assigned) from the row iterator, through a
temporary file, and spliced into the package openpyxl wrote.  That keeps a 30,000-row sheet
well under 3 s and memory flat, where openpyxl's per-cell objects alone take longer.
Text is always stored as text (``t="inlineStr"``): a value such as ``=1+1``, ``+84…``,
``-`` or ``@x`` can never become a formula; the only formulas are the totals' ``SUM``s, written
by the renderer with their value cached.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from dvdesk.services.documents.layouts import Layout, layout_for
from dvdesk.services.documents.model import (
    Block,
    Column,
    Document,
    DocumentSet,
    Heading,
    Paragraph,
    Row,
    SectionRow,
    Table,
    TotalRow,
)
from dvdesk.services.files import atomic_output
from dvdesk.services.render.columns import content_widths, fit_widths, title_word_widths
from dvdesk.services.render.fonts import get_fonts
from dvdesk.services.render.text import Measurer, clean, upper

__all__ = ["render_xlsx", "safe_sheet_name"]

FONT_NAME = "Times New Roman"
MM_PER_IN = 25.4
_EPOCH = _dt.date(1899, 12, 30)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_ROW_TAG = re.compile(rb'<row r="(\d+)"')
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

#: Whole numbers with a dot between thousands whatever the Windows locale ("7.020.000"): "#,##0"
#: prints the separator of the machine's locale ("7,020,000" on an English Windows), so the dots
#: are literal characters, placed by conditions on the magnitude.  A format has at most two
#: conditions, so one covers 0 … 999.999.999 and a cell of 1.000.000.000 or more gets the other.
GROUPED = r"[>=1000000]#\.###\.##0;[>=1000]#\.##0;0"
GROUPED_BIG = r"[>=1000000000]#\.###\.###\.##0;[>=1000000]#\.###\.##0;#\.##0"
BIG = 1_000_000_000

#: the short lines under a State agency and under a State title: underlined no-break spaces in a
#: small font, hanging from the top of a low row
RULE_SIZE = 6.0
RULE_ROW_HEIGHT = 8.0

#: line height of wrapped text in a row, × the font size (Excel: 15.75 pt for 12 pt Times New Roman)
LINE = 1.3

#: The workbook's default font ("Normal" style) is Times New Roman 12 like every cell: column widths
#: are counted in its digits (8 px, 6 pt each), by Excel and LibreOffice alike (with the default
#: Calibri, LibreOffice counts 7 pt a character where Excel counts 5.25, and row heights estimated
#: for one are wrong for the other).  A column ``w`` wide prints (8w + 5) px.
CHAR_PX = 8
#: total width of the grid in characters: the text width of an A4 page (165 / 252 mm), so that
#: fit-to-width prints the sheet at about 100 %
WIDTH_PORTRAIT = 75.0
WIDTH_LANDSCAPE = 112.0


def render_xlsx(doc_or_set: Document | DocumentSet, path_or_stream: str | os.PathLike[str] | IO[bytes],
                layout: Layout | None = None) -> list[str]:
    """Render a document (or set) to an .xlsx file or binary stream; returns the sheet names.

    ``layout``: font sizes and margins (``None``: PARTY/STATE from each document's style).  The
    file is written atomically (a temporary file renamed into place on success).
    """
    docs = doc_or_set.documents if isinstance(doc_or_set, DocumentSet) else [doc_or_set]
    if not docs:
        raise ValueError("nothing to render: the document set is empty")
    with tempfile.TemporaryDirectory(prefix="dvdesk-xlsx-") as tmp:
        writer = _XlsxWriter(Path(tmp))
        for doc in docs:
            writer.add_document(doc, layout or layout_for(doc.style))
        if isinstance(path_or_stream, (str, os.PathLike)):
            dest = Path(path_or_stream)
            dest.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(dest) as tmp, open(tmp, "wb") as fh:
                writer.save(fh)
        else:
            writer.save(path_or_stream)
        return writer.sheet_names


def _chars(pt: float) -> float:
    """Excel column width (characters of the default font) that prints ``pt`` points wide."""
    return (pt / 0.75 - 5) / CHAR_PX


def _text_width(pt: float) -> float:
    """Room for text in a cell ``pt`` wide, kept short of it: Excel draws text a little wider than
    its metrics, and a row must rather be a little too high than cut its last line."""
    return pt * 0.95 - 4


def _points(chars: float) -> float:
    """The printed width (pt) of a column ``chars`` wide."""
    return (CHAR_PX * chars + 5) * 0.75


def safe_sheet_name(name: str, taken: set[str] | None = None) -> str:
    """An Excel-valid sheet name: no ``[]:*?/\\``, no leading/trailing apostrophe, ≤ 31 characters,
    not "History", unique (case-insensitively) among ``taken`` (which it is added to)."""
    taken = taken if taken is not None else set()
    s = _BAD_SHEET_CHARS.sub("-", clean(name).replace("\n", " ")).strip().strip("'").strip()
    if not s or s.lower() == "history":
        s = (s + " 1") if s else "Sheet"
    s = s[:31].rstrip()
    base, n = s, 1
    while s.lower() in taken:
        n += 1
        suffix = f" ({n})"
        s = base[: 31 - len(suffix)].rstrip() + suffix
    taken.add(s.lower())
    return s


# ---------------------------------------------------------------------------------------------


@dataclass
class _SheetPlan:
    doc: Document
    layout: Layout
    name: str
    before: list[Block] = field(default_factory=list)
    table: Table | None = None
    after: list[Block] = field(default_factory=list)
    closing: bool = False


@dataclass
class _Splice:
    ws: Worksheet
    body_path: Path
    first_row: int
    n_rows: int
    last_row: int
    last_col: int


class _XlsxWriter:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.wb = Workbook()
        normal = Font(name=FONT_NAME, size=12)  # the unit of column widths (see CHAR_PX)
        self.wb._fonts = IndexedList([normal])
        self.wb._named_styles["Normal"].font = normal
        self.wb.remove(self.wb.active)
        self.wb.properties.creator = "dvdesk"
        self.sheet_names: list[str] = []
        self._taken: set[str] = set()
        self._styles: dict[tuple, int] = {}
        self._fonts: dict[tuple, Font] = {}
        self._splices: list[_Splice] = []
        self._table_no = 0
        self.m = Measurer()
        self.f = get_fonts()  # metrics for row-height estimates (TNR and Liberation share them)

    # -- planning ------------------------------------------------------------------------------
    def _plans(self, doc: Document, layout: Layout) -> list[_SheetPlan]:
        tables = [i for i, b in enumerate(doc.blocks) if isinstance(b, Table)]
        if not tables:
            name = doc.sheet_name or (clean(doc.title).title() if doc.title else "Văn bản")
            return [_SheetPlan(doc, layout, self._name(name), before=list(doc.blocks), closing=True)]
        plans = []
        start = 0
        for k, i in enumerate(tables):
            t = doc.blocks[i]
            assert isinstance(t, Table)
            self._table_no += 1
            name = t.sheet_name or (doc.sheet_name if k == 0 and doc.sheet_name else f"Biểu {self._table_no}")
            plans.append(_SheetPlan(doc, layout, self._name(name), before=list(doc.blocks[start:i]), table=t))
            start = i + 1
        plans[-1].after = list(doc.blocks[start:])
        plans[-1].closing = True
        return plans

    def _name(self, name: str) -> str:
        s = safe_sheet_name(name, self._taken)
        self.sheet_names.append(s)
        return s

    # -- styles --------------------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> Font:
        key = (size, bold, italic, underline)
        f = self._fonts.get(key)
        if f is None:
            f = self._fonts[key] = Font(name=FONT_NAME, size=size, bold=bold, italic=italic,
                                        underline="single" if underline else None)
        return f

    def _style_id(self, ws: Worksheet, size: float, bold: bool = False, italic: bool = False,
                  halign: str = "left", wrap: bool = True, number_format: str = "General",
                  border: bool = True, valign: str = "center") -> int:
        """The cellXfs index of a style (registered once, through a detached openpyxl cell)."""
        key = (size, bold, italic, halign, wrap, number_format, border, valign)
        sid = self._styles.get(key)
        if sid is None:
            c = Cell(ws)
            self._apply(c, size, bold, italic, halign=halign, wrap=wrap, number_format=number_format,
                        border=border, valign=valign)
            sid = self._styles[key] = c.style_id
        return sid

    def _apply(self, c: Cell, size: float, bold: bool = False, italic: bool = False, *, underline: bool = False,
               halign: str = "left", wrap: bool = True, number_format: str = "General", border: bool = False,
               valign: str = "center", shrink: bool = False) -> None:
        c.font = self._font(size, bold, italic, underline)
        c.alignment = Alignment(horizontal=halign, vertical=valign, wrap_text=wrap and not shrink,
                                shrink_to_fit=shrink or None)
        if border:
            c.border = _BORDER
        if number_format != "General":
            c.number_format = number_format

    @staticmethod
    def _number_format(col: Column, big: bool = False) -> str:
        d = col.decimals
        frac = ("." + "0" * d) if d > 0 else ""
        if col.kind == "money" or (col.kind == "number" and d == 0):
            return GROUPED_BIG if big else GROUPED
        if col.kind == "number":
            return "#,##0" + frac
        if col.kind == "percent":
            return "0" + frac + "%"
        if col.kind == "date":
            return "dd/mm/yyyy"
        if col.kind == "int":
            return "0"
        return "General"

    # -- writing cells -------------------------------------------------------------------------
    def _put(self, ws: Worksheet, row: int, col: int, value, size: float, bold: bool = False,
             italic: bool = False, *, underline: bool = False, halign: str = "left", wrap: bool = True,
             number_format: str = "General", border: bool = False, valign: str = "center",
             span_to: int | None = None, span_rows: int = 1, shrink: bool = False) -> Cell:
        c = ws.cell(row=row, column=col)
        if isinstance(value, str):
            if value:
                c.value = clean(value)
                c.data_type = "s"  # never a formula or an error code
        elif value is not None:
            c.value = value
        self._apply(c, size, bold, italic, underline=underline, halign=halign, wrap=wrap,
                    number_format=number_format, border=border, valign=valign, shrink=shrink)
        last = span_to if span_to is not None else col
        if last > col or span_rows > 1:
            if border:  # borders of the covered cells, or Excel draws the merged box incompletely
                for r in range(row, row + span_rows):
                    for cc in range(col, last + 1):
                        if (r, cc) != (row, col):
                            ws.cell(row=r, column=cc).border = _BORDER
            ws.merge_cells(start_row=row, start_column=col, end_row=row + span_rows - 1, end_column=last)
        return c

    def _height(self, text: str, size: float, width_pt: float, bold: bool = False, italic: bool = False) -> float:
        lines = len(self.m.wrap(clean(text), self.f.pick(bold, italic), size, max(_text_width(width_pt), 10)))
        return round(max(1, lines) * size * LINE + 3, 1)

    def _set_height(self, ws: Worksheet, row: int, h: float) -> None:
        cur = ws.row_dimensions[row].height
        ws.row_dimensions[row].height = max(h, cur or 0)

    # -- a sheet -------------------------------------------------------------------------------
    def add_document(self, doc: Document, layout: Layout) -> None:
        for plan in self._plans(doc, layout):
            self._sheet(plan)

    def _sheet(self, plan: _SheetPlan) -> None:
        doc, L, table = plan.doc, plan.layout, plan.table
        ws = self.wb.create_sheet(plan.name)
        landscape = doc.orientation == "landscape"
        total = WIDTH_LANDSCAPE if landscape else WIDTH_PORTRAIT
        if table is not None:
            rel = [max(c.width, 0.0) or 1.0 for c in table.columns]
        else:
            rel = [L.header_left_ratio, 1 - L.header_left_ratio]
        if len(rel) == 1:  # the header needs two columns: add a narrow spare one
            rel = [rel[0], rel[0] * 0.01]
        s = sum(rel)
        if table is not None:  # room for the longest title word and the widest one-line cell
            size = table.font_size or L.table_font_size
            need = title_word_widths(table, self.m, self.f.bold, size)
            for i, w in content_widths(table, self.m, self.f.regular, self.f.bold, size).items():
                need[i] = max(need[i], w)
            minimum = [max(_chars(w * 1.1 + 8), 3.0) for w in need]  # Excel draws a little wider
            minimum += [3.0] * (len(rel) - len(minimum))  # the spare column of a one-column table
            widths = fit_widths(rel, minimum, total)
        else:
            widths = [max(total * r / s, 3.0) for r in rel]
        ncol = len(widths)
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = round(w, 2)
        pts = [_points(w) for w in widths]
        k = self._header_split(L, pts)
        left_pt, right_pt, all_pt = sum(pts[:k]), sum(pts[k:]), sum(pts)

        r = 1
        if doc.show_header:
            r = self._header(ws, doc, L, k, ncol, left_pt, right_pt)
            r += 1
        r = self._title(ws, doc, L, r, ncol, all_pt)
        for b in plan.before:
            r = self._block(ws, b, L, r, ncol, all_pt)
        if table is not None:
            r = self._table(ws, table, L, r, ncol, pts)
        for b in plan.after:
            r = self._block(ws, b, L, r, ncol, all_pt)
        if plan.closing:
            r = self._closing(ws, doc, L, r + 1, k, ncol, left_pt, right_pt)
        self._page_setup(ws, doc, L)

    def _header_split(self, L: Layout, pts: list[float]) -> int:
        """How many leading columns the agency block takes; the national heading has the others.
        As in the PDF, the heading's side is the layout's share, widened (up to 62 %) for the
        heading to fit on one line — shrunk by at most 8 % (13 pt to 12 pt); the agency keeps at
        least a quarter of the width (its name may wrap)."""
        total = sum(pts)
        lines = [(upper(L.national_heading), L.national_heading_size)]
        if L.national_motto:
            lines.append((clean(L.national_motto), L.national_motto_size))
        need = max(self.m.width(t, self.f.bold, size) for t, size in lines) + 6
        target = min(max(total * (1 - L.header_left_ratio), need), total * 0.62)
        splits = range(1, len(pts))
        fair = [k for k in splits if sum(pts[:k]) >= 0.25 * total] or list(splits)
        return min(fair, key=lambda k: (sum(pts[k:]) < need * 0.92, abs(sum(pts[k:]) - target)))

    def _header(self, ws: Worksheet, doc: Document, L: Layout, k: int, ncol: int, left_pt: float,
                right_pt: float) -> int:
        left: list[tuple[str, float, bool, bool, bool]] = []  # text, size, bold, italic, underline
        if doc.profile.parent_body:
            for line in upper(doc.profile.parent_body).split("\n"):
                left.append((line, L.parent_size, L.parent_bold, False, False))
        for line in upper(doc.profile.issuing_body).split("\n"):
            left.append((line, L.issuing_size, L.issuing_bold, False, False))
        rule_row = None
        if L.agency_mark:
            left.append((L.agency_mark, L.issuing_size, False, False, False))
        elif L.agency_rule_ratio > 0:  # state: a short line under the issuing agency
            font = self.f.pick(L.issuing_bold)
            widest = max(self.m.width(x, font, L.issuing_size) for x in upper(doc.profile.issuing_body).split("\n"))
            rule_row = len(left)
            left.append((self._rule(widest * L.agency_rule_ratio), RULE_SIZE, False, False, True))
        right: list[tuple[str, float, bool, bool, bool]] = [
            (upper(L.national_heading), L.national_heading_size, True, False, not L.national_motto)]
        if L.national_motto:
            right.append((clean(L.national_motto), L.national_motto_size, True, False, True))
        n = max(len(left), len(right))
        r0 = 1
        for i in range(n):
            row = r0 + i
            if i == rule_row:  # the line hangs from the top of its row, right under the name
                t, size, b, it, u = left[i]
                self._put(ws, row, 1, t, size, underline=True, halign="center", span_to=k, valign="top")
                self._set_height(ws, row, RULE_ROW_HEIGHT)
            elif i < len(left):
                t, size, b, it, u = left[i]
                self._put(ws, row, 1, t, size, b, it, underline=u, halign="center", span_to=k)
                self._set_height(ws, row, self._height(t, size, left_pt, b, it))
            if i < len(right):  # the national heading stays on one line: shrink to fit
                t, size, b, it, u = right[i]
                self._put(ws, row, k + 1, t, size, b, it, underline=u, halign="center", span_to=ncol,
                          shrink=True)
            if i != rule_row or i < len(right):
                self._set_height(ws, row, max(L.national_heading_size, L.parent_size) * 1.3 + 2)
        row = r0 + n
        pdate = doc.place_date_text()
        if doc.number or pdate:
            if doc.number:
                self._put(ws, row, 1, doc.number, L.number_size, halign="center", span_to=k)
            if pdate:
                self._put(ws, row, k + 1, pdate, L.place_date_size, italic=True, halign="center", span_to=ncol,
                          shrink=True)
            self._set_height(ws, row, L.place_date_size * 1.3 + 3)
            row += 1
        if doc.summary:
            self._put(ws, row, 1, doc.summary, L.summary_size, italic=L.summary_italic, halign="center",
                      span_to=k, valign="top")
            self._set_height(ws, row, self._height(doc.summary, L.summary_size, left_pt, italic=L.summary_italic))
            row += 1
        return row

    def _title(self, ws: Worksheet, doc: Document, L: Layout, r: int, ncol: int, all_pt: float) -> int:
        items = []
        if doc.title:
            items.append((upper(doc.title), L.title_size, True, False))
        for s in doc.subject_lines:
            items.append((s, L.subject_size, True, False))
        if doc.appendix:
            items.append((doc.appendix, L.appendix_size, False, True))
        widest = 0.0
        for text, size, bold, italic in items:
            self._put(ws, r, 1, text, size, bold, italic, halign="center", span_to=ncol)
            self._set_height(ws, r, self._height(text, size, all_pt, bold, italic))
            widest = max(widest, *(w for _, w in self.m.wrap(clean(text), self.f.pick(bold, italic), size,
                                                              max(all_pt - 8, 10))))
            r += 1
        if items and L.title_rule == "dashes" and L.title_rule_text:  # as in the PDF: "-----" or a line
            self._put(ws, r, 1, L.title_rule_text, L.subject_size, halign="center", span_to=ncol, valign="top")
            self._set_height(ws, r, L.subject_size * 1.1)
            r += 1
        elif items and L.title_rule == "line":
            self._put(ws, r, 1, self._rule(widest * L.title_rule_ratio), RULE_SIZE, underline=True,
                      halign="center", span_to=ncol, valign="top")
            self._set_height(ws, r, RULE_ROW_HEIGHT)
            r += 1
        return r + 1 if items else r

    def _rule(self, width: float) -> str:
        """A horizontal line about ``width`` points long: no-break spaces, underlined (the cell is
        centred; spreadsheets have no free-standing lines, and a border spans whole columns)."""
        return "\u00a0" * max(3, round(width / self.m.width("\u00a0", self.f.regular, RULE_SIZE)))

    def _block(self, ws: Worksheet, b: Block, L: Layout, r: int, ncol: int, all_pt: float) -> int:
        if isinstance(b, Heading):
            italic = b.level >= 3
            self._put(ws, r, 1, b.text, L.body_size, True, italic, halign=b.align if b.align != "justify"
                      else "left", span_to=ncol)
            self._set_height(ws, r, self._height(b.text, L.body_size, all_pt, True, italic))
            return r + 1
        if isinstance(b, Paragraph):
            bold = b.style in ("bold", "bold_italic")
            italic = b.style in ("italic", "bold_italic")
            size = b.size or L.body_size
            self._put(ws, r, 1, b.text, size, bold, italic, halign=b.align, span_to=ncol, valign="top")
            self._set_height(ws, r, self._height(b.text, size, all_pt, bold, italic))
            return r + 1
        if isinstance(b, Table):  # a second table on one sheet cannot happen (one table per sheet)
            raise AssertionError("tables are planned one per sheet")
        raise TypeError(f"unknown block type {type(b).__name__}")

    # -- the table -----------------------------------------------------------------------------
    def _table(self, ws: Worksheet, t: Table, L: Layout, r: int, ncol: int, pts: list[float]) -> int:
        size = t.font_size or L.table_font_size
        cols = list(t.columns)
        n = len(cols)
        if t.caption:
            self._put(ws, r, 1, t.caption, L.caption_size, True, halign="center", span_to=ncol)
            self._set_height(ws, r, self._height(t.caption, L.caption_size, sum(pts), True))
            r += 1
        # header: one or two rows
        h0 = r
        line_h = size * LINE
        if not t.has_groups:
            hmax = 1
            for i, c in enumerate(cols, 1):
                self._put(ws, r, i, c.title, size, True, halign="center", border=True)
                hmax = max(hmax, len(self.m.wrap(clean(c.title), self.f.bold, size, _text_width(pts[i - 1]))))
            self._set_height(ws, r, hmax * line_h + 4)
            h1 = r
        else:
            h1 = r + 1
            i = 0
            top_lines, sub_lines = 1, 1
            while i < n:
                c = cols[i]
                if c.group:
                    j = i
                    while j + 1 < n and cols[j + 1].group == c.group:
                        j += 1
                    self._put(ws, r, i + 1, c.group, size, True, halign="center", border=True, span_to=j + 1)
                    top_lines = max(top_lines, len(self.m.wrap(clean(c.group), self.f.bold, size,
                                                               _text_width(sum(pts[i:j + 1])))))
                    for q in range(i, j + 1):
                        self._put(ws, r + 1, q + 1, cols[q].title, size, True, halign="center", border=True)
                        sub_lines = max(sub_lines, len(self.m.wrap(clean(cols[q].title), self.f.bold, size,
                                                                   _text_width(pts[q]))))
                    i = j + 1
                else:
                    self._put(ws, r, i + 1, c.title, size, True, halign="center", border=True, span_rows=2)
                    tall = len(self.m.wrap(clean(c.title), self.f.bold, size, _text_width(pts[i])))
                    sub_lines = max(sub_lines, tall - top_lines)
                    i += 1
            self._set_height(ws, r, top_lines * line_h + 4)
            self._set_height(ws, r + 1, sub_lines * line_h + 4)
        ws.print_title_rows = f"{h0}:{h1}"
        first = h1 + 1

        # body: streamed to XML in a temporary file
        letters = [get_column_letter(i) for i in range(1, ncol + 1)]
        plain = [self._style_id(ws, size, halign=c.effective_align, wrap=c.wrap,
                                number_format=self._number_format(c)) for c in cols]
        bold = [self._style_id(ws, size, True, halign=c.effective_align, wrap=c.wrap,
                               number_format=self._number_format(c)) for c in cols]
        # cells of a billion or more in a dotted column take the other format (see GROUPED_BIG)
        plain_big = [self._style_id(ws, size, halign=c.effective_align, wrap=c.wrap,
                                    number_format=self._number_format(c, big=True)) for c in cols]
        bold_big = [self._style_id(ws, size, True, halign=c.effective_align, wrap=c.wrap,
                                   number_format=self._number_format(c, big=True)) for c in cols]
        dates = [self._style_id(ws, size, halign=c.effective_align if c.kind == "date" else "center",
                                number_format="dd/mm/yyyy") for c in cols]
        dates_b = [self._style_id(ws, size, True, halign=c.effective_align if c.kind == "date" else "center",
                                  number_format="dd/mm/yyyy") for c in cols]
        sect = {1: self._style_id(ws, size, True), 2: self._style_id(ws, size, True, True)}
        total_lab = self._style_id(ws, size, True, halign="center")
        empty = self._style_id(ws, size, False, True, halign="center")
        spare = self._style_id(ws, size, border=False)  # the extra header column of a one-column table
        # explicit row heights from the wrapped text (with a margin for Excel's wider rendering):
        # not every spreadsheet program auto-fits rows on opening (LibreOffice does not)
        m = self.m
        avail = [_text_width(pts[i]) for i in range(n)]
        wraps = [c.wrap for c in cols]
        one = round(size * LINE + 3, 1)
        per_line = size * LINE

        def lines(v: str, font: str, width: float) -> int:
            v = clean(v)
            if "\n" in v or m.width(v, font, size) > width:
                return len(m.wrap(v, font, size, width))
            return 1

        def height(cells, font: str, first: int = 0, nl: int = 1) -> float:
            for i in range(first, min(n, len(cells))):
                v = cells[i]
                if type(v) is str and v and wraps[i]:
                    k = lines(v, font, avail[i])
                    if k > nl:
                        nl = k
            return one if nl == 1 else round(nl * per_line + 3, 1)

        # a total of a column is written as SUM over the rows above it when it is their sum
        # (the rows since the table began or since the previous total); text stays text
        summable = [i for i, c in enumerate(cols) if c.kind in ("int", "number", "money")]
        sums: dict[int, float] = dict.fromkeys(summable, 0)
        since = first

        reg_font, bold_font = self.f.regular, self.f.bold
        body = self.tmp / f"body{len(self._splices)}.xml"
        row = first
        merges: list[str] = []
        with open(body, "w", encoding="utf-8", newline="") as fh:
            w = fh.write
            empty_table = True
            for item in t.iter_rows():
                empty_table = False
                if isinstance(item, Row):
                    cells = item.cells
                    nc = len(cells)
                    for i in summable:
                        v = cells[i] if i < nc else None
                        if type(v) in (int, float, Decimal):
                            sums[i] += v if type(v) is int else float(v)
                    w(_row_xml(row, letters, n, cells, bold if item.bold else plain,
                               dates_b if item.bold else dates, ncol, spare,
                               height(cells, bold_font if item.bold else reg_font),
                               bold_big if item.bold else plain_big))
                elif isinstance(item, SectionRow):
                    sid = sect[1 if item.level <= 1 else 2]
                    w(_span_xml(row, letters, n, item.text, sid,
                                self._section_height(item.text, size, sum(pts[:n]), item.level > 1) or one))
                    merges.append(f"A{row}:{letters[n - 1]}{row}")
                elif isinstance(item, TotalRow):
                    vals = list(item.values)
                    span = item.label_span(n)
                    cells = [item.label] + [None] * (span - 1) + vals[: n - span]
                    cells += [None] * (n - len(cells))
                    sids = [total_lab] * span + bold[span:]
                    formulas = {}
                    if row > since:
                        for i in summable:
                            v = cells[i] if i >= span else None
                            if type(v) in (int, float, Decimal) and abs(float(v) - sums[i]) <= 1e-9 * max(1, abs(v)):
                                formulas[i] = f"SUM({letters[i]}{since}:{letters[i]}{row - 1})"
                    # the label spans the first columns: its lines are those of the whole span
                    label_lines = lines(item.label, bold_font, _text_width(sum(pts[:span]))) if item.label else 1
                    w(_row_xml(row, letters, n, cells, sids, dates_b, ncol, spare,
                               height(cells, bold_font, first=span, nl=label_lines),
                               [total_lab] * span + bold_big[span:], formulas))
                    if span > 1:
                        merges.append(f"A{row}:{letters[span - 1]}{row}")
                    sums = dict.fromkeys(summable, 0)
                    since = row + 1
                else:  # pragma: no cover - iter_rows only yields the three
                    raise TypeError(f"unknown row type {type(item).__name__}")
                row += 1
            if empty_table:
                w(_span_xml(row, letters, n, t.empty_text, empty, size * 1.3 + 8))
                merges.append(f"A{row}:{letters[n - 1]}{row}")
                row += 1
        for m in merges:
            ws.merged_cells.add(CellRange(m))
        self._splices.append(_Splice(ws, body, first, row - first, row - 1, ncol))
        return row

    def _section_height(self, text: str, size: float, width: float, italic: bool) -> float | None:
        """Height for a merged section row whose text wraps (Excel never auto-fits merged cells)."""
        lines = len(self.m.wrap(clean(text), self.f.pick(True, italic), size, _text_width(width)))
        return round(lines * size * LINE + 3, 1) if lines > 1 else None

    # -- closing -------------------------------------------------------------------------------
    def _closing(self, ws: Worksheet, doc: Document, L: Layout, r: int, k: int, ncol: int,
                 left_pt: float, right_pt: float) -> int:
        sigs = doc.signature_list
        rec = doc.recipients
        sig_rows: list[list[tuple[str, float, bool, bool]]] = []
        for s in sigs:
            rows: list[tuple[str, float, bool, bool]] = []
            if s.authority:
                rows.append((upper(s.authority), L.signature_size, True, False))
            if s.title:
                rows.append((upper(s.title), L.signature_size, True, False))
            if s.stamp_space:
                note = s.signed_note or ""
                rows += [("", L.signature_size, False, False), (note, L.signature_size, False, True),
                         ("", L.signature_size, False, False)]
            if s.name:
                rows.append((s.name, L.signature_size, True, False))
            sig_rows.append(rows)
        rec_rows: list[tuple[str, float, bool, bool, bool]] = []
        if rec is not None:
            if rec.heading:
                rec_rows.append((rec.heading, L.recipients_heading_size, L.recipients_heading_bold,
                                 L.recipients_heading_italic, L.recipients_heading_underline))
            for it in rec.items:
                rec_rows.append((it, L.recipients_size, False, False, False))
        if len(sig_rows) <= 1:
            sig = sig_rows[0] if sig_rows else []
            n = max(len(sig), len(rec_rows))
            for i in range(n):
                row = r + i
                h = 0.0
                if i < len(rec_rows):
                    t, size, b, it, u = rec_rows[i]
                    self._put(ws, row, 1, t, size, b, it, underline=u, halign="left", span_to=k)
                    h = self._height(t, size, left_pt, b, it)
                if i < len(sig):
                    t, size, b, it = sig[i]
                    self._put(ws, row, k + 1, t, size, b, it, halign="center", span_to=ncol)
                    h = max(h, self._height(t, size, right_pt, b, it))
                self._set_height(ws, row, h)
            return r + n
        # two signatures side by side, recipients under them
        a, b2 = sig_rows[0], sig_rows[1]
        n = max(len(a), len(b2))
        for i in range(n):
            row = r + i
            h = 0.0
            for rows, c0, c1, wpt in ((a, 1, k, left_pt), (b2, k + 1, ncol, right_pt)):
                if i < len(rows):
                    t, size, bb, it = rows[i]
                    self._put(ws, row, c0, t, size, bb, it, halign="center", span_to=c1)
                    h = max(h, self._height(t, size, wpt, bb, it))
            self._set_height(ws, row, h)
        r += n + 1
        for t, size, bb, it, u in rec_rows:
            self._put(ws, r, 1, t, size, bb, it, underline=u, halign="left", span_to=k)
            self._set_height(ws, r, self._height(t, size, left_pt, bb, it))
            r += 1
        return r

    # -- printing ------------------------------------------------------------------------------
    def _page_setup(self, ws: Worksheet, doc: Document, L: Layout) -> None:
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if doc.orientation == "landscape" else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        if ws.sheet_properties.pageSetUpPr is None:
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        else:
            ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=L.margin_left / MM_PER_IN, right=L.margin_right / MM_PER_IN,
                                      top=L.margin_top / MM_PER_IN, bottom=L.margin_bottom / MM_PER_IN,
                                      header=0.3, footer=0.3)
        # page numbers from page 2, centred in the top margin
        # (the codes written in full: openpyxl would put a space between the size and "&P")
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = f'&"{FONT_NAME},Regular"&{round(L.page_number_size)}&P'
        ws.oddHeader.center.font = None
        ws.oddHeader.center.size = None
        ws.sheet_view.showGridLines = True

    # -- saving --------------------------------------------------------------------------------
    def save(self, out: IO[bytes]) -> None:
        # footers may sit after the streamed body: tell each splice where to insert
        for sp in self._splices:
            sp.last_row, sp.last_col = max(sp.ws.max_row, sp.last_row), max(sp.ws.max_column, sp.last_col)
        buf = io.BytesIO()
        self.wb.save(buf)
        by_path = {sp.ws.path.lstrip("/"): sp for sp in self._splices}
        buf.seek(0)
        with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                sp = by_path.get(info.filename)
                if sp is None:
                    zout.writestr(info, zin.read(info.filename))
                    continue
                prefix, suffix = _split_sheet_xml(zin.read(info.filename), sp)
                zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                zi.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(zi, "w", force_zip64=True) as dst:
                    dst.write(prefix)
                    with open(sp.body_path, "rb") as src:
                        shutil.copyfileobj(src, dst, 1 << 20)
                    dst.write(suffix)


def _split_sheet_xml(xml: bytes, sp: _Splice) -> tuple[bytes, bytes]:
    """Cut openpyxl's sheet XML where the streamed body rows go; fix the dimension."""
    dim = f'<dimension ref="A1:{get_column_letter(sp.last_col)}{sp.last_row}"/>'.encode()
    xml = re.sub(rb"<dimension ref=\"[^\"]*\"\s*/>", dim, xml, count=1)
    body_end = sp.first_row + sp.n_rows  # openpyxl's rows are all before first_row or from here on
    pos = -1
    for m in _ROW_TAG.finditer(xml):
        if int(m.group(1)) >= body_end:
            pos = m.start()
            break
    if pos < 0:
        pos = xml.find(b"</sheetData>")
    if pos < 0:
        empty = xml.find(b"<sheetData/>")
        if empty < 0:
            empty = xml.find(b"<sheetData />")
        if empty < 0:
            raise RuntimeError("unexpected worksheet XML from openpyxl: no sheetData")
        end = xml.index(b">", empty) + 1
        return xml[:empty] + b"<sheetData>", b"</sheetData>" + xml[end:]
    return xml[:pos], xml[pos:]


# ---------------------------------------------------------------------------------------------
# Streaming row XML
# ---------------------------------------------------------------------------------------------

def _esc(s: str) -> str:
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    return s


def _text_cell(ref: str, sid: int, value: str) -> str:
    v = clean(value) if (not value.isascii() or not value.isprintable()) else value
    if not v:
        return f'<c r="{ref}" s="{sid}"/>'
    sp = ' xml:space="preserve"' if (v[0] in " \n" or v[-1] in " \n") else ""
    return f'<c r="{ref}" s="{sid}" t="inlineStr"><is><t{sp}>{_esc(v)}</t></is></c>'


def _cell_xml(ref: str, value: object, sid: int, date_sid: int, big_sid: int | None = None,
              formula: str | None = None) -> str:
    t = type(value)
    if big_sid is not None and t in (int, float, Decimal) and abs(value) >= BIG:  # type: ignore[arg-type]
        sid = big_sid
    if formula is not None:  # SUM of the numbers above, with its value cached for every reader
        return f'<c r="{ref}" s="{sid}"><f>{formula}</f><v>{value}</v></c>'
    if value is None:
        return f'<c r="{ref}" s="{sid}"/>'
    if t is str:
        return _text_cell(ref, sid, value)  # type: ignore[arg-type]
    if t is int:
        return f'<c r="{ref}" s="{sid}"><v>{value}</v></c>'
    if t is bool:
        return f'<c r="{ref}" s="{sid}" t="b"><v>{int(value)}</v></c>'  # type: ignore[call-overload]
    if t is float or t is Decimal:
        f = float(value)  # type: ignore[arg-type]
        if f != f or f in (float("inf"), float("-inf")):
            return _text_cell(ref, sid, str(value))
        return f'<c r="{ref}" s="{sid}"><v>{f!r}</v></c>'
    if isinstance(value, _dt.datetime):
        serial = (value.date() - _EPOCH).days + (value.hour * 3600 + value.minute * 60 + value.second) / 86400
        return f'<c r="{ref}" s="{date_sid}"><v>{serial!r}</v></c>'
    if isinstance(value, _dt.date):
        return f'<c r="{ref}" s="{date_sid}"><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, int):  # int subclasses (IntEnum…)
        return f'<c r="{ref}" s="{sid}"><v>{int(value)}</v></c>'
    return _text_cell(ref, sid, str(value))


def _row_xml(r: int, letters: list[str], n: int, cells, sids: list[int], date_sids: list[int], ncol: int,
             spare: int, height: float, big_sids: list[int] | None = None, formulas: dict[int, str] | None = None
             ) -> str:
    out = [f'<row r="{r}" ht="{height}" customHeight="1">']
    ap = out.append
    nc = len(cells)
    for i in range(n):
        ap(_cell_xml(f"{letters[i]}{r}", cells[i] if i < nc else None, sids[i], date_sids[i],
                     big_sids[i] if big_sids is not None else None, formulas.get(i) if formulas else None))
    for i in range(n, ncol):
        ap(f'<c r="{letters[i]}{r}" s="{spare}"/>')
    ap("</row>")
    return "".join(out)


def _span_xml(r: int, letters: list[str], n: int, text: str, sid: int, height: float | None = None) -> str:
    ht = f' ht="{round(height, 1)}" customHeight="1"' if height else ""
    parts = [f'<row r="{r}"{ht}>', _text_cell(f"A{r}", sid, text)]
    parts += [f'<c r="{letters[i]}{r}" s="{sid}"/>' for i in range(1, n)]
    parts.append("</row>")
    return "".join(parts)
