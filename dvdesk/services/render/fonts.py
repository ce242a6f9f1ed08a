"""Fonts for the PDF renderer: Times New Roman when the system has it, else bundled Liberation Serif.

Liberation Serif (SIL OFL 1.1, licence in ``resources/fonts/LICENSE-LiberationSerif.txt``) is
metric-compatible with Times New Roman, so a document lays out identically with either font.
Fonts are registered with reportlab once per process and embedded as TrueType subsets.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dvdesk.paths import resource

_STYLES = ("regular", "bold", "italic", "bold_italic")

#: File names of Times New Roman on Windows (C:\Windows\Fonts) and in msttcorefonts on Linux.
_TIMES_FILES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf", "TimesNewRoman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf", "TimesNewRomanBold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf",
               "TimesNewRomanItalic.ttf"),
    "bold_italic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf", "Times New Roman Bold Italic.ttf",
                    "TimesNewRomanBoldItalic.ttf"),
}

_LIBERATION_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}


@dataclass(frozen=True)
class FontFamily:
    """Registered reportlab font names for the four styles, and the family's display name."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, ...]

    def pick(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


def bundled_font_dir() -> Path:
    """The shipped fonts (``DVDESK_FONT_DIR`` points elsewhere, e.g. to prove the self-test notices
    a missing font)."""
    override = os.environ.get("DVDESK_FONT_DIR")
    return Path(override) if override else resource("fonts")


def _system_font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                 Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/TTF"),
                 Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"),
                 Path("/usr/local/share/fonts"), Path.home() / ".local" / "share" / "fonts",
                 Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def find_times_new_roman() -> dict[str, Path] | None:
    """Paths of the four Times New Roman files, or ``None`` if any style is missing."""
    found: dict[str, Path] = {}
    for d in _system_font_dirs():
        try:
            names = {p.name.lower(): p for p in d.iterdir() if p.is_file()}
        except OSError:
            continue
        # msttcorefonts lives one level down on some distributions
        for style, candidates in _TIMES_FILES.items():
            if style in found:
                continue
            for c in candidates:
                p = names.get(c.lower())
                if p is not None:
                    found[style] = p
                    break
        if len(found) == 4:
            return found
    return None


_lock = threading.Lock()
_families: dict[str, FontFamily] = {}


def _register(prefix: str, family: str, paths: dict[str, Path]) -> FontFamily:
    names = {}
    for style in _STYLES:
        name = f"{prefix}-{style}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(paths[style])))
        names[style] = name
    pdfmetrics.registerFontFamily(prefix, normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    return FontFamily(family=family, files=tuple(paths[s] for s in _STYLES), **names)


def get_fonts(prefer_system: bool = True) -> FontFamily:
    """Register (once) and return the font family for PDFs.

    ``prefer_system=False`` forces the bundled Liberation Serif (deterministic output for tests).
    Set ``DVDESK_PDF_FONT=bundled`` in the environment to the same effect.
    """
    if os.environ.get("DVDESK_PDF_FONT", "").lower() == "bundled":
        prefer_system = False
    key = "system" if prefer_system else "bundled"
    with _lock:
        fam = _families.get(key)
        if fam is not None:
            return fam
        if prefer_system:
            times = find_times_new_roman()
            if times is not None:
                try:
                    fam = _register("DVTimes", "Times New Roman", times)
                except Exception:  # a damaged system font: fall back to the bundled one
                    fam = None
                if fam is not None:
                    _families[key] = fam
                    return fam
        d = bundled_font_dir()
        paths = {s: d / f for s, f in _LIBERATION_FILES.items()}
        missing = [str(p) for p in paths.values() if not p.is_file()]
        if missing:
            raise FileNotFoundError("Không tìm thấy phông chữ Times New Roman hay phông kèm theo: "
                                    + ", ".join(missing))
        fam = _register("DVLiberationSerif", "Liberation Serif", paths)
        _families[key] = fam
        return fam
