"""The capacity workbook's layout: its sheets, its one table, its _pmo values."""

from __future__ import annotations

from addin.layout import Column, Register

CAPACITY_TEMPLATE_ID = "capacity"
CAPACITY_TEMPLATE_VERSION = 1
CAPACITY_FILE_NAME = "capacity.xlsx"

GUIDE_SHEET = "Guide"
CAPACITY_SHEET = "Capacity"
LISTS_SHEET = "Lists"
META_SHEET = "_pmo"
SHEET_ORDER = (GUIDE_SHEET, CAPACITY_SHEET, LISTS_SHEET, META_SHEET)

#: The dropdown lists of the capacity workbook's own Lists sheet (their defined names
#: are ``lst_<name>``, like the project template's).
ROLE_LIST = "capacity_role"
TEAM_LIST = "capacity_team"
#: Rows of each Lists column the dropdowns cover, so the EPMO can add roles and teams.
LIST_ROWS = 200

CAPACITY = Register(
    "capacity",
    CAPACITY_SHEET,
    "tblCapacity",
    "capacity line",
    None,
    (
        Column(
            "Person",
            width=24,
            hint="The person's name as projects write it. Leave empty for a role's pooled "
            "capacity (e.g. 3 contract testers).",
        ),
        Column("Role", "list", list_name=ROLE_LIST, required=True, width=20),
        Column("Team", "list", list_name=TEAM_LIST, width=18),
        Column("Month", "month", required=True, width=11),
        Column(
            "Available Days",
            "number",
            width=11,
            hint="Days the person (or the pool) can give to projects that month, after leave "
            "and business-as-usual work.",
        ),
    ),
    "People and pooled roles available to projects, by month.",
)
