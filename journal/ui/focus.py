"""Where the keyboard goes when a page is shown: the page's first control, never a bare container.

A container that takes the focus itself (``QWidget.setFocus`` works whatever
the focus policy) is announced by a screen reader as an unnamed "filler" and
is a stop that Tab never comes back to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

_TAB = Qt.FocusPolicy.TabFocus


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & _TAB.value) and widget.isEnabled()


def focus_first_control(page: QWidget) -> None:
    """Focus ``page`` if Tab can reach it, else the first control inside it in Tab order."""
    if takes_tab(page) and page.focusProxy() is None:
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and takes_tab(widget)
            and widget.isVisibleTo(page)
            and widget.focusProxy() is None
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.OtherFocusReason)
