"""The revision history panel: the list of drafts, picking, comparing, restoring, copying."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal.actions import Changes, Kind
from journal.actions import entries as entry_actions
from journal.core.enums import RevisionReason
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.read_models.history import RevisionRow, revision_rows
from journal.ui.history_panel import RevisionHistoryModel, RevisionHistoryPanel
from journal.ui.runner import ActionRunner

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # noon: the same date in almost every time zone
BODIES = [
    "# Volcano\n\nI built a model volcano.",
    "# Volcano\n\nI built a model volcano and measured the foam.",
    "# Volcano\n\nI built a model volcano with my group and measured the foam.",
]


def _row(seq: int, **changes: object) -> RevisionRow:
    values: dict[str, object] = dict(
        id=f"rev-{seq}",
        seq=seq,
        created_at=T0 + timedelta(days=seq),
        title="Volcano",
        note="",
        reason="save",
        restored_from_seq=None,
        word_count=10 * seq,
        words_added=seq,
        words_removed=seq // 2,
    )
    values.update(changes)
    return RevisionRow(**values)  # type: ignore[arg-type]


@pytest.fixture
def entry_id(journal: Journal) -> str:
    """An entry with three revisions, a day apart, each with or without a note."""
    with journal.write() as session:
        entry = create_entry(session, title="Volcano", body=BODIES[0], now=T0)
        entry_id = entry.id
    for day, (body, note) in enumerate(
        [(BODIES[1], "Added my results"), (BODIES[2], None)], start=1
    ):
        with journal.write() as session:
            save_revision(session, entry_id, body=body, note=note, now=T0 + timedelta(days=day))
    return entry_id


@pytest.fixture
def panel(qtbot: QtBot, runner: ActionRunner, entry_id: str) -> RevisionHistoryPanel:
    widget = RevisionHistoryPanel(runner, today=lambda: date(2026, 3, 4))
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show_entry(entry_id)
    return widget


def _ids(panel: RevisionHistoryPanel) -> list[str]:
    """Revision ids, oldest first."""
    return [row.id for row in reversed(panel.model.rows)]


def _pick(panel: RevisionHistoryPanel, *rows: int) -> None:
    """Pick rows the way a click and then Ctrl+clicks would."""
    selection = panel.list_view.selectionModel()
    selection.setCurrentIndex(
        panel.model.index(rows[0], 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    for row in rows[1:]:
        selection.setCurrentIndex(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


# -- the model ---------------------------------------------------------------


def test_history_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RevisionHistoryModel([_row(1), _row(2, note="Added a table"), _row(3)])
    qtmodeltester.check(model)
    model.set_rows([_row(1), _row(2, reason="restore", restored_from_seq=1)])
    model.set_rows([])
    qtmodeltester.check(model)


def test_history_model_lists_newest_first_with_the_change_in_words() -> None:
    model = RevisionHistoryModel([_row(1), _row(3), _row(2)], today=lambda: date(2026, 3, 5))
    display = Qt.ItemDataRole.DisplayRole
    assert [model.data(model.index(r, model.DRAFT), display) for r in range(3)] == ["3", "2", "1"]
    assert model.data(model.index(0, model.CHANGE), display) == "+3 −1"
    assert model.data(model.index(2, model.CHANGE), display) == "+1"
    assert model.data(model.index(0, model.WORDS), display) == "30"
    assert model.data(model.index(0, model.SAVED), display).startswith("Today")
    assert model.data(model.index(1, model.SAVED), display).startswith("Yesterday")
    assert model.data(model.index(2, model.SAVED), display).startswith("3 Mar,")
    assert model.data(model.index(2, model.NOTE), display) == "First draft"
    assert model.data(model.index(1, model.DRAFT), RevisionHistoryModel.IdRole) == "rev-2"
    model.set_rows(
        [_row(1, words_added=0, words_removed=7), _row(2, words_added=0, words_removed=0)]
    )
    assert model.data(model.index(1, model.CHANGE), display) == "−7"
    assert model.data(model.index(0, model.CHANGE), display) == "–"


def test_history_model_says_why_a_revision_was_kept() -> None:
    model = RevisionHistoryModel(
        [
            _row(1, note="First go"),
            _row(2, reason="quiet"),
            _row(3, reason="restore", restored_from_seq=1),
            _row(4, reason="restore", restored_from_seq=2, note="Liked it better"),
        ]
    )
    notes = [model.data(model.index(r, model.NOTE)) for r in range(4)]
    assert notes == [
        "Restored from draft 2: Liked it better",
        "Restored from draft 1",
        "Kept after a pause in writing",
        "First go",
    ]
    spoken = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Draft 4 (latest)" in spoken
    assert "Restored from draft 2" in spoken
    assert "Note: Liked it better" in spoken


def test_loading_revisions_gives_snapshots_newest_first(journal: Journal, entry_id: str) -> None:
    rows = revision_rows(journal, entry_id)
    assert [row.seq for row in rows] == [3, 2, 1]
    assert [row.note for row in rows] == ["", "Added my results", ""]
    assert rows[0].created_at == T0 + timedelta(days=2)
    assert rows[1].words_added == 4  # "and measured the foam"


# -- the panel -------------------------------------------------------------------


def test_showing_an_entry_picks_its_latest_draft_and_shows_its_text(
    qtbot: QtBot, runner: ActionRunner, entry_id: str
) -> None:
    panel = RevisionHistoryPanel(runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.revision_selected) as shown:
        panel.show_entry(entry_id)
    latest = panel.model.revision(0)
    assert shown.args == [latest.id]
    assert panel.selected_ids() == [latest.id]
    assert "with my group" in panel.text_view.toPlainText()
    assert panel.title_label.text() == "Volcano"
    assert "Draft 3" in panel.meta_label.text()


def test_no_entry_and_an_entry_without_drafts_show_a_friendly_message(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    panel = RevisionHistoryPanel(runner)
    qtbot.addWidget(panel)
    panel.show_entry(None)
    assert panel.stack.currentWidget() is panel.placeholder
    assert "Pick an entry" in panel.placeholder.text()
    with journal.write() as session:
        empty_id = create_entry(session).id
    panel.show_entry(empty_id)
    assert panel.stack.currentWidget() is panel.placeholder
    assert "No saved drafts yet" in panel.placeholder.text()
    assert not panel.compare_action.isEnabled()
    assert not panel.copy_action.isEnabled()


def test_picking_another_draft_shows_its_text(qtbot: QtBot, panel: RevisionHistoryPanel) -> None:
    first = _ids(panel)[0]
    with qtbot.waitSignal(panel.revision_selected) as shown:
        _pick(panel, 2)
    assert shown.args == [first]
    assert panel.text_view.toPlainText().strip().endswith("I built a model volcano.")
    assert "First draft" not in panel.meta_label.text()  # no note: nothing made up


def test_compare_with_two_picked_sends_older_then_newer(
    qtbot: QtBot, panel: RevisionHistoryPanel
) -> None:
    first, _second, third = _ids(panel)
    _pick(panel, 0, 2)  # newest picked first, then the oldest
    assert panel.compare_action.isEnabled()
    with qtbot.waitSignal(panel.compare_requested) as asked:
        panel.compare_button.click()
    assert asked.args == [first, third]
    _pick(panel, 2, 0)  # the other way round: still older → newer
    with qtbot.waitSignal(panel.compare_requested) as asked:
        panel.compare_action.trigger()
    assert asked.args == [first, third]
    assert "draft 1 to draft 3" in panel.hint.text()


def test_compare_with_one_picked_uses_the_latest_draft(
    qtbot: QtBot, panel: RevisionHistoryPanel
) -> None:
    first, second, third = _ids(panel)
    _pick(panel, 2)
    with qtbot.waitSignal(panel.compare_requested) as asked:
        panel.compare()
    assert asked.args == [first, third]
    assert "draft 1 to the latest" in panel.hint.text()
    _pick(panel, 0)  # the latest itself: what changed since the draft before
    with qtbot.waitSignal(panel.compare_requested) as asked:
        panel.compare()
    assert asked.args == [second, third]
    assert "changed in the latest draft" in panel.hint.text()


def test_only_one_draft_cannot_be_compared(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as session:
        entry_id = create_entry(session, title="Alone", body="Just one draft.").id
    panel = RevisionHistoryPanel(runner)
    qtbot.addWidget(panel)
    panel.show_entry(entry_id)
    assert panel.compare_pair() is None
    assert not panel.compare_action.isEnabled()
    assert "first draft" in panel.hint.text()
    with qtbot.assertNotEmitted(panel.compare_requested):
        panel.compare()


def test_picking_a_third_draft_keeps_the_last_two(panel: RevisionHistoryPanel) -> None:
    first, second, _third = _ids(panel)
    _pick(panel, 0, 1, 2)  # latest, then draft 2, then draft 1
    assert panel.selected_ids() == [first, second]
    assert len(panel.list_view.selectionModel().selectedRows()) == 2
    assert panel.compare_pair() == (first, second)


def test_restore_sends_the_picked_draft_and_never_the_latest(
    qtbot: QtBot, panel: RevisionHistoryPanel
) -> None:
    first = _ids(panel)[0]
    assert not panel.restore_action.isEnabled()  # the latest is picked: nothing to restore
    _pick(panel, 2)
    assert panel.restore_action.isEnabled()
    with qtbot.waitSignal(panel.restore_requested) as asked:
        panel.restore_button.click()
    assert asked.args == [first]
    _pick(panel, 1, 2)
    assert not panel.restore_action.isEnabled()  # two picked: which one?


def test_after_a_restore_the_new_draft_is_on_top_with_its_reason(
    qtbot: QtBot, journal: Journal, panel: RevisionHistoryPanel
) -> None:
    first = _ids(panel)[0]
    _pick(panel, 2)
    with qtbot.waitSignal(panel.restore_requested) as asked:
        panel.restore()
    # What the main window does with the request: run the restore action.
    with qtbot.waitSignal(panel.revision_selected) as shown:
        restored = panel.runner.value(entry_actions.restore_revision, asked.args[0])
    assert restored is not None
    restored_id = restored.id
    top = panel.model.revision(0)
    assert (top.id, top.seq, top.reason) == (restored_id, 4, RevisionReason.RESTORE)
    assert top.restored_from_seq == 1
    assert panel.model.data(panel.model.index(0, RevisionHistoryModel.NOTE)) == (
        "Restored from draft 1"
    )
    assert shown.args == [restored_id]  # the new draft is picked and shown
    assert panel.text_view.toPlainText().strip().endswith("I built a model volcano.")
    assert "Restored from draft 1" in panel.meta_label.text()
    assert first in _ids(panel)  # nothing lost


def test_refresh_keeps_a_pair_picked_for_comparing(
    journal: Journal, panel: RevisionHistoryPanel, entry_id: str
) -> None:
    first, second, _third = _ids(panel)
    _pick(panel, 2, 1)
    with journal.write() as session:
        save_revision(session, entry_id, body="Something new.", now=T0 + timedelta(days=6))
    panel.runner.announce(Changes.of(Kind.REVISIONS, entries=[entry_id]))
    assert panel.model.rowCount() == 4
    assert panel.selected_ids() == [first, second]


def test_a_revision_saved_through_the_runner_shows_at_once(
    panel: RevisionHistoryPanel, entry_id: str
) -> None:
    panel.runner.run(entry_actions.save_draft, entry_id, "Volcano", "A fourth go.")
    assert panel.model.rowCount() == 3  # a draft alone is not a revision

    saved = panel.runner.value(entry_actions.save_revision, entry_id, note="Shorter")

    assert saved is not None
    assert panel.model.rowCount() == 4 and panel.model.latest is not None
    assert panel.model.latest.id == saved.id
    assert panel.selected_ids() == [saved.id]
    assert "Shorter" in panel.meta_label.text()


def test_changes_to_another_entry_leave_the_history_alone(
    journal: Journal, panel: RevisionHistoryPanel
) -> None:
    other = panel.runner.value(entry_actions.create_entry, title="Other", body="x")
    assert other is not None
    _pick(panel, 2)
    picked = panel.selected_ids()
    panel.runner.run(entry_actions.save_draft, other, "Other", "y")
    panel.runner.run(entry_actions.save_revision, other)
    assert panel.model.rowCount() == 3 and panel.selected_ids() == picked


def test_copy_text_puts_the_drafts_markdown_on_the_clipboard(
    panel: RevisionHistoryPanel,
) -> None:
    _pick(panel, 1)
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == BODIES[1]
    assert "Copied the text of draft 2" in panel.hint.text()


def test_read_only_journal_offers_no_restore(qtbot: QtBot, journal: Journal, entry_id: str) -> None:
    journal.close()
    reader = Journal.open(journal.paths.root, read_only=True)
    try:
        panel = RevisionHistoryPanel(ActionRunner(reader, lambda _t, _m: None))
        qtbot.addWidget(panel)
        panel.show_entry(entry_id)
        _pick(panel, 2)
        assert not panel.restore_action.isEnabled()
        assert panel.compare_action.isEnabled()
    finally:
        reader.close()


def test_every_focusable_widget_has_an_accessible_name(panel: RevisionHistoryPanel) -> None:
    focusable = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.isHidden()
    ]
    assert focusable
    assert [w for w in focusable if not w.accessibleName()] == []


def test_keyboard_only_tab_to_the_list_pick_two_and_compare(
    qtbot: QtBot, runner: ActionRunner, entry_id: str
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    before = QLineEdit()
    before.setAccessibleName("Before the panel")
    panel = RevisionHistoryPanel(runner)
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(panel)
    window.resize(420, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.show_entry(entry_id)
    first, second, third = _ids(panel)

    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert panel.list_view.hasFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Down)  # from the latest to draft 2
    assert panel.selected_ids() == [second]
    with qtbot.waitSignal(panel.compare_requested) as asked:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [second, third]

    qtbot.keyClick(panel.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert panel.selected_ids() == [first, second]
    with qtbot.waitSignal(panel.compare_requested) as asked:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [first, second]

    qtbot.keyClick(panel.list_view, Qt.Key.Key_Up)  # back to draft 2 alone
    with qtbot.waitSignal(panel.restore_requested) as asked:
        qtbot.keyClick(
            panel.list_view,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert asked.args == [second]
    qtbot.keyClick(panel.list_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == BODIES[1]
    with qtbot.waitSignal(panel.compare_requested) as asked:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    assert asked.args == [second, third]

    qtbot.keyClick(panel.list_view, Qt.Key.Key_Tab)
    assert panel.compare_button.hasFocus()


def test_panel_picture_shows_the_picked_draft_highlighted(
    qtbot: QtBot, panel: RevisionHistoryPanel
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    image = panel.grab().toImage()
    assert (image.width(), image.height()) == (420, 600)
    # The latest draft has no note, so its note cell is plain highlight colour.
    rect = panel.list_view.visualRect(panel.model.index(0, RevisionHistoryModel.NOTE))
    point = panel.list_view.viewport().mapTo(panel, rect.center())
    palette = panel.list_view.palette()
    highlights = {
        palette.color(group, palette.ColorRole.Highlight).name()
        for group in (palette.ColorGroup.Active, palette.ColorGroup.Inactive)
    }
    assert image.pixelColor(point).name() in highlights
    # The row below (not picked) is not.
    below = panel.list_view.visualRect(panel.model.index(1, RevisionHistoryModel.WORDS))
    point = panel.list_view.viewport().mapTo(panel, below.topLeft()) + below.topLeft() * 0
    assert image.pixelColor(point.x() + 2, point.y() + 2).name() not in highlights
