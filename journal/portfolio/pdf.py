"""The portfolio as a PDF: the one module of journal.portfolio allowed to use QtGui.

The same content as the static site (learning profile, timeline, goals with
criteria, checkpoints and evidence, entries with first and latest versions side
by side, reflections by attribute) is laid out by QTextDocument and printed
page by page through QPdfWriter, on A4 or Letter, with "Page N of M" at the
foot of every page and every picture scaled to fit the page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup
from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from journal import APP_NAME, __version__
from journal.portfolio.model import ATTRIBUTE_LABELS, PortfolioData, RevisionData
from journal.portfolio.render import environment, markdown_to_html
from journal.portfolio.words import Words
from journal.store.attachments import read_blob
from journal.store.paths import JournalPaths

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
_gui_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts and PDF painting need a QGuiApplication; the command line has none."""
    global _gui_app
    if QGuiApplication.instance() is None:
        # A PDF needs no screen: offscreen works on every machine, with or without one.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_app = QGuiApplication(["journal"])


class _PdfBuilder:
    def __init__(
        self, data: PortfolioData, paths: JournalPaths | None, width: float, height: float
    ):
        self.data = data
        self.paths = paths
        self.max_width = width
        self.max_height = height * 0.8
        self.images: dict[str, QImage] = {}

    def image_tag(self, key: str, image: QImage) -> dict[str, Any]:
        scale = RESOLUTION / 96
        width = image.width() * scale
        height = image.height() * scale
        shrink = min(1.0, self.max_width / max(width, 1), self.max_height / max(height, 1))
        self.images[key] = image
        return {"src": key, "width": int(width * shrink), "height": int(height * shrink)}

    def attachment_images(self, revision: RevisionData, column: float) -> Markup:
        parts = []
        for ref in revision.attachments:
            info = self.data.attachments.get(ref.sha256)
            if info is None or self.paths is None or not info.media_type.startswith("image/"):
                continue
            try:
                image = QImage.fromData(read_blob(self.paths, ref.sha256))
            except (OSError, ValueError):  # missing, or damaged in a locked journal
                image = QImage()
            if image.isNull():
                parts.append(Markup("<p>{}</p>").format(ref.filename))
                continue
            saved = self.max_width
            self.max_width = column
            tag = self.image_tag(f"att:{ref.sha256}", image)
            self.max_width = saved
            parts.append(
                Markup('<p><img src="{}" width="{}" height="{}"><br><i>{}</i></p>').format(
                    tag["src"], tag["width"], tag["height"], ref.filename
                )
            )
        return Markup("").join(parts)

    def revision(self, revision: RevisionData | None, column: float) -> dict[str, Any] | None:
        if revision is None:
            return None
        return {
            "created_at": revision.created_at,
            "note": revision.note,
            "html": markdown_to_html(revision.body, heading_base=3),
            "images": self.attachment_images(revision, column),
        }

    def html(self, timeline_png: bytes | None, step: Callable[[int], None]) -> str:
        data = self.data
        timeline = None
        if timeline_png:
            image = QImage.fromData(QByteArray(timeline_png))
            if not image.isNull():
                timeline = self.image_tag("timeline", image)
        entries = []
        for entry in data.entries:
            two = len(entry.revisions) > 1
            column = self.max_width / 2 - 40 if two else self.max_width
            entries.append(
                {
                    "entry": entry,
                    "first": self.revision(entry.first_revision, column) if two else None,
                    "latest": self.revision(entry.latest_revision, column),
                }
            )
            step(1)
        by_id = {e.id: e for e in data.entries}
        goals = []
        for goal in data.goals:
            criteria = {c.id: c.text for c in goal.criteria}
            goals.append(
                {
                    "goal": goal,
                    "why": markdown_to_html(goal.why_it_matters, heading_base=4),
                    "task": markdown_to_html(goal.task, heading_base=4),
                    "checkpoints": [
                        {
                            "checkpoint": cp,
                            "note": markdown_to_html(cp.note, heading_base=4),
                            "ratings": [
                                (criteria[r.criterion_id], r.level)
                                for r in cp.ratings
                                if r.criterion_id in criteria
                            ],
                        }
                        for cp in goal.checkpoints
                    ],
                    "evidence": [
                        {
                            "title": by_id[ev.entry_id].title or Words().text("Untitled entry"),
                            "criterion": criteria.get(ev.criterion_id or ""),
                            "note": ev.note,
                        }
                        for ev in goal.evidence
                        if ev.entry_id in by_id
                    ],
                }
            )
        groups: dict[str, list[dict[str, Any]]] = {k: [] for k in [*ATTRIBUTE_LABELS, "other"]}
        for reflection in sorted(data.reflections, key=lambda r: r.created_at):
            key = reflection.attribute if reflection.attribute in ATTRIBUTE_LABELS else "other"
            groups[key].append(
                {
                    "prompt": reflection.prompt_text,
                    "created_at": reflection.created_at,
                    "html": markdown_to_html(reflection.body, heading_base=4),
                }
            )
        words = Words()  # the app's language
        labels = {key: words.text(label) for key, label in ATTRIBUTE_LABELS.items()}
        labels["other"] = words.text("Other reflections")
        period = data.period
        return (
            environment()
            .get_template("pdf.html")
            .render(
                words=words,
                _=words,
                lang=words.code,
                dir=words.direction,
                student=data.profile.name or words.text("A student"),
                app=APP_NAME,
                version=__version__,
                created_at=data.created_at,
                period=period,
                counts={
                    "entries": len(data.entries),
                    "revisions": data.revision_total,
                    "goals": len(data.goals),
                    "reflections": len(data.reflections),
                },
                statement=markdown_to_html(data.profile.statement, heading_base=3),
                timeline=timeline,
                goals=goals,
                entries=entries,
                reflections=[(k, labels[k], items) for k, items in groups.items() if items],
            )
        )


def write_pdf(
    data: PortfolioData,
    target: Path,
    *,
    attachments_folder: JournalPaths | None = None,
    timeline_png: bytes | None = None,
    page_size: str = "A4",
    step: Callable[[int], None] = lambda _n: None,
) -> int:
    """Write the portfolio as a PDF to ``target``; returns the number of pages."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {sorted(PAGE_SIZES)}")
    ensure_gui_application()
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{data.profile.name or 'A student'}’s learning portfolio")
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    width = float(paint_rect.width())
    footer = RESOLUTION * 0.35  # about 9 mm for the page number
    body_height = float(paint_rect.height()) - footer

    builder = _PdfBuilder(data, attachments_folder, width, body_height)
    html = builder.html(timeline_png, step)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("h1 { color: #222; } th { background-color: #eee; }")
    for key, image in builder.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
    if Words().direction == "rtl":  # Arabic: every paragraph runs right to left
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, body_height))
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"can't write {target}")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(9)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body_height, width, body_height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, body_height, width, footer),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                f"Page {index + 1} of {pages}",
            )
    finally:
        painter.end()
    return pages
