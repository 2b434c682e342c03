"""What leaves with an exhibition for one audience: the plan (the export preview).

:func:`plan_exhibit` turns an exhibition snapshot and an audience preset into
an :class:`ExhibitPlan`; :func:`picture_bytes` gives a picture's bytes as they
leave (metadata stripped). Shared by the page (:mod:`journal.portfolio.exhibition`)
and the paper outputs (:mod:`journal.portfolio.exhibition_pdf`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from journal.core.exhibitions import AudiencePreset, is_shown_image, keeps_people_out, name_for
from journal.portfolio.errors import ExportFailed
from journal.portfolio.image_meta import CLEANABLE, ImageError, clean_image
from journal.store.read_models.exhibitions import ExhibitionDetail, Station, StationFile


@dataclass(frozen=True)
class LeftOut:
    """Something that stays behind, with where it is and why, in one sentence."""

    message: str
    station_number: int | None = None
    filename: str | None = None


@dataclass(frozen=True)
class PlannedStation:
    station: Station
    images: tuple[StationFile, ...]  # the pictures that leave, in order


@dataclass(frozen=True)
class ExhibitPlan:
    """Exactly what leaves for one audience: the export preview."""

    exhibition: ExhibitionDetail
    audience: AudiencePreset
    student: str  # the name as this audience sees it
    stations: tuple[PlannedStation, ...]
    left_out: tuple[LeftOut, ...]
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def image_bytes(self) -> int:
        return sum(f.size for s in self.stations for f in s.images)


def _where(station: Station) -> str:
    return f"Station {station.number} (“{station.label or 'Untitled entry'}”)"


def plan_exhibit(
    detail: ExhibitionDetail,
    audience: AudiencePreset | str | None = None,
    *,
    include_private: bool = False,
) -> ExhibitPlan:
    """What leaves for ``audience`` (default: the exhibition's own preset)."""
    preset = AudiencePreset(audience or detail.audience)
    people_out = keeps_people_out(preset)
    stations: list[PlannedStation] = []
    left: list[LeftOut] = []
    for station in detail.stations:
        where = _where(station)
        reason = None
        if not station.entry_exists:
            reason = "its entry was deleted"
        elif station.entry_trashed:
            reason = "its entry is in the trash"
        elif station.entry_private and not include_private:
            reason = "its entry is private"
        elif station.revision_id is not None and not station.revision_exists:
            reason = "its pinned draft no longer exists"
        if reason is not None:
            left.append(LeftOut(f"{where} was left out: {reason}.", station.number))
            continue
        images = []
        for file in station.files:
            if not is_shown_image(file.media_type):
                left.append(LeftOut(
                    f"{where}: “{file.filename}” stays behind; only pictures travel with "
                    "an exhibition.", station.number, file.filename,
                ))  # fmt: skip
            elif not file.present:
                left.append(LeftOut(
                    f"{where}: the picture “{file.filename}” is missing from the journal "
                    "folder.", station.number, file.filename,
                ))  # fmt: skip
            elif people_out and file.shows_people and not file.included:
                left.append(LeftOut(
                    f"{where}: “{file.filename}” shows other people, so it stays out for "
                    "this audience unless you tick it.", station.number, file.filename,
                ))  # fmt: skip
            else:
                images.append(file)
        stations.append(PlannedStation(station, tuple(images)))
    return ExhibitPlan(
        exhibition=detail,
        audience=preset,
        student=name_for(detail.student_name, preset),
        stations=tuple(stations),
        left_out=tuple(left),
    )


# -- pictures -----------------------------------------------------------------------
def picture_bytes(file: StationFile) -> bytes:
    """A picture's bytes as they leave: metadata stripped (SVG as it is).

    Raises ExportFailed with the file's name when it can't be read or cleaned.
    """
    try:
        data = file.read()
    except ValueError:  # a locked journal's file that fails authentication
        raise ExportFailed(
            f"The picture “{file.filename}” is damaged; run 'journal check' to see why."
        ) from None
    except OSError as exc:
        raise ExportFailed(
            f"The picture “{file.filename}” can't be read ({exc.strerror or exc}); run "
            "'journal check' to see why."
        ) from exc
    if file.media_type == "image/svg+xml":
        return data
    if file.media_type not in CLEANABLE:
        raise ExportFailed(f"The picture “{file.filename}” is of a kind that can't be shown.")
    try:
        return clean_image(data, file.media_type)
    except ImageError as exc:
        raise ExportFailed(
            f"The picture “{file.filename}” is damaged ({exc}); attach it again or leave it out."
        ) from exc
