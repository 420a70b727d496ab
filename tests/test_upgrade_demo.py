"""`pmo demo` writes a few decorated version 1 workbooks; `pmo upgrade` upgrades exactly those."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from addin.demo.generate import generate_portfolio
from addin.reading.project_reader import read_project_file
from addin.standards import Standards
from addin.upgrade import upgrade_paths

AS_OF = date(2026, 11, 30)


def test_demo_version_1_workbooks_upgrade_keeping_the_pms_sheet(
    tmp_path: Path, standards: Standards
) -> None:
    folder = tmp_path / "portfolio"
    manifest = generate_portfolio(folder, standards, AS_OF, projects=12, seed=7)
    assert 1 <= len(manifest.version_1) <= 3
    clean = {p.file for p in manifest.projects if p.clean}
    assert not clean & set(manifest.version_1)  # clean projects stay free of findings
    for rel in manifest.version_1:
        read = read_project_file(folder / rel, standards)
        assert read.project.meta.template_version == 1
        assert "WB-017" in [f.code for f in read.findings]
        with zipfile.ZipFile(folder / rel) as zf:
            assert any(n.startswith("xl/charts/") for n in zf.namelist())
    charts_before = {rel: _charts(folder / rel) for rel in manifest.version_1}
    report = upgrade_paths([folder], standards, mode="in_place")
    upgraded = sorted(
        f.path.relative_to(folder).as_posix() for f in report.files if f.status == "upgraded"
    )
    assert upgraded == sorted(manifest.version_1)
    assert report.count("failed") == 0
    for rel in manifest.version_1:
        read = read_project_file(folder / rel, standards)
        assert read.project.meta.template_version == 2
        assert "WB-017" not in [f.code for f in read.findings]
        after = _charts(folder / rel)
        kept = {n: after[n] for n in charts_before[rel]}
        assert kept == charts_before[rel]  # the PM's chart, byte for byte
        added = sorted(set(after) - set(charts_before[rel]))  # and the burn-up chart
        assert len(added) == 1 and b"Burn-up" in after[added[0]]
    again = upgrade_paths([folder], standards, mode="in_place")
    assert again.count("upgraded") == 0


def _charts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith(("xl/charts/", "xl/comments"))}
