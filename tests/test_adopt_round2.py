"""Round 2 of issue 15: the general mechanisms added while tuning on round 1's held-out half
(now a tuning batch): qualifier and timestamp suffixes in headers, a tool's Notes as the
description, a column of one list's values, and "no date" placeholders in date columns."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from adopt_layouts import (
    asana_issues,
    camel_raid,
    finance_sheets_per_measure,
    msproject_milestones,
)
from adopt_sheets import best_candidate as _top

from addin.adopt import adopt_host, open_source
from addin.adopt.convert import date_for_column, is_no_date
from addin.adopt.evidence import list_candidates
from addin.adopt.match import Candidate, assign, candidates
from addin.standards import default_standards


def test_a_scale_qualifier_does_not_change_what_a_column_measures() -> None:
    # "Severity Rating" is the issue's Severity and the risk's Impact, not the computed Rating
    assert _top("sevRating", "risks") == ("impact", 1.0)
    assert _top("Severity Rating", "issues") == ("severity", 1.0)
    assert _top("Impact Level", "risks") == ("impact", 1.0)
    assert _top("Priority Grade", "issues") == ("priority", 1.0)
    # only the register's noun left: the computed rating, reported as recomputed
    assert _top("Risk Rating", "risks") == ("rating", 1.0)
    assert _top("Rating", "risks") == ("rating", 1.0)


def test_a_tool_timestamp_reads_as_its_date() -> None:
    assert _top("Completed At", "issues") == ("closed_date", 1.0)
    assert _top("Completed At", "milestones") == ("actual_date", 1.0)
    assert _top("Created On", "risks") == ("raised_date", 1.0)
    assert _top("Resolved at", "issues") == ("closed_date", 1.0)
    assert _top("Meet at", "issues") is None  # not a past participle: nothing read


def test_notes_is_the_description_only_when_nothing_else_is() -> None:
    assert _top("Notes", "issues") == ("description", 0.9)
    both = {
        1: candidates("Description", "issues"),
        2: candidates("Notes", "issues"),
    }
    chosen = assign(both)
    assert chosen[1].column_key == "description" and 2 not in chosen


def test_a_column_of_one_lists_values_is_that_lists_column() -> None:
    lists = default_standards().lists
    weak = [Candidate("category", 0.4, "type")]  # "Type" read as category, values do not fit
    got = list_candidates("Type", ["CapEx", "OpEx", "capex"], "finance", weak, lists)
    assert [(c.column_key, c.confidence) for c in got] == [("capex_opex", 0.85)]
    # a header that is not just "a classification": applied but flagged (0.7)
    got = list_candidates("Spend Kind X", ["CapEx", "OpEx"], "finance", [], lists)
    assert [(c.column_key, c.confidence) for c in got] == [("capex_opex", 0.7)]
    # words many lists share say nothing; a certain header is never overruled
    assert list_candidates("Type", ["High", "Low"], "issues", [], lists) == []
    certain = [Candidate("category", 1.0, "cost category")]
    assert list_candidates("Cost Category", ["CapEx", "OpEx"], "finance", certain, lists) == []
    assert list_candidates("Type", ["CapEx"], "finance", [], lists) == []  # one value: too few


def test_no_date_placeholders_are_empty_and_tbc_is_emptied_with_its_own_note() -> None:
    assert all(is_no_date(t) for t in ("NA", "N/A", "n/a", " - ", "None", "Not applicable"))
    assert not is_no_date("TBC") and not is_no_date("2026-03-01")
    convert, _ = date_for_column(["NA", "Mon 02/03/26", "TBC"], "Actual Finish")
    na = convert("NA")
    assert (na.value, na.problem) == (None, None) and na.note == "'NA' means no date; left empty"
    # round 5: TBC is emptied too, with a note saying a date is still owed (was kept as text)
    tbc = convert("TBC")
    assert (tbc.value, tbc.problem) == (None, None)
    assert tbc.note == "'TBC' means a date still to be confirmed; left empty"


def test_ms_project_actual_finish_with_na_is_mapped_and_the_report_says(tmp_path: Path) -> None:
    built = msproject_milestones(tmp_path, random.Random(5))
    adoption = adopt_host(open_source(built.path), default_standards())
    (table,) = adoption.report.adopted_tables
    assert {c.header: c.target for c in table.columns}["Actual Finish"] == "actual_date"
    assert table.unconverted == []
    assert any(n.startswith("'Actual Finish': 'NA' means no date; left empty") for n in table.notes)
    actual = [m.actual_date for m in adoption.project.milestones]
    assert actual[0] is not None and all(a is None for a in actual[1:])


def test_asana_completed_at_and_notes(tmp_path: Path) -> None:
    built = asana_issues(tmp_path, random.Random(2))
    adoption = adopt_host(open_source(built.path), default_standards())
    targets = {c.header: c.target for c in adoption.report.adopted_tables[0].columns}
    assert targets["Completed At"] == "closed_date"
    # round 23: the layout's `Notes` cells are one stock remark on every row, no item's own
    # text, so they are no description (a tool's notes of each item's text still are:
    # tests/test_adopt_round14_columns_values.py, tests/test_adopt_round23_mechanisms.py)
    assert targets["Notes"] is None
    first = adoption.project.issues[0]
    assert first.closed_date is not None and first.closed_date > first.raised_date  # type: ignore[operator]
    assert first.description is None


def test_camel_case_severity_rating_is_a_risks_impact_in_a_mixed_table(tmp_path: Path) -> None:
    built = camel_raid(tmp_path, random.Random(8))
    adoption = adopt_host(open_source(built.path), default_standards())
    risks, issues = adoption.project.risks, adoption.project.issues
    assert risks and all(r.impact in (1.0, 3.0, 5.0) for r in risks)
    assert issues and all(i.severity in (1.0, 3.0, 5.0) for i in issues)
    # createdDate is the raised date of every register that has one
    for reg in ("risks", "issues", "assumptions"):
        assert all(isinstance(i.raised_date, date) for i in adoption.project.items(reg)), reg


def test_capex_opex_type_column_on_sheets_per_measure(tmp_path: Path) -> None:
    built = finance_sheets_per_measure(tmp_path, random.Random(6))
    adoption = adopt_host(open_source(built.path), default_standards())
    for table in adoption.report.adopted_tables:
        type_col = next(c for c in table.columns if c.header == "Type")
        assert (type_col.target, type_col.low_confidence) == ("capex_opex", False)
    expected = {f.where: f.expected for f in built.values if f.column == "capex_opex"}
    got = {
        (line.month, line.cost_line): line.capex_opex
        for line in adoption.project.finance
        if (line.month, line.cost_line) in expected
    }
    assert got == expected and set(expected.values()) <= {"CapEx", "OpEx"}


def test_people_written_with_their_email_read_as_names() -> None:
    from addin.adopt.people import email_note, person_converter, person_name

    assert person_name("Priya Nair <priya.nair@contoso.com>") == "Priya Nair"
    assert person_name("Tom Walsh (tom.walsh@example.org)") == "Tom Walsh"
    assert person_name("j.murphy@example.org") == "J. Murphy"
    assert person_name("grace_lee2@example.org") == "Grace Lee"
    assert person_name("pnair@example.org") is None  # no name to read: kept as written
    assert person_name("Priya Nair") is None
    assert person_converter("pnair@example.org").value == "pnair@example.org"
    assert person_converter("  Sam Okafor ").value == "Sam Okafor"
    assert email_note(["Sam Okafor", "j.murphy@example.org"]) == (
        "people written with e-mail addresses read as names ('j.murphy@example.org' -> 'J. Murphy')"
    )


def test_numbers_beside_words_that_run_the_other_way_are_ranks() -> None:
    from addin.adopt.convert import scale_for_column

    impact = default_standards().scales.impact
    values = ["1 - Critical", "2 - High", "3 - Medium", "4 - Low", "2 - High"]
    convert, note = scale_for_column(values, "Severity", impact)
    assert [convert(v).value for v in values] == [5.0, 4.0, 3.0, 2.0, 4.0]
    assert "ranks, where 1 is the most severe" in note
    # numbers and words that agree are scores, as before ("4 - High" is 4)
    agree = ["4 - High", "2 - Low", "3 - Medium"]
    convert, note = scale_for_column(agree, "Impact", impact)
    assert [convert(v).value for v in agree] == [4.0, 2.0, 3.0] and "ranks" not in note
    # one number only: nothing to tell the direction from
    convert, _ = scale_for_column(["1 - High", "1 - High"], "Impact", impact)
    assert convert("1 - High").value == 1.0


def test_scores_after_mitigation_are_residual() -> None:
    assert _top("After mitigation Likelihood", "risks") == ("residual_probability", 1.0)
    assert _top("Post-mitigation Impact", "risks") == ("residual_impact", 1.0)
    assert _top("Mitigated Consequence", "risks") == ("residual_impact", 1.0)
    assert _top("Pre-mitigation Probability", "risks") == ("probability", 1.0)
    assert _top("Inherent Impact", "risks") == ("impact", 1.0)
    assert _top("Mitigation", "risks") == ("response", 1.0)  # the plan itself is unchanged


def test_week_columns_add_up_into_their_months(tmp_path: Path) -> None:
    from adopt_layouts_tuning4 import weekly_costs_week_ending

    from addin.adopt.convert import week_date

    assert week_date("w/c 05/01/2026") == date(2026, 1, 5)
    assert week_date("WE 09/01/2026") == date(2026, 1, 9)
    assert week_date("Week ending 9 Jan 2026") == date(2026, 1, 9)
    assert week_date("Week 3") is None and week_date("Wednesday") is None
    built = weekly_costs_week_ending(tmp_path, random.Random(4))
    adoption = adopt_host(open_source(built.path), default_standards())
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    expected = {f.where: f.expected for f in built.values}
    assert got == expected and len(got) == 4  # 7 weeks -> 2 months x 2 lines, as actuals


def test_round_2_tuning_batch_and_every_layout_adopts_checks_and_consolidates(
    tmp_path: Path,
) -> None:
    from adopt_generalisation import run_half
    from adopt_layouts_fresh import FRESH_HELD_OUT
    from adopt_layouts_tuning4 import TUNING_4, TUNING_5

    from addin.adopt import adopt_file
    from addin.check import check_file
    from addin.consolidate import consolidate_folder

    (tmp_path / "t4").mkdir()
    scores = run_half(TUNING_4 + TUNING_5, 2026, tmp_path / "t4")
    right = sum(sum(s.right.values()) for s in scores.values())
    total = sum(sum(s.total.values()) for s in scores.values())
    assert total > 60 and right / total >= 0.99, (right, total)

    standards = default_standards()
    src, out = tmp_path / "src", tmp_path / "portfolio"
    src.mkdir()
    out.mkdir()
    adopted = 0
    for n, layout in enumerate(TUNING_4 + FRESH_HELD_OUT):
        built = layout.build(src, random.Random(n))
        target = out / f"{layout.name}.xlsx"
        adoption = adopt_file(
            built.path, target, standards, project_overrides={"project_id": f"PRJ-{400 + n:04d}"}
        )
        if not adoption.report.adopted_tables:
            assert not target.exists() and all(t.reason for t in adoption.report.tables)
            continue
        adopted += 1
        for table in adoption.report.adopted_tables:
            assert all(c.target is not None or c.note for c in table.columns), table.ref
        report = check_file(target, standards, date(2026, 3, 1))
        assert report.unreadable is None and report.project is not None, layout.name
    for mapping in out.glob("*.mapping.json"):
        mapping.unlink()
    result = consolidate_folder(out, tmp_path / "rollup.xlsx", standards, date(2026, 3, 1), jobs=1)
    assert (result.rejected, result.projects) == (0, adopted)
    assert adopted >= len(TUNING_4) + 5


def test_a_date_field_before_another_field_in_one_title_cell() -> None:
    from addin.adopt.project import split_fields

    assert split_fields("As at: 31/03/2026    PM: Tom Walsh") == [
        ("As at", "31/03/2026"),
        ("PM", "Tom Walsh"),
    ]
    assert _top("Cost Centre", "finance") == ("cost_line", 1.0)
    assert _top("GL Account", "finance") == ("cost_line", 1.0)


def test_the_fresh_held_out_batch_does_not_fall(tmp_path: Path) -> None:
    """Round 2's held-out batch as a floor (seed 2026, docs/adopt.md): 215/333 clean
    after round 2, 278/333 after round 3 (not clean: round 3 came after its misses were
    read), 333/333 after round 4, which tuned on it (a tuning batch since)."""
    from adopt_generalisation import run_half
    from adopt_layouts_fresh import FRESH_HELD_OUT

    scores = run_half(FRESH_HELD_OUT, 2026, tmp_path)
    right = sum(sum(s.right.values()) for s in scores.values())
    total = sum(sum(s.total.values()) for s in scores.values())
    assert total == 333 and right == 333, right


def test_a_named_register_finds_its_text_column_by_content(tmp_path: Path) -> None:
    """Round 3: "Topic" is no synonym of a decision, but on a sheet named Decision
    Register the column of item texts is the decision (flagged for review)."""
    from adopt_layouts_tuning4 import decision_register_topic

    built = decision_register_topic(tmp_path, random.Random(3))
    adoption = adopt_host(open_source(built.path), default_standards())
    (table,) = adoption.report.adopted_tables
    topic = next(c for c in table.columns if c.header == "Topic")
    assert (table.register, topic.target, topic.low_confidence) == ("decisions", "decision", True)
    assert [d.decision for d in adoption.project.decisions] == [
        f.expected for f in built.values if f.column == "decision"
    ]
    meeting = next(c for c in table.columns if c.header == "Meeting")
    assert meeting.target is None  # one value in every row: no item text


def test_a_table_nothing_names_is_not_adopted_by_its_texts(tmp_path: Path) -> None:
    """Without the register's word around it or two columns only it has, a table of texts
    stays left out (a stakeholder list, a lessons log), with the reason."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Lessons"
    ws.append(["Ref", "Lesson", "Raised", "Who"])
    for i in range(4):
        ws.append([i + 1, f"Book the test rooms {i + 2} weeks ahead", date(2026, 1, 5 + i), "Tom"])
    wb.save(tmp_path / "lessons.xlsx")
    adoption = adopt_host(open_source(tmp_path / "lessons.xlsx"), default_standards())
    assert adoption.report.adopted_tables == []
    assert "not a register table" in adoption.report.tables[0].reason
