"""The Exhibitions page by keyboard: build, fix the checklist, rehearse, present, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal.actions import exhibitions as act
from journal.core.exhibitions import ExhibitionFormat, Gap
from journal.store.database import Journal
from journal.store.read_models.exhibitions import exhibition_detail
from journal.ui.exhibitions import ExhibitionsPage
from journal.ui.runner import ActionRunner
from tests.exhibitions.helpers import build_exhibition, entry_with_drafts
from tests.ui.fakes import FakeAsker


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _page(qtbot: QtBot, runner: ActionRunner, asker: FakeAsker) -> ExhibitionsPage:
    page = ExhibitionsPage(runner, asker)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _type(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def _add_by_search(qtbot: QtBot, page: ExhibitionsPage, words: str) -> None:
    page.add_button.setFocus()
    QTest.keyClick(page.add_button, Qt.Key.Key_Space)
    dialog = page.add_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.search, words)
    assert dialog.results.count() >= 1
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)


def _entries(journal: Journal) -> dict[str, tuple[str, list[str]]]:
    return {
        "bridge": entry_with_drafts(
            journal, "Straw bridge", "First try", "Second try with triangles"
        ),
        "poem": entry_with_drafts(journal, "Winter poem", "Snow falls"),
        "plane": entry_with_drafts(journal, "Paper plane", "It flew three metres"),
    }


def test_the_whole_story_by_keyboard(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker, tmp_path: Path
) -> None:
    entries = _entries(journal)
    page = _page(qtbot, runner, fake_asker)
    page.clock = clock = FakeClock()

    # A new exhibition from the presentation-of-learning template.
    page.template_actions[ExhibitionFormat.PRESENTATION].trigger()
    assert page.detail is not None
    assert page.detail.format is ExhibitionFormat.PRESENTATION
    assert page.detail.time_budget_s == 600
    assert page.checklist.count() == 1 and page.gaps[0].gap is Gap.NO_STATIONS

    # Three entries, found by search.
    for words in ("bridge", "poem", "plane"):
        _add_by_search(qtbot, page, words)
    assert page.stations.count() == 3
    assert [s.entry_id for s in page.detail.stations] == [
        entries[k][0] for k in ("bridge", "poem", "plane")
    ]

    # Pin the earlier draft of the bridge.
    page.stations.setCurrentRow(0)
    page.draft_box.setFocus()
    QTest.keyClick(page.draft_box, Qt.Key.Key_Up)
    first_draft = entries["bridge"][1][0]
    assert page.detail.stations[0].revision_id == first_draft

    # The checklist asks for captions; each line goes to its fix.
    assert {g.gap for g in page.gaps} == {Gap.CAPTION_TOPIC, Gap.CAPTION_SELF}
    assert len(page.gaps) == 6
    for number in range(3):
        page.checklist.setCurrentRow(0)
        page.checklist.setFocus()
        QTest.keyClick(page.checklist, Qt.Key.Key_Return)
        assert page.focusWidget() is page.topic_edit
        assert page.current_station() is not None
        assert page.current_station().number == number + 1  # type: ignore[union-attr]
        _type(page.topic_edit, f"Triangles hold loads {number}")
        page.checklist.setCurrentRow(0)
        page.checklist.setFocus()
        QTest.keyClick(page.checklist, Qt.Key.Key_Return)
        assert page.focusWidget() is page.self_edit
        _type(page.self_edit, f"I keep trying {number}")
    assert page.gaps == ()
    assert "Ready to present" in page.checklist.item(0).text()
    assert "Triangles hold loads 2" in page.preview.toPlainText()

    # Rehearse: the timer starts at the first advance; times are kept per station.
    window = page.present(rehearse=True)
    assert window is not None
    QTest.keyClick(window, Qt.Key.Key_Right)  # starts the timer on station 2
    clock.now += 40
    QTest.keyClick(window, Qt.Key.Key_Space)
    clock.now += 25
    QTest.keyClick(window, Qt.Key.Key_Escape)
    detail = exhibition_detail(journal, page.detail.id)
    assert len(detail.rehearsals) == 1
    spent = {p.number: p.spent_s for p in page.last_run}
    assert spent == {1: 0.0, 2: 40.0, 3: 25.0}
    assert page.run_list.count() == 4
    assert "1:05 of 10:00" in page.run_list.item(3).text()

    # Present and jump to station 2.
    window = page.present(rehearse=False)
    assert window is not None
    QTest.keyClicks(window, "3")
    QTest.keyClick(window, Qt.Key.Key_Enter)
    assert window.current_number == 3
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert window.current_number == 2
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert window.current_number == 1
    QTest.keyClicks(window, "2")
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert window.current_number == 2
    assert "Snow falls" in window.view.toPlainText()
    QTest.keyClick(window, Qt.Key.Key_G)
    assert window.stack.currentWidget() is window.grid
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.view
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()

    # Export the page: the preview says what leaves, then it is written.
    out = tmp_path / "bridge.exhibition.html"
    fake_asker.save_path = out
    page.export_buttons["page"].setFocus()
    QTest.keyClick(page.export_buttons["page"], Qt.Key.Key_Space)
    preview = fake_asker.asked[-1]
    assert "Your name, as it will appear:" in preview and "Staying with you:" in preview
    qtbot.waitUntil(lambda: bool(page.export_results), timeout=20000)
    html = out.read_text(encoding="utf-8")
    for number in range(3):
        # Every caption that leaves was in the preview first.
        for caption in (f"Triangles hold loads {number}", f"I keep trying {number}"):
            assert caption in html and caption in preview
    # And nothing leaves that the preview did not list: every station title, caption
    # and picture the page shows was named in it.
    import html as _html
    import re as _re

    texts = _re.findall(r'class="user"[^>]*>([^<]+)<', html)
    titles = _re.findall(r"<bdi>([^<]+)</bdi>", html)
    assert texts and titles
    for shown in texts + titles:
        assert _html.unescape(shown).strip() in preview, shown

    # And the PDF (a station a page) and the placards (two a page).
    for fmt, pages in (("pdf", 3), ("placards", 2)):
        out = tmp_path / f"bridge-{fmt}.pdf"
        fake_asker.save_path = out
        wanted = len(page.export_results) + 1
        page.preset_box.setCurrentIndex(page.preset_box.findData("public"))
        QTest.keyClick(page.export_buttons[fmt], Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(page.export_results) == wanted, timeout=20000)  # noqa: B023
        assert out.read_bytes().startswith(b"%PDF")
        assert page.export_results[-1].pages >= pages
    assert runner.errors == []  # type: ignore[attr-defined]


def test_a_read_only_runner_disables_the_builder(
    qtbot: QtBot, journal: Journal, fake_asker: FakeAsker
) -> None:
    entry_id, _ = entry_with_drafts(journal, "Straw bridge", "First try")
    exhibition_id = act.create_exhibition(journal, "Show").value
    act.add_station(journal, exhibition_id, entry_id)
    read_only = ActionRunner(journal, lambda t, m: None, read_only=True)
    page = _page(qtbot, read_only, fake_asker)
    assert page.stations.count() == 1
    for widget in (
        page.new_button, page.duplicate_button, page.delete_button, page.title_edit,
        page.claim_edit, page.audience_box, page.budget_box, page.add_button,
        page.remove_button, page.up_button, page.down_button, page.draft_box,
        page.topic_edit, page.self_edit, page.notes_edit, page.time_box,
        page.rehearse_button,
    ):  # fmt: skip
        assert not widget.isEnabled(), widget.accessibleName()
    assert not page.up_action.isEnabled()
    assert page.export_buttons["page"].isEnabled()
    assert page.present_button.isEnabled()


def _with_three(journal: Journal) -> str:
    exhibition_id = act.create_exhibition(journal, "Show").value
    for key, (entry_id, _) in _entries(journal).items():
        del key
        act.add_station(journal, exhibition_id, entry_id)
    return exhibition_id


def _labels(page: ExhibitionsPage) -> list[str]:
    assert page.detail is not None
    return [s.label for s in page.detail.stations]


def test_alt_up_and_down_reorder_stations(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    page.stations.setCurrentRow(2)
    page.stations.setFocus()
    QTest.keyClick(page.stations, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _labels(page) == ["Straw bridge", "Paper plane", "Winter poem"]
    assert page.stations.currentRow() == 1
    QTest.keyClick(page.stations, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _labels(page) == ["Paper plane", "Straw bridge", "Winter poem"]
    QTest.keyClick(page.stations, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _labels(page) == ["Straw bridge", "Paper plane", "Winter poem"]
    runner.undo_stack.undo()
    assert _labels(page) == ["Paper plane", "Straw bridge", "Winter poem"]


def test_undo_brings_a_removed_station_back(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    page.stations.setCurrentRow(1)
    QTest.keyClick(page.remove_button, Qt.Key.Key_Space)
    assert page.stations.count() == 2
    assert _labels(page) == ["Straw bridge", "Paper plane"]
    runner.undo_stack.undo()
    assert page.stations.count() == 3
    assert _labels(page) == ["Straw bridge", "Winter poem", "Paper plane"]
    assert "Winter poem" in page.stations.item(1).text()


def test_duplicate_and_delete_through_the_seam(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    QTest.keyClick(page.duplicate_button, Qt.Key.Key_Space)
    assert page.list.count() == 2
    assert page.detail is not None and page.detail.stations == ()
    assert "next year" in page.detail.title
    QTest.keyClick(page.delete_button, Qt.Key.Key_Space)
    assert fake_asker.asked and "next year" in fake_asker.asked[-1]
    assert page.list.count() == 1
    assert page.detail is not None and len(page.detail.stations) == 3
    fake_asker.answer = False
    QTest.keyClick(page.delete_button, Qt.Key.Key_Space)
    assert page.list.count() == 1
    fake_asker.answer = True
    QTest.keyClick(page.delete_button, Qt.Key.Key_Space)
    assert page.list.count() == 0 and page.detail is None
    assert not page.add_button.isEnabled()
    runner.undo_stack.undo()
    assert page.list.count() == 1
    assert page.detail is not None and len(page.detail.stations) == 3


def test_dragging_a_station_moves_it(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    model = page.stations.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert _labels(page) == ["Winter poem", "Paper plane", "Straw bridge"]
    runner.undo_stack.undo()
    assert _labels(page) == ["Straw bridge", "Winter poem", "Paper plane"]


def test_ctrl_6_and_reflect_new_exhibition_open_the_page(
    qtbot: QtBot, journal: Journal, fake_asker: FakeAsker, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    window.ask = fake_asker
    qtbot.addWidget(window)
    window.show()
    window.new_exhibition_action.trigger()
    assert window.current_page() is window.exhibitions_page
    assert window.page_actions[5].shortcut().toString() == "Ctrl+6"
    assert window.page_actions[5].isChecked()


def test_describing_a_picture_fixes_its_gap_and_undo_brings_it_back(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    act.describe_attachment(journal, built.photo_id, alt_text="")
    page = _page(qtbot, runner, fake_asker)
    gaps = [g for g in page.gaps if g.gap is Gap.ALT_TEXT]
    assert len(gaps) == 1
    assert page.go_to_fix(gaps[0]) is page.alt_edit
    assert page.picture_box.currentData() == built.photo_id
    _type(page.alt_edit, "A bridge of balsa wood")
    assert not [g for g in page.gaps if g.gap is Gap.ALT_TEXT]
    runner.undo_stack.undo()
    assert [g.gap for g in page.gaps] == [Gap.ALT_TEXT]
    page.go_to_fix(page.gaps[0])
    QTest.keyClick(page.decorative_box, Qt.Key.Key_Space)
    assert page.gaps == ()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    build_exhibition(journal, tmp_path)
    page = _page(qtbot, runner, fake_asker)
    window = page.present(rehearse=False)
    assert window is not None
    kinds = (
        QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
        QPlainTextEdit, QTextEdit,
    )  # fmt: skip
    for root in (page, window):
        for widget in root.findChildren(QWidget):
            inside = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
            inside = inside or widget.window() is not root.window()  # a combo's popup
            if isinstance(widget, kinds) and not inside:
                assert widget.accessibleName(), repr(widget)
    window.close()


def test_a_hidden_page_reads_changes_when_shown_again(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    exhibition_id = _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    page.hide()
    assert page.detail is not None
    runner.run(act.remove_station, page.detail.stations[0].id)
    runner.run(act.rename_exhibition, exhibition_id, "Renamed")
    assert page.stations.count() == 3
    page.show()
    assert page.stations.count() == 2
    assert page.title_edit.text() == "Renamed"


def test_presenting_shows_the_station_time_and_turns_red_when_over(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    exhibition_id = _with_three(journal)
    for station in exhibition_detail(journal, exhibition_id).stations:
        act.set_time_share(journal, station.id, 30)
    page = _page(qtbot, runner, fake_asker)
    page.clock = clock = FakeClock()
    window = page.present(rehearse=False)
    assert window is not None
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    clock.now += 20
    window._show_status()
    assert "0:20 of 0:30" in window.status.text()
    assert window.status.accessibleDescription() == ""
    clock.now += 15
    window._show_status()
    assert window.status.accessibleDescription() == "Over time"
    QTest.keyClick(window, Qt.Key.Key_Escape)
    # The presentation is kept; presenting again keeps a second one beside it.
    [first] = exhibition_detail(journal, exhibition_id).runs
    assert first.kind == "presentation"
    again = page.present(rehearse=False)
    assert again is not None
    QTest.keyClick(again, Qt.Key.Key_PageDown)
    clock.now += 5
    QTest.keyClick(again, Qt.Key.Key_Escape)
    runs = exhibition_detail(journal, exhibition_id).runs
    assert len(runs) == 2 and first in runs


def test_ticking_a_picture_of_other_people_lets_it_leave_for_families(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    page = _page(qtbot, runner, fake_asker)
    page.stations.setCurrentRow(0)
    page.picture_box.setCurrentIndex(page.picture_box.findData(built.people_id))
    assert page.people_box.isChecked() and page.include_box.isEnabled()
    page.preset_box.setCurrentIndex(page.preset_box.findData("family"))
    plan = page.plan()
    assert plan is not None and any("team.png" in left.message for left in plan.left_out)
    QTest.keyClick(page.include_box, Qt.Key.Key_Space)
    assert page.include_box.isChecked()
    plan = page.plan()
    assert plan is not None and not any("team.png" in left.message for left in plan.left_out)


def test_html_rtl_and_emoji_in_captions_show_as_written(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    page.stations.setCurrentRow(0)
    caption = "<b>not bold</b> مرحبا 🌉 " + "x" * 300
    page.topic_edit.setText(caption)
    QTest.keyClick(page.topic_edit, Qt.Key.Key_Return)
    assert page.topic_edit.text() == caption
    text = page.preview.toPlainText()
    assert "<b>not bold</b>" in text and "مرحبا" in text and "🌉" in text


def test_a_trashed_entry_is_named_in_the_checklist_and_its_fix_is_remove(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    from journal.actions import entries as entry_act

    exhibition_id = _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    poem = exhibition_detail(journal, exhibition_id).stations[1]
    assert poem.entry_id is not None
    runner.run(entry_act.trash_entry, poem.entry_id)
    gaps = [g for g in page.gaps if g.gap is Gap.ENTRY_TRASHED]
    assert len(gaps) == 1 and "Winter poem" in gaps[0].message
    assert page.go_to_fix(gaps[0]) is page.remove_button
    assert page.current_station() is not None
    assert page.current_station().label == "Winter poem"  # type: ignore[union-attr]
    runner.run(entry_act.empty_trash)
    assert page.stations.count() == 3  # a station whose entry has gone stays, and says so
    gaps = [g for g in page.gaps if g.gap is Gap.ENTRY_DELETED]
    assert len(gaps) == 1
    page.go_to_fix(gaps[0])
    QTest.keyClick(page.remove_button, Qt.Key.Key_Space)
    assert page.stations.count() == 2
    assert not [g for g in page.gaps if g.gap is Gap.ENTRY_DELETED]


def test_the_presenter_view_shows_notes_next_time_left_and_pace(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    from journal.ui.exhibitions.present import Pace

    exhibition_id = _with_three(journal)
    act.edit_exhibition(journal, exhibition_id, time_budget_s=90)
    stations = exhibition_detail(journal, exhibition_id).stations
    for station, notes in zip(stations, ("Say why straws.", "Read the last line slowly.", ""),
                              strict=True):  # fmt: skip
        act.set_time_share(journal, station.id, 30)
        act.set_notes(journal, station.id, notes)
    page = _page(qtbot, runner, fake_asker)
    page.clock = clock = FakeClock()
    window = page.present(rehearse=False)
    assert window is not None
    QTest.keyClick(window, Qt.Key.Key_P)  # one screen: P opens the presenter view
    view = window.presenter
    assert view is not None and view.isVisible()
    assert view.notes.toPlainText() == "Say why straws."
    assert view.next_up.text() == "Next: 2. Winter poem"
    QTest.keyClick(window, Qt.Key.Key_Right)  # the timer starts at the first advance
    assert "Winter poem" in view.station.text()
    assert view.notes.toPlainText() == "Read the last line slowly."
    clock.now += 10
    window._show_status()
    assert view.here_left.text() == "This station: 0:20 left"
    assert view.total_left.text() == "Overall: 1:20 left"
    assert view.pace.property("pace") == Pace.ON_TIME
    clock.now += 10  # 20 s into a 30 s share that started on time: past its middle
    window._show_status()
    assert view.pace.property("pace") == Pace.LITTLE_BEHIND
    clock.now += 15
    window._show_status()
    assert view.pace.property("pace") == Pace.BEHIND
    assert view.here_left.text() == "This station: 0:05 over"
    assert view.pace.text().startswith("Behind")  # said in words, not only in colour
    # Keys pressed in the presenter view drive the presentation.
    view.notes.setFocus()
    QTest.keyClick(view.notes, Qt.Key.Key_Right)
    assert window.current_number == 3
    assert view.next_up.text() == "Next: this is the last station."
    assert view.notes.toPlainText() == "No notes for this station."
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert widget.accessibleName(), widget
    QTest.keyClick(view.notes, Qt.Key.Key_Escape)
    assert not window.isVisible() and not view.isVisible()


def test_typing_where_the_exhibition_is_online_keeps_it_for_the_placards(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    exhibition_id = _with_three(journal)
    page = _page(qtbot, runner, fake_asker)
    page.address_edit.setFocus()
    QTest.keyClicks(page.address_edit, "sam.example.org/show")
    QTest.keyClick(page.address_edit, Qt.Key.Key_Return)
    assert exhibition_detail(journal, exhibition_id).published_url == (
        "https://sam.example.org/show"
    )
    page.address_edit.selectAll()
    QTest.keyClicks(page.address_edit, "not an address")
    QTest.keyClick(page.address_edit, Qt.Key.Key_Return)
    assert exhibition_detail(journal, exhibition_id).published_url == (
        "https://sam.example.org/show"
    )
    assert runner.errors and "web address" in runner.errors[-1][1]  # type: ignore[attr-defined]
