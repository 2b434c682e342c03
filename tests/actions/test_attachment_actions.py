"""Attachment actions: storing, attaching, taking out and putting back, each undoable."""

from __future__ import annotations

from pathlib import Path

from journal.actions import Kind, info
from journal.actions import attachments as act
from journal.actions import entries as entry_act
from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.read_models.attachments import entry_attachments, revision_attachments
from journal.store.read_models.entries import read_entry


class _Token:
    def __init__(self) -> None:
        self.cancelled = False


def _undo(journal: Journal, outcome: act.Outcome) -> act.Outcome:
    assert outcome.inverse is not None
    step = outcome.inverse
    return step.action(journal, *step.args, **step.kwargs)


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _names(journal: Journal, entry_id: str) -> list[str]:
    return [item.filename for item in entry_attachments(journal, entry_id)]


def _entry_with_files(journal: Journal, tmp_path: Path, *names: str) -> tuple[str, list[str]]:
    entry_id = entry_act.create_entry(journal, title="Volcano").value
    sources = [_file(tmp_path, name, name.encode() * 10) for name in names]
    stored = act.store_files(journal, sources).value.stored
    added = act.attach_files(journal, entry_id, stored).value.added
    return entry_id, list(added)


def test_every_attachment_action_is_described() -> None:
    for fn in (act.store_files, act.attach_files, act.detach_files, act.reattach_files):
        described = info(fn)
        assert described is not None and described.label


def test_store_files_copies_without_changing_the_journal_and_reports_progress(
    journal: Journal, tmp_path: Path
) -> None:
    a = _file(tmp_path, "a.bin", b"a" * 3000)
    b = _file(tmp_path, "b.bin", b"b" * 2000)
    seen: list[tuple[int, int]] = []

    outcome = act.store_files(
        journal, [a, tmp_path / "gone.bin", b], progress=lambda d, t: seen.append((d, t))
    )

    result = outcome.value
    assert [f.filename for f in result.stored] == ["a.bin", "b.bin"]
    assert all(blob_path(journal.paths, f.sha256).is_file() for f in result.stored)
    assert len(result.problems) == 1 and "gone.bin" in result.problems[0]
    assert not result.cancelled
    assert not outcome.changes and outcome.inverse is None
    assert seen[-1] == (act.PROGRESS_STEPS, act.PROGRESS_STEPS)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_store_files_stops_when_cancelled(journal: Journal, tmp_path: Path) -> None:
    token = _Token()
    token.cancelled = True
    result = act.store_files(journal, [_file(tmp_path, "a.bin", b"a")], cancel=token).value
    assert result.cancelled and result.stored == ()


def test_attach_reports_attachments_and_its_inverse_takes_them_out(
    journal: Journal, tmp_path: Path
) -> None:
    entry_id = entry_act.create_entry(journal, title="Volcano").value
    stored = act.store_files(
        journal, [_file(tmp_path, "one.png", b"1"), _file(tmp_path, "two.pdf", b"2")]
    ).value.stored

    outcome = act.attach_files(journal, entry_id, stored)

    assert len(outcome.value.added) == 2 and outcome.value.already == ()
    assert outcome.changes.touches_entry(entry_id, Kind.ATTACHMENTS)
    assert _names(journal, entry_id) == ["one.png", "two.pdf"]
    assert read_entry(journal, entry_id).has_unsaved_draft
    _undo(journal, outcome)
    assert _names(journal, entry_id) == []


def test_attaching_a_file_the_entry_has_changes_nothing(journal: Journal, tmp_path: Path) -> None:
    entry_id, _ = _entry_with_files(journal, tmp_path, "one.png")
    again = act.store_files(journal, [_file(tmp_path, "copy.png", b"one.png" * 10)]).value

    outcome = act.attach_files(journal, entry_id, again.stored)

    assert outcome.value.added == () and [f.filename for f in outcome.value.already] == ["copy.png"]
    assert not outcome.changes and outcome.inverse is None
    assert _names(journal, entry_id) == ["one.png"]


def test_detach_is_undone_with_the_files_back_in_their_places(
    journal: Journal, tmp_path: Path
) -> None:
    entry_id, links = _entry_with_files(journal, tmp_path, "a.png", "b.png", "c.png", "d.png")

    outcome = act.detach_files(journal, entry_id, [links[1], links[3]])

    assert outcome.value == 2
    assert outcome.changes.touches_entry(entry_id, Kind.ATTACHMENTS)
    assert _names(journal, entry_id) == ["a.png", "c.png"]
    back = _undo(journal, outcome)
    assert _names(journal, entry_id) == ["a.png", "b.png", "c.png", "d.png"]
    assert [item.id for item in entry_attachments(journal, entry_id)] == links
    # Redo, then undo again: the inverse of putting back is taking out.
    _undo(journal, back)
    assert _names(journal, entry_id) == ["a.png", "c.png"]


def test_a_file_added_after_a_removal_goes_last(journal: Journal, tmp_path: Path) -> None:
    entry_id, links = _entry_with_files(journal, tmp_path, "a.png", "b.png", "c.png")
    act.detach_files(journal, entry_id, [links[0]])
    stored = act.store_files(journal, [_file(tmp_path, "new.png", b"new")]).value.stored

    act.attach_files(journal, entry_id, stored)

    assert _names(journal, entry_id) == ["b.png", "c.png", "new.png"]


def test_detaching_nothing_changes_nothing(journal: Journal, tmp_path: Path) -> None:
    entry_id, _ = _entry_with_files(journal, tmp_path, "a.png")
    outcome = act.detach_files(journal, entry_id, ["no-such-link"])
    assert outcome.value == 0 and not outcome.changes and outcome.inverse is None


def test_an_older_revision_keeps_a_detached_file(journal: Journal, tmp_path: Path) -> None:
    entry_id, links = _entry_with_files(journal, tmp_path, "draft.png")
    revision = entry_act.save_revision(journal, entry_id).value
    assert revision is not None

    act.detach_files(journal, entry_id, links)

    kept = revision_attachments(journal, revision.id)
    assert [item.filename for item in kept.items] == ["draft.png"]
    assert kept.entry_id == entry_id and kept.seq == revision.seq
