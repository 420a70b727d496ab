"""Round 31's last hour (task t33a): round 31's thirteen-languages kept half read and tuned on.

Every workbook here was written for these tests (none is a batch layout):

- a named register's item texts of two words (a Kabyle issue log under `Uguren` whose
  `Ugur` column the file reads as another language's word; a Nigerian issue log under an
  unread `Wahala`): the column of short problems is the title, for review; near-misses: a
  numbered series of places (`Block A`, `Block B`) under a named sheet, and the same short
  texts under a sheet and title naming no register, stay as they were;
- three letters are no short form of a four-letter word: Bambara `Don` (a day) over an
  issue log's dates is no `Done` (no closed date); `Rev Date`, `Exp. Date` and `Done` still
  read by sense.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.match import _concept_word as concept_word
from tests.adopt_sheets import adopt, book, column, field, only, registers, targets

KABYLE = ["Abrid yerreẓ", "Aman ulac", "Tafat tekkes", "Axeddim yeɛḍel", "Tamacint texser"]
PIDGIN = ["Pump spoil", "Permit delay", "Crane break", "Diesel finish", "Workers strike"]
PEOPLE = ["Karim Amrouche", "Lila Hamadi", "Said Ait Ali", "Nadia Belaid", "Karim Amrouche"]


def _rows(head: list[str], texts: list[str], *, text_col: int = 1) -> list[list[object]]:
    rows: list[list[object]] = [head]
    for i, text in enumerate(texts):
        row: list[object] = [f"U-{i + 1}", PEOPLE[i], date(2026, 2, 2 + i), "Yeldi"]
        row.insert(text_col, text)
        rows.append(row)
    return rows


def test_a_kabyle_issue_log_whose_item_texts_are_two_words(tmp_path: Path) -> None:
    # `Ugur` is Turkmen's direction in the file: no issue field, so the column is unread;
    # the sheet names the register (`Uguren`, issues) and its texts are short problems
    head = ["N°", "Ugur", "Responsable", "Azemz", "Statut"]
    adoption = adopt(book(tmp_path / "kab.xlsx", "Uguren", _rows(head, KABYLE)))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Ugur"] == "title"
    assert column(table, "Ugur").confidence < 1.0  # for review
    assert field(adoption, "issues", "title") == KABYLE


def test_the_title_column_elsewhere_and_in_another_language(tmp_path: Path) -> None:
    # the text column third, under a header nobody lists, the register named by the title
    head = ["No.", "Owner", "Wahala", "Date", "Status"]
    rows = [["Issue Log - Onitsha Market Rebuild"], [], *_rows(head, PIDGIN, text_col=2)]
    adoption = adopt(book(tmp_path / "pcm.xlsx", "Sheet1", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Wahala"] == "title"
    assert field(adoption, "issues", "title") == PIDGIN


def test_a_numbered_series_of_places_is_no_item_text(tmp_path: Path) -> None:
    places = ["Block A", "Block B", "Block C", "Block D", "Block E"]
    head = ["N°", "Ugur", "Responsable", "Azemz", "Statut"]
    adoption = adopt(book(tmp_path / "blocks.xlsx", "Uguren", _rows(head, places)))
    assert "issues" not in registers(adoption)
    assert all(targets(t).get("Ugur") != "title" for t in adoption.report.tables)


def test_short_texts_under_nothing_naming_a_register_stay_out(tmp_path: Path) -> None:
    head = ["N°", "Wahala", "Owner", "Date", "Status"]
    adoption = adopt(book(tmp_path / "plain.xlsx", "Sheet1", _rows(head, PIDGIN)))
    assert all(t.get("Wahala") != "title" for t in (targets(x) for x in adoption.report.tables))


def test_three_letters_are_no_short_form_of_a_four_letter_word() -> None:
    assert concept_word("don") == "don"  # Bambara: a day, not "done"
    assert concept_word("tea") == "tea"
    assert concept_word("rev") == "revised"
    assert concept_word("exp") == "expected"
    assert concept_word("create") == "created"


def test_a_bambara_day_over_dates_is_no_closed_date(tmp_path: Path) -> None:
    head = ["N°", "Gɛlɛya", "Responsable", "Don", "Statut"]
    texts = ["Ji tɛ forow la", "Sira tiɲɛna kosɛbɛ", "Wari ma na fɔlɔ", "Masin tiɲɛna sisan"]
    rows: list[list[object]] = [head]
    for i, text in enumerate(texts):
        rows.append([f"G-{i + 1}", text, PEOPLE[i], date(2026, 3, 2 + i), "A banna"])
    table = only(adopt(book(tmp_path / "bm.xlsx", "Gɛlɛyaw", rows)))
    assert table.register == "issues"
    assert targets(table)["Don"] != "closed_date"
    # control: an English `Done` over dates is still when it was done
    rows[0][3] = "Done"
    table = only(adopt(book(tmp_path / "en.xlsx", "Issues", rows)))
    assert targets(table)["Done"] == "closed_date"
