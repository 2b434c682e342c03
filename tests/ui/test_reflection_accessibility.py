"""Every control on the goal, prompt and profile screens has a name; the card works by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal.store import goals as g
from journal.store.database import Journal
from journal.ui.goals.checkpoint_dialog import CheckpointDialog
from journal.ui.goals.due_card import DueCheckpointsCard
from journal.ui.goals.goal_page import GoalPage
from journal.ui.goals.goals_list import GoalsListWidget
from journal.ui.goals.link_evidence import LinkEvidenceDialog
from journal.ui.goals.wizard import GoalWizard
from journal.ui.on_this_day import OnThisDayCard
from journal.ui.profile_view import LearningProfileView
from journal.ui.prompts_panel import PromptCard, PromptLibraryDialog
from journal.ui.runner import ActionRunner
from tests.ui.reflection_helpers import MemoryDaily

TODAY = date(2026, 3, 14)
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTabBar,
)


def _inside_composite(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets that neither have an accessible name nor a text to read."""
    missing = []
    for child in root.findChildren(QWidget):
        if not isinstance(child, INTERACTIVE) or child.objectName().startswith("qt_"):
            continue
        if _inside_composite(child):
            continue  # a composite's own parts (a combo's popup, a table's header, tab arrows)
        if child.accessibleName():
            continue
        if isinstance(child, QAbstractButton) and child.text().replace("&", "").strip():
            continue  # Qt's own buttons (wizard, button boxes) read their text
        missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return missing


def _goal(journal: Journal) -> tuple[str, str]:
    with journal.write() as s:
        goal_id = g.create_goal(
            s,
            title="Bridge",
            criteria=[("Holds 1 kg", "me")],
            actions=["Sketch"],
            checkpoints=[("Test", TODAY + timedelta(days=1))],
        )
        return goal_id, g.goal_detail(s, goal_id).checkpoints[0].id


@pytest.mark.parametrize(
    "make",
    [
        lambda j, r, gid, cid: GoalsListWidget(r),
        lambda j, r, gid, cid: GoalPage(r, gid, today=TODAY),
        lambda j, r, gid, cid: GoalWizard(r, goal_id=gid, today=TODAY),
        lambda j, r, gid, cid: CheckpointDialog(r, cid, today=TODAY),
        lambda j, r, gid, cid: LinkEvidenceDialog(r, gid),
        lambda j, r, gid, cid: DueCheckpointsCard(r, today=TODAY),
        lambda j, r, gid, cid: PromptCard(r, today=TODAY, memory=MemoryDaily()),
        lambda j, r, gid, cid: PromptLibraryDialog(r),
        lambda j, r, gid, cid: LearningProfileView(r),
        lambda j, r, gid, cid: OnThisDayCard(r, today=TODAY),
    ],
    ids=[
        "goals-list",
        "goal-page",
        "wizard",
        "checkpoint",
        "link",
        "due",
        "prompt-card",
        "library",
        "profile",
        "on-this-day",
    ],
)
def test_every_control_has_an_accessible_name(
    qtbot: QtBot,
    journal: Journal,
    runner: ActionRunner,
    make: Callable[[Journal, ActionRunner, str, str], QWidget],
) -> None:
    goal_id, checkpoint_id = _goal(journal)
    widget = make(journal, runner, goal_id, checkpoint_id)
    qtbot.addWidget(widget)
    widget.show()
    if isinstance(widget, PromptCard):
        widget.answer()
        widget.editor.conditions_toggle.setChecked(True)
    assert _unnamed(widget) == []


def test_prompt_card_is_used_with_the_keyboard_alone(qtbot: QtBot, runner: ActionRunner) -> None:
    card = PromptCard(runner, today=TODAY, memory=MemoryDaily())
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    first = card.current_prompt
    # Mnemonics press their button with a short animation, hence the waits.
    qtbot.keyClick(card, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # A&nother
    qtbot.waitUntil(lambda: card.current_prompt != first)
    qtbot.keyClick(card, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Answer
    qtbot.waitUntil(lambda: card.editor.isVisible() and card.editor.answer.hasFocus())
    qtbot.keyClicks(card.editor.answer, "Typed without a mouse.")
    qtbot.keyClick(card.editor.answer, Qt.Key.Key_Tab)
    assert card.editor.conditions_toggle.hasFocus()
    qtbot.keyClick(card.editor.conditions_toggle, Qt.Key.Key_Space)
    assert card.editor.conditions.isVisible()
    with qtbot.waitSignal(card.reflection_saved):
        qtbot.keyClick(card.editor.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
