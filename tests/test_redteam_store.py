"""Red team of the portfolio store (SPEC 12): what a hostile PMO user found wrong.

Each test was written failing, before its fix: two portfolios a week apart with exactly
known differences, on SQLite and on a real PostgreSQL; store URLs that must never print a
password or crash with a traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from store_support import WEEK1, WEEK2, new_store, small, write

from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.consolidate.history_step import StoreRequest
from addin.standards import Standards

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)
    yield tmp_path / "state"


def _items(diff: dict[str, object], key: str) -> list[tuple[object, ...]]:
    rows = diff[key]
    assert isinstance(rows, list)
    return [(r["project_id"], r["register"], r["id"]) for r in rows]


@pytest.mark.parametrize("engine", ENGINES)
def test_deleting_a_duplicate_id_row_is_not_the_item_removed(
    engine: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    standards: Standards,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A PM pasted R-001 twice last week and deletes the copy this week: R-001 is still
    there (its first row, unchanged), so nothing changed. It was reported removed."""
    store = new_store(request, tmp_path, engine)
    folder = tmp_path / "portfolio"
    week1 = [small(1), small(2)]
    copy = week1[0].risks[0].model_copy(deep=True)
    copy.title, copy.probability, copy.impact = "pasted twice", 1, 1
    week1[0].risks.append(copy)
    # And in the other project the first of two R-002 rows is deleted: the item's row is
    # now the old copy, whose rating differs, so that is a rating change, not a removal.
    second = week1[1].risks[1].model_copy(deep=True)
    first = week1[1].risks[1]
    first.status, first.probability, first.impact = "Open", 5, 5
    second.status, second.probability, second.impact = "Open", 1, 1
    week1[1].risks.append(second)
    write(folder, week1, standards)
    consolidate_folder(folder, tmp_path / "w1.xlsx", standards, WEEK1, store=StoreRequest(store))
    week2 = [p.model_copy(deep=True) for p in week1]
    week2[0].risks.pop()  # the pasted copy
    week2[1].risks.pop(1)  # the first R-002 row
    write(folder, week2, standards)
    consolidate_folder(folder, tmp_path / "w2.xlsx", standards, WEEK2, store=StoreRequest(store))
    assert main(["history", "diff", "--store", store, "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert _items(diff, "items_removed") == []
    assert _items(diff, "items_added") == []
    assert [(c["project_id"], c["id"], c["from"], c["to"]) for c in diff["rating_changes"]] == [
        ("PRJ-0002", "R-002", "Critical", "Low")
    ]


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://bob@127.0.0.1:1/pmo?password=S3cretPW",
        "postgresql://bob@127.0.0.1:1/pmo?sslmode=disable&password=S3cretPW",
    ],
)
def test_a_password_in_the_url_query_is_never_printed(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """libpq takes ``?password=`` as well as ``USER:PASSWORD@``: it was printed whole."""
    assert main(["history", "list", "--store", url]) == 2
    err = capsys.readouterr().err
    assert "S3cretPW" not in err
    assert "password=***" in err and "cannot connect to the PostgreSQL store" in err


def test_a_url_with_a_bad_port_is_one_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typo in the port crashed with a traceback (exit 1) instead of exit 2 and a reason."""
    url = "postgresql+psycopg://bob:S3cretPW@db.example:54x2/pmo"
    assert main(["history", "list", "--store", url]) == 2
    err = capsys.readouterr().err
    assert "S3cretPW" not in err and "Traceback" not in err
    assert err.startswith(
        "error: postgresql+psycopg://bob:***@db.example:54x2/pmo: not a store URL"
    )


def test_consolidate_with_a_bad_store_url_still_writes_the_rollup(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1)], standards)
    url = "postgresql://bob:S3cretPW@db.example:54x2/pmo?password=Other9PW"
    code = main(["consolidate", str(folder), "--as-of", "2026-11-30", "--store", url])
    out = capsys.readouterr()
    assert code == 2
    assert (folder.parent / "portfolio-rollup.xlsx").exists() or (
        folder / "portfolio-rollup.xlsx"
    ).exists()
    text = out.out + out.err
    assert "S3cretPW" not in text and "Other9PW" not in text and "Traceback" not in text
    assert "not a store URL" in text


def _state(as_of: object, milestones: dict[str, str]) -> object:
    from addin.store.state import SnapshotState

    state = SnapshotState(as_of)  # type: ignore[arg-type]
    state.projects["PRJ-0001"] = {"project_name": "One"}
    for item_id, status in milestones.items():
        state.items[("PRJ-0001", "milestones", item_id)] = (
            f"Milestone {item_id}",
            status,
            "2026-12-20",
            "2026-11-28" if status == "Complete" else None,
        )
    return state


def test_a_milestone_closed_without_being_achieved_is_not_reported_completed(
    standards: Standards,
) -> None:
    """The standards say which milestone status means achieved (milestone_complete:
    Complete); Closed also ends a milestone's life but is not an achievement. A milestone
    moved to Closed was reported as "Completed"; one moved from Closed to Complete was not."""
    from addin.store.diff import diff_states

    old = _state(WEEK1, {"M-001": "In Progress", "M-002": "In Progress", "M-003": "Closed"})
    new = _state(WEEK2, {"M-001": "Complete", "M-002": "Closed", "M-003": "Complete"})
    d = diff_states(old, new, standards)  # type: ignore[arg-type]
    assert [(m["id"], m["actual_date"]) for m in d.milestones_completed] == [
        ("M-001", WEEK2 - timedelta(days=2)),
        ("M-003", WEEK2 - timedelta(days=2)),
    ]
    assert [i["id"] for i in d.items_closed] == ["M-001", "M-002"]
    assert [(r[3], r[4], r[5], r[6]) for r in d.rows] == [
        ("M-001", "Completed", "In Progress", "Complete"),
        ("M-002", "Closed", "In Progress", "Closed"),
        ("M-003", "Completed", "Closed", "Complete"),
    ]


def test_a_removed_project_is_one_change_not_its_findings_resolved(standards: Standards) -> None:
    """A project that left the portfolio did not resolve its findings: it was reported as
    one removal plus one 'resolved' row per finding (and an added one as one 'new' row per
    finding), against "a project added or removed is one change, not one per item"."""
    from addin.store.diff import diff_states
    from addin.store.state import SnapshotState

    old, new = SnapshotState(WEEK1), SnapshotState(WEEK2)
    old.projects = {"PRJ-0001": {}, "PRJ-0002": {}}
    new.projects = {"PRJ-0001": {}, "PRJ-0003": {}}
    old.findings = {
        ("PRJ-0001", None, "RAID-001", "Risks!H5"): ("error", "one.xlsx"),
        ("PRJ-0002", None, "RAID-001", "Risks!H5"): ("error", "two.xlsx"),
        ("PRJ-0002", None, "PRJ-008", "Project!B15"): ("warning", "two.xlsx"),
    }
    new.findings = {
        ("PRJ-0001", None, "RAID-002", "Risks!H6"): ("warning", "one.xlsx"),
        ("PRJ-0003", None, "RAID-001", "Risks!H5"): ("error", "three.xlsx"),
        (None, "notes.xlsx", "PORT-REJECTED", None): ("error", "notes.xlsx"),
    }
    d = diff_states(old, new, standards)
    assert (d.projects_added, d.projects_removed) == (["PRJ-0003"], ["PRJ-0002"])
    assert [(f["project_id"], f["code"]) for f in d.findings_new] == [
        (None, "PORT-REJECTED"),
        ("PRJ-0001", "RAID-002"),
    ]
    assert [(f["project_id"], f["code"]) for f in d.findings_resolved] == [("PRJ-0001", "RAID-001")]
    assert d.total == 5  # 2 projects, 2 new findings, 1 resolved


def test_money_moves_show_pennies_not_float_noise(standards: Standards) -> None:
    """EAC sums of pennies carry binary noise (437013.26999999996): the delta was rounded,
    its from and to were not, in the JSON and on the Changes sheet."""
    from addin.store.diff import diff_states
    from addin.store.state import SnapshotState

    old, new = SnapshotState(WEEK1), SnapshotState(WEEK2)
    old.projects = {"PRJ-0001": {"bac": 0.1 + 0.2, "eac": 437013.26999999996}}
    new.projects = {"PRJ-0001": {"bac": 1.0, "eac": 437513.26999999996}}
    d = diff_states(old, new, standards)
    assert d.budget_changes == [{"project_id": "PRJ-0001", "from": 0.3, "to": 1.0, "delta": 0.7}]
    assert d.eac_changes == [
        {"project_id": "PRJ-0001", "from": 437013.27, "to": 437513.27, "delta": 500.0}
    ]
    assert [r[5:] for r in d.rows] == [(0.3, 1.0, 0.7), (437013.27, 437513.27, 500.0)]


def test_import_keeps_the_sponsor_and_status_summary_the_projects_sheet_shows(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Projects sheet gained Sponsor and Status Summary, but import still left them
    empty, as if the roll-up did not hold them."""
    from addin.store import read_table

    folder = tmp_path / "portfolio"
    projects = [small(1), small(2)]
    projects[1].header.sponsor, projects[1].header.status_summary = "Ana Ruiz", "Go-live slipped."
    write(folder, projects, standards)
    recorded = str(tmp_path / "rec.sqlite")
    consolidate_folder(folder, tmp_path / "w1.xlsx", standards, WEEK1, store=StoreRequest(recorded))
    imported = str(tmp_path / "imp.sqlite")
    assert main(["history", "import", str(tmp_path / "w1.xlsx"), "--store", imported]) == 0
    capsys.readouterr()
    keep = ["project_id", "sponsor", "status_summary"]
    a = read_table(recorded, "projects")[keep].sort_values("project_id").values.tolist()
    b = read_table(imported, "projects")[keep].sort_values("project_id").values.tolist()
    assert b == a
    assert b[1] == ["PRJ-0002", "Ana Ruiz", "Go-live slipped."]


@pytest.mark.parametrize("command", [["list"], ["diff"], ["export", "--to", "out"]])
def test_reading_a_store_that_does_not_exist_says_so_and_creates_nothing(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo in --store made `pmo history list` print "0 snapshot(s)" and leave a new,
    empty store file behind; read_table returned empty frames the same way."""
    from addin.store import StoreError, read_table

    typo = tmp_path / "portfolio-histroy.sqlite"
    args = ["history", command[0], "--store", str(typo), *command[1:]]
    if command[0] == "export":
        args[-1] = str(tmp_path / "out")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"error: {typo}: no store there" in err
    assert not typo.exists() and not (tmp_path / "out").exists()
    with pytest.raises(StoreError, match="no store there"):
        read_table(typo, "risks")
    assert not typo.exists()


def test_trends_never_add_pounds_to_dollars(tmp_path: Path, standards: Standards) -> None:
    """The roll-up keeps money per currency when projects mix them; the Trends sheet
    added GBP and USD budgets into one Budget (BAC) line."""
    import openpyxl

    from addin.store import read_table

    folder = tmp_path / "portfolio"
    projects = [small(1), small(2)]
    projects[1].header.currency = "usd "
    write(folder, projects, standards)
    store = StoreRequest(str(tmp_path / "h.sqlite"))
    for k, day in enumerate((WEEK1, WEEK2)):
        consolidate_folder(folder, tmp_path / f"w{k}.xlsx", standards, day, store=store)
    rows = read_table(store.store, "projects")
    rows = rows[rows["as_of"] == WEEK2]
    money = {
        c.strip().upper(): (b, e) for c, b, e in zip(rows.currency, rows.bac, rows.eac, strict=True)
    }
    assert set(money) == {"GBP", "USD"}
    ws = openpyxl.load_workbook(tmp_path / "w1.xlsx")["Trends"]
    header = [c.value for c in ws[1]]
    assert "Budget (BAC)" not in header and "EAC" not in header
    assert header[2:8] == [
        "Budget (BAC) GBP",
        "EAC GBP",
        "VAC GBP",
        "Budget (BAC) USD",
        "EAC USD",
        "VAC USD",
    ]
    for row in (2, 3):
        values = [ws.cell(row, c).value for c in range(3, 9)]
        gbp, usd = money["GBP"], money["USD"]
        expected = [gbp[0], gbp[1], gbp[0] - gbp[1], usd[0], usd[1], usd[0] - usd[1]]
        assert values == pytest.approx(expected)
    from ooxml_strict import problems

    assert problems(tmp_path / "w1.xlsx") == []  # the chart's series are the per-currency ones


@pytest.mark.parametrize("engine", ENGINES)
def test_renaming_a_workbook_does_not_resolve_and_reraise_its_findings(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path, standards: Standards
) -> None:
    """A PM saves "PRJ-0001.xlsx" as "PRJ-0001 v2.xlsx": the project is the same, so are
    its findings. Findings were keyed by file, so every one was reported resolved and new."""
    from addin.store import Store, diff_snapshots

    diffs = []
    for rename in (False, True):
        (tmp_path / f"s{rename}").mkdir()
        store = new_store(request, tmp_path / f"s{rename}", engine)
        folder = tmp_path / f"portfolio{rename}"
        write(folder, [small(1), small(2)], standards)
        consolidate_folder(
            folder, tmp_path / "w1.xlsx", standards, WEEK1, store=StoreRequest(store)
        )
        if rename:
            (folder / "PRJ-0001.xlsx").rename(folder / "PRJ-0001 v2.xlsx")
        consolidate_folder(
            folder, tmp_path / "w2.xlsx", standards, WEEK2, store=StoreRequest(store)
        )
        opened = Store.open(store)
        diffs.append(diff_snapshots(opened, standards))
        opened.dispose()
    control, renamed = diffs
    key = lambda f: (f["project_id"], f["code"], f["cell"])  # noqa: E731
    assert sorted(map(key, renamed.findings_new)) == sorted(map(key, control.findings_new))
    assert sorted(map(key, renamed.findings_resolved)) == sorted(
        map(key, control.findings_resolved)
    )
    assert {f["file"] for f in renamed.findings_new if f["project_id"] == "PRJ-0001"} <= {
        "PRJ-0001 v2.xlsx"
    }
