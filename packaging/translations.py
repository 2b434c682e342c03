"""Extract, merge and compile the app's translations: ``make translations``.

Every user-visible string goes through Qt's translation (``self.tr``,
``QCoreApplication.translate`` and the small module helpers that translate in
one fixed context). This script

1. collects every such string from ``journal/`` — with pyside6-lupdate and with
   a reading of the code (``ast``) that also finds what lupdate misses: helpers
   such as ``def _tr(text)``, ``style.tr(...)`` from another module, a class
   whose ``tr`` translates in another context, and ``%n`` strings whose count
   is not a plain name (lupdate files those as uncounted, so "2 draft(s)");
2. merges them into ``resources/translations/journal_{en,es,ar}.ts``, keeping
   every translation already there (the .ts files are the source of truth a
   teacher edits in Qt Linguist; see docs/translating.md);
3. writes the English plural forms, fills the Spanish and Arabic strings that
   are still unfinished from ``packaging/translations_{es,ar}.py`` (never
   overwriting a teacher's edit unless ``--refill`` is given);
4. compiles every .ts into a .qm with pyside6-lrelease and reports how many
   strings are unfinished.

``python packaging/translations.py --new fr`` starts a new language.
"""

from __future__ import annotations

import ast
import functools
import importlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "journal_en.ts"
QM = TS.with_suffix(".qm")
LANGUAGES = ("en", "es", "ar")
# Qt's plural forms per language (the order Qt Linguist shows them in).
NUMERUS_FORMS = {"en": 2, "es": 2, "ar": 6}

Key = tuple[str, str, str]  # (context, source, disambiguation)

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


def ts_path(language: str) -> Path:
    return FOLDER / f"journal_{language}.ts"


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Functions such as ``def _tr(text, ...)`` translating their first argument in one context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        params = [a.arg for a in node.args.args]
        first = params[1] if params[0] in ("self", "cls") and len(params) > 1 else params[0]
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and (context := _string(call.args[0])) is not None
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == first
            ):
                found[node.name] = context
    return found


def _python_files() -> list[Path]:
    return sorted((ROOT / "journal").rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@functools.cache
def module_wrappers() -> dict[str, dict[str, str]]:
    """Module name -> its translating helpers (name -> context)."""
    found = {}
    for path in _python_files():
        wrappers = _wrapper_contexts(ast.parse(path.read_text(encoding="utf-8")))
        if wrappers:
            found[_module_name(path)] = wrappers
    return found


@functools.cache
def class_tr_contexts() -> dict[str, str]:
    """Classes whose ``tr`` translates in another context (their own override, or a base's).

    ``JournalWindow.tr`` looks its strings up under "JournalWindow", and so do its
    subclasses; lupdate files them under the subclass's name.
    """
    overrides: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for path in _python_files():
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


def _imported_helpers(tree: ast.Module, module: str) -> tuple[dict[str, str], dict[str, str]]:
    """(helper name -> context, module alias -> module) for this file's imports."""
    wrappers = module_wrappers()
    names = dict(wrappers.get(module, {}))
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in wrappers:
                    aliases[alias.asname or alias.name] = full
                elif alias.name in wrappers.get(node.module, {}):
                    names[alias.asname or alias.name] = wrappers[node.module][alias.name]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in wrappers and alias.asname:
                    aliases[alias.asname] = alias.name
    return names, aliases


def translated_calls(path: Path) -> list[tuple[Key, bool]]:
    """Every translated literal in a file: ((context, source, disambiguation), counted)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers, modules = _imported_helpers(tree, _module_name(path))
    tr_contexts = class_tr_contexts()
    wrappers = module_wrappers()
    in_actions = _module_name(path).startswith("journal.actions.")
    found: list[tuple[Key, bool]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.Call):
            handle(node, cls)
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)

    def handle(node: ast.Call, cls: str | None) -> None:
        func, args = node.func, node.args
        context: str | None
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2:
            context, source, rest = _string(args[0]), _string(args[1]), args[2:]
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(args) >= 2:
            context, source, rest = _string(args[0]), _string(args[1]), []
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and cls and args:
            context, source, rest = tr_contexts.get(cls, cls), _string(args[0]), []
        elif isinstance(func, ast.Name) and func.id == "action" and in_actions and args:
            # @action("Move to trash"): Edit → Undo's words, translated in "Actions".
            context, source, rest = "Actions", _string(args[0]), []
        elif isinstance(func, ast.Name) and func.id in helpers and args:
            context, source, rest = helpers[func.id], _string(args[0]), args[1:]
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in modules
            and func.attr in wrappers[modules[func.value.id]]
            and args
        ):
            context = wrappers[modules[func.value.id]][func.attr]
            source, rest = _string(args[0]), args[1:]
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and cls and args:
            context, source, rest = tr_contexts.get(cls, cls), _string(args[0]), args[1:]
        else:
            return
        if not context or source is None:
            return
        comment = (_string(rest[0]) if rest else None) or ""
        found.append(((context, source, comment), "%n" in source))

    visit(tree, None)
    return found


def counted_calls(path: Path) -> set[Key]:
    """(context, source, disambiguation) of every translated string with ``%n`` in a file."""
    return {key for key, counted in translated_calls(path) if counted}


def _lupdate_strings() -> list[tuple[Key, bool]]:
    """What pyside6-lupdate finds (a cross-check of the reading of the code above)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "lupdate.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *(str(p) for p in _python_files()),
                "-ts",
                str(target),
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
            ],
            check=True,
        )
        root = ET.parse(target).getroot()
    found = []
    overridden = class_tr_contexts()
    contexts = {name for name in overridden.values()}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        # lupdate files a helper's strings under "" and a subclass's under its own name.
        # and a module helper's strings (``style.tr(...)``) under the module's name.
        if not name or name[0].islower() or (name in overridden and name not in contexts):
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found.append(((name, source, message.findtext("comment") or ""), "%n" in source))
    return found


def source_strings(use_lupdate: bool = True) -> dict[Key, bool]:
    """Every translatable string of the app, in the order the code has them."""
    found: dict[Key, bool] = {}
    for path in _python_files():
        for key, counted in translated_calls(path):
            found.setdefault(key, counted)
    if use_lupdate:
        for key, counted in _lupdate_strings():
            found.setdefault(key, counted)
    return found


# -- the .ts files -----------------------------------------------------------------------------

Translation = str | tuple[str, ...]


def read_ts(ts: Path) -> dict[Key, ET.Element]:
    """The <translation> element of every message of a .ts file."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = translation
    return found


def is_finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") not in (
        "unfinished",
        "vanished",
        "obsolete",
    )


def write_ts(ts: Path, language: str, strings: dict[Key, bool]) -> None:
    """Write every string to ``ts``, keeping the translations it already has (a merge)."""
    old = read_ts(ts)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for key in sorted(strings, key=lambda k: k[0]):
        name, source, comment = key
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message")
        if strings[key]:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        previous = old.get(key)
        counted_ok = previous is not None and (
            (previous.find("numerusform") is not None) == strings[key]
        )
        if previous is not None and counted_ok:
            translation = ET.SubElement(message, "translation", dict(previous.attrib))
            translation.text = previous.text
            for form in previous.findall("numerusform"):
                ET.SubElement(translation, "numerusform").text = form.text
            if translation.get("type") in ("vanished", "obsolete"):
                translation.set("type", "unfinished")
        else:
            ET.SubElement(message, "translation", type="unfinished")
    save_ts(ts, root)


def save_ts(ts: Path, root: ET.Element) -> None:
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def collect(target: Path, language: str = "en") -> None:
    """Write every translatable string of the code to ``target`` (merging what it has)."""
    write_ts(target, language, source_strings())


def _set(translation: ET.Element, value: Translation) -> None:
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(value, tuple):
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def fill_english(ts: Path) -> int:
    """English: the plural forms of counted strings; every other string reads as written."""
    tree = ET.parse(ts)
    root = tree.getroot()
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            _set(translation, english_forms(source))
            count += 1
        else:
            _set(translation, source)
    save_ts(ts, root)
    return count


def language_data(language: str) -> dict[tuple[str, str], Translation]:
    """The translations written for a language in ``packaging/translations_<lang>.py``."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        module = importlib.import_module(f"translations_{language}")
    except ModuleNotFoundError:
        return {}
    finally:
        sys.path.pop(0)
    return dict(module.TRANSLATIONS)


def fill_language(ts: Path, language: str, refill: bool = False) -> int:
    """Fill unfinished messages (all with ``refill``) from the language's data; how many were set.

    The data is keyed by (context, source); a key ("", source) serves every context.
    """
    data = language_data(language)
    tree = ET.parse(ts)
    root = tree.getroot()
    forms = NUMERUS_FORMS.get(language, 2)
    filled = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if is_finished(translation) and not refill:
                continue
            value = data.get((name, source), data.get(("", source)))
            if value is None:
                continue
            counted = message.get("numerus") == "yes"
            if counted != isinstance(value, tuple) or (counted and len(value) != forms):
                raise SystemExit(
                    f"{language}: {name}/{source!r} needs "
                    + (f"{forms} plural forms" if counted else "one string")
                )
            _set(translation, value)
            filled += 1
    save_ts(ts, root)
    return filled


def unfinished(ts: Path) -> list[Key]:
    """The messages of ``ts`` still waiting for a translation (or marked unfinished)."""
    return [key for key, translation in read_ts(ts).items() if not is_finished(translation)]


def release(ts: Path) -> int:
    """Compile ``ts`` to .qm; how many translations went in."""
    result = subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"Generated (\d+) translation", result.stdout)
    return int(match.group(1)) if match else 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    refill = "--refill" in args
    languages = list(LANGUAGES)
    if "--new" in args:
        languages.append(args[args.index("--new") + 1])
    languages += sorted(
        p.stem.removeprefix("journal_")
        for p in FOLDER.glob("journal_*.ts")
        if p.stem.removeprefix("journal_") not in languages
    )
    strings = source_strings()
    unfinished_total = 0
    for language in languages:
        ts = ts_path(language)
        write_ts(ts, language, strings)
        if language == "en":
            fill_english(ts)
        else:
            fill_language(ts, language, refill)
        compiled = release(ts)
        waiting = len(unfinished(ts))
        unfinished_total += waiting
        shown = ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts
        print(
            f"{shown}: {len(strings)} strings, {compiled} translated, "
            f"{waiting} unfinished; compiled {ts.with_suffix('.qm').name}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
