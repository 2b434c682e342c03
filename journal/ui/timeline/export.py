"""Saving what a view shows as a PNG picture or an SVG drawing."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from journal.ui.timeline import style


class Renderable(Protocol):
    def width(self) -> int: ...

    def height(self) -> int: ...

    def render_view(self, painter: QPainter, *, for_export: bool = False) -> None: ...


def _target(path: Path) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(
            style.tr("The folder {folder} does not exist; choose another place to save.").format(
                folder=path.parent
            )
        )
    return path


def render_image(view: Renderable, scale: float) -> QImage:
    """``view`` drawn for export on white, at ``scale`` × its size."""
    image = QImage(
        QSize(round(view.width() * scale), round(view.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        view.render_view(painter, for_export=True)
    finally:
        painter.end()
    return image


def render_png(view: Renderable, path: Path, scale: float = 2.0) -> None:
    """Draw ``view`` at ``scale`` × its size into a PNG file (sharp on big screens and paper)."""
    path = _target(path)
    image = render_image(view, max(scale, 0.25))
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise OSError(
            style.tr(
                "The picture could not be saved to {path}; check the folder can be written to."
            ).format(path=path)
        )


def render_svg(view: Renderable, path: Path, title: str) -> None:
    """Draw ``view`` into an SVG file (text stays text, lines stay sharp at any size)."""
    path = _target(path)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = QSize(view.width(), view.height())
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(style.tr("Made with Learning Journal"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(
            style.tr(
                "The drawing could not be saved to {path}; check the folder can be written to."
            ).format(path=path)
        )
    try:
        view.render_view(painter, for_export=True)
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(
            style.tr(
                "The drawing could not be saved to {path}; check the folder can be written to."
            ).format(path=path)
        )
