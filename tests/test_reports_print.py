"""The printed lists as a clerk reads them: exported from the demo database and read back."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from dvdesk.services import statistics as st
from dvdesk.services.documents import roman
from dvdesk.services.reports import award_list, export, initiative_list, statistics_appendix


def _pdf_lines(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [line for p in pdf.pages for line in (p.extract_text() or "").splitlines()]


@pytest.fixture(scope="module")
def initiatives_pdf(demo_store_session, tmp_path_factory):
    return export(initiative_list(demo_store_session), tmp_path_factory.mktemp("ml") / "ml.pdf")


@pytest.fixture(scope="module")
def statistics_pdf(demo_store_session, tmp_path_factory):
    return export(statistics_appendix(demo_store_session, st.Scope(phase_id=1)),
                  tmp_path_factory.mktemp("tk") / "tk.pdf")


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 10, 11, 12, 14, 19, 40, 49, 90, 400, 1994)] == [
        "I", "IV", "IX", "X", "XI", "XII", "XIV", "XIX", "XL", "XLIX", "XC", "CD", "MCMXCIV"]
    with pytest.raises(ValueError):
        roman(0)


def test_initiative_groups_are_numbered_in_roman_numerals_past_ten(initiatives_pdf, demo_store_session):
    lines = _pdf_lines(initiatives_pdf)
    sections = [line for line in lines if re.match(r"^[IVXLCDM]+\. ", line)]
    n_units = demo_store_session.scalar("SELECT count(DISTINCT unit_id) FROM initiatives WHERE deleted_at IS NULL")
    assert len(sections) >= min(n_units, 20) > 11
    assert [s.split(".")[0] for s in sections[:12]] == [roman(n) for n in range(1, 13)]
    assert not [line for line in lines if re.match(r"^1\d\. [^\d]", line)]  # never "11. Xã …"


def test_total_line_formats_only_the_number(initiatives_pdf, demo_store_session):
    n = demo_store_session.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    assert n >= 1000
    text = "\n".join(_pdf_lines(initiatives_pdf))
    count = f"{n:,}".replace(",", ".")
    assert f"Tổng cộng: {count} mô hình, điển hình" in text
    assert "mô hình. điển hình" not in text


def test_statistics_caption_keeps_its_comma(statistics_pdf, demo_store_session):
    n = len(st.outstanding(demo_store_session, st.Scope(phase_id=1)))
    text = "\n".join(_pdf_lines(statistics_pdf))
    count = f"{n:,}".replace(",", ".")  # the number alone gets the dot separator
    assert f"Biểu 7. Danh sách mô hình, điển hình tiêu biểu ({count})" in text
    assert "mô hình. điển hình" not in text


def test_award_totals_print_whole_on_one_line(demo_store_session, tmp_path):
    s = demo_store_session
    pdf = export(award_list(s), tmp_path / "kt.pdf")
    lines = _pdf_lines(pdf)
    totals = {d.number: s.awards.total(d.id) for d in s.decisions.list()}
    big = [t for t in totals.values() if t >= 10_000_000]
    assert big, "the demo has lists whose total has eight digits"
    printed = [line for line in lines if line.startswith("Tổng cộng ")]
    for t in big:
        assert f"Tổng cộng {t:,}".replace(",", ".") in printed
    assert not [line for line in lines if line in ("0", "00", "000")]  # no digits left alone on a line


def test_row_numbers_from_1000_print_whole(initiatives_pdf, demo_store_session):
    n = demo_store_session.scalar("SELECT count(*) FROM initiatives WHERE deleted_at IS NULL")
    starts = {int(m.group(1)) for line in _pdf_lines(initiatives_pdf) if (m := re.match(r"(\d+) DVK-", line))}
    assert set(range(1000, n + 1)) <= starts



def test_issuer_style_from_the_names():
    from dvdesk.services.documents import issuer_style

    assert issuer_style("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN") == "party"
    assert issuer_style("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN") == "party"
    assert issuer_style("TỈNH UỶ AN GIANG", "VĂN PHÒNG") == "party"  # old tone placement too
    assert issuer_style("", "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG") == "state"
    assert issuer_style("UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ") == "state"
    assert issuer_style("UBND TỈNH AN GIANG", "BAN DÂN TỘC") == "state"  # a board of the UBND
    assert issuer_style("", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG") is None


def _page_texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def test_attached_list_takes_its_issuers_format(demo_store, tmp_path):
    import dataclasses

    d = demo_store.decisions.by_number("82/QĐ-UBND")[0]
    assert d.issuer_name.startswith("ỦY BAN NHÂN DÂN") and not d.issuer_parent
    # stored with the wrong style (as an import or an old version may leave it): the issuer decides
    demo_store.decisions.update(dataclasses.replace(d, style="party"))
    first = _page_texts(export(award_list(demo_store, decision_number=d.number), tmp_path / "ub.pdf"))[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in first and "\n*\n" not in first


def test_style_against_the_issuer_is_refused(demo_file, tmp_path, capsys):
    import shutil

    from dvdesk.cli import main

    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_file, db)
    out = tmp_path / "x.pdf"
    assert main(["export", "awards", "--db", str(db), "-o", str(out), "--style", "state"]) == 1
    err = capsys.readouterr().err
    assert "Danh sách kèm theo Quyết định số" in err and "cơ quan của Đảng" in err and not out.exists()
    ubnd = next(d for d in award_list_decisions(db) if d.startswith("82/"))
    assert main(["export", "awards", "--db", str(db), "-o", str(out), "--decision", ubnd, "--style", "party"]) == 1
    assert "cơ quan hành chính nhà nước" in capsys.readouterr().err and not out.exists()
    for what in ("initiatives", "statistics"):  # the office's own documents: a Party board
        assert main(["export", what, "--db", str(db), "-o", str(out), "--style", "state"]) == 1
        assert "thể thức văn bản của Đảng" in capsys.readouterr().err and not out.exists()
    # the issuer's own format is accepted, and is the default
    assert main(["export", "awards", "--db", str(db), "-o", str(out), "--decision", ubnd]) == 0
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _page_texts(out)[0]


def test_profile_refuses_a_contradicting_style():
    from dvdesk.services.documents import AgencyProfile, StyleMismatchError

    with pytest.raises(StyleMismatchError, match="cơ quan của Đảng"):
        AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", style="state")
    with pytest.raises(StyleMismatchError, match="cơ quan hành chính nhà nước"):
        AgencyProfile("", "ỦY BAN NHÂN DÂN TỈNH AN GIANG", style="party")
    assert AgencyProfile.of("UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ").style == "state"
    assert AgencyProfile.of("", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH", fallback="state").style == "state"


def award_list_decisions(db) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as c:
        return [r[0] for r in c.execute("SELECT number FROM decisions WHERE deleted_at IS NULL")]
