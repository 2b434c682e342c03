"""Python counts code points, Qt counts UTF-16 units: emoji must not shift formatting."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from journal.core.utf16 import from_utf16, to_utf16, utf16_len
from journal.ui.editor import MarkdownEditor, paragraph_is_rtl
from journal.ui.markdown_highlighter import MarkdownHighlighter

# Letters of every kind a student might type: non-BMP emoji and maths letters,
# combining marks, Arabic and Hebrew (right to left), CJK and plain ASCII.
PIECES = [
    *"abc xyz",
    *["🧪", "🌋", "😀", "𝒜", "𠀋", "👩\u200d🔬"],
    *["e\u0301", "\u0308", "n\u0303"],
    *"مرحبا שלום 你好 é ñ",
]
INTERNATIONAL = (
    st.lists(st.sampled_from(PIECES), max_size=10).map("".join).map(lambda s: s.strip() or "x")
)


def _ranges(editor: MarkdownEditor, number: int = 0) -> list[tuple[int, int, bool, float]]:
    block = editor.body_edit.document().findBlockByNumber(number)
    return [
        (r.start, r.length, r.format.fontWeight() == QFont.Weight.Bold, r.format.fontPointSize())
        for r in block.layout().formats()
    ]


def _editor(qtbot: QtBot) -> MarkdownEditor:
    editor = MarkdownEditor(font_point_size=12)
    qtbot.addWidget(editor)
    editor.resize(600, 400)
    return editor


def test_utf16_helpers_round_trip() -> None:
    text = "a🧪b👩\u200d🔬c"
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2
    for index in range(len(text) + 1):
        assert from_utf16(text, to_utf16(text, index)) == index


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=INTERNATIONAL, word=INTERNATIONAL, after=INTERNATIONAL)
def test_bold_lands_on_the_bold_letters_whatever_comes_before(
    qtbot: QtBot, before: str, word: str, after: str
) -> None:
    editor = _editor(qtbot)
    line = f"{before} **{word}** {after}"
    editor.load("", line)
    bold = [(start, length) for start, length, is_bold, _size in _ranges(editor) if is_bold]
    word_start = to_utf16(line, line.index("**") + 2)
    assert bold == [(word_start, utf16_len(word))]
    # No format run ever ends inside a surrogate pair (that is what draws "��").
    edges = {s for s, *_ in _ranges(editor)} | {s + n for s, n, *_ in _ranges(editor)}
    text16 = line.encode("utf-16-le")
    for edge in edges:
        assert 0 <= edge <= len(text16) // 2
        if 0 < edge < len(text16) // 2:
            unit = int.from_bytes(text16[2 * edge : 2 * edge + 2], "little")
            assert not 0xDC00 <= unit <= 0xDFFF, f"format edge inside a pair at {edge}"


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=INTERNATIONAL)
def test_a_heading_covers_its_whole_line(qtbot: QtBot, title: str) -> None:
    editor = _editor(qtbot)
    line = f"# {title}"
    editor.load("", line)
    sizes = _ranges(editor)
    covered = sum(length for _start, length, *_ in sizes)
    assert covered == utf16_len(line)
    assert all(
        size == MarkdownHighlighter(editor.body_edit.document()).heading_point_size(1)
        for *_rest, size in sizes
    )


def test_my_notes_heading_with_an_emoji_is_one_format(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.load("", "# My notes 🧪\n**bold** 🧪 *it*")
    heading = _ranges(editor, 0)
    assert heading[-1][0] + heading[-1][1] == utf16_len("# My notes 🧪")
    second = _ranges(editor, 1)
    assert [(s, n) for s, n, b, _ in second if b] == [(2, 4)]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=INTERNATIONAL)
def test_checklist_and_list_continuation_after_wide_characters(qtbot: QtBot, text: str) -> None:
    editor = _editor(qtbot)
    editor.load("", f"- [ ] {text}")
    cursor = editor.body_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body_edit.setTextCursor(cursor)
    editor._toggle_checklist()
    assert editor.body() == f"- [x] {text}"
    editor._toggle_checklist()
    assert editor.body() == f"- [ ] {text}"
    editor._cycle_heading()
    assert editor.body() == f"# - [ ] {text}"


def _start_x(edit: QPlainTextEdit | QTextBrowser, number: int) -> int:
    block = edit.document().findBlockByNumber(number)
    return edit.cursorRect(QTextCursor(block)).x()


def test_each_paragraph_follows_its_own_direction_in_the_editor_and_preview(
    qtbot: QtBot,
) -> None:
    editor = _editor(qtbot)
    editor.show()
    qtbot.waitExposed(editor)
    editor.load("", "Hello world\n\nمرحبا بالعالم هذه فقرة\n\n# عنوان 🧪\n\nBack to English")
    body = editor.body_edit
    QApplication.processEvents()
    body.viewport().repaint()
    middle = body.viewport().width() / 2
    # Paragraphs 0, 2, 4, 6 (blank lines between): a paragraph's text starts at its own side.
    assert _start_x(body, 0) < middle and _start_x(body, 6) < middle
    assert _start_x(body, 2) > middle and _start_x(body, 4) > middle

    editor.preview_action.setChecked(True)
    preview = editor.preview
    QApplication.processEvents()
    texts = [preview.document().findBlockByNumber(i).text() for i in range(4)]
    arabic = texts.index("مرحبا بالعالم هذه فقرة")
    english = texts.index("Hello world")
    assert _start_x(preview, arabic) > preview.viewport().width() / 2
    assert _start_x(preview, english) < preview.viewport().width() / 2


@settings(max_examples=80, deadline=None)
@given(text=INTERNATIONAL)
def test_paragraph_direction_agrees_with_qt(text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setPlainText(text)
    qt_rtl = document.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert paragraph_is_rtl(text) == qt_rtl
