"""Reading a portfolio that came from elsewhere: checked, typed, cross-checked plain data.

Strict parsing and typed fields come from :mod:`journal.portfolio.checker`
(:func:`parse_json`, :class:`Checker`, re-exported here); each entity's fields
are read through its table in :mod:`journal.portfolio.fields`.
:func:`read_portfolio` turns a ``portfolio.json`` document into a
:class:`~journal.portfolio.model.PortfolioData`, checking that every reference
points at something in the same document; :func:`read_manifest` does the same
for ``manifest.json``. The limits are documented in docs/portfolio-format.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from journal.portfolio.checker import (
    ID,
    LIMITS,
    MAX_DEPTH,
    MEDIA_TYPE,
    SHA256,
    VERSION,
    Checker,
    Limits,
    parse_json,
)
from journal.portfolio.data import (
    FORMAT_NAME,
    AttachmentRef,
    ExportOptions,
    PortfolioData,
    RevisionChoice,
)
from journal.portfolio.errors import ImportRefused
from journal.portfolio.fields import (
    ACTION,
    ATTACHMENT,
    ATTACHMENT_REF,
    CHECKPOINT,
    CRITERION,
    ENTRY,
    EVIDENCE,
    FEEDBACK,
    GOAL,
    PROFILE,
    RATING,
    REFLECTION,
    REVISION,
    STATEMENT_VERSION,
)
from journal.store.entries import revision_digest
from journal.store.models import FeedbackTarget

__all__ = [
    "ID",
    "LIMITS",
    "MAX_DEPTH",
    "MEDIA_TYPE",
    "SHA256",
    "VERSION",
    "Checker",
    "Limits",
    "Manifest",
    "ManifestMember",
    "parse_json",
    "read_manifest",
    "read_portfolio",
]


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
        ref = ATTACHMENT_REF.read(check, check.obj(raw, w), w, LIMITS, index=k)
        if ref.sha256 not in known:
            check.fail(f"{w}.sha256", "names a file the portfolio doesn't list")
        refs.append(ref)
    return refs


def _unique(check: Checker, where: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            check.fail(where, f"use the id {item} twice")
        seen.add(item)


def _once(check: Checker, where: str, item_id: str, seen: set[str]) -> None:
    if item_id in seen:
        check.fail(f"{where}.id", "is used twice")
    seen.add(item_id)


def _items(
    check: Checker, d: dict[str, Any], key: str, where: str, limit: int
) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(index, where, object) for each item of a list field."""
    for i, raw in enumerate(check.array(d, key, where, limit)):
        w = f"{key}[{i}]" if where == "portfolio" else f"{where}.{key}[{i}]"
        yield i, w, check.obj(raw, w)


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
    profile = PROFILE.read(check, p, "profile", limits, statement_history=[])
    for _, w, v in _items(check, p, "statement_history", "profile", 1_000):
        profile.statement_history.append(STATEMENT_VERSION.read(check, v, w, limits))
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

    for _, w, a in _items(check, d, "attachments", "portfolio", limits.attachments):
        attachment = ATTACHMENT.read(check, a, w, limits)
        if attachment.sha256 in data.attachments:
            check.fail(f"{w}.sha256", "is listed twice")
        data.attachments[attachment.sha256] = attachment
    known = set(data.attachments)

    ids: set[str] = set()
    revision_ids: set[str] = set()
    revision_total = 0
    for _, w, e in _items(check, d, "entries", "portfolio", limits.entries):
        entry = ENTRY.read(check, e, w, limits)
        entry.attachments = _refs(check, e, w, known)
        _once(check, w, entry.id, ids)
        seqs: set[int] = set()
        revisions = check.array(e, "revisions", w, limits.revisions_per_entry)
        revision_total += len(revisions)
        if revision_total > limits.revisions:
            check.fail("entries", f"hold more than {limits.revisions:,} revisions")
        for _, rw, r in _items(check, e, "revisions", w, limits.revisions_per_entry):
            revision = REVISION.read(check, r, rw, limits)
            revision.attachments = _refs(check, r, rw, known)
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
    for _, w, g in _items(check, d, "goals", "portfolio", limits.goals):
        goal = GOAL.read(check, g, w, limits)
        _once(check, w, goal.id, goal_ids)
        own_criteria: set[str] = set()
        for k, cw, c in _items(check, g, "criteria", w, limits.per_goal):
            criterion = CRITERION.read(check, c, cw, limits, index=k)
            _once(check, cw, criterion.id, criterion_ids)
            own_criteria.add(criterion.id)
            goal.criteria.append(criterion)
        for k, aw, a in _items(check, g, "actions", w, limits.per_goal):
            goal.actions.append(ACTION.read(check, a, aw, limits, index=k))
        for _, pw, c in _items(check, g, "checkpoints", w, limits.per_goal):
            checkpoint = CHECKPOINT.read(check, c, pw, limits)
            _once(check, pw, checkpoint.id, checkpoint_ids)
            rated: set[str] = set()
            for _, rw, r in _items(check, c, "ratings", pw, limits.per_goal):
                rating = RATING.read(check, r, rw, limits)
                if rating.criterion_id not in own_criteria or rating.criterion_id in rated:
                    check.fail(f"{rw}.criterion_id", "doesn't name one of the goal's criteria")
                rated.add(rating.criterion_id)
                checkpoint.ratings.append(rating)
            goal.checkpoints.append(checkpoint)
        for _, ew, ev in _items(check, g, "evidence", w, limits.per_goal):
            evidence = EVIDENCE.read(check, ev, ew, limits)
            if evidence.entry_id not in ids:
                check.fail(f"{ew}.entry_id", "names an entry the portfolio doesn't hold")
            if evidence.revision_id is not None and evidence.revision_id not in revision_ids:
                check.fail(f"{ew}.revision_id", "names a revision the portfolio doesn't hold")
            if evidence.criterion_id is not None and evidence.criterion_id not in own_criteria:
                check.fail(f"{ew}.criterion_id", "doesn't name one of the goal's criteria")
            goal.evidence.append(evidence)
        data.goals.append(goal)

    for _, w, r in _items(check, d, "reflections", "portfolio", limits.reflections):
        reflection = REFLECTION.read(check, r, w, limits)
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
        FeedbackTarget.ENTRY: ids,
        FeedbackTarget.REVISION: revision_ids,
        FeedbackTarget.GOAL: goal_ids,
        FeedbackTarget.CRITERION: criterion_ids,
        FeedbackTarget.CHECKPOINT: checkpoint_ids,
    }
    for _, w, f in _items(check, d, "feedback", "portfolio", limits.feedback):
        item = FEEDBACK.read(check, f, w, limits)
        if item.target_id not in targets[FeedbackTarget(item.target_kind)]:
            check.fail(f"{w}.target_id", "names something the portfolio doesn't hold")
        data.feedback.append(item)
    _unique(check, "the feedback", [f.id for f in data.feedback])
    return data
