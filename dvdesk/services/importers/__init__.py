"""Importing the Excel lists offices already have: initiatives, awards, units.

The steps, each usable on its own (the wizard runs them in a worker, the CLI in a row):

1. :func:`inspect_workbook` — check the file (.xls, password, corrupt… refused with a Vietnamese
   message) and list its sheets;
2. :func:`read_sheet` — read a sheet into cleaned rows (legacy TCVN3/VNI text converted);
3. :func:`detect_layout` — find the header row(s) and map columns to fields (correctable with
   ``ImportOptions.mapping``);
4. :func:`analyze` — the dry run: every row added, updated, unchanged or rejected with a reason;
5. :func:`commit` — the same in one transaction, after a backup.

:func:`import_file` does 1–5 in one call. ``ImportReport.save_rejected(path)`` writes the rejected
rows with a "Lý do" column. :mod:`.templates` has the blank templates.
"""

from __future__ import annotations

from pathlib import Path

from dvdesk.services.importers.engine import (
    ImportLayoutError,
    ImportOptions,
    analyze,
    commit,
    commit_many,
    prepare_layout,
)
from dvdesk.services.importers.layout import Column, Layout, detect_layout
from dvdesk.services.importers.reader import (
    ImportCancelled,
    ImportFileError,
    RawSheet,
    SheetInfo,
    WorkbookInfo,
    inspect_workbook,
    read_sheet,
)
from dvdesk.services.importers.report import ImportReport, RowResult, save_rejected_many
from dvdesk.services.importers.specs import FIELDS, KIND_LABELS, KINDS, FieldSpec


def import_file(store, path: Path | str, kind: str, *, sheet: str | None = None, dry_run: bool = False,
                options: ImportOptions | None = None, progress=None, cancelled=None) -> ImportReport:
    """Read ``path`` and import (or with ``dry_run`` only check) its rows of ``kind``.

    Without a sheet name, the first visible sheet whose header matches ``kind`` is used.
    """
    options = options or ImportOptions(kind)
    options.kind = kind
    sheet = sheet or options.sheet

    def read_progress(done, total, text):
        if progress is not None:
            progress(int(500 * done / total) if total else 0, 1000, text)

    if sheet is None:
        sheet = choose_sheet(path, kind)
    raw = read_sheet(path, sheet, progress=read_progress, cancelled=cancelled)

    def later(done, total, text):
        if progress is not None:
            progress(500 + done // 2, 1000, text)

    if dry_run:
        return analyze(store, raw, options, progress=later, cancelled=cancelled)
    return commit(store, raw, options, progress=later, cancelled=cancelled)


def matching_sheets(path: Path | str, kind: str) -> list[str]:
    """The sheets whose header matches ``kind``: the visible ones, else the hidden ones."""
    info = inspect_workbook(path)
    found: list[str] = []
    for hidden in (False, True):
        for s in info.sheets:
            if s.hidden != hidden or is_help_sheet(s.name):
                continue
            peek = read_sheet(path, s.name, max_rows=25)
            if not detect_layout(peek, kind).problem:
                found.append(s.name)
        if found:
            break
    return found


def import_workbook(store, path: Path | str, kind: str, *, sheets: list[str] | None = None, dry_run: bool = False,
                    options: ImportOptions | None = None, progress=None, cancelled=None) -> list[ImportReport]:
    """Import every sheet of ``kind`` in the workbook (or the named ``sheets``), in one transaction.

    An export of all award decisions has one sheet per decision: all of them are imported.
    """
    options = options or ImportOptions(kind)
    options.kind = kind
    names = sheets or matching_sheets(path, kind) or [choose_sheet(path, kind)]
    raws = []
    for k, name in enumerate(names):
        def read_progress(done, total, text, k=k):
            if progress is not None:
                progress(int(500 * (k + (done / total if total else 0)) / len(names)), 1000, text)

        raws.append(read_sheet(path, name, progress=read_progress, cancelled=cancelled))

    def later(done, total, text):
        if progress is not None:
            progress(500 + done // 2, 1000, text)

    if dry_run:
        return [analyze(store, raw, options, progress=later, cancelled=cancelled) for raw in raws]
    return commit_many(store, [(raw, None) for raw in raws], options, progress=later, cancelled=cancelled)


_HELP_SHEETS = ("huong dan", "danh muc", "ghi chu", "chu thich")


def is_help_sheet(name: str) -> bool:
    """A sheet of instructions or value lists (our templates' "Hướng dẫn", "Danh mục"): never data."""
    from dvdesk.domain.vntext import fold

    folded = " ".join(fold(name).replace("_", " ").split())
    return folded.startswith(_HELP_SHEETS)


def choose_sheet(path: Path | str, kind: str) -> str:
    """The sheet to import by default: the first visible one whose header matches ``kind``
    (our templates' instruction sheet is skipped), else the first visible sheet."""
    info = inspect_workbook(path)
    if len(info.sheets) == 1:
        return info.sheets[0].name
    found = matching_sheets(path, kind)
    if found:
        return found[0]
    visible = [s for s in info.sheets if not s.hidden] or info.sheets
    return visible[0].name


__all__ = [
    "FIELDS", "KINDS", "KIND_LABELS", "Column", "FieldSpec", "ImportCancelled", "ImportFileError",
    "ImportLayoutError", "ImportOptions", "ImportReport", "Layout", "RawSheet", "RowResult", "SheetInfo",
    "WorkbookInfo", "analyze", "choose_sheet", "commit", "commit_many", "detect_layout", "import_file",
    "import_workbook", "inspect_workbook", "is_help_sheet", "matching_sheets", "prepare_layout", "read_sheet", "save_rejected_many",
]
