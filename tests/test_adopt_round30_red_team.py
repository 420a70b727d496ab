"""Red team of round 30's adoption rules (task rt30): wrong results a PMO would trust, each
on a small workbook written for this test, with the rule's own case kept beside it where
the rule's own tests do not already hold it.

1. **two parties on every row of a ``From`` / ``To`` log** (an interface register between
   ``Civils`` and ``Systems``, kept by Systems): both names stand on one side of every row,
   so the rows cannot say which is this project; round 30 took the first in alphabetical
   order (Civils) and turned every direction round. Now the title decides (the one of the
   two it names), else no direction is read.
2. **``R1`` numbering rooms** (``Room | Defect | Owner | Date | Status``, a snag list on
   ``Sheet1``) was adopted as a risk register by its one-letter codes; the codes shorten
   the ID column's own noun (``Room``), as ``ASM-`` under ``Assembly`` does (rule 4).
3. **an issue log whose items say what someone ``assumed``** (``Designer assumed the old
   datum``) was adopted as assumptions: a past ``assumed`` tells what went wrong, not an
   assumption; ``We assume``, ``It is assumed``, ``The plan assumes`` still do.
4. **a milestone table's own ``Baseline date``** beside two review stages' planned dates
   (``Next review - Planned``, ``Gate review - Planned``) lost its baseline to the last
   review's date (the procurement plan's stage rule): stages read only where the table has
   no date of its own for the item.
5. **a units row's ``£k`` under one unread column** (a UK subcontract's amounts) made the
   project's currency GBP where the money columns' own headers say EUR: the headers'
   currency now stands.
6. **a ``Lessons`` sheet written ``If .., ..``** (``If the survey is late, order the steel
   early``) was adopted as a risk register by its items' words; a title or sheet name
   naming a list that is no register (lessons, actions, tasks, requirements) now stands
   over the items' words and codes.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, only, registers, targets

from addin.adopt.item_words import register_of_item_words

# --- 1. two parties on every row ---------------------------------------------------------


def _interface_log(title: str, pairs: list[tuple[str, str]]) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Ref", "Dependency", "From", "To", "Needed by"]]
    for n, (frm, to) in enumerate(pairs, start=1):
        rows.append([f"D{n:02d}", f"Interface drawings pack {n}", frm, to, datetime(2026, 4, n)])
    return rows


_TWO_PARTIES = [("Civils", "Systems"), ("Systems", "Civils")] * 2


def test_two_parties_on_every_row_take_this_project_from_the_title(tmp_path: Path) -> None:
    rows = _interface_log("Systems Integration - Interface Dependencies", _TWO_PARTIES)
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert only(adoption).register == "dependencies"
    # Systems keeps the log: it takes from Civils on rows 1 and 3
    assert field(adoption, "dependencies", "direction") == [
        "Inbound",
        "Outbound",
        "Inbound",
        "Outbound",
    ]
    assert set(field(adoption, "dependencies", "counterparty_project_id")) == {"Civils"}


def test_two_parties_on_every_row_with_no_title_give_no_direction(tmp_path: Path) -> None:
    rows = _interface_log("Interface Dependencies", _TWO_PARTIES)
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert only(adoption).register == "dependencies"
    assert all(v is None for v in field(adoption, "dependencies", "direction"))


# --- 2. R1 numbering rooms -----------------------------------------------------------------


def _coded(header: str, texts: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[header, "Defect", "Owner", "Date", "Status"]]
    for n, text in enumerate(texts, start=1):
        rows.append([f"R{n}", text, "Ana Silva", datetime(2026, n, 1), "Open"])
    return rows


_SNAGS = ["Cracked tile by the door", "Socket not live", "Door closer missing", "Paint scuffed"]


def test_room_codes_are_no_risk_register(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "snags.xlsx", "Sheet1", _coded("Room", _SNAGS)))
    assert "risks" not in registers(adoption)
    assert not adoption.project.items("risks")


def test_risk_codes_under_ref_are_still_risks(tmp_path: Path) -> None:
    texts = ["Crane permit refused", "Flooding in the dig", "Steel late", "Port strike"]
    rows = _coded("Ref", texts)
    rows[0][1] = "Description"
    adoption = adopt(book(tmp_path / "risks.xlsx", "Sheet1", rows))
    assert registers(adoption) == ["risks"]


# --- 3. what someone assumed -------------------------------------------------------------


def test_an_issue_log_of_what_was_assumed_is_no_assumption_log(tmp_path: Path) -> None:
    texts = [
        "Designer assumed the old datum: levels 300 mm out",
        "Contractor assumed two lifts, only one installed",
        "Estimator assumed no VAT on the steel",
        "Survey assumed access from the north, the gate is locked",
    ]
    rows: list[list[object]] = [["#", "Description", "Who", "Date", "Status"]]
    rows += [[n, t, "Ben Carter", datetime(2026, 3, n), "Open"] for n, t in enumerate(texts, 1)]
    adoption = adopt(book(tmp_path / "log.xlsx", "Sheet1", rows))
    assert "assumptions" not in registers(adoption)
    tie = ["risks", "issues", "assumptions"]
    assert register_of_item_words(texts, tie) is None
    plan = ["The plan assumes the hall is free", "Funding is assumed to land in May"]
    assert register_of_item_words([*plan, "Assuming no strike at the port"], tie) == "assumptions"


# --- 4. a milestone table's own baseline --------------------------------------------------


def test_review_stages_leave_the_tables_own_baseline(tmp_path: Path) -> None:
    reviews = ["Next review - Planned", "Gate review - Planned"]
    rows: list[list[object]] = [["ID", "Milestone", "Baseline date", "Forecast date", *reviews]]
    for n in range(1, 4):
        own = [datetime(2026, 9, n), datetime(2026, 10, n)]
        rows.append([f"M{n}", f"Block {n} handover", *own, *[datetime(2026, 1, n)] * 2])
    adoption = adopt(book(tmp_path / "ms.xlsx", "Milestones", rows))
    table = only(adoption)
    assert targets(table)["Baseline date"] == "baseline_date"
    assert field(adoption, "milestones", "baseline_date")[0] == date(2026, 9, 1)


# --- 5. a units row's sign under one unread column ---------------------------------------


def test_a_units_rows_sign_does_not_outvote_the_headers_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tram depot - cost report"],
        [],
        ["Month", "Cost line", "Budget (EUR)", "Actual (EUR)", "UK subcontract"],
        [None, None, None, None, "£k"],
    ]
    rows += [[m, "Civils", 100, 90, 5] for m in ("Jan-26", "Feb-26", "Mar-26")]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", rows))
    assert adoption.project.header.currency == "EUR"  # the money columns' own


# --- 6. lessons written "If .., .." ------------------------------------------------------


def test_a_lessons_sheet_written_if_then_is_no_risk_register(tmp_path: Path) -> None:
    texts = [
        "If the survey is late, order the steel early",
        "If the client changes scope, log it the same day",
        "If a supplier is new, visit their works",
        "If the weather is forecast bad, move the pour",
    ]
    rows: list[list[object]] = [["#", "Description", "Who", "Date", "Status"]]
    rows += [[n, t, "Ben Carter", datetime(2026, 3, n), "Closed"] for n, t in enumerate(texts, 1)]
    adoption = adopt(book(tmp_path / "lessons.xlsx", "Lessons", rows))
    assert "risks" not in registers(adoption)


# --- 7. an Activity column in a risk register; a plan's risks ------------------------------


def _risks_with_activity() -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Risk", "Likelihood", "Impact", "Owner", "Activity"]]
    for n, text in enumerate(["Late steel", "Crane strike", "Basement flood"], start=1):
        rows.append([f"R{n}", text, "High", "Low", "Sam Lee", "Procurement"])
    return rows


def test_an_activity_column_leaves_a_risk_register_its_risks(tmp_path: Path) -> None:
    for sheet in ("Activity plan", "Milestones"):
        adoption = adopt(book(tmp_path / "plan.xlsx", sheet, _risks_with_activity()))
        table = only(adoption)
        assert table.register == "risks", sheet
        assert targets(table)["Likelihood"] == "probability"


def test_a_work_plans_risks_are_risks(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Work Plan - Risks"], [], ["Ref", "Description", "Owner"]]
    rows[2] += ["Date", "Status"]
    texts = ["Slip on wet floor at gate 2", "Forklift near miss", "Hand injury on the press"]
    rows += [[n, t, "Sam Lee", datetime(2026, 3, n), "Open"] for n, t in enumerate(texts, 1)]
    adoption = adopt(book(tmp_path / "wp.xlsx", "Sheet1", rows))
    assert registers(adoption) == ["risks"]


# --- 8. an incident's actions --------------------------------------------------------------


def test_incident_actions_are_no_issue_log(tmp_path: Path) -> None:
    texts = ["Rotate the server keys", "Brief the board", "Restore from backup"]
    for title in ("Incident actions", "Post-incident review actions"):
        rows: list[list[object]] = [[title], [], ["Ref", "Description", "Owner", "Due"]]
        rows[2].append("Status")
        rows += [[n, t, "Sam Lee", datetime(2026, 3, n), "Open"] for n, t in enumerate(texts, 1)]
        adoption = adopt(book(tmp_path / "ia.xlsx", "Sheet1", rows))
        assert "issues" not in registers(adoption), title


def test_an_incident_log_is_still_issues(tmp_path: Path) -> None:
    texts = ["Slip on wet floor at gate 2", "Forklift near miss in bay 4", "Oil spill in the yard"]
    rows: list[list[object]] = [["Site incident log"], [], ["Ref", "Description", "Owner"]]
    rows[2] += ["Date of incident", "Status"]
    rows += [[n, t, "Sam Lee", datetime(2026, 3, n), "Open"] for n, t in enumerate(texts, 1)]
    adoption = adopt(book(tmp_path / "il.xlsx", "Sheet1", rows))
    assert registers(adoption) == ["issues"]


# --- 9. DP1 numbering design packages ------------------------------------------------------


def _packages(header: str) -> list[list[object]]:
    texts = ["Substructure and piling design", "Steel frame design", "Facade design"]
    rows: list[list[object]] = [[header, "Description", "Owner", "Date", "Status"]]
    rows += [
        [f"DP{n}", t, "Ana Silva", datetime(2026, n, 1), "Open"] for n, t in enumerate(texts, 1)
    ]
    return rows


def test_design_packages_are_no_dependency_log(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "dp.xlsx", "Sheet1", _packages("Design package")))
    assert "dependencies" not in registers(adoption)
    adoption = adopt(book(tmp_path / "dp2.xlsx", "Design packages", _packages("Ref")))
    assert "dependencies" not in registers(adoption)
    # the rule's own case: `DP` codes under `Ref` on a sheet no word names
    adoption = adopt(book(tmp_path / "dp3.xlsx", "Sheet1", _packages("Ref")))
    assert registers(adoption) == ["dependencies"]
