"""Order-preserving byte encoding of sort keys, so SQLite can sort Vietnamese text natively.

``encode_key(k1) < encode_key(k2)`` (bytes, i.e. SQLite BLOB/BINARY order) exactly when
``k1 < k2`` for the nested tuples of ints and strs that :mod:`dvdesk.domain.vntext` returns.
"""

from __future__ import annotations

_INT, _STR, _TUPLE = b"\x01", b"\x02", b"\x03"
_END = b"\x00"
_OFFSET = 1 << 63


def _encode_elem(value: object, out: list[bytes]) -> None:
    if isinstance(value, bool | int):
        out.append(_INT)
        out.append((int(value) + _OFFSET).to_bytes(8, "big"))
    elif isinstance(value, str):
        # UTF-8 preserves code point order; NUL is escaped so that b"\x00\x00" can end the string
        out.append(_STR)
        out.append(value.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\xff"))
        out.append(b"\x00\x00")
    elif isinstance(value, tuple | list):
        out.append(_TUPLE)
        for item in value:
            _encode_elem(item, out)
        out.append(_END)
    else:
        raise TypeError(f"cannot encode {type(value).__name__} in a sort key")


def encode_key(key: tuple) -> bytes:
    out: list[bytes] = []
    for item in key:
        _encode_elem(item, out)
    out.append(_END)
    return b"".join(out)
