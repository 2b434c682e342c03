"""File → Class overview…: every portfolio in a folder, one row each, any row opened to review.

The folder is read in the background (:func:`scan_class_folder` verifies each
archive in full); the table model holds only the small frozen
:class:`ClassRow` snapshots it gives back. Files that could not be read are
listed below the table with their reason; the rest still load.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.portfolio.class_overview import BrokenFile, ClassOverview, ClassRow, scan_class_folder
from journal.ui.formatting import format_day
from journal.ui.goals.labels import status_label
from journal.ui.tasks import CancelToken, TaskRunner

Index = QModelIndex | QPersistentModelIndex


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return format_day(value)


class ClassOverviewModel(QAbstractTableModel):
    """One row per portfolio: student, period, entries, revisions, goals, activity, feedback."""

    STUDENT, PERIOD, ENTRIES, REVISIONS, GOALS, LAST_ACTIVITY, FEEDBACK = range(7)
    PathRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClassRow] = []

    def set_rows(self, rows: list[ClassRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> ClassRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            self.tr("Student"),
            self.tr("Period covered"),
            self.tr("Entries"),
            self.tr("Revisions"),
            self.tr("Goals"),
            self.tr("Last activity"),
            self.tr("Feedback written"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _goals(self, row: ClassRow) -> str:
        if not row.goals:
            return self.tr("none")
        statuses = ", ".join(
            f"{status_label(status)} {count}" for status, count in sorted(row.goal_status.items())
        )
        return f"{row.goals} ({statuses})"

    def _feedback(self, row: ClassRow) -> str:
        if not row.feedback_files:
            return self.tr("not yet")
        return self.tr("%n comment(s)", "", row.feedback_comments)

    def _period(self, row: ClassRow) -> str:
        if row.period is None:
            return self.tr("no entries")
        first, last = row.period
        return f"{_day(first)} – {_day(last)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.PathRole:
            return str(row.path)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                row.student_name or self.tr("(no name)"),
                self._period(row),
                str(row.entries),
                str(row.revisions),
                self._goals(row),
                _day(row.last_activity) or self.tr("never"),
                self._feedback(row),
            ][column]
        if role == self.SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.ENTRIES,
            self.REVISIONS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        keys = [self._sort_key(row, column) for row in before]
        ranked = sorted(
            range(len(before)),
            key=lambda i: keys[i],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [before[i] for i in ranked]
        moved = {old: new for new, old in enumerate(ranked)}
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    @staticmethod
    def _sort_key(row: ClassRow, column: int) -> Any:
        return [
            row.student_name.casefold(),
            row.period[0].toordinal() if row.period else 0,
            row.entries,
            row.revisions,
            row.goals,
            row.last_activity.timestamp() if row.last_activity else 0.0,
            row.feedback_comments,
        ][column]


class ClassOverviewDialog(QDialog):
    """A folder of portfolios as a table; Enter or a double-click opens one for review.

    Signals:
        review_requested(object): open this portfolio (a Path) for review.
        loaded(): the folder has been read (rows and broken files are shown).
    """

    review_requested = Signal(object)
    loaded = Signal()

    def __init__(
        self, folder: Path, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.tasks = tasks or TaskRunner(self)
        self.overview: ClassOverview | None = None
        self._token: CancelToken | None = None
        self.setWindowTitle(self.tr("Class overview"))
        self.setAccessibleName(self.tr("Class overview"))
        self.resize(980, 560)

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setText(self.tr("Portfolios in %1").replace("%1", str(self.folder)))
        self.model = ClassOverviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Portfolios in this folder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClassOverviewModel.STUDENT, QHeaderView.ResizeMode.Stretch)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading the portfolios"))
        self.cancel_button = QPushButton(self.tr("&Stop reading"), self)
        self.cancel_button.setAccessibleName(self.tr("Stop reading the folder"))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.broken_label = QLabel(self.tr("Files that could not be read"), self)
        self.broken_label.setFont(font)
        self.broken_list = QListWidget(self)
        self.broken_list.setAccessibleName(self.tr("Files that could not be read"))
        self.broken_list.setWordWrap(True)
        self.broken_list.setMaximumHeight(140)
        self.open_button = QPushButton(self.tr("&Open for review"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen portfolio for review"))
        self.open_button.setToolTip(self.tr("Open the chosen portfolio for review (Enter)"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.broken_label)
        layout.addWidget(self.broken_list)
        layout.addLayout(buttons)
        self.broken_label.hide()
        self.broken_list.hide()
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.broken_list)
        QWidget.setTabOrder(self.broken_list, self.close_button)

        # Enter, and a double-click (or the platform's own way of activating a row).
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.open_button.clicked.connect(self.open_current)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        self._update_buttons()

    # -- reading ----------------------------------------------------------------------------
    def scan(self) -> None:
        """Read the folder in the background."""
        token = CancelToken()
        self._token = token
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText(self.tr("Checking every portfolio in the folder…"))
        folder = self.folder

        def report(done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        self.tasks.run(
            lambda progress: scan_class_folder(
                folder, progress=progress, cancelled=lambda: token.cancelled
            ),
            on_done=self._scanned,
            on_error=self._failed,
            on_progress=report,
            owner=self,
        )

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def _reading_done(self) -> None:
        self._token = None
        self.progress.hide()
        self.cancel_button.hide()

    def _scanned(self, overview: ClassOverview) -> None:
        self._reading_done()
        self.show_overview(overview)

    def _failed(self, exc: BaseException) -> None:
        self._reading_done()
        self.status_label.setText(str(exc))
        self.loaded.emit()

    def show_overview(self, overview: ClassOverview) -> None:
        self.overview = overview
        self.model.set_rows(overview.rows)
        self.table.sortByColumn(ClassOverviewModel.STUDENT, Qt.SortOrder.AscendingOrder)
        self.broken_list.clear()
        for broken in overview.broken:
            self._add_broken(broken)
        has_broken = bool(overview.broken)
        self.broken_label.setVisible(has_broken)
        self.broken_list.setVisible(has_broken)
        if overview.rows:
            self.status_label.setText(
                self.tr("%n portfolio(s). Press Enter or double-click one to review it.", "",
                        len(overview.rows))
            )  # fmt: skip
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.status_label.setText(self.tr("There are no portfolios in this folder."))
        self._update_buttons()
        self.loaded.emit()

    def _add_broken(self, broken: BrokenFile) -> None:
        text = f"{broken.path.name}: {broken.reason}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.ToolTipRole, str(broken.path))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.broken_list.addItem(item)

    def broken_files(self) -> list[tuple[str, str]]:
        if self.overview is None:
            return []
        return [(b.path.name, b.reason) for b in self.overview.broken]

    # -- opening ------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.review_requested.emit(self.model.row(row).path)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def reject(self) -> None:
        self.cancel()
        super().reject()
