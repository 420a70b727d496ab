"""Round 23 (issue 15): mechanisms for the tuning batches' misses left at every seed, and
the twenty-fourth batch's open truth questions. Every workbook here is written for the
test (none is a benchmark layout); each rule stands beside a near-miss it must not take."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.evidence import system_keys
from tests.adopt_sheets import adopt, book, books, field, only, targets

M = ["Jan-26", "Feb-26", "Mar-26"]
JAN = date(2026, 1, 1)

# ---------------------------------------------------------------------------------------
# 1. A Committed block stacked as a table of its own is listed, never joined
# ---------------------------------------------------------------------------------------


def test_a_commitments_table_under_the_budget_is_listed_not_joined(tmp_path: Path) -> None:
    rows = [
        ["Harbour dredging - spend tracker (£)"],
        [],
        ["Budget"],
        ["Cost line", *M],
        ["Dredger hire", 500, 500, 500],
        ["Surveys", 40, 0, 40],
        [],
        ["Commitments"],
        ["Cost line", *M],
        ["Dredger hire", 480, 480, 0],
        ["Surveys", 40, 40, 40],
    ]
    adoption = adopt(books(tmp_path / "dredge.xlsx", {"Spend": rows}))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(JAN, "Dredger hire")] == (500.0, None)  # the commitment is no actual
    _budget, committed = adoption.report.adopted_tables
    assert committed.header_row == 9
    assert any("heading 'Commitments' on row 8" in n for n in committed.notes)
    reasons = [s.reason for s in committed.skipped_rows]
    assert len(reasons) == 2 and all("not counted" in r for r in reasons)


def test_an_actual_table_under_the_budget_is_read_as_actuals(tmp_path: Path) -> None:
    """Near-miss: a block headed by a measure the register holds is read, not listed."""
    rows = [
        ["Harbour dredging - spend tracker (£)"],
        [],
        ["Budget"],
        ["Cost line", *M],
        ["Dredger hire", 500, 500, 500],
        ["Surveys", 40, 0, 40],
        [],
        ["Spent"],
        ["Cost line", *M],
        ["Dredger hire", 480, 480, None],
        ["Surveys", 38, 0, None],
    ]
    adoption = adopt(books(tmp_path / "dredge.xlsx", {"Spend": rows}))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(JAN, "Dredger hire")] == (500.0, 480.0)
    assert lines[(JAN, "Surveys")] == (40.0, 38.0)
    assert not any(s.reason for t in adoption.report.adopted_tables for s in t.skipped_rows)


# ---------------------------------------------------------------------------------------
# 2. A Notes column of the same few remarks is no description
# ---------------------------------------------------------------------------------------


def _log(notes: list[str | None]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Issue", "Owner", "Status", "Notes"]]
    titles = ["Crane permit late", "Quay wall cracked", "Pilot boat down", "Tide tables wrong"]
    titles += ["Fuel barge delayed", "Berth 3 silted"]
    people = ["Ann Lee", "Bo Chan", "Cy Ford"]
    for i, (title, note) in enumerate(zip(titles, notes, strict=True)):
        rows.append([f"IS-{i + 1:02d}", title, people[i % 3], "Open", note])
    return rows


def test_notes_repeating_the_same_remarks_are_no_description(tmp_path: Path) -> None:
    notes = ["See board paper", "Raised at site meeting", "See board paper", None]
    notes += ["Raised at site meeting", "See board paper"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issue Log", _log(notes)))
    table = only(adoption)
    assert targets(table)["Notes"] is None
    assert field(adoption, "issues", "description") == [None] * 6
    # listed, not dropped silently
    assert any(c.header == "Notes" and c.target is None for c in table.columns)


def test_one_stock_remark_on_every_row_is_no_description(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "log.xlsx", "Issue Log", _log(["Reviewed weekly"] * 6)))
    assert targets(only(adoption))["Notes"] is None


def test_notes_of_each_items_own_text_stay_the_description(tmp_path: Path) -> None:
    """Near-miss: a tool's notes, each row its own text (Asana), is the description."""
    notes = ["Permit office closed", "Diver report due", "Engine part on order", None]
    notes += ["Supplier strike", "Survey booked"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issue Log", _log(notes)))
    assert targets(only(adoption))["Notes"] == "description"
    assert field(adoption, "issues", "description")[0] == "Permit office closed"


# ---------------------------------------------------------------------------------------
# 3. A tool's random record key is no ID
# ---------------------------------------------------------------------------------------


def test_random_tokens_are_a_system_key() -> None:
    assert system_keys(["q7hx2mz9kd4w", "b3nvt8r1pz0c", "xk29dm4tq7fa", "m0p4wz8ce2hr"])
    # Planner's real keys: 28 characters of letters, digits, '-' and '_'
    assert system_keys(
        [
            "pbT5K2OVkkO1M7r5bfsJ6JgAGD3m",
            "Zq-4wN0cXo1uC8l_m2Rk9dS7eYhA",
            "aV3kLm9Qp2Rs7Tu1Vw5Xy8Zb0Cd4",
        ]
    )
    # near-misses: a person's codes, a tool that numbers in order, plain numbers, words
    assert not system_keys(["RISK-0012", "RISK-0013", "RISK-0014"])
    assert not system_keys(["INC0012345", "INC0012346", "INC0012399"])
    assert not system_keys(["86b0a1f2c", "86b0a1f3d", "86b0a1f9e"])
    assert not system_keys(["recA1b2C3d4E5f6G", "recZ9y8X7w6V5u4T", "recQ1w2E3r4T5y6U"])
    assert not system_keys(["1234567890", "2234567890", "3234567890"])
    assert not system_keys(["Procurement", "Engineering", "Operations"])


def test_a_planner_style_task_id_is_not_the_issue_id(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Task ID", "Task Name", "Assigned To", "Progress", "Due Date"]]
    keys = ["q7hx2mz9kd4w", "b3nvt8r1pz0c", "xk29dm4tq7fa", "m0p4wz8ce2hr"]
    names = ["Pump spares late", "Telemetry offline", "Road permit refused", "GIS layer stale"]
    for key, name in zip(keys, names, strict=True):
        rows.append([key, name, "Rhian Jones", "In progress", date(2026, 5, 4)])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Issues", rows))
    table = only(adoption)
    assert targets(table)["Task ID"] is None
    assert field(adoption, "issues", "id") == ["I-001", "I-002", "I-003", "I-004"]
    assert field(adoption, "issues", "title") == names


def test_a_clickup_style_task_id_stays_the_id(tmp_path: Path) -> None:
    """Near-miss: keys a tool gives in order (one start, `86b…`) are the IDs people quote."""
    rows: list[list[object]] = [["Task ID", "Task Name", "Assignee", "Status", "Due Date"]]
    keys = ["86b0a1f2c", "86b0a1f3d", "86b0a1f9e", "86b0a20aa"]
    names = ["Pump spares late", "Telemetry offline", "Road permit refused", "GIS layer stale"]
    for key, name in zip(keys, names, strict=True):
        rows.append([key, name, "Rhian Jones", "In progress", date(2026, 5, 4)])
    adoption = adopt(book(tmp_path / "clickup.xlsx", "Issues", rows))
    assert targets(only(adoption))["Task ID"] == "id"


# ---------------------------------------------------------------------------------------
# 4. A currency named in words in a finance table's title or headers
# ---------------------------------------------------------------------------------------


def _costs(path: Path, title: str | None, units: tuple[str, str] = ("", "")) -> Path:
    rows: list[list[object]] = [[title] if title else [], []]
    rows.append(["Month", "Cost line", f"Budget{units[0]}", f"Spent{units[1]}"])
    for m in (1, 2, 3):
        rows.append([date(2026, m, 1), "Dredging", 1200.0 * m, 1100.0 * m])
        rows.append([date(2026, m, 1), "Surveys", 300.0, 250.0])
    return book(path, "Costs", rows)


def _currency(path: Path) -> str | None:
    adoption = adopt(path)
    assert len(adoption.project.finance) == 6  # the amounts are read whatever the currency
    return adoption.project.header.currency


def test_a_currency_named_in_words_in_the_title(tmp_path: Path) -> None:
    assert _currency(_costs(tmp_path / "a.xlsx", "Port upgrade, FY2026, Canadian dollars")) == "CAD"
    assert (
        _currency(_costs(tmp_path / "b.xlsx", "Costes (valores en dólares de los Estados Unidos)"))
        == "USD"
    )
    assert _currency(_costs(tmp_path / "c.xlsx", "Hafenausbau - Angaben in Tausend Euro")) == "EUR"


def test_a_currency_named_in_words_on_the_amount_headers(tmp_path: Path) -> None:
    path = _costs(tmp_path / "h.xlsx", "Port upgrade costs", (" (euros)", " (euros)"))
    assert _currency(path) == "EUR"


def test_dollars_alone_or_a_name_that_is_no_unit_give_no_currency(tmp_path: Path) -> None:
    # near-misses: `dollars` alone names no one dollar; `Euro 2028` is a championship;
    # two currencies named, none is the project's; a currency off the standards' list
    assert _currency(_costs(tmp_path / "d.xlsx", "Port upgrade - amounts in dollars")) is None
    assert _currency(_costs(tmp_path / "e.xlsx", "Euro 2028 stadium works")) is None
    assert (
        _currency(_costs(tmp_path / "f.xlsx", "Costs in US dollars and Canadian dollars")) is None
    )
    assert _currency(_costs(tmp_path / "g.xlsx", "Borehole costs in Kenyan shillings")) is None


# ---------------------------------------------------------------------------------------
# 5. A resource plan's role column in the vocabularies' languages
# ---------------------------------------------------------------------------------------


def _plan(path: Path, header: list[str]) -> Path:
    months = ["jan 2026", "feb 2026", "mar 2026"]
    rows: list[list[object]] = [["Plán kapacít tímu podpory (MD = človekodni)"], []]
    rows.append([*header, *months])
    rows.append(["Ján Novák", "Analytik", 10, 12, 5])
    rows.append(["Eva Horváthová", "Tester", 8, 6, 5])
    rows.append(["Peter Kováč", "Architekt", 4, 4, 5])
    return book(path, "Kapacity", rows)


def test_a_slovak_rola_column_is_the_role(tmp_path: Path) -> None:
    adoption = adopt(_plan(tmp_path / "sk.xlsx", ["Meno", "Rola"]))
    assert targets(only(adoption))["Rola"] == "role"
    assert sorted({r.role for r in adoption.project.resources}) == [
        "Analytik",
        "Architekt",
        "Tester",
    ]


def test_an_unknown_second_column_is_not_taken_as_the_role(tmp_path: Path) -> None:
    """Near-miss: `Oddelenie` (department) is no role word."""
    adoption = adopt(_plan(tmp_path / "sk2.xlsx", ["Meno", "Oddelenie"]))
    assert targets(only(adoption)).get("Oddelenie") is None


# ---------------------------------------------------------------------------------------
# 6. A Status column with states of the team's own beside the standard's
# ---------------------------------------------------------------------------------------


def _issues(states: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Issue", "Owner", "Status", "Target date"]]
    titles = ["Lift out of service", "Roof leak in block B", "Fire door fails test"]
    titles += ["Boiler permit missing", "Car park lighting out", "CCTV gap at gate 2"]
    for i, (title, state) in enumerate(zip(titles, states, strict=True)):
        rows.append([f"IL-{i + 1}", title, "Dev Patel", state, date(2026, 6, 1 + i)])
    return rows


def test_a_status_column_holding_its_teams_own_states_is_the_status(tmp_path: Path) -> None:
    states: list[object] = ["With contractor", "Open", "With contractor", "With contractor"]
    states += ["Closed", "With contractor"]
    adoption = adopt(book(tmp_path / "states.xlsx", "Issue Log", _issues(states)))
    table = only(adoption)
    assert targets(table)["Status"] == "status"
    # most states are the team's own: the column is flagged for a person to check
    assert next(c for c in table.columns if c.header == "Status").low_confidence
    assert field(adoption, "issues", "status") == [None, "Open", None, None, "Closed", None]
    # the states it cannot read are listed, cell by cell
    assert sum("With contractor" in (u.value or "") for u in table.unconverted) == 4


def test_a_status_header_over_dates_is_no_status(tmp_path: Path) -> None:
    """Near-miss: `Status` over the dates of the last update (one `Open` among them)."""
    states: list[object] = ["Open", "12/03/2026", "14/03/2026", "15/03/2026", "16/03/2026"]
    states += ["17/03/2026"]
    adoption = adopt(book(tmp_path / "dates.xlsx", "Issue Log", _issues(states)))
    assert targets(only(adoption))["Status"] is None


# ---------------------------------------------------------------------------------------
# 7. States a seed may draw: a submitted item, a remediation under way, on track in Turkish
# ---------------------------------------------------------------------------------------


def test_submitted_and_remediation_states_by_their_category() -> None:
    from addin.adopt.workflow_states import read_state

    issue = ["Open", "In Progress", "Resolved", "Closed"]
    assert read_state("Submitted", issue) == ("Open", "not started")
    assert read_state("Remediation In Progress", issue) == ("In Progress", "in progress")
    assert read_state("Awaiting Remediation", issue) == ("Open", "not started")
    # near-misses: a phase noun alone, and a submission's outcome, are not placed
    assert read_state("Remediation", issue) is None
    assert read_state("Submission rejected", issue) is None


def test_a_turkish_dependency_on_track(tmp_path: Path) -> None:
    rows: list[list[object]] = [["No", "Bağımlılık", "Sorumlu", "Durum", "Gerekli tarih"]]
    rows.append([1, "Veri merkezi kabulü", "Ayşe Kaya", "Zamanında", date(2026, 4, 1)])
    rows.append([2, "Lisans onayı", "Mehmet Demir", "Riskli", date(2026, 4, 15)])
    rows.append([3, "Ağ bağlantısı", "Ayşe Kaya", "Zamanında", date(2026, 5, 2)])
    rows.append([4, "Test ortamı", "Can Yılmaz", "Zamanlama bekleniyor", date(2026, 5, 9)])
    adoption = adopt(book(tmp_path / "tr.xlsx", "Bağımlılıklar", rows))
    assert only(adoption).register == "dependencies"
    # near-miss: `Zamanlama bekleniyor` (scheduling awaited) is no "on time"
    assert field(adoption, "dependencies", "status") == ["On Track", "At Risk", "On Track", None]


# ---------------------------------------------------------------------------------------
# 8. Words the vocabularies lacked: a Swedish validate-by, a Hungarian gate
# ---------------------------------------------------------------------------------------


def test_a_swedish_assumption_log_verified_by_and_found_wrong(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Nr", "Antagande", "Ansvarig", "Verifieras senast", "Status"]]
    rows.append([1, "Leverantören håller priset", "Anna Berg", date(2026, 3, 1), "Öppen"])
    rows.append([2, "Lokalen är ledig i maj", "Per Holm", date(2026, 4, 1), "Felaktig"])
    rows.append([3, "Budgeten beviljas", "Anna Berg", date(2026, 5, 1), "Öppen"])
    adoption = adopt(book(tmp_path / "sv.xlsx", "Antaganden", rows))
    assert targets(only(adoption))["Verifieras senast"] == "validate_by"
    assert field(adoption, "assumptions", "status") == ["Open", "Invalid", "Open"]


def test_a_hungarian_milestone_gate(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Mérföldkő", "Felelős", "Kapu", "Határidő", "Kapu neve"]]
    rows.append(["Terv jóváhagyva", "Kiss Péter", "Igen", date(2026, 3, 1), "G1"])
    rows.append(["Beszerzés lezárva", "Nagy Éva", "Nem", date(2026, 4, 1), None])
    rows.append(["Élesítés", "Kiss Péter", "Igen", date(2026, 6, 1), "G2"])
    adoption = adopt(book(tmp_path / "hu.xlsx", "Mérföldkövek", rows))
    mapped = targets(only(adoption))
    assert mapped["Kapu"] == "gate"
    # near-miss: the gate's name beside the yes / no flag is no second gate column
    assert mapped["Kapu neve"] != "gate"
