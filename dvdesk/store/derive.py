"""Values the store derives from a record before writing it — one definition for every writer.

A form's save (the repositories), an import and the demo generator (the bulk writer) all call
these, so a record written either way carries the same code, sort keys and folded search text.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Mapping
from typing import Any

from dvdesk.domain.collation import encode_key
from dvdesk.domain.vntext import fold, name_sort_key, nfc, sort_key
from dvdesk.domain.vocab import SubjectKind

CODE_PREFIX = "DVK"


def clean(value: Any) -> Any:
    """The boundary rule: text is NFC and stripped; other values pass through."""
    if isinstance(value, str):
        return nfc(value).strip()
    return value


@functools.lru_cache(maxsize=20_000)
def fold_cached(text: str) -> str:
    """``fold`` for the short texts that repeat (units, positions, section titles)."""
    return fold(text) if text else ""


# -- initiatives ---------------------------------------------------------------------------------
SEARCH_PARTS = ("code", "name", "unit_name", "person_name", "person_position", "area", "tags")


def search_text(row: Mapping[str, Any]) -> str:
    """The folded text the registry searches: code, name, unit, person, position, area, tags.

    (``fold`` works letter by letter and folds runs of spaces, so folding the parts one by one
    and joining them equals folding the joined text; the short, repeated parts — units,
    positions — are folded once.)
    """
    parts = [fold_cached(row.get(k) or "") if k != "name" else fold(row.get(k) or "") for k in SEARCH_PARTS]
    return " ".join(p for p in parts if p)


def initiative_derived(row: Mapping[str, Any], tone: str) -> dict[str, Any]:
    """``name_sort``, ``person_sort`` and ``search_text`` of an initiative row."""
    person = row.get("person_name") or ""
    return {
        "name_sort": encode_key(sort_key(row.get("name") or "", tone)),
        "person_sort": encode_key(name_sort_key(person, tone)) if person else None,
        "search_text": search_text(row),
    }


def initiative_code(year: int, n: int) -> str:
    return f"{CODE_PREFIX}-{year}-{n:04d}"


def last_code_number(conn: sqlite3.Connection, year: int) -> int:
    """The highest sequence number used in ``DVK-<year>-NNNN`` codes (0 when none)."""
    prefix = f"{CODE_PREFIX}-{year}-"
    return conn.execute("SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM initiatives WHERE code LIKE ?",
                        (len(prefix) + 1, prefix + "%")).fetchone()[0] or 0


class CodeAllocator:
    """Hands out the next free initiative codes per year (a form's save, an import's new rows)."""

    def __init__(self, conn: sqlite3.Connection, taken: set[str] | None = None):
        self.conn = conn
        self.seq: dict[int, int] = {}
        self.taken = taken if taken is not None else set()  # lower-case codes already used

    def next(self, year: int) -> str:
        if year not in self.seq:
            self.seq[year] = last_code_number(self.conn, year)
        while True:
            self.seq[year] += 1
            code = initiative_code(year, self.seq[year])
            if code.lower() not in self.taken:
                self.taken.add(code.lower())
                return code


# -- units, awards, decisions --------------------------------------------------------------------
def unit_name_fold(name: str, short_name: str = "") -> str:
    return fold(f"{name or ''} {short_name or ''}")


def award_sort_key(name: str, recipient_kind: str, tone: str = "cldr") -> bytes:
    """Individuals sort by tên, chữ lót, họ; collectives by their name as written."""
    key = name_sort_key(name, tone) if recipient_kind == SubjectKind.CA_NHAN else sort_key(name, tone)
    return encode_key(key)


def award_derived(row: Mapping[str, Any], tone: str) -> dict[str, Any]:
    name = row.get("recipient_name") or ""
    return {"name_fold": fold(name), "name_sort": award_sort_key(name, row.get("recipient_kind") or "", tone)}


def decision_derived(row: Mapping[str, Any], tone: str = "cldr") -> dict[str, Any]:
    return {"number_fold": fold(row.get("number") or "")}


def unit_derived(row: Mapping[str, Any], tone: str = "cldr") -> dict[str, Any]:
    return {"name_fold": unit_name_fold(row.get("name") or "", row.get("short_name") or "")}


def document_derived(row: Mapping[str, Any], tone: str = "cldr") -> dict[str, Any]:
    return {"search_text": fold(f"{row.get('number') or ''} {row.get('issuer') or ''} {row.get('summary') or ''}")}


# table -> function(row, tone) -> the derived columns; which source columns each depends on
DERIVED = {
    "initiatives": (initiative_derived, frozenset(SEARCH_PARTS)),
    "units": (unit_derived, frozenset({"name", "short_name"})),
    "awards": (award_derived, frozenset({"recipient_name", "recipient_kind"})),
    "decisions": (decision_derived, frozenset({"number"})),
    "directive_documents": (document_derived, frozenset({"number", "issuer", "summary"})),
}
DERIVED_COLUMNS = frozenset({"name_sort", "person_sort", "search_text", "name_fold", "number_fold"})
