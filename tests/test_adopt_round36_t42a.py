"""Round 36 (task t42a): tuning on the eighty-eighth batch (supplier and consultancy
reports from contractors and integrators). Each rule on a small workbook of its own shape:
a schedule of what the client must supply, a supplier's invoice log in German, a query
log's Awaiting response / Answered states, an NCR's issued and close-out dates, a party
named by its role, a manpower histogram refused as money."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import adopt, books, field, finance_by_line, only, registers, targets


def test_owner_furnished_equipment_schedule_is_a_dependency_register(tmp_path: Path) -> None:
    """A contractor's ``Owner furnished equipment`` schedule: each item the owner must
    supply, by the date it is needed on site; its title names the register, its one need
    date confirms it."""
    rows: list[list[object]] = [
        ["Pump station upgrade - Owner furnished equipment schedule"],
        [],
        ["OFE ref", "Equipment", "Needed on site", "Owner contact", "Status"],
        ["OFE-1", "Duty pump motors (2 No.)", datetime(2026, 5, 4), "Hemi Walker", "Delivered"],
        ["OFE-2", "Variable speed drives", datetime(2026, 5, 18), "Aroha Smith", "Late"],
        ["OFE-3", "SCADA outstation", datetime(2026, 6, 1), "Hemi Walker", "Open"],
        ["OFE-4", "Telemetry radio licence", datetime(2026, 6, 22), "Aroha Smith", "Open"],
    ]
    adoption = adopt(books(tmp_path / "ofe.xlsx", {"OFE": rows}))
    assert registers(adoption) == ["dependencies"]
    assert field(adoption, "dependencies", "need_by") == [
        date(2026, 5, 4),
        date(2026, 5, 18),
        date(2026, 6, 1),
        date(2026, 6, 22),
    ]
    assert field(adoption, "dependencies", "status")[:2] == ["Delivered", "Late"]


def test_client_supplied_items_without_a_need_date_is_not_adopted(tmp_path: Path) -> None:
    """The same title over a list with no date (a packing list of the items) tracks
    nothing by a date: no dependency register."""
    rows: list[list[object]] = [
        ["Client supplied items - packing list"],
        [],
        ["Item", "Quantity", "Remarks"],
        ["Anchor bolts M24", "48 pcs", "In crate 3"],
        ["Grout bags", "20 bags", "On pallet"],
        ["Rail clips", "200 pcs", "In crate 5"],
    ]
    adoption = adopt(books(tmp_path / "csi.xlsx", {"Items": rows}))
    assert "dependencies" not in registers(adoption)


def _invoice_rows(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Verwaltungsgebäude - Facility Management"], [], head]
    for day, service, net in [
        ("14.01.2026", "Unterhaltsreinigung", 4200.0),
        ("20.01.2026", "Hauswartung", 1850.0),
        ("13.02.2026", "Unterhaltsreinigung", 4350.0),
        ("19.02.2026", "Hauswartung", 1700.0),
        ("16.03.2026", "Unterhaltsreinigung", 4100.0),
    ]:
        rows.append(["R-" + day[:2], day, service, net, round(net * 0.081, 2), net * 1.081])
    return rows


def test_german_invoice_log_by_service_is_the_spend(tmp_path: Path) -> None:
    """A facilities supplier's invoices on a sheet ``Rechnungen`` (invoices): ``Leistung``
    (the service billed) is the line, ``Netto`` beside ``MWST`` and ``Brutto`` the actual,
    ``Datum`` the month."""
    head = ["Rechnung Nr.", "Datum", "Leistung", "Netto CHF", "MWST 8.1%", "Brutto"]
    adoption = adopt(books(tmp_path / "re.xlsx", {"Rechnungen": _invoice_rows(head)}))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Unterhaltsreinigung")].actual == 4200.0
    assert lines[(date(2026, 2, 1), "Hauswartung")].actual == 1700.0
    assert targets(only(adoption))["Brutto"] is None


def test_english_invoice_log_by_service_is_the_spend(tmp_path: Path) -> None:
    """The same log in English: ``Service`` is the line an ``Invoices`` sheet bills."""
    head = ["Invoice No.", "Date", "Service", "Net CHF", "VAT 8.1%", "Gross"]
    adoption = adopt(books(tmp_path / "inv.xlsx", {"Invoices": _invoice_rows(head)}))
    assert registers(adoption) == ["finance"]
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Unterhaltsreinigung")].actual == 4100.0


def test_query_log_awaiting_response_and_answered(tmp_path: Path) -> None:
    """A technical query log's states: ``Awaiting response`` is Open, ``Answered`` the
    issue's Resolved (answered, not yet closed out), ``Closed`` Closed."""
    rows: list[list[object]] = [
        ["Technical query log"],
        [],
        ["TQ No.", "Query", "Date raised", "Reply required by", "Status"],
        [
            "TQ-01",
            "Confirm kerb type at the bus bays",
            "2/2/2026",
            datetime(2026, 2, 9),
            "Answered",
        ],
        ["TQ-02", "Drainage outfall level", "5/2/2026", datetime(2026, 2, 12), "Awaiting response"],
        ["TQ-03", "Canopy steel paint colour", "9/2/2026", datetime(2026, 2, 16), "Closed"],
        ["TQ-04", "Ticket office door hardware", "13/2/2026", datetime(2026, 2, 20), "Answered"],
    ]
    adoption = adopt(books(tmp_path / "tq.xlsx", {"TQ log": rows}))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "status") == ["Resolved", "Open", "Closed", "Resolved"]


def test_ncr_date_issued_and_close_out(tmp_path: Path) -> None:
    """A non-conformance log's ``Date issued`` is when each NCR was raised, its
    ``Close-out`` when it was closed (blank while open)."""
    rows: list[list[object]] = [
        ["Non-conformance register"],
        [],
        ["NCR", "Date issued", "Description", "Responsible", "Close-out", "Status"],
        [
            "NCR-101",
            datetime(2026, 1, 5),
            "Weld undercut",
            "Ana Silva",
            datetime(2026, 1, 20),
            "Closed",
        ],
        ["NCR-102", datetime(2026, 1, 9), "Bolt torque not recorded", "Rui Costa", None, "Open"],
        ["NCR-103", datetime(2026, 2, 2), "Primer missing on splice", "Ana Silva", None, "Open"],
    ]
    adoption = adopt(books(tmp_path / "ncr.xlsx", {"NCR": rows}))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 1, 5),
        date(2026, 1, 9),
        date(2026, 2, 2),
    ]
    assert field(adoption, "issues", "closed_date") == [date(2026, 1, 20), None, None]


def test_manpower_histogram_is_no_money(tmp_path: Path) -> None:
    """A contractor's ``Planned manpower histogram (heads on site)``: trades down, months
    across, people on site and their total (over a hundred in a month): no finance table
    (its heads are no money), whatever ``Planned`` says."""
    months = [datetime(2026, m, 1) for m in range(1, 7)]
    trades = {
        "Masons": [35, 35, 20, 20, 12, None],
        "Carpenters": [20, 35, 35, 20, 8, 4],
        "Steel fixers": [12, 20, 35, 35, 20, 8],
        "Electricians": [None, 8, 20, 35, 35, 20],
    }
    rows: list[list[object]] = [
        ["Depot extension - Planned manpower histogram (heads on site)"],
        [],
        ["Trade", *months],
        *([trade, *heads] for trade, heads in trades.items()),
        [
            "Total manpower",
            *(sum(h or 0 for h in col) for col in zip(*trades.values(), strict=True)),
        ],
    ]
    adoption = adopt(books(tmp_path / "mp.xlsx", {"Histogram": rows}))
    assert "finance" not in registers(adoption)


def test_party_named_by_its_role_is_no_owner(tmp_path: Path) -> None:
    """An RFI log's ``Addressed to`` holding ``The Engineer``, ``Architect``: a party
    of the contract named by its role, no person (one role on most rows, as one person would
    be): no owner by its values."""
    rows: list[list[object]] = [
        ["RFI log"],
        [],
        ["RFI", "Subject", "Response required by", "Addressed to", "Status"],
        ["RFI-1", "Pile cut-off level", datetime(2026, 3, 9), "The Engineer", "Closed"],
        ["RFI-2", "Roof drain sizes", datetime(2026, 3, 16), "The Engineer", "Open"],
        ["RFI-3", "Lift pit depth", datetime(2026, 3, 23), "Architect", "Open"],
        ["RFI-4", "Door schedule revision", datetime(2026, 3, 30), "The Engineer", "Open"],
    ]
    adoption = adopt(books(tmp_path / "rfi.xlsx", {"RFI": rows}))
    assert registers(adoption) == ["issues"]
    assert targets(only(adoption))["Addressed to"] is None
    assert field(adoption, "issues", "owner") == [None, None, None, None]
