"""Filtering and sorting initiatives in SQLite (never per row in Python).

Search is over ``initiatives.search_text``, a folded copy (no diacritics, lower case, đ→d) of the
code, name, unit, person, area and tags: every word of the query must appear in it. Words of three
letters or more go through the FTS5 trigram index ``initiatives_fts`` (kept in step by triggers);
shorter ones scan the index's own thin copy of the text with LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import Status, Vocab


def rank_case(column: str, vocab: type[Vocab]) -> str:
    """An SQL expression ranking ``column`` in the order of the vocabulary (unknown codes last).

    The codes are the enum's fixed identifiers (never user text), written into the SQL because an
    ORDER BY expression takes no parameters.
    """
    whens = " ".join(f"WHEN '{code}' THEN {n}" for n, code in enumerate(vocab.codes()))
    return f"CASE {column} {whens} ELSE {len(vocab)} END"



@dataclass
class InitiativeFilter:
    text: str = ""
    phase_id: int | None = None
    year: int | None = None
    unit_ids: list[int] = field(default_factory=list)  # include former units yourself (UnitRepo)
    field_id: int | None = None
    block_id: int | None = None
    recognition_level: str | None = None
    status: str | None = None
    statuses: list[str] = field(default_factory=list)
    kind: str | None = None  # an InitiativeKind code
    subject_kind: str | None = None  # a SubjectKind code
    exemplary: bool | None = None
    include_deleted: bool = False


# Sortable columns -> SQL expression (names sort by their Vietnamese collation key).
SORT_COLUMNS = {
    "code": "i.code",
    "name": "i.name_sort",
    "kind": "i.kind",
    "subject_kind": "i.subject_kind",
    "unit_name": "u.precedence, u.name_fold",
    "year": "i.year",
    "field": "f.sort_order",
    "block": "b.sort_order",
    "status": rank_case("i.status", Status),
    "person_name": "i.person_sort",
    "recognition_level": "i.recognition_level",
    "replication_count": "i.replication_count",
    "registered_on": "i.registered_on",
}

LIST_SELECT = """
SELECT i.id, i.code, i.name, i.kind, i.subject_kind, i.unit_id, i.unit_name, i.year, i.status,
       i.person_name, i.person_position, i.recognition_level, i.exemplary, i.replication_count,
       i.registered_on, i.field_id, i.block_id, i.phase_id, i.deleted_at,
       f.name AS field, b.name AS block, p.code AS phase
FROM initiatives i
LEFT JOIN units u ON u.id = i.unit_id
LEFT JOIN fields f ON f.id = i.field_id
LEFT JOIN blocks b ON b.id = i.block_id
LEFT JOIN phases p ON p.id = i.phase_id
"""


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_words(text: str) -> list[str]:
    """The folded words of a query; words without a letter or digit (a stray quote) are ignored."""
    return [w for w in fold(text).split() if any(ch.isalnum() for ch in w)]


def where_clause(f: InitiativeFilter) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if not f.include_deleted:
        parts.append("i.deleted_at IS NULL")
    words = search_words(f.text)
    if words:
        # 3+ letters: the trigram index (MATCH); shorter words: LIKE over the index's thin copy
        long_words = [w for w in words if len(w) >= 3]
        conds, sub = [], []
        if long_words:
            conds.append("initiatives_fts MATCH ?")
            sub.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
        for w in words:
            if len(w) < 3:
                conds.append("search_text LIKE ? ESCAPE '\\'")
                sub.append(f"%{like_escape(w)}%")
        parts.append(f"i.id IN (SELECT rowid FROM initiatives_fts WHERE {' AND '.join(conds)})")
        params.extend(sub)
    simple = {
        "i.phase_id": f.phase_id, "i.year": f.year, "i.field_id": f.field_id, "i.block_id": f.block_id,
        "i.recognition_level": f.recognition_level, "i.status": f.status, "i.kind": f.kind,
        "i.subject_kind": f.subject_kind,
    }
    for col, value in simple.items():
        if value is not None:
            parts.append(f"{col} = ?")
            params.append(value)
    if f.exemplary is not None:
        parts.append("i.exemplary = ?")
        params.append(int(f.exemplary))
    if f.unit_ids:
        parts.append(f"i.unit_id IN ({','.join('?' * len(f.unit_ids))})")
        params.extend(f.unit_ids)
    if f.statuses:
        parts.append(f"i.status IN ({','.join('?' * len(f.statuses))})")
        params.extend(f.statuses)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def order_clause(order: list[tuple[str, bool]] | None) -> str:
    """``order`` = [(column, ascending)]; unknown columns are an error, ids break ties."""
    terms = []
    for col, asc in order or [("code", True)]:
        expr = SORT_COLUMNS[col]
        direction = "ASC" if asc else "DESC"
        terms.extend(f"{e.strip()} {direction}" for e in expr.split(",") if "CASE" not in expr)
        if "CASE" in expr:
            terms.append(f"{expr} {direction}")
    terms.append("i.id ASC")
    return " ORDER BY " + ", ".join(terms)
