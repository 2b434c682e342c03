"""The small card that follows the pointer over the timeline (a tooltip with structure).

It is a child of the view floating over it, not a window of its own, so it
never takes focus, never leaves the view and needs nothing from the window
system.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CARD_WIDTH = 280


@dataclass(frozen=True)
class CardText:
    """What a card says: a bold title, a small line under it, a few lines of text, a footer."""

    title: str
    subtitle: str = ""
    body: str = ""
    footer: str = ""


class HoverCard(QFrame):
    """A frameless popup with plain-text labels (user text is never read as HTML)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("timelineHoverCard")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(CARD_WIDTH)
        self.setStyleSheet(
            "#timelineHoverCard { background: #ffffff; border: 1px solid #c9cfd8;"
            " border-radius: 6px; }"
            " QLabel { color: #2b3038; background: transparent; }"
            " QLabel#cardSubtitle, QLabel#cardFooter { color: #5d6877; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        self.title = self._label("cardTitle", bold=True)
        self.subtitle = self._label("cardSubtitle")
        self.body = self._label("cardBody")
        self.footer = self._label("cardFooter")
        for label in (self.title, self.subtitle, self.body, self.footer):
            layout.addWidget(label)

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def show_text(self, text: CardText, anchor: QPoint) -> None:
        """Show ``text`` beside ``anchor`` (in the parent's coordinates), inside the parent."""
        for label, value in (
            (self.title, text.title),
            (self.subtitle, text.subtitle),
            (self.body, text.body),
            (self.footer, text.footer),
        ):
            label.setText(value)
            label.setVisible(bool(value))
        self.adjustSize()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else QRect(0, 0, 10_000, 10_000)
        pos = anchor + QPoint(14, 16)
        if pos.x() + self.width() > area.right() - 4:
            pos.setX(anchor.x() - self.width() - 14)
        if pos.y() + self.height() > area.bottom() - 4:
            pos.setY(anchor.y() - self.height() - 12)
        pos.setX(max(pos.x(), area.left() + 4))
        pos.setY(max(pos.y(), area.top() + 4))
        self.move(pos)
        self.show()
        self.raise_()

    def text(self) -> CardText:
        return CardText(
            self.title.text(), self.subtitle.text(), self.body.text(), self.footer.text()
        )
