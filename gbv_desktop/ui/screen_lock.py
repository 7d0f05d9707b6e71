"""Lock the session when the system locks the screen (DATA-SAFETY.md promise 5).

Where Qt can tell:

- Linux: the screen saver's `ActiveChanged(true)` signal on the session D-Bus, from
  the freedesktop interface (KDE, Xfce, Cinnamon, MATE...) and GNOME's own one.
  PySide6-Essentials ships QtDBus; without a session bus nothing is watched.
- Windows: `WTSRegisterSessionNotification` on a hidden window, then the
  WM_WTSSESSION_CHANGE message with WTS_SESSION_LOCK (Win+L, the lock screen after
  idle time, switching user). Cannot be exercised by the tests here (Linux only); the
  code is small and every call is guarded, so a failure only means no watching.
- Elsewhere (macOS): not watched; the idle timer still locks.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

DBUS_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class ScreenLockWatcher(QObject):
    """Emits `locked` when the system locks the screen."""

    locked = Signal()

    def __init__(
        self, parent: QObject | None = None, *, bus: Any = None, platform: str | None = None
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        self._bus: Any = None
        self._native: _WindowsSessionFilter | None = None
        self._hwnd_owner: QWidget | None = None
        platform = platform or sys.platform
        if platform.startswith("linux"):
            self._watch_dbus(bus)
        elif platform == "win32":
            self._watch_windows()

    # -- Linux ----------------------------------------------------------------------
    def _watch_dbus(self, bus: Any) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a PySide6 build without QtDBus
            return
        if bus is None:
            bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._bus = bus
        for interface in DBUS_INTERFACES:
            # Any sender and any object path: KDE uses /ScreenSaver as well.
            if bus.connect("", "", interface, "ActiveChanged", self, SLOT("_active_changed(bool)")):
                self.watching.append(interface)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    # -- Windows --------------------------------------------------------------------
    def _watch_windows(self) -> None:  # pragma: no cover - Windows only
        try:
            import ctypes

            owner = QWidget()
            hwnd = int(owner.winId())  # a native window that never shows
            if not ctypes.windll.wtsapi32.WTSRegisterSessionNotification(  # type: ignore[attr-defined]
                ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION
            ):
                return
            self._hwnd_owner = owner
            self._native = _WindowsSessionFilter(self.locked.emit)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._native)
            self.watching.append("WTSSessionNotification")
            self.destroyed.connect(lambda *_: self._stop_windows(hwnd))
        except Exception as exc:  # no watching rather than no program
            log.warning("screen lock notifications unavailable: %s", type(exc).__name__)

    def _stop_windows(self, hwnd: int) -> None:  # pragma: no cover - Windows only
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(hwnd))  # type: ignore[attr-defined]
        app = QCoreApplication.instance()
        if app is not None and self._native is not None:
            app.removeNativeEventFilter(self._native)


class _WindowsSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    """Calls `on_lock` for WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK."""

    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        try:
            if bytes(event_type) == b"windows_generic_MSG":
                from ctypes import wintypes

                msg = wintypes.MSG.from_address(int(message))
                if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                    self.on_lock()
        except Exception:  # never let a native message break the event loop
            pass
        return False, 0


__all__ = ["ScreenLockWatcher"]
