"""Round 38 (task px43): spacer columns and wrapped headers in finance tables, found by
perturbing the finance and supplier tuning halves (``adopt_perturb.py --structural``).

- An empty narrow column between a tracker's groups of measures (periods down, the lines'
  names in a group row) is no line of its own: the tracker is still read turned.
- A tracker's fields right of a spacer filled on some of its rows only (a forecast on the
  months to come, a note now and then) are the tracker's fields; a list beside, filled
  from its top down and ending on its own, stays apart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line, registers

MONTHS = [date(2026, m, 1) for m in range(1, 6)]


def _lines_in_groups(spacer: bool) -> list[list[object]]:
    """Months down, three lines across, each line's name merged over its three measures; with
    ``spacer``, an empty narrow column between the first line and the second."""
    gap: list[object] = [None] if spacer else []
    groups: list[object] = [None, "Ice track", None, None, *gap]
    groups += ["Cooling plant", None, None, "Lighting", None, None]
    header: list[object] = ["Month", "Budget", "Actual", "Forecast", *gap]
    header += ["Budget", "Actual", "Forecast"] * 2
    rows: list[list[object]] = [["Bobsleigh track"], ["Cost report from the ledger"], []]
    rows += [groups, header]
    for n, month in enumerate(MONTHS):
        past = n < 2
        cells: list[object] = [month]
        for k in range(3):
            base = 1000.0 * (k + 1) + n
            cells += [base, base - 100 if past else None, None if past else base + 50]
            if k == 0:
                cells += gap
        rows.append(cells)
    return rows


def test_an_empty_column_between_lines_of_a_tracker_with_its_months_down(
    tmp_path: Path,
) -> None:
    """``Month | Ice track: Budget | Actual | Forecast |`` an empty narrow column ``|
    Cooling plant: Budget | ... | Lighting: ...``: before, the empty column was read as a
    line with no name and the tracker was not turned, so only the first line's amounts
    were read (as amounts of no line)."""
    merged = ("B4:D4", "F4:H4", "I4:K4")
    adoption = adopt(book(tmp_path / "t.xlsx", "Cost report", _lines_in_groups(True), merged))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 15
    assert lines[(date(2026, 2, 1), "Cooling plant")].budget == 2001.0
    assert lines[(date(2026, 2, 1), "Cooling plant")].actual == 1901.0
    assert lines[(date(2026, 4, 1), "Lighting")].forecast == 3053.0
    assert lines[(date(2026, 1, 1), "Ice track")].actual == 900.0
    # the same tracker without the spacer reads the same
    plain_book = book(
        tmp_path / "p.xlsx", "Cost report", _lines_in_groups(False), ("B4:D4", "E4:G4", "H4:J4")
    )
    plain = finance_by_line(adopt(plain_book))
    assert {k: (v.budget, v.actual, v.forecast) for k, v in plain.items()} == {
        k: (v.budget, v.actual, v.forecast) for k, v in lines.items()
    }


def test_near_miss_a_labelled_column_between_lines_is_not_a_spacer(tmp_path: Path) -> None:
    """A column with a label of its own between the groups (``Notes``, text under it) is
    no empty spacer: the rule leaves it as it was (the tracker is not read turned with an
    empty line)."""
    rows = _lines_in_groups(True)
    rows[4][4] = "Notes"
    for r in rows[5:]:
        r[4] = "see minutes"
    merged = ("B4:D4", "F4:H4", "I4:K4")
    adoption = adopt(book(tmp_path / "t.xlsx", "Cost report", rows, merged))
    lines = finance_by_line(adoption)
    assert (date(2026, 3, 1), "Cooling plant") not in lines


LINES = ["Ramp", "Fenders", "Site supervision"]


def _tracker_with_later_fields(beside: list[list[object]] | None = None) -> list[list[object]]:
    """``Month | Line | Budget | Actual``, an empty column, ``Forecast | Notes``: actuals on
    the first two months, forecasts on the last two, a note now and then."""
    rows: list[list[object]] = [["Ferry quay - tracking"], ["Currency: EUR"], []]
    rows.append(["Month", "Line", "Budget", "Actual", None, "Forecast", "Notes"])
    notes = {1: "Awaiting invoice", 4: "Price review", 8: "Certificate 3"}
    n = 0
    for m, month in enumerate(MONTHS[:4]):
        for k, line in enumerate(LINES):
            actual = 100.0 * (k + 1) + m if m < 2 else None
            forecast = 110.0 * (k + 1) + m if m >= 2 else None
            rows.append([month, line, 100.0 * (k + 1), actual, None, forecast, notes.get(n)])
            n += 1
    if beside:
        for r, extra in enumerate(beside):
            rows[3 + r] += [None, *extra]
    return rows


def test_a_forecast_and_notes_right_of_a_spacer_filled_on_some_rows(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "t.xlsx", "Tracking", _tracker_with_later_fields()))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 12
    assert lines[(date(2026, 4, 1), "Fenders")].forecast == 223.0
    assert lines[(date(2026, 1, 1), "Fenders")].notes == "Awaiting invoice"
    assert lines[(date(2026, 2, 1), "Fenders")].notes == "Price review"
    assert lines[(date(2026, 1, 1), "Fenders")].actual == 200.0


def test_near_miss_a_contact_list_beside_after_an_empty_column_stays_apart(
    tmp_path: Path,
) -> None:
    """A tracker ``Month | Line | Budget | Actual`` and, after an empty column, a list
    ``Contact | Phone`` filled on its first three rows only: a separate table (filled from
    its top down, ending on its own), not the tracker's fields."""
    rows: list[list[object]] = [["Ferry quay - tracking"], ["Currency: EUR"], []]
    rows.append(["Month", "Line", "Budget", "Actual", None, "Contact", "Phone"])
    people = [["A. Ruiz", "+34 600 100 200"], ["B. Soto", "+34 600 300 400"]]
    people.append(["C. Vidal", "+34 600 500 600"])
    for m, month in enumerate(MONTHS[:4]):
        for k, line in enumerate(LINES):
            row: list[object] = [month, line, 100.0 * (k + 1), 90.0 * (k + 1) + m]
            n = m * len(LINES) + k
            rows.append(row + ([None, *people[n]] if n < len(people) else []))
    adoption = adopt(book(tmp_path / "t.xlsx", "Tracking", rows))
    finance = [t for t in adoption.report.adopted_tables if t.register == "finance"]
    assert len(finance) == 1
    assert finance[0].ref.split(":")[1].startswith("D")
    lines = finance_by_line(adoption)
    assert len(lines) == 12
    assert all(not (f.notes or "").startswith("+34") for f in lines.values())
