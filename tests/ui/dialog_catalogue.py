"""Every dialog of the app, made over a window, for tests that open them all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.models import Goal, Revision
from journal.ui.main_window import MainWindow


def demo_journal(journal: Journal) -> Journal:
    """A year of a student's journal: entries with drafts, files, goals, an exhibition."""
    generate_demo(journal, DemoSize(entries=16), today=date(2026, 5, 1))
    return journal


def first_goal_and_drafts(journal: Journal) -> tuple[str, str, str, str]:
    with journal.read() as s:
        goal_id = s.scalars(select(Goal.id)).first()
        rows = s.execute(select(Revision.entry_id, Revision.id).order_by(Revision.created_at))
        by_entry: dict[str, list[str]] = {}
        for entry_id, revision_id in rows:
            by_entry.setdefault(entry_id, []).append(revision_id)
    assert goal_id is not None
    entry_id, drafts = next((e, r) for e, r in by_entry.items() if len(r) >= 2)
    return goal_id, entry_id, drafts[0], drafts[-1]


def all_dialogs(window: MainWindow, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    from journal.ui.diff_view import DiffDialog
    from journal.ui.exhibitions.add_entry import AddEntryDialog
    from journal.ui.goals.link_evidence import LinkEvidenceDialog
    from journal.ui.goals.wizard import GoalWizard
    from journal.ui.portfolio.class_overview import ClassOverviewDialog
    from journal.ui.portfolio.export_dialog import ExportDialog
    from journal.ui.portfolio.import_dialog import ImportDialog
    from journal.ui.preferences import PreferencesDialog
    from journal.ui.prompts_panel import PromptLibraryDialog
    from journal.ui.shortcuts_dialog import ShortcutsDialog
    from journal.ui.templates_dialog import TemplatePicker
    from journal.ui.trash import TrashDialog
    from journal.ui.welcome import WelcomeDialog

    goal_id, entry_id, older, newer = first_goal_and_drafts(window.journal)
    runner, ask, root = window.runner, window.ask, window.journal.paths.root
    (tmp_path / "class").mkdir()
    return {
        "preferences": lambda: PreferencesDialog(window.settings, root, window),
        "export": lambda: ExportDialog(runner, ask, window, timeline=None),
        "import": lambda: ImportDialog(runner, tmp_path / "feedback.json", window),
        "templates": lambda: TemplatePicker(window.journal.paths, ask, window),
        "trash": lambda: TrashDialog(runner, ask, window),
        "add station": lambda: AddEntryDialog(runner, window),
        "prompt library": lambda: PromptLibraryDialog(runner, window),
        "compare drafts": lambda: DiffDialog(runner, entry_id, older, newer, window),
        "goal wizard": lambda: GoalWizard(runner, parent=window),
        "link evidence": lambda: LinkEvidenceDialog(runner, goal_id, window),
        "class overview": lambda: ClassOverviewDialog(tmp_path / "class", parent=window),
        "welcome": lambda: WelcomeDialog(root, window),
        "keyboard shortcuts": lambda: ShortcutsDialog(window),
        "rehearse an exhibition": lambda: _rehearsal(window),
    }


def _rehearsal(window: MainWindow) -> QWidget:
    """The exhibition's present window (rehearsing) for the demo's exhibition."""
    shown = window.exhibitions_page.present(rehearse=True)
    assert shown is not None
    shown.showNormal()
    return shown
