"""Recording a snapshot pauses the cyclic GC (its rows are plain tuples, freed by their
reference counts; benchmarks/README.md round 9b) and always gives it back."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from addin.standards import Standards
from addin.store import Store, record
from addin.store.records import SnapshotData

AS_OF = date(2026, 11, 30)


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _data(day: date = AS_OF) -> SnapshotData:
    data = SnapshotData(day, {"origin": "test"})
    data.tables["projects"] = (("project_id", "project_name"), [("P-1", "Payroll")])
    return data


def test_the_gc_is_paused_while_recording_and_enabled_after(
    tmp_path: Path, standards: Standards, gc_enabled: None
) -> None:
    seen: list[bool] = []
    store = Store.open(tmp_path / "store.sqlite")
    try:
        history = record(store, _data(), standards, locked=lambda: seen.append(gc.isenabled()))
    finally:
        store.dispose()
    assert seen == [False]  # paused while the snapshot was written
    assert gc.isenabled()
    assert (history.as_of, history.previous, len(history.trends.rows)) == (AS_OF, None, 1)
    assert history.trends.rows[0].projects == 1


def test_the_gc_is_enabled_again_when_recording_fails(
    tmp_path: Path, standards: Standards, gc_enabled: None
) -> None:
    def fails() -> None:
        raise RuntimeError("disk full")

    store = Store.open(tmp_path / "store.sqlite")
    try:
        with pytest.raises(RuntimeError, match="disk full"):
            record(store, _data(), standards, locked=fails)
        assert store.snapshots() == []  # nothing was written
    finally:
        store.dispose()
    assert gc.isenabled()


def test_a_gc_the_caller_disabled_stays_disabled(
    tmp_path: Path, standards: Standards, gc_enabled: None
) -> None:
    store = Store.open(tmp_path / "store.sqlite")
    gc.disable()
    try:
        record(store, _data(), standards)
        assert not gc.isenabled()
    finally:
        gc.enable()
        store.dispose()
