"""Where dvdesk keeps its files (platformdirs), with --data-dir / --db overrides."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from dvdesk import APP_NAME

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


def resources_dir() -> Path:
    """The bundled resources (fonts, templates); inside a PyInstaller bundle too."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def attachments_dir(db_path: Path) -> Path:
    """Content-addressed attachment files live beside the database."""
    return db_path.with_name(db_path.stem + "-files")


def backups_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")
