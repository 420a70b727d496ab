"""The MS-OVBA and MS-CFB writers, checked against the spec's worked examples and against
independent readers (oletools' decompressor and olevba, olefile)."""

from __future__ import annotations

import io
import random
import struct

import olefile
import pytest
from oletools.olevba import VBA_Parser, decompress_stream

from macros_bridge.cfb import CompoundFile, CompoundFileError
from macros_bridge.ovba import (
    WORKBOOK_BASE,
    OvbaError,
    VbaModule,
    build_vba_project,
    compress,
    decompress,
    decrypt_data,
    document_module,
    encrypt_data,
    normalise_source,
    project_guid,
)

RED, BLACK = 0, 1  # MS-CFB directory entry colours

# MS-OVBA section 3.2: the compression examples (input, compressed bytes).
NO_COMPRESSION = (
    b"abcdefghijklmnopqrstuv.",
    "01 19 B0 00 61 62 63 64 65 66 67 68 00 69 6A 6B 6C 6D 6E 6F 70 00 71 72 73 74 75 76 2E",
)
NORMAL = (
    b"#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa",
    "01 2F B0 00 23 61 61 61 62 63 64 65 82 66 00 70 61 67 68 69 6A 01 38 08 61 6B 6C"
    " 00 30 6D 6E 6F 70 06 71 02 70 04 10 72 73 74 75 76 10 77 78 79 7A 00 3C",
)
MAXIMUM = (b"a" * 73, "01 03 B0 02 61 45 00")


@pytest.mark.parametrize("example", [NO_COMPRESSION, MAXIMUM], ids=["no-compression", "maximum"])
def test_compression_gives_the_specs_bytes(example: tuple[bytes, str]) -> None:
    text, expected = example
    assert compress(text) == bytes.fromhex(expected)


@pytest.mark.parametrize(
    "example", [NO_COMPRESSION, NORMAL, MAXIMUM], ids=["no-compression", "normal", "maximum"]
)
def test_decompression_of_the_specs_bytes(example: tuple[bytes, str]) -> None:
    text, compressed = example
    assert decompress(bytes.fromhex(compressed)) == text


def test_normal_example_round_trips_with_the_specs_size() -> None:
    # The spec's example was made by a compressor that indexes only token starts, so it
    # picks other (equally valid) copy offsets; the tokens and the size are the same.
    text, expected = NORMAL
    ours = compress(text)
    assert len(ours) == len(bytes.fromhex(expected))
    assert decompress(ours) == text
    assert decompress_stream(bytearray(ours)) == text


def _vba_like_text(size: int) -> bytes:
    rng = random.Random(7)
    words = ["Dim", "As", "String", "If", "Then", "End", "Sub", "MsgBox", "x", "=", "1", "'"]
    lines = []
    while sum(len(line) + 2 for line in lines) < size:
        lines.append("    " * rng.randint(0, 3) + " ".join(rng.choices(words, k=rng.randint(2, 9))))
    return "\r\n".join(lines).encode()[:size]


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, 20000])
def test_multi_chunk_text_round_trips_through_oletools(size: int) -> None:
    text = _vba_like_text(size)
    ours = compress(text)
    assert decompress(ours) == text
    assert decompress_stream(bytearray(ours)) == text
    if size > 1000:
        assert len(ours) < len(text) * 0.6  # source text compresses


def test_incompressible_data_uses_raw_chunks() -> None:
    data = random.Random(3).randbytes(8192)
    ours = compress(data)
    (header,) = struct.unpack_from("<H", ours, 1)
    assert header & 0x8000 == 0  # a raw (uncompressed) chunk
    assert len(ours) == 1 + 2 * (2 + 4096)
    assert decompress_stream(bytearray(ours)) == data


def test_decompress_rejects_what_is_not_a_container() -> None:
    with pytest.raises(OvbaError, match="first byte must be 0x01"):
        decompress(b"\x02\x00")


def test_project_stream_encryption_round_trips() -> None:
    guid = project_guid("PMOAddin")
    for seed in (0x00, 0x07, 0x42, 0xFF):
        for data in (b"\x00\x00\x00\x00", b"\x00", b"\xff"):
            text = encrypt_data(data, guid, seed)
            plain, key = decrypt_data(text)
            assert plain == data
            assert key == sum(guid.encode()) & 0xFF


def test_project_guid_is_stable() -> None:
    assert project_guid("PMOAddin") == project_guid("PMOAddin")
    assert project_guid("PMOAddin") != project_guid("Other")


def _check_red_black(ole: olefile.OleFileIO) -> None:
    entries = ole.direntries

    def black_height(sid: int) -> int:
        if sid == olefile.NOSTREAM:
            return 1
        entry = entries[sid]
        left, right = black_height(entry.sid_left), black_height(entry.sid_right)
        assert left == right, f"unequal black heights under {entry.name}"
        if entry.color == RED:
            for child in (entry.sid_left, entry.sid_right):
                assert child == olefile.NOSTREAM or entries[child].color == BLACK
        return left + (1 if entry.color == BLACK else 0)

    for entry in entries:
        if entry is not None and entry.sid_child != olefile.NOSTREAM:
            black_height(entry.sid_child)


@pytest.mark.parametrize("count", [1, 2, 3, 5, 7, 12, 30])
def test_compound_file_reads_back_strictly(count: int) -> None:
    cf = CompoundFile()
    expected = {}
    for i in range(count):
        size = [0, 10, 63, 64, 65, 4095, 4096, 9000][i % 8]
        data = bytes([i % 251]) * size
        path = f"S{i % 3}/stream{i}" if i % 2 else f"top{i}"
        cf.add_stream(path, data)
        expected[path] = data
    ole = olefile.OleFileIO(io.BytesIO(cf.to_bytes()), raise_defects=olefile.DEFECT_INCORRECT)
    for path, data in expected.items():
        assert ole.openstream(path).read() == data if data else ole.get_size(path) == 0
    _check_red_black(ole)


def test_compound_file_rejects_bad_names() -> None:
    cf = CompoundFile()
    with pytest.raises(CompoundFileError, match="1 to 31"):
        cf.add_stream("x" * 32, b"")
    cf.add_stream("dir", b"1")
    with pytest.raises(CompoundFileError, match="already"):
        cf.add_stream("DIR", b"2")


def test_olevba_reads_every_module_back_identical(tmp_path) -> None:
    source = 'Option Explicit\n\nPublic Sub Hello(control As Object)\n    MsgBox "hi"\nEnd Sub\n'
    modules = [document_module("ThisWorkbook", WORKBOOK_BASE), VbaModule("Ribbon", source)]
    path = tmp_path / "vbaProject.bin"
    path.write_bytes(build_vba_project("Proj", modules))
    parser = VBA_Parser(str(path), relaxed=False)
    found = {name: code for _, _, name, code in parser.extract_macros()}
    parser.close()
    assert found["Ribbon.bas"] == normalise_source("Ribbon", source)
    assert found["ThisWorkbook.cls"].startswith('Attribute VB_Name = "ThisWorkbook"')
    assert parser.vba_projects[0][0] is not None


def test_vba_project_streams_are_what_the_spec_asks(tmp_path) -> None:
    data = build_vba_project("Proj", [VbaModule("Mod1", "Sub A()\nEnd Sub")])
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
    assert ole.openstream("VBA/_VBA_PROJECT").read() == bytes.fromhex("CC61FFFF000000")
    project = ole.openstream("PROJECT").read().decode("cp1252")
    assert "Module=Mod1\r\n" in project
    assert 'Name="Proj"' in project
    for key in ("CMG", "DPB", "GC"):
        value = project.split(f'{key}="')[1].split('"')[0]
        decrypt_data(value)  # well formed
    assert decrypt_data(project.split('GC="')[1].split('"')[0])[0] == b"\xff"
    assert ole.openstream("PROJECTwm").read().startswith(b"Mod1\x00M\x00o\x00d\x001\x00\x00\x00")
    dir_stream = decompress(ole.openstream("VBA/dir").read())
    assert dir_stream.endswith(struct.pack("<HI", 0x0010, 0))


@pytest.mark.parametrize(
    "name,error",
    [("1abc", "not a VBA name"), ("has space", "not a VBA name"), ("Proj", "used twice")],
)
def test_bad_module_names_are_refused(name: str, error: str) -> None:
    with pytest.raises(OvbaError, match=error):
        build_vba_project("Proj", [VbaModule(name, "")])


def test_source_outside_the_code_page_is_refused() -> None:
    with pytest.raises(OvbaError, match="not in cp1252"):
        build_vba_project("Proj", [VbaModule("M", "' \u4e2d")])


# Values Excel wrote into the PROJECT stream of xlwings' quickstart_addin_ribbon.xlam
# (xlwings, BSD licence): project ID, and CMG / DPB / GC for an unprotected, visible
# project without a password. Excel chose seed 0x5D and ignored bytes 9B FF.
EXCEL_PROJECT_ID = "{318BEE36-5BE1-492A-826D-473DB19B0F30}"
EXCEL_VALUES = [
    (b"\x00\x00\x00\x00", "5D5F8AADDAA8DEA8DEA8DEA8DE"),  # CMG
    (b"\x00", "5D5F8AADDAADDBADDBAD"),  # DPB
    (b"\xff", "5D5F8AADDAADDBADDB52"),  # GC
]


@pytest.mark.parametrize("data,excel", EXCEL_VALUES, ids=["CMG", "DPB", "GC"])
def test_encryption_reproduces_what_excel_wrote(data: bytes, excel: str) -> None:
    assert decrypt_data(excel) == (data, sum(EXCEL_PROJECT_ID.encode()) & 0xFF)
    assert encrypt_data(data, EXCEL_PROJECT_ID, 0x5D, ignored=b"\x9b\xff") == excel


def _record_ids(dir_stream: bytes) -> list[int]:
    ids, pos = [], 0
    while pos < len(dir_stream):
        record_id, size = struct.unpack_from("<HI", dir_stream, pos)
        ids.append(record_id)
        pos += 12 if record_id == 0x0009 else 6 + size  # PROJECTVERSION's size is reserved
    return ids


def test_dir_stream_has_the_record_sequence_excel_writes() -> None:
    """Compare with a project Excel saved (xlwings' quickstart add-in, when installed)."""
    from macros_bridge.install import xlwings_package_dir

    sample = xlwings_package_dir() / "quickstart_addin_ribbon.xlam"
    if not sample.is_file():
        pytest.skip(f"{sample} not found (it ships with xlwings)")
    import zipfile

    with zipfile.ZipFile(sample) as archive:
        excel_bin = archive.read("xl/vbaProject.bin")
    excel = _record_ids(decompress(olefile.OleFileIO(excel_bin).openstream("VBA/dir").read()))
    ours_bin = build_vba_project("Proj", [document_module("ThisWorkbook", WORKBOOK_BASE)])
    ours = _record_ids(decompress(olefile.OleFileIO(ours_bin).openstream("VBA/dir").read()))

    def shape(ids: list[int]) -> list[int]:
        # Project information up to the references, then one module's records.
        info = ids[: ids.index(0x0016)]
        first_module = ids[ids.index(0x0019) : ids.index(0x002B) + 1]
        return [*info, -1, *first_module]

    assert shape(ours) == shape(excel)
    assert ours[-1] == excel[-1] == 0x0010
