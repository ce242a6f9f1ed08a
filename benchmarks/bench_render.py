"""Rendering: a 10,000-row award list to PDF and a 30,000-row sheet to XLSX, each beside its baseline.

PDF: our canvas renderer vs the straightforward Platypus ``LongTable`` of ``Paragraph`` cells
(same fonts, same data, header repeated; it takes minutes: it is the slow path being measured).
XLSX: our renderer (styles, merges, print setup) vs openpyxl writing the same values bare (no
styles at all).  Peak memory (tracemalloc) for 10k and 30k rows shows that nothing is kept per
row: the XLSX stays flat, the PDF follows the size of its output (reportlab holds the document
until it is saved).
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import random
import tracemalloc
from collections.abc import Callable, Iterator
from xml.sax.saxutils import escape

from benchmarks.harness import Bench, timed
from dvdesk.services.documents import (
    AgencyProfile,
    Column,
    Document,
    Recipients,
    Row,
    SectionRow,
    Signature,
    Table,
    TotalRow,
    format_money,
    number_line,
)
from dvdesk.services.render.fonts import get_fonts
from dvdesk.services.render.pdf import render_pdf
from dvdesk.services.render.xlsx import render_xlsx

PDF_ROWS = 10_000
XLSX_ROWS = 30_000

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô",
      "Hồ", "Dương", "Lý", "Danh", "Thạch", "Lâm", "Quách"]
LOT = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Quốc", "Thu", "Hồng", "Kim", "Thị Mỹ", "Hoàng"]
TEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc",
       "Quyết", "Sơn", "Thảo", "Trung", "Tuấn", "Yến", "Phích", "Sóc Kha", "Út"]
CHUC_VU = ["Chủ tịch", "Phó Chủ tịch", "Bí thư Chi bộ", "Trưởng ấp", "Hội viên", "Công chức", "Chi hội trưởng"]
DON_VI = ["Hội Nông dân xã Tân Hiệp", "Ủy ban MTTQ Việt Nam phường Vĩnh Thanh Vân",
          "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Châu Thành", "Hội Liên hiệp Phụ nữ tỉnh",
          "Công an xã Bình An", "Ban Chỉ huy Quân sự huyện Giồng Riềng", "Trường THCS Thạnh Đông A",
          "Hợp tác xã Dịch vụ Nông nghiệp Tổng hợp Thạnh Đông, xã Thạnh Đông, huyện Tân Hiệp"]
THANH_TICH = [
    "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
    "Điển hình tiên tiến",
    "Mô hình “Chi hội phụ nữ không có hội viên nghèo”",
    "Tuyên truyền, vận động Nhân dân hiến đất làm đường giao thông nông thôn, góp phần hoàn thành tiêu chí "
    "giao thông của xã nông thôn mới nâng cao năm 2025",
    "Mô hình “Tổ nhân dân tự quản bảo đảm an ninh trật tự” & camera giám sát <ấp Kênh 8>",
    "Vận động xã hội hóa xây dựng 12 căn nhà Đại đoàn kết cho hộ nghèo",
]
PROFILE = AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "BDVTU", "Kiên Giang", "party")
PDF_COLUMNS = [Column("TT", 0.6, kind="int"), Column("Họ và tên", 2.2), Column("Chức vụ, đơn vị", 3.0),
               Column("Thành tích", 3.5), Column("Số tiền (đồng)", 1.5, kind="money")]


def award_items(n: int, seed: int = 2025) -> Iterator:
    """I. TẬP THỂ / II. CÁ NHÂN with n rows in all, deterministic."""
    rnd = random.Random(seed)
    n_col = n // 5
    yield SectionRow("I. TẬP THỂ")
    for i in range(1, n_col + 1):
        yield Row([i, rnd.choice(DON_VI), "", rnd.choice(THANH_TICH), 1_420_000])
    yield SectionRow("II. CÁ NHÂN")
    for i in range(1, n - n_col + 1):
        name = f"{rnd.choice(HO)} {rnd.choice(LOT)} {rnd.choice(TEN)}"
        yield Row([i, name, f"{rnd.choice(CHUC_VU)} {rnd.choice(DON_VI)}", rnd.choice(THANH_TICH), 710_000])
    yield TotalRow("Tổng cộng", [n_col * 1_420_000 + (n - n_col) * 710_000])


def award_doc(n: int) -> Document:
    return Document(
        PROFILE, title="DANH SÁCH",
        subject=["tập thể, cá nhân được tặng Giấy khen", "trong phong trào thi đua “Dân vận khéo” năm 2025"],
        number=number_line("party", 12, "QĐ", "BDVTU"), date=dt.date(2025, 10, 10),
        appendix="(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025 của Ban Dân vận Tỉnh ủy)",
        blocks=[Table(PDF_COLUMNS, lambda: award_items(n))],
        signatures=Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"),
        recipients=Recipients(["- Thường trực Tỉnh ủy (b/c);", "- Các huyện, thành ủy;", "- Lưu Văn phòng Ban."]))


def platypus_baseline(n: int) -> bytes:
    """The straightforward approach: a Platypus LongTable with one Paragraph per cell."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    f = get_fonts()
    body = ParagraphStyle("b", fontName=f.regular, fontSize=12, leading=13.8)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    bold = ParagraphStyle("h", parent=centre, fontName=f.bold)
    sect = ParagraphStyle("s", parent=body, fontName=f.bold)
    styles = [centre, body, body, body, right]
    data = [[Paragraph(escape(c.title), bold) for c in PDF_COLUMNS]]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for item in award_items(n):
        r = len(data)
        if isinstance(item, SectionRow):
            data.append([Paragraph(escape(item.text), sect), "", "", "", ""])
            cmds.append(("SPAN", (0, r), (-1, r)))
        elif isinstance(item, TotalRow):
            data.append([Paragraph("Tổng cộng", bold), "", "", "", Paragraph(format_money(item.values[0]), right)])
            cmds.append(("SPAN", (0, r), (3, r)))
        else:
            cells = [str(item.cells[0]), item.cells[1], item.cells[2], item.cells[3], format_money(item.cells[4])]
            data.append([Paragraph(escape(v), s) for v, s in zip(cells, styles, strict=True)])
    width = 210 * mm - 45 * mm
    total = sum(c.width for c in PDF_COLUMNS)
    table = LongTable(data, colWidths=[width * c.width / total for c in PDF_COLUMNS], repeatRows=1)
    table.setStyle(TableStyle(cmds))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm).build([table])
    return buf.getvalue()


XLSX_COLUMNS = [Column("TT", 0.5, kind="int"), Column("Họ và tên", 2), Column("Năm sinh", 0.8, kind="int"),
                Column("Chức vụ, đơn vị", 3), Column("Thành tích", 3), Column("Lĩnh vực", 1.3),
                Column("Ngày quyết định", 1.1, kind="date"), Column("Số tiền (đồng)", 1.2, kind="money")]
FIELDS = ["Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng hệ thống chính trị"]


def xlsx_values(n: int, seed: int = 7) -> Iterator[tuple]:
    rnd = random.Random(seed)
    for i in range(1, n + 1):
        yield (i, f"{rnd.choice(HO)} {rnd.choice(LOT)} {rnd.choice(TEN)}", rnd.randint(1960, 2000),
               f"{rnd.choice(CHUC_VU)} {rnd.choice(DON_VI)}", rnd.choice(THANH_TICH), rnd.choice(FIELDS),
               dt.date(2025, 10, rnd.randint(1, 15)), 710_000)


def xlsx_doc(n: int) -> Document:
    return Document(PROFILE, title="DANH SÁCH", subject="khen thưởng phong trào thi đua “Dân vận khéo”",
                    number=number_line("party", 12, "QĐ", "BDVTU"), date=dt.date(2025, 10, 10),
                    blocks=[Table(XLSX_COLUMNS, lambda: xlsx_values(n), sheet_name="Danh sách")],
                    signatures=Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"),
                    recipients=Recipients(["- Như trên;", "- Lưu VP."]), orientation="landscape")


def openpyxl_bare(n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([c.title for c in XLSX_COLUMNS])
    for values in xlsx_values(n):
        ws.append(values)
    wb.save(io.BytesIO())


def peak_mb(fn: Callable[[], int]) -> tuple[float, float]:
    """(peak traced MB, output MB) of a render into memory."""
    gc.collect()
    tracemalloc.start()
    try:
        size = fn()
        return tracemalloc.get_traced_memory()[1] / 1e6, size / 1e6
    finally:
        tracemalloc.stop()


def _render_size(render: Callable, doc: Document) -> int:
    buf = io.BytesIO()
    render(doc, buf)
    return len(buf.getvalue())


def run(bench: Bench) -> None:
    get_fonts()  # font registration is a one-time cost, not part of a render
    pdf_doc = award_doc(PDF_ROWS)
    ours = timed(lambda: render_pdf(pdf_doc, io.BytesIO()), repeat=3)
    base = timed(lambda: platypus_baseline(PDF_ROWS), repeat=1)
    bench.report(f"PDF award list, {PDF_ROWS:,} rows", ours, "Platypus LongTable+Paragraph", base,
                 target="< 2 s, ≥ 10× baseline")

    x_doc = xlsx_doc(XLSX_ROWS)
    ours = timed(lambda: render_xlsx(x_doc, io.BytesIO()), repeat=2)
    base = timed(lambda: openpyxl_bare(XLSX_ROWS), repeat=1)
    bench.report(f"XLSX sheet, {XLSX_ROWS:,} rows × 8 cols", ours, "openpyxl bare values", base,
                 target="< 3 s")

    # Nothing is kept per row.  The XLSX body streams through a temporary file; the PDF is held by
    # reportlab until save (compressed page streams + page objects, then the file built in memory),
    # so its peak follows the size of the output, not of the input.
    for label, make, render in (("PDF", award_doc, render_pdf), ("XLSX", xlsx_doc, render_xlsx)):
        small, out_s = peak_mb(lambda make=make, render=render: _render_size(render, make(10_000)))
        big, out_b = peak_mb(lambda make=make, render=render: _render_size(render, make(30_000)))
        print(f"  {label + ' peak memory (tracemalloc)':<44} {small:>9.1f} MB for 10k rows, {big:.1f} MB for "
              f"30k rows ({big / small:.1f}× for 3× the rows; output {out_s:.1f} → {out_b:.1f} MB)", flush=True)
