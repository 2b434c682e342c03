"""Presenting: how long a station switch takes with the presenter view open.

Figures:
- ``present_switch_p50_ms`` / ``present_switch_p95_ms``: one key press (Right,
  or Left at the end) until both the audience window and the presenter view
  have painted the new station, 12 stations with their captions, growth strip
  and talking notes, 200 switches; budget p95 ≤ 16 ms (one frame at 60 Hz).
- ``present_switch_without_presenter_p95_ms``: the same with only the audience
  window, as a baseline measured in the same process.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench._common import median, note, percentile, report, scratch_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from journal.store.database import Journal
    from journal.ui.exhibitions.present import PresentWindow

STATIONS = 12
SWITCHES = 200


def _exhibition(folder: Path) -> tuple[Journal, str]:
    from journal.actions import entries as entry_act
    from journal.actions import exhibitions as act
    from journal.actions import profile as profile_act
    from journal.core.enums import Privacy
    from journal.store.database import Journal

    journal = Journal.open(folder / "journal", auto_backup=False)
    profile_act.set_learner_name(journal, "Sam Rivera")
    exhibition_id = act.create_exhibition(journal, "A year of making", format="conference").value
    for s in range(STATIONS):
        entry_id = entry_act.create_entry(journal, title=f"Project {s + 1}").value
        entry_act.set_privacy(journal, entry_id, Privacy.SHAREABLE)
        for draft in range(3):
            body = f"## Draft {draft + 1}\n\n" + "What I made and why. " * (40 + 30 * draft)
            entry_act.save_draft(journal, entry_id, f"Project {s + 1}", body)
            entry_act.save_revision(journal, entry_id, note=f"Draft {draft + 1}")
        station_id = act.add_station(journal, exhibition_id, entry_id).value
        act.set_captions(journal, station_id, topic="What I learned. " * 5, myself="About me. " * 5)
        act.set_notes(journal, station_id, "Point at the photo, then say why. " * 10)
        act.set_time_share(journal, station_id, 90)
    return journal, exhibition_id


def _switches(window: PresentWindow, app: QApplication) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times = []
    step = Qt.Key.Key_Right
    for _ in range(SWITCHES):
        if window.index == len(window.numbers) - 1:
            step = Qt.Key.Key_Left
        elif window.index == 0:
            step = Qt.Key.Key_Right
        start = time.perf_counter()
        QTest.keyClick(window, step)
        window.repaint()
        presenter = window.presenter
        if presenter is not None:
            presenter.repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["bench"])
    from journal.portfolio.exhibit_plan import plan_exhibit
    from journal.store.read_models.exhibitions import exhibition_detail
    from journal.ui.exhibitions.present import PresentWindow
    from journal.ui.runner import ActionRunner

    with scratch_dir("present-") as work:
        note(f"a {STATIONS}-station exhibition, three drafts each, {SWITCHES} switches")
        journal, exhibition_id = _exhibition(work)
        try:
            runner = ActionRunner(journal, lambda _t, _m: None)
            plan = plan_exhibit(exhibition_detail(journal, exhibition_id), "panel")
            results = {}
            for with_presenter in (False, True):
                window = PresentWindow(runner, plan)
                window.resize(1366, 768)
                window.show()
                if with_presenter:
                    window.show_presenter()
                    assert window.presenter is not None
                    window.presenter.resize(1366, 768)
                app.processEvents()
                _switches(window, app)[:10]  # warm up
                results[with_presenter] = _switches(window, app)
                window.close()
        finally:
            journal.close()
    both, alone = results[True], results[False]
    report("present_switch_p50_ms", median(both), "ms")
    report("present_switch_p95_ms", percentile(both, 95), "ms", at_most=16.0)
    report("present_switch_without_presenter_p95_ms", percentile(alone, 95), "ms")


if __name__ == "__main__":
    main()
