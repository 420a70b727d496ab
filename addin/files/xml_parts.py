"""What calamine does not tell: the package's XML parts, scanned directly from the zip.

Sheet order, names, visibility and XML paths (``xl/workbook.xml`` and its rels), defined
names, Excel tables (``xl/tables/*.xml``), and per sheet: formula cells and which of them
have no cached value, error cells (calamine returns ``''`` for ``#REF!``), merged ranges
and the extent of the cells that hold a value.

Only call these on a file :func:`addin.files.sniff.sniff` accepted: it has rejected XML
with a DOCTYPE and zips that declare absurd sizes. Small parts are parsed with defusedxml;
sheet XML (which can be large) is scanned with compiled byte patterns, never a DOM.
Namespace prefixes are tolerated, so Strict Open XML parts scan like transitional ones.
"""

from __future__ import annotations

import os
import posixpath
import re
import weakref
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, TypeVar
from xml.etree import ElementTree
from xml.etree.ElementTree import Element
from xml.parsers import expat

from defusedxml import ElementTree as SafeET

from addin.cells import column_index, parse_range
from addin.files.inflate import inflate_member
from addin.host import CellFormats, TableInfo

_T = TypeVar("_T")

#: Largest XML part (decompressed bytes) this module will read into memory.
MAX_PART_BYTES = 256 * 1024 * 1024


class PartTooLargeError(ValueError):
    """A part is larger than :data:`MAX_PART_BYTES` when decompressed."""


@dataclass(frozen=True)
class SheetEntry:
    """A sheet as workbook.xml lists it."""

    name: str
    part: str  # "xl/worksheets/sheet1.xml" ("" when the relationship is missing)
    state: str = "visible"  # "visible", "hidden", "veryHidden"
    kind: str = "worksheet"  # "worksheet", "chartsheet", "dialogsheet", "macrosheet"


@dataclass
class SheetScan:
    """What a sheet's XML says beyond its values."""

    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) 1-based
    uncached: set[tuple[int, int]] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # "#REF!"
    merged: list[str] = field(default_factory=list)
    max_row: int = 0  # extent of the cells that hold a value or formula
    max_col: int = 0
    dimension: str = ""
    #: round 37 (px41): cells shown in a number format writing text beside the number
    #: (``#,##0 "SGD"``), by (row, col): :func:`text_formats`, :func:`formatted_cells`
    formats: Mapping[tuple[int, int], str] = field(default_factory=dict)


def local(tag: str) -> str:
    """``{ns}sheet`` -> ``sheet``."""
    return tag.rsplit("}", 1)[-1]


def read_part(zf: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytes:
    """A part's bytes, refusing one that declares (or turns out) larger than ``limit``."""
    info = member(zf, name)
    if info.file_size > limit:
        raise PartTooLargeError(f"{name} is {info.file_size:,} bytes when unpacked")
    data = inflate_member(zf, info, limit)  # the plain case, twice as fast; else zipfile
    if data is None:
        with zf.open(info) as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise PartTooLargeError(f"{name} is larger than {limit:,} bytes when unpacked")
    return data


#: Largest ``docProps/custom.xml`` read for the output markers (a real one is a few KB).
MAX_CUSTOM_PROPERTIES = 1_000_000


def custom_properties_xml(path: str | os.PathLike[str]) -> str:
    """The text of a package's ``docProps/custom.xml`` ('' when the file is no zip, has
    none, or holds one over :data:`MAX_CUSTOM_PROPERTIES`): where this tool's outputs carry
    their markers (a roll-up, a report), read once for all of them."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("docProps/custom.xml")
            if info.file_size > MAX_CUSTOM_PROPERTIES:
                return ""
            return zf.read(info).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return ""


def member(zf: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    """The zip member of part ``name``. Part names are case-insensitive (OPC), and some
    Windows zip tools store ``xl\\tables\\table1.xml``: both are matched when the exact
    name is absent. Raises KeyError like ``ZipFile.getinfo``."""
    try:
        return zf.getinfo(name)
    except KeyError:
        folded = _FOLDED.get(zf)
        if folded is None:  # once per package: a sheet without relationships asks each time
            folded = {}
            for info in zf.infolist():
                folded.setdefault(info.filename.replace("\\", "/").lstrip("/").casefold(), info)
            if zf.mode == "r":  # nothing is added to it later
                _FOLDED[zf] = folded
        found = folded.get(name.replace("\\", "/").lstrip("/").casefold())
        if found is None:
            raise
        return found


#: Each package's member names as :func:`member` matches them, made on its first miss.
_FOLDED: weakref.WeakKeyDictionary[zipfile.ZipFile, dict[str, zipfile.ZipInfo]] = (
    weakref.WeakKeyDictionary()
)


def parse_xml(data: bytes) -> Element:
    """A part's XML tree; entities and DTDs refused (defusedxml) wherever one may be."""
    # no DTD possible: the C parser, 2-3x faster than defusedxml's Python one
    root: Element = ElementTree.fromstring(data) if _plain_xml(data) else SafeET.fromstring(data)
    return root


_DECLARED_ENCODING = re.compile(rb"""\bencoding\s*=\s*["']([A-Za-z0-9._-]*)["']""")


def _plain_xml(data: bytes) -> bool:
    """True when a part cannot hold a DTD, so parsing it needs none of defusedxml's guards:
    UTF-8 (no other byte-order mark, no other declared encoding, in which ``<!DOCTYPE``
    could be spelled in other bytes) and no ``<!DOCTYPE`` or ``<!ENTITY`` anywhere.
    Anything else goes through defusedxml, which refuses entities as it always did."""
    start = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not start.startswith(b"<") or b"\x00" in start[:4]:
        return False
    if start.startswith(b"<?xml"):
        declared = _DECLARED_ENCODING.search(start, 0, max(start.find(b"?>"), 0))
        if declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8"):
            return False
    return b"<!DOCTYPE" not in data and b"<!ENTITY" not in data


class _RootSeen(Exception):
    """Raised from expat's start handler: the root element is all that is wanted."""


def _root_of(data: bytes) -> Element:
    """The root element of a part, with its attributes but without its children (a
    table part: only the root's attributes are read). The part is still checked to be
    well-formed from end to end, by expat alone, without building a tree; a part with a
    DOCTYPE or ENTITY, or one expat rejects, goes through :func:`parse_xml` (defusedxml),
    which raises as it always did."""
    if not _plain_xml(data):
        return parse_xml(data)
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    found: list[Element] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        parser.StartElementHandler = None  # the rest is only checked, in C
        uri, sep, tag_name = tag.rpartition("}")
        found.append(Element("{" + uri + "}" + tag_name if sep else tag_name, _et_keys(attrs)))

    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return parse_xml(data)
    return found[0] if found else parse_xml(data)


def _et_keys(attrs: dict[str, str]) -> dict[str, str]:
    """expat's ``uri}name`` attribute keys as ElementTree spells them (``{uri}name``)."""
    if not any("}" in key for key in attrs):
        return attrs
    return {("{" + key if "}" in key else key): value for key, value in attrs.items()}


def _attr(element: Element, name: str) -> str | None:
    """An attribute by local name (r:id is ``{ns}id``)."""
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return None


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship id -> target part path, for ``part``'s .rels file."""
    folder, base = posixpath.split(part)
    data = _small_part(zf, posixpath.join(folder, "_rels", base + ".rels"))
    if data is None:
        return {}
    return dict(_rels_in(folder, data))


#: Largest part whose parse is kept by content (:func:`_rels_in`, :func:`_workbook_in`,
#: :func:`_table_in`): the small parts every workbook a template made shares byte for byte.
_KEPT_PART_BYTES = 64 * 1024


def _small_part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """A small part's bytes (None when the package has none)."""
    try:
        return read_part(zf, name, 64 * 1024 * 1024)
    except KeyError:
        return None


def _by_content(parse: Callable[..., _T]) -> Callable[..., _T]:
    """``parse`` with its answers kept (LRU, 64) for parts of up to
    :data:`_KEPT_PART_BYTES`, keyed by the parts' bytes themselves: the same bytes parse
    to the same answer, so a worker reading 150 workbooks from one template parses each
    shared part once. A part that does not parse raises each time, as before (an
    exception is not kept); a larger part is parsed every time."""
    kept = lru_cache(maxsize=64)(parse)

    def parsed(*args: Any) -> _T:
        if sum(len(a) for a in args if isinstance(a, bytes)) > _KEPT_PART_BYTES:
            return parse(*args)
        return kept(*args)

    return parsed


def _parse_rels(folder: str, data: bytes) -> tuple[tuple[str, str], ...]:
    """(id, target part path) of a .rels part's internal relationships, in order."""
    root = parse_xml(data)
    out: dict[str, str] = {}
    for rel in root:
        rid, target = rel.get("Id"), rel.get("Target")
        if not rid or not target or rel.get("TargetMode") == "External":
            continue
        if target.startswith("/"):
            path = target.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join(folder, target))
        out[rid] = path
    return tuple(out.items())


_rels_in = _by_content(_parse_rels)


def workbook_part(zf: zipfile.ZipFile) -> str:
    """The workbook part's path, from the package's root relationships."""
    data = _small_part(zf, "_rels/.rels")
    return "xl/workbook.xml" if data is None else _workbook_part_of(data)


def _parse_workbook_part(data: bytes) -> str:
    return workbook_part_in(parse_xml(data))


_workbook_part_of = _by_content(_parse_workbook_part)


def workbook_part_in(root: Element | None) -> str:
    """The workbook part named by the package's root relationships (parsed)."""
    if root is not None:
        for rel in root:
            if (rel.get("Type") or "").endswith("/officeDocument"):
                return (rel.get("Target") or "xl/workbook.xml").lstrip("/")
    return "xl/workbook.xml"


@dataclass
class WorkbookParts:
    """Sheets and defined names from workbook.xml."""

    sheets: list[SheetEntry]
    defined_names: dict[str, str]  # workbook-level name -> reference
    local_names: dict[tuple[str, str], str]  # (sheet, name) -> reference, sheet-scoped names
    full_calc_on_load: bool


def read_workbook_parts(zf: zipfile.ZipFile) -> WorkbookParts:
    """Parse workbook.xml and its relationships."""
    part = workbook_part(zf)
    data = _small_part(zf, part)
    if data is None:
        return WorkbookParts([], {}, {}, False)
    folder, base = posixpath.split(part)
    try:
        rels_data = _small_part(zf, posixpath.join(folder, "_rels", base + ".rels"))
    except Exception:
        parse_xml(data)  # a workbook.xml that does not parse is named first, as before
        raise
    kept = _workbook_in(part, data, rels_data or b"", rels_data is not None)
    # a new one each time: the caller owns its lists and dicts
    return WorkbookParts(
        list(kept.sheets), dict(kept.defined_names), dict(kept.local_names), kept.full_calc_on_load
    )


def _parse_workbook(part: str, data: bytes, rels_data: bytes, has_rels: bool) -> WorkbookParts:
    """:func:`read_workbook_parts` from the workbook part's bytes and its .rels'."""
    root = parse_xml(data)
    folder = posixpath.dirname(part)
    rels = dict(_rels_in(folder, rels_data)) if has_rels else {}
    sheets: list[SheetEntry] = []
    names: dict[str, str] = {}
    local_names: dict[tuple[str, str], str] = {}
    full_calc = False
    for element in root.iter():
        tag = local(element.tag)
        if tag == "sheet":
            target = rels.get(_attr(element, "id") or "", "")
            kind = "worksheet"
            for word in ("chartsheet", "dialogsheet", "macrosheet"):
                if word in target.lower():
                    kind = word
            sheets.append(
                SheetEntry(
                    name=element.get("name") or "",
                    part=target,
                    state=element.get("state") or "visible",
                    kind=kind,
                )
            )
        elif tag == "definedName":
            name, ref = element.get("name") or "", (element.text or "").strip()
            scope = element.get("localSheetId")
            if scope is None:
                names[name] = ref
            else:
                local_names[(scope, name)] = ref
        elif tag == "calcPr":
            full_calc = (element.get("fullCalcOnLoad") or "").lower() in ("1", "true")
    # sheet-scoped names: map the sheet index to its name
    scoped = {
        (sheets[int(idx)].name, name): ref
        for (idx, name), ref in local_names.items()
        if idx.isdigit() and int(idx) < len(sheets)
    }
    return WorkbookParts(sheets, names, scoped, full_calc)


_workbook_in = _by_content(_parse_workbook)


def read_tables(zf: zipfile.ZipFile, sheets: list[SheetEntry]) -> list[TableInfo]:
    """Every Excel table, with the sheet it sits on (via each sheet's relationships)."""
    tables: list[TableInfo] = []
    for sheet in sheets:
        if not sheet.part:
            continue
        for target in _rels(zf, sheet.part).values():
            if "/tables/" not in "/" + target:
                continue
            data = _small_part(zf, target)
            fields = None if data is None else _table_in(data)
            if fields is None:
                continue
            name, ref, header_rows, totals_rows = fields
            tables.append(
                TableInfo(
                    name=name,
                    sheet=sheet.name,
                    ref=ref,
                    header_rows=header_rows,
                    totals_rows=totals_rows,
                )
            )
    return tables


def _parse_table(data: bytes) -> tuple[str, str, int, int] | None:
    """A table part's name, range, header and totals row counts (None: not a table)."""
    root = _root_of(data)
    if local(root.tag) != "table":
        return None
    return (
        root.get("displayName") or root.get("name") or "",
        (root.get("ref") or "").replace("$", ""),
        int(root.get("headerRowCount") or 1),
        int(root.get("totalsRowCount") or 0),
    )


_table_in = _by_content(_parse_table)


# --- sheet XML -------------------------------------------------------------------------

_PREFIX = re.compile(rb"<([A-Za-z_][\w.-]*:)?sheetData\b")


@dataclass(frozen=True)
class _Patterns:
    """The byte patterns for one namespace prefix (b"" for the usual unprefixed XML).

    Each starts with a literal (``<c ``, `` r="``) so the regex engine can skip ahead fast.
    """

    formula_cell_r_first: re.Pattern[bytes]  # cells written r first (Excel, XlsxWriter...)
    formula_cell: re.Pattern[bytes]  # any attribute order
    error_cell: re.Pattern[bytes]
    merge: re.Pattern[bytes]
    value_cell: re.Pattern[bytes]


@cache
def _patterns(prefix: bytes) -> _Patterns:
    p = re.escape(prefix)
    f_element = rb"<" + p + rb"f\b([^>]*?)(?:/>|>([^<]*)</" + p + rb"f>)"
    return _Patterns(
        formula_cell_r_first=re.compile(
            rb"<"
            + p
            + rb'c r="([A-Z]{1,3})([0-9]{1,7})"([^>]*)>\s*'
            + f_element
            + rb"\s*(?:<"
            + p
            + rb"v\s*/>|<"
            + p
            + rb"v>([^<]*)</"
            + p
            + rb"v>)?",
            re.DOTALL,
        ),
        formula_cell=re.compile(
            rb"<"
            + p
            + rb'c\s(?=[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})")([^>]*)>\s*'
            + f_element
            + rb"\s*(?:<"
            + p
            + rb"v\s*/>|<"
            + p
            + rb"v>([^<]*)</"
            + p
            + rb"v>)?",
            re.DOTALL,
        ),
        error_cell=re.compile(
            rb"<"
            + p
            + rb"c\s([^>]*)>\s*(?:"
            + f_element
            + rb")?\s*<"
            + p
            + rb"v>([^<]*)</"
            + p
            + rb"v>",
            re.DOTALL,
        ),
        merge=re.compile(rb"<" + p + rb'mergeCell\s[^>]*?\bref="([A-Z0-9:$]+)"'),
        # a cell that is not self-closing: it has a body (value, inline string or formula)
        value_cell=re.compile(rb"<" + p + rb'c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*(?<!/)>'),
    )


def _prefix_of(data: bytes) -> bytes:
    """The namespace prefix of the sheet's elements (b"" when they have none)."""
    match = _PREFIX.search(data)
    return (match.group(1) or b"") if match else b""


_REF_ATTR = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\br="([0-9]{1,7})"')
_SI_ATTR = re.compile(rb'\bsi="([0-9]+)"')
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref=\"([A-Za-z0-9:$]+)\"")
# a reference to a column of two or three letters (AA and beyond), body or not
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})([0-9]{1,7})"[^>]*>')


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    return unescape_text(text) if "&" in text else text


def unescape_text(text: str) -> str:
    """The five XML escapes (a DOCTYPE, and so other entities, was refused)."""
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def dimension_of(head: bytes) -> str:
    """The ``<dimension ref>`` of a sheet from its first bytes ('' when absent)."""
    match = _DIMENSION.search(head)
    return match.group(1).decode().replace("$", "") if match else ""


def value_extent(data: bytes) -> tuple[int, int]:
    """(max row, max col) bounding the cells that have a body (value, inline string, formula).

    Formatted empty cells (``<c r="XFD1048576" s="1"/>``) do not count: calamine skips them.
    The row comes from the last such cell (cells are stored in row order); the column is
    exact beyond column Z and otherwise the last cell's column (an under-estimate of at
    most 26 columns: enough for the memory bound it serves).
    """
    prefix = _prefix_of(data)
    return _value_extent(data, prefix, _CellCounts.of(data, prefix))


@dataclass(frozen=True)
class _CellCounts:
    """Whether a sheet's cell start tags carry ``r`` first: every ``<c ...>`` (then the
    formula scan's faster pattern serves), and every cell tag at all, ``<c>`` included
    (else the extent is bounded from above). Worked out once per sheet for both."""

    r_first: bool  # every <c ...> is <c r="...
    all_r_first: bool  # that, and no bare <c>

    @classmethod
    def of(cls, data: bytes, prefix: bytes) -> _CellCounts:
        if _not_r_first(prefix).search(data) is None:
            return _ALL_R_FIRST  # the usual sheet: one search instead of three counts
        cell = b"<" + prefix + b"c"
        spaced, bare = data.count(cell + b" "), data.count(cell + b">")
        r_first = data.count(cell + b' r="')
        return cls(spaced == r_first, spaced + bare == r_first)


_ALL_R_FIRST = _CellCounts(r_first=True, all_r_first=True)


@cache
def _not_r_first(prefix: bytes) -> re.Pattern[bytes]:
    """A cell start tag without ``r`` first: ``<c>``, or ``<c `` not followed by ``r="``
    (none found: the counts of ``<c ``, ``<c>`` and ``<c r="`` agree)."""
    return re.compile(rb"<" + re.escape(prefix) + rb'c(?: (?!r=")|>)')


def _value_extent(data: bytes, prefix: bytes, counts: _CellCounts) -> tuple[int, int]:
    value_cell = _patterns(prefix).value_cell
    last = _last_match_backwards(data, value_cell, b"<" + prefix + b"c")
    if last is None:
        tail_start = max(0, len(data) - 65536)
        for match in value_cell.finditer(data, tail_start):
            last = match
        if last is None and tail_start:
            for match in value_cell.finditer(data):
                last = match
    max_row = max_col = 0
    if last is not None:
        max_row = int(last.group(2))
        max_col = column_index(last.group(1).decode())
    for match in _WIDE_REF.finditer(data):
        if match.group(0).endswith(b"/>"):
            continue
        max_col = max(max_col, column_index(match.group(1).decode()))
        max_row = max(max_row, int(match.group(2)))
    if not counts.all_r_first:
        # Some cells carry no r attribute (allowed: each follows the one before it), so a
        # few bytes can still place a value millions of cells away. Bound it from above.
        return _extent_without_refs(data, prefix, max_row, max_col)
    return max_row, max_col


#: Cell tags tried from the end of a sheet before scanning it forwards instead.
_BACKWARD_TRIES = 64


def _last_match_backwards(
    data: bytes, pattern: re.Pattern[bytes], opening: bytes
) -> re.Match[bytes] | None:
    """The last match of ``pattern`` (which starts with ``opening``), found by stepping
    back over the last few ``opening`` tags; None when none of them matches (the caller
    then scans forwards). Matches cannot overlap (each is one start tag), so the last one
    found this way is the one a forward scan ends with."""
    end = len(data)
    for _ in range(_BACKWARD_TRIES):
        at = data.rfind(opening, 0, end)
        if at == -1:
            return None
        match = pattern.match(data, at)
        if match is not None:
            return match
        end = at
    return None


def _extent_without_refs(data: bytes, prefix: bytes, max_row: int, max_col: int) -> tuple[int, int]:
    """An upper bound of the value extent when cells or rows may lack their r attribute."""
    cell = b"<" + prefix + b"c"
    row_open = b"<" + prefix + b"row"
    chunks = data.split(b"</" + prefix + b"row>")
    widest = max(chunk.count(cell + b" ") + chunk.count(cell + b">") for chunk in chunks)
    ref_cols = [column_index(m.group(1).decode()) for m in _REF_ATTR.finditer(data)]
    row_refs = [int(m.group(1)) for m in _ROW_REF.finditer(data)]
    rows = data.count(row_open + b" ") + data.count(row_open + b">")
    bound_row = max([max_row, *row_refs]) + max(0, rows - len(row_refs))
    bound_col = max([max_col, *ref_cols]) + widest
    return max(bound_row, rows), bound_col


def _formula_matches(
    data: bytes, pattern: re.Pattern[bytes], prefix: bytes
) -> Iterator[re.Match[bytes]]:
    """The matches of a formula-cell ``pattern``, in order, found from each ``<f`` element
    back to its cell's start tag: the same matches as ``pattern.finditer(data)``, without
    trying the pattern at every cell of a sheet where few cells hold a formula."""
    c_open = b"<" + prefix + b"c"
    rfind, match_at = data.rfind, pattern.match
    last_start = -1
    for f_element in _f_opening(prefix).finditer(data):  # <f\b, not <font
        start = rfind(c_open, 0, f_element.start())
        if start > last_start:
            match = match_at(data, start)
            if match is not None:
                last_start = start
                yield match


@cache
def _f_opening(prefix: bytes) -> re.Pattern[bytes]:
    """A formula element's start: ``<f`` not followed by a letter, digit or underscore."""
    return re.compile(rb"<" + re.escape(prefix) + rb"f(?!\w)")


def scan_sheet(data: bytes, *, all_uncached: bool = False) -> SheetScan:
    """Formulas, uncached formulas, error cells, merged ranges and extent of a sheet's XML.

    A formula is *uncached* when its ``<v>`` is absent or empty (an empty ``<v>`` of a
    ``t="str"`` cell is a formula that returned ""), or when ``all_uncached``
    is set (the workbook asks Excel to recalculate everything on load, as files written
    by XlsxWriter do; their stored results are placeholders such as 0). A cell whose
    stored result is an error value (``t="e"``) is an error, not uncached.
    """
    prefix = _prefix_of(data)
    patterns = _patterns(prefix)
    counts = _CellCounts.of(data, prefix)
    scan = SheetScan(dimension=dimension_of(data[:4096]))
    shared_text: dict[bytes, str] = {}
    columns: dict[bytes, int] = {}
    # (no test for "<f" first: the search for formula elements is that test)
    pattern = patterns.formula_cell_r_first if counts.r_first else patterns.formula_cell
    formulas, uncached = scan.formulas, scan.uncached
    texts: dict[bytes, str] = {}  # "=..." by the formula's bytes: a table column repeats one
    for match in _formula_matches(data, pattern, prefix):
        letters, row, attrs, f_attrs, f_text, v_text = match.groups()
        col = columns.get(letters)
        if col is None:
            col = columns[letters] = column_index(letters.decode())
        where = (int(row), col)
        if f_text:
            text = texts.get(f_text)
            if text is None:
                text = texts[f_text] = "=" + _unescape(f_text)
        else:
            text = "="
        if f_attrs and b"shared" in f_attrs:
            si = _SI_ATTR.search(f_attrs)
            if si is not None:
                if f_text:
                    shared_text[si.group(1)] = text
                else:
                    text = shared_text.get(si.group(1), "=")
        formulas[where] = text
        if all_uncached or v_text is None or (not v_text and b't="str"' not in attrs):
            uncached.add(where)  # (an empty text result, t="str", is a value)
    if b't="e"' in data:
        open_tag = b"<" + prefix + b"c "
        at = data.find(b't="e"')
        while at != -1:
            start = data.rfind(open_tag, 0, at)
            found = patterns.error_cell.match(data, start) if start != -1 else None
            if found is not None and found.end(1) >= at:
                ref = _REF_ATTR.search(found.group(1))
                if ref is not None:
                    letters = ref.group(1)
                    col = columns.get(letters)
                    if col is None:
                        col = columns[letters] = column_index(letters.decode())
                    error_at = (int(ref.group(2)), col)
                    scan.errors[error_at] = _unescape(found.group(4)).strip()
                    scan.uncached.discard(error_at)
            at = data.find(b't="e"', at + 5)
    if b"mergeCell" in data:
        scan.merged = [m.group(1).decode().replace("$", "") for m in patterns.merge.finditer(data)]
    scan.max_row, scan.max_col = _value_extent(data, prefix, counts)
    return scan


def range_cells(ref: str) -> int:
    """How many cells a range such as ``A1:XFD1048576`` covers (0 when malformed)."""
    try:
        r1, c1, r2, c2 = parse_range(ref)
    except ValueError:
        return 0
    return (r2 - r1 + 1) * (c2 - c1 + 1)


# --- number formats that write text (round 37, px41) -----------------------------------

#: A number format's text written beside the number: a quoted literal (``#,##0 "SGD"``,
#: ``"£"#,##0``), a bracketed currency (``[$€-407] #,##0.00``, ``[$SGD] #,##0``; not a
#: bare locale ``[$-409]``) or a currency sign unquoted (``£#,##0``, ``#,##0 €``).
_FORMAT_TEXT = re.compile(r'"[^"]*[^\s"][^"]*"|\[\$[^\]\-][^\]]*\]|[£€¥₹]')
#: The first number format id a workbook defines itself (below: Excel's built-in ones,
#: whose currency is the reader's locale, not the file's).
_FIRST_CUSTOM_FORMAT = 164


def format_texts(code: str) -> list[str]:
    """The texts a number format writes beside its number, in order: ``#,##0 "SGD"`` ->
    ``["SGD"]``, ``[$€-407] #,##0.00`` -> ``["€"]``, ``0.0 "days"`` -> ``["days"]``."""
    out: list[str] = []
    for match in _FORMAT_TEXT.finditer(code):
        text = match.group(0)
        if text.startswith('"'):
            out.append(text[1:-1].strip())
        elif text.startswith("[$"):
            out.append(text[2:-1].split("-", 1)[0].strip())
        else:
            out.append(text)
    return [t for t in out if t]


def text_formats(zf: zipfile.ZipFile) -> dict[int, str]:
    """The cell styles (a cell's ``s``, the index in ``cellXfs``) whose number format is one
    the workbook defines and writes text beside the number, with that format's code:
    ``{3: '#,##0 "SGD"'}``. Empty for most workbooks (plain ``#,##0.00``, dates), so the
    sheets are then never scanned for them. Round 37 (px41): a table whose only statement
    of its currency is the format its amounts are shown in (``12,500 SGD`` in Excel)."""
    part = workbook_part(zf)
    styles = next(
        (t for t in _rels(zf, part).values() if t.lower().endswith("styles.xml")),
        posixpath.join(posixpath.dirname(part), "styles.xml"),
    )
    data = _small_part(zf, styles)
    if data is None or _MAY_WRITE_TEXT.search(data) is None:
        return {}  # the usual workbook: no format writes text, no parse, no sheet scan
    return dict(_text_formats_in(data))


#: What a styles part holds somewhere when a format of it may write text: a quoted literal
#: (escaped in its attribute, by name or by number, or raw inside single quotes), ``[$``,
#: or a currency sign.
_MAY_WRITE_TEXT = re.compile("&quot;|&#|formatCode='|\\[\\$|£|€|¥|₹".encode())


def _parse_text_formats(data: bytes) -> tuple[tuple[int, str], ...]:
    root = parse_xml(data)
    codes: dict[int, str] = {}
    xfs: list[Element] = []
    for element in root.iter():
        tag = local(element.tag)
        if tag == "numFmt":
            num = element.get("numFmtId") or ""
            code = element.get("formatCode") or ""
            if num.isdigit() and int(num) >= _FIRST_CUSTOM_FORMAT and format_texts(code):
                codes[int(num)] = code
        elif tag == "cellXfs":
            xfs = [x for x in element if local(x.tag) == "xf"]
    if not codes:
        return ()
    found: list[tuple[int, str]] = []
    for index, xf in enumerate(xfs):
        num = xf.get("numFmtId") or ""
        if num.isdigit() and int(num) in codes:
            found.append((index, codes[int(num)]))
    return tuple(found)


_text_formats_in = _by_content(_parse_text_formats)


def formatted_cells(
    data: bytes, styles: dict[int, str], max_row: int = 0, max_col: int = 0
) -> Mapping[tuple[int, int], str]:
    """(row, col) -> number format code of a sheet's cells styled with one of ``styles``
    (:func:`text_formats`): a scan of the cells' start tags, made only when the workbook
    has such a format at all. Red team of round 37 (rt37): bounded as the host reads the
    values (``max_row`` x ``max_col``, 0 for no bound), and read with one expression
    (reference and style in either order), no search per cell: a ledger of two million
    cells in ``[$£-809]`` took longer than its values to read."""
    if not styles:
        return {}
    prefix = re.escape(_prefix_of(data))
    wanted = b"|".join(str(s).encode() for s in sorted(styles))
    ref = rb'\br="([A-Z]{1,3})([0-9]{1,7})"'
    style = rb'\bs="(' + wanted + rb')"'
    order = re.compile(rb"<" + prefix + rb"c\s[^>]*?" + ref + rb"[^>]*?" + style)
    first = order.search(data)
    if first is None:  # a writer that puts the style before the reference
        order = re.compile(rb"<" + prefix + rb"c\s[^>]*?" + style + rb"[^>]*?" + ref)
        first = order.search(data)
    if first is None:
        return {}
    at = 1 if len(first.group(1)) and first.group(1)[:1].isalpha() else 2
    out = CellFormats()
    columns: dict[bytes, int] = {}
    codes = {str(k).encode(): v for k, v in styles.items()}
    for match in order.finditer(data, first.start()):
        letters, row_text = match.group(at, at + 1)
        row = int(row_text)
        if max_row and row > max_row:
            continue
        col = columns.get(letters)
        if col is None:
            col = columns[letters] = column_index(letters.decode())
        if max_col and col > max_col:
            continue
        out.add(row, col, codes[match.group(3 if at == 1 else 1)])
    return out
