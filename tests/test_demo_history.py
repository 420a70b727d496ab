"""`pmo demo` consolidates two reporting periods, so its roll-up has Changes and Trends."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from addin.cli import cli
from addin.store import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("demo") / "demo"
    shared = out.parent / "the-pmos-real-store.sqlite"
    result = CliRunner().invoke(
        cli,
        ["demo", "--out", str(out), "--projects", "8", "--as-of", "2026-11-26", "--json"],
        env={"PMO_STORE": str(shared)},
    )
    assert result.exit_code == 0, result.output
    assert not shared.exists()  # a demo never writes into the store $PMO_STORE names
    return out, json.loads(result.output)


def test_both_periods_are_on_disk_and_in_the_store(demo: tuple[Path, dict[str, object]]) -> None:
    out, payload = demo
    previous = payload["previous_period"]
    assert isinstance(previous, dict)
    assert previous["as_of"] == "2026-11-19"
    last_week = sorted(
        p.relative_to(out / "last-week") for p in (out / "last-week").rglob("*.xlsx")
    )
    this_week = {p.relative_to(out / "portfolio") for p in (out / "portfolio").rglob("*.xlsx")}
    assert len(last_week) == 8 and set(last_week) <= this_week
    snaps = Store.open(str(out / "portfolio-history.sqlite")).snapshots()
    assert [s.as_of.isoformat() for s in snaps] == ["2026-11-19", "2026-11-26"]
    store = payload["consolidation"]["store"]  # type: ignore[index]
    assert store["compared_with"] == "2026-11-19" and store["changes"] > 0


def test_the_rollup_shows_the_weeks_movement(demo: tuple[Path, dict[str, object]]) -> None:
    out, payload = demo
    moves = payload["previous_period"]["moves"]  # type: ignore[index]
    assert any("Overall RAG" in m for m in moves) and any("slipped" in m for m in moves)
    wb = openpyxl.load_workbook(out / "portfolio-rollup.xlsx", read_only=True)
    rows = [r for r in wb["Changes"].iter_rows(min_row=4, values_only=True) if r[0] is not None]
    fields = {(r[0], r[4]) for r in rows}
    for move in moves:
        project, what = move.split(": ", 1)
        if what.startswith("Overall RAG"):
            assert (project, "Overall RAG") in fields
        elif "slipped" in what:
            days = int(what.split()[-2])
            assert any(r[0] == project and r[4] == "Forecast Date" and r[7] == days for r in rows)
        elif what.startswith("new risk"):
            assert any(
                r[0] == project and r[3] == what.split()[-1] and r[4] == "Item" for r in rows
            )
        elif what.startswith("EAC up"):
            assert any(r[0] == project and r[4] == "EAC" and r[7] > 0 for r in rows)
    trends = list(wb["Trends"].iter_rows(min_row=2, max_row=3, values_only=True))
    assert [t[0].date().isoformat() for t in trends] == ["2026-11-19", "2026-11-26"]
