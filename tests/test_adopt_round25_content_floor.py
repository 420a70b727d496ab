"""Round 25 of issue 15: what adoption reads from a register's CONTENT when nobody knows
its header words (a language the vocabularies lack, a team's abbreviations, a tool's field
codes, ``Column1..N``). Workbooks written for these tests (no benchmark layout), each
mechanism with a near-miss that must not be taken:

- a totals row is not an item and does not decide a column's kind
  (``addin/adopt/total_rows.py``): a register named by its sheet whose title column holds
  the totals row's count is found;
- an e-mail address whose local part is someone's names a person
  (``people.names_someone``, read by ``evidence.person_share``); a shared mailbox does not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, registers, targets

from addin.adopt.detect import TableBlock
from addin.adopt.evidence import person_share
from addin.adopt.grid import Grid
from addin.adopt.people import names_someone
from addin.adopt.total_rows import item_rows
from addin.host import SheetGrid

# A team's own header words (no language of languages.toml holds them), a tool's field
# codes, and an export that lost its field names.
_INVENTED = ["Tavo", "Merisulka", "Odrapen", "Kuvalis", "Strepo", "Lanvid Ra"]
_FIELD_CODES = ["cf_10101", "cf_10102", "cf_10103", "cf_10104", "cf_10105", "cf_10106"]
_NUMBERED = [f"Column{n}" for n in range(1, 7)]

_PEOPLE = ["Ines Moreau", "Kofi Mensah", "Lena Fischer", "Kofi Mensah", "Ines Moreau"]


def _risk_rows(headers: list[str]) -> list[list[object]]:
    """A hospital wing's risk log of five risks, then a totals row: its label in the ID
    column and the count of risks in the title column."""
    rows: list[list[object]] = [headers]
    for n in range(5):
        rows.append(
            [
                f"HWR-{n + 1:02d}",
                f"Crane hire for the north wing may slip by {n + 2} weeks",
                _PEOPLE[n],
                ["Open", "Open", "Closed", "Open", "Open"][n],
                date(2026, 6, 1 + n),
                "Book the spare crane" if n % 2 else None,
            ]
        )
    rows.append(["Total", 5, None, None, None, None])
    return rows


@pytest.mark.parametrize("headers", [_INVENTED, _FIELD_CODES, _NUMBERED])
def test_a_totals_row_does_not_refuse_a_register_named_by_its_sheet(
    tmp_path: Path, headers: list[str]
) -> None:
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", _risk_rows(headers)))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert [t.items for t in adopted] == [{"risks": 5}]  # the totals row is no sixth risk
    mapped = targets(adopted[0])
    assert mapped[headers[0]] == "id"
    assert mapped[headers[1]] == "title"
    assert mapped[headers[2]] == "owner"
    titles = [r.title for r in adoption.project.risks]
    assert titles[0] == "Crane hire for the north wing may slip by 2 weeks"


def test_item_rows_leave_out_a_totals_row_in_any_language_held() -> None:
    rows: list[list[object]] = [
        ["Tavo", "Merisulka"],
        ["HW-1", "Crane hire slips"],
        ["Totalizer recalibrated late", "a meter, no total"],
        ["Итого", 2],
        ["Gesamt", 2],
    ]
    grid = Grid(SheetGrid(name="Risks", rows=rows))  # type: ignore[arg-type]
    block = TableBlock("Risks", 1, 1, 2, first_data_row=2, last_data_row=5, headers=[])
    assert item_rows(block, grid) == [2, 3]


def test_a_pivot_of_counts_with_its_total_is_no_register(tmp_path: Path) -> None:
    """Near-miss: risks counted by category on a sheet named Risks, with a total row: no
    item texts, so no risk register (the total row left out changes nothing)."""
    rows: list[list[object]] = [
        ["Tavo", "Merisulka", "Odrapen"],
        ["Schedule", 3, 1],
        ["Budget", 2, 0],
        ["Safety", 1, 1],
        ["Total", 6, 2],
    ]
    adoption = adopt(book(tmp_path / "pivot.xlsx", "Risks", rows))
    assert [r for r in registers(adoption) if r is not None] == []


def test_a_timesheet_with_its_total_is_no_register(tmp_path: Path) -> None:
    """Near-miss: a week's timesheet (a person, a day, hours, the task) under invented
    words with a total row, on a sheet named for it: no register."""
    rows: list[list[object]] = [["Tavo", "Merisulka", "Odrapen", "Kuvalis"]]
    for n in range(5):
        rows.append([_PEOPLE[n], date(2026, 6, 1 + n), 7.5, "Site survey of the north wing"])
    rows.append(["Total", None, 37.5, None])
    adoption = adopt(book(tmp_path / "time.xlsx", "Timesheet", rows))
    assert [r for r in registers(adoption) if r is not None] == []


# ---------------------------------------------------------------------------------------
# An e-mail address names a person
# ---------------------------------------------------------------------------------------


def test_an_address_of_someone_names_a_person() -> None:
    assert names_someone("ines.moreau@acme.example")
    assert names_someone("kofi_mensah@acme.example")
    assert names_someone("kmensah@acme.example")  # one word of letters: someone's login
    assert names_someone("Lena Fischer <lena.fischer@acme.example>")
    assert not names_someone("pmo@acme.example")  # a shared mailbox
    assert not names_someone("noreply@acme.example")
    assert not names_someone("it.support@acme.example")
    assert not names_someone("Ops Team <ops@acme.example>")
    assert not names_someone("Kofi Mensah")  # no address (read as a name elsewhere)
    assert not names_someone("see ticket 42@desk")
    assert person_share(["ines.moreau@acme.example", "kmensah@acme.example"]) == 1.0
    assert person_share(["pmo@acme.example", "info@acme.example"]) == 0.0


def _issue_rows(who: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [_NUMBERED]
    for n in range(5):
        rows.append(
            [
                f"WH-{31 + n}",
                date(2026, 5, 4 + n),
                f"Dock door {n + 1} sensor reports the wrong pallet weight",
                who[n],
                ["Open", "Open", "Closed", "Open", "Closed"][n],
                None,
            ]
        )
    return rows


def test_a_column_of_addresses_is_the_owner_of_an_issue_log(tmp_path: Path) -> None:
    mails = [
        "ines.moreau@acme.example",
        "kmensah@acme.example",
        "lena.fischer@acme.example",
        "kmensah@acme.example",
        "ines.moreau@acme.example",
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issue_rows(mails)))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert targets(adopted[0])["Column4"] == "owner"
    owners = [i.owner for i in adoption.project.issues]
    # an address's name is read (round 13); one with no readable name is kept as written
    assert owners == [
        "Ines Moreau",
        "kmensah@acme.example",
        "Lena Fischer",
        "kmensah@acme.example",
        "Ines Moreau",
    ]


def test_a_column_of_shared_mailboxes_is_no_owner(tmp_path: Path) -> None:
    """Near-miss: the queue each issue was sent to (``support@``, ``pmo@``) names a team,
    not a person: the column is not taken as the owner."""
    queues = [
        "support@acme.example",
        "pmo@acme.example",
        "support@acme.example",
        "it.helpdesk@acme.example",
        "pmo@acme.example",
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issue_rows(queues)))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert targets(adopted[0])["Column4"] is None
    assert {i.owner for i in adoption.project.issues} == {None}


def test_a_contacts_list_of_addresses_is_no_register(tmp_path: Path) -> None:
    """Near-miss: addresses, phones and cities under invented words: people, but no
    register."""
    rows: list[list[object]] = [
        ["Tavo", "Merisulka", "Odrapen"],
        ["ines.moreau@acme.example", 4930123456, "Berlin"],
        ["kmensah@acme.example", 23320123456, "Accra"],
        ["lena.fischer@acme.example", 4940123456, "Hamburg"],
        ["tom.walsh@acme.example", 35312345678, "Dublin"],
    ]
    adoption = adopt(book(tmp_path / "contacts.xlsx", "Contacts", rows))
    assert [r for r in registers(adoption) if r is not None] == []


def test_a_row_of_field_codes_of_one_prefix_is_a_header_by_shape() -> None:
    """A tool's export names its columns by field codes (``cf_10101``): a row of three
    codes or more of one prefix, all different, is a header's words; an item row's codes
    (its ID, a link to another register's item) are not."""
    from addin.adopt.header_shape import field_codes, header_by_shape

    assert field_codes(["cf_10101", "cf_10102", "cf_10103"])
    assert field_codes(["F1", "F2", "F3", None, "F5"])
    assert not field_codes(["HWR-01", "D-2", "A-3"])  # an item's ID and its links
    assert not field_codes(["cf_10101", "cf_10101", "cf_10102"])  # the same code twice
    assert not field_codes(["cf_10101", "cf_10102"])  # two: too few to tell
    grid = Grid(SheetGrid(name="Risks", rows=_risk_rows(_FIELD_CODES)))  # type: ignore[arg-type]
    assert header_by_shape(grid, 1, 1, 6)
    assert not header_by_shape(grid, 3, 1, 6)  # an item: a code, a text, a name...


# ---------------------------------------------------------------------------------------
# A block under a blank row whose rows have another shape is another table
# ---------------------------------------------------------------------------------------


def _warehouse_log() -> list[list[object]]:
    from test_adopt_round24_header_shape import _INVENTED as HEADERS
    from test_adopt_round24_header_shape import _log_rows

    return _log_rows(HEADERS)


def test_a_legend_under_a_blank_row_is_another_table(tmp_path: Path) -> None:
    """A RAG legend of three columns one blank row under an issue log of invented words:
    its words stand where the log keeps codes and dates, so it is another table (listed,
    no register), not four more issues."""
    rows = [
        *_warehouse_log(),
        [],
        ["Kela", "Vorinsa", "Dupato"],
        ["Red", "Behind plan", "Escalate to the board"],
        ["Amber", "At risk", "Watch weekly"],
        ["Green", "On track", "No action"],
    ]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", rows))
    found = [(t.ref, t.register, t.items) for t in adoption.report.tables]
    assert ("A3:F8", "issues", {"issues": 5}) in found
    assert ("A10:C13", None, {}) in found  # the legend is listed, not adopted


def test_items_after_a_blank_row_stay_in_the_table(tmp_path: Path) -> None:
    """Near-miss: a blank row inside the log, then more items of its shape (a code, a
    date), and a section heading of one cell over them: one table of seven issues."""
    rows = _warehouse_log()
    rows += [
        [],
        ["Yard works"],
        ["WH-36", date(2026, 5, 11), "Yard gate barrier does not lift for trucks", "Lena Fischer"],
        ["WH-37", date(2026, 5, 12), "Forklift charger trips the yard circuit", "Kofi Mensah"],
    ]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", rows))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert [t.items for t in adopted] == [{"issues": 7}]


def test_items_after_a_spacer_row_under_a_guidance_row_stay_in_the_table(
    tmp_path: Path,
) -> None:
    """Near-miss: a guidance line right under the header (one cell), three items, a blank
    spacer row, three more: the columns' types are read from the items, not from the
    guidance row, so the items after the spacer are the log's (one table of six)."""
    rows: list[list[object]] = [["Nr", "Kudomeri", "Sabuna", "Tolvek", "Strepo"]]
    rows.append([None, "One sentence per assumption; check it before the gate."])
    texts = ["Two analysts are seconded", "The vendor keeps its price", "Sites stay open"]
    texts += ["Data is migrated in one weekend", "Licences are renewed", "Staff are trained"]
    for n, text in enumerate(texts):
        if n == 3:
            rows.append([])
        rows.append([n + 1, f"{text} for the whole project", _PEOPLE[n % 5], date(2026, 3, 2 + n)])
    adoption = adopt(book(tmp_path / "a.xlsx", "Assumptions", rows))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert [t.items for t in adopted] == [{"assumptions": 6}]
