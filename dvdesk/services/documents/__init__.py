"""Neutral document model and the official layout profiles (no rendering here).

Build a :class:`Document` (or a :class:`DocumentSet`) and hand it to
``dvdesk.services.render.render_pdf`` / ``render_xlsx``.
"""

from dvdesk.services.documents.layouts import LAYOUTS, PARTY, STATE, Layout, layout_for
from dvdesk.services.documents.model import (
    AgencyProfile,
    Block,
    CellValue,
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
    date_parts,
    format_cell,
    format_date,
    format_money,
    format_number,
    number_line,
    place_date_line,
    roman,
)

__all__ = [
    "LAYOUTS",
    "PARTY",
    "STATE",
    "AgencyProfile",
    "Block",
    "CellValue",
    "Column",
    "Document",
    "DocumentSet",
    "Heading",
    "Layout",
    "Paragraph",
    "Recipients",
    "Row",
    "SectionRow",
    "Signature",
    "Table",
    "TotalRow",
    "date_parts",
    "format_cell",
    "format_date",
    "format_money",
    "format_number",
    "layout_for",
    "number_line",
    "place_date_line",
    "roman",
]
