"""A small journal with everything a portfolio carries, and helpers to compare journals."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from journal.demo import _png
from journal.store.attachments import attach, store_bytes
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision, trash_entry
from journal.store.models import (
    Base,
    Checkpoint,
    CheckpointRating,
    Criterion,
    Feedback,
    Goal,
    GoalAction,
    GoalEvidence,
    LearnerProfile,
    Reflection,
)

SECRET = "PRIVATE-DIARY-WORDS-7731"
SECRET_GOAL = "SECRET-GOAL-TITLE-4410"
TRASHED = "TRASHED-ENTRY-WORDS-5521"
XSS_BODY = """# Trying things

<script>document.title='pwned-script'</script>

<img src=x onerror="document.title='pwned-onerror'">

[click me](javascript:document.title='pwned-link') and [data](data:text/html,<script>1</script>)

![remote](https://tracker.example/pixel.png)

<a href="javascript:alert(1)">raw link</a> <svg onload="alert(1)"></svg>
"""
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    b"<script>alert(1)</script>"
    b'<rect width="40" height="20" fill="#36c"/></svg>'
)
WHEN = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Filled:
    journal: Journal
    shared_id: str
    private_id: str
    xss_id: str
    goal_id: str
    private_goal_id: str
    criterion_id: str
    checkpoint_id: str
    revision_ids: list[str]


def fill(journal: Journal) -> Filled:
    png = store_bytes(journal.paths, _png(40, 30, (30, 90, 160), None), "bridge.png")  # type: ignore[arg-type]
    svg = store_bytes(journal.paths, SVG, "diagram.svg")
    with journal.write() as s:
        profile = s.scalar(select(LearnerProfile))
        assert profile is not None
        profile.name = "Ada Example"
        profile.statement = "I learn best **by building** things and talking them through."
        shared = create_entry(
            s,
            title="Bridge of straws",
            body="First try: it fell down.",
            learned_on=date(2026, 3, 2),
            attributes={"voice", "social"},
            privacy="shareable",
            tags=["design", "Group work"],
            now=WHEN,
        )
        attach(s, shared.id, png)
        r2 = save_revision(
            s,
            shared.id,
            body="Second try with triangles. ![bridge](bridge.png)",
            note="Added triangles after the test.",
            now=datetime(2026, 3, 4, 9, 0, tzinfo=UTC),
        )
        attach(s, shared.id, svg)
        r3 = save_revision(
            s,
            shared.id,
            body="Final bridge held 2 kg.\n\n## What I learned\n\nTriangles are strong.",
            note="Wrote what I learned.",
            now=datetime(2026, 3, 9, 9, 0, tzinfo=UTC),
        )
        assert r2 is not None and r3 is not None
        private = create_entry(
            s,
            title="My diary",
            body=f"Only for me: {SECRET}",
            learned_on=date(2026, 3, 3),
            privacy="private",
            now=WHEN,
        )
        xss = create_entry(
            s,
            title="<script>alert('title')</script> & friends",
            body=XSS_BODY,
            learned_on=date(2026, 3, 5),
            privacy="shareable",
            now=WHEN,
        )
        trashed = create_entry(
            s,
            title="Gone",
            body=TRASHED,
            privacy="shareable",
            learned_on=date(2026, 3, 1),
            now=WHEN,
        )
        trash_entry(s, trashed.id)
        goal = Goal(
            title="Build a bridge that holds 2 kg",
            why_it_matters="I want to *understand* forces.",
            task="A bridge and a short talk",
            audience="class",
            co_created_with="Mr Lee",
            status="achieved",
            start_on=date(2026, 3, 1),
            target_on=date(2026, 3, 20),
            created_at=WHEN,
            updated_at=WHEN,
        )
        goal.criteria = [
            Criterion(text="I explain why triangles help", position=0, proposed_by="teacher"),
            Criterion(text="The bridge holds 2 kg", position=1),
        ]
        goal.actions = [GoalAction(text="Sketch three designs", done=True, position=0)]
        s.add(goal)
        s.flush()
        checkpoint = Checkpoint(
            goal_id=goal.id, title="Halfway", due_on=date(2026, 3, 8), note="Going well."
        )
        s.add(checkpoint)
        s.flush()
        s.add(
            CheckpointRating(checkpoint_id=checkpoint.id, criterion_id=goal.criteria[0].id, level=3)
        )
        s.add(
            GoalEvidence(
                goal_id=goal.id,
                entry_id=shared.id,
                revision_id=r3.id,
                criterion_id=goal.criteria[1].id,
                note="It held!",
                added_at=WHEN,
            )
        )
        s.add(
            GoalEvidence(
                goal_id=goal.id, entry_id=private.id, note="private evidence", added_at=WHEN
            )
        )
        private_goal = Goal(title=SECRET_GOAL, audience="private", created_at=WHEN, updated_at=WHEN)
        s.add(private_goal)
        s.flush()
        s.add_all(
            [
                Reflection(
                    prompt_text="What helped me?",
                    attribute="social",
                    body="Working in a **group**.",
                    created_at=WHEN,
                    entry_id=shared.id,
                    revision_id=r3.id,
                    place="classroom",
                    energy=4,
                ),
                Reflection(
                    prompt_text="How do I feel?",
                    attribute="selfdiscovery",
                    body=f"Private feelings {SECRET}",
                    created_at=WHEN,
                    entry_id=private.id,
                ),
                Reflection(
                    prompt_text="Where am I going?",
                    attribute="voice",
                    body="Towards engineering.",
                    created_at=WHEN,
                    goal_id=goal.id,
                ),
                Reflection(
                    prompt_text="Secret plans",
                    attribute="voice",
                    body=f"About {SECRET_GOAL}",
                    created_at=WHEN,
                    goal_id=private_goal.id,
                ),
            ]
        )
        s.add(
            Feedback(
                author_name="Mr Lee",
                target_kind="entry",
                target_id=shared.id,
                body="Great testing!",
                written_at=WHEN,
            )
        )
        ids = Filled(
            journal,
            shared.id,
            private.id,
            xss.id,
            goal.id,
            private_goal.id,
            goal.criteria[0].id,
            checkpoint.id,
            [r.id for r in shared.revisions],
        )
    return ids


@pytest.fixture
def filled(journal: Journal) -> Filled:
    return fill(journal)


def table_counts(journal: Journal) -> dict[str, int]:
    with journal.read() as s:
        return {
            name: int(s.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }


def db_fingerprint(journal: Journal) -> str:
    """Hash of the database's bytes (with its write-ahead log) and of the attachment folder."""
    digest = hashlib.sha256(journal.paths.database.read_bytes())
    wal = journal.paths.database.with_name(journal.paths.database.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    for path in sorted(journal.paths.attachments.rglob("*")):
        digest.update(str(path.relative_to(journal.paths.root)).encode())
    return digest.hexdigest()


def import_temp_dirs() -> set[str]:
    root = Path(tempfile.gettempdir())
    return {p.name for p in root.glob("journal-import-*")} | {
        p.name for p in root.glob("journal-review-*")
    }


@pytest.fixture
def second_journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(tmp_path / "second", auto_backup=False)
    try:
        yield j
    finally:
        j.close()
