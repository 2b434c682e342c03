"""Typed text is never lost without a question (issue 10, class 6).

Every dialog or editor that holds words the student (or teacher) typed asks
before Escape, Cancel or closing throws them away, through the dialog seam's
``keep_or_discard``; keeping the work is the default answer. The fake asker's
``answer`` False is "keep", True is "discard".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal.portfolio.export import export_portfolio
from journal.store import goals as g
from journal.store.database import Journal
from journal.ui.goals.checkpoint_dialog import CheckpointDialog
from journal.ui.goals.wizard import GoalWizard
from journal.ui.portfolio.review import ReviewWindow
from journal.ui.prompts_panel import PromptCard
from journal.ui.runner import ActionRunner
from tests.portfolio.conftest import fill
from tests.ui.fakes import FakeAsker, asker_of
from tests.ui.portfolio_helpers import close_review_windows, open_window
from tests.ui.reflection_helpers import MemoryDaily

TODAY = date(2026, 3, 14)

# Words as students type them: letters of any script, digits, punctuation, emoji.
typed_words = st.text(
    st.characters(
        categories=("L", "N", "P", "S"),
        include_characters=" ",
    ),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() != "")


def _escape(qtbot: QtBot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Escape)


def _goal(journal: Journal) -> str:
    with journal.write() as s:
        return g.create_goal(
            s,
            title="Can I build a bridge that holds 1 kg?",
            criteria=[("It holds 1 kg", "teacher")],
            checkpoints=[("First test", TODAY + timedelta(days=2))],
            start_on=date(2026, 3, 1),
        )


# -- the goal wizard -----------------------------------------------------------------


def _wizard(qtbot: QtBot, runner: ActionRunner, **kwargs: object) -> GoalWizard:
    wizard = GoalWizard(runner, today=TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.ask = FakeAsker(answer=False)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_escape_in_the_goal_wizard_asks_and_keeps_what_was_typed(
    qtbot: QtBot, runner: ActionRunner
) -> None:
    wizard = _wizard(qtbot, runner)
    qtbot.keyClicks(wizard.title_edit, "Can I juggle?")
    _escape(qtbot, wizard.title_edit)
    ask = asker_of(wizard)
    assert [q.kind for q in ask.questions] == ["keep_or_discard"]
    assert wizard.isVisible()
    assert wizard.title_edit.text() == "Can I juggle?"

    wizard.reject()  # Cancel or the window's close button: asked again
    assert len(ask.questions) == 2 and wizard.isVisible()

    ask.answer = True  # "Close without saving"
    _escape(qtbot, wizard.title_edit)
    assert not wizard.isVisible()


@pytest.mark.parametrize(
    "type_into",
    [
        lambda qtbot, w: qtbot.keyClicks(w.why_edit, "Because"),
        lambda qtbot, w: qtbot.keyClicks(w.criterion_edit, "not added yet"),
        lambda qtbot, w: qtbot.keyClicks(w.action_edit, "a step not added yet"),
        lambda qtbot, w: qtbot.keyClicks(w.checkpoint_name, "a checkpoint not added yet"),
        lambda qtbot, w: qtbot.keyClicks(w.people_edit, "Ms Okafor"),
        lambda qtbot, w: w.has_target.setChecked(True),
    ],
)
def test_every_step_of_the_wizard_counts_as_work(
    qtbot: QtBot, runner: ActionRunner, type_into: Callable[[QtBot, GoalWizard], None]
) -> None:
    wizard = _wizard(qtbot, runner)
    type_into(qtbot, wizard)
    wizard.reject()
    assert asker_of(wizard).asked and wizard.isVisible()


def test_an_untouched_wizard_closes_without_a_question(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    wizard = _wizard(qtbot, runner)
    _escape(qtbot, wizard.title_edit)
    assert not wizard.isVisible() and asker_of(wizard).questions == []
    # Editing a goal: opening it is not a change either.
    editing = _wizard(qtbot, runner, goal_id=_goal(journal))
    editing.reject()
    assert not editing.isVisible() and asker_of(editing).questions == []


def test_editing_a_goal_asks_before_a_change_is_lost(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    wizard = _wizard(qtbot, runner, goal_id=_goal(journal))
    wizard.title_edit.setText("Can I build a bridge that holds 2 kg?")
    _escape(qtbot, wizard.title_edit)
    assert asker_of(wizard).asked and wizard.isVisible()
    assert wizard.title_edit.text() == "Can I build a bridge that holds 2 kg?"


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=typed_words)
def test_any_words_typed_in_the_wizard_are_asked_about(
    qtbot: QtBot, runner: ActionRunner, words: str
) -> None:
    wizard = GoalWizard(runner, today=TODAY)
    wizard.ask = ask = FakeAsker(answer=False)
    wizard.show()
    try:
        wizard.why_edit.setPlainText(words)
        wizard.reject()
        assert ask.asked and wizard.isVisible()
        assert wizard.why_edit.toPlainText() == words
    finally:
        ask.answer = True
        wizard.reject()
        wizard.deleteLater()


# -- the checkpoint dialog ------------------------------------------------------------


def _check_in(qtbot: QtBot, journal: Journal, runner: ActionRunner) -> CheckpointDialog:
    goal_id = _goal(journal)
    with journal.read() as s:
        checkpoint_id = g.goal_detail(s, goal_id, today=TODAY).checkpoints[0].id
    dialog = CheckpointDialog(runner, checkpoint_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ask = FakeAsker(answer=False)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_escape_in_a_check_in_asks_and_keeps_the_answer(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    dialog = _check_in(qtbot, journal, runner)
    qtbot.keyClicks(dialog.answer, "The bridge sagged.")
    _escape(qtbot, dialog.answer)
    ask = asker_of(dialog)
    assert [q.kind for q in ask.questions] == ["keep_or_discard"]
    assert dialog.isVisible() and dialog.answer.toPlainText() == "The bridge sagged."
    ask.answer = True
    _escape(qtbot, dialog.answer)
    assert not dialog.isVisible()


def test_a_rating_alone_is_work_and_an_untouched_check_in_just_closes(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    dialog = _check_in(qtbot, journal, runner)
    dialog.reject()
    assert not dialog.isVisible() and asker_of(dialog).questions == []
    again = _check_in(qtbot, journal, runner)
    criterion = next(iter(again.rating_groups))
    again.set_rating(criterion, 3)
    again.reject()
    assert asker_of(again).asked and again.isVisible()


# -- the answer to a prompt -------------------------------------------------------------


def _card(qtbot: QtBot, runner: ActionRunner) -> PromptCard:
    card = PromptCard(runner, today=TODAY, memory=MemoryDaily())
    qtbot.addWidget(card)
    card.editor.ask = FakeAsker(answer=False)
    card.resize(620, 300)
    card.show()
    qtbot.waitExposed(card)
    return card


def test_escape_in_an_answer_asks_and_keeps_it(qtbot: QtBot, runner: ActionRunner) -> None:
    card = _card(qtbot, runner)
    card.answer_button.click()
    qtbot.keyClicks(card.editor.answer, "I learn best in the morning")
    _escape(qtbot, card.editor.answer)
    ask = asker_of(card.editor)
    assert [q.kind for q in ask.questions] == ["keep_or_discard"]
    assert card.editor.isVisible()
    assert card.editor.answer.toPlainText() == "I learn best in the morning"


@pytest.mark.parametrize("leave", ["skip_button", "another_button", "answer_button"])
def test_skip_another_or_answer_again_ask_before_an_answer_is_dropped(
    qtbot: QtBot, runner: ActionRunner, leave: str
) -> None:
    card = _card(qtbot, runner)
    card.answer_button.click()
    prompt = card.current_prompt
    qtbot.keyClicks(card.editor.answer, "half an answer")
    getattr(card, leave).click()
    assert asker_of(card.editor).asked
    assert card.editor.isVisible() and card.current_prompt == prompt
    assert card.editor.answer.toPlainText() == "half an answer"


def test_an_empty_answer_is_cancelled_without_a_question(
    qtbot: QtBot, runner: ActionRunner
) -> None:
    card = _card(qtbot, runner)
    card.answer_button.click()
    _escape(qtbot, card.editor.answer)
    assert not card.editor.isVisible() and asker_of(card.editor).questions == []


# -- the teacher's review ---------------------------------------------------------------


@pytest.fixture
def review(qtbot: QtBot, journal: Journal, tmp_path: Path) -> Iterator[ReviewWindow]:
    filled = fill(journal)
    archive = export_portfolio(journal, tmp_path / "ada.portfolio.zip").path
    teacher = Journal.open(tmp_path / "teacher-journal", auto_backup=False)
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    asker_of(window).open_path = archive
    with qtbot.waitSignal(window.portfolio.review_opened, timeout=20000) as opened:
        window.review_action.trigger()
    review = opened.args[0]
    assert isinstance(review, ReviewWindow)
    review.ask = FakeAsker(answer=False)
    qtbot.waitExposed(review)
    review.select_entry(filled.shared_id)
    panel = review.feedback_panel
    qtbot.waitUntil(lambda: panel.current_target() is not None, timeout=5000)
    try:
        yield review
    finally:
        close_review_windows()
        QApplication.processEvents()
        window.close()
        teacher.close()


def test_quitting_a_review_with_a_comment_typed_but_not_added_asks(
    qtbot: QtBot, review: ReviewWindow
) -> None:
    panel = review.feedback_panel
    qtbot.keyClicks(panel.comment_edit, "Lovely diagrams")
    assert review.review.comments == []  # typed, not added
    review.close()
    ask = asker_of(review)
    assert [q.kind for q in ask.questions] == ["keep_or_discard"]
    assert "hasn't been added" in ask.asked[0]
    assert review.isVisible()
    assert panel.comment_edit.toPlainText() == "Lovely diagrams"
    ask.answer = True
    review.close()
    assert not review.isVisible()


def test_quitting_a_review_with_unsaved_comments_asks_with_keeping_as_the_answer(
    qtbot: QtBot, review: ReviewWindow
) -> None:
    panel = review.feedback_panel
    qtbot.keyClicks(panel.comment_edit, "Good testing.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    review.close()
    assert [q.kind for q in asker_of(review).questions] == ["keep_or_discard"]
    assert review.isVisible() and len(review.review.comments) == 1


# -- quitting the window ------------------------------------------------------------------


def test_quitting_with_an_unsaved_learning_profile_asks_and_shows_it(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    window = open_window(qtbot, journal, tmp_path / "settings")
    profile = window.profile_page
    window.show_page(profile)
    profile.statement.setPlainText("I learn best when I explain things to someone.")
    window.show_page(window.splitter)
    ask = asker_of(window)
    ask.answer = False
    window.close()
    assert [q.kind for q in ask.questions] == ["keep_or_discard"]
    assert window.isVisible() and window.current_page() is profile
    assert profile.statement.toPlainText() == "I learn best when I explain things to someone."
    ask.answer = True
    window.close()
    assert not window.isVisible()


def test_quitting_with_a_goal_half_planned_asks(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    window = open_window(qtbot, journal, tmp_path / "settings")
    window.new_goal()
    wizard = window.goals_page.goals_list.wizard
    assert wizard is not None
    qtbot.keyClicks(wizard.title_edit, "Can I learn to knit?")
    ask = asker_of(window)
    ask.answer = False
    window.close()
    assert ask.asked and window.isVisible() and wizard.isVisible()
    assert wizard.title_edit.text() == "Can I learn to knit?"
    ask.answer = True
    wizard.ask = ask
    wizard.reject()
    window.close()
    assert not window.isVisible()


def test_quitting_with_nothing_typed_asks_nothing(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    window = open_window(qtbot, journal, tmp_path / "settings")
    window.show_page(window.profile_page)
    window.new_goal()
    window.close()
    assert not window.isVisible() and asker_of(window).questions == []
