"""XLSX renderer: open the workbook again with openpyxl (and look at the raw XML)."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import MergedCell

from dvdesk.services.documents import (
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
from dvdesk.services.render.xlsx import GROUPED, GROUPED_BIG, render_xlsx, safe_sheet_name

PARTY_PROFILE = AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "BDVTU", "Kiên Giang", "party")
STATE_PROFILE = AgencyProfile("UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ", "SNV", "Kiên Giang", "state")
COLUMNS = [
    Column("TT", 0.6, kind="int"),
    Column("Họ và tên", 2.2),
    Column("Chức vụ, đơn vị", 3.0),
    Column("Thành tích", 3.5),
    Column("Ngày quyết định", 1.4, kind="date"),
    Column("Số tiền (đồng)", 1.6, kind="money"),
]
LONG = ("Tuyên truyền, vận động Nhân dân hiến đất làm đường giao thông nông thôn, góp phần hoàn thành "
        "tiêu chí giao thông của xã nông thôn mới nâng cao")


def rows(n: int = 6) -> Iterator:
    yield SectionRow("I. TẬP THỂ")
    yield Row([1, "Hội Nông dân xã Tân Hiệp", "", LONG, dt.date(2025, 10, 10), 1_420_000])
    yield SectionRow("II. CÁ NHÂN")
    for i in range(1, n + 1):
        yield Row([i, f"Nguyễn Văn {i}", "Chủ tịch Hội Nông dân", "Điển hình tiên tiến", dt.date(2025, 10, 10),
                   710_000])
    yield TotalRow("Tổng cộng", [1_420_000 + n * 710_000])


def award_doc(**kw) -> Document:
    args = dict(
        title="Danh sách",
        subject=["tập thể, cá nhân được tặng Giấy khen"],
        number=number_line("party", 12, "QĐ", "BDVTU"),
        date=dt.date(2025, 10, 10),
        appendix="(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025 của Ban Dân vận Tỉnh ủy)",
        blocks=[Table(COLUMNS, rows(), sheet_name="Khen thưởng")],
        signatures=Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"),
        recipients=Recipients(["- Thường trực Tỉnh ủy (b/c);", "- Lưu Văn phòng Ban."]),
    )
    args.update(kw)
    return Document(PARTY_PROFILE, **args)


def write(tmp_path: Path, doc, name: str = "out.xlsx") -> Path:
    path = tmp_path / name
    render_xlsx(doc, path)
    return path


def cell_at(ws, text: str):
    for row in ws.iter_rows():
        for c in row:
            if c.value == text:
                return c
    raise AssertionError(f"{text!r} not in sheet {ws.title}")


def merged_range_of(ws, cell) -> str | None:
    for r in ws.merged_cells.ranges:
        if cell.coordinate in r:
            return str(r)
    return None


def sheet_xml(path: Path, index: int = 1) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


@pytest.fixture(scope="module")
def award_xlsx(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("xlsx"), award_doc())


@pytest.fixture(scope="module")
def award_ws(award_xlsx):
    return openpyxl.load_workbook(award_xlsx)["Khen thưởng"]


def test_header_title_and_closing_cells(award_ws):
    ws = award_ws
    assert ws["A1"].value == "TỈNH ỦY KIÊN GIANG"
    assert ws["A2"].value == "BAN DÂN VẬN" and ws["A2"].font.b
    assert ws["A3"].value == "*"
    heading = cell_at(ws, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert heading.row == 1 and heading.column > 1 and heading.font.b and heading.font.u == "single"
    number = cell_at(ws, "Số 12-QĐ/BDVTU")
    pdate = cell_at(ws, "Kiên Giang, ngày 10 tháng 10 năm 2025")
    assert number.row == pdate.row and number.column == 1 and pdate.column == heading.column
    assert pdate.font.i
    title = cell_at(ws, "DANH SÁCH")
    assert title.font.b and title.alignment.horizontal == "center"
    rec = cell_at(ws, "Nơi nhận:")
    assert rec.font.u == "single"
    sig = cell_at(ws, "K/T TRƯỞNG BAN")
    name = cell_at(ws, "Nguyễn Văn Phích")
    assert sig.row == rec.row and sig.column > rec.column and name.row > sig.row + 2 and name.font.b
    assert cell_at(ws, "- Lưu Văn phòng Ban.").column == 1


def test_title_rows_are_merged_across_the_table(award_ws):
    ws = award_ws
    last = openpyxl.utils.get_column_letter(len(COLUMNS))
    for text in ["DANH SÁCH", "tập thể, cá nhân được tặng Giấy khen",
                 "(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025 của Ban Dân vận Tỉnh ủy)"]:
        c = cell_at(ws, text)
        assert merged_range_of(ws, c) == f"A{c.row}:{last}{c.row}", text
    assert cell_at(ws, "(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025 của Ban Dân vận Tỉnh ủy)").font.i
    # the agency block and the national heading each span their own group of columns
    left = merged_range_of(ws, ws["A1"])
    right = merged_range_of(ws, cell_at(ws, "ĐẢNG CỘNG SẢN VIỆT NAM"))
    assert left and right and left.startswith("A1:") and right.endswith(f"{last}1")


def test_table_values_types_and_formats(award_ws):
    ws = award_ws
    hdr = cell_at(ws, "Họ và tên")
    r = hdr.row
    assert [ws.cell(r, i + 1).value for i in range(len(COLUMNS))] == [c.title for c in COLUMNS]
    assert all(ws.cell(r, i + 1).font.b for i in range(len(COLUMNS)))
    sec = ws.cell(r + 1, 1)
    assert sec.value == "I. TẬP THỂ" and sec.font.b
    assert merged_range_of(ws, sec) == f"A{r + 1}:F{r + 1}"
    first = r + 2
    tt, name, _unit, ach, date, money = (ws.cell(first, i) for i in range(1, 7))
    assert tt.value == 1 and tt.data_type == "n"
    assert name.value == "Hội Nông dân xã Tân Hiệp" and name.data_type == "s"
    assert ach.value == LONG and ach.alignment.wrap_text
    assert isinstance(date.value, dt.datetime) and date.value.date() == dt.date(2025, 10, 10)
    assert date.number_format == "dd/mm/yyyy" and date.is_date
    assert money.value == 1_420_000 and money.data_type == "n" and money.number_format == GROUPED
    assert money.alignment.horizontal == "right"
    # the wrapped row got a height for its lines (not every program auto-fits rows on opening)
    assert ws.row_dimensions[first].height > 3 * 12
    total = cell_at(ws, "Tổng cộng")
    assert total.font.b and merged_range_of(ws, total) == f"A{total.row}:E{total.row}"
    assert ws.cell(total.row, 6).value == f"=SUM(F{r + 1}:F{total.row - 1})"  # the sum of the rows above
    assert ws.cell(total.row, 6).number_format == GROUPED


def test_fonts_borders_and_print_setup(award_ws):
    ws = award_ws
    fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Times New Roman"}
    hdr = cell_at(ws, "Họ và tên")
    for r in range(hdr.row, ws.max_row):
        c = ws.cell(r, 2)
        if c.value in ("Nơi nhận:", None) and r > hdr.row + 10:
            break
        assert c.border.bottom.style == "thin" and c.border.top.style == "thin", r
        if not isinstance(c, MergedCell):
            assert c.border.left.style == "thin" and c.border.right.style == "thin", r
    assert ws.print_title_rows == f"${hdr.row}:${hdr.row}"
    ps = ws.page_setup
    assert int(ps.paperSize) == 9 and ps.orientation == "portrait"  # 9 = A4
    assert int(ps.fitToWidth) == 1 and int(ps.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_margins.left == pytest.approx(30 / 25.4, abs=0.01)
    assert ws.page_margins.right == pytest.approx(15 / 25.4, abs=0.01)
    assert ws.HeaderFooter.differentFirst and "&P" in ws.oddHeader.center.text
    widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, 7)]
    assert widths[3] > widths[1] > widths[0]  # from the relative column widths
    # widths count digits of the workbook's font, Times New Roman 12 (8 px): the grid is as wide
    # as the text of an A4 page (165 mm), printed at about 100 %
    assert ws.parent._fonts[0].name == "Times New Roman" and ws.parent._fonts[0].sz == 12
    assert 160 <= sum((8 * w + 5) * 0.75 for w in widths) / 72 * 25.4 <= 170


def test_raw_xml_has_only_the_totals_formula_and_ordered_rows(award_xlsx):
    xml = sheet_xml(award_xlsx)
    formulas = re.findall(r"<f>([^<]*)</f><v>([^<]*)</v>", xml)
    assert formulas == [(formulas[0][0], str(1_420_000 + 6 * 710_000))]  # with its value cached
    assert re.fullmatch(r"SUM\(F\d+:F\d+\)", formulas[0][0]) and len(re.findall(r"<f[ >]", xml)) == 1
    nums = [int(n) for n in re.findall(r'<row r="(\d+)"', xml)]
    assert nums == sorted(nums) and len(nums) == len(set(nums))
    ws = openpyxl.load_workbook(award_xlsx, read_only=True)["Khen thưởng"]
    assert ws.max_row == max(nums)


def test_formula_looking_and_markup_text_stays_text(tmp_path):
    tricky = ["=1+1", "+84 912 345 678", "-5", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\")", "#N/A",
              'Công ty <TNHH> & "Cổ phần"', "  khoảng trắng  ", "- Như trên;"]
    t = Table([Column("Nội dung", 3), Column("Số", 1, kind="money")], [Row([s, s]) for s in tricky])
    doc = award_doc(title="=TIÊU ĐỀ", subject=["+chủ đề"], blocks=[Paragraph("=SUM(1,2)"), t],
                    recipients=Recipients(["=x", "- Lưu VT."]))
    path = write(tmp_path, doc)
    ws = openpyxl.load_workbook(path).active
    for s in tricky:
        hits = [c for row in ws.iter_rows() for c in row if c.value == s]
        assert len(hits) == 2, s
        assert all(c.data_type == "s" for c in hits), s
    for s in ["=TIÊU ĐỀ", "+chủ đề", "=SUM(1,2)", "=x"]:
        c = cell_at(ws, s)
        assert c.data_type == "s"
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    assert "&lt;TNHH&gt; &amp; &quot;Cổ phần&quot;" in xml or "&lt;TNHH&gt; &amp; \"Cổ phần\"" in xml


def test_nfd_input_is_stored_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hương Ưng Đặng")
    t = Table([Column("Họ và tên")], [Row([nfd])])
    path = write(tmp_path, award_doc(blocks=[Paragraph(nfd), t], title=unicodedata.normalize("NFD", "Danh sách")))
    ws = openpyxl.load_workbook(path).active
    values = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(unicodedata.is_normalized("NFC", v) for v in values)
    assert values.count("Nguyễn Thị Hương Ưng Đặng") == 2
    assert "DANH SÁCH" in values


def test_empty_table_says_no_data(tmp_path):
    path = write(tmp_path, award_doc(blocks=[Table(COLUMNS, iter(()))]))
    ws = openpyxl.load_workbook(path).active
    c = cell_at(ws, "Không có dữ liệu")
    assert c.font.i and merged_range_of(ws, c) == f"A{c.row}:F{c.row}"
    assert cell_at(ws, "Họ và tên").row == c.row - 1
    assert cell_at(ws, "Nguyễn Văn Phích").row > c.row


def test_two_level_header_is_merged(tmp_path):
    cols = [Column("TT", 0.5, kind="int"), Column("Năm", 0.8, kind="int"),
            Column("Tập thể", 1, kind="number", group="Được công nhận"),
            Column("Cá nhân", 1, kind="number", group="Được công nhận"),
            Column("Tỷ lệ", 1, kind="percent", decimals=1)]
    t = Table(cols, [Row([1, 2024, 1200, 350, 0.853]), TotalRow("Tổng cộng", [1200, 350, 0.853], span=2)],
              caption="Biểu 1: Kết quả công nhận theo năm")
    path = write(tmp_path, award_doc(blocks=[t]))
    ws = openpyxl.load_workbook(path).active
    g = cell_at(ws, "Được công nhận")
    assert merged_range_of(ws, g) == f"C{g.row}:D{g.row}"
    assert ws.cell(g.row + 1, 3).value == "Tập thể" and ws.cell(g.row + 1, 4).value == "Cá nhân"
    year = cell_at(ws, "Năm")
    assert year.row == g.row and merged_range_of(ws, year) == f"B{g.row}:B{g.row + 1}"
    assert ws.print_title_rows == f"${g.row}:${g.row + 1}"
    cap = cell_at(ws, "Biểu 1: Kết quả công nhận theo năm")
    assert cap.row == g.row - 1 and cap.font.b
    data = ws.cell(g.row + 2, 3)
    assert data.value == 1200 and data.number_format == GROUPED
    pct = ws.cell(g.row + 2, 5)
    assert pct.value == pytest.approx(0.853) and pct.number_format == "0.0%"
    total = cell_at(ws, "Tổng cộng")
    assert merged_range_of(ws, total) == f"A{total.row}:B{total.row}"
    assert ws.cell(total.row, 3).value == f"=SUM(C{data.row}:C{data.row})" and ws.cell(total.row, 3).font.b
    assert ws.cell(total.row, 5).value == pytest.approx(0.853)  # a rate is no sum: its value


def test_one_sheet_per_table_with_safe_unique_names(tmp_path):
    def table(name, cap):
        return Table([Column("Chỉ tiêu", 3), Column("Số lượng", 1, kind="number")],
                     [Row(["Đăng ký", 10]), Row(["Công nhận", 7])], sheet_name=name, caption=cap)

    report = Document(STATE_PROFILE, title="Phụ lục", subject="Thống kê kết quả", date=dt.date(2025, 10, 15),
                      blocks=[Paragraph("Số liệu tính đến ngày 15/10/2025."),
                              table("Theo năm", "Biểu 1"),
                              Heading("Ghi chú"),
                              table("Theo lĩnh vực: kinh tế/xã hội [2025]", "Biểu 2"),
                              table("Theo năm", "Biểu 3"),
                              table(None, "Biểu 4"),
                              Paragraph("Nguồn: Ban Dân vận.")],
                      signatures=Signature("", "GIÁM ĐỐC", "Trần Văn B"))
    text_only = Document(PARTY_PROFILE, title="Báo cáo", blocks=[Paragraph("Nội dung báo cáo.")],
                         sheet_name="Báo cáo sơ kết")
    path = tmp_path / "set.xlsx"
    names = render_xlsx(DocumentSet([report, text_only]), path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == names
    assert names[0] == "Theo năm"
    assert names[1] == "Theo lĩnh vực- kinh tế-xã hội -"[:31] or len(names[1]) <= 31
    assert not any(ch in n for n in names for ch in "[]:*?/\\")
    assert len({n.lower() for n in names}) == len(names) == 5
    assert names[2] == "Theo năm (2)" and names[3].startswith("Biểu")
    assert names[4] == "Báo cáo sơ kết"
    s1, s2, s4 = wb[names[0]], wb[names[1]], wb[names[3]]
    assert cell_at(s1, "Số liệu tính đến ngày 15/10/2025.").row < cell_at(s1, "Biểu 1").row
    assert cell_at(s2, "Ghi chú").row < cell_at(s2, "Biểu 2").row
    assert cell_at(s4, "Nguồn: Ban Dân vận.").row > cell_at(s4, "Biểu 4").row
    assert cell_at(s4, "Trần Văn B")  # the closing goes on the last sheet of the document
    for ws in (s1, s2):
        assert cell_at(ws, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font.b  # every sheet has the header
        assert cell_at(ws, "Độc lập - Tự do - Hạnh phúc").font.u == "single"
        with pytest.raises(AssertionError):
            cell_at(ws, "Trần Văn B")
    assert cell_at(wb[names[4]], "Nội dung báo cáo.")


def test_safe_sheet_name_rules():
    taken: set[str] = set()
    assert safe_sheet_name("a/b\\c[d]e:f*g?h", taken) == "a-b-c-d-e-f-g-h"
    assert safe_sheet_name("x" * 40, taken) == "x" * 31
    assert safe_sheet_name("x" * 40, taken) == "x" * 27 + " (2)"
    assert safe_sheet_name("'quoted'", taken) == "quoted"
    assert safe_sheet_name("", taken) == "Sheet"
    assert safe_sheet_name("History", taken) == "History 1"
    assert safe_sheet_name("QUOTED", taken) == "QUOTED (2)"


def test_landscape_stream_and_dispatch(tmp_path):
    buf = io.BytesIO()
    render_xlsx(award_doc(orientation="landscape"), buf)
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active
    assert ws.page_setup.orientation == "landscape"
    widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, 7)]
    assert 245 <= sum((8 * w + 5) * 0.75 for w in widths) / 72 * 25.4 <= 260  # the landscape text width
    render(award_doc(), tmp_path / "d.xlsx")
    assert openpyxl.load_workbook(tmp_path / "d.xlsx").sheetnames == ["Khen thưởng"]
    assert not list(tmp_path.glob(".*.part"))


def test_failed_render_leaves_no_file(tmp_path):
    def bad():
        yield Row([1, "a", "", "", None, 1])
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        render_xlsx(award_doc(blocks=[Table(COLUMNS, bad())]), tmp_path / "bad.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_many_rows_stream_with_section_and_total_merges(tmp_path):
    n = 3000

    def gen():
        for k in range(3):
            yield SectionRow(f"{k + 1}. Khối {k + 1}", level=2)
            for i in range(n // 3):
                yield (i + 1, f"Người {k}-{i}", "Đơn vị", "=không phải công thức", dt.date(2025, 1, 1), 710_000)
        yield TotalRow("Tổng cộng", [n * 710_000])

    path = write(tmp_path, award_doc(blocks=[Table(COLUMNS, gen())]))
    ws = openpyxl.load_workbook(path, read_only=False).active
    hdr = cell_at(ws, "Họ và tên").row
    assert ws.cell(hdr + 1, 1).value == "1. Khối 1" and ws.cell(hdr + 1, 1).font.i
    assert ws.cell(hdr + 2 + n // 3, 1).value == "2. Khối 2"
    total = cell_at(ws, "Tổng cộng")
    assert total.row == hdr + n + 4
    assert ws.cell(total.row, 6).value == f"=SUM(F{hdr + 1}:F{total.row - 1})"
    cached = openpyxl.load_workbook(path, data_only=True).active
    assert cached.cell(total.row, 6).value == n * 710_000
    assert cell_at(ws, "Nguyễn Văn Phích").row > total.row
    assert len([r for r in ws.merged_cells.ranges if r.min_row > hdr]) >= 4 + 1


def test_one_line_columns_are_as_wide_as_their_widest_cell(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dvdesk.services.render.fonts import get_fonts

    cols = [Column("TT", 0.2, kind="int"), Column("Họ và tên", 6.0), Column("Tiền", 0.4, kind="money")]
    items = [Row([i, f"Nguyễn Văn {i}", 42_950]) for i in range(1, 1201)]
    items.append(TotalRow("Tổng cộng", [1200 * 42_950]))
    path = write(tmp_path, award_doc(blocks=[Table(cols, items)]))
    ws = openpyxl.load_workbook(path).worksheets[0]
    printed = [(8 * ws.column_dimensions[x].width + 5) * 0.75 for x in "ABC"]  # points (8 px a character)
    fonts = get_fonts()
    assert printed[0] >= stringWidth("1200", fonts.regular, 12) + 6
    assert printed[2] >= stringWidth("51.540.000", fonts.bold, 12) + 6
    assert printed[1] > 4 * printed[2]  # the name column keeps the rest


def test_totals_are_sums_only_when_they_are_the_sum(tmp_path):
    cols = [Column("Đơn vị", 3), Column("Số lượng", 1, kind="number"), Column("Tiền", 1.5, kind="money"),
            Column("Tỉ lệ", 1, kind="percent")]
    rows = [SectionRow("I. Khối Đảng"), Row(["Xã A", 3, 710_000, 0.5]), Row(["Xã B", "—", 1_000_000_000, 0.25]),
            TotalRow("Cộng khối", [3, 1_000_710_000, 0.4]), Row(["Xã C", 2, 5, 1.0]),
            TotalRow("Tổng cộng", [5, 1_000_710_005, 0.6])]  # the grand total is not the sum since the subtotal
    path = write(tmp_path, award_doc(blocks=[Table(cols, rows)]))
    ws = openpyxl.load_workbook(path).active
    sub, grand = cell_at(ws, "Cộng khối").row, cell_at(ws, "Tổng cộng").row
    first = sub - 3  # from the section row on (SUM passes over its text)
    assert [ws.cell(sub, c).value for c in (2, 3)] == [f"=SUM(B{first}:B{sub - 1})", f"=SUM(C{first}:C{sub - 1})"]
    assert ws.cell(sub, 4).value == 0.4  # a rate is not a sum
    assert ws.cell(grand, 2).value == 5 and ws.cell(grand, 3).value == 1_000_710_005  # not those rows' sum
    assert ws.cell(sub - 1, 2).value == "—" and ws.cell(sub, 1).data_type == "s"  # text stays text
    # a billion and more take the format with three dots
    assert ws.cell(sub - 1, 3).number_format == ws.cell(sub, 3).number_format == GROUPED_BIG
    assert ws.cell(sub - 2, 3).number_format == GROUPED
    cached = openpyxl.load_workbook(path, data_only=True).active
    assert [cached.cell(sub, c).value for c in (2, 3)] == [3, 1_000_710_000]


def test_state_agency_has_its_short_line_and_pages_are_numbered_in_the_sheet_font(tmp_path):
    doc = Document(STATE_PROFILE, title="Danh sách", number=number_line("state", 12, "QĐ", "SNV"),
                   blocks=[Table(COLUMNS, list(rows()), sheet_name="Khen thưởng")])
    path = write(tmp_path, DocumentSet([doc, award_doc(blocks=[Table(COLUMNS, list(rows()), sheet_name="Hai")])]))
    wb = openpyxl.load_workbook(path)
    ws = wb["Khen thưởng"]
    issuer = cell_at(ws, "SỞ NỘI VỤ")
    rule = ws.cell(issuer.row + 1, issuer.column)
    assert rule.value and set(rule.value) == {"\u00a0"} and rule.font.u == "single"  # underlined no-break spaces
    assert rule.alignment.horizontal == "center" and rule.alignment.vertical == "top"
    assert merged_range_of(ws, rule) == merged_range_of(ws, issuer).replace(str(issuer.row), str(rule.row))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dvdesk.services.render.fonts import get_fonts
    f = get_fonts()
    name_w, rule_w = stringWidth("SỞ NỘI VỤ", f.bold, 13), stringWidth(rule.value, f.regular, rule.font.sz)
    assert 0.25 * name_w < rule_w < 0.6 * name_w  # a short line, as in the PDF (40 % of the name)
    assert not [c for r in wb["Hai"].iter_rows() for c in r if isinstance(c.value, str) and "\u00a0" in c.value
                and c.row < 5]  # a Party agency has its "*", no line
    for sheet in wb.worksheets:
        xml = sheet_xml(path, wb.worksheets.index(sheet) + 1)
        header = re.search(r"<oddHeader>(.*?)</oddHeader>", xml).group(1)
        assert header == "&amp;C&amp;\"Times New Roman,Regular\"&amp;" + ("13" if sheet.title == "Khen thưởng"
                                                                          else "14") + "&amp;P"
        assert 'differentFirst="1"' in xml and re.search(r"<firstHeader\s*/>|<firstHeader></firstHeader>", xml)  # no number on the first page
    with zipfile.ZipFile(path) as z:
        styles = z.read("xl/styles.xml").decode()
    assert re.search(r'<fonts count="\d+"><font><name val="Times New Roman"', styles)  # the workbook's own font


def test_total_row_height_fits_its_one_line_label(tmp_path):
    cols = [Column("TT", 0.3, kind="int"), Column("Tên", 4), Column("Năm", 0.5, kind="int")]
    items = [Row([i, f"Mô hình số {i}", 2025]) for i in range(1, 30)]
    items.append(TotalRow("Tổng cộng: 2.800 mô hình, điển hình", [], span=3))
    ws = openpyxl.load_workbook(write(tmp_path, award_doc(blocks=[Table(cols, items)]))).active
    total = cell_at(ws, "Tổng cộng: 2.800 mô hình, điển hình")
    assert ws.row_dimensions[total.row].height <= 12 * 1.3 + 4  # one line, not a line per few letters
