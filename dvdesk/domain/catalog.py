"""Fixed vocabularies of the domain as code -> label tables, and the rules that go with them.

The codes and their Vietnamese labels are defined once, in :mod:`dvdesk.domain.vocab`; the tables
here are views of those enums (keys are the enum members, which equal their stored codes).
Editable catalogs (fields, blocks, award forms, units, phases) live in the database; these are
the closed sets the program's logic depends on.
"""

from __future__ import annotations

from datetime import date

from dvdesk.domain.vocab import (
    DocumentStyle,
    Gender,
    InitiativeKind,
    Level,
    MilestoneKind,
    Rating,
    Status,
    SubjectKind,
)

INITIATIVE_KINDS = InitiativeKind.labels()
SUBJECT_KINDS = SubjectKind.labels()
RECIPIENT_KINDS = SUBJECT_KINDS
LEVELS = Level.labels()
# The district level exists only up to 30/6/2025 (DOMAIN.md §2).
DISTRICT_LEVEL_ENDS = date(2025, 6, 30)
RATINGS = Rating.labels()
GENDERS = Gender.labels()
MILESTONE_KINDS = MilestoneKind.labels()
DOCUMENT_STYLES = DocumentStyle.labels()

# Lifecycle of an initiative (DOMAIN.md §1), in order.
STATUSES = Status.labels()
STATUS_ORDER = list(Status)

# Statuses at or beyond recognition (registered >= recognized >= tiêu biểu >= awarded).
RECOGNIZED_STATUSES = (Status.CONG_NHAN, Status.TIEU_BIEU, Status.DE_NGHI_KHEN, Status.NHAN_RONG)
EXEMPLARY_STATUSES = (Status.TIEU_BIEU, Status.DE_NGHI_KHEN, Status.NHAN_RONG)


def label(table: dict[str, str], code: str | None) -> str:
    """The Vietnamese label of a code, or the code itself when unknown."""
    if code is None:
        return ""
    return table.get(code, code)


def levels_on(on: date) -> list[Level]:
    """The levels that exist on ``on`` (no district level from 1/7/2025)."""
    return [lv for lv in Level if lv != Level.HUYEN or on <= DISTRICT_LEVEL_ENDS]


def allowed_transitions(status: str) -> list[Status]:
    """Statuses reachable from ``status``: the next steps forward, and 'dung' (stop) from anywhere.

    Stepping back one stage is allowed too (a clerk's correction); the note records why.
    """
    if status == Status.DUNG:
        return [Status.DANG_KY]
    i = STATUS_ORDER.index(status)
    forward = [s for s in STATUS_ORDER[i + 1 :] if s != Status.DUNG]
    back = [STATUS_ORDER[i - 1]] if i > 0 else []
    return [*forward, *back, Status.DUNG]
