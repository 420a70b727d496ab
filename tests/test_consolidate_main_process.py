"""The main process's shortcuts during consolidation (benchmarks/README.md, round 6d) keep
what they replaced: discovery's exclusions through a linked folder, and the cyclic GC left
as it was found once the workers are done."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from consolidate_inputs import AS_OF, write_portfolio

from addin.consolidate.discovery import discover
from addin.consolidate.engine import read_folder
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
