"""Cell values as offices type them: cleaning, legacy (TCVN3/VNI) text, dates, numbers, choices.

Every parser returns the value or raises :class:`ValueProblem` with a Vietnamese explanation
(the caller adds the column name and the row number). Nothing here touches the database.
"""

from __future__ import annotations

import contextlib
import gc
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from dvdesk.domain.vntext import (
    fold,
    looks_like_tcvn3,
    looks_like_vni,
    nfc,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from dvdesk.domain.vocab import Gender, InitiativeKind, Level, Rating, Status, SubjectKind, Vocab

MAX_CELL_CHARS = 32_767  # Excel's own limit for the text of one cell


@contextlib.contextmanager
def bulk_work():
    """Pause Python's cyclic garbage collector while tens of thousands of (acyclic) rows are built:
    its repeated passes over them cost more than the work itself. Reference counting still frees
    everything; the collector is restored on exit, whatever happens."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ValueProblem(ValueError):
    """A cell value that cannot be used; ``str(exc)`` is a Vietnamese sentence fragment."""


class CellError:
    """An Excel error value (#N/A, #VALUE!, #REF!…) found in a cell."""

    __slots__ = ("code",)

    def __init__(self, code: str):
        self.code = code

    def __repr__(self) -> str:
        return f"CellError({self.code!r})"

    def __str__(self) -> str:
        return self.code


class FormulaNoValue:
    """A formula cell saved without a computed (cached) value."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "FormulaNoValue()"

    def __str__(self) -> str:
        return ""


FORMULA_NO_VALUE = FormulaNoValue()

# ---------------------------------------------------------------------------------------------
# text
# ---------------------------------------------------------------------------------------------

_NFC_SPECIAL = re.compile("[\u200b\u200c\u200d\ufeff\u00a0]")
_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_WORD = re.compile(r"\S+")


def _unescape_ooxml(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return "" if ch == "\r" else ch

    return _XML_ESCAPE.sub(sub, text)


def _restore_capitals(original: str, converted: str) -> str:
    """Legacy capitals-only text ("VIÖT NAM" typed in .VnTimeH) converts to mixed case: a word
    whose ASCII letters were all capitals becomes all capitals."""
    out = []
    pos = 0
    for m_orig, m_conv in zip(_WORD.finditer(original), _WORD.finditer(converted), strict=False):
        word = m_orig.group()
        letters = [ch for ch in word if ch.isascii() and ch.isalpha()]
        out.append(converted[pos:m_conv.start()])
        conv = m_conv.group()
        # two or more capitals and no lowercase ASCII letter: a capitals word ("VIÖT" → "VIỆT");
        # one capital ("Tæ") is just a capitalized word ("Tổ")
        if len(letters) >= 2 and all(ch.isupper() for ch in letters) and conv != conv.upper():
            conv = conv.upper()
        out.append(conv)
        pos = m_conv.end()
    out.append(converted[pos:])
    return "".join(out)


LEGACY_NONE, LEGACY_TCVN3, LEGACY_TCVN3_CAPS, LEGACY_VNI = 0, 1, 2, 3


def legacy_kind_of_font(font_name: str | None) -> int:
    """Which legacy encoding a cell's font implies (".VnTime" → TCVN3, ".VnTimeH" → TCVN3
    capitals, "VNI-Times" → VNI), or LEGACY_NONE."""
    if not font_name:
        return LEGACY_NONE
    name = font_name.strip()
    low = name.lower()
    if low.startswith(".vn"):
        return LEGACY_TCVN3_CAPS if name.endswith("H") else LEGACY_TCVN3
    if low.startswith("vni-") or low.startswith("vni ") or low == "vni":
        return LEGACY_VNI
    return LEGACY_NONE


def convert_legacy(text: str, legacy: int = LEGACY_NONE) -> tuple[str, bool]:
    """(Unicode text, converted?) — by the font's encoding when known, else by byte patterns."""
    if text.isascii():
        return text, False
    if legacy in (LEGACY_TCVN3, LEGACY_TCVN3_CAPS):
        out = tcvn3_to_unicode(text, capitals=legacy == LEGACY_TCVN3_CAPS)
        if out != text and legacy == LEGACY_TCVN3:
            out = _restore_capitals(text, out)
        return out, out != nfc(text)
    if legacy == LEGACY_VNI:
        out = vni_to_unicode(text)
        return out, out != nfc(text)
    if looks_like_tcvn3(text):
        out = _restore_capitals(text, tcvn3_to_unicode(text))
        return out, True
    if looks_like_vni(text):
        return vni_to_unicode(text), True
    return text, False


def clean_cell_text(text: str, legacy: int = LEGACY_NONE) -> tuple[str, bool]:
    """A cell's text as stored: legacy text converted, NFC, control characters removed, lines'
    trailing spaces and the outer whitespace trimmed. Returns (text, converted-from-legacy?)."""
    if "_x" in text:
        text = _unescape_ooxml(text)
    text, converted = convert_legacy(text, legacy)
    if not text.isascii():
        if _NFC_SPECIAL.search(text):
            text = nfc(text)
        elif not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isprintable():
        text = text.translate(_CONTROL)
    if "\n" in text:
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), converted


def one_line(text: str) -> str:
    """Whitespace runs (line breaks included) collapsed to one space."""
    return " ".join(text.split())


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value is FORMULA_NO_VALUE


def display(value: object) -> str:
    """A cell value as the user would read it in a message."""
    if value is None or value is FORMULA_NO_VALUE:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value:%d/%m/%Y}"
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def as_text(value: object, *, multiline: bool = False) -> str:
    """Any cell value as text (numbers without a spurious ".0", dates as dd/mm/yyyy)."""
    if value is None or value is FORMULA_NO_VALUE:
        return ""
    if isinstance(value, CellError):
        raise ValueProblem(f"ô có lỗi công thức ({value.code})")
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            n, cap = f"{len(value):,}".replace(",", "."), f"{MAX_CELL_CHARS:,}".replace(",", ".")
            raise ValueProblem(f"nội dung quá dài ({n} ký tự, tối đa {cap})")
        if multiline or ("  " not in value and "\n" not in value and "\t" not in value):
            return value
        return one_line(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return display(value)
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


# ---------------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------------

_MULTIPLIERS = {"nghin": 1_000, "ngan": 1_000, "trieu": 1_000_000, "ty": 1_000_000_000, "ti": 1_000_000_000}


_SPACES = re.compile(r"\s+")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+")
_VN_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_EN_DECIMAL = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_DECIMAL = re.compile(r"\d*[.,]\d+")


def _number_from_text(text: str) -> Decimal | int:
    """Vietnamese and English number spellings: 1200, 1.200 and 1,200 (thousands), 2,5 and 2.5,
    1.234,5 and 1,234.5."""
    s = _SPACES.sub("", text.replace("\u202f", "")) if not text.isdigit() else text
    if s.isdigit():
        return int(s)
    neg = s.startswith("-")
    s = s.lstrip("+-")
    if s.isdigit():
        value: Decimal | int = int(s)
    elif _THOUSANDS.fullmatch(s):
        value = int(s.replace(".", "").replace(",", ""))
    elif _VN_DECIMAL.fullmatch(s):
        value = Decimal(s.replace(".", "").replace(",", "."))
    elif _EN_DECIMAL.fullmatch(s):
        value = Decimal(s.replace(",", ""))
    elif _DECIMAL.fullmatch(s):
        value = Decimal(s.replace(",", "."))
    else:
        raise ValueProblem(f"\"{text.strip()}\" không phải là số")
    return -value if neg else value


def parse_decimal(value: object) -> Decimal | int:
    if isinstance(value, bool):
        raise ValueProblem("không phải là số")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem("không phải là số")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        return _number_from_text(value)
    raise ValueProblem(f"\"{display(value)}\" không phải là số")


def parse_int(value: object) -> int:
    """A whole number: 12, 12.0, "12", "1.200" (dot thousands), "1,200"."""
    if isinstance(value, str):
        s = fold(value)
        s = re.sub(r"\s*(ngay cong|ngay|lan|noi|nguoi|ho|mo hinh)$", "", s)
        d = _number_from_text(s)
    else:
        d = parse_decimal(value)
    if not isinstance(d, int) and d != d.to_integral_value():
        raise ValueProblem(f"\"{display(value)}\" không phải là số nguyên")
    if abs(d) > 10**15:
        raise ValueProblem(f"\"{display(value)}\" quá lớn")
    return int(d)


_PLAIN_NUMBER = re.compile(r"\s*\d[\d.,]*\s*")


def parse_money(value: object) -> int:
    """Whole đồng: 7020000, "7.020.000", "7.020.000 đ", "7,02 triệu", "1,5 tỷ đồng"."""
    if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value):  # "7.020.000": no words to fold
        d = _number_from_text(value)
    elif isinstance(value, str):
        s = fold(value).strip(" .")
        s = re.sub(r"\s*(dong|vnd|d)$", "", s)
        mult = 1
        m = re.fullmatch(r"(.*?\d)\s*(nghin|ngan|trieu|ty|ti)", s)
        if m:
            s, mult = m.group(1), _MULTIPLIERS[m.group(2)]
        try:
            d = _number_from_text(s) * mult
        except ValueProblem:
            raise ValueProblem(f"\"{display(value)}\" không phải là số tiền") from None
    else:
        d = parse_decimal(value)
    if d < 0:
        raise ValueProblem("số tiền không được âm")
    if d > 10**13:
        raise ValueProblem("số tiền quá lớn")
    return d if isinstance(d, int) else int(d.to_integral_value())


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------

_EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_HELP = "cần dạng ngày/tháng/năm, ví dụ 15/10/2025"
_RE_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_RE_YMD = re.compile(r"^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_RE_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_RE_Y = re.compile(r"^(?:nam\s*)?(\d{4})$")
_RE_LONG = re.compile(r"^(?:.*,\s*)?ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")
_RE_LONG_MY = re.compile(r"^thang\s*(\d{1,2})\s*(?:nam|/)\s*(\d{4})$")

DAY, MONTH, YEAR = "day", "month", "year"


def _mk_date(y: int, m: int, d: int, raw: object) -> date:
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise ValueProblem(f"\"{display(raw)}\" không phải là ngày có thật ({_DATE_HELP})") from exc


def parse_date_ex(value: object) -> tuple[date, str]:
    """(date, precision) — precision is "day", "month" (mm/yyyy: the 1st) or "year" (1 January).

    Accepts real dates, Excel serial numbers, years, and text dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy,
    dd.mm.yyyy, yyyy-mm-dd, mm/yyyy, yyyy, "ngày 15 tháng 10 năm 2025".
    """
    if isinstance(value, datetime):
        return value.date(), DAY
    if isinstance(value, date):
        return value, DAY
    if isinstance(value, bool) or value is None:
        raise ValueProblem(f"không phải là ngày ({_DATE_HELP})")
    if isinstance(value, time | timedelta):
        raise ValueProblem(f"ô chứa giờ, không phải ngày ({_DATE_HELP})")
    if isinstance(value, CellError):
        raise ValueProblem(f"ô có lỗi công thức ({value.code})")
    if isinstance(value, int | float | Decimal):
        n = float(value)
        if n.is_integer() and 1900 <= n <= 2100:
            return date(int(n), 1, 1), YEAR
        if 1 <= n < 2_958_466:  # an Excel serial date typed into a General-format cell
            return (_EXCEL_EPOCH + timedelta(days=int(n))).date(), DAY
        raise ValueProblem(f"\"{display(value)}\" không phải là ngày ({_DATE_HELP})")
    raw = str(value).strip()
    m = _RE_DMY.match(raw)  # the common case first, without folding: "15/10/2025"
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return _mk_date(y + 2000 if y < 100 else y, mo, d, value), DAY
    text = fold(raw).replace(" /", "/").replace("/ ", "/")
    text = text.rstrip(".")
    m = _RE_DMY.match(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000
        return _mk_date(y, mo, d, value), DAY
    m = _RE_YMD.match(text)
    if m:
        return _mk_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), value), DAY
    m = _RE_LONG.match(text)
    if m:
        return _mk_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), value), DAY
    m = _RE_MY.match(text) or _RE_LONG_MY.match(text)
    if m:
        return _mk_date(int(m.group(2)), int(m.group(1)), 1, value), MONTH
    m = _RE_Y.match(text)
    if m and 1900 <= int(m.group(1)) <= 2100:
        return date(int(m.group(1)), 1, 1), YEAR
    raise ValueProblem(f"\"{display(value)}\" không đọc được thành ngày ({_DATE_HELP})")


def parse_date(value: object) -> date:
    return parse_date_ex(value)[0]


def parse_year(value: object) -> int:
    """A year: 2023, 2023.0, "2023", "Năm 2023", a date (its year)."""
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, str):
        s = fold(value)
        m = re.fullmatch(r"(?:nam\s*)?(\d{4})(?:\.0+)?", s)
        if m:
            return int(m.group(1))
        try:
            d, _ = parse_date_ex(value)
        except ValueProblem:
            raise ValueProblem(f"\"{display(value)}\" không phải là năm (cần 4 chữ số, ví dụ 2025)") from None
        return d.year
    try:
        n = parse_decimal(value)
    except ValueProblem:
        raise ValueProblem(f"\"{display(value)}\" không phải là năm (cần 4 chữ số, ví dụ 2025)") from None
    if n != n.to_integral_value() or not (1000 <= n <= 9999):
        raise ValueProblem(f"\"{display(value)}\" không phải là năm (cần 4 chữ số, ví dụ 2025)")
    return int(n)


# ---------------------------------------------------------------------------------------------
# yes/no and closed vocabularies
# ---------------------------------------------------------------------------------------------

_TRUE = {"x", "co", "c", "yes", "y", "true", "1", "dung", "tieu bieu", "v", "✓", "✔", "☑", "da", "roi"}
_FALSE = {"", "khong", "k", "no", "n", "false", "0", "-", "chua", "sai"}


def parse_bool(value: object) -> bool:
    if value is None or value is FORMULA_NO_VALUE:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise ValueProblem(f"\"{display(value)}\" không phải là có/không (ghi \"x\" hoặc để trống)")
    s = fold(str(value)).strip(" .")
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise ValueProblem(f"\"{display(value)}\" không phải là có/không (ghi \"x\" hoặc để trống)")


def compact(text: str) -> str:
    """Folded, letters and digits only: "VH - XH" → "vhxh"."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


class Vocabulary:
    """A closed set of codes with their Vietnamese names and accepted spellings.

    :meth:`of` builds one from a vocabulary enum of the domain: the code, its label and the extra
    spellings offices use are accepted; ``parse`` returns the enum member (equal to its code)."""

    def __init__(self, label: str, entries: dict[str, list[str]]):
        self.label = label
        self.codes = list(entries)
        self.names = {code: names[0] for code, names in entries.items()}
        self.lookup: dict[str, str] = {}
        self.cache: dict[str, str] = {}
        for code, names in entries.items():
            for n in [code, *names]:
                self.lookup.setdefault(compact(n), code)

    @classmethod
    def of(cls, vocab: type[Vocab], label: str, spellings: dict[Vocab, list[str]] | None = None) -> Vocabulary:
        """``label`` names the family in messages; the first name of each code is its label."""
        spellings = spellings or {}
        return cls(label, {m: [m.label, *spellings.get(m, [])] for m in vocab})

    def parse(self, value: object) -> str:
        text = as_text(value)
        code = self.cache.get(text)
        if code is not None:
            return code
        key = compact(text)
        code = self.lookup.get(key)
        if code is not None:
            self.cache[text] = code
        if code is None:
            allowed = "; ".join(self.names.values())
            raise ValueProblem(f"{self.label} \"{display(value)}\" không hợp lệ (dùng một trong: {allowed})")
        return code


KINDS = Vocabulary.of(InitiativeKind, "loại", {InitiativeKind.MO_HINH: ["MH"], InitiativeKind.DIEN_HINH: ["ĐH", "DH"]})
SUBJECTS = Vocabulary.of(SubjectKind, "đối tượng", {SubjectKind.TAP_THE: ["TThể", "Tap the"],
                                                    SubjectKind.CA_NHAN: ["CN", "Ca nhan"]})
STATUSES = Vocabulary.of(Status, "trạng thái", {
    Status.DANG_KY: ["Đã đăng ký", "Mới đăng ký", "Đang thực hiện", "Đang triển khai"],
    Status.THAM_DINH: ["Thẩm định", "Bình xét", "Đang thẩm định", "Đang bình xét", "Thẩm định/bình xét"],
    Status.PHAN_LOAI: ["Đã phân loại", "Đã xếp loại"],
    Status.CONG_NHAN: ["Đã công nhận", "Được công nhận"],
    Status.TIEU_BIEU: ["Điển hình tiêu biểu", "Mô hình tiêu biểu"],
    Status.DE_NGHI_KHEN: ["Đề nghị khen", "Đã đề nghị khen thưởng"],
    Status.NHAN_RONG: ["Đã nhân rộng", "Được nhân rộng"],
    Status.DUNG: ["Dừng thực hiện", "Ngừng", "Ngừng thực hiện", "Đã dừng"],
})
RATINGS = Vocabulary.of(Rating, "xếp loại", {Rating.TOT: ["Xuất sắc"], Rating.TRUNG_BINH: ["TB", "Đạt"],
                                             Rating.YEU: ["Không đạt", "Kém"]})
LEVELS = Vocabulary.of(Level, "cấp", {
    Level.TRUNG_UONG: ["TW", "TƯ", "Cấp Trung ương"],
    Level.TINH: ["Cấp tỉnh", "Tỉnh, thành phố", "Thành phố trực thuộc Trung ương"],
    Level.HUYEN: ["Cấp huyện", "Quận", "Huyện, thị xã, thành phố"],
    Level.XA: ["Xã", "Cơ sở", "Cấp xã", "Cấp cơ sở", "Phường", "Thị trấn", "Xã, phường, thị trấn", "Xã, phường"],
})
GENDERS = Vocabulary.of(Gender, "giới tính", {Gender.NAM: ["M", "Male", "Ông"], Gender.NU: ["F", "Female", "Bà", "Nu"]})
