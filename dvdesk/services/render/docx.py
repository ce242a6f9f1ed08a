"""Word renderer (python-docx): a :class:`Document` as a .docx draft a clerk finishes in Word.

The PDF renderer (:mod:`dvdesk.services.render.pdf`) is the reference for what goes where; here
the same parts become ordinary, editable Word content:

* real Word styles carry the official sizes of the layout (``Normal`` for the body, ``Title`` for
  "QUYẾT ĐỊNH", ``Heading 1``–``3`` for the numbered headings, and named styles such as
  "Trích yếu", "Quốc hiệu", "Ô bảng", "Nơi nhận", "Chữ ký"), all in Times New Roman;
* the header is a borderless two-column table (agency names, "*" or a short line, the number and
  "V/v …" left; the national heading with its line and the italic place-date right), the closing
  another one (Nơi nhận left, the signature right; two signatures side by side for a joint
  document, the recipients below them);
* a data table has its header row(s) repeated on every page, rows that never split across pages,
  merged two-level headers for grouped columns, merged section rows and a merged total label;
* each document of a :class:`DocumentSet` is a section of its own (new page, its own orientation
  and margins, page numbers from 1, centred in the header from page 2).

Table rows are written as XML text to a temporary file and streamed into ``word/document.xml``
when the package is saved (python-docx's ``add_row`` takes milliseconds per row, and a tree of
lxml elements would take hundreds of megabytes): 30,000 rows take a few seconds, in flat memory.  User text is never interpreted: ``<``, ``&``, quotes
and a leading ``=`` print as stored; text is NFC-normalized and characters XML cannot hold are
dropped.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

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
from dvdesk.services.render.fonts import get_fonts
from dvdesk.services.render.text import Measurer, clean, upper

__all__ = ["STYLE_NAMES", "render_docx"]

FONT = "Times New Roman"
MM = 72.0 / 25.4  # points per mm
_NS = nsdecls("w")
_CHUNK = 400  # table rows written to the spool at a time
_ROWS_PI = "dvdesk-rows"  # processing instruction marking where a table's spooled rows go
_ROWS_MARK = re.compile(rb"<\?dvdesk-rows (\d+)\?>")

# characters an XML 1.0 document cannot hold (lone surrogates, U+FFFE/FFFF, C0 controls but \t\n\r)
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'

#: The paragraph styles this renderer defines or restyles: style id -> name shown in Word.
STYLE_NAMES: dict[str, str] = {
    "Normal": "Normal",
    "Title": "Title",
    "Heading1": "Heading 1",
    "Heading2": "Heading 2",
    "Heading3": "Heading 3",
    "Header": "Header",
    "TrichYeu": "Trích yếu",
    "KemTheo": "Kèm theo",
    "DongKe": "Dòng kẻ",
    "CoQuanChuQuan": "Cơ quan chủ quản",
    "CoQuanBanHanh": "Cơ quan ban hành",
    "QuocHieu": "Quốc hiệu",
    "TieuNgu": "Tiêu ngữ",
    "SoKyHieu": "Số, ký hiệu",
    "DiaDanhNgay": "Địa danh, ngày tháng",
    "TrichYeuCongVan": "Trích yếu công văn",
    "TenBang": "Tên bảng",
    "DauBang": "Đầu bảng",
    "OBang": "Ô bảng",
    "NoiNhan": "Nơi nhận",
    "NoiNhanMuc": "Nơi nhận - danh sách",
    "ChuKy": "Chữ ký",
}


def render_docx(doc_or_set: Document | DocumentSet, path: str | os.PathLike[str] | IO[bytes],
                layout: Layout | None = None) -> None:
    """Render a document (or a set of documents, one section each) to a Word file or binary stream.

    ``layout``: a :class:`Layout` for every document; ``None`` picks ``PARTY``/``STATE`` from each
    document's ``profile.style``.  The file is only written when rendering succeeded.
    """
    docs = doc_or_set.documents if isinstance(doc_or_set, DocumentSet) else [doc_or_set]
    if not docs:
        raise ValueError("nothing to render: the document set is empty")
    writer = _Writer(docs, layout)
    try:
        writer.build()
        if isinstance(path, (str, os.PathLike)):
            dest = Path(path)
            dest.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(dest) as tmp, open(tmp, "wb") as fh:
                writer.save(fh)
        else:
            writer.save(path)
    finally:
        writer.close()


# ---------------------------------------------------------------------------------------------
# XML snippets
# ---------------------------------------------------------------------------------------------

def _tw(pt: float) -> int:
    """Points -> twentieths of a point (twips)."""
    return round(pt * 20)


def _text(s: object) -> str:
    """User text as XML character data: NFC, no control characters, ``&`` ``<`` ``>`` escaped,
    ``\\n`` as a line break (inside a ``<w:t>``)."""
    t = s if type(s) is str else str(s)
    if not (t.isascii() and t.isprintable()):
        t = clean(_XML_BAD.sub("", t))
    t = escape(t)
    return t.replace("\n", _BREAK) if "\n" in t else t


def _run(text: str, rpr: str = "") -> str:
    """A run of (already escaped) text."""
    if not text:
        return ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


@lru_cache(maxsize=256)
def _rpr(bold: bool | None = None, italic: bool | None = None, underline: bool | None = None,
         size: float | None = None, fonts: bool = False) -> str:
    """Run properties in schema order; ``None`` leaves a property to the style."""
    out = []
    if fonts:
        out.append(f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>')
    if bold is not None:
        out.append("<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    if italic is not None:
        out.append("<w:i/><w:iCs/>" if italic else '<w:i w:val="0"/><w:iCs w:val="0"/>')
    if fonts:
        out.append('<w:color w:val="000000"/>')
    if size is not None:
        hp = round(size * 2)
        out.append(f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>')
    if underline is not None:
        out.append(f'<w:u w:val="{"single" if underline else "none"}"/>')
    return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


_JC = {"left": "left", "center": "center", "right": "right", "justify": "both", "both": "both"}


def _ppr(style: str | None = None, *, keep: bool | None = None, keep_lines: bool = False,
         border: bool = False, border_pt: float = 0.6, before: float | None = None,
         after: float | None = None, line: float | None = None, exact: bool = False,
         left: int | None = None, right: int | None = None, first: int | None = None,
         hanging: int | None = None, align: str | None = None, outline: int | None = None,
         mark: str = "", sect: str = "") -> str:
    """Paragraph properties in schema order (lengths: points; indents: twips)."""
    out = []
    if style:
        out.append(f'<w:pStyle w:val="{style}"/>')
    if keep is not None:
        out.append("<w:keepNext/>" if keep else '<w:keepNext w:val="0"/>')
    if keep_lines:
        out.append("<w:keepLines/>")
    if border:
        sz = max(2, round(border_pt * 8))
        out.append(f'<w:pBdr><w:bottom w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/></w:pBdr>')
    sp = []
    if before is not None:
        sp.append(f'w:before="{_tw(before)}"')
    if after is not None:
        sp.append(f'w:after="{_tw(after)}"')
    if line is not None:
        sp.append(f'w:line="{_tw(line)}" w:lineRule="{"exact" if exact else "atLeast"}"')
    if sp:
        out.append(f"<w:spacing {' '.join(sp)}/>")
    ind = []
    if left is not None:
        ind.append(f'w:left="{left}"')
    if right is not None:
        ind.append(f'w:right="{right}"')
    if hanging is not None:
        ind.append(f'w:hanging="{hanging}"')
    elif first is not None:
        ind.append(f'w:firstLine="{first}"')
    if ind:
        out.append(f"<w:ind {' '.join(ind)}/>")
    if align is not None:
        out.append(f'<w:jc w:val="{_JC[align]}"/>')
    if outline is not None:
        out.append(f'<w:outlineLvl w:val="{outline}"/>')
    out.append(mark)
    out.append(sect)
    body = "".join(out)
    return f"<w:pPr>{body}</w:pPr>" if body else ""


@dataclass(frozen=True)
class _Spec:
    """What a paragraph style sets (sizes in points, the first-line indent in mm)."""

    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: str = "left"
    first_mm: float = 0.0
    before: float = 0.0
    after: float = 0.0
    line: float = 0.0
    keep: bool = False

    def ppr_args(self) -> dict:
        return dict(keep=self.keep, before=self.before, after=self.after, line=self.line or None,
                    left=0, right=0, first=round(self.first_mm * 1440 / 25.4), align=self.align)

    def rpr_args(self) -> dict:
        return dict(bold=self.bold, italic=self.italic, underline=self.underline, size=self.size)


def _specs(L: Layout) -> dict[str, _Spec]:
    """The paragraph styles of a layout (see :data:`STYLE_NAMES`)."""
    body_line = L.body_size * L.body_leading
    head = dict(size=L.body_size, first_mm=L.body_indent, before=L.heading_space_before,
                after=L.paragraph_space, line=body_line, keep=True)
    return {
        "Normal": _Spec(L.body_size, align="justify", first_mm=L.body_indent, after=L.paragraph_space,
                        line=body_line),
        "Title": _Spec(L.title_size, bold=True, align="center", before=L.title_gap_before,
                       line=L.title_size * L.title_leading, keep=True),
        "Heading1": _Spec(bold=True, **head),
        "Heading2": _Spec(bold=True, **head),
        "Heading3": _Spec(bold=True, italic=True, **head),
        "Header": _Spec(L.page_number_size, align="center"),
        "TrichYeu": _Spec(L.subject_size, bold=True, align="center", line=L.subject_size * L.title_leading,
                          keep=True),
        "KemTheo": _Spec(L.appendix_size, italic=True, align="center", line=L.appendix_size * L.title_leading,
                         keep=True),
        "DongKe": _Spec(L.subject_size, align="center", line=L.subject_size, after=L.title_gap_after,
                        keep=True),
        "CoQuanChuQuan": _Spec(L.parent_size, bold=L.parent_bold, align="center",
                               line=L.parent_size * L.header_leading),
        "CoQuanBanHanh": _Spec(L.issuing_size, bold=L.issuing_bold, align="center",
                               line=L.issuing_size * L.header_leading),
        "QuocHieu": _Spec(L.national_heading_size, bold=True, align="center",
                          line=L.national_heading_size * L.header_leading),
        "TieuNgu": _Spec(L.national_motto_size, bold=True, align="center",
                         line=L.national_motto_size * L.header_leading),
        "SoKyHieu": _Spec(L.number_size, align="center", line=L.number_size * L.header_leading),
        "DiaDanhNgay": _Spec(L.place_date_size, italic=True, align="center",
                             line=L.place_date_size * L.header_leading),
        "TrichYeuCongVan": _Spec(L.summary_size, italic=L.summary_italic, align="center",
                                 line=L.summary_size * 1.15),
        "TenBang": _Spec(L.caption_size, bold=True, align="center", before=L.table_space_before, after=4.0,
                         line=L.caption_size * 1.2, keep=True),
        "OBang": _Spec(L.table_font_size, line=L.table_font_size * L.table_leading),
        "DauBang": _Spec(L.table_font_size, bold=True, align="center", line=L.table_font_size * L.table_leading),
        "NoiNhan": _Spec(L.recipients_heading_size, bold=L.recipients_heading_bold,
                         italic=L.recipients_heading_italic, underline=L.recipients_heading_underline,
                         line=L.recipients_heading_size * L.recipients_leading),
        "NoiNhanMuc": _Spec(L.recipients_size, line=L.recipients_size * L.recipients_leading),
        "ChuKy": _Spec(L.signature_size, bold=True, align="center", line=L.signature_size * L.signature_leading),
    }


def _border_xml(kind: str, width_pt: float) -> str:
    """``tblBorders``: every line single and ``width_pt`` thick, or none at all."""
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    if kind == "none":
        return "<w:tblBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in sides) + "</w:tblBorders>"
    sz = max(2, round(width_pt * 8))
    return ("<w:tblBorders>" + "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/>'
                                       for s in sides) + "</w:tblBorders>")


def _tbl_open(widths: list[int], *, borders: str, line_pt: float = 0.5, pad_x: int = 0, pad_y: int = 0,
              style: str | None = None) -> str:
    total = sum(widths)
    st = f'<w:tblStyle w:val="{style}"/>' if style else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f"<w:tbl {_NS}><w:tblPr>{st}<w:tblW w:w=\"{total}\" w:type=\"dxa\"/>"
            f'<w:tblInd w:w="0" w:type="dxa"/>{_border_xml(borders, line_pt)}<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:top w:w="{pad_y}" w:type="dxa"/><w:left w:w="{pad_x}" w:type="dxa"/>'
            f'<w:bottom w:w="{pad_y}" w:type="dxa"/><w:right w:w="{pad_x}" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>')


def _tc(width: int, content: str, *, span: int = 1, vmerge: str | None = None, valign: str = "center") -> str:
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    vm = "" if vmerge is None else ('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>")
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}{vm}<w:vAlign w:val="{valign}"/></w:tcPr>'
            f"{content or '<w:p/>'}</w:tc>")


# ---------------------------------------------------------------------------------------------
# The writer
# ---------------------------------------------------------------------------------------------

class _Writer:
    def __init__(self, docs: list[Document], layout: Layout | None) -> None:
        self.docs = docs
        self.layouts = [layout or layout_for(d.style) for d in docs]
        self.base = _specs(self.layouts[0])
        self.word = docx.Document()
        self.body = self.word.element.body
        self.sentinel = self.body.get_or_add_sectPr()
        for child in list(self.body):
            if child is not self.sentinel:
                self.body.remove(child)
        self.spool: IO[bytes] | None = None
        self.spans: list[tuple[int, int]] = []  # byte ranges of the spooled rows, one per data table
        self.f = get_fonts(prefer_system=False)  # Liberation Serif: the metrics of Times New Roman
        self.m = Measurer()

    # -- output ----------------------------------------------------------------------------------
    def _spool(self) -> IO[bytes]:
        if self.spool is None:
            self.spool = tempfile.TemporaryFile()
        return self.spool

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()
            self.spool = None

    def save(self, out: IO[bytes]) -> None:
        """Write the package; the spooled table rows replace their markers in word/document.xml."""
        if not self.spans:
            self.word.save(out)
            return
        packed = io.BytesIO()
        self.word.save(packed)
        packed.seek(0)
        spool = self._spool()
        with zipfile.ZipFile(packed) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info)
                if info.filename != "word/document.xml":
                    zout.writestr(info, data)
                    continue
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                parts = _ROWS_MARK.split(data)
                with zout.open(entry, "w") as dst:
                    for j, part in enumerate(parts):
                        if j % 2 == 0:
                            dst.write(part)
                            continue
                        start, end = self.spans[int(part)]
                        spool.seek(start)
                        while start < end:
                            chunk = spool.read(min(1 << 20, end - start))
                            if not chunk:
                                raise OSError("the spooled table rows are shorter than written")
                            dst.write(chunk)
                            start += len(chunk)

    # -- output helpers ------------------------------------------------------------------------
    def _emit(self, xml: str) -> None:
        """Add body content (one or more paragraphs/tables as XML text) before the final section."""
        for el in list(parse_xml(f"<w:body {_NS}>{xml}</w:body>")):
            self.sentinel.addprevious(el)

    def _p(self, style: str, text: str = "", *, rpr: dict | None = None, lead: str = "", **ppr) -> str:
        """A paragraph of ``style`` (in this document's layout) holding escaped ``text``, after the
        escaped ``lead`` in bold when given."""
        o_p, o_r = self._override(style)
        p_args = {**o_p, **ppr}
        r_args = {**o_r, **(rpr or {})}
        mark = _rpr(**r_args) if r_args else ""
        first = _run(lead, _rpr(**{**r_args, "bold": True})) if lead else ""
        return f"<w:p>{_ppr(style, mark=mark, **p_args)}{first}{_run(text, mark)}</w:p>"

    def _override(self, style: str) -> tuple[dict, dict]:
        """Direct formatting for a document whose layout differs from the one the styles hold."""
        spec = self.spec[style]
        base = self.base[style]
        if spec == base:
            return {}, {}
        p, r = {}, {}
        bp, sp = base.ppr_args(), spec.ppr_args()
        br, sr = base.rpr_args(), spec.rpr_args()
        for k, v in sp.items():
            if bp[k] != v:
                p[k] = v
        if any(k in p for k in ("before", "after", "line")):
            p.update(before=sp["before"], after=sp["after"], line=sp["line"])
        for k, v in sr.items():
            if br[k] != v:
                r[k] = v
        return p, r

    def _spacer(self, pt: float, sect: str = "") -> str:
        """An empty paragraph exactly ``pt`` high (between two tables, after the last one)."""
        ppr = _ppr(None, before=0, after=0, line=max(pt, 1.0), exact=True, first=0, left=0,
                   mark=_rpr(size=1), sect=sect)
        return f"<w:p>{ppr}</w:p>"

    def _balanced(self, text: str, bold: bool, italic: bool, size: float, avail: float) -> str:
        """Escaped text with line breaks where a centred line must wrap, into lines of similar length."""
        font = self.f.pick(bold, italic)
        out: list[str] = []
        for part in _XML_BAD.sub("", text).split("\n"):
            lines = self.m.wrap(part, font, size, avail)
            if len(lines) > 1:
                lo, hi = avail / len(lines), avail
                for _ in range(12):
                    mid = (lo + hi) / 2
                    cand = self.m.wrap(part, font, size, mid)
                    if len(cand) == len(lines):
                        lines, hi = cand, mid
                    else:
                        lo = mid
            out.extend(line for line, _w in lines)
        return _text("\n".join(out))

    # -- the document ----------------------------------------------------------------------------
    def build(self) -> docx.document.Document:
        self._styles()
        n = len(self.docs)
        for i, (doc, lay) in enumerate(zip(self.docs, self.layouts, strict=True)):
            self.doc, self.L, self.spec = doc, lay, _specs(lay)
            pw, _ph = lay.page_size(doc.orientation)
            self.width = (pw - lay.margin_left - lay.margin_right) * MM
            self._document(doc)
            # the last paragraph of a section carries its section break (not the last section: the body's)
            self._emit(self._spacer(1.0, sect="<w:sectPr/>" if i < n - 1 else ""))
        for section, doc, lay in zip(self.word.sections, self.docs, self.layouts, strict=True):
            self._section(section, doc, lay)
        self._settings()
        self._properties()
        return self.word

    def _document(self, doc: Document) -> None:
        L = self.L
        if doc.show_header:
            self._header()
        self._title_block()
        blocks = doc.blocks
        closing = bool(doc.signature_list or (doc.recipients and (doc.recipients.items or doc.recipients.heading)))
        # what stays on the page of the closing: the last block, and the last row of the last table
        # with the short text after it ("Tổng số: 5 tập thể, 60 cá nhân.")
        keep_from = len(blocks)
        if closing and blocks:
            keep_from = len(blocks) - 1
            tables = [i for i, b in enumerate(blocks) if isinstance(b, Table)]
            if tables and len(blocks) - tables[-1] <= 4:
                keep_from = tables[-1]
        after_table = False
        for i, block in enumerate(blocks):
            keep = i >= keep_from
            if isinstance(block, Table):
                if after_table:
                    self._emit(self._spacer(L.table_space_after))
                self._table(block, keep_last=keep)
                after_table = True
                continue
            before = L.table_space_after if after_table else None
            after_table = False
            if isinstance(block, Heading):
                self._heading(block, before)
            elif isinstance(block, Paragraph):
                self._paragraph(block, before, keep)
            else:
                raise TypeError(f"unknown block type {type(block).__name__}")
        if closing:
            if after_table:
                self._emit(self._spacer(L.table_space_after))
            self._closing()

    # -- styles ----------------------------------------------------------------------------------
    def _styles(self) -> None:
        styles = self.word.styles
        el = styles.element
        # document defaults: Times New Roman, Vietnamese (spelling), no theme fonts anywhere
        defaults = el.find(qn("w:docDefaults"))
        if defaults is not None:
            el.remove(defaults)
        el.insert(0, parse_xml(
            f"<w:docDefaults {_NS}><w:rPrDefault><w:rPr>"
            f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
            f'<w:sz w:val="{round(self.base["Normal"].size * 2)}"/><w:szCs w:val="{round(self.base["Normal"].size * 2)}"/>'
            '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            "</w:docDefaults>"))
        for rfonts in el.iter(qn("w:rFonts")):
            for a in list(rfonts.attrib):
                del rfonts.attrib[a]
            for a in ("ascii", "hAnsi", "cs", "eastAsia"):
                rfonts.set(qn(f"w:{a}"), FONT)
        for color in list(el.iter(qn("w:color"))):
            color.getparent().remove(color)
        for sid, name in STYLE_NAMES.items():
            style = next((s for s in styles if s.type == WD_STYLE_TYPE.PARAGRAPH and s.style_id == sid), None)
            if style is None:
                style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.style_id = sid
                style.base_style = styles["Normal"]
                style.quick_style = True
                style.priority = 20
            elm = style.element
            for tag in ("w:pPr", "w:rPr"):
                for child in elm.findall(qn(tag)):
                    elm.remove(child)
            spec = self.base[sid]
            outline = {"Heading1": 0, "Heading2": 1, "Heading3": 2}.get(sid)
            # a style states what it turns on ("not italic" is what it inherits from Normal)
            p_args = {k: (v or None) if k == "keep" else v for k, v in spec.ppr_args().items()}
            r_args = {k: (v or None) if isinstance(v, bool) else v for k, v in spec.rpr_args().items()}
            elm.append(parse_xml(_ppr(None, keep_lines=outline is not None, outline=outline,
                                      **p_args).replace("<w:pPr>", f"<w:pPr {_NS}>", 1)))
            elm.append(parse_xml(_rpr(fonts=True, **r_args).replace("<w:rPr>", f"<w:rPr {_NS}>", 1)))
        for sid in ("Heading1", "Heading2", "Heading3"):
            styles[STYLE_NAMES[sid]].next_paragraph_style = styles["Normal"]

    # -- header --------------------------------------------------------------------------------
    def _header(self) -> None:
        L, doc, f, m = self.L, self.doc, self.f, self.m
        nat = [(upper(L.national_heading), L.national_heading_size, "QuocHieu")]
        if L.national_motto:
            nat.append((clean(L.national_motto), L.national_motto_size, "TieuNgu"))
        nat_w = max(m.width(t, f.bold, s) for t, s, _ in nat) + 6
        rw = min(max(self.width * (1 - L.header_left_ratio), nat_w), self.width * 0.62)
        lw = self.width - rw
        widths = [_tw(lw), _tw(self.width) - _tw(lw)]

        # left: parent body, issuing body, "*" or a short line
        left: list[str] = []
        last = (L.issuing_size, 0.0)
        for text, sid, size, bold in ((doc.profile.parent_body, "CoQuanChuQuan", L.parent_size, L.parent_bold),
                                      (doc.profile.issuing_body, "CoQuanBanHanh", L.issuing_size, L.issuing_bold)):
            text = upper(text).strip() if text else ""
            if not text:
                continue
            left.append(self._p(sid, self._balanced(text, bold, False, size, lw - 4)))
            widest = max(m.width(line, f.pick(bold), size) for line in text.split("\n"))
            last = (size, min(widest, lw - 4))
        if L.agency_mark:
            mark_rpr: dict = {"bold": False} if L.issuing_bold else {}
            if last[0] != L.issuing_size:
                mark_rpr["size"] = last[0]
            left.append(self._p("CoQuanBanHanh", _text(L.agency_mark), rpr=mark_rpr))
        elif L.agency_rule_ratio > 0 and last[1] > 0:
            left.append(self._rule(lw, last[1] * L.agency_rule_ratio, 2.0))

        # right: the national heading (and motto), a line under the last one
        right = [self._p(sid, _text(t)) for t, _s, sid in nat]
        if L.national_rule_ratio > 0:
            t, s, _ = nat[-1]
            right.append(self._rule(rw, min(m.width(t, f.bold, s) * L.national_rule_ratio, rw), 2.0))

        xml = [_tbl_open(widths, borders="none"),
               "<w:tr><w:trPr><w:cantSplit/></w:trPr>",
               _tc(widths[0], "".join(left), valign="top"), _tc(widths[1], "".join(right), valign="top"),
               "</w:tr>"]
        # the number (and "V/v …") left, the place-date line right, on one line
        number = clean(doc.number).strip() if doc.number else ""
        pdate = doc.place_date_text()
        pdate = clean(pdate).strip() if pdate else ""
        if number or pdate or doc.summary:
            nl = [self._p("SoKyHieu", _text(number))] if number else []
            if doc.summary:
                nl.append(self._p("TrichYeuCongVan",
                                  self._balanced(clean(doc.summary), False, L.summary_italic, L.summary_size,
                                                 lw - 12), before=2))
            nr = self._p("DiaDanhNgay", _text(pdate)) if pdate else ""
            xml += ["<w:tr><w:trPr><w:cantSplit/></w:trPr>",
                    _tc(widths[0], "".join(nl), valign="top"), _tc(widths[1], nr, valign="top"), "</w:tr>"]
        xml.append("</w:tbl>")
        self._emit("".join(xml))

    def _rule(self, avail: float, length: float, height: float, after: float = 0.0) -> str:
        """A short centred horizontal line (an empty paragraph with a bottom border) in ``avail`` points."""
        side = max(0, _tw((avail - length) / 2))
        ppr = _ppr(None, keep=True, border=True, border_pt=self.L.rule_width, before=0, after=after,
                   line=height, exact=True, left=side, right=side, first=0, align="center", mark=_rpr(size=1))
        return f"<w:p>{ppr}</w:p>"

    # -- title block -------------------------------------------------------------------------------
    def _title_block(self) -> None:
        L, doc = self.L, self.doc
        items: list[tuple[str, str, bool, bool, float]] = []
        if doc.title:
            items.append(("Title", upper(doc.title), True, False, L.title_size))
        for s in doc.subject_lines:
            items.append(("TrichYeu", clean(s), True, False, L.subject_size))
        if doc.appendix:
            items.append(("KemTheo", clean(doc.appendix), False, True, L.appendix_size))
        if not items:
            if doc.show_header:
                self._emit(self._spacer(L.title_gap_after))
            return
        avail = self.width * 0.92
        out = []
        widest = 0.0
        for k, (sid, text, bold, italic, size) in enumerate(items):
            font = self.f.pick(bold, italic)
            extra: dict = {}
            before = L.title_gap_before if doc.show_header else 0.0
            if k == 0 and before != self.spec[sid].before:
                extra["before"] = before
            out.append(self._p(sid, self._balanced(text, bold, italic, size, avail), **extra))
            widest = max([widest, *(w for _line, w in self.m.wrap(text, font, size, avail))])
        if L.title_rule == "dashes" and L.title_rule_text:
            out.append(self._p("DongKe", _text(L.title_rule_text)))
        elif L.title_rule == "line":
            out.append(self._rule(self.width, widest * L.title_rule_ratio, 6.0, after=L.title_gap_after))
        else:
            out.append(self._spacer(L.title_gap_after))
        for x in out:
            self._emit(x)

    # -- paragraphs and headings -----------------------------------------------------------------
    def _paragraph(self, p: Paragraph, before: float | None, keep: bool) -> None:
        L = self.L
        ppr: dict = {}
        if p.align != "justify":
            ppr["align"] = p.align
        if p.indent is not None:
            ppr["first"] = round(p.indent * 1440 / 25.4)
        elif p.align != "justify":
            ppr["first"] = 0
        if before is not None:
            ppr["before"] = before
        if keep:
            ppr["keep"] = True
        rpr: dict = {}
        if p.style in ("bold", "bold_italic"):
            rpr["bold"] = True
        if p.style in ("italic", "bold_italic"):
            rpr["italic"] = True
        if p.size is not None and p.size != L.body_size:
            rpr["size"] = p.size
        lead = clean(p.lead).strip() if p.lead else ""
        text = _text(p.text)
        if lead and text:
            text = " " + text  # "Điều 1." in bold, a space, the text
        self._emit(self._p("Normal", text, rpr=rpr, lead=_text(lead), **ppr))

    def _heading(self, h: Heading, before: float | None) -> None:
        sid = f"Heading{min(max(h.level, 1), 3)}"
        ppr: dict = {}
        if h.align != "left":
            ppr.update(align=h.align, first=0)
        if before is not None:
            ppr["before"] = max(before, self.L.heading_space_before)
        self._emit(self._p(sid, _text(h.text), **ppr))

    # -- tables ------------------------------------------------------------------------------------
    def _table(self, table: Table, keep_last: bool) -> None:
        L, f, m = self.L, self.f, self.m
        table = printed_view(table)
        cols: list[Column] = list(table.columns)
        n = len(cols)
        size = table.font_size or L.table_font_size
        pad_x = L.cell_pad_x * MM
        minimum = [w + 2 * pad_x + 1.0 for w in title_word_widths(table, m, f.bold, size)]
        for i, w in content_widths(table, m, f.regular, f.bold, size).items():
            minimum[i] = max(minimum[i], w + 2 * pad_x + 1.0)
        widths = [_tw(w) for w in fit_widths([c.width for c in cols], minimum, self.width)]
        widths[-1] += _tw(self.width) - sum(widths)
        total = sum(widths)

        if table.caption:
            self._emit(self._p("TenBang", _text(table.caption)))

        o_p, o_r = self._override("OBang")
        size_override = size if (size != self.base["OBang"].size) else o_r.get("size")

        def cell_p(style: str, text: str, align: str | None, keep: bool, **r) -> str:
            if size_override is not None:
                r.setdefault("size", size_override)
            rpr = _rpr(**r) if r else ""
            args = {k: v for k, v in o_p.items() if k in ("line", "before", "after")}
            ppr = _ppr(style, keep=True if keep else None, align=align, mark=rpr, **args)
            return f"<w:p>{ppr}{_run(text, rpr)}</w:p>"

        # header row(s): repeated on every page
        head = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        rows_xml = [_tbl_open(widths, borders="single", line_pt=L.table_line_width, pad_x=_tw(pad_x),
                              pad_y=_tw(L.cell_pad_y * MM), style="TableGrid")]
        if not table.has_groups:
            rows_xml.append(head + "".join(_tc(widths[i], cell_p("DauBang", _text(c.title), None, False))
                                           for i, c in enumerate(cols)) + "</w:tr>")
        else:
            spans: list[tuple[str | None, int, int]] = []
            for i, c in enumerate(cols):
                if c.group and spans and spans[-1][0] == c.group:
                    spans[-1] = (c.group, spans[-1][1], i)
                else:
                    spans.append((c.group or None, i, i))
            top, sub = [head], [head]
            for g, a, b in spans:
                if g:
                    top.append(_tc(sum(widths[a:b + 1]), cell_p("DauBang", _text(g), None, False), span=b - a + 1))
                    sub.extend(_tc(widths[i], cell_p("DauBang", _text(cols[i].title), None, False))
                               for i in range(a, b + 1))
                else:
                    top.append(_tc(widths[a], cell_p("DauBang", _text(cols[a].title), None, False), vmerge="restart"))
                    sub.append(_tc(widths[a], "", vmerge="continue"))
            rows_xml += ["".join(top) + "</w:tr>", "".join(sub) + "</w:tr>"]
        rows_xml.append("</w:tbl>")
        tbl = parse_xml("".join(rows_xml))
        self.sentinel.addprevious(tbl)

        aligns = [c.effective_align for c in cols]
        one_line = [c.one_line for c in cols]
        row_open = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"

        def value_text(i: int, v: object) -> str:
            if v is None:
                return ""
            text = v if type(v) is str else format_cell(cols[i], v)
            if one_line[i] and "\n" in text:
                text = text.replace("\n", " ")
            return _text(text)

        def render(item: Row | SectionRow | TotalRow, keep: bool) -> str:
            if isinstance(item, Row):
                vals = item.cells
                nv = len(vals)
                bold = True if item.bold else None
                return (row_open + "".join(
                    _tc(widths[i], cell_p("OBang", value_text(i, vals[i] if i < nv else None),
                                          aligns[i] if aligns[i] != "left" else None, keep, bold=bold))
                    for i in range(n)) + "</w:tr>")
            if isinstance(item, SectionRow):
                return (row_open + _tc(total, cell_p("OBang", _text(item.text), None, True, bold=True,
                                                     italic=True if item.level > 1 else None), span=n)
                        + "</w:tr>")
            if isinstance(item, TotalRow):
                span = item.label_span(n)
                values = list(item.values)
                cells = [_tc(sum(widths[:span]), cell_p("OBang", _text(item.label), "center", keep, bold=True),
                             span=span)]
                for j, i in enumerate(range(span, n)):
                    v = values[j] if j < len(values) else None
                    cells.append(_tc(widths[i], cell_p("OBang", value_text(i, v),
                                                       aligns[i] if aligns[i] != "left" else None, keep, bold=True)))
                return row_open + "".join(cells) + "</w:tr>"
            raise TypeError(f"unknown row type {type(item).__name__}")

        # the body rows go to the spool file as XML text and into document.xml when it is saved
        # (see save): a 30,000-row table never becomes a tree of a million lxml elements
        buf: list[str] = []
        spool = self._spool()
        start = spool.tell()

        def flush() -> None:
            if buf:
                spool.write("".join(buf).encode("utf-8"))
                buf.clear()

        it: Iterator = iter(table.iter_rows())
        pending = next(it, None)
        if pending is None:
            buf.append(row_open + _tc(total, cell_p("OBang", _text(table.empty_text), "center", keep_last,
                                                    italic=True), span=n) + "</w:tr>")
        while pending is not None:
            nxt = next(it, None)
            # a row is kept with the next one when that is the total, or when it is the last row
            # before the closing block
            keep = (isinstance(nxt, TotalRow) and not isinstance(pending, TotalRow)) or (nxt is None and keep_last)
            buf.append(render(pending, keep))
            if len(buf) >= _CHUNK:
                flush()
            pending = nxt
        flush()
        self.spans.append((start, spool.tell()))
        tbl.append(parse_xml(f"<w:tbl {_NS}><?{_ROWS_PI} {len(self.spans) - 1}?></w:tbl>")[0])

    # -- closing: recipients and signature ---------------------------------------------------------
    def _signature(self, s: Signature, avail: float, first_before: float) -> str:
        """Authority and title (bold capitals), the room for signature and seal, the name (bold)."""
        L = self.L
        line = L.signature_size * L.signature_leading
        parts: list[tuple[str, dict, dict]] = []  # (escaped text, paragraph args, run args)
        for text in (s.authority, s.title):
            text = upper(text).strip() if text else ""
            if text:
                parts.append((self._balanced(text, True, False, L.signature_size, avail), {}, {}))
        if s.stamp_space:
            gap = max(0.0, (L.stamp_space * MM - line) / 2)
            parts.append((_text(s.signed_note or ""), dict(before=gap, after=gap, line=line),
                          dict(bold=False, italic=True)))
        if s.name and clean(s.name).strip():
            parts.append((_text(clean(s.name).strip()), {}, {}))
        out = []
        for k, (text, ppr, rpr) in enumerate(parts):
            if k == 0:
                ppr = {**ppr, "before": ppr.get("before", 0.0) + first_before}
            out.append(self._p("ChuKy", text, rpr=rpr, **ppr))
        return "".join(out)

    def _recipients(self, r: Recipients | None, first_before: float) -> list[str]:
        if r is None or (not r.items and not r.heading):
            return []
        L, f = self.L, self.f
        out = []
        if r.heading:
            out.append(self._p("NoiNhan", _text(r.heading), before=first_before))
        for item in r.items:
            text = clean(item)
            extra: dict = {}
            if text.startswith("- "):
                extra["left"] = extra["hanging"] = _tw(self.m.width("- ", f.regular, L.recipients_size))
            if not out:
                extra["before"] = first_before
            out.append(self._p("NoiNhanMuc", _text(text), **extra))
        return out

    def _closing(self) -> None:
        L, doc = self.L, self.doc
        sigs = doc.signature_list
        gap = L.closing_gap
        row = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        if len(sigs) <= 1:
            lw = self.width * L.header_left_ratio
            widths = [_tw(lw), _tw(self.width) - _tw(lw)]
            left = "".join(self._recipients(doc.recipients, gap))
            right = self._signature(sigs[0], self.width - lw - 6, gap) if sigs else ""
            self._emit(_tbl_open(widths, borders="none") + row + _tc(widths[0], left, valign="top")
                       + _tc(widths[1], right, valign="top") + "</w:tr></w:tbl>")
            return
        half = self.width / 2
        widths = [_tw(half), _tw(self.width) - _tw(half)]
        cells = [_tc(widths[k], self._signature(s, half - 6, gap), valign="top") for k, s in enumerate(sigs[:2])]
        self._emit(_tbl_open(widths, borders="none") + row + "".join(cells) + "</w:tr></w:tbl>")
        for extra in sigs[2:]:  # more than two signers: the others below, on the right
            self._emit(_tbl_open(widths, borders="none") + row + _tc(widths[0], "")
                       + _tc(widths[1], self._signature(extra, half - 6, gap), valign="top") + "</w:tr></w:tbl>")
        for p in self._recipients(doc.recipients, gap):
            self._emit(p)

    # -- sections, page numbers and properties -------------------------------------------------------
    def _section(self, section, doc: Document, lay: Layout) -> None:
        w, h = lay.page_size(doc.orientation)
        section.start_type = WD_SECTION.NEW_PAGE
        section.orientation = WD_ORIENT.LANDSCAPE if doc.orientation == "landscape" else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(w), Mm(h)
        section.top_margin, section.bottom_margin = Mm(lay.margin_top), Mm(lay.margin_bottom)
        section.left_margin, section.right_margin = Mm(lay.margin_left), Mm(lay.margin_right)
        section.gutter = Mm(0)
        line_mm = lay.page_number_size * 1.2 / MM
        section.header_distance = Mm(max(3.0, (lay.margin_top - line_mm) / 2))
        section.footer_distance = Mm(max(3.0, lay.margin_bottom / 2))
        section.different_first_page_header_footer = True
        # page numbers from 1 in every section (each document counts its own pages)
        sect = section._sectPr
        for old in sect.findall(qn("w:pgNumType")):
            sect.remove(old)
        pg = parse_xml(f'<w:pgNumType {_NS} w:start="1"/>')
        anchor = next((sect.find(qn(t)) for t in ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                                                  "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid")
                       if sect.find(qn(t)) is not None), None)
        if anchor is not None:
            anchor.addprevious(pg)
        else:
            sect.append(pg)
        # page 1: no number; from page 2: centred in the header
        first = section.first_page_header
        first.is_linked_to_previous = False
        header = section.header
        header.is_linked_to_previous = False
        spec = _specs(lay)["Header"]
        rpr = _rpr(size=spec.size) if spec.size != self.base["Header"].size else ""
        for part in (first, header):
            for child in list(part._element):
                part._element.remove(child)
        first._element.append(parse_xml(f'<w:p {_NS}><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>'))
        header._element.append(parse_xml(
            f'<w:p {_NS}><w:pPr><w:pStyle w:val="Header"/>{rpr}</w:pPr>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}<w:t>2</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r></w:p>'))

    def _settings(self) -> None:
        """Word 2013+ layout (no "Compatibility Mode"; a table's indent is that of its border), lines
        ending in a line break are not stretched in justified text (as in the PDF), Vietnamese."""
        settings = self.word.settings.element
        compat = settings.find(qn("w:compat"))
        if compat is None:
            compat = parse_xml(f"<w:compat {_NS}/>")
            settings.append(compat)
        for cs in compat.findall(qn("w:compatSetting")):
            if cs.get(qn("w:name")) == "compatibilityMode":
                cs.set(qn("w:val"), "15")
        if compat.find(qn("w:doNotExpandShiftReturn")) is None:
            compat.insert(0, parse_xml(f"<w:doNotExpandShiftReturn {_NS}/>"))
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:val"), "vi-VN")

    def _properties(self) -> None:
        first = self.docs[0]
        cp = self.word.core_properties
        title = " ".join(x for x in [clean(first.title), *map(clean, first.subject_lines)] if x)
        cp.title = _XML_BAD.sub("", " ".join(title.split()))[:250]
        cp.author = _XML_BAD.sub("", " ".join(clean(first.profile.issuing_body).split()))[:250]
        cp.last_modified_by = "dvdesk"
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.language = "vi-VN"
        cp.revision = 1
        now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        cp.created = now
        cp.modified = now
