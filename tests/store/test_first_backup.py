"""A new journal is backed up when it is created, and again after its first hour (issue 10, #4).

``backup_due(paths, now)`` is what the window asks as the student writes; the
cases are generated: when the journal was created, when each backup was taken,
and what time it is now.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.store.backup import AUTO_BACKUP_AGE, FIRST_HOUR, backup_due, list_backups
from journal.store.database import Journal
from journal.store.paths import JournalPaths
from tests.store.dbutil import execute

CREATED = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


def test_a_brand_new_journal_has_a_backup_at_once(tmp_path: Path) -> None:
    root = tmp_path / "new"
    with Journal.open(root) as journal:
        backups = list_backups(journal.paths)
        assert len(backups) == 1
        # It is a whole journal that restore would accept.
        from journal.store.backup import journal_file_problem

        assert journal_file_problem(backups[0].path) is None
        # Not due again during the first hour; due after it.
        taken = backups[0].taken_at
        assert not backup_due(journal.paths, taken + timedelta(minutes=59))
        assert backup_due(journal.paths, taken + FIRST_HOUR + timedelta(seconds=1))
    # Opening again soon after takes no second backup.
    Journal.open(root).close()
    assert len(list_backups(JournalPaths(root))) == 1


def test_opening_without_auto_backup_creates_none(tmp_path: Path) -> None:
    Journal.open(tmp_path / "quiet", auto_backup=False).close()
    assert list_backups(JournalPaths(tmp_path / "quiet")) == []


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%S%fZ")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    offsets=st.lists(st.integers(min_value=-3 * 24 * 3600, max_value=5 * 24 * 3600),
                     max_size=6, unique=True),
    now_offset=st.integers(min_value=0, max_value=6 * 24 * 3600),
)  # fmt: skip
def test_backup_due_follows_the_rule_for_every_generated_history(
    journal: Journal, offsets: list[int], now_offset: int
) -> None:
    paths = journal.paths
    for old in paths.backups.glob("journal-*.db"):
        old.unlink()
    execute(paths.database, "UPDATE learner_profile SET created_at = ?",
            CREATED.replace(tzinfo=None).isoformat(sep=" "))  # fmt: skip
    now = CREATED + timedelta(seconds=now_offset)
    taken = [CREATED + timedelta(seconds=o) for o in offsets]
    taken = [t for t in taken if t <= now]  # no backups from the future
    for when in taken:
        (paths.backups / f"journal-{_stamp(when)}.db").write_bytes(b"")
    due = backup_due(paths, now)
    if not taken:
        assert due
        return
    newest = max(taken)
    if now - newest >= AUTO_BACKUP_AGE:
        assert due
    elif now < CREATED + FIRST_HOUR:
        assert not due  # the creation backup covers the first hour
    elif newest < CREATED + FIRST_HOUR:
        assert due  # the first hour of writing is over and not backed up yet
    else:
        assert not due
