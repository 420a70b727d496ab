"""Round 13 of issue 15: every column a person would map. The header words a PMO writes for
each standard field in the languages of ``languages.toml`` (numbers, names, created /
opened / registered dates, planned / expected / actual dates, deadlines, direction, need and
commitment dates, who raised it); a false friend alone read in its table's language; a
milestone's planned date beside a baseline column; a form's questions and who filled it
in; more tools' export fields. Every shape was written for these tests, not taken from a
benchmark layout; negative cases say what must stay out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

from addin.adopt import Adoption
from addin.adopt.match import candidates
from addin.adopt.questions import statement_of
from addin.adopt.report import TableReport

D1, D2, D3 = date(2026, 3, 2), date(2026, 4, 14), date(2026, 5, 29)


def _best(header: str, register: str) -> str | None:
    found = candidates(header, register)
    return found[0].column_key if found and found[0].confidence >= 0.8 else None


# --- 1. header words per field, in every language of the data file -------------------------


@pytest.mark.parametrize(
    ("header", "register", "expected"),
    [
        # the row's number
        ("Lp.", "risks", "id"),
        ("Nr crt", "issues", "id"),
        ("Sorszám", "issues", "id"),
        ("Č.", "milestones", "id"),
        ("Č. rizika", "risks", "id"),
        ("序號", "issues", "id"),
        ("編號", "risks", "id"),
        ("번호", "risks", "id"),
        ("管理番号", "issues", "id"),
        ("Numero", "decisions", "id"),
        # the item's name
        ("Nazwa ryzyka", "risks", "title"),
        ("Navn", "issues", "title"),
        ("Nimi", "dependencies", "title"),
        ("リスク名", "risks", "title"),
        ("리스크명", "risks", "title"),
        ("Naziv", "milestones", "milestone"),
        # created, opened, identified, registered: the date raised
        ("Oprettet", "assumptions", "raised_date"),
        ("Skapad", "issues", "raised_date"),
        ("Luotu", "risks", "raised_date"),
        ("Opprettet", "issues", "raised_date"),
        ("Data apertura", "issues", "raised_date"),
        ("Data identyfikacji", "risks", "raised_date"),
        ("Datum vytvoření", "issues", "raised_date"),
        ("Oluşturma Tarihi", "issues", "raised_date"),
        ("提出日期", "issues", "raised_date"),
        ("创建日期", "risks", "raised_date"),
        ("등록일", "risks", "raised_date"),
        ("作成日", "issues", "raised_date"),
        ("Creation Date", "issues", "raised_date"),
        # planned, expected, actual: a milestone's dates
        ("Plánované datum", "milestones", "baseline_date"),
        ("Předpokládané datum", "milestones", "forecast_date"),
        ("Skutečné datum", "milestones", "actual_date"),
        ("Плановая дата", "milestones", "baseline_date"),
        ("Фактическая дата", "milestones", "actual_date"),
        ("Data rzeczywista", "milestones", "actual_date"),
        ("Tervezett dátum", "milestones", "baseline_date"),
        ("Várható dátum", "milestones", "forecast_date"),
        ("Planlanan Tarih", "milestones", "baseline_date"),
        ("实际完成日期", "milestones", "actual_date"),
        ("预计完成日期", "milestones", "forecast_date"),
        ("予定日", "milestones", "baseline_date"),
        ("Stvarni datum", "milestones", "actual_date"),
        ("완료일", "milestones", "actual_date"),
        ("완료 예정일", "issues", "due_date"),
        ("完了予定日", "issues", "due_date"),
        # deadlines
        ("Termin", "issues", "due_date"),
        ("Termín", "risks", "due_date"),
        ("Termin", "milestones", "baseline_date"),
        ("计划完成日期", "issues", "due_date"),
        ("Frist", "issues", "due_date"),
        ("Valideres senest", "assumptions", "validate_by"),
        ("Valideras senast", "assumptions", "validate_by"),
        # a dependency's direction, need and commitment dates
        ("Yön", "dependencies", "direction"),
        ("Kierunek", "dependencies", "direction"),
        ("Riktning", "dependencies", "direction"),
        ("方向", "dependencies", "direction"),
        ("İhtiyaç Tarihi", "dependencies", "need_by"),
        ("Taahhüt Tarihi", "dependencies", "committed_date"),
        ("承诺日期", "dependencies", "committed_date"),
        # the issue's resolution and owner
        ("対応内容", "issues", "resolution"),
        ("Rozwiązanie", "issues", "resolution"),
        ("责任人", "issues", "owner"),
        ("處理人", "issues", "owner"),
    ],
)
def test_a_pmo_header_word_in_each_language_reads_as_its_field(
    header: str, register: str, expected: str
) -> None:
    assert _best(header, register) == expected


@pytest.mark.parametrize(
    ("header", "register"),
    [
        # who raised it is a person: listed, never the date raised
        ("提出人", "issues"),
        ("起票者", "issues"),
        ("등록자", "risks"),
        ("Skapad av", "issues"),
        ("Oprettet af", "assumptions"),
        # a need or a requirement alone is a text, not a need-by date
        ("Behov", "dependencies"),
        ("需求", "dependencies"),
        # "Data" alone, outside a table in another language, is data
        ("Data", "decisions"),
        ("Data", "issues"),
    ],
)
def test_words_that_name_no_field_stay_out(header: str, register: str) -> None:
    assert _best(header, register) is None


def test_german_termin_keeps_its_compounds() -> None:
    # "Termin" alone is the deadline; its compounds keep the date they name
    assert _best("Isttermin", "milestones") == "actual_date"
    assert _best("Plantermin", "milestones") == "baseline_date"
    assert _best("Basistermin", "milestones") == "baseline_date"
    assert _best("Endtermin", "issues") == "due_date"


def test_a_czech_milestone_plan_maps_every_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Č.", "Název milníku", "Odpovědná osoba", "Plánované datum", "Očekávané datum",
         "Skutečné datum", "Stav"],
        [1, "Schválení rozpočtu", "Jana Nováková", D1, D2, D2, "Dokončeno"],
        [2, "Spuštění pilotu", "Petr Král", D2, D3, None, "Probíhá"],
        [3, "Předání do provozu", "Jana Nováková", D3, D3, None, "Nezahájeno"],
    ]  # fmt: skip
    adoption = _adopt(_book(tmp_path / "cz.xlsx", "Plán", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    got = _targets(table)
    assert got["Č."] == "id"
    assert got["Plánované datum"] == "baseline_date"
    assert got["Očekávané datum"] == "forecast_date"
    assert got["Skutečné datum"] == "actual_date"
    first, second, _ = adoption.project.items("milestones")
    assert (first.baseline_date, first.forecast_date, first.actual_date) == (D1, D2, D2)
    assert (second.forecast_date, second.actual_date) == (D3, None)


def test_a_swedish_dependency_log_maps_direction_and_dates(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nr", "Beroende", "Riktning", "Ansvarig", "Behövs senast", "Utlovad datum"],
        [1, "API för kunddata", "Inbound", "Karin Berg", D1, D2],
        [2, "Testmiljö", "Outbound", "Lars Ek", D2, D2],
        [3, "Licensavtal", "Inbound", "Karin Berg", D3, D3],
    ]
    adoption = _adopt(_book(tmp_path / "sv.xlsx", "Beroenden", rows))
    table = _only(adoption)
    assert table.register == "dependencies"
    got = _targets(table)
    assert got["Riktning"] == "direction"
    assert got["Behövs senast"] == "need_by"
    assert got["Utlovad datum"] == "committed_date"
    deps = adoption.project.items("dependencies")
    assert [d.direction for d in deps] == ["Inbound", "Outbound", "Inbound"]
    assert (deps[0].need_by, deps[0].committed_date) == (D1, D2)


# --- 2. a false friend alone, in its table's language ---------------------------------------


def _decision_rows(first: str, others: list[str]) -> list[list[object]]:
    return [
        [first, *others],
        [D1, "Adiar o go-live", "Ana Costa", "Reduz o risco"],
        [D2, "Trocar de fornecedor", "Rui Lopes", "Custo menor"],
        [D3, "Usar a nuvem do cliente", "Ana Costa", "Prazo"],
    ]


def test_data_alone_in_a_portuguese_log_is_its_date(tmp_path: Path) -> None:
    rows = _decision_rows("Data", ["Decisão", "Decidido por", "Justificativa"])
    adoption = _adopt(_book(tmp_path / "pt.xlsx", "Decisões", rows))
    table = _only(adoption)
    data = next(c for c in table.columns if c.header == "Data")
    assert data.target == "date"
    assert "the language of the table's other headers" in data.note
    assert [d.date for d in adoption.project.items("decisions")] == [D1, D2, D3]


def test_data_alone_in_an_english_log_stays_out(tmp_path: Path) -> None:
    rows = _decision_rows("Data", ["Decision", "Decided by", "Rationale"])
    adoption = _adopt(_book(tmp_path / "en.xlsx", "Decisions", rows))
    table = _only(adoption)
    assert _targets(table)["Data"] != "date"


# --- 3. a milestone's planned date beside a baseline column -----------------------------------


def _milestones(tmp_path: Path, headers: list[str]) -> TableReport:
    rows: list[list[object]] = [
        ["Milestone", "Owner", *headers],
        ["Design approved", "Jane Smith", D1, D2, D2],
        ["Build complete", "Tom Brown", D2, D3, None],
        ["Go-live", "Ann Lee", D3, D3, None],
    ]
    return _only(_adopt(_book(tmp_path / "m.xlsx", "Milestones", rows)))


def test_planned_beside_a_baseline_is_the_forecast(tmp_path: Path) -> None:
    got = _targets(_milestones(tmp_path, ["Baseline Date", "Planned Date", "Actual Date"]))
    assert got["Baseline Date"] == "baseline_date"
    assert got["Planned Date"] == "forecast_date"
    assert got["Actual Date"] == "actual_date"


def test_spanish_prevista_beside_a_base_is_the_forecast(tmp_path: Path) -> None:
    got = _targets(_milestones(tmp_path, ["Fecha base", "Fecha prevista", "Fecha real"]))
    assert got["Fecha base"] == "baseline_date"
    assert got["Fecha prevista"] == "forecast_date"


def test_planned_alone_is_still_the_baseline(tmp_path: Path) -> None:
    got = _targets(_milestones(tmp_path, ["Planned Date", "Forecast Date", "Actual Date"]))
    assert got["Planned Date"] == "baseline_date"
    assert got["Forecast Date"] == "forecast_date"


def test_original_beside_a_baseline_is_not_the_forecast(tmp_path: Path) -> None:
    got = _targets(_milestones(tmp_path, ["Baseline Date", "Original Date", "Actual Date"]))
    assert got["Baseline Date"] == "baseline_date"
    assert got["Original Date"] != "forecast_date"


# --- 4. a form's questions and who filled it in ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("Describe the risk", "risk description"),
        ("Please describe the issue.", "issue description"),
        ("If it happens, how bad would it be? (1 = minor, 5 = severe)", "severity"),
        ("Once raised, how likely is it?", "likelihood"),
        ("By when must it be fixed?", "due date"),
        ("What are we doing about it?", "action"),
        ("What will be done?", "action"),
        ("Who is best placed to own this issue?", "owner"),
    ],
)
def test_a_forms_question_reads_as_its_statement(question: str, statement: str) -> None:
    assert statement_of(question) == statement


@pytest.mark.parametrize(
    "question",
    ["What do you think?", "Explain why", "Describe", "What will we do if the supplier is late?"],
)
def test_other_sentences_are_no_statement_of_a_column(question: str) -> None:
    assert statement_of(question) not in ("action", "description", "owner", "due date")


def _form(tmp_path: Path, name_header: str, names: list[str]) -> Adoption:
    emails = ["jane.smith@example.org", "tom.brown@example.org", "ann.lee@example.org"]
    rows: list[list[object]] = [
        ["ID", "Completion time", "Email", name_header, "Describe the risk",
         "How likely is it?", "If it happens, how bad would it be? (1-5)",
         "Who should own it?", "What should we do about it?", "By when?"],
    ]  # fmt: skip
    texts = ["Supplier may be late", "Key tester may leave", "Licence cost may rise"]
    for n in range(3):
        rows.append(
            [n + 1, D1, emails[n], names[n], texts[n], "High", 4, "Raj Patel",
             "Talk to the supplier", D2]
        )  # fmt: skip
    return _adopt(_book(tmp_path / "form.xlsx", "Form1", rows))


def test_a_form_export_maps_its_questions_and_leaves_the_respondent_out(tmp_path: Path) -> None:
    adoption = _form(tmp_path, "Name", ["Jane Smith", "Tom Brown", "Ann Lee"])
    table = _only(adoption)
    assert table.register == "risks"
    got = _targets(table)
    assert got["Name"] is None  # who filled the form in
    assert got["Email"] is None
    assert got["Describe the risk"] in ("title", "description")
    assert got["Completion time"] == "raised_date"
    assert got["If it happens, how bad would it be? (1-5)"] == "impact"
    assert got["What should we do about it?"] == "response"
    assert got["By when?"] == "due_date"
    risks = adoption.project.items("risks")
    assert [r.title for r in risks] == [
        "Supplier may be late",
        "Key tester may leave",
        "Licence cost may rise",
    ]
    assert [r.impact for r in risks] == [4, 4, 4]
    assert risks[0].due_date == D2


def test_an_owner_beside_the_owners_email_keeps_its_owner(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risk", "Owner", "Owner Email", "Status"],
        ["Supplier may be late", "Jane Smith", "jane.smith@example.org", "Open"],
        ["Key tester may leave", "Tom Brown", "tom.brown@example.org", "Open"],
        ["Licence cost may rise", "Ann Lee", "ann.lee@example.org", "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "o.xlsx", "Risks", rows))
    got = _targets(_only(adoption))
    assert got["Risk"] == "title"
    assert got["Owner"] == "owner"
    assert [r.owner for r in adoption.project.items("risks")] == [
        "Jane Smith",
        "Tom Brown",
        "Ann Lee",
    ]


def test_names_that_are_not_the_rows_emails_stay_the_title(tmp_path: Path) -> None:
    # a Name column of item names beside an e-mail column is still the title
    adoption = _form(tmp_path, "Name", ["Supplier delay", "Tester leaves", "Licence rise"])
    assert _targets(_only(adoption))["Name"] == "title"


# --- 5. tool fields and English field words -----------------------------------------------------


@pytest.mark.parametrize(
    ("header", "register", "expected"),
    [
        ("Occurrence", "risks", "probability"),
        ("Last edited time", "risks", "last_updated"),
        ("Updated At (UTC)", "issues", "last_updated"),
        ("Closed At (UTC)", "issues", "closed_date"),
        ("Bug ID", "issues", "id"),
        ("Defect Title", "issues", "title"),
        ("Ticket No", "issues", "id"),
        ("Finding No.", "issues", "id"),
        ("Response Description", "risks", "response"),
        ("Mitigation Description", "risks", "response"),
        ("Action Holder", "issues", "owner"),
        ("Creation Date", "risks", "raised_date"),
        ("Ser", "issues", "id"),
    ],
)
def test_tool_fields_and_field_words(header: str, register: str, expected: str) -> None:
    assert _best(header, register) == expected


@pytest.mark.parametrize(
    "header", ["Time Estimate", "Weight", "URL", "Start time", "Assignee Username"]
)
def test_tool_fields_with_no_standard_column_are_listed(header: str) -> None:
    assert _best(header, "issues") is None


def test_a_gitlab_export_reads_its_opened_state(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Title", "Issue ID", "State", "Assignee", "Created At (UTC)", "Closed At (UTC)"],
        ["Login fails", 18, "opened", "Jane Smith", "2026-03-02 09:41:00", None],
        ["Report totals wrong", 19, "closed", "Tom Brown", "2026-03-05 10:00:00", "2026-04-14"],
        ["Disk full", 20, "opened", "Ann Lee", "2026-03-09 11:12:00", None],
    ]
    adoption = _adopt(_book(tmp_path / "gl.xlsx", "issues", rows))
    got = _targets(_only(adoption))
    assert got["State"] == "status"
    issues = adoption.project.items("issues")
    assert [i.status for i in issues] == ["Open", "Closed", "Open"]
    assert issues[1].closed_date == D2


@pytest.mark.parametrize(
    ("header", "register", "expected"),
    [
        ("Uzasadnienie", "decisions", "rationale"),
        ("Begrundelse", "decisions", "rationale"),
        ("理由", "decisions", "rationale"),
        ("Gerekçe", "decisions", "rationale"),
        ("Beslutsdatum", "decisions", "date"),
        ("Data decyzji", "decisions", "date"),
        ("决策日期", "decisions", "date"),
        ("Beslutningstager", "decisions", "made_by"),
        ("Besluttet av", "decisions", "made_by"),
        ("Lukket", "issues", "closed_date"),
        ("종료일", "issues", "closed_date"),
        ("Sist oppdatert", "risks", "last_updated"),
        ("更新日期", "issues", "last_updated"),
        ("Sikkerhed", "assumptions", "confidence"),
        ("신뢰도", "assumptions", "confidence"),
        ("Termin weryfikacji", "assumptions", "validate_by"),
        ("Typ", "issues", "type"),
        ("Strategia", "risks", "response_type"),
        ("Temat", "issues", "title"),
        ("Konu", "issues", "title"),
        ("必要日", "dependencies", "need_by"),
    ],
)
def test_decision_assumption_and_dependency_fields_in_each_language(
    header: str, register: str, expected: str
) -> None:
    assert _best(header, register) == expected


def test_a_norwegian_style_decision_log_maps_every_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nr", "Beslutningsdato", "Beslutning", "Besluttet av", "Begrunnelse"],
        [1, D1, "Utsette lansering til april", "Kari Nordmann", "Testene er ikke ferdige"],
        [2, D2, "Bytte leverandør", "Ola Hansen", "Lavere kostnad"],
        [3, D3, "Bruke kundens sky", "Kari Nordmann", "Raskere levering"],
    ]
    adoption = _adopt(_book(tmp_path / "no.xlsx", "Beslutninger", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    got = _targets(table)
    assert got == {
        "Nr": "id",
        "Beslutningsdato": "date",
        "Beslutning": "decision",
        "Besluttet av": "made_by",
        "Begrunnelse": "rationale",
    }
    decisions = adoption.project.items("decisions")
    assert [d.made_by for d in decisions] == ["Kari Nordmann", "Ola Hansen", "Kari Nordmann"]
    assert decisions[1].date == D2


@pytest.mark.parametrize(
    ("header", "register", "expected"),
    [
        # the date the owner agreed to act by is the item's due date
        ("Agreed Implementation Date", "issues", "due_date"),
        ("Agreed Date", "risks", "due_date"),
        ("Committed Date", "issues", "due_date"),
        # who agreed is a person, not a date; a dependency's promise stays its committed date
        ("Agreed By", "issues", None),
        ("Agreed By", "risks", None),
        ("Implementation Date", "issues", None),
        ("Promised By", "dependencies", "committed_date"),
    ],
)
def test_an_agreed_date_is_a_risk_or_issue_due_date(
    header: str, register: str, expected: str | None
) -> None:
    assert _best(header, register) == expected


# --- 7. a bracket that says which date -------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "register", "expected"),
    [
        ("Date (Plan)", "milestones", "baseline_date"),
        ("Date (Forecast)", "milestones", "forecast_date"),
        ("Date (Actual)", "milestones", "actual_date"),
        ("Finish (Baseline)", "milestones", "baseline_date"),
        ("Datum (Plan)", "milestones", "baseline_date"),
        ("Fecha (real)", "milestones", "actual_date"),
        ("Срок (план)", "milestones", "baseline_date"),
        ("Срок (факт)", "milestones", "actual_date"),
        ("Срок (факт)", "issues", "closed_date"),
        ("Termin (Ist)", "milestones", "actual_date"),
        ("Date (Actual)", "issues", "closed_date"),
        # a hint in brackets is no qualifier: read as before
        ("Owner (who)", "risks", "owner"),
        ("Impact (H/M/L)", "issues", "severity"),
        ("Due Date (dd/mm/yyyy)", "issues", "due_date"),
    ],
)
def test_a_bracket_naming_the_date_is_read(header: str, register: str, expected: str) -> None:
    assert _best(header, register) == expected


def test_a_plan_of_dates_in_brackets_maps_each_date(tmp_path: Path) -> None:
    got = _targets(_milestones(tmp_path, ["Date (Plan)", "Date (Forecast)", "Date (Actual)"]))
    assert got["Date (Plan)"] == "baseline_date"
    assert got["Date (Forecast)"] == "forecast_date"
    assert got["Date (Actual)"] == "actual_date"
