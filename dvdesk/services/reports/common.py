"""Shared pieces of the report builders: the agency profile, signatures, atomic export."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dvdesk.domain.entities import Issuer
from dvdesk.domain.errors import DvdeskError, NotFoundError
from dvdesk.domain.vntext import fold, money_vn
from dvdesk.domain.vocab import DocumentStyle
from dvdesk.services.documents import AgencyProfile, Document, DocumentSet, Signature, number_line
from dvdesk.services.files import check_target

FORMATS = (".pdf", ".xlsx", ".docx")
#: what each report is written to — by `dvdesk export KIND` and by the Báo cáo page: lists and tables to
#: PDF (to sign) and Excel (to edit), the documents to sign to PDF and Word (to finish the wording)
KIND_FORMATS = {"awards": (".pdf", ".xlsx"), "initiatives": (".pdf", ".xlsx"), "statistics": (".pdf", ".xlsx"),
                "decision": (".pdf", ".docx"), "proposal": (".pdf", ".docx"), "report": (".pdf", ".docx")}


#: Printed where the office profile says nothing (a new database knows no office: no invented one).
BLANK = "…………………"


def agency_profile(store, style: str | None = None) -> AgencyProfile:
    """Today's agency profile from the settings (for documents issued now), in the format its
    names call for; a ``style`` that contradicts them is refused (``StyleMismatchError``); dotted
    blanks where the profile is missing — the parent body too while it has never been confirmed."""
    a = store.settings.agency()
    unset = not a.get("confirmed") and not a["issuing_body"]  # never told: dotted blanks, no invented agency
    return AgencyProfile.of(a["parent_body"] or (BLANK if unset else ""), a["issuing_body"] or BLANK,
                            a["symbol"] or BLANK, a["place"] or BLANK, style=style,
                            fallback=a.get("style") or DocumentStyle.PARTY)


@dataclass
class Issue:
    """How a list or an appendix that is not a decision's own list is issued: its number, its date
    (the place is the agency's) and, when it goes with another document, that document.

    ``number``: "15" (completed with the type code and the agency symbol: "Số 15-DS/BTGDVTU") or a
    full number ("15-DS/BTGDVTU"); ``None`` leaves the blank a clerk fills by hand — or, for a
    document attached to another, no number line at all (the main document carries the number).
    ``on``: the date of the date line (``None``: today).  ``attached_to``: "Báo cáo số
    45-BC/BTGDVTU ngày 20/11/2025" prints "(Kèm theo Báo cáo số 45-BC/BTGDVTU ngày 20/11/2025)"
    under the title.
    """

    number: str | None = None
    on: date | None = None
    attached_to: str | None = None

    def number_line(self, profile: AgencyProfile, type_code: str) -> str | None:
        text = " ".join((self.number or "").split())
        text = re.sub(r"^(?i:số)\s*:?\s*", "", text)
        if not text:
            return None if self.attached_to_text() else number_line(profile.style, None, type_code, profile.symbol)
        if text.isdigit():
            return number_line(profile.style, text, type_code, profile.symbol)
        return f"Số {text}" if profile.style == "party" else f"Số: {text}"

    def attached_to_text(self) -> str | None:
        """"(Kèm theo …)" as printed, whether the caller wrote the brackets and "Kèm theo" or not."""
        text = " ".join((self.attached_to or "").split()).strip("()").strip()
        text = re.sub(r"^(?i:kèm theo)\s+", "", text)
        return f"(Kèm theo {text})" if text else None

    def document_fields(self, profile: AgencyProfile, type_code: str) -> dict:
        """The number, date and appendix fields of a :class:`Document`."""
        return {"number": self.number_line(profile, type_code), "date": self.on or date.today(),
                "appendix": self.attached_to_text()}


def office_on(store, on: date) -> Issuer | None:
    """The office's own Ban (issuer body "BAN") as it stood on ``on`` — "Ban Dân vận Tỉnh ủy Kiên Giang"
    before the 2025 merger — or ``None`` when the catalog has no row for that date."""
    try:
        return store.issuers.on("BAN", on)
    except NotFoundError:
        return None


def office_profile(store, office: Issuer | None) -> AgencyProfile:
    """The header of a document the office issues: its names on the date (``office_on``), else the
    agency profile with dotted blanks where it says nothing."""
    a = store.settings.agency()
    if office is not None:
        return AgencyProfile.of(office.parent_name, office.name, office.symbol, office.place or a["place"],
                                fallback=office.style)
    return AgencyProfile.of(a["parent_body"] or BLANK, a["issuing_body"] or BLANK, a["symbol"] or BLANK,
                            a["place"] or BLANK)


def office_phrase(office: Issuer | None, default: str = "Ban") -> str:
    """The office named inside a sentence ("Ban Dân vận Tỉnh ủy"), ``default`` when unknown."""
    return agency_phrase(office.name, office.parent_name) if office is not None else default


def area_word(profile: AgencyProfile) -> str:
    """"tỉnh" / "huyện" / "xã": the area an office's figures cover, from its names ("toàn tỉnh có …")."""
    name = fold(f"{profile.parent_body} {profile.issuing_body}")
    for word, area in (("huyen", "huyện"), ("xa", "xã"), ("phuong", "phường"), ("thanh pho", "thành phố")):
        if f"{word} uy" in name or f"dang uy {word}" in name:
            return area
    return "tỉnh"


def kinds_phrase(n_collective: int, n_individual: int, joiner: str = " và ") -> str:
    """"48 tập thể và 52 cá nhân": a count of recipients by kind, a part that is 0 left out ("" when both are)."""
    parts = [f"{money_vn(n)} {kind}" for n, kind in ((n_collective, "tập thể"), (n_individual, "cá nhân")) if n]
    return joiner.join(parts)


def default_signature(store) -> Signature:
    a = store.settings.agency()
    unset = not a.get("confirmed") and not a["issuing_body"]
    return Signature(authority=a.get("signer_authority", "") or (BLANK if unset else ""),
                     title=a.get("signer_title", "") or (BLANK if unset else ""), name=a.get("signer_name", ""))


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
    """Render ``doc`` to ``target`` (.pdf, .xlsx or .docx) through a temporary file (never half-written)."""
    from dvdesk.services.render import render

    target = Path(target)
    if target.suffix.lower() not in FORMATS:
        raise DvdeskError(f"Chỉ xuất được tệp .pdf, .xlsx hoặc .docx (không phải \"{target.suffix or target.name}\").")
    check_target(target)  # fail early, before a long render, with the same messages
    render(doc, target)  # the renderers write through a temporary file (files.atomic_output)
    return target
