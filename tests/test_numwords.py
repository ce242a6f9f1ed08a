"""Money in Vietnamese words (dvdesk/domain/numwords.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvdesk.domain.numwords import money_words, number_words

CASES = {
    0: "không",
    5: "năm",
    10: "mười",
    11: "mười một",
    15: "mười lăm",
    21: "hai mươi mốt",
    24: "hai mươi bốn",
    25: "hai mươi lăm",
    105: "một trăm lẻ năm",
    110: "một trăm mười",
    1_000: "một nghìn",
    1_005: "một nghìn không trăm lẻ năm",
    1_015: "một nghìn không trăm mười lăm",
    710_000: "bảy trăm mười nghìn",
    1_000_000: "một triệu",
    1_420_000: "một triệu bốn trăm hai mươi nghìn",
    7_020_000: "bảy triệu không trăm hai mươi nghìn",
    51_540_000: "năm mươi mốt triệu năm trăm bốn mươi nghìn",
    2_005_000_000: "hai tỷ không trăm lẻ năm triệu",
    1_000_000_000_000: "một nghìn tỷ",
    3_000_000_000_007: "ba nghìn tỷ không trăm lẻ bảy",
}


@pytest.mark.parametrize(("n", "words"), CASES.items())
def test_known_readings(n, words):
    assert number_words(n) == words


def test_money_line():
    assert money_words(7_020_000) == "Bảy triệu không trăm hai mươi nghìn đồng"
    assert number_words(105, zero_ten="linh") == "một trăm linh năm"
    with pytest.raises(ValueError):
        number_words(-1)


_VALUE = {w: i for i, w in enumerate(("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"))}
_VALUE.update({"mốt": 1, "lăm": 5})


def _parse(text: str) -> int:
    """Read the words back (an independent reader: a tiny stack machine)."""
    total, group, cur = 0, 0, 0
    scale = {"nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9}
    words = text.split()
    i = 0
    while i < len(words):
        w = words[i]
        if w in _VALUE:
            cur += _VALUE[w]
        elif w == "mười":
            cur += 10
        elif w == "mươi":
            cur *= 10
        elif w == "trăm":
            group += cur * 100
            cur = 0
        elif w == "lẻ":
            pass
        elif w in scale:
            # "nghìn tỷ", "triệu tỷ": the names multiply
            mult = scale[w]
            while i + 1 < len(words) and words[i + 1] in scale:
                i += 1
                mult *= scale[words[i]]
            total += (group + cur) * mult
            group = cur = 0
        else:
            raise AssertionError(w)
        i += 1
    return total + group + cur


@given(st.integers(min_value=0, max_value=10**15))
def test_words_read_back_to_the_number(n):
    text = number_words(n)
    assert _parse(text) == n
    assert "  " not in text and text == text.strip()
    # the unit-5 after a ten is always "lăm", a unit-1 after a ten of 2+ always "mốt"
    assert "mươi năm" not in text and "mười năm" not in text and "mươi một" not in text
