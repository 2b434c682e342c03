"""Present or rehearse an exhibition: one station at a time, full screen, by keyboard or clicker.

Right, PageDown and Space go on; Left and PageUp go back; a station number
then Enter jumps; G shows a grid of the stations; Escape leaves. The timer
starts at the first advance. A rehearsal keeps the seconds spent at each
station (``record_rehearsal``) when it ends.

With a second screen the stations go full screen on the audience's screen and
a :class:`PresenterView` opens on the student's: talking notes in large type,
the next station, the time left for this station and overall with a pacing
colour (said in words too), and a clock. S swaps the two screens when the
computer guessed them the wrong way round. P opens or closes the presenter view
on one screen too (to rehearse with it). Keys work in either window.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QScreen, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.actions.exhibitions import StationTiming, record_presentation, record_rehearsal
from journal.portfolio.exhibit_plan import ExhibitPlan
from journal.portfolio.exhibition_pdf import station_document
from journal.ui.runner import ActionRunner

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
_BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up}


def _clock_text(seconds: float) -> str:
    minutes, rest = divmod(int(max(seconds, 0)), 60)
    return f"{minutes}:{rest:02d}"


class PresentWindow(QWidget):
    """The stations as the audience sees them; ``rehearse`` keeps the time per station."""

    #: The id of the rehearsal kept when the window closed ("" when nothing was kept).
    finished = Signal(str)
    #: The station on show changed, or a second went by.
    moved = Signal()

    def __init__(
        self,
        runner: ActionRunner,
        plan: ExhibitPlan,
        *,
        rehearse: bool = False,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.runner = runner
        self.plan = plan
        self.rehearse = rehearse
        self.clock = clock
        self.numbers = [p.station.number for p in plan.stations]
        self.index = 0
        self.typed = ""
        self.started: float | None = None
        self._since: float | None = None
        self.spent: dict[str, float] = {}
        self.run_id = ""
        self._document: QTextDocument | None = None
        title = self.tr("Rehearsing: {title}") if rehearse else self.tr("Presenting: {title}")
        self.setWindowTitle(title.format(title=plan.exhibition.title))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Station and time"))
        self.stack = QStackedWidget()
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Station as the audience sees it"))
        self.view.setOpenLinks(False)
        self.grid = QListWidget()
        self.grid.setAccessibleName(self.tr("All stations"))
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setWordWrap(True)
        self.grid.itemActivated.connect(self._grid_chosen)
        for planned in plan.stations:
            station = planned.station
            item = QListWidgetItem(
                self.tr("{number}. {label}").format(
                    number=station.number, label=station.label or self.tr("Untitled entry")
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, station.number)
            self.grid.addItem(item)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.grid)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.view.installEventFilter(self)
        self.grid.installEventFilter(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._show_status)
        self.presenter: PresenterView | None = None
        self.start_index = 0  # where the clock started (the first advance)
        self._show()

    # -- what is on show ---------------------------------------------------------
    @property
    def current_number(self) -> int:
        return self.numbers[self.index] if self.numbers else 0

    def _show(self) -> None:
        if not self.numbers:
            self.view.setPlainText(self.tr("There is no station to show yet."))
        else:
            width = max(float(self.view.viewport().width()) - 24.0, 480.0)
            self._document = station_document(self.plan, self.current_number, width)
            self.view.setDocument(self._document)
        self._show_status()

    def _show_status(self) -> None:
        elapsed = 0.0 if self.started is None else self.clock() - self.started
        text = self.tr("Station {n} of {total} · {time}").format(
            n=self.index + 1 if self.numbers else 0,
            total=len(self.numbers),
            time=_clock_text(elapsed),
        )
        over = False
        if self.numbers:
            station = self.plan.stations[self.index].station
            here = self.spent.get(station.id, 0.0)
            if self._since is not None:
                here += self.clock() - self._since
            if station.time_share_s:
                text += self.tr(" · this station {spent} of {planned}").format(
                    spent=_clock_text(here), planned=_clock_text(station.time_share_s)
                )
                over = here > station.time_share_s
        if self.typed:
            text += self.tr(" · go to {number}").format(number=self.typed)
        self.status.setText(text)
        # Over this station's time: the status turns red (and says so to screen readers).
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if over else "")
        self.status.setAccessibleDescription(self.tr("Over time") if over else "")
        self.moved.emit()

    # -- timing, for the presenter view ------------------------------------------
    def elapsed(self) -> float:
        return 0.0 if self.started is None else self.clock() - self.started

    def here_spent(self) -> float:
        """Seconds spent at the station on show (this visit and earlier ones)."""
        if not self.numbers:
            return 0.0
        spent = self.spent.get(self.plan.stations[self.index].station.id, 0.0)
        if self._since is not None:
            spent += self.clock() - self._since
        return spent

    def place_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (moving there if it is on show elsewhere)."""
        if self.isFullScreen() and self.screen() is not screen:
            self.showNormal()  # a full-screen window moves only once it is normal again
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def show_presenter(self, *, screen: QScreen | None = None) -> PresenterView:
        """Open the presenter view (maximised on ``screen`` when given)."""
        if self.presenter is None:
            self.presenter = PresenterView(self)
        view = self.presenter
        if screen is not None:
            view.place_on(screen)
        else:
            view.show()
        view.refresh()
        return view

    def swap_screens(self) -> bool:
        """The stations go to the presenter view's screen and the presenter view to theirs (S)."""
        view = self.presenter
        if view is None or not view.isVisible():
            return False
        audience, student = self.screen(), view.screen()
        if audience is None or student is None or audience is student:
            return False
        self.place_on(student)
        view.place_on(audience)
        view.refresh()
        self.activateWindow()
        return True

    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.hide()
            self.activateWindow()
            self.setFocus()
        else:
            self.show_presenter()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.numbers and self.isVisible():
            self._show()

    # -- moving ------------------------------------------------------------------
    def _tick_station(self) -> None:
        """Add the time since the last move to the station being left."""
        now = self.clock()
        if self._since is not None and self.numbers:
            station_id = self.plan.stations[self.index].station.id
            self.spent[station_id] = self.spent.get(station_id, 0.0) + now - self._since
        self._since = now

    def go_to(self, index: int) -> None:
        if not self.numbers:
            return
        index = max(0, min(index, len(self.numbers) - 1))
        if self.started is None:
            self.started = self.clock()
            self._since = self.started
            self.start_index = index
            self.ticker.start()
        else:
            self._tick_station()
        self.index = index
        self._show()

    def advance(self, step: int) -> None:
        self.go_to(self.index + step)

    def jump(self, number: int) -> None:
        if number in self.numbers:
            self.go_to(self.numbers.index(number))

    def toggle_grid(self) -> None:
        if self.stack.currentWidget() is self.grid:
            self.stack.setCurrentWidget(self.view)
            self.setFocus()
        else:
            self.grid.setCurrentRow(self.index)
            self.stack.setCurrentWidget(self.grid)
            self.grid.setFocus()

    def _grid_chosen(self, item: QListWidgetItem) -> None:
        self.stack.setCurrentWidget(self.view)
        self.jump(int(item.data(Qt.ItemDataRole.UserRole)))
        self.setFocus()

    # -- keys --------------------------------------------------------------------
    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not (watched is self.grid and self.stack.currentWidget() is self.grid
                     and event.key() not in (Qt.Key.Key_G, Qt.Key.Key_Escape))
        ):  # fmt: skip
            return self.handle_key(event)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is self.grid:
                self.toggle_grid()
            else:
                self.close()
            return True
        if key == Qt.Key.Key_G:
            self.toggle_grid()
            return True
        if key == Qt.Key.Key_P:
            self.toggle_presenter()
            return True
        if key == Qt.Key.Key_S:
            self.swap_screens()
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.typed += event.text() or str(int(key) - int(Qt.Key.Key_0))
            self._show_status()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.typed:
                self.jump(int(self.typed))
                self.typed = ""
                self._show_status()
            else:
                self.advance(1)
            return True
        if key in _NEXT:
            self.typed = ""
            self.advance(1)
            return True
        if key in _BACK:
            self.typed = ""
            self.advance(-1)
            return True
        return False

    # -- leaving -----------------------------------------------------------------
    def timings(self) -> list[StationTiming]:
        """Seconds spent per station, in station order (stations not visited are left out)."""
        return [
            StationTiming(p.station.id, round(self.spent[p.station.id], 1))
            for p in self.plan.stations
            if p.station.id in self.spent
        ]

    def closeEvent(self, event: object) -> None:
        self.ticker.stop()
        if self.presenter is not None:
            self.presenter.close()
        if self.started is not None:
            self._tick_station()
        if self.spent and not self.run_id and not self.runner.read_only:
            # Each rehearsal and each presentation is kept as a new one (presenting
            # again after revisions never overwrites the earlier presentation).
            record = record_rehearsal if self.rehearse else record_presentation
            outcome = self.runner.run(
                record, self.plan.exhibition.id, self.timings(), initiator=self
            )
            if outcome is not None:
                self.run_id = str(outcome.value)
        self.started = None
        self.finished.emit(self.run_id)
        super().closeEvent(event)  # type: ignore[arg-type]


class Pace:
    """How the talk is going against the plan, in a colour and in words."""

    ON_TIME = "on-time"
    LITTLE_BEHIND = "little-behind"
    BEHIND = "behind"


def pace_of(elapsed: float, planned_before: float, share: float) -> str:
    """Behind when the time used is past the end of this station's share;
    a little behind when past its middle; on time otherwise."""
    if share <= 0:
        return Pace.ON_TIME
    if elapsed > planned_before + share:
        return Pace.BEHIND
    if elapsed > planned_before + share / 2:
        return Pace.LITTLE_BEHIND
    return Pace.ON_TIME


_PACE_COLOURS = {Pace.ON_TIME: "#1b5e20", Pace.LITTLE_BEHIND: "#8a5300", Pace.BEHIND: "#b00020"}


class PresenterView(QWidget):
    """What only the student sees: notes, what comes next, time left, a clock."""

    def __init__(self, present: PresentWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.present = present
        self.setWindowTitle(self.tr("Presenter view: {title}").format(
            title=present.plan.exhibition.title))  # fmt: skip
        self.setAccessibleName(self.windowTitle())
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        huge = QFont(self.font())
        huge.setPointSizeF(huge.pointSizeF() * 2.4)
        huge.setBold(True)

        self.station = QLabel()
        self.station.setFont(big)
        self.station.setWordWrap(True)
        self.station.setAccessibleName(self.tr("Station on show"))
        self.notes = QTextBrowser()
        self.notes.setFont(big)
        self.notes.setAccessibleName(self.tr("Your talking notes"))
        self.next_up = QLabel()
        self.next_up.setFont(big)
        self.next_up.setWordWrap(True)
        self.next_up.setAccessibleName(self.tr("Next station"))
        self.here_left = QLabel()
        self.here_left.setFont(huge)
        self.here_left.setAccessibleName(self.tr("Time left for this station"))
        self.total_left = QLabel()
        self.total_left.setFont(huge)
        self.total_left.setAccessibleName(self.tr("Time left overall"))
        self.pace = QLabel()
        self.pace.setFont(big)
        self.pace.setAccessibleName(self.tr("Pace"))
        self.clock_label = QLabel()
        self.clock_label.setFont(big)
        self.clock_label.setAccessibleName(self.tr("Clock"))
        keys = QLabel(
            self.tr(
                "Right or Space: next · Left: back · number then Enter: jump · G: all stations · P: hide this view · Escape: stop"  # noqa: E501
            )
        )
        keys.setWordWrap(True)
        self.swap_hint = QLabel(self.tr("S: swap the two screens"))
        self.swap_hint.setVisible(False)

        timing = QVBoxLayout()
        for label in (self.here_left, self.total_left, self.pace, self.clock_label):
            timing.addWidget(label)
        timing.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.station, 0, 0, 1, 2)
        grid.addWidget(self.notes, 1, 0)
        grid.addLayout(timing, 1, 1)
        grid.addWidget(self.next_up, 2, 0, 1, 2)
        grid.addWidget(keys, 3, 0, 1, 2)
        grid.addWidget(self.swap_hint, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notes.installEventFilter(self)
        self._shown_index = -1
        present.moved.connect(self.refresh)

    def place_on(self, screen: QScreen) -> None:
        """Maximised on ``screen``."""
        if self.isVisible() and self.screen() is not screen:
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def refresh(self) -> None:
        present = self.present
        self.swap_hint.setVisible(self.screen() is not present.screen())
        stations = present.plan.stations
        if not stations:
            self.station.setText(self.tr("There is no station to show yet."))
            return
        index = present.index
        station = stations[index].station
        if index != self._shown_index:  # the slow part only when the station changes
            self._shown_index = index
            self.station.setText(self.tr("Station {n} of {total}: {label}").format(
                n=index + 1, total=len(stations),
                label=station.label or self.tr("Untitled entry")))  # fmt: skip
            self.notes.setPlainText(station.notes or self.tr("No notes for this station."))
            if index + 1 < len(stations):
                following = stations[index + 1].station
                self.next_up.setText(self.tr("Next: {n}. {label}").format(
                    n=index + 2, label=following.label or self.tr("Untitled entry")))  # fmt: skip
            else:
                self.next_up.setText(self.tr("Next: this is the last station."))
        here = present.here_spent()
        elapsed = present.elapsed()
        share = float(station.time_share_s)
        if share:
            self.here_left.setText(
                self.tr("This station: {time} left").format(time=_clock_text(share - here))
                if here <= share
                else self.tr("This station: {time} over").format(time=_clock_text(here - share))
            )
        else:
            self.here_left.setText(self.tr("This station: {time}").format(time=_clock_text(here)))
        budget = float(present.plan.exhibition.time_budget_s or present.plan.exhibition.planned_s)
        if budget:
            self.total_left.setText(
                self.tr("Overall: {time} left").format(time=_clock_text(budget - elapsed))
                if elapsed <= budget
                else self.tr("Overall: {time} over").format(time=_clock_text(elapsed - budget))
            )
        else:
            self.total_left.setText(self.tr("Overall: {time}").format(time=_clock_text(elapsed)))
        # The plan counted from the station where the clock started.
        before = float(sum(p.station.time_share_s for p in stations[present.start_index : index]))
        pace = pace_of(elapsed, before, share)
        words = {
            Pace.ON_TIME: self.tr("On time"),
            Pace.LITTLE_BEHIND: self.tr("A little behind: think about moving on"),
            Pace.BEHIND: self.tr("Behind: move on to the next station"),
        }[pace]
        self.pace.setText(words)
        self.pace.setStyleSheet(f"color: {_PACE_COLOURS[pace]};")
        self.pace.setProperty("pace", pace)
        self.clock_label.setText(
            QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        )

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self.present.handle_key(event)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.present.handle_key(event):
            super().keyPressEvent(event)
