"""Writing the roll-up safely: atomic replace, the lock, clean text, the same content for
the same inputs (only the run-time cell differs)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from consolidate_inputs import AS_OF, make_project

from addin.reading.result import ReadResult
from addin.rollup import (
    LoadEntry,
    ProjectInput,
    RollupInputs,
    RollupLockedError,
    RunInfo,
    atomic_output,
    build_rollup,
    output_lock,
    write_rollup,
)
from addin.rollup.atomic import lock_path
from addin.rollup.payload import make_payload
from addin.rollup.report_sheets import RUN_TIME_LABEL
from addin.rollup.text import MAX_CELL_CHARS, clean_text
from addin.standards import Standards


def _inputs(standards: Standards, run_time: datetime) -> RollupInputs:
    projects = []
    files = []
    for i in (2, 1, 3):
        data = make_project(i, 3, raid=20, months=6)
        source = f"PRJ-{i:04d}.xlsx"
        projects.append(
            ProjectInput(source, make_payload(ReadResult(source, data), standards, AS_OF))
        )
        files.append(LoadEntry(source, "loaded", sha256="ab" * 32, used=True))
    projects.sort(key=lambda p: p.project_id)
    run = RunInfo("0.1.0", "Std", "1.0", "f" * 64, AS_OF, "portfolio", run_time)
    return RollupInputs(projects, [], files, run)


def _values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def test_same_inputs_give_the_same_content_but_the_run_time(
    standards: Standards, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_rollup(
        build_rollup(_inputs(standards, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)), standards),
        first,
        standards,
    )
    write_rollup(
        build_rollup(_inputs(standards, datetime(2026, 12, 1, 17, 5, tzinfo=UTC)), standards),
        second,
        standards,
    )
    a, b = _values(first), _values(second)
    assert a.keys() == b.keys()
    differing = [
        (sheet, r)
        for sheet in a
        for r, (row_a, row_b) in enumerate(zip(a[sheet], b[sheet], strict=True))
        if row_a != row_b
    ]
    run_row = next(i for i, row in enumerate(a["Manifest"]) if row[0] == RUN_TIME_LABEL)
    assert differing == [("Manifest", run_row)]
    assert a["Manifest"][run_row][1] == "2026-11-30T09:00:00Z"


def test_a_failed_write_leaves_the_previous_rollup_intact(tmp_path: Path) -> None:
    out = tmp_path / "rollup.xlsx"
    out.write_bytes(b"yesterday's roll-up")
    with pytest.raises(RuntimeError), atomic_output(out) as tmp:
        tmp.write_bytes(b"half a roll-")
        raise RuntimeError("disk full")
    assert out.read_bytes() == b"yesterday's roll-up"
    assert [p.name for p in tmp_path.iterdir()] == ["rollup.xlsx"]
    with atomic_output(out) as tmp:
        tmp.write_bytes(b"today's roll-up")
    assert out.read_bytes() == b"today's roll-up"


def test_a_process_killed_mid_write_leaves_the_previous_rollup_intact(tmp_path: Path) -> None:
    out = tmp_path / "rollup.xlsx"
    out.write_bytes(b"yesterday's roll-up")
    code = (
        "import sys; from pathlib import Path; from addin.rollup import atomic_output, output_lock\n"
        "out = Path(sys.argv[1])\n"
        "with output_lock(out), atomic_output(out) as tmp:\n"
        "    tmp.write_bytes(b'x' * 100000)\n"
    )
    env = {**os.environ, "PMO_TEST_ABORT_BEFORE_REPLACE": "1"}
    done = subprocess.run([sys.executable, "-c", code, str(out)], env=env, check=False)
    assert done.returncode != 0  # killed by SIGABRT before the rename
    assert out.read_bytes() == b"yesterday's roll-up"
    assert lock_path(out).exists()  # the dead run's lock is left behind...
    with output_lock(out, timeout=1):  # ...and taken over, since its owner is gone
        pass
    assert not lock_path(out).exists()


def test_a_second_run_waits_for_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "rollup.xlsx"
    with output_lock(out):
        with (
            pytest.raises(RollupLockedError, match="another run is writing"),
            output_lock(out, timeout=0.3),
        ):
            pass
        order: list[str] = []

        def second() -> None:
            with output_lock(out, timeout=10):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(0.5)
        order.append("first done")
    thread.join(10)
    assert order == ["first done", "second"]


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "rollup.xlsx"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(out).write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname()}))
    with output_lock(out, timeout=0.5):
        assert json.loads(lock_path(out).read_text())["pid"] == os.getpid()


def test_clean_text_removes_control_characters_and_respects_the_cell_limit() -> None:
    assert clean_text("a\x00b\x07c\x1bd\x7fe\x85f") == "abcdef"
    assert clean_text("line1\r\nline2\rline3\tend") == "line1\nline2\nline3\tend"
    long = clean_text("x" * 40_000)
    assert len(long) == MAX_CELL_CHARS and long.endswith("[truncated]")
    assert clean_text("=HYPERLINK(1)") == "=HYPERLINK(1)"  # cleaning is not escaping


def test_every_sheet_is_a_table_with_a_frozen_header(standards: Standards, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    inputs = _inputs(standards, datetime(2026, 11, 30, tzinfo=UTC))
    write_rollup(build_rollup(inputs, standards), out, standards)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws.tables, f"{ws.title} has no table"
        if ws.title == "Prioritisation":  # inputs above its table: frozen below its header
            assert ws.freeze_panes == "B12", ws.title
            continue
        assert ws.freeze_panes in ("A2", "A3"), ws.title
    projects = wb["Projects"]
    header = [c.value for c in projects[1]]
    eac = projects.cell(2, header.index("EAC") + 1)
    assert eac.number_format == "#,##0"
    report = projects.cell(2, header.index("Report Date") + 1)
    assert report.number_format == "yyyy-mm-dd" and report.is_date
    assert len(wb["Summary"]._charts) >= 2
    rag_rules = [
        r for rng in projects.conditional_formatting for r in rng.rules if r.formula == ['"Red"']
    ]
    assert rag_rules, "RAG columns are not coloured"


def test_awkward_text_round_trips_through_the_streamed_cells(
    standards: Standards, tmp_path: Path
) -> None:
    from python_calamine import CalamineWorkbook

    inputs = _inputs(standards, datetime(2026, 11, 30, tzinfo=UTC))
    awkward = [
        "A & B <c> \"q\" 'a'",
        "  padded  ",
        "_x0041_ stays",
        "tab\tand\nnewline",
        "é ü 中文 🙂",
    ]
    rows = inputs.projects[0].payload.rows
    risks = rows["risks"]
    for k, text in enumerate(awkward):
        row = list(risks[k])
        row[1] = text  # Title
        risks[k] = tuple(row)
    rows["risks"] = risks  # the rows are packed: a change is assigned back
    out = tmp_path / "r.xlsx"
    write_rollup(build_rollup(inputs, standards), out, standards)
    wb = openpyxl.load_workbook(out, read_only=True)
    titles = [r[2] for r in wb["Risks"].iter_rows(min_row=2, max_row=6, values_only=True)]
    wb.close()
    # Excel reads "_x005F_x0041_" back as "_x0041_" (XlsxWriter escapes the same way);
    # openpyxl does not unescape inline strings, so compare that one as stored.
    assert titles[:2] + titles[3:] == awkward[:2] + awkward[3:]
    assert titles[2] == "_x005F_x0041_ stays"
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Risks").to_python()
    assert [r[2] for r in sheet[1:6]] == awkward
