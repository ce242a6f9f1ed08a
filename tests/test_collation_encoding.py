"""Sort keys encoded to bytes keep their order (SQLite sorts BLOBs bytewise)."""

from hypothesis import given
from hypothesis import strategies as st

from dvdesk.domain.collation import encode_key

flat = st.lists(st.tuples(st.integers(0, 50), st.text(alphabet="aăâbđ", max_size=4)), max_size=4).map(tuple)


@given(flat, flat)
def test_order_preserved_flat(a, b):
    assert (a < b) == (encode_key(a) < encode_key(b))
    assert (a == b) == (encode_key(a) == encode_key(b))


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=3).map(tuple),
       st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=3).map(tuple))
def test_order_preserved_nested(a, b):
    assert (a < b) == (encode_key(a) < encode_key(b))


def test_prefix_sorts_first():
    assert encode_key(("ab",)) < encode_key(("abc",))
    assert encode_key((1,)) < encode_key((1, 0))
    assert encode_key(((1, 2), 3)) < encode_key(((1, 2, 0), 0))


@given(st.text(), st.text())
def test_any_unicode_strings(a, b):
    assert ((a,) < (b,)) == (encode_key((a,)) < encode_key((b,)))
    assert ((a, 1) < (b, 2)) == (encode_key((a, 1)) < encode_key((b, 2)))
