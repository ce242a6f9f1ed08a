"""Shared pieces of the item models."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

# PySide6 6.12 on Python < 3.12 drops one reference to None each time C++ calls a Python
# ``data``/``headerData`` override that returns None (measured: -1 per call), so a view repainting
# a model eventually frees None and the interpreter aborts ("none_dealloc"). Each None returned
# by these models gives that reference back; an extra reference to None is harmless.
if sys.version_info < (3, 12):
    _py_incref = ctypes.pythonapi.Py_IncRef
    _py_incref.argtypes = [ctypes.py_object]
    _py_incref.restype = None
else:  # None is immortal
    _py_incref = None


def none_safe(method: Callable) -> Callable:
    """Decorate a model's ``data``/``headerData`` override (see the note above)."""
    if _py_incref is None:
        return method

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        result = method(*args, **kwargs)
        if result is None:
            _py_incref(None)
        return result

    return wrapper


class PagedIdModel(QAbstractTableModel):
    """A table over many records: it holds only their ordered ids and fetches the visible rows in
    pages (``PAGE`` rows, the last ``MAX_PAGES`` kept). Subclasses give ``_query()`` (the ids, in
    order), ``_fetch(ids)`` (their rows, in that order) and ``column_count()``.

    :meth:`replace_ids` re-queries without a model reset: persistent indexes (the view's selection
    and current cell) follow their record and the view keeps its scroll position.
    """

    PAGE = 200
    MAX_PAGES = 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()

    # -- to implement -------------------------------------------------------------------------
    def _query(self) -> list[int]:
        raise NotImplementedError

    def _fetch(self, ids: list[int]) -> list[dict]:
        raise NotImplementedError

    def column_count(self) -> int:
        raise NotImplementedError

    # -- rows ---------------------------------------------------------------------------------
    def _row(self, row: int) -> dict:
        page = row // self.PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(self._ids[page * self.PAGE:(page + 1) * self.PAGE])
            self._pages[page] = rows
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * self.PAGE]

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return list(self._ids)

    def reset_ids(self) -> None:
        """Query again with a model reset (a new filter, order or scope)."""
        self.beginResetModel()
        self._ids = self._query()
        self._pages.clear()
        self.endResetModel()

    def replace_ids(self, changed_ids: frozenset[int] | set[int] | None = None) -> None:
        """Records changed: query again without a reset. ``changed_ids``: the records written (None:
        any may have changed); when the ids stay the same only those rows are fetched again."""
        new_ids = self._query()
        last_col = self.column_count() - 1
        if new_ids == self._ids:
            if not new_ids:
                return
            if changed_ids is None:
                self._pages.clear()
                self.dataChanged.emit(self.index(0, 0), self.index(len(new_ids) - 1, last_col))
                return
            pos = {rid: row for row, rid in enumerate(new_ids)} if len(changed_ids) > 8 else None
            for rid in changed_ids:
                row = pos.get(rid) if pos is not None else (new_ids.index(rid) if rid in new_ids else None)
                if row is None:
                    continue
                self._pages.pop(row // self.PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_col))
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        pos = {rid: row for row, rid in enumerate(new_ids)}
        moved = []
        for idx in old:
            row = pos.get(self._ids[idx.row()]) if 0 <= idx.row() < len(self._ids) else None
            moved.append(self.index(row, idx.column()) if row is not None else QModelIndex())
        self._ids = new_ids
        self._pages.clear()
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    # -- Qt API -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()
