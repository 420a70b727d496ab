"""Round 36 (t41c): tuning on the eighty-sixth batch (finance trackers of every shape).

Five general rules, each on small workbooks built here (docs/adopt.md, "Round 36: tuning on
the eighty-sixth batch"):

1. a long table's period and year column is read by its header in any language the
   vocabularies hold (German ``Periode`` of ``003/2026``), as ``Period`` is
   (``periods._header_words``); and SAP's ``...text`` header (``Kostenartentext``) is the
   name of what its stem names (``languages.toml``: German ``Text`` = name);
2. a title saying, in its language, that the financial year is the calendar year
   (``Geschäftsjahr 2026 (Kalenderjahr)``) starts the periods in January
   (``periods._said_calendar``);
3. a title naming a period's month (``P01 = July 2026``) starts the financial year there
   (``periods._named_period_month``);
4. a currency column of one code on every line names the project's currency whatever its
   header's language or form (``Währung``, ``CURRENCY_CODE``: ``currency.currency_header``),
   and a sign glued to its multiple in a unit line (``Montants en k€``) names its currency;
5. a total row's label in a language held, with a note in brackets (``Totaal (afgerond op
   € 1.000)``), is a total row, no finance line (``total_rows.is_total_label``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, finance_by_line, only, registers, targets

# --- 1 and 2. a German SAP export: Periode 003/2026 under a calendar financial year ------


def _sap(tmp: Path, title: str, period_head: str = "Periode") -> Path:
    rows: list[list[object]] = [["Schöpfwerk Nord - Kostenbericht Plan/Ist"], [title], []]
    rows += [["Kostenart", "Kostenartentext", period_head, "Plan", "Ist", "Währung"]]
    for m in (3, 4):
        rows += [["410000", "Tiefbau", f"{m:03d}/2026", 1000.0 * m, 900.0 * m, "EUR"]]
        rows += [["420000", "Elektrotechnik", f"{m:03d}/2026", 500.0 * m, 450.0 * m, "EUR"]]
    return book(tmp / "sap.xlsx", "Export", rows)


def test_a_german_period_column_of_period_and_year_is_the_month(tmp_path: Path) -> None:
    adoption = adopt(_sap(tmp_path, "Geschäftsjahr 2026 (Kalenderjahr)"))
    assert registers(adoption) == ["finance"]
    mapped = targets(only(adoption))
    assert mapped["Periode"] == "month"
    assert mapped["Kostenartentext"] == "cost_line"  # the element's name, not its number
    assert mapped["Kostenart"] is None
    lines = finance_by_line(adoption)
    # the title says the financial year is the calendar year: period 003 is March
    assert lines[(date(2026, 3, 1), "Tiefbau")].budget == 3000
    assert lines[(date(2026, 4, 1), "Elektrotechnik")].actual == 1800
    assert len(lines) == 4
    assert adoption.project.header.currency == "EUR"  # ``Währung`` EUR on every line


def test_a_calendar_year_said_in_other_languages_starts_in_january() -> None:
    from addin.adopt.periods import fiscal_start_in

    assert fiscal_start_in(["Geschäftsjahr 2026 (Kalenderjahr)"]) == 1
    assert fiscal_start_in(["Exercice 2026 (année civile)"]) == 1
    assert fiscal_start_in(["Ejercicio 2026 (año natural)"]) == 1
    # no financial year named, or two years of one (``2026/27``): nothing said
    assert fiscal_start_in(["Kalenderjahr 2026"]) is None
    assert fiscal_start_in(["Geschäftsjahr 2026/27, Kalenderjahr 2026"]) is None


def test_without_the_calendar_year_the_period_counts_from_the_default_start(
    tmp_path: Path,
) -> None:
    adoption = adopt(_sap(tmp_path, "Financial year 2026"))
    lines = finance_by_line(adoption)
    # nothing says where the year starts: the reading's April start, as before (reported)
    assert (date(2026, 6, 1), "Tiefbau") in lines
    assert (date(2026, 3, 1), "Tiefbau") not in lines
    # round 37 (ox37): a German title's ``Geschäftsjahr`` is the calendar year unless said
    lines = finance_by_line(adopt(_sap(tmp_path, "Geschäftsjahr 2026")))
    assert (date(2026, 3, 1), "Tiefbau") in lines
    assert (date(2026, 6, 1), "Tiefbau") not in lines


# --- 3. periods across under ``P01 = July 2026`` ------------------------------------------


def test_a_title_naming_the_first_periods_month_starts_the_year_there(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Dune works - Budget by period"]]
    rows += [["FY2026-27 (P01 = July 2026)   All amounts AUD"], []]
    rows += [["Cost line", "P01", "P02", "P03", "P04"]]
    rows += [["Fencing", 100.0, 200.0, 300.0, 400.0]]
    rows += [["Design", 10.0, 20.0, 30.0, 40.0]]
    adoption = adopt(book(tmp_path / "periods.xlsx", "Budget", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 7, 1), "Fencing")].budget == 100
    assert lines[(date(2026, 10, 1), "Fencing")].budget == 400
    assert lines[(date(2026, 8, 1), "Design")].budget == 20
    assert adoption.project.header.currency == "AUD"


def test_a_named_period_other_than_the_first_counts_back() -> None:
    from addin.adopt.periods import fiscal_start_in

    assert fiscal_start_in(["FY2027 (P01 = July 2026)"]) == 7
    assert fiscal_start_in(["Period 4 = October"]) == 7
    assert fiscal_start_in(["P1 = Jan"]) == 1
    # a priority or a phase before a colon, or a word no month: nothing said
    assert fiscal_start_in(["Project P1: September works"]) is None
    assert fiscal_start_in(["P1 = Critical"]) is None


# --- 4. a currency column in an export's forms, a sign with its multiple -----------------


def test_an_export_currency_code_column_names_the_projects_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [["TASK_NAME", "PERIOD_NAME", "BUDGET_AMOUNT", "CURRENCY_CODE"]]
    rows += [["1.1 Site works", "JAN-26", 1200.5, "USD"], ["1.2 Panels", "JAN-26", 300.0, "USD"]]
    rows += [["1.1 Site works", "FEB-26", 800.0, "USD"], ["1.2 Panels", "FEB-26", 50.0, "USD"]]
    adoption = adopt(book(tmp_path / "oracle.xlsx", "PA_COSTS", rows))
    assert registers(adoption) == ["finance"]
    assert adoption.project.header.currency == "USD"
    assert finance_by_line(adoption)[(date(2026, 1, 1), "1.1 Site works")].budget == 1200.5


def test_a_currency_column_holding_two_codes_names_no_project_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [["TASK_NAME", "PERIOD_NAME", "BUDGET_AMOUNT", "CURRENCY_CODE"]]
    rows += [["Works", "JAN-26", 1200.0, "USD"], ["Panels", "JAN-26", 300.0, "CAD"]]
    rows += [["Works", "FEB-26", 800.0, "USD"], ["Panels", "FEB-26", 50.0, "CAD"]]
    adoption = adopt(book(tmp_path / "two.xlsx", "PA_COSTS", rows))
    assert adoption.project.header.currency != "CAD"


def test_currency_headers_in_their_forms() -> None:
    from addin.adopt.currency import currency_header

    for text in ("Currency", "CURRENCY_CODE", "Currency code", "Curr.", "Währung", "Devise"):
        assert currency_header(text), text
    for text in ("Cost type", "Current status", "Code", "Currency risk"):
        assert not currency_header(text), text


def test_a_sign_glued_to_its_multiple_names_the_currency(tmp_path: Path) -> None:
    from addin.adopt.currency import unit_line_currencies

    assert unit_line_currencies("Montants en k€") == {"EUR"}
    assert unit_line_currencies("Amounts in £m") == {"GBP"}
    assert unit_line_currencies("Kosten in €k") == {"EUR"}
    assert unit_line_currencies("Amounts in $k") == set()  # the dollar: several currencies
    rows: list[list[object]] = [["Conservatoire - rénovation"], ["Montants en k€"], []]
    rows += [["Poste", date(2026, 1, 1), date(2026, 2, 1)]]
    rows += [["Scène", 12.5, 8.0], ["Sièges", 4.0, 6.0]]
    adoption = adopt(book(tmp_path / "keur.xlsx", "Budget", rows))
    assert adoption.project.header.currency == "EUR"


# --- 5. a total row in a language held with a note in brackets ---------------------------


def test_a_foreign_total_with_a_note_in_brackets_is_no_line(tmp_path: Path) -> None:
    from addin.adopt.total_rows import is_total_label

    assert is_total_label("Totaal (afgerond op € 1.000)")
    assert is_total_label("Gesamt (gerundet)")
    assert not is_total_label("Kabels (totaal 3)")
    rows: list[list[object]] = [["Maand", "Kostenpost", "Begroot", "Werkelijk"]]
    rows += [["januari 2026", "Grondwerk", 1000.0, 900.0]]
    rows += [["januari 2026", "Kabels", 500.0, 450.0]]
    rows += [["februari 2026", "Grondwerk", 800.0, 850.0]]
    rows += [["Totaal (afgerond op € 1.000)", None, 2000.0, None]]
    adoption = adopt(books(tmp_path / "nl.xlsx", {"Financieel": rows}))
    lines = finance_by_line(adoption)
    assert len(lines) == 3
    assert lines[(date(2026, 2, 1), "Grondwerk")].actual == 850
