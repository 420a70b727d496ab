"""The roll-up's structure is XlsxWriter's package with its parts stored, not deflated
(addin/rollup/stored_package.py): the same parts in the same order as XlsxWriter's own
package, and the roll-up made from it the same to the compressed byte."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_rollup_sheets_aside import _inputs

from addin.rollup import build_rollup, write_rollup
from addin.rollup.stored_package import StoredWorkbook
from addin.rollup.writer import write_rollup_later, write_structure
from addin.standards import Standards


def _xlsxwriter_s_own_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """StoredWorkbook as XlsxWriter's Workbook: its packager zips (and deflates) the parts."""
    monkeypatch.setattr(
        StoredWorkbook, "_get_packager", lambda self: super(StoredWorkbook, self)._get_packager()
    )


def _members(path: Path) -> list[tuple[str, int, bytes]]:
    with zipfile.ZipFile(path) as package:
        return [(i.filename, i.compress_type, package.read(i)) for i in package.infolist()]


def _container(path: Path) -> list[tuple[object, ...]]:
    """Each member's zip facts and its compressed bytes, in order."""
    with zipfile.ZipFile(path) as package, path.open("rb") as raw:
        facts = []
        for i in package.infolist():
            raw.seek(i.header_offset)
            head = raw.read(30)
            skip = int.from_bytes(head[26:28], "little") + int.from_bytes(head[28:30], "little")
            raw.seek(i.header_offset + 30 + skip)
            facts.append(
                (
                    i.filename,
                    i.compress_type,
                    i.CRC,
                    i.file_size,
                    i.date_time,
                    i.external_attr,
                    i.flag_bits,
                    head,
                    raw.read(i.compress_size),
                )
            )
        return facts


def test_the_structure_holds_xlsxwriter_s_parts_stored(
    standards: Standards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rollup = build_rollup(_inputs(standards), standards)
    write_structure(rollup, tmp_path / "stored.xlsx", standards)
    with monkeypatch.context() as m:
        _xlsxwriter_s_own_package(m)
        write_structure(rollup, tmp_path / "deflated.xlsx", standards)
    stored, deflated = _members(tmp_path / "stored.xlsx"), _members(tmp_path / "deflated.xlsx")
    assert [(name, data) for name, _, data in stored] == [
        (name, data) for name, _, data in deflated
    ]
    assert {kind for _, kind, _ in stored} == {zipfile.ZIP_STORED}
    assert {kind for _, kind, _ in deflated} == {zipfile.ZIP_DEFLATED}
    assert len(stored) > 20 and any(name == "xl/sharedStrings.xml" for name, _, _ in stored)


@pytest.mark.parametrize("later", [False, True], ids=["at once", "Changes and Trends last"])
def test_the_rollup_is_the_same_to_the_compressed_byte(
    standards: Standards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, later: bool
) -> None:
    def written(out: Path) -> list[tuple[object, ...]]:
        out.parent.mkdir()
        rollup = build_rollup(_inputs(standards), standards)
        if later:
            write_rollup_later(rollup, out, standards, lambda: rollup)
        else:
            write_rollup(rollup, out, standards)
        assert sorted(p.name for p in out.parent.iterdir()) == [out.name], "a file left behind"
        return _container(out)

    ours = written(tmp_path / "stored" / "rollup.xlsx")
    with monkeypatch.context() as m:
        _xlsxwriter_s_own_package(m)
        theirs = written(tmp_path / "deflated" / "rollup.xlsx")
    assert ours == theirs
    assert {facts[1] for facts in ours} == {zipfile.ZIP_DEFLATED}
