from journal.store.database import Journal
from journal.store.entries import create_entry, list_revisions, save_revision


def test_saving_identical_text_adds_no_revision(journal: Journal) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Volcano", body="It erupted.")
    with journal.write() as s:
        assert save_revision(s, entry.id) is None
        assert save_revision(s, entry.id, body="It erupted twice.") is not None
    with journal.read() as s:
        assert [r.seq for r in list_revisions(s, entry.id)] == [1, 2]
