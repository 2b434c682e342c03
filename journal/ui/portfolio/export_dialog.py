"""File → Export portfolio…: first what will leave, then where, then written in the background.

The dialog reads the journal off the GUI thread into exactly the data the
export will carry (:func:`journal.portfolio.export.collect_for_export`) and
shows it: every entry (private ones listed but unticked unless the student
ticks "Include my private entries"), how many versions of each, goals,
reflections and attached files with their sizes. Export asks where to save
through the window's ``ask`` seam, draws the timeline picture of just what
leaves on the GUI thread, then writes in the background with progress and
Cancel; a cancelled export leaves no file.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.actions.portfolio import export_portfolio
from journal.portfolio.errors import ExportCancelled
from journal.portfolio.export import (
    ARCHIVE_SUFFIX,
    ExportFormat,
    ExportResult,
    collect_for_export,
    default_file_name,
)
from journal.portfolio.model import (
    ExportOptions,
    PortfolioData,
    PortfolioPreview,
    RevisionChoice,
    preview_portfolio,
)
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.read_models.feedback import StayingItem, private_items
from journal.store.read_models.timeline import timeline as read_timeline
from journal.store.timeline_data import Marks, TimelineData, TimelineEntries
from journal.ui.formatting import format_day, format_size
from journal.ui.goals.labels import attribute_label, status_label
from journal.ui.runner import ActionRunner
from journal.ui.tasks import CancelToken

TimelinePicture = Callable[[Journal, PortfolioData], bytes | None]


class AskSeam(Protocol):
    def save_file(self, title: str, suggested: str, filter_text: str = "") -> Path | None: ...

    def error(self, title: str, text: str) -> None: ...


# -- the timeline picture of just what leaves ----------------------------------------------


def filter_timeline(
    data: TimelineData,
    *,
    entries: set[str],
    goals: set[str],
    reflections: set[str],
    feedback: set[str],
) -> TimelineData:
    """The same timeline with only the given entries, goals and marks (nothing private)."""
    old = data.entries
    keep = [i for i, entry_id in enumerate(old.ids) if entry_id in entries]
    kept_goals = [i for i, goal in enumerate(data.goals) if goal.id in goals]
    goal_index = {old_i: new_i for new_i, old_i in enumerate(kept_goals)}
    used_tags = sorted({t for i in keep for t in old.tags_of(i)})
    tag_index = {old_t: new_t for new_t, old_t in enumerate(used_tags)}

    def csr(
        values_of: Callable[[int], array[int]], remap: dict[int, int]
    ) -> tuple[array[int], array[int]]:
        offsets, values = array("l", [0]), array("l")
        for i in keep:
            values.extend(remap[v] for v in values_of(i) if v in remap)
            offsets.append(len(values))
        return offsets, values

    tag_offsets, tag_values = csr(old.tags_of, tag_index)
    goal_offsets, goal_values = csr(old.goals_of, goal_index)
    ids = [old.ids[i] for i in keep]
    kept_entries = TimelineEntries(
        ids=ids,
        times=array("d", (old.times[i] for i in keep)),
        attributes=array("B", (old.attributes[i] for i in keep)),
        revisions=array("l", (old.revisions[i] for i in keep)),
        span_lo=array("d", (old.span_lo[i] for i in keep)),
        span_hi=array("d", (old.span_hi[i] for i in keep)),
        tag_offsets=tag_offsets,
        tag_values=tag_values,
        goal_offsets=goal_offsets,
        goal_values=goal_values,
        _index={entry_id: i for i, entry_id in enumerate(ids)},
    )

    def marks(source: Marks, wanted: set[str]) -> Marks:
        pick = [i for i, mark_id in enumerate(source.ids) if mark_id in wanted]
        return Marks([source.ids[i] for i in pick], array("d", (source.times[i] for i in pick)))

    return TimelineData(
        entries=kept_entries,
        tags=[data.tags[t] for t in used_tags],
        goals=[data.goals[i] for i in kept_goals],
        reflections=marks(data.reflections, reflections),
        feedback=marks(data.feedback, feedback),
        today=data.today,
    )


def render_timeline_png(
    journal: Journal,
    portfolio: PortfolioData,
    size: QSize = QSize(1400, 480),  # noqa: B008
) -> bytes | None:
    """The whole timeline of what this export carries, drawn on the GUI thread, as PNG bytes."""
    from journal.ui.timeline.export import render_image
    from journal.ui.timeline.view import TimelineView

    if not portfolio.entries and not portfolio.goals:
        return None
    full = read_timeline(journal)
    data = filter_timeline(
        full,
        entries={e.id for e in portfolio.entries},
        goals={g.id for g in portfolio.goals},
        reflections={r.id for r in portfolio.reflections},
        feedback={f.id for f in portfolio.feedback},
    )
    view = TimelineView(None)
    try:
        view.resize(size)
        view.set_data(data)
        view.fit_all()
        image = render_image(view, 1.5)
        raw = QByteArray()
        buffer = QBuffer(raw)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs want bytes
        buffer.close()
        return bytes(raw.data()) if ok else None
    finally:
        view.deleteLater()


# -- collecting (off the GUI thread) ---------------------------------------------------------


@dataclass(frozen=True)
class Collected:
    data: PortfolioData
    preview: PortfolioPreview
    private_entries: list[StayingItem]  # listed, unticked: they stay on this computer
    private_goals: list[StayingItem]


def collect_preview(journal: Journal, options: ExportOptions) -> Collected:
    data = collect_for_export(journal, options)
    staying_entries: list[StayingItem] = []
    staying_goals: list[StayingItem] = []
    if not options.include_private:
        staying_entries, staying_goals = private_items(journal)
    return Collected(data, preview_portfolio(data), staying_entries, staying_goals)


# -- the dialog --------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Preview what will leave, choose a format, then export in the background.

    The preview is read on the runner's worker; the export is the
    :func:`~journal.actions.portfolio.export_portfolio` action, submitted to the
    runner (progress and Cancel); it changes nothing in the journal.

    Signals:
        preview_ready(): the preview shows the current choices.
        exported(object): the :class:`ExportResult` of a finished export.
        export_cancelled(): the student cancelled; no file was written.
    """

    preview_ready = Signal()
    exported = Signal(object)
    export_cancelled = Signal()

    EntryIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        runner: ActionRunner,
        ask: AskSeam,
        parent: QWidget | None = None,
        *,
        timeline: TimelinePicture | None = render_timeline_png,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.journal = runner.journal
        self.ask = ask
        self._timeline = timeline
        self._generation = 0
        self._collected: Collected | None = None
        self._token: CancelToken | None = None
        self.progress: QProgressDialog | None = None
        self.export_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export my portfolio"))
        self.setAccessibleName(self.tr("Export my portfolio"))
        self.resize(760, 640)
        self._build()
        self._connect_signals()
        self.refresh()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Before anything leaves this computer, here is exactly what your portfolio "
                "will hold. Private entries stay here unless you tick the box."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.include_private = QCheckBox(
            self.tr("Include my &private entries in this export"), self
        )
        self.include_private.setAccessibleName(self.tr("Include my private entries in this export"))
        self.revisions_combo = QComboBox(self)
        self.revisions_combo.setAccessibleName(self.tr("Which versions of each entry"))
        self.revisions_combo.addItem(self.tr("Every version of each entry"), RevisionChoice.ALL)
        self.revisions_combo.addItem(
            self.tr("Only the first and the latest version"), RevisionChoice.FIRST_LAST
        )
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Kind of file"))
        self.format_combo.addItem(
            self.tr("Portfolio file (.portfolio.zip) for a teacher or a new computer"),
            ExportFormat.ARCHIVE,
        )
        self.format_combo.addItem(self.tr("Web pages in a folder"), ExportFormat.HTML)
        self.format_combo.addItem(self.tr("PDF to print or share"), ExportFormat.PDF)
        self.page_combo = QComboBox(self)
        self.page_combo.setAccessibleName(self.tr("Paper size"))
        self.page_combo.addItem(self.tr("A4"), "A4")
        self.page_combo.addItem(self.tr("Letter"), "Letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.page_combo.setCurrentIndex(1)

        form = QFormLayout()
        versions_label = QLabel(self.tr("&Versions:"), self)
        versions_label.setBuddy(self.revisions_combo)
        format_label = QLabel(self.tr("&Kind of file:"), self)
        format_label.setBuddy(self.format_combo)
        page_label = QLabel(self.tr("Paper si&ze:"), self)
        page_label.setBuddy(self.page_combo)
        form.addRow(versions_label, self.revisions_combo)
        form.addRow(format_label, self.format_combo)
        form.addRow(page_label, self.page_combo)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("What will leave this computer"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details"), self.tr("Size")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.totals_label = QLabel(self)
        self.totals_label.setWordWrap(True)
        bold = QFont(self.totals_label.font())
        bold.setBold(True)
        self.totals_label.setFont(bold)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Export status"))

        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Choose where to save, then write the portfolio"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.include_private)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.include_private, self.revisions_combo)
        QWidget.setTabOrder(self.revisions_combo, self.format_combo)
        QWidget.setTabOrder(self.format_combo, self.page_combo)
        QWidget.setTabOrder(self.page_combo, self.tree)
        # The button box orders its own buttons; ordering them again made Export and
        # Close a Tab loop (found over AT-SPI, tests/a11y).
        QWidget.setTabOrder(self.tree, self.export_button)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.include_private.toggled.connect(lambda _on: self.refresh())
        self.revisions_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button.clicked.connect(self.reject)

    # -- choices ----------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        return ExportOptions(
            include_private=self.include_private.isChecked(),
            revisions=RevisionChoice(self.revisions_combo.currentData()),
        )

    def export_format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def set_format(self, fmt: ExportFormat | str) -> None:
        index = self.format_combo.findData(ExportFormat(fmt))
        self.format_combo.setCurrentIndex(index)

    def page_size(self) -> str:
        return str(self.page_combo.currentData())

    @property
    def collected(self) -> Collected | None:
        """What the preview shows (and the export will carry), once read."""
        return self._collected

    @property
    def busy(self) -> bool:
        return self._token is not None

    # -- the preview ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the journal again for the current choices (in the background)."""
        self._generation += 1
        generation = self._generation
        self._collected = None
        self.status_label.setText(self.tr("Reading your journal…"))
        self._update_buttons()
        journal, options = self.journal, self.options()

        def done(collected: Collected) -> None:
            if generation == self._generation:
                self._show_preview(collected)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status_label.setText(str(exc))
                self.ask.error(self.tr("Your journal couldn't be read"), str(exc))

        self.runner.tasks.run(
            lambda: collect_preview(journal, options), on_done=done, on_error=failed, owner=self
        )

    def _size(self, size: int) -> str:
        return format_size(size)

    def _day(self, day: date) -> str:
        return format_day(day)

    def _section(self, title: str, details: str, size: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title, details, size])
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(False)
        return item

    def _leaf(
        self, parent: QTreeWidgetItem, texts: list[str], ticked: bool | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, texts)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if ticked is not None:
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            spoken = self.tr("%1, will leave") if ticked else self.tr("%1, stays on this computer")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken.replace("%1", texts[0]))
        return item

    def _show_preview(self, collected: Collected) -> None:
        self._collected = collected
        preview = collected.preview
        untitled = self.tr("Untitled entry")
        self.tree.clear()

        leaving = len(preview.entries)
        staying = len(collected.private_entries)
        entries = self._section(
            self.tr("Entries"),
            self.tr("%1 of %2 will leave")
            .replace("%1", str(leaving))
            .replace("%2", str(leaving + staying)),
            self._size(sum(e.attachment_bytes for e in preview.entries)),
        )
        rows: list[tuple[date, QTreeWidgetItem]] = []
        for entry in preview.entries:
            versions = self.tr("%1 of %n version(s)", "", entry.revisions_total).replace(
                "%1", str(entry.revisions_included)
            )
            details = f"{self._day(entry.learned_on)} · {versions}"
            if entry.private:
                details += " · " + self.tr("private, included this time")
            item = self._leaf(
                entries,
                [entry.title or untitled, details, self._size(entry.attachment_bytes)
                 if entry.attachment_bytes else ""],
                True,
            )  # fmt: skip
            item.setData(0, self.EntryIdRole, entry.id)
            rows.append((entry.learned_on, item))
        for staying_entry in collected.private_entries:
            item = self._leaf(
                entries,
                [
                    staying_entry.title or untitled,
                    f"{self._day(staying_entry.day or date.today())} · "
                    + self.tr("private, stays on this computer"),
                    "",
                ],
                False,
            )
            item.setData(0, self.EntryIdRole, staying_entry.id)
            rows.append((staying_entry.day or date.today(), item))
        # In time order, private ones among the rest, so the student sees where they sit.
        entries.takeChildren()
        for _day, item in sorted(rows, key=lambda pair: pair[0]):
            entries.addChild(item)

        choice = (
            self.tr("every version")
            if preview.revision_choice == RevisionChoice.ALL.value
            else self.tr("first and latest only")
        )
        self._section(
            self.tr("Versions"),
            self.tr("%1 of %2 (%3)")
            .replace("%1", str(preview.revisions_included))
            .replace("%2", str(preview.revisions_total))
            .replace("%3", choice),
        )

        goals = self._section(
            self.tr("Goals"),
            self.tr("%1 of %2 will leave")
            .replace("%1", str(len(preview.goals)))
            .replace("%2", str(len(preview.goals) + len(collected.private_goals))),
        )
        for goal in preview.goals:
            self._leaf(
                goals, [goal.title or self.tr("Untitled goal"), status_label(goal.status), ""], True
            )
        for staying_goal in collected.private_goals:
            self._leaf(
                goals,
                [staying_goal.title or self.tr("Untitled goal"),
                 self.tr("private, stays on this computer"), ""],
                False,
            )  # fmt: skip

        reflections = self._section(
            self.tr("Reflections"), self.tr("%n reflection(s)", "", preview.reflection_count)
        )
        for attribute, count in sorted(preview.reflections_by_attribute.items()):
            label = attribute_label(attribute) if attribute != "other" else self.tr("Other")
            self._leaf(reflections, [label, self.tr("%n reflection(s)", "", count), ""])

        files = self._section(
            self.tr("Attached files"),
            self.tr("%n file(s)", "", len(preview.attachments)),
            self._size(preview.attachment_bytes),
        )
        for attachment in sorted(preview.attachments, key=lambda a: a.filename.casefold()):
            self._leaf(
                files, [attachment.filename, attachment.media_type, self._size(attachment.size)]
            )
        if preview.missing_attachments:
            missing = self._section(
                self.tr("Files left out"),
                self.tr("%n attached file(s) are missing from your journal folder", "",
                        len(preview.missing_attachments)),
            )  # fmt: skip
            for name in preview.missing_attachments:
                self._leaf(missing, [name, self.tr("missing"), ""])
        if preview.feedback_count:
            self._section(
                self.tr("Feedback you were given"),
                self.tr("%n comment(s)", "", preview.feedback_count),
            )
        entries.setExpanded(True)
        goals.setExpanded(True)

        parts = (
            self.tr("%n entry(s)", "", len(preview.entries)),
            self.tr("%n version(s)", "", preview.revisions_included),
            self.tr("%n goal(s)", "", len(preview.goals)),
            self.tr("%n reflection(s)", "", preview.reflection_count),
            self.tr("%n attached file(s)", "", len(preview.attachments)),
            self._size(preview.attachment_bytes),
        )
        leaving_text = self.tr("Leaving: %1 with %2, %3, %4 and %5 (%6).")
        for number, part in enumerate(parts, start=1):
            leaving_text = leaving_text.replace(f"%{number}", part)
        if staying or collected.private_goals:
            leaving_text += " " + (
                self.tr("Staying on this computer: %1 and %2.")
                .replace("%1", self.tr("%n private entry(s)", "", staying))
                .replace("%2", self.tr("%n private goal(s)", "", len(collected.private_goals)))
            )
        self.totals_label.setText(leaving_text)
        self.status_label.setText(self.tr("Choose the kind of file, then press Export."))
        self._update_buttons()
        self.preview_ready.emit()

    def entry_rows(self) -> list[tuple[str, bool]]:
        """(title, ticked) of each entry in the preview, in the order shown."""
        top = self.tree.topLevelItem(0)
        if top is None:
            return []
        children = [top.child(i) for i in range(top.childCount())]
        return [
            (child.text(0), child.checkState(0) == Qt.CheckState.Checked)
            for child in children
            if child is not None
        ]

    # -- exporting ----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        ready = self._collected is not None and not self.busy
        self.export_button.setEnabled(ready)
        self.page_combo.setEnabled(self.export_format() is ExportFormat.PDF)
        for widget in (self.include_private, self.revisions_combo, self.format_combo):
            widget.setEnabled(not self.busy)

    def _suggested_path(self, data: PortfolioData, fmt: ExportFormat) -> str:
        from PySide6.QtCore import QStandardPaths

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = default_file_name(data, fmt)
        return str(Path(folder) / name) if folder else name

    def _filter(self, fmt: ExportFormat) -> str:
        if fmt is ExportFormat.ARCHIVE:
            return self.tr("Portfolio files (*%1)").replace("%1", ARCHIVE_SUFFIX)
        if fmt is ExportFormat.PDF:
            return self.tr("PDF files (*.pdf)")
        return ""

    @staticmethod
    def _with_suffix(path: Path, fmt: ExportFormat) -> Path:
        if fmt is ExportFormat.ARCHIVE and not path.name.lower().endswith(".zip"):
            return path.with_name(path.name + ARCHIVE_SUFFIX)
        if fmt is ExportFormat.PDF and path.suffix.lower() != ".pdf":
            return path.with_name(path.name + ".pdf")
        return path

    def export(self, path: Path | None = None) -> bool:
        """Ask where (unless given), then write in the background; False if it didn't start."""
        collected = self._collected
        if collected is None or self.busy:
            return False
        fmt = self.export_format()
        if path is None:
            path = self.ask.save_file(
                self.tr("Save your portfolio"),
                self._suggested_path(collected.data, fmt),
                self._filter(fmt),
            )
            if path is None:
                return False
        out = self._with_suffix(Path(path), fmt)
        timeline_png: bytes | None = None
        if self._timeline is not None:
            try:
                timeline_png = self._timeline(self.journal, collected.data)
            except (JournalError, OSError):
                timeline_png = None  # the portfolio is still whole without its picture
        self.status_label.setText(self.tr("Writing your portfolio to %1…").replace("%1", str(out)))
        self._token = CancelToken()  # busy until the runner answers
        self._update_buttons()
        token = self.runner.submit(
            export_portfolio,
            out,
            label=self.tr("Writing your portfolio…"),
            parent=self,
            on_done=self._export_done,
            on_error=self._export_failed,
            initiator=self,
            format=fmt,
            data=collected.data,
            timeline_png=timeline_png,
            page_size=self.page_size(),
        )
        if token is None:  # refused (the runner already said why)
            self._token = None
            self._update_buttons()
            return False
        self._token = token
        self.progress = self.runner.progress_dialog
        self.progress.setWindowTitle(self.tr("Exporting"))
        self.progress.canceled.connect(self.cancel_export)
        return True

    def cancel_export(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status_label.setText(self.tr("Stopping…"))

    def _finish(self) -> None:
        self._token = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_export)
            self.progress = None
        self._update_buttons()

    def _export_done(self, result: ExportResult) -> None:
        self._finish()
        self.export_result = result
        text = (
            self.tr("Saved your portfolio to %1 (%2).")
            .replace("%1", str(result.path))
            .replace("%2", self._size(result.size))
        )
        if result.missing_attachments:
            text += " " + self.tr(
                "%n attached file(s) were missing and left out; 'journal check' says why.",
                "",
                len(result.missing_attachments),
            )
        self.status_label.setText(text)
        self.close_button.setFocus()
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ExportCancelled):
            self.status_label.setText(self.tr("The export was cancelled; no file was written."))
            self.export_cancelled.emit()
            return
        message = (
            str(exc)
            if isinstance(exc, JournalError)
            else self.tr(
                "Something went wrong while writing the portfolio (%1); no file was written."
            ).replace("%1", str(exc))
        )
        self.status_label.setText(message)
        self.ask.error(self.tr("Your portfolio wasn't exported"), message)

    def reject(self) -> None:
        if self.busy:
            self.cancel_export()
            return
        super().reject()
