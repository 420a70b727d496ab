"""Round 28 (its last hour): a printout's words come from the vocabularies.

The page lines of a register laid out to print (its page number, print stamp, protective
marking, continuation) are read in the language the PMO prints in, from
``languages.toml``'s ``page_lines`` section (``print_furniture.py`` keeps the shapes). In
each language an item whose text starts with the page's, the stamp's or the marking's word
is an item. The registers are written for these tests (a tram depot, a wine cooperative, a
desalination plant, a ski lift, a seaweed farm), no batch layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field

from addin.adopt.languages import page_line_words
from addin.adopt.print_furniture import is_page_text, page_line


@dataclass(frozen=True)
class Printout:
    """One language's printed page lines and an item that only looks like one."""

    language: str
    pages: tuple[str, ...]  # page numbers, print stamps, markings, continuations
    near_misses: tuple[str, ...]  # item texts that open with a page line's word
    titles: tuple[str, ...]  # the register's items, the near miss among them


PRINTOUTS = (
    Printout(
        "de",
        (
            "Seite 2 von 4",
            "S. 3",
            "Gedruckt am 03.03.2026",
            "Druckdatum: 2026-03-03",
            "STRENG VERTRAULICH",
            "Fortsetzung nachste Seite",
            "Fortsetzung nächste Seite",
        ),
        ("Seite 2 der Betriebsanleitung fehlt", "Druckdatum falsch auf Rechnungen"),
        ("Weichenheizung defekt", "Seite 2 der Betriebsanleitung fehlt", "Fahrleitung locker"),
    ),
    Printout(
        "fr",
        (
            "Page 2 sur 4",
            "Imprimé le 03/03/2026",
            "Date d'impression : 03/03/2026",
            "Strictement confidentiel",
            "Suite au verso",
            "(suite)",
        ),
        ("Page d'accueil du portail en panne", "Confidentiel défense non respecté"),
        ("Cuve 4 fuit", "Page d'accueil du portail en panne", "Vendange en retard"),
    ),
    Printout(
        "es",
        (
            "Página 2 de 4",
            "Pagina 3 de 4",
            "Pág. 4",
            "Impreso el 03/03/2026",
            "Fecha de impresión: 03/03/2026",
            "CONFIDENCIAL",
            "Continúa al dorso",
        ),
        ("Página web de clientes caída", "Impresora 3 averiada"),
        ("Membrana 2 colmatada", "Página web de clientes caída", "Bomba de alta presión"),
    ),
    Printout(
        "pl",
        (
            "Strona 2 z 4",
            "Str. 3",
            "Data wydruku: 03.03.2026",
            "Wydrukowano 03.03.2026",
            "Ściśle poufne",
            "Poufne",
            "ciąg dalszy",
            "cd.",
        ),
        ("Strona internetowa kolei nie działa", "Poufne dane w raporcie publicznym"),
        ("Lina nośna zużyta", "Strona internetowa kolei nie działa", "Brak śniegu"),
    ),
    Printout(
        "ja",
        ("2 / 4 ページ", "2ページ", "第2頁 共4頁", "印刷日：2026/03/03", "社外秘", "極秘", "続き"),
        ("印刷日程の遅延 2週", "ページ数の誤り"),
        ("養殖網の破損", "印刷日程の遅延 2週", "出荷の遅れ"),
    ),
)


@pytest.mark.parametrize("printout", PRINTOUTS, ids=lambda p: p.language)
def test_page_lines_in_the_language_are_page_text(printout: Printout) -> None:
    for text in printout.pages:
        assert is_page_text(text), text
    for text in printout.near_misses:
        assert not is_page_text(text), text


@pytest.mark.parametrize("printout", PRINTOUTS, ids=lambda p: p.language)
def test_page_lines_between_rows_are_no_items(printout: Printout, tmp_path: Path) -> None:
    """A printed register in the language: its page lines are listed as skipped, its items
    (the one whose title opens with a page word among them) are all read."""
    header = ["Issue ID", "Issue", "Owner", "Priority", "Status"]
    people = ["Anna Berg", "Luis Mora", "Ewa Nowak"]

    def item(i: int) -> list[object]:
        return [f"PR-{i + 1:02d}", printout.titles[i], people[i], "High", "Open"]

    rows: list[list[object]] = [header, item(0)]
    rows += [[printout.pages[0], None, None, printout.pages[-4]], [printout.pages[-3]], item(1)]
    rows += [[printout.pages[-1]], item(2), [printout.pages[1]]]
    adoption = _adopt(_book(tmp_path / f"{printout.language}.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == list(printout.titles)
    skipped = [r for t in adoption.report.tables for r in t.skipped_rows]
    assert sum("printed page's line" in r.reason for r in skipped) == 4
    assert page_line([printout.pages[0], printout.titles[1]]) is None  # an item beside it


def test_the_words_come_from_the_vocabulary() -> None:
    words = page_line_words()
    assert {"page", "of", "printed", "marking", "marking_caveat", "continued"} <= set(words)
    assert {"seite", "strona", "página", "pagina"} <= words["page"]  # unaccented as typed
    assert "fortsetzung naechste seite" not in words["continued"]  # no spelling invented
    # a bare verb that opens items is no stamp word: "打印" would take "打印机采购延迟 3周"
    assert "打印" not in words["printed"] and not is_page_text("打印机采购延迟 3周")
    # the English near-misses stay items
    for text in ("Page load times exceed SLA", "P1", "Printed circuit boards late"):
        assert not is_page_text(text), text
