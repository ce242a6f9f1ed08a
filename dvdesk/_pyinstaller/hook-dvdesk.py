"""PyInstaller hook run when a bundle imports ``dvdesk``: ship the package ``dvdesk.resources`` with
its data files. Computed from wherever the package is installed (a wheel, or the source tree's
``resources/`` folder in an editable install), always placed at ``dvdesk/resources/``."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import dvdesk.resources

hiddenimports = ["dvdesk.resources"]

_root = Path(str(importlib.resources.files(dvdesk.resources)))
datas = [(str(path), str(Path("dvdesk", "resources", path.parent.relative_to(_root))))
         for path in sorted(_root.rglob("*"))
         if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts]
