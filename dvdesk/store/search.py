"""Filtering and sorting initiatives in SQLite (never per row in Python).

Search is over ``initiatives.search_text``, a folded copy (no diacritics, lower case, đ→d) of the
code, name, unit, person, area and tags: every word of the query must appear in it. Words of three
letters or more go through the FTS5 trigram index ``initiatives_fts`` (kept in step by triggers);
shorter ones scan the index's own thin copy of the text with LIKE.
"""

from __future__ import annotations

import unicodedata
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


# A query is what a person types or pastes into a search box: more than this is cut off (a pasted
# paragraph of a thousand words would otherwise build an SQL expression too large for SQLite).
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
# control (NUL, tabs, line breaks), format (bidi overrides such as U+202E, zero-width), surrogate,
# private-use and unassigned characters: never part of what is searched for
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_JOINERS = dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", "")  # removed inside a word, not a space


def clean_query(text: object) -> str:
    """A search box's text made safe to search for, used by every search (the registry's box and
    the search over initiatives and awards): control and format characters become spaces, spaces
    are collapsed, and the text is cut to ``MAX_QUERY_WORDS`` words and ``MAX_QUERY_CHARS``
    characters. Diacritics and case are kept (folding is the searches' own step).
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = text[: MAX_QUERY_CHARS * 8]  # a pasted book is not read to its end
    if not text.isascii() or not text.isprintable():
        text = "".join(_JOINERS.get(ch, " ") if unicodedata.category(ch) in _DROPPED_CATEGORIES else ch
                       for ch in text)
        text = unicodedata.normalize("NFC", text)
    words = text.split()[:MAX_QUERY_WORDS]
    return " ".join(words)[:MAX_QUERY_CHARS].strip()


def search_words(text: str) -> list[str]:
    """The folded words of a query (after :func:`clean_query`); words without a letter or digit (a
    stray quote, an emoji) are ignored."""
    return [w for w in fold(clean_query(text)).split() if any(ch.isalnum() for ch in w)]


def fts_conditions(words: list[str]) -> tuple[str, list[Any]]:
    """The condition on ``initiatives_fts`` for rows whose folded text holds every one of ``words``
    (folded, non-empty) as a substring: words of 3+ letters through the trigram index (MATCH), a
    word may hold spaces (a phrase); shorter words with LIKE over the index's thin copy."""
    long_words = [w for w in words if len(w) >= 3]
    conds, params = [], []
    if long_words:
        conds.append("initiatives_fts MATCH ?")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
    for w in words:
        if len(w) < 3:
            conds.append("search_text LIKE ? ESCAPE '\\'")
            params.append(f"%{like_escape(w)}%")
    return " AND ".join(conds), params


def where_clause(f: InitiativeFilter) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if not f.include_deleted:
        parts.append("i.deleted_at IS NULL")
    words = search_words(f.text)
    if words:
        conds, sub = fts_conditions(words)
        parts.append(f"i.id IN (SELECT rowid FROM initiatives_fts WHERE {conds})")
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
