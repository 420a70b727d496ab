"""Round 26's last hour of issue 15 (task t28b): the thirty-fifth and thirty-sixth batches'
English tools and registers, by general rules. Each mechanism tried on small workbooks
written for these tests (none is a benchmark layout), with near-misses that must not fire:

1. **a task tool's export sheet lets the file's name speak**: a ``Tasks`` sheet, alone in its
   workbook, whose table is the tool's (``Task ID``, ``Task Name``) and no schedule (no
   duration, link, effort or share done), is a sheet nobody named, as ``Sheet1`` is: ``Depot
   issues.xlsx`` makes its Planner export an issue log. Not a file named as a plan, not a
   table with durations, not a ``Tasks`` sheet beside the workbook's other named sheets, not
   a list a person headed ``Subject`` on a sheet they named ``Tasks`` (round 15's test);
2. **a text field's column of list words**: a ``Response`` whose values are only response
   type words (Accept, Mitigate, Transfer) is the response type, and the action texts beside
   it the response; a ``Response`` of texts stays the response;
3. **a schedule's end beside its baseline** (``End date`` beside ``Baseline end``) is the
   forecast; a baseline's own words still win;
4. **a report's filter line** (``Filter: Program = X``) names the programme; a condition of
   several values (``<>``, ``in``) names none;
5. **a reporting period** (``Reporting Period: 1 April - 30 June 2026``) is as at its last
   day; a period label over a phase name gives no date;
6. **a title block's money label** (``Total Budget (USD):``) states the project's currency;
   an exchange rate's label, and two labels of different codes, state none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, field, only, registers, targets

from addin.adopt.project import filter_fields, period_end

# --- 1. a task tool's export sheet lets the file's name speak ---------------------------

_PLANNER_HEAD = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To"]
_PLANNER_HEAD += ["Created Date", "Due Date"]


def _planner_rows() -> list[list[object]]:
    rows: list[list[object]] = [list(_PLANNER_HEAD)]
    for n, (title, state, who) in enumerate(
        [
            ("Gate 3 card reader rejects staff passes", "In progress", "Nadia Forde"),
            ("Wash bay drain backs up in heavy rain", "Not started", "Owen Clarke"),
            ("Bus charger firmware needs vendor patch", "Completed", "Priya Natarajan"),
            ("Canteen extractor fan too noisy", "In progress", "Owen Clarke"),
        ]
    ):
        created, due = f"2/{3 + n}/2026", f"3/{14 + n}/2026"
        rows.append([f"pQ{n}xT7", title, "Depot", state, "Important", who, created, due])
    return rows


def test_a_planner_tasks_sheet_alone_takes_the_file_name(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "Bus depot issues.xlsx", "Tasks", _planner_rows()))
    table = only(adoption)
    assert table.register == "issues"
    assert "file's name" in table.reason
    assert targets(table)["Task Name"] == "title"
    assert targets(table)["Created Date"] == "raised_date"
    assert field(adoption, "issues", "title")[0] == "Gate 3 card reader rejects staff passes"
    assert field(adoption, "issues", "due_date")[1] == date(2026, 3, 15)


def test_a_planner_tasks_sheet_of_a_file_named_as_a_plan_is_no_register(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "Bus depot fit-out plan.xlsx", "Tasks", _planner_rows()))
    assert adoption.report.adopted_tables == []
    (left,) = [t for t in adoption.report.tables if t.sheet == "Tasks"]
    assert "tasks or items of another kind" in left.reason


def test_a_schedule_on_a_tasks_sheet_stays_a_task_plan(tmp_path: Path) -> None:
    rows = [[*r[:4], "3 days" if n else "Duration", *r[4:]] for n, r in enumerate(_planner_rows())]
    adoption = adopt(book(tmp_path / "Bus depot issues.xlsx", "Tasks", rows))
    assert adoption.report.adopted_tables == []


def test_a_tasks_sheet_beside_named_registers_keeps_its_name(tmp_path: Path) -> None:
    risks: list[list[object]] = [["Risk ID", "Risk", "Probability", "Impact", "Owner"]]
    risks += [["R1", "Charger delivery slips", "High", "High", "Owen Clarke"]]
    risks += [["R2", "Grid connection delayed", "Medium", "High", "Nadia Forde"]]
    adoption = adopt(
        books(tmp_path / "Bus depot issues.xlsx", {"Risks": risks, "Tasks": _planner_rows()})
    )
    assert registers(adoption) == ["risks"]


# --- 2. a text field's column of list words ---------------------------------------------


def _risk_rows(response: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Ref", "Risk", "Likelihood", "Impact", "Response", "Actions", "Owner"]
    ]
    actions = ["Second supplier quoted", "Weekly call with the utility", "Insurance cover"]
    for n, word in enumerate(response):
        rows.append([f"R{n + 1}", f"Risk number {n + 1} for the ferry terminal", 3, 4, word])
        rows[-1] += [actions[n % 3], "Lena Park"]
    return rows


def test_a_response_of_strategy_words_is_the_response_type(tmp_path: Path) -> None:
    rows = _risk_rows(["Mitigate", "Accept", "Transfer", "Mitigate"])
    adoption = adopt(book(tmp_path / "ferry.xlsx", "Risk Register", rows))
    table = only(adoption)
    assert targets(table)["Response"] == "response_type"
    assert targets(table)["Actions"] == "response"
    assert field(adoption, "risks", "response_type") == ["Reduce", "Accept", "Transfer", "Reduce"]
    assert field(adoption, "risks", "response")[1] == "Weekly call with the utility"


def test_a_response_of_texts_stays_the_response(tmp_path: Path) -> None:
    rows = _risk_rows(["Book a second crane", "Accept the delay", "Move the pour", "Insure"])
    adoption = adopt(book(tmp_path / "ferry.xlsx", "Risk Register", rows))
    table = only(adoption)
    assert targets(table)["Response"] == "response"
    assert field(adoption, "risks", "response_type") == [None] * 4


def test_strategy_words_alone_leave_the_response_empty(tmp_path: Path) -> None:
    rows = [r[:5] + r[6:] for r in _risk_rows(["Avoid", "Accept", "Mitigate"])]
    adoption = adopt(book(tmp_path / "ferry.xlsx", "Risk Register", rows))
    assert targets(only(adoption))["Response"] == "response_type"
    assert field(adoption, "risks", "response") == [None] * 3


# --- 3. a schedule's end beside its baseline ----------------------------------------------


def _plan(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [head]
    for n, name in enumerate(["Design freeze", "Steel erected", "Roof watertight"]):
        rows.append([name, "Ama Owusu", f"2026-0{n + 2}-10", f"2026-0{n + 2}-20"])
    return rows


def test_an_end_date_beside_a_baseline_end_is_the_forecast(tmp_path: Path) -> None:
    adoption = adopt(
        book(
            tmp_path / "library.xlsx",
            "Milestones",
            _plan(["Milestone", "Owner", "Baseline end", "End date"]),
        )
    )
    assert targets(only(adoption))["End date"] == "forecast_date"
    assert field(adoption, "milestones", "forecast_date")[0] == date(2026, 2, 20)


def test_a_baseline_word_still_wins_over_an_end(tmp_path: Path) -> None:
    adoption = adopt(
        book(
            tmp_path / "library.xlsx",
            "Milestones",
            _plan(["Milestone", "Owner", "Forecast", "Baseline end date"]),
        )
    )
    table = only(adoption)
    assert targets(table)["Baseline end date"] == "baseline_date"
    assert targets(table)["Forecast"] == "forecast_date"


# --- 4. a report's filter line ------------------------------------------------------------


def test_a_filter_line_names_the_programme(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Issue report"],
        ["Run 03/03/2026 | Filter: Programme = Blue Line"],
    ]
    rows += [[None], ["ID", "Issue", "Status", "Owner", "Due Date"]]
    rows += [["I-1", "Signal cabling damaged", "Open", "Tom Reyes", "2026-03-20"]]
    rows += [["I-2", "Depot access road closed", "Open", "Ana Lima", "2026-03-28"]]
    adoption = adopt(book(tmp_path / "report.xlsx", "Issues", rows))
    assert adoption.project.header.programme == "Blue Line"


def test_a_filter_of_several_values_names_nothing() -> None:
    assert filter_fields("Filter: Program <> Blue Line") == []
    assert filter_fields("Filter: Program in (Blue, Red)") == []
    assert filter_fields("Water filter replacement: due May") == []
    assert filter_fields("Filtered by: Project equals Apollo AND Status <> Closed") == [
        ("Project", "Apollo")
    ]


# --- 5. a reporting period is as at its last day ------------------------------------------


def test_a_period_is_as_at_its_last_day() -> None:
    assert period_end("1 April - 30 June 2026") == date(2026, 6, 30)
    assert period_end("01/04/2026 to 30/06/2026") == date(2026, 6, 30)
    assert period_end("Q2 2026") == date(2026, 6, 30)
    assert period_end("Phase 2 - construction") is None


def _report(
    period: str, budget_label: str, more: list[list[object]] | None = None
) -> list[list[object]]:
    rows: list[list[object]] = [["QUARTERLY REPORT"], [None]]
    rows += [["Project Title:", "Coastal Flood Defences"], ["Reporting Period:", period]]
    rows += [[budget_label, 1200000], *(more or []), [None], ["Key Milestones"]]
    rows += [["#", "Milestone", "Planned Date", "Status"]]
    rows += [[1, "Sea wall design approved", "2026-05-01", "Achieved"]]
    rows += [[2, "Groynes rebuilt", "2026-09-01", "On track"]]
    return rows


def test_a_reporting_period_and_a_money_label_give_date_and_currency(tmp_path: Path) -> None:
    rows = _report("1 April - 30 June 2026", "Total Budget (USD):")
    adoption = adopt(book(tmp_path / "qpr.xlsx", "Report", rows))
    assert adoption.project.header.report_date == date(2026, 6, 30)
    assert adoption.project.header.currency == "USD"


def test_a_period_of_a_phase_and_a_rate_label_give_nothing(tmp_path: Path) -> None:
    rows = _report("Phase 2 - construction", "Exchange rate (USD):")
    adoption = adopt(book(tmp_path / "qpr.xlsx", "Report", rows))
    assert adoption.project.header.report_date is None
    assert adoption.project.header.currency in (None, "")


def test_two_money_labels_of_different_codes_state_no_currency(tmp_path: Path) -> None:
    rows = _report("Q2 2026", "Total Budget (USD):", [["Grant budget (EUR):", 300000]])
    adoption = adopt(book(tmp_path / "qpr.xlsx", "Report", rows))
    assert adoption.project.header.currency in (None, "")
