"""Consolidation screens a file from one read (``sniff_content``): every verdict, reason
and fix must be the one ``sniff`` gives from the path, and the output markers the ones
``custom_properties_xml`` reads, for real, hostile and damaged files alike."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from addin.demo.hostile import make_hostile_files
from addin.files.sniff import _head, _Heads, sniff, sniff_content
from addin.files.xml_parts import custom_properties_xml

TEMPLATE = Path(__file__).resolve().parent.parent / "workbook_templates" / "project.xlsx"
ROLLUP_PROPS = (
    '<?xml version="1.0" encoding="UTF-8"?><Properties><property name="PMO">roll-up</property>'
    "</Properties>"
)


def _with_custom(src: Path, dest: Path, text: str) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("docProps/custom.xml", text)
    return dest


def _damaged(data: bytes, rng: random.Random, path: Path) -> Path:
    buf = bytearray(data)
    if rng.random() < 0.3:
        buf = buf[: rng.randrange(1, len(buf))]
    else:
        for _ in range(rng.randint(1, 12)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    path.write_bytes(bytes(buf))
    return path


def _agree(path: Path) -> None:
    kind, custom = sniff_content(path, path.read_bytes())
    assert kind == sniff(path), path.name
    assert custom == (custom_properties_xml(path) if kind.readable and kind.kind != "xls" else "")


def test_hostile_files_screen_as_sniffed(tmp_path: Path) -> None:
    expected = make_hostile_files(tmp_path)
    for name, kind in expected.items():
        assert sniff_content(tmp_path / name, (tmp_path / name).read_bytes())[0].kind == kind
        _agree(tmp_path / name)


def test_the_template_and_a_marked_copy(tmp_path: Path) -> None:
    _agree(TEMPLATE)
    marked = _with_custom(TEMPLATE, tmp_path / "rollup.xlsx", ROLLUP_PROPS)
    kind, custom = sniff_content(marked, marked.read_bytes())
    assert kind.readable and custom == ROLLUP_PROPS


@pytest.mark.parametrize("seed", range(4))
def test_damaged_copies_screen_as_sniffed(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    data = _with_custom(TEMPLATE, tmp_path / "src.xlsx", ROLLUP_PROPS).read_bytes()
    for n in range(60):
        _agree(_damaged(data, rng, tmp_path / f"case{n}.xlsx"))


def test_part_heads_asked_again_in_any_order_read_as_the_first_time(tmp_path: Path) -> None:
    """A part read again (a smaller or a larger head, the whole of it) gives what a first
    read of it gives, also when an earlier, larger read of it failed."""
    data = bytearray(TEMPLATE.read_bytes())
    path = tmp_path / "p.xlsx"
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        names = [i.filename for i in zf.infolist()]
    at = data.index(b"xl/worksheets/sheet2.xml", data.index(b"PK\x03\x04")) + 40
    data[at + 200] ^= 0x55  # a byte deep inside a deflated sheet
    path.write_bytes(bytes(data))
    rng = random.Random(7)
    with zipfile.ZipFile(path) as zf:
        heads = _Heads(zf, path)
        for _ in range(400):
            name, size = rng.choice(names), rng.choice([0, 1, 50, 4096, 100_000, 10**7])
            assert heads.read(name, size) == _Heads(zf, path).read(name, size), (name, size)
        assert heads.seen  # (what is read again comes from there)
        assert heads.read("xl/worksheets/sheet2.xml", 10**7) == b""  # damaged: as zipfile
        assert _head(zf, "xl/worksheets/sheet2.xml", 10**7) == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_in_the_folder_is_rejected_not_waited_on(tmp_path: Path) -> None:
    """Screening reads files whole: a FIFO named like a workbook would block the run (it
    did, with the cache on, before screening read each file once); it is rejected."""
    folder = tmp_path / "portfolio"
    folder.mkdir()
    shutil.copy(TEMPLATE, folder / "PRJ-1.xlsx")
    os.mkfifo(folder / "pipe.xlsx")
    command = ["consolidate", str(folder), "--json", "--as-of", "2026-11-30", "--no-store"]
    out = subprocess.run(
        [sys.executable, "-m", "addin.cli", *command],
        capture_output=True,
        text=True,
        timeout=120,
    )
    files = {f["file"]: f for f in json.loads(out.stdout)["files"]}
    assert (files["pipe.xlsx"]["status"], files["pipe.xlsx"]["kind"]) == ("rejected", "not_a_file")
    assert files["PRJ-1.xlsx"]["status"] != "rejected"
