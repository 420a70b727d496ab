"""Round 38 (task t47a): tuning on the hundred-and-second batch (supplier and consultancy
reports). Each rule on a small workbook of its own shape: a Dutch offer annex of
``Uitgangspunten`` (the assumptions an offer rests on) confirmed by a date, and a
contractor's schedule of its client's obligations with what was provided."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import adopt, best_candidate, book, field, only, targets


def test_dutch_offer_assumptions_read_as_the_assumption_register(tmp_path: Path) -> None:
    """``Uitgangspunt`` (an offer's starting point: what its price assumes) is the
    assumption, ``Bevestigen vóór`` (confirm before) its validate-by date and ``Niet juist``
    (not right) an assumption found Invalid. Before, the table was refused ("no assumption
    column")."""
    heads = ["Nr.", "Uitgangspunt", "Discipline", "Verantwoordelijk", "Bevestigen vóór"]
    heads += ["Status", "Gevolg bij afwijking"]
    rows: list[list[object]] = [["Bijlage B bij offerte - Uitgangspunten"], [], heads]
    rows.append(["1.", "Hal heeft voldoende draagkracht", "Bouwkundig", "S. Bakker"])
    rows[-1] += ["06-02-2026", "Open", "Extra fundatie"]
    rows.append(["2.", "630 kVA is beschikbaar", "Elektro", "J. de Vries"])
    rows[-1] += ["20-02-2026", "Niet juist", "Nieuwe trafo"]
    rows.append(["3.", "Twee ploegen toegestaan", "Planning", "S. Bakker"])
    rows[-1] += ["16-04-2026", "Bevestigd", "Doorlooptijd +3 weken"]
    adoption = adopt(book(tmp_path / "offerte.xlsx", "Uitgangspunten", rows))
    table = only(adoption)
    assert table.register == "assumptions"
    assert targets(table)["Uitgangspunt"] == "assumption"
    assert targets(table)["Bevestigen vóór"] == "validate_by"
    assert field(adoption, "assumptions", "assumption")[1] == "630 kVA is beschikbaar"
    assert field(adoption, "assumptions", "validate_by") == [
        date(2026, 2, 6),
        date(2026, 2, 20),
        date(2026, 4, 16),
    ]
    assert field(adoption, "assumptions", "status") == ["Open", "Invalid", "Validated"]


def test_uitgangspunten_word_and_confirm_before_header() -> None:
    """The words alone: ``Uitgangspunt`` the assumption, ``Te bevestigen vóór`` the date it
    is to be confirmed by; an unrelated Dutch word stays unread."""
    assert best_candidate("Uitgangspunt", "assumptions") == ("assumption", 1.0)
    assert best_candidate("Te bevestigen vóór", "assumptions") == ("validate_by", 1.0)
    assert best_candidate("Discipline", "assumptions") is None


def _obligations(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Project:", "Dormitory block"], []]
    rows.append(["Item", "Description", "Required date", "Date provided", "Status"])
    rows.append([1, "Provide power supply connection", datetime(2026, 2, 14), None, "Provided"])
    rows.append([2, "Relocate borehole pump", datetime(2026, 3, 18), None, "Supplied"])
    rows.append([3, "Sign-off of sample bunk bed", datetime(2026, 5, 29), None, "Overdue"])
    rows.append([4, "Hand over cleared site", datetime(2026, 6, 12), None, "Outstanding"])
    return rows


def test_schedule_of_client_obligations_is_a_dependency_register(tmp_path: Path) -> None:
    """A contractor's ``Schedule of client obligations`` lists what the client must do or
    provide by a date: the dependencies, as its client responsibilities were (round 37).
    ``Provided`` / ``Supplied`` say the item was handed over (Delivered), ``Overdue``
    Late. Before, the table was refused ("not a register table")."""
    rows = _obligations("SCHEDULE OF CLIENT OBLIGATIONS")
    adoption = adopt(book(tmp_path / "obligations.xlsx", "Client Items", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["Required date"] == "need_by"
    assert field(adoption, "dependencies", "title")[0] == "Provide power supply connection"
    assert field(adoption, "dependencies", "need_by")[3] == date(2026, 6, 12)
    assert field(adoption, "dependencies", "status")[:3] == ["Delivered", "Delivered", "Late"]


def test_obligations_alone_name_no_register(tmp_path: Path) -> None:
    """``Obligations`` with no party is also a finance word (money committed): a title
    that says only that names no register, and the same rows are not read as dependencies
    on the title's say."""
    rows = _obligations("OBLIGATIONS")
    rows[3] = ["Item", "Notes", "Date", "Other date", "State"]
    adoption = adopt(book(tmp_path / "obligations.xlsx", "Sheet1", rows))
    assert all(t.register != "dependencies" for t in adoption.report.tables)


def _aconto(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Beløb i DKK ekskl. moms"], []]
    rows.append(["Nr.", "Ydelse / fase", "Aftalt honorar", "jan. 26", "feb. 26", "mar. 26"])
    rows[-1] += ["Faktureret i alt", "Resthonorar"]
    rows.append(["1.", "Projektforslag", "400.000,00", "16.600,50", "37.290,00", None])
    rows[-1] += ["53.890,50", "346.109,50"]
    rows.append(["2.", "Hovedprojekt", "500.000,00", None, "33.620,50", "46.660,50"])
    rows[-1] += ["80.281,00", "419.719,00"]
    return rows


def test_danish_aconto_fee_statement_months_are_invoiced_actuals(tmp_path: Path) -> None:
    """A Danish consultant's ``Aconto-oversigt`` (statement of what was invoiced on account)
    beside ``Faktureret i alt`` lists by month what was invoiced: the actual, as ``Fees
    invoiced`` reads. Before, the months were read as Budget ("nothing says whether the
    amounts are budget, actual or forecast")."""
    rows = _aconto("Aconto-oversigt, honorar - Ny kostafløj")
    adoption = adopt(book(tmp_path / "aconto.xlsx", "Aconto", rows))
    assert only(adoption).register == "finance"
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[date(2026, 1, 1), "Projektforslag"] == (None, 16_600.5)
    assert got[date(2026, 3, 1), "Hovedprojekt"] == (None, 46_660.5)


def test_nordic_invoiced_words_name_the_actual() -> None:
    """The words alone, through the vocabularies: Danish ``faktureret`` / ``aconto``,
    and Norwegian ``fakturert`` are the actual; a Danish word for the
    budget is not."""
    from addin.adopt.finance import title_measure

    assert title_measure("faktureret honorar", ["Faktureret honorar"]) == "actual"
    assert title_measure("aconto-oversigt", ["Aconto-oversigt"]) == "actual"
    assert title_measure("fakturert per måned", ["Fakturert per måned"]) == "actual"
    assert title_measure("honorar ny kostafløj", ["Honorar ny kostafløj"]) is None


def test_finnish_management_measure_compound_is_the_response() -> None:
    """``Hallintatoimenpide`` (hallinta, management, + toimenpide, measure) is the risk's
    response, as ``Toimenpide`` alone reads; ``Riskiluku`` (the typed score) stays
    unread by this rule."""
    assert best_candidate("Hallintatoimenpide", "risks") == ("response", 1.0)
    assert best_candidate("Hallintatoimenpiteet", "risks") == ("response", 1.0)
    assert best_candidate("Toimenpide", "risks") == ("response", 1.0)


def test_payment_schedule_scheduled_beside_achieved(tmp_path: Path) -> None:
    """A payment schedule's ``Scheduled | Achieved`` dates each payment milestone as
    planned and as reached: ``Scheduled`` alone is the baseline (weak, in milestones only:
    a risk's ``Scheduled`` stays unread), and beside a ``Baseline`` column it gives way."""
    heads = ["Pmt #", "Milestone / Deliverable", "Amount", "Scheduled", "Achieved"]
    rows: list[list[object]] = [["Payment Milestone Schedule"], [], heads]
    rows.append([1, "Contract signature", 12_000, datetime(2026, 4, 24), datetime(2026, 4, 24)])
    rows.append([2, "Design approval", 18_000, datetime(2026, 5, 7), None])
    rows.append([3, "Installation complete", 30_000, datetime(2026, 8, 17), None])
    adoption = adopt(book(tmp_path / "payments.xlsx", "Payment Schedule", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Scheduled"] == "baseline_date"
    assert field(adoption, "milestones", "baseline_date") == [
        date(2026, 4, 24),
        date(2026, 5, 7),
        date(2026, 8, 17),
    ]
    assert best_candidate("Scheduled", "risks") is None
    rows[2] = ["Pmt #", "Milestone / Deliverable", "Baseline", "Scheduled", "Achieved"]
    for row, day in zip(rows[3:], [24, 25, 26], strict=True):
        row[2] = datetime(2026, 3, day)
    adoption = adopt(book(tmp_path / "payments2.xlsx", "Payment Schedule", rows))
    assert targets(only(adoption))["Baseline"] == "baseline_date"
    assert field(adoption, "milestones", "baseline_date")[0] == date(2026, 3, 24)


def test_raid_next_action_date_is_each_lines_due_date(tmp_path: Path) -> None:
    """A RAID log read in the weekly call dates each line's next step (``Next action |
    Next action date``): a risk's and an issue's due date, an assumption's validate-by; a
    ``Next review date`` (a cadence) is still no due date."""
    heads = ["Date logged", "Type", "Description", "Assigned to", "Next action"]
    heads += ["Next action date", "Open/Closed"]
    rows: list[list[object]] = [["Royalty platform - RAID"], [], heads]
    rows.append([datetime(2026, 1, 5), "Risk", "API limits slow the back-load", "Chloe Lim"])
    rows[-1] += ["Throttle jobs", datetime(2026, 2, 27), "Open"]
    rows.append([datetime(2026, 1, 9), "Issue", "Statements in 14 formats", "Marcus Goh"])
    rows[-1] += ["Write parsers", datetime(2026, 3, 25), "Open"]
    rows.append([datetime(2026, 1, 12), "Assumption", "Label signs off by Feb", "Nur Aisyah"])
    rows[-1] += ["Confirm in call", datetime(2026, 2, 2), "Open"]
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", rows))
    assert field(adoption, "risks", "due_date") == [date(2026, 2, 27)]
    assert field(adoption, "issues", "due_date") == [date(2026, 3, 25)]
    assert field(adoption, "assumptions", "validate_by") == [date(2026, 2, 2)]
    assert best_candidate("Next review date", "risks") is None


def test_italian_milestones_outcome_date_reached_and_unchanged_replan(tmp_path: Path) -> None:
    """An Italian monthly report's milestones: ``Esito`` over ``Raggiunta`` (the feminine
    of ``raggiunto``, reached: Complete) / ``In corso`` / ``Non iniziata``, ``Data
    raggiungimento`` (the date reached) the actual date, and ``Ripianificata`` (re-planned)
    whose cells say ``invariata`` (unchanged) where nothing moved: those rows have no new
    forecast, the re-planned dates are read. Before, the re-planned column was refused
    ("its values do not fit") and neither the outcome nor the date reached was read."""
    heads = ["WBS", "Milestone", "Responsabile", "Fine prevista (baseline)", "Ripianificata"]
    heads += ["Esito", "Data raggiungimento"]
    rows: list[list[object]] = [["REPORT MENSILE"], [], heads]
    rows.append(["1.1", "Analisi requisiti", "G. Bianchi", "28/01/2026", "invariata"])
    rows[-1] += ["Raggiunta", "28/01/2026"]
    rows.append(["2.1", "Prototipo marcatura", "L. Rossi", "17/02/2026", "03/03/2026"])
    rows[-1] += ["In corso", None]
    rows.append(["3.2", "Collaudo", "G. Bianchi", "21/04/2026", "invariata"])
    rows[-1] += ["Non iniziata", None]
    adoption = adopt(book(tmp_path / "sal.xlsx", "Report", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Ripianificata"] == "forecast_date"
    assert targets(table)["Data raggiungimento"] == "actual_date"
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress", "Not Started"]
    assert field(adoption, "milestones", "forecast_date") == [None, date(2026, 3, 3), None]
    assert field(adoption, "milestones", "actual_date") == [date(2026, 1, 28), None, None]


def test_italian_monthly_report_labels_and_traffic_light_panel(tmp_path: Path) -> None:
    """An Italian supplier's monthly report: ``Data report:`` is the report's date (over the
    ``Periodo di riferimento:`` month below it), the panel headed ``Semaforo | Stato |
    Commento`` is a header (no overall RAG ``Stato``), its ``Tempi`` line the schedule's
    RAG, ``Complessivo`` the overall one, and ``Sintesi del mese`` the status summary."""
    rows: list[list[object]] = [
        ["STATO AVANZAMENTO LAVORI - REPORT MENSILE"],
        [],
        ["Progetto:", "Tracciabilità Forme 2.0"],
        ["Data report:", "15/03/2026"],
        ["Periodo di riferimento:", "Febbraio 2026"],
        [],
        ["Semaforo", "Stato", "Commento"],
        ["Tempi", "Giallo", "Collaudo a rischio"],
        ["Costi", "Verde", "In linea"],
        ["Perimetro", "Rosso", "Nuove richieste"],
        ["Complessivo", "Verde", "In linea"],
        [],
        ["Sintesi del mese", "Raggiunte 4 milestone su 7."],
        [],
        ["WBS", "Milestone", "Responsabile", "Fine prevista (baseline)", "Esito"],
        ["1.1", "Analisi requisiti", "G. Bianchi", "28/01/2026", "Raggiunta"],
        ["2.1", "Prototipo", "L. Rossi", "17/02/2026", "In corso"],
        ["3.1", "Collaudo", "L. Rossi", "21/04/2026", "Non iniziata"],
    ]
    adoption = adopt(book(tmp_path / "sal.xlsx", "Report", rows))
    header = adoption.project.header
    assert header.report_date == date(2026, 3, 15)
    assert header.schedule_rag == "Amber"
    assert header.cost_rag == "Green"
    assert header.scope_rag == "Red"
    assert header.overall_rag == "Green"
    assert header.status_summary == "Raggiunte 4 milestone su 7."


def test_minutes_number_is_no_decision_id(tmp_path: Path) -> None:
    """A Portuguese decision log's ``Ata n.º`` (the number of the minutes the decision was
    taken in: ``CD-03``, the steering committee's third meeting) is another document's
    number, as ``Minutes no.`` is: not the decision's ID, even where its codes look like
    IDs. Before, it was read as the ID by its values; a decision's own ``Decision ID``
    still is."""
    heads = ["N.º", "Data", "Decisão", "Decidido por", "Ata n.º"]
    rows: list[list[object]] = [["Registo de decisões"], [], heads]
    rows.append([1, "12/01/2026", "Adotar o formato BRF", "Comité de Direção", "CD-01"])
    rows.append([2, "09/02/2026", "Imprimir em papel de 160 g", "Comité de Direção", "CD-02"])
    rows.append([3, "16/03/2026", "Adiar a integração com o ERP", "Direção", "CD-03"])
    adoption = adopt(book(tmp_path / "decisoes.xlsx", "Decisões", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert targets(table)["Ata n.º"] is None
    assert field(adoption, "decisions", "decision")[2] == "Adiar a integração com o ERP"
    assert best_candidate("Acta n.º", "decisions") is None
    assert best_candidate("Decision ID", "decisions") == ("id", 1.0)
