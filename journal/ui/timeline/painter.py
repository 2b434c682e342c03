"""Drawing one timeline frame with QPainter: on screen, and into PNG and SVG exports.

:class:`TimelinePainter` draws a :class:`~journal.core.timeline_frame.TimelineFrame`
(where everything goes, worked out without Qt) in the timeline's colours and
fonts. It decides nothing about positions; it keeps only drawing caches (dot
sprites), so one painter serves every frame of a view.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from journal.core.timeline import OTHER_LANE, Lane, LaneMode
from journal.core.timeline_frame import AXIS_H, GUTTER, HitPayload, Rect, TimelineFrame
from journal.store.timeline_data import CheckpointState, TimelineData
from journal.ui.timeline import style


def _tr(text: str) -> str:
    # The context the view's strings had before painting moved here, so
    # existing translations keep applying.
    return QCoreApplication.translate("TimelineView", text)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def lane_colours(lanes: Sequence[Lane], mode: LaneMode) -> list[QColor]:
    """Each lane's colour: the attribute's own, else a fixed cycle; grey for "other"."""
    if mode is LaneMode.ATTRIBUTE:
        return [style.ATTRIBUTE_COLOURS.get(lane.key, style.OTHER_COLOUR) for lane in lanes]
    return [
        style.CYCLE[i % len(style.CYCLE)] if lane.key != OTHER_LANE else style.OTHER_COLOUR
        for i, lane in enumerate(lanes)
    ]


@dataclass(frozen=True)
class PaintScene:
    """What the frame's indices point into: the data, its lanes and how they look."""

    data: TimelineData
    lanes: Sequence[Lane]
    colours: Sequence[QColor]
    lane_goal: Sequence[int | None]
    mode: LaneMode


@dataclass(frozen=True)
class PaintState:
    """How the widget is right now: what is pointed at, focus, the current lane."""

    font: QFont
    locale: QLocale
    hover: HitPayload | None = None
    has_focus: bool = False
    current_lane: int = 0
    filtered: bool = False  # say "no entries match" rather than "nothing yet"
    for_export: bool = False


class TimelinePainter:
    """Draws timeline frames, reusing each dot's picture across frames."""

    def __init__(self) -> None:
        self._sprites: dict[tuple[int, int, int], QPixmap] = {}
        self._base_font = QFont()

    def paint(
        self, painter: QPainter, frame: TimelineFrame, scene: PaintScene, state: PaintState
    ) -> None:
        """Paint the whole timeline: bands, grid, goals, drafts, dots, marks, axis, legend."""
        self._base_font = state.font
        lay = frame.layout
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, lay.width, lay.height), style.PAPER)
        self._paint_bands(painter, frame)
        painter.save()
        painter.setClipRect(_qrect(lay.plot))
        self._paint_grid(painter, frame)
        self._paint_goals(painter, frame, scene)
        self._paint_spans(painter, frame, scene)
        self._paint_aggregates(painter, frame, scene, state.for_export)
        self._paint_markers(painter, frame, scene, state)
        self._paint_marks(painter, frame)
        self._paint_today(painter, frame, scene)
        painter.restore()
        self._paint_gutter(painter, frame, scene, state)
        self._paint_axis(painter, frame, scene)
        self._paint_legend(painter, frame)
        if not len(scene.data.entries):
            self._paint_empty(painter, frame, state.filtered)
        if state.has_focus and not state.for_export:
            painter.setPen(QPen(style.FOCUS, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, lay.width - 2, lay.height - 2))

    def _font(self, delta: float = 0.0, *, bold: bool = False) -> QFont:
        font = QFont(self._base_font)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        font.setPointSizeF(max(size + delta, 6.0))
        font.setBold(bold)
        return font

    def _paint_bands(self, painter: QPainter, frame: TimelineFrame) -> None:
        lay = frame.layout
        painter.setPen(Qt.PenStyle.NoPen)
        for i, rect in enumerate(lay.lanes):
            if i % 2 == 0:
                painter.fillRect(_qrect(rect), style.BAND)
        if lay.goals.height > 0:
            painter.fillRect(_qrect(lay.goals), QColor("#fbfcfd"))
        painter.fillRect(_qrect(lay.marks), QColor("#fbfcfd"))
        painter.setPen(QPen(style.GRID, 1))
        for rect in (lay.goals, lay.marks):
            if rect.height > 0:
                painter.drawLine(QLineF(0, rect.bottom, lay.width, rect.bottom))
        painter.drawLine(QLineF(0, lay.marks.top, lay.width, lay.marks.top))

    def _paint_grid(self, painter: QPainter, frame: TimelineFrame) -> None:
        lay = frame.layout
        top, bottom = lay.axis.bottom, lay.marks.bottom
        painter.setPen(QPen(style.GRID, 1))
        painter.drawLines(
            [QLineF(x, top, x, bottom) for x in (frame.x_of(t) for t in frame.ticks.grid)]
        )
        painter.setPen(QPen(style.GRID_STRONG, 1))
        painter.drawLines(
            [QLineF(x, top, x, bottom) for x in (frame.x_of(tick.t) for tick in frame.ticks.labels)]
        )

    def _paint_today(self, painter: QPainter, frame: TimelineFrame, scene: PaintScene) -> None:
        lay = frame.layout
        x = frame.x_of(scene.data.today + 0.5)
        if not lay.plot_left <= x <= lay.width:
            return
        pen = QPen(style.TODAY, 1.5)
        pen.setDashPattern([4.0, 3.0])
        painter.setPen(pen)
        painter.drawLine(QLineF(x, lay.axis.bottom, x, lay.marks.bottom))

    def _paint_goals(self, painter: QPainter, frame: TimelineFrame, scene: PaintScene) -> None:
        lay = frame.layout
        goals = scene.data.goals
        in_lanes = scene.mode is LaneMode.GOAL
        font = self._font(-1.5)
        fm = QFontMetricsF(font)
        painter.setFont(font)
        for g, rect in frame.goal_bars:
            goal = goals[g]
            bar = _qrect(rect)
            if in_lanes:
                li = list(scene.lane_goal).index(g)
                colour = QColor(scene.colours[li])
                colour.setAlpha(30)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(bar)
                edge = QColor(scene.colours[li])
                edge.setAlpha(120)
                painter.setPen(QPen(edge, 1))
                painter.drawLine(QLineF(bar.left(), bar.top(), bar.left(), bar.bottom()))
                painter.drawLine(QLineF(bar.right(), bar.top(), bar.right(), bar.bottom()))
                text_left = max(bar.left(), lay.plot_left) + 6
                room = bar.right() - text_left - 6
                if room > 60:
                    painter.setPen(style.INK_SOFT)
                    text = fm.elidedText(goal.title, Qt.TextElideMode.ElideRight, room)
                    painter.drawText(QPointF(text_left, bar.bottom() - 4 - fm.descent()), text)
                continue
            fill = QColor(style.GOAL)
            fill.setAlpha(70 if goal.status == "active" else 45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(bar, 3.5, 3.5)
            text_left = max(bar.left(), lay.plot_left + 2)
            room = bar.right() - text_left
            if room > 40:
                painter.setPen(style.INK)
                text = fm.elidedText(goal.title, Qt.TextElideMode.ElideRight, room)
                painter.drawText(QPointF(text_left, bar.top() - 5 - fm.descent()), text)
        for g, c, x, y in frame.checkpoints:
            paint_checkpoint(painter, x, y, goals[g].checkpoints[c].state)

    def _paint_spans(self, painter: QPainter, frame: TimelineFrame, scene: PaintScene) -> None:
        if not frame.spans:
            return
        by_lane: dict[int, tuple[list[QLineF], list[QLineF]]] = {}
        for lane, y, x0, x1, xs in frame.spans.rows():
            lines, ticks = by_lane.setdefault(lane, ([], []))
            lines.append(QLineF(x0, y, x1, y))
            top, bottom = y - 4, y + 4
            ticks.extend([QLineF(x, top, x, bottom) for x in xs])
        # Ticks are upright lines: crisp and much cheaper without antialiasing.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for lane, (lines, ticks) in by_lane.items():
            colour = QColor(scene.colours[lane])
            colour.setAlpha(110)
            painter.setPen(QPen(colour, 1))
            painter.drawLines(lines)
            colour.setAlpha(210)
            painter.setPen(QPen(colour, 1.5))
            painter.drawLines(ticks)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_aggregates(
        self, painter: QPainter, frame: TimelineFrame, scene: PaintScene, for_export: bool
    ) -> None:
        if not frame.aggregates:
            return
        font = self._font(-1.5, bold=True)
        fm = QFontMetricsF(font)
        painter.setFont(font)
        digit = fm.horizontalAdvance("0")  # digits are tabular in the fonts we ship with
        text_height = fm.height()
        # Antialiased rounded rectangles cost ten times more: on screen the
        # columns are drawn plain; exports keep the smooth corners.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, for_export)
        painter.setPen(Qt.PenStyle.NoPen)
        colours: dict[tuple[int, int], QColor] = {}
        for agg in frame.aggregates:
            alpha = min(90 + int(25 * math.log2(agg.n)), 230)
            colour = colours.get((agg.lane, alpha))
            if colour is None:
                colour = colours[(agg.lane, alpha)] = QColor(scene.colours[agg.lane])
                colour.setAlpha(alpha)
            w = max(agg.x1 - agg.x0 - 2.0, 3.0)
            rect = QRectF(agg.x0 + 1.0, agg.y - agg.h / 2, w, agg.h)
            painter.setBrush(colour)
            radius = min(w / 2, 4.0)
            painter.drawRoundedRect(rect, radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(style.PAPER)
        for agg in frame.aggregates:
            w = max(agg.x1 - agg.x0 - 2.0, 3.0)
            if digit * len(str(agg.n)) + 2 <= w and text_height <= agg.h:
                rect = QRectF(agg.x0 + 1.0, agg.y - agg.h / 2, w, agg.h)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(agg.n))

    def _sprite(self, colour: QColor, radius: float, ratio: float) -> QPixmap:
        """A dot drawn once and reused: blitting is several times cheaper than drawing."""
        key = (colour.rgba(), round(radius * 4), round(ratio * 4))
        sprite = self._sprites.get(key)
        if sprite is None:
            side = math.ceil((radius + 1.5) * 2 * ratio)
            sprite = QPixmap(side, side)
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(style.PAPER, 1.2))
            painter.setBrush(colour)
            centre = side / ratio / 2
            painter.drawEllipse(QPointF(centre, centre), radius, radius)
            painter.end()
            self._sprites[key] = sprite
        return sprite

    def _paint_markers(
        self, painter: QPainter, frame: TimelineFrame, scene: PaintScene, state: PaintState
    ) -> None:
        revisions = scene.data.entries.revisions
        colour_of = _marker_colours(scene.colours)
        if state.for_export:  # vectors, sharp at any size in PNG and SVG
            painter.setPen(QPen(style.PAPER, 1.2))
            for m in frame.markers:
                painter.setBrush(colour_of(m.lane, revisions[m.entry]))
                painter.drawEllipse(QPointF(m.x, m.y), m.r, m.r)
        else:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            for m in frame.markers:
                sprite = self._sprite(colour_of(m.lane, revisions[m.entry]), m.r, ratio)
                half = sprite.width() / ratio / 2
                painter.drawPixmap(QPointF(m.x - half, m.y - half), sprite)
        hover = state.hover
        if hover is not None and hover.kind == "entry" and not state.for_export:
            pointed = frame.marker_of(hover.a, hover.b)
            if pointed is not None:
                painter.setPen(QPen(style.INK_SOFT, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(pointed.x, pointed.y), pointed.r + 3, pointed.r + 3)
        selected = frame.selected
        if selected is not None:
            painter.setPen(QPen(style.PAPER, 1.2))
            painter.setBrush(scene.colours[selected.lane])
            painter.drawEllipse(QPointF(selected.x, selected.y), selected.r, selected.r)
            painter.setPen(QPen(style.SELECTION, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(selected.x, selected.y), selected.r + 3.5, selected.r + 3.5)

    def _paint_marks(self, painter: QPainter, frame: TimelineFrame) -> None:
        y = frame.layout.marks.centre_y
        painter.setFont(self._font(-2, bold=True))
        for kind, x, count, _, _ in frame.marks:
            if kind == "reflection":
                cy = y - 5
                painter.setPen(QPen(style.PAPER, 1))
                painter.setBrush(style.REFLECTION)
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x, cy - 5),
                            QPointF(x + 5, cy),
                            QPointF(x, cy + 5),
                            QPointF(x - 5, cy),
                        ]
                    )
                )
            else:
                cy = y + 5
                path = QPainterPath()
                path.addRoundedRect(QRectF(x - 5, cy - 4, 10, 7), 2, 2)
                path.moveTo(x - 2, cy + 3)
                path.lineTo(x - 3, cy + 6)
                path.lineTo(x + 1, cy + 3)
                painter.setPen(QPen(style.PAPER, 1))
                painter.setBrush(style.FEEDBACK)
                painter.drawPath(path)
            if count > 1:
                painter.setPen(style.INK_SOFT)
                painter.drawText(QPointF(x + 7, cy + 4), str(count))

    def _paint_gutter(
        self, painter: QPainter, frame: TimelineFrame, scene: PaintScene, state: PaintState
    ) -> None:
        lay = frame.layout
        painter.fillRect(
            QRectF(0, lay.axis.bottom, GUTTER, lay.legend.top - lay.axis.bottom), style.PAPER
        )
        for i, rect in enumerate(lay.lanes):
            if i % 2 == 0:
                painter.fillRect(QRectF(0, rect.top, GUTTER, rect.height), style.BAND)
        painter.setPen(QPen(style.GRID_STRONG, 1))
        painter.drawLine(QLineF(GUTTER, lay.axis.bottom, GUTTER, lay.marks.bottom))
        title_font = self._font(0, bold=True)
        small = self._font(-1.5)
        fm = QFontMetricsF(title_font)
        small_fm = QFontMetricsF(small)
        for i, (lane, rect) in enumerate(zip(scene.lanes, lay.lanes, strict=True)):
            colour = scene.colours[i]
            two_lines = rect.height >= fm.height() + small_fm.height() + 4
            cy = rect.centre_y - (small_fm.height() / 2 if two_lines else 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(14, cy), 5, 5)
            if i == state.current_lane and state.has_focus:
                painter.setPen(QPen(style.FOCUS, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(14, cy), 8, 8)
            painter.setFont(title_font)
            painter.setPen(style.INK)
            label = fm.elidedText(lane.label, Qt.TextElideMode.ElideRight, GUTTER - 34)
            painter.drawText(
                QRectF(26, cy - fm.height() / 2, GUTTER - 30, fm.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            if two_lines:
                painter.setFont(small)
                painter.setPen(style.INK_SOFT)
                painter.drawText(
                    QRectF(26, cy + fm.height() / 2, GUTTER - 30, small_fm.height()),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    _tr("Entries: {count}").format(count=state.locale.toString(len(lane))),
                )
        painter.setFont(self._font(-1))
        painter.setPen(style.INK_SOFT)
        if lay.goals.height > 0:
            painter.drawText(
                QRectF(12, lay.goals.top, GUTTER - 16, lay.goals.height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                _tr("Goals"),
            )
        painter.drawText(
            QRectF(12, lay.marks.top, GUTTER - 16, lay.marks.height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            _tr("Reflections, feedback"),
        )

    def _paint_axis(self, painter: QPainter, frame: TimelineFrame, scene: PaintScene) -> None:
        lay = frame.layout
        painter.fillRect(_qrect(lay.axis), style.PAPER)
        painter.setPen(QPen(style.GRID_STRONG, 1))
        painter.drawLine(QLineF(0, lay.axis.bottom, lay.width, lay.axis.bottom))
        right = lay.width - 4
        context_font = self._font(0, bold=True)
        label_font = self._font(-1)
        for ticks, font, top, colour in (
            (frame.ticks.context, context_font, 5.0, style.INK),
            (frame.ticks.labels, label_font, 25.0, style.INK_SOFT),
        ):
            painter.setFont(font)
            fm = QFontMetricsF(font)
            xs = [frame.x_of(tick.t) for tick in ticks]
            for i, tick in enumerate(ticks):
                x = max(xs[i], GUTTER) + 4
                limit = (xs[i + 1] if i + 1 < len(ticks) else right + 4) - 6
                width = fm.horizontalAdvance(tick.label)
                if x + width > limit or x > right:
                    continue
                painter.setPen(colour)
                painter.drawText(QPointF(x, top + fm.ascent()), tick.label)
                if xs[i] >= GUTTER:
                    painter.setPen(QPen(style.GRID_STRONG, 1))
                    painter.drawLine(QLineF(xs[i], top + 2, xs[i], top + fm.height()))
        x = frame.x_of(scene.data.today + 0.5)
        if GUTTER <= x <= lay.width:
            painter.setFont(self._font(-2, bold=True))
            text = _tr("Today")
            fm = QFontMetricsF(painter.font())
            w = fm.horizontalAdvance(text) + 8
            box = QRectF(
                min(x - w / 2, lay.width - w - 2),
                lay.axis.bottom - fm.height() - 3,
                w,
                fm.height() + 2,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.TODAY)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(style.PAPER)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self._font(-1))
        painter.setPen(style.INK_SOFT)
        painter.drawText(
            QRectF(12, 0, GUTTER - 16, AXIS_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            lane_mode_title(scene.mode),
        )

    def _paint_legend(self, painter: QPainter, frame: TimelineFrame) -> None:
        lay = frame.layout
        painter.fillRect(_qrect(lay.legend), style.PAPER)
        font = self._font(-1.5)
        fm = QFontMetricsF(font)
        painter.setFont(font)
        y = lay.legend.centre_y
        x = 12.0
        grey = QColor(style.OTHER_COLOUR)

        def text(label: str) -> bool:
            nonlocal x
            width = fm.horizontalAdvance(label)
            if x + width > lay.width - 8:
                return False
            painter.setPen(style.INK_SOFT)
            painter.drawText(QPointF(x, y + fm.ascent() / 2 - 1), label)
            x += width + 18
            return True

        painter.setPen(QPen(style.PAPER, 1))
        painter.setBrush(grey)
        painter.drawEllipse(QPointF(x + 3, y), 3.5, 3.5)
        painter.drawEllipse(QPointF(x + 15, y), 7, 7)
        x += 27
        if not text(_tr("Entry (bigger: more drafts)")):
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(grey)
        painter.drawRoundedRect(QRectF(x, y - 7, 9, 14), 3, 3)
        x += 14
        if not text(_tr("Many entries (count)")):
            return
        painter.setPen(QPen(grey, 1.2))
        painter.drawLine(QLineF(x, y, x + 18, y))
        painter.setPen(QPen(grey, 1.4))
        painter.drawLines([QLineF(x + d, y - 4, x + d, y + 4) for d in (1, 8, 17)])
        x += 24
        if not text(_tr("Drafts (zoom in)")):
            return
        for state, label in (
            (CheckpointState.DONE, _tr("Checkpoint done")),
            (CheckpointState.DUE, _tr("Coming up")),
            (CheckpointState.MISSED, _tr("Missed")),
        ):
            paint_checkpoint(painter, x + 6, y, state)
            x += 16
            if not text(label):
                return
        painter.setPen(QPen(style.PAPER, 1))
        painter.setBrush(style.REFLECTION)
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x + 5, y - 5), QPointF(x + 10, y), QPointF(x + 5, y + 5), QPointF(x, y)]
            )
        )
        x += 15
        if not text(_tr("Reflection")):
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.FEEDBACK)
        painter.drawRoundedRect(QRectF(x, y - 4, 10, 7), 2, 2)
        x += 15
        text(_tr("Feedback"))

    def _paint_empty(self, painter: QPainter, frame: TimelineFrame, filtered: bool) -> None:
        message = (
            _tr("No entries match these filters.")
            if filtered
            else _tr("Nothing here yet: your entries will appear here as you write them.")
        )
        painter.setFont(self._font(1))
        painter.setPen(style.INK_SOFT)
        painter.drawText(
            _qrect(frame.layout.plot),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            message,
        )


def lane_mode_title(mode: LaneMode) -> str:
    return {
        LaneMode.ATTRIBUTE: _tr("Lanes: attributes"),
        LaneMode.GOAL: _tr("Lanes: goals"),
        LaneMode.TAG: _tr("Lanes: tags"),
    }[mode]


def _marker_colours(colours: Sequence[QColor]) -> Callable[[int, int], QColor]:
    """The lane's colour, more solid the more the entry was revised (made once per frame)."""
    made: dict[tuple[int, int], QColor] = {}

    def colour_of(lane: int, revisions: int) -> QColor:
        # Alpha stops growing at nine drafts, so nine keys per lane cover every dot.
        count = min(revisions, 9)
        colour = made.get((lane, count))
        if colour is None:
            colour = made[(lane, count)] = QColor(colours[lane])
            colour.setAlpha(min(150 + 12 * count, 255))
        return colour

    return colour_of


def paint_checkpoint(painter: QPainter, x: float, y: float, state: CheckpointState) -> None:
    """A checkpoint: a ticked disc when done, a ring when coming up, a triangle when missed."""
    if state is CheckpointState.DONE:
        painter.setPen(QPen(style.PAPER, 1))
        painter.setBrush(style.DONE)
        painter.drawEllipse(QPointF(x, y), 6, 6)
        tick = QPen(style.PAPER, 1.6)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(tick)
        painter.drawPolyline(
            QPolygonF([QPointF(x - 3, y), QPointF(x - 1, y + 2.5), QPointF(x + 3, y - 2.5)])
        )
    elif state is CheckpointState.DUE:
        painter.setPen(QPen(style.DUE, 1.8))
        painter.setBrush(style.PAPER)
        painter.drawEllipse(QPointF(x, y), 5, 5)
    else:
        painter.setPen(QPen(style.MISSED, 1.8))
        painter.setBrush(style.PAPER)
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - 6), QPointF(x + 6, y + 4.5), QPointF(x - 6, y + 4.5)])
        )
