"""Round 34's last hour (task t36c): tuning on the sixty-ninth batch, ORDINARY PM WORKBOOKS
IN OTHER LANGUAGES (round 34's held-out, promoted). Each miss was a general habit of
writing in one's own language; each rule is read with variants of other languages, words
and positions, and a near-miss that must not fire (docs/adopt.md, "Round 34 (its last
hour): tuning on the sixty-ninth batch"):

- a one-month cost snapshot's bare period label in the other languages of Europe
  (``Kausi: maaliskuu 2026``, ``Období: 03/2026``: :data:`addin.adopt.one_period.
  FOREIGN_PERIOD_LABEL`); a reporting period (``Raportointikausi``) is still not read;
- the forecast noun of a Finnish, Estonian, Russian or Ukrainian controller (``Ennuste``,
  ``Prognoos``, ``Прогноз``), read before as ``expected`` (no amount); a milestone's
  ``Ennuste`` stays its forecast date;
- a long cost table's period column (``Období``, ``Okres``, ``Zeitraum``) read as English
  ``Period``;
- an East Asian staffing plan (``要員計画（人日）`` over ``氏名 | 所属 | 役割``, Chinese
  ``人员计划（人天）`` over ``姓名``) read as English ``Resource plan (person-days)``;
- a status report's RAG panel and summary line in Europe's languages (Turkish ``Genel Durum
  | Zaman | Maliyet | Kapsam | Özet``, Polish, Finnish): a dimension with a value that is no
  colour names no RAG, as in English;
- a Turkish milestone's ``Revize`` (the forecast) and a Spanish ``Fecha alta`` (the date
  raised); ``Alta`` alone stays the level High.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from addin.adopt import Adoption
from addin.adopt.languages import translate
from addin.adopt.one_period import named_month
from tests.adopt_sheets import adopt, books

JAN, FEB, MAR, APR, MAY, JUN = (date(2026, m, 1) for m in range(1, 7))


def _adopt(tmp_path: Path, name: str, sheet: str, rows: list[list[object]]) -> Adoption:
    return adopt(books(tmp_path / f"{name}.xlsx", {sheet: rows}))


def _finance(adoption: Adoption) -> dict[tuple[date, str | None], tuple[Any, ...]]:
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }


def _items(adoption: Adoption, register: str, *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(item.model_dump()[k] for k in keys) for item in adoption.project.items(register)]


# --- 1. a one-month snapshot's period label, in other languages ---------------------------


def test_a_finnish_one_month_snapshot_is_that_months_finance(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Jäänmurtajan peruskorjaus - Kustannusseuranta"],
        ["Kausi: maaliskuu 2026"],
        [],
        ["Kustannuserä", "Budjetti (€)", "Toteuma (€)", "Ennuste (€)"],
        ["Sähköistys", 159000.0, 138476.25, 148042.15],
        ["Runkotyöt", 238000.0, 226094.11, 279233.58],
    ]
    adoption = _adopt(tmp_path, "fi", "Kustannusseuranta", rows)
    # before: refused ("amounts without months"), Ennuste no column
    assert _finance(adoption) == {
        (MAR, "Sähköistys"): (159000.0, 138476.25, 148042.15),
        (MAR, "Runkotyöt"): (238000.0, 226094.11, 279233.58),
    }
    assert adoption.project.header.currency == "EUR"


def test_a_czech_and_an_estonian_snapshot_name_their_month_too(tmp_path: Path) -> None:
    czech: list[list[object]] = [
        ["Čerpání rozpočtu"],
        ["Období: 04/2026"],
        ["Nákladová položka", "Rozpočet", "Skutečnost"],
        ["Mzdy", 500000.0, 480000.0],
        ["Stavební úpravy", 300000.0, 310000.0],
    ]
    assert _finance(_adopt(tmp_path, "cz", "Náklady", czech)) == {
        (APR, "Mzdy"): (500000.0, 480000.0, None),
        (APR, "Stavební úpravy"): (300000.0, 310000.0, None),
    }
    estonian: list[list[object]] = [
        ["Periood: mai 2026"],
        [],
        ["Kuluartikkel", "Eelarve", "Tegelik", "Prognoos"],
        ["Projekteerimine", 12000.0, 9000.0, 11500.0],
        ["Ehitus", 80000.0, 42000.0, 83000.0],
    ]
    assert _finance(_adopt(tmp_path, "et", "Kulud", estonian)) == {
        (MAY, "Projekteerimine"): (12000.0, 9000.0, 11500.0),
        (MAY, "Ehitus"): (80000.0, 42000.0, 83000.0),
    }


def test_a_reporting_period_is_still_no_month_of_the_lines() -> None:
    assert named_month("Kausi: maaliskuu 2026") == MAR
    assert named_month("Dönem: 06/2026") == JUN
    assert named_month("Időszak: 02/2026") == FEB
    # near-miss: a reporting period (the month, or the year to date?) as English's
    assert named_month("Raportointikausi: maaliskuu 2026") is None
    assert named_month("Kausi: 2026") is None


# --- 2. the forecast noun, and a milestone's Ennuste ----------------------------------------


def test_ennuste_is_the_forecast_and_a_milestones_ennuste_its_forecast_date(
    tmp_path: Path,
) -> None:
    assert translate("Ennuste") == "forecast"
    assert translate("Прогноз") == "forecast"
    # near-miss: a word for expected stays expected (English "Expected" is no amount)
    assert translate("Odotettu") == "expected"
    rows: list[list[object]] = [
        ["Virstanpylväs", "Vastuuhenkilö", "Suunniteltu", "Ennuste", "Tila"],
        ["Suunnittelu valmis", "Aino Virtanen", date(2026, 3, 2), date(2026, 3, 9), "Avoin"],
        ["Koeajo", "Mikko Nieminen", date(2026, 4, 6), date(2026, 4, 20), "Avoin"],
    ]
    adoption = _adopt(tmp_path, "fi_ms", "Virstanpylväät", rows)
    assert _items(adoption, "milestones", "milestone", "baseline_date", "forecast_date") == [
        ("Suunnittelu valmis", date(2026, 3, 2), date(2026, 3, 9)),
        ("Koeajo", date(2026, 4, 6), date(2026, 4, 20)),
    ]


# --- 3. a long cost table's period column ----------------------------------------------------


def test_a_long_cost_tables_period_column_in_czech_polish_and_german(tmp_path: Path) -> None:
    for name, head in (
        ("cz", ["Období", "Nákladová položka", "Plán (Kč)", "Skutečnost (Kč)"]),
        ("pl", ["Okres", "Pozycja kosztowa", "Budżet", "Wykonanie"]),
        ("de", ["Zeitraum", "Kostenart", "Plan", "Ist"]),
    ):
        rows: list[list[object]] = [
            [f"{name} costs"],
            [],
            head,
            ["01/2026", "Mzdy", "125 430,50", "120 000,00"],
            ["01/2026", "Linka", "5 430,50", "6 000,00"],
            ["02/2026", "Mzdy", "125 430,50", "119 500,00"],
            ["02/2026", "Linka", "5 430,50", "4 000,00"],
        ]
        got = _finance(_adopt(tmp_path, name, "Costs", rows))
        # before: the period was no column and the table was refused
        assert got == {
            (JAN, "Mzdy"): (125430.5, 120000.0, None),
            (JAN, "Linka"): (5430.5, 6000.0, None),
            (FEB, "Mzdy"): (125430.5, 119500.0, None),
            (FEB, "Linka"): (5430.5, 4000.0, None),
        }, name


def test_a_period_word_reads_as_englishs_period_and_no_more() -> None:
    assert translate("Období") == "period"
    assert translate("Zeitraum") == "period"
    # near-miss: English stays English, a reporting period keeps its phrase
    assert translate("Period") is None
    assert translate("Reporting period") is None


# --- 4. an East Asian staffing plan --------------------------------------------------------


def test_a_japanese_and_a_chinese_staffing_plan_in_person_days(tmp_path: Path) -> None:
    japanese: list[list[object]] = [
        ["畳製造ライン 要員計画（人日）"],
        [],
        ["氏名", "所属", "役割", "2026年4月", "2026年5月", "2026年6月"],
        ["佐藤 健", "畳工房", "畳職人", 5, 10, None],
        ["田中 由美", "経理部", "経理担当", None, 3, 20],
    ]
    adoption = _adopt(tmp_path, "jp", "要員計画", japanese)
    # before: no word read, the plan refused
    assert _items(adoption, "resources", "person", "role", "month", "planned_days") == [
        ("佐藤 健", "畳職人", APR, 5.0),
        ("佐藤 健", "畳職人", MAY, 10.0),
        ("田中 由美", "経理担当", MAY, 3.0),
        ("田中 由美", "経理担当", JUN, 20.0),
    ]
    chinese: list[list[object]] = [
        ["人员计划（人天）"],
        [],
        ["姓名", "部门", "角色", "2026年4月", "2026年5月", "2026年6月"],
        ["王伟", "工程部", "工程师", 10, 12, 5],
        ["李娜", "财务部", "会计", 4, None, 6],
        ["张强", "工程部", "技术员", 8, 8, 8],
    ]
    adoption = _adopt(tmp_path, "zh", "人员计划", chinese)
    assert [p for p, *_ in _items(adoption, "resources", "person")] == [
        *["王伟"] * 3,
        *["李娜"] * 2,
        *["张强"] * 3,
    ]
    assert _items(adoption, "resources", "month", "planned_days")[:3] == [
        (APR, 10.0),
        (MAY, 12.0),
        (JUN, 5.0),
    ]


def test_the_plans_words_and_the_one_left_out() -> None:
    assert translate("氏名") == "name"
    assert translate("要員計画（人日）") == "resources days"
    # near-miss: effort (工数) is as often hours as days: no unit read from it
    assert translate("工数") is None


# --- 5. a status report's RAG panel and summary ------------------------------------------


def _report(rag_rows: list[list[object]]) -> list[list[object]]:
    return [
        ["PROJE DURUM RAPORU"],
        [],
        ["Proje Adı", "Fındık Kırma Tesisi"],
        ["Proje Yöneticisi", "Elif Demir"],
        [],
        *rag_rows,
        [],
        ["Kilometre Taşları"],
        ["Kilometre Taşı", "Planlanan", "Revize", "Durum"],
        ["Kırma makinesi montajı", date(2026, 2, 2), None, "Tamamlandı"],
        ["Fırın devreye alma", date(2026, 3, 9), date(2026, 3, 23), "Gecikmeli"],
    ]


def test_a_turkish_status_reports_colours_summary_and_revised_dates(tmp_path: Path) -> None:
    rag: list[list[object]] = [
        ["Genel Durum", "Yeşil"],
        ["Zaman", "Sarı"],
        ["Maliyet", "Kırmızı"],
        ["Kapsam", "Yeşil"],
        ["Özet", "Kırma hattı deneme üretiminde."],
    ]
    adoption = _adopt(tmp_path, "tr", "Durum Raporu", _report(rag))
    header = adoption.project.header
    assert (header.overall_rag, header.schedule_rag, header.cost_rag, header.scope_rag) == (
        "Green",
        "Amber",
        "Red",
        "Green",
    )
    assert header.status_summary == "Kırma hattı deneme üretiminde."
    assert _items(adoption, "milestones", "baseline_date", "forecast_date") == [
        (date(2026, 2, 2), None),
        (date(2026, 3, 9), date(2026, 3, 23)),
    ]


def test_a_polish_and_a_finnish_rag_panel(tmp_path: Path) -> None:
    polish: list[list[object]] = [
        ["Ogólny status", "Czerwony"],
        ["Harmonogram", "Czerwony"],
        ["Koszty", "Zielony"],
        ["Zakres", "Zielony"],
        ["Podsumowanie", "Dostawa pieca opóźniona o dwa tygodnie."],
    ]
    header = _adopt(tmp_path, "pl_r", "Raport", _report(polish)).project.header
    assert (header.overall_rag, header.schedule_rag, header.cost_rag, header.scope_rag) == (
        "Red",
        "Red",
        "Green",
        "Green",
    )
    assert header.status_summary == "Dostawa pieca opóźniona o dwa tygodnie."
    finnish: list[list[object]] = [
        ["Kokonaistilanne", "Keltainen"],
        ["Aika", "Vihreä"],
        ["Laajuus", "Keltainen"],
        ["Yhteenveto", "Koeajo alkaa huhtikuussa."],
    ]
    header = _adopt(tmp_path, "fi_r", "Raportti", _report(finnish)).project.header
    assert (header.overall_rag, header.schedule_rag, header.scope_rag) == (
        "Amber",
        "Green",
        "Amber",
    )
    assert header.status_summary == "Koeajo alkaa huhtikuussa."


def test_a_dimension_whose_value_is_no_colour_names_no_rag(tmp_path: Path) -> None:
    rag: list[list[object]] = [["Zaman", "Mart - Haziran"], ["Kapsam", "İki hat"]]
    header = _adopt(tmp_path, "tr_near", "Durum Raporu", _report(rag)).project.header
    assert header.schedule_rag is None
    assert header.scope_rag is None


# --- 6. a Spanish date of registration ---------------------------------------------------


def test_a_spanish_fecha_alta_is_the_date_raised_and_alta_alone_a_level(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Registro de riesgos"],
        ["Código", "Descripción", "Responsable", "Fecha alta", "Estado"],
        ["R-001", "Retraso del bloque", "Ana Ruiz", "12/01/2026", "Abierto"],
        ["R-002", "Rotura de sierra", "Luis Gil", "27/01/2026", "Cerrado"],
    ]
    adoption = _adopt(tmp_path, "es", "Riesgos", rows)
    assert _items(adoption, "risks", "raised_date") == [
        (date(2026, 1, 12),),
        (date(2026, 1, 27),),
    ]
    # near-miss: a value "Alta" is still the level High, not a date word
    assert translate("Alta", "values") == "high"
