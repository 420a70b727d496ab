"""The ribbon (SPEC section 9): defined once, valid customUI14, every button a macro."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from customui_schema import customui14

from addin.macros import MACROS
from macros_bridge.ribbon import CALLBACK, GROUPS, TAB_LABEL, button_for_tag, buttons
from macros_bridge.ribbon_xml import ribbon_xml

#: Macros the ribbon deliberately does not show (none: SPEC section 9 lists them all).
NOT_ON_RIBBON: set[str] = set()


@pytest.fixture
def schema() -> Any:
    return customui14()


def test_tab_groups_and_buttons_are_the_specs() -> None:
    assert TAB_LABEL == "PMO"
    layout = {g.label: [b.label for b in g.buttons] for g in GROUPS}
    assert layout == {
        "Project": [
            "New workbook",
            "Check",
            "Clear checks",
            "Status report",
            "Adopt existing register",
            "Upgrade template",
        ],
        "Portfolio": ["Consolidate folder", "Open last roll-up", "Prioritise", "What changed"],
        "Help": ["Standards", "About"],
    }


def test_ids_are_unique() -> None:
    ids = [g.id for g in GROUPS] + [b.id for b in buttons()]
    assert len(ids) == len(set(ids))


def test_every_tag_is_a_macro_and_every_macro_has_a_button() -> None:
    tags = [b.tag for b in buttons()]
    assert len(tags) == len(set(tags))
    assert [t for t in tags if t not in MACROS] == []
    assert sorted(set(MACROS) - set(tags) - NOT_ON_RIBBON) == []
    # Tags must pass the VBA callback's own check (lower-case letters and underscores).
    assert all(t.replace("_", "").isalpha() and t.islower() for t in tags)


def test_button_for_tag() -> None:
    button = button_for_tag("check")
    assert button is not None and button.label == "Check"
    assert button_for_tag("nope") is None


def test_ribbon_xml_validates_against_customui14(schema: Any) -> None:
    schema.validate(ribbon_xml().decode())


def test_the_validator_rejects_a_broken_ribbon(schema: Any) -> None:
    # A button placed straight in a tab (no group) is invalid: the schema check has teeth.
    text = ribbon_xml().decode()
    start = text.index("<group")
    broken = text[:start] + '<button id="x" label="x" onAction="PMO_OnAction"/>' + text[start:]
    assert not schema.is_valid(broken)


def test_every_button_names_the_one_callback() -> None:
    text = ribbon_xml().decode()
    assert text.count(f'onAction="{CALLBACK}"') == len(buttons())


@pytest.mark.parametrize("tag", [b.tag for b in buttons()])
def test_every_buttons_macro_module_has_run(tag: str) -> None:
    module = importlib.import_module(f"addin.macros.{MACROS[tag]}")
    assert callable(getattr(module, "run", None)), f"addin.macros.{MACROS[tag]} has no run()"
