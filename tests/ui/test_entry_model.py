"""The entries list model: ids only, lazy pages, and Qt's model rules."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.entries import autosave_draft
from journal.store.search import EntryFilter
from journal.ui.entry_model import PAGE, EntryListModel
from journal.ui.runner import ActionRunner


def test_model_passes_qt_model_tester_and_loads_lazily(
    qtmodeltester: ModelTester, journal: Journal, runner: ActionRunner
) -> None:
    generate_demo(journal, DemoSize(entries=PAGE + 50, images=False))
    model = EntryListModel(runner)
    model.reload()
    assert model.total == PAGE + 50
    assert model.rowCount() == PAGE  # the rest only when the view asks for more
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 50
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_filter_and_refresh_of_one_entry(journal: Journal, runner: ActionRunner) -> None:
    generate_demo(journal, DemoSize(entries=40, images=False))
    model = EntryListModel(runner)
    model.set_filter(EntryFilter(text="volcano"))
    assert 0 < model.total < 40
    entry_id = model.entry_id(0)
    with journal.write() as s:
        autosave_draft(s, entry_id, "Renamed volcano", "lava")
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.refresh_entry(entry_id)
    assert changed == [0]
    assert model.data(model.index(0, 0)).startswith("Renamed volcano")
