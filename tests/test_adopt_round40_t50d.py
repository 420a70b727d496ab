"""Round 40 (task t50d): tuning on the hundred-and-tenth batch (a space agency's mixed
portfolio). Each rule on a small workbook of its own shape: a dependency log kept in two
bands (what we need from others, what others need from us) with Swedish headers."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.direction_headings import heading_direction
from addin.standards import default_standards
from tests.adopt_sheets import adopt, book, field, only, targets


def _two_bands(header: list[object], inbound: str, outbound: str) -> list[list[object]]:
    rows: list[list[object]] = [["Beroendelogg"], [], header, [inbound]]
    rows.append(
        [1, "P-2108", "Fundament klart för antennen", "Johan Berg", "Erik Nilsson", "2026-03-10"]
    )
    rows[-1] += ["2026-03-20", "Levererad"]
    rows.append(
        [2, "P-2101", "Kraftmatning 400 V till antennhuset", "Anna Lind", "Maja Holm", "2026-03-18"]
    )
    rows[-1] += ["2026-03-11", "I risk"]
    rows.append(
        [
            3,
            "P-2346",
            "Tidssynkronisering från stationens GPS-klocka",
            "Sara Ek",
            "Maja Holm",
            "2026-04-03",
        ]
    )
    rows[-1] += ["2026-04-13", "Försenad"]
    rows.append([outbound])
    rows.append(
        [4, "P-2298", "Radiotillstånd för X-band", "Johan Berg", "Erik Nilsson", "2026-09-28"]
    )
    rows[-1] += ["2026-10-08", "Levererad"]
    return rows


_SV_HEADER: list[object] = [
    "Nr",
    "Från / till (projekt)",
    "Vad",
    "Deras kontakt",
    "Vår kontakt",
    "Behövs senast",
    "Utlovat datum",
    "Läge",
]


def test_swedish_dependency_log_in_two_bands(tmp_path: Path) -> None:
    """A Swedish dependency log: ``Läge`` is its status, ``Deras kontakt`` the other side's
    person and ``Vår kontakt`` ours, ``Från / till (projekt)`` the other project; the band
    rows ``VI BEHÖVER FRÅN ANDRA`` / ``ANDRA BEHÖVER FRÅN OSS`` give each item's side.
    Before, the two contacts were swapped, the status unread and no direction given."""
    rows = _two_bands(_SV_HEADER, "VI BEHÖVER FRÅN ANDRA", "ANDRA BEHÖVER FRÅN OSS")
    adoption = adopt(book(tmp_path / "beroenden.xlsx", "Beroenden", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    mapped = targets(table)
    assert mapped["Från / till (projekt)"] == "counterparty_project_id"
    assert mapped["Deras kontakt"] == "counterparty_owner"
    assert mapped["Vår kontakt"] == "owner"
    assert mapped["Läge"] == "status"
    assert field(adoption, "dependencies", "direction") == ["Inbound"] * 3 + ["Outbound"]
    assert field(adoption, "dependencies", "owner") == [
        "Erik Nilsson",
        "Maja Holm",
        "Maja Holm",
        "Erik Nilsson",
    ]
    assert field(adoption, "dependencies", "counterparty_project_id") == [
        "P-2108",
        "P-2101",
        "P-2346",
        "P-2298",
    ]
    assert field(adoption, "dependencies", "status") == [
        "Delivered",
        "At Risk",
        "Late",
        "Delivered",
    ]
    assert field(adoption, "dependencies", "need_by")[0] == date(2026, 3, 10)


def test_english_band_headings_give_the_side() -> None:
    """The band headings as English PMs write them; a heading naming no side sets none."""
    standards = default_standards()
    assert heading_direction("WE NEED FROM OTHERS", standards) == "Inbound"
    assert heading_direction("What others need from us", standards) == "Outbound"
    assert heading_direction("Inbound dependencies", standards) == "Inbound"
    assert heading_direction("Dependencies on us", standards) == "Outbound"
    assert heading_direction("Phase 2", standards) is None


def test_band_headings_leave_a_direction_column_alone(tmp_path: Path) -> None:
    """A table with its own direction column keeps each row's written direction: the band
    headings fill nothing."""
    header = ["ID", "Dependency", "Direction", "Other project", "Owner", "Need by"]
    rows: list[list[object]] = [header, ["WE NEED FROM OTHERS"]]
    rows.append(["D-001", "Power feed", "Outbound", "P-1", "Ann Lee", "2026-03-01"])
    rows.append(["D-002", "Fibre link", "Inbound", "P-2", "Bob Roe", "2026-04-01"])
    rows.append(["D-003", "Road clearing", "Inbound", "P-3", "Cy Poe", "2026-05-01"])
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert field(adoption, "dependencies", "direction") == ["Outbound", "Inbound", "Inbound"]


def test_italian_milestones_data_baseline_beside_data_prevista(tmp_path: Path) -> None:
    """An Italian milestone plan: ``Data baseline`` (the Italian ``Data`` with the English
    ``baseline``) is the baseline date, so ``Data prevista`` beside it is the forecast (as
    English ``Planned date`` beside a ``Baseline date``); ``Da avviare`` is Not Started.
    Before, ``Data baseline`` was unread and ``Data prevista`` taken for the baseline."""
    header = ["Cod.", "Milestone", "Responsabile", "Data baseline", "Data prevista"]
    header += ["Data effettiva", "Stato"]
    rows: list[list[object]] = [["Piano delle milestone"], [], header]
    for i, (name, state) in enumerate(
        [
            ("Kick-off con il fornitore", "Completata"),
            ("Revisione dei requisiti", "Completata"),
            ("Consegna hardware di archiviazione", "In corso"),
            ("Collaudo di accettazione", "Da avviare"),
        ]
    ):
        done = datetime(2026, 3, 10 + i) if state == "Completata" else None
        rows.append([f"MS-0{i + 1}", name, "M. Ricci", datetime(2026, 3, 1 + i)])
        rows[-1] += [datetime(2026, 3, 10 + i), done, state]
    adoption = adopt(book(tmp_path / "piano.xlsx", "Milestone", rows))
    mapped = targets(only(adoption))
    assert mapped["Data baseline"] == "baseline_date"
    assert mapped["Data prevista"] == "forecast_date"
    assert field(adoption, "milestones", "baseline_date")[3] == date(2026, 3, 4)
    assert field(adoption, "milestones", "forecast_date")[3] == date(2026, 3, 13)
    assert field(adoption, "milestones", "status")[3] == "Not Started"


def test_raid_log_log_date_closed_flag_and_an_issues_rating(tmp_path: Path) -> None:
    """A one-sheet RAID log with no reference column: ``Log date`` is each item's raised
    date, and ``Closed?`` N is Open (Y Closed) on every register. Before, the log date was
    unread and N left empty."""
    header = ["Log date", "Category", "Item", "Who's on it", "Rating", "Closed?"]
    rows: list[list[object]] = [["RAID Log"], [], header]
    rows.append(
        ["18/2/2026", "Issue", "Accessibility checker flags pages", "Declan Moore", "L", "Y"]
    )
    rows.append(["21/3/2026", "Issue", "Irish-language copy late", "Niamh Ryan", "H", "N"])
    rows.append(["27/3/2026", "Assumption", "Team can reuse the photos", "Orla Kelly", None, "N"])
    rows.append(["2/4/2026", "Risk", "Schools may not sign up", "Declan Moore", "M", "N"])
    rows.append(["14/4/2026", "Risk", "Translation budget may be cut", "Niamh Ryan", "L", "Y"])
    rows.append(["13/7/2026", "Dependency", "Single sign-on from IT", "Niamh Ryan", None, "N"])
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", rows))
    assert field(adoption, "issues", "status") == ["Closed", "Open"]
    assert field(adoption, "risks", "status") == ["Open", "Closed"]
    assert field(adoption, "assumptions", "status") == ["Open"]
    assert field(adoption, "dependencies", "status") == ["Open"]
    assert field(adoption, "issues", "raised_date") == [date(2026, 2, 18), date(2026, 3, 21)]
    assert field(adoption, "risks", "raised_date") == [date(2026, 4, 2), date(2026, 4, 14)]


def test_resolved_flag_no_still_left_empty(tmp_path: Path) -> None:
    """``Resolved?`` answered N still says only "not yet" (Open or In Progress): empty."""
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Resolved?"]]
    rows.append(["I-001", "Printer fails on the third floor", "Ann Lee", "Y"])
    rows.append(["I-002", "Badge reader offline at gate two", "Bob Roe", "N"])
    rows.append(["I-003", "Wi-Fi drops in meeting room four", "Cy Poe", "N"])
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert field(adoption, "issues", "status") == ["Resolved", None, None]


def _ecss_register(letters: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["PAYLOAD MODULE - RISK REGISTER"], []]
    rows.append(["Risk No.", "Risk scenario (cause - event)", "Likelihood", "Severity"])
    rows[-1] += ["Actionee", "Status"]
    texts = [
        "Vibration test facility unavailable during refurbishment",
        "Exchange-rate movement raises the optics subcontract",
        "Star tracker firmware not frozen before integration",
        "Thermal balance test shows radiator margin below 5 K",
    ]
    for i, (text, letter) in enumerate(zip(texts, letters, strict=True)):
        rows.append([f"PL-R-{12 + i:03d}", text, letter, 1 + i, "K. Bakker", "Open"])
    rows += [[], ["Likelihood: A = Minimum, B = Low, C = Medium, D = High, E = Maximum"]]
    return rows


def test_likelihood_letters_read_by_the_tables_own_legend(tmp_path: Path) -> None:
    """An ECSS-style register writes its likelihood as letters and spells them out under
    the table (``A = Minimum ... E = Maximum``): each letter is read as its word, Minimum
    the lowest level and Maximum the highest, even where the column holds three letters or
    more (the handbook's A = Almost certain runs the other way). Before, two letters were
    left out and three read A = 5."""
    for letters, levels in (
        (["C", "D", "D", "C"], [3.0, 4.0, 4.0, 3.0]),
        (["B", "C", "E", "A"], [2.0, 3.0, 5.0, 1.0]),
    ):
        adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _ecss_register(letters)))
        assert targets(only(adoption))["Likelihood"] == "probability"
        assert field(adoption, "risks", "probability") == levels


def test_a_subsystems_register_code_keeps_its_number(tmp_path: Path) -> None:
    """``PL-R-012``: the payload's (``PL``) risk (``R``) number 12 is ``R-012``; a code whose
    last letters are not the register's (``PL-X-012``) or with a job number first
    (``DN-0417-R3``) keeps no number."""
    adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _ecss_register(["C"] * 4)))
    assert field(adoption, "risks", "id") == ["R-012", "R-013", "R-014", "R-015"]
    from addin.adopt.ids import _number

    assert _number("PL-R-012", "R") == 12
    assert _number("GS-RSK-07", "R") == 7
    assert _number("PL-X-012", "R") is None
    assert _number("DN-0417-R3", "R") is None


def test_french_decision_log_instance_is_who_decided(tmp_path: Path) -> None:
    """A French relevé de décisions names the body that took each decision under
    ``Instance`` (``Comité technique``, ``CoPil``): the decision's maker. Before, unread."""
    rows: list[list[object]] = [["RELEVÉ DES DÉCISIONS"], []]
    rows.append(["N°", "Date", "Instance", "Décision", "Motif"])
    rows.append(["1", "08/12/2025", "Comité technique", "Le banc de test est mutualisé", "Coût"])
    rows.append(["2", "10/12/2025", "CoPil", "La formation passe en distanciel", "Déplacements"])
    rows.append(["3", "03/02/2026", "CoPil", "Une provision de 5 % est ajoutée", "Audit à venir"])
    adoption = adopt(book(tmp_path / "releve.xlsx", "Décisions", rows))
    assert targets(only(adoption))["Instance"] == "made_by"
    assert field(adoption, "decisions", "made_by") == ["Comité technique", "CoPil", "CoPil"]
    assert field(adoption, "decisions", "date")[0] == date(2025, 12, 8)


def test_polish_assumption_register_if_it_does_not_hold(tmp_path: Path) -> None:
    """A Polish assumption register: ``Jeśli się nie sprawdzi, to…`` (if it does not hold,
    then...) is the impact if false, and ``obalone`` (refuted) is Invalid. Before, both
    were unread."""
    header = ["Data wpisu", "Założenie", "Jeśli się nie sprawdzi, to…", "Kto sprawdza"]
    header += ["Termin weryfikacji", "Stan"]
    rows: list[list[object]] = [["Rejestr założeń projektu"], [], header]
    rows.append(["21.01.2026", "Chmura w regionie UE wystarczy", "Zmiana zakresu", "Anna Nowak"])
    rows[-1] += ["18.03.2026", "potwierdzone"]
    rows.append(["18.02.2026", "Rolnicy udostępnią granice", "Opóźnienie", "Piotr Wójcik"])
    rows[-1] += ["03.05.2026", "obalone"]
    rows.append(["09.03.2026", "Partner dostarczy model plonów", "Koszt licencji", "Ewa Lis"])
    rows[-1] += ["18.04.2026", "otwarte"]
    adoption = adopt(book(tmp_path / "zalozenia.xlsx", "Założenia", rows))
    assert targets(only(adoption))["Jeśli się nie sprawdzi, to…"] == "impact_if_false"
    assert field(adoption, "assumptions", "impact_if_false") == [
        "Zmiana zakresu",
        "Opóźnienie",
        "Koszt licencji",
    ]
    assert field(adoption, "assumptions", "status") == ["Validated", "Invalid", "Open"]


def test_highlight_reports_summary_label_with_its_period(tmp_path: Path) -> None:
    """A highlight report's ``Summary of progress this period`` is the status summary: the
    period after the label says only when. ``Budget this period`` names no summary."""
    text = "Planning consent received. Tender returns higher than estimate."
    rows: list[list[object]] = [["HIGHLIGHT REPORT"], []]
    rows.append(["Project name", "Visitor Centre Refurbishment"])
    rows.append(["Project manager", "Rob Kettering"])
    rows.append(["Summary of progress this period", text])
    rows.append([])
    rows.append(["Ref", "Milestone", "Planned", "Completed"])
    rows.append(["M1", "Design freeze", datetime(2025, 11, 11), datetime(2025, 11, 18)])
    rows.append(["M2", "Planning consent", datetime(2026, 1, 11), None])
    rows.append(["M3", "Contractor on site", datetime(2026, 3, 2), None])
    adoption = adopt(book(tmp_path / "highlight.xlsx", "Highlight Report", rows))
    assert adoption.project.header.status_summary == text
    assert adoption.project.header.project_name == "Visitor Centre Refurbishment"
    from addin.adopt.project import _field_for

    assert _field_for("Key messages this month") == "status_summary"
    assert _field_for("Budget this period") is None


def test_closed_flag_never_ticked_leaves_the_status_column(tmp_path: Path) -> None:
    """A board's CSV export writes ``Closed`` false on every card beside its ``List`` (the
    card's state): a flag never answered yes is no status, the list's name stays it (a
    column of checkboxes, booleans, is round 28's flag even when none is ticked)."""
    rows: list[list[object]] = [["Card ID", "Card Name", "List", "Members", "Closed"]]
    rows.append(["a1", "Invoice run fails for EU customers", "In Progress", "Ann Lee", "false"])
    rows.append(["a2", "Tax codes missing on credit notes", "Done", "Bob Roe", "false"])
    rows.append(["a3", "Dunning letters sent twice", "In Progress", "Cy Poe", "false"])
    adoption = adopt(book(tmp_path / "board.xlsx", "Issues", rows))
    mapped = targets(only(adoption))
    assert mapped["Closed"] != "status"
    assert field(adoption, "issues", "status")[0] == "In Progress"
