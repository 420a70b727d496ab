"""Round 42 (task ox42): leftovers of rounds 40 and 41 mended. Each rule on small
workbooks built here, in several wordings and languages, with near misses that must not
read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, only, targets

# --- 1. a ledger's account numbers as its cost lines ---------------------------------------

_POSTINGS = [
    ["2026-01-31", 6100, "INV-001", 1200],
    ["2026-02-28", 6200, "INV-002", 5400],
    ["2026-02-28", 6100, "INV-003", 800],
    ["2026-03-31", 6300, "INV-004", 450],
]


def _lines(path: Path) -> set[str | None]:
    return {f.cost_line for f in adopt(path).project.finance}


@pytest.mark.parametrize(
    ("sheet", "header"),
    [
        ("Actuals", ["Posting date", "Account", "Invoice", "Actual cost"]),
        ("Istkosten", ["Buchungsdatum", "Konto", "Beleg", "Ist"]),
        ("Actuals", ["Date", "GL account", "Voucher", "Actual"]),
    ],
)
def test_account_numbers_alone_are_the_lines(tmp_path: Path, sheet: str, header: list[str]) -> None:
    """A ledger whose only label is its account number books each amount to that account:
    ``6100`` and ``6200`` of February are two lines (before: one line of no name)."""
    path = book(tmp_path / "ledger.xlsx", sheet, [header, *_POSTINGS])
    assert targets(only(adopt(path)))[header[1]] == "cost_line"
    assert _lines(path) == {"6100", "6200", "6300"}


def test_account_numbers_beside_budget_and_actual(tmp_path: Path) -> None:
    """A budget-versus-actual by month and account number keeps each account's line."""
    rows: list[list[object]] = [["Month", "Account", "Budget", "Actual"]]
    rows += [["2026-01", 6100, 1000, 1200], ["2026-01", 6200, 5000, 5400]]
    rows += [["2026-02", 6100, 1000, 800], ["2026-02", 6200, 5000, 4100]]
    path = book(tmp_path / "bva.xlsx", "Budget vs actual", rows)
    finance = adopt(path).project.finance
    assert {(f.month.month, f.cost_line, f.actual) for f in finance} == {
        (1, "6100", 1200),
        (1, "6200", 5400),
        (2, "6100", 800),
        (2, "6200", 4100),
    }


def test_a_description_beside_the_account_stays_the_line(tmp_path: Path) -> None:
    """Near miss (round 33's rule): a column of words read as the line wins over the
    number beside it."""
    rows: list[list[object]] = [["Posting date", "GL account", "Description", "Amount (EUR)"]]
    rows += [
        [d, a, w, n]
        for (d, a, _, n), w in zip(
            _POSTINGS, ["Laptop", "Contractor", "Monitors", "Travel"], strict=True
        )
    ]
    path = book(tmp_path / "sap.xlsx", "Cost ledger", rows)
    assert targets(only(adopt(path)))["GL account"] is None
    assert _lines(path) == {"Laptop", "Contractor", "Monitors", "Travel"}


@pytest.mark.parametrize(
    "accounts",
    [
        [6100, 6100, 6100, 6100],  # the project's one account: no line
        [1, 2, 3, 4],  # a row's number, no account
        [6100.5, 6200.25, 6100.75, 6300.1],  # amounts, no account numbers
    ],
)
def test_no_account_numbers_no_line(tmp_path: Path, accounts: list[object]) -> None:
    """Near misses: one number on every row, row numbers, decimals are no account lines."""
    rows: list[list[object]] = [["Posting date", "Account", "Invoice", "Actual cost"]]
    rows += [[d, a, i, n] for (d, _, i, n), a in zip(_POSTINGS, accounts, strict=True)]
    path = book(tmp_path / "ledger.xlsx", "Actuals", rows)
    tables = adopt(path).report.adopted_tables
    assert all(targets(t).get("Account") != "cost_line" for t in tables)


# --- 2. a measure whose unit is time is effort, no money ------------------------------------


def _budget_sheet(effort: str, money: str | None) -> list[list[object]]:
    header: list[object] = ["Month", "Work package", effort]
    header += [money] if money else []
    header += ["Actual (EUR)"]
    rows: list[list[object]] = [header]
    for month in ("2026-01", "2026-02"):
        for n, line in enumerate(("Design", "Build")):
            rows.append([month, line, 40 + n, *([4000 + n] if money else []), 3900 + n])
    return rows


@pytest.mark.parametrize(
    "effort",
    [
        "Budget (hrs)",
        "Budget hours",
        "Budgeted effort (days)",
        "Budget (Stunden)",
        "Presupuesto (horas)",
        "Budget (jours)",
        "Budget (ore)",
        "Budget (PT)",
    ],
)
def test_a_budget_in_hours_or_days_is_no_money(tmp_path: Path, effort: str) -> None:
    """The hours or days planned beside the money budget are effort: the money budget is
    the budget (before: German, Spanish, French, Italian units were read as the budget and
    the euros beside them left out)."""
    path = book(tmp_path / "plan.xlsx", "Budget", _budget_sheet(effort, "Budget (EUR)"))
    read = targets(only(adopt(path)))
    assert read[effort] is None
    assert read["Budget (EUR)"] == "budget"
    assert {f.budget for f in adopt(path).project.finance} == {4000, 4001}


@pytest.mark.parametrize("effort", ["Budget (hrs)", "Budget (Stunden)", "Presupuesto (horas)"])
def test_hours_alone_are_no_budget(tmp_path: Path, effort: str) -> None:
    """With no money budget beside them, the hours are still no budget: no month's budget
    is 40 euros."""
    path = book(tmp_path / "plan.xlsx", "Budget", _budget_sheet(effort, None))
    assert {f.budget for f in adopt(path).project.finance} <= {None}
    assert {f.actual for f in adopt(path).project.finance} == {3900, 3901}


@pytest.mark.parametrize("money", ["Budget (EUR)", "Budget (k€)", "Budget", "Presupuesto (€)"])
def test_a_budget_in_money_stays_the_budget(tmp_path: Path, money: str) -> None:
    """Near misses: a currency, a thousands mark or no unit leave the budget the budget."""
    rows = _budget_sheet("Budget (hrs)", money)
    path = book(tmp_path / "plan.xlsx", "Budget", rows)
    assert targets(only(adopt(path)))[money] == "budget"


# --- 4. Italian month abbreviations; a version number is no month ---------------------------


@pytest.mark.parametrize(
    "labels",
    [
        ["mag 2026", "giu 2026", "lug 2026"],
        ["mag-26", "giu-26", "lug-26"],
        ["set 2026", "ott 2026", "nov 2026", "dic 2026"],
    ],
)
def test_italian_months_across(tmp_path: Path, labels: list[str]) -> None:
    """An Italian budget's months across (``giu 2026`` was no month: its June lost)."""
    rows: list[list[object]] = [["Voce di costo", *labels]]
    rows += [["Progettazione", *range(100, 100 + len(labels))]]
    rows += [["Realizzazione", *range(200, 200 + len(labels))]]
    path = book(tmp_path / "budget.xlsx", "Budget", rows)
    read = targets(only(adopt(path)))
    assert all(read[label] == "month" for label in labels)
    months = {f.month.month for f in adopt(path).project.finance}
    assert len(months) == len(labels)


def test_a_version_among_months_is_no_month(tmp_path: Path) -> None:
    """A column headed ``2026.1`` (a budget version) beside months written with their names
    is no January: January stays the January column's amount alone."""
    rows: list[list[object]] = [["Cost line", "Jan 2026", "Feb 2026", "2026.1"]]
    rows += [["Design", 100, 120, 5], ["Build", 200, 210, 6]]
    path = book(tmp_path / "budget.xlsx", "Budget", rows)
    assert targets(only(adopt(path)))["2026.1"] is None
    budgets = {(f.month.month, f.cost_line): f.budget for f in adopt(path).project.finance}
    assert budgets[(1, "Design")] == 100
    assert budgets[(1, "Build")] == 200


def test_months_written_year_dot_month_throughout_stay_months(tmp_path: Path) -> None:
    """Near miss: a row of months all written ``2026.1 | 2026.2 | 2026.3`` is months."""
    rows: list[list[object]] = [["Cost line", "2026.1", "2026.2", "2026.3"]]
    rows += [["Design", 100, 120, 130], ["Build", 200, 210, 220]]
    path = book(tmp_path / "budget.xlsx", "Budget", rows)
    assert {f.month.month for f in adopt(path).project.finance} == {1, 2, 3}


def test_the_version_form() -> None:
    from addin.adopt.version_labels import version_columns

    assert version_columns({1: "Jan 2026", 2: "2026.1"}) == {2}
    assert version_columns({1: "2026.1"}) == {1}
    assert version_columns({1: "2026.1", 2: "2026.2"}) == set()
    assert version_columns({1: "2026.01", 2: "Feb 2026"}) == set()  # a month's form only


# --- 5. words rt41b named missing ----------------------------------------------------------


@pytest.mark.parametrize("person", ["Mitarbeiter", "Risorsa", "Recurso", "Ressource", "Resource"])
def test_the_person_of_a_resource_plan_in_five_languages(tmp_path: Path, person: str) -> None:
    """A long resource plan's person column (before: unmapped outside English)."""
    rows: list[list[object]] = [["Role", person, "Month", "Planned days"]]
    rows += [["Architect", "Ana Ruiz", "2026-01", 10], ["Developer", "Jo Weber", "2026-01", 18]]
    rows += [["Architect", "Ana Ruiz", "2026-02", 8]]
    path = book(tmp_path / "plan.xlsx", "Resource plan", rows)
    assert targets(only(adopt(path)))[person] == "person"
    assert {r.person for r in adopt(path).project.resources} == {"Ana Ruiz", "Jo Weber"}


def test_a_portuguese_invoice_registers_liquido(tmp_path: Path) -> None:
    """A Portuguese invoice register's bare ``Líquido`` (net) is each invoice's amount, as
    ``Netto`` and ``Neto`` are."""
    rows: list[list[object]] = [
        ["N.º", "Fornecedor", "Mês", "Rubrica", "Líquido"],
        [1, "Alfa", "01/2026", "Projeto", 100.0],
        [2, "Beta", "02/2026", "Obra", 200.0],
        [3, "Beta", "02/2026", "Projeto", 300.0],
    ]
    adoption = adopt(book(tmp_path / "faturas.xlsx", "Registo de faturas", rows))
    assert targets(only(adoption))["Líquido"] == "actual"
    assert sorted(f.actual for f in adoption.project.finance) == [100.0, 200.0, 300.0]


@pytest.mark.parametrize("sheet", ["Rechnungsbuch", "Invoice book"])
def test_an_invoice_book_is_an_invoice_register(sheet: str) -> None:
    """A German ``Rechnungsbuch`` (and an English invoice book) names the register of the
    invoices received; a sales ledger's book of invoices issued does not."""
    from addin.adopt.register_names import invoice_register

    assert invoice_register(sheet)
    assert not invoice_register("Sales invoice book")


def test_a_net_in_a_german_invoice_book(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nr.", "Firma", "Leistungsmonat", "Gewerk", "Netto"],
        [1, "Aigner", "01/2026", "Fenster", 100.0],
        [2, "Hofer Bau", "02/2026", "Rohbau", 200.0],
        [3, "Hofer Bau", "02/2026", "Fenster", 300.0],
    ]
    adoption = adopt(book(tmp_path / "rechnungen.xlsx", "Rechnungsbuch", rows))
    assert targets(only(adoption))["Netto"] == "actual"
    assert sorted(f.actual for f in adoption.project.finance) == [100.0, 200.0, 300.0]


# --- 7. a person written with a bracket -----------------------------------------------------


def _long_plan(names: list[str], person: str = "Person") -> list[list[object]]:
    rows: list[list[object]] = [["Role", person, "Month", "Planned days"]]
    for n, name in enumerate(names):
        rows.append(["Architect" if n % 2 == 0 else "Developer", name, "2026-01", 10 + n])
        rows.append(["Architect" if n % 2 == 0 else "Developer", name, "2026-02", 5 + n])
    return rows


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (["Ana Ruiz (PMO)", "J. Murphy [Finance]"], {"Ana Ruiz", "J. Murphy"}),
        (["Hans Weber (IT)", "Eva Braun (Einkauf)"], {"Hans Weber", "Eva Braun"}),
        (["Ana Ruiz (ana.ruiz@example.org)", "Lee Chan"], {"Ana Ruiz", "Lee Chan"}),
    ],
)
def test_a_resource_plans_person_without_the_bracket(
    tmp_path: Path, written: list[str], read: set[str]
) -> None:
    """A resource plan's person written with a role or team in brackets is the person
    (before: ``Ana Ruiz (PMO)`` kept whole, another person than the capacity's)."""
    path = book(tmp_path / "plan.xlsx", "Resource plan", _long_plan(written))
    assert {r.person for r in adopt(path).project.resources} == read


def test_a_team_with_a_person_in_brackets_stays_whole(tmp_path: Path) -> None:
    """Near miss: a team written first (``Finance team (Ann Lee)``) or a bracket after a
    role (``Project Manager (Client)``) keeps the cell as written."""
    written = ["Finance team (Ann Lee)", "Project Manager (Client)"]
    path = book(tmp_path / "plan.xlsx", "Resource plan", _long_plan(written))
    assert {r.person for r in adopt(path).project.resources} == set(written)


# --- 6. an issue row's rating in a mixed RAID log -------------------------------------------


def _raid(
    header: list[str], ratings: list[object], types: list[str] | None = None
) -> list[list[object]]:
    kinds = types or ["Risk", "Issue", "Issue", "Risk", "Assumption"]
    texts = [
        "Vendor may be late",
        "Server room flooded",
        "Invoice disputed",
        "Key staff may leave",
        "Funding continues",
    ]
    rows: list[list[object]] = [header]
    for n, (kind, text, rating) in enumerate(zip(kinds, texts, ratings, strict=True), start=1):
        rows.append([n, kind, text, "Ana Ruiz", rating, "Open"])
    return rows


@pytest.mark.parametrize("rating", ["Rating", "Overall rating"])
def test_an_issue_rows_rating_in_a_mixed_log_is_its_severity(tmp_path: Path, rating: str) -> None:
    """A RAID log's one ``Rating`` on its issue rows says how serious each issue is: the
    issue's severity, read on the severity scale as a ``Severity`` column is (before: left
    out, the issues' seriousness lost)."""
    header = ["ID", "Type", "Description", "Owner", rating, "Status"]
    rows = _raid(header, ["High", "High", "Low", "Medium", None])
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID log", rows))
    assert targets(only(adoption))[rating] == "severity"
    severity = {i.title: i.severity for i in adoption.project.issues}
    plain = adopt(
        book(
            tmp_path / "issues.xlsx",
            "Issues",
            [["ID", "Issue", "Severity"], [1, "Server room flooded", "High"], [2, "Late", "Low"]],
        )
    ).project.issues
    assert severity == {
        "Server room flooded": plain[0].severity,
        "Invoice disputed": plain[1].severity,
    }


def test_a_mixed_logs_score_is_no_issue_severity(tmp_path: Path) -> None:
    """Near miss: a rating that is a likelihood-times-impact score (``20``, ``4``) is on no
    severity scale: left out."""
    header = ["ID", "Type", "Description", "Owner", "Rating", "Status"]
    rows = _raid(header, [12, 20, 4, 6, None])
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID log", rows))
    assert targets(only(adoption))["Rating"] is None
    assert {i.severity for i in adoption.project.issues} == {None}


def test_an_issue_registers_own_rating_stays_out(tmp_path: Path) -> None:
    """Near miss (round 15's rule): an issue register's ``Rating`` alone is left out; only a
    mixed log's risk rows say what the column is."""
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Rating", "Status"]]
    rows += [[1, "Server room flooded", "Lee", "High", "Open"], [2, "Late", "Bo", "Low", "Open"]]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Rating"] is None


def test_a_mixed_log_with_its_own_priority_keeps_it(tmp_path: Path) -> None:
    """Near miss: issues with a priority column of their own take no severity from the
    rating."""
    header = ["ID", "Type", "Description", "Owner", "Rating", "Status"]
    rows = _raid(header, ["High", "High", "Low", "Medium", None])
    for row, priority in zip(rows, ["Priority", "P1", "P2", "P3", "P1", "P2"], strict=True):
        row.append(priority)
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID log", rows))
    assert targets(only(adoption))["Rating"] is None
    assert {i.severity for i in adoption.project.issues} == {None}


# --- 3. short measure headers of two meanings -----------------------------------------------


def _measure_sheet(tmp_path: Path, header: list[str]) -> dict[str, str | None]:
    rows: list[list[object]] = [["Mois", "Poste", *header]]
    for month in ("2026-01", "2026-02"):
        for n, line in enumerate(("Études", "Travaux")):
            rows.append([month, line, *(100 * (k + 1) + n for k in range(len(header)))])
    read = targets(only(adopt(book(tmp_path / "suivi.xlsx", "Budget", rows))))
    return {h: read[h] for h in header}


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (["Budget", "Prév.", "Réel"], ["budget", "forecast", "actual"]),
        (["Prév.", "Prévision", "Réel"], ["budget", "forecast", "actual"]),
        (["Budget", "Prev.", "Cons."], ["budget", "forecast", "actual"]),
        (["Preventivo", "Prev.", "Consuntivo"], ["budget", "forecast", "actual"]),
        (["Budget", "Prév.", "Prévision"], ["budget", None, "forecast"]),
        (["Prév.", "Réel"], [None, "actual"]),
    ],
)
def test_a_short_measure_is_the_one_meaning_the_others_leave(
    tmp_path: Path, header: list[str], want: list[str | None]
) -> None:
    """``Prév.`` / ``Prev.`` (planned or forecast) and ``Cons.`` (consuntivo, consumed: the
    actual) read as the one measure the sheet's other measures leave; with none or two
    left they stay listed (before: every one left out)."""
    assert _measure_sheet(tmp_path, header) == dict(zip(header, want, strict=True))


def test_a_short_header_over_words_is_no_measure(tmp_path: Path) -> None:
    """Near miss: ``Cons.`` over words (a contractor's short name) beside a budget is no
    actual."""
    rows: list[list[object]] = [["Month", "Line", "Budget", "Cons."]]
    rows += [["2026-01", "Design", 100, "Arup"], ["2026-02", "Design", 120, "Atkins"]]
    rows += [["2026-01", "Build", 200, "Arup"]]
    read = targets(only(adopt(book(tmp_path / "budget.xlsx", "Budget", rows))))
    assert read["Budget"] == "budget"
    assert read["Cons."] != "actual"


def test_a_resource_plans_person_surname_first_stays_as_written(tmp_path: Path) -> None:
    """Near miss: a tool's staff list writing the surname first (``de Vries, Joost``) keeps
    the plan's spelling; only the bracket is set aside (``Bakker, Sanne (PMO)``)."""
    written = ["de Vries, Joost", "Bakker, Sanne (PMO)"]
    path = book(tmp_path / "plan.xlsx", "Resource plan", _long_plan(written))
    assert {r.person for r in adopt(path).project.resources} == {
        "de Vries, Joost",
        "Bakker, Sanne",
    }
