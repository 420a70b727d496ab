"""Round 39 (task t49a): tuning on the hundred-and-seventh batch (supplier and consultancy
reports). Each rule on a small workbook of its own shape: a Philippine outsourcer's long
resource loading priced beside its days (``Rate (PHP/MD)``) with a totals row, an
Austrian engineer's payment plan (``Zahlungsmeilenstein``), a British surveyor's fee note
log (``Fee notes``, ``Stage``, ``Work month``), a builder's snag list (``Date Noted``,
``Cleared``, ``Open`` / ``Cleared``)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.languages import translate
from addin.adopt.register_names import invoice_register
from tests.adopt_sheets import (
    adopt,
    best_candidate,
    book,
    field,
    finance_by_line,
    only,
    registers,
    targets,
)


def _loading(rate_head: str, title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["#", "Role", "Consultant", "Month"]]
    rows[2] += ["Planned (MD)", rate_head]
    people = [("Business Analyst", "Maria Santos"), ("Developer", "Jose Reyes")]
    n = 0
    for month in ("May-26", "Jun-26"):
        for role, name in people:
            n += 1
            rows.append([n, role, name, month, 10.0 + n, 7200])
    rows.append([None, None, None, "Total MD", "=SUM(E4:E7)", None])
    return rows


def test_long_loading_priced_beside_its_days_with_a_total_row(tmp_path: Path) -> None:
    """One row per person and month, the days planned in ``Planned (MD)`` and a day rate
    beside them (``Rate (PHP/MD)``): the rate prices the plan (as the wide plan's ``Day Rate
    (£)`` does since round 15) and the totals row under it (``Total MD`` in the month
    column) is no person's month. Before, the money header made it a finance table."""
    rows = _loading("Rate (PHP/MD)", "Claims Portal - Resource Loading")
    adoption = adopt(book(tmp_path / "loading.xlsx", "Loading", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)["Planned (MD)"] == "planned_days"
    assert targets(table)["Rate (PHP/MD)"] is None
    assert field(adoption, "resources", "person") == [
        "Maria Santos",
        "Jose Reyes",
        "Maria Santos",
        "Jose Reyes",
    ]
    assert field(adoption, "resources", "month") == [date(2026, 5, 1)] * 2 + [date(2026, 6, 1)] * 2
    assert field(adoption, "resources", "planned_days") == [11.0, 12.0, 13.0, 14.0]


def test_long_loading_named_as_money_stays_finance(tmp_path: Path) -> None:
    """The same table under a title naming money (``Resource cost plan``) is no plan of
    effort: the rate is then no mere price beside the days, as before."""
    rows = _loading("Rate (PHP/MD)", "Claims Portal - Resource cost plan")
    adoption = adopt(book(tmp_path / "cost.xlsx", "Loading", rows))
    assert "resources" not in registers(adoption)
    # round 42 (ox42): nor are its man-days money (``Planned (MD)`` was read as the budget,
    # each month's budget 11 .. 14): with no amount of money, no finance table is adopted
    assert not adoption.project.finance


def test_long_tm_tracker_billing_days_times_rate_stays_finance(tmp_path: Path) -> None:
    """A consultancy's T&M tracker (``Month | Consultant | Days | Day Rate (KES) | Amount
    (KES)``): the amount each row bills stands beside the rate, so it is spend, not a plan
    of effort, and its amounts are read as finance's actuals as before."""
    rows: list[list[object]] = [["Hay barn - consultancy T&M"], []]
    rows.append(["Month", "Consultant", "Days", "Day Rate (KES)", "Amount (KES)"])
    for month in ("May 2026", "June 2026"):
        for name, days in (("W. Otieno", 6.0), ("J. Kamau", 4.0)):
            rows.append([month, name, days, 25000, days * 25000])
    adoption = adopt(book(tmp_path / "tm.xlsx", "T&M", rows))
    assert registers(adoption) == ["finance"]
    assert adoption.project.items("resources") == []


def test_payment_in_other_languages_reads_a_payment_milestone(tmp_path: Path) -> None:
    """``Zahlungsmeilenstein`` is a payment milestone (``Zahlung`` + ``s`` + ``Meilenstein``),
    as the English ``Payment milestone`` has been read: a German engineer's payment plan
    dated planned, forecast and reached is a milestone plan. Before, the compound was no
    known word and the table was refused."""
    assert translate("Zahlungsmeilenstein") == "payment milestone"
    assert translate("hito de pago") is not None
    heads = ["Nr.", "Zahlungsmeilenstein", "Plan-Termin", "Prognose", "Ist-Termin"]
    heads += ["Betrag netto", "Zahlstatus"]
    rows: list[list[object]] = [["Zahlungsplan Tragwerksplanung"], [], heads]
    rows += [
        [1, "Vorentwurf freigegeben", "14.02.2026", "21.02.2026", "21.02.2026", "9.000,00 €"],
        [2, "Entwurf freigegeben", "24.03.2026", "24.03.2026", "", "12.000,00 €"],
        [3, "Baugenehmigung erteilt", "30.04.2026", "15.05.2026", "", "6.000,00 €"],
    ]
    rows[3].append("bezahlt")
    rows[4].append("offen")
    rows[5].append("offen")
    adoption = adopt(book(tmp_path / "zahlungsplan.xlsx", "Zahlungsplan", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Zahlungsmeilenstein"] == "milestone"
    assert field(adoption, "milestones", "milestone")[0] == "Vorentwurf freigegeben"
    assert field(adoption, "milestones", "forecast_date")[2] == date(2026, 5, 15)
    assert field(adoption, "milestones", "actual_date")[:2] == [date(2026, 2, 21), None]


def _fee_notes(sheet_title: str) -> list[list[object]]:
    rows: list[list[object]] = [[sheet_title], [], ["Rec'd", "Fee note no.", "Stage"]]
    rows[2] += ["Work month", "Claimed £", "Certified £", "Certified by"]
    notes = [
        ("Feasibility", "January 2026", 4000.0, 4000.0),
        ("Measured survey", "January 2026", 2500.0, 2500.0),
        ("Feasibility", "February 2026", 3000.0, 2500.0),
        ("Measured survey", "February 2026", 1500.0, 1500.0),
        ("Feasibility", "March 2026", 2000.0, 2000.0),
    ]
    for n, (stage, month, claimed, certified) in enumerate(notes):
        rows.append([datetime(2026, 2 + n // 2, 3), f"FN/{201 + n}", stage, month])
        rows[-1] += [claimed, certified, "J. Hart"]
    return rows


def test_fee_note_log_is_a_finance_register_by_stage_and_work_month(tmp_path: Path) -> None:
    """A British consultant's invoices are its fee notes: a ``Fee notes`` sheet is its
    invoice register, the bare ``Stage`` whose texts recur the line each note bills, the
    ``Work month`` the month, the certified amount the actual. Before, nothing said it was
    a finance register and the table was refused."""
    assert invoice_register("Fee Notes | Quantity surveyor's fee notes")
    assert best_candidate("Work month", "finance") == ("month", 1.0)
    rows = _fee_notes("Chapel Lane - Quantity Surveyor's Fee Notes")
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fee Notes", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Stage"] == "cost_line"
    assert targets(table)["Work month"] == "month"
    assert targets(table)["Certified £"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 1, 1), "Feasibility"].actual == 4000.0
    assert lines[date(2026, 2, 1), "Feasibility"].actual == 2500.0
    assert lines[date(2026, 2, 1), "Measured survey"].actual == 1500.0


def test_a_bare_stage_outside_an_invoice_register_is_no_line(tmp_path: Path) -> None:
    """The same columns on a sheet that names no invoices (``Stages``) are not read as
    fee notes: ``Stage`` stays no finance line there (round 38's t46a) and nothing is
    adopted as spend."""
    assert best_candidate("Stage", "finance") is None
    assert not invoice_register("Stages | Chapel Lane stages")
    rows = _fee_notes("Chapel Lane - stages")
    adoption = adopt(book(tmp_path / "stages.xlsx", "Stages", rows))
    assert "finance" not in registers(adoption)
    assert adoption.project.items("finance") == []


def test_snag_list_noted_and_cleared(tmp_path: Path) -> None:
    """A snag list's ``Date Noted`` is the date raised, its ``Cleared`` date the date
    closed, and ``Cleared`` as a status reads as a fixed snag (``Open`` stays open). Before,
    both date columns were left unread ("each could be the Raised Date") and the status
    column's values did not fit."""
    assert best_candidate("Date Noted", "issues") == ("raised_date", 1.0)
    assert best_candidate("Cleared", "issues") == ("closed_date", 1.0)
    heads = ["Snag Ref", "Room", "Item", "Trade", "Date Noted", "Target", "Cleared", "Status"]
    rows: list[list[object]] = [["Snag list - Unit 4 fit-out"], [], heads]
    rows += [
        ["S-01", "Kitchen", "Chipped worktop edge", "Joinery", datetime(2026, 4, 6)],
        ["S-02", "Hall", "Door closer noisy", "Ironmongery", datetime(2026, 4, 21)],
        ["S-03", "WC", "Missing silicone at basin", "Plumbing", datetime(2026, 4, 25)],
    ]
    rows[3] += [datetime(2026, 4, 20), datetime(2026, 4, 24), "Cleared"]
    rows[4] += [datetime(2026, 5, 5), None, "Open"]
    rows[5] += [datetime(2026, 5, 9), None, "Open"]
    adoption = adopt(book(tmp_path / "snags.xlsx", "Snags", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 4, 6),
        date(2026, 4, 21),
        date(2026, 4, 25),
    ]
    assert field(adoption, "issues", "closed_date") == [date(2026, 4, 24), None, None]
    assert field(adoption, "issues", "status") == ["Resolved", "Open", "Open"]


def test_fee_notes_over_more_stages_than_half_the_notes(tmp_path: Path) -> None:
    """Six fee notes over four stages, two billed twice: under a header that says stage the
    lines need only half the notes billing a stage billed again (a ``Description`` still
    needs three in four: round 36). Before, the stage was no line and the log was refused."""
    rows: list[list[object]] = [["Mill House - Heritage Consultant Fee Notes"], []]
    rows.append(["Fee note no.", "Stage", "Work month", "Certified £"])
    notes = [
        ("Conservation plan", "January 2026", 2250.0),
        ("Conservation plan", "February 2026", 4750.0),
        ("Listed building consent", "February 2026", 5750.0),
        ("Condition survey", "March 2026", 3000.0),
        ("Listed building consent", "April 2026", 6000.0),
        ("Site supervision", "April 2026", 1125.0),
    ]
    rows += [[f"FN/{301 + n}", *note] for n, note in enumerate(notes)]
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fee Notes", rows))
    assert targets(only(adoption))["Stage"] == "cost_line"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 4, 1), "Site supervision"].actual == 1125.0
    assert lines[date(2026, 3, 1), "Condition survey"].actual == 3000.0


def test_stage_of_one_text_per_note_is_no_line(tmp_path: Path) -> None:
    """A ``Stage`` column whose texts never recur names no line billed again: not read as
    the cost line by this rule."""
    rows: list[list[object]] = [["Mill House - Heritage Consultant Fee Notes"], []]
    rows.append(["Fee note no.", "Stage", "Work month", "Certified £"])
    stages = ["Survey", "Report", "Consent", "Tender", "Supervision"]
    rows += [[f"FN/{301 + n}", s, "March 2026", 1000.0 + n] for n, s in enumerate(stages)]
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fee Notes", rows))
    assert all(targets(t).get("Stage") != "cost_line" for t in adoption.report.tables)


def test_decision_motivation_is_its_rationale(tmp_path: Path) -> None:
    """A South African engineer's decision log gives each decision's ``Motivation``: the
    case made for it, its rationale. Before, the column was left unread."""
    assert best_candidate("Motivation", "decisions") == ("rationale", 1.0)
    rows: list[list[object]] = [["Decisions from site meetings"], []]
    rows.append(["No.", "Meeting date", "Decision", "Decided by", "Motivation"])
    rows += [
        [1, "2026/03/04", "Lay HDPE pipe above ground", "T. Mokoena", "Rocky ground"],
        [2, "2026/03/18", "Move the reservoir north", "A. Botha", "Avoid the game path"],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    assert field(adoption, "decisions", "rationale") == ["Rocky ground", "Avoid the game path"]


def test_polish_new_and_fixed_statuses(tmp_path: Path) -> None:
    """A Polish defect list's ``Nowy`` (new) and ``Naprawiony`` (fixed) read as the English
    ``New`` and ``Fixed`` do: Open and Resolved. Before, both were left empty."""
    assert translate("Nowy", "values") == "new"
    assert translate("Naprawiony", "values") == "resolved"
    heads = ["Nr", "Opis błędu", "Priorytet", "Data zgłoszenia", "Status", "Termin poprawki"]
    rows: list[list[object]] = [heads]
    texts = ["Błąd logowania", "Brak potwierdzenia e-mail", "Zły termin", "Podwójna opłata"]
    states = ["Nowy", "Naprawiony", "W trakcie", "Zamknięty"]
    for n, (text, state) in enumerate(zip(texts, states, strict=True)):
        rows.append([n + 1, text, "Wysoki", datetime(2026, 3, 2 + n), state])
        rows[-1].append(datetime(2026, 3, 20 + n))
    adoption = adopt(book(tmp_path / "defekty.xlsx", "Defects", rows))
    assert field(adoption, "issues", "status") == ["Open", "Resolved", "In Progress", "Closed"]
