"""Keyboard reach and visible focus, for the whole app.

- :func:`reach_toolbar`: a toolbar's buttons become Tab stops (QToolBar makes
  them mouse-only), each with an accessible name;
- :func:`chain`: an explicit Tab order, in reading order;
- :class:`KeyboardHelper` (installed once per application by
  :func:`install`): the control that gets focus is scrolled into view inside
  any scroll area, so focus is never out of sight; the clear button Qt adds to
  a line edit gets a name a screen reader can say.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyboard", text)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def reach_toolbar(toolbar: QToolBar) -> list[QToolButton]:
    """Make the toolbar's action buttons Tab stops; returns them in order."""
    buttons = []
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if isinstance(widget, QToolButton):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if not widget.accessibleName():
                widget.setAccessibleName(_plain(action.text()) or action.iconText())
            buttons.append(widget)
    return buttons


def chain(*widgets: QWidget | None) -> None:
    """Tab goes from each widget to the next (None entries are skipped)."""
    present = [w for w in widgets if w is not None]
    for first, second in pairwise(present):
        QWidget.setTabOrder(first, second)


def name_clear_button(edit: QLineEdit) -> None:
    """The clear button of a line edit is called "Clear …" after its field."""
    field = edit.accessibleName() or edit.placeholderText()
    name = _tr("Clear %1").replace("%1", field) if field else _tr("Clear")
    for button in edit.findChildren(QToolButton):
        if not button.accessibleName():
            button.setAccessibleName(name)
            button.setToolTip(name)


def scroll_into_view(widget: QWidget) -> None:
    """Every scroll area around ``widget`` shows it (innermost first)."""
    if widget.isWindow():
        return
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            area.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


class _RingAboveStyle(QProxyStyle):
    """The app's style, except that a focus frame sits above the widget, in the window."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)


KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class KeyboardHelper(QObject):
    """App-wide keyboard care.

    - focus is scrolled into view inside scroll areas;
    - focus that came by keyboard is ringed by a QFocusFrame, so it shows on
      every control (flat buttons, toolbar buttons, lists and scroll areas
      that draw no focus of their own);
    - Tab in a table or list goes on to the next control (no cell-by-cell trap);
    - clear buttons of line edits, toolbar buttons and tab bars of tab widgets
      get accessible names.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        self._last: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)

    def _ring(self, widget: QWidget | None) -> None:
        if widget is None or widget.isWindow() or widget.parentWidget() is None:
            if self._frame is not None:
                self._frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
                self._frame.hide()
            return
        if self._frame is None:
            self._frame = QFocusFrame()
            self._frame.setObjectName("KeyboardFocusFrame")
            # Drawn in the window (not in the control's parent, which may clip it away
            # when the control fills it, as in a dialog's button box).
            self._frame_style = _RingAboveStyle()
            self._frame.setStyle(self._frame_style)
            self._frame.destroyed.connect(self._frame_gone)
        self._frame.setWidget(widget)
        self._frame.show()
        self._frame.raise_()

    def _frame_gone(self) -> None:
        self._frame = None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._last = new
        if new is not None:
            scroll_into_view(new)

    def _to_chosen_radio(self, radio: QRadioButton, forward: bool) -> None:
        """Tab reaches a group of radio buttons at its chosen one (arrows move within it)."""
        group = radio.group()
        chosen = group.checkedButton() if group is not None and group.exclusive() else None
        parent = radio.parentWidget()
        if chosen is None and radio.autoExclusive() and parent is not None:
            siblings = parent.findChildren(QRadioButton)
            chosen = next((b for b in siblings if b.isChecked() and b.autoExclusive()), None)
        if chosen is None or chosen is radio or not chosen.isVisible() or not chosen.isEnabled():
            return
        came_from = self._last
        if came_from is chosen:
            # Leaving the group from its chosen button: go on past the others.
            QTimer.singleShot(0, radio, lambda: radio.focusNextPrevChild(forward))
        else:
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            QTimer.singleShot(0, chosen, lambda: chosen.setFocus(reason))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            reason = event.reason() if isinstance(event, QFocusEvent) else None
            if reason in KEYBOARD_REASONS:
                self._ring(watched)
            else:
                self._ring(None)
            if isinstance(watched, QRadioButton) and not watched.isChecked():
                if reason == Qt.FocusReason.TabFocusReason:
                    self._to_chosen_radio(watched, True)
                elif reason == Qt.FocusReason.BacktabFocusReason:
                    self._to_chosen_radio(watched, False)
            return False
        if kind == QEvent.Type.FocusOut and self._frame is not None:
            if watched is self._frame.widget():
                self._ring(None)
            return False
        if kind != QEvent.Type.Show:
            return False
        if isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        elif isinstance(watched, QPushButton) and not watched.accessibleName():
            # Dialog button boxes and wizards make their own buttons: name them by their text.
            if _plain(watched.text()):
                watched.setAccessibleName(_plain(watched.text()))
        elif isinstance(watched, QTabBar) and not watched.accessibleName():
            owner = watched.parentWidget()
            if isinstance(owner, QTabWidget) and owner.accessibleName():
                watched.setAccessibleName(owner.accessibleName())
        elif isinstance(watched, QToolButton):
            edit = watched.parentWidget()
            if isinstance(edit, QLineEdit):
                name_clear_button(edit)
            elif not watched.accessibleName():
                # A toolbar button is called what its action is called.
                action = watched.defaultAction()
                if action is not None:
                    watched.setAccessibleName(_plain(action.text()) or action.iconText())
        return False


def install() -> None:
    """Install the app-wide keyboard helper once."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(KeyboardHelper) is None:
        KeyboardHelper(app)
