"""Shared fixtures: a fresh temporary database per test; a small demo database built once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the real user data folder."""
    monkeypatch.setenv("DVDESK_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture
def store(tmp_path):
    from dvdesk.store.db import open_store
    from dvdesk.store.seed import SAMPLE_AGENCY

    s = open_store(tmp_path / "test.sqlite3", create=True)
    # A new database knows no office (first-run dialog); tests print as the sample office, unconfirmed.
    s.settings.set("agency", dict(SAMPLE_AGENCY))
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """A small deterministic demo database (built once per test session; copy before writing)."""
    from dvdesk.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, initiatives=1500, awards=500, seed=7)
    return path


@pytest.fixture
def demo_store(demo_file, tmp_path):
    from dvdesk.store.db import open_store

    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, target)
    s = open_store(target)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_store_session(demo_file, tmp_path_factory):
    """A read-only view of the demo database shared by a whole session (never write to it)."""
    from dvdesk.store.db import open_store

    target = tmp_path_factory.mktemp("demo_ro") / "demo.sqlite3"
    shutil.copyfile(demo_file, target)
    s = open_store(target)
    yield s
    s.close()
