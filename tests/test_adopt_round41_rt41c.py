"""Red team of round 41 (task rt41c): t52c's finance rules attacked with the near misses a
PMO's other finance workbooks hold, and the same shapes in other languages. Each attack a
small workbook built here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, finance_by_line, only, targets
from tests.test_adopt_round41_t52c import _burn, _claims


def _claims_with(header: str, values: list[object]) -> list[list[object]]:
    rows = _claims(header)
    for row, value in zip(rows[4:], values, strict=True):
        row[2] = value
    return rows


_AMOUNTS: list[object] = [1200.0, 900.0, 1250.0, 950.0, 1500.0, 700.0]


@pytest.mark.parametrize(
    ("header", "values"),
    [
        # a count of the changes approved, no money
        ("Approved change requests", [3, 1, 4, 2, 5, 2]),
        # a share of the allocation or of the budget used, written as fractions
        ("Allocation %", [0.4, 0.6, 0.5, 0.5, 0.3, 0.7]),
        ("Budget used", [0.4, 0.6, 0.5, 0.5, 0.3, 0.7]),
        # the budget's code, version: attributes of the line, no amount
        ("Budget code", [4100, 4200, 4100, 4200, 4100, 4200]),
        ("Budget version", [1, 2, 1, 2, 1, 2]),
        # what is left of the budget, in English and the other languages
        ("Budget to go", _AMOUNTS),
        ("Budget restant", _AMOUNTS),
        ("Presupuesto restante", _AMOUNTS),
        ("Budget residuo", _AMOUNTS),
        ("Orçamento restante", _AMOUNTS),
        ("Verbleibendes Budget", _AMOUNTS),
        # another year's budget, no month's of this one
        ("Last year budget", _AMOUNTS),
        ("Budget last year", _AMOUNTS),
        ("Budget 2025", _AMOUNTS),
        ("Budget Vorjahr", _AMOUNTS),
        ("Budget année précédente", _AMOUNTS),
        ("Presupuesto año anterior", _AMOUNTS),
        ("Budget anno precedente", _AMOUNTS),
        ("Orçamento ano anterior", _AMOUNTS),
        # quantities and rates, no amounts
        ("Budget units", [12, 15, 30, 35, 40, 50]),
        ("Budget qty", [12, 15, 30, 35, 40, 50]),
        ("Budget rate", [85.0, 85.0, 90.0, 90.0, 95.0, 95.0]),
    ],
)
def test_a_column_naming_more_than_the_measure_is_no_months_measure(
    tmp_path: Path, header: str, values: list[object]
) -> None:
    """Near misses of the measure-vocabulary rule: a header naming the budget beside a
    count, a share, an attribute, what is left, another year or a quantity names no month's
    budget (before: each read as the budget, the months' budgets a count, a code, a rate)."""
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", _claims_with(header, values)))
    assert targets(only(adoption))[header] is None
    assert finance_by_line(adoption)[(date(2026, 1, 1), "Signage")].budget is None


@pytest.mark.parametrize(
    "header",
    [
        "Approved Allocation",
        "Budget genehmigt",
        "Budget approuvé",
        "Budget révisé",
        "Presupuesto aprobado",
        "Budget approvato",
        "Orçamento aprovado",
    ],
)
def test_an_approved_or_revised_budget_in_every_language_is_the_budget(
    tmp_path: Path, header: str
) -> None:
    """What the rule should read, in English, German, French, Spanish, Italian and
    Portuguese: the approved or revised budget beside the month's spend."""
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", _claims_with(header, _AMOUNTS)))
    assert targets(only(adoption))[header] == "budget"
    assert finance_by_line(adoption)[(date(2026, 1, 1), "Signage")].budget == 1200.0


@pytest.mark.parametrize("marks", [("Pres.", "Real"), ("Orç.", "Real."), ("Pres", "Real")])
def test_spanish_and_portuguese_short_budgets_under_each_line(
    tmp_path: Path, marks: tuple[str, str]
) -> None:
    """The burn sheet's ``Bud | Act`` in Spanish (``Pres.``, presupuesto) and Portuguese
    (``Orç.``, orçamento) beside the actual (``Real``): the line's budget and actual (before:
    ``Bottling line Pres.`` a line of its own, its amounts no measure's)."""
    path = book(tmp_path / "burn.xlsx", "Burn", _burn(marks), ("B4:C4", "D4:E4"))
    got = finance_by_line(adopt(path))
    assert set(line for _, line in got) == {"Bottling line", "Electrical"}
    assert got[(date(2026, 3, 1), "Bottling line")].budget == 100
    assert got[(date(2026, 3, 1), "Bottling line")].actual == 170
    assert got[(date(2026, 4, 1), "Electrical")].budget == 80


@pytest.mark.parametrize("marks", [("Act", "Scene"), ("Est.", "Act"), ("Gold", "Silver")])
def test_an_act_of_a_play_an_establishment_or_grades_stay_labels(
    tmp_path: Path, marks: tuple[str, str]
) -> None:
    """Near misses (held): ``Act | Scene``, ``Est. | Act`` and ``Gold | Silver`` under each
    group are no measures: each a line of its own, as before."""
    path = book(tmp_path / "burn.xlsx", "Burn", _burn(marks), ("B4:C4", "D4:E4"))
    lines = {line for _, line in finance_by_line(adopt(path))}
    assert "Bottling line" not in lines
    assert f"Bottling line {marks[0]}" in lines


def _ragged(kinds: list[str], header: str = "Type") -> list[list[object]]:
    rows: list[list[object]] = [["Suivi 2026"], [], []]
    rows.append(["Code", "Poste", header, "Jan 2026", "Feb 2026", "Mar 2026"])
    rows.append([1, "Gros oeuvre", kinds[0], 100, 200, 300])
    rows.append([1, "Gros oeuvre", kinds[1], 110, 190, None])
    rows.append([1, "Gros oeuvre", kinds[2], None, None, 280])
    rows.append([2, "Études", kinds[0], 50, 60, 70])
    rows.append([2, "Études", kinds[1], 55, 65, None])
    return rows


@pytest.mark.parametrize(
    "kinds",
    [
        ["Budget", "Réel", "Reste à faire"],
        ["Presupuesto", "Real", "Previsión"],
        ["Budget", "Consuntivo", "Previsione"],
        ["Orçamento", "Realizado", "Previsão"],
    ],
)
def test_a_ragged_measure_column_in_other_languages(tmp_path: Path, kinds: list[str]) -> None:
    """Held: the ragged measure column in French, Spanish, Italian and Portuguese, the line
    still running keeping its third measure, the finished one two."""
    adoption = adopt(book(tmp_path / "suivi.xlsx", "Suivi", _ragged(kinds)))
    assert targets(only(adoption))["Type"] == "measure"
    got = finance_by_line(adoption)
    assert got[(date(2026, 3, 1), "Gros oeuvre")].budget == 300
    assert got[(date(2026, 3, 1), "Gros oeuvre")].forecast == 280
    assert got[(date(2026, 1, 1), "Études")].actual == 55


def test_a_type_column_of_repeating_categories_is_no_measure_column(tmp_path: Path) -> None:
    """Near miss (held): categories that repeat under each line (``Material | Lohn |
    Fremd``, then ``Material | Lohn``) are no ragged measure column."""
    rows = _ragged(["Material", "Lohn", "Fremdleistung"], "Art")
    adoption = adopt(book(tmp_path / "art.xlsx", "Suivi", rows))
    assert targets(only(adoption))["Art"] != "measure"


@pytest.mark.parametrize(
    "line",
    ["Figures exclude GST", "Amounts in NZD and AUD", "Approved by CFO", "EUR/USD rate 1.08"],
)
def test_a_line_closing_on_capitals_that_names_no_unit(tmp_path: Path, line: str) -> None:
    """Near misses (held): a tax, two currencies, a title's capitals, a rate name no
    project currency."""
    from tests.test_adopt_round41_t52c import _ev

    assert adopt(book(tmp_path / "ev.xlsx", "EV", _ev(line))).project.header.currency is None


@pytest.mark.parametrize("title", ["Budget 2026 ($ see note 3)", "Budget 2026 (£/€ both)"])
def test_a_bracket_whose_first_note_is_no_one_sign(tmp_path: Path, title: str) -> None:
    """Near misses (held): the dollar (several currencies) and two signs state none."""
    rows: list[list[object]] = [[title], [], ["Cost line", "Jan 2026", "Feb 2026"]]
    rows += [["Design", 100, 200], ["Build", 300, 400]]
    assert adopt(book(tmp_path / "b.xlsx", "Budget", rows)).project.header.currency is None


@pytest.mark.parametrize(
    ("header", "value"), [("Sanctioned by", "J. Murphy"), ("Phased handover date", "2026-09-30")]
)
def test_a_sanctioned_by_or_phased_date_column_is_no_measure(
    tmp_path: Path, header: str, value: str
) -> None:
    """Near misses (held): a person who sanctioned and a phased date beside the allocation
    are no measure; the allocation is still the budget."""
    rows = _claims_with("Approved Allocation", _AMOUNTS)
    rows[3].append(header)
    for row in rows[4:]:
        row.append(value)
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", rows))
    got = targets(only(adoption))
    assert got[header] not in ("budget", "actual", "forecast")
    assert got["Approved Allocation"] == "budget"
