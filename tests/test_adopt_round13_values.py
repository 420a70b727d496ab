"""Round 13: values of registers read the way tools and countries write them (docs/adopt.md,
"Round 13: mechanisms (values of registers)").

A tool's mark before a list word (``🟡 In progress``), a mention (``@Marco Rossi``), a
numbered choice written tight (``3-Medium``), a priority of bare ranks (``Pri`` 1-3), a
likelihood in letters (``Likelihood (A-E)``), the statuses of assumption, dependency and
issue logs in more languages, the closed sheet of a log split by hand, and title fields
in brackets or set apart by a bar. Each reading is one the mapping file holds or the
report states; each has negative cases that must stay unread. Every shape here was written
for this test, not taken from a benchmark layout.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import books

from addin.adopt import adopt_file
from addin.adopt.convert import (
    list_converter_for_column,
    list_for_column,
    parse_date,
    priority_ranks,
    scale_for_column,
    undecorated,
)
from addin.adopt.people import mentioned, person_converter
from addin.adopt.project import bracketed_fields, first_segment
from addin.adopt.readings import ValueReadings, using
from addin.errors import UsageError
from addin.standards import Standards, default_standards


@pytest.fixture(scope="module")
def std() -> Standards:
    return default_standards()


# ---------------------------------------------------------------------------------------
# A tool's mark before a list word
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_name", "text", "expected"),
    [
        ("issue_status", "🟡 In progress", "In Progress"),  # Microsoft Loop, Notion
        ("issue_status", "⚪ Not started", "Open"),
        ("issue_status", "● Open", "Open"),  # a bullet typed before the word
        ("issue_status", "[Closed]", "Closed"),
        ("milestone_status", "✅ Done", "Complete"),
        ("dependency_status", "🔴 At risk", "At Risk"),
        ("priority", "🔥 High", "High"),
        ("risk_status", "Open ⏳", "Open"),  # the mark after the word
    ],
)
def test_a_mark_before_or_after_a_list_word_is_read_by_the_word(
    list_name: str, text: str, expected: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(text)
    assert (result.value, result.problem) == (expected, None)
    assert result.note in (None, f"{text!r} read as {expected!r}")


def test_a_mark_alone_is_still_read_as_the_colour_it_shows(std: Standards) -> None:
    assert list_for_column("rag", std)("🟢").value == "Green"
    assert undecorated("🟢") == ""


@pytest.mark.parametrize(
    ("list_name", "text"),
    [
        ("issue_status", "🟡 With client"),  # a word no list has: the mark does not decide
        ("issue_status", "✅ Done?"),  # a question stays a question
        ("issue_status", "✅ Done - pending sign-off"),  # closed, but not yet
        ("risk_status", "🔴"),  # red is no risk status
    ],
)
def test_a_mark_does_not_make_an_unknown_or_doubtful_word_readable(
    list_name: str, text: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(text)
    assert result.value == text and result.problem is not None


def test_marked_statuses_map_the_status_column_and_travel_in_the_mapping_file(
    tmp_path: Path, std: Standards
) -> None:
    """A Loop tracker's status column of marked words was left out ('its values do not
    fit'); now it maps, each word's reading is recorded, and next month reads the same."""
    rows: list[list[object]] = [["Issue", "Assigned to", "Status", "Priority"]]
    rows += [
        ["Build server out of disk", "@Grace Lee", "🟡 In progress", "High"],
        ["Supplier invoice disputed", "@tom.walsh", "⚪ Not started", "Low"],
        ["Login fails for SSO users", "@Priya Nair", "🟡 In progress", "Medium"],
        ["Two testers off sick", "@pnair", "✅ Resolved", "Low"],
    ]
    source = books(tmp_path / "tracker.xlsx", {"Issue tracker": rows})
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    issues = first.project.issues
    targets = {c.header: c.target for c in first.report.tables[0].columns}
    assert targets["Status"] == "status"
    assert [i.status for i in issues] == ["In Progress", "Open", "In Progress", "Resolved"]
    assert [i.owner for i in issues] == ["Grace Lee", "Tom Walsh", "Priya Nair", "@pnair"]
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert data["readings"]["list_words"]["issue_status"]["🟡 in progress"] == "In Progress"
    # the PMO reads Loop's "Not started" as In Progress for this log: one line, re-run
    data["readings"]["list_words"]["issue_status"]["⚪ not started"] = "In Progress"
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    again = adopt_file(source, tmp_path / "again.xlsx", std, mapping_path=mapping_path)
    assert [i.status for i in again.project.issues][1] == "In Progress"


# ---------------------------------------------------------------------------------------
# Mentions and handles
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@Marco Rossi", "Marco Rossi"),  # Loop, Teams, Confluence
        ("@J. Murphy", "J. Murphy"),
        ("@marco.rossi", "Marco Rossi"),  # a handle of first and last name
        ("@marco_rossi", "Marco Rossi"),
        ("@dev-patel", "Dev Patel"),  # GitLab's username
        ("@ Grace Lee", "Grace Lee"),
    ],
)
def test_a_mention_is_the_person_it_names(text: str, expected: str) -> None:
    result = person_converter(text)
    assert result.value == expected
    assert result.note is not None and "is a mention" in result.note


@pytest.mark.parametrize("text", ["@mrossi", "@jm", "@", "@@team", "@123"])
def test_a_handle_with_no_readable_name_is_kept_as_written(text: str) -> None:
    assert mentioned(text) is None
    assert person_converter(text).value == text


def test_several_mentions_name_the_owner_and_the_others() -> None:
    result = person_converter("@Grace Lee, @Tom Walsh")
    assert result.value == "Grace Lee"
    assert result.note is not None and "also 'Tom Walsh'" in result.note


def test_a_mention_written_surname_first_follows_the_comma_names_reading() -> None:
    assert person_converter("@Murphy, John").value == "John Murphy"
    with using(ValueReadings(comma_names="several")):
        assert person_converter("Murphy, John").value == "Murphy"


# ---------------------------------------------------------------------------------------
# Numbered and ranked priorities
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3-Medium", "Medium"), ("2-High", "High"), ("1–Critical", "Critical"), ("4 -Low", "Low")],
)
def test_a_numbered_choice_written_tight_is_read_by_its_word(
    text: str, expected: str, std: Standards
) -> None:
    assert list_for_column("priority", std)(text).value == expected


@pytest.mark.parametrize("text", ["3-5", "2-3 weeks", "1-"])
def test_a_range_or_a_number_alone_is_no_numbered_choice(text: str, std: Standards) -> None:
    assert list_for_column("priority", std)(text).problem is not None


def test_priority_ranks_by_how_far_the_numbers_reach(std: Standards) -> None:
    allowed = list(std.lists["priority"])
    assert priority_ranks([1, 2, 3, 1], "Pri", allowed) == {1: "High", 2: "Medium", 3: "Low"}
    assert priority_ranks(["1", "4", 2], "Priority", allowed) == {
        1: "Critical",
        2: "High",
        3: "Medium",
        4: "Low",
    }


@pytest.mark.parametrize(
    ("values", "header"),
    [
        ([1, 2, 3], "Priority (3 = high)"),  # scores, the header says
        ([1, 2, 3], "Priority (1 = low, 3 = high)"),
        ([1, 2, 1], "Priority"),  # 1 and 2 only: a 1-2, 1-3 or 1-4 column? nobody can tell
        ([1, 2, 7], "Priority"),  # beyond the list
        ([1, "High", 3], "Priority"),  # words among the numbers
        ([0, 1, 2, 3], "Priority"),  # a 0 is no rank
        ([1.5, 2, 3], "Priority"),
    ],
)
def test_numbers_that_are_not_plain_ranks_are_not_read_as_ranks(
    values: list[object], header: str, std: Standards
) -> None:
    assert priority_ranks(values, header, list(std.lists["priority"])) == {}
    convert, note = list_converter_for_column("priority", std, values, header)
    assert note is None
    assert convert(3).problem is not None


def test_a_priority_column_of_ranks_travels_in_the_mapping_file(
    tmp_path: Path, std: Standards
) -> None:
    """An MoD issue log's `Pri` 1-3: 1 is High, recorded word for word, so next month's
    log holding only 1s and 2s reads the same, and a PMO who reads 1 as Critical edits one
    line."""
    header = ["Ser", "Issue", "Owner", "Pri", "Status"]
    rows: list[list[object]] = [header]
    rows += [
        [1, "Change freeze blocks release", "Grace Lee", 1, "Open"],
        [2, "Login fails for SSO users", "Tom Walsh", 3, "Open"],
        [3, "Supplier invoice disputed", "Dev Patel", 2, "Closed"],
    ]
    source = books(tmp_path / "log.xlsx", {"Issue Log": rows})
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    assert [i.priority for i in first.project.issues] == ["High", "Low", "Medium"]
    notes = "\n".join(first.report.tables[0].notes)
    assert "numbers read as ranks, 1 the most urgent: 1 = High, 2 = Medium, 3 = Low" in notes
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert data["readings"]["list_words"]["priority"] == {"1": "High", "2": "Medium", "3": "Low"}
    later = [header, [1, "Build server out of disk", "Grace Lee", 2, "Open"]]
    later += [[2, "Training room double-booked", "Tom Walsh", 1, "Open"]]
    next_month = books(tmp_path / "log2.xlsx", {"Issue Log": later})
    again = adopt_file(next_month, tmp_path / "next.xlsx", std, mapping_path=mapping_path)
    assert [i.priority for i in again.project.issues] == ["Medium", "High"]
    data["readings"]["list_words"]["priority"]["1"] = "Critical"
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    edited = adopt_file(source, tmp_path / "edited.xlsx", std, mapping_path=mapping_path)
    assert [i.priority for i in edited.project.issues] == ["Critical", "Low", "Medium"]


# ---------------------------------------------------------------------------------------
# Likelihood letters
# ---------------------------------------------------------------------------------------


def _scale(values: list[object], header: str, std: Standards, scale: str = "probability"):
    convert, note = scale_for_column(values, header, getattr(std.scales, scale))  # type: ignore[arg-type]
    return [convert(v) for v in values], note  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("values", "header"),
    [
        (["B", "B", "C", "E"], "Likelihood (A-E)"),  # ISO 31000 / AS/NZS 4360 matrix
        (["A", "B", "C", "D"], "Probability"),  # three letters or more: the scale shows
        (["b", "c - Possible", "E"], "Frequency (A to E)"),  # MIL-STD-882
    ],
)
def test_likelihood_letters_read_a_as_the_most_likely(
    values: list[object], header: str, std: Standards
) -> None:
    read, note = _scale(values, header, std)
    letters = {"a": 5.0, "b": 4.0, "c": 3.0, "d": 2.0, "e": 1.0}
    assert [r.value for r in read] == [letters[str(v)[0].lower()] for v in values]
    assert "letters read as a likelihood, A the most likely" in note


@pytest.mark.parametrize(
    ("values", "header", "scale"),
    [
        (["B", "C"], "Likelihood", "probability"),  # two letters, no A-E in the header
        (["A", "B", "C"], "Impact (A-E)", "impact"),  # a consequence in letters: no order
        (["B", "C", "F"], "Likelihood (A-E)", "probability"),  # F is no likelihood letter
        (["H", "M", "L"], "Likelihood", "probability"),  # three levels, as before
    ],
)
def test_letters_that_are_no_likelihood_scale_are_not_read_as_one(
    values: list[object], header: str, scale: str, std: Standards
) -> None:
    _, note = _scale(values, header, std, scale)
    assert "letters read as a likelihood" not in note


def test_the_pmo_can_turn_the_letters_round(tmp_path: Path, std: Standards) -> None:
    rows: list[list[object]] = [["Risk ID", "Risk Event", "Risk Owner", "Likelihood (A-E)"]]
    rows += [["RR-1", "Asset failure in winter", "Tom Walsh", "A"]]
    rows += [["RR-2", "Supplier exits the market", "Grace Lee", "D"]]
    source = books(tmp_path / "iso.xlsx", {"Risk Register": rows})
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    assert [r.probability for r in first.project.risks] == [5.0, 2.0]
    assert "reading: likelihood letters: A = 5, B = 4, C = 3, D = 2, E = 1" in "\n".join(
        first.report.lines(limit=100)
    )
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert data["readings"]["likelihood_letters"] == {"a": 5, "b": 4, "c": 3, "d": 2, "e": 1}
    data["readings"]["likelihood_letters"] = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    again = adopt_file(source, tmp_path / "again.xlsx", std, mapping_path=mapping_path)
    assert [r.probability for r in again.project.risks] == [1.0, 4.0]


@pytest.mark.parametrize(
    "bad", [{"a": 5, "b": 4}, {"a": 9, "b": 4, "c": 3, "d": 2, "e": 1}, ["a", "b"]]
)
def test_a_wrong_likelihood_letters_reading_is_refused(bad: object) -> None:
    with pytest.raises(UsageError, match='"likelihood_letters"'):
        ValueReadings.from_dict({"likelihood_letters": bad}, "map.json")


# ---------------------------------------------------------------------------------------
# Statuses of assumption, dependency and issue logs in more languages; tools' states
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_name", "word", "expected"),
    [
        ("assumption_status", "Afvist", "Invalid"),  # Danish: rejected
        ("assumption_status", "Bekræftet", "Validated"),  # Danish: confirmed
        ("assumption_status", "Odrzucone", "Invalid"),  # Polish
        ("assumption_status", "Bekräftad", "Validated"),  # Swedish
        ("dependency_status", "Teslim edildi", "Delivered"),  # Turkish
        ("dependency_status", "Riskli", "At Risk"),
        ("dependency_status", "Forsinket", "Late"),  # Danish and Norwegian
        ("dependency_status", "Leveret", "Delivered"),
        ("dependency_direction", "Gelen", "Inbound"),
        ("dependency_direction", "Utgående", "Outbound"),  # Swedish and Norwegian
        ("issue_status", "待处理", "Open"),  # Chinese: waiting to be handled
        ("issue_status", "已解决", "Resolved"),
        ("issue_status", "Løst", "Resolved"),
        ("issue_status", "Vyřešeno", "Resolved"),  # Czech
        ("issue_status", "opened", "Open"),  # GitLab's and GitHub's state
        ("issue_status", "To be tested", "In Progress"),  # Zoho BugTracker
    ],
)
def test_statuses_of_more_languages_and_tools(
    list_name: str, word: str, expected: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(word)
    assert (result.value, result.problem) == (expected, None)


@pytest.mark.parametrize(
    ("list_name", "word"),
    [
        ("issue_status", "Gelen"),  # a direction is no status
        ("dependency_direction", "Riskli"),
        ("dependency_direction", "Afvist"),  # a status is no direction
    ],
)
def test_those_words_stay_unread_where_they_mean_nothing(
    list_name: str, word: str, std: Standards
) -> None:
    assert list_for_column(list_name, std)(word).problem is not None


def test_a_danish_assumptions_log_reads_its_statuses(tmp_path: Path, std: Standards) -> None:
    rows: list[list[object]] = [["Nr.", "Antagelse", "Ejer", "Status"]]
    rows += [["A1", "Licenserne dækker piloten", "Jens Pedersen", "Afvist"]]
    rows += [["A2", "Det gamle system er skrivebeskyttet", "Sofie Nielsen", "Bekræftet"]]
    rows += [["A3", "Brugerne er til rådighed til test", "Mette Hansen", "Åben"]]
    source = books(tmp_path / "antagelser.xlsx", {"Antagelser": rows})
    adoption = adopt_file(source, tmp_path / "out.xlsx", std)
    assert [a.status for a in adoption.project.assumptions] == ["Invalid", "Validated", "Open"]


# ---------------------------------------------------------------------------------------
# The closed sheet of a log split by hand
# ---------------------------------------------------------------------------------------


def test_items_on_a_closed_sheet_without_a_status_column_are_closed(
    tmp_path: Path, std: Standards
) -> None:
    open_rows: list[list[object]] = [["Issue ID", "Issue", "Owner", "Status"]]
    open_rows += [["ISS-01", "Build server out of disk", "Tom Walsh", "In Progress"]]
    closed_rows: list[list[object]] = [["Issue ID", "Issue", "Owner", "Resolution"]]
    closed_rows += [["ISS-02", "Supplier invoice disputed", "Grace Lee", "Credit note issued"]]
    closed_rows += [["ISS-03", "Two testers off sick", "Dev Patel", "Cover agreed"]]
    source = books(tmp_path / "log.xlsx", {"Open issues": open_rows, "Closed issues": closed_rows})
    adoption = adopt_file(source, tmp_path / "out.xlsx", std)
    assert [i.status for i in adoption.project.issues] == ["In Progress", "Closed", "Closed"]
    closed = next(t for t in adoption.report.tables if t.sheet == "Closed issues")
    assert (
        "no status column: every item is 'Closed', as the sheet name 'Closed issues' says"
        in "\n".join(closed.notes)
    )


@pytest.mark.parametrize(
    "sheet",
    ["Open issues", "Issues", "Closed in 2025", "Closed last year - archive", "Archive"],
)
def test_a_sheet_name_that_names_no_closed_status_gives_none(
    sheet: str, tmp_path: Path, std: Standards
) -> None:
    rows: list[list[object]] = [["Issue ID", "Issue", "Owner", "Resolution"]]
    rows += [["ISS-02", "Supplier invoice disputed", "Grace Lee", "Credit note issued"]]
    rows += [["ISS-03", "Two testers off sick", "Dev Patel", "Cover agreed"]]
    adoption = adopt_file(books(tmp_path / "log.xlsx", {sheet: rows}), tmp_path / "o.xlsx", std)
    assert [i.status for i in adoption.project.issues] == [None, None]


def test_a_status_column_on_a_closed_sheet_is_read_as_written(
    tmp_path: Path, std: Standards
) -> None:
    rows: list[list[object]] = [["Issue ID", "Issue", "Owner", "Status"]]
    rows += [["ISS-02", "Supplier invoice disputed", "Grace Lee", "Resolved"]]
    rows += [["ISS-03", "Two testers off sick", "Dev Patel", "Open"]]
    adoption = adopt_file(
        books(tmp_path / "log.xlsx", {"Closed issues": rows}), tmp_path / "o.xlsx", std
    )
    assert [i.status for i in adoption.project.issues] == ["Resolved", "Open"]


# ---------------------------------------------------------------------------------------
# Title fields in brackets and set apart by a bar
# ---------------------------------------------------------------------------------------


def test_a_field_ends_at_a_bar_that_starts_the_next_segment() -> None:
    assert first_segment(" Digital Workplace | Exported by Grace Lee") == "Digital Workplace"
    assert first_segment("Data & AI\tv2") == "Data & AI"
    assert first_segment("Data & AI") == "Data & AI"


def test_fields_in_brackets_inside_a_title() -> None:
    assert bracketed_fields("Issue Log (Project: Apollo)") == [("Project", "Apollo")]
    assert bracketed_fields("課題管理表(プロジェクト:顧客ポータル刷新)") == [
        ("プロジェクト", "顧客ポータル刷新")
    ]
    assert bracketed_fields("Risk log (draft)") == []
    assert bracketed_fields("Meeting (10:30)") == [("10", "30")]  # no field: left to the caller


@pytest.mark.parametrize(
    ("title", "field", "expected"),
    [
        ("Portfolio: Digital Workplace | Exported by Grace Lee", "portfolio", "Digital Workplace"),
        ("Issue Log (Project: Apollo)", "project_name", "Apollo"),
        ("課題管理表（プロジェクト：顧客ポータル刷新）", "project_name", "顧客ポータル刷新"),
        ("Aggiornato al: 13/03/2026", "report_date", "2026-03-13"),  # Italian: as of
    ],
)
def test_title_fields_reach_the_project_header(
    title: str, field: str, expected: str, tmp_path: Path, std: Standards
) -> None:
    rows: list[list[object]] = [[title], [], ["ID", "Issue", "Owner", "Status"]]
    rows += [["I-1", "Build server out of disk", "Tom Walsh", "Open"]]
    rows += [["I-2", "Supplier invoice disputed", "Grace Lee", "Closed"]]
    adoption = adopt_file(books(tmp_path / "t.xlsx", {"Issues": rows}), tmp_path / "o.xlsx", std)
    assert str(getattr(adoption.project.header, field)) == expected


def test_a_meeting_time_in_brackets_gives_no_field(tmp_path: Path, std: Standards) -> None:
    rows: list[list[object]] = [["Issue Log (review 10:30)"], [], ["ID", "Issue", "Owner"]]
    rows += [["I-1", "Build server out of disk", "Tom Walsh"]]
    rows += [["I-2", "Supplier invoice disputed", "Grace Lee"]]
    adoption = adopt_file(books(tmp_path / "t.xlsx", {"Issues": rows}), tmp_path / "o.xlsx", std)
    assert adoption.report.project_fields == {}


# ---------------------------------------------------------------------------------------
# Dates as more countries write them
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年3月12日(木)", date(2026, 3, 12)),  # Japanese, with the weekday in brackets
        ("2026年3月12日（木）", date(2026, 3, 12)),  # full-width brackets
        ("2026/3/12（周四）", date(2026, 3, 12)),  # Chinese weekday
        ("2026.3.12(목)", date(2026, 3, 12)),  # Korean weekday
        ("令和8年3月12日", date(2026, 3, 12)),  # Japanese era: Reiwa 8
        ("令和元年5月1日", date(2019, 5, 1)),  # the era's first year
        ("平成30年4月1日", date(2018, 4, 1)),
        ("12.03.2026 г.", date(2026, 3, 12)),  # Russian "year" after the year
        ("12 марта 2026 г.", date(2026, 3, 12)),
        ("12.03.2026 r.", date(2026, 3, 12)),  # Polish "rok"
        ("Do, 12.03.2026", date(2026, 3, 12)),  # German weekday (Outlook, SAP)
        ("le 12 mars 2026", date(2026, 3, 12)),  # French article
        ("March 12th, 2026", date(2026, 3, 12)),
    ],
)
def test_dates_as_more_countries_write_them(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mar 12th",  # a day with no year: not March 2012
        "Review (12/03/2026)",  # a word before the date: more than a date
        "Do 12",  # no year, no month
        "R8.3.12",  # a release number as much as an era date
        "2026年3月",  # a month, not a day (read as a period elsewhere)
        "12.03.2026 г. - 15.03.2026 г.",  # a range
    ],
)
def test_text_that_is_no_single_day_is_not_read_as_one(text: str) -> None:
    assert parse_date(text) is None


def test_a_day_with_an_ordinal_and_no_year_is_listed_in_a_date_column(
    tmp_path: Path, std: Standards
) -> None:
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Due date"]]
    rows += [["I-1", "Build server out of disk", "Tom Walsh", "12/03/2026"]]
    rows += [["I-2", "Supplier invoice disputed", "Grace Lee", "Mar 12th"]]
    rows += [["I-3", "Two testers off sick", "Dev Patel", "20/03/2026"]]
    adoption = adopt_file(books(tmp_path / "d.xlsx", {"Issues": rows}), tmp_path / "o.xlsx", std)
    assert [i.due_date for i in adoption.project.issues] == [
        date(2026, 3, 12),
        None,
        date(2026, 3, 20),
    ]
    assert [u.value for u in adoption.report.tables[0].unconverted] == ["Mar 12th"]


# ---------------------------------------------------------------------------------------
# Scores written out of their scale
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["4/5", "1/5", "5 / 5"], [4.0, 1.0, 5.0]),
        (["3 of 5", "4 out of 5", "2 von 5", "3 sur 5"], [3.0, 4.0, 2.0, 3.0]),
        (["1/3", "2/3", "3/3"], [1.0, 3.0, 5.0]),  # by one_to_three
        (["7/10", "10/10", "2/10"], [4.0, 5.0, 1.0]),  # by one_to_ten
    ],
)
def test_an_impact_written_out_of_its_scale_is_read_on_that_scale(
    values: list[object], expected: list[float], std: Standards
) -> None:
    read, note = _scale(values, "Impact", std, "impact")
    assert [r.value for r in read] == expected
    assert "scores written out of their scale" in note


@pytest.mark.parametrize(
    ("value", "header", "scale", "why"),
    [
        ("3/4", "Impact", "impact", "is on a 1-4 scale"),  # no honest reading: listed
        ("6/5", "Impact", "impact", "is more than its scale"),
        ("2/7", "Impact", "impact", "is a score out of 7"),
        ("1/3", "Probability", "probability", "is a fraction or a score"),  # a third?
        ("3/5", "Likelihood", "probability", "is a fraction or a score"),
    ],
)
def test_a_score_out_of_an_odd_scale_or_a_likelihood_fraction_is_listed(
    value: str, header: str, scale: str, why: str, std: Standards
) -> None:
    read, _ = _scale([value, value], header, std, scale)
    assert read[0].value == value and read[0].problem is not None and why in read[0].problem


def test_the_one_to_four_reading_reads_scores_out_of_four(std: Standards) -> None:
    with using(ValueReadings(one_to_four={1: 1, 2: 2, 3: 4, 4: 5})):
        read, _ = _scale(["3/4", "1/4"], "Impact", std, "impact")
    assert [r.value for r in read] == [4.0, 1.0]


# ---------------------------------------------------------------------------------------
# Compound workflow states
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_name", "text", "expected"),
    [
        ("risk_status", "Closed - Not Required", "Closed"),  # a reason for closing
        ("risk_status", "Closed – not a risk", "Closed"),
        ("issue_status", "Closed - no longer relevant", "Closed"),
        ("issue_status", "Closed - Not applicable", "Closed"),
        ("risk_status", "Closed-Accepted", "Closed"),  # the reason after a tight hyphen
        ("issue_status", "Closed–Effective", "Closed"),
        ("risk_status", "Closed/Resolved", "Closed"),  # both the risk list's Closed
        ("risk_status", "Re-opened", "Open"),
    ],
)
def test_compound_states_read_by_their_status(
    list_name: str, text: str, expected: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(text)
    assert (result.value, result.problem) == (expected, None)


@pytest.mark.parametrize(
    ("list_name", "text"),
    [
        ("issue_status", "Closed - Not done"),  # "not" that says it is open
        ("issue_status", "Closed - not yet verified"),
        ("risk_status", "Closed - Not Required - pending sign-off"),
        ("issue_status", "Closed/Resolved"),  # two different issue statuses
        ("issue_status", "Open/Closed"),
        ("risk_status", "In-flight-ish"),  # a head that is no list value
    ],
)
def test_compound_states_that_say_two_things_stay_unread(
    list_name: str, text: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(text)
    assert result.value == text and result.problem is not None


def test_a_tab_named_closed_alone_sets_no_status(tmp_path: Path, std: Standards) -> None:
    """Round 11's decision stands: a bare `Closed` tab names no register; `Closed risks`
    does."""
    rows: list[list[object]] = [["Risk ID", "Risk", "Risk Owner", "Probability"]]
    rows += [
        ["R1", "Budget cut at review", "Ed Fox", 2],
        ["R2", "Key architect leaves", "Fi Gee", 4],
    ]
    bare = adopt_file(books(tmp_path / "a.xlsx", {"Closed": rows}), tmp_path / "a_o.xlsx", std)
    assert [r.status for r in bare.project.risks] == [None, None]
    named = adopt_file(
        books(tmp_path / "b.xlsx", {"Closed risks": rows}), tmp_path / "b_o.xlsx", std
    )
    assert [r.status for r in named.project.risks] == ["Closed", "Closed"]
