#!/usr/bin/env bash
# macOS: freeze "Learning Journal.app" from the same spec as every platform,
# then smoke-test it. Run on a macOS runner (Python 3.11+ venv with the app
# and pyinstaller installed):
#   packaging/macos/build-app.sh [PYTHON]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="${1:-$ROOT/.venv/bin/python}"
[ "$(uname -s)" = Darwin ] || { echo "build-app: this script runs on macOS only." >&2; exit 1; }
"$PY" packaging/icons.py build/icons >/dev/null
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/journal.spec
APP="dist/Learning Journal.app"
[ -d "$APP" ] || { echo "build-app: PyInstaller made no $APP." >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/journal" --smoke-test
QT_QPA_PLATFORM=cocoa "$APP/Contents/MacOS/journal" --smoke-test
echo "Built $APP ($(du -sh "$APP" | cut -f1))."
