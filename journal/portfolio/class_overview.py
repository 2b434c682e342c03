"""A class at a glance: every portfolio archive in a folder, one row each.

Each ``*.zip`` in the folder is verified in full (as review mode would); a file
that fails is listed with its reason and the rest still load. Feedback files
(``*.feedback.json``) in the same folder count as feedback written for the
portfolio they name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from journal.portfolio.archive import open_portfolio
from journal.portfolio.errors import ImportRefused
from journal.portfolio.feedback import FEEDBACK_SUFFIX, read_feedback_file
from journal.store.errors import JournalError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ClassRow:
    path: Path
    student_name: str
    journal_id: str
    portfolio_id: str
    exported_at: datetime
    period: tuple[date, date] | None
    entries: int
    revisions: int
    goals: int
    goal_status: dict[str, int]
    last_activity: datetime | None
    feedback_files: int = 0
    feedback_comments: int = 0

    @property
    def goal_summary(self) -> str:
        return ", ".join(f"{n} {status}" for status, n in sorted(self.goal_status.items()))


@dataclass(frozen=True)
class BrokenFile:
    path: Path
    reason: str


@dataclass
class ClassOverview:
    folder: Path
    rows: list[ClassRow] = field(default_factory=list)
    broken: list[BrokenFile] = field(default_factory=list)


def scan_class_folder(
    folder: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ClassOverview:
    """Rows for every portfolio in ``folder`` (sorted by student), broken files apart."""
    folder = Path(folder)
    if not folder.is_dir():
        raise JournalError(f"There is no folder {folder}; choose the folder of portfolios.")
    overview = ClassOverview(folder)
    written: dict[str, list[int]] = {}
    for path in sorted(folder.glob(f"*{FEEDBACK_SUFFIX}")):
        try:
            feedback = read_feedback_file(path)
        except ImportRefused as exc:
            overview.broken.append(BrokenFile(path, str(exc)))
            continue
        counts = written.setdefault(feedback.portfolio_id, [0, 0])
        counts[0] += 1
        counts[1] += len(feedback.comments)

    archives = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".zip" and p.is_file())
    for index, path in enumerate(archives):
        if cancelled is not None and cancelled():
            raise ImportRefused("Reading the class folder was cancelled.")
        try:
            with open_portfolio(path, extract_attachments=False, cancelled=cancelled) as opened:
                data = opened.data
                files, comments = written.get(data.portfolio_id, [0, 0])
                overview.rows.append(
                    ClassRow(
                        path=path,
                        student_name=data.profile.name,
                        journal_id=data.profile.journal_id,
                        portfolio_id=data.portfolio_id,
                        exported_at=opened.manifest.created_at,
                        period=data.period,
                        entries=len(data.entries),
                        revisions=data.revision_total,
                        goals=len(data.goals),
                        goal_status=dict(Counter(g.status for g in data.goals)),
                        last_activity=data.last_activity,
                        feedback_files=files,
                        feedback_comments=comments,
                    )
                )
        except ImportRefused as exc:
            overview.broken.append(BrokenFile(path, str(exc)))
        if progress is not None:
            progress(index + 1, len(archives))
    overview.rows.sort(key=lambda r: (r.student_name.casefold(), r.exported_at))
    return overview
