"""Round 11: amounts as finance people write them, decided per column and held in the
mapping file (docs/adopt.md, "Round 11: mechanisms (values read per column)").

The unit a header states (``Budget (£k)``, ``Cost £000s``, ``in TEUR``, ``($M)``) scales the
column, is stated in the report and saved as the ``amount_units`` reading; the decimal mark a
column's amounts show is saved as ``decimal_marks``, so next month's ``2.500`` column reads
as this month's did. Every shape here was written for this test, not taken from a batch.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from addin.adopt import adopt_file
from addin.adopt.amounts import currency_in, has_own_unit, parse_amount
from addin.adopt.classify import converter_for
from addin.adopt.readings import ValueReadings
from addin.adopt.units import header_unit
from addin.errors import UsageError
from addin.layout import REGISTERS_BY_KEY, Column
from addin.standards import default_standards


@pytest.mark.parametrize(
    ("header", "factor", "words"),
    [
        ("Budget (£k)", 1e3, "£k"),
        ("Cost £000s", 1e3, "£000s"),
        ("Cost (£000)", 1e3, "£000"),
        ("Forecast £'000", 1e3, "£'000"),
        ("Cost (000's)", 1e3, "000's"),
        ("Amount (k€)", 1e3, "k€"),
        ("Kosten in TEUR", 1e3, "TEUR"),
        ("Budget (T€)", 1e3, "T€"),
        ("Budget (kUSD)", 1e3, "kUSD"),
        ("Cost (EUR thousands)", 1e3, "thousands"),
        ("Budget in k", 1e3, "in k"),
        ("Budget ($M)", 1e6, "$M"),
        ("Budget (€m)", 1e6, "€m"),
        ("Budget $MM", 1e6, "$MM"),
        ("Budget (Mio. €)", 1e6, "Mio."),
        ("Budget (USD millions)", 1e6, "millions"),
        ("Budget (£bn)", 1e9, "£bn"),
        ("Budget Mrd.", 1e9, "Mrd."),
        ("Budget (lakhs)", 1e5, "lakhs"),
        ("Budget (crore)", 1e7, "crore"),
        # a letter that folds to two (ß -> ss) before the unit: the header's own words
        ("Maß Budget (TEUR)", 1e3, "TEUR"),
        ("Größe (£k)", 1e3, "£k"),
    ],
)
def test_the_unit_a_header_states(header: str, factor: float, words: str) -> None:
    assert header_unit(header) == (factor, words)


@pytest.mark.parametrize(
    "header",
    [
        "Budget",
        "Cost (GBP)",
        "Cost (£)",
        "M1 Budget",  # a month, not millions
        "Kosten",
        "Cost (T&M)",  # time and materials
        "Budget 2026",
        "Budget FY2000",
        "Cost per 1000 users",
        "Milestone payments",
        "Budget (£k) in millions",  # two units: the header contradicts itself
    ],
)
def test_a_header_without_a_unit_states_none(header: str) -> None:
    assert header_unit(header) is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1'234.50", 1234.5),  # Swiss
        ("CHF 1'200.-", 1200.0),  # Swiss, no cents
        ("1\u00a0234,50", 1234.5),  # a no-break space between thousands
        ("1 234 567", 1234567.0),
        ("1,23,456", 123456.0),  # Indian grouping
        ("₹1,23,456", 123456.0),
        ("(1,234)", -1234.0),
        ("1,234-", -1234.0),
        ("-£1,234", -1234.0),
        ("(£1,234.00)", -1234.0),
        ("€ -1.234,00", -1234.0),
        ("12k", 12000.0),
        ("12 K€", 12000.0),
        ("12 TEUR", 12000.0),
        ("12 T€", 12000.0),
        ("1,2 Mio. EUR", 1200000.0),
        ("$1.2MM", 1200000.0),
        ("2bn", 2e9),
        ("1.2 Mrd", 1.2e9),
        ("5 lakh", 500000.0),
        ("₹ 3.5 crores", 35000000.0),
    ],
)
def test_amounts_as_finance_people_write_them(text: str, amount: float) -> None:
    assert parse_amount(text) == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("PLN 1 234,50", 1234.5, "PLN"),
        ("1 234,50 zł", 1234.5, "PLN"),
        ("12 500 Kč", 12500.0, "CZK"),
        ("HUF 1 200 000", 1200000.0, "HUF"),
        ("1 200 Ft", 1200.0, "HUF"),
        ("50 lei", 50.0, "RON"),
        ("1 234,56 ₽", 1234.56, "RUB"),
        ("1 234 руб.", 1234.0, "RUB"),
        ("50 грн", 50.0, "UAH"),
        ("₺1.234,56", 1234.56, "TRY"),
        ("₩1,200,000", 1200000.0, "KRW"),
        ("₪ 1,200", 1200.0, "ILS"),
        ("R$ 1.234,56", 1234.56, "BRL"),
        ("BRL 1.234,56", 1234.56, "BRL"),
        ("MXN 1,200.50", 1200.5, "MXN"),
        ("US$ 1,200", 1200.0, "USD"),
        ("A$1,200", 1200.0, "AUD"),
        ("C$ 1,200", 1200.0, "CAD"),
        ("HK$1,200", 1200.0, "HKD"),
        ("NZ$ 50", 50.0, "NZD"),
        ("S$ 50", 50.0, "SGD"),
        ("Fr. 1'200.00", 1200.0, "CHF"),
        ("RM 50", 50.0, "MYR"),
        ("Rp 50.000", 50000.0, "IDR"),
        ("AED 1,200", 1200.0, "AED"),
        ("CNY 1,200", 1200.0, "CNY"),
        ("1.234 kr", 1234.0, None),  # a krona or a krone: which, the text does not say
    ],
)
def test_currencies_of_every_country_before_or_after(
    text: str, amount: float, currency: str | None
) -> None:
    assert parse_amount(text) == pytest.approx(amount)
    assert currency_in(text) == currency


def test_a_column_of_zloty_lists_a_cell_in_euros() -> None:
    convert, _ = converter_for(_budget(), ["1 234,50 zł"], "Budget", default_standards())
    assert convert("1 234,50 zł").value == 1234.5
    assert "is in EUR where this column's amounts are in PLN" in (convert("€ 500").problem or "")


@pytest.mark.parametrize(
    "text", ["12.", "T 12", "12 Tage", "?", "TBD", "+44 20 7946 0958", "12 ft", "rm 50", "12 km"]
)
def test_text_that_is_no_amount(text: str) -> None:
    assert parse_amount(text) is None


def _budget() -> Column:
    return next(c for c in REGISTERS_BY_KEY["finance"].columns if c.key == "budget")


def test_a_column_in_thousands_is_scaled_once_and_said() -> None:
    values = ["12", "7.5", "£3k", 4]
    convert, note = converter_for(_budget(), values, "Budget (£k)", default_standards())
    # "£3k" carries its own unit: 3,000, not 3,000,000
    assert [convert(v).value for v in values] == [12000.0, 7500.0, 3000.0, 4000.0]
    assert has_own_unit("£3k") and not has_own_unit("£3")
    assert note is not None and "amounts in thousands, as the header says ('£k')" in note


def test_question_marks_and_tbd_are_no_amount_and_said() -> None:
    convert, _ = converter_for(_budget(), ["?", "TBD"], "Budget", default_standards())
    assert convert("?").value is None and convert("?").problem is None
    assert "means no amount" in (convert("TBD").note or "")


# ---------------------------------------------------------------------------------------
# End to end: the readings in the mapping file, next month, edited by a PMO
# ---------------------------------------------------------------------------------------


def _long_tracker(path: Path, header: str, rows: list[tuple[str, str, object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Finance"
    sheet.append(["Month", "Cost Line", header, "Actual"])
    for month, line, amount in rows:
        sheet.append([month, line, amount, None])
    book.save(path)
    return path


def test_a_unit_travels_in_the_mapping_file_and_a_pmo_can_change_it(tmp_path: Path) -> None:
    std = default_standards()
    march = _long_tracker(
        tmp_path / "march.xlsx",
        "Budget (£k)",
        [("Jan-26", "Labour", 12), ("Feb-26", "Labour", "7.5"), ("Mar-26", "Hardware", "£3k")],
    )
    before = march.read_bytes()
    first = adopt_file(march, tmp_path / "march.adopted.xlsx", std)
    assert sorted(line.budget for line in first.project.finance) == [3000.0, 7500.0, 12000.0]
    text = "\n".join(first.report.lines(limit=200))
    assert "reading: amounts of column 'budget (£k)': x 1,000 (the header's unit)" in text
    mapping_path = tmp_path / "march.adopted.mapping.json"
    saved = json.loads(mapping_path.read_text(encoding="utf-8"))["readings"]
    assert saved["amount_units"] == {"budget (£k)": 1000.0}
    assert march.read_bytes() == before  # the source is never changed

    # next month: the same mapping reads the same way
    april = _long_tracker(
        tmp_path / "april.xlsx", "Budget (£k)", [("Apr-26", "Labour", 11), ("May-26", "Labour", 9)]
    )
    again = adopt_file(april, tmp_path / "april.adopted.xlsx", std, mapping_path=mapping_path)
    assert sorted(line.budget for line in again.project.finance) == [9000.0, 11000.0]

    # the PMO finds the figures were pounds after all: one line, and re-run
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    data["readings"]["amount_units"]["budget (£k)"] = 1
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    edited = adopt_file(april, tmp_path / "edited.xlsx", std, mapping_path=mapping_path)
    assert sorted(line.budget for line in edited.project.finance) == [9.0, 11.0]


def test_months_across_under_a_group_label_in_thousands(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cost Plan"
    sheet.append(["Cost Plan FY2026"])
    sheet.append([])
    sheet.append(["", "Budget (£k)", "", ""])
    sheet.append(["Cost Line", "Jan-26", "Feb-26", "Mar-26"])
    sheet.append(["Labour", 10, 12, "£1.5k"])
    sheet.append(["Hardware", 4, 0, 2.5])
    sheet.merge_cells("B3:D3")
    source = tmp_path / "plan.xlsx"
    book.save(source)
    adoption = adopt_file(source, tmp_path / "plan.adopted.xlsx", default_standards())
    budgets = {(f.cost_line, f.month.month): f.budget for f in adoption.project.finance}
    assert budgets[("Labour", 1)] == 10000.0
    assert budgets[("Labour", 3)] == 1500.0  # its own unit, not scaled twice
    assert budgets[("Hardware", 3)] == 2500.0
    saved = json.loads((tmp_path / "plan.adopted.mapping.json").read_text(encoding="utf-8"))
    assert saved["readings"]["amount_units"] == {"budget (£k)": 1000.0}


def test_the_decimal_mark_travels_to_next_month(tmp_path: Path) -> None:
    """March shows decimal commas (12,50); April's column holds only 2.500-like cells, which
    alone would read as 2.5: the mapping file's decimal_marks reads them as 2,500."""
    std = default_standards()
    march = _long_tracker(
        tmp_path / "march.xlsx",
        "Presupuesto",
        [("Jan-26", "Labour", "12,50"), ("Feb-26", "Labour", "1.234,56")],
    )
    first = adopt_file(march, tmp_path / "m.adopted.xlsx", std)
    mapping_path = tmp_path / "m.adopted.mapping.json"
    saved = json.loads(mapping_path.read_text(encoding="utf-8"))["readings"]
    assert saved["decimal_marks"] == {"presupuesto": ","}
    assert "amounts of column 'presupuesto': decimal comma" in "\n".join(first.report.readings)

    april = _long_tracker(
        tmp_path / "april.xlsx",
        "Presupuesto",
        [("Apr-26", "Labour", "2.500"), ("May-26", "Labour", "3.750")],
    )
    alone = adopt_file(april, tmp_path / "alone.xlsx", std)
    assert sorted(f.budget for f in alone.project.finance) == [2.5, 3.75]  # nothing tells
    again = adopt_file(april, tmp_path / "a.adopted.xlsx", std, mapping_path=mapping_path)
    assert sorted(f.budget for f in again.project.finance) == [2500.0, 3750.0]

    # values that tell always win, and the change is said on the column
    may = _long_tracker(
        tmp_path / "may.xlsx",
        "Presupuesto",
        [("Jun-26", "Labour", "2.5"), ("Jul-26", "Labour", "1,234.56")],
    )
    changed = adopt_file(may, tmp_path / "c.adopted.xlsx", std, mapping_path=mapping_path)
    assert sorted(f.budget for f in changed.project.finance) == [2.5, 1234.56]
    assert any("now show a decimal point" in n for t in changed.report.tables for n in t.notes)


@pytest.mark.parametrize(
    ("readings", "message"),
    [
        ({"amount_units": {"Budget": 0}}, r'"amount_units" gives \'Budget\' the factor 0'),
        ({"amount_units": {"Budget": "k"}}, r'"amount_units" gives'),
        ({"amount_units": ["Budget"]}, r'"amount_units" must be an object'),
        ({"decimal_marks": {"Budget": ";"}}, r'"decimal_marks" is'),
    ],
)
def test_bad_amount_readings_are_refused_with_the_fix(
    readings: dict[str, object], message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        ValueReadings.from_dict(readings, "map.json")


def test_months_across_in_the_unit_the_title_states(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Budget"
    sheet.append(["Project Budget 2026 - all figures in £000s"])
    sheet.append([])
    sheet.append(["Cost Line", "Jan-26", "Feb-26"])
    sheet.append(["Labour", 10, 12])
    sheet.append(["Travel", 1, 2])
    source = tmp_path / "budget.xlsx"
    book.save(source)
    adoption = adopt_file(source, tmp_path / "budget.adopted.xlsx", default_standards())
    budgets = {(f.cost_line, f.month.month): f.budget for f in adoption.project.finance}
    assert budgets == {
        ("Labour", 1): 10000.0,
        ("Labour", 2): 12000.0,
        ("Travel", 1): 1000.0,
        ("Travel", 2): 2000.0,
    }
    notes = adoption.report.tables[0].notes
    assert any("amounts in thousands, as the title says ('£000s')" in n for n in notes)
