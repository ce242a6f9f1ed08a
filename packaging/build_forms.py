"""Compile Qt Designer forms (forms/*.ui) into dvdesk/ui/forms/ui_*.py with pyside6-uic.

`python packaging/build_forms.py` regenerates; `--check` exits 1 when a generated file is stale or
missing (a test runs the check, so committed forms always match their .ui).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "dvdesk" / "ui" / "forms"


def _uic() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install PySide6-Essentials")


def generate(ui: Path) -> str:
    result = subprocess.run([*_uic(), "--no-autoconnection", str(ui)], capture_output=True, check=True)
    text = result.stdout.decode("utf-8")
    # uic stamps its version in a comment: drop volatile header lines so the check is stable
    lines = [ln for ln in text.splitlines() if not ln.startswith("## Created by: Qt User Interface Compiler")]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    OUT.mkdir(parents=True, exist_ok=True)
    for ui in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui.stem}.py"
        code = generate(ui)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8")
    if stale:
        print("stale generated forms: " + ", ".join(stale) + " (run `make forms`)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
