"""Round 39 (task ox39): round 38's leftovers mended. Each rule on a small workbook of its
own shape, with a near miss: a public budget's progress report whose month is named on
its block's first row only, the year in ``Ejercicio fiscal 2026`` above."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line, only, targets

_HEAD = ["Mes", "Capítulo del gasto", "Presupuesto calendarizado", "Ejercido", "Observaciones"]


def _progress(first: list[object], year_line: str = "Ejercicio fiscal 2026") -> list[list[object]]:
    return [
        ["Gobierno del Estado – Secretaría de Obras Públicas"],
        ["Rehabilitación del mercado municipal, 2a etapa"],
        [year_line],
        ["Cifras en pesos"],
        [],
        _HEAD,
        [first[0], "1000 Servicios personales", 100000.0, 90000.0, None],
        [first[1], "3000 Servicios generales", 200000.0, 180000.0, "Pago anticipado"],
        [first[2], "5000 Bienes muebles", 300000.0, 310000.0, None],
        ["Subtotal enero", None, 600000.0, 580000.0, None],
        [first[3], "1000 Servicios personales", 110000.0, 100000.0, None],
        [first[4], "3000 Servicios generales", 210000.0, None, None],
        [first[5], "5000 Bienes muebles", 320000.0, None, None],
        ["Subtotal febrero", None, 640000.0, 100000.0, None],
    ]


def test_a_month_named_on_its_blocks_first_row_holds_for_the_block(tmp_path: Path) -> None:
    """``Enero`` on the first of its chapters' rows, blank below, ``Subtotal enero`` closing
    the block: every chapter's row is January's (before, the table was refused or every
    row lost its month), in the year of ``Ejercicio fiscal 2026`` (a Spanish financial year
    is the calendar year: 2026, not 2025)."""
    rows = _progress(["Enero", None, None, "Febrero", None, None])
    adoption = adopt(book(tmp_path / "avance.xlsx", "Avance presupuestal", rows))
    got = targets(only(adoption))
    assert got["Mes"] == "month" and got["Capítulo del gasto"] == "cost_line"
    lines = finance_by_line(adoption)
    assert len(lines) == 6  # the subtotal rows are no lines
    assert lines[(date(2026, 1, 1), "3000 Servicios generales")].actual == 180000.0
    assert lines[(date(2026, 1, 1), "5000 Bienes muebles")].budget == 300000.0
    assert lines[(date(2026, 2, 1), "5000 Bienes muebles")].budget == 320000.0
    assert lines[(date(2026, 2, 1), "3000 Servicios generales")].actual is None


def test_a_month_named_on_every_row_is_read_as_before(tmp_path: Path) -> None:
    # near miss: each row names its month; nothing is carried, the same lines are read
    rows = _progress(["Enero", "Enero", "Enero", "Febrero", "Febrero", "Febrero"])
    lines = finance_by_line(adopt(book(tmp_path / "every.xlsx", "Avance", rows)))
    assert len(lines) == 6
    assert lines[(date(2026, 1, 1), "5000 Bienes muebles")].actual == 310000.0


def test_a_month_column_with_no_rows_below_its_names_carries_nothing(tmp_path: Path) -> None:
    # near miss: a month named once with no blank rows under it (each month one row, the
    # lines across) is no block of rows: no row takes a month it does not write
    from addin.adopt.periods import carried_down_months

    assert carried_down_months(["Enero", None, None, "Subtotal enero", "Febrero", None])
    assert not carried_down_months(["Enero", "Febrero", "Marzo"])
    assert not carried_down_months(["Enero", None, "Enero", None])  # a month twice
    assert not carried_down_months([None, "Enero", None, "Febrero", None])  # none first
    assert not carried_down_months(["Enero", None, "Notas", "Febrero", None])


def test_a_calendar_financial_years_word_gives_its_own_year() -> None:
    """``Ejercicio fiscal 2026`` (Spanish), ``Exercice 2026`` (French): the financial year
    of a language whose financial year is the calendar year is 2026 (it was read as the
    year ending in 2026, starting in April 2025); an English ``FY2026`` is unchanged."""
    from addin.adopt.finance import year_in

    assert year_in(["Ejercicio fiscal 2026"]) == 2026
    assert year_in(["Exercice 2026"]) == 2026
    assert year_in(["Programme finance FY2026"]) == 2025
    assert year_in(["Presupuesto 2026"]) == 2026


def test_a_chapter_of_expenditure_is_the_cost_line(tmp_path: Path) -> None:
    """Mexico's and Spain's public budgets classify spending by ``Capítulo del gasto`` (the
    chapter of the expenditure's object): each chapter is a cost line. ``Capítulo`` alone
    (a document's chapter) names none."""
    from addin.adopt.match import candidates

    assert candidates("Capítulo del gasto", "finance")[0].column_key == "cost_line"
    assert candidates("Objeto del gasto", "finance")[0].column_key == "cost_line"
    alone = candidates("Capítulo", "finance")
    assert not alone or alone[0].column_key != "cost_line"


def test_a_foreign_client_column_says_the_invoices_are_raised(tmp_path: Path) -> None:
    """Portuguese ``Cliente`` (Spanish, Italian ``cliente``, Dutch ``klant``) is the party
    billed, as English ``Client``: two invoices raised to clients are the firm's income,
    no spend (before, the log was read as finance by its descriptions); the same log with
    no party named is one supplier's, read as before (near miss)."""
    from datetime import date as day

    from addin.adopt.languages import translate
    from tests.adopt_sheets import books, registers

    assert translate("Cliente") == translate("klant") == "client"
    rows: list[list[object]] = [["Registo de faturas - ERP do porto"], []]
    rows += [["Fatura n.º", "Data", "Cliente", "Descrição", "Valor (EUR)", "IVA"]]
    rows += [["S-101", day(2026, 1, 22), "Acme Lda", "Fase 1", 40000.0, 9200.0]]
    rows += [["S-102", day(2026, 2, 18), "Borg SA", "Fase 2", 30000.0, 6900.0]]
    assert "finance" not in registers(adopt(books(tmp_path / "raised.xlsx", {"Faturas": rows})))
    own = [rows[0], [], *[[c for k, c in enumerate(r) if k != 2] for r in rows[2:]]]
    assert "finance" in registers(adopt(books(tmp_path / "own.xlsx", {"Faturas": own})))


def _risks(classes: list[str], header: str = "Luokka") -> list[list[object]]:
    rows: list[list[object]] = [["RISKIREKISTERI"], ["Kohde: koulun peruskorjaus"], []]
    rows += [["Nro", "Riskin kuvaus", header, "Todennäköisyys (1–5)", "Vastuu", "Tila"]]
    texts = [
        "Purkutöissä löytyy asbestia",
        "Ilmanvaihtokoneen toimitus myöhästyy",
        "Telineiden kaatumisvaara tuulella",
        "Tilaajan muutostoiveet viivästyttävät",
        "Sähköurakoitsijan resurssit eivät riitä",
    ]
    for n, (text, cls) in enumerate(zip(texts, classes, strict=True), start=1):
        rows.append([n, text, cls, 3, "Pekka Nieminen", "Avoin"])
    return rows


def test_a_category_in_the_teams_own_classes_stays_the_category(tmp_path: Path) -> None:
    """A Finnish risk register's ``Luokka`` (class) holds the team's own classes, one of
    them the standard's (``Aikataulu``, Schedule) and the others its own (``Laatu``
    quality, ``Ympäristö`` environment, ``Tilaaja`` the client): the column is the category
    still, as round 23 keeps a status of a team's own states; before, it was left out
    ("its values do not fit") and the schedule risks lost their category."""
    from tests.adopt_sheets import field

    classes = ["Laatu", "Aikataulu", "Ympäristö", "Tilaaja", "Aikataulu"]
    adoption = adopt(book(tmp_path / "riskit.xlsx", "Riskit", _risks(classes)))
    assert targets(only(adoption))["Luokka"] == "category"
    got = field(adoption, "risks", "category")
    assert got[1] == got[4] == "Schedule"


def test_a_category_of_sentences_or_of_no_standard_class_is_no_category(tmp_path: Path) -> None:
    # near misses: classes none of which is the standard's, or sentences under the header
    own = ["Laatu", "Tilaaja", "Ympäristö", "Tilaaja", "Laatu"]
    adoption = adopt(book(tmp_path / "own.xlsx", "Riskit", _risks(own)))
    assert targets(only(adoption))["Luokka"] != "category"
    said = [
        "Aikataulu",
        "Purkutöiden aikataulu voi venyä kahdella viikolla",
        "Aikataulu",
        "Tilaajan päätökset viivästyvät koko hankkeessa",
        "Urakoitsijan henkilöstö ei riitä syksyllä",
    ]
    adoption = adopt(book(tmp_path / "said.xlsx", "Riskit", _risks(said)))
    assert targets(only(adoption))["Luokka"] != "category"


def _notas(party: bool) -> list[list[object]]:
    from datetime import date as day

    rows: list[list[object]] = [["Controle de notas fiscais - Alfa Sistemas"], ["Valores em R$"]]
    rows += [[]]
    head = ["NF nº", "Emissão", "Competência", "Descrição", "Valor (R$)"]
    rows += [[*head[:3], "Cliente", *head[3:]] if party else head]
    for i, what in enumerate(["Consultoria de implantação", "Treinamento", "Suporte"]):
        cells: list[object] = [str(1201 + i), day(2026, 2 + i, 5), f"{1 + i:02d}/2026"]
        cells += (["Beta Ltda"] if party else []) + [what, 12000.0 + 1000 * i]
        rows.append(cells)
    return rows


def test_a_brazilian_log_of_notas_fiscais_is_an_invoice_register(tmp_path: Path) -> None:
    """``Notas fiscais`` (Brazil's invoices, ``nota fiscal`` one) name an invoice log as
    ``Faturas`` do: a supplier's three invoices (``Emissão | Competência | Descrição |
    Valor (R$)``), too few to show their lines recurring, are one firm's log read by its
    descriptions and the accounting month (before, refused as naming no finance
    register); with a ``Cliente`` column they are invoices raised, no spend (near miss)."""
    from addin.adopt.languages import translate
    from tests.adopt_sheets import books, registers

    assert translate("Notas fiscais") == "invoices"
    adoption = adopt(books(tmp_path / "nf.xlsx", {"Notas fiscais": _notas(False)}))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Treinamento")].actual == 13000.0
    assert len(lines) == 3
    raised = adopt(books(tmp_path / "raised.xlsx", {"Notas fiscais": _notas(True)}))
    assert "finance" not in registers(raised)
