"""Award money: coefficient × base salary in force on the decision date, rounded up to 10,000 đ.

The tables here are the *defaults* seeded into a new database (DOMAIN.md §3); the database holds
the editable, dated copies and passes them in. An award row stores the coefficient and amount it
was given, so a later change of rules never alters history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal

from dvdesk.domain.errors import ValidationError
from dvdesk.domain.vocab import SubjectKind

ROUND_TO = 10_000

# Mức lương cơ sở (dated). Nghị định 38/2019, 24/2023, 73/2024.
BASE_SALARIES: tuple[tuple[date, int], ...] = (
    (date(2019, 7, 1), 1_490_000),
    (date(2023, 7, 1), 1_800_000),
    (date(2024, 7, 1), 2_340_000),
)

ND98_FROM = date(2023, 10, 15)  # Nghị định 98/2023/NĐ-CP
ND152_FROM = date(2025, 7, 1)  # Nghị định 152/2025/NĐ-CP


@dataclass(frozen=True)
class Coefficient:
    valid_from: date
    recipient_kind: str  # a SubjectKind code
    coefficient: Decimal
    basis: str = ""


@dataclass(frozen=True)
class AwardFormRates:
    """An award form with its dated coefficients (what the money computation needs)."""

    code: str
    name: str
    carries_money: bool = True
    coefficients: tuple[Coefficient, ...] = field(default_factory=tuple)


def _pair(d: date, individual: str, basis: str) -> tuple[Coefficient, Coefficient]:
    ind = Decimal(individual)
    return (Coefficient(d, SubjectKind.CA_NHAN, ind, basis), Coefficient(d, SubjectKind.TAP_THE, ind * 2, basis))


def _rates(code: str, name: str, before: str, after: str) -> AwardFormRates:
    return AwardFormRates(
        code, name, True,
        (*_pair(date(2019, 1, 1), before, "NĐ 91/2017, NĐ 98/2023"),
         *_pair(ND152_FROM, after, "NĐ 152/2025")),
    )


# Default catalog of award forms used for "Dân vận khéo" (editable in the database).
DEFAULT_FORMS: dict[str, AwardFormRates] = {
    f.code: f
    for f in (
        _rates("BK_TW", "Bằng khen của Ban Tuyên giáo và Dân vận Trung ương", "1.0", "1.5"),
        _rates("BK_UBND_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "1.0", "1.5"),
        _rates("GK_BDV_TINH", "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy", "0.3", "0.3"),
        _rates("GK_HUYEN_UY", "Giấy khen của Ban Thường vụ Huyện ủy", "0.3", "0.3"),
        _rates("GK_UBND_HUYEN", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "0.3", "0.3"),
        _rates("GK_UBND_XA", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "0.3", "0.3"),
        AwardFormRates(
            "KNC", "Kỷ niệm chương \"Vì sự nghiệp Dân vận\"", True,
            (Coefficient(date(2019, 1, 1), SubjectKind.CA_NHAN, Decimal("0.6"), "tối đa 0,6"),),
        ),
        AwardFormRates("BIEU_DUONG", "Biểu dương", False, ()),
    )
}


def base_salary_on(when: date, table: Iterable[tuple[date, int]] | None = None) -> int:
    """The base salary in force on ``when`` (the latest row whose date is not after it)."""
    rows = sorted(table if table is not None else BASE_SALARIES)
    current = None
    for valid_from, amount in rows:
        if valid_from <= when:
            current = amount
    if current is None:
        raise ValidationError(
            f"Không có mức lương cơ sở áp dụng cho ngày {when:%d/%m/%Y}: hãy bổ sung bảng lương cơ sở.",
            "base_salary",
        )
    return current


def coefficient_on(form: AwardFormRates, recipient_kind: str, when: date) -> Decimal:
    """The coefficient of ``form`` for ``recipient_kind`` in force on ``when``; 0 when it carries no money."""
    if not form.carries_money:
        return Decimal(0)
    best: Coefficient | None = None
    for c in form.coefficients:
        if c.recipient_kind == recipient_kind and c.valid_from <= when and (
            best is None or c.valid_from > best.valid_from
        ):
            best = c
    if best is None:
        who = SubjectKind.label_of(recipient_kind).lower()
        raise ValidationError(
            f"Hình thức \"{form.name}\" chưa có hệ số cho {who} áp dụng ngày {when:%d/%m/%Y}.",
            "coefficient",
        )
    return best.coefficient


def round_up(amount: Decimal | int | float, step: int = ROUND_TO) -> int:
    """Round a non-negative amount up to the next multiple of ``step`` (đồng)."""
    value = Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)
    if value < 0:
        raise ValidationError("Số tiền không được âm.", "amount")
    units = (value / step).to_integral_value(rounding=ROUND_CEILING)
    return int(units) * step


def award_amount(
    form: AwardFormRates | str,
    recipient_kind: str,
    decision_date: date,
    base_salaries: Sequence[tuple[date, int]] | None = None,
) -> tuple[Decimal, int]:
    """(coefficient, amount in đồng) for an award, from the dated tables.

    >>> award_amount("GK_BDV_TINH", "ca_nhan", date(2025, 10, 10))
    (Decimal('0.3'), 710000)
    """
    if SubjectKind.get(recipient_kind) is None:
        raise ValidationError("Đối tượng khen thưởng phải là tập thể hoặc cá nhân.", "recipient_kind")
    if isinstance(form, str):
        try:
            form = DEFAULT_FORMS[form]
        except KeyError:
            raise ValidationError(f"Không có hình thức khen thưởng mã \"{form}\".", "award_form") from None
    coefficient = coefficient_on(form, recipient_kind, decision_date)
    if coefficient == 0:
        return coefficient, 0
    salary = base_salary_on(decision_date, base_salaries)
    return coefficient, round_up(coefficient * salary)


