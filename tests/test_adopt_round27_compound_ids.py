"""Round 27 of issue 15: an ID of a compound prefix read from the content alone, when nobody
knows the header words (``evidence.compound_id_prefix``, asked by
``content_fields.id_down_the_left``). Workbooks written for these tests (no benchmark
layout): a risk register under invented words, under ``Column1..N`` and under a tool's
field codes, numbered inside a workstream (``HW-R01``), inside a project
(``PRJ-042-R-007``) or by category (``R.2.14``); and the near-misses that must not be
taken: outline numbers (no letters), labels with spaces, month labels, codes of two
shapes, repeated codes, change requests numbered inside a project.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, column, field, only

from addin.adopt.evidence import compound_id_prefix

# Invented header words (no language of languages.toml holds them), as a team's own.
_HEADERS = ["Pogari", "Vetuleno", "Masiko", "Drapun", "Kelomi", "Tusabe"]
_PEOPLE = ["Ines Moreau", "Kofi Mensah", "Lena Fischer", "Ines Moreau", "Kofi Mensah"]
_RISKS = [
    "Cold room compressor fails during the summer peak",
    "Courier strike delays the vaccine consignments",
    "Data loggers lose calibration before the audit",
    "Generator fuel contract lapses at the district store",
    "Staff turnover leaves the night shift untrained",
]


def _risk_rows(codes: list[object], headers: list[str] | None = None) -> list[list[object]]:
    rows: list[list[object]] = [headers or _HEADERS]
    for n, code in enumerate(codes):
        rows.append(
            [
                code,
                _RISKS[n % len(_RISKS)],
                _PEOPLE[n % len(_PEOPLE)],
                ["Open", "Closed", "Open", "Open", "Closed"][n % 5],
                date(2026, 2, 2 + n),
                date(2026, 4, 6 + n),
            ]
        )
    return rows


def test_the_item_letters_of_a_compound_code_are_its_last_letters() -> None:
    assert compound_id_prefix(["HW-R01", "HW-R02", "HW-R07"]) == "R"
    assert compound_id_prefix(["PRJ-042-R-007", "PRJ-042-R-011"]) == "R"
    assert compound_id_prefix(["R.1.3", "R.2.14", "R.2.15"]) == "R"
    assert compound_id_prefix(["CAPA-26-014", "CAPA-26-017"]) == "CAPA"


@pytest.mark.parametrize(
    "values",
    [
        ["1.1", "1.2", "2.1"],  # an outline or WBS number: no letters
        ["Phase 1 step 2", "Phase 1 step 3"],  # a label with spaces
        ["Jan-26", "Feb-26", "Mar-26"],  # month labels: their letters differ
        ["HW-R01", "SW-R02", "HW-R03"],  # two streams' codes: two shapes
        ["HW-R01", "HW-R01", "HW-R02"],  # the same code twice
        ["HW-R01"],  # one code
        ["HW-R01", "HW-RA"],  # a code not ending in its number
    ],
)
def test_a_column_that_is_no_compound_item_code(values: list[object]) -> None:
    assert compound_id_prefix(values) is None


@pytest.mark.parametrize(
    ("codes", "headers"),
    [
        (["HW-R01", "HW-R02", "HW-R04", "HW-R05", "HW-R09"], None),
        (
            ["PRJ-042-R-007", "PRJ-042-R-011", "PRJ-042-R-012", "PRJ-042-R-015", "PRJ-042-R-020"],
            [f"Column{n}" for n in range(1, 7)],
        ),
        (
            ["R.1.3", "R.1.4", "R.2.14", "R.2.15", "R.3.1"],
            ["cf_10031", "cf_10032", "cf_10040", "cf_10041", "cf_10055", "cf_10056"],
        ),
    ],
)
def test_compound_codes_down_the_left_are_the_id(
    tmp_path: Path, codes: list[object], headers: list[str] | None
) -> None:
    adoption = adopt(book(tmp_path / "log.xlsx", "Risks", _risk_rows(codes, headers)))
    table = only(adoption)
    assert table.register == "risks"
    col = column(table, (headers or _HEADERS)[0])
    assert col.target == "id"
    assert col.confidence < 0.8  # flagged for a person to confirm
    assert "down the left" in col.note
    ids = field(adoption, "risks", "id")
    assert len(ids) == len(set(ids)) == 5  # one risk each, none merged


def test_change_requests_numbered_inside_a_project_are_not_the_id(tmp_path: Path) -> None:
    codes = ["PRJ-042-CR-007", "PRJ-042-CR-011", "PRJ-042-CR-012", "PRJ-042-CR-015"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Risks", _risk_rows(codes)))
    assert column(only(adoption), "Pogari").target is None


def test_outline_numbers_down_the_left_are_not_the_id(tmp_path: Path) -> None:
    codes = ["1.1", "1.2", "2.1", "2.2", "3.1"]  # the plan's outline, not the items' codes
    adoption = adopt(book(tmp_path / "log.xlsx", "Risks", _risk_rows(codes)))
    assert column(only(adoption), "Pogari").target is None


def test_milestone_codes_in_a_risk_log_are_references_not_the_id(tmp_path: Path) -> None:
    codes = ["HW-MS01", "HW-MS02", "HW-MS04", "HW-MS05", "HW-MS09"]  # another register's
    adoption = adopt(book(tmp_path / "log.xlsx", "Risks", _risk_rows(codes)))
    assert column(only(adoption), "Pogari").target is None
