"""Writing a portfolio: a ``*.portfolio.zip``, an HTML folder, or a PDF.

Every format is written under a temporary name beside the target and renamed
into place only when complete, so a cancelled or failed export never leaves a
partial file. Attachments are streamed in chunks (memory stays flat however
many there are) and hashed as they are written, so the manifest records what
really went in. Safe to run off the GUI thread: it opens its own read session.

The UI calls, in order: :func:`collect_for_export` (in the background),
:func:`~journal.portfolio.model.preview_portfolio` on the result (to show the
preview), then :func:`export_portfolio` with that same data, a progress and a
cancel callback.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Protocol

from journal import APP_NAME, __version__
from journal.portfolio.errors import ExportCancelled, ExportFailed
from journal.portfolio.image_meta import CLEANABLE, ImageError, clean_image
from journal.portfolio.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AttachmentData,
    AttachmentRef,
    ExportOptions,
    PortfolioData,
    collect_portfolio,
    iso_time,
    portfolio_to_json,
)
from journal.portfolio.render import SiteRenderer, stylesheets
from journal.store.attachments import blob_path, open_blob, read_blob
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.files import atomic_path, fsync_dir, make_shareable
from journal.store.paths import JournalPaths
from journal.store.scratch import make_scratch_dir, remove_scratch_dir

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

CHUNK = 1024 * 1024
MANIFEST = "manifest.json"
PORTFOLIO_JSON = "portfolio.json"
TIMELINE = "timeline.png"
EXHIBITIONS = "exhibitions"
ARCHIVE_SUFFIX = ".portfolio.zip"
# Media that are compressed already: deflating them again costs time and saves nothing.
_PACKED_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
                 "application/zip", "video/", "audio/")  # fmt: skip


class ExportFormat(enum.StrEnum):
    ARCHIVE = "archive"
    HTML = "html"
    PDF = "pdf"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    size: int
    portfolio_id: str
    members: int = 0
    missing_attachments: list[str] = field(default_factory=list)


def collect_for_export(journal: Journal, options: ExportOptions | None = None) -> PortfolioData:
    """Read what an export will carry, in a session of its own (any thread)."""
    with journal.read() as session:
        return collect_portfolio(session, journal.paths, options or ExportOptions())


def default_file_name(data: PortfolioData, fmt: ExportFormat = ExportFormat.ARCHIVE) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in data.profile.name).strip("-") or "my"
    stamp = data.created_at.strftime("%Y-%m-%d")
    suffix = {ExportFormat.ARCHIVE: ARCHIVE_SUFFIX, ExportFormat.HTML: "-portfolio",
              ExportFormat.PDF: "-portfolio.pdf"}[fmt]  # fmt: skip
    return f"{safe}-{stamp}{suffix}"


class _Sink(Protocol):
    def add_bytes(self, name: str, data: bytes, *, packed: bool = False) -> None: ...

    def add_file(
        self, name: str, source: IO[bytes], *, packed: bool, check: Callable[[], None]
    ) -> str: ...


class _Ticker:
    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")

    def step(self, units: int = 1) -> None:
        self.done = min(self.total, self.done + units)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()


def _copy_hashing(src: IO[bytes], out: IO[bytes], check: Callable[[], None]) -> tuple[str, int]:
    """Copy ``src`` to ``out`` in chunks (``check`` between them may cancel): SHA-256 and size."""
    digest = hashlib.sha256()
    size = 0
    while chunk := src.read(CHUNK):
        check()
        digest.update(chunk)
        out.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


class _Recorder:
    def __init__(self) -> None:
        self.members: list[dict[str, Any]] = []

    def record(self, name: str, sha256: str, size: int) -> None:
        self.members.append({"path": name, "sha256": sha256, "size": size})


class _ZipSink(_Recorder):
    def __init__(self, archive: zipfile.ZipFile, date_time: tuple[int, ...]) -> None:
        super().__init__()
        self.archive = archive
        self.date_time = date_time

    def _info(self, name: str, packed: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self.date_time[:6])  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16
        info.create_system = 3
        return info

    def add_bytes(self, name: str, data: bytes, *, packed: bool = False) -> None:
        self.archive.writestr(self._info(name, packed), data, compresslevel=6)
        self.record(name, hashlib.sha256(data).hexdigest(), len(data))

    def add_file(
        self, name: str, source: IO[bytes], *, packed: bool, check: Callable[[], None]
    ) -> str:
        info = self._info(name, packed)
        with self.archive.open(info, "w", force_zip64=True) as out:
            sha, size = _copy_hashing(source, out, check)
        self.record(name, sha, size)
        return sha


class _FolderSink(_Recorder):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def _target(self, name: str) -> Path:
        target = self.root.joinpath(*name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def add_bytes(self, name: str, data: bytes, *, packed: bool = False) -> None:
        self._target(name).write_bytes(data)
        self.record(name, hashlib.sha256(data).hexdigest(), len(data))

    def add_file(
        self, name: str, source: IO[bytes], *, packed: bool, check: Callable[[], None]
    ) -> str:
        with open(self._target(name), "wb") as out:
            sha, size = _copy_hashing(source, out, check)
        self.record(name, sha, size)
        return sha


_PDF_HEADER = b"%PDF-"
# An earlier export's manifest is small; never read more than this to recognise one.
_MAX_MANIFEST_PEEK = 8 * 1024 * 1024
_KIND_WORDS = {
    ExportFormat.ARCHIVE: "portfolio archive",
    ExportFormat.HTML: "portfolio web folder",
    ExportFormat.PDF: "portfolio PDF",
}


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path == folder or path.is_relative_to(folder)
    except (OSError, ValueError):
        return False


def _our_manifest(raw: bytes) -> bool:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(document, dict) and document.get("format") == FORMAT_NAME


def is_earlier_export(path: Path, kind: ExportFormat | str) -> bool:
    """Whether ``path`` holds an export of this kind that Learning Journal wrote.

    Judged by content, never by name: a zip with our ``manifest.json`` (archive),
    a file starting with the PDF header (pdf), or a folder with our
    ``index.html`` and ``manifest.json`` (html).
    """
    fmt = ExportFormat(kind)
    try:
        mode = path.lstat().st_mode
        if fmt is ExportFormat.HTML:
            if not stat.S_ISDIR(mode):
                return False
            index, manifest = path / "index.html", path / MANIFEST
            if not (stat.S_ISREG(index.lstat().st_mode) and stat.S_ISREG(manifest.lstat().st_mode)):
                return False
            if manifest.stat().st_size > _MAX_MANIFEST_PEEK:
                return False
            return _our_manifest(manifest.read_bytes())
        if not stat.S_ISREG(mode):
            return False
        if fmt is ExportFormat.PDF:
            with open(path, "rb") as handle:
                return handle.read(len(_PDF_HEADER)) == _PDF_HEADER
        if not zipfile.is_zipfile(path):
            return False
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > _MAX_MANIFEST_PEEK:
                return False
            return _our_manifest(archive.read(info))
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, NotImplementedError):
        return False


def check_destination(
    paths: JournalPaths, out: Path, kind: ExportFormat | str, *, force: bool = False
) -> Path:
    """Refuse a place an export must not be written to; return ``out`` when it is fine.

    An export never goes inside the journal's data folder (or its backups
    folder), never replaces anything that is not an earlier export of the same
    kind, and replaces an earlier one only with ``force`` (the window asks
    first). Raises :class:`ExportFailed` with one sentence; nothing is changed.
    """
    fmt = ExportFormat(kind)
    out = Path(out)
    what = _KIND_WORDS[fmt]
    try:
        target = out.resolve()
        parent = out.parent.resolve()
    except (OSError, RuntimeError) as exc:
        raise ExportFailed(
            f"{out} can't be used for an export ({exc}); choose another place."
        ) from exc
    guarded = [paths.root, paths.backups]
    for folder in guarded:
        try:
            home = folder.resolve()
        except (OSError, RuntimeError):
            continue
        if _inside(target, home) or _inside(parent, home) or _inside(home, target):
            raise ExportFailed(
                f"{out} is inside the journal's own folder ({paths.root}); an export is never "
                "written there, so choose another place (e.g. your Documents folder)."
            )
    if not out.parent.is_dir():
        raise ExportFailed(f"The folder {out.parent} doesn't exist; choose another place.")
    if not (out.exists() or out.is_symlink()):
        return out
    if not is_earlier_export(out, fmt):
        thing = "folder" if out.is_dir() else "file"
        raise ExportFailed(
            f"{out} already exists and is not an earlier {what}, so it was left alone; "
            f"choose another name for the export (this {thing} was not changed)."
        )
    if not force:
        raise ExportFailed(
            f"{out} is an earlier {what}; add --force to replace it, or choose another name."
        )
    return out


def _is_packed(media_type: str) -> bool:
    return media_type.startswith(_PACKED_TYPES)


def manifest_document(data: PortfolioData, members: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": APP_NAME,
        "app_version": __version__,
        "created_at": iso_time(data.created_at),
        "portfolio_id": data.portfolio_id,
        "student_name": data.profile.name,
        "journal_id": data.profile.journal_id,
        "members": members,
    }


def without_photo_metadata(
    journal: Journal, data: PortfolioData, folder: Path
) -> tuple[PortfolioData, dict[str, Path]]:
    """The photos cleaned of EXIF/XMP/GPS (written to ``folder``), and the data pointing at them.

    A cleaned photo is a different file, so it gets its own SHA-256 and every
    reference to it follows. A picture that can't be parsed is left as it is.
    """
    renamed: dict[str, str] = {}
    files: dict[str, Path] = {}
    attachments: dict[str, AttachmentData] = {}
    for sha, info in data.attachments.items():
        if info.media_type in CLEANABLE:
            try:
                raw = read_blob(journal.paths, sha)
                cleaned = clean_image(raw, info.media_type)
            except (OSError, ImageError):
                cleaned = None
            if cleaned is not None and cleaned != raw:
                new_sha = hashlib.sha256(cleaned).hexdigest()
                target = folder / new_sha
                target.write_bytes(cleaned)
                renamed[sha], files[new_sha] = new_sha, target
                attachments[new_sha] = replace(info, sha256=new_sha, size=len(cleaned))
                continue
        attachments[sha] = info
    if not renamed:
        return data, {}

    def refs(items: list[AttachmentRef]) -> list[AttachmentRef]:
        return [replace(r, sha256=renamed.get(r.sha256, r.sha256)) for r in items]

    entries = []
    for entry in data.entries:
        touched = any(r.sha256 in renamed for r in entry.attachments) or any(
            r.sha256 in renamed for rev in entry.revisions for r in rev.attachments
        )
        if touched:
            entry = replace(
                entry,
                attachments=refs(entry.attachments),
                revisions=[
                    replace(rev, attachments=refs(rev.attachments)) for rev in entry.revisions
                ],
            )
        entries.append(entry)
    return replace(data, entries=entries, attachments=attachments), files


def _write_site(
    sink: _Sink,
    recorder: _Recorder,
    journal: Journal,
    data: PortfolioData,
    timeline_png: bytes | None,
    ticker: _Ticker,
) -> None:
    # Cleaned photos wait in a scratch folder that never outlives the app.
    folder = make_scratch_dir("journal-photos-")
    try:
        cleaned: dict[str, Path] = {}
        if not data.options.keep_photo_metadata:
            data, cleaned = without_photo_metadata(journal, data, folder)
        _write_site_files(sink, recorder, journal, data, timeline_png, ticker, cleaned)
    finally:
        remove_scratch_dir(folder)


def _write_site_files(
    sink: _Sink,
    recorder: _Recorder,
    journal: Journal,
    data: PortfolioData,
    timeline_png: bytes | None,
    ticker: _Ticker,
    cleaned: dict[str, Path],
) -> None:
    def read_svg(sha: str) -> bytes | None:
        path = blob_path(journal.paths, sha)
        return read_blob(journal.paths, sha) if path.is_file() else None

    from journal.portfolio.exhibition import (
        exhibition_outline,
        exhibitions_in_portfolio,
        page_bytes,
    )

    shown = {e.id: {r.id for r in e.revisions} for e in data.entries}
    criteria = {c.id for g in data.goals for c in g.criteria}
    exhibitions = exhibitions_in_portfolio(journal, shown, criteria)
    renderer = SiteRenderer(
        data,
        has_timeline=bool(timeline_png),
        attachments=read_svg,
        exhibitions=[(plan.exhibition.id, plan.exhibition.title) for plan in exhibitions],
    )
    for page in renderer.pages():
        sink.add_bytes(page.name, page.html)
        ticker.step()
    for plan in exhibitions:
        # Each exhibition as its own single-file page, as the panel would see it.
        sink.add_bytes(f"{EXHIBITIONS}/{plan.exhibition.id}.html", page_bytes(plan))
        outline = json.dumps(exhibition_outline(plan), ensure_ascii=False, indent=1)
        sink.add_bytes(f"{EXHIBITIONS}/{plan.exhibition.id}.json", outline.encode("utf-8"))
        ticker.check()
    for name, css in stylesheets().items():
        sink.add_bytes(name, css)
    if timeline_png:
        sink.add_bytes(TIMELINE, timeline_png, packed=True)
    for sha, info in data.attachments.items():
        try:
            plain = cleaned.get(sha)
            with open(plain, "rb") if plain else open_blob(journal.paths, sha) as source:
                written = sink.add_file(
                    f"attachments/{sha}",
                    source,
                    packed=_is_packed(info.media_type),
                    check=ticker.check,
                )
        except ValueError:  # a locked journal's file that fails authentication
            written = ""
        if written != sha:
            raise ExportFailed(
                "One of the journal's attached files is damaged, so the portfolio was not "
                "written; run 'journal check' to find it."
            )
        ticker.step(max(1, info.size // CHUNK))
    # No indent: json's fast C encoder only runs without one (a 2,000-entry
    # journal's data encodes about five times faster).
    document = json.dumps(portfolio_to_json(data), ensure_ascii=False).encode("utf-8")
    sink.add_bytes(PORTFOLIO_JSON, document)
    manifest = manifest_document(data, recorder.members)
    sink.add_bytes(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    ticker.step()


def _units(data: PortfolioData) -> int:
    pages = 4 + len(data.entries)
    return pages + sum(max(1, a.size // CHUNK) for a in data.attachments.values()) + 1


def _os_failure(exc: OSError, out: Path) -> ExportFailed:
    if exc.errno == 28:  # ENOSPC
        return ExportFailed(
            f"The disk is full, so the portfolio was not written to {out.parent}; free some "
            "space or choose another place."
        )
    return ExportFailed(
        f"The portfolio could not be written to {out.parent} ({exc.strerror or exc}); "
        "choose a folder you can write to."
    )


def export_portfolio(
    journal: Journal,
    out: Path,
    options: ExportOptions | None = None,
    *,
    format: ExportFormat | str = ExportFormat.ARCHIVE,
    data: PortfolioData | None = None,
    timeline_png: bytes | None = None,
    page_size: str = "A4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    replace: bool = True,
) -> ExportResult:
    """Write the portfolio to ``out`` (a file, or a folder for ``html``).

    ``out`` goes through :func:`check_destination` first: never inside the
    data folder, never over anything but an earlier export of the same kind,
    and over that only with ``replace`` (the window's save dialog has asked;
    the command line passes ``--force``).

    ``data`` is what the preview showed (collected now when absent). Raises
    :class:`ExportCancelled` when ``cancelled()`` turns true, or another
    :class:`JournalError`; either way nothing is left at ``out`` or beside it.
    """
    fmt = ExportFormat(format)
    out = check_destination(journal.paths, Path(out), fmt, force=replace)
    if data is None:
        data = collect_for_export(journal, options)
    ticker = _Ticker(_units(data), progress, cancelled)
    ticker.check()
    try:
        if fmt is ExportFormat.ARCHIVE:
            return _export_archive(journal, out, data, timeline_png, ticker)
        if fmt is ExportFormat.HTML:
            return _export_folder(journal, out, data, timeline_png, ticker)
        return _export_pdf(journal, out, data, timeline_png, page_size, ticker)
    except OSError as exc:
        raise _os_failure(exc, out) from exc


def _export_archive(
    journal: Journal, out: Path, data: PortfolioData, png: bytes | None, ticker: _Ticker
) -> ExportResult:
    with atomic_path(out, shared=True) as tmp:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as archive:
            sink = _ZipSink(archive, data.created_at.timetuple()[:6])
            _write_site(sink, sink, journal, data, png, ticker)
        ticker.check()
    return ExportResult(
        out, ExportFormat.ARCHIVE, out.stat().st_size, data.portfolio_id,
        len(sink.members) + 1, list(data.missing_attachments),
    )  # fmt: skip


def _export_folder(
    journal: Journal, out: Path, data: PortfolioData, png: bytes | None, ticker: _Ticker
) -> ExportResult:
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    old: Path | None = None
    try:
        sink = _FolderSink(tmp)
        _write_site(sink, sink, journal, data, png, ticker)
        ticker.check()
        make_shareable(tmp)
        if out.exists():
            old = out.with_name(f".{out.name}.old-{data.portfolio_id[:8]}")
            os.replace(out, old)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not out.exists():
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    size = sum(m["size"] for m in sink.members)
    return ExportResult(
        out, ExportFormat.HTML, size, data.portfolio_id, len(sink.members) + 1,
        list(data.missing_attachments),
    )  # fmt: skip


def _export_pdf(
    journal: Journal,
    out: Path,
    data: PortfolioData,
    png: bytes | None,
    page_size: str,
    ticker: _Ticker,
) -> ExportResult:
    from journal.portfolio.pdf import write_pdf

    with atomic_path(out, shared=True) as tmp:
        write_pdf(
            data,
            tmp,
            attachments_folder=journal.paths,
            timeline_png=png,
            page_size=page_size,
            step=ticker.step,
        )
        ticker.check()
    return ExportResult(
        out, ExportFormat.PDF, out.stat().st_size, data.portfolio_id, 1,
        list(data.missing_attachments),
    )  # fmt: skip


__all__ = [
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "JournalError",
    "check_destination",
    "collect_for_export",
    "default_file_name",
    "export_portfolio",
    "is_earlier_export",
]
