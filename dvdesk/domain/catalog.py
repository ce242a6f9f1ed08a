"""Fixed vocabularies of the domain: codes stored in the database and their Vietnamese labels.

Editable catalogs (fields, blocks, award forms, units, phases) live in the database; these are
the closed sets the program's logic depends on.
"""

from __future__ import annotations

from datetime import date

INITIATIVE_KINDS = {"mo_hinh": "Mô hình", "dien_hinh": "Điển hình"}
SUBJECT_KINDS = {"tap_the": "Tập thể", "ca_nhan": "Cá nhân"}
RECIPIENT_KINDS = SUBJECT_KINDS
LEVELS = {"trung_uong": "Trung ương", "tinh": "Tỉnh", "huyen": "Huyện", "xa": "Xã/cơ sở"}
# The district level exists only up to 30/6/2025 (DOMAIN.md §2).
DISTRICT_LEVEL_ENDS = date(2025, 6, 30)
RATINGS = {"tot": "Tốt", "kha": "Khá", "trung_binh": "Trung bình", "yeu": "Yếu"}
GENDERS = {"nam": "Nam", "nu": "Nữ"}
MILESTONE_KINDS = {"annual": "Sơ kết năm", "so_ket": "Sơ kết", "tong_ket": "Tổng kết"}
DOCUMENT_STYLES = {"party": "Văn bản Đảng (HD 36-HD/VPTW)", "state": "Văn bản hành chính (NĐ 30/2020)"}

# Lifecycle of an initiative (DOMAIN.md §1), in order.
STATUSES = {
    "dang_ky": "Đăng ký",
    "tham_dinh": "Thẩm định, bình xét",
    "phan_loai": "Phân loại",
    "cong_nhan": "Công nhận",
    "tieu_bieu": "Tiêu biểu",
    "de_nghi_khen": "Đề nghị khen thưởng",
    "nhan_rong": "Nhân rộng",
    "dung": "Dừng",
}
STATUS_ORDER = list(STATUSES)

# Statuses at or beyond recognition (registered >= recognized >= tiêu biểu >= awarded).
RECOGNIZED_STATUSES = ("cong_nhan", "tieu_bieu", "de_nghi_khen", "nhan_rong")
EXEMPLARY_STATUSES = ("tieu_bieu", "de_nghi_khen", "nhan_rong")


def label(table: dict[str, str], code: str | None) -> str:
    """The Vietnamese label of a code, or the code itself when unknown."""
    if code is None:
        return ""
    return table.get(code, code)


def allowed_transitions(status: str) -> list[str]:
    """Statuses reachable from ``status``: the next steps forward, and 'dung' (stop) from anywhere.

    Stepping back one stage is allowed too (a clerk's correction); the note records why.
    """
    if status == "dung":
        return ["dang_ky"]
    i = STATUS_ORDER.index(status)
    forward = [s for s in STATUS_ORDER[i + 1 :] if s != "dung"]
    back = [STATUS_ORDER[i - 1]] if i > 0 else []
    return [*forward, *back, "dung"]
