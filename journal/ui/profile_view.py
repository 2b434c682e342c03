""" "How I learn best": the student's learning profile.

Shows "My learning profile" (a statement the student writes and revises,
with its earlier versions), the conditions that most often came with
learning going well and going badly (each with the number of reflections it
rests on, and nothing claimed from too few), the balance of the four
attributes month by month, and the student's answers to how-I-learn-best
prompts over time, then against now. Charts are painted with QPainter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.actions.statement import save_profile_statement
from journal.core.insights import (
    ATTRIBUTES,
    ConditionInsight,
    LearningProfile,
    MonthBalance,
    ThenAndNow,
)
from journal.store.errors import JournalError
from journal.store.read_models import reflections as reflection_reads
from journal.store.read_models.reflections import ProfileSnapshot
from journal.ui.accessible_items import AccessibleItem, expose_items, notify_items_changed
from journal.ui.dialogs import Asker
from journal.ui.goals import labels
from journal.ui.runner import ActionRunner
from journal.ui.tasks import TaskRunner
from journal.ui.widgets import MutedLabel, clear_layout

MONTHS_SHOWN = 12

# What the profile is made of: answers, the statement, prompts (which are about
# how I learn best) and entries (the attribute balance).
PROFILE_KINDS = (
    Kind.REFLECTIONS,
    Kind.PROFILE,
    Kind.PROMPTS,
    Kind.ENTRIES,
    Kind.DETAILS,
    Kind.TRASH,
)


ShareRole = Qt.ItemDataRole.UserRole + 1


class AttributeBalanceChart(QWidget):
    """One bar per month, split into the four attributes' shares, with the month's total on top.

    Months with nothing written show an empty outline, so gaps are honest.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthBalance] = []
        self.setAccessibleName(self.tr("My four attributes over time"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def set_months(self, months: Sequence[MonthBalance]) -> None:
        self.months = list(months)[-MONTHS_SHOWN:]
        self.setAccessibleDescription(self.describe())
        notify_items_changed(self)
        self.update()

    def describe(self) -> str:
        if not self.months:
            return self.tr("Nothing written yet.")
        return "; ".join(self.describe_month(m) for m in self.months)

    def describe_month(self, m: MonthBalance) -> str:
        counts = ", ".join(
            f"{labels.attribute_label(a)} {m.count(a)}" for a in ATTRIBUTES if m.count(a)
        )
        return (
            self.tr("%1: %2", "month, counts")
            .replace("%1", labels.month_label(m.month))
            .replace("%2", counts or self.tr("nothing"))
        )

    def legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def bar_rects(self) -> list[QRectF]:
        """Where each month's bar is drawn (the whole bar, all four shares)."""
        if not self.months:
            return []
        fm = QFontMetrics(self.font())
        top = self.legend_height() + fm.height() + 4
        bottom = self.height() - fm.height() * 2 - 8  # month labels may take two lines
        left, right = 8, self.width() - 8
        slot = (right - left) / len(self.months)
        width = min(44.0, slot * 0.6)
        return [
            QRectF(left + slot * i + (slot - width) / 2, top, width, max(1, bottom - top))
            for i in range(len(self.months))
        ]

    # Screen readers list the bars (journal.ui.accessible_items).
    def accessible_item_count(self) -> int:
        return len(self.months)

    def accessible_current_item(self) -> int:
        return -1

    def accessible_item(self, index: int) -> AccessibleItem | None:
        if not 0 <= index < len(self.months):
            return None
        rect = self.bar_rects()[index].toAlignedRect()
        return AccessibleItem(
            self.describe_month(self.months[index]), QAccessible.Role.ListItem, rect
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.Mid)
        fm = QFontMetrics(self.font())
        # Legend: a square of colour and a word for each attribute.
        x = 8
        for attribute in ATTRIBUTES:
            painter.fillRect(QRect(x, 6, 12, 12), labels.ATTRIBUTE_COLOURS[attribute])
            name = labels.attribute_label(attribute)
            painter.setPen(text_colour)
            painter.drawText(x + 16, 6 + fm.ascent() - 1, name)
            x += 16 + fm.horizontalAdvance(name) + 18
        if not self.months:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Your attributes will show here once you've written a little."),
            )
            return
        for month, rect in zip(self.months, self.bar_rects(), strict=True):
            total = month.total
            if total == 0:
                painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            else:
                y = rect.bottom()
                for attribute in ATTRIBUTES:
                    share = month.count(attribute) / total
                    if share <= 0:
                        continue
                    h = rect.height() * share
                    painter.fillRect(
                        QRectF(rect.left(), y - h, rect.width(), h),
                        labels.ATTRIBUTE_COLOURS[attribute],
                    )
                    y -= h
            painter.setPen(text_colour)
            label_rect = QRectF(
                rect.left() - 20, rect.top() - fm.height() - 2, rect.width() + 40, fm.height()
            )
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, str(total))
            # "Dec 2026" on one line where it fits, else the year under the month.
            slot = (self.width() - 16) / len(self.months)
            month_rect = QRectF(
                rect.center().x() - slot / 2, rect.bottom() + 4, slot, fm.height() * 2
            )
            painter.drawText(
                month_rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                labels.month_label(month.month),
            )
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


expose_items(AttributeBalanceChart, QAccessible.Role.Chart)


class ShareBarDelegate(QStyledItemDelegate):
    """Paints "5 of 7" with a bar whose length is the share, in the table's colour."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        share = index.data(ShareRole)
        if share is None:
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        text_width = option.fontMetrics.horizontalAdvance("000 of 000")
        rect = option.rect.adjusted(6, 6, -(text_width + 12), -6)
        track = QColor(self.colour)
        track.setAlpha(40)
        painter.fillRect(rect, track)
        painter.fillRect(
            QRectF(rect.left(), rect.top(), rect.width() * float(share), rect.height()), self.colour
        )
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            option.rect.adjusted(0, 0, -6, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            text,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), hint.height() + 8)


class ConditionsTable(QTableWidget):
    """Conditions with how many reflections back them: "With a friend · 5 of 7"."""

    def __init__(self, name: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(
            [self.tr("Condition"), self.tr("Kind"), self.tr("Reflections")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setItemDelegateForColumn(2, ShareBarDelegate(colour, self))
        # Arrows move between rows; Tab goes on to the next control (no Tab trap).
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 170)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_conditions(self, conditions: Sequence[ConditionInsight]) -> None:
        self.setRowCount(len(conditions))
        for row, c in enumerate(conditions):
            name = QTableWidgetItem(labels.condition_label(c.facet, c.value))
            kind = QTableWidgetItem(labels.facet_label(c.facet))
            text = self.tr("%1 of %2").replace("%1", str(c.count)).replace("%2", str(c.rated))
            count = QTableWidgetItem(text)
            count.setData(ShareRole, c.share)
            count.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1 of %n reflection(s)", "", c.rated).replace("%1", str(c.count)),
            )
            self.setItem(row, 0, name)
            self.setItem(row, 1, kind)
            self.setItem(row, 2, count)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2)
        self.setVisible(bool(conditions))


class ThenNowCard(QFrame):
    """One learn-best prompt: my first answer beside my latest."""

    def __init__(self, pair: ThenAndNow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thenNow")
        self.setStyleSheet(labels.CARD_STYLE.format(name="thenNow"))
        prompt = QLabel(pair.prompt_text, self)
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(prompt.font())
        font.setBold(True)
        prompt.setFont(font)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.addWidget(prompt, 0, 0, 1, 2)
        for column, (word, answer) in enumerate(
            ((self.tr("Then"), pair.then), (self.tr("Now"), pair.now))
        ):
            when = MutedLabel(
                f"{word} · {labels.long_date(answer.created_at.astimezone().date())}", self
            )
            body = QLabel(answer.body, self)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(when, 1, column)
            grid.addWidget(body, 2, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setAccessibleName(self.tr("Then and now: %1").replace("%1", pair.prompt_text))
        self.setAccessibleDescription(
            self.tr("Then: %1 — Now: %2").replace("%1", pair.then.body).replace("%2", pair.now.body)
        )


class LearningProfileView(QWidget):
    """The "How I learn best" page.

    It keeps itself up to date from ``runner.journal_changed`` (while hidden it
    only notes that it is out of date, and reloads when shown again).

    Signals:
        statement_saved: "My learning profile" was saved (a new version).
        loaded: the profile on screen was (re)loaded.
    """

    statement_saved = Signal()
    loaded = Signal()

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ask = Asker(self)
        self.profile: LearningProfile | None = None
        self.tasks = TaskRunner(self)
        self._writable = runner.allows(save_profile_statement)
        self._stale = False
        self.setAccessibleName(self.tr("How I learn best"))
        self._build()
        self._connect_signals()
        self.reload()

    def _heading(self, text: str, scale: float = 1.15) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        label.setWordWrap(True)
        label.setContentsMargins(0, 12, 0, 2)
        return label

    def _note(self, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        self.statement = QPlainTextEdit(self)
        self.statement.setAccessibleName(self.tr("My learning profile"))
        self.statement.setPlaceholderText(
            self.tr("I learn best when… I find it hard when… When I'm stuck, I…")
        )
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(110)
        self.statement.setReadOnly(not self._writable)
        self.save_button = QPushButton(self.tr("&Save my profile"), self)
        self.save_button.setAccessibleName(self.tr("Save my learning profile"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.statement_info = self._note()
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Earlier versions of my learning profile"))
        self.history.setWordWrap(True)
        self.history.setSpacing(3)
        self.history.setMaximumHeight(120)
        self.history_heading = QLabel(self.tr("Earlier versions"), self)

        self.conditions_note = self._note()
        self.well_heading = QLabel(self.tr("When learning went well (4 or 5), I was often…"), self)
        self.well_table = ConditionsTable(
            self.tr("Conditions when learning went well"), labels.WENT_WELL_COLOUR, self
        )
        self.badly_heading = QLabel(self.tr("When it went badly (1 or 2), I was often…"), self)
        self.badly_table = ConditionsTable(
            self.tr("Conditions when learning went badly"), labels.WENT_BADLY_COLOUR, self
        )
        self.balance_chart = AttributeBalanceChart(self)
        self.then_now_box = QVBoxLayout()
        self.then_now_note = self._note()
        self.answers = QListWidget(self)
        self.answers.setAccessibleName(self.tr("My answers about how I learn best"))
        self.answers.setWordWrap(True)
        self.answers.setSpacing(3)
        self.answers.setAlternatingRowColors(True)
        self.answers.setMinimumHeight(160)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 8, 16, 16)
        body.addWidget(self._heading(self.tr("How I learn best"), 1.5))
        body.addWidget(
            self._note(
                self.tr(
                    "What my reflections say about the way I learn. Every pattern here comes "
                    "from my own answers, with how many it rests on."
                )
            )
        )
        body.addWidget(self._heading(self.tr("My learning profile")))
        body.addWidget(self.statement)
        row = QHBoxLayout()
        row.addWidget(self.statement_info, 1)
        row.addWidget(self.save_button)
        body.addLayout(row)
        body.addWidget(self.history_heading)
        body.addWidget(self.history)
        body.addWidget(self._heading(self.tr("What goes with learning going well")))
        body.addWidget(self.conditions_note)
        body.addWidget(self.well_heading)
        body.addWidget(self.well_table)
        body.addWidget(self.badly_heading)
        body.addWidget(self.badly_table)
        body.addWidget(self._heading(self.tr("My four attributes over time")))
        body.addWidget(
            self._note(
                self.tr("Each bar is a month of entries and reflections; the number is how many.")
            )
        )
        body.addWidget(self.balance_chart)
        body.addWidget(self._heading(self.tr("Then and now")))
        body.addWidget(self.then_now_note)
        body.addLayout(self.then_now_box)
        body.addWidget(self._heading(self.tr("All my answers about how I learn best")))
        body.addWidget(self.answers)
        body.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName(self.tr("My learning profile"))
        # No Tab stop of its own (a "filler" to a screen reader): Tab goes to its controls.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save_statement)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.statement)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        save.activated.connect(self.save_statement)
        self.statement.textChanged.connect(self._statement_edited)
        self.runner.journal_changed.connect(self._journal_changed)

    # -- loading -----------------------------------------------------------------------------
    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*PROFILE_KINDS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Load the profile off the GUI thread (thousands of reflections take a while);
        ``loaded`` is emitted once it is on screen."""
        self._stale = False
        self.tasks.run(
            reflection_reads.learning_profile,
            journal=self.runner.journal,
            on_done=self._show,
            owner=self,
        )

    def reload_now(self) -> None:
        """Load and show the profile at once, on this thread."""
        self._stale = False
        self._show(reflection_reads.learning_profile(self.runner.journal))

    def _show(self, loaded: ProfileSnapshot) -> None:
        profile, history = loaded.profile, loaded.history
        previous = self.profile.statement if self.profile else ""
        self.profile = profile
        # Words the student is typing are never overwritten by a reload.
        if self.statement.toPlainText() in (previous, "") and (
            self.statement.toPlainText() != profile.statement
        ):
            self.statement.setPlainText(profile.statement)
        self._show_statement_info(profile)
        self.history.clear()
        for version in history:
            when = labels.long_date(version.written_at.astimezone().date())
            self.history.addItem(f"{when}\n{version.statement}")
        self.history.setVisible(bool(history))
        self.history_heading.setVisible(bool(history))
        self._show_conditions(profile)
        self.balance_chart.set_months(profile.balance)
        self._show_then_now(profile.then_now)
        self.answers.clear()
        for answer in reversed(profile.answers):
            when = labels.long_date(answer.created_at.astimezone().date())
            self.answers.addItem(f"{when} · {answer.prompt_text}\n{answer.body}")
        if not profile.answers:
            self.answers.addItem(
                self.tr("No answers yet. Prompts about how you learn best will show up here.")
            )
        self.loaded.emit()

    def _show_statement_info(self, profile: LearningProfile) -> None:
        if profile.statement_updated_at is None:
            self.statement_info.setText(
                self.tr("Write it in your own words. It goes with your portfolio.")
            )
        else:
            self.statement_info.setText(
                self.tr("Last changed %1").replace(
                    "%1", labels.long_date(profile.statement_updated_at.astimezone().date())
                )
            )
        self._statement_edited()

    def _show_conditions(self, profile: LearningProfile) -> None:
        c = profile.conditions
        well, badly = c.went_well, c.went_badly
        self.well_table.set_conditions(well)
        self.badly_table.set_conditions(badly)
        self.well_heading.setVisible(bool(well))
        self.badly_heading.setVisible(bool(badly))
        rated = labels.plural(
            self.tr("You've said how well it went in %n reflection(s).", "", c.rated), c.rated
        )
        if not c.enough:
            self.conditions_note.setText(
                rated
                + " "
                + self.tr(
                    "A pattern shows here once at least %1 reflections share it, so nothing "
                    "is guessed from too little."
                ).replace("%1", str(c.min_count))
            )
        else:
            self.conditions_note.setText(
                rated
                + " "
                + self.tr("Only patterns backed by at least %1 are shown.").replace(
                    "%1", str(c.min_count)
                )
            )

    def _show_then_now(self, pairs: Sequence[ThenAndNow]) -> None:
        clear_layout(self.then_now_box)
        for pair in pairs[:5]:
            self.then_now_box.addWidget(ThenNowCard(pair, self))
        self.then_now_note.setText(
            self.tr("My first answer beside my latest, for questions I've answered more than once.")
            if pairs
            else self.tr(
                "Answer the same question about how you learn again later, and you'll see "
                "your first answer beside your latest here."
            )
        )

    # -- the statement -----------------------------------------------------------------------
    def _statement_edited(self) -> None:
        saved = self.profile.statement if self.profile else ""
        self.save_button.setEnabled(self._writable and self.statement.toPlainText() != saved)

    def has_unsaved_work(self) -> bool:
        """True when "My learning profile" was changed here and not saved."""
        saved = self.profile.statement if self.profile else ""
        return self._writable and self.statement.toPlainText().strip() != saved.strip()

    def save_statement(self) -> bool:
        if not self._writable:
            return False
        text = self.statement.toPlainText().strip()
        try:
            outcome = self.runner.run(save_profile_statement, text, initiator=self, quiet=True)
        except JournalError as exc:
            self.ask.error(self.tr("Your learning profile wasn't saved"), str(exc))
            return False
        changed = bool(outcome is not None and outcome.value)
        if changed:
            # The reload that journal_changed started shows the new version in the history.
            self.profile = replace(self.profile, statement=text) if self.profile else None
            self.save_button.setEnabled(False)
            self.statement_saved.emit()
        return changed
