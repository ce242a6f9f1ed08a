"""Validating rows and committing them: the plan (add / update / unchanged / reject, each row with
its reason), then one transaction of bulk inserts and updates with their audit-log rows.

:func:`analyze` only reads the database (the dry run). :func:`commit` runs the same analysis
inside ``store.tx()`` (``BEGIN IMMEDIATE``: nobody writes in between), backs the database up,
then hands the planned rows to the store's writer (``store.bulk``: derived values, audit rows,
status history, the search index); a cancel or any error rolls everything back.
"""

from __future__ import annotations

import re
import time
import unicodedata
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from dvdesk.domain import money, rules
from dvdesk.domain.catalog import EXEMPLARY_STATUSES
from dvdesk.domain.entities import Award, Decision, Initiative, Unit
from dvdesk.domain.errors import DvdeskError, ValidationError
from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import DocumentStyle, InitiativeKind, Status, SubjectKind, UnitLinkKind
from dvdesk.services.importers.catalogs import (
    CatalogMatcher,
    FormMatcher,
    FormNotFound,
    FormRec,
    PhaseIndex,
    UnitIndex,
    UnitRec,
    form_text_in_title,
    guess_level,
    proper_case,
)
from dvdesk.services.importers.layout import (
    IGNORE_REASONS,
    ROW_BLANK,
    ROW_DATA,
    ROW_FOOTER,
    ROW_SECTION,
    ROW_TOTAL,
    Layout,
    classify,
    column_letter,
    detect_layout,
    norm_header,
    norm_name,
)
from dvdesk.services.importers.reader import ImportCancelled, RawRow, RawSheet
from dvdesk.services.importers.recognize import year_from_title
from dvdesk.services.importers.report import ADD, REJECT, SAME, UPDATE, ImportReport, RowResult
from dvdesk.services.importers.specs import FIELDS, PRIMARY, FieldSpec
from dvdesk.services.importers.values import (
    DAY,
    FORMULA_NO_VALUE,
    GENDERS,
    KINDS,
    LEVELS,
    RATINGS,
    STATUSES,
    SUBJECTS,
    YEAR,
    ValueProblem,
    as_text,
    bulk_work,
    display,
    is_blank,
    parse_bool,
    parse_date_ex,
    parse_int,
    parse_money,
    parse_year,
)
from dvdesk.store.bulk import Cancelled as WriteCancelled
from dvdesk.store.derive import CodeAllocator, fold_cached

Progress = Callable[[int, int, str], None]
CHUNK = 2000


@dataclass
class ImportOptions:
    kind: str
    sheet: str | None = None
    header_rows: tuple[int, int] | None = None  # (first, last) sheet rows of the header, if not detected
    mapping: dict[int, str | None] = field(default_factory=dict)  # column index -> field key (None: ignore)
    existing: str = "update"  # a row matching an existing record: update | skip | reject
    skip_hidden_rows: bool = False
    decision_number: str = ""  # awards: defaults for rows without their own decision columns
    decision_date: date | None = None
    award_form: str = ""  # code or name
    backup: bool = True
    default_year: int | None = None  # rows with no date of their own and no year in the title
    create_forms: bool = False  # an award form the sheet names but the catalog lacks: create it (to verify)
    milestone: str = ""  # reviews: the milestone's key ("so-ket-2023")
    # called with each sheet's plan after its rows are checked and before anything is written (the
    # CLI prints the units it is about to create with the closest catalog names)
    before_write: Callable[[ImportReport], None] | None = field(default=None, repr=False, compare=False)


class ImportLayoutError(DvdeskError):
    """The sheet has no usable header (the message says what is missing)."""


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class _Row:
    """One data row being validated."""

    __slots__ = ("errors", "formula", "notes", "number", "raw", "rec")

    def __init__(self, raw: RawRow):
        self.raw = raw
        self.number = raw.number
        self.rec: dict[str, Any] = {}
        self.errors: list[str] = []
        self.notes: list[str] = []
        self.formula: dict[str, str] = {}  # field -> "formula without a cached value" message


# ---------------------------------------------------------------------------------------------
class BaseImporter:
    kind = ""
    table = ""

    def __init__(self, store, raw: RawSheet, layout: Layout, options: ImportOptions):
        self.store = store
        self.conn = store.conn
        self.raw = raw
        self.layout = layout
        self.options = options
        self.specs: dict[str, FieldSpec] = {f.key: f for f in FIELDS[self.kind]}
        self.mapped = {k: c for k, c in layout.mapped.items() if not k.startswith("_")}
        self.readers = [(k, c, self.specs[k], self.parser_for(self.specs[k])) for k, c in self.mapped.items()
                        if k in self.specs and self.specs[k].type != "skip"]
        self.results: list[RowResult] = []
        self.ignored: list[tuple[int, str]] = []
        self.blank = 0
        self.warnings: list[str] = []
        self.context: dict[str, Any] = {}
        self.tone = store.settings.tone_order()
        self.user = store.user
        self.source = raw.path.name
        self.units = UnitIndex(self.conn)
        self.blocks = CatalogMatcher("khối", [tuple(r) for r in self.conn.execute(
            "SELECT id, code, name FROM blocks WHERE deleted_at IS NULL ORDER BY sort_order, id")])
        self.new_units: dict[str, UnitRec] = {}
        self.new_unit_rows: dict[int, int] = {}
        self.unit_suggestions: dict[str, list[str]] = {}
        self.formula_rows: list[str] = []
        self.hidden_rows: list[int] = []

    # -- rows ------------------------------------------------------------------------------------
    def group(self, text: str, prefixed: bool = False) -> dict | None:
        """Context named by a group row (a block, a field…), or None."""
        b = self.blocks.find_in(text)
        return {"block": b} if b else None

    def data_rows(self, progress: Progress | None, cancelled) -> Iterator[RawRow]:
        header_norms = {c.index: norm_header(c.header) for c in self.layout.columns if c.field and c.header}
        total = len(self.raw.rows)
        layout_mapped = self.layout.mapped
        primary_col = layout_mapped.get(PRIMARY[self.kind])
        seen_data = False
        after_total = False
        for i, row in enumerate(self.raw.rows):
            if i % 1000 == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(i, total, f"Đang kiểm tra dòng {row.number:,}".replace(",", "."))
            if row.number <= self.layout.header_end:
                continue
            rk = classify(row, self.layout, self.group, header_norms, layout_mapped)
            if rk.kind == ROW_BLANK:
                self.blank += 1
                continue
            if rk.kind != ROW_DATA:
                if rk.kind == ROW_SECTION:
                    self.apply_section(rk.context, rk.text)
                elif rk.kind in (ROW_TOTAL, ROW_FOOTER) and seen_data:
                    after_total = True
                elif rk.kind == ROW_FOOTER and not fold_cached(rk.text).startswith(("ghi chu", "danh sach")):
                    after_total = True  # a signature under a table without rows (an empty decision's list)
                self.ignored.append((row.number, f"{IGNORE_REASONS[rk.kind]}: {rk.text}"))
                continue
            if after_total and is_blank(row.get(primary_col)):
                # below the totals: the signature block, a signer's name in some column
                text = " ".join(display(v) for v in row.values if not is_blank(v))
                self.ignored.append((row.number, f"{IGNORE_REASONS[ROW_FOOTER]}: {text}"))
                continue
            seen_data = True
            if row.hidden:
                if self.options.skip_hidden_rows:
                    self.ignored.append((row.number, "dòng bị ẩn (bỏ qua theo lựa chọn)"))
                    continue
                self.hidden_rows.append(row.number)
            yield row

    def apply_section(self, ctx: dict, text: str) -> None:
        major = bool(re.match(r"^\s*([IVXLC]+|[A-HĐ])\s*[.)/:\-–]", text)) or bool(
            re.match(r"^([IVXLC]+|[A-HĐ])\. ", text))
        if major:
            self.context = {}
        self.context.update(ctx)

    def read(self, raw: RawRow) -> _Row:
        """The row's mapped cells parsed by their field's type; problems become Vietnamese reasons."""
        r = _Row(raw)
        values = raw.values
        n = len(values)
        rec = r.rec
        for key, col, spec, parser in self.readers:
            value = values[col] if col < n else None
            if value is None:
                continue
            if value is FORMULA_NO_VALUE:
                self.formula_rows.append(f"{column_letter(col)}{raw.number}")
                msg = (f"{spec.label} (cột {column_letter(col)}) là công thức chưa có giá trị tính sẵn: hãy mở tệp "
                       "bằng Excel, lưu lại rồi nhập")
                r.formula[key] = msg
                r.notes.append(msg + " (bỏ trống ô này)")
                continue
            try:
                rec[key] = parser(value)
            except ValueProblem as exc:
                r.errors.append(f"{spec.label} (cột {column_letter(col)}): {exc}")
        return r

    @staticmethod
    def parser_for(spec: FieldSpec) -> Callable[[object], Any]:
        t = spec.type
        if t == "longtext":
            return lambda v: as_text(v, multiline=True)
        if t == "int":
            def non_negative(v):
                n = parse_int(v)
                if n < 0:
                    raise ValueProblem("không được âm")
                return n
            return non_negative
        return {"money": parse_money, "year": parse_year, "date": parse_date_ex, "bool": parse_bool}.get(t, as_text)

    @classmethod
    def parse(cls, spec: FieldSpec, value: object) -> Any:
        return cls.parser_for(spec)(value)

    def choice(self, r: _Row, key: str, vocab) -> str | None:
        if key not in r.rec:
            return None
        try:
            return vocab.parse(r.rec[key])
        except ValueProblem as exc:
            r.errors.append(f"{self.specs[key].label} (cột {column_letter(self.mapped[key])}): {exc}")
            return None

    def catalog(self, r: _Row, key: str, matcher: CatalogMatcher) -> int | None:
        if key not in r.rec:
            return None
        try:
            return matcher.match(r.rec[key])
        except ValueProblem as exc:
            r.errors.append(f"{self.specs[key].label} (cột {column_letter(self.mapped[key])}): {exc}")
            return None

    def date_of(self, r: _Row, key: str) -> date | None:
        v = r.rec.get(key)
        return v[0] if v else None

    def required(self, r: _Row, key: str) -> Any:
        v = r.rec.get(key)
        if v in (None, ""):
            spec = self.specs[key]
            if key in r.formula:
                r.errors.append(r.formula[key])
            elif key in self.mapped:
                r.errors.append(f"Thiếu {spec.label[0].lower() + spec.label[1:]} (cột {column_letter(self.mapped[key])}).")
            else:
                r.errors.append(f"Thiếu {spec.label[0].lower() + spec.label[1:]}.")
        return v

    # -- units ------------------------------------------------------------------------------------
    def unit_for(self, r: _Row, text: str, on: date, create: bool = True, key: str = "unit",
                 until: date | None = None) -> UnitRec | None:
        """The unit named ``text`` as it stood on ``on`` (or during ``on``–``until`` when only the year
        is known); an unknown name becomes a new unit marked "chưa xác minh"."""
        m = self.units.match(text, on, until)
        if m.problem:
            col = self.mapped.get(key)
            where = f" (cột {column_letter(col)})" if col is not None else ""
            r.errors.append(f"Đơn vị{where}: {m.problem}.")
            return None
        if m.unit is not None:
            if until is not None and m.unit.overlaps(on, until):
                return m.unit
            return self.units.valid_for(m.unit.id, on)
        if not create:
            return None
        k = norm_name(text)
        if not k:
            return None
        u = self.new_units.get(k)
        if u is None:
            level = guess_level(text) or "xa"
            if level == "huyen" and on > date(2025, 6, 30):
                level = "xa"
            u = UnitRec(self.units.max_id + 1, text, "", None, str(uuidlib.uuid4()), level, None, None, None,
                        verified=False, new=True)
            close = self.units.closest(text)
            self.units.add(u)
            self.new_units[k] = u
            self.new_unit_rows[u.id] = r.number
            self.unit_suggestions[text] = close
        close = self.unit_suggestions.get(text) or []
        r.notes.append(f"đơn vị \"{text}\" chưa có trong danh mục: tạo mới, chưa xác minh"
                       + (f" (tên gần giống: {'; '.join(close)})" if close else ""))
        return u

    def new_unit_writes(self) -> None:
        """The units this file named that the catalog did not have: created "chưa xác minh"."""
        if not self.new_units:
            return
        rows = [{"id": u.id, "uuid": u.uuid, "code": None, "name": u.name, "short_name": "", "level": u.level,
                 "block_id": None, "parent_id": None, "valid_from": None, "valid_to": None, "symbol": "",
                 "precedence": 1000, "verified": 0, "_row": self.new_unit_rows.get(u.id, "?"),
                 "note": f"Tạo tự động khi nhập tệp {self.source} (dòng {self.new_unit_rows.get(u.id, '?')}); "
                         "chưa xác minh."} for u in self.new_units.values()]
        self.store.bulk.insert("units", rows, source=self.source)

    # -- results ---------------------------------------------------------------------------------
    def reject(self, r: _Row, label: str = "") -> None:
        reason = " ".join(e if e.endswith(".") else e + "." for e in r.errors)
        self.results.append(RowResult(r.number, REJECT, label, reason, r.notes))

    def existing_policy(self, r: _Row, label: str, what: str) -> bool:
        """Apply the user's choice for rows matching an existing record; True = go on updating."""
        if self.options.existing == "skip":
            self.results.append(RowResult(r.number, SAME, label, f"đã có ({what}): bỏ qua theo lựa chọn", r.notes))
            return False
        if self.options.existing == "reject":
            r.errors.append(f"Trùng với bản ghi đã có ({what})")
            self.reject(r, label)
            return False
        return True

    def finish_warnings(self) -> None:
        if self.formula_rows:
            sample = ", ".join(self.formula_rows[:8])
            self.warnings.append(
                f"{len(self.formula_rows)} ô công thức chưa có giá trị tính sẵn (ví dụ {sample}): tệp được tạo bằng "
                "chương trình khác Excel hoặc chưa được tính lại. Hãy mở tệp bằng Excel, lưu lại rồi nhập.")
        if self.hidden_rows:
            sample = ", ".join(str(n) for n in self.hidden_rows[:10])
            self.warnings.append(
                f"{len(self.hidden_rows)} dòng đang bị ẩn trong bảng tính vẫn được đọc (dòng {sample}"
                f"{', …' if len(self.hidden_rows) > 10 else ''}). Chọn \"bỏ qua dòng ẩn\" nếu không muốn nhập chúng.")
        if self.raw.hidden_columns:
            mapped_hidden = [column_letter(c) for c in self.raw.hidden_columns if c in self.mapped.values()]
            if mapped_hidden:
                self.warnings.append("Các cột đang bị ẩn vẫn được đọc: " + ", ".join(mapped_hidden) + ".")
        if self.raw.sheet_hidden:
            self.warnings.append(f"Trang tính \"{self.raw.sheet}\" đang bị ẩn trong tệp.")
        self.warnings.extend(self.raw.notes)
        if self.raw.legacy_cells:
            self.warnings.append(f"Đã chuyển {self.raw.legacy_cells:,} ô từ phông chữ cũ (TCVN3/VNI) sang Unicode."
                                 .replace(",", "."))

    def report(self, dry_run: bool) -> ImportReport:
        rep = ImportReport(self.kind, self.raw.path, self.raw.sheet, dry_run, list(self.layout.header_rows),
                           list(self.layout.columns), self.results, self.ignored, self.blank, self.warnings,
                           [u.name for u in self.new_units.values()], [], raw=self.raw, layout=self.layout)
        rep.unit_suggestions = dict(self.unit_suggestions)
        return rep

    def insert_rows(self, items: list[dict], progress, cancelled, done0: int = 0, total: int | None = None) -> None:
        self.store.bulk.insert(self.table, items, source=self.source, progress=progress, cancelled=cancelled,
                               done0=done0, total=total)

    def update_rows(self, updates: list[tuple[int, dict, dict]], cancelled) -> None:
        self.store.bulk.update(self.table, updates, source=self.source, cancelled=cancelled,
                               status_log=(date.today(), f"Nhập từ tệp {self.source}"))

    # -- to implement ------------------------------------------------------------------------------
    def analyze(self, progress: Progress | None = None, cancelled=None) -> None:
        raise NotImplementedError

    def write(self, progress: Progress | None = None, cancelled=None) -> None:
        """Hand the planned rows to the store (inside the caller's transaction)."""
        raise NotImplementedError

    @property
    def has_writes(self) -> bool:
        return any(r.action in (ADD, UPDATE) for r in self.results) or bool(self.new_units)


# ---------------------------------------------------------------------------------------------
INITIATIVE_COLUMNS = (
    "id", "uuid", "code", "kind", "subject_kind", "name", "name_sort", "unit_id", "unit_name", "phase_id", "year",
    "field_id", "block_id", "person_name", "person_sort", "person_position", "registered_on", "situation", "goals",
    "methods", "area", "target_group", "lead_force", "partners", "participants", "budget", "workdays", "socialized",
    "start_date", "progress", "evaluation_date", "outputs", "sustainability", "status", "rating",
    "recognition_level", "recognition_decision", "recognition_date", "exemplary", "replication_count", "tags",
    "search_text", "note",
)
_TEXT_FIELDS = ("situation", "goals", "methods", "area", "target_group", "lead_force", "partners", "participants",
                "progress", "outputs", "sustainability", "note", "recognition_decision", "person_position")
_PLAIN = ("budget", "workdays", "socialized", "replication_count")
_DATES = ("start_date", "evaluation_date", "recognition_date")
_DIRECT = frozenset(_TEXT_FIELDS + _PLAIN)
_EXEMPLARY_SUFFIX = re.compile(r"(.*?)\s*\((?:mô hình |điển hình )?tiêu biểu\)", re.IGNORECASE)
_DATE_SET = frozenset(_DATES)
_ROW_DEFAULTS = {**dict.fromkeys(INITIATIVE_COLUMNS), **dict.fromkeys((*_TEXT_FIELDS, "tags", "person_name"), ""),
                 **dict.fromkeys(_PLAIN, 0)}


class InitiativeImporter(BaseImporter):
    kind = table = "initiatives"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        c = self.conn
        self.fields = CatalogMatcher("lĩnh vực", [tuple(r) for r in c.execute(
            "SELECT id, code, name FROM fields WHERE deleted_at IS NULL ORDER BY sort_order, id")])
        self.phases = PhaseIndex(c)
        self.by_uuid: dict[str, tuple[int, bool]] = {}
        self.by_code: dict[str, tuple[int, bool]] = {}
        self.by_key: dict[tuple, list[int]] = {}
        self.code_of: dict[int, str] = {}
        self.max_id = 0
        for iid, uid, code, name, unit_id, year, deleted in c.execute(
                "SELECT id, uuid, code, name, unit_id, year, deleted_at FROM initiatives"):
            self.max_id = max(self.max_id, iid)
            self.by_uuid[uid.lower()] = (iid, bool(deleted))
            self.by_code[code.lower()] = (iid, bool(deleted))
            self.code_of[iid] = code
            if not deleted:
                self.by_key.setdefault((fold(name), unit_id, year), []).append(iid)
        self.adds: list[dict] = []
        self.matches: list[tuple[_Row, int, dict, str]] = []
        self.updates: list[tuple[int, dict, dict]] = []
        self.title_year = year_from_title(self.layout.title_lines)
        self.year_sources: dict[str, int] = {}

    def group(self, text: str, prefixed: bool = False) -> dict | None:
        f = self.fields.find_in(text)
        if f:
            return {"field": f}
        g = super().group(text, prefixed)
        if g:
            return g
        if prefixed and (self.units.by_name.get(norm_name(text)) or ("," in text and self.units.candidates(text)[0])):
            return {"unit_text": text}
        return None

    def kind_of(self, r: _Row) -> tuple[str | None, str | None]:
        """"Mô hình", "Điển hình", or "Điển hình cá nhân"/"Điển hình tập thể" (kind and subject)."""
        text = r.rec["kind"]
        words = norm_name(text)
        for suffix, subject in ((" ca nhan", SubjectKind.CA_NHAN), (" tap the", SubjectKind.TAP_THE)):
            if words.endswith(suffix) and words[: -len(suffix)].strip() in ("dien hinh", "mo hinh"):
                return (InitiativeKind.DIEN_HINH if words.startswith("dien") else InitiativeKind.MO_HINH), subject
        return self.choice(r, "kind", KINDS), None

    def analyze(self, progress=None, cancelled=None) -> None:
        seen_uuid: dict[str, int] = {}
        seen_code: dict[str, int] = {}
        seen_key: dict[tuple, int] = {}
        taken_codes: set[str] = set()
        pending: list[tuple[_Row, dict]] = []
        for raw in self.data_rows(progress, cancelled):
            r = self.read(raw)
            rec = r.rec
            ctx = self.context
            name = rec.get("name", "")
            person = rec.get("person_name", "")
            kind, kind_subject = self.kind_of(r) if "kind" in rec else (ctx.get("kind", InitiativeKind.MO_HINH), None)
            subject = self.choice(r, "subject_kind", SUBJECTS) if "subject_kind" in rec else (
                kind_subject or ctx.get("subject") or (SubjectKind.CA_NHAN if person else SubjectKind.TAP_THE))
            if "," in person and not rec.get("person_position"):
                # "Người thực hiện" as our lists print it: "Nguyễn Văn An, Trưởng ấp"
                head, _, position = person.partition(",")
                if not looks_like_person(position.strip()):
                    person = rec["person_name"] = head.strip()
                    rec["person_position"] = position.strip()
            if not name and subject == SubjectKind.CA_NHAN and person:
                name = person
            if not name:
                self.required(r, "name")
            if subject == SubjectKind.CA_NHAN and not person and name and "person_name" not in self.mapped:
                person, position = person_from_title(name)
                rec["person_name"] = person
                if position and "person_position" not in rec:
                    rec["person_position"] = position
            reg = rec.get("registered_on")
            registered_on = reg[0] if reg and reg[1] != YEAR else None
            year = rec.get("year") or (reg[0].year if reg else None)
            year_from = ""
            if year is None:  # the row's other dates, the title's year, the year chosen once
                own = next((rec[k][0].year for k in ("start_date", "evaluation_date", "recognition_date")
                            if rec.get(k)), None)
                if own is not None:
                    year, year_from = own, "ngày trong dòng"
                elif self.title_year is not None:
                    year, year_from = self.title_year, "tiêu đề danh sách"
                elif self.options.default_year:
                    year, year_from = self.options.default_year, "năm chọn khi nhập"
                if year is not None:
                    self.year_sources[year_from] = self.year_sources.get(year_from, 0) + 1
            if year is None:
                r.errors.append(r.formula.get("year") or r.formula.get("registered_on")
                                or "Thiếu năm: dòng không có cột \"Năm\" hay ngày nào, tiêu đề danh sách không ghi "
                                   "năm (hãy ghi năm, hoặc chọn năm mặc định khi nhập: --year).")
            phase_id = None
            if year is not None:
                if "phase" in rec:
                    try:
                        phase_id, pcode, s, e = self.phases.match(rec["phase"])
                        if not (s <= year <= e):
                            r.errors.append(f"Năm {year} không thuộc giai đoạn {pcode}.")
                    except ValueProblem as exc:
                        r.errors.append(f"Giai đoạn: {exc}.")
                else:
                    hit = self.phases.for_year(year)
                    if hit is None:
                        r.errors.append(f"Năm {year} không thuộc giai đoạn nào (hãy thêm giai đoạn trong danh mục).")
                    else:
                        phase_id = hit[0]
            unit = None
            unit_text = rec.get("unit") or ctx.get("unit_text", "")
            on = registered_on or (date(year, 1, 1) if year and 1 <= year <= 9999 else date.today())
            if unit_text:
                year_only = registered_on is None and year and 1 <= year <= 9999
                unit = self.unit_for(r, unit_text, on, until=date(year, 12, 31) if year_only else None)
            elif "unit" not in r.rec:
                self.required(r, "unit")
            field_id = self.catalog(r, "field", self.fields) if "field" in rec else ctx.get("field")
            block_id = self.catalog(r, "block", self.blocks) if "block" in rec else ctx.get("block")
            status = None
            if "status" in rec:
                text = rec["status"]
                m = _EXEMPLARY_SUFFIX.fullmatch(text) if "(" in text else None
                if m:  # "Công nhận (tiêu biểu)", as our lists print it
                    rec["status"] = m.group(1)
                    rec.setdefault("exemplary", True)
                status = self.choice(r, "status", STATUSES)
            rating = self.choice(r, "rating", RATINGS) if "rating" in rec else None
            level = self.choice(r, "recognition_level", LEVELS) if "recognition_level" in rec else None
            if r.errors:
                self.reject(r, name)
                continue
            values: dict[str, Any] = {
                "kind": kind, "subject_kind": subject, "name": name, "unit_id": unit.id if unit else None,
                "unit_name": unit.name if unit else "", "phase_id": phase_id, "year": year,
                "person_name": person,
            }
            provided = set(values)
            if "kind" not in rec and "kind" not in ctx:
                provided.discard("kind")
            if "subject_kind" not in rec and "subject" not in ctx and not kind_subject:
                provided.discard("subject_kind")
            if "person_name" not in rec:
                provided.discard("person_name")
            if "year" not in rec and not reg and not year_from:
                provided.discard("year")
                provided.discard("phase_id")
            if field_id is not None:
                values["field_id"] = field_id
                provided.add("field_id")
            if block_id is not None:
                values["block_id"] = block_id
                provided.add("block_id")
            if registered_on is not None:
                values["registered_on"] = registered_on
                provided.add("registered_on")
            for k, v in rec.items():
                if k in _DIRECT:
                    values[k] = v
                    provided.add(k)
                elif k in _DATE_SET:
                    values[k] = v[0]
                    provided.add(k)
            if "tags" in rec:
                values["tags"] = "; ".join(t.strip() for t in rec["tags"].replace(",", ";").split(";") if t.strip())
                provided.add("tags")
            if status:
                values["status"] = status
                provided.add("status")
            if rating:
                values["rating"] = rating
                provided.add("rating")
            if level:
                values["recognition_level"] = level
                provided.add("recognition_level")
            if "exemplary" in rec:
                values["exemplary"] = rec["exemplary"]
                provided.add("exemplary")
            values["_provided"] = provided
            # duplicates in the file, then records already in the database
            uid = rec.get("uuid", "").lower()
            code = rec.get("code", "")
            values["_name_fold"] = name_fold = fold(name)
            key = (name_fold, values["unit_id"], year)
            # a row carrying its own UUID or code is identified by it; otherwise by name, unit and year
            identified = bool(uid or code)
            dup = (seen_uuid.get(uid) if uid else None) or (seen_code.get(code.lower()) if code else None) \
                or (None if identified else seen_key.get(key))
            if dup:
                what = "UUID" if uid and seen_uuid.get(uid) else "mã" if code and seen_code.get(code.lower()) else \
                    "tên, đơn vị, năm"
                r.errors.append(f"Trùng với dòng {dup} trong tệp (cùng {what})")
                self.reject(r, name)
                continue
            match_id = None
            how = ""
            if uid and uid in self.by_uuid:
                match_id, deleted = self.by_uuid[uid]
                how = "cùng UUID"
                if deleted:
                    r.errors.append(f"UUID trùng với mô hình {self.code_of[match_id]} đang ở thùng rác (hãy khôi "
                                    "phục bản ghi đó trước)")
            if code and code.lower() in self.by_code:
                cid, deleted = self.by_code[code.lower()]
                if match_id is not None and cid != match_id:
                    r.errors.append(f"UUID và mã \"{code}\" thuộc hai bản ghi khác nhau")
                elif deleted:
                    r.errors.append(f"Mã \"{code}\" trùng với mô hình đang ở thùng rác (hãy khôi phục bản ghi đó trước)")
                match_id, how = cid, how or "cùng mã"
            if match_id is None and not identified and unit is not None and not unit.new:
                ids = self.by_key.get(key, [])
                if len(ids) == 1:
                    match_id, how = ids[0], "cùng tên, đơn vị, năm"
                elif len(ids) > 1:
                    codes = ", ".join(self.code_of[i] for i in ids[:5])
                    r.errors.append(f"Trùng tên, đơn vị, năm với nhiều bản ghi đã có ({codes}): hãy ghi mã để chỉ rõ")
            if r.errors:
                self.reject(r, name)
                continue
            if uid:
                seen_uuid[uid] = r.number
            if code:
                seen_code[code.lower()] = r.number
            seen_key[key] = r.number
            if match_id is not None:
                if self.existing_policy(r, name, f"{self.code_of[match_id]}, {how}"):
                    self.matches.append((r, match_id, values, how))
                continue
            # the domain's rules, on a light stand-in for Initiative (30,000 dataclasses cost time)
            entity = SimpleNamespace(
                name=name, unit_id=values["unit_id"], phase_id=phase_id, year=year, kind=kind, subject_kind=subject,
                person_name=person, registered_on=values.get("registered_on"), start_date=values.get("start_date"),
                evaluation_date=values.get("evaluation_date"), recognition_date=values.get("recognition_date"),
                budget=values.get("budget", 0), workdays=values.get("workdays", 0),
                socialized=values.get("socialized", 0), replication_count=values.get("replication_count", 0),
                status=values.get("status", Status.DANG_KY), rating=values.get("rating"),
                recognition_level=values.get("recognition_level"))
            errors = rules.validate_initiative(entity)
            if errors:
                r.errors.extend(errors.values())
                self.reject(r, name)
                continue
            if uid:
                values["uuid"] = rec["uuid"]
            if code:
                values["code"] = code
                taken_codes.add(code.lower())
            pending.append((r, values))
        # codes for new records (after the file's own codes are known), then the rows to insert
        next_id = self.max_id
        codes = CodeAllocator(self.conn, taken_codes | set(self.by_code))
        for r, values in pending:
            next_id += 1
            code = values.get("code") or codes.next(values["year"])
            unit = self.units.units.get(values["unit_id"])
            block_id = values.get("block_id") or (unit.block_id if unit else None)
            row = dict(_ROW_DEFAULTS)
            row.update(values)
            del row["_provided"], row["_name_fold"]
            status = values.get("status", Status.DANG_KY)
            row.update({"id": next_id, "uuid": values.get("uuid") or str(uuidlib.uuid4()), "code": code,
                        "block_id": block_id, "status": status,
                        "exemplary": int(values.get("exemplary", False) or status in EXEMPLARY_STATUSES)})
            for k in ("registered_on", *_DATES):
                row[k] = _iso(row[k])
            row["_row"] = r.number
            self.adds.append(row)
            self.results.append(RowResult(r.number, ADD, values["name"], f"mã {code}", r.notes))
        self._diff_matches()
        for source, n in self.year_sources.items():
            self.warnings.append(f"{n} dòng không có cột năm: năm lấy theo {source}"
                                 + (f" ({self.title_year})" if source == "tiêu đề danh sách" else
                                    f" ({self.options.default_year})" if source == "năm chọn khi nhập" else "") + ".")
        self.finish_warnings()

    def _diff_matches(self) -> None:
        if not self.matches:
            return
        ids = [m for _, m, _, _ in self.matches]
        existing = self.store.bulk.rows_by_id("initiatives", ids)
        for r, match_id, values, how in self.matches:
            before = existing[match_id]
            provided = values["_provided"]
            changes: dict[str, Any] = {}
            for k in provided:
                new = values[k]
                if isinstance(new, date):
                    new = new.isoformat()
                elif isinstance(new, bool):
                    new = int(new)
                if k == "unit_id" and new is None:
                    continue
                if before.get(k) != new:
                    changes[k] = new
            if "unit_id" not in changes:
                changes.pop("unit_name", None)
            merged = {**before, **changes}
            if changes:
                entity = Initiative(
                    name=merged["name"], unit_id=merged["unit_id"], phase_id=merged["phase_id"], year=merged["year"],
                    kind=merged["kind"], subject_kind=merged["subject_kind"], person_name=merged["person_name"] or "",
                    status=merged["status"], rating=merged["rating"], recognition_level=merged["recognition_level"],
                    budget=merged["budget"], workdays=merged["workdays"], socialized=merged["socialized"],
                    replication_count=merged["replication_count"],
                    **{k: date.fromisoformat(merged[k]) if merged[k] else None for k in ("registered_on", *_DATES)})
                errors = rules.validate_initiative(entity)
                errors.pop("unit_id", None)
                phase = self.conn.execute("SELECT start_year, end_year, code FROM phases WHERE id = ?",
                                          (merged["phase_id"],)).fetchone()
                if phase and not (phase[0] <= merged["year"] <= phase[1]):
                    errors["year"] = f"Năm {merged['year']} không thuộc giai đoạn {phase[2]}."
                if errors:
                    r.errors.extend(errors.values())
                    self.reject(r, values["name"])
                    continue
                if "exemplary" not in changes and changes.get("status") in EXEMPLARY_STATUSES:
                    changes["exemplary"] = 1
            label = f"{before['code']} — {values['name']}"
            visible = [k for k in changes if k != "unit_name"]
            if visible:
                self.updates.append((match_id, changes, before))
                self.results.append(RowResult(r.number, UPDATE, label, f"{how}; sửa: {', '.join(visible)}", r.notes))
            else:
                self.results.append(RowResult(r.number, SAME, label, f"đã có ({how}), không có gì thay đổi", r.notes))

    def write(self, progress=None, cancelled=None) -> None:
        self.new_unit_writes()
        self.insert_rows(self.adds, progress, cancelled, 0, len(self.adds) + len(self.updates) + 1)
        if self.updates:
            self.update_rows(self.updates, cancelled)


# ---------------------------------------------------------------------------------------------
_DECISION_RE = re.compile(r"(?:quyết\s*định|qđ)\s*số\s*:?\s*([0-9][^\s,;()]*)", re.IGNORECASE)
_DATE_RE = re.compile(r"ngày\s*(\d{1,2})\s*(?:tháng|/|-|\.)\s*(\d{1,2})\s*(?:năm|/|-|\.)\s*(\d{4})", re.IGNORECASE)
# Family names (first word of a Vietnamese person's name, Khmer names included) and words that
# only appear in the names of organisations: how a row that does not say "tập thể" or "cá nhân"
# is told apart.
_SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đoàn đinh lâm trương mai cao tô tạ
châu lương thái triệu la kim danh thạch sơn lữ hà quách tăng tiêu chung đào đồng mạc khúc kiều âu diệp giang
hứa lạc lục nông ông phó phùng quan tống trịnh từ vương bạch doãn hầu khổng khương lưu nghiêm ninh thân thi
văn lò lầu vàng sùng thào mùa hoàng lã nhan tôn trình ứng viên yên chu chế cù đàm đậu đường giáp hàn kha
khưu lại lăng liêu lô mã mạnh nghị ngọ nhâm phí phương quảng sầm tiết trác trang vi vưu
""".split())
_ORG_WORDS = frozenset("""
xã phường hội ban ủy ty ấp khu phòng sở cục viện đội nhóm thôn khóm huyện tỉnh quận ubnd đảng bộ thể
""".split())


def _nfc_lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


def decision_from_title(lines: list[str]) -> tuple[str, date | None]:
    """("12-QĐ/BDVTU", 10/10/2025) from "(Kèm theo Quyết định số 12-QĐ/BDVTU ngày 10/10/2025 …)"."""
    text = " ".join(lines)
    m = _DECISION_RE.search(text)
    if not m:
        return "", None
    number = m.group(1).rstrip(".,;:")
    when = None
    d = _DATE_RE.search(text, m.end())
    if d:
        try:
            when = date(int(d.group(3)), int(d.group(2)), int(d.group(1)))
        except ValueError:
            when = None
    return number, when


_ISSUER_RE = re.compile(r"(?:quyết\s*định|qđ)\s*số\b.*?\bcủa\s+(.+?)\s*(?:\)|về\s+việc|v/v|$)", re.IGNORECASE)


def issuer_from_title(lines: list[str]) -> str:
    """The body that issued the decision a list is attached to: "(Kèm theo Quyết định số 123-QĐ/TU
    ngày 10/10/2023 của Ban Thường vụ Tỉnh ủy)" → "Ban Thường vụ Tỉnh ủy"; "" when not written."""
    for line in lines:
        m = _ISSUER_RE.search(" ".join(line.split()))
        if m:
            return proper_case(m.group(1).strip(" .,;"))
    return ""


def issuer_of_form(form_name: str) -> str:
    """"Bằng khen của Ban Thường vụ Tỉnh ủy" → "Ban Thường vụ Tỉnh ủy"."""
    m = re.search(r"\bcủa\s+(.+)$", form_name, re.IGNORECASE)
    return m.group(1).strip() if m else ""


_AUTHORITY = re.compile(r"^(t\s*/\s*m|tm\.?|k\s*/\s*t|kt\.?|q\.?\s*truong|q\s*/\s*)\s*\b", re.IGNORECASE)
_SIGNER_TITLES = ("bi thu", "pho bi thu", "truong ban", "pho truong ban", "chu tich", "pho chu tich",
                  "giam doc", "pho giam doc", "thuong truc", "uy vien")
_NOT_NAME = re.compile(r"^\(?\s*(da ky|ky|ky ten|ky, ghi ro|ky, dong dau|dau)", re.IGNORECASE)


def signer_from_rows(rows: list[RawRow]) -> tuple[str, str, str]:
    """(authority, title, name) of the signature block under a list: "T/M BAN THƯỜNG VỤ" /
    "PHÓ BÍ THƯ" / "(đã ký)" / "Nguyễn Văn An". ("", "", "") when the sheet has none."""
    cells: list[tuple[int, int, str]] = []
    for r in rows:
        for c, v in enumerate(r.values):
            if isinstance(v, str) and v.strip():
                for part in v.split("\n"):
                    if part.strip():
                        cells.append((r.number, c, " ".join(part.split())))
    start = None
    for k, (_, _, t) in enumerate(cells):
        f = fold(t)
        if _AUTHORITY.match(f) or (t == t.upper() and f.strip(" .:") in _SIGNER_TITLES):
            start = k
    if start is None:
        return "", "", ""
    # the LAST authority line starts the block (a "Nơi nhận" list may come before it)
    first = cells[start]
    for k in range(start, -1, -1):
        f = fold(cells[k][2])
        if _AUTHORITY.match(f) and abs(cells[k][1] - first[1]) <= 2 and first[0] - cells[k][0] <= 2:
            start, first = k, cells[k]
    col = first[1]
    below = [t for (n, c, t) in cells[start:] if abs(c - col) <= 2 and n >= first[0]]
    authority = title = name = ""
    if _AUTHORITY.match(fold(below[0])):
        authority = below[0]
        rest = below[1:]
    else:
        rest = below
    for t in rest:
        f = fold(t).strip(" .:")
        if authority and not title and _AUTHORITY.match(f):  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"
            authority = f"{authority}\n{t}"
            continue
        if not title and t == t.upper() and any(f == w or f.startswith(w + " ") for w in _SIGNER_TITLES):
            title = t
            continue
        if _NOT_NAME.match(f) or f.startswith("noi nhan"):
            continue
        candidate = t.title() if t == t.upper() else t
        if looks_like_person(candidate):
            name = candidate
    return authority, title, name


def person_from_title(name: str) -> tuple[str, str]:
    """The person an individual exemplar's title names: "Nguyễn Văn An — Gương người tốt việc tốt"
    or "Bùi Văn Hiển (Trưởng Công an xã)" → (person, position or "")."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m and looks_like_person(m.group(1)):
        return m.group(1), m.group(2)
    head = re.split(r"\s+[—–-]\s+", name, maxsplit=1)[0]
    return (head if looks_like_person(head) else name), ""


def looks_like_person(name: str) -> bool:
    """"Nguyễn Văn An" yes; "Hội Nông dân xã Vĩnh Hòa", "Công an tỉnh" no."""
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    low = [_nfc_lower(w) for w in words]
    return low[0] in _SURNAMES and not (set(low) & _ORG_WORDS)


@dataclass
class _PlannedDecision:
    id: int
    number: str
    signed_on: date
    form: FormRec
    first_row: int


@dataclass
class _PlannedIssuer:
    id: int
    text: str  # "Ban Thường vụ Tỉnh ủy"
    first_row: int


def _issuer_kind(text: str) -> str:
    f = norm_name(text)
    if "trung uong" in f:
        return "ban_tw"
    if "uy ban nhan dan" in f or "chu tich" in f:
        return "ubnd"
    if re.search(r"\b(thuong vu|ban chap hanh|tinh uy|huyen uy|thanh uy|dang uy)\b", f) and not f.startswith("ban dan"):
        return "cap_uy" if not re.match(r"ban (dan van|tuyen giao)", f) else "ban"
    return "ban"


def _body_code(text: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", fold(norm_name(text)).upper()).strip("_")[:40] or "KHAC"


class AwardImporter(BaseImporter):
    kind = table = "awards"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        c = self.conn
        self.forms = FormMatcher(c)
        self.rates = {}
        self.salaries = [(date.fromisoformat(d), a) for d, a in c.execute(
            "SELECT valid_from, amount FROM base_salaries ORDER BY valid_from")]
        self.decisions: dict[str, list[tuple[int, date, int, str]]] = {}
        self.decision_ids: dict[int, tuple[str, date, int]] = {}
        for did, number, nfold, signed, form_id in c.execute(
                "SELECT id, number, number_fold, signed_on, form_id FROM decisions WHERE deleted_at IS NULL"):
            self.decisions.setdefault(nfold, []).append((did, date.fromisoformat(signed[:10]), form_id, number))
            self.decision_ids[did] = (number, date.fromisoformat(signed[:10]), form_id)
        self.planned: dict[tuple[str, date], _PlannedDecision] = {}
        self.decision_cache: dict[tuple, tuple[Any, str | None]] = {}
        self.by_uuid: dict[str, tuple[int, bool]] = {}
        self.by_key: dict[tuple, list[tuple[int, int | None, str, str, str]]] = {}
        self.max_id = 0
        for aid, uid, did, kind, nfold, unit_id, unit_text, position, achievement, deleted in c.execute(
                "SELECT id, uuid, decision_id, recipient_kind, name_fold, unit_id, unit_text, position, achievement, "
                "deleted_at FROM awards"):
            self.max_id = max(self.max_id, aid)
            self.by_uuid[uid.lower()] = (aid, bool(deleted))
            if not deleted:
                self.by_key.setdefault((did, kind, nfold), []).append(
                    (aid, unit_id, fold(unit_text), fold(position), fold(achievement)))
        self.initiatives: dict[str, int] | None = None
        self.adds: list[dict] = []
        self.matches: list[tuple[_Row, int, dict, str]] = []
        self.updates: list[tuple[int, dict, dict]] = []
        # decision defaults: the options, else the list's title ("Kèm theo Quyết định số … ngày …")
        t_number, t_date = decision_from_title(self.layout.title_lines)
        self.default_number = self.options.decision_number.strip() or t_number
        self.default_date = self.options.decision_date or t_date
        self.default_form = self.options.award_form.strip()
        self.default_form_rec: FormRec | None = None
        if not self.default_form and self.layout.title_lines:
            self.default_form_rec = self.forms.find_in_title(" ".join(self.layout.title_lines))
        title = " ".join(self.layout.title_lines)
        # a form the title names that the catalog lacks: refused naming it, or created when confirmed
        self.title_form_text = ""
        if not self.default_form and self.default_form_rec is None and title:
            self.title_form_text = form_text_in_title(title)
        self.title_issuer = issuer_from_title(self.layout.title_lines)
        self.signer = signer_from_rows(self.raw.rows[-40:]) if self.raw.rows else ("", "", "")
        self.issuers = [(iid, norm_name(name), norm_name(authority)) for iid, name, authority in c.execute(
            "SELECT id, name, authority FROM issuers WHERE deleted_at IS NULL ORDER BY sort_order, id")]
        self.new_forms: dict[str, FormRec] = {}
        self.new_form_rows: dict[int, int] = {}
        self.missing_forms: dict[str, int] = {}  # forms refused (not in the catalog) -> first row
        self.new_issuers: dict[str, _PlannedIssuer] = {}
        if t_number and not self.options.decision_number.strip():
            form_name = self.default_form_rec.name if self.default_form_rec else self.title_form_text
            self.warnings.append(f"Lấy quyết định từ tiêu đề danh sách: số {t_number}"
                                 + (f" ngày {t_date:%d/%m/%Y}" if t_date else "")
                                 + (f" của {self.title_issuer}" if self.title_issuer else "")
                                 + (f", {form_name}" if form_name else "") + ".")
        if any(self.signer):
            self.warnings.append("Người ký (theo phần chữ ký cuối danh sách): "
                                 + " — ".join(x for x in self.signer if x) + ".")
        self.guessed_kind = 0

    def plan_form(self, text: str, row: int) -> FormRec:
        """A form the sheet names and the catalog lacks, to be created (flagged to verify)."""
        name = proper_case(text)
        key = norm_name(name)
        f = self.new_forms.get(key)
        if f is None:
            f = FormRec(-(len(self.new_forms) + 1), "", name, True, tokens=frozenset(key.split()))
            self.new_forms[key] = f
            self.new_form_rows[f.id] = row
        return f

    def issuer_id_for(self, text: str, row: int) -> int | None:
        """The issuer (table ``issuers``) named ``text``: an existing one, else a planned one."""
        if not text:
            return None
        key = norm_name(text)
        for iid, name, authority in self.issuers:
            if key in (name, authority):
                return iid
        p = self.new_issuers.get(key)
        if p is None:
            p = self.new_issuers[key] = _PlannedIssuer(-(len(self.new_issuers) + 1), text, row)
        return p.id

    def rates_for(self, form_id: int) -> money.AwardFormRates:
        if form_id < 0:  # a form created by this import: no coefficients yet
            f = next(f for f in self.new_forms.values() if f.id == form_id)
            return money.AwardFormRates("", f.name, True, ())
        if form_id not in self.rates:
            self.rates[form_id] = self.store.award_forms.rates(form_id)
        return self.rates[form_id]

    def resolve_decision(self, number: str, when: date | None, form_text: str | None,
                         form_rec: FormRec | None, row: int) -> tuple[Any, str | None]:
        """(decision id, or a planned decision, or None; problem)."""
        key = (fold(number), when, form_text, form_rec.id if form_rec else None)
        if key in self.decision_cache:
            return self.decision_cache[key]
        result = self._resolve_decision(number, when, form_text, form_rec, row)
        self.decision_cache[key] = result
        return result

    def _resolve_decision(self, number, when, form_text, form_rec, row):
        nfold = fold(number)
        form = form_rec
        if form_text:
            try:
                form = self.forms.match(form_text)
            except FormNotFound as exc:
                if not self.options.create_forms:
                    self.missing_forms.setdefault(proper_case(exc.text), row)
                    where = " (ghi ở tiêu đề danh sách)" if form_text == self.title_form_text else ""
                    return None, (f"{exc}{where}: dòng không được nhập. Hãy thêm hình thức này vào danh mục, hoặc "
                                  "xác nhận tạo mới (trình hướng dẫn nhập; dòng lệnh: --create-forms)")
                form = self.plan_form(exc.text, row)
            except ValueProblem as exc:
                return None, str(exc)
        existing = self.decisions.get(nfold, [])
        if when is not None:
            same = [d for d in existing if d[1] == when]
            if same:
                did, _, form_id, num = same[0]
                if form is not None and form.id != form_id and form_text:
                    return None, (f"hình thức \"{form.name}\" khác với hình thức của quyết định {num} đã có "
                                  f"({self.forms.by_id[form_id].name if form_id in self.forms.by_id else form_id})")
                return did, None
            clash = [d for d in existing if d[1].year == when.year]
            if clash:
                return None, (f"quyết định số {clash[0][3]} đã có, ký ngày {clash[0][1]:%d/%m/%Y}, khác ngày trong tệp "
                              f"({when:%d/%m/%Y})")
        else:
            if len(existing) == 1:
                did, _, form_id, num = existing[0]
                if form is not None and form.id != form_id and form_text:
                    return None, f"hình thức \"{form.name}\" khác với hình thức của quyết định {num} đã có"
                return did, None
            if len(existing) > 1:
                dates = ", ".join(f"{d[1]:%d/%m/%Y}" for d in existing[:5])
                return None, f"có nhiều quyết định số {number} (ngày {dates}): hãy ghi ngày quyết định"
            return None, (f"quyết định số {number} chưa có trong chương trình: cần ngày quyết định để tạo mới "
                          "(cột \"Ngày quyết định\")")
        planned = self.planned.get((nfold, when))
        if planned is not None:
            if form is not None and form.id != planned.form.id:
                return None, (f"hình thức \"{form.name}\" khác với hình thức \"{planned.form.name}\" của quyết định "
                              f"số {number} ở dòng {planned.first_row}")
            return planned, None
        if form is None:
            return None, (f"quyết định số {number} chưa có trong chương trình: cần hình thức khen thưởng để tạo mới "
                          "(cột \"Hình thức khen thưởng\")")
        if not (rules.MIN_DATE <= when <= rules.MAX_DATE):
            return None, f"ngày quyết định {when:%d/%m/%Y} không hợp lệ"
        planned = _PlannedDecision(-(len(self.planned) + 1), number, when, form, row)
        self.planned[(nfold, when)] = planned
        return planned, None

    def analyze(self, progress=None, cancelled=None) -> None:
        seen: dict[tuple, int] = {}
        seen_uuid: dict[str, int] = {}
        pending: list[tuple[_Row, dict]] = []
        kind_known = "recipient_kind" in self.mapped
        for raw in self.data_rows(progress, cancelled):
            r = self.read(raw)
            rec = r.rec
            ctx = self.context
            name = rec.get("recipient_name", "")
            if not name:
                self.required(r, "recipient_name")
            # recipient kind: column, section ("I. TẬP THỂ"), or a guess from the row
            if "recipient_kind" in rec:
                kind = self.choice(r, "recipient_kind", SUBJECTS)
            elif ctx.get("subject"):
                kind = ctx["subject"]
            else:
                person_hint = any(k in rec for k in ("position", "birth_year", "gender")) or (
                    "position_unit" in rec and not kind_known)
                kind = SubjectKind.CA_NHAN if person_hint or looks_like_person(name) else SubjectKind.TAP_THE
                self.guessed_kind += 1
            # decision
            number = rec.get("decision_number") or self.default_number
            dd = rec.get("decision_date")
            when = dd[0] if dd else self.default_date
            if dd and dd[1] != DAY:
                r.errors.append(f"Ngày quyết định \"{display(dd[0])}\" cần đủ ngày, tháng, năm")
            form_text = rec.get("form") or self.default_form or (
                self.title_form_text if self.default_form_rec is None else "")
            decision: Any = None
            if not number:
                r.errors.append("Chưa có số quyết định khen thưởng (cột \"Số quyết định\" hoặc dòng \"Kèm theo Quyết "
                                "định số … ngày …\" ở đầu danh sách)")
            elif not r.errors:
                decision, problem = self.resolve_decision(number, when, form_text or None,
                                                          None if form_text else self.default_form_rec, r.number)
                if problem:
                    r.errors.append(problem[0].upper() + problem[1:])
            if r.errors or kind is None:
                self.reject(r, name)
                continue
            if isinstance(decision, _PlannedDecision):
                signed_on, form_id, decision_id = decision.signed_on, decision.form.id, decision.id
            else:
                _, signed_on, form_id = self.decision_ids[decision]
                decision_id = decision
            # recipient's unit
            unit: UnitRec | None = None
            unit_text = ""
            position = rec.get("position", "")
            if "unit" in rec:
                unit = self.unit_for(r, rec["unit"], signed_on)
                written = rec["unit"].strip().lower()
                by_code = written in self.units.by_code or written in self.units.by_uuid
                unit_text = unit.name if unit is not None and by_code else self.units.written_name(rec["unit"])
            elif "position_unit" in rec:
                pos, unit, unit_text = self.units.split_position_unit(rec["position_unit"], signed_on)
                if unit is not None:
                    unit = self.units.valid_for(unit.id, signed_on)
                if not position:
                    position = pos
                elif pos and fold(pos) != fold(position):
                    position = f"{position}, {pos}"
            elif kind == SubjectKind.TAP_THE and name:
                m = self.units.match(name, signed_on)
                unit = m.unit and self.units.valid_for(m.unit.id, signed_on)
            if unit is not None and not unit_text:
                unit_text = unit.name
            initiative_id = None
            if "initiative_code" in rec:
                if self.initiatives is None:
                    self.initiatives = {code.lower(): iid for iid, code in self.conn.execute(
                        "SELECT id, code FROM initiatives WHERE deleted_at IS NULL")}
                initiative_id = self.initiatives.get(rec["initiative_code"].lower())
                if initiative_id is None:
                    r.notes.append(f"không có mô hình mã \"{rec['initiative_code']}\": để trống liên kết")
            gender = self.choice(r, "gender", GENDERS) if "gender" in rec else None
            birth_year = rec.get("birth_year")
            # money: coefficient x base salary in force on the decision date
            try:
                if form_id < 0:  # a form this import creates: no coefficients yet, the money as printed
                    coefficient, amount, salary = Decimal(0), 0, 0
                else:
                    coefficient, amount = money.award_amount(self.rates_for(form_id), kind, signed_on, self.salaries)
                    salary = money.base_salary_on(signed_on, self.salaries) if amount else 0
            except ValidationError as exc:
                r.errors.append(str(exc))
                coefficient, amount, salary = Decimal(0), 0, 0
            override = ""
            if "amount" in rec and rec["amount"] != amount and not r.errors:
                printed = rec["amount"]
                computed = f"{amount:,} đ".replace(",", ".") if form_id > 0 else "chưa tính được (hình thức mới)"
                override = (f"Số tiền theo danh sách đã ký: {printed:,} đ; tính theo quy định: ".replace(",", ".")
                            + computed)
                r.notes.append(f"số tiền in trong danh sách {printed:,} đ khác số tiền tính theo quy định "
                               .replace(",", ".") + f"({computed}): giữ số tiền như in")
                amount = printed
            entity = Award(decision_id=decision_id, recipient_kind=kind, recipient_name=name, position=position,
                           gender=gender, birth_year=birth_year, amount=amount)
            r.errors.extend(rules.validate_award(entity).values())
            if r.errors:
                self.reject(r, name)
                continue
            values = {
                "decision_id": decision_id, "recipient_kind": kind, "recipient_name": name,
                "name_fold": fold(name), "position": position, "unit_id": unit.id if unit else None,
                "unit_text": unit_text, "birth_year": birth_year, "gender": gender,
                "achievement": rec.get("achievement", ""), "initiative_id": initiative_id,
                "coefficient": str(coefficient), "base_salary": salary, "amount": amount,
                "amount_override_reason": override,
            }
            provided = {"recipient_kind", "recipient_name", "name_fold", "coefficient", "base_salary", "amount",
                        "amount_override_reason"}
            if position or "position" in rec or "position_unit" in rec:
                provided.add("position")
            if unit is not None or "unit" in rec or "position_unit" in rec:
                provided |= {"unit_id", "unit_text"}
            provided |= {k for k in ("birth_year", "gender", "achievement") if k in rec}
            if initiative_id is not None:
                provided.add("initiative_id")
            values["_provided"] = provided
            ukey = unit.id if unit else fold(unit_text or position)
            # the same person twice in one decision is a duplicate, unless for another achievement
            key = (decision_id, kind, values["name_fold"], ukey, fold(values["achievement"]))
            uid = rec.get("uuid", "").lower()
            dup = seen_uuid.get(uid) if uid else seen.get(key)
            if dup:
                what = "cùng UUID" if uid else "cùng quyết định, cùng người/tập thể"
                r.errors.append(f"Trùng với dòng {dup} trong tệp ({what})")
                self.reject(r, name)
                continue
            match_id = None
            how = ""
            if uid and uid in self.by_uuid:
                match_id, deleted = self.by_uuid[uid]
                how = "cùng UUID"
                if deleted:
                    r.errors.append("UUID trùng với khen thưởng đang ở thùng rác (hãy khôi phục bản ghi đó trước)")
            if match_id is None and not uid and decision_id > 0:
                cands = self.by_key.get((decision_id, kind, values["name_fold"]), [])
                if len(cands) > 1:
                    narrowed = [c for c in cands if (unit and c[1] == unit.id) or (
                        fold(unit_text) and c[2] == fold(unit_text)) or (fold(position) and c[3] == fold(position))]
                    cands = narrowed if narrowed else cands
                if len(cands) > 1:
                    same = [c for c in cands if c[4] == fold(values["achievement"])]
                    cands = same if same else cands
                if len(cands) == 1:
                    match_id, how = cands[0][0], "cùng quyết định, cùng người/tập thể"
                elif len(cands) > 1:
                    r.errors.append("Trùng với nhiều khen thưởng đã có trong cùng quyết định: hãy ghi rõ đơn vị")
            if r.errors:
                self.reject(r, name)
                continue
            seen[key] = r.number
            if uid:
                seen_uuid[uid] = r.number
                values["uuid"] = rec["uuid"]
            label = f"{name} ({'tập thể' if kind == 'tap_the' else 'cá nhân'})"
            if match_id is not None:
                if self.existing_policy(r, label, how):
                    self.matches.append((r, match_id, values, how))
                continue
            pending.append((r, values))
        next_id = self.max_id
        for r, values in pending:
            next_id += 1
            row = {k: v for k, v in values.items() if not k.startswith("_")}
            row["id"] = next_id
            row["uuid"] = values.get("uuid") or str(uuidlib.uuid4())
            row["_row"] = r.number
            self.adds.append(row)
            kind_label = "tập thể" if values["recipient_kind"] == SubjectKind.TAP_THE else "cá nhân"
            self.results.append(RowResult(r.number, ADD, f"{values['recipient_name']} ({kind_label})",
                                          f"{values['amount']:,} đ".replace(",", "."), r.notes))
        self._diff_matches()
        if self.guessed_kind:
            self.warnings.append(f"{self.guessed_kind} dòng không ghi tập thể hay cá nhân (không có cột \"Đối tượng\" "
                                 "và không nằm dưới dòng \"I. TẬP THỂ\"/\"II. CÁ NHÂN\"): chương trình đoán theo tên.")
        self.finish_warnings()

    def _diff_matches(self) -> None:
        if not self.matches:
            return
        ids = [m for _, m, _, _ in self.matches]
        existing = self.store.bulk.rows_by_id("awards", ids)
        for r, match_id, values, how in self.matches:
            before = existing[match_id]
            changes = {k: values[k] for k in values["_provided"] if before.get(k) != values[k]}
            visible = [k for k in changes if k != "name_fold"]
            label = f"{values['recipient_name']}"
            if visible:
                self.updates.append((match_id, changes, before))
                self.results.append(RowResult(r.number, UPDATE, label, f"{how}; sửa: {', '.join(visible)}", r.notes))
            else:
                self.results.append(RowResult(r.number, SAME, label, f"đã có ({how}), không có gì thay đổi", r.notes))

    @property
    def has_writes(self) -> bool:
        return super().has_writes or bool(self.planned) or bool(self.new_forms)

    def decision_issuer(self, p: _PlannedDecision) -> str:
        """Who issued a new decision: the title's "Quyết định số … của …", else the issuer of the
        form it awards ("Bằng khen của Ban Thường vụ Tỉnh ủy"), else the office itself ("")."""
        text = self.title_issuer or issuer_of_form(p.form.name)
        return "" if self.is_office(text) else text

    def is_office(self, text: str) -> bool:
        """The office itself ("Ban Tuyên giáo và Dân vận Tỉnh ủy"): its decisions keep the agency
        profile's names."""
        if not text:
            return True
        agency = self.store.settings.agency()
        own = norm_name(agency.get("issuing_body", ""))
        return bool(own) and norm_name(text).startswith(own)

    def plan_issuers(self) -> None:
        for p in self.planned.values():
            self.issuer_id_for(self.decision_issuer(p), p.first_row)
        for f in self.new_forms.values():
            text = issuer_of_form(f.name)
            if not self.is_office(text):
                self.issuer_id_for(text, self.new_form_rows.get(f.id, 0))

    def write(self, progress=None, cancelled=None) -> None:
        self.new_unit_writes()
        self.plan_issuers()
        issuer_ids: dict[int, int] = {}
        if self.new_issuers:
            agency = self.store.settings.agency()
            rows = []
            for p in self.new_issuers.values():
                kind = _issuer_kind(p.text)
                rows.append({
                    "uuid": str(uuidlib.uuid4()), "body": _body_code(p.text), "kind": kind,
                    "name": p.text.upper(), "authority": p.text.upper(),
                    "parent_name": agency.get("parent_body", "") if kind == "ban" else "",
                    "style": DocumentStyle.STATE if kind == "ubnd" else DocumentStyle.PARTY,
                    "numbering": "year" if kind == "ubnd" else "term", "sort_order": 900,
                    "note": f"Tạo khi nhập tệp {self.source} (dòng {p.first_row}): cần kiểm tra lại (chưa xác minh).",
                    "_row": p.first_row})
            ids = self.store.bulk.insert("issuers", rows, source=self.source)
            issuer_ids = {p.id: i for p, i in zip(self.new_issuers.values(), ids, strict=True)}
        form_ids: dict[int, int] = {}
        if self.new_forms:
            taken = {code for (code,) in self.conn.execute("SELECT code FROM award_forms")}
            rows = []
            for f in self.new_forms.values():
                base = "KIEM_TRA_" + _body_code(f.name)[:40]
                code, k = base, 1
                while code in taken:
                    k += 1
                    code = f"{base}_{k}"
                taken.add(code)
                issuer = issuer_of_form(f.name)
                body = ""
                if issuer:
                    body = _body_code(issuer)
                rows.append({"code": code, "name": f.name, "carries_money": 1, "sort_order": 900,
                             "issuer_body": body, "_row": self.new_form_rows.get(f.id, 0)})
            ids = self.store.bulk.insert("award_forms", rows, source=self.source)
            form_ids = {f.id: i for f, i in zip(self.new_forms.values(), ids, strict=True)}
        authority, title, name = self.signer
        real: dict[int, int] = {}
        for p in self.planned.values():
            form_id = form_ids.get(p.form.id, p.form.id)
            issuer_text = self.decision_issuer(p)
            kind = _issuer_kind(issuer_text) if issuer_text else ""
            style = DocumentStyle.STATE if ("ubnd" in fold(p.number) or p.form.code.startswith("BK_UBND")
                                            or kind == "ubnd") else DocumentStyle.PARTY
            d = self.store.decisions.create(Decision(
                number=p.number, signed_on=p.signed_on, form_id=form_id, style=style,
                issuer_name=issuer_text.upper(), signer_authority=authority, signer_title=title, signer_name=name,
                issuer_symbol=p.number.rsplit("/", 1)[-1].strip() if issuer_text and "/" in p.number else ""))
            real[p.id] = d.id
            if issuer_text:
                iid = self.issuer_id_for(issuer_text, p.first_row)
                iid = issuer_ids.get(iid, iid)
                before = self.store.bulk.rows_by_id("decisions", [d.id])[d.id]
                change = {"issuer_id": iid}
                if kind != "ban":  # the agency's parent body is not this issuer's
                    change["issuer_parent"] = ""
                self.store.bulk.update("decisions", [(d.id, change, before)], source=self.source)
        for row in self.adds:
            if row["decision_id"] < 0:
                row["decision_id"] = real[row["decision_id"]]
        self.insert_rows(self.adds, progress, cancelled, 0, len(self.adds) + len(self.updates) + 1)
        if self.updates:
            self.update_rows(self.updates, cancelled)

    def report(self, dry_run: bool) -> ImportReport:
        rep = super().report(dry_run)
        rep.new_decisions = [f"số {p.number} ngày {p.signed_on:%d/%m/%Y}"
                             + (f" của {self.decision_issuer(p)}" if self.decision_issuer(p) else "")
                             + f" ({p.form.name})" for p in self.planned.values()]
        rep.new_forms = [f"{f.name} (chưa xác minh)" for f in self.new_forms.values()]
        rep.missing_forms = list(self.missing_forms)
        return rep


# ---------------------------------------------------------------------------------------------
UNIT_COLUMNS = ("id", "uuid", "code", "name", "short_name", "name_fold", "level", "block_id", "parent_id", "valid_from",
                "valid_to", "symbol", "precedence", "verified", "note")


class UnitImporter(BaseImporter):
    kind = table = "units"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.existing_ids = set(self.units.units)
        self.adds: list[dict] = []
        self.updates: list[tuple[int, dict, dict]] = []
        self.links: list[tuple[int, int, str, str]] = []
        self.planned_refs: list[tuple[_Row, dict, int]] = []

    def group(self, text: str, prefixed: bool = False) -> dict | None:
        try:
            return {"level": LEVELS.parse(text)}
        except ValueProblem:
            return super().group(text, prefixed)

    def analyze(self, progress=None, cancelled=None) -> None:
        c = self.conn
        by_name_from: dict[tuple[str, date | None], list[int]] = {}
        for u in self.units.units.values():
            by_name_from.setdefault((norm_name(u.name), u.valid_from), []).append(u.id)
        seen: dict[tuple, int] = {}
        seen_code: dict[str, int] = {}
        seen_uuid: dict[str, int] = {}
        existing_rows = {r[0]: dict(zip([d[0] for d in c.execute("SELECT * FROM units LIMIT 0").description], r,
                                        strict=True)) for r in c.execute("SELECT * FROM units")}
        next_id = self.units.max_id
        planned: list[tuple[_Row, dict, int | None]] = []
        for raw in self.data_rows(progress, cancelled):
            r = self.read(raw)
            rec = r.rec
            name = self.required(r, "name") or ""
            level = self.choice(r, "level", LEVELS) if "level" in rec else (
                self.context.get("level") or guess_level(name))
            if level is None and "level" not in rec and name:
                r.errors.append("Chưa có cấp đơn vị (Trung ương, Tỉnh, Huyện, Xã/cơ sở) và không đoán được từ tên")
            block_id = self.catalog(r, "block", self.blocks) if "block" in rec else self.context.get("block")
            valid_from = self.date_of(r, "valid_from")
            valid_to = self.date_of(r, "valid_to")
            entity = Unit(name=name, level=level or "xa", short_name=rec.get("short_name", ""),
                          valid_from=valid_from, valid_to=valid_to)
            if name and level:
                r.errors.extend(v for k, v in rules.validate_unit(entity).items() if k != "name")
            code = rec.get("code", "")
            uid = rec.get("uuid", "").lower()
            key = (norm_name(name), valid_from)
            identified = bool(uid or code)  # two units may share a name: a code or UUID tells them apart
            dup = (seen_code.get(code.lower()) if code else None) or (seen_uuid.get(uid) if uid else None) or (
                None if identified else seen.get(key))
            if dup and not r.errors:
                what = "cùng mã hoặc UUID" if identified else "cùng tên và ngày hiệu lực"
                r.errors.append(f"Trùng với dòng {dup} trong tệp ({what})")
            if r.errors:
                self.reject(r, name)
                continue
            match_id = None
            how = ""
            if uid and uid in self.units.by_uuid:
                match_id, how = self.units.by_uuid[uid], "cùng UUID"
            if code and code.lower() in self.units.by_code:
                cid = self.units.by_code[code.lower()]
                if match_id is not None and cid != match_id:
                    r.errors.append(f"UUID và mã \"{code}\" thuộc hai đơn vị khác nhau")
                match_id, how = cid, how or "cùng mã"
            if match_id is None and not identified:
                ids = by_name_from.get(key, [])
                if not ids and valid_from is None:
                    ids = [i for i in self.units.by_name.get(norm_name(name), []) if i in self.existing_ids]
                if len(ids) == 1:
                    match_id, how = ids[0], "cùng tên"
                elif len(ids) > 1:
                    r.errors.append(f"Trùng tên với {len(ids)} đơn vị đã có: hãy ghi mã đơn vị hoặc ngày hiệu lực")
            if match_id is not None and match_id not in self.existing_ids:
                match_id = None
            if r.errors:
                self.reject(r, name)
                continue
            seen[key] = r.number
            if code:
                seen_code[code.lower()] = r.number
            if uid:
                seen_uuid[uid] = r.number
            values = {"name": name, "short_name": rec.get("short_name", ""), "level": level,
                      "block_id": block_id, "valid_from": _iso(valid_from), "valid_to": _iso(valid_to),
                      "symbol": rec.get("symbol", ""), "precedence": rec.get("precedence", 1000),
                      "note": rec.get("note", ""), "code": code or None}
            values["name_fold"] = fold(values["name"] + " " + values["short_name"])
            provided = {"name", "name_fold", "level"} | {k for k in ("short_name", "symbol", "precedence", "note", "code")
                                                          if k in rec}
            if block_id is not None:
                provided.add("block_id")
            provided |= {k for k in ("valid_from", "valid_to") if k in rec}
            values["_provided"] = provided
            if match_id is not None:
                if not self.existing_policy(r, name, how):
                    continue
                planned.append((r, values, match_id))
                continue
            next_id += 1
            u = UnitRec(next_id, name, values["short_name"], values["code"], rec.get("uuid") or str(uuidlib.uuid4()),
                        level, block_id, valid_from, valid_to, values["precedence"], True, True)
            values["uuid"] = u.uuid
            self.units.add(u)
            planned.append((r, values, None))
            self.planned_refs.append((r, values, u.id))
        # parents and predecessors may name rows anywhere in the file: resolve after reading all
        id_of_row = {r.number: uid for r, _, uid in self.planned_refs}
        for r, values, match_id in planned:
            unit_id = match_id if match_id is not None else id_of_row[r.number]
            rec = r.rec
            vf = date.fromisoformat(values["valid_from"]) if values["valid_from"] else None
            if "parent" in rec:
                parent = self._ref(rec["parent"], vf or date.today())
                if parent is None:
                    r.notes.append(f"không tìm thấy đơn vị cấp trên \"{rec['parent']}\": để trống")
                elif parent == unit_id:
                    r.notes.append("đơn vị cấp trên trùng chính nó: để trống")
                else:
                    values["parent_id"] = parent
                    values["_provided"].add("parent_id")
            if "predecessors" in rec:
                names = [p.strip() for p in re.split(r"[;\n]", rec["predecessors"]) if p.strip()]
                if vf is None:
                    r.notes.append("có đơn vị tiền thân nhưng chưa có ngày hiệu lực: chưa ghi liên kết")
                else:
                    preds = []
                    for p in names:
                        pid = self._ref(p, vf - timedelta(days=1))
                        if pid is None or pid == unit_id:
                            r.notes.append(f"không tìm thấy đơn vị tiền thân \"{p}\"")
                        else:
                            preds.append(pid)
                    kind = UnitLinkKind.RENAME if len(preds) == 1 else UnitLinkKind.MERGE
                    self.links.extend((pid, unit_id, kind, vf.isoformat()) for pid in preds)
        existing_links = set(self.conn.execute("SELECT predecessor_id, successor_id FROM unit_links").fetchall())
        self.links = [lk for lk in dict.fromkeys(self.links) if (lk[0], lk[1]) not in existing_links]
        for r, values, match_id in planned:
            if match_id is None:
                unit_id = id_of_row[r.number]
                row = {k: None for k in UNIT_COLUMNS}
                row.update({k: v for k, v in values.items() if not k.startswith("_")})
                row.update({"id": unit_id, "verified": 1, "short_name": values["short_name"] or "",
                            "symbol": values["symbol"] or "", "note": values["note"] or "", "_row": r.number})
                self.adds.append(row)
                self.results.append(RowResult(r.number, ADD, values["name"], "", r.notes))
                continue
            before = existing_rows[match_id]
            changes = {k: values[k] for k in values["_provided"] if k in values and before.get(k) != values[k]}
            if "verified" in before and not before["verified"]:
                changes["verified"] = 1
            visible = [k for k in changes if k != "name_fold"]
            new_links = [lk for lk in self.links if lk[1] == match_id]
            if visible:
                self.updates.append((match_id, changes, before))
                self.results.append(RowResult(r.number, UPDATE, values["name"], f"sửa: {', '.join(visible)}", r.notes))
            elif new_links:
                self.results.append(RowResult(r.number, UPDATE, values["name"], "thêm liên kết đơn vị tiền thân",
                                              r.notes))
            else:
                self.results.append(RowResult(r.number, SAME, values["name"], "đã có, không có gì thay đổi", r.notes))
        self.finish_warnings()

    def _ref(self, text: str, on: date) -> int | None:
        code = self.units.by_code.get(text.strip().lower())
        if code:
            return code
        m = self.units.match(text, on)
        return m.unit.id if m.unit else None

    @property
    def has_writes(self) -> bool:
        return super().has_writes or bool(self.links)

    def write(self, progress=None, cancelled=None) -> None:
        total = len(self.adds) + len(self.updates) + 1
        # parents may be rows of this file inserted later: insert without, then set them
        rows = [{**row, "parent_id": None} for row in self.adds]
        self.insert_rows(rows, progress, cancelled, 0, total)
        by_id = {row["id"]: row for row in rows}
        parents = [(row["id"], {"parent_id": row["parent_id"]}, by_id[row["id"]]) for row in self.adds
                   if row["parent_id"]]
        if parents:
            self.store.bulk.update("units", parents, source=self.source, cancelled=cancelled)
        if self.updates:
            self.update_rows(self.updates, cancelled)
        self.store.bulk.unit_links(self.links, source=self.source)


class ReviewImporter(BaseImporter):
    """An office's list of the models recognized (or tiêu biểu) at a milestone, written as that
    milestone's reviews: one per initiative and milestone (added, or updated when it exists)."""

    kind = table = "reviews"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        c = self.conn
        key = (self.options.milestone or "").strip()
        row = c.execute("SELECT id, year, name, held_on FROM milestones WHERE key = ? AND deleted_at IS NULL",
                        (key,)).fetchone() if key else None
        if row is None:
            keys = ", ".join(k for (k,) in c.execute(
                "SELECT key FROM milestones WHERE deleted_at IS NULL ORDER BY year, key"))
            what = f"Không có mốc \"{key}\"" if key else "Chưa chọn mốc sơ kết, tổng kết (--milestone)"
            raise ImportLayoutError(f"{what}. Các mốc: {keys or '(chưa có)'}.")
        self.milestone_id, self.year, self.milestone_name, held = row
        self.held_on = date.fromisoformat(held[:10]) if held else None
        self.forms = FormMatcher(c)
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[tuple[int, int, str]]] = {}
        self.label: dict[int, str] = {}
        for iid, code, name, unit_id, unit_name in c.execute(
                "SELECT id, code, name, unit_id, unit_name FROM initiatives WHERE deleted_at IS NULL"):
            self.by_code[code.lower()] = iid
            self.by_name.setdefault(fold(name), []).append((iid, unit_id, norm_name(unit_name)))
            self.label[iid] = f"{code} — {name}"
        self.existing = {iid: rid for rid, iid in c.execute(
            "SELECT id, initiative_id FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL",
            (self.milestone_id,))}
        self.adds: list[dict] = []
        self.updates: list[tuple[int, dict, dict]] = []

    def group(self, text: str, prefixed: bool = False) -> dict | None:
        f = fold(text)
        if "tieu bieu" in f:
            return {"exemplary": True}
        return super().group(text, prefixed)

    def find(self, r: _Row) -> int | None:
        rec = r.rec
        code = rec.get("code", "").strip()
        if code:
            iid = self.by_code.get(code.lower())
            if iid is None:
                r.errors.append(f"Không có mô hình mã \"{code}\"")
            return iid
        name = rec.get("name", "")
        if not name:
            r.errors.append("Thiếu mã và tên mô hình, điển hình: không biết dòng này đánh giá mô hình nào")
            return None
        cands = self.by_name.get(fold(name), [])
        unit_text = rec.get("unit", "")
        if unit_text and cands:  # the unit as written, as it stood during the phase, or its predecessors
            ids: set[int] = set()
            for cid in self.units.candidates(unit_text)[0]:
                ids |= {cid, *self.units.links.get(cid, ())}
            written = norm_name(unit_text)
            cands = [c for c in cands if c[1] in ids or c[2] == written]
        if len(cands) == 1:
            return cands[0][0]
        if not cands:
            where = f" của đơn vị \"{unit_text}\"" if unit_text else ""
            r.errors.append(f"Không tìm thấy mô hình \"{name}\"{where} (hãy ghi mã mô hình)")
        else:
            codes = ", ".join(self.label[c[0]].split(" — ")[0] for c in cands[:5])
            r.errors.append(f"Tên \"{name}\" khớp {len(cands)} mô hình ({codes}): hãy ghi mã hoặc đơn vị")
        return None

    def analyze(self, progress=None, cancelled=None) -> None:
        seen: dict[int, int] = {}
        planned: list[tuple[_Row, int, dict]] = []
        recognized_default = "recognized" not in self.mapped
        for raw in self.data_rows(progress, cancelled):
            r = self.read(raw)
            rec = r.rec
            iid = self.find(r)
            rating = self.choice(r, "rating", RATINGS) if "rating" in rec else None
            level = self.choice(r, "recognition_level", LEVELS) if "recognition_level" in rec else None
            form_id = None
            if rec.get("proposed_form"):
                try:
                    form_id = self.forms.match(rec["proposed_form"]).id
                except ValueProblem as exc:
                    r.errors.append(f"{self.specs['proposed_form'].label} (cột "
                                    f"{column_letter(self.mapped['proposed_form'])}): {exc}")
            if iid is not None and iid in seen:
                r.errors.append(f"Trùng với dòng {seen[iid]} trong tệp (cùng mô hình)")
            label = self.label.get(iid, rec.get("name", "") or rec.get("code", ""))
            if r.errors:
                self.reject(r, label)
                continue
            seen[iid] = r.number
            values: dict[str, Any] = {}
            if rating:
                values["rating"] = rating
            values["recognized"] = int(rec.get("recognized", True) if not recognized_default else True)
            exemplary = rec.get("exemplary", self.context.get("exemplary"))
            if exemplary is not None:
                values["exemplary"] = int(bool(exemplary))
            if form_id is not None:
                values["proposed_form_id"] = form_id
            if "summary" in rec:
                values["summary"] = rec["summary"]
            when = self.date_of(r, "reviewed_on") or self.held_on
            if when is not None:
                values["reviewed_on"] = when.isoformat()
            if level:
                values["recognition_level"] = level
            if "recognition_decision" in rec:
                values["recognition_decision"] = rec["recognition_decision"]
            rd = self.date_of(r, "recognition_date")
            if rd is not None:
                values["recognition_date"] = rd.isoformat()
            planned.append((r, iid, values))
        existing = self.store.bulk.rows_by_id("reviews", [self.existing[i] for _, i, _ in planned
                                                          if i in self.existing])
        for r, iid, values in planned:
            label = self.label[iid]
            rid = self.existing.get(iid)
            if rid is None:
                row = {"initiative_id": iid, "milestone_id": self.milestone_id, "recognized": 1, "exemplary": 0,
                       "summary": "", **values, "_row": r.number}
                self.adds.append(row)
                what = "tiêu biểu" if row["exemplary"] else "công nhận" if row["recognized"] else "đánh giá"
                self.results.append(RowResult(r.number, ADD, label, f"{self.milestone_name}: {what}", r.notes))
                continue
            if not self.existing_policy(r, label, "đã có kết quả đánh giá ở mốc này"):
                continue
            before = existing[rid]
            changes = {k: v for k, v in values.items() if before.get(k) != v}
            if changes:
                self.updates.append((rid, changes, before))
                self.results.append(RowResult(r.number, UPDATE, label, f"sửa: {', '.join(changes)}", r.notes))
            else:
                self.results.append(RowResult(r.number, SAME, label, "đã có, không có gì thay đổi", r.notes))
        if recognized_default and planned:
            self.warnings.append(f"Không có cột \"Được công nhận\": mọi mô hình trong danh sách được ghi là được "
                                 f"công nhận ở mốc {self.milestone_name}.")
        self.finish_warnings()

    def write(self, progress=None, cancelled=None) -> None:
        self.insert_rows(self.adds, progress, cancelled, 0, len(self.adds) + len(self.updates) + 1)
        if self.updates:
            self.store.bulk.update("reviews", self.updates, source=self.source, cancelled=cancelled)


IMPORTERS: dict[str, type[BaseImporter]] = {
    "initiatives": InitiativeImporter,
    "awards": AwardImporter,
    "units": UnitImporter,
    "reviews": ReviewImporter,
}


# ---------------------------------------------------------------------------------------------
def prepare_layout(raw: RawSheet, options: ImportOptions, layout: Layout | None = None) -> Layout:
    """The layout to use: detected (or given), with the user's column corrections applied."""
    layout = layout or detect_layout(raw, options.kind, options.header_rows)
    if options.mapping:
        layout = layout.with_mapping(options.mapping)
    if layout.problem:
        raise ImportLayoutError(layout.problem)
    return layout


def _phase(progress: Progress | None, lo: int, hi: int) -> Progress | None:
    if progress is None:
        return None

    def inner(done: int, total: int, text: str) -> None:
        frac = (done / total) if total else 1.0
        progress(lo + int((hi - lo) * min(max(frac, 0.0), 1.0)), 1000, text)

    return inner


def analyze(store, raw: RawSheet, options: ImportOptions, layout: Layout | None = None,
            progress: Progress | None = None, cancelled=None) -> ImportReport:
    """The dry run: what would be added, updated, skipped and rejected (nothing is written)."""
    t0 = time.perf_counter()
    layout = prepare_layout(raw, options, layout)
    imp = IMPORTERS[options.kind](store, raw, layout, options)
    with bulk_work():
        imp.analyze(progress, cancelled)
    rep = imp.report(dry_run=True)
    rep.seconds = time.perf_counter() - t0
    return rep


def commit(store, raw: RawSheet, options: ImportOptions, layout: Layout | None = None,
           progress: Progress | None = None, cancelled=None) -> ImportReport:
    """Import one sheet for real: see :func:`commit_many`."""
    return commit_many(store, [(raw, layout)], options, progress, cancelled)[0]


def commit_many(store, sheets: list[tuple[RawSheet, Layout | None]], options: ImportOptions,
                progress: Progress | None = None, cancelled=None) -> list[ImportReport]:
    """Import sheets for real in ONE transaction, after a backup: every row that passes, or nothing.

    The backup is made first (SQLite's backup API cannot read through a connection holding a write
    transaction); the rows are then validated again inside ``BEGIN IMMEDIATE``, so what is written
    matches the database as it is at that moment (a later sheet sees the earlier sheets' rows).
    A cancel, a crash or any error leaves the database exactly as it was.
    """
    from dvdesk.store.backup import backup_database

    t0 = time.perf_counter()
    layouts = [prepare_layout(raw, options, layout) for raw, layout in sheets]
    backup_path = None
    if options.backup:
        if progress is not None:
            progress(0, 1000, "Đang sao lưu cơ sở dữ liệu trước khi nhập")
        info = backup_database(store.path, conn=store.conn, reason="truoc-nhap")
        backup_path = info.path if info is not None else None
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    reports = []
    n = len(sheets)
    try:
        with bulk_work(), store.tx():
            for k, ((raw, _), layout) in enumerate(zip(sheets, layouts, strict=True)):
                lo = 100 + 890 * k // n
                width = 890 // n
                imp = IMPORTERS[options.kind](store, raw, layout, options)
                imp.analyze(_phase(progress, lo, lo + width * 2 // 5), cancelled)
                if options.before_write is not None:
                    options.before_write(imp.report(dry_run=True))
                if imp.has_writes:
                    imp.write(_phase(progress, lo + width * 2 // 5, lo + width), cancelled)
                reports.append(imp.report(dry_run=False))
            if cancelled is not None and cancelled():
                raise ImportCancelled()
    except WriteCancelled as exc:  # the store stopped between chunks: everything rolled back
        raise ImportCancelled() from exc
    changes = store.last_changes
    for rep in reports:
        rep.changes = changes
        rep.committed = True
        rep.backup_path = backup_path
        rep.seconds = time.perf_counter() - t0
    if progress is not None:
        progress(1000, 1000, "Đã nhập xong")
    return reports


__all__ = ["IMPORTERS", "ImportLayoutError", "ImportOptions", "analyze", "commit", "commit_many", "prepare_layout"]
