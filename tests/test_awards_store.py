"""Issuers, decision numbers, recipients and their money (dvdesk/store/awarding.py)."""

from __future__ import annotations

from datetime import date

import pytest

from dvdesk.domain.entities import Award, Issuer, Review, Unit
from dvdesk.domain.errors import ValidationError
from dvdesk.domain.vocab import Level, SubjectKind
from dvdesk.store.awarding import number_value

D = date(2025, 10, 10)


def person(name: str, **kw) -> Award:
    return Award(decision_id=0, recipient_kind=SubjectKind.CA_NHAN, recipient_name=name, **kw)


def group(name: str, **kw) -> Award:
    return Award(decision_id=0, recipient_kind=SubjectKind.TAP_THE, recipient_name=name, **kw)


def dated_ban(store) -> None:
    """The office's Ban as the demo province had it: Ban Dân vận Tỉnh ủy Kiên Giang, then the merged Ban
    (1/3/2025), then An Giang (1/7/2025)."""
    ban = store.issuers.on("BAN", D)
    store.issuers.update(Issuer(**{**ban.__dict__, "name": "BAN DÂN VẬN", "parent_name": "TỈNH ỦY KIÊN GIANG",
                                   "symbol": "BDVTU", "term_start": 2020}))
    mid = store.issuers.rename(ban.id, date(2025, 3, 1), name="BAN TUYÊN GIÁO VÀ DÂN VẬN", symbol="BTGDVTU")
    store.issuers.rename(mid.id, date(2025, 7, 1), parent_name="TỈNH ỦY AN GIANG")


def test_seeded_issuers_and_forms(store):
    bodies = {i.body: i for i in store.issuers.list()}
    assert set(bodies) == {"BAN", "BTV_TINH", "UBND_TINH", "BAN_TW"}
    assert bodies["BAN"].symbol == "BTGDVTU" and bodies["BAN"].parent_name == "TỈNH ỦY AN GIANG"
    assert bodies["UBND_TINH"].style == "state" and bodies["UBND_TINH"].numbering == "year"
    assert (bodies["BTV_TINH"].signer_authority, bodies["BTV_TINH"].signer_title) == ("T/M BAN THƯỜNG VỤ", "BÍ THƯ")
    codes = {f.code for f in store.issuers.forms_for("UBND_TINH")}
    assert "BK_UBND_TINH" in codes and "GK_BDV_TINH" not in codes and "BK_TW" not in codes


def test_numbering_term_and_year(store):
    ban = store.issuers.on("BAN", D)
    d1 = store.awarding.save(store.awarding.new_decision("BAN", D))
    assert d1.number == "1-QĐ/BTGDVTU"
    # a Party sequence runs the whole term: the next year continues it
    assert store.awarding.next_number(ban.id, date(2026, 3, 1)) == "2-QĐ/BTGDVTU"
    again = store.awarding.new_decision("BAN", date(2026, 3, 1))
    again.number = "1-QĐ/BTGDVTU"
    with pytest.raises(ValidationError) as err:
        store.awarding.save(again)
    assert "đã dùng" in err.value.errors["number"] and "nhiệm kỳ 2025–2030" in err.value.errors["number"]
    # a State sequence restarts every year
    u = store.awarding.new_decision("UBND_TINH", D)
    assert u.number == "1/QĐ-UBND"
    u.number = "82/QĐ-UBND"
    store.awarding.save(u)
    ubnd = store.issuers.on("UBND_TINH", D)
    assert store.awarding.next_number(ubnd.id, date(2025, 12, 1)) == "83/QĐ-UBND"
    assert store.awarding.next_number(ubnd.id, date(2026, 1, 5)) == "1/QĐ-UBND"
    dup = store.awarding.new_decision("UBND_TINH", date(2025, 11, 1))
    dup.number = "82/QĐ-UBND"
    with pytest.raises(ValidationError):
        store.awarding.save(dup)
    dup.signed_on = date(2026, 2, 1)
    assert store.awarding.save(dup).number == "82/QĐ-UBND"  # a new year, a new sequence
    # numbers are per issuer: the Ban Thường vụ's 1 does not clash with the Ban's 1
    assert store.awarding.save(store.awarding.new_decision("BTV_TINH", D)).number == "1-QĐ/TU"


def test_issuer_names_as_on_the_decision_date(store):
    dated_ban(store)
    assert store.issuers.on("BAN", date(2024, 11, 20)).name == "BAN DÂN VẬN"
    assert store.issuers.on("BAN", date(2025, 5, 1)).parent_name == "TỈNH ỦY KIÊN GIANG"
    latest = store.issuers.on("BAN", D)
    d = store.awarding.new_decision("BAN", D)
    d.issuer_id, d.signed_on, d.number = latest.id, date(2024, 11, 20), "10-QĐ/BDVTU"
    saved = store.awarding.save(d)
    assert (saved.issuer_name, saved.issuer_parent, saved.issuer_symbol) == ("BAN DÂN VẬN", "TỈNH ỦY KIÊN GIANG", "BDVTU")
    assert saved.issuer_id == store.issuers.on("BAN", date(2024, 11, 20)).id
    # one sequence for the whole term 2020–2025: "10" cannot recur, whatever the symbol
    d2 = store.awarding.new_decision("BAN", date(2025, 4, 2))
    assert d2.issuer_symbol == "BTGDVTU" and d2.number == "11-QĐ/BTGDVTU"
    d2.number = "10-QĐ/BTGDVTU"
    with pytest.raises(ValidationError):
        store.awarding.save(d2)
    # a later rename never changes a decision already issued
    store.issuers.rename(latest.id, date(2026, 1, 1), name="BAN KHÁC")
    assert store.decisions.get(saved.id).issuer_name == "BAN DÂN VẬN"


def test_form_restricted_to_the_issuer(store):
    d = store.awarding.new_decision("BAN", D)
    d.form_id = store.award_forms.by_code("BK_TW").id
    with pytest.raises(ValidationError) as err:
        store.awarding.save(d)
    assert "không phải hình thức khen thưởng do Ban Tuyên giáo và Dân vận Tỉnh ủy" in err.value.errors["form_id"]


def test_money_from_the_dated_tables(store):
    gk = store.awarding.save(store.awarding.new_decision("BAN", D), [person("Nguyễn Văn An"), group("Xã Mỹ Hòa")])
    amounts = {a.recipient_name: a.amount for a in store.awarding.recipients(gk.id)}
    assert amounts == {"Nguyễn Văn An": 710_000, "Xã Mỹ Hòa": 1_410_000}
    bk = store.awarding.new_decision("UBND_TINH", D, form_id=store.award_forms.by_code("BK_UBND_TINH").id)
    bk = store.awarding.save(bk, [group("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")])
    (a,) = store.awarding.recipients(bk.id)
    assert (a.amount, a.base_salary, str(a.coefficient)) == (7_020_000, 2_340_000, "3.0")
    assert store.awards.total(bk.id) == 7_020_000


def test_override_keeps_its_reason_and_salary_change_leaves_history(store):
    d = store.awarding.save(store.awarding.new_decision("BAN", D), [person("Trần Thị Bình"), person("Lê Văn Cường")])
    rows = store.awarding.recipients(d.id)
    rows[0].amount, rows[0].amount_override_reason = 1_000_000, "Theo Kết luận của Thường trực"
    rows[1].amount = 5  # typed without a reason: not taken
    store.awarding.save(d, rows)
    by_name = {a.recipient_name: a for a in store.awarding.recipients(d.id)}
    assert by_name["Trần Thị Bình"].amount == 1_000_000
    assert by_name["Trần Thị Bình"].amount_override_reason == "Theo Kết luận của Thường trực"
    assert by_name["Lê Văn Cường"].amount == 710_000
    # a base salary decided afterwards, back-dated before the decision: stored awards stay
    store.award_forms.set_base_salary(date(2025, 10, 1), 3_000_000, "thử")
    rows = store.awarding.recipients(d.id)
    rows[1].achievement = "Sửa thành tích"
    store.awarding.save(d, rows)
    by_name = {a.recipient_name: a for a in store.awarding.recipients(d.id)}
    assert by_name["Lê Văn Cường"].amount == 710_000 and by_name["Lê Văn Cường"].base_salary == 2_340_000
    assert by_name["Trần Thị Bình"].amount == 1_000_000
    # a recipient added now is computed with the tables in force on the decision date
    store.awarding.save(d, [*rows, person("Phạm Văn Dũng")])
    assert {a.recipient_name: a.amount for a in store.awarding.recipients(d.id)}["Phạm Văn Dũng"] == 900_000


def test_removed_recipients_go_to_the_trash_and_order_is_kept(store):
    d = store.awarding.save(store.awarding.new_decision("BAN", D),
                            [person("An"), person("Bình"), person("Cường")])
    rows = store.awarding.recipients(d.id)
    d.award_order = "manual"
    store.awarding.save(d, [rows[2], rows[0]])
    assert [a.recipient_name for a in store.awarding.recipients(d.id)] == ["Cường", "An"]
    assert any(t.label == "Bình" for t in store.trash.list())


def test_unit_gone_on_the_decision_date_warns_with_its_successor(store):
    old = store.units.create(Unit(name="Xã Vĩnh Hòa Hiệp", level=Level.XA))
    new = store.units.rename(old.id, "Xã Châu Thành", date(2025, 7, 1))
    d = store.awarding.new_decision("BAN", D)
    rows = [person("Nguyễn Văn An", unit_id=old.id, unit_text="Xã Vĩnh Hòa Hiệp"), person("Lê Thị Hoa", unit_id=new.id)]
    warnings = store.awarding.warnings(d, rows)
    assert list(warnings) == [0]
    assert "không còn tồn tại ngày 10/10/2025" in warnings[0][0] and "Xã Châu Thành" in warnings[0][0]


def test_same_person_twice_and_same_form_twice_at_a_milestone(store):
    ms = store.phases.milestone("tong-ket-2025")
    first = store.awarding.new_decision("BAN", D, milestone_id=ms.id)
    store.awarding.save(first, [person("Nguyễn Văn An", unit_text="Xã A")])
    second = store.awarding.new_decision("BAN", date(2025, 10, 20), milestone_id=ms.id)
    rows = [person("Nguyễn Văn An", unit_text="Xã A"), person("Trần Văn Bé", unit_text="Xã B"),
            person("Tran Van Be", unit_text="xa b")]
    warnings = store.awarding.warnings(second, rows)
    assert "đã được tặng hình thức này tại cùng kỳ" in warnings[0][0] and "1-QĐ/BTGDVTU" in warnings[0][0]
    assert "Trùng" in warnings[1][0] and "dòng 3" in warnings[1][0]
    assert "dòng 2" in warnings[2][0]


def test_fill_from_proposals_on_the_demo(demo_store):
    s = demo_store
    ms = s.phases.milestone("tong-ket-2025")
    form = s.award_forms.by_code("GK_BDV_TINH")
    already = {r[0] for r in s.conn.execute(  # the demo's own proposals of this form at this milestone
        "SELECT initiative_id FROM reviews WHERE milestone_id = ? AND proposed_form_id = ? AND deleted_at IS NULL",
        (ms.id, form.id))}
    ids = [r[0] for r in s.conn.execute("SELECT id FROM initiatives WHERE deleted_at IS NULL AND year <= 2025 "
                                        "AND registered_on <= '2025-10-01' ORDER BY id") if r[0] not in already][:6]
    for i in ids[:4]:
        s.reviews.save(Review(initiative_id=i, milestone_id=ms.id, rating="tot", recognized=True, exemplary=True,
                              proposed_form_id=form.id))  # a proposal needs a recognized, tiêu biểu model
    drafts = s.awarding.drafts_from_proposals(ms.id, form.id, D)
    assert sorted(a.initiative_id for a in drafts) == sorted(already | set(ids[:4]))
    gone = []
    for k, a in enumerate(drafts):
        if not s.units.get(a.unit_id, include_deleted=True).valid_on(D):
            gone.append(k)  # a district that was dissolved on 1/7/2025 (no successor of the same kind)
        assert a.unit_text and a.achievement.startswith("Có ")
    if gone:  # never silently: each such row carries a warning naming the unit's date
        probe = s.awarding.new_decision("BAN", D, form_id=form.id, milestone_id=ms.id)
        warned = s.awarding.warnings(probe, drafts)
        assert all(any("không còn" in w or "đã" in w for w in warned.get(k, [])) for k in gone), warned
    picked = s.awarding.drafts_from_initiatives([ids[5], ids[4]], D)
    assert [a.initiative_id for a in picked] == [ids[5], ids[4]]
    with s.tx():  # the Ban's decisions as if recorded before the catalog (a database upgraded from schema 1)
        olds = s.bulk.rows_by_id("decisions", [r[0] for r in s.conn.execute(
            "SELECT id FROM decisions WHERE issuer_symbol = 'BTGDVTU'")])
        s.bulk.update("decisions", [(i, {"issuer_id": None}, row) for i, row in olds.items()])
    d = s.awarding.new_decision("BAN", D, form_id=form.id, milestone_id=ms.id)
    saved = s.awarding.save(d, drafts + picked)
    assert len(s.awarding.recipients(saved.id)) == len(drafts) + 2
    from dvdesk.store.awarding import DecisionFilter

    rows = s.awarding.decision_rows(DecisionFilter(milestone_id=ms.id, issuer_body="BAN"))
    (row,) = [r for r in rows if r["id"] == saved.id]  # listed with the demo's own decisions of that milestone
    assert row["collectives"] + row["individuals"] == len(drafts) + 2
    assert row["total"] == s.awards.total(saved.id) > 0
    # the legacy decisions of the demo (no issuer row) count in the sequence by their symbol
    legacy = [number_value(r[0]) for r in s.conn.execute(
        "SELECT number FROM decisions WHERE issuer_id IS NULL AND issuer_symbol = 'BTGDVTU' AND signed_on >= ?",
        ((s.issuers.on("BAN", D).valid_from or date(2025, 1, 1)).isoformat(),))]  # the same term's sequence
    assert legacy and number_value(saved.number) == max(legacy) + 1


def test_defaults_for_a_database_without_issuers(store):
    for i in store.issuers.list():
        store.issuers.delete(i.id)
    store.conn.execute("UPDATE award_forms SET issuer_body = ''")  # as in a database upgraded from schema 1
    made = store.issuers.create_defaults()
    assert [i.body for i in made] == ["BAN", "BTV_TINH", "UBND_TINH", "BAN_TW"]
    assert store.award_forms.by_code("BK_TW").id in {f.id for f in store.issuers.forms_for("BAN_TW")}
    assert store.audit.history("issuers", made[0].id)[0].action == "insert"
    with pytest.raises(ValidationError):
        store.issuers.create_defaults()


def test_achievement_text_quotes_the_name_once():
    from dvdesk.store.awarding import achievement_text

    tail = " tiêu biểu trong phong trào thi đua \"Dân vận khéo\""
    assert achievement_text("mo_hinh", "\"Bếp ăn tình thương\"") == "Có mô hình \"Bếp ăn tình thương\"" + tail
    assert achievement_text("mo_hinh", "Mô hình \"Chợ phiên\"") == "Có mô hình \"Chợ phiên\"" + tail
    assert achievement_text("dien_hinh", "Mô hình \"Ngày thứ bảy\"") == "Có mô hình \"Ngày thứ bảy\"" + tail
    assert achievement_text("dien_hinh", "Nguyễn Văn An") == "Có điển hình \"Nguyễn Văn An\"" + tail


def test_default_issuers_follow_the_office_profile_until_a_decision_uses_them(tmp_path):
    from dvdesk.store.db import open_store

    with open_store(tmp_path / "moi.sqlite3", create=True) as s:
        fresh = {i.body: i for i in s.issuers.list()}
        assert "GIANG" not in fresh["BAN"].parent_name + fresh["UBND_TINH"].name  # no invented province
        s.settings.set("agency", {**s.settings.agency(), "parent_body": "TỈNH ỦY CÀ MAU",
                                  "issuing_body": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "symbol": "BTGDVTU", "place": "Cà Mau"})
        told = {i.body: i for i in s.issuers.list()}
        assert told["BAN"].parent_name == "TỈNH ỦY CÀ MAU" and told["BAN"].place == "Cà Mau"
        assert told["UBND_TINH"].name == "ỦY BAN NHÂN DÂN TỈNH CÀ MAU" and told["BTV_TINH"].name == "TỈNH ỦY CÀ MAU"
        s.awarding.save(s.awarding.new_decision("BAN", D))  # a decision now carries the Ban's names
        s.settings.set("agency", {**s.settings.agency(), "parent_body": "TỈNH ỦY BẠC LIÊU"})
        after = {i.body: i for i in s.issuers.list()}
        assert after["BAN"].parent_name == "TỈNH ỦY CÀ MAU"  # used: history is not rewritten
        assert after["UBND_TINH"].name == "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU"  # unused: follows


def test_a_ubnd_decision_keeps_no_parent_line(store):
    """An UBND tỉnh prints only its own name: saving its decision must not give it the office's
    parent body ("TỈNH ỦY …") as a parent line."""
    u = store.awarding.save(store.awarding.new_decision("UBND_TINH", D))
    assert u.issuer_parent == "" and u.issuer_name.startswith("ỦY BAN NHÂN DÂN")
    # a decision recorded without any issuer is the office's own: the profile's names
    from dvdesk.domain.entities import Decision

    form = store.award_forms.list()[0]
    own = store.decisions.create(Decision(number="3-QĐ/X", signed_on=D, form_id=form.id))
    agency = store.settings.agency()
    assert (own.issuer_name, own.issuer_parent) == (agency["issuing_body"], agency["parent_body"])
    # an imported UBND decision, recorded as issued
    ubnd = store.decisions.create(Decision(number="82/QĐ-UBND", signed_on=D, form_id=form.id,
                                           issuer_name="ỦY BAN NHÂN DÂN TỈNH AN GIANG", style="state"))
    assert ubnd.issuer_parent == ""
