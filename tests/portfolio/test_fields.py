"""The field tables (journal/portfolio/fields.py), docs/portfolio.schema.json, the plain-data
classes and the SQLAlchemy models agree, field by field."""

from __future__ import annotations

import dataclasses
import enum
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Enum as SAEnum
from sqlalchemy import String, inspect
from sqlalchemy.orm import Mapper

from journal.portfolio.checker import LIMITS, Checker
from journal.portfolio.data import EntryData
from journal.portfolio.errors import ImportRefused
from journal.portfolio.fields import (
    ENTITIES,
    ENTRY,
    FEEDBACK,
    GOAL,
    REFLECTION,
    Entity,
    Field,
    Kind,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA: dict[str, Any] = json.loads((DOCS / "portfolio.schema.json").read_text(encoding="utf-8"))

# Where each entity's objects sit in the schema (properties, then items of arrays).
PLACES: dict[str, list[tuple[str, ...]]] = {
    "attachment_ref": [("entries", "attachments"), ("entries", "revisions", "attachments")],
    "attachment": [("attachments",)],
    "statement_version": [("profile", "statement_history")],
    "profile": [("profile",)],
    "entry": [("entries",)],
    "revision": [("entries", "revisions")],
    "goal": [("goals",)],
    "criterion": [("goals", "criteria")],
    "action": [("goals", "actions")],
    "checkpoint": [("goals", "checkpoints")],
    "rating": [("goals", "checkpoints", "ratings")],
    "evidence": [("goals", "evidence")],
    "reflection": [("reflections",)],
    "feedback": [("feedback",)],
}


def _deref(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {**SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]], "ref": schema["$ref"]}
    return schema


def _object_at(path: tuple[str, ...]) -> dict[str, Any]:
    node = SCHEMA
    for key in path:
        node = node["properties"][key]
        if node.get("type") == "array":
            node = node["items"]
    return node


def _property(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The property's schema without its null option, and whether null is allowed."""
    if "anyOf" in schema:
        options = [o for o in schema["anyOf"] if o != {"type": "null"}]
        assert len(options) == 1
        return _deref(options[0]), len(options) < len(schema["anyOf"])
    schema = _deref(schema)
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        (kind,) = [k for k in kinds if k != "null"]
        return {**schema, "type": kind}, True
    return schema, False


def _id_width(pattern: str) -> int:
    assert pattern.startswith("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,") and pattern.endswith("}$")
    return int(pattern.rsplit(",", 1)[1].rstrip("}$")) + 1


def _check_against_schema(f: Field, schema: dict[str, Any], nullable: bool) -> None:
    where = f.name
    if f.kind is not Kind.LIST:
        assert nullable == f.nullable, f"{where}: null allowed in the schema vs the table"
    if f.kind is Kind.TEXT:
        assert schema["type"] == "string", where
        assert schema["maxLength"] == f.max_length(LIMITS), where
    elif f.kind is Kind.ID:
        assert schema["type"] == "string", where
        assert _id_width(schema["pattern"]) == f.max_length(LIMITS), where
    elif f.kind is Kind.SHA256:
        assert schema.get("ref") == "#/$defs/sha256", where
    elif f.kind is Kind.INT:
        assert schema["type"] == "integer", where
        assert schema.get("minimum") == f.low, where
        assert schema.get("maximum", f.high) == f.high, where
    elif f.kind is Kind.BOOL:
        assert schema["type"] == "boolean", where
    elif f.kind is Kind.TIME:
        assert schema.get("ref") == "#/$defs/time", where
    elif f.kind is Kind.DAY:
        assert schema.get("ref") == "#/$defs/day", where
    elif f.kind is Kind.CHOICE:
        assert sorted(schema["enum"]) == sorted(f.choices), where
    elif f.kind is Kind.LIST:
        assert schema["type"] == "array", where
        assert schema["maxItems"] == f.max_length(LIMITS), where
        items = schema["items"]
        if f.choices:
            assert sorted(items["enum"]) == sorted(f.choices), where
        else:
            assert items["type"] == "string" and items["maxLength"] == f.item_limit, where
            assert items.get("minLength") == 1, where


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.name)
def test_every_table_field_is_in_the_schema_with_the_same_type_and_limits(
    entity: Entity[Any],
) -> None:
    for path in PLACES[entity.name]:
        obj = _object_at(path)
        names = [f.name for f in entity.fields]
        assert len(names) == len(set(names)), "a field is declared twice"
        # The schema lists exactly the table's fields and the nested lists.
        assert set(obj["properties"]) == {*names, *entity.children}, path
        for f in entity.fields:
            schema, nullable = _property(obj["properties"][f.name])
            _check_against_schema(f, schema, nullable)
        # What the reader refuses when missing, the schema requires too.
        required = {f.name for f in entity.fields if f.required}
        assert required <= set(obj.get("required", [])), path


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.name)
def test_every_table_field_is_on_the_data_class(entity: Entity[Any]) -> None:
    data_class = entity.data
    assert isinstance(data_class, type) and dataclasses.is_dataclass(data_class)
    on_class = {f.name for f in dataclasses.fields(data_class)}
    assert on_class == {f.name for f in entity.fields} | set(entity.children)


@pytest.mark.parametrize(
    "entity", [e for e in ENTITIES if e.model is not None], ids=lambda e: e.name
)
def test_every_column_field_exists_on_the_model_and_fits_it(entity: Entity[Any]) -> None:
    mapper: Mapper[Any] = inspect(entity.model)
    for f in entity.fields:
        if f.column is None:
            continue
        assert f.column in mapper.columns, f"{entity.name}.{f.name}: no column {f.column}"
        column = mapper.columns[f.column]
        assert column.nullable == f.nullable or column.primary_key, f"{entity.name}.{f.name}"
        if f.kind is Kind.CHOICE:
            assert isinstance(column.type, SAEnum), f"{entity.name}.{f.name} isn't an enum column"
            assert sorted(column.type.enums) == sorted(f.choices), f"{entity.name}.{f.name}"
        elif f.kind in (Kind.TEXT, Kind.ID, Kind.SHA256) and isinstance(column.type, String):
            length = column.type.length
            if length is not None and f.kind is not Kind.SHA256:
                assert f.max_length(LIMITS) <= length, f"{entity.name}.{f.name} doesn't fit"


def test_non_column_fields_must_be_supplied() -> None:
    class Row:
        pass

    with pytest.raises(TypeError, match="attributes, tags, revision_count"):
        ENTRY.collect(Row())


def test_read_and_to_json_round_trip_one_goal() -> None:
    check = Checker("test.json", "try again")
    doc = {
        "id": "g1",
        "title": "Bridges",
        "why_it_matters": "I cross one every day.",
        "task": "",
        "task_criteria": "",
        "audience": "class",
        "co_created_with": "Ms O",
        "status": "achieved",
        "start_on": "2026-01-05",
        "target_on": None,
        "created_at": "2026-01-05T09:00:00Z",
        "updated_at": "2026-02-01T10:30:00Z",
    }
    goal = GOAL.read(check, doc, "goals[0]", LIMITS)
    assert goal.start_on == date(2026, 1, 5)
    assert goal.updated_at == datetime(2026, 2, 1, 10, 30, tzinfo=UTC)
    assert GOAL.to_json(goal) == doc
    assert list(GOAL.to_json(goal)) == list(doc)  # the table's order is the file's order


def test_to_json_writes_enum_members_as_their_values() -> None:
    entry = ENTRY.data(
        id="e1", title="", body="", learned_on=date(2026, 1, 1),
        created_at=datetime(2026, 1, 1, tzinfo=UTC), updated_at=datetime(2026, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    assert isinstance(entry, EntryData)
    out = ENTRY.to_json(entry)
    assert type(out["privacy"]) is str and out["privacy"] == "shareable"
    assert not any(isinstance(v, enum.Enum) for v in out.values())


@pytest.mark.parametrize(
    ("entity", "doc", "words"),
    [
        (REFLECTION, {"id": "r1", "created_at": "2026-01-01T00:00:00Z", "attribute": "x"},
         "reflections[0].attribute should be one of cocreation, selfdiscovery, social, voice"),
        (REFLECTION, {"id": "r1", "created_at": "2026-01-01T00:00:00Z", "energy": 9},
         "reflections[0].energy should be between 1 and 5"),
        (REFLECTION, {"id": "r1", "created_at": "2026-01-01T00:00:00Z", "how": "x" * 17},
         "reflections[0].how is longer than 16 characters"),
        (FEEDBACK, {"id": "f1", "target_id": "e1", "written_at": "2026-01-01T00:00:00Z"},
         "reflections[0].body is missing"),
    ],
)  # fmt: skip
def test_read_refuses_with_the_field_named(
    entity: Entity[Any], doc: dict[str, Any], words: str
) -> None:
    with pytest.raises(ImportRefused, match=words.replace(".", r"\.").replace("[", r"\[")):
        entity.read(Checker("t.json", "try again"), doc, "reflections[0]", LIMITS)
