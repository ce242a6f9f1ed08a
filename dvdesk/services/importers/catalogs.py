"""Matching the names written in a sheet to the database's catalogs: fields and blocks (by folded
name, code and abbreviations such as KT, VH-XH, QP-AN, XDHTCT), units (by folded current and
former names, short names and codes, resolved to the unit valid on the record's date), award
forms, phases. Loaded once per import; lookups are dictionary hits."""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from dvdesk.domain.units import standing_on
from dvdesk.domain.vntext import fold, nfc
from dvdesk.domain.vocab import Level
from dvdesk.services.importers.layout import norm_name
from dvdesk.services.importers.values import ValueProblem, as_text, compact, display

_STOP = {"va", "cua", "cac"}
_PREFIXES = ("khoi", "linh vuc", "khoi thi dua", "thuoc khoi", "thuoc linh vuc")


def _variants(name: str, max_words: int = 9) -> set[str]:
    """Compact spellings of a catalog name: full, initials ("vhxh"), mixes ("xaydunghtct"),
    with and without "và", "của"."""
    out: set[str] = set()
    for alt in [name, *name.split("/")]:
        words = norm_name(alt).split()
        for prefix in _PREFIXES:
            p = prefix.split()
            if words[: len(p)] == p and len(words) > len(p):
                out |= _variants(" ".join(words[len(p):]), max_words)
        for ws in {tuple(words), tuple(w for w in words if w not in _STOP)}:
            if not ws:
                continue
            if len(ws) > max_words:
                out.add("".join(ws))
                continue
            for choice in itertools.product((0, 1), repeat=len(ws)):
                out.add("".join(w if full else w[0] for w, full in zip(ws, choice, strict=True)))
    return out


class CatalogMatcher:
    """A small catalog (fields, blocks): code, name and their abbreviations -> id."""

    def __init__(self, label: str, items: list[tuple[int, str, str]]):
        self.label = label
        self.names = {i: name for i, _code, name in items}
        self.keys: dict[str, set[int]] = {}
        for item_id, code, name in items:
            for key in {compact(code), *_variants(name)}:
                if key:
                    self.keys.setdefault(key, set()).add(item_id)
        self.cache: dict[str, int] = {}

    def match(self, value: object) -> int:
        text = as_text(value)
        hit = self.cache.get(text)
        if hit is not None:
            return hit
        key = compact(text)
        ids = self.keys.get(key, set())
        if not ids:
            words = norm_name(text).split()
            for prefix in _PREFIXES:
                p = prefix.split()
                if words[: len(p)] == p:
                    ids = self.keys.get("".join(words[len(p):]), set())
                    break
        if len(ids) == 1:
            (found,) = ids
            self.cache[text] = found
            return found
        allowed = "; ".join(self.names.values())
        if not ids:
            raise ValueProblem(f"{self.label} \"{display(value)}\" không có trong danh mục (các {self.label}: {allowed})")
        names = "; ".join(self.names[i] for i in sorted(ids))
        raise ValueProblem(f"{self.label} \"{display(value)}\" chưa rõ, có thể là: {names}")

    def find_in(self, text: str) -> int | None:
        """An item named by a group row ("I. KINH TẾ", "Khối chính quyền"), or None."""
        try:
            return self.match(text)
        except ValueProblem:
            return None


# ---------------------------------------------------------------------------------------------
# units
# ---------------------------------------------------------------------------------------------

@dataclass
class UnitRec:
    id: int
    name: str
    short_name: str
    code: str | None
    uuid: str
    level: str
    block_id: int | None
    valid_from: date | None
    valid_to: date | None
    precedence: int = 1000
    verified: bool = True
    new: bool = False
    parent_id: int | None = None

    def valid_on(self, when: date) -> bool:
        return (self.valid_from is None or self.valid_from <= when) and (self.valid_to is None or when <= self.valid_to)

    def overlaps(self, start: date, end: date) -> bool:
        return (self.valid_from is None or self.valid_from <= end) and (self.valid_to is None or start <= self.valid_to)

    def span(self) -> str:
        a = f"{self.valid_from:%d/%m/%Y}" if self.valid_from else ""
        b = f"{self.valid_to:%d/%m/%Y}" if self.valid_to else ""
        if not a and not b:
            return ""
        if a and b:
            return f"{a}–{b}"
        return f"từ {a}" if a else f"đến {b}"


def _d(value) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def guess_level(name: str) -> Level | None:
    """The level a unit's name implies ("Hội Nông dân xã Vĩnh Hòa" → xa), or None."""
    words = norm_name(name).split()
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        pair = f"{w} {nxt}"
        if pair in ("trung uong",):
            return Level.TRUNG_UONG
        if w == "tinh" and nxt != "than":
            return Level.TINH
        if w == "so" and i == 0:
            return Level.TINH
        if pair in ("thi xa", "thanh pho", "thanh uy", "huyen uy", "thi uy") or w in ("huyen", "quan"):
            return Level.HUYEN
        if (w == "xa" and nxt not in ("hoi", "hoa")) or w in ("phuong", "ap", "khom") or pair in ("thi tran", "khu pho"):
            return Level.XA
    return None


@dataclass
class UnitMatch:
    unit: UnitRec | None = None
    problem: str | None = None


_LOOSE = (
    (re.compile(r"\bmat tran to quoc viet nam\b|\bmat tran to quoc\b"), "mat tran"),
    (re.compile(r"\bhoi lien hiep phu nu\b|\bhoi phu nu\b"), "hoi phu nu"),
    (re.compile(r"\bdoan thanh nien cong san ho chi minh\b|\bdoan thanh nien\b|\bdoan tncs hcm\b"), "doan thanh nien"),
    (re.compile(r"\bcong tac mat tran\b"), "cong tac mat tran"),
    (re.compile(r"\bviet nam\b"), ""),
)
_BODY_OF_PLACE = re.compile(r"^(uy ban nhan dan|hoi dong nhan dan) ((?:xa|phuong|thi tran|huyen|tinh|thanh pho|thi xa|quan) .+)$")


def loose_name(key: str) -> str:
    """A folded name with the parts offices shorten or drop made alike: "mat tran to quoc viet nam"
    → "mat tran", "hoi lien hiep phu nu" → "hoi phu nu"…"""
    for rx, to in _LOOSE:
        key = rx.sub(to, key)
    return " ".join(key.split())


class UnitIndex:
    """Every unit (current and former), matched by folded name, short name, code or UUID."""

    def __init__(self, conn):
        self.units: dict[int, UnitRec] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_short: dict[str, list[int]] = {}
        self.by_loose: dict[str, list[int]] = {}
        self._names: dict[str, str] | None = None
        self.by_code: dict[str, int] = {}
        self.by_uuid: dict[str, int] = {}
        self.links: dict[int, list[int]] = {}
        self.cache: dict[tuple, UnitMatch] = {}
        self.cand_cache: dict[str, tuple[list[int], bool]] = {}
        self.max_id = 0
        self.qualified: dict[str, str] = {}  # "name, parents" as written -> the name
        for row in conn.execute("SELECT id, name, short_name, code, uuid, level, block_id, valid_from, valid_to, "
                                "precedence, verified, deleted_at, parent_id FROM units ORDER BY id"):
            uid, name, short, code, uuid, level, block, vf, vt, prec, verified, deleted, parent = row
            self.max_id = max(self.max_id, uid)
            if deleted:
                continue
            self.add(UnitRec(uid, name, short or "", code, uuid, level, block, _d(vf), _d(vt), prec, bool(verified),
                             parent_id=parent))
        for pred, succ in conn.execute("SELECT predecessor_id, successor_id FROM unit_links"):
            self.links.setdefault(pred, []).append(succ)
            self.links.setdefault(succ, []).append(pred)

    def add(self, u: UnitRec) -> None:
        self.units[u.id] = u
        self.max_id = max(self.max_id, u.id)
        self.by_name.setdefault(norm_name(u.name), []).append(u.id)
        if u.short_name:
            self.by_short.setdefault(norm_name(u.short_name), []).append(u.id)
        for written in {u.name, u.short_name} - {""}:
            lk = loose_name(norm_name(written))
            ids = self.by_loose.setdefault(lk, [])
            if u.id not in ids:
                ids.append(u.id)
        self._names = None
        if u.code:
            self.by_code[u.code.strip().lower()] = u.id
        if u.uuid:
            self.by_uuid[u.uuid.strip().lower()] = u.id
        self.cache.clear()
        self.cand_cache.clear()
        self.qualified.clear()

    def link(self, pred: int, succ: int) -> None:
        self.links.setdefault(pred, []).append(succ)
        self.links.setdefault(succ, []).append(pred)
        self.cache.clear()

    def valid_for(self, unit_id: int, on: date) -> UnitRec:
        """The unit standing for ``unit_id`` on ``on``: itself or the nearest predecessor/successor."""
        return self.units[standing_on(unit_id, lambda i: self.units[i].valid_on(on),
                                      lambda i: [o for o in self.links.get(i, ()) if o in self.units])]

    def candidates(self, text: str) -> tuple[list[int], bool]:
        """(unit ids, by full name?) for a name, short name or code as written."""
        hit = self.cand_cache.get(text)
        if hit is None:
            hit = self.cand_cache[text] = self._candidates(text)
        return hit

    def _candidates(self, text: str) -> tuple[list[int], bool]:
        raw = text.strip()
        key = norm_name(raw)
        if not key:
            return [], True
        ids = self.by_name.get(key)
        if ids:
            return list(ids), True
        ids = self.by_short.get(key)
        if ids:
            return list(ids), False
        code = self.by_code.get(raw.lower()) or self.by_uuid.get(raw.lower())
        if code:
            return [code], True
        # shortened or spelled-out forms of the same name, both ways ("Hội LHPN xã …", "Ban Công tác
        # MTTQ ấp …", "Ủy ban MTTQ Việt Nam xã …")
        ids = self.by_loose.get(loose_name(key))
        if ids:
            return list(ids), False
        m = _BODY_OF_PLACE.match(key)
        if m:  # "UBND xã Vĩnh Hòa" when the catalog has the commune itself
            ids = self.by_name.get(m.group(2)) or self.by_loose.get(loose_name(m.group(2)))
            if ids:
                return list(ids), False
        if "," in raw:  # "Xã Vĩnh Hòa, huyện Giồng Riềng"
            head_text, *rest = raw.split(",")
            head = norm_name(head_text)
            ids = self.by_name.get(head) or self.by_short.get(head)
            if ids:
                # the parts after the name are its parents, as lists print a name other units share:
                # "Xã Bình An, huyện Châu Thành, tỉnh Kiên Giang" is the Bình An of that district
                named = [i for i in ids if self._has_parents(i, [norm_name(p) for p in rest if p.strip()])]
                if named:
                    self.qualified[raw] = head_text.strip()
                    return named, False
                return list(ids), False
        return [], True

    def _has_parents(self, unit_id: int, parts: list[str]) -> bool:
        """Each of ``parts`` names a parent of the unit (or a parent's parent…), in that order."""
        if not parts:
            return False
        chain: list[UnitRec] = []
        seen = {unit_id}
        p = self.units[unit_id].parent_id
        while p is not None and p in self.units and p not in seen:
            chain.append(self.units[p])
            seen.add(p)
            p = self.units[p].parent_id
        k = 0
        for part in parts:
            while k < len(chain) and part not in (norm_name(chain[k].name), norm_name(chain[k].short_name)):
                k += 1
            if k == len(chain):
                return False
            k += 1
        return True

    def closest(self, text: str, n: int = 3) -> list[str]:
        """The catalog's names closest to an unmatched one (current units first)."""
        if self._names is None:
            names: dict[str, str] = {}
            for u in sorted(self.units.values(), key=lambda u: (u.valid_to is not None, u.id)):
                if not u.new:
                    names.setdefault(loose_name(norm_name(u.name)), u.name)
            self._names = names
        hits = difflib.get_close_matches(loose_name(norm_name(text)), list(self._names), n=n, cutoff=0.6)
        return [self._names[h] for h in hits]

    def written_name(self, text: str) -> str:
        """The unit's name as ``text`` writes it, without the parents added to tell it apart from
        its namesakes ("Xã Vĩnh Hòa, huyện U Minh Thượng" → "Xã Vĩnh Hòa")."""
        raw = text.strip()
        self.candidates(raw)
        return self.qualified.get(raw, raw)

    def match(self, text: str, on: date, until: date | None = None) -> UnitMatch:
        """The unit named ``text`` on the date ``on`` (or at some time between ``on`` and ``until``,
        when only the year is known)."""
        key = (text, on, until)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        ids, _full = self.candidates(text)
        result = UnitMatch()
        if ids:
            valid = [self.units[i] for i in ids if self.units[i].valid_on(on)]
            if until is not None:
                during = [self.units[i] for i in ids if self.units[i].overlaps(on, until)]
                if len(during) == 1 or (during and not valid):
                    valid = during
            if len(valid) > 1:
                verified = [u for u in valid if u.verified]
                valid = verified if len(verified) == 1 else valid
            if len(valid) == 1:
                result.unit = valid[0]
            elif len(valid) > 1:
                result.problem = self._ambiguous(text, valid)
            else:
                resolved = {self.valid_for(i, on).id: self.valid_for(i, on) for i in ids}
                if len(resolved) == 1:
                    result.unit = next(iter(resolved.values()))
                else:
                    result.problem = self._ambiguous(text, list(resolved.values()))
        self.cache[key] = result
        return result

    @staticmethod
    def _ambiguous(text: str, units: list[UnitRec]) -> str:
        names = "; ".join(f"{u.name}" + (f" ({u.span()})" if u.span() else "") for u in units[:5])
        more = f" và {len(units) - 5} đơn vị khác" if len(units) > 5 else ""
        return f"tên đơn vị \"{text}\" khớp nhiều đơn vị: {names}{more}. Hãy ghi tên đầy đủ hoặc mã đơn vị"

    def split_position_unit(self, text: str, on: date) -> tuple[str, UnitRec | None, str]:
        """"Chủ tịch Hội Nông dân, Xã Vĩnh Hòa" → (position, unit, unit text as written).

        The longest suffix (at a word boundary) that names exactly one unit is the unit."""
        words = text.split()
        for i in range(len(words)):
            suffix = " ".join(words[i:]).strip(" ,;-–")
            if not suffix:
                continue
            ids, _ = self.candidates(suffix)
            if not ids:
                continue
            m = self.match(suffix, on)
            if m.unit is not None:
                position = " ".join(words[:i]).strip(" ,;-–")
                return position, m.unit, self.written_name(suffix)
        return text, None, ""


# ---------------------------------------------------------------------------------------------
# award forms, phases
# ---------------------------------------------------------------------------------------------

@dataclass
class FormRec:
    id: int
    code: str
    name: str
    carries_money: bool
    valid_from: date | None = None
    valid_to: date | None = None
    tokens: frozenset[str] = field(default_factory=frozenset)


class FormMatcher:
    def __init__(self, conn):
        self.forms: list[FormRec] = []
        for fid, code, name, money, vf, vt in conn.execute(
                "SELECT id, code, name, carries_money, valid_from, valid_to FROM award_forms "
                "WHERE deleted_at IS NULL ORDER BY sort_order, id"):
            self.forms.append(FormRec(fid, code, name, bool(money), _d(vf), _d(vt), frozenset(norm_name(name).split())))
        self.by_id = {f.id: f for f in self.forms}

    _TYPES = ("bang khen", "giay khen", "ky niem chuong", "bieu duong", "co thi dua", "chien si thi dua")

    @classmethod
    def _split(cls, words: str) -> tuple[str, list[str]]:
        """("giay khen", issuer words) — the kind of form, and who gives it."""
        for t in cls._TYPES:
            if words == t or words.startswith(t + " "):
                return t, [w for w in words[len(t):].split() if w != "cua"]
        return "", [w for w in words.split() if w != "cua"]

    @staticmethod
    def _evidence(a: list[str], b: list[str]) -> int:
        tokens = len(set(a) & set(b))
        bigrams = len(set(itertools.pairwise(a)) & set(itertools.pairwise(b)))
        return tokens + 2 * bigrams

    def match(self, value: object) -> FormRec:
        """A form by its code or name as offices write it: "Giấy khen của Ban Tuyên giáo và Dân vận
        Tỉnh ủy", "Giấy khen Ban TG&DV Tỉnh ủy", "GK_BDV_TINH"… The kind (bằng khen, giấy khen…)
        must agree and the issuer must be the form's own (written in full or shortened): a form
        the catalog lacks is never replaced by a similar one (:class:`FormNotFound`)."""
        text = as_text(value)
        key = norm_name(text)
        for f in self.forms:
            if key == norm_name(f.name) or compact(text) == compact(f.code):
                return f
        kind, issuer = self._split(key)
        pool = [f for f in self.forms if self._split(norm_name(f.name))[0] == kind] if kind else self.forms
        if kind and not issuer and len(pool) == 1:
            return pool[0]
        mine = set(issuer)
        fits = []
        for f in pool:
            theirs = set(self._split(norm_name(f.name))[1])
            if mine and (mine <= theirs or (theirs and theirs <= mine and len(mine - theirs) <= 2
                                            and _place_words(mine - theirs))):
                fits.append(f)
        if len(fits) == 1 and (kind or len(mine) >= 3):
            return fits[0]
        if len(fits) > 1:
            names = "; ".join(f.name for f in fits[:4])
            raise ValueProblem(f"hình thức khen thưởng \"{display(value)}\" chưa rõ, có thể là: {names}")
        if kind and not issuer:
            raise ValueProblem(f"hình thức khen thưởng \"{display(value)}\" chưa rõ, có thể là: "
                               + "; ".join(f.name for f in pool[:4]))
        scored = sorted(((self._evidence(issuer, self._split(norm_name(f.name))[1]), f) for f in pool),
                        key=lambda x: -x[0])
        close = [f.name for sc, f in scored if sc > 0][:3]
        hint = f" (gần giống: {'; '.join(close)} — không tự thay bằng hình thức khác)" if close else ""
        raise FormNotFound(f"hình thức khen thưởng \"{display(value)}\" không có trong danh mục{hint}", text)

    def find_in_title(self, title: str) -> FormRec | None:
        """The award form named in a list's title ("…được tặng Giấy khen của Ban …"); None when the
        title names none, or names one the catalog lacks (see :func:`form_text_in_title`)."""
        folded = " " + norm_name(title) + " "
        hits = [f for f in self.forms if " " + norm_name(f.name) + " " in folded]
        if hits:
            return max(hits, key=lambda f: len(f.name))
        text = form_text_in_title(title)
        if text:
            try:
                return self.match(text)
            except ValueProblem:
                return None
        return None


class FormNotFound(ValueProblem):
    """An award form the catalog lacks; ``text`` is the form as the sheet writes it."""

    def __init__(self, message: str, text: str):
        super().__init__(message)
        self.text = text


_PLACE_FILLERS = {"viet", "nam", "an", "giang", "kien", "tinh", "huyen", "xa"}


def _place_words(words: set[str]) -> bool:
    """Words a sheet adds after a form's issuer that only name the place ("… Tỉnh ủy An Giang")."""
    return all(w in _PLACE_FILLERS or len(w) <= 5 for w in words)


_FORM_IN_TITLE = re.compile(
    r"(?:được|duoc)\s+(?:tặng|tang|khen thưởng bằng|trao|tặng thưởng|tang thuong)\s+"
    r"((?:bằng khen|giấy khen|kỷ niệm chương|cờ thi đua|bang khen|giay khen)\b.*?)"
    r"(?=\s*(?:\(|kèm theo|ve viec|về việc|vì đã|vi da|đã có|da co|năm \d{4}|nam \d{4}|giai đoạn|$|[.;:]))",
    re.IGNORECASE)
_PROPER = (
    ("ban thường vụ", "Ban Thường vụ"), ("ban chấp hành", "Ban Chấp hành"), ("tỉnh ủy", "Tỉnh ủy"),
    ("tỉnh uỷ", "Tỉnh ủy"), ("huyện ủy", "Huyện ủy"), ("thành ủy", "Thành ủy"), ("đảng ủy", "Đảng ủy"),
    ("chủ tịch", "Chủ tịch"), ("ủy ban nhân dân", "Ủy ban nhân dân"), ("uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("trung ương", "Trung ương"), ("ban tuyên giáo và dân vận", "Ban Tuyên giáo và Dân vận"),
    ("ban dân vận", "Ban Dân vận"), ("mặt trận tổ quốc việt nam", "Mặt trận Tổ quốc Việt Nam"),
    ("ủy ban mặt trận", "Ủy ban Mặt trận"), ("việt nam", "Việt Nam"), ("bằng khen", "Bằng khen"),
    ("giấy khen", "Giấy khen"), ("kỷ niệm chương", "Kỷ niệm chương"), ("cờ thi đua", "Cờ thi đua"),
)


def proper_case(text: str) -> str:
    """An upper-case title phrase in the case official names use: "BẰNG KHEN CỦA BAN THƯỜNG VỤ
    TỈNH ỦY" → "Bằng khen của Ban Thường vụ Tỉnh ủy". Mixed-case text is kept as written."""
    text = " ".join(text.split())
    if text != text.upper():
        return text[:1].upper() + text[1:]
    low = nfc(text).lower()
    for a, b in _PROPER:
        low = re.sub(rf"\b{a}\b", b, low)
    # a place name after the issuer ("tỉnh an giang"): capitalize the words after the level word
    low = re.sub(r"\b(tỉnh|huyện|xã|thành phố|phường)\s+(\w+(?:\s+\w+)?)$",
                 lambda m: m.group(1) + " " + m.group(2).title(), low)
    return low[:1].upper() + low[1:]


def form_text_in_title(title: str) -> str:
    """The award form a title names as printed ("… được tặng Bằng khen của Ban Thường vụ Tỉnh ủy"),
    in the case official names use; "" when it names none."""
    m = _FORM_IN_TITLE.search(" ".join(title.split()))
    if not m:
        return ""
    return proper_case(m.group(1).strip(" ,"))


class PhaseIndex:
    def __init__(self, conn):
        self.phases = [(pid, code, s, e) for pid, code, s, e in conn.execute(
            "SELECT id, code, start_year, end_year FROM phases WHERE deleted_at IS NULL ORDER BY start_year")]

    def for_year(self, year: int) -> tuple[int, str] | None:
        for pid, code, s, e in self.phases:
            if s <= year <= e:
                return pid, code
        return None

    def match(self, value: object) -> tuple[int, str, int, int]:
        text = fold(as_text(value))
        m = re.search(r"(\d{4})\s*(?:-|–|—|/|den)\s*(\d{4})", text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            for pid, code, s, e in self.phases:
                if (s, e) == (a, b):
                    return pid, code, s, e
        codes = "; ".join(code for _, code, _, _ in self.phases)
        raise ValueProblem(f"giai đoạn \"{display(value)}\" không có (các giai đoạn: {codes})")

