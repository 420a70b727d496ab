"""Round 22's last hour (issue 15): the twenty-fifth batch's misses (tool exports and
workbooks in other languages), mended by general rules. Each rule is tried on workbooks
written for these tests (no benchmark layout), with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line

# ---------------------------------------------------------------------------------------
# A finance table's month groups continue across an empty spacer column
# ---------------------------------------------------------------------------------------

_LINES = ["Civil works", "Design", "Supervision"]


def _spaced_budget(path: Path, right_fields: tuple[str, str], group: bool = True) -> Path:
    """A budget-vs-actual sheet: ``Mar 2026`` over ``Budget | Actual``, an empty column,
    then ``Apr 2026`` (or nothing, ``group`` false) over ``right_fields``."""
    rows: list[list[object]] = [["Depot upgrade - budget vs actual"], []]
    rows.append([None, "Mar 2026", None, None, "Apr 2026" if group else None, None])
    rows.append(["Cost line", "Budget", "Actual", None, *right_fields])
    for n, line in enumerate(_LINES):
        rows.append([line, 1000.0 * (n + 1), 900.0 * (n + 1), None, 2000.0 * (n + 1), 1500.0])
    return book(path, "BvA", rows, ("B3:C3", "E3:F3") if group else ("B3:C3",))


def test_month_groups_across_a_spacer_column_are_one_finance_table(tmp_path: Path) -> None:
    adoption = adopt(_spaced_budget(tmp_path / "s.xlsx", ("Budget", "Actual")))
    got = finance_by_line(adoption)
    assert got[(date(2026, 3, 1), "Design")].budget == 2000.0
    assert got[(date(2026, 4, 1), "Design")].budget == 4000.0
    assert got[(date(2026, 4, 1), "Supervision")].actual == 1500.0
    assert len(adoption.project.items("finance")) == 6


def test_a_part_without_a_month_over_it_stays_apart(tmp_path: Path) -> None:
    # near-miss: the same measures right of the spacer but no month above them (a
    # year-to-date pair): never April's figures
    adoption = adopt(_spaced_budget(tmp_path / "n.xlsx", ("Budget", "Actual"), group=False))
    got = finance_by_line(adoption)
    assert {month for month, _ in got} == {date(2026, 3, 1)}


def test_a_part_with_a_field_of_its_own_stays_apart(tmp_path: Path) -> None:
    # near-miss: under a month, but a field the left part has under no month (a second
    # table's own columns): not more months of this table
    adoption = adopt(_spaced_budget(tmp_path / "f.xlsx", ("Budget", "Headcount")))
    got = finance_by_line(adoption)
    assert {month for month, _ in got} == {date(2026, 3, 1)}


# ---------------------------------------------------------------------------------------
# Portuguese "Orçamentado" (budgeted, as Angola and Mozambique write it) is the budget
# ---------------------------------------------------------------------------------------


def _execucao(path: Path, budget_word: str) -> Path:
    """A Portuguese budget execution: ``budget_word`` and ``Realizado`` over two months."""
    rows: list[list[object]] = [["Execução do projecto"], []]
    rows.append([None, budget_word, None, "Realizado", None])
    rows.append(["Rubrica", "jan/26", "fev/26", "jan/26", "fev/26"])
    rows.append(["Obras", 500.0, 600.0, 450.0, 610.0])
    rows.append(["Estudos", 300.0, 200.0, 280.0, 190.0])
    return book(path, "Execução", rows, ("B3:C3", "D3:E3"))


def test_orcamentado_over_months_is_the_budget(tmp_path: Path) -> None:
    got = finance_by_line(adopt(_execucao(tmp_path / "o.xlsx", "Orçamentado")))
    assert got[(date(2026, 2, 1), "Obras")].budget == 600.0
    assert got[(date(2026, 2, 1), "Obras")].actual == 610.0
    assert got[(date(2026, 1, 1), "Estudos")].budget == 300.0


def test_an_unknown_group_word_is_no_budget(tmp_path: Path) -> None:
    # near-miss: a group word that is no budget (committed, "Cativado") is not read as one
    got = finance_by_line(adopt(_execucao(tmp_path / "c.xlsx", "Cativado")))
    assert all(line.budget is None for line in got.values())
