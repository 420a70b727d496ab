"""Round 40 (task t51a): tools' exports and method templates read by general rules. Each
rule on a small workbook of its own shape, with a near miss where one fits: a tool's
numbered choice list with options beyond the standard's, a financial planning tool's
account class, MS Project in German (its milestone flag ``Ja`` / ``Nein``, ``Sa
21.02.26``, ``Aktuelles Ende``), a first plan's date beside a tool's ``Due date``, a
section glossed in brackets as the direction, Jira's Dutch ``Gemaakt`` and ``Einddatum``,
and a template's providing / receiving sides under its guidance row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.convert import list_for_column, parse_date
from addin.standards import default_standards
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

_PROBLEM_HEAD = ["Number", "Opened", "Short description", "Priority", "State", "Assigned to"]


def _problems(priorities: list[str]) -> list[list[object]]:
    titles = ["Feed delayed", "Login loop", "Sync fails", "Map stale", "Paging down", "Dupes"]
    return [_PROBLEM_HEAD] + [
        [f"PRB00{4100 + n}", f"2026-0{n + 1}-10 09:00:00", titles[n], p, "New", "Rosa Delgado"]
        for n, p in enumerate(priorities)
    ]


def test_a_numbered_choice_list_with_options_beyond_the_standards_is_the_priority(
    tmp_path: Path,
) -> None:
    """ServiceNow's ``1 - Critical`` .. ``5 - Planning``: most rows ``5 - Planning`` (no
    priority of the standard's) no longer refuse the column, and with it the whole table;
    the four that read are read, the fifth left unread."""
    pri = ["5 - Planning", "5 - Planning", "5 - Planning", "1 - Critical", "3 - Moderate"]
    adoption = adopt(book(tmp_path / "problem_export.xlsx", "Page 1", _problems(pri)))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Priority"] == "priority"
    assert field(adoption, "issues", "priority") == [None, None, None, "Critical", "Medium"]


def test_unnumbered_words_beyond_the_list_still_weigh_against_the_column(tmp_path: Path) -> None:
    # near miss: the same words with no numbers are no tool's numbered list
    from addin import layout
    from addin.adopt.classify import value_fit

    column = layout.REGISTERS_BY_KEY["issues"].column("priority")
    words = ["Planning", "Planning", "Planning", "Critical", "Moderate"]
    numbered = ["5 - Planning", "5 - Planning", "5 - Planning", "1 - Critical", "3 - Moderate"]
    assert value_fit(column, words, "Priority", default_standards()) == 0.4
    assert value_fit(column, numbered, "Priority", default_standards()) == 1.0
    one = ["5 - Planning", "5 - Planning", "1 - Critical", "1 - Critical"]
    assert value_fit(column, one, "Priority", default_standards()) == 0.5  # one option read


def test_an_account_class_of_capital_and_expense_is_capex_opex(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Financial Plan Export"],
        ["Currency: CAD"],
        [],
        ["Account", "Account Type", "Period", "Approved Budget", "Actuals", "Forecast"],
        ["Labour - Internal", "Expense", "Apr 2026", 29100, 30000, 30000],
        ["Labour - Internal", "Expense", "May 2026", 21700, None, 21700],
        ["Vessel Tablets", "Capital", "Apr 2026", 8600, 9000, 9000],
        ["Vessel Tablets", "Capital", "May 2026", 10700, None, 10700],
    ]
    adoption = adopt(book(tmp_path / "financial_plan.xlsx", "Financial Plan", rows))
    assert targets(only(adoption))["Account Type"] == "capex_opex"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Labour - Internal")].capex_opex == "OpEx"
    assert lines[(date(2026, 5, 1), "Vessel Tablets")].capex_opex == "CapEx"


def test_an_account_type_of_other_classes_is_no_capex_opex(tmp_path: Path) -> None:
    # near miss: a chart of accounts' classes (Asset, Liability) are no CapEx / OpEx
    rows: list[list[object]] = [
        ["Account", "Account Type", "Period", "Budget", "Actual"],
        ["Cash", "Asset", "Apr 2026", 100, 90],
        ["Loans", "Liability", "Apr 2026", 200, 180],
        ["Cash", "Asset", "May 2026", 100, 95],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Budget", rows))
    assert targets(only(adoption))["Account Type"] != "capex_opex"


_MSP_HEAD = ["PSP-Code", "Vorgangsname", "Meilenstein", "Geplantes Ende", "Ende", "Aktuelles Ende"]


def test_german_ms_project_milestones_are_its_ja_rows(tmp_path: Path) -> None:
    """MS Project in German: the ``Meilenstein`` flag ``Ja`` / ``Nein`` keeps the milestone
    rows only; ``Sa 21.02.26`` is a date (a weekday's two letters and a space);
    ``Aktuelles Ende`` is the Actual Finish."""
    rows: list[list[object]] = [
        _MSP_HEAD,
        ["1", "Genehmigung", "Nein", "Sa 21.02.26", "Sa 21.02.26", "NV"],
        ["1.1", "   Bauantrag einreichen", "Nein", "Mi 04.02.26", "Mi 04.02.26", "Mi 04.02.26"],
        ["1.2", "   Genehmigung erteilt", "Ja", "Sa 21.02.26", "Sa 21.02.26", "Sa 21.02.26"],
        ["2", "Rückbau Altofen", "Nein", "Do 12.03.26", "Di 24.03.26", "NV"],
        ["2.1", "   Ofen abfahren", "Nein", "So 01.03.26", "So 01.03.26", "So 01.03.26"],
        ["2.2", "   Altofen rückgebaut", "Ja", "Do 12.03.26", "Di 24.03.26", "Di 24.03.26"],
        ["3", "Inbetriebnahme", "Nein", "Mi 01.07.26", "Mi 08.07.26", "NV"],
        ["3.1", "   Probebrand", "Nein", "Mo 29.06.26", "Mo 29.06.26", "NV"],
        ["3.2", "   Abnahme Tunnelofen", "Ja", "Mi 01.07.26", "Mi 08.07.26", "NV"],
    ]
    adoption = adopt(book(tmp_path / "Zeitplan.xlsx", "Vorgang_Tabelle1", rows))
    table = only(adoption)
    assert targets(table)["Aktuelles Ende"] == "actual_date"
    assert [m.strip() for m in field(adoption, "milestones", "milestone")] == [
        "Genehmigung erteilt",
        "Altofen rückgebaut",
        "Abnahme Tunnelofen",
    ]
    assert field(adoption, "milestones", "baseline_date")[0] == date(2026, 2, 21)
    assert field(adoption, "milestones", "actual_date") == [
        date(2026, 2, 21),
        date(2026, 3, 24),
        None,
    ]
    assert parse_date("Sa 21.02.26") == date(2026, 2, 21)
    assert parse_date("Sa 21.02.26 Uhr") is None  # near miss: no date with words after


def test_a_flag_of_other_words_narrows_nothing(tmp_path: Path) -> None:
    # near miss: a ``Meilenstein`` column of words that are no yes / no keeps every row
    rows: list[list[object]] = [
        ["Nr", "Meilenstein", "Phase", "Geplantes Ende"],
        ["1", "Genehmigung erteilt", "Planung", "21.02.2026"],
        ["2", "Altofen rückgebaut", "Bau", "12.03.2026"],
        ["3", "Abnahme Tunnelofen", "Bau", "01.07.2026"],
    ]
    adoption = adopt(book(tmp_path / "Meilensteine.xlsx", "Meilensteine", rows))
    assert len(field(adoption, "milestones", "milestone")) == 3


def test_a_due_date_beside_a_first_plans_date_is_the_forecast(tmp_path: Path) -> None:
    """A ClickUp list with a custom ``当初予定日`` (the date first planned) beside the tool's
    ``Due date``: the first is the baseline, the due date the current plan (forecast)."""
    rows: list[list[object]] = [
        ["Task Name", "Status", "当初予定日", "Due date", "Date done"],
        ["FDA登録完了", "未着手", "2026/03/25", "2026/04/08", None],
        ["ラベル確定", "完了", "2026/04/15", "2026/05/06", "2026/05/04"],
        ["初回出荷", "進行中", "2026/08/19", "2026/09/02", None],
    ]
    adoption = adopt(book(tmp_path / "マイルストーン.xlsx", "マイルストーン", rows))
    got = targets(only(adoption))
    assert got["当初予定日"] == "baseline_date" and got["Due date"] == "forecast_date"
    assert field(adoption, "milestones", "baseline_date")[0] == date(2026, 3, 25)
    assert field(adoption, "milestones", "forecast_date")[0] == date(2026, 4, 8)


def test_a_due_date_beside_no_first_plan_stays_the_baseline(tmp_path: Path) -> None:
    # near miss: with no first plan's column, the due date is the milestone's baseline
    rows: list[list[object]] = [
        ["Milestone", "Status", "Due date", "Date done"],
        ["Permit", "Open", "2026-04-08", None],
        ["Labels", "Done", "2026-05-06", "2026-05-04"],
        ["Shipment", "Open", "2026-09-02", None],
    ]
    adoption = adopt(book(tmp_path / "milestones.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Due date"] == "baseline_date"


def test_a_value_glossed_in_brackets_in_another_language_reads_by_its_gloss() -> None:
    read = list_for_column("dependency_direction", default_standards())
    assert read("Recibimos (entrantes)").value == "Inbound"
    assert read("Entregamos (salientes)").value == "Outbound"
    # near miss: the word before the brackets says the other value: not read by the gloss
    assert read("Inbound (salientes)").value != "Outbound"


def test_jira_dutch_gemaakt_and_einddatum_are_raised_and_due(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Sleutel", "Samenvatting", "Status", "Prioriteit", "Einddatum", "Gemaakt", "Bijgewerkt"],
        ["GDV-18", "Aansluiting later", "Bezig", "Hoog", "23/feb/26", "20/jan/26 12:50", None],
        [
            "GDV-21",
            "Bodemonderzoek ontbreekt",
            "Te doen",
            "Hoog",
            "12/feb/26",
            "22/jan/26 11:23",
            None,
        ],
        ["GDV-26", "Kraanplaats te klein", "Bezig", "Laag", "25/mrt/26", "11/feb/26 08:55", None],
    ]
    adoption = adopt(book(tmp_path / "Jira_knelpunten.xlsx", "Knelpunten", rows))
    got = targets(only(adoption))
    assert got["Einddatum"] == "due_date" and got["Gemaakt"] == "raised_date"
    assert field(adoption, "issues", "due_date")[2] == date(2026, 3, 25)
    assert field(adoption, "issues", "raised_date")[0] == date(2026, 1, 20)


def test_providing_and_receiving_bodies_under_a_guidance_row_give_the_direction(
    tmp_path: Path,
) -> None:
    """An MSP dependency register's ``Providing Project / Body`` and ``Receiving Project /
    Body`` under the template's guidance row: this project on one side of every row gives
    each dependency's direction (the guidance row's hints no longer hide it)."""
    rows: list[list[object]] = [
        [
            "Dep. Ref",
            "Dependency Description",
            "Providing Project / Body",
            "Receiving Project / Body",
            "Date Required",
            "Status",
        ],
        ["DEP-nn", "What is needed", "Who delivers", "Who needs it", "dd/mm/yyyy", "Open / Closed"],
        ["DEP-01", "Staff trained", "P4 Business Change", "P2 Digital Grant", "26/03/2026", "Open"],
        ["DEP-02", "Data migrated", "P3 Data Migration", "P2 Digital Grant", "10/04/2026", "Open"],
        [
            "DEP-03",
            "Portal API published",
            "P2 Digital Grant",
            "HMCTS Finance",
            "30/08/2026",
            "Closed",
        ],
    ]
    adoption = adopt(book(tmp_path / "Dependency_Register.xlsx", "Dependencies", rows))
    assert field(adoption, "dependencies", "direction") == ["Inbound", "Inbound", "Outbound"]


def _assumption_log(title: str) -> list[list[object]]:
    return [
        ["Registro delle assunzioni e dei vincoli"],
        [],
        ["ID", "Assunzione", "Responsabile", "Verificare entro", "Stato"],
        ["AS-01", "La linea resta in funzione", "Chiara De Santis", "12/05/2026", "Aperta"],
        ["AS-02", "Il contributo viene confermato", "Paolo Vitale", "18/06/2026", "Verificata"],
        ["AS-03", "Il film supera i test", "Chiara De Santis", "14/06/2026", "Non valida"],
        [],
        [],
        [title],
        ["ID", "Vincolo", "Fonte", "Responsabile"],
        ["VI-01", "Fermo linea massimo 10 giorni", "Direzione", "Giulia Ferraresi"],
        ["VI-02", "Budget non superiore a 1,2 M€", "CdA", "Marco Bellandi"],
        ["VI-03", "Conformità MOCA dei materiali", "Qualità", "Chiara De Santis"],
    ]


def test_a_constraints_table_under_the_assumptions_is_no_register(tmp_path: Path) -> None:
    """A PMI assumption and constraint log: the ``VINCOLI`` table under the assumptions,
    on a sheet named for both, is a constraints log (listed, not adopted as assumptions);
    ``Verificata`` is the assumption list's Validated."""
    rows = _assumption_log("VINCOLI")
    adoption = adopt(book(tmp_path / "Registro_assunzioni.xlsx", "Assunzioni e vincoli", rows))
    assert [t.register for t in adoption.report.tables] == ["assumptions", None]
    assert "constraints log" in adoption.report.tables[1].reason
    assert field(adoption, "assumptions", "status") == ["Open", "Validated", "Invalid"]


def test_a_second_assumptions_table_titled_so_is_still_adopted(tmp_path: Path) -> None:
    # near miss: a second table titled by the register's own word is the register's
    rows = _assumption_log("ASSUNZIONI DI FASE 2")
    adoption = adopt(book(tmp_path / "Registro_assunzioni.xlsx", "Assunzioni e vincoli", rows))
    assert [t.register for t in adoption.report.tables] == ["assumptions", "assumptions"]


def test_jiras_dutch_highest_and_lowest_keep_the_priority_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Sleutel", "Samenvatting", "Status", "Prioriteit"],
        ["GDV-42", "Leverancier failliet", "Bezig", "Gemiddeld"],
        ["GDV-43", "Vergunning niet binnen", "Bezig", "Hoogste"],
        ["GDV-48", "Vijzel trilt", "Te doen", "Laagste"],
        ["GDV-51", "Telemetrie valt weg", "Gereed", "Gemiddeld"],
        ["GDV-53", "Asbest in schakelkast", "Gereed", "Laagste"],
    ]
    adoption = adopt(book(tmp_path / "Jira_knelpunten.xlsx", "Knelpunten", rows))
    assert targets(only(adoption))["Prioriteit"] == "priority"
    assert field(adoption, "issues", "priority") == ["Medium", "Critical", "Low", "Medium", "Low"]


def _wrike(links: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Title", "Status", "Assigned To", "Likelihood", "Link"]]
    titles = ["Hangar door late", "Cyclone halts pour", "Fuel farm permit", "Crane booking"]
    for title, link in zip(titles, links, strict=True):
        rows.append([title, "Identified", "Mitch Papadopoulos", "Likely", link])
    return rows


def test_a_link_column_of_web_addresses_is_no_linked_ids(tmp_path: Path) -> None:
    """Wrike's ``Link`` to each item's own page names no other item: left out."""
    links = [f"https://www.wrike.com/open.htm?id=11615669{n}" for n in range(4)]
    adoption = adopt(book(tmp_path / "wrike_risks.xlsx", "Risks", _wrike(links)))
    assert targets(only(adoption))["Link"] is None


def test_a_link_column_of_item_ids_is_still_linked_ids(tmp_path: Path) -> None:
    # near miss: a ``Links`` column of other items' ids is the linked ids
    rows = _wrike(["I-003", "D-002", "I-004, D-001", "I-007"])
    rows[0][4] = "Links"
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert targets(only(adoption))["Links"] == "linked_ids"


def _devops(impact_on_issues: bool) -> list[list[object]]:
    issue_impact = "High" if impact_on_issues else None
    return [
        ["ID", "Work Item Type", "Title 1", "Title 2", "State", "Assigned To", "Impact"],
        [2410, "Feature", "Card issuance", None, "Active", None, None],
        [2416, "Risk", None, "Data sharing agreement not signed", "Active", "Ciarán", "Medium"],
        [2455, "Issue", None, "Photo upload rejects big images", "Active", "Eoin", issue_impact],
        [2479, "Risk", None, "Turnstile integration could slip", "Active", "Aoibheann", "High"],
        [2487, "Feature", "Door access", None, "Active", None, None],
        [2524, "Issue", None, "Kiosk crashes on fada characters", "Active", "Ciarán", issue_impact],
        [2541, "Issue", None, "Print credit not migrating", "Active", "Eoin", issue_impact],
    ]


def test_a_mixed_tables_column_filled_on_one_registers_rows_reports_its_meaning(
    tmp_path: Path,
) -> None:
    """An Azure DevOps tree query of risks and issues under Features: ``Impact`` filled on
    the risks only is reported as their Impact (not the issues' Severity, though issues
    are more); the level columns stay the title (round 13)."""
    adoption = adopt(book(tmp_path / "RAID_query.xlsx", "RAID", _devops(False)))
    got = targets(only(adoption))
    assert got["Impact"] == "impact"
    assert got["Title 1"] == "title" and got["Title 2"] == "title"
    assert field(adoption, "issues", "title")[0] == "Photo upload rejects big images"
    assert field(adoption, "risks", "impact") == [3, 5]


def test_a_mixed_tables_column_filled_on_every_registers_rows_keeps_the_main_meaning(
    tmp_path: Path,
) -> None:
    # near miss: ``Impact`` filled on the issues too is the main register's (issues') reading
    adoption = adopt(book(tmp_path / "RAID_query.xlsx", "RAID", _devops(True)))
    assert targets(only(adoption))["Impact"] == "severity"


def _asana(projects: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Name", "Section/Column", "Due Date", "Projects", "Estado"]]
    names = ["Tarifas de transporte", "Textos legales", "Fichas de producto", "Pasarela de pago"]
    sections = ["Recibimos (entrantes)"] * 3 + ["Entregamos (salientes)"]
    for name, section, project in zip(names, sections, projects, strict=True):
        rows.append([name, section, "2026-03-09", project, "En plazo"])
    return rows


def test_the_project_itself_on_every_row_is_no_counterparty(tmp_path: Path) -> None:
    """Asana's ``Projects`` column, the file's own project on every task, is no
    counterparty; the glossed sections give the direction."""
    rows = _asana(["Tienda online 2026"] * 4)
    adoption = adopt(book(tmp_path / "Tienda_online_2026_asana.xlsx", "Dependencias", rows))
    got = targets(only(adoption))
    assert got["Projects"] is None and got["Section/Column"] == "direction"
    assert field(adoption, "dependencies", "direction") == ["Inbound"] * 3 + ["Outbound"]


def test_one_other_party_on_every_row_stays_the_counterparty(tmp_path: Path) -> None:
    # near miss: every dependency on one partner the file does not name
    rows = _asana(["Caja Rural Banca digital"] * 4)
    adoption = adopt(book(tmp_path / "Tienda_online_2026_asana.xlsx", "Dependencias", rows))
    assert targets(only(adoption))["Projects"] == "counterparty_project_id"
