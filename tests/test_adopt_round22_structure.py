"""Round 22 of issue 15: adoption invariant under how a PM MOVES a table (the structural
perturbations of ``benchmarks/adopt_perturb_structure.py``). Each mechanism the generator
found broken is tried here on registers written for these tests (no benchmark layout),
with a near-miss that must not be taken; the last test floors a small fixed part of the
generator itself."""

from __future__ import annotations

import sys
from pathlib import Path

from adopt_sheets import adopt, book, only, targets

# ---------------------------------------------------------------------------------------
# A blank spacer column is not the end of a register when the header continues after it
# with a field nobody has filled yet
# ---------------------------------------------------------------------------------------

_ACTIONS = [
    ["A-1", "Book the cut-over weekend", "Ines Duarte", "Open"],
    ["A-2", "Confirm the rollback script", "Tariq Aziz", "Open"],
    ["A-3", "Brief the service desk", "Ines Duarte", "In progress"],
]


def _log(path: Path, right: list[str], under_right: list[list[object]] | None = None) -> Path:
    """An issue log whose four filled fields stand left of a blank spacer column and
    ``right``'s labels right of it, with ``under_right`` (default: nothing) under them."""
    rows: list[list[object]] = [["Cut-over issue log"], []]
    rows.append(["Issue ref", "Issue", "Owner", "Status", None, *right])
    for n, item in enumerate(_ACTIONS):
        extra = (under_right or [[] for _ in _ACTIONS])[n]
        rows.append([*item, None, *extra])
    return book(path, "Issues", rows)


def test_an_unused_field_after_a_spacer_column_is_the_registers(tmp_path: Path) -> None:
    adoption = adopt(_log(tmp_path / "s.xlsx", ["Date closed"]))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Date closed"] == "closed_date"
    assert len(adoption.project.items("issues")) == 3


def test_two_unused_fields_after_a_spacer_are_the_registers(tmp_path: Path) -> None:
    adoption = adopt(_log(tmp_path / "t.xlsx", ["Date closed", "Resolution"]))
    got = targets(only(adoption))
    assert got["Date closed"] == "closed_date"
    assert "Resolution" in got  # read as the register's column (mapped or listed)


def test_a_filled_key_beside_a_register_stays_apart(tmp_path: Path) -> None:
    # near-miss: two labels right of the spacer WITH values under them (a status key): a
    # block of its own, never the register's columns
    key = [["Open", "Not started"], ["Closed", "Done"], ["In progress", "Being worked"]]
    adoption = adopt(_log(tmp_path / "k.xlsx", ["Status", "Meaning"], key))
    issues = [t for t in adoption.report.adopted_tables if t.register == "issues"]
    assert len(issues) == 1
    assert "Meaning" not in targets(issues[0])
    assert len(adoption.project.items("issues")) == 3


def test_a_wide_empty_table_beside_stays_apart(tmp_path: Path) -> None:
    # near-miss: three labels or more right of the spacer, nothing under them, are an empty
    # table of their own (the template's next log, not yet used), not unused fields
    adoption = adopt(_log(tmp_path / "w.xlsx", ["Decision", "Decided by", "Decision date"]))
    issues = [t for t in adoption.report.tables if t.register == "issues" and t.adopted]
    assert len(issues) == 1
    assert "Decided by" not in targets(issues[0])


# ---------------------------------------------------------------------------------------
# The generator's invariance, floored on a small fixed part
# ---------------------------------------------------------------------------------------


def test_structural_changes_keep_what_the_original_reads() -> None:
    """A fixed part of the generator (the first three layouts of the second tuning batch,
    four changes, seed 2026): a change that makes adoption lose a fact the untouched layout
    has right fails here."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import adopt_perturb_structure as structure

    changes = ["title_block_above", "spacer_column_inside", "table_moved", "legend_below"]
    halves = structure.tuning_halves("tuning, second batch")
    assert [name for name, _ in halves] == ["tuning-second-batch"]
    tallies = structure.run(halves, changes, 2026, limit=3)
    for name in changes:
        tally = tallies[name]
        assert tally.layouts == 3, (name, tally.skipped)
        assert tally.base >= 90, name
        assert tally.kept == tally.base, (name, tally.lost)


def test_a_spacer_inside_an_export_whose_right_fields_lean_elsewhere() -> None:
    """The Jira risk export of round 5's batch with a spacer column inserted after its
    fourth column (seed 2026): before round 22 the fields right of the spacer were read as
    an issues table and 56 facts were lost; the floor keeps every fact the original has."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import adopt_perturb_structure as structure

    halves = structure.tuning_halves("tuning, round 5's held-out")
    tally = structure.run(halves, ["spacer_column_inside"], 2026, names={"jira_server_risks"})[
        "spacer_column_inside"
    ]
    assert tally.layouts == 1
    assert tally.base >= 50
    assert tally.kept == tally.base, tally.lost


# ---------------------------------------------------------------------------------------
# A spacer column inside a register: the fields right of it are the register's even when
# their words lean to another register, unless they name their own items
# ---------------------------------------------------------------------------------------


def _side_by_side(path: Path, right_header: list[str], right_rows: list[list[object]]) -> Path:
    left = [
        ["RK-1", "Supplier insolvency"],
        ["RK-2", "Late planning consent"],
        ["RK-3", "Steel price rise"],
    ]
    rows: list[list[object]] = [["Depot rebuild - risk log"], []]
    rows.append(["Risk ID", "Risk description", "Risk owner", None, *right_header])
    owners = ["Hana Sato", "Ravi Menon", "Hana Sato"]
    for n, (ref, text) in enumerate(left):
        rows.append([ref, text, owners[n], None, *right_rows[n]])
    return book(path, "Risk log", rows)


def test_fields_right_of_a_spacer_leaning_to_issues_stay_the_risks(tmp_path: Path) -> None:
    header = ["Reporter", "Priority", "Status", "Resolution", "Due date", "Mitigation"]
    values = [
        ["Ola Berg", "High", "Open", "Unresolved", "12/05/2026", "Second supplier on standby"],
        ["Ola Berg", "Medium", "Open", "Unresolved", "30/06/2026", "Pre-application meeting"],
        ["Kim Roy", "Low", "Closed", "Done", "01/04/2026", "Fixed-price order"],
    ]
    adoption = adopt(_side_by_side(tmp_path / "j.xlsx", header, values))
    table = only(adoption)
    assert table.register == "risks"
    got = targets(table)
    assert got["Risk description"] in ("title", "description")
    assert got["Mitigation"] == "response"
    assert [i.status for i in adoption.project.items("risks")] == ["Open", "Open", "Closed"]


def test_a_second_register_beside_naming_its_items_stays_apart(tmp_path: Path) -> None:
    # near-miss: the part right of the spacer names its own items for certain (an Issue ID
    # and the issue itself), on the same rows: two registers side by side, never one
    header = ["Issue ID", "Issue", "Owner"]
    values = [
        ["IS-1", "Crane hire delayed", "Ravi Menon"],
        ["IS-2", "Site access blocked", "Hana Sato"],
        ["IS-3", "Drawings out of date", "Ravi Menon"],
    ]
    adoption = adopt(_side_by_side(tmp_path / "two.xlsx", header, values))
    tables = adoption.report.adopted_tables
    assert len(tables) == 2  # two tables (the sheet's name reads both as risks: not ours)
    assert set(targets(tables[0])) == {"Risk ID", "Risk description", "Risk owner"}
    assert set(targets(tables[1])) == {"Issue ID", "Issue", "Owner"}


# ---------------------------------------------------------------------------------------
# Neither part a register alone: the register the joined table is
# ---------------------------------------------------------------------------------------


def _cards(path: Path, right_header: list[str], right_rows: list[list[object]]) -> Path:
    rows: list[list[object]] = [["Card ID", "Title", "Owner", None, *right_header]]
    left = [
        [5101, "Payment gateway timeouts at peak", "Mia Chen"],
        [5102, "Warehouse scanner firmware rejected", "Luis Ortega"],
        [5103, "Courier API rate-limited", "Mia Chen"],
    ]
    for n, row in enumerate(left):
        rows.append([*row, None, *right_rows[n]])
    return book(path, "Board", rows)


def test_a_short_card_run_and_its_fields_across_a_spacer_are_one_register(tmp_path: Path) -> None:
    header = ["Priority", "Column", "Blocked reason", "Created", "Deadline"]
    values = [
        ["Critical", "In Progress", "Waiting on vendor", "2026-03-05", "2026-03-21"],
        ["High", "Blocked", "Firmware sign-off", "2026-04-15", "2026-05-08"],
        ["Low", "Done", None, "2026-02-01", "2026-02-20"],
    ]
    adoption = adopt(_cards(tmp_path / "c.xlsx", header, values))
    table = only(adoption)
    got = targets(table)
    assert got["Title"] == "title"
    assert got["Priority"] == "priority"
    assert len(adoption.project.items(table.register or "")) == 3


def test_two_non_register_parts_across_a_spacer_stay_unadopted(tmp_path: Path) -> None:
    # near-miss: a short list and numbers beside it on the same rows, neither a register
    # nor one joined: nothing is adopted
    rows: list[list[object]] = [["Month", "Visitors", None, "Region", "Sales", "Returns"]]
    rows += [["Jan", 1200, None, "North", 5400, 12], ["Feb", 1350, None, "South", 6100, 9]]
    rows += [["Mar", 1100, None, "West", 4800, 15]]
    adoption = adopt(book(tmp_path / "n.xlsx", "Stats", rows))
    assert adoption.report.adopted_tables == []
