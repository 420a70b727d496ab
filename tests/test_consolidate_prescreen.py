"""The child that looks at the folder's files ahead (`addin/consolidate/prescreen.py`,
round 11c of benchmarks/README.md): what it sees is what screening sees in the main
process, a run with it gives the run without it (every file's fate, every finding), a
file changed after it looked is looked at again, and no run leaves it behind."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from addin.cli import cli
from addin.consolidate import consolidate_folder
from addin.consolidate import prescreen as prescreen_module
from addin.consolidate.prescreen import Look, LookedAhead, Prescreen, look_ahead
from addin.demo.hostile import make_hostile_files
from addin.report.marker import REPORT_MARKER
from addin.rollup import ROLLUP_MARKER
from addin.standards import default_standards

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "workbook_templates" / "project.xlsx"
AS_OF = "2026-11-30"
DAY = date(2026, 11, 30)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the child is forked on Linux only"
)


def _marked(path: Path, name: str, value: str) -> None:
    """A small workbook carrying the custom property ``name`` (a roll-up's, a report's)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Summary").write_string(0, 0, "made by pmo")
    book.set_custom_property(name, value)
    book.close()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Good workbooks, the demo's hostile files, a roll-up and a report saved among
    them, a named pipe, a file that is no workbook and an unreadable one."""
    root = tmp_path / "portfolio"
    root.mkdir()
    for i in range(1, 4):
        shutil.copy(TEMPLATE, root / f"PRJ-{i}.xlsx")
    make_hostile_files(root / "incoming")
    _marked(root / "old-rollup.xlsx", ROLLUP_MARKER, "yes")
    _marked(root / "status.xlsx", REPORT_MARKER, "status report")
    os.mkfifo(root / "pipe.xlsx")
    (root / "notes.txt").write_text("minutes", encoding="utf-8")
    locked = root / "locked.xlsx"
    shutil.copy(TEMPLATE, locked)
    locked.chmod(0)
    return root


def _workbooks(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.xlsx"))


def _facts(look: Look) -> tuple[object, ...]:
    kind = look.kind()
    try:
        sha: str | None = look.sha256() if look.hashable() else None
    except OSError as exc:
        sha = f"error: {exc.strerror or exc}"
    custom = look.custom_xml() if kind.readable else None
    return (look.signature, look.hashable(), kind, custom, sha)


@pytest.mark.parametrize("hash_first", [True, False])
def test_the_child_sees_each_file_as_screening_sees_it(folder: Path, hash_first: bool) -> None:
    for path in _workbooks(folder):
        ahead = LookedAhead(path, look_ahead(path, hash_first))
        assert _facts(ahead) == _facts(Look(path)), path.name
    kinds = {p.name: Look(p).kind() for p in _workbooks(folder)}
    assert kinds["pipe.xlsx"].kind == "not_a_file" and not kinds["pipe.xlsx"].readable
    assert kinds["PRJ-1.xlsx"].readable and not kinds["Benefits tracker.xlsx"].readable
    assert ROLLUP_MARKER in Look(folder / "old-rollup.xlsx").custom_xml()


def _fates(result: object) -> list[tuple[object, ...]]:
    return [
        (e.file, e.status, e.reason, e.kind, e.sha256, e.size, e.project_id, e.from_cache)
        for e in result.files  # type: ignore[attr-defined]
    ]


def test_a_run_with_the_child_is_the_run_without_it(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    looks: list[str] = []
    real = Prescreen.look

    def look(self: Prescreen, path: Path) -> Look:
        got = real(self, path)
        looks.append(type(got).__name__)
        return got

    monkeypatch.setattr(Prescreen, "look", look)
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    standards = default_standards()
    results = []
    for name in ("without", "with", "with"):  # (the second "with": the cache now full)
        out = tmp_path / name / "portfolio-rollup.xlsx"
        out.parent.mkdir(exist_ok=True)
        early = Prescreen.start(folder, out, hash_first=True) if name == "with" else None
        try:
            results.append(consolidate_folder(folder, out, standards, DAY, prescreen=early))
        finally:
            if early is not None:
                early.close()
    without, with_child, warm = results
    assert _fates(with_child) == _fates(without)
    assert with_child.findings == without.findings
    assert [f.status for f in with_child.files].count("rejected") >= 8
    # (the warm run took every good file from the cache the run before wrote)
    assert warm.from_cache == with_child.parsed > 0
    assert [f[:4] for f in _fates(warm)] == [f[:4] for f in _fates(with_child)]
    # every file screening asked about was looked at by the child, none here
    assert looks and set(looks) == {"LookedAhead"}


def test_a_file_changed_after_the_child_looked_is_looked_at_here(folder: Path) -> None:
    path = folder / "PRJ-2.xlsx"
    early = Prescreen.start(folder, folder.parent / "r.xlsx", hash_first=False)
    assert early is not None
    try:
        first = early.look(folder / "PRJ-1.xlsx")  # (the child is past PRJ-2 by now)
        assert isinstance(first, LookedAhead)
        time.sleep(0.01)
        shutil.copy(folder / "incoming" / next(iter(_names(folder / "incoming"))), path)
        look = early.look(path)
        assert not isinstance(look, LookedAhead)
        assert look.kind() == Look(path).kind() and look.signature == Look(path).signature
    finally:
        early.close()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".xlsx")


def test_a_file_the_child_did_not_see_is_looked_at_here(folder: Path) -> None:
    early = Prescreen.start(folder, folder.parent / "r.xlsx", hash_first=True)
    assert early is not None
    try:
        assert isinstance(early.look(folder / "PRJ-1.xlsx"), LookedAhead)  # (it has listed)
        late = folder / "PRJ-9.xlsx"
        shutil.copy(TEMPLATE, late)
        look = early.look(late)
        assert not isinstance(look, LookedAhead) and look.kind().readable
        assert isinstance(early.look(folder / "PRJ-2.xlsx"), LookedAhead)  # (kept meanwhile)
    finally:
        early.close()
    assert not prescreen_module.child_running(early)


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--as-of", "2026-13-45"], 2, "--as-of"),
        (["--as-of", AS_OF, "--out", "{tmp}/rollup.csv"], 2, "must be an .xlsx file"),
        (
            ["--as-of", AS_OF, "--out", "{tmp}/r.xlsx", "--no-store"],
            1,
            "Projects in the roll-up: 3",
        ),
    ],
)
def test_the_command_leaves_no_child_behind(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    code: int,
    said: str,
) -> None:
    looks = prescreen_module._child_main

    def lingers(*given: object) -> None:  # (ended only by the command)
        looks(*given)  # type: ignore[arg-type]
        time.sleep(60)

    monkeypatch.setattr(prescreen_module, "_child_main", lingers)
    (folder / "locked.xlsx").unlink()  # (root could read it: the count would differ)
    shutil.rmtree(folder / "incoming")
    for name in ("old-rollup.xlsx", "status.xlsx", "pipe.xlsx"):
        (folder / name).unlink()
    given = [a.format(tmp=tmp_path) for a in args]
    got = CliRunner().invoke(cli, ["consolidate", str(folder), *given])
    assert got.exit_code == code, got.output
    assert said in got.output
    assert multiprocessing.active_children() == []


def test_no_child_where_fork_is_missing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert Prescreen.start(folder, folder.parent / "r.xlsx", hash_first=True) is None


def test_no_child_for_a_folder_that_is_not_there(tmp_path: Path) -> None:
    assert Prescreen.start(tmp_path / "gone", tmp_path / "r.xlsx", hash_first=True) is None
