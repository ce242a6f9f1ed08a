"""Entities of the domain as plain dataclasses (field names match the database columns)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from dvdesk.domain.vocab import DocumentStyle, InitiativeKind, Status, SubjectKind


@dataclass
class CatalogItem:
    """A row of a simple catalog (fields, blocks)."""

    code: str
    name: str
    sort_order: int = 0
    id: int | None = None


@dataclass
class Unit:
    name: str
    level: str  # a Level code
    short_name: str = ""
    code: str | None = None
    block_id: int | None = None
    parent_id: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    symbol: str = ""
    precedence: int = 1000
    verified: bool = True
    note: str = ""
    uuid: str = ""
    id: int | None = None

    def valid_on(self, when: date) -> bool:
        return (self.valid_from is None or self.valid_from <= when) and (
            self.valid_to is None or when <= self.valid_to
        )


@dataclass
class Phase:
    code: str
    name: str
    start_year: int
    end_year: int
    id: int | None = None


@dataclass
class Milestone:
    phase_id: int
    key: str
    kind: str  # a MilestoneKind code
    year: int
    name: str
    held_on: date | None = None
    id: int | None = None


@dataclass
class Initiative:
    name: str
    unit_id: int
    phase_id: int
    year: int
    kind: str = InitiativeKind.MO_HINH
    subject_kind: str = SubjectKind.TAP_THE
    field_id: int | None = None
    block_id: int | None = None
    person_name: str = ""
    person_position: str = ""
    registered_on: date | None = None
    situation: str = ""
    goals: str = ""
    methods: str = ""
    area: str = ""
    target_group: str = ""
    lead_force: str = ""
    partners: str = ""
    participants: str = ""
    budget: int = 0
    workdays: int = 0
    socialized: int = 0
    start_date: date | None = None
    progress: str = ""
    evaluation_date: date | None = None
    outputs: str = ""
    sustainability: str = ""
    status: str = Status.DANG_KY
    rating: str | None = None
    recognition_level: str | None = None
    recognition_decision: str = ""
    recognition_date: date | None = None
    exemplary: bool = False
    replication_count: int = 0
    tags: str = ""
    note: str = ""
    unit_name: str = ""
    code: str = ""
    uuid: str = ""
    id: int | None = None


@dataclass
class Review:
    initiative_id: int
    milestone_id: int
    rating: str | None = None
    summary: str = ""
    recognized: bool = False
    exemplary: bool = False
    proposed_form_id: int | None = None
    reviewed_on: date | None = None
    recognition_level: str | None = None  # a Level code
    recognition_decision: str = ""
    recognition_date: date | None = None
    id: int | None = None


@dataclass
class AwardForm:
    code: str
    name: str
    carries_money: bool = True
    sort_order: int = 0
    valid_from: date | None = None
    valid_to: date | None = None
    id: int | None = None


@dataclass
class Issuer:
    """A body that issues award decisions, as it was called between ``valid_from`` and ``valid_to``."""

    body: str  # stable code across renames: 'BAN', 'BTV_TINH', 'UBND_TINH', 'BAN_TW'
    kind: str  # an IssuerKind code
    name: str
    parent_name: str = ""
    authority: str = ""
    symbol: str = ""
    style: str = DocumentStyle.PARTY
    numbering: str = "term"  # a Numbering code
    term_start: int | None = None
    place: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    sort_order: int = 0
    note: str = ""
    uuid: str = ""
    id: int | None = None

    def valid_on(self, when: date) -> bool:
        return (self.valid_from is None or self.valid_from <= when) and (
            self.valid_to is None or when <= self.valid_to
        )


@dataclass
class Decision:
    number: str
    signed_on: date
    form_id: int
    issuer_name: str = ""
    issuer_parent: str = ""
    issuer_symbol: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    milestone_id: int | None = None
    summary: str = ""
    style: str = DocumentStyle.PARTY
    issuer_id: int | None = None
    legal_bases: str = ""  # "Căn cứ …;" one per line
    proposer: str = ""  # "Xét đề nghị của …"
    award_order: str = "precedence"  # an AwardOrder code
    uuid: str = ""
    id: int | None = None


@dataclass
class Award:
    decision_id: int
    recipient_kind: str  # a SubjectKind code
    recipient_name: str
    position: str = ""
    unit_id: int | None = None
    unit_text: str = ""
    birth_year: int | None = None
    gender: str | None = None
    achievement: str = ""
    initiative_id: int | None = None
    coefficient: Decimal = Decimal(0)
    base_salary: int = 0
    amount: int = 0
    manual_order: int | None = None
    amount_override_reason: str = ""  # an amount changed by hand keeps its reason
    uuid: str = ""
    id: int | None = None


@dataclass
class DirectiveDocument:
    number: str
    issued_on: date | None = None
    doc_type: str = ""
    issuer: str = ""
    summary: str = ""
    phase_id: int | None = None
    uuid: str = ""
    id: int | None = None


@dataclass
class Attachment:
    sha256: str
    file_name: str
    size: int
    owner_table: str
    owner_id: int
    mime: str = ""
    caption: str = ""
    added_at: str = ""
    id: int | None = None


@dataclass
class AuditEntry:
    at: str
    user: str
    action: str
    table_name: str
    row_id: int
    changed: list[str] = field(default_factory=list)
    before: dict | None = None
    after: dict | None = None
    id: int | None = None


@dataclass
class TrashItem:
    table_name: str
    row_id: int
    label: str
    kind_label: str
    deleted_at: str
