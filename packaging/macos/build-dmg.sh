#!/usr/bin/env bash
# macOS: a .dmg for people who install by hand (drag the app to Applications).
#   packaging/macos/build-dmg.sh [PYTHON]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="${1:-$ROOT/.venv/bin/python}"
APP="dist/Learning Journal.app"
VERSION="$("$PY" -c 'import journal; print(journal.__version__)')"
[ -d "$APP" ] || { echo "build-dmg: no $APP; run packaging/macos/build-app.sh first." >&2; exit 1; }
rm -rf build/dmg && mkdir -p build/dmg
ditto "$APP" "build/dmg/Learning Journal.app"
ln -s /Applications build/dmg/Applications
OUT="dist/LearningJournal-$VERSION.dmg"
rm -f "$OUT"
hdiutil create -volname "Learning Journal $VERSION" -srcfolder build/dmg -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 "$OUT"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$OUT"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$OUT" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$OUT"
  fi
fi
echo "Built $OUT."
