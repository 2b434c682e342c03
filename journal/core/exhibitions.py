"""Exhibitions of learning, as pure logic: formats, audience presets and "Ready to present?".

An exhibition is a few stations (an entry, one pinned draft, two captions)
shown to an audience in one of a few formats. This module knows the formats'
templates, how much of the student's name each audience sees, and which gaps
stand between a plan and a presentation. No Qt, no SQL: the read models hand
it plain snapshots (anything with the attributes of the Protocols below).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

# Format names and audience presets are shown by the exhibitions page through
# ``self.tr(...)``: marked here so `make translations` collects them.
from journal.core.attributes import QT_TRANSLATE_NOOP


class ExhibitionFormat(enum.StrEnum):
    CONFERENCE = "conference"  # student-led conference (families)
    PRESENTATION = "presentation"  # presentation of learning (panel)
    PASSAGE = "passage"  # passage presentation at the end of a stage
    GALLERY = "gallery"  # gallery walk with placards
    DEFENSE = "defense"  # defense with panel questions
    CUSTOM = "custom"  # started empty


class AudiencePreset(enum.StrEnum):
    PANEL = "panel"  # teachers and a panel: full name, everything chosen
    FAMILY = "family"  # families: first name, no photos of other people unless ticked
    PUBLIC = "public"  # anyone: first name and last initial, same rule for photos


class RunKind(enum.StrEnum):
    REHEARSAL = "rehearsal"
    PRESENTATION = "presentation"


class PanelNoteKind(enum.StrEnum):
    WOW = "wow"  # something that impressed the panel
    WONDER = "wonder"  # something the panel wondered about
    QUESTION = "question"  # a question asked
    RATING = "rating"  # a level (1–4) for one linked criterion


#: The four rating levels, lowest first (words for students, not grades).
RATING_LEVELS = ("Starting out", "On the way", "Got it", "Going beyond")


@dataclass(frozen=True)
class FormatTemplate:
    format: ExhibitionFormat
    label: str
    description: str
    minutes: int
    audience: AudiencePreset
    sections: tuple[str, ...]
    panel_questions: bool = False


TEMPLATES: dict[ExhibitionFormat, FormatTemplate] = {
    t.format: t
    for t in (
        FormatTemplate(
            ExhibitionFormat.CONFERENCE,
            QT_TRANSLATE_NOOP("ExhibitionsPage", "Student-led conference"),
            QT_TRANSLATE_NOOP(
                "ExhibitionsPage",
                "You lead a talk with your family about a few pieces of work, where you are "
                "now and what you want to try next.",
            ),
            20,
            AudiencePreset.FAMILY,
            (
                QT_TRANSLATE_NOOP("ExhibitionsPage", "Where I started"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "Work I am proud of"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "What I want to try next"),
            ),
        ),
        FormatTemplate(
            ExhibitionFormat.PRESENTATION,
            QT_TRANSLATE_NOOP("ExhibitionsPage", "Presentation of learning"),
            QT_TRANSLATE_NOOP(
                "ExhibitionsPage",
                "A short talk to a panel: your claim, the work that backs it up, and how the "
                "work changed through your drafts.",
            ),
            10,
            AudiencePreset.PANEL,
            (
                QT_TRANSLATE_NOOP("ExhibitionsPage", "My claim"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "The evidence"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "How I grew"),
            ),
            panel_questions=True,
        ),
        FormatTemplate(
            ExhibitionFormat.PASSAGE,
            QT_TRANSLATE_NOOP("ExhibitionsPage", "Passage presentation"),
            QT_TRANSLATE_NOOP(
                "ExhibitionsPage",
                "At the end of a stage, you show you are ready for the next one, with work "
                "from across the stage.",
            ),
            20,
            AudiencePreset.PANEL,
            (
                QT_TRANSLATE_NOOP("ExhibitionsPage", "Looking back"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "Ready for what comes next"),
            ),
            panel_questions=True,
        ),
        FormatTemplate(
            ExhibitionFormat.GALLERY,
            QT_TRANSLATE_NOOP("ExhibitionsPage", "Gallery walk"),
            QT_TRANSLATE_NOOP(
                "ExhibitionsPage",
                "Visitors walk past your work on their own time; each piece has a placard "
                "that speaks for you.",
            ),
            0,
            AudiencePreset.PUBLIC,
            (),
        ),
        FormatTemplate(
            ExhibitionFormat.DEFENSE,
            QT_TRANSLATE_NOOP("ExhibitionsPage", "Defense with panel questions"),
            QT_TRANSLATE_NOOP(
                "ExhibitionsPage",
                "You defend a claim about your learning, then answer the panel's questions "
                "about your evidence.",
            ),
            30,
            AudiencePreset.PANEL,
            (
                QT_TRANSLATE_NOOP("ExhibitionsPage", "My claim"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "Evidence"),
                QT_TRANSLATE_NOOP("ExhibitionsPage", "Questions from the panel"),
            ),
            panel_questions=True,
        ),
        FormatTemplate(
            ExhibitionFormat.CUSTOM,
            QT_TRANSLATE_NOOP("ExhibitionsPage", "Start empty"),
            QT_TRANSLATE_NOOP(
                "ExhibitionsPage", "No plan yet: choose your own stations, sections and time."
            ),
            0,
            AudiencePreset.PANEL,
            (),
        ),
    )
}

AUDIENCE_LABELS = {
    AudiencePreset.PANEL: QT_TRANSLATE_NOOP(
        "ExhibitionsPage", "Panel (your full name, all chosen files)"
    ),
    AudiencePreset.FAMILY: QT_TRANSLATE_NOOP(
        "ExhibitionsPage", "Families (your first name; photos of other people stay out)"
    ),
    AudiencePreset.PUBLIC: QT_TRANSLATE_NOOP(
        "ExhibitionsPage", "Anyone (first name and last initial; photos of other people stay out)"
    ),
}


def name_for(full_name: str, audience: AudiencePreset | str) -> str:
    """How much of the student's name this audience sees.

    Panel: the full name. Family: the first name only. Public: the first name
    and the initial of the last one ("Sam Rivera" → "Sam R.").
    """
    parts = full_name.split()
    if not parts:
        return "A student"
    preset = AudiencePreset(audience)
    if preset is AudiencePreset.PANEL:
        return " ".join(parts)
    if preset is AudiencePreset.FAMILY or len(parts) == 1:
        return parts[0]
    return f"{parts[0]} {parts[-1][0]}."


def keeps_people_out(audience: AudiencePreset | str) -> bool:
    """Whether files marked "shows other people" stay out unless ticked for this exhibition."""
    return AudiencePreset(audience) is not AudiencePreset.PANEL


def is_shown_image(media_type: str) -> bool:
    """Images that appear on a page (and so need alt text or a "decorative" mark)."""
    return media_type in {
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml",
    }  # fmt: skip


# -- "Ready to present?" ------------------------------------------------------


class FileFacts(Protocol):
    @property
    def attachment_id(self) -> str: ...
    @property
    def filename(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    @property
    def present(self) -> bool: ...
    @property
    def alt_text(self) -> str: ...
    @property
    def decorative(self) -> bool: ...


class StationFacts(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def number(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def entry_exists(self) -> bool: ...
    @property
    def entry_trashed(self) -> bool: ...
    @property
    def entry_private(self) -> bool: ...
    @property
    def revision_id(self) -> str | None: ...
    @property
    def revision_exists(self) -> bool: ...
    @property
    def caption_topic(self) -> str: ...
    @property
    def caption_self(self) -> str: ...
    @property
    def time_share_s(self) -> int: ...
    @property
    def files(self) -> Sequence[FileFacts]: ...


class ExhibitionFacts(Protocol):
    @property
    def time_budget_s(self) -> int: ...
    @property
    def stations(self) -> Sequence[StationFacts]: ...


class Gap(enum.StrEnum):
    NO_STATIONS = "no-stations"
    ENTRY_DELETED = "entry-deleted"
    ENTRY_TRASHED = "entry-trashed"
    ENTRY_PRIVATE = "entry-private"  # exports leave it out unless private entries are included
    NO_REVISION = "no-revision"  # nothing pinned
    REVISION_MISSING = "revision-missing"  # pinned, then gone
    CAPTION_TOPIC = "caption-topic"
    CAPTION_SELF = "caption-self"
    ALT_TEXT = "alt-text"
    FILE_MISSING = "file-missing"
    OVER_BUDGET = "over-budget"


@dataclass(frozen=True)
class ReadinessGap:
    """One thing to fix before presenting: where it is, and what to do, in one sentence."""

    gap: Gap
    message: str
    station_id: str | None = None
    station_number: int | None = None
    attachment_id: str | None = None


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(max(seconds, 0), 60)
    return f"{minutes}:{rest:02d}"


def readiness(exhibition: ExhibitionFacts) -> tuple[ReadinessGap, ...]:
    """Every gap between this plan and a presentation, in station order; empty when ready."""
    gaps: list[ReadinessGap] = []
    if not exhibition.stations:
        gaps.append(ReadinessGap(Gap.NO_STATIONS, "Add at least one entry to show as a station."))
    for station in exhibition.stations:
        where = f"Station {station.number} (“{station.label or 'Untitled entry'}”)"

        def add(
            gap: Gap,
            text: str,
            attachment_id: str | None = None,
            where: str = where,
            station: StationFacts = station,
        ) -> None:
            gaps.append(
                ReadinessGap(gap, f"{where}: {text}", station.id, station.number, attachment_id)
            )

        if not station.entry_exists:
            add(Gap.ENTRY_DELETED, "its entry was deleted; remove the station or choose "
                "another entry.")  # fmt: skip
            continue
        if station.entry_trashed:
            add(Gap.ENTRY_TRASHED, "its entry is in the trash; restore it or remove the "
                "station.")  # fmt: skip
        if station.entry_private:
            add(Gap.ENTRY_PRIVATE, "its entry is private, so exports leave it out; make the "
                "entry shareable, or include private entries when you export.")  # fmt: skip
        if station.revision_id is None:
            add(Gap.NO_REVISION, "no draft is pinned; pick the draft to show from its history.")
        elif not station.revision_exists:
            add(Gap.REVISION_MISSING, "the pinned draft no longer exists; pin another draft.")
        if not station.caption_topic.strip():
            add(Gap.CAPTION_TOPIC, "write what you learned about the topic.")
        if not station.caption_self.strip():
            add(Gap.CAPTION_SELF, "write what you learned about yourself.")
        for file in station.files:
            if not is_shown_image(file.media_type):
                continue
            if not file.present:
                add(
                    Gap.FILE_MISSING,
                    f"the picture “{file.filename}” is missing from the journal folder; "
                    "attach it again or leave it out.",
                    file.attachment_id,
                )
            elif not file.alt_text.strip() and not file.decorative:
                add(
                    Gap.ALT_TEXT,
                    f"describe the picture “{file.filename}” for people who can't see it, "
                    "or mark it as decorative.",
                    file.attachment_id,
                )
    planned = sum(s.time_share_s for s in exhibition.stations)
    budget = exhibition.time_budget_s
    if budget > 0 and planned > budget:
        gaps.append(
            ReadinessGap(
                Gap.OVER_BUDGET,
                f"The stations add up to {_minutes(planned)} but you have {_minutes(budget)}; "
                "shorten some stations or ask for more time.",
            )
        )
    return tuple(gaps)
