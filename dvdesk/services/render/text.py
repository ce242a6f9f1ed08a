"""Text utilities shared by the renderers: NFC clean-up and cached line wrapping."""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

# C0 controls (except \n) and DEL: a tab becomes a space, the rest disappear.
_CTRL = {i: None for i in range(32) if i != 10}
_CTRL[9] = " "
_CTRL[13] = None
_CTRL[127] = None
_CTRL[0x2028] = "\n"  # line separator
_CTRL[0x2029] = "\n"  # paragraph separator


def clean(text: object) -> str:
    """NFC-normalized text with control characters removed (``\\r\\n`` -> ``\\n``, tab -> space)."""
    s = text if isinstance(text, str) else str(text)
    if not s:
        return s
    if not s.isprintable():
        s = s.replace("\r\n", "\n").translate(_CTRL)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s


def upper(text: str) -> str:
    """Vietnamese capitals (Python's ``str.upper`` handles đ/ư/ơ and tones), NFC."""
    return unicodedata.normalize("NFC", clean(text).upper())


Line = tuple[str, float]
"""A wrapped line and its width in points."""


class Measurer:
    """String widths and greedy line wrapping with caches.

    Widths are additive in reportlab (no kerning), so a line's width is the sum of its words'
    widths and its spaces: words are measured once per (font, size).  Wrapped results are cached
    per (text, font, size, width).  Both caches are bounded (cleared when full) so memory stays
    flat however many distinct cells a table has.
    """

    def __init__(self, max_entries: int = 10_000) -> None:
        self._words: dict[tuple[str, float], dict[str, float]] = {}
        self._wraps: dict[tuple[str, str, float, float, float], tuple[Line, ...]] = {}
        self._max = max_entries
        self._nwords = 0

    def _wtab(self, font: str, size: float) -> dict[str, float]:
        key = (font, size)
        tab = self._words.get(key)
        if tab is None:
            tab = self._words[key] = {}
        return tab

    def width(self, text: str, font: str, size: float) -> float:
        tab = self._wtab(font, size)
        w = tab.get(text)
        if w is None:
            w = stringWidth(text, font, size)
            if self._nwords > self._max:
                for t in self._words.values():
                    t.clear()
                self._nwords = 0
            tab[text] = w
            self._nwords += 1
        return w

    def wrap(self, text: str, font: str, size: float, width: float, first_width: float | None = None
             ) -> tuple[Line, ...]:
        """Lines of ``text`` no wider than ``width`` (the first one no wider than ``first_width``).

        ``\\n`` forces a break.  Words longer than a line are broken between characters.  Spaces
        inside a line are kept as stored; the spaces at a break are dropped.
        """
        fw = width if first_width is None else first_width
        key = (text, font, size, width, fw)
        hit = self._wraps.get(key)
        if hit is not None:
            return hit
        tab = self._wtab(font, size)
        space = self.width(" ", font, size)
        out: list[Line] = []
        limit = fw
        for part in text.split("\n"):
            if not part:
                out.append(("", 0.0))
                limit = width
                continue
            # fast path: the whole part fits
            w_all = tab.get(part)
            if w_all is None:
                w_all = self.width(part, font, size)
            if w_all <= limit:
                out.append((part, w_all))
                limit = width
                continue
            words = part.split(" ")
            cur: list[str] = []
            cur_w = 0.0
            for word in words:
                ww = tab.get(word)
                if ww is None:
                    ww = self.width(word, font, size)
                if not cur:
                    if ww <= limit:
                        cur, cur_w = [word], ww
                        continue
                    # a word longer than the line: break it between characters
                    pieces = self._break_word(word, font, size, limit, width)
                    for piece in pieces[:-1]:
                        out.append(piece)
                        limit = width
                    cur, cur_w = [pieces[-1][0]], pieces[-1][1]
                    continue
                nw = cur_w + space + ww
                if nw <= limit + 1e-6:
                    cur.append(word)
                    cur_w = nw
                else:
                    line = " ".join(cur).rstrip(" ")
                    out.append((line, cur_w if line == " ".join(cur) else self.width(line, font, size)))
                    limit = width
                    if ww <= limit:
                        cur, cur_w = [word], ww
                    else:
                        pieces = self._break_word(word, font, size, limit, width)
                        out.extend(pieces[:-1])
                        cur, cur_w = [pieces[-1][0]], pieces[-1][1]
            if cur:
                line = " ".join(cur)
                out.append((line, cur_w))
            limit = width
        res = tuple(out) if out else (("", 0.0),)
        if len(self._wraps) > self._max:
            self._wraps.clear()
        self._wraps[key] = res
        return res

    def _break_word(self, word: str, font: str, size: float, first: float, width: float) -> list[Line]:
        out: list[Line] = []
        limit = first
        start = 0
        n = len(word)
        while start < n:
            # largest end with width(word[start:end]) <= limit, at least one character
            lo, hi = start + 1, n
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if stringWidth(word[start:mid], font, size) <= limit:
                    lo = mid
                else:
                    hi = mid - 1
            piece = word[start:lo]
            out.append((piece, stringWidth(piece, font, size)))
            start = lo
            limit = width
        return out
