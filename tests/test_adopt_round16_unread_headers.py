"""Round 16 of issue 15: register tables whose header words no vocabulary holds, found by
their values (``addin/adopt/unread_headers.py``), two unread date columns placed by their
order (``date_order.py``), and Scrum's impediments named as issues. Every shape was written
for these tests (Icelandic and Welsh headers, which ``languages.toml`` did not hold; since
round 18 it reads both, so the registers found by their values were written in isiZulu; since
round 24 it reads isiZulu too, so they were written in Chichewa (Nyanja); since round 25 it
reads Chichewa too, so the headers are INVENTED words of the same shape, checked to be no
vocabulary's word, which no language added later can make read; none is a batch layout); the negatives are tables with people, dates and repeated words
that are no register and must stay listed, never adopted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only
from adopt_sheets import registers as _registers

from addin.adopt.languages import translate
from addin.adopt.match import CERTAIN
from addin.adopt.unread_headers import FOUND_BY_VALUES

PEOPLE = ["Jón Sigurðsson", "Anna Jónsdóttir", "Guðrún Helgadóttir", "Einar Pálsson"]
TEXTS = [
    "Innskráning með rafrænum skilríkjum bilar á farsímum",
    "Greiðslugátt hafnar kortum frá erlendum bönkum",
    "Tölvupóstar um staðfestingu berast ekki notendum",
    "Skýrslur sveitarfélaga vantar í gagnagrunninn",
    "Leitin skilar röngum niðurstöðum fyrir heimilisföng",
]
RAISED = [
    date(2026, 1, 12),
    date(2026, 1, 20),
    date(2026, 2, 3),
    date(2026, 2, 9),
    date(2026, 3, 2),
]
DUE = [date(2026, 1, 30), date(2026, 2, 6), date(2026, 2, 20), date(2026, 3, 13), date(2026, 3, 20)]
STATES = ["Opið", "Lokað", "Í vinnslu", "Opið", "Lokað"]
# round 24: Chichewa (Nyanja, Malawi) values; its headers invented since round 25, when the
# vocabularies took Chichewa (Icelandic and Welsh since round 18, isiZulu since round 24)
NY_PEOPLE = ["Chikondi Banda", "Thokozani Phiri", "Kondwani Mwale", "Mphatso Tembo"]
NY_TEXTS = [
    "Kulowa pa foni sikugwira ntchito bwino",
    "Malipiro a makadi akunja akukanidwa",
    "Maimelo otsimikizira sakufika kwa ogwiritsa ntchito",
    "Malipoti a makhonsolo sali m'nkhokwe",
    "Kusaka kumapereka zotsatira zolakwika",
]
NY_STATES = ["Chatsegulidwa", "Chatsekedwa", "Chikupitilira", "Chatsegulidwa", "Chatsekedwa"]


def _unread(dates_as_text: bool = False) -> list[list[object]]:
    """An issue log under invented headers (number, description, the one responsible,
    status, registered, deadline) that no vocabulary holds (asserted)."""
    rows: list[list[object]] = [
        [
            "Varnoki",
            "Prelumastiva",
            "Quoblemira",
            "Zentravo",
            "Drabu velmosta",
            "Drabu kentrova",
        ]
    ]
    for i in range(5):
        raised: object = RAISED[i].isoformat() if dates_as_text else RAISED[i]
        due: object = DUE[i].isoformat() if dates_as_text else DUE[i]
        rows.append([f"VK-{i + 1:02d}", NY_TEXTS[i], NY_PEOPLE[i % 4], NY_STATES[i], raised, due])
    # the premise, checked: no vocabulary reads these header words
    assert all(translate(str(h)) is None for h in rows[0]), rows[0]
    return rows


# --- 1. an issue log in a language nobody listed, found by its values -------------------------


def test_an_issue_log_under_unknown_header_words_is_found_by_its_values(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "mal.xlsx", "Plosketa", _unread()))
    table = _only(adoption)
    assert table.register == "issues"
    assert FOUND_BY_VALUES in table.reason
    assert table.confidence < CERTAIN  # flagged for review
    assert _column(table, "Prelumastiva").target == "title"
    assert _column(table, "Quoblemira").target == "owner"
    assert _column(table, "Zentravo").target == "status"
    assert _column(table, "Drabu velmosta").target == "raised_date"
    assert _column(table, "Drabu kentrova").target == "due_date"
    assert _column(table, "Varnoki").target == "id"
    for header in (
        "Prelumastiva",
        "Quoblemira",
        "Zentravo",
        "Drabu velmosta",
        "Drabu kentrova",
        "Varnoki",
    ):
        assert _column(table, header).method == "content"
        assert _column(table, header).confidence < CERTAIN
    assert _field(adoption, "issues", "title") == NY_TEXTS
    assert _field(adoption, "issues", "raised_date") == RAISED
    assert _field(adoption, "issues", "due_date") == DUE
    assert _field(adoption, "issues", "owner")[1] == NY_PEOPLE[1]


def test_dates_written_as_text_and_the_order_of_columns_swapped(tmp_path: Path) -> None:
    rows = _unread(dates_as_text=True)
    # the due date written first, the raised date last: the order of the values decides
    rows = [[r[0], r[1], r[2], r[3], r[5], r[4]] for r in rows]
    adoption = _adopt(_book(tmp_path / "mal.xlsx", "Ishidi", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert _column(table, "Drabu kentrova").target == "due_date"
    assert _column(table, "Drabu velmosta").target == "raised_date"
    assert _field(adoption, "issues", "due_date") == DUE


def test_two_repeated_vocabularies_leave_the_status_listed_not_guessed(tmp_path: Path) -> None:
    rows = _unread()
    rows[0].append("Kulemera")
    for i, row in enumerate(rows[1:]):
        row.append(["Chapamwamba", "Chapakati", "Chotsika"][i % 3])
    table = _only(_adopt(_book(tmp_path / "mal.xlsx", "Plosketa", rows)))
    assert table.register == "issues"
    # Zentravo and Kulemera could each be the status: neither is guessed
    assert _column(table, "Zentravo").target is None
    assert _column(table, "Kulemera").target is None


# --- 2. what the values do not decide stays listed ----------------------------------------------


def test_one_date_per_row_decides_no_register(tmp_path: Path) -> None:
    """An assumptions register, a decision log or a risk register with one date each looks
    the same by its values: not guessed."""
    rows = [[r[0], r[1], r[2], r[3], r[5]] for r in _unread()]
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Blað", rows))
    assert _registers(adoption) == []


def test_dates_out_of_order_on_one_row_decide_nothing(tmp_path: Path) -> None:
    rows = _unread()
    rows[3][4], rows[3][5] = rows[3][5], rows[3][4]
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Blað", rows))
    assert _registers(adoption) == []


def test_an_asset_list_with_purchase_and_warranty_dates_is_no_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Eign", "Lýsing", "Notandi", "Staða", "Keypt", "Ábyrgð til"]]
    for i in range(5):
        bought = RAISED[i]
        rows.append(
            [
                f"EIG-{i + 1}",
                f"Fartölva af gerðinni Lenovo ThinkPad númer {i}",
                PEOPLE[i % 4],
                ["Í notkun", "Afskrifuð"][i % 2],
                bought,
                bought.replace(year=bought.year + 3),
            ]
        )
    assert _registers(_adopt(_book(tmp_path / "x.xlsx", "Eignir", rows))) == []


def test_a_contact_list_a_timesheet_and_a_holiday_list_are_no_register(tmp_path: Path) -> None:
    contacts: list[list[object]] = [["Nafn", "Hlutverk", "Sími", "Netfang"]]
    for i, person in enumerate(PEOPLE):
        contacts.append([person, ["Stjórnandi", "Ráðgjafi"][i % 2], f"+354 555 12{i}4", "a@b.is"])
    timesheet: list[list[object]] = [["Starfsmaður", "Dagur", "Verk", "Tímar", "Tegund"]]
    for i in range(6):
        timesheet.append(
            [PEOPLE[i % 4], RAISED[i % 5], TEXTS[i % 5], 7.5, ["Reikn", "Innri"][i % 2]]
        )
    holidays: list[list[object]] = [["Dagsetning", "Frídagur", "Vikudagur"]]
    for d, name, day in (
        (date(2026, 1, 1), "Nýársdagur", "fimmtudagur"),
        (date(2026, 4, 2), "Skírdagur", "fimmtudagur"),
        (date(2026, 4, 3), "Föstudagurinn langi", "föstudagur"),
        (date(2026, 6, 17), "Þjóðhátíðardagurinn", "miðvikudagur"),
    ):
        holidays.append([d, name, day])
    for name, rows in (("contacts", contacts), ("timesheet", timesheet), ("holidays", holidays)):
        assert _registers(_adopt(_book(tmp_path / f"{name}.xlsx", "Blað1", rows))) == [], name


def test_a_calendar_and_a_task_list_under_english_headers_stay_listed(tmp_path: Path) -> None:
    """Headers the vocabularies read say what the table is: the value path never runs."""
    tasks: list[list[object]] = [["Task", "Assigned To", "Start", "Finish", "State"]]
    for i in range(5):
        tasks.append(
            [
                f"Build the {['api', 'ui', 'db', 'etl', 'docs'][i]} layer for release two",
                PEOPLE[i % 4],
                RAISED[i],
                DUE[i],
                ["Open", "Done"][i % 2],
            ]
        )
    calendar: list[list[object]] = [["Event", "Organiser", "From", "To", "Kind"]]
    for i in range(5):
        calendar.append(
            [
                f"Workshop on the target operating model part {i}",
                PEOPLE[i % 4],
                RAISED[i],
                RAISED[i].replace(day=RAISED[i].day + i % 3),  # events of one to three days
                ["Workshop", "Review"][i % 2],
            ]
        )
    for name, rows in (("tasks", tasks), ("calendar", calendar)):
        adoption = _adopt(_book(tmp_path / f"{name}.xlsx", "Plan", rows))
        assert all(FOUND_BY_VALUES not in t.reason for t in adoption.report.adopted_tables), name


def test_an_action_log_in_an_unknown_language_named_actions_is_not_an_issue_log(
    tmp_path: Path,
) -> None:
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Actions", _unread()))
    assert _registers(adoption) == []


def test_an_english_issue_log_reads_as_before(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Status", "Raised", "Due Date"]]
    for i in range(4):
        rows.append([f"I-{i + 1:03d}", TEXTS[i], PEOPLE[i], "Open", RAISED[i], DUE[i]])
    table = _only(_adopt(_book(tmp_path / "x.xlsx", "Issues", rows)))
    assert table.register == "issues"
    assert FOUND_BY_VALUES not in table.reason
    assert all(c.method != "content" for c in table.columns)


# --- 3. two unread date columns in a register found by its words -------------------------------


def test_two_unread_date_columns_in_order_are_raised_then_due(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Issue ID", "Issue", "Owner", "Priority", "Drabu pornesta", "Drabu kentrova"]
    ]
    for i in range(5):
        rows.append([f"I-{i + 1:03d}", TEXTS[i], PEOPLE[i % 4], "High", RAISED[i], DUE[i]])
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Issues", rows))
    table = _only(adoption)
    assert _column(table, "Drabu pornesta").target == "raised_date"
    assert _column(table, "Drabu kentrova").target == "due_date"
    assert _column(table, "Drabu kentrova").method == "content"
    assert _field(adoption, "issues", "due_date") == DUE


def test_two_unread_date_columns_years_apart_stay_listed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Issue ID", "Issue", "Owner", "Priority", "Drabu pornesta", "Drabu kentrova"]
    ]
    for i in range(5):
        later = RAISED[i].replace(year=2028)
        rows.append([f"I-{i + 1:03d}", TEXTS[i], PEOPLE[i % 4], "High", RAISED[i], later])
    table = _only(_adopt(_book(tmp_path / "x.xlsx", "Issues", rows)))
    assert _column(table, "Drabu pornesta").target is None
    assert _column(table, "Drabu kentrova").target is None


# --- 4. Scrum's and SAFe's impediments are issues ----------------------------------------------


def test_an_impediments_sheet_with_an_issue_column_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Name", "Responsible", "Created", "Due Date"]]
    for i in range(4):
        rows.append([i + 10, TEXTS[i], PEOPLE[i], RAISED[i], DUE[i]])
    table = _only(_adopt(_book(tmp_path / "x.xlsx", "Impediments", rows)))
    assert table.register == "issues"
    assert "named so" in table.reason


def test_impediments_with_no_issue_column_name_nothing(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Impediment", "Explanation"]]
    rows += [["Scope", "The scope of a sprint"], ["Velocity", "Points per sprint"]]
    rows += [["Blocker", "Stops the team"]]
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Impediments", rows))
    assert _registers(adoption) == []
