"""Schema migrations, applied in order by ``PRAGMA user_version``.

Each module ``vNNN_*.py`` defines ``upgrade(conn)`` that takes the schema from version NNN-1 to
NNN inside the transaction the caller opened. Never edit a migration that has shipped: add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from dvdesk.store.migrations import v001_initial, v002_issuers_reviews


def run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Execute several statements inside the current transaction.

    (``Connection.executescript`` would COMMIT first, breaking the migration's atomicity.)
    """
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    v001_initial.upgrade,
    v002_issuers_reviews.upgrade,
]

SCHEMA_VERSION = len(MIGRATIONS)
