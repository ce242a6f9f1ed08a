"""Numbers written out in Vietnamese words, as on a decision's money line:
7_020_000 -> "Bảy triệu không trăm hai mươi nghìn đồng".

The reading rules of an official document (and of every bank slip):
- a group of three digits is read "X trăm Y mươi Z"; inside a number, a group after the first
  keeps its hundreds even when they are zero ("không trăm"), and a zero ten before a unit reads
  "lẻ" ("một trăm lẻ năm"; "linh" in the North, a parameter);
- the tens: 10–19 are "mười …", 20+ "hai mươi …"; the unit 1 after a ten of 2+ is "mốt"
  ("hai mươi mốt", but "mười một"), the unit 5 after any ten is "lăm" ("mười lăm", "hai mươi lăm"),
  the unit 4 after a ten of 2+ stays "bốn" (the written form; "tư" is spoken);
- the groups: nghìn, triệu, tỷ; above a thousand tỷ the names repeat ("một nghìn tỷ");
- groups that are all zero are skipped ("một triệu đồng", "hai tỷ không trăm lẻ năm triệu").
"""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", "nghìn", "triệu", "tỷ")


def _three(n: int, full: bool, zero_ten: str) -> list[str]:
    """The words of 0 < n < 1000; ``full``: a group after the first (hundreds read even if 0)."""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    out: list[str] = []
    if h or full:
        out += [_DIGITS[h], "trăm"]
    if t == 0:
        if u:
            if out:
                out.append(zero_ten)
            out.append(_DIGITS[u])
        return out
    if t == 1:
        out.append("mười")
    else:
        out += [_DIGITS[t], "mươi"]
    if u == 1:
        out.append("một" if t == 1 else "mốt")
    elif u == 5:
        out.append("lăm")
    elif u:
        out.append(_DIGITS[u])
    return out


def number_words(n: int, zero_ten: str = "lẻ") -> str:
    """``n`` (≥ 0) in words, lower case: 1_420_000 -> "một triệu bốn trăm hai mươi nghìn"."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"cannot write {n!r} in words")
    if n == 0:
        return "không"
    groups: list[int] = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    top = len(groups) - 1
    for i in range(top, -1, -1):
        g = groups[i]
        if not g:
            continue
        words += _three(g, full=i != top, zero_ten=zero_ten)
        name = _group_name(i)
        if name:
            words.append(name)
    return " ".join(words)


def _group_name(i: int) -> str:
    """Group i (0 = units, 1 = nghìn, 2 = triệu, 3 = tỷ, 4 = nghìn tỷ, …)."""
    if i == 0:
        return ""
    q, r = divmod(i, 3)
    if r == 0:
        return " ".join(["tỷ"] * q)
    return " ".join([_GROUPS[r]] + ["tỷ"] * q)


def money_words(amount: int) -> str:
    """An amount of đồng in words, capitalised as written after "Bằng chữ:":
    7_020_000 -> "Bảy triệu không trăm hai mươi nghìn đồng"."""
    text = number_words(amount)
    return f"{text[:1].upper()}{text[1:]} đồng"
