"""The table model of the change log: ids from SQL, entries fetched lazily in blocks.

As the record lists (`record_table.py`): filtering runs in SQL (`storage.audit`) and
returns ids only; the entries a view paints are fetched a block at a time and cached,
so a log of 100,000 entries opens at once. Read-only: nothing here can change the log.
The log names fields, never values, so nothing shown here identifies a survivor.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.storage import audit
from gbv_desktop.storage.audit import AuditEntry, Filter
from gbv_desktop.storage.records import SPECS
from gbv_desktop.ui.columns import record_name
from gbv_desktop.ui.widgets import vi_number

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
BLOCK = 200
CACHE_ROWS = 4000
ALTERED_COLOR = QColor("#b71c1c")
_C = "AuditTable"

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditTable", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTable", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditTable", "Deleted"),
    "export": QT_TRANSLATE_NOOP("AuditTable", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditTable", "Imported"),
    "password": QT_TRANSLATE_NOOP("AuditTable", "Password set"),
    "disable": QT_TRANSLATE_NOOP("AuditTable", "Account disabled"),
    "enable": QT_TRANSLATE_NOOP("AuditTable", "Account enabled"),
    "recovery_key": QT_TRANSLATE_NOOP("AuditTable", "New recovery key"),
}
KINDS = {
    "user": QT_TRANSLATE_NOOP("AuditTable", "Account"),
    "settings": QT_TRANSLATE_NOOP("AuditTable", "Settings"),
    "database": QT_TRANSLATE_NOOP("AuditTable", "Database"),
    "records": QT_TRANSLATE_NOOP("AuditTable", "Records (all kinds)"),
    "report": QT_TRANSLATE_NOOP("AuditTable", "Report"),
    "member_unit": QT_TRANSLATE_NOOP("AuditTable", "Member unit"),
    "received_package": QT_TRANSLATE_NOOP("AuditTable", "Received report package"),
}
SETTINGS = {
    "profile": QT_TRANSLATE_NOOP("AuditTable", "the unit's details"),
    "programme": QT_TRANSLATE_NOOP("AuditTable", "the programme and its calendar"),
    "backup_copy_folder": QT_TRANSLATE_NOOP("AuditTable", "the second backup folder"),
}
# The fields a change names (record fields and the parts saved with them).
FIELDS = {
    "start_date": QT_TRANSLATE_NOOP("AuditFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("AuditFields", "End date"),
    "title": QT_TRANSLATE_NOOP("AuditFields", "Title"),
    "form": QT_TRANSLATE_NOOP("AuditFields", "Form"),
    "setting": QT_TRANSLATE_NOOP("AuditFields", "Setting"),
    "hamlet": QT_TRANSLATE_NOOP("AuditFields", "Place"),
    "campaign": QT_TRANSLATE_NOOP("AuditFields", "Campaign"),
    "audiences": QT_TRANSLATE_NOOP("AuditFields", "Audiences"),
    "attendance_total": QT_TRANSLATE_NOOP("AuditFields", "Attendance"),
    "attendance_female": QT_TRANSLATE_NOOP("AuditFields", "Women attending"),
    "attendance_male": QT_TRANSLATE_NOOP("AuditFields", "Men attending"),
    "attendance_children": QT_TRANSLATE_NOOP("AuditFields", "Children attending"),
    "attendance_ethnic_minority": QT_TRANSLATE_NOOP("AuditFields", "Ethnic minority attending"),
    "materials_count": QT_TRANSLATE_NOOP("AuditFields", "Materials handed out"),
    "co_organisers": QT_TRANSLATE_NOOP("AuditFields", "Co-organisers"),
    "cost_vnd": QT_TRANSLATE_NOOP("AuditFields", "Cost"),
    "funding_source": QT_TRANSLATE_NOOP("AuditFields", "Funding source"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
    "reported_on": QT_TRANSLATE_NOOP("AuditFields", "Reported on"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "Reporting channel"),
    "survivor": QT_TRANSLATE_NOOP("AuditFields", "Survivor"),
    "survivor_id": QT_TRANSLATE_NOOP("AuditFields", "Survivor"),
    "age_group": QT_TRANSLATE_NOOP("AuditFields", "Age group"),
    "violence_types": QT_TRANSLATE_NOOP("AuditFields", "Violence types"),
    "domestic": QT_TRANSLATE_NOOP("AuditFields", "Domestic violence"),
    "perpetrator_sex": QT_TRANSLATE_NOOP("AuditFields", "Perpetrator's sex"),
    "perpetrator_relation": QT_TRANSLATE_NOOP("AuditFields", "Perpetrator's relation"),
    "needs": QT_TRANSLATE_NOOP("AuditFields", "Needs"),
    "services": QT_TRANSLATE_NOOP("AuditFields", "Services"),
    "shelter_days": QT_TRANSLATE_NOOP("AuditFields", "Shelter days"),
    "handling": QT_TRANSLATE_NOOP("AuditFields", "Handling"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "consent_to_share": QT_TRANSLATE_NOOP("AuditFields", "Consent to share"),
    "ref_code": QT_TRANSLATE_NOOP("AuditFields", "Reference"),
    "identity": QT_TRANSLATE_NOOP("AuditFields", "Identifying details"),
    "story": QT_TRANSLATE_NOOP("AuditFields", "Story"),
    "topic": QT_TRANSLATE_NOOP("AuditFields", "Topic"),
    "organiser": QT_TRANSLATE_NOOP("AuditFields", "Organiser"),
    "place": QT_TRANSLATE_NOOP("AuditFields", "Venue"),
    "participants": QT_TRANSLATE_NOOP("AuditFields", "Participants"),
    "model_type": QT_TRANSLATE_NOOP("AuditFields", "Type"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "established_on": QT_TRANSLATE_NOOP("AuditFields", "Set up on"),
    "closed_on": QT_TRANSLATE_NOOP("AuditFields", "Closed on"),
    "members": QT_TRANSLATE_NOOP("AuditFields", "Members"),
    "as_of": QT_TRANSLATE_NOOP("AuditFields", "As of"),
    "female": QT_TRANSLATE_NOOP("AuditFields", "Women"),
    "male": QT_TRANSLATE_NOOP("AuditFields", "Men"),
    "received_on": QT_TRANSLATE_NOOP("AuditFields", "Received on"),
    "source": QT_TRANSLATE_NOOP("AuditFields", "Source"),
    "donor": QT_TRANSLATE_NOOP("AuditFields", "Donor"),
    "cash_vnd": QT_TRANSLATE_NOOP("AuditFields", "Cash"),
    "in_kind": QT_TRANSLATE_NOOP("AuditFields", "In kind"),
    "in_kind_value_vnd": QT_TRANSLATE_NOOP("AuditFields", "In-kind value"),
    "purpose": QT_TRANSLATE_NOOP("AuditFields", "Purpose"),
    "inspected_on": QT_TRANSLATE_NOOP("AuditFields", "Inspected on"),
    "subject": QT_TRANSLATE_NOOP("AuditFields", "Subject"),
    "inspector": QT_TRANSLATE_NOOP("AuditFields", "Inspected by"),
    "inspected_body": QT_TRANSLATE_NOOP("AuditFields", "Inspected body"),
    "findings": QT_TRANSLATE_NOOP("AuditFields", "Findings"),
    "follow_up": QT_TRANSLATE_NOOP("AuditFields", "Follow-up"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
    "budget_line": QT_TRANSLATE_NOOP("AuditFields", "Budget line"),
    "planned_vnd": QT_TRANSLATE_NOOP("AuditFields", "Planned"),
    "spent_vnd": QT_TRANSLATE_NOOP("AuditFields", "Spent"),
}


def action_label(action: str) -> str:
    return QCoreApplication.translate(_C, ACTIONS[action]) if action in ACTIONS else action


def kind_label(kind: str) -> str:
    if kind in SPECS:
        return record_name(kind)
    return QCoreApplication.translate(_C, KINDS[kind]) if kind in KINDS else kind


def field_label(name: str) -> str:
    return QCoreApplication.translate("AuditFields", FIELDS[name]) if name in FIELDS else name


def details(entry: AuditEntry) -> str:
    """What the entry's summary says, in words (field names only, never values)."""
    summary = entry.summary
    if isinstance(summary.get("fields"), list):
        names = [field_label(str(f)) for f in summary["fields"]]
        return (
            ", ".join(names)
            if names
            else QCoreApplication.translate("AuditTable", "nothing changed")
        )
    if entry.record_kind == "settings" and "key" in summary:
        key = str(summary["key"])
        return QCoreApplication.translate("AuditTable", SETTINGS[key]) if key in SETTINGS else key
    if entry.record_kind == "user" and "role" in summary:
        return QCoreApplication.translate("AuditTable", "role: {role}").format(
            role=vocab.ROLES.label(str(summary["role"]), i18n.language())
            if summary["role"] in vocab.ROLES
            else str(summary["role"])
        )
    if entry.action in ("export", "import") and "count" in summary:
        if summary.get("includes_identities"):
            text = QCoreApplication.translate("AuditTable", "{n} records, with identifying details")
        else:
            text = QCoreApplication.translate(
                "AuditTable", "{n} records, without identifying details"
            )
        return text.format(n=vi_number(int(summary["count"])))
    if entry.record_kind == "report" and "year" in summary:
        kind = str(summary.get("kind", ""))
        label = (
            vocab.REPORT_KINDS.label(kind, i18n.language()) if kind in vocab.REPORT_KINDS else kind
        )
        return f"{label} {summary['year']}"
    return ""


def local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return at


def utc_bound(day: date) -> str:
    """The UTC timestamp of the local midnight that starts `day` (as the log writes it)."""
    return datetime.combine(day, time.min).astimezone(UTC).isoformat(timespec="microseconds")


def make_filter(
    username: str = "",
    record_kind: str = "",
    action: str = "",
    since: date | None = None,
    until: date | None = None,
) -> Filter:
    """A filter with local dates, `until` included."""
    return Filter(
        username=username,
        record_kind=record_kind,
        action=action,
        since=utc_bound(since) if since else "",
        until=utc_bound(until + timedelta(days=1)) if until else "",
    )


class AuditTableModel(QAbstractTableModel):
    """The change log, newest first, filtered in SQL, read lazily."""

    COLUMNS = ("when", "user", "action", "kind", "record", "details")
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTable", "When"),
        QT_TRANSLATE_NOOP("AuditTable", "Account"),
        QT_TRANSLATE_NOOP("AuditTable", "Action"),
        QT_TRANSLATE_NOOP("AuditTable", "Record kind"),
        QT_TRANSLATE_NOOP("AuditTable", "No."),
        QT_TRANSLATE_NOOP("AuditTable", "Changed fields or details"),
    )

    def __init__(self, database: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.filter = Filter()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, AuditEntry] = OrderedDict()
        self.altered: set[int] = set()
        self.loaded = False

    # -- loading ------------------------------------------------------------------------
    def set_filter(self, where: Filter) -> None:
        self.filter = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = audit.entry_ids(self.database.conn, self.filter)
        self._cache.clear()
        self.loaded = True
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row and cached entry (locking)."""
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.altered = set()
        self.loaded = False
        self.endResetModel()

    def set_altered(self, ids: list[int]) -> None:
        self.altered = set(ids)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1)
            )

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    def entry_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def entry(self, row: int) -> AuditEntry:
        entry_id = self._ids[row]
        cached = self._cache.get(entry_id)
        if cached is not None:
            self._cache.move_to_end(entry_id)
            return cached
        start = (row // BLOCK) * BLOCK
        block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        fetched = audit.entries_by_id(self.database.conn, block)
        for i in block:
            if i in fetched:
                self._cache[i] = fetched[i]
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache[entry_id]

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_C, self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] == "record":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: AuditEntry, column: str) -> str:
        if column == "when":
            return local_time(entry.at)
        if column == "user":
            return entry.username
        if column == "action":
            return action_label(entry.action)
        if column == "kind":
            return kind_label(entry.record_kind)
        if column == "record":
            return "" if entry.record_id is None else str(entry.record_id)
        return details(entry)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self.entry(index.row()), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._ids[index.row()] in self.altered:
                return QCoreApplication.translate(
                    "AuditTable",
                    "This entry does not match the chain: it was altered outside the program.",
                )
            if column == "details":
                text = self._display(self.entry(index.row()), column)
                return text if len(text) > 40 else None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and self._ids[index.row()] in self.altered:
            return QBrush(ALTERED_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "record":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == EntryRole:
            return self.entry(index.row())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


__all__ = ["AuditTableModel", "action_label", "details", "kind_label", "make_filter"]
