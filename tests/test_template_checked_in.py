"""workbook_templates/project.xlsx is exactly what the builder makes now."""

from __future__ import annotations

import zipfile
from pathlib import Path

from addin.standards import Standards
from addin.templates import TEMPLATE_FILE_NAME, build_template, checkout_template_dir

REBUILD = "run `pmo templates build` and commit workbook_templates/project.xlsx"


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_checked_in_template_equals_a_fresh_build(tmp_path: Path, standards: Standards) -> None:
    folder = checkout_template_dir()
    assert folder is not None, "tests run from a checkout"
    checked_in = folder / TEMPLATE_FILE_NAME
    assert checked_in.is_file(), f"{checked_in} is missing: {REBUILD}"
    fresh = _members(build_template(tmp_path, standards))
    stored = _members(checked_in)
    assert sorted(stored) == sorted(fresh), f"the template's parts differ: {REBUILD}"
    changed = [name for name in fresh if fresh[name] != stored[name]]
    assert not changed, f"{checked_in} is out of date ({', '.join(changed)} differ): {REBUILD}"
