"""Column widths shared by the renderers: the designed (relative) widths, widened where the content needs it.

A column whose cells never wrap (numbers, money, dates, and text columns with ``wrap=False``; see
:attr:`Column.one_line`) must be as wide as its widest cell — the total included, which is printed
bold — or "51.540.000" breaks into "51.540.00" / "0" and a row number 1000 into "100" / "0".  Every
column must also hold the longest word of its title and of its short texts ("Huyện", not "Huyệ" /
"n").  :func:`content_widths` measures the cells (a pass over the rows, when the table can be read
twice) and :func:`fit_widths` gives the widened columns their room out of the others, in
proportion to the designed widths.  :func:`printed_view` leaves out the columns not printed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from dvdesk.services.documents.model import Row, SectionRow, Table, TotalRow, format_cell
from dvdesk.services.render.text import Measurer, clean

#: a wrapping cell up to this many characters is a label ("Xã/cơ sở", "Nhân rộng (tiêu biểu)"): its
#: column is made wide enough for its longest word, which is never broken between letters
SHORT_TEXT = 40


def content_widths(table: Table, m: Measurer, regular: str, bold: str, size: float) -> dict[int, float]:
    """The narrowest each column may be for its content (pt, padding excluded): the widest cell of a
    one-line column (the total row in bold), the longest word of the short texts of the others.

    Empty when the rows are a one-shot iterator (they cannot be read before the render reads
    them): the renderer then relies on the designed widths and shrinks or breaks what does not fit."""
    cols = list(table.columns)
    if not table.rereadable:
        return {}
    one_line = [i for i, c in enumerate(cols) if c.one_line]
    wrapping = [i for i, c in enumerate(cols) if not c.one_line]
    best: dict[int, float] = dict.fromkeys(range(len(cols)), 0.0)
    # a one-line text of the same length in the same column rarely differs by more than a digit's
    # width: measure it only when it is at least as long as the longest so far, minus 2
    longest: dict[int, int] = dict.fromkeys(one_line, 0)
    seen: dict[int, set[str]] = {i: set() for i in wrapping}
    for item in table.iter_rows():
        if isinstance(item, Row):
            font, cells, offset = (bold if item.bold else regular), item.cells, 0
        elif isinstance(item, TotalRow):
            font, cells, offset = bold, list(item.values), item.label_span(len(cols))
        else:
            continue
        n = len(cells)
        for i in one_line:
            j = i - offset
            if j < 0 or j >= n or cells[j] is None:
                continue
            v = cells[j]
            text = v if type(v) is str else format_cell(cols[i], v)
            k = len(text)
            if k + 2 < longest[i]:
                continue
            if not text.isascii():
                text = clean(text)
            w = m.width(text.replace("\n", " "), font, size)
            if w > best[i]:
                best[i] = w
            if k > longest[i]:
                longest[i] = k
        for i in wrapping:
            j = i - offset
            if j < 0 or j >= n:
                continue
            v = cells[j]
            if type(v) is not str or not v or len(v) > SHORT_TEXT or v in seen[i]:
                continue
            seen[i].add(v)
            w = max(m.width(word, font, size) for word in clean(v).split() or [""])
            if w > best[i]:
                best[i] = w
    return {i: w for i, w in best.items() if w > 0}


def title_word_widths(table: Table, m: Measurer, bold: str, size: float) -> list[float]:
    """The widest word of each column title (bold): a title may wrap between words, never inside one."""
    return [max((m.width(w, bold, size) for w in clean(c.title).split()), default=0.0) for c in table.columns]


def fit_widths(relative: list[float], minimum: list[float], total: float) -> list[float]:
    """Widths summing to ``total``: proportional to ``relative``, but none below its ``minimum``.

    The columns held at their minimum take their room from the others, in proportion to the
    others' relative widths; when even the minimums do not fit, all are scaled down together."""
    n = len(relative)
    rel = [max(r, 0.0) or 1.0 for r in relative]
    need = sum(minimum)
    if need >= total:
        return [total * x / need for x in minimum] if need > 0 else [total / n] * n
    fixed: set[int] = set()
    while True:
        free = total - sum(minimum[i] for i in fixed)
        free_rel = sum(rel[i] for i in range(n) if i not in fixed)
        widths = [minimum[i] if i in fixed else free * rel[i] / free_rel for i in range(n)]
        short = {i for i in range(n) if i not in fixed and widths[i] < minimum[i] - 1e-9}
        if not short:
            return widths
        fixed |= short


def printed_view(table: Table) -> Table:
    """The table as printed: without its columns marked ``in_print=False`` (cells and total spans
    mapped); the table itself when it prints every column.  Rows are still read lazily, and a
    one-shot iterator stays one-shot."""
    cols = list(table.columns)
    keep = [i for i, c in enumerate(cols) if c.in_print]
    if len(keep) == len(cols):
        return table
    if not keep:
        raise ValueError("a table needs at least one printed column")

    def mapped() -> Iterator[Row | SectionRow | TotalRow]:
        for item in table.iter_rows():
            if isinstance(item, Row):
                cells = item.cells
                yield Row([cells[i] if i < len(cells) else None for i in keep], bold=item.bold)
            elif isinstance(item, TotalRow):
                values = list(item.values)
                span = item.label_span(len(cols))
                shown_span = max(1, sum(1 for i in keep if i < span))
                shown = [values[i - span] if i - span < len(values) else None for i in keep if i >= span]
                yield TotalRow(item.label, shown, span=shown_span)
            else:
                yield item

    return replace(table, columns=[cols[i] for i in keep], rows=mapped if table.rereadable else mapped())
