"""Round 31 (task lg31): the thirteen languages adoption had never read, and the bare date
word that loses to a header naming the due date.

Every register here was written for these tests (none is a batch layout): a Tetum risk
register, a Tok Pisin issue log, a Luganda issue log with its due date in English, a
Dhivehi issue log in Thaana, an Akan milestone tracker typed without the open letters and
one typed with them; near-misses: an English table's words are not read as the new
languages' (``Don``, ``Mean``, ``Sin``), a bare ``Date`` whose dates come AFTER the due
date stays out, an English ``Data`` over dates is no date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.languages import LANGUAGES, fold, translate, words_of
from tests.adopt_sheets import adopt, book, column, field, only, targets

THIRTEEN = ("tet", "tpi", "wo", "lg", "rn", "mai", "dv", "ln", "ff", "bm", "ee", "kab", "ak")


def test_the_thirteen_languages_are_declared() -> None:
    assert set(THIRTEEN) <= set(LANGUAGES)


def test_a_tetum_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No.", "Deskrisaun risku", "Responsavel", "Probabilidade", "Impaktu", "Estadu"],
        ["1", "Udan boot estraga estrada", "Maria da Costa", 4, 3, "Loke"],
        ["2", "Materiál tarde husi Dili", "João Soares", 2, 5, "Taka"],
        ["3", "Kontratu seidauk asina", "Ana Pereira", 3, 3, "Loke"],
    ]
    adoption = adopt(book(tmp_path / "tet.xlsx", "Rejistu Risku", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "No.": "id",
        "Deskrisaun risku": "title",
        "Responsavel": "owner",
        "Probabilidade": "probability",
        "Impaktu": "impact",
        "Estadu": "status",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "owner") == ["Maria da Costa", "João Soares", "Ana Pereira"]


def test_a_tok_pisin_issue_log_whose_date_is_before_its_due_date(tmp_path: Path) -> None:
    # `Date` beside `Due date`: the bare date word's due-date guess loses to the header
    # naming the due date, and the order places it (each on or before the due date)
    rows: list[list[object]] = [
        ["No.", "Hevi", "Owner", "Stetas", "Date", "Due date"],
        [
            "1",
            "Marasin i no kamap",
            "John Kila",
            "Wok i go het",
            date(2026, 3, 2),
            date(2026, 3, 20),
        ],
        ["2", "Rot i bagarap", "Mary Toua", "Pinis", date(2026, 3, 5), date(2026, 4, 1)],
        ["3", "Mani i no kamap", "Peter Wari", "Open", date(2026, 3, 9), date(2026, 3, 9)],
    ]
    adoption = adopt(book(tmp_path / "tpi.xlsx", "Ol Hevi", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Hevi"] == "title"
    assert targets(table)["Stetas"] == "status"
    assert targets(table)["Date"] == "raised_date"
    assert targets(table)["Due date"] == "due_date"
    assert "each on or before the Due Date" in (column(table, "Date").note or "")
    assert field(adoption, "issues", "status") == ["In Progress", "Closed", "Open"]
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 3, 2),
        date(2026, 3, 5),
        date(2026, 3, 9),
    ]


def test_a_bare_date_after_the_due_date_is_not_the_raised_date(tmp_path: Path) -> None:
    # near-miss: the same table, its `Date` after the due date on every row (a closing
    # date, a review): nothing places it
    rows: list[list[object]] = [
        ["No.", "Issue", "Owner", "Status", "Date", "Due date"],
        ["1", "Server down", "Ann Lee", "Open", date(2026, 4, 2), date(2026, 3, 20)],
        ["2", "Vendor late", "Raj Patel", "Open", date(2026, 4, 5), date(2026, 3, 25)],
        ["3", "Licence gap", "Ann Lee", "Open", date(2026, 4, 9), date(2026, 3, 30)],
    ]
    table = only(adopt(book(tmp_path / "en.xlsx", "Issues", rows)))
    assert targets(table)["Date"] is None
    assert targets(table)["Due date"] == "due_date"


def test_a_luganda_issue_log_with_its_due_date_in_english(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No.", "Ekizibu", "Avunaanyizibwa", "Status", "Olunaku", "Due date"],
        [
            "1",
            "Amazzi tegali mayonjo",
            "Sarah Nakato",
            "Kiwedde",
            date(2026, 2, 3),
            date(2026, 2, 20),
        ],
        ["2", "Pampu yafudde", "Peter Kato", "Open", date(2026, 2, 9), date(2026, 3, 1)],
    ]
    adoption = adopt(book(tmp_path / "lg.xlsx", "Ebizibu", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "No.": "id",
        "Ekizibu": "title",
        "Avunaanyizibwa": "owner",
        "Status": "status",
        "Olunaku": "raised_date",
        "Due date": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Closed", "Open"]


def test_a_bare_date_word_of_another_language_alone_is_read_as_an_english_date_is(
    tmp_path: Path,
) -> None:
    # a Spanish issue log's only date, `Fecha`: the register's due date by its values,
    # flagged, as an English `Date` alone is (it was left out: the guess read English only)
    rows: list[list[object]] = [
        ["Nº", "Problema", "Responsable", "Estado", "Fecha"],
        ["1", "Servidor caído", "Ana López", "Abierto", date(2026, 4, 2)],
        ["2", "Proveedor tarde", "Luis Gómez", "Cerrado", date(2026, 4, 5)],
        ["3", "Licencia", "Ana López", "Abierto", date(2026, 4, 9)],
    ]
    table = only(adopt(book(tmp_path / "es.xlsx", "Incidencias", rows)))
    assert targets(table)["Fecha"] == "due_date"
    assert "values are dates" in (column(table, "Fecha").note or "")


def test_an_english_data_column_is_no_date(tmp_path: Path) -> None:
    # near-miss: `Data` reads as data in an English table, never as a date word
    rows: list[list[object]] = [
        ["No.", "Issue", "Owner", "Status", "Data"],
        ["1", "Server down", "Ann Lee", "Open", date(2026, 4, 2)],
        ["2", "Vendor late", "Raj Patel", "Closed", date(2026, 4, 5)],
        ["3", "Licence gap", "Ann Lee", "Open", date(2026, 4, 9)],
    ]
    table = only(adopt(book(tmp_path / "data.xlsx", "Issues", rows)))
    assert targets(table)["Data"] is None


def test_a_dhivehi_issue_log_in_thaana(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["#", "މައްސަލަ", "ޒިންމާދާރު", "Status", "Due date"],
        ["1", "Harbour wall crack", "Ahmed Rasheed", "ނިމިފައި", date(2026, 5, 2)],
        ["2", "Crane breakdown", "Aishath Shifa", "Open", date(2026, 5, 9)],
    ]
    adoption = adopt(book(tmp_path / "dv.xlsx", "މައްސަލަތައް", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["މައްސަލަ"] == "title"
    assert targets(table)["ޒިންމާދާރު"] == "owner"
    assert field(adoption, "issues", "status") == ["Closed", "Open"]


def test_thaana_vowel_signs_stay_inside_a_word() -> None:
    # without them in the word's marks, މައްސަލަ split at every letter
    assert words_of("މައްސަލަ") == ["މައްސަލަ"]
    assert translate("ތާރީޚް") == "date"


def test_the_open_letters_fold_to_the_letters_typed_without_them() -> None:
    assert fold("Ɔhaw") == "ohaw"
    assert fold("Gɛlɛya") == "geleya"
    assert fold("Ŋkeke") == "ngkeke"
    assert words_of("Ɣleti") == ["ghleti"]
    # the same word typed either way reads the same
    assert translate("Ɛrekɔ so", "values") == translate("Ereko so", "values") == "in progress"


def test_an_akan_milestone_tracker_typed_with_and_without_the_open_letters(
    tmp_path: Path,
) -> None:
    for name, going in (("with", "Ɛrekɔ so"), ("without", "Ereko so")):
        rows: list[list[object]] = [
            ["No.", "Milestone", "Owner", "Baseline", "Status"],
            ["1", "Site survey", "Kwame Asante", date(2026, 3, 2), "Awie"],
            ["2", "Tower erected", "Akosua Mensah", date(2026, 4, 6), going],
        ]
        adoption = adopt(book(tmp_path / f"ak_{name}.xlsx", "Milestones", rows))
        assert only(adoption).register == "milestones"
        assert field(adoption, "milestones", "status") == ["Complete", "In Progress"], name


def test_english_words_are_not_read_as_the_new_languages() -> None:
    # near-misses left out of the file on purpose: Bambara `don` (a day; an English name),
    # Tetum `mean` (red) and `sin` (yes), Tok Pisin `de` (a day; French and Spanish "of")
    assert translate("Don") != "date"
    assert translate("Mean", "values") != "red"
    assert translate("Sin", "values") != "yes"
    assert translate("De") != "date"
