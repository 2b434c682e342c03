"""The side-by-side diff: highlights, escaping, pickers, summary, scrolling together."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from journal.actions import entries as entry_actions
from journal.store.database import Journal
from journal.store.entries import create_entry, list_revisions, save_revision
from journal.ui import diff_view
from journal.ui.diff_view import DARK, LIGHT, DiffDialog, colours_for, diff_html
from journal.ui.runner import ActionRunner

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _fragments(document: QTextDocument) -> list[tuple[str, bool, bool, str]]:
    """(text, underlined, struck out, background colour) of every run of text."""
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            background = fmt.background()
            colour = (
                background.color().name() if background.style() != Qt.BrushStyle.NoBrush else ""
            )
            runs.append((fragment.text(), fmt.fontUnderline(), fmt.fontStrikeOut(), colour))
            it += 1
        block = block.next()
    return runs


def _make_entry(journal: Journal, versions: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """An entry with one revision per (title, body); returns its id and the revision ids."""
    with journal.write() as session:
        title, body = versions[0]
        entry_id = create_entry(session, title=title, body=body, now=T0).id
    for day, (title, body) in enumerate(versions[1:], start=1):
        with journal.write() as session:
            save_revision(session, entry_id, title=title, body=body, now=T0 + timedelta(days=day))
    with journal.read() as session:
        return entry_id, [r.id for r in list_revisions(session, entry_id)]


@pytest.fixture
def volcano(journal: Journal) -> tuple[str, list[str]]:
    return _make_entry(
        journal,
        [
            ("Volcano", "I built a red volcano.\n\nThe foam went far."),
            ("Volcano", "I built a big volcano with my group.\n\nThe foam went far."),
            ("Volcano model", "I built a big volcano with my group.\n\nThe foam went very far!"),
        ],
    )


def _runner(journal: Journal) -> ActionRunner:
    return ActionRunner(journal, lambda _title, _text: None)


def _dialog(qtbot: QtBot, journal: Journal, entry_id: str, older: str, newer: str) -> DiffDialog:
    dialog = DiffDialog(_runner(journal), entry_id, older, newer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- diff_html -------------------------------------------------------------------


def test_diff_html_crosses_out_removed_words_and_underlines_added_ones() -> None:
    old_html, new_html = diff_html("I built a red volcano.", "I built a big volcano!")
    assert 'text-decoration: line-through;">red</span>' in old_html
    assert f"background-color:{LIGHT.removed_background}" in old_html
    assert 'text-decoration: underline;">big</span>' in new_html
    assert f"background-color:{LIGHT.added_background}" in new_html
    assert "underline" not in old_html
    assert "line-through" not in new_html
    assert "I built a " in old_html and " volcano" in new_html


def test_diff_html_escapes_everything_the_student_wrote(qapp: QApplication) -> None:
    old = 'My <b>bold</b> & "quoted" <script>alert(1)</script>'
    new = 'My <i>bold</i> & "quoted" <img src=x onerror=alert(1)>'
    old_html, new_html = diff_html(old, new)
    for page in (old_html, new_html):
        assert "<script" not in page
        assert "<img" not in page
        assert "<b>" not in page and "<i>" not in page
        assert "&amp;" in page and "&quot;quoted&quot;" in page
    for text, page in ((old, old_html), (new, new_html)):
        document = QTextDocument()
        document.setHtml(page)
        assert document.toPlainText() == text  # shown as typed, never run as HTML


def test_diff_html_in_a_document_gives_back_the_exact_texts(qapp: QApplication) -> None:
    old = "\nFirst line\n\n  indented\ttab 👍🏽 שָׁלוֹם\n"
    new = "\n\nFirst line changed\n\n  indented\ttab 👍🏿 שָׁלוֹם"
    for text, page in zip((old, new), diff_html(old, new), strict=True):
        document = QTextDocument()
        document.setHtml(page)
        assert document.toPlainText() == text


def test_dark_colours_are_used_on_a_dark_palette() -> None:
    old_html, new_html = diff_html("a cat", "a dog", dark=True)
    assert DARK.removed_background in old_html
    assert DARK.added_background in new_html
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert colours_for(dark) is DARK
    assert colours_for(light) is LIGHT


def _contrast(foreground: str, background: str) -> float:
    def luminance(name: str) -> float:
        channels = []
        colour = QColor(name)
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_highlight_colours_keep_text_easy_to_read() -> None:
    for colours in (LIGHT, DARK):
        assert _contrast(colours.added_text, colours.added_background) >= 7
        assert _contrast(colours.removed_text, colours.removed_background) >= 7


# -- the dialog -------------------------------------------------------------------


def test_dialog_shows_insertions_and_deletions_as_formats(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, _third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    assert not dialog.isModal()
    old_runs = _fragments(dialog.older_view.document())
    new_runs = _fragments(dialog.newer_view.document())
    assert [r for r in old_runs if r[2]] == [("red", False, True, LIGHT.removed_background)]
    assert [r for r in new_runs if r[1]] == [
        ("big", True, False, LIGHT.added_background),
        (" with my group", True, False, LIGHT.added_background),
    ]
    assert not any(r[1] for r in old_runs)
    assert not any(r[2] for r in new_runs)
    assert (
        dialog.older_view.toPlainText() == "Volcano\nI built a red volcano.\n\nThe foam went far."
    )
    assert dialog.summary.text() == "Words: +4 added, −1 taken out"


def test_dialog_marks_a_changed_title_too(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (_first, second, third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, second, third)
    new_runs = _fragments(dialog.newer_view.document())
    assert (" model", True, False, LIGHT.added_background) in new_runs
    assert ("very ", True, False, LIGHT.added_background) in new_runs
    assert dialog.summary.text() == "Words: +1 added (the title changed too)"


def test_pickers_list_every_draft_and_change_the_comparison(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, third)
    labels = [dialog.older_combo.itemText(i) for i in range(dialog.older_combo.count())]
    assert [label.split(" — ")[0] for label in labels] == ["Draft 1", "Draft 2", "Draft 3"]
    assert (dialog.older_id, dialog.newer_id) == (first, third)
    dialog.older_combo.setCurrentIndex(dialog.older_combo.findData(second))
    assert dialog.older_id == second
    assert "red" not in dialog.older_view.toPlainText()
    assert dialog.summary.text() == "Words: +1 added (the title changed too)"
    dialog.swap_button.click()
    assert (dialog.older_id, dialog.newer_id) == (third, second)
    assert dialog.summary.text() == "Words: −1 taken out (the title changed too)"
    dialog.set_revisions(second, second)
    assert "same draft on both sides" in dialog.summary.text()


def test_identical_drafts_say_there_are_no_changes(qtbot: QtBot, journal: Journal) -> None:
    entry_id, (first, second) = _make_entry(
        journal, [("Same", "Word for word."), ("Same", "Word for word. Then more.")]
    )
    with journal.write() as session:  # back to the first text: a third, identical draft
        save_revision(session, entry_id, body="Word for word.", now=T0 + timedelta(days=9))
    with journal.read() as session:
        third = list_revisions(session, entry_id)[-1].id
    dialog = _dialog(qtbot, journal, entry_id, first, third)
    assert dialog.summary.text() == "No changes: these two drafts have the same text."
    assert dialog.diff is not None and dialog.diff.identical
    assert second != third


def test_an_empty_draft_says_so_instead_of_a_blank_pane(qtbot: QtBot, journal: Journal) -> None:
    entry_id, (first, second) = _make_entry(journal, [("Plan", ""), ("Plan", "Now with words.")])
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    assert "This draft has no text." in dialog.older_view.toPlainText()
    assert dialog.summary.text() == "Words: +3 added"


def test_long_drafts_are_compared_off_the_gui_thread(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diff_view, "BACKGROUND_LIMIT", 10)
    entry_id, (first, second) = _make_entry(
        journal, [("Long", "One two three four five."), ("Long", "One two six four five.")]
    )
    dialog = DiffDialog(_runner(journal), entry_id, first, second)
    qtbot.addWidget(dialog)
    assert dialog.diff is None
    assert dialog.summary.text() == "Comparing the two drafts…"
    qtbot.waitUntil(lambda: dialog.diff is not None)
    assert dialog.summary.text() == "Words: +1 added, −1 taken out"
    assert ("six", True, False, LIGHT.added_background) in _fragments(dialog.newer_view.document())


def test_panes_scroll_together_lined_up_on_shared_text(qtbot: QtBot, journal: Journal) -> None:
    shared = [f"Paragraph {n} says something about the volcano." for n in range(60)]
    inserted = [f"A brand new thought number {n}." for n in range(25)]
    old = "\n\n".join(shared)
    new = "\n\n".join(shared[:10] + inserted + shared[10:])
    entry_id, (first, second) = _make_entry(journal, [("Long", old), ("Long", new)])
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    dialog.resize(900, 500)
    qtbot.wait(10)
    old_bar = dialog.older_view.verticalScrollBar()
    new_bar = dialog.newer_view.verticalScrollBar()

    def top_line(view: QTextBrowser) -> str:
        return view.cursorForPosition(QPoint(4, 4)).block().text()

    # Scroll the old side so paragraph 30 is at the top: the new side follows,
    # past the 25 inserted paragraphs, to the same paragraph.
    target = dialog.older_view.document().find("Paragraph 30 says")
    old_bar.setValue(dialog.older_view.cursorRect(target).top() + old_bar.value())
    assert top_line(dialog.older_view).startswith("Paragraph 30 says")
    assert top_line(dialog.newer_view).startswith("Paragraph 30 says")
    assert new_bar.value() > old_bar.value()

    # And the other way round.
    target = dialog.newer_view.document().find("Paragraph 35 says")
    new_bar.setValue(dialog.newer_view.cursorRect(target).top() + new_bar.value())
    assert top_line(dialog.older_view).startswith("Paragraph 35 says")

    old_bar.setValue(old_bar.maximum())
    assert new_bar.value() == new_bar.maximum()
    old_bar.setValue(0)
    assert new_bar.value() == 0


def test_a_theme_change_redraws_the_highlights_in_dark_colours(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, _third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    palette = dialog.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dialog.setPalette(palette)
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.PaletteChange))
    runs = _fragments(dialog.older_view.document())
    assert ("red", False, True, DARK.removed_background) in runs


def test_every_focusable_widget_has_an_accessible_name(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, _third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    assert len(focusable) >= 6  # two pickers, swap, two panes, close
    assert [w for w in focusable if not w.accessibleName()] == []


def test_dialog_picture_shows_green_and_red_highlights(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, _third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    old_image = dialog.older_view.viewport().grab().toImage()
    new_image = dialog.newer_view.viewport().grab().toImage()

    def colours(image: QImage) -> set[str]:
        return {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, min(image.height(), 120), 2)
        }

    assert LIGHT.removed_background in colours(old_image)
    assert LIGHT.added_background not in colours(old_image)
    assert LIGHT.added_background in colours(new_image)
    assert LIGHT.removed_background not in colours(new_image)


def test_keyboard_only_pick_drafts_and_close(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.newer_combo.hasFocus()
    qtbot.keyClick(dialog.newer_combo, Qt.Key.Key_Down)
    assert dialog.newer_id == third
    assert dialog.summary.text() == "Words: +5 added, −1 taken out (the title changed too)"
    qtbot.keyClick(dialog.newer_combo, Qt.Key.Key_Tab)
    assert dialog.older_view.hasFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.older_view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_draft_saved_while_comparing_joins_the_pickers_and_the_pair_stays(
    qtbot: QtBot, journal: Journal, volcano: tuple[str, list[str]]
) -> None:
    entry_id, (first, second, _third) = volcano
    dialog = _dialog(qtbot, journal, entry_id, first, second)
    runner = dialog.runner
    runner.run(entry_actions.save_draft, entry_id, "Volcano model", "A fourth go.")

    saved = runner.value(entry_actions.save_revision, entry_id)

    assert saved is not None
    assert dialog.newer_combo.count() == 4
    assert dialog.newer_combo.findData(saved.id) == 3
    assert (dialog.older_id, dialog.newer_id) == (first, second)
    assert dialog.windowTitle().endswith("Volcano model")
