"""Refresh the English plural forms: ``make translations``.

Every user-visible string goes through Qt's translation; strings with a count
(``self.tr("%n draft(s)", "", n)``) need a translation file even in English so
that "1 draft" and "2 drafts" read right. This script collects those strings
with pyside6-lupdate, writes the English singular and plural forms, and
compiles ``resources/translations/journal_en.qm`` with pyside6-lrelease.
"""

from __future__ import annotations

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
    sources = sorted(str(p) for p in (ROOT / "journal").rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(target),
            "-pluralonly",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
    )


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
