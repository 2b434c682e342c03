"""An exhibition leaves the machine: a single-file page, a PDF, or placards (no widgets).

The steps, as the Exhibitions page calls them (the command line does the same):

1. :func:`plan_exhibit` turns an exhibition (a read-model snapshot) and an
   audience preset into an :class:`ExhibitPlan`: the name the audience sees,
   the stations and pictures that leave, and :attr:`ExhibitPlan.left_out`
   (each thing that stays behind, with the station and the reason). That is
   the export preview: exactly what will leave for this preset.
2. :func:`write_exhibit` writes the plan as ``*.exhibition.html`` (every
   picture inlined as a ``data:`` URI, styles inline under a CSP hash, no
   script, readable from a USB stick with no network), as a PDF with one
   station per page, or as placards, two per page (:mod:`exhibition_pdf`).
   :func:`export_exhibition` does both steps from a journal.

Privacy: family and public presets leave out files marked "shows other
people" unless ticked for that station; the public sees the first name and
last initial, families the first name; every picture leaves without its
metadata (:mod:`journal.portfolio.image_meta`); talking notes never leave;
private and trashed entries stay behind unless asked for.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pybase64
from markupsafe import Markup

from journal import APP_NAME, __version__
from journal.core.exhibitions import TEMPLATES, AudiencePreset
from journal.portfolio.errors import ExportCancelled, ExportFailed
from journal.portfolio.exhibit_plan import (
    ExhibitPlan,
    LeftOut,
    PlannedStation,
    picture_bytes,
    plan_exhibit,
)
from journal.portfolio.model import ATTRIBUTE_LABELS
from journal.portfolio.render import environment, markdown_to_html
from journal.portfolio.words import Words
from journal.resources import resource_path
from journal.store.database import Journal
from journal.store.files import (
    WriteBehind,
    clear_replaced,
    fsync_dir,
    fsync_file,
    make_shareable,
    replace_quickly,
)
from journal.store.read_models.exhibitions import (
    Draft,
    ExhibitionDetail,
    Station,
    exhibition_detail,
)

__all__ = [
    "ExhibitFormat",
    "ExhibitPlan",
    "ExhibitResult",
    "LeftOut",
    "PlannedStation",
    "default_file_name",
    "export_exhibition",
    "picture_bytes",
    "plan_exhibit",
    "write_exhibit",
    "write_page",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

PAGE_SUFFIX = ".exhibition.html"
_IMAGE_SRC = re.compile(rb'src="attachments/([0-9a-f]{64})"')


class ExhibitFormat(enum.StrEnum):
    PAGE = "page"
    PDF = "pdf"
    PLACARDS = "placards"


@dataclass(frozen=True)
class ExhibitResult:
    path: Path
    format: ExhibitFormat
    size: int
    pages: int
    left_out: tuple[LeftOut, ...]


# -- the page -----------------------------------------------------------------------
def _css() -> str:
    folder = resource_path("export")
    return (folder / "style.css").read_text("utf-8") + (folder / "exhibition.css").read_text(
        "utf-8"
    )


def content_security_policy(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; img-src data:; style-src 'sha256-{digest}'; "
        "base-uri 'none'; form-action 'none'"
    )


def _draft_view(draft: Draft, pinned: bool) -> dict[str, Any]:
    return {
        "seq": draft.seq, "created_at": draft.created_at, "word_count": draft.word_count,
        "note": draft.note, "body": draft.body, "pinned": pinned,
    }  # fmt: skip


def _station_view(planned: PlannedStation, level: int) -> dict[str, Any]:
    station = planned.station
    by_name = {f.filename: f.sha256 for f in planned.images}

    def image(src: str) -> str | None:
        sha = by_name.get(src.rsplit("/", 1)[-1])
        return f"attachments/{sha}" if sha else None

    draft = None
    if station.revision_id is not None:
        draft = {
            "seq": station.revision_seq,
            "note": station.change_note,
            "html": markdown_to_html(station.body, heading_base=level + 2, images=image),
        }
    growth = [
        _draft_view(d, d.revision_id == station.revision_id) for d in station.growth if d.exists
    ]
    return {
        "number": station.number,
        "title": station.title or station.label or "Untitled entry",
        "learned_on": station.learned_on,
        "attributes": [ATTRIBUTE_LABELS[a.value] for a in sorted(station.attributes)],
        "caption_topic": station.caption_topic,
        "caption_self": station.caption_self,
        "images": planned.images,
        "draft": draft,
        "growth": growth,
        "criteria": [c for c in station.criteria if c.exists],
    }


def render_page_html(plan: ExhibitPlan) -> bytes:
    """The page with ``src="attachments/<sha>"`` where each picture goes (not yet inlined)."""
    detail = plan.exhibition
    template = TEMPLATES[detail.format]
    sections = any(p.station.section for p in plan.stations)
    level = 3 if sections else 2
    views = [_station_view(p, level) for p in plan.stations]
    groups: list[tuple[str, list[dict[str, Any]]]] = []
    for planned, view in zip(plan.stations, views, strict=True):
        name = planned.station.section if sections else ""
        if not groups or groups[-1][0] != name:
            groups.append((name, []))
        groups[-1][1].append(view)
    css = _css()
    words = Words()  # the app's language
    html = (
        environment()
        .get_template("exhibition.html")
        .render(
            words=words,
            _=words,
            lang=words.code,
            dir=words.direction,
            csp=content_security_policy(css),
            css=Markup(css),  # our own stylesheet, from resources/
            app=APP_NAME,
            version=__version__,
            created_at=plan.created_at,
            student=plan.student,
            title=detail.title,
            claim=detail.claim,
            format_label=template.label,
            minutes=detail.time_budget_s // 60,
            stations=views,
            groups=groups,
            level=level,
        )
    )
    return html.encode("utf-8")


def _page_pieces(plan: ExhibitPlan, tick: Callable[[], None]) -> Iterator[bytes | memoryview]:
    html = render_page_html(plan)
    pictures = {f.sha256: f for p in plan.stations for f in p.images}
    at = 0
    for match in _IMAGE_SRC.finditer(html):
        yield memoryview(html)[at : match.start()]
        file = pictures[match.group(1).decode("ascii")]
        yield f'src="data:{file.media_type};base64,'.encode("ascii")
        # pybase64 (SIMD) encodes about three times as fast as the standard library.
        yield pybase64.b64encode(picture_bytes(file))
        yield b'"'
        at = match.end()
        tick()
    yield memoryview(html)[at:]


def page_bytes(plan: ExhibitPlan) -> bytes:
    """The whole single-file page in memory (for the portfolio archive)."""
    return b"".join(bytes(piece) for piece in _page_pieces(plan, lambda: None))


def exhibitions_in_portfolio(
    journal: Journal, entry_revisions: dict[str, set[str]], criterion_ids: set[str]
) -> list[ExhibitPlan]:
    """The exhibitions a portfolio can carry, planned for a panel.

    An exhibition goes in only when everything it shows is already in the
    portfolio: each station's entry, its pinned draft and its growth strip
    (``entry_revisions`` maps each exported entry to its exported revisions)
    and the goal criteria it links to. Nothing leaves through an exhibition
    that the portfolio left out.
    """
    from journal.store.read_models.exhibitions import list_exhibitions

    plans = []
    for summary in list_exhibitions(journal):
        if summary.station_count == 0:
            continue
        detail = exhibition_detail(journal, summary.id)
        if all(_carried(station, entry_revisions, criterion_ids) for station in detail.stations):
            plans.append(plan_exhibit(detail, AudiencePreset.PANEL))
    return plans


def _carried(station: Station, entry_revisions: dict[str, set[str]], criteria: set[str]) -> bool:
    if station.entry_id is None or station.entry_id not in entry_revisions:
        return False
    shown = entry_revisions[station.entry_id]
    drafts = [station.revision_id] if station.revision_id else []
    drafts += [d.revision_id for d in station.growth if d.exists]
    linked = [c.id for c in station.criteria if c.exists]
    return all(d in shown for d in drafts) and all(c in criteria for c in linked)


def exhibition_outline(plan: ExhibitPlan) -> dict[str, Any]:
    """What a reviewer needs to give panel feedback station by station
    (``exhibitions/<id>.json`` in the archive; format in docs/feedback-format.md)."""
    detail = plan.exhibition
    return {
        "id": detail.id,
        "title": detail.title,
        "stations": [
            {
                "id": p.station.id,
                "number": p.station.number,
                "label": p.station.title or p.station.label,
                "criteria": [
                    {"id": c.id, "text": c.text} for c in p.station.criteria if c.exists
                ],
            }
            for p in plan.stations
        ],
    }


@contextlib.contextmanager
def _written_atomically(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write; when the block ends it becomes ``out``.

    The file is made readable as any new file is, fsynced and renamed over
    ``out`` (an earlier copy is freed off the critical path). A failure or a
    cancel removes it and leaves ``out`` as it was; an OSError becomes one
    sentence (ExportFailed).
    """
    if not out.parent.is_dir():
        raise ExportFailed(f"The folder {out.parent} doesn't exist; choose another place.")
    clear_replaced(out)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise _os_failure(exc, out) from exc
    tmp = Path(name)
    try:
        yield tmp
        make_shareable(tmp)
        fsync_file(tmp)
        replace_quickly(tmp, out)
        _settle_folder(out.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_failure(exc, out) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _settle_folder(folder: Path) -> None:
    """Make the rename durable where the folder can be synced (some shares can't: the file
    is in place all the same, so that is not a failure)."""
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def _os_failure(exc: OSError, out: Path) -> ExportFailed:
    if exc.errno == 28:  # ENOSPC
        return ExportFailed(
            f"The disk is full, so the exhibition was not written to {out.parent}; free some "
            "space or choose another place."
        )
    return ExportFailed(
        f"The exhibition could not be written to {out.parent} ({exc.strerror or exc}); "
        "choose a folder you can write to."
    )


def write_page(
    plan: ExhibitPlan,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the single-file page to ``out``; returns its size in bytes."""
    total = max(1, sum(len(p.images) for p in plan.stations))
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, total), total)
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")

    out = Path(out)
    # The pictures are read, cleaned and encoded here while a thread of its own
    # writes the ones before (writing lets go of the GIL).
    with (
        _written_atomically(out) as tmp,
        open(tmp, "wb") as handle,
        WriteBehind(handle) as behind,
    ):
        for piece in _page_pieces(plan, tick):
            behind.write(piece)
    return out.stat().st_size


def write_exhibit(
    plan: ExhibitPlan,
    out: Path,
    *,
    format: ExhibitFormat | str = ExhibitFormat.PAGE,
    page_size: str = "A4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExhibitResult:
    """Write ``plan`` as a page, a PDF (a station a page) or placards (two a page)."""
    fmt = ExhibitFormat(format)
    out = Path(out)
    if fmt is ExhibitFormat.PAGE:
        size = write_page(plan, out, progress=progress, cancelled=cancelled)
        return ExhibitResult(out, fmt, size, 1, plan.left_out)
    from journal.portfolio import exhibition_pdf

    draw = (
        exhibition_pdf.write_stations_pdf
        if fmt is ExhibitFormat.PDF
        else exhibition_pdf.write_placards_pdf
    )
    pages = _write_pdf(out, lambda target: draw(plan, target, page_size))
    return ExhibitResult(out, fmt, out.stat().st_size, pages, plan.left_out)


def _write_pdf(out: Path, draw: Callable[[Path], int]) -> int:
    """Draw a PDF under a temporary name beside ``out``, then rename it into place."""
    with _written_atomically(out) as tmp:
        pages = draw(tmp)
        if tmp.stat().st_size == 0:
            raise ExportFailed(f"The PDF could not be written to {out.parent}.")
    return pages


def export_exhibition(
    journal: Journal,
    exhibition_id: str,
    out: Path,
    *,
    format: ExhibitFormat | str = ExhibitFormat.PAGE,
    audience: AudiencePreset | str | None = None,
    include_private: bool = False,
    page_size: str = "A4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExhibitResult:
    """Read the exhibition, plan it for ``audience`` and write it (any thread)."""
    plan = plan_exhibit(
        exhibition_detail(journal, exhibition_id), audience, include_private=include_private
    )
    return write_exhibit(
        plan, out, format=format, page_size=page_size, progress=progress, cancelled=cancelled
    )


def default_file_name(detail: ExhibitionDetail, fmt: ExhibitFormat | str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in detail.title).strip("-")[:60]
    safe = re.sub("-{2,}", "-", safe) or "exhibition"
    return {
        ExhibitFormat.PAGE: f"{safe}{PAGE_SUFFIX}",
        ExhibitFormat.PDF: f"{safe}-stations.pdf",
        ExhibitFormat.PLACARDS: f"{safe}-placards.pdf",
    }[ExhibitFormat(fmt)]
