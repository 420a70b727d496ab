"""A register pasted as a range (header row + rows) read with the workbook reader.

``PMO.CHECKRANGE`` gets a 2-D list of values, not a workbook. It becomes a one-sheet
in-memory workbook (:mod:`addin.files.range_host`) holding the range where it sits in
Excel (``top_left``) as the register's table, and
:func:`addin.reading.project_reader.read_project` reads it exactly as it reads a file, so
the conversions, findings and cell addresses are the reader's own.
"""

from __future__ import annotations

from typing import Any

from addin import layout
from addin.errors import UsageError
from addin.files.range_host import range_host
from addin.reading.project_reader import read_project
from addin.reading.result import ReadResult
from addin.standards import Standards


def find_register(name: str) -> layout.Register:
    """A register by key, sheet, table, item word or ID prefix: ``risks``, ``Risks``,
    ``tblRisks``, ``risk`` or ``R``."""
    wanted = name.strip().casefold()
    for register in layout.REGISTERS:
        names = {register.key, register.sheet, register.table, register.item}
        if register.id_prefix:
            names.add(register.id_prefix)
        if wanted in {n.casefold() for n in names}:
            return register
    known = ", ".join(r.key for r in layout.REGISTERS)
    raise UsageError(f"{name!r} is not a register; use one of: {known}")


def read_register_range(
    values: list[list[Any]],
    register_name: str,
    standards: Standards,
    top_left: str = "A1",
) -> tuple[layout.Register, ReadResult]:
    """Read a pasted register: the items, and the reader's findings about this register
    only (the in-memory workbook lacks the other sheets, which is not the user's fault)."""
    register = find_register(register_name)
    result = read_project(range_host(values, register, top_left), standards)
    result.findings = [f for f in result.findings if f.register == register.key]
    return register, result
