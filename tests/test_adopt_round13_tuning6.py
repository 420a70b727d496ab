"""Round 13 of issue 15, the mechanisms behind round 13's own tuning batch's misses
(``benchmarks/adopt_layouts_tuning6.py``): a tool's container column naming the register,
people exported as an array, ISO 31000's Treatment as prose, a generic Type column known
by its values, comments in other languages, a fuzzy header that is another word, a Charge
Code as the cost line, a project's code after its name. Every shape was written for these
tests (none is a batch layout); negative cases included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

from addin.adopt.match import candidates
from addin.adopt.people import person_converter
from addin.adopt.project import without_code
from addin.standards import default_standards

PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]


# --- 1. a tool's container column names the register ---------------------------------------


def _tasks(container_header: str, containers: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Task ID", "Task Name", "Status", "Assignee", container_header]]
    texts = [
        "Search returns no results for accented names",
        "Export to CSV drops the header row",
        "Nightly load fails when the share is offline",
    ]
    for i, (text, where) in enumerate(zip(texts, containers, strict=True)):
        rows.append([f"t{i + 1}x9", text, "Open", PEOPLE[i], where])
    return rows


@pytest.mark.parametrize(
    ("header", "name", "register"),
    [
        ("List Name", "Issues", "issues"),  # ClickUp, Trello
        ("Bucket Name", "Risk Log", "risks"),  # Microsoft Planner
        ("Section/Column", "RAID - Issues", "issues"),  # Asana
        ("Group", "Open issues", "issues"),  # Monday.com
    ],
)
def test_a_container_named_on_every_row_names_the_register(
    tmp_path: Path, header: str, name: str, register: str
) -> None:
    path = _book(tmp_path / "c.xlsx", "export", _tasks(header, [name] * 3))
    table = _only(_adopt(path))
    assert table.register == register
    assert _targets(table)["Task Name"] == "title"


@pytest.mark.parametrize(
    ("header", "containers"),
    [
        ("List Name", ["Sprint 4"] * 3),  # a list named for no register
        ("List Name", ["Risk review actions"] * 3),  # a register's word among other words
        ("List Name", ["Issues", "Issues", "Backlog"]),  # rows in two containers
        ("Owner Team", ["Issues"] * 3),  # no container's header
    ],
)
def test_a_container_that_names_no_register_names_none(
    tmp_path: Path, header: str, containers: list[str]
) -> None:
    adoption = _adopt(_book(tmp_path / "n.xlsx", "export", _tasks(header, containers)))
    assert adoption.report.adopted_tables == []


# --- 2. people exported as an array ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("[Jane Smith]", "Jane Smith"),  # ClickUp's Assignees
        ('["Jane Smith"]', "Jane Smith"),  # a JSON list
        ("['Jane Smith', 'Tom Brown']", "Jane Smith"),  # a Python list: the first owns it
        ("[Jane Smith, Tom Brown]", "Jane Smith"),
        ("[jane.smith@example.org]", "Jane Smith"),
    ],
)
def test_people_in_brackets_are_read(text: str, owner: str) -> None:
    got = person_converter(text)
    assert got.value == owner
    assert got.note is not None and "its brackets set aside" in got.note


def test_an_array_of_several_people_names_the_others() -> None:
    got = person_converter("[Jane Smith, Tom Brown]")
    assert got.note is not None and "also 'Tom Brown'" in got.note


def test_a_surname_first_name_in_brackets_stays_one_person() -> None:
    assert person_converter("[Smith, Jane]").value == "Jane Smith"


def test_an_empty_array_is_no_one() -> None:
    got = person_converter("[]")
    assert (got.value, got.note) == (None, None)


def test_a_role_in_brackets_after_a_name_is_still_a_role() -> None:
    assert person_converter("Jane Smith [PMO]").value == "Jane Smith"


# --- 3. a Treatment column: the plan when prose, the type when Avoid / Reduce words ----------


def _risks(treatments: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Risk ID", "Risk Description", "Likelihood", "Treatment"]]
    texts = ["Vendor may miss the window", "Key architect could leave", "Budget cut at review"]
    for i, (text, how) in enumerate(zip(texts, treatments, strict=True)):
        rows.append([f"R-{i + 1}", text, "Likely", how])
    return rows


def test_a_treatment_column_of_prose_is_the_response(tmp_path: Path) -> None:
    plans = ["Agree a contingency with the supplier", "Pair a second architect", "Phase it"]
    adoption = _adopt(_book(tmp_path / "t.xlsx", "Risk Register", _risks(plans)))
    assert _targets(_only(adoption))["Treatment"] == "response"
    assert [r.response for r in adoption.project.items("risks")] == plans


def test_a_treatment_column_of_strategies_is_the_response_type(tmp_path: Path) -> None:
    adoption = _adopt(
        _book(tmp_path / "t.xlsx", "Risk Register", _risks(["Avoid", "Reduce", "Accept"]))
    )
    assert _targets(_only(adoption))["Treatment"] == "response_type"


# --- 4. a generic Type column known by its values ---------------------------------------------


def _dependencies(header: str, kinds: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["ID", "Dependency", header, "Owner", "Need By"]]
    texts = ["Identity service upgrade", "Network firewall change", "Payments API sandbox"]
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        rows.append([f"D-{i + 1}", text, kind, PEOPLE[i], date(2026, 3, 14 + i)])
    return rows


@pytest.mark.parametrize(
    ("header", "kinds", "read"),
    [
        ("Type", ["Inbound", "Outbound", "Inbound"], ["Inbound", "Outbound", "Inbound"]),
        ("Typ", ["Eingehend", "Ausgehend", "Eingehend"], ["Inbound", "Outbound", "Inbound"]),
        ("Tipo", ["Entrada", "Saída", "Saída"], ["Inbound", "Outbound", "Outbound"]),
        ("Category", ["Outbound", "Outbound", "Inbound"], ["Outbound", "Outbound", "Inbound"]),
    ],
)
def test_a_type_column_of_directions_is_the_direction(
    tmp_path: Path, header: str, kinds: list[str], read: list[str]
) -> None:
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Dependencies", _dependencies(header, kinds)))
    assert _targets(_only(adoption))[header] == "direction"
    assert [d.direction for d in adoption.project.items("dependencies")] == read


def test_a_type_column_of_other_words_is_no_direction(tmp_path: Path) -> None:
    kinds = ["Technical", "Commercial", "Technical"]
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Dependencies", _dependencies("Type", kinds)))
    assert _targets(_only(adoption))["Type"] != "direction"


def test_an_issue_logs_type_stays_its_type(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Issue", "Type", "Owner", "Status"]]
    rows += [["I-1", "Build server out of disk", "Problem", PEOPLE[0], "Open"]]
    rows += [["I-2", "Supplier invoice disputed", "Concern", PEOPLE[1], "Open"]]
    rows += [["I-3", "Scope of phase 2 unclear", "Request for Change", PEOPLE[2], "Closed"]]
    table = _only(_adopt(_book(tmp_path / "i.xlsx", "Issues", rows)))
    assert _targets(table)["Type"] == "type"


# --- 5. comments in other languages are comments ------------------------------------------------


@pytest.mark.parametrize(
    "header", ["Comments", "Commentaires", "Kommentare", "Comentarios", "Commenti", "Comentários"]
)
def test_comments_map_to_nothing_in_any_language(header: str) -> None:
    assert candidates(header, "issues") == []


@pytest.mark.parametrize("header", ["Notes", "Remarques", "Bemerkungen", "Observaciones"])
def test_notes_still_read_as_notes(header: str) -> None:
    found = candidates(header, "issues")
    assert found and found[0].column_key == "description"


# --- 6. a close spelling is a typo, not another word ---------------------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Releated Risk", "source_risk_id"),
        ("Related Rsik", "source_risk_id"),
        ("Owner Nmae", "owner"),
    ],
)
def test_a_typo_still_matches(header: str, key: str) -> None:
    found = candidates(header, "issues")
    assert found and found[0].column_key == key


@pytest.mark.parametrize("header", ["Related Work", "Related Link"])
def test_another_word_is_no_typo(header: str) -> None:
    assert all(c.column_key != "source_risk_id" for c in candidates(header, "issues"))


# --- 7. a Charge Code is the line a cost is booked to --------------------------------------------


def test_a_charge_code_is_the_cost_line(tmp_path: Path) -> None:
    months = ["2026-04", "2026-05", "2026-06"]
    rows: list[list[object]] = [["Budget Plan (GBP)"], [], ["Cost Type", "Charge Code", *months]]
    rows += [["Operating", "Contractors", 1000, 1500, 2000]]
    rows += [["Operating", "Licences", 500, 500, 500]]
    rows += [["Capital", "Hardware", 3000, 0, 0]]
    adoption = _adopt(_book(tmp_path / "f.xlsx", "Budget Plan", rows))
    table = _only(adoption)
    assert _targets(table)["Charge Code"] == "cost_line"
    lines = {(f.cost_line, f.month): f.budget for f in adoption.project.items("finance")}
    assert lines[("Licences", date(2026, 5, 1))] == 500
    assert lines[("Hardware", date(2026, 4, 1))] == 3000


# --- 8. a project's code after its name --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Northern Depot Upgrade (P-2291)", "Northern Depot Upgrade"),
        ("HR Cloud Migration [PRJ0010042]", "HR Cloud Migration"),
        ("Data Platform (Phase 2)", "Data Platform (Phase 2)"),  # words: part of the name
        ("Apollo (UK)", "Apollo (UK)"),
        ("Apollo (2026)", "Apollo (2026)"),  # a year
        ("Apollo (R2)", "Apollo (R2)"),  # a release, no code
        ("(P-2291)", "(P-2291)"),  # a code alone: nothing else to call it
    ],
)
def test_a_project_code_in_brackets_is_set_aside(name: str, expected: str) -> None:
    assert without_code(name) == expected


def test_a_titled_project_name_loses_its_code(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Project: Northern Depot Upgrade (P-2291)"], []]
    rows += [["ID", "Issue", "Owner", "Status"]]
    rows += [["I-1", "Build server out of disk", PEOPLE[0], "Open"]]
    rows += [["I-2", "Supplier invoice disputed", PEOPLE[1], "Closed"]]
    adoption = _adopt(_book(tmp_path / "p.xlsx", "Issues", rows))
    assert adoption.project.header.project_name == "Northern Depot Upgrade"


# --- 9. a numbered choice whose word is a legacy alias -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3 - Moderate", "Medium"), ("2. Normal", "Medium"), ("1 - Highest", "Critical")],
)
def test_a_numbered_alias_is_read_as_the_alias_alone(text: str, expected: str) -> None:
    from addin.adopt.convert import list_for_column

    assert list_for_column("priority", default_standards())(text).value == expected


@pytest.mark.parametrize("text", ["3 - Whenever", "2. Someday"])
def test_a_numbered_unknown_word_stays_unread(text: str) -> None:
    from addin.adopt.convert import list_for_column

    assert list_for_column("priority", default_standards())(text).problem is not None


# --- 10. round 13's own tuning batch: every adopted workbook checks and consolidates ----------


def test_every_layout_of_round_13s_batch_checks_and_consolidates(tmp_path: Path) -> None:
    """The issue's fourth point on the batch's layouts: each adopted workbook passes
    ``pmo check`` (readable, a project header) and the folder consolidates with nothing
    rejected; nothing is dropped without a word (every source column mapped or noted)."""
    import random
    import sys

    from addin.adopt import adopt_file
    from addin.check import check_file
    from addin.consolidate import consolidate_folder

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from adopt_layouts_tuning6 import TUNING_6

    standards = default_standards()
    src, out = tmp_path / "src", tmp_path / "portfolio"
    src.mkdir()
    out.mkdir()
    for n, layout in enumerate(TUNING_6):
        built = layout.build(src, random.Random(n))
        target = out / f"{layout.name}.xlsx"
        adoption = adopt_file(
            built.path, target, standards, project_overrides={"project_id": f"PRJ-{600 + n:04d}"}
        )
        assert adoption.report.adopted_tables, layout.name
        for table in adoption.report.adopted_tables:
            assert all(c.target is not None or c.note for c in table.columns), table.ref
        report = check_file(target, standards, date(2026, 3, 1))
        assert report.unreadable is None and report.project is not None, layout.name
    for mapping in out.glob("*.mapping.json"):
        mapping.unlink()
    result = consolidate_folder(out, tmp_path / "rollup.xlsx", standards, date(2026, 3, 1), jobs=1)
    assert (result.rejected, result.projects) == (0, len(TUNING_6))
