"""The small parts' parses kept by content (round 7b of issue 16): a worker reads 150
workbooks a template made, whose workbook.xml, relationships and table parts are the same
bytes; each distinct part is parsed once. What is read, and what is refused, is unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

import pytest
from defusedxml import EntitiesForbidden

from addin.files import xml_parts

NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
ROOT_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="x/officeDocument" Target="xl/workbook.xml"/>'
    b"</Relationships>"
)
WORKBOOK = (
    b"<workbook " + NS + b" " + RNS + b"><sheets>"
    b'<sheet name="Risks" sheetId="1" r:id="rId1"/>'
    b'<sheet name="_pmo" sheetId="2" state="hidden" r:id="rId2"/></sheets>'
    b'<definedNames><definedName name="Owner">Risks!$B$2</definedName>'
    b'<definedName name="Local" localSheetId="0">Risks!$C$3</definedName></definedNames>'
    b'<calcPr fullCalcOnLoad="1"/></workbook>'
)
WORKBOOK_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="w" Target="worksheets/sheet1.xml"/>'
    b'<Relationship Id="rId2" Type="w" Target="worksheets/sheet2.xml"/></Relationships>'
)
SHEET_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="t" Target="../tables/table1.xml"/></Relationships>'
)
TABLE = (
    b"<table " + NS + b' id="1" name="T1" displayName="tblRisks" ref="$A$1:$V$61" '
    b'headerRowCount="1" totalsRowCount="0"><tableColumns count="1"/></table>'
)
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><table>&b;</table>'
)


def _package(path: Path, **changed: bytes) -> zipfile.ZipFile:
    parts = {
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS,
        "xl/tables/table1.xml": TABLE,
    }
    for key, data in changed.items():
        parts[key.replace("__", "/").replace("_dot_", ".")] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return zipfile.ZipFile(path)


def test_two_workbooks_with_the_same_parts_read_the_same(tmp_path: Path) -> None:
    with _package(tmp_path / "a.xlsx") as first, _package(tmp_path / "b.xlsx") as second:
        parts = xml_parts.read_workbook_parts(first)
        assert [(s.name, s.part, s.state) for s in parts.sheets] == [
            ("Risks", "xl/worksheets/sheet1.xml", "visible"),
            ("_pmo", "xl/worksheets/sheet2.xml", "hidden"),
        ]
        assert parts.defined_names == {"Owner": "Risks!$B$2"}
        assert parts.local_names == {("Risks", "Local"): "Risks!$C$3"}
        assert parts.full_calc_on_load is True
        parts.sheets.clear()  # the caller's own copy: the next read is whole
        parts.defined_names["Owner"] = "changed"
        again = xml_parts.read_workbook_parts(second)
        assert [s.name for s in again.sheets] == ["Risks", "_pmo"]
        assert again.defined_names == {"Owner": "Risks!$B$2"}
        for zf in (first, second):
            (table,) = xml_parts.read_tables(zf, again.sheets)
            assert (table.name, table.sheet, table.ref) == ("tblRisks", "Risks", "A1:V61")
            assert (table.header_rows, table.totals_rows) == (1, 0)


def test_a_different_table_part_is_read_for_itself(tmp_path: Path) -> None:
    wider = TABLE.replace(b"$V$61", b"$V$90").replace(b'totalsRowCount="0"', b'totalsRowCount="1"')
    with (
        _package(tmp_path / "a.xlsx") as first,
        _package(tmp_path / "b.xlsx", xl__tables__table1_dot_xml=wider) as second,
    ):
        sheets = xml_parts.read_workbook_parts(first).sheets
        assert xml_parts.read_tables(first, sheets)[0].ref == "A1:V61"
        (table,) = xml_parts.read_tables(second, sheets)
        assert (table.ref, table.totals_rows) == ("A1:V90", 1)


def test_a_hostile_or_broken_part_is_refused_every_time(tmp_path: Path) -> None:
    with _package(tmp_path / "bomb.xlsx", xl__tables__table1_dot_xml=BOMB) as zf:
        sheets = xml_parts.read_workbook_parts(zf).sheets
        for _ in range(2):  # a refusal is not kept: the second read refuses again
            with pytest.raises(EntitiesForbidden):
                xml_parts.read_tables(zf, sheets)
    broken = WORKBOOK.replace(b"</sheets>", b"</sheet>")
    with _package(tmp_path / "broken.xlsx", xl__workbook_dot_xml=broken) as zf:
        for _ in range(2):
            with pytest.raises(ParseError):
                xml_parts.read_workbook_parts(zf)
    count = b'headerRowCount="one"'
    with _package(
        tmp_path / "count.xlsx",
        xl__tables__table1_dot_xml=TABLE.replace(b'headerRowCount="1"', count),
    ) as zf:
        for _ in range(2):
            with pytest.raises(ValueError):
                xml_parts.read_tables(zf, xml_parts.read_workbook_parts(zf).sheets)
