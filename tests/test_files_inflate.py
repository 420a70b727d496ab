"""The fast inflate of a zip member gives zipfile's bytes exactly, and leaves every case
it does not take (stored, damaged, lying about its size, another name in the local
header, no isal) to zipfile, which then raises what it always raised."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest

from addin.files import inflate, xml_parts
from addin.files.inflate import inflate_member

LIMIT = xml_parts.MAX_PART_BYTES
TEMPLATE_PATH = Path(__file__).resolve().parents[1] / "workbook_templates" / "project.xlsx"


def test_every_deflated_part_of_the_template_inflates_to_zipfiles_bytes() -> None:
    with zipfile.ZipFile(TEMPLATE_PATH) as zf:
        deflated = [i for i in zf.infolist() if i.compress_type == zipfile.ZIP_DEFLATED]
        assert len(deflated) > 20
        for info in deflated:
            assert inflate_member(zf, info, LIMIT) == zf.read(info)
        # read in any order: the zip's own reads still work after ours moved the file
        assert xml_parts.read_part(zf, "xl/workbook.xml") == zf.read("xl/workbook.xml")


def _zip(path: Path, body: bytes, kind: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/worksheets/sheet1.xml", body, kind)
    return path


BODY = b"<worksheet>" + b"<row><c><v>1</v></c></row>" * 2000 + b"</worksheet>"


def test_a_stored_member_is_left_to_zipfile(tmp_path: Path) -> None:
    path = _zip(tmp_path / "stored.xlsx", BODY, zipfile.ZIP_STORED)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        assert inflate_member(zf, info, LIMIT) is None
        assert xml_parts.read_part(zf, info.filename) == BODY


def _damaged_copy(path: Path, tmp_path: Path, offset_from_data: int) -> Path:
    """A copy with one byte of the member's compressed data changed."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename)  # writestr adds no extra field
    data[start + offset_from_data] ^= 0x55
    out = tmp_path / "damaged.xlsx"
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("offset", [3, 40, -3])
def test_a_damaged_member_raises_what_zipfile_raises(tmp_path: Path, offset: int) -> None:
    path = _zip(tmp_path / "ok.xlsx", BODY)
    with zipfile.ZipFile(path) as zf:
        size = zf.getinfo("xl/worksheets/sheet1.xml").compress_size
    damaged = _damaged_copy(path, tmp_path, offset % size)
    with zipfile.ZipFile(damaged) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        assert inflate_member(zf, info, LIMIT) is None
        with pytest.raises((zipfile.BadZipFile, zlib.error, EOFError)) as expected:
            zf.read(info)
        with pytest.raises(type(expected.value)) as got:
            xml_parts.read_part(zf, info.filename)
        assert str(got.value) == str(expected.value)


def test_a_member_larger_than_it_declares_is_refused_as_before(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ok.xlsx", BODY)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        info.file_size = 100  # the central directory lies: it unpacks to far more
        assert inflate_member(zf, info, 1000) is None
        # zipfile stops at the declared size, and its CRC-32 then does not match
        with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
            xml_parts.read_part(zf, info.filename, limit=1000)


def test_another_name_in_the_local_header_is_left_to_zipfile(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ok.xlsx", BODY)
    data = path.read_bytes()
    # the local header's copy of the name only (the central directory's is later)
    first = data.index(b"xl/worksheets/sheet1.xml")
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(data[:first] + b"xl/worksheets/sheet9.xml" + data[first + 24 :])
    with zipfile.ZipFile(renamed) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        assert inflate_member(zf, info, LIMIT) is None
        with pytest.raises(zipfile.BadZipFile, match="differ"):
            xml_parts.read_part(zf, info.filename)


def test_without_isal_zipfile_reads_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inflate, "_ISAL", None)
    with zipfile.ZipFile(TEMPLATE_PATH) as zf:
        info = zf.getinfo("xl/workbook.xml")
        assert inflate_member(zf, info, LIMIT) is None
        assert xml_parts.read_part(zf, info.filename) == zf.read(info)
