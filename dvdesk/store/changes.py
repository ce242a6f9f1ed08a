"""What a committed transaction changed: tables, row ids and actions, gathered from the audit rows.

Every write in the store leaves an audit row (who, when, table, row, action); the same call tells
the transaction's :class:`ChangeCollector`, and when the outermost transaction commits the store
turns the collected entries into a :class:`Changes` value. It is plain, immutable and Qt-free: the
CLI ignores it, the UI's operation runner hands it to every page, and a page refreshes only when a
table it shows is in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from dvdesk.domain.vocab import AuditAction

ACTIONS = tuple(AuditAction.codes())

# Tables whose rows belong to another table's record: a change to them is a change to that record
# as a page sees it (an initiative's status log, a unit's links, an award form's coefficients).
PARENT_TABLE = {
    "initiative_status_log": "initiatives",
    "unit_links": "units",
    "award_coefficients": "award_forms",
    "base_salaries": "award_forms",
    "milestones": "phases",
}


@dataclass(frozen=True)
class Changes:
    """``rows[table][action]`` = the ids written; ``everything`` = the whole database may differ
    (a restore, a reopened file, F5)."""

    rows: Mapping[str, Mapping[str, frozenset[int]]] = field(default_factory=lambda: MappingProxyType({}))
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def of(cls, entries: Iterable[tuple[str, str, int]]) -> Changes:
        """From ``(action, table, row id)`` entries."""
        acc: dict[str, dict[str, set[int]]] = {}
        for action, table, row_id in entries:
            acc.setdefault(table, {}).setdefault(action, set()).add(row_id)
        return cls(MappingProxyType({t: MappingProxyType({a: frozenset(ids) for a, ids in by.items()})
                                     for t, by in acc.items()}))

    @property
    def tables(self) -> frozenset[str]:
        """The tables written, with the tables their rows belong to (see ``PARENT_TABLE``)."""
        names = set(self.rows)
        names |= {PARENT_TABLE[t] for t in self.rows if t in PARENT_TABLE}
        return frozenset(names)

    def touches(self, *tables: str) -> bool:
        """True when any of ``tables`` changed (always, for ``everything``)."""
        if self.everything:
            return True
        mine = self.tables
        return any(t in mine for t in tables)

    def ids(self, table: str, *actions: str) -> frozenset[int]:
        by = self.rows.get(table, {})
        out: set[int] = set()
        for action, ids in by.items():
            if not actions or action in actions:
                out |= ids
        return frozenset(out)

    def count(self) -> int:
        return sum(len(ids) for by in self.rows.values() for ids in by.values())

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)

    def merged(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return Changes.all()
        return Changes.of([*self.entries(), *other.entries()])

    def entries(self) -> list[tuple[str, str, int]]:
        return [(a, t, i) for t, by in self.rows.items() for a, ids in by.items() for i in ids]

    def describe(self) -> str:
        """For logs and tests: ``initiatives: update 1; units: insert 2``."""
        if self.everything:
            return "everything"
        return "; ".join(f"{t}: " + ", ".join(f"{a} {len(ids)}" for a, ids in sorted(by.items()))
                         for t, by in sorted(self.rows.items()))


NO_CHANGES = Changes()


class ChangeCollector:
    """The entries of one transaction; savepoints can be rolled back to a mark."""

    def __init__(self) -> None:
        self._entries: list[tuple[str, str, int]] = []

    def extend(self, entries: Iterable[tuple[str, str, int]]) -> None:
        self._entries.extend(entries)

    def mark(self) -> int:
        return len(self._entries)

    def rollback_to(self, mark: int) -> None:
        del self._entries[mark:]

    def build(self) -> Changes:
        return Changes.of(self._entries) if self._entries else NO_CHANGES
