"""The review workspace in the store: scope, grid, saves, bulk actions, funnel rules, copy from the
previous milestone; and the milestone figures against direct SQL on the reviews of that milestone."""

from __future__ import annotations

from datetime import date

import pytest

from dvdesk.domain.errors import ValidationError
from dvdesk.domain.vocab import Rating, SubjectKind
from dvdesk.services.milestone_figures import figures
from dvdesk.store.reviews import NOT_RATED, ReviewFilter


def _ms(store, key):
    return store.phases.milestone(key)


def _scope_sql_count(store, m, extra="", params=()):
    cutoff = m.held_on.isoformat() if m.held_on else f"{m.year}-12-31"
    return store.scalar(
        "SELECT count(*) FROM initiatives i LEFT JOIN reviews r ON r.initiative_id = i.id AND r.milestone_id = ? "
        "AND r.deleted_at IS NULL WHERE i.deleted_at IS NULL AND i.phase_id = ? AND i.registered_on <= ?" + extra,
        (m.id, m.phase_id, cutoff, *params))


def test_grid_is_the_scope_with_reviews(demo_store):
    book = demo_store.reviews.book
    m = _ms(demo_store, "tong-ket-2025")
    rows = book.grid(m.id)
    assert len(rows) == _scope_sql_count(demo_store, m)
    assert all(r["code"] and r["unit_name"] for r in rows)
    assert [r["id"] for r in rows] == book.grid_ids(m.id)
    # paged rows come back in the order asked
    ids = book.grid_ids(m.id)[100:150]
    assert [r["id"] for r in book.rows_by_ids(m.id, ids)] == ids
    reviewed, not_reviewed = book.counts(m.id)
    assert reviewed == _scope_sql_count(demo_store, m, " AND r.id IS NOT NULL")
    assert reviewed + not_reviewed == len(rows)
    # nothing registered after the conference is in scope
    assert max(demo_store.scalar("SELECT registered_on FROM initiatives WHERE id = ?", (r["id"],))
               for r in rows[:50]) <= "2025-10-15"


def test_grid_filters(demo_store):
    book = demo_store.reviews.book
    m = _ms(demo_store, "tong-ket-2025")
    all_ids = set(book.grid_ids(m.id))
    done = set(book.grid_ids(m.id, ReviewFilter(reviewed=True)))
    todo = set(book.grid_ids(m.id, ReviewFilter(reviewed=False)))
    assert done | todo == all_ids and not done & todo
    good = book.grid(m.id, ReviewFilter(rating=Rating.TOT))
    assert good and all(r["rating"] == Rating.TOT for r in good)
    assert set(book.grid_ids(m.id, ReviewFilter(rating=NOT_RATED))) >= todo
    first = book.grid(m.id)[0]
    found = book.grid(m.id, ReviewFilter(text=first["code"]))
    assert [r["id"] for r in found] == [first["id"]]
    by_name = book.grid_ids(m.id, order=[("name", False)])
    assert sorted(by_name) == sorted(all_ids)


def test_save_and_funnel_rules_name_the_record(demo_store):
    book = demo_store.reviews.book
    m = _ms(demo_store, "tong-ket-2025")
    row = book.grid(m.id, ReviewFilter(reviewed=False))[0]
    iid, who = row["id"], f"{row['code']} — {row['name']}"
    with pytest.raises(ValidationError) as e:
        book.save(m.id, iid, {"exemplary": True})
    assert who in str(e.value) and "chưa được công nhận thì không thể là tiêu biểu" in str(e.value)
    with pytest.raises(ValidationError) as e:
        book.save(m.id, iid, {"recognized": True})
    assert who in str(e.value) and "chưa xếp loại" in str(e.value)
    form = demo_store.award_forms.list()[0]
    with pytest.raises(ValidationError) as e:
        book.save(m.id, iid, {"rating": Rating.TOT, "recognized": True, "proposed_form_id": form.id})
    assert "tiêu biểu" in str(e.value)
    assert demo_store.scalar("SELECT count(*) FROM reviews WHERE initiative_id = ? AND milestone_id = ?",
                             (iid, m.id)) == 0  # refused: nothing written
    rid = book.save(m.id, iid, {"rating": Rating.TOT, "recognized": True, "recognition_level": "tinh",
                                "recognition_decision": "12-QĐ/BDVTU", "recognition_date": date(2025, 9, 1),
                                "exemplary": True, "proposed_form_id": form.id, "summary": "Hiệu quả"})
    saved = demo_store.query("SELECT * FROM reviews WHERE id = ?", (rid,))[0]
    assert (saved["rating"], saved["recognized"], saved["exemplary"], saved["proposed_form_id"],
            saved["recognition_level"], saved["recognition_date"]) == ("tot", 1, 1, form.id, "tinh", "2025-09-01")
    # un-recognizing a tiêu biểu record is refused too
    with pytest.raises(ValidationError) as e:
        book.save(m.id, iid, {"recognized": False})
    assert who in str(e.value)
    # audit rows written by the one write path
    assert demo_store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'reviews' AND row_id = ?", (rid,)) >= 1


def test_bulk_actions_are_one_transaction(demo_store):
    book = demo_store.reviews.book
    m = _ms(demo_store, "tong-ket-2025")
    ids = book.grid_ids(m.id)[:300]
    before = book.funnel(m.id)
    n = book.bulk_set(m.id, ids, {"rating": Rating.KHA})
    assert n == 300
    assert demo_store.scalar(f"SELECT count(*) FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL AND "
                             f"rating = 'kha' AND initiative_id IN ({','.join(map(str, ids))})", (m.id,)) == 300
    book.bulk_set(m.id, ids, {"recognized": True})
    assert demo_store.last_changes.touches("reviews")
    book.bulk_set(m.id, ids[:40], {"exemplary": True})
    form = demo_store.award_forms.list()[0]
    fresh = [i for i in ids[:40] if not demo_store.scalar(  # models the demo had not proposed yet
        "SELECT proposed_form_id FROM reviews WHERE initiative_id = ? AND milestone_id = ? AND deleted_at IS NULL",
        (i, m.id))][:10]
    book.bulk_set(m.id, fresh, {"proposed_form_id": form.id})
    after = book.funnel(m.id)
    assert len(fresh) == 10 and after.proposed == before.proposed + 10
    assert after.reviewed >= before.reviewed
    # a selection where one record would break the funnel: refused whole, naming that record
    untouched = book.grid(m.id, ReviewFilter(reviewed=False))[0]
    with pytest.raises(ValidationError) as e:
        book.bulk_set(m.id, [*ids[40:50], untouched["id"]], {"exemplary": True})
    assert untouched["code"] in str(e.value)
    assert book.funnel(m.id).exemplary == after.exemplary
    # clear: the reviews go to the trash, a later save revives the same row
    rid = demo_store.scalar("SELECT id FROM reviews WHERE initiative_id = ? AND milestone_id = ?", (ids[100], m.id))
    assert book.clear(m.id, ids[100:110]) == 10
    assert ids[100] in book.grid_ids(m.id, ReviewFilter(reviewed=False))
    assert any(t.table_name == "reviews" and t.row_id == rid for t in demo_store.trash.list())
    assert book.save(m.id, ids[100], {"rating": Rating.TOT}) == rid
    row = book.rows_by_ids(m.id, [ids[100]])[0]
    assert (row["rating"], row["recognized"]) == ("tot", 0)  # revived empty, then the new value


def test_copy_previous_milestone(demo_store):
    book = demo_store.reviews.book
    m = _ms(demo_store, "tong-ket-2025")
    prev = book.previous_milestone(m.id)
    assert prev.key == "nam-2025"
    missing = book.grid_ids(m.id, ReviewFilter(reviewed=False))
    with_prev = {r[0]: r[1:] for r in demo_store.conn.execute(
        "SELECT initiative_id, rating, recognized, exemplary FROM reviews WHERE milestone_id = ? "
        "AND deleted_at IS NULL", (prev.id,))}
    expected = [i for i in missing if i in with_prev]
    assert expected
    existing = dict(demo_store.conn.execute(
        "SELECT initiative_id, rating FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL", (m.id,)))
    assert book.copy_previous(m.id) == len(expected)
    for iid in expected:
        r = book.rows_by_ids(m.id, [iid])[0]
        assert (r["rating"], r["recognized"], r["exemplary"]) == with_prev[iid]
    # reviews already made here are left as they were
    now = dict(demo_store.conn.execute(
        "SELECT initiative_id, rating FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL", (m.id,)))
    assert all(now[i] == v for i, v in existing.items())
    assert book.copy_previous(m.id) == 0
    with pytest.raises(ValidationError):
        book.copy_previous(_ms(demo_store, "nam-2021").id)


def test_default_milestone(demo_store):
    book = demo_store.reviews.book
    assert book.default_milestone(date(2026, 12, 6)).key == "tong-ket-2025"
    assert book.default_milestone(date(2024, 3, 1)).key in ("so-ket-2023", "nam-2023")


@pytest.mark.parametrize("key", ["so-ket-2023", "tong-ket-2025"])
def test_milestone_figures_equal_direct_sql(demo_store, key):
    m = _ms(demo_store, key)
    book = demo_store.reviews.book
    # give the milestone some proposals so those figures are not all zero
    form = demo_store.award_forms.list()[1]
    ids = [r["id"] for r in book.grid(m.id, ReviewFilter(exemplary=True))
           if r.get("proposed_form_id") is None][:7]  # tiêu biểu models the demo did not propose
    before = {p.form_id: p.total for p in figures(demo_store, m.id).proposed_by_form}
    book.bulk_set(m.id, ids, {"proposed_form_id": form.id})
    f = figures(demo_store, m.id)
    q = lambda extra, *p: _scope_sql_count(demo_store, m, extra, p)  # noqa: E731
    assert f.registered.total == q("")
    assert f.registered.collective == q(" AND i.subject_kind = ?", SubjectKind.TAP_THE)
    assert f.registered.individual == q(" AND i.subject_kind = ?", SubjectKind.CA_NHAN)
    assert f.reviewed == q(" AND r.id IS NOT NULL")
    assert f.recognized.total == q(" AND r.recognized = 1")
    assert f.recognized.individual == q(" AND r.recognized = 1 AND i.subject_kind = ?", SubjectKind.CA_NHAN)
    assert f.exemplary.total == q(" AND r.exemplary = 1")
    assert f.proposed.total == q(" AND r.proposed_form_id IS NOT NULL") == sum(before.values()) + 7
    after = {p.form_id: p.total for p in f.proposed_by_form}
    assert after == {**before, form.id: before.get(form.id, 0) + 7}
    for code, n in f.by_rating.items():
        assert n == q(" AND r.rating = ?", code)
    assert f.replicated.total == q(" AND EXISTS (SELECT 1 FROM initiative_status_log l WHERE l.initiative_id = i.id "
                                   "AND l.to_status = 'nhan_rong' AND l.changed_on <= ?)", f.as_of)
    assert sum(r.registered for r in f.by_field) == f.registered.total
    assert sum(r.exemplary for r in f.by_block) == f.exemplary.total
    aw = demo_store.query(
        "SELECT count(*) n, coalesce(sum(a.amount), 0) money FROM awards a JOIN decisions d ON d.id = a.decision_id "
        "WHERE d.milestone_id = ? AND a.deleted_at IS NULL AND d.deleted_at IS NULL", (m.id,))[0]
    assert (f.awards_total, f.money_total) == (aw["n"], aw["money"])
    assert f.registered_sentence().endswith("cá nhân")
    # figures of the milestone, not today's statuses: changing today's status changes nothing
    demo_store.conn.execute("UPDATE initiatives SET exemplary = 1 - exemplary")  # test-only tamper
    assert figures(demo_store, m.id).exemplary == f.exemplary
