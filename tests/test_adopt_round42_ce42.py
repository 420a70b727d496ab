"""Round 42 (task ce42): a header nobody knows, read by its content and the table around it.

Each workbook is a register a PM keeps, in several languages and layouts, where ONE header
is a word no vocabulary holds and the values with the table's other columns leave one plain
reading (the missing half of a probability / impact pair, written beside the half that is
read: ``level_partner.py``); and near misses that must stay left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, column, field, only, targets

RISKS = ["Supplier late", "Budget cut", "Key staff leave", "Vendor fails", "Permit refused"]
PEOPLE = ["Aoife Byrne", "John Smith", "Mary Jones", "Tom Walsh", "Ana Costa"]


def _register(
    headers: list[str], columns: list[list[object]], title: str = "Risk Register"
) -> list[list[object]]:
    """A risk register: a title, a blank row, the header row, one row per risk (``columns``
    holds each column's values down the rows, in the header's order)."""
    rows: list[list[object]] = [[title], [], headers]
    rows += [list(r) for r in zip(*columns, strict=True)]
    return rows


def _ids(prefix: str = "R-") -> list[object]:
    return [f"{prefix}{n:03d}" for n in range(1, 6)]


# --- the missing half of the pair, read ---------------------------------------------------


def test_english_words_beside_the_likelihood_are_its_impact(tmp_path: Path) -> None:
    """English register: ``Likelihood`` is read, ``Knock-on`` (no field's word) right
    beside it holds High / Medium / Low and the register has no impact: its Impact."""
    rows = _register(
        ["ID", "Risk", "Owner", "Likelihood", "Knock-on", "Mitigation", "Status"],
        [
            _ids(),
            RISKS,
            PEOPLE,
            ["High", "Low", "Medium", "High", "Low"],
            ["Medium", "High", "Low", "High", "Medium"],
            ["Chase weekly", "Re-plan", "Cross-train", "Second source", "Appeal"],
            ["Open", "Open", "Closed", "Open", "Open"],
        ],
    )
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    table = only(adoption)
    assert targets(table)["Knock-on"] == "impact"
    knock_on = column(table, "Knock-on")
    assert knock_on.low_confidence  # flagged for a person to confirm
    assert knock_on.method == "content"
    assert "levels of the Probability's scale" in knock_on.note
    # read on the scale the Likelihood's words are read on (High 5, Medium 3, Low 1)
    assert field(adoption, "risks", "probability") == [5, 1, 3, 5, 1]
    assert field(adoption, "risks", "impact") == [3, 5, 1, 5, 3]


def test_swahili_numbers_beside_the_probability_are_its_impact(tmp_path: Path) -> None:
    """Swahili register, 1-5 numbers: ``Uwezekano`` (probability) is read, ``Hatari
    ngapi`` right of it is no word the vocabularies hold: its numbers are the Impact."""
    rows = _register(
        ["Kitambulisho", "Hatari", "Mmiliki", "Uwezekano", "Hatari ngapi", "Hali"],
        [
            _ids("H-"),
            ["Mvua kubwa", "Bei kupanda", "Wafanyakazi kuondoka", "Umeme kukatika", "Kibali"],
            PEOPLE,
            [4, 2, 3, 5, 1],
            [3, 5, 2, 4, 2],
            ["Wazi", "Wazi", "Imefungwa", "Wazi", "Wazi"],
        ],
        title="Rejista ya Hatari",
    )
    adoption = adopt(book(tmp_path / "hatari.xlsx", "Hatari", rows))
    assert targets(only(adoption))["Hatari ngapi"] == "impact"
    assert field(adoption, "risks", "impact") == [3, 5, 2, 4, 2]
    assert field(adoption, "risks", "probability") == [4, 2, 3, 5, 1]


def test_polish_numbers_left_of_the_impact_are_its_probability(tmp_path: Path) -> None:
    """Polish register written the other way round: ``Wpływ`` (impact) is read and the
    unknown ``Ocena szans`` LEFT of it holds 1-5: the missing Probability."""
    rows = _register(
        ["Nr", "Ryzyko", "Właściciel", "Ocena szans", "Wpływ", "Środki zaradcze"],
        [
            _ids("RZ-"),
            ["Opóźnienie dostawcy", "Cięcie budżetu", "Odejście kadry", "Awaria", "Brak zgody"],
            PEOPLE,
            [2, 4, 1, 3, 5],
            [5, 3, 2, 4, 1],
            ["Monitoring", "Nowy plan", "Szkolenia", "Drugi dostawca", "Odwołanie"],
        ],
        title="Rejestr ryzyk",
    )
    adoption = adopt(book(tmp_path / "ryzyka.xlsx", "Ryzyka", rows))
    assert targets(only(adoption))["Ocena szans"] == "probability"
    assert field(adoption, "risks", "probability") == [2, 4, 1, 3, 5]


def test_the_residual_pair_is_read_the_same_way(tmp_path: Path) -> None:
    """The residual pair after the response: ``Residual Probability`` read, ``Zorbat``
    right of it holds H / M / L and no residual impact is read: the Residual Impact."""
    rows = _register(
        ["ID", "Risk", "Probability", "Impact", "Response", "Residual Probability", "Zorbat"],
        [
            _ids(),
            RISKS,
            ["H", "M", "L", "H", "M"],
            ["H", "H", "M", "L", "M"],
            ["Chase weekly", "Re-plan", "Cross-train", "Second source", "Appeal"],
            ["M", "L", "L", "M", "L"],
            ["L", "M", "L", "L", "M"],
        ],
    )
    adoption = adopt(book(tmp_path / "residual.xlsx", "Risks", rows))
    assert targets(only(adoption))["Zorbat"] == "residual_impact"


# --- near misses: left out ----------------------------------------------------------------


def _left_out(tmp_path: Path, headers: list[str], columns: list[list[object]], name: str) -> None:
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", _register(headers, columns)))
    assert targets(only(adoption))[name] is None


def test_two_level_columns_around_the_probability_are_not_guessed(tmp_path: Path) -> None:
    """Level columns on both sides of the probability under unknown headers: either could
    be its impact, the values do not say which: both left out."""
    headers = ["ID", "Risk", "Zorbat", "Probability", "Knock-on", "Owner"]
    levels = ["High", "Low", "Medium", "High", "Low"]
    adoption = adopt(
        book(
            tmp_path / "risks.xlsx",
            "Risks",
            _register(headers, [_ids(), RISKS, levels, levels[::-1], levels, PEOPLE]),
        )
    )
    got = targets(only(adoption))
    assert got["Zorbat"] is None
    assert got["Knock-on"] is None


def test_numbers_beside_level_words_are_another_scale(tmp_path: Path) -> None:
    """Near miss: 1-5 numbers beside a probability of words are not its impact (another
    scale: a ranking, a count)."""
    _left_out(
        tmp_path,
        ["ID", "Risk", "Probability", "Knock-on", "Owner"],
        [_ids(), RISKS, ["High", "Low", "Medium", "High", "Low"], [1, 3, 2, 5, 4], PEOPLE],
        "Knock-on",
    )


def test_a_level_column_not_beside_the_probability_is_left_out(tmp_path: Path) -> None:
    """Near miss: the unknown level column is two columns away (the owner between): a
    register writes the pair side by side, so nothing places it."""
    _left_out(
        tmp_path,
        ["ID", "Risk", "Probability", "Owner", "Knock-on"],
        [_ids(), RISKS, [4, 2, 3, 5, 1], PEOPLE, [3, 5, 2, 4, 2]],
        "Knock-on",
    )


def test_no_missing_half_leaves_a_third_level_column_out(tmp_path: Path) -> None:
    """Near miss: probability and impact both read; a third level column beside them under
    an unknown header has no missing field to take it."""
    _left_out(
        tmp_path,
        ["ID", "Risk", "Probability", "Impact", "Knock-on", "Owner"],
        [_ids(), RISKS, [4, 2, 3, 5, 1], [3, 5, 2, 4, 2], [2, 2, 1, 3, 1], PEOPLE],
        "Knock-on",
    )


@pytest.mark.parametrize("header", ["Comments", "Raised by", "S"])
def test_a_header_that_reads_is_never_overruled(tmp_path: Path, header: str) -> None:
    """Near miss: H / M / L beside the probability under a header that reads as a column
    with no standard field (``Comments``), as a person (``Raised by``), or a lone letter its
    writer meant as something (``S``: a score? a severity?): never the impact by content."""
    adoption = adopt(
        book(
            tmp_path / "risks.xlsx",
            "Risks",
            _register(
                ["ID", "Risk", "Probability", header, "Owner"],
                [_ids(), RISKS, ["H", "L", "M", "H", "L"], ["M", "H", "L", "H", "M"], PEOPLE],
            ),
        )
    )
    assert targets(only(adoption))[header] != "impact"


# --- the ID down the left under an unknown word, in a table kept in English -------------

ISSUES = ["Crane late", "Permit query", "Scaffold unsafe", "Drawings missing", "Access blocked"]


def _issue_log(header: str, codes: list[object]) -> list[list[object]]:
    return _register(
        [header, "Issue", "Owner", "Status", "Due date"],
        [
            codes,
            ISSUES,
            PEOPLE,
            ["Open", "Open", "Closed", "Open", "Open"],
            ["2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29"],
        ],
        title="Issue Log",
    )


def test_numbered_codes_down_the_left_under_a_word_nobody_knows_are_the_id(
    tmp_path: Path,
) -> None:
    """English issue log whose first header is a word no vocabulary holds (``Zorbat``)
    over codes of one prefix numbered down the rows: the register's ID, flagged."""
    codes: list[object] = ["OPS-200", "OPS-201", "OPS-203", "OPS-207", "OPS-210"]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issue_log("Zorbat", codes)))
    table = only(adoption)
    assert targets(table)["Zorbat"] == "id"
    assert column(table, "Zorbat").low_confidence
    assert column(table, "Zorbat").method == "content"
    assert str(field(adoption, "issues", "id")[0]).endswith("200")  # its number kept


@pytest.mark.parametrize(
    ("header", "codes"),
    [
        # the header's word is what the codes number: an asset's codes, not the issue's
        ("Asset", ["AST-001", "AST-002", "AST-003", "AST-004", "AST-005"]),
        # codes of one prefix in no order: flights, not items numbered as they come
        ("Flight", ["FR-312", "FR-105", "FR-220", "FR-418", "FR-007"]),
    ],
)
def test_codes_of_another_thing_down_the_left_stay_left_out(
    tmp_path: Path, header: str, codes: list[object]
) -> None:
    """Near misses in a table kept in English: codes whose prefix abbreviates the header's
    own word, or codes in no order, are another thing's numbers: left out, not the ID."""
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issue_log(header, codes)))
    assert targets(only(adoption))[header] is None


# --- the closed date, written on the closed items only -------------------------------------

RAISED = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-02-02", "2026-02-09"]
DUE = ["2026-02-05", "2026-02-12", "2026-02-19", "2026-03-02", "2026-03-09"]


def _log_with_dates(
    headers: list[str], third: list[object], status: list[object], title: str
) -> list[list[object]]:
    return _register(headers, [_ids("I-"), ISSUES, PEOPLE, RAISED, DUE, third, status], title=title)


def test_german_dates_on_the_closed_issues_only_are_the_closed_date(tmp_path: Path) -> None:
    """German issue log: raised and due dates read, ``Zugemacht`` (a word no vocabulary
    holds) has dates on the two closed issues only, each after its raised date: the closed
    date, flagged."""
    rows = _log_with_dates(
        ["Nr.", "Beschreibung", "Verantwortlich", "Erfasst am", "Fällig am", "Zugemacht", "Status"],
        [None, "2026-01-30", None, "2026-02-20", None],
        ["Offen", "Geschlossen", "Offen", "Geschlossen", "Offen"],
        title="Problemliste",
    )
    adoption = adopt(book(tmp_path / "probleme.xlsx", "Probleme", rows))
    table = only(adoption)
    assert targets(table)["Zugemacht"] == "closed_date"
    assert column(table, "Zugemacht").low_confidence
    assert "closed date" in column(table, "Zugemacht").note


def test_english_closed_date_under_an_unknown_word(tmp_path: Path) -> None:
    """The same in English under an invented header (``Qzv 3``), one issue closed."""
    rows = _log_with_dates(
        ["ID", "Issue", "Owner", "Date raised", "Due date", "Qzv 3", "Status"],
        [None, None, "2026-02-01", "2026-02-10", None],
        ["Open", "Open", "Closed", "Closed", "Open"],
        title="Issue Log",
    )
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Qzv 3"] == "closed_date"


def test_dates_on_every_row_beside_all_the_date_fields_stay_left_out(tmp_path: Path) -> None:
    """Near miss: a third column of dates on EVERY row beside the raised and due dates (a
    review date, an updated date: the values do not say which) stays left out."""
    rows = _log_with_dates(
        ["ID", "Issue", "Owner", "Date raised", "Due date", "Qzv 3", "Status"],
        ["2026-01-20", "2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17"],
        ["Open", "Open", "Closed", "Closed", "Open"],
        title="Issue Log",
    )
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Qzv 3"] is None


def test_dates_before_the_raised_date_are_no_closed_date(tmp_path: Path) -> None:
    """Near miss: a date before its item was raised cannot be when it closed: left out."""
    rows = _log_with_dates(
        ["ID", "Issue", "Owner", "Date raised", "Due date", "Qzv 3", "Status"],
        [None, "2025-12-01", None, "2026-02-10", None],
        ["Open", "Closed", "Open", "Closed", "Open"],
        title="Issue Log",
    )
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Qzv 3"] is None
