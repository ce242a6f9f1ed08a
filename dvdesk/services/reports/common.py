"""Shared pieces of the report builders: the agency profile, signatures, atomic export."""

from __future__ import annotations

from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.services.documents import AgencyProfile, Document, DocumentSet, Signature
from dvdesk.services.files import check_target

FORMATS = (".pdf", ".xlsx")


def agency_profile(store, style: str | None = None) -> AgencyProfile:
    """Today's agency profile from the settings (for documents issued now), in the format its
    names call for; a ``style`` that contradicts them is refused (``StyleMismatchError``)."""
    a = store.settings.agency()
    return AgencyProfile.of(a["parent_body"], a["issuing_body"], a["symbol"], a["place"], style=style,
                            fallback=a.get("style") or "party")


def default_signature(store) -> Signature:
    a = store.settings.agency()
    return Signature(authority=a.get("signer_authority", ""), title=a.get("signer_title", ""),
                     name=a.get("signer_name", ""))


def agency_phrase(issuer: str, parent: str = "") -> str:
    """How an issuing body is named inside a sentence, from its printed (capitals) names:
    ("BAN DÂN VẬN", "TỈNH ỦY KIÊN GIANG") -> "Ban Dân vận Tỉnh ủy";
    ("ỦY BAN NHÂN DÂN TỈNH", "") -> "Ủy ban nhân dân tỉnh"."""
    text = issuer.strip().lower()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    words = text.split()
    for i, w in enumerate(words[:-1]):  # a place name after the level word keeps its capitals
        if w in ("tỉnh", "huyện", "xã", "phường", "thị", "phố") and i + 1 < len(words):
            start = i + 2 if w == "thị" else i + 1
            words[start:] = [x[:1].upper() + x[1:] for x in words[start:]]
            break
    text = " ".join(words)
    if text.startswith("Ban "):  # the board's own name keeps its capitals: Ban Tuyên giáo và Dân vận
        for name in ("dân vận", "tuyên giáo", "tổ chức"):
            text = text.replace(name, name[0].upper() + name[1:])
    p = parent.strip().upper()
    if text.startswith("Ban "):
        for prefix, suffix in (("TỈNH ỦY", " Tỉnh ủy"), ("HUYỆN ỦY", " Huyện ủy"), ("THÀNH ỦY", " Thành ủy"),
                               ("ĐẢNG ỦY", " Đảng ủy"), ("BAN CHẤP HÀNH TRUNG ƯƠNG", " Trung ương")):
            if p.startswith(prefix):
                return text + suffix
    return text


def export(doc: Document | DocumentSet, target: Path | str) -> Path:
    """Render ``doc`` to ``target`` (.pdf or .xlsx) through a temporary file (never half-written)."""
    from dvdesk.services.render import render

    target = Path(target)
    if target.suffix.lower() not in FORMATS:
        raise DvdeskError(f"Chỉ xuất được tệp .pdf hoặc .xlsx (không phải \"{target.suffix or target.name}\").")
    check_target(target)  # fail early, before a long render, with the same messages
    render(doc, target)  # the renderers write through a temporary file (files.atomic_output)
    return target
