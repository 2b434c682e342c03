"""Spanish and Arabic: the chosen language is installed at start, Arabic lays out right to left."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from journal.app import chosen_language
from journal.core.languages import direction, is_right_to_left, supported
from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.ui.preferences import PreferencesDialog
from journal.ui.settings import Settings
from journal.ui.timeline.view import TimelineView
from tests.ui.conftest import Speak


def _tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_locale_names_map_to_the_apps_languages() -> None:
    assert supported("es_MX") == "es" and supported("ar-EG") == "ar"
    assert supported("fr_FR") == "en" and supported("") == "en" and supported("C") == "en"
    assert is_right_to_left("ar_SA") and not is_right_to_left("es")
    assert (direction("ar"), direction("en")) == ("rtl", "ltr")


def test_spanish_menus_and_plural_forms(speak: Speak, qapp: QApplication) -> None:
    assert speak("es") == "es"
    assert _tr("JournalWindow", "&File") == "&Archivo"
    assert _tr("JournalWindow", "%n entry(s)", 1) == "1 entrada"
    assert _tr("JournalWindow", "%n entry(s)", 2) == "2 entradas"
    # A string found by the code reading, not by lupdate (a helper's context).
    assert _tr("Timeline", "Term {number}") == "Trimestre {number}"
    # Marked outside the UI: Edit → Undo's action names, the exhibition formats.
    assert _tr("Actions", "Move to trash") == "Mover a la papelera"
    assert _tr("ExhibitionsPage", "Gallery walk") == "Recorrido de galería"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().toString(QDate(2026, 12, 1), "MMMM") == "diciembre"


def test_arabic_lays_the_app_out_right_to_left(speak: Speak, qapp: QApplication) -> None:
    assert speak("ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _tr("JournalWindow", "&File") == "&ملف"
    # Six plural forms: 0, 1, 2, 3-10, 11-99, 100+.
    forms = [_tr("JournalWindow", "%n entry(s)", n) for n in (0, 1, 2, 3, 11, 100)]
    assert forms == [
        "لا تدوينات",
        "تدوينة واحدة",
        "تدوينتان",
        "3 تدوينات",
        "11 تدوينة",
        "100 تدوينة",
    ]
    # Dates and numbers come from QLocale, in Arabic.
    assert QLocale().language() == QLocale.Language.Arabic
    assert QLocale().toString(QDate(2026, 12, 1), "MMMM") == "ديسمبر"


def test_switching_back_to_english(speak: Speak, qapp: QApplication) -> None:
    speak("ar")
    speak("en")
    assert _tr("JournalWindow", "&File") == "&File"
    assert _tr("JournalWindow", "%n entry(s)", 3) == "3 entries"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_no_choice_follows_the_system(speak: Speak) -> None:
    assert speak(None) == supported(QLocale.system().name())


def test_language_is_chosen_in_preferences(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language == ""  # follows the computer
    dialog = PreferencesDialog(settings, tmp_path / "data")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "es", "ar"]
    assert combo.itemText(3) == "العربية"  # each language in its own words
    combo.setCurrentIndex(combo.findData("ar"))
    dialog.accept()
    assert settings.language == "ar"
    with pytest.raises(ValueError):
        settings.language = "xx"


def test_start_up_reads_the_chosen_language() -> None:
    settings = Settings(QSettings())
    settings.language = "es"
    settings.sync()
    try:
        assert chosen_language() == "es"
    finally:
        settings.language = ""
        settings.sync()
    assert chosen_language() == ""


def test_the_timeline_runs_left_to_right_in_arabic(
    qtbot: QtBot, journal: Journal, speak: Speak
) -> None:
    """Decided (docs/translating.md): time runs left to right in every language."""
    today = date(2026, 6, 30)
    generate_demo(journal, DemoSize(entries=40, years=1, images=False), today=today)
    speak("ar")
    view = TimelineView(journal, today=today, utc_offset_hours=0.0)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view.accessibleName() == "الخط الزمني"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    start, _ = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    later, _ = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    earlier, _ = view.visible_range()
    assert earlier < start < later  # right is later, as in English


def test_qts_own_words_follow_the_language(speak: Speak, qtbot: QtBot) -> None:
    """OK and Cancel of Qt's standard buttons come from Qt's own qtbase translation."""
    speak("ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() not in ("Cancel", "&Cancel")
    assert re.search("[\u0600-\u06ff]", cancel.text())


def test_a_new_exhibition_gets_its_sections_in_the_students_language(
    qtbot: QtBot, journal: Journal, speak: Speak
) -> None:
    from journal.core.exhibitions import ExhibitionFormat
    from journal.store.read_models.exhibitions import exhibition_detail
    from journal.ui.exhibitions.page import ExhibitionsPage
    from journal.ui.runner import ActionRunner
    from tests.ui.fakes import FakeAsker

    speak("es")
    runner = ActionRunner(journal, lambda _title, _text: None)
    page = ExhibitionsPage(runner, FakeAsker())
    qtbot.addWidget(page)
    exhibition_id = page.new_exhibition(ExhibitionFormat.CONFERENCE)
    assert exhibition_id is not None
    detail = exhibition_detail(journal, exhibition_id)
    assert detail.title == "Conferencia dirigida por mí"
    assert list(detail.sections) == [
        "Dónde empecé",
        "Trabajos de los que estoy orgulloso",
        "Lo que quiero probar después",
    ]
