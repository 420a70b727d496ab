"""Round 20 of issue 15: the mechanisms the eleventh tuning batch (ordinary English-language
workbooks) asked for, tried on workbooks written for these tests (no benchmark layout), each
with a near-miss that must not be taken: a day and month with no year (``14 Mar``) is
no month of a two-digit year (March 2014); a status block's RAG written as a letter or a word
in any case (``Schedule: G``) is the standard's RAG word; a report's ``Budget`` or ``Time``
label is the cost or schedule RAG only when its value is a RAG word (``Budget: £1.2m`` is
the budget); a dependency ``Complete`` is Delivered, as one ``Done`` is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field


def _status_report(path: Path, block: list[tuple[str, object]]) -> Path:
    rows: list[list[object]] = [["Weekly Highlight Report"]]
    rows += [[label, value] for label, value in block]
    rows += [[], ["Milestone", "Owner", "Baseline Date", "Forecast Date", "Status"]]
    rows += [["Kick-off held", "Nia Okafor", "05/01/2026", "05/01/2026", "Complete"]]
    rows += [["Design signed off", "Tom Reid", "20/02/2026", "27/02/2026", "In Progress"]]
    rows += [["Pilot live", "Nia Okafor", "30/03/2026", "14/04/2026", "Not Started"]]
    return book(path, "Highlight", rows)


def test_a_status_blocks_rag_letters_and_words_are_the_standards_rag(tmp_path: Path) -> None:
    block: list[tuple[str, object]] = [("Project Name", "Library Self-Service Kiosks")]
    block += [("Overall RAG", "a"), ("Schedule", "G"), ("Scope RAG", "yellow")]
    block += [("Cost RAG", "RED")]
    header = adopt(_status_report(tmp_path / "s.xlsx", block)).project.header
    assert header.overall_rag == "Amber"
    assert header.schedule_rag == "Green"
    assert header.scope_rag == "Amber"
    assert header.cost_rag == "Red"


def test_a_rag_label_with_no_rag_word_is_never_guessed(tmp_path: Path) -> None:
    # near-miss: "Schedule: Q3 2026" is no RAG word: a bare dimension names its RAG only
    # beside a colour (round 20's two readings of a status block merged: docs/adopt.md), so
    # it gives no value; "Overall Status" says it is a status and keeps what it says
    block: list[tuple[str, object]] = [("Project Name", "Depot Solar Array")]
    block += [("Schedule", "Q3 2026"), ("Overall Status", "Complete")]
    header = adopt(_status_report(tmp_path / "q.xlsx", block)).project.header
    assert header.schedule_rag is None
    assert header.overall_rag == "Complete"


def test_budget_and_time_labels_are_rags_when_their_value_is_a_rag_word(tmp_path: Path) -> None:
    block: list[tuple[str, object]] = [("Project Name", "Depot Solar Array")]
    block += [("Budget", "Red"), ("Time", "A")]
    header = adopt(_status_report(tmp_path / "b.xlsx", block)).project.header
    assert header.cost_rag == "Red"
    assert header.schedule_rag == "Amber"


def test_a_budget_amount_is_no_cost_rag(tmp_path: Path) -> None:
    # near-miss: "Budget: £1.2m" and "Timeline: March - June" are the budget and the
    # plan's span, not RAGs
    block: list[tuple[str, object]] = [("Project Name", "Depot Solar Array")]
    block += [("Budget", "£1.2m"), ("Timeline", "March - June"), ("Cost", 250000)]
    header = adopt(_status_report(tmp_path / "n.xlsx", block)).project.header
    assert header.cost_rag is None
    assert header.schedule_rag is None


def _dependency_log(path: Path, statuses: list[str]) -> Path:
    rows: list[list[object]] = [["Dep ID", "Dependency", "Owner", "Need By", "Status"]]
    titles = ["Network survey from Estates", "Badge data from HR", "API keys from the vendor"]
    for i, status in enumerate(statuses):
        rows.append([f"DEP-{i + 1}", titles[i], "Ravi Patel", f"1{i + 1}/03/2026", status])
    return book(path, "Dependencies", rows)


def test_a_dependency_complete_is_delivered(tmp_path: Path) -> None:
    adoption = adopt(_dependency_log(tmp_path / "d.xlsx", ["Complete", "Completed", "At Risk"]))
    assert field(adoption, "dependencies", "status") == ["Delivered", "Delivered", "At Risk"]


def test_an_issue_or_milestone_complete_is_not_delivered(tmp_path: Path) -> None:
    # near-miss: the issue list has no Delivered (Complete is Closed there) and a milestone
    # Complete stays Complete
    rows: list[list[object]] = [["Issue ID", "Issue", "Owner", "Date Raised", "Status"]]
    rows += [["I-1", "Kiosk screens glare", "Tom Reid", "02/03/2026", "Complete"]]
    rows += [["I-2", "Card readers reject NFC", "Nia Okafor", "04/03/2026", "Open"]]
    issues = adopt(book(tmp_path / "i.xlsx", "Issue Log", rows))
    assert field(issues, "issues", "status") == ["Closed", "Open"]
    report = adopt(_status_report(tmp_path / "m.xlsx", [("Project Name", "Kiosks")]))
    assert field(report, "milestones", "status") == ["Complete", "In Progress", "Not Started"]


def _risk_log(path: Path, dues: list[object]) -> Path:
    rows: list[list[object]] = [["Risk ID", "Risk", "Owner", "Likelihood", "Target Date"]]
    titles = ["Scanner lease ends early", "Key analyst leaves", "Licence audit", "Data centre move"]
    for i, due in enumerate(dues):
        rows.append([f"R{i + 1}", titles[i], "Ravi Patel", "High", due])
    return book(path, "Risk Register", rows)


def test_a_day_and_month_with_no_year_is_no_month_of_a_two_digit_year(tmp_path: Path) -> None:
    # "30-Apr" is the 30th of April of a year the cell does not say: never April 2030; the
    # cell is not read and the adoption lists it
    dues_written = ["1 May 2026", "30-Apr", "2 June 2026", "14 July 2026"]
    adoption = adopt(_risk_log(tmp_path / "r.xlsx", dues_written))
    dues = field(adoption, "risks", "due_date")
    assert dues == [date(2026, 5, 1), None, date(2026, 6, 2), date(2026, 7, 14)]
    assert [u.value for t in adoption.report.tables for u in t.unconverted] == ["30-Apr"]


def test_a_month_with_its_two_digit_year_after_it_is_still_that_month(tmp_path: Path) -> None:
    # near-miss: "Mar-27" (the month, then its year) is still read as March 2027's last day,
    # and a quarter as its last day
    adoption = adopt(_risk_log(tmp_path / "m.xlsx", ["Mar-27", "Q2 2026", "1 May 2026"]))
    assert field(adoption, "risks", "due_date") == [
        date(2027, 3, 31),
        date(2026, 6, 30),
        date(2026, 5, 1),
    ]


def test_a_schedules_plain_english_states_are_read(tmp_path: Path) -> None:
    # "Behind Schedule", "Slipping", "Not Yet Started", "Completed Late": what status reports
    # write; one unread word among them no longer leaves the whole column out
    words = ["Behind Schedule", "Slipping", "Not Yet Started", "Completed Late", "On Schedule"]
    rows: list[list[object]] = [["Milestone", "Owner", "Baseline", "Forecast", "Status"]]
    for i, word in enumerate(words):
        rows.append([f"Stage {i + 1} signed off", "Nia Okafor", f"0{i + 1}/03/2026", None, word])
    adoption = adopt(book(tmp_path / "p.xlsx", "Milestones", rows))
    assert field(adoption, "milestones", "status") == [
        "Late",
        "Late",
        "Not Started",
        "Complete",
        "In Progress",
    ]


def test_schedule_words_that_say_no_state_stay_unread(tmp_path: Path) -> None:
    # near-miss: "Schedule review" and "Rescheduled" name no state; they are listed, not read
    rows: list[list[object]] = [["Milestone", "Owner", "Baseline", "Status"]]
    words = ["Behind Schedule", "Schedule review", "Rescheduled", "Complete", "Late"]
    for i, word in enumerate(words):
        rows.append([f"Stage {i + 1} signed off", "Nia Okafor", f"0{i + 1}/03/2026", word])
    adoption = adopt(book(tmp_path / "n.xlsx", "Milestones", rows))
    statuses = field(adoption, "milestones", "status")
    assert statuses[0] == "Late" and statuses[3:] == ["Complete", "Late"]
    assert statuses[1] is None and statuses[2] is None
