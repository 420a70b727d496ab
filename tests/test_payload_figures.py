"""The payload counts each register's overdue items from its rows' Days Overdue, and asks
whether a status is open once per project: the same figures as counting them afresh."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from consolidate_inputs import write_portfolio

from addin.reading.project_reader import read_project_file
from addin.rollup.figures import DUE_FIELDS, is_open, item_days_overdue, open_test, project_figures
from addin.rollup.payload import make_payload
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("figures")
    paths = write_portfolio(folder, 3, default_standards(), raid=40, months=6)
    return [read_project_file(Path(p), default_standards()) for p in paths]


def test_the_payloads_figures_are_those_counted_afresh(results: list) -> None:  # type: ignore[type-arg]
    standards = default_standards()
    overdue_seen = 0
    for result in results:
        payload = make_payload(result, standards, AS_OF)
        afresh = project_figures(result.project, standards, AS_OF)
        assert payload.figures == afresh
        assert list(payload.figures.overdue_by_register) == list(DUE_FIELDS)
        for key in DUE_FIELDS:  # each count is the items past due and open, one by one
            expected = sum(
                1
                for item in result.project.items(key)
                if item_days_overdue(key, item, standards, AS_OF) > 0
            )
            assert payload.figures.overdue_by_register[key] == expected
        overdue_seen += payload.figures.overdue_items
    assert overdue_seen > 0  # the portfolio has overdue items, so the counts are tested


def test_open_test_answers_as_is_open_for_every_item(results: list) -> None:  # type: ignore[type-arg]
    standards = default_standards()
    opened = open_test(standards)
    answers = set()
    for result in results:
        for key in DUE_FIELDS:
            for item in result.project.items(key):
                answer = opened(key, item)
                assert answer == is_open(key, item, standards)
                answers.add(answer)
    assert answers == {True, False}
