"""PDF renderer: read the PDFs back (pdfplumber / pypdf) and check text, fonts, geometry."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dvdesk.services.documents import (
    PARTY,
    STATE,
    AgencyProfile,
    Column,
    Document,
    DocumentSet,
    Heading,
    Paragraph,
    Recipients,
    Row,
    SectionRow,
    Signature,
    Table,
    TotalRow,
    number_line,
)
from dvdesk.services.render import render
from dvdesk.services.render.pdf import render_pdf

MM = 72 / 25.4
A4 = (595.2756, 841.8898)
PARTY_PROFILE = AgencyProfile("TỈNH ỦY KIÊN GIANG", "BAN DÂN VẬN", "BDVTU", "Kiên Giang", "party")
STATE_PROFILE = AgencyProfile("", "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG", "UBND", "Kiên Giang", "state")
SIGNER = Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích")
RECIPIENTS = Recipients(["- Thường trực Tỉnh ủy (b/c);", "- Các huyện, thành ủy;", "- Lưu Văn phòng Ban."])
AWARD_COLUMNS = [
    Column("TT", 0.6, kind="int"),
    Column("Họ và tên", 2.2),
    Column("Chức vụ, đơn vị", 3.0),
    Column("Thành tích", 3.5),
    Column("Số tiền (đồng)", 1.6, kind="money"),
]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Dũng", "Phạm Thị Thu Hà", "Huỳnh Văn Hải",
         "Võ Thị Hạnh", "Đặng Quốc Hùng", "Bùi Thị Lan", "Đỗ Minh Long", "Hồ Thị Mai"]
UNITS = ["Hội Nông dân xã Tân Hiệp", "Ủy ban MTTQ Việt Nam phường Vĩnh Thanh Vân",
         "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Châu Thành"]


def award_rows(n_collective: int, n_individual: int) -> Iterator:
    yield SectionRow("I. TẬP THỂ")
    for i in range(1, n_collective + 1):
        yield Row([i, UNITS[i % 3], "", "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới", 1_420_000])
    yield SectionRow("II. CÁ NHÂN")
    for i in range(1, n_individual + 1):
        yield Row([i, NAMES[i % 10], "Chủ tịch " + UNITS[i % 3],
                   "Tuyên truyền, vận động Nhân dân hiến đất làm đường giao thông nông thôn", 710_000])
    yield TotalRow("Tổng cộng", [n_collective * 1_420_000 + n_individual * 710_000])


def award_doc(n_collective: int = 5, n_individual: int = 60, **kw) -> Document:
    args = dict(
        title="DANH SÁCH",
        subject=["tập thể, cá nhân được tặng Giấy khen", "về thành tích trong phong trào thi đua “Dân vận khéo”"],
        number=number_line("party", 12, "QĐ", "BDVTU"),
        date=dt.date(2025, 10, 10),
        appendix="(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025 của Ban Dân vận Tỉnh ủy)",
        blocks=[Table(AWARD_COLUMNS, award_rows(n_collective, n_individual))],
        signatures=SIGNER,
        recipients=RECIPIENTS,
    )
    args.update(kw)
    return Document(PARTY_PROFILE, **args)


def state_doc(**kw) -> Document:
    args = dict(
        title="Quyết định",
        subject="Về việc tặng Bằng khen cho tập thể, cá nhân",
        number=number_line("state", 816, "QĐ", "UBND"),
        date=dt.date(2021, 6, 5),
        blocks=[
            Heading("I. LÃNH ĐẠO, CHỈ ĐẠO"),
            Paragraph("Để triển khai thực hiện tốt các nội dung tại Thông báo số 175-TB/VPTU ngày 29-4-2021 "
                      "của Văn phòng Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành cấp tỉnh "
                      "thực hiện tốt một số nhiệm vụ trọng tâm như sau:"),
        ],
        signatures=Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Lưu Trung"),
        recipients=Recipients(["- Như trên;", "- TT. Tỉnh ủy;", "- Lưu: VT, NV."]),
    )
    args.update(kw)
    return Document(STATE_PROFILE, **args)


def render_to(tmp_path: Path, doc, name: str = "out.pdf", **kw) -> Path:
    path = tmp_path / name
    render_pdf(doc, path, **kw)
    return path


def words(page) -> list[dict]:
    return page.extract_words(keep_blank_chars=False, extra_attrs=["fontname", "size"])


def find_word(page, text: str) -> dict:
    for w in words(page):
        if w["text"] == text:
            return w
    raise AssertionError(f"{text!r} not on page {page.page_number}")


def find_line(page, text: str) -> list[dict]:
    """The words of the first line (same ``top``) that reads exactly ``text``."""
    ws = words(page)
    rows: dict[float, list[dict]] = {}
    for w in ws:
        rows.setdefault(round(w["top"], 0), []).append(w)
    for _top, row in sorted(rows.items()):
        row.sort(key=lambda w: w["x0"])
        # a line may hold text of both header columns: search for the run of words
        toks = [w["text"] for w in row]
        want = text.split(" ")
        for i in range(len(toks) - len(want) + 1):
            if toks[i:i + len(want)] == want:
                return row[i:i + len(want)]
    raise AssertionError(f"line {text!r} not on page {page.page_number}")


def span(ws: list[dict]) -> tuple[float, float, float, float]:
    return min(w["x0"] for w in ws), min(w["top"] for w in ws), max(w["x1"] for w in ws), max(w["bottom"] for w in ws)


@pytest.fixture(scope="module")
def award_pdf(tmp_path_factory) -> Path:
    return render_to(tmp_path_factory.mktemp("pdf"), award_doc())


@pytest.fixture(scope="module")
def state_pdf(tmp_path_factory) -> Path:
    return render_to(tmp_path_factory.mktemp("pdf"), state_doc())


# -- text --------------------------------------------------------------------------------------------

def test_header_and_title_text_extract_exactly(award_pdf):
    with pdfplumber.open(award_pdf) as pdf:
        text = pdf.pages[0].extract_text()
    for expected in ["TỈNH ỦY KIÊN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BAN DÂN VẬN", "Số 12-QĐ/BDVTU",
                     "Kiên Giang, ngày 10 tháng 10 năm 2025", "DANH SÁCH", "tập thể, cá nhân được tặng Giấy khen",
                     "I. TẬP THỂ", "1.420.000"]:
        assert expected in text, expected
    assert unicodedata.is_normalized("NFC", text)


def test_every_row_and_the_closing_are_printed(award_pdf):
    with pdfplumber.open(award_pdf) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "II. CÁ NHÂN" in text
    assert "Tổng cộng" in text and "49.700.000" in text  # 5 × 1.420.000 + 60 × 710.000
    assert text.count("Phạm Thị Thu Hà") == 6
    for expected in ["Nơi nhận:", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích", "- Lưu Văn phòng Ban."]:
        assert expected in text


def test_fonts_are_embedded_truetype_subsets(award_pdf):
    reader = PdfReader(award_pdf)
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            desc = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in desc, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]))
    assert any("Bold" in f for f in seen) and any("Italic" in f for f in seen)
    # subset names: ABCDEF+Name
    assert all(re.match(r"/?[A-Z]{6}\+", f) for f in seen), seen


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) not installed")
def test_pdffonts_reports_every_font_embedded(award_pdf):
    out = subprocess.run(["pdffonts", str(award_pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.strip().splitlines()[2:]
    assert rows
    for row in rows:
        cols = row.split()
        # name type encoding emb sub uni object ID
        assert "TrueType" in row
        assert cols[-5] == "yes", row  # emb


# -- geometry ----------------------------------------------------------------------------------------

def test_page_size_is_a4_portrait_and_landscape(tmp_path):
    portrait = PdfReader(render_to(tmp_path, award_doc(2, 3), "p.pdf")).pages[0].mediabox
    assert (float(portrait.width), float(portrait.height)) == pytest.approx(A4, abs=0.01)
    land = PdfReader(render_to(tmp_path, award_doc(2, 3, orientation="landscape"), "l.pdf")).pages[0].mediabox
    assert (float(land.width), float(land.height)) == pytest.approx((A4[1], A4[0]), abs=0.01)


def test_all_text_and_rules_inside_the_margins(award_pdf):
    with pdfplumber.open(award_pdf) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                assert ch["x0"] >= 30 * MM - 0.01, ch["text"]
                assert ch["x1"] <= page.width - 15 * MM + 0.01, ch["text"]
                assert ch["bottom"] <= page.height - 20 * MM + 0.5, ch["text"]
                if page.page_number > 1 and ch["top"] < 20 * MM:
                    assert ch["text"].isdigit()  # only the page number lives in the top margin
                elif page.page_number == 1:
                    assert ch["top"] >= 20 * MM - 0.5
            for ln in page.lines:
                assert ln["x0"] >= 30 * MM - 0.5 and ln["x1"] <= page.width - 15 * MM + 0.5
                assert ln["top"] >= 20 * MM - 0.5 and ln["bottom"] <= page.height - 20 * MM + 0.5


def test_party_header_positions(award_pdf):
    with pdfplumber.open(award_pdf) as pdf:
        page = pdf.pages[0]
        centre = (30 * MM + page.width - 15 * MM) / 2
        heading = span(find_line(page, "ĐẢNG CỘNG SẢN VIỆT NAM"))
        parent = span(find_line(page, "TỈNH ỦY KIÊN GIANG"))
        agency = span(find_line(page, "BAN DÂN VẬN"))
        star = find_word(page, "*")
        number = span(find_line(page, "Số 12-QĐ/BDVTU"))
        pdate = span(find_line(page, "Kiên Giang, ngày 10 tháng 10 năm 2025"))
        # Party heading: right column, on the first line, bold 15 pt, with a rule as long as the text under it
        assert heading[0] > centre - 10 and (heading[0] + heading[2]) / 2 > centre
        assert abs(heading[1] - parent[1]) < 3
        hw = find_line(page, "ĐẢNG CỘNG SẢN VIỆT NAM")[0]
        assert "Bold" in hw["fontname"] and hw["size"] == pytest.approx(15)
        rules = [ln for ln in page.lines if heading[3] < ln["top"] < heading[3] + 8]
        assert rules, "no rule under the Party heading"
        rule = rules[0]
        assert rule["x1"] - rule["x0"] == pytest.approx(heading[2] - heading[0], abs=1.5)
        # agency left of the centre; "*" under the agency name and centred on it; the number below
        assert agency[2] < centre
        assert "Bold" in find_line(page, "BAN DÂN VẬN")[0]["fontname"]
        assert star["top"] > agency[3] - 1
        assert abs((star["x0"] + star["x1"]) / 2 - (agency[0] + agency[2]) / 2) < 2
        assert number[1] > star["bottom"]
        assert abs((number[0] + number[2]) / 2 - (agency[0] + agency[2]) / 2) < 2
        # the italic place-date line: right column, under the heading's rule, on the number's line
        assert pdate[1] > rule["top"] and pdate[0] > centre - 20
        assert "Italic" in find_line(page, "Kiên Giang, ngày 10 tháng 10 năm 2025")[0]["fontname"]
        assert abs(pdate[3] - number[3]) < 1.5
        # title centred under the header
        title = span(find_line(page, "DANH SÁCH"))
        assert title[1] > number[3] and abs((title[0] + title[2]) / 2 - centre) < 1.5


def test_page_numbers_from_page_2_centred_in_top_margin(award_pdf):
    with pdfplumber.open(award_pdf) as pdf:
        assert len(pdf.pages) >= 3
        centre = (30 * MM + pdf.pages[0].width - 15 * MM) / 2
        assert not [c for c in pdf.pages[0].chars if c["top"] < 20 * MM]
        for page in pdf.pages[1:]:
            top = [w for w in words(page) if w["bottom"] < 20 * MM]
            assert [w["text"] for w in top] == [str(page.page_number)]
            assert abs((top[0]["x0"] + top[0]["x1"]) / 2 - centre) < 1


def test_table_header_repeated_on_every_page(award_pdf):
    with pdfplumber.open(award_pdf) as pdf:
        for page in pdf.pages:
            hdr = find_line(page, "Họ và tên")
            tt = find_line(page, "Thành tích")
            assert abs(hdr[0]["top"] - tt[0]["top"]) < 1
            assert "Bold" in hdr[0]["fontname"]
        # on continuation pages the header is the first thing under the page number
        p2 = pdf.pages[1]
        first = min((w for w in words(p2) if w["top"] > 20 * MM), key=lambda w: w["top"])
        assert first["top"] == pytest.approx(find_line(p2, "Họ và tên")[0]["top"], abs=8)


def test_state_profile_header_and_closing(state_pdf):
    with pdfplumber.open(state_pdf) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        centre = (30 * MM + page.width - 15 * MM) / 2
        for expected in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
                         "TỈNH KIÊN GIANG", "Số: 816/QĐ-UBND", "Kiên Giang, ngày 05 tháng 6 năm 2021",
                         "QUYẾT ĐỊNH", "Về việc tặng Bằng khen cho tập thể, cá nhân", "I. LÃNH ĐẠO, CHỈ ĐẠO",
                         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Lưu Trung", "- Lưu: VT, NV."]:
            assert expected in text, expected
        nat = find_line(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")  # one line, never wrapped
        assert nat[0]["size"] == pytest.approx(13) and "Bold" in nat[0]["fontname"]
        motto = span(find_line(page, "Độc lập - Tự do - Hạnh phúc"))
        assert find_line(page, "Độc lập - Tự do - Hạnh phúc")[0]["size"] == pytest.approx(14)
        rule = [ln for ln in page.lines if motto[3] < ln["top"] < motto[3] + 8 and ln["x0"] > centre - 30]
        assert rule and rule[0]["x1"] - rule[0]["x0"] == pytest.approx(motto[2] - motto[0], abs=1.5)
        # issuing agency: bold, a short rule under it (between 1/3 and 1/2 of its width)
        agency = span(find_line(page, "TỈNH KIÊN GIANG"))
        short = [ln for ln in page.lines if agency[3] < ln["top"] < agency[3] + 8 and ln["x1"] < centre]
        assert short
        length = short[0]["x1"] - short[0]["x0"]
        assert (agency[2] - agency[0]) / 3 - 1 <= length <= (agency[2] - agency[0]) / 2 + 1
        num = find_line(page, "Số: 816/QĐ-UBND")
        assert num[0]["size"] == pytest.approx(13)
        rec = find_line(page, "Nơi nhận:")
        assert rec[0]["size"] == pytest.approx(12) and "BoldItalic" in rec[0]["fontname"].replace("-", "")
        item = find_line(page, "- Như trên;")
        assert item[0]["size"] == pytest.approx(11)
        # the signature is on the right, recipients on the left, starting level
        sig = span(find_line(page, "TM. ỦY BAN NHÂN DÂN"))
        assert sig[0] > centre - 30 and span(rec)[2] < centre
        assert abs(sig[1] - span(rec)[1]) < 4
        name = find_line(page, "Nguyễn Lưu Trung")
        assert "Bold" in name[0]["fontname"] and name[0]["top"] > sig[3] + 40  # room for signature and seal


def test_state_body_is_justified_with_first_line_indent(state_pdf):
    with pdfplumber.open(state_pdf) as pdf:
        page = pdf.pages[0]
        first = find_line(page, "Để triển khai")
        assert first[0]["x0"] == pytest.approx(30 * MM + 10 * MM, abs=0.5)
        # the next line starts at the margin and ends at the right margin (justified)
        second_top = min(w["top"] for w in words(page) if w["top"] > first[0]["top"] + 5)
        line2 = [w for w in words(page) if abs(w["top"] - second_top) < 1]
        assert min(w["x0"] for w in line2) == pytest.approx(30 * MM, abs=0.5)
        assert max(w["x1"] for w in line2) == pytest.approx(page.width - 15 * MM, abs=0.6)
        text = page.extract_text().replace("\n", " ")
        assert ("Để triển khai thực hiện tốt các nội dung tại Thông báo số 175-TB/VPTU ngày 29-4-2021 của Văn phòng "
                "Tỉnh ủy") in text


# -- table behaviour ---------------------------------------------------------------------------------

def test_a_row_is_never_split_across_pages(tmp_path):
    def rows():
        for i in range(120):
            n = 1 + (i * 7) % 6  # rows of 1..6 lines
            yield Row([i + 1, f"R{i:03d}A", "", " ".join(["làm đường giao thông nông thôn"] * n) + f" R{i:03d}Z",
                       710_000])

    doc = award_doc(blocks=[Table(AWARD_COLUMNS, rows())])
    path = render_to(tmp_path, doc)
    with pdfplumber.open(path) as pdf:
        where: dict[str, set[int]] = {}
        for page in pdf.pages:
            for w in words(page):
                m = re.fullmatch(r"R(\d{3})[AZ]", w["text"])
                if m:
                    where.setdefault(m.group(1), set()).add(page.page_number)
        assert len(where) == 120
        assert all(len(pages) == 1 for pages in where.values()), {k: v for k, v in where.items() if len(v) > 1}
        assert len(pdf.pages) >= 3


def test_signature_stays_with_the_last_rows(tmp_path):
    carried = []
    for n in range(20, 45, 3):  # table ends all over the page, some right at its foot
        path = render_to(tmp_path, award_doc(0, n), f"s{n}.pdf")
        with pdfplumber.open(path) as pdf:
            last = pdf.pages[-1]
            text = last.extract_text()
            assert "Nguyễn Văn Phích" in text and "Nơi nhận:" in text and "K/T TRƯỞNG BAN" in text
            assert "Tổng cộng" in text
            name_x = find_line(last, "Họ và tên")[0]["x0"]
            tts = [w["text"] for w in words(last) if w["x1"] < name_x and w["text"].isdigit()
                   and w["top"] > 20 * MM]
            assert str(n) in tts  # the last row is on the signature's page, under a repeated header
            carried.append(len(tts))
    assert 1 in carried  # the case where only the last row could move with the signature


def test_section_row_is_kept_with_the_next_row(tmp_path):
    def rows():
        for i in range(200):
            if i % 9 == 0:
                yield SectionRow(f"Nhóm {i // 9 + 1}")
            yield Row([i + 1, NAMES[i % 10], "", "Điển hình tiên tiến", 710_000])

    path = render_to(tmp_path, award_doc(blocks=[Table(AWARD_COLUMNS, rows())]))
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            ws = [w for w in words(page) if w["top"] > 20 * MM]
            last_top = max(w["top"] for w in ws if w["top"] < page.height - 20 * MM)
            last_line = [w["text"] for w in ws if abs(w["top"] - last_top) < 1]
            assert "Nhóm" not in last_line


def test_long_names_wrap_inside_their_column(tmp_path):
    long_name = ("Hợp tác xã Dịch vụ Nông nghiệp Tổng hợp Thạnh Đông A, xã Thạnh Đông, huyện Tân Hiệp, "
                 "tỉnh Kiên Giang (nay là xã Thạnh Đông, tỉnh An Giang) — "
                 "Chinhánhkhôngcókhoảngtrắngnàocảmàvẫndàihơncột")
    doc = award_doc(blocks=[Table(AWARD_COLUMNS, [Row([1, long_name, "Giám đốc", "Điển hình", 1_420_000])])])
    path = render_to(tmp_path, doc)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        hdr = span(find_line(page, "Họ và tên"))
        # column bounds are the vertical rules around the header text
        xs = sorted({round(ln["x0"], 2) for ln in page.lines if ln["x0"] == ln["x1"]})
        left = max(x for x in xs if x < hdr[0])
        right = min(x for x in xs if x > hdr[2])
        cell = [c for c in page.chars if left < c["x0"] < right and c["top"] > hdr[3] + 2
                and c["top"] < hdr[3] + 200]
        assert cell
        assert all(left < c["x0"] and c["x1"] < right for c in cell)
        got = "".join(c["text"] for c in sorted(cell, key=lambda c: (round(c["top"]), c["x0"])))
        assert got.replace(" ", "") == long_name.replace(" ", "")


def test_empty_table_says_no_data(tmp_path):
    doc = award_doc(blocks=[Table(AWARD_COLUMNS, iter(()))])
    path = render_to(tmp_path, doc)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text()
        assert "Không có dữ liệu" in text and "Họ và tên" in text and "Nguyễn Văn Phích" in text
        w = find_line(pdf.pages[0], "Không có dữ liệu")
        assert "Italic" in w[0]["fontname"]


def test_two_level_header_and_total_row(tmp_path):
    cols = [Column("TT", 0.5, kind="int"), Column("Năm", 0.8, kind="int"),
            Column("Tập thể", 1, kind="number", group="Được công nhận"),
            Column("Cá nhân", 1, kind="number", group="Được công nhận"),
            Column("Tỷ lệ", 1, kind="percent", decimals=1)]
    rows = [Row([1, 2024, 1200, 350, 0.853]), Row([2, 2025, 15, 4, 0.5]),
            TotalRow("Tổng cộng", [1215, 354, 0.8], span=2)]
    path = render_to(tmp_path, award_doc(blocks=[Table(cols, rows, caption="Biểu 1: Kết quả công nhận")]))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        group = span(find_line(page, "Được công nhận"))
        t1 = span(find_line(page, "Tập thể"))
        t2 = span(find_line(page, "Cá nhân"))
        year = span(find_line(page, "Năm"))
        assert t1[1] > group[3] and t2[1] > group[3]  # sub-titles under the group title
        assert group[0] < t2[0] and t1[2] < group[2] + 40
        assert group[1] < year[1] < t1[1] + 2  # an ungrouped title is centred over both header rows
        text = page.extract_text()
        for expected in ["Biểu 1: Kết quả công nhận", "1.200", "85,3%", "Tổng cộng 1.215 354 80,0%"]:
            assert expected in text, expected


def test_tall_row_is_split_rather_than_looping(tmp_path):
    huge = " ".join(f"đoạn{i}" for i in range(1500))
    path = render_to(tmp_path, award_doc(blocks=[Table(AWARD_COLUMNS, [Row([1, "A", "", huge, 1])])]))
    with pdfplumber.open(path) as pdf:
        text = " ".join(p.extract_text() for p in pdf.pages)
        assert "đoạn0" in text and "đoạn1499" in text
        assert len(pdf.pages) >= 2


# -- text safety -------------------------------------------------------------------------------------

def test_markup_looking_text_prints_literally(tmp_path):
    tricky = 'Công ty <TNHH> & "Cổ phần" <b>đậm</b> &amp; \'x\''
    doc = award_doc(title="DANH SÁCH <i>", blocks=[Paragraph(tricky),
                                                   Table(AWARD_COLUMNS, [Row([1, tricky, tricky, "a", 1])])])
    path = render_to(tmp_path, doc)
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
        assert tricky in text.replace("\n", " ")
        assert "DANH SÁCH <I>" in text
        assert text.count("<TNHH>") >= 2


def test_nfd_input_comes_out_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hương Ưng Đặng")
    short = unicodedata.normalize("NFD", "Đặng Thị Ưng")
    assert nfd != unicodedata.normalize("NFC", nfd)
    doc = award_doc(blocks=[Paragraph(nfd), Table(AWARD_COLUMNS, [Row([1, short, "", "", None])])],
                    title=unicodedata.normalize("NFD", "Danh sách"))
    path = render_to(tmp_path, doc)
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Nguyễn Thị Hương Ưng Đặng" in text  # the paragraph
    assert "Đặng Thị Ưng" in text  # the cell
    assert "DANH SÁCH" in text
    assert unicodedata.is_normalized("NFC", text)


def test_control_characters_are_dropped(tmp_path):
    doc = award_doc(blocks=[Table(AWARD_COLUMNS, [Row([1, "Lê\tVăn\x00 Tám\r\n", "", "", 1])])])
    with pdfplumber.open(render_to(tmp_path, doc)) as pdf:
        assert "Lê Văn Tám" in pdf.pages[0].extract_text()


VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
ALPHABET = VI + "0123456789 .,;:!?()-–—/“”'\"<>&%#@=+*[]{}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=ALPHABET, min_size=0, max_size=120), min_size=1, max_size=4))
def test_random_cell_text_renders_and_extracts(cells):
    cols = [Column("TT", 1, kind="int"), Column("Nội dung", 3), Column("Số", 1, kind="money")]
    rows = [Row([i + 1, c, i]) for i, c in enumerate(cells)]
    buf = io.BytesIO()
    render_pdf(Document(PARTY_PROFILE, blocks=[Table(cols, rows)], show_header=False), buf)
    buf.seek(0)
    with pdfplumber.open(buf) as pdf:
        got = ""
        for page in pdf.pages:
            hdr = span(find_line(page, "Nội dung"))
            xs = sorted({ln["x0"] for ln in page.lines if ln["x0"] == ln["x1"]})
            left = max(x for x in xs if x < hdr[0])
            right = min(x for x in xs if x > hdr[2])
            inside = [c for c in page.chars if c["x0"] > left and c["x1"] < right and c["top"] > hdr[3] + 1]
            outside = [c for c in page.chars if c["top"] > hdr[3] + 1 and left < c["x0"] < right < c["x1"]]
            assert not outside  # nothing runs over the column rule
            inside.sort(key=lambda c: (round(c["top"], 1), c["x0"]))
            got += "".join(c["text"] for c in inside)
    assert "".join("".join(c.split()) for c in cells) == "".join(got.split())


# -- documents, sets, API ----------------------------------------------------------------------------

def test_document_set_restarts_pages_and_mixes_orientation(tmp_path):
    appendix = award_doc(0, 3, orientation="landscape", title="PHỤ LỤC", subject="Kết quả", show_header=False,
                         signatures=None, recipients=None, appendix=None)
    docset = DocumentSet([state_doc(), award_doc(2, 80), appendix])
    pages = render_pdf(docset, tmp_path / "set.pdf")
    reader = PdfReader(tmp_path / "set.pdf")
    assert pages == len(reader.pages) >= 4
    last = reader.pages[-1].mediabox
    assert float(last.width) > float(last.height)
    with pdfplumber.open(tmp_path / "set.pdf") as pdf:
        starts = [i for i, p in enumerate(pdf.pages) if "PHỤ LỤC" in p.extract_text()
                  or "ĐẢNG CỘNG SẢN VIỆT NAM" in p.extract_text()]
        assert len(starts) == 2
        second = pdf.pages[starts[0] + 1]  # page 2 of the award list is numbered 2 again
        assert [w["text"] for w in words(second) if w["bottom"] < 20 * MM] == ["2"]
        assert "PHỤ LỤC" in pdf.pages[-1].extract_text()
        assert not [c for c in pdf.pages[-1].chars if c["top"] < 20 * MM]  # its own page 1


def test_two_signatures_side_by_side(tmp_path):
    sigs = [Signature("T/M BAN CÁN SỰ ĐẢNG", "BÍ THƯ", "Lâm Minh Thành"),
            Signature("BAN DÂN VẬN TỈNH ỦY", "TRƯỞNG BAN", "Nguyễn Văn Phích")]
    path = render_to(tmp_path, award_doc(1, 2, signatures=sigs))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[-1]
        a = span(find_line(page, "Lâm Minh Thành"))
        b = span(find_line(page, "Nguyễn Văn Phích"))
        rec = span(find_line(page, "Nơi nhận:"))
        assert abs(a[1] - b[1]) < 1 and a[2] < b[0]
        assert rec[1] > a[3]


def test_layout_parameters_are_honoured(tmp_path):
    wide = replace(PARTY, margin_left=40, table_font_size=13)
    path = render_to(tmp_path, award_doc(1, 3), layout=wide)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert min(c["x0"] for c in page.chars) >= 40 * MM - 0.01
        assert find_line(page, "Họ và tên")[0]["size"] == pytest.approx(13)
    # a Party document can be forced into the state layout
    path = render_to(tmp_path, award_doc(1, 1), "state.pdf", layout=STATE)
    with pdfplumber.open(path) as pdf:
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pdf.pages[0].extract_text()


def test_stream_output_invariant_and_dispatch(tmp_path):
    a, b = io.BytesIO(), io.BytesIO()
    render_pdf(award_doc(1, 2), a, invariant=True)
    render_pdf(award_doc(1, 2), b, invariant=True)
    assert a.getvalue() == b.getvalue() and a.getvalue().startswith(b"%PDF")
    render(award_doc(1, 2), tmp_path / "x.pdf")
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.part"))
    with pytest.raises(ValueError):
        render(award_doc(1, 2), tmp_path / "x.odt")


def test_failed_render_leaves_no_file(tmp_path):
    def rows():
        yield Row([1, "a", "", "", 1])
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        render_pdf(award_doc(blocks=[Table(AWARD_COLUMNS, rows())]), tmp_path / "bad.pdf")
    assert list(tmp_path.iterdir()) == []


def test_long_report_flows_over_pages_inside_the_margins(tmp_path):
    para = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các "
            "đoàn thể chính trị - xã hội tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với việc học "
            "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. ")
    blocks = []
    for i, head in enumerate(["I. LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ", "III. HẠN CHẾ, NGUYÊN NHÂN",
                              "IV. BÀI HỌC KINH NGHIỆM", "V. PHƯƠNG HƯỚNG", "VI. KIẾN NGHỊ"]):
        blocks.append(Heading(head))
        blocks += [Paragraph(f"{i + 1}.{k + 1}. " + para * (1 + k % 3)) for k in range(4)]
    doc = Document(PARTY_PROFILE, title="Báo cáo", subject="tổng kết phong trào thi đua “Dân vận khéo”",
                   number=number_line("party", 415, "BC", "BDVTU"), date=dt.date(2025, 10, 1), blocks=blocks,
                   signatures=Signature("", "TRƯỞNG BAN", "Nguyễn Văn Phích", signed_note="(Đã ký)"),
                   recipients=RECIPIENTS)
    path = render_to(tmp_path, doc)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 3
        # the body text without the page numbers (a paragraph continues across the page break)
        text = "\n".join(p.crop((0, 20 * MM, p.width, p.height)).extract_text() for p in pdf.pages)
        for page in pdf.pages:
            body = [c for c in page.chars if c["top"] >= 20 * MM]
            assert all(30 * MM - 0.01 <= c["x0"] and c["x1"] <= page.width - 15 * MM + 0.6 for c in body)
            assert all(c["bottom"] <= page.height - 20 * MM + 0.5 for c in body)
            if page.page_number > 1:
                top = [w["text"] for w in words(page) if w["bottom"] < 20 * MM]
                assert top == [str(page.page_number)]
        squeezed = "".join(text.split())
        for i in range(6):
            for k in range(4):
                assert f"{i + 1}.{k + 1}." in squeezed
        assert squeezed.count("".join(para.split())) == 6 * (1 + 2 + 3 + 1)  # every repetition, in order
        assert "(Đã ký)" in text and "TRƯỞNG BAN" in text
        # headings are never the last line of a page
        for page in pdf.pages[:-1]:
            ws = [w for w in words(page) if w["top"] > 20 * MM]
            bottom = max(w["top"] for w in ws)
            last_line = " ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]) if abs(w["top"] - bottom) < 1)
            assert not re.match(r"^[IV]+\. [A-ZĐ]", last_line), last_line


def test_last_rows_stay_with_the_closing_across_a_short_trailing_paragraph(tmp_path):
    carried = []
    for n in range(20, 45, 3):
        doc = award_doc(0, n, blocks=[Table(AWARD_COLUMNS, award_rows(0, n)),
                                      Paragraph(f"Tổng số: 0 tập thể, {n} cá nhân.", style="italic", align="left")])
        path = render_to(tmp_path, doc, f"t{n}.pdf")
        with pdfplumber.open(path) as pdf:
            last = pdf.pages[-1]
            text = last.extract_text()
            assert f"Tổng số: 0 tập thể, {n} cá nhân." in text and "Nguyễn Văn Phích" in text
            name_x = find_line(last, "Họ và tên")[0]["x0"]
            tts = [w["text"] for w in words(last) if w["x1"] < name_x and w["text"].isdigit() and w["top"] > 20 * MM]
            assert str(n) in tts
            carried.append(len(tts))
    assert 1 in carried


def test_column_left_out_of_print_and_capped_lines(tmp_path):
    import openpyxl

    long = "Hoàng Anh Dũng, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Hòa Hưng Nam, huyện Gò Quao"
    cols = [Column("TT", 0.5, kind="int"), Column("Đơn vị", 2.0, in_print=False),
            Column("Người thực hiện", 1.2, max_lines=2), Column("Tiền", 1.0, kind="money")]
    rows = [SectionRow("I. Xã Vĩnh Hòa"), Row([1, "Xã Vĩnh Hòa", long, 710_000]),
            Row([2, "Xã Vĩnh Hòa", "Lê Văn An", 710_000]), TotalRow("Tổng cộng", [1_420_000])]
    doc = Document(PARTY_PROFILE, title="DANH SÁCH", blocks=[Table(cols, rows)])
    render_pdf(doc, tmp_path / "p.pdf")
    with pdfplumber.open(tmp_path / "p.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "Đơn vị" not in text and "Xã Vĩnh Hòa\n" not in text.split("I. Xã Vĩnh Hòa")[1]
    assert "Tổng cộng 1.420.000" in text  # the total's span follows the printed columns
    body = text.split("I. Xã Vĩnh Hòa")[1]
    assert "Hoàng Anh Dũng" in body and "…" in body and "Gò Quao" not in body  # two lines, then "…"
    render(doc, tmp_path / "p.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0]
    values = [c for r in ws.iter_rows(values_only=True) for c in r if c is not None]
    assert "Đơn vị" in values and values.count("Xã Vĩnh Hòa") == 2 and long in values  # all of it in Excel


@pytest.mark.parametrize("landscape", [False, True])
def test_signature_never_alone_on_the_last_page(tmp_path, landscape):
    """Whatever the number of rows, the page of the signature also holds the last rows and the total."""
    for n in range(8, 40):
        rows = [Row([i, NAMES[i % 10], UNITS[i % 3], "Tuyên truyền, vận động Nhân dân", 710_000])
                for i in range(1, n + 1)]
        rows.append(TotalRow("Tổng cộng", [n * 710_000]))
        doc = Document(PARTY_PROFILE, title="DANH SÁCH", blocks=[Table(AWARD_COLUMNS, rows)], signatures=SIGNER,
                       orientation="landscape" if landscape else "portrait")
        buf = io.BytesIO()
        render_pdf(doc, buf)
        buf.seek(0)
        with pdfplumber.open(buf) as pdf:
            last = pdf.pages[-1].extract_text()
        assert "Nguyễn Văn Phích" in last and "Tổng cộng" in last and str(n) in last, (n, last)
