"""Refresh the English plural forms: ``make translations``.

Every user-visible string goes through Qt's translation; strings with a count
(``self.tr("%n draft(s)", "", n)``) need a translation file even in English so
that "1 draft" and "2 drafts" read right. This script collects those strings
with pyside6-lupdate, writes the English singular and plural forms, and
compiles ``resources/translations/journal_en.qm`` with pyside6-lrelease.
"""

from __future__ import annotations

import ast
import functools
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "journal_en.ts"
QM = TS.with_suffix(".qm")

# Words whose plural is not "+s", and verbs that agree with the count.
IRREGULAR = {"entry": "entries", "entries": "entries", "copy": "copies", "activity": "activities"}
VERB_AGREEMENT = [(r"\bhave\b", "has"), (r"\bare\b", "is"), (r"\bwere\b", "was")]


def english_forms(source: str) -> tuple[str, str]:
    """(singular, plural) for a source such as "%n entry(s) have a draft"."""

    def plural(match: re.Match[str]) -> str:
        word = match.group(1)
        return IRREGULAR.get(word.lower(), word + "s")

    plural_text = re.sub(r"(\w+)\(s\)", plural, source)
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    for pattern, replacement in VERB_AGREEMENT:
        singular = re.sub(pattern, replacement, singular)
    return singular, plural_text


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def collect(target: Path) -> None:
    """Write the counted strings (those with ``%n``) of the code to ``target``.

    pyside6-lupdate marks only ``self.tr(..., n)`` as counted; a
    ``QCoreApplication.translate(context, "%n draft(s)", "", n)`` comes out
    as a plain string, so ``-pluralonly`` would drop it and the user would
    read "2 draft(s)". So every string is collected and those with ``%n``
    are kept as counted ones.
    """
    sources = sorted(str(p) for p in (ROOT / "journal").rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(target),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
    )
    keep_counted_only(target)


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module functions such as ``def _tr(text, ...)`` that translate in one fixed context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and call.args
                and (context := _string(call.args[0])) is not None
            ):
                found[node.name] = context
    return found


@functools.cache
def class_tr_contexts() -> dict[str, str]:
    """Classes whose ``tr`` translates in another context (their own override, or a base's).

    ``JournalWindow.tr`` looks its strings up under "MainWindow", and so do its
    subclasses; lupdate files them under the class name.
    """
    overrides: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for path in sorted((ROOT / "journal").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases[node.name] = [
                b.id if isinstance(b, ast.Name) else b.attr
                for b in node.bases
                if isinstance(b, ast.Name | ast.Attribute)
            ]
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "tr":
                    wrapper = _wrapper_contexts(ast.Module(body=[item], type_ignores=[]))
                    if "tr" in wrapper:
                        overrides[node.name] = wrapper["tr"]

    def context_of(name: str, seen: frozenset[str] = frozenset()) -> str | None:
        if name in overrides:
            return overrides[name]
        for base in bases.get(name, []):
            if base not in seen and (found := context_of(base, seen | {name})):
                return found
        return None

    return {name: found for name in bases if (found := context_of(name))}


def counted_calls(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every translated string with ``%n`` in a file.

    Finds what lupdate misses: ``QCoreApplication.translate(...)`` whose count is
    not a plain name, module helpers that translate in a fixed context, and
    ``self.tr`` in classes whose ``tr`` uses another context.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrapper_contexts(tree)
    tr_contexts = class_tr_contexts()
    found: set[tuple[str, str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func, args = node.func, node.args
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2:
            context, source, rest = _string(args[0]), _string(args[1]), args[2:]
        elif isinstance(func, ast.Name) and func.id in wrappers and args:
            context, source, rest = wrappers[func.id], _string(args[0]), args[1:]
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and cls and args:
            context, source, rest = tr_contexts.get(cls, cls), _string(args[0]), args[1:]
        else:
            return
        if context is None or source is None or "%n" not in source:
            return
        found.add((context, source, (_string(rest[0]) if rest else None) or ""))

    visit(tree, None)
    return found


def keep_counted_only(ts: Path) -> None:
    """Keep the strings with ``%n`` (as counted ones), adding those lupdate missed."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts: dict[str, ET.Element] = {}
    seen: set[tuple[str, str, str]] = set()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        contexts[name] = context
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if "%n" in source and class_tr_contexts().get(name, name) == name:
                message.set("numerus", "yes")
                seen.add((name, source, message.findtext("comment") or ""))
            else:
                context.remove(message)
    for path in sorted((ROOT / "journal").rglob("*.py")):
        for name, source, comment in sorted(counted_calls(path) - seen):
            if name not in contexts:
                contexts[name] = ET.SubElement(root, "context")
                ET.SubElement(contexts[name], "name").text = name
            message = ET.SubElement(contexts[name], "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            ET.SubElement(message, "translation", type="unfinished")
            seen.add((name, source, comment))
    for context in list(root.iter("context")):
        if context.find("message") is None:
            root.remove(context)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    count = 0
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
        count += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    collect(TS)
    count = fill(TS)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    print(f"{count} plural strings in {TS.relative_to(ROOT)}; compiled {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
