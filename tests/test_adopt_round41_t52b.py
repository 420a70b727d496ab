"""Round 41 (task t52b): tuning on the hundred-and-sixteenth batch (supplier and
consultancy reports). Each rule on a small workbook of its own shape: a Dutch findings log,
a Norwegian book of a committee's resolutions, a Czech list of the client's cooperation, a
Hungarian offer's assumptions confirmed by the client, an Austrian book of invoices
received with a bare net amount, and the other rules of the round's section in
docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, best_candidate, book, column, field, finance_by_line, only


def test_a_dutch_findings_log_is_the_issue_log(tmp_path: Path) -> None:
    """``Bevindingen`` (findings) names the issue log as English ``Findings`` does; its
    ``Ernst`` (severity) reads Dutch ``Blokkerend`` as a blocker (5) and ``Cosmetisch`` as
    cosmetic (1)."""
    rows: list[list[object]] = [
        ["Bevindingenlog acceptatietest"],
        [],
        [
            "Bevinding",
            "Gemeld op",
            "Omschrijving",
            "Prioriteit",
            "Ernst",
            "Toegewezen aan",
            "Status",
        ],
        ["B-1", "19-1-2026", "IBAN geeft fout 500", "Laag", "Blokkerend", "Eva Jansen", "Gesloten"],
        ["B-2", "19-2-2026", "Mail komt niet aan", "Hoog", "Ernstig", "Mehmet Yilmaz", "Nieuw"],
        ["B-3", "14-4-2026", "Knop te klein", "Middel", "Cosmetisch", "Eva Jansen", "Opgelost"],
    ]
    adoption = adopt(book(tmp_path / "bevindingen.xlsx", "Bevindingen", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert column(table, "Omschrijving").target == "title"
    assert column(table, "Ernst").target == "severity"
    assert field(adoption, "issues", "severity")[0] == 5
    assert field(adoption, "issues", "severity")[2] == 1
    assert field(adoption, "issues", "status") == ["Closed", "Open", "Resolved"]
    assert field(adoption, "issues", "owner")[1] == "Mehmet Yilmaz"


def test_a_norwegian_book_of_resolutions_is_the_decision_log(tmp_path: Path) -> None:
    """``Vedtak`` (the resolution) is the decision, ``Grunnlag`` (the basis) its
    rationale, ``Vedtatt av`` who made it, ``Møtedato`` its date; ``Sak`` (the case's
    subject) stays unread."""
    assert best_candidate("Vedtak", "decisions") == ("decision", 1.0)
    assert best_candidate("Grunnlag", "decisions") == ("rationale", 1.0)
    rows: list[list[object]] = [
        ["Vedtaksprotokoll – byggekomiteen"],
        [],
        ["Saksnr.", "Sak", "Vedtak", "Grunnlag", "Vedtatt av", "Møtedato"],
        [
            "04/26",
            "Tid",
            "Salen stenges fra juni",
            "Gir to måneder ekstra",
            "Ingrid Haugen",
            "30.01.2026",
        ],
        [
            "07/26",
            "Ventilasjon",
            "Ventilasjon under stolene",
            "Lavt støynivå",
            "Kari Solberg",
            "20.02.2026",
        ],
        [
            "09/26",
            "Scene",
            "Orkesterløft beholdes",
            "Unngår ny grunnmur",
            "Lars Bakke",
            "23.03.2026",
        ],
    ]
    adoption = adopt(book(tmp_path / "vedtak.xlsx", "Vedtak", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert column(table, "Sak").target is None
    assert column(table, "Vedtatt av").target == "made_by"
    assert field(adoption, "decisions", "decision")[1] == "Ventilasjon under stolene"
    assert field(adoption, "decisions", "rationale")[2] == "Unngår ny grunnmur"
    assert field(adoption, "decisions", "date")[0] == date(2026, 1, 30)


def test_a_czech_list_of_the_clients_cooperation_is_the_dependency_log(tmp_path: Path) -> None:
    """``Součinnost objednatele`` (the cooperation a supplier needs from its client) is a
    dependency on the client: ``Požadovaná součinnost`` its title, ``Odpovídá`` who answers
    for it, ``Termín`` when it is needed, ``Splněno dne`` when it was met."""
    rows: list[list[object]] = [
        ["Přehled součinnosti objednatele"],
        [],
        ["Č.", "Požadovaná součinnost", "Odpovídá (objednatel)", "Termín", "Splněno dne", "Stav"],
        [1, "Schválení vzoru průkazu", "Tomáš Procházka", "21. 1. 2026", "24. 1. 2026", "Splněno"],
        [2, "Export záznamů", "Petr Dvořák", "25. 2. 2026", "16. 2. 2026", "Splněno"],
        [3, "Zřízení VPN přístupu", "Jana Nováková", "2. 4. 2026", None, "Otevřeno"],
    ]
    adoption = adopt(book(tmp_path / "soucinnost.xlsx", "Součinnost", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    assert column(table, "Požadovaná součinnost").target == "title"
    assert column(table, "Splněno dne").target == "closed_date"
    assert field(adoption, "dependencies", "need_by")[2] == date(2026, 4, 2)
    assert field(adoption, "dependencies", "closed_date")[1] == date(2026, 2, 16)
    assert field(adoption, "dependencies", "status") == ["Delivered", "Delivered", "Open"]


def test_a_flag_naming_who_confirmed_is_the_status(tmp_path: Path) -> None:
    """A yes / no flag naming the party that answered it (``Client confirmed?``, Hungarian
    ``Megrendelő visszaigazolta``: the client confirmed) is the status the flag names
    (Validated) as ``Confirmed?`` is; *no* and blank stay empty. The Hungarian ``Ha nem
    teljesül`` (if it is not met) is the impact if false, ``Visszaigazolás határideje`` (the
    deadline to confirm) the validate-by date."""
    rows: list[list[object]] = [
        ["Az ajánlat feltételezései"],
        [],
        [
            "Pont",
            "Feltételezés",
            "Ha nem teljesül",
            "Visszaigazolás határideje",
            "Megrendelő visszaigazolta",
        ],
        ["1.1", "A színek a kézikönyvet követik", "Új javaslat", "2026. 01. 21.", "Nem"],
        ["1.2", "Az alaprajzok DWG-ben jönnek", "Felmérés díjjal", "2026. 01. 28.", "Igen"],
        ["1.3", "Nem kell építési engedély", "Hosszabb határidő", "2026. 02. 02.", None],
    ]
    adoption = adopt(book(tmp_path / "feltetelezesek.xlsx", "Feltételezések", rows))
    table = only(adoption)
    assert table.register == "assumptions"
    assert column(table, "Megrendelő visszaigazolta").target == "status"
    assert field(adoption, "assumptions", "status") == [None, "Validated", None]
    assert field(adoption, "assumptions", "impact_if_false")[1] == "Felmérés díjjal"
    assert field(adoption, "assumptions", "validate_by")[0] == date(2026, 1, 21)
    rows = [
        ["Assumption", "Owner", "Client confirmed?"],
        ["Site access from 7am", "Ann Lee", "Yes"],
        ["Drawings supplied as DWG", "Ann Lee", "No"],
    ]
    adoption = adopt(book(tmp_path / "assumptions.xlsx", "Assumptions", rows))
    assert column(only(adoption), "Client confirmed?").target == "status"
    assert field(adoption, "assumptions", "status") == ["Validated", None]


def test_a_flag_naming_a_party_but_no_status_stays_unread(tmp_path: Path) -> None:
    """Near-miss: ``Escalated to client?`` Yes / No names a party but no status that ends
    an item's life: no status flag."""
    rows: list[list[object]] = [
        ["Issue", "Owner", "Status", "Escalated to client?"],
        ["Late drawings", "Ann Lee", "Open", "Yes"],
        ["Crane booking", "Bo Chan", "Closed", "No"],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    table = only(adoption)
    assert column(table, "Status").target == "status"
    assert column(table, "Escalated to client?").target != "status"
    assert field(adoption, "issues", "status") == ["Open", "Closed"]


def test_a_bare_net_in_an_invoice_register_is_each_invoices_amount(tmp_path: Path) -> None:
    """An Austrian ``Rechnungseingangsbuch`` (book of invoices received): its ``Netto €``
    with no tax column beside it is each invoice's amount (the actual), by ``Gewerk`` (the
    trade: the cost line) and ``Leistungsmonat`` (the month the work was done); the firm
    paid stays unread as the trade is the line."""
    rows: list[list[object]] = [
        ["Rechnungseingangsbuch"],
        [],
        ["Lfd. Nr.", "Firma", "Rechnungs-Nr.", "Leistungsmonat", "Gewerk", "Netto €"],
        [1, "Tischlerei Aigner", "2026551", "01/2026", "Fenster und Türen", "26.949,39"],
        [2, "Hofer Bau GmbH", "2026297", "01/2026", "Baumeisterarbeiten", "33.110,94"],
        [3, "Hofer Bau GmbH", "2026471", "02/2026", "Baumeisterarbeiten", "76.598,50"],
    ]
    adoption = adopt(book(tmp_path / "rechnungen.xlsx", "Rechnungseingang", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert column(table, "Netto €").target == "actual"
    assert column(table, "Gewerk").target == "cost_line"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Fenster und Türen")].actual == 26949.39
    assert lines[(date(2026, 2, 1), "Baumeisterarbeiten")].actual == 76598.5


def test_a_bare_net_outside_an_invoice_register_stays_unread(tmp_path: Path) -> None:
    """Near-miss: a ``Net`` column with no tax beside it in a table that names no invoices
    (a headcount's net change) is no amount."""
    rows: list[list[object]] = [
        ["Team changes"],
        [],
        ["Month", "Team", "Joiners", "Leavers", "Net"],
        ["Jan 2026", "Build", 3, 1, 2],
        ["Feb 2026", "Build", 1, 2, -1],
        ["Mar 2026", "Test", 2, 0, 2],
    ]
    adoption = adopt(book(tmp_path / "team.xlsx", "Team", rows))
    assert not adoption.project.finance


def test_a_paid_flag_is_no_milestone_status(tmp_path: Path) -> None:
    """A payment schedule's ``Paid`` Yes / No (German ``Bezahlt``) says whether the money
    moved, not whether the milestone was reached (its ``Accepted On`` date says that): no
    status flag, left out; an ``Achieved?`` flag is still the status."""
    rows: list[list[object]] = [
        ["No.", "Payment Milestone", "Planned Date", "Accepted On", "Paid"],
        [1, "Mobilisation", "2026-01-16", "2026-01-18", "No"],
        [2, "Discovery", "2026-03-13", "2026-03-23", "Yes"],
        [3, "Launch", "2026-05-08", None, None],
    ]
    adoption = adopt(book(tmp_path / "payments.xlsx", "Payment Schedule", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "Paid").target is None
    assert field(adoption, "milestones", "actual_date")[1] == date(2026, 3, 23)
    rows = [
        ["Milestone", "Planned Date", "Bezahlt"],
        ["Mobilisation", "2026-01-16", "Ja"],
        ["Launch", "2026-05-08", "Nein"],
    ]
    adoption = adopt(book(tmp_path / "zahlplan.xlsx", "Meilensteine", rows))
    assert column(only(adoption), "Bezahlt").target != "status"
    rows = [
        ["Milestone", "Planned Date", "Achieved?"],
        ["Mobilisation", "2026-01-16", "Yes"],
        ["Launch", "2026-05-08", "No"],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert column(only(adoption), "Achieved?").target == "status"
    assert field(adoption, "milestones", "status")[0] == "Complete"
