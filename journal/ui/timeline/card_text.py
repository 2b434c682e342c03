"""What the timeline's hover card says about a dot, a count, a goal, a checkpoint or a mark.

The frame says *what* is under the pointer (a :class:`HitPayload` of indices);
this module turns that into words, loading the one entry or mark it needs
from the journal and keeping the last few answers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from journal.core.timeline import Lane, date_of
from journal.core.timeline_frame import HitPayload
from journal.store.database import Journal
from journal.store.read_models import timeline as read_timeline
from journal.store.timeline_data import (
    CheckpointState,
    EntryCard,
    MarkCard,
    TimelineData,
)
from journal.ui.timeline import style
from journal.ui.timeline.card import CardText

CACHED_CARDS = 64


def _tr(text: str) -> str:
    # The context these strings had while they lived in TimelineView, so
    # existing translations keep applying.
    return QCoreApplication.translate("TimelineView", text)


class TimelineCards:
    """Card texts for one timeline's data and lanes (make a new one when either changes)."""

    def __init__(
        self,
        journal: Journal | None,
        data: TimelineData,
        lanes: Sequence[Lane],
        locale: QLocale,
    ) -> None:
        self._journal = journal
        self._data = data
        self._lanes = lanes
        self._locale = locale
        self._cache: OrderedDict[HitPayload, CardText] = OrderedDict()

    def entry_card(self, entry_id: str) -> EntryCard | None:
        """The entry's title, day and opening words (None without a journal or entry)."""
        if self._journal is None:
            return None
        return read_timeline.entry_card(self._journal, entry_id)

    def text_for(self, payload: HitPayload) -> CardText | None:
        """What the hover card says about the thing ``payload`` points at."""
        cached = self._cache.get(payload)
        if cached is not None:
            self._cache.move_to_end(payload)
            return cached
        text = self._make(payload)
        if text is not None:
            self._cache[payload] = text
            while len(self._cache) > CACHED_CARDS:
                self._cache.popitem(last=False)
        return text

    def _make(self, payload: HitPayload) -> CardText | None:
        data = self._data
        if payload.kind == "entry":
            card = self.entry_card(data.entries.ids[payload.a])
            if card is None:
                return None
            return CardText(
                card.title or _tr("Untitled"),
                style.long_date(card.learned_on, self._locale),
                card.opening,
                _tr("Drafts: {count}").format(count=card.revisions),
            )
        if payload.kind == "bucket":
            lane = self._lanes[payload.a]
            first = date_of(lane.times[payload.b])
            last = date_of(lane.times[payload.c - 1])
            return CardText(
                _tr("Entries: {count}").format(count=payload.c - payload.b),
                self._day_range(first, last),
                lane.label,
                _tr("Click to zoom in"),
            )
        if payload.kind == "goal":
            goal = data.goals[payload.a]
            done = sum(1 for cp in goal.checkpoints if cp.state is CheckpointState.DONE)
            return CardText(
                goal.title or _tr("Goal"),
                self._day_range(date_of(goal.start), date_of(goal.end - 1)),
                "",
                _tr("Checkpoints done: {done} of {total}").format(
                    done=done, total=len(goal.checkpoints)
                ),
            )
        if payload.kind == "checkpoint":
            goal = data.goals[payload.a]
            cp = goal.checkpoints[payload.b]
            state = {
                CheckpointState.DONE: _tr("Done"),
                CheckpointState.DUE: _tr("Coming up"),
                CheckpointState.MISSED: _tr("Not done yet"),
            }[cp.state]
            return CardText(
                cp.title or _tr("Checkpoint"),
                style.long_date(cp.due_on, self._locale),
                goal.title,
                state,
            )
        if payload.kind in ("reflection", "feedback"):
            return self._mark_text(payload)
        return None

    def _mark_text(self, payload: HitPayload) -> CardText | None:
        is_reflection = payload.kind == "reflection"
        marks = self._data.reflections if is_reflection else self._data.feedback
        count = payload.c - payload.b
        if count > 1:
            title = (
                _tr("Reflections: {count}") if is_reflection else _tr("Feedback: {count}")
            ).format(count=count)
            first, last = date_of(marks.times[payload.b]), date_of(marks.times[payload.c - 1])
            return CardText(title, self._day_range(first, last))
        mark = self._mark_card(payload.kind, marks.ids[payload.b])
        if mark is None:
            return None
        heading = (
            _tr("Reflection")
            if is_reflection
            else _tr("Feedback from {name}").format(name=mark.title or _tr("someone"))
        )
        subtitle = style.long_date(mark.when, self._locale) if mark.when else ""
        body = f"{mark.title}\n{mark.text}" if is_reflection else mark.text
        return CardText(heading, subtitle, body.strip())

    def _mark_card(self, kind: str, mark_id: str) -> MarkCard | None:
        if self._journal is None:
            return None
        return read_timeline.mark_card(self._journal, kind, mark_id)

    def _day_range(self, first: date, last: date) -> str:
        if first == last:
            return style.short_date(first, self._locale)
        return f"{style.short_date(first, self._locale)} – {style.short_date(last, self._locale)}"
