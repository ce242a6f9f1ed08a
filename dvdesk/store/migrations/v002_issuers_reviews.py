"""Schema v2: the issuers of awards, decisions as issued, reviews that record recognition.

* ``issuers``: the bodies that issue award decisions, dated like units (a rename is a new row from
  its date): the office's own Ban, the Ban Thường vụ Tỉnh ủy / Huyện ủy, the UBND, the central Ban.
  Each row says how its documents look on its dates (Party or State format, names, symbol, the
  authority line, signer lines) and how its numbers run (one sequence per term, or per year).
  ``body`` is the stable code of a body across its renames; an award form names the body that
  issues it (``award_forms.issuer_body``).
* ``decisions``: the issuer row it was issued under, its legal bases ("Căn cứ …;", one per line),
  who proposed it ("Xét đề nghị của …") and the order of its list.
* ``awards``: a money amount changed by hand keeps its reason.
* ``reviews``: the recognition recorded at a milestone (level, decision number and date).
* ``decision_documents``: the directive documents a decision rests on.
"""

from __future__ import annotations

SQL = """
CREATE TABLE issuers (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    body            TEXT NOT NULL,             -- stable code across renames: 'BAN', 'BTV_TINH', 'UBND_TINH' …
    kind            TEXT NOT NULL CHECK (kind IN ('ban','cap_uy','ubnd','ban_tw')),
    name            TEXT NOT NULL,             -- issuing body as printed: 'BAN DÂN VẬN', 'BAN THƯỜNG VỤ TỈNH ỦY'
    parent_name     TEXT NOT NULL DEFAULT '',  -- 'TỈNH ỦY KIÊN GIANG', 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'UBND TỈNH …'
    authority       TEXT NOT NULL DEFAULT '',  -- the decision's authority line: 'BAN THƯỜNG VỤ TỈNH ỦY'
    symbol          TEXT NOT NULL DEFAULT '',  -- 'BDVTU', 'TU', 'UBND'
    style           TEXT NOT NULL DEFAULT 'party' CHECK (style IN ('party','state')),
    numbering       TEXT NOT NULL DEFAULT 'term' CHECK (numbering IN ('term','year')),
    term_start      INTEGER,                   -- first year of the term its Party numbers run in
    place           TEXT NOT NULL DEFAULT '',  -- 'Kiên Giang' on the place-and-date line
    signer_authority TEXT NOT NULL DEFAULT '', -- 'T/M BAN THƯỜNG VỤ', 'K/T TRƯỞNG BAN', 'TM. ỦY BAN NHÂN DÂN'
    signer_title    TEXT NOT NULL DEFAULT '',  -- 'BÍ THƯ', 'PHÓ TRƯỞNG BAN', 'CHỦ TỊCH'
    signer_name     TEXT NOT NULL DEFAULT '',
    valid_from      TEXT,
    valid_to        TEXT,
    sort_order      INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at      TEXT,
    deleted_at      TEXT,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX issuers_body ON issuers(body, valid_from);

ALTER TABLE award_forms ADD COLUMN issuer_body TEXT NOT NULL DEFAULT '';

ALTER TABLE decisions ADD COLUMN issuer_id INTEGER REFERENCES issuers(id);
ALTER TABLE decisions ADD COLUMN legal_bases TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN proposer TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN award_order TEXT NOT NULL DEFAULT 'precedence'
    CHECK (award_order IN ('precedence','az','manual'));
CREATE INDEX decisions_issuer ON decisions(issuer_id);

ALTER TABLE awards ADD COLUMN amount_override_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE reviews ADD COLUMN recognition_level TEXT
    CHECK (recognition_level IS NULL OR recognition_level IN ('trung_uong','tinh','huyen','xa'));
ALTER TABLE reviews ADD COLUMN recognition_decision TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN recognition_date TEXT;

CREATE TABLE decision_documents (
    id              INTEGER PRIMARY KEY,
    decision_id     INTEGER NOT NULL REFERENCES decisions(id),
    document_id     INTEGER NOT NULL REFERENCES directive_documents(id),
    UNIQUE (decision_id, document_id)
);
"""


def upgrade(conn) -> None:
    from dvdesk.store.migrations import run_script

    run_script(conn, SQL)
