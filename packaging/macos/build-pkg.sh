#!/usr/bin/env bash
# macOS: a flat .pkg for Jamf (installs "Learning Journal.app" into
# /Applications, silently: `sudo installer -pkg FILE -target /`).
#   MACOS_INSTALLER_IDENTITY="Developer ID Installer: Example School Trust (TEAMID)" \
#     packaging/macos/build-pkg.sh [PYTHON]
# Without the identity the .pkg is unsigned (CI); Jamf can still deploy an
# unsigned package, but Gatekeeper warns when a person opens one by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="${1:-$ROOT/.venv/bin/python}"
APP="dist/Learning Journal.app"
VERSION="$("$PY" -c 'import journal; print(journal.__version__)')"
[ -d "$APP" ] || { echo "build-pkg: no $APP; run packaging/macos/build-app.sh first." >&2; exit 1; }
rm -rf build/pkg && mkdir -p build/pkg/root/Applications
ditto "$APP" "build/pkg/root/Applications/Learning Journal.app"
pkgbuild --analyze --root build/pkg/root build/pkg/components.plist
# Never relocate: Jamf expects the app in /Applications, not wherever a copy was found.
/usr/libexec/PlistBuddy -c "Set :0:BundleIsRelocatable false" build/pkg/components.plist
pkgbuild --root build/pkg/root --component-plist build/pkg/components.plist \
  --identifier org.learningjournal.LearningJournal --version "$VERSION" \
  --install-location / build/pkg/LearningJournal-component.pkg
SIGN=(); [ -n "${MACOS_INSTALLER_IDENTITY:-}" ] && SIGN=(--sign "$MACOS_INSTALLER_IDENTITY")
productbuild --package build/pkg/LearningJournal-component.pkg --identifier org.learningjournal.LearningJournal.pkg \
  --version "$VERSION" ${SIGN[@]+"${SIGN[@]}"} "dist/LearningJournal-$VERSION.pkg"
pkgutil --check-signature "dist/LearningJournal-$VERSION.pkg" || true
echo "Built dist/LearningJournal-$VERSION.pkg."
