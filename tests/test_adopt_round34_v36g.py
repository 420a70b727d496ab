"""Round 34 (task v36g): my own strangers, FINANCE TRACKERS as accounting and ERP tools
export them and as public bodies, grant-funded programmes and cost consultants return them,
in many countries (no batch file read).

Each workbook below is one habit; each is adopted and its cells asserted. Three were read
wrong or not at all, and are mended by general rules, each with its near-miss:

- a unit after an amount header's words, no bracket round it (``Budget £'000``, ``Actual
  €000s``, ``Outturn £m``): the amounts' unit, as ``Budget (£'000)``'s bracket is
  (``match._UNIT_AFTER``); before, the budget and forecast were lost and the actual kept;
  near-misses: ``Budget 2026``, ``Phase 000`` keep their numbers;
- ``Scheme`` (a UK public body's capital programme return) as the cost line;
- a Dynamics NAV / Business Central report's ``Date Filter: 01-03-26..31-03-26`` (two
  days joined by two dots): the month of a one-month report, as ``Period: 01/03/2026 -
  31/03/2026`` was; near-misses: three months, an open start (the year to date);
- a UK public body's period with its financial year as two years and no ``FY`` (``M01
  2026/27``, ``P06 2025-26``): a fiscal period, as ``M01 FY2026/27`` was; near-misses:
  ``M01 2026`` (one year), ``P01 2026/03`` (a month, not the next year);
- an ERP's ``Amount (Actual)`` / ``Amount (Budget)`` (NetSuite, Dynamics): the measure in
  the bracket after a generic amount word is the header (``match._MEASURE_BRACKET``);
  before, both read as "amount" and the table was refused; near-misses: ``Amount (USD)``,
  ``Amount (Committed)``;
- the Dutch ``Begroot`` and the Italian public budget's ``Stanziamento`` as the budget;
- the actual of Danish, Czech, Slovak, Croatian, Hungarian and Romanian returns
  (``Realiseret``, ``Skutečnost``...; not ``Realizacija``, an action's
  carrying out as often) and the Finnish forecast ``Ennuste``
  (read as an expected date's word before, so no finance measure).

The other workbooks were read right before this round and are kept as proof they stay so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.convert import fiscal_period_parts
from addin.adopt.match import normalise_header
from addin.adopt.one_period import month_of_line
from tests.adopt_sheets import adopt, best_candidate, books

JAN, FEB, MAR, APR, MAY, JUN = (date(2026, m, 1) for m in range(1, 7))

Lines = dict[tuple[date | None, str | None], tuple[float | None, float | None, float | None]]


def _lines(tmp_path: Path, name: str, rows: list[list[object]]) -> Lines:
    adoption = adopt(books(tmp_path / f"{name}.xlsx", {name[:30]: rows}))
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }


# --- 1. a unit after the header's words (mended) ------------------------------------------


def test_a_capital_programme_return_in_thousands_by_scheme(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Capital programme - monthly return"],
        [],
        ["Scheme", "Budget £'000", "Actual £'000", "Forecast £'000", "Month"],
        ["Depot refurbishment", 1200, 450, 1150, "Mar-26"],
        ["School expansion", 3400, 1200, 3600, "Mar-26"],
    ]
    assert _lines(tmp_path, "Return", rows) == {
        (MAR, "Depot refurbishment"): (1_200_000.0, 450_000.0, 1_150_000.0),
        (MAR, "School expansion"): (3_400_000.0, 1_200_000.0, 3_600_000.0),
    }


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Budget £'000", "budget"),
        ("Actual €000s", "actual"),
        ("Forecast $'000", "forecast"),
        ("Spend EUR '000", "spend"),
        ("Outturn £m", "outturn"),
        ("Cost '000", "cost"),
    ],
)
def test_a_unit_after_the_words_is_no_word_of_the_header(header: str, words: str) -> None:
    assert normalise_header(header)[0] == words


@pytest.mark.parametrize(
    ("header", "words"), [("Budget 2026", "budget 2026"), ("Phase 000", "phase 000")]
)
def test_near_miss_a_number_after_the_words_is_kept(header: str, words: str) -> None:
    assert normalise_header(header)[0] == words


def test_a_return_in_millions_by_its_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Scheme", "Month", "Budget £m", "Outturn £m"],
        ["Bridge strengthening", "2026-04", 2.5, 1.25],
        ["Flood defences", "2026-04", 4, 3.5],
    ]
    got = _lines(tmp_path, "Millions", rows)
    assert got[(APR, "Bridge strengthening")][0] == 2_500_000.0
    assert got[(APR, "Flood defences")][0] == 4_000_000.0


# --- 2. the actual and forecast of Nordic and Central European returns (mended) ------------


@pytest.mark.parametrize(
    ("header", "measure"),
    [
        ("Realiseret", "actual"),
        ("Skutečnost", "actual"),
        ("Skutočnosť", "actual"),
        ("Ostvarenje", "actual"),
        ("Tény", "actual"),
        ("Realizat", "actual"),
        ("Ennuste", "forecast"),
    ],
)
def test_the_measures_of_nordic_and_central_european_returns(header: str, measure: str) -> None:
    assert best_candidate(header, "finance") == (measure, 1.0)


def test_near_miss_the_finnish_forecast_is_still_a_plans_forecast_date() -> None:
    assert best_candidate("Ennuste", "milestones") == ("forecast_date", 1.0)


def test_a_danish_budget_opfolgning(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Omkostningsart", "Måned", "Budget", "Realiseret"],
        ["Løn", "jan. 2026", 40000, 39000],
        ["Løn", "feb. 2026", 40000, 41000],
        ["Husleje", "jan. 2026", 8000, 8000],
        ["Husleje", "feb. 2026", 8000, 8000],
    ]
    assert _lines(tmp_path, "Ark1", rows) == {
        (JAN, "Løn"): (40000.0, 39000.0, None),
        (FEB, "Løn"): (40000.0, 41000.0, None),
        (JAN, "Husleje"): (8000.0, 8000.0, None),
        (FEB, "Husleje"): (8000.0, 8000.0, None),
    }


def test_a_czech_rozpocet_and_skutecnost(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nákladová položka", "Měsíc", "Rozpočet", "Skutečnost"],
        ["Mzdy", "leden 2026", 50000, 49000],
        ["Mzdy", "únor 2026", 50000, 52000],
        ["Služby", "leden 2026", 9000, 8000],
        ["Služby", "únor 2026", 9000, 9500],
    ]
    assert _lines(tmp_path, "List1", rows) == {
        (JAN, "Mzdy"): (50000.0, 49000.0, None),
        (FEB, "Mzdy"): (50000.0, 52000.0, None),
        (JAN, "Služby"): (9000.0, 8000.0, None),
        (FEB, "Služby"): (9000.0, 9500.0, None),
    }


def test_a_finnish_report_with_its_ennuste(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Kustannuslaji", "Kuukausi", "Budjetti", "Toteuma", "Ennuste"],
        ["Henkilöstö", "1/2026", 20000, 19000, 20000],
        ["Henkilöstö", "2/2026", 20000, 21000, 20000],
        ["Matkat", "1/2026", 2000, 1500, 2000],
        ["Matkat", "2/2026", 2000, 2500, 2000],
    ]
    assert _lines(tmp_path, "Raportti", rows) == {
        (JAN, "Henkilöstö"): (20000.0, 19000.0, 20000.0),
        (FEB, "Henkilöstö"): (20000.0, 21000.0, 20000.0),
        (JAN, "Matkat"): (2000.0, 1500.0, 2000.0),
        (FEB, "Matkat"): (2000.0, 2500.0, 2000.0),
    }


# --- 3. a Business Central date filter and a UK split-year period (mended) ----------------


def test_a_business_central_report_of_one_months_date_filter(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget"],
        ["Date Filter: 01-03-26..31-03-26"],
        [],
        ["No.", "Name", "Budgeted Amount", "Net Change"],
        ["6100", "Consultancy", 5000, 4800.5],
        ["6200", "Travel", 1200, 1350],
    ]
    assert _lines(tmp_path, "Sheet1", rows) == {
        (MAR, "Consultancy"): (5000.0, 4800.5, None),
        (MAR, "Travel"): (1200.0, 1350.0, None),
    }


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Date Filter: 01-03-26..31-03-26", MAR),
        ("Posting Date Filter: 3/1/26..3/31/26", MAR),
        ("Date Filter: 01/01/26..31/03/26", None),
        ("Date Filter: ..31/03/26", None),
        ("Date Filter: 01/03/26..", None),
    ],
)
def test_a_date_filter_is_a_month_only_from_its_first_to_its_last_day(
    line: str, month: date | None
) -> None:
    assert month_of_line(line) == month


@pytest.mark.parametrize(
    ("label", "parts"),
    [
        ("M01 2026/27", (1, 2027)),
        ("P06 2025-26", (6, 2026)),
        ("Period 3 2026/27", (3, 2027)),
        ("2026/27 M01", (1, 2027)),
        ("Month 12 2026/27", (12, 2027)),
        ("M01 2026", None),
        ("P01 2026/03", None),
        ("M13 2026/27", None),
    ],
)
def test_a_period_with_its_financial_years(label: str, parts: tuple[int, int] | None) -> None:
    assert fiscal_period_parts(label) == parts


def test_a_uk_monthly_return_by_split_year_periods(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost centre", "Period", "Budget", "Actual", "Forecast outturn"],
        ["Estates", "M01 2026/27", 10000, 9000, 120000],
        ["Estates", "M02 2026/27", 10000, 11000, 120000],
        ["IT", "M01 2026/27", 5000, 4000, 60000],
        ["IT", "M02 2026/27", 5000, 6000, 60000],
    ]
    # the full year's outturn is no month's forecast: left out
    assert _lines(tmp_path, "M02", rows) == {
        (APR, "Estates"): (10000.0, 9000.0, None),
        (MAY, "Estates"): (10000.0, 11000.0, None),
        (APR, "IT"): (5000.0, 4000.0, None),
        (MAY, "IT"): (5000.0, 6000.0, None),
    }


def test_near_miss_a_period_with_one_year_and_no_title_is_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost centre", "Period", "Budget", "Actual"],
        ["Estates", "M01 2026", 10000, 9000],
        ["Estates", "M02 2026", 10000, 11000],
        ["IT", "M01 2026", 5000, 4000],
    ]
    assert _lines(tmp_path, "M02", rows) == {}


# --- 4. an ERP's amount named by its measure in a bracket (mended) -----------------------


def test_a_netsuite_budget_vs_actual_export(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Account", "Period", "Amount (Actual)", "Amount (Budget)"],
        ["Consulting", "Jan 2026", 100, 120],
        ["Consulting", "Feb 2026", 110, 120],
        ["Travel", "Jan 2026", 10, 20],
    ]
    assert _lines(tmp_path, "Results", rows) == {
        (JAN, "Consulting"): (120.0, 100.0, None),
        (FEB, "Consulting"): (120.0, 110.0, None),
        (JAN, "Travel"): (20.0, 10.0, None),
    }


@pytest.mark.parametrize(
    ("header", "measure"),
    [
        ("Amount (Actual)", "actual"),
        ("Amount (Budget)", "budget"),
        ("Net Amount [Forecast]", "forecast"),
        ("Begroot", "budget"),
        ("Stanziamento", "budget"),
    ],
)
def test_a_measure_named_in_a_bracket_or_a_public_budgets_word(header: str, measure: str) -> None:
    assert best_candidate(header, "finance") == (measure, 1.0)


def test_near_miss_a_bracket_naming_no_measure() -> None:
    assert normalise_header("Amount (USD)")[0] == "amount"
    assert best_candidate("Amount (Committed)", "finance") is None


def test_an_italian_public_budget_keeps_its_appropriation(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Voce", "Mese", "Stanziamento", "Impegnato", "Pagato"],
        ["Progettazione", "2026-01", 100, 50, 40],
        ["Progettazione", "2026-02", 100, 60, 55],
        ["Lavori", "2026-01", 100, 50, 40],
    ]
    # the commitment and the payments are left out (no standard measure; cash paid is not
    # the cost incurred): listed in the report
    assert _lines(tmp_path, "Bilancio", rows) == {
        (JAN, "Progettazione"): (100.0, None, None),
        (FEB, "Progettazione"): (100.0, None, None),
        (JAN, "Lavori"): (100.0, None, None),
    }


# --- 5. habits read right already (kept as proof) ------------------------------------------


READ_ALREADY: dict[str, tuple[list[list[object]], Lines]] = {
    # an ERP export's period as an integer yyyymm, its account code beside the description
    "yyyymm": (
        [
            ["Account", "Account Description", "Period", "Budget", "Actual"],
            ["510000", "Contractors", 202601, 10000, 9500],
            ["510000", "Contractors", 202602, 10000, 11000],
            ["520000", "Software", 202601, 2000, 1800],
        ],
        {
            (JAN, "Contractors"): (10000.0, 9500.0, None),
            (FEB, "Contractors"): (10000.0, 11000.0, None),
            (JAN, "Software"): (2000.0, 1800.0, None),
        },
    ),
    # SAP's period 001 with its fiscal year (read with the April start the module assumes)
    "sap": (
        [
            ["Cost Element", "Cost Element Name", "Fiscal Year", "Period", "Plan", "Actual"],
            ["400100", "Materials", 2026, "001", 5000, 4200],
            ["400100", "Materials", 2026, "002", 5000, 5300],
            ["420000", "Labour", 2026, "001", 8000, 8100],
        ],
        {
            (APR, "Materials"): (5000.0, 4200.0, None),
            (MAY, "Materials"): (5000.0, 5300.0, None),
            (APR, "Labour"): (8000.0, 8100.0, None),
        },
    ),
    # a German cost-type export's trailing minus and decimal comma
    "sap_minus": (
        [
            ["Kostenart", "Bezeichnung", "Jan 2026", "Feb 2026"],
            ["400000", "Material", "1.200,00-", "950,50-"],
            ["410000", "Fremdleistungen", "3.000,00", "2.500,00"],
        ],
        {
            (JAN, "Material"): (-1200.0, None, None),
            (FEB, "Material"): (-950.5, None, None),
            (JAN, "Fremdleistungen"): (3000.0, None, None),
            (FEB, "Fremdleistungen"): (2500.0, None, None),
        },
    ),
    # an accounting package's bracketed negatives as text
    "brackets": (
        [
            ["Account", "Jan-26", "Feb-26", "Mar-26"],
            ["Consulting fees", "1,200.00", "(300.00)", "1,500.00"],
            ["Hardware", "4,000.00", "0.00", "2,250.00"],
            ["Travel", "250.00", "310.00", "(45.00)"],
        ],
        {
            (MAR, "Consulting fees"): (1500.0, None, None),
            (MAR, "Hardware"): (2250.0, None, None),
            (JAN, "Travel"): (250.0, None, None),
            (FEB, "Travel"): (310.0, None, None),
            (MAR, "Travel"): (-45.0, None, None),
            (JAN, "Consulting fees"): (1200.0, None, None),
            (FEB, "Consulting fees"): (-300.0, None, None),
            (JAN, "Hardware"): (4000.0, None, None),
            (FEB, "Hardware"): (0.0, None, None),
        },
    ),
    # Swedish Budget | Utfall | Prognos by Månad
    "sv": (
        [
            ["Konto", "Månad", "Budget", "Utfall", "Prognos"],
            ["Personal", "2026-01", 50000, 48000, 50000],
            ["Resor", "2026-02", 5000, 4500, 5000],
        ],
        {
            (JAN, "Personal"): (50000.0, 48000.0, 50000.0),
            (FEB, "Resor"): (5000.0, 4500.0, 5000.0),
        },
    ),
    # Norwegian Budsjett | Regnskap | Avvik (the variance left out)
    "no": (
        [
            ["Prosjektregnskap"],
            [],
            ["Art", "Periode", "Budsjett", "Regnskap", "Avvik"],
            ["Lønn", "2026-03", 40000, 41000, -1000],
            ["Innleie", "2026-03", 20000, 18000, 2000],
        ],
        {(MAR, "Lønn"): (40000.0, 41000.0, None), (MAR, "Innleie"): (20000.0, 18000.0, None)},
    ),
    # Polish Plan | Wykonanie
    "pl": (
        [
            ["Pozycja kosztowa", "Miesiąc", "Plan", "Wykonanie"],
            ["Wynagrodzenia", "2026-01", 30000, 29500],
            ["Usługi obce", "2026-02", 8000, 9100],
        ],
        {
            (JAN, "Wynagrodzenia"): (30000.0, 29500.0, None),
            (FEB, "Usługi obce"): (8000.0, 9100.0, None),
        },
    ),
    # Turkish Bütçe | Gerçekleşen by Ay in month names
    "tr": (
        [
            ["Gider Kalemi", "Ay", "Bütçe", "Gerçekleşen"],
            ["Personel", "Ocak 2026", 10000, 9800],
            ["Kira", "Şubat 2026", 3000, 3000],
        ],
        {(JAN, "Personel"): (10000.0, 9800.0, None), (FEB, "Kira"): (3000.0, 3000.0, None)},
    ),
    # Brazilian Orçado | Realizado by jan/26
    "pt": (
        [
            ["Rubrica", "Mês", "Orçado", "Realizado"],
            ["Pessoal", "jan/26", 10000, 9800],
            ["Serviços", "fev/26", 3000, 2900],
        ],
        {(JAN, "Pessoal"): (10000.0, 9800.0, None), (FEB, "Serviços"): (3000.0, 2900.0, None)},
    ),
    # a Japanese fiscal year's 4月 5月 under its 2026年度 title
    "ja": (
        [
            ["2026年度 予実管理表"],
            [],
            ["費目", "4月", "5月"],
            ["人件費", 100000, 110000],
            ["外注費", 50000, 40000],
        ],
        {
            (APR, "人件費"): (100000.0, None, None),
            (MAY, "人件費"): (110000.0, None, None),
            (APR, "外注費"): (50000.0, None, None),
            (MAY, "外注費"): (40000.0, None, None),
        },
    ),
    # month and measure in one header cell (German Plan / Ist)
    "plan_ist": (
        [
            ["Kostenart", "Jan 26 Plan", "Jan 26 Ist", "Feb 26 Plan", "Feb 26 Ist"],
            ["Personal", 10000, 9500, 10000, 10400],
        ],
        {(JAN, "Personal"): (10000.0, 9500.0, None), (FEB, "Personal"): (10000.0, 10400.0, None)},
    ),
    # months over measures, each month typed once over its first column
    "two_rows": (
        [
            ["Project cost report"],
            ["Cost line", "Jan-26", None, "Feb-26", None],
            [None, "Budget", "Actual", "Budget", "Actual"],
            ["Design", 5000, 4800, 5000, 5100],
            ["Build", 20000, 18000, 20000, 22000],
        ],
        {
            (JAN, "Design"): (5000.0, 4800.0, None),
            (FEB, "Design"): (5000.0, 5100.0, None),
            (JAN, "Build"): (20000.0, 18000.0, None),
            (FEB, "Build"): (20000.0, 22000.0, None),
        },
    ),
    # Oracle's long export: Amount Type names each row's measure; an Encumbrance is none
    "oracle": (
        [
            ["Ledger", "Account", "Period Name", "Amount Type", "Amount"],
            ["US Ledger", "Consulting", "JAN-26", "Actual", 1200],
            ["US Ledger", "Consulting", "JAN-26", "Budget", 1500],
            ["US Ledger", "Consulting", "JAN-26", "Encumbrance", 300],
            ["US Ledger", "Travel", "JAN-26", "Actual", 200],
            ["US Ledger", "Travel", "JAN-26", "Budget", 250],
        ],
        {(JAN, "Consulting"): (1500.0, 1200.0, None), (JAN, "Travel"): (250.0, 200.0, None)},
    ),
    # a Spanish public body's budget execution, its month in the title
    "es": (
        [
            ["Ejecución presupuestaria - marzo 2026"],
            [],
            ["Partida", "Presupuesto", "Ejecutado", "Pendiente"],
            ["Obras", 100000, 40000, 60000],
            ["Suministros", 20000, 5000, 15000],
        ],
        {(MAR, "Obras"): (100000.0, 40000.0, None), (MAR, "Suministros"): (20000.0, 5000.0, None)},
    ),
    # a French export's narrow no-break spaces, € after, a Unicode minus
    "fr": (
        [
            ["Poste", "Mois", "Budget", "Réalisé"],
            ["Études", "janv.-26", "12\u202f500,00\u00a0€", "11\u00a0800,00\u00a0€"],
            ["Travaux", "janv.-26", "80\u00a0000,00\u00a0€", "\u22122\u00a0000,00\u00a0€"],
        ],
        {(JAN, "Études"): (12500.0, 11800.0, None), (JAN, "Travaux"): (80000.0, -2000.0, None)},
    ),
}


@pytest.mark.parametrize("name", sorted(READ_ALREADY))
def test_habits_read_already(tmp_path: Path, name: str) -> None:
    rows, expected = READ_ALREADY[name]
    assert _lines(tmp_path, name, rows) == expected


# --- 6. left unread, rightly: a grant's cumulative return has no month's lines -------------


def test_a_grant_return_to_date_is_no_months_lines(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Grant reference: ES/X001234/1"],
        ["Reporting period: March 2026"],
        [],
        ["Cost category", "Award", "Spend to date", "Committed", "Remaining"],
        ["Staff", 120000, 45000, 10000, 65000],
        ["Travel and subsistence", 8000, 2100, 500, 5400],
    ]
    assert _lines(tmp_path, "Return", rows) == {}
