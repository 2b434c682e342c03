"""Exhibition actions: each reports what changed, and the structural ones undo exactly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journal.actions import Kind, info
from journal.actions import entries as entry_act
from journal.actions import exhibitions as act
from journal.core.exhibitions import AudiencePreset, ExhibitionFormat, PanelNoteKind, RunKind
from journal.store.database import Journal
from journal.store.errors import JournalError, NotFoundError
from journal.store.read_models.exhibitions import (
    entry_drafts,
    exhibition_detail,
    list_exhibitions,
)
from tests.exhibitions.helpers import build_exhibition, criterion, entry_with_drafts, undo

ACTIONS: list[Callable[..., Any]] = [
    act.create_exhibition, act.edit_exhibition, act.rename_exhibition, act.delete_exhibition,
    act.restore_exhibition, act.duplicate_exhibition, act.add_station, act.remove_station,
    act.restore_station, act.move_station, act.move_station_up, act.move_station_down,
    act.pin_revision, act.set_growth_strip, act.set_captions, act.set_notes, act.set_time_share,
    act.set_station_section, act.set_station_links, act.include_people_file,
    act.describe_attachment, act.record_rehearsal, act.record_presentation, act.delete_run,
    act.add_panel_notes,
]  # fmt: skip


def _order(journal: Journal, exhibition_id: str) -> list[str]:
    return [s.id for s in exhibition_detail(journal, exhibition_id).stations]


def test_every_exhibition_action_is_described() -> None:
    for fn in ACTIONS:
        described = info(fn)
        assert described is not None and described.label, fn.__name__


def test_a_template_gives_time_audience_and_sections(journal: Journal) -> None:
    outcome = act.create_exhibition(journal, "  My  year ", format=ExhibitionFormat.CONFERENCE)
    assert outcome.changes.touches(Kind.EXHIBITIONS)
    detail = exhibition_detail(journal, outcome.value)
    assert detail.title == "My year"
    assert detail.time_budget_s == 20 * 60
    assert detail.audience is AudiencePreset.FAMILY
    assert detail.sections and detail.stations == ()
    undo(journal, outcome)
    assert list_exhibitions(journal) == []


def test_an_empty_exhibition_and_a_title_is_required(journal: Journal) -> None:
    exhibition_id = act.create_exhibition(journal, "Empty").value
    detail = exhibition_detail(journal, exhibition_id)
    assert detail.format is ExhibitionFormat.CUSTOM and detail.time_budget_s == 0
    with pytest.raises(JournalError, match="title"):
        act.create_exhibition(journal, "   ")


def test_editing_fields_undoes_to_the_old_values(journal: Journal) -> None:
    exhibition_id = act.create_exhibition(journal, "Old", format="presentation").value
    outcome = act.edit_exhibition(
        journal, exhibition_id, title="New", claim="Why?", audience="public",
        time_budget_s=900, sections=["A", " ", "B"],
    )  # fmt: skip
    detail = exhibition_detail(journal, exhibition_id)
    assert (detail.title, detail.claim, detail.audience, detail.time_budget_s, detail.sections) == (
        "New", "Why?", AudiencePreset.PUBLIC, 900, ("A", "B"),
    )  # fmt: skip
    undo(journal, outcome)
    detail = exhibition_detail(journal, exhibition_id)
    assert (detail.title, detail.claim, detail.audience, detail.time_budget_s) == (
        "Old", "", AudiencePreset.PANEL, 600,
    )  # fmt: skip
    undo(journal, act.rename_exhibition(journal, exhibition_id, "Renamed"))
    assert exhibition_detail(journal, exhibition_id).title == "Old"
    with pytest.raises(JournalError):
        act.edit_exhibition(journal, exhibition_id, time_budget_s=-1)


def test_add_pins_the_latest_draft_and_undo_removes_it(journal: Journal) -> None:
    entry_id, revs = entry_with_drafts(journal, "Bridge", "one", "two")
    exhibition_id = act.create_exhibition(journal, "Show").value
    outcome = act.add_station(journal, exhibition_id, entry_id)
    station = exhibition_detail(journal, exhibition_id).stations[0]
    assert (station.revision_id, station.body, station.change_note) == (revs[1], "two", "Change 2")
    assert station.number == 1 and station.label == "Bridge"
    undo(journal, outcome)
    assert exhibition_detail(journal, exhibition_id).stations == ()
    with pytest.raises(NotFoundError):
        act.add_station(journal, exhibition_id, "no-such-entry")


def test_remove_and_undo_put_the_same_station_back_in_its_place(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    act.set_notes(journal, built.stations[1], "Say the rhyme slowly")
    before = exhibition_detail(journal, built.exhibition_id)
    outcome = act.remove_station(journal, built.stations[1])
    assert outcome.changes.touches(Kind.EXHIBITIONS)
    assert _order(journal, built.exhibition_id) == [built.stations[0], built.stations[2]]
    undo(journal, outcome)
    after = exhibition_detail(journal, built.exhibition_id)
    assert after.stations == before.stations


def test_moving_up_and_down_and_undo(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    a, b, c = built.stations
    outcome = act.move_station_down(journal, a)
    assert _order(journal, built.exhibition_id) == [b, a, c]
    undo(journal, outcome)
    assert _order(journal, built.exhibition_id) == [a, b, c]
    act.move_station_up(journal, c)
    assert _order(journal, built.exhibition_id) == [a, c, b]
    stay = act.move_station_up(journal, a)  # already first: nothing to undo
    assert stay.inverse is None and not stay.changes
    undo(journal, act.move_station(journal, b, 0))
    assert _order(journal, built.exhibition_id) == [a, c, b]


def test_pin_growth_captions_notes_time_links_and_their_undo(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    station_id = built.stations[0]
    first, middle, *_rest, last = built.revisions[0]
    steps = [
        act.pin_revision(journal, station_id, middle),
        act.set_growth_strip(journal, station_id, [last, first]),
        act.set_captions(journal, station_id, topic="Trusses", myself="I persist"),
        act.set_notes(journal, station_id, "Point at the joint"),
        act.set_time_share(journal, station_id, 95),
        act.set_station_section(journal, station_id, " The evidence "),
        act.set_station_links(
            journal, station_id, criterion_ids=["c1", "c1"], attributes=["voice"]
        ),
        act.include_people_file(journal, station_id, built.people_id, True),
    ]
    station = exhibition_detail(journal, built.exhibition_id).stations[0]
    assert station.revision_id == middle and station.body == "Second: straws."
    assert [d.revision_id for d in station.growth] == [first, last]
    assert (station.caption_topic, station.caption_self) == ("Trusses", "I persist")
    assert (station.notes, station.time_share_s, station.section) == (
        "Point at the joint", 95, "The evidence",
    )  # fmt: skip
    assert [c.id for c in station.criteria] == ["c1"] and not station.criteria[0].exists
    assert {a.value for a in station.attributes} == {"voice"}
    for step in reversed(steps):
        assert step.changes.touches(Kind.EXHIBITIONS)
        undo(journal, step)
    station = exhibition_detail(journal, built.exhibition_id).stations[0]
    assert station.revision_id == last and station.growth == ()
    assert (station.caption_topic, station.caption_self) == ("Topic 1", "Me 1")
    assert station.notes == "" and station.time_share_s == 120 and station.section == ""


def test_a_draft_of_another_entry_can_not_be_pinned(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    with pytest.raises(NotFoundError, match="draft"):
        act.pin_revision(journal, built.stations[0], built.revisions[1][0])
    with pytest.raises(JournalError, match="at most"):
        act.set_growth_strip(journal, built.stations[0], built.revisions[0] * 2 + ["x"])


def test_describing_a_picture_and_undo(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    outcome = act.describe_attachment(journal, built.photo_id, alt_text="", decorative=True)
    assert outcome.changes.touches(Kind.EXHIBITIONS, Kind.ATTACHMENTS)
    files = {f.attachment_id: f for f in exhibition_detail(journal, built.exhibition_id)
             .stations[0].files}  # fmt: skip
    assert files[built.photo_id].decorative and files[built.photo_id].alt_text == ""
    assert files[built.people_id].shows_people
    undo(journal, outcome)
    files = {f.attachment_id: f for f in exhibition_detail(journal, built.exhibition_id)
             .stations[0].files}  # fmt: skip
    assert not files[built.photo_id].decorative
    assert files[built.photo_id].alt_text == "A balsa bridge on two desks"


def test_duplicate_keeps_the_structure_and_drops_the_stations(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    outcome = act.duplicate_exhibition(journal, built.exhibition_id)
    copy = exhibition_detail(journal, outcome.value)
    source = exhibition_detail(journal, built.exhibition_id)
    assert copy.title == "How I learned to build (next year)"
    assert (copy.format, copy.claim, copy.audience, copy.time_budget_s, copy.sections) == (
        source.format, source.claim, source.audience, source.time_budget_s, source.sections,
    )  # fmt: skip
    assert copy.stations == () and copy.runs == ()
    undo(journal, outcome)
    assert [s.id for s in list_exhibitions(journal)] == [built.exhibition_id]


def test_rehearsals_and_presentations_are_kept_with_their_timings(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    a, b, c = built.stations
    first = act.record_rehearsal(journal, built.exhibition_id, [(a, 100), (b, 130.5), (c, 90)])
    act.record_rehearsal(journal, built.exhibition_id, [act.StationTiming(a, 80)])
    shown = act.record_presentation(journal, built.exhibition_id, [(a, 60), (c, 70)])
    again = act.record_presentation(journal, built.exhibition_id, [(a, 61)])
    detail = exhibition_detail(journal, built.exhibition_id)
    assert len(detail.rehearsals) == 2 and len(detail.presentations) == 2
    run = next(r for r in detail.runs if r.id == first.value)
    assert run.kind is RunKind.REHEARSAL and run.total_s == pytest.approx(320.5)
    assert run.timings == ((a, 100.0), (b, 130.5), (c, 90.0))
    paced = detail.run_against_plan(first.value)
    assert [(p.number, p.planned_s, p.spent_s) for p in paced] == [
        (1, 120, 100.0), (2, 120, 130.5), (3, 120, 90.0),
    ]  # fmt: skip
    assert paced[1].over_s == pytest.approx(10.5)
    summary = list_exhibitions(journal)[0]
    assert (summary.rehearsals, summary.presentations, summary.station_count) == (2, 2, 3)
    assert summary.planned_s == 360
    undo(journal, again)
    assert [r.id for r in exhibition_detail(journal, built.exhibition_id).presentations] == [
        shown.value
    ]
    with pytest.raises(JournalError):
        act.record_rehearsal(journal, built.exhibition_id, [(a, -1)])
    with pytest.raises(NotFoundError):
        act.record_rehearsal(journal, built.exhibition_id, [("elsewhere", 1)])


def test_panel_notes_are_kept_per_station(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    crit = criterion(journal)
    run_id = act.record_presentation(journal, built.exhibition_id, []).value
    outcome = act.add_panel_notes(
        journal,
        built.exhibition_id,
        [
            act.PanelNoteInput(PanelNoteKind.WOW, "The truss test!", built.stations[0]),
            act.PanelNoteInput(PanelNoteKind.WONDER, "What about steel?", built.stations[0]),
            act.PanelNoteInput(PanelNoteKind.QUESTION, "Why balsa?"),
            act.PanelNoteInput(PanelNoteKind.RATING, "", built.stations[1], crit, level=3),
        ],
        author_name="Ms Okafor",
        run_id=run_id,
    )
    assert outcome.changes.touches(Kind.FEEDBACK)
    notes = exhibition_detail(journal, built.exhibition_id).panel_notes
    assert [n.kind for n in notes].count(PanelNoteKind.WOW) == 1
    rating = next(n for n in notes if n.kind is PanelNoteKind.RATING)
    assert rating.level == 3 and rating.run_id == run_id and rating.author_name == "Ms Okafor"
    with pytest.raises(JournalError, match="1 to 4"):
        act.add_panel_notes(
            journal, built.exhibition_id, [act.PanelNoteInput(PanelNoteKind.RATING, level=5)]
        )


def test_delete_and_undo_bring_everything_back(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    run_id = act.record_rehearsal(journal, built.exhibition_id, [(built.stations[0], 5)]).value
    act.add_panel_notes(
        journal, built.exhibition_id,
        [act.PanelNoteInput(PanelNoteKind.WOW, "Nice", built.stations[0])], run_id=run_id,
    )  # fmt: skip
    before = exhibition_detail(journal, built.exhibition_id)
    outcome = act.delete_exhibition(journal, built.exhibition_id)
    assert list_exhibitions(journal) == []
    undo(journal, outcome)
    after = exhibition_detail(journal, built.exhibition_id)
    assert after.stations == before.stations
    assert after.runs == before.runs and after.panel_notes == before.panel_notes


def test_a_station_outlives_its_entry(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    entry_act.trash_entry(journal, built.entries[1])
    station = exhibition_detail(journal, built.exhibition_id).stations[1]
    assert station.entry_exists and station.entry_trashed
    entry_act.empty_trash(journal)
    station = exhibition_detail(journal, built.exhibition_id).stations[1]
    assert not station.entry_exists and station.label == "Poem about rain"
    assert station.revision_id is None and station.body == ""


def test_entry_drafts_lists_every_draft_oldest_first(journal: Journal) -> None:
    entry_id, revs = entry_with_drafts(journal, "E", "a", "b", "c")
    drafts = entry_drafts(journal, entry_id)
    # The entry's first revision (made when it was created) comes first.
    assert [d.revision_id for d in drafts][-3:] == revs
    assert [d.body for d in drafts][-3:] == ["a", "b", "c"]


def test_export_exhibition_writes_the_file_and_changes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    out = tmp_path / "show.exhibition.html"
    outcome = act.export_exhibition(journal, built.exhibition_id, out, audience="public")
    assert outcome.inverse is None
    assert not outcome.changes.kinds
    assert outcome.value.path == out
    text = out.read_text(encoding="utf-8")
    assert "Topic 1" in text and "Rivera" not in text
