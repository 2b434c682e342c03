#!/usr/bin/env bash
# Build the MSI with wixl (msitools) from a PyInstaller onedir.
#   packaging/windows/build-msi.sh [ONEDIR] [PYTHON]
# On a Windows runner ONEDIR is the Windows build (journal.exe); here in CI
# it is the Linux payload, which proves the .wxs is valid and lets msiinfo
# check the properties (such an MSI is not meant to be installed).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
ONEDIR="${1:-dist/learning-journal}"
PY="${2:-$ROOT/.venv/bin/python}"
[ -d "$ONEDIR/_internal" ] || { echo "build-msi: no frozen app in $ONEDIR; run 'make frozen' first." >&2; exit 1; }
VERSION="$("$PY" -c 'import journal; print(journal.__version__)')"
OUT_DIR=build/msi
rm -rf "$OUT_DIR" && mkdir -p "$OUT_DIR" dist
[ -f build/icons/learning-journal.ico ] || QT_QPA_PLATFORM=offscreen "$PY" packaging/icons.py build/icons >/dev/null
# Every file of the onedir, as components of the AppFiles group under INSTALLDIR.
(cd "$ONEDIR" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) \
  | sed "s|^|$ONEDIR/|" \
  | wixl-heat --prefix "$ONEDIR/" --var var.SourceDir --directory-ref INSTALLDIR \
      --component-group AppFiles --win64 > "$OUT_DIR/files.wxs"
OUT="dist/learning-journal-$VERSION-x64.msi"
wixl --arch x64 -D Win64=yes -D Version="$VERSION" -D SourceDir="$ONEDIR" \
  -D IconFile=build/icons/learning-journal.ico \
  -o "$OUT" packaging/windows/learning-journal.wxs "$OUT_DIR/files.wxs"
echo "Built $OUT ($(du -h "$OUT" | cut -f1))."
