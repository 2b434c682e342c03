"""Reflective prompts: validating prompt data and choosing which prompt to offer.

Pure functions, no Qt and no SQL. The built-in library
(``resources/prompts/prompts.json``) and teachers' prompt packs are both
checked here before anything uses them; ``docs/prompts.md`` describes the two
formats. Every problem is reported as one sentence a student or a teacher can
act on.

Choosing is deterministic: the same day, the same prompts and the same history
always give the same prompt, so the prompt of the day stays put all day and
tests can pin it down.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from journal.core.attributes import KEYS
from journal.core.enums import Moment
from journal.core.sizes import format_size
from journal.core.untrusted import BROKEN_TEXT, broken_text_at

ATTRIBUTES: tuple[str, ...] = KEYS
MOMENTS: tuple[str, ...] = ("daily", "after_revision", "checkpoint", "goal_end", "exhibition")
SOURCES: tuple[str, ...] = ("builtin", "pack", "mine")

LIBRARY_FORMAT = "learning-journal-prompts"
PACK_FORMAT = "learning-journal-prompt-pack"
SUPPORTED_VERSIONS: tuple[int, ...] = (1,)

# Limits for a teacher's pack. Generous for any real class set, small enough
# that a hostile file can't make the app slow or the database large.
MAX_PACK_BYTES = 512_000
MAX_PACK_PROMPTS = 500
MAX_TEXT_CHARS = 400
MAX_ID_CHARS = 40
MAX_NAME_CHARS = 120
MAX_NESTING = 8
MAX_PROBLEMS = 20

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_PROMPT_FIELDS = {"id", "text", "attribute", "moment", "learn_best", "source"}
_PACK_FIELDS = {"format", "version", "name", "author", "description", "prompts"}
_LIBRARY_FIELDS = {"format", "version", "prompts"}


class PromptDataError(ValueError):
    """Prompt data that can't be trusted; ``str(err)`` is one clear sentence.

    ``problems`` lists every problem found (up to :data:`MAX_PROBLEMS`), one
    sentence each; the message is the first of them.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "The prompt data is not valid."
        more = len(self.problems) - 1
        if more > 0:
            first = first.rstrip(".") + f" (and {more} more problem{'s' if more > 1 else ''})."
        super().__init__(first)


@dataclass(frozen=True)
class PromptData:
    """One prompt, as the library, a pack or the student wrote it."""

    id: str
    text: str
    attribute: str
    moment: str = "daily"
    learn_best: bool = False
    source: str = "builtin"


@dataclass(frozen=True)
class PackData:
    """A teacher's prompt pack that passed every check."""

    name: str
    author: str
    version: int
    description: str
    prompts: tuple[PromptData, ...] = field(default_factory=tuple)


# -- validation ------------------------------------------------------------


def clean_text(value: str) -> str:
    """Collapse runs of whitespace; prompts are one line of plain text."""
    return " ".join(value.split())


def _has_control_chars(value: str) -> bool:
    # Cc: control characters; Cf covers bidi overrides that can disguise text.
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in value if ch not in "\n\t")


def text_problem(text: object, *, what: str = "The prompt") -> str | None:
    """Why this prompt text can't be used, or None when it is fine."""
    if text is None:
        return f"{what} has no text."
    if not isinstance(text, str):
        return f"{what} needs its text written as words in quotes."
    cleaned = clean_text(text)
    if not cleaned:
        return f"{what} has no text."
    if len(cleaned) > MAX_TEXT_CHARS:
        return (
            f"{what} is {len(cleaned)} characters long; a prompt can be at most {MAX_TEXT_CHARS}."
        )
    if _has_control_chars(text):
        return f"{what} contains hidden control characters."
    return None


def _prompt_problems(
    item: object, where: str, *, expected_source: str | None
) -> tuple[list[str], PromptData | None]:
    if not isinstance(item, dict):
        return [
            f"{where} is not a prompt (it should be an object with id, text and attribute)."
        ], None
    problems: list[str] = []
    unknown = sorted(str(k) for k in item if k not in _PROMPT_FIELDS)
    if unknown:
        problems.append(f"{where} has a field '{unknown[0][:40]}' that prompts don't use.")
    pid = item.get("id")
    if not isinstance(pid, str) or not pid:
        problems.append(f"{where} has no id.")
    elif len(pid) > MAX_ID_CHARS or not _ID.match(pid):
        problems.append(
            f"{where} has the id '{pid[:MAX_ID_CHARS]}', but ids may only use lower-case letters, "
            f"digits, '-' and '_' (at most {MAX_ID_CHARS})."
        )
    problem = text_problem(item.get("text"), what=where)
    if problem:
        problems.append(problem)
    attribute = item.get("attribute")
    if attribute not in ATTRIBUTES:
        problems.append(f"{where} needs an attribute: one of {', '.join(ATTRIBUTES)}.")
    moment = item.get("moment", "daily")
    if moment not in MOMENTS:
        problems.append(f"{where} has a moment that isn't one of {', '.join(MOMENTS)}.")
    learn_best = item.get("learn_best", False)
    if not isinstance(learn_best, bool):
        problems.append(f"{where} has a learn_best that isn't true or false.")
    source = item.get("source", expected_source)
    if expected_source is not None and source != expected_source:
        problems.append(
            f"{where} has the source '{str(source)[:20]}' but should be '{expected_source}'."
        )
    if problems:
        return problems, None
    assert isinstance(pid, str) and isinstance(item["text"], str)
    return [], PromptData(
        id=pid,
        text=clean_text(item["text"]),
        attribute=str(attribute),
        moment=str(moment),
        learn_best=bool(learn_best),
        source=str(source or "builtin"),
    )


def _prompt_list(
    items: object, *, expected_source: str | None, limit: int
) -> tuple[list[str], list[PromptData]]:
    if not isinstance(items, list):
        return ["The file has no list of prompts ('prompts' should be a list)."], []
    if not items:
        return ["The file's list of prompts is empty."], []
    if len(items) > limit:
        return [f"The file has {len(items)} prompts; the most it may have is {limit}."], []
    problems: list[str] = []
    prompts: list[PromptData] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        found, prompt = _prompt_problems(item, f"Prompt {number}", expected_source=expected_source)
        problems.extend(found)
        if prompt is not None:
            if prompt.id in seen:
                problems.append(f"Prompt {number} has the id '{prompt.id}', which is already used.")
            seen.add(prompt.id)
            prompts.append(prompt)
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems, prompts


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PromptDataError([f"The file names the field '{key[:40]}' twice."])
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise PromptDataError([f"The file contains '{name}', which isn't a number JSON allows."])


def _too_deep(raw: str) -> bool:
    depth = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def load_json(raw: bytes | str, *, max_bytes: int | None = MAX_PACK_BYTES) -> object:
    """Parse JSON text defensively: size, encoding, nesting and duplicate keys are checked."""
    if isinstance(raw, bytes):
        if max_bytes is not None and len(raw) > max_bytes:
            raise PromptDataError(
                [
                    f"The file is {format_size(len(raw))}; a prompt file can be at most "
                    f"{format_size(max_bytes)}."
                ]
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PromptDataError(["The file isn't text saved as UTF-8."]) from None
    else:
        text = raw
        if max_bytes is not None and len(text.encode("utf-8")) > max_bytes:
            raise PromptDataError(
                [f"The file is too big; a prompt file can be at most {format_size(max_bytes)}."]
            )
    if _too_deep(text):
        raise PromptDataError(["The file is nested too deeply to be a prompt file."])
    try:
        value = json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise PromptDataError(
            [
                f"The file isn't valid JSON (line {exc.lineno}, column {exc.colno}: "
                f"{exc.msg.lower()})."
            ]
        ) from None
    except RecursionError:
        raise PromptDataError(["The file is nested too deeply to be a prompt file."]) from None
    broken = broken_text_at(value)
    if broken is not None:
        raise PromptDataError([f"The file {BROKEN_TEXT} in {broken}."])
    return value


def _check_header(data: object, *, expected_format: str, fields: set[str], what: str) -> list[str]:
    if not isinstance(data, dict):
        return [f"The file isn't a {what} (it should be one JSON object)."]
    if data.get("format") != expected_format:
        return [f"The file isn't a {what} ('format' should be '{expected_format}')."]
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        return [f"The {what} has no format version ('version' should be a whole number)."]
    if version not in SUPPORTED_VERSIONS:
        supported = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        return [
            f"The {what} uses format version {version}, but this Learning Journal reads "
            f"version {supported} only; update the app or ask for a version {supported} file."
        ]
    unknown = sorted(str(k) for k in data if k not in fields)
    if unknown:
        return [f"The {what} has a field '{unknown[0][:40]}' that {what}s don't use."]
    return []


def parse_library(raw: bytes | str | object) -> list[PromptData]:
    """The built-in library, checked; raises :class:`PromptDataError`.

    Beyond a pack's checks, the library must be complete: every attribute and
    every moment has prompts, and all of them are built-in.
    """
    data = load_json(raw, max_bytes=None) if isinstance(raw, (bytes, str)) else raw
    problems = _check_header(
        data, expected_format=LIBRARY_FORMAT, fields=_LIBRARY_FIELDS, what="prompt library"
    )
    if problems:
        raise PromptDataError(problems)
    assert isinstance(data, dict)
    problems, prompts = _prompt_list(data.get("prompts"), expected_source="builtin", limit=5000)
    if not problems:
        for attribute in ATTRIBUTES:
            if not any(p.attribute == attribute for p in prompts):
                problems.append(f"The library has no prompts for the attribute '{attribute}'.")
        for moment in MOMENTS:
            if not any(p.moment == moment for p in prompts):
                problems.append(f"The library has no prompts for the moment '{moment}'.")
    if problems:
        raise PromptDataError(problems)
    return prompts


def _short_string(
    data: dict[str, Any], key: str, what: str, *, required: bool
) -> tuple[str, str | None]:
    value = data.get(key, "")
    if not isinstance(value, str):
        return "", f"The prompt pack's {what} should be words in quotes."
    value = clean_text(value)
    if required and not value:
        return "", f"The prompt pack has no {what}."
    if len(value) > MAX_NAME_CHARS:
        return "", f"The prompt pack's {what} is longer than {MAX_NAME_CHARS} characters."
    if _has_control_chars(data.get(key, "")):
        return "", f"The prompt pack's {what} contains hidden control characters."
    return value, None


def parse_pack(raw: bytes | str) -> PackData:
    """A teacher's prompt pack, checked in full; raises :class:`PromptDataError`."""
    data = load_json(raw)
    problems = _check_header(
        data, expected_format=PACK_FORMAT, fields=_PACK_FIELDS, what="prompt pack"
    )
    if problems:
        raise PromptDataError(problems)
    assert isinstance(data, dict)
    name, problem = _short_string(data, "name", "name", required=True)
    if problem:
        problems.append(problem)
    author, problem = _short_string(data, "author", "author", required=False)
    if problem:
        problems.append(problem)
    description = data.get("description", "")
    if not isinstance(description, str) or len(description) > MAX_TEXT_CHARS * 3:
        problems.append(
            "The prompt pack's description should be words in quotes, at most "
            f"{MAX_TEXT_CHARS * 3} characters."
        )
        description = ""
    found, prompts = _prompt_list(
        data.get("prompts"), expected_source="pack", limit=MAX_PACK_PROMPTS
    )
    problems.extend(found)
    if problems:
        raise PromptDataError(problems[:MAX_PROBLEMS])
    return PackData(
        name=name,
        author=author,
        version=int(data["version"]),
        description=clean_text(description),
        prompts=tuple(prompts),
    )


# -- choosing ------------------------------------------------------------

RECENT_DAYS = 28


def _unit(*parts: object) -> float:
    """A stable number in [0, 1) from the parts (the same parts, the same number)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def attribute_weights(recent_counts: Mapping[str, int], present: Iterable[str]) -> dict[str, float]:
    """How strongly to lean towards each attribute: the less written lately, the more.

    An attribute with ``n`` recent pieces of writing weighs ``1 / (1 + n)``;
    one never written about weighs 1.
    """
    return {a: 1.0 / (1 + max(0, int(recent_counts.get(a, 0)))) for a in present}


def _by_attribute(prompts: Iterable[PromptData]) -> dict[str, list[PromptData]]:
    groups: dict[str, list[PromptData]] = {}
    for p in prompts:
        groups.setdefault(p.attribute, []).append(p)
    for items in groups.values():
        # A fixed shuffle, so a rotation doesn't walk the library in id order.
        items.sort(key=lambda p: (_unit("order", p.attribute, p.id), p.id))
    return dict(
        sorted(
            groups.items(), key=lambda kv: ATTRIBUTES.index(kv[0]) if kv[0] in ATTRIBUTES else 99
        )
    )


def _weighted_attribute(
    groups: Mapping[str, list[PromptData]], weights: Mapping[str, float], u: float
) -> str:
    total = sum(weights[a] for a in groups)
    point = u * total
    running = 0.0
    last = next(iter(groups))
    for attribute in groups:
        running += weights[attribute]
        last = attribute
        if point < running:
            return attribute
    return last


def _pool(prompts: Sequence[PromptData], moment: str) -> list[PromptData]:
    pool = [p for p in prompts if p.moment == moment]
    if not pool and moment != Moment.DAILY:
        pool = [p for p in prompts if p.moment == Moment.DAILY]
    return pool or list(prompts)


def prompt_of_the_day(
    prompts: Sequence[PromptData],
    day: date,
    *,
    recent_counts: Mapping[str, int] | None = None,
    previous_id: str | None = None,
) -> PromptData | None:
    """The daily prompt for ``day``.

    The attribute is drawn with :func:`attribute_weights` from a number fixed
    by the day; within it, prompts take turns day by day, so two days running
    never give the same prompt from the same list. ``previous_id`` (the prompt
    shown last time) is never returned while there is any other prompt.
    """
    pool = _pool(prompts, "daily")
    if not pool:
        return None
    groups = _by_attribute(pool)
    weights = attribute_weights(recent_counts or {}, groups)
    attribute = _weighted_attribute(groups, weights, _unit("daily", day.isoformat()))
    items = groups[attribute]
    offset = int(_unit("offset", attribute) * 1000)
    chosen = items[(day.toordinal() + offset) % len(items)]
    if chosen.id == previous_id and len(pool) > 1:
        if len(items) > 1:
            chosen = items[(day.toordinal() + offset + 1) % len(items)]
        else:
            others = {a: g for a, g in groups.items() if a != attribute}
            other_attribute = _weighted_attribute(others, weights, _unit("daily", day.isoformat()))
            group = others[other_attribute]
            chosen = group[(day.toordinal() + offset) % len(group)]
    return chosen


def prompt_for_moment(
    prompts: Sequence[PromptData],
    moment: str,
    *,
    key: str,
    recent_counts: Mapping[str, int] | None = None,
    exclude: Iterable[str] = (),
) -> PromptData | None:
    """A prompt for a moment (after a revision, at a checkpoint…), fixed by ``key``.

    ``key`` names what the prompt is about (a revision's or a checkpoint's
    id), so reopening the same thing offers the same prompt. Falls back to
    daily prompts when no prompt fits the moment.
    """
    skip = set(exclude)
    pool = [p for p in _pool(prompts, moment) if p.id not in skip]
    if not pool:
        return None
    groups = _by_attribute(pool)
    weights = attribute_weights(recent_counts or {}, groups)
    attribute = _weighted_attribute(groups, weights, _unit("moment", moment, key))
    items = groups[attribute]
    return items[int(_unit("pick", moment, key) * len(items))]


def another_prompt(
    prompts: Sequence[PromptData],
    current_id: str | None,
    *,
    moment: str = "daily",
    seen: Iterable[str] = (),
    key: str = "",
    recent_counts: Mapping[str, int] | None = None,
) -> PromptData | None:
    """ "Another": a prompt other than the current one, preferring ones not yet seen.

    Stays with the same moment when it can; returns None only when there is
    no other prompt at all.
    """
    seen_ids = set(seen)
    if current_id is not None:
        seen_ids.add(current_id)
    others = [p for p in prompts if p.id != current_id]
    if not others:
        return None
    candidates = [p for p in _pool(others, moment) if p.id not in seen_ids]
    if not candidates:
        candidates = [p for p in others if p.id not in seen_ids]
    if not candidates:
        # Everything has been seen: start the round again, still not the current one.
        candidates = _pool(others, moment)
    return prompt_for_moment(
        candidates,
        moment,
        key=f"another|{key}|{current_id}|{len(seen_ids)}",
        recent_counts=recent_counts,
    )
