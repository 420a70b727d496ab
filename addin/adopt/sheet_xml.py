"""What Excel records about each sheet besides its values, read in one pass over its XML.

Values come from the reader (calamine); everything else adoption reads from the package
is gathered here, each sheet's XML inflated and scanned once (round 11; before, the fills
and the hidden cells each read every sheet again):

- the cells with a solid fill (for RAG colours, :mod:`addin.adopt.colours`);
- hidden columns and rows (:mod:`addin.adopt.hidden`);
- the autofilter's range (``<autoFilter ref="B4:H40"/>``: its first row is a header);
- frozen panes (``<pane ySplit="4" state="frozen"/>``: the rows above the split are the
  titles and the header);
- data-validation lists (``<dataValidation type="list" sqref="F5:F200"><formula1>"Open,
  Closed"</formula1>``, and the ``x14`` form Excel writes for a list on another sheet);
- print titles (the sheet's ``_xlnm.Print_Titles`` name, ``'Risk Log'!$4:$5``: rows
  repeated on every printed page are the header).

A worksheet's XML is ordered (``sheetViews`` and ``cols`` before ``sheetData``, the
filter and the validations after it), so the parts before and after ``sheetData`` are
read for the structure and ``sheetData`` itself is scanned once, with one pattern, for
hidden rows and filled cells, and only when it can hold either.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from addin.cells import column_index, parse_range
from addin.files.xml_parts import local, read_part, read_workbook_parts, unescape_text

_PFX = rb"(?:[A-Za-z_][\w.-]*:)?"
_COL = re.compile(rb"<" + _PFX + rb"col\s([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_HIDDEN_WORDS = (b'hidden="1"', b'hidden="true"')
_MIN = re.compile(rb'\bmin="(\d{1,5})"')
_MAX = re.compile(rb'\bmax="(\d{1,5})"')
_R_ROW = re.compile(rb'\br="(\d{1,7})"')
_R_CELL = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
#: A row or cell element, with its attributes (the name without its namespace prefix).
_ELEMENT = re.compile(rb"<" + _PFX + rb"(row|c)\s([^>]*?)/?>")
_PANE = re.compile(rb"<" + _PFX + rb"pane\s([^>]*)>")
_YSPLIT = re.compile(rb'\bySplit="(\d{1,7})(?:\.0+)?"')
_STATE = re.compile(rb'\bstate="(frozen|frozenSplit)"')
_AUTOFILTER = re.compile(
    rb"<" + _PFX + rb'autoFilter\s[^>]*?\bref="([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})"'
)
_VALIDATION = re.compile(
    rb"<" + _PFX + rb"dataValidation\s([^>]*)>(.*?)</" + _PFX + rb"dataValidation>", re.DOTALL
)
_TYPE_LIST = re.compile(rb'\btype="list"')
_SQREF_ATTR = re.compile(rb'\bsqref="([^"]*)"')
_SQREF_ELEMENT = re.compile(rb"<" + _PFX + rb"sqref>([^<]*)<")
_FORMULA1 = re.compile(rb"<" + _PFX + rb"formula1>(.*?)</" + _PFX + rb"formula1>", re.DOTALL)
_F_ELEMENT = re.compile(rb"<" + _PFX + rb"f>([^<]*)<")
#: A cell holding a formula, and its saved value if any (round 29: ``<c r="H5"><f>F5*G5</f>
#: </c>`` and openpyxl's ``<f>F5*G5</f><v></v>`` have none: a formula Excel never computed;
#: an empty ``<v></v>`` in a cell typed text, ``t="str"``, is an empty text Excel computed).
_TEXT_TYPE = re.compile(rb'\bt="(?:str|s|inlineStr)"')
_EMPTY_V = re.compile(rb"<" + _PFX + rb"v>\s*</" + _PFX + rb"v>|<" + _PFX + rb"v\s*/>")
_FORMULA_CELL = re.compile(
    rb"<" + _PFX + rb"c\s([^>]*?)>\s*<" + _PFX + rb"f\b[^>]*?(?:/>|>([^<]*)</" + _PFX + rb"f>)"
    rb"\s*(<" + _PFX + rb"v>[^<]*</" + _PFX + rb"v>|<" + _PFX + rb"v\s*/>)?"
)
#: The largest validation range read whole: a list on a whole column (``F:F``) is cut to it.
MAX_ROWS = 20_000


@dataclass
class Validation:
    """A data-validation list on some cells: where (ranges) and what (Excel's formula)."""

    ranges: list[tuple[int, int, int, int]]  # (r1, c1, r2, c2), 1-based
    formula: str  # '"Open,Closed"', "$K$2:$K$5", "Lists!$A$2:$A$6", "StatusList"


@dataclass
class SheetFacts:
    """One sheet's facts beyond its values (1-based rows and columns)."""

    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> "FF0000"
    hidden_cols: set[int] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    autofilter: tuple[int, int, int, int] | None = None  # (r1, c1, r2, c2)
    frozen_rows: int = 0  # rows above a frozen split (0: none)
    print_title_rows: tuple[int, int] | None = None  # (first, last) repeated on each page
    validations: list[Validation] = field(default_factory=list)
    #: cells in a strikethrough font (round 27: a row a PM crossed out, ``deleted_rows.py``)
    struck: set[tuple[int, int]] = field(default_factory=set)
    #: cells holding a formula with no value saved -> the formula (round 29,
    #: ``formula_columns.py``; a shared formula's later cells: ``""``)
    uncomputed: dict[tuple[int, int], str] = field(default_factory=dict)

    def header_rows(self) -> dict[int, bool]:
        """The rows Excel's records name as a header -> whether the record is on the row
        itself (the filter's buttons stand on its first row; print titles repeat the
        header) rather than beside it (frozen panes split under the last frozen row, which
        is often, not always, the header)."""
        rows: dict[int, bool] = {}
        if self.frozen_rows:
            rows[self.frozen_rows] = False
        if self.print_title_rows is not None:
            rows[self.print_title_rows[1]] = True
        if self.autofilter is not None:
            rows[self.autofilter[0]] = True
        return rows


@dataclass
class WorkbookFacts:
    """Every worksheet's facts, and the workbook's defined names (for validation lists)."""

    sheets: dict[str, SheetFacts] = field(default_factory=dict)
    defined_names: dict[str, str] = field(default_factory=dict)

    def of(self, sheet: str) -> SheetFacts:
        return self.sheets.get(sheet) or SheetFacts()


def read_facts(path: Path | None) -> WorkbookFacts:
    """The facts of every worksheet of the Excel package at ``path``; empty for no path or
    a file that is not an Excel package (.xls, .ods: their records are not read)."""
    if path is None:
        return WorkbookFacts()
    try:
        with zipfile.ZipFile(str(path)) as zf:
            parts = read_workbook_parts(zf)
            styles = solid_styles(zf)
            struck = struck_styles(zf)
            facts = WorkbookFacts(defined_names=dict(parts.defined_names))
            for sheet in parts.sheets:
                if not sheet.part or sheet.kind != "worksheet":
                    continue
                try:
                    data = read_part(zf, sheet.part)
                except (KeyError, ValueError, zipfile.BadZipFile, zlib.error):
                    continue  # a damaged part: its values are the reader's to report
                found = scan(data, styles)
                if struck:
                    found.struck = struck_cells(data, struck)
                titles = parts.local_names.get((sheet.name, "_xlnm.Print_Titles"))
                found.print_title_rows = print_title_rows(titles or "")
                facts.sheets[sheet.name] = found
            return facts
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, RuntimeError):
        return WorkbookFacts()


def scan(data: bytes, styles: dict[bytes, str] | None = None) -> SheetFacts:
    """One sheet's XML, read once: the structure before and after ``sheetData``, and
    ``sheetData`` scanned with one pattern for hidden rows and cells of ``styles``
    (style index as the XML writes it -> fill colour)."""
    facts = SheetFacts()
    first = data.find(b"sheetData")  # plain byte searches: the body is most of the part
    last = data.rfind(b"sheetData")
    if first < 0:
        body_from = body_to = len(data)
        tail_from = len(data)
    else:
        body_from = max(data.rfind(b"<", 0, first), 0)
        closing = data.find(b">", last)
        tail_from = len(data) if closing < 0 else closing + 1
        body_to = max(data.rfind(b"<", 0, last), body_from)
    head, tail = data[:body_from], data[tail_from:]
    _read_head(head, facts)
    _read_tail(tail, facts)
    if data.find(b"<f", body_from, body_to) >= 0 or data.find(b":f>", body_from, body_to) >= 0:
        for match in _FORMULA_CELL.finditer(data, body_from, body_to):
            saved = match.group(3)
            if saved is not None and (
                _EMPTY_V.fullmatch(saved) is None or _TEXT_TYPE.search(match.group(1))
            ):
                continue  # a value saved (``<v>12</v>``), or an empty text Excel computed
            ref = _R_CELL.search(match.group(1))
            if ref is not None:
                cell = (int(ref.group(2)), column_index(ref.group(1).decode()))
                formula = (match.group(2) or b"").decode("utf-8", "replace")
                facts.uncomputed[cell] = unescape_text(formula)
    hidden_rows = any(data.find(word, body_from, body_to) >= 0 for word in _HIDDEN_WORDS)
    if not hidden_rows and not styles:
        return facts
    # one pattern for both: the attributes that matter, each then placed in its element
    wanted = [rb'\bhidden="(?:1|true)"'] if hidden_rows else []
    if styles:
        wanted.append(rb'\bs="(' + b"|".join(re.escape(k) for k in sorted(styles)) + rb')"')
    for match in re.compile(b"|".join(wanted)).finditer(data, body_from, body_to):
        start = data.rfind(b"<", body_from, match.start())
        end = data.find(b">", match.end())
        if start < 0 or end < 0:
            continue
        element = _ELEMENT.match(data, start, end + 1)
        if element is None:
            continue
        name, attrs = element.group(1), element.group(2)
        style = match.group(1) if styles else None
        if name == b"row" and style is None:
            row = _R_ROW.search(attrs)
            if row:
                facts.hidden_rows.add(int(row.group(1)))
        elif name == b"c" and style is not None and styles is not None:
            ref = _R_CELL.search(attrs)
            if ref is not None:
                cell = (int(ref.group(2)), column_index(ref.group(1).decode()))
                facts.fills[cell] = styles[style]
    return facts


def _read_head(head: bytes, facts: SheetFacts) -> None:
    for match in _COL.finditer(head):
        attrs = match.group(1)
        low, high = _MIN.search(attrs), _MAX.search(attrs)
        if _HIDDEN.search(attrs) and low and high:
            first, last = int(low.group(1)), min(int(high.group(1)), 16384)
            if last - first < 1000:  # a hidden tail of the sheet (max="16384") is no column
                facts.hidden_cols.update(range(first, last + 1))
    for match in _PANE.finditer(head):
        attrs = match.group(1)
        split = _YSPLIT.search(attrs)
        if split and _STATE.search(attrs):
            facts.frozen_rows = int(split.group(1))


def _read_tail(tail: bytes, facts: SheetFacts) -> None:
    found = _AUTOFILTER.search(tail)
    if found:
        with contextlib.suppress(ValueError):
            facts.autofilter = parse_range(found.group(1).decode())
    for match in _VALIDATION.finditer(tail):
        attrs, body = match.group(1), match.group(2)
        if not _TYPE_LIST.search(attrs):
            continue
        formula = _FORMULA1.search(body)
        if formula is None:
            continue
        text = formula.group(1)
        inner = _F_ELEMENT.search(text)  # x14: <x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f>
        sqref = _SQREF_ATTR.search(attrs) or _SQREF_ELEMENT.search(body)
        if sqref is None:
            continue
        ranges = _ranges(sqref.group(1).decode())
        if ranges:
            raw = (inner.group(1) if inner else text).decode("utf-8", "replace")
            facts.validations.append(Validation(ranges, unescape_text(raw).strip()))


def _ranges(sqref: str) -> list[tuple[int, int, int, int]]:
    """``"F5:F200 H5"`` -> [(5, 6, 200, 6), (5, 8, 5, 8)]; whole columns (``F:F``) are cut
    to :data:`MAX_ROWS` rows."""
    out = []
    for part in sqref.replace("$", "").split():
        if re.fullmatch(r"[A-Z]{1,3}:[A-Z]{1,3}", part):
            left, right = part.split(":")
            part = f"{left}1:{right}{MAX_ROWS}"
        try:
            r1, c1, r2, c2 = parse_range(part)
        except ValueError:
            continue
        out.append((r1, c1, min(r2, MAX_ROWS), c2))
    return out


_TITLE_ROWS = re.compile(r"(?:^|!)\$?(\d{1,7}):\$?(\d{1,7})$")


def print_title_rows(reference: str) -> tuple[int, int] | None:
    """The rows of a ``_xlnm.Print_Titles`` reference (``'Risk Log'!$4:$5``, or columns
    and rows ``Sheet1!$A:$B,Sheet1!$1:$3``): (4, 5); None when it repeats no rows."""
    for part in reference.split(","):
        found = _TITLE_ROWS.search(part.strip())
        if found:
            first, last = int(found.group(1)), int(found.group(2))
            if 1 <= first <= last:
                return first, last
    return None


def solid_styles(zf: zipfile.ZipFile) -> dict[bytes, str]:
    """Cell style index (as the sheet XML writes it) -> fill colour, for the styles whose
    fill is a solid pattern of an explicit colour (``"FF0000"``, ``"theme 5"``,
    ``"indexed 64"``); styles with no solid fill are left out, and a package whose styles
    hold none gives an empty map without parsing them."""
    from defusedxml import ElementTree as SafeET

    try:
        data = read_part(zf, "xl/styles.xml", 32 * 1024 * 1024)
    except (KeyError, ValueError):
        return {}
    if b"solid" not in data:
        return {}
    try:
        root = SafeET.fromstring(data)
    except ElementTree.ParseError:  # styles that are no XML: no fills (the values are read)
        return {}
    fills: list[str | None] = []
    xfs: list[int] = []
    for element in root:
        tag = local(element.tag)
        if tag == "fills":
            for fill in element:
                fills.append(_fill_colour(fill))
        elif tag == "cellXfs":
            for xf in element:
                try:
                    xfs.append(int(xf.get("fillId") or 0))
                except ValueError:
                    xfs.append(0)
    out: dict[bytes, str] = {}
    for index, fill_id in enumerate(xfs):
        colour = fills[fill_id] if 0 <= fill_id < len(fills) else None
        if colour is not None:
            out[str(index).encode()] = colour
    return out


def struck_styles(zf: zipfile.ZipFile) -> set[bytes]:
    """The cell style indexes (as the sheet XML writes them) whose font is struck through
    (round 27: a PM crosses out a row rather than delete it); empty without parsing when
    the package's styles hold no strikethrough font."""
    from defusedxml import ElementTree as SafeET

    try:
        data = read_part(zf, "xl/styles.xml", 32 * 1024 * 1024)
    except (KeyError, ValueError):
        return set()
    if b"strike" not in data:
        return set()
    try:
        root = SafeET.fromstring(data)
    except ElementTree.ParseError:
        return set()
    fonts: list[bool] = []
    xfs: list[int] = []
    for element in root:
        tag = local(element.tag)
        if tag == "fonts":
            for font in element:
                fonts.append(
                    any(
                        local(part.tag) == "strike" and part.get("val", "1") not in ("0", "false")
                        for part in font
                    )
                )
        elif tag == "cellXfs":
            for xf in element:
                try:
                    xfs.append(int(xf.get("fontId") or 0))
                except ValueError:
                    xfs.append(0)
    return {
        str(index).encode()
        for index, font_id in enumerate(xfs)
        if 0 <= font_id < len(fonts) and fonts[font_id]
    }


def struck_cells(data: bytes, styles: set[bytes]) -> set[tuple[int, int]]:
    """The cells of one sheet's XML whose style is one of ``styles`` (struck through)."""
    out: set[tuple[int, int]] = set()
    pattern = re.compile(
        rb"<"
        + _PFX
        + rb"c\s([^>]*?\bs=\"(?:"
        + b"|".join(re.escape(k) for k in sorted(styles))
        + rb')"[^>]*)>'
    )
    for match in pattern.finditer(data):
        ref = _R_CELL.search(match.group(1))
        if ref is not None:
            out.add((int(ref.group(2)), column_index(ref.group(1).decode())))
    return out


def _fill_colour(fill: object) -> str | None:
    from addin.adopt.colours import INDEXED

    for pattern in fill:  # type: ignore[attr-defined]
        if local(pattern.tag) != "patternFill" or pattern.get("patternType") != "solid":
            continue
        for colour in pattern:
            if local(colour.tag) != "fgColor":
                continue
            rgb = colour.get("rgb")
            if rgb and len(rgb) in (6, 8):
                return str(rgb[-6:].upper())
            indexed = colour.get("indexed")
            if indexed and indexed.isdigit():
                return INDEXED.get(int(indexed), f"indexed {indexed}")
            theme = colour.get("theme")
            if theme is not None:
                return f"theme {theme}"
    return None


__all__ = ["SheetFacts", "Validation", "WorkbookFacts", "print_title_rows", "read_facts", "scan"]
