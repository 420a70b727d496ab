"""Round 41 (task t52c): tuning on the hundred-and-seventeenth batch (finance trackers of
every shape). Each rule on a small workbook built here, with a near miss."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line, only, targets


def _claims(budget_header: str, other: str = "Projected Spend") -> list[list[object]]:
    rows: list[list[object]] = [["Community grant expenditure tracker"], ["Amounts in EUR"], []]
    rows.append(["Claim Month", "Expenditure Heading", budget_header, "Spend This Month", other])
    for month in ("Jan 2026", "Feb 2026"):
        rows.append([month, "Signage", 1200.5, 800.25, None])
        rows.append([month, "Ecologist fees", 900.0, 1100.0, None])
    rows.append(["Mar 2026", "Signage", 1500.0, None, 1400.0])
    rows.append(["Mar 2026", "Ecologist fees", 700.0, None, 650.0])
    return rows


def test_an_amount_column_named_by_the_measure_words_is_that_measure(tmp_path: Path) -> None:
    """``Approved Allocation`` is no header synonym, but both its words are a budget's in the
    measure vocabulary, and the table has no budget column: the month's budget (before:
    left out, every budget lost)."""
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", _claims("Approved Allocation")))
    assert targets(only(adoption))["Approved Allocation"] == "budget"
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Signage")].budget == 1200.5
    assert got[(date(2026, 1, 1), "Signage")].actual == 800.25
    assert got[(date(2026, 3, 1), "Ecologist fees")].forecast == 650.0


def test_a_french_revised_budget_beside_actuals_is_the_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Suivi budgétaire mensuel"], []]
    rows.append(["Période", "Lot", "Budget révisé", "Dépenses réelles", "Prévision"])
    rows.append(["janvier 2026", "Lot 02 - Démolition", 5000.0, 4200.0, None])
    rows.append(["janvier 2026", "Lot 05 - Maçonnerie", 7000.0, 7100.0, None])
    rows.append(["février 2026", "Lot 02 - Démolition", 5500.0, None, 5300.0])
    rows.append(["février 2026", "Lot 05 - Maçonnerie", 6000.0, None, 6400.0])
    adoption = adopt(book(tmp_path / "suivi.xlsx", "Suivi", rows))
    assert targets(only(adoption))["Budget révisé"] == "budget"
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Lot 05 - Maçonnerie")].budget == 6000.0


def test_a_second_column_of_a_measure_already_held_stays_out(tmp_path: Path) -> None:
    """Near miss: with ``Budget`` read already, ``Approved Allocation`` is a second budget
    (which is the month's is not said): left out as before."""
    rows = _claims("Approved Allocation")
    rows[3] = ["Claim Month", "Expenditure Heading", "Approved Allocation", "Actual", "Budget"]
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", rows))
    got = targets(only(adoption))
    assert got["Budget"] == "budget"
    assert got["Approved Allocation"] is None


def test_a_whole_life_figure_is_no_months_measure(tmp_path: Path) -> None:
    """Near miss: ``Forecast at completion`` beside the month's budget and actual is the
    line's whole-life forecast, the same every month: no month's forecast (left out)."""
    rows = _claims("Budget (month)", "Forecast at completion")
    rows[3][3] = "Actual (month)"
    for row in rows[4:]:
        row[4] = 5000.0
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", rows))
    got = targets(only(adoption))
    assert got["Budget (month)"] == "budget"
    assert got["Forecast at completion"] is None
    assert finance_by_line(adoption)[(date(2026, 1, 1), "Signage")].forecast is None


def _burn(marks: tuple[str, str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Cellar extension - monthly burn"],
        ["Budget = cashflow rev B"],
        [],
    ]
    rows.append([None, "Bottling line", None, "Electrical", None])
    rows.append(["Month end", *marks, *marks])
    amounts = [(100, 170, 360, 385), (130, 100, 80, 230), (200, None, 205, None)]
    for n, (a, b, c, d) in enumerate(amounts):
        rows.append([datetime(2026, 3 + n, 28 + (n % 2)), a, b, c, d])
    return rows


def test_short_measures_under_each_line_of_a_periods_down_burn_sheet(tmp_path: Path) -> None:
    """``Bud | Act`` under every cost line of a burn sheet with its months down are the
    line's budget and actual (before: ``Bottling line Bud`` and ``Bottling line Act`` two
    lines, every figure a budget)."""
    path = book(tmp_path / "burn.xlsx", "Burn", _burn(("Bud", "Act")), ("B4:C4", "D4:E4"))
    got = finance_by_line(adopt(path))
    assert set(line for _, line in got) == {"Bottling line", "Electrical"}
    assert got[(date(2026, 3, 1), "Bottling line")].budget == 100
    assert got[(date(2026, 3, 1), "Bottling line")].actual == 170
    assert got[(date(2026, 4, 1), "Electrical")].actual == 230
    assert got[(date(2026, 5, 1), "Electrical")].actual is None


def test_places_under_a_group_are_no_short_measures(tmp_path: Path) -> None:
    """Near miss: ``NSW | ACT`` under each group are places (the Australian Capital
    Territory), no measures: ``Act`` is read as Actual only beside another measure."""
    path = book(tmp_path / "burn.xlsx", "Burn", _burn(("NSW", "ACT")), ("B4:C4", "D4:E4"))
    lines = {line for _, line in finance_by_line(adopt(path))}
    assert "Bottling line" not in lines


def _plan_ist(third: str) -> list[list[object]]:
    rows: list[list[object]] = [["Kostenstellenauswertung 2026"], ["Beträge in EUR"], []]
    rows.append(["Kostenstelle", "Bezeichnung", "Wert", "Jänner", "Februar", "März", "Summe"])
    rows.append([4120, "Holzbau", "Plan", 100, 200, 300, 600])
    rows.append([4120, "Holzbau", "Ist", 110, 190, None, 300])
    rows.append([4120, "Holzbau", third, None, None, 280, 280])
    rows.append([4190, "Planung", "Plan", 50, 60, 70, 180])
    rows.append([4190, "Planung", "Ist", 55, 65, None, 120])
    rows.append([4110, "Baumeister", "Plan", 10, 20, 30, 60])
    rows.append([4110, "Baumeister", "Ist", 12, 18, None, 30])
    return rows


def test_a_measure_column_whose_lines_do_not_all_keep_every_measure(tmp_path: Path) -> None:
    """``Plan | Ist | Vorschau`` under a line still running, ``Plan | Ist`` under lines whose
    forecast is spent: a measure column all the same, the unknown word the forecast the
    others leave (before: no measure column, every row a budget, the last overwriting)."""
    adoption = adopt(book(tmp_path / "bmd.xlsx", "Projektbudget", _plan_ist("Vorschau")))
    assert targets(only(adoption))["Wert"] == "measure"
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Holzbau")].budget == 100
    assert got[(date(2026, 1, 1), "Holzbau")].actual == 110
    assert got[(date(2026, 3, 1), "Holzbau")].forecast == 280
    assert got[(date(2026, 2, 1), "Planung")].actual == 65
    assert got[(date(2026, 2, 1), "Baumeister")].budget == 20


def test_a_line_of_one_word_breaks_the_ragged_cycle(tmp_path: Path) -> None:
    """Near miss: a line with the first word alone (``Plan`` with nothing beside it) is no
    line of measures kept in order: no measure column is read."""
    rows = _plan_ist("Vorschau")
    rows[9] = [4110, "Baumeister", "Plan", 10, 20, 30, 60]
    rows[10] = [4130, "Elektro", "Plan", 12, 18, 5, 35]
    adoption = adopt(book(tmp_path / "bmd.xlsx", "Projektbudget", rows))
    assert targets(only(adoption))["Wert"] != "measure"


def _phasing(group: str) -> list[list[object]]:
    rows: list[list[object]] = [["Yard remodelling - phasing of expenditure"], ["(Amount in ₹)"]]
    rows.append([None, None, group, None, None, "Actual booked"])
    rows.append(["Work Package", "Nature", "Apr'26", "May'26", "Jun'26", "Apr'26", "May'26"])
    rows.append(["Earthwork", "Capital", 2100000, 1700000, 2175000, 700000, 1575000])
    rows.append(["OHE modification", "Capital", 875000, 475000, 1075000, 350000, 900000])
    rows.append(["Staff quarters", "Revenue", 100000, 120000, 90000, 95000, 110000])
    return rows


def test_a_sanctioned_phasing_over_months_is_their_budget(tmp_path: Path) -> None:
    """``Sanctioned phasing`` over the months beside ``Actual booked`` is the budget phased
    over them (before: no measure, the months with actuals left out and the others read
    as actuals by the title's ``expenditure``)."""
    path = book(tmp_path / "capex.xlsx", "FY 2026-27", _phasing("Sanctioned phasing"))
    got = finance_by_line(adopt(path))
    assert got[(date(2026, 4, 1), "Earthwork")].budget == 2100000
    assert got[(date(2026, 4, 1), "Earthwork")].actual == 700000
    assert got[(date(2026, 6, 1), "OHE modification")].budget == 1075000
    assert got[(date(2026, 6, 1), "OHE modification")].actual is None


def test_a_forecast_phasing_is_the_forecast(tmp_path: Path) -> None:
    """Near miss: ``Forecast phasing`` names the forecast, phased: the forecast word wins."""
    path = book(tmp_path / "capex.xlsx", "FY 2026-27", _phasing("Forecast phasing"))
    got = finance_by_line(adopt(path))
    assert got[(date(2026, 6, 1), "OHE modification")].forecast == 1075000
    assert got[(date(2026, 6, 1), "OHE modification")].budget is None


def _export(categories: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Project ID", "Project name", "Project category", "Amount type", "Period", "Amount"]
    ]
    amount = 1000.0
    for period in ("2026/04", "2026/05"):
        for category in categories:
            for kind in ("Budget", "Actual"):
                rows.append(["LRT-0417", "LRT signalling renewal", category, kind, period, amount])
                amount += 100
    return rows


def test_the_label_telling_a_months_measures_apart_is_the_line(tmp_path: Path) -> None:
    """An ERP export's ``Amount type`` (Budget / Actual) tells a month's rows apart only
    with the category beside it: the category is the line, the project's name the same on
    every row is none (before: the name was the line and the three categories' amounts
    were added into one)."""
    adoption = adopt(book(tmp_path / "export.xlsx", "Export", _export(["Software", "Trackside"])))
    assert targets(only(adoption))["Project category"] == "cost_line"
    got = finance_by_line(adoption)
    assert set(line for _, line in got) == {"Software", "Trackside"}
    assert got[(date(2026, 4, 1), "Software")].budget == 1000.0
    assert got[(date(2026, 4, 1), "Software")].actual == 1100.0
    assert got[(date(2026, 5, 1), "Trackside")].actual == 1700.0


def test_one_category_a_month_leaves_the_named_line(tmp_path: Path) -> None:
    """Near miss: with one row per month and measure the measure tells the rows apart, and
    the line is read as the headers say."""
    adoption = adopt(book(tmp_path / "export.xlsx", "Export", _export(["Software"])))
    assert targets(only(adoption))["Project category"] != "cost_line"


def test_a_currency_sign_first_in_a_titles_bracket_of_notes(tmp_path: Path) -> None:
    """``(€, alv 0 %)`` (euros, VAT 0 %) states the euro as ``(€)`` does: the sign first
    among the bracket's notes, as round 16's sign last among them."""
    rows: list[list[object]] = [["Hälytinverkosto 2026 - talousarvio (€, alv 0 %)"], []]
    rows.append(["Kustannuspaikka", "Menolaji", "tammi", "helmi", "maalis"])
    rows.append(["Ohjausjärjestelmä", "Investointi", 10400, 24800, 4800])
    rows.append(["Koulutus ja tiedotus", "Käyttötalous", 18400, 3200, 7200])
    adoption = adopt(book(tmp_path / "ta.xlsx", "Talousarvio", rows))
    assert adoption.project.header.currency == "EUR"
    assert targets(only(adoption))["Menolaji"] == "capex_opex"
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Ohjausjärjestelmä")].capex_opex == "CapEx"
    assert got[(date(2026, 2, 1), "Koulutus ja tiedotus")].capex_opex == "OpEx"


def _ev(unit_line: str) -> list[list[object]]:
    rows: list[list[object]] = [["Pumped hydro - earned value by fiscal month"], [unit_line], []]
    rows.append(["Control Account", "Element", "FY27 M01", "FY27 M02"])
    rows.append(["Powerhouse excavation", "BCWS", 347000, 262000])
    rows.append(["Powerhouse excavation", "ACWP", 197000, 104000])
    rows.append(["Upper reservoir liner", "BCWS", 187000, 198000])
    rows.append(["Upper reservoir liner", "ACWP", 160000, 200000])
    return rows


def test_a_unit_line_closing_on_a_code_states_the_currency(tmp_path: Path) -> None:
    """``All dollars USD.``: the line says what the amounts are counted in (dollars, a
    noun CLDR gives several currencies) and closes on the code: the project's currency."""
    path = book(tmp_path / "ev.xlsx", "EV", _ev("Fiscal year begins October 1. All dollars USD."))
    assert adopt(path).project.header.currency == "USD"


def test_a_code_inside_a_unit_line_names_no_currency(tmp_path: Path) -> None:
    """Near miss: ``Amounts: see CAD drawings`` names drawings (computer-aided design), no
    Canadian dollars: a code states the unit only as the line's last word."""
    path = book(tmp_path / "ev.xlsx", "EV", _ev("Amounts: see CAD drawings"))
    assert adopt(path).project.header.currency is None
