"""Round 24 (its last hour, t26b): Shona, Haitian Creole and Faroese, each read on small
registers and trackers written for these tests in the language (no benchmark layout), with
a near-miss each: a word left out on purpose is not read in its sense, a table of the
language that is no register is not adopted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.dates import parse_text_date
from addin.adopt.languages import LANGUAGES, translate
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets


def test_the_languages_are_declared_after_round_24s_first_wave() -> None:
    assert LANGUAGES.index("sn") > LANGUAGES.index("ps")


# --- Shona -------------------------------------------------------------------------------


def test_a_shona_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Rejista yenjodzi yechirongwa chemvura"],
        [],
        ["Nhamba", "Njodzi", "Muridzi", "Mukana", "Mhedzisiro", "Mamiriro"],
        ["1", "Pombi dzinononoka kusvika", "Tendai Moyo", "Yakakwira", "Pakati", "Yakavhurika"],
        ["2", "Mvura inonaya zvikuru", "Rudo Chikore", "Yakaderera", "Yakakwira", "Yakavharwa"],
        ["3", "Mitengo yesimende inokwira", "Farai Ncube", "Pakati", "Yakaderera", "Yakavhurika"],
    ]
    adoption = adopt(book(tmp_path / "sn_r.xlsx", "Njodzi", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Nhamba": "id",
        "Njodzi": "title",
        "Muridzi": "owner",
        "Mukana": "probability",
        "Mhedzisiro": "impact",
        "Mamiriro": "status",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]  # high, low, medium


def test_a_shona_budget_and_spending_by_cldr_month(tmp_path: Path) -> None:
    # CLDR's Shona months (Chikumi = June, Chikunguru = July) head the columns; spending
    # (zvashandiswa, what was spent) is the actual, as English "Spent" is
    rows: list[list[object]] = [
        ["Bhajeti yechikoro", None, None, None, None],
        [None, "Bhajeti", None, "Zvashandiswa", None],
        ["Chikamu chemari", "Chikumi 2026", "Chikunguru 2026", "Chikumi 2026", "Chikunguru 2026"],
        ["Zvidhinha", 5000.0, 4000.0, 4800.0, 4100.0],
        ["Vashandi", 2000.0, 2000.0, 1900.0, 2200.0],
        ["Zvose pamwe", 7000.0, 6000.0, 6700.0, 6300.0],
    ]
    adoption = adopt(book(tmp_path / "sn_b.xlsx", "Bhajeti", rows, merged=("B2:C2", "D2:E2")))
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert len(got) == 4  # the total row is no cost line
    assert got[(date(2026, 6, 1), "Zvidhinha")].budget == 5000.0
    assert got[(date(2026, 7, 1), "Vashandi")].actual == 2200.0


def test_shona_near_misses() -> None:
    # chikonzero (a reason and a cause) is left out: no rationale; a contact list's
    # `Zita` (name) alone makes no register
    assert (
        translate("Chikonzero") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)
    assert translate("Zita") == "name"
    assert translate("Chikamu chemari") == "cost line"
    assert translate("Yero", "values") == "amber"


def test_a_shona_contact_list_is_not_a_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Zita", "Foni", "Guta"],
        ["Tendai Moyo", "077 555 0101", "Masvingo"],
        ["Rudo Chikore", "078 555 0202", "Mutare"],
        ["Farai Ncube", "071 555 0303", "Gweru"],
    ]
    adoption = adopt(book(tmp_path / "sn_c.xlsx", "Vanhu", rows))
    assert adoption.report.adopted_tables == []


# --- Haitian Creole ----------------------------------------------------------------------


def test_a_haitian_creole_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Rejis pwoblèm lekòl Okap"],
        ["Nimewo", "Pwoblèm", "Responsab", "Priyorite", "Estati", "Dat limit"],
        ["1", "Kamyon siman an pa rive", "Wilner Jean", "Wo", "Ouvè", date(2026, 5, 4)],
        ["2", "Pèmi konstriksyon an reta", "Nadège Paul", "Mwayen", "Fèmen", date(2026, 5, 18)],
        ["3", "Jeneratè a an pàn", "Fritz Désir", "Mwayen", "An kou", date(2026, 6, 1)],
    ]
    adoption = adopt(book(tmp_path / "ht_i.xlsx", "Pwoblèm", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Nimewo": "id",
        "Pwoblèm": "title",
        "Responsab": "owner",
        "Priyorite": "priority",
        "Estati": "status",
        "Dat limit": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "Closed", "In Progress"]
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Medium"]


def test_a_haitian_creole_decision_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nimewo", "Dat", "Desizyon", "Rezon", "Pran pa"],
        ["1", date(2026, 4, 2), "Achte de jeneratè", "Kouran an koupe souvan", "Wilner Jean"],
        ["2", date(2026, 4, 9), "Ranvwaye ouvèti a", "Pèmi an poko soti", "Nadège Paul"],
    ]
    adoption = adopt(book(tmp_path / "ht_d.xlsx", "Desizyon", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert targets(table) == {
        "Nimewo": "id",
        "Dat": "date",
        "Desizyon": "decision",
        "Rezon": "rationale",
        "Pran pa": "made_by",
    }
    assert field(adoption, "decisions", "made_by") == ["Wilner Jean", "Nadège Paul"]


def test_haitian_creole_near_misses() -> None:
    # Creole non is a name and also no (French's no): it stays the value no, never a
    # header; trè (very) folds to a word the file holds in another sense and is left out
    assert translate("Non") is None
    assert translate("Non", "values") == "no"
    assert translate("Trè", "values") != "very"
    assert translate("Non pwojè") == "project name"
    # words that fold to English words or names of other registers are left out: vèt is
    # no vet, jòn no Jon, orè no ore, ba (Hausa's negation) no level
    assert translate("Vet", "values") is None
    assert translate("Jon", "values") is None
    assert translate("First ore hoisted") is None
    assert translate("Ba", "values") is None


# --- Faroese -----------------------------------------------------------------------------


def test_a_faroese_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Váðaskrá: nýggj havnarbryggja"],
        [],
        ["Nummar", "Váði", "Ábyrgdarpersónur", "Sannlíkindi", "Ávirkan", "Støða", "Freist"],
        ["1", "Stormur seinkar arbeiðið", "Jóannes Dam", "Høg", "Miðal", "Opin", "14.05.2026"],
        ["2", "Stálið verður dýrari", "Guðrun Joensen", "Lág", "Høg", "Stongd", "02.06.2026"],
        ["3", "Ov fáir arbeiðsmenn", "Pætur Hansen", "Miðal", "Lág", "Opin", "20.06.2026"],
    ]
    adoption = adopt(book(tmp_path / "fo_r.xlsx", "Váðar", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Nummar": "id",
        "Váði": "title",
        "Ábyrgdarpersónur": "owner",
        "Sannlíkindi": "probability",
        "Ávirkan": "impact",
        "Støða": "status",
        "Freist": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "due_date")[1] == date(2026, 6, 2)


def test_a_faroese_budget_by_cldr_month(tmp_path: Path) -> None:
    # CLDR's Faroese months (august, september, oktober) head the columns
    rows: list[list[object]] = [
        ["Fíggjarætlan 2026"],
        [],
        ["Lýsing", "august 2026", "september 2026", "oktober 2026", "Samtals"],
        ["Tilfar", 12000.0, 9000.0, 4000.0, 25000.0],
        ["Arbeiðsløn", 30000.0, 30000.0, 28000.0, 88000.0],
        ["Samtals", 42000.0, 39000.0, 32000.0, 113000.0],
    ]
    adoption = adopt(book(tmp_path / "fo_b.xlsx", "Fíggjarætlan", rows))
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert len(got) == 6  # the total row and column are no cost line, no month
    assert got[(date(2026, 9, 1), "Tilfar")].budget == 9000.0


def test_faroese_near_misses() -> None:
    # álit (an opinion) is no confidence; `Navn` is a name as Danish's and Norwegian's
    assert translate("Álit") is None
    assert translate("Navn") == "name"
    assert translate("Leiklutur") == "role"
    # Faroese latin (closed) is English Latin (a Serbian register in Latin script) and
    # sera (very) Spanish será: left out, closed is stongd
    assert translate("Latin script", "values") is None
    assert translate("Stongd", "values") == "closed"


# --- Hausa, as its offices write dates and states ------------------------------------------


def test_a_hausa_issue_log_with_dates_written_in_words(tmp_path: Path) -> None:
    # `14 ga Maris, 2026` (the 14th of March): `ga` between day and month as English `of`;
    # `Fabrairu` and `Afrilu` as offices spell CLDR's Faburairu and Afirilu; `Ana aiki`
    # (being worked on) is in progress; `Ranar bayyana` (the day it appeared) is raised
    rows: list[list[object]] = [
        ["Lamba", "Matsala", "Matsayi", "Ranar bayyana", "Ranar ƙarshe"],
        ["1", "Babu mai", "Ana aiki", "3 ga Fabrairu, 2026", "17 ga Fabrairu, 2026"],
        ["2", "Waya ta lalace", "An rufe", "2 ga Afrilu, 2026", "30 ga Afrilu, 2026"],
    ]
    adoption = adopt(book(tmp_path / "ha_i.xlsx", "Matsaloli", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Ranar bayyana"] == "raised_date"
    assert targets(table)["Ranar ƙarshe"] == "due_date"
    assert field(adoption, "issues", "status") == ["In Progress", "Closed"]
    assert field(adoption, "issues", "raised_date") == [date(2026, 2, 3), date(2026, 4, 2)]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 2, 17)


def test_a_hausa_date_word_alone_is_no_date() -> None:
    # near-miss: `ga` is dropped only inside a date: `GA 2026` (a release name) and `14 ga`
    # are no dates
    assert parse_text_date("GA 2026") is None
    assert parse_text_date("14 ga") is None
    assert parse_text_date("14 ga Maris, 2026") == date(2026, 3, 14)
