"""Running slow work (producing a report's files, recomputing figures) off the GUI thread.

`Worker(database, fn)` runs `fn(thread_database, progress)` on a QThread, where
`thread_database` is `database.for_thread()`: a second connection to the same database
and account, opened in the worker thread and closed when `fn` returns (one SQLite
connection per thread). `fn` may call `progress(step, total, label)` (label: a str or a
`Message`, translated in the GUI thread); the `progress` signal carries it to the
window. `succeeded(result)` or `failed(exception)` is emitted in the GUI thread once the
thread has finished completely.

Never call `QApplication.processEvents()` while a worker runs: with PySide6 6.12 that
crashes the interpreter. Wait with an event loop (a dialog's, or `qtbot.waitSignal` in
tests); `wait()` blocks until the thread is done (used when a window closes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gbv_desktop import i18n

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, Any], None]
# Workers started and not yet delivered: a worker without a parent stays alive until its
# thread is done, even when the page that started it goes away first (a QThread
# destroyed while running aborts the program).
_RUNNING: set[BackgroundTask] = set()


def prewarm_imports() -> None:
    """Import in the GUI thread what a worker that writes would otherwise import lazily
    (sqlite-utils and its plugins; PySide6's import hook reads new modules' sources:
    keep that out of worker threads)."""
    import importlib.metadata  # noqa: F401

    from sqlite_utils.plugins import ensure_plugins_loaded

    ensure_plugins_loaded()


class BackgroundTask(QThread):
    """Runs `fn()` off the GUI thread (used where there is no open database to give the
    thread its own connection: creating or unlocking one, restoring a backup)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        fn: Callable[..., Any],
        parent: QObject | None = None,
        prewarm: Callable[[], None] | None = None,
        *,
        reads_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._result: Any = None
        self._error: BaseException | None = None
        self.delivered = False
        if not reads_only:  # plain SQL reads need no sqlite-utils (a tenth of a second)
            prewarm_imports()
        if prewarm is not None:
            prewarm()
        # This object lives in the GUI thread: `finished` (emitted by Qt after run()
        # returned) reaches `_deliver` through the event loop, in the GUI thread.
        self.finished.connect(self._deliver)

    def start(self, *args: Any) -> None:
        _RUNNING.add(self)
        super().start(*args)

    def run(self) -> None:
        try:
            self._result = self._call()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._error = exc

    def _call(self) -> Any:
        return self._fn()

    @Slot()
    def _deliver(self) -> None:
        self.wait()  # no Python left running in the worker from here on
        _RUNNING.discard(self)
        if self.delivered:
            return
        self.delivered = True
        if self._error is not None:
            self.failed.emit(self._error)
        else:
            self.succeeded.emit(self._result)

    @property
    def result(self) -> Any:
        return self._result

    @property
    def error(self) -> BaseException | None:
        return self._error


class Worker(BackgroundTask):
    """Runs `fn(database_for_this_thread, progress)` off the GUI thread."""

    progress = Signal(int, int, str)  # step, total, label (translated)
    _progressed = Signal(int, int, object)  # from the worker thread

    def __init__(
        self,
        database: Any,
        fn: Callable[[Any, ProgressFn], Any],
        parent: QObject | None = None,
        prewarm: Callable[[], None] | None = None,
        *,
        reads_only: bool = False,
    ) -> None:
        super().__init__(fn, parent, prewarm, reads_only=reads_only)
        self._database = database
        self._progressed.connect(self._relay_progress)

    def _call(self) -> Any:
        thread_db = self._database.for_thread()
        try:
            return self._fn(thread_db, self._report)
        finally:
            thread_db.close()  # and overwrites its copy of the key

    def _report(self, step: int, total: int, label: Any = "") -> None:
        self._progressed.emit(int(step), int(total), label)

    @Slot(int, int, object)
    def _relay_progress(self, step: int, total: int, label: Any) -> None:
        from gbv_desktop.domain.messages import Message

        text = label.render(i18n.translate) if isinstance(label, Message) else str(label or "")
        self.progress.emit(step, total, text)


__all__ = ["BackgroundTask", "Worker"]
