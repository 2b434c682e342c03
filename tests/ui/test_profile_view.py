"""The "How I learn best" view, its painted chart, and the On This Day card."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from journal.actions import reflections as reflection_actions
from journal.actions import statement as statement_actions
from journal.core.insights import MonthBalance
from journal.store.database import Journal
from journal.store.entries import create_entry, trash_entry
from journal.store.read_models import reflections as reflection_reads
from journal.store.reflections import Conditions, add_reflection, statement_history
from journal.ui.goals.labels import ATTRIBUTE_COLOURS
from journal.ui.on_this_day import OnThisDayCard
from journal.ui.profile_view import AttributeBalanceChart, LearningProfileView
from journal.ui.runner import ActionRunner
from tests.ui.fakes import FakeAsker
from tests.ui.qt_helpers import layout_widget, present


def _at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 15, tzinfo=UTC)


def _view(qtbot: QtBot, runner: ActionRunner) -> LearningProfileView:
    view = LearningProfileView(runner)
    view.ask = FakeAsker()
    qtbot.addWidget(view)
    view.resize(760, 900)
    with qtbot.waitSignal(view.loaded):  # the profile loads off the GUI thread
        view.show()
    return view


def _rows(table: QTableWidget) -> list[tuple[str, str]]:
    return [
        (present(table.item(r, 0)).text(), present(table.item(r, 2)).text())
        for r in range(table.rowCount())
    ]


def test_profile_tables_show_exact_counts(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        for day in (1, 2, 3):
            add_reflection(
                s,
                "good",
                attribute="voice",
                now=_at(3, day),
                conditions=Conditions(with_whom="peer", time_of_day="morning", went_well=5),
            )
        add_reflection(
            s,
            "meh",
            attribute="social",
            now=_at(3, 4),
            conditions=Conditions(with_whom="peer", went_well=3),
        )
        for day in (5, 6, 7):
            add_reflection(
                s,
                "bad",
                attribute="social",
                now=_at(3, day),
                conditions=Conditions(with_whom="alone", went_well=1),
            )
    view = _view(qtbot, runner)
    # Equal counts: the condition that went well every time comes first.
    assert _rows(view.well_table) == [("Morning", "3 of 3"), ("With a friend", "3 of 4")]
    assert _rows(view.badly_table) == [("On my own", "3 of 3")]
    assert "7 reflections" in view.conditions_note.text()
    share_role = Qt.ItemDataRole.UserRole + 1
    shares = [present(view.well_table.item(r, 2)).data(share_role) for r in (0, 1)]
    assert shares == [1.0, 0.75]


def test_profile_claims_nothing_from_too_few(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        for day in (1, 2):
            add_reflection(
                s, "good", now=_at(3, day), conditions=Conditions(how="making", went_well=5)
            )
    view = _view(qtbot, runner)
    assert view.well_table.rowCount() == 0 and not view.well_table.isVisible()
    assert not view.well_heading.isVisible()
    assert "at least 3 reflections" in view.conditions_note.text()
    assert "2 reflections" in view.conditions_note.text()


def test_then_and_now_and_all_answers_are_shown(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        add_reflection(s, "I give up.", prompt_id="learnbest-04", now=_at(1, 5))
        add_reflection(s, "I draw it, then ask.", prompt_id="learnbest-04", now=_at(5, 5))
        add_reflection(s, "Once only.", prompt_id="learnbest-02", now=_at(4, 5))
    view = _view(qtbot, runner)
    assert view.then_now_box.count() == 1
    card = layout_widget(view.then_now_box, 0)
    assert card.accessibleDescription() == "Then: I give up. — Now: I draw it, then ask."
    answers = [view.answers.item(i).text() for i in range(view.answers.count())]
    assert [a.split("\n")[1] for a in answers] == [
        "I draw it, then ask.",
        "Once only.",
        "I give up.",
    ]


def test_statement_saves_new_versions_and_keeps_the_old(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    view = _view(qtbot, runner)
    assert not view.save_button.isEnabled()
    view.statement.setPlainText("I like quiet mornings.")
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(view.loaded), qtbot.waitSignal(view.statement_saved):
        view.save_button.click()
    assert not view.save_button.isEnabled() and not view.history.isVisible()
    view.statement.setPlainText("Quiet mornings, then talking with a friend.")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.statement.setFocus()
    with qtbot.waitSignal(view.loaded), qtbot.waitSignal(view.statement_saved):
        qtbot.keyClick(view.statement, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.history.isVisible() and view.history.count() == 1
    assert view.history.item(0).text().endswith("I like quiet mornings.")
    with journal.read() as s:
        assert [v.statement for v in statement_history(s)] == ["I like quiet mornings."]


def test_balance_chart_paints_each_attribute_in_its_colour(qtbot: QtBot) -> None:
    chart = AttributeBalanceChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_months(
        [
            MonthBalance(date(2026, 1, 1), (4, 0, 0, 0)),
            MonthBalance(date(2026, 2, 1), (0, 0, 0, 0)),
            MonthBalance(date(2026, 3, 1), (0, 0, 2, 2)),
        ]
    )
    chart.show()
    image = chart.grab().toImage()
    bars = chart.bar_rects()
    assert len(bars) == 3

    def colour_at(x: float, y: float) -> str:
        return image.pixelColor(int(x), int(y)).name()

    january, february, march = bars
    assert (
        colour_at(january.center().x(), january.center().y()) == ATTRIBUTE_COLOURS["voice"].name()
    )
    assert colour_at(february.center().x(), february.center().y()) not in {
        c.name() for c in ATTRIBUTE_COLOURS.values()
    }
    # March: half social at the bottom, half self-discovery on top.
    bottom = march.bottom() - march.height() / 4
    top = march.top() + march.height() / 4
    assert colour_at(march.center().x(), bottom) == ATTRIBUTE_COLOURS["social"].name()
    assert colour_at(march.center().x(), top) == ATTRIBUTE_COLOURS["selfdiscovery"].name()
    assert "Voice 4" in chart.accessibleDescription()


def test_typing_is_kept_when_the_profile_reloads(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    view = _view(qtbot, runner)
    view.statement.setPlainText("Half-written thought")
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert view.statement.toPlainText() == "Half-written thought"
    assert view.save_button.isEnabled()


def test_profile_chart_follows_the_journal(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        create_entry(s, title="e", body="x", learned_on=date(2026, 2, 3), attributes=["cocreation"])
        add_reflection(s, "r", attribute="voice", now=_at(4, 1))
    view = _view(qtbot, runner)
    months = view.balance_chart.months
    assert [(m.month, m.counts) for m in months] == [
        (date(2026, 2, 1), (0, 1, 0, 0)),
        (date(2026, 3, 1), (0, 0, 0, 0)),
        (date(2026, 4, 1), (1, 0, 0, 0)),
    ]


def test_on_this_day_offers_earlier_entries_and_opens_them(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        year = create_entry(
            s, title="Volcano", body="# Volcano\n\nIt fizzed.", learned_on=date(2025, 3, 14)
        )
        month = create_entry(s, title="Fractions", body="Halves", learned_on=date(2026, 2, 14))
        gone = create_entry(s, title="Gone", body="x", learned_on=date(2026, 1, 14))
        trash_entry(s, gone.id)
    card = OnThisDayCard(runner, today=date(2026, 3, 14))
    qtbot.addWidget(card)
    card.show()
    assert [i.entry_id for i in card.items] == [year.id, month.id]
    assert [card.when_text(i) for i in card.items] == ["1 year ago", "1 month ago"]
    first_open = layout_widget(card.rows, 0).findChildren(type(card.close_button))[0]
    with qtbot.waitSignal(card.open_entry_requested) as opened:
        first_open.click()
    assert opened.args == [year.id]
    with qtbot.waitSignal(card.dismissed):
        card.close_button.click()
    assert not card.isVisible()
    empty = OnThisDayCard(runner, today=date(2026, 3, 15))
    qtbot.addWidget(empty)
    assert not empty.has_items and empty.isHidden()


def test_profile_follows_answers_and_statement_made_elsewhere(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    view = _view(qtbot, runner)
    assert view.profile is not None and view.profile.reflections == 0
    with qtbot.waitSignal(view.loaded):
        runner.run(
            reflection_actions.add_reflection, "I draw it, then ask.", prompt_id="learnbest-04"
        )
    assert view.profile.reflections == 1
    assert view.answers.item(0).text().endswith("I draw it, then ask.")
    with qtbot.waitSignal(view.loaded):
        runner.run(statement_actions.save_profile_statement, "Quiet first.")
    assert view.statement.toPlainText() == "Quiet first."


def test_a_hidden_profile_reloads_when_shown_again(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    view = _view(qtbot, runner)
    view.hide()
    runner.run(reflection_actions.add_reflection, "r", attribute="voice")
    assert view.profile is not None and view.profile.reflections == 0
    with qtbot.waitSignal(view.loaded):
        view.show()
    assert view.profile.reflections == 1


def test_a_read_only_profile_cannot_be_saved(qtbot: QtBot, journal: Journal, qapp: object) -> None:
    reviewing = ActionRunner(journal, lambda title, text: None, read_only=True)
    view = _view(qtbot, reviewing)
    assert view.statement.isReadOnly()
    view.statement.setPlainText("Changed in review")
    assert not view.save_button.isEnabled()
    assert view.save_statement() is False
    assert reflection_reads.statement(journal) == ""
    reviewing.deleteLater()
