"""Round 14: columns and values of register tables (docs/adopt.md, "Round 14: mechanisms
(columns and values of registers)").

The statuses registers write beyond open and closed, per language (a risk watched, an issue
being worked or resolved, an assumption that holds or no longer does); the header words of
the dates raised and due, the row's number, the item's code and who decided in more
languages; a scheduling tool's actual flag on a finish date (Primavera P6's ``14-Mar-26 A``);
a notes column filled here and there, which is no description; the DoD risk guide's
``Handling Plan`` and a logframe's ``If it does not hold``. Every shape here was written for
this test, not taken from a benchmark layout; each pattern has negative cases.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from addin.adopt import adopt_file
from addin.adopt.convert import date_for_column, list_for_column
from addin.adopt.dates import schedule_flag
from addin.adopt.match import candidates
from addin.standards import Standards, default_standards
from tests.adopt_sheets import adopt, book, column, field, only, targets


@pytest.fixture(scope="module")
def std() -> Standards:
    return default_standards()


# ---------------------------------------------------------------------------------------
# 1. Statuses per language and per register
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_name", "text", "expected"),
    [
        # a risk watched: the risk list's Monitoring
        ("risk_status", "Seurannassa", "Monitoring"),  # Finnish
        ("risk_status", "İzleniyor", "Monitoring"),  # Turkish
        ("risk_status", "Monitorowane", "Monitoring"),  # Polish
        ("risk_status", "Bevakas", "Monitoring"),  # Swedish
        ("risk_status", "Dipantau", "Monitoring"),  # Indonesian
        ("risk_status", "Υπό παρακολούθηση", "Monitoring"),  # Greek
        ("risk_status", "Kapandı", "Closed"),  # Turkish past tense
        # cancelled: closed
        ("risk_status", "Anulowane", "Closed"),  # Polish
        ("risk_status", "İptal edildi", "Closed"),  # Turkish
        ("issue_status", "Annulé", "Closed"),  # French
        ("issue_status", "Abgebrochen", "Closed"),  # German
        ("issue_status", "已取消", "Closed"),  # Chinese
        # an issue watched is still open; worked; resolved
        ("issue_status", "Seurannassa", "Open"),
        ("issue_status", "În lucru", "In Progress"),  # Romanian
        ("issue_status", "Käsittelyssä", "In Progress"),  # Finnish
        ("issue_status", "Rezolvată", "Resolved"),  # Romanian
        ("issue_status", "Megoldva", "Resolved"),  # Hungarian
        ("issue_status", "Zárva", "Closed"),  # Hungarian
        # an assumption that holds or no longer does
        ("assumption_status", "Not valid", "Invalid"),
        ("assumption_status", "No longer holds", "Invalid"),
        ("assumption_status", "Does not hold", "Invalid"),
        ("assumption_status", "Doesn't hold", "Invalid"),
        ("assumption_status", "Proven false", "Invalid"),
        ("assumption_status", "Proven true", "Validated"),
        ("assumption_status", "Valid", "Validated"),
        ("assumption_status", "Geçersiz", "Invalid"),  # Turkish
        ("assumption_status", "Ugyldig", "Invalid"),  # Danish, Norwegian
        ("assumption_status", "Érvényes", "Validated"),  # Hungarian
        ("assumption_status", "Unconfirmed", "Open"),
    ],
)
def test_status_words_of_registers_per_language(
    list_name: str, text: str, expected: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(text)
    assert result.problem is None, result.problem
    assert result.value == expected


@pytest.mark.parametrize(
    ("list_name", "text"),
    [
        # still holding: open, or validated so far? Nothing says which
        ("assumption_status", "Holding"),
        ("assumption_status", "Holds"),
        # not validated: not yet, or shown wrong?
        ("assumption_status", "Not validated"),
        # a risk has no "invalid" state: an assumption's word stays unread in a risk log
        ("risk_status", "Not valid"),
        ("risk_status", "Geçersiz"),
        # a closed word with a reason that does not close it
        ("issue_status", "Resolved - pending sign-off"),
    ],
)
def test_status_words_nothing_decides_stay_unread(
    list_name: str, text: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(text)
    assert result.problem is not None
    assert result.value == text


def test_a_closure_reason_saying_it_does_not_hold_still_closes(std: Standards) -> None:
    # "not" names why it was closed, not that it is open
    result = list_for_column("assumption_status", std)("Closed - does not hold")
    assert (result.value, result.problem) == ("Closed", None)


def test_a_turkish_risk_register_reads_its_statuses_and_columns(tmp_path: Path) -> None:
    """The status column was left out ('its values do not fit': İzleniyor and Kapandı were
    no words of the file); the code and the definition columns read by their nouns'
    possessive (`Kodu`, `Tanımı`)."""
    rows: list[list[object]] = [
        ["Risk Kodu", "Risk Tanımı", "Risk Sahibi", "Olasılık", "Etki", "Risk Puanı", "Durum"],
        ["RK-7", "Lisans maliyetleri artar", "Ayşe Demir", 3, 4, 12, "İzleniyor"],
        ["RK-9", "Test ortamı gecikir", "Mehmet Kaya", 2, 5, 10, "Açık"],
        ["RK-12", "Tedarikçi teslimatı kaçırır", "Ayşe Demir", 4, 4, 16, "Kapandı"],
    ]
    adoption = adopt(book(tmp_path / "riskler.xlsx", "Riskler", rows))
    table = only(adoption)
    assert table.register == "risks"
    mapped = targets(table)
    assert mapped["Risk Kodu"] == "id"
    assert mapped["Risk Tanımı"] == "title"  # the only text: its description is its title
    assert mapped["Durum"] == "status"
    assert column(table, "Risk Puanı").note.startswith("Score is computed")
    assert field(adoption, "risks", "status") == ["Monitoring", "Open", "Closed"]
    assert field(adoption, "risks", "id") == ["R-007", "R-009", "R-012"]


def test_an_assumption_log_reads_valid_and_invalid_and_the_mapping_file_keeps_it(
    tmp_path: Path, std: Standards
) -> None:
    rows: list[list[object]] = [
        ["ID", "Assumption", "Owner", "Status"],
        ["A1", "The vendor keeps the price for a year", "Grace Lee", "Valid"],
        ["A2", "Two testers join in March", "Tom Walsh", "Not valid"],
        ["A3", "Data centre stays available", "Priya Nair", "No longer holds"],
        ["A4", "The board meets monthly", "Grace Lee", "Unconfirmed"],
    ]
    source = book(tmp_path / "assumptions.xlsx", "Assumptions", rows)
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    statuses = [a.status for a in first.project.assumptions]
    assert statuses == ["Validated", "Invalid", "Invalid", "Open"]
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    words = data["readings"]["list_words"]["assumption_status"]
    assert words["not valid"] == "Invalid" and words["no longer holds"] == "Invalid"
    # the PMO reads "Not valid" as Closed for this log: one line, re-run
    words["not valid"] = "Closed"
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    again = adopt_file(source, tmp_path / "again.xlsx", std, mapping_path=mapping_path)
    assert [a.status for a in again.project.assumptions][1] == "Closed"


def test_a_logframe_status_of_holding_is_listed_not_guessed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Assumption", "If it does not hold", "Responsible", "Status"],
        ["A1", "Schools release teachers for training", "Delay to output 2", "Ana Lima", "Holding"],
        ["A2", "Prices stay within budget", "Fewer boreholes", "Tom Walsh", "No longer holds"],
        ["A3", "The district keeps its list current", "Re-plan", "Ana Lima", "Does not hold"],
    ]
    adoption = adopt(book(tmp_path / "logframe.xlsx", "Assumptions", rows))
    table = only(adoption)
    mapped = targets(table)
    assert mapped["If it does not hold"] == "impact_if_false"
    assert mapped["Status"] == "status"
    assert field(adoption, "assumptions", "status") == [None, "Invalid", "Invalid"]
    assert field(adoption, "assumptions", "impact_if_false")[1] == "Fewer boreholes"
    unread = [u for u in table.unconverted if u.header == "Status"]
    assert [u.value for u in unread] == ["Holding"]


# ---------------------------------------------------------------------------------------
# 2. Header words: raised, due, the row's number, the code, who decided
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("register", "header", "expected"),
    [
        ("issues", "Bejelentve", "raised_date"),  # Hungarian: reported
        ("issues", "Bejelentés dátuma", "raised_date"),
        ("risks", "Tanggal Identifikasi", "raised_date"),  # Indonesian
        ("risks", "Identification Date", "raised_date"),
        ("risks", "Date of Identification", "raised_date"),
        ("issues", "Termen", "due_date"),  # Romanian: the deadline
        ("issues", "Termen limită", "due_date"),
        ("risks", "Dată limită", "due_date"),
        ("decisions", "Α/Α", "id"),  # Greek: the row's number
        ("decisions", "Αύξων αριθμός", "id"),
        ("decisions", "Αποφασίστηκε από", "made_by"),  # Greek: decided by
        ("decisions", "Diputuskan oleh", "made_by"),  # Indonesian
        ("risks", "Risk Kodu", "id"),  # Turkish: the risk's code
        ("risks", "Kode Risiko", "id"),  # Indonesian
        ("risks", "Risk Tanımı", "description"),  # Turkish: the risk's definition
        ("risks", "Risk Puanı", "score"),
        ("issues", "Responsabil", "owner"),  # Romanian
        ("risks", "Handling Plan", "response"),  # the DoD RIO guide's
        ("risks", "Risk Handling Plan", "response"),
        ("assumptions", "If it does not hold", "impact_if_false"),
        ("assumptions", "If it fails", "impact_if_false"),
    ],
)
def test_header_words_of_registers(register: str, header: str, expected: str) -> None:
    found = candidates(header, register)
    assert found, header
    assert found[0].column_key == expected
    assert found[0].confidence >= 0.8


@pytest.mark.parametrize(
    ("register", "header"),
    [
        ("issues", "Bejelentő"),  # who reported it, a person: no date
        ("risks", "Identification Method"),  # how, not when
        ("risks", "If it does not hold"),  # a risk has no impact-if-false column
        ("issues", "Comments"),
    ],
)
def test_header_words_that_name_no_column_here(register: str, header: str) -> None:
    found = candidates(header, register)
    assert (
        not found
        or found[0].confidence < 0.6
        or found[0].column_key
        not in (
            "raised_date",
            "due_date",
            "impact_if_false",
        )
    )


def test_a_hungarian_issue_log_with_its_reported_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Sorszám", "Megnevezés", "Felelős", "Bejelentve", "Határidő", "Állapot"],
        [1, "A számlák nem egyeznek", "Kiss Anna", date(2026, 2, 3), date(2026, 2, 20), "Nyitott"],
        [2, "Hiányzik a tesztadat", "Tóth Gábor", date(2026, 2, 9), date(2026, 3, 1), "Megoldva"],
        [3, "Lassú a riport", "Kiss Anna", date(2026, 2, 17), date(2026, 3, 6), "Zárva"],
    ]
    adoption = adopt(book(tmp_path / "problemak.xlsx", "Problémák", rows))
    mapped = targets(only(adoption))
    assert mapped["Bejelentve"] == "raised_date"
    assert mapped["Határidő"] == "due_date"
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 2, 3),
        date(2026, 2, 9),
        date(2026, 2, 17),
    ]
    assert field(adoption, "issues", "status") == ["Open", "Resolved", "Closed"]


def test_a_greek_decision_log_reads_its_number_and_who_decided(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Α/Α", "Απόφαση", "Αποφασίστηκε από", "Ημερομηνία"],
        [1, "Έγκριση του προϋπολογισμού δοκιμών", "Νίκος Αλεξίου", date(2026, 1, 14)],
        [2, "Επιλογή του δεύτερου προμηθευτή", "Σοφία Δημητρίου", date(2026, 2, 3)],
        [3, "Παράταση της πιλοτικής φάσης", "Νίκος Αλεξίου", date(2026, 2, 27)],
    ]
    adoption = adopt(book(tmp_path / "apofaseis.xlsx", "Αποφάσεις", rows))
    mapped = targets(only(adoption))
    assert mapped["Α/Α"] == "id"
    assert mapped["Αποφασίστηκε από"] == "made_by"
    assert field(adoption, "decisions", "made_by") == [
        "Νίκος Αλεξίου",
        "Σοφία Δημητρίου",
        "Νίκος Αλεξίου",
    ]


# ---------------------------------------------------------------------------------------
# 3. A scheduling tool's actual flag on a finish date
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14-Mar-26 A", ("14-Mar-26", True)),
        ("14-Mar-26*", ("14-Mar-26", False)),
        ("14-Mar-26 A*", ("14-Mar-26", True)),
        ("2026-03-14 A", ("2026-03-14", True)),
        ("14-Mar-26", None),
        ("Plan A", None),
        ("14-Mar-26A", None),  # the flag stands apart from the date
    ],
)
def test_schedule_flags(text: str, expected: tuple[str, bool] | None) -> None:
    assert schedule_flag(text) == expected


def test_a_flagged_date_reads_as_its_date_with_a_note() -> None:
    convert, _ = date_for_column(["14-Mar-26 A", "02-Apr-26"], "Finish")
    read = convert("14-Mar-26 A")
    assert read.value == date(2026, 3, 14) and read.problem is None
    assert "an actual date" in (read.note or "")
    for text in ("Plan A", "Phase 2 A"):
        assert convert(text).problem is not None  # no date: kept and listed


def test_a_p6_milestone_plan_gives_flagged_finishes_their_actual_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Activity ID", "Activity Name", "Baseline Finish", "Finish"],
        ["A1000", "Design approved", "02-Feb-26", "05-Feb-26 A"],
        ["A1010", "Build complete", "16-Mar-26", "20-Mar-26*"],
        ["A1020", "Go-live", "30-Apr-26", "12-May-26"],
    ]
    adoption = adopt(book(tmp_path / "p6.xlsx", "Milestones", rows))
    table = only(adoption)
    assert targets(table)["Finish"] == "forecast_date"
    assert field(adoption, "milestones", "actual_date") == [date(2026, 2, 5), None, None]
    assert field(adoption, "milestones", "forecast_date") == [
        date(2026, 2, 5),
        date(2026, 3, 20),
        date(2026, 5, 12),
    ]
    assert any("flagged 'A'" in note for note in table.notes)
    assert not [u for u in table.unconverted if u.header == "Finish"]


def test_an_actual_column_of_its_own_wins_over_the_flag(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Milestone", "Baseline", "Forecast", "Actual"],
        ["Design approved", "02-Feb-26", "05-Feb-26 A", "04-Feb-26"],
        ["Go-live", "30-Apr-26", "12-May-26", None],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert field(adoption, "milestones", "actual_date") == [date(2026, 2, 4), None]
    assert not any("flagged 'A'" in note for note in only(adoption).notes)


def test_a_flag_on_an_issue_due_date_makes_no_closed_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Due"],
        ["I1", "Build server out of disk", "Grace Lee", "05-Feb-26 A"],
        ["I2", "Supplier invoice disputed", "Tom Walsh", "12-Feb-26"],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert field(adoption, "issues", "due_date") == [date(2026, 2, 5), date(2026, 2, 12)]
    assert field(adoption, "issues", "closed_date") == [None, None]


# ---------------------------------------------------------------------------------------
# 4. Which free-text column is the description: a notes column filled here and there is not
# ---------------------------------------------------------------------------------------


def _issue_log(
    notes: list[object], extra: dict[str, list[object]] | None = None
) -> list[list[object]]:
    titles = [
        "Build server out of disk",
        "Supplier invoice disputed",
        "Login fails for SSO users",
        "Two testers off sick",
    ]
    owners = ["Grace Lee", "Tom Walsh", "Priya Nair", "Grace Lee"]
    extra = extra or {}
    rows: list[list[object]] = [["Issue", "Owner", "Due", *extra, "Notes"]]
    for i in range(4):
        rows.append(
            [titles[i], owners[i], date(2026, 3, 2 + i), *(v[i] for v in extra.values()), notes[i]]
        )
    return rows


def test_a_notes_column_filled_on_few_rows_is_no_description(tmp_path: Path) -> None:
    rows = _issue_log(["Chased supplier", None, None, "Escalated to the board"])
    adoption = adopt(book(tmp_path / "tracker.xlsx", "Issue Tracker", rows))
    assert targets(only(adoption))["Notes"] is None
    assert field(adoption, "issues", "description") == [None, None, None, None]


def test_an_empty_notes_column_is_no_description(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "tracker.xlsx", "Issue Tracker", _issue_log([None] * 4)))
    assert targets(only(adoption))["Notes"] is None


def test_a_tools_notes_filled_on_most_rows_stays_the_description(tmp_path: Path) -> None:
    notes = [
        "Disk at 98% since the nightly build",
        "Invoice 4411 charges the old rate",
        None,
        "Both back next week",
    ]
    adoption = adopt(book(tmp_path / "tracker.xlsx", "Issue Tracker", _issue_log(notes)))
    assert targets(only(adoption))["Notes"] == "description"
    assert field(adoption, "issues", "description")[0] == "Disk at 98% since the nightly build"


def test_a_real_description_still_wins_over_notes(tmp_path: Path) -> None:
    descriptions = ["Disk full", "Old rate charged", "SSO tokens expire", "Sick leave"]
    rows = _issue_log(["a", "b", "c", "d"], {"Description": descriptions})
    adoption = adopt(book(tmp_path / "tracker.xlsx", "Issue Tracker", rows))
    mapped = targets(only(adoption))
    assert mapped["Description"] == "description"
    assert mapped["Notes"] is None


# ---------------------------------------------------------------------------------------
# 5. Tools' fields and values: OpenProject, Redmine, Rally, SAP PS
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immediate", "Critical"),  # OpenProject's and Redmine's top priority
        ("Urgent", "Critical"),
        ("Normal", "Medium"),
        ("Resolve Immediately", "Critical"),  # Rally's defect priorities
        ("High Attention", "High"),
    ],
)
def test_tools_top_priorities(text: str, expected: str, std: Standards) -> None:
    result = list_for_column("priority", std)(text)
    assert (result.value, result.problem) == (expected, None)


def test_immediate_is_still_a_proximity(std: Standards) -> None:
    result = list_for_column("proximity", std)("Immediate")
    assert (result.value, result.problem) == ("Imminent", None)


def test_an_openproject_export_reads_its_finish_date_and_priorities(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Subject", "Status", "Priority", "Assignee", "Start date", "Finish date"],
        [
            2201,
            "Archive share read-only",
            "New",
            "Immediate",
            "Grace Lee",
            "2026-02-02",
            "2026-02-09",
        ],
        [
            2207,
            "Printer queue stalls",
            "In progress",
            "Normal",
            "Tom Walsh",
            "2026-02-04",
            "2026-02-20",
        ],
        [2215, "VPN drops at noon", "Closed", "High", "Priya Nair", "2026-02-05", "2026-02-13"],
    ]
    adoption = adopt(book(tmp_path / "work_packages.xlsx", "Issues", rows))
    mapped = targets(only(adoption))
    assert mapped["Finish date"] == "due_date"
    assert mapped["Start date"] is None
    assert field(adoption, "issues", "priority") == ["Critical", "Medium", "High"]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 2, 9)


def test_a_finish_date_in_a_milestone_plan_stays_its_forecast() -> None:
    found = candidates("Finish date", "milestones")
    assert found[0].column_key == "forecast_date"


def test_an_sap_milestone_list_takes_its_description_as_the_milestone(tmp_path: Path) -> None:
    """SAP PS writes the milestone's number under `Milestone` and its name under
    `Description`: digits are no item's text, so the description is the milestone."""
    rows: list[list[object]] = [
        ["WBS element", "Milestone", "Description", "Basic date", "Actual date"],
        ["P.2001.01", "000000001201", "Design approved", "02.02.2026", "04.02.2026"],
        ["P.2001.02", "000000001204", "Build complete", "16.03.2026", None],
        ["P.2001.03", "000000001207", "Go-live", "30.04.2026", None],
    ]
    adoption = adopt(book(tmp_path / "sap.xlsx", "Sheet1", rows))
    mapped = targets(only(adoption))
    assert mapped["Description"] == "milestone"
    assert mapped["Basic date"] == "baseline_date"
    assert field(adoption, "milestones", "milestone") == [
        "Design approved",
        "Build complete",
        "Go-live",
    ]
    assert field(adoption, "milestones", "baseline_date")[2] == date(2026, 4, 30)


def test_milestone_names_with_numbers_stay_the_milestone(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Milestone", "Baseline", "Owner"],
        ["Release 2.1", date(2026, 2, 2), "Grace Lee"],
        ["Wave 3 live", date(2026, 3, 16), "Tom Walsh"],
        ["Go-live", date(2026, 4, 30), "Grace Lee"],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Milestone"] == "milestone"


def test_one_number_on_every_row_is_no_item_id(tmp_path: Path) -> None:
    """A study's (or project's) number repeated on every row names the study, not each
    milestone; distinct numbers under the same header stay the ID."""
    rows: list[list[object]] = [
        ["Study Number", "Milestone", "Baseline Finish Date", "Milestone Status"],
        ["ONC-301", "First patient in", date(2026, 2, 2), "Completed"],
        ["ONC-301", "Last patient in", date(2026, 6, 1), "Not Started"],
        ["ONC-301", "Database lock", date(2026, 9, 14), "Not Started"],
    ]
    adoption = adopt(book(tmp_path / "study.xlsx", "Study Milestones", rows))
    assert targets(only(adoption))["Study Number"] is None
    distinct = [r[:] for r in rows]
    for i, row in enumerate(distinct[1:], start=1):
        row[0] = f"MS-{i}"
    distinct[0][0] = "Milestone Number"
    again = adopt(book(tmp_path / "plan.xlsx", "Study Milestones", distinct))
    assert targets(only(again))["Milestone Number"] == "id"


def test_a_flagged_cell_that_is_no_date_is_listed_once(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Activity Name", "Baseline Finish", "Finish"],
        ["Design approved", "02-Feb-26", "05-Feb-26 A"],
        ["Build complete", "16-Mar-26", "31-Feb-26 A"],  # no such day
    ]
    adoption = adopt(book(tmp_path / "p6.xlsx", "Milestones", rows))
    table = only(adoption)
    assert field(adoption, "milestones", "actual_date") == [date(2026, 2, 5), None]
    assert [u.value for u in table.unconverted if u.header == "Finish"] == ["31-Feb-26 A"]
