"""Red team of round 31's code (round 32): wrong results a PMO would trust, each on a small
workbook written for it, beside the near-miss the mend must not touch, and followed
through ``pmo check`` and ``pmo consolidate`` where the adopted values roll up.

1. **a cost impact scored 1-5 banded as money**: ``Cost impact`` / ``Financial impact``
   (a multi-dimension register's cost rating, 1-5) was read as pounds through the
   standards' money bands, so every risk's impact became 1. An amount no larger than the
   scale's top, with no multiple in the header, is no money: a column wholly of levels is
   read as levels; a level among amounts is not read (listed). And a money header over
   level words (``Cost impact`` of High / Medium / Low) read no amount, so the whole
   impact column was left out: words are levels, read by the scale as before round 31.
2. **a supplier's people dropped for an empty client column**: ``Client owner`` (empty:
   the client has not named its owners yet) beside ``Supplier owner`` (filled) took the
   owner, so every risk was adopted with no owner and the supplier's named people were
   "not imported". A client's person column with nothing in it gives way to the filled
   supplier's; a client column with one name keeps the owner (round 31's rule).
3. **a payment application's amounts read as cost lines, all as Budget**: ``Month | Value
   of work this period | Retention`` (or ``Gross valuation | Less retention | Less
   previously certified | Net due``), months down with no cost-line column, was read as a
   tracker with its cost lines across: each column a line, every figure (the retention,
   the amount due, the application's number) a budget, no actual. A header read certainly
   as an amount (round 31's supplier words: ``Gross valuation``, ``Value of work this
   period``) names that measure, no line. ``Licences | Travel`` across stays lines.
4. **an early register's one named owner dropped for its ``TBC`` owners**: ``Owner`` over
   ``TBC``, ``TBC``, ``Ana Lima`` (owners not yet named, each risk with a real due date)
   was "not fitting" the owner (``TBC`` counted against it), so the column was left out
   and the one owner written was lost. A cell saying no value yet neither fits nor
   misfits a person column, as round 31 ruled for a list column; a column of dates under
   ``Owner`` is still no owner.
5. **a re-baselined BAC counted once a month**: ``Period | Task | BAC | AC (period)``
   whose Design BAC rose from 90,000 to 100,000 in its third month was read as each
   month's budget (280,000 for a 100,000 task; the other lines too, 180,000 for a 60,000
   one): lf31's spread needed one amount down every line. A BAC revised down a line (runs
   of one amount, fewer amounts than rows) is the line's budget at its latest figure,
   spread over its months; a column of a different figure on every row stays as written.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import (
    adopt,
    adopt_each_and_consolidate,
    books,
    field,
    only,
    rolled_up,
    targets,
)

from addin.standards import default_standards


def _risks(head: str, impacts: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Probability", head, "Status"]]
    names = ("Steel price rise", "Crane failure", "Late permits")
    owners = ("Ana Lima", "Ben Ode", "Cy Tan")
    for n, impact in enumerate(impacts):
        rows.append([f"R{n + 1}", names[n], owners[n], 3, impact, "Open"])
    return rows


def test_a_cost_impact_scored_on_the_scale_is_no_money(tmp_path: Path) -> None:
    for head in ("Cost impact", "Financial impact", "Impact (£)", "Cost Impact (GBP)"):
        path = books(tmp_path / "c.xlsx", {"Risks": _risks(head, [4, 5, 2])})
        adoption = adopt(path)
        table = only(adoption)
        assert targets(table)[head] == "impact", head
        assert field(adoption, "risks", "impact") == [4, 5, 2], head  # not 1, 1, 1


def test_a_level_among_money_impacts_is_not_banded_as_pounds(tmp_path: Path) -> None:
    path = books(tmp_path / "m.xlsx", {"Risks": _risks("Impact (£)", [4, 250_000, 30_000])})
    adoption = adopt(path)
    assert targets(only(adoption))["Impact (£)"] == "impact"
    # 4 is a level or four pounds: never silently level 1; the amounts are banded
    assert field(adoption, "risks", "impact") == [None, 3, 2]
    assert [i.value for i in only(adoption).unconverted] == ["4"]


def test_a_cost_impact_in_words_is_read_as_levels(tmp_path: Path) -> None:
    for head in ("Cost impact", "Impact (£)"):
        path = books(tmp_path / "w.xlsx", {"Risks": _risks(head, ["High", "Medium", "Low"])})
        adoption = adopt(path)
        assert targets(only(adoption))[head] == "impact", head
        impacts = field(adoption, "risks", "impact")
        assert impacts[0] > impacts[1] > impacts[2], head


def test_near_miss_thousands_of_pounds_are_banded(tmp_path: Path) -> None:
    path = books(tmp_path / "k.xlsx", {"Risks": _risks("Impact (£k)", [3, 400, 50])})
    adoption = adopt(path)
    assert field(adoption, "risks", "impact") == [1, 4, 2]  # £3k, £400k, £50k


def test_the_cost_impacts_levels_roll_up_unchanged(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    books(src / "a.xlsx", {"Risks": _risks("Cost impact", [4, 5, 2])})
    result = adopt_each_and_consolidate(
        [src / "a.xlsx"], out, default_standards(), 1, tmp_path / "rollup.xlsx"
    )
    assert (result.rejected, result.projects) == (0, 1)
    assert sorted(rolled_up(tmp_path / "rollup.xlsx", "risk", "Impact")) == [2, 4, 5]


def test_an_empty_client_owner_column_does_not_drop_the_suppliers_people(tmp_path: Path) -> None:
    for client, supplier in (
        ("Client owner", "Supplier owner"),
        ("Owner (Client)", "Owner (Vendor)"),
    ):
        for order in (0, 1):
            heads = [client, supplier] if order == 0 else [supplier, client]
            rows: list[list[object]] = [["Ref", "Risk", *heads, "Status"]]
            for n, (title, who) in enumerate(
                (
                    ("Data migration slips", "Raj Patel"),
                    ("Licences late", "Mia Chen"),
                    ("Key staff leave", "Raj Patel"),
                )
            ):
                pair = [None, who] if order == 0 else [who, None]
                rows.append([f"R{n + 1}", title, *pair, "Open"])
            adoption = adopt(books(tmp_path / "s.xlsx", {"Risks": rows}))
            assert targets(only(adoption))[supplier] == "owner", heads
            assert field(adoption, "risks", "owner") == ["Raj Patel", "Mia Chen", "Raj Patel"]


def test_near_miss_a_client_owner_column_with_a_name_keeps_the_owner(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Risk", "Client owner", "Supplier owner", "Status"],
        ["R1", "Data migration slips", None, "Raj Patel", "Open"],
        ["R2", "Licences late", None, "Mia Chen", "Open"],
        ["R3", "Key staff leave", "Ana Lima", "Raj Patel", "Open"],
    ]
    adoption = adopt(books(tmp_path / "n.xlsx", {"Risks": rows}))
    assert targets(only(adoption))["Client owner"] == "owner"
    assert field(adoption, "risks", "owner") == [None, None, "Ana Lima"]


def _applications(heads: list[str], rows: list[list[object]]) -> dict[str, list[list[object]]]:
    months = (datetime(2026, 1, 31), datetime(2026, 2, 28), datetime(2026, 3, 31))
    return {"Valuations": [heads, *([m, *r] for m, r in zip(months, rows, strict=True))]}


def test_a_payment_applications_amounts_are_no_cost_lines(tmp_path: Path) -> None:
    cases = (
        (
            ["Month", "Value of work this period", "Retention"],
            [[120_000, 6_000], [130_000, 6_500], [160_000, 8_000]],
            [120_000, 130_000, 160_000],
        ),
        (  # valued to date: each month's actual is what it adds (round 31's red team)
            ["Month", "Gross valuation", "Less retention", "Less previously certified", "Net due"],
            [
                [120_000, 6_000, 0, 114_000],
                [250_000, 12_500, 114_000, 123_500],
                [410_000, 20_500, 237_500, 152_000],
            ],
            [120_000, 130_000, 160_000],
        ),
    )
    for heads, rows, actuals in cases:
        adoption = adopt(books(tmp_path / "v.xlsx", _applications(heads, rows)))
        table = only(adoption)
        assert targets(table)[heads[1]] == "actual", heads
        assert all(targets(table)[h] is None for h in heads[2:]), heads
        finance = adoption.project.finance
        assert [f.actual for f in finance] == actuals, heads
        assert all(f.budget is None for f in finance), heads  # no budget invented
        assert [f.month for f in finance] == [date(2026, m, 1) for m in (1, 2, 3)]


def test_a_payment_applications_actuals_roll_up_unchanged(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    heads = ["Month", "Value of work this period", "Retention"]
    rows: list[list[object]] = [[120_000, 6_000], [130_000, 6_500], [160_000, 8_000]]
    books(src / "v.xlsx", _applications(heads, rows))
    result = adopt_each_and_consolidate(
        [src / "v.xlsx"], out, default_standards(), 1, tmp_path / "rollup.xlsx"
    )
    assert (result.rejected, result.projects) == (0, 1)
    assert sum(rolled_up(tmp_path / "rollup.xlsx", "finance", "Actual")) == 410_000
    assert rolled_up(tmp_path / "rollup.xlsx", "finance", "Budget") == []


def test_near_miss_cost_lines_across_months_down_stay_lines(tmp_path: Path) -> None:
    months = (datetime(2026, 1, 1), datetime(2026, 2, 1), datetime(2026, 3, 1))
    sheet: list[list[object]] = [
        ["Actual spend by month"],
        [],
        ["Month", "Licences", "Travel", "Fees actual"],
    ]
    sheet += [[m, 100 + n, 50 + n, 10 + n] for n, m in enumerate(months)]
    adoption = adopt(books(tmp_path / "l.xlsx", {"Spend": sheet}))
    lines = {f.cost_line for f in adoption.project.finance}
    assert {"Licences", "Travel"} <= lines


def test_tbc_owners_do_not_drop_the_owner_named(tmp_path: Path) -> None:
    for filler in ("TBC", "TBA", "-"):
        rows: list[list[object]] = [["ID", "Risk", "Owner", "Due date", "Status"]]
        rows += [
            ["R1", "Flooding of the site", filler, datetime(2026, 6, 30), "Open"],
            ["R2", "Crane hire delayed", filler, datetime(2026, 7, 15), "Open"],
            ["R3", "Supplier insolvency", "Ana Lima", datetime(2026, 8, 1), "Open"],
        ]
        adoption = adopt(books(tmp_path / "t.xlsx", {"Risks": rows}))
        assert targets(only(adoption))["Owner"] == "owner", filler
        owners = field(adoption, "risks", "owner")
        assert owners[2] == "Ana Lima", filler
        assert field(adoption, "risks", "due_date")[0] == date(2026, 6, 30)


def test_near_miss_dates_under_owner_are_no_owner(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Status"]]
    rows += [
        ["R1", "Flooding of the site", datetime(2026, 6, 30), "Open"],
        ["R2", "Crane hire delayed", "TBC", "Open"],
        ["R3", "Supplier insolvency", datetime(2026, 8, 1), "Open"],
    ]
    adoption = adopt(books(tmp_path / "d.xlsx", {"Risks": rows}))
    assert targets(only(adoption))["Owner"] is None


def _earned_value(design: list[int], build: list[int]) -> dict[str, list[list[object]]]:
    months = (datetime(2026, 1, 1), datetime(2026, 2, 1), datetime(2026, 3, 1))
    rows: list[list[object]] = [["Period", "Task", "BAC", "AC (period)"]]
    rows += [[m, "Design", b, 10_000] for m, b in zip(months, design, strict=True)]
    rows += [[m, "Build", b, 5_000] for m, b in zip(months, build, strict=True)]
    return {"EV": rows}


def _line_budgets(adoption: object) -> dict[str, float]:
    totals: dict[str, float] = {}
    for f in adoption.project.finance:  # type: ignore[attr-defined]
        totals[f.cost_line] = totals.get(f.cost_line, 0.0) + (f.budget or 0.0)
    return totals


def test_a_rebaselined_bac_is_the_lines_budget_once(tmp_path: Path) -> None:
    book = _earned_value([90_000, 90_000, 100_000], [60_000, 60_000, 60_000])
    adoption = adopt(books(tmp_path / "b.xlsx", book))
    assert _line_budgets(adoption) == {"Design": 100_000, "Build": 60_000}
    assert any("latest" in n for n in only(adoption).notes)


def test_a_rebaselined_bacs_budget_rolls_up_once(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    books(src / "b.xlsx", _earned_value([90_000, 90_000, 100_000], [60_000, 60_000, 60_000]))
    result = adopt_each_and_consolidate(
        [src / "b.xlsx"], out, default_standards(), 1, tmp_path / "rollup.xlsx"
    )
    assert (result.rejected, result.projects) == (0, 1)
    budgets = rolled_up(tmp_path / "rollup.xlsx", "finance", "Budget")
    assert round(sum(float(b) for b in budgets)) == 160_000  # not 460,000


def test_near_miss_a_different_figure_each_month_under_bac_is_read_as_written(
    tmp_path: Path,
) -> None:
    book = _earned_value([20_000, 30_000, 35_000], [10_000, 12_000, 15_000])
    adoption = adopt(books(tmp_path / "n.xlsx", book))
    assert _line_budgets(adoption) == {"Design": 85_000, "Build": 37_000}


def _status_pack(block: list[list[object]]) -> dict[str, list[list[object]]]:
    return {
        "Status": [
            ["Acme Digital - Weekly Status Report"],
            ["Supplier", "Acme Digital Ltd"],
            *block,
            ["Report date", datetime(2026, 5, 8)],
            [],
            ["Milestone", "Due", "Status"],
            ["Discovery complete", datetime(2026, 3, 1), "Complete"],
            ["Alpha", datetime(2026, 6, 1), "In progress"],
        ]
    }


def test_the_clients_project_manager_wins_over_the_suppliers(tmp_path: Path) -> None:
    for supplier_label in ("Delivery Manager", "Project Manager"):
        block: list[list[object]] = [
            [supplier_label, "Raj Patel (Acme Digital)"],
            ["Client project manager", "Ana Lima"],
        ]
        adoption = adopt(books(tmp_path / "p.xlsx", _status_pack(block)))
        assert adoption.project.header.project_manager == "Ana Lima", supplier_label
        assert adoption.report.project_fields["project_manager"] == "Ana Lima (from Status!B4)"


def test_near_miss_a_pack_with_no_client_label_keeps_its_first(tmp_path: Path) -> None:
    block: list[list[object]] = [["Delivery Manager", "Raj Patel"], ["Sponsor", "Ana Lima"]]
    adoption = adopt(books(tmp_path / "q.xlsx", _status_pack(block)))
    assert adoption.project.header.project_manager == "Raj Patel"


def test_a_contract_column_of_signed_is_no_milestone_status(tmp_path: Path) -> None:
    for head in ("Contract", "Works contract", "Funding"):
        rows: list[list[object]] = [["Milestone", "Due", head, "Owner"]]
        rows += [
            ["Groundworks complete", datetime(2026, 4, 1), "Signed", "Ana Lima"],
            ["Frame erected", datetime(2026, 5, 1), "Signed", "Ben Ode"],
            ["Roof on", datetime(2026, 7, 1), "Awarded", "Cy Tan"],
        ]
        adoption = adopt(books(tmp_path / "c.xlsx", {"Milestones": rows}))
        assert targets(only(adoption))[head] is None, head
        assert field(adoption, "milestones", "status") == [None, None, None], head


def test_near_miss_signed_under_status_is_complete(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Milestone", "Due", "Status", "Owner"]]
    rows += [
        ["Contract award", datetime(2026, 4, 1), "Signed", "Ana Lima"],
        ["Design freeze", datetime(2026, 5, 1), "In progress", "Ben Ode"],
        ["Gate 2", datetime(2026, 7, 1), "Approved", "Cy Tan"],
    ]
    adoption = adopt(books(tmp_path / "s.xlsx", {"Milestones": rows}))
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress", "Complete"]


def test_near_miss_a_dependencys_supplier_person_stays_the_counterparty_owner(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Ref", "Dependency", "Client owner", "Supplier owner", "Need by", "Status"],
        ["D1", "Test environment ready", None, "Raj Patel", datetime(2026, 6, 1), "Open"],
        ["D2", "Data extract delivered", None, "Mia Chen", datetime(2026, 7, 1), "Open"],
    ]
    adoption = adopt(books(tmp_path / "d.xlsx", {"Dependencies": rows}))
    assert targets(only(adoption))["Supplier owner"] == "counterparty_owner"
    assert field(adoption, "dependencies", "counterparty_owner") == ["Raj Patel", "Mia Chen"]
    assert field(adoption, "dependencies", "owner") == [None, None]
