"""How one piece of work grew: its drafts in time, with words, notes and pictures.

A chart lays the drafts out along time with their word counts; below it, one
card per draft says when it was saved, how many words it had and what
changed, shows the note the student wrote and the attachments as they were
then (a placeholder when a file is missing). Ticking any two drafts and
pressing Compare asks the window for the side-by-side diff.
"""

from __future__ import annotations

import itertools
import math
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.read_models import timeline as read_timeline
from journal.store.timeline_data import (
    AttachmentAtRevision,
    EntryGrowth,
    RevisionPoint,
)
from journal.ui.formatting import format_when
from journal.ui.revision_words import note_words
from journal.ui.thumbnails import (
    ThumbnailCache,
    file_icon_key,
    file_type_icon,
    framed_thumbnail,
    is_image,
    missing_file_icon,
)
from journal.ui.timeline import style

THUMB = 72
CARD_WIDTH = 210


def _local(when: datetime) -> datetime:
    return when.astimezone() if when.tzinfo else when.replace(tzinfo=UTC).astimezone()


class _GrowthChart(QWidget):
    """Word count of each draft against the time it was saved (click a dot to tick it)."""

    def __init__(self, owner: GrowthView) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Words in each draft over time"))
        self._points: list[QPointF] = []

    def sizeHint(self) -> QSize:
        return QSize(700, 190)

    def _layout_points(self) -> list[QPointF]:
        revisions = self._owner.revisions()
        if not revisions:
            return []
        left, right, top, bottom = 56.0, self.width() - 24.0, 18.0, self.height() - 34.0
        times = [r.created_at.timestamp() for r in revisions]
        t0, t1 = times[0], times[-1]
        span = max(t1 - t0, 1.0)
        xs = [left + (right - left) * (t - t0) / span for t in times]
        if len(xs) == 1:
            xs = [(left + right) / 2]
        # Drafts saved minutes apart would sit on top of each other: keep them apart.
        gap = min(22.0, (right - left) / max(len(xs) - 1, 1))
        for i in range(1, len(xs)):
            xs[i] = max(xs[i], xs[i - 1] + gap)
        overflow = xs[-1] - right
        if overflow > 0 and len(xs) > 1:
            scale = (right - left) / (xs[-1] - left)
            xs = [left + (x - left) * scale for x in xs]
        most = max(max(r.word_count for r in revisions), 1)
        top_words = _nice_ceiling(most)
        ys = [bottom - (bottom - top) * r.word_count / top_words for r in revisions]
        return [QPointF(x, y) for x, y in zip(xs, ys, strict=True)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), style.PAPER)
        revisions = self._owner.revisions()
        self._points = points = self._layout_points()
        if not points:
            return
        locale = self._owner.locale_()
        left, right, top, bottom = 56.0, self.width() - 24.0, 18.0, self.height() - 34.0
        most = _nice_ceiling(max(max(r.word_count for r in revisions), 1))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.5))
        fm = QFontMetricsF(small)
        painter.setFont(small)
        for fraction in (0.0, 0.5, 1.0):
            y = bottom - (bottom - top) * fraction
            painter.setPen(QPen(style.GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(style.INK_FAINT)
            label = locale.toString(round(most * fraction))
            painter.drawText(
                QRectF(0, y - fm.height() / 2, left - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.save()
        painter.translate(12, (top + bottom) / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-60, -8, 120, 16), Qt.AlignmentFlag.AlignCenter, self.tr("Words"))
        painter.restore()
        # Dates under the first and last drafts (and the middle one if there is room).
        shown = sorted({0, len(points) - 1} | ({len(points) // 2} if len(points) > 4 else set()))
        last_right = -1e9
        for i in shown:
            text = style.short_date(_local(revisions[i].created_at).date(), locale)
            width = fm.horizontalAdvance(text)
            x = min(max(points[i].x() - width / 2, left - 20), self.width() - width - 4)
            if x < last_right + 8:
                continue
            painter.setPen(style.INK_SOFT)
            painter.drawText(QPointF(x, bottom + 20), text)
            last_right = x + width
        accent = style.ATTRIBUTE_COLOURS["voice"]
        line = QColor(accent)
        line.setAlpha(150)
        painter.setPen(QPen(line, 2))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        chosen = set(self._owner.chosen())
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        for point, revision in zip(points, revisions, strict=True):
            radius = 9.0
            painter.setPen(QPen(style.PAPER, 1.5))
            painter.setBrush(accent if revision.id not in chosen else style.SELECTION)
            painter.drawEllipse(point, radius, radius)
            painter.setPen(style.PAPER)
            painter.drawText(
                QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                str(revision.seq),
            )
            if revision.id in chosen:
                painter.setPen(QPen(style.SELECTION, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(point, radius + 3.5, radius + 3.5)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        for point, revision in zip(self._layout_points(), self._owner.revisions(), strict=True):
            if math.hypot(point.x() - pos.x(), point.y() - pos.y()) <= 12:
                self._owner.toggle_chosen(revision.id)
                self._owner.scroll_to(revision.id)
                return
        super().mousePressEvent(event)


def _nice_ceiling(value: int) -> int:
    """A round number at or above ``value`` for the top of the words axis."""
    magnitude = 10 ** max(len(str(value)) - 1, 0)
    for step in (1, 2, 2.5, 5, 10):
        ceiling = int(step * magnitude)
        if ceiling >= value:
            return ceiling
    return value


class _DraftCard(QFrame):
    """One draft: when, how many words, what changed, the note and the attachments."""

    def __init__(self, owner: GrowthView, revision: RevisionPoint, previous_words: int) -> None:
        super().__init__(owner)
        self.revision = revision
        self.setObjectName("draftCard")
        self.setFixedWidth(CARD_WIDTH)
        self.setStyleSheet(
            "#draftCard { background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px; }"
            " #draftCard QLabel { background: transparent; }"
        )
        locale = owner.locale_()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        title = QLabel(self.tr("Draft {number}").format(number=revision.seq))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        when = _local(revision.created_at)
        saved = QLabel(format_when(when, locale))
        saved.setStyleSheet("color: #5d6877;")
        words = QLabel(self._words_text(revision, previous_words, locale))
        # The same words as History ("Restored from draft 1: …", "First draft").
        said = note_words(
            revision.reason, revision.note, revision.seq, revision.restored_from_seq
        )
        note = QLabel(said or self.tr("No note for this draft."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.note_label = note
        if not said:
            note.setStyleSheet("color: #8b95a3;")
        for label in (title, saved, words):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        layout.addWidget(saved)
        layout.addWidget(words)
        layout.addWidget(note)
        self.thumbnails: list[tuple[AttachmentAtRevision, QLabel]] = []
        if revision.attachments:
            row = QHBoxLayout()
            row.setSpacing(6)
            for attachment in revision.attachments[:3]:
                label = QLabel()
                label.setFixedSize(THUMB, THUMB)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setToolTip(attachment.filename)
                label.setAccessibleName(attachment.filename)
                row.addWidget(label)
                self.thumbnails.append((attachment, label))
            row.addStretch(1)
            layout.addLayout(row)
            if len(revision.attachments) > 3:
                more = QLabel(
                    self.tr("More files: {count}").format(count=len(revision.attachments) - 3)
                )
                more.setStyleSheet("color: #5d6877;")
                layout.addWidget(more)
        self.choose = QCheckBox(self.tr("Compare"))
        self.choose.setAccessibleName(self.tr("Compare draft {number}").format(number=revision.seq))
        layout.addWidget(self.choose)

    def _words_text(self, revision: RevisionPoint, previous: int, locale: QLocale) -> str:
        words = locale.toString(revision.word_count)
        if revision.seq <= 1 and not previous:
            return self.tr("Words: {words}").format(words=words)
        return self.tr("Words: {words} (+{added} / −{removed})").format(
            words=words,
            added=locale.toString(revision.words_added),
            removed=locale.toString(revision.words_removed),
        )


class GrowthView(QWidget):
    """One entry's drafts laid out in time, to follow how the work grew.

    Signals:
        compare_requested(str, str): the older and the newer of two chosen
            revision ids, for the side-by-side comparison.
    """

    compare_requested = Signal(str, str)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        thumbnails: ThumbnailCache | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._locale = locale or QLocale()
        self.thumbnails = thumbnails or ThumbnailCache(lambda: journal.paths, parent=self)
        self.thumbnails.thumbnail_ready.connect(self._on_thumbnail_ready)
        self._growth: EntryGrowth | None = None
        self._chosen: list[str] = []
        self._cards: list[_DraftCard] = []
        self._icons: dict[tuple[str, str], QIcon] = {}
        self._missing: QIcon | None = None
        self.setAccessibleName(self.tr("How this entry grew"))
        self.setAutoFillBackground(True)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color: #5d6877;")
        self.chart = _GrowthChart(self)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(4, 4, 4, 4)
        self.strip_layout.setSpacing(10)
        self.drafts_area = QScrollArea()
        self.drafts_area.setWidget(self.strip)
        self.drafts_area.setWidgetResizable(True)
        self.drafts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.drafts_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.drafts_area.setMinimumHeight(250)
        self.drafts_area.setAccessibleName(self.tr("Drafts"))
        self.hint = QLabel(self.tr("Tick two drafts to compare them side by side."))
        self.hint.setStyleSheet("color: #5d6877;")
        self.compare_button = QPushButton(self.tr("&Compare the two drafts"))
        self.compare_button.setAccessibleName(self.tr("Compare the two ticked drafts"))
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.compare_chosen)
        footer = QHBoxLayout()
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.drafts_area, 3)
        layout.addLayout(footer)

    # -- data ----------------------------------------------------------------------------
    def locale_(self) -> QLocale:
        return self._locale

    @property
    def entry_id(self) -> str | None:
        """The entry shown (None when none is)."""
        return self._growth.entry_id if self._growth else None

    def revisions(self) -> tuple[RevisionPoint, ...]:
        return self._growth.revisions if self._growth else ()

    def set_entry(self, entry_id: str | None) -> None:
        """Show the drafts of one entry (None shows nothing)."""
        growth = None
        if entry_id is not None:
            growth = read_timeline.growth(self._journal, entry_id)
        self._growth = growth
        self._chosen = []
        self._rebuild()

    def _rebuild(self) -> None:
        for card in self._cards:
            self.strip_layout.removeWidget(card)
            card.deleteLater()
        self._cards = []
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        growth = self._growth
        if growth is None:
            self.title.setText(self.tr("Choose an entry to see how it grew."))
            self.summary.setText("")
        else:
            self.title.setText(growth.title or self.tr("Untitled"))
            self.summary.setText(self._summary(growth))
            previous = 0
            for revision in growth.revisions:
                card = _DraftCard(self, revision, previous)
                previous = revision.word_count
                card.choose.toggled.connect(lambda on, rid=revision.id: self._on_choose(rid, on))
                self.strip_layout.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
                self._cards.append(card)
                for attachment, label in card.thumbnails:
                    self._show_thumbnail(attachment, label)
        self.strip_layout.addStretch(1)
        self._update_compare()
        self.chart.update()

    def _summary(self, growth: EntryGrowth) -> str:
        revisions = growth.revisions
        if not revisions:
            return self.tr("No drafts saved yet.")
        first = _local(revisions[0].created_at).date()
        last = _local(revisions[-1].created_at).date()
        days = (last - first).days
        text = self.tr("Drafts: {count} · words: {first} → {last}").format(
            count=len(revisions),
            first=self._locale.toString(revisions[0].word_count),
            last=self._locale.toString(revisions[-1].word_count),
        )
        if days:
            text += " · " + (
                self.tr("over %n day(s) (%1 – %2)", "", days)
                .replace("%1", style.short_date(first, self._locale))
                .replace("%2", style.short_date(last, self._locale))
            )
        return text

    # -- thumbnails ----------------------------------------------------------------------
    def _show_thumbnail(self, attachment: AttachmentAtRevision, label: QLabel) -> None:
        if not blob_path(self._journal.paths, attachment.sha256).is_file():
            label.setPixmap(self._missing_icon().pixmap(THUMB, THUMB))
            label.setToolTip(
                self.tr("{name} is missing from the journal folder.").format(
                    name=attachment.filename
                )
            )
            label.setProperty("placeholder", "missing")
            return
        if is_image(attachment.media_type, attachment.filename):
            pixmap = self.thumbnails.pixmap(attachment.sha256)
            if pixmap is not None:
                label.setPixmap(framed_thumbnail(_fit(pixmap, THUMB)).pixmap(THUMB, THUMB))
                label.setProperty("placeholder", "")
                return
            if not self.thumbnails.is_known(attachment.sha256):
                self.thumbnails.request(attachment.sha256)
        key = file_icon_key(attachment.filename, attachment.media_type)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = file_type_icon(attachment.filename, attachment.media_type)
        label.setPixmap(icon.pixmap(THUMB, THUMB))
        label.setProperty("placeholder", "file")

    def _missing_icon(self) -> QIcon:
        if self._missing is None:
            self._missing = missing_file_icon()
        return self._missing

    def _on_thumbnail_ready(self, sha256: str) -> None:
        for card in self._cards:
            for attachment, label in card.thumbnails:
                if attachment.sha256 == sha256:
                    self._show_thumbnail(attachment, label)

    def thumbnail_states(self) -> list[list[str]]:
        """For each draft, what each attachment shows: "" (picture), "file" or "missing"."""
        return [
            [str(label.property("placeholder") or "") for _, label in card.thumbnails]
            for card in self._cards
        ]

    # -- choosing two --------------------------------------------------------------------
    def chosen(self) -> list[str]:
        return list(self._chosen)

    def toggle_chosen(self, revision_id: str) -> None:
        for card in self._cards:
            if card.revision.id == revision_id:
                card.choose.toggle()

    def set_chosen(self, revision_ids: list[str]) -> None:
        for card in self._cards:
            card.choose.setChecked(card.revision.id in revision_ids)

    def _on_choose(self, revision_id: str, on: bool) -> None:
        if on and revision_id not in self._chosen:
            self._chosen.append(revision_id)
            if len(self._chosen) > 2:  # keep the two most recently ticked
                dropped = self._chosen.pop(0)
                for card in self._cards:
                    if card.revision.id == dropped:
                        card.choose.setChecked(False)
        elif not on and revision_id in self._chosen:
            self._chosen.remove(revision_id)
        self._update_compare()
        self.chart.update()

    def _update_compare(self) -> None:
        ready = len(self._chosen) == 2
        self.compare_button.setEnabled(ready)
        self.hint.setText(
            self.tr("Ready to compare.")
            if ready
            else self.tr("Tick two drafts to compare them side by side.")
        )

    def compare_chosen(self) -> None:
        """Ask for the two ticked drafts side by side, older first."""
        if len(self._chosen) != 2:
            return
        order = {revision.id: revision.seq for revision in self.revisions()}
        older, newer = sorted(self._chosen, key=lambda rid: order.get(rid, 0))
        self.compare_requested.emit(older, newer)

    def scroll_to(self, revision_id: str) -> None:
        for card in self._cards:
            if card.revision.id == revision_id:
                self.drafts_area.ensureWidgetVisible(card, 20, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self._chosen) == 2:
            self.compare_chosen()
            event.accept()
            return
        super().keyPressEvent(event)


def _fit(pixmap: QPixmap, size: int) -> QPixmap:
    if pixmap.width() <= size and pixmap.height() <= size:
        return pixmap
    return pixmap.scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
