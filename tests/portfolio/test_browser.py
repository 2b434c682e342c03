"""A real browser: headless Chromium opens the unzipped portfolio from its folder.

It checks what a teacher's browser would do: no console errors, no request
outside the folder, no script from an entry's payloads ever running (with the
page's CSP, and again with CSP bypassed so sanitising alone must hold), every
picture shown, and axe-core finding no accessibility violations. The driver is
tests/browser/check_site.mjs (playwright-core with Debian's /usr/bin/chromium);
``make browser-deps`` installs its two npm packages, ``.ci/run`` installs
Chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from journal.portfolio.export import export_portfolio
from tests.portfolio.conftest import Filled
from tests.portfolio.test_export import PNG_1X1

BROWSER_DIR = Path(__file__).resolve().parents[1] / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _check(folder: Path, pages: list[str]) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None or not Path(CHROMIUM).exists():
        pytest.fail("the browser test needs node and Chromium: run .ci/run's apt line")
    if not (BROWSER_DIR / "node_modules" / "playwright-core").is_dir():
        pytest.fail("the browser test needs its npm packages: run 'make browser-deps'")
    done = subprocess.run(
        [node, str(BROWSER_DIR / "check_site.mjs"), str(folder), *pages],
        capture_output=True,
        text=True,
        timeout=240,
        env=os.environ | {"CHROMIUM": CHROMIUM},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.fixture
def site(filled: Filled, tmp_path: Path) -> Path:
    archive = tmp_path / "ada.portfolio.zip"
    export_portfolio(filled.journal, archive, timeline_png=PNG_1X1)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(folder)
    return folder


def test_portfolio_in_chromium_is_quiet_offline_script_free_and_accessible(
    filled: Filled, site: Path
) -> None:
    pages = [
        "index.html",
        "entries.html",
        "goals.html",
        "reflections.html",
        f"entries/{filled.shared_id}.html",
        f"entries/{filled.xss_id}.html",
    ]
    result = _check(site, pages)
    assert sorted(result) == sorted(pages)
    for name, seen in result.items():
        assert seen["console"] == [], (name, seen["console"])
        assert seen["pageErrors"] == [], (name, seen["pageErrors"])
        assert seen["failed"] == [], (name, seen["failed"])
        assert seen["outside"] == [], (name, seen["outside"])
        assert seen["dialogs"] == [] and seen["bypassDialogs"] == [], name
        assert "pwned" not in seen["title"] and "pwned" not in seen["bypassTitle"], name
        assert seen["axe"] == [], (name, seen["axe"])
        assert all(image["loaded"] for image in seen["images"]), (name, seen["images"])
    assert any(i["src"] == "timeline.png" for i in result["index.html"]["images"])
    shared = result[f"entries/{filled.shared_id}.html"]["images"]
    assert any(i["src"].startswith("data:image/svg+xml") for i in shared)  # the SVG, as <img>
    assert any(i["src"].startswith("../attachments/") for i in shared)


def test_the_checker_sees_scripts_requests_and_violations(site: Path) -> None:
    """A control: a deliberately bad page shows every kind of problem the test looks for."""
    (site / "bad.html").write_text(
        "<!doctype html><html><head><title>bad</title>"
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head>'
        "<body><img src='https://tracker.invalid/p.png'>"
        "<script>document.title='pwned'</script></body></html>",
        encoding="utf-8",
    )
    seen = _check(site, ["bad.html"])["bad.html"]
    assert seen["console"], "a blocked script and image log CSP errors"
    assert "pwned" in seen["bypassTitle"]
    assert any("tracker.invalid" in url for url in seen["outside"])
    assert {v["id"] for v in seen["axe"]} >= {"image-alt", "html-has-lang"}
