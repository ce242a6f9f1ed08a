"""Repositories: typed reads and writes over the store, one user action = one transaction.

Every text entering the store is NFC and stripped; every insert, update, delete and restore is
written to the audit log (who, when, table, row, changed fields, before/after); deletes are soft
(the row goes to the trash) and only the trash can remove a row for good.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import mimetypes
import shutil
import uuid as uuidlib
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from dvdesk.domain import catalog, money, rules
from dvdesk.domain.entities import (
    Attachment,
    AuditEntry,
    Award,
    AwardForm,
    CatalogItem,
    Decision,
    DirectiveDocument,
    Initiative,
    Milestone,
    Phase,
    Review,
    TrashItem,
    Unit,
)
from dvdesk.domain.errors import DvdeskError, InUseError, NotFoundError, ValidationError
from dvdesk.domain.units import standing_on
from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import AuditAction, UnitLinkKind
from dvdesk.paths import attachments_dir
from dvdesk.store import unit_graph
from dvdesk.store.bulk import jsonable as _jsonable
from dvdesk.store.bulk import now_iso, to_db
from dvdesk.store.derive import CodeAllocator, award_sort_key, clean, initiative_derived

T = TypeVar("T")


def _parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class Codec:
    """Maps a dataclass to and from database rows by its field names and annotations."""

    def __init__(self, cls: type):
        self.cls = cls
        self.fields = [f.name for f in dataclasses.fields(cls)]
        self.dates = {f.name for f in dataclasses.fields(cls) if "date" in str(f.type)}
        self.bools = {f.name for f in dataclasses.fields(cls) if str(f.type).startswith("bool")}
        self.decimals = {f.name for f in dataclasses.fields(cls) if "Decimal" in str(f.type)}

    def from_row(self, row: dict) -> Any:
        kwargs = {}
        for name in self.fields:
            if name not in row:
                continue
            value = row[name]
            if name in self.dates:
                value = _parse_date(value)
            elif name in self.bools:
                value = bool(value)
            elif name in self.decimals:
                value = Decimal(str(value or "0"))
            kwargs[name] = value
        return self.cls(**kwargs)

    def to_row(self, obj: Any, skip: Iterable[str] = ("id",)) -> dict:
        skip = set(skip)
        return {name: to_db(getattr(obj, name)) for name in self.fields if name not in skip}


class BaseRepo:
    table: str = ""
    entity: type = object
    label: str = ""  # Vietnamese noun for messages
    label_column: str = "name"

    def __init__(self, store):
        self.store = store
        self.codec = Codec(self.entity)

    @property
    def conn(self):
        return self.store.conn

    # -- reads ----------------------------------------------------------------------------------
    def _row(self, row_id: int, include_deleted: bool = False) -> dict:
        rows = self.store.query(f"SELECT * FROM {self.table} WHERE id = ?", (row_id,))
        if not rows or (rows[0].get("deleted_at") and not include_deleted):
            raise NotFoundError(f"Không tìm thấy {self.label} (mã số {row_id}).")
        return rows[0]

    def get(self, row_id: int, include_deleted: bool = False) -> Any:
        return self.codec.from_row(self._row(row_id, include_deleted))

    def count(self, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " WHERE deleted_at IS NULL"
        return self.store.scalar(f"SELECT count(*) FROM {self.table}{where}")

    # -- writes (call inside a transaction) -------------------------------------------------------
    def _insert(self, data: dict, **kw: Any) -> int:
        """Insert one row through the store's writer (derived values, audit, status history)."""
        return self.store.bulk.insert(self.table, [dict(data)], **kw)[0]

    def _update(self, row_id: int, data: dict, **kw: Any) -> list[str]:
        """Write the values of ``data`` that differ; returns the names of the changed columns."""
        before = self._row(row_id)
        return self.store.bulk.update(self.table, [(row_id, data, before)], **kw)

    def usage_count(self, row_id: int) -> int:
        """How many live records use this row (a delete is refused when > 0)."""
        return 0

    def delete(self, row_id: int) -> None:
        """Soft delete: the row goes to the trash (refused when other records use it)."""
        with self.store.tx():
            row = self._row(row_id)
            used = self.usage_count(row_id)
            if used:
                raise InUseError(
                    f"Không thể xóa {self.label} \"{row.get(self.label_column, row_id)}\": "
                    f"đang được {used} bản ghi sử dụng.",
                    used,
                )
            stamp = now_iso()
            self.conn.execute(f"UPDATE {self.table} SET deleted_at = ? WHERE id = ?", (stamp, row_id))
            self.store.audit.record(AuditAction.DELETE, self.table, row_id, {"deleted_at": None}, {"deleted_at": stamp})

    def restore(self, row_id: int) -> None:
        with self.store.tx():
            row = self._row(row_id, include_deleted=True)
            if not row.get("deleted_at"):
                return
            self.conn.execute(f"UPDATE {self.table} SET deleted_at = NULL WHERE id = ?", (row_id,))
            self.store.audit.record(AuditAction.RESTORE, self.table, row_id, {"deleted_at": row["deleted_at"]},
                                    {"deleted_at": None})


def new_uuid() -> str:
    return str(uuidlib.uuid4())


# ----------------------------------------------------------------------------------------------
class SettingsRepo:
    def __init__(self, store):
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        raw = self.store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if raw is None else json.loads(raw)

    def set(self, key: str, value: Any) -> None:
        value = _clean_json(value)
        with self.store.tx() as c:
            before = self.get(key)
            c.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                      (key, json.dumps(value, ensure_ascii=False)))
            self.store.audit.record(AuditAction.UPDATE, "settings", 0, {key: before}, {key: value}, changed=[key])
            if key == "agency" and isinstance(value, dict):  # the default issuers follow the office's profile
                self.store.issuers.follow_profile(self.agency())

    def agency(self) -> dict:
        from dvdesk.store.seed import DEFAULT_SETTINGS

        return {**DEFAULT_SETTINGS["agency"], **(self.get("agency") or {})}

    def tone_order(self) -> str:
        return self.get("tone_order", "cldr")


def _clean_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clean_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    return clean(value)


# ----------------------------------------------------------------------------------------------
class CatalogRepo(BaseRepo):
    """Fields and blocks: code + name, ordered."""

    entity = CatalogItem

    def __init__(self, store, table: str, label: str):
        self.table = table
        self.label = label
        super().__init__(store)

    def list(self, include_deleted: bool = False) -> list[CatalogItem]:
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        return [self.codec.from_row(r) for r in
                self.store.query(f"SELECT * FROM {self.table} {where} ORDER BY sort_order, id")]

    def by_code(self, code: str) -> CatalogItem:
        rows = self.store.query(f"SELECT * FROM {self.table} WHERE code = ? AND deleted_at IS NULL", (code,))
        if not rows:
            raise NotFoundError(f"Không có {self.label} mã \"{code}\".")
        return self.codec.from_row(rows[0])

    def create(self, code: str, name: str) -> CatalogItem:
        code, name = clean(code), clean(name)
        errors = {}
        if not code:
            errors["code"] = f"Chưa nhập mã {self.label}."
        if not name:
            errors["name"] = f"Chưa nhập tên {self.label}."
        if errors:
            raise ValidationError(errors)
        with self.store.tx():
            if self.store.scalar(f"SELECT 1 FROM {self.table} WHERE code = ?", (code,)):
                raise ValidationError({"code": f"Mã {self.label} \"{code}\" đã có."})
            order = (self.store.scalar(f"SELECT max(sort_order) FROM {self.table}") or 0) + 1
            row_id = self._insert({"code": code, "name": name, "sort_order": order})
        return self.get(row_id)

    def rename(self, row_id: int, name: str) -> None:
        name = clean(name)
        if not name:
            raise ValidationError({"name": f"Chưa nhập tên {self.label}."})
        with self.store.tx():
            self._update(row_id, {"name": name})

    def usage_count(self, row_id: int) -> int:
        col = "field_id" if self.table == "fields" else "block_id"
        n = self.store.scalar(f"SELECT count(*) FROM initiatives WHERE {col} = ? AND deleted_at IS NULL", (row_id,))
        if self.table == "blocks":
            n += self.store.scalar("SELECT count(*) FROM units WHERE block_id = ? AND deleted_at IS NULL", (row_id,))
        return n


# ----------------------------------------------------------------------------------------------
class UnitRepo(BaseRepo):
    """Versioned units: history is never edited; renames, mergers and splits create successors."""

    table, entity, label = "units", Unit, "đơn vị"

    def _prepare(self, u: Unit) -> dict:
        u.name, u.short_name = clean(u.name), clean(u.short_name)
        errors = rules.validate_unit(u)
        if u.parent_id is not None and not self.store.scalar("SELECT 1 FROM units WHERE id = ?", (u.parent_id,)):
            errors["parent_id"] = "Đơn vị cấp trên không tồn tại."
        if errors:
            raise ValidationError(errors)
        if u.id is not None and u.parent_id is not None:
            unit_graph.check_parents(self.conn, [(u.id, u.parent_id)])
        row = self.codec.to_row(u)
        row["uuid"] = u.uuid or new_uuid()
        row["code"] = u.code or None
        return row

    def create(self, u: Unit, predecessors: Iterable[int] = (), link_kind: str = UnitLinkKind.MERGE) -> Unit:
        with self.store.tx():
            row_id = self._insert(self._prepare(u))
            for pred in predecessors:
                self._link(pred, row_id, link_kind, u.valid_from or date.today())
        return self.get(row_id)

    def update(self, u: Unit) -> list[str]:
        """Correct a unit's details (a typo); a real rename goes through :meth:`rename`."""
        with self.store.tx():
            row = self._prepare(u)
            row.pop("uuid")
            return self._update(u.id, row)

    def _link(self, pred: int, succ: int, kind: str, when: date) -> None:
        self.store.bulk.unit_links([(pred, succ, kind, when)])

    def _close(self, unit_id: int, on: date) -> Unit:
        u = self.get(unit_id)
        if u.valid_to is not None and u.valid_to < on:
            raise ValidationError({"valid_to": f"Đơn vị \"{u.name}\" đã hết hiệu lực từ {u.valid_to:%d/%m/%Y}."})
        if u.valid_from is not None and on <= u.valid_from:
            raise ValidationError({"valid_to": "Ngày thay đổi phải sau ngày đơn vị bắt đầu hiệu lực."})
        self._update(unit_id, {"valid_to": to_db(date.fromordinal(on.toordinal() - 1))})
        return u

    def _successor_of(self, old: Unit, name: str, on: date, **overrides: Any) -> Unit:
        return dataclasses.replace(old, id=None, uuid="", code=None, name=name, short_name="", valid_from=on,
                                   valid_to=None, **overrides)

    def rename(self, unit_id: int, new_name: str, on: date) -> Unit:
        """From ``on`` the unit is called ``new_name``: the old record closes the day before."""
        with self.store.tx():
            old = self._close(unit_id, on)
            return self.create(self._successor_of(old, new_name, on), [unit_id], UnitLinkKind.RENAME)

    def merge(self, unit_ids: list[int], new_name: str, on: date, **overrides: Any) -> Unit:
        if len(unit_ids) < 2:
            raise ValidationError({"units": "Cần chọn ít nhất hai đơn vị để hợp nhất."})
        with self.store.tx():
            olds = [self._close(uid, on) for uid in unit_ids]
            return self.create(self._successor_of(olds[0], new_name, on, **overrides), unit_ids, UnitLinkKind.MERGE)

    def split(self, unit_id: int, new_names: list[str], on: date) -> list[Unit]:
        if len([n for n in new_names if clean(n)]) < 2:
            raise ValidationError({"units": "Chia tách cần ít nhất hai đơn vị mới."})
        with self.store.tx():
            old = self._close(unit_id, on)
            return [self.create(self._successor_of(old, n, on), [unit_id], UnitLinkKind.SPLIT) for n in new_names if clean(n)]

    def close(self, unit_id: int, on: date) -> None:
        """The unit ceases to exist from ``on`` (dissolved without successor)."""
        with self.store.tx():
            self._close(unit_id, on)

    # -- reads ----------------------------------------------------------------------------------
    def list(self, valid_on: date | None = None, include_deleted: bool = False) -> list[Unit]:
        sql = "SELECT * FROM units WHERE 1=1"
        params: list[Any] = []
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        if valid_on is not None:
            sql += " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)"
            params += [valid_on.isoformat()] * 2
        sql += " ORDER BY precedence, name_fold"
        return [self.codec.from_row(r) for r in self.store.query(sql, tuple(params))]

    def by_code(self, code: str) -> Unit:
        rows = self.store.query("SELECT * FROM units WHERE code = ?", (code,))
        if not rows:
            raise NotFoundError(f"Không có đơn vị mã \"{code}\".")
        return self.codec.from_row(rows[0])

    def find_by_name(self, name: str, on: date | None = None) -> list[Unit]:
        """Units whose (folded) name or short name equals ``name``; valid on ``on`` first."""
        key = fold(name)
        rows = self.store.query("SELECT * FROM units WHERE deleted_at IS NULL AND name_fold LIKE ? ESCAPE '\\'",
                                (f"%{like_escape(key)}%",))
        units = [self.codec.from_row(r) for r in rows
                 if fold(r["name"]) == key or (r["short_name"] and fold(r["short_name"]) == key)]
        if on is not None:
            units.sort(key=lambda u: (not u.valid_on(on), u.precedence))
        return units

    def valid_unit_for(self, unit_id: int, on: date) -> Unit:
        """The unit that stood for ``unit_id`` on ``on`` (itself, or a successor/predecessor chain)."""
        uid = standing_on(
            unit_id,
            lambda i: self.get(i, include_deleted=True).valid_on(on),
            lambda i: [r[0] for r in self.conn.execute(
                "SELECT successor_id FROM unit_links WHERE predecessor_id = ? "
                "UNION SELECT predecessor_id FROM unit_links WHERE successor_id = ?", (i, i))],
        )
        return self.get(uid, include_deleted=True)

    def successors(self, unit_id: int) -> list[Unit]:
        return [self.get(r[0], include_deleted=True) for r in self.conn.execute(
            "SELECT successor_id FROM unit_links WHERE predecessor_id = ? ORDER BY successor_id", (unit_id,))]

    def predecessors(self, unit_id: int) -> list[Unit]:
        return [self.get(r[0], include_deleted=True) for r in self.conn.execute(
            "SELECT predecessor_id FROM unit_links WHERE successor_id = ? ORDER BY predecessor_id", (unit_id,))]

    def family_ids(self, unit_id: int) -> list[int]:
        """The unit, the units under it, and the former units it succeeded (and theirs): what a
        filter "by unit" should cover so records made under old names are found too."""
        rows = self.conn.execute(
            "WITH RECURSIVE fam(id) AS (SELECT ? "
            "UNION SELECT u.id FROM units u JOIN fam ON u.parent_id = fam.id "
            "UNION SELECT l.predecessor_id FROM unit_links l JOIN fam ON l.successor_id = fam.id) "
            "SELECT id FROM fam ORDER BY id", (unit_id,))
        return [r[0] for r in rows]

    def rollup_map(self) -> dict[int, int]:
        """Every unit id -> the id of its current (still valid) successor to count it under.

        A unit split into several follows its first successor; a unit with none maps to itself.
        """
        links: dict[int, list[int]] = {}
        for pred, succ in self.conn.execute("SELECT predecessor_id, successor_id FROM unit_links ORDER BY successor_id"):
            links.setdefault(pred, []).append(succ)
        result: dict[int, int] = {}
        for (uid,) in self.conn.execute("SELECT id FROM units"):
            cur, seen = uid, {uid}
            while cur in links and links[cur][0] not in seen:
                cur = links[cur][0]
                seen.add(cur)
            result[uid] = cur
        return result

    def usage_count(self, row_id: int) -> int:
        q = self.store.scalar
        return (q("SELECT count(*) FROM initiatives WHERE unit_id = ? AND deleted_at IS NULL", (row_id,))
                + q("SELECT count(*) FROM awards WHERE unit_id = ? AND deleted_at IS NULL", (row_id,))
                + q("SELECT count(*) FROM units WHERE parent_id = ? AND deleted_at IS NULL", (row_id,)))


# ----------------------------------------------------------------------------------------------
class PhaseRepo(BaseRepo):
    table, entity, label = "phases", Phase, "giai đoạn"

    def list(self) -> list[Phase]:
        return [self.codec.from_row(r) for r in
                self.store.query("SELECT * FROM phases WHERE deleted_at IS NULL ORDER BY start_year")]

    def by_code(self, code: str) -> Phase:
        rows = self.store.query("SELECT * FROM phases WHERE code = ? AND deleted_at IS NULL",
                                (clean(code).replace("–", "-"),))
        if not rows:
            raise NotFoundError(f"Không có giai đoạn \"{code}\".")
        return self.codec.from_row(rows[0])

    def for_year(self, year: int) -> Phase:
        rows = self.store.query("SELECT * FROM phases WHERE ? BETWEEN start_year AND end_year "
                                "AND deleted_at IS NULL", (year,))
        if not rows:
            raise NotFoundError(f"Năm {year} không thuộc giai đoạn nào.")
        return self.codec.from_row(rows[0])

    def create(self, start_year: int, end_year: int, so_ket: int | None = None) -> Phase:
        from dvdesk.store.seed import milestone_rows

        if not (rules.MIN_YEAR <= start_year <= end_year <= rules.MAX_YEAR):
            raise ValidationError({"start_year": "Năm bắt đầu, kết thúc của giai đoạn không hợp lệ."})
        code = f"{start_year}-{end_year}"
        with self.store.tx():
            if self.store.scalar("SELECT 1 FROM phases WHERE code = ?", (code,)):
                raise ValidationError({"code": f"Giai đoạn {code} đã có."})
            pid = self._insert({"code": code, "name": f"Giai đoạn {start_year}–{end_year}",
                                "start_year": start_year, "end_year": end_year})
            so_ket = so_ket or (start_year + end_year) // 2
            cols = ("phase_id", "key", "kind", "year", "name", "held_on")
            self.store.bulk.insert("milestones", [dict(zip(cols, row, strict=True)) for row in
                                                  milestone_rows(pid, code, start_year, end_year, so_ket, end_year)])
        return self.get(pid)

    def milestones(self, phase_id: int | None = None) -> list[Milestone]:
        codec = Codec(Milestone)
        sql = "SELECT * FROM milestones WHERE deleted_at IS NULL"
        params: tuple = ()
        if phase_id is not None:
            sql += " AND phase_id = ?"
            params = (phase_id,)
        sql += " ORDER BY year, CASE kind WHEN 'annual' THEN 0 WHEN 'so_ket' THEN 1 ELSE 2 END"
        return [codec.from_row(r) for r in self.store.query(sql, params)]

    def milestone(self, key: str) -> Milestone:
        rows = self.store.query("SELECT * FROM milestones WHERE key = ? AND deleted_at IS NULL", (clean(key),))
        if not rows:
            keys = ", ".join(m.key for m in self.milestones())
            raise NotFoundError(f"Không có kỳ sơ kết/tổng kết \"{key}\". Các kỳ hiện có: {keys}.")
        return Codec(Milestone).from_row(rows[0])

    def milestone_by_id(self, milestone_id: int) -> Milestone:
        rows = self.store.query("SELECT * FROM milestones WHERE id = ?", (milestone_id,))
        if not rows:
            raise NotFoundError(f"Không có kỳ sơ kết/tổng kết mã số {milestone_id}.")
        return Codec(Milestone).from_row(rows[0])

    def set_held_on(self, milestone_id: int, on: date | None) -> Milestone:
        """The conference date of a milestone (it bounds the milestone's scope of models)."""
        with self.store.tx():
            m = self.milestone_by_id(milestone_id)
            if on is not None and not (m.year - 1 <= on.year <= m.year + 1):
                raise ValidationError({"held_on": f"Ngày tổ chức của \"{m.name}\" phải ở khoảng năm {m.year}."})
            before = self.store.query("SELECT * FROM milestones WHERE id = ?", (milestone_id,))[0]
            self.store.bulk.update("milestones", [(milestone_id, {"held_on": on}, before)])
        return self.milestone_by_id(milestone_id)

    def usage_count(self, row_id: int) -> int:
        return self.store.scalar("SELECT count(*) FROM initiatives WHERE phase_id = ? AND deleted_at IS NULL",
                                 (row_id,))


# ----------------------------------------------------------------------------------------------
class AwardFormRepo(BaseRepo):
    """Award forms with their dated coefficient table, and the dated base-salary table."""

    table, entity, label = "award_forms", AwardForm, "hình thức khen thưởng"

    def list(self, include_deleted: bool = False) -> list[AwardForm]:
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        return [self.codec.from_row(r) for r in
                self.store.query(f"SELECT * FROM award_forms {where} ORDER BY sort_order, id")]

    def by_code(self, code: str) -> AwardForm:
        rows = self.store.query("SELECT * FROM award_forms WHERE code = ?", (code,))
        if not rows:
            raise NotFoundError(f"Không có hình thức khen thưởng mã \"{code}\".")
        return self.codec.from_row(rows[0])

    def create(self, code: str, name: str, carries_money: bool = True) -> AwardForm:
        """A new award form at the end of the list (its coefficients are added afterwards)."""
        code, name = clean(code), clean(name)
        errors = {}
        if not code:
            errors["code"] = "Chưa nhập mã hình thức khen thưởng."
        if not name:
            errors["name"] = "Chưa nhập tên hình thức khen thưởng."
        if errors:
            raise ValidationError(errors)
        with self.store.tx():
            if self.store.scalar("SELECT 1 FROM award_forms WHERE code = ?", (code,)):
                raise ValidationError({"code": f"Mã hình thức khen thưởng \"{code}\" đã có."})
            order = (self.store.scalar("SELECT max(sort_order) FROM award_forms") or 0) + 1
            row_id = self._insert({"code": code, "name": name, "carries_money": int(bool(carries_money)),
                                   "sort_order": order})
        return self.get(row_id)

    def rename(self, form_id: int, name: str) -> None:
        """A new name for the form; decisions and awards already saved keep their stored money."""
        name = clean(name)
        if not name:
            raise ValidationError({"name": "Chưa nhập tên hình thức khen thưởng."})
        with self.store.tx():
            self._update(form_id, {"name": name})

    def rates(self, form_id: int) -> money.AwardFormRates:
        form = self.get(form_id, include_deleted=True)
        coefs = tuple(
            money.Coefficient(date.fromisoformat(r["valid_from"]), r["recipient_kind"], Decimal(r["coefficient"]),
                              r["basis"])
            for r in self.store.query("SELECT * FROM award_coefficients WHERE form_id = ? ORDER BY valid_from",
                                      (form_id,))
        )
        return money.AwardFormRates(form.code, form.name, form.carries_money, coefs)

    def coefficients(self, form_id: int) -> list[money.Coefficient]:
        return list(self.rates(form_id).coefficients)

    def set_coefficient(self, form_id: int, recipient_kind: str, valid_from: date, coefficient: Decimal | str,
                        basis: str = "") -> None:
        value = Decimal(str(coefficient))
        if value < 0 or value > 100:
            raise ValidationError({"coefficient": "Hệ số không hợp lệ (phải từ 0 đến 100)."})
        if recipient_kind not in catalog.RECIPIENT_KINDS:
            raise ValidationError({"recipient_kind": "Đối tượng phải là tập thể hoặc cá nhân."})
        with self.store.tx() as c:
            c.execute("INSERT INTO award_coefficients(form_id, recipient_kind, valid_from, coefficient, basis) "
                      "VALUES (?,?,?,?,?) ON CONFLICT(form_id, recipient_kind, valid_from) DO UPDATE SET "
                      "coefficient = excluded.coefficient, basis = excluded.basis",
                      (form_id, recipient_kind, valid_from.isoformat(), str(value), clean(basis)))
            self.store.audit.record(AuditAction.UPDATE, "award_coefficients", form_id, None,
                                    {"recipient_kind": recipient_kind, "valid_from": valid_from.isoformat(),
                                     "coefficient": str(value)})

    def base_salaries(self) -> list[tuple[date, int]]:
        return [(date.fromisoformat(r[0]), r[1]) for r in
                self.conn.execute("SELECT valid_from, amount FROM base_salaries ORDER BY valid_from")]

    def base_salaries_detail(self) -> list[tuple[date, int, str]]:
        """(valid_from, amount, basis) of every base-salary row, oldest first."""
        return [(date.fromisoformat(r[0]), int(r[1]), r[2] or "") for r in
                self.conn.execute("SELECT valid_from, amount, basis FROM base_salaries ORDER BY valid_from")]

    def set_base_salary(self, valid_from: date, amount: int, basis: str = "") -> None:
        if amount is None or amount <= 0:
            raise ValidationError({"amount": "Mức lương cơ sở phải lớn hơn 0."})
        with self.store.tx() as c:
            c.execute("INSERT INTO base_salaries(valid_from, amount, basis) VALUES (?,?,?) "
                      "ON CONFLICT(valid_from) DO UPDATE SET amount = excluded.amount, basis = excluded.basis",
                      (valid_from.isoformat(), int(amount), clean(basis)))
            self.store.audit.record(AuditAction.UPDATE, "base_salaries", 0, None,
                                    {"valid_from": valid_from.isoformat(), "amount": int(amount)})

    def _awards_using(self, valid_from: date, next_from: str | None, column: str, value: Any,
                      extra_sql: str = "", extra: tuple = ()) -> int:
        """Live awards whose decision date falls in [valid_from, next_from) and whose stored
        ``column`` equals ``value`` (they were computed from that row; "0.30" equals "0.3")."""
        sql = ("SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id "
               "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND d.signed_on >= ? "
               f"AND CAST(a.{column} AS REAL) = CAST(? AS REAL){extra_sql}")
        params: list[Any] = [valid_from.isoformat(), value, *extra]
        if next_from is not None:
            sql += " AND d.signed_on < ?"
            params.append(next_from)
        return self.store.scalar(sql, params)

    def delete_coefficient(self, form_id: int, recipient_kind: str | None, valid_from: date) -> None:
        """Remove a dated coefficient (``recipient_kind`` None: both kinds of that date), refused
        when saved awards were computed from it."""
        kinds = tuple(catalog.RECIPIENT_KINDS) if recipient_kind is None else (recipient_kind,)
        if any(k not in catalog.RECIPIENT_KINDS for k in kinds):
            raise ValidationError({"recipient_kind": "Đối tượng phải là tập thể hoặc cá nhân."})
        with self.store.tx() as c:
            form = self.get(form_id, include_deleted=True)
            rows = self.store.query(
                f"SELECT * FROM award_coefficients WHERE form_id = ? AND valid_from = ? "
                f"AND recipient_kind IN ({', '.join('?' * len(kinds))}) ORDER BY recipient_kind",
                (form_id, valid_from.isoformat(), *kinds))
            if not rows:
                raise ValidationError({"valid_from": f"Hình thức \"{form.name}\" không có hệ số áp dụng từ ngày "
                                                     f"{valid_from.strftime('%d/%m/%Y')}."})
            for r in rows:
                nxt = self.store.scalar(
                    "SELECT min(valid_from) FROM award_coefficients WHERE form_id = ? AND recipient_kind = ? "
                    "AND valid_from > ?", (form_id, r["recipient_kind"], r["valid_from"]))
                used = self._awards_using(valid_from, nxt, "coefficient", r["coefficient"],
                                          " AND d.form_id = ? AND a.recipient_kind = ?",
                                          (form_id, r["recipient_kind"]))
                if used:
                    kind = catalog.RECIPIENT_KINDS[r["recipient_kind"]].lower()
                    raise InUseError(
                        f"Không thể xóa hệ số {kind} áp dụng từ ngày {valid_from.strftime('%d/%m/%Y')} của "
                        f"\"{form.name}\": {used} khen thưởng đã lưu được tính theo hệ số này.", used)
            for r in rows:
                c.execute("DELETE FROM award_coefficients WHERE id = ?", (r["id"],))
                self.store.audit.record(AuditAction.DELETE, "award_coefficients", form_id,
                                        {"recipient_kind": r["recipient_kind"], "valid_from": r["valid_from"],
                                         "coefficient": r["coefficient"], "basis": r["basis"]}, None)

    def delete_base_salary(self, valid_from: date) -> None:
        """Remove a base-salary row; refused for the last row and for a row saved awards used."""
        on = valid_from.strftime("%d/%m/%Y")
        with self.store.tx() as c:
            rows = self.store.query("SELECT * FROM base_salaries WHERE valid_from = ?", (valid_from.isoformat(),))
            if not rows:
                raise ValidationError({"valid_from": f"Không có mức lương cơ sở áp dụng từ ngày {on}."})
            row = rows[0]
            if self.store.scalar("SELECT count(*) FROM base_salaries") <= 1:
                raise ValidationError({"valid_from": "Không thể xóa mức lương cơ sở duy nhất còn lại: tiền thưởng "
                                                     "cần ít nhất một mức lương cơ sở."})
            nxt = self.store.scalar("SELECT min(valid_from) FROM base_salaries WHERE valid_from > ?",
                                    (row["valid_from"],))
            used = self._awards_using(valid_from, nxt, "base_salary", row["amount"])
            if used:
                raise InUseError(f"Không thể xóa mức lương cơ sở áp dụng từ ngày {on}: {used} khen thưởng đã lưu "
                                 "được tính theo mức này.", used)
            c.execute("DELETE FROM base_salaries WHERE id = ?", (row["id"],))
            self.store.audit.record(AuditAction.DELETE, "base_salaries", row["id"],
                                    {"valid_from": row["valid_from"], "amount": row["amount"],
                                     "basis": row["basis"]}, None)

    def amount_for(self, form_id: int, recipient_kind: str, on: date) -> tuple[Decimal, int, int]:
        """(coefficient, base salary, amount) in force on ``on``."""
        rates = self.rates(form_id)
        coefficient, amount = money.award_amount(rates, recipient_kind, on, self.base_salaries())
        salary = money.base_salary_on(on, self.base_salaries()) if amount else 0
        return coefficient, salary, amount

    def usage_count(self, row_id: int) -> int:
        return self.store.scalar("SELECT count(*) FROM decisions WHERE form_id = ? AND deleted_at IS NULL", (row_id,))


# ----------------------------------------------------------------------------------------------
from dvdesk.store.search import (  # noqa: E402
    LIST_SELECT,
    InitiativeFilter,
    like_escape,
    order_clause,
    search_words,
    where_clause,
)

INITIATIVE_SKIP = ("id", "code", "uuid", "unit_name")


#: the list's order -> the index (deleted_at, that column) that already holds the rows in that order
_LIVE_ORDER_INDEX = {"code": "initiatives_live_code", "name": "initiatives_live_name"}


def _live_order_index(f: InitiativeFilter | None, order: list[tuple[str, bool]] | None) -> str:
    """``INDEXED BY`` for the registry's common query — live rows, perhaps a text search, ordered by
    code or name: walking the covering index in order and keeping the rows the search matched reads
    no wide row and sorts nothing (a search matching 9,600 of 30,000 rows: 24 → 9 ms, measured). With
    any other filter the planner's own choice stays (those columns are not in the index)."""
    f = f or InitiativeFilter()
    cols = [c for c, _asc in (order or [("code", True)])]
    if len(cols) != 1 or cols[0] not in _LIVE_ORDER_INDEX or f.include_deleted:
        return ""
    if dataclasses.replace(f, text="") != InitiativeFilter():
        return ""
    return f" INDEXED BY {_LIVE_ORDER_INDEX[cols[0]]}"


class InitiativeRepo(BaseRepo):
    """Mô hình and điển hình: registration, edits, lifecycle, search."""

    table, entity, label = "initiatives", Initiative, "mô hình, điển hình"

    def _clean(self, i: Initiative) -> Initiative:
        for f in dataclasses.fields(i):
            setattr(i, f.name, clean(getattr(i, f.name)))
        i.tags = "; ".join(t.strip() for t in i.tags.replace(",", ";").split(";") if t.strip())
        errors = rules.validate_initiative(i)
        if i.unit_id is not None and not self.store.scalar("SELECT 1 FROM units WHERE id = ?", (i.unit_id,)):
            errors["unit_id"] = "Đơn vị không tồn tại."
        if i.phase_id is not None and "year" not in errors:
            row = self.store.query("SELECT start_year, end_year, code FROM phases WHERE id = ?", (i.phase_id,))
            if not row:
                errors["phase_id"] = "Giai đoạn không tồn tại."
            elif not (row[0]["start_year"] <= i.year <= row[0]["end_year"]):
                errors["year"] = f"Năm {i.year} không thuộc giai đoạn {row[0]['code']}."
        if errors:
            raise ValidationError(errors)
        return i

    def next_code(self, year: int) -> str:
        return CodeAllocator(self.conn).next(year)

    def create(self, i: Initiative) -> Initiative:
        i = self._clean(dataclasses.replace(i))
        with self.store.tx():
            on = i.registered_on or date(i.year, 1, 1)
            unit = self.store.units.valid_unit_for(i.unit_id, on)
            i.unit_id, i.unit_name = unit.id, unit.name
            if i.block_id is None:
                i.block_id = unit.block_id
            i.code = i.code or self.next_code(i.year)
            i.uuid = i.uuid or new_uuid()
            row_id = self._insert(self.codec.to_row(i))
        return self.get(row_id)

    def update(self, i: Initiative) -> list[str]:
        """Save an edited initiative; returns the names of the fields that changed."""
        i = self._clean(dataclasses.replace(i))
        with self.store.tx():
            old = self.get(i.id)
            i.code, i.uuid = old.code, old.uuid
            if i.unit_id != old.unit_id or i.unit_name == "":
                unit = self.store.units.get(i.unit_id, include_deleted=True)
                i.unit_name = unit.name
            row = self.codec.to_row(i, skip=("id", "uuid", "code"))
            return self._update(i.id, row, status_log=(date.today(), ""))

    def change_status(self, initiative_id: int, to_status: str, on: date, note: str = "",
                      **extra: Any) -> None:
        """Move along the lifecycle (DOMAIN.md §1) with a dated note; ``extra`` sets e.g. the
        recognition level, decision and date when recognizing."""
        with self.store.tx():
            cur = self.get(initiative_id)
            if to_status not in catalog.STATUSES:
                raise ValidationError({"status": f"Trạng thái không hợp lệ: \"{to_status}\"."})
            if to_status != cur.status and to_status not in catalog.allowed_transitions(cur.status):
                raise ValidationError({"status": f"Không thể chuyển từ \"{catalog.STATUSES[cur.status]}\" "
                                                 f"sang \"{catalog.STATUSES[to_status]}\"."})
            changes = {"status": to_status, **{k: to_db(v) for k, v in extra.items()}}
            if to_status in catalog.EXEMPLARY_STATUSES:
                changes["exemplary"] = 1
            if to_status in catalog.RECOGNIZED_STATUSES and not cur.recognition_date and "recognition_date" not in extra:
                changes["recognition_date"] = on.isoformat()
            self._update(initiative_id, changes, status_log=(on, note))
            if to_status == cur.status:  # a dated note on the same status still goes into the history
                self.store.bulk.status_log([(initiative_id, cur.status, to_status, on, note)])

    def status_log(self, initiative_id: int) -> list[dict]:
        return self.store.query("SELECT * FROM initiative_status_log WHERE initiative_id = ? ORDER BY id",
                                (initiative_id,))

    def by_code(self, code: str) -> Initiative:
        rows = self.store.query("SELECT * FROM initiatives WHERE code = ?", (clean(code),))
        if not rows:
            raise NotFoundError(f"Không có mô hình mã \"{code}\".")
        return self.codec.from_row(rows[0])

    def by_uuid(self, uid: str) -> Initiative:
        rows = self.store.query("SELECT * FROM initiatives WHERE uuid = ?", (clean(uid),))
        if not rows:
            raise NotFoundError(f"Không có mô hình với UUID \"{uid}\".")
        return self.codec.from_row(rows[0])

    # -- search ---------------------------------------------------------------------------------
    def search(self, f: InitiativeFilter | None = None, order: list[tuple[str, bool]] | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict]:
        where, params = where_clause(f or InitiativeFilter())
        sql = LIST_SELECT + where + order_clause(order)
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        return self.store.query(sql, tuple(params))

    def search_ids(self, f: InitiativeFilter | None = None, order: list[tuple[str, bool]] | None = None) -> list[int]:
        where, params = where_clause(f or InitiativeFilter())
        order_sql = order_clause(order)
        joins = "".join(j for alias, j in (("u.", " LEFT JOIN units u ON u.id = i.unit_id"),
                                            ("f.", " LEFT JOIN fields f ON f.id = i.field_id"),
                                            ("b.", " LEFT JOIN blocks b ON b.id = i.block_id")) if alias in order_sql)
        hint = _live_order_index(f, order)
        cur = self.conn.execute("SELECT i.id FROM initiatives i" + hint + joins + where + order_sql, params)
        return [r for (r,) in cur.fetchall()]

    def rows_by_ids(self, ids: list[int]) -> list[dict]:
        """List rows for the given ids, in the given order (for paged views)."""
        if not ids:
            return []
        rows = self.store.query(LIST_SELECT + f" WHERE i.id IN ({','.join('?' * len(ids))})", tuple(ids))
        by_id = {r["id"]: r for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def count_matching(self, f: InitiativeFilter | None = None) -> int:
        where, params = where_clause(f or InitiativeFilter())
        return self.store.scalar("SELECT count(*) FROM initiatives i" + where, tuple(params))

    def recompute_sort_keys(self) -> None:
        """After the tone-order setting changes: rebuild the stored collation keys."""
        tone = self.store.settings.tone_order()
        with self.store.tx() as c:
            rows = c.execute("SELECT id, name, person_name FROM initiatives").fetchall()
            keys = [initiative_derived({"name": n, "person_name": p}, tone) for _, n, p in rows]
            c.executemany("UPDATE initiatives SET name_sort = ?, person_sort = ? WHERE id = ?",
                          [(k["name_sort"], k["person_sort"], i) for k, (i, _, _) in zip(keys, rows, strict=True)])
            self.store.noted_many((AuditAction.UPDATE, "initiatives", i) for i, _, _ in rows)
            rows = c.execute("SELECT id, recipient_name, recipient_kind FROM awards").fetchall()
            c.executemany("UPDATE awards SET name_sort = ? WHERE id = ?",
                          [(award_sort_key(n, k, tone), i) for i, n, k in rows])
            self.store.noted_many((AuditAction.UPDATE, "awards", i) for i, _, _ in rows)

    # an initiative may go to the trash even when awards cite it (they keep their link); only a
    # purge is refused while they exist (the foreign key says so)


# ----------------------------------------------------------------------------------------------
class ReviewRepo(BaseRepo):
    table, entity, label = "reviews", Review, "kết quả đánh giá"

    @property
    def book(self):
        """The review workspace of a milestone (grid, bulk actions, funnel): store/reviews.py."""
        from dvdesk.store.reviews import ReviewBook

        return ReviewBook(self.store)

    def save(self, r: Review) -> Review:
        """Create or update the review of an initiative at a milestone (one per pair)."""
        if r.rating is not None and r.rating not in catalog.RATINGS:
            raise ValidationError({"rating": f"Xếp loại không hợp lệ: \"{r.rating}\"."})
        from dvdesk.store.reviews import check_row

        with self.store.tx():
            i = self.store.initiatives.get(r.initiative_id)
            self.store.phases.milestone_by_id(r.milestone_id)
            check_row(self.codec.to_row(r), i.code, i.name)  # the funnel rules of store/reviews.py
            existing = self.store.scalar("SELECT id FROM reviews WHERE initiative_id = ? AND milestone_id = ?",
                                         (r.initiative_id, r.milestone_id))
            row = self.codec.to_row(r)
            if existing:
                self._update(existing, {**row, "deleted_at": None})
                row_id = existing
            else:
                row_id = self._insert(row)
        return self.get(row_id)

    def for_milestone(self, milestone_id: int) -> list[Review]:
        return [self.codec.from_row(r) for r in self.store.query(
            "SELECT * FROM reviews WHERE milestone_id = ? AND deleted_at IS NULL ORDER BY id", (milestone_id,))]

    def for_initiative(self, initiative_id: int) -> list[Review]:
        return [self.codec.from_row(r) for r in self.store.query(
            "SELECT r.* FROM reviews r JOIN milestones m ON m.id = r.milestone_id "
            "WHERE r.initiative_id = ? AND r.deleted_at IS NULL ORDER BY m.year, m.id", (initiative_id,))]


# ----------------------------------------------------------------------------------------------
class DecisionRepo(BaseRepo):
    table, entity, label, label_column = "decisions", Decision, "quyết định", "number"

    def create(self, d: Decision) -> Decision:
        """Record a decision; the issuer's names default to the agency profile *as of now* and
        are stored with the decision, so a later rename of the agency never changes it."""
        d = dataclasses.replace(d)
        agency = self.store.settings.agency()
        # the agency's names only for a decision of the agency itself: an issuer from the catalog
        # (issuer_id) or another body named by hand keeps its own — an UBND tỉnh has no parent line
        if d.issuer_id is None and (not d.issuer_name or d.issuer_name == agency["issuing_body"]):
            d.issuer_name = d.issuer_name or agency["issuing_body"]
            d.issuer_parent = d.issuer_parent or agency["parent_body"]
            d.issuer_symbol = d.issuer_symbol or agency["symbol"]
        for f in dataclasses.fields(d):
            setattr(d, f.name, clean(getattr(d, f.name)))
        errors = rules.validate_decision(d)
        if d.form_id is not None and not self.store.scalar("SELECT 1 FROM award_forms WHERE id = ?", (d.form_id,)):
            errors["form_id"] = "Hình thức khen thưởng không tồn tại."
        if errors:
            raise ValidationError(errors)
        d.uuid = d.uuid or new_uuid()
        with self.store.tx():
            row_id = self._insert(self.codec.to_row(d))
        return self.get(row_id)

    def update(self, d: Decision) -> list[str]:
        for f in dataclasses.fields(d):
            setattr(d, f.name, clean(getattr(d, f.name)))
        errors = rules.validate_decision(d)
        if errors:
            raise ValidationError(errors)
        with self.store.tx():
            return self._update(d.id, self.codec.to_row(d, skip=("id", "uuid")))

    def by_number(self, number: str) -> list[Decision]:
        """Decisions whose number matches (diacritic/case-insensitive; "12" finds "12-QĐ/BDVTU")."""
        key = fold(number)
        rows = self.store.query("SELECT * FROM decisions WHERE deleted_at IS NULL AND "
                                "(number_fold = ? OR number_fold LIKE ?) ORDER BY signed_on DESC",
                                (key, key + "-%"))
        exact = [r for r in rows if r["number_fold"] == key]
        return [self.codec.from_row(r) for r in (exact or rows)]

    def list(self, milestone_id: int | None = None) -> list[Decision]:
        sql = "SELECT * FROM decisions WHERE deleted_at IS NULL"
        params: tuple = ()
        if milestone_id is not None:
            sql += " AND milestone_id = ?"
            params = (milestone_id,)
        return [self.codec.from_row(r) for r in self.store.query(sql + " ORDER BY signed_on, id", params)]

    def usage_count(self, row_id: int) -> int:
        return self.store.scalar("SELECT count(*) FROM awards WHERE decision_id = ? AND deleted_at IS NULL",
                                 (row_id,))


# ----------------------------------------------------------------------------------------------
class AwardRepo(BaseRepo):
    table, entity, label, label_column = "awards", Award, "khen thưởng", "recipient_name"

    def _prepare(self, a: Award, decision: Decision) -> dict:
        for f in dataclasses.fields(a):
            setattr(a, f.name, clean(getattr(a, f.name)))
        errors = rules.validate_award(a)
        if errors:
            raise ValidationError(errors)
        a.coefficient, a.base_salary, a.amount = self.store.award_forms.amount_for(
            decision.form_id, a.recipient_kind, decision.signed_on)
        if a.unit_id is not None and not a.unit_text:
            a.unit_text = self.store.units.valid_unit_for(a.unit_id, decision.signed_on).name
        return self.codec.to_row(a)

    def create(self, a: Award) -> Award:
        """Add a recipient to a decision; coefficient and amount come from the tables in force on
        the decision date and are stored with the row."""
        a = dataclasses.replace(a)
        with self.store.tx():
            decision = self.store.decisions.get(a.decision_id)
            a.uuid = a.uuid or new_uuid()
            row_id = self._insert(self._prepare(a, decision))
        return self.get(row_id)

    def update(self, a: Award) -> list[str]:
        """Save an edited award. Its money stays as computed when it was given (history is
        immutable) unless the decision or the recipient kind changed."""
        a = dataclasses.replace(a)
        with self.store.tx():
            old = self.get(a.id)
            decision = self.store.decisions.get(a.decision_id)
            row = self._prepare(a, decision)
            row.pop("uuid", None)
            if (old.decision_id, old.recipient_kind) == (a.decision_id, a.recipient_kind):
                row.update(coefficient=str(old.coefficient), base_salary=old.base_salary, amount=old.amount)
            return self._update(a.id, row)

    def for_decision(self, decision_id: int, order: str = "precedence") -> list[Award]:
        """Collectives first, then individuals; within each, by unit precedence then Vietnamese
        name order (``precedence``), pure A–Z (``az``) or the manual order (``manual``)."""
        order_sql = {
            "precedence": "coalesce(u.precedence, 100000), a.name_sort, a.id",
            "az": "a.name_sort, a.id",
            "manual": "coalesce(a.manual_order, 1e9), a.id",
        }[order]
        rows = self.store.query(
            "SELECT a.* FROM awards a LEFT JOIN units u ON u.id = a.unit_id "
            "WHERE a.decision_id = ? AND a.deleted_at IS NULL "
            f"ORDER BY CASE a.recipient_kind WHEN 'tap_the' THEN 0 ELSE 1 END, {order_sql}", (decision_id,))
        return [self.codec.from_row(r) for r in rows]

    def total(self, decision_id: int) -> int:
        return self.store.scalar("SELECT coalesce(sum(amount), 0) FROM awards WHERE decision_id = ? "
                                 "AND deleted_at IS NULL", (decision_id,))


# ----------------------------------------------------------------------------------------------
class DirectiveDocumentRepo(BaseRepo):
    table, entity, label, label_column = "directive_documents", DirectiveDocument, "văn bản", "number"

    def _clean(self, d: DirectiveDocument) -> DirectiveDocument:
        d = dataclasses.replace(d)
        for f in dataclasses.fields(d):
            setattr(d, f.name, clean(getattr(d, f.name)))
        if not d.number:
            raise ValidationError({"number": "Chưa nhập số, ký hiệu văn bản."})
        return d

    def create(self, d: DirectiveDocument) -> DirectiveDocument:
        d = self._clean(d)
        d.uuid = d.uuid or new_uuid()
        with self.store.tx():
            row_id = self._insert(self.codec.to_row(d))
        return self.get(row_id)

    def update(self, d: DirectiveDocument) -> list[str]:
        d = self._clean(d)
        with self.store.tx():
            return self._update(d.id, self.codec.to_row(d, skip=("id", "uuid")))

    def decision_ids(self, document_id: int) -> list[int]:
        """The decisions that rest on this document (live ones)."""
        return [r[0] for r in self.conn.execute(
            "SELECT dd.decision_id FROM decision_documents dd JOIN decisions d ON d.id = dd.decision_id "
            "WHERE dd.document_id = ? AND d.deleted_at IS NULL ORDER BY d.signed_on, d.id", (document_id,))]

    def set_decisions(self, document_id: int, decision_ids: Iterable[int]) -> None:
        """Link the document to exactly these decisions (one transaction, audited)."""
        wanted = list(dict.fromkeys(decision_ids))
        with self.store.tx():
            self._row(document_id)
            for did in wanted:
                if not self.store.scalar("SELECT 1 FROM decisions WHERE id = ? AND deleted_at IS NULL", (did,)):
                    raise NotFoundError(f"Không tìm thấy quyết định (mã số {did}).")
            current = {r[0]: r[1] for r in self.conn.execute(
                "SELECT decision_id, id FROM decision_documents WHERE document_id = ?", (document_id,))}
            self.store.bulk.insert("decision_documents", [
                {"decision_id": did, "document_id": document_id} for did in wanted if did not in current])
            for did, link_id in current.items():
                if did not in wanted:
                    self.conn.execute("DELETE FROM decision_documents WHERE id = ?", (link_id,))
                    self.store.audit.record(AuditAction.PURGE, "decision_documents", link_id,
                                            {"decision_id": did, "document_id": document_id}, None)

    def search(self, text: str = "") -> list[DirectiveDocument]:
        params = [f"%{like_escape(w)}%" for w in search_words(text)]
        where = "".join(" AND search_text LIKE ? ESCAPE '\\'" for _ in params)
        return [self.codec.from_row(r) for r in self.store.query(
            f"SELECT * FROM directive_documents WHERE deleted_at IS NULL{where} ORDER BY issued_on DESC, id",
            tuple(params))]


# ----------------------------------------------------------------------------------------------
class AttachmentRepo(BaseRepo):
    """Files attached to records, stored once by content hash beside the database."""

    table, entity, label, label_column = "attachments", Attachment, "tệp đính kèm", "file_name"
    OWNERS = ("initiatives", "awards", "decisions", "directive_documents")
    MAX_SIZE = 100_000_000  # bytes: photos and scans fit; a video does not belong in the database

    @property
    def root(self) -> Path:
        return attachments_dir(self.store.path)

    def path_of(self, a: Attachment) -> Path:
        from dvdesk.store.attachment_files import stored_path  # hardening: only a validated hash is a path

        return stored_path(self.root, a.sha256)

    def add(self, owner_table: str, owner_id: int, source: Path | str, caption: str = "") -> Attachment:
        source = Path(source)
        if owner_table not in self.OWNERS:
            raise ValidationError({"owner_table": "Loại bản ghi không nhận tệp đính kèm."})
        if not source.is_file():
            raise ValidationError({"file": f"Không đọc được tệp \"{source}\"."})
        size = source.stat().st_size
        if size > self.MAX_SIZE:
            mb = f"{size / 1e6:.1f}".replace(".", ",")
            raise ValidationError({"file": (
                f"Tệp \"{source.name}\" nặng {mb} MB, vượt giới hạn {self.MAX_SIZE // 1_000_000} MB cho một tệp "
                "đính kèm (cơ sở dữ liệu và các bản sao lưu sẽ phình to theo). Hãy nén lại, thu nhỏ ảnh hoặc "
                "quét với độ phân giải thấp hơn rồi đính kèm.")})
        digest = hashlib.sha256()
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        from dvdesk.store.attachment_files import stored_path  # hardening: only a validated hash is a path

        target = stored_path(self.root, sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
        with self.store.tx():
            if not self.store.scalar(f"SELECT 1 FROM {owner_table} WHERE id = ?", (owner_id,)):
                raise NotFoundError("Không tìm thấy bản ghi để đính kèm tệp.")
            row_id = self._insert({
                "sha256": sha, "file_name": clean(source.name), "size": source.stat().st_size,
                "mime": mimetypes.guess_type(source.name)[0] or "", "owner_table": owner_table,
                "owner_id": owner_id, "caption": clean(caption), "added_at": now_iso(),
            })
        return self.get(row_id)

    def list_for(self, owner_table: str, owner_id: int, include_deleted: bool = False) -> list[Attachment]:
        live = "" if include_deleted else " AND deleted_at IS NULL"
        return [self.codec.from_row(r) for r in self.store.query(
            f"SELECT * FROM attachments WHERE owner_table = ? AND owner_id = ?{live} ORDER BY id",
            (owner_table, owner_id))]

    def referenced_hashes(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT sha256 FROM attachments")}


# ----------------------------------------------------------------------------------------------
class AuditRepo:
    def __init__(self, store):
        self.store = store
        self.codec = Codec(AuditEntry)

    def record(self, action: str, table: str, row_id: int, before: dict | None, after: dict | None,
               changed: list[str] | None = None) -> None:
        self.record_many([(action, table, row_id, before, after, changed)])

    def record_many(self, entries: list[tuple]) -> None:
        """``(action, table, row id, before, after, changed)`` audit rows, stamped now and by this
        user; the open transaction learns what was written (its ``Changes``)."""
        if not entries:
            return
        stamp, user, dumps = now_iso(), self.store.user, json.dumps
        rows = []
        for action, table, row_id, before, after, changed in entries:
            if changed is None:
                keys = set(before or {}) | set(after or {})
                changed = sorted(k for k in keys if (before or {}).get(k) != (after or {}).get(k))
            rows.append((stamp, user, action, table, row_id, ",".join(changed),
                         dumps(before, ensure_ascii=False) if before is not None else None,
                         dumps(after, ensure_ascii=False) if after is not None else None))
        self.store.conn.executemany(
            "INSERT INTO audit_log(at, user, action, table_name, row_id, changed, before, after) VALUES (?,?,?,?,?,?,?,?)",
            rows)
        self.store.noted_many((e[0], e[1], e[2]) for e in entries)

    def _entry(self, r: dict) -> AuditEntry:
        return AuditEntry(at=r["at"], user=r["user"], action=r["action"], table_name=r["table_name"],
                          row_id=r["row_id"], changed=[c for c in r["changed"].split(",") if c],
                          before=json.loads(r["before"]) if r["before"] else None,
                          after=json.loads(r["after"]) if r["after"] else None, id=r["id"])

    def history(self, table: str, row_id: int) -> list[AuditEntry]:
        return [self._entry(r) for r in self.store.query(
            "SELECT * FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id", (table, row_id))]

    def recent(self, limit: int = 500) -> list[AuditEntry]:
        return [self._entry(r) for r in self.store.query(
            "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))]


# ----------------------------------------------------------------------------------------------
TRASH_TABLES = {
    # table: (Vietnamese kind, label SQL expression)
    "initiatives": ("Mô hình, điển hình", "code || ' — ' || name"),
    "awards": ("Khen thưởng", "recipient_name"),
    "decisions": ("Quyết định", "number"),
    "units": ("Đơn vị", "name"),
    "fields": ("Lĩnh vực", "name"),
    "blocks": ("Khối", "name"),
    "award_forms": ("Hình thức khen thưởng", "name"),
    "reviews": ("Kết quả đánh giá", "'#' || id"),
    "directive_documents": ("Văn bản", "number"),
    "attachments": ("Tệp đính kèm", "file_name"),
    "phases": ("Giai đoạn", "name"),
    "issuers": ("Cơ quan ban hành", "name"),
}


# Rows that belong to a record (its own history) and are removed with it when it is purged; real
# references from other records (e.g. an award citing an initiative) still refuse the purge.
PURGE_DEPENDENTS = {
    "initiatives": (
        "DELETE FROM initiative_status_log WHERE initiative_id = ?",
        "DELETE FROM reviews WHERE initiative_id = ?",
        "DELETE FROM attachments WHERE owner_table = 'initiatives' AND owner_id = ?",
    ),
    "decisions": ("DELETE FROM attachments WHERE owner_table = 'decisions' AND owner_id = ?",),
    "awards": ("DELETE FROM attachments WHERE owner_table = 'awards' AND owner_id = ?",),
}


class TrashRepo:
    """Soft-deleted rows of every table, with restore and (confirmed by the UI) purge."""

    def __init__(self, store):
        self.store = store

    def list(self) -> list[TrashItem]:
        parts = [f"SELECT '{t}' AS table_name, id, {expr} AS label, '{kind}' AS kind, deleted_at FROM {t} "
                 "WHERE deleted_at IS NOT NULL" for t, (kind, expr) in TRASH_TABLES.items()]
        rows = self.store.query(" UNION ALL ".join(parts) + " ORDER BY deleted_at DESC")
        return [TrashItem(r["table_name"], r["id"], r["label"], r["kind"], r["deleted_at"]) for r in rows]

    def _repo(self, table: str) -> BaseRepo:
        for repo in (self.store.initiatives, self.store.awards, self.store.decisions, self.store.units,
                     self.store.fields, self.store.blocks, self.store.award_forms, self.store.reviews,
                     self.store.documents, self.store.attachments, self.store.phases, self.store.issuers):
            if repo.table == table:
                return repo
        raise DvdeskError(f"Bảng \"{table}\" không có thùng rác.")

    def restore(self, table: str, row_id: int) -> None:
        self._repo(table).restore(row_id)

    def purge(self, table: str, row_id: int) -> None:
        """Remove a trashed row for good (the UI asks twice before calling this)."""
        repo = self._repo(table)
        with self.store.tx() as c:
            row = repo._row(row_id, include_deleted=True)
            if not row.get("deleted_at"):
                raise DvdeskError("Chỉ có thể xóa vĩnh viễn bản ghi đã ở trong thùng rác.")
            try:
                for sql in PURGE_DEPENDENTS.get(table, ()):  # the record's own history goes with it
                    c.execute(sql, (row_id,))
                c.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            except Exception as exc:  # sqlite3.IntegrityError: still referenced
                raise InUseError("Không thể xóa vĩnh viễn: bản ghi vẫn còn được tham chiếu (kể cả trong "
                                 "thùng rác). Hãy xóa các bản ghi phụ thuộc trước.", 1) from exc
            self.store.audit.record(AuditAction.PURGE, table, row_id, _jsonable(row), None)
