"""A realistic, deterministic sample journal: a student's year (or years) of learning.

Used by ``journal demo``, the first-run "explore a sample journal" offer, the
screenshots and the benchmarks. The same seed and sizes always give the same
journal (ids included), so figures and pictures can be compared run to run.
"""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from journal.core.text import word_count, words_changed
from journal.store.attachments import store_bytes
from journal.store.database import Journal
from journal.store.entries import compress, revision_digest
from journal.store.models import (
    Attachment,
    AttachmentDescription,
    Attribute,
    Checkpoint,
    CheckpointRating,
    Criterion,
    Entry,
    EntryAttachment,
    Exhibition,
    ExhibitionRun,
    ExhibitionStation,
    Goal,
    GoalAction,
    GoalEvidence,
    LearnerProfile,
    PanelNote,
    Reflection,
    Revision,
    RevisionAttachment,
    Tag,
    entry_tags,
)

TOPICS = [
    ("Volcano model", "science", "I built a model volcano and measured how far the foam travelled"),
    ("Fractions on a number line", "maths", "I worked out where fractions sit between 0 and 1"),
    ("Poem about the river", "english", "I wrote a poem about the river near our school"),
    ("Bridge made of straws", "design", "our group built a bridge out of straws and tape"),
    ("Interview with my grandmother", "history", "I asked my grandmother about school in 1970"),
    ("Plant growth experiment", "science", "I grew beans under different lights"),
    ("Persuasive speech", "english", "I drafted a speech asking for a longer lunch break"),
    ("Coding a quiz game", "computing", "I made a quiz game in Scratch for my class"),
    (
        "Map of the neighbourhood",
        "geography",
        "I drew a map of the streets between home and school",
    ),
    ("Song for the assembly", "music", "we wrote a short song for the spring assembly"),
    ("Ratios in recipes", "maths", "I scaled a pancake recipe up for twelve people"),
    ("Debate on screen time", "citizenship", "our class debated how much screen time is fair"),
    ("Self-portrait", "art", "I painted a self-portrait using only three colours"),
    ("Water cycle comic", "science", "I told the story of the water cycle as a comic"),
    ("Book review", "english", "I reviewed the novel we read this term"),
    ("Fitness log", "pe", "I kept track of my running times for four weeks"),
]

SENTENCES = [
    "At first I was not sure where to start, so I listed what I already knew.",
    "The hardest part was {thing}, and I had to try it three times.",
    "I asked {person} for help and they showed me a different way to look at it.",
    "Next time I want to spend more time on {thing}.",
    "I noticed that I work better when {condition}.",
    "My first idea did not work, which was annoying, but it told me something useful.",
    "I changed my plan after talking it through with {person}.",
    "I am proud of how the ending turned out.",
    "I measured everything twice and wrote the results in a table.",
    "Reading it aloud helped me find the sentences that did not make sense.",
    "I think the main thing I learned is that {lesson}.",
    "We split the work so everyone had a part they cared about.",
    "I took a break when I got stuck and came back with a fresh idea.",
    "The feedback I got was that {thing} needed more detail, so I added an example.",
    "I drew a quick sketch before building anything.",
    "It took longer than I expected, but the result is much clearer now.",
]
FILL = {
    "thing": [
        "the introduction",
        "getting the measurements right",
        "the conclusion",
        "explaining my reasoning",
        "the design drawing",
        "the timing",
    ],
    "person": ["my teacher", "a friend", "my group", "my older brother", "the librarian"],
    "condition": [
        "it is quiet",
        "I can talk ideas through",
        "I start early in the day",
        "I have music on",
        "I make a plan first",
    ],
    "lesson": [
        "mistakes show me what to try next",
        "explaining helps me understand",
        "small steps add up",
        "asking early saves time",
        "drafts get better slowly",
    ],
}
NOTES = [
    "Added my results and a table.",
    "Rewrote the opening so it gets to the point.",
    "Fixed spelling after a friend read it.",
    "Cut a paragraph that repeated itself.",
    "Added what my teacher suggested about evidence.",
    "Made the ending say what I learned.",
    "Added a photo of the model.",
    None,
    None,
    "Tidied up the headings.",
]
REFLECTION_ANSWERS = [
    "I learned best when I could try things with my hands before reading about them.",
    "Working with a partner helped because we caught each other's mistakes.",
    "I got frustrated at first, so I took a walk and came back to it.",
    "Mornings work better for me than evenings for writing.",
    "Explaining it to my little sister showed me what I did not understand yet.",
    "I liked choosing my own topic; it made me want to keep going.",
]
PLACES = ["classroom", "library", "home", "outdoors", "lab"]
WITH_WHOM = ["alone", "peer", "group", "expert"]
HOWS = ["reading", "making", "talking", "watching", "practising", "teaching"]
TIMES = ["morning", "afternoon", "evening"]


@dataclass(frozen=True)
class DemoSize:
    entries: int = 120
    years: int = 1
    seed: int = 7
    revisions_per_entry: float = 4.0
    images: bool = True


def _png(width: int, height: int, rgb: tuple[int, int, int], rnd: random.Random) -> bytes:
    """A small gradient PNG, made without any image library."""
    rows = bytearray()
    r0, g0, b0 = rgb
    for y in range(height):
        rows.append(0)
        for x in range(width):
            shade = (x * 80 // width) + (y * 60 // height)
            rows += bytes((min(255, r0 + shade), min(255, g0 + shade // 2), min(255, b0 + y)))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _sentence(rnd: random.Random) -> str:
    text = rnd.choice(SENTENCES)
    for key, options in FILL.items():
        text = text.replace("{" + key + "}", rnd.choice(options))
    return text


def _uuid(rnd: random.Random) -> str:
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def _at(day: date, rnd: random.Random) -> datetime:
    return datetime.combine(day, time(rnd.randint(8, 20), rnd.randint(0, 59)), tzinfo=UTC)


def generate_demo(
    journal: Journal,
    size: DemoSize = DemoSize(),
    *,
    today: date | None = None,
    student_name: str = "Sam Rivera",
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill an open (empty or not) journal with a sample; returns what was made."""
    with journal.read() as session:
        seq0 = int(session.scalar(select(Entry.seq).order_by(Entry.seq.desc()).limit(1)) or 0)
    # An empty journal gets exactly the seed's sample (same ids every time); a
    # journal that already has entries gets a different stream, so no id repeats.
    rnd = random.Random(size.seed if seq0 == 0 else f"{size.seed}+{seq0}")
    today = today or date(2026, 6, 30)
    start = today - timedelta(days=365 * size.years)
    span_days = (today - start).days
    counts = {"entries": 0, "revisions": 0, "goals": 0, "reflections": 0, "attachments": 0}

    images: list[tuple[str, int, str]] = []  # (sha, size, name)
    if size.images:
        for i in range(12):
            colour = (rnd.randint(40, 200), rnd.randint(40, 200), rnd.randint(40, 200))
            stored = store_bytes(journal.paths, _png(96, 64, colour, rnd), f"photo-{i + 1}.png")
            images.append((stored.sha256, stored.size, stored.filename))

    with journal.write() as session:
        profile = session.scalar(select(LearnerProfile))
        if profile is not None and not profile.name:
            profile.name = student_name
            profile.statement = (
                "I learn best when I can try things out with my hands and then talk "
                "about them with someone. I need a plan, but I am getting better at "
                "changing it when my first idea does not work."
            )
            profile.statement_updated_at = datetime.combine(today, time(12), tzinfo=UTC)
        tag_ids: dict[str, str] = {}
        for _, subject, _ in TOPICS:
            if subject not in tag_ids:
                existing = session.scalar(select(Tag).where(Tag.key == subject))
                if existing is None:
                    existing = Tag(id=_uuid(rnd), name=subject, key=subject)
                    session.add(existing)
                tag_ids[subject] = existing.id
        attachment_ids: list[tuple[str, str]] = []
        for sha, nbytes, name in images:
            row = session.scalar(select(Attachment).where(Attachment.sha256 == sha))
            if row is None:
                row = Attachment(
                    id=_uuid(rnd),
                    sha256=sha,
                    size=nbytes,
                    media_type="image/png",
                    created_at=datetime.combine(start, time(9), tzinfo=UTC),
                )
                session.add(row)
            attachment_ids.append((row.id, name))
        session.flush()

        entry_rows: list[dict[str, object]] = []
        revision_rows: list[dict[str, object]] = []
        tag_rows: list[dict[str, object]] = []
        entry_att_rows: list[dict[str, object]] = []
        rev_att_rows: list[dict[str, object]] = []
        entry_meta: list[tuple[str, date, list[str]]] = []
        attributes = list(Attribute)
        for i in range(size.entries):
            topic, subject, opening = TOPICS[rnd.randrange(len(TOPICS))]
            day = start + timedelta(days=int(span_days * (i + rnd.random()) / max(size.entries, 1)))
            entry_id = _uuid(rnd)
            title = f"{topic}" if rnd.random() < 0.6 else f"{topic}: week {rnd.randint(1, 6)}"
            body = f"# {topic}\n\n{opening[0].upper()}{opening[1:]}.\n\n{_sentence(rnd)}"
            n_revisions = max(1, int(rnd.expovariate(1 / size.revisions_per_entry)) + 1)
            n_revisions = min(n_revisions, int(size.revisions_per_entry * 4) + 1)
            when = _at(day, rnd)
            created = when
            prev_text = ""
            revision_ids: list[str] = []
            att: tuple[str, str] | None = None
            if attachment_ids and rnd.random() < 0.25:
                att = attachment_ids[rnd.randrange(len(attachment_ids))]
            att_from = rnd.randrange(n_revisions) if att else -1
            for r in range(n_revisions):
                if r:
                    when += timedelta(hours=rnd.randint(2, 96))
                    if rnd.random() < 0.8:
                        body += "\n\n" + _sentence(rnd)
                    else:
                        body = body.replace(".", "!", 1)
                    if rnd.random() < 0.3:
                        body += f"\n\n- [x] {_sentence(rnd)}\n- [ ] {_sentence(rnd)}"
                added, removed = words_changed(prev_text, body)  # the body's words only
                prev_text = body
                rev_id = _uuid(rnd)
                revision_ids.append(rev_id)
                revision_rows.append(
                    dict(
                        id=rev_id,
                        entry_id=entry_id,
                        seq=r + 1,
                        created_at=when,
                        title=title,
                        body_z=compress(body),
                        sha256=revision_digest(title, body),
                        note=(rnd.choice(NOTES) if r else "First draft."),
                        reason="save",
                        restored_from_id=None,
                        word_count=word_count(body),
                        words_added=added,
                        words_removed=removed,
                    )
                )
                if att and r >= att_from:
                    rev_att_rows.append(
                        dict(
                            id=_uuid(rnd),
                            revision_id=rev_id,
                            attachment_id=att[0],
                            filename=att[1],
                            position=0,
                        )
                    )
            chosen = {a for a in attributes if rnd.random() < 0.35} or {rnd.choice(attributes)}
            entry_rows.append(
                dict(
                    id=entry_id,
                    seq=seq0 + i + 1,
                    title=title,
                    body=body,
                    learned_on=day,
                    created_at=created,
                    updated_at=when,
                    draft_saved_at=None,
                    has_unsaved_draft=False,
                    privacy="private" if rnd.random() < 0.2 else "shareable",
                    voice=Attribute.VOICE in chosen,
                    cocreation=Attribute.COCREATION in chosen,
                    social=Attribute.SOCIAL in chosen,
                    selfdiscovery=Attribute.SELF_DISCOVERY in chosen,
                    deleted_at=None,
                    revision_count=n_revisions,
                )
            )
            tag_rows.append(dict(entry_id=entry_id, tag_id=tag_ids[subject]))
            if att:
                entry_att_rows.append(
                    dict(
                        id=_uuid(rnd),
                        entry_id=entry_id,
                        attachment_id=att[0],
                        filename=att[1],
                        position=0,
                        added_at=when,
                    )
                )
                counts["attachments"] += 1
            entry_meta.append((entry_id, day, revision_ids))
            if len(revision_rows) >= 5000 or i == size.entries - 1:
                _flush(session, entry_rows, revision_rows, tag_rows, entry_att_rows, rev_att_rows)
            if progress is not None and (i % 200 == 0 or i == size.entries - 1):
                progress(i + 1, size.entries)
            counts["revisions"] += n_revisions
        counts["entries"] = size.entries

        counts["goals"], counts["reflections"] = _goals_and_reflections(
            session, rnd, entry_meta, start, today, size
        )
        counts["exhibitions"] = _exhibition(session, rnd, today)
    return counts


EXHIBITION_CAPTIONS = [
    (
        "A fair test changes one thing at a time; everything else has to stay the same.",
        "I rush to the answer. Writing down my plan first slowed me down in a good way.",
    ),
    (
        "Details from the senses make a reader feel a place more than big words do.",
        "Reading my drafts aloud shows me where I lose my own rhythm.",
    ),
    (
        "Equivalent fractions are the same amount cut into different numbers of pieces.",
        "Explaining it to my partner showed me the step I had been skipping.",
    ),
    (
        "A model has to be tested, not just built, before you can trust it.",
        "When my first idea failed I kept going, and the third version was the best one.",
    ),
]


def _exhibition(session: Session, rnd: random.Random, today: date) -> int:
    """One presentation of learning with four stations, so a newcomer sees one."""
    candidates = list(
        session.scalars(
            select(Entry)
            .where(Entry.privacy == "shareable", Entry.revision_count >= 3)
            .order_by(Entry.seq)
        )
    )
    if not candidates:
        return 0
    step = max(1, len(candidates) // 4)
    chosen = candidates[::step][:4]
    when = datetime.combine(today, time(15), tzinfo=UTC)
    exhibition = Exhibition(
        id=_uuid(rnd),
        title="How I became a better tester of my own ideas",
        claim="This year I learned to test my ideas before I trust them, in science and "
        "in writing.",
        format="presentation",
        audience="panel",
        time_budget_s=10 * 60,
        sections=["My claim", "The evidence", "How I grew"],
        created_at=when,
        updated_at=when,
    )
    session.add(exhibition)
    session.flush()
    criteria = list(session.scalars(select(Criterion.id).order_by(Criterion.id).limit(2)))
    described: set[str] = set()
    station_ids: list[str] = []
    for position, entry in enumerate(chosen):
        revisions = list(
            session.scalars(
                select(Revision).where(Revision.entry_id == entry.id).order_by(Revision.seq)
            )
        )
        pinned = revisions[-1] if position != 1 else revisions[-2]
        growth = [revisions[0].id, revisions[len(revisions) // 2].id, pinned.id]
        topic, myself = EXHIBITION_CAPTIONS[position % len(EXHIBITION_CAPTIONS)]
        station_ids.append(_uuid(rnd))
        session.add(
            ExhibitionStation(
                id=station_ids[-1],
                exhibition_id=exhibition.id,
                position=position,
                entry_id=entry.id,
                entry_title=entry.title,
                revision_id=pinned.id,
                growth_revision_ids=list(dict.fromkeys(growth)),
                caption_topic=topic,
                caption_self=myself,
                criterion_ids=criteria[:1] if position == 0 else [],
                attributes=sorted(a.value for a in entry.attributes),
                notes="Start with the question, then show the first draft.",
                time_share_s=150 if position < 3 else 90,
                section=("My claim", "The evidence", "The evidence", "How I grew")[position],
                include_people_ids=[],
            )
        )
        for link in pinned.attachments:
            if link.attachment_id not in described:
                described.add(link.attachment_id)
                session.add(
                    AttachmentDescription(
                        attachment_id=link.attachment_id,
                        alt_text="A coloured card I made to sort my notes for this project",
                        decorative=False,
                        shows_people=False,
                    )
                )
    seconds = (170.0, 180.0, 160.0, 130.0)[: len(station_ids)]
    timings: list[list[object]] = [[s, sec] for s, sec in zip(station_ids, seconds, strict=True)]
    session.add(
        ExhibitionRun(
            id=_uuid(rnd),
            exhibition_id=exhibition.id,
            kind="rehearsal",
            started_at=when - timedelta(days=2),
            total_s=sum(seconds),
            timings=timings,
            note="Too long on the first station.",
        )
    )
    # The presentation itself, and what the panel said (as a feedback file brings it).
    presented = _uuid(rnd)
    session.add(
        ExhibitionRun(
            id=presented,
            exhibition_id=exhibition.id,
            kind="presentation",
            started_at=when - timedelta(days=1),
            total_s=sum(seconds) - 40,
            timings=[[s, sec - 10] for s, sec in zip(station_ids, seconds, strict=True)],
            note="",
        )
    )
    said: list[tuple[str, str | None, str, str | None, int | None]] = [
        ("wow", station_ids[0], "You showed the first draft and said why it failed.", None, None),
        ("wonder", station_ids[0], "What would you test first next time?", None, None),
        ("question", None, "Which change made the biggest difference, and how do you know?",
         None, None),
    ]  # fmt: skip
    if criteria:
        said.append(("rating", station_ids[0], "", criteria[0], 3))
    for kind, station_id, text, criterion_id, level in said:
        session.add(
            PanelNote(
                id=_uuid(rnd),
                exhibition_id=exhibition.id,
                run_id=presented,
                station_id=station_id,
                criterion_id=criterion_id,
                kind=kind,
                text=text,
                level=level,
                author_name="Ms Okafor",
                written_at=when - timedelta(hours=20),
            )
        )
    return 1


def _flush(session: Session, *batches: list[dict[str, object]]) -> None:
    tables = [
        Entry.__table__,
        Revision.__table__,
        entry_tags,
        EntryAttachment.__table__,
        RevisionAttachment.__table__,
    ]
    for table, rows in zip(tables, batches, strict=True):
        if rows:
            session.execute(insert(table), rows)  # type: ignore[arg-type]
            rows.clear()


def _goals_and_reflections(
    session: Session,
    rnd: random.Random,
    entry_meta: list[tuple[str, date, list[str]]],
    start: date,
    today: date,
    size: DemoSize,
) -> tuple[int, int]:
    goal_specs = [
        (
            "How can I explain my science results so anyone can follow them?",
            "I want people to trust what I found, not just my conclusion.",
            "A two-minute video explaining my plant experiment",
            [
                "I describe what I changed and what I kept the same",
                "I show my results in a table or graph",
                "I say what I would do differently",
            ],
        ),
        (
            "Can I write a poem that makes someone feel the place I describe?",
            "Writing is how I notice things, and I want to get better at it.",
            "A poem read aloud at the class poetry café",
            [
                "I use details from all five senses",
                "I revise at least three times",
                "I read it aloud with expression",
            ],
        ),
        (
            "How do I stay calm and keep going when maths gets hard?",
            "I give up too quickly and I want that to change.",
            "A one-page guide to what I do when I am stuck",
            ["I try two strategies before asking for help", "I explain a solution to a friend"],
        ),
    ]
    n_goals = min(len(goal_specs) * size.years, max(1, size.entries // 30))
    goals = 0
    for g in range(n_goals):
        title, why, task, criteria = goal_specs[g % len(goal_specs)]
        g_start = start + timedelta(days=rnd.randint(0, max(1, (today - start).days - 120)))
        target = g_start + timedelta(days=rnd.randint(60, 120))
        status = "achieved" if target < today - timedelta(days=30) else "active"
        goal = Goal(
            id=_uuid(rnd),
            title=title,
            why_it_matters=why,
            task=task,
            task_criteria="Clear, honest and in my own words.",
            audience="class",
            co_created_with="Ms Okafor (teacher)",
            status=status,
            start_on=g_start,
            target_on=target,
            created_at=datetime.combine(g_start, time(9), tzinfo=UTC),
            updated_at=datetime.combine(g_start, time(9), tzinfo=UTC),
        )
        session.add(goal)
        goal.criteria = [
            Criterion(
                id=_uuid(rnd), text=c, position=k, proposed_by=("me", "teacher", "peer")[k % 3]
            )
            for k, c in enumerate(criteria)
        ]
        goal.actions = [
            GoalAction(id=_uuid(rnd), text=t, done=rnd.random() < 0.5, position=k)
            for k, t in enumerate(
                ["Make a plan", "Do a first draft", "Ask for feedback", "Revise and share"]
            )
        ]
        for k in range(3):
            due = g_start + timedelta(days=(k + 1) * (target - g_start).days // 3)
            cp = Checkpoint(id=_uuid(rnd), title=f"Checkpoint {k + 1}", due_on=due)
            goal.checkpoints.append(cp)
            if due < today:
                cp.completed_at = datetime.combine(due, time(15), tzinfo=UTC)
                cp.note = rnd.choice(REFLECTION_ANSWERS)
                session.flush()
                for crit in goal.criteria:
                    cp.ratings.append(
                        CheckpointRating(
                            id=_uuid(rnd), criterion_id=crit.id, level=min(4, k + rnd.randint(1, 2))
                        )
                    )
        session.flush()
        near = [m for m in entry_meta if g_start <= m[1] <= target]
        for entry_id, day, revs in rnd.sample(near, min(3, len(near))):
            session.add(
                GoalEvidence(
                    id=_uuid(rnd),
                    goal_id=goal.id,
                    entry_id=entry_id,
                    revision_id=revs[-1],
                    criterion_id=goal.criteria[0].id,
                    note="This shows my progress.",
                    added_at=datetime.combine(day, time(16), tzinfo=UTC),
                )
            )
        goals += 1
    reflections = 0
    attributes = list(Attribute)
    for entry_id, day, revs in entry_meta[:: max(1, len(entry_meta) // 40)]:
        session.add(
            Reflection(
                id=_uuid(rnd),
                prompt_text="What helped me learn this?",
                attribute=rnd.choice(attributes).value,
                body=rnd.choice(REFLECTION_ANSWERS),
                created_at=datetime.combine(day, time(18), tzinfo=UTC),
                entry_id=entry_id,
                revision_id=revs[-1],
                place=rnd.choice(PLACES),
                with_whom=rnd.choice(WITH_WHOM),
                how=rnd.choice(HOWS),
                time_of_day=rnd.choice(TIMES),
                energy=rnd.randint(1, 5),
                went_well=rnd.randint(1, 5),
            )
        )
        reflections += 1
    session.flush()
    return goals, reflections
