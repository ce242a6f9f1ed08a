"""One vocabulary: the stored codes are the enums of dvdesk.domain.vocab (checked against the
schema's CHECK constraints), every code has its Vietnamese label, and every field label the user
sees in rules, importer headers, the registration dialog and the audit log comes from the one
mapping of dvdesk.domain.labels."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from dvdesk.domain import catalog, labels, rules, vocab
from dvdesk.domain.entities import Award, Initiative, Unit
from dvdesk.domain.labels import FIELD_LABELS, field_label, labels_for
from dvdesk.domain.vocab import (
    AttachmentOwner,
    AuditAction,
    AwardOrder,
    DocumentStyle,
    Gender,
    InitiativeKind,
    IssuerKind,
    Level,
    MilestoneKind,
    Numbering,
    Rating,
    Status,
    SubjectKind,
    UnitLinkKind,
)

ROOT = Path(__file__).resolve().parent.parent

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
    ("issuers", "kind"): IssuerKind,
    ("issuers", "style"): DocumentStyle,
    ("issuers", "numbering"): Numbering,
    ("decisions", "award_order"): AwardOrder,
    ("reviews", "recognition_level"): Level,
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


def test_importer_vocabularies_print_the_enum_labels():
    from dvdesk.services.importers import values

    for vocabulary, enum in ((values.KINDS, InitiativeKind), (values.SUBJECTS, SubjectKind),
                             (values.STATUSES, Status), (values.RATINGS, Rating), (values.LEVELS, Level),
                             (values.GENDERS, Gender)):
        assert vocabulary.names == enum.labels()
        for member in enum:
            assert vocabulary.parse(member.label) is member
            assert vocabulary.parse(member.value) is member


# -- field labels -----------------------------------------------------------------------------------
def test_replication_count_has_one_label_everywhere():
    from dvdesk.services import audit_format as safety
    from dvdesk.services.importers.specs import spec

    assert FIELD_LABELS["replication_count"] == "Số nơi nhân rộng"
    assert spec("initiatives", "replication_count").label == FIELD_LABELS["replication_count"]
    assert safety.field_label("replication_count") == "số nơi nhân rộng"
    errors = rules.validate_initiative(Initiative(name="A", unit_id=1, phase_id=1, year=2025, replication_count=-1))
    assert errors["replication_count"] == "Số nơi nhân rộng không được âm."


def test_importer_headers_come_from_the_one_mapping():
    from dvdesk.services.importers.specs import FIELDS, INITIATIVE_FIELDS

    own = set()
    for kind, fields in FIELDS.items():
        for f in fields:
            if not f.column:
                own.add((kind, f.key))
                continue
            table, _, column = f.column.partition(".")
            assert f.label == field_label(column, table), f"{kind}.{f.key}"
            assert f.label not in f.synonyms
    # only the technical columns and the importer's composite/reference columns keep their own header
    assert {k for _kind, k in own} == {"_tt", "uuid", "_reason", "position_unit", "decision_date",
                                       "initiative_code", "predecessors"}
    by_key = {f.key: f for f in INITIATIVE_FIELDS}
    # the old headers still import
    assert "Số lần nhân rộng" in by_key["replication_count"].synonyms
    assert "Kinh phí (đồng)" in by_key["budget"].synonyms and "Chủ đề" in by_key["tags"].synonyms


def test_rule_messages_name_fields_with_the_one_mapping():
    i = Initiative(name="", unit_id=None, phase_id=1, year=2025, budget=-5, kind="khac", status="x")  # type: ignore[arg-type]
    errors = rules.validate_initiative(i)
    lbl = labels_for("initiatives")
    assert errors["name"] == f"Chưa nhập {labels.lower_first(lbl['name'])}."
    assert errors["unit_id"] == f"Chưa nhập {labels.lower_first(lbl['unit_id'])}."
    assert errors["budget"] == f"{lbl['budget']} không được âm."
    assert errors["kind"].startswith(lbl["kind"]) and errors["status"].startswith(lbl["status"])
    u_errors = rules.validate_unit(Unit(name="", level="quan"))
    assert u_errors["name"] == "Chưa nhập tên đơn vị." and u_errors["level"].startswith(FIELD_LABELS["level"])
    a_errors = rules.validate_award(Award(decision_id=1, recipient_kind="x", recipient_name=""))
    assert a_errors["recipient_name"] == f"Chưa nhập {labels.lower_first(FIELD_LABELS['recipient_name'])}."
    assert a_errors["recipient_kind"].startswith(FIELD_LABELS["recipient_kind"])


def test_audit_log_labels_are_the_mapping_in_sentence_form():
    from dvdesk.services import audit_format as safety

    assert safety.FIELD_LABELS == {k: labels.lower_first(v) for k, v in FIELD_LABELS.items()}


def test_dialog_labels_are_the_mapping():
    pytest.importorskip("PySide6")
    from dvdesk.ui.views import initiative_dialog as d

    assert d.FIELD_LABELS == labels_for("initiatives")
    for table in (d.TEXT_LINES, d.TEXT_AREAS, d.DATES, d.AMOUNTS, d.SPINS, d.COMBOS):
        assert set(table) <= set(d.FIELD_LABELS)
    assert set(d.FIELD_ORDER) <= set(d.FIELD_LABELS)


# The registration form (forms/initiative_dialog.ui, a Designer file) words a few captions its own
# way. Listed here so that a new difference fails; "Số lần nhân rộng" contradicts the field (it
# counts places) and should become "Số nơi nhân rộng" in the form.
FORM_CAPTION_DIFFERENCES = {
    "subject_kind": "Đối tượng",
    "unit_id": "Đơn vị đăng ký",
    "socialized": "Xã hội hóa",
}
FORM_ACCESSIBLE_NAME_DIFFERENCES: dict[str, str] = {}


def _form_fields():
    from dvdesk.ui.views import initiative_dialog as d

    names = {}
    for table in (d.TEXT_LINES, d.TEXT_AREAS, d.DATES, d.AMOUNTS, d.SPINS, d.COMBOS):
        for field, widget in table.items():
            names.setdefault(widget, field)
    for field, widget in d.ROW_ANCHORS.items():
        names.setdefault(widget, field)
    names.update({"kindRow": "kind", "subjectRow": "subject_kind", "unitPicker": "unit_id"})
    return names


def test_registration_form_captions_match_the_mapping_but_for_the_known_ones():
    pytest.importorskip("PySide6")
    names = _form_fields()
    root = ET.parse(ROOT / "forms" / "initiative_dialog.ui").getroot()
    lbl = labels_for("initiatives")
    captions, accessible = {}, {}
    for layout in root.iter("layout"):
        if layout.get("class") != "QFormLayout":
            continue
        rows: dict[str, dict[str, ET.Element]] = {}
        for item in layout.findall("item"):
            rows.setdefault(item.get("row"), {})[item.get("column")] = item[0]
        for cells in rows.values():
            if "0" in cells and "1" in cells and names.get(cells["1"].get("name")):
                text = cells["0"].find("./property[@name='text']/string")
                captions[names[cells["1"].get("name")]] = " ".join(text.text.split()).rstrip(":")
    for widget in root.iter("widget"):
        field = names.get(widget.get("name"))
        acc = widget.find("./property[@name='accessibleName']/string")
        if field and acc is not None:
            accessible[field] = acc.text
    assert len(captions) >= 30
    assert {f: c for f, c in captions.items() if c != lbl[f]} == FORM_CAPTION_DIFFERENCES
    assert {f: a for f, a in accessible.items() if a != lbl[f]} == FORM_ACCESSIBLE_NAME_DIFFERENCES


def test_every_column_a_person_can_see_in_the_change_log_has_a_vietnamese_label(tmp_path):
    from dvdesk.services.audit_format import DERIVED_FIELDS
    from dvdesk.store.db import create_store

    store = create_store(tmp_path / "labels.sqlite3")
    technical = {"id", "sha256", "size", "mime", "owner_table", "owner_id", "added_at", "user"} | DERIVED_FIELDS
    skip_tables = {"settings", "audit_log"}  # settings are logged by key; the log itself is not logged
    missing = {}
    for (table,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite%' AND name NOT LIKE '%fts%'"):
        if table in skip_tables:
            continue
        cols = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
        gaps = [c for c in cols if c not in FIELD_LABELS and c not in technical]
        if gaps:
            missing[table] = gaps
    store.close()
    assert not missing
