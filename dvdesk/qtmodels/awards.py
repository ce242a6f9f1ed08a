"""Item models of the Khen thưởng screen: decisions (with counts and totals), a decision's recipients
being edited (in memory until saved: reorder by drag or buttons, money with an override and its
reason, warnings beside the rows) and the issuers catalog."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dvdesk.domain.entities import Award, Issuer
from dvdesk.domain.vntext import date_vn, money_vn
from dvdesk.domain.vocab import DocumentStyle, IssuerKind, Numbering, SubjectKind
from dvdesk.qtmodels.base import none_safe
from dvdesk.qtmodels.catalogs import ID_ROLE, OBJECT_ROLE, Column, RowsModel

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight
WARN_COLOR = QColor(176, 96, 0)
WARN_BACKGROUND = QColor(255, 243, 214)
OVERRIDE_COLOR = QColor(0, 90, 160)


class DecisionListModel(RowsModel):
    """The decisions matching the page's filter, newest first (``AwardingRepo.decision_rows``)."""

    columns = (
        Column("number", "Số quyết định", lambda r: r.number),
        Column("signed_on", "Ngày ký", lambda r: date_vn(date.fromisoformat(r.signed_on))),
        Column("issuer", "Cơ quan ban hành", lambda r: r.issuer_name + (f" ({r.issuer_parent})" if r.issuer_parent else "")),
        Column("form", "Hình thức khen thưởng", lambda r: r.form_name),
        Column("milestone", "Kỳ sơ kết, tổng kết", lambda r: r.milestone_name),
        Column("collectives", "Tập thể", lambda r: str(r.collectives), align=_RIGHT),
        Column("individuals", "Cá nhân", lambda r: str(r.individuals), align=_RIGHT),
        Column("total", "Tổng tiền (đồng)", lambda r: money_vn(r.total), align=_RIGHT),
    )

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filter = None

    def load(self) -> list[Any]:
        return [SimpleNamespace(**r) for r in self.store.awarding.decision_rows(self.filter)]

    def totals(self) -> tuple[int, int, int, int]:
        """(decisions, collectives, individuals, money) of the rows shown."""
        rows = self._rows
        return (len(rows), sum(r.collectives for r in rows), sum(r.individuals for r in rows),
                sum(r.total for r in rows))


class IssuerModel(RowsModel):
    """Every issuer row (renames are dated rows of one body)."""

    columns = (
        Column("body", "Mã", lambda i: i.body),
        Column("kind", "Loại", lambda i: IssuerKind.label_of(i.kind).split(" (")[0]),
        Column("name", "Tên cơ quan ban hành", lambda i: i.name),
        Column("parent", "Cơ quan cấp trên", lambda i: i.parent_name),
        Column("symbol", "Ký hiệu", lambda i: i.symbol),
        Column("style", "Thể thức", lambda i: "Đảng" if i.style == DocumentStyle.PARTY else "Hành chính"),
        Column("numbering", "Đánh số", lambda i: (f"Nhiệm kỳ từ {i.term_start}" if i.numbering == Numbering.TERM
                                                  else "Theo năm")),
        Column("signer", "Người ký", lambda i: " / ".join(p for p in (i.signer_authority, i.signer_title,
                                                                      i.signer_name) if p)),
        Column("valid", "Hiệu lực", lambda i: f"{date_vn(i.valid_from) or '…'} – {date_vn(i.valid_to) or 'nay'}"),
    )

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store

    def load(self) -> list[Issuer]:
        return self.store.issuers.list()


# ----------------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class RecipientColumn:
    key: str
    header: str
    editable: bool = False


MIME = "application/x-dvdesk-recipient-rows"


class RecipientModel(QAbstractTableModel):
    """A decision's list while it is edited: ``Award`` drafts in list order. Money shown is the
    computed amount for the kind (``money``: kind -> (coefficient, base salary, amount)) unless
    the row carries an override with its reason. ``warnings``: row -> Vietnamese texts."""

    COLUMNS = (
        RecipientColumn("tt", "TT"),
        RecipientColumn("kind", "Đối tượng"),
        RecipientColumn("recipient_name", "Tên tập thể, họ và tên cá nhân", True),
        RecipientColumn("position", "Chức vụ", True),
        RecipientColumn("unit_text", "Đơn vị", True),
        RecipientColumn("achievement", "Thành tích", True),
        RecipientColumn("amount", "Số tiền (đồng)", True),
        RecipientColumn("amount_override_reason", "Lý do sửa số tiền", True),
        RecipientColumn("warnings", "Cảnh báo"),
    )
    COL: ClassVar[dict[str, int]] = {c.key: n for n, c in enumerate(COLUMNS)}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Award] = []
        self.money: dict[str, tuple[Decimal, int, int]] = {}
        self.warnings: dict[int, list[str]] = {}
        self.on_edit: Callable[[], None] | None = None  # the editor recomputes warnings, marks dirty

    # -- content ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[Award]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_money(self, money: dict[str, tuple[Decimal, int, int]]) -> None:
        """New tables (the decision's form or date changed): amounts not typed by hand follow."""
        self.money = dict(money)
        for a in self.rows:
            if not a.amount_override_reason:
                a.coefficient, a.base_salary, a.amount = self.money.get(a.recipient_kind, (Decimal(0), 0, 0))
        self._all_changed()

    def set_warnings(self, warnings: dict[int, list[str]]) -> None:
        self.warnings = warnings
        if self.rows:
            col = self.COL["warnings"]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, col))

    def priced(self, a: Award) -> Award:
        if not a.amount_override_reason and self.money:
            a.coefficient, a.base_salary, a.amount = self.money.get(a.recipient_kind, (Decimal(0), 0, 0))
        return a

    def append(self, rows: list[Award]) -> None:
        if not rows:
            return
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n + len(rows) - 1)
        self.rows.extend(self.priced(a) for a in rows)
        self.endInsertRows()

    def remove(self, rows: list[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.rows):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.rows[r]
                self.endRemoveRows()

    def move(self, rows: list[int], to: int) -> list[int]:
        """Move ``rows`` (kept in their order) before row ``to``; returns their new positions."""
        rows = sorted({r for r in rows if 0 <= r < len(self.rows)})
        if not rows:
            return []
        moving = [self.rows[r] for r in rows]
        to -= sum(1 for r in rows if r < to)
        rest = [a for n, a in enumerate(self.rows) if n not in set(rows)]
        to = max(0, min(to, len(rest)))
        self.beginResetModel()
        self.rows = rest[:to] + moving + rest[to:]
        self.endResetModel()
        return list(range(to, to + len(moving)))

    def total(self) -> int:
        return sum(a.amount or 0 for a in self.rows)

    def counts(self) -> tuple[int, int]:
        col = sum(a.recipient_kind == SubjectKind.TAP_THE for a in self.rows)
        return col, len(self.rows) - col

    def _all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    # -- Qt API ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    @none_safe
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self.COLUMNS[index.column()].editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _text(self, a: Award, key: str, row: int) -> str:
        if key == "tt":
            return str(row + 1)
        if key == "kind":
            return SubjectKind.label_of(a.recipient_kind)
        if key == "amount":
            return money_vn(a.amount or 0)
        if key == "warnings":
            return " ".join(self.warnings.get(row, []))
        return str(getattr(a, key) or "")

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        a, key = self.rows[index.row()], self.COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, key, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return a.amount if key == "amount" else self._text(a, key, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "amount":
                base = f"Hệ số {str(a.coefficient).replace('.', ',')} × lương cơ sở {money_vn(a.base_salary)} đồng, " \
                       "làm tròn lên 10.000 đồng"
                return f"Sửa bằng tay: {a.amount_override_reason}" if a.amount_override_reason else base
            text = self._text(a, key, index.row())
            return "\n".join(self.warnings.get(index.row(), [])) if key == "warnings" else (text or None)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("tt", "amount"):
            return int(_RIGHT | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "warnings":
                return QBrush(WARN_COLOR)
            if key == "amount" and a.amount_override_reason:
                return QBrush(OVERRIDE_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.warnings and key in ("tt", "warnings"):
            return QBrush(WARN_BACKGROUND)
        if role == ID_ROLE:
            return a.id
        if role == OBJECT_ROLE:
            return a
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        a, key = self.rows[index.row()], self.COLUMNS[index.column()].key
        if not self.COLUMNS[index.column()].editable:
            return False
        if key == "amount":
            try:
                amount = int(str(value).replace(".", "").replace(",", "").replace(" ", "") or 0)
            except ValueError:
                return False
            if amount < 0:
                return False
            a.amount = amount
            if not a.amount_override_reason and amount != self.money.get(a.recipient_kind, (0, 0, amount))[2]:
                a.amount_override_reason = "Sửa bằng tay"  # a reason is required: the user completes it
        elif key == "amount_override_reason":
            a.amount_override_reason = str(value).strip()
            if not a.amount_override_reason:
                self.priced(a)  # no reason: back to the computed amount
        else:
            setattr(a, key, str(value).strip())
        self._all_changed()
        if self.on_edit is not None:
            self.on_edit()
        return True

    # -- drag and drop (reorder) -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME):
            return False
        rows = [int(x) for x in bytes(data.data(MIME).data()).decode().split(",") if x]
        to = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        self.move(rows, to)
        if self.on_edit is not None:
            self.on_edit(reordered=True)
        return False  # the move is done here: the view must not remove the source rows
