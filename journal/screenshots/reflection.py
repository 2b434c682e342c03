"""Screenshots of the reflection screens: the goal page, the prompt of the day, the profile.

``reflection_shots`` is one of the extra shots ``make screenshots`` draws
(``journal.screenshots.__main__``), on the temporary demo journal it makes.
The demo's reflections don't answer any how-I-learn-best prompt, so when there
are none this adds a few (dated in the demo's year) so the "Then and now" part
of the profile has something to show.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from journal.screenshots.common import save
from journal.store.database import Journal
from journal.store.read_models.goals import goal_summaries
from journal.store.reflections import Conditions, add_reflection, reflection_records

SAMPLE_ANSWERS = [
    ("learnbest-04", -300, "I just stop and wait for someone to tell me what to do."),
    ("learnbest-04", -20, "I draw the problem, try one more way, and then ask a friend."),
    ("learnbest-02", -240, "Evenings, when the house is quiet."),
    ("learnbest-02", -12, "Mornings! I didn't expect that, but my head is clearer."),
    ("learnbest-05", -200, "I got cross and closed the laptop."),
    ("learnbest-05", -5, "I took a walk round the playground and came back to it."),
]


def _latest_day(journal: Journal) -> date:
    with journal.read() as session:
        records = reflection_records(session)
    return max((r.created_at.date() for r in records), default=date.today())


def _ensure_learn_best_answers(journal: Journal, today: date) -> None:
    with journal.read() as session:
        if any(r.learn_best for r in reflection_records(session)):
            return
    with journal.write() as session:
        for prompt_id, days, body in SAMPLE_ANSWERS:
            when = datetime.combine(today + timedelta(days=days), datetime.min.time(), tzinfo=UTC)
            add_reflection(
                session,
                body,
                prompt_id=prompt_id,
                now=when + timedelta(hours=16),
                conditions=Conditions(with_whom="peer", how="making", went_well=4),
            )


def reflection_shots(journal: Journal, _settings: Any, out: Path, app: QApplication) -> None:
    from journal.ui.goals.goal_page import GoalPage
    from journal.ui.profile_view import LearningProfileView
    from journal.ui.prompts_panel import PromptCard
    from journal.ui.runner import ActionRunner

    today = _latest_day(journal)
    _ensure_learn_best_answers(journal, today)

    goals = goal_summaries(journal)
    if goals:
        best = max(goals, key=lambda g: (g.status == "active", g.evidence, g.criteria))
        runner = ActionRunner(journal, lambda title, text: print(f"{title}: {text}"))
        page = GoalPage(runner, best.id, today=today)
        page.resize(820, 1180)
        save(page, out / "goal-page.png", app)
        page.close()
        runner.deleteLater()

    class _Memory:
        def previous_for(self, day: date) -> str | None:
            return None

        def remember(self, day: date, prompt_id: str) -> None:
            return None

    runner = ActionRunner(journal, lambda title, text: print(f"{title}: {text}"))
    card = PromptCard(runner, today=today, memory=_Memory())
    card.resize(640, card.sizeHint().height())
    save(card, out / "prompt-of-the-day.png", app)
    card.answer()
    card.editor.conditions_toggle.setChecked(True)
    card.editor.answer.setPlainText("Building it with Ana helped: we caught each other's mistakes.")
    card.editor.conditions.with_whom.set_value("peer")
    card.editor.conditions.how.set_value("making")
    card.editor.conditions.went_well.set_number(4)
    card.resize(640, card.sizeHint().height())
    save(card, out / "prompt-answer.png", app)
    card.close()

    profile = LearningProfileView(runner)
    profile.reload_now()
    profile.resize(820, 1500)
    save(profile, out / "learning-profile.png", app)
    profile.close()
    runner.deleteLater()
