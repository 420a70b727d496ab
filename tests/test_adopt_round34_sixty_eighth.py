"""Round 34's last hour: tuning on the sixty-eighth batch (finance trackers of every shape,
round 34's held-out, promoted).

Each rule is a habit of the KIND, tried on workbooks of its own in two or three forms, with
the near-miss it must not fire on (docs/adopt.md, "Round 34 (its last hour): tuning on the
sixty-eighth batch (finance trackers)"):

1. **a row of flags UNDER the months' header**: a latest estimate or rolling forecast writes
   its months as the header and, in the row under them, which months are closed and which
   forecast (``A | A | F | F``, by the title block's legend ``R = real, P = previsión`` or
   the convention, or in words ``Actual | Actual | Forecast``); each month's amounts are
   that measure, a ``Budget`` row stays the budget, and the flag row is no line;
   near-misses: letters that are no flags (``A | B | C``), forecasts before actuals, a
   month left unflagged.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only

MONTHS = [datetime(2026, 3, 1), datetime(2026, 4, 1), datetime(2026, 5, 1), datetime(2026, 6, 1)]

# --- 1. a row of flags under the months' header -------------------------------------------


def test_flag_row_under_months_with_legend_and_budget_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Harbour wall repairs - latest estimate (GBP)"],
        ["A = actual (month closed), F = forecast"],
        [],
        ["Cost line", "Measure", *MONTHS, "Year total"],
        [None, "A/F", "A", "A", "F", "F", None],
        ["Piling", "Budget", 100.0, 110.0, 120.0, 130.0, 460.0],
        ["Piling", "Actual / Forecast", 101.0, 111.0, 121.0, 131.0, 464.0],
        ["Cladding", "Budget", 200.0, 210.0, 220.0, 230.0, 860.0],
        ["Cladding", "Actual / Forecast", 201.0, 211.0, 221.0, 231.0, 864.0],
    ]
    adoption = adopt(book(tmp_path / "le.xlsx", "Estimate", rows))
    got = finance_by_line(adoption)
    assert len(got) == 8
    april, may = got[(date(2026, 4, 1), "Piling")], got[(date(2026, 5, 1), "Cladding")]
    assert (april.budget, april.actual, april.forecast) == (110.0, 111.0, None)
    assert (may.budget, may.actual, may.forecast) == (220.0, None, 221.0)
    table = only(adoption)
    assert any("flags under the months (row 5)" in n for n in table.notes)
    assert any(s.row == 5 and "row of flags" in s.reason for s in table.skipped_rows)


def test_flag_row_under_months_by_convention_one_row_a_line(tmp_path: Path) -> None:
    # one row a line (the latest estimate alone), the flag row's label in the line column
    rows: list[list[object]] = [
        ["Library refit - outturn forecast (EUR)"],
        [],
        ["Line", *MONTHS],
        ["Status", "A", "A", "A", "F"],
        ["Shelving", 10.0, 20.0, 30.0, 40.0],
        ["Lighting", 11.0, 21.0, 31.0, 41.0],
        ["IT kiosks", 12.0, 22.0, 32.0, 42.0],
    ]
    got = finance_by_line(adopt(book(tmp_path / "of.xlsx", "Outturn", rows)))
    assert len(got) == 12
    assert got[(date(2026, 5, 1), "Lighting")].actual == 31.0
    june = got[(date(2026, 6, 1), "IT kiosks")]
    assert (june.actual, june.forecast) == (None, 42.0)
    assert "Status" not in {line for _, line in got}


def test_flag_row_under_months_in_spanish_letters(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Museo del agua - estimación (EUR)"],
        ["R = real, P = previsión"],
        [],
        ["Concepto", *MONTHS],
        [None, "R", "R", "P", "P"],
        ["Obra civil", 50.0, 60.0, 70.0, 80.0],
        ["Equipos", 5.0, 6.0, 7.0, 8.0],
        ["Diseño", 1.0, 2.0, 3.0, 4.0],
    ]
    got = finance_by_line(adopt(book(tmp_path / "es.xlsx", "Estimación", rows)))
    assert got[(date(2026, 4, 1), "Obra civil")].actual == 60.0
    assert got[(date(2026, 5, 1), "Equipos")].forecast == 7.0
    assert got[(date(2026, 5, 1), "Equipos")].actual is None


def test_flag_row_under_months_in_words(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot upgrade - monthly spend and forecast (GBP)"],
        [],
        ["Cost line", *MONTHS],
        [None, "Act", "Act", "Fcst", "Fcst"],
        ["Drainage", 10.0, 20.0, 30.0, 40.0],
        ["Roofing", 11.0, 21.0, 31.0, 41.0],
        ["Electrics", 12.0, 22.0, 32.0, 42.0],
    ]
    got = finance_by_line(adopt(book(tmp_path / "w.xlsx", "Spend", rows)))
    assert got[(date(2026, 4, 1), "Roofing")].actual == 21.0
    june = got[(date(2026, 6, 1), "Electrics")]
    assert (june.actual, june.forecast) == (None, 42.0)


def _letters(tmp: Path, flags: list[object]) -> dict[tuple[date, str], object]:
    rows: list[list[object]] = [
        ["Quay works - actual spend (GBP)"],
        [],
        ["Cost line", *MONTHS],
        [None, *flags],
        ["Dredging", 10.0, 20.0, 30.0, 40.0],
        ["Fenders", 11.0, 21.0, 31.0, 41.0],
        ["Bollards", 12.0, 22.0, 32.0, 42.0],
    ]
    return finance_by_line(adopt(book(tmp / "n.xlsx", "Spend", rows)))


def test_letters_that_are_no_flags_set_no_measure(tmp_path: Path) -> None:
    # phases A | B | C | D: no flags; the title's measure (actual) reads every month
    got = _letters(tmp_path, ["A", "B", "C", "D"])
    june = got[(date(2026, 6, 1), "Fenders")]
    assert (june.actual, june.forecast) == (41.0, None)


def test_forecast_before_actual_or_a_month_unflagged_set_no_measure(tmp_path: Path) -> None:
    got = _letters(tmp_path, ["F", "F", "A", "A"])
    assert got[(date(2026, 3, 1), "Bollards")].forecast is None
    (tmp_path / "b").mkdir()
    got = _letters(tmp_path / "b", ["A", "A", None, "F"])
    june = got[(date(2026, 6, 1), "Dredging")]
    assert june.forecast is None


# --- 2. a row naming the actual and the forecast together ---------------------------------


def _latest(tmp: Path, word: str, flags: list[object] | None) -> Path:
    rows: list[list[object]] = [["Visitor centre - latest estimate (EUR)"], []]
    rows.append(["Cost line", "Type", *MONTHS])
    if flags is not None:
        rows.append([None, None, *flags])
    for n, line in enumerate(["Fit-out", "Signage", "Car park"]):
        rows.append([line, "Budget", *(100.0 * (n + 1) + m for m in range(4))])
        rows.append([line, word, *(100.0 * (n + 1) + m + 5 for m in range(4))])
    return book(tmp / "latest.xlsx", "Latest", rows)


def test_actual_and_forecast_row_without_flags_is_not_read(tmp_path: Path) -> None:
    adoption = adopt(_latest(tmp_path, "Actual / Forecast", None))
    got = finance_by_line(adoption)
    june = got[(date(2026, 6, 1), "Signage")]
    assert (june.budget, june.actual, june.forecast) == (203.0, None, None)
    table = only(adoption)
    assert sum("nothing says which month is which" in s.reason for s in table.skipped_rows) == 3


def test_actual_and_forecast_in_short_forms_read_by_flags(tmp_path: Path) -> None:
    adoption = adopt(_latest(tmp_path, "Act & Fcst", ["A", "A", "A", "F"]))
    got = finance_by_line(adoption)
    may, june = got[(date(2026, 5, 1), "Car park")], got[(date(2026, 6, 1), "Car park")]
    assert (may.budget, may.actual, may.forecast) == (302.0, 307.0, None)
    assert (june.budget, june.actual, june.forecast) == (303.0, None, 308.0)


def test_a_plain_actual_row_is_still_the_actual(tmp_path: Path) -> None:
    got = finance_by_line(adopt(_latest(tmp_path, "Actual", None)))
    june = got[(date(2026, 6, 1), "Fit-out")]
    assert (june.budget, june.actual) == (103.0, 108.0)


def _titled(tmp: Path, title: str, words: tuple[str, ...]) -> dict[tuple[date, str], object]:
    rows: list[list[object]] = [[title], [], ["Cost line", "Measure", *MONTHS]]
    for n, line in enumerate(["Survey", "Groundworks", "Landscaping"]):
        for k, word in enumerate(words):
            rows.append([line, word, *(100.0 * (n + 1) + 10 * k + m for m in range(4))])
    return finance_by_line(adopt(book(tmp / "t.xlsx", "LE", rows)))


def test_actual_and_forecast_row_read_by_the_titles_cutoff(tmp_path: Path) -> None:
    title = "Riverside park - latest estimate, actuals to end April 2026 (GBP)"
    got = _titled(tmp_path, title, ("Budget", "Actual/Forecast"))
    april, may = got[(date(2026, 4, 1), "Survey")], got[(date(2026, 5, 1), "Survey")]
    assert (april.budget, april.actual, april.forecast) == (101.0, 111.0, None)
    assert (may.budget, may.actual, may.forecast) == (102.0, None, 112.0)


def test_cutoff_leaves_plain_actual_and_forecast_rows_alone(tmp_path: Path) -> None:
    # near-miss: the title's cut-off reads only a row naming both; a Forecast row's closed
    # months stay its forecast, an Actual row its actual
    title = "Riverside park - latest estimate, actuals to end April 2026 (GBP)"
    got = _titled(tmp_path, title, ("Budget", "Actual", "Forecast"))
    march = got[(date(2026, 3, 1), "Landscaping")]
    assert (march.budget, march.actual, march.forecast) == (300.0, 310.0, 320.0)


def test_actuals_to_no_month_names_no_cutoff(tmp_path: Path) -> None:
    got = _titled(
        tmp_path,
        "Riverside park - actuals up to now and forecast (GBP)",
        ("Budget", "Actual / Forecast"),
    )
    june = got[(date(2026, 6, 1), "Groundworks")]
    assert (june.budget, june.actual, june.forecast) == (203.0, None, None)


def test_cutoff_written_as_the_months_last_day(tmp_path: Path) -> None:
    # the cut-off as the closed month's last day, either order of day and month
    got = _titled(tmp_path, "Riverside park LE (actuals to 30/04/2026)", ("Budget", "Act / Fcst"))
    assert got[(date(2026, 4, 1), "Survey")].actual == 111.0
    assert got[(date(2026, 5, 1), "Survey")].forecast == 112.0


def test_a_date_that_ends_no_month_is_no_cutoff(tmp_path: Path) -> None:
    got = _titled(tmp_path, "Riverside park LE (actuals to 15/04/2026)", ("Budget", "Act / Fcst"))
    may = got[(date(2026, 5, 1), "Survey")]
    assert (may.budget, may.actual, may.forecast) == (102.0, None, None)


def test_cutoff_forms_read_and_refused() -> None:
    from addin.adopt.measure_flags import actuals_cutoff

    def month(title: str) -> date | None:
        found = actuals_cutoff([title])
        return found[0] if found is not None else None

    assert month("Latest estimate - actuals to 31 March 2026") == date(2026, 3, 1)
    assert month("actuals through Mar-26, forecast thereafter") == date(2026, 3, 1)
    assert month("Actual up to 2026-04") == date(2026, 4, 1)
    assert month("Actuals through 2026-04-30") == date(2026, 4, 1)
    assert month("actuals to 15 March 2026") is None  # ends no month
    assert month("Actuals to P4") is None  # a period number: no month said
    assert actuals_cutoff(["Actuals to end April 2026", "actuals to May-26"]) is None
