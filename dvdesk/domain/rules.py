"""Validation rules: every message is Vietnamese and names the field (DOMAIN.md)."""

from __future__ import annotations

from datetime import date

from dvdesk.domain import catalog, labels
from dvdesk.domain.entities import Award, Decision, Initiative, Unit
from dvdesk.domain.vocab import (
    DocumentStyle,
    Gender,
    InitiativeKind,
    Level,
    Rating,
    Status,
    SubjectKind,
    Vocab,
)

MIN_DATE = date(1945, 1, 1)
MAX_DATE = date(2100, 12, 31)
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_MONEY = 10**13  # 10 000 tỉ đồng: anything larger is a typing error

# Every message names its field with the one label of :mod:`dvdesk.domain.labels`.
INITIATIVE_LABELS = labels.labels_for("initiatives")
UNIT_LABELS = labels.labels_for("units")
DECISION_LABELS = labels.labels_for("decisions")
AWARD_LABELS = labels.labels_for("awards")


def _required(errors: dict[str, str], lbl: dict[str, str], name: str, value: object) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors[name] = f"Chưa nhập {labels.lower_first(lbl.get(name, name))}."


def _date_in_range(errors: dict[str, str], lbl: dict[str, str], name: str, value: date | None) -> None:
    if value is not None and not (MIN_DATE <= value <= MAX_DATE):
        errors[name] = f"{lbl.get(name, name)} không hợp lệ ({value:%d/%m/%Y}): ngoài khoảng 1945–2100."


def _money(errors: dict[str, str], lbl: dict[str, str], name: str, value: int) -> None:
    if value is None:
        return
    if value < 0:
        errors[name] = f"{lbl.get(name, name)} không được âm."
    elif value > MAX_MONEY:
        errors[name] = f"{lbl.get(name, name)} quá lớn, hãy kiểm tra lại."


def _choice(errors: dict[str, str], lbl: dict[str, str], name: str, value: str | None, vocab: type[Vocab],
            optional=False) -> None:
    if value is None and optional:
        return
    if vocab.get(value) is None:
        errors[name] = f"{lbl.get(name, name)} không hợp lệ: \"{value}\"."


def validate_initiative(i: Initiative) -> dict[str, str]:
    errors: dict[str, str] = {}
    lbl = INITIATIVE_LABELS
    _required(errors, lbl, "name", i.name)
    _required(errors, lbl, "unit_id", i.unit_id)
    _required(errors, lbl, "phase_id", i.phase_id)
    if i.year is None:
        errors["year"] = f"Chưa nhập {labels.lower_first(lbl['year'])}."
    elif not (MIN_YEAR <= i.year <= MAX_YEAR):
        errors["year"] = f"{lbl['year']} {i.year} không hợp lệ."
    _choice(errors, lbl, "kind", i.kind, InitiativeKind)
    _choice(errors, lbl, "subject_kind", i.subject_kind, SubjectKind)
    if i.subject_kind == SubjectKind.CA_NHAN and not i.person_name.strip():
        errors["person_name"] = "Điển hình cá nhân phải có họ và tên."
    for name in ("registered_on", "start_date", "evaluation_date", "recognition_date"):
        _date_in_range(errors, lbl, name, getattr(i, name))
    for name in ("budget", "socialized"):
        _money(errors, lbl, name, getattr(i, name))
    for name in ("workdays", "replication_count"):
        if getattr(i, name) is not None and getattr(i, name) < 0:
            errors[name] = f"{lbl[name]} không được âm."
    _choice(errors, lbl, "status", i.status, Status)
    _choice(errors, lbl, "rating", i.rating, Rating, optional=True)
    _choice(errors, lbl, "recognition_level", i.recognition_level, Level, optional=True)
    if i.start_date and i.evaluation_date and i.evaluation_date < i.start_date:
        errors["evaluation_date"] = f"{lbl['evaluation_date']} không được trước {labels.lower_first(lbl['start_date'])}."
    return errors


def validate_unit(u: Unit) -> dict[str, str]:
    errors: dict[str, str] = {}
    lbl = UNIT_LABELS
    _required(errors, lbl, "name", u.name)
    _choice(errors, lbl, "level", u.level, Level)
    _date_in_range(errors, lbl, "valid_from", u.valid_from)
    _date_in_range(errors, lbl, "valid_to", u.valid_to)
    if u.valid_from and u.valid_to and u.valid_to < u.valid_from:
        errors["valid_to"] = "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực."
    if u.level == Level.HUYEN and u.valid_from and u.valid_from > catalog.DISTRICT_LEVEL_ENDS:
        errors["level"] = "Từ ngày 01/7/2025 không còn cấp huyện."
    return errors


def validate_decision(d: Decision) -> dict[str, str]:
    errors: dict[str, str] = {}
    lbl = DECISION_LABELS
    _required(errors, lbl, "number", d.number)
    _required(errors, lbl, "signed_on", d.signed_on)
    _required(errors, lbl, "form_id", d.form_id)
    _required(errors, lbl, "issuer_name", d.issuer_name)
    _date_in_range(errors, lbl, "signed_on", d.signed_on)
    _choice(errors, lbl, "style", d.style, DocumentStyle)
    return errors


def validate_award(a: Award) -> dict[str, str]:
    errors: dict[str, str] = {}
    lbl = AWARD_LABELS
    _required(errors, lbl, "decision_id", a.decision_id)
    _required(errors, lbl, "recipient_name", a.recipient_name)
    _choice(errors, lbl, "recipient_kind", a.recipient_kind, SubjectKind)
    _choice(errors, lbl, "gender", a.gender, Gender, optional=True)
    if a.birth_year is not None and not (1900 <= a.birth_year <= MAX_YEAR):
        errors["birth_year"] = f"{lbl['birth_year']} {a.birth_year} không hợp lệ."
    _money(errors, lbl, "amount", a.amount)
    return errors
