"""Round 34 (task v36f): a tuner's own strangers, FINANCE TRACKERS of every shape written
from what accountants, cost controllers, QSs and public bodies keep in many countries (no
batch file read).

Each workbook below is one habit, adopted and its cells asserted. Read wrong before this
round (mended first), each with its near-miss:

- a Danish ``Regnskab`` column of ``150.000`` beside ``1.310.000`` (text) was read as 150:
  dots between three groups or more show the column's decimal comma
  (:func:`addin.adopt.amounts.decimal_mark_of_column`);
- a tracker spaced after its line columns (``Cost line | Owner | | Jul-25 Budget | ...``)
  lost its lines (``Row 3``) when the finder listed the names as a table of their own
  (read by v36s's join of such a block, ``spacers._lines_left``, merged in the same
  round: v36f's own ``_line_block`` was taken out at review as a second copy of it);
- an Indonesian ``Laporan Realisasi Anggaran``'s ``Keterangan`` (remarks) was its cost line
  (read as Malay ``description``) while ``Uraian`` (its lines) was unread.

Missing before (by how often a PMO meets them): an amount annotated in its cell
(``12,000 (incl VAT)``, ``47,250 *``: :func:`addin.adopt.convert.annotated_amount`);
Brazilian ``Competência`` (the accounting month); an Indian ``Sanctioned cost``; French
public ``Crédits ouverts`` / ``Mandaté`` and Spanish ``Créditos definitivos`` /
``Obligaciones reconocidas``; Arabic ``البند`` and Vietnamese ``Hạng mục`` / ``Thực hiện``.

The other workbooks were read right already and are kept as proof they stay so.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.amounts import decimal_mark_of_column, parse_amount
from addin.adopt.convert import annotated_amount, number_converter
from addin.adopt.languages import translate
from addin.adopt.units import header_unit
from tests.adopt_sheets import adopt, best_candidate, books

JAN, FEB, MAR, APR, MAY, JUN = (date(2026, m, 1) for m in range(1, 7))
JUL25, AUG25 = date(2025, 7, 1), date(2025, 8, 1)

Rows = list[list[object]]


def _got(path: Path) -> dict[tuple[date | None, str | None], tuple[object, ...]]:
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast)
        for f in adopt(path).project.finance
    }


def _one(tmp_path: Path, name: str, rows: Rows, merged: tuple[str, ...] = ()) -> Path:
    return books(tmp_path / f"{name}.xlsx", {name: rows}, {name: merged})


# --- wrong before ---------------------------------------------------------------------------


def test_a_danish_column_of_dot_thousands_reads_every_cell_in_thousands(tmp_path: Path) -> None:
    rows: Rows = [
        ["Budgetopfølgning 2026 - Projekt Havnebad"],
        ["Post", "Måned", "Budget", "Regnskab", "Afvigelse", "Bemærkning"],
        ["Rådgivning", "januar 2026", "150.000", "142.500", "7.500", None],
        ["Entreprise", "februar 2026", "1.200.000", "1.310.000", "-110.000", "ekstraarbejde"],
    ]
    adoption = adopt(_one(tmp_path, "Budget", rows))
    got = {(f.month, f.budget, f.actual, f.notes) for f in adoption.project.finance}
    # ``Post`` is an English word too (read as English, never translated): the line stays
    # unread, listed in the report
    assert got == {
        (JAN, 150000.0, 142500.0, None),
        (FEB, 1200000.0, 1310000.0, "ekstraarbejde"),
    }


def test_near_miss_one_dot_group_alone_or_beside_a_decimal_point_decides_nothing() -> None:
    assert decimal_mark_of_column(["150.000", "1.310.000"]) == ","
    assert decimal_mark_of_column(["150.000", "142.500"]) is None  # 150 or 150,000: unsaid
    assert decimal_mark_of_column(["1.200.000", "12.50"]) is None  # both marks: cell by cell


_AUG = ("Aug-25 Budget", "Aug-25 Actual")


def _spaced(extra: Rows) -> Rows:
    return [
        ["Budget tracker FY26 (AUD '000)"],
        ["Cost line", "Owner", None, "Jul-25 Budget", "Jul-25 Actual", None, *_AUG],
        ["Design", "J. Nguyen", None, 120, 110, None, 90, 95],
        ["Construction", "P. Singh", None, 300, 280, None, 350, 360],
        *extra,
    ]


def test_line_columns_left_of_a_spacer_are_the_trackers_lines(tmp_path: Path) -> None:
    assert _got(_one(tmp_path, "Tracker", _spaced([]))) == {
        (JUL25, "Design"): (120000.0, 110000.0, None),
        (AUG25, "Design"): (90000.0, 95000.0, None),
        (JUL25, "Construction"): (300000.0, 280000.0, None),
        (AUG25, "Construction"): (350000.0, 360000.0, None),
    }


def test_near_miss_a_list_running_on_past_the_amounts_stays_apart(tmp_path: Path) -> None:
    rows = _spaced([["Fees", "K. Ode"], ["Legal", "M. Roy"]])
    lines = {line for _, line in _got(_one(tmp_path, "Tracker", rows))}
    assert "Design" not in lines and "Fees" not in lines


def test_an_indonesian_realisation_report_reads_uraian_not_keterangan(tmp_path: Path) -> None:
    rows: Rows = [
        ["Laporan Realisasi Anggaran Proyek"],
        ["Uraian", "Bulan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa", "Keterangan"],
        ["Belanja pegawai", "Januari 2026", "Rp 150.000.000", "Rp 145.500.000", None, None],
        ["Belanja barang", "Februari 2026", "Rp 80.000.000", "Rp 82.000.000", None, "lebih"],
    ]
    assert _got(_one(tmp_path, "Realisasi", rows)) == {
        (JAN, "Belanja pegawai"): (150000000.0, 145500000.0, None),
        (FEB, "Belanja barang"): (80000000.0, 82000000.0, None),
    }


def test_near_miss_malay_keterangan_alone_is_still_a_description() -> None:
    assert best_candidate("Keterangan", "risks") == ("description", 1.0)


# --- missing before -------------------------------------------------------------------------


def test_amounts_annotated_in_their_cells_are_read_and_said(tmp_path: Path) -> None:
    rows: Rows = [
        ["Project Finance Tracker 2026"],
        ["Cost item", "Month", "Budget £", "Actual £", "Forecast £"],
        ["Licences", "Jan 2026", "12,000 (incl VAT)", "11,500", "tbc"],
        ["Contractors", "Jan 2026", "45,000", "47,250 *", "46,000"],
        ["Hardware", "Feb 2026", "8,000", "n/a", "8,000"],
    ]
    adoption = adopt(_one(tmp_path, "Finance", rows))
    got = {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }
    assert got == {
        (JAN, "Licences"): (12000.0, 11500.0, None),
        (JAN, "Contractors"): (45000.0, 47250.0, 46000.0),
        (FEB, "Hardware"): (8000.0, None, 8000.0),
    }
    notes = " ".join(n for t in adoption.report.tables for n in t.notes)
    assert "bracketed note 'incl VAT' left out" in notes
    assert "footnote mark '*' left out" in notes


def test_near_miss_a_bracket_with_a_figure_or_a_currency_is_no_note() -> None:
    assert annotated_amount("12,000 (incl VAT)") == (12000.0, "bracketed note 'incl VAT'")
    assert annotated_amount("12,000 (of 15,000)") is None  # two amounts: which?
    assert annotated_amount("approx (tbc)") is None
    # a number column that is no money (a duration, a score) keeps ``5 (weeks)`` unread
    assert number_converter()("5 (weeks)").problem is not None


def test_a_brazilian_orcado_x_realizado_by_competencia(tmp_path: Path) -> None:
    rows: Rows = [
        ["ORÇADO x REALIZADO - OBRA ESCOLA MUNICIPAL"],
        ["Centro de custo", "Competência", "Orçado (R$)", "Realizado (R$)", "Desvio (R$)"],
        ["Fundação", "01/2026", "R$ 50.000,00", "R$ 48.200,00", "R$ -1.800,00"],
        ["Fundação", "02/2026", "R$ 20.000,00", "R$ 22.500,00", "R$ 2.500,00"],
        ["Estrutura", "02/2026", "R$ 80.000,00", "R$ 75.000,00", "R$ -5.000,00"],
    ]
    assert _got(_one(tmp_path, "Obra", rows)) == {
        (JAN, "Fundação"): (50000.0, 48200.0, None),
        (FEB, "Fundação"): (20000.0, 22500.0, None),
        (FEB, "Estrutura"): (80000.0, 75000.0, None),
    }


def test_an_indian_cost_statement_in_lakhs_with_its_sanctioned_cost(tmp_path: Path) -> None:
    rows: Rows = [
        ["Project cost statement (Rs. in lakhs)"],
        ["Head of account", "Month", "Sanctioned cost", "Expenditure", "Remarks"],
        ["Civil works", "Apr-26", 12.5, 11.75, None],
        ["Electrical", "May-26", 4.0, 3.5, None],
    ]
    assert _got(_one(tmp_path, "Cost", rows)) == {
        (APR, "Civil works"): (1250000.0, 1175000.0, None),
        (MAY, "Electrical"): (400000.0, 350000.0, None),
    }
    assert best_candidate("Sanctioned", "finance") is None  # near-miss: no cost named


def test_a_french_public_bodys_budget_execution(tmp_path: Path) -> None:
    rows: Rows = [
        ["Suivi de l'exécution budgétaire - Opération médiathèque"],
        ["Mois", "Imputation", "Libellé", "Crédits ouverts", "Engagé", "Mandaté"],
        ["janv.-26", "2313", "Travaux", 400000, 350000, 120000],
        ["févr.-26", "2313", "Travaux", 400000, 360000, 180000],
        ["févr.-26", "2031", "Études", 50000, 45000, 30000],
    ]
    # ``Engagé`` (committed) is no spend yet: left out
    assert _got(_one(tmp_path, "Execution", rows)) == {
        (JAN, "Travaux"): (400000.0, 120000.0, None),
        (FEB, "Travaux"): (400000.0, 180000.0, None),
        (FEB, "Études"): (50000.0, 30000.0, None),
    }


def test_a_spanish_ejecucion_takes_the_obligations_not_the_payments(tmp_path: Path) -> None:
    rows: Rows = [
        ["Estado de ejecución del presupuesto de gastos"],
        ["Mes: marzo 2026"],
        [],
        [
            "Aplicación",
            "Descripción",
            "Créditos definitivos",
            "Obligaciones reconocidas",
            "Pagos realizados",
        ],
        ["1532.619", "Pavimentación vías", 500000, 120000, 100000],
        ["3321.629", "Equipamiento biblioteca", 80000, 15000, 15000],
    ]
    assert _got(_one(tmp_path, "Ejecucion", rows)) == {
        (MAR, "Pavimentación vías"): (500000.0, 120000.0, None),
        (MAR, "Equipamiento biblioteca"): (80000.0, 15000.0, None),
    }


@pytest.mark.parametrize(
    ("line", "measures", "rows"),
    [
        ("البند", ("الموازنة", "الفعلي"), (("رواتب", "يناير 2026"), ("معدات", "فبراير 2026"))),
        ("Hạng mục", ("Kế hoạch", "Thực hiện"), (("Thiết kế", "01/2026"), ("Thi công", "02/2026"))),
    ],
)
def test_arabic_and_vietnamese_lines_and_measures(
    tmp_path: Path, line: str, measures: tuple[str, str], rows: tuple[tuple[str, str], ...]
) -> None:
    sheet: Rows = [["Budget 2026"], [line, "Month", *measures]]
    sheet += [[name, month, 100 * (n + 1), 90 * (n + 1)] for n, (name, month) in enumerate(rows)]
    assert _got(_one(tmp_path, "Budget", sheet)) == {
        (JAN, rows[0][0]): (100.0, 90.0, None),
        (FEB, rows[1][0]): (200.0, 180.0, None),
    }


def test_near_miss_the_person_who_carries_a_task_out_is_its_owner() -> None:
    assert translate("Người thực hiện") == "owner"


# --- read right already (kept as proof) -----------------------------------------------------


def test_a_japanese_budget_actual_sheet_in_thousands_of_yen(tmp_path: Path) -> None:
    rows: Rows = [
        ["予実管理表（単位：千円）"],
        ["費目", "区分", "2026年4月", "2026年5月"],
        ["人件費", "予算", 1200, 1200],
        [None, "実績", 1150, 1250],
        ["外注費", "予算", 800, 900],
        [None, "実績", 820, 880],
    ]
    assert _got(_one(tmp_path, "Yojitsu", rows)) == {
        (APR, "人件費"): (1200000.0, 1150000.0, None),
        (MAY, "人件費"): (1200000.0, 1250000.0, None),
        (APR, "外注費"): (800000.0, 820000.0, None),
        (MAY, "外注費"): (900000.0, 880000.0, None),
    }


def test_a_swedish_two_row_header_of_merged_months(tmp_path: Path) -> None:
    rows: Rows = [
        ["Projektuppföljning Kv. Hjorten"],
        ["Konto", "jan 2026", None, "feb 2026", None],
        [None, "Budget", "Utfall", "Budget", "Utfall"],
        ["Projektering", 100000, 95000, 80000, 82000],
    ]
    assert _got(_one(tmp_path, "Uppfoljning", rows, ("B2:C2", "D2:E2"))) == {
        (JAN, "Projektering"): (100000.0, 95000.0, None),
        (FEB, "Projektering"): (80000.0, 82000.0, None),
    }


def test_a_uk_councils_periods_with_measure_rows(tmp_path: Path) -> None:
    rows: Rows = [
        ["Capital monitoring 2026/27"],
        ["Scheme", "Type", "P01", "P02", "P03"],
        ["Library refurb", "Actual", 10000, 12000, 8000],
        ["Library refurb", "Budget", 11000, 11000, 11000],
    ]
    assert _got(_one(tmp_path, "Monitoring", rows)) == {
        (APR, "Library refurb"): (11000.0, 10000.0, None),
        (MAY, "Library refurb"): (11000.0, 12000.0, None),
        (JUN, "Library refurb"): (11000.0, 8000.0, None),
    }


def test_accounting_brackets_and_an_oracle_period_name(tmp_path: Path) -> None:
    rows: Rows = [
        ["Period Name", "Account", "Account Description", "Budget Amount", "Actual Amount"],
        ["JAN-26", "01.410.5100", "Consulting Fees", "10,000", "(250)"],
        ["FEB-26", "01.410.5200", "Software", "(5,000)", "3,900"],
    ]
    assert _got(_one(tmp_path, "Export", rows)) == {
        (JAN, "Consulting Fees"): (10000.0, -250.0, None),
        (FEB, "Software"): (-5000.0, 3900.0, None),
    }


_CERTIFIED = ("Previously certified", "Amount due")


def test_a_qs_valuation_of_cumulative_gross_values(tmp_path: Path) -> None:
    rows: Rows = [
        ["Contract: New Primary School - Interim valuations"],
        ["Valuation No.", "Period to", "Gross valuation", "Retention 5%", *_CERTIFIED],
        [1, datetime(2026, 1, 31), 120000, 6000, 0, 114000],
        [2, datetime(2026, 2, 28), 265000, 13250, 114000, 137750],
        [3, datetime(2026, 3, 31), 410000, 20500, 251750, 137750],
    ]
    # the gross valuation is cumulative: each month's work is what it grew by (left: without
    # the ``Previously certified`` column beside it, each row's gross value is taken whole)
    assert {(m, v[1]) for (m, _), v in _got(_one(tmp_path, "Valuations", rows)).items()} == {
        (JAN, 120000.0),
        (FEB, 145000.0),
        (MAR, 145000.0),
    }


def test_a_finance_partners_month_with_its_year_to_date_beside(tmp_path: Path) -> None:
    rows: Rows = [
        ["Finance report March 2026"],
        ["Cost line", "Mar-26 Budget", "Mar-26 Actual", "YTD Budget", "YTD Actual"],
        ["Staff", 20000, 21000, 60000, 61500],
        ["Travel", 2000, 1500, 6000, 4200],
    ]
    assert _got(_one(tmp_path, "March", rows)) == {
        (MAR, "Staff"): (20000.0, 21000.0, None),
        (MAR, "Travel"): (2000.0, 1500.0, None),
    }


# --- wave two: a currency on each row (wrong before), Czech and Korean words (missing) ------


def _currencies(second: str) -> Rows:
    return [
        ["Cost line", "Month", "Currency", "Budget", "Actual"],
        ["Licences", "Jan-26", "EUR", 1000, 900],
        ["Hosting", "Jan-26", second, 500, 520],
        ["Licences", "Feb-26", "EUR", 1000, 1000],
    ]


def test_a_row_in_another_currency_is_not_added_as_the_tables(tmp_path: Path) -> None:
    adoption = adopt(_one(tmp_path, "Costs", _currencies("USD")))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Licences"): (1000.0, 900.0),
        (JAN, "Hosting"): (None, None),
        (FEB, "Licences"): (1000.0, 1000.0),
    }
    problems = [u.reason for t in adoption.report.tables for u in t.unconverted]
    assert len(problems) == 2
    assert all("is in USD (the row's currency)" in p and "in EUR" in p for p in problems)


def test_near_miss_one_currency_on_every_row_changes_nothing(tmp_path: Path) -> None:
    adoption = adopt(_one(tmp_path, "Costs", _currencies("EUR")))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[(JAN, "Hosting")] == (500.0, 520.0)
    assert not [u for t in adoption.report.tables for u in t.unconverted]


@pytest.mark.parametrize(
    ("header", "measures"),
    [
        ("Nákladová položka", ("Rozpočet (Kč)", "Skutečnost (Kč)")),
        ("항목", ("예산", "실적")),
    ],
)
def test_czech_actuals_and_korean_items(
    tmp_path: Path, header: str, measures: tuple[str, str]
) -> None:
    rows: Rows = [
        ["Budget 2026"],
        [header, "Month", *measures],
        ["A", "Jan-26", "250 000", "240 500"],
        ["B", "Feb-26", "1 800 000", "1 950 000"],
    ]
    assert _got(_one(tmp_path, "Budget", rows)) == {
        (JAN, "A"): (250000.0, 240500.0, None),
        (FEB, "B"): (1800000.0, 1950000.0, None),
    }


def test_whole_euros_with_their_cents_as_a_dash(tmp_path: Path) -> None:
    rows: Rows = [
        ["Begroting en realisatie 2026"],
        ["Kostenpost", "Maand", "Begroot", "Gerealiseerd"],
        ["Advies", "jan-26", "€ 12.500,-", "€ 11.900,-"],
        ["Bouw", "feb-26", "€ 250.000,-", "€ 262.000,-"],
    ]
    assert _got(_one(tmp_path, "Begroting", rows)) == {
        (JAN, "Advies"): (12500.0, 11900.0, None),
        (FEB, "Bouw"): (250000.0, 262000.0, None),
    }
    assert parse_amount("CHF 1'250.–") == 1250.0
    assert parse_amount("250,-- €") == 250.0


def test_near_miss_a_trailing_minus_after_a_digit_is_still_negative() -> None:
    assert parse_amount("1,200.00-") == -1200.0
    assert parse_amount("1.200,00-") == -1200.0
    assert parse_amount("R-1.-") is None


def test_a_hungarian_report_in_thousands_of_forints(tmp_path: Path) -> None:
    rows: Rows = [
        ["Projekt költségkövetés 2026 (eFt)"],
        ["Költségtétel", "Hónap", "Terv", "Tény", "Eltérés"],
        ["Tervezés", "2026. január", 1200, 1150, 50],
        ["Kivitelezés", "2026. február", 8000, 8400, -400],
    ]
    assert _got(_one(tmp_path, "Koltseg", rows)) == {
        (JAN, "Tervezés"): (1200000.0, 1150000.0, None),
        (FEB, "Kivitelezés"): (8000000.0, 8400000.0, None),
    }
    assert header_unit("Terv (MFt)") == (1e6, "MFt")
    assert header_unit("Aircraft") is None  # near-miss: no forint in a word


def test_a_romanian_budget_line_and_its_realizat(tmp_path: Path) -> None:
    rows: Rows = [
        ["Urmărire buget proiect"],
        ["Linie bugetară", "Luna", "Buget (lei)", "Realizat (lei)", "Observații"],
        ["Proiectare", "ianuarie 2026", "45.000,00", "43.500,00", None],
        ["Execuție", "februarie 2026", "320.000,00", "335.000,00", "act adițional"],
    ]
    assert _got(_one(tmp_path, "Buget", rows)) == {
        (JAN, "Proiectare"): (45000.0, 43500.0, None),
        (FEB, "Execuție"): (320000.0, 335000.0, None),
    }
