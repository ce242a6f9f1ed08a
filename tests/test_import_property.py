"""Property tests: sheets with random layouts and garbage. The importer never raises anything but
a clear DvdeskError, and every input row is either imported or reported."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import import_sheets as S
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesk.domain.errors import DvdeskError
from dvdesk.services.importers import ImportLayoutError, ImportOptions, import_file
from dvdesk.services.importers.report import ADD, UPDATE

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

HEADERS = {
    "initiatives": {
        "name": ["Tên mô hình", "TÊN MÔ HÌNH, ĐIỂN HÌNH", "ten mo hinh", "Mô hình, điển hình"],
        "unit": ["Đơn vị", "Đơn vị thực hiện", "Cơ quan, đơn vị", "DON VI"],
        "year": ["Năm", "Năm xây dựng", "NAM"],
        "field": ["Lĩnh vực", "LINH VUC"],
        "registered_on": ["Ngày đăng ký"],
        "status": ["Trạng thái", "Tình trạng"],
        "_tt": ["TT", "STT"],
        "_x": ["Xếp hạng", "Ghi chú khác nữa", "Cột phụ", ""],
    },
    "awards": {
        "recipient_name": ["Họ và tên", "Họ tên", "Tên tập thể, cá nhân"],
        "position_unit": ["Chức vụ, đơn vị"],
        "achievement": ["Thành tích"],
        "decision_number": ["Số quyết định", "Số QĐ"],
        "decision_date": ["Ngày quyết định", "Ngày QĐ"],
        "form": ["Hình thức khen thưởng"],
        "_tt": ["TT"],
        "_x": ["Ghi chú khác nữa", "Cột phụ"],
    },
}

TEXT = st.characters(blacklist_categories=("Cc", "Cs"))  # what a cell can hold
REQUIRED = {"initiatives": ["name", "unit", "year"],
            "awards": ["recipient_name", "decision_number", "decision_date", "form"]}
garbage = st.one_of(
    st.none(),
    st.text(TEXT, min_size=0, max_size=40),
    st.text(alphabet="ÀÁẢÃẠàáảãạđĐêếềểễệ🌾✨👍 \t\n0123456789/-.,", min_size=1, max_size=30),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["", " ", "=1+", "=SUM(A1:A2)", "#N/A", "I. TẬP THỂ", "II. CÁ NHÂN", "Tổng cộng", "Cộng",
                     "Nơi nhận:", "(1)", "x" * 3000, S.to_tcvn3("Dân vận khéo"), S.to_vni("Việt Nam"),
                     "15/10/2025", "10/2025", "2024", "32/13/2025", "KT", "VH-XH", "Xã Vĩnh Hòa", "Tỉnh ủy An Giang",
                     "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy", "12-QĐ/BTGDVTU", "Đăng ký", "Công nhận"]),
)
good = {
    "name": st.sampled_from(["Mô hình A", "Mô hình \"Tủ bánh mì 0 đồng\"", "Tổ tự quản", "Dân vận khéo 🌾"]),
    "unit": st.sampled_from(["Xã Vĩnh Hòa", "Hội Nông dân tỉnh An Giang", "UBND xã Tân Hiệp", "Xã Mới Lạ"]),
    "year": st.integers(min_value=2019, max_value=2031),
    "field": st.sampled_from(["KT", "Văn hóa - xã hội", "QP-AN", "Môi trường"]),
    "registered_on": st.sampled_from(["15/3/2023", date(2024, 5, 6), "2025", "hôm qua"]),
    "status": st.sampled_from(["Đăng ký", "Công nhận", "Không rõ"]),
    "recipient_name": st.sampled_from(["Nguyễn Văn An", "Hội Nông dân tỉnh An Giang", "Trần Thị B"]),
    "position_unit": st.sampled_from(["Chủ tịch, Xã Vĩnh Hòa Hưng", "Cán bộ", ""]),
    "achievement": st.text(TEXT, max_size=20),
    "decision_number": st.sampled_from(["12-QĐ/BTGDVTU", "13-QĐ/BTGDVTU", ""]),
    "decision_date": st.sampled_from(["10/10/2025", datetime(2025, 10, 12), "x"]),
    "form": st.sampled_from(["Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy", "Biểu dương", "Giấy khen"]),
}


@st.composite
def sheets(draw, kind: str):
    spec = HEADERS[kind]
    keys = draw(st.lists(st.sampled_from(sorted(spec)), min_size=1, max_size=len(spec), unique=True))
    if draw(st.booleans()):  # most office lists do have the required columns, in any order
        keys = list(dict.fromkeys([*REQUIRED[kind], *keys]))
        keys = draw(st.permutations(keys))
    titles = draw(st.lists(st.text(TEXT, max_size=30), max_size=4))
    header = [draw(st.sampled_from(spec[k])) for k in keys]
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        shape = draw(st.sampled_from(["good", "good", "garbage", "blank", "section"]))
        if shape == "good":
            rows.append([draw(good[k]) if k in good else draw(garbage) for k in keys])
        elif shape == "garbage":
            rows.append([draw(garbage) for _ in keys])
        elif shape == "blank":
            rows.append([])
        else:
            rows.append([draw(st.sampled_from(["I. TẬP THỂ", "II. CÁ NHÂN", "A. MÔ HÌNH", "Tổng cộng"]))])
    hidden = draw(st.sets(st.integers(min_value=0, max_value=20), max_size=3))
    return titles, header, rows, hidden


def _write(path, titles, header, rows, hidden):
    wb = openpyxl.Workbook()
    ws = wb.active
    for t in titles:
        ws.append([t])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for h in hidden:
        ws.row_dimensions[h + 1].hidden = True
    wb.save(path)


def _check(store, path, kind):
    before = store.scalar(f"SELECT count(*) FROM {kind}")
    try:
        rep = import_file(store, path, kind, options=ImportOptions(kind, backup=False))
    except ImportLayoutError as exc:  # no header found: said clearly, nothing written
        assert str(exc)
        assert store.scalar(f"SELECT count(*) FROM {kind}") == before
        return
    # every row below the header: imported (added/updated/unchanged), rejected with a reason, or ignored
    below = {r.number for r in rep.raw.rows if r.number > rep.layout.header_end}
    results = {r.row for r in rep.results}
    ignored = {n for n, _ in rep.ignored}
    assert results | ignored == below
    assert not results & ignored
    assert all(r.reason for r in rep.rejected)
    assert store.scalar(f"SELECT count(*) FROM {kind}") == before + rep.added
    assert rep.added + rep.updated == sum(r.action in (ADD, UPDATE) for r in rep.results)
    assert not store.in_transaction


@SETTINGS
@given(data=sheets("initiatives"))
def test_random_initiative_sheets(store, tmp_path, data):
    if store.scalar("SELECT count(*) FROM units") == 0:
        S.seed_units(store)
    path = tmp_path / "random.xlsx"
    _write(path, *data)
    _check(store, path, "initiatives")


@SETTINGS
@given(data=sheets("awards"))
def test_random_award_sheets(store, tmp_path, data):
    if store.scalar("SELECT count(*) FROM units") == 0:
        S.seed_units(store)
    path = tmp_path / "random.xlsx"
    _write(path, *data)
    _check(store, path, "awards")


@SETTINGS
@given(blob=st.binary(max_size=3000), zipped=st.booleans())
def test_random_bytes_are_refused_cleanly(store, tmp_path, blob, zipped):
    path = tmp_path / "rac.xlsx"
    if zipped:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("xl/workbook.xml", blob)
            z.writestr("[Content_Types].xml", blob[:100])
        blob = buf.getvalue()
    path.write_bytes(blob)
    try:
        import_file(store, path, "units")
    except DvdeskError as exc:
        assert str(exc)
    assert store.scalar("SELECT count(*) FROM units") == 0


# ---------------------------------------------------------------------------------------------
# columns known by their values: whatever the header says (ambiguous, misleading, blank, under a
# merged parent), a column of Tập thể/Cá nhân is the subject kind, one of Tốt/Khá… the rating,
# one of dates the start date
# ---------------------------------------------------------------------------------------------

MISLEADING = ["Đối tượng", "Phân loại", "Xếp loại", "Cột phụ", "", "Kết quả", "Loại"]


@st.composite
def value_sheets(draw):
    n = draw(st.integers(min_value=3, max_value=12))
    subjects = [draw(st.sampled_from(["Tập thể", "Cá nhân", "tập thể", "CÁ NHÂN", "Tthể"])) for _ in range(n)]
    ratings = [draw(st.sampled_from(["Tốt", "Khá", "Trung bình", "Yếu", "TỐT", "khá"])) for _ in range(n)]
    dates = [draw(st.one_of(st.dates(min_value=date(2021, 1, 1), max_value=date(2025, 12, 31)),
                            st.sampled_from(["03/2023", "15/8/2024", "1/1/2022", "2023", "tháng 5/2024"])))
             for _ in range(n)]
    extra = {"subject": subjects, "rating": ratings, "date": dates}
    order = draw(st.permutations(sorted(extra)))
    heads = [draw(st.sampled_from(MISLEADING)) for _ in order]
    two_rows = draw(st.booleans())
    return order, heads, [extra[k] for k in order], two_rows


@SETTINGS
@given(data=value_sheets())
def test_columns_recognized_by_their_values(tmp_path, data):
    from dvdesk.services.importers import detect_layout, read_sheet

    order, heads, columns, two_rows = data
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH MÔ HÌNH NĂM 2024"])
    base = ["TT", "Tên mô hình", "Đơn vị thực hiện"]
    if two_rows:  # "Phân loại" merged over the value columns, their own headers below
        ws.append([*base, "Phân loại", None, None])
        ws.append([None, None, None, *heads])
        ws.merge_cells("D2:F2")
        for col in "ABC":
            ws.merge_cells(f"{col}2:{col}3")
    else:
        ws.append([*base, *heads])
    for i in range(len(columns[0])):
        ws.append([i + 1, f"Mô hình {i}", "Xã Vĩnh Hòa", *(c[i] for c in columns)])
    path = tmp_path / "v.xlsx"
    wb.save(path)
    raw = read_sheet(path, ws.title)
    layout = detect_layout(raw, "initiatives")
    got = {c.index: c.field for c in layout.columns}
    want = {"subject": "subject_kind", "rating": "rating", "date": "start_date"}
    for k, key in enumerate(order):
        index = 3 + k
        if key == "date" and any(got.get(i) in ("year", "registered_on") for i in (index,)):
            continue  # a date column may fairly be taken for the year or the registration date
        assert got.get(index) == want[key], (key, heads, got)
        col = next(c for c in layout.columns if c.index == index)
        assert col.evidence and 0 < col.score <= 100
