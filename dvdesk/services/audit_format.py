"""How the audit log is worded for people — the one formatter behind the "Nhật ký thay đổi" page
(and its Excel/CSV export) and the history tab of a record's dialog.

Two presets of :class:`AuditFormatter`:

* :data:`LOG` (the module-level functions use it): the log's short field names ("tên", "kinh
  phí") and values as stored (``5000000``), derived search columns left out;
* :meth:`AuditFormatter.for_record`: a record's history, with the field names its form uses and
  values as the form shows them (the unit's name for ``unit_id``, "Công nhận" for ``cong_nhan``,
  "7.020.000 đồng", dates as dd/mm/yyyy), technical columns left out as well.

Entries are the dicts of :func:`dvdesk.store.audit.audit_query` or
:class:`dvdesk.domain.entities.AuditEntry` objects.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime
from typing import Any

from dvdesk.domain import catalog
from dvdesk.domain.errors import NotFoundError
from dvdesk.domain.labels import AUDIT_FIELD_LABELS
from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.domain.vocab import AuditAction, DocType
from dvdesk.store.audit import AuditFilter, audit_query
from dvdesk.store.repositories import TRASH_TABLES

ACTION_LABELS = AuditAction.labels()
# A record's history: what happened to one of its attachments, and two actions with a name of their own.
ATTACHMENT_ACTIONS = {
    "insert": "Thêm tệp đính kèm", "update": "Sửa tệp đính kèm", "delete": "Xóa tệp đính kèm (vào thùng rác)",
    "restore": "Khôi phục tệp đính kèm", "purge": "Xóa vĩnh viễn tệp đính kèm",
}
REGISTERED = "Đăng ký mới"
STATUS_CHANGED = "Chuyển trạng thái"

EXTRA_TABLE_LABELS = {
    "settings": "Cài đặt", "unit_links": "Liên kết đơn vị", "award_coefficients": "Hệ số khen thưởng",
    "base_salaries": "Mức lương cơ sở", "milestones": "Kỳ sơ kết, tổng kết",
    "initiative_status_log": "Nhật ký trạng thái", "decision_documents": "Liên kết quyết định, văn bản",
}
FIELD_LABELS = AUDIT_FIELD_LABELS  # the one mapping of dvdesk.domain.labels, as the log writes it
# derived columns (search keys) are kept in the log but never shown as "changed fields"
DERIVED_FIELDS = frozenset({"search_text", "name_fold", "number_fold", "name_sort", "person_sort"})
# bookkeeping columns a record's history leaves out as well
TECHNICAL_FIELDS = frozenset({"uuid", "updated_at", "created_at", "sha256", "size", "mime", "owner_table",
                              "owner_id", "added_at"})

EMPTY = "(trống)"

# How a record's history shows values (the log shows them as stored).
DATE_FIELDS = frozenset({"registered_on", "start_date", "evaluation_date", "recognition_date", "signed_on", "issued_on",
                         "valid_from", "valid_to"})
STAMP_FIELDS = frozenset({"deleted_at"})
MONEY_FIELDS = frozenset({"budget", "socialized", "amount"})
COUNT_FIELDS = frozenset({"workdays"})
CATALOG_FIELDS = {"kind": catalog.INITIATIVE_KINDS, "subject_kind": catalog.SUBJECT_KINDS,
                  "status": catalog.STATUSES, "rating": catalog.RATINGS, "recognition_level": catalog.LEVELS,
                  "doc_type": DocType.labels()}
REFERENCE_FIELDS = {"unit_id": "units", "phase_id": "phases", "field_id": "fields", "block_id": "blocks"}

AUDIT_EXPORT_HEADER = ["Thời gian", "Người dùng", "Thao tác", "Loại bản ghi", "Mã số", "Bản ghi",
                       "Trường thay đổi", "Chi tiết thay đổi"]


# -- small wording helpers ----------------------------------------------------------------------
def when_vn(stamp: str | None, *, seconds: bool = False) -> str:
    """'2025-10-03T14:05:09' -> '03/10/2025 14:05' (with ``seconds``: '03/10/2025 14:05:09')."""
    try:
        t = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp or ""
    text = f"{t.day:02d}/{t.month:02d}/{t.year} {t.hour:02d}:{t.minute:02d}"
    return f"{text}:{t.second:02d}" if seconds else text


def iso_date_vn(value: Any) -> str:
    if not value:
        return ""
    try:
        return date_vn(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def shorten(text: Any, limit: int = 90) -> str:
    """One line of at most ``limit`` characters (whitespace runs collapsed)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _cut(text: str, max_len: int | None) -> str:
    return text if max_len is None or len(text) <= max_len else text[: max_len - 1] + "…"


def _get(entry: Any, key: str) -> Any:
    return entry.get(key) if isinstance(entry, Mapping) else getattr(entry, key, None)


def show_value(v: object) -> str:
    return EMPTY if v in (None, "") else str(v)


# -- the formatter ----------------------------------------------------------------------------
class AuditFormatter:
    """Vietnamese wording of audit entries (see the module docstring for the two presets).

    ``store`` given: values are shown readably (names looked up once per value and cached, which
    needs the store); otherwise as stored.
    """

    def __init__(self, store=None, *, field_labels: Mapping[str, str] | None = None,
                 hidden: Collection[str] = DERIVED_FIELDS):
        self.store = store
        self.field_labels = FIELD_LABELS if field_labels is None else field_labels
        self.hidden = frozenset(hidden)
        self._values: dict[tuple[str, Any], str] = {}

    @classmethod
    def for_record(cls, store, field_labels: Mapping[str, str]) -> AuditFormatter:
        """A record's history tab: the form's ``field_labels``, readable values."""
        return cls(store, field_labels=field_labels, hidden=DERIVED_FIELDS | TECHNICAL_FIELDS)

    # names
    @staticmethod
    def action_label(action: str) -> str:
        return ACTION_LABELS.get(action, action)

    @staticmethod
    def table_label(table: str) -> str:
        if table in TRASH_TABLES:
            return TRASH_TABLES[table][0]
        return EXTRA_TABLE_LABELS.get(table, table)

    def field_label(self, name: str) -> str:
        return self.field_labels.get(name, name)

    def shown_fields(self, changed: list[str] | None) -> list[str]:
        return [c for c in changed or [] if c not in self.hidden]

    def record_label(self, entry) -> str:
        """The record's name (``label`` of the query), or for a setting the setting's name."""
        if _get(entry, "table_name") == "settings":
            return ", ".join(self.field_label(c) for c in _get(entry, "changed") or [])
        return _get(entry, "label") or ""

    # values
    def value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return EMPTY
        if self.store is None:
            return str(value)
        key = (field, value)
        if key not in self._values:
            self._values[key] = self._readable(field, value)
        return self._values[key]

    def _readable(self, field: str, value: Any) -> str:
        try:
            if field in DATE_FIELDS:
                return iso_date_vn(value)
            if field in STAMP_FIELDS:
                return when_vn(value)
            if field in REFERENCE_FIELDS:
                repo = getattr(self.store, REFERENCE_FIELDS[field])
                return repo.get(int(value), include_deleted=True).name
            if field in CATALOG_FIELDS:
                return catalog.label(CATALOG_FIELDS[field], value)
            if field in MONEY_FIELDS:
                return f"{money_vn(int(value))} đồng"
            if field in COUNT_FIELDS:
                return money_vn(int(value))
            if field == "exemplary":
                return "Có" if value else "Không"
        except (NotFoundError, ValueError, TypeError):
            pass
        return shorten(value)

    # changes
    def change_lines(self, entry, *, max_len: int | None = None, arrow: str = " → ") -> list[str]:
        """'field: value' for an insert, else 'field: before → after', one per shown field."""
        before, after = _get(entry, "before") or {}, _get(entry, "after") or {}
        lines = []
        for name in self.shown_fields(_get(entry, "changed")):
            new = _cut(self.value(name, after.get(name)), max_len)
            if _get(entry, "action") == "insert":
                lines.append(f"{self.field_label(name)}: {new}")
            else:
                old = _cut(self.value(name, before.get(name)), max_len)
                lines.append(f"{self.field_label(name)}: {old}{arrow}{new}")
        return lines

    def describe_change(self, entry, max_len: int = 80) -> str:
        """"tên: cũ → mới; kinh phí: 0 → 5000000" for the changed fields of an entry."""
        return "; ".join(self.change_lines(entry, max_len=max_len))

    def detail_text(self, entry) -> str:
        """Everything about one entry, a line per changed field (the audit page's detail pane)."""
        record = "" if entry["table_name"] == "settings" else f" mã số {entry['row_id']}"
        label = self.record_label(entry)
        head = (f"{when_vn(entry['at'], seconds=True)} — {entry['user']} — {self.action_label(entry['action'])} "
                f"{self.table_label(entry['table_name']).lower()}{record}" + (f" ({label})" if label else ""))
        return "\n".join([head, *(f"  • {line}" for line in self.change_lines(entry, arrow="  →  "))])

    def history_row(self, entry, attachment_name: str | None = None) -> tuple[str, str]:
        """(action, details) of an entry in a record's history tab; ``attachment_name`` when the
        entry is about one of the record's attachments. Details are "" when only hidden columns
        changed."""
        action = _get(entry, "action")
        if attachment_name is not None:
            return ATTACHMENT_ACTIONS.get(action, action), attachment_name
        if action == "insert":
            after = _get(entry, "after") or {}
            parts = [f"Mã {after.get('code', '')}".strip(), shorten(after.get("name", ""))]
            return REGISTERED, ": ".join(p for p in parts if p and p != "Mã")
        if action in ("delete", "restore"):
            return self.action_label(action), ""
        label = self.action_label(action)
        if action == "update" and "status" in self.shown_fields(_get(entry, "changed")):
            label = STATUS_CHANGED
        return label, "\n".join(self.change_lines(entry))

    # export
    def export_row(self, entry) -> list[object]:
        return [entry["at"].replace("T", " "), entry["user"], self.action_label(entry["action"]),
                self.table_label(entry["table_name"]), entry["row_id"] if entry["table_name"] != "settings" else "",
                self.record_label(entry), ", ".join(self.field_label(c) for c in self.shown_fields(entry["changed"])),
                self.describe_change(entry, max_len=500)]


LOG = AuditFormatter()


def table_label(table: str) -> str:
    return LOG.table_label(table)


def field_label(name: str) -> str:
    return LOG.field_label(name)


def shown_fields(changed: list[str]) -> list[str]:
    return LOG.shown_fields(changed)


def describe_change(entry, max_len: int = 80) -> str:
    return LOG.describe_change(entry, max_len)


def audit_export_rows(store, f: AuditFilter | None = None) -> list[list[object]]:
    """Rows for an export (all matching entries, newest first, in :data:`AUDIT_EXPORT_HEADER`'s order)."""
    return [LOG.export_row(e) for e in audit_query(store, f)]


def export_audit(store, target, f: AuditFilter | None = None) -> int:
    """Write the matching entries (all of them) to ``target`` (.xlsx, or .csv), text kept as text.
    Returns the number of entries. Raises :class:`dvdesk.services.files.ExportWriteError`."""
    from pathlib import Path

    from dvdesk.services.files import write_csv_atomic, write_table_xlsx

    target = Path(target)
    rows = audit_export_rows(store, f)
    if target.suffix.lower() == ".csv":
        write_csv_atomic(target, AUDIT_EXPORT_HEADER, rows)
    else:
        write_table_xlsx(target, "Nhật ký thay đổi", AUDIT_EXPORT_HEADER, rows,
                         widths=[20, 14, 18, 22, 9, 40, 30, 80])
    return len(rows)
