"""Round 17 of issue 15: headers and values in two languages in one cell
(``addin/adopt/bilingual.py``): Irish over English (``Stádas`` / ``Status``), values
``Oscailte / Open``. Each language's half is read; a value whose two halves say two things
(``Open / Closed``) stays unconverted. The shapes were written for these tests (Irish, which
``languages.toml`` does not hold; no batch layout).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only

from addin.adopt.bilingual import either_half, halves
from addin.values.cells import Converted

TITLES = [
    "Irish language scheme not met on the new portal",
    "Grant funding from the department reduced",
    "Coastal works delayed by the foreshore licence",
    "Key staff leave during the restructure",
]
PEOPLE = ["Aoife Byrne", "Cian Murphy", "Niamh Kelly", "Seán Walsh"]


def _register(states: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        [
            *("Tagairt\nReference", "Teideal\nRisk Title", "Úinéir\nOwner"),
            *("Dóchúlacht\nLikelihood (1-5)", "Tionchar\nImpact (1-5)", "Stádas\nStatus"),
        ]
    ]
    for i in range(4):
        rows.append([f"R{i + 1}", TITLES[i], PEOPLE[i], 2 + i % 3, 3, states[i]])
    return rows


def test_a_header_in_two_languages_is_read_by_its_known_half(tmp_path: Path) -> None:
    states = ["Oscailte / Open", "Dúnta / Closed", "Oscailte / Open", "Dúnta / Closed"]
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Rioscaí - Risks", _register(states)))
    table = _only(adoption)
    assert table.register == "risks"
    status = _column(table, "Stádas Status")
    assert (status.target, status.confidence) == ("status", 1.0)
    assert _column(table, "Úinéir Owner").confidence == 1.0
    assert _field(adoption, "risks", "status") == ["Open", "Closed", "Open", "Closed"]
    assert _field(adoption, "risks", "owner") == PEOPLE


def test_a_value_whose_halves_say_two_things_stays_unconverted() -> None:
    words = {"open": "Open", "closed": "Closed"}

    def convert(value: object) -> Converted:
        text = str(value).strip().lower()
        return Converted(words[text]) if text in words else Converted(value, "not a status")

    read = either_half(convert)
    assert read("Oscailte / Open").value == "Open"
    assert "by its half 'Open'" in (read("Oscailte / Open").note or "")
    assert read("Open / Closed").problem == "not a status"  # two values: nobody chose
    assert read("Ar gau / Agored").problem == "not a status"  # neither half known
    assert read("Closed").value == "Closed"


def test_a_header_over_two_lines_of_one_phrase_reads_as_before(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Risk\nID", "Risk\nTitle", "Target\nDate", "Owner"]]
    for i in range(3):
        rows.append([f"R-{i + 1}", TITLES[i], date(2026, 3, 2 + i), PEOPLE[i]])
    table = _only(_adopt(_book(tmp_path / "l.xlsx", "Risk Log", rows)))
    assert _column(table, "Risk ID").target == "id"
    assert _column(table, "Target Date").target == "due_date"


def test_what_is_no_bilingual_cell() -> None:
    assert halves("Agored / Open") == ("Agored", "Open")
    assert halves("Statws\nStatus") == ("Statws", "Status")
    assert halves("N/A") is None  # no spaced slash
    assert halves("Amber/Red") is None
    assert halves("2026 / 27") is None  # numbers are no language
    assert halves("Open / In progress / Closed") is None  # three parts


def test_one_phrase_over_two_lines_among_english_headers_is_not_split(tmp_path: Path) -> None:
    """Negative: ``Risk`` over ``Trigger`` is one phrase (a risk's trigger), not the title in
    two languages; ``Last Update / Comment`` is a comment, not the last-updated date."""
    rows: list[list[object]] = [
        ["Ref", "Risk Description", "Risk\nTrigger", "Owner", "Last Update / Comment"]
    ]
    for i in range(3):
        rows.append([f"R-{i + 1}", TITLES[i], "Supplier misses a date", PEOPLE[i], "see notes"])
    table = _only(_adopt(_book(tmp_path / "l.xlsx", "Risk Log", rows)))
    assert _column(table, "Risk Trigger").target is None
    assert _column(table, "Last Update / Comment").target is None
    assert _column(table, "Risk Description").target == "title"


def test_a_half_that_is_a_field_with_no_column_keeps_the_header_whole(tmp_path: Path) -> None:
    """Negative: in a row of two-line headers, ``Last Update / Comment`` is two English
    fields (a comment has no column), not the last-updated date in two languages."""
    rows: list[list[object]] = [
        ["Risk\nID", "Risk\nTitle", "Risk\nOwner", "Last Update / Comment", "Date of\nLast Update"]
    ]
    for i in range(3):
        rows.append([f"R-{i + 1}", TITLES[i], PEOPLE[i], "see notes", date(2026, 3, 2 + i)])
    table = _only(_adopt(_book(tmp_path / "l.xlsx", "Risk Log", rows)))
    assert _column(table, "Last Update / Comment").target is None
    assert _column(table, "Date of Last Update").target == "last_updated"
