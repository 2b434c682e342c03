"""Pictures for attachments: image thumbnails, file-type icons and the missing-file placeholder.

Thumbnails are made off the GUI thread (through :class:`~journal.ui.tasks.TaskRunner`)
with :class:`QImageReader` decoding straight to the small size, and kept as PNG
files under ``journal.paths.thumbnails`` named by the file's SHA-256 and the
thumbnail size, so each picture is decoded once per journal, not once per run.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QImageReader,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from journal.store.attachments import blob_path
from journal.store.paths import JournalPaths

if TYPE_CHECKING:
    from journal.store.crypto import DataKey
from journal.ui.tasks import TaskRunner

#: Pixel size of the cached thumbnails: twice the 96 px icons of the attachments
#: view, so they stay sharp on high-density screens.
THUMBNAIL_SIZE = 192
#: Pixel sizes the drawn icons are made at (normal and high-density screens).
ICON_SIZES = (48, 96, 192)

# File kinds, each with the colour of its icon's label band.
_KIND_COLOURS = {
    "image": "#00897B",
    "pdf": "#D93025",
    "document": "#2B579A",
    "sheet": "#1E7145",
    "slides": "#C8501E",
    "audio": "#7B3FA0",
    "video": "#AD1457",
    "archive": "#795548",
    "text": "#546E7A",
    "other": "#607D8B",
}
_KIND_BY_SUFFIX = {
    "pdf": "pdf",
    **dict.fromkeys(("doc", "docx", "odt", "rtf", "pages", "gdoc"), "document"),
    **dict.fromkeys(("xls", "xlsx", "ods", "csv", "tsv", "numbers"), "sheet"),
    **dict.fromkeys(("ppt", "pptx", "odp", "key"), "slides"),
    **dict.fromkeys(("zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz"), "archive"),
    **dict.fromkeys(("txt", "md", "markdown", "py", "html", "htm", "json", "sb3"), "text"),
}


def thumbnail_path(paths: JournalPaths, sha256: str, size: int = THUMBNAIL_SIZE) -> Path:
    """Where the cached PNG thumbnail of a file with this hash and size lives."""
    return paths.thumbnails / sha256[:2] / f"{sha256}-{size}.png"


def is_image(media_type: str, filename: str = "") -> bool:
    """True if Qt can probably draw this file as a picture (decided by type, not content)."""
    if media_type.startswith("image/"):
        return True
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    return bool(suffix) and suffix in _readable_suffixes()


@cache
def _readable_suffixes() -> frozenset[str]:
    return frozenset(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())


def make_thumbnail(
    source: Path, target: Path, size: int = THUMBNAIL_SIZE, key: DataKey | None = None
) -> QImage | None:
    """Decode ``source`` at most ``size`` pixels wide and high, save it to ``target`` as PNG.

    Returns the image, or None if the file is not a picture Qt can read (or is
    missing). Safe off the GUI thread: it touches QImage only, never QPixmap.
    A cached thumbnail already at ``target`` is read instead of decoding again.
    In a locked journal (``key``) the file is decrypted in memory and the
    thumbnail is saved encrypted: no picture is ever written plainly.
    """
    if key is not None:
        return _make_locked_thumbnail(source, target, size, key)
    if target.is_file():
        cached = QImage(str(target))
        if not cached.isNull():
            return cached
    reader = QImageReader(str(source))
    return _decode_and_save(reader, target, size)


def _make_locked_thumbnail(source: Path, target: Path, size: int, key: DataKey) -> QImage | None:
    from journal.store.crypto import read_bytes

    try:
        cached = QImage.fromData(read_bytes(target, key))
        if not cached.isNull():
            return cached
    except (OSError, ValueError):
        pass  # none yet, or made under another key: make it again
    try:
        data = QByteArray(read_bytes(source, key))
    except (OSError, ValueError):
        return None
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    image = _decode_and_save(QImageReader(buffer), None, size)
    if image is not None:
        png = QByteArray()
        out = QBuffer(png)
        out.open(QIODevice.OpenModeFlag.WriteOnly)
        if QImageWriter(out, QByteArray(b"png")).write(image):
            out.close()
            _write_encrypted(bytes(png.data()), target, key)
    return image


def _write_encrypted(data: bytes, target: Path, key: DataKey) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".thumb-", suffix=".part", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key.files.encrypt_bytes(data))
        os.replace(tmp_name, target)
    except OSError:
        pass  # the cache is only a speed-up
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def _decode_and_save(reader: QImageReader, target: Path | None, size: int) -> QImage | None:
    reader.setAutoTransform(True)  # photos from phones carry their rotation in EXIF
    if not reader.canRead():
        return None
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        # Decoding straight to the small size is far faster (JPEG decodes at 1/8 scale).
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if target is not None:
        _save_png_atomically(image, target)
    return image


def _save_png_atomically(image: QImage, target: Path) -> None:
    """Write to a temporary name, then rename: a crash never leaves half a thumbnail."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".thumb-", suffix=".png", dir=target.parent)
    except OSError:
        return  # a read-only journal folder: the thumbnail just isn't cached
    os.close(fd)
    try:
        if image.save(tmp_name):  # PNG, from the ".png" suffix
            os.replace(tmp_name, target)
    except OSError:
        pass  # the cache is only a speed-up; the picture is still shown
    finally:
        Path(tmp_name).unlink(missing_ok=True)


class ThumbnailCache(QObject):
    """Thumbnails of attachment files, made in the background and kept in memory and on disk.

    Signals:
        thumbnail_ready(str): the thumbnail of the file with this SHA-256 can now
            be had from :meth:`pixmap`.
    """

    thumbnail_ready = Signal(str)

    def __init__(
        self,
        paths: JournalPaths | Callable[[], JournalPaths],
        runner: TaskRunner | None = None,
        *,
        size: int = THUMBNAIL_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # A callable gives the journal's paths as they are now: locking the open
        # journal changes its key, and thumbnails must follow it.
        self._paths_now = paths if callable(paths) else (lambda: paths)
        self._size = size
        # Its own worker by default, so copying a large file never holds up thumbnails.
        self._runner = runner or TaskRunner(self)
        self._pixmaps: dict[str, QPixmap | None] = {}
        self._pending: set[str] = set()

    @property
    def size(self) -> int:
        return self._size

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail if it is ready (None while pending or if the file is no picture)."""
        return self._pixmaps.get(sha256)

    def is_known(self, sha256: str) -> bool:
        """True once a thumbnail was made for this file, or found impossible to make."""
        return sha256 in self._pixmaps

    def request(self, sha256: str) -> None:
        """Make the thumbnail in the background unless it is ready or on its way."""
        if sha256 in self._pixmaps or sha256 in self._pending:
            return
        self._pending.add(sha256)
        paths = self._paths_now()
        self._runner.run(
            make_thumbnail,
            source=blob_path(paths, sha256),
            target=thumbnail_path(paths, sha256, self._size),
            size=self._size,
            key=paths.data_key,
            on_done=lambda image: self._on_made(sha256, image),
            on_error=lambda _exc: self._on_made(sha256, None),
            owner=self,
        )

    def _on_made(self, sha256: str, image: QImage | None) -> None:
        self._pending.discard(sha256)
        self._pixmaps[sha256] = (
            QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        )
        self.thumbnail_ready.emit(sha256)

    def forget(self, sha256: str) -> None:
        """Drop what is known about one file (e.g. after it came back from a backup)."""
        self._pixmaps.pop(sha256, None)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until background work is done (for tests and shutdown)."""
        return self._runner.wait(msecs)


# -- drawn icons ---------------------------------------------------------


def file_kind(filename: str, media_type: str) -> str:
    """A coarse kind of file (image, pdf, document, …) that picks an icon's colour."""
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    if suffix in _KIND_BY_SUFFIX:
        return _KIND_BY_SUFFIX[suffix]
    major = media_type.split("/", 1)[0]
    if major in ("image", "audio", "video", "text"):
        return major
    return "other"


def _label_for(filename: str, media_type: str) -> str:
    suffix = PurePath(filename).suffix.lstrip(".")
    if suffix:
        return suffix.upper()[:4]
    subtype = media_type.split("/", 1)[-1]
    if subtype and subtype != "octet-stream" and "." not in subtype and len(subtype) <= 4:
        return subtype.upper()
    return ""


def _page_path(rect: QRectF, fold: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(rect.left(), rect.top())
    path.lineTo(rect.right() - fold, rect.top())
    path.lineTo(rect.right(), rect.top() + fold)
    path.lineTo(rect.right(), rect.bottom())
    path.lineTo(rect.left(), rect.bottom())
    path.closeSubpath()
    return path


def _blank(px: int) -> QPixmap:
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _draw_file_icon(px: int, label: str, colour: QColor) -> QPixmap:
    pixmap = _blank(px)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page = QRectF(px * 0.2, px * 0.08, px * 0.6, px * 0.84)
    fold = px * 0.16
    outline = QPen(colour.darker(115), max(1.0, px / 48))
    painter.setPen(outline)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawPath(_page_path(page, fold))
    # The turned-down corner.
    corner = QPainterPath()
    corner.moveTo(page.right() - fold, page.top())
    corner.lineTo(page.right() - fold, page.top() + fold)
    corner.lineTo(page.right(), page.top() + fold)
    corner.closeSubpath()
    painter.setBrush(colour.lighter(170))
    painter.drawPath(corner)
    # A few "lines of text" on the page.
    painter.setPen(QPen(QColor("#C9CED6"), max(1.0, px / 40)))
    for k in range(3):
        y = page.top() + fold + px * 0.07 * (k + 1)
        painter.drawLine(QPointF(page.left() + px * 0.08, y), QPointF(page.right() - px * 0.1, y))
    # The coloured band with the file's extension.
    band = QRectF(
        page.left() - px * 0.06, page.bottom() - px * 0.34, page.width() + px * 0.12, px * 0.2
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(band, px * 0.03, px * 0.03)
    if label:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(band.height() * (0.62 if len(label) <= 3 else 0.52))))
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


def file_icon_key(filename: str, media_type: str) -> tuple[str, str]:
    """What a file's drawn icon depends on: (label, kind). Files with equal keys share an icon."""
    return _label_for(filename, media_type), file_kind(filename, media_type)


def file_type_icon(filename: str, media_type: str) -> QIcon:
    """A page icon coloured by the kind of file, labelled with its extension (e.g. PDF).

    Not cached here (icons must not outlive the QApplication); callers keep
    their own cache, keyed by :func:`file_icon_key`.
    """
    label, kind = file_icon_key(filename, media_type)
    icon = QIcon()
    for px in ICON_SIZES:
        icon.addPixmap(_draw_file_icon(px, label, QColor(_KIND_COLOURS[kind])))
    return icon


def _draw_missing(px: int) -> QPixmap:
    pixmap = _blank(px)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page = QRectF(px * 0.2, px * 0.08, px * 0.6, px * 0.84)
    fold = px * 0.16
    pen = QPen(QColor("#8A8F98"), max(1.0, px / 40))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QColor(240, 241, 243, 200))
    painter.drawPath(_page_path(page, fold))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, int(px * 0.4)))
    painter.setFont(font)
    painter.setPen(QColor("#8A8F98"))
    painter.drawText(page.adjusted(0, fold * 0.5, 0, 0), Qt.AlignmentFlag.AlignCenter, "?")
    # A warning badge in the corner, so it reads as a problem, not as a file type.
    badge = QRectF(px * 0.56, px * 0.62, px * 0.34, px * 0.34)
    painter.setPen(QPen(QColor("#FFFFFF"), max(1.0, px / 48)))
    painter.setBrush(QColor("#C62828"))
    painter.drawEllipse(badge)
    font.setPixelSize(max(6, int(badge.height() * 0.7)))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return pixmap


def missing_file_icon() -> QIcon:
    """The placeholder for an attachment whose file is missing from the journal folder."""
    icon = QIcon()
    for px in ICON_SIZES:
        icon.addPixmap(_draw_missing(px))
    return icon


def framed_thumbnail(pixmap: QPixmap) -> QIcon:
    """The thumbnail with a thin frame, so pale pictures stand out from the background."""
    framed = QPixmap(pixmap.size())
    framed.fill(Qt.GlobalColor.transparent)
    painter = QPainter(framed)
    painter.drawPixmap(0, 0, pixmap)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(1, 1, pixmap.width() - 2, pixmap.height() - 2))
    painter.end()
    return QIcon(framed)
