"""The neutral document model: what a report *is*, independent of PDF or Excel.

A report builder fills these dataclasses; :mod:`dvdesk.services.render.pdf` and
:mod:`dvdesk.services.render.xlsx` turn the same object into a signed-looking PDF page and a
sheet a clerk would have typed by hand.  Nothing here knows about fonts, points or cells.

Shape of a document (top to bottom, as on paper)::

    Document
      profile        AgencyProfile: agency names *as issued* (stored with the record, never
                     looked up from today's settings), symbol, place, style party|state
      number         "Số 415-KH/BDVTU" (party) / "Số: 816/UBND-KGVX" (state): see number_line()
      date           datetime.date -> "Kiên Giang, ngày 15 tháng 4 năm 2021"
      summary        "V/v ..." under the number (công văn); optional
      title          "DANH SÁCH" / "QUYẾT ĐỊNH" / "BÁO CÁO" (printed in capitals)
      subject        subject lines under the title (bold)
      appendix       "(Kèm theo Quyết định số ... ngày ... của ...)" (italic)
      blocks         Paragraph | Heading | Table, in order
      signatures     Signature (one, or two side by side for a joint document)
      recipients     Recipients ("Nơi nhận:" + items)
      orientation    "portrait" | "landscape"

Several documents (e.g. a report and its statistical appendices) go in a :class:`DocumentSet`:
the PDF prints them one after another (each starts on a new page and has its own page numbers),
the workbook gets one sheet per table (see :class:`Table` ``sheet_name``).

Text is stored as given; renderers NFC-normalize it and print it literally (``<``, ``&``,
quotes and leading ``=`` are never interpreted).  Exceptions, by the official format: the
agency names, the national heading and the title are printed in capitals.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, TypeAlias, Union

from dvdesk.domain import catalog
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import DocumentStyle

Style = Literal["party", "state"]
Orientation = Literal["portrait", "landscape"]
Align = Literal["left", "center", "right", "justify"]
ColumnKind = Literal["text", "int", "number", "money", "date", "percent"]
ParagraphStyle = Literal["body", "italic", "bold", "bold_italic"]

#: What a table cell may hold.  ``None`` prints as an empty cell.
CellValue: TypeAlias = Union[str, int, float, Decimal, _dt.date, _dt.datetime, None]  # noqa: UP007


# What tells a Party body from a State one in its printed name (folded: no diacritics, lower case).
_PARTY_NAME = re.compile(r"\b(?:tinh|huyen|thanh|quan|thi|dang) uy\b|\bdang (?:bo|cong san)\b|"
                         r"\bban (?:chap hanh|thuong vu|bi thu|dan van|tuyen giao|to chuc|noi chinh)\b|"
                         r"\bchi bo\b|\buy ban kiem tra\b")
_STATE_NAME = re.compile(r"\buy ban nhan dan\b|\bubnd\b|\bhoi dong nhan dan\b|\bhdnd\b|\bchu tich\b|"
                         r"^(?:so|phong|bo|tong cuc|cuc|chinh phu|thu tuong) ")


def style_phrase(style: str) -> str:
    """A format named inside a sentence: "thể thức văn bản Đảng (HD 36-HD/VPTW)"."""
    label = catalog.DOCUMENT_STYLES[style]
    return f"thể thức {label[0].lower()}{label[1:]}"


def issuer_style(parent_body: str, issuing_body: str) -> Style | None:
    """The format an issuer's documents follow, read from its printed names: "party" for a Party
    body ("BAN DÂN VẬN" of "TỈNH ỦY …", "BAN THƯỜNG VỤ", "ĐẢNG ỦY …"), "state" for a State one
    ("ỦY BAN NHÂN DÂN …", "UBND …", "SỞ …"); ``None`` when the names do not say (a Mặt trận
    body, an unusual name).  The issuing body decides; its parent only when it says nothing."""
    for name in (issuing_body, parent_body):
        key = " ".join(fold(name).split())
        if not key:
            continue
        if _STATE_NAME.search(key):
            return "state"
        if _PARTY_NAME.search(key):
            return "party"
    return None


class StyleMismatchError(DvdeskError):
    """A document format that contradicts its issuer (the national heading would be wrong)."""


@dataclass(frozen=True)
class AgencyProfile:
    """The issuing agency as printed in the top-left header of a document.

    ``parent_body`` is the body above the issuer ("TỈNH ỦY KIÊN GIANG", "UBND TỈNH KIÊN GIANG"),
    empty when the issuer has none (an UBND tỉnh prints only its own name).  ``issuing_body`` is
    the issuer ("BAN DÂN VẬN"); either may contain ``"\\n"`` for a name on two lines.  ``symbol``
    is the agency code used in the number ("BDVTU"); ``place`` the place name of the date line.
    ``style`` picks the official format: ``"party"`` (Hướng dẫn 36-HD/VPTW) or ``"state"``
    (Nghị định 30/2020/NĐ-CP).  The format follows the issuer: a style that contradicts the names
    (the national heading of the State over a Party board, a UBND under "ĐẢNG CỘNG SẢN VIỆT NAM"
    with a "*") is refused with :class:`StyleMismatchError`; :meth:`of` picks it from the names.
    """

    parent_body: str
    issuing_body: str
    symbol: str = ""
    place: str = ""
    style: Style = DocumentStyle.PARTY

    def __post_init__(self) -> None:
        if self.style not in ("party", "state"):
            raise ValueError(f"style must be 'party' or 'state', not {self.style!r}")
        natural = issuer_style(self.parent_body, self.issuing_body)
        if natural is not None and natural != self.style:
            who = " – ".join(" ".join(x.split()) for x in (self.issuing_body, self.parent_body) if x.strip())
            kind = "cơ quan của Đảng" if natural == "party" else "cơ quan hành chính nhà nước"
            raise StyleMismatchError(
                f"Không thể in văn bản của \"{who}\" theo {style_phrase(self.style)}: đây là {kind}, văn bản "
                f"của cơ quan này theo {style_phrase(natural)}.")

    @classmethod
    def of(cls, parent_body: str, issuing_body: str, symbol: str = "", place: str = "",
           style: Style | None = None, fallback: Style = "party") -> AgencyProfile:
        """The profile of an issuer in the format its names call for (``fallback`` when they do not
        say); a ``style`` asked for is checked against the names (:class:`StyleMismatchError`)."""
        return cls(parent_body, issuing_body, symbol, place,
                   style or issuer_style(parent_body, issuing_body) or fallback)


@dataclass
class Paragraph:
    """A paragraph of body text.

    ``style``: body | italic | bold | bold_italic.  ``align``: justify (default) | left | center |
    right.  ``indent``: first-line indent in mm (``None``: the layout's default for justified
    body text, 0 otherwise).  ``size``: font size in pt (``None``: the layout's body size).
    ``"\\n"`` in the text starts a new line inside the paragraph.
    ``lead``: words printed bold before the text on its first line, e.g. ``Paragraph("Tặng …",
    lead="Điều 1.")`` (the article number of a decision); a space separates them.
    """

    text: str
    style: ParagraphStyle = "body"
    align: Align = "justify"
    indent: float | None = None
    size: float | None = None
    lead: str = ""


@dataclass
class Heading:
    """A numbered section heading, e.g. ``Heading("I. LÃNH ĐẠO, CHỈ ĐẠO")``.

    Printed bold at the paragraph indent (level 1 and 2), bold italic (level 3); kept on the same
    page as what follows.  The builder writes the numbering into the text.
    """

    text: str
    level: int = 1
    align: Align = "left"


@dataclass
class Column:
    """One table column.

    ``width`` is relative (the renderer scales all widths to the text width / sheet width).
    ``kind`` decides formatting: text; int (plain integer, e.g. TT or a year); number (grouped
    count "6.540", decimals with a comma); money (integer đồng, "7.020.000" in PDF, ``#,##0`` in
    Excel); date ("dd/mm/yyyy", a real date in Excel); percent (a fraction: 0.85 -> "85%", "85,0%" with decimals=1).
    ``align``: ``None`` = by kind (text left, int/date centre, number/money/percent right).
    ``wrap=False`` keeps a text cell on one line; numbers, money, dates and percentages are always
    on one line (never "51.540.00" / "0").  A one-line column is made as wide as its widest cell
    (the total included) when the rows can be read twice, else its text is shrunk to fit.
    ``group``: title of a spanning group header; consecutive columns with the same group share
    a two-level header, columns without a group span both header rows.
    ``decimals``: digits after the comma for number/percent.
    ``max_lines``: in print, at most this many lines of a wrapped cell, the last one ending in "…"
    when the text is longer (a dense register; the workbook keeps the whole text).
    ``in_print=False`` leaves the column out of the printed table — e.g. the unit of a list grouped
    by unit, whose group row already names it; the workbook keeps it, so that every row stands
    alone there (filtering, sorting, importing the list back).
    """

    title: str
    width: float = 1.0
    align: Literal["left", "center", "right"] | None = None
    wrap: bool = True
    kind: ColumnKind = "text"
    group: str | None = None
    decimals: int = 0
    max_lines: int | None = None
    in_print: bool = True

    @property
    def one_line(self) -> bool:
        """Cells never wrap: a number, amount, date or percentage, or text with ``wrap=False``."""
        return not self.wrap or self.kind != "text"

    @property
    def effective_align(self) -> str:
        if self.align is not None:
            return self.align
        if self.kind in ("int", "date"):
            return "center"
        if self.kind in ("number", "money", "percent"):
            return "right"
        return "left"


@dataclass
class Row:
    """A normal table row: one value per column (``None`` for empty)."""

    cells: Sequence[CellValue]
    bold: bool = False


@dataclass
class SectionRow:
    """A row spanning all columns that opens a section, e.g. "I. TẬP THỂ" (bold).

    ``level=2`` prints bold italic (a sub-section such as "1. Khối Đảng").
    """

    text: str
    level: int = 1


@dataclass
class TotalRow:
    """A bold totals row: ``label`` spans the first ``span`` columns, ``values`` fill the rest.

    ``span`` defaults to ``len(columns) - len(values)``, so ``TotalRow("Tổng cộng", [7_020_000])``
    puts the label across all but the last column and the sum under the last column.
    """

    label: str = "Tổng cộng"
    values: Sequence[CellValue] = ()
    span: int | None = None

    def label_span(self, n_columns: int) -> int:
        """How many leading columns the label takes in a table of ``n_columns`` (1 … n_columns)."""
        span = self.span if self.span is not None else n_columns - len(self.values)
        return max(1, min(span, n_columns))


TableItem: TypeAlias = Union[Row, SectionRow, TotalRow, Sequence[CellValue]]  # noqa: UP007
"""One item of ``Table.rows``; a bare tuple/list is taken as ``Row(cells)``."""

RowSource: TypeAlias = Union[Iterable[TableItem], Callable[[], Iterable[TableItem]]]  # noqa: UP007


@dataclass
class Table:
    """A table with column specs and a stream of rows.

    ``rows`` is an iterable consumed once per render (a generator is fine: 30,000 rows stream
    without being held in memory), or a zero-argument callable returning a fresh iterable,
    which lets the same Document be rendered to PDF and to Excel.  Rendering a Document twice
    with a one-shot iterator raises ``RuntimeError`` rather than silently printing an empty table.

    ``empty_text`` is shown (one row across all columns) when there are no rows.
    ``caption``: a bold centred line above the table (e.g. "Biểu 2: Kết quả theo lĩnh vực").
    ``sheet_name``: Excel sheet name for this table (see the XLSX renderer's sheet rules).
    ``font_size``: pt, ``None`` = the layout's table size.
    """

    columns: Sequence[Column]
    rows: RowSource = ()
    empty_text: str = "Không có dữ liệu"
    caption: str | None = None
    sheet_name: str | None = None
    font_size: float | None = None
    _consumed: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")

    @property
    def rereadable(self) -> bool:
        """The rows can be read more than once (a list, or a callable giving fresh rows)."""
        return callable(self.rows) or iter(self.rows) is not self.rows

    @property
    def has_groups(self) -> bool:
        return any(c.group for c in self.columns)

    def iter_rows(self) -> Iterator[Row | SectionRow | TotalRow]:
        """The rows as model objects (tuples become :class:`Row`), consumed lazily."""
        src = self.rows
        if callable(src):
            src = src()
        else:
            is_iterator = iter(src) is src
            if is_iterator:
                if self._consumed:
                    raise RuntimeError(
                        "Table.rows is a one-shot iterator that was already rendered; pass a list "
                        "or a callable returning a fresh iterator to render the table again")
                self._consumed = True
        for item in src:
            if isinstance(item, (Row, SectionRow, TotalRow)):
                yield item
            elif isinstance(item, str):
                raise TypeError(f"a table row must be a sequence of cells, not the string {item!r}")
            else:
                yield Row(item)


@dataclass
class Signature:
    """The signature block, e.g. ``Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích")``.

    ``authority`` is the "thẩm quyền" line (K/T TRƯỞNG BAN, T/M BAN THƯỜNG VỤ, TM. ỦY BAN NHÂN
    DÂN, KT. CHỦ TỊCH); empty when the head signs in person (then ``title`` = "TRƯỞNG BAN").
    ``stamp_space``: leave room for the signature and seal (the layout decides how much).
    ``signed_note``: text printed in that room on copies, e.g. "(Đã ký)".
    """

    authority: str = ""
    title: str = ""
    name: str = ""
    stamp_space: bool = True
    signed_note: str | None = None


@dataclass
class Recipients:
    """"Nơi nhận:" and its items; write the items as they should print ("- Như trên;",
    "- Lưu: VT, NV."), the last one conventionally "- Lưu ..."."""

    items: Sequence[str] = ()
    heading: str = "Nơi nhận:"


Block: TypeAlias = Union[Paragraph, Heading, Table]  # noqa: UP007


@dataclass
class Document:
    """One official document (see the module docstring for the picture).

    ``number``: the full number line as printed; build it with :func:`number_line`.
    ``date``: the issue date; ``place_date`` overrides the whole place-date line (e.g. a draft
    "Kiên Giang, ngày     tháng     năm 2025"); with neither, no date line is printed.
    ``place``: overrides ``profile.place`` for the date line.
    ``signatures``: one :class:`Signature` (printed on the right), or two (a joint document:
    left and right, recipients below them).
    ``sheet_name``: default Excel sheet name for this document's first sheet.
    ``show_header=False`` omits the agency/national header (e.g. a bare appendix table).
    """

    profile: AgencyProfile
    title: str = ""
    subject: str | Sequence[str] = ()
    number: str | None = None
    date: _dt.date | None = None
    place: str | None = None
    place_date: str | None = None
    summary: str | None = None
    appendix: str | None = None
    blocks: list[Block] = field(default_factory=list)
    signatures: Signature | Sequence[Signature] | None = None
    recipients: Recipients | None = None
    orientation: Orientation = "portrait"
    sheet_name: str | None = None
    show_header: bool = True

    def __post_init__(self) -> None:
        if self.orientation not in ("portrait", "landscape"):
            raise ValueError(f"orientation must be 'portrait' or 'landscape', not {self.orientation!r}")

    # -- derived, used by both renderers ------------------------------------------------------
    @property
    def style(self) -> Style:
        return self.profile.style

    @property
    def subject_lines(self) -> list[str]:
        if isinstance(self.subject, str):
            return [self.subject] if self.subject else []
        return [s for s in self.subject if s]

    @property
    def signature_list(self) -> list[Signature]:
        if self.signatures is None:
            return []
        if isinstance(self.signatures, Signature):
            return [self.signatures]
        return list(self.signatures)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def place_date_text(self) -> str | None:
        """The place-date line as printed, or ``None``."""
        if self.place_date is not None:
            return self.place_date
        if self.date is None:
            return None
        return place_date_line(self.place if self.place is not None else self.profile.place, self.date)


@dataclass
class DocumentSet:
    """Several documents rendered together: one PDF (each document from a new page, with its own
    page numbers and orientation) or one workbook (one sheet per table; a document without
    tables gets one sheet of its own)."""

    documents: list[Document] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Text helpers shared by builders and renderers
# ---------------------------------------------------------------------------------------------

def date_parts(d: _dt.date) -> tuple[str, str, str]:
    """(day, month, year) as written in a date line: a leading zero for day < 10 and for the
    months 1 and 2 only (NĐ 30/2020 and 36-HD/VPTW): 05, 02, 2021 / 15, 4, 2021."""
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return day, month, str(d.year)


def place_date_line(place: str, d: _dt.date) -> str:
    """``"Kiên Giang, ngày 15 tháng 4 năm 2021"``; without a place: ``"Ngày 15 tháng 4 năm 2021"``."""
    day, month, year = date_parts(d)
    if place:
        return f"{place}, ngày {day} tháng {month} năm {year}"
    return f"Ngày {day} tháng {month} năm {year}"


def number_line(style: Style, number: str | int | None, type_code: str = "", symbol: str = "") -> str:
    """The number line as printed.

    party: ``number_line("party", 415, "KH", "BDVTU")`` -> ``"Số 415-KH/BDVTU"`` (no colon);
    state: ``number_line("state", 816, "", "UBND-KGVX")`` -> ``"Số: 816/UBND-KGVX"``,
    ``number_line("state", 12, "QĐ", "UBND")`` -> ``"Số: 12/QĐ-UBND"``.
    ``number=None`` leaves the blank a clerk fills by hand: ``"Số      -KH/BDVTU"``.
    """
    num = "     " if number is None or number == "" else str(number)
    if style == DocumentStyle.PARTY:
        code = f"-{type_code}" if type_code else ""
        sym = f"/{symbol}" if symbol else ""
        return f"Số {num}{code}{sym}"
    code = f"/{type_code}" if type_code else ""
    sym = (f"-{symbol}" if type_code else f"/{symbol}") if symbol else ""
    return f"Số: {num}{code}{sym}"


def format_date(d: _dt.date) -> str:
    """dd/mm/yyyy, as in tables."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _group(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ".".join(reversed(out))


def format_number(value: int | float | Decimal, decimals: int = 0, grouping: bool = True) -> str:
    """Vietnamese number: dot thousands separator, comma decimals (7.020.000; 12,5)."""
    if decimals == 0 and isinstance(value, int):
        return f"{value:,}".replace(",", ".") if grouping else str(value)
    neg = value < 0
    q = abs(Decimal(str(value))) if not isinstance(value, Decimal) else abs(value)
    q = round(q, decimals)
    text = f"{q:.{decimals}f}"
    whole, _, frac = text.partition(".")
    whole = _group(whole) if grouping else whole
    out = f"{whole},{frac}" if frac else whole
    return f"-{out}" if neg and q != 0 else out


_ROMAN_DIGITS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Roman numeral of a section number: 1 -> "I", 11 -> "XI", 49 -> "XLIX" (1 ≤ n ≤ 3999)."""
    if not 1 <= n <= 3999:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, letters in _ROMAN_DIGITS:
        q, n = divmod(n, value)
        out.append(letters * q)
    return "".join(out)


def format_money(value: int | float | Decimal) -> str:
    """Money in đồng, no decimals: 7020000 -> "7.020.000"."""
    return format_number(value, 0)


def format_cell(column: Column, value: CellValue) -> str:
    """A cell value as printed in the PDF for its column kind (strings pass through)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "Có" if value else "Không"
    kind = column.kind
    if isinstance(value, (_dt.date, _dt.datetime)):
        return format_date(value)
    if kind == "money":
        return format_money(value)
    if kind == "number":
        return format_number(value, column.decimals)
    if kind == "percent":
        return format_number(Decimal(str(value)) * 100, column.decimals) + "%"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return str(value)
    # a non-integer in an int/text column: plain, with a decimal comma
    if isinstance(value, Decimal):
        return f"{value:f}".replace(".", ",")
    return f"{value:g}".replace(".", ",")
