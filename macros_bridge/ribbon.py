"""The PMO ribbon tab (SPEC section 9), defined once.

Everything about a button lives here: its id, label, group, icon, tips, and the macro
it runs. The ribbon XML (:mod:`macros_bridge.ribbon_xml`), the add-in build, the docs
checks and the tests all read this. A button's ``tag`` is the name of a macro in
:data:`addin.macros.MACROS`; every button calls the one VBA callback :data:`CALLBACK`,
which hands the tag to Python (:func:`macros_bridge.entry.run_button`).

Icons are built-in Office images (``imageMso``), so the add-in carries no pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: The single VBA callback every button's onAction names (in vba/PMO.bas).
CALLBACK = "PMO_OnAction"

TAB_ID = "pmoTab"
TAB_LABEL = "PMO"


@dataclass(frozen=True)
class Button:
    """One ribbon button: what it shows and the macro it runs."""

    id: str
    label: str
    macro: str  # a key of addin.macros.MACROS; becomes the button's tag
    image_mso: str
    screentip: str
    supertip: str
    size: Literal["large", "normal"] = "large"

    @property
    def tag(self) -> str:
        return self.macro


@dataclass(frozen=True)
class Group:
    """A group of buttons on the PMO tab."""

    id: str
    label: str
    buttons: tuple[Button, ...]


GROUPS: tuple[Group, ...] = (
    Group(
        "pmoGroupProject",
        "Project",
        (
            Button(
                "pmoNewWorkbook",
                "New workbook",
                "new_workbook",
                "FileNew",
                "New project workbook",
                "Create a standard project workbook from the template and open it.",
            ),
            Button(
                "pmoCheck",
                "Check",
                "check",
                "DataValidation",
                "Check this workbook",
                "Check every register against the EPMO standards. Findings go to a "
                "Checks sheet with links, and the offending cells are marked.",
            ),
            Button(
                "pmoClearChecks",
                "Clear checks",
                "clear_checks",
                "ClearFormats",
                "Clear checks",
                "Remove the Checks sheet and the marks an earlier check left on cells.",
            ),
            Button(
                "pmoStatusReport",
                "Status report",
                "status_report",
                "FilePrintPreview",
                "Status report of this workbook",
                "Write the one-page status report (A4 landscape) of this workbook: RAGs, "
                "milestones, finance chart, top risks and issues, dependencies at risk.",
            ),
            Button(
                "pmoAdopt",
                "Adopt existing register",
                "adopt",
                "ImportExcel",
                "Adopt an existing register",
                "Map this ad-hoc register (RAID log, risk register, finance tracker) to "
                "the standard workbook and write a mapping report.",
            ),
            Button(
                "pmoUpgradeTemplate",
                "Upgrade template",
                "upgrade_template",
                "RefreshAll",
                "Upgrade to the current template",
                "Add what the current template version adds (new Project fields, columns, "
                "dropdowns) to this workbook, keeping everything you made.",
            ),
        ),
    ),
    Group(
        "pmoGroupPortfolio",
        "Portfolio",
        (
            Button(
                "pmoConsolidate",
                "Consolidate folder",
                "consolidate",
                "PivotTableInsert",
                "Consolidate a folder",
                "Read every project workbook in a folder, check each, and write one "
                "portfolio roll-up workbook.",
            ),
            Button(
                "pmoOpenLastRollup",
                "Open last roll-up",
                "open_last_rollup",
                "FileOpen",
                "Open the last roll-up",
                "Open the most recent portfolio roll-up workbook.",
            ),
            Button(
                "pmoPrioritise",
                "Prioritise",
                "prioritise",
                "SortDialog",
                "Prioritise the portfolio",
                "Ask for the budget, rank the last roll-up's projects, find the best selection "
                "within the budget and open the live Prioritisation workbook.",
            ),
            Button(
                "pmoWhatChanged",
                "What changed",
                "what_changed",
                "ReviewTrackChanges",
                "What changed since last time",
                "Open the latest roll-up at its Changes sheet: every change since the "
                "previous snapshot in the portfolio store.",
            ),
        ),
    ),
    Group(
        "pmoGroupHelp",
        "Help",
        (
            Button(
                "pmoStandards",
                "Standards",
                "standards",
                "PropertySheet",
                "Standards in use",
                "Show which EPMO standards file is in use, its version and key thresholds.",
                size="normal",
            ),
            Button(
                "pmoAbout",
                "About",
                "about",
                "Info",
                "About the PMO add-in",
                "Version of the add-in, the template and where to find help.",
                size="normal",
            ),
        ),
    ),
)


def buttons() -> list[Button]:
    """Every button, in ribbon order."""
    return [button for group in GROUPS for button in group.buttons]


def button_for_tag(tag: str) -> Button | None:
    """The button whose tag is ``tag`` (None when no button has it)."""
    return next((b for b in buttons() if b.tag == tag), None)
