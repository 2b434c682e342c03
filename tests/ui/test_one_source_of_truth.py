"""One source of truth: the four attributes, dates, counts and words read the same everywhere.

Each test here failed before issue 9: the entry list painted Voice orange while
the timeline painted it blue; "Social" and "Social construction" were both used;
a day was written "1 12 2026", "01 Dec 2026" and "1 December 2026"; the
profile chart's "Dec 26" read as a day; "2 draft(s)" and "1 entries" reached the
screen; and History counted the title's words in a first draft's "+N".
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRect
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from journal.core import attributes as core_attributes
from journal.core.insights import MonthBalance
from journal.core.text import word_count
from journal.portfolio import formatting as portfolio_formatting
from journal.portfolio.export import collect_for_export, export_portfolio
from journal.portfolio.model import ATTRIBUTE_LABELS, ExportOptions
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.models import Attribute, Privacy
from journal.store.read_models.history import revision_rows
from journal.ui import formatting
from journal.ui.details_panel import EntryDetailsPanel
from journal.ui.editor import MarkdownEditor
from journal.ui.entry_model import EntryDelegate, EntryListModel, EntryRow
from journal.ui.filter_bar import FilterBar
from journal.ui.goals import labels
from journal.ui.history_panel import RevisionHistoryModel, when_text
from journal.ui.preferences import dark_palette
from journal.ui.profile_view import AttributeBalanceChart
from journal.ui.prompts_panel import PromptCard, PromptLibraryDialog
from journal.ui.runner import ActionRunner
from journal.ui.timeline import style
from tests.ui.reflection_helpers import MemoryDaily

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from translations import counted_calls  # noqa: E402

KEYS = core_attributes.KEYS
NAMES = ["Voice", "Co-creation", "Social construction", "Self-discovery"]
DAY = date(2026, 12, 1)  # a one-digit day: the list once wrote "01 Dec 2026"


@pytest.fixture
def british() -> Iterator[None]:
    """A day-first English locale, whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _paint_row(row: EntryRow, palette_source: QWidget | None = None) -> set[str]:
    """The colours the entry list's delegate paints for one row."""
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(row, EntryListModel.RowRole)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 320, 48)
    option.palette = (palette_source or QApplication.instance()).palette()  # type: ignore[union-attr]
    option.font = QApplication.font()
    option.fontMetrics = QFontMetrics(option.font)
    image = QImage(320, 48, QImage.Format.Format_ARGB32)
    image.fill(option.palette.base().color())
    painter = QPainter(image)
    EntryDelegate().paint(painter, option, model.index(0, 0, QModelIndex()))
    painter.end()
    width, height = image.width(), image.height()
    return {QColor(image.pixel(x, y)).name() for x in range(width) for y in range(height)}


def _row(*attributes: str, revisions: int = 1) -> EntryRow:
    return EntryRow("id", "Volcano", DAY, attributes, False, revisions, False)


# -- the four attributes ---------------------------------------------------------------------


def test_entry_list_dots_use_the_same_colours_as_the_timeline_and_prompt_badges(
    qapp: QApplication,
) -> None:
    for key in KEYS:
        painted = _paint_row(_row(key))
        assert style.ATTRIBUTE_COLOURS[key].name() in painted, key
        assert labels.ATTRIBUTE_COLOURS[key].name() == style.ATTRIBUTE_COLOURS[key].name()
    # The old list-only colours (Voice orange, Co-creation blue) are gone.
    assert not {"#d9822b", "#2b8ad9", "#3aa35b", "#9b59b6"} & _paint_row(_row(*KEYS))


def test_on_a_dark_palette_the_dots_use_the_attributes_dark_colours(
    qtbot: QtBot, qapp: QApplication
) -> None:
    dark = QWidget()
    qtbot.addWidget(dark)
    dark.setPalette(dark_palette())
    painted = _paint_row(_row(*KEYS), dark)
    assert {core_attributes.BY_KEY[k].dark_colour for k in KEYS} <= painted


def test_prompt_badge_is_named_and_coloured_from_the_one_table(
    qtbot: QtBot, journal: Journal
) -> None:
    card = PromptCard(journal, today=date(2026, 3, 14), memory=MemoryDaily())
    qtbot.addWidget(card)
    prompt = card.current_prompt
    assert prompt is not None
    info = core_attributes.BY_KEY[prompt.attribute]
    assert card.attribute_pill.text() == info.name
    assert f"background: {info.colour};" in card.attribute_pill.styleSheet()


def test_the_four_names_are_the_same_in_every_view(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        entry_id = create_entry(s, title="Rocks", body="Granite.").id
    details = EntryDetailsPanel(runner)
    qtbot.addWidget(details)
    details.show_entry(entry_id)
    filters = FilterBar(runner)
    qtbot.addWidget(filters)
    library = PromptLibraryDialog(journal)
    qtbot.addWidget(library)
    chart = AttributeBalanceChart()
    qtbot.addWidget(chart)
    chart.set_months([MonthBalance(date(2026, 12, 1), (1, 1, 1, 1))])

    views = {
        "details panel": [details.attribute_boxes[Attribute(k)].text() for k in KEYS],
        "filter bar": [filters.attribute.itemText(filters.attribute.findData(k)) for k in KEYS],
        "prompt library": [
            library.attribute_filter.itemText(library.attribute_filter.findData(k)) for k in KEYS
        ],
        "timeline lanes": [style.attribute_label(k) for k in KEYS],
        "goals, badges, profile, export dialog": [labels.attribute_label(k) for k in KEYS],
        "exported portfolio": [ATTRIBUTE_LABELS[k] for k in KEYS],
    }
    assert views == dict.fromkeys(views, NAMES)
    for name in NAMES:
        assert name in chart.describe()
    # The details panel explains each one with the table's description, beside its colour.
    for key in KEYS:
        box = details.attribute_boxes[Attribute(key)]
        assert box.toolTip() == core_attributes.BY_KEY[key].description
        assert not box.icon().isNull()


# -- dates -------------------------------------------------------------------------------------


def test_the_same_date_reads_the_same_in_list_details_history_and_timeline(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, british: None
) -> None:
    with journal.write() as s:
        entry_id = create_entry(s, title="Lava", body="Hot rock.", learned_on=DAY).id
    model = EntryListModel(runner)
    model.reload()
    list_date = model.data(model.index(0, 0)).split("\n")[1]
    details = EntryDetailsPanel(runner)
    qtbot.addWidget(details)
    details.show_entry(entry_id)
    saved = datetime(DAY.year, DAY.month, DAY.day, 10, 30).astimezone()
    history = when_text(saved, today=DAY + timedelta(days=40)).split(",")[0]

    seen = {
        "entry list": list_date,
        "details panel": details.date_edit.text(),
        "history": history,
        "timeline card": style.long_date(DAY),
        "timeline range": style.short_date(DAY),
        "goals": labels.long_date(DAY),
        "goals list": labels.short_date(DAY),
        "exported portfolio": portfolio_formatting.format_day(DAY),
    }
    assert seen == dict.fromkeys(seen, "1 Dec 2026")


def test_month_labels_carry_their_year(qtbot: QtBot, british: None) -> None:
    assert labels.month_label(date(2026, 12, 1)) == "Dec 2026"
    assert formatting.format_month(date(2026, 12, 1), QLocale("en_US")) == "Dec 2026"
    assert portfolio_formatting.format_month(date(2026, 12, 1)) == "Dec 2026"
    chart = AttributeBalanceChart()
    qtbot.addWidget(chart)
    chart.set_months([MonthBalance(date(2026, 12, 1), (2, 0, 1, 0))])
    assert chart.describe().startswith("Dec 2026: ")


def test_days_follow_the_users_order_of_day_and_month(british: None) -> None:
    assert formatting.format_day(DAY, QLocale("en_US")) == "Dec 1, 2026"
    assert formatting.format_day(DAY) == "1 Dec 2026"
    assert formatting.format_day(DAY, year=False) == "1 Dec"


# -- counts ------------------------------------------------------------------------------------


def test_entry_list_says_drafts_not_draft_s(qapp: QApplication) -> None:
    def drafts(n: int) -> str:
        return QCoreApplication.translate("EntryListModel", "%n draft(s)", "", n)

    assert (drafts(1), drafts(2)) == ("1 draft", "2 drafts")


def test_counted_strings_that_lupdate_misses_are_collected() -> None:
    # lupdate marks QCoreApplication.translate(..., row.revisions) as uncounted; the
    # collector finds it, so `make translations` gives it English plural forms.
    found = counted_calls(ROOT / "journal" / "ui" / "entry_model.py")
    assert ("EntryListModel", "%n draft(s)", "") in found
    found = counted_calls(ROOT / "journal" / "ui" / "formatting.py")
    assert ("Formatting", "%n byte(s)", "") in found


def test_sizes_and_small_counts_agree_with_their_number(qapp: QApplication) -> None:
    assert formatting.format_size(1) == "1 byte"
    assert formatting.format_size(812) == "812 bytes"
    for size in (1, 812, 999, 1000, 1536, 585_301, 999_999, 5_000_000, 7_300_000_000):
        assert formatting.format_size(size) == portfolio_formatting.format_size(size)
    # One unit system, decimal SI: "kB" means 1,000 bytes (the old "571.6 kB" was 585,301 / 1024).
    assert formatting.format_size(585_301) == "585.3 kB"
    assert formatting.format_size(2_400_000) == "2.4 MB"
    assert portfolio_formatting.count(1, "entry") == "1 entry"
    assert portfolio_formatting.count(3, "entry") == "3 entries"
    assert portfolio_formatting.count(0, "reflection") == "0 reflections"


def test_exports_say_1_entry_not_1_entries(journal: Journal, tmp_path: Path) -> None:
    with journal.write() as s:
        create_entry(s, title="Only one", body="Just this.", privacy=Privacy.SHAREABLE)
    out = tmp_path / "site"
    export_portfolio(journal, out, format="html")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "1 entry, 1 version of work, 0 goals and 0 reflections." in index
    assert "1 entries" not in index and "1 versions" not in index

    from journal.portfolio.pdf import _PdfBuilder

    data = collect_for_export(journal, ExportOptions())
    html = _PdfBuilder(data, None, 500, 700).html(None, lambda _n: None)
    assert "1 entry, 1 version of work, 0 goals and 0 reflections." in html


# -- words ---------------------------------------------------------------------------------------

BODY_83 = " ".join(f"word{i}" for i in range(83))


def test_first_draft_of_83_body_words_shows_plus_83_in_history(
    qtbot: QtBot, journal: Journal
) -> None:
    with journal.write() as s:
        entry_id = create_entry(s, title="My first poem", body=BODY_83).id
    rows = revision_rows(journal, entry_id)
    history = RevisionHistoryModel(rows)
    assert history.data(history.index(0, history.CHANGE)) == "+83"
    assert history.data(history.index(0, history.WORDS)) == "83"
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load("My first poem", BODY_83)
    assert editor.word_count() == word_count(BODY_83) == 83
    assert editor.word_count_label.text() == "83 words"
    # A new title alone changes no words of the work.
    with journal.write() as s:
        save_revision(s, entry_id, title="My first poem, again")
    rows = revision_rows(journal, entry_id)
    assert (rows[0].words_added, rows[0].words_removed, rows[0].word_count) == (0, 0, 83)


def test_growth_view_counts_body_words_and_says_over_1_day(qtbot: QtBot, journal: Journal) -> None:
    from journal.ui.timeline.growth import GrowthView

    start = datetime(2026, 3, 9, 12, 0).astimezone()
    with journal.write() as s:
        entry_id = create_entry(s, title="My first poem", body=BODY_83, now=start).id
        save_revision(s, entry_id, body=BODY_83 + " more", now=start + timedelta(days=1))
    view = GrowthView(journal)
    qtbot.addWidget(view)
    view.set_entry(entry_id)
    first, second = view.revisions()
    assert (first.word_count, first.words_added) == (83, 83)
    assert (second.word_count, second.words_added) == (84, 1)
    assert "over 1 day (" in view.summary.text()
    assert "1 days" not in view.summary.text()


def test_messages_without_qt_use_the_same_size_units() -> None:
    from journal.core.sizes import format_size as core_size

    for size in (0, 1, 999, 1000, 585_301, 64_000_000, 8_000_000_000):
        assert core_size(size) == portfolio_formatting.format_size(size)
    assert core_size(585_301) == "585.3 kB"
    # No message anywhere in the app computes sizes with 1024 and calls them kB/KB/MB/GB.
    offenders = []
    for path in (ROOT / "journal").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "1024" in line and any(unit in line for unit in (" KB", " kB", " MB", " GB")):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []
