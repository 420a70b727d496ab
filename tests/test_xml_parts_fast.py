"""The package's small XML parts: the C parser only where no DTD can hide, and part names
matched case-insensitively (round 4a of issue 16 made both faster; what they accept and
refuse is unchanged)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from defusedxml import EntitiesForbidden

from addin.files import xml_parts
from addin.files.xml_parts import _plain_xml

RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/></Relationships>'
)
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Relationships>&b;</Relationships>'
)


@pytest.mark.parametrize(
    ("data", "plain"),
    [
        (RELS, True),
        (b"\xef\xbb\xbf" + RELS, True),  # a UTF-8 byte-order mark
        (b"<Relationships/>", True),  # no declaration: UTF-8
        (RELS.replace(b"UTF-8", b"utf8"), True),
        (BOMB, False),
        (b'<?xml version="1.0"?><!ENTITY x "y"><r/>', False),
        (RELS.replace(b"UTF-8", b"cp037"), False),  # EBCDIC could spell a DOCTYPE otherwise
        (RELS.replace(b"UTF-8", b"UTF-16"), False),
        ("<r/>".encode("utf-16"), False),  # a UTF-16 byte-order mark
        ("<r/>".encode("utf-16-le"), False),  # UTF-16 without one
        (b"  <r/>", False),  # not starting with markup: left to defusedxml
    ],
)
def test_only_parts_that_cannot_hold_a_dtd_skip_defusedxml(data: bytes, plain: bool) -> None:
    assert _plain_xml(data) is plain


def _package(tmp_path: Path, parts: dict[str, bytes]) -> zipfile.ZipFile:
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return zipfile.ZipFile(path)


def test_rels_parse_the_same_and_an_entity_bomb_is_still_refused(tmp_path: Path) -> None:
    with _package(
        tmp_path, {"xl/_rels/workbook.xml.rels": RELS, "xl/worksheets/_rels/s.xml.rels": BOMB}
    ) as zf:
        assert xml_parts._rels(zf, "xl/workbook.xml") == {"rId1": "xl/worksheets/sheet1.xml"}
        with pytest.raises(EntitiesForbidden):
            xml_parts._rels(zf, "xl/worksheets/s.xml")


def test_part_names_match_whatever_their_case_or_slashes(tmp_path: Path) -> None:
    with _package(tmp_path, {"XL\\Tables\\Table1.xml": b"<table/>", "xl/a.xml": b"<a/>"}) as zf:
        assert xml_parts.member(zf, "xl/tables/table1.xml").filename == "XL\\Tables\\Table1.xml"
        assert xml_parts.member(zf, "/XL/A.XML").filename == "xl/a.xml"
        with pytest.raises(KeyError):
            xml_parts.member(zf, "xl/tables/table2.xml")


SHEET = b'<worksheet xmlns="x"><sheetData><row r="1">%s</row></sheetData></worksheet>'


@pytest.mark.parametrize(
    ("cells", "formulas", "extent"),
    [
        # every cell r first (the usual sheet): one search decides it, the extent is exact
        (b'<c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c>', {(1, 2): "=A1*2"}, (1, 2)),
        # r after another attribute: the formula is still found, the extent bounded above
        (b'<c r="A1"><v>1</v></c><c s="2" r="B1"><f>A1*2</f></c>', {(1, 2): "=A1*2"}, (1, 4)),
        # cells without r: each follows the one before, so C1 holds a value
        (b'<c r="A1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c>', {}, (1, 4)),
    ],
)
def test_cells_without_r_first_are_still_bounded(
    cells: bytes, formulas: dict[tuple[int, int], str], extent: tuple[int, int]
) -> None:
    """Round 6a asks one search whether any cell tag lacks ``r`` first instead of counting
    three tags; where one does, the counts decide as before (formula pattern, extent)."""
    scan = xml_parts.scan_sheet(SHEET % cells)
    assert scan.formulas == formulas
    assert (scan.max_row, scan.max_col) == extent
    assert xml_parts.value_extent(SHEET % cells) == extent
