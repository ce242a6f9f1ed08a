"""The delivery files that only Windows runs (installer script, build script, CI workflow) say what the
issue asks; the spec's version resource comes from pyproject. Read, not run: no Windows here."""

from __future__ import annotations

import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_installer_is_per_user_keeps_data_and_opens_backups():
    iss = (PACKAGING / "dvdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert r"DefaultDirName={localappdata}\Programs\dvdesk" in iss
    assert "{autoprograms}" in iss  # Start-menu shortcut
    assert r'Subkey: "Software\Classes\.dvbak"' in iss and "Root: HKA" in iss and "HKLM" not in iss
    assert r'"{app}\dvdesk-gui.exe"" ""%1"""' in iss
    assert r'Name: "{app}\_internal"' in iss  # an upgrade removes the old libraries first
    assert "localappdata}\\dvdesk" not in iss.split("[UninstallDelete]")[1]  # the data folder is never removed
    assert "AppId={{" in iss


def test_build_script_and_workflow_run_the_self_test():
    ps1 = (PACKAGING / "build-windows.ps1").read_text(encoding="utf-8")
    assert "pip install --quiet ." in ps1 and "PyInstaller" in ps1 and "self-test" in ps1 and "ISCC" in ps1
    wf = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "windows-latest" in wf and "/VERYSILENT" in wf and "self-test" in wf and "Nguyễn Văn A" in wf
    assert "unins000.exe" in wf


def test_spec_takes_the_version_from_pyproject():
    sys.path.insert(0, str(PACKAGING))
    try:
        from version_info import version_tuple
    finally:
        sys.path.remove(str(PACKAGING))
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert len(version_tuple(version)) == 4
    assert version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    spec = (PACKAGING / "dvdesk.spec").read_text(encoding="utf-8")
    assert "upx=False" in spec and "exclude_binaries=True" in spec and 'pyproject.toml' in spec
    assert (PACKAGING / "dvdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_version_file_is_vietnamese_and_numeric(tmp_path):
    sys.path.insert(0, str(PACKAGING))
    try:
        from version_info import write_version_file
    finally:
        sys.path.remove(str(PACKAGING))
    text = Path(write_version_file("0.1.0", tmp_path / "v.txt")).read_text(encoding="utf-8")
    assert "filevers=(0, 1, 0, 0)" in text and "Dân vận khéo" in text
