"""Reading .xlsx workbooks as offices make them: file checks, sheets, rows, fonts, merges.

One streaming pass over the sheet XML (openpyxl's read-only parser) gives, per row, the cleaned
values (legacy TCVN3/VNI text converted by the cell's font or its byte patterns), formula cells
without a cached value, Excel error values and the row's hidden flag. The merged ranges are read
afterwards. Reading stops after ``MAX_BLANK_RUN`` consecutive blank rows (a sheet formatted down
to row 1,048,576 costs seconds, not minutes) and says so.

Every problem with the file itself raises :class:`ImportFileError` with a Vietnamese message.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.services.importers.values import (
    FORMULA_NO_VALUE,
    LEGACY_NONE,
    CellError,
    bulk_work,
    clean_cell_text,
    legacy_kind_of_font,
)

MAX_BLANK_RUN = 1000
MAX_COLUMNS = 16_384
MAX_SHEET_XML = 2_000_000_000  # bytes of uncompressed sheet XML: anything bigger is not an office list
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ImportFileError(DvdeskError):
    """The file cannot be read as an Excel workbook (the message says why and what to do)."""


class ImportCancelled(DvdeskError):
    def __init__(self, message: str = "Đã hủy nhập dữ liệu: cơ sở dữ liệu không thay đổi."):
        super().__init__(message)


@dataclass
class SheetInfo:
    name: str
    index: int
    state: str = "visible"  # visible | hidden | veryHidden
    max_row: int | None = None
    max_column: int | None = None

    @property
    def hidden(self) -> bool:
        return self.state != "visible"

    @property
    def label(self) -> str:
        return f"{self.name} (trang ẩn)" if self.hidden else self.name


@dataclass
class WorkbookInfo:
    path: Path
    sheets: list[SheetInfo]

    def sheet(self, name: str | None) -> SheetInfo:
        if name is None:
            visible = [s for s in self.sheets if not s.hidden]
            return (visible or self.sheets)[0]
        for s in self.sheets:
            if s.name == name:
                return s
        names = ", ".join(f"\"{s.name}\"" for s in self.sheets)
        raise ImportFileError(f"Tệp {self.path.name} không có trang tính \"{name}\" (các trang: {names}).")


@dataclass
class RawRow:
    number: int  # 1-based sheet row
    values: list  # cleaned values, index 0 = column A; trailing empties trimmed
    hidden: bool = False
    formula_missing: tuple[int, ...] = ()  # 0-based columns holding a formula without cached value
    converted: bool = False  # some text was converted from TCVN3/VNI

    def get(self, col: int):
        return self.values[col] if 0 <= col < len(self.values) else None


@dataclass
class RawSheet:
    path: Path
    sheet: str
    sheet_hidden: bool
    rows: list[RawRow]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (min_col, min_row, max_col, max_row)
    hidden_columns: list[int] = field(default_factory=list)  # 0-based
    stopped_at: int | None = None  # row where reading stopped after a long blank run
    claimed_rows: int | None = None  # the sheet's own dimension (may be 1,048,576)
    legacy_cells: int = 0
    formula_missing: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r.values) for r in self.rows), default=0)


# ---------------------------------------------------------------------------------------------
# file checks
# ---------------------------------------------------------------------------------------------

def _contains(path: Path, needles: list[bytes], limit: int = 200_000_000) -> set[bytes]:
    found: set[bytes] = set()
    overlap = max(len(n) for n in needles)
    tail = b""
    read = 0
    with path.open("rb") as fh:
        while read < limit:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            read += len(chunk)
            buf = tail + chunk
            for n in needles:
                if n in buf:
                    found.add(n)
            tail = buf[-overlap:]
    return found


def _u16(text: str) -> bytes:
    return text.encode("utf-16-le")


def check_file(path: Path | str) -> Path:
    """Refuse, with a clear Vietnamese message, anything that is not a readable .xlsx."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ImportFileError(f"Không tìm thấy tệp: {path}")
    if path.is_dir():
        raise ImportFileError(f"\"{path}\" là một thư mục, không phải tệp Excel.")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise ImportFileError(f"Không mở được tệp {name}: {exc.strerror or exc}. Tệp có đang mở trong "
                              "chương trình khác không?") from exc
    if size == 0:
        raise ImportFileError(f"Tệp {name} rỗng (0 byte).")
    if head.startswith(OLE_MAGIC):
        found = _contains(path, [_u16("EncryptedPackage"), _u16("EncryptionInfo"), _u16("Workbook"),
                                 _u16("Book"), _u16("WordDocument")])
        if _u16("EncryptedPackage") in found or _u16("EncryptionInfo") in found:
            raise ImportFileError(
                f"Tệp {name} được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu "
                "(Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu → xóa mật khẩu), lưu lại rồi nhập.")
        if _u16("WordDocument") in found:
            raise ImportFileError(f"Tệp {name} là văn bản Word (.doc), không phải bảng tính Excel.")
        raise ImportFileError(
            f"Tệp {name} có định dạng Excel cũ (.xls, Excel 97–2003) mà chương trình không đọc trực tiếp. "
            "Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → \"Sổ làm việc Excel (*.xlsx)\", rồi nhập tệp .xlsx đó.")
    if not head.startswith(b"PK"):
        low = head.lower()
        if b"<html" in low or b"<table" in low or b"<!doctype" in low:
            raise ImportFileError(
                f"Tệp {name} thực chất là trang HTML (thường do phần mềm khác xuất ra với đuôi .xls). Hãy mở tệp "
                "bằng Excel rồi lưu lại dạng \"Sổ làm việc Excel (*.xlsx)\".")
        if path.suffix.lower() in (".csv", ".txt"):
            raise ImportFileError(
                f"Tệp {name} là tệp văn bản (CSV), không phải sổ làm việc Excel. Hãy mở bằng Excel và lưu lại dạng .xlsx.")
        raise ImportFileError(f"Tệp {name} không phải là tệp Excel (.xlsx) hoặc đã bị hỏng.")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" not in names:
                if "xl/workbook.bin" in names:
                    raise ImportFileError(
                        f"Tệp {name} là sổ làm việc nhị phân (.xlsb). Hãy mở bằng Excel và lưu lại dạng .xlsx.")
                if "mimetype" in names and b"opendocument" in zf.read("mimetype"):
                    raise ImportFileError(
                        f"Tệp {name} là bảng tính LibreOffice/OpenOffice (.ods). Hãy lưu lại dạng "
                        "\"Excel 2007-365 (.xlsx)\" rồi nhập.")
                if "word/document.xml" in names:
                    raise ImportFileError(f"Tệp {name} là văn bản Word (.docx), không phải bảng tính Excel.")
                raise ImportFileError(f"Tệp {name} là tệp nén nhưng không phải sổ làm việc Excel (.xlsx).")
            for info in zf.infolist():
                if info.filename.startswith("xl/worksheets/") and info.file_size > MAX_SHEET_XML:
                    raise ImportFileError(f"Tệp {name} có trang tính quá lớn (hơn 2 GB dữ liệu khi giải nén): "
                                          "không phải danh sách thông thường.")
    except zipfile.BadZipFile as exc:
        raise ImportFileError(f"Tệp {name} bị hỏng (không giải nén được: {exc}). Hãy mở lại bằng Excel, lưu thành "
                              "tệp mới rồi nhập.") from exc
    except (OSError, RuntimeError) as exc:  # RuntimeError: an encrypted zip member
        raise ImportFileError(f"Không đọc được tệp {name}: {exc}.") from exc
    return path


def _hostile_xml(exc: BaseException | None) -> bool:
    """An XML entity declaration refused by defusedxml (which openpyxl uses when installed) or
    expat's own entity-amplification limit, anywhere in the exception's chain."""
    seen = 0
    while exc is not None and seen < 20:
        if type(exc).__module__.startswith("defusedxml") or "amplification" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _hostile_xml_error(name: str) -> ImportFileError:
    return ImportFileError(
        f"Tệp {name} chứa khai báo thực thể XML (DOCTYPE/ENTITY), điều mà tệp Excel thật không có: có thể là tệp "
        "độc hại (\"bom XML\"), chương trình không đọc. Hãy mở tệp bằng Excel, lưu thành tệp mới rồi nhập.")


def _load(path: Path):
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, ParseError…)
        if _hostile_xml(exc):
            raise _hostile_xml_error(path.name) from exc
        raise ImportFileError(f"Tệp {path.name} bị hỏng hoặc không đúng định dạng Excel, không đọc được "
                              f"({type(exc).__name__}: {exc}). Hãy mở lại bằng Excel, lưu thành tệp mới rồi nhập.") from exc


def inspect_workbook(path: Path | str) -> WorkbookInfo:
    """The workbook's sheets (name, hidden state, claimed size); checks the file first."""
    path = check_file(path)
    wb = _load(path)
    try:
        sheets = []
        for i, ws in enumerate(wb.worksheets):
            try:
                max_row, max_col = ws.max_row, ws.max_column
            except Exception:
                max_row = max_col = None
            sheets.append(SheetInfo(ws.title, i, getattr(ws, "sheet_state", "visible") or "visible", max_row, max_col))
    finally:
        wb.close()
    if not sheets:
        raise ImportFileError(f"Tệp {path.name} không có trang tính nào.")
    return WorkbookInfo(path, sheets)


# ---------------------------------------------------------------------------------------------
# rows
# ---------------------------------------------------------------------------------------------

_MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)\"")


def _scan_merges(archive: zipfile.ZipFile, member: str) -> list[str]:
    refs: list[str] = []
    tail = b""
    with archive.open(member) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            buf = tail + chunk
            if b"mergeCell" in buf:
                refs.extend(m.group(1).decode() for m in _MERGE_RE.finditer(buf))
                cut = buf.rfind(b"<")
                tail = buf[cut:] if cut >= 0 and b">" not in buf[cut:] else b""
            else:
                tail = buf[-200:]
    return list(dict.fromkeys(refs))


def _merges_from_refs(refs: list[str]) -> list[tuple[int, int, int, int]]:
    from openpyxl.utils.cell import range_boundaries

    out = []
    for ref in refs:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue
        if None not in (min_col, min_row, max_col, max_row):
            out.append((min_col, min_row, max_col, max_row))
    return out


class _Fonts:
    """style id → legacy encoding implied by the cell's font (cached)."""

    def __init__(self, wb):
        self.wb = wb
        self.cache: dict[int, int] = {}

    def __call__(self, style_id) -> int:
        try:
            return self.cache[style_id]
        except KeyError:
            pass
        kind = LEGACY_NONE
        try:
            style = self.wb._cell_styles[int(style_id or 0)]
            font = self.wb._fonts[style.fontId]
            kind = legacy_kind_of_font(getattr(font, "name", None))
        except (IndexError, AttributeError, TypeError, ValueError):
            kind = LEGACY_NONE
        self.cache[style_id] = kind
        return kind


def read_sheet(path: Path | str, sheet: str | None = None, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None, max_blank_run: int = MAX_BLANK_RUN,
               max_rows: int | None = None) -> RawSheet:
    """Read one sheet (the first visible one by default) into cleaned rows.

    ``max_rows`` stops after that many sheet rows (to peek at a sheet's first rows).
    """
    path = check_file(path)
    wb = _load(path)
    try:
        info_sheets = wb.worksheets
        if not info_sheets:
            raise ImportFileError(f"Tệp {path.name} không có trang tính nào.")
        if sheet is None:
            visible = [ws for ws in info_sheets if getattr(ws, "sheet_state", "visible") == "visible"]
            ws = (visible or info_sheets)[0]
        else:
            matches = [ws for ws in info_sheets if ws.title == sheet]
            if not matches:
                names = ", ".join(f"\"{w.title}\"" for w in info_sheets)
                raise ImportFileError(f"Tệp {path.name} không có trang tính \"{sheet}\" (các trang: {names}).")
            ws = matches[0]
        state = getattr(ws, "sheet_state", "visible") or "visible"
        try:
            claimed = ws.max_row
        except Exception:
            claimed = None
        try:
            with bulk_work():
                return _read_rows(wb, ws, path, state, claimed, progress, cancelled, max_blank_run, max_rows)
        except (ImportFileError, ImportCancelled):
            raise
        except MemoryError as exc:
            raise ImportFileError(f"Tệp {path.name} quá lớn để đọc trong bộ nhớ.") from exc
        except Exception as exc:  # a damaged sheet part (XML error, zlib error…)
            if _hostile_xml(exc):
                raise _hostile_xml_error(path.name) from exc
            raise ImportFileError(f"Trang tính \"{ws.title}\" của tệp {path.name} bị hỏng, không đọc được "
                                  f"({type(exc).__name__}: {exc}).") from exc
    finally:
        wb.close()


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _FORMULA, _INLINE = _NS + "row", _NS + "c", _NS + "v", _NS + "f", _NS + "is"
_MERGE, _COL = _NS + "mergeCell", _NS + "col"
_T, _RUN, _RFONT = _NS + "t", _NS + "r", _NS + "rPr/" + _NS + "rFont"
_COLUMN_LETTERS = re.compile(r"[A-Z]+")


def _column_index(coordinate: str, cache: dict[str, int]) -> int:
    m = _COLUMN_LETTERS.match(coordinate)
    if not m:
        return 0
    letters = m.group()
    idx = cache.get(letters)
    if idx is None:
        idx = 0
        for ch in letters:
            idx = idx * 26 + (ord(ch) - 64)
        cache[letters] = idx
    return idx


def _inline_text(node) -> str | InlineText:
    """The text of an inline string (plain or rich runs; phonetic runs ignored). A run in a
    legacy font (".VnTime"…) makes an :class:`InlineText` carrying that encoding."""
    parts = []
    legacy = LEGACY_NONE
    for child in node:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _RUN:
            t = child.find(_T)
            if t is not None:
                parts.append(t.text or "")
            font = child.find(_RFONT)
            if font is not None and not legacy:
                legacy = legacy_kind_of_font(font.get("val"))
    text = "".join(parts)
    return InlineText(text, legacy) if legacy else text


class InlineText(str):
    """Inline rich text whose runs use a legacy font."""

    legacy: int

    def __new__(cls, text: str, legacy: int):
        obj = super().__new__(cls, text)
        obj.legacy = legacy
        return obj


def _cell_value(el, wb, shared, date_styles, timedelta_styles):
    """(value, style id) of one <c> element; value None for an empty cell."""
    t = el.get("t", "n")
    style = el.get("s")
    if t == "inlineStr":
        child = el.find(_INLINE)
        if child is None:
            return None, style
        return _inline_text(child), style
    v = el.findtext(_VALUE)
    if v is None or v == "":
        if el.find(_FORMULA) is not None:
            return FORMULA_NO_VALUE, style
        return None, style
    if t == "n":
        try:
            value = float(v) if ("." in v or "E" in v or "e" in v) else int(v)
        except ValueError:  # a hand-made file with text in a number cell: keep the text
            return v, style
        if style is not None:
            sid = int(style)
            if sid in date_styles:
                from openpyxl.utils.datetime import from_excel

                try:
                    return from_excel(value, wb.epoch, timedelta=sid in timedelta_styles), style
                except (OverflowError, ValueError):
                    return CellError("#NGÀY?"), style
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        return value, style
    if t == "s":
        try:
            return shared[int(v)], style
        except (IndexError, ValueError):
            return CellError("#CHUỖI?"), style
    if t == "str":
        return v, style
    if t == "b":
        return v.strip() in ("1", "true"), style
    if t == "e":
        return CellError(v), style
    if t == "d":
        from openpyxl.utils.datetime import from_ISO8601

        try:
            return from_ISO8601(v), style
        except (ValueError, TypeError):
            return CellError("#NGÀY?"), style
    return v, style


def _read_rows(wb, ws, path: Path, state: str, claimed: int | None, progress, cancelled, max_blank_run: int,
               max_rows: int | None) -> RawSheet:
    from openpyxl.xml.functions import iterparse

    member = ws._worksheet_path
    fonts = _Fonts(wb)
    shared = wb.shared_strings
    date_styles = set(wb._date_formats)
    timedelta_styles = set(wb._timedelta_formats)
    text_cache: dict[tuple[str, int], tuple[str, bool]] = {}
    col_cache: dict[str, int] = {}
    rows: list[RawRow] = []
    raw = RawSheet(path, ws.title, state != "visible", rows, claimed_rows=claimed)
    blank_run = 0
    exhausted = True
    total = claimed or 0
    row_counter = 0
    merge_refs: list[str] = []
    n = 0
    with wb._archive.open(member) as src:
        for _event, el in iterparse(src):
            tag = el.tag
            if tag == _ROW:
                r = el.get("r")
                try:
                    row_counter = int(r) if r else row_counter + 1
                except ValueError:
                    row_counter = int(float(r))
                idx = row_counter
                n += 1
                if n % 500 == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(idx, max(total, idx), f"Đang đọc dòng {idx:,}".replace(",", "."))
                hidden = el.get("hidden") in ("1", "true")
                values: list = []
                formula_missing: list[int] = []
                converted = False
                col = 0
                for c in el:
                    if c.tag != _CELL:
                        continue
                    coord = c.get("r")
                    if coord:
                        letters = coord.rstrip("0123456789").upper()
                        col = col_cache.get(letters) or _column_index(letters, col_cache)
                    else:
                        col += 1
                    if col < 1 or col > MAX_COLUMNS:
                        continue
                    value, style = _cell_value(c, wb, shared, date_styles, timedelta_styles)
                    if value is None:
                        continue
                    if value is FORMULA_NO_VALUE:
                        formula_missing.append(col - 1)
                    elif isinstance(value, str):
                        legacy = fonts(style) if style else LEGACY_NONE
                        if not legacy and type(value) is InlineText:
                            legacy = value.legacy
                        key = (str(value), legacy)
                        hit = text_cache.get(key)
                        if hit is None:
                            hit = clean_cell_text(key[0], legacy)
                            if len(text_cache) < 200_000:
                                text_cache[key] = hit
                        value, conv = hit
                        if not value:
                            continue
                        if conv:
                            converted = True
                            raw.legacy_cells += 1
                    elif isinstance(value, datetime) and value.year < 1800:
                        value = CellError("#NGÀY?")
                    while len(values) < col - 1:
                        values.append(None)
                    if len(values) == col - 1:
                        values.append(value)
                    elif values[col - 1] is None:  # cells out of order in a hand-made file
                        values[col - 1] = value
                el.clear()
                if formula_missing:
                    raw.formula_missing += len(formula_missing)
                    if all(v is None or v is FORMULA_NO_VALUE for v in values):
                        values = []  # only formulas without a value: nothing to import here
                if not values:
                    blank_run += 1
                    if blank_run >= max_blank_run:
                        raw.stopped_at = idx
                        exhausted = False
                        break
                    continue
                blank_run = 0
                rows.append(RawRow(idx, values, hidden, tuple(formula_missing), converted))
                if max_rows is not None and idx >= max_rows:
                    exhausted = False
                    break
            elif tag == _MERGE:
                ref = el.get("ref")
                if ref:
                    merge_refs.append(ref)
            elif tag == _COL:
                if el.get("hidden") in ("1", "true"):
                    try:
                        lo, hi = int(el.get("min", 0)), int(el.get("max", 0))
                    except ValueError:
                        lo = hi = 0
                    raw.hidden_columns.extend(range(max(lo - 1, 0), min(hi, 200)))
    if not exhausted:
        merge_refs = _scan_merges(wb._archive, member)
    raw.merges = _merges_from_refs(merge_refs)
    if raw.stopped_at is not None:
        raw.notes.append(
            f"Đã dừng đọc ở dòng {raw.stopped_at:,}: sau {max_blank_run:,} dòng trống liên tiếp, phần còn lại của "
            f"trang tính (khai báo đến dòng {claimed or raw.stopped_at:,}) được coi là trống và không đọc tiếp."
            .replace(",", "."))
    if progress is not None:
        last = rows[-1].number if rows else 0
        progress(last, last, "Đã đọc xong trang tính")
    return raw
