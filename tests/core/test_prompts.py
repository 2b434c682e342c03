"""The prompt library, prompt-pack validation and prompt choice (pure functions)."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal.core import prompts as core
from journal.core.prompts import (
    ATTRIBUTES,
    MOMENTS,
    PromptData,
    PromptDataError,
    another_prompt,
    parse_library,
    parse_pack,
    prompt_for_moment,
    prompt_of_the_day,
)

LIBRARY = Path(__file__).resolve().parents[2] / "resources" / "prompts" / "prompts.json"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def library() -> list[PromptData]:
    return parse_library(LIBRARY.read_bytes())


def _pack(**overrides: object) -> dict[str, object]:
    pack: dict[str, object] = {
        "format": "learning-journal-prompt-pack",
        "version": 1,
        "name": "Year 8 science",
        "author": "Ms Okafor",
        "prompts": [
            {"id": "sci-1", "text": "What surprised me in the experiment?", "attribute": "voice"},
            {
                "id": "sci-2",
                "text": "Who did I check my method with?",
                "attribute": "social",
                "moment": "checkpoint",
                "learn_best": True,
            },
        ],
    }
    pack.update(overrides)
    return pack


def _raw(obj: object) -> bytes:
    return json.dumps(obj).encode()


# -- the shipped library ------------------------------------------------------


def test_shipped_library_validates_with_enough_prompts(library: list[PromptData]) -> None:
    assert len(library) >= 60
    assert sum(p.learn_best for p in library) >= 15
    assert {p.attribute for p in library} == set(ATTRIBUTES)
    assert {p.moment for p in library} == set(MOMENTS)
    assert len({p.id for p in library}) == len(library)
    assert all(p.source == "builtin" for p in library)


def test_shipped_library_spreads_prompts_across_attributes(library: list[PromptData]) -> None:
    counts = Counter(p.attribute for p in library)
    assert min(counts.values()) >= 12


def test_shipped_prompts_are_first_person_and_short(library: list[PromptData]) -> None:
    for p in library:
        assert len(p.text) <= 140, p.id
        words = set(p.text.replace("?", " ").replace(",", " ").replace(".", " ").split())
        assert words & {"I", "I'm", "I've", "I'd", "me", "my", "My", "myself"}, p.id


def _runs_of_eight(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return {
        hashlib.sha256(" ".join(words[i : i + 8]).encode()).hexdigest()[:16]
        for i in range(len(words) - 7)
    }


SEED_RUNS = Path(__file__).resolve().parent / "data" / "seed_shingles.txt"


def test_shipped_prompts_copy_no_sentence_from_the_seeds(library: list[PromptData]) -> None:
    seed_runs = {
        line.strip()
        for line in SEED_RUNS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert len(seed_runs) > 1000  # the fingerprint of both seed texts
    copied = [p.id for p in library if _runs_of_eight(p.text) & seed_runs]
    assert copied == []


def test_the_seed_check_catches_a_copied_sentence() -> None:
    lines = SEED_RUNS.read_text(encoding="utf-8").splitlines()
    seed_runs = {line for line in lines if line and not line.startswith("#")}
    # Eight words quoted from a seed (Kallick & Zmuda) must be caught.
    quoted = "In a personalized learning culture, each member is seen as a respected participant"
    assert _runs_of_eight(quoted) & seed_runs
    if SEEDS.is_dir():  # beside the project: the fingerprint must match the seeds themselves
        fresh = set().union(
            *(_runs_of_eight(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt"))
        )
        assert fresh == seed_runs


def test_library_missing_a_moment_is_refused(library: list[PromptData]) -> None:
    data = json.loads(LIBRARY.read_text(encoding="utf-8"))
    data["prompts"] = [p for p in data["prompts"] if p["moment"] != "exhibition"]
    with pytest.raises(PromptDataError, match="moment 'exhibition'"):
        parse_library(data)


def test_library_with_duplicate_ids_is_refused() -> None:
    data = json.loads(LIBRARY.read_text(encoding="utf-8"))
    data["prompts"].append(dict(data["prompts"][0]))
    with pytest.raises(PromptDataError, match="already used"):
        parse_library(data)


# -- prompt packs -------------------------------------------------------------


def test_valid_pack_parses_with_defaults() -> None:
    pack = parse_pack(_raw(_pack()))
    assert pack.name == "Year 8 science" and pack.author == "Ms Okafor" and pack.version == 1
    assert [p.id for p in pack.prompts] == ["sci-1", "sci-2"]
    assert pack.prompts[0].moment == "daily" and pack.prompts[0].learn_best is False
    assert pack.prompts[1].learn_best is True
    assert all(p.source == "pack" for p in pack.prompts)


def test_pack_with_bom_and_extra_whitespace_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + _raw(_pack(name="  Year   8  "))
    assert parse_pack(raw).name == "Year 8"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"{not json", "isn't valid JSON"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (_raw([1, 2, 3]), "one JSON object"),
        (_raw("a string"), "one JSON object"),
        (_raw(_pack(format="something-else")), "'format' should be"),
        (_raw(_pack(version=2)), "format version 2"),
        (_raw(_pack(version="1")), "whole number"),
        (_raw(_pack(version=True)), "whole number"),
        (_raw(_pack(name="")), "has no name"),
        (_raw(_pack(name=123)), "name should be words"),
        (_raw(_pack(name="x" * 500)), "longer than"),
        (_raw(_pack(prompts="nope")), "list of prompts"),
        (_raw(_pack(prompts=[])), "empty"),
        (_raw(_pack(prompts=[42])), "Prompt 1 is not a prompt"),
        (_raw(_pack(prompts=[{"id": "a", "text": 5, "attribute": "voice"}])), "text written"),
        (_raw(_pack(prompts=[{"id": "a", "text": "  ", "attribute": "voice"}])), "no text"),
        (_raw(_pack(prompts=[{"id": "a", "text": "Hi?", "attribute": "fun"}])), "attribute"),
        (
            _raw(_pack(prompts=[{"id": "a", "text": "Hi?", "attribute": "voice", "moment": 3}])),
            "moment",
        ),
        (
            _raw(
                _pack(prompts=[{"id": "a", "text": "Hi?", "attribute": "voice", "learn_best": 1}])
            ),
            "learn_best",
        ),
        (_raw(_pack(prompts=[{"id": "../x", "text": "Hi?", "attribute": "voice"}])), "ids may"),
        (_raw(_pack(prompts=[{"id": "A" * 300, "text": "Hi", "attribute": "voice"}])), "ids may"),
        (
            _raw(_pack(prompts=[{"id": "a", "text": "x" * 5000, "attribute": "voice"}])),
            "at most 400",
        ),
        (
            _raw(_pack(prompts=[{"id": "a", "text": "Hi\u202eevil", "attribute": "voice"}])),
            "control characters",
        ),
        (
            _raw(_pack(prompts=[{"id": "a", "text": "Hi", "attribute": "voice", "atribute": 1}])),
            "field 'atribute'",
        ),
        (
            _raw(
                _pack(
                    prompts=[
                        {"id": "a", "text": "Hi", "attribute": "voice"},
                        {"id": "a", "text": "Yo", "attribute": "voice"},
                    ]
                )
            ),
            "already used",
        ),
        (_raw(_pack(extra={"a": 1})), "field 'extra'"),
        (b'{"format": "learning-journal-prompt-pack", "format": "x"}', "twice"),
        (b'{"format": "learning-journal-prompt-pack", "version": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_or_hostile_pack_is_refused_with_one_sentence(raw: bytes, fragment: str) -> None:
    with pytest.raises(PromptDataError) as caught:
        parse_pack(raw)
    message = str(caught.value)
    assert fragment in message
    assert message.count(". ") == 0 and message.endswith(".")
    assert "Traceback" not in message and "\n" not in message


def test_pack_with_100k_prompts_is_refused_by_count_or_size() -> None:
    prompt = {"id": "a", "text": "Hi?", "attribute": "voice"}
    big = _raw(_pack(prompts=[prompt] * 100_000))
    with pytest.raises(PromptDataError, match="at most"):
        parse_pack(big)
    with pytest.raises(PromptDataError, match="most it may have is 500"):
        parse_pack(_raw(_pack(prompts=[{**prompt, "id": f"p{i}"} for i in range(501)])))


def test_huge_file_is_refused_before_parsing() -> None:
    raw = b'{"format": "' + b"x" * (core.MAX_PACK_BYTES + 10) + b'"}'
    with pytest.raises(PromptDataError, match="kB"):
        parse_pack(raw)


def test_several_problems_are_counted_in_the_one_sentence() -> None:
    bad = [{"id": "a", "text": "", "attribute": "nope"}, {"id": "b", "text": "", "attribute": "x"}]
    with pytest.raises(PromptDataError) as caught:
        parse_pack(_raw(_pack(prompts=bad)))
    assert len(caught.value.problems) == 4
    assert str(caught.value) == "Prompt 1 has no text (and 3 more problems)."


# -- choosing -------------------------------------------------------------------


def _sample() -> list[PromptData]:
    prompts = []
    for attribute in ATTRIBUTES:
        for i in range(5):
            prompts.append(PromptData(f"{attribute}-{i}", f"{attribute} {i}?", attribute))
        prompts.append(PromptData(f"{attribute}-cp", "cp?", attribute, moment="checkpoint"))
    return prompts


def test_prompt_of_the_day_is_the_same_all_day() -> None:
    prompts = _sample()
    day = date(2026, 3, 14)
    first = prompt_of_the_day(prompts, day, recent_counts={"voice": 2})
    again = prompt_of_the_day(list(reversed(prompts)), day, recent_counts={"voice": 2})
    assert first is not None and first == again
    assert first.moment == "daily"


def test_prompt_of_the_day_never_repeats_the_previous_one(library: list[PromptData]) -> None:
    for prompts in (_sample(), library):
        previous: str | None = None
        day = date(2026, 1, 1)
        for _ in range(400):
            chosen = prompt_of_the_day(prompts, day, previous_id=previous)
            assert chosen is not None and chosen.id != previous
            previous = chosen.id
            day += timedelta(days=1)


def test_consecutive_days_differ_even_without_being_told_the_previous_one() -> None:
    prompts = _sample()
    day = date(2026, 1, 1)
    picks = [prompt_of_the_day(prompts, day + timedelta(days=i)) for i in range(300)]
    assert all(a != b for a, b in itertools.pairwise(picks))


def test_previous_one_is_avoided_even_when_its_attribute_has_one_prompt() -> None:
    prompts = [PromptData("only-voice", "v?", "voice"), PromptData("s1", "s?", "social")]
    for offset in range(30):
        day = date(2026, 5, 1) + timedelta(days=offset)
        chosen = prompt_of_the_day(prompts, day, previous_id="only-voice")
        assert chosen is not None and chosen.id == "s1"


def test_prompt_of_the_day_leans_towards_attributes_written_least_lately() -> None:
    prompts = _sample()
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(600)]

    def shares(counts: dict[str, int]) -> Counter[str]:
        picks = [prompt_of_the_day(prompts, d, recent_counts=counts) for d in days]
        return Counter(p.attribute for p in picks if p is not None)

    balanced = shares({})
    for attribute in ATTRIBUTES:
        assert 0.15 < balanced[attribute] / len(days) < 0.35
    leaning = shares({"voice": 20, "cocreation": 20, "social": 20, "selfdiscovery": 0})
    assert leaning["selfdiscovery"] / len(days) > 0.8
    assert leaning["voice"] < balanced["voice"] / 4


def test_prompt_for_moment_fits_the_moment_and_is_fixed_by_its_key() -> None:
    prompts = _sample()
    chosen = prompt_for_moment(prompts, "checkpoint", key="cp-1")
    assert chosen is not None and chosen.moment == "checkpoint"
    assert prompt_for_moment(prompts, "checkpoint", key="cp-1") == chosen
    keys = {prompt_for_moment(prompts, "checkpoint", key=f"cp-{i}") for i in range(40)}
    assert len(keys) > 1


def test_prompt_for_a_moment_without_prompts_falls_back_to_daily() -> None:
    chosen = prompt_for_moment(_sample(), "exhibition", key="x")
    assert chosen is not None and chosen.moment == "daily"


def test_prompt_for_moment_respects_exclusions() -> None:
    prompts = _sample()
    everything_but_one = [p.id for p in prompts if p.id != "social-cp"]
    chosen = prompt_for_moment(prompts, "checkpoint", key="k", exclude=everything_but_one)
    assert chosen is not None and chosen.id == "social-cp"
    assert (
        prompt_for_moment(prompts, "checkpoint", key="k", exclude=[p.id for p in prompts]) is None
    )


def test_another_is_always_different_and_walks_through_unseen_ones() -> None:
    prompts = _sample()
    daily = [p for p in prompts if p.moment == "daily"]
    current = daily[0].id
    seen = [current]
    for _ in range(len(daily) - 1):
        nxt = another_prompt(prompts, current, seen=seen, key="2026-03-14")
        assert nxt is not None and nxt.id != current and nxt.id not in seen
        assert nxt.moment == "daily"
        current = nxt.id
        seen.append(current)
    # Everything daily has been seen: it starts again, but never the current one.
    nxt = another_prompt(prompts, current, seen=seen, key="2026-03-14")
    assert nxt is not None and nxt.id != current


def test_another_with_a_single_prompt_has_nothing_to_offer() -> None:
    only = [PromptData("a", "a?", "voice")]
    assert another_prompt(only, "a") is None
    assert prompt_of_the_day([], date(2026, 1, 1)) is None
