"""Preferences: where things are kept, backups, autosave, theme and text size.

The dialog edits a :class:`~journal.ui.settings.Settings`; it writes only when
the student presses OK, then emits ``settings_changed`` so the window can
apply the new values (``apply_theme`` for the theme, the editor's font size,
the autosave delay). It opens no file picker or file manager itself: both go
through callables the window passes in, so tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.actions.profile import (
    MAX_NAME_LENGTH,
    set_journal_preference,
    set_learner_name,
    tidy_name,
)
from journal.core.languages import LANGUAGES
from journal.store.read_models.profile import journal_profile
from journal.ui.runner import ActionRunner
from journal.ui.settings import THEMES, Settings
from journal.ui.widgets import MutedLabel

if TYPE_CHECKING:
    from journal.ui.lock_settings import LockSection
    from journal.ui.runner import ActionRunner

# -- theme -------------------------------------------------------------------


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    """A palette from colours per role, and those of disabled controls."""
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for reading and writing."""
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2023",
        role.AlternateBase: "#2a2c2f",
        role.Text: "#e6e6e6",
        role.PlaceholderText: "#8f949a",
        role.Button: "#34373b",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ffffff",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#7fb2ff",
        role.LinkVisited: "#b99cff",
        role.ToolTipBase: "#34373b",
        role.ToolTipText: "#e6e6e6",
        role.Light: "#4a4d52",
        role.Midlight: "#3c3f43",
        role.Mid: "#2f3134",
        role.Dark: "#18191b",
        role.Shadow: "#0c0c0d",
    }
    disabled = {
        role.WindowText: "#7d8187",
        role.Text: "#7d8187",
        role.ButtonText: "#7d8187",
        role.Base: "#26282b",
    }
    return _palette(colours, disabled)


def light_palette() -> QPalette:
    role = QPalette.ColorRole
    colours = {
        role.Window: "#f3f3f3",
        role.WindowText: "#1d1d1f",
        role.Base: "#ffffff",
        role.AlternateBase: "#f4f6f8",
        role.Text: "#1d1d1f",
        role.PlaceholderText: "#6e7175",
        role.Button: "#f0f0f0",
        role.ButtonText: "#1d1d1f",
        role.BrightText: "#ffffff",
        role.Highlight: "#2f6fd1",
        role.HighlightedText: "#ffffff",
        role.Link: "#1a5fc8",
        role.LinkVisited: "#6b3fc4",
        role.ToolTipBase: "#ffffdc",
        role.ToolTipText: "#1d1d1f",
        role.Light: "#ffffff",
        role.Midlight: "#e3e3e3",
        role.Mid: "#b8b8b8",
        role.Dark: "#9f9f9f",
        role.Shadow: "#767676",
    }
    disabled = {
        role.WindowText: "#8a8a8a",
        role.Text: "#8a8a8a",
        role.ButtonText: "#8a8a8a",
    }
    return _palette(colours, disabled)


def contrast_palette() -> QPalette:
    """High contrast: white and yellow on black, every text at least 15:1 (WCAG AAA is
    7:1). The keyboard focus ring (journal.ui.keyboard) is drawn in the highlight
    colour, so it shows in yellow."""
    role = QPalette.ColorRole
    colours = {
        role.Window: "#000000",
        role.WindowText: "#ffffff",
        role.Base: "#000000",
        role.AlternateBase: "#101010",
        role.Text: "#ffffff",
        role.PlaceholderText: "#d0d0d0",
        role.Button: "#000000",
        role.ButtonText: "#ffffff",
        role.BrightText: "#ffff00",
        role.Highlight: "#ffff00",
        role.HighlightedText: "#000000",
        role.Link: "#00ffff",
        role.LinkVisited: "#ff80ff",
        role.ToolTipBase: "#000000",
        role.ToolTipText: "#ffffff",
        role.Light: "#ffffff",
        role.Midlight: "#ffffff",
        role.Mid: "#ffffff",
        role.Dark: "#ffffff",
        role.Shadow: "#ffffff",
    }
    disabled = {
        role.WindowText: "#c0c0c0",
        role.Text: "#c0c0c0",
        role.ButtonText: "#c0c0c0",
    }
    return _palette(colours, disabled)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_palette(
    theme: str, system_scheme: Qt.ColorScheme, platform_palette: QPalette
) -> QPalette | None:
    """The palette to set for a theme, or None to keep the platform's own.

    "system" keeps the platform palette unless the system asks for dark and
    the platform palette is light anyway (some Linux desktops): then ours.
    """
    if theme == "dark":
        return dark_palette()
    if theme == "contrast":
        return contrast_palette()
    if theme == "light":
        return light_palette()
    if system_scheme == Qt.ColorScheme.Dark and not is_dark(platform_palette):
        return dark_palette()
    if system_scheme == Qt.ColorScheme.Light and is_dark(platform_palette):
        return light_palette()
    return None


class _SchemeFollower(QObject):
    """Re-applies the "system" theme when the desktop switches light/dark."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("journal-theme-follower")
        self.theme = "system"
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        app = QGuiApplication.instance()
        if self.theme == "system" and isinstance(app, QGuiApplication):
            _apply(app, "system")


def _apply(app: QGuiApplication, theme: str) -> None:
    hints = app.styleHints()
    style = app.style() if isinstance(app, QApplication) else None
    # The macOS style draws controls natively and ignores most palette colours;
    # there the colour scheme request alone switches light and dark.
    native_only = style is not None and style.name().lower() == "macos"
    if theme == "system":
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # back to the platform's own palette
        if not native_only:
            replacement = theme_palette("system", hints.colorScheme(), app.palette())
            if replacement is not None:
                app.setPalette(replacement)
        return
    dark = theme in ("dark", "contrast")
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    if not native_only:
        palette = theme_palette(theme, hints.colorScheme(), app.palette())
        if palette is not None:
            app.setPalette(palette)


def apply_theme(app: QGuiApplication, theme: str) -> None:
    """Use the system's light/dark scheme ("system"), or force "light", "dark" or
    high "contrast"."""
    if theme not in THEMES:
        theme = "system"
    follower = app.findChild(_SchemeFollower, "journal-theme-follower")
    if follower is None:
        follower = _SchemeFollower(app)
    follower.theme = theme
    _apply(app, theme)


# -- dialog ------------------------------------------------------------------


def _open_in_file_manager(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PreferencesDialog(QDialog):
    """The Preferences window.

    Signals:
        settings_changed(): OK was pressed and at least one setting changed;
            the Settings object already holds the new values.

    ``open_folder(path)`` shows a folder in the file manager and
    ``choose_folder(title)`` asks for a folder (None if cancelled); the window
    passes its own seam (``Asker.folder``), tests pass fakes. Without them the
    dialog uses QDesktopServices and QFileDialog.
    """

    settings_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        data_folder: Path,
        parent: QWidget | None = None,
        *,
        open_folder: Callable[[Path], None] | None = None,
        choose_folder: Callable[[str], Path | None] | None = None,
        runner: ActionRunner | None = None,
        save_file: Callable[[str, str], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._save_file = save_file
        self.settings = settings
        # The journal's own settings (the name, how it appears in exports) change
        # through its runner; without one (tests of the computer's settings) they aren't shown.
        self.runner = runner
        self.data_folder = Path(data_folder)
        self._open_folder = open_folder or _open_in_file_manager
        self._choose_folder = choose_folder
        self._backup_dir = settings.backup_dir
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("PreferencesDialog")

        self._build()
        self._load_values()
        self._connect_signals()

    # -- building ------------------------------------------------------

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return box, form

    def _build(self) -> None:
        # Where your journal lives
        data_box, data_form = self._form(self.tr("Your journal"))
        self.data_folder_edit = QLineEdit(str(self.data_folder))
        self.data_folder_edit.setReadOnly(True)
        self.data_folder_edit.setAccessibleName(self.tr("Data folder"))
        self.data_folder_edit.setCursorPosition(0)
        self.show_data_button = QPushButton(self.tr("&Show in file manager"))
        self.show_data_button.setAccessibleName(self.tr("Show data folder in file manager"))
        self.show_data_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.data_folder_edit, 1)
        row.addWidget(self.show_data_button)
        data_label = QLabel(self.tr("Data folder:"))
        data_label.setBuddy(self.data_folder_edit)
        data_form.addRow(data_label, row)
        data_form.addRow(
            MutedLabel(self.tr("Everything you write and attach is kept in this folder."))
        )
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name_edit)
        self.export_name_combo = QComboBox()
        self.export_name_combo.setAccessibleName(self.tr("Name on exported portfolios"))
        self.export_name_combo.addItem(self.tr("My full name"), "full")
        self.export_name_combo.addItem(
            self.tr("My first name and the initial of my last name"), "first-initial"
        )
        export_name_label = QLabel(self.tr("On &portfolios:"))
        export_name_label.setBuddy(self.export_name_combo)
        journal_rows = self.runner is not None
        if journal_rows:
            data_form.addRow(name_label, self.name_edit)
            data_form.addRow(export_name_label, self.export_name_combo)
            data_form.addRow(
                MutedLabel(
                    self.tr(
                        "Your name is kept in your journal, not on this computer, and is "
                        "shown on the portfolios you export."
                    )
                )
            )
            self.name_edit.setEnabled(
                self.runner is not None and self.runner.allows(set_learner_name)
            )
            self.export_name_combo.setEnabled(
                self.runner is not None and self.runner.allows(set_journal_preference)
            )
        else:
            for widget in (self.name_edit, self.export_name_combo, name_label, export_name_label):
                widget.setParent(self)
                widget.hide()

        # Backups
        backup_box, backup_form = self._form(self.tr("Backups"))
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setReadOnly(True)
        self.backup_folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.choose_backup_button = QPushButton(self.tr("C&hoose…"))
        self.choose_backup_button.setAccessibleName(self.tr("Choose backup folder"))
        self.choose_backup_button.setAutoDefault(False)
        self.default_backup_button = QPushButton(self.tr("Use &default"))
        self.default_backup_button.setAccessibleName(self.tr("Use the default backup folder"))
        self.default_backup_button.setAutoDefault(False)
        # The folder on its own line, its buttons under it: with large text the three
        # side by side needed more width than a small screen has.
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_backup_button)
        buttons.addWidget(self.default_backup_button)
        buttons.addStretch(1)
        folder_rows = QVBoxLayout()
        folder_rows.addWidget(self.backup_folder_edit)
        folder_rows.addLayout(buttons)
        backup_label = QLabel(self.tr("&Backup folder:"))
        backup_label.setBuddy(self.choose_backup_button)
        backup_form.addRow(backup_label, folder_rows)
        self.backup_keep_spin = QSpinBox()
        self.backup_keep_spin.setRange(*Settings.BACKUP_KEEP_RANGE)
        self.backup_keep_spin.setAccessibleName(self.tr("Number of backups to keep"))
        self.backup_keep_spin.setSuffix(self.tr(" backups"))
        keep_label = QLabel(self.tr("&Keep the newest:"))
        keep_label.setBuddy(self.backup_keep_spin)
        backup_form.addRow(keep_label, self.backup_keep_spin)
        backup_form.addRow(
            MutedLabel(
                self.tr(
                    "A USB stick or a cloud folder is a good place for backups: "
                    "then a lost laptop doesn't mean a lost journal."
                )
            )
        )

        # Writing
        writing_box, writing_form = self._form(self.tr("Writing"))
        self.autosave_spin = QDoubleSpinBox()
        low, high = Settings.AUTOSAVE_RANGE_MS
        self.autosave_spin.setRange(low / 1000, high / 1000)
        self.autosave_spin.setDecimals(1)
        self.autosave_spin.setSingleStep(0.5)
        self.autosave_spin.setSuffix(self.tr(" seconds"))
        self.autosave_spin.setAccessibleName(self.tr("Autosave delay in seconds"))
        autosave_label = QLabel(self.tr("&Save my typing after:"))
        autosave_label.setBuddy(self.autosave_spin)
        writing_form.addRow(autosave_label, self.autosave_spin)
        self.font_size_spin = QSpinBox()
        self.font_size_spin.setRange(*Settings.FONT_SIZE_RANGE)
        self.font_size_spin.setSuffix(self.tr(" pt"))
        self.font_size_spin.setAccessibleName(self.tr("Editor text size in points"))
        font_label = QLabel(self.tr("&Text size:"))
        font_label.setBuddy(self.font_size_spin)
        writing_form.addRow(font_label, self.font_size_spin)

        # Looks
        looks_box, looks_form = self._form(self.tr("Appearance"))
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for key, text in (
            ("system", self.tr("Same as my computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme_combo.addItem(text, key)
        theme_label = QLabel(self.tr("T&heme:"))
        theme_label.setBuddy(self.theme_combo)
        looks_form.addRow(theme_label, self.theme_combo)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Same as my computer"), "")
        for code, name in LANGUAGES.items():  # each in its own words
            self.language_combo.addItem(name, code)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        looks_form.addRow(language_label, self.language_combo)
        looks_form.addRow(
            MutedLabel(self.tr("A new language is used from the next time you open the app."))
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for which, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Save preferences")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            button = self.buttons.button(which)
            button.setAccessibleName(name)

        layout = QVBoxLayout(self)
        for box in (data_box, backup_box, writing_box, looks_box):
            layout.addWidget(box)
        # The passphrase lock changes the journal itself (through its actions), at once:
        # it is not one of the settings OK saves.
        self.lock_section: LockSection | None = None
        if self._runner is not None:
            from journal.ui.lock_settings import LockSection

            self.lock_section = LockSection(self._runner, save_file=self._save_file)
            layout.addWidget(self.lock_section)
        # How long a locked journal stays open with nobody using it (OK saves it).
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(0, 240)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setSpecialValueText(self.tr("Never"))
        self.auto_lock_spin.setValue(self.settings.auto_lock_minutes)
        self.auto_lock_spin.setAccessibleName(self.tr("Lock after this many minutes without use"))
        auto_lock_label = QLabel(self.tr("Loc&k after minutes without use:"))
        auto_lock_label.setBuddy(self.auto_lock_spin)
        auto_lock_row = QHBoxLayout()
        auto_lock_row.addWidget(auto_lock_label)
        auto_lock_row.addWidget(self.auto_lock_spin)
        auto_lock_row.addStretch(1)
        layout.addLayout(auto_lock_row)
        # A spin box's inner text field takes the focus; it needs the name too.
        for spin in (self.backup_keep_spin, self.autosave_spin, self.font_size_spin,
                     self.auto_lock_spin):  # fmt: skip
            spin.lineEdit().setAccessibleName(spin.accessibleName())
        # One label column width for every group, so the fields line up.
        labels = [
            data_label,
            backup_label,
            keep_label,
            autosave_label,
            font_label,
            theme_label,
            language_label,
        ]
        if journal_rows:
            labels += [name_label, export_name_label]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        journal_chain: list[tuple[QWidget, QWidget]] = (
            [
                (self.show_data_button, self.name_edit),
                (self.name_edit, self.export_name_combo),
                (self.export_name_combo, self.backup_folder_edit),
            ]
            if journal_rows
            else [(self.show_data_button, self.backup_folder_edit)]
        )
        journal_chain.append((self.backup_folder_edit, self.choose_backup_button))
        lock = self.lock_section
        lock_chain: list[tuple[QWidget, QWidget]] = (
            [
                (self.language_combo, lock.lock_button),
                (lock.lock_button, lock.change_button),
                (lock.change_button, lock.remove_button),
                (lock.remove_button, self.auto_lock_spin),
            ]
            if lock is not None
            else [(self.language_combo, self.auto_lock_spin)]
        )
        for first, second in (
            (self.data_folder_edit, self.show_data_button),
            *journal_chain,
            (self.choose_backup_button, self.default_backup_button),
            (self.default_backup_button, self.backup_keep_spin),
            (self.backup_keep_spin, self.autosave_spin),
            (self.autosave_spin, self.font_size_spin),
            (self.font_size_spin, self.theme_combo),
            (self.theme_combo, self.language_combo),
            *lock_chain,
            (self.auto_lock_spin, self.buttons),
        ):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(620)

    def reload(self) -> None:
        """Show the current settings again (when the window reuses the dialog)."""
        self._backup_dir = self.settings.backup_dir
        self._load_values()

    def _load_values(self) -> None:
        s = self.settings
        self._show_backup_dir()
        self.backup_keep_spin.setValue(s.backup_keep)
        self.autosave_spin.setValue(s.autosave_delay_ms / 1000)
        self.font_size_spin.setValue(s.editor_font_size)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(s.theme)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.language)))
        if self.runner is not None:
            profile = journal_profile(self.runner.journal)
            self.name_edit.setText(profile.name)
            self.name_edit.setCursorPosition(0)
            self.export_name_combo.setCurrentIndex(
                max(0, self.export_name_combo.findData(profile.preference("export_name", "full")))
            )

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.show_data_button.clicked.connect(lambda: self._open_folder(self.data_folder))
        self.choose_backup_button.clicked.connect(self._choose_backup_dir)
        self.default_backup_button.clicked.connect(self._use_default_backup_dir)

    # -- behaviour -----------------------------------------------------

    def _show_backup_dir(self) -> None:
        folder = Path(self._backup_dir) if self._backup_dir else self.data_folder / "backups"
        self.backup_folder_edit.setText(str(folder))
        self.backup_folder_edit.setCursorPosition(0)
        self.default_backup_button.setEnabled(bool(self._backup_dir))

    def _choose_backup_dir(self) -> None:
        title = self.tr("Choose a folder for backups")
        if self._choose_folder is not None:
            chosen = self._choose_folder(title)
        else:
            name = QFileDialog.getExistingDirectory(self, title, self.backup_folder_edit.text())
            chosen = Path(name) if name else None
        if chosen is not None:
            self._backup_dir = str(chosen)
            self._show_backup_dir()

    def _use_default_backup_dir(self) -> None:
        self._backup_dir = ""
        self._show_backup_dir()
        self.choose_backup_button.setFocus()

    def backup_dir(self) -> str:
        """The backup folder chosen so far ("" for the default)."""
        return self._backup_dir

    def accept(self) -> None:
        s = self.settings
        before = {name: getattr(s, name) for name in Settings.names()}
        s.backup_dir = self._backup_dir
        s.backup_keep = self.backup_keep_spin.value()
        s.autosave_delay_ms = round(self.autosave_spin.value() * 1000)
        s.editor_font_size = self.font_size_spin.value()
        s.theme = str(self.theme_combo.currentData())
        s.language = str(self.language_combo.currentData() or "")
        s.auto_lock_minutes = self.auto_lock_spin.value()
        changed = [name for name, value in before.items() if getattr(s, name) != value]
        self._save_journal_settings()
        super().accept()
        if changed:
            self.settings_changed.emit()

    def _save_journal_settings(self) -> None:
        """The name and the portfolio name style go to the journal, through its runner."""
        runner = self.runner
        if runner is None or runner.read_only:
            return
        profile = journal_profile(runner.journal)
        name = tidy_name(self.name_edit.text())
        if name != profile.name:
            runner.run(set_learner_name, name, initiator=self)
        style = str(self.export_name_combo.currentData())
        if style != profile.preference("export_name", "full"):
            runner.run(set_journal_preference, "export_name", style, initiator=self)
