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


# ---------------------------------------------------------------------------------------
# a running number down the left beside the register's own IDs
# ---------------------------------------------------------------------------------------


def _numbered(ids: list[object], head: str = "No.") -> list[list[object]]:
    rows: list[list[object]] = [[head, "Issue ID", "Issue", "Owner", "Priority", "Status"]]
    texts = ["Lift out of service", "Badge reader offline", "Roof leak in lab 2"]
    for n, (code, text) in enumerate(zip(ids, texts, strict=True), start=1):
        rows.append([n, code, text, "Mia Hart", "High", "Open"])
    return rows


def test_a_running_number_left_of_the_ids_is_no_id(tmp_path: Path) -> None:
    for ids, head in ((["ISS-14", "ISS-15", "ISS-19"], "No."), ([1, 2, 3], "#")):
        adoption = adopt(book(tmp_path / f"n{head}.xlsx", "Issues", _numbered(ids, head)))
        mapped = targets(only(adoption))
        assert mapped["Issue ID"] == "id"  # before: the running number took the ID
        assert mapped[head] is None  # listed, unmapped
        assert [i.title for i in adoption.project.items("issues")][2] == "Roof leak in lab 2"


def test_a_running_number_does_not_bar_a_register_told_by_its_fields(tmp_path: Path) -> None:
    # no word names the register: its fields tell an issue log; ``#`` 1..N is no
    # "column of numbers the register has no field for"
    rows: list[list[object]] = [
        ["#", "Card ID", "Title", "Owner", "Priority", "Status", "Raised", "Due"]
    ]
    for n, (card, title) in enumerate(
        [(7120, "Licence not granted"), (7133, "Firmware not certified"), (7151, "Records lost")],
        start=1,
    ):
        rows.append(
            [n, card, title, "Raj Nair", "Critical", "Open", date(2026, 4, n), date(2026, 5, n)]
        )
    adoption = adopt(book(tmp_path / "cards.xlsx", "Cards", rows))
    assert registers(adoption) == ["issues"]


def test_near_miss_a_running_number_alone_stays_the_id(tmp_path: Path) -> None:
    rows = [[r[0], *r[2:]] for r in _numbered(["x", "y", "z"])]
    adoption = adopt(book(tmp_path / "alone.xlsx", "Issues", rows))
    assert targets(only(adoption))["No."] == "id"


def test_near_miss_an_id_column_repeating_a_value_leaves_the_running_number(
    tmp_path: Path,
) -> None:
    # ``Issue ID`` repeats ISS-14: no distinct value per row, so the rule does not fire
    adoption = adopt(
        book(tmp_path / "rep.xlsx", "Issues", _numbered(["ISS-14", "ISS-14", "ISS-19"]))
    )
    assert targets(only(adoption))["No."] == "id"


def test_a_running_number_beside_a_tools_numbered_column_is_no_id(tmp_path: Path) -> None:
    # both headers only number rows; the tool's ``#`` holds its own numbers, not 1..N
    rows = _numbered([4527, 4736, 4790])
    rows[0][1] = "#"
    adoption = adopt(book(tmp_path / "tool.xlsx", "Issues", rows))
    mapped = targets(only(adoption))
    assert mapped["#"] == "id"
    assert mapped["No."] is None


def test_near_miss_two_columns_both_running_one_to_n_are_left_alone(tmp_path: Path) -> None:
    rows = _numbered([1, 2, 3])
    rows[0][1] = "#"
    adoption = adopt(book(tmp_path / "both.xlsx", "Issues", rows))
    mapped = targets(only(adoption))
    assert [mapped["No."], mapped["#"]].count("id") == 1  # one ID, as before: no guess made


# ---------------------------------------------------------------------------------------
# a subtotal row under a 1-5 column does not decide what the column holds
# ---------------------------------------------------------------------------------------


def _sectioned(label: str, first_title: str = "Crane hire overruns") -> list[list[object]]:
    return [
        ["Ref", "Risk", "Owner", "Probability", "Impact", "Status"],
        ["Civils", None, None, None, None, None],
        ["K-1", first_title, "Mia Hart", 4, 5, "Open"],
        ["K-2", "Permit appeal pending", "Raj Nair", 3, 4, "Open"],
        [label, None, None, 7, 9, None],
        ["Systems", None, None, None, None, None],
        ["K-3", "Firmware not certified", "Ana Lima", 5, 5, "Closed"],
        ["K-4", "Licence late", "Ana Lima", 4, 3, "Open"],
        [label, None, None, 9, 8, None],
        ["Handover", None, None, None, None, None],
        ["K-5", "Spares not ordered", "Raj Nair", 2, 5, "Open"],
        ["K-6", "Manuals incomplete", "Mia Hart", 3, 4, "Open"],
        [label, None, None, 5, 9, None],
    ]


def test_a_subtotal_under_a_one_to_five_column_leaves_it_a_scale(tmp_path: Path) -> None:
    for n, label in enumerate(("Subtotal", "Итого", "Gesamt")):
        adoption = adopt(book(tmp_path / f"s{n}.xlsx", "Risks", _sectioned(label)))
        mapped = targets(only(adoption))
        assert mapped["Impact"] == "impact", label  # before: 9, 8, 9 made it no 1-5 scale
        assert mapped["Probability"] == "probability", label
        risks = adoption.project.items("risks")
        assert [r.impact for r in risks] == [5, 4, 5, 3, 5, 4], label


def test_near_miss_an_item_whose_text_starts_with_total_is_still_an_item(
    tmp_path: Path,
) -> None:
    # the row's first cell is its ID: the word in its text says nothing about the row
    rows = _sectioned("Subtotal", first_title="Total outage of the site network")
    adoption = adopt(book(tmp_path / "t.xlsx", "Risks", rows))
    titles = [r.title for r in adoption.project.items("risks")]
    assert titles[0] == "Total outage of the site network"
    assert len(titles) == 6
