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

from addin.adopt.detect import _half_label, _halves_over_repeats
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


PUB_LINES = [("Cellar and bar", "Capital"), ("Legal and survey", "Revenue")]


def _wrapped_with_signs(lower_sign: str) -> list[list[object]]:
    """A budget monitor whose header is wrapped over two rows without a merge, each amount's
    currency written alone under its label (``Budget`` over ``£``)."""
    rows: list[list[object]] = [["The Drovers Arms"], ["Budget monitoring"], []]
    rows.append([None, "Budget", "Capital /", "Budget", "Actual", "Variance"])
    rows.append(["Month", "heading", "Revenue", lower_sign, lower_sign, lower_sign])
    for m, month in enumerate(MONTHS[:3]):
        for k, (line, kind) in enumerate(PUB_LINES):
            budget, actual = 1000.0 * (k + 1) + m, 900.0 * (k + 1) + m
            rows.append([month, line, kind, budget, actual, budget - actual])
    return rows


def test_a_currency_alone_under_its_label_is_the_header_s_lower_half(tmp_path: Path) -> None:
    """``Budget`` over ``£``: before, the mark alone was no label nor a half, so the two
    rows were not read as one header and the tracker was refused."""
    for sign in ("£", "GBP"):
        adoption = adopt(book(tmp_path / f"t{sign}.xlsx", "2026-27", _wrapped_with_signs(sign)))
        assert registers(adoption) == ["finance"]
        lines = finance_by_line(adoption)
        assert len(lines) == 6
        assert lines[(date(2026, 2, 1), "Legal and survey")].budget == 2001.0
        assert lines[(date(2026, 2, 1), "Legal and survey")].actual == 1801.0
        assert lines[(date(2026, 2, 1), "Legal and survey")].capex_opex == "OpEx"


def test_near_miss_only_a_currency_is_a_half() -> None:
    assert _half_label("£") and _half_label("EUR") and _half_label("(£)")
    # a code in lower case is a word, a word is a label of its own
    assert not _half_label("top") and not _half_label("eur") and not _half_label("Budget")


BUILDER = [("0600", "Framing"), ("0400", "Foundation"), ("1600", "Electrical")]


def test_a_repeated_lower_label_told_apart_by_the_row_above(tmp_path: Path) -> None:
    """``Cost | Cost Code | | Builder | Committed | Actual`` over ``Code | Title | Month |
    Budget | Costs | Costs``: the lower row alone reads more (``Code``, ``Title``,
    ``Budget``) than the phrases joined, but its ``Costs`` twice are told apart only by
    the row above: one header wrapped over two rows (before, the actual costs were read
    under a bare ``Costs``, or not at all)."""
    rows: list[list[object]] = [["Job: Lakeside house"], ["Currency: CAD"], []]
    rows.append(["Cost", "Cost Code", None, "Builder", "Committed", "Actual"])
    rows.append(["Code", "Title", "Month", "Budget", "Costs", "Costs"])
    for m, month in enumerate(["February 2026", "March 2026"]):
        for k, (code, title) in enumerate(BUILDER):
            rows.append([code, title, month, 500.0 * (k + 1), 450.0 * (k + 1) + m, 400.0 + k + m])
    adoption = adopt(book(tmp_path / "b.xlsx", "Budget", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert lines[(date(2026, 3, 1), "Foundation")].actual == 402.0
    assert lines[(date(2026, 3, 1), "Foundation")].budget == 1000.0


def test_near_miss_repeats_not_told_apart_are_no_wrapped_header() -> None:
    lower: list[object] = ["Code", "Title", "Month", "Budget", "Costs", "Costs"]
    assert _halves_over_repeats(
        ["Cost", "Cost Code", None, "Builder", "Committed", "Actual"], lower
    )
    # no label over one of the repeats, or the same label over both: nothing tells them apart
    assert not _halves_over_repeats(
        ["Cost", "Cost Code", None, "Builder", "Committed", None], lower
    )
    assert not _halves_over_repeats(["Cost", "Cost Code", None, "Builder", "Paid", "Paid"], lower)
    # an item's name under a label is a value, not the label's half
    item: list[object] = ["0600", "Framing", "Feb 2026", "Budget", "Costs", "Costs"]
    assert not _halves_over_repeats(
        ["Cost", "Cost Code", None, "Builder", "Committed", "Actual"], item
    )


DELIVERIES = [
    ("Siemens", "Drive cabinets", date(2026, 3, 4), date(2026, 3, 16), "T. Nowak", "Delivered"),
    ("Atlas Copco", "Compressor skid", date(2026, 4, 8), date(2026, 4, 20), "T. Nowak", "On Track"),
    ("Tauron", "15 kV connection", date(2026, 4, 14), date(2026, 4, 26), "A. Wojcik", "At Risk"),
    ("Nexans", "Extruder line 3", date(2026, 4, 16), date(2026, 4, 11), "T. Nowak", "Delivered"),
]


def test_a_register_whose_parts_are_no_register_alone_across_a_spacer(tmp_path: Path) -> None:
    """``Supplier | Deliverable | Needed on site | Supplier promise``, an empty column,
    ``Project contact | Status``: neither part is a register alone (the left one has no
    owner or status), the strip right of the spacer too narrow to be a table; read as one
    they are the supplier's dependencies (before, the whole log was lost)."""
    header: list[object] = ["Supplier", "Deliverable", "Needed on site", "Supplier promise"]
    rows: list[list[object]] = [[*header, None, "Project contact", "Status"]]
    for supplier, what, need, promise, contact, status in DELIVERIES:
        rows.append([supplier, what, need, promise, None, contact, status])
    adoption = adopt(book(tmp_path / "d.xlsx", "Supplier deliverables", rows))
    assert registers(adoption) == ["dependencies"]
    deps = adoption.project.dependencies
    assert [d.title for d in deps] == [d[1] for d in DELIVERIES]
    assert deps[2].status == "At Risk"
    assert deps[2].owner == "A. Wojcik"
    assert deps[2].need_by == date(2026, 4, 14)


def test_near_miss_a_contact_list_beside_a_part_that_is_no_register(tmp_path: Path) -> None:
    """The same left part and, after an empty column, a list of contacts on its first two
    rows only (a table of its own): no status of the items is read from it."""
    header: list[object] = ["Supplier", "Deliverable", "Needed on site", "Supplier promise"]
    rows: list[list[object]] = [[*header, None, "Contact", "Status"]]
    for n, (supplier, what, need, promise, _, _) in enumerate(DELIVERIES):
        extra: list[object] = [None, f"Person {n}", "Active"] if n < 2 else []
        rows.append([supplier, what, need, promise, *extra])
    adoption = adopt(book(tmp_path / "d.xlsx", "Supplier deliverables", rows))
    assert all(d.status != "Active" for d in adoption.project.dependencies)


SOW = [
    ("M1", "Solution design", date(2025, 12, 5), date(2025, 12, 19), 280000.0, "Complete"),
    ("M2", "PACS integration", date(2026, 1, 13), date(2026, 1, 20), 280000.0, "In Progress"),
    ("M3", "User acceptance", date(2026, 2, 16), date(2026, 2, 16), 140000.0, "Not Started"),
]


def test_payment_milestones_spaced_after_their_names(tmp_path: Path) -> None:
    """``MS | Deliverable``, an empty column, ``Contract date | Forecast date | Amount AUD
    ex GST | Status``: the right part alone leans to a tracker (a date read as its month,
    an amount), but it names no line, and the milestones read its date as their own
    forecast: one register (before, the dates and statuses were lost to a tracker of no
    lines)."""
    rows: list[list[object]] = [["Radiology system - SOW milestones"], []]
    rows.append(["MS", "Deliverable", None, "Contract date", "Forecast date"])
    rows[-1] += ["Amount AUD ex GST", "Status"]
    for ms, what, due, forecast, amount, status in SOW:
        rows.append([ms, what, None, due, forecast, amount, status])
    adoption = adopt(book(tmp_path / "m.xlsx", "SOW Milestones", rows))
    assert registers(adoption) == ["milestones"]
    ms = adoption.project.milestones
    assert [m.milestone for m in ms] == [s[1] for s in SOW]
    assert ms[1].forecast_date == date(2026, 1, 20)
    assert ms[1].status == "In Progress"


def test_near_miss_a_tracker_beside_milestones_names_its_lines(tmp_path: Path) -> None:
    """``MS | Deliverable``, an empty column, and a cost tracker ``Month | Cost line |
    Amount`` on the same rows: the tracker names its lines, a register of its own."""
    rows: list[list[object]] = [["Radiology system"], []]
    rows.append(["MS", "Deliverable", None, "Month", "Cost line", "Amount"])
    for n, (ms, what, *_rest) in enumerate(SOW):
        rows.append([ms, what, None, MONTHS[n], LINES[n], 1000.0 * (n + 1)])
    adoption = adopt(book(tmp_path / "m.xlsx", "Sheet1", rows))
    assert "finance" in registers(adoption)
    assert finance_by_line(adoption)[(MONTHS[1], LINES[1])].actual == 2000.0


STREAMS = ["HACCP review", "Training"]


def test_invoices_right_of_a_spacer_on_the_months_invoiced_so_far(tmp_path: Path) -> None:
    """``Month | Workstream | Fee budget``, an empty column, ``Invoiced (€ ex VAT) | VAT @
    23% | Invoiced incl. VAT | Invoice no.`` filled on the first three months of five: the
    months to come have no invoice yet (before, the invoiced part was read as a table of
    its own, not a register, and every actual lost)."""
    rows: list[list[object]] = [["Compliance consultancy - fees"], ["Client: Cill Chiaráin"], []]
    rows.append(["Month", "Workstream", "Fee budget (€ ex VAT)", None, "Invoiced (€ ex VAT)"])
    rows[-1] += ["VAT @ 23%", "Invoiced incl. VAT", "Invoice no."]
    n = 0
    for m, month in enumerate(MONTHS):
        for k, stream in enumerate(STREAMS):
            row: list[object] = [month, stream, 5000.0 + 250 * k + m]
            if m < 3:
                net = 4000.0 + 100 * k + m
                row += [None, net, round(net * 0.23, 2), round(net * 1.23, 2), f"ACL-{2100 + n}"]
            rows.append(row)
            n += 1
    adoption = adopt(book(tmp_path / "f.xlsx", "Fees", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 10
    assert lines[(date(2026, 2, 1), "Training")].actual == 4101.0
    assert lines[(date(2026, 5, 1), "Training")].budget == 5254.0
    assert lines[(date(2026, 5, 1), "Training")].actual is None


def test_near_miss_a_short_summary_beside_a_tracker_stays_apart(tmp_path: Path) -> None:
    """A tracker of ten rows and, after an empty column, a summary ``Phase | Amount |
    Share`` on its first three rows (a table of its own, under half the tracker's rows):
    its amounts are no actuals of the tracker's first months."""
    rows: list[list[object]] = [["Compliance consultancy - fees"], ["Client: Cill Chiaráin"], []]
    rows.append(["Month", "Workstream", "Fee budget", "Invoiced", None, "Phase", "Amount"])
    rows[-1] += ["Share"]
    summary = [["Design", 12000.0, 0.4], ["Build", 15000.0, 0.5], ["Close", 3000.0, 0.1]]
    n = 0
    for m, month in enumerate(MONTHS):
        for k, stream in enumerate(STREAMS):
            row: list[object] = [month, stream, 5000.0 + k + m, 4000.0 + k + m]
            if n < len(summary):
                row += [None, *summary[n]]
            rows.append(row)
            n += 1
    adoption = adopt(book(tmp_path / "f.xlsx", "Fees", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "HACCP review")].actual == 4000.0
    assert lines[(date(2026, 1, 1), "Training")].actual == 4001.0
    assert all(f.cost_line in STREAMS for f in adoption.project.finance)


SURF = [
    (date(2026, 1, 11), "Westland Foam Ltd", "Shaping machine lease", 5051.0),
    (date(2026, 1, 21), "Toll NZ", "Freight", 486.0),
    (date(2026, 2, 11), "Westland Foam Ltd", "Fins", 6392.0),
    (date(2026, 2, 18), "Westland Foam Ltd", "Resin & glass", 2629.5),
    (date(2026, 3, 9), "Toll NZ", "Shaping machine lease", 2094.5),
]


def test_an_invoice_log_spaced_between_the_invoice_and_its_cost_line(tmp_path: Path) -> None:
    """``Invoice # | Invoice date | Supplier | PO``, an empty column, ``Cost line | Net
    (NZD) | GST | Gross | Paid``: each part alone is too little (a date and a supplier with
    no amount; a line and amounts with no month), and both name something a line could
    be; but two trackers side by side each read amounts. One log (before, refused)."""
    rows: list[list[object]] = [["Invoice #", "Invoice date", "Supplier", "PO", None]]
    rows[0] += ["Cost line", "Net (NZD)", "GST", "Gross", "Paid"]
    for n, (day, supplier, line, net) in enumerate(SURF):
        rows.append([f"INV-{8000 + n}", day, supplier, f"PO{4100 + n}", None, line, net])
        rows[-1] += [round(net * 0.15, 2), round(net * 1.15, 2), "Y" if n % 2 else "N"]
    adoption = adopt(book(tmp_path / "i.xlsx", "Invoices", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 5
    assert lines[(date(2026, 2, 1), "Resin & glass")].actual == 2629.5
    assert lines[(date(2026, 1, 1), "Freight")].actual == 486.0


def test_near_miss_two_lists_of_amounts_side_by_side_stay_apart(tmp_path: Path) -> None:
    """``Month | Cost line | Actual``, an empty column, ``Workstream | Budget``: both parts
    read amounts and name their own lines: the budgets are no budgets of the costs."""
    rows: list[list[object]] = [["Month", "Cost line", "Actual", None, "Workstream", "Budget"]]
    streams = ["Design", "Build", "Test", "Run", "Close"]
    for n, month in enumerate(MONTHS):
        rows.append([month, ["Fins", "Freight"][n % 2], 100.0 + n, None, streams[n], 1000.0 * n])
    adoption = adopt(book(tmp_path / "c.xlsx", "Costs", rows))
    lines = finance_by_line(adoption)
    assert len(lines) == 5
    assert lines[(date(2026, 2, 1), "Freight")].actual == 101.0
    assert all(f.budget is None and f.cost_line in ("Fins", "Freight") for f in lines.values())


TASKS = [
    ("Task 1", "Site selection memo", date(2026, 1, 21), date(2026, 1, 21), date(2026, 1, 19)),
    ("Task 2", "Speed study report", date(2026, 2, 1), date(2026, 2, 15), date(2026, 2, 12)),
    ("Task 3", "Signing and notices", date(2026, 4, 3), date(2026, 4, 24), None),
    ("Task 4", "Vendor procurement", date(2026, 6, 27), date(2026, 6, 27), None),
]


def _deliverables(right: list[str], values: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Department of Transportation"], ["Consultant Monthly Report"]]
    rows += [[], ["Area", "Status", "Comments"], ["Schedule", "Green"]]
    rows += [["Budget", "Red", "See deliverables"], ["Overall", "Yellow"], []]
    rows += [["Contract value: $1,245,000.00   Invoiced to date: see invoice log"], []]
    rows += [["Deliverables"], ["Task", "Deliverable", None, *right]]
    for (task, what, *_), extra in zip(TASKS, values, strict=True):
        rows.append([task, what, None, *extra])
    return rows


def test_a_titled_register_spaced_after_its_names(tmp_path: Path) -> None:
    """Under a status table, a line naming the invoice log and the title ``Deliverables``,
    ``Task | Deliverable``, an empty column, ``Contract Due | Revised Due | Submitted |
    Status``: neither part is a register alone, and the whole is one only under its own
    title (before, the parts were read together without it, the line above naming
    invoices, so the milestones were lost)."""
    statuses = ["Submitted", "Submitted", "Late", "In Progress"]
    values = [[*t[2:], s] for t, s in zip(TASKS, statuses, strict=True)]
    right = ["Contract Due", "Revised Due", "Submitted", "Status"]
    adoption = adopt(book(tmp_path / "r.xlsx", "Progress Report", _deliverables(right, values)))
    assert registers(adoption) == ["milestones"]
    ms = adoption.project.milestones
    assert [m.milestone for m in ms] == [t[1] for t in TASKS]
    assert ms[2].forecast_date == date(2026, 4, 24)
    assert ms[2].status == "Late"


def test_near_miss_a_titled_list_beside_names_that_is_no_register(tmp_path: Path) -> None:
    """The same title and names, and after an empty column a list of people and phones:
    read together they are no register, and nothing is adopted as milestones."""
    values: list[list[object]] = [[f"Person {n}", f"555-01{n}"] for n in range(4)]
    adoption = adopt(
        book(tmp_path / "r.xlsx", "Progress Report", _deliverables(["Contact", "Phone"], values))
    )
    assert adoption.project.milestones == [] or all(
        m.forecast_date is None for m in adoption.project.milestones
    )


def test_near_miss_a_list_of_lines_running_on_past_a_tracker_s_amounts(tmp_path: Path) -> None:
    """``Cost line | Owner`` over four rows and, after an empty column, months of amounts on
    its first two rows: the part right of the spacer is filled on some rows only, but the
    part left of it is no tracker (a list of names and owners, running on past the
    amounts): no later fields of a tracker, and no line of the list read with amounts."""
    rows: list[list[object]] = [["Budget tracker FY26 (AUD '000)"]]
    rows.append(["Cost line", "Owner", None, "Jul-25 Budget", "Jul-25 Actual"])
    rows.append(["Design", "J. Nguyen", None, 120, 110])
    rows.append(["Construction", "P. Singh", None, 300, 280])
    rows += [["Fees", "K. Ode"], ["Legal", "M. Roy"]]
    adoption = adopt(book(tmp_path / "t.xlsx", "Tracker", rows))
    lines = {f.cost_line for f in adoption.project.finance}
    assert "Fees" not in lines and "Design" not in lines
