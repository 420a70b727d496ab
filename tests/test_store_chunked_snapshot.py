"""A snapshot's big tables are made while they are written, a chunk at a time, inside the
one transaction (issue 16: memory must not grow with the whole snapshot)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from addin.store import Store, schema
from addin.store import store as store_module
from addin.store.fast import fetch_rows
from addin.store.store import LazyRows, Row, SnapshotData

AS_OF = date(2026, 11, 30)
COLUMNS = ("project_id", "source_file", "source_cell", "id")


def _risks(made: list[int], count: int, fail_at: int | None = None) -> Iterator[Row]:
    for n in range(1, count + 1):
        if n == fail_at:
            raise RuntimeError("the run died while writing")
        made.append(n)
        yield ("PRJ-0001", "PRJ-0001.xlsx", f"Risks!A{n + 1}", f"R-{n:03d}")


def test_rows_are_made_one_chunk_ahead_of_the_insert_and_all_stored_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "CHUNK", 3)
    made: list[int] = []
    seen: list[tuple[int, int]] = []  # (rows made so far, rows in this insert)
    real_insert = store_module.bulk_insert

    def spy(conn, table, keys, rows, **fixed):  # type: ignore[no-untyped-def]
        if table.name == "risks":
            seen.append((len(made), len(rows)))
        real_insert(conn, table, keys, rows, **fixed)

    monkeypatch.setattr(store_module, "bulk_insert", spy)
    data = SnapshotData(AS_OF, {"origin": "test"})
    data.tables["risks"] = (COLUMNS, LazyRows(lambda: _risks(made, 7)))
    store = Store.open(tmp_path / "h.sqlite")
    snapshot_id = store.write_snapshot(data)

    # 7 rows in chunks of 3: nothing made beyond the chunk being inserted.
    assert seen == [(3, 3), (6, 3), (7, 1)]
    risks = schema.metadata.tables["risks"]
    with store.reading() as conn:
        stored = fetch_rows(
            conn, select(risks.c.id, risks.c.source_cell).where(risks.c.snapshot_id == snapshot_id)
        )
    store.dispose()
    assert stored == [(f"R-{n:03d}", f"Risks!A{n + 1}") for n in range(1, 8)]


def test_a_run_that_dies_after_a_chunk_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "CHUNK", 3)
    data = SnapshotData(AS_OF, {"origin": "test"})
    data.tables["risks"] = (COLUMNS, LazyRows(lambda: _risks([], 7, fail_at=5)))
    store = Store.open(tmp_path / "h.sqlite")
    with pytest.raises(RuntimeError, match="died while writing"):
        store.write_snapshot(data)
    # The first chunk was inserted, but in the one transaction: rolled back with it.
    assert store.snapshots() == []
    risks = schema.metadata.tables["risks"]
    with store.reading() as conn:
        assert fetch_rows(conn, select(risks.c.id)) == []
    store.dispose()


def _findings(made: list[int]) -> Iterator[Row]:
    for n, severity in enumerate(("error", "warning", "warning", "info", "warning"), 1):
        made.append(n)
        yield ("PRJ-0001", "PRJ-0001.xlsx", severity, f"RAID-{n:03d}", "a finding")


FINDING_KEYS = ("project_id", "file", "severity", "code", "message")


@pytest.mark.parametrize("severities_known", [True, False])
def test_the_findings_counts_are_the_rows_and_the_rows_are_made_once(
    tmp_path: Path, severities_known: bool
) -> None:
    """A snapshot made from a roll-up's inputs knows its findings' severities: the lazy
    findings rows are then made once (to be written), not once more to be counted."""
    made: list[int] = []
    data = SnapshotData(AS_OF, {"origin": "test"})
    data.tables["findings"] = (FINDING_KEYS, LazyRows(lambda: _findings(made)))
    if severities_known:
        data.severities = ["error", "warning", "warning", "info", "warning"]
    store = Store.open(tmp_path / "h.sqlite")
    snapshot_id = store.write_snapshot(data)
    snapshots = schema.snapshots
    with store.reading() as conn:
        counts = fetch_rows(
            conn,
            select(
                snapshots.c.findings_error, snapshots.c.findings_warning, snapshots.c.findings_info
            ).where(snapshots.c.snapshot_id == snapshot_id),
        )
    store.dispose()
    assert counts == [(1, 3, 1)]
    assert made == ([1, 2, 3, 4, 5] if severities_known else [1, 2, 3, 4, 5] * 2)
