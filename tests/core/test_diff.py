"""The word-level diff: exact on both sides, readable, Unicode-safe."""

from __future__ import annotations

import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from journal.core.diff import Segment, WordDiff, diff_words, is_word, tokenize


def _kinds(segments: tuple[Segment, ...]) -> set[str]:
    return {segment.kind for segment in segments}


def _texts(segments: tuple[Segment, ...], kind: str) -> list[str]:
    return [segment.text for segment in segments if segment.kind == kind]


# Text made of the pieces that make diffs hard: repeated words, spaces, line
# breaks, punctuation, Markdown, emoji with modifiers and joiners, accents,
# right-to-left scripts, Indic vowel signs, and any other character at all.
PIECES = st.sampled_from(
    [
        "the",
        "cat",
        "sat",
        "mat",
        "I",
        "don't",
        "self-portrait",
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        ",",
        "!",
        "**",
        "# ",
        "- [ ] ",
        "👍",
        "👍🏽",
        "🏽",
        "🇫🇷",
        "👨‍👩‍👧",
        "\u200d",
        "1️⃣",
        "café",
        "cafe\u0301",
        "\u0301",
        "שָׁלוֹם",
        "مرحبا",
        "हिन्दी",
        "\u200f",
        "_",
        "\t",
        "\r\n",
    ]
)
TEXT = st.one_of(
    st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(old=TEXT, new=TEXT)
def test_segments_put_back_together_give_both_texts_exactly(old: str, new: str) -> None:
    diff = diff_words(old, new)
    assert "".join(segment.text for segment in diff.old) == old
    assert "".join(segment.text for segment in diff.new) == new
    assert diff.old_text() == old
    assert diff.new_text() == new
    assert _kinds(diff.old) <= {"same", "removed"}
    assert _kinds(diff.new) <= {"same", "added"}
    assert all(segment.text for segment in diff.old + diff.new)


@settings(max_examples=300, deadline=None)
@given(old=TEXT, new=TEXT)
@example(old=":the :", new=":")  # a deletion at the end once slid past the text's end
def test_blocks_align_the_two_texts(old: str, new: str) -> None:
    diff = diff_words(old, new)
    assert "".join(block.old for block in diff.blocks) == old
    assert "".join(block.new for block in diff.blocks) == new
    for block in diff.blocks:
        if block.tag == "equal":
            assert block.old == block.new
        else:
            assert block.old != block.new
    assert diff.words_removed <= sum(1 for t in tokenize(old) if is_word(t))
    assert diff.words_added <= sum(1 for t in tokenize(new) if is_word(t))


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_tokens_put_back_together_give_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_a_text_compared_with_itself_has_no_changes(text: str) -> None:
    diff = diff_words(text, text)
    assert diff.identical
    assert (diff.words_added, diff.words_removed) == (0, 0)
    assert _kinds(diff.old) <= {"same"}
    assert _kinds(diff.new) <= {"same"}


@settings(max_examples=200, deadline=None)
@given(old=TEXT, extra=st.sampled_from(["zebra", "quokka", "narwhal"]))
def test_one_new_word_at_the_end_is_one_word_added(old: str, extra: str) -> None:
    diff = diff_words(old, old + " " + extra)
    assert diff.words_added == 1
    assert diff.words_removed == 0
    assert extra in _texts(diff.new, "added")[-1]
    assert _kinds(diff.old) <= {"same"}


def test_empty_texts_compare_as_identical() -> None:
    diff = diff_words("", "")
    assert diff == WordDiff(old=(), new=(), words_added=0, words_removed=0, blocks=())
    assert diff.identical


def test_everything_is_added_to_an_empty_text() -> None:
    diff = diff_words("", "My first draft.")
    assert diff.old == ()
    assert diff.new == (Segment("My first draft.", "added"),)
    assert (diff.words_added, diff.words_removed) == (3, 0)


def test_everything_is_removed_when_the_text_is_cleared() -> None:
    diff = diff_words("My first draft.", "")
    assert diff.old == (Segment("My first draft.", "removed"),)
    assert diff.new == ()
    assert (diff.words_added, diff.words_removed) == (0, 3)


def test_identical_texts_are_one_same_segment_each_side() -> None:
    text = "# Volcano\n\nI built a model volcano.\n"
    diff = diff_words(text, text)
    assert diff.old == (Segment(text, "same"),)
    assert diff.new == (Segment(text, "same"),)


def test_changed_words_are_marked_on_their_own_side() -> None:
    diff = diff_words("The red cat sat on the mat.", "The blue cat sat on a mat!")
    assert _texts(diff.old, "removed") == ["red", "the", "."]
    assert _texts(diff.new, "added") == ["blue", "a", "!"]
    assert (diff.words_added, diff.words_removed) == (2, 2)


def test_spaces_between_two_changed_words_join_one_change() -> None:
    diff = diff_words("A red big cat.", "A blue small cat.")
    assert _texts(diff.old, "removed") == ["red big"]
    assert _texts(diff.new, "added") == ["blue small"]
    assert (diff.words_added, diff.words_removed) == (2, 2)


def test_a_line_break_between_changes_stays_unchanged() -> None:
    diff = diff_words("one\ntwo", "uno\ndos")
    assert diff.old == (
        Segment("one", "removed"),
        Segment("\n", "same"),
        Segment("two", "removed"),
    )


def test_completely_different_texts_are_all_removed_and_all_added() -> None:
    diff = diff_words("apples and pears", "zebra; quokka!")
    assert diff.old == (Segment("apples and pears", "removed"),)
    assert diff.new == (Segment("zebra; quokka!", "added"),)
    assert (diff.words_added, diff.words_removed) == (2, 3)


def test_emoji_are_never_split_from_their_modifiers() -> None:
    diff = diff_words("Great work 👍🏽 🇫🇷 👨‍👩‍👧", "Great work 👍🏿 🇩🇪 👨‍👩‍👦")
    assert _texts(diff.old, "removed") == ["👍🏽 🇫🇷 👨‍👩‍👧"]
    assert _texts(diff.new, "added") == ["👍🏿 🇩🇪 👨‍👩‍👦"]
    # Emoji are not words.
    assert (diff.words_added, diff.words_removed) == (0, 0)


def test_accents_and_vowel_signs_stay_in_their_word() -> None:
    assert tokenize("cafe\u0301 हिन्दी") == ["cafe\u0301", " ", "हिन्दी"]
    diff = diff_words("un cafe\u0301 noir", "un cafe noir")
    assert _texts(diff.old, "removed") == ["cafe\u0301"]
    assert _texts(diff.new, "added") == ["cafe"]


def test_right_to_left_words_are_compared_as_words() -> None:
    old = "שָׁלוֹם עוֹלָם, مرحبا بالعالم"
    new = "שָׁלוֹם חברים, مرحبا بالعالم"
    diff = diff_words(old, new)
    assert _texts(diff.old, "removed") == ["עוֹלָם"]
    assert _texts(diff.new, "added") == ["חברים"]
    assert (diff.words_added, diff.words_removed) == (1, 1)


def test_markdown_marks_are_separate_from_words() -> None:
    diff = diff_words("I am **proud** of it", "I am proud of it")
    assert _texts(diff.old, "removed") == ["**", "**"]
    assert _kinds(diff.new) == {"same"}
    assert (diff.words_added, diff.words_removed) == (0, 0)


def test_contractions_and_hyphenated_words_count_as_one_word() -> None:
    assert [t for t in tokenize("I don't like self-portraits.") if is_word(t)] == [
        "I",
        "don't",
        "like",
        "self-portraits",
    ]


def _long_text(rnd: random.Random, n_words: int) -> str:
    vocab = [
        "the",
        "volcano",
        "foam",
        "measured",
        "I",
        "my",
        "teacher",
        "table",
        "result",
        "because",
        "then",
        "again",
        "model",
        "idea",
        "plan",
        "draft",
        "group",
        "time",
    ]
    words = []
    for i in range(n_words):
        word = rnd.choice(vocab)
        if i % 12 == 11:
            word += "."
        if i % 90 == 89:
            word += "\n\n"
        words.append(word)
    return " ".join(words)


def test_a_long_text_with_scattered_edits_is_compared_exactly() -> None:
    rnd = random.Random(3)
    old = _long_text(rnd, 20_000)
    words = old.split(" ")
    for _ in range(200):
        words[rnd.randrange(len(words))] = "CHANGED"
    new = " ".join(words)
    diff = diff_words(old, new)
    assert diff.old_text() == old
    assert diff.new_text() == new
    assert 150 <= diff.words_added <= 250
    assert all("CHANGED" in s.text for s in diff.new if s.kind == "added")


def test_two_long_unrelated_texts_are_compared_exactly() -> None:
    rnd = random.Random(5)
    old, new = _long_text(rnd, 20_000), _long_text(rnd, 20_000)
    diff = diff_words(old, new)
    assert diff.old_text() == old
    assert diff.new_text() == new


def test_a_new_paragraph_is_added_whole_after_the_full_stop() -> None:
    diff = diff_words("I drew a sketch.", "I drew a sketch.\n\nThen I built it.")
    assert diff.old == (Segment("I drew a sketch.", "same"),)
    assert _texts(diff.new, "added") == ["\n\nThen I built it."]


def test_a_removed_paragraph_is_marked_from_its_first_word() -> None:
    diff = diff_words("One.\n\nTwo.\n\nThree.", "One.\n\nThree.")
    assert _texts(diff.old, "removed") == ["Two.\n\n"]
    assert diff.new == (Segment("One.\n\nThree.", "same"),)


def test_a_rewritten_sentence_is_one_change_not_confetti() -> None:
    diff = diff_words(
        "I built a model volcano and measured how far the foam travelled.",
        "I wrote a poem about the river near our school.",
    )
    assert _texts(diff.old, "removed") == [
        "built a model volcano and measured how far the foam travelled"
    ]
    assert _texts(diff.new, "added") == ["wrote a poem about the river near our school"]
