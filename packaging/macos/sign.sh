#!/usr/bin/env bash
# macOS: sign the .app with the hardened runtime, then notarize and staple it.
#   MACOS_SIGN_IDENTITY="Developer ID Application: Example School Trust (TEAMID)" \
#   MACOS_NOTARY_PROFILE=learning-journal  packaging/macos/sign.sh
# The notary profile is made once with `xcrun notarytool store-credentials`.
# Without MACOS_SIGN_IDENTITY the app is signed ad hoc ("-"): enough for a CI
# run to prove the signing step and the hardened runtime, not for release.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
APP="dist/Learning Journal.app"
IDENTITY="${MACOS_SIGN_IDENTITY:--}"
ENTITLEMENTS=packaging/macos/entitlements.plist
[ -d "$APP" ] || { echo "sign: no $APP; run packaging/macos/build-app.sh first." >&2; exit 1; }
TIMESTAMP=--timestamp; [ "$IDENTITY" = - ] && TIMESTAMP=--timestamp=none

# Inside out: every library and the Python extension modules first, then the
# main executable, then the bundle (never --deep for signing: it skips
# entitlements on nested code).
find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) \
  ! -path "*/Contents/MacOS/journal" -print0 \
  | while IFS= read -r -d '' file; do
      if file -b "$file" | grep -q "Mach-O"; then
        codesign --force --options runtime $TIMESTAMP --sign "$IDENTITY" "$file"
      fi
    done
find "$APP/Contents" -type d -name '*.framework' -print0 \
  | while IFS= read -r -d '' fw; do
      codesign --force --options runtime $TIMESTAMP --sign "$IDENTITY" "$fw"
    done
codesign --force --options runtime $TIMESTAMP --entitlements "$ENTITLEMENTS" \
  --sign "$IDENTITY" "$APP/Contents/MacOS/journal"
codesign --force --options runtime $TIMESTAMP --entitlements "$ENTITLEMENTS" \
  --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/journal" --smoke-test

if [ "$IDENTITY" != - ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  ditto -c -k --keepParent "$APP" build/notarize.zip
  xcrun notarytool submit build/notarize.zip --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$APP"
  spctl --assess --type execute --verbose "$APP"
fi
echo "Signed $APP with '$IDENTITY'."
