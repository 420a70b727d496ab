"""``new_finding`` makes the same finding as the dataclass's constructor."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, fields, replace
from datetime import date

import pytest

from addin.findings import Finding, new_finding


def _pair(value: object) -> tuple[Finding, Finding]:
    args = ("RAID-101", "warning", "R-004: Owner is empty", "p.xlsx", "Risks", "E5", "risks")
    made = new_finding(*args, "R-004", value)
    built = Finding(
        code=args[0],
        severity="warning",
        message=args[2],
        file=args[3],
        sheet=args[4],
        cell=args[5],
        register=args[6],
        item_id="R-004",
        value=value,
    )
    return made, built


def test_every_field_is_given_in_the_dataclass_order() -> None:
    # a field added to Finding must be added to new_finding too
    assert [f.name for f in fields(Finding)] == [
        "code", "severity", "message", "file", "sheet", "cell", "register", "item_id", "value"
    ]  # fmt: skip


@pytest.mark.parametrize("value", [None, 3.5, "TBC", date(2026, 11, 30)])
def test_the_same_finding_as_the_constructor(value: object) -> None:
    made, built = _pair(value)
    assert type(made) is Finding
    assert list(vars(made).items()) == list(vars(built).items())
    assert made == built and hash(made) == hash(built)
    assert pickle.dumps(made, protocol=5) == pickle.dumps(built, protocol=5)
    assert made.to_dict() == built.to_dict()
    assert made.address == "Risks!E5"
    assert replace(made, cell="E6") == replace(built, cell="E6")


def test_it_stays_frozen() -> None:
    made, _ = _pair(None)
    with pytest.raises(FrozenInstanceError):
        made.cell = "A1"  # type: ignore[misc]
