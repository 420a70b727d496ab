"""Round 11: scales and lists (docs/adopt.md, "Round 11: mechanisms (values read per
column)").

Probability as a percentage or a fraction of one is banded by the standards' own bands
(``scales.probability.percent_bands``, one source of truth); a 1-10 scale by the
``one_to_ten`` reading, which a PMO changes in the mapping file; the common 5x5 words;
BRAG's blue, which the RAG list has no room for, is listed, not guessed; the workflow words
of common tools land in each register's own list, and the words that could mean two
statuses stay unread and listed. Every shape here was written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from addin.adopt import adopt_file
from addin.adopt.convert import list_for_column, scale_for_column
from addin.adopt.readings import ValueReadings, using
from addin.errors import UsageError
from addin.standards import Standards, default_standards, standards_from_text


@pytest.fixture(scope="module")
def std() -> Standards:
    return default_standards()


def _read(values: list[object], header: str, std: Standards, scale: str = "probability"):
    convert, note = scale_for_column(values, header, getattr(std.scales, scale))  # type: ignore[arg-type]
    return [convert(v).value for v in values], note  # type: ignore[arg-type]


def test_fractions_of_one_read_one_as_a_hundred_percent(std: Standards) -> None:
    levels, note = _read([0.05, 0.35, 0.6, 1, 0], "Probability", std)
    assert levels == [1.0, 3.0, 4.0, 5.0, 1.0]
    assert "numbers from 0 to 1 read as fractions (0.35 = 35%, 1 = 100%)" in note


def test_a_column_of_scores_is_not_fractions(std: Standards) -> None:
    assert _read([1, 2, 3, 5], "Probability", std)[0] == [1.0, 2.0, 3.0, 5.0]


def test_whole_percentages_under_a_likelihood_header_without_a_percent_sign(std: Standards) -> None:
    levels, note = _read([5, 25, 45, 65, 90], "Likelihood", std)
    assert levels == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert "percentages read as probability bands" in note


def test_scores_with_one_number_above_10_are_no_percentages(std: Standards) -> None:
    convert, _ = scale_for_column([1, 2, 3, 45], "Probability", std.scales.probability)
    assert [convert(v).value for v in (1, 2, 3)] == [1.0, 2.0, 3.0]
    assert convert(45).problem == "45 is outside the 1-5 scale"


def test_numbers_above_10_in_an_impact_column_are_no_percentages(std: Standards) -> None:
    convert, _ = scale_for_column([5, 25, 45], "Impact", std.scales.impact)
    assert convert(25).problem == "25 is outside the 1-5 scale"


def test_percentages_are_banded_by_the_standards_bands(tmp_path: Path) -> None:
    """The EPMO's standards set the bands once; adoption reads by them, and the mapping file
    holds the bands used."""
    text = "[scales.probability]\nmin = 1\nmax = 5\npercent_bands = [[20, 1], [40, 2], [60, 3], [80, 4], [100, 5]]\n"
    strict = standards_from_text(text, "epmo.toml")
    source = _risks(tmp_path / "risks.xlsx", ["Probability"], [["15%"], ["35%"], ["79%"]])
    adoption = adopt_file(source, tmp_path / "out.xlsx", strict)
    assert [r.probability for r in adoption.project.risks] == [1.0, 2.0, 4.0]
    saved = json.loads((tmp_path / "out.mapping.json").read_text(encoding="utf-8"))["readings"]
    assert saved["percent_bands"] == [[20, 1], [40, 2], [60, 3], [80, 4], [100, 5]]
    default = adopt_file(source, tmp_path / "d.xlsx", default_standards())
    assert [r.probability for r in default.project.risks] == [2.0, 3.0, 5.0]


def test_bad_percent_bands_in_the_standards_are_refused() -> None:
    text = "[scales.probability]\nmin = 1\nmax = 5\npercent_bands = [[50, 3], [10, 1]]\n"
    with pytest.raises(Exception, match="percent_bands"):
        standards_from_text(text, "epmo.toml")


def test_a_1_10_scale_by_the_one_to_ten_reading(std: Standards) -> None:
    levels, note = _read([1, 4, 7, 10], "Impact (1-10)", std, "impact")
    assert levels == [1.0, 2.0, 4.0, 5.0]
    assert "numbers read as a 1-10 scale (1->1, 2->1, 3->2" in note
    steep = ValueReadings.from_dict(
        {
            "one_to_ten": {
                "1": 1,
                "2": 1,
                "3": 1,
                "4": 2,
                "5": 2,
                "6": 3,
                "7": 3,
                "8": 4,
                "9": 5,
                "10": 5,
            }
        }
    )
    with using(steep):
        assert _read([1, 4, 7, 10], "Impact (1-10)", std, "impact")[0] == [1.0, 2.0, 3.0, 5.0]


@pytest.mark.parametrize(
    "raw",
    [{"1": 1}, {str(n): 6 for n in range(1, 11)}, [1, 2, 3]],
)
def test_a_bad_one_to_ten_reading_is_refused(raw: object) -> None:
    with pytest.raises(UsageError, match='"one_to_ten"'):
        ValueReadings.from_dict({"one_to_ten": raw}, "map.json")


@pytest.mark.parametrize(
    ("words", "levels"),
    [
        (["Rare", "Unlikely", "Possible", "Likely", "Almost certain"], [1, 2, 3, 4, 5]),
        (["Highly unlikely", "Unlikely", "Possible", "Likely", "Highly likely"], [1, 2, 3, 4, 5]),
        (["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"], [1, 2, 3, 4, 5]),
        (["Negligible", "Minor", "Moderate", "Significant", "Severe"], [1, 2, 3, 4, 5]),
        (["Very low", "Low", "Medium", "High", "Very high"], [1, 2, 3, 4, 5]),
        (["Low", "Medium", "High"], [1, 3, 5]),
    ],
)
def test_the_common_5x5_vocabularies(words: list[str], levels: list[int], std: Standards) -> None:
    assert _read(words, "Likelihood", std)[0] == [float(n) for n in levels]


@pytest.mark.parametrize("word", ["Limited", "Extensive", "Treated"])
def test_words_on_no_known_scale_are_listed(word: str, std: Standards) -> None:
    convert, _ = scale_for_column(["Minor", word], "Impact", std.scales.impact)
    assert convert(word).problem == f"{word!r} is not a 1-5 score or a level word"


@pytest.mark.parametrize(
    ("word", "rag"),
    [
        ("🔴", "Red"),
        ("🟡", "Amber"),
        ("🟢", "Green"),
        ("On track", "Green"),
        ("At risk", "Amber"),
        ("Off track", "Red"),
        ("G", "Green"),
    ],
)
def test_rag_marks_and_words(word: str, rag: str, std: Standards) -> None:
    assert list_for_column("rag", std)(word).value == rag


@pytest.mark.parametrize("word", ["Blue", "B", "🔵"])
def test_brags_blue_is_listed_with_the_reason(word: str, std: Standards) -> None:
    result = list_for_column("rag", std)(word)
    assert result.value == word
    assert result.problem is not None and "BRAG's blue (done)" in result.problem
    # where a list has a done status, blue is it (the letter B alone is not)
    done = list_for_column("milestone_status", std)(word).value
    assert done == (word if word == "B" else "Complete")


@pytest.mark.parametrize(
    ("list_name", "word", "status"),
    [
        ("issue_status", "Parked", "Open"),
        ("issue_status", "Awaiting info", "Open"),
        ("issue_status", "Under investigation", "In Progress"),
        ("issue_status", "Removed", "Closed"),  # Azure DevOps
        ("issue_status", "Closed Complete", "Resolved"),  # ServiceNow
        ("issue_status", "Closed Incomplete", "Closed"),
        ("issue_status", "Escalated", "Open"),
        ("issue_status", "Won't Do", "Closed"),
        ("risk_status", "Parked", "Open"),
        ("risk_status", "Avoided", "Closed"),
        ("risk_status", "Tolerated", "Monitoring"),
        ("risk_status", "Became issue", "Closed"),
        ("risk_status", "Mitigated", "Closed"),
        ("risk_status", "Accepted", "Monitoring"),
        ("assumption_status", "Proven", "Validated"),
        ("assumption_status", "Disproven", "Invalid"),
        ("assumption_status", "To validate", "Open"),
        ("dependency_status", "Missed", "Late"),
        ("dependency_status", "Requested", "Open"),
        ("milestone_status", "Met", "Complete"),
        ("milestone_status", "Missed", "Late"),
    ],
)
def test_tool_workflow_words_per_register(
    list_name: str, word: str, status: str, std: Standards
) -> None:
    assert list_for_column(list_name, std)(word).value == status


@pytest.mark.parametrize(
    ("list_name", "word"),
    [
        ("dependency_status", "Agreed"),  # agreed to deliver, or agreed it is done?
        ("dependency_status", "Committed"),
        ("issue_status", "Approved"),  # a change approved is not an issue resolved
        ("risk_status", "Treated"),
        ("risk_status", "Dormant"),
        ("risk_status", "Inactive"),
    ],
)
def test_words_that_could_mean_two_statuses_stay_unread_and_listed(
    list_name: str, word: str, std: Standards
) -> None:
    result = list_for_column(list_name, std)(word)
    assert result.value == word and result.problem is not None


def _risks(path: Path, extra: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Risk Register"
    sheet.append(["ID", "Risk", "Owner", *extra])
    for n, row in enumerate(rows, start=1):
        sheet.append([f"R{n}", f"Supplier {n} may fail to deliver on time", "Tom Walsh", *row])
    book.save(path)
    return path


def test_statuses_and_a_1_10_scale_travel_in_the_mapping_file(
    tmp_path: Path, std: Standards
) -> None:
    source = _risks(
        tmp_path / "risks.xlsx",
        ["Status", "Impact (1-10)"],
        [["Parked", 9], ["Avoided", 3], ["Dormant", 6]],
    )
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    risks = first.project.risks
    assert [r.status for r in risks] == ["Open", "Closed", None]  # Dormant: kept as text
    assert [r.impact for r in risks] == [5.0, 2.0, 3.0]
    table = first.report.tables[0]
    assert [u.value for u in table.unconverted] == ["Dormant"]
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert data["readings"]["list_words"]["risk_status"] == {"avoided": "Closed", "parked": "Open"}
    assert data["readings"]["one_to_ten"]["9"] == 5
    # the PMO reads Dormant as Monitoring and 9 as 4: two lines, and re-run
    data["readings"]["list_words"]["risk_status"]["dormant"] = "Monitoring"
    data["readings"]["one_to_ten"]["9"] = 4
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    edited = adopt_file(source, tmp_path / "edited.xlsx", std, mapping_path=mapping_path)
    assert [r.status for r in edited.project.risks] == ["Open", "Closed", "Monitoring"]
    assert [r.impact for r in edited.project.risks] == [4.0, 2.0, 3.0]


def test_a_1_4_scale_is_listed_until_the_pmo_gives_a_reading(
    tmp_path: Path, std: Standards
) -> None:
    """A 4x4 matrix has no honest reading on 1-5: the columns are mapped, every cell listed
    with the fix, and the mapping file's one_to_four reads them next time."""
    source = _risks(
        tmp_path / "risks.xlsx", ["Likelihood (1-4)", "Impact (1-4)"], [[1, 4], [2, 3], [4, 2]]
    )
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    table = first.report.tables[0]
    assert {c.header: c.target for c in table.columns}["Impact (1-4)"] == "impact"
    assert [r.impact for r in first.project.risks] == [None, None, None]
    assert len(table.unconverted) == 6 and first.report.needs_review
    assert "'Impact (1-4)'): no honest reading on 1-5" in table.unconverted[1].reason
    assert "reading: a 1-4 scale: not read" in "\n".join(first.report.lines(limit=100))
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert data["readings"]["one_to_four"] == {}
    data["readings"]["one_to_four"] = {"1": 1, "2": 2, "3": 4, "4": 5}
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    again = adopt_file(source, tmp_path / "again.xlsx", std, mapping_path=mapping_path)
    assert [(r.probability, r.impact) for r in again.project.risks] == [(1, 5), (2, 4), (5, 2)]
    assert not again.report.tables[0].unconverted
    with pytest.raises(UsageError, match='"one_to_four"'):
        ValueReadings.from_dict({"one_to_four": {"1": 1, "2": 2}}, "map.json")


@pytest.mark.parametrize("header", ["Impact", "Impact 1-5 (4=High, 5=Very High)", "Impact (1-5)"])
def test_numbers_on_a_1_5_scale_are_not_a_1_4_scale(header: str, std: Standards) -> None:
    assert _read([1, 2, 3, 4], header, std, "impact")[0] == [1.0, 2.0, 3.0, 4.0]
