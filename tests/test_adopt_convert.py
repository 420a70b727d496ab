"""Value conversion and header matching used by adoption, as a PMO would see the results."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from adopt_sheets import best_candidate as best

from addin.adopt.convert import (
    date_for_column,
    date_order_for_column,
    list_for_column,
    number_converter,
    parse_date,
    parse_number,
    scale_for_column,
)
from addin.adopt.ids import standardise_ids
from addin.adopt.match import CERTAIN, MINIMUM, normalise_header
from addin.adopt.units import header_unit
from addin.standards import Standards


@pytest.mark.parametrize(
    ("header", "register", "key"),
    [
        ("Likelihood (L/M/H)", "risks", "probability"),
        ("Prob-ability\n1=low 2=med 3=high", "risks", "probability"),
        ("Likelihood_1_5", "risks", "probability"),
        ("Risk Owner\n(who)", "risks", "owner"),
        ("Assigned to Owner", "issues", "owner"),
        ("Date Raised\nDD/MM/YYYY", "risks", "raised_date"),
        ("Mitigation Action\n(what)", "risks", "response"),
        ("Escalation Required (Y/N)?", "issues", "escalation_level"),
        ("Dep. ID", "dependencies", "id"),
        ("IssuePriority", "issues", "priority"),
        ("Final Resolution and Rational", "issues", "resolution"),
        ("Required By", "dependencies", "need_by"),
        ("Planned_End", "milestones", "baseline_date"),
        ("cost$", "finance", "actual"),
    ],
)
def test_legacy_headers_map_with_confidence(header: str, register: str, key: str) -> None:
    found = best(header, register)
    assert found is not None and found[0] == key and found[1] >= CERTAIN


def test_unrelated_headers_do_not_map_with_certainty() -> None:
    for header in ("Department", "Alias", "Com Plan", "Swarm #"):
        found = best(header, "risks")
        assert found is None or found[1] < CERTAIN
    partial = best("Contingency Action", "risks")
    assert partial is not None and MINIMUM <= partial[1] < CERTAIN  # applied, but flagged


def test_normalise_header_drops_hints_and_joins_broken_words() -> None:
    assert normalise_header("Prob-ability\n1=low 2=med 3=high")[0] == "probability"
    assert normalise_header("Risk_Score")[0] == "risk score"
    assert normalise_header("#") == ("#",)


def test_three_level_words_and_letters(standards: Standards) -> None:
    convert, note = scale_for_column(
        ["L", "M", "H", "high"], "Impact (L/M/H)", standards.scales.impact
    )
    assert [convert(v).value for v in ("L", "M", "H", "high", "Medium")] == [1, 3, 5, 5, 3]
    assert "three levels" in note


def test_five_level_words_when_the_column_uses_them(standards: Standards) -> None:
    values = ["Minor", "Critical", "Major", "Very Low"]
    convert, note = scale_for_column(values, "Severity", standards.scales.severity)
    assert [convert(v).value for v in values] == [2, 5, 4, 1]
    assert "five-level" in note


def test_one_to_three_numbers_rescaled_only_when_the_header_says_so(standards: Standards) -> None:
    three, _ = scale_for_column(
        [1, 2, 3], "Prob-ability\n1=low 2=med 3=high", standards.scales.probability
    )
    assert [three(v).value for v in (1, 2, 3)] == [1, 3, 5]
    five, _ = scale_for_column([1, 2, 3], "Probability", standards.scales.probability)
    assert [five(v).value for v in (1, 2, 3)] == [1, 2, 3]


def test_percentages_to_probability_bands(standards: Standards) -> None:
    convert, _ = scale_for_column(["60%"], "Probability", standards.scales.probability)
    assert [convert(v).value for v in ("5%", "25%", "45%", "60%", "90%", "75% to 100%", 0.6)] == [
        1,
        2,
        3,
        4,
        5,
        5,
        4,
    ]


def test_scale_value_that_cannot_be_read_is_kept_and_explained(standards: Standards) -> None:
    convert, _ = scale_for_column(["maybe"], "Probability", standards.scales.probability)
    result = convert("maybe")
    assert result.value == "maybe" and result.problem and "1-5" in result.problem
    assert convert(7).problem and "outside" in (convert(7).problem or "")


def test_date_order_decided_per_column() -> None:
    assert date_order_for_column(["05/02/25", "16/01/25"])[0] == "dmy"
    assert date_order_for_column(["03/25/2025", "04/02/2025"])[0] == "mdy"
    order, note = date_order_for_column(["05/02/2025", "06/03/2025"])
    assert order == "dmy" and note and "ambiguous" in note
    assert date_order_for_column(["05/02/2025"], "Date Raised MM/DD/YYYY")[0] == "mdy"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01 (Friday)", date(2024, 3, 1)),
        ("1 March 2024", date(2024, 3, 1)),
        ("Mar 1, 2024", date(2024, 3, 1)),
        ("01-Mar-24", date(2024, 3, 1)),
        (45352, date(2024, 3, 1)),
        (datetime(2024, 3, 1, 9, 30), date(2024, 3, 1)),
        ("soon", None),
        (2024, None),  # a year, not a serial date
    ],
)
def test_parse_date_forms(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_placeholder_dates_left_empty_with_a_note() -> None:
    convert, _ = date_for_column(["1900-12-30 (Sunday)"], "START")
    result = convert("1900-12-30 (Sunday)")
    assert result.value is None and result.problem is None and "placeholder" in (result.note or "")


def test_lists_words_aliases_and_fuzzy(standards: Standards) -> None:
    issue_status = list_for_column("issue_status", standards)
    risk_status = list_for_column("risk_status", standards)
    assert issue_status("WIP").value == "In Progress"
    assert risk_status("WIP").value == "Open"
    assert list_for_column("milestone_status", standards)("Done").value == "Complete"
    assert list_for_column("dependency_status", standards)("MET").value == "Delivered"
    assert list_for_column("priority", standards)("Urgent").value == "Critical"
    assert list_for_column("response_type", standards)("Mitigate").value == "Reduce"
    assert list_for_column("yes_no", standards)("Yes").value == "Y"
    assert list_for_column("issue_status", standards)("Resolvd").value == "Resolved"
    unknown = issue_status("Parked by CEO")
    assert (
        unknown.value == "Parked by CEO" and unknown.problem and "issue_status" in unknown.problem
    )


def test_numbers_and_units() -> None:
    assert [parse_number(v) for v in ("1,234", "$1,234.50", "(250)", "12k", "abc")] == [
        1234,
        1234.5,
        -250,
        12000,
        None,
    ]
    assert header_unit("Cost (000s)") == (1000, "000s") and header_unit("Cost ($)") is None
    assert number_converter(1000)(2.5).value == 2500


def test_ids_keep_numbers_and_report_changes() -> None:
    items: list[dict[str, object]] = [
        {"id": "R1"},
        {"id": "RSK-107"},
        {"id": 3.0},
        {"id": None},
        {"id": "R1"},
        {"id": "GP3_0005"},
    ]
    changes, generated = standardise_ids(items, "R")
    assert [i["id"] for i in items] == ["R-001", "R-107", "R-003", "R-002", "R-004", "R-005"]
    assert generated == 1
    assert ("RSK-107", "R-107") in changes and ("GP3_0005", "R-005") in changes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mar-24", date(2024, 3, 1)),
        ("March 2024", date(2024, 3, 1)),
        ("2024-03", date(2024, 3, 1)),
        ("03/2024", date(2024, 3, 1)),
        ("Sept 2024", date(2024, 9, 1)),
    ],
)
def test_month_only_texts_read_as_the_first_of_the_month(value: str, expected: date) -> None:
    assert parse_date(value) == expected


def test_ambiguous_text_dates_are_a_warning_and_need_review(tmp_path, standards: Standards) -> None:
    import openpyxl

    from addin.adopt import adopt_host, open_source

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws.append(["ID", "Risk", "Probability", "Impact", "Owner", "Date Raised"])
    ws.append(["R1", "Vendor late", 3, 4, "Ann", "05/02/2025"])
    ws.append(["R2", "Scope creep", 2, 2, "Bob", "06/03/2025"])
    path = tmp_path / "ambiguous.xlsx"
    wb.save(path)
    report = adopt_host(open_source(path), standards).report
    assert any("day-first" in w for w in report.warnings)
    assert report.needs_review
