"""Renderers of the neutral document model: PDF (reportlab), XLSX (openpyxl) and DOCX (python-docx).

``render(doc, path)`` picks the format from the file suffix.
"""

from __future__ import annotations

import os
from pathlib import Path

from dvdesk.services.documents.layouts import Layout
from dvdesk.services.documents.model import Document, DocumentSet
from dvdesk.services.render.docx import render_docx
from dvdesk.services.render.pdf import render_pdf
from dvdesk.services.render.xlsx import render_xlsx

__all__ = ["render", "render_docx", "render_pdf", "render_xlsx"]


def render(doc_or_set: Document | DocumentSet, path: str | os.PathLike[str], layout: Layout | None = None) -> None:
    """Render to ``path`` as PDF (``.pdf``), Excel (``.xlsx``) or Word (``.docx``), by the suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        render_pdf(doc_or_set, path, layout)
    elif suffix == ".xlsx":
        render_xlsx(doc_or_set, path, layout)
    elif suffix == ".docx":
        render_docx(doc_or_set, path, layout)
    else:
        raise ValueError(f"Không hỗ trợ định dạng '{suffix}': chỉ .pdf, .xlsx hoặc .docx")
