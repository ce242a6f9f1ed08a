"""Blank import templates (Excel) for initiatives, awards and units, with an instruction sheet.

The files live in ``resources/templates/`` (regenerate with
``python -m dvdesk.services.importers.templates``); :func:`save_template` copies one for the user,
building it on the fly if the bundled file is missing.
"""

from __future__ import annotations

import shutil
import sys
from datetime import datetime
from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vocab import Gender, InitiativeKind, Level, Rating, Status, SubjectKind
from dvdesk.services.importers.specs import FIELDS, KIND_LABELS, FieldSpec

TEMPLATE_FILES = {
    "initiatives": "mau-nhap-mo-hinh.xlsx",
    "awards": "mau-nhap-khen-thuong.xlsx",
    "units": "mau-nhap-don-vi.xlsx",
}
TITLES = {
    "initiatives": "DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH \"DÂN VẬN KHÉO\"",
    "awards": "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
    "units": "DANH MỤC ĐƠN VỊ",
}
DATA_SHEET = "Danh sách"
HELP_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
HEADER_ROW = 4
FIXED_TIME = datetime(2026, 1, 1)

# Columns of each template (field keys, in order); "Chức vụ, đơn vị" is left out of the awards
# template because it has the two separate columns.
TEMPLATE_COLUMNS = {
    "initiatives": [f.key for f in FIELDS["initiatives"] if f.key != "_reason"],
    "awards": ["_tt", "recipient_name", "recipient_kind", "position", "unit", "birth_year", "gender", "achievement",
               "initiative_code", "decision_number", "decision_date", "form", "amount", "uuid"],
    "units": [f.key for f in FIELDS["units"] if f.key != "_reason"],
}

_GENERAL_HELP = [
    "Cách dùng mẫu này",
    "• Nhập mỗi bản ghi trên một dòng, bắt đầu ngay dưới dòng tiêu đề cột (dòng {row}). Không đổi tên, không xóa "
    "dòng tiêu đề cột; có thể bỏ bớt cột không dùng, đổi thứ tự cột, thêm dòng tiêu đề ở trên.",
    "• Cột có dấu (*) là bắt buộc. Ngày ghi dạng ngày/tháng/năm (15/10/2025); cũng nhận tháng/năm (10/2025) hoặc "
    "chỉ năm.",
    "• Có thể chia danh sách thành các mục: một dòng \"I. TẬP THỂ\", \"II. CÁ NHÂN\" (hoặc \"A. MÔ HÌNH\", "
    "\"B. ĐIỂN HÌNH\", \"1. Khối Đảng\"…) đứng riêng một dòng; các dòng bên dưới thuộc mục đó. Dòng \"Cộng\", "
    "\"Tổng cộng\" và phần chữ ký cuối bảng được bỏ qua.",
    "• Tên lĩnh vực, khối, cấp, trạng thái viết có dấu hay không dấu, hoa hay thường đều được; lĩnh vực viết tắt "
    "KT, VH-XH, QP-AN, XDHTCT cũng được.",
    "• Đơn vị ghi đúng tên trong danh mục (tên hiện nay hoặc tên trước khi sáp nhập). Tên chưa có sẽ được tạo "
    "mới với ghi chú \"chưa xác minh\" và được liệt kê trong báo cáo nhập.",
    "• Chữ gõ bằng phông cũ (.VnTime, VNI-Times) được tự động chuyển sang Unicode.",
    "• Trước khi nhập thật, chương trình cho xem trước: dòng nào thêm mới, cập nhật, bỏ qua, bị từ chối và lý do. "
    "Các dòng bị từ chối có thể lưu thành tệp Excel có cột \"Lý do\" để sửa rồi nhập lại.",
    "• Bản ghi đã có (cùng UUID, cùng mã, hoặc cùng tên + đơn vị + năm) được cập nhật, không bị nhân đôi.",
]
_AWARD_HELP = [
    "• Mỗi dòng là một tập thể hoặc cá nhân được khen. Quyết định khen thưởng lấy từ các cột \"Số quyết định\", "
    "\"Ngày quyết định\", \"Hình thức khen thưởng\"; nếu các dòng cùng một quyết định có thể ghi một lần ở đầu "
    "bảng: \"(Kèm theo Quyết định số 12-QĐ/BTGDVTU ngày 10/10/2025 …)\".",
    "• Quyết định chưa có trong chương trình sẽ được tạo mới. Số tiền được tính theo hệ số và mức lương cơ sở "
    "tại ngày quyết định (cột \"Số tiền\" chỉ để đối chiếu).",
]


def template_path(kind: str) -> Path:
    from dvdesk.paths import resource

    return resource("templates", TEMPLATE_FILES[kind])


def _choices(kind: str) -> dict[str, list[str]]:
    from dvdesk.domain.money import DEFAULT_FORMS
    from dvdesk.store.seed import BLOCKS
    from dvdesk.store.seed import FIELDS as SEED_FIELDS

    lists = {
        "field": [n for _, n in SEED_FIELDS],
        "block": [n for _, n in BLOCKS],
        "kind": [m.label for m in InitiativeKind],
        "subject_kind": [m.label for m in SubjectKind],
        "recipient_kind": [m.label for m in SubjectKind],
        "status": [m.label for m in Status],
        "rating": [m.label for m in Rating],
        "recognition_level": [m.label for m in Level],
        "level": [m.label for m in Level],
        "gender": [m.label for m in Gender],
        "form": [f.name for f in DEFAULT_FORMS.values()],
    }
    keys = set(TEMPLATE_COLUMNS[kind])
    return {k: v for k, v in lists.items() if k in keys}


def _header_text(f: FieldSpec) -> str:
    return f"{f.label} (*)" if f.required else f.label


def build_template(kind: str):
    """The template workbook for ``kind`` (openpyxl Workbook)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind not in TEMPLATE_FILES:
        raise DvdeskError(f"Không có mẫu nhập cho \"{kind}\".")
    specs = {f.key: f for f in FIELDS[kind]}
    cols = [specs[k] for k in TEMPLATE_COLUMNS[kind]]
    wb = openpyxl.Workbook()
    wb.properties.creator = "dvdesk"
    wb.properties.title = f"Mẫu nhập {KIND_LABELS[kind].lower()}"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = DATA_SHEET
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, TITLES[kind]).font = Font(name="Times New Roman", size=14, bold=True)
    ws.cell(2, 1, "(Mẫu nhập dữ liệu vào dvdesk — xem cách ghi ở trang \"Hướng dẫn\")").font = Font(
        name="Times New Roman", size=12, italic=True)
    last = get_column_letter(len(cols))
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"].alignment = Alignment(horizontal="center")
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, f in enumerate(cols, start=1):
        cell = ws.cell(HEADER_ROW, i, _header_text(f))
        cell.font = Font(name="Times New Roman", size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = fill
        cell.border = border
        width = 6 if f.key == "_tt" else 45 if f.key in ("name", "achievement", "recipient_name") else \
            40 if f.type == "longtext" else 38 if f.key == "uuid" else 22
        ws.column_dimensions[get_column_letter(i)].width = width
        if f.type == "date":
            for r in range(HEADER_ROW + 1, HEADER_ROW + 501):
                ws.cell(r, i).number_format = "DD/MM/YYYY"
    ws.row_dimensions[HEADER_ROW].height = 36
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    # choice lists on a hidden sheet (lists longer than Excel's 255-character inline limit)
    lists = _choices(kind)
    if lists:
        ls = wb.create_sheet(LISTS_SHEET)
        for j, (key, values) in enumerate(sorted(lists.items()), start=1):
            ls.cell(1, j, specs[key].label)
            for r, v in enumerate(values, start=2):
                ls.cell(r, j, v)
            col = get_column_letter(j)
            index = TEMPLATE_COLUMNS[kind].index(key) + 1
            dv = DataValidation(type="list", formula1=f"='{LISTS_SHEET}'!${col}$2:${col}${len(values) + 1}",
                                allow_blank=True, showErrorMessage=False)
            dv.add(f"{get_column_letter(index)}{HEADER_ROW + 1}:{get_column_letter(index)}{HEADER_ROW + 2000}")
            ws.add_data_validation(dv)
        ls.sheet_state = "hidden"
    # instructions
    hs = wb.create_sheet(HELP_SHEET, 1)
    hs.column_dimensions["A"].width = 34
    hs.column_dimensions["B"].width = 12
    hs.column_dimensions["C"].width = 80
    hs.column_dimensions["D"].width = 30
    hs.cell(1, 1, f"HƯỚNG DẪN NHẬP {KIND_LABELS[kind].upper()} VÀO DVDESK").font = Font(size=14, bold=True)
    row = 3
    general = _GENERAL_HELP + (_AWARD_HELP if kind == "awards" else [])
    for i, line in enumerate(general):
        c = hs.cell(row, 1, line.format(row=HEADER_ROW))
        c.font = Font(bold=i == 0)
        hs.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        hs.row_dimensions[row].height = 15 if i == 0 else 32
        row += 1
    row += 1
    for j, h in enumerate(("Cột", "Bắt buộc", "Cách ghi", "Ví dụ"), start=1):
        c = hs.cell(row, j, h)
        c.font = Font(bold=True)
        c.fill = fill
        c.border = border
    row += 1
    for f in cols:
        other = [s for s in f.synonyms if s != f.label][:4]
        note = f.help + (f" Tiêu đề khác cũng nhận: {', '.join(other)}." if other and f.key != "_tt" else "")
        for j, v in enumerate((f.label, "Có" if f.required else "", note.strip(), f.example), start=1):
            c = hs.cell(row, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        row += 1
    return wb


def write_template(kind: str, path: Path | str) -> Path:
    path = Path(path)
    wb = build_template(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path


def save_template(kind: str, dest: Path | str) -> Path:
    """Save the blank template for ``kind`` to ``dest`` (a file, or a folder)."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / TEMPLATE_FILES[kind]
    if dest.suffix.lower() != ".xlsx":
        dest = dest.with_suffix(".xlsx")
    src = template_path(kind)
    try:
        if src.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            return dest
        return write_template(kind, dest)
    except OSError as exc:
        raise DvdeskError(f"Không lưu được tệp mẫu vào {dest}: {exc.strerror or exc}.") from exc


def main(argv: list[str]) -> int:
    """Regenerate resources/templates/*.xlsx."""
    from dvdesk.paths import resource

    out = resource("templates")
    for kind in TEMPLATE_FILES:
        print(write_template(kind, out / TEMPLATE_FILES[kind]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
