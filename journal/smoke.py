"""``journal --smoke-test``: prove that this copy of the app runs.

Used by every packaging check (frozen app, .deb, MSI, macOS bundle, Flatpak):
a temporary journal is created and migrated, one entry is written and
rendered into a one-page web portfolio, and the main window is built on it,
shown, given a moment to paint and closed; with a picture attached the entry
becomes an exhibition page (picture cleaned and inlined) and placards with a QR
code (a PDF); then the journal is locked with a
passphrase (SQLCipher and the file cipher) and searched. Nothing outside a temporary
folder is touched (not the user's journal, not their settings).

The window uses whatever Qt platform ``QT_QPA_PLATFORM`` names, ``offscreen``
when it names none; the packaging checks run it once more with
``QT_QPA_PLATFORM=xcb`` under a virtual X server, which catches missing
system libraries.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SMOKE_TITLE = "Smoke test: what I learned about fractions"
SMOKE_BODY = "Halving a **half** gives a *quarter*; I drew it to check."


def run_smoke_test() -> int:
    """Exit status 0 when everything worked; otherwise one sentence on stderr and 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    step = "starting"
    try:
        with tempfile.TemporaryDirectory(prefix="journal-smoke-") as tmp:
            root = Path(tmp)
            step = "creating and migrating a journal"
            from journal.store import entries as store
            from journal.store.database import Journal

            journal = Journal.open(root / "data", auto_backup=False)
            try:
                with journal.write() as session:
                    entry = store.create_entry(
                        session, title=SMOKE_TITLE, body=SMOKE_BODY, privacy="shareable"
                    )
                    store.save_revision(session, entry.id)
                step = "rendering an entry into a portfolio page"
                from journal.portfolio.export import export_portfolio

                result = export_portfolio(journal, root / "portfolio", format="html")
                pages = [p for p in Path(result.path).rglob("*.html")]
                if not any("fractions" in p.read_text(encoding="utf-8") for p in pages):
                    raise RuntimeError("the exported portfolio does not contain the entry")
                step = "opening the main window"
                platform = _show_window(journal, root)
                step = "writing an exhibition page and placards"
                _exhibition(journal, entry.id, root)
            finally:
                journal.close()
            step = "locking a journal with a passphrase and searching it"
            _locked_round_trip(root / "data")
    except Exception as exc:  # the one sentence is the point of this command
        detail = f"{type(exc).__name__}: {exc}".strip().rstrip(".")
        print(f"journal: smoke test failed while {step} ({detail}).", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"Smoke test passed: journal, migrations, portfolio page, exhibition page and placards, "
        f"window ({platform}) and lock "
        f"in {elapsed:.1f} s."
    )
    return 0


def _exhibition(journal: object, entry_id: str, root: Path) -> None:
    """Pictures, the exhibition page and placards (pybase64, segno, QPdfWriter) work here."""
    from PySide6.QtGui import QColor, QImage

    from journal.actions import attachments as att_act
    from journal.actions import entries as entry_act
    from journal.actions import exhibitions as act
    from journal.portfolio.exhibition import ExhibitFormat, export_exhibition
    from journal.store.database import Journal
    from journal.store.read_models.exhibitions import exhibition_detail

    assert isinstance(journal, Journal)
    picture = root / "drawing.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 200))
    if not image.save(str(picture)):  # PNG, from the name
        raise RuntimeError("Qt could not write a PNG picture")
    stored = att_act.store_files(journal, [picture]).value.stored
    att_act.attach_files(journal, entry_id, stored)
    entry_act.save_revision(journal, entry_id, note="Added my drawing")
    exhibition_id = act.create_exhibition(journal, "Smoke test exhibition").value
    act.edit_exhibition(journal, exhibition_id, published_url="https://example.org/show")
    station_id = act.add_station(journal, exhibition_id, entry_id).value
    act.set_captions(journal, station_id, topic="Halves of halves.", myself="I check by drawing.")
    for station in exhibition_detail(journal, exhibition_id).stations:
        for file in station.files:
            act.describe_attachment(journal, file.attachment_id, alt_text="A blue drawing")
    page = export_exhibition(journal, exhibition_id, root / "show.exhibition.html")
    if "data:image/png;base64," not in page.path.read_text(encoding="utf-8"):
        raise RuntimeError("the exhibition page does not hold its picture")
    placards = export_exhibition(
        journal, exhibition_id, root / "placards.pdf", format=ExhibitFormat.PLACARDS
    )
    if not placards.path.read_bytes().startswith(b"%PDF") or placards.pages < 1:
        raise RuntimeError("the placards were not written as a PDF")


def _locked_round_trip(data: Path) -> None:
    """SQLCipher, the file cipher and search work in this copy (frozen builds included)."""
    from journal.store import crypto
    from journal.store.database import Journal
    from journal.store.search import EntryFilter, search_entry_ids

    passphrase = "smoke test passphrase"
    crypto.enable_encryption(data, passphrase)
    with (
        Journal.open(data, auto_backup=False, passphrase=passphrase) as locked,
        locked.read() as session,
    ):
        if not search_entry_ids(session, EntryFilter(text="fractions")):
            raise RuntimeError("the locked journal's search found nothing")


def _show_window(journal: object, root: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QSettings

    # Settings in the temporary folder, never the user's own.
    QCoreApplication.setOrganizationName("LearningJournal")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(root / "settings"))

    from journal.app import create_application
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

    app = create_application()
    settings = Settings(QSettings(str(root / "settings" / "smoke.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)  # type: ignore[arg-type]
    window.show()
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not window.isVisible():
        raise RuntimeError("the main window did not show")
    window.grab()  # paint it once, as the screen would
    window.close()
    app.processEvents()
    return str(app.platformName())


#: Set by bench/bench_frozen.py: print "first-paint" when the window first paints, then quit.
ENV_EXIT_AFTER_FIRST_PAINT = "JOURNAL_EXIT_AFTER_FIRST_PAINT"


def exit_after_first_paint(app: object, window: object) -> None:
    """For start-up benchmarks of the real launch path (from source and frozen alike)."""
    if not os.environ.get(ENV_EXIT_AFTER_FIRST_PAINT):
        return
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                print("first-paint", flush=True)
                QTimer.singleShot(0, lambda: app.exit(0))  # type: ignore[attr-defined]
            return False

    # On the application: the first paint of the frame or of any widget in it.
    spy = _FirstPaint(window)  # type: ignore[arg-type]
    window._first_paint_spy = spy  # type: ignore[attr-defined]  # keep the Python side alive
    app.installEventFilter(spy)  # type: ignore[attr-defined]
