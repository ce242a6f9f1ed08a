"""Finding the table in a sheet: the header row(s), the column mapping, and what each row is.

Offices put title rows, agency headers and blank rows above the table, merge cells in two-row
headers, number the columns "(1) (2) (3)…", split the list into sections ("I. TẬP THỂ",
"II. CÁ NHÂN"), add total rows ("Cộng", "Tổng cộng") and a signature block below. This module
finds the header within the first 20 rows, matches columns to fields by their header text (case-
and diacritic-insensitive, with synonyms and abbreviations) and classifies every row.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import InitiativeKind, SubjectKind
from dvdesk.services.importers.reader import RawRow, RawSheet
from dvdesk.services.importers.specs import FIELDS, PRIMARY
from dvdesk.services.importers.values import FORMULA_NO_VALUE, CellError, ValueProblem, as_text, is_blank

HEADER_SEARCH_ROWS = 20
MIN_SCORE = 60

# Abbreviations seen in headers and names (folded word -> folded expansion). Only unambiguous
# ones: "ca" (công an / cá nhân), "ct" (chủ tịch / chương trình)… are left alone.
ABBREVIATIONS = {
    "qd": "quyet dinh", "stt": "tt", "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc", "hlhpn": "hoi lien hiep phu nu", "lhpn": "lien hiep phu nu",
    "hnd": "hoi nong dan", "hccb": "hoi cuu chien binh", "ldld": "lien doan lao dong",
    "tncs": "thanh nien cong san", "hcm": "ho chi minh", "bchqs": "bo chi huy quan su",
    "bdbp": "bo doi bien phong", "bdv": "ban dan van", "btgdv": "ban tuyen giao va dan van",
    "bdvtu": "ban dan van tinh uy", "btgdvtu": "ban tuyen giao va dan van tinh uy", "tw": "trung uong",
    "vn": "viet nam", "bch": "ban chap hanh", "htx": "hop tac xa", "tnhh": "trach nhiem huu han",
    "mtv": "mot thanh vien", "xhh": "xa hoi hoa",
}
HEADER_ABBREVIATIONS = {**ABBREVIATIONS, "dv": "don vi", "kp": "kinh phi"}
NAME_ABBREVIATIONS = {**ABBREVIATIONS, "dv": "dan van", "tg": "tuyen giao", "tp": "thanh pho", "tx": "thi xa",
                      "hpn": "hoi phu nu", "bctmt": "ban cong tac mat tran", "ctmt": "cong tac mat tran",
                      "btv": "ban thuong vu"}


def norm_header(text: object) -> str:
    """Folded header text: no diacritics, punctuation → spaces, "(đồng)" and "(*)" removed,
    abbreviations expanded ("Số QĐ" → "so quyet dinh")."""
    try:
        s = fold(as_text(text, multiline=True))
    except ValueProblem:  # an over-long or broken cell is no header (its row says why later)
        return ""
    stripped = re.sub(r"\([^)]*\)", " ", s)
    if re.search(r"[a-z0-9]", stripped):
        s = stripped
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(HEADER_ABBREVIATIONS.get(w, w) for w in s.split())


def norm_name(text: object) -> str:
    """Folded name for matching units, forms, catalogs: punctuation removed, abbreviations
    expanded ("UBND xã Vĩnh Hoà" → "uy ban nhan dan xa vinh hoa")."""
    s = re.sub(r"[^a-z0-9]+", " ", fold(as_text(text)))
    return " ".join(NAME_ABBREVIATIONS.get(w, w) for w in s.split())


@dataclass(frozen=True)
class _Synonym:
    key: str
    norm: str
    tokens: frozenset[str]


def _synonyms(kind: str) -> list[_Synonym]:
    out = []
    for f in FIELDS[kind]:
        for h in f.headers:
            n = norm_header(h)
            if n:
                out.append(_Synonym(f.key, n, frozenset(n.split())))
    return out


_SYN_CACHE: dict[str, list[_Synonym]] = {}


def synonyms(kind: str) -> list[_Synonym]:
    if kind not in _SYN_CACHE:
        _SYN_CACHE[kind] = _synonyms(kind)
    return _SYN_CACHE[kind]


def match_scores(kind: str, header_texts: list[str]) -> dict[str, int]:
    """field key -> best score (0–100) of any of the header texts (alternatives for one column)."""
    best: dict[str, int] = {}
    for text in header_texts:
        n = norm_header(text)
        if not n:
            continue
        tokens = frozenset(n.split())
        for syn in synonyms(kind):
            if n == syn.norm:
                score = 100
            elif len(syn.tokens) >= 2 and syn.tokens <= tokens:
                score = 50 + int(40 * len(syn.tokens) / len(tokens))
            else:
                continue
            if score > best.get(syn.key, 0):
                best[syn.key] = score
    return best


# ---------------------------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------------------------

def column_letter(index: int) -> str:
    n = index + 1
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


@dataclass
class Column:
    index: int  # 0-based
    header: str
    field: str | None = None
    score: int = 0  # confidence 0–100
    evidence: str = ""  # why the column got its field ("tiêu đề …", "theo giá trị …")

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class Layout:
    kind: str
    header_rows: list[int]  # sheet row numbers of the header block
    columns: list[Column]
    title_lines: list[str] = field(default_factory=list)
    problem: str | None = None  # set when no usable header was found

    @property
    def header_end(self) -> int:
        return self.header_rows[-1] if self.header_rows else 0

    def column_of(self, key: str) -> int | None:
        for c in self.columns:
            if c.field == key:
                return c.index
        return None

    @property
    def mapped(self) -> dict[str, int]:
        return {c.field: c.index for c in self.columns if c.field}

    @property
    def unknown(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and c.header]

    def with_mapping(self, overrides: dict[int, str | None]) -> Layout:
        """The layout with some columns re-assigned (index -> field key, or None to ignore).

        A field given to a column is taken away from any other column.
        """
        cols = [replace(c) for c in self.columns]
        by_index = {c.index: c for c in cols}
        for index, key in overrides.items():
            if key:
                for c in cols:
                    if c.field == key and c.index != index:
                        c.field, c.score = None, 0
            col = by_index.get(index)
            if col is None:
                col = Column(index, "")
                cols.append(col)
                by_index[index] = col
            col.field, col.score = key, (100 if key else 0)
            col.evidence = "người dùng chọn" if key else "người dùng bỏ qua"
        cols.sort(key=lambda c: c.index)
        out = replace(self, columns=cols)
        out.problem = missing_required(out)
        return out


def missing_required(layout: Layout) -> str | None:
    from dvdesk.services.importers.specs import spec

    primary = PRIMARY[layout.kind]
    if layout.kind == "reviews" and layout.column_of("code") is not None:
        return None
    if layout.column_of(primary) is None:
        return (f"Không có cột \"{spec(layout.kind, primary).label}\" (bắt buộc). Hãy chọn cột tương ứng ở bước "
                "ghép cột, hoặc sửa tiêu đề cột trong tệp.")
    if layout.kind == "initiatives" and layout.column_of("unit") is None:
        return "Không có cột \"Đơn vị\" (bắt buộc). Hãy chọn cột tương ứng ở bước ghép cột."
    return None


def _cell_text(value: object) -> str:
    if value is None or value is FORMULA_NO_VALUE or isinstance(value, CellError):
        return ""
    try:
        return as_text(value)
    except ValueError:
        return ""


def _block_texts(rows: list[RawRow], merges: list[tuple[int, int, int, int]], width: int) -> list[list[str]]:
    """Per row of the block, the text of each column with merged ranges filled in."""
    grid = [[_cell_text(r.get(c)) for c in range(width)] for r in rows]
    own = [[bool(t) for t in line] for line in grid]
    numbers = [r.number for r in rows]
    filled = False
    for min_col, min_row, max_col, max_row in merges:
        if max_row < numbers[0] or min_row > numbers[-1]:
            continue
        if (max_col - min_col) >= max(width - 1, 1) and width > 2:
            continue  # a title merged across the whole table
        src_text = ""
        if numbers[0] <= min_row <= numbers[-1]:
            src_text = grid[numbers.index(min_row)][min_col - 1] if min_col - 1 < width else ""
        if not src_text:
            continue
        for i, n in enumerate(numbers):
            if min_row <= n <= max_row:
                for c in range(min_col - 1, min(max_col, width)):
                    if not grid[i][c]:
                        grid[i][c] = src_text
                        filled = True
    if not filled and len(rows) > 1:  # no merge information: carry a group header to the right
        for i in range(len(rows) - 1):
            for c in range(1, width):
                if not grid[i][c] and grid[i][c - 1] and own[i + 1][c] and own[i + 1][c - 1]:
                    grid[i][c] = grid[i][c - 1]
    return grid


PARENT_WEIGHT = 0.65  # a parent header alone ("Phân loại" over "Lĩnh vực" | "Đối tượng") is weak evidence


def _assign(kind: str, candidates: list[list[str]]) -> tuple[list[Column], int, int]:
    """Greedy best-score assignment of fields to columns. Returns (columns, matched, total score).

    A column's texts are its combined header, its own (lowest) header, then its parent header;
    a match on the parent header alone scores lower, so a child's own header wins."""
    pairs = []
    for index, texts in enumerate(candidates):
        scores = match_scores(kind, texts[:2])
        if len(texts) > 2:
            for key, score in match_scores(kind, texts[2:]).items():
                scores[key] = max(scores.get(key, 0), int(score * PARENT_WEIGHT))
        for key, score in scores.items():
            if score >= MIN_SCORE:
                pairs.append((-score, index, key))
    pairs.sort()
    taken_cols: dict[int, tuple[str, int]] = {}
    taken_fields: set[str] = set()
    for neg, index, key in pairs:
        if index in taken_cols or key in taken_fields:
            continue
        taken_cols[index] = (key, -neg)
        taken_fields.add(key)
    columns = []
    for index, texts in enumerate(candidates):
        header = texts[0] if texts else ""
        key, score = taken_cols.get(index, (None, 0))
        if header or key:
            columns.append(Column(index, header, key, score, f"tiêu đề \"{header}\"" if key else ""))
    total = sum(s for _, s in taken_cols.values())
    return columns, len([k for k, _ in taken_cols.values() if not k.startswith("_")]), total


def _block_candidates(grid: list[list[str]], own_top: list[bool]) -> list[list[str]]:
    width = len(grid[0]) if grid else 0
    out = []
    for c in range(width):
        parts: list[str] = []
        for line in grid:
            t = line[c]
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        texts = []
        if parts:
            texts.append(" ".join(parts))
            if len(parts) > 1:
                texts.append(parts[-1])
                if own_top[c]:
                    texts.append(parts[0])
        out.append(texts)
    return out


def _non_empty(row: RawRow) -> int:
    return sum(1 for v in row.values if not is_blank(v))


def detect_layout(raw: RawSheet, kind: str, header_rows: tuple[int, int] | None = None,
                  by_values: bool = True) -> Layout:
    """Find the header block (or use ``header_rows`` = (first, last) sheet rows) and map columns
    by their header text, then correct and complete the mapping by the columns' values."""
    rows = raw.rows
    width = min(max((len(r.values) for r in rows[:HEADER_SEARCH_ROWS + 3]), default=0), 300)
    if not rows:
        return Layout(kind, [], [], problem="Trang tính trống: không có dòng nào có dữ liệu.")
    primary = PRIMARY[kind]
    best = None
    if header_rows is not None:
        first, last = header_rows
        block = [r for r in rows if first <= r.number <= last]
        if not block:
            return Layout(kind, [], [], problem=f"Dòng tiêu đề {first} trống.")
        width = max(width, max(len(r.values) for r in block))
        grid = _block_texts(block, raw.merges, width)
        cols, matched, total = _assign(kind, _block_candidates(grid, [bool(t) for t in grid[0]]))
        best = ((0, matched, total), block, cols)
    else:
        head = rows[:HEADER_SEARCH_ROWS]
        for i in range(len(head)):
            for k in (1, 2, 3):
                block = head[i:i + k]
                if len(block) < k or any(b.number - a.number != 1 for a, b in itertools.pairwise(block)):
                    break
                if k > 1 and any(_non_empty(r) < 2 for r in block):
                    break  # a lone cell under a header is a section row ("I. MÔ HÌNH TIÊU BIỂU"), not a header
                grid = _block_texts(block, raw.merges, width)
                cols, matched, total = _assign(kind, _block_candidates(grid, [bool(t) for t in grid[0]]))
                has_primary = any(c.field == primary for c in cols)
                quality = (int(has_primary), matched, total - 5 * (k - 1))
                if matched >= 2 and (best is None or quality > best[0]):
                    best = (quality, block, cols)
    if best is None:
        from dvdesk.services.importers.specs import spec

        need = spec(kind, primary).label
        return Layout(kind, [], [], problem=(
            f"Không tìm thấy dòng tiêu đề cột trong {HEADER_SEARCH_ROWS} dòng đầu của trang \"{raw.sheet}\" "
            f"(cần ít nhất cột \"{need}\" và một cột khác, ví dụ \"Đơn vị\", \"Năm\"). Hãy chọn dòng tiêu đề "
            "hoặc sửa tiêu đề cột trong tệp."))
    _, block, cols = best
    header_numbers = [r.number for r in block]
    titles = []
    for r in rows:
        if r.number >= header_numbers[0]:
            break
        line = " ".join(_cell_text(v) for v in r.values if _cell_text(v))
        if line:
            titles.append(line)
    layout = Layout(kind, header_numbers, cols, titles)
    if by_values:
        from dvdesk.services.importers.recognize import SAMPLE_ROWS, recognize

        below = [r for r in rows if r.number > header_numbers[-1]][:SAMPLE_ROWS]
        norms = {c.index: norm_header(c.header) for c in cols if c.header}
        recognize(layout, below, norms)
    layout.problem = missing_required(layout)
    return layout


# ---------------------------------------------------------------------------------------------
# rows
# ---------------------------------------------------------------------------------------------

_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_PREFIX = re.compile(r"^\s*([IVXLC]+|[A-HĐ]|\d{1,3})\s*[.)/:\-–]\s*(.+)$")
_TOTAL = re.compile(r"^(tong cong|cong|tong so|tong|cong tien|tong tien|tong so tien|tong cong so tien|cong so tien|"
                    r"cong toan bo|tong hop)\s*[:.]?\s*(\(.*\))?$")
_TOTAL_LOOSE = re.compile(r"^(tong cong|cong|tong so)\s*:")
_FOOTER = re.compile(
    r"^(noi nhan|nguoi lap|nguoi lap bieu|nguoi tong hop|truong ban|pho truong ban|k ?/ ?t\b|t ?/ ?m\b|tm\b|kt\b|"
    r"chu tich\b|pho chu tich\b|thu truong|xac nhan|luu\b|- luu|\(ky|\(da ky|giam doc\b|bi thu\b|pho bi thu\b|"
    r"danh sach (nay )?(co|gom)|an dinh danh sach|ghi chu ?:)")
_COLNUM = re.compile(r"^\(?(\d{1,3})\)?$")
_SECTION_WORDS = {
    "tap the": ("subject", SubjectKind.TAP_THE), "ca nhan": ("subject", SubjectKind.CA_NHAN),
    "khen thuong tap the": ("subject", SubjectKind.TAP_THE), "khen thuong ca nhan": ("subject", SubjectKind.CA_NHAN),
    "danh sach tap the": ("subject", SubjectKind.TAP_THE), "danh sach ca nhan": ("subject", SubjectKind.CA_NHAN),
    "mo hinh": ("kind", InitiativeKind.MO_HINH), "dien hinh": ("kind", InitiativeKind.DIEN_HINH),
    "cac mo hinh": ("kind", InitiativeKind.MO_HINH), "cac dien hinh": ("kind", InitiativeKind.DIEN_HINH),
    "dien hinh tap the": ("subject", SubjectKind.TAP_THE), "dien hinh ca nhan": ("subject", SubjectKind.CA_NHAN),
}

ROW_BLANK, ROW_DATA, ROW_SECTION, ROW_TOTAL, ROW_FOOTER, ROW_STT, ROW_COLNUM, ROW_REPEAT = (
    "blank", "data", "section", "total", "footer", "stt", "colnum", "repeat")
IGNORE_REASONS = {
    ROW_SECTION: "dòng tiêu đề mục",
    ROW_TOTAL: "dòng cộng, tổng cộng",
    ROW_FOOTER: "phần cuối bảng (nơi nhận, chữ ký, ghi chú)",
    ROW_STT: "dòng chỉ có số thứ tự",
    ROW_COLNUM: "dòng đánh số cột",
    ROW_REPEAT: "dòng tiêu đề cột lặp lại",
}


@dataclass
class RowKind:
    kind: str
    text: str = ""
    context: dict = field(default_factory=dict)  # for sections: {"subject": SubjectKind.TAP_THE, ...}


GroupMatcher = Callable[[str, bool], dict | None]


def _section_context(rest: str, prefixed: bool, group: GroupMatcher | None) -> dict | None:
    folded = norm_header(rest)
    if not folded:
        return None
    hit = _SECTION_WORDS.get(folded)
    if hit:
        return {hit[0]: hit[1]}
    if prefixed:
        words = folded.split()
        ctx: dict = {}
        if len(words) <= 10:
            has_tt, has_cn = "tap the" in folded, "ca nhan" in folded
            if has_tt != has_cn:
                ctx["subject"] = SubjectKind.TAP_THE if has_tt else SubjectKind.CA_NHAN
            if words[:2] == ["mo", "hinh"] and len(words) <= 4:
                ctx["kind"] = InitiativeKind.MO_HINH
            elif words[:2] == ["dien", "hinh"] and len(words) <= 4:
                ctx["kind"] = InitiativeKind.DIEN_HINH
        if group is not None:
            g = group(rest, True)
            if g:
                ctx.update(g)
        return ctx
    if group is not None:
        return group(rest, False)
    return None


_TOTAL_STARTS = ("cộng", "tổng", "cong", "tong", "tồng")


def _quick(text: str) -> str:
    """A cheap prefilter key: the first letter, folded (a header is rarely repeated)."""
    for ch in text:
        if ch.isalnum():
            return _fold_char(ch)
    return ""


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


def classify(row: RawRow, layout: Layout, group: GroupMatcher | None = None,
             header_norms: dict[int, str] | None = None, mapped: dict[str, int] | None = None) -> RowKind:
    """What a row below the header is (data, section, total, footer…). ``mapped`` is
    ``layout.mapped``, passed in when classifying many rows."""
    cells = [(i, v) for i, v in enumerate(row.values) if v is not None and v is not FORMULA_NO_VALUE]
    if not cells:
        return RowKind(ROW_BLANK)
    if mapped is None:
        mapped = layout.mapped
    tt_col = mapped.get("_tt")
    primary_col = mapped.get(PRIMARY[layout.kind])
    primary = row.values[primary_col] if primary_col is not None and primary_col < len(row.values) else None
    primary_text = primary if primary.__class__ is str else _cell_text(primary) if primary is not None else ""
    n = len(cells)
    # column numbers "(1) (2) (3)…" (cheap test first: the first two cells are short)
    if n >= 3 and all(v.__class__ is int or (v.__class__ is str and len(v) <= 7) for _, v in cells[:2]):
        nums = []
        for _, v in cells:
            t = _cell_text(v)
            m = _COLNUM.match(t.replace(" ", "")) if len(t) <= 7 else None
            if not m:
                break
            nums.append(int(m.group(1)))
        else:
            if all(b > a for a, b in itertools.pairwise(nums)) and nums[0] <= 2:
                return RowKind(ROW_COLNUM, " ".join(_cell_text(v) for _, v in cells))
    # a header repeated on a later page
    header_primary = header_norms.get(primary_col) if header_norms and primary_col is not None else None
    if header_primary and primary_text and len(primary_text) < 80 \
            and _quick(primary_text) == header_primary[:1] and norm_header(primary_text) == header_primary:
        texts = [(i, _cell_text(v)) for i, v in cells]
        same = sum(1 for i, t in texts if header_norms.get(i) and norm_header(t) == header_norms[i])
        if same >= max(2, (2 * len(header_norms)) // 3) or (same >= 2 and same == len(texts)):
            return RowKind(ROW_REPEAT, " | ".join(t for _, t in texts))
    # totals: "Cộng", "Tổng cộng: …" written at the start of the row or in the name column
    for _, v in (*cells[:2], (primary_col, primary_text)):
        if v.__class__ is str and len(v) < 80 and v[:5].lower().startswith(_TOTAL_STARTS):
            f = norm_header(v)
            if f and (_TOTAL.match(f) or _TOTAL_LOOSE.match(fold(v))):
                if not primary_text or primary_text == v:
                    return RowKind(ROW_TOTAL, v)
    # footer: signature block, "Nơi nhận", notes
    if not primary_text or n <= 2:
        for _, v in cells:
            if isinstance(v, str) and _FOOTER.match(fold(v[:60])):
                if not primary_text or primary_text == v:
                    return RowKind(ROW_FOOTER, v)
    # sections and group rows
    if n <= 2:
        texts = [(i, _cell_text(v)) for i, v in cells]
        sec = None
        if n == 2:
            (i0, t0), (_, t1) = texts
            first = t0.strip().rstrip(".").strip()
            if first and (tt_col is None or i0 == tt_col) and (_ROMAN.match(first) or re.fullmatch(r"[A-HĐ]", first)):
                ctx = _section_context(t1, True, group)
                sec = RowKind(ROW_SECTION, f"{first}. {t1}", ctx or {})
        else:
            (i0, t0), = texts
            m = _PREFIX.match(t0)
            in_tt = isinstance(cells[0][1], str) and i0 == (tt_col if tt_col is not None else 0)
            if m and (_ROMAN.match(m.group(1)) or re.fullmatch(r"[A-HĐ]", m.group(1)) or in_tt):
                # "I. TẬP THỂ", "B. ĐIỂN HÌNH", or "12. Xã Bình Hòa" written in the TT column
                ctx = _section_context(m.group(2), True, group)
                sec = RowKind(ROW_SECTION, t0, ctx or {})
            elif m:  # "1. Khối Đảng" elsewhere: a sub-section only when the text names a known group
                ctx = _section_context(m.group(2), False, group)
                if ctx:
                    sec = RowKind(ROW_SECTION, t0, ctx)
            elif i0 != tt_col:
                ctx = _section_context(t0, False, group)
                if ctx:
                    sec = RowKind(ROW_SECTION, t0, ctx)
        if sec is not None:
            return sec
    # only the row number
    if tt_col is not None and n == 1 and cells[0][0] == tt_col:
        return RowKind(ROW_STT, _cell_text(cells[0][1]))
    if tt_col is None and n == 1 and cells[0][0] == 0 and isinstance(cells[0][1], int | float):
        return RowKind(ROW_STT, _cell_text(cells[0][1]))
    return RowKind(ROW_DATA)
