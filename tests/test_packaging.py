"""The wheel ships every package and the resources (fonts with their licence, Excel templates) as
``dvdesk.resources``, and :func:`dvdesk.paths.resource` finds them from an installed wheel as it
does from the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dvdesk.paths import resource

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def _shipped_files() -> list[str]:
    """Everything in resources/ (but Python caches), as paths inside the wheel."""
    return sorted("dvdesk/resources/" + p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built offline from a copy of the project (the build leaves build/ and *.egg-info behind)."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("dvdesk", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    out = work / "dist"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                        "--quiet", "-w", str(out), str(src)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    (path,) = out.glob("dvdesk-*.whl")
    return path


@pytest.mark.timeout(120)
def test_wheel_holds_the_resources_and_every_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    fonts = {n for n in names if n.startswith("dvdesk/resources/fonts/") and n.endswith(".ttf")}
    assert len(fonts) == 4
    assert "dvdesk/resources/fonts/LICENSE-LiberationSerif.txt" in names
    templates = {n for n in names if n.startswith("dvdesk/resources/templates/") and n.endswith(".xlsx")}
    assert len(templates) == 3
    missing = [f for f in _shipped_files() if f not in names]
    assert not missing, f"resources/ files left out of the wheel (package-data in pyproject.toml): {missing}"
    packages = sorted(p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "dvdesk").rglob("__init__.py"))
    left_out = [p for p in packages if f"{p}/__init__.py" not in names]
    assert not left_out, f"packages left out of the wheel (packages in pyproject.toml): {left_out}"
    assert not any(n.startswith("resources/") for n in names)
    assert "dvdesk/_pyinstaller/hook-dvdesk.py" in names


@pytest.mark.timeout(120)
def test_resources_are_found_in_an_installed_wheel(wheel, tmp_path):
    site = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                        "--target", str(site), str(wheel)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    probe = ("import dvdesk, dvdesk.paths as p; from dvdesk.services.importers.templates import template_path; "
             "print(dvdesk.__file__); print(p.resource('fonts', 'LiberationSerif-Regular.ttf')); "
             "print(template_path('initiatives'))")
    env = {**os.environ, "PYTHONPATH": str(site)}
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    package, font, template = (Path(line) for line in r.stdout.splitlines())
    assert package.is_relative_to(site)  # the installed copy, not the source tree
    assert font == site / "dvdesk" / "resources" / "fonts" / "LiberationSerif-Regular.ttf" and font.is_file()
    assert template.is_relative_to(site / "dvdesk" / "resources" / "templates") and template.is_file()


def test_resources_from_the_source_tree():
    assert resource() == RESOURCES  # editable install: the folder at the top of the repository
    assert resource("fonts", "LiberationSerif-Bold.ttf").is_file()
    assert sorted(p.name for p in resource("templates").glob("*.xlsx")) == [
        "mau-nhap-don-vi.xlsx", "mau-nhap-khen-thuong.xlsx", "mau-nhap-mo-hinh.xlsx"]
