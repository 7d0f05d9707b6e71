"""What each record list shows: columns, headers, and how values are displayed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.ui.widgets import vi_number


@dataclass(frozen=True)
class Column:
    key: str  # a column of the listing row (see RecordStore.rows)
    header: str  # English source, translated in context "Columns"
    kind: str = "text"  # text | date | count | money | vocab | vocab_list | bool
    vocabulary: vocab.Vocabulary | None = None
    total: bool = False  # summed in the totals line
    sortable: bool = True
    width: int = 0  # initial width in characters; 0 = stretch/auto

    def title(self) -> str:
        return QCoreApplication.translate("Columns", self.header)

    def display(self, row: dict[str, Any]) -> str:
        value = row.get(self.key)
        if value is None or value == "":
            return ""
        if self.kind == "date":
            return date.fromisoformat(value).strftime("%d/%m/%Y") if isinstance(value, str) else ""
        if self.kind in ("count", "money"):
            return vi_number(value)
        if self.kind == "vocab" and self.vocabulary is not None:
            return self.vocabulary.label(str(value), i18n.language())
        if self.kind == "vocab_list" and self.vocabulary is not None:
            return ", ".join(self.vocabulary.label(v, i18n.language()) for v in value)
        if self.kind == "bool":
            return QCoreApplication.translate("Columns", "Yes") if value else ""
        return str(value)

    @property
    def numeric(self) -> bool:
        return self.kind in ("count", "money")


_YES = QT_TRANSLATE_NOOP("Columns", "Yes")

COLUMNS: dict[str, list[Column]] = {
    "activity": [
        Column("start_date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=11),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=40),
        Column("form", QT_TRANSLATE_NOOP("Columns", "Form"), "vocab", vocab.ACTIVITY_FORMS, width=18),
        Column("setting", QT_TRANSLATE_NOOP("Columns", "Setting"), "vocab", vocab.SETTINGS, width=14),
        Column("hamlet", QT_TRANSLATE_NOOP("Columns", "Place"), width=16),
        Column("campaign", QT_TRANSLATE_NOOP("Columns", "Campaign"), "vocab", vocab.CAMPAIGNS, width=18),
        Column("attendance_total", QT_TRANSLATE_NOOP("Columns", "Attendance"), "count", total=True, width=9),
        Column("attendance_female", QT_TRANSLATE_NOOP("Columns", "Women"), "count", total=True, width=8),
        Column("attendance_male", QT_TRANSLATE_NOOP("Columns", "Men"), "count", total=True, width=8),
        Column("cost_vnd", QT_TRANSLATE_NOOP("Columns", "Cost (đ)"), "money", total=True, width=12),
    ],
    "case": [
        Column("ref_code", QT_TRANSLATE_NOOP("Columns", "Reference"), width=13),
        Column("reported_on", QT_TRANSLATE_NOOP("Columns", "Reported"), "date", width=11),
        Column("violence_types", QT_TRANSLATE_NOOP("Columns", "Violence"), "vocab_list", vocab.VIOLENCE_TYPES, sortable=False, width=28),
        Column("age_group", QT_TRANSLATE_NOOP("Columns", "Age group"), "vocab", vocab.AGE_GROUPS, width=12),
        Column("needs", QT_TRANSLATE_NOOP("Columns", "Needs"), "vocab_list", vocab.SERVICE_KINDS, sortable=False, width=26),
        Column("services_count", QT_TRANSLATE_NOOP("Columns", "Services"), "count", sortable=False, width=8),
        Column("shelter_days", QT_TRANSLATE_NOOP("Columns", "Shelter days"), "count", total=True, width=9),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "vocab", vocab.CASE_STATUSES, width=12),
    ],
    "training": [
        Column("start_date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=11),
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=40),
        Column("organiser", QT_TRANSLATE_NOOP("Columns", "Organiser"), width=20),
        Column("participants_female", QT_TRANSLATE_NOOP("Columns", "Women"), "count", sortable=False, width=8),
        Column("participants_male", QT_TRANSLATE_NOOP("Columns", "Men"), "count", sortable=False, width=8),
        Column("cost_vnd", QT_TRANSLATE_NOOP("Columns", "Cost (đ)"), "money", total=True, width=12),
    ],
    "model": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=34),
        Column("model_type", QT_TRANSLATE_NOOP("Columns", "Type"), "vocab", vocab.MODEL_TYPES, width=30),
        Column("hamlet", QT_TRANSLATE_NOOP("Columns", "Place"), width=16),
        Column("established_on", QT_TRANSLATE_NOOP("Columns", "Set up"), "date", width=11),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "vocab", vocab.MODEL_STATUSES, width=12),
        Column("members", QT_TRANSLATE_NOOP("Columns", "Members"), "count", total=True, width=8),
    ],
    "influencer": [
        Column("as_of", QT_TRANSLATE_NOOP("Columns", "As of"), "date", width=11),
        Column("hamlet", QT_TRANSLATE_NOOP("Columns", "Place"), width=24),
        Column("female", QT_TRANSLATE_NOOP("Columns", "Women"), "count", total=True, width=8),
        Column("male", QT_TRANSLATE_NOOP("Columns", "Men"), "count", total=True, width=8),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=30),
    ],
    "mobilisation": [
        Column("received_on", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=11),
        Column("donor", QT_TRANSLATE_NOOP("Columns", "Donor"), width=30),
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), "vocab", vocab.SUPPORT_SOURCES, width=18),
        Column("cash_vnd", QT_TRANSLATE_NOOP("Columns", "Cash (đ)"), "money", total=True, width=12),
        Column("in_kind", QT_TRANSLATE_NOOP("Columns", "In kind"), width=24),
        Column("in_kind_value_vnd", QT_TRANSLATE_NOOP("Columns", "In-kind value (đ)"), "money", total=True, width=12),
    ],
    "inspection": [
        Column("inspected_on", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=11),
        Column("subject", QT_TRANSLATE_NOOP("Columns", "Subject"), width=36),
        Column("inspector", QT_TRANSLATE_NOOP("Columns", "Inspected by"), width=20),
        Column("inspected_body", QT_TRANSLATE_NOOP("Columns", "Inspected body"), width=20),
        Column("findings", QT_TRANSLATE_NOOP("Columns", "Findings"), width=30),
    ],
    "funding": [
        Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), "text", width=6),
        Column("budget_line", QT_TRANSLATE_NOOP("Columns", "Budget line"), width=36),
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), "vocab", vocab.FUNDING_SOURCES, width=20),
        Column("planned_vnd", QT_TRANSLATE_NOOP("Columns", "Planned (đ)"), "money", total=True, width=14),
        Column("spent_vnd", QT_TRANSLATE_NOOP("Columns", "Spent (đ)"), "money", total=True, width=14),
    ],
}  # fmt: skip

# What a record is called, for titles and messages (English source, context "Records").
RECORD_NAMES: dict[str, str] = {
    "activity": QT_TRANSLATE_NOOP("Records", "Awareness activity"),
    "case": QT_TRANSLATE_NOOP("Records", "Case"),
    "training": QT_TRANSLATE_NOOP("Records", "Training course"),
    "model": QT_TRANSLATE_NOOP("Records", "Model or facility"),
    "influencer": QT_TRANSLATE_NOOP("Records", "Influencer network"),
    "mobilisation": QT_TRANSLATE_NOOP("Records", "Mobilised support"),
    "inspection": QT_TRANSLATE_NOOP("Records", "Inspection"),
    "funding": QT_TRANSLATE_NOOP("Records", "Funding line"),
}


def record_name(kind: str) -> str:
    return QCoreApplication.translate("Records", RECORD_NAMES[kind])
