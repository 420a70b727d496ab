"""Round 24's last hour (issue 15): the structural changes round 24 measured and left. Each
rule is tried on workbooks written for these tests (no benchmark layout), each with a
near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only, registers, targets

# ---------------------------------------------------------------------------------------
# a header written over two rows without a merge
# ---------------------------------------------------------------------------------------

_SPLIT_RISKS: list[list[object]] = [
    ["Risk", "Risk", None, None, "Risk", "Risk", "Cost", "Current", "Response", "Date",
     "Next", "Target", "Probability"],
    ["ID", "Title", "Cause", "Effect", "Owner", "Status", "(£)", "Impact", "Category",
     "Raised", "Review", "Impact", "(%)"],
    ["RK-01", "Crane hire overruns", "Weather", "Delay", "Mia Hart", "Open", 1200, "High",
     "Reduce", date(2026, 1, 5), date(2026, 2, 5), "Low", 0.4],
    ["RK-02", "Permit appeal pending", "Council", "Delay", "Raj Nair", "Open", 800, "Low",
     "Accept", date(2026, 1, 9), date(2026, 2, 9), "Low", 0.2],
    ["RK-03", "Design sign-off late", "Client", "Cost", "Mia Hart", "Closed", 4000, "High",
     "Avoid", date(2026, 1, 20), date(2026, 2, 20), "Low", 0.6],
]  # fmt: skip


def test_a_header_over_two_rows_spans_every_column_its_lower_row_labels(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "split.xlsx", "Risks", _SPLIT_RISKS))
    table = only(adoption)
    assert table.ref.startswith("A")  # before: D2:H.., the ID and title left out
    risks = adoption.project.items("risks")
    assert [r.title for r in risks] == [
        "Crane hire overruns",
        "Permit appeal pending",
        "Design sign-off late",
    ]
    assert targets(table)["Risk ID"] == "id"
    assert targets(table)["Risk Owner"] == "owner"


def test_near_miss_a_list_one_blank_column_beside_a_split_header_is_not_taken_in(
    tmp_path: Path,
) -> None:
    rows = [
        [*row, None, *extra]
        for row, extra in zip(
            _SPLIT_RISKS,
            [[None], ["Lookup"], ["Open"], ["Closed"], ["Parked"]],
            strict=True,
        )
    ]
    adoption = adopt(book(tmp_path / "beside.xlsx", "Risks", rows))
    risk_table = next(t for t in adoption.report.tables if t.register == "risks")
    assert risk_table.ref == "A2:M5"  # the list in column O stays out
    assert "Lookup" not in targets(risk_table)
    assert len(adoption.project.items("risks")) == 3


_BLOCKED = [
    ["Card", None, None, None, None, "Block", "Created", None],
    ["ID", "Title", "Owner", "Priority", "Column", "Reason", "At", "Deadline"],
    [5101, "Licence variation not granted", "Mia Hart", "Critical", "In Progress", None,
     "2026-03-05", "2026-03-21"],
    [5102, "Router firmware not certified", "Raj Nair", "Critical", "In Progress",
     "Vendor", "2026-04-15", "2026-05-08"],
    [5103, "Splice records missing", "Ana Lima", "Low", "In Progress", None,
     "2026-04-26", "2026-05-22"],
]  # fmt: skip


def test_the_lower_half_of_a_two_row_header_is_no_sure_field_alone(tmp_path: Path) -> None:
    # ``Block`` over ``Reason`` is one header: ``Reason`` alone is a decision's rationale,
    # which blocked the issue log's signature (no register adopted)
    adoption = adopt(book(tmp_path / "cards.xlsx", "Cards", _BLOCKED))
    assert registers(adoption) == ["issues"]
    issues = adoption.project.items("issues")
    assert [i.title for i in issues][1] == "Router firmware not certified"
    assert issues[0].due_date == date(2026, 3, 21)


def test_near_miss_reason_on_one_header_row_is_still_a_decisions_rationale(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Decision", "Reason", "Decided by", "Date"],
        ["Use the framework supplier", "Cheaper lead time", "Mia Hart", date(2026, 1, 5)],
        ["Move go-live to March", "Data migration late", "Raj Nair", date(2026, 1, 19)],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    assert targets(only(adoption))["Reason"] == "rationale"


def test_near_miss_a_group_written_over_each_of_its_fields_stays_a_group(tmp_path: Path) -> None:
    # ``Planned`` over ``Start`` and ``Finish``, ``Actual`` over both: a group per pair,
    # not one phrase per column; the fields still read through their groups
    rows: list[list[object]] = [
        [None, "Planned", "Planned", "Actual", "Actual"],
        ["Milestone", "Start", "Finish", "Start", "Finish"],
        ["Design approved", date(2026, 1, 5), date(2026, 2, 5), date(2026, 1, 6), date(2026, 2, 9)],
        ["Build complete", date(2026, 2, 9), date(2026, 4, 1), date(2026, 2, 9), None],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    mapped = targets(only(adoption))
    assert (
        mapped["Planned Finish"] == "baseline_date" or mapped["Planned Finish"] == "forecast_date"
    )
    assert mapped["Actual Finish"] == "actual_date"


def test_a_percent_sign_over_a_word_is_half_a_two_row_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [None, None, "Baseline", "Actual", "%"],
        ["Name", "Finish", "Finish", "Finish", "Complete"],
        ["Gate 1 passed", date(2026, 1, 19), date(2026, 1, 12), date(2026, 1, 19), "100%"],
        ["Gate 2 passed", date(2026, 3, 27), date(2026, 3, 20), None, "40%"],
        ["Go-live", date(2026, 6, 9), date(2026, 6, 1), None, "0%"],
    ]
    adoption = adopt(book(tmp_path / "gates.xlsx", "Plan", rows))
    mapped = targets(only(adoption))
    assert mapped["Baseline Finish"] == "baseline_date"  # before: three "Finish", no tier
    assert mapped["Actual Finish"] == "actual_date"
