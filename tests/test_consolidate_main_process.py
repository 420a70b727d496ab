"""The main process's shortcuts during consolidation (benchmarks/README.md, round 6d) keep
what they replaced: discovery's exclusions through a linked folder, and the cyclic GC left
as it was found once the workers are done (round 8d: once the roll-up is written)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from consolidate_inputs import AS_OF, write_portfolio

from addin.consolidate import engine
from addin.consolidate.discovery import discover
from addin.consolidate.engine import consolidate_folder, read_folder
from addin.rollup import ProjectInput
from addin.standards import default_standards

needs_links = pytest.mark.skipif(
    not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links need POSIX here"
)


@needs_links
def test_the_output_is_excluded_when_the_folder_is_given_through_a_link(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "sub" / "rollup.xlsx").write_bytes(b"PK")
    (real / "a.xlsx").write_bytes(b"PK")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    # the output named by its real path; the folder walked through the link
    found = {f.rel: f for f in discover(link, exclude=frozenset({real / "sub" / "rollup.xlsx"}))}
    assert found["sub/rollup.xlsx"].skip_reason == "the roll-up this run writes"
    assert found["sub/rollup.xlsx"].path == link / "sub" / "rollup.xlsx"
    assert found["a.xlsx"].skip_reason is None


@needs_links
def test_a_linked_file_is_listed_not_resolved_to_its_target(tmp_path: Path) -> None:
    (tmp_path / "out.xlsx").write_bytes(b"PK")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "alias.xlsx").symlink_to(tmp_path / "out.xlsx")
    [alias] = discover(folder, exclude=frozenset({tmp_path / "out.xlsx"}))
    assert (alias.skip_reason, alias.kind) == ("a symbolic link (not followed)", "symlink")


def test_the_gc_is_not_left_frozen_after_the_workers(tmp_path: Path) -> None:
    standards = default_standards()
    folder = tmp_path / "portfolio"
    write_portfolio(folder, 3, standards, raid=6, months=3)
    assert gc.get_freeze_count() == 0
    projects, entries, _ = read_folder(folder, standards, AS_OF, jobs=2)
    assert sorted(p.project_id for p in projects) == ["PRJ-0001", "PRJ-0002", "PRJ-0003"]
    assert all(e.status.startswith("loaded") for e in entries)
    assert gc.get_freeze_count() == 0  # what was frozen while the workers ran is not now


def _frozen_during_the_tail(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records how many objects the cyclic GC leaves alone when dependencies are matched."""
    seen: list[int] = []
    matched = engine._Run.flag_dependencies

    def watched(run: engine._Run, projects: list[ProjectInput]) -> None:
        seen.append(gc.get_freeze_count())
        matched(run, projects)

    monkeypatch.setattr(engine._Run, "flag_dependencies", watched)
    return seen


def test_the_workers_outcomes_stay_frozen_until_the_rollup_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    standards = default_standards()
    folder = tmp_path / "portfolio"
    write_portfolio(folder, 3, standards, raid=6, months=3)
    seen = _frozen_during_the_tail(monkeypatch)
    result = consolidate_folder(folder, tmp_path / "rollup.xlsx", standards, AS_OF, jobs=2)
    assert result.projects == 3
    assert seen and seen[0] > 0  # the projects read were not walked again by the GC
    assert gc.get_freeze_count() == 0  # and are given back to it once the roll-up is out


def test_the_gc_is_unfrozen_when_the_tail_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    standards = default_standards()
    folder = tmp_path / "portfolio"
    write_portfolio(folder, 2, standards, raid=6, months=3)

    def broken(run: engine._Run, projects: list[ProjectInput]) -> None:
        raise RuntimeError("a bug in the tail")

    monkeypatch.setattr(engine._Run, "settle_statuses", broken)
    with pytest.raises(RuntimeError, match="a bug in the tail"):
        consolidate_folder(folder, tmp_path / "rollup.xlsx", standards, AS_OF, jobs=2)
    assert gc.get_freeze_count() == 0
    assert not (tmp_path / "rollup.xlsx").exists()
