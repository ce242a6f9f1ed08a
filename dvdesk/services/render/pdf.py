"""PDF renderer (reportlab): a :class:`Document` as an official Party/State document.

Everything is drawn directly on the canvas by a small flowing layout engine (a cursor ``y``
moving down the page, a new page when the next unit does not fit):

* the two-column header (agency left with "*" or a short rule and the number under it; the
  national/Party heading right, underlined, with the italic place-date line), the title block,
  paragraphs (justified by placing words), headings, the closing (recipients left, signature
  right) and page numbers (from page 2, centred in the top margin);
* tables row by row from the row iterator, with a cached greedy line-wrapper: no Platypus
  ``Paragraph`` per cell, nothing retained per row, so a 10,000-row list takes well under 2 s.
  The header is repeated on every page, a row is never split (unless it is taller than a whole
  page), a section row is kept with the row after it, a final total row with the row before it,
  and the last row of the last table on the page of the signature block (together with a short
  paragraph between them, such as "Tổng số: …").

User text is never parsed as markup: ``<``, ``&`` and quotes print as stored.  All text is NFC
normalized here (input may be NFD).
"""

from __future__ import annotations

import os
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from dvdesk.services.documents.layouts import Layout, layout_for
from dvdesk.services.documents.model import (
    Column,
    Document,
    DocumentSet,
    Heading,
    Paragraph,
    Recipients,
    Row,
    SectionRow,
    Signature,
    Table,
    TotalRow,
    format_cell,
)
from dvdesk.services.files import atomic_output
from dvdesk.services.render.columns import content_widths, fit_widths, printed_view, title_word_widths
from dvdesk.services.render.fonts import FontFamily, get_fonts
from dvdesk.services.render.text import Line, Measurer, clean, upper

MM = 72.0 / 25.4
ASC = 0.891  # Times New Roman / Liberation Serif ascent (em)
DESC = 0.216  # descent (em)

__all__ = ["render_pdf"]


def render_pdf(doc_or_set: Document | DocumentSet, path_or_stream: str | os.PathLike[str] | IO[bytes],
               layout: Layout | None = None, *, prefer_system_fonts: bool = True,
               invariant: bool = False) -> int:
    """Render a document (or a set of documents) to a PDF file or binary stream.

    ``layout``: a :class:`Layout` for every document; ``None`` picks ``PARTY``/``STATE`` from
    each document's ``profile.style``.  ``prefer_system_fonts=False`` uses the bundled Liberation
    Serif even where Times New Roman is installed.  ``invariant=True`` makes the output
    byte-for-byte reproducible (fixed creation date and document id).  Returns the page count.
    The file is only written when rendering succeeded.
    """
    docs = doc_or_set.documents if isinstance(doc_or_set, DocumentSet) else [doc_or_set]
    if not docs:
        raise ValueError("nothing to render: the document set is empty")
    fonts = get_fonts(prefer_system_fonts)
    if isinstance(path_or_stream, (str, os.PathLike)):
        # write next to the destination, rename into place only when everything succeeded
        dest = Path(path_or_stream)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(dest) as tmp, open(tmp, "wb") as fh:
            pages = _render(docs, fh, layout, fonts, invariant)
        return pages
    return _render(docs, path_or_stream, layout, fonts, invariant)


def _render(docs: list[Document], target: IO[bytes], layout: Layout | None, fonts: FontFamily,
            invariant: bool) -> int:
    first = docs[0]
    lay0 = layout or layout_for(first.style)
    w, h = lay0.page_size(first.orientation)
    canvas = _Canvas(target, pagesize=(w * MM, h * MM), pageCompression=1, invariant=1 if invariant else 0,
                     initialFontName=fonts.regular, initialFontSize=12)  # no unembedded Helvetica
    canvas.setCreator("dvdesk")
    title = " ".join(x for x in [clean(first.title), *map(clean, first.subject_lines)] if x)
    if title:
        canvas.setTitle(title)
    canvas.setAuthor(clean(first.profile.issuing_body).replace("\n", " "))
    engine = _Engine(canvas, fonts)
    for i, doc in enumerate(docs):
        engine.render(doc, layout or layout_for(doc.style), new_page=i > 0)
    engine.finish()
    canvas.save()
    return engine.total_pages


class _Canvas(Canvas):
    """A canvas that compresses each page's content stream as soon as the page is finished.

    reportlab keeps the uncompressed operators of every page until ``save()``; compressing at
    ``showPage`` keeps memory down to the size of the compressed output (several times smaller)
    and does the same work earlier.  If reportlab's page internals ever change, this silently
    falls back to reportlab's own compression at save time.
    """

    def showPage(self) -> None:
        super().showPage()
        try:
            page = self._doc.Pages.pages[-1]
            stream = page.stream
            if not stream or page.Contents:
                return
            data = stream.encode("utf8") if isinstance(stream, str) else stream
            strm = PDFStream(PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}),
                             zlib.compress(data, 6))
            strm.__Comment__ = "page stream"
            page.Contents = strm
            page.stream = None
        except (AttributeError, IndexError):  # pragma: no cover - reportlab internals moved
            return


# ---------------------------------------------------------------------------------------------
# Row layout
# ---------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Cell:
    x0: float
    x1: float
    lines: tuple[Line, ...]
    font: str
    size: float
    align: str


@dataclass(slots=True)
class _RowBox:
    height: float
    cells: list[_Cell]
    bounds: list[float]  # x of the vertical lines of this row (including both table edges)
    split_ok: bool = False


class _Engine:
    def __init__(self, canvas: Canvas, fonts: FontFamily) -> None:
        self.c = canvas
        self.f = fonts
        self.m = Measurer()
        self.total_pages = 0
        self._started = False
        self._font: tuple[str, float] | None = None
        self._ops = _TextOps(canvas)  # page-level text operators for table text
        self._segs: list[tuple[float, float, float, float]] = []
        self._line_width: float | None = None
        self._table_header = None  # callable redrawing the current table's header on a new page

    # -- page management ---------------------------------------------------------------------
    def _geometry(self, lay: Layout, orientation: str) -> None:
        w, h = lay.page_size(orientation)
        self.pw, self.ph = w * MM, h * MM
        self.left = lay.margin_left * MM
        self.right = self.pw - lay.margin_right * MM
        self.top = self.ph - lay.margin_top * MM
        self.bottom = lay.margin_bottom * MM
        self.width = self.right - self.left

    def render(self, doc: Document, lay: Layout, new_page: bool) -> None:
        self.L = lay
        self.doc = doc
        self._geometry(lay, doc.orientation)
        if new_page:
            self._end_page()
            self.c.showPage()
        self.c.setPageSize((self.pw, self.ph))
        self._font = None
        self.page_no = 1
        self.total_pages += 1
        self.y = self.top
        self._started = True

        closing_h = self._closing_height()
        if doc.show_header:
            self._draw_header()
        self._draw_title_block()
        blocks = doc.blocks
        # the last table keeps its last rows with the closing, and with the short text after it
        # (e.g. "Tổng số: 5 tập thể, 60 cá nhân.") when that is all that separates them
        tables = [i for i, b in enumerate(blocks) if isinstance(b, Table)]
        table_reserve = None
        if closing_h and tables:
            tail = blocks[tables[-1] + 1:]
            if all(isinstance(b, (Paragraph, Heading)) for b in tail):
                tail_h = sum(self._block_height(b) for b in tail)
                if tail_h < (self.top - self.bottom) / 3:
                    table_reserve = (tables[-1], closing_h + lay.closing_gap + tail_h + lay.table_space_after)
        for i, block in enumerate(blocks):
            reserve = 0.0
            if closing_h and i == len(blocks) - 1:  # the closing, and the space the block leaves after it
                after = lay.table_space_after if isinstance(block, Table) else lay.paragraph_space
                reserve = closing_h + lay.closing_gap + after
            if table_reserve is not None and i == table_reserve[0]:
                reserve = table_reserve[1]
            if isinstance(block, Table):
                self._draw_table(block, reserve)
            elif isinstance(block, Heading):
                self._draw_heading(block)
            elif isinstance(block, Paragraph):
                self._draw_paragraph(block, reserve)
            else:
                raise TypeError(f"unknown block type {type(block).__name__}")
        if closing_h:
            self._draw_closing(closing_h)

    def finish(self) -> None:
        self._end_page()

    def _end_page(self) -> None:
        self._flush_table_ops()

    def _new_page(self) -> None:
        self._flush_table_ops()
        self.c.showPage()
        self.c.setPageSize((self.pw, self.ph))
        self._font = None
        self.page_no += 1
        self.total_pages += 1
        self.y = self.top
        self._draw_page_number()

    def _draw_page_number(self) -> None:
        if self.page_no < 2:
            return
        size = self.L.page_number_size
        y = self.ph - (self.L.margin_top * MM) / 2 - size * 0.3
        self._text((self.left + self.right) / 2, y, str(self.page_no), self.f.regular, size, "center")

    def _room(self) -> float:
        return self.y - self.bottom

    def _at_page_top(self) -> bool:
        return self.y >= self.top - 0.01

    # -- primitive drawing -------------------------------------------------------------------
    def _set_font(self, font: str, size: float) -> None:
        if self._font != (font, size):
            self.c.setFont(font, size)
            self._font = (font, size)

    def _text(self, x: float, y: float, text: str, font: str, size: float, align: str = "left",
              width: float | None = None) -> float:
        """Draw one line; ``x`` is the left edge, centre or right edge by ``align``.  Returns its width."""
        if width is None:
            width = self.m.width(text, font, size)
        if not text:
            return width
        self._set_font(font, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        self.c.drawString(x, y, text)
        return width

    def _hline(self, x0: float, x1: float, y: float, width: float | None = None) -> None:
        self.c.setLineWidth(width if width is not None else self.L.rule_width)
        self.c.line(x0, y, x1, y)

    def _lines_height(self, n: int, size: float, leading: float) -> float:
        return n * size * leading

    @staticmethod
    def _baseline(line_top: float, size: float, leading: float) -> float:
        """Baseline of a line whose box (height size × leading) starts at ``line_top``."""
        return line_top - (size * leading) / 2 - (ASC - DESC) / 2 * size

    # -- header ------------------------------------------------------------------------------
    def _draw_header(self) -> None:
        L, doc, f = self.L, self.doc, self.f
        lead = L.header_leading
        top = self.top
        # the national heading is never wrapped: its column grows (up to 62 % of the text width)
        nat = [(upper(L.national_heading), L.national_heading_size)]
        if L.national_motto:
            nat.append((clean(L.national_motto), L.national_motto_size))
        nat_w = max(self.m.width(t, f.bold, s) for t, s in nat) + 6
        rw = min(max(self.width * (1 - L.header_left_ratio), nat_w), self.width * 0.62)
        lw = self.width - rw
        lx = self.left + lw / 2
        rx = self.left + lw + rw / 2
        avail_l = lw - 4
        avail_r = rw - 4

        # left column: parent body, issuing body, "*" or a short rule, the number, the summary
        y = top
        first_line_y = None
        first_size = max(L.parent_size if doc.profile.parent_body else L.issuing_size,
                         L.national_heading_size)
        first_base = self._baseline(top, first_size, lead)
        parent = upper(doc.profile.parent_body) if doc.profile.parent_body else ""
        for text, font, size in ((parent, f.pick(L.parent_bold), L.parent_size),
                                 (upper(doc.profile.issuing_body), f.pick(L.issuing_bold), L.issuing_size)):
            if not text:
                continue
            widest = 0.0
            for line, w in self._balanced(text, font, size, avail_l):
                b = self._baseline(y, size, lead) if first_line_y is not None else first_base
                if first_line_y is None:
                    first_line_y = y
                self._text(lx, b, line, font, size, "center", w)
                widest = max(widest, w)
                y -= size * lead
            last_size, last_widest, last_base = size, widest, b
        if first_line_y is None:  # no agency at all
            last_size, last_widest, last_base = L.issuing_size, 0.0, y
        if L.agency_mark:
            size = last_size
            b = self._baseline(y, size, lead)
            self._text(lx, b, L.agency_mark, f.regular, size, "center")
            y -= size * lead
        elif L.agency_rule_ratio > 0 and last_widest > 0:
            rl = last_widest * L.agency_rule_ratio
            ry = last_base - last_size * 0.45
            self._hline(lx - rl / 2, lx + rl / 2, ry)
            y = min(y, ry - 2)
        left_y = y

        # right column: national heading (+ motto), underline of its last line
        y = top
        rule = None
        for text, size in nat:
            for line, w in self.m.wrap(text, f.bold, size, avail_r):
                b = self._baseline(y, size, lead) if y < top else first_base
                self._text(rx, b, line, f.bold, size, "center", w)
                rule = (w, b, size)
                y -= size * lead
        if rule is not None and L.national_rule_ratio > 0:
            w, b, size = rule
            rl = w * L.national_rule_ratio
            ry = b - size * 0.4
            self._hline(rx - rl / 2, rx + rl / 2, ry)
            y = min(y, ry - 2)
        right_y = y

        # number (left) and place-date (right) on one line
        row_top = min(left_y, right_y)
        number = clean(doc.number) if doc.number else ""
        pdate = doc.place_date_text()
        pdate = clean(pdate) if pdate else ""
        size_n, size_d = L.number_size, L.place_date_size
        y_after_left = left_y
        row_base = self._baseline(row_top, max(size_n, size_d), lead)
        if number:
            yy = left_y if not pdate else row_top
            for i, (line, w) in enumerate(self.m.wrap(number, f.regular, size_n, avail_l)):
                b = row_base if (i == 0 and pdate) else self._baseline(yy, size_n, lead)
                self._text(lx, b, line, f.regular, size_n, "center", w)
                yy -= size_n * lead
            y_after_left = yy
        y_after_right = right_y
        if pdate:
            yy = row_top if number else right_y
            for i, (line, w) in enumerate(self.m.wrap(pdate, f.italic, size_d, avail_r)):
                b = row_base if (i == 0 and number) else self._baseline(yy, size_d, lead)
                self._text(rx, b, line, f.italic, size_d, "center", w)
                yy -= size_d * lead
            y_after_right = yy
        if doc.summary:
            size = L.summary_size
            font = f.pick(False, L.summary_italic)
            yy = y_after_left
            for line, w in self._balanced(clean(doc.summary), font, size, avail_l - 8):
                self._text(lx, self._baseline(yy, size, 1.15), line, font, size, "center", w)
                yy -= size * 1.15
            y_after_left = yy
        self.y = min(y_after_left, y_after_right)

    # -- title block -------------------------------------------------------------------------
    def _draw_title_block(self) -> None:
        L, doc, f = self.L, self.doc, self.f
        items: list[tuple[str, str, float]] = []
        if doc.title:
            items.append((upper(doc.title), f.bold, L.title_size))
        for s in doc.subject_lines:
            items.append((clean(s), f.bold, L.subject_size))
        if doc.appendix:
            items.append((clean(doc.appendix), f.italic, L.appendix_size))
        if not items:
            if doc.show_header:
                self.y -= L.title_gap_after
            return
        if doc.show_header:
            self.y -= L.title_gap_before
        cx = (self.left + self.right) / 2
        avail = self.width * 0.92
        widest = 0.0
        lead = L.title_leading
        for text, font, size in items:
            for line, w in self._balanced(text, font, size, avail):
                if self._room() < size * lead:
                    self._new_page()
                self._text(cx, self._baseline(self.y, size, lead), line, font, size, "center", w)
                widest = max(widest, w)
                self.y -= size * lead
        if L.title_rule == "dashes" and L.title_rule_text:
            size = L.subject_size
            self._text(cx, self._baseline(self.y, size, 1.0), L.title_rule_text, f.regular, size, "center")
            self.y -= size * 1.0
        elif L.title_rule == "line":
            rl = widest * L.title_rule_ratio
            ry = self.y - 3
            self._hline(cx - rl / 2, cx + rl / 2, ry)
            self.y = ry - 3
        self.y -= L.title_gap_after

    def _balanced(self, text: str, font: str, size: float, avail: float) -> tuple[Line, ...]:
        """Wrap a centred line (title, agency name) into lines of similar length: no lone last word.

        Each ``\n``-separated part is balanced on its own."""
        if "\n" in text:
            out: list[Line] = []
            for part in text.split("\n"):
                out.extend(self._balanced(part, font, size, avail))
            return tuple(out)
        lines = self.m.wrap(text, font, size, avail)
        if len(lines) < 2:
            return lines
        lo, hi = avail / len(lines), avail
        best = lines
        for _ in range(12):
            mid = (lo + hi) / 2
            cand = self.m.wrap(text, font, size, mid)
            if len(cand) == len(lines):
                best, hi = cand, mid
            else:
                lo = mid
        return best

    # -- paragraphs and headings ----------------------------------------------------------------
    def _para_lines(self, text: str, font: str, size: float, indent: float) -> tuple[Line, ...]:
        return self.m.wrap(text, font, size, self.width, self.width - indent)

    def _para_style(self, p: Paragraph) -> tuple[str, float, float, float]:
        """(font, size, line height, first-line indent) of a paragraph."""
        L, f = self.L, self.f
        font = f.pick(p.style in ("bold", "bold_italic"), p.style in ("italic", "bold_italic"))
        size = p.size or L.body_size
        if p.indent is not None:
            indent = p.indent * MM
        else:
            indent = L.body_indent * MM if p.align == "justify" else 0.0
        return font, size, size * L.body_leading, indent

    def _block_height(self, b: Paragraph | Heading) -> float:
        L = self.L
        if isinstance(b, Heading):
            font = self.f.bold_italic if b.level >= 3 else self.f.bold
            indent = L.body_indent * MM if b.align == "left" else 0.0
            n = len(self._para_lines(clean(b.text), font, L.body_size, indent))
            return L.heading_space_before + n * L.body_size * L.body_leading + L.paragraph_space
        font, size, lead, indent = self._para_style(b)
        indent += self._lead_width(b, size)
        return len(self._para_lines(clean(b.text), font, size, indent)) * lead + L.paragraph_space

    def _lead_width(self, p: Paragraph, size: float) -> float:
        """Room the bold lead-in ("Điều 1. ") takes on the first line."""
        if not p.lead:
            return 0.0
        return self.m.width(clean(p.lead) + " ", self._lead_font(p), size)

    def _lead_font(self, p: Paragraph) -> str:
        return self.f.pick(True, p.style in ("italic", "bold_italic"))

    def _draw_paragraph(self, p: Paragraph, reserve: float = 0.0) -> None:
        L = self.L
        font, size, lead, indent = self._para_style(p)
        lead_at = indent
        indent += self._lead_width(p, size)
        text = clean(p.text)
        lines = self._para_lines(text, font, size, indent)
        # which lines end a "\n" segment (never justified)
        seg_ends = set()
        idx = 0
        for part in text.split("\n"):
            n = len(self.m.wrap(part, font, size, self.width, self.width - (indent if idx == 0 else 0)))
            idx += n
            seg_ends.add(idx - 1)
        n = len(lines)
        keep_tail = min(2, n)
        for i, (line, w) in enumerate(lines):
            need = lead
            if i == 0 and n > 1:
                need = 2 * lead  # no orphan first line at the foot of a page
            if reserve and i == n - keep_tail:
                need = max(need, keep_tail * lead + reserve)
            if self._room() < need and not self._at_page_top():
                self._new_page()
            x0 = self.left + (indent if i == 0 else 0.0)
            avail = self.right - x0
            b = self._baseline(self.y, size, L.body_leading)
            if i == 0 and p.lead:
                self._text(self.left + lead_at, b, clean(p.lead), self._lead_font(p), size, "left")
            if p.align == "justify" and i not in seg_ends and " " in line.strip(" "):
                self._justified(x0, b, line, w, avail, font, size)
            elif p.align == "center":
                self._text(x0 + avail / 2, b, line, font, size, "center", w)
            elif p.align == "right":
                self._text(self.right, b, line, font, size, "right", w)
            else:
                self._text(x0, b, line, font, size, "left", w)
            self.y -= lead
        self.y -= L.paragraph_space

    def _justified(self, x0: float, b: float, line: str, w: float, avail: float, font: str, size: float) -> None:
        words = line.split(" ")
        gaps = len(words) - 1
        extra = (avail - w) / gaps if gaps else 0.0
        if extra > size * 1.5:  # a nearly empty line: do not stretch absurdly
            extra = 0.0
        space = self.m.width(" ", font, size)
        x = x0
        for word in words:
            ww = self.m.width(word, font, size)
            if word:
                self._text(x, b, word, font, size, "left", ww)
            x += ww + space + extra

    def _draw_heading(self, h: Heading) -> None:
        L, f = self.L, self.f
        font = f.bold_italic if h.level >= 3 else f.bold
        size = L.body_size
        lead = size * L.body_leading
        indent = L.body_indent * MM if h.align == "left" else 0.0
        lines = self._para_lines(clean(h.text), font, size, indent)
        self.y -= L.heading_space_before
        need = len(lines) * lead + 2 * lead  # keep with the next two lines
        if self._room() < need and not self._at_page_top():
            self._new_page()
        for i, (line, w) in enumerate(lines):
            if self._room() < lead:
                self._new_page()
            b = self._baseline(self.y, size, L.body_leading)
            if h.align == "center":
                self._text((self.left + self.right) / 2, b, line, font, size, "center", w)
            else:
                self._text(self.left + (indent if i == 0 else 0.0), b, line, font, size, "left", w)
            self.y -= lead
        self.y -= L.paragraph_space

    # -- tables --------------------------------------------------------------------------------
    def _flush_table_ops(self) -> None:
        c = self.c
        if self._segs:
            c.setLineWidth(self._line_width or 0.5)
            c.lines(self._segs)
            self._segs = []
        self._ops.flush(c)

    def _tx_draw(self, x: float, y: float, text: str, font: str, size: float) -> None:
        self._ops.draw(x, y, text, font, size)

    def _draw_table(self, table: Table, reserve: float) -> None:
        table = printed_view(table)
        tl = _TableLayout(self, table)
        self._line_width = self.L.table_line_width
        self.y -= self.L.table_space_before
        caption_h = tl.caption_height()
        rows = table.iter_rows()
        first = True

        def start_if_needed(need: float) -> None:
            nonlocal first
            if first:
                total = caption_h + tl.header_h + need
                if self._room() < total and not self._at_page_top():
                    self._new_page()
                tl.draw_caption()
                tl.draw_header()
                first = False
            elif self._room() < need:
                self._new_page()
                tl.draw_header()

        # a window of three rows (the one to draw and two ahead) decides what is kept together:
        # a section row with the row after it, a final total with the row before it, and the
        # last row(s) with the closing block (signature and recipients)
        it: Iterator = iter(rows)
        window: deque[tuple[object, _RowBox]] = deque()

        def fill() -> None:
            while len(window) < 3:
                nxt = next(it, None)
                if nxt is None:
                    return
                window.append((nxt, tl.layout(nxt)))

        fill()
        if not window:
            box = tl.empty_box()
            need = box.height + reserve
            if need + tl.header_h + caption_h > self.top - self.bottom:
                need = box.height
            start_if_needed(need)
            tl.draw_row(box)
        page_body = self.top - self.bottom - tl.header_h
        while window:
            item, box = window[0]
            need = box.height
            if len(window) == 1:
                need += reserve
            else:
                item1, box1 = window[1]
                if isinstance(item, SectionRow) or isinstance(item1, TotalRow):
                    need += box1.height
                    if len(window) == 2:
                        need += reserve
            if need > page_body:  # cannot keep together: settle for the row itself
                need = box.height
            if box.height > page_body:
                self._draw_tall_row(tl, box, start_if_needed)
            else:
                start_if_needed(need)
                tl.draw_row(box)
            window.popleft()
            fill()
        self._flush_table_ops()
        self.y -= self.L.table_space_after

    def _draw_tall_row(self, tl: _TableLayout, box: _RowBox, start_if_needed) -> None:
        """A row taller than a page: split it between lines (the only case a row is split)."""
        lead = tl.lead
        start_if_needed(tl.pad_y * 2 + lead)
        remaining = [list(c.lines) for c in box.cells]
        while any(remaining):
            room = self._room() - 2 * tl.pad_y
            n = max(1, int(room // lead))
            cells = []
            for c, rem in zip(box.cells, remaining, strict=True):
                chunk = tuple(rem[:n])
                del rem[:n]
                cells.append(_Cell(c.x0, c.x1, chunk, c.font, c.size, c.align))
            h = max(len(c.lines) for c in cells) * lead + 2 * tl.pad_y
            tl.draw_row(_RowBox(h, cells, box.bounds), valign_top=True)
            if any(remaining):
                self._new_page()
                tl.draw_header()

    # -- closing: recipients and signature ------------------------------------------------------
    def _closing_parts(self):
        L, doc = self.L, self.doc
        lw = self.width * L.header_left_ratio
        rw = self.width - lw
        sigs = doc.signature_list
        sig_blocks = []
        col_w = rw if len(sigs) <= 1 else self.width / 2
        for s in sigs:
            sig_blocks.append(self._signature_lines(s, col_w - 6))
        rec_lines = self._recipient_lines(doc.recipients, (lw if len(sigs) <= 1 else self.width * 0.6) - 4)
        return sig_blocks, rec_lines

    def _signature_lines(self, s: Signature, avail: float) -> list[tuple]:
        L, f = self.L, self.f
        size = L.signature_size
        lead = size * L.signature_leading
        out = []  # (kind, text, font, size, height, width)
        for text in (s.authority, s.title):
            if text:
                for line, w in self.m.wrap(upper(text), f.bold, size, avail):
                    out.append(("text", line, f.bold, size, lead, w))
        if s.stamp_space:
            out.append(("space", clean(s.signed_note or ""), f.italic, size, L.stamp_space * MM, 0.0))
        if s.name:
            for line, w in self.m.wrap(clean(s.name), f.bold, size, avail):
                out.append(("text", line, f.bold, size, lead, w))
        return out

    def _recipient_lines(self, r: Recipients | None, avail: float) -> list[tuple]:
        if r is None or (not r.items and not r.heading):
            return []
        L, f = self.L, self.f
        out = []
        if r.heading:
            font = f.pick(L.recipients_heading_bold, L.recipients_heading_italic)
            size = L.recipients_heading_size
            for line, w in self.m.wrap(clean(r.heading), font, size, avail):
                out.append((line, font, size, size * L.recipients_leading, w, 0.0, L.recipients_heading_underline))
        size = L.recipients_size
        for item in r.items:
            text = clean(item)
            hang = 0.0
            if text.startswith("- "):
                hang = self.m.width("- ", f.regular, size)
            lines = self.m.wrap(text, f.regular, size, avail - hang, avail)
            for i, (line, w) in enumerate(lines):
                out.append((line, f.regular, size, size * L.recipients_leading, w, hang if i else 0.0, False))
        return out

    def _closing_height(self) -> float:
        if not self.doc.signature_list and not self.doc.recipients:
            return 0.0
        # geometry may not be set yet for the width calculations: it is (render sets it first)
        sig_blocks, rec = self._closing_parts()
        sig_h = max((sum(x[4] for x in blk) for blk in sig_blocks), default=0.0)
        rec_h = sum(x[3] for x in rec)
        if len(sig_blocks) > 1:
            return sig_h + (self.L.closing_gap + rec_h if rec else 0.0)
        return max(sig_h, rec_h)

    def _draw_closing(self, height: float) -> None:
        L = self.L
        self.y -= L.closing_gap
        page_body = self.top - self.bottom
        if self._room() < min(height, page_body) and not self._at_page_top():
            self._new_page()
        sig_blocks, rec = self._closing_parts()
        lw = self.width * L.header_left_ratio
        top = self.y
        if len(sig_blocks) <= 1:
            centres = [self.left + lw + (self.width - lw) / 2]
        else:
            centres = [self.left + self.width / 4, self.left + 3 * self.width / 4]
        sig_bottom = top
        for blk, cx in zip(sig_blocks, centres, strict=False):
            y = top
            for kind, text, font, size, h, w in blk:
                if kind == "text":
                    self._text(cx, self._baseline(y, size, L.signature_leading), text, font, size, "center", w)
                elif text:
                    self._text(cx, y - h / 2 - size * 0.3, text, font, size, "center")
                y -= h
            sig_bottom = min(sig_bottom, y)
        y = top if len(sig_blocks) <= 1 else sig_bottom - L.closing_gap
        for text, font, size, h, w, hang, underline in rec:
            if y - h < self.bottom:  # a very long list of recipients flows on
                self._new_page()
                y = self.y
            b = self._baseline(y, size, L.recipients_leading)
            self._text(self.left + hang, b, text, font, size, "left", w)
            if underline:
                self._hline(self.left + hang, self.left + hang + w, b - size * 0.15, 0.5)
            y -= h
        self.y = min(y, sig_bottom)


class _TextOps:
    """Table text of one page as a single ``BT … ET`` block of ``Tm``/``Tf``/``Tj`` operators.

    The encoded form of a string (its TrueType subset chunks, escaped) is cached per (font, text),
    so the names, units and achievements that repeat in a list are encoded once.  Fonts are
    declared to the document through ``TTFont.getSubsetInternalName`` (so they are embedded like
    any reportlab text) and the block is added with ``Canvas.addLiteral``.
    """

    def __init__(self, canvas: Canvas, max_entries: int = 10_000) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self.code: list[str] = []
        self.cur: tuple[str, float] | None = None
        self.cache: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        self.max = max_entries
        self.fonts: dict[str, object] = {}

    def _encode(self, font_name: str, text: str) -> tuple[tuple[str, str], ...]:
        font = self.fonts.get(font_name)
        if font is None:
            font = self.fonts[font_name] = getFont(font_name)
        out = tuple((font.getSubsetInternalName(subset, self.doc), escapePDF(chunk))
                    for subset, chunk in font.splitString(text, self.doc))
        if len(self.cache) > self.max:
            self.cache.clear()
        self.cache[(font_name, text)] = out
        return out

    def draw(self, x: float, y: float, text: str, font_name: str, size: float) -> None:
        enc = self.cache.get((font_name, text))
        if enc is None:
            enc = self._encode(font_name, text)
        code = self.code
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for name, esc in enc:
            if self.cur != (name, size):
                code.append(f"{name} {fp_str(size)} Tf")
                self.cur = (name, size)
            code.append(f"({esc}) Tj")

    def flush(self, canvas: Canvas) -> None:
        if self.code:
            canvas.addLiteral("BT " + "\n".join(self.code) + " ET")
            self.code = []
        self.cur = None


class _TableLayout:
    """Column geometry, header drawing and row layout of one table."""

    def __init__(self, eng: _Engine, table: Table) -> None:
        self.e = eng
        self.t = table
        L = eng.L
        f = eng.f
        self.cols: list[Column] = list(table.columns)
        self.n = len(self.cols)
        self.size = table.font_size or L.table_font_size
        self.lead = self.size * L.table_leading
        self.pad_x = L.cell_pad_x * MM
        self.pad_y = L.cell_pad_y * MM
        self.reg, self.bold, self.ital, self.bi = f.regular, f.bold, f.italic, f.bold_italic
        # designed widths, widened for the longest title word and the widest one-line cell
        minimum = [w + 2 * self.pad_x + 1.0 for w in title_word_widths(table, eng.m, self.bold, self.size)]
        for i, w in content_widths(table, eng.m, self.reg, self.bold, self.size).items():
            minimum[i] = max(minimum[i], w + 2 * self.pad_x + 1.0)
        xs = [eng.left]
        for w in fit_widths([c.width for c in self.cols], minimum, eng.width):
            xs.append(xs[-1] + w)
        xs[-1] = eng.right
        self.xs = xs
        self.kinds = [c.kind for c in self.cols]
        self.one_line = [c.one_line for c in self.cols]
        self.aligns = [c.effective_align for c in self.cols]
        self.widths = [xs[i + 1] - xs[i] - 2 * self.pad_x for i in range(self.n)]
        self._build_header()

    # -- header --------------------------------------------------------------------------------
    def _build_header(self) -> None:
        m, size, lead, pad = self.e.m, self.size, self.lead, self.pad_y
        xs = self.xs
        cells: list[tuple[float, float, float, float, tuple[Line, ...]]] = []  # x0,x1,top_off,h,lines
        segs: list[tuple[float, float, float, float]] = []

        def hlines(text: str, width: float) -> tuple[Line, ...]:
            return m.wrap(clean(text), self.bold, size, max(width, 1.0))

        if not any(c.group for c in self.cols):
            lines = [hlines(c.title, self.widths[i]) for i, c in enumerate(self.cols)]
            h = max(len(x) for x in lines) * lead + 2 * pad
            for i in range(self.n):
                cells.append((xs[i], xs[i + 1], 0.0, h, lines[i]))
            segs += [(x, 0.0, x, -h) for x in xs]
            self.header_h = h
        else:
            # spans: (group title or None, first col, last col)
            spans: list[tuple[str | None, int, int]] = []
            for i, c in enumerate(self.cols):
                if c.group and spans and spans[-1][0] == c.group:
                    spans[-1] = (c.group, spans[-1][1], i)
                else:
                    spans.append((c.group or None, i, i))
            h1 = lead + 2 * pad
            h2 = lead + 2 * pad
            glines = {}
            for g, a, b in spans:
                if g:
                    gl = hlines(g, xs[b + 1] - xs[a] - 2 * self.pad_x)
                    glines[a] = gl
                    h1 = max(h1, len(gl) * lead + 2 * pad)
            sub = {}
            tall = 0.0
            for i, c in enumerate(self.cols):
                cl = hlines(c.title, self.widths[i])
                sub[i] = cl
                if c.group:
                    h2 = max(h2, len(cl) * lead + 2 * pad)
                else:
                    tall = max(tall, len(cl) * lead + 2 * pad)
            if tall > h1 + h2:
                h2 += tall - (h1 + h2)
            h = h1 + h2
            for g, a, b in spans:
                if g:
                    cells.append((xs[a], xs[b + 1], 0.0, h1, glines[a]))
                    segs.append((xs[a], -h1, xs[b + 1], -h1))
                    for i in range(a, b + 1):
                        cells.append((xs[i], xs[i + 1], h1, h2, sub[i]))
                    for i in range(a + 1, b + 1):
                        segs.append((xs[i], -h1, xs[i], -h))
                else:
                    cells.append((xs[a], xs[a + 1], 0.0, h, sub[a]))
            bounds = {xs[0], xs[-1]}
            for _g, a, b in spans:
                bounds.add(xs[a])
                bounds.add(xs[b + 1])
            segs += [(x, 0.0, x, -h) for x in sorted(bounds)]
            self.header_h = h
        segs.append((xs[0], 0.0, xs[-1], 0.0))
        segs.append((xs[0], -self.header_h, xs[-1], -self.header_h))
        self._hcells = cells
        self._hsegs = segs

    def caption_height(self) -> float:
        if not self.t.caption:
            return 0.0
        e = self.e
        size = e.L.caption_size
        self._caption = e.m.wrap(clean(self.t.caption), e.f.bold, size, e.width * 0.92)
        return len(self._caption) * size * 1.2 + 4

    def draw_caption(self) -> None:
        if not self.t.caption:
            return
        e = self.e
        size = e.L.caption_size
        cx = (e.left + e.right) / 2
        for line, w in self._caption:
            e._text(cx, e._baseline(e.y, size, 1.2), line, e.f.bold, size, "center", w)
            e.y -= size * 1.2
        e.y -= 4

    def draw_header(self) -> None:
        e = self.e
        y = e.y
        lead, size = self.lead, self.size
        for x0, x1, off, h, lines in self._hcells:
            block = len(lines) * lead
            top = y - off - (h - block) / 2
            cx = (x0 + x1) / 2
            for k, (line, w) in enumerate(lines):
                if line:
                    e._tx_draw(cx - w / 2, e._baseline(top - k * lead, size, self.e.L.table_leading),
                               line, self.bold, size)
        e._segs.extend((a, y + b, c, y + d) for a, b, c, d in self._hsegs)
        e.y = y - self.header_h

    # -- rows ----------------------------------------------------------------------------------
    def layout(self, item: Row | SectionRow | TotalRow) -> _RowBox:
        m, size, pad_x = self.e.m, self.size, self.pad_x
        xs = self.xs
        if isinstance(item, Row):
            font = self.bold if item.bold else self.reg
            cells = []
            nl = 1
            vals = item.cells
            for i, col in enumerate(self.cols):
                v = vals[i] if i < len(vals) else None
                text = v if type(v) is str else format_cell(col, v)
                if text and (not text.isprintable() or not text.isascii()):
                    text = clean(text)
                avail = self.widths[i]
                if self.one_line[i]:
                    lines, fs = self._one_line(text, font, avail)
                else:
                    lines = m.wrap(text, font, size, avail)
                    fs = size
                    cap = col.max_lines
                    if cap is not None and len(lines) > cap:
                        lines = self._cut(lines, cap, font, avail)
                if len(lines) > nl:
                    nl = len(lines)
                cells.append(_Cell(xs[i], xs[i + 1], lines, font, fs, self.aligns[i]))
            return _RowBox(nl * self.lead + 2 * self.pad_y, cells, xs)
        if isinstance(item, SectionRow):
            font = self.bold if item.level <= 1 else self.bi
            lines = m.wrap(clean(item.text), font, size, xs[-1] - xs[0] - 2 * pad_x)
            return _RowBox(len(lines) * self.lead + 2 * self.pad_y,
                           [_Cell(xs[0], xs[-1], lines, font, size, "left")], [xs[0], xs[-1]])
        if isinstance(item, TotalRow):
            values = list(item.values)
            span = item.label_span(self.n)
            lab = m.wrap(clean(item.label), self.bold, size, xs[span] - xs[0] - 2 * pad_x)
            cells = [_Cell(xs[0], xs[span], lab, self.bold, size, "center")]
            nl = len(lab)
            for j, i in enumerate(range(span, self.n)):
                v = values[j] if j < len(values) else None
                text = clean(format_cell(self.cols[i], v))
                if self.one_line[i]:
                    lines, fs = self._one_line(text, self.bold, self.widths[i])
                else:
                    lines, fs = m.wrap(text, self.bold, size, self.widths[i]), size
                nl = max(nl, len(lines))
                cells.append(_Cell(xs[i], xs[i + 1], lines, self.bold, fs, self.aligns[i]))
            return _RowBox(nl * self.lead + 2 * self.pad_y, cells, [xs[0], *xs[span:]])
        raise TypeError(f"unknown row type {type(item).__name__}")

    def _cut(self, lines: tuple[Line, ...], cap: int, font: str, avail: float) -> tuple[Line, ...]:
        """The first ``cap`` lines, the last one ending in "…" (words dropped until it fits)."""
        m, size = self.e.m, self.size
        words = lines[cap - 1][0].split(" ")
        while True:
            last = " ".join(words).rstrip(" ,;:-–") + "…"
            w = m.width(last, font, size)
            if w <= avail or len(words) <= 1:
                break
            words.pop()
        while w > avail and len(last) > 1:  # one long word: cut it between letters
            last = last[:-2] + "…"
            w = m.width(last, font, size)
        return (*lines[:cap - 1], (last, w))

    def _one_line(self, text: str, font: str, avail: float) -> tuple[tuple[Line, ...], float]:
        """A cell that never wraps: its line, shrunk (down to 4 pt) when wider than the column."""
        m, size = self.e.m, self.size
        if "\n" in text:
            text = text.replace("\n", " ")
        w = m.width(text, font, size)
        if w <= avail or w == 0:
            return ((text, w),), size
        fs = max(size * avail / w, 4.0)
        return ((text, m.width(text, font, fs)),), fs

    def empty_box(self) -> _RowBox:
        m, xs = self.e.m, self.xs
        lines = m.wrap(clean(self.t.empty_text), self.ital, self.size, xs[-1] - xs[0] - 2 * self.pad_x)
        return _RowBox(len(lines) * self.lead + 2 * self.pad_y + 4,
                       [_Cell(xs[0], xs[-1], lines, self.ital, self.size, "center")], [xs[0], xs[-1]])

    def draw_row(self, box: _RowBox, valign_top: bool = False) -> None:
        e = self.e
        y = e.y
        h = box.height
        lead = self.lead
        tl = e.L.table_leading
        pad_x = self.pad_x
        for c in box.cells:
            lines = c.lines
            block = len(lines) * lead
            top = y - self.pad_y if valign_top else y - (h - block) / 2
            size = c.size
            for k, (line, w) in enumerate(lines):
                if not line:
                    continue
                if c.align == "left":
                    x = c.x0 + pad_x
                elif c.align == "right":
                    x = c.x1 - pad_x - w
                else:
                    x = (c.x0 + c.x1) / 2 - w / 2
                e._tx_draw(x, e._baseline(top - k * lead, self.size, tl), line, c.font, size)
        segs = e._segs
        yb = y - h
        for x in box.bounds:
            segs.append((x, y, x, yb))
        segs.append((self.xs[0], yb, self.xs[-1], yb))
        e.y = yb
