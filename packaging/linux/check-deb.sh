#!/usr/bin/env bash
# Check the .deb: metadata validates, it installs, the installed app passes
# its smoke test under a virtual X server with the real xcb platform (this
# catches missing system libraries), lintian has no errors, and it removes
# cleanly. Needs root (or sudo) for dpkg.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
APP_ID=org.learningjournal.LearningJournal
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
DEB="$(ls -t dist/learning-journal_*.deb 2>/dev/null | head -n1 || true)"
[ -n "$DEB" ] || { echo "check-deb: no .deb in dist/; run 'make package' first." >&2; exit 1; }
STAGE=build/deb/learning-journal

echo "== desktop-file-validate"
for f in "$STAGE"/usr/share/applications/*.desktop; do desktop-file-validate "$f"; done
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"

echo "== lintian"
# Errors fail the check; accepted warnings are overridden with reasons in
# packaging/linux/lintian-overrides (shipped in the package).
lintian --fail-on error "$DEB" | tee build/deb/lintian.txt || {
  echo "check-deb: lintian found errors (see above)." >&2; exit 1; }

echo "== install"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$DEB" >/dev/null
test -x /opt/learning-journal/journal
test "$(readlink -f /usr/bin/journal)" = /opt/learning-journal/journal
test -f "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"
want="Learning Journal $(dpkg-deb -f "$DEB" Version)"
got="$(journal --version)"
[ "$got" = "$want" ] || { echo "check-deb: 'journal --version' says '$got', the package '$want'." >&2; exit 1; }

echo "== smoke test of the installed app (xcb under Xvfb)"
export HOME="$(mktemp -d)"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" journal --smoke-test | tee build/deb/smoke.txt
grep -q "(xcb)" build/deb/smoke.txt
echo "== smoke test of the installed app (offscreen)"
QT_QPA_PLATFORM=offscreen journal --smoke-test

echo "== remove"
$SUDO dpkg -r learning-journal >/dev/null
if [ -e /opt/learning-journal ] || [ -e /usr/bin/journal ]; then
  echo "check-deb: files were left behind after removal." >&2; exit 1
fi
echo "check-deb: all good."
