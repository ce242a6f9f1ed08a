"""Validation rules: every message is Vietnamese and names the field (DOMAIN.md)."""

from __future__ import annotations

from datetime import date

from dvdesk.domain import catalog
from dvdesk.domain.entities import Award, Decision, Initiative, Unit

MIN_DATE = date(1945, 1, 1)
MAX_DATE = date(2100, 12, 31)
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_MONEY = 10**13  # 10 000 tỉ đồng: anything larger is a typing error

LABELS = {
    "name": "Tên",
    "unit_id": "Đơn vị",
    "phase_id": "Giai đoạn",
    "year": "Năm",
    "kind": "Loại",
    "subject_kind": "Đối tượng (tập thể/cá nhân)",
    "person_name": "Họ và tên",
    "registered_on": "Ngày đăng ký",
    "start_date": "Ngày bắt đầu",
    "evaluation_date": "Thời điểm đánh giá",
    "recognition_date": "Ngày công nhận",
    "budget": "Kinh phí",
    "workdays": "Ngày công",
    "socialized": "Kinh phí xã hội hóa",
    "replication_count": "Số lần nhân rộng",
    "status": "Trạng thái",
    "rating": "Xếp loại",
    "recognition_level": "Cấp công nhận",
    "number": "Số quyết định",
    "signed_on": "Ngày ký",
    "form_id": "Hình thức khen thưởng",
    "issuer_name": "Cơ quan ban hành",
    "recipient_name": "Tên người/tập thể được khen",
    "recipient_kind": "Đối tượng (tập thể/cá nhân)",
    "decision_id": "Quyết định",
    "birth_year": "Năm sinh",
    "gender": "Giới tính",
    "amount": "Số tiền",
    "level": "Cấp",
    "valid_from": "Hiệu lực từ ngày",
    "valid_to": "Hiệu lực đến ngày",
}


def _required(errors: dict[str, str], name: str, value: object) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors[name] = f"Chưa nhập {LABELS.get(name, name).lower()}."


def _date_in_range(errors: dict[str, str], name: str, value: date | None) -> None:
    if value is not None and not (MIN_DATE <= value <= MAX_DATE):
        errors[name] = f"{LABELS.get(name, name)} không hợp lệ ({value:%d/%m/%Y}): ngoài khoảng 1945–2100."


def _money(errors: dict[str, str], name: str, value: int) -> None:
    if value is None:
        return
    if value < 0:
        errors[name] = f"{LABELS.get(name, name)} không được âm."
    elif value > MAX_MONEY:
        errors[name] = f"{LABELS.get(name, name)} quá lớn, hãy kiểm tra lại."


def _choice(errors: dict[str, str], name: str, value: str | None, table: dict[str, str], optional=False) -> None:
    if value is None and optional:
        return
    if value not in table:
        errors[name] = f"{LABELS.get(name, name)} không hợp lệ: \"{value}\"."


def validate_initiative(i: Initiative) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "name", i.name)
    _required(errors, "unit_id", i.unit_id)
    _required(errors, "phase_id", i.phase_id)
    if i.year is None:
        errors["year"] = "Chưa nhập năm."
    elif not (MIN_YEAR <= i.year <= MAX_YEAR):
        errors["year"] = f"Năm {i.year} không hợp lệ."
    _choice(errors, "kind", i.kind, catalog.INITIATIVE_KINDS)
    _choice(errors, "subject_kind", i.subject_kind, catalog.SUBJECT_KINDS)
    if i.subject_kind == "ca_nhan" and not i.person_name.strip():
        errors["person_name"] = "Điển hình cá nhân phải có họ và tên."
    for name in ("registered_on", "start_date", "evaluation_date", "recognition_date"):
        _date_in_range(errors, name, getattr(i, name))
    for name in ("budget", "socialized"):
        _money(errors, name, getattr(i, name))
    for name in ("workdays", "replication_count"):
        if getattr(i, name) is not None and getattr(i, name) < 0:
            errors[name] = f"{LABELS[name]} không được âm."
    _choice(errors, "status", i.status, catalog.STATUSES)
    _choice(errors, "rating", i.rating, catalog.RATINGS, optional=True)
    _choice(errors, "recognition_level", i.recognition_level, catalog.LEVELS, optional=True)
    if i.start_date and i.evaluation_date and i.evaluation_date < i.start_date:
        errors["evaluation_date"] = "Thời điểm đánh giá không được trước ngày bắt đầu."
    return errors


def validate_unit(u: Unit) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "name", u.name)
    _choice(errors, "level", u.level, catalog.LEVELS)
    _date_in_range(errors, "valid_from", u.valid_from)
    _date_in_range(errors, "valid_to", u.valid_to)
    if u.valid_from and u.valid_to and u.valid_to < u.valid_from:
        errors["valid_to"] = "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực."
    if u.level == "huyen" and u.valid_from and u.valid_from > catalog.DISTRICT_LEVEL_ENDS:
        errors["level"] = "Từ ngày 01/7/2025 không còn cấp huyện."
    return errors


def validate_decision(d: Decision) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "number", d.number)
    _required(errors, "signed_on", d.signed_on)
    _required(errors, "form_id", d.form_id)
    _required(errors, "issuer_name", d.issuer_name)
    _date_in_range(errors, "signed_on", d.signed_on)
    if d.style not in catalog.DOCUMENT_STYLES:
        errors["style"] = f"Thể thức văn bản không hợp lệ: \"{d.style}\"."
    return errors


def validate_award(a: Award) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "decision_id", a.decision_id)
    _required(errors, "recipient_name", a.recipient_name)
    _choice(errors, "recipient_kind", a.recipient_kind, catalog.RECIPIENT_KINDS)
    _choice(errors, "gender", a.gender, catalog.GENDERS, optional=True)
    if a.birth_year is not None and not (1900 <= a.birth_year <= MAX_YEAR):
        errors["birth_year"] = f"Năm sinh {a.birth_year} không hợp lệ."
    _money(errors, "amount", a.amount)
    return errors
