"""A smoke run of the whole window: every page, every tab and every record form, at
the usual screen sizes, failing on any exception or Qt warning.

It never waits for anyone: forms are shown (not exec'd) and closed without saving.
With `screenshots`, a PNG of each page and form per size is written there, to look at.
The lines it prints are for developers and testers, so they are not translated.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from gbv_desktop.domain.messages import KnownError

SIZES: tuple[tuple[int, int], ...] = ((1366, 768), (1920, 1080))
_RECORDED = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def _pump(ms: int = 0) -> None:
    """Let Qt handle pending events (layouts, paints, timers) for about `ms`.

    An event loop rather than processEvents(): with PySide6 6.12, processEvents()
    called from Python while another Qt thread runs Python can crash the interpreter.
    """
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


# Messages of the platform plugin itself, not of the application: the offscreen plugin
# warns on every top-level window shown, whatever the window does.
_PLATFORM_NOISE = {"offscreen": {"This plugin does not support propagateSizeHints()"}}


def _slug(text: str) -> str:
    from gbv_desktop.domain.text import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("&", "")).strip("-")


class _Run:
    def __init__(self, screenshots: Path | None) -> None:
        self.screenshots = screenshots
        self.failures: list[str] = []
        self.warnings: list[str] = []
        self.steps = 0

    def step(self, name: str, action: Callable[[], None]) -> bool:
        self.steps += 1
        warnings_before = len(self.warnings)
        try:
            action()
        except Exception as exc:
            self.failures.append(f"{name}: {type(exc).__name__}: {exc}")
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", flush=True)
            if not isinstance(exc, KnownError):  # a bug: where it happened
                traceback.print_exc(file=sys.stdout)
            return False
        new = self.warnings[warnings_before:]
        status = "ok  " if not new else "WARN"
        print(f"{status}  {name}", flush=True)
        for message in new:
            print(f"      {message}", flush=True)
        return True

    def shot(self, widget: QWidget, name: str) -> None:
        if self.screenshots is None:
            return
        _pump(30)
        path = self.screenshots / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")

    def on_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # Called by Qt from C++: it must never raise (that would crash the process).
        try:
            if message.strip() in _PLATFORM_NOISE.get(QGuiApplication.platformName(), ()):
                return
            if mode in _RECORDED:
                self.warnings.append(f"{mode.name}: {message}")
        except Exception as exc:  # pragma: no cover - defensive
            self.warnings.append(f"(message handler failed: {exc!r}) {message}")

    def on_exception(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        # An exception in a slot or a virtual method called by Qt: Qt carries on, we fail.
        text = "".join(traceback.format_exception(kind, exc, tb))
        self.failures.append(f"exception raised inside Qt: {kind.__name__}: {exc}")
        print(f"FAIL  exception raised inside Qt:\n{text}", flush=True)


def _tabs(page: QWidget) -> Iterator[tuple[QTabWidget, int]]:
    widgets = ([page] if isinstance(page, QTabWidget) else []) + page.findChildren(QTabWidget)
    for tabs in widgets:
        for index in range(tabs.count()):
            yield tabs, index


def run_smoke(
    db_path: Path | str,
    username: str,
    password: str,
    screenshots: Path | None,
    lang: str,
    sizes: tuple[tuple[int, int], ...] = SIZES,
) -> int:
    """Open the database, visit every page and form; 0 when nothing went wrong."""
    from gbv_desktop.ui.app import application

    application(lang)  # created here, or the existing one, speaking `lang`
    run = _Run(Path(screenshots) if screenshots is not None else None)
    if run.screenshots is not None:
        run.screenshots.mkdir(parents=True, exist_ok=True)
    previous_handler = qInstallMessageHandler(run.on_message)
    previous_hook = sys.excepthook
    sys.excepthook = run.on_exception
    try:
        _visit_everything(run, Path(db_path), username, password, sizes)
        _pump(0)  # deferred deletions, with their messages still recorded
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)

    print(
        f"smoke: {run.steps} steps, {len(run.failures)} failed, {len(run.warnings)} Qt warnings",
        flush=True,
    )
    for failure in run.failures:
        print(f"  failed: {failure}", flush=True)
    for warning in run.warnings:
        print(f"  Qt {warning}", flush=True)
    return 1 if run.failures or run.warnings else 0


def _visit_everything(
    run: _Run, db_path: Path, username: str, password: str, sizes: tuple[tuple[int, int], ...]
) -> None:
    from gbv_desktop.storage.database import Database
    from gbv_desktop.ui.main_window import MainWindow

    opened: list[Database] = []
    windows: list[MainWindow] = []
    if not run.step(
        f"open {db_path.name} as {username}",
        lambda: opened.append(Database.open(db_path, username, password)),
    ):
        return
    database = opened[0]
    if not run.step("build the main window", lambda: windows.append(MainWindow(database))):
        database.close()
        return
    window = windows[0]
    try:
        run.step("show the main window", lambda: (window.show(), _pump(50)))
        for width, height in sizes:
            size = f"{width}x{height}"
            run.step(f"resize to {size}", lambda w=width, h=height: _resize(window, w, h))
            _visit_pages(run, window, size)
            _visit_forms(run, window, size, width, height)
    finally:

        def close() -> None:
            window.close()
            window.deleteLater()
            _pump(30)

        run.step("close the main window", close)
        database.close()  # closing twice is harmless; the window normally closes it


def _resize(widget: QWidget, width: int, height: int) -> None:
    widget.resize(width, height)
    _pump(30)


def _visit_pages(run: _Run, window: QWidget, size: str) -> None:
    from gbv_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    keys = list(window.pages)
    for row, key in enumerate(keys):
        number = f"{row + 1:02d}"
        page = window.pages[key]

        def show(r: int = row) -> None:
            window.nav.setCurrentRow(r)
            _pump(30)

        if not run.step(f"page {number} {key} {size}", show):
            continue
        tabs = list(_tabs(page))
        if not tabs:
            run.step(
                f"screenshot {number}-{key}-{size}",
                lambda n=f"{number}-{key}-{size}": run.shot(window, n),
            )
            continue
        for tab_widget, index in tabs:
            child = tab_widget.widget(index)
            # A tab's file name: its page's object name, else its title, else its number.
            named = child.objectName().removeprefix("page_") if child is not None else ""
            label = _slug(named) or _slug(tab_widget.tabText(index)) or str(index + 1)
            name = f"{number}-{key}-{label}-{size}"

            def show_tab(t: QTabWidget = tab_widget, i: int = index, n: str = name) -> None:
                t.setCurrentIndex(i)
                _pump(30)
                run.shot(window, n)

            run.step(f"tab {name}", show_tab)


def _visit_forms(run: _Run, window: QWidget, size: str, width: int, height: int) -> None:
    from gbv_desktop.ui.forms.registry import FORMS
    from gbv_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    for kind in FORMS:
        run.step(
            f"form {kind} (new) {size}",
            lambda k=kind: _open_form(run, window, k, None, f"form-{k}-{size}", width, height),
        )
        record_id = _first_record(window, kind)
        if record_id is not None:
            run.step(
                f"form {kind} (record #{record_id}) {size}",
                lambda k=kind, r=record_id: _open_form(
                    run, window, k, r, f"form-{k}-existing-{size}", width, height
                ),
            )


def _first_record(window: QWidget, kind: str) -> int | None:
    page = getattr(window, "record_pages", {}).get(kind)
    if page is None:
        return None
    if not page.loaded:
        page.refresh()
    return page.model.record_id(0) if page.model.rowCount() > 0 else None


def _open_form(
    run: _Run, window: QWidget, kind: str, record_id: int | None, name: str, width: int, height: int
) -> None:
    from gbv_desktop.ui.forms.registry import form_class

    store = window.store  # type: ignore[attr-defined]
    record = store.get(kind, record_id) if record_id is not None else None
    form = form_class(kind)(store, record, window)
    try:
        # As on a screen of that size: a dialog never larger than the screen.
        form.resize(min(form.width(), width - 40), min(form.height(), height - 80))
        form.show()
        _pump(30)
        if form.is_dirty():
            raise AssertionError(
                "the form reports unsaved changes right after opening (load and collect disagree)"
            )
        run.shot(form, name)
    finally:
        form.done(QDialog.DialogCode.Rejected)  # close without saving, no question asked
        form.deleteLater()
        _pump(0)


__all__ = ["SIZES", "run_smoke"]
