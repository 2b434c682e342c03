"""Opening a ``*.portfolio.zip`` someone else made: verify everything, trust nothing.

:func:`open_portfolio` goes through :class:`~journal.portfolio.safezip.SafeZip`,
reads ``manifest.json`` (format and version known, every member listed once with
its SHA-256 and size, nothing unlisted), checks every member's real bytes against
the manifest, reads ``portfolio.json`` strictly, and checks that the manifest,
the data and the attachments agree. Attachments are extracted into the reader's
temporary folder while they are hashed, for the importer to store. Nothing in
the journal is touched here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journal.portfolio.errors import ImportRefused
from journal.portfolio.model import PortfolioData
from journal.portfolio.safezip import SafeZip, ZipLimits
from journal.portfolio.schema import Checker, Manifest, parse_json, read_manifest, read_portfolio

MANIFEST = "manifest.json"
PORTFOLIO_JSON = "portfolio.json"
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_PORTFOLIO_JSON_BYTES = 256 * 1024 * 1024
ADVICE = "ask the student to export the portfolio again"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class OpenedPortfolio:
    """A verified portfolio: its manifest, its data and its extracted attachments."""

    path: Path
    manifest: Manifest
    data: PortfolioData
    archive: SafeZip
    attachment_files: dict[str, Path] = field(default_factory=dict)  # sha -> extracted file

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> OpenedPortfolio:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_portfolio(
    path: Path,
    *,
    extract_attachments: bool = True,
    limits: ZipLimits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OpenedPortfolio:
    """Verify a portfolio archive in full; raises ImportRefused with one sentence."""
    path = Path(path)
    archive = SafeZip(path, limits, advice=ADVICE)
    try:
        return _verify(archive, path, extract_attachments, progress, cancelled)
    except BaseException:
        archive.close()
        raise


def _verify(
    archive: SafeZip,
    path: Path,
    extract: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> OpenedPortfolio:
    label = path.name
    if MANIFEST not in archive:
        raise ImportRefused(
            f"{label} is not a Learning Journal portfolio (it has no manifest.json); "
            "choose a .portfolio.zip file."
        )
    check = Checker(f"The manifest of {label}", ADVICE)
    manifest = read_manifest(
        parse_json(archive.read(MANIFEST, max_bytes=MAX_MANIFEST_BYTES), f"The manifest of {label}",
                   ADVICE),
        check,
        archive.limits.max_members,
    )  # fmt: skip
    listed: dict[str, tuple[str, int]] = {}
    for member in manifest.members:
        if member.path == MANIFEST or member.path in listed:
            check.fail(f"the entry for '{member.path}'", "is listed twice")
        if member.path not in archive:
            raise ImportRefused(
                f"{label} is missing '{member.path}', which its manifest lists; {ADVICE}."
            )
        listed[member.path] = (member.sha256, member.size)
    unlisted = [n for n in archive.names() if n != MANIFEST and n not in listed]
    unlisted += [f"{n}/" for n in archive.directories()]  # a manifest lists files only
    if unlisted:
        raise ImportRefused(
            f"{label} holds '{unlisted[0]}', which its manifest doesn't list; {ADVICE}."
        )
    if PORTFOLIO_JSON not in listed:
        raise ImportRefused(f"{label} has no portfolio.json; {ADVICE}.")

    total = max(1, sum(size for _sha, size in listed.values()))
    done = 0
    attachment_files: dict[str, Path] = {}
    raw_json = b""
    for name, (sha, size) in listed.items():
        if cancelled is not None and cancelled():
            raise ImportRefused("Opening the portfolio was cancelled; nothing was changed.")
        if name == PORTFOLIO_JSON:
            raw_json = archive.read(name, max_bytes=MAX_PORTFOLIO_JSON_BYTES)
            real = (hashlib.sha256(raw_json).hexdigest(), len(raw_json))
        elif extract and name.startswith("attachments/"):
            extracted = archive.extract(name, cancelled)
            real = (extracted.sha256, extracted.size)
            attachment_files[name.removeprefix("attachments/")] = extracted.path
        else:
            real = archive.hash_member(name, cancelled)
        if real != (sha, size):
            raise ImportRefused(
                f"{label} has been changed or damaged since it was made ('{name}' doesn't "
                f"match its manifest); {ADVICE}."
            )
        done += size
        if progress is not None:
            progress(done, total)

    data = read_portfolio(
        parse_json(raw_json, f"The portfolio.json of {label}", ADVICE),
        Checker(f"The portfolio.json of {label}", ADVICE),
    )
    if (
        data.profile.journal_id != manifest.journal_id
        or data.portfolio_id != manifest.portfolio_id
        or data.profile.name != manifest.student_name
    ):
        raise ImportRefused(
            f"{label} doesn't agree with itself (its manifest and portfolio.json name "
            f"different students or exports); {ADVICE}."
        )
    for sha, info in data.attachments.items():
        entry = listed.get(f"attachments/{sha}")
        if entry is None or entry != (sha, info.size):
            raise ImportRefused(
                f"{label} is missing an attached file, or holds one that doesn't match; {ADVICE}."
            )
    return OpenedPortfolio(path, manifest, data, archive, attachment_files)
