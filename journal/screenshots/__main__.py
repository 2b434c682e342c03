"""``make screenshots``: draw the app's main screens offscreen into docs/screenshots/.

Run as ``python -m journal.screenshots OUT_DIR``. Uses a fresh demo journal
in a temporary folder and temporary settings, so nothing of the user's is
touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from journal.app import create_application
from journal.demo import DemoSize, generate_demo
from journal.screenshots.common import save, settle
from journal.store.database import Journal
from journal.ui.settings import Settings


def main_window_shots(journal: Journal, settings: Settings, out: Path, app: QApplication) -> None:
    from journal.store.entries import list_revisions
    from journal.ui.main_window import MainWindow

    window = MainWindow(journal, settings)
    window.resize(1280, 800)
    # Pick an entry with several drafts and a picture, so the docks have something to show.
    best_row = 0
    for row in range(min(window.entries.rowCount(), 60)):
        entry_row = window.entries.data(window.entries.index(row, 0), window.entries.RowRole)
        if entry_row.revisions >= 4:
            best_row = row
            break
    window.select_row(best_row)
    settle(app)
    save(window, out / "main-window.png", app)

    entry_id = window.current_entry_id
    assert entry_id is not None
    with journal.read() as session:
        revisions = [r.id for r in list_revisions(session, entry_id)]
    if len(revisions) >= 2:
        window.open_diff(revisions[0], revisions[-1])
        dialog = window.diff_dialog
        dialog.resize(1100, 640)
        save(dialog, out / "diff.png", app)
        dialog.close()
    for page, name in (
        (window.today_page, "today"),
        (window.timeline_page, "timeline-year"),
        (window.goals_page, "goals"),
    ):
        window.show_page(page)
        settle(app, 10)
        save(window, out / f"page-{name}.png", app)
    window.show_page(window.timeline_page)
    view = window.timeline_page.view
    entry_id = _entry_with_most_drafts(journal)
    view.select_entry(entry_id)
    window.timeline_page.show_growth(entry_id)
    settle(app, 10)
    save(window, out / "growth.png", app)
    window.autosave.set_entry(None)
    window.close()


def _entry_with_most_drafts(journal: Journal) -> str:
    from sqlalchemy import select

    from journal.store.models import Entry

    with journal.read() as session:
        return str(
            session.scalar(
                select(Entry.id).order_by(Entry.revision_count.desc(), Entry.learned_on).limit(1)
            )
        )


def welcome_shot(journal: Journal, out: Path, app: QApplication) -> None:
    from journal.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(journal.paths.root)
    save(dialog, out / "welcome.png", app)
    dialog.close()


def _extra_shots() -> list[Callable[[Journal, Settings, Path, QApplication], None]]:
    from journal.screenshots.exhibitions import exhibition_shots
    from journal.screenshots.languages import language_shots
    from journal.screenshots.reflection import reflection_shots
    from journal.screenshots.timeline import timeline_shots

    return [reflection_shots, timeline_shots, exhibition_shots, language_shots]


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="journal-shots-") as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        journal = Journal.open(Path(tmp) / "journal", auto_backup=False)
        try:
            generate_demo(journal, DemoSize(entries=160, years=1), today=date.today())
            main_window_shots(journal, settings, out, app)
            welcome_shot(journal, out, app)
            for shot in _extra_shots():
                shot(journal, settings, out, app)
        finally:
            journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
