"""Small input widgets shared by the forms: Vietnamese dates, pick-lists, counts, money."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QSpinBox,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain.vocab import Vocabulary

DATE_FORMAT = "dd/MM/yyyy"
_EMPTY_DATE = QDate(1900, 1, 1)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def vi_number(value: int | float | None) -> str:
    """Vietnamese digit grouping: 1.234.567."""
    if value is None:
        return ""
    return f"{int(value):,}".replace(",", ".")


class DateField(QDateEdit):
    """A date typed as dd/MM/yyyy, with a calendar; `optional` allows "no date"."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        if optional:
            self.setMinimumDate(_EMPTY_DATE)
            self.setSpecialValueText(" ")
            self.setDate(_EMPTY_DATE)
        else:
            self.setMinimumDate(QDate(2000, 1, 1))
            self.setDate(QDate.currentDate())

    def _fill_if_empty(self) -> None:
        """An empty optional date becomes today, day selected, once the user starts on it."""
        if self.optional and self.date() == _EMPTY_DATE:
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.DaySection)

    def keyPressEvent(self, event) -> None:
        # Typing a digit or stepping into an empty optional date starts from today;
        # merely tabbing through it leaves it empty.
        stepping = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if event.text().isdigit() or stepping:
            self._fill_if_empty()
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        # The calendar opens on today, not on the "empty" date of 1900.
        self._fill_if_empty()
        super().mousePressEvent(event)

    def value(self) -> date | None:
        if self.optional and self.date() == _EMPTY_DATE:
            return None
        return from_qdate(self.date())

    def set_value(self, day: date | None) -> None:
        if day is None:
            self.setDate(_EMPTY_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(day))


class VocabCombo(QComboBox):
    """A pick-list of a vocabulary's terms, labelled in the language in force."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        empty_label: str | None = None,
        parent: QWidget | None = None,
        exclude: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        lang = i18n.language()
        if empty_label is not None:
            self.addItem(empty_label, "")
        skip = set(exclude)
        for term in vocabulary:
            if term.code not in skip:
                self.addItem(term.label(lang), term.code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))


class VocabChecks(QWidget):
    """Check boxes for a multi-valued field (violence types, needs, audiences)."""

    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        # Styled, so the form's red "invalid" frame shows around the group.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        lang = i18n.language()
        self.boxes: dict[str, QCheckBox] = {}
        for i, term in enumerate(vocabulary):
            box = QCheckBox(term.label(lang))
            box.setObjectName(f"check_{term.code}")
            box.toggled.connect(self.changed)
            self.boxes[term.code] = box
            layout.addWidget(box, i // columns, i % columns)
        if self.boxes:
            # Focusing the group (e.g. on an error) lands on its first box.
            self.setFocusProxy(next(iter(self.boxes.values())))

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


class CountField(QSpinBox):
    """A whole number of people or items; `optional` allows "not known" (shown empty)."""

    def __init__(
        self, optional: bool = False, maximum: int = 1_000_000, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.optional = optional
        self.setRange(-1 if optional else 0, maximum)
        if optional:
            self.setSpecialValueText(" ")
            self.setValue(-1)
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(90)

    def count(self) -> int | None:
        value = self.value()
        return None if self.optional and value < 0 else value

    def set_count(self, value: int | None) -> None:
        self.setValue(-1 if value is None and self.optional else (value or 0))


class MoneyField(QDoubleSpinBox):
    """An amount in whole đồng, grouped as 1.500.000."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(0)
        self.setRange(0, 1e13)
        self.setSingleStep(100_000)
        self.setGroupSeparatorShown(True)
        self.setSuffix(" đ")
        # Amounts always read the Vietnamese way (1.500.000 đ), whatever the UI language.
        self.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(150)

    def amount(self) -> int:
        return round(self.value())

    def set_amount(self, value: int | None) -> None:
        self.setValue(float(value or 0))
