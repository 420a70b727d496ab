"""Adoption on seeded legacy layouts (benchmarks/adopt_layouts.py) and the pieces that make
it generalise: header short forms, content evidence, per-register meanings in mixed
tables, month and fiscal-period labels, title blocks with several fields in one cell, and
value readings a PMO can change in the mapping file."""

from __future__ import annotations

import json
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from adopt_generalisation import fact_totals, run_half
from adopt_layouts import (
    HELD_OUT,
    TUNING,
    TUNING_2,
    TUNING_3,
    Built,
    Layout,
    apm_issue_abbrev,
    smartsheet_risks,
)
from adopt_layouts_converted import CONVERTED_KEPT, CONVERTED_TUNED
from adopt_layouts_government import GOV_KEPT, GOV_TUNED
from adopt_layouts_heldout6 import HELD_OUT_6
from adopt_layouts_heldout7 import HELD_OUT_7
from adopt_layouts_heldout8 import HELD_OUT_8
from adopt_layouts_heldout9 import HELD_OUT_9
from adopt_layouts_heldout10 import HELD_OUT_10
from adopt_layouts_heldout11 import HELD_OUT_11
from adopt_layouts_heldout12 import HELD_OUT_12
from adopt_layouts_heldout13 import HELD_OUT_13
from adopt_layouts_heldout14 import HELD_OUT_14
from adopt_layouts_heldout15 import HELD_OUT_15
from adopt_layouts_heldout16 import HELD_OUT_16
from adopt_layouts_heldout17 import HELD_OUT_17
from adopt_layouts_heldout18 import HELD_OUT_18
from adopt_layouts_heldout19 import HELD_OUT_19
from adopt_layouts_heldout20 import HELD_OUT_20
from adopt_layouts_heldout21 import HELD_OUT_21
from adopt_layouts_heldout22 import HELD_OUT_22
from adopt_layouts_heldout23 import HELD_OUT_23
from adopt_layouts_heldout24 import HELD_OUT_24
from adopt_layouts_heldout25 import HELD_OUT_25
from adopt_layouts_heldout26 import HELD_OUT_26
from adopt_layouts_heldout27 import HELD_OUT_27
from adopt_layouts_heldout28 import HELD_OUT_28
from adopt_layouts_heldout29 import HELD_OUT_29
from adopt_layouts_heldout30 import HELD_OUT_30
from adopt_layouts_heldout31 import HELD_OUT_31
from adopt_layouts_heldout32 import HELD_OUT_32
from adopt_layouts_heldout33 import HELD_OUT_33
from adopt_layouts_heldout34 import HELD_OUT_34
from adopt_layouts_heldout35 import HELD_OUT_35
from adopt_layouts_heldout36 import HELD_OUT_36
from adopt_layouts_heldout37 import HELD_OUT_37
from adopt_layouts_heldout38 import HELD_OUT_38
from adopt_layouts_heldout39 import HELD_OUT_39
from adopt_layouts_heldout40 import HELD_OUT_40
from adopt_layouts_heldout41 import HELD_OUT_41
from adopt_layouts_heldout42 import HELD_OUT_42
from adopt_layouts_heldout43 import HELD_OUT_43
from adopt_layouts_heldout44 import HELD_OUT_44
from adopt_layouts_heldout45 import HELD_OUT_45
from adopt_layouts_heldout46 import HELD_OUT_46
from adopt_layouts_heldout47 import HELD_OUT_47
from adopt_layouts_heldout48 import HELD_OUT_48
from adopt_layouts_heldout49 import HELD_OUT_49
from adopt_layouts_heldout50 import HELD_OUT_50
from adopt_layouts_heldout51 import HELD_OUT_51
from adopt_layouts_heldout52 import HELD_OUT_52
from adopt_layouts_heldout53 import HELD_OUT_53
from adopt_layouts_heldout54 import HELD_OUT_54
from adopt_layouts_heldout55 import HELD_OUT_55
from adopt_layouts_heldout56 import HELD_OUT_56
from adopt_layouts_heldout58 import HELD_OUT_58
from adopt_layouts_heldout59 import HELD_OUT_59
from adopt_layouts_heldout60 import HELD_OUT_60
from adopt_layouts_heldout61 import HELD_OUT_61
from adopt_layouts_heldout63 import HELD_OUT_63
from adopt_layouts_heldout64 import HELD_OUT_64
from adopt_layouts_heldout65 import HELD_OUT_65
from adopt_layouts_heldout68 import HELD_OUT_68
from adopt_layouts_heldout69 import HELD_OUT_69
from adopt_layouts_heldout70 import HELD_OUT_70
from adopt_layouts_heldout71 import HELD_OUT_71
from adopt_layouts_heldout72 import HELD_OUT_72
from adopt_layouts_heldout73 import HELD_OUT_73
from adopt_layouts_heldout74 import HELD_OUT_74
from adopt_layouts_heldout75 import HELD_OUT_75
from adopt_layouts_heldout76 import HELD_OUT_76
from adopt_layouts_heldout77 import HELD_OUT_77
from adopt_layouts_heldout79 import HELD_OUT_79
from adopt_layouts_heldout80 import HELD_OUT_80
from adopt_layouts_print import PRINT_KEPT, PRINT_TUNED
from adopt_layouts_quantitative import QUANT_KEPT, QUANT_TUNED
from adopt_layouts_regional import REGIONAL_KEPT, REGIONAL_TUNED
from adopt_layouts_tools import TOOLS_KEPT, TOOLS_TUNED
from adopt_layouts_tuning6 import TUNING_6
from adopt_layouts_tuning7 import TUNING_7
from adopt_layouts_tuning8 import TUNING_8
from adopt_layouts_tuning9 import TUNING_9
from adopt_layouts_tuning10 import TUNING_10
from adopt_layouts_tuning11 import TUNING_11
from adopt_layouts_tuning12 import TUNING_12_A, TUNING_12_B
from adopt_layouts_tuning13 import TUNING_13_A, TUNING_13_B
from adopt_layouts_tuning14 import TUNING_14_A, TUNING_14_B
from adopt_layouts_tuning15 import TUNING_15_A, TUNING_15_B
from adopt_layouts_tuning16 import TUNING_16_A, TUNING_16_B
from adopt_layouts_tuning17 import TUNING_17_A, TUNING_17_B
from adopt_layouts_tuning18 import TUNING_18_A, TUNING_18_B
from adopt_layouts_tuning19 import TUNING_19
from adopt_layouts_tuning20 import TUNING_20
from adopt_layouts_tuning21 import TUNING_21
from adopt_layouts_tuning22 import TUNING_22_A, TUNING_22_B
from adopt_layouts_tuning23 import TUNING_23
from adopt_layouts_tuning24 import TUNING_24
from adopt_layouts_tuning25 import TUNING_25
from adopt_layouts_tuning26 import TUNING_26
from adopt_layouts_tuning27 import TUNING_27
from adopt_layouts_tuning28 import TUNING_28
from adopt_layouts_tuning29 import TUNING_29
from adopt_layouts_tuning30 import TUNING_30
from adopt_layouts_worn import WORN_KEPT, WORN_TUNED

from addin.adopt import adopt_file, adopt_host, load_mapping, open_source
from addin.adopt.evidence import content_candidates, person_share
from addin.adopt.match import _short_form_of, candidates
from addin.adopt.periods import fiscal_month, fiscal_start_in, period_number
from addin.adopt.project import split_fields
from addin.adopt.readings import ValueReadings
from addin.check import check_file
from addin.errors import UsageError
from addin.standards import Standards, default_standards

AS_OF = date(2026, 3, 1)


def test_tuning_half_scores_and_held_out_does_not_fall(tmp_path: Path) -> None:
    """The recorded scores (docs/adopt.md); a change that loses facts fails here."""
    (tmp_path / "t").mkdir()
    (tmp_path / "h").mkdir()
    (tmp_path / "t2").mkdir()
    (tmp_path / "t3").mkdir()
    for layouts, folder, floor in (
        (TUNING, "t", 0.99),
        (TUNING_2, "t2", 0.99),
        (TUNING_3, "t3", 0.99),
        (HELD_OUT, "h", 0.99),  # round 1's held-out half: tuned on since round 2
    ):
        scores = run_half(layouts, 2026, tmp_path / folder)
        right = sum(sum(s.right.values()) for s in scores.values())
        total = sum(sum(s.total.values()) for s in scores.values())
        assert total > 80
        assert right / total >= floor, (folder, right, total)


def test_short_forms_are_read_from_the_synonym_vocabulary() -> None:
    assert _short_form_of("tgt") == "target"
    assert _short_form_of("stts") == "status"
    assert _short_form_of("zzq") is None  # nothing it abbreviates
    assert candidates("Tgt", "issues")[0].column_key == "due_date"
    assert candidates("Custom field (Severity)", "issues")[0].column_key == "severity"
    assert candidates("raid_id", "risks")[0].column_key == "id"
    assert candidates("counterparty_project", "dependencies")[0].column_key == (
        "counterparty_project_id"
    )


def test_content_evidence_maps_people_but_not_named_things() -> None:
    people = ["Aoife Byrne", "J. Murphy", "Tom Walsh", "Grace Lee"]
    assert person_share(people) == 1.0
    (cand,) = content_candidates("Person", people, "risks", [])
    assert (cand.column_key, cand.confidence) == ("owner", 0.7)  # flagged for review
    assert person_share(["Project Mercury", "Project Apollo", "Project Gemini"]) == 0.0
    assert content_candidates("Raised By", people, "risks", []) == []
    dates = [date(2026, 1, 5), "2026-02-01", date(2026, 3, 9)]
    assert [c.column_key for c in content_candidates("Date", dates, "dependencies", [])] == [
        "need_by"
    ]


def test_fiscal_periods_and_the_year_start_the_title_states() -> None:
    assert [period_number(t) for t in ("P01", "P12", "Period 3", "M10", "P13", "Jan")] == [
        1,
        12,
        3,
        10,
        None,
        None,
    ]
    assert fiscal_start_in(["Financial year starts: July"]) == 7
    assert fiscal_start_in(["Fiscal year start: October 2026"]) == 10
    assert fiscal_start_in(["Project spend 2026"]) is None
    assert fiscal_month(1, 7, 2026) == date(2026, 7, 1)
    assert fiscal_month(7, 7, 2026) == date(2027, 1, 1)


def test_a_month_written_as_a_period_and_a_fiscal_year() -> None:
    from addin.adopt.detect import HeaderCell
    from addin.adopt.periods import month_of_period, period_and_year_columns

    headers = [HeaderCell(1, "Fiscal Year"), HeaderCell(2, "Period"), HeaderCell(3, "Plan")]
    values: dict[int, list[object]] = {1: [2026, 2026], 2: ["001", "010"], 3: [5.0, 7.0]}
    assert period_and_year_columns(headers, values) == (2, 1)
    assert month_of_period("010", 2026, 4) == date(2027, 1, 1)  # P10 of FY starting Apr 2026
    assert period_and_year_columns(headers[1:], values) is None  # no year column


def test_title_block_cells_with_several_fields() -> None:
    assert split_fields("Programme: Data & AI    Project Manager: J. Murphy") == [
        ("Programme", "Data & AI"),
        ("Project Manager", "J. Murphy"),
    ]
    assert split_fields("Meeting at 10:30") == []
    assert split_fields("Project Name: Portal") == []  # one field: read as before


def test_mixed_raid_columns_mean_one_thing_per_register(tmp_path: Path) -> None:
    built = TUNING[5].build(tmp_path, random.Random(1))  # snake_raid
    adoption = adopt_host(open_source(built.path), default_standards())
    (table,) = adoption.report.adopted_tables
    target = next(c for c in table.columns if c.header == "target_date")
    assert "dependencies Need By" in target.note and "risks Due Date" in target.note
    deps = adoption.project.dependencies
    assert deps and all(d.need_by is not None for d in deps)
    saved = adoption.mapping.tables[0].register_columns
    assert saved["dependencies"]["target_date"] == "need_by"


def _risk_levels(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path, read_only=True)["Risk Log"]
    return [str(r[0]) for r in ws.iter_rows(min_row=2, min_col=3, max_col=3, values_only=True)]


def test_a_pmo_edits_one_reading_and_re_runs(tmp_path: Path, standards: Standards) -> None:
    src = smartsheet_risks(tmp_path, random.Random(3))
    first = adopt_file(src.path, tmp_path / "a.xlsx", standards)
    levels = _risk_levels(src.path)
    assert any(level == "H" for level in levels)
    assert any("High = 5" in r for r in first.report.readings)
    mapping_path = tmp_path / "a.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert data["readings"]["three_level"] == {"low": 1, "medium": 3, "high": 5}
    data["readings"]["three_level"]["high"] = 4  # the one line a PMO edits
    mapping_path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    second = adopt_file(src.path, tmp_path / "b.xlsx", standards, mapping_path=mapping_path)
    probabilities = [r.probability for r in second.project.risks]
    assert [p for p, lvl in zip(probabilities, levels, strict=True) if lvl == "H"] == [4.0] * (
        levels.count("H")
    )
    assert any("High = 4" in r for r in second.report.readings)
    assert "High = 4" in "\n".join(second.report.lines())
    saved = json.loads((tmp_path / "b.mapping.json").read_text(encoding="utf-8"))
    assert saved["readings"]["three_level"]["high"] == 4  # kept for next month


def test_next_months_file_gives_the_same_mapping(tmp_path: Path, standards: Standards) -> None:
    (tmp_path / "m1").mkdir()
    (tmp_path / "m2").mkdir()
    march = apm_issue_abbrev(tmp_path / "m1", random.Random(10))
    april = apm_issue_abbrev(tmp_path / "m2", random.Random(11))
    first = adopt_file(march.path, tmp_path / "march.xlsx", standards)
    again = adopt_file(
        april.path, tmp_path / "april.xlsx", standards, mapping_path=tmp_path / "march.mapping.json"
    )
    columns = [(c.column, c.target) for c in first.report.tables[0].columns]
    assert [(c.column, c.target) for c in again.report.tables[0].columns] == columns
    assert len(again.project.issues) == april.tables[0].counts["issues"]


def test_a_mapping_that_no_longer_fits_says_which_column(
    tmp_path: Path, standards: Standards
) -> None:
    built = apm_issue_abbrev(tmp_path, random.Random(4))
    adopt_file(built.path, tmp_path / "a.xlsx", standards)
    wb = openpyxl.load_workbook(built.path)
    ws = wb["Issues"]
    ws.delete_cols(6)  # "Tgt" is gone next month
    wb.save(tmp_path / "next.xlsx")
    again = adopt_host(
        open_source(tmp_path / "next.xlsx"),
        standards,
        mapping=load_mapping(tmp_path / "a.mapping.json"),
    )
    notes = " ".join(again.report.tables[0].notes)
    assert "column 'Tgt' named in the mapping is missing from this file" in notes


def test_bad_readings_are_refused_with_the_key_and_the_fix() -> None:
    with pytest.raises(UsageError, match=r'"three_level" gives \'high\' the value 9'):
        ValueReadings.from_dict({"three_level": {"high": 9}}, "map.json")
    with pytest.raises(UsageError, match="use a month 1-12"):
        ValueReadings.from_dict({"fiscal_year_start": 13}, "map.json")
    with pytest.raises(UsageError, match="unknown key"):
        ValueReadings.from_dict({"hgh": 1}, "map.json")
    assert ValueReadings.from_dict(None).three_level["high"] == 5


def test_every_adopted_layout_checks_and_consolidates(tmp_path: Path, standards: Standards) -> None:
    from addin.consolidate import consolidate_folder

    src = tmp_path / "src"
    out = tmp_path / "portfolio"
    src.mkdir()
    out.mkdir()
    adopted = 0
    every = TUNING + TUNING_2 + TUNING_3 + HELD_OUT
    for n, layout in enumerate(every):
        built = layout.build(src, random.Random(n))
        target = out / f"{layout.name}.xlsx"
        adoption = adopt_file(
            built.path, target, standards, project_overrides={"project_id": f"PRJ-{300 + n:04d}"}
        )
        if not adoption.report.adopted_tables:
            # a layout adoption does not recognise (a held-out miss, docs/adopt.md): nothing
            # is written, and the report says why for every table
            assert not target.exists()
            assert all(t.reason for t in adoption.report.tables), layout.name
            continue
        adopted += 1
        # nothing dropped without a word: every source column of every table is reported
        for table in adoption.report.adopted_tables:
            assert all(c.target is not None or c.note for c in table.columns), table.ref
        report = check_file(target, standards, AS_OF)
        assert report.unreadable is None and report.project is not None, layout.name
    for mapping in out.glob("*.mapping.json"):
        mapping.unlink()
    result = consolidate_folder(out, tmp_path / "rollup.xlsx", standards, AS_OF, jobs=1)
    assert (result.rejected, result.projects) == (0, adopted)
    assert adopted >= len(every) - 1


# held-out layouts whose truth audit found no register at all (no truth table, no facts):
# round 36's audit of the eighty-eighth batch, a headcount grid by month; round 38's audit
# of the hundred-and-fifth, a change request log with no approver nor outcome (no register of
# SPEC's, as earlier batches' change request logs with no approver); round 39's lead ruling
# (t48a) on the hundred-and-sixth's Italian change request log, a change board's outcomes and
# all (a change request log is listed, never a register)
# all (a change request log is listed, never a register); round 40's audit of the
# hundred-and-sixteenth, a variation order register (a construction contract's change
# request log, the Engineer's decision its outcome)
AUDITED_AS_NO_REGISTER = {
    "saudi_souq_resource_histogram",
    "el_olive_mill_change_request_log",
    "it_squero_change_requests",
    "za_signalling_variation_log",
    # round 41's audit of the hundred-and-twenty-fourth: a V-Modell `Änderungsstatusliste`
    # (every row a change request with the change board's verdict)
    "de_gauge_network_vmodell_aenderungen",
}


@pytest.mark.parametrize(
    ("module", "batch", "at_least", "registers"),
    [
        # round 5's held-out batch: mixed tables and finance among every register a PMO keeps
        (
            "adopt_layouts_heldout4",
            "HELD_OUT_4",
            12,
            {"risks", "issues", "raid", "decisions", "milestones", "finance", "dependencies"},
        ),
        (
            "adopt_layouts_heldout5",
            "HELD_OUT_5",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones", "finance"},
        ),
        (
            "adopt_layouts_heldout6",
            "HELD_OUT_6",
            12,
            {"risks", "issues", "assumptions", "dependencies", "milestones", "finance"},
        ),
        (
            "adopt_layouts_heldout7",
            "HELD_OUT_7",
            14,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones", "raid",
             "finance"},
        ),
        (
            "adopt_layouts_heldout8",
            "HELD_OUT_8",
            16,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones", "finance"},
        ),
        # the ninth batch has no assumptions or dependency register (its writer's report)
        (
            "adopt_layouts_heldout9",
            "HELD_OUT_9",
            16,
            {"risks", "issues", "decisions", "milestones", "finance", "resources"},
        ),
        # round 13's own tuning batch: other tools, public sector templates and languages
        (
            "adopt_layouts_tuning6",
            "TUNING_6",
            14,
            {"risks", "issues", "dependencies", "decisions", "finance"},
        ),
        # the tenth batch has no mixed RAID table or resource plan (its writer's report)
        (
            "adopt_layouts_heldout10",
            "HELD_OUT_10",
            16,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance"},
        ),
        # the eleventh batch has no mixed RAID table or resource plan (its writer's report)
        (
            "adopt_layouts_heldout11",
            "HELD_OUT_11",
            16,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance"},
        ),
        # round 14's own tuning batch: other tools, sectors and countries; no mixed RAID
        # table, assumptions or decisions
        (
            "adopt_layouts_tuning7",
            "TUNING_7",
            13,
            {"risks", "issues", "dependencies", "milestones", "finance", "resources"},
        ),
        # round 20's own tuning batch: six registers (one a mixed RAID table under
        # sub-headings, one transposed) and six trackers
        (
            "adopt_layouts_tuning8",
            "TUNING_8",
            12,
            {"risks", "issues", "decisions", "assumptions", "dependencies", "raid",
             "milestones", "finance", "resources"},
        ),
        # the twelfth batch has no mixed RAID table or resource plan (its writer's report)
        (
            "adopt_layouts_heldout12",
            "HELD_OUT_12",
            16,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance"},
        ),
        # the thirteenth batch has no mixed RAID table (its writer's report); two resource
        # plans, three finance trackers and two milestone plans among every other register
        (
            "adopt_layouts_heldout13",
            "HELD_OUT_13",
            16,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the fourteenth batch is registers only (its writer's brief): no milestone plan,
        # finance tracker or resource plan; one mixed RAID table
        (
            "adopt_layouts_heldout14",
            "HELD_OUT_14",
            14,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "raid"},
        ),
        # the fifteenth batch is of trackers (its writer's report): seven finance trackers,
        # two resource plans, three milestone or stage-gate plans, two sheets of several
        # tables; one risks table only, no other RAID register
        (
            "adopt_layouts_heldout15",
            "HELD_OUT_15",
            14,
            {"risks", "milestones", "finance", "resources"},
        ),
        # the sixteenth batch is mixed (its writer's report): seven registers (risks,
        # issues, assumptions, dependencies, decisions) and seven trackers (three finance,
        # one resource plan, two milestone plans, a status report of three tables)
        (
            "adopt_layouts_heldout16",
            "HELD_OUT_16",
            14,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the seventeenth batch is mixed (its writer's report): seven registers (risks,
        # issues twice, a mixed RAID table, assumptions, dependencies, decisions) and seven
        # trackers (three finance, one resource plan, two milestone plans, a steering pack
        # of milestones and decisions)
        (
            "adopt_layouts_heldout17",
            "HELD_OUT_17",
            14,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the eighteenth batch is mixed (its writer's report): six registers (issues,
        # risks, assumptions, decisions, dependencies, a mixed RAID table) and six trackers
        # (three finance, one resource plan, one milestone plan, a status sheet of a risks
        # and an issues table)
        (
            "adopt_layouts_heldout18",
            "HELD_OUT_18",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the nineteenth batch is mixed (its writer's report): six registers (issues,
        # risks twice, decisions, dependencies, assumptions) and six trackers (three
        # finance, one resource plan, one milestone plan, a status sheet of a milestones
        # and a dependencies table)
        (
            "adopt_layouts_heldout19",
            "HELD_OUT_19",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twentieth batch is mixed (its writer's report): six registers (issues,
        # risks, assumptions, decisions, dependencies, a mixed RAID table) and six trackers
        # (three finance, one resource plan, one milestone plan, a status sheet of a
        # milestones, a risks and an issues table)
        (
            "adopt_layouts_heldout20",
            "HELD_OUT_20",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twenty-first batch is mixed (its writer's report): six registers (issues,
        # risks, decisions, assumptions, dependencies, a mixed RAID table) and six trackers
        # (three finance, one resource plan, one milestone plan, a status sheet of a
        # milestones and an issues table)
        (
            "adopt_layouts_heldout21",
            "HELD_OUT_21",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twenty-second batch is ordinary English workbooks (its writer's report): six
        # registers (a mixed RAID log, risks, issues, assumptions, dependencies, decisions)
        # and six trackers (three finance, one resource plan, one milestone plan, a status
        # report of a milestones and a risks table)
        (
            "adopt_layouts_heldout22",
            "HELD_OUT_22",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twenty-third batch is mixed (its writer's report): six registers (issues,
        # risks, assumptions, dependencies, decisions, a mixed RAID table) and six trackers
        # (two finance, two resource plans, one milestone plan, a status report of a
        # milestones and an issues table); half English, half other languages
        (
            "adopt_layouts_heldout23",
            "HELD_OUT_23",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twenty-fourth batch is ordinary English workbooks (its writer's report): six
        # registers (a mixed RAID log, risks, issues, assumptions, dependencies, decisions)
        # and six trackers (three finance, one resource plan, one milestone plan, a status
        # report of an issues table)
        (
            "adopt_layouts_heldout24",
            "HELD_OUT_24",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twenty-fifth batch is mixed (its writer's report): six registers (risks,
        # issues, decisions, dependencies, assumptions, a mixed RAID table) and six trackers
        # (three finance, one resource plan, one milestone plan, a status report of a
        # milestones table); half English from tools, half other languages
        (
            "adopt_layouts_heldout25",
            "HELD_OUT_25",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the twenty-sixth batch is ordinary English workbooks (its writer's report): six
        # registers (risks, issues, assumptions, dependencies, decisions, a monday.com
        # board of risks, issues and decisions) and six trackers (three finance, one
        # resource plan, one milestone plan, a status report of a milestones table)
        (
            "adopt_layouts_heldout26",
            "HELD_OUT_26",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the twenty-seventh batch is mixed (its writer's report): six registers (risks,
        # issues, decisions, dependencies, a mixed RAID table, assumptions) and six trackers
        # (two finance, two resource plans, one milestone plan, a status report of an
        # issues table); half English from tools and templates, half other languages
        (
            "adopt_layouts_heldout27",
            "HELD_OUT_27",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # round 20's register tuning batch (t20e): registers only, one of them a mixed RAID
        (
            "adopt_layouts_tuning10",
            "TUNING_10",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "raid"},
        ),
        # the twenty-eighth batch is LIVED-IN (its writer's report): six registers (a mixed
        # RAID log, risks, issues, assumptions, dependencies, decisions) and six trackers
        # (three finance, one resource plan, one milestone plan, monthly status reports
        # holding a risks table)
        (
            "adopt_layouts_heldout28",
            "HELD_OUT_28",
            12,
            {"risks", "issues", "raid", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the thirtieth batch is mixed (its writer's report): six registers (two risks, two
        # issues, dependencies, decisions) and six trackers (two finance, two resource
        # plans, a milestone plan, a status report of a milestones table); half English
        # from tools and templates, half other languages
        (
            "adopt_layouts_heldout30",
            "HELD_OUT_30",
            12,
            {"risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the thirty-first batch is TRACKERS (its writer's report): five finance, three
        # resource plans, two milestone plans, two status reports (milestones, risks and an
        # issue log on them)
        (
            "adopt_layouts_heldout31",
            "HELD_OUT_31",
            12,
            {"finance", "resources", "milestones", "risks", "issues"},
        ),
        # the twenty-ninth batch is ORDINARY English workbooks (its writer's report): six
        # registers (two risks, issues, assumptions, dependencies, decisions) and six
        # trackers (two finance, one resource plan, two milestone plans, a status report of
        # a risks table)
        (
            "adopt_layouts_heldout29",
            "HELD_OUT_29",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the thirty-second batch is ORDINARY English workbooks (its writer's report): six
        # registers (a mixed RAID log, issues, assumptions, dependencies, decisions, risks)
        # and six trackers (three finance, a resource plan, a milestone plan, a status
        # report of a milestones table)
        (
            "adopt_layouts_heldout32",
            "HELD_OUT_32",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the thirty-third batch is mixed (its writer's report): six registers (two risks,
        # issues, assumptions, dependencies, decisions) and six trackers (three finance, a
        # resource plan, a milestone plan, a status report of a milestones table); half
        # English from tools and templates, half other languages
        (
            "adopt_layouts_heldout33",
            "HELD_OUT_33",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the thirty-fourth batch is THE ISSUE'S NAMED PATTERNS (its writer's report): seven
        # registers (three mixed RAID tables, risks, issues, dependencies, decisions) and five
        # trackers (three finance, one resource plan, one milestone plan)
        (
            "adopt_layouts_heldout34",
            "HELD_OUT_34",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance", "resources",
             "milestones"},
        ),
        # the thirty-fifth batch is ORDINARY English workbooks (its writer's report): six
        # registers (a RAID log of one tab per register, issues, risks, decisions,
        # dependencies, assumptions) and six trackers (three finance, a resource plan, a
        # milestone plan, a status report of a risks table)
        (
            "adopt_layouts_heldout35",
            "HELD_OUT_35",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the thirty-sixth batch is mixed (its writer's report): six registers (a mixed RAID
        # log, risks, issues, assumptions, dependencies, decisions) and six trackers (three
        # finance, a resource plan, a milestone plan, a status report holding a milestones
        # and a risks table); half English from tools and a template, half other languages
        (
            "adopt_layouts_heldout36",
            "HELD_OUT_36",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the thirty-seventh batch is ORDINARY workbooks in the MAJOR BUSINESS LANGUAGES (its
        # writer's report): six registers (a mixed RAID table, risks, issues, assumptions,
        # dependencies, decisions) and six trackers (three finance, a resource plan, a
        # milestone plan, a status report with a milestones table), one language each
        (
            "adopt_layouts_heldout37",
            "HELD_OUT_37",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the thirty-eighth batch is ORDINARY English workbooks (its writer's report): six
        # registers (risks, two issue logs, assumptions, dependencies, decisions) and six
        # trackers (three finance, a resource plan, a milestone plan, a highlight report
        # with a milestones table)
        (
            "adopt_layouts_heldout38",
            "HELD_OUT_38",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the fortieth batch is WELL-WORN English workbooks (its writer's report): six
        # registers (a RAID log of risk, closed-risk and issue tabs, risks, issues,
        # assumptions on an old and a new sheet, dependencies, decisions) and six trackers
        # (three finance, a resource plan, a milestone plan, a status report with a
        # milestones table)
        (
            "adopt_layouts_heldout40",
            "HELD_OUT_40",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the forty-first batch is ORDINARY English workbooks (its writer's report): six
        # registers (issues from Microsoft Lists and ZenHub, a Podio risk register,
        # assumptions, dependencies, decisions) and six trackers (three finance, a resource
        # plan, a milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout41",
            "HELD_OUT_41",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the thirty-ninth batch is BILINGUAL and MIXED-LANGUAGE workbooks (its writer's
        # report): six registers (a mixed RAID table, risks, issues, decisions, assumptions,
        # dependencies) and six trackers (three finance, a resource plan, a milestone plan,
        # a status report with a milestones table), two languages each
        (
            "adopt_layouts_heldout39",
            "HELD_OUT_39",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the forty-third batch is PRINT-READY English workbooks (its writer's report): six
        # registers (a mixed RAID log, risks split over two sheets, issues, assumptions,
        # dependencies, decisions) and six trackers (three finance, a resource plan, a
        # milestone plan with a Gantt bar, a status report with a milestones box)
        (
            "adopt_layouts_heldout43",
            "HELD_OUT_43",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the forty-fourth batch is ORDINARY English workbooks (its writer's report): six
        # registers (a mixed RAID log, a workbook of decisions and assumptions, two risk
        # registers, issues, dependencies) and six trackers (three finance, a resource plan,
        # a milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout44",
            "HELD_OUT_44",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the forty-second batch is CONVERTED AND PASTED workbooks (its writer's report):
        # six registers (risks from a PDF, decisions from Confluence, a SharePoint issue
        # list, assumptions and a budget from CSVs, dependencies from Google Sheets, risks
        # and issues from Word) and six trackers (an ERP cost report, a CSV budget, a
        # Numbers resource plan, a Power BI milestone export, a Teams status report with a
        # milestones table, a Tableau crosstab)
        (
            "adopt_layouts_heldout42",
            "HELD_OUT_42",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance", "resources"},
        ),
        # the forty-fifth batch is HAND-BUILT EXCEL TOOLS (its writer's report): six
        # registers (risks, issues with hidden closed rows, a mixed RAID Table, decisions,
        # dependencies with a collapsed group, assumptions) and six trackers (three
        # finance, a resource plan, a milestone plan, a status tool with a milestones Table)
        (
            "adopt_layouts_heldout45",
            "HELD_OUT_45",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the forty-sixth batch is REGIONAL CONVENTIONS in English workbooks (its writer's
        # report): six registers (a mixed RAID table, risks, issues, assumptions,
        # decisions, dependencies) and six trackers (three finance, a resource plan, a
        # milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout46",
            "HELD_OUT_46",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the forty-seventh batch is ORDINARY English workbooks (its writer's report): six
        # registers (a mixed RAID log, risks, two issue logs, decisions, dependencies) and
        # six trackers (three finance, a resource plan, a milestone plan, a status report
        # with a milestones table)
        (
            "adopt_layouts_heldout47",
            "HELD_OUT_47",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the forty-eighth batch is FUNDER AND GOVERNMENT REPORTING TEMPLATES (its writer's
        # report): six registers (a mixed RAID annex, a workbook of logframe assumptions and
        # steering committee decisions, two risk registers, a regulator's findings as issues,
        # dependencies) and six trackers (three finance, a staffing schedule, a logframe
        # milestone tracker, a major project return with a milestones table)
        (
            "adopt_layouts_heldout48",
            "HELD_OUT_48",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # the forty-ninth batch is QUANTITATIVE WORKBOOKS (its writer's report): six
        # registers (four risk registers, a mixed RAID log, a workbook of issues and
        # dependencies) and six trackers (three finance, an FTE resource plan, a schedule
        # tracker, a status report with a milestones table)
        (
            "adopt_layouts_heldout49",
            "HELD_OUT_49",
            12,
            {"raid", "risks", "issues", "dependencies", "milestones", "finance", "resources"},
        ),
        # the fiftieth batch is ORDINARY English workbooks (its writer's report): six
        # registers (a mixed RAID log, a workbook of risks and issues, a risk export, an issue
        # export, a decision log, a dependency log) and six trackers (three finance, a
        # resource plan, a milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout50",
            "HELD_OUT_50",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the fifty-first batch is SUPPLIER AND CONSULTANCY REPORTS (its writer's report): six
        # registers (a mixed RAID extract, a workbook of risks and issues, decisions,
        # dependencies, risks, a defect log as issues) and six trackers (three finance, a
        # consultancy days plan, a SOW payment milestone plan, a weekly status pack with
        # milestones)
        (
            "adopt_layouts_heldout51",
            "HELD_OUT_51",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the fifty-second batch is SPARSE AND EARLY-LIFE WORKBOOKS (its writer's report): six
        # registers (a risk template, a mixed RAID template, a one-issue log, decisions,
        # dependencies, a workbook of risks and issues sheets) and six trackers (three
        # finance, a resource plan, a milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout52",
            "HELD_OUT_52",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the fifty-third batch is ORDINARY English workbooks (its writer's report): six
        # registers (a mixed RAID log, decisions, issues, risks, a workbook of risks and
        # issues sheets, dependencies) and six trackers (three finance, a resource plan, a
        # milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout53",
            "HELD_OUT_53",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the fifty-fifth batch is SPARSE AND EARLY-LIFE WORKBOOKS, round 31's final measure
        # (task w55): six registers (a risk template, a one-issue log, a mixed RAID template,
        # decisions, dependencies, assumptions) and six trackers (three finance, a resource
        # plan, a milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout55",
            "HELD_OUT_55",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "assumptions",
             "milestones", "finance", "resources"},
        ),
        # the fifty-sixth batch is FINANCE TRACKERS OF EVERY SHAPE, round 32's held-out
        # (task w59): twelve finance trackers, no registers
        ("adopt_layouts_heldout56", "HELD_OUT_56", 12, {"finance"}),
        # the fifty-seventh batch is ORDINARY English workbooks, round 32's final measure
        # (task w60): six registers (issues, risks, a workbook of risks and issues sheets,
        # decisions, dependencies, a mixed RAID log) and six trackers (three finance, a
        # resource plan, a milestone plan, a status report with a milestones table)
        (
            "adopt_layouts_heldout57",
            "HELD_OUT_57",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the fifty-ninth batch is FINANCE TRACKERS OF EVERY SHAPE, round 32's held-out
        # (task w62): twelve finance trackers, no registers
        ("adopt_layouts_heldout59", "HELD_OUT_59", 12, {"finance"}),
        # the sixtieth batch is SUPPLIER AND CONSULTANCY REPORTS, round 33's held-out (task w66)
        (
            "adopt_layouts_heldout60",
            "HELD_OUT_60",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # the sixty-second batch is METHOD-TEMPLATE WORKBOOKS, round 33's held-out (task
        # w68): six registers and six trackers
        (
            "adopt_layouts_heldout62",
            "HELD_OUT_62",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        ("adopt_layouts_heldout61", "HELD_OUT_61", 12, {"finance"}),
        # the sixty-third batch is FINANCE TRACKERS OF EVERY SHAPE, round 33's held-out
        # (task w71): twelve finance trackers, no registers
        ("adopt_layouts_heldout63", "HELD_OUT_63", 12, {"finance"}),
        # the sixty-sixth batch is FINANCE TRACKERS OF EVERY SHAPE (w74): twelve trackers
        ("adopt_layouts_heldout66", "HELD_OUT_66", 12, {"finance"}),
        # the seventy-first batch is FINANCE TRACKERS OF EVERY SHAPE (w79): twelve trackers
        ("adopt_layouts_heldout71", "HELD_OUT_71", 12, {"finance"}),
        # the sixty-fourth batch is SUPPLIER AND CONSULTANCY REPORTS, round 33's final
        # measure (task w72): six registers and six trackers
        # round 35's held-out measure (task w81): six registers and six trackers
        (
            "adopt_layouts_heldout73",
            "HELD_OUT_73",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "assumptions", "finance"}
            | {"resources", "milestones"},
        ),
        # round 34's final held-out measure (task w80): six registers and six trackers
        (
            "adopt_layouts_heldout72",
            "HELD_OUT_72",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # round 35's held-out measure (task w84): six registers and six trackers
        (
            "adopt_layouts_heldout76",
            "HELD_OUT_76",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # round 35's held-out measure (task w85): six registers and six trackers
        (
            "adopt_layouts_heldout77",
            "HELD_OUT_77",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # round 34's held-out measure (task w77): six registers and six trackers
        (
            "adopt_layouts_heldout69",
            "HELD_OUT_69",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        (
            "adopt_layouts_heldout64",
            "HELD_OUT_64",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # the sixty-seventh batch is SUPPLIER AND CONSULTANCY REPORTS, round 34's final
        # measure (task w75): six registers and six trackers
        (
            "adopt_layouts_heldout67",
            "HELD_OUT_67",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # the sixty-fifth batch is SUPPLIER AND CONSULTANCY REPORTS, round 34's final
        # measure (task w73): six registers and six trackers
        (
            "adopt_layouts_heldout65",
            "HELD_OUT_65",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        (
            "adopt_layouts_heldout58",
            "HELD_OUT_58",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # round 29's ordinary workbooks' recurring losses, written by the round's tuning
        # engineer (or29): the half tuned on and the half kept untouched while tuning
        ("adopt_layouts_tuning13", "TUNING_13_A", 6, {"risks", "issues", "finance", "resources"}),
        ("adopt_layouts_tuning13", "TUNING_13_B", 6, {"risks", "issues", "finance", "resources"}),
        # round 28's print-ready workbooks, written by the round's tuning engineer: the
        # half tuned on and the half kept untouched while tuning
        ("adopt_layouts_print", "PRINT_TUNED", 6, {"risks", "issues", "finance", "milestones"}),
        (
            "adopt_layouts_print",
            "PRINT_KEPT",
            6,
            {"risks", "decisions", "assumptions", "finance", "milestones", "resources"},
        ),
        # round 29's regional conventions, written by the round's tuning engineer: the half
        # tuned on and the half kept untouched while tuning
        ("adopt_layouts_regional", "REGIONAL_TUNED", 6, {"risks", "issues", "finance"}),
        ("adopt_layouts_regional", "REGIONAL_KEPT", 6, {"risks", "decisions", "finance"}),
        # round 29's hand-built Excel tools, written by the round's tuning engineer (task
        # xl29): the half tuned on and the half kept untouched while tuning
        (
            "adopt_layouts_tools",
            "TOOLS_TUNED",
            6,
            {"risks", "issues", "decisions", "finance", "milestones", "assumptions",
             "dependencies"},
        ),
        (
            "adopt_layouts_tools",
            "TOOLS_KEPT",
            6,
            {"risks", "issues", "dependencies", "assumptions", "finance"},
        ),
        # round 29's structural and language leftovers, written by the round's tuning
        # engineer (p29): the half tuned on and the half kept untouched while tuning
        ("adopt_layouts_tuning14", "TUNING_14_A", 6, {"risks", "issues", "finance"}),
        ("adopt_layouts_tuning14", "TUNING_14_B", 6, {"risks", "issues", "decisions", "finance"}),
        # round 29's register words in the wild (dr29), written by the round's tuning
        # engineer: every register kind and milestone plans, tuned on and kept untouched
        (
            "adopt_layouts_tuning15",
            "TUNING_15_A",
            6,
            {"dependencies", "assumptions", "decisions", "milestones"},
        ),
        (
            "adopt_layouts_tuning15",
            "TUNING_15_B",
            6,
            {"risks", "issues", "dependencies", "assumptions", "decisions", "milestones"},
        ),
        # round 29's multi-register workbooks (mt29): the half tuned on and the half kept
        # untouched while tuning; actions, lessons and change requests have no truth table
        (
            "adopt_layouts_tuning16",
            "TUNING_16_A",
            8,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance"},
        ),
        (
            "adopt_layouts_tuning16",
            "TUNING_16_B",
            7,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones",
             "finance"},
        ),
        # round 30's ordinary workbooks' leftovers (or30): the half tuned on and the half
        # kept untouched while tuning; the assembly and standards trackers have no truth
        (
            "adopt_layouts_tuning17",
            "TUNING_17_A",
            9,
            {"risks", "issues", "assumptions", "dependencies", "finance"},
        ),
        (
            "adopt_layouts_tuning17",
            "TUNING_17_B",
            9,
            {"risks", "assumptions", "dependencies", "milestones", "finance"},
        ),
        # round 30's funder and government reporting templates (gv30): the half tuned on
        # and the half kept untouched while tuning
        (
            "adopt_layouts_government",
            "GOV_TUNED",
            6,
            {"risks", "issues", "milestones", "finance"},
        ),
        (
            "adopt_layouts_government",
            "GOV_KEPT",
            6,
            {"issues", "milestones", "finance"},
        ),
        # round 30's structural leftovers (st30): the half tuned on and the half kept
        # untouched while tuning
        (
            "adopt_layouts_tuning18",
            "TUNING_18_A",
            12,
            {"risks", "issues", "dependencies", "decisions", "milestones", "finance"},
        ),
        ("adopt_layouts_tuning18", "TUNING_18_B", 6, {"risks", "issues", "dependencies", "finance"}),
        # round 30's quantitative workbooks (qt30): the half tuned on and the half kept
        # untouched while tuning; drawdown logs have no truth table
        (
            "adopt_layouts_quantitative",
            "QUANT_TUNED",
            11,
            {"risks", "issues", "milestones", "finance", "resources"},
        ),
        (
            "adopt_layouts_quantitative",
            "QUANT_KEPT",
            6,
            {"risks", "issues", "milestones", "finance"},
        ),
        # round 31's ordinary tuning batch (w50t), written by an engineer who does not tune
        (
            "adopt_layouts_tuning19",
            "TUNING_19",
            12,
            {"risks", "issues", "raid", "decisions", "dependencies", "finance", "resources",
             "milestones"},
        ),
        # round 31's supplier and consultancy reports by a writer who does not tune (w51t)
        (
            "adopt_layouts_tuning20",
            "TUNING_20",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # round 31's sparse and early-life workbooks (w52t), a tuning batch
        (
            "adopt_layouts_tuning21",
            "TUNING_21",
            12,
            {"risks", "issues", "assumptions", "dependencies", "decisions", "raid"}
            | {"milestones", "finance", "resources"},
        ),
        # round 31's thirteen languages (lg31): the half tuned on and the half kept
        # untouched while tuning
        ("adopt_layouts_tuning22", "TUNING_22_A", 8, {"risks", "issues", "decisions", "milestones"}),
        ("adopt_layouts_tuning22", "TUNING_22_B", 9, {"risks", "issues", "decisions", "milestones"}),
        # round 32's ordinary tuning batch (w56t): six registers, six trackers
        (
            "adopt_layouts_tuning23",
            "TUNING_23",
            12,
            {"risks", "issues", "dependencies", "decisions", "raid"}
            | {"milestones", "finance", "resources"},
        ),
        # round 32's finance trackers of every shape (w58t), a tuning batch
        ("adopt_layouts_tuning25", "TUNING_25", 12, {"finance"}),
        # round 33's finance trackers of every shape (w64t), a tuning batch
        ("adopt_layouts_tuning27", "TUNING_27", 12, {"finance"}),
        # round 33's second finance trackers of every shape (w69t), a tuning batch
        ("adopt_layouts_tuning29", "TUNING_29", 12, {"finance"}),
        # the fifty-fourth batch is SUPPLIER AND CONSULTANCY REPORTS (its writer's report):
        # six registers (a mixed RAID extract, risks, issues, decisions, dependencies, a
        # workbook of risks and issues sheets) and six trackers (three finance, a resource
        # plan, a payment milestone plan, a status pack with a milestones table)
        (
            "adopt_layouts_heldout54",
            "HELD_OUT_54",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # round 32's supplier and consultancy reports (w57t), a tuning batch
        (
            "adopt_layouts_tuning24",
            "TUNING_24",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions",
             "milestones", "finance", "resources"},
        ),
        # round 33's method-template workbooks (w65t), a tuning batch
        (
            "adopt_layouts_tuning28",
            "TUNING_28",
            12,
            {"risks", "issues", "raid", "assumptions", "decisions", "dependencies"}
            | {"finance", "resources", "milestones"},
        ),
        # round 33's supplier and consultancy reports (w63t), a tuning batch: a mixed RAID
        # extract, risks, issues, decisions, dependencies, a risks and issues workbook; three
        # finance trackers, a staffing plan, SOW milestones, a status pack
        (
            "adopt_layouts_tuning26",
            "TUNING_26",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # round 33's second supplier and consultancy reports (w70t), a tuning batch
        (
            "adopt_layouts_tuning30",
            "TUNING_30",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "milestones", "finance",
             "resources"},
        ),
        # the sixty-eighth batch is FINANCE TRACKERS OF EVERY SHAPE, round 34's final
        # measure (task w76): twelve finance trackers, no registers
        ("adopt_layouts_heldout68", "HELD_OUT_68", 12, {"finance"}),
        # the seventy-fifth batch is FINANCE TRACKERS OF EVERY SHAPE (w83): twelve trackers
        ("adopt_layouts_heldout75", "HELD_OUT_75", 12, {"finance"}),
        # the seventieth batch is SUPPLIER AND CONSULTANCY REPORTS, round 34's final
        # measure (task w78): six registers and six trackers
        (
            "adopt_layouts_heldout70",
            "HELD_OUT_70",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "finance"}
            | {"resources", "milestones"},
        ),
        # round 35's first-wave held-out measure (task w82): six registers and six trackers
        (
            "adopt_layouts_heldout74",
            "HELD_OUT_74",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # the seventy-eighth batch is FINANCE TRACKERS OF EVERY SHAPE (w86): twelve trackers
        ("adopt_layouts_heldout78", "HELD_OUT_78", 12, {"finance"}),
        # round 35's final held-out measure (task w87): six registers and six trackers
        (
            "adopt_layouts_heldout79",
            "HELD_OUT_79",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 35's second supplier held-out measure (task w88): six registers and six
        # trackers
        (
            "adopt_layouts_heldout80",
            "HELD_OUT_80",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 35's final languages held-out measure (task w91): six registers and six
        # trackers
        (
            "adopt_layouts_heldout83",
            "HELD_OUT_83",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 36's languages held-out measure (task w95): six registers and six trackers
        (
            "adopt_layouts_heldout87",
            "HELD_OUT_87",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 35's final supplier held-out measure (task w89): six registers and six trackers
        (
            "adopt_layouts_heldout81",
            "HELD_OUT_81",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 35's second final supplier held-out measure (task w90)
        (
            "adopt_layouts_heldout82",
            "HELD_OUT_82",
            12,
            {"raid", "risks", "issues", "dependencies", "assumptions", "decisions",
             "milestones", "finance", "resources"},
        ),
        # round 36's supplier held-out measure, the Americas, Africa and Asia (task w92)
        (
            "adopt_layouts_heldout84",
            "HELD_OUT_84",
            12,
            {"raid", "risks", "issues", "dependencies", "assumptions", "decisions",
             "milestones", "finance", "resources"},
        ),
        # round 36's supplier held-out measure, Europe and Oceania (task w93): six registers and
        # six trackers
        (
            "adopt_layouts_heldout85",
            "HELD_OUT_85",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 36's finance held-out measure (task w94): twelve finance trackers
        ("adopt_layouts_heldout86", "HELD_OUT_86", 12, {"finance"}),
        # round 36's contractors and integrators held-out measure (task w96): six registers
        # and six trackers
        (
            "adopt_layouts_heldout88",
            "HELD_OUT_88",
            12,
            {"raid", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "milestones"},
        ),
        # round 36's second finance held-out measure (task w98): twelve finance trackers
        ("adopt_layouts_heldout90", "HELD_OUT_90", 12, {"finance"}),
        # round 36's consultancy and agency held-out measure (task w97): six registers and six
        # trackers
        (
            "adopt_layouts_heldout89",
            "HELD_OUT_89",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 36's second languages held-out measure (task w99): six registers and six
        # trackers in twelve languages
        (
            "adopt_layouts_heldout91",
            "HELD_OUT_91",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 36's last supplier and consultancy held-out measure (task w100): six
        # registers and six trackers from twelve countries
        (
            "adopt_layouts_heldout92",
            "HELD_OUT_92",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 36's third finance held-out measure (task w101): twelve finance trackers
        ("adopt_layouts_heldout93", "HELD_OUT_93", 12, {"finance"}),
        # round 37's supplier and consultancy held-out measure for public-sector and
        # regulated clients (task w102): six registers and six trackers from twelve countries
        (
            "adopt_layouts_heldout94",
            "HELD_OUT_94",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 37's languages held-out measure (task w105): seven registers and five
        # trackers in twelve languages
        (
            "adopt_layouts_heldout97",
            "HELD_OUT_97",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 37's finance held-out measure (task w103): eleven finance trackers and a
        # change-control cost log read as the decisions
        ("adopt_layouts_heldout95", "HELD_OUT_95", 12, {"finance", "decisions"}),
        # round 37's supplier held-out measure of private mid-size companies (task w104):
        # six registers and six trackers from twelve countries
        (
            "adopt_layouts_heldout96",
            "HELD_OUT_96",
            12,
            {"raid", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 37's supplier held-out measure of large corporate and non-profit clients in
        # Asia, the Middle East, Africa and Latin America (task w106): six registers and six
        # trackers from twelve countries
        (
            "adopt_layouts_heldout98",
            "HELD_OUT_98",
            12,
            {"raid", "issues", "assumptions", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 37's second finance held-out measure (task w107): twelve finance trackers
        # from twelve countries
        ("adopt_layouts_heldout99", "HELD_OUT_99", 12, {"finance"}),
        # round 37's last held-out measure (task w108): supplier and consultancy reports of
        # any client, sector and country, six registers and six trackers from twelve countries
        (
            "adopt_layouts_heldout100",
            "HELD_OUT_100",
            12,
            {"raid", "issues", "assumptions", "dependencies", "decisions", "risks"}
            | {"finance", "resources", "milestones"},
        ),
        # round 37's last finance held-out measure (task w109): twelve finance trackers of
        # every shape from twelve countries
        ("adopt_layouts_heldout101", "HELD_OUT_101", 12, {"finance"}),
        # round 38's clean measure (task w110): supplier and consultancy reports of any
        # client, sector and country, six registers and six trackers from twelve countries
        (
            "adopt_layouts_heldout102",
            "HELD_OUT_102",
            12,
            {"raid", "issues", "assumptions", "dependencies", "decisions", "risks"}
            | {"finance", "resources", "milestones"},
        ),
        # round 38's finance held-out measure (task w111): twelve finance trackers of every
        # shape from twelve countries, imagined without any earlier batch for the format
        ("adopt_layouts_heldout103", "HELD_OUT_103", 12, {"finance"}),
        # round 38's held-out measure of ordinary workbooks (task w112): a mixed portfolio's
        # registers and trackers from twelve countries
        (
            "adopt_layouts_heldout104",
            "HELD_OUT_104",
            12,
            {"raid", "risks", "issues", "assumptions", "dependencies", "decisions"}
            | {"milestones", "resources", "finance"},
        ),
        # round 38's held-out measure (task w113): ordinary registers and trackers kept in
        # twelve languages
        (
            "adopt_layouts_heldout105",
            "HELD_OUT_105",
            12,
            {"risks", "decisions", "issues", "dependencies", "assumptions", "raid"}
            | {"milestones", "resources", "finance"},
        ),
        # round 38's plans, status reports and trackers held-out measure (task w114)
        (
            "adopt_layouts_heldout106",
            "HELD_OUT_106",
            12,
            {"milestones", "risks", "issues", "decisions", "resources", "finance"},
        ),
        # round 38's finance trackers held-out measure (task w116)
        ("adopt_layouts_heldout108", "HELD_OUT_108", 12, {"finance"}),
        # round 38's supplier and consultancy reports held-out measure (task w115)
        (
            "adopt_layouts_heldout107",
            "HELD_OUT_107",
            12,
            {"risks", "issues", "decisions", "dependencies", "assumptions"}
            | {"milestones", "resources", "finance"},
        ),
        # round 39's plans, status reports and trackers held-out measure (task w117)
        (
            "adopt_layouts_heldout109",
            "HELD_OUT_109",
            12,
            {"milestones", "raid", "issues", "decisions", "risks", "dependencies"}
            | {"resources", "finance"},
        ),
        # round 39's ordinary workbooks of a mixed portfolio held-out measure (task w118)
        (
            "adopt_layouts_heldout110",
            "HELD_OUT_110",
            12,
            {"risks", "issues", "decisions", "dependencies", "assumptions", "raid"}
            | {"milestones", "resources", "finance"},
        ),
        # round 39's held-out measure (task w119): ordinary registers and trackers kept in
        # twelve languages, ten of them little used by earlier batches
        (
            "adopt_layouts_heldout111",
            "HELD_OUT_111",
            12,
            {"risks", "issues", "decisions", "dependencies", "assumptions", "raid"}
            | {"milestones", "resources", "finance"},
        ),
        # round 39's tool exports and method templates held-out measure (task w120)
        (
            "adopt_layouts_heldout112",
            "HELD_OUT_112",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "assumptions"}
            | {"milestones", "finance"},
        ),
        # round 39's supplier and consultancy reports held-out measure (task w121)
        (
            "adopt_layouts_heldout113",
            "HELD_OUT_113",
            12,
            {"issues", "risks", "decisions", "dependencies", "assumptions"}
            | {"milestones", "finance", "resources"},
        ),
        # round 39's finance trackers of every shape held-out measure (task w122)
        ("adopt_layouts_heldout114", "HELD_OUT_114", 12, {"finance"}),
        # round 40's ordinary workbooks of a mixed portfolio held-out measure (task w126)
        (
            "adopt_layouts_heldout118",
            "HELD_OUT_118",
            12,
            {"raid", "risks", "issues", "decisions", "dependencies", "assumptions"}
            | {"milestones", "finance", "resources"},
        ),
        # round 40's finance trackers of every shape held-out measure (task w125)
        ("adopt_layouts_heldout117", "HELD_OUT_117", 12, {"finance"}),
        # round 40's ordinary workbooks in other languages held-out measure (task w123)
        (
            "adopt_layouts_heldout115",
            "HELD_OUT_115",
            12,
            {"risks", "decisions", "issues", "milestones", "raid", "dependencies"}
            | {"assumptions", "finance", "resources"},
        ),
        # round 40's supplier and consultancy reports held-out measure (task w124)
        (
            "adopt_layouts_heldout116",
            "HELD_OUT_116",
            12,
            {"risks", "issues", "decisions", "dependencies", "assumptions"}
            | {"milestones", "finance", "resources"},
        ),
        # round 40's tool exports and method templates held-out measure (task w127)
        (
            "adopt_layouts_heldout119",
            "HELD_OUT_119",
            12,
            {"issues", "risks", "milestones", "iterations", "resources", "decisions"}
            | {"dependencies", "assumptions", "finance"},
        ),
        # round 40's plans, status reports and trackers held-out measure (task w128)
        (
            "adopt_layouts_heldout120",
            "HELD_OUT_120",
            12,
            {"milestones", "resources", "finance", "risks", "issues", "decisions"}
            | {"dependencies"},
        ),
        # round 41's ordinary workbooks in other languages held-out measure (task w129)
        (
            "adopt_layouts_heldout121",
            "HELD_OUT_121",
            12,
            {"risks", "issues", "decisions", "dependencies", "milestones", "assumptions"}
            | {"raid", "finance", "resources"},
        ),
        # round 41's supplier and consultancy reports held-out measure (task w130)
        (
            "adopt_layouts_heldout122",
            "HELD_OUT_122",
            12,
            {"risks", "issues", "decisions", "dependencies", "assumptions"}
            | {"milestones", "finance", "resources"},
        ),
        # round 41's finance held-out measure (task w131): twelve finance trackers
        ("adopt_layouts_heldout123", "HELD_OUT_123", 12, {"finance"}),
        # round 41's tool exports and method templates held-out measure (task w132): nine
        # registers and three trackers (audited, a136: the V-Modell change request list is
        # no register, so eight)
        (
            "adopt_layouts_heldout124",
            "HELD_OUT_124",
            12,
            {"risks", "issues", "dependencies", "decisions", "assumptions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 41's plans, status reports and trackers held-out measure (task w134)
        (
            "adopt_layouts_heldout126",
            "HELD_OUT_126",
            12,
            {"risks", "issues", "dependencies", "decisions"}
            | {"finance", "resources", "milestones"},
        ),
        # round 41's ordinary workbooks of a mixed portfolio held-out measure (task w133):
        # a religious congregation's provinces, ten registers and two trackers
        (
            "adopt_layouts_heldout125",
            "HELD_OUT_125",
            12,
            {"raid", "risks", "issues", "dependencies", "decisions", "assumptions"}
            | {"finance", "resources", "milestones"},
        ),
    ],
)  # fmt: skip
def test_held_out_batch_builds_and_its_truth_is_consistent(
    tmp_path: Path, module: str, batch: str, at_least: int, registers: set[str]
) -> None:
    """Each held-out batch builds at seed 2026, as the scorer seeds it, and its truth holds
    together by the one shared check (``adopt_truth.check_truth``). Not a score floor: the
    held-out floors are asserted by totals only, below."""
    import importlib

    from adopt_truth import check_truth

    layouts = getattr(importlib.import_module(module), batch)
    assert len(layouts) >= at_least
    assert len({layout.name for layout in layouts}) == len(layouts)
    kinds: set[str] = set()
    for n, layout in enumerate(layouts):
        built = layout.build(tmp_path, random.Random(2026 * 1000 + n))  # as the scorer seeds
        assert built.path.is_file(), layout.name
        assert built.tables or layout.name in AUDITED_AS_NO_REGISTER, layout.name
        assert check_truth(built) == [], layout.name
        kinds |= {table.register for table in built.tables}
    assert kinds >= registers


def test_fourth_held_out_truth_check_names_what_does_not_hold(tmp_path: Path) -> None:
    """The consistency check can fail: a fact beyond the counts, a truth column over an
    empty header cell and two facts for one value are each named."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout4 import wrike_issue_folder
    from adopt_truth import check_truth

    built = wrike_issue_folder(tmp_path, random.Random(1))
    n = built.tables[0].counts["issues"]
    built.values.append(ValueFact("issues", n, "owner", "Tom Walsh"))
    built.values.append(built.values[0])
    built.tables[0].columns["Z"] = "status"
    problems = check_truth(built)
    assert f"issues[{n}].owner: no such item in the counts" in problems
    assert "Issue tracker!Z1: truth column has no header" in problems
    assert any("two facts for one value" in p for p in problems)


def test_fifth_held_out_truth_check_names_what_does_not_hold(tmp_path: Path) -> None:
    """The consistency check can fail: a fact beyond the counts, a field the standard has
    not, a truth column over an empty header cell or naming no standard column, and two
    facts for one value are each named."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout5 import listobject_issue_log_totals
    from adopt_truth import check_truth

    built = listobject_issue_log_totals(tmp_path, random.Random(1))
    assert check_truth(built) == []
    n = built.tables[0].counts["issues"]
    built.values.append(ValueFact("issues", n, "owner", "Tom Walsh"))
    built.values.append(ValueFact("issues", 0, "validate_by", date(2026, 3, 1)))
    built.values.append(built.values[0])
    built.tables[0].columns["Z"] = "status"
    built.tables[0].columns["A"] = "need_by"
    problems = check_truth(built)
    assert f"issues[{n}].owner: no such item in the counts" in problems
    assert "issues.validate_by: no such field" in problems
    assert "Issues!Z3: truth column has no header" in problems
    assert "Issues!A: 'need_by' is no column of issues" in problems
    assert any("two facts for one value" in p for p in problems)


def test_sixth_held_out_truth_check_names_two_tables_on_one_row(tmp_path: Path) -> None:
    """The check names two truth tables of one sheet on the same header row (the scorer
    could not tell them apart) and a fact beyond the counts."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout6 import risks_issues_side_by_side
    from adopt_truth import check_truth

    built = risks_issues_side_by_side(tmp_path, random.Random(1))
    assert check_truth(built) == []
    built.tables[1].header_row = built.tables[0].header_row
    n = built.tables[0].counts["risks"]
    built.values.append(ValueFact("risks", n, "owner", "Tom Walsh"))
    problems = check_truth(built)
    assert f"RAID!row {built.tables[0].header_row}: two truth tables" in problems
    assert f"risks[{n}].owner: no such item in the counts" in problems


# Every batch's floor at seed 2026 (audited truth): its layouts, its facts, the facts it
# must keep. One test per batch, so the suite's workers share them.
BATCH_FLOORS: list[tuple[list[Layout], int, int]] = [
    (HELD_OUT_6, 832, 832),
    (HELD_OUT_7, 977, 973),  # round 14: a tracker across spacer columns; round 17: a
    # stage-gate tracker written across, read transposed
    # round 17: an audit's Observation; round 31 (k51): `Invoiced` is an actual, and beside
    # `Accrued | Actual incl. accruals` the leftmost of two equal readings won, so a cost
    # tracker with accruals lost its actuals (14 facts); round 32 (lf32): a header naming
    # the field by its own word wins such a tie (1029 -> 1043)
    (HELD_OUT_8, 1044, 1043),
    (HELD_OUT_9, 648, 648),
    (HELD_OUT_10, 710, 709),  # round 16: a next-review date; round 17: GUIDs no ID
    (HELD_OUT_11, 665, 665),  # round 14: finance, registers, columns and values
    (HELD_OUT_12, 678, 678),  # tuning since round 15: 575 when promoted; round 17: №
    (HELD_OUT_13, 855, 855),  # tuning since round 15: 694 when promoted
    (HELD_OUT_14, 703, 701),  # tuning since round 16: 435 when promoted; 701 round 17
    (HELD_OUT_15, 691, 691),  # tuning since round 16: 367 when promoted; round 17: pivot
    # tuning since round 17: 488 when promoted; round 17: plans of several row kinds
    # (TeamGantt, MS Project's usage view) and registers told by their fields
    (HELD_OUT_16, 604, 604),
    # tuning since round 18: 523 when promoted (and before round 17); round 18: a gate
    # plan under decision words, finance blocks read once, a person column by its
    # names, Quickbase's Record ID#, a complete vocabulary in 53 languages, a decision
    # log and unread columns read from their values; round 20: months in Roman numerals
    (HELD_OUT_17, 646, 645),
    # tuning since round 19: 483 when promoted (before and after round 18); round 19:
    # dates and month labels in a national calendar era (the ROC years of a Taiwan budget);
    # round 20: a measure column's unknown word, codes with names as lines, Feber, a plan
    # in days by its figures, Responsibility; a decision taken by, a RAG panel's Budget,
    # Plazo
    (HELD_OUT_18, 612, 612),  # round 23: a notes column of repeated remarks
    # tuning since round 20: 641 when promoted (637 before round 18); round 20: measure
    # rows, a plan in (h), a capital plan's title; a dependency's contact by its people,
    # Risico as At Risk, an overall RAG written A
    (HELD_OUT_19, 717, 717),
    # tuning since round 21 (held out in round 20: 527, 494 and 475 after it); round 21:
    # finance groups, multiples before the currency, measure markers, guidance rows, a
    # spacer column before a register's first columns
    # round 22: a resource's type gives way to the role beside it (Tempus)
    # round 23: Swedish validate-by and invalid, a Hungarian gate and at risk
    (HELD_OUT_20, 715, 705),
    # round 22: a tool's workflow states read by their category (Shortcut's state);
    # Mongolian words (the RAID log) and the others of ten languages beyond the 53
    (HELD_OUT_21, 634, 629),  # round 23: stock remarks, a currency in words
    (HELD_OUT_22, 544, 544),
    # tuning since round 22 (held out in round 21: 391 before and after it); round 22:
    # an issue log told by its items' life, a milestone plan by its values, a label
    # ending with total, MD as days, Slavic date-of-entry and time-category words;
    # Mongolian among ten languages beyond the 53
    (HELD_OUT_23, 489, 489),  # round 23: Canadian dollars, Slovak Rola
    # tuning since the end of round 22 (held out in it: 456 before and after, 323 -> 391)
    # 496 after round 22's last hour (t23a); round 23: stacked blocks as tables, stock
    # remarks, Planner's random key
    (HELD_OUT_24, 502, 502),
    # round 22's last hour: t23b (months across a spacer, orçamentado, Tamil and
    # Azerbaijani date words, pre-mitigated, Tuleap's fields, Quebec French: 391 -> 467)
    # and t23c (Amharic: the Ethiopian assumption log 0 -> 53/53): 520 merged
    (HELD_OUT_25, 523, 520),
    # tuning since the end of round 23's first wave (held out in it: 398, 214 and 581
    # before and after it); round 23's last hour: t25a (a note under a register, months
    # merged over Budget/Actual, a status report's monthly copies, an old column: 398 ->
    # 476, 581 -> 601), t25b (long resource exports, a RAG strip: 214 -> 278) and t25c
    # (Burmese, Lao, Malagasy, Tajik, scripts without spaces: -> 407 alone; 471 merged)
    (HELD_OUT_26, 518, 511),  # round 32 (lf32): an Airtable finance's tied cost line
    (HELD_OUT_27, 482, 471),
    (HELD_OUT_28, 602, 601),
    # tuning since the end of round 24's first wave (held out in it: 414, 246 and 515
    # before it; 414, 330 and 515 after it, the thirtieth's gain Kyrgyz and Hausa read);
    # round 24's last hour: t26a (the cost line that tells lines apart, a currency after
    # a header's words, counted months under dates, a titled summary: 515 -> 618) and
    # t26b (Shona, Haitian Creole, Faroese, resource plans in hours: 330 -> 418)
    (HELD_OUT_29, 453, 449),  # round 26's last hour: a Planner export's Tasks sheet (t28b)
    (HELD_OUT_30, 425, 418),
    (HELD_OUT_31, 628, 618),
    # tuning since the end of round 25's first wave (held out in it: 450, 300 and 550
    # before it and after it); its last hour: the thirty-third 300 -> 452 (t27b's tools,
    # t27c's Setswana, Chichewa, Sesotho, t27d's Mauritian Creole, Samoan, Guarani), the
    # thirty-fourth 550 -> 717 (t27a: short RAID types, fiscal periods year first, short
    # measure words, a mixed log's item texts)
    (HELD_OUT_32, 455, 450),
    (HELD_OUT_33, 483, 464),  # round 26's t26: Guarani, Samoan status labels
    (HELD_OUT_34, 726, 721),  # round 26's t26: `Dec` rows, short title-block labels
    # tuning since the end of round 26's first wave (held out in it: 421, 471 and 439
    # before it and after it); its last hour: every fact of the three (t28a: finance
    # trackers written long, A/F flags; t28b: English tools; t28c: the major business
    # languages; t28d: the thirty-sixth's languages; t28e: titles in every language)
    (HELD_OUT_35, 499, 499),
    (HELD_OUT_36, 545, 545),
    (HELD_OUT_37, 535, 535),
    (TUNING_6, 590, 590),  # round 13's own tuning batch: every fact, after its mechanisms
    # round 14's own tuning batch: every fact since round 15 read the FTE and hours plans
    # in days by the fte_days and hours_per_day readings (docs/adopt.md, "Round 15")
    (TUNING_7, 425, 425),
    # round 20's own tuning batch: 368 before round 20, every fact after its mechanisms
    (TUNING_8, 462, 462),
    # round 20's own tuning batch of trackers: 546 before its mechanisms (block headings,
    # calendar week numbers, an hours equation either way round, a period-end report date)
    (TUNING_9, 604, 604),
    # round 20's register tuning batch (t20e): 404 before its mechanisms, 486 after them,
    # 483 once the lead took out the status column kept beside workflow states (Jama)
    (TUNING_10, 486, 483),
    # round 20's tuning batch of ordinary English workbooks: 488 before its mechanisms
    # (a status block's RAG letter, a Budget label's RAG word), every fact after
    (TUNING_11, 490, 490),
    # round 27's well-worn workbooks: the half tuned on, 232 before its rules, every
    # fact after; the half kept untouched while tuning, 161 before, 175 after
    (WORN_TUNED, 279, 279),
    (WORN_KEPT, 185, 175),
    # round 28's converted and pasted workbooks: the half tuned on, 201 before its rules,
    # every fact after; the half kept untouched while tuning, 207 before, every fact after
    (CONVERTED_TUNED, 240, 240),
    (CONVERTED_KEPT, 225, 225),
    # round 27's three batches, tuning in its last hour (before the round: 392, 292 and
    # 425; after its first wave: 392, 346 and 467; after its last hour: t29a's tool
    # export, example row and category headings, t29b's trackers, t29c's registers)
    (HELD_OUT_38, 477, 476),
    (HELD_OUT_39, 506, 506),
    (HELD_OUT_40, 478, 478),
    # round 28's three, promoted after its first wave: ordinary English, converted and
    # pasted, print-ready (294, 340, 570 before its last hour)
    (HELD_OUT_41, 345, 345),  # round 29 (or29): its MYOB report, a month's accounts
    (HELD_OUT_42, 395, 395),
    (HELD_OUT_43, 725, 725),
    # round 29's three, promoted after its first wave: ordinary English, hand-built Excel
    # tools, regional conventions (445, 486 and 363 before the round; 445, 486 and 387
    # after its first wave); after its last hour: the forty-fourth 467 (t31a's registers),
    # then 489 facts -> 483 by the lead's gate correction and 456 -> more by t31b's
    # trackers (Tally's one-month Debit / Credit report, Key messages as the status
    # summary); the forty-fifth 488 (t31c); the forty-sixth 393 (t31c) and 397 once the
    # lead mended three of its column targets; the forty-fourth 479/479 once the lead took
    # the orchid's typed score out of its truth (SPEC recomputes a score)
    (HELD_OUT_44, 479, 479),
    (HELD_OUT_45, 488, 488),
    (HELD_OUT_46, 397, 397),
    # round 29's hand-built Excel tools (task xl29): the half tuned on, 352 before its
    # rules, every fact after; the half kept untouched while tuning, 250 before and after
    (TOOLS_TUNED, 368, 368),
    (TOOLS_KEPT, 255, 254),  # 254 after round 29's last hour (t31c)
    # round 28's print-ready workbooks: the half tuned on, 327 before its rules, every
    # fact after; the half kept untouched while tuning, 138 before, 261 after
    (PRINT_TUNED, 563, 563),
    (PRINT_KEPT, 279, 261),
    # round 28's tool exports and template habits (or28): the half tuned on, 237 before
    # its rules, every fact after; the half kept untouched while tuning, 292 before, 350
    # after
    (TUNING_12_A, 464, 464),
    (TUNING_12_B, 404, 382),
    # round 29's regional conventions (rc29): the half tuned on, 200 before its rules,
    # every fact after; the half kept untouched while tuning, 151 before, 175 after the
    # rules tuned on the other half, 183 after a rule a probe of the brief's forms asked
    # (``Rs 1.2 Cr``), a form this half holds too (so 183 is no clean measure)
    (REGIONAL_TUNED, 238, 238),
    (REGIONAL_KEPT, 189, 183),
    # round 29's ordinary workbooks' recurring losses (or29): the half tuned on, 293
    # before its rules; the half kept untouched while tuning, 273 before, 310 after;
    # 324 after the last hour's t31b (one-month report forms: no clean measure, as
    # or29's own docs named the forms this half holds)
    (TUNING_13_A, 357, 357),
    (TUNING_13_B, 358, 324),
    # round 29's structural and language leftovers (p29): the half tuned on, 251 before
    # its rules, every fact after; the half kept untouched while tuning, 223 before, 259
    # after
    (TUNING_14_A, 305, 305),
    (TUNING_14_B, 260, 259),
    # round 29's register words in the wild (dr29): the half tuned on, 404 before its
    # rules, every fact after; the half kept untouched while tuning, 299 before, 323 after
    # (427 and 320 of 322 once the lead took back `Committed` as On Track: round 11's
    # two readings, no fact)
    (TUNING_15_A, 427, 427),
    (TUNING_15_B, 322, 320),
    # round 29's multi-register workbooks (mt29): the half tuned on, 583 before its
    # rules, every fact after; the half kept untouched while tuning, 425 before, every
    # fact after
    (TUNING_16_A, 622, 622),
    (TUNING_16_B, 444, 444),
    # round 30's ordinary workbooks' leftovers (or30): the half tuned on, 149 of 217 before
    # its rules, every fact after (212: a bare `Date` beside risks is the raised or the due
    # date, no value fact); the half kept untouched while tuning, 162 before, 192 after
    (TUNING_17_A, 212, 212),
    (TUNING_17_B, 216, 216),  # round 31 (lf31): read and tuned on, every fact; no measure
    # round 30's funder and government reporting templates (gv30): the half tuned on, 158
    # before its rules, every fact after; the half kept untouched while tuning, 35 before,
    # 101 after; read and tuned on in round 30's last hour (t32b): 290, no longer kept
    (GOV_TUNED, 385, 385),
    (GOV_KEPT, 307, 307),  # round 31 (lf31): the procurement plan read, every fact
    # round 30's structural leftovers (st30): the half tuned on, 526 before its rules,
    # every fact after; the half kept untouched while tuning, 184 before, 220 after
    (TUNING_18_A, 605, 605),
    (TUNING_18_B, 288, 288),  # round 31 (lf31): read and tuned on, every fact; no measure
    # round 30's quantitative workbooks (qt30): the half tuned on, 411 before its rules,
    # every fact after; the half kept untouched while tuning, 222 before, every fact after
    (QUANT_TUNED, 438, 438),
    (QUANT_KEPT, 247, 247),
    # round 30's three held-out batches, written and audited by engineers who do not tune,
    # scored before the round (471 / 448 / 438 of 488 / 512 / 474) and after its first wave
    # (the same), then promoted to tuning for its last hour; the forty-seventh every fact
    # after the last hour's rules (t32a: an expenses report, a task export's `Users`)
    (HELD_OUT_47, 488, 488),
    # the forty-eighth: every fact after round 30's last hour (t32b)
    (HELD_OUT_48, 512, 512),
    # round 30's last hour (t32c): the forty-ninth batch's misses mended, every fact
    (HELD_OUT_49, 474, 474),
    # round 31's fiftieth batch (ordinary), promoted after scoring: 364 of 366 before the
    # round and after its first wave; every fact after round 31's last hour (t33a: its two
    # trackers' finance counts mended, a writer's slip)
    (HELD_OUT_50, 366, 366),
    # round 31's fifty-second batch (sparse and early-life), promoted after scoring: 262 of
    # 285 before the round, 272 after k52's placeholder rows, 267 after the whole first
    # wave (k51's `Actual this month` as an amount left a one-month report with no month),
    # 282 after its last hour (t33c: a row of prompts, a lists sheet, a one-month cost
    # report, no amount yet, TBD rows)
    (HELD_OUT_52, 285, 282),
    # round 31's fifty-first batch (supplier and consultancy reports), promoted after
    # scoring: 385 of 407 before the round, 405 after its first wave (k51's tuning on
    # another writer's batch of the kind), every fact after t33b (the SOW payment plan's
    # `Accepted on`, a milestone's date met)
    (HELD_OUT_51, 407, 407),
    # round 31's ordinary tuning batch (w50t), tuned on by k50: 401 of 403 before (a
    # highlight report's `Commentary` and `All figures in GBP`), every fact after
    (TUNING_19, 403, 403),
    # round 31's sparse and early-life workbooks by a writer who does not tune (k52):
    # 268 before its rules (an `Example - Travel` line, `[Milestone]` placeholder rows),
    # every fact after (a budget with its first month filled, placeholders, dash examples)
    (TUNING_21, 270, 270),
    # round 31's thirteen languages (lg31): the half tuned on, 63 of 316 before its words
    # and rules, every fact after; the half kept untouched while tuning, 99 of 300 before,
    # 270 after; read and tuned on in round 31's last hour (t33a: a named register's
    # two-word item texts, Bambara `Don`: 299), the two-word rule withdrawn at the merge
    # (it adopted contacts lists and legends as items): 270; it measures nothing since
    (TUNING_22_A, 316, 316),
    (TUNING_22_B, 300, 270),
    # round 31's supplier and consultancy reports by a writer who does not tune (k51): 322
    # before its rules, 396 after (the RAID log's `Supplier owner` read as a dependency's
    # counterparty owner, a reading the truth does not list: docs/adopt.md)
    (TUNING_20, 397, 396),
    # round 32's ordinary tuning batch (w56t), tuned on by k56: 388 of 393 before (the lime
    # kiln's `Actual` columns under months typed once over their pairs), 391 after; the two
    # left was a truth reading (`Task ID` left out; the bare `($)` as USD was removed by the lead: docs/adopt.md)
    (TUNING_23, 392, 391),
    # round 32's supplier and consultancy reports by a second writer who does not tune
    # (k57): 378 before its rules, 395 after (six facts are two-way readings the rules
    # leave: an owner's company in brackets kept whole by the truth, a milestone `RAG` read
    # as the status; docs/adopt.md)
    (TUNING_24, 401, 395),
    # round 32's finance trackers by a writer who does not tune (w58t), tuned on by k58:
    # 363 of 395 before (a Visma expenses list in Norwegian not found, Fortnox's `Utfall`,
    # an accruals tracker's `Total actual`, `All figures AUD`), every fact after (two
    # register counts audited: a blank month cell is no line)
    (TUNING_25, 395, 395),
    # round 31's fifty-fifth batch (sparse and early-life, round 31's final measure),
    # promoted after scoring: 225 of 248 on the code before round 31, 238 on round 31's
    # final code and after round 32's first wave; every fact after round 32's last hour
    # (t34d: a spend log's months written ahead, `-` for nothing spent, a one-word summary)
    (HELD_OUT_55, 248, 248),
    # the fifty-fourth batch (supplier and consultancy reports), round 31's final measure
    # promoted to tuning in round 32's last hour (t34b): 330 of 345 on round 32's first
    # wave, 344 after (a valuation's bare `Period ending`, a decision log's `Dec #`, an
    # `Invoice status`); the one left is a milestone `RAG` the truth leaves out, where
    # earlier batches' truth takes it as the status or leaves it (docs/adopt.md)
    (list(HELD_OUT_54), 345, 344),
    # round 31's fifty-third batch (ordinary), promoted after scoring: 343 of 419 before
    # round 31, 348 after it and after round 32's first wave; every fact after round 32's
    # last hour (t34a: a line and its measure with a mark between, `Electrical - Budget`;
    # a one-period expense report's `Category` as its lines; a bare `Date` before a risk's
    # text as the day it was logged)
    (HELD_OUT_53, 419, 419),
    # the fifty-sixth batch (finance trackers), promoted to tuning after round 32's first
    # wave and tuned on in its last hour (t34c): 400 of 433 after the first wave, 432 after
    # (a SunSystems extract's `2026/003` periods and `Ledger` A / B legend, `EUR` alone under
    # a title; the palm oil truth's CAPEX / OPEX mended to the standards' CapEx / OpEx); the
    # one fact left, the extract's `Amount` column as left out, is the truth's reading
    (HELD_OUT_56, 433, 432),
    # round 33's method-template workbooks by a writer who does not tune (w65t), tuned on
    # by k61: 506 of 512 before, every fact after; the six were a truth slip (the gate
    # plan's `Gate 0` .. `Gate 5` as the gate's name, where SPEC's Gate is Y/N), audited
    (TUNING_28, 512, 512),
    # round 33's supplier and consultancy reports by a third writer who does not tune (w63t),
    # tuned on by k59: 366 of 402 before (a US pay application's continuation sheet not
    # adopted, `Owner (party)` read as the owner, `Fix / workaround`, `Drawing ref` as the
    # ID, `(€ ex VAT)`), 400 after; the two left are `No.` 1.. read as the ID where the
    # truth leaves it out (earlier audits took it as the ID or nothing; docs/adopt.md). Two
    # facts audited away: `Safety` (no standard category) and USD from a bare `($)`
    (TUNING_26, 402, 400),
    # round 33's finance trackers by a writer who does not tune (w64t), tuned on by k60:
    # 340 of 453 before (a sheet per month named by its month, Agresso's `Period` 202604 as
    # a number, a rolling forecast's `Apr-26 A` flags, CMiC's `Revised Budget`; the clinic's
    # `Notes` audited: the standard Notes column or left out), every fact after
    (TUNING_27, 453, 453),
    # round 33's second finance trackers by a writer who does not tune, tuned on by k62:
    # 436 of 485 before (a workbook of one sheet per month, `Janv. 2026`, with a French
    # `Ligne budgétaire`: no table found), every fact after (a sheet named by its month
    # gives its lines that month; a budget line in the major languages is the cost line)
    (TUNING_29, 485, 485),
    # round 33's second supplier and consultancy reports by a writer who does not tune,
    # tuned on by k63: 314 of 365 before (a contractor's valuations down behind `Val. No.`
    # and a T&M backup's `Days | Day rate (USD) | Amount (USD)` not adopted, a `Supplier
    # comment` read as a counterparty), 364 after; the one left is a milestone `RAG` read
    # as the status, which the truth leaves out (docs/adopt.md)
    (TUNING_30, 365, 364),
    # the fifty-eighth batch (supplier and consultancy reports), promoted to tuning after
    # round 33's first wave and tuned on in its last hour (t35b): 316 of 354 after the first
    # wave, 353 after (a valuation history's sections summed in `Gross this period`, a
    # consultancy's invoices by `Grade` with their `Fee ex VAT (USD)`, a SOW milestone
    # `Accepted`); the one left is the quinoa log's `Provider` read as the counterparty
    # owner, where the audited truth takes the counterparty project or nothing
    (HELD_OUT_58, 354, 353),
    # the fifty-ninth batch (finance trackers), promoted to tuning after round 33's first
    # wave and tuned on in its last hour (t35c): 397 of 419 before (a Swedish months-down
    # tracker on a sheet named `Utfall` under `Belopp i SEK`: no money said in English;
    # `Budget CHF` / `Ist CHF` headers: no currency), every fact after
    (HELD_OUT_59, 419, 419),
    # round 34 (k65): the sixty-first batch (finance trackers, round 33's held-out, 367/434
    # on its final code), promoted and tuned on: an ERP's activity beside a cost element
    # of standard categories, commitments among a long export's measures, `Proyección`
    (HELD_OUT_61, 434, 434),
    # the sixty-fourth batch (supplier and consultancy reports), round 33's held-out,
    # promoted to tuning for round 34 (k66): 376 of 404 before (a months-down cost report
    # whose long title says `Actual cost by month (JPY, excl. ...)` read as budget; a SOW's
    # `MS` over `M1`.. beside `Deliverable` read as the milestone's name), every fact after
    (HELD_OUT_64, 404, 404),
    # the sixtieth batch (supplier and consultancy reports), round 33's held-out, promoted
    # to tuning for round 34 and tuned on (k64): 248 of 308 on round 33's final code (a
    # shipyard's `TQ Log` and a `Supplier invoice register` not adopted, `MS` over `M1`
    # read as the milestone's text, a risk's `S` beside its `L` left out), every fact after
    (HELD_OUT_60, 308, 308),
    # the sixty-fifth batch (supplier and consultancy reports), round 34's held-out,
    # promoted to tuning for round 34's last hour (t36a): 391 of 421 before the round, 399
    # after its first wave (an invoice log's `Taxable value (₹)` read as no amount, so no
    # finance table), every fact after
    (HELD_OUT_65, 421, 421),
    # the sixty-ninth batch (ordinary workbooks in other languages), round 34's held-out,
    # promoted to tuning for round 34's last hour (t36c): 334 of 402 before (a Finnish
    # one-month snapshot's `Kausi:` period and `Ennuste`, a Czech long table's `Období`, a
    # Japanese staffing plan, a Turkish RAG panel and `Revize`, a Spanish `Fecha alta`),
    # every fact after
    (HELD_OUT_69, 402, 402),
    # the sixty-eighth batch (finance trackers), round 34's held-out, promoted to tuning
    # for round 34's last hour (t36b): 376 of 440 before (a latest estimate's row of A / F
    # flags UNDER the months, its `Actual / Forecast` rows read as actuals every month and
    # its Budget rows lost), every fact after
    (HELD_OUT_68, 440, 440),
    # the seventieth batch (supplier and consultancy reports), round 34's end measure,
    # promoted to tuning for round 35 (t37a): 281 of 348 before (a vendor's ticket export
    # and a supplier invoice log refused whole, `C` beside `P` and a milestone table's
    # `Contract` dates unread); 338 of 346 after (two unlisted currencies' facts removed:
    # round 35's docs say which cells are left)
    (HELD_OUT_70, 346, 338),
    # the seventy-first batch (finance trackers), round 34's end measure, promoted to
    # tuning for round 35 (t37b): 459 of 472 on round 34's final code (a builder's budget
    # export's `Builder Budget`, a qualifier before the measure word, read as nothing),
    # every fact after
    (HELD_OUT_71, 472, 472),
    # the seventy-second batch (ordinary workbooks in other languages), round 34's end
    # measure, promoted to tuning for round 35 (t37c): 288 of 301 before (an Italian
    # decision's `Decisa da`, a Polish dependency's `Wymagana data` and its feminine
    # `Zagrożona` / `Dostarczona`, a Finnish `Raportointipäivä`), every fact after
    (HELD_OUT_72, 301, 301),
    # the seventy-third batch (supplier and consultancy reports), round 35's first-wave
    # held-out, promoted to tuning for its second wave (t38a): 350 of 427 after the first
    # wave (a client-supplied items schedule refused whole, a cash flow's `Contract` rows
    # unread, a `Programme` RAG and two currencies); 426 after (the boatyard's `Action
    # taken` read as the resolution, which the truth leaves out)
    (HELD_OUT_73, 427, 426),
    # the seventy-sixth batch (ordinary workbooks in other languages), round 35's first-wave
    # held-out, promoted to tuning for its second wave (t38d): 368 of 397 before (a Czech
    # month's `Plán`, a Portuguese expense list's `Valor (€)`, a Brazilian status report's
    # `Data reprogramada` and `Prazo`), every fact after
    (HELD_OUT_76, 397, 397),
    # the seventy-fifth batch (finance trackers of every shape), round 35's first-wave
    # held-out, promoted to tuning for its second wave (t38c): 401 of 437 before (`Bud |
    # Act | Fcst` under month DATE cells read as one budget, a grant's `Expended` unread,
    # a long table's `Comment` / `Notes` / `Remarks` mapped to the Notes where the truth
    # said left out: a writer's slip mended), every fact after
    (HELD_OUT_75, 437, 437),
    # the seventy-fourth batch (supplier and consultancy reports), round 35's first-wave
    # held-out, promoted to tuning for its second wave (t38b): 373 of 394 before (a fee
    # tracker's `Budget fees CHF excl. VAT`, a `Prio` of codes under its key line, `Client
    # HR (M. Keller)` cut to the team); 393 after (an interface tracker's `Contact` read as
    # the counterparty's owner where the truth leaves it out: round 35's docs say why)
    (HELD_OUT_74, 394, 393),
    # the eightieth batch (supplier and consultancy reports), round 35's end measure,
    # promoted to tuning for its third wave (t39c): 355 of 397 before (a supplier
    # deliverables register's `Needed on site` / `Supplier promise` unread, an invoice log's
    # `Fee ex GST (AUD)` currency outvoted by a `GST` read as a month, two fee trackers'
    # finance counts written per measure: a writer's slip mended), every fact after
    (HELD_OUT_80, 397, 397),
    # the seventy-ninth batch (ordinary workbooks in other languages), round 35's end
    # measure, promoted to tuning for its third wave (t39b): 395 of 451 before (a Brazilian
    # `Pendência` title column unread, the issue list refused whole; a Finnish status
    # report's bare `Päivämäärä`); 429 after. The French register's 1-4 scales then lost
    # their twelve values (the lead: round 11's rule, as the eighty-third batch's audit
    # ruled), 451 -> 439 facts. Left: the German `Wagner, Theresa` the truth keeps surname
    # first, the Dutch decision log's `Toelichting` (rationale, read as notes)
    (HELD_OUT_79, 439, 429),
    # round 35's third wave (t39a): the seventy-seventh batch (supplier and consultancy
    # reports), 318 of 341 before; a payment certificate's `Valuation` month cells read as
    # the month, a RAID extract's `Side` (Client / Supplier) no category; its `ZAR`
    # currency fact then taken out by the lead (not on the standards' list: adoption
    # reports it, as round 34's truths rule unlisted codes), 341 -> 340 facts
    (HELD_OUT_77, 340, 340),
]


@pytest.mark.parametrize(
    ("layouts", "total_expected", "floor"),
    BATCH_FLOORS,
    ids=[batch[0][0].name for batch in BATCH_FLOORS],
)
def test_held_out_batches_do_not_fall_below_their_recorded_totals(
    layouts: list[Layout], total_expected: int, floor: int, tmp_path: Path
) -> None:
    """Every batch keeps a floor at seed 2026 (audited truth), so a change that loses facts
    fails here. Held-out batches would be asserted by totals only (their misses not read);
    none is in this list today: the sixth to ninth are tuning batches since round 13, the
    tenth and eleventh since round 14, the twelfth and thirteenth since round 15, the
    fourteenth and fifteenth since round 16 (floored at their totals after round 15, when
    they were still held out), the sixteenth since round 17 (floored at its total after
    round 16), the seventeenth since round 18 (floored at its total after round 17), the
    eighteenth since round 19 (floored at its total after round 18), the nineteenth since
    round 20 (floored at its total after round 19), the twentieth to twenty-second since
    round 21 (floored at their totals after round 20), the twenty-third since round 22
    (floored at its total after round 21), the twenty-fourth and twenty-fifth since the end of
    round 22 (floored at their totals after it), the twenty-sixth to twenty-eighth since the
    end of round 23's first wave (floored at their totals after it), the twenty-ninth to
    thirty-first since the end of round 24's first wave (floored at their totals after it), the
    thirty-second to thirty-fourth since the end of round 25's first wave (floored at their
    totals after it), the thirty-fifth to thirty-seventh since the end of round 26's first
    wave (floored at every fact, reached in its last hour), the thirty-eighth to fortieth
    since round 27 (floored at their totals after its last hour: 476, 506 and 478), the
    forty-first to forty-third since round 28's first wave (floored at their totals after
    its last hour: 332, 395 and 725); round 28's tool exports and template habits
    (``TUNING_12_A`` tuned on, ``TUNING_12_B`` kept untouched), print-ready and converted
    workbooks at their totals after it; round 29's regional conventions (``REGIONAL_TUNED``
    tuned on, ``REGIONAL_KEPT`` kept untouched) at their totals after its rules;
    round 29's ordinary workbooks' recurring losses
    (``TUNING_13_A`` tuned on, ``TUNING_13_B`` kept untouched) at their totals after it;
    round 29's structural and language leftovers
    (``TUNING_14_A`` tuned on, ``TUNING_14_B`` kept untouched) at their totals after it;
    round 29's register words in the wild
    (``TUNING_15_A`` tuned on, ``TUNING_15_B`` kept untouched) at their totals after it;
    round 30's quantitative workbooks
    (``QUANT_TUNED`` tuned on, ``QUANT_KEPT`` kept untouched) at every fact after it;
    the forty-seventh to forty-ninth since round 30's first wave (floored at their totals
    after it);
    round 13's own tuning batch (``TUNING_6``),
    round 14's (``TUNING_7``) and round 20's four (``TUNING_8``, ``TUNING_9``,
    ``TUNING_10``, ``TUNING_11``) keep every fact they reached."""
    scores = run_half(layouts, 2026, tmp_path)
    right = sum(sum(s.right.values()) for s in scores.values())
    total = sum(sum(s.total.values()) for s in scores.values())
    assert total == total_expected
    assert right >= floor, (right, total)


def test_seventh_held_out_truth_check_names_what_does_not_hold(tmp_path: Path) -> None:
    """The check can fail on the seventh batch: two truth tables of one sheet on one header row
    (the two-by-two RAID sheet), a fact beyond the counts and a finance fact beyond the
    month and cost line pairs the counts hold are each named."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout7 import raid_on_a_page_quadrants
    from adopt_truth import check_truth

    built = raid_on_a_page_quadrants(tmp_path, random.Random(1))
    assert check_truth(built) == []
    built.tables[1].header_row = built.tables[0].header_row
    n = built.tables[0].counts["risks"]
    built.values.append(ValueFact("risks", n, "owner", "Tom Walsh"))
    built.values.append(ValueFact("finance", (date(2026, 4, 1), "Hardware"), "budget", 1.0))
    problems = check_truth(built)
    assert f"RAID on a page!row {built.tables[0].header_row}: two truth tables" in problems
    assert f"risks[{n}].owner: no such item in the counts" in problems
    assert "1 finance lines > counts None" in problems


def test_eighth_held_out_truth_check_names_what_does_not_hold(tmp_path: Path) -> None:
    """The check can fail on the eighth batch: a truth column over an empty header cell, a field
    the register has not and a fact beyond the counts are each named."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout8 import salesforce_issue_report
    from adopt_truth import check_truth

    built = salesforce_issue_report(tmp_path, random.Random(3))
    assert check_truth(built) == []
    n = built.tables[0].counts["issues"]
    built.tables[0].columns["Z"] = "owner"
    built.values.append(ValueFact("issues", 0, "probability", 3.0))
    built.values.append(ValueFact("issues", n, "owner", "Tom Walsh"))
    problems = check_truth(built)
    assert "Project Issues!Z6: truth column has no header" in problems
    assert "issues.probability: no such field" in problems
    assert f"issues[{n}].owner: no such item in the counts" in problems


def _built_at_2026(
    layouts: tuple[Layout, ...], folder: Path
) -> tuple[dict[str, int], dict[str, Built]]:
    """A batch built as the scorer builds it at seed 2026, and its fact totals per kind as the
    scorer counts them: what a truth audit's test pins."""
    totals = dict.fromkeys(("tables", "register", "columns", "values"), 0)
    built: dict[str, Built] = {}
    for n, layout in enumerate(layouts):
        b = layout.build(folder, random.Random(2026 * 1000 + n))
        built[layout.name] = b
        for kind, count in fact_totals(b).items():
            totals[kind] += count
    return totals, built


def _assert_dec_ids_read_as_dc(built: Built, header: str) -> int:
    """Round 31's audits: a decision log's `DEC-01` .. refs in column A (header ``header``,
    items from row 4) are DC-001 .. under an `id` column; returns the decisions counted."""
    assert built.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(built.path)["Decisions"]
    assert ws["A3"].value == header
    n = built.tables[0].counts["decisions"]
    cells = [ws.cell(4 + i, 1).value for i in range(n)]
    assert cells == [f"DEC-{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in built.values if v.column == "id"}
    assert ids == {i: f"DC-{int(c[4:]):03d}" for i, c in enumerate(cells)}
    return n


def test_eighth_held_out_truth_as_audited_in_round_9(tmp_path: Path) -> None:
    """Round 9's audit of the eighth batch's truth (docs/adopt.md, "Round 9: the eighth
    batch's truth audited"): its fact totals at seed 2026 and each changed fact."""
    from adopt_layouts_heldout8 import HELD_OUT_8

    totals, built = _built_at_2026(HELD_OUT_8, tmp_path)
    assert totals == {"tables": 20, "register": 40, "columns": 161, "values": 823}

    nhs = built["nhs_datix_risks"]
    assert nhs.tables[0].columns["A"] == "id"
    assert nhs.tables[0].columns["J"] == ("score", None)
    assert not [v for v in nhs.values if v.column == "score"]
    assert not [v for v in nhs.values if v.column == "id"]  # Datix numbers: no value fact
    audit = built["audit_findings_issues"]
    assert audit.tables[0].columns["A"] == "id"
    assert not [v for v in audit.values if v.column == "id"]  # `1.1`: no value fact
    project = {
        name: {(v.column, v.expected) for v in b.values if v.register == "project"}
        for name, b in built.items()
    }
    assert ("portfolio", "Digital Workplace") in project["sciforma_issues"]
    assert ("project_name", "顧客ポータル刷新") in project["japanese_issue_list"]


def test_ninth_held_out_truth_check_names_what_does_not_hold(tmp_path: Path) -> None:
    """The check can fail on the ninth batch: a second truth table at a sheet's header row, a
    truth column over an empty header cell and a fact beyond the counts are each named."""
    from adopt_layouts import TruthTable, ValueFact
    from adopt_layouts_heldout9 import issue_log_open_closed_sheets
    from adopt_truth import check_truth

    built = issue_log_open_closed_sheets(tmp_path, random.Random(3))
    assert check_truth(built) == []
    n = sum(t.counts["issues"] for t in built.tables)
    built.tables[1].columns["Z"] = "owner"
    built.tables.append(TruthTable("Closed issues", 1, "issues", {}, {"issues": 0}))
    built.values.append(ValueFact("issues", n, "status", "Closed"))
    problems = check_truth(built)
    assert "Closed issues!Z1: truth column has no header" in problems
    assert "Closed issues!row 1: two truth tables" in problems
    assert f"issues[{n}].status: no such item in the counts" in problems


def test_ninth_held_out_truth_as_audited_in_round_10(tmp_path: Path) -> None:
    """Round 10's audit of the ninth batch's truth (docs/adopt.md, "Round 10: the ninth
    batch's truth audited"): its fact totals at seed 2026 and each changed fact."""
    from adopt_layouts_heldout9 import HELD_OUT_9

    totals, built = _built_at_2026(HELD_OUT_9, tmp_path)
    assert totals == {"tables": 19, "register": 35, "columns": 139, "values": 455}

    def ids(name: str) -> list[object]:
        return [v.expected for v in built[name].values if v.column == "id"]

    split = built["issue_log_open_closed_sheets"]
    n_issues = sum(t.counts["issues"] for t in split.tables)
    assert ids("issue_log_open_closed_sheets") == [f"I-{i:03d}" for i in range(1, n_issues + 1)]
    closed = split.tables[1].counts["issues"]
    owners = {v.where for v in split.values if v.column == "owner"}
    assert owners == set(range(n_issues))  # the closed sheet's owners too
    assert closed >= 2
    assert ids("utility_qra_risks") == [f"R-{i:03d}" for i in range(1, 7)]
    assert ids("risks_per_workstream_sheets") == [f"R-{i:03d}" for i in range(1, 7)]
    for name in ("rally_defects_issue_log", "linear_issues_csv"):
        assert built[name].tables[0].columns["A"] == "id", name
        assert ids(name) == [], name  # `DE1234`, `ENG-305`: no ID value fact


def test_tenth_held_out_truth_as_audited_in_round_11(tmp_path: Path) -> None:
    """Round 11's audit of the tenth batch's truth (docs/adopt.md, "Round 11: the tenth
    batch's truth audited"): its fact totals at seed 2026 and each changed fact."""
    from adopt_layouts_heldout10 import HELD_OUT_10

    totals, built = _built_at_2026(HELD_OUT_10, tmp_path)
    assert totals == {"tables": 16, "register": 32, "columns": 133, "values": 529}

    archer = built["archer_risk_export"]
    ws = openpyxl.load_workbook(archer.path)["Risk Register"]
    owners = {v.where: v.expected for v in archer.values if v.column == "owner"}
    n_risks = archer.tables[0].counts["risks"]
    assert set(owners) == set(range(n_risks))
    for i, owner in owners.items():  # `Quinn, Nora` -> `Nora Quinn` (comma_names)
        last, first = str(ws.cell(5 + i, 4).value).split(", ")
        assert owner == f"{first} {last}"
    for v in archer.values:
        if v.column == "category":
            assert isinstance(v.where, int)
            source = ws.cell(5 + v.where, 5).value
            assert v.expected == {"Compliance": "Legal"}.get(source, source)
            assert source != "Technology"

    capex = built["indian_telecom_capex"]
    kinds = {v.expected for v in capex.values if v.column == "capex_opex"}
    assert kinds == {"CapEx"}
    assert sum(v.column == "capex_opex" for v in capex.values) == 24

    horizon = built["horizon_eu_milestones"]
    assert horizon.tables[0].columns["A"] == "id"
    ids = [v.expected for v in horizon.values if v.column == "id"]
    assert ids == [f"M-{i:03d}" for i in range(1, 7)]


def test_eleventh_held_out_truth_as_audited_in_round_12(tmp_path: Path) -> None:
    """Round 12's audit of the eleventh batch's truth (docs/adopt.md, "Round 12: the eleventh
    batch's truth audited"): its fact totals at seed 2026 and each changed fact."""
    from adopt_layouts_heldout11 import HELD_OUT_11

    totals, built = _built_at_2026(HELD_OUT_11, tmp_path)
    assert totals == {"tables": 16, "register": 32, "columns": 119, "values": 498}

    snow = built["servicenow_spm_issues"]
    ws = openpyxl.load_workbook(snow.path)["Page 1"]
    prios = {v.where: v.expected for v in snow.values if v.column == "priority"}
    assert set(prios) == set(range(snow.tables[0].counts["issues"]))  # every row has one
    for i, prio in prios.items():
        word = str(ws.cell(2 + i, 5).value).split(" - ")[1]
        assert prio == {"Moderate": "Medium"}.get(word, word)

    dod = built["dod_rio_risk_register"]
    ws = openpyxl.load_workbook(dod.path)["Risks"]
    n_risks = dod.tables[0].counts["risks"]
    titles = {v.where: v.expected for v in dod.values if v.column == "title"}
    assert titles == {i: ws.cell(4 + i, 2).value for i in range(n_risks)}
    responses = {v.where: v.expected for v in dod.values if v.column == "response_type"}
    assert set(responses) == set(range(n_risks))
    for i, response in responses.items():  # the RIO guide's Control is Reduce
        source = ws.cell(4 + i, 7).value
        assert response == {"Control": "Reduce"}.get(source, source)

    swiss = built["swiss_chf_budget"]
    names = [v.expected for v in swiss.values if v.column == "project_name"]
    assert names == ["ERP-Ablösung Kantonsverwaltung"]


def test_twelfth_held_out_truth_as_audited_in_round_13(tmp_path: Path) -> None:
    """Round 13's audit of the twelfth batch's truth (docs/adopt.md, "Round 13: the twelfth
    batch's truth audited"): its fact totals at seed 2026 and each changed fact (every
    risk's response text, read word for word from the column the truth maps to Response)."""
    from adopt_layouts_heldout12 import HELD_OUT_12

    totals, built = _built_at_2026(HELD_OUT_12, tmp_path)
    assert totals == {"tables": 16, "register": 32, "columns": 107, "values": 523}

    for name, sheet, header_row, letter in (
        ("australian_gov_risk_register", "Risk Register", 3, "G"),
        ("dataverse_risk_export", "Risk Register", 1, "I"),
        ("vietnamese_risk_register", "Rủi ro", 1, "G"),
    ):
        layout = built[name]
        assert layout.tables[0].columns[letter] == "response"
        ws = openpyxl.load_workbook(layout.path)[sheet]
        col = openpyxl.utils.column_index_from_string(letter)
        responses = {v.where: v.expected for v in layout.values if v.column == "response"}
        n_risks = layout.tables[0].counts["risks"]
        assert responses == {i: ws.cell(header_row + 1 + i, col).value for i in range(n_risks)}


def test_thirteenth_held_out_truth_as_audited_in_round_14(tmp_path: Path) -> None:
    """Round 14's audit of the thirteenth batch's truth (docs/adopt.md, "Round 14: the
    thirteenth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the New Zealand forecast's lines OpEx, as its title says; Odoo's `Cancelled` Closed)."""
    from adopt_layouts_heldout13 import HELD_OUT_13

    totals, built = _built_at_2026(HELD_OUT_13, tmp_path)
    assert totals == {"tables": 19, "register": 36, "columns": 134, "values": 666}

    nz = built["nz_crown_entity_forecast"]
    title = openpyxl.load_workbook(nz.path)["Opex forecast"]["A1"].value
    assert "Operating expenditure forecast" in title
    forecast = {v.where for v in nz.values if v.column == "forecast"}
    kinds = {v.where: v.expected for v in nz.values if v.column == "capex_opex"}
    assert set(kinds) == forecast and len(forecast) == 48  # every line and month: OpEx
    assert set(kinds.values()) == {"OpEx"}

    odoo = built["odoo_tasks_issue_log"]
    ws = openpyxl.load_workbook(odoo.path)["Sheet1"]
    statuses = {v.where: v.expected for v in odoo.values if v.column == "status"}
    stages = {i: ws.cell(2 + i, 5).value for i in range(odoo.tables[0].counts["issues"])}
    assert "Cancelled" in stages.values() and "Done" in stages.values()
    for i, stage in stages.items():  # `Done` (Resolved or Closed) keeps no fact
        wanted = {"New": "Open", "In Progress": "In Progress", "Cancelled": "Closed"}
        assert statuses.get(i) == wanted.get(stage), (i, stage)


def test_fourteenth_held_out_truth_as_audited_in_round_15(tmp_path: Path) -> None:
    """Round 15's audit of the fourteenth batch's truth (docs/adopt.md, "Round 15: the
    fourteenth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the NCR numbers with no ID value; Predict's `Effect` and `Target` columns read two ways;
    refs numbered 1..n in source order as the standard IDs with the number kept)."""
    from adopt_layouts_heldout14 import HELD_OUT_14

    totals, built = _built_at_2026(HELD_OUT_14, tmp_path)
    assert totals == {"tables": 14, "register": 31, "columns": 126, "values": 532}

    ncr = built["ncr_register"]
    assert ncr.tables[0].columns["A"] == "id"  # the column stays the ID: its value is unsure
    assert not [v for v in ncr.values if v.column == "id"]
    first = openpyxl.load_workbook(ncr.path)["NCR Register"]["A5"].value
    assert first == "NCR-0023"  # I-023 with the number kept, I-001 renumbered

    predict = built["predict_defence_risks"]
    columns = predict.tables[0].columns
    assert columns["C"] == columns["D"] == ("description", None)  # `Cause`, `Effect`
    assert columns["J"] == ("residual_probability", None)  # `Target Probability (%)`
    assert columns["K"] == ("residual_impact", None)  # `Target Impact`
    assert not [v for v in predict.values if v.column.startswith("residual")]

    prefix = {"risks": "R", "issues": "I", "assumptions": "A", "dependencies": "D"}
    for name, sheet, letter, first_row in (
        ("ro_register_summary_panel", "R&O Register", "A", 9),
        ("slovenian_assumptions_register", "Predpostavke", "B", 2),
        ("estonian_raid_log", "RAID", "A", 2),
    ):
        layout = built[name]
        ws = openpyxl.load_workbook(layout.path)[sheet]
        col = openpyxl.utils.column_index_from_string(letter)
        kept: dict[tuple[str, object], object] = {}  # (register, index) -> number kept
        seen: dict[str, int] = {}
        for r in range(first_row, ws.max_row + 1):
            ref = str(ws.cell(r, col).value)
            reg = layout.tables[0].register
            if reg == "raid":  # the Estonian refs: Risk, Probleem, Eeldus, Sõltuvus
                words = {"R": "risks", "P": "issues", "E": "assumptions", "S": "dependencies"}
                reg = words[ref[0]]
            i = seen.get(reg, 0)
            seen[reg] = i + 1
            number = int("".join(ch for ch in ref if ch.isdigit()))
            assert number == i + 1, (name, ref)  # renumbering gives the same ID
            kept[(reg, i)] = f"{prefix[reg]}-{number:03d}"
        ids = {(v.register, v.where): v.expected for v in layout.values if v.column == "id"}
        assert ids == kept, name


def test_fifteenth_held_out_truth_as_audited_in_round_15(tmp_path: Path) -> None:
    """Round 15's audit of the fifteenth batch's truth (docs/adopt.md, "Round 15: the
    fifteenth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (a stage-gate plan's rows are gates; `(£k)` is GBP; the pivot's `Project` filter names
    the project; the grant's `Not due` keeps no status)."""
    from adopt_layouts_heldout15 import HELD_OUT_15

    totals, built = _built_at_2026(HELD_OUT_15, tmp_path)
    assert totals == {"tables": 20, "register": 37, "columns": 98, "values": 536}

    pharma = built["pharma_stage_gate_plan"]
    gates = {v.where: v.expected for v in pharma.values if v.column == "gate"}
    assert gates == dict.fromkeys(range(6), "Y")  # G0 .. G5: every row a gate

    report = built["highlight_report_one_sheet"]
    assert openpyxl.load_workbook(report.path)["Highlight Report"]["G7"].value == "Financials (£k)"
    header = {v.column: v.expected for v in report.values if v.register == "project"}
    assert header["currency"] == "GBP"

    pivot = built["excel_pivot_budget_actual"]
    ws = openpyxl.load_workbook(pivot.path)["Pivot"]
    assert (ws["A1"].value, ws["B1"].value) == ("Project", "Library Refurbishment")
    names = [v.expected for v in pivot.values if v.column == "project_name"]
    assert names == ["Library Refurbishment"]

    grant = built["au_grant_milestone_payments"]
    ws = openpyxl.load_workbook(grant.path)["Grant Tracker"]
    states = {i: ws.cell(6 + i, 7).value for i in range(5)}
    statuses = {v.where: v.expected for v in grant.values if v.column == "status"}
    assert "Not due" in states.values() and "Paid" in states.values()
    for i, state in states.items():  # `Not due` (Not Started or In Progress) keeps no fact
        assert statuses.get(i) == {"Paid": "Complete"}.get(state), (i, state)


def test_sixteenth_held_out_truth_as_audited_in_round_16(tmp_path: Path) -> None:
    """Round 16's audit of the sixteenth batch's truth (docs/adopt.md, "Round 16: the
    sixteenth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (Businessmap's `Average` is Medium; an `Other Party` organisation is no counterparty
    project ID; the Scottish `Description` is the title; the Philippine `Treatment Plan` is
    the response; TeamGantt's `Percent complete` may be the status; the cash flow's actual
    totals sit under `Total`, not under a month)."""
    from adopt_layouts_heldout16 import HELD_OUT_16

    totals, built = _built_at_2026(HELD_OUT_16, tmp_path)
    assert totals == {"tables": 17, "register": 34, "columns": 110, "values": 443}

    cards = built["businessmap_blocked_cards"]
    ws = openpyxl.load_workbook(cards.path)["Cards"]
    words = {i: ws.cell(2 + i, 4).value for i in range(7)}
    priorities = {v.where: v.expected for v in cards.values if v.column == "priority"}
    assert "Average" in words.values()
    for i, word in words.items():
        assert priorities.get(i) == {"Average": "Medium"}.get(word, word), (i, word)

    hk = built["hk_assumptions_dependencies"]
    assert hk.tables[1].columns["D"] == ("counterparty_project_id", None)
    assert not [v for v in hk.values if v.column == "counterparty_project_id"]

    log = built["scottish_issue_log_summary_panel"]
    ws = openpyxl.load_workbook(log.path)["Issue Log"]
    titles = {v.where: v.expected for v in log.values if v.column == "title"}
    assert titles == {i: ws.cell(10 + i, 4).value for i in range(6)}

    ph = built["philippine_agency_risk_register"]
    ws = openpyxl.load_workbook(ph.path)["Risk Register"]
    responses = {v.where: v.expected for v in ph.values if v.column == "response"}
    assert responses == {i: ws.cell(6 + i, 8).value for i in range(5)}

    gantt = built["teamgantt_export"]
    assert gantt.tables[0].columns["E"] == (None, "status")

    cash = built["hk_capital_works_cashflow"]
    ws = openpyxl.load_workbook(cash.path)["Cashflow"]
    assert (ws["B6"].value, ws["F6"].value) == ("Actual", None)  # no July actual yet
    assert ws["I6"].value == round(sum(ws.cell(6, c).value for c in (3, 4, 5)), 1)


def test_seventeenth_held_out_truth_as_audited_in_round_17(tmp_path: Path) -> None:
    """Round 17's audit of the seventeenth batch's truth (docs/adopt.md, "Round 17: the
    seventeenth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (a gatekeeper is no milestone owner; Coda's `Other project` name is no counterparty
    project ID; the Serbian mitigation text is the response; the pharma `Impact if Wrong` is
    the impact if false; YouTrack's `Submitted` is Open)."""
    from adopt_layouts_heldout17 import HELD_OUT_17

    totals, built = _built_at_2026(HELD_OUT_17, tmp_path)
    assert totals == {"tables": 16, "register": 34, "columns": 110, "values": 486}

    gates = built["energy_decision_gates"]
    assert gates.tables[0].columns["B"] == ("owner", None)
    assert not [v for v in gates.values if v.column == "owner"]

    coda = built["coda_dependency_tracker"]
    assert coda.tables[0].columns["C"] == ("counterparty_project_id", None)
    assert not [v for v in coda.values if v.column == "counterparty_project_id"]

    sr = built["serbian_risk_register"]
    ws = openpyxl.load_workbook(sr.path)["Registar rizika"]
    responses = {v.where: v.expected for v in sr.values if v.column == "response"}
    assert ws["J5"].value == "Mere za ublažavanje"
    assert responses == {i: ws.cell(6 + i, 10).value for i in range(5)}

    tt = built["pharma_tech_transfer_assumptions"]
    ws = openpyxl.load_workbook(tt.path)["Assumptions"]
    impacts = {v.where: v.expected for v in tt.values if v.column == "impact_if_false"}
    assert ws["G4"].value == "Impact if Wrong"
    assert impacts == {i: ws.cell(5 + i, 7).value for i in range(7)}


def test_seventeenth_held_out_youtrack_states_as_audited(tmp_path: Path) -> None:
    """YouTrack's `Submitted` is Open and `Fixed` Resolved; `Verified` (Resolved or Closed?)
    keeps no fact (round 17's audit). Seed 7 has Submitted, Open and Fixed rows."""
    from adopt_layouts_heldout17 import youtrack_issues_export

    built = youtrack_issues_export(tmp_path, random.Random(7 * 1000))
    ws = openpyxl.load_workbook(built.path)["Issues"]
    states = {i: ws.cell(2 + i, 11).value for i in range(built.tables[0].counts["issues"])}
    statuses = {v.where: v.expected for v in built.values if v.column == "status"}
    assert {"Submitted", "Open", "Fixed"} <= set(states.values())
    read = {"Submitted": "Open", "Open": "Open", "In Progress": "In Progress"}
    read["Fixed"] = "Resolved"
    for i, state in states.items():
        assert statuses.get(i) == read.get(state), (i, state)


def test_eighteenth_held_out_truth_as_audited_in_round_18(tmp_path: Path) -> None:
    """Round 18's audit of the eighteenth batch's truth (docs/adopt.md, "Round 18: the
    eighteenth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the Chilean descriptions are given; a row number alone is the ID or nothing; the
    Ethiopian `Evidence` and Jira Align's `Depends On Team` may be left out, with no value;
    a Colombian dependency's `Fecha compromiso` is its need-by or its committed date)."""
    from adopt_layouts_heldout18 import HELD_OUT_18

    totals, built = _built_at_2026(HELD_OUT_18, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 93, "values": 477}

    cl = built["chile_matriz_riesgos"]
    ws = openpyxl.load_workbook(cl.path)["Matriz de Riesgos"]
    descriptions = {v.where: v.expected for v in cl.values if v.column == "description"}
    n = cl.tables[0].counts["risks"]
    assert ws["D5"].value == "Descripción"
    assert descriptions == {i: ws.cell(6 + i, 4).value for i in range(n)}

    et = built["ethiopia_ngo_assumptions"]
    assert et.tables[0].columns["A"] == ("id", None)
    assert et.tables[0].columns["I"] == ("outcome", None)
    assert not [v for v in et.values if v.column == "outcome"]

    lk = built["sri_lanka_road_milestones"]
    assert lk.tables[0].columns["A"] == ("id", None)

    ja = built["jira_align_dependencies"]
    assert ja.tables[0].columns["D"] == ("counterparty_project_id", None)

    co = built["colombia_bitacora_raid"]
    assert co.tables[0].columns["F"] == ("due_date", "need_by", "committed_date", "validate_by")
    deps = [v for v in co.values if v.register == "dependencies"]
    assert deps and not [v for v in deps if v.column in ("need_by", "committed_date")]
    assert [v for v in co.values if v.register == "risks" and v.column == "due_date"]


def test_nineteenth_held_out_truth_as_audited_in_round_19(tmp_path: Path) -> None:
    """Round 19's audit of the nineteenth batch's truth (docs/adopt.md, "Round 19: the
    nineteenth batch's truth audited"): its fact totals at seed 2026 and each added fact
    (Planner's `Important` is High and an unstarted issue Open, `Completed` still has no
    status; the NHS capital plan is in GBP and every line CapEx)."""
    from adopt_layouts_heldout19 import HELD_OUT_19

    totals, built = _built_at_2026(HELD_OUT_19, tmp_path)
    assert totals == {"tables": 13, "register": 26, "columns": 107, "values": 571}

    pl = built["ms_planner_issue_export"]
    ws = openpyxl.load_workbook(pl.path)["County ERP Issue Log"]
    assert (ws["D5"].value, ws["E5"].value) == ("Progress", "Priority")
    n = pl.tables[0].counts["issues"]
    status = {v.where: v.expected for v in pl.values if v.column == "status"}
    priority = {v.where: v.expected for v in pl.values if v.column == "priority"}
    words = {"Urgent": "Critical", "Important": "High", "Medium": "Medium", "Low": "Low"}
    assert priority == {i: words[ws.cell(6 + i, 5).value] for i in range(n)}
    assert "Important" in [ws.cell(6 + i, 5).value for i in range(n)]
    progress = {"Not started": "Open", "In progress": "In Progress"}
    assert status == {
        i: progress[ws.cell(6 + i, 4).value]
        for i in range(n)
        if ws.cell(6 + i, 4).value != "Completed"
    }
    assert "Not started" in [ws.cell(6 + i, 4).value for i in range(n)]

    nhs = built["nhs_trust_capital_plan"]
    ws = openpyxl.load_workbook(nhs.path)["Capital Plan"]
    assert "Capital Programme" in ws["A2"].value and "£'000" in ws["A2"].value
    project = {v.column: v.expected for v in nhs.values if v.register == "project"}
    assert project == {"currency": "GBP"}
    capex = {v.where: v.expected for v in nhs.values if v.column == "capex_opex"}
    budgets = {v.where for v in nhs.values if v.column == "budget"}
    assert len(capex) == 24 and set(capex) == budgets and set(capex.values()) == {"CapEx"}


def test_twentieth_held_out_truth_as_audited_in_round_20(tmp_path: Path) -> None:
    """Round 20's audit of the twentieth batch's truth (docs/adopt.md, "Round 20: the
    twentieth batch's truth audited"): its fact totals at seed 2026 and the one added fact
    (Tempus's labelled `Portfolio:` is the project's portfolio; its `Generated` date-time is
    no report date, and the FTE cells still have no value facts)."""
    from adopt_layouts_heldout20 import HELD_OUT_20

    totals, built = _built_at_2026(HELD_OUT_20, tmp_path)
    assert totals == {"tables": 14, "register": 31, "columns": 105, "values": 565}

    tempus = built["tempus_resource_allocation"]
    ws = openpyxl.load_workbook(tempus.path)["Allocation"]
    assert ws["A2"].value.startswith("Portfolio: Network Modernisation 2026 | Generated")
    project = {v.column: v.expected for v in tempus.values if v.register == "project"}
    assert project == {"portfolio": "Network Modernisation 2026"}
    assert not [v for v in tempus.values if v.register == "resources"]


def test_twenty_first_held_out_truth_as_audited_in_round_20(tmp_path: Path) -> None:
    """Round 20's audit of the twenty-first batch's truth (docs/adopt.md, "Round 20: the
    twenty-first batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the Rwandan `Programme:` is the project's programme; Resource Guru's and the Ecuadorian
    cédula's labelled project lines are the project's name; Shortcut's `type` column may be
    mapped to the issue's type or left out, with no value)."""
    from adopt_layouts_heldout21 import HELD_OUT_21

    totals, built = _built_at_2026(HELD_OUT_21, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 94, "values": 498}

    def project(name: str) -> dict[str, object]:
        return {v.column: v.expected for v in built[name].values if v.register == "project"}

    rw = built["rwanda_dependency_register"]
    ws = openpyxl.load_workbook(rw.path)["Dependencies"]
    assert ws["A2"].value == "Programme: e-Services Integration Phase II"
    assert project("rwanda_dependency_register") == {"programme": "e-Services Integration Phase II"}

    rg = built["resource_guru_bookings"]
    ws = openpyxl.load_workbook(rg.path)["Bookings"]
    assert ws["A2"].value.endswith("| Project: STM app beta")
    assert {ws.cell(5 + i, 3).value for i in range(5)} == {"STM app beta"}
    assert project("resource_guru_bookings") == {"project_name": "STM app beta"}
    assert not [v for v in rg.values if v.register == "resources"]

    ec = built["ecuador_cedula_gastos"]
    ws = openpyxl.load_workbook(ec.path)["Cédula de gastos"]
    assert ws["A2"].value.endswith(" - Proyecto: Tranvía fase 2")
    assert project("ecuador_cedula_gastos") == {"currency": "USD", "project_name": "Tranvía fase 2"}

    sc = built["shortcut_stories_issues"]
    ws = openpyxl.load_workbook(sc.path)["shortcut_export"]
    assert ws["C1"].value == "type" and sc.tables[0].columns["C"] == ("type", None)
    assert not [v for v in sc.values if v.column == "type"]


def test_twenty_second_held_out_truth_as_audited_in_round_20(tmp_path: Path) -> None:
    """Round 20's audit of the twenty-second batch's truth (docs/adopt.md, "Round 20: the
    twenty-second batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (SharePoint's `Modified` is the issue's last update; the Canadian `#` 1..n and the RAID
    log's `Ref` are the ID column or nothing with no ID value; a RAID dependency's `Due` has
    no need-by fact; a lone `Risk Description` and a team column are loosened)."""
    from adopt_layouts_heldout22 import HELD_OUT_22

    totals, built = _built_at_2026(HELD_OUT_22, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 88, "values": 414}

    sp = built["au_sharepoint_issue_list"]
    ws = openpyxl.load_workbook(sp.path)["Issues"]
    assert ws["I1"].value == "Modified" and sp.tables[0].columns["I"] == "last_updated"
    n = sp.tables[0].counts["issues"]
    stamps = [ws.cell(2 + i, 9).value for i in range(n)]
    assert stamps[0] == "09/02/2026 9:14 AM"
    updated = {v.where: v.expected for v in sp.values if v.column == "last_updated"}
    assert updated == {
        i: datetime.strptime(s.split()[0], "%d/%m/%Y").date() for i, s in enumerate(stamps)
    }
    assert max(int(s[:2]) for s in stamps) > 12  # day first, not a guess

    ca = built["canada_assumption_log"]
    ws = openpyxl.load_workbook(ca.path)["Assumption Log"]
    assert ws["A3"].value == "#" and ws["A5"].value == 1
    assert ca.tables[0].columns["A"] == ("id", None)
    assert not [v for v in ca.values if v.column == "id"]

    raid = built["uk_housing_raid_log"]
    ws = openpyxl.load_workbook(raid.path)["RAID Log"]
    assert (ws["A5"].value, ws["F5"].value, ws["A9"].value, ws["B9"].value) == (
        "Ref",
        "Due",
        "D4",
        "Dependency",
    )
    assert raid.tables[0].columns["A"] == ("id", None)
    assert "committed_date" in raid.tables[0].columns["F"]
    deps = {v.column for v in raid.values if v.register == "dependencies"}
    assert deps == {"title", "owner", "status"}
    assert len([v for v in raid.values if v.column == "due_date"]) == 5  # risks and issues

    us = built["us_agency_risk_register"]
    assert openpyxl.load_workbook(us.path)["Risk Register"]["C5"].value == "Risk Description"
    assert us.tables[0].columns["C"] == ("title", "description")
    assert len([v for v in us.values if v.column == "title"]) == us.tables[0].counts["risks"]

    nz = built["nz_smartsheet_dependencies"]
    ws = openpyxl.load_workbook(nz.path)["Dependencies"]
    assert ws["D1"].value == "Providing / Receiving Team"
    assert nz.tables[0].columns["D"] == ("counterparty_project_id", None)
    assert not [v for v in nz.values if v.column == "counterparty_project_id"]


def test_twenty_third_held_out_truth_as_audited_in_round_21(tmp_path: Path) -> None:
    """Round 21's audit of the twenty-third batch's truth (docs/adopt.md, "Round 21: the
    twenty-third batch's truth audited"): its fact totals at seed 2026 and each added fact
    (the Bulgarian, Bolivian and Slovak labelled project lines name the project; a Latvian
    `Slēgts` dependency is Closed, an `Atvērts` one still has no status)."""
    from adopt_layouts_heldout23 import HELD_OUT_23

    totals, built = _built_at_2026(HELD_OUT_23, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 81, "values": 366}

    for name, sheet, label in (
        ("bulgaria_registar_resheniya", "Решения", "Проект: "),
        ("bolivia_ejecucion_financiera", "Ejecución", "Proyecto: "),
        ("slovakia_kapacitny_plan", "Kapacity", "Projekt: "),
    ):
        b = built[name]
        line = openpyxl.load_workbook(b.path)[sheet]["A2"].value
        assert line.startswith(label)
        project = {v.column: v.expected for v in b.values if v.register == "project"}
        assert project == {"project_name": line.removeprefix(label)}

    # the Latvian RAID journal has a `Slēgts` dependency at seed 99 (none at seed 2026)
    latvia = [lay for lay in HELD_OUT_23 if lay.name == "latvia_raid_zurnals"]
    n = HELD_OUT_23.index(latvia[0])
    for seed in (2026, 99):
        lv = latvia[0].build(tmp_path, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(lv.path)["RAID"]
        states = [
            ws.cell(r, 7).value
            for r in range(5, ws.max_row + 1)
            if ws.cell(r, 2).value == "Atkarība"
        ]
        status = {
            v.where: v.expected
            for v in lv.values
            if v.register == "dependencies" and v.column == "status"
        }
        assert status == {k: "Closed" for k, s in enumerate(states) if s == "Slēgts"}
        assert ("Slēgts" in states) == (seed == 99)


def test_twenty_fourth_held_out_truth_as_audited_in_round_22(tmp_path: Path) -> None:
    """Round 22's audit of the twenty-fourth batch's truth (docs/adopt.md, "Round 22: the
    twenty-fourth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (Planner's `Urgent` / `Important` are Critical / High, `Completed` still has no status;
    the Irish airport's `Category` cells are each line's category; the mine's `Accountable`
    column is the owner, its initials the owner as written unless they may name the manager
    or sponsor above; e-mail owners still have no owner value)."""
    from adopt_layouts_heldout24 import HELD_OUT_24

    totals, built = _built_at_2026(HELD_OUT_24, tmp_path)
    assert totals == {"tables": 15, "register": 30, "columns": 83, "values": 374}

    pl = built["welsh_water_planner_issues"]
    ws = openpyxl.load_workbook(pl.path)["Issues Plan"]
    assert (ws["D5"].value, ws["E5"].value) == ("Progress", "Priority")
    n = pl.tables[0].counts["issues"]
    priority = {v.where: v.expected for v in pl.values if v.column == "priority"}
    words = {"Urgent": "Critical", "Important": "High", "Medium": "Medium", "Low": "Low"}
    cells = [ws.cell(6 + i, 5).value for i in range(n)]
    assert priority == {i: words[p] for i, p in enumerate(cells)}
    assert {"Urgent", "Important"} <= set(cells)
    status = {v.where for v in pl.values if v.column == "status"}
    assert status == {i for i in range(n) if ws.cell(6 + i, 4).value != "Completed"}

    air = built["ie_airport_finance_long"]
    ws = openpyxl.load_workbook(air.path)["Finance"]
    assert ws["C1"].value == "Category"
    category = {v.where: v.expected for v in air.values if v.column == "category"}
    rows = {(ws.cell(r, 1).value.date(), ws.cell(r, 2).value): ws.cell(r, 3).value
            for r in range(2, ws.max_row + 1)}  # fmt: skip
    assert len(category) == 12 and category == rows
    assert set(category.values()) <= {"Labour", "Contractors", "Software", "Services"}

    mine = built["za_mine_milestone_tracker"]
    assert mine.tables[0].columns["C"] == "owner"
    ws = openpyxl.load_workbook(mine.path)["Milestones"]
    assert ws["C5"].value == "Accountable"
    owners = {v.where: v.expected for v in mine.values if v.column == "owner"}
    initials = [ws.cell(6 + i, 3).value for i in range(7)]
    assert owners == {i: who for i, who in enumerate(initials) if who in ("LM", "SD")}
    assert len(owners) == 4 and {"TN", "JvdM"} & set(initials)

    school = built["us_school_district_risk_register"]
    assert school.tables[0].columns["F"] == "owner"
    assert not [v for v in school.values if v.column == "owner"]


def test_twenty_fifth_held_out_truth_as_audited_in_round_22(tmp_path: Path) -> None:
    """Round 22's audit of the twenty-fifth batch's truth (docs/adopt.md, "Round 22: the
    twenty-fifth batch's truth audited"): its fact totals at seed 2026 and each added fact
    (the GRIP tracker's `M01` refs are M-001..., its Ref column the ID; Cobra's `Status
    date:` is the report date; the `RAG` colours still give no milestone status and the
    `Contract:` line no project name)."""
    from adopt_layouts_heldout25 import HELD_OUT_25

    totals, built = _built_at_2026(HELD_OUT_25, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 76, "values": 408}

    grip = built["network_rail_grip_milestones"]
    ws = openpyxl.load_workbook(grip.path)["Milestones"]
    assert ws["A5"].value == "Ref" and grip.tables[0].columns["A"] == "id"
    n = grip.tables[0].counts["milestones"]
    refs = [ws.cell(6 + i, 1).value for i in range(n)]
    assert refs[0] == "M01" and refs[-1] == f"M{n:02d}"
    ids = {v.where: v.expected for v in grip.values if v.column == "id"}
    assert ids == {i: f"M-{int(ref[1:]):03d}" for i, ref in enumerate(refs)}
    assert ws["H5"].value == "RAG" and grip.tables[0].columns["H"] == ("status", None)
    assert not [v for v in grip.values if v.column == "status"]

    cobra = built["deltek_cobra_cost_report"]
    ws = openpyxl.load_workbook(cobra.path)["Time Phased"]
    assert (ws["A3"].value, ws["A4"].value) == ("Status date: 31-Mar-2026", "Currency: AUD")
    assert ws["F6"].value == "Mar 2026" and ws["G6"].value == "Apr 2026"
    project = {v.column: v.expected for v in cobra.values if v.register == "project"}
    assert project == {"currency": "AUD", "report_date": date(2026, 3, 31)}
    actual_months = {v.where[0] for v in cobra.values if v.column == "actual"}
    forecast_months = {v.where[0] for v in cobra.values if v.column == "forecast"}
    assert max(actual_months) == date(2026, 3, 1) < min(forecast_months)  # the report month


def test_twenty_sixth_held_out_truth_as_audited_in_round_23(tmp_path: Path) -> None:
    """Round 23's audit of the twenty-sixth batch's truth (docs/adopt.md, "Round 23: the
    twenty-sixth batch's truth audited"): its fact totals at seed 2026 and each changed
    fact (the Jira export's `Key` is the ID column, its SHT-14 keys still no ID value; the
    stadium's `Capex Tracker` makes every cost head CapEx, its Plan rows still the
    budget)."""
    from adopt_layouts_heldout26 import HELD_OUT_26

    totals, built = _built_at_2026(HELD_OUT_26, tmp_path)
    assert totals == {"tables": 14, "register": 28, "columns": 86, "values": 390}

    jira = built["us_orchestra_jira_issues"]
    ws = openpyxl.load_workbook(jira.path)["general_report"]
    assert ws["B4"].value == "Key" and jira.tables[0].columns["B"] == "id"
    n = jira.tables[0].counts["issues"]
    keys = [ws.cell(5 + i, 2).value for i in range(n)]
    assert all(k.startswith("SHT-") for k in keys)
    assert not [v for v in jira.values if v.column == "id"]

    stadium = built["in_stadium_capex_tracker"]
    ws = openpyxl.load_workbook(stadium.path)["Capex"]
    assert "Capex Tracker" in ws["A1"].value and ws["B4"].value == "Plan"
    capex = {v.where: v.expected for v in stadium.values if v.column == "capex_opex"}
    budgets = {v.where for v in stadium.values if v.column == "budget"}
    assert len(capex) == 15 and set(capex) == budgets and set(capex.values()) == {"CapEx"}
    project = {v.column: v.expected for v in stadium.values if v.register == "project"}
    assert project == {"currency": "INR"}


def test_twenty_seventh_held_out_truth_as_audited_in_round_23(tmp_path: Path) -> None:
    """Round 23's audit of the twenty-seventh batch's truth (docs/adopt.md, "Round 23: the
    twenty-seventh batch's truth audited"): its fact totals at seed 2026 and each changed
    fact (ARM's `Target` pair is the residual or left out with no value, its four Ts the
    Orange Book's response types; Taiga's description text; the Burmese `စီမံကိန်း -` line
    the project's name; Acumatica's `Financial Period` the month column)."""
    from adopt_layouts_heldout27 import HELD_OUT_27

    totals, built = _built_at_2026(HELD_OUT_27, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 94, "values": 349}

    arm = built["arm_risk_export"]
    ws = openpyxl.load_workbook(arm.path)["Risk Register"]
    assert (ws["I4"].value, ws["J4"].value, ws["K4"].value) == (
        "Target Likelihood",
        "Target Impact",
        "Response Strategy",
    )
    cols = arm.tables[0].columns
    assert (cols["I"], cols["J"]) == (("residual_probability", None), ("residual_impact", None))
    assert not [v for v in arm.values if v.column.startswith("residual")]
    assert cols["K"] == "response_type"
    n = arm.tables[0].counts["risks"]
    ts = {"Treat": "Reduce", "Tolerate": "Accept", "Transfer": "Transfer", "Terminate": "Avoid"}
    response = {v.where: v.expected for v in arm.values if v.column == "response_type"}
    assert response == {i: ts[ws.cell(5 + i, 11).value] for i in range(n)}
    assert {"Terminate", "Transfer", "Treat"} <= {ws.cell(5 + i, 11).value for i in range(n)}

    taiga = built["taiga_issue_csv"]
    ws = openpyxl.load_workbook(taiga.path)["issues"]
    assert ws["C1"].value == "description" and taiga.tables[0].columns["C"] == "description"
    described = {v.where: v.expected for v in taiga.values if v.column == "description"}
    assert described == {i: ws.cell(2 + i, 3).value for i in range(5)}
    assert set(described.values()) == {"Seen on the fleet test tenant"}

    raid = built["burmese_raid_log"]
    ws = openpyxl.load_workbook(raid.path)["RAID"]
    assert ws["A2"].value == "စီမံကိန်း - မြန်မာ့ ကျေးလက် တာဝါတိုင် ၃၀၀ တည်ဆောက်ရေး"
    project = {v.column: v.expected for v in raid.values if v.register == "project"}
    assert project == {"project_name": "မြန်မာ့ ကျေးလက် တာဝါတိုင် ၃၀၀ တည်ဆောက်ရေး"}
    assert not [v for v in raid.values if v.register == "dependencies" and "date" in v.column]

    acu = built["acumatica_project_balances"]
    ws = openpyxl.load_workbook(acu.path)["Project Balances"]
    assert (ws["D1"].value, ws["D2"].value) == ("Financial Period", "01-2026")
    assert acu.tables[0].columns["D"] == "month"
    months = {v.where[0] for v in acu.values}
    assert months == {date(2026, m, 1) for m in range(1, 5)}
    budgets = {v.where for v in acu.values if v.column == "budget"}
    agree = {
        (date(2026, int(ws.cell(r, 4).value[:2]), 1), ws.cell(r, 3).value)
        for r in range(2, 14)
        if ws.cell(r, 5).value == ws.cell(r, 6).value
    }
    assert budgets == agree and 0 < len(agree) < 12


def test_twenty_eighth_held_out_truth_as_audited_in_round_23(tmp_path: Path) -> None:
    """Round 23's audit of the twenty-eighth (lived-in) batch's truth (docs/adopt.md, "Round
    23: the twenty-eighth batch's truth audited"): its fact totals at seed 2026 (598 as
    written), the writer's two least-sure readings the audit kept (only the newest monthly
    status sheet holds a truth table; the zoo's closed items under their label row are the
    same table's items), and each changed fact: the botanic garden's `Validated? (Y/N)` `Y` is
    Validated and `AH` no owner; the observatory's `G1`..`G4` no gate value; the
    crematorium's `Comment` its lines' notes; the cathedral's `Notes` notes or left out; the
    zoo's truth consistent at a seed without an assumption."""
    from adopt_layouts_heldout28 import HELD_OUT_28
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_28, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 86, "values": 477}

    hospice = built["hospice_status_reports_monthly"]
    assert openpyxl.load_workbook(hospice.path).sheetnames == ["Jan 26", "Feb 26", "Mar 26"]
    assert [t.sheet for t in hospice.tables] == ["Mar 26"]
    project = {v.column: v.expected for v in hospice.values if v.register == "project"}
    assert project["report_date"] == date(2026, 3, 31)

    zoo = built["zoo_raid_log_lived_in"]
    ws = openpyxl.load_workbook(zoo.path)["RAID"]
    label = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == "CLOSED ITEMS")
    closed = [r for r in range(label + 1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert len(closed) == 3 and all(ws.cell(r, 6).value == "Closed" for r in closed)
    assert sum(zoo.tables[0].counts.values()) == label - 4 - 1 + len(closed)
    n = [lay.name for lay in HELD_OUT_28].index("zoo_raid_log_lived_in")
    no_assumption = HELD_OUT_28[n].build(tmp_path, random.Random(16 * 1000 + n))
    assert "assumptions" not in no_assumption.tables[0].counts
    assert check_truth(no_assumption) == []

    garden = built["botanic_garden_assumption_log"]
    assert garden.tables[0].columns["G"] == "status"
    ws = openpyxl.load_workbook(garden.path)["Assumptions"]
    assert (ws["C3"].value, ws["G3"].value) == ("Owner", "Validated? (Y/N)")
    rows = range(garden.tables[0].counts["assumptions"])
    answers = [ws.cell(4 + i, 7).value for i in rows]
    owners = [ws.cell(4 + i, 3).value for i in rows]
    status = {v.where: v.expected for v in garden.values if v.column == "status"}
    assert status == {i: "Validated" for i in rows if answers[i] == "Y"}
    assert {"Y", "N"} <= set(answers)
    owner = {v.where: v.expected for v in garden.values if v.column == "owner"}
    assert owner == {i: who for i, who in enumerate(owners) if who != "AH"}
    assert {"AH", "Dr Amelia Hart"} <= set(owners)

    obs = built["observatory_milestone_plan"]
    assert obs.tables[0].columns["I"] == ("gate", None)
    ws = openpyxl.load_workbook(obs.path)["Milestones"]
    assert (ws["I3"].value, ws["I4"].value) == ("Gate", "G1")
    assert not [v for v in obs.values if v.column == "gate"]

    crem = built["crematorium_finance_months_down"]
    assert crem.tables[0].columns["F"] == "notes"
    ws = openpyxl.load_workbook(crem.path)["Finance"]
    assert ws["F3"].value == "Comment"
    comments, month = {}, 1
    for r in range(4, ws.max_row + 1):
        if ws.cell(r, 2).value == "Month total":
            month += 1
        elif ws.cell(r, 6).value:
            comments[(date(2026, month, 1), ws.cell(r, 2).value)] = ws.cell(r, 6).value
    notes = {v.where: v.expected for v in crem.values if v.column == "notes"}
    assert notes == comments and len(notes) == 11

    cathedral = built["cathedral_budget_vs_actual_extended"]
    ws = openpyxl.load_workbook(cathedral.path)["BvA"]
    assert ws["R5"].value == "Notes" and cathedral.tables[0].columns["R"] == ("notes", None)
    assert not [v for v in cathedral.values if v.column == "notes"]


def test_thirtieth_held_out_truth_as_audited_in_round_24(tmp_path: Path) -> None:
    """Round 24's audit of the thirtieth batch's truth (docs/adopt.md, "Round 24: the
    thirtieth batch's truth audited"): its fact totals at seed 2026 and each added fact
    (Jersey's refs are the ids; the Kyrgyz measures each risk's response; the Isle of Man
    SRO is the sponsor and `Period ending` the report date; the Shona `US$` is USD), and the
    readings the audit kept without a fact (Unanet's `Project:` line and bare `$`)."""
    from adopt_layouts_heldout30 import HELD_OUT_30

    totals, built = _built_at_2026(HELD_OUT_30, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 83, "values": 306}

    jersey = built["jersey_dependency_log"]
    ws = openpyxl.load_workbook(jersey.path)["Dependencies"]
    n = jersey.tables[0].counts["dependencies"]
    assert ws["A5"].value == "Ref" and jersey.tables[0].columns["A"] == "id"
    ids = {v.where: v.expected for v in jersey.values if v.column == "id"}
    assert ids == {i: ws.cell(6 + i, 1).value for i in range(n)} and ids[0] == "D01"

    kyrgyz = built["kyrgyz_risk_register"]
    ws = openpyxl.load_workbook(kyrgyz.path)["Тобокелдиктер"]
    n = kyrgyz.tables[0].counts["risks"]
    assert ws["F5"].value == "Чаралар" and kyrgyz.tables[0].columns["F"] == "response"
    response = {v.where: v.expected for v in kyrgyz.values if v.column == "response"}
    assert response == {i: ws.cell(6 + i, 6).value for i in range(n)}
    assert set(response.values()) == {"Кошумча запас түзүү"}

    iom = built["isle_of_man_status_report"]
    ws = openpyxl.load_workbook(iom.path)["Highlight Report"]
    assert (ws["A4"].value, ws["B4"].value) == ("Senior Responsible Owner:", "Director of Ports")
    assert (ws["A6"].value, ws["B6"].value) == ("Period ending:", "31 March 2026")
    project = {v.column: v.expected for v in iom.values if v.register == "project"}
    assert project["sponsor"] == "Director of Ports"
    assert project["report_date"] == date(2026, 3, 31)
    assert project["overall_rag"] == "Amber" and len(project) == 5

    shona = built["shona_budget_vs_actual"]
    ws = openpyxl.load_workbook(shona.path)["Bhajeti"]
    assert str(ws["B6"].value).startswith("US$")
    project = {v.column: v.expected for v in shona.values if v.register == "project"}
    assert project["currency"] == "USD"

    unanet = built["unanet_budget_vs_actual"]
    ws = openpyxl.load_workbook(unanet.path)["Budget vs Actual"]
    assert ws["A2"].value.startswith("Project: N00024-25-C-4410")
    assert str(ws["E6"].value).startswith("$")
    assert not [v for v in unanet.values if v.register == "project"]


def test_thirty_first_held_out_truth_as_audited_in_round_24(tmp_path: Path) -> None:
    """Round 24's audit of the thirty-first batch's truth (docs/adopt.md, "Round 24: the
    thirty-first batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the canal trust's Capital / Revenue has no value, the vineyard's NZD no currency fact,
    the paper mill's `MS-01` is M-001 and its `Variance (days)` has no slippage fact)."""
    from adopt_layouts_heldout31 import HELD_OUT_31

    totals, built = _built_at_2026(HELD_OUT_31, tmp_path)
    assert totals == {"tables": 16, "register": 30, "columns": 71, "values": 511}

    canal = built["canal_trust_bva_merged_months"]
    ws = openpyxl.load_workbook(canal.path)["BvA"]
    assert (ws["A5"].value, ws["A6"].value) == ("Category", "Capital")
    assert canal.tables[0].columns["A"] == ("category", "capex_opex")
    assert not [v for v in canal.values if v.column in ("category", "capex_opex")]
    assert len([v for v in canal.values if v.column == "budget"]) == 25

    vineyard = built["vineyard_months_down_side_by_side"]
    ws = openpyxl.load_workbook(vineyard.path)["Monthly"]
    assert ws["D3"].value == "Budget NZ$"
    assert "NZD" not in default_standards().lists["currency"]
    assert not [v for v in vineyard.values if v.register == "project"]

    mill = built["paper_mill_milestones_template"]
    ws = openpyxl.load_workbook(mill.path)["Milestones"]
    assert (ws["A4"].value, ws["I4"].value) == ("ID", "Variance (days)")
    ids = {v.where: v.expected for v in mill.values if v.column == "id"}
    assert ids == {i: f"M-{i + 1:03d}" for i in range(5)}
    assert [ws.cell(5 + i, 1).value for i in range(5)] == [f"MS-{i + 1:02d}" for i in range(5)]
    assert mill.tables[0].columns["A"] == "id"
    assert mill.tables[0].columns["I"] == ("slippage_days", None)
    assert not [v for v in mill.values if v.column == "slippage_days"]


def test_twenty_ninth_held_out_truth_as_audited_in_round_24(tmp_path: Path) -> None:
    """Round 24's audit of the twenty-ninth batch's truth (docs/adopt.md, "Round 24: the
    twenty-ninth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the textile mill's rand has no currency fact, ZAR being off the standard's list; the
    courier's `DEC-01` ids are DC-001.. and its labelled `Project:` / `Project Manager:`
    lines are the project's name and manager)."""
    from adopt_layouts_heldout29 import HELD_OUT_29

    from addin.standards import default_standards

    totals, built = _built_at_2026(HELD_OUT_29, tmp_path)
    assert totals == {"tables": 13, "register": 25, "columns": 76, "values": 339}

    mill = built["za_textile_budget_actual_sheets"]
    ws = openpyxl.load_workbook(mill.path)["Budget"]
    assert "(ZAR)" in ws["A1"].value and str(ws["B4"].value).startswith("R ")
    assert "ZAR" not in default_standards().lists["currency"]
    assert not [v for v in mill.values if v.register == "project"]

    courier = built["ke_courier_decision_log"]
    ws = openpyxl.load_workbook(courier.path)["Decision Log"]
    assert [ws.cell(r, 1).value for r in (3, 4, 6)] == ["Project:", "Project Manager:", "ID"]
    project = {v.column: v.expected for v in courier.values if v.register == "project"}
    assert project == {"project_name": ws["B3"].value, "project_manager": ws["B4"].value}
    assert project == {
        "project_name": "Upcountry Hub Expansion",
        "project_manager": "Wanjiru Kamau",
    }
    n = courier.tables[0].counts["decisions"]
    ids = {v.where: v.expected for v in courier.values if v.column == "id"}
    assert [ws.cell(7 + i, 1).value for i in range(n)] == [f"DEC-{i + 1:02d}" for i in range(n)]
    assert ids == {i: f"DC-{i + 1:03d}" for i in range(n)}


def test_thirty_second_held_out_truth_as_audited_in_round_25(tmp_path: Path) -> None:
    """Round 25's audit of the thirty-second batch's truth (docs/adopt.md, "Round 25: the
    thirty-second batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the golf club's `Project:` line is the project's name; Jira's `Issue key` is the ID
    column with no id value; Smartsheet's `Modified` is the last update; the bus depot's
    `Category` is the category where its word is on the list, its typed scores have no value
    and its lone `Risk Description` is the title or the description)."""
    from adopt_layouts_heldout32 import HELD_OUT_32

    totals, built = _built_at_2026(HELD_OUT_32, tmp_path)
    assert totals == {"tables": 13, "register": 28, "columns": 74, "values": 340}

    golf = built["sco_golf_club_raid_log"]
    ws = openpyxl.load_workbook(golf.path)["RAID Log"]
    assert ws["A2"].value == "Project: Clubhouse Refurbishment 2026"
    project = {v.column: v.expected for v in golf.values if v.register == "project"}
    assert project == {"project_name": "Clubhouse Refurbishment 2026"}

    jira = built["in_toll_road_jira_issues"]
    ws = openpyxl.load_workbook(jira.path)["Jira"]
    assert (ws["A1"].value, ws["A2"].value) == ("Issue key", "NHTR-140")
    assert jira.tables[0].columns["A"] == "id"
    assert not [v for v in jira.values if v.column == "id"]

    prison = built["ca_prison_smartsheet_dependencies"]
    ws = openpyxl.load_workbook(prison.path)["Dependencies"]
    n = prison.tables[0].counts["dependencies"]
    assert ws["J1"].value == "Modified" and prison.tables[0].columns["J"] == "last_updated"
    updated = {v.where: v.expected for v in prison.values if v.column == "last_updated"}
    assert updated == {i: date.fromisoformat(ws.cell(2 + i, 10).value[:10]) for i in range(n)}
    assert updated[0] == date(2026, 3, 1)

    bus = built["ie_bus_depot_risk_register"]
    ws = openpyxl.load_workbook(bus.path)["Risk Register"]
    n = bus.tables[0].counts["risks"]
    columns = bus.tables[0].columns
    assert [ws.cell(4, c).value for c in (3, 4, 8, 12)] == [
        "Risk Description",
        "Category",
        "Score",
        "Score",
    ]
    assert columns["C"] == ("title", "description") and columns["D"] == "category"
    assert (columns["H"], columns["L"]) == (("score", None), ("residual_score", None))
    assert not [v for v in bus.values if v.column in ("score", "residual_score")]
    listed = set(default_standards().lists["risk_category"])
    category = {v.where: v.expected for v in bus.values if v.column == "category"}
    words = [ws.cell(5 + i, 4).value for i in range(n)]
    assert category == {i: w for i, w in enumerate(words) if w in listed}
    assert "Regulatory" in words and "Regulatory" not in listed and len(category) == 4
    titles = {v.where: v.expected for v in bus.values if v.column == "title"}
    assert titles == {i: ws.cell(5 + i, 3).value for i in range(n)}


def test_thirty_third_held_out_truth_as_audited_in_round_25(tmp_path: Path) -> None:
    """Round 25's audit of the thirty-third batch's truth (docs/adopt.md, "Round 25: the
    thirty-third batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (Acuity's `R101` and the Cantonese `R-01` are R-101 / R-001 and Acuity's `Programme:`
    line the programme; the Chichewa kwacha has no currency fact, MWK being off the
    standard's list; Guernsey's `£` is GBP and its capital project's lines CapEx)."""
    from adopt_layouts_heldout33 import HELD_OUT_33

    totals, built = _built_at_2026(HELD_OUT_33, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 88, "values": 359}

    acuity = built["acuity_risk_register"]
    ws = openpyxl.load_workbook(acuity.path)["Risk Register"]
    n = acuity.tables[0].counts["risks"]
    ids = {v.where: v.expected for v in acuity.values if v.column == "id"}
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"R{101 + i}" for i in range(n)]
    assert ids == {i: f"R-{101 + i}" for i in range(n)}
    assert ws["A2"].value.startswith("Programme: Optimised Retrofit Phase 3 | Exported")
    project = {v.column: v.expected for v in acuity.values if v.register == "project"}
    assert project == {"programme": "Optimised Retrofit Phase 3"}

    macau = built["cantonese_risk_register"]
    ws = openpyxl.load_workbook(macau.path)["風險"]
    n = macau.tables[0].counts["risks"]
    ids = {v.where: v.expected for v in macau.values if v.column == "id"}
    assert [ws.cell(7 + i, 1).value for i in range(n)] == [f"R-{i + 1:02d}" for i in range(n)]
    assert ids == {i: f"R-{i + 1:03d}" for i in range(n)}

    malawi = built["chichewa_finance_tracker"]
    ws = openpyxl.load_workbook(malawi.path)["Ndalama"]
    assert str(ws["C5"].value).startswith("MK ")
    assert "MWK" not in default_standards().lists["currency"]
    project = {v.column: v.expected for v in malawi.values if v.register == "project"}
    assert set(project) == {"project_name"}

    guernsey = built["guernsey_finance_tracker"]
    ws = openpyxl.load_workbook(guernsey.path)["Financial Monitoring"]
    assert (ws["A1"].value, ws["A3"].value) == (
        "States of Guernsey - Capital Project Financial Monitoring",
        "All figures £",
    )
    project = {v.column: v.expected for v in guernsey.values if v.register == "project"}
    assert project["currency"] == "GBP" and "GBP" in default_standards().lists["currency"]
    capex = {v.where: v.expected for v in guernsey.values if v.column == "capex_opex"}
    budgets = {v.where for v in guernsey.values if v.column == "budget"}
    assert len(capex) == 12 and set(capex) == budgets and set(capex.values()) == {"CapEx"}


def test_thirty_fourth_held_out_truth_as_audited_in_round_25(tmp_path: Path) -> None:
    """Round 25's audit of the thirty-fourth batch's truth (docs/adopt.md, "Round 25: the
    thirty-fourth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (a dependency's one target date in a mixed log has no fact, need-by or committed; the
    electoral risks' `Rating` has no impact fact, its issues' keep their severity by the
    sheet's key; the prison's plans and the lifeboat's notes are read as response and
    resolution; the seed bank's `Linked Ref.` is the linked IDs; the writer's late change,
    a mixed log's logged-date column as the raised date, kept)."""
    from adopt_layouts_heldout34 import HELD_OUT_34

    totals, built = _built_at_2026(HELD_OUT_34, tmp_path)
    assert totals == {"tables": 14, "register": 36, "columns": 97, "values": 579}

    mixed = {  # layout -> (sheet, first item row, raised column, target column, type column)
        "blood_service_raid_upper_case": ("RAID_LOG", 5, "E", "F", "B"),
        "ground_station_raidd_two_row": ("RAIDD", 6, "F", "G", "B"),
        "electoral_commission_raid_register": ("RAID Register", 5, "E", "F", "B"),
    }
    for name, (sheet, first, raised_col, due_col, type_col) in mixed.items():
        b = built[name]
        table = b.tables[0]
        assert table.columns[due_col] == ("due_date", "validate_by", "need_by", "committed_date")
        if name != "ground_station_raidd_two_row":  # cd8e1fc, kept: a person maps it
            assert table.columns[raised_col] == "raised_date"
        ws = openpyxl.load_workbook(b.path)[sheet]
        kinds = [ws[f"{type_col}{first + r}"].value for r in range(sum(table.counts.values()))]
        deps = [r for r, k in enumerate(kinds) if str(k).lower().startswith("dep")]
        assert len(deps) == table.counts["dependencies"] == 2
        assert all(ws[f"{due_col}{first + r}"].value for r in deps)  # a date on the sheet ...
        dep_cols = {v.column for v in b.values if v.register == "dependencies"}
        assert not dep_cols & {"need_by", "committed_date", "raised_date"}  # ... and no fact
        risk_due = {v.where for v in b.values if v.register == "risks" and v.column == "due_date"}
        assert risk_due == set(range(table.counts["risks"]))

    el = built["electoral_commission_raid_register"]
    ws = openpyxl.load_workbook(el.path)["RAID Register"]
    assert ws["A2"].value == "Rating key: E = 5 (Extreme)  H = 4  M = 3  L = 2"
    assert el.tables[0].columns["G"] == ("impact", "severity", "rating", None)
    assert not [v for v in el.values if v.register == "risks" and v.column == "impact"]
    key = {"E": 5.0, "H": 4.0, "M": 3.0, "L": 2.0}
    issue_rows = [r for r in range(5, 14) if ws[f"B{r}"].value.lower() == "issue"]
    severity = {v.where: v.expected for v in el.values if v.column == "severity"}
    assert severity == {i: key[ws[f"G{r}"].value] for i, r in enumerate(issue_rows)}

    prison = built["prison_risks_camel_case"]
    ws = openpyxl.load_workbook(prison.path)["riskRegister"]
    assert ws["H1"].value == "mitigationPlan" and prison.tables[0].columns["H"] == "response"
    response = {v.where: v.expected for v in prison.values if v.column == "response"}
    assert response == {i: ws.cell(2 + i, 8).value for i in range(5)}
    assert response[0] == "Plan 1: weekly review with the facility"

    boat = built["lifeboat_issue_log_abbreviations"]
    ws = openpyxl.load_workbook(boat.path)["Issues"]
    resolution = {v.where: v.expected for v in boat.values if v.column == "resolution"}
    assert resolution == {i: ws.cell(5 + i, 10).value for i in range(5) if ws.cell(5 + i, 10).value}
    assert resolution == {0: "Agreed fix with the contractor"}

    seed = built["seed_bank_decision_log_pipes"]
    ws = openpyxl.load_workbook(seed.path)["Decision Log"]
    assert ws["G4"].value == "Linked Ref." and seed.tables[0].columns["G"] == "linked_ids"
    linked = {v.where: v.expected for v in seed.values if v.column == "linked_ids"}
    assert linked == {i: ws.cell(5 + i, 7).value for i in range(4)}
    assert all(str(v).startswith("R-0") for v in linked.values())


def test_thirty_fifth_held_out_truth_as_audited_in_round_26(tmp_path: Path) -> None:
    """Round 26's audit of the thirty-fifth batch's truth (docs/adopt.md, "Round 26: the
    thirty-fifth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (Planner's `Urgent` / `Important` are Critical / High; the abattoir's `Mitigate` is
    Reduce; `DEC-01` is DC-001 and `DEP-1` D-001; the herbarium's H / M / L are 5 / 3 / 1),
    and the readings kept with no fact (Planner's `Completed`, the sawmill's `N`)."""
    from adopt_layouts_heldout35 import HELD_OUT_35

    totals, built = _built_at_2026(HELD_OUT_35, tmp_path)
    assert totals == {"tables": 15, "register": 30, "columns": 92, "values": 362}

    velo = built["us_velodrome_planner_issues"]
    ws = openpyxl.load_workbook(velo.path)["Tasks"]
    assert (ws["D1"].value, ws["E1"].value) == ("Progress", "Priority")
    n = velo.tables[0].counts["issues"]
    words = {"Urgent": "Critical", "Important": "High", "Medium": "Medium", "Low": "Low"}
    priority = {v.where: v.expected for v in velo.values if v.column == "priority"}
    assert priority == {i: words[ws.cell(2 + i, 5).value] for i in range(n)}
    assert {"Urgent", "Important"} <= {ws.cell(2 + i, 5).value for i in range(n)}
    status = {v.where for v in velo.values if v.column == "status"}
    assert status == {i for i in range(n) if ws.cell(2 + i, 4).value != "Completed"} != set()

    abattoir = built["ca_abattoir_risk_register"]
    ws = openpyxl.load_workbook(abattoir.path)["Risk Register"]
    assert ws["H4"].value == "Response"
    n = abattoir.tables[0].counts["risks"]
    kinds = {v.where: v.expected for v in abattoir.values if v.column == "response_type"}
    read = {"Mitigate": "Reduce", "Accept": "Accept", "Transfer": "Transfer"}
    assert kinds == {i: read[ws.cell(5 + i, 8).value] for i in range(n)}
    assert "Mitigate" in [ws.cell(5 + i, 8).value for i in range(n)]

    ids = {  # layout -> (sheet, first item row, register, the standard's id of item 0)
        "au_polytechnic_decision_log": ("Decision Log", 4, "decisions", "DC-001"),
        "ke_macadamia_dependencies": ("Dependencies", 4, "dependencies", "D-001"),
    }
    for name, (sheet, first, register, first_id) in ids.items():
        b = built[name]
        ws = openpyxl.load_workbook(b.path)[sheet]
        n = b.tables[0].counts[register]
        got = {v.where: v.expected for v in b.values if v.column == "id"}
        prefix = first_id.split("-")[0]
        assert got == {i: f"{prefix}-{i + 1:03d}" for i in range(n)} and got[0] == first_id
        assert [ws.cell(first + i, 1).value for i in range(2)] in (
            ["DEC-01", "DEC-02"],
            ["DEP-1", "DEP-2"],
        )

    herb = built["sg_herbarium_status_report"]
    ws = openpyxl.load_workbook(herb.path)["Status Report"]
    assert (ws["B13"].value, ws["C13"].value) == ("Likelihood", "Impact")
    n = herb.tables[0].counts["risks"]
    level = {"H": 5.0, "M": 3.0, "L": 1.0}
    for column, col in (("probability", 2), ("impact", 3)):
        got = {v.where: v.expected for v in herb.values if v.column == column}
        assert got == {i: level[ws.cell(14 + i, col).value] for i in range(n)}

    saw = built["ie_sawmill_assumptions"]  # kept: `N` is Open or Invalid, no status fact
    ws = openpyxl.load_workbook(saw.path)["Assumptions Log"]
    n = saw.tables[0].counts["assumptions"]
    validated = {v.where for v in saw.values if v.column == "status"}
    assert validated == {i for i in range(n) if ws.cell(4 + i, 5).value == "Y"} != set()
    assert "N" in [ws.cell(4 + i, 5).value for i in range(n)]


def test_thirty_sixth_held_out_truth_as_audited_in_round_26(tmp_path: Path) -> None:
    """Round 26's audit of the thirty-sixth batch's truth (docs/adopt.md, "Round 26: the
    thirty-sixth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (Planful's bare `$` has no currency fact; Riskonnect's `Filter: Program = ...` is the
    programme; the Sinhala `UP-01` ids are A-001..; UNDP's reporting period gives the report
    date as its end)."""
    from adopt_layouts_heldout36 import HELD_OUT_36

    totals, built = _built_at_2026(HELD_OUT_36, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 91, "values": 412}

    planful = built["planful_budget_actual_thousands"]
    ws = openpyxl.load_workbook(planful.path)["Report"]
    assert ws["A2"].value.endswith("($ in thousands)")
    assert not [v for v in planful.values if v.register == "project"]
    budget = {v.where: v.expected for v in planful.values if v.column == "budget"}
    assert len(budget) == 24  # the thousands reading is kept: only the currency went

    rk = built["riskonnect_risk_register"]
    ws = openpyxl.load_workbook(rk.path)["Risk Register"]
    assert ws["A2"].value.endswith("| Filter: Program = Epic Go-Live Wave 2")
    project = {v.column: v.expected for v in rk.values if v.register == "project"}
    assert project == {"programme": "Epic Go-Live Wave 2"}

    si = built["sinhala_assumptions_log"]
    ws = openpyxl.load_workbook(si.path)["උපකල්පන"]
    n = si.tables[0].counts["assumptions"]
    assert si.tables[0].columns["A"] == "id"
    assert [ws.cell(6 + i, 1).value for i in range(n)] == [f"UP-{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in si.values if v.column == "id"}
    assert ids == {i: f"A-{i + 1:03d}" for i in range(n)}

    undp = built["undp_quarterly_progress_report"]
    ws = openpyxl.load_workbook(undp.path)["QPR"]
    assert (ws["A8"].value, ws["B8"].value) == ("Reporting Period:", "1 January - 31 March 2026")
    project = {v.column: v.expected for v in undp.values if v.register == "project"}
    assert project["report_date"] == date(2026, 3, 31)
    assert project["currency"] == "USD"  # `Total Budget (USD):` names the code


def test_thirty_seventh_held_out_truth_as_audited_in_round_26(tmp_path: Path) -> None:
    """Round 26's audit of the thirty-seventh batch's truth (docs/adopt.md, "Round 26: the
    thirty-seventh batch's truth audited"): its fact totals at seed 2026 and each changed
    fact (the Arabic agency column may be the counterparty project or owner or left out; the
    Dutch RAID log names only the drawn registers' fields, and a Dutch assumption `In
    behandeling` is Open while a risk's or dependency's has no status)."""
    from adopt_layouts_heldout37 import HELD_OUT_37
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_37, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 86, "values": 410}

    om = built["arabic_dependency_register"]
    ws = openpyxl.load_workbook(om.path)["الاعتماديات"]
    assert ws["C5"].value == "الجهة" and ws["C6"].value == "البنك المركزي العماني"
    party = ("counterparty_project_id", "counterparty_owner", None)
    assert om.tables[0].columns["C"] == party
    assert not [v for v in om.values if v.column.startswith("counterparty")]

    nl = built["dutch_raid_log"]
    assert nl.tables[0].columns["C"] == ("title", "assumption")
    assert nl.tables[0].columns["F"] == ("due_date", "need_by", "validate_by")
    layout = next(lay for lay in HELD_OUT_37 if lay.name == "dutch_raid_log")
    n = HELD_OUT_37.index(layout)
    # seed 62 draws no assumption: the text and deadline columns name no assumption field
    (tmp_path / "s62").mkdir()
    lean = layout.build(tmp_path / "s62", random.Random(62 * 1000 + n))
    assert "assumptions" not in lean.tables[0].counts
    assert lean.tables[0].columns["C"] == "title"
    assert check_truth(lean) == []
    # seed 1 draws an assumption `In behandeling`: Open; a risk's stays with no status
    (tmp_path / "s1").mkdir()
    one = layout.build(tmp_path / "s1", random.Random(1 * 1000 + n))
    ws = openpyxl.load_workbook(one.path)["RAID-log"]
    rows = [(ws.cell(r, 2).value, ws.cell(r, 8).value) for r in range(4, 12)]
    assert ("Aanname", "In behandeling") in rows
    kinds = {"Risico": "risks", "Aanname": "assumptions", "Issue": "issues"}
    kinds |= {"Afhankelijkheid": "dependencies"}
    status = {(v.register, v.where): v.expected for v in one.values if v.column == "status"}
    seen: dict[str, int] = {}
    for kind, state in rows:
        reg = kinds[kind]
        idx = seen[reg] = seen.get(reg, -1) + 1
        if state != "In behandeling":
            assert status[(reg, idx)] == ("Open" if state == "Open" else "Closed")
        elif reg == "assumptions":
            assert status[(reg, idx)] == "Open"
        elif reg == "issues":
            assert status[(reg, idx)] == "In Progress"
        else:
            assert (reg, idx) not in status


def test_thirty_eighth_held_out_truth_as_audited_in_round_27(tmp_path: Path) -> None:
    """Round 27's audit of the thirty-eighth batch's truth (docs/adopt.md, "Round 27: the
    thirty-eighth batch's truth audited"): its fact totals at seed 2026 and each changed
    fact (the kelp farm's `(AUD, ex GST)` is AUD; the fire station's off-list proximity
    words have no fact; the highlight report's `w/e` date is the report date; the ice rink's
    `D-1` refs are DC-001..)."""
    from adopt_layouts_heldout38 import HELD_OUT_38
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_38, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 80, "values": 361}
    assert all(check_truth(b) == [] for b in built.values())

    kelp = built["au_kelp_farm_budget_actual_k"]
    ws = openpyxl.load_workbook(kelp.path)["BvA"]
    assert ws["A2"].value == "All figures $k (AUD, ex GST)"
    project = {v.column: v.expected for v in kelp.values if v.register == "project"}
    assert project == {"currency": "AUD"}
    budget = {v.where: v.expected for v in kelp.values if v.column == "budget"}
    assert budget[(date(2025, 7, 1), ws["A6"].value)] == ws["B6"].value * 1000  # still $k

    fire = built["uk_fire_station_risk_register"]
    ws = openpyxl.load_workbook(fire.path)["Risk Register"]
    assert fire.tables[0].columns["I"] == "proximity"
    words = [ws.cell(r, 9).value for r in range(5, 15) if ws.cell(r, 1).value.startswith("FRS")]
    assert "Next 6 months" in words and "Imminent" in words
    proximity = {v.where: v.expected for v in fire.values if v.column == "proximity"}
    assert proximity == {i: w for i, w in enumerate(words) if w == "Imminent"}

    post = built["uk_post_office_highlight_report"]
    ws = openpyxl.load_workbook(post.path)["Highlight Report"]
    assert (ws["A6"].value, ws["C6"].value) == ("Reporting period:", "w/e 13/03/2026")
    project = {v.column: v.expected for v in post.values if v.register == "project"}
    assert project["report_date"] == date(2026, 3, 13)

    rink = built["ca_ice_rink_decision_log"]
    ws = openpyxl.load_workbook(rink.path)["Decisions"]
    n = rink.tables[0].counts["decisions"]
    assert rink.tables[0].columns["A"] == "id"
    refs = [ws.cell(5 + i, 1).value for i in range(n)]
    assert refs == [f"D-{n - i}" for i in range(n)]  # newest first
    ids = {v.where: v.expected for v in rink.values if v.column == "id"}
    assert ids == {i: f"DC-{n - i:03d}" for i in range(n)}


def test_fortieth_held_out_truth_as_audited_in_round_27(tmp_path: Path) -> None:
    """Round 27's audit of the fortieth batch's truth (docs/adopt.md, "Round 27: the
    fortieth batch's truth audited"): its fact totals at seed 2026 and each changed fact (the
    tram plan's `Complete` / `At Risk` milestones carry that status, `On Track` none; a lido
    risk whose two owner columns agree has that owner; the bell foundry's one-line `Reason`
    is the rationale, a two-line one has none, and `Superseded by?` may be linked_ids)."""
    from adopt_layouts_heldout40 import HELD_OUT_40

    totals, built = _built_at_2026(HELD_OUT_40, tmp_path)
    assert totals == {"tables": 15, "register": 28, "columns": 96, "values": 339}

    def live_rows(ws: openpyxl.worksheet.worksheet.Worksheet, first: int) -> list[int]:
        """The rows of a table a reader keeps: the struck `DELETED` ones are no items."""
        return [
            r
            for r in range(first, ws.max_row + 1)
            if ws.cell(r, 1).value is not None and not ws.cell(r, 1).font.strike
        ]

    n = [layout.name for layout in HELD_OUT_40].index("us_tram_depot_milestones")
    (tmp_path / "seed7").mkdir()  # seed 7 has `On Track` milestones too; 2026 has none
    tram_at_7 = HELD_OUT_40[n].build(tmp_path / "seed7", random.Random(7 * 1000 + n))
    for tram, words in ((built["us_tram_depot_milestones"], {"Complete", "At Risk"}),
                        (tram_at_7, {"Complete", "At Risk", "On Track"})):  # fmt: skip
        assert tram.tables[0].columns["G"] == "status"
        ws = openpyxl.load_workbook(tram.path)["Milestones"]
        assert ws["G3"].value == "Status"
        cells = [ws.cell(r, 7).value for r in live_rows(ws, 4)]
        assert set(cells) == words and len(cells) == 7
        status = {v.where: v.expected for v in tram.values if v.column == "status"}
        assert status == {i: s for i, s in enumerate(cells) if s != "On Track"}

    lido = built["uk_lido_raid_log"]
    ws = openpyxl.load_workbook(lido.path)["Risks"]
    assert (ws["D3"].value, ws["E3"].value) == ("Owner", "Owner (new)")
    rows = live_rows(ws, 4)
    owners = {
        v.where: v.expected for v in lido.values if v.column == "owner" and v.register == "risks"
    }
    assert owners == {
        i: ws.cell(r, 4).value
        for i, r in enumerate(rows)
        if ws.cell(r, 4).value == ws.cell(r, 5).value
    }
    assert owners == {3: "Owen Lloyd"}
    assert any(ws.cell(r, 5).value not in (None, ws.cell(r, 4).value) for r in rows)

    bell = built["uk_bell_foundry_decisions"]
    assert bell.tables[0].columns["F"] == ("linked_ids", None)
    ws = openpyxl.load_workbook(bell.path)["Decisions"]
    assert (ws["D3"].value, ws["F3"].value) == ("Reason", "Superseded by?")
    reasons = [ws.cell(r, 4).value for r in live_rows(ws, 4)]
    rationale = {v.where: v.expected for v in bell.values if v.column == "rationale"}
    assert rationale == {i: why for i, why in enumerate(reasons) if "\n" not in why}
    assert rationale == {0: "Cheaper over two years", 2: "Cheaper over two years"}
    assert any("\n" in why for why in reasons)


def test_thirty_ninth_held_out_truth_as_audited_in_round_27(tmp_path: Path) -> None:
    """Round 27's audit of the thirty-ninth batch's truth (docs/adopt.md, "Round 27: the
    thirty-ninth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the Canadian RAID log's dependencies have no need-by from `Due Date` and its lone
    `Description` may be the title or the description; the Welsh `RG01`, Belgian `D1` and
    Kenyan `DEP-1` are R-001, DC-001 and D-001; the Welsh `Ymateb / Response` is the
    response type, `Lliniaru / Mitigate` Reduce)."""
    from adopt_layouts_heldout39 import HELD_OUT_39
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_39, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 76, "values": 391}
    for b in built.values():
        assert check_truth(b) == []

    ca = built["canada_raid_bilingue"]
    ws = openpyxl.load_workbook(ca.path)["RAID"]
    assert ws["C5"].value == "Description / Description"
    assert ws["F5"].value == "Due Date / Date d'échéance"
    table = ca.tables[0]
    assert table.columns["C"] == ("assumption", "description", "title")
    assert table.columns["F"] == ("committed_date", "due_date", "need_by", "validate_by")
    deps = [r for r in range(6, 13) if ws.cell(r, 2).value == "Dependency / Dépendance"]
    assert len(deps) == table.counts["dependencies"] == 2
    dep_facts = {v.column for v in ca.values if v.register == "dependencies"}
    assert dep_facts == {"id", "title", "owner", "status"}
    due = {(v.register, v.where): v.expected for v in ca.values if v.column == "due_date"}
    risks = [r for r in range(6, 13) if ws.cell(r, 2).value == "Risk / Risque"]
    assert [due[("risks", i)] for i in range(len(risks))] == [
        ws.cell(r, 6).value.date() for r in risks
    ]

    cy = built["wales_risk_register"]
    ws = openpyxl.load_workbook(cy.path)["Cofrestr Risg"]
    assert (ws["H5"].value, ws["H6"].value) == ("Ymateb", "Response")
    assert cy.tables[0].columns["H"] == "response_type"
    n = cy.tables[0].counts["risks"]
    ids = {v.where: v.expected for v in cy.values if v.column == "id"}
    assert [ws.cell(7 + i, 1).value for i in range(n)] == [f"RG{i + 1:02d}" for i in range(n)]
    assert ids == {i: f"R-{i + 1:03d}" for i in range(n)}
    words = {"Lliniaru / Mitigate": "Reduce", "Trosglwyddo / Transfer": "Transfer"}
    words |= {"Derbyn / Accept": "Accept"}
    types = {v.where: v.expected for v in cy.values if v.column == "response_type"}
    assert types == {i: words[ws.cell(7 + i, 8).value] for i in range(n)}
    assert set(types.values()) == {"Transfer", "Accept"}  # seed 7 draws a Mitigate too

    be = built["belgium_decisions"]
    ws = openpyxl.load_workbook(be.path)["Décisions-Besluiten"]
    n = be.tables[0].counts["decisions"]
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"D{i + 1}" for i in range(n)]
    ids = {v.where: v.expected for v in be.values if v.column == "id"}
    assert ids == {i: f"DC-{i + 1:03d}" for i in range(n)}

    ke = built["kenya_dependency_log"]
    ws = openpyxl.load_workbook(ke.path)["Dependencies"]
    n = ke.tables[0].counts["dependencies"]
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"DEP-{i + 1}" for i in range(n)]
    ids = {v.where: v.expected for v in ke.values if v.column == "id"}
    assert ids == {i: f"D-{i + 1:03d}" for i in range(n)}

    # seed 7's Welsh register has `Lliniaru / Mitigate` risks: Reduce
    layout = next(lay for lay in HELD_OUT_39 if lay.name == "wales_risk_register")
    (tmp_path / "s7").mkdir()
    seven = layout.build(tmp_path / "s7", random.Random(7 * 1000 + HELD_OUT_39.index(layout)))
    ws = openpyxl.load_workbook(seven.path)["Cofrestr Risg"]
    types = {v.where: v.expected for v in seven.values if v.column == "response_type"}
    mitigate = [i for i in types if ws.cell(7 + i, 8).value == "Lliniaru / Mitigate"]
    assert mitigate and all(types[i] == "Reduce" for i in mitigate)


def test_forty_first_held_out_truth_as_audited_in_round_28(tmp_path: Path) -> None:
    """Round 28's audit of the forty-first batch's truth (docs/adopt.md, "Round 28: the
    forty-first batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the wharf's e-mail owners and a ZenHub handle that spells a name have no owner value;
    the MYOB report's period end and the helipad's `as at` date are the report dates)."""
    from adopt_layouts_heldout41 import HELD_OUT_41

    totals, built = _built_at_2026(HELD_OUT_41, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 77, "values": 232}

    wharf = built["au_wharf_give_get_dependencies"]
    assert wharf.tables[0].columns["F"] == "owner"
    ws = openpyxl.load_workbook(wharf.path)["Dependencies"]
    assert ws["F4"].value == "Our owner"
    n = wharf.tables[0].counts["dependencies"]
    assert all("@" in ws.cell(5 + i, 6).value for i in range(n))
    assert not [v for v in wharf.values if v.column == "owner"]
    them = {v.where: v.expected for v in wharf.values if v.column == "counterparty_owner"}
    assert them == {i: ws.cell(5 + i, 5).value for i in range(n)}

    n = [layout.name for layout in HELD_OUT_41].index("us_cidery_zenhub_issues")
    (tmp_path / "seed0").mkdir()  # seed 0 has a lone `sarah-tan`; 2026 has none
    at_0 = HELD_OUT_41[n].build(tmp_path / "seed0", random.Random(0 * 1000 + n))
    for zen in (built["us_cidery_zenhub_issues"], at_0):
        ws = openpyxl.load_workbook(zen.path)["zenhub-export"]
        assert ws["F1"].value == "Assignees"
        cells = [ws.cell(2 + i, 6).value for i in range(zen.tables[0].counts["issues"])]
        owners = {v.where: v.expected for v in zen.values if v.column == "owner"}
        assert owners == {i: c for i, c in enumerate(cells) if ", " not in c and c != "sarah-tan"}
    assert cells[5] == "sarah-tan" and 5 not in owners and owners[0] == "bwhitaker"

    myob = built["au_creamery_myob_job_report"]
    ws = openpyxl.load_workbook(myob.path)["Jobs Budget Analysis"]
    assert ws["A5"].value == "1/03/2026 To 31/03/2026"
    assert ws["F14"].number_format == ws["F10"].number_format == "0.0%"
    project = {v.column: v.expected for v in myob.values if v.register == "project"}
    assert project == {"report_date": date(2026, 3, 31)}

    heli = built["ke_helipad_cashflow_by_row"]
    ws = openpyxl.load_workbook(heli.path)["Cash Flow"]
    assert ws["A2"].value == "All months are forecast as at 5 January 2026"
    project = {v.column: v.expected for v in heli.values if v.register == "project"}
    assert project == {"report_date": date(2026, 1, 5)}


def test_forty_third_held_out_truth_as_audited_in_round_28(tmp_path: Path) -> None:
    """Round 28's audit of the forty-third batch's truth (docs/adopt.md, "Round 28: the
    forty-third batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the pier RAID log's assumption marked `Closed` is Closed and its lone `Description` may
    be the title or the description; the pottery plan's `M01` is M-001)."""
    from adopt_layouts_heldout43 import HELD_OUT_43
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_43, tmp_path)
    assert totals == {"tables": 14, "register": 29, "columns": 74, "values": 608}
    assert all(check_truth(b) == [] for b in built.values())

    pier = built["uk_pier_raid_print"]
    assert pier.tables[0].columns["C"] == ("title", "assumption", "description")
    ws = openpyxl.load_workbook(pier.path)["RAID Log"]
    assert (ws["C9"].value, ws["F9"].value) == ("Description", "Status")
    cells = {ws.cell(r, 1).value: ws.cell(r, 6).value for r in range(10, ws.max_row + 1)}
    assumed = {v.where: v.expected for v in pier.values if v.register == "assumptions"
               and v.column == "status"}  # fmt: skip
    ids = {v.where: v.expected for v in pier.values if v.register == "assumptions"
           and v.column == "id"}  # fmt: skip
    assert assumed == {i: cells[ref] for i, ref in ids.items()}
    assert assumed == {0: "Closed", 1: "Open"}
    titles = {v.expected for v in pier.values if v.column == "title"}
    assert "Barge damaged a landing stage fender" in titles

    pottery = built["uk_pottery_gantt_milestones"]
    assert pottery.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(pottery.path)["Milestone Plan"]
    assert [ws.cell(r, 1).value for r in range(3, 10)] == [
        "ID", "M01", "M02", "M03", "M04", "M05", "M06"
    ]  # fmt: skip
    ids = {v.where: v.expected for v in pottery.values if v.column == "id"}
    assert ids == {i: f"M-{i + 1:03d}" for i in range(6)}


def test_forty_second_held_out_truth_as_audited_in_round_28(tmp_path: Path) -> None:
    """Round 28's audit of the forty-second batch's truth (docs/adopt.md, "Round 28: the
    forty-second batch's truth audited"): its fact totals at seed 2026 and the changed fact
    (SharePoint's `(2) Normal` priority is Medium, the middle of its three levels; `(1) High`
    and `(3) Low` as written); the ERP report's `Project: CP-2291 ...` line, a code and a name
    run together, still has no project fact."""
    from adopt_layouts_heldout42 import HELD_OUT_42
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_42, tmp_path)
    assert totals == {"tables": 13, "register": 26, "columns": 76, "values": 280}
    for b in built.values():
        assert check_truth(b) == []

    sp = built["ca_coast_guard_sharepoint_issues"]
    ws = openpyxl.load_workbook(sp.path)["query"]
    assert ws["C1"].value == "Priority"
    n = sp.tables[0].counts["issues"]
    words = {"(1) High": "High", "(2) Normal": "Medium", "(3) Low": "Low"}
    priority = {v.where: v.expected for v in sp.values if v.column == "priority"}
    assert priority == {i: words[ws.cell(2 + i, 3).value] for i in range(n)}
    assert "(2) Normal" in [ws.cell(2 + i, 3).value for i in range(n)]

    croc = built["au_crocodile_park_erp_costs"]
    ws = openpyxl.load_workbook(croc.path)["Report"]
    assert ws["A3"].value == "Project: CP-2291 Billabong Enclosure Rebuild"
    project = {v.column: v.expected for v in croc.values if v.register == "project"}
    assert project == {"currency": "AUD"}


def test_forty_fourth_held_out_truth_as_audited_in_round_29(tmp_path: Path) -> None:
    """Round 29's audit of the forty-fourth batch's truth (docs/adopt.md, "Round 29: the
    forty-fourth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (Jira's `Issue key` is the ID column; the orchid's `R01` is R-001; the carillon's `Done`
    is Delivered; a canal dependency's lone `Target date` has no need-by fact) and mended
    cell (the bowling log's `Last updated:` is no earlier than its entries)."""
    from adopt_layouts_heldout44 import HELD_OUT_44
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_44, tmp_path)
    # 363 values as audited; 357 since the lead's correction in round 29's last hour: the
    # dairy goat plan's `Stage gate` (`Gate 1`..) names a stage, and SPEC's Gate is Y/N, so
    # its six gate facts are gone (the column mapped to the gate or left out); 353 since the
    # orchid's typed `Score` has no value fact (SPEC section 3 recomputes a risk's score)
    assert totals == {"tables": 13, "register": 29, "columns": 84, "values": 353}
    assert all(check_truth(b) == [] for b in built.values())

    jira = built["nz_mussel_farm_jwm_risks"]
    ws = openpyxl.load_workbook(jira.path)["Jira"]
    assert ws["B1"].value == "Issue key" and ws["B2"].value == "RISK-11"
    assert jira.tables[0].columns["B"] == "id"
    assert not [v for v in jira.values if v.column == "id"]

    orchid = built["sg_orchid_nursery_risk_register"]
    ws = openpyxl.load_workbook(orchid.path)["Risk Register"]
    assert orchid.tables[0].columns["A"] == "id"
    n = orchid.tables[0].counts["risks"]
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"R{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in orchid.values if v.column == "id"}
    assert ids == {i: f"R-{i + 1:03d}" for i in range(n)}
    plans = {ws.cell(5 + i, 3).value: ws.cell(5 + i, 9).value for i in range(n)}
    assert plans["Growers poached by the Kranji farms"] == "Retention bonus at harvest"

    carillon = built["ca_carillon_dependencies"]
    ws = openpyxl.load_workbook(carillon.path)["Dependencies"]
    n = carillon.tables[0].counts["dependencies"]
    words = {"On track": "On Track", "At risk": "At Risk", "Done": "Delivered"}
    status = {v.where: v.expected for v in carillon.values if v.column == "status"}
    assert status == {i: words[ws.cell(5 + i, 8).value] for i in range(n)}
    assert "Done" in [ws.cell(5 + i, 8).value for i in range(n)]

    canal = built["ie_canal_lock_raid_log"]
    ws = openpyxl.load_workbook(canal.path)["RAID"]
    assert ws["F3"].value == "Target date"
    assert canal.tables[0].columns["F"] == ("due_date", "validate_by", "need_by", "committed_date")
    assert canal.tables[0].counts["dependencies"] == 2
    deps = {v.column for v in canal.values if v.register == "dependencies"}
    assert deps == {"title", "owner", "status"}
    dues = [v for v in canal.values if v.column in ("due_date", "validate_by")]
    counts = canal.tables[0].counts
    assert len(dues) == counts["risks"] + counts["issues"] + counts["assumptions"]

    goat = built["au_dairy_goat_milestone_plan"]
    ws = openpyxl.load_workbook(goat.path)["Milestones"]
    assert ws["A4"].value == "Stage gate" and ws["A5"].value == "Gate 1"
    assert goat.tables[0].columns["A"] == ("gate", None)
    assert not [v for v in goat.values if v.column == "gate"]

    bowling = built["uk_bowling_alley_issue_log"]
    ws = openpyxl.load_workbook(bowling.path)["Issues"]
    assert ws["A2"].value == "Last updated: 10/05/2026"
    stamps = [ws.cell(r, c).value for r in range(5, ws.max_row + 1) for c in (2, 9)]
    days = [datetime.strptime(s, "%d/%m/%Y").date() for s in stamps if s]
    assert max(days) == date(2026, 5, 10)


def test_forty_fifth_held_out_truth_as_audited_in_round_29(tmp_path: Path) -> None:
    """Round 29's audit of the forty-fifth batch's truth (docs/adopt.md, "Round 29: the
    forty-fifth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (`DEP-001` is D-001, a decision log's `D-001` DC-001, `MS-01` M-001 with its column mapped)
    and each mended cell (the RAID tool's report date after every item raised, no Falklands
    milestone Complete with a forecast after the status date, each halloumi mitigation and
    yacht club resolution its own)."""
    from adopt_layouts_heldout45 import HALLOUMI_RISKS, HELD_OUT_45, YACHT_ISSUES
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_45, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 71, "values": 378}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    raid = built["gi_duty_free_raid_tool"]
    ws = openpyxl.load_workbook(raid.path)["RAID"]
    rows = range(4, 4 + sum(raid.tables[0].counts.values()))
    deps = [ws.cell(r, 2).value for r in rows if ws.cell(r, 1).value == "Dependency"]
    assert deps == ["DEP-001", "DEP-002"]
    assert facts(raid, "dependencies", "id") == {0: "D-001", 1: "D-002"}
    assert facts(raid, "risks", "id") == {0: "R-001", 1: "R-002", 2: "R-003"}
    control = openpyxl.load_workbook(raid.path)["Control"]
    report = control["B6"].value.date()
    assert control["A6"].value == "Report date" and report == date(2026, 5, 8)
    assert all(ws.cell(r, 5).value.date() <= report for r in rows)
    assert facts(raid, "project", "report_date") == {0: report}

    rum = built["bz_rum_distillery_decisions"]
    ws = openpyxl.load_workbook(rum.path)["Decisions"]
    assert [ws.cell(r, 1).value for r in range(4, 9)] == ["Decision No.", "D-001", "D-002",
                                                          "D-003", "D-004"]  # fmt: skip
    assert facts(rum, "decisions", "id") == {i: f"DC-{i + 1:03d}" for i in range(4)}

    vanilla = built["pg_vanilla_dependencies"]
    ws = openpyxl.load_workbook(vanilla.path)["Dependencies"]
    assert [ws.cell(r, 1).value for r in range(4, 9)] == [f"DEP-00{i}" for i in range(1, 6)]
    assert facts(vanilla, "dependencies", "id") == {i: f"D-{i + 1:03d}" for i in range(5)}

    stingray = built["ky_stingray_milestones"]
    assert stingray.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(stingray.path)["Milestones"]
    assert [ws.cell(r, 1).value for r in range(3, 10)] == ["MS ID"] + [
        f"MS-0{i}" for i in range(1, 7)
    ]
    assert facts(stingray, "milestones", "id") == {i: f"M-{i + 1:03d}" for i in range(6)}

    penguin = built["fk_penguin_boardwalk_status"]
    ws = openpyxl.load_workbook(penguin.path)["Control"]
    status_date = ws["B6"].value.date()
    for r in range(14, 14 + penguin.tables[0].counts["milestones"]):
        if ws.cell(r, 4).value == "Complete":
            assert ws.cell(r, 3).value.date() <= status_date
    assert facts(penguin, "milestones", "status") == {0: "Late", 1: "Late", 2: "Late",
                                                      3: "Not Started"}  # fmt: skip

    halloumi = built["cy_halloumi_risk_tool"]
    ws = openpyxl.load_workbook(halloumi.path)["Risk Register"]
    own = {text: plan for text, _cat, plan in HALLOUMI_RISKS}
    plans = facts(halloumi, "risks", "response")
    assert plans == {i: own[ws.cell(4 + i, 3).value] for i in range(6)}
    assert plans[2] == ws["K6"].value == "Buyers in the UK and the Gulf approached"

    yacht = built["bm_yacht_club_issue_tool"]
    ws = openpyxl.load_workbook(yacht.path)["Issue Log"]
    fixes = dict(YACHT_ISSUES)
    resolved = facts(yacht, "issues", "resolution")
    assert resolved == {0: fixes[ws["C4"].value], 3: fixes[ws["C7"].value]}
    assert resolved[0] == ws["H4"].value == "Moorings ordered from the Florida supplier"


def test_forty_sixth_held_out_truth_as_audited_in_round_29(tmp_path: Path) -> None:
    """Round 29's audit of the forty-sixth batch's truth (docs/adopt.md, "Round 29: the
    forty-sixth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the river lock's `MS-01` refs are milestone ids `M-001` ..; the bicycle plant's and the
    coolstore's `Total` rows show their lines' number format, a writer's slip mended)."""
    from adopt_layouts_heldout46 import HELD_OUT_46

    totals, built = _built_at_2026(HELD_OUT_46, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 64, "values": 294}

    lock = built["us_river_lock_milestones"]
    assert lock.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(lock.path)["Milestones"]
    assert ws["A5"].value == "ID"
    n = lock.tables[0].counts["milestones"]
    cells = [ws.cell(6 + i, 1).value for i in range(n)]
    assert cells == [f"MS-{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in lock.values if v.column == "id"}
    assert ids == {i: f"M-{int(c[3:]):03d}" for i, c in enumerate(cells)}

    bike = built["in_bicycle_capex_phasing"]
    ws = openpyxl.load_workbook(bike.path)["Phasing"]
    lines = {v.where[1] for v in bike.values if v.register == "finance"}  # type: ignore[index]
    total = bike.tables[0].header_row + 1 + len(lines)
    assert ws.cell(total, 1).value == "Total"
    assert {ws.cell(total, c).number_format for c in range(3, 9)} == {"0.00"}
    assert ws.cell(total - 1, 3).number_format == "0.00"

    cool = built["nz_kiwifruit_coolstore_cashflow"]
    ws = openpyxl.load_workbook(cool.path)["Cashflow"]
    assert ws["A11"].value == "Total"
    formats = {ws.cell(r, c).number_format for r in (10, 11) for c in range(2, 7)}
    assert formats == {"#,##0.0;(#,##0.0)"}


def test_forty_seventh_held_out_truth_as_audited_in_round_30(tmp_path: Path) -> None:
    """Round 30's audit of the forty-seventh batch's truth (docs/adopt.md, "Round 30: the
    forty-seventh batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the hurling log's per-type `R1` .. as R-001 .., the pineapple log's `D01` as DC-001, the
    lobster pound's `DEP-001` as D-001, the synagogue's `#` the ID or left out; the `Total`
    rows of three trackers show their lines' number format, a writer's slip mended)."""
    from adopt_layouts_heldout47 import HELD_OUT_47

    totals, built = _built_at_2026(HELD_OUT_47, tmp_path)
    assert totals == {"tables": 13, "register": 28, "columns": 75, "values": 372}

    hurling = built["ie_hurling_club_raid_log"]
    assert hurling.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(hurling.path)["RAID"]
    assert ws["A4"].value == "Ref"
    refs = [ws.cell(r, 1).value for r in range(5, 5 + sum(hurling.tables[0].counts.values()))]
    letter = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}
    ids = {(v.register, v.where): v.expected for v in hurling.values if v.column == "id"}
    assert sorted(ids.values()) == sorted(f"{r[0]}-{int(r[1:]):03d}" for r in refs)
    assert all(e == f"{letter[reg]}-{i + 1:03d}" for (reg, i), e in ids.items())

    pine = built["gh_pineapple_cannery_decision_log"]
    assert pine.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(pine.path)["Decision Log"]
    cells = [ws.cell(6 + i, 1).value for i in range(pine.tables[0].counts["decisions"])]
    assert cells == [f"D{i + 1:02d}" for i in range(len(cells))]
    ids = {v.where: v.expected for v in pine.values if v.column == "id"}
    assert ids == {i: f"DC-{int(c[1:]):03d}" for i, c in enumerate(cells)}

    lobster = built["ca_lobster_pound_dependencies"]
    assert lobster.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(lobster.path)["Dependencies"]
    cells = [ws.cell(2 + i, 1).value for i in range(lobster.tables[0].counts["dependencies"])]
    assert cells == [f"DEP-{i + 1:03d}" for i in range(len(cells))]
    ids = {v.where: v.expected for v in lobster.values if v.column == "id"}
    assert ids == {i: f"D-{int(c[4:]):03d}" for i, c in enumerate(cells)}

    synagogue = built["us_synagogue_milestone_plan"]
    assert synagogue.tables[0].columns["A"] == ("id", None)
    assert openpyxl.load_workbook(synagogue.path)["Milestones"]["A3"].value == "#"
    assert not [v for v in synagogue.values if v.column == "id"]

    for name, sheet, fmt in (
        ("in_handloom_budget_actual_sheets", "Actuals", "#,##,##0"),
        ("uk_snooker_hall_monthly_spend", "Spend", "#,##0.00"),
        ("sg_temple_zoho_expenses_by_category", "Expenses by Category", "#,##0.00"),
    ):
        ws = openpyxl.load_workbook(built[name].path)[sheet]
        total = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Total")
        filled = [c for c in ws[total][1:] if c.value is not None]
        assert filled and {c.number_format for c in filled} == {fmt}
        assert ws.cell(total - 1, filled[-1].column).number_format == fmt


def test_forty_eighth_held_out_truth_as_audited_in_round_30(tmp_path: Path) -> None:
    """Round 30's audit of the forty-eighth batch's truth (docs/adopt.md, "Round 30: the
    forty-eighth batch's truth audited"): its fact totals at seed 2026, the changed facts (the
    salt marsh's Low / Medium / High are probability / impact 1 / 3 / 5) and the mended cells
    (each lobster risk's own treatment; each winter road agency's own contact)."""
    from adopt_layouts_heldout48 import HELD_OUT_48, LOBSTER_TREATMENT, WINTER_CONTACTS
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_48, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 76, "values": 394}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    marsh = built["dk_salt_marsh_eu_grant_critical_risks"]
    ws = openpyxl.load_workbook(marsh.path)["Critical risks"]
    assert (ws["E4"].value, ws["F4"].value) == ("Likelihood", "Severity")
    assert (marsh.tables[0].columns["E"], marsh.tables[0].columns["F"]) == ("probability", "impact")
    level = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    n = marsh.tables[0].counts["risks"]
    assert n == 4
    assert facts(marsh, "risks", "probability") == {
        i: level[ws.cell(5 + i, 5).value] for i in range(n)
    }
    assert facts(marsh, "risks", "impact") == {i: level[ws.cell(5 + i, 6).value] for i in range(n)}
    assert (ws["E6"].value, ws["F6"].value) == ("High", "Low")

    lobster = built["au_tas_lobster_hatchery_key_risks"]
    ws = openpyxl.load_workbook(lobster.path)["Schedule 3 Risks"]
    n = lobster.tables[0].counts["risks"]
    rows = {i: (ws.cell(6 + i, 3).value, ws.cell(6 + i, 8).value) for i in range(n)}
    assert all(plan in (None, LOBSTER_TREATMENT[text]) for text, plan in rows.values())
    assert facts(lobster, "risks", "response") == {i: p for i, (_, p) in rows.items() if p}
    assert ws["H10"].value == "Renewal lodged six months early"

    road = built["ca_mb_winter_road_dependencies"]
    ws = openpyxl.load_workbook(road.path)["Dependencies"]
    n = road.tables[0].counts["dependencies"]
    contacts = [ws.cell(4 + i, 4).value for i in range(n)]
    assert contacts == [WINTER_CONTACTS[ws.cell(4 + i, 3).value] for i in range(n)]
    assert not set(contacts) & {ws.cell(4 + i, 5).value for i in range(n)}
    assert facts(road, "dependencies", "counterparty_owner") == dict(enumerate(contacts))


def test_forty_ninth_held_out_truth_as_audited_in_round_30(tmp_path: Path) -> None:
    """Round 30's audit of the forty-ninth batch's truth (docs/adopt.md, "Round 30: the
    forty-ninth batch's truth audited"): its fact totals at seed 2026 (unchanged) and each
    changed fact (the wind tunnel's dependency `Float (days)` is need-by less committed,
    SPEC's Slack Days: mapped to it or left out) and mended cell (each geothermal risk's
    `Mitigation` is its own line, not one of two drawn at random)."""
    from adopt_layouts_heldout49 import HELD_OUT_49
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_49, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 96, "values": 336}
    assert all(check_truth(b) == [] for b in built.values())

    tunnel = built["tn_wind_tunnel_issues_dependencies"]
    deps = tunnel.tables[1]
    assert deps.register == "dependencies" and deps.columns["G"] == ("slack_days", None)
    ws = openpyxl.load_workbook(tunnel.path)["Dependencies"]
    assert ws["E1"].value == "Need by" and ws["G1"].value == "Float (days)"
    for r in range(2, 2 + deps.counts["dependencies"]):
        assert ws.cell(r, 7).value == (ws.cell(r, 5).value - ws.cell(r, 6).value).days
    assert not [v for v in tunnel.values if v.column == "slack_days"]

    geo = built["gr_geothermal_inherent_residual_risks"]
    ws = openpyxl.load_workbook(geo.path)["Risks"]
    assert ws["G3"].value == "Mitigation"
    n = geo.tables[0].counts["risks"]
    plans = {ws.cell(4 + i, 2).value: ws.cell(4 + i, 7).value for i in range(n)}
    own = {"Drilling rig mobilisation from Italy delayed": "Reserve a second rig contractor"}
    own["Turbine-generator delivery slips from the factory"] = "Weekly supplier call"
    assert all(plans[k] == v for k, v in own.items())
    assert len(set(plans.values())) == n
    responses = {v.where: v.expected for v in geo.values if v.column == "response"}
    assert responses == {i: ws.cell(4 + i, 7).value for i in range(n)}


def test_fiftieth_held_out_truth_as_audited_in_round_31(tmp_path: Path) -> None:
    """Round 31's audit of the fiftieth batch's truth (docs/adopt.md, "Round 31: the fiftieth
    batch's truth audited"): its fact totals at seed 2026 and the one changed fact (the
    carousel's `Budget ($)` / `Actual ($)` carry a bare `$`, which names no currency: its
    project `currency` USD removed). No cell was mended. Round 31's last hour: the two
    trackers count one finance item per month and cost line (they counted one per measure,
    a writer's slip)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_50, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 64, "values": 260}
    assert all(check_truth(b) == [] for b in built.values())

    carousel = built["us_carousel_budget_actual_long"]
    ws = openpyxl.load_workbook(carousel.path)["Budget vs Actual"]
    assert (ws["C2"].value, ws["D2"].value) == ("Budget ($)", "Actual ($)")
    assert "USD" not in str(ws["A1"].value)
    assert not [v for v in carousel.values if v.register == "project"]
    # one finance item per month and cost line (round 31's last hour mended a count of two)
    for b in (carousel, built["za_chutney_budget_vs_actual_month"]):
        n = b.tables[0].counts["finance"]
        assert len({v.where for v in b.values if v.register == "finance"}) == n


def test_fifty_first_held_out_truth_as_audited_in_round_31(tmp_path: Path) -> None:
    """Round 31's audit of the fifty-first batch's truth (docs/adopt.md, "Round 31: the
    fifty-first batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (`DA-01`, `CD-01`, `PM-01` as DC-001, D-001, M-001; the SOW plan's `Accepted on` as the
    actual date; the refinery's `(USD, ex VAT)` headers as USD; the dependencies' `Expected`
    with no committed date value) and mended cell (each MSP risk's own mitigation; supplier
    refs never issued twice; a SOW plan's payments adding up to 100%)."""
    from adopt_layouts_heldout51 import MICRO_RISKS
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_51, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 79, "values": 286}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    for name, sheet, register, shape in (
        ("kz_student_records_design_decisions", "DA Decisions", "decisions", ("DA-", "DC-")),
        ("bh_insurance_claims_client_dependencies", "Client Dependencies", "dependencies",
         ("CD-", "D-")),
        ("uz_ecommerce_sow_payment_milestones", "SOW Milestones", "milestones", ("PM-", "M-")),
    ):  # fmt: skip
        b = built[name]
        assert b.tables[0].columns["A"] == "id"
        ws = openpyxl.load_workbook(b.path)[sheet]
        n = b.tables[0].counts[register]
        cells = [ws.cell(4 + i, 1).value for i in range(n)]
        assert cells == [f"{shape[0]}{i + 1:02d}" for i in range(n)]
        assert facts(b, register, "id") == {
            i: f"{shape[1]}{int(c[len(shape[0]) :]):03d}" for i, c in enumerate(cells)
        }

    sow = built["uz_ecommerce_sow_payment_milestones"]
    assert sow.tables[0].columns["E"] == "actual_date"
    ws = openpyxl.load_workbook(sow.path)["SOW Milestones"]
    assert ws["E3"].value == "Accepted on"
    n = sow.tables[0].counts["milestones"]
    accepted = {i: ws.cell(4 + i, 5).value for i in range(n) if ws.cell(4 + i, 5).value}
    assert facts(sow, "milestones", "actual_date") == {i: d.date() for i, d in accepted.items()}
    assert {i for i in range(n) if ws.cell(4 + i, 8).value == "Complete"} == set(accepted)
    assert sum(ws.cell(4 + i, 6).value for i in range(n)) == pytest.approx(1.0)

    refinery = built["kz_refinery_supplier_spend"]
    ws = openpyxl.load_workbook(refinery.path)["Supplier Spend"]
    assert all("USD" in ws.cell(3, c).value for c in range(4, 8))
    assert facts(refinery, "project", "currency") == {0: "USD"}

    claims = built["bh_insurance_claims_client_dependencies"]
    assert claims.tables[0].columns["E"] == ("committed_date", None)
    assert openpyxl.load_workbook(claims.path)["Client Dependencies"]["E3"].value == "Expected"
    assert not facts(claims, "dependencies", "committed_date")

    micro = built["cm_microfinance_msp_risk_issue_log"]
    ws = openpyxl.load_workbook(micro.path)["Risks"]
    assert ws["H3"].value == "Mitigation"
    own = {text: mit for text, _, mit in MICRO_RISKS}
    n = micro.tables[0].counts["risks"]
    plans = {i: ws.cell(4 + i, 8).value for i in range(n)}
    assert all(plans[i] == own[ws.cell(4 + i, 2).value] for i in range(n))
    assert facts(micro, "risks", "response") == plans

    pension = HELD_OUT_51[0]
    assert pension.name == "md_pension_si_raid_extract"
    for seed in (52, 74, 82, 89, 120, 138, 160, 182, 2026):
        b = pension.build(tmp_path, random.Random(seed * 1000))
        ws = openpyxl.load_workbook(b.path)["RAID Extract"]
        refs = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)]
        assert len(set(refs)) == len(refs)


def test_fifty_second_held_out_truth_as_audited_in_round_31(tmp_path: Path) -> None:
    """Round 31's audit of the fifty-second batch's truth (docs/adopt.md, "Round 31: the
    fifty-second batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the clock tower's `DEC-01` .. as DC-001 .. under an `id` column, the reindeer
    register's `Provider / Receiver` the counterparty project or left out, the ice cream
    register's `Project:` line the project's name)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_52, tmp_path)
    assert totals == {"tables": 13, "register": 28, "columns": 77, "values": 167}
    assert all(check_truth(b) == [] for b in built.values())

    clock = built["me_clock_tower_decision_log"]
    n = _assert_dec_ids_read_as_dc(clock, "Ref")
    ws = openpyxl.load_workbook(clock.path)["Decisions"]
    assert ws.cell(4 + n, 3).value == "TBD"  # the template rows below are no decisions

    reindeer = built["gl_reindeer_dependencies"]
    assert reindeer.tables[0].columns["D"] == ("counterparty_project_id", None)
    ws = openpyxl.load_workbook(reindeer.path)["Dependencies"]
    assert ws["D1"].value == "Provider / Receiver"
    parties = {ws.cell(2 + i, 4).value for i in range(reindeer.tables[0].counts["dependencies"])}
    assert parties <= {"KNI", "Port", "?"}
    assert not [v for v in reindeer.values if v.column == "counterparty_project_id"]

    ice = built["sz_ice_cream_risk_register"]
    ws = openpyxl.load_workbook(ice.path)["Risk Register"]
    assert ws["A2"].value == "Project: Matsapha Ice Cream Plant"
    names = [v.expected for v in ice.values if v.register == "project"]
    assert names == ["Matsapha Ice Cream Plant"]


def test_fifty_third_held_out_truth_as_audited_in_round_31(tmp_path: Path) -> None:
    """Round 31's audit of the fifty-third batch's truth (docs/adopt.md, "Round 31: the
    fifty-third batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the creche's `Likelihood` / `Impact` High / Medium / Low as 5 / 3 / 1, the Scoro
    export's `Not started` issue Open, `Completed` still no status)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_53, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 67, "values": 310}
    assert all(check_truth(b) == [] for b in built.values())

    creche = built["ie_creche_risk_register"]
    assert creche.tables[0].columns["D"] == "probability"
    assert creche.tables[0].columns["E"] == "impact"
    ws = openpyxl.load_workbook(creche.path)["Risk Register"]
    assert (ws["D4"].value, ws["E4"].value) == ("Likelihood", "Impact")
    level = {"High": 5.0, "Medium": 3.0, "Low": 1.0}
    n = creche.tables[0].counts["risks"]
    for column, col in (("probability", 4), ("impact", 5)):
        facts = {v.where: v.expected for v in creche.values if v.column == column}
        assert facts == {i: level[ws.cell(5 + i, col).value] for i in range(n)}

    # seed 2026 draws no `Not started`: the reading is checked at seed 7, where two are
    kinder = next(x for x in HELD_OUT_53 if x.name == "sg_kindergarten_scoro_issues")
    k = HELD_OUT_53.index(kinder)
    (tmp_path / "s7").mkdir()
    tasks = kinder.build(tmp_path / "s7", random.Random(7 * 1000 + k))
    ws = openpyxl.load_workbook(tasks.path)["Tasks"]
    words = [ws.cell(2 + i, 7).value for i in range(tasks.tables[0].counts["issues"])]
    status = {v.where: v.expected for v in tasks.values if v.column == "status"}
    reading = {"Not started": "Open", "In progress": "In Progress"}
    assert status == {i: reading[w] for i, w in enumerate(words) if w in reading}
    assert "Not started" in words and "Completed" in words


def test_fifty_fourth_held_out_truth_as_audited_in_round_31(tmp_path: Path) -> None:
    """Round 31's audit of the fifty-fourth batch's truth (docs/adopt.md, "Round 31: the
    fifty-fourth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the pension log's `DEC-01` .. as DC-001 .. under an `id` column, the tolling extract's
    `Client project:` line the project's name, its supplier refs rising and never
    repeated)."""
    from adopt_layouts_heldout54 import HELD_OUT_54
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_54, tmp_path)
    assert totals == {"tables": 14, "register": 30, "columns": 73, "values": 228}
    assert all(check_truth(b) == [] for b in built.values())

    _assert_dec_ids_read_as_dc(built["lu_pension_consultancy_decisions"], "Dec #")

    toll = built["nl_tolling_si_raid_extract"]
    ws = openpyxl.load_workbook(toll.path)["RAID extract"]
    assert ws["A2"].value == "Client project: A24 Road Tolling Back Office"
    names = [v.expected for v in toll.values if v.register == "project"]
    assert names == ["A24 Road Tolling Back Office"]
    refs = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)]
    assert all(len(r) == 8 and r.startswith("TLX-0") for r in refs)
    assert refs == sorted(set(refs))
    assert not [v for v in toll.values if v.column == "id"]


def test_fifty_fifth_held_out_truth_as_audited_in_round_31(tmp_path: Path) -> None:
    """Round 31's audit of the fifty-fifth batch's truth (docs/adopt.md, "Round 31: the
    fifty-fifth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the bowling alley's `DEC-01` .. as DC-001 .. under an `id` column, the go-kart
    `Provider` the counterparty project or owner or left out, an `Environmental` risk
    category no fact, the RAID template's `Example: an ..` cells mended)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_55, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 56, "values": 153}
    assert all(check_truth(b) == [] for b in built.values())

    _assert_dec_ids_read_as_dc(built["cv_bowling_alley_decisions"], "Ref")

    kart = built["tm_go_kart_dependencies"]
    assert kart.tables[0].columns["B"] == ("counterparty_project_id", "counterparty_owner", None)
    ws = openpyxl.load_workbook(kart.path)["Dependencies"]
    assert ws["B1"].value == "Provider"
    assert not [v for v in kart.values if v.column.startswith("counterparty")]

    raid = built["ki_water_tower_raid_template"]
    ws = openpyxl.load_workbook(raid.path)["RAID Log"]
    examples = [c.value for c in ws["B"] if str(c.value).startswith("Example:")]
    assert "Example: an assumption described in one line" in examples
    assert "Example: an issue described in one line" in examples

    # an `Environmental` risk (off the standard's category list) keeps no category fact:
    # drawn at seeds where the archery template samples it
    found = 0
    for seed in range(40):
        b = HELD_OUT_55[0].build(tmp_path, random.Random(seed * 1000))
        ws = openpyxl.load_workbook(b.path)["Risk Register"]
        n = b.tables[0].counts["risks"]
        cats = {v.where: v.expected for v in b.values if v.column == "category"}
        for i in range(n):
            cat = ws.cell(6 + i, 4).value
            if cat == "Environmental":
                found += 1
                assert i not in cats
            else:
                assert cats[i] == cat
    assert found


def test_fifty_sixth_held_out_truth_as_audited_in_round_32(tmp_path: Path) -> None:
    """Round 32's audit of the fifty-sixth batch's truth (docs/adopt.md, "Round 32: the
    fifty-sixth batch's truth audited"): its fact totals at seed 2026 (no fact changed) and the
    one mended cell slip (the grant tracker's `Balance` to the cent, no float noise)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_56, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 53, "values": 344}
    assert all(check_truth(b) == [] for b in built.values())

    grant = built["mz_maternity_grant_tracker"]
    ws = openpyxl.load_workbook(grant.path)["Grant"]
    assert ws["K4"].value == "Balance"
    n = grant.tables[0].counts["finance"] // sum(1 for c in ws[5][3:9] if c.value is not None)
    rows = [r for r in ws.iter_rows(min_row=5, max_row=4 + n) if r[0].value != "TOTAL"]
    assert rows
    for r in rows:
        approved, spent, balance = r[2].value, r[9].value, r[10].value
        assert balance == round(approved - spent, 2)
        assert len(repr(float(balance)).split(".")[1]) <= 2


def test_fifty_seventh_held_out_truth_as_audited_in_round_32(tmp_path: Path) -> None:
    """Round 32's audit of the fifty-seventh batch's truth (docs/adopt.md, "Round 32: the
    fifty-seventh batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the carob mill's H / M / L probability as 5 / 3 / 1, the flower farm's `Project
    Manager:` line as the project's manager) and the mended slip (Accelo's `Issue #` numbers
    rise, no repeat)."""
    from adopt_layouts_heldout57 import HELD_OUT_57
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_57, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 73, "values": 322}
    assert all(check_truth(b) == [] for b in built.values())

    carob = built["cy_carob_mill_risks_issues"]
    risks = carob.tables[0]
    assert risks.columns["E"] == "probability"
    ws = openpyxl.load_workbook(carob.path)["Risks"]
    assert ws["E1"].value == "Probability"
    letters = [ws.cell(2 + i, 5).value for i in range(risks.counts["risks"])]
    probs = {v.where: v.expected for v in carob.values if v.column == "probability"}
    level = {"H": 5.0, "M": 3.0, "L": 1.0}
    assert probs == {i: level[c] for i, c in enumerate(letters)}

    flower = built["ke_flower_farm_risk_register"]
    ws = openpyxl.load_workbook(flower.path)["Risk Register"]
    assert ws["A2"].value == "Project Manager: Wanjiru Kamau"
    project = {v.column: v.expected for v in flower.values if v.register == "project"}
    assert project == {"project_manager": "Wanjiru Kamau"}

    ginger = built["fj_ginger_accelo_issues"]
    ws = openpyxl.load_workbook(ginger.path)["Issues"]
    assert ws["A1"].value == "Issue #"
    assert ginger.tables[0].columns["A"] == ("id", None)
    nums = [ws.cell(2 + i, 1).value for i in range(ginger.tables[0].counts["issues"])]
    assert nums == sorted(set(nums)) and len(nums) == ginger.tables[0].counts["issues"]
    assert not [v for v in ginger.values if v.column == "id"]


def test_fifty_ninth_held_out_truth_as_audited_in_round_32(tmp_path: Path) -> None:
    """Round 32's audit of the fifty-ninth batch's truth (docs/adopt.md, "Round 32: the
    fifty-ninth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (NOK, DKK and SEK, off the standards' currency list, give no currency; the fit-out's
    `Capex` / `Opex` as CapEx / OpEx on each item of its line; the pavilion's `Accrual` left
    out beside `Actual`). No cell was mended."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_59, tmp_path)
    assert totals == {"tables": 13, "register": 25, "columns": 46, "values": 335}
    assert all(check_truth(b) == [] for b in built.values())

    # the currencies the standards' list does not hold: no project fact
    listed = {"GBP", "EUR", "USD", "CHF", "AUD", "CAD", "INR", "SGD", "JPY"}
    for name, sheet, cell, code in (
        ("no_tripletex_cold_store_long", "Prosjektregnskap", "A1", "NOK"),
        ("dk_economic_school_kitchen_ytd", "Budgetopfølgning", "A1", "DKK"),
        ("se_fortnox_bandstand_months_down", "Utfall", "A2", "SEK"),
    ):
        b = built[name]
        ws = openpyxl.load_workbook(b.path)[sheet]
        assert code in str(ws[cell].value) and code not in listed
        assert not [v for v in b.values if v.register == "project"]
    currencies = {
        n: [v.expected for v in b.values if v.register == "project"] for n, b in built.items()
    }
    assert sum(len(c) for c in currencies.values()) == 9
    assert all(set(c) <= listed for c in currencies.values())

    # the fit-out's Capex / Opex: the standard's spelling, on every item of the line
    fit = built["ie_kimble_fit_out_forecast"]
    assert fit.tables[0].columns["B"] == "capex_opex"
    ws = openpyxl.load_workbook(fit.path)["Forecast"]
    assert ws["B3"].value == "Capex/Opex"
    kinds = {"Capex": "CapEx", "Opex": "OpEx"}
    items = {v.where for v in fit.values if v.register == "finance"}
    capex = {v.where: v.expected for v in fit.values if v.column == "capex_opex"}
    assert set(capex) == items and len(items) == fit.tables[0].counts["finance"] == 18
    for r in range(4, 4 + 2 * 3, 2):
        line, word = ws.cell(r, 1).value, ws.cell(r, 2).value
        assert ws.cell(r + 1, 1).value == "Cumulative"
        for c in range(3, 9):
            month = ws.cell(3, c).value.date()
            if ws.cell(r, c).value is not None:
                assert capex[(month, line)] == kinds[word]
            else:
                assert (month, line) not in capex

    # the pavilion's Accrual left out beside the Actual, whose figure stays the actual
    pavilion = built["uk_bp_allotment_pavilion_accruals"]
    assert pavilion.tables[0].columns["D"] == "actual"
    assert pavilion.tables[0].columns["E"] is None
    ws = openpyxl.load_workbook(pavilion.path)["Tracker"]
    assert (ws["D4"].value, ws["E4"].value) == ("Actual", "Accrual")
    actual = {v.where: v.expected for v in pavilion.values if v.column == "actual"}
    for r in range(5, ws.max_row + 1):
        if ws.cell(r, 4).value is not None:
            key = (ws.cell(r, 1).value.date(), ws.cell(r, 2).value)
            assert actual[key] == float(ws.cell(r, 4).value.replace(",", ""))
    assert any(ws.cell(r, 5).value for r in range(5, ws.max_row + 1))


def test_fifty_eighth_held_out_truth_as_audited_in_round_32(tmp_path: Path) -> None:
    """Round 32's audit of the fifty-eighth batch's truth (docs/adopt.md, "Round 32: the
    fifty-eighth batch's truth audited"): its fact totals at seed 2026 and each change (the
    quinoa log's `Provider` the counterparty project or left out, the lavender plan's
    `Invoiced` rows Complete, the truffle tracker's `Invoiced` sums under `Total`)."""
    from adopt_layouts_heldout58 import HELD_OUT_58
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_58, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 77, "values": 235}
    assert all(check_truth(b) == [] for b in built.values())

    quinoa = built["pe_quinoa_supplier_dependencies"]
    assert quinoa.tables[0].columns["D"] == ("counterparty_project_id", None)
    ws = openpyxl.load_workbook(quinoa.path)["Dependencies"]
    assert ws["D2"].value == "Provider"
    assert not [v for v in quinoa.values if v.column == "counterparty_project_id"]

    lavender = built["hr_lavender_sow_milestones"]
    ws = openpyxl.load_workbook(lavender.path)["SOW milestones"]
    status = {v.where: v.expected for v in lavender.values if v.column == "status"}
    invoiced = [i for i in range(5) if ws.cell(4 + i, 7).value == "Invoiced"]
    assert invoiced  # two at seed 2026
    for i in invoiced:
        assert ws.cell(4 + i, 4).value is not None  # accepted before it was invoiced
        assert status[i] == "Complete"
    assert all(status.get(i) is None for i in range(5) if ws.cell(4 + i, 7).value == "Not due")

    truffle = built["fr_truffle_consultancy_fees"]
    ws = openpyxl.load_workbook(truffle.path)["Fees"]
    assert ws["I4"].value == "Total"
    for r in range(5, ws.max_row + 1):
        if ws.cell(r, 2).value == "Invoiced":
            spent = [ws.cell(r, c).value for c in range(3, 9)]
            assert ws.cell(r, 9).value == sum(v for v in spent if v is not None)
            assert None in spent  # the un-invoiced months stay blank


def test_sixtieth_held_out_truth_as_audited_in_round_33(tmp_path: Path) -> None:
    """Round 33's audit of the sixtieth batch's truth (docs/adopt.md, "Round 33: the
    sixtieth batch's truth audited"): its fact totals at seed 2026 and each changed fact
    against the cells (owners with a party in brackets, `Live`, a team as owner: no fact;
    `M1` .. as M-001 ..)."""
    from adopt_layouts_heldout60 import HELD_OUT_60
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_60, tmp_path)
    assert totals == {"tables": 12, "register": 25, "columns": 65, "values": 206}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, column: str) -> dict[object, object]:
        return {(v.register, v.where): v.expected for v in b.values if v.column == column}

    toll = built["toll_plaza_contractor_raid_extract"]
    assert toll.tables[0].columns["E"] == ("owner", None)
    ws = openpyxl.load_workbook(toll.path)["RAID extract"]
    assert ws["E4"].value == "Action owner"
    n = sum(toll.tables[0].counts.values())
    assert n == 6
    assert all(
        str(ws.cell(5 + k, 5).value).endswith(("(Client)", "(Contractor)")) for k in range(n)
    )
    assert facts(toll, "owner") == {}

    kiln = built["hop_kiln_consultant_risk_register"]
    ws = openpyxl.load_workbook(kiln.path)["Risk Register"]
    assert ws["H3"].value == "Status"
    words = [ws.cell(4 + i, 8).value for i in range(kiln.tables[0].counts["risks"])]
    assert words.count("Live") == 2
    want = {("risks", i): "Closed" for i, w in enumerate(words) if w == "Closed"}
    assert want and facts(kiln, "status") == want

    laundrette = built["laundrette_outsourcer_sow_assumptions"]
    ws = openpyxl.load_workbook(laundrette.path)["Assumptions"]
    owners = [ws.cell(2 + i, 3).value for i in range(laundrette.tables[0].counts["assumptions"])]
    assert owners.count("Client IT") == 1
    want = {("assumptions", i): o for i, o in enumerate(owners) if o != "Client IT"}
    assert facts(laundrette, "owner") == want

    zip_line = built["zip_line_sow_payment_milestones"]
    assert zip_line.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(zip_line.path)["Payment Milestones"]
    assert ws["A3"].value == "MS"
    n = zip_line.tables[0].counts["milestones"]
    cells = [ws.cell(4 + i, 1).value for i in range(n)]
    assert cells == [f"M{i + 1}" for i in range(n)]
    assert facts(zip_line, "id") == {
        ("milestones", i): f"M-{int(c[1:]):03d}" for i, c in enumerate(cells)
    }


def test_sixty_first_held_out_truth_as_audited_in_round_33(tmp_path: Path) -> None:
    """Round 33's audit of the sixty-first batch's truth (docs/adopt.md, "Round 33: the
    sixty-first batch's truth audited"): its fact totals at seed 2026 and each changed fact
    (the capex pack's actuals times 1,000 from `MAD thousands`, the cash flow's months times
    1,000,000 from `VND million`, the thermal baths' EUR from `€` on every amount) and the
    mended cell slip (the SAP export's `Total` column formatted as its lines)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_61, tmp_path)
    assert totals == {"tables": 16, "register": 28, "columns": 53, "values": 337}
    assert all(check_truth(b) == [] for b in built.values())

    def finance(b: Built) -> dict[tuple[object, str], float]:
        return {(v.where, v.column): v.expected for v in b.values if v.register == "finance"}

    pack = built["ma_phosphate_fbp_monthly_pack"]
    ws = openpyxl.load_workbook(pack.path)["Capex pack"]
    assert "thousands" in ws["A2"].value
    facts = finance(pack)
    months = [c.value.date() for c in ws[4][1:] if isinstance(c.value, datetime)]
    seen = 0
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
        for month, cell in zip(months, row[1:], strict=False):
            assert facts[((month, row[0].value), "actual")] == cell.value * 1000
            seen += 1
    assert seen == pack.tables[0].counts["finance"] == len(facts)

    berth = built["vn_port_berth_cashflow_vnd"]
    ws = openpyxl.load_workbook(berth.path)["Cash Flow"]
    assert "VND million" in ws["A1"].value
    facts = finance(berth)
    months = [c.value.date() for c in ws[3][2:]]
    line, seen = "", 0
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
        line = row[0].value or line
        measure = {"Planned": "budget", "Actual": "actual"}.get(row[1].value)
        for month, cell in zip(months, row[2:], strict=True):
            if measure and cell.value is not None:
                assert facts[((month, line), measure)] == cell.value * 1_000_000
                seen += 1
    assert seen == len(facts)

    baths = built["si_thermal_baths_sheet_per_month"]
    currency = [v.expected for v in baths.values if v.column == "currency"]
    assert currency == ["EUR"]
    wb = openpyxl.load_workbook(baths.path)
    money = [c.value for ws in wb for r in ws.iter_rows(min_row=4, min_col=2) for c in r]
    assert money and all(m.endswith(" €") for m in money if m is not None)

    sap = built["vn_sapb1_dragon_fruit_budget_actual"]
    ws = openpyxl.load_workbook(sap.path)["Budget vs Actual"]
    total_col = next(c.column for c in ws[4] if c.value == "Total")
    rows = range(6, 6 + sum(1 for r in ws.iter_rows(min_row=6) if r[0].value))
    assert rows
    for r in rows:
        assert ws.cell(r, 2).number_format == "#,##0"
        assert ws.cell(r, total_col).number_format == "#,##0"


def test_sixty_second_held_out_truth_as_audited_in_round_33(tmp_path: Path) -> None:
    """Round 33's audit of the sixty-second batch's truth (docs/adopt.md, "Round 33: the
    sixty-second batch's truth audited"): its fact totals at seed 2026 and each change (the
    RAID log's per-type `R01`, `DEC-01` and `MS01` read as the standard's ids, the cadastre's
    `Project:` line as the name, the highlight report's `Project Executive` as the sponsor)."""
    from adopt_layouts_heldout62 import HELD_OUT_62
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_62, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 89, "values": 377}
    assert all(check_truth(b) == [] for b in built.values())

    raid = built["sl_probation_apm_raid_log"]
    assert raid.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(raid.path)["RAID Log"]
    assert ws["A4"].value == "Ref"
    letters = {"Risk": "R", "Assumption": "A", "Issue": "I", "Dependency": "D"}
    regs = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
    ids = {(v.register, v.where): v.expected for v in raid.values if v.column == "id"}
    seen = 0
    for r in range(5, ws.max_row + 1):
        ref, kind = ws.cell(r, 1).value, ws.cell(r, 2).value
        assert ref[0] == letters[kind]
        assert ids[(regs[ref[0]], int(ref[1:]) - 1)] == f"{ref[0]}-{int(ref[1:]):03d}"
        seen += 1
    assert seen == len(ids) == sum(raid.tables[0].counts.values())

    tax = built["lr_tax_office_assumptions_decisions"]
    assert tax.tables[1].columns["A"] == "id"
    ws = openpyxl.load_workbook(tax.path)["Decision Log"]
    assert ws["A3"].value == "Decision No."
    m = tax.tables[1].counts["decisions"]
    cells = [ws.cell(4 + i, 1).value for i in range(m)]
    assert cells == [f"DEC-{i + 1:02d}" for i in range(m)]
    dec = {
        v.where: v.expected for v in tax.values if v.register == "decisions" and v.column == "id"
    }
    assert dec == {i: f"DC-{i + 1:03d}" for i in range(m)}

    haul = built["sl_bauxite_haul_road_stage_gates"]
    assert haul.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(haul.path)["Milestones"]
    n = haul.tables[0].counts["milestones"]
    assert [ws.cell(4 + i, 1).value for i in range(n)] == [f"MS{i + 1:02d}" for i in range(n)]
    ms = {v.where: v.expected for v in haul.values if v.column == "id"}
    assert ms == {i: f"M-{i + 1:03d}" for i in range(n)}
    assert {ws.cell(4 + i, 3).value for i in range(n)} <= {
        "Gate 1",
        "Gate 2",
        "Gate 3",
        "Gate 4",
        None,
    }

    def project(b: Built) -> dict[str, object]:
        return {v.column: v.expected for v in b.values if v.register == "project"}

    cadastre = built["sl_cadastre_prince2_risks"]
    ws = openpyxl.load_workbook(cadastre.path)["Risk Register"]
    assert ws["A2"].value == "Project: " + str(project(cadastre)["project_name"])

    rubber = built["lr_rubber_highlight_report"]
    ws = openpyxl.load_workbook(rubber.path)["Highlight Report"]
    assert ws["A5"].value == "Project Executive"
    assert project(rubber)["sponsor"] == ws["B5"].value
    assert "schedule_rag" not in project(rubber)  # the tolerance RAGs still have no fact


def test_sixty_third_held_out_truth_as_audited_in_round_33(tmp_path: Path) -> None:
    """Round 33's audit of the sixty-third batch's truth (docs/adopt.md, "Round 33: the
    sixty-third batch's truth audited"): its fact totals at seed 2026 (unchanged), the opex
    tracker's finance count (only the line and month pairs holding an amount) and the mended
    cell slip (the EcoSys export's `Commitments` to the cent, no float noise)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_63, tmp_path)
    assert totals == {"tables": 15, "register": 27, "columns": 42, "values": 417}
    assert all(check_truth(b) == [] for b in built.values())

    opex = built["sg_fintech_notes_blank_months"]
    ws = openpyxl.load_workbook(opex.path)["Opex"]
    assert (ws["A4"].value, ws["B4"].value) == ("Line", "Measure")
    months = [c.column for c in ws[4][2:] if c.value is not None and c.value != "Notes"]
    pairs = {
        (row[0].value, col)
        for row in ws.iter_rows(min_row=5)
        for col in months
        if row[0].value is not None and row[col - 1].value is not None
    }
    assert len(months) == 6
    assert opex.tables[0].counts == {"finance": len(pairs)} == {"finance": 16}

    export = built["ca_ecosys_period_export"]
    ws = openpyxl.load_workbook(export.path)["Export"]
    assert ws["D3"].value == "Commitments"
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert rows
    for r in rows:
        assert r[3] == round(r[2] * 1.1, 2)
        assert len(repr(float(r[3])).split(".")[1]) <= 2


def test_sixty_fourth_held_out_truth_as_audited_in_round_33(tmp_path: Path) -> None:
    """Round 33's audit of the sixty-fourth batch's truth (docs/adopt.md, "Round 33: the
    sixty-fourth batch's truth audited"): its fact totals at seed 2026 and each change (the
    agency's Low / Medium / High as 1 / 3 / 5, the integrator's `DL-01` as DC-001, the SOW's
    `M1` as M-001, the defect export's `Severity` column as severity too)."""
    from adopt_layouts_heldout64 import HELD_OUT_64
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_64, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 72, "values": 290}
    assert all(check_truth(b) == [] for b in built.values())

    risks = built["be_podcast_studio_agency_risks"]
    assert (risks.tables[0].columns["C"], risks.tables[0].columns["D"]) == (
        "probability",
        "impact",
    )
    ws = openpyxl.load_workbook(risks.path)["Risks"]
    assert (ws["C3"].value, ws["D3"].value) == ("Likelihood", "Impact")
    levels = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    facts = {(v.where, v.column): v.expected for v in risks.values}
    n = risks.tables[0].counts["risks"]
    for i in range(n):
        assert facts[(i, "probability")] == levels[ws.cell(4 + i, 3).value]
        assert facts[(i, "impact")] == levels[ws.cell(4 + i, 4).value]

    robots = built["th_robotics_integrator_decision_log"]
    assert robots.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(robots.path)["Decisions"]
    assert ws["A3"].value == "Decision No."
    m = robots.tables[0].counts["decisions"]
    assert [ws.cell(4 + i, 1).value for i in range(m)] == [f"DL-{i + 1:02d}" for i in range(m)]
    dec = {v.where: v.expected for v in robots.values if v.column == "id"}
    assert dec == {i: f"DC-{i + 1:03d}" for i in range(m)}

    sow = built["au_sailing_school_sow_milestones"]
    assert sow.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(sow.path)["SOW Milestones"]
    assert ws["A3"].value == "MS"
    k = sow.tables[0].counts["milestones"]
    assert [ws.cell(4 + i, 1).value for i in range(k)] == [f"M{i + 1}" for i in range(k)]
    ms = {v.where: v.expected for v in sow.values if v.column == "id"}
    assert ms == {i: f"M-{i + 1:03d}" for i in range(k)}

    defects = built["ca_ballet_school_vendor_defects"]
    ws = openpyxl.load_workbook(defects.path)["Defects"]
    assert ws["C1"].value == "Severity"
    assert defects.tables[0].columns["C"] == ("severity", "priority", None)
    assert not [v for v in defects.values if v.column in ("severity", "priority")]


def test_sixty_eighth_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the sixty-eighth batch's truth (docs/adopt.md, "Round 34: the
    sixty-eighth batch's truth audited"): its fact totals at seed 2026 (no fact changed) and
    the one mended cell slip (the covered bridge report's `Total` group carries its `% of
    Budget` and `$` format on each account line, as every month group does)."""
    from adopt_layouts_heldout68 import HELD_OUT_68
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_68, tmp_path)
    assert totals == {"tables": 16, "register": 28, "columns": 42, "values": 354}
    assert all(check_truth(b) == [] for b in built.values())

    bridge = built["us_vermont_covered_bridge_bva_report"]
    ws = openpyxl.load_workbook(bridge.path)["Budget vs. Actuals"]
    groups = [ws.cell(5, c).value for c in range(2, ws.max_column + 1, 4)]
    assert groups[-1] == "Total"
    col = 2 + 4 * (len(groups) - 1)
    lines = {v.where[1] for v in bridge.values if v.register == "finance"}
    assert ws.cell(7 + len(lines), 1).value == "Total Expenses"
    for r in range(7, 7 + len(lines)):
        assert ws.cell(r, 1).value in lines
        ta, tb, over, pct = (ws.cell(r, col + k).value for k in range(4))
        assert over == round(ta - tb, 2)
        assert pct == round(ta / tb, 4)
        assert ws.cell(r, col + 3).number_format == "0.00%"
        assert all(ws.cell(r, col + k).number_format == "$#,##0.00" for k in range(3))
    assert not [v for v in bridge.values if v.column == "currency"]


def test_sixty_seventh_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the sixty-seventh batch's truth (docs/adopt.md, "Round 34: the
    sixty-seventh batch's truth audited"): its fact totals at seed 2026 and each change (the
    SOW's `MS` `M1` as M-001, the status report's `Client PM` as the project manager)."""
    from adopt_layouts_heldout67 import HELD_OUT_67
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_67, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 80, "values": 298}
    assert all(check_truth(b) == [] for b in built.values())

    sow = built["la_noodle_factory_sow_milestones"]
    assert sow.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(sow.path)["SOW Milestones"]
    assert ws["A3"].value == "MS"
    k = sow.tables[0].counts["milestones"]
    assert [ws.cell(4 + i, 1).value for i in range(k)] == [f"M{i + 1}" for i in range(k)]
    ms = {v.where: v.expected for v in sow.values if v.column == "id"}
    assert ms == {i: f"M-{i + 1:03d}" for i in range(k)}

    status = built["az_toy_warehouse_supplier_status"]
    ws = openpyxl.load_workbook(status.path)["Status"]
    assert (ws["A7"].value, ws["A8"].value) == ("Vendor delivery lead", "Client PM")
    pm = [v.expected for v in status.values if v.column == "project_manager"]
    assert pm == [ws["B8"].value]


def test_sixty_fifth_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the sixty-fifth batch's truth (docs/adopt.md, "Round 34: the
    sixty-fifth batch's truth audited"): its fact totals at seed 2026 and each change (the
    design register's `DDR-01` as DC-001, the integrator's `CD-01` as D-001, the SOW's `M1`
    as M-001, no maker for a name with its party in brackets)."""
    from adopt_layouts_heldout65 import HELD_OUT_65
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_65, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 90, "values": 289}
    assert all(check_truth(b) == [] for b in built.values())

    ddr = built["gb_bagpipe_workshop_design_decisions"]
    assert ddr.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(ddr.path)["Decisions"]
    assert (ws["A3"].value, ws["F3"].value) == ("DDR ref", "Agreed by")
    n = ddr.tables[0].counts["decisions"]
    assert [ws.cell(4 + i, 1).value for i in range(n)] == [f"DDR-{i + 1:02d}" for i in range(n)]
    dec = {v.where: v.expected for v in ddr.values if v.column == "id"}
    assert dec == {i: f"DC-{i + 1:03d}" for i in range(n)}
    makers = {v.where: v.expected for v in ddr.values if v.column == "made_by"}
    agreed = [ws.cell(4 + i, 6).value for i in range(n)]
    assert any("(" in str(a) for a in agreed)
    assert makers == {i: a for i, a in enumerate(agreed) if "(" not in str(a)}

    deps = built["ca_waterpark_client_dependencies"]
    assert deps.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(deps.path)["Client Dependencies"]
    assert ws["A1"].value == "Ref"
    m = deps.tables[0].counts["dependencies"]
    assert [ws.cell(2 + i, 1).value for i in range(m)] == [f"CD-{i + 1:02d}" for i in range(m)]
    dep = {v.where: v.expected for v in deps.values if v.column == "id"}
    assert dep == {i: f"D-{i + 1:03d}" for i in range(m)}

    sow = built["gb_hovercraft_terminal_sow_milestones"]
    assert sow.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(sow.path)["SOW Milestones"]
    assert ws["A4"].value == "MS"
    k = sow.tables[0].counts["milestones"]
    assert [ws.cell(5 + i, 1).value for i in range(k)] == [f"M{i + 1}" for i in range(k)]
    ms = {v.where: v.expected for v in sow.values if v.column == "id"}
    assert ms == {i: f"M-{i + 1:03d}" for i in range(k)}


def test_sixty_sixth_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the sixty-sixth batch's truth (docs/adopt.md, "Round 34: the
    sixty-sixth batch's truth audited"): its fact totals at seed 2026 (unchanged), the fuel
    farm's whole-line `Original budget` / `Current budget` as the budget or left out with no
    value, the weather station's `Total` row formatted as its lines, the dry stone wall's
    supply ship comment."""
    from adopt_layouts_heldout66 import HELD_OUT_66
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_66, tmp_path)
    assert totals == {"tables": 20, "register": 32, "columns": 84, "values": 442}
    assert all(check_truth(b) == [] for b in built.values())

    fuel = built["cx_fuel_farm_coins_cost_report"]
    ws = openpyxl.load_workbook(fuel.path)["Cost Report"]
    assert [ws.cell(5, c).value for c in (3, 4, 5)] == [
        "Original budget",
        "Approved variations",
        "Current budget",
    ]
    cols = fuel.tables[0].columns
    assert cols["C"] == ("budget", None) and cols["E"] == ("budget", None)
    assert cols["D"] is None
    assert isinstance(ws.cell(5, 6).value, datetime) and ws.cell(4, 6).value == "Actual"
    assert not [v for v in fuel.values if v.column == "budget"]

    station = built["sh_weather_station_sage200_pairs"]
    ws = openpyxl.load_workbook(station.path)["Budget Report"]
    total = 6 + station.tables[0].counts["finance"] // 6
    assert ws.cell(total, 1).value == "Total"
    assert [ws.cell(total, c).number_format for c in (2, 3)] == ["#,##0", "#,##0.00"]
    assert ws.cell(total - 1, 2).number_format == "#,##0"

    wall = built["ac_dry_stone_causeway_sheet_per_line"]
    notes = {v.expected for v in wall.values if v.column == "notes"}
    assert "RMS St Helena sailing missed" not in notes
    book = openpyxl.load_workbook(wall.path)
    cells = {c.value for ws in book.worksheets for row in ws.iter_rows(min_col=5) for c in row}
    assert notes <= cells and "RMS St Helena sailing missed" not in cells


def test_sixty_ninth_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the sixty-ninth batch's truth (docs/adopt.md, "Round 34: the
    sixty-ninth batch's truth audited"): its fact totals at seed 2026 and each change (the
    French `R01` as R-001 and its 1-4 scales with no value, the Spanish per-type `Código` as
    R-001 / A-001 / I-001 / D-001, the German `Stand:` as the report date)."""
    from adopt_layouts_heldout69 import HELD_OUT_69
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_69, tmp_path)
    assert totals == {"tables": 13, "register": 28, "columns": 69, "values": 292}
    assert all(check_truth(b) == [] for b in built.values())

    fr = built["fr_mustard_risk_register"]
    cols = fr.tables[0].columns
    assert (cols["A"], cols["E"], cols["F"]) == ("id", "probability", "impact")
    ws = openpyxl.load_workbook(fr.path)["Risques"]
    assert (ws["A3"].value, ws["E3"].value, ws["F3"].value) == (
        "N°",
        "Probabilité (1-4)",
        "Gravité (1-4)",
    )
    n = fr.tables[0].counts["risks"]
    assert [ws.cell(4 + i, 1).value for i in range(n)] == [f"R{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in fr.values if v.column == "id"}
    assert ids == {i: f"R-{i + 1:03d}" for i in range(n)}
    assert not [v for v in fr.values if v.column in ("probability", "impact")]

    es = built["es_marble_raid"]
    assert es.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(es.path)["RAID"]
    assert ws["A3"].value == "Código"
    letter = {"Riesgo": "R", "Supuesto": "A", "Incidencia": "I", "Dependencia": "D"}
    reg = {"Riesgo": "risks", "Supuesto": "assumptions", "Incidencia": "issues"}
    reg["Dependencia"] = "dependencies"
    want: dict[tuple[str, object], object] = {}
    for r in range(4, ws.max_row + 1):
        code, kind = ws.cell(r, 1).value, ws.cell(r, 2).value
        want[(reg[kind], int(code[2:]) - 1)] = f"{letter[kind]}-{int(code[2:]):03d}"
    got = {(v.register, v.where): v.expected for v in es.values if v.column == "id"}
    assert got == want and len(want) == 5

    de = built["de_porcelain_offene_punkte"]
    ws = openpyxl.load_workbook(de.path)["OPL"]
    assert ws["A2"].value == "Stand: 03.03.2026"
    facts = [(v.register, v.column, v.expected) for v in de.values if v.register == "project"]
    assert facts == [("project", "report_date", date(2026, 3, 3))]


def test_seventieth_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the seventieth batch's truth (docs/adopt.md "### Round 34: the
    seventieth batch's truth audited"): its fact totals at seed 2026, the umbrella
    contractor's Low / Medium / High likelihood and impact as 1 / 3 / 5, the marzipan
    extract's labelled `Client project:` line as the project name, and the pay
    application's title naming its currency (a mended slip)."""
    from adopt_layouts import ValueFact

    totals, built = _built_at_2026(HELD_OUT_70, tmp_path)
    # (round 35 removed the SEK and NZD currency facts: not on the standards' list)
    assert totals == {"tables": 13, "register": 29, "columns": 93, "values": 211}
    for name in ("se_jonkoping_candle_consultancy_fees", "nz_hokitika_surfboard_invoice_log"):
        assert not [v for v in built[name].values if v.column == "currency"]

    umbrella = built["uk_dundee_umbrella_contractor_risks_issues"]
    ws = openpyxl.load_workbook(umbrella.path)["Risks"]
    assert (ws["D1"].value, ws["E1"].value) == ("Likelihood", "Impact")
    scale = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    facts = {(v.where, v.column): v.expected for v in umbrella.values if v.register == "risks"}
    n = umbrella.tables[0].counts["risks"]
    for i in range(n):
        assert facts[(i, "probability")] == scale[ws.cell(2 + i, 4).value]
        assert facts[(i, "impact")] == scale[ws.cell(2 + i, 5).value]

    marzipan = built["de_luebeck_marzipan_integrator_raid"]
    ws = openpyxl.load_workbook(marzipan.path)["RAID extract"]
    label, name = str(ws["A2"].value).split(": ", 1)
    assert label == "Client project"
    assert ValueFact("project", 0, "project_name", name) in marzipan.values

    hosiery = built["us_asheville_hosiery_pay_application"]
    ws = openpyxl.load_workbook(hosiery.path)["Continuation Sheet"]
    assert str(ws["A1"].value).endswith("(USD)")
    assert ValueFact("project", 0, "currency", "USD") in hosiery.values


def test_seventy_first_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the seventy-first batch's truth (docs/adopt.md, "Round 34: the
    seventy-first batch's truth audited"): its fact totals at seed 2026 (one value added) and
    the change (the month-end pack's `Month ending 30 June 2026` line is the report date)."""
    from adopt_layouts_heldout71 import HELD_OUT_71
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_71, tmp_path)
    assert totals == {"tables": 17, "register": 29, "columns": 61, "values": 365}
    assert all(check_truth(b) == [] for b in built.values())

    pack = built["au_month_end_pack"]
    ws = openpyxl.load_workbook(pack.path)["Month End"]
    assert ws["A2"].value == "Month ending 30 June 2026"
    assert ws["B2"].value is None
    facts = [(v.column, v.expected) for v in pack.values if v.register == "project"]
    assert facts == [("currency", "AUD"), ("report_date", date(2026, 6, 30))]
    months = {v.where[0] for v in pack.values if v.register == "finance"}
    assert months == {date(2026, 6, 1)}


def test_seventy_second_held_out_truth_as_audited_in_round_34(tmp_path: Path) -> None:
    """Round 34's audit of the seventy-second batch's truth (docs/adopt.md, "Round 34: the
    seventy-second batch's truth audited"): its fact totals at seed 2026 and each change (the
    French `Réf.` R01 as the risk id R-001, the Spanish `Fecha de alta` of a `Supuesto` as the
    assumption's raised date)."""
    from adopt_layouts_heldout72 import HELD_OUT_72
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_72, tmp_path)
    assert totals == {"tables": 12, "register": 26, "columns": 52, "values": 211}
    assert all(check_truth(b) == [] for b in built.values())

    fr = built["fr_nougat_registre_risques"]
    assert fr.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(fr.path)["Risques"]
    assert ws["A4"].value == "Réf."
    n = fr.tables[0].counts["risks"]
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"R{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in fr.values if v.column == "id"}
    assert ids == {i: f"R-{i + 1:03d}" for i in range(n)}

    es = built["es_anchoa_registro_raid"]
    ws = openpyxl.load_workbook(es.path)["Registro"]
    assert ws["D3"].value == "Fecha de alta"
    kinds = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)]
    row = 4 + kinds.index("Supuesto")
    got = [(v.where, v.expected) for v in es.values if v.register == "assumptions"]
    assert (0, ws.cell(row, 4).value.date()) in got
    raised = [v for v in es.values if v.column == "raised_date"]
    assert {v.register for v in raised} == {"risks", "issues", "assumptions"}
    assert len(raised) == sum(1 for k in kinds if k != "Dependencia")


def test_seventy_third_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-third batch's truth (docs/adopt.md, "Round 35: the
    seventy-third batch's truth audited"): its fact totals at seed 2026 and each change (the
    flower auction's H / M / L as probability and impact 5 / 3 / 1, the mosaic milestones'
    currency EUR)."""
    from adopt_layouts_heldout73 import HELD_OUT_73
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_73, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 81, "values": 304}
    assert all(check_truth(b) == [] for b in built.values())

    nl = built["nl_flower_auction_consultant_risks"]
    ws = openpyxl.load_workbook(nl.path)["Risk Register"]
    assert (ws["E4"].value, ws["F4"].value) == ("Probability", "Impact")
    n = nl.tables[0].counts["risks"]
    level = {"H": 5.0, "M": 3.0, "L": 1.0}
    for column, col in (("probability", 5), ("impact", 6)):
        got = {v.where: v.expected for v in nl.values if v.column == column}
        assert got == {i: level[ws.cell(5 + i, col).value] for i in range(n)}

    it = built["it_mosaic_sow_payment_milestones"]
    ws = openpyxl.load_workbook(it.path)["SOW Milestones"]
    assert "EUR" in ws["A2"].value and ws["F4"].value == "Payment (EUR, excl. VAT)"
    currency = [v.expected for v in it.values if v.register == "project"]
    assert currency == ["EUR"]


def test_seventy_fourth_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-fourth batch's truth (docs/adopt.md, "Round 35: the
    seventy-fourth batch's truth audited"): its fact totals at seed 2026 (18 values added) and
    each change (the decision log's `DEC-01` as DC-001, the interface tracker's `IF-01` as
    D-001, the SOW's `M1` under `MS` as M-001, each column A the `id` column; the payroll
    list's `Prio` 1 / 2 / 3 under its key line as High / Medium / Low)."""
    from adopt_layouts_heldout74 import HELD_OUT_74
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_74, tmp_path)
    assert totals == {"tables": 14, "register": 31, "columns": 70, "values": 279}
    assert all(check_truth(b) == [] for b in built.values())

    assert _assert_dec_ids_read_as_dc(built["ke_contact_centre_decision_log"], "Ref") == 3

    crossing = built["ca_level_crossing_interfaces"]
    assert crossing.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(crossing.path)["Interfaces"]
    assert ws["A1"].value == "Interface"
    n = crossing.tables[0].counts["dependencies"]
    assert [ws.cell(2 + i, 1).value for i in range(n)] == [f"IF-{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in crossing.values if v.column == "id"}
    assert ids == {i: f"D-{i + 1:03d}" for i in range(n)}

    sow = built["au_radiology_sow_milestones"]
    assert sow.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(sow.path)["SOW Milestones"]
    assert ws["A3"].value == "MS"
    n = sow.tables[0].counts["milestones"]
    assert [ws.cell(4 + i, 1).value for i in range(n)] == [f"M{i + 1}" for i in range(n)]
    ids = {v.where: v.expected for v in sow.values if v.column == "id"}
    assert ids == {i: f"M-{i + 1:03d}" for i in range(n)}

    payroll = built["de_payroll_consultancy_issues"]
    assert payroll.tables[0].columns["D"] == "priority"
    ws = openpyxl.load_workbook(payroll.path)["Offene Punkte"]
    assert ws["A2"].value == "Prio: 1 = high, 2 = medium, 3 = low"
    assert ws["D4"].value == "Prio"
    n = payroll.tables[0].counts["issues"]
    word = {1: "High", 2: "Medium", 3: "Low"}
    want = {i: word[ws.cell(5 + i, 4).value] for i in range(n)}
    assert {v.where: v.expected for v in payroll.values if v.column == "priority"} == want


def test_seventy_fifth_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-fifth batch's truth (docs/adopt.md, "Round 35: the
    seventy-fifth batch's truth audited"): its fact totals at seed 2026 and each change (the
    Japanese return's labelled `Project` row as the project name; the estates totals' format
    mended to the lines' `£#,##0`)."""
    from adopt_layouts_heldout75 import HELD_OUT_75
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_75, tmp_path)
    assert totals == {"tables": 16, "register": 28, "columns": 62, "values": 331}
    assert all(check_truth(b) == [] for b in built.values())

    jp = built["jp_plant_return_title_block"]
    ws = openpyxl.load_workbook(jp.path)["Monthly Return"]
    assert ws["A1"].value == "Project"
    names = [v.expected for v in jp.values if v.column == "project_name"]
    assert names == [ws["B1"].value]

    uk = built["uk_estates_capex_opex_totals"]
    wb = openpyxl.load_workbook(uk.path)
    for ws in (wb["Budget"], wb["Forecast"]):
        last = ws.max_row
        assert ws.cell(last, 1).value == "Total"
        fy = ws.max_column
        assert ws.cell(4, fy).value == "FY total"
        assert ws.cell(5, 3).number_format == "£#,##0"
        assert ws.cell(5, fy).number_format == "£#,##0"
        assert all(ws.cell(last, c).number_format == "£#,##0" for c in range(3, fy))


def test_seventy_sixth_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-sixth batch's truth (docs/adopt.md, "Round 35: the
    seventy-sixth batch's truth audited"): its fact totals at seed 2026 and each change (the
    horchata register's per-type codes and the acetaia's `R01` / `P01` as standard ids)."""
    from adopt_layouts_heldout76 import HELD_OUT_76
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_76, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 64, "values": 291}
    assert all(check_truth(b) == [] for b in built.values())

    es = built["es_horchata_plant_registro_raid"]
    assert es.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(es.path)["RAID"]
    assert ws["A3"].value == "Código"
    letter = {"Riesgo": "R", "Supuesto": "A", "Incidencia": "I", "Dependencia": "D"}
    seen: dict[str, int] = {}
    want = set()
    for r in range(4, ws.max_row + 1):
        code, kind = ws.cell(r, 1).value, ws.cell(r, 2).value
        seen[kind] = seen.get(kind, 0) + 1
        assert int(code.split("-")[1]) == seen[kind]
        want.add(f"{letter[kind]}-{seen[kind]:03d}")
    got = {v.expected for v in es.values if v.column == "id"}
    assert got == want

    it = built["it_acetaia_registro_problemi"]
    wb = openpyxl.load_workbook(it.path)
    for table, sheet, old, new in ((0, "Rischi", "R", "R"), (1, "Problemi", "P", "I")):
        assert it.tables[table].columns["A"] == "id"
        reg = "risks" if sheet == "Rischi" else "issues"
        n = it.tables[table].counts[reg]
        cells = [wb[sheet].cell(2 + i, 1).value for i in range(n)]
        assert cells == [f"{old}{i + 1:02d}" for i in range(n)]
        ids = {v.where: v.expected for v in it.values if v.register == reg and v.column == "id"}
        assert ids == {i: f"{new}-{i + 1:03d}" for i in range(n)}


def test_seventy_seventh_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-seventh batch's truth (docs/adopt.md, "Round 35: the
    seventy-seventh batch's truth audited"): its fact totals at seed 2026 and each change (the
    crayfish risks' Low / Medium / High as probability and impact 1 / 3 / 5, the toy
    factory's day rate by role)."""
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_77, tmp_path)
    # 226 as audited; 225 since the lead took out the unlisted ZAR currency (round 35)
    assert totals == {"tables": 13, "register": 29, "columns": 73, "values": 225}
    assert all(check_truth(b) == [] for b in built.values())

    au = built["au_crayfish_farm_contractor_registers"]
    ws = openpyxl.load_workbook(au.path)["Risks"]
    assert (ws["D3"].value, ws["E3"].value) == ("Likelihood", "Consequence")
    n = au.tables[0].counts["risks"]
    level = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    for column, col in (("probability", 4), ("impact", 5)):
        got = {v.where: v.expected for v in au.values if v.column == column}
        assert got == {i: level[ws.cell(4 + i, col).value] for i in range(n)}

    # round 35's third wave: the drum maker's plan, one finance line per month and
    # workstream (its budget and forecast on it), not one per measure
    jp = built["jp_drum_maker_agency_forecast"]
    lines = {v.where for v in jp.values if v.register == "finance"}
    assert jp.tables[0].counts["finance"] == len(lines)

    de = built["de_toy_factory_consultancy_fee_tracker"]
    ws = openpyxl.load_workbook(de.path)["Fees"]
    assert ws["B4"].value == "Day rate"
    rate = {"Partner": 2400, "Senior Consultant": 1800, "Consultant": 1450}
    rate |= {"Data Analyst": 1200, "Designer": 950}
    last = 2 + len({v.where[0] for v in de.values if v.register == "finance"})
    for r in range(5, ws.max_row + 1):
        role, day = ws.cell(r, 1).value, ws.cell(r, 2).value
        assert day == rate[role]
        assert all(ws.cell(r, c).value % day == 0 for c in range(3, last + 1))


def test_seventy_eighth_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-eighth batch's truth (docs/adopt.md, "Round 35: the
    seventy-eighth batch's truth audited"): its fact totals at seed 2026, the marina's sparse
    `Comments` as notes or nothing with no notes facts, and the one mended cell (the water
    plant's grand total in the `Total` row's corner)."""
    from adopt_layouts_heldout78 import HELD_OUT_78
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_78, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 49, "values": 496}
    assert all(check_truth(b) == [] for b in built.values())

    qs = built["sa_qs_package_cost_report"]
    assert qs.tables[0].columns["F"] == ("notes", None)
    ws = openpyxl.load_workbook(qs.path)["Cost Report"]
    assert ws["F4"].value == "Comments"
    remarks = [ws.cell(r, 6).value for r in range(5, ws.max_row + 1)]
    assert 0 < sum(x is not None for x in remarks) < len(remarks) / 2  # a remark here and there
    assert not [v for v in qs.values if v.column == "notes"]
    for name in ("hi_accruals_tracker", "hi_status_finance_block"):
        b = built[name]
        notes = next(k for k, v in b.tables[0].columns.items() if v == "notes")
        assert openpyxl.load_workbook(b.path).active[f"{notes}4"].value == "Notes"
        assert [v for v in b.values if v.column == "notes"]

    sa = built["sa_wbs_months_across_total"]
    ws = openpyxl.load_workbook(sa.path)["Budget phasing"]
    last, right = ws.max_row, ws.max_column
    assert ws.cell(last, 1).value == "Total"
    assert ws.cell(3, right).value == "Total"
    lines = [ws.cell(r, right).value for r in range(4, last)]
    months = [ws.cell(last, c).value for c in range(2, right)]
    assert ws.cell(last, right).value == sum(lines) == sum(months)
    assert ws.cell(last, right).number_format == "#,##0"
    # no fact reads the totals: every budget fact is a line's month cell
    budgets = sorted(v.expected for v in sa.values if v.column == "budget")
    cells = sorted(ws.cell(r, c).value for r in range(4, last) for c in range(2, right))
    assert budgets == cells


def test_seventy_ninth_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the seventy-ninth batch's truth (docs/adopt.md, "Round 35: the
    seventy-ninth batch's truth audited"): its fact totals at seed 2026 and each change (the
    organ builder's `R01` and the biathlon arena's `B1` as standard ids)."""
    from adopt_layouts_heldout79 import HELD_OUT_79
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_79, tmp_path)
    # 346 as audited; 334 since the lead took out the 1-4 scales' twelve values (round 35)
    assert totals == {"tables": 12, "register": 27, "columns": 66, "values": 334}
    assert all(check_truth(b) == [] for b in built.values())

    cases = (
        ("fr_orgues_registre_risques", "Registre des risques", 4, "N°", "risks", "R", "R"),
        ("se_skidskytte_beroenden", "Beroenden", 1, "ID", "dependencies", "B", "D"),
    )
    for name, sheet, header, head, reg, old, new in cases:
        b = built[name]
        assert b.tables[0].columns["A"] == "id"
        ws = openpyxl.load_workbook(b.path)[sheet]
        assert ws.cell(header, 1).value == head
        n = b.tables[0].counts[reg]
        cells = [ws.cell(header + 1 + i, 1).value for i in range(n)]
        width = 2 if old == "R" else 1
        assert cells == [f"{old}{i + 1:0{width}d}" for i in range(n)]
        ids = {v.where: v.expected for v in b.values if v.column == "id"}
        assert ids == {i: f"{new}-{i + 1:03d}" for i in range(n)}

    fr = built["fr_orgues_registre_risques"]
    line = openpyxl.load_workbook(fr.path)["Registre des risques"]["A2"].value
    day, month, year = (int(x) for x in line.rsplit(" ", 1)[1].split("/"))
    raised = [v.expected for v in fr.values if v.column == "raised_date"]
    assert date(year, month, day) >= max(raised)


def test_eightieth_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the eightieth batch's truth (docs/adopt.md, "Round 35: the
    eightieth batch's truth audited"): its fact totals at seed 2026 and each change (the
    cricket register's `R01` as R-001, the biscuit SOW's `M1` as M-001, the bus garage's
    High / Medium / Low likelihood and impact as 5 / 3 / 1)."""
    from adopt_layouts_heldout80 import HELD_OUT_80
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_80, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 75, "values": 280}
    assert all(check_truth(b) == [] for b in built.values())

    for name, sheet, head, reg, old, new in (
        ("lk_cricket_ground_consultant_risks", "Risk Register", 4, "risks", "R{:02d}", "R"),
        ("dk_biscuit_factory_sow_milestones", "SOW milestones", 3, "milestones", "M{}", "M"),
    ):
        b = built[name]
        assert b.tables[0].columns["A"] == "id"
        n = b.tables[0].counts[reg]
        ws = openpyxl.load_workbook(b.path)[sheet]
        cells = [ws.cell(head + 1 + i, 1).value for i in range(n)]
        assert cells == [old.format(i + 1) for i in range(n)]
        ids = {v.where: v.expected for v in b.values if v.column == "id"}
        assert ids == {i: f"{new}-{i + 1:03d}" for i in range(n)}

    ie = built["ie_bus_garage_consultancy_raid_book"]
    risks = ie.tables[0]
    assert (risks.columns["D"], risks.columns["E"]) == ("probability", "impact")
    ws = openpyxl.load_workbook(ie.path)["Risks"]
    assert (ws["D3"].value, ws["E3"].value) == ("Likelihood", "Impact")
    level = {"High": 5.0, "Medium": 3.0, "Low": 1.0}
    for column, col in (("probability", 4), ("impact", 5)):
        got = {
            v.where: v.expected for v in ie.values if v.register == "risks" and v.column == column
        }
        assert got == {i: level[ws.cell(4 + i, col).value] for i in range(risks.counts["risks"])}


def test_eighty_third_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the eighty-third batch's truth (docs/adopt.md, "Round 35: the
    eighty-third batch's truth audited"): its fact totals at seed 2026 (12 values removed, 6
    added) and each change (the lace register's 1-4 numbers with no probability or impact
    fact, the liquorice risks' Hoog / Middel / Laag as 5 / 3 / 1, the batik report's actual
    dates never after its report date)."""
    from adopt_layouts_heldout83 import HELD_OUT_83
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_83, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 78, "values": 340}
    assert all(check_truth(b) == [] for b in built.values())

    fr = built["fr_dentelle_registre_risques"]
    ws = openpyxl.load_workbook(fr.path)["Risques"]
    assert (ws["D4"].value, ws["E4"].value) == ("Probabilité (1-4)", "Gravité (1-4)")
    assert (fr.tables[0].columns["D"], fr.tables[0].columns["E"]) == ("probability", "impact")
    assert not [v for v in fr.values if v.column in ("probability", "impact")]

    nl = built["nl_drop_risico_issuelog"]
    ws = openpyxl.load_workbook(nl.path)["Risico's"]
    assert (ws["D3"].value, ws["E3"].value) == ("Kans", "Impact")
    n = nl.tables[0].counts["risks"]
    level = {"Hoog": 5.0, "Middel": 3.0, "Laag": 1.0}
    for column, col in (("probability", 4), ("impact", 5)):
        got = {
            v.where: v.expected for v in nl.values if v.register == "risks" and v.column == column
        }
        assert got == {i: level[ws.cell(4 + i, col).value] for i in range(n)}

    batik = built["id_batik_laporan_status"]
    ws = openpyxl.load_workbook(batik.path)["Laporan"]
    assert ws["A6"].value == "Tanggal Laporan" and ws["B6"].value == "27 Maret 2026"
    report = date(2026, 3, 27)
    n = batik.tables[0].counts["milestones"]
    actuals = [ws.cell(17 + i, 3).value for i in range(n)]
    assert [a.date() for a in actuals if a is not None] == [
        date(2026, 3, 9),
        date(2026, 3, 17),
        date(2026, 3, 27),
    ]
    got = [v.expected for v in batik.values if v.column == "actual_date"]
    assert got == [a.date() for a in actuals if a is not None]
    assert all(d <= report for d in got)


def test_eighty_first_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the eighty-first batch's truth (docs/adopt.md, "Round 35: the
    eighty-first batch's truth audited"): its fact totals at seed 2026 and each change (the
    tequila log's `DEC-01` as DC-001, the cricket farm's `CD-01` as D-001, the ice factory
    SOW's `M1` as M-001, the biogas extract's `Project:` line as the project name, and the
    staffing plan's rate card mended)."""
    from adopt_layouts_heldout81 import HELD_OUT_81
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_81, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 77, "values": 294}
    assert all(check_truth(b) == [] for b in built.values())

    assert _assert_dec_ids_read_as_dc(built["mx_tequila_design_decision_log"], "Ref") == 4
    for name, sheet, reg, old, new in (
        (
            "th_cricket_farm_client_dependencies",
            "Client Dependencies",
            "dependencies",
            "CD-{:02d}",
            "D",
        ),
        ("mv_ice_factory_sow_milestones", "SOW Milestones", "milestones", "M{}", "M"),
    ):
        b = built[name]
        assert b.tables[0].columns["A"] == "id"
        n = b.tables[0].counts[reg]
        ws = openpyxl.load_workbook(b.path)[sheet]
        assert ws["A3"].value in ("Ref", "MS")
        cells = [ws.cell(4 + i, 1).value for i in range(n)]
        assert cells == [old.format(i + 1) for i in range(n)]
        ids = {v.where: v.expected for v in b.values if v.column == "id"}
        assert ids == {i: f"{new}-{i + 1:03d}" for i in range(n)}

    dk = built["dk_biogas_epc_raid_extract"]
    ws = openpyxl.load_workbook(dk.path)["RAID extract"]
    assert ws["A3"].value == "Project: Hjallerup Biogas Plant EPC"
    names = [v.expected for v in dk.values if v.register == "project"]
    assert names == [ws["A3"].value.removeprefix("Project: ")]
    assert dk.tables[0].columns["A"] == ("id", None)

    ch = built["ch_hyperbaric_staffing_plan"]
    ws = openpyxl.load_workbook(ch.path)["Staffing"]
    rates = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(4, ws.max_row + 1)}
    rank = ["Principal", "Senior Consultant", "Consultant", "Analyst"]
    shown = [rates[g] for g in rank if g in rates]
    assert shown == sorted(shown, reverse=True) and len(set(shown)) == len(shown)


def test_eighty_second_held_out_truth_as_audited_in_round_35(tmp_path: Path) -> None:
    """Round 35's audit of the eighty-second batch's truth (docs/adopt.md, "Round 35: the
    eighty-second batch's truth audited"): its fact totals at seed 2026 and each change (the
    parcel locker risk log's H / M / L likelihood and impact as 5 / 3 / 1, the early
    warnings' `Removed` as Closed, the horse clinic pack's `Client PM` as the project
    manager)."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout82 import HELD_OUT_82
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_82, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 71, "values": 227}
    assert all(check_truth(b) == [] for b in built.values())

    locker = built["parcel_locker_consultancy_risk_log"]
    risks = locker.tables[0]
    assert (risks.columns["C"], risks.columns["D"]) == ("probability", "impact")
    ws = openpyxl.load_workbook(locker.path)["Risk log"]
    assert (ws["C4"].value, ws["D4"].value) == ("Likelihood", "Impact")
    level = {"H": 5.0, "M": 3.0, "L": 1.0}
    for column, col in (("probability", 3), ("impact", 4)):
        got = {v.where: v.expected for v in locker.values if v.column == column}
        assert got == {i: level[ws.cell(5 + i, col).value] for i in range(risks.counts["risks"])}

    bus = built["bus_wash_contractor_early_warnings"]
    ws = openpyxl.load_workbook(bus.path)["EW Register"]
    assert ws["F3"].value == "Status"
    n = bus.tables[0].counts["risks"]
    cells = [ws.cell(4 + i, 6).value for i in range(n)]
    assert "Removed" in cells
    status = {v.where: v.expected for v in bus.values if v.column == "status"}
    word = {"Open": "Open", "Removed": "Closed", "Closed": "Closed"}
    assert status == {i: word[c] for i, c in enumerate(cells)}

    horse = built["horse_clinic_supplier_status_pack"]
    ws = openpyxl.load_workbook(horse.path)["Status"]
    assert (ws["A6"].value, ws["A7"].value) == ("Supplier PM", "Client PM")
    pm = ValueFact("project", 0, "project_manager", ws["B7"].value)
    assert pm in horse.values
    assert not [v for v in horse.values if v.expected == ws["B6"].value]


def test_eighty_fourth_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the eighty-fourth batch's truth (docs/adopt.md, "Round 36: the
    eighty-fourth batch's truth audited"): its fact totals at seed 2026 and each change (the
    cash-flow forecast's finance count as the cells holding an amount, the monthly report's
    past forecasts not achieved as Late, the RAID extract's `As of` month no earlier than its
    last raised date and its `Project:` line as the project's name)."""
    from datetime import datetime

    from adopt_layouts_heldout84 import HELD_OUT_84
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_84, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 67, "values": 220}
    assert all(check_truth(b) == [] for b in built.values())

    vn = built["vn_fishing_net_factory_cashflow_forecast"]
    ws = openpyxl.load_workbook(vn.path)["Cash flow"]
    assert ws["H4"].value == "Total"
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value != "Total"]
    filled = [(r, c) for r in rows for c in range(2, 8) if ws.cell(r, c).value is not None]
    assert len(filled) < 6 * len(rows)
    assert vn.tables[0].counts == {"finance": len(filled)} == {"finance": 13}
    keys = {v.where for v in vn.values}
    months = {c: datetime.strptime(ws.cell(4, c).value, "%m/%Y").date() for c in range(2, 8)}
    assert keys == {(months[c], ws.cell(r, 1).value) for r, c in filled}

    cr = built["cr_turtle_sanctuary_contractor_monthly_report"]
    ws = openpyxl.load_workbook(cr.path)["Informe mensual"]
    when = ws["B5"].value
    n = cr.tables[0].counts["milestones"]
    late = 0
    for i in range(n):
        forecast, actual, cell = (ws.cell(14 + i, c).value for c in (3, 4, 5))
        facts = {v.column: v.expected for v in cr.values if v.where == i}
        assert facts["status"] == cell
        if actual is None and forecast < when:
            assert cell == "Late"
            late += 1
        if cell == "Complete":
            assert actual is not None and actual <= when
    assert late == 2 and ws["E16"].value == ws["E17"].value == "Late"

    ph = built["ph_tuna_cannery_contractor_raid"]
    ws = openpyxl.load_workbook(ph.path)["RAID Log"]
    raised = [datetime.strptime(ws.cell(r, 5).value, "%m/%d/%Y") for r in range(6, ws.max_row + 1)]
    assert ws["A3"].value == "As of May 2026"
    assert max(raised).month <= 5
    assert not [v for v in ph.values if v.column == "report_date"]
    assert ws["A2"].value == "Project: GenSan Tuna Cannery Line 3 Expansion"
    names = [v.expected for v in ph.values if v.register == "project"]
    assert names == [ws["A2"].value.removeprefix("Project: ")]


def test_eighty_fifth_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the eighty-fifth batch's truth (docs/adopt.md, "Round 36: the
    eighty-fifth batch's truth audited"): its fact totals at seed 2026 and each change (the
    SOW plan's `Paid` / `Invoiced` as Complete, a `Validado` assumption's `Fecha de
    validación` with no validate-by fact, the biobank extract issued after its last risk)."""
    from datetime import date as day

    from adopt_layouts_heldout85 import HELD_OUT_85
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_85, tmp_path)
    assert totals == {"tables": 12, "register": 26, "columns": 65, "values": 214}
    assert all(check_truth(b) == [] for b in built.values())

    sow = built["se_snowplough_sow_payments"]
    assert sow.tables[0].columns["E"] == ("status", None)
    ws = openpyxl.load_workbook(sow.path)["Payment plan"]
    assert (ws["C4"].value, ws["E4"].value) == ("Achieved", "Status")
    n = sow.tables[0].counts["milestones"]
    words = [ws.cell(5 + i, 5).value for i in range(n)]
    assert {"Paid", "Invoiced", "Not due"} <= set(words)
    status = {v.where: v.expected for v in sow.values if v.column == "status"}
    assert status == {i: "Complete" for i, w in enumerate(words) if w in ("Paid", "Invoiced")}
    assert all(ws.cell(5 + i, 3).value for i in status)

    # No `Validado` row at seed 2026; the depot as the scorer builds it at seed 7 has two.
    k = next(i for i, x in enumerate(HELD_OUT_85) if x.name == "es_hydrogen_depot_supuestos")
    (tmp_path / "seed7").mkdir()
    at_7 = HELD_OUT_85[k].build(tmp_path / "seed7", random.Random(7 * 1000 + k))
    for depot, validated in ((built[HELD_OUT_85[k].name], 0), (at_7, 2)):
        ws = openpyxl.load_workbook(depot.path)["Supuestos"]
        assert ws["D4"].value == "Fecha de validación"
        states = [ws.cell(5 + i, 5).value for i in range(depot.tables[0].counts["assumptions"])]
        assert states.count("Validado") == validated
        by = {v.where: v.expected for v in depot.values if v.column == "validate_by"}
        assert set(by) == {i for i, st in enumerate(states) if st == "Abierto"}
        assert all(by[i] == _text_date(ws.cell(5 + i, 4).value) for i in by)

    bio = built["ie_biobank_contractor_risks"]
    ws = openpyxl.load_workbook(bio.path)["Risk Extract"]
    assert ws["A3"].value == "Issue 6 - 20/04/2026"
    raised = [v.expected for v in bio.values if v.column == "raised_date"]
    assert max(raised) == day(2026, 4, 9) < day(2026, 4, 20)


def _text_date(text: str) -> object:
    """A `dd/mm/yyyy` text date as the date a person reads in it."""
    from datetime import date as day

    d, m, y = (int(p) for p in text.split("/"))
    return day(y, m, d)


def test_eighty_seventh_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the eighty-seventh batch's truth (docs/adopt.md, "Round 36: the
    eighty-seventh batch's truth audited"): its fact totals at seed 2026 (no fact changed),
    the rye bread register's `Opdateret` line never before a risk's `Oprettet` date (the one
    cell mended), and the least-sure readings the audit kept, against the cells."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout87 import HELD_OUT_87
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_87, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 74, "values": 294}
    assert all(check_truth(b) == [] for b in built.values())

    da = built["da_rugbroed_risikoregister"]
    ws = openpyxl.load_workbook(da.path)["Risici"]
    assert ws["B4"].value == "Oprettet"
    n = da.tables[0].counts["risks"]
    made = [ws.cell(5 + i, 2).value.date() for i in range(n)]
    assert max(made) == date(2026, 4, 9)
    assert ws["A2"].value == "Opdateret: 09-04-2026"
    raised = {v.where: v.expected for v in da.values if v.column == "raised_date"}
    assert raised == dict(enumerate(made))

    sk = built["sk_hracky_rizika_problemy"]
    ws = openpyxl.load_workbook(sk.path)["Riziká"]
    assert (ws["C3"].value, ws["D3"].value) == ("Pravdepodobnosť", "Dopad")
    level = {"vysoká": 5.0, "stredná": 3.0, "nízka": 1.0}
    level |= {"vysoký": 5.0, "stredný": 3.0, "nízky": 1.0}
    n = sk.tables[0].counts["risks"]
    for column, col in (("probability", 3), ("impact", 4)):
        got = {
            v.where: v.expected for v in sk.values if v.register == "risks" and v.column == column
        }
        assert got == {i: level[ws.cell(4 + i, col).value] for i in range(n)}

    hu = built["hu_paprika_problemanaplo"]
    ws = openpyxl.load_workbook(hu.path)["Problémák"]
    assert ws["F3"].value == "Bejelentés dátuma" and ws["F6"].value == "2026.03.23."
    assert ValueFact("issues", 2, "raised_date", date(2026, 3, 23)) in hu.values


def test_eighty_sixth_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the eighty-sixth batch's truth (docs/adopt.md, "Round 36: the
    eighty-sixth batch's truth audited"): its fact totals at seed 2026 (1 value removed, 3
    added) and each change (the federal tracker's bare `($)` names no currency; the Indian
    tracker's `Capex` title makes every cost head CapEx, on its first month)."""
    from adopt_layouts_heldout86 import HELD_OUT_86
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_86, tmp_path)
    assert totals == {"tables": 16, "register": 28, "columns": 49, "values": 321}
    assert all(check_truth(b) == [] for b in built.values())

    fed = built["us_federal_october_sheets"]
    wb = openpyxl.load_workbook(fed.path)
    assert [ws.title for ws in wb.worksheets] == ["Budget", "Obligations", "Expenditures"]
    for ws in wb.worksheets:
        assert str(ws["A1"].value).endswith("($)")
        texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert not [t for t in texts if "USD" in t or "US$" in t or "dollar" in t.lower()]
    assert not [v for v in fed.values if v.register == "project"]

    ind = built["in_months_lakhs_quarter_totals"]
    ws = openpyxl.load_workbook(ind.path)["Budget"]
    assert ws["A1"].value == "KSRTC Tyre Retreading Plant, Hassan - Capex, FY 2026-27"
    assert ws["B4"].value == "Apr'26"
    n = ind.tables[0].counts["finance"] // 6
    heads = [ws.cell(5 + r, 1).value for r in range(n)]
    assert heads == ["Civil works", "DG set", "Consultancy"]
    got = {v.where: v.expected for v in ind.values if v.column == "capex_opex"}
    assert got == {(date(2026, 4, 1), head): "CapEx" for head in heads}
    budgets = {v.where: v.expected for v in ind.values if v.column == "budget"}
    assert budgets[(date(2026, 4, 1), heads[0])] == round(ws["B5"].value * 100000, 2)


def test_ninetieth_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the ninetieth batch's truth (docs/adopt.md, "Round 36: the
    ninetieth batch's truth audited"): its fact totals at seed 2026 and each change (the
    supermarket refit's `Cost line` header kept in the merge's top-left cell, the French
    hospital's `Mandaté` as the actual and `Engagé` left out)."""
    from datetime import date

    from adopt_layouts_heldout90 import FR_MONTHS, HELD_OUT_90
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_90, tmp_path)
    assert totals == {"tables": 15, "register": 27, "columns": 44, "values": 255}
    assert all(check_truth(b) == [] for b in built.values())

    refit = built["au_supermarket_refit_thousands"]
    assert refit.tables[0].columns == {"A": "cost_line"}
    ws = openpyxl.load_workbook(refit.path)["Store 1187"]
    assert "A4:A5" in {str(r) for r in ws.merged_cells.ranges}
    assert (ws["A4"].value, ws["B4"].value) == ("Cost line", "Budget")
    n = refit.tables[0].counts["finance"] // 3  # three months at 2026
    assert [ws.cell(6 + i, 1).value for i in range(n)] == [
        "Shopfitting",
        "Builder",
        "Refrigeration",
    ]

    chu = built["fr_hospital_engagements"]
    table = chu.tables[0]
    assert (table.columns["D"], table.columns["E"], table.columns["F"]) == (None, "actual", None)
    ws = openpyxl.load_workbook(chu.path)["Suivi"]
    assert [ws.cell(4, c).value for c in (4, 5)] == ["Engagé", "Mandaté"]
    fr_months = {word: m + 1 for m, word in enumerate(FR_MONTHS)}
    expected: dict[tuple[date, str], float] = {}
    for r in range(5, 5 + table.counts["finance"]):
        word, year = str(ws.cell(r, 1).value).split()
        paid = str(ws.cell(r, 5).value).replace(" ", "").replace(",", ".")
        expected[(date(int(year), fr_months[word], 1), ws.cell(r, 2).value)] = float(paid)
    got = {v.where: v.expected for v in chu.values if v.column == "actual"}
    assert got == expected
    assert got[(date(2026, 3, 1), "Travaux de blindage")] == 30980.36
    committed = {float(str(ws.cell(r, 4).value).replace(" ", "").replace(",", ".")) for r in
                 range(5, 5 + table.counts["finance"])}  # fmt: skip
    assert not committed & {v.expected for v in chu.values}


def test_eighty_eighth_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the eighty-eighth batch's truth (docs/adopt.md, "Round 36: the
    eighty-eighth batch's truth audited"): its fact totals at seed 2026 and its two changes
    (the souq's manpower histogram, heads on site by trade and month, is no resources
    table: no planned days, and a headcount grid by month is no register; the press
    schedule's status week is never before an achieved date)."""
    from adopt_layouts_heldout88 import HELD_OUT_88
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_88, tmp_path)
    assert totals == {"tables": 11, "register": 25, "columns": 65, "values": 241}
    assert all(check_truth(b) == [] for b in built.values())

    souq = built["saudi_souq_resource_histogram"]
    ws = openpyxl.load_workbook(souq.path)["Manpower histogram"]
    assert "heads on site" in ws["A1"].value
    assert ws["A3"].value == "Trade"
    heads = [c.value for row in ws.iter_rows(min_row=4, min_col=2) for c in row]
    assert all(isinstance(h, int) for h in heads if h is not None)
    assert (souq.tables, souq.values) == ([], [])

    # the press schedule's `Stand: KW nn/2026` line is never before an `Ist` date (it was at
    # 12 of seeds 0-199, e.g. 141: KW 6 over actuals of 16.03. and 22.03.2026)
    press = HELD_OUT_88[9]
    assert press.name == "germany_rotary_press_delivery_schedule"
    for seed in (141, 185, 191, 194, 2026):
        b = press.build(tmp_path, random.Random(seed * 1000 + 9))
        ws = openpyxl.load_workbook(b.path)["Terminplan"]
        assert ws["E4"].value == "Ist / Actual"
        week = int(ws["A2"].value.removeprefix("Stand: KW ").removesuffix("/2026"))
        cells = [ws.cell(5 + i, 5).value for i in range(b.tables[0].counts["milestones"])]
        ist = [c.date() for c in cells if c is not None]
        assert all(d <= date.fromisocalendar(2026, week, 7) for d in ist)
        actual = {v.where: v.expected for v in b.values if v.column == "actual_date"}
        assert sorted(actual.values()) == sorted(ist)


def test_eighty_ninth_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the eighty-ninth batch's truth (docs/adopt.md, "Round 36: the
    eighty-ninth batch's truth audited"): its fact totals at seed 2026 (17 values added, 3
    corrected) and each change (the RAID log's per-type `R-01` and the dependencies' `CD01`
    as standard ids, its one `Target Date` as an issue's due and an assumption's validate-by,
    the Portuguese risks' `R01` as R-001, the status report's `Budget` RAG as the cost RAG,
    the rate card's rates ranked by role)."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout89 import HELD_OUT_89
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_89, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 66, "values": 206}
    assert all(check_truth(b) == [] for b in built.values())

    raid = built["in_pawnshop_offshore_raid"]
    assert raid.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(raid.path)["RAID Log"]
    assert (ws["A4"].value, ws["B4"].value, ws["F4"].value) == (
        "RAID ID",
        "Category",
        "Target Date",
    )
    word = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
    word["Dependency"] = "dependencies"
    want: dict[tuple[str, int, str], object] = {}
    seen: dict[str, int] = {}
    for row in range(5, 5 + sum(raid.tables[0].counts.values())):
        reg = word[ws.cell(row, 2).value]
        i = seen.get(reg, 0)
        seen[reg] = i + 1
        ref = ws.cell(row, 1).value
        assert ref == f"{ws.cell(row, 2).value[0]}-{i + 1:02d}"
        want[(reg, i, "id")] = f"{ref[0]}-{i + 1:03d}"
        target = datetime.strptime(ws.cell(row, 6).value, "%d-%b-%Y").date()
        if reg == "issues":
            want[(reg, i, "due_date")] = target
        elif reg == "assumptions":
            want[(reg, i, "validate_by")] = target
    columns = ("id", "due_date", "validate_by")
    got = {(v.register, v.where, v.column): v.expected for v in raid.values if v.column in columns}
    assert got == want
    assert ("issues", 0, "id") in got and ("dependencies", 1, "id") in got

    dog = built["gb_dog_show_saas_client_dependencies"]
    assert dog.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(dog.path)["Client dependencies"]
    n = dog.tables[0].counts["dependencies"]
    refs = [ws.cell(5 + i, 1).value for i in range(n)]
    assert refs == [f"CD{i + 1:02d}" for i in range(n)]
    ids = {v.where: v.expected for v in dog.values if v.column == "id"}
    assert ids == {i: f"D-{i + 1:03d}" for i in range(n)}

    marathon = built["br_marathon_agency_action_log"]
    ws = openpyxl.load_workbook(marathon.path)["Riscos"]
    n = marathon.tables[0].counts["risks"]
    assert [ws.cell(2 + i, 1).value for i in range(n)] == ["R01", "R02", "R03"]
    ids = {v.where: v.expected for v in marathon.values if v.column == "id"}
    assert ids == {0: "R-001", 1: "R-002", 2: "R-003"}

    status = built["au_guide_dog_studio_monthly_status"]
    ws = openpyxl.load_workbook(status.path)["Monthly status"]
    assert (ws["A9"].value, ws["B9"].value) == ("Budget", "Green")
    assert ValueFact("project", 0, "cost_rag", "Green") in status.values

    card = built["us_crossword_publisher_rate_card"]
    ws = openpyxl.load_workbook(card.path)["Rate card"]
    rates = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(5, ws.max_row + 1)}
    assert rates["Engagement Lead"] == 225 and rates["QA Engineer"] == 145
    for r in range(5, ws.max_row + 1):
        assert ws.cell(r, 8).value == ws.cell(r, 2).value * ws.cell(r, 7).value
    assert card.values == [] and card.tables[0].counts == {"resources": 17}


def test_ninety_first_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the ninety-first batch's truth (docs/adopt.md, "Round 36: the
    ninety-first batch's truth audited"): its fact totals at seed 2026 and each change (the
    Icelandic status report's `Eigandi verkefnis` as the sponsor, the Slovenian hayrack cost
    table's `(EUR)` money headers as the project's currency)."""
    from adopt_layouts import ValueFact
    from adopt_layouts_heldout91 import HELD_OUT_91
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_91, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 75, "values": 348}
    assert all(check_truth(b) == [] for b in built.values())

    puffin = built["is_lundi_stoduskyrsla"]
    ws = openpyxl.load_workbook(puffin.path)["Stöðuskýrsla"]
    assert (ws["A4"].value, ws["B4"].value) == ("Eigandi verkefnis", "Múlaþing")
    assert ValueFact("project", 0, "sponsor", "Múlaþing") in puffin.values
    assert (ws["A5"].value, ws["B5"].value) == ("Verkefnastjóri", "Guðrún Sigurðardóttir")
    pm = ValueFact("project", 0, "project_manager", "Guðrún Sigurðardóttir")
    assert pm in puffin.values

    hayrack = built["sl_kozolec_stroski_po_mesecih"]
    ws = openpyxl.load_workbook(hayrack.path)["Stroški"]
    assert (ws["C3"].value, ws["D3"].value) == ("Načrtovano (EUR)", "Porabljeno (EUR)")
    currency = [v for v in hayrack.values if v.register == "project"]
    assert currency == [ValueFact("project", 0, "currency", "EUR")]

    mooncake = built["zh_yuebing_yusuan"]
    ws = openpyxl.load_workbook(mooncake.path)["预算执行"]
    assert ws["A2"].value == "单位：元"
    assert not [v for v in mooncake.values if v.register == "project"]


def test_ninety_second_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the ninety-second batch's truth (docs/adopt.md, "Round 36: the
    ninety-second batch's truth audited"): its fact totals at seed 2026 and its one change
    (the sponge works' `Client contact` is the owner or the counterparty's, no owner fact,
    round 35's ruling on the salt mine's client items)."""
    from adopt_layouts_heldout92 import HELD_OUT_92
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_92, tmp_path)
    # the lead's round-37 ruling (t43a's report): the llama register's `RSK-01` in the
    # standard's form R-001, its typed `Puntaje` the score or left out and no fact
    llama = built["bo_llama_fibre_plant_consultant_risk_register"]
    ws = openpyxl.load_workbook(llama.path)["Riesgos"]
    n_bo = llama.tables[0].counts["risks"]
    assert ws["E3"].value == "Puntaje" and llama.tables[0].columns["E"] == ("score", None)
    assert not any(v.column == "score" for v in llama.values)
    ids = {v.where: v.expected for v in llama.values if v.column == "id"}
    assert ids == {i: f"R-{i + 1:03d}" for i in range(n_bo)}
    assert [ws.cell(4 + i, 1).value for i in range(n_bo)] == [
        f"RSK-{i + 1:02d}" for i in range(n_bo)
    ]
    assert totals == {"tables": 12, "register": 27, "columns": 62, "values": 240 - n_bo}
    assert all(check_truth(b) == [] for b in built.values())

    sponge = built["gr_sponge_works_client_dependencies"]
    table = sponge.tables[0]
    ws = openpyxl.load_workbook(sponge.path)["Client inputs"]
    assert ws["D4"].value == "Client contact"
    assert table.columns["D"] == ("owner", "counterparty_owner", None)
    n = table.counts["dependencies"]
    assert n == 4
    assert not [v for v in sponge.values if v.column in ("owner", "counterparty_owner")]
    assert ws["F4"].value == "State"
    status = {v.where: v.expected for v in sponge.values if v.column == "status"}
    assert status == {i: ws.cell(5 + i, 6).value for i in range(n)}
    need = {v.where: v.expected for v in sponge.values if v.column == "need_by"}
    assert need == {i: ws.cell(5 + i, 3).value.date() for i in range(n)}


def test_ninety_third_held_out_truth_as_audited_in_round_36(tmp_path: Path) -> None:
    """Round 36's audit of the ninety-third batch's truth (docs/adopt.md, "Round 36: the
    ninety-third batch's truth audited"): its fact totals at seed 2026 (3 values added) and each
    change (the NZ PPM export's per-period `ETC` as the month's forecast; the Kenyan report's
    period naming its last actual month)."""
    from adopt_layouts_heldout93 import HELD_OUT_93
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_93, tmp_path)
    # 306 values as audited; the lead's round-37 ruling took the twelve currency facts away:
    # every currency here is off the standards' list (NOK, BRL, ... PHP), so none is a fact
    assert totals == {"tables": 17, "register": 29, "columns": 41, "values": 294}
    assert all(check_truth(b) == [] for b in built.values())
    listed = set(default_standards().lists["currency"])
    assert not any(v.column == "currency" for b in built.values() for v in b.values)
    assert not listed & {"NOK", "BRL", "ZAR", "PLN", "KRW", "NZD", "AED", "SEK", "KES", "CZK"}

    nz = built["nz_predator_fence_ppm_export"]
    ws = openpyxl.load_workbook(nz.path)["Financials"]
    assert (ws["G1"].value, ws["H1"].value) == ("ETC", "EAC")
    assert (nz.tables[0].columns["G"], nz.tables[0].columns["H"]) == ("forecast", None)
    rows = range(2, 2 + nz.tables[0].counts["finance"])
    want = {
        (ws.cell(r, 4).value.date(), ws.cell(r, 3).value): ws.cell(r, 7).value
        for r in rows
        if ws.cell(r, 7).value is not None
    }
    got = {v.where: v.expected for v in nz.values if v.column == "forecast"}
    assert got == want and len(got) == 3
    for r in rows:
        etc, act = ws.cell(r, 7).value, ws.cell(r, 6).value
        assert (etc is None) != (act is None)
        assert ws.cell(r, 8).value == (act if etc is None else etc)

    ke = built["ke_coffee_station_donor_bva"]
    ws = openpyxl.load_workbook(ke.path)["BvA"]
    last = max(v.where[0] for v in ke.values if v.register == "finance")
    assert last == date(2026, 6, 1)
    assert ws["A2"].value == "Reporting period: January - June 2026"
    assert ws.cell(4, 2 + last.month).value == "Actual Jun-26"
    # at seed 7 the report runs to May: its period says so (it said June at every seed)
    layout = next(x for x in HELD_OUT_93 if x.name == "ke_coffee_station_donor_bva")
    (tmp_path / "7").mkdir()
    ke7 = layout.build(tmp_path / "7", random.Random(7 * 1000 + HELD_OUT_93.index(layout)))
    ws = openpyxl.load_workbook(ke7.path)["BvA"]
    assert max(v.where[0] for v in ke7.values if v.register == "finance") == date(2026, 5, 1)
    assert ws["A2"].value == "Reporting period: January - May 2026"
    assert ws["G4"].value == "Actual May-26" and ws["H4"].value == "Total to date"


def test_ninety_fourth_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the ninety-fourth batch's truth (docs/adopt.md, "Round 37: the
    ninety-fourth batch's truth audited"): its fact totals at seed 2026 (8 ids added, 4
    removed) and its two changes (the gritting RAID's per-type `R01` / `A01` / `I01` / `D01`
    refs read as R-001 / A-001 / I-001 / D-001 under an `id` column, rounds 15, 30, 34 and 35's
    rulings; the stopbank's NEC `EW-001` no risk id, round 35's bus wash ruling)."""
    from adopt_layouts_heldout94 import HELD_OUT_94
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_94, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 76, "values": 213}
    assert all(check_truth(b) == [] for b in built.values())

    grit = built["uk_gritting_depot_contractor_raid"]
    table = grit.tables[0]
    ws = openpyxl.load_workbook(grit.path)["RAID"]
    assert ws["A3"].value == "Type: R = Risk, A = Assumption, I = Issue, D = Dependency"
    assert (ws["A5"].value, ws["B5"].value) == ("Ref", "Type")
    assert table.columns["A"] == "id"
    assert table.counts == {"risks": 3, "assumptions": 2, "issues": 2, "dependencies": 1}
    regs = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
    seen: dict[str, int] = {}
    want: dict[tuple[str, object], str] = {}
    for r in range(6, 6 + sum(table.counts.values())):
        ref, kind = ws.cell(r, 1).value, ws.cell(r, 2).value
        assert ref[0] == kind
        i = seen.get(kind, 0)
        seen[kind] = i + 1
        assert int(ref[1:]) == i + 1
        want[(regs[kind], i)] = f"{kind}-{int(ref[1:]):03d}"
    ids = {(v.register, v.where): v.expected for v in grit.values if v.column == "id"}
    assert ids == want
    assert ids[("risks", 0)] == "R-001" and ids[("dependencies", 0)] == "D-001"

    ews = built["nz_stopbank_contractor_early_warnings"]
    ws = openpyxl.load_workbook(ews.path)["EW Register"]
    assert ws["A4"].value == "EW No."
    n = ews.tables[0].counts["risks"]
    assert n == 4
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"EW-{i + 1:03d}" for i in range(n)]
    assert ews.tables[0].columns["A"] == ("id", None)
    assert not [v for v in ews.values if v.column == "id"]
    owners = {v.where: v.expected for v in ews.values if v.column == "owner"}
    assert ws["H4"].value == "Action owner"
    assert owners == {i: ws.cell(5 + i, 8).value for i in range(n)}


def test_ninety_fifth_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the ninety-fifth batch's truth (docs/adopt.md, "Round 37: the
    ninety-fifth batch's truth audited"): its fact totals at seed 2026 (3 values removed) and
    each change (the Turkish change log's `DK-nn` numbers no decision id; a refused change's
    text no decision, its date, rationale and approver kept)."""
    from adopt_layouts_heldout95 import HELD_OUT_95
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_95, tmp_path)
    assert totals == {"tables": 18, "register": 30, "columns": 94, "values": 273}
    assert all(check_truth(b) == [] for b in built.values())

    def check(tr: Built) -> tuple[int, int]:
        ws = openpyxl.load_workbook(tr.path)["Değişiklik Kaydı"]
        assert [ws.cell(4, c).value for c in (1, 3, 7)] == ["Değişiklik No", "Değişiklik", "Karar"]
        assert tr.tables[0].columns["A"] == ("id", None)
        assert not [v for v in tr.values if v.column == "id"]
        n = tr.tables[0].counts["decisions"]
        decided = {v.where: v.expected for v in tr.values if v.column == "decision"}
        approved = {
            i: ws.cell(5 + i, 3).value for i in range(n) if ws.cell(5 + i, 7).value == "Onaylandı"
        }
        assert decided == approved
        for i in range(n):
            assert ws.cell(5 + i, 1).value == f"DK-{i + 1:02d}"
            assert ws.cell(5 + i, 7).value in ("Onaylandı", "Reddedildi")
            kept = {v.column: v.expected for v in tr.values if v.where == i}
            assert kept["made_by"] == ws.cell(5 + i, 8).value
            assert kept["rationale"] == ws.cell(5 + i, 4).value
            assert kept["date"].strftime("%d.%m.%Y") == ws.cell(5 + i, 2).value
        return n, len(approved)

    # seed 2026: three changes, all approved; seed 7: five, three of them refused
    assert check(built["tr_balloon_field_change_log"]) == (3, 3)
    layout = next(x for x in HELD_OUT_95 if x.name == "tr_balloon_field_change_log")
    (tmp_path / "7").mkdir()
    tr7 = layout.build(tmp_path / "7", random.Random(7 * 1000 + HELD_OUT_95.index(layout)))
    assert check(tr7) == (5, 2)


def test_ninety_sixth_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the ninety-sixth batch's truth (docs/adopt.md, "Round 37: the
    ninety-sixth batch's truth audited"): its fact totals at seed 2026 (no fact changed) and
    the two cells changed (the Dutch issue list's `Bijgewerkt:` date after its own last
    report; the Portuguese invoice numbers in the order of their invoice dates)."""
    from adopt_layouts_heldout96 import HELD_OUT_96
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_96, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 76, "values": 268}
    assert all(check_truth(b) == [] for b in built.values())

    for seed in (2026, 7):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        by_name = {
            x.name: x.build(folder, random.Random(seed * 1000 + n))
            for n, x in enumerate(HELD_OUT_96)
            if x.name.startswith(("nl_removals", "pt_spa"))
        }
        # the list was updated after the last issue it holds was reported
        nl = by_name["nl_removals_firm_planning_vendor_issues"]
        ws = openpyxl.load_workbook(nl.path)["Issuelijst"]
        stamp = ws["A2"].value
        assert stamp.startswith("Bijgewerkt: ") and stamp.endswith(" door PMO")
        updated = datetime.strptime(stamp.split()[1], "%d-%m-%Y").date()
        rows = range(5, 5 + nl.tables[0].counts["issues"])
        reported = [datetime.strptime(ws.cell(r, 2).value, "%d-%m-%Y").date() for r in rows]
        assert max(reported) < updated <= max(reported) + timedelta(days=5)
        assert sorted(v.expected for v in nl.values if v.column == "raised_date") == reported
        # the supplier's invoice numbers rise with its invoice dates, one number per invoice
        pt = by_name["pt_spa_resort_pms_partner_invoice_log"]
        ws = openpyxl.load_workbook(pt.path)["Faturas"]
        rows = range(4, 4 + pt.tables[0].counts["finance"])
        issued = {
            int(ws.cell(r, 1).value.split("/")[1]): datetime.strptime(
                ws.cell(r, 2).value, "%d-%m-%Y"
            )
            for r in rows
        }
        numbers = sorted(issued)
        assert numbers == list(range(numbers[0], numbers[0] + len(rows)))
        assert [issued[k] for k in numbers] == sorted(issued.values())
        # the facts rest on the reference month, line and net amount, none on those cells
        got = {v.where: v.expected for v in pt.values if v.register == "finance"}
        assert len(got) == len(rows) and all(v.column == "actual" for v in pt.values[1:])
        months = ["jan", "fev", "mar", "abr", "mai", "jun"]
        want = {}
        for r in rows:
            mes, ano = ws.cell(r, 3).value.split("/")
            month = date(2000 + int(ano), months.index(mes) + 1, 1)
            want[(month, ws.cell(r, 4).value)] = ws.cell(r, 5).value
        assert got == want
    assert ws["A4"].value == "FT 2026/49" and ws["B4"].value == "03-02-2026"
    assert ws["A6"].value == "FT 2026/47" and ws["B6"].value == "30-01-2026"

    # round 38's lead ruling (tx38): the fee tracker's `Kommentar` remarks are the line's
    # notes or nothing, no value fact
    fees = built["se_eyewear_chain_agency_fee_tracker"]
    assert openpyxl.load_workbook(fees.path)["Arvode"]["F4"].value == "Kommentar"
    assert fees.tables[0].columns["F"] == ("notes", None)
    assert not [v for v in fees.values if v.column == "notes"]


def test_ninety_seventh_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the ninety-seventh batch's truth (docs/adopt.md, "Round 37: the
    ninety-seventh batch's truth audited"): its fact totals at seed 2026 (unchanged) and each
    corrected fact (the Afrikaans RAID log's per-type `R1` / `A1` / `K1` / `D1` and the
    Macedonian risk register's Cyrillic `Р-01` as the standard's R-001 / A-001 / I-001 /
    D-001, as round 15's Estonian `P1` and round 35's Spanish `S-01` were read)."""
    from adopt_layouts_heldout97 import HELD_OUT_97
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_97, tmp_path)
    # the lead's round-37 ruling (t44b's report): the ajvar register's typed `Оценка` is the
    # score or left out, and its cells no fact (a score is recomputed, never imported)
    ajvar = built["mk_ajvar_registar_na_rizici"]
    ws = openpyxl.load_workbook(ajvar.path)["Ризици"]
    assert ws["F4"].value == "Оценка" and ajvar.tables[0].columns["F"] == ("score", None)
    assert not any(v.column == "score" for v in ajvar.values)
    n_mk = ajvar.tables[0].counts["risks"]
    assert totals == {"tables": 12, "register": 27, "columns": 76, "values": 342 - n_mk}
    assert all(check_truth(b) == [] for b in built.values())

    biltong = built["af_biltong_raid"]
    assert biltong.tables[0].columns["A"] == "id"
    ws = openpyxl.load_workbook(biltong.path)["RAID"]
    assert (ws["A4"].value, ws["B4"].value) == ("Nr.", "Tipe")
    letter = {"Risiko": "R", "Aanname": "A", "Kwessie": "I", "Afhanklikheid": "D"}
    register = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
    want = {}
    for r in range(5, 5 + sum(biltong.tables[0].counts.values())):
        ref, kind = ws.cell(r, 1).value, ws.cell(r, 2).value
        number = int(ref[1:])
        assert ref[0] == {"I": "K"}.get(letter[kind], letter[kind])
        want[(register[letter[kind]], number - 1)] = f"{letter[kind]}-{number:03d}"
    got = {(v.register, v.where): v.expected for v in biltong.values if v.column == "id"}
    assert got == want and len(got) == 5
    assert got[("issues", 0)] == "I-001" and ws["A8"].value == "K1"

    ajvar = built["mk_ajvar_registar_na_rizici"]
    ws = openpyxl.load_workbook(ajvar.path)["Ризици"]
    assert ws["A4"].value == "Реф."
    n = ajvar.tables[0].counts["risks"]
    cells = [ws.cell(5 + i, 1).value for i in range(n)]
    assert cells == [f"\u0420-{i + 1:02d}" for i in range(n)]  # a Cyrillic Р
    ids = {v.where: v.expected for v in ajvar.values if v.column == "id"}
    assert ids == {i: f"R-{int(c[2:]):03d}" for i, c in enumerate(cells)} and len(ids) == 6


def test_ninety_eighth_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the ninety-eighth batch's truth (docs/adopt.md, "Round 37: the
    ninety-eighth batch's truth audited"): its fact totals at seed 2026 (5 ids added) and its
    one change (the small cell vendor's `ISS-001` .. read as I-001 .. under an `id` column:
    `ISS` abbreviates the issue register's name, as rounds 10, 20 and 22's audits read
    `ISS-01` and `ISS-001`); two readings it confirmed are pinned too (the RAID's `S/N`
    shared by every type no id; a `Payment Status` no milestone status)."""
    from adopt_layouts_heldout98 import HELD_OUT_98
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_98, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 79, "values": 233}
    assert all(check_truth(b) == [] for b in built.values())

    cells = built["sa_telecom_small_cells_vendor_issue_log"]
    ws = openpyxl.load_workbook(cells.path)["Issue Log"]
    assert ws["A4"].value == "Issue No. / رقم"
    assert cells.tables[0].columns["A"] == "id"
    n = cells.tables[0].counts["issues"]
    assert n == 5
    refs = [ws.cell(5 + i, 1).value for i in range(n)]
    assert refs == [f"ISS-{i + 1:03d}" for i in range(n)]
    ids = {v.where: v.expected for v in cells.values if v.column == "id"}
    assert ids == {i: f"I-{int(ref[4:]):03d}" for i, ref in enumerate(refs)}
    assert ids[0] == "I-001" and ids[4] == "I-005"
    titles = {v.where: v.expected for v in cells.values if v.column == "title"}
    assert titles == {i: ws.cell(5 + i, 3).value for i in range(n)}

    raid = built["ng_bank_agency_banking_integrator_raid"]
    ws = openpyxl.load_workbook(raid.path)["RAID Log"]
    assert (ws["A5"].value, ws["B5"].value) == ("S/N", "Type")
    assert [ws.cell(6 + i, 1).value for i in range(10)] == list(range(1, 11))
    assert raid.tables[0].columns["A"] == ("id", None)
    assert not [v for v in raid.values if v.column == "id"]

    pay = built["eg_telecom_data_centre_cooling_payment_milestones"]
    ws = openpyxl.load_workbook(pay.path)["Payment Schedule"]
    assert ws["G4"].value == "Payment Status" and ws["G5"].value == "Paid"
    assert pay.tables[0].columns["G"] is None
    assert not [v for v in pay.values if v.column == "status"]


def test_ninety_ninth_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the ninety-ninth batch's truth (docs/adopt.md, "Round 37: the
    ninety-ninth batch's truth audited"): its fact totals at seed 2026 (values 371 -> 407)
    and each corrected fact: the Irish `Capex/Opex` and the Indian `Cost type` on every month
    of their line (not the first alone), the RV resort's finance count of the line and month
    cells holding a draw (not every pair), the Canadian reforecast with 8 closed months named
    `Q3 Reforecast`, not `Q2` (a cell change; no fact rests on it)."""
    from adopt_layouts_heldout99 import HELD_OUT_99
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_99, tmp_path)
    assert totals == {"tables": 15, "register": 27, "columns": 69, "values": 407}
    assert all(check_truth(b) == [] for b in built.values())

    suite = built["ie_cell_therapy_act_fcst"]
    ws = openpyxl.load_workbook(suite.path)["FY26 Phasing"]
    assert (ws["C5"].value, ws["E5"].value, ws["M5"].value) == (
        "Capex/Opex",
        datetime(2026, 1, 1),
        datetime(2026, 9, 1),
    )
    want = {}
    for r in range(6, 12, 2):
        for c in range(5, 14):
            key = (ws.cell(5, c).value.date(), ws.cell(r, 2).value)
            want[key] = {"Capex": "CapEx", "Opex": "OpEx"}[ws.cell(r, 3).value]
    got = {v.where: v.expected for v in suite.values if v.column == "capex_opex"}
    assert got == want and len(got) == 27
    assert got[(date(2026, 9, 1), "Tech transfer fees")] == "OpEx"

    rollup = built["in_it_services_cost_rollup"]
    ws = openpyxl.load_workbook(rollup.path)["Cost roll-up"]
    assert [ws.cell(4, c).value for c in range(1, 8)] == [
        "Workstream", "Cost type", "Apr-26", "May-26", "Jun-26", "Jul-26", "Total"
    ]  # fmt: skip
    want = {
        (date(2026, 4 + m, 1), ws.cell(r, 1).value): ws.cell(r, 2).value
        for r in range(5, 9)
        for m in range(4)
    }
    got = {v.where: v.expected for v in rollup.values if v.column == "category"}
    assert got == want and len(got) == 16
    assert got[(date(2026, 7, 1), "Accessibility audit")] == "Contractors"

    rv = built["us_rv_resort_draw_schedule"]
    ws = openpyxl.load_workbook(rv.path)["Draw Schedule"]
    assert ws["C4"].value == "Draw 4\n01/31/2026" and ws["G4"].value == "Draw 8\n05/31/2026"
    held = [(r, c) for r in range(5, 9) for c in range(3, 8) if ws.cell(r, c).value is not None]
    assert len(held) == 13 and ws["C5"].value is None and ws["D5"].value is None
    assert rv.tables[0].counts == {"finance": 13}
    keys = {v.where for v in rv.values if v.register == "finance"}
    assert len(keys) == 13

    radio = built["ca_newsroom_reforecast"]
    wb = openpyxl.load_workbook(radio.path)
    assert wb.sheetnames == ["Q3 Reforecast"] and radio.tables[0].sheet == "Q3 Reforecast"
    ws = wb["Q3 Reforecast"]
    assert ws["A1"].value.endswith("- Q3 Reforecast") and ws["K4"].value == "Forecast"
    assert ws["K5"].value == datetime(2026, 12, 1)  # Nov actuals: Q3 of an April year
    forecasts = [v for v in radio.values if v.column == "forecast"]
    assert min(v.where[0] for v in forecasts) == date(2026, 12, 1) and len(forecasts) == 16


def test_hundredth_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the hundredth batch's truth (docs/adopt.md, "Round 37: the
    hundredth batch's truth audited"): its fact totals at seed 2026 (unchanged), the two cells
    changed (the Norwegian decision log's meeting codes rising with its dates; the Mexican
    report's milestones `Concluido` only when reached by the report's date) and the readings
    it confirmed by the lead's rulings (KES and CZK no currency fact, `S01` and a shared `#`
    no id, the AS/NZS `Risk Rating` words no fact)."""
    from adopt_layouts_heldout100 import HELD_OUT_100
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_100, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 68, "values": 202}
    assert all(check_truth(b) == [] for b in built.values())

    index = {x.name: n for n, x in enumerate(HELD_OUT_100)}
    for seed in (2026, 7, 3, 9, 20):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        # the site meetings (`Møte` BM nn) are numbered in the order they are held
        n = index["no_drydock_gate_consultancy_decision_log"]
        dock = HELD_OUT_100[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(dock.path)["Beslutningslogg"]
        rows = range(5, 5 + dock.tables[0].counts["decisions"])
        dates = [datetime.strptime(ws.cell(r, 2).value, "%d.%m.%Y") for r in rows]
        meetings = [int(ws.cell(r, 6).value.removeprefix("BM ")) for r in rows]
        assert ws["F4"].value == "Møte" and dates == sorted(dates)
        assert meetings == sorted(meetings) and dock.tables[0].columns["F"] is None
        # a milestone is concluded only on or before the report's date
        n = index["mx_tidal_pool_boardwalk_contractor_monthly_report"]
        mx = HELD_OUT_100[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(mx.path)["Informe mensual"]
        assert ws["A7"].value == "Fecha del informe:"
        report = ws["B7"].value.date()
        states = [ws.cell(r, 4).value for r in range(17, 22)]
        done = states.count("Concluido")
        assert states == ["Concluido"] * done + ["En proceso"] + ["Pendiente"] * (4 - done)
        actual = {v.where: v.expected for v in mx.values if v.column == "actual_date"}
        assert actual == {i: ws.cell(17 + i, 3).value.date() for i in range(done)}
        assert all(day <= report for day in actual.values())
        assert all(ws.cell(17 + i, 3).value is None for i in range(done, 5))
        if seed == 3:  # its second milestone was drawn reached 9 June, after the report
            assert (report, done, states[1]) == (date(2026, 5, 14), 1, "En proceso")

    # no currency fact for a currency off the standards' list; EUR from the headers
    for name in (
        "ke_dairy_hay_barn_consultancy_tm_tracker",
        "cz_paternoster_lift_supplier_cashflow",
    ):
        assert not [v for v in built[name].values if v.column == "currency"]
    zinc = built["at_palace_zinc_roof_architect_invoices"]
    assert [v.expected for v in zinc.values if v.column == "currency"] == ["EUR"]
    # `S01` (a snag's own prefix) and the RAID's `#` shared by every type: no id
    for name in (
        "ie_thatched_cottage_contractor_snag_list",
        "ca_totem_pole_conservation_contractor_raid",
    ):
        assert built[name].tables[0].columns["A"] == ("id", None)
        assert not [v for v in built[name].values if v.column == "id"]
    risk = built["au_tortoise_house_contractor_risk_register"]
    ws = openpyxl.load_workbook(risk.path)["Risk Register"]
    assert (ws["E4"].value, ws["E5"].value) == ("Risk Rating", "Medium")
    assert risk.tables[0].columns["E"] == ("rating", None)
    assert not [v for v in risk.values if v.column in ("rating", "score")]

    # round 38's lead rulings (tx38): the RAID's `Next Step` an issue's resolution or
    # nothing, the fee stages' `Tranche` codes (`T1` ..) an id or nothing; no value facts
    raid = built["ca_totem_pole_conservation_contractor_raid"]
    assert openpyxl.load_workbook(raid.path)["RAID Log"]["F4"].value == "Next Step"
    assert raid.tables[0].columns["F"] == ("resolution", None)
    assert not [v for v in raid.values if v.column in ("resolution", "response")]
    fees = built["be_lock_keeper_house_architect_payment_milestones"]
    ws = openpyxl.load_workbook(fees.path)["Honoraires"]
    assert (ws["A4"].value, ws["A5"].value, ws["A6"].value) == ("Tranche", "T1", "T2")
    assert fees.tables[0].columns["A"] == ("id", None)
    assert not [v for v in fees.values if v.column == "id"]


def test_hundred_and_first_held_out_truth_as_audited_in_round_37(tmp_path: Path) -> None:
    """Round 37's audit of the hundred-and-first batch's truth (docs/adopt.md, "Round 37: the
    hundred-and-first batch's truth audited"): its fact totals at seed 2026 (values 304 ->
    286) and its one corrected reading: the Oracle export's `Expenditure Category` words
    (`Construction`, `Furniture`, `IT Infrastructure`) are on no standard `cost_category`
    list, so the column is `category` or left out and no month's line has a category fact
    (round 36's audit of the eighty-sixth batch's `EXPENDITURE_CATEGORY`); its actuals stay
    the export lines summed by `Period Name` and `Expenditure Type`."""
    import tomllib

    from adopt_layouts_heldout101 import HELD_OUT_101
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_101, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 67, "values": 286}
    assert all(check_truth(b) == [] for b in built.values())

    oracle = built["ph_bpo_oracle_export"]
    ws = openpyxl.load_workbook(oracle.path)["Export"]
    assert [ws.cell(1, c).value for c in (4, 5, 7, 9)] == [
        "Expenditure Category", "Expenditure Type", "Period Name", "Burdened Cost"
    ]  # fmt: skip
    standards = Path(__file__).parents[1] / "addin" / "standards" / "defaults.toml"
    on_list = set(tomllib.loads(standards.read_text("utf-8"))["lists"]["cost_category"])
    words = {ws.cell(r, 4).value for r in range(2, ws.max_row + 1)}
    assert words == {"Construction", "Furniture", "IT Infrastructure"}
    assert not words & on_list
    assert oracle.tables[0].columns["D"] == ("category", None)
    assert [v for v in oracle.values if v.column == "category"] == []
    names = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    months = {f"{m}-26": i + 1 for i, m in enumerate(names)}
    sums: dict[tuple[date, str], float] = {}
    for r in range(2, ws.max_row + 1):
        key = (date(2026, months[ws.cell(r, 7).value], 1), ws.cell(r, 5).value)
        sums[key] = round(sums.get(key, 0.0) + ws.cell(r, 9).value, 2)
    got = {v.where: v.expected for v in oracle.values if v.column == "actual"}
    assert got == sums and len(got) == 18 == oracle.tables[0].counts["finance"]
    assert got[(date(2026, 3, 1), "Electrical Subcontract")] == 2908814.74
    assert fact_totals(oracle) == {"tables": 1, "register": 2, "columns": 10, "values": 18}


def test_hundred_and_second_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-second batch's truth (docs/adopt.md, "Round 38:
    the hundred-and-second batch's truth audited"): its fact totals at seed 2026 (values 407
    -> 411) and its three corrected readings: the Finnish typed `Riskiluku` (probability
    times impact) is the score or left out, no value (the lead's round-38 ruling); the
    Singapore RAID's per-type `Ref` (`R01`, `A01`, `I01`, `D01`) is each item's id in the
    standard's form (R-001 ..); its `Next action date` keeps no dependency's need-by (need-by
    or committed date, as every audited mixed log's one generic date). Round 39's lead ruling
    (ox39): the Indian T&M tracker's consultant is the cost line, its `Role` a note or
    nothing, the value facts keyed by the person."""
    from adopt_layouts_heldout102 import HELD_OUT_102
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_102, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 84, "values": 411}
    assert all(check_truth(b) == [] for b in built.values())

    risk = built["fi_dental_school_sim_lab_risk_register"]
    ws = openpyxl.load_workbook(risk.path)["Riskit"]
    assert [ws.cell(6, c).value for c in (4, 5, 6)] == [
        "Todennäköisyys (1–5)", "Vaikutus (1–5)", "Riskiluku"
    ]  # fmt: skip
    n = risk.tables[0].counts["risks"]
    assert all(ws.cell(r, 6).value == ws.cell(r, 4).value * ws.cell(r, 5).value
               for r in range(7, 7 + n))  # fmt: skip
    assert risk.tables[0].columns["F"] == ("score", None)
    assert not [v for v in risk.values if v.column in ("score", "rating")]

    raid = built["sg_record_label_royalty_raid"]
    ws = openpyxl.load_workbook(raid.path)["RAID"]
    assert (ws["B4"].value, ws["H4"].value, ws["J4"].value) == (
        "Type", "Next action date", "Ref"
    )  # fmt: skip
    table = raid.tables[0]
    assert table.columns["J"] == "id"
    assert "committed_date" in table.columns["H"]
    regs = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues",
            "Dependency": "dependencies"}  # fmt: skip
    expected: dict[tuple[str, int], str] = {}
    seen: dict[str, int] = {}
    for r in range(5, 5 + sum(table.counts.values())):
        reg = regs[ws.cell(r, 2).value]
        ref = ws.cell(r, 10).value
        assert ref[0] == ws.cell(r, 2).value[0]
        expected[(reg, seen.get(reg, 0))] = f"{ref[0]}-{int(ref[1:]):03d}"
        seen[reg] = seen.get(reg, 0) + 1
    got = {(v.register, v.where): v.expected for v in raid.values if v.column == "id"}
    assert got == expected and len(got) == 6
    assert got[("risks", 0)] == "R-001" and got[("dependencies", 1)] == "D-002"
    assert not [v for v in raid.values if v.column in ("need_by", "committed_date")]
    due = {(v.register, v.where) for v in raid.values if v.column in ("due_date", "validate_by")}
    assert due == {k for k in expected if k[0] != "dependencies"}
    assert fact_totals(raid) == {"tables": 1, "register": 5, "columns": 10, "values": 32}

    # round 38's lead rulings (tx38): plain row numbers and the defect codes an id or
    # nothing, the payment schedule's `Status` a status or nothing; no value facts
    for name, sheet, row, head in (
        ("fi_dental_school_sim_lab_risk_register", "Riskit", 6, "Nro"),
        ("nz_vinyl_pressing_plant_defect_log", "Defects", 5, "Defect #"),
        ("pt_braille_press_decision_log", "Decisões", 5, "N.º"),
        ("gh_deaf_school_client_obligations", "Client Items", 6, "Item"),
        ("nl_flax_scutching_line_offer_assumptions", "Uitgangspunten", 4, "Nr."),
        ("us_taxidermy_diorama_payment_schedule", "Payment Schedule", 5, "Pmt #"),
    ):
        ws = openpyxl.load_workbook(built[name].path)[sheet]
        assert ws.cell(row, 1).value == head, name
        assert built[name].tables[0].columns["A"] == ("id", None), name
        assert not [v for v in built[name].values if v.column == "id"], name
    pay = built["us_taxidermy_diorama_payment_schedule"]
    ws = openpyxl.load_workbook(pay.path)["Payment Schedule"]
    assert ws["H5"].value == "Status"
    assert {ws.cell(r, 8).value for r in range(6, 6 + pay.tables[0].counts["milestones"])} <= {
        "Paid", "Invoiced", "Pending"
    }  # fmt: skip
    assert pay.tables[0].columns["H"] == ("status", None)
    assert not [v for v in pay.values if v.column == "status"]

    # round 39's lead ruling (ox39): the T&M tracker's consultant (one a row) is the line,
    # its `Role` a note or nothing, as round 33 ruled a T&M statement's `Name | Role`
    tm = built["in_milk_union_bmc_tm_tracker"]
    ws = openpyxl.load_workbook(tm.path)["T&M FY26-27"]
    assert (ws["B6"].value, ws["C6"].value) == ("Consultant", "Role")
    people = [ws.cell(r, 2).value for r in range(7, ws.max_row + 1) if ws.cell(r, 2).value]
    assert len(people) == len(set(people)) >= 4  # one person a row
    assert tm.tables[0].columns["B"] == "cost_line"
    assert tm.tables[0].columns["C"] == ("notes", None)
    assert {v.where[1] for v in tm.values if v.register == "finance"} == set(people)
    assert not [v for v in tm.values if v.column == "notes"]


def test_hundred_and_third_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-third batch's truth (docs/adopt.md, "Round 38: the
    hundred-and-third batch's truth audited"): its fact totals at seed 2026 (unchanged), the
    one cell change (the Portuguese contingency log's drawdowns dated inside the months the
    map has measured, in the order they are numbered, so the running balance reads down the
    log; no fact rests on it) and readings it confirmed: no currency fact for NOK, MXN, DKK
    and KRW (the lead's ruling), EUR / INR / SGD / USD from the sheets' unit words, the lakh
    and `천원` amounts scaled to units, and SAP actuals only up to the report period."""
    from adopt_layouts_heldout103 import HELD_OUT_103
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_103, tmp_path)
    assert totals == {"tables": 16, "register": 28, "columns": 77, "values": 633}
    assert all(check_truth(b) == [] for b in built.values())

    # the contingency log: every drawdown in a measured month, in date order
    n = [x.name for x in HELD_OUT_103].index("pt_mercado_mapa_mensal")
    for seed in (2026, 7, 99, 3, 11):
        folder = tmp_path / f"pt{seed}"
        folder.mkdir()
        pt = HELD_OUT_103[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(pt.path)["Mapa mensal"]
        measured = {ws.cell(r, 1).value for r in range(6, ws.max_row + 1) if ws.cell(r, 6).value}
        top = next(r for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value == "Data")
        days = [
            datetime.strptime(ws.cell(r, 1).value, "%d/%m/%Y")
            for r in range(top + 1, ws.max_row + 1)
        ]
        assert days and days == sorted(days)
        mes = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
        assert all(f"{mes[d.month - 1]}/{d.year % 100}" in measured for d in days)
        saldos = [ws.cell(r, 5).value for r in range(top + 1, ws.max_row + 1)]
        amounts = [float(s.removesuffix(" €").replace(".", "").replace(",", ".")) for s in saldos]
        assert amounts == sorted(amounts, reverse=True)

    # currencies off the standards' list: no fact; on it, from the sheets' unit words
    currency = {
        name: [v.expected for v in b.values if v.column == "currency"] for name, b in built.items()
    }
    for name in (
        "no_sykehjem_ark_per_maal",
        "mx_central_abasto_capitulos",
        "dk_hojskole_business_central",
        "kr_animation_burn",
    ):
        assert currency[name] == []
    assert currency["in_sbm_capex_opex_lakh"] == ["INR"]
    assert currency["sg_xero_budget_variance"] == ["SGD"]
    assert currency["us_tribal_housing_grant_quarters"] == ["USD"]

    # lakh and thousands of won scaled to units
    india = built["in_sbm_capex_opex_lakh"]
    ws = openpyxl.load_workbook(india.path)["FY 2026-27"]
    assert ws["H3"].value == "(₹ in lakh)" and ws["E6"].value == "Apr-26"
    got = {v.where: v.expected for v in india.values if v.column == "budget"}
    assert got[(date(2026, 4, 1), ws["B7"].value)] == round(ws["E7"].value * 100000)
    korea = built["kr_animation_burn"]
    ws = openpyxl.load_workbook(korea.path)["제작비 집행현황"]
    assert ws["D4"].value == "1월" and ws["C5"].value == "계획"
    got = {v.where: v.expected for v in korea.values if v.column == "budget"}
    assert got[(date(2026, 1, 1), ws["B5"].value)] == ws["D5"].value * 1000
    # round 38's lead ruling (tx38): the `비고` remarks are the line's notes or nothing
    from openpyxl.utils import get_column_letter

    remarks = get_column_letter(ws.max_column)
    assert ws[f"{remarks}4"].value == "비고"
    assert korea.tables[0].columns[remarks] == ("notes", None)
    assert not [v for v in korea.values if v.column == "notes"]

    # SAP: actuals up to the report period, nothing for the later periods' booked 0,00
    sap = built["at_sap_plan_ist_perioden"]
    ws = openpyxl.load_workbook(sap.path)["Plan Ist Obligo"]
    rep = int(ws["D3"].value.split()[1].split("/")[0])
    months = {v.where[0].month for v in sap.values if v.column == "actual"}
    assert months == set(range(1, rep + 1))


def test_hundred_and_fourth_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-fourth batch's truth (docs/adopt.md, "Round 38: the
    hundred-and-fourth batch's truth audited"): its fact totals at seed 2026 (values 442 ->
    454) and each changed reading: a ref numbering its register's own items under the
    register's letter is the item's id in the standard's form keeping the number (the UK RAID
    log's per-type `R01` / `I01` / `A01` / `D01`, the French `H01`), while the Australian
    `PEAL-01` and the German `LA-01` (no register letter) are the id or left out, no value; a
    typed score and a typed rating are mapped or left out with no value; the Polish `Projekt
    partnerski` (team names) is the counterparty project or left out; and a removed
    hindrance's remark no longer says `Continuing`."""
    from adopt_layouts_heldout104 import HELD_OUT_104
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_104, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 117, "values": 454}
    assert all(check_truth(b) == [] for b in built.values())

    def ids(b: Built, register: str) -> dict[int, object]:
        return {int(str(v.where)): v.expected for v in b.values
                if v.register == register and v.column == "id"}  # fmt: skip

    # UK: one table for four kinds, each numbered on its own; a typed score, no value
    gb = built["gb_drive_thru_raid_log"]
    ws = openpyxl.load_workbook(gb.path)["RAID"]
    assert [ws.cell(4, c).value for c in (1, 2, 8)] == ["Ref", "Type", "Score"]
    regs = {"R": "risks", "I": "issues", "A": "assumptions", "D": "dependencies"}
    seen = dict.fromkeys(regs.values(), 0)
    want: dict[str, dict[int, object]] = {r: {} for r in regs.values()}
    for r in range(5, ws.max_row + 1):
        ref, kind = ws.cell(r, 1).value, ws.cell(r, 2).value
        assert ref[0] == kind[0] and int(ref[1:]) == seen[regs[ref[0]]] + 1
        want[regs[ref[0]]][seen[regs[ref[0]]]] = f"{ref[0]}-{int(ref[1:]):03d}"
        seen[regs[ref[0]]] += 1
    assert {r: ids(gb, r) for r in regs.values()} == want
    assert want["risks"] == {0: "R-001", 1: "R-002"} and want["dependencies"][2] == "D-003"
    assert gb.tables[0].columns["A"] == "id"
    assert gb.tables[0].columns["H"] == ("score", None)
    assert [v for v in gb.values if v.column == "score"] == []
    assert fact_totals(gb) == {"tables": 1, "register": 5, "columns": 12, "values": 47}

    # Australia: `PEAL-01` .. (the project's acronym, no risk letter) the id or left out, no
    # value; `Risk Rating` typed, no value
    au = built["au_allergen_labelling_risk_register"]
    ws = openpyxl.load_workbook(au.path)["Risk Register"]
    assert (ws["A5"].value, ws["H5"].value) == ("Risk ID", "Risk Rating")
    cells = [ws.cell(6 + i, 1).value for i in range(au.tables[0].counts["risks"])]
    assert cells == [f"PEAL-{i + 1:02d}" for i in range(5)]
    assert au.tables[0].columns["A"] == ("id", None) and ids(au, "risks") == {}
    assert au.tables[0].columns["H"] == ("rating", None)
    assert [v for v in au.values if v.column == "rating"] == []

    # Germany: `LA-01` .. (Lenkungsausschuss, no decision letter) the id or left out
    de = built["de_pos_migration_beschlussprotokoll"]
    ws = openpyxl.load_workbook(de.path)["Beschlüsse"]
    assert ws["A5"].value == "Nr." and de.tables[0].columns["A"] == ("id", None)
    cells = [ws.cell(6 + i, 1).value for i in range(de.tables[0].counts["decisions"])]
    assert cells == ["LA-01", "LA-02", "LA-03", "LA-04", "LA-05"]
    assert ids(de, "decisions") == {}

    # France: an assumptions register's `H01` (hypothèse) .. is A-001 ..
    fr = built["fr_loyalty_rgpd_hypotheses"]
    ws = openpyxl.load_workbook(fr.path)["Hypothèses"]
    assert ws["A4"].value == "Réf." and fr.tables[0].columns["A"] == "id"
    cells = [ws.cell(5 + i, 1).value for i in range(fr.tables[0].counts["assumptions"])]
    assert cells == ["H01", "H02", "H03", "H04", "H05"]
    assert ids(fr, "assumptions") == {i: f"A-{int(c[1:]):03d}" for i, c in enumerate(cells)}

    # Poland: `Projekt partnerski` holds teams and departments, no project's id
    pl = built["pl_franchise_onboarding_mslists"]
    ws = openpyxl.load_workbook(pl.path)["owssvr"]
    assert ws["C1"].value == "Projekt partnerski"
    assert {ws.cell(r, 3).value for r in range(2, ws.max_row + 1)} >= {"Dział prawny"}
    assert pl.tables[0].columns["C"] == ("counterparty_project_id", None)
    assert [v for v in pl.values if v.column == "counterparty_project_id"] == []

    # India: a removed hindrance is never remarked `Continuing` (seed 7's first row was)
    layout = next(x for x in HELD_OUT_104 if x.name == "in_commissary_hindrance_register")
    for seed in (2026, 7):
        b = layout.build(tmp_path, random.Random(seed * 1000 + 2))
        ws = openpyxl.load_workbook(b.path)["Hindrance Reg"]
        assert ws["D6"].value == "Date of Removal of Hindrance" and ws["I6"].value == "Remarks"
        closed = {v.where: v.expected for v in b.values if v.column == "closed_date"}
        for i in range(b.tables[0].counts["issues"]):
            removed, remark = ws.cell(7 + i, 4).value, ws.cell(7 + i, 9).value
            assert (i in closed) == bool(removed)
            assert (remark == "Continuing") == (not removed)
    ws = openpyxl.load_workbook(b.path)["Hindrance Reg"]
    assert (ws["D7"].value, ws["I7"].value) == ("19.11.2025", "Removal noted")


def test_hundred_and_fifth_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-fifth batch's truth (docs/adopt.md, "Round 38: the
    hundred-and-fifth batch's truth audited"): its fact totals at seed 2026 (tables 12 -> 11,
    values 386 -> 374) and its corrections: the Indonesian register's own codes `R-01` .. are
    the ids R-001 .. (the lead's ruling), its typed `K x D` the score and `Tingkat` the rating
    or left out, with no value; the Greek change request log is no register (no truth table,
    as the standard has no change register); the Chinese list's update line no longer falls
    before its last issue's raised date; the Maltese `Noti` remark is its row's note."""
    from adopt_layouts_heldout105 import HELD_OUT_105
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_105, tmp_path)
    assert totals == {"tables": 11, "register": 25, "columns": 66, "values": 374}
    assert all(check_truth(b) == [] for b in built.values())

    risks = built["id_fishing_port_cold_store_risk_register"]
    ws = openpyxl.load_workbook(risks.path)["Daftar Risiko"]
    assert [ws.cell(7, c).value for c in (2, 5, 6, 7, 8)] == ["Kode", "K", "D", "K x D", "Tingkat"]
    n = risks.tables[0].counts["risks"]
    codes = [ws.cell(8 + i, 2).value for i in range(n)]
    assert codes[:2] == ["R-01", "R-02"]
    ids = {v.where: v.expected for v in risks.values if v.column == "id"}
    assert ids == {i: f"R-{int(code[2:]):03d}" for i, code in enumerate(codes)}
    assert ids[0] == "R-001" and len(ids) == n == 5
    for i in range(n):  # the typed score is K x D, so it is derived and holds no fact
        assert ws.cell(8 + i, 7).value == ws.cell(8 + i, 5).value * ws.cell(8 + i, 6).value
    assert risks.tables[0].columns["G"] == ("score", None)
    assert risks.tables[0].columns["H"] == ("rating", None)
    assert not [v for v in risks.values if v.column in ("score", "rating")]
    assert fact_totals(risks) == {"tables": 1, "register": 2, "columns": 11, "values": 42}

    changes = built["el_olive_mill_change_request_log"]
    ws = openpyxl.load_workbook(changes.path)["Αιτήματα Αλλαγής"]
    assert ws["A1"].value == "ΜΗΤΡΩΟ ΑΙΤΗΜΑΤΩΝ ΑΛΛΑΓΗΣ"  # a register of change requests
    assert ws["B5"].value == "Κωδ." and ws["B6"].value == "ΑΑ-01"
    assert changes.tables == [] and changes.values == []
    assert fact_totals(changes) == {"tables": 0, "register": 0, "columns": 0, "values": 0}

    issues = built["zh_tea_garden_line_issue_list"]
    ws = openpyxl.load_workbook(issues.path)["问题清单"]
    y, rest = ws["A2"].value.removeprefix("更新日期：").split("年")
    m, d = rest.removesuffix("日").split("月")
    updated = date(int(y), int(m), int(d))
    raised = [v.expected for v in issues.values if v.column == "raised_date"]
    assert len(raised) == issues.tables[0].counts["issues"] == 8
    assert max(raised) == date(2026, 7, 21) and updated == date(2026, 7, 24)
    assert fact_totals(issues) == {"tables": 1, "register": 2, "columns": 7, "values": 48}

    finance = built["mt_luzzu_boatyard_grant_finance_tracker"]
    ws = openpyxl.load_workbook(finance.path)["Finanzi"]
    assert ws["G4"].value == "Noti" and finance.tables[0].columns["G"] == "notes"
    words = ["Jannar", "Frar", "Marzu", "April"]
    noted = {
        (date(2026, words.index(ws.cell(r, 1).value.split()[0]) + 1, 1), ws.cell(r, 3).value): v
        for r in range(5, ws.max_row + 1)
        if (v := ws.cell(r, 7).value)
    }
    got = {v.where: v.expected for v in finance.values if v.column == "notes"}
    assert got == noted == {(date(2026, 2, 1), "Żebgħa u katram"): "Fattura pendenti"}


def test_hundred_and_sixth_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-sixth batch's truth (docs/adopt.md, "Round 38: the
    hundred-and-sixth batch's truth audited"): its fact totals at seed 2026 (values 528 ->
    539), the facts it added against the cells (the German `Auftraggeber:` the sponsor, its
    `M1` .. the ids M-001 .., a forecast wherever a forecast cell holds a date, EUR from the
    Spanish costs' `(€)`), the number columns read as an id or left out, and the two cells
    it moved: no P6 forecast before an actual, no Dutch open forecast on or before the
    `Peildatum`. Round 39's lead ruling (t48a): the Italian change request log is no register
    (no truth table, its `Progetto:` name only): totals 690 -> 661 (values 539 -> 524)."""
    from adopt_layouts_heldout106 import HELD_OUT_106
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_106, tmp_path)
    # round 39's lead ruling (t48a): the change request log's table left out
    assert totals == {"tables": 14, "register": 28, "columns": 95, "values": 524}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    # the German report: `Auftraggeber:` the sponsor (a body, as round 36's Múlaþing), `M1` ..
    # the milestone ids, `Prognose` a forecast on every row, reached ones included
    de = built["de_cathedral_organ_status_report"]
    ws = openpyxl.load_workbook(de.path)["Statusbericht"]
    assert (ws["A4"].value, ws["C4"].value) == ("Auftraggeber:", "Domkapitel")
    assert facts(de, "project", "sponsor") == {0: "Domkapitel"}
    assert ws["A18"].value == "Nr" and de.tables[0].columns["A"] == "id"
    rows = range(19, 25)
    assert facts(de, "milestones", "id") == {
        i: f"M-{int(ws.cell(r, 1).value[1:]):03d}" for i, r in enumerate(rows)
    }
    assert facts(de, "milestones", "forecast_date") == {
        i: ws.cell(r, 4).value.date() for i, r in enumerate(rows)
    }
    reached = {i: ws.cell(r, 5).value.date() for i, r in enumerate(rows) if ws.cell(r, 5).value}
    assert facts(de, "milestones", "actual_date") == reached and len(reached) == 1

    # the Indian report: `Revised Target` the forecast of every activity, completed ones too
    fpr = built["in_sugar_coop_cogen_fortnightly"]
    ws = openpyxl.load_workbook(fpr.path)["FPR"]
    assert ws["C16"].value == "Revised Target"
    revised = {i: datetime.strptime(ws.cell(17 + i, 3).value, "%d.%m.%Y").date() for i in range(6)}
    assert facts(fpr, "milestones", "forecast_date") == revised
    done = {i for i in range(6) if ws.cell(17 + i, 4).value != "-"}
    assert set(facts(fpr, "milestones", "actual_date")) == done == {0, 1}

    # the Spanish costs: `(€, IVA excluido)` and `(€)` on every money header give EUR; the
    # Norwegian kroner (off the standards' list) none
    es = built["es_bus_contactless_benefits"]
    ws = openpyxl.load_workbook(es.path)["Costes"]
    assert "(€, IVA excluido)" in ws["A1"].value
    assert [ws.cell(3, c).value for c in (4, 5, 6)] == [
        "Presupuestado (€)", "Ejecutado (€)", "Desviación (€)"
    ]  # fmt: skip
    assert facts(es, "project", "currency") == {0: "EUR"}
    assert facts(built["no_folk_high_school_budget"], "project", "currency") == {}

    # number columns (`Nr.` 1.1, P6's `Activity ID`, `No.` 1 ..) an id or left out, with no
    # id value
    for name in (
        "nl_bridge_remote_operation_gates",
        "us_fairground_hall_p6_milestones",
        "jp_fishing_coop_market_hall_closure",
    ):
        assert built[name].tables[0].columns["A"] == ("id", None)
        assert not [v for v in built[name].values if v.column == "id"]

    # round 39's lead ruling (t48a): the Italian change request log (`Registro delle
    # richieste di modifica (RdM)`, `N. RdM`, `Esito CCB`) is no register: no truth table,
    # only the title block's `Progetto:` as the project's name
    cr = built["it_squero_change_requests"]
    ws = openpyxl.load_workbook(cr.path)["Registro RdM"]
    assert ws["A1"].value == "Registro delle richieste di modifica (RdM)"
    assert (ws["A4"].value, ws["I4"].value) == ("N. RdM", "Esito CCB")
    assert cr.tables == []
    assert [(v.register, v.column, v.expected) for v in cr.values] == [
        ("project", "project_name", ws["C2"].value)
    ]

    index = {x.name: n for n, x in enumerate(HELD_OUT_106)}
    for seed in (2026, 7, 31, 93):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        # P6: a remaining finish after every actual finish (seed 31 drew one before)
        n = index["us_fairground_hall_p6_milestones"]
        p6 = HELD_OUT_106[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(p6.path)["TASK"]
        finish = [ws.cell(r, 4).value for r in range(3, 3 + p6.tables[0].counts["milestones"])]
        actual = [datetime.strptime(f[:-2], "%d-%b-%y") for f in finish if f.endswith(" A")]
        remaining = [datetime.strptime(f, "%d-%b-%y") for f in finish if not f.endswith(" A")]
        assert actual and remaining and max(actual) < min(remaining)
        # the Dutch plan: an open decision point's forecast after the `Peildatum` (seed 93
        # drew one two days before it)
        n = index["nl_bridge_remote_operation_gates"]
        nl = HELD_OUT_106[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(nl.path)["Beslismomenten"]
        peil = datetime.strptime(ws["C5"].value, "%d-%m-%Y").date()
        open_fc = facts(nl, "milestones", "forecast_date")
        assert open_fc and min(open_fc.values()) > peil
        assert all(d <= peil for d in facts(nl, "milestones", "actual_date").values())
        if seed == 93:
            assert (peil, open_fc[2]) == (date(2025, 10, 28), date(2025, 11, 4))


def test_hundred_and_eighth_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-eighth batch's truth (docs/adopt.md, "Round 38:
    the hundred-and-eighth batch's truth audited"): its fact totals at seed 2026 (values 346
    -> 366) and its one corrected reading: the Indian burn sheet's `Capex/Opex` cell is its
    head of account's, so every month of the line is `CapEx` / `OpEx`, not the first month
    alone (round 37's audit of the ninety-ninth batch, round 32's of the fifty-ninth)."""
    from adopt_layouts_heldout108 import HELD_OUT_108
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_108, tmp_path)
    assert totals == {"tables": 15, "register": 27, "columns": 60, "values": 366}
    assert all(check_truth(b) == [] for b in built.values())

    burn = built["in_chocolate_burn"]
    ws = openpyxl.load_workbook(burn.path)["Burn FY27"]
    assert [ws.cell(4, c).value for c in (1, 2, 3)] == ["S.No", "Head of Account", "Capex/Opex"]
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    labels = {f"{m}'26": date(2026, i + 1, 1) for i, m in enumerate(names)}
    months = [labels[ws.cell(4, c).value] for c in range(4, ws.max_column)]
    assert ws.cell(4, ws.max_column).value == "Total" and len(months) == 6
    want: dict[tuple[date, str], str] = {}
    for r in range(5, ws.max_row):
        head, kind = ws.cell(r, 2).value, ws.cell(r, 3).value
        assert kind in ("Capex", "Opex")
        for m in months:
            want[(m, head)] = "CapEx" if kind == "Capex" else "OpEx"
    assert ws.cell(ws.max_row, 2).value == "Grand Total"
    got = {v.where: v.expected for v in burn.values if v.column == "capex_opex"}
    assert got == want and len(got) == 24 == burn.tables[0].counts["finance"]
    actual = {v.where for v in burn.values if v.column == "actual"}
    assert set(got) == actual
    assert fact_totals(burn) == {"tables": 1, "register": 2, "columns": 4, "values": 49}


def test_hundred_and_seventh_held_out_truth_as_audited_in_round_38(tmp_path: Path) -> None:
    """Round 38's audit of the hundred-and-seventh batch's truth (docs/adopt.md, "Round 38: the
    hundred-and-seventh batch's truth audited"): its fact totals at seed 2026 (values 358 ->
    360), the two currencies added (the UK fee notes' `Claimed £` / `Certified £` GBP, the US
    billings' title `(invoiced, USD)` USD), and two cells that contradicted themselves: the
    German payment plan's `Stand:` date is never before an `Ist-Termin`, and the UK fee note
    numbers never repeat."""
    from adopt_layouts_heldout107 import HELD_OUT_107
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_107, tmp_path)
    assert totals == {
        "tables": 13,
        "register": 25,
        "columns": 89,
        "values": 353,
    }  # round 39: no `Required for` value
    assert all(check_truth(b) == [] for b in built.values())

    def currency(b: Built) -> list[object]:
        return [v.expected for v in b.values if v.register == "project" and v.column == "currency"]

    uk = built["uk_consultancy_invoice_log"]
    ws = openpyxl.load_workbook(uk.path)["Fee Notes"]
    assert [ws.cell(5, c).value for c in (5, 6)] == ["Claimed £", "Certified £"]
    assert currency(uk) == ["GBP"]
    n = uk.tables[0].counts["finance"]
    notes = [ws.cell(6 + i, 2).value for i in range(n)]
    assert len(set(notes)) == n == 10
    # actuals only where the claimed and certified amounts agree
    agreed = {
        (ws.cell(6 + i, 4).value, ws.cell(6 + i, 3).value): ws.cell(6 + i, 6).value
        for i in range(n)
        if ws.cell(6 + i, 5).value == ws.cell(6 + i, 6).value
    }
    got = {v.where: v.expected for v in uk.values if v.column == "actual"}
    assert len(got) == len(agreed) == 7
    assert (
        got[(date(2026, 1, 1), "Conservation plan")]
        == agreed[("January 2026", "Conservation plan")]
    )
    assert (date(2026, 1, 1), "Condition survey") not in got  # claimed 3,125, certified 2,625

    us = built["us_architect_fee_billings"]
    ws = openpyxl.load_workbook(us.path)["Billings"]
    assert "USD" in ws["A2"].value
    assert currency(us) == ["USD"]
    assert currency(built["de_payment_plan"]) == []  # payments in €, not the project's money
    assert currency(built["br_contractor_cash_flow"]) == []  # BRL is on no list

    folder = tmp_path / "seeds"
    folder.mkdir()
    n = [x.name for x in HELD_OUT_107].index("de_payment_plan")
    later = []
    for seed in (2, 7, 99, 2026):  # at seed 2 the last `Ist-Termin` is after 1 June 2026
        de = HELD_OUT_107[n].build(folder, random.Random(seed * 1000 + n))
        stand = openpyxl.load_workbook(de.path)["Zahlungsplan"]["A3"].value
        as_at = datetime.strptime(stand, "Stand: %d.%m.%Y").date()
        actuals = [v.expected for v in de.values if v.column == "actual_date"]
        assert as_at == max([date(2026, 6, 1), *actuals])
        later.append(as_at > date(2026, 6, 1))
    assert later == [True, False, False, False]


def test_hundred_and_ninth_held_out_truth_as_audited_in_round_39(tmp_path: Path) -> None:
    """Round 39's audit of the hundred-and-ninth batch's truth (docs/adopt.md, "Round 39: the
    hundred-and-ninth batch's truth audited"): its fact totals at seed 2026 (values 414 ->
    432), the facts it added against the cells (the Dutch `Vertraagd` Late, INR from `All
    amounts in INR lakh`, EUR and the Italian `Natura` as CapEx / OpEx), the row numbers and
    gate codes read as an id or left out, and the two cells it changed: the German `Ampel`
    by its own legend, the Canadian milestone title without its `(next 90 days)`."""
    from adopt_layouts_heldout109 import HELD_OUT_109
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_109, tmp_path)
    assert totals == {"tables": 17, "register": 35, "columns": 110, "values": 432}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    # the Dutch plan: `Vertraagd` (delayed) is Late, `Gereed` Complete, nothing else a status
    nl = built["nl_postzegel_mijlpalenplanning"]
    ws = openpyxl.load_workbook(nl.path)["Mijlpalen"]
    rows = [r for r in range(6, ws.max_row + 1) if ws.cell(r, 2).value]
    words = {i: ws.cell(r, 7).value for i, r in enumerate(rows)}
    assert ws["G5"].value == "Stand" and list(words.values()).count("Vertraagd") == 4
    status = {
        "Vertraagd": "Late",
        "Gereed": "Complete",
        "Loopt": "In Progress",
        "Niet gestart": "Not Started",
    }
    assert facts(nl, "milestones", "status") == {i: status[w] for i, w in words.items()}

    # the Indian report: `All amounts in INR lakh` gives INR; the Italian `Importi in euro`
    # and `€` on every amount EUR; the Moroccan MAD and the US `$` format none
    msr = built["in_dabbawala_monthly_status"]
    ws = openpyxl.load_workbook(msr.path)["MSR"]
    assert ws["A7"].value == "All amounts in INR lakh"
    assert facts(msr, "project", "currency") == {0: "INR"}
    it = built["it_murano_fornace_consuntivo"]
    ws = openpyxl.load_workbook(it.path)["Consuntivo"]
    assert ws["A2"].value == "Importi in euro, IVA esclusa" and ws["E5"].value.startswith("€ ")
    assert facts(it, "project", "currency") == {0: "EUR"}
    for name in ("ma_huilerie_rapport_mensuel", "us_marching_band_budget_tracker"):
        assert facts(built[name], "project", "currency") == {}

    # the Italian `Natura`: `Investimento` CapEx, `Esercizio` OpEx, on every line of every month
    assert ws["D4"].value == "Natura" and it.tables[0].columns["D"] == "capex_opex"
    nature = {"Investimento": "CapEx", "Esercizio": "OpEx"}
    lines = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value]
    months = ["gennaio", "febbraio", "marzo", "aprile", "maggio"]
    expected = {
        (date(2026, months.index(ws.cell(r, 1).value[:-5]) + 1, 1), ws.cell(r, 2).value): nature[
            ws.cell(r, 4).value
        ]
        for r in lines
    }
    assert facts(it, "finance", "capex_opex") == expected and len(expected) == 12

    # plain row numbers (`#`, `Lp.`, `S.No.`, `Sl`) and the gate codes `QG0` .. an id or left
    # out, with no id value
    for name, sheet_row in (
        ("de_ebike_quality_gate_plan", [("QG-Plan", 6, "Gate")]),
        ("ca_potash_hoist_weekly_status", [("Weekly Status", 16, "#")]),
        ("pl_bilety_decyzje_zaleznosci", [("Decyzje", 3, "Lp."), ("Zależności", 3, "Lp.")]),
        ("in_dabbawala_monthly_status", [("MSR", 14, "S.No."), ("MSR", 20, "Sl")]),
    ):
        b = built[name]
        wb = openpyxl.load_workbook(b.path)
        for table, (sheet, row, head) in zip(
            [t for t in b.tables if t.register != "raid"], sheet_row, strict=True
        ):
            assert (table.sheet, table.header_row) == (sheet, row)
            assert wb[sheet].cell(row, 1).value == head
            assert table.columns["A"] == ("id", None)
        assert not [v for v in b.values if v.column == "id"]

    # the cells the audit changed, at seeds 2026 and 7: the German `Ampel` follows its own
    # legend (green on plan, yellow under two weeks late, red over), and the Canadian
    # milestones are no longer titled `(next 90 days)` (most reach further, some are done)
    index = {x.name: n for n, x in enumerate(HELD_OUT_109)}
    for seed in (2026, 7):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        n = index["de_ebike_quality_gate_plan"]
        de = HELD_OUT_109[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(de.path)["QG-Plan"]
        count = de.tables[0].counts["milestones"]
        assert ws.cell(9 + count, 1).value.startswith("Ampel: grün = im Plan, gelb = Verzug < 2")
        for r in range(7, 7 + count):
            late = (ws.cell(r, 5).value - ws.cell(r, 4).value).days
            want = "grün" if late == 0 else "gelb" if late < 14 else "rot"
            assert ws.cell(r, 7).value == want
        n = index["ca_potash_hoist_weekly_status"]
        ca = HELD_OUT_109[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(ca.path)["Weekly Status"]
        head = ca.tables[0].header_row
        assert ws.cell(head - 1, 1).value == "Key Milestones"
    ws = openpyxl.load_workbook(built["de_ebike_quality_gate_plan"].path)["QG-Plan"]
    assert [ws.cell(r, 7).value for r in range(7, 11)] == ["rot", "gelb", "gelb", "gelb"]


def test_hundred_and_tenth_held_out_truth_as_audited_in_round_39(tmp_path: Path) -> None:
    """Round 39's audit of the hundred-and-tenth batch's truth (docs/adopt.md, "Round 39: the
    hundred-and-tenth batch's truth audited"): its fact totals at seed 2026 (values 436 ->
    476), the facts it added against the cells (per-register codes as the standard's ids,
    the mapped response columns' text, the `Senior Responsible Owner` the sponsor, the
    Italian project manager, AUD from `(AUD)` headers), the Irish risks' `Rating` no impact,
    the typed index and level and the plain number columns mapped or left out with no value,
    and no RAID item logged twice."""
    from adopt_layouts_heldout110 import HELD_OUT_110
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_110, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 103, "values": 476}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    def column(
        ws: openpyxl.worksheet.worksheet.Worksheet, col: int, top: int, n: int
    ) -> list[object]:
        return [ws.cell(top + 1 + i, col).value for i in range(n)]

    # the ECSS register: `PL-R-012` .. the ids R-012 .., `Mitigation action(s)` the response,
    # the typed `Risk index` (`C1`) a score, a rating or left out, with no value
    nw = built["noordwijk_payload_risk_register"]
    ws = openpyxl.load_workbook(nw.path)["Risk Register"]
    n = nw.tables[0].counts["risks"]
    assert (ws["A6"].value, ws["J6"].value, ws["H6"].value) == (
        "Risk No.", "Mitigation action(s)", "Risk index"
    )  # fmt: skip
    codes = column(ws, 1, 6, n)
    assert codes[0] == "PL-R-012"
    assert facts(nw, "risks", "id") == {i: f"R-{c[-3:]}" for i, c in enumerate(codes)}
    assert facts(nw, "risks", "response") == dict(enumerate(column(ws, 10, 6, n)))
    assert nw.tables[0].columns["H"] == ("score", "rating", None)
    assert not facts(nw, "risks", "score") and not facts(nw, "risks", "rating")

    # the relevé: `DEC-2025-001` .. the ids DC-001 .. (a running number across the years)
    fr = built["toulouse_releve_decisions"]
    ws = openpyxl.load_workbook(fr.path)["Relevé de décisions"]
    codes = column(ws, 1, 5, fr.tables[0].counts["decisions"])
    assert codes[:3] == ["DEC-2025-001", "DEC-2025-002", "DEC-2026-003"]
    assert facts(fr, "decisions", "id") == {i: f"DC-{c[-3:]}" for i, c in enumerate(codes)}

    # the Italian plan: `MS-01` .. M-001 .., `Responsabile di progetto:` the project manager
    it = built["frascati_piano_milestone"]
    ws = openpyxl.load_workbook(it.path)["Milestone"]
    codes = column(ws, 1, 5, it.tables[0].counts["milestones"])
    assert facts(it, "milestones", "id") == {i: f"M-0{c[-2:]}" for i, c in enumerate(codes)}
    assert ws["A3"].value == "Responsabile di progetto: Ing. Paolo Ferri"
    assert facts(it, "project", "project_manager") == {0: "Ing. Paolo Ferri"}

    # the highlight report: the SRO the sponsor, `M1` / `R1` the ids, the risks' response
    hr = built["harwell_highlight_report"]
    ws = openpyxl.load_workbook(hr.path)["Highlight Report"]
    assert (ws["A5"].value, ws["B5"].value) == ("Senior Responsible Owner", "Amira Said")
    assert facts(hr, "project", "sponsor") == {0: "Amira Said"}
    ms, rk = hr.tables
    assert column(ws, 1, 12, ms.counts["milestones"]) == ["M1", "M2", "M3", "M4", "M5", "M6"]
    assert facts(hr, "milestones", "id") == {i: f"M-00{i + 1}" for i in range(6)}
    assert column(ws, 1, 21, rk.counts["risks"]) == ["R1", "R2", "R3"]
    assert facts(hr, "risks", "id") == {0: "R-001", 1: "R-002", 2: "R-003"}
    assert facts(hr, "risks", "response") == dict(enumerate(column(ws, 5, 21, 3)))

    # the ERP export: `(AUD)` on every money header, AUD on the standard's list
    au = built["new_norcia_erp_cost_export"]
    ws = openpyxl.load_workbook(au.path)["Export"]
    assert all("(AUD)" in ws.cell(1, c).value for c in range(6, 10))
    assert facts(au, "project", "currency") == {0: "AUD"}
    # round 40's lead ruling (t50d): each money column is the measure it holds
    assert [ws.cell(1, c).value for c in (6, 7, 9)] == [
        "Budget (AUD)",
        "Actual (AUD)",
        "Forecast (AUD)",
    ]
    assert [au.tables[0].columns[c] for c in "FGI"] == ["budget", "actual", "forecast"]

    # the Portuguese register: `Plano de ação` the response, `Nível` a rating or left out
    pt = built["lisboa_registo_riscos"]
    ws = openpyxl.load_workbook(pt.path)["Riscos"]
    assert (ws["I4"].value, ws["G4"].value) == ("Plano de ação", "Nível")
    assert facts(pt, "risks", "response") == dict(enumerate(column(ws, 9, 4, 5)))
    assert pt.tables[0].columns["G"] == ("rating", None)
    assert not facts(pt, "risks", "rating")

    # plain row numbers (`Nr.`, `Nr`, `#`) an id or left out, with no id value
    for name in ("darmstadt_offene_punkte", "kiruna_beroendelogg", "cologne_sim_issue_action_log"):
        assert built[name].tables[0].columns["A"] == ("id", None)
        assert not [v for v in built[name].values if v.column == "id"]

    # the Irish RAID log: a risk's one `Rating` is its impact or its overall rating (no
    # fact), an issue's its severity; no item logged twice (seed 2026 drew a third risk
    # that repeated the first one's text)
    ie = built["dublin_raid_log"]
    ws = openpyxl.load_workbook(ie.path)["RAID"]
    assert ie.tables[0].columns["E"] == ("impact", "severity", "rating", None)
    assert not facts(ie, "risks", "impact")
    rows = range(5, 5 + sum(ie.tables[0].counts.values()))
    issues = [ws.cell(r, 5).value for r in rows if ws.cell(r, 2).value == "Issue"]
    assert facts(ie, "issues", "severity") == {
        i: {"H": 5.0, "M": 3.0, "L": 1.0}[x] for i, x in enumerate(issues)
    }
    assert facts(ie, "risks", "title")[2] == "Quiz content fails the children's safeguarding review"
    n = next(i for i, x in enumerate(HELD_OUT_110) if x.name == "dublin_raid_log")
    for seed in range(200):
        b = HELD_OUT_110[n].build(tmp_path, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(b.path)["RAID"]
        items = [ws.cell(r, 3).value for r in range(5, 5 + sum(b.tables[0].counts.values()))]
        assert len(items) == len(set(items)), seed


def test_hundred_and_eleventh_held_out_truth_as_audited_in_round_39(tmp_path: Path) -> None:
    """Round 39's audit of the hundred-and-eleventh batch's truth (docs/adopt.md, "Round 39:
    the hundred-and-eleventh batch's truth audited"): its fact totals at seed 2026 (values
    429 -> 443) and its changes against the cells: the Armenian and Telugu risks' mitigation
    cells their responses, the Kannada plan's first person-month a resource item, the row
    number columns an id or left out (no id value), the Yoruba target date a dependency's
    need-by or committed date, the Romanian `Escaladat la` the escalation (no value)."""
    from adopt_layouts_heldout111 import HELD_OUT_111
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_111, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 88, "values": 443}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    # the mitigation columns are each risk's own response, written beside it
    for name, sheet, header_row, col in (
        ("hy_gyumri_brandy_bottling_risk_register", "Ռիսկեր", 5, 8),
        ("te_guntur_market_yard_eauction_risk_register", "రిస్క్ జాబితా", 4, 7),
    ):
        b = built[name]
        ws = openpyxl.load_workbook(b.path)[sheet]
        n = b.tables[0].counts["risks"]
        cells = {i: ws.cell(header_row + 1 + i, col).value for i in range(n)}
        assert all(cells.values()) and facts(b, "risks", "response") == cells
    hy = built["hy_gyumri_brandy_bottling_risk_register"]
    ws = openpyxl.load_workbook(hy.path)["Ռիսկեր"]
    assert ws["H5"].value == "Մեղմացման միջոցառումներ"
    assert facts(hy, "risks", "response")[0] == "Դիզայնի երկու տարբերակ նախապես" == ws["H6"].value
    assert fact_totals(hy) == {"tables": 1, "register": 2, "columns": 10, "values": 48}

    # the resource plan's first person in its first month (January 2026, by the title)
    kn = built["kn_belagavi_foundry_erp_resource_plan"]
    ws = openpyxl.load_workbook(kn.path)["ಸಂಪನ್ಮೂಲ ಯೋಜನೆ"]
    assert "2026" in ws["A2"].value and ws["E4"].value == "ಜನವರಿ"
    first = {v.column: v.expected for v in kn.values if (v.register, v.where) == ("resources", 0)}
    assert first == {
        "person": ws["B5"].value,
        "role": ws["C5"].value,
        "month": date(2026, 1, 1),
        "planned_days": float(ws["E5"].value),
    }
    assert (ws["B5"].value, ws["E5"].value) == ("ರೇಖಾ ಶೆಟ್ಟಿ", 8)

    # plain row numbers: an id or left out, with no id value
    for name, header in (
        ("hy_gyumri_brandy_bottling_risk_register", "Հ/Հ"),
        ("ml_thrissur_pooram_crowd_milestone_plan", "ക്രമ നം."),
        ("uz_rishton_ceramics_decision_log", "№"),
        ("so_sanaag_frankincense_dependency_register", "Tix."),
        ("ro_brasov_organ_restoration_issue_register", "Nr. crt."),
    ):
        b = built[name]
        table = b.tables[0]
        ws = openpyxl.load_workbook(b.path)[table.sheet]
        assert ws.cell(table.header_row, 1).value == header
        assert ws.cell(table.header_row + 1, 1).value in (1, "1.")
        assert table.columns["A"] == ("id", None)
        assert not [v for v in b.values if v.column == "id"]
    # beside its own `RSK-01` codes the Telugu serial stays no fact
    te = built["te_guntur_market_yard_eauction_risk_register"]
    assert te.tables[0].columns["A"] is None and te.tables[0].columns["B"] == "id"

    # the RAID log's target date: a dependency's need-by or committed date, no value
    yo = built["yo_abeokuta_adire_raid_log"]
    assert "committed_date" in yo.tables[0].columns["H"]
    assert not {v.column for v in yo.values if v.register == "dependencies"} & {
        "need_by",
        "committed_date",
    }

    # `Escaladat la` is the issue's escalation; `Consiliul parohial` no level: no value
    ro = built["ro_brasov_organ_restoration_issue_register"]
    ws = openpyxl.load_workbook(ro.path)["Probleme"]
    assert ws["J6"].value == "Escaladat la"
    assert ro.tables[0].columns["J"] == ("escalation_level", None)
    assert {ws.cell(r, 10).value for r in range(7, 13)} <= {None, "Consiliul parohial", "Proiect"}
    assert not facts(ro, "issues", "escalation_level")


def test_hundred_and_twelfth_held_out_truth_as_audited_in_round_39(tmp_path: Path) -> None:
    """Round 39's audit of the hundred-and-twelfth batch's truth (docs/adopt.md, "Round 39:
    the hundred-and-twelfth batch's truth audited"): its fact totals at seed 2026 (values 519
    -> 538), the facts added (ServiceNow's `3 - Moderate` as Medium, as round 12's audit read
    it; the labelled `Programme:` / `Project:` and `Progetto:` / `Sponsor:` fields; the
    Planview rows' `Comment` as their notes, as round 23's audit read a `Comment`) and three
    cells that contradicted themselves: ServiceNow's `Updated` before its `Resolved`, Jira's
    `Bijgewerkt` earlier on the day than its `Gemaakt`, and Jira's `Gegenereerd op` date
    before issues the export lists."""
    from adopt_layouts_heldout112 import HELD_OUT_112
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_112, tmp_path)
    assert totals == {"tables": 13, "register": 26, "columns": 143, "values": 538}
    assert all(check_truth(b) == [] for b in built.values())

    def project(b: Built) -> dict[str, object]:
        return {v.column: v.expected for v in b.values if v.register == "project"}

    msp = built["gb_probate_msp_dependency_register"]
    ws = openpyxl.load_workbook(msp.path)["Dependencies"]
    labels = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, 5)}
    assert labels == {
        "Programme:": "Probate Service Modernisation",
        "Project:": "P2 Digital Grant",
        "Project Manager:": "Oluwaseun Adeyemi",
    }
    assert project(msp) == {
        "programme": "Probate Service Modernisation",
        "project_name": "P2 Digital Grant",
        "project_manager": "Oluwaseun Adeyemi",
    }
    it = built["it_pastificio_pmi_registro_assunzioni"]
    ws = openpyxl.load_workbook(it.path)["Assunzioni e vincoli"]
    assert [ws["A2"].value, ws["A3"].value] == ["Progetto:", "Sponsor:"]
    assert project(it) == {"project_name": ws["B2"].value, "sponsor": ws["B3"].value}
    assert project(it)["sponsor"] == "Direzione stabilimento di Gragnano"

    pv = built["ca_fish_harvesters_planview_financials"]
    ws = openpyxl.load_workbook(pv.path)["Financial Plan"]
    assert [ws.cell(7, c).value for c in (1, 3, 8)] == ["Account", "Period", "Comment"]
    months = {f"{date(2026, m, 1):%b %Y}": date(2026, m, 1) for m in range(4, 10)}
    total = next(r for r in range(8, ws.max_row + 1) if ws.cell(r, 1).value == "Total")
    want_notes = {
        (months[ws.cell(r, 3).value], ws.cell(r, 1).value): ws.cell(r, 8).value
        for r in range(8, total)
        if ws.cell(r, 8).value
    }
    assert total == 8 + pv.tables[0].counts["finance"] and ws.cell(total, 8).value is None
    got_notes = {v.where: v.expected for v in pv.values if v.column == "notes"}
    assert got_notes == want_notes and len(got_notes) == 15
    assert set(got_notes.values()) == {"Accrual reversed", "Includes HST"}

    # Jira: generated the day after the last change it lists (it drew 21 May above June's
    # issues), and an update never earlier that day than the issue's creation
    jira = built["nl_gemaal_jira_knelpunten"]
    ws = openpyxl.load_workbook(jira.path)["Jira"]
    assert ws["A2"].value == "Gegenereerd op 03/jul/26 door Sander van Leeuwen"
    assert max(v.expected for v in jira.values if v.column == "last_updated") == date(2026, 7, 2)
    assert [ws["G7"].value, ws["I7"].value] == ["22/jan/26 11:23", "22/jan/26 12:54"]

    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in (7, 99):  # ServiceNow's `3 - Moderate` (absent at 2026) is Medium
        sn = HELD_OUT_112[0].build(folder, random.Random(seed * 1000))
        ws = openpyxl.load_workbook(sn.path)["Page 1"]
        rows = range(2, 2 + sn.tables[0].counts["issues"])
        words = {"1 - Critical": "Critical", "2 - High": "High", "3 - Moderate": "Medium"}
        words["4 - Low"] = "Low"
        want = {r - 2: words[ws.cell(r, 4).value] for r in rows if ws.cell(r, 4).value in words}
        got = {v.where: v.expected for v in sn.values if v.column == "priority"}
        assert got == want and "Medium" in got.values()
        # resolving is a change: `Updated` is never before `Resolved` (same day)
        done = [(ws.cell(r, 11).value, ws.cell(r, 9).value) for r in rows if ws.cell(r, 11).value]
        assert all(res[:10] == upd[:10] and res <= upd for res, upd in done)
    assert len(done) == 5  # seed 99 drew five, one of them in the other order


def test_hundred_and_thirteenth_held_out_truth_as_audited_in_round_39(tmp_path: Path) -> None:
    """Round 39's audit of the hundred-and-thirteenth batch's truth (docs/adopt.md, "Round 39:
    the hundred-and-thirteenth batch's truth audited"): its fact totals at seed 2026 (values
    344 -> 359); the register's own codes read in the standard's form (the Polish `RZ-10`
    R-010, the Chilean `AC-01` DC-001, the Swedish `KB-01` D-001; the TQ numbers keep no id);
    the Indian `Sl. No.` an id column or left out; and two cells that contradicted
    themselves: the TQ register's `updated` date is never before a `Date Closed` (whose
    dates keep their facts at every seed), and no agreement whose rationale names a saving
    shows an added cost."""
    from adopt_layouts_heldout113 import HELD_OUT_113
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_113, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 90, "values": 359}
    assert all(check_truth(b) == [] for b in built.values())

    def ids(b: Built) -> dict[object, object]:
        return {v.where: v.expected for v in b.values if v.column == "id"}

    pl = built["pl_trolleybus_risk_extract"]
    ws = openpyxl.load_workbook(pl.path)["Rejestr ryzyk"]
    assert ws["B4"].value == "Nr ryzyka" and pl.tables[0].columns["B"] == "id"
    codes = [ws.cell(5 + i, 2).value for i in range(pl.tables[0].counts["risks"])]
    assert codes[:2] == ["RZ-10", "RZ-14"] and len(codes) == 5
    assert ids(pl) == {i: f"R-{int(c[3:]):03d}" for i, c in enumerate(codes)}
    assert ids(pl)[0] == "R-010"

    cl = built["cl_ropes_park_decision_log"]
    ws = openpyxl.load_workbook(cl.path)["Acuerdos"]
    n = cl.tables[0].counts["decisions"]
    codes = [ws.cell(6 + i, 1).value for i in range(n)]
    assert codes == [f"AC-{i + 1:02d}" for i in range(n)] and n == 5
    assert ids(cl) == {i: f"DC-{i + 1:03d}" for i in range(n)}
    # `Estacionamiento de ripio` was saved `$ 6.200.000` yet showed `$ 5.750.000` added
    assert ws["C7"].value == "Estacionamiento de ripio, sin pavimento"
    assert "menor" in ws["H7"].value and ws["E7"].value == "-"
    assert ws["E8"].value == "$ 4.750.000"  # an added cost beside no saving stays

    se = built["se_optician_client_dependencies"]
    ws = openpyxl.load_workbook(se.path)["Kundberoenden"]
    n = se.tables[0].counts["dependencies"]
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"KB-{i + 1:02d}" for i in range(n)]
    assert ids(se) == {i: f"D-{i + 1:03d}" for i in range(n)}

    nz = built["nz_landslip_tq_log"]
    assert nz.tables[0].columns["A"] == "id" and ids(nz) == {}  # `TQ-004`: a query's code
    snags = built["za_weighbridge_snag_list"]  # round 40's lead ruling: id or left out
    assert snags.tables[0].columns["A"] == ("id", None) and ids(snags) == {}
    india = built["in_prosthetics_proposal_assumptions"]
    assert india.tables[0].columns["A"] == ("id", None) and ids(india) == {}

    folder = tmp_path / "seeds"
    folder.mkdir()
    k = [x.name for x in HELD_OUT_113].index("nz_landslip_tq_log")
    kept = 0
    for seed in (7, 12, 99, 2026):  # at seed 12 the one `Date Closed` is 01/06/2026
        b = HELD_OUT_113[k].build(folder, random.Random(seed * 1000 + k))
        ws = openpyxl.load_workbook(b.path)["TQ Register"]
        updated = datetime.strptime(ws["A3"].value.split("updated ")[1], "%d/%m/%Y").date()
        cells = {
            i: datetime.strptime(ws.cell(6 + i, 10).value, "%d/%m/%Y").date()
            for i in range(b.tables[0].counts["issues"])
            if ws.cell(6 + i, 10).value
        }
        closed = {v.where: v.expected for v in b.values if v.column == "closed_date"}
        assert closed == cells and all(d < updated for d in cells.values())
        if seed == 12:
            assert closed == {i: date(2026, 6, 1) for i in closed} and len(closed) == 1
        if seed == 2026:  # was `updated 12/08/2026` beside TQ-011 closed 18/08/2026
            assert ws["A13"].value == "TQ-011" and cells[7] == date(2026, 8, 18)
            assert updated == date(2026, 8, 18) + (date(2026, 8, 12) - date(2026, 8, 6))
        kept += len(closed)
    assert kept == 2 + 1 + 7 + 7


def test_hundred_and_fourteenth_held_out_truth_as_audited_in_round_39(tmp_path: Path) -> None:
    """Round 39's audit of the hundred-and-fourteenth batch's truth (docs/adopt.md, "Round 39:
    the hundred-and-fourteenth batch's truth audited"): its fact totals at seed 2026 (values
    588 -> 589), the Dutch polder mill's EUR from `Bedragen in euro's` (its `€` cells), and the
    Swiss cost centre evaluation, which was dated before the months whose `Ist` it lists at
    about a quarter of the seeds, now dated no earlier than its last month."""
    from adopt_layouts_heldout114 import HELD_OUT_114
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_114, tmp_path)
    assert totals == {"tables": 14, "register": 26, "columns": 54, "values": 589}
    assert all(check_truth(b) == [] for b in built.values())

    def currency(b: Built) -> list[object]:
        return [v.expected for v in b.values if v.register == "project" and v.column == "currency"]

    nl = built["nl_poldermolen_budgetbewaking"]
    wb = openpyxl.load_workbook(nl.path)
    for sheet in ("Begroting", "Realisatie"):
        assert wb[sheet]["A3"].value.startswith("Bedragen in euro's")
        assert wb[sheet]["B6"].number_format == "€ #,##0"
    assert currency(nl) == ["EUR"]
    # the unit lines name no currency on the standards' list (`$` alone, PLN, SEK): no fact
    for name in (
        "au_boxing_gym_xero_budget_vs_actual",
        "pl_filharmonia_harmonogram",
        "se_folkhogskola_business_central",
    ):
        assert currency(built[name]) == []
    # the SAP `Obligo` rows (commitments) carry no fact: one budget and one actual a period
    de = built["de_kaeserei_sap_periodenbericht"]
    ws = openpyxl.load_workbook(de.path)["Plan-Ist Kostenarten"]
    kinds = [ws.cell(r, 3).value for r in range(6, ws.max_row + 1)]
    assert kinds.count("Obligo") == 2
    assert sum(v.column == "budget" for v in de.values) == 6 * kinds.count("Plan") == 18
    assert sum(v.column == "actual" for v in de.values) == 6 * kinds.count("Ist") == 18

    folder = tmp_path / "seeds"
    folder.mkdir()
    n = [x.name for x in HELD_OUT_114].index("ch_schwinghalle_kostenstellen_sage")
    dated = []
    for seed in (2, 7, 99, 2026):
        ch = HELD_OUT_114[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(ch.path)["KST-Auswertung"]
        as_at = datetime.strptime(ws["A2"].value.split(" per ")[1], "%d.%m.%Y").date()
        months = [v.where[0] for v in ch.values if v.column == "actual"]
        assert isinstance(months[0], date)
        assert as_at >= max(months)  # no `Ist` of a month after the evaluation
        dated.append(ws["A2"].value[-10:])
    # at seed 99 the evaluation was dated 18.10.2026 beside November's `Ist`
    assert dated[2:] == ["18.11.2026", "10.10.2026"]


def test_hundred_and_eighteenth_held_out_truth_as_audited_in_round_40(tmp_path: Path) -> None:
    """Round 40's audit of the hundred-and-eighteenth batch's truth (docs/adopt.md, "Round 40:
    the hundred-and-eighteenth batch's truth audited"): its fact totals at seed 2026 (values
    405 -> 436), row numbers as the ID column with no value, per-register codes as the IDs in
    the standard's form, the Italian direction and counterparty contact, the Canadian RAGs
    (Yellow as Amber), the Polish `Kadrowe` as People and the GRC `Mitigate` as Reduce."""
    from adopt_layouts_heldout118 import HELD_OUT_118
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_118, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 114, "values": 436}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, column: str) -> dict[object, object]:
        return {v.where: v.expected for v in b.values if v.column == column}

    # plain row numbers (`Lp.`, `S/N`, `Sıra No`) are the ID column with no id value
    for name, sheet, row, header in (
        ("pl_rejestr_ryzyk", "Rejestr ryzyk", 5, "Lp."),
        ("sg_decision_log", "Decision Log", 3, "S/N"),
        ("tr_sorun_takip", "Sorunlar", 3, "Sıra No"),
    ):
        b = built[name]
        ws = openpyxl.load_workbook(b.path)[sheet]
        assert ws.cell(row, 1).value == header
        n = sum(b.tables[0].counts.values())
        assert [ws.cell(row + 1 + i, 1).value for i in range(n)] == list(range(1, n + 1))
        assert b.tables[0].columns["A"] == "id"
        assert facts(b, "id") == {}

    # per-register codes are the IDs in the standard's form, the number kept
    for name, sheet, row, col, code, std in (
        ("it_registro_dipendenze", "Dipendenze", 4, 2, "DIP-", "D-"),
        ("za_assumptions_register", "Assumptions", 4, 1, "AS-", "A-"),
        ("us_grc_risk_export", "Risks", 1, 1, "RSK-", "R-"),
    ):
        b = built[name]
        ws = openpyxl.load_workbook(b.path)[sheet]
        n = sum(b.tables[0].counts.values())
        cells = [ws.cell(row + 1 + i, col).value for i in range(n)]
        assert all(c.startswith(code) for c in cells)
        assert facts(b, "id") == {i: f"{std}{int(c[len(code) :]):03d}" for i, c in enumerate(cells)}
    assert facts(built["us_grc_risk_export"], "id")[0] == "R-078"  # `RSK-0078`

    # the Italian `Da` (from the other side: inbound) / `Verso` (towards it: outbound) beside
    # `Cosa serve / cosa forniamo`, and `Contatto controparte` the counterparty's owner
    it = built["it_registro_dipendenze"]
    ws = openpyxl.load_workbook(it.path)["Dipendenze"]
    assert (ws["C4"].value, ws["D4"].value) == ("Cosa serve / cosa forniamo", "Da / verso")
    ways = {"Da": "Inbound", "Verso": "Outbound"}
    assert facts(it, "direction") == {i: ways[ws.cell(5 + i, 4).value] for i in range(6)}
    assert facts(it, "counterparty_owner") == {i: ws.cell(5 + i, 10).value for i in range(6)}
    # the ESG data supply `dal provider esterno` is inbound (it read `Verso` at seed 2026)
    assert (ws["C5"].value, ws["D5"].value) == ("Fornitura dati ESG dal provider esterno", "Da")

    # the Polish `Kadrowe` (personnel) risk is People
    pl = built["pl_rejestr_ryzyk"]
    ws = openpyxl.load_workbook(pl.path)["Rejestr ryzyk"]
    kadrowe = [i for i in range(5) if ws.cell(6 + i, 4).value == "Kadrowe"]
    assert kadrowe == [0]
    assert facts(pl, "category")[0] == "People"

    folder = tmp_path / "seeds"
    folder.mkdir()
    names = [x.name for x in HELD_OUT_118]
    ca_n, us_n = names.index("ca_status_report"), names.index("us_grc_risk_export")
    amber = {"Green": "Green", "Yellow": "Amber", "Red": "Red"}
    fields = ("overall_rag", "schedule_rag", "cost_rag", "scope_rag")
    yellow = mitigate = 0
    for seed in range(20):
        ca = HELD_OUT_118[ca_n].build(folder, random.Random(seed * 1000 + ca_n))
        ws = openpyxl.load_workbook(ca.path)["Status Report"]
        cells = [ws.cell(r, 2).value for r in (7, 8, 9, 10)]
        assert [ws.cell(r, 1).value for r in (7, 8, 9, 10)] == [
            "Overall status:",
            "Schedule:",
            "Budget:",
            "Scope:",
        ]
        rags = {v.column: v.expected for v in ca.values if v.register == "project"}
        assert [rags[f] for f in fields] == [amber[c] for c in cells]
        yellow += cells.count("Yellow")
        us = HELD_OUT_118[us_n].build(folder, random.Random(seed * 1000 + us_n))
        ws = openpyxl.load_workbook(us.path)["Risks"]
        responses = facts(us, "response_type")
        for i in range(us.tables[0].counts["risks"]):
            treatment = ws.cell(2 + i, 9).value
            assert responses[i] == ("Reduce" if treatment == "Mitigate" else treatment)
            mitigate += treatment == "Mitigate"
    assert yellow > 0 and mitigate > 0


def test_hundred_and_seventeenth_held_out_truth_as_audited_in_round_40(tmp_path: Path) -> None:
    """Round 40's audit of the hundred-and-seventeenth batch's truth (docs/adopt.md, "Round 40:
    the hundred-and-seventeenth batch's truth audited"): its fact totals at seed 2026 (no
    fact changed: 16 / 28 / 67 / 472), the currencies (on the standards' list only), and
    three dated cells that contradicted the rows beside them, now agreeing at every seed: the
    US earned value table's status month is the last month with ACWP, the Irish claim
    tracker is updated after the last month it claims, the Québec contingency drawings are
    dated in order and no later than the month after the last month with actuals."""
    from adopt_layouts_heldout117 import HELD_OUT_117
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_117, tmp_path)
    assert totals == {"tables": 16, "register": 28, "columns": 67, "values": 472}
    assert all(check_truth(b) == [] for b in built.values())

    def currency(b: Built) -> list[object]:
        return [v.expected for v in b.values if v.register == "project" and v.column == "currency"]

    india = built["in_rail_yard_remodelling_capex"]
    assert openpyxl.load_workbook(india.path)["FY 2026-27"]["F3"].value == "(Amount in ₹)"
    assert currency(india) == ["INR"]
    # BRL, ZAR, MXN and NOK are off the standards' list: no currency fact
    for name in (
        "br_favela_urbanizacao_orcado_realizado",
        "za_wine_cellar_burn_sheet",
        "mx_tsunami_buoys_ejercicio",
        "no_skytebane_regnskap_visma",
    ):
        assert currency(built[name]) == []
    # the Mexican EJERCIDO zeros of months not yet closed carry no actual fact
    mx = built["mx_tsunami_buoys_ejercicio"]
    ws = openpyxl.load_workbook(mx.path)["Ejercicio 2026"]
    assert ws["A12"].value == "EJERCIDO" and ws["G14"].value == 0 and ws["H14"].value == 0
    mx_actual = {v.where[0] for v in mx.values if v.column == "actual"}
    assert mx_actual == {date(2026, m, 1) for m in range(1, 5)}

    def next_month(d: date) -> date:
        return date(d.year + d.month // 12, d.month % 12 + 1, 1)

    def last_actual(b: Built) -> date:
        months = [v.where[0] for v in b.values if v.column == "actual"]
        assert all(isinstance(m, date) for m in months)
        return max(m for m in months if isinstance(m, date))

    names = [x.name for x in HELD_OUT_117]
    folder = tmp_path / "seeds"
    folder.mkdir()
    status, claims, draws = [], [], []
    for seed in (0, 3, 7, 99, 2026):
        n = names.index("us_pumped_hydro_evm_monthly")
        us = HELD_OUT_117[n].build(folder, random.Random(seed * 1000 + n))
        a3 = openpyxl.load_workbook(us.path)["EV by Month"]["A3"].value
        last = last_actual(us)  # FY27 M01 is October 2026
        assert a3 == f"Status date: FY27 M{(last.year - 2026) * 12 + last.month - 9:02d} close"
        status.append(a3[-9:-6])

        n = names.index("ie_dune_restoration_grant_claims")
        ie = HELD_OUT_117[n].build(folder, random.Random(seed * 1000 + n))
        a3 = openpyxl.load_workbook(ie.path)["Claims 2026"]["A3"].value
        day, month, year = (int(x) for x in a3.split()[2].split("/"))
        assert date(year, month, day) >= next_month(last_actual(ie))
        claims.append(a3.split()[2])

        n = names.index("ca_qc_palais_de_justice_suivi")
        qc = HELD_OUT_117[n].build(folder, random.Random(seed * 1000 + n))
        ws = openpyxl.load_workbook(qc.path)["Suivi budgétaire"]
        dates = [c.value for c in ws["A"] if isinstance(c.value, datetime)]
        assert dates == sorted(dates)
        assert dates[-1].date() < next_month(next_month(last_actual(qc)))
        draws.append(dates[-1].date())
    # at 2026 the status said `M05 close` over two months of ACWP; at seed 3 the tracker was
    # updated on 10/6/2026 beside June's claimed spend; at 2026 the drawings ran to June
    # beside March's actuals alone
    assert status[-1] == "M02"
    assert claims[1] == "10/7/2026"
    assert draws[-1] == date(2026, 4, 18)


def test_hundred_and_fifteenth_held_out_truth_as_audited_in_round_40(tmp_path: Path) -> None:
    """Round 40's audit of the hundred-and-fifteenth batch's truth (docs/adopt.md, "Round 40:
    the hundred-and-fifteenth batch's truth audited"): its fact totals at seed 2026 (values
    372 -> 384) and its changes against the cells: the Afrikaans `K01` codes the issues' ids
    (I-001 ..), the row number columns an id or left out (no id value), the Icelandic product
    a score or left out, the Greek deadline of a dependency its need-by or committed date (no
    date fact), the Hindi roles as written."""
    from adopt_layouts_heldout115 import HELD_OUT_115
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_115, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 88, "values": 384}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    # `Verw.` K01 .. (kwessie's letter and its number): the issue ids in SPEC's form
    af = built["af_fynbos_kwessieregister"]
    ws = openpyxl.load_workbook(af.path)["Kwessies"]
    assert ws["A3"].value == "Verw." and af.tables[0].columns["A"] == "id"
    n = af.tables[0].counts["issues"]
    cells = [ws.cell(4 + i, 1).value for i in range(n)]
    assert cells == ["K01", "K02", "K03", "K04"]
    assert facts(af, "issues", "id") == {i: f"I-{int(c[1:]):03d}" for i, c in enumerate(cells)}
    assert fact_totals(af) == {"tables": 1, "register": 2, "columns": 8, "values": 28}

    # plain row numbers: an id or left out, with no id value
    for name, header in (
        ("is_bathing_pool_ahaettuskra", "Nr."),
        ("mt_band_club_decizjonijiet", "Nru."),
        ("am_teff_mill_milestones", "ተ.ቁ"),
        ("el_open_air_cinema_raid", "Α/Α"),
        ("th_floating_market_risks", "ลำดับ"),
        ("ka_sulphur_bath_dependencies", "№"),
        ("gu_bandhani_status", "ક્રમ"),
        ("sw_bus_terminal_dhana", "Na."),
    ):
        b = built[name]
        table = b.tables[0]
        ws = openpyxl.load_workbook(b.path)[table.sheet]
        assert ws.cell(table.header_row, 1).value == header
        assert ws.cell(table.header_row + 1, 1).value == 1
        assert table.columns["A"] == ("id", None)
        assert not [v for v in b.values if v.column == "id"]
    # resources have no id: the Hindi serial stays no fact
    hi = built["hi_khadi_resource_plan"]
    assert hi.tables[0].columns["A"] is None

    # `Áhættustig` is probability times impact at every row: a score or left out, no value
    ice = built["is_bathing_pool_ahaettuskra"]
    ws = openpyxl.load_workbook(ice.path)["Áhættuskrá"]
    assert ws["F4"].value == "Áhættustig" and ice.tables[0].columns["F"] == ("score", None)
    n = ice.tables[0].counts["risks"]
    assert all(
        ws.cell(5 + i, 6).value == ws.cell(5 + i, 4).value * ws.cell(5 + i, 5).value
        for i in range(n)
    )
    assert not facts(ice, "risks", "score")

    # the mixed log's one `Προθεσμία`: a dependency's need-by or committed date, no date fact
    el = built["el_open_air_cinema_raid"]
    ws = openpyxl.load_workbook(el.path)["Μητρώο"]
    assert ws["F3"].value == "Προθεσμία" and ws["B7"].value == "Εξάρτηση"
    assert "committed_date" in el.tables[0].columns["F"]
    assert el.tables[0].counts["dependencies"] == 1
    assert not {v.column for v in el.values if v.register == "dependencies"} & {
        "need_by",
        "committed_date",
    }
    assert facts(el, "issues", "due_date") == {0: date(2026, 3, 23), 1: date(2026, 9, 6)}

    # the Hindi roles as written, one row a person and month
    ws = openpyxl.load_workbook(hi.path)["संसाधन योजना"]
    assert ws["D4"].value == "भूमिका"
    n = hi.tables[0].counts["resources"]
    assert facts(hi, "resources", "role") == {i: ws.cell(5 + i, 4).value for i in range(n)}
    assert facts(hi, "resources", "role")[0] == "परीक्षक"
    assert fact_totals(hi) == {"tables": 1, "register": 2, "columns": 7, "values": 36}


def test_hundred_and_sixteenth_held_out_truth_as_audited_in_round_40(tmp_path: Path) -> None:
    """Round 40's audit of the hundred-and-sixteenth batch's truth (docs/adopt.md, "Round 40:
    the hundred-and-sixteenth batch's truth audited"): its fact totals at seed 2026 (422 ->
    403 facts); the South African variation order register is a change request log, so no
    register of SPEC's (no truth table); the Dutch finding codes `BEV-0406` an id column or
    left out with no id value; the Philippine staffing plan's first and last person-months
    pinned against the cells; the Canadian payment schedule's `CAD` kept without a fact."""
    from adopt_layouts_heldout116 import HELD_OUT_116
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_116, tmp_path)
    assert totals == {"tables": 11, "register": 22, "columns": 76, "values": 294}
    assert all(check_truth(b) == [] for b in built.values())

    za = built["za_signalling_variation_log"]
    assert za.tables == [] and za.values == []
    assert "za_signalling_variation_log" in AUDITED_AS_NO_REGISTER
    ws = openpyxl.load_workbook(za.path)["VO Register"]
    assert ws["A3"].value == "Variation Order Register" and ws["A5"].value == "VO No."
    assert ws["H5"].value == "Engineer's Decision" and ws["A6"].value == "VO-001"

    nl = built["nl_pension_fund_findings_log"]
    ws = openpyxl.load_workbook(nl.path)["Bevindingen"]
    assert ws["A4"].value == "Bevinding" and ws["A5"].value == "BEV-0406"
    assert nl.tables[0].columns["A"] == ("id", None)
    assert [v for v in nl.values if v.column == "id"] == []
    assert len(nl.values) == 30  # the rest as the writer had them

    ph = built["ph_pet_insurance_staffing_plan"]
    ws = openpyxl.load_workbook(ph.path)["Staffing Plan"]
    header = [c.value for c in ws[4]]
    assert header[:5] == ["Role", "Name", "Site", "Rate Level", "Jan-26"]
    assert header[-1] == "Total MD" and header[-2] == "May-26"
    people = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value]
    months = len(header) - 5
    last = len(people) * months - 1
    assert (len(people), months, last) == (8, 5, 39)
    assert ph.tables[0].counts == {"resources": 40}
    facts = {(v.where, v.column): v.expected for v in ph.values}
    first_row, last_row = people[0], people[-1]
    assert facts == {
        (0, "role"): ws.cell(first_row, 1).value,
        (0, "person"): ws.cell(first_row, 2).value,
        (0, "month"): date(2026, 1, 1),
        (0, "planned_days"): float(ws.cell(first_row, 5).value),
        (last, "role"): ws.cell(last_row, 1).value,
        (last, "person"): ws.cell(last_row, 2).value,
        (last, "month"): date(2026, 5, 1),
        (last, "planned_days"): float(ws.cell(last_row, 4 + months).value),
    }
    assert facts[(0, "person")] == "Maria Santos" and facts[(0, "planned_days")] == 20.0
    assert facts[(last, "person")] == "Jericho Ramos" and facts[(last, "planned_days")] == 10.0

    # a payment schedule's amounts and currency are payments, not the project's money (rounds
    # 31-39), though CAD is on the standards' list: no currency and no amount facts
    ca = built["ca_tourism_board_payment_milestones"]
    ws = openpyxl.load_workbook(ca.path)["Payment Schedule"]
    assert ws["A3"].value == "All amounts in CAD, excluding GST/HST"
    assert ws["E5"].value == "Amount" and ca.tables[0].columns["E"] is None
    assert {v.register for v in ca.values} == {"milestones"}


def test_hundred_and_nineteenth_held_out_truth_as_audited_in_round_40(tmp_path: Path) -> None:
    """Round 40's audit of the hundred-and-nineteenth batch's truth (docs/adopt.md, "Round 40:
    the hundred-and-nineteenth batch's truth audited"): its fact totals at seed 2026 (values
    470 -> 455), the per-register codes as the standard's ids, the tools' own numbers
    `("id", None)` with no value, the APM links with no value, the Italian project manager as
    written, and two cells that contradicted their rows mended."""
    from adopt_layouts_heldout119 import HELD_OUT_119
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_119, tmp_path)
    assert totals == {"tables": 13, "register": 26, "columns": 116, "values": 455}
    assert all(check_truth(b) == [] for b in built.values())

    def ids(b: Built) -> list[object]:
        return [v.expected for v in b.values if v.column == "id"]

    def column_a(b: Built, sheet: str, first: int) -> list[object]:
        ws = openpyxl.load_workbook(b.path)[sheet]
        n = sum(b.tables[0].counts.values())
        return [ws.cell(first + i, 1).value for i in range(n)]

    # per-register codes numbered 1..n: the id in the standard's form, the number kept
    for name, sheet, first, prefix, form in (
        ("vmodell_trinkwasser_aenderungen_de", "PÄ-Liste", 6, "PÄ-", "I-{:03d}"),
        ("celoxis_orthodontic_risks", "Risks", 4, "RSK-", "R-{:03d}"),
        ("prince2_acquedotto_problematiche_it", "Registro problematiche", 6, "PB", "I-{:03d}"),
        ("hermes_vermessung_entscheide_ch", "Entscheide", 7, "E-", "DC-{:03d}"),
        ("metrica_hemeroteca_dependencias_es", "Dependencias", 6, "DEP-", "D-{:03d}"),
        ("apm_enforcement_agents_assumptions", "Assumptions Log", 6, "A-", "A-{:03d}"),
    ):
        b = built[name]
        cells = column_a(b, sheet, first)
        assert [int(c.removeprefix(prefix)) for c in cells] == list(range(1, len(cells) + 1))
        assert ids(b) == [form.format(i + 1) for i in range(len(cells))]
    # the tools' own numbers: ServiceNow `PRB...`, P6 `MS1000` .., monday `Item ID`
    sn, p6 = built["servicenow_assurance_animaux_fr"], built["p6_saline_meilensteine_de"]
    assert column_a(sn, "Page 1", 2)[0] == "PRB0044588"
    assert column_a(p6, "TASK", 3)[:2] == ["MS1000", "MS1010"]
    monday = built["monday_court_reporting_raid"]
    ws = openpyxl.load_workbook(monday.path)["RAID"]
    assert (ws["I4"].value, ws["H13"].value) == ("Item ID", "Item ID")
    mapped = [sn.tables[0].columns["A"], p6.tables[0].columns["A"]]
    mapped += [monday.tables[0].columns["I"], monday.tables[1].columns["H"]]
    assert mapped == [("id", None)] * 4
    assert ids(sn) == ids(p6) == ids(monday) == []
    # `Linked risk` `R-15`, `R-14`, `R-03`: the column is the links, the value two ways written
    apm = built["apm_enforcement_agents_assumptions"]
    ws = openpyxl.load_workbook(apm.path)["Assumptions Log"]
    assert [ws.cell(r, 10).value for r in range(7, 11)] == ["R-15", "R-14", "R-03", "R-03"]
    assert apm.tables[0].columns["J"] == "linked_ids"
    assert not [v for v in apm.values if v.column == "linked_ids"]
    # the Italian `Project Manager:` line: the name as written, title and all
    it = built["prince2_acquedotto_problematiche_it"]
    ws = openpyxl.load_workbook(it.path)["Registro problematiche"]
    assert (ws["A3"].value, ws["B3"].value) == ("Project Manager:", "Ing. Chiara Esposito")
    pm = [v.expected for v in it.values if v.column == "project_manager"]
    assert pm == ["Ing. Chiara Esposito"]

    folder = tmp_path / "seeds"
    folder.mkdir()
    # seed 50 (as the scorer seeds it): `PÄ-003` done on 08.06.2026 under `Stand:` 02.06.2026
    vm = HELD_OUT_119[0].build(folder, random.Random(50 * 1000))
    ws = openpyxl.load_workbook(vm.path)["PÄ-Liste"]
    listed = [ws.cell(r, c).value for r in range(6, ws.max_row + 1) for c in (4, 10)]
    assert ws["B3"].value == max(d for d in listed if d) == datetime(2026, 6, 8)
    # seed 14 (as the scorer seeds it): a problem opened at 17:07 was `Mis à jour` at 16:59
    sn14 = HELD_OUT_119[1].build(folder, random.Random(14 * 1000 + 1))
    ws = openpyxl.load_workbook(sn14.path)["Page 1"]
    assert (ws["I7"].value, ws["J7"].value) == ("25/05/2026 16:59:02", "25/05/2026 17:07:14")
    for r in range(2, ws.max_row + 1):
        opened, updated = (
            datetime.strptime(ws.cell(r, c).value, "%d/%m/%Y %H:%M:%S") for c in (9, 10)
        )
        assert opened <= updated


def test_hundred_and_twentieth_held_out_truth_as_audited_in_round_40(tmp_path: Path) -> None:
    """Round 40's audit of the hundred-and-twentieth batch's truth (docs/adopt.md, "Round 40:
    the hundred-and-twentieth batch's truth audited"): its fact totals at seed 2026 (values
    409 -> 415), the three finance trackers' currencies (EUR, GBP, CHF from their unit lines
    and formats), the Belgian top risks' `R7` refs as R-007 (no two alike), and the running
    numbers (`1.`, `1`, `1/2026`) and the Spanish `Capítulo` as an id / category or left out,
    with no value."""
    from adopt_layouts_heldout120 import HELD_OUT_120
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_120, tmp_path)
    assert totals == {"tables": 15, "register": 30, "columns": 82, "values": 415}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if v.register == register and v.column == column
        }

    # currencies: the unit line and the cell formats name them
    es = built["catedral_seguimiento"]
    ws = openpyxl.load_workbook(es.path)["Seguimiento"]
    assert "importes en euros" in ws["A2"].value
    assert ws["C7"].number_format == '#,##0.00 "€"'
    assert facts(es, "project", "currency") == {0: "EUR"}
    gb = built["gliding_club_hangar"]
    ws = openpyxl.load_workbook(gb.path)["Cost tracker"]
    assert ws["A2"].value.endswith("(£)")
    assert ws["C7"].number_format.startswith('"£"')
    assert facts(gb, "project", "currency") == {0: "GBP"}
    ch = built["horlogerie_suivi"]
    ws = openpyxl.load_workbook(ch.path)["Suivi 2026"]
    assert ws["A2"].value.endswith("montants en CHF")
    assert ws["B6"].value == "17'050.00"
    assert facts(ch, "project", "currency") == {0: "CHF"}
    money = {"catedral_seguimiento", "gliding_club_hangar", "horlogerie_suivi"}
    for name, b in built.items():
        if name not in money:
            assert facts(b, "project", "currency") == {}, name
    # the Spanish `Capítulo` (`Obra`, `Honorarios`): a category or left out, no value
    assert es.tables[0].columns["B"] == ("category", None)
    ws = openpyxl.load_workbook(es.path)["Seguimiento"]
    assert (ws["B6"].value, ws["B7"].value) == ("Capítulo", "Obra")
    assert facts(es, "finance", "category") == {}

    # the Belgian top risks' refs: `R7` is risque 7, the id in the standard's form
    be = built["cirque_rapport_mensuel"]
    rk = be.tables[1]
    assert rk.register == "risks" and rk.columns["A"] == "id"
    ws = openpyxl.load_workbook(be.path)["Rapport"]
    assert ws.cell(rk.header_row, 1).value == "Réf."
    cells = [ws.cell(rk.header_row + 1 + i, 1).value for i in range(rk.counts["risks"])]
    assert cells == ["R7", "R2", "R1"]
    assert facts(be, "risks", "id") == {0: "R-007", 1: "R-002", 2: "R-001"}

    # running numbers: an id or left out, with no id value
    de = built["zeppelin_meilensteinplan"]
    ws = openpyxl.load_workbook(de.path)["Meilensteinplan"]
    assert (ws["A4"].value, ws["A5"].value, ws["A6"].value) == ("Nr.", "1.", "2.")
    assert de.tables[0].columns["A"] == ("id", None)
    assert facts(de, "milestones", "id") == {}
    it = built["notai_sal"]
    ws = openpyxl.load_workbook(it.path)["SAL"]
    issues, decisions = it.tables
    assert (ws["A10"].value, ws["A11"].value, ws["A12"].value) == ("N.", 1, 2)
    assert ws.cell(decisions.header_row, 1).value == "Decisione n."
    assert ws.cell(decisions.header_row + 1, 1).value == "1/2026"
    assert issues.columns["A"] == decisions.columns["A"] == ("id", None)
    assert facts(it, "issues", "id") == facts(it, "decisions", "id") == {}
    # resources have no id: the Indian `S.No.` stays left out
    assert built["pashmina_staffing"].tables[0].columns["A"] is None

    # the Dutch weekly report: no decision dated after its week, no `over datum` not yet due
    nl = built["speelgoed_weekrapportage"]
    ws = openpyxl.load_workbook(nl.path)["Week 16"]
    assert ws["A2"].value == "Weekrapportage week 16"
    assert [ws.cell(11 + i, 1).value for i in range(3)] == [
        "27-01-2026",
        "17-02-2026",
        "17-04-2026",
    ]
    assert facts(nl, "decisions", "date")[2] == date(2026, 4, 17)  # week 16
    assert (ws["D20"].value, ws["G20"].value) == ("21-08-2026", "zorgen")
    assert facts(nl, "dependencies", "status") == {2: "At Risk", 3: "At Risk"}


def test_hundred_and_twentieth_batch_cells_no_longer_contradict_themselves() -> None:
    """The round-40 audit's cell changes, at every seed 0-199: the Belgian top risks' `R<n>`
    refs (two risks shared one at 37 seeds) never repeat; the Dutch weekly report (decisions
    dated after its week at 149 seeds, `over datum` on needs not yet due at 66) dates no
    decision after its week and calls nothing overdue before its need-by date; the German
    plan's `Stand: KW n` (before its last `Ist-Termin` at 32 seeds) is no earlier than it."""
    import tempfile

    from adopt_layouts_heldout120 import (
        cirque_rapport_mensuel,
        speelgoed_weekrapportage,
        zeppelin_meilensteinplan,
    )

    with tempfile.TemporaryDirectory() as d:
        for seed in range(200):
            b = cirque_rapport_mensuel(Path(d), random.Random(seed * 1000 + 2))
            ids = [v.expected for v in b.values if v.register == "risks" and v.column == "id"]
            assert len(ids) == len(set(ids)) == b.tables[1].counts["risks"]
            nl = speelgoed_weekrapportage(Path(d), random.Random(seed * 1000 + 3))
            ws = openpyxl.load_workbook(nl.path)[nl.tables[0].sheet]
            week = int(ws["A2"].value.rsplit(" ", 1)[1])
            assert nl.tables[0].sheet == f"Week {week}"
            end = date.fromisocalendar(2026, week, 7)
            dates = [
                v.expected for v in nl.values if v.register == "decisions" and v.column == "date"
            ]
            assert max(dates) <= end
            dep = nl.tables[1]
            for r in range(dep.header_row + 1, dep.header_row + 1 + dep.counts["dependencies"]):
                need = date(*reversed([int(x) for x in ws.cell(r, 4).value.split("-")]))
                assert ws.cell(r, 7).value != "over datum" or need <= end
            de = zeppelin_meilensteinplan(Path(d), random.Random(seed * 1000))
            ws = openpyxl.load_workbook(de.path)["Meilensteinplan"]
            kw = int(ws["A2"].value.split("KW ")[1].split("/")[0])
            actuals = [v.expected for v in de.values if v.column == "actual_date"]
            assert actuals and max(actuals) <= date.fromisocalendar(2026, kw, 7)


def test_hundred_and_twenty_first_held_out_truth_as_audited_in_round_41(tmp_path: Path) -> None:
    """Round 41's audit of the hundred-and-twenty-first batch's truth (docs/adopt.md, "Round
    41: the hundred-and-twenty-first batch's truth audited"): its fact totals at seed 2026
    (values 399 -> 413) and its changes against the cells: the Hungarian `F-01` and Estonian
    `E01` codes the register's ids in SPEC's form (D-001, A-001), the plain serial columns an
    id or left out (no id value), the Tamil mitigation texts as written, the Tamil
    operations and staffing categories Operational and People; the Amharic action column,
    one line at every row, stays the resolution with no value; the Sinhala RAID log's bare
    `දිනය` after the owner a risk's, issue's or assumption's raised or due date (no date
    fact), a decision's date."""
    from adopt_layouts_heldout121 import HELD_OUT_121
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_121, tmp_path)
    assert totals == {"tables": 12, "register": 27, "columns": 78, "values": 413}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if (v.register, v.column) == (register, column)
        }

    # a register's own letter and number (függőség, eeldus): the id in SPEC's form
    for name, sheet, header_row, register, letter, prefix in (
        ("hungarian_tokaj_bottling_dependencies", "Függőségek", 4, "dependencies", "F-", "D"),
        ("estonian_tartu_bikeshare_assumptions", "Eeldused", 3, "assumptions", "E", "A"),
    ):
        b = built[name]
        ws = openpyxl.load_workbook(b.path)[sheet]
        assert b.tables[0].columns["A"] == "id"
        n = b.tables[0].counts[register]
        cells = [ws.cell(header_row + 1 + i, 1).value for i in range(n)]
        assert all(str(c).startswith(letter) for c in cells)
        assert facts(b, register, "id") == {
            i: f"{prefix}-{int(str(c)[len(letter) :]):03d}" for i, c in enumerate(cells)
        }
    assert facts(built["hungarian_tokaj_bottling_dependencies"], "dependencies", "id")[0] == (
        "D-001"
    )
    assert fact_totals(built["hungarian_tokaj_bottling_dependencies"])["values"] == 48
    assert fact_totals(built["estonian_tartu_bikeshare_assumptions"])["values"] == 32

    # plain serial numbers: an id or left out, with no id value
    for name, header in (
        ("tamil_madurai_waste_risks", "வ.எண்"),
        ("amharic_hawassa_effluent_issues", "ተ.ቁ"),
        ("swahili_mwanza_fish_market_decisions", "Na."),
        ("uzbek_bukhara_hotel_milestones", "T/r"),
        ("sinhala_galle_museum_raid", "අංකය"),
        ("persian_yazd_qanat_status", "ردیف"),
        ("brazil_santa_casa_status", "#"),
    ):
        b = built[name]
        table = b.tables[0]
        ws = openpyxl.load_workbook(b.path)[table.sheet]
        assert ws.cell(table.header_row, 1).value == header
        assert [ws.cell(table.header_row + 1 + i, 1).value for i in range(3)] == [1, 2, 3]
        assert table.columns["A"] == ("id", None)
        assert not [v for v in b.values if v.column == "id"]
    # resources have no id: the Chinese serial stays no fact
    assert built["chinese_mushroom_greenhouse_resources"].tables[0].columns["A"] is None

    # the Tamil mitigation actions and categories as the cells say
    ta = built["tamil_madurai_waste_risks"]
    ws = openpyxl.load_workbook(ta.path)["இடர் பதிவேடு"]
    n = ta.tables[0].counts["risks"]
    assert ws["G4"].value == "தணிப்பு நடவடிக்கை" and ws["C4"].value == "வகை"
    assert facts(ta, "risks", "response") == {i: ws.cell(5 + i, 7).value for i in range(n)}
    words = {"செயல்பாடு": "Operational", "மனிதவளம்": "People", "தொழில்நுட்பம்": "Technical",
             "நிதி": "Financial", "ஒப்பந்ததாரர்": "Third Party"}  # fmt: skip
    assert facts(ta, "risks", "category") == {
        i: words[ws.cell(5 + i, 3).value] for i in range(n) if ws.cell(5 + i, 3).value in words
    }
    assert ws["C6"].value == "செயல்பாடு" and facts(ta, "risks", "category")[1] == "Operational"
    assert ws["C11"].value == "மனிதவளம்" and facts(ta, "risks", "category")[6] == "People"
    assert ws["C7"].value == "சமூகம்" and 2 not in facts(ta, "risks", "category")
    assert fact_totals(ta)["values"] == 55
    am = built["amharic_hawassa_effluent_issues"]
    ws = openpyxl.load_workbook(am.path)["ችግሮች"]
    assert ws["F3"].value == "የመፍትሄ እርምጃ"
    n = am.tables[0].counts["issues"]
    assert len({ws.cell(4 + i, 6).value for i in range(n)}) == 1  # one line at every row
    assert am.tables[0].columns["F"] == "resolution"
    assert not facts(am, "issues", "resolution")
    assert fact_totals(am)["values"] == 30

    # the RAID log's one bare date after the owner: logged or due, no fact; a decision's date
    si = built["sinhala_galle_museum_raid"]
    ws = openpyxl.load_workbook(si.path)["RAID"]
    assert [ws.cell(4, c).value for c in (4, 5)] == ["වගකිව යුත්තා", "දිනය"]
    assert {"raised_date", "due_date", "date"} <= set(si.tables[0].columns["E"])
    assert not [v for v in si.values if v.column in ("raised_date", "due_date", "validate_by")]
    rows = range(5, 5 + sum(si.tables[0].counts.values()))
    decided = [r for r in rows if ws.cell(r, 2).value == "තීරණය"]
    assert list(facts(si, "decisions", "date").values()) == [
        date(*map(int, ws.cell(r, 5).value.split("."))) for r in decided
    ]
    assert fact_totals(si)["values"] == 21


def test_hundred_and_twenty_second_held_out_truth_as_audited_in_round_41(tmp_path: Path) -> None:
    """Round 41's audit of the hundred-and-twenty-second batch's truth (docs/adopt.md, "Round
    41: the hundred-and-twenty-second batch's truth audited"): its fact totals at seed 2026
    (values 354 -> 357), the Dutch query log's `beantwoord` (answered) the issue's Resolved
    where `gesloten` (closed) is written beside it in the same column, no status where not, and
    the Belgian report's note mended where it contradicted its row (no fact reads it)."""
    from adopt_layouts_heldout122 import HELD_OUT_122
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_122, tmp_path)
    assert totals == {"tables": 12, "register": 24, "columns": 101, "values": 357}
    assert all(check_truth(b) == [] for b in built.values())

    def statuses(b: Built) -> tuple[list[object], dict[object, object]]:
        ws = openpyxl.load_workbook(b.path)["Vragenlog"]
        assert [ws.cell(3, c).value for c in (1, 9)] == ["Volgnr", "Status"]
        n = b.tables[0].counts["issues"]
        cells = [ws.cell(4 + i, 9).value for i in range(n)]
        return cells, {v.where: v.expected for v in b.values if v.column == "status"}

    # seed 2026: open, beantwoord, gesloten, beantwoord, beantwoord
    cells, facts = statuses(built["dubbing_query_log"])
    assert cells == ["open", "beantwoord", "gesloten", "beantwoord", "beantwoord"]
    assert facts == {0: "Open", 1: "Resolved", 2: "Closed", 3: "Resolved", 4: "Resolved"}
    # seed 3 (as the scorer seeds it): no `gesloten` written, so `beantwoord` stays two ways
    folder = tmp_path / "seed3"
    folder.mkdir()
    cells, facts = statuses(HELD_OUT_122[2].build(folder, random.Random(3 * 1000 + 2)))
    assert cells == ["open", "beantwoord", "open", "beantwoord", "beantwoord"]
    assert facts == {0: "Open", 2: "Open"}
    # the Belgian note no longer says part 2 waits for its narrator when the row says it is done
    # (seed 2026: `Opnames deel 2` ready on 27/02/2026 at 100%)
    ws = openpyxl.load_workbook(built["poperinge_audiobook_monthly"].path)["Maandrapport"]
    assert (ws["B21"].value, ws["F21"].value, ws["G21"].value) == (
        "Opnames deel 2",
        datetime(2026, 2, 27),
        1,
    )
    assert ws["A15"].value == "Toelichting: opnames deel 2 afgerond met de tweede verteller."


def test_hundred_and_twenty_third_held_out_truth_as_audited_in_round_41(tmp_path: Path) -> None:
    """Round 41's audit of the hundred-and-twenty-third batch's truth (docs/adopt.md, "Round
    41: the hundred-and-twenty-third batch's truth audited"): its fact totals at seed 2026
    (values 516 -> 517), the Czech `Skutečnost` rows' actuals as facts (written, but missing
    from the truth) with their quarter and year totals summed (they were 0), and the Kenyan
    donor classes and the Korean `비목` as the category or left out with no value."""
    from adopt_layouts_heldout123 import HELD_OUT_123
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_123, tmp_path)
    assert totals == {"tables": 15, "register": 27, "columns": 48, "values": 517}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, column: str) -> dict[object, object]:
        return {v.where: v.expected for v in b.values if v.column == column}

    # the Czech drawdown: every `Skutečnost` cell is its line's actual of that month, and the
    # row's `Q1 celkem` / `Q2 celkem` / `Celkem 2026` sum its months (they were 0)
    cz = built["cz_sokolovna_cerpani"]
    ws = openpyxl.load_workbook(cz.path)["Čerpání 2026"]
    header = [ws.cell(5, c).value for c in range(1, 13)]
    assert header[3:] == [
        "1/2026",
        "2/2026",
        "3/2026",
        "Q1 celkem",
        "4/2026",
        "5/2026",
        "6/2026",
        "Q2 celkem",
        "Celkem 2026",
    ]
    month_cols = {date(2026, m, 1): 3 + m + (m > 3) for m in range(1, 7)}
    actual, seen = facts(cz, "actual"), 0
    for r in range(6, ws.max_row + 1, 2):
        line = ws.cell(r, 2).value
        assert (ws.cell(r, 3).value, ws.cell(r + 1, 3).value) == ("Plán", "Skutečnost")
        cells = {m: ws.cell(r + 1, c).value for m, c in month_cols.items()}
        filled = {m: v for m, v in cells.items() if v is not None}
        assert filled and {(m, line): v for m, v in filled.items()} == {
            k: v for k, v in actual.items() if isinstance(k, tuple) and k[1] == line
        }
        seen += len(filled)
        q1 = sum(v or 0 for m, v in cells.items() if m.month <= 3)
        q2 = sum(v or 0 for m, v in cells.items() if m.month > 3)
        assert (ws.cell(r + 1, 7).value, ws.cell(r + 1, 11).value) == (q1, q2)
        assert ws.cell(r + 1, 12).value == q1 + q2 > 0
    assert seen == len(actual) == 12
    # the Kenyan `Category` (Personnel, Equipment, Travel, Services, Supplies: not all one
    # standard category) and the Korean `비목` (인건비 / 시설비 / 운영비): no category value
    ke, kr = built["ke_milk_cooling_centre_burn"], built["kr_ginseng_drying_jiphaeng"]
    ws = openpyxl.load_workbook(ke.path)["Burn Rate"]
    assert ws["C6"].value == "Category"
    words = {ws.cell(r, 3).value for r in range(7, ws.max_row + 1)}
    assert {"Equipment", "Personnel", "Travel", "Services"} <= words
    ws = openpyxl.load_workbook(kr.path)["집행내역"]
    assert ws["B4"].value == "비목"
    assert {ws.cell(r, 2).value for r in range(5, ws.max_row + 1)} <= {"인건비", "시설비", "운영비"}
    assert ke.tables[0].columns["C"] == kr.tables[0].columns["B"] == ("category", None)
    assert facts(ke, "category") == facts(kr, "category") == {}


def test_hundred_and_twenty_fourth_held_out_truth_as_audited_in_round_41(tmp_path: Path) -> None:
    """Round 41's audit of the hundred-and-twenty-fourth batch's truth (docs/adopt.md, "Round
    41: the hundred-and-twenty-fourth batch's truth audited"): its fact totals at seed 2026
    (523 -> 507), the tools' own numbers and plain row numbers `("id", None)`, the typed
    `R` `("score", None)`, the responses and the resolution as written, the premises' `PR-01`
    as A-001, the V-Modell change request list with no truth table, and the cells that
    contradicted their rows mended (P6, PM², V-Modell, Sciforma, Targetprocess, Palio)."""
    from adopt_layouts_heldout124 import HELD_OUT_124
    from adopt_truth import check_truth
    from openpyxl.worksheet.worksheet import Worksheet

    totals, built = _built_at_2026(HELD_OUT_124, tmp_path)
    assert totals == {"tables": 11, "register": 22, "columns": 104, "values": 370}
    assert all(check_truth(b) == [] for b in built.values())

    def sheet(name: str) -> Worksheet:
        return openpyxl.load_workbook(built[name].path).worksheets[0]

    def facts(name: str, column: str) -> dict[object, object]:
        return {v.where: v.expected for v in built[name].values if v.column == column}

    # a tool's own record numbers and the Norwegian plain `Nr.`: the id or left out, no value
    for name, first in (
        ("nl_care_farm_topdesk_problems", "P2601 033"),
        ("ca_wildlife_crossing_p6_milestones", "Activity ID"),
        ("pl_spa_resort_redmine_risks", "#"),
        ("no_road_tunnel_risikoregister", "Nr."),
        ("au_roadhouse_targetprocess_dependencies", "ID"),
        ("fr_carrousel_openproject_jalons", "ID"),
    ):
        ws = sheet(name)
        assert first in (ws["A1"].value, ws["A2"].value, ws["A5"].value)
        assert built[name].tables[0].columns["A"] == ("id", None)
        assert facts(name, "id") == {}
    # the typed R = S x K: the score or left out, no value
    road = built["no_road_tunnel_risikoregister"]
    ws = sheet("no_road_tunnel_risikoregister")
    assert ws["F6"].value == "R" and ws["F7"].value == ws["D7"].value * ws["E7"].value
    assert road.tables[0].columns["F"] == ("score", None)
    assert facts("no_road_tunnel_risikoregister", "score") == {}
    # `Tiltak` as written, no fact for the placeholder `Avklares`
    tiltak = [ws.cell(r, 7).value for r in range(7, 14)]
    assert facts("no_road_tunnel_risikoregister", "response") == {
        i: t for i, t in enumerate(tiltak) if t != "Avklares"
    }
    assert "Avklares" in tiltak
    # Redmine's `Działania zaradcze` and TOPdesk's `Oplossing` as written
    ws = sheet("pl_spa_resort_redmine_risks")
    assert ws["O1"].value == "Działania zaradcze"
    assert facts("pl_spa_resort_redmine_risks", "response") == {
        i: ws.cell(i + 2, 15).value for i in range(5)
    }
    ws = sheet("nl_care_farm_topdesk_problems")
    assert (ws["C5"].value, ws["N5"].value) == ("Opgelost", "Patch geïnstalleerd")
    assert facts("nl_care_farm_topdesk_problems", "resolution") == {3: "Patch geïnstalleerd"}
    # the premises' `PR-01` .. numbered 1..n: A-001 ..
    ws = sheet("br_babassu_mgp_premissas")
    assert [ws.cell(r, 1).value for r in range(7, 11)] == ["PR-01", "PR-02", "PR-03", "PR-04"]
    assert facts("br_babassu_mgp_premissas", "id") == {i: f"A-{i + 1:03d}" for i in range(4)}
    # the V-Modell list: change requests and their board verdicts, no register of SPEC's
    vm = built["de_gauge_network_vmodell_aenderungen"]
    ws = sheet("de_gauge_network_vmodell_aenderungen")
    assert (ws["B7"].value, ws["G7"].value) == ("Änderungsantrag (Kurzbezeichnung)", "Entscheidung")
    assert vm.tables == []
    assert [(v.column, v.expected) for v in vm.values] == [
        ("project_name", "Modernisierung Pegelnetz Mittelrhein (PNM)")
    ]
    # its `Stand:` no earlier than any request received (ÄA-006, 23.03.2026)
    assert (ws["B4"].value, ws["D11"].value) == ("23.03.2026", "23.03.2026")
    # P6: the approval reached first; the open milestones' Finish after the last actual
    ws = sheet("ca_wildlife_crossing_p6_milestones")
    assert [ws[c].value for c in ("F3", "G3", "I3")] == ["13-May-26 A", "13-May-26", "100%"]
    assert [ws[c].value for c in ("F7", "G7", "I7")] == ["15-May-26", None, "0%"]
    assert facts("ca_wildlife_crossing_p6_milestones", "actual_date") == {0: date(2026, 5, 13)}
    assert facts("ca_wildlife_crossing_p6_milestones", "forecast_date") == {
        1: date(2026, 5, 15),
        2: date(2026, 7, 10),
    }
    # Targetprocess: `Loyalty points API from the marketing squad` comes in
    ws = sheet("au_roadhouse_targetprocess_dependencies")
    assert [ws.cell(7, c).value for c in (2, 4, 6)] == [
        "Loyalty points API from the marketing squad",
        "Incoming",
        "Site Ops",
    ]
    assert facts("au_roadhouse_targetprocess_dependencies", "direction")[5] == "Inbound"
    # the Palio report dated on the day its last reached milestone was (01/07/2026)
    ws = sheet("it_palio_pm2_stato_progetto")
    assert (ws["B6"].value, ws["B7"].value, ws["E17"].value) == (
        "01/07/2026",
        "giu-lug 2026",
        "01/07/2026",
    )
    assert facts("it_palio_pm2_stato_progetto", "report_date") == {0: date(2026, 7, 1)}

    # every seed: no row's date after the document's own date, no open milestone behind
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in range(40):
        rng = [random.Random(seed * 1000 + n) for n in range(12)]
        ws = openpyxl.load_workbook(HELD_OUT_124[4].build(folder, rng[4]).path).active
        assert ws["D4"].value >= max(ws.cell(r, 8).value for r in range(9, ws.max_row + 1))
        ws = openpyxl.load_workbook(HELD_OUT_124[1].build(folder, rng[1]).path).active
        ms = [r for r in range(3, ws.max_row + 1) if ws.cell(r, 3).value == "0d"]
        done = [r for r in ms if ws.cell(r, 7).value]
        assert done == ms[: len(done)]
        last = max(datetime.strptime(ws.cell(r, 7).value, "%d-%b-%y") for r in done)
        assert all(
            datetime.strptime(ws.cell(r, 6).value, "%d-%b-%y") > last for r in ms if r not in done
        )


def test_hundred_and_twenty_sixth_held_out_truth_as_audited_in_round_41(tmp_path: Path) -> None:
    """Round 41's audit of the hundred-and-twenty-sixth batch's truth (docs/adopt.md, "Round
    41: the hundred-and-twenty-sixth batch's truth audited"): its fact totals at seed 2026
    (values 269 -> 274); the gate schedule's `G0` .. gates, not ids; `R1` and `AF-01` in the
    standard's form; `Received` / `Delayed` / `vertraagd` Delivered / Late; the EUR and CHF
    unit lines; a stated reason as a decision's rationale; no milestone done after its
    report's date."""
    from adopt_layouts_heldout126 import HELD_OUT_126
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_126, tmp_path)
    assert totals == {"tables": 13, "register": 26, "columns": 66, "values": 274}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, register: str, column: str) -> dict[object, object]:
        return {
            v.where: v.expected for v in b.values if v.register == register and v.column == column
        }

    # the gate schedule: every row a gate, `G0` .. the gate model's numbers, no id value
    uk = built["uk_pilot_launch_gates"]
    ws = openpyxl.load_workbook(uk.path)["Gates"]
    assert ws["A1"].value.endswith("gate schedule") and ws["A4"].value == "Gate"
    n = uk.tables[0].counts["milestones"]
    assert [ws.cell(5 + i, 1).value for i in range(n)] == [f"G{i}" for i in range(n)]
    assert uk.tables[0].columns["A"] == ("gate", "id", None)
    assert facts(uk, "milestones", "gate") == dict.fromkeys(range(n), "Y")
    assert facts(uk, "milestones", "id") == {}

    # per-register codes in the standard's form: the French `R1`, the Dutch `AF-01`
    fr = built["fr_marionnettes_meteo"]
    ws = openpyxl.load_workbook(fr.path)["Point hebdo"]
    n = fr.tables[0].counts["risks"]
    assert [ws.cell(9 + i, 1).value for i in range(n)] == [f"R{i + 1}" for i in range(n)]
    assert facts(fr, "risks", "id") == {i: f"R-{i + 1:03d}" for i in range(n)}
    nl = built["nl_stadsarchief_statuspakket"]
    wb = openpyxl.load_workbook(nl.path)
    deps = wb["Afhankelijkheden"]
    m = nl.tables[1].counts["dependencies"]
    assert [deps.cell(4 + i, 1).value for i in range(m)] == [f"AF-{i + 1:02d}" for i in range(m)]
    assert facts(nl, "dependencies", "id") == {i: f"D-{i + 1:03d}" for i in range(m)}
    # `Geleverd` / `vertraagd` Delivered / Late; `loopt` (Open or On Track) no status
    word = {"Geleverd": "Delivered", "vertraagd": "Late"}
    stand = [deps.cell(4 + i, 6).value for i in range(m)]
    assert stand == ["loopt", "loopt"]
    assert facts(nl, "dependencies", "status") == {
        i: word[s] for i, s in enumerate(stand) if s in word
    }
    # `Waarom`: a stated reason is the rationale, `zie verslag` (see the minutes) no fact
    dec = wb["Besluiten"]
    n = nl.tables[0].counts["decisions"]
    waarom = [dec.cell(5 + i, 4).value for i in range(n)]
    assert waarom == ["zie verslag", None, "goedkoper en sneller"]
    assert facts(nl, "decisions", "rationale") == {2: "goedkoper en sneller"}

    # the Indian tracker's statuses, as round 37's audits read the same words
    ind = built["in_milk_collection_deps"]
    ws = openpyxl.load_workbook(ind.path)["Dependencies"]
    n = ind.tables[0].counts["dependencies"]
    st = [ws.cell(5 + i, 7).value for i in range(n)]
    assert st == ["Received", "On track", "On track", "Delayed"]
    assert facts(ind, "dependencies", "status") == {
        0: "Delivered",
        1: "On Track",
        2: "On Track",
        3: "Late",
    }

    # the finance sheets' unit lines name a currency on the standards' list
    it = built["it_cantiere_budget"]
    assert openpyxl.load_workbook(it.path)["Budget"]["A2"].value == "Importi in euro"
    assert facts(it, "project", "currency") == {0: "EUR"}
    ch = built["ch_huette_finanzen"]
    assert openpyxl.load_workbook(ch.path)["Finanzen"]["A2"].value.startswith("Beträge in CHF")
    assert facts(ch, "project", "currency") == {0: "CHF"}
    for name, b in built.items():
        if name not in ("it_cantiere_budget", "ch_huette_finanzen"):
            assert facts(b, "project", "currency") == {}, name

    # a monthly report records only milestones done by its `Stichtag`: at 2026 the first
    # is done before it; at seed 9 it is planned after it, so no `Erledigt am`, no actual
    de = built["de_hebammenzentrum_monatsbericht"]
    ws = openpyxl.load_workbook(de.path)["Monatsbericht"]
    assert (ws["B5"].value, ws["E10"].value) == ("28.02.2026", "12.02.2026")
    assert facts(de, "milestones", "actual_date") == {0: date(2026, 2, 12)}
    seed9 = tmp_path / "seed9"
    seed9.mkdir()
    de_layout = next(x for x in HELD_OUT_126 if x.name == "de_hebammenzentrum_monatsbericht")
    late = de_layout.build(seed9, random.Random(9 * 1000 + 1))
    ws = openpyxl.load_workbook(late.path)["Monatsbericht"]
    assert ws["B5"].value == "28.02.2026" and ws["C10"].value == "10.03.2026"
    assert ws["E10"].value is None
    assert facts(late, "milestones", "actual_date") == {}


def test_hundred_and_twenty_fifth_held_out_truth_as_audited_in_round_41(tmp_path: Path) -> None:
    """Round 41's audit of the hundred-and-twenty-fifth batch's truth (docs/adopt.md, "Round
    41: the hundred-and-twenty-fifth batch's truth audited"): its fact totals at seed 2026
    (values 235 -> 278), the per-register codes as the standard's ids, plain row numbers
    `("id", None)` with no value, the typed exposure a score or left out, the facts a reader
    is sure of added against their cells, and two cells that contradicted the sheet mended."""
    from adopt_layouts_heldout125 import HELD_OUT_125
    from adopt_truth import check_truth

    totals, built = _built_at_2026(HELD_OUT_125, tmp_path)
    assert totals == {"tables": 13, "register": 29, "columns": 92, "values": 278}
    assert all(check_truth(b) == [] for b in built.values())

    def facts(b: Built, column: str, register: str | None = None) -> list[object]:
        return [
            v.expected
            for v in b.values
            if v.column == column and (register is None or v.register == register)
        ]

    def cells(b: Built, t: int, letter: str) -> list[object]:
        table = b.tables[t]
        ws = openpyxl.load_workbook(b.path)[table.sheet]
        n = sum(table.counts.values())
        return [ws[f"{letter}{table.header_row + 1 + i}"].value for i in range(n)]

    def dmy(text: object, sep: str) -> date:
        return datetime.strptime(str(text), f"%d{sep}%m{sep}%Y").date()

    # per-register codes numbered 1..n: the id in the standard's form
    for name, prefix, form in (
        ("nairobi_school_risks", "SCB-", "R-{:03d}"),
        ("belem_hospital_problemas", "P", "I-{:03d}"),
        ("wien_statusbericht", "M", "M-{:03d}"),
    ):
        b = built[name]
        codes = cells(b, 0, "A")
        assert [int(str(c).removeprefix(prefix)) for c in codes] == list(range(1, len(codes) + 1))
        assert facts(b, "id") == [form.format(i + 1) for i in range(len(codes))]
    # plain row numbers (`N.`, `Lp.`, `Dep No.`, `No.`, `Nº`, `Sl. No.`, `Item`): no id value
    for name, t, letter in (
        ("generalate_registro_raid", 0, "A"),
        ("krakow_rejestr_decyzji", 0, "A"),
        ("cebu_interfaces", 0, "A"),
        ("dublin_assumptions", 0, "A"),
        ("lima_hitos", 0, "A"),
        ("chennai_risks_and_issues", 0, "A"),
        ("chennai_risks_and_issues", 1, "A"),
        ("manila_council_decisions", 0, "B"),
    ):
        b = built[name]
        assert b.tables[t].columns[letter] == ("id", None)
        assert facts(b, "id") == []
    assert [str(c).rstrip(".") for c in cells(built["krakow_rejestr_decyzji"], 0, "A")] == [
        "1",
        "2",
        "3",
    ]
    # the Kenyan `Exposure (LxI)`: L x I typed, a score or left out, no value
    ke = built["nairobi_school_risks"]
    assert ke.tables[0].columns["F"] == ("score", None)
    assert cells(ke, 0, "F") == [
        lk * im for lk, im in zip(cells(ke, 0, "D"), cells(ke, 0, "E"), strict=True)
    ]
    assert facts(ke, "score") == []
    # the Irish `Outcome` is the standard's own column, empty in every row
    ie = built["dublin_assumptions"]
    assert ie.tables[0].columns["G"] == ("outcome", None)
    assert cells(ie, 0, "G") == [None] * 3
    # the responses as written (`Treatment`, `Action to reduce`)
    assert facts(ke, "response") == cells(ke, 0, "G") == ["Weekly site meeting to track"] * 4
    ind = built["chennai_risks_and_issues"]
    assert facts(ind, "response") == cells(ind, 0, "F") == ["Review monthly"] * 3
    # the Chennai issues' `By when`, a dd-mm-yyyy text like their `Since`
    assert facts(ind, "due_date") == [dmy(c, "-") for c in cells(ind, 1, "E")]
    assert facts(ind, "due_date")[0] == date(2026, 2, 13)
    # each Chicago person-month's role as written
    us = built["chicago_staffing"]
    assert facts(us, "role") == cells(us, 0, "B")
    assert facts(us, "role")[:3] == ["Tester"] * 3
    # the Italian mixed register's `Entro il` and `Stato` per register
    it = built["generalate_registro_raid"]
    kinds = {"Rischio": "risks", "Ipotesi": "assumptions", "Problema": "issues"}
    kinds["Dipendenza"] = "dependencies"
    due_key = {"assumptions": "validate_by", "dependencies": "need_by"}
    seen: dict[str, int] = {}
    rows = zip(cells(it, 0, "B"), cells(it, 0, "F"), cells(it, 0, "G"), strict=True)
    for kind, due, state in rows:
        reg = kinds[str(kind)]
        k = seen.get(reg, 0)
        seen[reg] = k + 1
        mine = {v.column: v.expected for v in it.values if (v.register, v.where) == (reg, k)}
        assert mine[due_key.get(reg, "due_date")] == dmy(due, "/")
        assert mine["status"] == {"Aperto": "Open", "Chiuso": "Closed"}[str(state)]
    assert facts(it, "need_by") == [date(2026, 5, 31)]
    # mended: `Aggiornato al` no earlier than the last item opened (was 02/03/2026 always)
    ws = openpyxl.load_workbook(it.path)["Registro RAID"]
    opened = [dmy(c, "/") for c in cells(it, 0, "E")]
    assert ws["A3"].value == "Aggiornato al 23/04/2026"
    assert dmy(str(ws["A3"].value).removeprefix("Aggiornato al "), "/") == max(opened)
    # mended: the Viennese `Kurzbericht:` says the table's slipped milestones, and it is the
    # report's status summary (was "Dachstuhl fertig, ..." whatever the table drew)
    at = built["wien_statusbericht"]
    ws = openpyxl.load_workbook(at.path)["Statusbericht"]
    slipped = [
        name
        for name, plan, new in zip(
            cells(at, 0, "B"), cells(at, 0, "D"), cells(at, 0, "E"), strict=True
        )
        if plan != new
    ]
    assert slipped == ["Fenstertausch"]
    assert (ws["A6"].value, ws["B6"].value) == ("Kurzbericht:", "Fenstertausch verzögert sich.")
    assert facts(at, "status_summary") == ["Fenstertausch verzögert sich."]
