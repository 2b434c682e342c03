#!/usr/bin/env bash
# Build dist/learning-journal_<version>_<arch>.deb from the PyInstaller onedir
# (dist/learning-journal/) with dpkg-deb: the app in /opt/learning-journal, a
# `journal` command in /usr/bin, desktop files, AppStream metainfo, MIME types
# for .portfolio.zip and .feedback.json, and icons at the usual sizes.
#   packaging/linux/build-deb.sh [PYTHON]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${1:-$ROOT/.venv/bin/python}"
cd "$ROOT"
APP_ID=org.learningjournal.LearningJournal
PKG=learning-journal
ONEDIR=dist/learning-journal
[ -x "$ONEDIR/journal" ] || { echo "build-deb: no frozen app in $ONEDIR; run 'make frozen' first." >&2; exit 1; }
VERSION="$("$PY" -c 'import journal; print(journal.__version__)')"
ARCH="$(dpkg --print-architecture)"
STAGE=build/deb/$PKG
rm -rf build/deb && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" \
  "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" "$STAGE/usr/share/mime/packages" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/lintian/overrides"

cp -a "$ONEDIR" "$STAGE/opt/$PKG"
# Files in a package are root-owned and not group/world writable.
find "$STAGE/opt/$PKG" -type d -exec chmod 0755 {} +
find "$STAGE/opt/$PKG" -type f -exec chmod go-w {} +
# Shared libraries are not executables, and ship stripped (about 10 MB less).
# The bootloader (journal) is left alone: PyInstaller appends data to it.
find "$STAGE/opt/$PKG/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) \
  -exec chmod 0644 {} + -exec strip --strip-unneeded --remove-section=.comment --remove-section=.note {} +
ln -s "/opt/$PKG/journal" "$STAGE/usr/bin/journal"

install -m 0644 packaging/linux/$APP_ID*.desktop "$STAGE/usr/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
  packaging/linux/$APP_ID.metainfo.xml > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 0644 packaging/linux/learning-journal-mime.xml "$STAGE/usr/share/mime/packages/$PKG.xml"
install -m 0644 resources/icons/learning-journal.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
[ -d build/icons/hicolor ] || QT_QPA_PLATFORM=offscreen "$PY" packaging/icons.py build/icons >/dev/null
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 0644 "build/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

cat > "$STAGE/usr/share/doc/$PKG/copyright" <<COPY
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Learning Journal
Source: https://learningjournal.example.org/

Files: *
Copyright: 2026 Learning Journal developers
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files, to deal in the Software
 without restriction. The bundled Python runtime, Qt (LGPL-3.0) and Python
 libraries keep their own licences; see /opt/$PKG/_internal.
COPY
printf '%s (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Learning Journal developers <it@learningjournal.example.org>  %s\n' \
  "$PKG" "$VERSION" "$VERSION" "$(date -u -R)" | gzip -9n > "$STAGE/usr/share/doc/$PKG/changelog.gz"
cp packaging/linux/lintian-overrides "$STAGE/usr/share/lintian/overrides/$PKG"
chmod 0644 "$STAGE/usr/share/doc/$PKG/"* "$STAGE/usr/share/lintian/overrides/$PKG"

SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $PKG
Version: $VERSION
Architecture: $ARCH
Maintainer: Learning Journal developers <it@learningjournal.example.org>
Installed-Size: $SIZE_KB
Depends: libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libx11-6, libexpat1, zlib1g, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1
Section: education
Priority: optional
Homepage: https://learningjournal.example.org/
Description: journal in which students keep the story of their learning
 Learning Journal keeps entries and the work in them, every revision of that
 work, goals co-created with a teacher and answers to reflective prompts. It
 shows them on a portfolio timeline and exports a portfolio a teacher can
 review and send feedback on. It works offline.
CONTROL
mkdir -p dist
OUT="dist/${PKG}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$OUT" >/dev/null
echo "Built $OUT ($(du -h "$OUT" | cut -f1))."
