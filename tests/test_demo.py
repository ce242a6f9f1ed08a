"""The demo database: deterministic, realistic, consistent with the domain rules."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from dvdesk.demo import build_demo
from dvdesk.demo.corpus import DEMO_FORMS
from dvdesk.domain import money
from dvdesk.domain.errors import DvdeskError
from dvdesk.store.backup import content_checksum
from dvdesk.store.check import check_database


def test_deterministic_by_seed(tmp_path):
    a, b, c = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    build_demo(a, initiatives=200, awards=80, seed=1)
    build_demo(b, initiatives=200, awards=80, seed=1)
    build_demo(c, initiatives=200, awards=80, seed=2)

    def content(p):
        conn = sqlite3.connect(":memory:")
        src = sqlite3.connect(p)
        src.backup(conn)
        src.close()
        # created_at stamps come from the clock; everything else must be identical
        for t in ("units", "initiatives", "reviews", "decisions", "awards", "audit_log", "directive_documents",
                  "fields", "blocks", "issuers"):
            conn.execute(f"UPDATE {t} SET {'at' if t == 'audit_log' else 'created_at'} = ''")
        conn.execute("UPDATE initiative_status_log SET created_at = ''")
        conn.execute("UPDATE issuers SET updated_at = ''")  # the seeded rows the demo writes over: a clock stamp
        return content_checksum(conn)

    assert content(a) == content(b)
    assert content(a) != content(c)


def test_refuses_overwrite(tmp_path):
    p = tmp_path / "x.sqlite3"
    build_demo(p, initiatives=5, awards=2)
    with pytest.raises(DvdeskError, match="--force"):
        build_demo(p, initiatives=5, awards=2)
    build_demo(p, initiatives=7, awards=2, force=True)
    assert sqlite3.connect(p).execute("SELECT count(*) FROM initiatives").fetchone()[0] == 7


def test_healthy_and_invariants(demo_file):
    assert check_database(demo_file).healthy
    c = sqlite3.connect(demo_file)
    q = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
    registered = q("SELECT count(*) FROM initiatives")
    recognized = q("SELECT count(*) FROM initiatives WHERE status IN ('cong_nhan','tieu_bieu','de_nghi_khen','nhan_rong')")
    exemplary = q("SELECT count(*) FROM initiatives WHERE exemplary = 1")
    awarded = q("SELECT count(DISTINCT initiative_id) FROM awards WHERE initiative_id IS NOT NULL")
    assert registered == 1500
    assert registered >= recognized >= exemplary >= awarded > 0
    # variety: every field, every status of the lifecycle, both kinds and subjects, years 2021–2026
    assert q("SELECT count(DISTINCT field_id) FROM initiatives") == 4
    assert q("SELECT count(DISTINCT status) FROM initiatives") >= 7
    assert q("SELECT count(DISTINCT kind || subject_kind) FROM initiatives") == 3
    assert {r[0] for r in c.execute("SELECT DISTINCT year FROM initiatives")} == set(range(2021, 2027))
    # codes are unique and well-formed
    assert q("SELECT count(*) FROM initiatives WHERE code NOT GLOB 'DVK-20[0-9][0-9]-[0-9][0-9][0-9][0-9]'") == 0
    # units: before and after the 2025 merger, linked
    assert q("SELECT count(*) FROM unit_links") > 10
    assert q("SELECT count(*) FROM units WHERE level = 'huyen' AND (valid_to IS NULL OR valid_to > '2025-06-30')") == 0
    # every initiative points to a unit valid on its registration date
    assert q("""SELECT count(*) FROM initiatives i JOIN units u ON u.id = i.unit_id
                WHERE (u.valid_from IS NOT NULL AND u.valid_from > i.registered_on)
                   OR (u.valid_to IS NOT NULL AND u.valid_to < i.registered_on)""") == 0
    # reviews exist for each milestone kind
    assert q("SELECT count(DISTINCT m.kind) FROM reviews r JOIN milestones m ON m.id = r.milestone_id") == 3


def test_award_money_is_correct(demo_file):
    c = sqlite3.connect(demo_file)
    rows = c.execute("""SELECT a.recipient_kind, a.coefficient, a.amount, d.signed_on, f.code
                        FROM awards a JOIN decisions d ON d.id = a.decision_id
                        JOIN award_forms f ON f.id = d.form_id""").fetchall()
    assert len(rows) == 500
    twins = {code: twin for code, _name, _body, _since, _until, twin in DEMO_FORMS}  # the demo's dated forms
    for kind, coef, amount, signed, code in rows:
        expected = money.award_amount(twins.get(code, code), kind, date.fromisoformat(signed))
        assert (Decimal(coef), amount) == expected
    kinds = {r[0] for r in rows}
    assert kinds == {"tap_the", "ca_nhan"}
    # a form the demo adds pays like the seeded form it stands for on its dates
    for code, twin in twins.items():
        coefs = [c.execute("SELECT k.recipient_kind, k.valid_from, k.coefficient FROM award_coefficients k "
                           "JOIN award_forms f ON f.id = k.form_id WHERE f.code = ? ORDER BY 1, 2", (x,)).fetchall()
                 for x in (code, twin)]
        assert coefs[0] == coefs[1] and coefs[0]


def test_names_are_realistic_vietnamese(demo_file):
    c = sqlite3.connect(demo_file)
    names = [r[0] for r in c.execute("SELECT recipient_name FROM awards WHERE recipient_kind = 'ca_nhan'")]
    assert len(names) > 100
    surnames = [n.split()[0] for n in names]
    share_nguyen = surnames.count("Nguyễn") / len(surnames)
    assert 0.2 < share_nguyen < 0.6
    assert all(2 <= len(n.split()) <= 5 for n in names)
    assert len(set(names)) > len(names) * 0.6


def test_a_decision_honours_each_recipient_once(demo_file):
    c = sqlite3.connect(demo_file)
    dupes = c.execute("SELECT decision_id, recipient_kind, name_fold, count(*) FROM awards "
                      "GROUP BY 1, 2, 3 HAVING count(*) > 1").fetchall()
    assert dupes == []
