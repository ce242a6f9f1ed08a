"""Finding people: one ranked search over initiatives and award recipients, the person's page,
the `dvdesk search` command, and hostile queries (NUL, a pasted paragraph, LIKE wildcards, emoji,
bidi controls) that must answer, never raise."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesk.cli import main
from dvdesk.domain.entities import Award, Decision, DirectiveDocument, Initiative, Unit
from dvdesk.store.people import (
    RANK_NAME_PHRASE,
    RANK_ONE_FIELD,
    RANK_SPREAD,
    person_records,
    search_people,
)
from dvdesk.store.search import MAX_QUERY_WORDS, InitiativeFilter, clean_query

HOSTILE = {
    "nul": "Nguyễn\x00Văn An",
    "paragraph": " ".join(["phong trào dân vận khéo ở cơ sở"] * 172),  # ~1,200 words
    "percent": "%",
    "underscore": "_",
    "percent_word": "100%",
    "emoji": "Nguyễn 😀 An 🇻🇳",
    "bidi": "\u202eNguyễn Văn An\u202c",
    "quotes": '"Dân vận" AND OR NOT * ( ) :',
}


@pytest.fixture
def people(store):
    """A tiny database where the ranking is known: one unit, initiatives and awards."""
    unit = store.units.create(Unit(name="Xã Vĩnh Hòa Hiệp", level="xa"))
    other = store.units.create(Unit(name="Phường An Hòa", level="xa"))
    phase = store.phases.by_code("2021-2025")

    def initiative(name, person="", position="", unit_id=unit.id, **kw):
        return store.initiatives.create(Initiative(
            name=name, unit_id=unit_id, phase_id=phase.id, year=2023, registered_on=date(2023, 3, 1),
            subject_kind="ca_nhan" if person else "tap_the", kind="dien_hinh" if person else "mo_hinh",
            person_name=person, person_position=position, **kw))

    ids = {
        # the whole phrase in the person's name
        "phrase": initiative("Điển hình tiên tiến trong vận động nhân dân", "Nguyễn Văn An", "Bí thư Chi bộ"),
        # all the words in one field (the name), not as a phrase in a person's name
        "one_field": initiative("Nguyễn An và Văn hóa ấp Mỹ Lợi"),
        # words spread: "nguyen" in the person, "van" in the position, "an" in the unit
        "spread": initiative("Gương sáng", "Nguyễn Thị Bé", "Cán bộ Văn phòng", unit_id=other.id),
        "unrelated": initiative("Mô hình tiết kiệm điện", "Lê Hồng Phúc", "Trưởng ấp"),
        "percent": initiative("Thu gom 100% rác thải ở ấp Mỹ Lợi"),
        "underscore": initiative("Mô hình ap_moi kiểu mới"),
    }
    form = store.award_forms.by_code("GK_BDV_TINH")
    d1 = store.decisions.create(Decision(number="12-QĐ/BDVTU", signed_on=date(2024, 10, 10), form_id=form.id))
    d2 = store.decisions.create(Decision(number="7-QĐ/BDVTU", signed_on=date(2025, 10, 10), form_id=form.id))

    def award(d, name, kind="ca_nhan", **kw):
        return store.awards.create(Award(decision_id=d.id, recipient_kind=kind, recipient_name=name, **kw))

    awards = {
        "phrase": award(d1, "Nguyễn Văn An", position="Bí thư Chi bộ", unit_text="Xã Vĩnh Hòa Hiệp",
                        birth_year=1970),
        "phrase_again": award(d2, "NGUYỄN VĂN AN", position="Trưởng ấp", unit_text="Xã Vĩnh Hòa Hiệp",
                              birth_year=1970),
        "homonym": award(d2, "Nguyễn Văn An", position="Giáo viên", unit_text="Phường An Hòa", birth_year=1990),
        "one_field": award(d1, "Trần Bình", position="Phó Chủ tịch Nguyễn Văn An Hội", unit_text="Xã Mỹ Lợi"),
        "spread": award(d1, "Nguyễn Thị Hoa", position="Văn thư", unit_text="Phường An Hòa"),
        "collective": award(d1, "Chi bộ ấp Mỹ Lợi", kind="tap_the", unit_text="Xã Vĩnh Hòa Hiệp"),
    }
    return store, {k: v.id for k, v in ids.items()}, {k: v.id for k, v in awards.items()}


def test_ranking_phrase_then_one_field_then_spread(people):
    store, ids, aw = people
    r = search_people(store, "Nguyễn Văn An")
    got = [(h.id, h.rank) for h in r.initiatives]
    assert got == [(ids["phrase"], RANK_NAME_PHRASE), (ids["one_field"], RANK_ONE_FIELD),
                   (ids["spread"], RANK_SPREAD)]
    assert r.initiative_total == 3
    ranks = {h.id: h.rank for h in r.awards}
    assert [h.rank for h in r.awards] == sorted(h.rank for h in r.awards)
    assert ranks[aw["phrase"]] == ranks[aw["phrase_again"]] == ranks[aw["homonym"]] == RANK_NAME_PHRASE
    assert ranks[aw["one_field"]] == RANK_ONE_FIELD
    assert ranks[aw["spread"]] == RANK_SPREAD
    assert aw["collective"] not in ranks


def test_typed_without_diacritics_finds_both_kinds(people):
    store, ids, aw = people
    for query in ("nguyen van an", "NGUYEN VAN AN", "Nguyen  Van\tAn"):
        r = search_people(store, query)
        assert r.initiatives[0].id == ids["phrase"]
        assert r.initiatives[0].person_name == "Nguyễn Văn An"
        assert {h.id for h in r.awards if h.rank == RANK_NAME_PHRASE} == {aw["phrase"], aw["phrase_again"],
                                                                          aw["homonym"]}


def test_kinds_limit_and_decision_number(people):
    store, _ids, aw = people
    only = search_people(store, "nguyen van an", kinds=("awards",), limit=2)
    assert only.initiatives == () and len(only.awards) == 2 and only.award_total == 5
    by_number = search_people(store, "12-qd")
    assert {h.id for h in by_number.awards} == {aw["phrase"], aw["one_field"], aw["spread"], aw["collective"]}
    assert all(h.decision_number == "12-QĐ/BDVTU" and h.rank == RANK_ONE_FIELD for h in by_number.awards)
    assert search_people(store, "   ") == search_people(store, "") and not search_people(store, "")


def test_trashed_records_are_not_found(people):
    store, ids, aw = people
    store.initiatives.delete(ids["phrase"])
    store.awards.delete(aw["homonym"])
    r = search_people(store, "nguyen van an")
    assert ids["phrase"] not in {h.id for h in r.initiatives} and r.initiative_total == 2
    assert aw["homonym"] not in {h.id for h in r.awards}


def test_like_wildcards_match_literally(people):
    store, ids, _aw = people
    assert [h.id for h in search_people(store, "100%").initiatives] == [ids["percent"]]
    assert [h.id for h in search_people(store, "p_m").initiatives] == [ids["underscore"]]
    assert search_people(store, "0%").initiatives[0].id == ids["percent"]
    # the registry's box: the same cleaning, wildcards literal
    assert store.initiatives.search_ids(InitiativeFilter(text="100%")) == [ids["percent"]]
    assert store.initiatives.search_ids(InitiativeFilter(text="p_m")) == [ids["underscore"]]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_queries_answer(people, name):
    store, ids, _aw = people
    text = HOSTILE[name]
    r = search_people(store, text, limit=10)
    assert len(r.initiatives) <= 10 and len(r.awards) <= 10
    assert "\x00" not in r.query and "\u202e" not in r.query
    store.initiatives.search_ids(InitiativeFilter(text=text))  # the registry's box
    store.documents.search(text)
    store.units.find_by_name(text)
    if name in ("nul", "bidi", "emoji"):  # the name is still found around the noise
        found = search_people(store, text.replace(" 😀", "").replace(" 🇻🇳", " Văn"))
        assert found.initiatives and found.initiatives[0].id == ids["phrase"]


def test_clean_query_caps_and_strips():
    assert clean_query("a\x00b\u202ec\u200bd") == "a b cd"
    assert len(clean_query(HOSTILE["paragraph"]).split()) == MAX_QUERY_WORDS
    assert clean_query(None) == "" and clean_query("  Nguyễn  Văn  ") == "Nguyễn Văn"
    assert clean_query("x" * 10_000) == "x" * 200


def test_unit_and_document_search_escape_wildcards(store):
    store.units.create(Unit(name="Xã Vĩnh Hòa", level="xa"))
    assert store.units.find_by_name("%") == [] and store.units.find_by_name("_") == []
    store.documents.create(DirectiveDocument(number="175-TB/VPTU", summary="Đạt 100% kế hoạch"))
    store.documents.create(DirectiveDocument(number="12-KH/BDVTU", summary="Kế hoạch năm 2025"))
    assert [d.number for d in store.documents.search("100%")] == ["175-TB/VPTU"]
    assert store.documents.search("0_") == []


def test_person_records(people):
    store, ids, aw = people
    p = person_records(store, "nguyễn văn an")
    assert {h.id for h in p.awards} == {aw["phrase"], aw["phrase_again"], aw["homonym"]}
    assert [h.signed_on for h in p.awards] == sorted((h.signed_on for h in p.awards), reverse=True)
    assert [h.id for h in p.initiatives] == [ids["phrase"]]
    same_year = person_records(store, "Nguyễn Văn An", birth_year=1970)
    assert {h.id for h in same_year.awards} == {aw["phrase"], aw["phrase_again"]}
    collective = person_records(store, "Xã Vĩnh Hòa Hiệp", "tap_the")
    assert {h.id for h in collective.initiatives} == {ids["phrase"], ids["one_field"], ids["unrelated"],
                                                      ids["percent"], ids["underscore"]}
    assert person_records(store, "\x00").awards == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), limit=st.integers(min_value=1, max_value=30))
def test_any_unicode_query_never_raises(demo_store_session, text, limit):
    r = search_people(demo_store_session, text, limit=limit)
    assert len(r.initiatives) <= limit and len(r.awards) <= limit
    assert r.initiative_total >= len(r.initiatives) and r.award_total >= len(r.awards)
    for group in (r.initiatives, r.awards):
        assert [h.rank for h in group] == sorted(h.rank for h in group)


# -- the command ----------------------------------------------------------------------------------
def test_cli_search_lines_and_exit_codes(people, capsys):
    store, ids, _aw = people
    db = str(store.path)
    assert main(["search", "nguyen van an", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 + 5
    first = out[0].split("\t")
    assert first[:4] == ["Điển hình", store.initiatives.get(ids["phrase"]).code,
                         "Điển hình tiên tiến trong vận động nhân dân", "Nguyễn Văn An"]
    assert out[1].startswith("Khen thưởng\t") and "Nguyễn Văn An" in out[1]
    assert any(line.startswith("Khen thưởng\t12-QĐ/BDVTU\t10/10/2024\tNguyễn Văn An\t") for line in out)
    assert out[-1].split("\t")[3] in ("Nguyễn Thị Hoa", "Nguyễn Thị Bé")  # spread words come last

    assert main(["search", "nguyen van an", "--db", db, "--in", "initiatives", "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines() == [out[0]]
    assert main(["search", "12-qđ", "--db", db, "--in", "awards"]) == 0
    assert all(line.startswith("Khen thưởng\t12-QĐ/BDVTU") for line in capsys.readouterr().out.splitlines())

    assert main(["search", "không có ai tên này", "--db", db]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "Không tìm thấy kết quả nào" in captured.err


@pytest.mark.parametrize("args", [["search"], ["search", "an"], ["search", "an", "--db", "x", "--in", "people"],
                                  ["search", "an", "--db", "x", "--limit", "0"],
                                  ["search", "an", "--db", "x", "--limit", "nhiều"]])
def test_cli_search_usage_errors(args, capsys):
    with pytest.raises(SystemExit) as e:
        main(args)
    assert e.value.code == 2
    assert "Lỗi cú pháp lệnh" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_cli_hostile_queries_exit_0_or_1(people, name, capsys):
    store, _ids, _aw = people
    assert main(["search", HOSTILE[name], "--db", str(store.path)]) in (0, 1)
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_cli_missing_database_fails_cleanly(tmp_path, capsys):
    assert main(["search", "an", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "Không tìm thấy tệp cơ sở dữ liệu" in capsys.readouterr().err
