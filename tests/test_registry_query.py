"""The registry's id query walks the (deleted_at, code|name) index for its common shape — the same rows in
the same order as the planner's own plan, for every filter and order."""

from __future__ import annotations

import pytest

from dvdesk.store.repositories import _live_order_index
from dvdesk.store.search import InitiativeFilter, order_clause, where_clause


def _plain_ids(store, f, order):
    where, params = where_clause(f)
    order_sql = order_clause(order)
    joins = " LEFT JOIN units u ON u.id = i.unit_id" if "u." in order_sql else ""
    return [r for (r,) in store.conn.execute("SELECT i.id FROM initiatives i" + joins + where + order_sql, params)]


@pytest.mark.parametrize("text", ["", "dan", "dan van", "ca", "nong thon", "khong co gi nhu the nay"])
@pytest.mark.parametrize("order", [None, [("code", False)], [("name", True)], [("name", False)],
                                   [("unit_name", True)], [("year", True)]])
def test_same_rows_same_order(demo_store_session, text, order):
    f = InitiativeFilter(text=text)
    assert demo_store_session.initiatives.search_ids(f, order) == _plain_ids(demo_store_session, f, order)


def test_the_hint_only_for_the_common_shape(demo_store_session):
    s = demo_store_session
    assert _live_order_index(InitiativeFilter(text="dan"), None) == " INDEXED BY initiatives_live_code"
    assert _live_order_index(InitiativeFilter(), [("name", False)]) == " INDEXED BY initiatives_live_name"
    assert _live_order_index(InitiativeFilter(text="dan", year=2024), None) == ""  # the planner's choice
    assert _live_order_index(InitiativeFilter(include_deleted=True), None) == ""
    assert _live_order_index(InitiativeFilter(), [("code", True), ("name", True)]) == ""
    year = InitiativeFilter(text="dan", year=2024)
    assert s.initiatives.search_ids(year) == _plain_ids(s, year, None)
    where, params = where_clause(InitiativeFilter(text="dan"))
    plan = " ".join(r[3] for r in s.conn.execute(
        "EXPLAIN QUERY PLAN SELECT i.id FROM initiatives i INDEXED BY initiatives_live_code" + where
        + order_clause(None), params))
    assert "COVERING INDEX initiatives_live_code" in plan and "TEMP B-TREE" not in plan
