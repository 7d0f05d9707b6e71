"""Small charts drawn with QPainter (no QtCharts: the bundle stays lean).

`TargetBar` is a progress bar with the target marked on it; `MonthlyChart` shows a
count per month as bars with a second series as a line on its own axis (activities
and attendance); `HorizontalBarChart` compares a few labelled values (cases by
violence type). Each takes plain numbers through a setter, paints in the widget's
font, scales to its size and explains itself in tooltips and an accessible text.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gbv_desktop import i18n
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.ui.widgets import vi_number

MONTHS = (
    QT_TRANSLATE_NOOP("Charts", "Jan"),
    QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"),
    QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"),
    QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"),
    QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"),
    QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"),
    QT_TRANSLATE_NOOP("Charts", "Dec"),
)

BAR = QColor("#1e6fb8")
LINE = QColor("#e0701b")
HBAR = QColor("#7b4fa6")
MET = QColor("#2e7d32")
NOT_MET = QColor("#d48806")
TRACK = QColor("#e3e7ec")
GRID = QColor("#e6e9ed")
AXIS = QColor("#8a939c")
TEXT_MUTED = QColor("#5f6b76")
TARGET = QColor("#263238")


def month_label(month: int) -> str:
    """ "T1".."T12" in Vietnamese, "Jan".."Dec" in English."""
    return QCoreApplication.translate("Charts", MONTHS[month - 1])


def percent_text(value: float | None, decimals: int = 1) -> str:
    """66,7% in Vietnamese, 66.7% in English; whole numbers without decimals."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if i18n.language() == "vi":
        text = text.replace(".", ",")
    return text + "%"


def nice_scale(maximum: float, ticks: int = 4) -> tuple[float, float]:
    """A round top and step for an axis that must reach `maximum` (about `ticks` steps)."""
    step = nice_step(maximum, ticks)
    return step * max(1, math.ceil(maximum / step)), step


def nice_step(maximum: float, ticks: int) -> float:
    """A round, whole step (1, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) so that `ticks` steps
    reach `maximum`."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = 10 * magnitude
    for factor in (1, 2, 2.5, 3, 4, 5, 6, 8):
        if factor * magnitude >= raw and float(factor * magnitude).is_integer():
            step = factor * magnitude
            break
    return max(float(step), 1.0)


def _show_tip(widget: QWidget, event: QHelpEvent, text: str) -> None:
    if text:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.hideText()
        event.ignore()


def _small(font: QFont, delta: float = -1.0) -> QFont:
    small = QFont(font)
    size = small.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(size + delta, 7.0))
    return small


class TargetBar(QWidget):
    """A share against its target: the bar fills to the share, a tick marks the target.
    Green when the target is met, amber when not; empty and grey when there is no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: float | None = None
        self.target: float = 100.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:
        return QSize(240, max(14, self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, max(14, self.fontMetrics().height()))

    def set_value(self, value: float | None, target: float) -> None:
        self.value = value
        self.target = target
        if value is None:
            tip = self.tr("No data. Target: {target}").format(target=percent_text(target))
        else:
            tip = self.tr("{value} (target {target})").format(
                value=percent_text(value), target=percent_text(target)
            )
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.update()

    @property
    def met(self) -> bool | None:
        return None if self.value is None else self.value >= self.target

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = min(self.height(), 14)
        top = (self.height() - h) / 2
        track = QRectF(1, top, self.width() - 2, h)
        radius = h / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, radius, radius)
        if self.value is not None and self.value > 0:
            fill = QRectF(track)
            fill.setWidth(max(h, track.width() * min(self.value, 100.0) / 100.0))
            painter.setBrush(MET if self.met else NOT_MET)
            clip = QPainterPath()
            clip.addRoundedRect(track, radius, radius)
            painter.setClipPath(clip)
            painter.drawRect(fill)
            painter.setClipping(False)
        x = track.left() + track.width() * min(max(self.target, 0.0), 100.0) / 100.0
        x = min(max(x, track.left() + 1.5), track.right() - 1.5)
        painter.setPen(QPen(TARGET, 3))
        painter.drawLine(QPointF(x, top - 2), QPointF(x, top + h + 2))
        painter.end()


@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    bars: int  # e.g. activities
    line: int  # e.g. attendance


class MonthlyChart(QWidget):
    """Bars per month on the left axis and a line on the right axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MonthPoint] = []
        self.bars_name = ""
        self.line_name = ""
        self.empty_text = ""
        self._bar_rects: list[QRectF] = []
        self.setMinimumSize(320, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(560, 170)

    def set_data(
        self, points: Sequence[MonthPoint], bars_name: str, line_name: str, empty_text: str
    ) -> None:
        self.points = list(points)
        self.bars_name = bars_name
        self.line_name = line_name
        self.empty_text = empty_text
        summary = "; ".join(
            f"{month_label(p.month)} {p.year}: {vi_number(p.bars)}, {vi_number(p.line)}"
            for p in self.points
        )
        self.setAccessibleName(f"{bars_name} / {line_name}")
        self.setAccessibleDescription(summary)
        self.update()

    def _point_text(self, p: MonthPoint) -> str:
        return self.tr("{month}/{year}\n{bars_name}: {bars}\n{line_name}: {line}").format(
            month=month_label(p.month),
            year=p.year,
            bars_name=self.bars_name,
            bars=vi_number(p.bars),
            line_name=self.line_name,
            line=vi_number(p.line),
        )

    def tooltip_at(self, pos: QPointF) -> str:
        """What the month under `pos` counts ("" between months)."""
        for p, rect in zip(self.points, self._bar_rects, strict=False):
            if QRectF(rect.left(), 0, rect.width(), self.height()).contains(pos):
                return self._point_text(p)
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            _show_tip(self, event, self.tooltip_at(QPointF(event.pos())))
            return True
        return super().event(event)

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = _small(self.font())
        painter.setFont(small)
        fm = QFontMetrics(small)
        line_h = fm.height()
        n = len(self.points)
        # Both axes share the grid lines: the same number of round steps each.
        ticks = 4
        bars_step = nice_step(max((p.bars for p in self.points), default=0), ticks)
        line_step = nice_step(max((p.line for p in self.points), default=0), ticks)
        bars_top, line_top = bars_step * ticks, line_step * ticks
        left_w = fm.horizontalAdvance(vi_number(bars_top)) + 10
        right_w = fm.horizontalAdvance(vi_number(line_top)) + 10
        legend_h = line_h + 8
        plot = QRectF(
            left_w + 4,
            legend_h + line_h / 2,
            max(10.0, self.width() - left_w - right_w - 8),
            max(10.0, self.height() - legend_h - line_h / 2 - 2 * line_h - 6),
        )

        # Legend over each axis: the bars' name on the left, the line's on the right.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        painter.drawRect(QRectF(plot.left(), 3 + (line_h - 10) / 2, 10, 10))
        painter.setPen(TEXT_MUTED)
        painter.drawText(QPointF(plot.left() + 14, 3 + fm.ascent()), self.bars_name)
        name_w = fm.horizontalAdvance(self.line_name)
        x = plot.right() - name_w - 18
        painter.setPen(QPen(LINE, 2))
        painter.drawLine(QPointF(x, 3 + line_h / 2), QPointF(x + 14, 3 + line_h / 2))
        painter.setPen(TEXT_MUTED)
        painter.drawText(QPointF(x + 18, 3 + fm.ascent()), self.line_name)

        # Grid and both axes' scales.
        has_line = any(p.line for p in self.points)
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QPen(GRID if i else AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT_MUTED)
            painter.drawText(
                QRectF(0, y - line_h / 2, left_w, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                vi_number(bars_step * i),
            )
            if has_line:  # a right-hand scale for a line of zeros would mislead
                painter.drawText(
                    QRectF(plot.right() + 6, y - line_h / 2, right_w, line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    vi_number(line_step * i),
                )

        self._bar_rects = []
        if n:
            slot = plot.width() / n
            bar_w = max(3.0, slot * 0.6)
            label_w = max(fm.horizontalAdvance(month_label(m)) for m in range(1, 13))
            every = 1 if label_w + 4 <= slot else 2 if label_w + 4 <= 2 * slot else 3
            line_points = []
            for i, p in enumerate(self.points):
                cx = plot.left() + slot * (i + 0.5)
                h = plot.height() * p.bars / bars_top if bars_top else 0
                rect = QRectF(cx - bar_w / 2, plot.bottom() - h, bar_w, h)
                self._bar_rects.append(QRectF(cx - slot / 2, plot.top(), slot, plot.height()))
                if h > 0:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(BAR)
                    painter.drawRect(rect)
                ly = plot.bottom() - (plot.height() * p.line / line_top if line_top else 0)
                line_points.append(QPointF(cx, ly))
                painter.setPen(TEXT_MUTED)
                label_rect = QRectF(cx - slot * 1.5, plot.bottom() + 3, slot * 3, line_h)
                if i % every == 0 or p.month == 1:
                    painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, month_label(p.month))
                if i == 0 or p.month == 1:
                    painter.drawText(
                        label_rect.translated(0, line_h), Qt.AlignmentFlag.AlignCenter, str(p.year)
                    )
            if any(p.line for p in self.points):
                painter.setPen(QPen(LINE, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for a, b in itertools.pairwise(line_points):
                    painter.drawLine(a, b)
                painter.setBrush(LINE)
                painter.setPen(Qt.PenStyle.NoPen)
                for pt in line_points:
                    painter.drawEllipse(pt, 2.5, 2.5)
        if not any(p.bars or p.line for p in self.points) and self.empty_text:
            painter.setPen(TEXT_MUTED)
            painter.setFont(self.font())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.end()


class HorizontalBarChart(QWidget):
    """One bar per labelled value, labels on the left (elided; full text in tooltips)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.empty_text = ""
        self._rows: list[QRectF] = []
        self.setMinimumSize(300, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(520, 140)

    def set_data(self, items: Sequence[tuple[str, int]], empty_text: str) -> None:
        self.items = list(items)
        self.empty_text = empty_text
        self.setAccessibleDescription("; ".join(f"{k}: {vi_number(v)}" for k, v in self.items))
        self.update()

    def tooltip_at(self, pos: QPointF) -> str:
        """The full label and value of the row under `pos` ("" elsewhere)."""
        for (label, value), rect in zip(self.items, self._rows, strict=False):
            if rect.contains(pos):
                return f"{label}: {vi_number(value)}"
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            _show_tip(self, event, self.tooltip_at(QPointF(event.pos())))
            return True
        return super().event(event)

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.font()
        fm = QFontMetrics(font)
        small = _small(font)
        sfm = QFontMetrics(small)
        n = len(self.items)
        self._rows = []
        if not n:
            painter.end()
            return
        top, step = nice_scale(max(v for _, v in self.items))
        axis_h = sfm.height() + 6
        area_h = self.height() - axis_h - 4
        row_h = area_h / n
        widest = max(fm.horizontalAdvance(label) for label, _ in self.items)
        label_w = min(widest + 12, self.width() * 0.42)
        value_w = fm.horizontalAdvance(vi_number(top)) + 10
        plot = QRectF(label_w, 2, max(10.0, self.width() - label_w - value_w - 4), area_h)

        ticks = round(top / step) if step else 4
        painter.setFont(small)
        for i in range(ticks + 1):
            x = plot.left() + plot.width() * i / ticks
            painter.setPen(QPen(GRID if i else AXIS, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(TEXT_MUTED)
            painter.drawText(
                QRectF(x - 40, plot.bottom() + 3, 80, sfm.height()),
                Qt.AlignmentFlag.AlignCenter,
                vi_number(step * i),
            )
        painter.setFont(font)
        bar_h = min(row_h * 0.62, fm.height() * 1.2)
        for i, (label, value) in enumerate(self.items):
            y = plot.top() + row_h * i
            self._rows.append(QRectF(0, y, self.width(), row_h))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, label_w - 8, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)),
            )
            w = plot.width() * value / top if top else 0
            if w > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(HBAR)
                painter.drawRect(QRectF(plot.left(), y + (row_h - bar_h) / 2, w, bar_h))
            painter.setPen(TEXT_MUTED)
            painter.drawText(
                QRectF(plot.left() + w + 4, y, value_w + 40, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                vi_number(value),
            )
        if not any(v for _, v in self.items) and self.empty_text:
            painter.setPen(TEXT_MUTED)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.end()
