"""Render the app icon (resources/icons/learning-journal.svg) at the usual sizes.

    python packaging/icons.py OUT_DIR

writes OUT_DIR/hicolor/<n>x<n>/apps/org.learningjournal.LearningJournal.png for
the freedesktop sizes, OUT_DIR/learning-journal.ico (Windows) and, when Qt's
icns plugin is there, OUT_DIR/learning-journal.icns (macOS). Uses Qt's own SVG
renderer, so nothing beyond PySide6 is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "learning-journal.svg"
APP_ID = "org.learningjournal.LearningJournal"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"icons: {SVG} is not a valid SVG.", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        images[size] = image
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"icons: could not write {target}.", file=sys.stderr)
            return 1
    formats = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    if "ico" in formats:
        images[256].save(str(out / "learning-journal.ico"), "ICO")
    if "icns" in formats:
        images[512].save(str(out / "learning-journal.icns"), "ICNS")
    print(f"Icons written to {out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
