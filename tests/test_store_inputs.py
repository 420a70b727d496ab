"""The roll-up's inputs packed for the store child forked when the run starts
(addin/consolidate/store_inputs.py): what the store makes of them (every table's rows,
the Changes and Trends expected) is what it makes of the inputs themselves."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from pathlib import Path
from typing import Any

import pytest
from store_support import WEEK2, small, watch_store_inputs, week_two, write

from addin.consolidate import consolidate_folder, store_child, store_inputs
from addin.consolidate.history_step import StoreRequest
from addin.consolidate.store_inputs import receive_inputs, send_inputs
from addin.standards import Standards
from addin.store import expected
from addin.store.content import snapshot_from_inputs
from addin.store.records import SnapshotData, finding_severities


def _inputs(tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The inputs of a week-two roll-up (moves of every kind, findings of every sort)."""
    monkeypatch.setattr(store_child, "fork_context", lambda: None)
    folder = tmp_path / "portfolio"
    projects = [small(i) for i in range(1, 5)]
    write(folder, week_two(projects), standards)
    seen = watch_store_inputs(monkeypatch)
    store = str(tmp_path / "h.sqlite")
    consolidate_folder(folder, tmp_path / "w.xlsx", standards, WEEK2, store=StoreRequest(store))
    return seen[0]


def test_the_packed_inputs_make_the_same_snapshot_and_expectation(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _inputs(tmp_path, standards, monkeypatch)
    monkeypatch.setattr(store_inputs, "CHUNK", 7)  # several chunks, the last one short
    here, there = multiprocessing.Pipe()
    sender = threading.Thread(target=send_inputs, args=(here, inputs))
    sender.start()
    unpacked = receive_inputs(there)
    sender.join()
    assert len(unpacked.findings) == len(inputs.findings) and len(inputs.findings) % 7
    # The severities came with the findings: counted for the snapshots row before the
    # findings' rows are made, with no chunk unpacked for them.
    kept = unpacked.findings._severities
    assert kept == [f.severity for f in inputs.findings] and "warning" in kept
    assert unpacked.findings.severities() is kept
    # Findings whose value is not text: their rows are made from the packed tuples alike.
    assert {type(f.value) for f in inputs.findings} - {str, type(None)}
    assert len(inputs.findings) > 10 and any(f.sheet and f.cell for f in inputs.findings)
    ours, theirs = snapshot_from_inputs(inputs), snapshot_from_inputs(unpacked)
    assert ours.run == theirs.run and ours.severities == theirs.severities
    assert list(ours.tables) == list(theirs.tables)
    for name, (columns, rows) in ours.tables.items():
        assert theirs.tables[name][0] == columns, name
        assert list(theirs.tables[name][1]) == list(rows), name
    assert [f.address for f in unpacked.findings] == [f.address for f in inputs.findings]
    before = expected.empty_before("STORE")
    made = expected.expected_history(before, inputs, standards, None)
    assert made is not None and made.trends.rows
    assert expected.same_history(made, expected.expected_history(before, unpacked, standards, None))


def _chunk(*severities: str) -> bytes:
    """One packed message of findings (fields as ``send_inputs`` sends them)."""
    rows = [
        (f"R{n}", severity, "msg", f"p{n}.xlsx", "RAID", f"B{n + 5}", "risks", f"R-{n}", None)
        for n, severity in enumerate(severities)
    ]
    return pickle.dumps(rows, pickle.HIGHEST_PROTOCOL)


def test_the_packed_findings_keep_their_severities_from_a_whole_pass_only() -> None:
    findings = store_inputs.PackedFindings()
    findings.add(_chunk("error", "warning"), 2)
    findings.add(_chunk("info", "warning", "error"), 3)
    assert findings.severities() == ["error", "warning", "info", "warning", "error"]
    findings.add(_chunk("warning"), 1)  # a chunk more: the kept list is stale, made again
    assert findings.severities() == ["error", "warning", "info", "warning", "error", "warning"]
    findings.add(_chunk("info"), 1)
    passing = iter(findings)
    assert [next(passing).severity for _ in range(3)] == ["error", "warning", "info"]
    passing.close()  # a pass given up: nothing kept from it
    assert findings._severities is None
    assert [f.code for f in findings] == ["R0", "R1", "R0", "R1", "R2", "R0", "R0"]
    kept = findings._severities  # the whole pass kept them: counted without unpacking
    assert kept == ["error", "warning", "info", "warning", "error", "warning", "info"]
    assert findings.severities() is kept
    data = SnapshotData(WEEK2, {}, severities=finding_severities(findings))
    counts = {"findings_error": 2, "findings_warning": 3, "findings_info": 2}
    assert data.severity_counts() == counts


def test_severities_handed_over_are_kept_only_when_there_is_one_for_every_finding() -> None:
    findings = store_inputs.PackedFindings()
    findings.add(_chunk("error", "warning", "info"), 3)
    findings.keep_severities(["error", "warning"])  # (one short: not these findings')
    assert findings._severities is None
    assert findings.severities() == ["error", "warning", "info"]
    findings.keep_severities(["info", "info", "info"])
    assert findings.severities() == ["info", "info", "info"]


def test_the_store_rows_of_packed_findings_are_those_of_the_findings(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finding's value of every type (text, a number, a date, none), a sheet with and
    without a cell, none: the rows made from the packed tuples, without a finding object
    each, are the rows made from the findings."""
    import dataclasses
    from datetime import date

    inputs = _inputs(tmp_path, standards, monkeypatch)
    first = inputs.findings[0]
    odd = [
        dataclasses.replace(first, value=value, sheet=sheet, cell=cell)
        for value, sheet, cell in (
            (12.5, "Risks", "F12"),
            (date(2026, 12, 1), "RAID Log", "B7"),
            (7, "Risks", None),
            (None, None, None),
            ("text", "It's", "A1"),
        )
    ]
    inputs.findings[:0] = odd
    here, there = multiprocessing.Pipe()
    sender = threading.Thread(target=send_inputs, args=(here, inputs))
    sender.start()
    unpacked = receive_inputs(there)
    sender.join()
    ours = snapshot_from_inputs(inputs).tables["findings"]
    theirs = snapshot_from_inputs(unpacked).tables["findings"]
    rows = list(theirs[1])
    assert theirs[0] == ours[0] and rows == list(ours[1])
    address, value = ours[0].index("address"), ours[0].index("value")
    assert [(r[address], r[value]) for r in rows[:5]] == [
        ("Risks!F12", "12.5"),
        ("'RAID Log'!B7", "2026-12-01"),
        ("Risks", "7"),
        (None, None),
        ("'It''s'!A1", "text"),
    ]


def test_the_early_child_compiles_the_snapshots_inserts_before_the_inputs_come(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early read leaves every insert of the snapshot compiled for the store's
    dialect: the write at the end of the run compiles none."""
    from addin.consolidate.history_step import record_history
    from addin.store import fast

    inputs = _inputs(tmp_path, standards, monkeypatch)  # (h.sqlite holds week two)
    fast._PREPARED.clear()
    request = StoreRequest(str(tmp_path / "h.sqlite"))
    before = store_child._read_early(request, tmp_path / "w.xlsx", WEEK2)
    assert before is not None and before.snapshots
    assert {key[4].name for key in fast._PREPARED} == set(snapshot_from_inputs(inputs).tables)
    compiled: list[str] = []
    real = fast._prepare

    def prepare(dialect: Any, table: Any, keys: Any, fixed: int) -> Any:
        compiled.append(table.name)
        return real(dialect, table, keys, fixed)

    monkeypatch.setattr(fast, "_prepare", prepare)
    history, error = record_history(request, tmp_path / "w.xlsx", inputs, standards)
    assert error is None and history is not None and history.as_of == WEEK2
    assert compiled == []
