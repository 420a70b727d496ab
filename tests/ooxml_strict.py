"""A strict, independent OOXML package checker: the mistakes that make Excel say "We found a
problem with some content ... Do you want us to try to recover?" while LibreOffice, openpyxl
and calamine open the file silently.

Test-only helper. It reads the raw zip and XML with lxml and never imports the writers.
`problems(path)` returns a list of readable strings (empty = no problem found).
"""

from __future__ import annotations

import math
import posixpath
import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
M = f"{{{NS_MAIN}}}"
R = f"{{{NS_REL}}}"

BAD_SHEET_CHARS = set("[]:*?/\\")
ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
CELL_RE = re.compile(r"^([A-Z]{1,3})([0-9]+)$")
RANGE_RE = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?$")
NAME_RE = re.compile(r"^[^\W\d][\w.\\]*$|^\\[\w.\\]*$")
CELL_LIKE_NAME = re.compile(r"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$")
W3CDTF = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
BUILTIN_NUMFMTS = set(range(0, 50)) | set(range(50, 82))
MAX_TEXT = 32767
#: Excel's limits on a data validation's message texts (longer ones make it repair the file)
DV_TEXT_LIMITS = {"promptTitle": 32, "errorTitle": 32, "prompt": 255, "error": 255}
MAX_LINKS = 65530  # hyperlinks per worksheet
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_DML = "application/vnd.openxmlformats-officedocument.drawingml."
#: relationship type -> the content types Excel accepts for its target
EXPECTED_TYPE = {
    "worksheet": {_SML + "worksheet+xml"},
    "styles": {_SML + "styles+xml"},
    "sharedStrings": {_SML + "sharedStrings+xml"},
    "table": {_SML + "table+xml"},
    "drawing": {"application/vnd.openxmlformats-officedocument.drawing+xml"},
    "chart": {_DML + "chart+xml"},
    "officeDocument": {
        _SML + "sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-excel.addin.macroEnabled.main+xml",
        _SML + "template.main+xml",
    },
}


#: the schema's element order (CT_Worksheet, CT_Workbook, CT_Table, CT_Stylesheet): Excel
#: repairs a part whose children are out of this order
ORDER = {
    "worksheet": [
        "sheetPr",
        "dimension",
        "sheetViews",
        "sheetFormatPr",
        "cols",
        "sheetData",
        "sheetCalcPr",
        "sheetProtection",
        "protectedRanges",
        "scenarios",
        "autoFilter",
        "sortState",
        "dataConsolidate",
        "customSheetViews",
        "mergeCells",
        "phoneticPr",
        "conditionalFormatting",
        "dataValidations",
        "hyperlinks",
        "printOptions",
        "pageMargins",
        "pageSetup",
        "headerFooter",
        "rowBreaks",
        "colBreaks",
        "customProperties",
        "cellWatches",
        "ignoredErrors",
        "smartTags",
        "drawing",
        "legacyDrawing",
        "legacyDrawingHF",
        "drawingHF",
        "picture",
        "oleObjects",
        "controls",
        "webPublishItems",
        "tableParts",
        "extLst",
    ],
    "workbook": [
        "fileVersion",
        "fileSharing",
        "workbookPr",
        "workbookProtection",
        "bookViews",
        "sheets",
        "functionGroups",
        "externalReferences",
        "definedNames",
        "calcPr",
        "oleSize",
        "customWorkbookViews",
        "pivotCaches",
        "smartTagPr",
        "smartTagTypes",
        "webPublishing",
        "fileRecoveryPr",
        "webPublishObjects",
        "extLst",
    ],
    "table": ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"],
    "styleSheet": [
        "numFmts",
        "fonts",
        "fills",
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "cellStyles",
        "dxfs",
        "tableStyles",
        "colors",
        "extLst",
    ],
}


def order_problems(root: etree._Element) -> list[str]:
    """Children of a worksheet/workbook/table/styles root out of the schema's order."""
    order = ORDER.get(etree.QName(root).localname)
    if order is None:
        return []
    out: list[str] = []
    last = -1
    for child in root:
        if not isinstance(child.tag, str) or etree.QName(child).namespace != NS_MAIN:
            continue  # mc:AlternateContent and other namespaces: Excel's own extensions
        name = etree.QName(child).localname
        if name not in order:
            out.append(f"unknown element <{name}>")
            continue
        i = order.index(name)
        if i < last or (i == last and name not in ("conditionalFormatting",)):
            out.append(f"<{name}> out of the schema's order (or repeated)")
        last = i
    return out


def col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def parse_ref(ref: str) -> tuple[int, int, int, int] | None:
    """'A1:C5' -> (row1, col1, row2, col2); a single cell gives a 1x1 box."""
    m = RANGE_RE.match(ref)
    if not m:
        return None
    c1, r1 = col_number(m[1]), int(m[2])
    c2, r2 = (col_number(m[3]), int(m[4])) if m[3] else (c1, r1)
    if r1 > r2 or c1 > c2 or r2 > 1048576 or c2 > 16384 or r1 < 1:
        return None
    return r1, c1, r2, c2


def overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])


def _rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _target(part: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


def _text(el: etree._Element | None) -> str:
    """Text of an <si>/<is>: <t> directly, or the <t> of each rich run (not phonetic <rPh>)."""
    if el is None:
        return ""
    t = el.find(f"{M}t")
    if t is not None:
        return t.text or ""
    return "".join(r.findtext(f"{M}t") or "" for r in el.findall(f"{M}r"))


class Package:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[str] = []
        self.zip = zipfile.ZipFile(path)
        names = [i.filename for i in self.zip.infolist()]
        for name, n in Counter(n.lower() for n in names).items():
            if n > 1:
                self.add("package", f"zip member {name!r} appears {n} times")
        self.names = set(names)
        # OPC part names compare case-insensitively (Sheet1.xml and sheet1.xml are one part)
        self.lower = {n.lower(): n for n in names}
        self.types: dict[str, str] = {}  # lower-case part name -> content type
        self.ordered: set[str] = set()  # parts whose element order was checked

    def add(self, where: str, what: str) -> None:
        self.found.append(f"{self.path.name}: {where}: {what}")

    def has(self, part: str) -> bool:
        return part.lower() in self.lower

    def xml(self, part: str) -> etree._Element | None:
        if not self.has(part):
            return None
        try:
            root = etree.fromstring(self.zip.read(self.lower[part.lower()]))
            if part not in self.ordered:
                self.ordered.add(part)
                for problem in order_problems(root):
                    self.add(part, problem)
            return root
        except etree.XMLSyntaxError as exc:
            self.add(part, f"not well-formed XML: {exc}")
            return None

    def rels(self, part: str) -> dict[str, tuple[str, str, str]]:
        """rId -> (type suffix, resolved target, TargetMode) for the part's relationships."""
        root = self.xml(_rels_path(part))
        out: dict[str, tuple[str, str, str]] = {}
        if root is None:
            return out
        for rel in root:
            rid, target = rel.get("Id", ""), rel.get("Target", "")
            mode = rel.get("TargetMode", "Internal")
            if rid in out:
                self.add(_rels_path(part), f"relationship id {rid} is used twice")
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            resolved = target if mode == "External" else _target(part, target)
            if mode != "External" and not target.startswith("#") and not self.has(resolved):
                self.add(_rels_path(part), f"relationship {rid} targets missing part {resolved}")
            expected = EXPECTED_TYPE.get(kind)
            found = self.types.get(resolved.lower())
            if expected and mode != "External" and found is not None and found not in expected:
                self.add(_rels_path(part), f"{kind} part {resolved} has content type {found}")
            out[rid] = (kind, resolved, mode)
        return out


def check_content_types(pkg: Package) -> None:
    root = pkg.xml("[Content_Types].xml")
    if root is None:
        pkg.add("package", "[Content_Types].xml is missing")
        return
    by_ext = {
        d.get("Extension", "").lower(): d.get("ContentType", "")
        for d in root.findall(f"{{{NS_CT}}}Default")
    }
    defaults = set(by_ext)
    for name in pkg.names:
        ext = name.rsplit(".", 1)[-1].lower()
        if ext in by_ext:
            pkg.types[name.lower()] = by_ext[ext]
    overrides: set[str] = set()
    for o in root.findall(f"{{{NS_CT}}}Override"):
        name = (o.get("PartName") or "").lstrip("/")
        if name in overrides:
            pkg.add("[Content_Types].xml", f"override for /{name} given twice")
        overrides.add(name.lower())
        pkg.types[name.lower()] = o.get("ContentType", "")
        if not pkg.has(name):
            pkg.add("[Content_Types].xml", f"override names missing part /{name}")
    for name in pkg.names:
        if name.endswith("/") or name == "[Content_Types].xml" or name.startswith("[trash]/"):
            continue  # [trash]/ is Excel's own leftover folder, outside the package
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if name.lower() not in overrides and ext not in defaults:
            pkg.add("[Content_Types].xml", f"part /{name} has no content type")


def check_core(pkg: Package) -> None:
    root = pkg.xml("docProps/core.xml")
    if root is None:
        return
    for el in root:
        tag = etree.QName(el).localname
        if tag in ("created", "modified") and not W3CDTF.match((el.text or "").strip()):
            pkg.add("docProps/core.xml", f"dcterms:{tag} {el.text!r} is not a W3CDTF date-time")


class Workbook:
    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg
        root = pkg.xml("_rels/.rels")
        self.part = ""
        for rel in root if root is not None else []:
            if rel.get("Type", "").endswith("/officeDocument"):
                self.part = _target("", rel.get("Target", ""))
        pkg.rels("")
        self.root = pkg.xml(self.part) if self.part else None
        self.rels = pkg.rels(self.part) if self.part else {}
        self.sheets: dict[str, str] = {}  # sheet name -> part
        self.strings: list[str] = []
        self.n_xf = 0
        self.n_dxf = 0
        self.numfmts: set[int] = set(BUILTIN_NUMFMTS)
        self.table_names: dict[str, str] = {}
        self.table_ids: dict[str, str] = {}
        self.table_parts: Counter[str] = Counter()

    def run(self) -> None:
        if self.root is None:
            self.pkg.add("package", "no workbook part")
            return
        self.check_sheets()
        self.load_styles()
        self.load_strings()
        for name, part in self.sheets.items():
            root = self.pkg.xml(part)
            if root is not None:
                SheetCheck(self, name, part, root).run()
        for part in self.pkg.names:
            if re.match(r"xl/tables/table\d+\.xml$", part) and self.table_parts[part.lower()] != 1:
                self.pkg.add(part, f"referenced by {self.table_parts[part.lower()]} sheets, not 1")
        self.check_names_against_tables()
        for part in self.pkg.names:
            if re.match(r"xl/charts/chart\d+\.xml$", part):
                self.check_chart(part)

    def check_sheets(self) -> None:
        assert self.root is not None
        seen_names: set[str] = set()
        seen_ids: set[str] = set()
        for sheet in self.root.iter(f"{M}sheet"):
            name, sid, rid = sheet.get("name", ""), sheet.get("sheetId", ""), sheet.get(f"{R}id")
            where = f"workbook sheet {name!r}"
            if not name or len(name) > 31 or set(name) & BAD_SHEET_CHARS or name[0] == "'":
                self.pkg.add(where, "invalid sheet name (1-31 chars, none of []:*?/\\)")
            if name.lower() in seen_names:
                self.pkg.add(where, "sheet name used twice (case-insensitive)")
            if sid in seen_ids:
                self.pkg.add(where, f"sheetId {sid} used twice")
            seen_names.add(name.lower())
            seen_ids.add(sid)
            if rid not in self.rels:
                self.pkg.add(where, f"r:id {rid} not in workbook rels")
            else:
                self.sheets[name] = self.rels[rid][1]
        states = [sh.get("state", "visible") for sh in self.root.iter(f"{M}sheet")]
        if states and "visible" not in states:
            self.pkg.add("workbook", "no visible sheet (Excel needs at least one)")
        for view in self.root.iter(f"{M}workbookView"):
            tab = int(view.get("activeTab", "0"))
            if tab >= max(len(states), 1) or (states and states[tab] != "visible"):
                self.pkg.add("workbook", f"activeTab {tab} is not a visible sheet")
        self.local_names: dict[int, set[str]] = {}
        order = list(self.sheets)
        for dn in self.root.iter(f"{M}definedName"):
            name, scope = dn.get("name", ""), int(dn.get("localSheetId", "-1"))
            where = f"defined name {name!r}"
            if scope >= len(order):
                self.pkg.add(where, f"localSheetId {scope} has no sheet")
            bucket = self.local_names.setdefault(scope, set())
            if name.lower() in bucket:
                self.pkg.add(where, "defined twice in one scope")
            bucket.add(name.lower())
            if not name.startswith("_xlnm.") and (
                not NAME_RE.match(name) or CELL_LIKE_NAME.match(name)
            ):
                self.pkg.add(where, "invalid name or looks like a cell reference")
            for problem in formula_problems(dn.text or "", self.sheets):
                self.pkg.add(where, problem)

    def load_styles(self) -> None:
        part = next((t for k, t, _ in self.rels.values() if k == "styles"), None)
        root = self.pkg.xml(part) if part else None
        if root is None:
            self.pkg.add("package", "no styles part")
            return
        xfs = root.find(f"{M}cellXfs")
        self.n_xf = len(xfs) if xfs is not None else 0
        if xfs is not None and xfs.get("count") not in (None, str(self.n_xf)):
            self.pkg.add(part or "", f"cellXfs count={xfs.get('count')} but {self.n_xf} xf")
        dxfs = root.find(f"{M}dxfs")
        self.n_dxf = len(dxfs) if dxfs is not None else 0
        for fmt in root.iter(f"{M}numFmt"):
            self.numfmts.add(int(fmt.get("numFmtId", "-1")))
        for xf in root.iter(f"{M}xf"):
            if int(xf.get("numFmtId", "0")) not in self.numfmts:
                self.pkg.add(part or "", f"xf uses undefined numFmtId {xf.get('numFmtId')}")

    def load_strings(self) -> None:
        part = next((t for k, t, _ in self.rels.values() if k == "sharedStrings"), None)
        root = self.pkg.xml(part) if part else None
        if root is None:
            return
        items = root.findall(f"{M}si")
        self.strings = [_text(si) for si in items]
        unique = root.get("uniqueCount")
        if unique is not None and int(unique) != len(items):
            self.pkg.add(part or "", f"uniqueCount={unique} but {len(items)} items")
        for i, s in enumerate(self.strings):
            if len(s) > MAX_TEXT:
                self.pkg.add(part or "", f"string {i} has {len(s)} chars (> {MAX_TEXT})")

    def check_names_against_tables(self) -> None:
        names = set().union(*self.local_names.values()) if self.local_names else set()
        for name, part in self.table_names.items():
            if name in names:
                self.pkg.add(part, f"table name {name!r} clashes with a defined name")

    def check_chart(self, part: str) -> None:
        root = self.pkg.xml(part)
        if root is None:
            return
        for f in root.iter(f"{{{NS_C}}}f"):
            text = (f.text or "").strip("()")
            for problem in formula_problems(text, self.sheets):
                self.pkg.add(part, f"series {problem}")
            for ref in text.split(","):
                if "!" in ref and parse_ref(ref.rsplit("!", 1)[1]) is None:
                    self.pkg.add(part, f"series range invalid in {f.text!r}")


STRING_LITERAL = re.compile(r'"(?:[^"]|"")*"')
QUOTED_SHEET = re.compile(r"'((?:[^']|'')+)'!")


def _sheets_in_formula(formula: str) -> list[str]:
    formula = STRING_LITERAL.sub('""', formula)
    out = [s.replace("''", "'") for s in QUOTED_SHEET.findall(formula)]
    bare = QUOTED_SHEET.sub("", formula)
    out += re.findall(r"(?<![A-Za-z0-9_.'\[\]#])([A-Za-z_][A-Za-z0-9_.]*)!", bare)
    return out


def formula_problems(formula: str, sheets: set[str] | dict[str, str]) -> list[str]:
    """Mistakes in a formula's text that Excel rejects on load: unbalanced parentheses or
    quotes, a sheet name with spaces or punctuation not in quotes, a sheet that is missing."""
    out: list[str] = []
    if formula.count('"') % 2:
        return [f"unbalanced quotes in {formula[:80]!r}"]
    plain = STRING_LITERAL.sub('""', formula)
    if plain.count("(") != plain.count(")"):
        out.append(f"unbalanced parentheses in {formula[:80]!r}")
    bare = QUOTED_SHEET.sub("X!", plain)
    for m in re.finditer(r"!", bare):
        before = re.split(r"[(,=+\-*/&^<>:; !]", bare[: m.start()])[-1]
        if before.startswith("[") or before.startswith("#") or before == "X":
            continue
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", before) or CELL_LIKE_NAME.match(before):
            out.append(f"sheet name before '!' is not quoted in {formula[:80]!r}")
    for sheet in _sheets_in_formula(formula):
        if sheet not in sheets:
            out.append(f"refers to missing sheet {sheet!r} in {formula[:80]!r}")
    return out


class SheetCheck:
    def __init__(self, book: Workbook, name: str, part: str, root: etree._Element) -> None:
        self.book, self.pkg, self.name, self.part, self.root = book, book.pkg, name, part, root
        self.rels = self.pkg.rels(part)
        self.cells: dict[tuple[int, int], etree._Element] = {}
        self.merged: list[tuple[int, int, int, int]] = []

    def add(self, what: str) -> None:
        self.pkg.add(f"sheet {self.name!r} ({self.part})", what)

    def run(self) -> None:
        self.check_cells()
        self.check_dimension()
        self.check_columns()
        self.check_merges()
        self.check_links()
        self.check_validations()
        self.check_conditional_formats()
        self.check_tables()
        self.check_drawing()
        self.check_comments()

    def check_cells(self) -> None:
        data = self.root.find(f"{M}sheetData")
        last_row = 0
        for row in data if data is not None else []:
            r = int(row.get("r", str(last_row + 1)))
            if r <= last_row:
                self.add(f"row {r} follows row {last_row} (rows must ascend, unique)")
            last_row = r
            if row.get("s") and int(row.get("s", "0")) >= self.book.n_xf:
                self.add(f"row {r} style {row.get('s')} >= cellXfs count {self.book.n_xf}")
            last_col = 0
            for c in row.findall(f"{M}c"):
                ref = c.get("r")
                if ref is None:
                    col = last_col + 1
                else:
                    m = CELL_RE.match(ref)
                    if not m or int(m[2]) != r:
                        self.add(f"cell {ref} is inside row {r}")
                        continue
                    col = col_number(m[1])
                if col <= last_col:
                    self.add(f"cell {ref} out of column order in row {r}")
                last_col = col
                self.cells[(r, col)] = c
                self.check_cell(c, ref or f"R{r}C{col}")

    def check_cell(self, c: etree._Element, ref: str) -> None:
        s = int(c.get("s", "0"))
        if s >= self.book.n_xf:
            self.add(f"{ref}: style {s} >= cellXfs count {self.book.n_xf}")
        t, v = c.get("t", "n"), c.findtext(f"{M}v")
        f = c.find(f"{M}f")
        if f is not None and f.text and len(f.text) > 8192:
            self.add(f"{ref}: formula longer than 8,192 chars")
        if f is not None and f.text:
            for problem in formula_problems(f.text, self.book.sheets):
                self.add(f"{ref}: {problem}")
        if f is not None and v == "":
            return  # an empty cached value: Excel recalculates the formula (XlsxWriter's value='')
        if t == "s":
            if v is None or not v.isdigit() or int(v) >= len(self.book.strings):
                self.add(f"{ref}: shared string index {v!r} out of range")
        elif t == "inlineStr":
            is_ = c.find(f"{M}is")  # <is> is optional: openpyxl writes "" as an empty cell
            if c.find(f"{M}v") is not None:
                self.add(f"{ref}: inline string with a <v> value")
            if is_ is not None and len(_text(is_)) > MAX_TEXT:
                self.add(f"{ref}: text longer than {MAX_TEXT} chars")
        elif t == "str":
            if v is not None and len(v) > MAX_TEXT:
                self.add(f"{ref}: text longer than {MAX_TEXT} chars")
        elif t == "b":
            if v not in (None, "0", "1"):
                self.add(f"{ref}: boolean value {v!r} (must be 0 or 1)")
        elif t == "e":
            if v is not None and v not in ERRORS:
                self.add(f"{ref}: unknown error value {v!r}")
        elif t in ("n", "d"):
            if v is not None and t == "n":
                try:
                    if not math.isfinite(float(v)):
                        self.add(f"{ref}: number {v!r} is not finite")
                except ValueError:
                    self.add(f"{ref}: number {v!r} is not a number")
        else:
            self.add(f"{ref}: unknown cell type t={t!r}")

    def text(self, r: int, col: int) -> str | None:
        """The cell's text if it is a text cell, else None."""
        c = self.cells.get((r, col))
        if c is None:
            return None
        t, v = c.get("t", "n"), c.findtext(f"{M}v")
        if t == "s" and v is not None and v.isdigit() and int(v) < len(self.book.strings):
            return self.book.strings[int(v)]
        if t == "inlineStr":
            return _text(c.find(f"{M}is"))
        if t == "str":
            return v or ""
        return None

    def check_columns(self) -> None:
        last = 0
        for col in self.root.iter(f"{M}col"):
            lo, hi = int(col.get("min", "0")), int(col.get("max", "0"))
            if not 1 <= lo <= hi <= 16384 or lo <= last:
                self.add(f"<col min={lo} max={hi}> out of order, overlapping or out of range")
            last = max(last, hi)
            if float(col.get("width", "0")) > 255:
                self.add(f"<col min={lo}> width {col.get('width')} over 255")

    def check_dimension(self) -> None:
        dim = self.root.find(f"{M}dimension")
        if dim is None or not self.cells:
            return
        box = parse_ref(dim.get("ref", ""))
        if box is None:
            self.add(f"<dimension ref={dim.get('ref')!r}> is not a range")
            return
        rows = [r for r, _ in self.cells]
        cols = [c for _, c in self.cells]
        if min(rows) < box[0] or max(rows) > box[2] or min(cols) < box[1] or max(cols) > box[3]:
            self.add(f"<dimension ref={dim.get('ref')!r}> does not cover the cells")

    def check_merges(self) -> None:
        for mc in self.root.iter(f"{M}mergeCell"):
            box = parse_ref(mc.get("ref", ""))
            if box is None:
                self.add(f"merge {mc.get('ref')!r} is not a range")
                continue
            for other in self.merged:
                if overlaps(box, other):
                    self.add(f"merge {mc.get('ref')} overlaps another merge")
            self.merged.append(box)

    def check_links(self) -> None:
        links = list(self.root.iter(f"{M}hyperlink"))
        if len(links) > MAX_LINKS:
            self.add(f"{len(links)} hyperlinks (Excel keeps at most {MAX_LINKS} per sheet)")
        for link in links:
            rid = link.get(f"{R}id")
            if parse_ref(link.get("ref", "")) is None:
                self.add(f"hyperlink ref {link.get('ref')!r} invalid")
            if rid is not None and rid not in self.rels:
                self.add(f"hyperlink {link.get('ref')} r:id {rid} missing from sheet rels")
            if rid is None and link.get("location") is None:
                self.add(f"hyperlink {link.get('ref')} has neither r:id nor location")
            loc = link.get("location")
            if loc:
                for problem in formula_problems(loc, self.book.sheets):
                    self.add(f"hyperlink {link.get('ref')} location: {problem}")

    def check_validations(self) -> None:
        dvs = self.root.find(f"{M}dataValidations")
        if dvs is None:
            return
        items = dvs.findall(f"{M}dataValidation")
        if dvs.get("count") is not None and int(dvs.get("count", "0")) != len(items):
            self.add(f"dataValidations count={dvs.get('count')} but {len(items)} rules")
        for dv in items:
            for ref in (dv.get("sqref") or "").split():
                if parse_ref(ref) is None:
                    self.add(f"data validation sqref {ref!r} invalid")
            for attr, limit in DV_TEXT_LIMITS.items():
                if len(dv.get(attr) or "") > limit:
                    self.add(f"data validation {dv.get('sqref')}: {attr} longer than {limit}")
            f1 = dv.findtext(f"{M}formula1") or ""
            for formula in (f1, dv.findtext(f"{M}formula2") or ""):
                for problem in formula_problems(formula, self.book.sheets):
                    self.add(f"data validation {dv.get('sqref')}: {problem}")
            if dv.get("type") == "list" and f1.startswith('"') and len(f1) > 257:
                self.add(f"data validation list literal {len(f1) - 2} chars (> 255)")

    def check_conditional_formats(self) -> None:
        priorities: set[str] = set()
        for cf in self.root.iter(f"{M}conditionalFormatting"):
            for ref in (cf.get("sqref") or "").split():
                if parse_ref(ref) is None:
                    self.add(f"conditional format sqref {ref!r} invalid")
            for rule in cf.findall(f"{M}cfRule"):
                p = rule.get("priority", "")
                if p in priorities:
                    self.add(f"conditional format priority {p} used twice")
                priorities.add(p)
                for formula in rule.findall(f"{M}formula"):
                    for problem in formula_problems(formula.text or "", self.book.sheets):
                        self.add(f"conditional format {cf.get('sqref')}: {problem}")
                dxf = rule.get("dxfId")
                if dxf is not None and int(dxf) >= self.book.n_dxf:
                    self.add(f"conditional format dxfId {dxf} >= dxfs count {self.book.n_dxf}")

    def check_tables(self) -> None:
        parts = self.root.find(f"{M}tableParts")
        if parts is None:
            return
        items = parts.findall(f"{M}tablePart")
        if parts.get("count") is not None and int(parts.get("count", "0")) != len(items):
            self.add(f"tableParts count={parts.get('count')} but {len(items)} parts")
        boxes: list[tuple[str, tuple[int, int, int, int]]] = []
        for tp in items:
            rid = tp.get(f"{R}id")
            if rid not in self.rels:
                self.add(f"tablePart r:id {rid} missing from sheet rels")
                continue
            part = self.rels[rid][1]
            self.book.table_parts[part.lower()] += 1
            root = self.pkg.xml(part)
            if root is not None:
                box = self.check_table(part, root)
                if box is not None:
                    for other_name, other in boxes:
                        if overlaps(box, other):
                            self.add(f"table {part} overlaps table {other_name}")
                    for merge in self.merged:
                        if overlaps(box, merge):
                            self.add(f"table {part} overlaps a merged range")
                    boxes.append((part, box))

    def check_table(self, part: str, t: etree._Element) -> tuple[int, int, int, int] | None:
        def add(what: str) -> None:
            self.pkg.add(f"table {part} on {self.name!r}", what)

        tid, name, display = t.get("id", ""), t.get("name", ""), t.get("displayName", "")
        if tid in self.book.table_ids:
            add(f"id {tid} also used by {self.book.table_ids[tid]}")
        self.book.table_ids[tid] = part
        for n in {name.lower(), display.lower()}:
            if n in self.book.table_names:
                add(f"name {n!r} also used by {self.book.table_names[n]}")
            self.book.table_names[n] = part
        if not NAME_RE.match(display) or CELL_LIKE_NAME.match(display):
            add(f"displayName {display!r} is not a valid name")
        box = parse_ref(t.get("ref", ""))
        if box is None:
            add(f"ref {t.get('ref')!r} is not a range")
            return None
        header_rows = int(t.get("headerRowCount", "1"))
        totals = int(t.get("totalsRowCount", "0"))
        if box[2] - box[0] + 1 < header_rows + totals + (0 if header_rows else 1):
            add(f"ref {t.get('ref')} has no room for header and data")
        af = t.find(f"{M}autoFilter")
        if af is not None:
            expected = (box[0], box[1], box[2] - totals, box[3])
            if parse_ref(af.get("ref", "")) != expected:
                add(f"autoFilter ref {af.get('ref')} != table ref minus totals")
        cols_el = t.find(f"{M}tableColumns")
        cols = cols_el.findall(f"{M}tableColumn") if cols_el is not None else []
        width = box[3] - box[1] + 1
        if len(cols) != width:
            add(f"{len(cols)} tableColumns for {width} columns in ref {t.get('ref')}")
        if cols_el is not None and cols_el.get("count") not in (None, str(len(cols))):
            add(f"tableColumns count={cols_el.get('count')} but {len(cols)} columns")
        seen: set[str] = set()
        ids: set[str] = set()
        for i, col in enumerate(cols):
            cname = col.get("name", "")
            if cname.lower() in seen:
                add(f"column name {cname!r} used twice (case-insensitive)")
            seen.add(cname.lower())
            if col.get("id") in ids:
                add(f"tableColumn id {col.get('id')} used twice")
            ids.add(col.get("id", ""))
            if not cname:
                add(f"column {i + 1} has an empty name")
            if header_rows:
                header = self.text(box[0], box[1] + i)
                if header is None:
                    add(f"header cell of column {cname!r} is not a text cell")
                elif header != cname:
                    add(f"header cell text {header!r} != tableColumn name {cname!r}")
            dxf = col.get("dataDxfId")
            if dxf is not None and int(dxf) >= self.book.n_dxf:
                add(f"column {cname!r} dataDxfId {dxf} >= dxfs count {self.book.n_dxf}")
            formula = col.findtext(f"{M}calculatedColumnFormula")
            if formula is not None and not formula:
                add(f"column {cname!r} has an empty calculatedColumnFormula")
            for problem in formula_problems(formula or "", self.book.sheets):
                add(f"column {cname!r} calculatedColumnFormula: {problem}")
        for attr in ("headerRowDxfId", "dataDxfId", "totalsRowDxfId"):
            dxf = t.get(attr)
            if dxf is not None and int(dxf) >= self.book.n_dxf:
                add(f"{attr} {dxf} >= dxfs count {self.book.n_dxf}")
        return box

    def check_comments(self) -> None:
        for kind, part, _ in self.rels.values():
            root = self.pkg.xml(part) if kind == "comments" else None
            if root is None:
                continue
            authors = root.find(f"{M}authors")
            n_authors = len(authors) if authors is not None else 0
            seen: set[str] = set()
            for comment in root.iter(f"{M}comment"):
                ref = comment.get("ref", "")
                if parse_ref(ref) is None or ref in seen:
                    self.add(f"comment ref {ref!r} invalid or given twice")
                seen.add(ref)
                if int(comment.get("authorId", "0")) >= n_authors:
                    self.add(f"comment {ref} authorId {comment.get('authorId')} has no author")
            if self.root.find(f"{M}legacyDrawing") is None:
                self.add("comments without a legacyDrawing (Excel cannot show them)")

    def check_drawing(self) -> None:
        for el in self.root.iter(f"{M}drawing", f"{M}legacyDrawing"):
            rid = el.get(f"{R}id")
            if rid not in self.rels:
                self.add(f"{etree.QName(el).localname} r:id {rid} missing from sheet rels")
                continue
            self.pkg.rels(self.rels[rid][1])  # reports charts/images the drawing lacks


def problems(path: Path) -> list[str]:
    """Every package-level defect Excel would repair, as readable lines; [] means none found."""
    pkg = Package(Path(path))
    check_content_types(pkg)
    check_core(pkg)
    Workbook(pkg).run()
    return pkg.found
