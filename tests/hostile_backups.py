"""Building hostile ``.dvbak`` archives and databases for the hardening tests.

Everything here is what an attacker can do with a real backup: rewrite its entries, its manifest
(recomputing the checksum), flip zip flags, or tamper with the database inside.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from dvdesk.store import backup as bk

CENTRAL = b"PK\x01\x02"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def member(digest: str) -> str:
    return f"files/{digest[:2]}/{digest}"


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def manifest(path: Path) -> dict:
    return json.loads(entries(path)[bk.MANIFEST])


def write_archive(path: Path, items: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip with exactly these (name, data) entries, in order (duplicates allowed)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        with zipfile.ZipFile(path, "w", compression=compression, compresslevel=1) as zf:
            for name, data in items:
                info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
                info.compress_type = compression
                zf.writestr(info, data)
    return path


def rewrite(src: Path, dst: Path, *, db: bytes | None = None, add: list[tuple[str, bytes]] = (),
            drop: tuple[str, ...] = (), manifest_update: dict | None = None, manifest_drop: tuple[str, ...] = (),
            fix_checksum: bool = True) -> Path:
    """A copy of the backup ``src`` with its database replaced by ``db`` (checksum recomputed
    when ``fix_checksum``, as an attacker would), entries added or dropped, manifest changed."""
    old = entries(src)
    m = json.loads(old[bk.MANIFEST])
    if db is not None:
        old[bk.DB_MEMBER] = db
        if fix_checksum:
            m["db_sha256"] = sha(db)
            m["db_size"] = len(db)
    for key in manifest_drop:
        m.pop(key, None)
    m.update(manifest_update or {})
    items = [(n, d) for n, d in old.items() if n not in drop and n != bk.MANIFEST]
    items += list(add)
    items.append((bk.MANIFEST, json.dumps(m).encode()))
    return write_archive(dst, items)


def tamper_db(src: Path, dst: Path, change: Callable[[sqlite3.Connection], None], **kw) -> Path:
    """A copy of the backup with ``change`` applied to its database (checksum recomputed)."""
    work = dst.with_suffix(".work.sqlite3")
    work.write_bytes(entries(src)[bk.DB_MEMBER])
    c = sqlite3.connect(work, isolation_level=None)
    try:
        change(c)
    finally:
        c.close()
    data = work.read_bytes()
    work.unlink()
    return rewrite(src, dst, db=data, **kw)


def set_flag(path: Path, name: str, bit: int) -> None:
    """Set a general-purpose flag bit of entry ``name`` (local header and central directory)."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    off = info.header_offset
    (flags,) = struct.unpack_from("<H", raw, off + 6)
    struct.pack_into("<H", raw, off + 6, flags | bit)
    encoded = name.encode()
    pos = raw.find(CENTRAL)
    while pos >= 0:
        n_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if bytes(raw[pos + 46:pos + 46 + n_len]) == encoded:
            (flags,) = struct.unpack_from("<H", raw, pos + 8)
            struct.pack_into("<H", raw, pos + 8, flags | bit)
        pos = raw.find(CENTRAL, pos + 4)
    path.write_bytes(bytes(raw))


def tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative path -> content hash): what was written where."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            p = Path(dirpath) / f
            rel = str(p.relative_to(root))
            try:
                out[rel] = sha(p.read_bytes())
            except OSError:
                out[rel] = "?"
        if not files:
            out[str(Path(dirpath).relative_to(root)) + "/"] = "dir"
    return out


def file_state(db: Path) -> dict[str, str]:
    """The database file and its journals, byte for byte (hashes; the ``-shm`` index is left
    out: any reader may touch it; an empty journal counts as none)."""
    out = {}
    for suffix in ("", "-wal", "-journal"):
        p = Path(str(db) + suffix)
        data = p.read_bytes() if p.exists() else b""
        out[suffix or "db"] = sha(data) if data else "-"  # an empty journal holds nothing
    return out
