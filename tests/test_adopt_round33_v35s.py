"""Round 33's last hour (v35s): my own strangers' supplier and consultancy reports.

Fourteen small workbooks written from what suppliers, contractors, consultancies, agencies
and outsourcers hand their clients in many countries (no batch file read), each a habit of
its own; each is adopted and its cells compared with what a PMO analyst would take
(docs/adopt.md, "Round 33 (its last hour): my own strangers' supplier reports"). Three
habits were missing and are read generally, each with a near-miss that must not fire:

1. **a consultancy's fees and invoices in its own language** (``Mois | Honoraires prévus |
   Honoraires facturés | Écart``): ``honoraires`` / ``Honorare`` / ``honorarios`` are fees,
   ``facturé`` / ``fakturiert`` / ``facturado`` invoiced (the actual, as in English);
   near-miss: a milestone's ``Facturé`` yes / no flag is no amount;
2. **a Brazilian contractor's measurements** (``Medição nº | Período | Valor medido``): the
   document number in any alphabet is left out, ``medições`` are valuations and ``Valor
   medido`` the value certified; near-miss: a numbered list of suppliers is not turned;
3. **a Spanish dependency's ``Fecha necesaria``** is its need-by date; ``Fecha de alta`` is not.
"""

from __future__ import annotations

from datetime import date
from datetime import datetime as dt
from pathlib import Path

from adopt_sheets import adopt, book, field, only, registers, targets

# --- habits already read: each adopted as a PMO analyst would take it --------------------


def test_nec_early_warning_register_is_risks(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Early Warning Register - NEC4 ECC Option C"],
        ["Contract: Riverside Flood Defence Phase 2"],
        [],
        [
            "EW No.",
            "Date notified",
            "Notified by",
            "Description",
            "Potential impact",
            "Action owner",
            "Proposed mitigation",
            "Status",
        ],
        [
            "EW-014",
            dt(2026, 3, 2),
            "Contractor",
            "Unexpected services at chainage 120",
            "Delay 2 weeks",
            "Tom Hargreaves",
            "Trial holes before excavation",
            "Open",
        ],
        [
            "EW-015",
            dt(2026, 3, 9),
            "Project Manager",
            "Late access to Plot 4",
            "Delay to piling",
            "Sarah Lund",
            "Chase landowner agreement",
            "Open",
        ],
        [
            "EW-016",
            dt(2026, 3, 20),
            "Contractor",
            "Steel price increase",
            "Cost",
            "Tom Hargreaves",
            "Order early",
            "Closed",
        ],
    ]
    adoption = adopt(book(tmp_path / "ew.xlsx", "EW Register", rows))
    table = only(adoption)
    assert table.register == "risks"
    got = targets(table)
    assert got["EW No."] == "id" and got["Date notified"] == "raised_date"
    assert got["Action owner"] == "owner" and got["Proposed mitigation"] == "response"
    assert got["Notified by"] is None  # a party, not the owner
    assert field(adoption, "risks", "owner") == ["Tom Hargreaves", "Sarah Lund", "Tom Hargreaves"]
    assert field(adoption, "risks", "status") == ["Open", "Open", "Closed"]


def test_german_risk_list_with_words_for_scales(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Statusbericht KW 14 - Risikoliste"],
        [],
        [
            "Nr.",
            "Risiko",
            "Eintrittswahrscheinlichkeit",
            "Auswirkung",
            "Maßnahme",
            "Verantwortlich",
            "Termin",
            "Status",
        ],
        [
            1,
            "Verzögerung Datenmigration",
            "hoch",
            "mittel",
            "Zusätzliche Tester",
            "K. Becker",
            dt(2026, 4, 30),
            "offen",
        ],
        [
            2,
            "Lizenzkosten steigen",
            "niedrig",
            "hoch",
            "Rahmenvertrag prüfen",
            "M. Schulz",
            dt(2026, 5, 15),
            "offen",
        ],
        [
            3,
            "Schlüsselperson fällt aus",
            "mittel",
            "hoch",
            "Vertretung benennen",
            "K. Becker",
            dt(2026, 4, 10),
            "geschlossen",
        ],
    ]
    adoption = adopt(book(tmp_path / "de.xlsx", "Risiken", rows))
    got = targets(only(adoption))
    assert got["Eintrittswahrscheinlichkeit"] == "probability" and got["Termin"] == "due_date"
    assert field(adoption, "risks", "status") == ["Open", "Open", "Closed"]
    assert field(adoption, "risks", "due_date")[0] == date(2026, 4, 30)


def test_sow_milestone_payment_schedule(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Statement of Work 3 - Milestone Payment Schedule"],
        ["All amounts AUD ex GST"],
        [],
        [
            "Milestone #",
            "Deliverable",
            "Acceptance criteria",
            "Due date",
            "Payment %",
            "Amount (AUD)",
            "Invoice status",
        ],
        ["M1", "Discovery report", "Signed off by client", dt(2026, 2, 27), 0.2, 40000, "Paid"],
        [
            "M2",
            "Solution design",
            "Design authority approval",
            dt(2026, 4, 17),
            0.3,
            60000,
            "Invoiced",
        ],
        ["M3", "Build complete", "UAT entry criteria met", dt(2026, 6, 30), 0.3, 60000, "Not due"],
        ["M4", "Go-live", "Hypercare exit", dt(2026, 8, 14), 0.2, 40000, "Not due"],
        ["Total", None, None, None, 1.0, 200000, None],
    ]
    adoption = adopt(book(tmp_path / "sow.xlsx", "Payment Schedule", rows))
    table = only(adoption)
    assert table.register == "milestones"
    got = targets(table)
    assert got["Deliverable"] == "milestone" and got["Due date"] == "baseline_date"
    assert got["Invoice status"] is None  # the invoice's status, not the milestone's
    assert len(field(adoption, "milestones", "milestone")) == 4  # the Total row is no item
    assert adoption.project.header.currency == "AUD"


def test_offshore_staffing_plan_in_fte(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Offshore staffing plan (FTE)"],
        [],
        ["Emp ID", "Resource name", "Role", "Location", "Apr-26", "May-26", "Jun-26"],
        ["E10231", "Priya Nair", "Tech Lead", "Onsite", 1, 1, 1],
        ["E10877", "Rahul Verma", "Developer", "Offshore", 1, 1, 0.5],
        ["E11002", "Anita Desai", "Tester", "Offshore", 0.5, 1, 1],
    ]
    adoption = adopt(book(tmp_path / "staff.xlsx", "Staffing Plan", rows))
    table = only(adoption)
    assert table.register == "resources"
    got = targets(table)
    assert got["Resource name"] == "person" and got["Emp ID"] is None
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Rahul Verma", date(2026, 6, 1))] == 11.0  # half of June's 22 working days


def test_managed_service_report_incidents_not_its_sla_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Monthly Service Report - March 2026"],
        [],
        ["KPI", "Target", "Actual", "Status"],
        ["Availability", "99.5%", "99.7%", "Met"],
        ["P1 response", "15 min", "12 min", "Met"],
        ["P2 resolution", "8 h", "9.5 h", "Missed"],
        [],
        [],
        ["Major incidents"],
        ["Incident #", "Priority", "Opened", "Resolved", "Summary", "Root cause", "Resolver group"],
        [
            "INC0012345",
            "P1",
            dt(2026, 3, 4),
            dt(2026, 3, 4),
            "Payroll API outage",
            "Expired certificate",
            "Integration team",
        ],
        [
            "INC0012400",
            "P2",
            dt(2026, 3, 11),
            dt(2026, 3, 12),
            "Slow reports",
            "Index missing",
            "DBA team",
        ],
        [
            "INC0012466",
            "P2",
            dt(2026, 3, 25),
            None,
            "Login failures for remote users",
            "Under investigation",
            "Identity team",
        ],
    ]
    adoption = adopt(book(tmp_path / "svc.xlsx", "Service Report", rows))
    assert registers(adoption) == ["issues"]  # the SLA table is no register
    got = targets(only(adoption))
    assert got["Opened"] == "raised_date" and got["Resolved"] == "closed_date"
    assert got["Summary"] == "title" and got["Resolver group"] is None
    assert field(adoption, "issues", "priority") == ["Critical", "High", "High"]


def test_japanese_issue_list(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["課題管理表"],
        [],
        ["No.", "課題", "起票日", "担当者", "期限", "状況", "対応内容"],
        [
            1,
            "テスト環境の構築遅延",
            dt(2026, 4, 1),
            "山田",
            dt(2026, 4, 15),
            "対応中",
            "追加サーバ手配",
        ],
        [2, "仕様書の不整合", dt(2026, 4, 3), "佐藤", dt(2026, 4, 20), "未着手", None],
        [3, "ライセンス不足", dt(2026, 4, 5), "山田", dt(2026, 4, 10), "完了", "追加購入済み"],
    ]
    adoption = adopt(book(tmp_path / "jp.xlsx", "課題管理表", rows))
    got = targets(only(adoption))
    assert (
        got["担当者"] == "owner" and got["期限"] == "due_date" and got["対応内容"] == "resolution"
    )
    assert field(adoption, "issues", "status") == ["In Progress", "Open", "Closed"]


def test_dutch_risks_and_issues_side_by_side(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Leveranciersrapportage april 2026"],
        [],
        ["Risico's", None, None, None, None, "Issues"],
        [
            "Nr",
            "Omschrijving",
            "Eigenaar",
            "Kans",
            None,
            "Nr",
            "Omschrijving",
            "Eigenaar",
            "Status",
        ],
        [
            "R1",
            "Vertraging levering hardware",
            "J. de Vries",
            "Hoog",
            None,
            "I1",
            "Koppeling faalt",
            "P. Jansen",
            "Open",
        ],
        [
            "R2",
            "Capaciteit testteam",
            "P. Jansen",
            "Middel",
            None,
            "I2",
            "Licentie verlopen",
            "J. de Vries",
            "Gesloten",
        ],
        [
            "R3",
            "Scopewijziging klant",
            "J. de Vries",
            "Laag",
            None,
            "I3",
            "Data onvolledig",
            "P. Jansen",
            "Open",
        ],
    ]
    adoption = adopt(book(tmp_path / "nl.xlsx", "RAID", rows))
    assert registers(adoption) == ["risks", "issues"]
    assert field(adoption, "issues", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "owner")[1] == "P. Jansen"


def test_two_row_dated_milestones_with_the_party_after_the_owner(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Supplier milestone tracker"],
        [],
        ["Ref", "Milestone", "Owner", "Dates", None, None, "RAG"],
        [None, None, None, "Contract", "Forecast", "Actual", None],
        [
            "MS01",
            "Design freeze",
            "A. Khan (Supplier)",
            dt(2026, 3, 31),
            dt(2026, 3, 31),
            dt(2026, 3, 28),
            "G",
        ],
        [
            "MS02",
            "Factory acceptance test",
            "L. Moreau (Supplier)",
            dt(2026, 5, 15),
            dt(2026, 6, 5),
            None,
            "A",
        ],
        [
            "MS03",
            "Site acceptance test",
            "B. Osei (Client)",
            dt(2026, 7, 10),
            dt(2026, 7, 31),
            None,
            "R",
        ],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Milestones", rows, merged=("D3:F3",)))
    got = targets(only(adoption))
    assert got["Dates Contract"] == "baseline_date" and got["Dates Actual"] == "actual_date"
    assert field(adoption, "milestones", "owner") == ["A. Khan", "L. Moreau", "B. Osei"]
    assert field(adoption, "milestones", "forecast_date")[1] == date(2026, 6, 5)


def test_decisions_required_from_the_client(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Decisions required from the Client"],
        [],
        ["Ref", "Decision required", "Required by", "Client owner", "Status", "Outcome"],
        ["D-01", "Approve hosting region", dt(2026, 4, 10), "Helen Ward", "Made", "EU-West chosen"],
        ["D-02", "Confirm data retention period", dt(2026, 4, 24), "Mark Ellis", "Open", None],
        ["D-03", "Sign off test strategy", dt(2026, 5, 1), "Helen Ward", "Open", None],
        [],
        ["Note: dates are the latest dates for decisions to avoid delay to the plan."],
    ]
    adoption = adopt(book(tmp_path / "dec.xlsx", "Client Decisions", rows))
    got = targets(only(adoption))
    assert got["Decision required"] == "decision"
    assert got["Required by"] is None  # the date it is needed by is not the date it was made
    assert len(field(adoption, "decisions", "decision")) == 3  # the note row is no item


# --- 1. fees and invoices in the consultancy's own language -------------------------------


def _fees(tmp: Path, title: str, head: list[str], months: list[str]) -> Path:
    rows: list[list[object]] = [[title], [], head]
    for month, amounts in zip(
        months, [(12000, 11500), (12000, 12800), (15000, 14000)], strict=False
    ):
        rows.append([month, *amounts, amounts[1] - amounts[0]])
    return book(tmp / "fees.xlsx", "Honoraires", rows)


def test_french_fee_tracker_planned_and_invoiced(tmp_path: Path) -> None:
    head = ["Mois", "Honoraires prévus", "Honoraires facturés", "Écart"]
    months = ["janv. 2026", "févr. 2026", "mars 2026"]
    adoption = adopt(_fees(tmp_path, "Suivi des honoraires - Mission AMOA (EUR HT)", head, months))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Honoraires prévus"] == "budget" and got["Honoraires facturés"] == "actual"
    assert got["Écart"] is None
    rows = {f.month: f for f in adoption.project.finance}
    assert rows[date(2026, 2, 1)].budget == 12000 and rows[date(2026, 2, 1)].actual == 12800
    assert adoption.project.header.currency == "EUR"


def test_fees_invoiced_in_other_languages(tmp_path: Path) -> None:
    head = ["Mois", "Prévu", "Facturé", "Écart"]
    adoption = adopt(_fees(tmp_path, "Suivi (EUR)", head, ["Jan 2026", "Feb 2026", "Mar 2026"]))
    got = targets(only(adoption))
    assert got["Prévu"] == "budget" and got["Facturé"] == "actual"
    head = ["Mes", "Honorarios previstos", "Honorarios facturados", "Diferencia"]
    adoption = adopt(
        _fees(tmp_path, "Honorarios (EUR)", head, ["Jan 2026", "Feb 2026", "Mar 2026"])
    )
    got = targets(only(adoption))
    assert got["Honorarios facturados"] == "actual"
    assert {f.month: f.actual for f in adoption.project.finance}[date(2026, 3, 1)] == 14000


def test_a_milestone_invoiced_flag_is_no_amount(tmp_path: Path) -> None:
    # near-miss: ``Facturé`` over Oui / Non in a milestone list is a flag, not money
    rows: list[list[object]] = [
        ["Jalons du contrat"],
        [],
        ["Réf", "Jalon", "Date prévue", "Responsable", "Facturé"],
        ["J1", "Cadrage validé", dt(2026, 2, 15), "C. Martin", "Oui"],
        ["J2", "Recette fonctionnelle", dt(2026, 4, 30), "C. Martin", "Non"],
        ["J3", "Mise en production", dt(2026, 6, 15), "L. Petit", "Non"],
    ]
    adoption = adopt(book(tmp_path / "jalons.xlsx", "Jalons", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Facturé"] is None
    assert adoption.project.finance == []


# --- 2. a Brazilian contractor's measurements ----------------------------------------------


def test_brazilian_measurements_behind_their_number(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Boletim de medição - Obra Escola Municipal"],
        [],
        ["Medição nº", "Período", "Valor medido", "Valor acumulado"],
        [1, "jan/2026", 150000, 150000],
        [2, "fev/2026", 210000, 360000],
        [3, "mar/2026", 180000, 540000],
    ]
    adoption = adopt(book(tmp_path / "br.xlsx", "Medições", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Medição nº"] is None and got["Período"] == "month"
    assert got["Valor medido"] == "actual" and got["Valor acumulado"] is None
    assert {f.month: f.actual for f in adoption.project.finance} == {
        date(2026, 1, 1): 150000,
        date(2026, 2, 1): 210000,
        date(2026, 3, 1): 180000,
    }


def test_a_numbered_list_of_suppliers_is_not_turned(tmp_path: Path) -> None:
    # near-miss: ``Nº | Fornecedor | T1 | T2``: the second column names suppliers, no periods
    rows: list[list[object]] = [["Gastos por fornecedor"], [], ["Fornecedor nº", "Fornecedor"]]
    rows[2] += ["T1", "T2"]
    rows += [[1, "Acme Ltda", 100.0, 200.0], [2, "Brasa SA", 300.0, 50.0]]
    rows += [[3, "Corvo ME", 10.0, 20.0]]
    adoption = adopt(book(tmp_path / "forn.xlsx", "Gastos", rows))
    assert not any(f.cost_line in ("T1", "T2") for f in adoption.project.finance)
    assert not any(f.cost_line == "Fornecedor nº" for f in adoption.project.finance)


# --- 3. a Spanish dependency's date needed --------------------------------------------------


def _dependencies(tmp: Path, date_head: str) -> Path:
    rows: list[list[object]] = [
        ["Dependencias con el cliente"],
        [],
        ["ID", "Dependencia", "Responsable cliente", date_head, "Estado"],
        ["DEP-1", "Acceso VPN para consultores", "Luis Martín", dt(2026, 3, 15), "Cerrada"],
        ["DEP-2", "Datos maestros de clientes", "Ana Gómez", dt(2026, 4, 1), "Abierta"],
        ["DEP-3", "Entorno de pruebas", "Luis Martín", dt(2026, 4, 20), "Abierta"],
    ]
    return book(tmp / "dep.xlsx", "Dependencias", rows)


def test_spanish_dependency_date_needed(tmp_path: Path) -> None:
    adoption = adopt(_dependencies(tmp_path, "Fecha necesaria"))
    got = targets(only(adoption))
    assert got["Fecha necesaria"] == "need_by"
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 4, 1)
    assert field(adoption, "dependencies", "status") == ["Closed", "Open", "Open"]


def test_a_date_raised_is_no_need_by(tmp_path: Path) -> None:
    # near-miss: ``Fecha de alta`` (the date the dependency was logged) is not when it is needed
    adoption = adopt(_dependencies(tmp_path, "Fecha de alta"))
    assert targets(only(adoption))["Fecha de alta"] != "need_by"


# --- 1b. the actual named in its own language beside the invoiced part of it ---------------


def _costs(tmp: Path, actual_head: str) -> Path:
    rows: list[list[object]] = [["Rapport des coûts (EUR)"], []]
    rows += [["Mois", "Poste", "Budget", "Facturé", "Provisions", actual_head]]
    rows += [[dt(2026, 4, 1), "Bâtiment", 900, 600, 300, 900]]
    rows += [[dt(2026, 4, 1), "Séchoir", 400, 200, 130, 330]]
    rows += [[dt(2026, 5, 1), "Bâtiment", 900, 650, 250, 900]]
    return book(tmp / "couts.xlsx", "Rapport coûts", rows)


def test_a_french_actual_beside_its_invoiced_part(tmp_path: Path) -> None:
    # ``Réel`` names the actual by its own word (translated), as ``Actual`` beside
    # ``Invoiced`` does in English: it takes the actual, ``Facturé`` (a part) is left out
    adoption = adopt(_costs(tmp_path, "Réel"))
    got = targets(only(adoption))
    assert got["Réel"] == "actual" and got["Facturé"] is None
    rows = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert rows[(date(2026, 4, 1), "Séchoir")] == 330


def test_an_actual_against_the_budget_does_not_take_it_from_the_invoiced(tmp_path: Path) -> None:
    # near-miss: ``Réel vs budget`` names the budget too: no own word of the actual alone,
    # so the tie is not moved (the invoiced column stays the actual, as in English)
    adoption = adopt(_costs(tmp_path, "Réel vs budget"))
    got = targets(only(adoption))
    assert got["Réel vs budget"] != "actual" and got["Facturé"] == "actual"


def test_an_actual_cost_beside_its_invoiced_part(tmp_path: Path) -> None:
    # ``Actual cost`` / ``Coût réel`` name the actual: their ``cost`` is the money, not the
    # Cost Line; before, the invoiced part beside them kept the actual
    for head in ("Actual cost", "Coût réel"):
        adoption = adopt(_costs(tmp_path, head))
        got = targets(only(adoption))
        assert got[head] == "actual" and got["Facturé"] is None
        rows = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
        assert rows[(date(2026, 5, 1), "Bâtiment")] == 900


def test_a_cost_line_actual_does_not_take_it(tmp_path: Path) -> None:
    # near-miss: ``Cost line actual`` names the cost line's ``line`` too: the tie is not moved
    adoption = adopt(_costs(tmp_path, "Cost line actual"))
    got = targets(only(adoption))
    assert got["Facturé"] == "actual" and got["Cost line actual"] != "actual"
