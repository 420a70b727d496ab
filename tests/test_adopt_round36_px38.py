"""Round 36 (task px38): structural perturbations on the tuning layouts, found with
``benchmarks/adopt_perturb.py --structural``.

A finance tracker whose header ``Budget CHF | Ist CHF | Forecast CHF`` is wrapped over two
rows leaves ``CHF | CHF | CHF`` on the lower row under ``Budget | Ist | Forecast``. The
header finder weighs each reading by its labels' vocabulary, and told labels apart by
reading them in lower case: ``budget chf`` names no column (a currency's code is read only
in capitals), so the joined header said no more than the upper row alone, the upper row
was taken as the header and the table's lines were lost. Labels are now read as written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.detect import _vocabulary
from tests.adopt_sheets import adopt, book, finance_by_line, registers, targets

LINES = ["Aufzugsanlage", "Honorare", "Baumeister"]
MONTHS = ["Feb 2026", "Mar 2026", "Apr 2026"]


def _tracker(upper: list[object], lower: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Ersatz Personenaufzug Haus B"], [], upper, lower]
    for j, month in enumerate(MONTHS):
        for i, line in enumerate(LINES):
            budget = 1000.0 * (i + 1) + 10 * j
            rows.append([month, line, budget, budget + 50, budget + 70, "Teilrechnung"])
    return rows


def test_a_currency_code_under_each_amount_label_joins_the_two_rows(tmp_path: Path) -> None:
    upper: list[object] = [None, None, "Budget", "Ist", "Forecast", None]
    lower: list[object] = ["Monat", "Position", "CHF", "CHF", "CHF", "Bemerkung"]
    adoption = adopt(book(tmp_path / "kosten.xlsx", "Kosten", _tracker(upper, lower)))
    assert registers(adoption) == ["finance"]
    (table,) = adoption.report.adopted_tables
    read = targets(table)
    assert read["Budget CHF"] == "budget"
    assert read["Ist CHF"] == "actual"
    assert read["Forecast CHF"] == "forecast"
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    row = lines[(date(2026, 3, 1), "Honorare")]
    assert (row.budget, row.actual, row.forecast) == (2010.0, 2060.0, 2080.0)


def test_labels_weighed_as_written_not_in_lower_case() -> None:
    """A header's vocabulary reads ``Budget CHF`` as a budget (it read nothing before);
    labels differing only in case still count once; the near miss: the code written in
    lower case (``budget chf``, no currency's spelling) says nothing."""
    assert _vocabulary(["Budget CHF", "Ist CHF"]) == 2.0
    assert _vocabulary(["Budget CHF", "BUDGET chf"]) == 1.0
    assert _vocabulary(["budget chf"]) == 0.0
