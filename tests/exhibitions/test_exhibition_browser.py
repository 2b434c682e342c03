"""The exhibition page in headless Chromium: quiet, offline, script-free and accessible.

Uses the portfolio's driver (tests/browser/check_site.mjs): no console errors,
no request outside the file's folder, every picture drawn, no script from a
caption ever running (with the CSP, and with CSP bypassed), and axe-core finding
no violations.
"""

from __future__ import annotations

from pathlib import Path

from journal.actions import exhibitions as act
from journal.portfolio.exhibition import export_exhibition
from journal.store.database import Journal
from tests.exhibitions.helpers import build_exhibition
from tests.portfolio.test_browser import _check


def test_the_page_in_chromium(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    act.set_captions(
        journal, built.stations[1],
        topic='<img src=x onerror="document.title=\'pwned\'">',
        myself="تعلمت أن أصبر 🌧️ " * 12,
    )  # fmt: skip
    first, last = built.revisions[0][0], built.revisions[0][-1]
    act.set_growth_strip(journal, built.stations[0], [first, last])
    act.edit_exhibition(journal, built.exhibition_id, sections=["Start", "End"])
    act.set_station_section(journal, built.stations[0], "Start")
    act.set_station_section(journal, built.stations[1], "End")
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    export_exhibition(journal, built.exhibition_id, folder / "show.exhibition.html")
    result = _check(folder, ["show.exhibition.html"])
    seen = result["show.exhibition.html"]
    assert seen["console"] == [] and seen["pageErrors"] == [], seen
    assert seen["failed"] == [] and seen["outside"] == [], seen
    assert seen["dialogs"] == [] and seen["bypassDialogs"] == []
    assert "pwned" not in seen["title"] and "pwned" not in seen["bypassTitle"]
    assert seen["axe"] == [], seen["axe"]
    assert len(seen["images"]) == 2 and all(i["loaded"] for i in seen["images"]), seen["images"]
