"""Round 27 (issue 15): round 26's leftovers in currency and measure reading. Workbooks
written for these tests (no benchmark layout: a Lisbon tram depot, a Kraków school, a Brno
library, a Panamá clinic, a Leeds depot, a Glasgow ferry terminal), each rule with a
near-miss that must not fire:

- one rule of a unit line: *a line saying what its amounts are counted in names the
  currency it counts them in*, said either by a word of amounts (any language held) with the
  currency after it, or by its closing words, its word for "in" and a sign (round 25's
  ``All figures £``, round 26's ``Importi in €`` and ``montants en euros``: every line form
  either reader took before is read by the one function, none lost);
- a currency CLDR names in two words or inflected is read in a unit line by its noun
  (``reais``, ``złotych``, ``złote``) or, when the noun names several, by its whole name in
  either order (``korun českých``, ``dólares estadounidenses``); ``dollar``, ``franc``,
  ``pound``, ``peso`` alone name none;
- a title naming two measures (``Budget vs Actual``) over amounts that name none says
  neither: the amounts are read as Budget and the report says why; a block's own heading
  under it (``Actual spend``) still names its block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from adopt_sheets import book

from addin.adopt import Adoption, adopt_host, open_source
from addin.adopt.currency import unit_line_currencies
from addin.adopt.finance import title_measure
from addin.standards import Standards
from addin.standards.loader import default_standards

_MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026"]


def _standards(*codes: str) -> Standards:
    """The default standards whose currency list also holds ``codes`` (a Brazilian or
    Polish PMO's list)."""
    standards = default_standards()
    lists = {**standards.lists, "currency": [*standards.lists["currency"], *codes]}
    return standards.model_copy(update={"lists": lists})


def _tracker(path: Path, lines: list[str], sheet: str = "Costs") -> Path:
    """A cost tracker under ``lines`` of title, whose month columns name no measure."""
    rows: list[list[object]] = [[line] for line in lines]
    rows += [[], ["Cost line", *_MONTHS]]
    rows.append(["Rails", 1200.0, 1300.0, 1250.0])
    rows.append(["Signals", 400.0, 0.0, 350.0])
    rows.append(["Depot roof", 900.0, 950.0, 1000.0])
    return book(path, sheet, rows)


def _adopt(path: Path, standards: Standards | None = None) -> Adoption:
    return adopt_host(open_source(path), standards or default_standards())


def _measures(adoption: Adoption) -> set[str]:
    """The measures the adopted finance rows carry an amount in."""
    finance = adoption.project.finance
    assert len(finance) == 9  # three lines by three months, whatever measure they are
    return {
        m
        for f in finance
        for m in ("budget", "actual", "forecast")
        if getattr(f, m) not in (None, 0)
    }


def _notes(adoption: Adoption) -> list[str]:
    return [note for table in adoption.report.adopted_tables for note in table.notes]


# --- one rule of a unit line -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        # round 25 (English words of amounts, the sign last)
        ("All figures £", "GBP"),
        ("Amounts in £", "GBP"),
        ("Figures are in £", "GBP"),
        ("Values: €", "EUR"),
        ("Sums in A$", "AUD"),
        ("Amounts in US$", "USD"),
        # round 26 (t28a): the line's closing "in" and a sign, with or without a word of amounts
        ("Importi in €", "EUR"),
        ("Kosten in €", "EUR"),
        ("Montants en €", "EUR"),
        ("Valores em €", "EUR"),
        ("Tutti gli importi sono espressi in €", "EUR"),
        ("Budget in ₹", "INR"),
        ("Importi in £", "GBP"),
        # round 26 (t28e): a word of amounts, then a CLDR name or mark
        ("montants en euros, hors TVA", "EUR"),
        ("Beträge in Euro", "EUR"),
        ("Kwota w zł", "PLN"),
        ("Částky v Kč", "CZK"),
        ("金额单位：元", "CNY"),
        # round 27: the two forms read by one rule reach each other's signs
        ("Koszty in zł", "PLN"),  # a closing sign CLDR gives one currency
        ("Valores em R$", "BRL"),  # a sign of letters and a mark: no word
        ("Werte in Tsd. €", "EUR"),
    ],
)
def test_every_line_form_either_reader_took_is_read_by_the_one_rule(line: str, code: str) -> None:
    assert unit_line_currencies(line) == {code}


@pytest.mark.parametrize(
    "line",
    [
        "Beträge in $",  # any dollar
        "Costi in € e CHF",  # the sign does not close the line and no word of amounts
        "Fornitori pagati in € e in franchi",  # a sentence, not a unit line
        "Euro Tunnel Upgrade",  # a name, no word of amounts
        "Euro Tunnel Upgrade - amounts in GBP",  # the code is read as a code elsewhere
        "Amounts in real terms",  # Spanish / Portuguese "real" is a word (actual)
        "Amounts in kr",  # several crowns
        "Amounts in Rs.",  # several rupees: the rupee rule's, not a sign's
        "Plan in ¥",  # yen or yuan
    ],
)
def test_a_line_that_states_no_single_currency_names_none(line: str) -> None:
    assert unit_line_currencies(line) == set()


def test_a_line_naming_two_signs_names_two_and_the_project_none(tmp_path: Path) -> None:
    """Near-miss: before round 27 the closing sign alone was read (`in €`) and the pound
    before it was not; both are read now, and two currencies give the project none."""
    assert unit_line_currencies("Amounts in £ and €") == {"GBP", "EUR"}
    path = _tracker(tmp_path / "two.xlsx", ["Ferry terminal costs", "Amounts in £ and €"])
    assert _adopt(path).project.header.currency is None


def test_a_german_title_closing_on_a_sign_gives_the_project_currency(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "de.xlsx", ["Straßenbahndepot Ost", "Kosten in €"], "Kosten")
    assert _adopt(path).project.header.currency == "EUR"
    english = _tracker(tmp_path / "en.xlsx", ["Leeds depot roof", "All figures £"])
    assert _adopt(english).project.header.currency == "GBP"


def test_headers_closing_on_a_sign_give_the_currency(tmp_path: Path) -> None:
    """Two amount columns' headers written as unit lines (`Plan in €`, `Ist in €`) state
    the currency as `(€)` after each did (round 22), now by the one unit-line rule."""
    rows: list[list[object]] = [["Bibliothek Umbau"], []]
    rows.append(["Kostenposition", "Monat", "Plan in €", "Ist in €"])
    for line, month, plan, actual in [
        ("Regale", "Jan 2026", 1000.0, 900.0),
        ("Regale", "Feb 2026", 1000.0, 1100.0),
        ("Beleuchtung", "Jan 2026", 500.0, 450.0),
    ]:
        rows.append([line, month, plan, actual])
    path = book(tmp_path / "h.xlsx", "Kosten", rows)
    assert _adopt(path).project.header.currency == "EUR"


# --- currencies named in two words or inflected -----------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Valores em reais", "BRL"),
        ("Valores em reais brasileiros", "BRL"),
        ("Kwoty w tys. złotych", "PLN"),
        ("Wartości: złote", "PLN"),
        ("Částky v tis. korun českých", "CZK"),  # the name's words in either order
        ("Částky v českých korun", "CZK"),
        ("Importes en dólares estadounidenses", "USD"),
    ],
)
def test_a_currency_named_in_two_words_or_inflected_is_read(line: str, code: str) -> None:
    assert unit_line_currencies(line) == {code}


@pytest.mark.parametrize(
    "line",
    [
        "Importes en dólares",  # every dollar
        "Montants en francs",  # every franc
        "Amounts in pounds",  # every pound
        "Importes en pesos",  # every peso
        "Částky v korunách",  # every crown (and a case CLDR does not write)
        "Valores em real",  # the Portuguese word (actual), not the currency
        "Projeto Brasileiro de Saneamento",  # an adjective of a name, no word of amounts
        "Valores do projeto brasileiro",  # an adjective alone is no currency
    ],
)
def test_a_name_that_names_several_or_no_currency_is_not_read(line: str) -> None:
    assert unit_line_currencies(line) == set()


def test_the_project_currency_from_a_two_word_name_on_the_list(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "br.xlsx", ["Depósito de bondes de Lisboa", "Valores em reais"])
    assert _adopt(path, _standards("BRL")).project.header.currency == "BRL"
    polish = _tracker(tmp_path / "pl.xlsx", ["Szkoła w Krakowie", "Kwoty w tys. złotych"])
    assert _adopt(polish, _standards("PLN")).project.header.currency == "PLN"
    czech = _tracker(tmp_path / "cz.xlsx", ["Knihovna Brno", "Částky v korunách českých"])
    assert _adopt(czech, _standards("CZK")).project.header.currency is None  # a case CLDR lacks
    czech = _tracker(tmp_path / "cz2.xlsx", ["Knihovna Brno", "Částky v tis. korun českých"])
    assert _adopt(czech, _standards("CZK")).project.header.currency == "CZK"


def test_a_currency_off_the_standards_list_is_not_the_projects(tmp_path: Path) -> None:
    """Near-miss: the default list holds no real; the line is read, the project has none."""
    path = _tracker(tmp_path / "br.xlsx", ["Depósito de bondes de Lisboa", "Valores em reais"])
    assert _adopt(path).project.header.currency is None
    panama = _tracker(tmp_path / "pa.xlsx", ["Clínica de Colón", "Importes en dólares"])
    assert _adopt(panama).project.header.currency is None  # which dollar is unsaid


# --- a title naming two measures -----------------------------------------------------------


def test_a_title_naming_two_measures_says_neither() -> None:
    assert title_measure("budget vs actual", ["Budget vs Actual"]) is None
    assert (
        title_measure("ferry - budget versus actual 2026", ["Ferry - budget versus actual 2026"])
        is None
    )
    # a block's own heading under it names its block
    context = "budget vs actual actual spend"
    assert title_measure(context, ["Budget vs Actual", "Actual spend"]) == "actual"
    # near-misses: a title of one measure, and the joined context alone (no lines) as before
    assert title_measure("actual spend by month", ["Actual spend by month"]) == "actual"
    assert title_measure("budget vs actual") == "actual"


def test_amounts_under_budget_vs_actual_are_read_as_budget_and_said(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "bva.xlsx", ["Glasgow ferry terminal - Budget vs Actual"])
    adoption = _adopt(path)
    assert _measures(adoption) == {"budget"}
    assert any(
        "names Actual and Budget, two measures" in note and "read as Budget" in note
        for note in _notes(adoption)
    )


def test_a_blocks_own_heading_under_budget_vs_actual_names_it(tmp_path: Path) -> None:
    path = _tracker(
        tmp_path / "own.xlsx", ["Glasgow ferry terminal - Budget vs Actual", "Actual spend"]
    )
    assert _measures(_adopt(path)) == {"actual"}


def test_a_title_of_one_measure_keeps_it(tmp_path: Path) -> None:
    """Near-miss: `Actual spend by month` names one measure; its amounts are actuals."""
    path = _tracker(tmp_path / "one.xlsx", ["Glasgow ferry terminal - actual spend by month"])
    adoption = _adopt(path)
    assert _measures(adoption) == {"actual"}
    assert not any("two measures" in note for note in _notes(adoption))
