"""Teacher review: a portfolio opened read-only from a temporary store, and its feedback.

:func:`load_for_review` verifies the archive in full (manifest hashes and sizes,
format version, every field), then builds a journal of its own in a new
temporary folder from ``portfolio.json`` and reopens it read-only. The
teacher's own journal is never opened or touched. The window shows that
journal under :attr:`ReviewSession.banner`; the teacher's comments are kept on
the session and saved as a ``*.feedback.json`` with
:meth:`ReviewSession.write_feedback`.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journal.core.exhibitions import PanelNoteKind
from journal.portfolio.archive import OpenedPortfolio, open_portfolio
from journal.portfolio.checker import Checker
from journal.portfolio.errors import ImportRefused
from journal.portfolio.feedback import (
    FEEDBACK_SUFFIX,
    MAX_COMMENT_CHARS,
    PANEL_KINDS,
    TARGET_KINDS,
    FeedbackComment,
    FeedbackFile,
    PanelFeedback,
    new_feedback_file,
    read_feedback_file,
    write_feedback_file,
)
from journal.portfolio.formatting import format_day
from journal.portfolio.model import PortfolioData
from journal.portfolio.portfolio_import import apply_portfolio
from journal.portfolio.schema import Manifest, parse_json
from journal.store.attachments import store_file
from journal.store.database import Journal
from journal.store.models import FeedbackTarget
from journal.store.scratch import make_scratch_dir, remove_scratch_dir

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ReviewInfo:
    """What the review banner and the class overview say about a portfolio."""

    student_name: str
    journal_id: str
    portfolio_id: str
    exported_at: datetime
    app_version: str
    entries: int
    revisions: int
    goals: int
    reflections: int


class ReviewSession:
    """An open portfolio under review. Close it to remove the temporary store."""

    def __init__(
        self, path: Path, folder: Path, journal: Journal, manifest: Manifest, data: PortfolioData
    ) -> None:
        self.path = path
        self.folder = folder
        self.journal = journal
        self.manifest = manifest
        self.data = data
        #: The exhibitions the portfolio carries (pages and stations).
        self.exhibitions: list[ReviewExhibition] = []
        self.feedback: FeedbackFile = new_feedback_file(
            portfolio_id=data.portfolio_id,
            journal_id=data.profile.journal_id,
            student_name=data.profile.name,
            author_name="",
        )

    @property
    def info(self) -> ReviewInfo:
        return ReviewInfo(
            student_name=self.data.profile.name,
            journal_id=self.data.profile.journal_id,
            portfolio_id=self.data.portfolio_id,
            exported_at=self.manifest.created_at,
            app_version=self.manifest.app_version,
            entries=len(self.data.entries),
            revisions=self.data.revision_total,
            goals=len(self.data.goals),
            reflections=len(self.data.reflections),
        )

    @property
    def student_name(self) -> str:
        return self.data.profile.name or "A student"

    @property
    def banner(self) -> str:
        exported = self.manifest.created_at
        return (
            f"Reviewing {self.student_name}’s portfolio, exported on {format_day(exported)}"
            " – read-only; your comments go into a feedback file."
        )

    @property
    def comments(self) -> list[FeedbackComment]:
        return list(self.feedback.comments)

    @property
    def panel_notes(self) -> list[PanelFeedback]:
        return list(self.feedback.panel_notes)

    def add_panel_note(
        self,
        exhibition_id: str,
        kind: str,
        text: str = "",
        *,
        station_id: str | None = None,
        criterion_id: str | None = None,
        level: int | None = None,
        author_name: str | None = None,
        now: datetime | None = None,
    ) -> PanelFeedback:
        """A wow, wonder or question (with text), or a rating 1–4 of a criterion a
        station links to, on an exhibition this portfolio carries."""
        exhibition = next((e for e in self.exhibitions if e.id == exhibition_id), None)
        if exhibition is None:
            raise ValueError(f"this portfolio has no exhibition {exhibition_id}")
        station = next((s for s in exhibition.stations if s.id == station_id), None)
        if station_id is not None and station is None:
            raise ValueError(f"that exhibition has no station {station_id}")
        if kind not in PANEL_KINDS:
            raise ValueError(f"panel notes are one of {sorted(PANEL_KINDS)}")
        if kind == PanelNoteKind.RATING:
            if station is None or criterion_id not in {c for c, _ in station.criteria}:
                raise ValueError("a rating is of a criterion the station links to")
            if level is None or not 1 <= level <= 4:
                raise ValueError("a rating is a level from 1 to 4")
        else:
            text = text.strip()
            if not text or len(text) > MAX_COMMENT_CHARS:
                raise ValueError("a note needs some text (and at most 20,000 characters)")
            criterion_id = level = None
        note = PanelFeedback(
            id=str(uuid.uuid4()),
            exhibition_id=exhibition_id,
            kind=kind,
            text=text,
            station_id=station_id,
            criterion_id=criterion_id,
            level=level,
            author_name=self.feedback.author_name if author_name is None else author_name,
            written_at=now or datetime.now(UTC),
        )
        self.feedback.panel_notes.append(note)
        return note

    def _target_exists(self, kind: str, target_id: str) -> bool:
        data = self.data
        pools: dict[str, set[str]] = {
            FeedbackTarget.ENTRY: {e.id for e in data.entries},
            FeedbackTarget.REVISION: {r.id for e in data.entries for r in e.revisions},
            FeedbackTarget.GOAL: {g.id for g in data.goals},
            FeedbackTarget.CRITERION: {c.id for g in data.goals for c in g.criteria},
            FeedbackTarget.CHECKPOINT: {c.id for g in data.goals for c in g.checkpoints},
        }
        return target_id in pools.get(kind, set())

    def add_comment(
        self,
        target_kind: str,
        target_id: str,
        body: str,
        *,
        author_name: str | None = None,
        author_role: str = "teacher",
        now: datetime | None = None,
    ) -> FeedbackComment:
        """Comment on an entry, revision, goal, criterion or checkpoint of this portfolio."""
        if target_kind not in TARGET_KINDS:
            raise ValueError(f"comments are about one of {sorted(map(str, TARGET_KINDS))}")
        if not self._target_exists(target_kind, target_id):
            raise ValueError(f"this portfolio has no {target_kind} {target_id}")
        text = body.strip()
        if not text or len(text) > MAX_COMMENT_CHARS:
            raise ValueError("a comment needs some text (and at most 20,000 characters)")
        comment = FeedbackComment(
            id=str(uuid.uuid4()),
            target_kind=target_kind,
            target_id=target_id,
            body=text,
            author_name=author_name if author_name is not None else self.feedback.author_name,
            author_role=author_role,
            written_at=now or datetime.now(UTC),
        )
        self.feedback.comments.append(comment)
        return comment

    def remove_comment(self, comment_id: str) -> None:
        self.feedback.comments = [c for c in self.feedback.comments if c.id != comment_id]

    def comments_on(self, target_kind: str, target_id: str) -> list[FeedbackComment]:
        return [
            c
            for c in self.feedback.comments
            if c.target_kind == target_kind and c.target_id == target_id
        ]

    def default_feedback_name(self) -> str:
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.student_name).strip("-")
        return f"{safe or 'portfolio'}-{self.data.portfolio_id[:8]}{FEEDBACK_SUFFIX}"

    def write_feedback(self, out: Path, *, author_name: str | None = None) -> Path:
        """Save the comments as a ``*.feedback.json`` for the student to import."""
        if author_name is not None:
            self.feedback.author_name = author_name
        self.feedback.created_at = datetime.now(UTC)
        return write_feedback_file(self.feedback, out)

    def continue_feedback(self, path: Path) -> int:
        """Carry on with a feedback file saved earlier for this portfolio; returns its comments.

        Raises ImportRefused for a file about another portfolio or one that can't be read.
        """
        earlier = read_feedback_file(Path(path))
        if earlier.portfolio_id != self.data.portfolio_id:
            raise ImportRefused(
                f"{Path(path).name} is feedback on another portfolio, so it can't be continued "
                "here; open the portfolio it was written for."
            )
        self.feedback = earlier
        return len(earlier.comments)

    def close(self) -> None:
        self.journal.close()
        remove_scratch_dir(self.folder)

    def __enter__(self) -> ReviewSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TITLE = re.compile(rb"<title>(.*?)</title>", re.DOTALL)
MAX_OUTLINE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class ReviewStation:
    id: str
    number: int
    label: str
    criteria: tuple[tuple[str, str], ...]  # (criterion id, its words)


@dataclass(frozen=True)
class ReviewExhibition:
    """An exhibition the portfolio carries: its page for the browser, and its
    stations for panel feedback."""

    id: str
    title: str
    page: Path
    stations: tuple[ReviewStation, ...]


def _extract_exhibitions(opened: OpenedPortfolio, folder: Path) -> list[ReviewExhibition]:
    """The exhibition pages the portfolio carries (verified with the rest), in the
    review's temporary folder, with the outline of their stations."""
    found: list[ReviewExhibition] = []
    listed = {m.path: m for m in opened.manifest.members}
    for name, member in listed.items():
        if not (name.startswith("exhibitions/") and name.endswith(".html")):
            continue
        stem = name.removeprefix("exhibitions/").removesuffix(".html")
        if not stem or not all(ch.isalnum() or ch == "-" for ch in stem):
            continue  # only the names an export writes: never a path of the file's choosing
        data = opened.archive.read(name, max_bytes=member.size)
        folder.mkdir(exist_ok=True)
        target = folder / f"{stem}.html"
        target.write_bytes(data)
        match = _TITLE.search(data[:4096])
        title = html.unescape(match.group(1).decode("utf-8", "replace")).strip() if match else ""
        stations: tuple[ReviewStation, ...] = ()
        outline = listed.get(f"exhibitions/{stem}.json")
        if outline is not None and outline.size <= MAX_OUTLINE_BYTES:
            stations = _read_outline(
                opened.archive.read(outline.path, max_bytes=outline.size), opened.path.name
            )
        found.append(ReviewExhibition(stem, title or stem, target, stations))
    return found


def _read_outline(raw: bytes, label: str) -> tuple[ReviewStation, ...]:
    advice = "ask the student to export the portfolio again"
    check = Checker(f"An exhibition in {label}", advice)
    doc = check.obj(parse_json(raw, label, advice), "the outline")
    stations = []
    for i, raw_station in enumerate(check.array(doc, "stations", "outline", 500)):
        where = f"stations[{i}]"
        st = check.obj(raw_station, where)
        criteria = []
        for j, raw_criterion in enumerate(check.array(st, "criteria", where, 200)):
            c = check.obj(raw_criterion, f"{where}.criteria[{j}]")
            criteria.append(
                (
                    check.identifier(c, "id", f"{where}.criteria[{j}]"),
                    check.text(c, "text", f"{where}.criteria[{j}]", 2_000),
                )
            )
        stations.append(
            ReviewStation(
                id=check.identifier(st, "id", where),
                number=check.integer(st, "number", where, 1, 10_000),
                label=check.text(st, "label", where, 1_000),
                criteria=tuple(criteria),
            )
        )
    return tuple(stations)


def load_for_review(
    path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ReviewSession:
    """Verify the archive, then open it read-only in a temporary store of its own."""
    path = Path(path)
    folder = make_scratch_dir("journal-review-")
    try:
        with open_portfolio(path, progress=progress, cancelled=cancelled) as opened:
            root = folder / "journal"
            with Journal.open(root, auto_backup=False) as store:
                for sha, file in opened.attachment_files.items():
                    if sha in opened.data.attachments:
                        store_file(store.paths, file)
                with store.write() as session:
                    apply_portfolio(session, opened.data, adopt_identity=True)
                # Read-only connections can't open a WAL database without its -shm
                # file; a rollback journal lets the reopened store be truly read-only.
                store.engine.dispose()
                raw = store.engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA journal_mode=DELETE")  # type: ignore[union-attr]
                finally:
                    raw.close()
                store.engine.dispose()
            journal = Journal.open(root, read_only=True)
            review = ReviewSession(path, folder, journal, opened.manifest, opened.data)
            review.exhibitions = _extract_exhibitions(opened, folder / "exhibitions")
            return review
    except BaseException:
        remove_scratch_dir(folder)
        raise


def verify_portfolio(path: Path) -> ReviewInfo:
    """Check an archive in full without building a store (for the command line and lists)."""
    with open_portfolio(Path(path), extract_attachments=False) as opened:
        data = opened.data
        return ReviewInfo(
            student_name=data.profile.name,
            journal_id=data.profile.journal_id,
            portfolio_id=data.portfolio_id,
            exported_at=opened.manifest.created_at,
            app_version=opened.manifest.app_version,
            entries=len(data.entries),
            revisions=data.revision_total,
            goals=len(data.goals),
            reflections=len(data.reflections),
        )
