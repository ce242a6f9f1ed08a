"""Schema version 1: the whole domain (DOMAIN.md), soft delete on every user-editable table."""

SQL = r"""
CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL              -- JSON
);

CREATE TABLE blocks (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at  TEXT,
    deleted_at  TEXT
);

CREATE TABLE fields (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at  TEXT,
    deleted_at  TEXT
);

-- Units are versioned: a rename, merger or split closes a unit and opens its successor(s).
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code        TEXT UNIQUE,               -- stable slug (import/export key)
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL DEFAULT '',
    name_fold   TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('trung_uong','tinh','huyen','xa')),
    block_id    INTEGER REFERENCES blocks(id),
    parent_id   INTEGER REFERENCES units(id),
    valid_from  TEXT,                      -- ISO date; NULL = since long before
    valid_to    TEXT,                      -- ISO date; NULL = still valid
    symbol      TEXT NOT NULL DEFAULT '',
    precedence  INTEGER NOT NULL DEFAULT 1000,
    verified    INTEGER NOT NULL DEFAULT 1, -- 0 = "chưa xác minh" (created by an import)
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at  TEXT,
    deleted_at  TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_fold ON units(name_fold);

CREATE TABLE unit_links (
    predecessor_id  INTEGER NOT NULL REFERENCES units(id),
    successor_id    INTEGER NOT NULL REFERENCES units(id),
    kind            TEXT NOT NULL CHECK (kind IN ('merge','split','rename')),
    effective_date  TEXT NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX unit_links_successor ON unit_links(successor_id);

CREATE TABLE phases (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,      -- '2021-2025'
    name        TEXT NOT NULL,
    start_year  INTEGER NOT NULL,
    end_year    INTEGER NOT NULL,
    deleted_at  TEXT,
    CHECK (start_year <= end_year)
);

CREATE TABLE milestones (
    id          INTEGER PRIMARY KEY,
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    key         TEXT NOT NULL UNIQUE,      -- 'nam-2021', 'so-ket-2023', 'tong-ket-2025'
    kind        TEXT NOT NULL CHECK (kind IN ('annual','so_ket','tong_ket')),
    year        INTEGER NOT NULL,
    name        TEXT NOT NULL,
    held_on     TEXT,                      -- ISO date of the conference
    deleted_at  TEXT
);
CREATE INDEX milestones_phase ON milestones(phase_id);

CREATE TABLE initiatives (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL UNIQUE,  -- 'DVK-2023-0042'
    kind            TEXT NOT NULL CHECK (kind IN ('mo_hinh','dien_hinh')),
    subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('tap_the','ca_nhan')),
    name            TEXT NOT NULL,
    name_sort       BLOB,
    unit_id         INTEGER NOT NULL REFERENCES units(id),
    unit_name       TEXT NOT NULL DEFAULT '', -- the unit's name as it was on the registration date
    phase_id        INTEGER NOT NULL REFERENCES phases(id),
    year            INTEGER NOT NULL,
    field_id        INTEGER REFERENCES fields(id),
    block_id        INTEGER REFERENCES blocks(id),
    person_name     TEXT NOT NULL DEFAULT '',
    person_sort     BLOB,
    person_position TEXT NOT NULL DEFAULT '',
    registered_on   TEXT,
    situation       TEXT NOT NULL DEFAULT '', -- thực trạng, lý do xây dựng
    goals           TEXT NOT NULL DEFAULT '', -- mục tiêu, tiêu chí
    methods         TEXT NOT NULL DEFAULT '', -- nội dung, cách thức thực hiện
    area            TEXT NOT NULL DEFAULT '', -- địa bàn
    target_group    TEXT NOT NULL DEFAULT '', -- đối tượng
    lead_force      TEXT NOT NULL DEFAULT '', -- lực lượng chủ trì
    partners        TEXT NOT NULL DEFAULT '', -- phối hợp
    participants    TEXT NOT NULL DEFAULT '', -- tham gia
    budget          INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0),       -- kinh phí (đ)
    workdays        INTEGER NOT NULL DEFAULT 0 CHECK (workdays >= 0),     -- ngày công
    socialized      INTEGER NOT NULL DEFAULT 0 CHECK (socialized >= 0),   -- xã hội hóa (đ)
    start_date      TEXT,
    progress        TEXT NOT NULL DEFAULT '', -- tiến độ
    evaluation_date TEXT,                     -- thời điểm đánh giá
    outputs         TEXT NOT NULL DEFAULT '', -- sản phẩm, kết quả đầu ra
    sustainability  TEXT NOT NULL DEFAULT '', -- khả năng duy trì, nhân rộng
    status          TEXT NOT NULL DEFAULT 'dang_ky' CHECK (status IN
                    ('dang_ky','tham_dinh','phan_loai','cong_nhan','tieu_bieu','de_nghi_khen','nhan_rong','dung')),
    rating          TEXT CHECK (rating IS NULL OR rating IN ('tot','kha','trung_binh','yeu')),
    recognition_level    TEXT CHECK (recognition_level IS NULL OR recognition_level IN ('trung_uong','tinh','huyen','xa')),
    recognition_decision TEXT NOT NULL DEFAULT '',
    recognition_date     TEXT,
    exemplary       INTEGER NOT NULL DEFAULT 0,  -- tiêu biểu
    replication_count INTEGER NOT NULL DEFAULT 0 CHECK (replication_count >= 0),
    tags            TEXT NOT NULL DEFAULT '',    -- '; '-separated free tags
    search_text     TEXT NOT NULL DEFAULT '',    -- folded: code, name, unit, person, tags
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at      TEXT,
    deleted_at      TEXT,
    CHECK (subject_kind = 'tap_the' OR person_name <> '')
);
-- covering index for the statistics (one thin index scan instead of reading the wide rows)
CREATE INDEX initiatives_stats ON initiatives(phase_id, year, deleted_at, status, subject_kind, exemplary,
    replication_count, field_id, block_id, unit_id, recognition_level);
CREATE INDEX initiatives_unit ON initiatives(unit_id);
CREATE INDEX initiatives_field ON initiatives(field_id);
CREATE INDEX initiatives_block ON initiatives(block_id);
CREATE INDEX initiatives_status ON initiatives(status);
-- the registry lists live rows in these orders: covering indexes keep that off the (wide) rows
CREATE INDEX initiatives_live_code ON initiatives(deleted_at, code);
CREATE INDEX initiatives_live_name ON initiatives(deleted_at, name_sort);

-- Substring search over the folded text: FTS5 with the trigram tokenizer, kept in step by triggers.
-- It holds its own (thin) copy of search_text, so even words too short for trigrams scan fast.
CREATE VIRTUAL TABLE initiatives_fts USING fts5(search_text, tokenize='trigram');
CREATE TRIGGER initiatives_fts_ai AFTER INSERT ON initiatives BEGIN
    INSERT INTO initiatives_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER initiatives_fts_ad AFTER DELETE ON initiatives BEGIN
    DELETE FROM initiatives_fts WHERE rowid = old.id;
END;
CREATE TRIGGER initiatives_fts_au AFTER UPDATE OF search_text ON initiatives BEGIN
    UPDATE initiatives_fts SET search_text = new.search_text WHERE rowid = new.id;
END;

CREATE TABLE initiative_status_log (
    id              INTEGER PRIMARY KEY,
    initiative_id   INTEGER NOT NULL REFERENCES initiatives(id),
    from_status     TEXT,
    to_status       TEXT NOT NULL,
    changed_on      TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    user            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now'))
);
CREATE INDEX status_log_initiative ON initiative_status_log(initiative_id);

CREATE TABLE award_forms (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    carries_money   INTEGER NOT NULL DEFAULT 1,
    sort_order      INTEGER NOT NULL DEFAULT 0,
    valid_from      TEXT,
    valid_to        TEXT,
    deleted_at      TEXT
);

CREATE TABLE award_coefficients (
    id              INTEGER PRIMARY KEY,
    form_id         INTEGER NOT NULL REFERENCES award_forms(id),
    recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('tap_the','ca_nhan')),
    valid_from      TEXT NOT NULL,
    coefficient     TEXT NOT NULL,          -- decimal as text, exact
    basis           TEXT NOT NULL DEFAULT '',
    UNIQUE (form_id, recipient_kind, valid_from)
);

CREATE TABLE base_salaries (
    id              INTEGER PRIMARY KEY,
    valid_from      TEXT NOT NULL UNIQUE,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    basis           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY,
    initiative_id   INTEGER NOT NULL REFERENCES initiatives(id),
    milestone_id    INTEGER NOT NULL REFERENCES milestones(id),
    rating          TEXT CHECK (rating IS NULL OR rating IN ('tot','kha','trung_binh','yeu')),
    summary         TEXT NOT NULL DEFAULT '',
    recognized      INTEGER NOT NULL DEFAULT 0,
    exemplary       INTEGER NOT NULL DEFAULT 0,
    proposed_form_id INTEGER REFERENCES award_forms(id),
    reviewed_on     TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at      TEXT,
    deleted_at      TEXT,
    UNIQUE (initiative_id, milestone_id)
);
CREATE INDEX reviews_milestone ON reviews(milestone_id);

CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    number          TEXT NOT NULL,          -- '12-QĐ/BDVTU' as issued
    number_fold     TEXT NOT NULL,
    signed_on       TEXT NOT NULL,
    issuer_parent   TEXT NOT NULL DEFAULT '', -- 'TỈNH ỦY KIÊN GIANG' as issued
    issuer_name     TEXT NOT NULL,            -- 'BAN DÂN VẬN' as issued
    issuer_symbol   TEXT NOT NULL DEFAULT '',
    signer_authority TEXT NOT NULL DEFAULT '',
    signer_title    TEXT NOT NULL DEFAULT '',
    signer_name     TEXT NOT NULL DEFAULT '',
    form_id         INTEGER NOT NULL REFERENCES award_forms(id),
    milestone_id    INTEGER REFERENCES milestones(id),
    summary         TEXT NOT NULL DEFAULT '',
    style           TEXT NOT NULL DEFAULT 'party' CHECK (style IN ('party','state')),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at      TEXT,
    deleted_at      TEXT
);
CREATE INDEX decisions_number ON decisions(number_fold);
CREATE INDEX decisions_milestone ON decisions(milestone_id);

CREATE TABLE awards (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    decision_id     INTEGER NOT NULL REFERENCES decisions(id),
    recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('tap_the','ca_nhan')),
    recipient_name  TEXT NOT NULL,
    name_sort       BLOB,
    name_fold       TEXT NOT NULL,
    position        TEXT NOT NULL DEFAULT '',
    unit_id         INTEGER REFERENCES units(id),
    unit_text       TEXT NOT NULL DEFAULT '', -- the unit as printed on the decision
    birth_year      INTEGER,
    gender          TEXT CHECK (gender IS NULL OR gender IN ('nam','nu')),
    achievement     TEXT NOT NULL DEFAULT '',
    initiative_id   INTEGER REFERENCES initiatives(id),
    coefficient     TEXT NOT NULL DEFAULT '0',
    base_salary     INTEGER NOT NULL DEFAULT 0,
    amount          INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    manual_order    INTEGER,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at      TEXT,
    deleted_at      TEXT
);
CREATE INDEX awards_decision ON awards(decision_id);
CREATE INDEX awards_initiative ON awards(initiative_id);
CREATE INDEX awards_unit ON awards(unit_id);

CREATE TABLE directive_documents (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    number          TEXT NOT NULL,          -- số/ký hiệu '175-TB/VPTU'
    doc_type        TEXT NOT NULL DEFAULT '',
    issued_on       TEXT,
    issuer          TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    search_text     TEXT NOT NULL DEFAULT '',
    phase_id        INTEGER REFERENCES phases(id),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    updated_at      TEXT,
    deleted_at      TEXT
);

-- Files are stored content-addressed beside the database (<db>-files/ab/abcdef...).
CREATE TABLE attachments (
    id              INTEGER PRIMARY KEY,
    sha256          TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    size            INTEGER NOT NULL,
    mime            TEXT NOT NULL DEFAULT '',
    owner_table     TEXT NOT NULL CHECK (owner_table IN ('initiatives','awards','decisions','directive_documents')),
    owner_id        INTEGER NOT NULL,
    caption         TEXT NOT NULL DEFAULT '',
    added_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now')),
    deleted_at      TEXT
);
CREATE INDEX attachments_owner ON attachments(owner_table, owner_id);
CREATE INDEX attachments_sha ON attachments(sha256);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    user            TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('insert','update','delete','restore','purge')),
    table_name      TEXT NOT NULL,
    row_id          INTEGER NOT NULL,
    changed         TEXT NOT NULL DEFAULT '', -- comma-separated changed fields
    before          TEXT,                     -- JSON
    after           TEXT                      -- JSON
);
CREATE INDEX audit_row ON audit_log(table_name, row_id);
"""


def upgrade(conn) -> None:
    from dvdesk.store.migrations import run_script

    run_script(conn, SQL)
