"""Round 41 (task ox41b): the leftovers of t52d (the hundred-and-nineteenth batch) and rt41
mended as general rules, each on a small workbook of its own shape, with a near miss."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.languages import ungendered
from tests.adopt_sheets import adopt, book, field, only, targets


def _milestones(status_done: str) -> list[list[object]]:
    return [
        ["Meilenstein", "Ende", "Status"],
        ["Planung freigegeben", datetime(2026, 2, 1), status_done],
        ["Rohbau fertig", datetime(2026, 6, 1), "In Arbeit"],
        ["Abnahme", datetime(2026, 9, 1), "Nicht begonnen"],
    ]


def test_german_abgeschlossen_is_a_milestones_complete(tmp_path: Path) -> None:
    """German ``Abgeschlossen`` is finished (P6's and MS Project's German Completed): a
    milestone's Complete, not the Closed a milestone list keeps for one dropped."""
    adoption = adopt(book(tmp_path / "m.xlsx", "Meilensteine", _milestones("Abgeschlossen")))
    assert only(adoption).register == "milestones"
    assert field(adoption, "milestones", "status")[0] == "Complete"


def test_german_geschlossen_stays_closed_and_a_risk_abgeschlossen_is_closed(
    tmp_path: Path,
) -> None:
    """Near misses: ``Geschlossen`` (closed) on a milestone stays Closed; a risk register's
    ``abgeschlossen`` is Closed (the risk list has no Complete)."""
    adoption = adopt(book(tmp_path / "m.xlsx", "Meilensteine", _milestones("Geschlossen")))
    assert field(adoption, "milestones", "status")[0] == "Closed"
    rows: list[list[object]] = [
        ["Risiko-ID", "Risiko", "Verantwortlich", "Status"],
        ["R-1", "Lieferant liefert zu spät", "A. Huber", "offen"],
        ["R-2", "Schlüsselpersonal fällt aus", "B. Meier", "abgeschlossen"],
        ["R-3", "Budget wird gekürzt", "A. Huber", "offen"],
    ]
    risks = adopt(book(tmp_path / "r.xlsx", "Risiken", rows))
    assert only(risks).register == "risks"
    assert field(risks, "risks", "status") == ["Open", "Closed", "Open"]


def test_german_gendered_labels_read_as_their_word() -> None:
    """``Auftraggeber/in``, ``Projektleiter:in``, ``*in``, ``_in``, ``(in)``, Binnen-I: the
    word; ``Order/Invoice`` and a colon before a word (``Status: in progress``) are kept."""
    for label in ("Projektleiter/in", "Projektleiter:in", "Projektleiter*in", "ProjektleiterIn"):
        assert ungendered(label) == "Projektleiter"
    assert ungendered("Projektleiter_in:") == "Projektleiter:"
    assert ungendered("Auftraggeber(in):") == "Auftraggeber:"
    assert ungendered("Mitarbeiter/-innen") == "Mitarbeiter"
    assert ungendered("Order/Invoice") == "Order/Invoice"
    assert ungendered("Status: in progress") == "Status: in progress"


def test_gendered_title_block_names_sponsor_and_project_manager(tmp_path: Path) -> None:
    """A HERMES-style decision log whose title block says ``Auftraggeber/in:`` and
    ``Projektleiter/in:``: the sponsor and the project manager, as without the ending."""
    rows: list[list[object]] = [
        ["Entscheidungsprotokoll"],
        ["Projekt:", "Neubau Werkhof Süd"],
        ["Auftraggeber/in:", "Regula Vontobel"],
        ["Projektleiter/in:", "Nadia Ammann"],
        [None],
        ["Nr.", "Datum", "Entscheid", "Entscheidungsinstanz", "Begründung"],
        [1, datetime(2026, 3, 2), "Variante B wird umgesetzt", "Projektausschuss", "Kosten"],
        [2, datetime(2026, 3, 9), "Vergabe an Firma Keller", "Projektausschuss", "Preis"],
        [3, datetime(2026, 4, 1), "Termin Abnahme verschoben", "Auftraggeberin", "Wetter"],
    ]
    adoption = adopt(book(tmp_path / "d.xlsx", "Entscheide", rows))
    assert adoption.project.header.sponsor == "Regula Vontobel"
    assert adoption.project.header.project_manager == "Nadia Ammann"


def _change_list(id_head: str, prefix: str) -> list[list[object]]:
    head = [id_head, "Art", "Titel", "Gemeldet am", "Bearbeiter", "Dringlichkeit", "Status"]
    rows: list[list[object]] = [[*head, "Erledigt am"]]
    data = [
        ("Problemmeldung", "Pumpe 3 meldet Störung", "H. Schulze", "hoch", "eingereicht"),
        ("Änderungsantrag", "SMS-Alarmierung", "B. Krüger", "mittel", "in Bearbeitung"),
        ("Änderungsantrag", "Chlordosierung", "T. Neumann", "niedrig", "erledigt"),
        ("Problemmeldung", "Archivierung bricht ab", "E. Wolf", "mittel", "in Bearbeitung"),
    ]
    for i, (art, title, who, urgency, status) in enumerate(data):
        done = datetime(2026, 2, 20) if status == "erledigt" else None
        raised = datetime(2026, 1, 5 + 7 * i)
        rows.append([f"{prefix}-00{i + 1}", art, title, raised, who, urgency, status, done])
    return rows


def test_header_naming_its_codes_letters_is_the_id(tmp_path: Path) -> None:
    """``PÄ-Nr.`` over ``PÄ-001``, ``PÄ-002``: the header names the codes' letters and a
    number word, so the column is the ID; a submitted (``eingereicht``) report is open."""
    adoption = adopt(book(tmp_path / "p.xlsx", "PÄ-Liste", _change_list("PÄ-Nr.", "PÄ")))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["PÄ-Nr."] == "id"
    assert field(adoption, "issues", "status")[0] == "Open"


def test_header_of_other_letters_than_its_codes_is_no_id(tmp_path: Path) -> None:
    """Near miss: ``PÄ-Nr.`` over ``AB-001`` (the header's letters are not the codes') is
    not read as the ID by this rule."""
    adoption = adopt(book(tmp_path / "p.xlsx", "PÄ-Liste", _change_list("PÄ-Nr.", "AB")))
    assert targets(only(adoption))["PÄ-Nr."] is None


def _decisions(maker: list[str]) -> list[list[object]]:
    texts = ["Move the ledger to managed Postgres", "Pin the kernel", "Retire the old box"]
    days = [datetime(2026, 1, 5), datetime(2026, 1, 9), datetime(2026, 2, 2)]
    rows: list[list[object]] = [["Decision ID", "Date", "Decision", "Instance", "Rationale"]]
    for i, (text, day, who) in enumerate(zip(texts, days, maker, strict=True)):
        rows.append([f"D-0{i + 1}", day, text, who, "Cost"])
    return rows


def test_server_ids_are_no_decisions_maker(tmp_path: Path) -> None:
    """An IT decision log's ``Instance`` over ``i-0abc123``, ``prod-eu-1``: the server the
    decision is about, not who made it."""
    rows = _decisions(["i-0abc123", "prod-eu-1", "i-0def456"])
    adoption = adopt(book(tmp_path / "d.xlsx", "Decision log", rows))
    assert targets(only(adoption))["Instance"] is None
    assert field(adoption, "decisions", "made_by") == [None, None, None]


def test_bodies_under_instance_stay_the_maker(tmp_path: Path) -> None:
    """Near miss: ``Instance`` over the bodies that decided stays the maker."""
    rows = _decisions(["Technical committee", "Steering committee", "Project review"])
    adoption = adopt(book(tmp_path / "d.xlsx", "Decision log", rows))
    assert field(adoption, "decisions", "made_by")[0] == "Technical committee"


def _risks(closed_by: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Risk ID", "Risk", "Owner", "Status", "Closed by"]]
    titles = ["Supplier late", "Key staff leave", "Budget cut", "Scope creep"]
    for i, (title, by) in enumerate(zip(titles, closed_by, strict=True)):
        rows.append([f"R-{i + 1}", title, "A. Smith", "Closed" if by else "Open", by])
    return rows


def test_closed_by_with_one_name_is_no_closed_date(tmp_path: Path) -> None:
    """``Closed by`` with one row's ``C. Brown``: who closed it, not the closed date."""
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", _risks([None, "C. Brown", None, None])))
    assert targets(only(adoption))["Closed by"] is None


def test_closed_by_over_dates_is_the_closed_date(tmp_path: Path) -> None:
    """Near miss: ``Closed by`` over a date is still the closed date."""
    rows = _risks([None, datetime(2026, 2, 1), None, None])
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", rows))
    assert targets(only(adoption))["Closed by"] == "closed_date"
    assert field(adoption, "risks", "closed_date")[1] == date(2026, 2, 1)


def _register(refs: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Risk", "Owner", "Status"]]
    for ref, title in zip(refs, ["Supplier late", "Key staff leave", "Budget cut"], strict=True):
        rows.append([ref, title, "A. Smith", "Open"])
    return rows


def test_change_tickets_are_no_risk_ids(tmp_path: Path) -> None:
    """A risk register's ``Ref`` of ``CHG0012345``: a change ticket of another tool; the
    risks are numbered afresh (no ``R-12345``)."""
    rows = _register(["CHG0012345", "CHG0012399", "CHG0012401"])
    adoption = adopt(book(tmp_path / "r.xlsx", "Risk register", rows))
    assert field(adoption, "risks", "id") == ["R-001", "R-002", "R-003"]


def test_risk_tickets_keep_their_number(tmp_path: Path) -> None:
    """Near miss: ``RSK0012345`` is the risk's own number, kept."""
    rows = _register(["RSK0012345", "RSK0012399", "RSK0012401"])
    adoption = adopt(book(tmp_path / "r.xlsx", "Risk register", rows))
    assert field(adoption, "risks", "id") == ["R-12345", "R-12399", "R-12401"]


def _plan(heads: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Milestone", *heads, "Status"]]
    data = [
        ("Design frozen", datetime(2026, 3, 1), datetime(2026, 3, 15), "Complete"),
        ("Build done", datetime(2026, 5, 1), datetime(2026, 6, 1), "In progress"),
        ("Go live", datetime(2026, 7, 1), datetime(2026, 7, 1), "Not started"),
    ]
    for name, first, now, status in data:
        rows.append([name, *([first, now] if len(heads) == 2 else [now]), status])
    return rows


def test_target_date_beside_its_original_is_the_forecast(tmp_path: Path) -> None:
    """``Original target date | Target date``: the first plan and the date as it stands."""
    heads = ["Original target date", "Target date"]
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", _plan(heads)))
    assert field(adoption, "milestones", "baseline_date")[1] == date(2026, 5, 1)
    assert field(adoption, "milestones", "forecast_date")[1] == date(2026, 6, 1)


def test_target_date_alone_stays_the_baseline(tmp_path: Path) -> None:
    """Near miss: ``Target date`` alone is the baseline, as before."""
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", _plan(["Target date"])))
    assert field(adoption, "milestones", "baseline_date")[1] == date(2026, 6, 1)
    assert field(adoption, "milestones", "forecast_date") == [None, None, None]
