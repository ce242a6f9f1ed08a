"""Official layout profiles: every size and margin of the two document formats, as data.

``PARTY`` follows Hướng dẫn 36-HD/VPTW (2018) for Party documents (Ban Dân vận, Tỉnh ủy);
``STATE`` follows Nghị định 30/2020/NĐ-CP for state documents (UBND, sở).  Defaults are those of
``DOMAIN.md`` §4.  Rules change (Quy định 399-QĐ/TW of 2026 may move things), so nothing is
hard-coded in the renderers: tweak a profile with :func:`dataclasses.replace`::

    from dataclasses import replace
    wide = replace(PARTY, margin_left=35, table_font_size=13)

Lengths are in millimetres, font sizes in points, ``*_leading`` are line-height multipliers of
the font size, ``*_space``/``*_gap`` are points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dvdesk.domain.vocab import DocumentStyle


@dataclass(frozen=True)
class Layout:
    name: str

    # -- paper -----------------------------------------------------------------------------
    page_width: float = 210.0           # mm, A4 portrait; landscape swaps width and height
    page_height: float = 297.0
    margin_top: float = 20.0
    margin_bottom: float = 20.0
    margin_left: float = 30.0
    margin_right: float = 15.0

    # -- header: two columns, agency left, national heading right ----------------------------
    header_left_ratio: float = 0.45     # share of the text width for the left (agency) column
    header_leading: float = 1.2
    national_heading: str = "ĐẢNG CỘNG SẢN VIỆT NAM"
    national_heading_size: float = 15.0
    national_motto: str | None = None   # state: "Độc lập - Tự do - Hạnh phúc"
    national_motto_size: float = 14.0
    national_rule_ratio: float = 1.0    # underline of the last national line, × its text width
    rule_width: float = 0.6             # pt, thickness of header/title rules
    parent_size: float = 14.0           # parent body ("TỈNH ỦY KIÊN GIANG"), caps, regular
    parent_bold: bool = False
    issuing_size: float = 14.0          # issuing body ("BAN DÂN VẬN"), caps, bold
    issuing_bold: bool = True
    agency_mark: str | None = "*"       # party: "*" under the agency name
    agency_rule_ratio: float = 0.0      # state: short line under the agency, × its text width
    number_size: float = 14.0
    summary_size: float = 12.0          # "V/v ..." / trích yếu công văn under the number
    summary_italic: bool = True
    place_date_size: float = 14.0       # italic, right column, on the number's line

    # -- title block -------------------------------------------------------------------------
    title_gap_before: float = 18.0      # pt between the header and the title
    title_size: float = 16.0            # "DANH SÁCH", bold caps
    subject_size: float = 14.0          # subject lines, bold
    appendix_size: float = 14.0         # "(Kèm theo ...)", italic
    title_rule: Literal["dashes", "line", "none"] = "dashes"
    title_rule_text: str = "-----"
    title_rule_ratio: float = 0.33      # "line": length × the text width of the widest title line
    title_leading: float = 1.2
    title_gap_after: float = 12.0

    # -- body --------------------------------------------------------------------------------
    body_size: float = 14.0
    body_leading: float = 1.2
    body_indent: float = 10.0           # mm, first-line indent of justified paragraphs
    paragraph_space: float = 6.0        # pt after each paragraph
    heading_space_before: float = 6.0

    # -- tables ------------------------------------------------------------------------------
    table_font_size: float = 12.0
    table_leading: float = 1.15
    cell_pad_x: float = 1.2             # mm, left/right padding inside a cell
    cell_pad_y: float = 0.8             # mm, top/bottom padding inside a cell
    table_line_width: float = 0.5       # pt
    table_space_before: float = 6.0     # pt
    table_space_after: float = 6.0
    caption_size: float = 13.0          # "Biểu 1: ..." above a table, bold, centred

    # -- closing: recipients (left) and signature (right) ----------------------------------------
    closing_gap: float = 10.0           # pt between the content and the closing block
    signature_size: float = 14.0        # authority, title, name: bold caps / bold
    signature_leading: float = 1.2
    stamp_space: float = 25.0           # mm between the title and the name
    recipients_heading_size: float = 14.0
    recipients_heading_bold: bool = False
    recipients_heading_italic: bool = False
    recipients_heading_underline: bool = True
    recipients_size: float = 12.0
    recipients_leading: float = 1.15

    # -- page numbers --------------------------------------------------------------------------
    page_number_size: float = 14.0      # centred in the top margin, from page 2

    def page_size(self, orientation: str = "portrait") -> tuple[float, float]:
        """(width, height) in mm for the orientation."""
        w, h = self.page_width, self.page_height
        return (max(w, h), min(w, h)) if orientation == "landscape" else (min(w, h), max(w, h))


#: Party documents (Hướng dẫn 36-HD/VPTW).
PARTY = Layout(name=DocumentStyle.PARTY)

#: State documents (Nghị định 30/2020/NĐ-CP).
STATE = Layout(
    name=DocumentStyle.STATE,
    national_heading="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    national_heading_size=13.0,
    national_motto="Độc lập - Tự do - Hạnh phúc",
    national_motto_size=14.0,
    parent_size=13.0,
    issuing_size=13.0,
    agency_mark=None,
    agency_rule_ratio=0.4,
    number_size=13.0,
    summary_size=12.0,
    summary_italic=False,
    place_date_size=14.0,
    title_size=14.0,
    subject_size=14.0,
    appendix_size=14.0,
    title_rule="line",
    body_size=14.0,
    recipients_heading_size=12.0,
    recipients_heading_bold=True,
    recipients_heading_italic=True,
    recipients_heading_underline=False,
    recipients_size=11.0,
    page_number_size=13.0,
)

LAYOUTS: dict[str, Layout] = {DocumentStyle.PARTY: PARTY, DocumentStyle.STATE: STATE}


def layout_for(style: str) -> Layout:
    """The default profile for a document style ("party" or "state")."""
    try:
        return LAYOUTS[style]
    except KeyError:
        raise ValueError(f"unknown document style {style!r} ({'|'.join(DocumentStyle.codes())})") from None
