"""Round 26's last hour (issue 15): a cost tracker's title and unit line read in every
language held. Workbooks written for these tests (no benchmark layout), each mechanism with
near-misses that must not be taken:

- the title, sheet name and lines near a tracker say what its unnamed amounts are in any
  language the vocabularies hold (``Suivi des dépenses réalisées`` = actuals), one measure
  only (``Presupuesto frente a gastos reales`` gives none), and an English title's word that is another
  language's measure word stays English (``Real estate``: Spanish ``real``);
- a line saying what the amounts are counted in names the currency by CLDR's one-word name
  or mark in any language held (``montants en euros``, ``Beträge in Euro``, ``kwota w
  zł``, ``金额单位：元``); a name before such a word is no unit (``Euro Tunnel Upgrade``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from adopt_sheets import adopt, book

from addin.adopt.currency import unit_line_currencies
from addin.adopt.finance import title_measure

_MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026"]


def _tracker(path: Path, title: str, sheet: str = "Costs") -> Path:
    """A tracker whose month columns name no measure: only its title may say one."""
    rows: list[list[object]] = [[title], [], ["Cost line", *_MONTHS]]
    rows.append(["Cabling", 1200.0, 1300.0, 1250.0])
    rows.append(["Racks", 400.0, 0.0, 350.0])
    rows.append(["Removals", 900.0, 950.0, 1000.0])
    return book(path, sheet, rows)


def _measures(path: Path) -> set[str]:
    """The measures the adopted finance rows carry an amount in."""
    finance = adopt(path).project.finance
    assert len(finance) >= 8  # the amounts are read whatever measure they are read as
    return {
        m
        for f in finance
        for m in ("budget", "actual", "forecast")
        if getattr(f, m) not in (None, 0, 0.0)
    }


@pytest.mark.parametrize(
    ("title", "measure"),
    [
        ("Suivi des dépenses réalisées", "actual"),
        ("Ist-Kosten je Monat - Rechenzentrum", "actual"),
        ("Consuntivo spese del cantiere", "actual"),
        ("实际支出", "actual"),
        ("Gastos reales de la obra", "actual"),
        ("Prognose Kosten Rechenzentrum", "forecast"),
        ("Presupuesto de la obra", "budget"),
    ],
)
def test_a_title_in_another_language_says_what_the_amounts_are(title: str, measure: str) -> None:
    assert title_measure(title.lower()) == measure


def test_two_measures_or_an_english_false_friend_give_no_reading() -> None:
    # two measures in another language: no single reading
    assert title_measure("presupuesto frente a gastos reales") is None
    assert title_measure("office real estate move") is None  # Spanish "real", English words
    assert title_measure("euro tunnel upgrade costs") is None
    assert title_measure("actual spend by month") == "actual"  # English as before


def test_a_french_tracker_titled_as_actuals_is_read_as_actuals(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "fr.xlsx", "Suivi des dépenses réalisées - site de Lyon", "Suivi")
    assert _measures(path) == {"actual"}
    german = _tracker(tmp_path / "de.xlsx", "Ist-Kosten je Monat", "Kosten")
    assert _measures(german) == {"actual"}


def test_an_english_title_with_a_foreign_measure_word_stays_budget(tmp_path: Path) -> None:
    # near-miss: "real" is Spanish for actual; an English title's amounts stay the budget
    path = _tracker(tmp_path / "re.xlsx", "Office real estate move - costs by month")
    assert _measures(path) == {"budget"}
    # near-miss: two measures named in Spanish, neither is the amounts' (read as Budget)
    two = _tracker(tmp_path / "bva.xlsx", "Presupuesto frente a gastos reales", "Obra")
    assert _measures(two) == {"budget"}


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Suivi hebdomadaire des coûts - montants en euros, hors TVA", "EUR"),
        ("Beträge in Euro", "EUR"),
        ("importi in euro", "EUR"),
        ("Kwota w zł", "PLN"),
        ("Částky v Kč", "CZK"),
        ("金额单位：元", "CNY"),
        ("单位：万元", "CNY"),
        ("金额（人民币）", "CNY"),
    ],
)
def test_a_unit_line_names_its_currency_in_any_language(line: str, code: str) -> None:
    assert unit_line_currencies(line) == {code}


def test_a_currency_name_that_states_no_unit_is_not_taken() -> None:
    assert unit_line_currencies("Euro Tunnel Upgrade") == set()  # no word of amounts
    assert unit_line_currencies("Euro Tunnel Upgrade - amounts in GBP") == set()
    assert unit_line_currencies("Amounts in real terms") == set()  # "real": a word, not BRL
    assert unit_line_currencies("All amounts in euros") == {"EUR"}  # "All" is no code ALL
    assert unit_line_currencies("單位：元") == set()  # Taiwan's dollars, not the renminbi


def test_the_project_currency_from_a_foreign_unit_line(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "it.xlsx", "Costi del cantiere - importi in euro")
    assert adopt(path).project.header.currency == "EUR"
    path = _tracker(tmp_path / "fr.xlsx", "Suivi des coûts - montants en euros, hors TVA")
    assert adopt(path).project.header.currency == "EUR"


def test_a_project_named_for_a_currency_keeps_the_unit_its_line_states(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "gb.xlsx", "Euro Tunnel Upgrade - amounts in GBP")
    assert adopt(path).project.header.currency == "GBP"
    path = _tracker(tmp_path / "none.xlsx", "Euro Tunnel Upgrade - cost tracker")
    assert adopt(path).project.header.currency is None
