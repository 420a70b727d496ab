"""On a big roll-up the last data sheets are rendered and deflated by a forked child while
the main process writes the first ones (addin/rollup/stream_cells.py): the package is the
same, part for part, as one written in one process, and stays so when the child fails."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from consolidate_inputs import AS_OF, make_project

from addin.reading.result import ReadResult
from addin.rollup import (
    LoadEntry,
    ProjectInput,
    RollupInputs,
    RunInfo,
    build_rollup,
    stream_cells,
    write_rollup,
)
from addin.rollup.payload import make_payload
from addin.rollup.side_task import fork_context
from addin.standards import Standards

PARENT = os.getpid()
RUN_TIME = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _inputs(standards: Standards) -> RollupInputs:
    projects, files = [], []
    for i in range(1, 5):
        source = f"PRJ-{i:04d}.xlsx"
        data = make_project(i, 4, raid=30, months=12)
        projects.append(
            ProjectInput(source, make_payload(ReadResult(source, data), standards, AS_OF))
        )
        files.append(LoadEntry(source, "loaded", sha256="ab" * 32, used=True))
    run = RunInfo("0.1.0", "Std", "1.0", "f" * 64, AS_OF, "portfolio", RUN_TIME)
    return RollupInputs(projects, [], files, run)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None  # every member's CRC and size are right
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _write(standards: Standards, out: Path) -> dict[str, bytes]:
    out.parent.mkdir(exist_ok=True)
    write_rollup(build_rollup(_inputs(standards), standards), out, standards)
    assert not list(out.parent.glob("*.structure*")), "a temporary file was left behind"
    return _parts(out)


@pytest.fixture
def one_process(standards: Standards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as m:
        m.setattr(stream_cells, "SHARE_MIN_CELLS", 10**12)  # never a child
        return _write(standards, tmp_path / "one" / "rollup.xlsx")


def _shared(out: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets the child was given when ``out`` was written."""
    given: list[str] = []
    share = stream_cells._child_share

    def spy(order: list[str], by_member: dict[str, Any]) -> list[Any]:
        got = share(order, by_member)
        given.extend(s.member for s in got)
        return got

    monkeypatch.setattr(stream_cells, "_child_share", spy)
    return given


needs_fork = pytest.mark.skipif(fork_context() is None, reason="no fork on this platform")


@needs_fork
def test_the_child_writes_the_last_sheets_and_the_package_is_the_same(
    standards: Standards, one_process: dict[str, bytes], tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(stream_cells, "SHARE_MIN_CELLS", 0)
    out = tmp_path / "two" / "rollup.xlsx"
    given = _shared(out, monkeypatch)
    two = _write(standards, out)
    assert given, "the child was given no sheet"
    order = list(two)
    assert order.index(given[-1]) > order.index("xl/worksheets/sheet2.xml")  # the last ones
    assert two == one_process  # every part, byte for byte, in the same order
    assert list(two) == list(one_process)


def _crashing(*args: Any) -> Any:
    if os.getpid() != PARENT:
        os._exit(9)
    return _real_deflate_aside(*args)


_real_deflate_aside = stream_cells._deflate_aside


@needs_fork
def test_a_child_that_dies_leaves_the_sheets_to_this_process(
    standards: Standards, one_process: dict[str, bytes], tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(stream_cells, "SHARE_MIN_CELLS", 0)
    monkeypatch.setattr(stream_cells, "_deflate_aside", _crashing)
    out = tmp_path / "crashed" / "rollup.xlsx"
    assert _write(standards, out) == one_process


def test_a_small_rollup_is_written_in_one_process(
    standards: Standards, tmp_path: Path, monkeypatch: Any
) -> None:
    out = tmp_path / "small" / "rollup.xlsx"
    given = _shared(out, monkeypatch)
    _write(standards, out)
    assert given == []  # 4 projects: far below SHARE_MIN_CELLS
