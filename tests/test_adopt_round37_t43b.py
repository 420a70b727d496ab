"""Round 37 (t43b): finance trackers of the ninety-third batch's shapes.

- Czech and Slovak write thousands as ``tis.`` (``v tis. Kč``, ``tis. EUR``): amounts x 1,000;
- Mexico's public budgets call the money spent ``Ejercido``: the actual;
- ``LE`` / ``LBE`` in capitals (the latest (best) estimate) is the forecast's sheet or title;
- what a payment certificate ``Certified`` is the month's actual;
- a block stacked under another and headed by its measure alone (``ACTUAL``) is a finance
  block, its months still empty read as not yet booked;
- a total's column across in the sheet's language (``Summa``, ``Summe``) is no cost line;
- a sheet named by its measure (``Ist``, ``Utfall``) with its cost lines across and one
  month down so far is read as its twin ``Budget`` sheet is.

Near misses stay as before (docs/adopt.md, "Round 37: tuning on the ninety-third batch").
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.finance import measure_in
from addin.adopt.units import header_unit
from tests.adopt_sheets import adopt, book, books, finance_by_line, registers, targets


def test_czech_and_slovak_tis_is_thousands() -> None:
    assert header_unit("v tis. Kč") == (1000.0, "v tis. Kč")
    assert header_unit("Rozpočet (tis. EUR)") is not None
    assert header_unit("Rozpočet (tis. EUR)")[0] == 1000.0  # type: ignore[index]
    # a word that starts so is no unit
    assert header_unit("Tisk a propagace") is None


def test_a_tracker_in_tis_kc_is_read_in_thousands(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Obnova hradní kaple - rozpočet"],
        ["v tis. Kč"],
        [],
        ["Položka", "Leden 2026", "Únor 2026", "Březen 2026"],
        ["Střecha", 120.0, 80.0, 45.0],
        ["Fasáda", 60.0, 30.0, 12.5],
    ]
    adoption = adopt(book(tmp_path / "kaple.xlsx", "Rozpočet", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Střecha")].budget == 120000.0
    assert lines[(date(2026, 3, 1), "Fasáda")].budget == 12500.0


def test_mexican_ejercido_is_the_actual_por_ejercer_is_not(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Mes", "Partida", "Presupuesto", "Ejercido", "Por ejercer"],
        [datetime(2026, 2, 1), "Obra civil", 500.0, 420.0, 80.0],
        [datetime(2026, 2, 1), "Señalética", 90.0, 95.0, -5.0],
        [datetime(2026, 3, 1), "Obra civil", 300.0, None, 300.0],
    ]
    adoption = adopt(book(tmp_path / "avance.xlsx", "Avance", rows))
    assert registers(adoption) == ["finance"]
    table = adoption.report.tables[0]
    assert targets(table)["Ejercido"] == "actual"
    assert targets(table)["Por ejercer"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Obra civil")].actual == 420.0
    assert lines[(date(2026, 2, 1), "Señalética")].actual == 95.0
    assert lines[(date(2026, 3, 1), "Obra civil")].actual is None
    assert lines[(date(2026, 3, 1), "Obra civil")].budget == 300.0


def test_le_in_capitals_is_the_latest_estimate() -> None:
    assert measure_in("LE") == "forecast"
    assert measure_in("Gallery spend LE") == "forecast"
    assert measure_in("FY26 LE") is None  # all capitals, two words: not said
    assert measure_in("Museum wing - LBE (USD)") == "forecast"
    # a French article is no estimate, in lower case or in an all-capitals title
    assert measure_in("Coût pour le mois") is None
    assert measure_in("BUDGET POUR LE MOIS") == "budget"


def test_an_le_sheet_beside_budget_and_actuals_is_the_forecast(tmp_path: Path) -> None:
    months = [datetime(2026, 1, 1), datetime(2026, 2, 1), datetime(2026, 3, 1)]

    def sheet(values: list[list[object]]) -> list[list[object]]:
        return [["Line", *months], *values]

    path = books(
        tmp_path / "wing.xlsx",
        {
            "Budget": sheet(
                [["Joinery", 1040.5, 2000.0, 3000.0], ["Lighting", 500.0, 600.0, 700.0]]
            ),
            "Actuals": sheet([["Joinery", 1100.25, None, None], ["Lighting", 412.0, None, None]]),
            "LE": sheet([["Joinery", None, 2500.5, 2800.0], ["Lighting", None, 900.0, 812.5]]),
        },
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 1, 1), "Joinery")].actual == 1100.25
    assert lines[(date(2026, 2, 1), "Joinery")].budget == 2000.0
    assert lines[(date(2026, 2, 1), "Joinery")].forecast == 2500.5
    assert lines[(date(2026, 3, 1), "Lighting")].forecast == 812.5
    assert lines[(date(2026, 1, 1), "Lighting")].forecast is None


def test_a_certificate_registers_certified_amount_is_the_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Interim certificates"],
        [],
        ["Certificate", "Month", "Subcontract", "Certified", "VAT", "Gross payable"],
        ["IC-07", datetime(2026, 4, 1), "Groundworks", 10000.0, 2000.0, 12000.0],
        ["IC-08", datetime(2026, 4, 1), "Roofing", 4000.0, 800.0, 4800.0],
        ["IC-09", datetime(2026, 5, 1), "Groundworks", 6500.0, 1300.0, 7800.0],
    ]
    adoption = adopt(book(tmp_path / "certs.xlsx", "Certificates", rows))
    assert registers(adoption) == ["finance"]
    table = adoption.report.tables[0]
    assert targets(table)["Certified"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Groundworks")].actual == 10000.0
    assert lines[(date(2026, 4, 1), "Roofing")].actual == 4000.0
    assert lines[(date(2026, 5, 1), "Groundworks")].actual == 6500.0


def _stacked(tmp: Path, sheet: str, second: str) -> Path:
    months = ["Jan-26", "Feb-26", "Mar-26", "Apr-26"]
    rows: list[list[object]] = [
        ["Community hall refit"],
        [],
        ["BUDGET"],
        ["Line", *months],
        ["Kitchen", 100.0, 110.0, 120.0, 130.0],
        ["Hall", 50.0, 55.0, 60.0, 65.0],
        [],
        [second],
        ["Line", *months],
        ["Kitchen", 98.0, None, None, None],
        ["Hall", 51.0, None, None, None],
    ]
    return book(tmp / "stacked.xlsx", sheet, rows)


def test_a_stacked_block_headed_by_its_measure_one_month_in_is_read(tmp_path: Path) -> None:
    adoption = adopt(_stacked(tmp_path, "Plan", "ACTUAL"))
    assert registers(adoption) == ["finance", "finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Kitchen")].budget == 100.0
    assert lines[(date(2026, 1, 1), "Kitchen")].actual == 98.0
    assert lines[(date(2026, 1, 1), "Hall")].actual == 51.0
    assert lines[(date(2026, 2, 1), "Hall")].actual is None


def test_a_stacked_block_on_a_sheet_of_days_stays_unread(tmp_path: Path) -> None:
    # a sheet of people's days, not money: its one-month ``ACTUAL`` block is no finance
    adoption = adopt(_stacked(tmp_path, "Volunteer days", "ACTUAL"))
    assert [t.register for t in adoption.report.tables][1] is None


def _months_down(total: str) -> list[list[object]]:
    return [
        ["Month", "Timber", "Roofing", "Electrics", total],
        ["2026-03", 10.0, 20.0, 5.0, 35.0],
        ["2026-04", 12.0, 22.0, 6.0, 40.0],
        ["2026-05", 14.0, 24.0, 7.0, 45.0],
    ]


def test_a_total_column_across_in_the_sheets_language_is_no_cost_line(tmp_path: Path) -> None:
    for total in ("Summa", "Summe", "Celkem"):
        path = book(tmp_path / f"spend_{total}.xlsx", "Budget", _months_down(total))
        lines = finance_by_line(adopt(path))
        assert {line for _, line in lines} == {"Timber", "Roofing", "Electrics"}, total
        assert lines[(date(2026, 4, 1), "Roofing")].budget == 22.0
        assert len(lines) == 9


def _sjöbod(rows: list[list[object]]) -> list[list[object]]:
    head: list[object] = ["Månad", "Virke", "Tak", "Fönster", "VVS", "Summa"]
    return [["Sjöbod, renovering"], ["Belopp i SEK"], [], head, *rows]


def _row(month: str, amounts: list[float]) -> list[object]:
    return [month, *amounts, sum(amounts)]


def test_one_month_down_on_a_sheet_named_by_its_measure_is_read(tmp_path: Path) -> None:
    budget = _sjöbod([_row(f"2026-0{m}", [10.0 * m, 20.0, 30.0, 5.0]) for m in (4, 5, 6, 7)])
    actual = _sjöbod([_row("2026-04", [38.5, 22.0, 29.0, 6.0])])
    adoption = adopt(books(tmp_path / "sjobod.xlsx", {"Budget": budget, "Utfall": actual}))
    assert registers(adoption) == ["finance", "finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Virke")].actual == 38.5
    assert lines[(date(2026, 4, 1), "VVS")].actual == 6.0
    assert lines[(date(2026, 5, 1), "Virke")].actual is None
    assert lines[(date(2026, 5, 1), "Virke")].budget == 50.0
    assert len(lines) == 16  # four lines by four months: no ``Summa`` line


def test_one_month_down_on_a_sheet_of_another_name_stays_unread(tmp_path: Path) -> None:
    # ``Anteckningar`` (notes) names no measure: one row under ``Månad`` is no tracker
    one = _sjöbod([_row("2026-04", [38.5, 22.0, 29.0, 6.0])])
    adoption = adopt(book(tmp_path / "one.xlsx", "Anteckningar", one))
    assert "finance" not in registers(adoption)
