"""Screenshots of the Exhibitions page: the builder, a station presented full
screen, the presenter view, and a sheet of placards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from journal.actions import exhibitions as act
from journal.core.exhibitions import ExhibitionFormat
from journal.core.filters import EntryFilter
from journal.screenshots.common import save, settle
from journal.store.database import Journal
from journal.store.read_models.entry_list import matching_entry_ids


def exhibition_shots(journal: Journal, _settings: Any, out: Path, app: QApplication) -> None:
    from journal.ui.dialogs import Asker
    from journal.ui.exhibitions import ExhibitionsPage
    from journal.ui.runner import ActionRunner

    exhibition_id = act.create_exhibition(
        journal,
        "How I learned to learn from mistakes",
        format=ExhibitionFormat.PRESENTATION,
        claim="Every failed draft taught me something the final one needed.",
    ).value
    for n, entry_id in enumerate(matching_entry_ids(journal, EntryFilter())[:4]):
        station_id = act.add_station(journal, exhibition_id, entry_id).value
        act.set_time_share(journal, station_id, 120)
        act.set_notes(
            journal, station_id, "Show the first draft first. Say what the teacher asked, then "
            "what I changed. Point at the photo. Finish with what I would do next time."
        )
        if n:
            act.set_captions(
                journal,
                station_id,
                topic="Small changes between drafts made the biggest difference.",
                myself="I get further when I keep going after a bad first try.",
            )
    runner = ActionRunner(journal, lambda _t, _m: None)
    holder = QWidget()
    page = ExhibitionsPage(runner, Asker(holder))
    page.resize(1280, 800)
    page.show()
    settle(app, 10)
    save(page, out / "page-exhibitions.png", app)
    page.stations.setCurrentRow(1)
    window = page.present(rehearse=False)
    if window is not None:
        window.resize(1280, 800)
        window.go_to(1)
        settle(app, 10)
        save(window, out / "exhibition-present.png", app)
        presenter = window.show_presenter()
        presenter.resize(1280, 800)
        settle(app, 10)
        save(presenter, out / "exhibition-presenter.png", app)
        window.close()
    from journal.portfolio.exhibit_plan import plan_exhibit
    from journal.portfolio.exhibition_pdf import placard_sheet_image
    from journal.store.read_models.exhibitions import exhibition_detail

    plan = plan_exhibit(exhibition_detail(journal, exhibition_id), "family")
    placard_sheet_image(plan, dpi=110).save(str(out / "exhibition-placards.png"))
    page.close()
