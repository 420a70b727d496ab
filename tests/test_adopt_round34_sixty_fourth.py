"""Round 34: tuning on the sixty-fourth batch (supplier and consultancy reports, round 33's
held-out, promoted).

Each rule is a habit of the KIND, tried on workbooks of its own in two or three forms, with
the near-miss it must not fire on (docs/adopt.md, "Round 34: tuning on the sixty-fourth
batch (supplier and consultancy reports, round 33's held-out)"):

1. **a long first title names the measure of lines across too**: a supplier's cost report
   with the months DOWN and its work packages ACROSS, titled ``<project> - Actual cost by
   month (JPY, ...)``, holds actuals, as months across under the same long title always
   were read (round 16); near-miss: a title naming no measure, or two, is still read as
   Budget and said so;
2. **the register's noun over item codes**: a column read as the register's text
   (``MS``, ``Milestone``) whose cells are distinct codes of one letter prefix
   (``M1``, ``MS-01``, ``P.3``), beside a column of words that reads as the text too
   (``Deliverable``, ``Description``), is the items' ID and the words their text, as round
   14 read SAP's record numbers; near-miss: codes of different prefixes, a repeated code,
   or no column of words beside them.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

# --- 1. a long first title names the measure of lines across --------------------------------


def _months_down(tmp: Path, title: str, lines: list[str], sheet: str = "Cost") -> Path:
    months = [datetime(2025, 10, 1), datetime(2025, 11, 1), datetime(2025, 12, 1)]
    rows: list[list[object]] = [[title], [], ["Month", *lines, "Total"]]
    for n, month in enumerate(months, start=1):
        amounts = [1000.0 * n * (k + 1) for k in range(len(lines))]
        rows.append([month, *amounts, sum(amounts)])
    return book(tmp / "cost.xlsx", sheet, rows)


def test_long_title_says_actual_for_lines_across(tmp_path: Path) -> None:
    title = "Soundproof Studio Refit Phase 2 - Actual cost by month (JPY, excl. consumption tax)"
    adoption = adopt(_months_down(tmp_path, title, ["Design", "Fabrication", "Install"]))
    got = finance_by_line(adoption)
    line = got[(date(2025, 11, 1), "Fabrication")]
    assert line.actual == 4000.0 and line.budget is None
    assert any("read as Actual" in n for n in only(adoption).notes)


def test_long_title_says_forecast_for_lines_across(tmp_path: Path) -> None:
    # one long phrase, no parts: the short title reader reads none of it
    title = "Harbour ferry terminal upgrade works package four forecast spend per month in GBP"
    adoption = adopt(_months_down(tmp_path, title, ["Piling", "Pontoon"], sheet="Sheet1"))
    line = finance_by_line(adoption)[(date(2025, 12, 1), "Pontoon")]
    assert line.forecast == 6000.0 and line.budget is None and line.actual is None


def test_long_title_naming_no_measure_stays_budget_and_said(tmp_path: Path) -> None:
    title = "Soundproof Studio Refit Phase 2 - Supplier cost by month (JPY, excl. consumption tax)"
    adoption = adopt(_months_down(tmp_path, title, ["Design", "Fabrication"], sheet="Sheet1"))
    line = finance_by_line(adoption)[(date(2025, 10, 1), "Design")]
    assert line.budget == 1000.0 and line.actual is None
    assert any("nothing says whether" in n for n in only(adoption).notes)


def test_long_title_naming_two_measures_says_neither(tmp_path: Path) -> None:
    title = "Soundproof Studio Refit Phase 2 - Budget versus actual cost by month (JPY)"
    adoption = adopt(_months_down(tmp_path, title, ["Design", "Fabrication"], sheet="Sheet1"))
    line = finance_by_line(adoption)[(date(2025, 10, 1), "Design")]
    assert line.actual is None and line.budget == 1000.0
    assert any("two measures" in n for n in only(adoption).notes)


# --- 2. the register's noun over item codes --------------------------------------------------

_NAMES = ["Design sign-off", "Frame erected", "Roof watertight", "Practical completion"]


def _plan(tmp: Path, head: list[str], codes: list[str], names: list[str] = _NAMES) -> Path:
    rows: list[list[object]] = [["Boat shed - payment milestones"], [], head]
    for n, (code, name) in enumerate(zip(codes, names, strict=True)):
        rows.append([code, name, datetime(2026, 1 + n, 15), "In Progress"])
    return book(tmp / "plan.xlsx", "Milestones", rows)


def test_ms_over_m_codes_beside_deliverable(tmp_path: Path) -> None:
    head = ["MS", "Deliverable", "Contract date", "Status"]
    adoption = adopt(_plan(tmp_path, head, ["M1", "M2", "M3", "M4"]))
    got = targets(only(adoption))
    assert got["MS"] == "id" and got["Deliverable"] == "milestone"
    assert field(adoption, "milestones", "milestone") == _NAMES
    assert field(adoption, "milestones", "id") == ["M-001", "M-002", "M-003", "M-004"]


def test_milestone_over_dashed_codes_beside_description(tmp_path: Path) -> None:
    head = ["Milestone", "Description", "Baseline", "Status"]
    adoption = adopt(_plan(tmp_path, head, ["MS-03", "MS-04", "MS-05", "MS-06"]))
    got = targets(only(adoption))
    assert got["Milestone"] == "id" and got["Description"] == "milestone"
    assert field(adoption, "milestones", "id") == ["M-003", "M-004", "M-005", "M-006"]


def test_words_first_then_dotted_codes(tmp_path: Path) -> None:
    # another position and form: the names first, the codes after them (``P.1`` ..)
    rows: list[list[object]] = [["Payment schedule"], [], ["Deliverable", "Milestone", "Due"]]
    for n, name in enumerate(_NAMES):
        rows.append([name, f"P.{n + 1}", datetime(2026, 1 + n, 15)])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    got = targets(only(adoption))
    assert got["Milestone"] == "id" and got["Deliverable"] == "milestone"
    assert field(adoption, "milestones", "milestone") == _NAMES


def test_codes_of_different_prefixes_stay_the_text(tmp_path: Path) -> None:
    # near-miss: ``M1`` beside ``P2``: not one register's running numbers
    head = ["MS", "Deliverable", "Contract date", "Status"]
    adoption = adopt(_plan(tmp_path, head, ["M1", "P2", "M3", "Q4"]))
    assert targets(only(adoption))["MS"] != "id"


def test_repeated_code_stays_the_text(tmp_path: Path) -> None:
    # near-miss: a repeated code numbers no item
    head = ["MS", "Deliverable", "Contract date", "Status"]
    adoption = adopt(_plan(tmp_path, head, ["M1", "M1", "M2", "M2"]))
    assert targets(only(adoption))["MS"] != "id"


def test_codes_alone_stay_the_text(tmp_path: Path) -> None:
    # near-miss: no other column reads as the milestone: the codes are its only name
    rows: list[list[object]] = [
        ["Boat shed - payment milestones"],
        [],
        ["Milestone", "Due", "Status"],
    ]
    for n in range(4):
        rows.append([f"M{n + 1}", datetime(2026, 1 + n, 15), "In Progress"])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Milestone"] == "milestone"
    assert field(adoption, "milestones", "milestone") == ["M1", "M2", "M3", "M4"]


# --- 3. the person a T&M backup bills, under other person words ------------------------------


def _tm(tmp: Path, who: str, first: bool = True) -> Path:
    top: list[list[object]] = [["Brightline Advisory - Time & materials backup to invoice"]]
    top += [["Period: May 2026"], []]
    head = [who, "Grade"] if first else ["Grade", who]
    rows: list[list[object]] = [*top, [*head, "Days", "Day rate (USD)", "Amount (USD)"]]
    for name, grade, days, rate in [
        ("Dana Whitfield", "Principal", 5, 1800.0),
        ("Owen Park", "Analyst", 10, 800.0),
        ("Keisha Brown", "Analyst", 2.5, 800.0),
    ]:
        pair = [name, grade] if first else [grade, name]
        rows.append([*pair, days, rate, days * rate])
    return book(tmp / "tm.xlsx", "T&M May", rows)


def test_tm_backup_person_in_other_words(tmp_path: Path) -> None:
    for who in ("Staff member", "Team member", "Employee", "Staff", "Person"):
        adoption = adopt(_tm(tmp_path, who))
        got = targets(only(adoption))
        assert got[who] == "cost_line" and got["Grade"] is None, who
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 5, 1), "Owen Park")].actual == 8000.0, who
        assert lines[(date(2026, 5, 1), "Keisha Brown")].actual == 2000.0, who


def test_an_expense_list_keeps_its_category_as_the_line(tmp_path: Path) -> None:
    # near-miss: beside a named category, the employee is a detail (as a supplier is)
    rows: list[list[object]] = [["Site expenses (£)"], [], ["Month", "Employee"]]
    rows[2] += ["Cost category", "Amount (£)"]
    rows += [[datetime(2026, 5, 1), "Ann Lee", "Drilling rig", 120.0]]
    rows += [[datetime(2026, 5, 1), "Bob Roy", "Camp", 30.0]]
    rows += [[datetime(2026, 6, 1), "Ann Lee", "Camp", 20.0]]
    adoption = adopt(book(tmp_path / "exp.xlsx", "Sheet1", rows))
    got = targets(only(adoption))
    assert got["Cost category"] == "cost_line" and got["Employee"] is None
    assert finance_by_line(adoption)[(date(2026, 5, 1), "Camp")].actual == 30.0


def test_a_resource_plan_by_staff_member_stays_resources(tmp_path: Path) -> None:
    # near-miss: days by month with no money are the resource plan's
    rows: list[list[object]] = [["Resource plan (days)"], []]
    rows += [["Staff member", "Role", "Jan 2026", "Feb 2026", "Mar 2026"]]
    rows += [["Dana Whitfield", "Architect", 5, 6, 7], ["Owen Park", "Developer", 10, 12, 8]]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Sheet1", rows))
    table = only(adoption)
    assert table.register == "resources" and targets(table)["Staff member"] == "person"


def test_grade_written_first_yields_to_the_person(tmp_path: Path) -> None:
    for who in ("Consultant", "Team member"):
        adoption = adopt(_tm(tmp_path, who, first=False))
        got = targets(only(adoption))
        assert got[who] == "cost_line" and got["Grade"] is None, who
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 5, 1), "Keisha Brown")].actual == 2000.0, who


def test_a_grade_alone_stays_the_line(tmp_path: Path) -> None:
    # near-miss: no person column: the rate card's grade is what the time is billed by
    rows: list[list[object]] = [["Brightline Advisory - Time & materials backup to invoice"]]
    rows += [["Period: May 2026"], [], ["Grade", "Days", "Day rate (USD)", "Amount (USD)"]]
    rows += [["Principal", 5, 1800.0, 9000.0], ["Analyst", 12.5, 800.0, 10000.0]]
    adoption = adopt(book(tmp_path / "tm.xlsx", "T&M May", rows))
    assert targets(only(adoption))["Grade"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 5, 1), "Analyst")].actual == 10000.0


# --- 5. a short form's dot ends no sentence in a title ----------------------------------------


def _under_company(tmp: Path, second: str) -> Path:
    rows: list[list[object]] = [["Hamamatsu Precision Tooling KK"], [second], []]
    rows += [["Month", "Tooling", "Jigs", "Total"]]
    for n, month in enumerate([datetime(2025, 10, 1), datetime(2025, 11, 1)], start=1):
        rows.append([month, 100.0 * n, 10.0 * n, 110.0 * n])
    return book(tmp / "cost.xlsx", "Sheet1", rows)


def test_a_title_part_with_excl_is_read(tmp_path: Path) -> None:
    # the title on the second line: ``excl. `` used to read as a sentence's end
    for second in (
        "Press Line Retooling - Actual cost by month (JPY, excl. consumption tax)",
        "Press Line Retooling - Actual spend per month (approx. figures, incl. GST)",
    ):
        adoption = adopt(_under_company(tmp_path, second))
        line = finance_by_line(adoption)[(date(2025, 11, 1), "Tooling")]
        assert line.actual == 200.0 and line.budget is None, second


def test_a_sentence_in_a_title_line_still_names_nothing(tmp_path: Path) -> None:
    # near-miss: a note of two sentences above the table is no title
    second = "Press Line Retooling - actual costs are shown ex. VAT. See the cover for the rates"
    adoption = adopt(_under_company(tmp_path, second))
    line = finance_by_line(adoption)[(date(2025, 11, 1), "Tooling")]
    assert line.budget == 200.0 and line.actual is None


# --- 6. a time-and-materials backup titled with its month -------------------------------------


def _tm_titled(tmp: Path, title: str) -> Path:
    rows: list[list[object]] = [[title], []]
    rows += [["Consultant", "Grade", "Days", "Day rate (USD)", "Amount (USD)"]]
    rows += [["Dana Whitfield", "Principal", 5, 1800.0, 9000.0]]
    rows += [["Owen Park", "Analyst", 10, 800.0, 8000.0]]
    return book(tmp / "tm.xlsx", "Sheet1", rows)


def test_a_tm_title_gives_its_month(tmp_path: Path) -> None:
    for title in (
        "Time & materials - June 2026",
        "T&M backup - June 2026",
        "Brightline Advisory T&M: June 2026",
        "June 2026 time & materials",
    ):
        adoption = adopt(_tm_titled(tmp_path, title))
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 6, 1), "Owen Park")].actual == 8000.0, title


def test_a_project_title_with_a_month_or_a_tm_quarter_gives_none(tmp_path: Path) -> None:
    # near-misses: no document word (round 32's), and a quarter is no month
    for title in ("Harbour Works - June 2026", "Time & materials - Q2 2026"):
        adoption = adopt(_tm_titled(tmp_path, title))
        assert adoption.project.finance == [], title
