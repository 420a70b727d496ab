"""The roll-up's sheet order of SPEC sections 7 and 12-16, for tests of the version 2 sheets."""

from __future__ import annotations

#: After the register sheets: Dependencies Map, the version 2 sheets, then the reports.
ROLLUP_TAIL = (
    "Dependencies Map",
    "Changes",
    "Trends",
    "Prioritisation",
    "Capacity",
    "Agile",
    "Findings",
    "Load Report",
    "Manifest",
)


def assert_in_order(names: list[str], sheet: str) -> None:
    """``sheet`` is in the roll-up, and the sheets of ROLLUP_TAIL present keep their order."""
    shown = [name for name in names if name in ROLLUP_TAIL]
    assert sheet in shown, f"{sheet} missing from {names}"
    assert shown == sorted(shown, key=ROLLUP_TAIL.index), shown
