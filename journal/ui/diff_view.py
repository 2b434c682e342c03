"""Two drafts of an entry side by side, with what changed marked word by word.

The older draft is on the left with what was taken out crossed out; the newer
one is on the right with what was added underlined. Colour helps but is
never the only sign (crossed out, underlined), and both colour sets keep
strong contrast on light and dark themes. Every piece of the student's text
is HTML-escaped before it reaches the view. The two sides scroll together,
lined up on the text they share.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.core.diff import Block, Segment, WordDiff, diff_words
from journal.core.utf16 import utf16_len
from journal.store.read_models.history import (
    RevisionRow,
    entry_title,
    read_revision,
    revision_rows,
)
from journal.ui.history_panel import draft_name, when_text
from journal.ui.runner import ActionRunner
from journal.ui.tasks import TaskRunner
from journal.ui.widgets import MutedLabel

# Texts longer than this (both sides together, in characters; about 7,000
# words, some 60 ms of work) are compared off the GUI thread so the window
# never stalls.
BACKGROUND_LIMIT = 40_000


@dataclass(frozen=True, slots=True)
class DiffColours:
    added_background: str
    added_text: str
    removed_background: str
    removed_text: str


# Contrast of text on background is above 9:1 in both sets (WCAG AAA).
LIGHT = DiffColours("#c8f0d0", "#0b3d18", "#fbd2d2", "#6a0c0c")
DARK = DiffColours("#1d5230", "#e8fff0", "#6e252b", "#ffe8e8")


def colours_for(palette: QPalette) -> DiffColours:
    """The colour set that suits a palette (dark when its base colour is dark)."""
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def _display(text: str) -> str:
    """Line breaks as the view shows them (one character each)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_utf16_len = utf16_len  # QTextDocument positions count UTF-16 code units


def _span(text: str, kind: str, colours: DiffColours) -> str:
    escaped = html.escape(text)
    if kind == "added":
        return (
            f'<span style="background-color:{colours.added_background};'
            f' color:{colours.added_text}; text-decoration: underline;">{escaped}</span>'
        )
    if kind == "removed":
        return (
            f'<span style="background-color:{colours.removed_background};'
            f' color:{colours.removed_text}; text-decoration: line-through;">{escaped}</span>'
        )
    return escaped


def segments_html(segments: Sequence[Segment], colours: DiffColours = LIGHT) -> str:
    """One side of a comparison as HTML that keeps every space and line break.

    (The inner ``<span>`` stops Qt dropping a line break at the very start or
    end of the text.)
    """
    body = "".join(_span(_display(s.text), s.kind, colours) for s in segments)
    return f'<div style="white-space: pre-wrap;"><span>{body}</span></div>'


def diff_html(old: str, new: str, *, dark: bool = False) -> tuple[str, str]:
    """(old side, new side) as HTML: removed words crossed out, added words underlined."""
    diff = diff_words(old, new)
    colours = DARK if dark else LIGHT
    return segments_html(diff.old, colours), segments_html(diff.new, colours)


@dataclass(frozen=True, slots=True)
class _Side:
    revision_id: str
    title: str
    body: str | None  # None: the revision could not be read


class _ScrollMap:
    """Maps a position in one side's text to the same place in the other's.

    Inside text both sides share the mapping is exact; inside a change it is
    proportional, so the two panes stay lined up as either one scrolls.
    """

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.equal = [block.tag == "equal" for block in blocks]
        self.lengths = (
            [_utf16_len(_display(block.old)) for block in blocks],
            [_utf16_len(_display(block.new)) for block in blocks],
        )
        self.starts: tuple[list[int], list[int]] = ([], [])
        for side in (0, 1):
            offset = 0
            for length in self.lengths[side]:
                self.starts[side].append(offset)
                offset += length

    def map(self, position: int, *, from_side: int) -> int:
        to_side = 1 - from_side
        starts = self.starts[from_side]
        k = bisect_right(starts, position) - 1
        if k < 0:
            return 0
        inside = position - starts[k]
        length, target = self.lengths[from_side][k], self.lengths[to_side][k]
        if self.equal[k]:
            return self.starts[to_side][k] + min(inside, target)
        if length == 0:
            return self.starts[to_side][k]
        return self.starts[to_side][k] + round(target * min(inside, length) / length)


class DiffDialog(QDialog):
    """Two drafts of one entry side by side (non-modal: open it with show()).

    The pickers choose which drafts to compare; the summary line says how many
    words were added and taken out. Constructed as
    ``DiffDialog(runner, entry_id, older_id, newer_id, parent)``; it reads
    through the history read models and offers drafts saved while it is open.
    """

    def __init__(
        self,
        runner: ActionRunner,
        entry_id: str,
        older_id: str,
        newer_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.entry_id = entry_id
        self.setModal(False)
        self.setObjectName("DiffDialog")
        self.setAccessibleName(self.tr("Compare drafts"))
        self.resize(1000, 660)
        self._tasks = TaskRunner(self)
        self._generation = 0
        self._syncing = False
        self._diff: WordDiff | None = None
        self._title_diff: WordDiff | None = None
        self._sides: tuple[_Side, _Side] | None = None
        self._scroll_map: _ScrollMap | None = None
        self._body_starts = (0, 0)

        self._rows = sorted(revision_rows(runner.journal, entry_id), key=lambda r: r.seq)
        self._show_title()
        self._build_widgets()
        self._connect_signals()
        runner.journal_changed.connect(self._on_journal_changed)
        self.set_revisions(older_id, newer_id)

    def _show_title(self) -> None:
        title = entry_title(self.runner.journal, self.entry_id)
        self.setWindowTitle(
            self.tr("Compare drafts – %1").replace("%1", title or self.tr("Untitled"))
        )

    def _on_journal_changed(self, changes: Changes, _initiator: object) -> None:
        """A draft saved (or restored) while comparing joins the pickers; the pair stays."""
        if changes.touches_entry(self.entry_id, Kind.TEXT):
            self._show_title()
        if not changes.touches_entry(self.entry_id, Kind.REVISIONS):
            return
        rows = sorted(revision_rows(self.runner.journal, self.entry_id), key=lambda r: r.seq)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            return
        older, newer = self.older_id, self.newer_id
        self._rows = rows
        for combo in (self.older_combo, self.newer_combo):
            combo.blockSignals(True)
            combo.clear()
            for row in rows:
                combo.addItem(self._row_label(row), row.id)
            combo.blockSignals(False)
        if older is not None and newer is not None:
            self.set_revisions(older, newer)

    # -- building ----------------------------------------------------------
    def _build_widgets(self) -> None:
        self.older_combo = self._picker(self.tr("Older draft"))
        self.newer_combo = self._picker(self.tr("Newer draft"))
        older_label = QLabel(self.tr("&Before:"))
        older_label.setBuddy(self.older_combo)
        newer_label = QLabel(self.tr("&After:"))
        newer_label.setBuddy(self.newer_combo)
        self.swap_button = QToolButton()
        self.swap_button.setText(self.tr("⇄ S&wap"))
        self.swap_button.setToolTip(self.tr("Swap the two drafts"))
        self.swap_button.setAccessibleName(self.tr("Swap the two drafts"))

        self.older_view = self._pane(self.tr("Older draft, with what was taken out crossed out"))
        self.newer_view = self._pane(self.tr("Newer draft, with what was added underlined"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.older_view)
        self.splitter.addWidget(self.newer_view)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary of the changes"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.legend = MutedLabel()
        self.legend.setWordWrap(False)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("How changes are marked"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))

        top = QGridLayout()
        top.addWidget(older_label, 0, 0)
        top.addWidget(self.older_combo, 0, 1)
        top.addWidget(self.swap_button, 0, 2)
        top.addWidget(newer_label, 0, 3)
        top.addWidget(self.newer_combo, 0, 4)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(4, 1)
        bottom = QGridLayout()
        bottom.addWidget(self.summary, 0, 0)
        bottom.addWidget(self.legend, 0, 1, Qt.AlignmentFlag.AlignRight)
        bottom.addWidget(self.buttons, 0, 2)
        bottom.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        QWidget.setTabOrder(self.older_combo, self.swap_button)
        QWidget.setTabOrder(self.swap_button, self.newer_combo)
        QWidget.setTabOrder(self.newer_combo, self.older_view)
        QWidget.setTabOrder(self.older_view, self.newer_view)
        QWidget.setTabOrder(self.newer_view, close)

    def _picker(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for row in self._rows:
            combo.addItem(self._row_label(row), row.id)
        return combo

    def _row_label(self, row: RevisionRow) -> str:
        return (
            self.tr("%1 — %2", "draft, date")
            .replace("%1", draft_name(row.seq))
            .replace("%2", when_text(row.created_at))
        )

    def _pane(self, name: str) -> QTextBrowser:
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setAccessibleName(name)
        view.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        return view

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.close)
        self.older_combo.currentIndexChanged.connect(lambda _i: self._picked())
        self.newer_combo.currentIndexChanged.connect(lambda _i: self._picked())
        self.swap_button.clicked.connect(self.swap)
        self.older_view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync_scroll(from_side=0)
        )
        self.newer_view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync_scroll(from_side=1)
        )

    # -- public API ----------------------------------------------------------
    @property
    def older_id(self) -> str | None:
        return self.older_combo.currentData()

    @property
    def newer_id(self) -> str | None:
        return self.newer_combo.currentData()

    @property
    def diff(self) -> WordDiff | None:
        """The comparison of the two bodies shown (None while it is being worked out)."""
        return self._diff

    def set_revisions(self, older_id: str, newer_id: str) -> None:
        """Compare these two revisions of the entry."""
        for combo, revision_id in ((self.older_combo, older_id), (self.newer_combo, newer_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(revision_id), 0))
            combo.blockSignals(False)
        self._picked()

    def swap(self) -> None:
        older, newer = self.older_id, self.newer_id
        if older is not None and newer is not None:
            self.set_revisions(newer, older)

    # -- comparing ----------------------------------------------------------
    def _read(self, revision_id: str | None) -> _Side:
        text = read_revision(self.runner.journal, revision_id)
        return _Side(text.revision_id, text.title, text.body)

    def _picked(self) -> None:
        self._generation += 1
        older, newer = self._read(self.older_id), self._read(self.newer_id)
        self._sides = (older, newer)
        self._title_diff = diff_words(older.title, newer.title)
        self._diff = None
        old_body, new_body = older.body or "", newer.body or ""
        if len(old_body) + len(new_body) <= BACKGROUND_LIMIT:
            self._show_diff(diff_words(old_body, new_body))
            return
        generation = self._generation

        def done(diff: WordDiff) -> None:
            if generation == self._generation:  # not overtaken by another pick
                self._show_diff(diff)

        self.summary.setText(self.tr("Comparing the two drafts…"))
        self.older_view.setPlainText(self.tr("Comparing…"))
        self.newer_view.setPlainText(self.tr("Comparing…"))
        self._tasks.run(diff_words, on_done=done, owner=self, old=old_body, new=new_body)

    def _show_diff(self, diff: WordDiff) -> None:
        self._diff = diff
        self._scroll_map = _ScrollMap(diff.blocks)
        self._render()
        self.summary.setText(self._summary_text())
        self.summary.setAccessibleDescription(self.summary.text())

    def _summary_text(self) -> str:
        diff, title_diff, sides = self._diff, self._title_diff, self._sides
        if diff is None or title_diff is None or sides is None:
            return ""
        if sides[0].revision_id == sides[1].revision_id:
            return self.tr("That is the same draft on both sides: pick another one to compare.")
        if diff.identical and title_diff.identical:
            return self.tr("No changes: these two drafts have the same text.")
        # Words of the body only, as History, the editor and the growth view count them.
        added, removed = diff.words_added, diff.words_removed
        if added and removed:
            text = (
                self.tr("Words: +%1 added, −%2 taken out")
                .replace("%1", str(added))
                .replace("%2", str(removed))
            )
        elif added:
            text = self.tr("Words: +%1 added").replace("%1", str(added))
        elif removed:
            text = self.tr("Words: −%1 taken out").replace("%1", str(removed))
        else:
            text = self.tr("Only spaces and punctuation changed")
        if not title_diff.identical:
            text += self.tr(" (the title changed too)")
        return text

    def _render(self) -> None:
        diff, title_diff, sides = self._diff, self._title_diff, self._sides
        if diff is None or title_diff is None or sides is None:
            return
        colours = colours_for(self.older_view.palette())
        self.legend.setText(
            self.tr("%1 taken out   %2 added")
            .replace("%1", _span(self.tr("crossed out"), "removed", colours))
            .replace("%2", _span(self.tr("underlined"), "added", colours))
        )
        starts = []
        for view, side, body_segments, title_segments in (
            (self.older_view, sides[0], diff.old, title_diff.old),
            (self.newer_view, sides[1], diff.new, title_diff.new),
        ):
            title = (
                "".join(_span(s.text.replace("\n", " "), s.kind, colours) for s in title_segments)
                if side.title
                else f"<i>{html.escape(self.tr('Untitled'))}</i>"
            )
            parts = [f'<p style="font-size: large; font-weight: 600;">{title}</p>']
            if side.body is None:
                parts.append(
                    f"<p><i>{html.escape(self.tr('This draft could not be read.'))}</i></p>"
                )
            elif not side.body:
                parts.append(f"<p><i>{html.escape(self.tr('This draft has no text.'))}</i></p>")
            else:
                parts.append(segments_html(body_segments, colours))
            value = view.verticalScrollBar().value()
            view.setHtml("".join(parts))
            view.verticalScrollBar().setValue(value)
            second = view.document().firstBlock().next()
            starts.append(second.position() if second.isValid() else 0)
        self._body_starts = (starts[0], starts[1])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # dark or light colours to suit the new theme

    # -- scrolling together ----------------------------------------------------
    def _sync_scroll(self, *, from_side: int) -> None:
        if self._syncing:
            return
        views = (self.older_view, self.newer_view)
        source, target = views[from_side], views[1 - from_side]
        source_bar, target_bar = source.verticalScrollBar(), target.verticalScrollBar()
        self._syncing = True
        try:
            if source_bar.value() <= source_bar.minimum():
                target_bar.setValue(target_bar.minimum())
            elif source_bar.value() >= source_bar.maximum():
                target_bar.setValue(target_bar.maximum())
            else:
                target_bar.setValue(self._aligned_value(source, target, from_side))
        finally:
            self._syncing = False

    def _aligned_value(self, source: QTextBrowser, target: QTextBrowser, from_side: int) -> int:
        top = source.cursorForPosition(QPoint(0, 0))
        body_position = top.position() - self._body_starts[from_side]
        target_bar = target.verticalScrollBar()
        if self._scroll_map is None or body_position < 0:
            source_bar = source.verticalScrollBar()
            fraction = source_bar.value() / max(source_bar.maximum(), 1)
            return round(fraction * target_bar.maximum())
        mapped = self._body_starts[1 - from_side] + self._scroll_map.map(
            body_position, from_side=from_side
        )
        cursor = QTextCursor(target.document())
        cursor.setPosition(min(mapped, target.document().characterCount() - 1))
        offset = target.cursorRect(cursor).top() - source.cursorRect(top).top()
        return target_bar.value() + offset
