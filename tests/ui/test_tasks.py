"""Work off the GUI thread: results come back on the GUI thread, once, in order,
and many tasks in a row with progress dialogs opening and closing never hang."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journal.actions import Changes, Kind, Outcome, action
from journal.store.database import Journal
from journal.ui.runner import ActionRunner
from journal.ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    where: dict[str, threading.Thread] = {}

    def work(n: int) -> int:
        where["work"] = threading.current_thread()
        return n * 2

    def done(result: int) -> None:
        where["done"] = threading.current_thread()
        where["result"] = result  # type: ignore[assignment]

    tasks.run(work, on_done=done, n=21)
    qtbot.waitUntil(lambda: "done" in where, timeout=5000)
    assert where["work"] is not threading.main_thread()
    assert where["done"] is threading.main_thread()
    assert where["result"] == 42


def test_many_tasks_deliver_each_result_once_and_in_order(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    results: list[int] = []
    progress: list[tuple[int, int]] = []

    def work(n: int, progress: object) -> int:
        progress(n, 300)  # type: ignore[operator]
        return n

    for n in range(300):
        tasks.run(
            work, on_done=results.append, on_progress=lambda d, t: progress.append((d, t)), n=n
        )
    qtbot.waitUntil(lambda: len(results) == 300, timeout=20000)
    assert results == list(range(300))
    assert sorted(progress) == [(n, 300) for n in range(300)]


def test_wait_returns_when_the_work_is_done_and_results_follow_with_the_event_loop(
    qtbot: QtBot,
) -> None:
    tasks = TaskRunner()
    release = threading.Event()
    results: list[str] = []
    tasks.run(lambda: release.wait(10) and "done", on_done=results.append)
    assert not tasks.wait(50)  # still blocked
    release.set()
    assert tasks.wait(5000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: results == ["done"], timeout=2000)


def test_an_error_reaches_on_error_on_the_gui_thread(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("the disk is full")

    tasks.run(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and "disk is full" in str(errors[0])


def test_a_callback_is_skipped_when_its_owner_was_deleted(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    owner = QObject()
    release = threading.Event()
    results: list[str] = []
    later: list[str] = []
    tasks.run(lambda: release.wait(10) and "late", on_done=results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: _deleted(owner), timeout=2000)
    release.set()
    tasks.run(lambda: "after", on_done=later.append)
    qtbot.waitUntil(lambda: later == ["after"], timeout=5000)
    assert results == []


def _deleted(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False


def test_runners_created_and_dropped_in_a_loop_keep_working(qtbot: QtBot) -> None:
    results: list[int] = []
    for n in range(40):
        parent = QObject()
        tasks = TaskRunner(parent)
        tasks.run(lambda value=n: value, on_done=results.append, owner=parent)
        assert tasks.wait(5000)
        QApplication.processEvents()

        def arrived(count: int = n + 1) -> bool:
            return len(results) == count

        qtbot.waitUntil(arrived, timeout=5000)
        parent.deleteLater()
    assert results == list(range(40))


def test_sixty_long_actions_in_a_row_with_their_progress_dialogs_never_hang(
    qtbot: QtBot, journal: Journal
) -> None:
    """The class of hang CI once met: a progress dialog closes while the worker
    hands its result back. Sixty in a row, each with progress, some failing."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    errors: list[tuple[str, str]] = []
    runner = ActionRunner(journal, lambda title, text: errors.append((title, text)))

    @action("Count")
    def count(_journal: Journal, n: int, *, progress=None) -> Outcome[int]:  # type: ignore[no-untyped-def]
        for i in range(50):
            progress(i + 1, 50)
        if n % 10 == 9:
            from journal.store.errors import JournalError

            raise JournalError(f"Task {n} could not finish.")
        return Outcome(n, Changes.of(Kind.ENTRIES))

    done: list[int] = []
    for n in range(60):
        runner.submit(count, n, label="Counting…", parent=window, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) + len(errors) == 60, timeout=60000)
    assert done == [n for n in range(60) if n % 10 != 9]
    assert len(errors) == 6 and all("could not finish" in text for _title, text in errors)
    assert not runner.busy
    runner.deleteLater()
