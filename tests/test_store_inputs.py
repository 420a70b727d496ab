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
from store_support import WEEK2, small, week_two, write

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
    seen: list[Any] = []
    real = store_child.StoreBeside.start

    def start(request: Any, out: Path, inputs: Any, std: Standards) -> Any:
        seen.append(inputs)
        return real(request, out, inputs, std)

    monkeypatch.setattr(store_child.StoreBeside, "start", start)
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
