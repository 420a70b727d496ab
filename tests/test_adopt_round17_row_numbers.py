"""Round 17 of issue 15: a column that numbers the rows is no ID (``row_numbers_not_ids`` in
``addin/adopt/evidence.py``), tried on shapes written for these tests (none is a benchmark
layout), negative cases included.

Registers kept by hand in every country start with a running number: ``№`` (Cyrillic
alphabets), ``#``, ``No.``, ``Nº``, ``S.No`` / ``Sr. No.`` (South Asia), ``Lp.`` (Polish),
``Nr. crt.`` (Romanian), ``Zap. št.`` (Slovene), ``Eil. Nr.`` (Lithuanian). Running 1, 2,
3 ... down the rows beside a column of distinct codes of one prefix, it is the row's place
and the codes are the ID; alone it stays the ID (round 13: the IDs come out the same). A
tool's GUID is a record key, no ID. ``Risk No.`` and numbers that do not run stay the ID.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from adopt_sheets import adopt, book, column, field, only

from addin.adopt.evidence import row_number_header, system_keys


@pytest.mark.parametrize(
    "header",
    ["№", "#", "No.", "Nº", "N°", "S.No", "Sr. No.", "Lp.", "Nr. crt.", "Zap. št.", "№ п/п"],
)
def test_row_number_headers(header: str) -> None:
    assert row_number_header(header)


@pytest.mark.parametrize("header", ["Risk No.", "ID", "Ref", "Issue #", "Number of days", "Note"])
def test_headers_that_name_the_item(header: str) -> None:
    assert not row_number_header(header)


def test_guids_are_system_keys() -> None:
    assert system_keys(
        ["fe702393-e0fa-6c8b-bc2a-299e490bbed2", "{267318B4-0AF4-7F49-2D54-9DC46C03C21B}"]
    )
    assert not system_keys(["fe702393-e0fa-6c8b-bc2a-299e490bbed2"])  # one alone says little
    assert not system_keys(["R-001", "fe702393-e0fa-6c8b-bc2a-299e490bbed2"])


def _decisions(first: str, numbers: list[object]) -> list[list[object]]:
    texts = ["Go with vendor B", "Defer phase 2", "Run UAT in two waves"]
    people = ["Anna Kovalenko", "Petro Shevchenko", "Olena Bondar"]
    return [
        [first, "Decision", "Decided by", "Date"],
        *[
            [n, t, p, f"1{k}.03.2026"]
            for k, (n, t, p) in enumerate(zip(numbers, texts, people, strict=True))
        ],
    ]


def test_a_number_sign_column_is_in_the_table(tmp_path: Path) -> None:
    # `№` was no header label (a symbol): the column was left outside the table
    adoption = adopt(book(tmp_path / "no.xlsx", "Decisions", _decisions("№", [1, 2, 3])))
    table = only(adoption)
    assert table.ref.startswith("A1:")
    # a row number with no codes beside it stays the ID, as round 13 read it: the IDs come
    # out the same either way
    assert column(table, "№").target == "id"
    assert field(adoption, "decisions", "id") == ["DC-001", "DC-002", "DC-003"]


def test_numbers_that_do_not_run_stay_the_id(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "gaps.xlsx", "Decisions", _decisions("#", [101, 104, 107])))
    assert column(only(adoption), "#").target == "id"


def test_a_header_naming_the_item_stays_the_id(tmp_path: Path) -> None:
    adoption = adopt(
        book(tmp_path / "dno.xlsx", "Decisions", _decisions("Decision No.", [1, 2, 3]))
    )
    assert column(only(adoption), "Decision No.").target == "id"


def test_codes_beside_a_row_number_are_the_id(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["S.No", "Sigla", "Assumption", "Owner", "Status"],
        [1, "AS-01", "Vendor keeps its rates", "Ravi Kumar", "Open"],
        [2, "AS-02", "Users free for testing in May", "Priya Shah", "Open"],
        [3, "AS-05", "Licences cover the pilot", "Ravi Kumar", "Confirmed"],
    ]
    adoption = adopt(book(tmp_path / "codes.xlsx", "Assumptions", rows))
    table = only(adoption)
    assert column(table, "S.No").target is None
    code = column(table, "Sigla")  # a header no vocabulary holds
    assert code.target == "id"
    assert code.low_confidence  # found by its values, not its header: flagged for review
    assert field(adoption, "assumptions", "id") == ["A-001", "A-002", "A-005"]


def test_no_code_column_is_made_the_id_from_weak_codes(tmp_path: Path) -> None:
    # related risks repeat and mix prefixes: no ID; IDs are generated
    rows: list[list[object]] = [
        ["S.No", "Sigla", "Assumption", "Owner", "Status"],
        [1, "R-03", "Vendor keeps its rates", "Ravi Kumar", "Open"],
        [2, "R-03", "Users free for testing in May", "Priya Shah", "Open"],
        [3, "I-07", "Licences cover the pilot", "Ravi Kumar", "Confirmed"],
    ]
    adoption = adopt(book(tmp_path / "weak.xlsx", "Assumptions", rows))
    table = only(adoption)
    assert column(table, "Sigla").target is None
    assert field(adoption, "assumptions", "id") == ["A-001", "A-002", "A-003"]


def test_a_guid_is_no_id(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Request ID", "Decision", "Approver", "Completed"],
        [
            "fe702393-e0fa-6c8b-bc2a-299e490bbed2",
            "Approve the UAT extension",
            "Ann Lee",
            "2026-03-20",
        ],
        [
            "267318b4-0af4-7f49-2d54-9dc46c03c21b",
            "Approve the rate above the cap",
            "Bob Kerr",
            "2026-05-03",
        ],
    ]
    adoption = adopt(book(tmp_path / "guid.xlsx", "Decisions", rows))
    assert column(only(adoption), "Request ID").target is None
    assert field(adoption, "decisions", "id") == ["DC-001", "DC-002"]
