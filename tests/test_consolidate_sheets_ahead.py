"""The data sheets rendered by a forked child while the store step runs
(addin/rollup/sheets_ahead.py): the roll-up is the same, part by part, as one written
after the store step in one process, whether the child finishes, dies, or renders a sheet
from a structure that turns out different; and it leaves no file behind."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from consolidate_inputs import write_portfolio

from addin.consolidate import engine
from addin.consolidate.history_step import StoreRequest
from addin.rollup import sheets_ahead, side_task, stream_cells
from addin.rollup.sheets_ahead import SheetsAhead
from addin.standards import default_standards

PARENT = os.getpid()
WEEK1, WEEK2 = date(2026, 11, 23), date(2026, 11, 30)

needs_fork = pytest.mark.skipif(
    side_task.fork_context() is None, reason="no fork on this platform: nothing rendered ahead"
)


class _FixedClock(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> Any:
        return datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ahead") / "portfolio"
    write_portfolio(folder, 6, default_standards(), raid=8, months=6)
    return folder


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[SheetsAhead]:
    """Every SheetsAhead of the run, as it was when closed; the child on for any size of
    roll-up and of this process (late in a whole test session pytest holds over 256 MB)."""
    monkeypatch.setattr(engine, "datetime", _FixedClock)
    monkeypatch.setattr(stream_cells, "SHARE_MIN_CELLS", 0)
    monkeypatch.setattr(sheets_ahead, "MAX_AHEAD_RESIDENT", 1 << 40)
    closed: list[SheetsAhead] = []
    real_close = SheetsAhead.close

    def close(self: SheetsAhead) -> None:
        closed.append(self)
        real_close(self)

    monkeypatch.setattr(SheetsAhead, "close", close)
    return closed


def _two_weeks(folder: Path, where: Path) -> dict[str, bytes]:
    """Week 1 then week 2 into a new store; week 2's roll-up (with Changes and Trends),
    every part unzipped."""
    where.mkdir(parents=True)
    for as_of in (WEEK1, WEEK2):
        engine.consolidate_folder(
            folder,
            where / "rollup.xlsx",
            default_standards(),
            as_of,
            jobs=1,
            use_cache=False,
            store=StoreRequest(str(where / "store.sqlite")),
        )
    assert sorted(p.name for p in where.iterdir()) == ["rollup.xlsx", "store.sqlite"]
    with zipfile.ZipFile(where / "rollup.xlsx") as zf:
        assert zf.testzip() is None
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    shutil.rmtree(where)  # the next run writes the same names (the store's is in Changes)
    return parts


@pytest.fixture
def one_process(folder: Path, tmp_path: Path, seen: list[SheetsAhead], monkeypatch: Any) -> Any:
    """The same two weeks, every sheet written after the store step by this process."""
    with monkeypatch.context() as m:
        m.setattr(side_task, "fork_context", lambda: None)
        m.setattr(sheets_ahead, "fork_context", lambda: None)
        parts = _two_weeks(folder, tmp_path / "run")
    assert all(not ahead.used for ahead in seen)
    seen.clear()
    return parts


def _sheet(parts: dict[str, bytes], name: str) -> str:
    """The member of the sheet called ``name``."""
    import re

    sheets = re.findall(rb'<sheet name="([^"]+)"', parts["xl/workbook.xml"])
    return f"xl/worksheets/sheet{sheets.index(name.encode()) + 1}.xml"


@needs_fork
def test_the_child_renders_the_sheets_and_the_rollup_is_the_same(
    folder: Path, tmp_path: Path, seen: list[SheetsAhead], one_process: dict[str, bytes]
) -> None:
    parts = _two_weeks(folder, tmp_path / "run")
    assert list(parts) == list(one_process)
    assert parts == one_process
    assert b"Changes from 2026-11-23 to 2026-11-30" in parts["xl/sharedStrings.xml"]
    week2 = seen[-1]
    assert week2.failure is None and week2.unusable == []
    # Sheets before Changes (deflated by the child) and after Trends (rendered by it, their
    # header cells taken from the final structure) were copied in.
    assert {"Risks", "Findings", "Manifest"} <= set(week2.used)
    assert not {"Changes", "Trends"} & set(week2.used)
    assert _sheet(parts, "Changes") < _sheet(parts, "Findings")


def _dies_after_one(out: Any, zin: Any, sheet: Any, date_style: int) -> Any:
    if os.getpid() != PARENT and sheet.name != "Manifest":
        os._exit(9)  # the child is killed mid-way: one sheet done, the next begun
    return _real_render(out, zin, sheet, date_style)


_real_render = sheets_ahead.render_sheet


@needs_fork
def test_a_child_that_dies_leaves_its_sheets_to_this_process(
    folder: Path,
    tmp_path: Path,
    seen: list[SheetsAhead],
    one_process: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sheets_ahead, "render_sheet", _dies_after_one)
    assert _two_weeks(folder, tmp_path / "run") == one_process
    week2 = seen[-1]
    assert week2.used == ["Manifest"]
    assert week2.failure is not None and week2.failure.startswith("no more sheets")


def _other_in_child(sheet: Any, xml: Any, date_style: int) -> str:
    if os.getpid() != PARENT:
        return "rendered from another structure"
    return _real_fingerprint(sheet, xml, date_style)


_real_fingerprint = sheets_ahead.fingerprint


@needs_fork
def test_a_sheet_rendered_from_another_structure_is_rendered_again(
    folder: Path,
    tmp_path: Path,
    seen: list[SheetsAhead],
    one_process: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sheets_ahead, "fingerprint", _other_in_child)
    assert _two_weeks(folder, tmp_path / "run") == one_process
    week2 = seen[-1]
    assert week2.used == [] and "Findings" in week2.unusable


@needs_fork
def test_a_big_process_renders_every_sheet_itself(
    folder: Path,
    tmp_path: Path,
    seen: list[SheetsAhead],
    one_process: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sheets_ahead, "MAX_AHEAD_RESIDENT", 1024)
    assert _two_weeks(folder, tmp_path / "run") == one_process
    assert seen[-1].used == []
    assert seen[-1].failure is not None and seen[-1].failure.startswith("not forked")
