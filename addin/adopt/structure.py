"""Excel's own structure as evidence: the name a person gave a table.

An Excel table (ListObject) named ``tblRisks`` or ``IssueLog``, or a defined name
``RiskRegister`` over a table's range, says what the table is as plainly as a title above
it does: the author named it. The name is read as words (``tblRisks`` -> ``Risks``,
``RAID_Log`` -> ``RAID Log``) and added to the table's title lines, so the classifier
weighs it like a title (``named so``); the table's report says which name was read.

Only names that cover the table are read: a ListObject whose range holds the table's
header row, or a defined name whose range holds the header row and at least half of the
table's columns. Excel's own default names (``Table1``), print areas and filter ranges
(``_xlnm.``) say nothing and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from addin.adopt.detect import TableBlock
from addin.adopt.report import AdoptionReport
from addin.cells import address, parse_range
from addin.host import TableInfo, WorkbookHost

#: Prefixes authors put on names (``tblRisks``, ``tbl_Issues``, ``rngRAID``, ``t_Risks``).
_PREFIX = re.compile(r"^(?:tbl|tab|rng|lst|t|ws|data)(?=[A-Z_])_?")
_DEFAULT = re.compile(r"^(?:Table|Tableau|Tabelle|Tabla|Tabella)\d*$", re.I)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def name_words(name: str) -> str:
    """A table or range name as the words its author meant: ``tblRisks`` -> ``Risks``,
    ``IssueLog`` -> ``Issue Log``, ``RAID_Log`` -> ``RAID Log``; ``""`` for Excel's
    default names (``Table1``) and its own (``_xlnm.Print_Area``)."""
    bare = name.rsplit("!", 1)[-1].strip()
    if not bare or bare.startswith("_xlnm") or _DEFAULT.match(bare):
        return ""
    bare = _PREFIX.sub("", bare)
    words = _CAMEL.sub(" ", bare.replace("_", " ").replace(".", " "))
    words = re.sub(r"\d+$", "", " ".join(words.split())).strip()
    return words if sum(ch.isalpha() for ch in words) >= 2 else ""


@dataclass
class NamedTables:
    """The names read, per table: (sheet, header row, first column) -> ``'tblRisks'``."""

    names: dict[tuple[str, int, int], str] = field(default_factory=dict)

    def note(self, report: AdoptionReport) -> None:
        """Say in each named table's report which name was read."""
        for table in report.tables:
            first = table.ref.split(":", 1)[0]
            for (sheet, header_row, col), name in self.names.items():
                if table.sheet == sheet and first == address(header_row, col):
                    table.notes.append(f"named {name!r} in the workbook: read like a title")


def name_blocks(
    sheet: str,
    blocks: list[TableBlock],
    tables: list[TableInfo],
    defined: dict[str, str],
    named: NamedTables,
) -> None:
    """Add the name covering each of ``blocks`` (a ListObject's first, else a defined
    name's) to its title lines, and remember it in ``named``."""
    ranges: list[tuple[str, tuple[int, int, int, int], bool]] = []
    for info in tables:
        if info.sheet == sheet:
            span = _span(info.ref)
            if span is not None:
                ranges.append((info.name, span, True))
    for name, ref in defined.items():
        where, _, cells = ref.replace("$", "").rpartition("!")
        if where.strip("'").replace("''", "'") != sheet:
            continue
        span = _span(cells)
        if span is not None:
            ranges.append((name, span, False))
    for block in blocks:
        for name, (r1, c1, r2, c2), listobject in ranges:
            words = name_words(name)
            if not words or not r1 <= block.header_row <= r2:
                continue
            overlap = min(c2, block.last_col) - max(c1, block.first_col) + 1
            width = block.last_col - block.first_col + 1
            if overlap <= 0 or (not listobject and overlap * 2 < width):
                continue
            block.preamble.append((block.header_row - 1, block.first_col, words))
            named.names[(sheet, block.header_row, block.first_col)] = name
            break


def host_names(host: WorkbookHost) -> tuple[list[TableInfo], dict[str, str]]:
    """The host's Excel tables and workbook-level defined names (none from a host that
    cannot list them)."""
    try:
        tables = list(host.tables())
    except Exception:  # a host without tables: names from defined names only
        tables = []
    try:
        defined = dict(host.defined_names())
    except Exception:  # a host without defined names
        defined = {}
    return tables, defined


def _span(ref: str) -> tuple[int, int, int, int] | None:
    try:
        return parse_range(ref)
    except ValueError:
        return None
