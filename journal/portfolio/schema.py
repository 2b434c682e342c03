"""Reading JSON that came from elsewhere: strict parsing, types, sizes, then plain data.

:func:`parse_json` refuses duplicate keys, NaN and Infinity, invalid UTF-8 and
absurd nesting. :class:`Checker` reads fields with their type and a size
limit, naming the exact place of the first problem in one sentence.
:func:`read_portfolio` turns a ``portfolio.json`` document into a
:class:`~journal.portfolio.model.PortfolioData`, checking that every reference
points at something in the same document; :func:`read_manifest` does the same
for ``manifest.json``. The limits are documented in docs/portfolio-format.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from journal.portfolio.errors import ImportRefused
from journal.portfolio.model import (
    FORMAT_NAME,
    SUPPORTED_MAJOR,
    ActionData,
    AttachmentData,
    AttachmentRef,
    CheckpointData,
    CriterionData,
    EntryData,
    EvidenceData,
    ExportOptions,
    FeedbackData,
    GoalData,
    PortfolioData,
    ProfileData,
    RatingData,
    ReflectionData,
    RevisionChoice,
    RevisionData,
    StatementVersionData,
)
from journal.store.entries import revision_digest
from journal.store.models import Attribute, Audience, GoalStatus, Privacy, RevisionReason

ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
VERSION = re.compile(r"^(\d{1,4})\.(\d{1,4})$")
MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """Sizes a document may reach: generous for a real journal, small beside a bomb."""

    short_text: int = 1_000  # titles, names, prompts
    note: int = 20_000
    long_text: int = 2_000_000  # an entry body or a revision
    entries: int = 100_000
    revisions_per_entry: int = 10_000
    revisions: int = 500_000
    attachments: int = 50_000
    goals: int = 5_000
    per_goal: int = 1_000  # criteria, actions, checkpoints, evidence
    reflections: int = 200_000
    feedback: int = 100_000
    tags: int = 100


LIMITS = Limits()
MAX_DEPTH = 32


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > limit:
            return level
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def parse_json(raw: bytes, label: str, advice: str) -> Any:
    """Strictly parsed JSON, or one sentence saying why it can't be."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{label} is not text in UTF-8; {advice}.") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        raise ImportRefused(f"{label} names the field '{exc}' twice; {advice}.") from None
    except RecursionError:
        raise ImportRefused(f"{label} is nested far too deeply; {advice}.") from None
    except ValueError as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ImportRefused(f"{label} is not valid JSON{where}; {advice}.") from None
    if _depth(value) > MAX_DEPTH:
        raise ImportRefused(f"{label} is nested far too deeply; {advice}.")
    return value


class Checker:
    """Reads typed fields out of untrusted JSON; the first problem becomes ImportRefused."""

    def __init__(self, label: str, advice: str) -> None:
        self.label = label
        self.advice = advice

    def fail(self, where: str, problem: str) -> NoReturn:
        raise ImportRefused(f"{self.label} can't be used: {where} {problem}; {self.advice}.")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "should be an object")
        return value

    def array(self, d: dict[str, Any], key: str, where: str, limit: int) -> list[Any]:
        value = d.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{where}.{key}", "should be a list")
        if len(value) > limit:
            self.fail(f"{where}.{key}", f"has more than {limit:,} items")
        return value

    def text(
        self, d: dict[str, Any], key: str, where: str, limit: int, *, required: bool = False
    ) -> str:
        if key not in d or d[key] is None:
            if required:
                self.fail(f"{where}.{key}", "is missing")
            return ""
        value = d[key]
        if not isinstance(value, str):
            self.fail(f"{where}.{key}", "should be text")
        if len(value) > limit:
            self.fail(f"{where}.{key}", f"is longer than {limit:,} characters")
        if "\x00" in value:
            self.fail(f"{where}.{key}", "holds a NUL character")
        return value

    def optional_text(self, d: dict[str, Any], key: str, where: str, limit: int) -> str | None:
        if d.get(key) is None:
            return None
        return self.text(d, key, where, limit)

    def identifier(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = d.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not ID.match(value) or len(value) > 36:
            self.fail(f"{where}.{key}", "should be an id (letters, digits and dashes)")
        return value

    def optional_id(self, d: dict[str, Any], key: str, where: str, width: int = 36) -> str | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not ID.match(value) or len(value) > width:
            self.fail(f"{where}.{key}", "should be an id or null")
        return value

    def sha(self, d: dict[str, Any], key: str, where: str) -> str:
        value = d.get(key)
        if not isinstance(value, str) or not SHA256.match(value):
            self.fail(f"{where}.{key}", "should be a SHA-256 in lower-case hex")
        return value

    def integer(
        self,
        d: dict[str, Any],
        key: str,
        where: str,
        low: int,
        high: int,
        *,
        default: int | None = None,
    ) -> int:
        value = d.get(key, default)
        if value is None and default is None and key not in d:
            self.fail(f"{where}.{key}", "is missing")
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{where}.{key}", "should be a whole number")
        if not low <= value <= high:
            self.fail(f"{where}.{key}", f"should be between {low} and {high:,}")
        return value

    def optional_int(
        self, d: dict[str, Any], key: str, where: str, low: int, high: int
    ) -> int | None:
        if d.get(key) is None:
            return None
        return self.integer(d, key, where, low, high)

    def boolean(self, d: dict[str, Any], key: str, where: str, default: bool = False) -> bool:
        value = d.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{where}.{key}", "should be true or false")
        return value

    def choice(
        self, d: dict[str, Any], key: str, where: str, options: set[str], default: str
    ) -> str:
        value = d.get(key, default)
        if value is None:
            value = default
        if not isinstance(value, str) or value not in options:
            self.fail(f"{where}.{key}", f"should be one of {', '.join(sorted(options))}")
        return value

    def time(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> datetime:
        value = self.optional_time(d, key, where)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "is missing")
            return datetime.now(UTC)
        return value

    def optional_time(self, d: dict[str, Any], key: str, where: str) -> datetime | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 40:
            self.fail(f"{where}.{key}", "should be a time like 2026-03-14T09:30:00Z")
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                self.fail(f"{where}.{key}", "should say its time zone (end it with Z)")
            return parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            self.fail(f"{where}.{key}", "should be a time like 2026-03-14T09:30:00Z")

    def day(self, d: dict[str, Any], key: str, where: str) -> date:
        value = self.optional_day(d, key, where)
        if value is None:
            self.fail(f"{where}.{key}", "is missing")
        return value

    def optional_day(self, d: dict[str, Any], key: str, where: str) -> date | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) != 10:
            self.fail(f"{where}.{key}", "should be a date like 2026-03-14")
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{where}.{key}", "should be a date like 2026-03-14")

    def version(self, d: dict[str, Any], key: str, where: str, what: str) -> tuple[int, int]:
        value = d.get(key)
        match = VERSION.match(value) if isinstance(value, str) else None
        if match is None:
            self.fail(f"{where}.{key}", "should be a version like 1.0")
        major, minor = int(match.group(1)), int(match.group(2))
        if major > SUPPORTED_MAJOR:
            raise ImportRefused(
                f"{self.label} was made by a newer Learning Journal ({what} version "
                f"{value}); update Learning Journal to open it."
            )
        if major < 1:
            self.fail(f"{where}.{key}", "is not a version Learning Journal knows")
        return major, minor


# -- manifest.json ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ManifestMember:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: str
    app_version: str
    created_at: datetime
    portfolio_id: str
    student_name: str
    journal_id: str
    members: list[ManifestMember]


def read_manifest(doc: Any, check: Checker, max_members: int) -> Manifest:
    d = check.obj(doc, "manifest")
    if d.get("format") != FORMAT_NAME:
        raise ImportRefused(
            f"{check.label} is not a Learning Journal portfolio (its manifest names another "
            "format); choose a .portfolio.zip file."
        )
    check.version(d, "format_version", "manifest", "portfolio format")
    members = []
    for i, raw in enumerate(check.array(d, "members", "manifest", max_members)):
        where = f"manifest.members[{i}]"
        m = check.obj(raw, where)
        members.append(
            ManifestMember(
                check.text(m, "path", where, 400, required=True),
                check.sha(m, "sha256", where),
                check.integer(m, "size", where, 0, 2**40),
            )
        )
    return Manifest(
        format_version=str(d["format_version"]),
        app_version=check.text(d, "app_version", "manifest", 40),
        created_at=check.time(d, "created_at", "manifest"),
        portfolio_id=check.identifier(d, "portfolio_id", "manifest"),
        student_name=check.text(d, "student_name", "manifest", LIMITS.short_text),
        journal_id=check.identifier(d, "journal_id", "manifest"),
        members=members,
    )


# -- portfolio.json -------------------------------------------------------------------------


def _refs(check: Checker, d: dict[str, Any], where: str, known: set[str]) -> list[AttachmentRef]:
    refs = []
    for k, raw in enumerate(check.array(d, "attachments", where, 1_000)):
        w = f"{where}.attachments[{k}]"
        r = check.obj(raw, w)
        sha = check.sha(r, "sha256", w)
        if sha not in known:
            check.fail(f"{w}.sha256", "names a file the portfolio doesn't list")
        refs.append(
            AttachmentRef(
                sha,
                check.text(r, "filename", w, 255, required=True),
                check.integer(r, "position", w, 0, 100_000, default=k),
            )
        )
    return refs


def _unique(check: Checker, where: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            check.fail(where, f"use the id {item} twice")
        seen.add(item)


def read_portfolio(doc: Any, check: Checker, limits: Limits = LIMITS) -> PortfolioData:
    """Typed, size-checked, cross-checked portfolio data from a parsed ``portfolio.json``."""
    d = check.obj(doc, "portfolio")
    if d.get("format") != FORMAT_NAME:
        raise ImportRefused(
            f"{check.label} is not a Learning Journal portfolio; choose a .portfolio.zip file."
        )
    check.version(d, "format_version", "portfolio", "portfolio format")
    options = check.obj(d.get("options", {}), "portfolio.options")
    p = check.obj(d.get("profile"), "portfolio.profile")
    profile = ProfileData(
        journal_id=check.identifier(p, "journal_id", "profile"),
        name=check.text(p, "name", "profile", limits.short_text),
        statement=check.text(p, "statement", "profile", limits.note * 5),
        statement_updated_at=check.optional_time(p, "statement_updated_at", "profile"),
        statement_history=[],
    )
    for i, raw in enumerate(check.array(p, "statement_history", "profile", 1_000)):
        w = f"profile.statement_history[{i}]"
        v = check.obj(raw, w)
        profile.statement_history.append(
            StatementVersionData(
                check.identifier(v, "id", w),
                check.text(v, "statement", w, limits.note * 5),
                check.time(v, "written_at", w),
            )
        )
    data = PortfolioData(
        portfolio_id=check.identifier(d, "portfolio_id", "portfolio"),
        created_at=check.time(d, "created_at", "portfolio"),
        profile=profile,
        options=ExportOptions(
            include_private=check.boolean(options, "include_private", "options"),
            revisions=RevisionChoice(
                check.choice(
                    options, "revisions", "options", {c.value for c in RevisionChoice}, "all"
                )
            ),
        ),
        app_version=check.text(d, "app_version", "portfolio", 40),
    )

    for i, raw in enumerate(check.array(d, "attachments", "portfolio", limits.attachments)):
        w = f"attachments[{i}]"
        a = check.obj(raw, w)
        sha = check.sha(a, "sha256", w)
        if sha in data.attachments:
            check.fail(f"{w}.sha256", "is listed twice")
        media = check.text(a, "media_type", w, 120) or "application/octet-stream"
        if not MEDIA_TYPE.match(media):
            check.fail(f"{w}.media_type", "should be a media type like image/png")
        data.attachments[sha] = AttachmentData(sha, check.integer(a, "size", w, 0, 2**40), media)
    known = set(data.attachments)

    ids: set[str] = set()
    revision_ids: set[str] = set()
    revision_total = 0
    attributes = {a.value for a in Attribute}
    for i, raw in enumerate(check.array(d, "entries", "portfolio", limits.entries)):
        w = f"entries[{i}]"
        e = check.obj(raw, w)
        entry = EntryData(
            id=check.identifier(e, "id", w),
            title=check.text(e, "title", w, limits.short_text),
            body=check.text(e, "body", w, limits.long_text),
            learned_on=check.day(e, "learned_on", w),
            created_at=check.time(e, "created_at", w),
            updated_at=check.time(e, "updated_at", w),
            privacy=check.choice(e, "privacy", w, {p.value for p in Privacy}, "private"),
            revision_count=check.integer(e, "revision_count", w, 0, 1_000_000, default=0),
            attachments=_refs(check, e, w, known),
        )
        if entry.id in ids:
            check.fail(f"{w}.id", "is used twice")
        ids.add(entry.id)
        for k, attr in enumerate(check.array(e, "attributes", w, 4)):
            if not isinstance(attr, str) or attr not in attributes:
                check.fail(
                    f"{w}.attributes[{k}]", f"should be one of {', '.join(sorted(attributes))}"
                )
            entry.attributes.append(attr)
        for k, tag in enumerate(check.array(e, "tags", w, limits.tags)):
            if not isinstance(tag, str) or not tag.strip() or len(tag) > 100:
                check.fail(f"{w}.tags[{k}]", "should be a short piece of text")
            entry.tags.append(tag)
        seqs: set[int] = set()
        revisions = check.array(e, "revisions", w, limits.revisions_per_entry)
        revision_total += len(revisions)
        if revision_total > limits.revisions:
            check.fail("entries", f"hold more than {limits.revisions:,} revisions")
        for k, raw_rev in enumerate(revisions):
            rw = f"{w}.revisions[{k}]"
            r = check.obj(raw_rev, rw)
            revision = RevisionData(
                id=check.identifier(r, "id", rw),
                seq=check.integer(r, "seq", rw, 1, 1_000_000),
                created_at=check.time(r, "created_at", rw),
                title=check.text(r, "title", rw, limits.short_text),
                body=check.text(r, "body", rw, limits.long_text),
                sha256=check.sha(r, "sha256", rw),
                note=check.optional_text(r, "note", rw, limits.note),
                reason=check.choice(r, "reason", rw, {x.value for x in RevisionReason}, "save"),
                restored_from_id=check.optional_id(r, "restored_from_id", rw),
                word_count=check.integer(r, "word_count", rw, 0, 10_000_000, default=0),
                words_added=check.integer(r, "words_added", rw, 0, 10_000_000, default=0),
                words_removed=check.integer(r, "words_removed", rw, 0, 10_000_000, default=0),
                attachments=_refs(check, r, rw, known),
            )
            if revision.id in revision_ids or revision.seq in seqs:
                check.fail(f"{rw}.id", "is used twice")
            if revision_digest(revision.title, revision.body) != revision.sha256:
                check.fail(f"{rw}.sha256", "doesn't match the revision's text (it was changed)")
            revision_ids.add(revision.id)
            seqs.add(revision.seq)
            entry.revisions.append(revision)
        entry.revisions.sort(key=lambda rev: rev.seq)
        data.entries.append(entry)

    goal_ids: set[str] = set()
    criterion_ids: set[str] = set()
    checkpoint_ids: set[str] = set()
    for i, raw in enumerate(check.array(d, "goals", "portfolio", limits.goals)):
        w = f"goals[{i}]"
        g = check.obj(raw, w)
        goal = GoalData(
            id=check.identifier(g, "id", w),
            title=check.text(g, "title", w, limits.short_text),
            why_it_matters=check.text(g, "why_it_matters", w, limits.note),
            task=check.text(g, "task", w, limits.note),
            task_criteria=check.text(g, "task_criteria", w, limits.note),
            audience=check.choice(g, "audience", w, {a.value for a in Audience}, "private"),
            co_created_with=check.text(g, "co_created_with", w, limits.short_text),
            status=check.choice(g, "status", w, {s.value for s in GoalStatus}, "active"),
            start_on=check.optional_day(g, "start_on", w),
            target_on=check.optional_day(g, "target_on", w),
            created_at=check.time(g, "created_at", w),
            updated_at=check.time(g, "updated_at", w),
        )
        if goal.id in goal_ids:
            check.fail(f"{w}.id", "is used twice")
        goal_ids.add(goal.id)
        own_criteria: set[str] = set()
        for k, raw_c in enumerate(check.array(g, "criteria", w, limits.per_goal)):
            cw = f"{w}.criteria[{k}]"
            c = check.obj(raw_c, cw)
            criterion = CriterionData(
                check.identifier(c, "id", cw),
                check.text(c, "text", cw, limits.note, required=True),
                check.choice(c, "proposed_by", cw, {"me", "teacher", "peer"}, "me"),
                check.integer(c, "position", cw, 0, 100_000, default=k),
            )
            if criterion.id in criterion_ids:
                check.fail(f"{cw}.id", "is used twice")
            criterion_ids.add(criterion.id)
            own_criteria.add(criterion.id)
            goal.criteria.append(criterion)
        for k, raw_a in enumerate(check.array(g, "actions", w, limits.per_goal)):
            aw = f"{w}.actions[{k}]"
            a = check.obj(raw_a, aw)
            goal.actions.append(
                ActionData(
                    check.identifier(a, "id", aw),
                    check.text(a, "text", aw, limits.note, required=True),
                    check.boolean(a, "done", aw),
                    check.integer(a, "position", aw, 0, 100_000, default=k),
                )
            )
        for k, raw_cp in enumerate(check.array(g, "checkpoints", w, limits.per_goal)):
            pw = f"{w}.checkpoints[{k}]"
            c = check.obj(raw_cp, pw)
            checkpoint = CheckpointData(
                check.identifier(c, "id", pw),
                check.text(c, "title", pw, limits.short_text),
                check.day(c, "due_on", pw),
                check.optional_time(c, "completed_at", pw),
                check.text(c, "note", pw, limits.note),
            )
            if checkpoint.id in checkpoint_ids:
                check.fail(f"{pw}.id", "is used twice")
            checkpoint_ids.add(checkpoint.id)
            rated: set[str] = set()
            for n, raw_r in enumerate(check.array(c, "ratings", pw, limits.per_goal)):
                rw = f"{pw}.ratings[{n}]"
                r = check.obj(raw_r, rw)
                rating = RatingData(
                    check.identifier(r, "id", rw),
                    check.identifier(r, "criterion_id", rw),
                    check.integer(r, "level", rw, 1, 4),
                )
                if rating.criterion_id not in own_criteria or rating.criterion_id in rated:
                    check.fail(f"{rw}.criterion_id", "doesn't name one of the goal's criteria")
                rated.add(rating.criterion_id)
                checkpoint.ratings.append(rating)
            goal.checkpoints.append(checkpoint)
        for k, raw_e in enumerate(check.array(g, "evidence", w, limits.per_goal)):
            ew = f"{w}.evidence[{k}]"
            ev = check.obj(raw_e, ew)
            evidence = EvidenceData(
                check.identifier(ev, "id", ew),
                check.identifier(ev, "entry_id", ew),
                check.optional_id(ev, "revision_id", ew),
                check.optional_id(ev, "criterion_id", ew),
                check.text(ev, "note", ew, limits.note),
                check.time(ev, "added_at", ew),
            )
            if evidence.entry_id not in ids:
                check.fail(f"{ew}.entry_id", "names an entry the portfolio doesn't hold")
            if evidence.revision_id is not None and evidence.revision_id not in revision_ids:
                check.fail(f"{ew}.revision_id", "names a revision the portfolio doesn't hold")
            if evidence.criterion_id is not None and evidence.criterion_id not in own_criteria:
                check.fail(f"{ew}.criterion_id", "doesn't name one of the goal's criteria")
            goal.evidence.append(evidence)
        data.goals.append(goal)

    for i, raw in enumerate(check.array(d, "reflections", "portfolio", limits.reflections)):
        w = f"reflections[{i}]"
        r = check.obj(raw, w)
        attribute = r.get("attribute")
        if attribute is not None and (
            not isinstance(attribute, str) or attribute not in attributes
        ):
            check.fail(f"{w}.attribute", f"should be one of {', '.join(sorted(attributes))}")
        reflection = ReflectionData(
            id=check.identifier(r, "id", w),
            prompt_text=check.text(r, "prompt_text", w, limits.note),
            body=check.text(r, "body", w, limits.long_text),
            created_at=check.time(r, "created_at", w),
            attribute=attribute,
            prompt_id=check.optional_id(r, "prompt_id", w, 64),
            entry_id=check.optional_id(r, "entry_id", w),
            revision_id=check.optional_id(r, "revision_id", w),
            goal_id=check.optional_id(r, "goal_id", w),
            checkpoint_id=check.optional_id(r, "checkpoint_id", w),
            place=check.optional_text(r, "place", w, 64),
            with_whom=check.optional_text(r, "with_whom", w, 16),
            how=check.optional_text(r, "how", w, 16),
            time_of_day=check.optional_text(r, "time_of_day", w, 16),
            energy=check.optional_int(r, "energy", w, 1, 5),
            went_well=check.optional_int(r, "went_well", w, 1, 5),
        )
        for field_name, pool in (
            ("entry_id", ids),
            ("revision_id", revision_ids),
            ("goal_id", goal_ids),
            ("checkpoint_id", checkpoint_ids),
        ):
            value = getattr(reflection, field_name)
            if value is not None and value not in pool:
                check.fail(f"{w}.{field_name}", "names something the portfolio doesn't hold")
        data.reflections.append(reflection)

    _unique(check, "the goals' plans", [a.id for g in data.goals for a in g.actions])
    _unique(check, "the checkpoints' ratings", [r.id for g in data.goals for c in g.checkpoints
                                                for r in c.ratings])  # fmt: skip
    _unique(check, "the goals' evidence", [e.id for g in data.goals for e in g.evidence])
    _unique(check, "the reflections", [r.id for r in data.reflections])
    _unique(check, "the profile's history", [v.id for v in data.profile.statement_history])
    targets = {
        "entry": ids,
        "revision": revision_ids,
        "goal": goal_ids,
        "criterion": criterion_ids,
        "checkpoint": checkpoint_ids,
    }
    for i, raw in enumerate(check.array(d, "feedback", "portfolio", limits.feedback)):
        w = f"feedback[{i}]"
        f = check.obj(raw, w)
        kind = check.choice(f, "target_kind", w, set(targets), "entry")
        item = FeedbackData(
            id=check.identifier(f, "id", w),
            target_kind=kind,
            target_id=check.identifier(f, "target_id", w),
            body=check.text(f, "body", w, limits.note * 5, required=True),
            written_at=check.time(f, "written_at", w),
            author_name=check.text(f, "author_name", w, limits.short_text),
            author_role=check.choice(
                f, "author_role", w, {"teacher", "peer", "family", "other"}, "teacher"
            ),
            source_file_id=check.optional_id(f, "source_file_id", w),
        )
        if item.target_id not in targets[kind]:
            check.fail(f"{w}.target_id", "names something the portfolio doesn't hold")
        data.feedback.append(item)
    _unique(check, "the feedback", [f.id for f in data.feedback])
    return data
