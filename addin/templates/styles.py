"""The cell formats of the project workbook, created once per workbook."""

from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from addin.layout import Kind

DATE_FORMAT = "dd-mmm-yyyy"  # 26-Nov-2026: unambiguous in every locale
MONTH_FORMAT = "mmm yyyy"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
COMPUTED_FILL = "#F2F2F2"
INPUT_FILL = "#FFFFFF"
HEADER_FILL = "#1F4E78"


@dataclass(frozen=True)
class Styles:
    """Every format the sheets use. Build it with :func:`make_styles`."""

    title: Format
    subtitle: Format
    note: Format
    wrap: Format
    bold: Format
    header: Format
    label: Format
    required_label: Format
    input: Format
    input_wrap: Format
    input_date: Format
    date: Format
    month: Format
    money: Format
    number: Format
    integer: Format
    percent: Format
    computed: Format
    computed_int: Format
    computed_money: Format
    computed_percent: Format
    computed_month: Format
    text: Format
    plain: Format

    def for_kind(self, kind: Kind) -> Format:
        """The format of an input cell of a column kind."""
        if kind == "date":
            return self.date
        if kind == "month":
            return self.month
        if kind == "money":
            return self.money
        if kind == "number":
            return self.number
        if kind in ("int", "scale"):
            return self.integer
        if kind == "longtext":
            return self.wrap
        return self.text

    def computed_for_kind(self, kind: Kind) -> Format:
        """The format of a computed (formula) cell of a column kind."""
        return self.computed_int if kind in ("int", "scale") else self.computed


def make_styles(workbook: Workbook) -> Styles:
    """Create the formats on ``workbook``."""
    add = workbook.add_format
    return Styles(
        title=add({"bold": True, "font_size": 16, "font_color": HEADER_FILL}),
        subtitle=add({"bold": True, "font_size": 12, "font_color": HEADER_FILL}),
        note=add({"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"}),
        wrap=add({"text_wrap": True, "valign": "top"}),
        bold=add({"bold": True}),
        header=add(
            {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL, "text_wrap": True}
        ),
        label=add({"bold": True, "valign": "top"}),
        required_label=add({"bold": True, "valign": "top", "font_color": "#9C0006"}),
        input=add({"bg_color": INPUT_FILL, "border": 1, "border_color": "#A6A6A6"}),
        input_wrap=add(
            {
                "bg_color": INPUT_FILL,
                "border": 1,
                "border_color": "#A6A6A6",
                "text_wrap": True,
                "valign": "top",
            }
        ),
        input_date=add(
            {
                "num_format": DATE_FORMAT,
                "bg_color": INPUT_FILL,
                "border": 1,
                "border_color": "#A6A6A6",
                "align": "left",
            }
        ),
        date=add({"num_format": DATE_FORMAT, "align": "left", "valign": "top"}),
        month=add({"num_format": MONTH_FORMAT, "align": "left", "valign": "top"}),
        money=add({"num_format": MONEY_FORMAT, "valign": "top"}),
        number=add({"num_format": "0.##", "valign": "top"}),
        integer=add({"num_format": "0", "align": "center", "valign": "top"}),
        percent=add({"num_format": PERCENT_FORMAT}),
        computed=add({"bg_color": COMPUTED_FILL, "align": "center", "valign": "top"}),
        computed_int=add(
            {"bg_color": COMPUTED_FILL, "num_format": "0", "align": "center", "valign": "top"}
        ),
        computed_money=add({"bg_color": COMPUTED_FILL, "num_format": MONEY_FORMAT}),
        computed_percent=add({"bg_color": COMPUTED_FILL, "num_format": PERCENT_FORMAT}),
        computed_month=add({"bg_color": COMPUTED_FILL, "num_format": MONTH_FORMAT}),
        text=add({"valign": "top"}),
        plain=add({}),
    )


#: Points per line of 11 pt text, and characters per unit of column width (average text).
LINE_HEIGHT = 15.0
CHARS_PER_WIDTH_UNIT = 1.1


def wrapped_height(text: str, width: float) -> float:
    """The row height that shows ``text`` wrapped in a column ``width`` wide.

    Spreadsheet programs do not grow rows for wrapped text in a file they did not write,
    so rows holding long text get their height set.
    """
    per_line = max(1, int(width * CHARS_PER_WIDTH_UNIT))
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    return LINE_HEIGHT * lines
