from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal.ui.preferences import (
    PreferencesDialog,
    apply_theme,
    dark_palette,
    is_dark,
    light_palette,
    theme_palette,
)
from journal.ui.settings import Settings
from tests.ui.fakes import FakeAsker


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def open_settings(ini: Path) -> Settings:
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat))


@pytest.fixture
def settings(ini: Path) -> Settings:
    return open_settings(ini)


def test_defaults_when_nothing_is_saved(settings: Settings) -> None:
    assert settings.autosave_delay_ms == 1500
    assert settings.quiet_revision_minutes == 10
    assert settings.backup_keep == 10
    assert settings.backup_dir == ""
    assert settings.editor_font_size == 12
    assert settings.theme == "system"
    assert settings.session_running is False
    assert not hasattr(Settings, "first_run_done")  # it belongs to the journal now
    assert not hasattr(Settings, "last_entry_id")
    assert settings.window_geometry == b""


def test_values_persist_to_the_ini_file(ini: Path, settings: Settings) -> None:
    settings.autosave_delay_ms = 3000
    settings.quiet_revision_minutes = 5
    settings.backup_keep = 4
    settings.backup_dir = "/media/usb/backups"
    settings.editor_font_size = 16
    settings.theme = "dark"
    settings.session_running = True
    settings.window_geometry = b"\x01\x02\x00\xff"
    assert settings.sync()
    again = open_settings(ini)
    assert again.autosave_delay_ms == 3000
    assert again.quiet_revision_minutes == 5
    assert again.backup_keep == 4
    assert again.backup_dir == "/media/usb/backups"
    assert again.editor_font_size == 16
    assert again.theme == "dark"
    assert again.session_running is True
    assert again.window_geometry == b"\x01\x02\x00\xff"


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("autosave_delay_ms", 10, 500),
        ("autosave_delay_ms", 60_000, 10_000),
        ("backup_keep", 0, 1),
        ("backup_keep", 5000, 100),
        ("editor_font_size", 2, 8),
        ("editor_font_size", 99, 32),
        ("quiet_revision_minutes", 0, 1),
    ],
)
def test_numbers_are_clamped_into_range(
    settings: Settings, name: str, given: int, expected: int
) -> None:
    setattr(settings, name, given)
    assert getattr(settings, name) == expected


def test_garbled_or_out_of_range_values_on_disk_fall_back(ini: Path) -> None:
    ini.write_text(
        "[autosave]\ndelay_ms=soon\n[editor]\nfont_size=400\n"
        "[appearance]\ntheme=purple\n[state]\nsession_running=maybe\n",
        encoding="utf-8",
    )
    settings = open_settings(ini)
    assert settings.autosave_delay_ms == 1500
    assert settings.editor_font_size == 32
    assert settings.theme == "system"
    assert settings.session_running is False


def test_unknown_theme_is_refused(settings: Settings) -> None:
    with pytest.raises(ValueError):
        settings.theme = "purple"
    assert settings.theme == "system"


def test_only_changes_are_written(ini: Path, settings: Settings, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(settings.changed):
        settings.editor_font_size = 12
    settings.sync()
    assert not ini.exists() or "font_size" not in ini.read_text(encoding="utf-8")
    with qtbot.waitSignal(settings.changed, check_params_cb=lambda n: n == "editor_font_size"):
        settings.editor_font_size = 14
    settings.sync()
    assert "font_size=14" in ini.read_text(encoding="utf-8")
    # Back to the default: the key goes, so a better default can reach it later.
    settings.editor_font_size = 12
    settings.sync()
    assert "font_size" not in ini.read_text(encoding="utf-8")


def test_backup_folder_defaults_to_the_data_folder(settings: Settings, tmp_path: Path) -> None:
    assert settings.backup_folder(tmp_path / "data") == tmp_path / "data" / "backups"
    settings.backup_dir = str(tmp_path / "usb")
    assert settings.backup_folder(tmp_path / "data") == tmp_path / "usb"
    settings.reset("backup_dir")
    assert settings.backup_dir == ""


# -- preferences dialog --------------------------------------------------------


class FolderSeam(FakeAsker):
    """The seam's folder picker answering ``answer``, and the folders shown in the file manager."""

    def __init__(self, answer: Path | None) -> None:
        super().__init__(folder_path=answer)
        self.opened: list[Path] = []

    def open_folder(self, folder: Path) -> None:
        self.opened.append(folder)


def make_dialog(
    qtbot: QtBot, settings: Settings, tmp_path: Path, seam: FolderSeam
) -> PreferencesDialog:
    dialog = PreferencesDialog(
        settings,
        tmp_path / "data",
        open_folder=seam.open_folder,
        choose_folder=seam.folder,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_shows_current_settings(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    settings.autosave_delay_ms = 2500
    settings.theme = "light"
    settings.backup_keep = 7
    dialog = make_dialog(qtbot, settings, tmp_path, FolderSeam(None))
    assert dialog.data_folder_edit.text() == str(tmp_path / "data")
    assert dialog.data_folder_edit.isReadOnly()
    assert dialog.backup_folder_edit.text() == str(tmp_path / "data" / "backups")
    assert dialog.autosave_spin.value() == 2.5
    assert dialog.backup_keep_spin.value() == 7
    assert dialog.theme_combo.currentData() == "light"
    assert dialog.font_size_spin.value() == 12


def test_accept_writes_settings_and_announces_it(
    qtbot: QtBot, ini: Path, settings: Settings, tmp_path: Path
) -> None:
    seam = FolderSeam(tmp_path / "usb")
    dialog = make_dialog(qtbot, settings, tmp_path, seam)
    qtbot.mouseClick(dialog.choose_backup_button, Qt.MouseButton.LeftButton)
    assert [q.kind for q in seam.questions] == ["folder"]
    assert dialog.backup_folder_edit.text() == str(tmp_path / "usb")
    dialog.backup_keep_spin.setValue(3)
    dialog.autosave_spin.setValue(4.5)
    dialog.font_size_spin.setValue(18)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    with qtbot.waitSignal(dialog.settings_changed):
        dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    again = open_settings(ini)
    assert again.backup_dir == str(tmp_path / "usb")
    assert again.backup_keep == 3
    assert again.autosave_delay_ms == 4500
    assert again.editor_font_size == 18
    assert again.theme == "dark"


def test_cancel_writes_nothing(qtbot: QtBot, ini: Path, settings: Settings, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, settings, tmp_path, FolderSeam(tmp_path / "usb"))
    dialog.choose_backup_button.click()
    dialog.font_size_spin.setValue(20)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    with qtbot.assertNotEmitted(dialog.settings_changed), qtbot.assertNotEmitted(settings.changed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == PreferencesDialog.DialogCode.Rejected
    assert open_settings(ini).editor_font_size == 12
    assert open_settings(ini).theme == "system"
    assert open_settings(ini).backup_dir == ""


def test_accepting_without_changes_announces_nothing(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, settings, tmp_path, FolderSeam(None))
    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.accept()


def test_folder_buttons_go_through_the_seam(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    settings.backup_dir = str(tmp_path / "elsewhere")
    seam = FolderSeam(None)
    dialog = make_dialog(qtbot, settings, tmp_path, seam)
    dialog.show_data_button.click()
    assert seam.opened == [tmp_path / "data"]
    dialog.choose_backup_button.click()  # cancelled: nothing changes
    assert dialog.backup_dir() == str(tmp_path / "elsewhere")
    assert dialog.default_backup_button.isEnabled()
    dialog.default_backup_button.click()
    assert dialog.backup_dir() == ""
    assert dialog.backup_folder_edit.text() == str(tmp_path / "data" / "backups")
    assert not dialog.default_backup_button.isEnabled()


def test_every_focusable_control_has_an_accessible_name(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, settings, tmp_path, FolderSeam(None))
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
    ]
    assert len(focusable) >= 9
    unnamed = [w for w in focusable if not w.accessibleName()]
    assert unnamed == []


# -- theme ---------------------------------------------------------------------


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "system")


def test_dark_and_light_themes_set_matching_palettes(app_theme: QApplication) -> None:
    apply_theme(app_theme, "dark")
    assert is_dark(app_theme.palette())
    assert app_theme.palette().color(QPalette.ColorRole.Text).lightness() > 200
    apply_theme(app_theme, "light")
    assert not is_dark(app_theme.palette())
    apply_theme(app_theme, "system")
    assert app_theme.palette().color(QPalette.ColorRole.Window) != dark_palette().color(
        QPalette.ColorRole.Window
    )


def test_system_theme_follows_the_desktop_scheme() -> None:
    platform_light = light_palette()
    platform_dark = dark_palette()
    assert theme_palette("system", Qt.ColorScheme.Unknown, platform_light) is None
    assert theme_palette("system", Qt.ColorScheme.Light, platform_light) is None
    assert theme_palette("system", Qt.ColorScheme.Dark, platform_dark) is None
    follow_dark = theme_palette("system", Qt.ColorScheme.Dark, platform_light)
    assert follow_dark is not None and is_dark(follow_dark)
    follow_light = theme_palette("system", Qt.ColorScheme.Light, platform_dark)
    assert follow_light is not None and not is_dark(follow_light)
    forced = theme_palette("dark", Qt.ColorScheme.Light, platform_light)
    assert forced is not None and is_dark(forced)


def test_palettes_keep_text_readable() -> None:
    for palette in (dark_palette(), light_palette()):
        text = palette.color(QPalette.ColorRole.Text).lightness()
        base = palette.color(QPalette.ColorRole.Base).lightness()
        assert abs(text - base) > 150


def test_reload_shows_settings_changed_elsewhere(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, settings, tmp_path, FolderSeam(None))
    settings.editor_font_size = 20
    settings.backup_dir = str(tmp_path / "usb")
    dialog.reload()
    assert dialog.font_size_spin.value() == 20
    assert dialog.backup_folder_edit.text() == str(tmp_path / "usb")
