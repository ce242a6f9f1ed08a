"""Award money: coefficient × base salary on the decision date, rounded up to 10,000 đ."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvdesk.domain import money
from dvdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("form", "kind", "when", "expected"),
    [
        ("GK_BDV_TINH", "ca_nhan", date(2025, 10, 10), (Decimal("0.3"), 710_000)),  # DOMAIN.md example
        ("GK_BDV_TINH", "tap_the", date(2025, 10, 10), (Decimal("0.6"), 1_410_000)),
        ("BK_UBND_TINH", "ca_nhan", date(2025, 10, 10), (Decimal("1.5"), 3_510_000)),
        ("BK_UBND_TINH", "tap_the", date(2025, 10, 10), (Decimal("3.0"), 7_020_000)),
        ("BK_UBND_TINH", "ca_nhan", date(2025, 6, 30), (Decimal("1.0"), 2_340_000)),  # before NĐ 152/2025
        ("BK_TW", "ca_nhan", date(2024, 6, 30), (Decimal("1.0"), 1_800_000)),  # salary 1.8 M until 30/6/2024
        ("GK_BDV_TINH", "ca_nhan", date(2023, 10, 12), (Decimal("0.3"), 540_000)),
        ("GK_BDV_TINH", "ca_nhan", date(2023, 6, 30), (Decimal("0.3"), 450_000)),  # 0.3 × 1,490,000 = 447,000
        ("BIEU_DUONG", "ca_nhan", date(2025, 10, 10), (Decimal(0), 0)),
    ],
)
def test_award_amount_table(form, kind, when, expected):
    assert money.award_amount(form, kind, when) == expected


def test_dated_tables_passed_in():
    salaries = [(date(2024, 7, 1), 2_340_000), (date(2026, 7, 1), 2_530_000)]
    assert money.award_amount("GK_BDV_TINH", "ca_nhan", date(2026, 8, 1), salaries) == (Decimal("0.3"), 760_000)


def test_errors_are_vietnamese():
    with pytest.raises(ValidationError, match="Không có hình thức"):
        money.award_amount("XYZ", "ca_nhan", date(2025, 1, 1))
    with pytest.raises(ValidationError, match="tập thể hoặc cá nhân"):
        money.award_amount("GK_BDV_TINH", "nhom", date(2025, 1, 1))
    with pytest.raises(ValidationError, match="lương cơ sở"):
        money.award_amount("GK_BDV_TINH", "ca_nhan", date(2019, 3, 1))
    with pytest.raises(ValidationError, match="chưa có hệ số"):
        money.award_amount("KNC", "tap_the", date(2025, 10, 1))
    with pytest.raises(ValidationError):
        money.round_up(-1)


@given(st.integers(min_value=0, max_value=10**12))
def test_round_up_properties(x):
    r = money.round_up(x)
    assert r % 10_000 == 0 and x <= r < x + 10_000


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10"), places=2),
       st.integers(min_value=1_000_000, max_value=5_000_000))
def test_amount_is_exact_decimal(coef, salary):
    form = money.AwardFormRates("X", "X", True, (money.Coefficient(date(2020, 1, 1), "ca_nhan", coef),))
    c, amount = money.award_amount(form, "ca_nhan", date(2025, 1, 1), [(date(2020, 1, 1), salary)])
    exact = coef * salary
    assert c == coef and amount >= exact and amount - exact < 10_000 and amount % 10_000 == 0
