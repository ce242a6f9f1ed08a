"""Word renderer: render the documents, read the .docx back with python-docx and check what a clerk
gets in Word (real styles, fonts, sizes, sections, tables), then what LibreOffice prints from it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from dvdesk.services.documents import (
    PARTY,
    STATE,
    AgencyProfile,
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
    number_line,
)
from dvdesk.services.render import render
from dvdesk.services.render.docx import render_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

PARTY_PROFILE = AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "BDVTU", "Kiên Giang", "party")
STATE_PROFILE = AgencyProfile("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "UBND", "An Giang", "state")
SIGNER = Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích")
RECIPIENTS = Recipients(["- Thường trực Tỉnh ủy (b/c);", "- Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy;",
                         "- Lưu Văn phòng Ban."])
AWARD_COLUMNS = [
    Column("TT", 0.6, kind="int"),
    Column("Họ và tên", 2.2),
    Column("Chức vụ, đơn vị", 3.0),
    Column("Thành tích", 3.5),
    Column("Số tiền (đồng)", 1.6, kind="money"),
]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Dũng", "Phạm Thị Thu Hà", "Huỳnh Văn Hải"]


def award_rows(n_collective: int = 2, n_individual: int = 8) -> Iterator:
    yield SectionRow("I. TẬP THỂ")
    for i in range(1, n_collective + 1):
        yield Row([i, "Hội Nông dân xã Tân Hiệp", "", "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
                   1_420_000])
    yield SectionRow("II. CÁ NHÂN")
    yield SectionRow("1. Khối Đảng", level=2)
    for i in range(1, n_individual + 1):
        yield Row([i, NAMES[i % 5], "Chủ tịch Hội Nông dân xã", "Tuyên truyền, vận động Nhân dân hiến đất", 710_000])
    yield TotalRow("Tổng cộng", [n_collective * 1_420_000 + n_individual * 710_000])


def party_doc(**kw) -> Document:
    args = dict(
        title="Quyết định",
        subject=["về việc tặng Giấy khen", "trong phong trào thi đua “Dân vận khéo” năm 2025"],
        number=number_line("party", 12, "QĐ", "BDVTU"),
        date=dt.date(2025, 10, 10),
        appendix="(Kèm theo Kế hoạch số 15-KH/BDVTU ngày 02/01/2025 của Ban Dân vận Tỉnh ủy)",
        blocks=[
            Paragraph("- Căn cứ Quy chế làm việc của Ban Dân vận Tỉnh ủy;\n- Xét đề nghị của Phòng Dân vận,"),
            Heading("I. LÃNH ĐẠO, CHỈ ĐẠO"),
            Paragraph("Tặng Giấy khen cho 2 tập thể và 8 cá nhân (có danh sách kèm theo).", lead="Điều 1."),
            Heading("1. Kết quả", level=2),
            Heading("a) Chi tiết", level=3),
            Paragraph("Ghi chú in nghiêng.", style="italic", align="left"),
            Paragraph("QUYẾT ĐỊNH", style="bold", align="center", size=15),
            Table(AWARD_COLUMNS, list(award_rows()), caption="Biểu 1: Danh sách khen thưởng"),
            Paragraph("Tổng số: 2 tập thể, 8 cá nhân.", style="bold_italic", indent=0),
        ],
        signatures=SIGNER,
        recipients=RECIPIENTS,
    )
    args.update(kw)
    return Document(PARTY_PROFILE, **args)


GROUPED = [
    Column("Đơn vị", 3),
    Column("Đăng ký", 1, kind="number", group="Mô hình"),
    Column("Công nhận", 1, kind="number", group="Mô hình"),
    Column("Tỷ lệ", 1, kind="percent", decimals=1),
    Column("Ghi chú riêng", 1, in_print=False),
]


def state_doc(**kw) -> Document:
    args = dict(
        title="Báo cáo",
        subject="Kết quả phong trào thi đua “Dân vận khéo” năm 2025",
        number=number_line("state", 816, "", "UBND-KGVX"),
        date=dt.date(2025, 2, 5),
        summary="V/v báo cáo kết quả phong trào thi đua “Dân vận khéo” năm 2025",
        blocks=[
            Paragraph("Thực hiện Kế hoạch số 15-KH/BDVTU, Ủy ban nhân dân tỉnh báo cáo như sau:"),
            Table(GROUPED, [Row(["Huyện Châu Thành", 6540, 5000, 0.765, "không in"]),
                            TotalRow("Tổng cộng", [6540, 5000, 0.765, "không in"])]),
        ],
        signatures=Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Văn Bình",
                             signed_note="(Đã ký)"),
        recipients=Recipients(["- Ban Dân vận Tỉnh ủy;", "- Lưu: VT, NC."]),
    )
    args.update(kw)
    return Document(STATE_PROFILE, **args)


def rendered(tmp_path: Path, doc, name: str = "out.docx", layout=None) -> docx.document.Document:
    path = tmp_path / name
    render_docx(doc, path, layout)
    return docx.Document(str(path))


def effective(par, run, attr: str):
    """A run property as Word shows it: the run's own, else its paragraph style's (through basedOn)."""
    value = getattr(run.font, attr) if run is not None else None
    style = par.style
    while value is None and style is not None:
        value = getattr(style.font, attr)
        style = style.base_style
    return value


def texts(cell_or_doc) -> list[str]:
    return [p.text for p in cell_or_doc.paragraphs if p.text]


def body_paragraphs(d) -> list:
    return [p for p in d.paragraphs if p.text]


def para(d, text: str):
    """The paragraph of ``text`` (a centred line the renderer wrapped with line breaks matches too)."""
    return next(p for p in d.paragraphs if p.text == text or p.text.replace("\n", " ") == text)


def has_bottom_border(p) -> bool:
    return p._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None


def grid_span(cell) -> int:
    span = cell._tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return int(span.get(qn("w:val"))) if span is not None else 1


def tr_flags(row) -> set[str]:
    trpr = row._tr.find(qn("w:trPr"))
    return set() if trpr is None else {child.tag.split("}")[1] for child in trpr}


def unique_cells(row) -> list:
    """The cells of a row, a merged cell once (python-docx repeats it for every grid column)."""
    out = []
    for c in row.cells:
        if not out or c._tc is not out[-1]._tc:
            out.append(c)
    return out


# ---------------------------------------------------------------------------------------------
# header, number, place-date
# ---------------------------------------------------------------------------------------------

def test_party_header(tmp_path):
    d = rendered(tmp_path, party_doc())
    header = d.tables[0]
    left, right = header.rows[0].cells
    assert texts(left) == ["TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "*"]
    parent, issuing, star = left.paragraphs[:3]
    assert effective(parent, parent.runs[0], "bold") in (None, False)
    assert effective(issuing, issuing.runs[0], "bold") is True
    assert effective(star, star.runs[0], "bold") is False
    assert effective(issuing, issuing.runs[0], "size") == Pt(PARTY.issuing_size)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER or p.style.paragraph_format.alignment
               == WD_ALIGN_PARAGRAPH.CENTER for p in left.paragraphs)
    # the national heading, bold, with a line under it (an empty paragraph with a bottom border)
    assert texts(right) == ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    nat = right.paragraphs[0]
    assert nat.style.name == "Quốc hiệu"
    assert effective(nat, nat.runs[0], "bold") is True
    assert effective(nat, nat.runs[0], "size") == Pt(15)
    assert has_bottom_border(right.paragraphs[1]) and not right.paragraphs[1].text
    # the number under the agency, the italic place-date line on the right of the same row
    number, pdate = header.rows[1].cells
    assert texts(number) == ["Số 12-QĐ/BDVTU"]
    assert texts(pdate) == ["Kiên Giang, ngày 10 tháng 10 năm 2025"]
    p = pdate.paragraphs[0]
    assert effective(p, p.runs[0], "italic") is True
    # a borderless table: no lines, widths by the layout (the left column 45 % of the text width)
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    width = 210 - PARTY.margin_left - PARTY.margin_right
    assert left.width == pytest.approx(Mm(width * PARTY.header_left_ratio), rel=0.01)


def test_state_header_has_motto_rule_and_summary(tmp_path):
    d = rendered(tmp_path, state_doc())
    header = d.tables[0]
    left, right = header.rows[0].cells
    assert texts(left) == ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"]
    assert effective(left.paragraphs[1], left.paragraphs[1].runs[0], "bold") is True
    assert effective(left.paragraphs[0], left.paragraphs[0].runs[0], "size") == Pt(13)
    assert has_bottom_border(left.paragraphs[-1]) and "*" not in left.text  # a short line, no "*"
    assert texts(right) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert [p.style.name for p in right.paragraphs[:2]] == ["Quốc hiệu", "Tiêu ngữ"]
    assert has_bottom_border(right.paragraphs[-1])
    # the national heading never wraps: its column is as wide as it needs (13 pt bold ≈ 92 mm)
    assert right.width > Mm(95)
    number, pdate = header.rows[1].cells
    # a long "V/v" wraps into balanced lines (line breaks, no lone last word)
    assert [t.replace("\n", " ") for t in texts(number)] == [
        "Số: 816/UBND-KGVX", "V/v báo cáo kết quả phong trào thi đua “Dân vận khéo” năm 2025"]
    assert texts(number)[1].count("\n") == 1
    assert number.paragraphs[1].style.name == "Trích yếu công văn"
    assert texts(pdate) == ["An Giang, ngày 05 tháng 02 năm 2025"]


def test_no_header_and_no_date(tmp_path):
    d = rendered(tmp_path, party_doc(show_header=False, number=None, date=None))
    assert "ĐẢNG CỘNG SẢN" not in "\n".join(p.text for t in d.tables for p in t._cells[0].paragraphs)
    first = body_paragraphs(d)[0]
    assert first.text == "QUYẾT ĐỊNH" and first.paragraph_format.space_before == 0
    d = rendered(tmp_path, party_doc(number=None, date=None), "nodate.docx")
    assert len(d.tables[0].rows) == 1  # no number/date row


# ---------------------------------------------------------------------------------------------
# title block, paragraphs, headings, styles
# ---------------------------------------------------------------------------------------------

def test_title_block(tmp_path):
    d = rendered(tmp_path, party_doc())
    title = para(d, "QUYẾT ĐỊNH")  # printed in capitals
    assert title.style.name == "Title"
    assert title.style.font.bold is True and title.style.font.size == Pt(PARTY.title_size)
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    subject = para(d, "về việc tặng Giấy khen")
    assert subject.style.name == "Trích yếu" and subject.style.font.bold is True
    assert para(d, "trong phong trào thi đua “Dân vận khéo” năm 2025").style.name == "Trích yếu"
    appendix = para(d, "(Kèm theo Kế hoạch số 15-KH/BDVTU ngày 02/01/2025 của Ban Dân vận Tỉnh ủy)")
    assert appendix.style.name == "Kèm theo" and appendix.style.font.italic is True
    rule = para(d, "-----")
    assert rule.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    # state: a short line under the title block, no dashes
    d = rendered(tmp_path, state_doc(), "state.docx")
    assert para(d, "BÁO CÁO").style.font.size == Pt(STATE.title_size)
    assert "-----" not in [p.text for p in d.paragraphs]
    i = next(i for i, p in enumerate(d.paragraphs) if p.text.startswith("Kết quả phong trào"))
    assert has_bottom_border(d.paragraphs[i + 1])


def test_paragraphs_and_headings_use_real_word_styles(tmp_path):
    d = rendered(tmp_path, party_doc())
    body = para(d, "Điều 1. Tặng Giấy khen cho 2 tập thể và 8 cá nhân (có danh sách kèm theo).")
    assert body.style.name == "Normal"
    # the article number leads in bold, the text follows in the paragraph's own style
    lead, rest = body.runs
    assert lead.text == "Điều 1." and effective(body, lead, "bold") is True
    assert rest.text.startswith(" Tặng") and effective(body, rest, "bold") in (None, False)
    normal = d.styles["Normal"]
    assert normal.font.size == Pt(PARTY.body_size)
    assert normal.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert normal.paragraph_format.first_line_indent == pytest.approx(Mm(PARTY.body_indent), abs=Mm(0.1))
    assert normal.paragraph_format.space_after == Pt(PARTY.paragraph_space)
    # "\n" is a line break inside the paragraph, not a new paragraph
    lines = para(d, "- Căn cứ Quy chế làm việc của Ban Dân vận Tỉnh ủy;\n- Xét đề nghị của Phòng Dân vận,")
    assert lines._p.xpath(".//w:br")
    italic = para(d, "Ghi chú in nghiêng.")
    assert effective(italic, italic.runs[0], "italic") is True
    assert italic.alignment == WD_ALIGN_PARAGRAPH.LEFT and italic.paragraph_format.first_line_indent == 0
    centred = next(p for p in d.paragraphs if p.text == "QUYẾT ĐỊNH" and p.style.name == "Normal")
    assert centred.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert effective(centred, centred.runs[0], "bold") is True
    assert effective(centred, centred.runs[0], "size") == Pt(15)
    total = para(d, "Tổng số: 2 tập thể, 8 cá nhân.")
    assert effective(total, total.runs[0], "bold") and effective(total, total.runs[0], "italic")
    assert total.paragraph_format.first_line_indent == 0
    # headings: Heading 1/2/3, Times New Roman, black, bold (level 3 bold italic), kept with the next
    for text, name, italic_expected in (("I. LÃNH ĐẠO, CHỈ ĐẠO", "Heading 1", None),
                                        ("1. Kết quả", "Heading 2", None), ("a) Chi tiết", "Heading 3", True)):
        h = para(d, text)
        assert h.style.name == name
        st = h.style
        assert st.font.bold is True and bool(st.font.italic) is bool(italic_expected)
        assert st.font.name == "Times New Roman" and st.font.size == Pt(PARTY.body_size)
        assert st.font.color.rgb is None or str(st.font.color.rgb) == "000000"
        assert st.paragraph_format.keep_with_next is True


def test_times_new_roman_everywhere(tmp_path):
    d = rendered(tmp_path, party_doc())
    styles_xml = d.styles.element
    fonts = styles_xml.findall(f".//{qn('w:rFonts')}")
    assert fonts
    for rf in fonts:
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            assert rf.get(qn(f"w:{attr}")) == "Times New Roman"
        assert rf.get(qn("w:asciiTheme")) is None
    used = {p.style.name for p in d.paragraphs}
    for t in d.tables:
        for row in t.rows:
            for c in unique_cells(row):
                used |= {p.style.name for p in c.paragraphs}
    assert {"Normal", "Title", "Trích yếu", "Kèm theo", "Heading 1", "Heading 2", "Heading 3", "Quốc hiệu",
            "Cơ quan ban hành", "Ô bảng", "Đầu bảng", "Tên bảng", "Nơi nhận", "Chữ ký"} <= used
    # nothing in the body names another font
    assert not [rf for rf in d.element.body.iter(qn("w:rFonts"))
                if rf.get(qn("w:ascii")) not in (None, "Times New Roman")]


# ---------------------------------------------------------------------------------------------
# sections: paper, margins, orientation, page numbers
# ---------------------------------------------------------------------------------------------

def test_margins_orientation_and_page_numbers_per_section(tmp_path):
    d = rendered(tmp_path, DocumentSet([party_doc(), state_doc(orientation="landscape"), party_doc()]))
    assert len(d.sections) == 3
    for k, (section, lay) in enumerate(zip(d.sections, (PARTY, STATE, PARTY), strict=True)):
        landscape = k == 1
        assert section.orientation == (WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT)
        w, h = (297, 210) if landscape else (210, 297)
        assert section.page_width.mm == pytest.approx(w, abs=0.05)
        assert section.page_height.mm == pytest.approx(h, abs=0.05)
        for side in ("left", "right", "top", "bottom"):
            assert getattr(section, f"{side}_margin").mm == pytest.approx(getattr(lay, f"margin_{side}"), abs=0.05)
        assert section.start_type == WD_SECTION.NEW_PAGE
        # no number on page 1, "PAGE" centred in the header from page 2, counting from 1 in each section
        assert section.different_first_page_header_footer is True
        assert "PAGE" not in section.first_page_header._element.xml
        instr = "".join(section.header._element.xpath(".//w:instrText/text()"))
        assert instr.strip() == "PAGE"
        assert section.header.paragraphs[0].style.name == "Header"
        assert section.header.paragraphs[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    # each document opens with its own header table, in order
    heads = [t.rows[0].cells[1].paragraphs[0] for t in d.tables]
    assert [p.text for p in heads if p.style.name == "Quốc hiệu"] == [
        "ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"]


def test_mixed_set_keeps_each_layouts_sizes(tmp_path):
    """The styles hold the first document's layout; a State document in the same file gets its own
    sizes as direct formatting."""
    d = rendered(tmp_path, DocumentSet([party_doc(), state_doc()]))
    titles = [p for p in d.paragraphs if p.style.name == "Title"]
    assert [p.text for p in titles] == ["QUYẾT ĐỊNH", "BÁO CÁO"]
    assert effective(titles[0], titles[0].runs[0], "size") == Pt(16)
    assert effective(titles[1], titles[1].runs[0], "size") == Pt(14)
    heading = [p for t in d.tables for p in t._cells[1].paragraphs if p.style.name == "Quốc hiệu"]
    assert [effective(p, p.runs[0], "size") for p in heading] == [Pt(15), Pt(13)]


# ---------------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------------

def data_table(d):
    return next(t for t in d.tables if t.rows[0].cells[0].text in ("TT", "Đơn vị", "A"))


def test_award_table(tmp_path):
    d = rendered(tmp_path, party_doc())
    t = data_table(d)
    assert [c.text for c in t.rows[0].cells] == ["TT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích", "Số tiền (đồng)"]
    header = t.rows[0].cells[0].paragraphs[0]
    assert header.style.name == "Đầu bảng" and header.style.font.bold is True
    # the header row repeats on every page; no row splits across pages
    assert "tblHeader" in tr_flags(t.rows[0])
    assert all("cantSplit" in tr_flags(r) for r in t.rows)
    assert not any("tblHeader" in tr_flags(r) for r in t.rows[1:])
    # borders on every line
    borders = t._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}
    # section rows: one merged cell, bold; a level-2 row bold italic
    section = t.rows[1]
    assert len(unique_cells(section)) == 1 and grid_span(section.cells[0]) == 5
    assert section.cells[0].text == "I. TẬP THỂ"
    p = section.cells[0].paragraphs[0]
    assert effective(p, p.runs[0], "bold") is True and effective(p, p.runs[0], "italic") in (None, False)
    sub = next(r for r in t.rows if r.cells[0].text == "1. Khối Đảng")
    p = sub.cells[0].paragraphs[0]
    assert effective(p, p.runs[0], "bold") is True and effective(p, p.runs[0], "italic") is True
    # a data row: money grouped with dots and right-aligned, TT centred
    row = t.rows[2]
    assert [c.text for c in row.cells] == ["1", "Hội Nông dân xã Tân Hiệp", "",
                                           "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới", "1.420.000"]
    assert row.cells[4].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert row.cells[0].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert row.cells[1].paragraphs[0].style.name == "Ô bảng"
    assert row.cells[1].paragraphs[0].style.font.size == Pt(PARTY.table_font_size)
    # the total: label merged over the first four columns, bold, the sum under the amounts
    total = t.rows[-1]
    cells = unique_cells(total)
    assert [c.text for c in cells] == ["Tổng cộng", "8.520.000"]
    assert grid_span(cells[0]) == 4
    for c in cells:
        p = c.paragraphs[0]
        assert effective(p, p.runs[0], "bold") is True
    # the row before the total is kept with it
    assert t.rows[-2].cells[0].paragraphs[0].paragraph_format.keep_with_next is True
    # the caption above the table
    assert para(d, "Biểu 1: Danh sách khen thưởng").style.name == "Tên bảng"


def test_column_widths_follow_the_design_and_fill_the_text_width(tmp_path):
    d = rendered(tmp_path, party_doc())
    t = data_table(d)
    grid = [int(g.get(qn("w:w"))) for g in t._tbl.find(qn("w:tblGrid"))]
    text_width = (210 - PARTY.margin_left - PARTY.margin_right) * 1440 / 25.4
    assert sum(grid) == pytest.approx(text_width, abs=2)
    assert grid[3] > grid[2] > grid[1] > grid[0]  # 3.5 > 3.0 > 2.2 > 0.6
    assert t._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_grouped_header_and_hidden_column(tmp_path):
    d = rendered(tmp_path, state_doc())
    t = data_table(d)
    top, sub = t.rows[0], t.rows[1]
    assert "tblHeader" in tr_flags(top) and "tblHeader" in tr_flags(sub)
    assert [c.text for c in unique_cells(top)] == ["Đơn vị", "Mô hình", "Tỷ lệ"]
    assert grid_span(unique_cells(top)[1]) == 2
    # the ungrouped columns span both header rows (vertically merged)
    assert [c.text for c in sub.cells] == ["Đơn vị", "Đăng ký", "Công nhận", "Tỷ lệ"]
    merged = [tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") for tc in sub._tr.findall(qn("w:tc"))]
    assert [m is not None for m in merged] == [True, False, False, True]
    assert [m.get(qn("w:val")) for m in merged if m is not None] == [None, None]  # continue
    restart = [tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") for tc in top._tr.findall(qn("w:tc"))]
    assert [m.get(qn("w:val")) if m is not None else None for m in restart] == ["restart", None, "restart"]
    # the in_print=False column is left out; numbers and percentages in Vietnamese format
    assert [c.text for c in t.rows[2].cells] == ["Huyện Châu Thành", "6.540", "5.000", "76,5%"]
    assert "không in" not in d.element.body.xml
    assert [c.text for c in unique_cells(t.rows[3])] == ["Tổng cộng", "6.540", "5.000", "76,5%"]
    assert len(t.columns) == 4


def test_table_font_size_and_landscape_width(tmp_path):
    table = Table([Column("TT", 1, kind="int"), Column("Tên", 3)], [Row([1, "Một"])], font_size=10)
    d = rendered(tmp_path, state_doc(blocks=[table], orientation="landscape"))
    t = next(t for t in d.tables if t.rows[0].cells[0].text == "TT")
    for row in t.rows:
        for c in row.cells:
            p = c.paragraphs[0]
            assert effective(p, p.runs[0], "size") == Pt(10)
    grid = [int(g.get(qn("w:w"))) for g in t._tbl.find(qn("w:tblGrid"))]
    assert sum(grid) == pytest.approx((297 - STATE.margin_left - STATE.margin_right) * 1440 / 25.4, abs=2)


def test_empty_table_prints_empty_text(tmp_path):
    doc = party_doc(blocks=[Table([Column("TT", 1, kind="int"), Column("Tên", 3)], [],
                                  empty_text="Không có mô hình nào")])
    t = data_table(rendered(tmp_path, doc))
    assert len(t.rows) == 2
    cell = unique_cells(t.rows[1])
    assert len(cell) == 1 and cell[0].text == "Không có mô hình nào" and grid_span(cell[0]) == 2
    p = cell[0].paragraphs[0]
    assert effective(p, p.runs[0], "italic") is True and p.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_one_shot_rows_and_consecutive_tables(tmp_path):
    rows = (Row([i, f"Đơn vị {i}"]) for i in range(1, 4))
    cols = [Column("TT", 1, kind="int"), Column("Tên", 3)]
    doc = party_doc(blocks=[Table(cols, rows), Table(cols, [Row([9, "Khác"])])], signatures=None, recipients=None)
    d = rendered(tmp_path, doc)
    data = [t for t in d.tables if t.rows[0].cells[0].text == "TT"]
    assert [[c.text for c in r.cells] for r in data[0].rows[1:]] == [["1", "Đơn vị 1"], ["2", "Đơn vị 2"],
                                                                     ["3", "Đơn vị 3"]]
    assert [c.text for c in data[1].rows[1].cells] == ["9", "Khác"]
    # a paragraph between the two tables: Word would join adjacent tables into one
    body = list(d.element.body)
    i = body.index(data[0]._tbl)
    assert body[i + 1].tag == qn("w:p") and body[i + 2] is data[1]._tbl


def test_literal_text_and_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    hostile = "<b>Tên</b> & “Trích” ='SUM(A1)"
    doc = party_doc(
        title=unicodedata.normalize("NFD", "Tờ trình"),
        blocks=[Paragraph("=1+1 & <script> \x07chuông\ttab"),
                Table([Column("Tên", 2), Column("Ghi chú", 2)],
                      [Row([nfd, hostile]), Row(["=HYPERLINK(\"x\")", "dòng 1\ndòng 2"])])])
    d = rendered(tmp_path, doc)
    assert para(d, "TỜ TRÌNH")
    assert para(d, "=1+1 & <script> chuông tab")
    t = next(t for t in d.tables if t.rows[0].cells[0].text == "Tên")
    assert t.rows[1].cells[0].text == "Nguyễn Thị Hồng Nhung"
    assert unicodedata.is_normalized("NFC", t.rows[1].cells[0].text)
    assert t.rows[1].cells[1].text == hostile
    assert t.rows[2].cells[0].text == "=HYPERLINK(\"x\")"
    assert t.rows[2].cells[1].text == "dòng 1\ndòng 2"
    with zipfile.ZipFile(tmp_path / "out.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "&lt;b&gt;Tên&lt;/b&gt; &amp; “Trích” ='SUM(A1)" in xml
    assert unicodedata.normalize("NFD", "Nguyễn") not in xml
    assert "<w:fldSimple" not in xml and "instrText" not in xml  # no field made from user text


# ---------------------------------------------------------------------------------------------
# closing: Nơi nhận and the signature
# ---------------------------------------------------------------------------------------------

def closing_table(d, first_text: str):
    return next(t for t in d.tables if any(p.text == first_text for c in t.rows[0].cells for p in c.paragraphs))


def test_party_closing(tmp_path):
    d = rendered(tmp_path, party_doc())
    t = closing_table(d, "Nơi nhận:")
    assert d.tables[-1]._tbl is t._tbl  # the last thing of the document
    left, right = t.rows[0].cells
    assert texts(left) == ["Nơi nhận:", *RECIPIENTS.items]
    heading = left.paragraphs[0]
    assert heading.style.name == "Nơi nhận"
    assert effective(heading, heading.runs[0], "underline") is True  # party: underlined, not bold
    assert effective(heading, heading.runs[0], "bold") in (None, False)
    item = left.paragraphs[1]
    assert item.style.name == "Nơi nhận - danh sách"
    assert effective(item, item.runs[0], "size") == Pt(PARTY.recipients_size)
    assert item.paragraph_format.first_line_indent < 0  # "- " hangs
    assert texts(right) == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"]
    for p in right.paragraphs:
        assert p.style.name == "Chữ ký"
        assert p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        if p.text:
            assert effective(p, p.runs[0], "bold") is True
    # room for the signature and seal between the title and the name
    stamp = next(p for p in right.paragraphs if not p.text)
    room = stamp.paragraph_format.space_before + stamp.paragraph_format.space_after
    assert room > Mm(PARTY.stamp_space) - Pt(PARTY.signature_size * 1.5)
    assert right.width > left.width
    assert {b.get(qn("w:val")) for b in t._tbl.tblPr.find(qn("w:tblBorders"))} == {"nil"}


def test_state_closing_and_signed_note(tmp_path):
    d = rendered(tmp_path, state_doc())
    t = closing_table(d, "Nơi nhận:")
    left, right = t.rows[0].cells
    heading = left.paragraphs[0]
    assert effective(heading, heading.runs[0], "bold") is True
    assert effective(heading, heading.runs[0], "italic") is True
    assert effective(heading, heading.runs[0], "size") == Pt(12)
    item = left.paragraphs[1]
    assert effective(item, item.runs[0], "size") == Pt(11)
    assert texts(right) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "(Đã ký)", "Trần Văn Bình"]
    note = right.paragraphs[2]
    assert effective(note, note.runs[0], "italic") is True and effective(note, note.runs[0], "bold") is False


def test_joint_signatures_side_by_side_recipients_below(tmp_path):
    sigs = [Signature("T/M BAN THƯỜNG VỤ", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A"),
            Signature("T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Bé")]
    d = rendered(tmp_path, party_doc(signatures=sigs))
    t = closing_table(d, "T/M BAN THƯỜNG VỤ")
    left, right = t.rows[0].cells
    assert texts(left) == ["T/M BAN THƯỜNG VỤ", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A"]
    assert texts(right) == ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Thị Bé"]
    assert left.width == pytest.approx(right.width, rel=0.01)
    body = list(d.element.body)
    after = [el for el in body[body.index(t._tbl) + 1:] if el.tag == qn("w:p")]
    assert [docx.text.paragraph.Paragraph(p, None).text for p in after][:4] == ["Nơi nhận:", *RECIPIENTS.items]


# ---------------------------------------------------------------------------------------------
# dispatch, atomic write, speed
# ---------------------------------------------------------------------------------------------

def test_render_dispatches_docx_by_suffix(tmp_path):
    render(party_doc(), tmp_path / "Quyết định.DOCX")
    assert docx.Document(str(tmp_path / "Quyết định.DOCX")).tables
    with pytest.raises(ValueError, match=r"\.docx"):
        render(party_doc(), tmp_path / "x.odt")
    with pytest.raises(ValueError):
        render_docx(DocumentSet([]), tmp_path / "empty.docx")


def test_failed_render_leaves_no_file(tmp_path):
    def rows():
        yield Row([1, "A"])
        raise RuntimeError("hỏng giữa chừng")

    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    doc = party_doc(blocks=[Table([Column("TT", 1, kind="int"), Column("Tên", 3)], rows())])
    with pytest.raises(RuntimeError):
        render_docx(doc, target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_large_table_is_fast(tmp_path):
    def rows():
        for i in range(1, 2001):
            yield Row([i, NAMES[i % 5], "Chủ tịch Hội Nông dân xã Tân Hiệp",
                       "Tuyên truyền, vận động Nhân dân hiến đất làm đường giao thông nông thôn", 710_000 + i])
        yield TotalRow("Tổng cộng", [sum(710_000 + i for i in range(1, 2001))])

    doc = party_doc(blocks=[Table(AWARD_COLUMNS, rows)])
    started = time.perf_counter()
    render_docx(doc, tmp_path / "big.docx")
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"2,000 rows took {elapsed:.2f} s"
    t = data_table(docx.Document(str(tmp_path / "big.docx")))
    assert len(t.rows) == 2002
    assert t.rows[2000].cells[4].text == "712.000"
    assert unique_cells(t.rows[-1])[-1].text == "1.422.001.000"


# ---------------------------------------------------------------------------------------------
# LibreOffice: what a clerk without Word prints
# ---------------------------------------------------------------------------------------------

@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_every_text(tmp_path):
    source = tmp_path / "set.docx"
    render_docx(DocumentSet([party_doc(), state_doc(orientation="landscape")]), source)
    profile = tmp_path / "lo-profile"
    r = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path / "out"), str(source)],
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    pdf = tmp_path / "out" / "set.pdf"
    assert pdf.exists(), r.stdout + r.stderr
    with pdfplumber.open(pdf) as p:
        pages = [page.extract_text() or "" for page in p.pages]
        sizes = [(round(page.width), round(page.height)) for page in p.pages]
    flat = " ".join(" ".join(pages).split())
    expected = [
        "TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-QĐ/BDVTU",
        "Kiên Giang, ngày 10 tháng 10 năm 2025", "QUYẾT ĐỊNH", "về việc tặng Giấy khen",
        "(Kèm theo Kế hoạch số 15-KH/BDVTU", "I. LÃNH ĐẠO, CHỈ ĐẠO", "Biểu 1: Danh sách khen thưởng",
        "I. TẬP THỂ", "II. CÁ NHÂN", "1. Khối Đảng", "1.420.000", "710.000", "Tổng cộng", "8.520.000",
        "Tổng số: 2 tập thể, 8 cá nhân.", "Nơi nhận:", "- Lưu Văn phòng Ban.", "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích",
        "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 816/UBND-KGVX", "An Giang, ngày 05 tháng 02 năm 2025", "BÁO CÁO", "Huyện Châu Thành", "6.540",
        "76,5%", "TM. ỦY BAN NHÂN DÂN", "(Đã ký)", "Trần Văn Bình",
    ]
    missing = [t for t in expected if t not in flat]
    assert not missing, missing
    # A4, the State report in landscape, and a sane page count (2 + 1: nothing lost, nothing blank)
    assert sizes[0] == (595, 842) and sizes[-1] == (842, 595)
    assert 2 <= len(pages) <= 4
    assert all(page.strip() for page in pages)
    # page numbers: none on the first page of a document
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in pages[0] and not pages[0].lstrip().startswith("1")
