"""Windows that fit the student's screen, and remember where they were put.

School laptops have small screens (1024×600 netbooks, 1366×768 laptops). The
pieces here keep every page and panel usable on them:

- :func:`scrolling` puts a page or panel in a frameless QScrollArea, so its own
  minimum size never forces the window past the screen (it scrolls instead);
- :func:`follow_current_page` makes a QStackedWidget as small as the page on
  show, not as big as the biggest page ever shown;
- :func:`keep_docks_usable` lets the keyboard reach a dock's Close and Float
  buttons, and keeps docks hidden behind another tab out of the Tab order
  (Qt moves them off screen but leaves them "visible");
- :func:`initial_size` and :class:`WindowPlacement` give a first size that fits
  the available screen, then restore the size, position and docks the student
  left (``saveGeometry``/``saveState`` in the settings).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QWidget,
)

DEFAULT_SIZE = QSize(1280, 800)
# Of the available screen, at most this much on a first start (room for the frame).
SCREEN_SHARE = 0.92


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowFit", text)


def scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` inside a frameless scroll area that follows its size when there is room."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # A scroll area is a Tab stop of its own by default; its content already has them.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setAccessibleName(name or widget.accessibleName())
    area.setWidget(widget)
    return area


def follow_current_page(stack: QStackedWidget) -> None:
    """The stack's minimum size is the page on show's, not the largest page's."""

    def update(_index: int = -1) -> None:
        current = stack.currentWidget()
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(update)
    update()


def _dock_buttons(dock: QDockWidget) -> list[tuple[QAbstractButton, str]]:
    title = dock.windowTitle().replace("&", "")
    named = {
        "qt_dockwidget_closebutton": _tr("Close the %1 panel").replace("%1", title),
        "qt_dockwidget_floatbutton": _tr("Float or dock the %1 panel").replace("%1", title),
    }
    found = []
    for button in dock.findChildren(QAbstractButton):
        if button.objectName() in named and button.parentWidget() is dock:
            found.append((button, named[button.objectName()]))
    return found


def keep_docks_usable(window: QMainWindow, docks: list[QDockWidget]) -> DockTabStops:
    """Dock title buttons by keyboard, and no Tab stops behind a covering tab."""
    for dock in docks:
        for button, name in _dock_buttons(dock):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(name)
            button.setToolTip(name)
    return DockTabStops(window, docks)


class DockTabStops(QObject):
    """Keeps what Qt parks outside the window out of the Tab order.

    A docked dock whose tab is not on top, and a dock tab bar no longer in use,
    stay "visible" in Qt but sit outside the window. They are disabled while
    parked (a disabled widget is no Tab stop and keeps its children's own
    state), and enabled again when they come back.
    """

    def __init__(self, window: QMainWindow, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._docks = docks
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for dock in docks:
            dock.visibilityChanged.connect(lambda visible, d=dock: self._shown(d, visible))
            dock.topLevelChanged.connect(lambda _floating: self._timer.start())
        window.tabifiedDockWidgetActivated.connect(lambda _dock: self._timer.start())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self._timer.start()
        return super().eventFilter(watched, event)

    def _shown(self, dock: QDockWidget, visible: bool) -> None:
        if visible:  # its tab came on top: usable at once (focus may go there next)
            dock.setEnabled(True)
        self._timer.start()

    def schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        window = self._window
        inside = window.rect()
        for dock in self._docks:
            parked = not dock.isFloating() and not inside.intersects(dock.geometry())
            dock.setEnabled(not parked)
        # A dock tab bar is in use only while some docked dock shows (the Journal page).
        docked = any(d.isVisible() and not d.isFloating() for d in self._docks)
        for bar in window.findChildren(QTabBar):
            if bar.parentWidget() is window:
                bar.setEnabled(docked and inside.intersects(bar.geometry()))


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without task bars and docks)."""
    screen: QScreen | None = None
    if widget is not None:
        screen = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def initial_size(available: QRect, wanted: QSize = DEFAULT_SIZE) -> QSize:
    """The default size, shrunk to fit the available screen."""
    return QSize(
        min(wanted.width(), int(available.width() * SCREEN_SHARE)),
        min(wanted.height(), int(available.height() * SCREEN_SHARE)),
    )


def place_window(window: QWidget, geometry: bytes = b"") -> bool:
    """Size and place ``window`` as saved in ``geometry``, kept on the available screen.

    Without a saved geometry (or one that can't be used) the window gets the
    default size shrunk to the screen, centred. True when the saved one was used.
    """
    restored = bool(geometry) and window.restoreGeometry(QByteArray(geometry))
    area = available_geometry(window)
    if not restored:
        window.resize(initial_size(area))
        frame = window.frameGeometry()
        frame.moveCenter(area.center())
        window.move(frame.topLeft())
        return False
    # A window left on a bigger (or now missing) screen comes back on this one.
    fitted = window.geometry()
    fitted.setWidth(min(fitted.width(), area.width()))
    fitted.setHeight(min(fitted.height(), area.height()))
    if not area.intersects(fitted):
        fitted.moveCenter(area.center())
    if fitted != window.geometry():
        window.setGeometry(fitted)
    return True


class WindowPlacement(QObject):
    """Size, position and dock layout of a main window kept across starts.

    ``read``/``write`` get and set the stored geometry and dock state (bytes,
    empty when nothing is stored).
    """

    def __init__(
        self,
        window: QMainWindow,
        read: Callable[[], tuple[bytes, bytes]],
        write: Callable[[bytes, bytes], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._read = read
        self._write = write

    def restore(self) -> bool:
        """Put the window back as it was left; otherwise a size that fits the screen."""
        geometry, state = self._read()
        restored = place_window(self._window, geometry)
        if state:
            self._window.restoreState(QByteArray(state))
        return restored

    def save(self) -> None:
        window = self._window
        self._write(bytes(window.saveGeometry().data()), bytes(window.saveState().data()))
