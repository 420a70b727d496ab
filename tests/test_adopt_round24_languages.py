"""Round 24 (l24b): Kyrgyz and Turkmen, each read on a small register written for it (no
benchmark layout), with its dates written as the country writes them, and a near-miss."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.dates import parse_text_date
from addin.adopt.languages import translate


def test_a_kyrgyz_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Тобокелдиктердин реестри"],
        [],
        ["Номер", "Аталышы", "Жооптуу", "Таасири", "Абалы", "Мөөнөт"],
        ["1", "Жеткирүү кечигет", "Айбек Осмонов", "Жогорку", "Ачык", "15 март 2026"],
        ["2", "Кадрлар жетишсиз", "Нурай Токтогулова", "Төмөн", "Жабык", "22 апр. 2026"],
        ["3", "Баалар өсөт", "Бакыт Асанов", "Орточо", "Ачык", "5 май 2026"],
    ]
    adoption = adopt(book(tmp_path / "ky.xlsx", "Тобокелдиктер", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Номер": "id",
        "Аталышы": "title",
        "Жооптуу": "owner",
        "Таасири": "impact",
        "Абалы": "status",
        "Мөөнөт": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "due_date") == [
        date(2026, 3, 15),
        date(2026, 4, 22),
        date(2026, 5, 5),
    ]


def test_a_turkmen_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Belgi", "Mesele", "Jogapkär", "Ileri tutulyşy", "Ýagdaýy", "Möhlet"],
        ["1", "Serwer işlemeýär", "Merdan Orazow", "Ýokary", "Açyk", "6 aprel 2026"],
        ["2", "Ygtyýarnama gijikdi", "Aýna Berdiýewa", "Pes", "Ýapyk", "20 aprel 2026"],
        ["3", "Işgär ýetmezçiligi", "Serdar Ataýew", "Orta", "Açyk", "4 maý 2026"],
    ]
    adoption = adopt(book(tmp_path / "tk.xlsx", "Meseleler", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Belgi": "id",
        "Mesele": "title",
        "Jogapkär": "owner",
        "Ileri tutulyşy": "priority",
        "Ýagdaýy": "status",
        "Möhlet": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 4, 6)


def test_kyrgyz_and_turkmen_near_misses() -> None:
    # Kyrgyz `план` is the planned figure, as Russian's (a plan is the register word of
    # neither); a Turkmen month is read inside a date, not the English word it resembles
    assert translate("План") == "planned"
    assert parse_text_date("12 mart 2026") == date(2026, 3, 12)
    assert translate("Owner") is None
