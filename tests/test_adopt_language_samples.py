"""The languages of rounds 25 and 26, read through one protocol over every module of
``tests/language_samples``: each register is adopted end to end (its kind, every column's
target, its values), each tracker's months and amounts are read, each value and header word
is read as its concept, each word left out on purpose is not read in its sense, each contact
list is no register, and each language is declared after the languages before its round.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from addin.adopt.languages import LANGUAGES, translate
from tests.adopt_sheets import (
    LanguageBudget,
    LanguageRegister,
    adopt,
    assert_budget_read,
    assert_register_read,
    book,
    sample_id,
)
from tests.language_samples import (
    round25_africa,
    round25_creole_samoan_guarani,
    round25_southern_africa,
    round26,
)

ROUNDS: tuple[ModuleType, ...] = (
    round25_africa,
    round25_creole_samoan_guarani,
    round25_southern_africa,
    round26,
)


def _rows(name: str) -> list[tuple[str, tuple[object, ...]]]:
    """Every module's rows of one sample list, with the module's short name."""
    return [
        (module.__name__.rsplit(".", 1)[-1], tuple(row) if isinstance(row, tuple) else (row,))
        for module in ROUNDS
        for row in getattr(module, name, [])
    ]


def _left_out() -> list[tuple[str, str, str | None]]:
    """Every word left out, with the reading it keeps (``None`` where the module says none)."""
    return [
        (str(row[0]), str(row[1]), row[2] if len(row) > 2 else None) for _, row in _rows("LEFT_OUT")
    ]


@pytest.mark.parametrize("module", ROUNDS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_languages_are_declared_after_the_round_before(module: ModuleType) -> None:
    languages = {sample.language for sample in module.REGISTERS}
    assert languages
    for language in languages:
        assert LANGUAGES.index(language) > LANGUAGES.index(module.AFTER), language


@pytest.mark.parametrize("sample", [row[0] for _, row in _rows("REGISTERS")], ids=sample_id)
def test_a_register_is_read_end_to_end(sample: LanguageRegister, tmp_path: Path) -> None:
    assert_register_read(sample, tmp_path)


@pytest.mark.parametrize("sample", [row[0] for _, row in _rows("BUDGETS")], ids=sample_id)
def test_a_budget_by_month_is_read(sample: LanguageBudget, tmp_path: Path) -> None:
    assert_budget_read(sample, tmp_path)


@pytest.mark.parametrize(("language", "text", "concept"), [row for _, row in _rows("VALUES")])
def test_a_value_is_read_as_its_concept(language: str, text: str, concept: str) -> None:
    assert translate(text, "values") == concept, (language, text)


@pytest.mark.parametrize(("language", "text", "concept"), [row for _, row in _rows("HEADERS")])
def test_a_header_is_read_as_its_concept(language: str, text: str, concept: str) -> None:
    assert translate(text) == concept, (language, text)


@pytest.mark.parametrize(("language", "text", "reading"), _left_out())
def test_a_word_left_out_is_not_read_in_its_sense(
    language: str, text: str, reading: str | None
) -> None:
    assert translate(text) == reading, (language, text)
    assert translate(text, "values") == reading, (language, text)


@pytest.mark.parametrize(
    ("language", "sheet", "rows"),
    [row for _, row in _rows("CONTACTS")],
    ids=[str(row[0]) for _, row in _rows("CONTACTS")],
)
def test_a_contact_list_is_not_a_register(
    language: str, sheet: str, rows: list[list[object]], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / f"{language}_c.xlsx", sheet, rows))
    assert adoption.report.adopted_tables == []
