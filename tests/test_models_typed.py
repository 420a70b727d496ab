"""Items built from values the reader has already typed skip pydantic's validation and
must be exactly what validation gives (issue 16, round 4a)."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest

from addin.models import ITEM_MODELS, Risk, build_exact, build_typed, exact_types

TYPED = {
    "source_row": 12,
    "id": "R-001",
    "title": "Supplier late",
    "raised_date": date(2026, 3, 4),
    "probability": 3.0,
    "impact": 4.0,
    "owner": "A. Smith",
}


def test_a_typed_item_is_what_validation_gives() -> None:
    built = build_typed(Risk, dict(TYPED))
    validated = Risk(**TYPED)
    assert built is not None
    assert built == validated
    assert list(built.__dict__.items()) == list(validated.__dict__.items())  # same order
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump() == validated.model_dump()
    assert pickle.loads(pickle.dumps(built)) == validated
    assert built.description is None and built.score is None  # defaults


@pytest.mark.parametrize(
    "bad",
    [
        {"raised_date": datetime(2026, 3, 4, 10, 30)},  # a datetime is not a date
        {"probability": 3},  # an int becomes a float only through validation
        {"probability": True},  # a bool is not a number
        {"title": 12.0},  # a number in a text field
        {"source_row": 12.0},
        {"not_a_field": "x"},  # extra fields are refused by validation, not dropped
    ],
)
def test_anything_not_exactly_typed_is_left_to_validation(bad: dict[str, object]) -> None:
    assert build_typed(Risk, {**TYPED, **bad}) is None


def test_every_register_model_can_be_built_typed() -> None:
    for model in ITEM_MODELS.values():
        item = build_typed(model, {"source_row": 2})
        assert item == model(source_row=2)


def test_an_item_built_exact_is_the_one_built_typed() -> None:
    """The reader skips the type check for rows it typed itself (round 6a): the types it
    relies on are the checked ones, and the item is the same."""
    types = exact_types(Risk)
    assert types is not None
    assert {types[key] for key in TYPED} == {int, str, date, float}
    assert all(types[key] is type(value) for key, value in TYPED.items())
    exact, typed = build_exact(Risk, dict(TYPED)), build_typed(Risk, dict(TYPED))
    assert typed is not None
    assert exact == typed == Risk(**TYPED)
    assert list(exact.__dict__.items()) == list(typed.__dict__.items())
    assert exact.model_fields_set == typed.model_fields_set == set(TYPED)
    assert exact.probability == 3.0 and exact.raised_date == date(2026, 3, 4)
    for model in ITEM_MODELS.values():
        model_types = exact_types(model)
        assert model_types is not None and model_types["source_row"] is int


def test_a_slot_pydantic_does_not_declare_is_set_as_object_setattr_sets_it() -> None:
    # (under another pydantic the construction falls back to object.__setattr__)
    from addin.models import _slot_setter

    class Plain:
        pass

    thing = Plain()
    _slot_setter("no_such_slot")(thing, 5)
    assert vars(thing) == {"no_such_slot": 5}
    item = build_exact(Risk, {"source_row": 4, "id": "R-004"})
    assert item.__pydantic_extra__ is None and item.__pydantic_private__ is None
    assert item.model_fields_set == {"source_row", "id"}
