"""Builders of Excel sheets laid out the way offices lay them, for the import tests.

Each builder writes a real .xlsx with openpyxl (merged cells, fonts, hidden rows, formulas…) and
returns its path. ``seed_units`` gives a store the units the sheets name (with a merger on
1/7/2025, so former names resolve to their successor).
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from dvdesk.domain import vntext
from dvdesk.domain.entities import Decision, Unit

# ---------------------------------------------------------------------------------------------
# legacy encodings (the inverse of the converters in vntext)
# ---------------------------------------------------------------------------------------------


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 (".VnTime"): characters as the legacy bytes read in Latin-1."""
    table = vntext._UNI_TO_TCVN3
    return "".join(table.get(ch, ch) for ch in vntext.nfc(text))


def to_vni(text: str) -> str:
    table = vntext._UNI_TO_VNI
    return "".join(table.get(ch, ch) for ch in vntext.nfc(text))


# ---------------------------------------------------------------------------------------------
# units
# ---------------------------------------------------------------------------------------------

UNITS = [
    # key, name, short name, level, block code
    ("tu", "Tỉnh ủy An Giang", "Tỉnh ủy", "tinh", "DANG"),
    ("btgdv", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Ban TG&DV Tỉnh ủy", "tinh", "DANG"),
    ("hnd", "Hội Nông dân tỉnh An Giang", "Hội Nông dân tỉnh", "tinh", "MTDT"),
    ("ca", "Công an tỉnh An Giang", "Công an tỉnh", "tinh", "LLVT"),
    ("vh", "Xã Vĩnh Hòa", "Vĩnh Hòa", "xa", "KDC"),
    ("vhh", "Xã Vĩnh Hòa Hiệp", "Vĩnh Hòa Hiệp", "xa", "KDC"),
    ("tanhiep", "Ủy ban nhân dân xã Tân Hiệp", "UBND xã Tân Hiệp", "xa", "CQ"),
    ("hugr", "Huyện ủy Giồng Riềng", "", "huyen", "DANG"),
]


def seed_units(store) -> dict[str, int]:
    """A few units; "Xã Vĩnh Hòa" and "Xã Vĩnh Hòa Hiệp" merge into "Xã Vĩnh Hòa Hưng" on 1/7/2025."""
    ids = {}
    blocks = {b.code: b.id for b in store.blocks.list()}
    for key, name, short, level, block in UNITS:
        u = store.units.create(Unit(name=name, level=level, short_name=short, code=f"t_{key}",
                                    block_id=blocks[block], valid_to=date(2025, 6, 30) if level == "huyen" else None))
        ids[key] = u.id
    merged = store.units.merge([ids["vh"], ids["vhh"]], "Xã Vĩnh Hòa Hưng", date(2025, 7, 1))
    ids["vhhung"] = merged.id
    return ids


def make_decision(store, number: str, signed_on: date, form_code: str = "GK_BDV_TINH") -> int:
    form = store.award_forms.by_code(form_code)
    return store.decisions.create(Decision(number=number, signed_on=signed_on, form_id=form.id)).id


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

def _put(ws, row: int, values: list, font: Font | None = None) -> None:
    for col, v in enumerate(values, start=1):
        if v is None:
            continue
        cell = ws.cell(row, col, v)
        if font is not None:
            cell.font = font


def _agency_header(ws, width_letter: str, place_date: str) -> None:
    ws["A1"] = "TỈNH ỦY AN GIANG"
    ws["A2"] = "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    ws["A3"] = "*"
    ws["E1"] = "ĐẢNG CỘNG SẢN VIỆT NAM"
    ws["E2"] = place_date
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells(f"E1:{width_letter}1")
    ws.merge_cells(f"E2:{width_letter}2")
    ws["E2"].font = Font(italic=True)


# ---------------------------------------------------------------------------------------------
# layout A: a provincial list — agency header, title, two-row merged header, column numbers,
# sections by field, dates as text, a total row and a signature block
# ---------------------------------------------------------------------------------------------

LAYOUT_A_ROWS = [
    # section, name, unit, year, recognition level, recognition date, registered (text)
    ("I. KINH TẾ", None),
    (None, ("Mô hình \"Tổ hợp tác sản xuất lúa chất lượng cao\"", "Xã Vĩnh Hòa", 2023, "Cấp xã", "15/10/2024",
            "05/3/2023")),
    (None, ("Vận động nhân dân hiến đất làm đường giao thông nông thôn", "Hội Nông dân tỉnh An Giang", "2024", "Tỉnh",
            "10-2025", "2024")),
    ("II. VĂN HÓA - XÃ HỘI", None),
    (None, ("Mô hình \"Tủ bánh mì 0 đồng\"", "UBND xã Tân Hiệp", 2025, "", "", "12/8/2025")),
    (None, ("Dòng họ khuyến học, khuyến tài", "Vĩnh Hòa Hiệp", 2022, "Huyện", "20/11/2023", "1/2/2022")),
    ("III. QUỐC PHÒNG - AN NINH", None),
    (None, ("Camera an ninh kết nối cộng đồng", "Công an tỉnh An Giang", 2025, "", "", "")),
    (None, ("Tổ tự quản an ninh trật tự ấp Mới", "Xã Phú Lợi", 2024, "", "", "")),
]


def layout_a(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS mô hình 2025"
    _agency_header(ws, "H", "An Giang, ngày 15 tháng 10 năm 2025")
    ws["A5"] = "DANH SÁCH"
    ws["A6"] = "mô hình, điển hình \"Dân vận khéo\" tiêu biểu năm 2025"
    ws.merge_cells("A5:H5")
    ws.merge_cells("A6:H6")
    ws["A5"].alignment = Alignment(horizontal="center")
    # two-row header (row 8–9) with merged cells
    for col, text in zip("ABCDE", ["TT", "Tên mô hình, điển hình", "Đơn vị thực hiện", "Năm xây dựng",
                                   "Ngày đăng ký"], strict=True):
        ws[f"{col}8"] = text
        ws.merge_cells(f"{col}8:{col}9")
    ws["F8"] = "Công nhận"
    ws.merge_cells("F8:G8")
    ws["F9"] = "Cấp"
    ws["G9"] = "Ngày quyết định"
    ws["H8"] = "Ghi chú"
    ws.merge_cells("H8:H9")
    _put(ws, 10, [f"({i})" for i in range(1, 9)])
    row = 11
    n = 0
    for section, data in LAYOUT_A_ROWS:
        if section:
            ws.cell(row, 1, section)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        else:
            n += 1
            name, unit, year, level, rec_date, registered = data
            _put(ws, row, [n, name, unit, year, registered or None, level or None, rec_date or None])
        row += 1
    ws.cell(row, 1, "Tổng cộng: 6 mô hình")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    row += 2
    ws.cell(row, 1, "Nơi nhận:")
    ws.cell(row, 5, "K/T TRƯỞNG BAN")
    ws.cell(row + 1, 1, "- Thường trực Tỉnh ủy (b/c);")
    ws.cell(row + 1, 5, "PHÓ TRƯỞNG BAN")
    ws.cell(row + 2, 1, "- Lưu VP.")
    ws.cell(row + 4, 5, "Nguyễn Văn Phích")
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# layout B: an old district list typed in TCVN3 (.VnTime, capitals header in .VnTimeH)
# ---------------------------------------------------------------------------------------------

LAYOUT_B_ROWS = [
    # name, unit, year/date, field, status
    ("Dân vận khéo trong xây dựng nông thôn mới", "xã Vĩnh Hòa", "15/3/2017", "KT", "Đã công nhận"),
    ("Mô hình \"Hũ gạo tình thương\" giúp học sinh nghèo", "Hội Nông dân tỉnh An Giang", "03-2018", "VH-XH",
     "Đăng ký"),
    ("Tổ liên gia tự quản an ninh trật tự", "Công an tỉnh An Giang", "2019", "QP-AN", "tiêu biểu"),
    ("Chi bộ ấp vận động đảng viên gương mẫu", "Tỉnh ủy An Giang", "20/11/2019", "XDHTCT", "Nhân rộng"),
]


def layout_b(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    caps = Font(name=".VnTimeH", bold=True)
    body = Font(name=".VnTime")
    ws["A1"] = to_tcvn3("HUYỆN ỦY GIỒNG RIỀNG")
    ws["A1"].font = caps
    ws["A2"] = to_tcvn3("Danh sách mô hình dân vận khéo năm 2017 - 2019")
    ws["A2"].font = body
    headers = ["STT", "TÊN MÔ HÌNH", "ĐƠN VỊ", "THỜI GIAN ĐĂNG KÝ", "LĨNH VỰC", "TÌNH TRẠNG", "XẾP HẠNG THI ĐUA"]
    _put(ws, 4, [to_tcvn3(h) for h in headers], caps)
    for i, (name, unit, when, field, status) in enumerate(LAYOUT_B_ROWS, start=1):
        _put(ws, 4 + i, [i, to_tcvn3(name), to_tcvn3(unit), when, field, to_tcvn3(status), "A"], body)
        ws.cell(4 + i, 1).font = Font(name="Arial")
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# layout C: an award list attached to a decision (title names the decision), sections
# "I. TẬP THỂ" / "II. CÁ NHÂN", combined "Chức vụ, đơn vị", a formula total without cached value
# ---------------------------------------------------------------------------------------------

LAYOUT_C_COLLECTIVES = [
    ("Hội Nông dân tỉnh An Giang", "", "Có thành tích xuất sắc trong xây dựng mô hình \"Cánh đồng lớn\""),
    ("Xã Vĩnh Hòa Hưng", "", "Có nhiều mô hình dân vận khéo tiêu biểu"),
]
LAYOUT_C_PEOPLE = [
    ("Nguyễn Văn An", "Chủ tịch Hội Nông dân, Xã Vĩnh Hòa Hưng", "Có thành tích xuất sắc"),
    ("Trần Thị Bích Ngọc", "Phó Trưởng Công an xã, Công an tỉnh An Giang", "Có thành tích trong phong trào"),
    ("Lê Hoàng Phúc", "Bí thư Chi đoàn ấp Mới", "Gương thanh niên tình nguyện"),
]


def layout_c(path: Path, number: str = "125-QĐ/BTGDVTU", day: str = "10/10/2025") -> Path:
    d, m, y = day.split("/")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "QĐ 125"
    ws["A1"] = "TỈNH ỦY AN GIANG"
    ws["A2"] = "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    ws["A4"] = "DANH SÁCH"
    ws["A5"] = "tập thể, cá nhân được tặng Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy"
    ws["A6"] = f"(Kèm theo Quyết định số {number} ngày {int(d)} tháng {int(m)} năm {y} của Ban Tuyên giáo và Dân vận Tỉnh ủy)"
    for r in (4, 5, 6):
        ws.merge_cells(f"A{r}:E{r}")
    _put(ws, 8, ["TT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích", "Số tiền"], Font(bold=True))
    row = 9
    ws.cell(row, 1, "I. TẬP THỂ")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    row += 1
    first = row
    for i, (name, pos_unit, achievement) in enumerate(LAYOUT_C_COLLECTIVES, start=1):
        _put(ws, row, [i, name, pos_unit or None, achievement, "1.410.000"])
        row += 1
    ws.cell(row, 1, "II")
    ws.cell(row, 2, "CÁ NHÂN")
    row += 1
    for i, (name, pos_unit, achievement) in enumerate(LAYOUT_C_PEOPLE, start=1):
        _put(ws, row, [i, name, pos_unit, achievement, 710000])
        row += 1
    ws.cell(row, 1, "Cộng")
    ws.cell(row, 5, f"=SUM(E{first}:E{row - 1})")  # saved by openpyxl: no cached value
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# layout D: awards reported by a lower level with the decision in columns, no sections,
# some rows broken
# ---------------------------------------------------------------------------------------------

LAYOUT_D_ROWS = [
    # name, position, unit, form, number, date, note
    ("Phạm Văn Bình", "Trưởng ấp", "Xã Vĩnh Hòa Hưng", "Giấy khen Ban TG&DV Tỉnh ủy", "88-QĐ/BTGDVTU", "5/9/2025"),
    ("Võ Thị Mai", "Chi hội trưởng phụ nữ", "Ấp Đông Thành", "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy",
     "88-QĐ/BTGDVTU", "05/09/2025"),
    ("Đặng Quốc Huy", "Công an viên", "Công an tỉnh An Giang", "Bằng khen của Chủ tịch UBND tỉnh", "1234/QĐ-UBND",
     datetime(2025, 10, 1)),
    ("Huỳnh Văn Tâm", "Cán bộ", "Xã Vĩnh Hòa Hưng", "Giấy khen", "", "5/9/2025"),  # no decision number
    ("Ngô Thị Lan", "Hội viên", "Xã Vĩnh Hòa Hưng", "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy",
     "88-QĐ/BTGDVTU", "32/13/2025"),  # unreadable date
    ("Trịnh Văn Sơn", "Đội trưởng", "Xã Vĩnh Hòa Hưng", "Bằng khen của Thủ tướng Chính phủ", "99-QĐ/TTg",
     "1/9/2025"),  # unknown form
    ("Phạm Văn Bình", "Trưởng ấp", "Xã Vĩnh Hòa Hưng", "Giấy khen Ban TG&DV Tỉnh ủy", "88-QĐ/BTGDVTU",
     "5/9/2025"),  # duplicate of the first row
]


def layout_d(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Khen thưởng"
    ws["A1"] = "BÁO CÁO DANH SÁCH KHEN THƯỞNG PHONG TRÀO DÂN VẬN KHÉO NĂM 2025"
    ws.merge_cells("A1:H1")
    _put(ws, 3, ["STT", "Họ tên", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng", "Số QĐ", "Ngày QĐ",
                 "Ghi chú"])
    for i, values in enumerate(LAYOUT_D_ROWS, start=1):
        _put(ws, 3 + i, [i, *values])
        if isinstance(values[5], datetime):
            ws.cell(3 + i, 7).number_format = "DD/MM/YYYY"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# layout E: a units list with level sections, parents, validity and predecessors
# ---------------------------------------------------------------------------------------------

def layout_e(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Đơn vị"
    ws["A1"] = "DANH MỤC ĐƠN VỊ THỰC HIỆN PHONG TRÀO"
    _put(ws, 3, ["TT", "Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Khối", "Trực thuộc", "Hiệu lực từ ngày",
                 "Hiệu lực đến ngày", "Đơn vị tiền thân"])
    rows = [
        ("I. CẤP TỈNH",),
        (1, "ag_mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "Ủy ban MTTQ tỉnh", "Khối Mặt trận và đoàn thể",
         None, None, None, None),
        (2, "ag_tinh_doan", "Tỉnh đoàn An Giang", "Tỉnh đoàn", "MT-ĐT", None, None, None, None),
        ("II. CẤP XÃ",),
        (1, "x_my_an", "Xã Mỹ An", "Mỹ An", "Khu dân cư/cơ sở", None, None, "30/06/2025", None),
        (2, "x_my_binh", "Xã Mỹ Bình", "Mỹ Bình", "KDC", None, None, "30/6/2025", None),
        (3, "x_my_an_binh", "Xã Mỹ An Bình", "Mỹ An Bình", "KDC", None, "01/07/2025", None, "Xã Mỹ An; x_my_binh"),
        (4, "ap_moi", "Ấp Mới", "", "KDC", "Xã Mỹ An Bình", "1/7/2025", None, None),
        (5, None, "Xã Không Cấp", "", "Khối nào đó", None, None, None, None),  # unknown block
    ]
    r = 4
    for values in rows:
        _put(ws, r, list(values))
        r += 1
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# layout F: VNI text, a formula without cached value, a hidden row, emoji, a huge cell,
# rows pre-numbered but empty (a template filled half-way)
# ---------------------------------------------------------------------------------------------

def layout_f(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mo hinh"
    vni = Font(name="VNI-Times")
    _put(ws, 1, ["STT", "Tên mô hình", "Cơ quan, đơn vị", "Năm", "Lĩnh vực", "Khối", "Ghi chú"], Font(bold=True))
    _put(ws, 2, [1, to_vni("Mô hình dân vận khéo vận động hiến đất"), to_vni("Xã Vĩnh Hòa"), 2024, "Kinh tế",
                 None, None], vni)
    ws.cell(2, 1).font = Font(name="Times New Roman")
    ws.cell(2, 4).font = Font(name="Times New Roman")
    _put(ws, 3, [2, "Mô hình 🌾 \"Cánh đồng không khói\" ✨", "Hội Nông dân tỉnh An Giang", 2025, "KT", "Khối MTĐT",
                 "Ghi chú có emoji 👍"])
    _put(ws, 4, [3, "Mô hình có năm là công thức", "Công an tỉnh An Giang", "=2020+4", "QP-AN"])
    _put(ws, 5, [4, "Mô hình ở dòng bị ẩn", "Tỉnh ủy An Giang", 2023, "XDHTCT"])
    ws.row_dimensions[5].hidden = True
    _put(ws, 6, [5, "Mô hình có ghi chú quá dài", "Tỉnh ủy An Giang", 2023, "XDHTCT", None, "x" * 40_000])
    _put(ws, 7, [6, "Mô hình ghi lĩnh vực lạ", "Tỉnh ủy An Giang", 2023, "Môi trường"])
    _put(ws, 8, [7, "Mô hình thiếu đơn vị", None, 2023, "KT"])
    _put(ws, 9, [8, "Mô hình năm ngoài giai đoạn", "Tỉnh ủy An Giang", 2015, "KT"])
    for i in range(9, 30):  # numbered rows nobody filled in
        ws.cell(i + 1, 1, i)
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# bad files
# ---------------------------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def xls_file(path: Path) -> Path:
    path.write_bytes(_OLE + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 2000)
    return path


def encrypted_file(path: Path) -> Path:
    path.write_bytes(_OLE + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2000)
    return path


def corrupt_zip(path: Path, good: Path) -> Path:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def broken_sheet_xml(path: Path, good: Path) -> Path:
    """A zip whose sheet XML is cut in the middle (a half-copied file)."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    return path


def huge_blank_sheet(path: Path, data_rows: int = 3) -> Path:
    """A few data rows, then formatted blank rows down to row 1,048,576 (as Excel saves a sheet
    whose whole columns were formatted)."""
    tmp = path.with_name("seed-" + path.name)
    wb = openpyxl.Workbook()
    ws = wb.active
    _put(ws, 1, ["TT", "Tên mô hình", "Đơn vị", "Năm"])
    for i in range(1, data_rows + 1):
        _put(ws, 1 + i, [i, f"Mô hình số {i}", "Tỉnh ủy An Giang", 2024])
    ws.cell(1, 1).font = Font(bold=True)
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as src:
        sheet = src.read("xl/worksheets/sheet1.xml").decode("utf-8")
    head, _, tail = sheet.partition("</sheetData>")
    blank = "".join(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/><c r="B{r}" s="1"/></row>'
                    for r in range(data_rows + 2, 1_048_577))
    sheet = head + blank + "</sheetData>" + tail
    sheet = sheet.replace('<dimension ref="A1:D4"', '<dimension ref="A1:D1048576"')
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = sheet.encode("utf-8") if item.filename == "xl/worksheets/sheet1.xml" else src.read(item.filename)
            dst.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    tmp.unlink()
    return path


# ---------------------------------------------------------------------------------------------
# our own templates, filled with records (the round trip)
# ---------------------------------------------------------------------------------------------

def fill_template(kind: str, path: Path, rows: list[dict[str, object]]) -> Path:
    """Copy the bundled template for ``kind`` and fill its data sheet: ``rows`` map field keys to values."""
    from dvdesk.services.importers.templates import HEADER_ROW, TEMPLATE_COLUMNS, save_template

    save_template(kind, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Danh sách"]
    keys = TEMPLATE_COLUMNS[kind]
    for i, rec in enumerate(rows, start=1):
        for j, key in enumerate(keys, start=1):
            value = i if key == "_tt" else rec.get(key)
            if value not in (None, ""):
                ws.cell(HEADER_ROW + i, j, value)
    wb.save(path)
    return path


def unit_rows(store) -> list[dict]:
    from dvdesk.domain import catalog

    blocks = {b.id: b.name for b in store.blocks.list()}
    units = {u.id: u for u in store.units.list()}
    out = []
    for u in units.values():
        preds = "; ".join(p.code or p.name for p in store.units.predecessors(u.id))
        out.append({"code": u.code, "name": u.name, "short_name": u.short_name, "level": catalog.LEVELS[u.level],
                    "block": blocks.get(u.block_id), "parent": units[u.parent_id].code if u.parent_id else None,
                    "valid_from": u.valid_from, "valid_to": u.valid_to, "predecessors": preds or None,
                    "symbol": u.symbol, "precedence": u.precedence, "note": u.note, "uuid": u.uuid})
    return out


def initiative_rows(store, limit: int | None = None) -> list[dict]:
    from dvdesk.domain import catalog

    fields = {f.id: f.name for f in store.fields.list()}
    blocks = {b.id: b.name for b in store.blocks.list()}
    phases = {p.id: p.code for p in store.phases.list()}
    sql = "SELECT id FROM initiatives WHERE deleted_at IS NULL ORDER BY id" + (f" LIMIT {limit}" if limit else "")
    out = []
    for (iid,) in store.conn.execute(sql).fetchall():
        i = store.initiatives.get(iid)
        out.append({
            "code": i.code, "name": i.name, "unit": i.unit_name, "year": i.year, "phase": phases[i.phase_id],
            "field": fields.get(i.field_id), "block": blocks.get(i.block_id),
            "kind": catalog.INITIATIVE_KINDS[i.kind], "subject_kind": catalog.SUBJECT_KINDS[i.subject_kind],
            "person_name": i.person_name, "person_position": i.person_position, "registered_on": i.registered_on,
            "status": catalog.STATUSES[i.status], "rating": catalog.RATINGS.get(i.rating) if i.rating else None,
            "recognition_level": catalog.LEVELS[i.recognition_level] if i.recognition_level else None,
            "recognition_decision": i.recognition_decision, "recognition_date": i.recognition_date,
            "exemplary": "x" if i.exemplary else None, "replication_count": i.replication_count,
            "situation": i.situation, "goals": i.goals, "methods": i.methods, "area": i.area,
            "target_group": i.target_group, "lead_force": i.lead_force, "partners": i.partners,
            "participants": i.participants, "budget": i.budget, "workdays": i.workdays, "socialized": i.socialized,
            "start_date": i.start_date, "progress": i.progress, "evaluation_date": i.evaluation_date,
            "outputs": i.outputs, "sustainability": i.sustainability, "tags": i.tags, "note": i.note,
            "uuid": i.uuid,
        })
    return out


def award_rows(store, limit: int | None = None) -> list[dict]:
    from dvdesk.domain import catalog

    forms = {f.id: f.name for f in store.award_forms.list(include_deleted=True)}
    codes = dict(store.conn.execute("SELECT id, code FROM initiatives").fetchall())
    sql = "SELECT id FROM awards WHERE deleted_at IS NULL ORDER BY id" + (f" LIMIT {limit}" if limit else "")
    out = []
    decisions = {}
    for (aid,) in store.conn.execute(sql).fetchall():
        a = store.awards.get(aid)
        d = decisions.get(a.decision_id) or store.decisions.get(a.decision_id)
        decisions[a.decision_id] = d
        out.append({
            "recipient_name": a.recipient_name, "recipient_kind": catalog.SUBJECT_KINDS[a.recipient_kind],
            "position": a.position, "unit": a.unit_text, "birth_year": a.birth_year,
            "gender": catalog.GENDERS.get(a.gender) if a.gender else None, "achievement": a.achievement,
            "initiative_code": codes.get(a.initiative_id), "decision_number": d.number,
            "decision_date": d.signed_on, "form": forms[d.form_id], "amount": a.amount, "uuid": a.uuid,
        })
    return out
