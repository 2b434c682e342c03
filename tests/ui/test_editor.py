from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from journal.ui.editor import MarkdownEditor


def make_editor(qtbot: QtBot, title: str = "", body: str = "") -> MarkdownEditor:
    editor = MarkdownEditor(font_point_size=12)
    qtbot.addWidget(editor)
    editor.resize(600, 400)
    editor.load(title, body)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_into_body(qtbot: QtBot, editor: MarkdownEditor, *lines: str) -> None:
    """Type lines as a student would, pressing Enter between them."""
    editor.focus_body()
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.body_edit, line)


def format_at(block: QTextBlock, position: int) -> QTextCharFormat:
    """The highlighter's format at a position in a block (empty format if none)."""
    ranges = block.layout().formats()
    for rng in ranges:
        if rng.start <= position < rng.start + rng.length:
            return QTextCharFormat(rng.format)
    return QTextCharFormat()


def find_block(editor: MarkdownEditor, text: str) -> QTextBlock:
    block = editor.body_edit.document().findBlockByNumber(0)
    while block.isValid():
        if block.text() == text:
            return block
        block = block.next()
    raise AssertionError(f"no block {text!r}")


def test_typing_emits_edited_and_updates_the_word_count(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert editor.word_count_label.text() == "0 words"
    with (
        qtbot.waitSignal(editor.edited),
        qtbot.waitSignal(editor.word_count_changed, check_params_cb=lambda n: n == 3),
    ):
        type_into_body(qtbot, editor, "three small words")
    assert editor.word_count_label.text() == "3 words"
    assert editor.word_count() == 3
    assert editor.is_modified()


def test_editing_the_title_emits_edited(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "Old", "")
    editor.title_edit.end(False)
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(editor.title_edit, "er")
    assert editor.title() == "Older"


def test_load_emits_nothing_and_starts_a_fresh_undo_history(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    type_into_body(qtbot, editor, "first entry text")
    qtbot.keyClicks(editor.title_edit, "First")
    assert editor.body_edit.document().isUndoAvailable()
    qtbot.waitUntil(lambda: editor.word_count_label.text() == "3 words")

    with qtbot.assertNotEmitted(editor.edited), qtbot.assertNotEmitted(editor.word_count_changed):
        editor.load("Second", "A different entry with **six** words here")
        qtbot.wait(WAIT_FOR_DEBOUNCE_MS)
    assert editor.title() == "Second"
    assert editor.word_count_label.text() == "7 words"
    assert not editor.is_modified()
    assert not editor.body_edit.document().isUndoAvailable()
    assert not editor.title_edit.isUndoAvailable()
    assert not editor.undo_action.isEnabled()
    # Undo after a load has nothing to take back: the loaded text stays.
    editor.focus_body()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body() == "A different entry with **six** words here"


# Longer than the word-count debounce, so a stray timer would have fired.
WAIT_FOR_DEBOUNCE_MS = 300


def test_undo_takes_back_typing_and_counts_as_an_edit(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "T", "Start.")
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.body_edit, " More")
    assert editor.undo_action.isEnabled()
    with qtbot.waitSignal(editor.edited):
        editor.undo_action.trigger()
    assert editor.body() == "Start."


def test_stored_source_is_exactly_what_was_typed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    type_into_body(qtbot, editor, "# My *plan*  ", "", "- [ ] ask **Ms Lee**  ")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "bring photos")
    # Enter continued the checklist with an unticked box.
    assert editor.body() == "# My *plan*  \n\n- [ ] ask **Ms Lee**  \n- [ ] bring photos"


def test_pasted_markdown_comes_back_unchanged(qtbot: QtBot) -> None:
    text = (
        "Trailing spaces   \n\tTabbed line\nNo\u00a0break space\n"
        "- [x] done\n- [ ] todo\n1) odd *list*\n\n> quote\n\n```\ncode  \n```\n\n"
    )
    editor = make_editor(qtbot)
    editor.focus_body()
    editor.body_edit.insertPlainText(text)
    assert editor.body() == text
    editor.load("t", text)
    assert editor.body() == text


def test_load_normalises_windows_line_endings(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "one\r\ntwo\rthree")
    assert editor.body() == "one\ntwo\nthree"


def test_enter_on_an_empty_list_item_ends_the_list(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    type_into_body(qtbot, editor, "1. mix", "stir")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "Done.")
    # The empty "3. " goes away and a blank line closes the list.
    assert editor.body() == "1. mix\n2. stir\n\nDone."


def test_enter_on_an_empty_nested_item_stays_inside_the_quote(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    type_into_body(qtbot, editor, "> - [ ] one")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    assert editor.body() == "> - [ ] one\n> - [ ] "
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    assert editor.body() == "> - [ ] one\n>"


def test_highlighter_makes_bold_text_bold_and_headings_big(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "# Big idea\n\nsome **x** here\nplain *it* text")
    heading = find_block(editor, "# Big idea")
    big = format_at(heading, 3)
    assert big.fontWeight() >= QFont.Weight.Bold
    assert big.fontPointSize() > 12
    bold_block = find_block(editor, "some **x** here")
    assert format_at(bold_block, bold_block.text().index("x")).fontWeight() >= QFont.Weight.Bold
    assert format_at(bold_block, 1).fontWeight() < QFont.Weight.Bold
    italic_block = find_block(editor, "plain *it* text")
    assert format_at(italic_block, italic_block.text().index("it")).fontItalic()
    assert not format_at(italic_block, 0).fontItalic()


def test_highlighter_marks_checklists_links_quotes_and_code(qtbot: QtBot) -> None:
    body = "- [x] finished\n- [ ] to do\n> a quote\nsee [site](https://a.example) and `**no**`"
    editor = make_editor(qtbot, "t", body)
    done = find_block(editor, "- [x] finished")
    assert format_at(done, done.text().index("finished")).fontStrikeOut()
    todo = find_block(editor, "- [ ] to do")
    assert not format_at(todo, todo.text().index("to do")).fontStrikeOut()
    assert format_at(todo, todo.text().index("[")).fontWeight() >= QFont.Weight.Bold
    assert format_at(find_block(editor, "> a quote"), 3).fontItalic()
    line = find_block(editor, "see [site](https://a.example) and `**no**`")
    assert format_at(line, line.text().index("site")).fontUnderline()
    inside_code = format_at(line, line.text().index("no"))
    assert inside_code.fontWeight() < QFont.Weight.Bold
    assert inside_code.fontFamilies()


def test_fenced_code_is_not_formatted_as_markdown(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "```\n# not a heading\n**not bold**\n```\n**bold**")
    inside = find_block(editor, "**not bold**")
    assert format_at(inside, 4).fontWeight() < QFont.Weight.Bold
    assert format_at(find_block(editor, "# not a heading"), 3).fontPointSize() < 13
    after = find_block(editor, "**bold**")
    assert format_at(after, 3).fontWeight() >= QFont.Weight.Bold


def test_font_size_scales_text_and_headings(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "# Big\n\ntext")
    editor.set_font_point_size(20)
    assert editor.body_edit.font().pointSizeF() == 20
    assert editor.font_point_size() == 20
    assert format_at(find_block(editor, "# Big"), 2).fontPointSize() > 20


def test_preview_renders_markdown_read_only(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "# Volcano\n\n- [x] built it\n\nsome **bold**")
    editor.focus_body()
    editor.preview_action.trigger()
    assert editor.is_preview_visible()
    assert editor.preview.isVisible() and not editor.body_edit.isVisible()
    assert editor.preview.isReadOnly()
    document = editor.preview.document()
    first = document.firstBlock()
    assert first.text() == "Volcano"
    assert first.blockFormat().headingLevel() == 1
    assert "built it" in document.toPlainText()
    assert not editor.bold_action.isEnabled()
    # The stored text is still the Markdown source.
    assert editor.body().startswith("# Volcano")
    editor.preview_action.trigger()
    assert editor.body_edit.isVisible()
    assert editor.bold_action.isEnabled()


def test_preview_shortcut_toggles_preview(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "# Hello")
    editor.focus_body()
    qtbot.waitUntil(editor.body_edit.hasFocus)
    qtbot.keyClick(
        editor.body_edit,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.preview_action.isChecked()
    assert editor.preview.hasFocus()


def test_preview_does_not_follow_links_but_reports_them(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "[site](https://example.org)")
    editor.set_preview_visible(True)
    assert not editor.preview.openLinks()
    assert not editor.preview.openExternalLinks()
    with qtbot.waitSignal(editor.link_activated) as blocker:
        editor.preview.anchorClicked.emit(QUrl("https://example.org"))
    assert blocker.args == [QUrl("https://example.org")]


def test_loading_while_previewing_shows_the_new_entry(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "# One")
    editor.set_preview_visible(True)
    editor.load("u", "# Two")
    assert editor.preview.document().firstBlock().text() == "Two"


def test_read_only_editor_refuses_typing(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "kept")
    editor.set_read_only(True)
    editor.body_edit.setFocus()
    with qtbot.assertNotEmitted(editor.edited):
        qtbot.keyClicks(editor.body_edit, "typed")
    assert editor.body() == "kept"
    assert editor.title_edit.isReadOnly()
    assert not editor.checklist_action.isEnabled()


def test_formatting_actions_edit_the_markdown_text(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "milk")
    editor.focus_body()
    cursor = editor.body_edit.textCursor()
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    editor.body_edit.setTextCursor(cursor)
    editor.bold_action.trigger()
    assert editor.body() == "**milk**"
    editor.checklist_action.trigger()
    assert editor.body() == "- [ ] **milk**"
    editor.checklist_action.trigger()
    assert editor.body() == "- [x] **milk**"
    editor.checklist_action.trigger()
    assert editor.body() == "- [ ] **milk**"
    editor.heading_action.trigger()
    assert editor.body() == "# - [ ] **milk**"
    editor.load("t", "Title line")
    editor.focus_body()
    editor.heading_action.trigger()
    editor.heading_action.trigger()
    assert editor.body() == "## Title line"
    editor.heading_action.trigger()
    editor.heading_action.trigger()
    assert editor.body() == "Title line"


def test_formatting_shortcuts_work_in_the_text_but_not_the_title(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "Title", "water")
    editor.focus_body()
    qtbot.waitUntil(editor.body_edit.hasFocus)
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.body() == "- [ ] water"
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.body() == "- [x] water"
    editor.focus_title()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.body() == "- [x] water"
    assert editor.title() == "Title"


def test_link_action_selects_the_address_for_typing(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "")
    editor.focus_body()
    editor.link_action.trigger()
    qtbot.keyClicks(editor.body_edit, "https://example.org")
    assert editor.body() == "[link text](https://example.org)"


def test_enter_in_the_title_moves_to_the_text(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, "t", "")
    editor.focus_title()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.body_edit.hasFocus)


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert editor.title_edit.accessibleName()
    assert editor.body_edit.accessibleName()
    assert editor.preview.accessibleName()
    for action in [*editor.format_actions, editor.preview_action]:
        button = editor.toolbar.widgetForAction(action)
        assert button is not None and button.accessibleName()
