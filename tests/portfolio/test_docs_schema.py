"""docs/portfolio.schema.json describes what export really writes (checked by a tiny validator)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from journal.portfolio.export import export_portfolio
from journal.portfolio.model import ExportOptions
from tests.portfolio.conftest import Filled
from tests.portfolio.hostile import read_members

DOCS = Path(__file__).resolve().parents[2] / "docs"
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema 2020-12 the portfolio schema uses."""
    if "$ref" in schema:
        return errors(value, root["$defs"][schema["$ref"].rsplit("/", 1)[1]], root, where)
    if "anyOf" in schema:
        if any(not errors(value, option, root, where) for option in schema["anyOf"]):
            return []
        return [f"{where}: matches none of anyOf"]
    found: list[str] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            (isinstance(value, int) and not isinstance(value, bool))
            if name == "integer"
            else isinstance(value, TYPES[name])
            and not (name != "boolean" and isinstance(value, bool))
            for name in names
        )
        if not ok:
            return [f"{where}: not {names}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{where}: not {schema['const']}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in enum")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: {value!r} does not match {schema['pattern']}")
        if len(value) > schema.get("maxLength", len(value)) or len(value) < schema.get(
            "minLength", 0
        ):
            found.append(f"{where}: length")
    number = isinstance(value, int) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        found.append(f"{where}: out of range")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                found.append(f"{where}: missing {key}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                found += errors(value[key], sub, root, f"{where}.{key}")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            found.append(f"{where}: too many items")
        for i, item in enumerate(value):
            found += errors(item, schema.get("items", {}), root, f"{where}[{i}]")
    return found


@pytest.mark.parametrize("include_private", [False, True])
def test_exported_portfolio_json_matches_the_documented_schema(
    filled: Filled, tmp_path: Path, include_private: bool
) -> None:
    schema = json.loads((DOCS / "portfolio.schema.json").read_text(encoding="utf-8"))
    out = tmp_path / "a.portfolio.zip"
    export_portfolio(filled.journal, out, ExportOptions(include_private=include_private))
    document = json.loads(read_members(out)["portfolio.json"])
    assert errors(document, schema, schema) == []


def test_the_validator_notices_a_wrong_document() -> None:
    schema = json.loads((DOCS / "portfolio.schema.json").read_text(encoding="utf-8"))
    wrong = {"format": "other", "entries": [{"id": 3}]}
    found = errors(wrong, schema, schema)
    assert any("format" in e for e in found) and any("entries[0].id" in e for e in found)


def test_documents_mention_every_top_level_field() -> None:
    schema = json.loads((DOCS / "portfolio.schema.json").read_text(encoding="utf-8"))
    text = (DOCS / "portfolio-format.md").read_text(encoding="utf-8")
    for key in schema["properties"]:
        assert f"`{key}`" in text, key
