"""Regression: PySide6 on Python < 3.12 lost a reference to None per data() call returning None,
until the interpreter aborted ("none_dealloc"). Every model must keep None's count from falling."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSortFilterProxyModel, Qt

from dvdesk.qtmodels.initiatives import InitiativeTableModel


def test_data_returning_none_does_not_leak_references_to_none(demo_store):
    model = InitiativeTableModel(demo_store)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
        assert proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None
    assert sys.getrefcount(None) >= before - 50  # without the guard: about 6,000 lower
