"""The issue's "done when", through the screens a new student would use."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal.core.insights import ConditionInsight
from journal.store import goals as g
from journal.store.database import Journal
from journal.store.entries import create_entry
from journal.store.reflections import list_reflections, reflection_records
from journal.ui.goals.goal_page import GoalPage
from journal.ui.goals.goals_list import GoalsListWidget
from journal.ui.profile_view import LearningProfileView
from journal.ui.prompts_panel import PromptCard, PromptLibraryDialog
from journal.ui.runner import ActionRunner
from tests.ui.fakes import FakeAsker
from tests.ui.reflection_helpers import MemoryDaily

TODAY = date.today()


def _dump(db: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [
            (n, sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr))
            for n in sorted(names)
            if not n.startswith(("sqlite_", "entries_fts"))
        ]
    finally:
        con.close()


def test_a_new_student_goes_from_goal_to_learning_profile(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, tmp_path: Path
) -> None:
    # 1. A goal through the guided flow.
    goals = GoalsListWidget(runner)
    qtbot.addWidget(goals)
    wizard = goals.new_goal()
    qtbot.keyClicks(wizard.title_edit, "Can I write a story with a twist?")
    wizard.next()
    wizard.next()
    qtbot.keyClicks(wizard.criterion_edit, "The twist surprises a reader")
    qtbot.keyClick(wizard.criterion_edit, Qt.Key.Key_Return)
    wizard.criterion_who.setCurrentIndex(wizard.criterion_who.findData("teacher"))
    qtbot.keyClicks(wizard.criterion_edit, "I use paragraphs")
    qtbot.keyClick(wizard.criterion_edit, Qt.Key.Key_Return)
    for _ in range(3):
        wizard.next()
    wizard.checkpoint_date.setDate(wizard.checkpoint_date.date().addDays(-20))
    qtbot.keyClicks(wizard.checkpoint_name, "First draft")
    qtbot.keyClick(wizard.checkpoint_name, Qt.Key.Key_Return)
    with qtbot.waitSignal(goals.goal_created) as created:
        wizard.accept()
    goal_id = created.args[0]

    # 2. Two entries linked as evidence.
    with journal.write() as s:
        first = create_entry(
            s, title="Story plan", body="Twist ideas", learned_on=TODAY - timedelta(days=3)
        )
        second = create_entry(
            s, title="Draft one", body="Once upon…", learned_on=TODAY - timedelta(days=1)
        )
    page = GoalPage(runner, goal_id)
    qtbot.addWidget(page)
    page.show()
    for entry in (second, first):
        dialog = page.link_entry()
        assert dialog is not None and dialog.select_entry(entry.id)
        dialog.accept()
    with journal.read() as s:
        evidence = g.goal_evidence(s, goal_id)
    assert [e.entry_title for e in evidence] == ["Story plan", "Draft one"]

    # 3. A checkpoint with ratings and a reflection.
    check = page.check_in()
    assert check is not None
    criteria = [c.id for c in check.goal.criteria]
    check.set_rating(criteria[0], 2)
    check.set_rating(criteria[1], 3)
    check.answer.setPlainText("The twist is too obvious; I'll hide more clues.")
    check.accept()
    with journal.read() as s:
        d = g.goal_detail(s, goal_id)
    assert d.checkpoints[0].completed_at is not None
    assert dict(d.checkpoints[0].ratings) == {criteria[0]: 2, criteria[1]: 3}

    # 4. Prompts from three attributes, with their conditions.
    card = PromptCard(runner, today=TODAY, memory=MemoryDaily())
    qtbot.addWidget(card)
    card.show()
    answered: dict[str, str] = {}
    while len(answered) < 3:
        prompt = card.current_prompt
        assert prompt is not None
        if prompt.attribute not in answered:
            card.answer_button.click()
            card.editor.answer.setPlainText(f"My answer about {prompt.attribute}.")
            card.editor.conditions_toggle.click()
            picker = card.editor.conditions
            picker.place.buttons["library"].click()
            picker.with_whom.buttons["peer"].click()
            picker.how.buttons["making"].click()
            picker.time_of_day.buttons["morning"].click()
            picker.energy.buttons["4"].click()
            picker.went_well.buttons["5"].click()
            card.editor.save_button.click()
            answered[prompt.attribute] = prompt.id
        card.another_button.click()

    # 5. The profile reflects exactly those answers.
    profile = LearningProfileView(runner)
    qtbot.addWidget(profile)
    with qtbot.waitSignal(profile.loaded):
        profile.show()
    assert profile.profile is not None
    assert profile.profile.reflections == 4  # three prompts and the checkpoint
    assert set(profile.profile.conditions.went_well) == {
        ConditionInsight("place", "library", 3, 3),
        ConditionInsight("with_whom", "peer", 3, 3),
        ConditionInsight("how", "making", 3, 3),
        ConditionInsight("time_of_day", "morning", 3, 3),
        ConditionInsight("energy", "high", 3, 3),
    }
    assert profile.profile.conditions.went_badly == ()
    assert profile.well_table.rowCount() == 5
    with journal.read() as s:
        records = reflection_records(s)
        checkpoint_answers = list_reflections(s, goal_id=goal_id)
    prompt_answers = [r for r in records if r.prompt_id in answered.values()]
    assert {r.attribute for r in prompt_answers} == set(answered)
    # The checkpoint's prompt may itself be a how-I-learn-best one: all such answers show.
    learn_best = [r.body for r in records if r.learn_best]
    assert [a.body for a in profile.profile.answers] == learn_best
    assert {r.body for r in prompt_answers if r.learn_best} <= set(learn_best)
    assert len(checkpoint_answers) == 1
    month = profile.profile.balance[-1]
    for attribute in answered:
        assert month.count(attribute) >= 1

    # 6. A malformed pack is refused with one sentence, and nothing changes.
    bad = tmp_path / "pack.json"
    bad.write_text(
        json.dumps(
            {
                "format": "learning-journal-prompt-pack",
                "version": 1,
                "name": "Broken",
                "prompts": [{"id": "a"}],
            }
        ),
        encoding="utf-8",
    )
    before = _dump(journal.paths.database)
    library = PromptLibraryDialog(runner)
    asker = FakeAsker(open_path=bad)
    library.ask = asker
    qtbot.addWidget(library)
    library.import_button.click()
    qtbot.waitUntil(lambda: bool(asker.errors), timeout=10_000)
    assert asker.errors == [
        "This prompt pack can't be used: prompt 1 has no text (and 1 more problem)."
    ]
    assert _dump(journal.paths.database) == before
