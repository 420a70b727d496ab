"""The Iterations burn-up chart, added to an upgraded workbook's package as the template has it.

A version 2 template has, beside tblIterations, a native chart fed by a hidden helper block
of formulas from column U (:mod:`addin.templates.burnup_chart`). The upgrade adds the same:
the helper cells (the template's formulas over the workbook's own End, Completed Points
and Remaining Points columns, cached with the values they give), the hidden ``<col>``, the
chart part (the template's, its series pointed at this workbook's rows, its caches
refreshed), and a drawing anchor. When the sheet has no drawing, the template's drawing
part comes too; when the PM's sheet already has one (their own chart or image), the
anchor joins their drawing part with a new relationship id, and every new part gets a
name no part of the PM's uses. Nothing else of the PM's changes.

:func:`plan_burnup` checks first and says what cannot be carried (the helper block's
cells hold the PM's own, the table reaches that far...); only then :func:`add_burnup`
edits, so a refusal leaves the package as it was.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from addin.cells import column_index, column_letter, parse_range
from addin.templates.burnup_chart import HEADERS, HELPER_COL, NA, SPARE_ROWS, helper_formulas
from addin.templates.burnup_chart import helper_values as _values
from addin.upgrade.package import Package
from addin.upgrade.sheet_xml import (
    SheetXml,
    attrs,
    elements_after,
    inline_string_cell,
    set_attr,
)
from addin.upgrade.template_source import BurnupPieces, cell_text

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"
CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml"
#: Worksheet elements that follow ``<drawing>`` (CT_Worksheet order).
AFTER_DRAWING = elements_after("drawing")


@dataclass
class BurnupPlan:
    """Where the helper block and chart go in one workbook's Iterations sheet."""

    sheet_name: str
    first: int  # the table's header row; helper rows are first+1..first+rows
    rows: int
    end: str  # column letters of End, Completed Points, Remaining Points (None: absent)
    done: str
    remaining: str | None
    table_last_col: int  # 1-based
    values: list[tuple[object, object, object]] | None  # None: inputs Python cannot follow


def _number(cell_xml: str | None, strings: list[str]) -> float | bool | None:
    """A table cell as a number, None when blank; False when it is anything else (text,
    an error, a formula without a cached value)."""
    if cell_xml is None:
        return None
    a = attrs(cell_xml)
    kind = a.get("t", "n")
    has_value = re.search(r"<(v|is)\b", cell_xml) is not None
    if "<f" in cell_xml and not has_value:
        return False
    if not has_value:
        return None
    text = cell_text(cell_xml, strings)
    if kind in ("s", "str", "inlineStr"):
        return None if text == "" else False
    if kind != "n":
        return False
    try:
        return float(text)
    except ValueError:
        return False


def plan_burnup(
    sheet_name: str,
    sheet: SheetXml,
    table_ref: str,
    headers: list[str],
    totals: int,
    strings: list[str],
) -> tuple[BurnupPlan | None, str | None]:
    """(the plan, None), or (None, what cannot be carried)."""
    r1, c1, r2, c2 = parse_range(table_ref.replace("$", ""))
    letters = {k: column_letter(c1 + i) for i, k in enumerate(headers)}
    if "end" not in letters or "completed_points" not in letters:
        return None, (
            "tblIterations has no End or Completed Points column, so the burn-up chart "
            "(which plots them) is not added"
        )
    helper = column_letter(HELPER_COL + 1)
    if c2 > HELPER_COL:
        return None, (
            f"tblIterations reaches column {column_letter(c2)}, over the burn-up chart's hidden "
            f"helper columns from {helper}: the chart is not added"
        )
    rows = max(r2 - r1 - totals, 1) + SPARE_ROWS
    width = 3 if "remaining_points" in letters else 2
    last_row = r1 + rows
    busy = [
        f"{column_letter(c.col)}{row.number}"
        for row in sheet.rows()
        if r1 <= row.number <= last_row
        for c in row.cells
        if HELPER_COL < c.col <= HELPER_COL + width and c.has_value
    ]
    if busy:
        block = f"{helper}{r1}:{column_letter(HELPER_COL + width)}{last_row}"
        return None, (
            f"'{sheet_name}'!{busy[0]}{' and more' if len(busy) > 1 else ''} hold the PM's own "
            f"cells where the burn-up chart's hidden helper block goes ({block}): move them "
            "and upgrade again (--force upgrades without the chart)"
        )
    for ref in sheet.merged():
        try:
            m1, mc1, m2, mc2 = parse_range(ref)
        except ValueError:
            continue
        if mc1 <= HELPER_COL + width and mc2 > HELPER_COL and m1 <= last_row and m2 >= r1:
            return None, (
                f"merged cells {ref} on '{sheet_name}' are where the burn-up chart's hidden "
                "helper block goes: the chart is not added"
            )
    cols = [column_index(letters[k]) for k in ("end", "completed_points")]
    remaining = letters.get("remaining_points")
    if remaining:
        cols.append(column_index(remaining))
    by_row = {row.number: row for row in sheet.rows()}
    inputs: list[tuple[float | None, float | None, float | None]] = []
    followed = True
    for r in range(r1 + 1, last_row + 1):
        found = by_row.get(r)
        got = [
            _number(c.xml if (c := found.cell(col)) is not None else None, strings)
            if found is not None
            else None
            for col in cols
        ]
        if any(v is False for v in got):
            followed = False
            break
        numbers = [v if isinstance(v, float) else None for v in got] + [None]
        inputs.append((numbers[0], numbers[1], numbers[2] if remaining else None))
    plan = BurnupPlan(
        sheet_name,
        r1,
        rows,
        letters["end"],
        letters["completed_points"],
        remaining,
        c2,
        _values(inputs) if followed else None,
    )
    return plan, None


def _value_xml(value: object) -> tuple[str, str]:
    """(type attribute, <v> element) of a cached helper value."""
    if value == NA:
        return ' t="e"', "<v>#N/A</v>"
    number = float(str(value))
    text = str(int(number)) if number.is_integer() else repr(number)
    return "", f"<v>{text}</v>"


def _helper_cells(plan: BurnupPlan, sheet: SheetXml) -> dict[int, dict[int, str]]:
    by_row = {row.number: row for row in sheet.rows()}
    end_col = column_index(plan.end)
    first_data = by_row.get(plan.first + 1)
    first_end = first_data.cell(end_col) if first_data is not None else None
    date_style = first_end.style if first_end is not None else None
    width = 3 if plan.remaining else 2
    cells: dict[int, dict[int, str]] = {
        plan.first: {
            HELPER_COL + 1 + i: inline_string_cell(text, None)
            for i, text in enumerate(HEADERS[:width])
        }
    }
    for index in range(plan.rows):
        r = plan.first + 1 + index
        row = by_row.get(r)
        own = row.cell(end_col) if row is not None else None
        style = own.style if own is not None and own.style else date_style
        formulas = helper_formulas(r, plan.first + 1, plan.end, plan.done, plan.remaining)
        line: dict[int, str] = {}
        for i, formula in enumerate(formulas[:width]):
            assert formula is not None
            s = f' s="{style}"' if i == 0 and style else ""
            kind, value = ("", "")
            if plan.values is not None:
                kind, value = _value_xml(plan.values[index][i])
            line[HELPER_COL + 1 + i] = f'<c r="A1"{s}{kind}><f>{escape(formula)}</f>{value}</c>'
        cells[r] = line
    return cells


def _hide_columns(sheet: SheetXml, template_cols: str, width: int) -> None:
    """Hide the helper columns as the template does, splitting a PM ``<col>`` that spans them."""
    lo, hi = HELPER_COL + 1, HELPER_COL + width
    element = re.sub(r'max="\d+"', f'max="{hi}"', template_cols, count=1)
    block = re.search(r"<cols>(.*?)</cols>", sheet.text, re.S)
    if block is None:
        at = sheet.text.find("<sheetData")
        sheet.text = sheet.text[:at] + "<cols>" + element + "</cols>" + sheet.text[at:]
        return
    pieces: list[tuple[int, str]] = []
    for tag in re.findall(r"<col\b[^>]*>", block.group(1)):
        a = attrs(tag)
        cmin, cmax = int(a.get("min", "0")), int(a.get("max", "0"))
        if cmax < lo or cmin > hi:
            pieces.append((cmin, tag))
            continue
        if cmin < lo:
            pieces.append((cmin, set_attr(tag, "max", str(lo - 1))))
        if cmax > hi:
            pieces.append((hi + 1, set_attr(tag, "min", str(hi + 1))))
    pieces.append((lo, element))
    body = "".join(tag for _, tag in sorted(pieces, key=lambda p: p[0]))
    sheet.replace_span((block.start(1), block.end(1)), body)


def _ref(sheet_name: str, col: int, first: int, last: int) -> str:
    letter = column_letter(col)
    return "'" + sheet_name.replace("'", "''") + f"'!${letter}${first}:${letter}${last}"


def _cache(values: list[object], numeric: bool) -> str:
    points = "".join(
        f'<c:pt idx="{i}"><c:v>{escape(str(0 if numeric and v == NA else v))}</c:v></c:pt>'
        for i, v in enumerate(values)
    )
    count = f'<c:ptCount val="{len(values)}"/>'
    if numeric:
        return f"<c:numCache><c:formatCode>General</c:formatCode>{count}{points}</c:numCache>"
    return f"<c:strCache>{count}{points}</c:strCache>"


def chart_xml(template: str, plan: BurnupPlan) -> str:
    """The template's chart, its series over this workbook's helper rows (caches refreshed
    as XlsxWriter writes them; none when the values could not be followed)."""
    width = 3 if plan.remaining else 2
    first, last = plan.first + 1, plan.first + plan.rows

    def series(match: re.Match[str]) -> str:
        xml = match.group(0)
        refs = re.findall(r"<c:f>[^<]*!\$([A-Z]+)\$", xml)
        if any(column_index(c) > HELPER_COL + width for c in refs):
            return ""  # the total scope series, when there is no Remaining Points column
        return xml

    text = re.sub(r"<c:ser>.*?</c:ser>", series, template, flags=re.S)

    def values(match: re.Match[str]) -> str:
        tag, body = match.group(1), match.group(2)
        letter = re.search(r"<c:f>[^<]*!\$([A-Z]+)\$", body)
        if letter is None:
            return match.group(0)
        col = column_index(letter.group(1))
        formula = f"<c:f>{escape(_ref(plan.sheet_name, col, first, last))}</c:f>"
        if plan.values is None:
            return f"<c:{tag}><c:numRef>{formula}</c:numRef></c:{tag}>"
        data = [row[col - HELPER_COL - 1] for row in plan.values]
        numeric = tag == "yVal" or all(v != NA for v in data)
        kind = "numRef" if numeric else "strRef"
        return f"<c:{tag}><c:{kind}>{formula}{_cache(data, numeric)}</c:{kind}></c:{tag}>"

    return re.sub(r"<c:(xVal|yVal)>(.*?)</c:\1>", values, text, flags=re.S)


def _rels_part(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _add_rel(package: Package, part: str, kind: str, target: str) -> str:
    """Add a relationship from ``part`` to ``target`` (a part path); returns its new id."""
    rels = _rels_part(part)
    text = (
        package.text(rels)
        if package.has(rels)
        else (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            "</Relationships>"
        )
    )
    taken = set(re.findall(r'\bId="([^"]+)"', text))
    n = 1
    while f"rId{n}" in taken:
        n += 1
    rid = f"rId{n}"
    relative = posixpath.relpath(target, posixpath.dirname(part))
    element = f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target={quoteattr(relative)}/>'
    text = re.sub(r"</Relationships>\s*$", element + "</Relationships>", text)
    if package.has(rels):
        package.replace(rels, text)
    else:
        package.add(rels, text)
    return rid


def _content_type(package: Package, part: str, content_type: str) -> None:
    name = "[Content_Types].xml"
    text = package.text(name)
    if f'PartName="/{part}"' in text:
        return
    element = f'<Override PartName="/{part}" ContentType="{content_type}"/>'
    package.replace(name, text.replace("</Types>", element + "</Types>", 1))


def _free(package: Package, pattern: str) -> str:
    taken = {n.lower() for n in package.data}
    n = 1
    while pattern.format(n).lower() in taken:
        n += 1
    return pattern.format(n)


def _anchor(pieces: BurnupPieces, plan: BurnupPlan, rid: str, shape_id: int | None) -> str:
    """The template's anchor, moved right of the table and pointing at ``rid``."""
    delta = plan.table_last_col + 1 - pieces.anchor_col

    def move(match: re.Match[str]) -> str:
        return f"<xdr:col>{int(match.group(1)) + delta}</xdr:col>"

    xml = re.sub(r"<xdr:col>(\d+)</xdr:col>", move, pieces.anchor)
    xml = re.sub(r'r:id="[^"]*"', f'r:id="{rid}"', xml, count=1)
    if shape_id is not None:  # joining the PM's drawing: its own namespaces, a unique id
        xml = xml.replace(
            "<xdr:twoCellAnchor", f'<xdr:twoCellAnchor xmlns:xdr="{XDR}" xmlns:a="{DRAWINGML}"', 1
        )
        xml = re.sub(
            r'<xdr:cNvPr id="\d+" name="[^"]*"/>',
            f'<xdr:cNvPr id="{shape_id}" name="Burn-up chart"/>',
            xml,
            count=1,
        )
    return xml


def add_burnup(
    package: Package,
    sheet_part: str,
    sheet: SheetXml,
    plan: BurnupPlan,
    pieces: BurnupPieces,
) -> list[str]:
    """Add the helper block, the chart and its anchor (see the module docstring); returns
    notes for the report."""
    notes: list[str] = []
    width = 3 if plan.remaining else 2
    sheet.put_cells(_helper_cells(plan, sheet), {})
    sheet.widen_dimension(plan.first + plan.rows, HELPER_COL + width)
    _hide_columns(sheet, pieces.cols, width)
    if plan.values is None:
        notes.append(
            f"the burn-up chart's helper cells on '{plan.sheet_name}' have no cached values "
            "(tblIterations holds text, errors or uncalculated formulas in End, Completed or "
            "Remaining Points): Excel calculates them when the workbook opens"
        )
        _full_calc_on_load(package)
    chart = _free(package, "xl/charts/chart{}.xml")
    package.add(chart, chart_xml(pieces.chart, plan))
    _content_type(package, chart, CHART_TYPE)
    own = re.search(r"<drawing\b[^>]*>", sheet.text)
    rels = package.rels(sheet_part)
    if own is not None:
        rid_attr = next((v for k, v in attrs(own.group(0)).items() if k.endswith(":id")), "")
        drawing = rels.get(rid_attr, ("", ""))[1]
        text = package.text(drawing)
        ids = [int(i) for i in re.findall(r'<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"', text)]
        rid = _add_rel(package, drawing, "chart", chart)
        anchor = _anchor(pieces, plan, rid, max(ids, default=1) + 1)
        close = list(re.finditer(r"</(?:\w+:)?wsDr>", text))[-1]
        package.replace(drawing, text[: close.start()] + anchor + text[close.start() :])
        notes.append(f"the burn-up chart joins the drawing already on '{plan.sheet_name}'")
        return notes
    drawing = _free(package, "xl/drawings/drawing{}.xml")
    rid = _add_rel(package, drawing, "chart", chart)
    package.add(
        drawing,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{DRAWINGML}">'
        + _anchor(pieces, plan, rid, None)
        + "</xdr:wsDr>",
    )
    _content_type(package, drawing, DRAWING_TYPE)
    sheet_rid = _add_rel(package, sheet_part, "drawing", drawing)
    root = re.search(r"<worksheet\b[^>]*>", sheet.text)
    assert root is not None
    prefix = re.search(rf'xmlns:(\w+)="{re.escape(REL)}"', root.group(0))
    if prefix is None:
        sheet.replace_span(root.span(), set_attr(root.group(0), "xmlns:r", REL))
    name = prefix.group(1) if prefix is not None else "r"
    sheet.insert_before_first(AFTER_DRAWING, f'<drawing {name}:id="{sheet_rid}"/>')
    return notes


def _full_calc_on_load(package: Package) -> None:
    """Ask Excel to calculate every formula when the workbook opens (for helper cells
    without cached values)."""
    part = package.workbook_part()
    text = package.text(part)
    calc = re.search(r"<calcPr\b[^>]*>", text)
    if calc is not None:
        text = (
            text[: calc.start()]
            + set_attr(calc.group(0), "fullCalcOnLoad", "1")
            + text[calc.end() :]
        )
    else:
        after = max(
            (
                m.end()
                for tag in ("sheets", "externalReferences", "definedNames")
                for m in [re.search(rf"</{tag}>|<{tag}\s*/>", text)]
                if m is not None
            ),
            default=-1,
        )
        if after < 0:
            return
        text = text[:after] + '<calcPr fullCalcOnLoad="1"/>' + text[after:]
    package.replace(part, text)
