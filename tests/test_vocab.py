"""One vocabulary: the stored codes are the enums of dvdesk.domain.vocab (checked against the
schema's CHECK constraints), and every code has its Vietnamese label."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from datetime import date

import pytest

from dvdesk.domain import catalog, vocab
from dvdesk.domain.vocab import (
    AttachmentOwner,
    AuditAction,
    DocumentStyle,
    Gender,
    InitiativeKind,
    Level,
    MilestoneKind,
    Rating,
    Status,
    SubjectKind,
    UnitLinkKind,
)

# (table, column) of every CHECK (column IN (...)) in the schema -> its vocabulary
CHECKED = {
    ("units", "level"): Level,
    ("unit_links", "kind"): UnitLinkKind,
    ("milestones", "kind"): MilestoneKind,
    ("initiatives", "kind"): InitiativeKind,
    ("initiatives", "subject_kind"): SubjectKind,
    ("initiatives", "status"): Status,
    ("initiatives", "rating"): Rating,
    ("initiatives", "recognition_level"): Level,
    ("award_coefficients", "recipient_kind"): SubjectKind,
    ("reviews", "rating"): Rating,
    ("decisions", "style"): DocumentStyle,
    ("awards", "recipient_kind"): SubjectKind,
    ("awards", "gender"): Gender,
    ("attachments", "owner_table"): AttachmentOwner,
    ("audit_log", "action"): AuditAction,
}
_IN = re.compile(r"\b(\w+)\s+IN\s*\(([^()]*)\)", re.IGNORECASE)


@pytest.fixture(scope="module")
def schema_checks(tmp_path_factory) -> dict[tuple[str, str], tuple[str, ...]]:
    """(table, column) -> the codes its CHECK allows, read from a fresh database."""
    from dvdesk.store.db import create_store

    store = create_store(tmp_path_factory.mktemp("vocab") / "fresh.sqlite3")
    try:
        rows = store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
        found: dict[tuple[str, str], tuple[str, ...]] = {}
        for table, sql in rows:
            for column, values in _IN.findall(sql):
                codes = tuple(re.findall(r"'([^']*)'", values))
                if codes:
                    found[(table, column)] = codes
        return found
    finally:
        store.close()


def test_every_checked_column_has_its_enum(schema_checks):
    assert set(schema_checks) == set(CHECKED), "a CHECK (... IN ...) of the schema has no enum (or the reverse)"


@pytest.mark.parametrize(("table", "column"), sorted(CHECKED))
def test_enum_matches_the_schema_check(schema_checks, table, column):
    enum = CHECKED[(table, column)]
    assert enum.codes() == schema_checks[(table, column)], f"{table}.{column} vs {enum.__name__}"


@pytest.mark.parametrize("enum", vocab.ALL, ids=lambda e: e.__name__)
def test_every_member_has_a_vietnamese_label(enum):
    assert len(enum) >= 2
    seen = set()
    for member in enum:
        assert isinstance(member.label, str) and member.label.strip(), member
        assert member.label == member.label.strip()
        assert unicodedata.is_normalized("NFC", member.label), member
        assert member.label not in seen, f"{enum.__name__}: two codes share the label {member.label!r}"
        seen.add(member.label)
        assert member.value == str(member) and type(member.value) is str


def test_a_member_is_its_stored_code():
    assert SubjectKind.CA_NHAN == "ca_nhan" and Status("dang_ky") is Status.DANG_KY
    assert f"{InitiativeKind.DIEN_HINH}" == "dien_hinh" and str(Level.XA) == "xa" and f"{Rating.KHA:>4}" == " kha"
    assert json.dumps({"k": Gender.NU}) == '{"k": "nu"}'
    assert {"tap_the": 1}[SubjectKind.TAP_THE] == 1 and SubjectKind.TAP_THE in {"tap_the"}
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (k TEXT CHECK (k IN ('mo_hinh','dien_hinh')))")
    conn.execute("INSERT INTO t VALUES (?)", (InitiativeKind.MO_HINH,))
    value, kind = conn.execute("SELECT k, typeof(k) FROM t").fetchone()
    assert (value, kind) == ("mo_hinh", "text")
    assert InitiativeKind(value) is InitiativeKind.MO_HINH


def test_helpers():
    assert Status.label_of("tham_dinh") == "Thẩm định, bình xét"
    assert Status.label_of(None) == "" and Status.label_of("khac") == "khac"
    assert Rating.choices()[0] == (Rating.TOT, "Tốt")
    assert Level.get("huyen") is Level.HUYEN and Level.get("quan") is None and Level.get(None) is None
    assert catalog.levels_on(date(2025, 6, 30)) == list(Level)
    assert Level.HUYEN not in catalog.levels_on(date(2025, 7, 1))


def test_catalog_tables_are_views_of_the_enums():
    for table, enum in ((catalog.STATUSES, Status), (catalog.LEVELS, Level), (catalog.RATINGS, Rating),
                        (catalog.SUBJECT_KINDS, SubjectKind), (catalog.RECIPIENT_KINDS, SubjectKind),
                        (catalog.INITIATIVE_KINDS, InitiativeKind), (catalog.GENDERS, Gender),
                        (catalog.MILESTONE_KINDS, MilestoneKind), (catalog.DOCUMENT_STYLES, DocumentStyle)):
        assert table == {m.value: m.label for m in enum}
        assert list(table) == list(enum)
    assert catalog.STATUS_ORDER == list(Status)
    assert catalog.allowed_transitions("dung") == [Status.DANG_KY]
    assert catalog.allowed_transitions("cong_nhan")[-1] == Status.DUNG
