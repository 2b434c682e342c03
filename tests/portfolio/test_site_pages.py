"""What a teacher reads on an entry's page: checklists as ticked boxes, the title
once, and "words added" counted against the version shown beside it."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.portfolio.export import export_portfolio
from journal.portfolio.render import markdown_to_html
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision


def _entry_page(journal: Journal, out: Path, entry_id: str) -> str:
    export_portfolio(journal, out)
    with zipfile.ZipFile(out) as archive:
        return archive.read(f"entries/{entry_id}.html").decode()


def _article(page: str) -> str:
    return page[page.index("<article>") : page.index("</article>")]


def test_a_checklist_is_read_as_ticked_and_unticked_boxes() -> None:
    html = str(markdown_to_html("- [x] Measured the span\n- [ ] Tested with 3 kg\n- A note"))
    boxes = re.findall(r"<input[^>]*>", html)
    assert len(boxes) == 2
    assert 'checked="checked"' in boxes[0] and "checked" not in boxes[1]
    assert all('type="checkbox"' in b and "disabled" in b for b in boxes)
    # Each box is labelled by its own text (a screen reader says what is ticked).
    assert re.search(r"<label><input[^>]*> Measured the span</label>", html)
    assert "[x]" not in html and "[ ]" not in html
    assert re.search(r"<li[^>]*>A note</li>", html)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_no_text_in_a_checklist_adds_markup_of_its_own(text: str) -> None:
    """Whatever follows the box, the only inputs are the read-only boxes."""
    html = str(markdown_to_html(f"- [x] {text}\n- [ ] <input type=text onfocus=alert(1)>"))
    allowed = re.compile(
        r'<input class="task-list-item-checkbox"( checked="checked")? '
        r'disabled="disabled" type="checkbox">'
    )
    tags = re.findall(r"<input[^>]*>", html)
    assert tags and all(allowed.fullmatch(tag) for tag in tags), tags


def test_the_entry_title_appears_once_and_words_added_match_the_version_beside(
    journal: Journal, tmp_path: Path
) -> None:
    when = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    with journal.write() as s:
        entry = create_entry(
            s,
            title="Volcano model",
            body="lava rock ash",
            learned_on=date(2026, 4, 1),
            privacy="shareable",
            now=when,
        )
        save_revision(s, entry.id, body="lava rock ash magma vent", note="Two parts named.",
                      now=datetime(2026, 4, 2, tzinfo=UTC))  # fmt: skip
        save_revision(s, entry.id, body="lava rock magma vent crater", note="Crater.",
                      now=datetime(2026, 4, 3, tzinfo=UTC))  # fmt: skip
        entry_id = entry.id
    article = _article(_entry_page(journal, tmp_path / "p.portfolio.zip", entry_id))
    assert article.count("Volcano model") == 1
    # Latest beside the first: "ash" went, "magma vent crater" came, since version 1.
    assert "since version 1: 3 added, 1 removed" in article


def test_a_title_changed_between_versions_is_shown_with_the_version(
    journal: Journal, tmp_path: Path
) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Draft name", body="one", privacy="shareable",
                             learned_on=date(2026, 4, 1))  # fmt: skip
        save_revision(s, entry.id, title="Final name", body="one two", note="Renamed.")
        entry_id = entry.id
    article = _article(_entry_page(journal, tmp_path / "p.portfolio.zip", entry_id))
    assert article.count("Final name") == 1  # the heading
    assert "Titled then: <strong>Draft name</strong>" in article
