"""Round 42 (task rt42): red team of round 41's unattacked rules (ox41's legends and month
ranges, ox41b's gendered labels, makers, submitted requests and original dates, the
currency fix d1d3fd12). Each attack is a small workbook (or the text a rule reads) a PMO
might keep: a near miss the rule read wrongly, or the same idea written another way that
the rule missed; with the rule's own cases still read."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.convert import month_span
from addin.adopt.currency import unit_line_currencies
from addin.adopt.languages import translate, ungendered
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

# --- gendered labels (ox41b's languages.ungendered) -------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Owner/in charge",  # English: "in charge", a phrase, not a feminine ending
        "Manager/in charge",
        "Order(in EUR)",  # a bracket's "in" with no closing bracket after it
        "transfer_in",  # a field name, no German noun
        "Status: in progress",
    ],
)
def test_an_english_in_after_a_noun_is_kept(label: str) -> None:
    """Near misses: ``Owner/in charge`` was cut to ``Owner charge`` and ``Order(in EUR)`` to
    ``Order EUR)``: the English ``in`` opening a phrase is no feminine ending."""
    assert ungendered(label) == label


@pytest.mark.parametrize(
    ("label", "word"),
    [
        ("Projektleiter/in", "Projektleiter"),  # the rule's own cases still read
        ("Auftraggeber(in):", "Auftraggeber:"),
        ("Projektleiter_in", "Projektleiter"),
        ("Projektleiter/in (extern)", "Projektleiter (extern)"),
        ("Verantwortliche/r", "Verantwortliche"),  # a German adjective's noun
        ("Zuständige(r)", "Zuständige"),
        ("Encargado/a", "Encargado"),  # Spanish and Portuguese
        ("Jefe/a de proyecto", "Jefe de proyecto"),
        ("Coordinador(a)", "Coordinador"),
        ("Encargados/as", "Encargados"),
        ("Gestor/a do projeto", "Gestor do projeto"),
        ("Chargé(e) de projet", "Chargé de projet"),  # French inclusive writing
        ("Chargé·e de projet", "Chargé de projet"),
        ("Chef(fe) de projet", "Chef de projet"),
        ("Directeur·rice de projet", "Directeur de projet"),
    ],
)
def test_a_label_for_both_genders_reads_as_its_word(label: str, word: str) -> None:
    """The same idea in other languages: the feminine ending after a slash, in brackets or
    after a middle dot is cut, so the label reads as its word."""
    assert ungendered(label) == word


def test_gendered_labels_translate_as_their_word() -> None:
    assert translate("Jefe/a de proyecto") == "project manager"
    assert translate("Chargé(e) de projet") == "project manager"
    assert translate("Verantwortliche/r") == "owner"
    assert translate("N/A") is None  # a slash before one letter: no ending cut


def test_a_spanish_gendered_title_label_names_the_project_manager(tmp_path: Path) -> None:
    """``Jefe/a de proyecto: Ana Ruiz`` in a Spanish register's title block is the project
    manager (before: the label read as ``jefe a project`` and the name was lost)."""
    rows: list[list[object]] = [
        ["Resumen de estado"],
        ["Proyecto:", "Nuevo almacén"],
        ["Jefe/a de proyecto:", "Ana Ruiz"],
        [],
        ["N.º", "Riesgo", "Responsable", "Estado"],
        [1, "Retraso del proveedor", "A. Pérez", "abierto"],
        [2, "Falta de personal", "B. Gómez", "abierto"],
    ]
    adoption = adopt(book(tmp_path / "es.xlsx", "Riesgos", rows))
    assert adoption.project.header.project_manager == "Ana Ruiz"


# --- a code is no decision's maker (ox41b's evidence.codes_not_makers) -----------------


def _decisions(head: str, makers: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Decision ID", "Date", "Decision", head, "Rationale"]]
    texts = ["Adopt managed Postgres", "Freeze scope for release 2", "Move go-live to June"]
    for n, (maker, text) in enumerate(zip(makers, texts, strict=True), start=1):
        rows.append([f"D-0{n}", datetime(2026, 1, 4 + n), text, maker, "Cost"])
    return rows


@pytest.mark.parametrize(
    ("head", "makers"),
    [
        ("Approved by", ["jsmith01", "akumar2", "mlee07"]),  # a tool's user names
        ("Approver", ["E10234", "E20877", "E10234"]),  # staff numbers
        ("Decided by", ["SC-01", "SC-02", "CAB-3"]),  # a board's sittings
    ],
)
def test_a_header_saying_who_decided_keeps_its_codes(
    tmp_path: Path, head: str, makers: list[str]
) -> None:
    """``Approved by`` over ``jsmith01`` was dropped as a machine's code: a header that
    names the maker for certain keeps its values, however coded."""
    adoption = adopt(book(tmp_path / "d.xlsx", "Decision log", _decisions(head, makers)))
    assert targets(only(adoption))[head] == "made_by"
    assert field(adoption, "decisions", "made_by") == makers


def test_a_weak_instance_over_servers_is_still_no_maker(tmp_path: Path) -> None:
    """The rule's own case: ``Instance`` (a weak word for the deciding body) over servers."""
    rows = _decisions("Instance", ["i-0abc123", "prod-eu-1", "i-0def456"])
    adoption = adopt(book(tmp_path / "d.xlsx", "Decision log", rows))
    assert targets(only(adoption))["Instance"] is None


# --- a unit line's currency names (the currency fix d1d3fd12) ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Costs in Hong Kong dollars and US dollars", {"HKD", "USD"}),  # was USD alone
        ("All costs in Hong Kong dollars", {"HKD"}),  # was none
        ("Costs in East Caribbean dollars", {"XCD"}),  # was none
        ("Costs in US dollars and Canadian dollars", {"USD", "CAD"}),  # the fix's own case
        ("Values in New Zealand dollars", {"NZD"}),
        ("All dollars USD.", {"USD"}),
        ("All amounts in dollars", set()),  # dollars alone name no one dollar
    ],
)
def test_a_currencys_name_of_several_words_before_its_noun(text: str, want: set[str]) -> None:
    """The statement starts at the currency's whole name (``Hong Kong dollars``), not at its
    last word before the noun only."""
    assert unit_line_currencies(text) == want


def _costs(path: Path, title: str) -> Path:
    rows: list[list[object]] = [[title], [], ["Month", "Cost line", "Budget", "Spent"]]
    for m in (1, 2, 3):
        rows.append([date(2026, m, 1), "Dredging", 1200.0 * m, 1100.0 * m])
        rows.append([date(2026, m, 1), "Surveys", 300.0, 250.0])
    return book(path, "Costs", rows)


@pytest.mark.parametrize(
    "title",
    ["Costs in Hong Kong dollars and US dollars", "Costs in East Caribbean dollars and euros"],
)
def test_two_currencies_named_one_off_the_list_give_none(tmp_path: Path, title: str) -> None:
    """A title naming two currencies, one off the standards' list, says neither is the
    project's (before: the listed one, USD or EUR, was read as the unit of every amount)."""
    adoption = adopt(_costs(tmp_path / "c.xlsx", title))
    assert len(adoption.project.finance) == 6
    assert adoption.project.header.currency is None


def test_one_currency_named_is_still_the_projects(tmp_path: Path) -> None:
    adoption = adopt(_costs(tmp_path / "c.xlsx", "Costs in US dollars"))
    assert adoption.project.header.currency == "USD"


# --- a month's days as one range (ox41's month ranges) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1-31 March 2026",
        "1 - 31 March 2026",
        "March 1-31, 2026",
        "March 1 to 31, 2026",
        "1.\u201331. März 2026",
        "du 1 au 31 mars 2026",
        "del 1 al 31 de marzo de 2026",
        "1.-31.03.2026",
        "1st-31st March 2026",
    ],
)
def test_a_months_days_written_once_are_that_month(text: str) -> None:
    """The same idea as ox41's ``1 March 2026 - 31 March 2026``, the month written once."""
    assert month_span(text) == date(2026, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "1-14 March 2026",  # a fortnight
        "1-30 March 2026",  # not to the month's end
        "10-31 March 2026",  # not from its first day
        "Sprint 1-31 March 2026",  # a sprint's name before the range
        "1-31 March",  # no year
    ],
)
def test_other_spans_of_days_are_no_month(text: str) -> None:
    assert month_span(text) is None


def test_february_and_the_rules_own_range_still_read() -> None:
    assert month_span("Feb 1-28, 2026") == date(2026, 2, 1)
    assert month_span("1 March 2026 - 31 March 2026") == date(2026, 3, 1)


def test_a_cost_report_by_days_of_each_month(tmp_path: Path) -> None:
    """A budget-versus-actual sheet whose ``Period`` writes ``1-31 March 2026`` reads each
    row's month."""
    rows: list[list[object]] = [["Period", "Cost item", "Budget", "Actual"]]
    rows += [
        ["1-31 March 2026", "Stage lighting", 12_000, 11_480],
        ["1-31 March 2026", "Seating", 30_000, 29_100],
        ["1-30 April 2026", "Stage lighting", 8_000, 8_240],
        ["1-30 April 2026", "Seating", 15_000, 14_950],
    ]
    adoption = adopt(book(tmp_path / "bva.xlsx", "Budget vs Actual", rows))
    assert targets(only(adoption))["Period"] == "month"
    assert finance_by_line(adoption)[date(2026, 4, 1), "Seating"].budget == 15_000


# --- a date beside its original twin (ox41b's evidence.current_beside_original) ---------


def _plan(heads: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Milestone", *heads, "Status"]]
    for n, name in enumerate(["Design approved", "Build complete", "Go-live"]):
        rows.append([name, *(datetime(2026, 3 + n + k, 1) for k in range(len(heads))), "Open"])
    return rows


@pytest.mark.parametrize(
    ("original", "current"),
    [
        ("Target date (original)", "Target date"),  # Original after the words
        ("Planned date - initial", "Planned date"),
        ("Original planned date", "Planned date"),  # Planned's weak forecast reading
        ("Original target date", "Target date"),  # the rule's own case
    ],
)
def test_the_date_beside_its_original_is_the_forecast(
    tmp_path: Path, original: str, current: str
) -> None:
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", _plan([original, current])))
    assert targets(only(adoption))[original] == "baseline_date"
    assert targets(only(adoption))[current] == "forecast_date"
    assert field(adoption, "milestones", "forecast_date")[0] == date(2026, 4, 1)


def test_a_plan_with_its_own_forecast_keeps_the_target_the_baseline(tmp_path: Path) -> None:
    """Near miss: a forecast column of its own is the forecast; ``Target date`` stays the
    baseline, and a ``Target date`` alone too."""
    heads = ["Original target date", "Target date", "Forecast date"]
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", _plan(heads)))
    assert targets(only(adoption))["Forecast date"] == "forecast_date"
    assert targets(only(adoption))["Target date"] == "baseline_date"
    alone = adopt(book(tmp_path / "n.xlsx", "Milestones", _plan(["Target date"])))
    assert targets(only(alone))["Target date"] == "baseline_date"


# --- a submitted request (ox41b's aliases) ----------------------------------------------


@pytest.mark.parametrize(("word", "sheet"), [("Submitted", "Milestones"), ("eingereicht", "Plan")])
def test_a_submitted_milestone_is_in_progress_not_started(
    tmp_path: Path, word: str, sheet: str
) -> None:
    """A milestone's deliverable handed in (``Submitted``, ``eingereicht``) was read as Not
    Started (through Open): a list with no Open reads it as In Progress."""
    rows: list[list[object]] = [
        ["Milestone", "Due date", "Status"],
        ["Design report", datetime(2026, 3, 1), word],
        ["Planning application", datetime(2026, 4, 1), "Not started"],
        ["Tender pack", datetime(2026, 5, 1), "In progress"],
    ]
    adoption = adopt(book(tmp_path / "m.xlsx", sheet, rows))
    assert field(adoption, "milestones", "status")[0] == "In Progress"


def test_a_submitted_issue_is_still_open(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Issue ID", "Issue", "Owner", "Status"],
        ["I-1", "VPN drops", "Pat Lee", "Submitted"],
        ["I-2", "Login slow", "Sam Roe", "Resolved"],
    ]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", rows))
    assert field(adoption, "issues", "status") == ["Open", "Resolved"]


# --- a legend written down the rows (ox41's key_lines.symbol_key) -----------------------


def _plan_with(below: list[list[object]], marks: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Milestone plan"], [], ["ID", "Milestone", "Due date", "Status"]]
    names = ["Design approved", "Contract signed", "Site handed over", "Go-live", "Closure"]
    for n, (name, mark) in enumerate(zip(names, marks, strict=True), start=1):
        rows.append([n, name, datetime(2026, n, 15), mark])
    return [*rows, [], *below]


@pytest.mark.parametrize(
    "below",
    [
        [["Legend"], ["✓", "done"], ["●", "on track"], ["▲", "at risk"]],
        [["✓", "Complete"], ["●", "On track"], ["▲", "At risk"]],
    ],
)
def test_a_legend_written_down_the_rows_reads_the_symbols(
    tmp_path: Path, below: list[list[object]]
) -> None:
    """A legend box under the table, a symbol and its words a row, reads the column as the
    legend written across does (before: the symbols read as nothing)."""
    rows = _plan_with(below, ["✓", "✓", "●", "▲", "●"])
    adoption = adopt(book(tmp_path / "p.xlsx", "Plan", rows))
    assert targets(only(adoption))["Status"] == "status"
    assert field(adoption, "milestones", "status") == [
        "Complete",
        "Complete",
        "In Progress",
        "At Risk",
        "In Progress",
    ]


def test_a_sign_off_under_the_table_is_no_legend(tmp_path: Path) -> None:
    """Near miss: ``Prepared by | Jane Doe`` rows under the table key nothing; the symbols
    stay unread."""
    below: list[list[object]] = [["Prepared by", "Jane Doe"], ["Approved by", "Tom Lee"]]
    adoption = adopt(
        book(tmp_path / "p.xlsx", "Plan", _plan_with(below, ["✓", "✓", "●", "▲", "●"]))
    )
    got = field(adoption, "milestones", "status")
    assert "Complete" not in got


def test_a_raci_legend_does_not_key_rag_letters(tmp_path: Path) -> None:
    """Near miss (held): a RACI legend in the title (``R = Responsible, A = Accountable``)
    covers a RAG column's ``R`` / ``A``, but its words are no status: the letters read as
    red and amber, as without the legend."""
    rows: list[list[object]] = [
        ["Milestone plan"],
        ["RACI: R = Responsible, A = Accountable, C = Consulted, I = Informed"],
        [],
        ["ID", "Milestone", "Due date", "RAG"],
    ]
    for n, (name, rag) in enumerate(
        [("Design approved", "R"), ("Contract signed", "A"), ("Go-live", "A")], start=1
    ):
        rows.append([n, name, datetime(2026, n, 1), rag])
    adoption = adopt(book(tmp_path / "p.xlsx", "Plan", rows))
    assert field(adoption, "milestones", "status") == ["Late", "At Risk", "At Risk"]
