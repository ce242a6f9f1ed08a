#!/usr/bin/env bash
# Build the PyInstaller bundle dist/dvdesk/ on this machine (Linux or macOS; Windows: build-windows.ps1),
# then run its self-test from another working directory. Used by `make bundle`.
#
# PyInstaller must see a regular install (not the editable one of .venv), so the project is installed
# with `pip install .` into its own virtual environment, .venv-bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=.venv-bundle
start=$(date +%s)

test -x "$VENV/bin/python" || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10"
# Always the current sources: reinstall the project (not its dependencies) on every build.
"$VENV/bin/python" -m pip install --quiet .
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .
rm -rf build/dvdesk-bundle dist/dvdesk
mkdir -p build/dvdesk-bundle
# Run from outside the source tree: its dvdesk/ folder must not shadow the installed package.
root="$PWD"
( cd build/dvdesk-bundle && "$root/$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$root/build/dvdesk-bundle" --distpath "$root/dist" "$root/packaging/dvdesk.spec" )

built=$(date +%s)
size=$(du -sm dist/dvdesk | cut -f1)
echo "Bundle: dist/dvdesk/ — ${size} MB, built in $((built - start)) s"
# Windows' MAX_PATH (260): installed under C:\Users\<name>\AppData\Local\Programs\dvdesk\ (~60 + name)
longest=$(cd dist/dvdesk && find . -type f | awk '{ print length($0) }' | sort -n | tail -1)
echo "Longest path inside the bundle: ${longest} characters"
if [ "$longest" -gt 150 ]; then echo "A path inside the bundle is too long for Windows" >&2; exit 1; fi

# The bundle proves itself from another folder, with no display.
exe="$PWD/dist/dvdesk/dvdesk"
( cd "$(mktemp -d)" && QT_QPA_PLATFORM=offscreen "$exe" self-test )
