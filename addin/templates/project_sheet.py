"""The Project sheet: a two-column form (label in A, value in B) with a name per value cell."""

from __future__ import annotations

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.layout import PROJECT_FIELDS, PROJECT_FIRST_ROW, PROJECT_SHEET, ProjectField
from addin.models import ProjectHeader
from addin.standards import Standards
from addin.templates.guidance import input_message, validation
from addin.templates.styles import LINE_HEIGHT, Styles, wrapped_height
from addin.templates.values import write_typed

NOTES_WIDTH = 60
TITLE = "Project details"
INTRO = (
    "Fill the white cells in column B. Red labels are required. Dropdowns hold the EPMO's "
    "lists; the notes in column C say what each field needs."
)


def _sheet_ref() -> str:
    return f"'{PROJECT_SHEET}'" if " " in PROJECT_SHEET else PROJECT_SHEET


def write_project_sheet(
    workbook: Workbook,
    sheet: Worksheet,
    header: ProjectHeader | None,
    standards: Standards,
    styles: Styles,
    *,
    fields: tuple[ProjectField, ...] = PROJECT_FIELDS,
    scale_dropdown: bool = True,
) -> None:
    """Labels, values, validations, RAG colours and the ``ProjectID``-style names
    (``fields`` and ``scale_dropdown``: an older template version's form)."""
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 42)
    sheet.set_column(2, 2, NOTES_WIDTH)
    sheet.write_string(0, 0, TITLE, styles.title)
    sheet.merge_range(1, 0, 1, 2, INTRO, styles.note)
    sheet.set_row(1, 32)
    sheet.write_string(PROJECT_FIRST_ROW - 2, 0, "Field", styles.header)
    sheet.write_string(PROJECT_FIRST_ROW - 2, 1, "Value", styles.header)
    sheet.write_string(PROJECT_FIRST_ROW - 2, 2, "Notes", styles.header)
    rag_rows: list[int] = []
    for offset, field in enumerate(fields):
        row = PROJECT_FIRST_ROW - 1 + offset  # 0-based
        sheet.write_string(
            row, 0, field.label, styles.required_label if field.required else styles.label
        )
        value = getattr(header, field.key) if header is not None else None
        fmt = {"date": styles.input_date, "longtext": styles.input_wrap}.get(
            field.kind, styles.input
        )
        if field.kind == "longtext":
            sheet.set_row(row, 60)
        write_typed(sheet, row, 1, value, fmt, styles)
        note = input_message(field, standards)
        if note:
            sheet.write_string(row, 2, note, styles.note)
            if field.kind != "longtext" and wrapped_height(note, NOTES_WIDTH) > LINE_HEIGHT:
                sheet.set_row(row, wrapped_height(note, NOTES_WIDTH))
        rule = validation(field, standards, scale_dropdown=scale_dropdown)
        if rule is not None:
            sheet.data_validation(row, 1, row, 1, rule)
        workbook.define_name(field.range_name, f"={_sheet_ref()}!$B${row + 1}")
        if field.list_name == "rag":
            rag_rows.append(row)
    for row in rag_rows:
        for rag, colour in standards.rag_colours.items():
            sheet.conditional_format(
                row,
                1,
                row,
                1,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": '"' + rag.replace('"', '""') + '"',
                    "format": workbook.add_format({"bg_color": colour}),
                },
            )
    sheet.freeze_panes(PROJECT_FIRST_ROW - 1, 0)
    sheet.fit_to_pages(1, 0)
