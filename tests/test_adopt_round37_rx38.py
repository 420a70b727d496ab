"""Round 37 (rx38): tables a person reads from their columns and values alone.

- one row under a header whose total's column (``Total``, ``Summe``, ``Celkem``) holds the
  sum of the row's other amounts is a table's first row, not a strip of labels;
- a title line one of whose parts names the actuals alone, less its period and currency
  (``Kowhai Downs - Actual 2026/27 season (NZ$)``), names the sheet as ``Actual`` would:
  its one month booked is read, the months still empty not yet booked;
- a firm's legal form (``Pvt. Ltd.``, ``Pty. Ltd.``, ``Corp.``) in a long title ends no
  sentence: ``Time & materials tracker - Kaveri Digital Consulting Pvt. Ltd.`` names the
  tracker on a sheet named ``Sheet1``;
- a project's check of its suppliers' invoices (``Invoice control``, ``Invoice check``,
  German ``Rechnungskontrolle``) names its invoice register, as ``Invoice log`` does; a
  ledger's or a client's (``Purchase ledger - invoice control``, ``Client invoice check``)
  does not;

The ``anonymous`` perturbation of ``benchmarks/adopt_perturb.py`` (a title block cleared and
the sheets renamed neutrally, together) is tested last.

Near misses stay as before (docs/adopt.md, "Round 37: registers with no register word
anywhere (rx38)").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, books, finance_by_line, registers


def _sjöbod(total: str, rows: list[list[object]]) -> list[list[object]]:
    head: list[object] = ["Månad", "Virke", "Tak", "Fönster", "VVS", total]
    return [["Sjöbod, renovering"], ["Belopp i SEK"], [], head, *rows]


def _row(month: str, amounts: list[float], total: float | None = None) -> list[object]:
    return [month, *amounts, sum(amounts) if total is None else total]


def test_one_row_summed_across_under_a_total_is_a_table(tmp_path: Path) -> None:
    for total in ("Total", "Summe", "Celkem", "Summa"):
        plan = [_row(f"2026-0{m}", [10.0 * m, 20.0, 30.0, 5.0]) for m in (4, 5, 6, 7)]
        actual = [_row("2026-04", [38.5, 22.0, 29.0, 6.0])]
        path = books(
            tmp_path / f"sjobod_{total}.xlsx",
            {"Budget": _sjöbod(total, plan), "Utfall": _sjöbod(total, actual)},
        )
        adoption = adopt(path)
        assert registers(adoption) == ["finance", "finance"], total
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 4, 1), "Virke")].actual == 38.5, total
        assert lines[(date(2026, 4, 1), "VVS")].actual == 6.0, total
        assert lines[(date(2026, 5, 1), "Virke")].actual is None, total
        assert len(lines) == 16, total  # four lines by four months: no total's line


def test_one_row_whose_total_is_not_its_sum_stays_unfound(tmp_path: Path) -> None:
    # the last figure is not the row summed: labels over one row of figures, no table
    actual = [_row("2026-04", [38.5, 22.0, 29.0, 6.0], total=12.0)]
    plan = [_row(f"2026-0{m}", [10.0 * m, 20.0, 30.0, 5.0]) for m in (4, 5, 6, 7)]
    path = books(
        tmp_path / "off.xlsx",
        {"Budget": _sjöbod("Total", plan), "Utfall": _sjöbod("Total", actual)},
    )
    adoption = adopt(path)
    assert [t.sheet for t in adoption.report.tables] == ["Budget"]


def test_one_summed_row_on_a_sheet_of_another_name_is_still_no_tracker(tmp_path: Path) -> None:
    # found as a table now, but ``Anteckningar`` (notes) names no measure: one month down
    # is no finance tracker (round 37, t43b)
    one = _sjöbod("Total", [_row("2026-04", [38.5, 22.0, 29.0, 6.0])])
    adoption = adopt(book(tmp_path / "one.xlsx", "Anteckningar", one))
    assert "finance" not in registers(adoption)


def _season(title: str, actuals: bool) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Item", "Jun-26", "Jul-26", "Aug-26", "Sep-26"]]
    lines = {"Rotary shed": [2500, 10500, 9250, 4750], "Effluent pond": [16000, 6750, 5500, 3750]}
    lines |= {"Heifer purchases": [13750, 6000, 3500, 6000]}
    for line, amounts in lines.items():
        rows.append([line, *([amounts[0] // 10] if actuals else amounts)])
    return rows


def _two_seasons(tmp_path: Path, actual_title: str) -> Path:
    return books(
        tmp_path / "season.xlsx",
        {
            "Export": _season("Kowhai Downs - Budget 2026/27 season (NZ$)", False),
            "Export (2)": _season(actual_title, True),
        },
    )


def test_a_title_naming_the_actuals_with_its_season_names_the_sheet(tmp_path: Path) -> None:
    for title in (
        "Kowhai Downs - Actual 2026/27 season (NZ$)",
        "Kowhai Downs: Actuals FY26",
    ):
        adoption = adopt(_two_seasons(tmp_path, title))
        assert registers(adoption) == ["finance", "finance"], title
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 6, 1), "Rotary shed")].actual == 250.0, title
        assert lines[(date(2026, 6, 1), "Rotary shed")].budget == 2500.0, title
        assert lines[(date(2026, 7, 1), "Rotary shed")].actual is None, title


def test_a_title_saying_more_than_the_actuals_keeps_one_month_unread(tmp_path: Path) -> None:
    # hours, a herd's size, a line's name: the title is no sheet named ``Actual``; one month of
    # figures under it stays no tracker
    for title in (
        "Kowhai Downs - Actual hours 2026/27 season",
        "Kowhai Downs - Actual herd size 2026/27 season",
        "Kowhai Downs - Heifer purchases 2026/27 season",
    ):
        adoption = adopt(_two_seasons(tmp_path, title))
        read = {t.sheet: t.register for t in adoption.report.tables}
        assert read["Export"] == "finance", title
        assert read.get("Export (2)") is None, title
        assert all(line.actual is None for line in finance_by_line(adoption).values()), title


def _tm(title: str) -> list[list[object]]:
    head: list[object] = ["Month", "Role", "Days", "Day rate (INR)", "Amount excl. GST (INR)"]
    rows: list[list[object]] = [["Sugarcane Breeding Station - Crop analytics"], [title], [], head]
    for month, role, days, rate in (
        ("Apr-26", "Data engineer", 11, 25000),
        ("Apr-26", "Agronomy lead", 17, 17000),
        ("May-26", "GIS analyst", 8, 21000),
        ("May-26", "Data engineer", 11, 25000),
    ):
        rows.append([month, role, days, rate, days * rate])
    return rows


def test_a_firms_legal_form_in_a_long_title_ends_no_sentence(tmp_path: Path) -> None:
    for firm in ("Kaveri Digital Consulting Pvt. Ltd.", "Wattle Creek Data Analytics Pty. Ltd."):
        title = f"Time & materials tracker - {firm}"
        assert len(title) > 60  # a long title, read in its parts
        adoption = adopt(book(tmp_path / "tm.xlsx", "Sheet1", _tm(title)))
        assert registers(adoption) == ["finance"], firm
        lines = finance_by_line(adoption)
        assert sum(line.actual or 0 for line in lines.values()) == 275000 + 289000 + 168000 + 275000


def test_a_long_title_with_a_sentence_in_it_still_names_nothing(tmp_path: Path) -> None:
    # a note written as a sentence is no title: the same rows on ``Sheet1`` stay refused
    title = "Time & materials tracker - Draft. Rates to be agreed with the client"
    adoption = adopt(book(tmp_path / "tm.xlsx", "Sheet1", _tm(title)))
    assert "finance" not in registers(adoption)


def _invoices(title: str, english: bool = False) -> list[list[object]]:
    head: list[object] = (
        ["Invoice No.", "Date", "Service", "Net CHF", "VAT 8.1%", "Gross"]
        if english
        else ["Rechnung Nr.", "Datum", "Leistung", "Netto CHF", "MWST 8.1%", "Brutto"]
    )
    rows: list[list[object]] = [[title], [], head]
    for number, day, service, net in (
        ("89-9177", "27.12.2025", "Sicherheitsdienst", 5202.0),
        ("68-5595", "24.01.2026", "Grünpflege", 22848.0),
        ("70-3408", "28.01.2026", "Technischer Unterhalt", 9817.5),
        ("53-8418", "25.02.2026", "Technischer Unterhalt", 12648.0),
    ):
        vat = round(net * 0.081, 2)
        rows.append([number, day, service, net, vat, net + vat])
    return rows


def test_a_check_of_the_invoices_received_names_the_invoice_log(tmp_path: Path) -> None:
    for title, english in (
        ("Luftseilbahn Sils - Facility Management - Rechnungskontrolle", False),
        ("Luftseilbahn Sils - Facility Management - Invoice control", True),
    ):
        adoption = adopt(book(tmp_path / "inv.xlsx", "Sheet1", _invoices(title, english)))
        assert registers(adoption) == ["finance"], title
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 1, 1), "Technischer Unterhalt")].actual == 9817.5, title
        assert lines[(date(2026, 2, 1), "Technischer Unterhalt")].actual == 12648.0, title
        assert lines[(date(2026, 1, 1), "Grünpflege")].actual == 22848.0, title


def _ledger(title: str) -> list[list[object]]:
    head: list[object] = ["Supplier", "Description", "Invoice No.", "Invoice date", "Net"]
    rows: list[list[object]] = [[title], [], head]
    for firm, text, number, day, net in (
        ("Alpin Security AG", "Night patrols", "89-9177", "27.12.2025", 5202.0),
        ("Grün & Co", "Grounds care", "68-5595", "24.01.2026", 22848.0),
        ("Technik Sils", "Maintenance", "70-3408", "28.01.2026", 9817.5),
        ("Technik Sils", "Maintenance", "53-8418", "25.02.2026", 12648.0),
    ):
        rows.append([firm, text, number, day, net])
    return rows


def test_a_ledgers_or_a_clients_invoice_check_stays_no_tracker(tmp_path: Path) -> None:
    # the accounts team's ledger and the invoices the project raises are no project spend
    for title in (
        "Luftseilbahn Sils - Purchase ledger - invoice control",
        "Luftseilbahn Sils - Client invoice check",
        "Luftseilbahn Sils - Sales invoice control",
    ):
        adoption = adopt(book(tmp_path / "inv.xlsx", "Sheet1", _ledger(title)))
        assert "finance" not in registers(adoption), title


def test_the_invoices_under_a_title_naming_none_stay_refused(tmp_path: Path) -> None:
    # no word for the invoices anywhere: on ``Sheet1`` a person cannot tell the project's
    # invoices from a ledger's, and adoption does not guess
    title = "Luftseilbahn Sils - Facility Management"
    adoption = adopt(book(tmp_path / "inv.xlsx", "Sheet1", _invoices(title, True)))
    assert "finance" not in registers(adoption)


def test_the_anonymous_perturbation_clears_the_title_and_renames_the_sheet(
    tmp_path: Path,
) -> None:
    import random
    import sys

    import openpyxl

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from adopt_layouts import Built, TruthTable
    from adopt_perturb import anonymous

    rows: list[list[object]] = [
        ["Riverside Campus - Decision log"],
        [],
        [],
        ["Ref", "Decision", "Made by", "Date"],
        ["D-01", "Move go-live to May", "Priya Nair", date(2026, 2, 3)],
        ["D-02", "Keep the legacy feed", "Tom Okafor", date(2026, 2, 17)],
    ]
    path = book(tmp_path / "d.xlsx", "Decisions", rows)
    built = Built(path, [TruthTable("Decisions", 4, "decisions", {"A": "id"})], [])
    wb = openpyxl.load_workbook(path)
    assert anonymous(wb, built, random.Random(1)) == 2  # one title cell, one sheet
    (ws,) = wb.worksheets
    assert ws.title in ("Sheet1", "Data", "Export")
    assert ws["A1"].value is None
    assert [c.value for c in ws[4]][:4] == ["Ref", "Decision", "Made by", "Date"]
    assert wb._p22_renames == {"Decisions": ws.title}  # type: ignore[attr-defined]
