"""The import corpus: sheets laid out the way offices type them by hand (merged multi-row headers,
misleading headers, abbreviations, mixed date forms, title-only years, decisions of other
issuers, signature blocks, legacy fonts), each with its expected outcome row by row in
``expected.json``.

The .xlsx files are committed; this script is how they were typed (cell by cell, as a clerk
would, with openpyxl — not by dvdesk's exporter). Regenerate with
``.venv/bin/python tests/data/sheets/build_corpus.py``.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from import_sheets import to_tcvn3  # noqa: E402

EXPECTED: dict[str, dict] = {}


def _wb(title: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    return wb, ws


def _row(ws, row: int, values: list, font: Font | None = None) -> None:
    for col, v in enumerate(values, start=1):
        if v is None:
            continue
        c = ws.cell(row, col, v)
        if font is not None:
            c.font = font


def _party_head(ws, last: str, place_date: str, body: str = "BAN DÂN VẬN") -> None:
    ws["A1"] = "HUYỆN ỦY CHÂU THÀNH" if body == "BAN DÂN VẬN" else "TỈNH ỦY AN GIANG"
    ws["A2"] = body
    ws["A3"] = "*"
    ws["D1"] = "ĐẢNG CỘNG SẢN VIỆT NAM"
    ws["D2"] = place_date
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells(f"D1:{last}1")
    ws.merge_cells(f"D2:{last}2")
    ws["D2"].font = Font(italic=True)


def _title(ws, row: int, text: str, last: str) -> None:
    ws.cell(row, 1, text)
    ws.merge_cells(f"A{row}:{last}{row}")
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.cell(row, 1).font = Font(bold=True)


def _sign(ws, row: int, col: int, lines: list[str], left: list[str] | None = None) -> None:
    for k, t in enumerate(lines):
        if t:
            ws.cell(row + k, col, t)
    for k, t in enumerate(left or []):
        ws.cell(row + k, 1, t)


# ---------------------------------------------------------------------------------------------
def c01(path: Path) -> None:
    """The issue's district list: "Phân loại" over "Lĩnh vực" | "Đối tượng", "Thời gian xây dựng"
    of mixed dates, a "Xếp loại" column, the year only in the title for one row."""
    wb, ws = _wb("Mô hình 2023")
    _party_head(ws, "G", "Châu Thành, ngày 20 tháng 12 năm 2023")
    _title(ws, 5, "DANH SÁCH MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2023", "G")
    for col, text in zip("ABC", ["STT", "Tên mô hình", "Đơn vị thực hiện"], strict=True):
        ws[f"{col}7"] = text
        ws.merge_cells(f"{col}7:{col}8")
    ws["D7"] = "Phân loại"
    ws.merge_cells("D7:E7")
    ws["D8"] = "Lĩnh vực"
    ws["E8"] = "Đối tượng"
    ws["F7"] = "Thời gian xây dựng"
    ws.merge_cells("F7:F8")
    ws["G7"] = "Xếp loại"
    ws.merge_cells("G7:G8")
    rows = [
        ("Tổ hợp tác sản xuất lúa chất lượng cao", "Xã Vĩnh Hòa", "Kinh tế", "Tập thể", "03/2023", "Tốt"),
        ("Hũ gạo tình thương", "Hội Nông dân tỉnh An Giang", "Văn hóa - xã hội", "Tập thể",
         datetime(2023, 5, 12), "Khá"),
        ("Nguyễn Văn Tư — gương hiến đất làm đường", "Xã Vĩnh Hòa", "Kinh tế", "Cá nhân", "15/8/2023", "Tốt"),
        ("Camera an ninh kết nối cộng đồng", "Công an tỉnh An Giang", "QP-AN", "Tập thể", "2023", "Khá"),
        ("Chi bộ ấp vận động đảng viên gương mẫu", "Tỉnh ủy An Giang", "XDHTCT", "Tập thể", None, "Trung bình"),
    ]
    for i, (name, unit, field, subject, when, rating) in enumerate(rows, start=1):
        _row(ws, 8 + i, [i, name, unit, field, subject, when, rating])
    _sign(ws, 15, 5, ["TM. BAN DÂN VẬN", "TRƯỞNG BAN", "", "", "Lê Văn Hùng"], ["Nơi nhận:", "- Lưu VP."])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"9": "add", "10": "add", "11": "add", "12": "add", "13": "add"},
        "records": [
            {"row": 9, "year": 2023, "subject_kind": "tap_the", "rating": "tot", "start_date": "2023-03-01"},
            {"row": 10, "rating": "kha", "start_date": "2023-05-12"},
            {"row": 11, "subject_kind": "ca_nhan", "person_name": "Nguyễn Văn Tư"},
            {"row": 13, "year": 2023, "rating": "trung_binh"},
        ],
        "mapping": {"E": "subject_kind", "F": "start_date", "G": "rating", "D": "field"},
    }


def c02(path: Path) -> None:
    """Misleading headers: "Đối tượng" holds Tốt/Khá, "Phân loại" holds Tập thể/Cá nhân."""
    wb, ws = _wb("Sheet1")
    _title(ws, 1, "KẾT QUẢ ĐĂNG KÝ MÔ HÌNH NĂM 2024", "F")
    _row(ws, 3, ["TT", "Tên mô hình", "Đơn vị", "Năm", "Đối tượng", "Phân loại"])
    rows = [("Sân chơi cho thiếu nhi ấp Mới", "Xã Vĩnh Hòa", 2024, "Tốt", "Tập thể"),
            ("Bếp ăn 0 đồng", "Hội Nông dân tỉnh An Giang", 2024, "Khá", "Tập thể"),
            ("Trần Thị Mai — người tốt việc tốt", "Xã Vĩnh Hòa", 2024, "Tốt", "Cá nhân"),
            ("Tuyến đường hoa", "Xã Vĩnh Hòa Hiệp", 2024, "Yếu", "Tập thể")]
    for i, r in enumerate(rows, start=1):
        _row(ws, 3 + i, [i, *r])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"4": "add", "5": "add", "6": "add", "7": "add"},
        "records": [{"row": 4, "rating": "tot", "subject_kind": "tap_the"},
                    {"row": 6, "rating": "tot", "subject_kind": "ca_nhan"},
                    {"row": 7, "rating": "yeu"}],
        "mapping": {"E": "rating", "F": "subject_kind"},
    }


def c03(path: Path) -> None:
    """No year column, no dates: the year is in the title only."""
    wb, ws = _wb("DS")
    _party_head(ws, "D", "Châu Thành, ngày 05 tháng 01 năm 2025")
    _title(ws, 5, "DANH SÁCH ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO NĂM 2024", "D")
    _row(ws, 7, ["STT", "Tên mô hình, điển hình", "Cơ quan, đơn vị", "Ghi chú"])
    rows = [("Vận động hiến đất mở rộng đường", "Xã Vĩnh Hòa"), ("Nhà văn hóa ấp sạch đẹp", "Xã Vĩnh Hòa Hiệp"),
            ("Dân vận khéo trong cải cách hành chính", "Ủy ban nhân dân xã Tân Hiệp")]
    for i, (n, u) in enumerate(rows, start=1):
        _row(ws, 7 + i, [i, n, u])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"8": "add", "9": "add", "10": "add"},
        "records": [{"row": 8, "year": 2024}, {"row": 10, "year": 2024}],
    }


def c04(path: Path) -> None:
    """Neither dates nor a year in the title: every row "Thiếu năm" (unless --year is given)."""
    wb, ws = _wb("Sheet1")
    _title(ws, 1, "DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO", "C")
    _row(ws, 3, ["TT", "Tên mô hình", "Đơn vị"])
    _row(ws, 4, [1, "Tổ tự quản bảo vệ môi trường", "Xã Vĩnh Hòa"])
    _row(ws, 5, [2, "Chợ phiên 0 đồng", "Xã Vĩnh Hòa Hiệp"])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"4": "reject:Thiếu năm", "5": "reject:Thiếu năm"},
    }
    EXPECTED[path.name.replace(".xlsx", "") + "#year"] = {
        "file": path.name, "kind": "initiatives", "options": {"default_year": 2022},
        "rows": {"4": "add", "5": "add"}, "records": [{"row": 4, "year": 2022}],
    }


def _award_table(ws, start: int, rows: list[tuple], with_money: bool = True) -> int:
    heads = ["STT", "Tên tập thể, họ và tên cá nhân", "Chức vụ, đơn vị"] + (["Số tiền (đồng)"] if with_money else [])
    _row(ws, start, heads, Font(bold=True))
    r = start + 1
    for item in rows:
        if isinstance(item, str):
            ws.cell(r, 1, item)
        else:
            _row(ws, r, list(item))
        r += 1
    return r


def c05(path: Path) -> None:
    """A list attached to a decision of the Ban Thường vụ Tỉnh ủy awarding "Bằng khen của Ban
    Thường vụ Tỉnh ủy" (not in the catalog), money as printed, a signature block."""
    wb, ws = _wb("Danh sách")
    _party_head(ws, "D", "An Giang, ngày 15 tháng 10 năm 2023", body="BAN THƯỜNG VỤ")
    _title(ws, 5, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "D")
    _title(ws, 6, "(Kèm theo Quyết định số 1234-QĐ/TU ngày 15/10/2023 của Ban Thường vụ Tỉnh ủy)", "D")
    ws.cell(6, 1).font = Font(italic=True)
    end = _award_table(ws, 8, [
        "I. TẬP THỂ",
        (1, "Hội Nông dân tỉnh An Giang", "", 3_600_000),
        "II. CÁ NHÂN",
        (1, "Nguyễn Văn An", "Chủ tịch Hội Nông dân, Xã Vĩnh Hòa", 1_800_000),
        (2, "Trần Thị Bé", "Phó Chủ tịch Ủy ban nhân dân xã Tân Hiệp", 1_800_000),
    ])
    ws.cell(end, 1, "Danh sách gồm 01 tập thể và 02 cá nhân./.")
    _sign(ws, end + 2, 3, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "", "Nguyễn Thanh Bình"])
    wb.save(path)
    reason = "reject:Bằng khen của Ban Thường vụ Tỉnh ủy"
    EXPECTED[path.name] = {
        "kind": "awards", "options": {},
        "rows": {"10": reason, "12": reason, "13": reason},
        "no_form_like": "Chủ tịch",
    }
    EXPECTED[path.name.replace(".xlsx", "") + "#create"] = {
        "file": path.name, "kind": "awards", "options": {"create_forms": True},
        "rows": {"10": "add", "12": "add", "13": "add"},
        "decision": {"number": "1234-QĐ/TU", "signed_on": "2023-10-15",
                     "form": "Bằng khen của Ban Thường vụ Tỉnh ủy", "issuer_name": "BAN THƯỜNG VỤ TỈNH ỦY",
                     # matched to the catalog's Ban Thường vụ (every new database seeds it from the profile)
                     "issuer": "TỈNH ỦY AN GIANG", "signer_authority": "T/M BAN THƯỜNG VỤ",
                     "signer_title": "PHÓ BÍ THƯ", "signer_name": "Nguyễn Thanh Bình"},
        "amounts": {"Hội Nông dân tỉnh An Giang": 3_600_000, "Nguyễn Văn An": 1_800_000},
    }


def c06(path: Path) -> None:
    """A decision of the Chủ tịch UBND tỉnh (in the catalog); one printed amount differs from the
    computed one: kept as printed, reported on its row."""
    wb, ws = _wb("QĐ 2567")
    ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws["A2"] = "TỈNH AN GIANG"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    _title(ws, 4, "DANH SÁCH KHEN THƯỞNG", "D")
    _title(ws, 5, "(Kèm theo Quyết định số 2567/QĐ-UBND ngày 20/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh "
                  "về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)", "D")
    end = _award_table(ws, 7, [
        "I. TẬP THỂ",
        (1, "Xã Vĩnh Hòa", "", 3_510_000),
        "II. CÁ NHÂN",
        (1, "Lê Văn Cường", "Bí thư Chi bộ ấp Mới, Xã Vĩnh Hòa", 999_000),
    ])
    _sign(ws, end + 1, 3, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Văn Lâu"])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "awards", "options": {},
        "rows": {"9": "add", "11": "add"},
        "notes": {"11": "khác số tiền tính theo quy định"},
        "amounts": {"Lê Văn Cường": 999_000},
        "decision": {"number": "2567/QĐ-UBND", "form": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                     "issuer_name": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "signer_title": "PHÓ CHỦ TỊCH",
                     "signer_authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
                     "signer_name": "Trần Văn Lâu", "style": "state"},
    }


def c07(path: Path) -> None:
    """Unit names as offices shorten them."""
    wb, ws = _wb("Sheet1")
    _title(ws, 1, "DANH SÁCH MÔ HÌNH NĂM 2025", "D")
    _row(ws, 3, ["STT", "Tên mô hình", "Đơn vị thực hiện", "Ngày đăng ký"])
    rows = [("Phụ nữ tiết kiệm giúp nhau", "Hội LHPN xã Vĩnh Hòa", "10/3/2025"),
            ("Một cửa thân thiện", "UBND xã Tân Hiệp", "12/3/2025"),
            ("Ấp không có tội phạm", "Ban Công tác MTTQ ấp Mới", "15/3/2025"),
            ("Mặt trận với nông thôn mới", "Ủy ban MTTQ Việt Nam xã Vĩnh Hòa", "16/3/2025"),
            ("Cựu chiến binh giúp nhau", "Hội CCB xã Vĩnh Hòa", "18/3/2025")]
    for i, r in enumerate(rows, start=1):
        _row(ws, 3 + i, [i, *r])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"4": "add", "5": "add", "6": "add", "7": "add", "8": "add"},
        "units": {"4": "Hội Liên hiệp Phụ nữ xã Vĩnh Hòa", "5": "Ủy ban nhân dân xã Tân Hiệp",
                  "6": "Ban Công tác Mặt trận ấp Mới", "7": "Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Hòa"},
        "new_units": ["Hội CCB xã Vĩnh Hòa"],
        "suggest": {"Hội CCB xã Vĩnh Hòa": "Hội Cựu chiến binh xã Vĩnh Hòa Hiệp"},
    }


def c08(path: Path) -> None:
    """An old list typed in TCVN3 (.VnTime), "Thời gian thực hiện" of month/year text."""
    wb, ws = _wb("Sheet1")
    caps = Font(name=".VnTimeH", bold=True)
    body = Font(name=".VnTime")
    ws["A1"] = to_tcvn3("DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO NĂM 2022")
    ws["A1"].font = caps
    _row(ws, 3, [to_tcvn3(h) for h in ["STT", "TÊN MÔ HÌNH", "ĐƠN VỊ", "THỜI GIAN THỰC HIỆN", "XẾP LOẠI"]], caps)
    rows = [("Dân vận khéo xây dựng nông thôn mới", "Xã Vĩnh Hòa", "tháng 3/2022", "Tốt"),
            ("Hũ gạo khuyến học", "Xã Vĩnh Hòa Hiệp", "6/2022", "Khá"),
            ("Tổ hòa giải giỏi", "Xã Vĩnh Hòa", "01/9/2022", "Tốt")]
    for i, (n, u, w, rt) in enumerate(rows, start=1):
        _row(ws, 3 + i, [i, to_tcvn3(n), to_tcvn3(u), to_tcvn3(w), to_tcvn3(rt)], body)
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"4": "add", "5": "add", "6": "add"},
        "records": [{"row": 4, "name": "Dân vận khéo xây dựng nông thôn mới", "year": 2022, "rating": "tot"},
                    {"row": 5, "year": 2022, "rating": "kha"}],
    }


def c09(path: Path) -> None:
    """Reviews at the sơ kết 2023: by code, by name and unit, a "tiêu biểu" section; one unknown."""
    wb, ws = _wb("Sơ kết 2023")
    _party_head(ws, "E", "Châu Thành, ngày 10 tháng 11 năm 2023")
    _title(ws, 5, "DANH SÁCH MÔ HÌNH ĐƯỢC CÔNG NHẬN TẠI SƠ KẾT GIỮA GIAI ĐOẠN 2021-2025", "E")
    _row(ws, 7, ["TT", "Mã mô hình", "Tên mô hình", "Đơn vị", "Xếp loại"])
    ws.cell(8, 1, "I. MÔ HÌNH TIÊU BIỂU")
    _row(ws, 9, [1, "DVK-2022-0002", "Hũ gạo khuyến học", "Xã Vĩnh Hòa Hiệp", "Tốt"])
    ws.cell(10, 1, "II. MÔ HÌNH ĐƯỢC CÔNG NHẬN")
    _row(ws, 11, [1, None, "Dân vận khéo xây dựng nông thôn mới", "Xã Vĩnh Hòa", "Khá"])
    _row(ws, 12, [2, None, "Mô hình không có trong chương trình", "Xã Vĩnh Hòa", "Khá"])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "reviews", "options": {"milestone": "so-ket-2023"},
        "setup": "c09",
        "rows": {"9": "add", "11": "add", "12": "reject:Không tìm thấy mô hình"},
        "reviews": {"DVK-2022-0002": {"exemplary": 1, "recognized": 1, "rating": "tot"},
                    "DVK-2022-0001": {"exemplary": 0, "recognized": 1, "rating": "kha"}},
    }


def c10(path: Path) -> None:
    """A "Năm" column of mixed forms and a "Thời gian triển khai" column."""
    wb, ws = _wb("Sheet1")
    _row(ws, 1, ["TT", "Tên mô hình", "Đơn vị", "Năm", "Thời gian triển khai"])
    rows = [("Ngày chủ nhật xanh", "Xã Vĩnh Hòa", "2022", "01/4/2022"),
            ("Đèn đường chiếu sáng", "Xã Vĩnh Hòa Hiệp", 2023.0, "5/2023"),
            ("Cây mùa xuân", "Xã Vĩnh Hòa", "năm 2024", None),
            ("Ghi sai năm", "Xã Vĩnh Hòa", "20x4", None)]
    for i, r in enumerate(rows, start=1):
        _row(ws, 1 + i, [i, *r])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "initiatives", "options": {},
        "rows": {"2": "add", "3": "add", "4": "add", "5": "reject:Năm"},
        "records": [{"row": 2, "year": 2022, "start_date": "2022-04-01"}, {"row": 3, "year": 2023},
                    {"row": 4, "year": 2024}],
        "mapping": {"E": "start_date"},
    }


def c11(path: Path) -> None:
    """Decision columns on every row, the form written shortened ("GK Ban TG&DV Tỉnh ủy")."""
    wb, ws = _wb("Khen thưởng")
    _row(ws, 1, ["STT", "Họ và tên", "Đối tượng", "Đơn vị công tác", "Số QĐ", "Ngày QĐ", "Hình thức khen thưởng"])
    rows = [("Nguyễn Văn An", "Cá nhân", "Xã Vĩnh Hòa", "45-QĐ/BTGDVTU", "12/9/2025", "Giấy khen Ban TG&DV Tỉnh ủy"),
            ("Hội Nông dân tỉnh An Giang", "Tập thể", "", "45-QĐ/BTGDVTU", "12/9/2025",
             "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
            ("Lê Thị Hoa", "Cá nhân", "Xã Vĩnh Hòa Hiệp", "45-QĐ/BTGDVTU", "", "Giấy khen Ban TG&DV Tỉnh ủy")]
    for i, r in enumerate(rows, start=1):
        _row(ws, 1 + i, [i, *r])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "awards", "options": {},
        "rows": {"2": "add", "3": "add", "4": "reject:cần ngày quyết định"},
        # the office's own decision keeps the agency profile's names, no issuer record is made up
        "decision": {"number": "45-QĐ/BTGDVTU", "form": "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy",
                     "issuer_name": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "issuer": None},
    }


def c12(path: Path) -> None:
    """A form column naming a form the catalog lacks on some rows: those rows are refused naming
    it; the others import under their own forms."""
    wb, ws = _wb("Sheet1")
    _title(ws, 1, "TỔNG HỢP KHEN THƯỞNG NĂM 2025", "F")
    _row(ws, 3, ["STT", "Tên tập thể, cá nhân", "Đối tượng", "Quyết định số", "Ngày quyết định", "Hình thức"])
    rows = [("Xã Vĩnh Hòa", "Tập thể", "77-QĐ/BTGDVTU", "01/10/2025", "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
            ("Phạm Văn Đức", "Cá nhân", "88-QĐ/TU", "05/10/2025", "Bằng khen của Ban Thường vụ Tỉnh ủy"),
            ("Võ Thị Lan", "Cá nhân", "99/QĐ-UBND", "06/10/2025", "Bằng khen của Chủ tịch UBND tỉnh")]
    for i, r in enumerate(rows, start=1):
        _row(ws, 3 + i, [i, *r])
    wb.save(path)
    EXPECTED[path.name] = {
        "kind": "awards", "options": {},
        "rows": {"4": "add", "5": "reject:Bằng khen của Ban Thường vụ Tỉnh ủy", "6": "add"},
    }


BUILDERS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12]
NAMES = {
    c01: "c01-huyen-tieu-de-hai-dong.xlsx", c02: "c02-tieu-de-gay-nham.xlsx", c03: "c03-nam-o-tieu-de.xlsx",
    c04: "c04-khong-co-nam.xlsx", c05: "c05-bang-khen-btv-tinh-uy.xlsx", c06: "c06-ubnd-tinh-so-tien.xlsx",
    c07: "c07-ten-don-vi-viet-tat.xlsx", c08: "c08-phong-tcvn3.xlsx", c09: "c09-so-ket-2023.xlsx",
    c10: "c10-nam-nhieu-dang.xlsx", c11: "c11-qd-tung-dong.xlsx", c12: "c12-hinh-thuc-chua-co.xlsx",
}


def main() -> None:
    for build in BUILDERS:
        build(HERE / NAMES[build])
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
