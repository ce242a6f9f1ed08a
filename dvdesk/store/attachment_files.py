"""Attachment files on disk, treating what a database says about them as untrusted.

A stored file is addressed only by its SHA-256, validated as 64 lowercase hex digits
(:func:`stored_path`, used by the repository, backups and restores): a crafted database whose
``sha256`` column holds ``../../etc/passwd`` never becomes a path. The ``file_name`` column is
for display only; opening a file copies it into a fresh temporary folder under a sanitised name
(:func:`safe_file_name`), and types that Windows would run rather than show
(:func:`is_executable`) are never launched: the caller offers to open the containing folder.

Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from dvdesk.domain.errors import DvdeskError

_SHA256 = re.compile(r"[0-9a-f]{64}")
_MEMBER = re.compile(r"files/([0-9a-f]{2})/([0-9a-f]{64})")

MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 240  # UTF-8 bytes (Linux allows 255 per name; Vietnamese letters take 2-3 each)
DEFAULT_NAME = "tep-dinh-kem"
OPEN_PREFIX = "dvdesk-mo-tep-"

_FORBIDDEN = set('<>:"/\\|?*')
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Cn", "Zl", "Zp"}  # controls, bidi/zero-width marks, surrogates
_SUPERSCRIPT_DIGITS = "¹²³"
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{p}{d}" for p in ("COM", "LPT") for d in "123456789" + _SUPERSCRIPT_DIGITS}
)

# Types that Windows (or an installed runtime) executes, installs, mounts or interprets when opened.
EXECUTABLE_EXTENSIONS = frozenset("""
    exe bat cmd com js jse vbs vbe wsf wsh ws wsc sct ps1 ps1xml ps2 ps2xml psc1 psc2 psm1 psd1 lnk scr
    msi msp mst msc msh msh1 msh2 mshxml hta cpl jar reg pif application appref-ms gadget scf url inf
    dll sys drv ocx vb vxd chm hlp shb shs xbap appx appxbundle msix msixbundle appinstaller
    settingcontent-ms library-ms searchconnector-ms diagcab diagpkg iso img vhd vhdx xll xnk website
    py pyw pyc pyz pl rb sh bash command app action workflow ade adp mad maf mag mam maq mar mas mat
    mau mav maw mda mde mdt mdw mdz ins isp its crt cer der
""".split())


class AttachmentFileError(DvdeskError):
    """An attachment's stored reference or file is not usable (message in Vietnamese)."""


# -- content addresses ---------------------------------------------------------------------------
def is_valid_sha256(value: object) -> bool:
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def validated_sha256(value: object) -> str:
    if not is_valid_sha256(value):
        raise AttachmentFileError("Mã nhận diện của tệp đính kèm không hợp lệ (dữ liệu có thể đã bị sửa đổi): "
                                  "chương trình không dùng nó làm đường dẫn tệp.")
    return value  # type: ignore[return-value]


def stored_path(root: Path | str, sha256: object) -> Path:
    """Where the file with this content hash is kept under ``root`` (``root/ab/abcdef…``)."""
    sha = validated_sha256(sha256)
    return Path(root) / sha[:2] / sha


def member_name(sha256: object) -> str:
    """The file's entry name inside a backup archive."""
    sha = validated_sha256(sha256)
    return f"files/{sha[:2]}/{sha}"


def sha_of_member(name: str) -> str | None:
    """The hash an archive entry name stands for; None unless exactly ``files/<2 hex>/<64 hex>``
    with the folder equal to the hash's first two digits."""
    m = _MEMBER.fullmatch(name)
    if m is None or m.group(2)[:2] != m.group(1):
        return None
    return m.group(2)


def file_sha256(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def is_regular_file(path: Path | str) -> bool:
    """A regular file, not a link to one elsewhere (a planted symlink must not be read)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


# -- names ---------------------------------------------------------------------------------------
def _fits(name: str) -> bool:
    return len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) <= MAX_NAME_BYTES


def _shorten(name: str) -> str:
    if _fits(name):
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 16:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    while stem and not _fits(stem + suffix):
        stem = stem[:-1]
    stem = stem.rstrip(". ")
    return (stem + suffix) if stem else DEFAULT_NAME + suffix


def safe_file_name(name: object, default: str = DEFAULT_NAME) -> str:
    """A name that is safe to create on Windows and Linux: the last path component only, no
    control or invisible formatting characters (e.g. right-to-left overrides that disguise
    ``.exe``), ``<>:"/\\|?*`` replaced by ``_``, no trailing dots or spaces, not a reserved
    device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9), at most 120 characters."""
    text = unicodedata.normalize("NFC", name if isinstance(name, str) else "")
    text = re.split(r"[\\/]", text)[-1]
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in _FORBIDDEN:
            kept.append("_")
        elif ch in "\t\n\r\v\f" or category == "Zs":
            kept.append(" ")
        elif category not in _DROPPED_CATEGORIES:
            kept.append(ch)
    text = "".join(kept).strip().rstrip(". ")
    if not text.strip("._ "):
        text = default
    base = text.split(".", 1)[0].rstrip(" ").upper()
    if base in WINDOWS_RESERVED:
        text = "_" + text
    return _shorten(text)


def extension(name: str) -> str:
    """The lower-case extension Windows would use to pick a program ("" when none)."""
    clean = safe_file_name(name)
    return clean.rsplit(".", 1)[1].lower() if "." in clean else ""


def is_executable(name: object) -> bool:
    """True for types that run (programs, scripts, installers, shortcuts, disk images…) instead of
    being shown: such an attachment must never be launched from the app."""
    return extension(name if isinstance(name, str) else "") in EXECUTABLE_EXTENSIONS


# -- opening a copy ------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenCopy:
    path: Path          # the copy, under its sanitised display name
    folder: Path        # the fresh temporary folder holding it
    executable: bool    # never launch it: offer to open ``folder`` instead


def _mark_from_internet(path: Path) -> None:
    """On Windows, tag the copy as coming from outside (Office opens it in Protected View,
    SmartScreen warns before running it)."""
    if os.name != "nt":
        return
    with contextlib.suppress(OSError), open(f"{path}:Zone.Identifier", "w", encoding="ascii") as fh:
        fh.write("[ZoneTransfer]\r\nZoneId=3\r\n")


def clean_open_copies(temp_root: Path | str | None = None, max_age: float = 86400) -> None:
    """Remove copies made for opening more than ``max_age`` seconds ago."""
    root = Path(temp_root or tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for folder in root.glob(OPEN_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if folder.is_dir() and not folder.is_symlink() and time.time() - folder.stat().st_mtime > max_age:
                    shutil.rmtree(folder, ignore_errors=True)


def copy_for_opening(source: Path | str, display_name: object, sha256: object,
                     temp_root: Path | str | None = None) -> OpenCopy:
    """Copy the stored file ``source`` into a new private temporary folder under a sanitised
    version of ``display_name``, checking on the way that its content still has ``sha256``.
    Raises :class:`AttachmentFileError` (or OSError for the disk)."""
    sha = validated_sha256(sha256)
    name = safe_file_name(display_name)
    if not is_regular_file(source):
        raise AttachmentFileError(f"Không tìm thấy tệp \"{name}\" trong kho dữ liệu. Hãy khôi phục từ bản sao lưu.")
    clean_open_copies(temp_root)
    folder = Path(tempfile.mkdtemp(prefix=OPEN_PREFIX, dir=temp_root))
    target = folder / name
    try:
        h = hashlib.sha256()
        with open(source, "rb") as src, open(target, "xb") as out:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                h.update(chunk)
                out.write(chunk)
        if h.hexdigest() != sha:
            raise AttachmentFileError(f"Tệp \"{name}\" trong kho dữ liệu đã bị thay đổi hoặc hỏng (nội dung không "
                                      "khớp mã kiểm tra). Hãy khôi phục từ bản sao lưu.")
        executable = is_executable(name)
        if executable and os.name == "posix":
            target.chmod(0o600)
        _mark_from_internet(target)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return OpenCopy(target, folder, executable)
