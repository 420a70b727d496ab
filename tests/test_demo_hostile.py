"""The demo's broken and hostile files: each is named by the sniffer with the kind the demo
expects, and none is bigger than a few kilobytes on disk."""

from __future__ import annotations

import zipfile
from pathlib import Path

from addin.demo import HOSTILE_FILES, make_hostile_files
from addin.files.sniff import sniff


def test_each_hostile_file_is_rejected_with_the_expected_kind(tmp_path: Path) -> None:
    expected = make_hostile_files(tmp_path)
    assert 5 <= len(expected) <= 8
    got = {name: sniff(tmp_path / name).kind for name in expected}
    assert got == expected
    for name, kind in expected.items():
        found = sniff(tmp_path / name)
        if kind == "xls":  # an old .xls is readable in principle; the rest are not
            assert found.readable
        else:
            assert not found.readable, name
        assert found.reason, name


def test_hostile_files_are_small_and_the_bomb_only_declares_its_size(tmp_path: Path) -> None:
    make_hostile_files(tmp_path)
    sizes = {p.name: p.stat().st_size for p in tmp_path.iterdir()}
    assert set(sizes) == set(HOSTILE_FILES)
    assert max(sizes.values()) < 20_000
    bomb = next(n for n, (kind, _) in HOSTILE_FILES.items() if kind == "zip_bomb")
    with zipfile.ZipFile(tmp_path / bomb) as zf:
        declared = sum(info.file_size for info in zf.infolist())
    assert declared > 4_000_000_000
    assert sizes[bomb] < 5_000


def test_the_old_xls_is_an_ole2_file_with_a_workbook_stream(tmp_path: Path) -> None:
    import olefile

    make_hostile_files(tmp_path)
    name = next(n for n, (kind, _) in HOSTILE_FILES.items() if kind == "xls")
    assert name.endswith(".xlsx")
    with olefile.OleFileIO(str(tmp_path / name)) as ole:
        assert ole.listdir() == [["Workbook"]]
        assert ole.openstream("Workbook").read(2) == b"\x09\x08"  # BIFF8 BOF record
