"""Editing a worksheet part's XML as text, so that every byte not edited stays as it was.

A worksheet's ``<sheetData>`` is a flat run of ``<row>`` elements, each a flat run of
``<c>`` cells; neither can hold its own closing tag in text (XML escapes ``<``), so both
are found with patterns. Small elements (a data validation, a cell) are parsed with
defusedxml when their attributes are needed. Only unprefixed SpreadsheetML (what Excel,
LibreOffice, XlsxWriter and openpyxl write) is edited; anything else is refused upstream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from addin.cells import column_index, column_letter, parse_range

ROW_RE = re.compile(r"<row\b[^>]*?(?:/>|>.*?</row>)", re.S)
CELL_RE = re.compile(r"<c\b[^>]*?(?:/>|>.*?</c>)", re.S)
ATTR_RE = re.compile(r'([\w:]+)\s*=\s*("[^"]*"|\'[^\']*\')')
VALIDATION_RE = re.compile(r"<dataValidation\b[^>]*?(?:/>|>.*?</dataValidation>)", re.S)
CELL_REF_RE = re.compile(r"^([A-Z]{1,3})([0-9]+)$")

#: Elements that may follow ``<dataValidations>`` in a worksheet (CT_Worksheet order).
AFTER_VALIDATIONS = (
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
)


def elements_after(element: str) -> tuple[str, ...]:
    """The worksheet elements that may follow ``element`` (one of AFTER_VALIDATIONS), in
    CT_Worksheet order: a new ``element`` goes before the first of them the sheet has."""
    return AFTER_VALIDATIONS[AFTER_VALIDATIONS.index(element) + 1 :]


def attrs(start_tag: str) -> dict[str, str]:
    """The attributes of an element's start tag (values unescaped for &quot; and &amp;)."""
    head = start_tag.split(">", 1)[0]
    return {
        k: v[1:-1].replace("&quot;", '"').replace("&lt;", "<").replace("&amp;", "&")
        for k, v in ATTR_RE.findall(head)
    }


def set_attr(start_tag: str, name: str, value: str) -> str:
    """``start_tag`` with attribute ``name`` set to ``value`` (added when absent)."""
    head, sep, rest = start_tag.partition(">")
    pattern = re.compile(rf"(\s{re.escape(name)}\s*=\s*)(\"[^\"]*\"|'[^']*')")
    if pattern.search(head):
        head = pattern.sub(lambda m: m.group(1) + quoteattr(value), head, count=1)
    else:
        closing = "/" if head.endswith("/") else ""
        head = head[: len(head) - len(closing)] + f" {name}={quoteattr(value)}" + closing
    return head + sep + rest


@dataclass
class Cell:
    """One ``<c>`` element as found: its column, its text and whether it holds a value."""

    col: int
    xml: str

    @property
    def style(self) -> str | None:
        return attrs(self.xml).get("s")

    @property
    def has_value(self) -> bool:
        return bool(re.search(r"<(v|f|is)\b", self.xml))


def parse_cell_ref(ref: str) -> tuple[int, int]:
    match = CELL_REF_RE.match(ref.replace("$", ""))
    if not match:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(match.group(2)), column_index(match.group(1))


@dataclass
class Row:
    """One ``<row>`` element: its number, start tag and cells (in document order)."""

    number: int
    start_tag: str
    cells: list[Cell]
    span: tuple[int, int]  # where the element sits in the sheet text

    def cell(self, col: int) -> Cell | None:
        return next((c for c in self.cells if c.col == col), None)

    def to_xml(self) -> str:
        if not self.cells:
            head = self.start_tag.rstrip(">").rstrip("/")
            return head + "/>"
        head = self.start_tag if not self.start_tag.endswith("/>") else self.start_tag[:-2] + ">"
        return head + "".join(c.xml for c in self.cells) + "</row>"


class SheetXml:
    """A worksheet part's text with the edits this module makes; :meth:`text` gives it back."""

    def __init__(self, text: str) -> None:
        self.text = text
        data_start = text.find("<sheetData")
        if data_start < 0 or not re.search(r"<worksheet\b", text):
            raise ValueError("not an unprefixed SpreadsheetML worksheet")

    # --- reading -----------------------------------------------------------------------

    def _data_bounds(self) -> tuple[int, int]:
        start = self.text.find("<sheetData")
        head_end = self.text.find(">", start)
        if self.text[head_end - 1] == "/":  # <sheetData/>
            return head_end + 1, head_end + 1
        end = self.text.find("</sheetData>", head_end)
        return head_end + 1, end

    def rows(self) -> list[Row]:
        start, end = self._data_bounds()
        found: list[Row] = []
        last = 0
        for match in ROW_RE.finditer(self.text, start, end):
            xml = match.group(0)
            tag_end = xml.find(">") + 1
            start_tag = xml[:tag_end]
            number = int(attrs(start_tag).get("r") or last + 1)
            last = number
            cells: list[Cell] = []
            last_col = 0
            for cell_match in CELL_RE.finditer(xml, tag_end):
                cell_xml = cell_match.group(0)
                ref = attrs(cell_xml).get("r")
                col = parse_cell_ref(ref)[1] if ref else last_col + 1
                last_col = col
                cells.append(Cell(col, cell_xml))
            found.append(Row(number, start_tag, cells, (match.start(), match.end())))
        return found

    def protected(self) -> bool:
        match = re.search(r"<sheetProtection\b[^>]*>", self.text)
        if match is None:
            return False
        value = attrs(match.group(0)).get("sheet", "0")
        return value in ("1", "true")

    def validations(self) -> list[tuple[str, dict[str, str], tuple[int, int]]]:
        """Every ``<dataValidation>`` of ``<dataValidations>``: (xml, attributes, span)."""
        block = re.search(r"<dataValidations\b[^>]*?(?:/>|>.*?</dataValidations>)", self.text, re.S)
        if block is None:
            return []
        return [
            (m.group(0), attrs(m.group(0)), (m.start(), m.end()))
            for m in VALIDATION_RE.finditer(self.text, block.start(), block.end())
        ]

    def cols(self) -> list[tuple[int, int]]:
        block = re.search(r"<cols>.*?</cols>", self.text, re.S)
        if block is None:
            return []
        out = []
        for tag in re.findall(r"<col\b[^>]*>", block.group(0)):
            a = attrs(tag)
            out.append((int(a.get("min", "0")), int(a.get("max", "0"))))
        return out

    def merged(self) -> list[str]:
        return [attrs(t).get("ref", "") for t in re.findall(r"<mergeCell\b[^>]*>", self.text)]

    # --- editing -----------------------------------------------------------------------

    def put_cells(
        self, cells: dict[int, dict[int, str]], row_attrs: dict[int, dict[str, str]]
    ) -> None:
        """Write cells: ``cells[row][col]`` is a ``<c>`` element (its ``r`` is set here).
        Existing rows keep their other cells and attributes; new rows are inserted in
        order with ``row_attrs[row]`` (e.g. a height)."""
        existing = {row.number: row for row in self.rows()}
        edits: list[tuple[int, int, int, str]] = []  # (start, end, row, replacement)
        start, end = self._data_bounds()
        ordered = sorted(existing.values(), key=lambda r: r.span[0])
        for number in sorted(cells):
            new_cells = {
                col: _with_ref(xml, f"{column_letter(col)}{number}")
                for col, xml in cells[number].items()
            }
            row = existing.get(number)
            if row is not None:
                kept = [c for c in row.cells if c.col not in new_cells]
                merged = kept + [Cell(col, xml) for col, xml in new_cells.items()]
                merged.sort(key=lambda c: c.col)
                row.cells = merged
                row.start_tag = _widen_spans(row.start_tag, min(new_cells), max(new_cells))
                edits.append((row.span[0], row.span[1], number, row.to_xml()))
                continue
            head = f'<row r="{number}"'
            for key, value in row_attrs.get(number, {}).items():
                head += f" {key}={quoteattr(value)}"
            xml = head + ">" + "".join(new_cells[c] for c in sorted(new_cells)) + "</row>"
            after = next((r for r in ordered if r.number > number), None)
            at = after.span[0] if after is not None else end
            edits.append((at, at, number, xml))
        text = self.text
        if start == end and text[start - 2 : start] == "/>":  # <sheetData/>: open it up
            tag_start = text.rfind("<sheetData", 0, start)
            body = "".join(x for _, _, _, x in sorted(edits, key=lambda e: e[2]))
            self.text = text[:tag_start] + "<sheetData>" + body + "</sheetData>" + text[start:]
            return
        for s, e, _, xml in sorted(edits, key=lambda e: (e[0], e[1], e[2]), reverse=True):
            text = text[:s] + xml + text[e:]
        self.text = text

    def replace_span(self, span: tuple[int, int], xml: str) -> None:
        self.text = self.text[: span[0]] + xml + self.text[span[1] :]

    def add_validations(self, elements: list[str]) -> None:
        """Append ``<dataValidation>`` elements, creating ``<dataValidations>`` if needed."""
        if not elements:
            return
        block = re.search(r"<dataValidations\b[^>]*?(?:/>|>.*?</dataValidations>)", self.text, re.S)
        if block is not None:
            xml = block.group(0)
            count = len(VALIDATION_RE.findall(xml)) + len(elements)
            tag_end = xml.find(">") + 1
            head = xml[:tag_end]
            if head.endswith("/>"):
                head = head[:-2] + ">"
                body = ""
            else:
                body = xml[tag_end : -len("</dataValidations>")]
            head = set_attr(head, "count", str(count))
            self.replace_span(
                (block.start(), block.end()),
                head + body + "".join(elements) + "</dataValidations>",
            )
            return
        xml = (
            f'<dataValidations count="{len(elements)}">' + "".join(elements) + "</dataValidations>"
        )
        self.insert_before_first(AFTER_VALIDATIONS, xml)

    def insert_before_first(self, tags: tuple[str, ...], xml: str) -> None:
        positions = [
            m.start() for tag in tags for m in [re.search(rf"<{tag}\b", self.text)] if m is not None
        ]
        at = min(positions) if positions else self.text.rfind("</worksheet>")
        self.text = self.text[:at] + xml + self.text[at:]

    def ensure_col_width(self, col: int, width: float) -> None:
        """Give column ``col`` a width unless a ``<col>`` already covers it."""
        if any(lo <= col <= hi for lo, hi in self.cols()):
            return
        element = f'<col min="{col}" max="{col}" width="{width}" customWidth="1"/>'
        block = re.search(r"<cols>(.*?)</cols>", self.text, re.S)
        if block is None:
            at = self.text.find("<sheetData")
            self.text = self.text[:at] + "<cols>" + element + "</cols>" + self.text[at:]
            return
        body = block.group(1)
        tags = list(re.finditer(r"<col\b[^>]*>", body))
        insert = len(body)
        for tag in tags:
            if int(attrs(tag.group(0)).get("min", "0")) > col:
                insert = tag.start()
                break
        new_body = body[:insert] + element + body[insert:]
        self.replace_span((block.start(1), block.end(1)), new_body)

    def widen_dimension(self, last_row: int, last_col: int) -> None:
        match = re.search(r"<dimension\b[^>]*>", self.text)
        if match is None:
            return
        ref = attrs(match.group(0)).get("ref", "")
        try:
            r1, c1, r2, c2 = parse_range(ref)
        except ValueError:
            return
        new = f"{column_letter(c1)}{r1}:{column_letter(max(c2, last_col))}{max(r2, last_row)}"
        if new != ref:
            self.replace_span((match.start(), match.end()), set_attr(match.group(0), "ref", new))


def _with_ref(cell_xml: str, ref: str) -> str:
    return set_attr(cell_xml, "r", ref)


def _widen_spans(start_tag: str, lo: int, hi: int) -> str:
    spans = attrs(start_tag).get("spans")
    if not spans or ":" not in spans:
        return start_tag
    try:
        a, b = (int(x) for x in spans.split(":"))
    except ValueError:
        return start_tag
    if lo >= a and hi <= b:
        return start_tag
    return set_attr(start_tag, "spans", f"{min(a, lo)}:{max(b, hi)}")


def inline_string_cell(text: str, style: str | None) -> str:
    """A cell holding ``text`` as an inline string (no shared-strings edit needed)."""
    s = f' s="{style}"' if style else ""
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="A1"{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def blank_cell(style: str | None) -> str:
    return f'<c r="A1" s="{style}"/>' if style else '<c r="A1"/>'


def number_cell(value: int | float, style: str | None) -> str:
    s = f' s="{style}"' if style else ""
    return f'<c r="A1"{s}><v>{value}</v></c>'


def sqref_cells(sqref: str) -> list[tuple[int, int, int, int]]:
    """``"H2:H501 J4"`` -> [(2, 8, 501, 8), (4, 10, 4, 10)] (bad pieces are skipped)."""
    out = []
    for piece in sqref.split():
        try:
            out.append(parse_range(piece.replace("$", "")))
        except ValueError:
            continue
    return out


def covers(sqref: str, row: int, col: int) -> bool:
    return any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in sqref_cells(sqref))
