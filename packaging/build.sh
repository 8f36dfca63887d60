#!/usr/bin/env bash
# Build the Broadsheet app bundle (PyInstaller, one folder) from a fresh clone.
#
#   packaging/build.sh            # -> dist/broadsheet/ (Linux, Windows) or dist/Broadsheet.app (macOS)
#
# Steps: a build venv (build/venv; reused when present, PYTHON picks the interpreter), the
# project with its `package` extra (PyInstaller) installed into it, a check that the committed
# PNG icons still match the SVG master, then PyInstaller on packaging/broadsheet.spec (which
# also packs the .ico/.icns from the PNGs). Prints the bundle's size and the build time.
# Environment: PYTHON (default python3), BROADSHEET_BUILD_VENV (default build/venv),
# BROADSHEET_FRESH_VENV=1 to recreate the venv.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)

python=${PYTHON:-python3}
venv=${BROADSHEET_BUILD_VENV:-build/venv}
if [[ "${BROADSHEET_FRESH_VENV:-0}" == 1 ]]; then
    rm -rf "$venv"
fi
if [[ ! -x "$venv/bin/python" && ! -x "$venv/Scripts/python.exe" ]]; then
    echo "== creating the build venv $venv"
    "$python" -m venv "$venv"
fi
if [[ -x "$venv/Scripts/python.exe" ]]; then
    vpython="$venv/Scripts/python.exe" # Windows (Git Bash)
else
    vpython="$venv/bin/python"
fi

echo "== installing Broadsheet and PyInstaller into the venv (log: build/pip.log)"
mkdir -p build
if ! "$vpython" -m pip install --upgrade pip "${root}[package]" >build/pip.log 2>&1; then
    tail -n 40 build/pip.log >&2
    echo "pip install failed (see build/pip.log)" >&2
    exit 1
fi

echo "== checking the icons against resources/icons/broadsheet.svg"
if ! QT_QPA_PLATFORM=offscreen "$vpython" packaging/icons.py render --check; then
    echo "the PNG icons are out of date: run python packaging/icons.py render" >&2
    exit 1
fi

echo "== running PyInstaller"
pyi_started=$(date +%s)
"$vpython" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    packaging/broadsheet.spec
finished=$(date +%s)

case "$(uname -s)" in
    Darwin) bundle=dist/Broadsheet.app; exe=$bundle/Contents/MacOS/Broadsheet ;;
    MINGW* | MSYS* | CYGWIN*) bundle=dist/broadsheet; exe=$bundle/Broadsheet.exe ;;
    *) bundle=dist/broadsheet; exe=$bundle/broadsheet ;;
esac
if [[ ! -x "$exe" ]]; then
    echo "build failed: $exe is missing" >&2
    exit 1
fi
size=$(du -sh "$bundle" | cut -f1)
bytes=$(du -sk "$bundle" | cut -f1)
cat >build/bundle-stats.txt <<EOF
bundle=$bundle
size_kib=$bytes
pyinstaller_seconds=$((finished - pyi_started))
total_seconds=$((finished - started))
EOF
echo "== built $bundle"
echo "executable:  $exe"
echo "bundle size: $size ($bytes KiB)"
echo "build time:  $((finished - started)) s in all, PyInstaller $((finished - pyi_started)) s"
