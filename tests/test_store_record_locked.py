"""``addin.store.record`` with the previous snapshot read under the write lock (the store
child's way, benchmarks/README.md round 8a): the same History as reading the pair again,
and the pair read again whenever what was read is not the previous snapshot."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from store_support import WEEK1, WEEK2, small, watch_store_inputs, week_two, write

from addin.consolidate import consolidate_folder, store_child
from addin.consolidate.history_step import StoreRequest, record_history
from addin.standards import Standards
from addin.store import expected
from addin.store import history as history_module
from addin.store.snapshot_state import SnapshotState


def _inputs_of_week_two(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Any]:
    """A store holding week 1, and the roll-up inputs of week 2 (moves of every kind)."""
    monkeypatch.setattr(store_child, "fork_context", lambda: None)  # recorded here
    folder = tmp_path / "portfolio"
    projects = [small(i) for i in range(1, 5)]
    write(folder, projects, standards)
    store = str(tmp_path / "week1.sqlite")
    consolidate_folder(folder, tmp_path / "w1.xlsx", standards, WEEK1, store=StoreRequest(store))
    write(folder, week_two(projects), standards)
    seen = watch_store_inputs(monkeypatch)
    other = str(tmp_path / "other.sqlite")
    consolidate_folder(folder, tmp_path / "w2.xlsx", standards, WEEK2, store=StoreRequest(other))
    return store, seen[0]


def _record(
    store: str, copy: Path, inputs: Any, standards: Standards, locked: Any, made: Any = None
) -> Any:
    shutil.copyfile(store, copy)
    history, error = record_history(
        StoreRequest(str(copy)), copy, inputs, standards, locked, None, made
    )
    assert error is None, error
    return dataclasses.replace(history, store="STORE")  # (each its own copy of the store)


def test_the_previous_snapshot_read_under_the_lock_gives_the_pairs_history(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, inputs = _inputs_of_week_two(tmp_path, standards, monkeypatch)
    calls: list[Any] = []

    def held(opened: Any) -> Any:
        history, previous, _ = store_child._expectation(opened, inputs, standards, None)
        calls.append((history, previous))
        return previous

    def wrong_id(opened: Any) -> Any:  # not the previous snapshot: never compared with
        _, previous, _ = store_child._expectation(opened, inputs, standards, None)
        return (previous[0] + 100, SnapshotState(WEEK1))

    pair = _record(store, tmp_path / "pair.sqlite", inputs, standards, None)
    reused = _record(store, tmp_path / "held.sqlite", inputs, standards, held)
    fallback = _record(store, tmp_path / "wrong.sqlite", inputs, standards, wrong_id)
    assert pair.previous == WEEK1 and pair.diff is not None and pair.diff.total > 0
    assert expected.same_history(pair, reused) and expected.same_history(pair, fallback)
    assert pair.snapshot_id == reused.snapshot_id == fallback.snapshot_id
    [(expectation, previous)] = calls
    assert previous is not None and previous[1].as_of == WEEK1
    expectation = dataclasses.replace(expectation, store="STORE")
    assert expected.same_history(expectation, reused)  # what the roll-up was built with


def test_a_store_with_nothing_before_reads_no_previous_snapshot(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, inputs = _inputs_of_week_two(tmp_path, standards, monkeypatch)
    inputs.run = dataclasses.replace(inputs.run, as_of=date(2026, 1, 5))
    history = _record(
        store,
        tmp_path / "early.sqlite",
        inputs,
        standards,
        lambda opened: store_child._expectation(opened, inputs, standards, None)[1],
    )
    assert history.previous is None and history.diff is None  # week 1 is later: no Changes


def _expected_under_the_lock(
    inputs: Any, standards: Standards, spoil: Any = None
) -> tuple[Any, list[Any]]:
    """A ``locked`` hook working out the expectation as the store child does (``spoil``
    changes what it predicts the store gives back), and what it was made from."""
    made: list[Any] = []

    def locked(opened: Any) -> Any:
        history, previous, expectation = store_child._expectation(opened, inputs, standards, None)
        assert history is not None and expectation is not None
        if spoil is not None:
            spoil(expectation.rows)
        made[:] = [history, expectation]
        return previous

    return locked, made


def test_the_read_back_proves_the_expected_changes_without_diffing_again(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, inputs = _inputs_of_week_two(tmp_path, standards, monkeypatch)
    pair = _record(store, tmp_path / "pair.sqlite", inputs, standards, None)
    locked, made = _expected_under_the_lock(inputs, standards)
    diffs: list[Any] = []
    real = history_module.diff_states
    monkeypatch.setattr(history_module, "diff_states", lambda *a: diffs.append(a) or real(*a))
    proved = _record(store, tmp_path / "p.sqlite", inputs, standards, locked, lambda: made[1])
    expectation, what = made
    assert diffs == []  # the snapshot read back as expected: its diff is the expected one
    assert proved.diff is what.diff is expectation.diff
    assert expected.same_history(pair, proved)  # what reading the pair again gives
    assert (pair.diff.projects_added, pair.diff.projects_removed) == (["PRJ-0005"], ["PRJ-0004"])


@pytest.mark.parametrize(
    "spoil",
    [
        "a status",  # a value the store gives back otherwise
        "a type",  # 2 where the store gives back 2.0: equal, not the same
        "an item more",
        "a finding less",
        "a project's EAC",
    ],
)
def test_a_snapshot_that_reads_back_otherwise_is_diffed_again(
    spoil: str, tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, inputs = _inputs_of_week_two(tmp_path, standards, monkeypatch)
    pair = _record(store, tmp_path / "pair.sqlite", inputs, standards, None)

    def spoiled(rows: Any) -> None:
        risks = rows.items["risks"]
        if spoil == "a status":
            risks[0] = (
                *risks[0][:3],
                "Closed" if risks[0][3] != "Closed" else "Open",
                *risks[0][4:],
            )
        elif spoil == "a type":
            first = next(iter(rows.projects.values()))
            assert isinstance(first["bac"], float) and first["bac"].is_integer()
            first["bac"] = int(first["bac"])
        elif spoil == "an item more":
            risks.append(risks[-1])
        elif spoil == "a finding less":
            rows.findings.pop()
        else:
            first = next(iter(rows.projects.values()))
            first["eac"] = (first["eac"] or 0.0) + 1.0

    locked, made = _expected_under_the_lock(inputs, standards, spoiled)
    diffs: list[Any] = []
    real = history_module.diff_states
    monkeypatch.setattr(history_module, "diff_states", lambda *a: diffs.append(a) or real(*a))
    stored = _record(store, tmp_path / "s.sqlite", inputs, standards, locked, lambda: made[1])
    assert len(diffs) == 1 and stored.diff is not made[1].diff  # diffed from the read-back
    assert expected.same_history(pair, stored)  # the store's Changes, not the spoiled ones
