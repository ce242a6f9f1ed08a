"""Finding people: one search over initiatives (mô hình, điển hình) and award recipients, and a
person's page (every award and initiative under the same name).

The query is cleaned (:func:`~dvdesk.store.search.clean_query`) and folded (no diacritics, lower
case, đ→d), so "nguyen van an" finds "Nguyễn Văn An". A record matches when every word of the query
is in one of its fields; matches are ranked:

0. ``RANK_NAME_PHRASE`` — the whole query, as typed (words in order), inside the person's name
   (the initiative's ``person_name``, the award's ``recipient_name``);
1. ``RANK_ONE_FIELD`` — all the words inside one field (name, code, unit, position, …);
2. ``RANK_SPREAD`` — the words spread over several fields.

Within a rank: the name equal to the query first, then the query at word boundaries, then the
Vietnamese name order. Results come grouped by kind.

Initiatives: the candidates come from the FTS5 trigram index over ``initiatives.search_text``
(those holding the whole phrase first), at most ``CANDIDATE_CAP`` of them are read and ranked
exactly; when more rows match, the total says so (the ranking is exact whenever the matches, or
the matches holding the whole phrase, number at most the cap). Awards (a few thousand rows per
province) are ranked entirely in SQL over the folded ``awards.name_fold`` and
``decisions.number_fold``; ``position`` and ``unit_text`` have few distinct values, which are
folded at query time and passed in as lists. No index or column is added.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any

from dvdesk.domain.vntext import fold
from dvdesk.store.search import clean_query, fts_conditions, like_escape, search_words

RANK_NAME_PHRASE, RANK_ONE_FIELD, RANK_SPREAD = 0, 1, 2
KIND_INITIATIVES, KIND_AWARDS = "initiatives", "awards"
KINDS = (KIND_INITIATIVES, KIND_AWARDS)
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
CANDIDATE_CAP = 600  # initiatives read and ranked exactly per query


@functools.lru_cache(maxsize=65_536)
def _fold(text: str) -> str:
    return fold(text) if text else ""


@dataclass(frozen=True)
class InitiativeHit:
    id: int
    code: str
    name: str
    kind: str  # an InitiativeKind code
    subject_kind: str  # a SubjectKind code
    person_name: str
    person_position: str
    unit_name: str
    year: int
    status: str  # a Status code
    rank: int = RANK_SPREAD


@dataclass(frozen=True)
class AwardHit:
    id: int
    recipient_kind: str  # a SubjectKind code
    recipient_name: str
    position: str
    unit_text: str
    birth_year: int | None
    decision_id: int
    decision_number: str
    signed_on: str  # ISO date
    form_name: str
    amount: int
    initiative_id: int | None = None
    rank: int = RANK_SPREAD


@dataclass(frozen=True)
class SearchResults:
    query: str  # the cleaned query
    initiatives: tuple[InitiativeHit, ...] = ()
    awards: tuple[AwardHit, ...] = ()
    initiative_total: int = 0  # all the matches (the lists hold at most ``limit``)
    award_total: int = 0

    def __bool__(self) -> bool:
        return bool(self.initiatives or self.awards)


@dataclass(frozen=True)
class PersonRecords:
    name: str
    recipient_kind: str
    birth_year: int | None
    awards: tuple[AwardHit, ...] = ()
    initiatives: tuple[InitiativeHit, ...] = ()


def _boundary_key(folded: str, phrase: str) -> int:
    """0: the name is the phrase; 1: the phrase at word boundaries; 2: inside a word."""
    if folded == phrase:
        return 0
    return 1 if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded) else 2


def _rank(person_fold: str, fields: list[str], words: list[str], phrase: str) -> int:
    if phrase and phrase in person_fold:
        return RANK_NAME_PHRASE
    if any(all(w in f for w in words) for f in fields):
        return RANK_ONE_FIELD
    return RANK_SPREAD


# -- initiatives -----------------------------------------------------------------------------------
_INITIATIVE_COLUMNS = ("id, code, name, kind, subject_kind, person_name, person_position, unit_name, year, "
                       "status, area, tags, name_sort, person_sort")


def _initiative_rows(store, ids: list[int], deleted: set[int] | None = None) -> list[dict]:
    """The live ones among ``ids``. (``deleted_at`` is the last column of a wide row: it is read from
    the covering index ``initiatives_live_name``, the rows' other columns only for live ids.)"""
    if not ids:
        return []
    deleted = _deleted_initiatives(store) if deleted is None else deleted
    live = [i for i in ids if i not in deleted]
    return store.query(f"SELECT {_INITIATIVE_COLUMNS} FROM initiatives "
                       "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(live),))


def _deleted_initiatives(store) -> set[int]:
    return {r[0] for r in store.conn.execute("SELECT id FROM initiatives WHERE deleted_at IS NOT NULL")}


def _initiative_hit(r: dict, rank: int) -> InitiativeHit:
    return InitiativeHit(id=r["id"], code=r["code"], name=r["name"], kind=r["kind"], subject_kind=r["subject_kind"],
                         person_name=r["person_name"], person_position=r["person_position"],
                         unit_name=r["unit_name"], year=r["year"], status=r["status"], rank=rank)


def _search_initiatives(store, words: list[str], phrase: str, limit: int) -> tuple[list[InitiativeHit], int]:
    conds, params = fts_conditions(words)
    # matches in the index, less those in the trash (the index keeps soft-deleted rows)
    total = store.scalar(f"SELECT count(*) FROM initiatives_fts WHERE {conds}", tuple(params))
    deleted = _deleted_initiatives(store)
    if total and deleted:
        total -= store.scalar(f"SELECT count(*) FROM initiatives_fts WHERE {conds} AND rowid IN "
                              "(SELECT value FROM json_each(?))", (*params, json.dumps(sorted(deleted))))
    if not total:
        return [], 0
    ids: list[int] = []
    if len(words) > 1:  # those holding the whole phrase first (the only ones that can rank 0)
        pconds, pparams = fts_conditions([*words, phrase])
        ids = [r[0] for r in store.conn.execute(
            f"SELECT rowid FROM initiatives_fts WHERE {pconds} LIMIT ?", (*pparams, CANDIDATE_CAP))]
    if len(ids) < CANDIDATE_CAP:
        seen = set(ids)
        ids += [r[0] for r in store.conn.execute(
            f"SELECT rowid FROM initiatives_fts WHERE {conds} LIMIT ?", (*params, CANDIDATE_CAP + len(ids)))
            if r[0] not in seen][: CANDIDATE_CAP - len(ids)]
    ranked = []
    for r in _initiative_rows(store, ids, deleted):
        person = _fold(r["person_name"])
        # in this order a field's match counts first among the words-in-one-field matches
        fields = [person, _fold(r["code"]), _fold(r["name"]), _fold(r["unit_name"]), _fold(r["person_position"]),
                  _fold(r["area"]), _fold(r["tags"])]
        rank = _rank(person, fields, words, phrase)
        if rank == RANK_NAME_PHRASE:
            sub = _boundary_key(person, phrase)
        elif rank == RANK_ONE_FIELD:
            sub = next(n for n, f in enumerate(fields) if all(w in f for w in words))
        else:
            sub = 0
        name_key = (r["person_sort"] or b"\xff") if rank == RANK_NAME_PHRASE else (r["name_sort"] or b"")
        ranked.append(((rank, sub, name_key, r["code"]), _initiative_hit(r, rank)))
    ranked.sort(key=lambda t: t[0])
    return [hit for _, hit in ranked[:limit]], total


# -- awards ----------------------------------------------------------------------------------------
_AWARD_SELECT = """
SELECT a.id, a.recipient_kind, a.recipient_name, a.position, a.unit_text, a.birth_year, a.decision_id,
       a.initiative_id, a.amount, d.number AS decision_number, d.signed_on, coalesce(f.name, '') AS form_name
FROM awards a
JOIN decisions d ON d.id = a.decision_id
LEFT JOIN award_forms f ON f.id = d.form_id
"""


def _award_hit(r: dict, rank: int = RANK_SPREAD) -> AwardHit:
    return AwardHit(id=r["id"], recipient_kind=r["recipient_kind"], recipient_name=r["recipient_name"],
                    position=r["position"], unit_text=r["unit_text"], birth_year=r["birth_year"],
                    decision_id=r["decision_id"], decision_number=r["decision_number"],
                    signed_on=r["signed_on"] or "", form_name=r["form_name"], amount=r["amount"] or 0,
                    initiative_id=r["initiative_id"], rank=rank)


_VALUES_CACHE: dict[tuple, dict[str, str]] = {}


def _folded_values(store, column: str) -> dict[str, str]:
    """The distinct values of a short, repetitive award column, each with its folded form (kept
    until the database changes: this connection's ``total_changes``, others' ``data_version``)."""
    conn = store.conn
    key = (id(conn), str(store.path), column, conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    found = _VALUES_CACHE.get(key)
    if found is None:
        if len(_VALUES_CACHE) > 16:
            _VALUES_CACHE.clear()
        found = _VALUES_CACHE[key] = {v: _fold(v) for (v,) in conn.execute(
            f"SELECT DISTINCT {column} FROM awards WHERE deleted_at IS NULL AND {column} <> ''")}
    return found


def _search_awards(store, words: list[str], phrase: str, limit: int) -> tuple[list[AwardHit], int]:
    positions = _folded_values(store, "position")
    units = _folded_values(store, "unit_text")

    def having(values: dict[str, str], needed: list[str]) -> str:
        return json.dumps([raw for raw, folded in values.items() if all(w in folded for w in needed)])

    where, params = ["a.deleted_at IS NULL", "d.deleted_at IS NULL"], []
    for w in words:
        pattern = f"%{like_escape(w)}%"
        where.append("(a.name_fold LIKE ? ESCAPE '\\' OR d.number_fold LIKE ? ESCAPE '\\' "
                     "OR a.position IN (SELECT value FROM json_each(?)) "
                     "OR a.unit_text IN (SELECT value FROM json_each(?)))")
        params += [pattern, pattern, having(positions, [w]), having(units, [w])]
    def every(col: str) -> str:
        return " AND ".join(f"instr({col}, ?) > 0" for _ in words)

    rank_sql = (f"CASE WHEN instr(a.name_fold, ?) > 0 THEN {RANK_NAME_PHRASE} "
                f"WHEN ({every('a.name_fold')}) OR ({every('d.number_fold')}) "
                "OR a.position IN (SELECT value FROM json_each(?)) OR a.unit_text IN (SELECT value FROM json_each(?)) "
                f"THEN {RANK_ONE_FIELD} ELSE {RANK_SPREAD} END")
    rank_params = [phrase, *words, *words, having(positions, words), having(units, words)]
    # within rank 0: the name equal to the query, then the query at word boundaries, then inside a word
    sub_sql = ("CASE WHEN instr(a.name_fold, ?) = 0 THEN 0 WHEN a.name_fold = ? THEN 0 "
               "WHEN ' ' || a.name_fold || ' ' LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END")
    sub_params = [phrase, phrase, f"% {like_escape(phrase)} %"]
    sql = (_AWARD_SELECT.replace("FROM awards a", f", {rank_sql} AS rank, {sub_sql} AS sub, "
                                 "count(*) OVER () AS total\nFROM awards a", 1)
           + f"WHERE {' AND '.join(where)} ORDER BY rank, sub, a.name_sort, d.signed_on DESC, a.id LIMIT ?")
    rows = store.query(sql, (*rank_params, *sub_params, *params, limit))
    total = rows[0]["total"] if rows else 0
    return [_award_hit(r, r["rank"]) for r in rows], total


# -- the search ------------------------------------------------------------------------------------
def search_people(store, text: object, *, kinds: tuple[str, ...] | list[str] = KINDS,
                  limit: int = DEFAULT_LIMIT) -> SearchResults:
    """Initiatives and award recipients matching ``text`` (any text: it is cleaned first), ranked
    best first, at most ``limit`` of each kind. An empty or meaningless query finds nothing."""
    query = clean_query(text)
    words = search_words(query)
    limit = max(1, min(int(limit), MAX_LIMIT))
    if not words:
        return SearchResults(query)
    phrase = " ".join(words)
    initiatives, i_total = _search_initiatives(store, words, phrase, limit) if KIND_INITIATIVES in kinds else ([], 0)
    awards, a_total = _search_awards(store, words, phrase, limit) if KIND_AWARDS in kinds else ([], 0)
    return SearchResults(query, tuple(initiatives), tuple(awards), i_total, a_total)


# -- a person's page -------------------------------------------------------------------------------
def person_records(store, name: str, recipient_kind: str = "ca_nhan",
                   birth_year: int | None = None) -> PersonRecords:
    """Every live award and initiative under the same (folded) name: for an individual, the
    initiatives whose person is that name; for a collective, those of the unit of that name.
    With ``birth_year``, awards recorded with another birth year are left out (those without one
    stay)."""
    key = fold(clean_query(name))
    if not key:
        return PersonRecords(name, recipient_kind, birth_year)
    sql = _AWARD_SELECT + "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND a.name_fold = ?"
    params: list[Any] = [key]
    if birth_year is not None:
        sql += " AND (a.birth_year IS NULL OR a.birth_year = ?)"
        params.append(birth_year)
    awards = [_award_hit(r, RANK_NAME_PHRASE) for r in store.query(
        sql + " ORDER BY d.signed_on DESC, a.id", tuple(params))]
    column = "person_name" if recipient_kind == "ca_nhan" else "unit_name"
    conds, cparams = fts_conditions([key])
    ids = [r[0] for r in store.conn.execute(f"SELECT rowid FROM initiatives_fts WHERE {conds}", cparams)]
    rows = [r for r in _initiative_rows(store, ids) if _fold(r[column]) == key]
    rows.sort(key=lambda r: (-r["year"], r["code"]))
    return PersonRecords(name, recipient_kind, birth_year, tuple(awards),
                         tuple(_initiative_hit(r, RANK_NAME_PHRASE) for r in rows))
