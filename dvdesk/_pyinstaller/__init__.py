"""PyInstaller hook for dvdesk, found through the ``pyinstaller40`` entry point (pyproject.toml):
a bundle of the app carries the files of ``dvdesk.resources`` (fonts, Excel templates) at
``dvdesk/resources/`` inside the bundle, where :func:`dvdesk.paths.resource` finds them through
``importlib.resources``. Nothing in the app imports this package.

Build the bundle from a regular install (``pip install .``): PyInstaller does not follow the
import finder of an editable install.
"""

from __future__ import annotations

from pathlib import Path


def get_hook_dirs() -> list[str]:
    return [str(Path(__file__).resolve().parent)]
