"""An exhibition on paper: the second module of journal.portfolio allowed to use QtGui.

:func:`write_stations_pdf` prints a cover and then one station per page (a
long draft carries on to the next page; the next station always starts a new
one). :func:`write_placards_pdf` prints placards for a gallery walk, two to a
page with a dashed line to cut along: the station's title, both captions and
the student's name as the audience preset allows, the text made smaller until
it fits its half. Both take an :class:`~journal.portfolio.exhibition.ExhibitPlan`,
so what leaves is exactly what the preview listed, pictures without metadata.
No QR code: no well-kept pure-Python QR library is a dependency yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from journal import APP_NAME, __version__
from journal.core.exhibitions import TEMPLATES
from journal.portfolio.exhibit_plan import ExhibitPlan, PlannedStation, picture_bytes
from journal.portfolio.pdf import PAGE_SIZES, RESOLUTION, ensure_gui_application
from journal.portfolio.render import environment, markdown_to_html
from journal.portfolio.words import Words

_FONT = "DejaVu Sans"


def _writer(target: Path, plan: ExhibitPlan, page_size: str, what: str) -> QPdfWriter:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {sorted(PAGE_SIZES)}")
    ensure_gui_application()
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{plan.exhibition.title} – {what}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _words() -> dict[str, Any]:
    """The template's words, dates and counts in the app's language."""
    words = Words()
    return {"words": words, "_": words, "lang": words.code, "dir": words.direction}


def _document(
    writer: QPaintDevice | None, html: str, width: float, point_size: float
) -> QTextDocument:
    document = QTextDocument()
    if writer is not None:
        document.documentLayout().setPaintDevice(writer)
    if Words().direction == "rtl":  # Arabic: every paragraph runs right to left
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    font = QFont(_FONT)
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("h1, h2 { color: #222; } .meta { color: #555; }")
    document.setHtml(html)
    document.setTextWidth(width)
    return document


def _pictures(
    document: QTextDocument, planned: PlannedStation, width: float, height: float
) -> list[dict[str, Any]]:
    shown = []
    scale = RESOLUTION / 96
    for file in planned.images:
        image = QImage.fromData(QByteArray(picture_bytes(file)))
        if image.isNull():
            continue
        key = f"pic:{file.sha256}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
        w, h = image.width() * scale, image.height() * scale
        shrink = min(1.0, width / max(w, 1), height / max(h, 1))
        shown.append(
            {"src": key, "width": int(w * shrink), "height": int(h * shrink),
             "alt": "" if file.decorative else file.alt_text}
        )  # fmt: skip
    return shown


def _part_html(plan: ExhibitPlan, planned: PlannedStation, part: str, **extra: Any) -> str:
    """One station's part of exhibition_pdf.html ("station" or "placard")."""
    station = planned.station
    return (
        environment()
        .get_template("exhibition_pdf.html")
        .render(
            **_words(),
            part=part,
            student=plan.student,
            exhibition=plan.exhibition,
            s=station,
            title=station.title or station.label or Words().text("Untitled entry"),
            **extra,
        )
    )


def _station_html(plan: ExhibitPlan, planned: PlannedStation, pictures: list[Any]) -> str:
    station = planned.station
    html = markdown_to_html(station.body, heading_base=3) if station.revision_id else ""
    return _part_html(plan, planned, "station", html=html, pictures=pictures)


def station_document(plan: ExhibitPlan, number: int, width: float = 640.0) -> QTextDocument:
    """One station as the audience will see it on paper, for a live preview (QTextBrowser).

    The same text and pictures as the PDF page, laid out ``width`` pixels wide;
    raises KeyError for a station the plan leaves out.
    """
    ensure_gui_application()
    planned = next((p for p in plan.stations if p.station.number == number), None)
    if planned is None:
        raise KeyError(number)
    document = _document(None, "", width, 10.5)
    pictures = _pictures(document, planned, width / 2, width * 0.75)
    document.setHtml(_station_html(plan, planned, pictures))
    document.setTextWidth(width)
    return document


def _draw_pages(
    painter: QPainter, writer: QPdfWriter, document: QTextDocument, height: float, first: bool
) -> int:
    width = document.textWidth()
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    for index in range(pages):
        if not (first and index == 0):
            writer.newPage()
        painter.save()
        painter.translate(0, -index * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * height, width, height)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
    return pages


def write_stations_pdf(plan: ExhibitPlan, target: Path, page_size: str = "A4") -> int:
    """A cover, then each station from the top of a new page; returns the page count."""
    writer = _writer(target, plan, page_size, "stations")
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(rect.width()), float(rect.height())
    detail = plan.exhibition
    cover = (
        environment()
        .get_template("exhibition_pdf.html")
        .render(
            **_words(),
            part="cover",
            student=plan.student,
            exhibition=detail,
            format_label=TEMPLATES[detail.format].label,
            stations=[p.station for p in plan.stations],
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"can't write {target}")
    try:
        pages = _draw_pages(painter, writer, _document(writer, cover, width, 12), height, True)
        for planned in plan.stations:
            document = _document(writer, "", width, 11)
            pictures = _pictures(document, planned, width / 2 - 20, height * 0.4)
            document.setHtml(_station_html(plan, planned, pictures))
            document.setTextWidth(width)
            pages += _draw_pages(painter, writer, document, height, False)
    finally:
        painter.end()
    return pages


def _placard(writer: QPaintDevice, plan: ExhibitPlan, planned: PlannedStation, width: float,
             height: float) -> QTextDocument:  # fmt: skip
    address = plan.exhibition.published_url
    code = qr_image(address) if address else None
    # About 3 cm across on paper, whatever the resolution: a phone reads it from arm's length.
    qr = {"src": QR_KEY, "size": round(writer.logicalDpiX() * 1.2)} if code is not None else None
    html = _part_html(plan, planned, "placard", qr=qr)

    def laid_out(point_size: float) -> QTextDocument:
        document = _document(writer, "", width, point_size)
        if code is not None:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_KEY), code)
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    size = 16.0
    document = laid_out(size)
    while document.size().height() > height and size > 7:
        size -= 1
        document = laid_out(size)
    return document


QR_KEY = "qr:published"


def qr_image(address: str) -> QImage:
    """The published address as a QR code (segno; medium error correction, quiet zone kept)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="png", scale=8, border=4)
    return QImage.fromData(QByteArray(buffer.getvalue()))


def write_placards_pdf(plan: ExhibitPlan, target: Path, page_size: str = "A4") -> int:
    """Placards, two to a page, with a dashed line to cut along; returns the page count."""
    writer = _writer(target, plan, page_size, "placards")
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"can't write {target}")
    try:
        return _draw_placards(
            painter, writer, plan, float(rect.width()), float(rect.height()), RESOLUTION,
            writer.newPage,
        )  # fmt: skip
    finally:
        painter.end()


def placard_sheet_image(plan: ExhibitPlan, dpi: int = 96) -> QImage:
    """The first sheet of placards as a picture (A4, white), e.g. for a screenshot."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    margin = round(0.6 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.translate(margin, margin)
        first_sheet = ExhibitPlan(
            plan.exhibition, plan.audience, plan.student, plan.stations[:2], plan.left_out,
            plan.created_at,
        )  # fmt: skip
        _draw_placards(
            painter, image, first_sheet, float(width - 2 * margin), float(height - 2 * margin),
            dpi, lambda: False,
        )  # fmt: skip
    finally:
        painter.end()
    return image


def _draw_placards(
    painter: QPainter,
    device: QPaintDevice,
    plan: ExhibitPlan,
    width: float,
    height: float,
    resolution: int,
    new_page: Callable[[], bool],
) -> int:
    gap = resolution * 0.4  # about 10 mm either side of the cut
    half = (height - gap) / 2
    pages = 0
    items = list(plan.stations) or []
    for index, planned in enumerate(items):
        top = index % 2 == 0
        if top:
            if index:
                new_page()
            pages += 1
        document = _placard(device, plan, planned, width, half)
        painter.save()
        painter.translate(0, 0 if top else half + gap)
        document.drawContents(painter, QRectF(0, 0, width, half))
        painter.restore()
        if top and index + 1 < len(items):
            pen = QPen(Qt.GlobalColor.gray)
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(resolution / 150)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, height / 2), QPointF(width, height / 2))
    if not items:
        document = _document(device, "<p>There are no stations to print yet.</p>", width, 14)
        document.drawContents(painter, QRectF(0, 0, width, half))
        pages = 1
    return pages
