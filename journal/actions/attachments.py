"""Actions on an entry's files: store them, attach them, take them out, put them back.

Copying a file into the journal (:func:`store_files`) is long work with no
database transaction: the window runs it on the writer thread through
``ActionRunner.submit`` with progress and Cancel. Attaching the stored files
(:func:`attach_files`) is one short transaction, undoable like every
structural change: its inverse takes the files out again, and taking files
out (:func:`detach_files`) is undone by putting them back in their places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.store import attachments as store
from journal.store.attachments import LinkState, StoredFile, store_file
from journal.store.database import Journal
from journal.store.entries import get_entry
from journal.store.errors import JournalError

#: Progress of a copy is reported in thousandths (byte counts can overflow a progress bar).
PROGRESS_STEPS = 1000


class Cancellable(Protocol):
    @property
    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class StoreResult:
    """What copying several files into the journal achieved (nothing is attached yet)."""

    stored: tuple[StoredFile, ...] = ()
    problems: tuple[str, ...] = ()
    cancelled: bool = False


@dataclass(frozen=True)
class AttachResult:
    """The new links (in order) and the files the entry already had (not added twice)."""

    added: tuple[str, ...] = ()
    already: tuple[StoredFile, ...] = field(default_factory=tuple)


def _copy_all(
    journal: Journal,
    sources: Sequence[Path],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> StoreResult:
    sizes = []
    for source in sources:
        try:
            sizes.append(Path(source).stat().st_size)
        except OSError:
            sizes.append(0)
    total = max(sum(sizes), 1)
    stored: list[StoredFile] = []
    problems: list[str] = []
    offset = 0
    for source, size in zip(sources, sizes, strict=True):
        if cancelled():
            return StoreResult(problems=tuple(problems), cancelled=True)

        def file_progress(done: int, _total: int, base: int = offset) -> None:
            if progress is not None:
                progress(min(base + done, total) * PROGRESS_STEPS // total, PROGRESS_STEPS)

        try:
            stored.append(
                store_file(journal.paths, Path(source), progress=file_progress, cancelled=cancelled)
            )
        except JournalError as exc:
            if cancelled():
                return StoreResult(problems=tuple(problems), cancelled=True)
            problems.append(str(exc))
        offset += size
    return StoreResult(tuple(stored), tuple(problems))


@action("Add files")
def store_files(
    journal: Journal,
    sources: Sequence[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancellable | None = None,
) -> Outcome[StoreResult]:
    """Copy files into the journal's attachment store (long work; no transaction).

    Progress is reported over all files together, in thousandths. A file that
    can't be read is reported in ``problems`` and the rest still go in; Cancel
    stops them all (what was copied stays stored but is attached nowhere).
    Nothing changes in the journal itself until :func:`attach_files`.
    """

    def cancelled() -> bool:
        return cancel is not None and cancel.cancelled

    return Outcome(_copy_all(journal, sources, progress, cancelled))


@action("Add files")
def attach_files(
    journal: Journal, entry_id: str, files: Sequence[StoredFile]
) -> Outcome[AttachResult]:
    """Attach stored files to the entry's working files; a file it already has is skipped."""
    added: list[str] = []
    already: list[StoredFile] = []
    with journal.write() as session:
        entry = get_entry(session, entry_id)
        have = {link.attachment.sha256 for link in entry.attachments}
        for file in files:
            if file.sha256 in have:
                already.append(file)
                continue
            added.append(store.attach(session, entry_id, file).id)
            have.add(file.sha256)
    result = AttachResult(tuple(added), tuple(already))
    if not added:
        return Outcome(result)
    return Outcome(
        result,
        Changes.of(Kind.ATTACHMENTS, entries=[entry_id]),
        Inverse(detach_files, (entry_id, tuple(added))),
    )


@action("Remove files")
def detach_files(journal: Journal, entry_id: str, link_ids: Iterable[str]) -> Outcome[int]:
    """Take files out of the entry (older revisions keep them); the value is how many."""
    with journal.write() as session:
        taken = store.detach_links(session, entry_id, link_ids)
    if not taken:
        return Outcome(0)
    return Outcome(
        len(taken),
        Changes.of(Kind.ATTACHMENTS, entries=[entry_id]),
        Inverse(reattach_files, (entry_id, tuple(taken))),
    )


@action("Put files back")
def reattach_files(
    journal: Journal, entry_id: str, links: Sequence[LinkState]
) -> Outcome[tuple[str, ...]]:
    """Put files taken out by :func:`detach_files` back where they were."""
    with journal.write() as session:
        back = tuple(store.reattach_links(session, entry_id, links))
    if not back:
        return Outcome(back)
    return Outcome(
        back,
        Changes.of(Kind.ATTACHMENTS, entries=[entry_id]),
        Inverse(detach_files, (entry_id, back)),
    )
