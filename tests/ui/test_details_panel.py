"""The entry details panel: date, tags, attributes, privacy and linked goals, saved at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal.actions import Changes, Kind
from journal.store import entries as store_entries
from journal.store.database import Journal
from journal.store.entries import create_entry, get_entry
from journal.store.errors import DiskFullError
from journal.store.models import Attribute, Goal, GoalEvidence
from journal.ui import details_panel as panel_module
from journal.ui.details_panel import EntryDetailsPanel, parse_tags
from journal.ui.runner import ActionRunner
from tests.ui.qt_helpers import present

# The tag completer's popup opens while typing; the offscreen platform can't
# raise it or grab the keyboard for it, and says so (harmless in tests).
completer_popup_shows = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture
def entry_id(journal: Journal) -> str:
    with journal.write() as s:
        create_entry(s, title="Rocks", tags=["science", "sculpture"])
        return create_entry(
            s,
            title="Fractions",
            body="Halves and quarters.",
            learned_on=date(2026, 3, 9),
            tags=["maths"],
            attributes={Attribute.SOCIAL},
        ).id


@pytest.fixture
def panel(qtbot: QtBot, runner: ActionRunner, entry_id: str) -> Iterator[EntryDetailsPanel]:
    widget = EntryDetailsPanel(runner)
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show_entry(entry_id)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def saved_entries(panel: EntryDetailsPanel) -> list[str]:
    """Collect the entries the panel's own saves touched (from the runner's one signal)."""
    seen: list[str] = []

    def note(changes: Changes, initiator: object) -> None:
        if initiator is panel and changes.touches(Kind.DETAILS, Kind.TAGS):
            seen.extend(sorted(changes.entry_ids))

    panel.runner.journal_changed.connect(note)
    return seen


def stored(journal: Journal, entry_id: str) -> dict[str, object]:
    with journal.read() as s:
        entry = get_entry(s, entry_id)
        return {
            "learned_on": entry.learned_on,
            "tags": sorted(t.name for t in entry.tags),
            "attributes": entry.attributes,
            "privacy": entry.privacy,
        }


def test_it_shows_the_entrys_details(panel: EntryDetailsPanel) -> None:
    assert panel.isEnabled()
    assert panel.date_edit.date() == QDate(2026, 3, 9)
    assert panel.tags_edit.text() == "maths"
    checked = {a for a, box in panel.attribute_boxes.items() if box.isChecked()}
    assert checked == {Attribute.SOCIAL}
    assert panel.private_button.isChecked() and not panel.shareable_button.isChecked()
    assert "stay on this computer" in panel.privacy_note.text()


def test_toggling_an_attribute_saves_it_and_reports_the_change(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    voice = panel.attribute_boxes[Attribute.VOICE]
    on_its_label = QPoint(voice.height(), voice.height() // 2)
    with qtbot.waitSignal(panel.runner.journal_changed) as changed:
        qtbot.mouseClick(voice, Qt.MouseButton.LeftButton, pos=on_its_label)

    assert changed.args[0].entry_ids == {entry_id} and changed.args[1] is panel
    assert stored(journal, entry_id)["attributes"] == {Attribute.SOCIAL, Attribute.VOICE}

    with qtbot.waitSignal(panel.runner.journal_changed):
        panel.attribute_boxes[Attribute.SOCIAL].click()
    assert stored(journal, entry_id)["attributes"] == {Attribute.VOICE}


def test_clicking_an_explanation_toggles_its_attribute(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    box = panel.attribute_boxes[Attribute.SELF_DISCOVERY]
    explanation = next(
        w for w in panel.findChildren(panel_module._ExplanationLabel) if w._toggle is box
    )
    assert "how I learn best" in explanation.text()

    with qtbot.waitSignal(panel.runner.journal_changed):
        qtbot.mouseClick(explanation, Qt.MouseButton.LeftButton)

    assert box.isChecked()
    assert Attribute.SELF_DISCOVERY in stored(journal, entry_id)["attributes"]  # type: ignore[operator]


@completer_popup_shows
def test_typed_tags_are_saved_tidied_when_editing_finishes(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    panel.tags_edit.setFocus()
    panel.tags_edit.clear()
    qtbot.keyClicks(panel.tags_edit, "maths,  number   line , #Maths, art")

    with qtbot.waitSignal(panel.runner.journal_changed) as changed:
        qtbot.keyClick(panel.tags_edit, Qt.Key.Key_Return)

    assert changed.args[0].entry_ids == {entry_id} and changed.args[1] is panel
    assert stored(journal, entry_id)["tags"] == ["art", "maths", "number line"]
    assert panel.tags_edit.text() == "maths, number line, art"


def test_tags_still_being_typed_are_saved_when_another_entry_is_shown(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    with journal.write() as s:
        other = create_entry(s, title="Poem").id
    panel.tags_edit.setText("maths, poetry")

    with qtbot.waitSignal(panel.runner.journal_changed) as changed:
        panel.show_entry(other)

    assert changed.args[0].entry_ids == {entry_id} and changed.args[1] is panel
    assert stored(journal, entry_id)["tags"] == ["maths", "poetry"]
    assert panel.entry_id == other and panel.tags_edit.text() == ""


def test_changing_the_date_saves_it_after_a_short_pause(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    with qtbot.waitSignal(panel.runner.journal_changed) as changed:
        panel.date_edit.setDate(QDate(2026, 2, 14))

    assert changed.args[0].entry_ids == {entry_id} and changed.args[1] is panel
    assert stored(journal, entry_id)["learned_on"] == date(2026, 2, 14)


def test_stepping_the_date_with_the_keyboard_saves_the_final_day_once(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    panel.date_edit.setFocus()
    panel.date_edit.setCurrentSection(panel.date_edit.Section.DaySection)
    saves = saved_entries(panel)

    for _ in range(3):
        qtbot.keyClick(panel.date_edit, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: bool(saves))

    assert stored(journal, entry_id)["learned_on"] == date(2026, 3, 12)
    assert saves == [entry_id]


def test_choosing_shareable_saves_it_and_explains_what_it_means(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    assert stored(journal, entry_id)["privacy"] == "private"

    with qtbot.waitSignal(panel.runner.journal_changed):
        qtbot.mouseClick(panel.shareable_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))

    assert stored(journal, entry_id)["privacy"] == "shareable"
    assert "portfolios" in panel.privacy_note.text()

    with qtbot.waitSignal(panel.runner.journal_changed):
        panel.private_button.click()
    assert stored(journal, entry_id)["privacy"] == "private"


def test_showing_an_entry_saves_nothing(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    saves = saved_entries(panel)
    with journal.write() as s:
        other = create_entry(
            s, title="Shared", privacy="shareable", attributes={Attribute.VOICE}, tags=["art"]
        ).id
    before = stored(journal, other)

    panel.show_entry(other)
    panel.show_entry(entry_id)
    qtbot.wait(panel_module.DATE_SAVE_DELAY_MS + 100)

    assert saves == []
    assert stored(journal, other) == before


@completer_popup_shows
def test_the_completer_offers_existing_tags_for_the_tag_after_the_last_comma(
    qtbot: QtBot, panel: EntryDetailsPanel
) -> None:
    panel.activateWindow()
    panel.tags_edit.setFocus()
    qtbot.waitUntil(panel.tags_edit.hasFocus)
    panel.tags_edit.end(False)
    completer = panel.tag_completer

    qtbot.keyClicks(panel.tags_edit, ", sc")

    assert completer.completionPrefix() == "maths, sc"
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert offered == ["science", "sculpture"]
    popup = present(completer.popup())
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.tags_edit.text() == "maths, science"


def test_completer_knows_tags_made_in_this_panel(qtbot: QtBot, panel: EntryDetailsPanel) -> None:
    panel.tags_edit.setText("maths, volcanoes")
    with qtbot.waitSignal(panel.runner.journal_changed):
        panel.tags_edit.editingFinished.emit()
    assert "volcanoes" in panel.tag_completer.tag_names()


def test_linked_goals_are_listed_by_title(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, entry_id: str
) -> None:
    with journal.write() as s:
        goal = Goal(title="Explain fractions to a friend")
        other = Goal(title="A poem read aloud")
        s.add_all([goal, other])
        s.flush()
        s.add(GoalEvidence(goal_id=goal.id, entry_id=entry_id))
        s.add(GoalEvidence(goal_id=goal.id, entry_id=entry_id, note="a second piece"))
    panel = EntryDetailsPanel(runner)
    qtbot.addWidget(panel)

    panel.show_entry(entry_id)

    assert panel.linked_goal_titles() == ["Explain fractions to a friend"]
    assert not panel.goals_box.isHidden() and panel.no_goals_note.isHidden()


def test_an_entry_without_goals_says_so(panel: EntryDetailsPanel) -> None:
    assert panel.linked_goal_titles() == []
    assert panel.goals_box.isHidden() and not panel.no_goals_note.isHidden()


def test_show_entry_none_disables_the_panel(panel: EntryDetailsPanel) -> None:
    panel.show_entry(None)
    assert not panel.isEnabled()
    assert panel.entry_id is None
    assert panel.tags_edit.text() == ""


def test_an_entry_that_no_longer_exists_shows_nothing(panel: EntryDetailsPanel) -> None:
    panel.show_entry("00000000-0000-4000-8000-000000000000")
    assert panel.entry_id is None and not panel.isEnabled()


def test_a_failed_save_says_why_and_shows_what_is_really_stored(
    qtbot: QtBot,
    panel: EntryDetailsPanel,
    journal: Journal,
    entry_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError("The disk is full, so the last change was not saved.")

    monkeypatch.setattr(store_entries, "update_details", disk_full)
    saves = saved_entries(panel)

    panel.attribute_boxes[Attribute.VOICE].click()

    assert saves == []
    assert not panel.attribute_boxes[Attribute.VOICE].isChecked()
    assert not panel.problem_label.isHidden()
    assert "disk is full" in panel.problem_label.text()
    assert stored(journal, entry_id)["attributes"] == {Attribute.SOCIAL}


def test_a_read_only_journal_shows_details_but_allows_no_changes(
    qtbot: QtBot, journal: Journal, entry_id: str, data_dir: Path
) -> None:
    reader = Journal.open(data_dir, read_only=True)
    try:
        panel = EntryDetailsPanel(ActionRunner(reader, lambda _t, _m: None))
        qtbot.addWidget(panel)
        panel.show_entry(entry_id)
        assert panel.tags_edit.text() == "maths"
        assert not panel.tags_edit.isEnabled()
        assert not any(box.isEnabled() for box in panel.attribute_boxes.values())
        assert not panel.shareable_button.isEnabled()
    finally:
        reader.close()


def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, panel: EntryDetailsPanel
) -> None:
    focusable = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(panel)
    ]
    assert {panel.date_edit, panel.tags_edit, panel.private_button} <= set(focusable)
    assert set(panel.attribute_boxes.values()) <= set(focusable)
    assert [w for w in focusable if not w.accessibleName().strip()] == []
    for box in panel.attribute_boxes.values():
        assert box.accessibleDescription().strip()


def test_the_keyboard_alone_reaches_and_changes_every_detail(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    panel.activateWindow()
    panel.date_edit.setFocus()
    qtbot.waitUntil(lambda: panel.date_edit.hasFocus())

    def focus_owner() -> QWidget | None:
        widget = QApplication.focusWidget()
        # A date edit takes focus through its inner line edit.
        if widget is not None and widget.parent() is panel.date_edit:
            return panel.date_edit
        return widget

    visited = [focus_owner()]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        # Tab first walks the date's day, month and year, as in every Qt date field.
        if focus_owner() is not visited[-1]:
            visited.append(focus_owner())
        if len(visited) == 7:
            break
    boxes = [panel.attribute_boxes[a] for a in Attribute]
    assert visited == [panel.date_edit, panel.tags_edit, *boxes, panel.private_button]

    # Space on the privacy choice's neighbour: arrow to Shareable, which selects it.
    with qtbot.waitSignal(panel.runner.journal_changed):
        qtbot.keyClick(panel.private_button, Qt.Key.Key_Right)
    assert stored(journal, entry_id)["privacy"] == "shareable"

    boxes[0].setFocus()
    with qtbot.waitSignal(panel.runner.journal_changed):
        qtbot.keyClick(boxes[0], Qt.Key.Key_Space)
    assert Attribute.VOICE in stored(journal, entry_id)["attributes"]  # type: ignore[operator]


def test_panel_fits_a_300_pixel_dock(panel: EntryDetailsPanel) -> None:
    assert panel.minimumSizeHint().width() <= 300


def test_parse_tags_tidies_and_drops_repeats() -> None:
    assert parse_tags(" maths ,, #Art,  number   line, MATHS ,") == ["maths", "Art", "number line"]
    assert parse_tags("") == []


# -- undo: every change made here is taken back by Edit → Undo ------------------


def test_undoing_an_attribute_shows_it_unchecked_again(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    voice = panel.attribute_boxes[Attribute.VOICE]
    voice.click()
    assert stored(journal, entry_id)["attributes"] == {Attribute.SOCIAL, Attribute.VOICE}
    assert panel.runner.undo_stack.undoText() == "Change attributes"

    panel.runner.undo_stack.undo()

    assert not voice.isChecked() and panel.attribute_boxes[Attribute.SOCIAL].isChecked()
    assert stored(journal, entry_id)["attributes"] == {Attribute.SOCIAL}
    panel.runner.undo_stack.redo()
    assert voice.isChecked()
    assert stored(journal, entry_id)["attributes"] == {Attribute.SOCIAL, Attribute.VOICE}


def test_undoing_privacy_shows_private_again(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    panel.shareable_button.click()
    assert stored(journal, entry_id)["privacy"] == "shareable"

    panel.runner.undo_stack.undo()

    assert panel.private_button.isChecked() and not panel.shareable_button.isChecked()
    assert "stay on this computer" in panel.privacy_note.text()
    assert stored(journal, entry_id)["privacy"] == "private"


def test_undoing_the_date_shows_the_old_day_and_saves_nothing_more(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    with qtbot.waitSignal(panel.runner.journal_changed):
        panel.date_edit.setDate(QDate(2026, 2, 14))
    saves = saved_entries(panel)

    panel.runner.undo_stack.undo()
    qtbot.wait(panel_module.DATE_SAVE_DELAY_MS + 100)

    assert panel.date_edit.date() == QDate(2026, 3, 9)
    assert stored(journal, entry_id)["learned_on"] == date(2026, 3, 9)
    assert saves == []  # showing the undone date is not a new change


def test_undoing_tags_shows_the_old_tags(
    qtbot: QtBot, panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    panel.tags_edit.setText("maths, volcanoes")
    panel.tags_edit.editingFinished.emit()
    assert stored(journal, entry_id)["tags"] == ["maths", "volcanoes"]

    panel.runner.undo_stack.undo()

    assert panel.tags_edit.text() == "maths"
    assert stored(journal, entry_id)["tags"] == ["maths"]
    panel.flush()  # nothing waiting: the shown tags are the stored ones
    assert stored(journal, entry_id)["tags"] == ["maths"]


def test_a_goal_linked_elsewhere_appears_without_reopening_the_entry(
    panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    with journal.write() as s:
        goal = Goal(title="Explain fractions to a friend")
        s.add(goal)
        s.flush()
        s.add(GoalEvidence(goal_id=goal.id, entry_id=entry_id))

    panel.runner.announce(Changes.of(Kind.EVIDENCE, entries=[entry_id]))

    assert panel.linked_goal_titles() == ["Explain fractions to a friend"]


def test_an_entry_deleted_for_good_empties_the_panel(
    panel: EntryDetailsPanel, journal: Journal, entry_id: str
) -> None:
    from journal.actions import entries as entry_actions

    panel.runner.run(entry_actions.trash_entry, entry_id)
    assert panel.entry_id == entry_id  # still there, in the trash
    panel.runner.run(entry_actions.empty_trash)
    assert panel.entry_id is None and not panel.isEnabled()
    assert panel.runner.errors == []
