"""Round 14 of issue 15, the mechanisms behind round 14's own tuning batch's misses
(``benchmarks/adopt_layouts_tuning7.py``): a deadline kept as first agreed and revised, a
code beside its name, a header's last word naming a person, organisations' names that are
no people, Malay words, Arabic's article and feminine values, dates in Eastern Arabic
digits, ERP periods ``202601``, an FTE plan that is no money, the civil service's officers
and focal persons, Spanish and Portuguese commitment dates. Every shape was written for
these tests (none is a batch layout); negative cases included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

from addin.adopt.convert import numeric_month, parse_date
from addin.adopt.languages import translate
from addin.adopt.match import candidates
from addin.adopt.revisions import revision_of

PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]
ISSUES = [
    "Search returns no results for accented names",
    "Export to CSV drops the header row",
    "Nightly load fails when the share is offline",
]


def _top(header: str, register: str) -> str | None:
    found = candidates(header, register)
    return found[0].column_key if found else None


# --- 1. a deadline kept twice: first agreed and revised ------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Need By (Revised)", ("Need By", False)),
        ("Original Due Date", ("Due Date", True)),
        ("Target Date - Latest", ("Target Date", False)),
        ("Date Required [Initial]", ("Date Required", True)),
        ("Rev. Due Date", ("Due Date", False)),
        ("Revised", None),
        ("Due Date", None),
        ("Revision Notes", None),
    ],
)
def test_revision_of_reads_the_revision_word_where_people_write_it(
    header: str, expected: tuple[str, bool] | None
) -> None:
    assert revision_of(header) == expected


def test_an_issue_log_adopts_the_revised_due_date_and_leaves_the_original_out(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Issue", "Owner", "Original Due Date", "Revised Due Date"]]
    first = [date(2026, 3, 2), date(2026, 3, 16), date(2026, 4, 1)]
    revised = [date(2026, 3, 20), date(2026, 3, 16), date(2026, 5, 4)]
    for i in range(3):
        rows.append([ISSUES[i], PEOPLE[i], first[i], revised[i]])
    adoption = _adopt(_book(tmp_path / "i.xlsx", "Issue Log", rows))
    table = _only(adoption)
    assert _targets(table)["Revised Due Date"] == "due_date"
    assert _targets(table)["Original Due Date"] is None
    assert _field(adoption, "issues", "due_date") == revised


def test_a_dependency_log_reads_the_latest_date_required_as_its_need_by(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Dependency", "Provider", "Date Required (Initial)", "Date Required (Latest)", "Status"]
    ]
    latest = [date(2026, 4, 13), date(2026, 5, 18), date(2026, 6, 1)]
    for i, text in enumerate(["Test data", "Firewall rule", "SSO tenant"]):
        rows.append([text, "Platform team", date(2026, 3, 2 + i), latest[i], "Open"])
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Dependencies", rows))
    table = _only(adoption)
    assert table.register == "dependencies"
    assert _targets(table)["Date Required (Latest)"] == "need_by"
    assert _targets(table)["Date Required (Initial)"] is None
    assert _field(adoption, "dependencies", "need_by") == latest


@pytest.mark.parametrize(
    ("register_sheet", "plain", "revised", "key"),
    [
        ("Issue Log", "Due Date", "Revised Due Date", "due_date"),
        ("Issue Log", "Target Date", "Target Date (Current)", "due_date"),
        ("Dependencies", "Need By", "Need By - Revised", "need_by"),
    ],
)
def test_a_plain_deadline_beside_its_revised_one_is_the_first_agreed_one(
    tmp_path: Path, register_sheet: str, plain: str, revised: str, key: str
) -> None:
    rows: list[list[object]] = [["Title", "Owner", plain, revised]]
    later = [date(2026, 4, 20), date(2026, 5, 4), date(2026, 5, 18)]
    for i in range(3):
        rows.append([ISSUES[i], PEOPLE[i], date(2026, 3, 2 + 7 * i), later[i]])
    adoption = _adopt(_book(tmp_path / "r.xlsx", register_sheet, rows))
    table = _only(adoption)
    assert _targets(table)[revised] == key
    assert _targets(table)[plain] is None
    assert _field(adoption, table.register or "", key) == later


def test_a_revised_header_of_no_deadline_moves_nothing(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Issue", "Owner", "Due Date", "Revised Owner"]]
    rows += [[ISSUES[i], PEOPLE[i], date(2026, 3, 10 + i), PEOPLE[3]] for i in range(3)]
    table = _only(_adopt(_book(tmp_path / "n.xlsx", "Issue Log", rows)))
    assert _targets(table)["Due Date"] == "due_date"


def test_an_original_due_date_alone_is_still_the_due_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Issue", "Owner", "Original Due Date"]]
    rows += [[ISSUES[i], PEOPLE[i], date(2026, 3, 10 + i)] for i in range(3)]
    table = _only(_adopt(_book(tmp_path / "o.xlsx", "Issue Log", rows)))
    assert _targets(table)["Original Due Date"] == "due_date"


def test_a_milestone_plan_keeps_its_original_and_revised_dates_as_baseline_and_forecast(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Milestone", "Owner", "Original Date", "Revised Date"]]
    for i, name in enumerate(["Design signed off", "Build complete", "Go live"]):
        rows.append([name, PEOPLE[i], date(2026, 3, 2 + 7 * i), date(2026, 3, 9 + 7 * i)])
    table = _only(_adopt(_book(tmp_path / "m.xlsx", "Milestones", rows)))
    assert _targets(table)["Original Date"] == "baseline_date"
    assert _targets(table)["Revised Date"] == "forecast_date"


# --- 2. a code beside its name -----------------------------------------------------------


def _ledger(code_header: str, name_header: str, codes: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[code_header, name_header, "Jan-26", "Feb-26", "Mar-26"]]
    for i, (code, name) in enumerate(
        zip(codes, ["Contract labour", "Software", "Travel"], strict=True)
    ):
        rows.append([code, name, 1000.0 + i, 2000.0 + i, 3000.0 + i])
    return rows


@pytest.mark.parametrize(
    ("code_header", "name_header", "codes"),
    [
        ("Cost Element", "Cost Element Name", ["400100", "400200", "400300"]),  # SAP
        ("Account", "Account Description", ["5000", "5100", "5200"]),  # Deltek, Unit4
        ("Cost Code", "Cost Code Desc", ["CC-01", "CC-02", "CC-03"]),
    ],
)
def test_the_name_beside_a_code_is_the_cost_line(
    tmp_path: Path, code_header: str, name_header: str, codes: list[str]
) -> None:
    rows = _ledger(code_header, name_header, codes)
    adoption = _adopt(_book(tmp_path / "f.xlsx", "Costs", rows))
    table = _only(adoption)
    assert _targets(table)[name_header] == "cost_line"
    assert _targets(table)[code_header] is None
    assert set(_field(adoption, "finance", "cost_line")) == {
        "Contract labour",
        "Software",
        "Travel",
    }


def test_two_columns_of_words_keep_the_leftmost_as_the_line(tmp_path: Path) -> None:
    """No codes: the name column is no better than the other; nothing moves."""
    rows = _ledger("Account", "Account Name", ["Labour", "Non-labour", "Other"])
    table = _only(_adopt(_book(tmp_path / "w.xlsx", "Costs", rows)))
    assert _targets(table)["Account"] == "cost_line"


def test_a_score_beside_its_description_keeps_its_reading(tmp_path: Path) -> None:
    """``Impact (1-5)`` beside ``Impact Description``: a number, not a code of a name."""
    rows: list[list[object]] = [["Risk", "Impact Description", "Impact (1-5)", "Owner"]]
    texts = ["Supplier insolvency", "Key staff leave", "Data centre outage"]
    for i, text in enumerate(texts):
        rows.append([text, "Delay to go-live of several weeks", 2 + i, PEOPLE[i]])
    adoption = _adopt(_book(tmp_path / "c.xlsx", "Risk Register", rows))
    assert _targets(_only(adoption))["Impact (1-5)"] == "impact"
    assert _field(adoption, "risks", "impact") == [2.0, 3.0, 4.0]


# --- 3. a header's last word names a person ------------------------------------------------


def test_a_project_lead_in_a_dependency_log_is_a_person_not_the_other_project(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Dependency", "Provider Team", "Project Lead", "Need By"]]
    for i, text in enumerate(["Test data", "Firewall rule", "SSO tenant"]):
        rows.append([text, "Platform team", PEOPLE[i], date(2026, 4, 6 + i)])
    table = _only(_adopt(_book(tmp_path / "p.xlsx", "Dependencies", rows)))
    assert _targets(table)["Provider Team"] == "counterparty_project_id"
    assert _targets(table)["Project Lead"] == "owner"


def test_a_date_assigned_keeps_its_date_reading() -> None:
    """A participle last (``Date Assigned``) names no person: nothing is dropped."""
    from addin.adopt.heads import person_heads
    from addin.adopt.match import Candidate

    scored = {1: [Candidate("raised_date", 0.75, "date")]}
    person_heads(scored, {1: "Date Assigned"})
    assert scored == {1: [Candidate("raised_date", 0.75, "date")]}
    scored = {1: [Candidate("counterparty_project_id", 0.75, "project")]}
    person_heads(scored, {1: "Project Manager"})
    assert scored == {}


def test_a_project_column_alone_is_still_the_other_project(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Dependency", "Project", "Owner", "Need By"]]
    for i, text in enumerate(["Test data", "Firewall rule", "SSO tenant"]):
        rows.append([text, ["Apollo", "Mercury", "Gemini"][i], PEOPLE[i], date(2026, 4, 6 + i)])
    table = _only(_adopt(_book(tmp_path / "q.xlsx", "Dependencies", rows)))
    assert _targets(table)["Project"] == "counterparty_project_id"
    assert _targets(table)["Owner"] == "owner"


# --- 4. organisations' names are no people -------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Acme Widgets Ltd", "Globex Systems", "Initech GmbH"], "counterparty_project_id"),
        (
            ["Ministry of Health", "Revenue Authority", "Lagos State Council"],
            "counterparty_project_id",
        ),
        (["Jane Smith", "Tom Brown", "Ann Lee"], "counterparty_owner"),
        # half the different names are organisations by their words: the others too
        (["Harbour Logistics", "Apex Cabling Ltd", "Harbour Logistics"], "counterparty_project_id"),
        # one organisation among people's names: still people
        (["Jane Smith", "Tom Brown", "Acme Ltd"], "counterparty_owner"),
    ],
)
def test_a_supplier_column_of_organisations_is_the_counterparty(
    tmp_path: Path, values: list[str], expected: str
) -> None:
    rows: list[list[object]] = [["Dependency", "Supplier", "Need By", "Status"]]
    for i, text in enumerate(["Test data", "Firewall rule", "SSO tenant"]):
        rows.append([text, values[i], date(2026, 4, 6 + i), "Open"])
    table = _only(_adopt(_book(tmp_path / "s.xlsx", "Dependencies", rows)))
    assert _targets(table)["Supplier"] == expected


# --- 5. the civil service's officers and focal persons; MDAs -------------------------------


@pytest.mark.parametrize("header", ["Action Officer", "Responsible Officer", "Focal Person"])
def test_officers_and_focal_persons_are_owners(header: str) -> None:
    assert _top(header, "issues") == "owner"
    assert _top(header, "risks") == "owner"


def test_an_mda_and_its_focal_person_are_the_other_side_of_a_dependency(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Dependency", "Lead MDA", "MDA Focal Person", "Our Lead"]]
    rows[0].append("Required By")
    agencies = ["Revenue Authority", "Ministry of Lands", "National ICT Agency"]
    for i, text in enumerate(["Tax API", "Land records", "Fibre link"]):
        rows.append([text, agencies[i], PEOPLE[i], PEOPLE[3], date(2026, 4, 6 + i)])
    adoption = _adopt(_book(tmp_path / "k.xlsx", "Dependencies", rows))
    table = _only(adoption)
    assert _targets(table)["MDA Focal Person"] == "counterparty_owner"
    assert _targets(table)["Lead MDA"] == "counterparty_project_id"
    assert _field(adoption, "dependencies", "counterparty_project_id") == agencies


def test_a_focal_word_alone_says_nothing() -> None:
    assert _top("Focal", "issues") is None


# --- 6. Malay -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "english"),
    [
        ("Kebarangkalian", "probability"),
        ("Impak", "impact"),
        ("Tarikh Akhir", "due"),
        ("Tindakan Mitigasi", "mitigation"),
    ],
)
def test_malay_headers_read_in_english(header: str, english: str) -> None:
    assert translate(header) == english


def test_a_malay_issue_log_is_adopted_with_its_dates_and_statuses(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Isu", "Pemilik", "Tarikh Akhir", "Status"]]
    texts = ["Pelayan lambat", "Data tidak lengkap", "Lesen tamat tempoh"]
    for i, text in enumerate(texts):
        rows.append([text, PEOPLE[i], f"{14 + i}/03/2026", ["Dibuka", "Ditutup", "Dibuka"][i]])
    adoption = _adopt(_book(tmp_path / "ms.xlsx", "Daftar Isu", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert _targets(table)["Pemilik"] == "owner"
    assert _field(adoption, "issues", "due_date") == [date(2026, 3, 14 + i) for i in range(3)]
    assert _field(adoption, "issues", "status") == ["Open", "Closed", "Open"]


# --- 7. Arabic: the article, feminine values, Eastern Arabic digits -------------------------


@pytest.mark.parametrize(
    ("text", "section", "english"),
    [
        ("المشكلة", "words", "issue"),  # "the issue": the article joined to its word
        ("مشكلة", "words", "issue"),
        ("تاريخ الرصد", "words", "raised date"),
        ("مفتوحة", "values", "open"),  # feminine, agreeing with "the issue"
        ("مغلقة", "values", "closed"),
    ],
)
def test_arabic_words_read_with_their_article_and_feminine_ending(
    text: str, section: str, english: str
) -> None:
    assert translate(text, section) == english


def test_the_article_is_not_taken_off_a_short_word() -> None:
    assert translate("الم") is None


@pytest.mark.parametrize("text", ["١٤/٠٣/٢٠٢٦", "۱۴/۰۳/۲۰۲۶", "१४/०३/२०२६", "14/03/2026"])
def test_dates_in_other_scripts_digits_read_as_their_western_dates(text: str) -> None:
    assert parse_date(text) == date(2026, 3, 14)


def test_an_arabic_risk_register_with_arabic_indic_dates_is_adopted(tmp_path: Path) -> None:
    rows: list[list[object]] = [["الخطر", "المالك", "الحالة", "تاريخ الرصد"]]
    texts = ["تأخر الموافقات", "نقص الموارد", "تغير المتطلبات"]
    days = ["٢٣/٠٢/٢٠٢٦", "٠٥/٠٣/٢٠٢٦", "١٧/٠٣/٢٠٢٦"]
    for i, text in enumerate(texts):
        rows.append([text, ["أحمد علي", "منى حسن", "سارة محمد"][i], "مفتوحة", days[i]])
    adoption = _adopt(_book(tmp_path / "ar.xlsx", "سجل المخاطر", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert _field(adoption, "risks", "raised_date") == [
        date(2026, 2, 23),
        date(2026, 3, 5),
        date(2026, 3, 17),
    ]
    assert _field(adoption, "risks", "status") == ["Open"] * 3


# --- 8. ERP periods written as one number --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("202601", date(2026, 1, 1)),
        ("202412", date(2024, 12, 1)),
        ("202613", None),
        ("202600", None),
        ("123456", None),
        ("2026011", None),
    ],
)
def test_a_period_yyyymm_is_its_month(text: str, expected: date | None) -> None:
    assert numeric_month(text) == expected


def test_a_cost_plan_with_periods_across_is_read_by_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Cost Line", "202604", "202605", "202606"]]
    rows += [["Contract labour", 100.0, 200.0, 300.0], ["Software", 10.0, 20.0, 30.0]]
    adoption = _adopt(_book(tmp_path / "p.xlsx", "Budget", rows))
    assert _only(adoption).register == "finance"
    months = sorted(set(_field(adoption, "finance", "month")))
    assert months == [date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)]


# --- 9. an FTE plan is never money ----------------------------------------------------------


def _plan(title: str, sheet: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Name", "Role", "Cost Centre", "Jan-26"]]
    rows[2] += ["Feb-26", "Mar-26"]
    for i, role in enumerate(["Developer", "Tester", "Analyst"]):
        rows.append([PEOPLE[i], role, "CC-4100", 1.0, 0.5, 1.0])
    return rows


def test_an_fte_plan_of_a_budget_version_is_a_resource_plan_not_finance(tmp_path: Path) -> None:
    path = _book(tmp_path / "fte.xlsx", "Headcount", _plan("Headcount (FTE) - Working Budget", ""))
    adoption = _adopt(path)
    assert not adoption.project.items("finance")
    (table,) = adoption.report.tables
    # round 15: adopted, its FTE read in days by the fte_days reading (stated, warned)
    assert table.register == "resources"
    assert any("the figures are FTE" in n for n in table.notes)


def test_a_resource_cost_plan_in_pounds_stays_finance(tmp_path: Path) -> None:
    path = _book(tmp_path / "cost.xlsx", "Costs", _plan("Resource cost plan FTE (£)", ""))
    adoption = _adopt(path)
    assert _only(adoption).register == "finance"


def test_a_days_plan_with_a_cost_centre_column_is_adopted_as_resources(tmp_path: Path) -> None:
    path = _book(tmp_path / "days.xlsx", "Plan", _plan("Resource plan (days)", ""))
    adoption = _adopt(path)
    assert _only(adoption).register == "resources"
    assert len(adoption.project.items("resources")) == 9


# --- 10. Spanish and Portuguese commitment dates --------------------------------------------


@pytest.mark.parametrize(
    "header", ["Fecha compromiso", "Fecha de compromiso", "Data de compromisso"]
)
def test_a_commitment_date_is_an_issues_due_date_and_a_dependencys_committed_date(
    header: str,
) -> None:
    assert _top(header, "issues") == "due_date"
    assert _top(header, "dependencies") == "committed_date"
