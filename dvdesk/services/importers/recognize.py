"""Columns known by their values: when a header is ambiguous or misleading, what the cells hold
decides (Tập thể / Cá nhân → subject kind; Tốt / Khá / Trung bình / Yếu → rating; dates → dates;
money; unit-like names → unit). Also the year written in a sheet's title lines.

Each column keeps the evidence of its mapping (``Column.evidence``) and a confidence 0–100
(``Column.score``), shown in the wizard's mapping step and printed by the CLI.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dvdesk.domain.vntext import fold
from dvdesk.services.importers.values import (
    FORMULA_NO_VALUE,
    RATINGS,
    SUBJECTS,
    CellError,
    ValueProblem,
    as_text,
    parse_date_ex,
    parse_money,
)

SAMPLE_ROWS = 120  # rows below the header looked at (the cost stays a few tens of ms)
MIN_VALUES = 3
SHARE = 0.8

SUBJECT, RATING, DATE, MONEY, UNIT = "subject", "rating", "date", "money", "unit"
CATEGORY_LABELS = {SUBJECT: "tập thể/cá nhân", RATING: "xếp loại", DATE: "ngày tháng", MONEY: "số tiền",
                   UNIT: "tên đơn vị"}

# the field each value category fills, per import kind
FIELD_OF = {
    "initiatives": {SUBJECT: "subject_kind", RATING: "rating", UNIT: "unit"},
    "awards": {SUBJECT: "recipient_kind", MONEY: "amount", UNIT: "unit"},
    "reviews": {RATING: "rating", UNIT: "unit"},
    "units": {},
}
DATE_FIELDS = {"initiatives": ("start_date", "registered_on", "evaluation_date", "recognition_date", "year"),
               "awards": ("decision_date", "birth_year"), "reviews": ("reviewed_on", "recognition_date"), "units": ()}
MONEY_FIELDS = {"initiatives": ("budget", "socialized"), "awards": ("amount",), "reviews": (), "units": ()}

_UNIT_START = re.compile(
    r"^(xa|phuong|thi tran|thi xa|thanh pho|huyen|tinh|quan|ap|khu pho|khom|thon|to dan pho|hoi|chi hoi|uy ban|ubnd|"
    r"ban|doan|chi doan|cong an|truong|tram|huyen uy|thanh uy|tinh uy|dang uy|dang bo|chi bo|lien doan|mat tran|"
    r"mttq|bch|bo chi huy|so|phong|trung tam|benh vien|hop tac xa|htx|cong ty|lien hiep|hlhpn|hnd|hccb|cuu chien binh|"
    r"nong dan|phu nu|thanh nien|cong doan|doan thanh nien|uy ban mat tran)\b")
_START_HINTS = ("xay dung", "thuc hien", "bat dau", "trien khai")


def _cell(value: object) -> object:
    if value is None or value is FORMULA_NO_VALUE or isinstance(value, CellError):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def category_of(value: object) -> str | None:
    """The kind of value one cell holds, or None (free text, numbers of no known kind)."""
    if isinstance(value, datetime | date):
        return DATE
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if 1950 <= value <= 2100 and float(value).is_integer():
            return DATE
        if value >= 10_000:
            return MONEY
        return None
    text = as_text(value)
    if not text or len(text) > 120:
        return None
    if len(text) <= 20:
        for vocab, cat in ((SUBJECTS, SUBJECT), (RATINGS, RATING)):
            try:
                vocab.parse(text)
                return cat
            except ValueProblem:
                pass
    f = fold(text)
    if re.search(r"\d", f):
        try:
            parse_date_ex(text)
            return DATE
        except ValueProblem:
            pass
        if re.fullmatch(r"[\d.,\s]+(d|dong|vnd|đ)?", f) and len(re.sub(r"\D", "", f)) >= 5:
            try:
                parse_money(text)
                return MONEY
            except ValueProblem:
                pass
    if _UNIT_START.match(re.sub(r"[^a-z0-9 ]+", " ", f).strip()) and len(text.split()) >= 2:
        return UNIT
    return None


def profile(values: list[object]) -> tuple[str | None, float, list[str]]:
    """(dominant category, its share, a few sample values) of one column's cells."""
    cells = [v for v in (_cell(v) for v in values) if v is not None]
    if len(cells) < MIN_VALUES:
        return None, 0.0, []
    counts: dict[str | None, int] = {}
    memo: dict[object, str | None] = {}  # lists repeat their values (Tốt, Khá, Tập thể…)
    cats = []
    for v in cells:
        key = (v.__class__, v)
        c = memo.get(key, "?")
        if c == "?":
            c = memo[key] = category_of(v)
        cats.append(c)
        counts[c] = counts.get(c, 0) + 1
    best = max((c for c in counts if c is not None), key=lambda c: counts[c], default=None)
    if best is None:
        return None, 0.0, []
    samples: list[str] = []
    for v, c in zip(cells, cats, strict=True):
        if c != best:
            continue
        t = v.strftime("%d/%m/%Y") if isinstance(v, datetime | date) else as_text(v)
        if t not in samples:
            samples.append(t)
        if len(samples) == 3:
            break
    return best, counts[best] / len(cells), samples


def recognize(layout, rows, header_norms: dict[int, str]) -> None:
    """Adjust ``layout.columns`` in place by the values in ``rows`` (the sheet rows below the
    header, a sample): misleading headers corrected, unrecognized columns filled in."""
    kind = layout.kind
    field_of = FIELD_OF.get(kind, {})
    if not rows:
        return
    from dvdesk.services.importers.layout import Column

    width = max((len(r.values) for r in rows), default=0)
    by_index = {c.index: c for c in layout.columns}
    profiles: dict[int, tuple[str | None, float, list[str]]] = {}
    for i in range(width):
        col = by_index.get(i)
        if col is not None and col.field == "_tt":
            continue
        vals = [r.values[i] if i < len(r.values) else None for r in rows]
        # a row with one or two cells is a section or a total: not evidence
        vals = [v for v, r in zip(vals, rows, strict=True) if sum(1 for x in r.values if _cell(x) is not None) > 2]
        cat, share, samples = profile(vals)
        if cat is not None and share >= SHARE:
            profiles[i] = (cat, share, samples)

    def holder(key: str) -> Column | None:
        for c in layout.columns:
            if c.field == key:
                return c
        return None

    def give(i: int, key: str, why: str, share: float) -> None:
        col = by_index.get(i)
        if col is None:
            col = Column(i, "")
            layout.columns.append(col)
            by_index[i] = col
        other = holder(key)
        if other is not None and other.index != i:
            other.field, other.score = None, 0
            other.evidence = f"bỏ: giá trị của cột {col.letter} mới là {CATEGORY_LABELS.get(why, why)}"
        col.field = key
        col.score = min(95, int(60 + 40 * share))
        col.evidence = f"theo giá trị ({CATEGORY_LABELS.get(why, why)}: {', '.join(profiles[i][2])})"

    # 1. choice columns: the values decide (a "Đối tượng" column holding Tốt/Khá is the rating)
    for cat in (SUBJECT, RATING):
        key = field_of.get(cat)
        if key is None:
            continue
        hits = [i for i, p in profiles.items() if p[0] == cat]
        if not hits:
            # the column the header gave this field holds something else: take it away
            h = holder(key)
            if h is not None and h.index in profiles and profiles[h.index][0] != cat:
                h.field, h.score = None, 0
                h.evidence = f"bỏ: giá trị là {CATEGORY_LABELS[profiles[h.index][0]]}"
            continue
        current = holder(key)
        if current is not None and current.index in hits:
            current.evidence = current.evidence or f"tiêu đề và giá trị ({', '.join(profiles[current.index][2])})"
            continue
        i = hits[0]
        give(i, key, cat, profiles[i][1])
    # 2. unrecognized columns by values
    from dvdesk.services.importers.specs import FIELDS

    free_text = {f.key for f in FIELDS.get(kind, ()) if f.type == "longtext"}
    for i, (cat, share, _samples) in sorted(profiles.items()):
        col = by_index.get(i)
        if col is not None and col.field and col.field not in free_text:
            continue  # a header naming a free-text field ("Kết quả") over dates is misleading: values win
        header = header_norms.get(i, "")
        key = None
        if cat == DATE:
            options = DATE_FIELDS.get(kind, ())
            if kind == "initiatives":
                if "dang ky" in header:
                    options = ("registered_on", *options)
                elif any(h in header for h in _START_HINTS) or "thoi gian" in header:
                    options = ("start_date", *options)
            key = next((k for k in options if holder(k) is None), None)
        elif cat == MONEY:
            key = next((k for k in MONEY_FIELDS.get(kind, ()) if holder(k) is None), None)
        elif cat == UNIT:
            k = field_of.get(UNIT)
            key = k if k and holder(k) is None else None
        if key is not None:
            give(i, key, cat, share)
    layout.columns.sort(key=lambda c: c.index)


# ---------------------------------------------------------------------------------------------
_TITLE_YEAR = (
    re.compile(r"\bnam\s+(\d{4})\b"),
    re.compile(r"\bngay\s*\d{1,2}\s*(?:thang|/|-|\.)\s*\d{1,2}\s*(?:nam|/|-|\.)\s*(\d{4})\b"),
    re.compile(r"\bngay\s*\.+\s*/\s*\.*\s*/\s*(\d{4})\b"),
    re.compile(r"/(\d{4})\b"),
)


def year_from_title(lines: list[str]) -> int | None:
    """The year a list's title or attached-to line names: "… NĂM 2023", "ngày 12/5/2023",
    "ngày … /…/2023". A span ("2021-2025") names no single year."""
    plain = [ln for ln in lines if not re.search(r"\bngay\b", fold(ln))]
    dated = [ln for ln in lines if ln not in plain]
    for line in (*plain, *dated):
        f = fold(line)
        if re.search(r"\d{4}\s*[-–]\s*\d{4}", f):
            f = re.sub(r"(?:giai doan\s*)?\d{4}\s*[-–]\s*\d{4}", " ", f)
        for rx in _TITLE_YEAR:
            m = rx.search(f)
            if m and 1990 <= int(m.group(1)) <= 2100:
                return int(m.group(1))
    return None
