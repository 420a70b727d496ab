"""The reader's finding codes (WB-): what stops a workbook being read as the standard one,
and every value it could not convert. Documented in docs/reading.md."""

from __future__ import annotations

from addin.catalogue import declare

UNREADABLE = declare(
    "WB-001",
    "Not a workbook this tool can read",
    "error",
    "workbook",
    "The file is not an Excel workbook (.xlsx/.xlsm), or is one that cannot be read safely: "
    "an old .xls, an OpenDocument .ods, a CSV or HTML file with a spreadsheet name, a "
    "password-protected or truncated workbook, an Excel lock file (~$...), a zip bomb, XML "
    "with a DOCTYPE, or a sheet with values millions of cells away. The message says what "
    "the file really is.",
    "Do what the message says: usually open it in Excel and save it as Excel Workbook "
    "(.xlsx); remove a password; copy a truncated file again; skip ~$ lock files.",
)
NOT_STANDARD = declare(
    "WB-002",
    "Not the standard project workbook",
    "info",
    "workbook",
    "The workbook has no _pmo sheet and none of the standard tables (tblRisks, tblFinance...), "
    "so it is not a standard project workbook; its registers are not checked.",
    "Run `pmo adopt FILE` (or the ribbon's Adopt button) to turn it into a standard "
    "project workbook, then fill that one.",
)
SHEET_MISSING = declare(
    "WB-003",
    "Sheet or register missing",
    "warning",
    "workbook",
    "A sheet of the standard workbook (Project, Risks, Finance...) is absent, or the register "
    "it should hold has no table and no header row the reader recognises.",
    "Restore the sheet from the template (`pmo new` builds a fresh copy) or paste the register "
    "back with its header row.",
)
TABLE_MISSING = declare(
    "WB-004",
    "Register is not an Excel table",
    "info",
    "workbook",
    "The register was found by its sheet and header row, but its Excel table (e.g. tblRisks) is "
    "missing, so the dropdowns and computed columns of the template may be missing too.",
    "Select the register and use Insert > Table, then name it as the template does (Table "
    "Design > Table Name), or copy the rows into a fresh template.",
)
REQUIRED_COLUMN_MISSING = declare(
    "WB-005",
    "Required column missing",
    "error",
    "workbook",
    "A register lacks a column the standard requires (its header is not found), so every "
    "item lacks that value.",
    "Add the column back with the header text the message names (the order does not matter).",
)
COLUMN_MISSING = declare(
    "WB-006",
    "Column missing",
    "warning",
    "workbook",
    "A register lacks an optional column of the standard (its header is not found).",
    "Add the column back with the header text the message names (the order does not matter).",
)
TEMPLATE_OLD = declare(
    "WB-007",
    "Template version older than current",
    "warning",
    "workbook",
    "The _pmo sheet says the workbook was built from a version of the standard template "
    "older than any `pmo upgrade` can upgrade (version 1 workbooks get WB-017 instead).",
    "Copy its data into a fresh workbook from `pmo new`.",
)
STANDARDS_DIFFER = declare(
    "WB-008",
    "Built with other standards",
    "info",
    "workbook",
    "The workbook's dropdown lists were made from a different version of the EPMO standards "
    "than the one it is checked against; lists and bands may differ.",
    "Nothing to fix unless values are reported as not in a list; then refresh the workbook "
    "from the current template.",
)
SHEET_TRUNCATED = declare(
    "WB-009",
    "Sheet too large, read in part",
    "error",
    "workbook",
    "A sheet has more rows or columns than the reader's limit (or a value millions of cells "
    "away), so only part of it was read.",
    "Delete stray cells far below or right of the data (select the empty rows and columns, "
    "Delete, save), or split the data.",
)
UNCACHED_FORMULA = declare(
    "WB-010",
    "Formula without a cached value",
    "warning",
    "workbook",
    "An input cell holds a formula whose result was never stored (the file was written by a "
    "program, not saved by Excel), so its value cannot be read.",
    "Open the workbook in Excel and save it so that formula values are stored, or type the "
    "value instead of a formula.",
)
ERROR_VALUE = declare(
    "WB-011",
    "Error value in an input",
    "error",
    "workbook",
    "An input cell holds an Excel error (#REF!, #DIV/0!, #N/A, #VALUE!, #NAME?...), usually "
    "a formula pointing at deleted cells.",
    "Fix or replace the formula in the named cell, or type the value.",
)
NOT_A_DATE = declare(
    "WB-012",
    "Not a date",
    "error",
    "workbook",
    "A date cell holds something that cannot be read as a date. Dates are read from real "
    "Excel dates, date serial numbers, or text such as 2026-04-03, 03/04/2026 (day first: "
    "3 April) or 3 Apr 2026.",
    "Enter a real date (e.g. 03/04/2026 in a UK-format cell) or clear the cell.",
)
NOT_A_NUMBER = declare(
    "WB-013",
    "Not a number",
    "error",
    "workbook",
    "A number cell (a score, an amount, points, days) holds text that cannot be read as a "
    "number. Numbers may be typed with thousands separators, a currency sign or a % sign.",
    "Enter a number, e.g. 1200 or 1,200.50, or clear the cell.",
)
FIELD_MISSING = declare(
    "WB-014",
    "Project field not found",
    "warning",
    "workbook",
    "A field of the Project sheet (e.g. Report Date) was found neither by its label nor by its "
    "named range, so its value cannot be read.",
    "Put the label back in column A of the Project sheet with the value beside it, exactly as "
    "the template has it.",
)
TEMPLATE_NEWER = declare(
    "WB-015",
    "Template version newer than this tool",
    "warning",
    "workbook",
    "The _pmo sheet says the workbook comes from a newer template than this tool knows; "
    "columns it does not know are ignored.",
    "Update the PMO add-in (or the `pmo` command) to the current release.",
)
ROWS_OUTSIDE_TABLE = declare(
    "WB-016",
    "Register rows outside its table",
    "warning",
    "workbook",
    "Rows typed or pasted directly below a register's Excel table (tblRisks...) are not part "
    "of the table, so the template's dropdowns and formulas miss them; or the table's range "
    "no longer holds the register's header row (a program inserted rows without moving the "
    "table). The reader still reads the rows as items.",
    "Resize the table to take them in (click in the table, Table Design > Resize Table), or "
    "drag the table's corner handle down over them; a moved range is put right by opening "
    "and saving the workbook in Excel.",
)
TEMPLATE_UPGRADE = declare(
    "WB-017",
    "Template version 1: upgrade available",
    "info",
    "workbook",
    "The _pmo sheet says the workbook was built from an earlier version of the standard "
    "template that `pmo upgrade` can bring to the current one (version 2 adds the Project "
    "fields Mandatory, Funding Requested and Expected Benefits, the Iterations column "
    "Remaining Points and 1-5 dropdowns). Until then those fields read as empty.",
    "Run `pmo upgrade FILE --in-place` (a copy of the original is kept under .pmo-backup/) "
    "or the ribbon's Upgrade template button; everything the PM added is kept.",
)
