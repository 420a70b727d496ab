"""Broken and hostile files, as a shared project folder really collects them: an old .xls
renamed .xlsx, a truncated copy, a CSV export renamed .xlsx, an Excel lock file, a zip
bomb (a tiny file whose zip directory declares gigabytes), a workbook with a DOCTYPE in a
sheet part, an empty file and a text note. Each must be named by the sniffer
(:func:`addin.files.sniff.sniff`) with the kind recorded here, and never stop a batch.

Nothing here writes more than a few kilobytes; the zip bomb only *declares* its size.
"""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import xlsxwriter

HOSTILE_FOLDER = "incoming"

_ENDOFCHAIN = 0xFFFFFFFE
_FREESECT = 0xFFFFFFFF
_FATSECT = 0xFFFFFFFD
_NOSTREAM = 0xFFFFFFFF
#: Member timestamps of the zips written here: fixed, so the files are reproducible.
_ZIP_TIME = (2024, 1, 8, 9, 0, 0)


def _small_xlsx() -> bytes:
    """A small, valid workbook, in memory (the raw material of several hostile files)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2024, 1, 8, 9, 0, 0)})
    sheet = book.add_worksheet("Budget")
    sheet.write_row(0, 0, ("Cost Line", "Budget", "Actual"))
    for row in range(1, 60):
        sheet.write_row(row, 0, (f"Line {row}", 1000 * row, 950 * row))
    book.close()
    return buffer.getvalue()


def _dir_entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)  # name length, type, colour black
        + struct.pack("<III", _NOSTREAM, _NOSTREAM, child)  # left, right, child
        + b"\0" * 16  # CLSID
        + struct.pack("<I", 0)  # state bits
        + b"\0" * 16  # creation and modification times
        + struct.pack("<IQ", start, size)
    )


def old_xls_bytes() -> bytes:
    """An OLE2 compound file holding a ``Workbook`` stream that starts with a BIFF8 BOF
    record: how an Excel 97-2003 .xls begins (not a complete workbook)."""
    sector = 512
    stream_sectors = 8  # 4096 bytes: at the mini-stream cutoff, so kept in normal sectors
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIII", header, 44, 1, 1, 0, 4096, _ENDOFCHAIN)  # FAT count, dir start
    struct.pack_into("<II", header, 64, 0, _ENDOFCHAIN)  # mini FAT count, DIFAT start
    struct.pack_into("<I", header, 72, 0)  # DIFAT count
    difat = [0] + [_FREESECT] * 108  # the FAT lives in sector 0
    struct.pack_into("<109I", header, 76, *difat)
    fat = [_FATSECT, _ENDOFCHAIN]
    fat += [3 + n for n in range(stream_sectors - 1)] + [_ENDOFCHAIN]
    fat += [_FREESECT] * (128 - len(fat))
    directory = (
        _dir_entry("Root Entry", 5, 1, _ENDOFCHAIN, 0)
        + _dir_entry("Workbook", 2, _NOSTREAM, 2, stream_sectors * sector)
        + (
            b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", *(3 * [_NOSTREAM]))
        ).ljust(128, b"\0")
        * 2
    )
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 1996, 0, 0x0006)
    eof = struct.pack("<HH", 0x000A, 0)
    stream = (bof + eof).ljust(stream_sectors * sector, b"\0")
    return bytes(header) + struct.pack("<128I", *fat) + directory + stream


def truncated_bytes() -> bytes:
    """The first part of a real workbook: a copy that stopped half way."""
    data = _small_xlsx()
    return data[: len(data) * 55 // 100]


def zip_bomb_bytes() -> bytes:
    """A small zip whose directory declares a sheet of about 4 GB unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, content in (
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("xl/worksheets/sheet1.xml", b" " * 1_000_000),
        ):
            info = zipfile.ZipInfo(member, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content)
    data = bytearray(buffer.getvalue())
    declared = 0xFFFF0000
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04" + data[4:6], 0)
    while local != -1:
        (name_len,) = struct.unpack_from("<H", data, local + 26)
        if data[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, declared)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        (name_len,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def doctype_bytes() -> bytes:
    """A real workbook whose sheet part declares a DOCTYPE with nested entities."""
    source = zipfile.ZipFile(io.BytesIO(_small_xlsx()))
    buffer = io.BytesIO()
    entities = (
        b'<!DOCTYPE worksheet [<!ENTITY a "budget"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                declaration_end = data.index(b"?>") + 2
                data = data[:declaration_end] + entities + data[declaration_end:]
            target.writestr(info, data)
    return buffer.getvalue()


def lock_file_bytes(user: str = "j.smith") -> bytes:
    """What Excel writes to ``~$Name.xlsx`` while ``Name.xlsx`` is open: the user's name."""
    name = user.encode("ascii")
    wide = user.encode("utf-16-le")
    return (bytes([len(name)]) + name.ljust(53, b" ") + bytes([len(user), 0]) + wide).ljust(
        165, b" "
    )


CSV_TEXT = (
    "Project ID,Project Name,Budget,Actual,Forecast\r\n"
    "PRJ-0101,Cloud Landing Zone,420000,180500,402000\r\n"
    "PRJ-0102,Customer Data Platform,615000,240000,630000\r\n"
    "PRJ-0103,Supplier Portal,98000,61000,99500\r\n"
)
NOTE_TEXT = (
    "Reminder for the monthly cycle\n"
    "Send the status workbook to the PMO mailbox by the second working day\n"
    "Use the standard template from the intranet\n"
)

#: file name -> (kind the sniffer must report, what it is)
HOSTILE_FILES: dict[str, tuple[str, str]] = {
    "Steering pack 2019.xlsx": ("xls", "an Excel 97-2003 .xls renamed .xlsx"),
    "Cloud Landing Zone budget (partial upload).xlsx": ("truncated", "a copy cut off half way"),
    "Resource export.xlsx": ("csv", "a CSV export renamed .xlsx"),
    "~$Portfolio dashboard.xlsx": ("lockfile", "an Excel lock file left by an open workbook"),
    "Benefits tracker.xlsx": ("zip_bomb", "a zip whose directory declares ~4 GB unpacked"),
    "Lessons learned.xlsx": ("doctype", "a workbook with a DOCTYPE and entities in a sheet part"),
    "Weekly status.xlsx": ("empty", "an empty file (0 bytes)"),
    "Read me first.xlsx": ("text", "a text note saved with a workbook name"),
}


def _content(name: str) -> bytes:
    kind = HOSTILE_FILES[name][0]
    makers = {
        "xls": old_xls_bytes,
        "truncated": truncated_bytes,
        "csv": lambda: CSV_TEXT.encode("utf-8"),
        "lockfile": lock_file_bytes,
        "zip_bomb": zip_bomb_bytes,
        "doctype": doctype_bytes,
        "empty": lambda: b"",
        "text": lambda: NOTE_TEXT.encode("utf-8"),
    }
    return makers[kind]()


def make_hostile_files(folder: Path) -> dict[str, str]:
    """Write the hostile files into ``folder``; returns file name -> the kind the sniffer
    must report (:data:`HOSTILE_FILES`)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in HOSTILE_FILES:
        (folder / name).write_bytes(_content(name))
    return {name: kind for name, (kind, _what) in HOSTILE_FILES.items()}
