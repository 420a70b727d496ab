"""Round 20 of issue 15: registers and status sheets. Every workbook here was written for
these tests (made-up Esperanto-like headers, small status packs of invented projects); none
is a batch layout. Each mechanism has a near-miss that must not fire.

- a RAG field is read as a colour wherever it is read: a title block's ``Overall RAG: A``,
  a RAG panel's ``Budget | Amber`` (the budget dimension), a column of RAG letters in the
  sheet's language (Italian ``R`` / ``G`` / ``V``);
- a plan item's status written as the noun ``risk`` (Dutch ``Risico``) is At Risk;
- a dependency register's column of people under a header nobody knows is the other side's
  owner when the owner is read;
- the header that is the field's own name wins a tie (``Subject | Decision``);
- ``Responsibility`` names the owner (an organisation is an owner), ``Taken by`` the maker;
- a meeting's minutes (attendees, actions given to people) are no decision log;
- assumption and dependency logs are found by their values when no header word is known.
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

from addin.adopt.cldr import languages_in
from addin.adopt.convert import list_converter_for_column
from addin.adopt.match import CERTAIN
from addin.adopt.rag_letters import column_letters, letter_colour
from addin.adopt.unread_headers import FOUND_BY_VALUES, MINUTES
from addin.standards import default_standards

PEOPLE = ["Vorna Tellik", "Ossa Brimmel", "Kade Forrun", "Iril Samwé"]
OTHERS = ["Pell Andrassy", "Mirel Quon", "Tobin Yarrow"]
TEXTS = [
    "Grommet feed from the harbour depot arrives on time",
    "Klaxon firmware passes the annual safety audit",
    "Tender board signs the pipeline contract in March",
    "Two welders stay for the whole shutdown window",
    "Spare pumps clear customs within two weeks",
]
DAYS = [date(2026, 1, 5), date(2026, 3, 19), date(2026, 2, 2), date(2026, 4, 16)]
DAYS += [date(2026, 3, 2)]


# --- 1. RAG fields read as colours -----------------------------------------------------------


def _status_pack(block: list[tuple[str, object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Weekly status - Harbour Crane Renewal"]]
    rows += [[label, value] for label, value in block]
    rows += [[None], ["Ref", "Milestone", "Owner", "Baseline", "Forecast", "Status"]]
    for i in range(3):
        rows.append([i + 1, TEXTS[i], PEOPLE[i], DAYS[i], DAYS[i], "On track"])
    return rows


def test_a_one_letter_overall_rag_is_read_as_its_colour(tmp_path: Path) -> None:
    block: list[tuple[str, object]] = [("Project Name", "Harbour Crane Renewal")]
    block += [("Overall RAG", "A"), ("Schedule RAG", "r")]
    adoption = _adopt(_book(tmp_path / "s.xlsx", "Status", _status_pack(block)))
    header = adoption.project.header
    assert header.overall_rag == "Amber"
    assert header.schedule_rag == "Red"
    assert "'A' read as 'Amber'" in adoption.report.project_fields["overall_rag"]


def test_a_rag_panel_budget_is_the_cost_rag_only_when_it_is_a_colour(tmp_path: Path) -> None:
    block: list[tuple[str, object]] = [("Project Name", "Harbour Crane Renewal")]
    block += [("Budget", "Amber"), ("Scope", "G")]
    header = _adopt(_book(tmp_path / "s.xlsx", "Status", _status_pack(block))).project.header
    assert header.cost_rag == "Amber"
    assert header.scope_rag == "Green"
    # near-miss: a budget figure and a scope sentence are no RAG
    block = [("Project Name", "Harbour Crane Renewal"), ("Budget", 1_200_000)]
    block += [("Scope", "Three pilot berths")]
    header = _adopt(_book(tmp_path / "t.xlsx", "Status", _status_pack(block))).project.header
    assert header.cost_rag is None
    assert header.scope_rag is None


def test_a_rag_label_keeps_a_value_it_cannot_read(tmp_path: Path) -> None:
    """Under a label that says RAG, a value that is no colour is kept as written (and
    pmo check lists it), as before round 20."""
    block: list[tuple[str, object]] = [("Project Name", "Harbour Crane Renewal")]
    block += [("Overall RAG", "Under review")]
    header = _adopt(_book(tmp_path / "s.xlsx", "Status", _status_pack(block))).project.header
    assert header.overall_rag == "Under review"


def test_rag_letters_are_read_in_the_sheets_language() -> None:
    assert letter_colour("A") == "Amber"
    assert letter_colour("O", ["nl"]) == "Amber"  # oranje
    assert letter_colour("V", ["fr"]) == "Green"  # vert
    # near-misses: a letter two colours of the language start (German gelb / grün,
    # Portuguese verde / vermelho) is not read alone
    assert letter_colour("G", ["de"]) is None
    assert letter_colour("V", ["pt"]) is None
    assert letter_colour("X") is None
    # a column's other letters settle a doubtful one: Italian rosso, giallo, verde
    assert column_letters(["R", "G", "V", "G"], ["it"]) == {"r": "Red", "g": "Amber", "v": "Green"}
    assert column_letters(["R", "O", "G"], ["nl"]) == {"r": "Red", "o": "Amber", "g": "Green"}
    assert column_letters(["R", "G", "G"], ["de"]) == {}
    assert column_letters(["Red", "A"], ["en"]) == {}  # not letters only


def test_a_dutch_status_pack_writes_its_rag_as_dutch_letters(tmp_path: Path) -> None:
    """``O`` (oranje) in a Dutch sheet's title block is Amber; the milestones' ``O`` /
    ``G`` / ``R`` read together: ``G`` is groen once ``O`` is the amber."""
    rows: list[list[object]] = [["Statusrapport"], ["Projectnaam", "Dijk Noord"]]
    rows += [["Projectleider", PEOPLE[0]], ["Overall RAG", "O"], [None]]
    rows += [["Nr.", "Mijlpaal", "Eigenaar", "Prognose", "Status"]]
    for i in range(3):
        rows.append([i + 1, TEXTS[i], PEOPLE[i], DAYS[i], ["O", "G", "R"][i]])
    adoption = _adopt(_book(tmp_path / "s.xlsx", "Status", rows))
    assert adoption.project.header.overall_rag == "Amber"
    assert "'O' read as 'Amber'" in adoption.report.project_fields["overall_rag"]
    assert _field(adoption, "milestones", "status") == ["At Risk", "In Progress", "Late"]


def test_an_english_sheets_letter_o_is_not_read_as_a_rag(tmp_path: Path) -> None:
    """Near-miss: in an English sheet only R / A / G are RAG letters (the RAG list's own
    aliases); ``O`` under a RAG label is kept as written."""
    block: list[tuple[str, object]] = [("Project Name", "Harbour Crane Renewal")]
    block += [("Overall RAG", "O")]
    header = _adopt(_book(tmp_path / "s.xlsx", "Status", _status_pack(block))).project.header
    assert header.overall_rag == "O"


def test_a_column_of_local_rag_letters_reads_as_milestone_statuses() -> None:
    standards = default_standards()
    with languages_in(["it"]):
        conv, note = list_converter_for_column(
            "milestone_status", standards, ["R", "G", "V", "V"], "Stato"
        )
    assert [conv(v).value for v in ("R", "G", "V")] == ["Late", "At Risk", "In Progress"]
    assert note is not None and "G = Amber" in note
    # near-miss: a yes / no column is no RAG, and English R / A / G read as before
    conv, note = list_converter_for_column("yes_no", standards, ["Y", "N", "Y"], "Done")
    assert note is None and conv("Y").value == "Y"
    conv, note = list_converter_for_column("milestone_status", standards, ["R", "A", "G"], "RAG")
    assert note is None and conv("G").value == "In Progress"


# --- 2. the noun "risk" as a plan item's status ----------------------------------------------


def test_a_milestone_marked_risk_in_dutch_is_at_risk(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Nr.", "Mijlpaal", "Eigenaar", "Prognose", "Status"]]
    states = ["Risico", "Op schema", "Risico", "Gereed"]
    for i in range(4):
        rows.append([i + 1, TEXTS[i], PEOPLE[i], DAYS[i], states[i]])
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Mijlpalen", rows))
    assert _field(adoption, "milestones", "status")[0] == "At Risk"
    assert _field(adoption, "milestones", "status")[2] == "At Risk"


def test_a_risks_own_status_risk_is_not_read_as_at_risk(tmp_path: Path) -> None:
    """Near-miss: a risk's status list has no At Risk: ``Risico`` there stays unread."""
    rows: list[list[object]] = [["Nr.", "Risico", "Eigenaar", "Status"]]
    for i in range(4):
        rows.append([i + 1, TEXTS[i], PEOPLE[i], ["Risico", "Open"][i % 2]])
    adoption = _adopt(_book(tmp_path / "r.xlsx", "Risico's", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert _field(adoption, "risks", "status")[1] == "Open"
    assert any(issue.value == "Risico" for issue in table.unconverted)


# --- 3. the other side's person in a dependency register ---------------------------------------


def _dependencies(extra: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref.", "Dependencia", "Responsable", *extra, "Estado"]]
    for i in range(4):
        people = [OTHERS[(i + k) % 3] for k in range(len(extra))]
        rows.append([f"D{i + 1}", TEXTS[i], PEOPLE[i], *people, ["Abierto", "Cerrado"][i % 2]])
    return rows


def test_a_dependencys_contact_is_the_other_sides_owner(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Dependencias", _dependencies(["Kontaktulo"])))
    table = _only(adoption)
    assert table.register == "dependencies"
    contact = _column(table, "Kontaktulo")
    assert contact.target == "counterparty_owner"
    assert contact.method == "content" and contact.confidence < CERTAIN
    assert _field(adoption, "dependencies", "counterparty_owner")[:2] == OTHERS[:2]
    assert _field(adoption, "dependencies", "owner")[0] == PEOPLE[0]


def test_two_unread_people_columns_are_both_listed(tmp_path: Path) -> None:
    rows = _dependencies(["Kontaktulo", "Revizoro"])
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Dependencias", rows)))
    assert _column(table, "Kontaktulo").target is None
    assert "person names" in _column(table, "Kontaktulo").note
    assert _column(table, "Revizoro").target is None


def test_a_register_with_one_person_field_keeps_other_people_listed(tmp_path: Path) -> None:
    """Near-miss: a risk register has one person field (its owner): a second column of
    people under an unknown header may be a reviewer, a raiser: listed."""
    rows: list[list[object]] = [["Ref.", "Riesgo", "Responsable", "Revizoro", "Estado"]]
    for i in range(4):
        rows.append([f"R{i + 1}", TEXTS[i], PEOPLE[i], OTHERS[i % 3], "Abierto"])
    table = _only(_adopt(_book(tmp_path / "r.xlsx", "Riesgos", rows)))
    assert table.register == "risks"
    assert _column(table, "Revizoro").target is None
    assert "person names" in _column(table, "Revizoro").note


# --- 4. headers: the field's own name, Responsibility, Taken by --------------------------------


def test_the_column_named_decision_is_the_decision(tmp_path: Path) -> None:
    rows: list[list[object]] = [["No.", "Date", "Subject", "Decision", "Rationale", "Taken by"]]
    for i in range(4):
        rows.append([i + 1, DAYS[i], ["Scope", "Budget"][i % 2], TEXTS[i], "Cheaper", "Board"])
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Decisions", rows))
    table = _only(adoption)
    assert _column(table, "Decision").target == "decision"
    assert _column(table, "Subject").target is None
    assert _column(table, "Taken by").target == "made_by"
    assert _field(adoption, "decisions", "decision")[1] == TEXTS[1]
    assert _field(adoption, "decisions", "made_by")[0] == "Board"


def test_a_dutch_decision_taken_by_is_the_maker(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Nr.", "Datum", "Beslissing", "Motivering", "Genomen door"]]
    for i in range(4):
        rows.append([i + 1, DAYS[i], TEXTS[i], "Goedkoper", "Stuurgroep"])
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Beslissingen", rows)))
    assert _column(table, "Genomen door").target == "made_by"


def test_a_subject_alone_still_reads_as_the_decision(tmp_path: Path) -> None:
    """Near-miss: with no column named Decision, the subject is still the decision text
    (the tie rule only orders two readings of one field)."""
    rows: list[list[object]] = [["No.", "Date", "Subject", "Rationale"]]
    for i in range(4):
        rows.append([i + 1, DAYS[i], TEXTS[i], "Cheaper"])
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Decisions", rows)))
    assert _column(table, "Subject").target == "decision"


def test_organisations_under_responsibility_are_the_owners(tmp_path: Path) -> None:
    rows: list[list[object]] = [["No.", "Milestone", "Responsibility", "Contract Date"]]
    parties = ["Port Authority", "Contractor", "Engineer", "Contractor"]
    for i in range(4):
        rows.append([i + 1, TEXTS[i], parties[i], DAYS[i]])
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", rows))
    assert _column(_only(adoption), "Responsibility").target == "owner"
    assert _field(adoption, "milestones", "owner") == parties


# --- 5. a meeting's minutes are no decision log ------------------------------------------------

DISCUSSED = [
    "Reviewed the harbour depot delivery plan",
    "Walked through the firmware audit findings",
    "Went over the pipeline contract with the board",
    "Looked at the welders rota for the shutdown",
    "Went through the customs delays on the pumps",
]


def _minutes(people: list[str], second: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Dato", "Prezidanto", "Diskuto", "Agoj"]]
    for i in range(5):
        rows.append([DAYS[0] + timedelta(days=7 * i), people[i], DISCUSSED[i], second[i]])
    return rows


def test_minutes_with_actions_given_to_people_are_no_decision_log(tmp_path: Path) -> None:
    chair = [PEOPLE[i % 4] for i in range(5)]
    actions = [f"{PEOPLE[(i + 1) % 4].split()[0]} to chase the supplier" for i in range(5)]
    rows = _minutes(chair, actions)
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Blad", rows))
    assert _registers(adoption) == []
    (table,) = adoption.report.tables
    assert MINUTES in table.reason  # listed with its reason, not only "not a register"


def test_minutes_with_attendees_are_no_decision_log(tmp_path: Path) -> None:
    attendees = [f"{PEOPLE[i % 4]}, {OTHERS[i % 3]}" for i in range(5)]
    rows = _minutes([PEOPLE[i % 4] for i in range(5)], TEXTS)
    for i, row in enumerate(rows[1:]):
        row.append(attendees[i])
    rows[0].append("Ĉeestantoj")
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Blad", rows))
    assert _registers(adoption) == []
    assert MINUTES in adoption.report.tables[0].reason


def test_a_decision_log_by_its_values_is_still_read(tmp_path: Path) -> None:
    """Control: one maker per row and reasons naming nobody: a decision log, as round 18."""
    rows = _minutes([PEOPLE[i % 4] for i in range(5)], [f"Because {t.lower()}" for t in TEXTS])
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Blad", rows)))
    assert table.register == "decisions"
    assert FOUND_BY_VALUES in table.reason


# --- 6. assumption and dependency logs found by their values -----------------------------------


def test_an_assumption_log_is_found_by_its_own_statuses(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Kodo", "Supozo", "Posedanto", "Konfido", "Fazo", "Limdato"]]
    states = ["Abierto", "Validado", "Abierto", "Invalidado", "Validado"]
    levels = ["Alto", "Medio", "Bajo", "Alto", "Medio"]
    for i in range(5):
        rows.append([f"SU-{i + 1:02d}", TEXTS[i], PEOPLE[i % 4], levels[i], states[i], DAYS[i]])
    adoption = _adopt(_book(tmp_path / "a.xlsx", "Blad", rows))
    table = _only(adoption)
    assert table.register == "assumptions"
    assert FOUND_BY_VALUES in table.reason and "validated or invalid" in table.reason
    assert table.confidence < CERTAIN
    assert _column(table, "Supozo").target == "assumption"
    assert _column(table, "Fazo").target == "status"
    assert _column(table, "Konfido").target == "confidence"
    assert _column(table, "Limdato").target is None  # one date: raised or validate-by?
    assert _field(adoption, "assumptions", "status")[1] == "Validated"
    assert _field(adoption, "assumptions", "confidence")[2] == "Low"


def test_a_dependency_log_is_found_by_its_directions(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Kodo", "Dependeco", "Direkto", "Posedanto", "Bezonata"]]
    ways = ["Entrada", "Saída", "Entrada", "Entrada", "Saída"]
    for i in range(5):
        rows.append([f"DP-{i + 1:02d}", TEXTS[i], ways[i], PEOPLE[i % 4], DAYS[i]])
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Blad", rows))
    table = _only(adoption)
    assert table.register == "dependencies"
    assert _column(table, "Direkto").target == "direction"
    assert _column(table, "Bezonata").target == "need_by"
    assert _field(adoption, "dependencies", "direction")[1] == "Outbound"
    assert _field(adoption, "dependencies", "need_by")[3] == DAYS[3]


def test_lists_with_in_and_out_or_open_and_closed_are_no_such_log(tmp_path: Path) -> None:
    """Near-misses: a stock list's movements in and out carry quantities and no owner; a
    list of Open / Closed items with one date is no assumption log (no word only an
    assumption log writes)."""
    stock: list[list[object]] = [["Artikolo", "Movado", "Dato", "Kvanto"]]
    for i in range(5):
        stock.append([TEXTS[i], ["Entrada", "Saída"][i % 2], DAYS[i], 10 * i + 3])
    assert _registers(_adopt(_book(tmp_path / "s.xlsx", "Blad", stock))) == []
    items: list[list[object]] = [["Kodo", "Temo", "Posedanto", "Fazo", "Dato"]]
    for i in range(5):
        items.append([f"T-{i}", TEXTS[i], PEOPLE[i % 4], ["Abierto", "Cerrado"][i % 2], DAYS[i]])
    assert _registers(_adopt(_book(tmp_path / "i.xlsx", "Blad", items))) == []
