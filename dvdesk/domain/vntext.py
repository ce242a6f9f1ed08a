"""Vietnamese text helpers: normalization, search folding, name splitting, collation keys,
legacy-encoding conversion (TCVN3/ABC and VNI-Windows) and Vietnamese number/date formats.

Pure Python, standard library only. Everything here is called on whole tables (tens of thousands
of rows), so the hot paths use ``str.translate`` and per-word caches.

Collation (``sort_key``/``name_sort_key``) reproduces ICU's CLDR "vi" collation at the default
strength (tertiary, alternate = non-ignorable, case-first off):

* primary: spaces < punctuation < symbols < currency < digits < letters, with the Vietnamese
  alphabet ``a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z``;
* secondary: the tones, ``none < huyền < hỏi < ngã < sắc < nặng`` (the CLDR rule
  ``& U+0300 << U+0309 << U+0303 << U+0301 << U+0323``, verified against ICU 72); the other
  diacritics of foreign letters in ICU's root order;
* tertiary: lowercase < uppercase.

Each level of the *whole* string is compared before the next level. A key is a tuple of plain
``str`` values (one string of weights per level, compared code point by code point, which is
exactly ICU's level-by-level comparison) plus the NFC text as a final tie-breaker, so the order is
total and two keys are equal exactly when the ``nfc()`` texts are equal.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from functools import lru_cache

from dvdesk.domain.vocab import ToneOrder

__all__ = [
    "date_vn",
    "fold",
    "long_date_vn",
    "looks_like_tcvn3",
    "looks_like_vni",
    "money_vn",
    "name_sort_key",
    "nfc",
    "sort_key",
    "split_name",
    "tcvn3_to_unicode",
    "vni_to_unicode",
]

# ---------------------------------------------------------------------------------------------
# Vietnamese letters
# ---------------------------------------------------------------------------------------------

# Tone marks in the order used by the legacy tables below: none, huyền, sắc, hỏi, ngã, nặng.
_TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
# The twelve vowels, with their shape marks spelled as combining characters.
_VOWELS = {
    "a": "a",
    "ă": "a\u0306",
    "â": "a\u0302",
    "e": "e",
    "ê": "e\u0302",
    "i": "i",
    "o": "o",
    "ô": "o\u0302",
    "ơ": "o\u031b",
    "u": "u",
    "ư": "u\u031b",
    "y": "y",
}


def _letter(vowel: str, tone: int) -> str:
    """The precomposed (NFC) lowercase letter for a vowel of ``_VOWELS`` and a tone index."""
    return unicodedata.normalize("NFC", _VOWELS[vowel] + _TONE_MARKS[tone])


# All 67 lowercase non-ASCII Vietnamese letters (plus their 67 capitals).
_VIET_LOWER = frozenset(
    [_letter(v, t) for v in _VOWELS for t in range(6) if (v, t) not in {(b, 0) for b in "aeiouy"}] + ["đ"]
)
_VIET_LETTERS = _VIET_LOWER | {ch.upper() for ch in _VIET_LOWER}
# Letters and marks that only exist in real Unicode text (never in a Latin-1/cp1252 reading of a
# legacy byte string): the Vietnamese letters outside Latin-1 and the combining marks.
_UNICODE_ONLY = frozenset(ch for ch in _VIET_LETTERS if ord(ch) > 0xFF) | frozenset(
    "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"
)

# ---------------------------------------------------------------------------------------------
# nfc / fold / split_name
# ---------------------------------------------------------------------------------------------

# Zero-width characters and bidirectional controls (U+202A–U+202E embeddings/overrides, U+2066–U+2069
# isolates, LRM/RLM, ALM): invisible, and a U+202E in a name makes "gnàH nễyugN" print as a
# different text — never stored. NBSP becomes a plain space.
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NFC_CLEAN = {**dict.fromkeys(map(ord, _INVISIBLE)), 0x00A0: " "}
_NFC_SPECIAL = re.compile(f"[{_INVISIBLE}\u00a0]")  # translate() only when needed: it is slow


def nfc(text: object) -> str:
    """Unicode NFC; ``None`` -> ""; zero-width characters and bidirectional controls removed, NBSP -> space.

    Nothing else is stripped or collapsed.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if text.isascii():
        return text
    if _NFC_SPECIAL.search(text):
        text = text.translate(_NFC_CLEAN)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        if len(decomposed) > 1 and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: object) -> str:
    """Search key: NFC, lowercase, no diacritics, đ -> d, whitespace runs -> one space, stripped.

    ``fold("Dân  vận KHÉO") == "dan van kheo"``; NFD input gives the same result.
    """
    s = nfc(text).lower()
    if not s.isascii():
        s = s.translate(_FOLD_TABLE)
        if not s.isascii():
            s = unicodedata.normalize("NFD", s)
            s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
            s = unicodedata.normalize("NFC", s).translate(_FOLD_TABLE)
    return " ".join(s.split())


def split_name(full_name: object) -> tuple[str, str, str]:
    """(họ, chữ lót, tên): first word, middle words joined by one space, last word.

    One word -> ("", "", word); empty -> ("", "", "").
    """
    words = nfc(full_name).split()
    if not words:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    return (words[0], " ".join(words[1:-1]), words[-1])


# ---------------------------------------------------------------------------------------------
# Collation (CLDR "vi" as implemented by ICU)
# ---------------------------------------------------------------------------------------------

# Primary weights. Every weight is a small code point (well below the surrogate range), so the
# level strings are valid, storable text.
_P_TAB, _P_SPACE, _P_SPACE_TAIL = 1, 6, 7
_P_PUNCT = 10
_P_PUNCT_TAIL = 70
_P_SYMBOL = 80
_P_SYMBOL_TAIL = 110
_P_CURRENCY = 120
_P_CURRENCY_TAIL = 135
_P_DIGIT = 140
_P_LETTER = 160
_P_OTHER_TAIL = 250

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_P = {ch: _P_LETTER + i for i, ch in enumerate(_ALPHABET)}

# ICU root order of the common space, punctuation, symbol and currency characters (each string
# is one group of primary-equal characters). Checked against ICU 72 (tests/test_vntext.py).
_PUNCT_ORDER = (
    "_", "-", "\u2010\u2011", "\u2012", "\u2013", "\u2014", "\u2015", ",", ";", ":", "!", "¡", "?",
    "¿", ".", "·", "'", "\u2018", "\u2019", "\u201a", '"', "\u201c", "\u201d", "\u201e", "«", "»",
    "(", ")", "[", "]", "{", "}", "§", "¶", "@", "*", "/", "\\", "&", "#", "%", "\u2030",
    "\u2022", "\u2032",
)  # fmt: skip
_SYMBOL_ORDER = (
    "`", "´", "^", "¯", "¨", "¸", "°", "©", "®", "+", "±", "÷", "×", "<", "=", ">", "¬", "|", "¦",
    "~", "\u2212",
)  # fmt: skip
_CURRENCY_ORDER = ("¤", "¢", "$", "£", "¥", "\u20ab", "\u20ac")


def _build_variable_table() -> dict[str, int]:
    table = {ch: _P_TAB + i for i, ch in enumerate("\t\n\x0b\x0c\r")}  # then the space
    table.update({" ": _P_SPACE, "\u3000": _P_SPACE})
    for base, groups in (
        (_P_PUNCT, _PUNCT_ORDER),
        (_P_SYMBOL, _SYMBOL_ORDER),
        (_P_CURRENCY, _CURRENCY_ORDER),
    ):
        for i, group in enumerate(groups):
            for ch in group:
                table[ch] = base + i
    return table


_VARIABLE_P = _build_variable_table()

# ICU secondary order of the combining diacritics U+0300..U+036F (groups of equal weight).
# The Vietnamese tones U+0300 U+0309 U+0303 U+0301 U+0323 sit together, tailored by CLDR "vi".
_MARK_ORDER = (
    "\u0332", "\u0313", "\u0314", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323", "\u0306",
    "\u0302", "\u030c", "\u030a", "\u0342", "\u0308", "\u030b", "\u0307", "\u0338", "\u0327",
    "\u0328", "\u0304",
    "\u030d\u030e\u0312\u0315\u031a\u033d\u033e\u033f\u0346\u034a\u034b\u034c\u0350\u0351\u0352"
    "\u0357\u035b\u035d\u035e",
    "\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b\u032c\u032f\u0333"
    "\u033a\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353\u0354\u0355\u0356\u0359\u035a\u035c"
    "\u035f\u0362",
    "\u0336\u0337", "\u0335", "\u0305", "\u030f", "\u0310", "\u0311", "\u031b", "\u0321",
    "\u0322", "\u0324", "\u0325", "\u0326", "\u032d", "\u032e", "\u0330", "\u0331", "\u0334",
    "\u0339", "\u0345", "\u0358", "\u0360", "\u0361", "\u0363", "\u0368", "\u0369", "\u0364",
    "\u036a", "\u0365", "\u036b", "\u0366", "\u036c", "\u036d", "\u0367", "\u036e", "\u036f",
)  # fmt: skip
_S_COMMON = 1  # secondary weight of a base character
_S_OTHER_MARK = 120  # marks outside U+0300..U+036F
_S_MIDDLE_DOT = 119  # "l·" and "ŀ" are a contraction in ICU root: l + a high secondary weight
_MIDDLE_DOT_MARK = "\ue000"  # private sentinel standing for that secondary weight
_S_SPECIAL = 118  # ß æ œ ſ: a secondary weight above the ordinary diacritics
_SPECIAL_MARK = "\ue001"  # private sentinel standing for that secondary weight
_TONES_CLDR = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền hỏi ngã sắc nặng
_TONES_ALT = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng


def _build_mark_weights(tones: tuple[str, ...]) -> dict[str, int]:
    weights: dict[str, int] = {}
    for i, group in enumerate(_MARK_ORDER):
        for ch in group:
            weights[ch] = _S_COMMON + 1 + i
    first = min(weights[t] for t in tones)
    for i, t in enumerate(tones):
        weights[t] = first + i
    weights[_MIDDLE_DOT_MARK] = _S_MIDDLE_DOT
    weights[_SPECIAL_MARK] = _S_SPECIAL
    return weights


# keyed by the plain code (the hot path hashes exact strings); see _check_tone_order
_MARK_W = {ToneOrder.CLDR.value: _build_mark_weights(_TONES_CLDR), ToneOrder.ALT.value: _build_mark_weights(_TONES_ALT)}

_T_LOWER, _T_COMPAT, _T_UPPER, _T_UPPER_COMPAT = 1, 2, 3, 4

# Shape marks that make a new primary letter in Vietnamese (ICU contractions).
_SHAPES = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# Foreign letters that ICU sorts as a letter plus a secondary difference, or as two letters
# (the first carrying a secondary difference).
_SPECIAL_LETTERS = {
    "ß": ("s" + _SPECIAL_MARK, "s"),
    "æ": ("a" + _SPECIAL_MARK, "e"),
    "Æ": ("A" + _SPECIAL_MARK, "E"),
    "œ": ("o" + _SPECIAL_MARK, "e"),
    "Œ": ("O" + _SPECIAL_MARK, "E"),
    "ſ": ("s" + _SPECIAL_MARK,),
    "ø": ("o\u0338",),
    "Ø": ("O\u0338",),
    "ł": ("l\u0337",),
    "Ł": ("L\u0337",),
    "ð": ("d\u0335",),
    "Ð": ("D\u0335",),
    "ħ": ("h\u0335",),
    "Ħ": ("H\u0335",),
    "ŀ": ("l" + _MIDDLE_DOT_MARK,),
    "Ŀ": ("L" + _MIDDLE_DOT_MARK,),
}
# Foreign letters with a primary weight of their own, just after a letter of the alphabet.
_AFTER_LETTER = {"þ": "z", "ı": "i", "ĸ": "q", "ŋ": "n", "ŧ": "t"}
_P_AFTER = 0x700  # second primary character of those letters: above every single weight

_IGNORABLE = frozenset("\u00ad\u034f\u200b\u200c\u200d\u2060\ufeff")

_CE = tuple[str, str, str]  # (primary, secondary, tertiary) weight strings of one character


def _tail(base: int, ch: str) -> str:
    cp = ord(ch)
    return chr(base) + chr(1 + (cp >> 10)) + chr(1 + (cp & 0x3FF))


def _join(parts: list[_CE]) -> _CE:
    return ("".join(x[0] for x in parts), "".join(x[1] for x in parts), "".join(x[2] for x in parts))


def _analyze(unit: str, tone_order: str, depth: int = 0) -> _CE:
    """Collation elements of one character with its combining marks, mirroring ICU's vi rules."""
    mark_w = _MARK_W[tone_order]
    if unit in _IGNORABLE:
        return ("", "", "")
    decomposed = unicodedata.normalize("NFD", unit)
    base, marks = decomposed[0], decomposed[1:]
    special = _SPECIAL_LETTERS.get(base)
    if special is not None:
        if len(special) == 2:  # ß, æ, œ: two letters, the marks go with the second one
            first = _analyze(special[0], tone_order, depth + 1)
            return _join([first, _analyze(special[1] + marks, tone_order, depth + 1)])
        base, marks = special[0][0], special[0][1:] + marks

    def secondary(rest: str) -> str:
        return chr(_S_COMMON) + "".join([chr(mark_w.get(m, _S_OTHER_MARK)) for m in rest])

    low = base.lower()
    after = _AFTER_LETTER.get(low)
    if after is not None:
        return (
            chr(_LETTER_P[after]) + chr(_P_AFTER),
            secondary(marks),
            chr(_T_UPPER if base != low else _T_LOWER),
        )
    if low in _LETTER_P and (base.isascii() or low == "đ"):
        upper = base != low
        # An ICU contraction takes the first shape mark that is not blocked by an earlier mark of
        # the same (or higher) combining class; the other marks are secondary differences.
        rest = marks
        for i, m in enumerate(marks):
            shaped = _SHAPES.get((low, m))
            if shaped is not None:
                ccc = unicodedata.combining(m)
                if all(unicodedata.combining(x) < ccc for x in marks[:i]):
                    low = shaped
                    rest = marks[:i] + marks[i + 1 :]
                break
        return (chr(_LETTER_P[low]), secondary(rest), chr(_T_UPPER if upper else _T_LOWER))
    digit = unicodedata.decimal(base, None)
    if digit is not None:
        return (chr(_P_DIGIT + digit), secondary(marks), chr(_T_LOWER if base.isascii() else _T_COMPAT))
    if base in _VARIABLE_P:
        return (chr(_VARIABLE_P[base]), secondary(marks), chr(_T_LOWER))
    category = unicodedata.category(base)
    if category in ("Mn", "Me"):  # lone combining marks: secondary only
        return ("", "".join([chr(mark_w.get(m, _S_OTHER_MARK)) for m in decomposed]), "")
    compat = unicodedata.normalize("NFKD", unit)
    if compat != decomposed and depth < 3:
        parts = [_analyze(c, tone_order, depth + 1) for c in _clusters(unicodedata.normalize("NFC", compat))]
        tertiary = "".join(
            [chr(_T_UPPER_COMPAT if t == chr(_T_UPPER) else _T_COMPAT) for x in parts for t in x[2]]
        )
        return ("".join(x[0] for x in parts), "".join(x[1] for x in parts), tertiary)
    if category in ("Cc", "Cf"):
        return ("", "", "")
    # Anything else (other scripts, rare symbols): after the known characters of its group,
    # in code point order; case and diacritics still only count at the lower levels.
    low = base.lower() if len(base.lower()) == 1 else base
    category = unicodedata.category(low)
    if category.startswith("Z"):
        group = _P_SPACE_TAIL
    elif category.startswith("P"):
        group = _P_PUNCT_TAIL
    elif category == "Sc":
        group = _P_CURRENCY_TAIL
    elif category.startswith("S"):
        group = _P_SYMBOL_TAIL
    else:
        group = _P_OTHER_TAIL
    return (_tail(group, low), secondary(marks), chr(_T_UPPER if low != base else _T_LOWER))


def _clusters(word: str) -> list[str]:
    """Split a string into characters with their following combining marks."""
    out: list[str] = []
    for ch in word:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


_CE_CACHE: dict[str, dict[str, _CE]] = {code: {} for code in ToneOrder.codes()}
# Combining marks that survive NFC (they attach to the preceding character for collation).
_HAS_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=200_000)
def _word_levels(word: str, tone_order: str) -> _CE:
    """Level strings of a space-free NFC token (cached: names repeat words a lot)."""
    cache = _CE_CACHE[tone_order]
    if "·" in word:
        word = word.replace("l·", "ŀ").replace("L·", "Ŀ")
    units: str | list[str] = _clusters(word) if _HAS_MARK.search(word) else word
    p: list[str] = []
    s: list[str] = []
    t: list[str] = []
    for unit in units:
        ce = cache.get(unit)
        if ce is None:
            ce = _analyze(unit, tone_order)
            if len(unit) == 1:
                cache[unit] = ce
        p.append(ce[0])
        s.append(ce[1])
        t.append(ce[2])
    return ("".join(p), "".join(s), "".join(t))


_SPACE_CE: _CE = (chr(_P_SPACE), chr(_S_COMMON), chr(_T_LOWER))


def _text_levels(text: str, tone_order: str) -> _CE:
    if " " not in text:
        return _word_levels(text, tone_order)
    parts = [_word_levels(w, tone_order) for w in text.split(" ")]
    return (
        _SPACE_CE[0].join([x[0] for x in parts]),
        _SPACE_CE[1].join([x[1] for x in parts]),
        _SPACE_CE[2].join([x[2] for x in parts]),
    )


def _check_tone_order(tone_order: str) -> str:
    if tone_order not in _MARK_W:
        raise ValueError(f"tone_order must be one of {ToneOrder.codes()}, not {tone_order!r}")
    return str(tone_order)  # a ToneOrder member becomes its plain code


def sort_key(text: object, tone_order: str = ToneOrder.CLDR.value) -> tuple[str, str, str, str]:
    """Key for ``sorted(key=...)`` reproducing ICU's "vi" collation (tertiary strength).

    ``tone_order="alt"`` orders tones none, huyền, sắc, hỏi, ngã, nặng (an office setting);
    everything else is unchanged. The key is ``(primary, secondary, tertiary, nfc_text)``.
    """
    tone_order = _check_tone_order(tone_order)
    s = nfc(text)
    p, sec, ter = _text_levels(s, tone_order)
    return (p, sec, ter, s)


def name_sort_key(full_name: object, tone_order: str = ToneOrder.CLDR.value) -> tuple[str, ...]:
    """Key ordering Vietnamese person names by tên, then chữ lót, then họ.

    Each part is compared with the full multi-level collation of :func:`sort_key`; ties are
    broken by the whole name's key, so the order is total. A flat tuple of ``str``.
    """
    tone_order = _check_tone_order(tone_order)
    s = nfc(full_name)
    words = s.split()
    if len(words) >= 2:
        ten = _word_levels(words[-1], tone_order)
        lot = _text_levels(" ".join(words[1:-1]), tone_order)
        ho = _word_levels(words[0], tone_order)
    else:
        ten = _word_levels(words[0] if words else "", tone_order)
        lot = ho = ("", "", "")
    whole = _text_levels(s, tone_order)
    return (*ten, *lot, *ho, *whole, s)


# ---------------------------------------------------------------------------------------------
# Legacy encodings (strings whose characters are the legacy bytes read as cp1252/Latin-1)
# ---------------------------------------------------------------------------------------------

# TCVN3 (TCVN 5712:1993 VN3, the ".VnTime"/ABC fonts). Per vowel, the codes for the tones none,
# huyền, sắc, hỏi, ngã, nặng ("" = the ASCII letter itself). Checked against glibc's
# TCVN5712-1 converter. VN3 has no capitals with tone marks: the capitals-only ".VnTimeH" fonts
# draw capitals at the lowercase positions.
_TCVN3_SPEC = {
    "a": ("", "µ", "¸", "¶", "·", "¹"),
    "ă": ("¨", "»", "¾", "¼", "½", "Æ"),
    "â": ("©", "Ç", "Ê", "È", "É", "Ë"),
    "e": ("", "Ì", "Ð", "Î", "Ï", "Ñ"),
    "ê": ("ª", "Ò", "Õ", "Ó", "Ô", "Ö"),
    "i": ("", "×", "Ý", "Ø", "Ü", "Þ"),
    "o": ("", "ß", "ã", "á", "â", "ä"),
    "ô": ("«", "å", "è", "æ", "ç", "é"),
    "ơ": ("¬", "ê", "í", "ë", "ì", "î"),
    "u": ("", "ï", "ó", "ñ", "ò", "ô"),
    "ư": ("\xad", "õ", "ø", "ö", "÷", "ù"),
    "y": ("", "ú", "ý", "û", "ü", "þ"),
}
_TCVN3_OTHERS = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§", "đ": "®"}


def _build_tcvn3() -> dict[str, str]:
    table = {code: uni for uni, code in _TCVN3_OTHERS.items()}
    for vowel, codes in _TCVN3_SPEC.items():
        for tone, code in enumerate(codes):
            if code:
                table[code] = _letter(vowel, tone)
    return table


_TCVN3_TO_UNI = _build_tcvn3()  # legacy char -> Unicode letter (74 codes)
_TCVN3_TRANSLATE = str.maketrans(_TCVN3_TO_UNI)
# Unicode -> TCVN3 (capitals with tones use the lowercase code, as typed for ".VnTimeH").
_UNI_TO_TCVN3 = {uni: code for code, uni in _TCVN3_TO_UNI.items()}
_UNI_TO_TCVN3.update(
    {uni.upper(): code for uni, code in list(_UNI_TO_TCVN3.items()) if uni.upper() not in _UNI_TO_TCVN3}
)

# VNI-Windows: base letter + one mark character (circumflex/breve marks already carry the tone);
# ơ ư đ and the toned i are single characters. Tones: none, huyền, sắc, hỏi, ngã, nặng.
_VNI_SPEC = {
    "a": ("a", "aø", "aù", "aû", "aõ", "aï"),
    "ă": ("aê", "aè", "aé", "aú", "aü", "aë"),
    "â": ("aâ", "aà", "aá", "aå", "aã", "aä"),
    "e": ("e", "eø", "eù", "eû", "eõ", "eï"),
    "ê": ("eâ", "eà", "eá", "eå", "eã", "eä"),
    "i": ("i", "ì", "í", "æ", "ó", "ò"),
    "o": ("o", "oø", "où", "oû", "oõ", "oï"),
    "ô": ("oâ", "oà", "oá", "oå", "oã", "oä"),
    "ơ": ("ô", "ôø", "ôù", "ôû", "ôõ", "ôï"),
    "u": ("u", "uø", "uù", "uû", "uõ", "uï"),
    "ư": ("ö", "öø", "öù", "öû", "öõ", "öï"),
    "y": ("y", "yø", "yù", "yû", "yõ", "î"),
}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    to_uni: dict[str, str] = {"ñ": "đ", "Ñ": "Đ"}
    from_uni: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
    for vowel, seqs in _VNI_SPEC.items():
        for tone, seq in enumerate(seqs):
            lower = _letter(vowel, tone)
            upper = lower.upper()
            if not lower.isascii():
                from_uni[lower] = seq
                from_uni[upper] = seq.upper()
            if len(seq) == 1:
                to_uni[seq] = lower
                to_uni[seq.upper()] = upper
            else:  # the case of the base letter decides; accept a mark of either case
                for mark in (seq[1], seq[1].upper()):
                    to_uni[seq[0] + mark] = lower
                    to_uni[seq[0].upper() + mark] = upper
    to_uni.setdefault("yï", "ỵ")  # tolerated: the regular nặng mark after y (VNI uses "î")
    to_uni.setdefault("Yï", "Ỵ")
    to_uni.setdefault("yÏ", "ỵ")
    to_uni.setdefault("YÏ", "Ỵ")
    return to_uni, from_uni


_VNI_TO_UNI, _UNI_TO_VNI = _build_vni()
_VNI_TONES = "øùûõï"
_VNI_MARKS = _VNI_TONES + "âáàåãäêéèúüë"
_VNI_MARKS_ALL = frozenset(_VNI_MARKS + _VNI_MARKS.upper())
_VNI_SINGLES = "ñíìæóòîôö"
_VNI_MARK_CLASS = _VNI_MARKS + _VNI_MARKS.upper()
_VNI_TONE_CLASS = _VNI_TONES + _VNI_TONES.upper()
_VNI_SINGLE_CLASS = _VNI_SINGLES + _VNI_SINGLES.upper()
_VNI_RE = re.compile(f"[aeouyAEOUY][{_VNI_MARK_CLASS}]|[ôÔöÖ][{_VNI_TONE_CLASS}]?|[{_VNI_SINGLE_CLASS}]")
_ASCII_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")

# Latin-1 Vietnamese letters that are not codes of the legacy scheme: seeing one proves the text
# is real Unicode (e.g. "à" is unused in TCVN3, "ý" unused in VNI).
_TCVN3_NOT_CODES = frozenset(ch for ch in _VIET_LETTERS if ord(ch) <= 0xFF and ch not in _TCVN3_TO_UNI)
_VNI_NOT_CODES = frozenset(
    ch for ch in _VIET_LETTERS if ord(ch) <= 0xFF and ch not in _VNI_MARKS_ALL and ch not in _VNI_TO_UNI
)


def _is_unicode_text_for_tcvn3(text: str) -> bool:
    return any(ch in _UNICODE_ONLY or ch in _TCVN3_NOT_CODES for ch in text)


def _is_unicode_text_for_vni(text: str) -> bool:
    prev = " "
    for ch in text:
        if ch in _UNICODE_ONLY or ch in _VNI_NOT_CODES:
            return True
        # VNI marks always follow a vowel: after a consonant or at a word start the character is
        # a Unicode letter ("Lâm", "cá", "và").
        if ch in _VNI_MARKS_ALL and (prev in _ASCII_CONSONANTS or not (prev.isalpha())):
            return True
        prev = ch
    return False


def tcvn3_to_unicode(text: object, *, capitals: bool = False) -> str:
    """Convert TCVN3 (".VnTime", ABC) text read as cp1252/Latin-1 characters to Unicode (NFC).

    ``capitals=True`` is for the capitals-only ".VnTimeH" fonts, whose capitals are stored at
    the lowercase positions (the result is uppercased). Text that is already Unicode Vietnamese
    (it contains a letter TCVN3 cannot produce) or plain ASCII is returned unchanged (NFC).
    Caution: very short Latin-1-only strings such as "cá" are valid in both readings; they are
    converted, so call this only for text known (by font name) or detected to be TCVN3.
    """
    s = nfc(text)
    if s.isascii() or _is_unicode_text_for_tcvn3(s):
        return s
    out = s.translate(_TCVN3_TRANSLATE)
    return out.upper() if capitals else out


def _vni_sub(match: re.Match[str]) -> str:
    seq = match.group()
    return _VNI_TO_UNI.get(seq, seq)


def vni_to_unicode(text: object) -> str:
    """Convert VNI-Windows ("VNI-Times") text read as cp1252/Latin-1 characters to Unicode (NFC).

    Text that is already Unicode Vietnamese (a letter VNI cannot produce, or a vowel with a
    diacritic right after a consonant, as in "Lâm") or plain ASCII is returned unchanged (NFC).
    Caution: short Latin-1-only strings such as "hoà" or "Tô" are valid in both readings; they
    are converted, so call this only for text known (by font name) or detected to be VNI.
    """
    s = nfc(text)
    if s.isascii() or _is_unicode_text_for_vni(s):
        return s
    return _VNI_RE.sub(_vni_sub, s)


# TCVN3 codes that are not letters in Latin-1; inside a word they are characteristic.
_TCVN3_SYMBOLS = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾×÷")
_TCVN3_NEED_NEXT = frozenset("§¨©®»¼½¾")  # ă/â families and Đ/đ: always followed by a letter
# Uppercase Latin-1 letters that are TCVN3 codes of lowercase letters: after a lowercase letter,
# inside a word ("ViÖt", "kÕt"), they are characteristic (real text does not switch case there).
_TCVN3_CAMEL = frozenset(ch for ch in _TCVN3_TO_UNI if ch.isupper())
_TCVN3_CODES = frozenset(_TCVN3_TO_UNI)
_LATIN1_FOREIGN = frozenset(ch for ch in map(chr, range(0xC0, 0x100)) if ch.isalpha())


def _is_letter_like(ch: str, codes: frozenset[str]) -> bool:
    return (ch.isascii() and ch.isalpha()) or ch in codes


def looks_like_tcvn3(text: object) -> bool:
    """True when the text carries characteristic TCVN3 sequences and no real Vietnamese letter.

    Scoring: a TCVN3 symbol code inside a word ("§¶ng", "D©n", "hoµ") or a capital code after
    a lowercase letter ("ViÖt", "kÕt") counts 2; Latin-1 letters that are not TCVN3
    codes count -2; the text is flagged at 2 or more. Accented Western words ("café", "naïve",
    "Noël") are not flagged.
    """
    s = nfc(text)
    if s.isascii() or _is_unicode_text_for_tcvn3(s):
        return False
    score = 0
    n = len(s)
    for i, ch in enumerate(s):
        if ch.isascii():
            continue
        prev = s[i - 1] if i > 0 else " "
        nxt = s[i + 1] if i + 1 < n else " "
        if ch in _TCVN3_SYMBOLS:
            if ch in _TCVN3_NEED_NEXT:
                strong = _is_letter_like(nxt, _TCVN3_CODES)
            elif ch == "µ":  # à (also the micro sign: "5 µm")
                strong = _is_letter_like(prev, _TCVN3_CODES)
            elif ch in "«¡¢":  # ô Ă Â (also guillemet, inverted exclamation mark, cent sign)
                strong = _is_letter_like(prev, _TCVN3_CODES) or (
                    nxt.islower() and _is_letter_like(nxt, _TCVN3_CODES)
                )
            else:
                strong = _is_letter_like(prev, _TCVN3_CODES) or (nxt.isascii() and nxt.islower())
            if strong:
                score += 2
        elif ch in _TCVN3_CAMEL:
            if prev.islower() and _is_letter_like(prev, _TCVN3_CODES):
                score += 2
        elif ch in _LATIN1_FOREIGN and ch not in _TCVN3_CODES:
            score -= 2
    return score >= 2


# VNI base+mark pairs that also occur in Western words ("où", "naïve", "aéroport"): weak evidence.
_VNI_WEAK_PAIRS = frozenset(
    p
    for pair in "aé aè aë aï aú aû eï où oû oï uï uû uù".split()
    for p in (pair, pair.upper(), pair[0].upper() + pair[1], pair[0] + pair[1].upper())
)
# ... and pairs that are valid Unicode Vietnamese too ("hoà", "hoá", "loã"): no evidence at all.
_VNI_UNICODE_PAIRS = frozenset(
    p
    for pair in "oà oá oã".split()
    for p in (pair, pair.upper(), pair[0].upper() + pair[1], pair[0] + pair[1].upper())
)
_VNI_UNUSED = frozenset("çÇðÐ×÷þÞßÿ")
_WORD_RE = re.compile(r"\w*")


def looks_like_vni(text: object) -> bool:
    """True when the text carries characteristic VNI sequences and no real Vietnamese letter.

    Scoring: a vowel + VNI mark ("Vieät", "Ñaûng", "caùc") counts 2, or 0.5 for pairs that also
    occur in Western words ("où", "naïve") and 0 for pairs that are valid Unicode Vietnamese
    ("hoà"); a word-initial Ñ/ñ in a word with VNI marks adds 0.5; Latin-1 letters VNI never
    uses and TCVN3 symbol codes count -2. The text is flagged at 2 or more.
    """
    s = nfc(text)
    if s.isascii() or _is_unicode_text_for_vni(s):
        return False
    score = 0.0
    for m in _VNI_RE.finditer(s):
        seq = m.group()
        if len(seq) == 2 and seq in _VNI_TO_UNI:
            if seq in _VNI_UNICODE_PAIRS or seq[0].islower() != seq[1].islower():
                continue  # mixed case ("yÕ") is converted but is no evidence: TCVN3 has it
            if seq[0] in "uU" and m.start() > 0 and s[m.start() - 1] in "qQ":
                continue  # "quõ" reads as Unicode too: the u of "qu" with a mark is no evidence
            score += 0.5 if seq in _VNI_WEAK_PAIRS else 2
        elif seq in "ñÑ":
            # đ ("ñaõ" = đã) but also TCVN3 ủ/ẹ ("ñy ban" = ủy ban): it only supports a word
            # that has VNI marks after it
            start = m.start()
            word = _WORD_RE.match(s, start + 1)
            rest = word.group() if word else ""
            if (start == 0 or not s[start - 1].isalpha()) and any(c in _VNI_MARKS_ALL for c in rest):
                score += 0.5
    for ch in s:
        if ch in _VNI_UNUSED or ch in _TCVN3_SYMBOLS:
            score -= 2
    return score >= 2


# ---------------------------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------------------------


def money_vn(amount: int | float | Decimal | Fraction) -> str:
    """Whole đồng with dot thousands separators: 7020000 -> "7.020.000", -7020000 -> "-7.020.000".

    Non-integral values are rounded half up (away from zero) to whole đồng.
    """
    if isinstance(amount, bool):
        n = int(amount)
    elif isinstance(amount, int):
        n = amount
    elif isinstance(amount, float):
        if not math.isfinite(amount):
            raise ValueError(f"not a finite amount: {amount!r}")
        n = _round_half_up(Decimal(repr(amount)))
    elif isinstance(amount, Decimal):
        if not amount.is_finite():
            raise ValueError(f"not a finite amount: {amount!r}")
        n = _round_half_up(amount)
    elif isinstance(amount, Fraction):
        q = abs(amount) + Fraction(1, 2)
        n = (q.numerator // q.denominator) * (1 if amount >= 0 else -1)
    else:
        raise TypeError(f"money_vn needs a number, not {type(amount).__name__}")
    digits = f"{abs(n):,}".replace(",", ".")
    return "-" + digits if n < 0 else digits


def _round_half_up(d: Decimal) -> int:
    with localcontext() as ctx:
        ctx.prec = max(28, d.adjusted() + 4)
        return int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def date_vn(d: date | None) -> str:
    """dd/mm/yyyy with zero padding: "05/01/2026". ``None`` -> ""."""
    if d is None:
        return ""
    if not isinstance(d, date):
        raise TypeError(f"date_vn needs a date, not {type(d).__name__}")
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def long_date_vn(place: object, d: date) -> str:
    """Place and date line of official documents (NĐ 30/2020): "Kiên Giang, ngày 05 tháng 01 năm 2026".

    A leading zero for days below 10 and for months 1 and 2 only; empty place -> "ngày ...".
    """
    if not isinstance(d, date):
        raise TypeError(f"long_date_vn needs a date, not {type(d).__name__}")
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    body = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    where = " ".join(nfc(place).split())
    return f"{where}, {body}" if where else body
