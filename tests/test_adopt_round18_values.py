"""Round 18 of issue 15: registers read from their VALUES when no header word is known, for
every register kind the values can tell (``unread_headers.py``), and unread columns of
registers found by their words (``unread_columns.py``). Every shape was written for these
tests, with headers in a made-up language nobody knows (``Zorbat``, ``Klemp dato``) and in
real languages ``languages.toml`` does not hold (Icelandic, Faroese); none is a batch layout.
The negatives are tables with texts, people, dates and numbers that are no register and must
stay listed, and registers read by their words that must read exactly as before.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only
from adopt_sheets import registers as _registers

from addin.adopt.match import CERTAIN
from addin.adopt.unread_columns import NO_WORD, foreign_table, free_texts, header_unknown
from addin.adopt.unread_headers import FOUND_BY_VALUES

PEOPLE = ["Vorna Tellik", "Ossa Brimmel", "Kade Forrun", "Iril Samwé"]
TEXTS = [
    "Grommet feed from the harbour depot arrives late",
    "Klaxon firmware fails the annual safety audit",
    "Tender board has not signed the pipeline contract",
    "Two welders leave before the shutdown window",
    "Spare pumps are stuck at customs for weeks",
    "Survey of the north embankment is incomplete",
]
WHY = [
    "Avoids a second shutdown in the winter",
    "The lowest compliant bid by a clear margin",
    "Regulator asked for the change in writing",
    "Keeps the critical path inside the window",
    "Reduces the risk of a failed commissioning",
    "Cheaper than renting the crane again",
]
DAYS = [date(2026, 1, 5), date(2026, 1, 19), date(2026, 2, 2), date(2026, 2, 20)]
DAYS += [date(2026, 3, 9), date(2026, 3, 30)]


# --- 1. a risk register in a made-up language: a 1-5 pair and its product ---------------------


def _risks(n: int = 5, product: bool = True) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Zorbat", "Klemp", "Vorlish", "Tamba (1-5)", "Quill (1-5)", "Zorn", "Klemp dato"]
    ]
    pairs = [(4, 3), (2, 5), (3, 3), (5, 4), (1, 2), (3, 5)]
    for i in range(n):
        p, q = pairs[i]
        rows.append(
            [f"ZB-{i + 1:02d}", TEXTS[i], PEOPLE[i % 4], p, q, p * q if product else 7, DAYS[i]]
        )
    return rows


def test_a_risk_register_in_a_made_up_language_is_read_by_its_matrix(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Blad", _risks()))
    table = _only(adoption)
    assert table.register == "risks"
    assert FOUND_BY_VALUES in table.reason and "a risk's score" in table.reason
    assert table.confidence < CERTAIN  # flagged for review, exit 1
    assert _column(table, "Klemp").target == "title"
    assert _column(table, "Vorlish").target == "owner"
    assert _column(table, "Tamba (1-5)").target == "probability"
    assert _column(table, "Quill (1-5)").target == "impact"
    assert _column(table, "Zorbat").target == "id"
    # one date per row: a raised date, a review date or a due date? listed, not guessed
    assert _column(table, "Klemp dato").target is None
    for header in ("Klemp", "Vorlish", "Tamba (1-5)", "Quill (1-5)"):
        assert _column(table, header).method == "content"
        assert _column(table, header).confidence < CERTAIN
    assert _field(adoption, "risks", "title") == TEXTS[:5]
    assert _field(adoption, "risks", "probability") == [4, 2, 3, 5, 1]
    assert _field(adoption, "risks", "impact") == [3, 5, 3, 4, 2]
    assert _field(adoption, "risks", "owner")[1] == PEOPLE[1]


def test_a_pair_of_small_numbers_without_their_product_tells_no_risk(tmp_path: Path) -> None:
    """Two columns of 1-5 alone are ratings of anything (a survey, a supplier score)."""
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Blad", _risks(product=False)))
    assert _registers(adoption) == []


# --- 2. a decision log in a language nobody listed ---------------------------------------------


def _decisions(n: int = 5) -> list[list[object]]:
    rows: list[list[object]] = [["Varnoki", "Drabu", "Vrentola", "Kwospira", "Hobrenti", "Mexlovi"]]
    for i in range(n):
        link = f"AV-{i + 3:02d}" if i % 2 else None
        d = DAYS[i]
        rows.append([i + 1, f"{d.day}.{d.month}.{d.year}", TEXTS[i], WHY[i], PEOPLE[i % 4], link])
    return rows


def test_a_decision_log_in_an_unheld_language_is_read_by_its_values(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Vrentolas", _decisions()))
    table = _only(adoption)
    assert table.register == "decisions"
    assert FOUND_BY_VALUES in table.reason and "why, by whom and when" in table.reason
    assert table.confidence < CERTAIN
    assert _column(table, "Vrentola").target == "decision"
    assert _column(table, "Kwospira").target == "rationale"
    assert _column(table, "Hobrenti").target == "made_by"
    assert _column(table, "Drabu").target == "date"
    # links to other decisions on some rows are no item's ID (round 17's codes rule)
    assert _column(table, "Mexlovi").target is None
    assert _field(adoption, "decisions", "date") == DAYS[:5]
    assert _field(adoption, "decisions", "rationale") == WHY[:5]
    assert _field(adoption, "decisions", "made_by")[2] == PEOPLE[2]


def test_a_decision_log_newest_first_is_read_too(tmp_path: Path) -> None:
    rows = _decisions()
    rows = [rows[0], *reversed(rows[1:])]
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Blad", rows)))
    assert table.register == "decisions"


def test_dates_out_of_order_tell_no_decision_log(tmp_path: Path) -> None:
    """A list whose one date jumps back and forth (validate-by dates, review dates) was not
    written as things were decided."""
    rows = _decisions()
    rows[2][1], rows[4][1] = rows[4][1], rows[2][1]
    assert _registers(_adopt(_book(tmp_path / "d.xlsx", "Blad", rows))) == []


def test_a_status_column_makes_it_no_decision_log(tmp_path: Path) -> None:
    """Two texts, a person, one date and a repeated status: an assumption log or a decision
    log with a status, the values cannot say: listed."""
    rows = _decisions()
    rows[0].append("Zentravo")
    for i, row in enumerate(rows[1:]):
        row.append(["Opin", "Lidnað"][i % 2])
    assert _registers(_adopt(_book(tmp_path / "d.xlsx", "Blad", rows))) == []


def test_a_notes_log_with_one_text_column_is_no_decision_log(tmp_path: Path) -> None:
    rows = [[r[0], r[1], r[2], r[4]] for r in _decisions()]
    assert _registers(_adopt(_book(tmp_path / "d.xlsx", "Blad", rows))) == []


# --- 3. lists that are no register, under headers nobody reads ---------------------------------


def test_tables_that_are_no_register_stay_listed(tmp_path: Path) -> None:
    contacts: list[list[object]] = [["Namo", "Rullo", "Telefono", "Retpoŝto"]]
    for i, person in enumerate(PEOPLE):
        contacts.append([person, ["Estro", "Konsilisto"][i % 2], f"+44 20 7946 09{i}5", "a@b.eu"])
    timesheet: list[list[object]] = [["Laboristo", "Tago", "Tasko priskribo", "Horoj"]]
    for i in range(6):
        timesheet.append([PEOPLE[i % 4], DAYS[i], TEXTS[i], [7.5, 4, 8][i % 3]])
    assets: list[list[object]] = [["Eco", "Priskribo", "Uzanto", "Aĉetita", "Garantio"]]
    for i in range(5):
        assets.append(
            [f"EC-{i + 1}", TEXTS[i], PEOPLE[i % 4], DAYS[i], DAYS[i] + timedelta(days=1095)]
        )
    prices: list[list[object]] = [["Varo", "Priskribo", "Kvanto", "Prezo", "Sumo"]]
    for i in range(5):
        prices.append([f"V-{i + 1}", TEXTS[i], i % 3 + 1, 4, (i % 3 + 1) * 4])
    calendar: list[list[object]] = [["Dato", "Evento", "Loko", "Organizanto"]]
    for i in range(5):
        calendar.append([DAYS[i], ["Kunveno", "Revizio", "Trejnado"][i % 3], "Halo", PEOPLE[i % 4]])
    glossary: list[list[object]] = [["Termino", "Difino"]]
    for text, why in zip(TEXTS, WHY, strict=True):
        glossary.append([text.split()[0], why])
    lookup: list[list[object]] = [["Stato", "Signifo", "Ordo"]]
    for i, (word, meaning) in enumerate(
        (("Malfermita", "Work has not started"), ("Fermita", "Nothing is left to do"))
    ):
        lookup.append([word, meaning, i + 1])
    for name, rows in (
        ("contacts", contacts),
        ("timesheet", timesheet),
        ("assets", assets),
        ("prices", prices),
        ("calendar", calendar),
        ("glossary", glossary),
        ("lookup", lookup),
    ):
        adoption = _adopt(_book(tmp_path / f"{name}.xlsx", "Folio", rows))
        assert _registers(adoption) == [], name


def test_a_price_list_with_a_product_column_is_no_risk_register(tmp_path: Path) -> None:
    """Quantities 1-5 times a price 1-5 make a product too: a price list's items are
    articles (short codes and names), no risk texts, and no person is named."""
    rows: list[list[object]] = [["Varo", "Nomo", "Kvanto", "Prezo", "Sumo"]]
    for i in range(5):
        rows.append(
            [f"V-{i + 1}", ["Bolto", "Nukso", "Ŝraŭbo"][i % 3], i % 3 + 1, 2, (i % 3 + 1) * 2]
        )
    assert _registers(_adopt(_book(tmp_path / "p.xlsx", "Folio", rows))) == []


# --- 4. an unread column of a register read by its words ---------------------------------------


def _issue_log(extra: str = "Matakan da aka dauka", english: bool = False) -> list[list[object]]:
    head = ["ID", "Issue", "Description", "Owner", "Status", "Raised", "Due Date", extra]
    if not english:  # a register kept in a language the file half knows
        head = ["Nr", "Naziv", "Opis", "Vlasnik", "Staatus", "Avatud", "Tähtaeg", extra]
    rows: list[list[object]] = [head]
    for i in range(5):
        action = [None, "Supplier chased twice this week", "Escalated to the steering board"][i % 3]
        rows.append(
            [
                f"I-{i + 1:03d}",
                TEXTS[i],
                WHY[i],
                PEOPLE[i % 4],
                "Open",
                DAYS[i],
                DAYS[i] + timedelta(days=14),
                action,
            ]
        )
    return rows


def test_the_one_free_text_under_an_unknown_header_is_the_resolution(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "i.xlsx", "Issue Log", _issue_log()))
    table = _only(adoption)
    assert table.register == "issues"
    col = _column(table, "Matakan da aka dauka")
    assert col.target == "resolution"
    assert col.method == "content" and col.confidence < CERTAIN
    assert NO_WORD in (col.note or "")
    assert _field(adoption, "issues", "resolution")[1] == "Supplier chased twice this week"


def test_an_english_register_reads_exactly_as_before(tmp_path: Path) -> None:
    """An English issue log's column of an English word no field holds (``Background``) is
    what its word says: never the resolution."""
    table = _only(_adopt(_book(tmp_path / "i.xlsx", "Issues", _issue_log("Background", True))))
    assert table.register == "issues"
    assert _column(table, "Background").target is None
    assert all(c.method != "content" for c in table.columns)


def test_an_unread_vocabulary_is_listed_with_what_could_take_it(tmp_path: Path) -> None:
    rows = _issue_log()
    rows[0].append("Vægi")
    for i, row in enumerate(rows[1:]):
        row.append(["Juu", "Kati", "Chini"][i % 3])
    table = _only(_adopt(_book(tmp_path / "i.xlsx", "Issue Log", rows)))
    col = _column(table, "Vægi")
    assert col.target is None
    assert NO_WORD in (col.note or "") and "Priority" in (col.note or "")
    assert "listed, not guessed" in (col.note or "")


def test_two_free_texts_under_unknown_headers_are_both_listed(tmp_path: Path) -> None:
    rows = _issue_log()
    # invented "more information" (Hausa "Karin bayani" before round 24, which reads Hausa's
    # bayani, a description; Chichewa "Zambiri zowonjezera" before round 25, which reads
    # Chichewa)
    rows[0].append("Tulvari ploskento")
    for i, row in enumerate(rows[1:]):
        row.append(f"Follow up with the contractor in week {i + 2}")
    table = _only(_adopt(_book(tmp_path / "i.xlsx", "Issue Log", rows)))
    assert _column(table, "Matakan da aka dauka").target is None
    assert _column(table, "Tulvari ploskento").target is None


def test_an_undescribed_item_keeps_its_unread_text_listed(tmp_path: Path) -> None:
    """With the description empty, a text beside the title may be its description or a
    cause no field holds: not guessed."""
    rows = [[r[0], r[1], r[3], r[4], r[5], r[6], r[7]] for r in _issue_log()]
    table = _only(_adopt(_book(tmp_path / "i.xlsx", "Issue Log", rows)))
    assert _column(table, "Matakan da aka dauka").target is None


# --- 5. the parts ---------------------------------------------------------------------------


def test_a_header_nobody_knows_and_a_table_in_another_language() -> None:
    assert header_unknown("Zorbat") and header_unknown("Matakan Da Aka Dauka")
    # no vocabulary holds "Background": an English table keeps it listed (test above)
    assert header_unknown("Background")
    assert not header_unknown("Comments") and not header_unknown("#")
    assert not header_unknown("Opis")  # read through languages.toml (description)
    assert foreign_table(["Nr", "Tiitel", "Kirjeldus", "Status", "Zorbat"])
    assert not foreign_table(["ID", "Issue", "Owner", "Status", "Zorbat"])


def test_free_texts_are_phrases_not_words_people_or_dates() -> None:
    assert free_texts(["Ugovoriti penale", "Alternativni dobavljač", "Praćenje na kolegijumu"])
    assert not free_texts(["Juu", "Kati", "Chini", "Juu"])  # a vocabulary
    assert not free_texts(PEOPLE)
    assert not free_texts(["12 March 2026", "3 April 2026"])
    assert not free_texts(["Open item", "Open item", "Closed item"])  # repeated short words
