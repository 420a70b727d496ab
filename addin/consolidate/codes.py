"""Finding codes raised by consolidation itself (PORT-...), declared in the rule catalogue
so the standards can change their severity or switch them off (documented in
docs/consolidate.md)."""

from __future__ import annotations

from addin.catalogue import declare

REJECTED = declare(
    "PORT-REJECTED",
    "File could not be read",
    "error",
    "portfolio",
    "The file is not a workbook this tool can read (what it really is, hostile content, "
    "or the reader crashed or timed out on it); it is not in the roll-up.",
    "Open it in Excel and save it as an .xlsx workbook, or remove it from the folder.",
)
NOT_STANDARD = declare(
    "PORT-NOT-STANDARD",
    "Not a standard project workbook",
    "error",
    "portfolio",
    "The workbook has neither the template's _pmo sheet nor its register tables.",
    "Convert it with `pmo adopt FILE` and put the standard workbook in the folder.",
)
DUPLICATE_ID = declare(
    "PORT-DUPLICATE-ID",
    "Same Project ID in two workbooks",
    "error",
    "portfolio",
    "Two or more workbooks carry the same Project ID; the roll-up uses one of them "
    "(latest report date, then newest template version, then path order).",
    "Give each project its own ID, or remove the outdated copy from the folder.",
)
DEPENDENCY_UNMATCHED = declare(
    "PORT-DEP-UNMATCHED",
    "Dependency without its counterpart",
    "warning",
    "portfolio",
    "An inbound dependency has no matching outbound one in the counterparty's workbook "
    "(or the reverse), or names a project that is not in the roll-up.",
    "Agree the dependency with the other project and record it in both workbooks.",
)
DEPENDENCY_DATES = declare(
    "PORT-DEP-DATES",
    "Dependency dates disagree",
    "warning",
    "portfolio",
    "The two sides of a dependency give different need-by dates, or the counterparty "
    "committed to a date after the need-by date.",
    "Agree one need-by date with the counterparty, or re-plan around their commitment.",
)

ALL = (REJECTED, NOT_STANDARD, DUPLICATE_ID, DEPENDENCY_UNMATCHED, DEPENDENCY_DATES)
