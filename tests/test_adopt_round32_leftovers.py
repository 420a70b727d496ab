"""Round 32 (task lf32): a tie between two columns for one field, and round 31's leftovers.

Each rule on small workbooks written for these tests (none is a benchmark layout), with the
near-miss it must not fire on:

1. **a header naming a field by its own word takes it from one reaching it only by a
   synonym**, whatever their order (``match.assign`` with ``match.names_own_word``, one
   rule for every register's fields; ``project.label_names_own_word`` for title-block
   labels): an accruals tracker's ``Actual incl. accruals`` beside ``Invoiced``, a risk
   log's ``Owner`` beside ``Assigned to``, a milestone plan's ``Due date`` beside
   ``Target date``, a report's ``Sponsor`` beside ``Executive``;
2. **what an amount takes in or leaves out, said after it** (``Actual incl. accruals``,
   ``Cost excl. VAT``) is a hint as its bracket is;
3. **money said of this period** (``Value this period``, ``Fees for the period``) is the
   period's actual; ``Value`` alone is not.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

from addin.adopt.convert import date_for_column, day_without_year
from addin.adopt.match import Candidate, assign, candidates, names_own_word
from addin.adopt.project import label_names_own_word


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _best(header: str, register: str) -> tuple[str, float] | None:
    found = candidates(header, register)
    return (found[0].column_key, found[0].confidence) if found else None


# --- 1. the own word wins a tie ---------------------------------------------------------


def _accruals(tmp_path: Path, amounts: list[str]) -> Path:
    head = ["Month", "Cost line", "Budget", *amounts, "Accrued"]
    rows: list[list[object]] = [["Programme cost tracker (accruals basis)"], [], head]
    for m in range(1, 5):
        for line in ("Staff", "Licences"):
            by = {"Invoiced": 1000.0 * m, "Actual incl. accruals": 1000.0 * m + 250}
            rows.append([datetime(2026, m, 1), line, 1500.0, *(by[a] for a in amounts), 250.0])
    return book(tmp_path / "accruals.xlsx", "Costs", rows)


def test_an_accruals_trackers_actual_is_the_column_saying_actual_in_either_order(
    tmp_path: Path,
) -> None:
    for n, amounts in enumerate(
        (["Invoiced", "Actual incl. accruals"], ["Actual incl. accruals", "Invoiced"])
    ):
        adoption = adopt(_accruals(_dir(tmp_path / str(n)), amounts))
        table = only(adoption)
        assert table.register == "finance"
        assert targets(table)["Actual incl. accruals"] == "actual"
        assert targets(table)["Invoiced"] is None  # listed as not mapped
        row = finance_by_line(adoption)[(date(2026, 2, 1), "Staff")]
        assert (row.budget, row.actual) == (1500.0, 2250.0)


def test_invoiced_alone_is_still_the_actual(tmp_path: Path) -> None:
    adoption = adopt(_accruals(tmp_path, ["Invoiced"]))
    assert targets(only(adoption))["Invoiced"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Licences")].actual == 3000.0


def _risk_log(tmp_path: Path, people: list[str]) -> Path:
    rows: list[list[object]] = [
        ["Risk log"],
        [],
        ["ID", "Risk", "Likelihood", "Impact", *people, "Status"],
    ]
    owners = ["Ann Lee", "Raj Patel", "Mo Khan", "Jo Bell"]
    for i in range(4):
        by = {"Assigned to": f"PMO desk {i + 1}", "Owner": owners[i]}
        rows.append(
            [f"R{i + 1}", f"Steel delivery {i + 1} late", 3, 4, *(by[p] for p in people), "Open"]
        )
    return book(tmp_path / "risks.xlsx", "Risks", rows)


def test_a_risk_logs_owner_is_the_column_headed_owner_in_either_order(tmp_path: Path) -> None:
    for n, people in enumerate((["Assigned to", "Owner"], ["Owner", "Assigned to"])):
        adoption = adopt(_risk_log(_dir(tmp_path / str(n)), people))
        assert targets(only(adoption))["Owner"] == "owner"
        assert targets(only(adoption))["Assigned to"] is None
        assert field(adoption, "risks", "owner") == ["Ann Lee", "Raj Patel", "Mo Khan", "Jo Bell"]


def _milestones(tmp_path: Path, dates: list[str]) -> Path:
    rows: list[list[object]] = [["Milestone plan"], [], ["Ref", "Milestone", *dates, "Status"]]
    for i in range(1, 5):
        by = {"Target": datetime(2026, i, 10), "Target date": datetime(2026, i, 10)}
        by["Due date"] = datetime(2026, i, 20)
        rows.append([f"M{i}", f"Stage {i} complete", *(by[d] for d in dates), "Not started"])
    return book(tmp_path / "plan.xlsx", "Milestones", rows)


def test_a_milestone_plans_due_date_wins_over_a_target_in_either_order(tmp_path: Path) -> None:
    for n, dates in enumerate(
        (["Target", "Due date"], ["Due date", "Target"], ["Target date", "Due date"])
    ):
        adoption = adopt(_milestones(_dir(tmp_path / str(n)), dates))
        table = only(adoption)
        assert targets(table)["Due date"] == "baseline_date", dates
        assert field(adoption, "milestones", "baseline_date")[:2] == [
            date(2026, 1, 20),
            date(2026, 2, 20),
        ]


def test_target_date_alone_is_still_the_baseline(tmp_path: Path) -> None:
    adoption = adopt(_milestones(tmp_path, ["Target date"]))
    assert targets(only(adoption))["Target date"] == "baseline_date"


def test_own_word_near_misses() -> None:
    # the word inside a phrase naming another field or a share is no own word
    assert not names_own_word("Actual vs budget %", "actual", "finance")
    assert not names_own_word("Actual vs Budget", "actual", "finance")
    assert names_own_word("Actual incl. accruals", "actual", "finance")
    assert not names_own_word("Invoiced", "actual", "finance")
    assert not names_own_word("Assigned to", "owner", "risks")
    assert names_own_word("Risk owner", "owner", "risks")
    assert not names_own_word("Residual probability", "probability", "risks")
    # phrases meaning something else read no amount at all
    assert _best("Budget holder", "finance") is None
    assert _best("Forecast method", "finance") is None


def test_actual_vs_budget_share_never_takes_the_actual_from_spent(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", "Budget", "Spent", "Actual vs budget %"],
    ]
    for m in range(1, 4):
        rows.append([datetime(2026, m, 1), "Design", 2000.0, 1500.0, 0.75])
    adoption = adopt(book(tmp_path / "c.xlsx", "Costs", rows))
    assert targets(only(adoption))["Spent"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Design")].actual == 1500.0


def test_actual_start_beside_start_is_no_tie_the_rule_decides() -> None:
    # an iteration's ``Actual start`` and ``Start`` both name the start by its own word: the
    # rule does not fire, the surer reading (``Start``) is the start as before
    assert names_own_word("Actual start", "start", "iterations")
    assert names_own_word("Start", "start", "iterations")
    assert _best("Start", "iterations") == ("start", 1.0)


def _report(tmp_path: Path, labels: list[tuple[str, str]]) -> Path:
    rows: list[list[object]] = [["Highlight report"], ["Project", "Hilltop depot refit"]]
    rows += [[label, value] for label, value in labels]
    rows += [
        [],
        ["Milestone", "Baseline", "Status"],
        ["Design freeze", datetime(2026, 3, 1), "Complete"],
    ]
    return book(tmp_path / "h.xlsx", "Report", rows)


def test_a_title_blocks_sponsor_label_wins_over_executive_in_either_order(tmp_path: Path) -> None:
    for n, labels in enumerate(
        (
            [("Executive", "Dr A. Mensah"), ("Sponsor", "R Osei")],
            [("Sponsor", "R Osei"), ("Executive", "Dr A. Mensah")],
        )
    ):
        assert adopt(_report(_dir(tmp_path / str(n)), labels)).project.header.sponsor == "R Osei"
    alone = adopt(_report(_dir(tmp_path / "alone"), [("Executive", "Dr A. Mensah")])).project.header
    assert alone.sponsor == "Dr A. Mensah"
    pm = adopt(
        _report(_dir(tmp_path / "pm"), [("PM", "Ann Lee"), ("Project manager", "Raj Patel")])
    )
    assert pm.project.header.project_manager == "Raj Patel"
    assert label_names_own_word("Project Sponsor", "sponsor")
    assert not label_names_own_word("SRO", "sponsor")


# --- 2. an inclusion said after the amount ------------------------------------------------


def test_an_inclusion_after_the_amount_is_a_hint() -> None:
    assert _best("Actual incl. accruals", "finance") == ("actual", 1.0)
    assert _best("Budget including contingency", "finance") == ("budget", 1.0)
    assert _best("Cost excl. VAT", "finance") == ("actual", 1.0)
    assert _best("Invoiced incl VAT", "finance") == ("actual", 0.8)  # with the tax: weaker
    assert _best("Ex works", "finance") is None  # no word of its own before it


# --- 3. money said of this period ---------------------------------------------------------


def test_value_this_period_is_the_periods_actual(tmp_path: Path) -> None:
    assert _best("Value this period", "finance") == ("actual", 0.85)
    # round 33's last hour lists a fee as the amount (weak), which reads it surer
    fees = _best("Fees for the period", "finance")
    assert fees is not None and fees[0] == "actual" and fees[1] >= 0.85
    rows: list[list[object]] = [
        ["Payment applications"],
        [],
        ["Application", "Month", "Cost line", "Value this period"],
    ]
    for m in range(1, 4):
        rows.append([f"PA{m}", datetime(2026, m, 28), "Main works", 40000.0 * m])
    adoption = adopt(book(tmp_path / "pa.xlsx", "Applications", rows))
    assert targets(only(adoption))["Value this period"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Main works")].actual == 80000.0


def test_value_alone_or_a_contracts_value_is_no_actual() -> None:
    assert _best("Value", "finance") is None
    assert _best("Contract value", "finance") is None
    assert _best("Planned value this period", "finance") == ("budget", 0.9)


# --- 4. a week commencing with no year (round 31's sparse leftovers) ----------------------


def _weekly_plan(tmp_path: Path, dues: list[object]) -> Path:
    rows: list[list[object]] = [["Go-live plan"], [], ["Ref", "Milestone", "Due", "Owner"]]
    names = ["Design signed off", "Build complete", "Testing complete", "Go live", "Handover"]
    for i, due in enumerate(dues):
        rows.append([f"M{i + 1}", names[i], due, "Ann Lee"])
    return book(tmp_path / "weekly.xlsx", "Plan", rows)


def test_a_week_commencing_with_no_year_takes_the_columns_year(tmp_path: Path) -> None:
    dues: list[object] = [datetime(2026, 1, 12), "w/c 9 Feb", "w/b 16 Mar", datetime(2026, 3, 30)]
    adoption = adopt(_weekly_plan(tmp_path, [*dues, "w/c 28 Dec"]))
    assert field(adoption, "milestones", "baseline_date") == [
        date(2026, 1, 12),
        date(2026, 2, 9),
        date(2026, 3, 16),
        date(2026, 3, 30),
        date(2025, 12, 28),  # the week before the column's first date: the year before
    ]
    notes = " ".join(only(adoption).notes)
    assert "read as 09 Feb 2026 (its year from the column's other dates)" in notes, notes


def test_a_day_with_no_year_and_no_dated_neighbour_is_never_guessed() -> None:
    convert, _ = date_for_column(["w/c 9 Feb", "Feb 23rd"], "Due")
    assert convert("w/c 9 Feb").value == "w/c 9 Feb"  # listed as not a date, as before
    convert, _ = date_for_column([datetime(2026, 1, 12), "mid June", "Q3"], "Due")
    assert convert("mid June").value == "mid June"  # a period, no day: round 31's reading
    convert, _ = date_for_column([datetime(2026, 1, 12), datetime(2026, 3, 30)], "Due")
    assert convert("w/c 7 Sep").value == "w/c 7 Sep"  # far from every date: listed
    assert not day_without_year("Phase 2")
    assert day_without_year("WC 16 March")
    assert not day_without_year("Mar 12th")  # no week label: round 13's listing stands
    convert, _ = date_for_column([datetime(2026, 3, 12), "Mar 12th"], "Due")
    assert convert("Mar 12th").value == "Mar 12th"


def test_measure_rows_across_months_read_the_actual_row_not_the_invoices(tmp_path: Path) -> None:
    # the same tie written as rows (a measure column, months across): only ``Actual ...``
    # names a measure there, so the accruals row is the actual in either order
    for n, order in enumerate(
        (["Invoiced", "Actual incl. accruals"], ["Actual incl. accruals", "Invoiced"])
    ):
        rows: list[list[object]] = [
            ["Cost tracker 2026"],
            [],
            ["Cost line", "Measure", "Jan-26", "Feb-26", "Mar-26"],
        ]
        for line in ("Staff", "Licences"):
            rows.append([line, "Budget", 1500.0, 1500.0, 1500.0])
            for measure in order:
                base = 1000.0 if measure == "Invoiced" else 1250.0
                rows.append([line, measure, base, base + 1000, base + 2000])
        adoption = adopt(book(_dir(tmp_path / str(n)) / "rows.xlsx", "Costs", rows))
        row = finance_by_line(adoption)[(date(2026, 2, 1), "Staff")]
        assert (row.budget, row.actual) == (1500.0, 2250.0)


def test_a_surer_synonym_keeps_its_field_the_own_word_decides_ties_only() -> None:
    heads = {1: "Section", 2: "Status"}
    surer = {1: [Candidate("status", 1.0, "section")], 2: [Candidate("status", 0.9, "Status")]}
    assert assign(surer, heads, "issues")[1].column_key == "status"
    assert 2 not in assign(surer, heads, "issues")
    tie = {1: [Candidate("actual", 1.0, "invoiced")], 2: [Candidate("actual", 1.0, "Actual")]}
    chosen = assign(tie, {1: "Invoiced", 2: "Actual incl. accruals"}, "finance")
    assert list(chosen) == [2]
