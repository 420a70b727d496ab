"""What Excel records, read from a package whose styles part is damaged: the rest is read
(addin/adopt/sheet_xml.py), and adoption does not stop on it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from addin.adopt.sheet_xml import read_facts


def _workbook(tmp_path: Path, styles_tail: bytes) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    ws.append(["ID", "Title", "Owner", "Status"])
    for n in range(1, 6):
        ws.append([f"R-{n:03d}", f"Risk {n}", "Ann", "Open"])
    ws.column_dimensions["D"].hidden = True
    ws.auto_filter.ref = "A1:D6"
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(damaged, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/styles.xml":
                data = data.replace(b"</styleSheet>", styles_tail + b"</styleSheet>")
            zout.writestr(info, data)
    return damaged


def test_malformed_styles_leave_the_other_records_read(tmp_path: Path) -> None:
    # a solid fill whose tags do not close: the styles part is no XML
    path = _workbook(tmp_path, b"<fills><fill><patternFill patternType='solid'></fill></fills>")
    facts = read_facts(path)  # before: xml.etree.ElementTree.ParseError out of pmo adopt
    sheet = facts.of("Risks")
    assert sheet.fills == {}
    assert sheet.hidden_cols == {4}
    assert sheet.autofilter == (1, 1, 6, 4)


def test_a_damaged_sheet_part_is_passed_over(tmp_path: Path) -> None:
    path = _workbook(tmp_path, b"")
    deflated = tmp_path / "deflated.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(deflated, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info), compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(deflated.read_bytes())
    with zipfile.ZipFile(deflated) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + 8] = b"\xff" * 8  # the deflate stream no longer decodes
    deflated.write_bytes(bytes(data))
    facts = read_facts(deflated)  # before: zlib.error
    assert facts.of("Risks").hidden_cols == set()
