"""The Qt binding itself: versions with known crashing bugs must fail here, not in an office."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit() and aborted the process
    after about a thousand; the application emits many more than that in a day."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.fired.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5  # a few may come and go; 200 lost is the bug
