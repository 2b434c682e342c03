""""Ready to present?": every gap names its station and what to fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.actions import entries as entry_act
from journal.actions import exhibitions as act
from journal.core.exhibitions import (
    AudiencePreset,
    Gap,
    keeps_people_out,
    name_for,
    readiness,
)
from journal.store.database import Journal
from journal.store.read_models.exhibitions import readiness_of
from tests.exhibitions.helpers import build_exhibition


@dataclass(frozen=True)
class _File:
    attachment_id: str = "f1"
    filename: str = "photo.jpg"
    media_type: str = "image/jpeg"
    present: bool = True
    alt_text: str = "A photo"
    decorative: bool = False


@dataclass(frozen=True)
class _Station:
    id: str = "s1"
    number: int = 1
    label: str = "Bridge"
    entry_exists: bool = True
    entry_trashed: bool = False
    entry_private: bool = False
    revision_id: str | None = "r1"
    revision_exists: bool = True
    caption_topic: str = "Trusses"
    caption_self: str = "I keep going"
    time_share_s: int = 60
    files: tuple[_File, ...] = (_File(),)


@dataclass(frozen=True)
class _Exhibition:
    time_budget_s: int = 600
    stations: tuple[_Station, ...] = field(default_factory=lambda: (_Station(),))


def _gaps(**station: Any) -> list[Gap]:
    return [g.gap for g in readiness(_Exhibition(stations=(_Station(**station),)))]


def test_a_complete_plan_is_ready() -> None:
    assert readiness(_Exhibition()) == ()


def test_each_gap_is_found_and_names_the_station() -> None:
    assert _gaps(caption_topic=" ") == [Gap.CAPTION_TOPIC]
    assert _gaps(caption_self="") == [Gap.CAPTION_SELF]
    assert _gaps(files=(_File(alt_text=""),)) == [Gap.ALT_TEXT]
    assert _gaps(files=(_File(alt_text="", decorative=True),)) == []
    assert _gaps(files=(_File(alt_text="", media_type="application/pdf"),)) == []
    assert _gaps(files=(_File(present=False),)) == [Gap.FILE_MISSING]
    assert _gaps(revision_id=None) == [Gap.NO_REVISION]
    assert _gaps(revision_exists=False) == [Gap.REVISION_MISSING]
    assert _gaps(entry_trashed=True) == [Gap.ENTRY_TRASHED]
    assert _gaps(entry_private=True) == [Gap.ENTRY_PRIVATE]
    assert _gaps(entry_exists=False, caption_topic="") == [Gap.ENTRY_DELETED]
    gap = readiness(_Exhibition(stations=(_Station(number=3, label="Poem", caption_self=""),)))[0]
    assert gap.station_id == "s1" and gap.station_number == 3
    assert gap.message.startswith("Station 3 (“Poem”)") and "about yourself" in gap.message


def test_time_over_budget_and_no_stations() -> None:
    over = _Exhibition(time_budget_s=100, stations=(_Station(), _Station(id="s2", number=2)))
    gaps = readiness(over)
    assert [g.gap for g in gaps] == [Gap.OVER_BUDGET]
    assert "2:00" in gaps[0].message and "1:40" in gaps[0].message
    assert readiness(_Exhibition(time_budget_s=0, stations=(_Station(time_share_s=9999),))) == ()
    assert [g.gap for g in readiness(_Exhibition(stations=()))] == [Gap.NO_STATIONS]


def test_names_for_each_audience() -> None:
    assert name_for("Sam  Rivera", AudiencePreset.PANEL) == "Sam Rivera"
    assert name_for("Sam Rivera", "family") == "Sam"
    assert name_for("Sam de la Rivera", "public") == "Sam R."
    assert name_for("Sam", "public") == "Sam"
    assert name_for("  ", "panel") == "A student"
    assert keeps_people_out("family") and keeps_people_out("public")
    assert not keeps_people_out("panel")


def test_the_checklist_on_a_real_journal(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    assert readiness_of(journal, built.exhibition_id) == ()
    act.set_captions(journal, built.stations[2], topic="")
    act.describe_attachment(journal, built.photo_id, alt_text="")
    act.set_time_share(journal, built.stations[0], 600)
    entry_act.trash_entry(journal, built.entries[1])
    gaps = readiness_of(journal, built.exhibition_id)
    assert [(g.gap, g.station_number) for g in gaps] == [
        (Gap.ALT_TEXT, 1),
        (Gap.ENTRY_TRASHED, 2),
        (Gap.CAPTION_TOPIC, 3),
        (Gap.OVER_BUDGET, None),
    ]
    assert gaps[0].attachment_id == built.photo_id and "bridge.jpg" in gaps[0].message
    entry_act.empty_trash(journal)
    gaps = readiness_of(journal, built.exhibition_id)
    assert (Gap.ENTRY_DELETED, 2) in [(g.gap, g.station_number) for g in gaps]
    assert any("Poem about rain" in g.message for g in gaps)
