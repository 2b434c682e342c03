"""A pseudo translation made from the extracted .ts, and a walk over what a window shows.

Every string becomes "[Ŧĥé śőúŕçé ~~~~]": accented (so a font or encoding slip shows),
40 % longer (so clipped text shows) and in brackets (so an untranslated string shows).
Placeholders (%1, %n, {name}, HTML tags, line breaks) and the ``&`` of accelerators are
kept as they are.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTabBar,
    QTextEdit,
    QWidget,
)

KEEP = re.compile(r"(%L?\d+|%n|\{[A-Za-z_]\w*\}|<[^>]*>|&[^\w\s]?|\n)")
ACCENTED = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "áçéîñöšúýžÁÇÉÎÑÖŠÚÝŽ",
)
LETTER = re.compile(r"[^\W\d_]")


def pseudo(text: str) -> str:
    parts = KEEP.split(text)
    body = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts if p)
    letters = len(LETTER.findall(KEEP.sub("", text)))
    return "[" + body + "~" * math.ceil(letters * 0.4) + "]"


def pseudo_ts(source: Path, target: Path) -> int:
    """Write a pseudo translation of every message of ``source``; how many."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")  # two plural forms
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def compile_qm(lrelease: str, ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text.replace("&&", "&").replace("&", ""))


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every string a person sees in a window: labels, buttons, titles, tabs,
    placeholders, menus."""
    found: list[tuple[str, str]] = []
    if top.windowTitle():
        found.append((f"{type(top).__name__} title", top.windowTitle()))
    for widget in top.findChildren(QWidget):
        if not _shown(widget) or widget.window() is not top:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a wizard's Cancel): Qt's qtbase .qm translates them
        if isinstance(widget, QLabel) and widget.text():
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            box = widget.parent()
            if (
                isinstance(box, QDialogButtonBox)
                and isinstance(widget, QPushButton)
                and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
            ):
                continue  # Qt's own words ("OK"), translated by Qt's qtbase .qm
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append((name, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(name, widget.tabText(i)) for i in range(widget.count()) if widget.tabText(i)]
        elif isinstance(widget, QLineEdit | QTextEdit) and widget.placeholderText():
            empty = not (widget.toPlainText() if isinstance(widget, QTextEdit) else widget.text())
            if empty:
                found.append((name + " placeholder", widget.placeholderText()))
    return found


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        found.append((where, action.text()))
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += menu_texts(submenu, f"{where} > {action.text()}")
    return found


def _is_a_date(text: str) -> bool:
    """Day and month names and digits only: a date QLocale wrote (in the language's words)."""
    locale = QLocale()
    names = [
        name
        for i in range(1, 13)
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
        for name in (locale.monthName(i, fmt), locale.dayName(min(i, 7), fmt))
    ]
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return not LETTER.search(text)


def untranslated(texts: list[tuple[str, str]], data: Collection[str] = ()) -> list[str]:
    """Strings with letters but no pseudo bracket: they skipped translation.

    ``data`` are texts that are not the UI's words (the built-in prompts, which come from
    the prompt library in the student's language); dates come from QLocale.
    """
    return [
        f"{where}: {text!r}"
        for where, text in texts
        if LETTER.search(_plain(text))
        and "[" not in text
        and text not in data
        and not _is_a_date(text)
    ]


def clipped(top: QWidget) -> list[str]:
    """Labels and push buttons whose one line of text is wider than the room they have."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget) or widget.window() is not top:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text():
                continue
            if "\n" in widget.text() or "<br" in widget.text():
                continue
            text = _plain(widget.text())
            room = widget.contentsRect().width() - 2 * widget.margin() - max(0, widget.indent())
        elif isinstance(widget, QPushButton) and widget.text():
            text = _plain(widget.text())
            margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            room = widget.contentsRect().width() - margin - icon
        else:
            continue
        need = widget.fontMetrics().horizontalAdvance(text)
        if need > room:
            found.append(f"{type(widget).__name__} {text!r}: needs {need} px, has {room} px")
    return found
