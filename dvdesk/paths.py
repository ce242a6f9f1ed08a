"""Where dvdesk keeps its files (platformdirs), with --data-dir / --db overrides, and where the files
it ships are (:func:`resource`)."""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from dvdesk import APP_NAME, resources

ENV_DATA_DIR = "DVDESK_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (``DVDESK_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "dvdesk.sqlite3"


def log_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) / "logs" if override else user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource(*parts: str) -> Path:
    """A file or folder shipped in the package ``dvdesk.resources`` (the ``resources/`` folder of
    the source tree), e.g. ``resource("fonts", "LiberationSerif-Regular.ttf")``.

    Found through :mod:`importlib.resources`, so it works from the source tree (editable install),
    an installed wheel and a PyInstaller bundle alike. Should the package ever be loaded from an
    archive, the file is extracted once and kept until the process exits.
    """
    ref = importlib.resources.files(resources)
    for part in parts:
        ref = ref / part
    if isinstance(ref, Path):
        return ref
    return _extracted.enter_context(importlib.resources.as_file(ref))


_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def attachments_dir(db_path: Path) -> Path:
    """Content-addressed attachment files live beside the database."""
    return db_path.with_name(db_path.stem + "-files")


def backups_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")
