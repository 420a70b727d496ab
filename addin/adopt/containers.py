"""A tool's container, named in a column of its export (round 13).

Work-management tools file each record in a container the team names, and their exports
carry that name in a column on every row: ClickUp's and Trello's ``List Name``, Microsoft
Planner's ``Bucket Name``, Asana's ``Section/Column``, Monday.com's ``Group``, Wrike's
``Parent Folders``, a board's or space's name. A team keeping its issue log in such a tool
names the container ``Issues`` or ``Risk Log``, and the export lands on a sheet named
``export`` or ``Sheet1``: the container's name is then the only place the register is
named, as a sheet name or a title would name it. It counts as a title above the table
does (``classify``), and only when every row holds the same name and that name is a
register's word beside nothing but filler (``section_register``: ``Issues``, ``RAID -
Risks``, ``Open issues``); a list named ``Sprint 4`` or ``Risk review actions`` names no
register, and rows in two containers are two registers a type column would say.
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text

#: Headers of a tool's container column (list, bucket, board, group, section, folder, space).
CONTAINER_HEADER = re.compile(
    r"^(?:(?:list|bucket|board|group|section|folder|space|parent folders?)(?:[ _]?name)?"
    r"|section/column)$",
    re.I,
)


def container_name(block: TableBlock, grid: Grid) -> str:
    """The name of the one container every row of a tool's export sits in, when that name
    is a register's word (``Issues``, ``Risk Log``), else ``""``."""
    from addin.adopt.classify import section_register  # classify imports this module

    for cell in block.headers:
        if not CONTAINER_HEADER.match(cell.text.strip()):
            continue
        values = [
            cell_text(grid.value(r, cell.col)).strip()
            for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        if len(values) < 2 or len(set(values)) != 1:
            continue
        if section_register(values[0]) is not None:
            return values[0]
    return ""
