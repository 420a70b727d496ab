"""The hundred-and-twenty-sixth held-out batch (round 41, task w134): plans, status
reports and trackers a PMO keeps beside its registers, invented from scratch (no earlier
batch opened), twelve countries, English, German, French, Spanish, Portuguese, Dutch,
Polish and Italian.

1. ``uk_pilot_launch_gates``: a harbour pilot service's launch replacement, stage-gate
   schedule: `Gate` | `What has to be true` | `Planned` | `Now expected` | `Passed` |
   `Gatekeeper` | `Remarks`; date cells, title block and a key line under the table.
2. ``de_hebammenzentrum_monatsbericht``: a midwife centre's monthly report: label cells
   (`Vorhaben`, `Projektleitung`, `Stichtag` as `dd.mm.yyyy` text, `Ampel gesamt`
   Grün/Gelb/Rot), then `Nr.` | `Meilenstein` | `Plantermin` | `Prognose` | `Erledigt am` |
   `Zuständig`.
3. ``fr_marionnettes_meteo``: a puppet theatre's weekly status ("météo"): `Délais`,
   `Budget`, `Périmètre` with Vert/Orange/Rouge, then a top-risks block `Réf` | `Risque` |
   `Porteur` | `Prob.` (1-5) | `Grav.` (1-5) | `Parade` | `Pour le`.
4. ``es_acequia_jornadas``: an irrigation community's resource plan, `Perfil` | `Persona`
   then month columns `ene-26`.. in jornadas (days), a total column and row.
5. ``br_banco_sementes_fte``: a seed library's allocation in FTE per month
   (`Função` | `Colaborador(a)` | `jan/26`..), decimals with comma as text.
6. ``nl_stadsarchief_statuspakket``: a city archive's status pack: sheet `Besluiten`, the
   steering group's list meeting by meeting (`Vergaderdatum` date cells | `Agendapunt` |
   `Wat is besloten` | `Waarom` | `Besloten door` | `Gevolg voor planning`), and
   `Afhankelijkheden` (`Code` | `Wat hebben we nodig` | `Van wie` | `Nodig op` |
   `Toegezegd` as `dd-mm-yyyy` text | `Stand` Geleverd/loopt/vertraagd).
7. ``pl_laznia_harmonogram``: public baths renovation milestones, `Lp.` | `Kamień milowy` |
   `Termin wg umowy` | `Termin prognozowany` | `Data wykonania` | `Odpowiedzialny` |
   `Uwagi`, dates as `dd.mm.yyyy` text.
8. ``it_cantiere_budget``: a boatyard's monthly budget tracker, `Voce di costo` |
   `Tipo` (Budget/Consuntivo/Previsione) then months `gen-26`.., numbers in euro cells.
9. ``ca_cidrerie_staffing``: a cider house expansion's staffing plan from the HR
   planning tool, one row per person and month: `Employee` | `Position` | `Month Starting`
   (date cell) | `Allocated Hrs` | `Allocated Days` | `Billable` | `Notes`.
10. ``au_bushcare_monthly``: a bush regeneration network's monthly report: `Report month`,
    `Project`, `Project lead`, `Overall`, then key issues `Issue` | `What it affects` |
    `Action` | `Who` | `By when` (dd/mm/yyyy text).
11. ``in_milk_collection_deps``: a district milk union's collection digitisation PMU
    dependency tracker: `Sr. No.` | `Milestone impacted` | `Dependency description` |
    `Dependent on (Dept/Agency)` | `Required by` | `Date committed by agency` |
    `Current status` (`On track`/`Delayed`/`Received`) | `Escalated to`; date cells.
12. ``ch_huette_finanzen``: an alpine hut rebuild's cost sheet, months down column A
    (`03.2026` text), each cost position a merged group of `Budget` | `Ist` | `Prognose`
    columns, a `Total` row; CHF.

Least-sure readings (no fact, the column left out or its values unstated): numbered
columns `Nr.`, `Lp.`, `Sr. No.` (row counters: an id or left out, no id value, as
round 39's and 40's audits ruled); the gate `Remarks`;
the Australian `Report month` (a full date under a month label: report date or month end,
so no report date fact) and `What it affects`; the `Action` of an issue its resolution
or left out (the lead's ruling on a next step), no value fact; the Brazilian FTE values (no planned days: the days per FTE
are not stated; the person-months still count as resource lines); the Canadian
`Allocated Hrs` (the days column is the sure one); the Dutch `Agendapunt`, `Van wie` (a
department, not a person: no counterparty owner) and `Stand` words other than `Geleverd`
(Delivered); the Indian `Dependent on` (an agency, not a counterparty project id),
`Milestone impacted`, `Escalated to` (a person's title, not an escalation level) and the
statuses `Delayed` and `Received` (Late/Delivered are likely, not sure); the Spanish and
Swiss `Total` row and column (no items); the Polish `Uwagi`; the Italian cost line is
written only on its `Budget` row and carries to the `Consuntivo` and `Previsione` rows
under it (a reader sees one cost line of three measures).

Truth audited in round 41 (task a138; docs/adopt.md, "Round 41: the
hundred-and-twenty-sixth batch's truth audited"): the gate schedule's `G0` .. are the gate
model's own numbers (no milestone letter, counted from 0), so column A is the gate flag, the
id or left out with no id value, and every row is a gate (`Y`), as round 15 read a
stage-gate plan's `G0` ..; the French `R1` and the Dutch `AF-01` (afhankelijkheid) are
per-register codes, R-001 and D-001 in the standard's form; the Indian `Received` /
`Delayed` and the Dutch `vertraagd` are Delivered / Late (round 37's audits of the same
tracker); `Importi in euro` and `Beträge in CHF` give the currencies EUR and CHF; a Dutch
`Waarom` that states a reason (`goedkoper en sneller`) is the decision's rationale
(`zie verslag`, a pointer to the minutes, no fact); the German report's first milestone is
`Erledigt am` only when planned by its `Stichtag` (a report cannot record a milestone done
after its own date; 7 of seeds 0-199 and 2026 had one, no draw changed).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MESES_PT = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
MESI = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def uk_pilot_launch_gates(folder: Path, rng: random.Random) -> Built:
    """Stage-gate schedule of a harbour pilot launch replacement."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Gates")
    ws["A1"] = "Pilot Launch Replacement - gate schedule"
    ws["A2"] = "Marine Operations, Harbour Office"
    gates = [
        "Outline business case signed off",
        "Naval architect appointed",
        "Tender returns evaluated",
        "Hull laid down",
        "Sea trials passed",
        "Launch in service",
    ][: rng.randint(4, 6)]
    base = _days(rng, len(gates), date(2026, 1, 12))
    people = ["Capt. R. Thorne", "E. Pascoe", "Harbour Master", "M. Tregenza"]
    rows: list[list[object]] = [
        [
            "Gate",
            "What has to be true",
            "Planned",
            "Now expected",
            "Passed",
            "Gatekeeper",
            "Remarks",
        ]
    ]
    values: list[ValueFact] = []
    for i, g in enumerate(gates):
        exp = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        passed = base[i] if i == 0 else None
        who = rng.choice(people)
        rows.append([f"G{i}", g, base[i], exp, passed, who, rng.choice([None, "weather risk"])])
        values += [
            # G0 .. are the gate model's own numbers (no milestone letter, from 0): no id
            # value; every row of a gate schedule is a gate (audit, round 41; round 15's
            # pharma stage-gate plan)
            ValueFact("milestones", i, "gate", "Y"),
            ValueFact("milestones", i, "milestone", g),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", exp),
            ValueFact("milestones", i, "owner", who),
        ]
        if passed:
            values.append(ValueFact("milestones", i, "actual_date", passed))
    _put(ws, 4, 1, rows)
    ws.cell(5 + len(gates) + 1, 1, "Dates are gate board dates; see board minutes.")
    t = _cols(
        "A",
        [
            ("gate", "id", None),
            "milestone",
            "baseline_date",
            "forecast_date",
            "actual_date",
            "owner",
            None,
        ],
    )
    return Built(
        _save(wb, folder, "uk_pilot_launch_gates"),
        [_one("milestones", "Gates", 4, t, len(gates))],
        values,
    )


def de_hebammenzentrum_monatsbericht(folder: Path, rng: random.Random) -> Built:
    """Monthly report of a midwife centre's new premises project."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monatsbericht")
    stich = date(2026, rng.randint(2, 9), 28)
    pl = rng.choice(["Dr. Ulrike Baum", "Jana Sommerfeld", "Katrin Wehner"])
    ampel = rng.choice(["Grün", "Gelb", "Rot"])
    name = "Umzug Hebammenzentrum Nordstadt"
    _put(
        ws,
        1,
        1,
        [
            ["Monatsbericht Projekt"],
            [],
            ["Vorhaben", name],
            ["Projektleitung", pl],
            ["Stichtag", _dmy(stich, ".")],
            ["Ampel gesamt", ampel],
        ],
    )
    n = rng.randint(4, 6)
    words = ["Mietvertrag", "Umbau Kreißsaal", "Abnahme Brandschutz", "Umzug", "Eröffnung"]
    words += ["Kurse im neuen Haus"]
    plan = _days(rng, n, date(2026, 1, 5))
    rows: list[list[object]] = [
        ["Nr.", "Meilenstein", "Plantermin", "Prognose", "Erledigt am", "Zuständig"]
    ]
    values = [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "project_manager", pl),
        ValueFact("project", 0, "report_date", stich),
        ValueFact(
            "project", 0, "overall_rag", {"Grün": "Green", "Gelb": "Amber", "Rot": "Red"}[ampel]
        ),
    ]
    for i in range(n):
        prog = plan[i] + timedelta(days=rng.choice([0, 3, 14]))
        who = rng.choice(["Baum", "Sommerfeld", "Hausverwaltung", "Wehner"])
        # a report records only what was done by its own date (audit, round 41)
        done = _dmy(plan[i], ".") if i < 1 and plan[i] <= stich else None
        if done:
            values.append(ValueFact("milestones", i, "actual_date", plan[i]))
        rows.append([i + 1, words[i], _dmy(plan[i], "."), _dmy(prog, "."), done, who])
        values += [
            ValueFact("milestones", i, "milestone", words[i]),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", prog),
            ValueFact("milestones", i, "owner", who),
        ]
    _put(ws, 9, 1, rows)
    t = _cols(
        "A", [("id", None), "milestone", "baseline_date", "forecast_date", "actual_date", "owner"]
    )
    return Built(
        _save(wb, folder, "de_hebammenzentrum_monatsbericht"),
        [_one("milestones", "Monatsbericht", 9, t, n)],
        values,
    )


def fr_marionnettes_meteo(folder: Path, rng: random.Random) -> Built:
    """Weekly status of a puppet theatre's touring set project, with its top risks."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Point hebdo")
    meteo = {"Vert": "Green", "Orange": "Amber", "Rouge": "Red"}
    d, b, p = (rng.choice(list(meteo)) for _ in range(3))
    _put(
        ws,
        1,
        1,
        [
            ["Théâtre de marionnettes - décor de tournée : point hebdo"],
            [],
            ["Délais", d],
            ["Budget", b],
            ["Périmètre", p],
            [],
            ["Principaux risques"],
        ],
    )
    risks = [
        "Bois ignifugé livré en retard",
        "Marionnettiste principale indisponible en mai",
        "Camion trop petit pour le castelet",
        "Subvention régionale non reconduite",
        "Salle d'accueil sans perches",
    ]
    n = rng.randint(3, 5)
    chosen = rng.sample(risks, n)
    dates = _days(rng, n, date(2026, 2, 2))
    rows: list[list[object]] = [["Réf", "Risque", "Porteur", "Prob.", "Grav.", "Parade", "Pour le"]]
    values = [
        ValueFact("project", 0, "schedule_rag", meteo[d]),
        ValueFact("project", 0, "cost_rag", meteo[b]),
        ValueFact("project", 0, "scope_rag", meteo[p]),
    ]
    for i, r in enumerate(chosen):
        who = rng.choice(["Léa Roux", "Bastien Moreau", "la régie", "Inès Faure"])
        pr, gr = rng.randint(1, 5), rng.randint(1, 5)
        parade = rng.choice(["Commande anticipée", "Doublure formée", None])
        rows.append([f"R{i + 1}", r, who, pr, gr, parade, _dmy(dates[i])])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),  # R1: the standard's form
            ValueFact("risks", i, "title", r),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", float(pr)),
            ValueFact("risks", i, "impact", float(gr)),
            ValueFact("risks", i, "due_date", dates[i]),
        ]
        if parade:
            values.append(ValueFact("risks", i, "response", parade))
    _put(ws, 8, 1, rows)
    t = _cols("A", ["id", "title", "owner", "probability", "impact", "response", "due_date"])
    return Built(
        _save(wb, folder, "fr_marionnettes_meteo"), [_one("risks", "Point hebdo", 8, t, n)], values
    )


def es_acequia_jornadas(folder: Path, rng: random.Random) -> Built:
    """Resource plan in jornadas (days) per month of an irrigation community's canal works."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Jornadas")
    ws["A1"] = "Comunidad de Regantes - modernización acequia mayor"
    ws["A2"] = "Previsión de jornadas por persona y mes"
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    people = [
        ("Acequiero", "Vicente Ferrer"),
        ("Ingeniera", "Amparo Soler"),
        ("Peón", "Pepe Llorca"),
    ]
    people += [("Topógrafo", "Rafa Climent")]
    people = people[: rng.randint(3, 4)]
    header: list[object] = ["Perfil", "Persona"] + [
        f"{MES[m.month - 1]}-{m.year % 100}" for m in months
    ]
    rows: list[list[object]] = [[*header, "Total"]]
    values: list[ValueFact] = []
    first = 0.0
    sums = [0.0] * nm
    for k, (role, who) in enumerate(people):
        days = [float(rng.randint(2, 18)) for _ in months]
        if k == 0:
            first = days[0]
        sums = [a + b for a, b in zip(sums, days, strict=True)]
        rows.append([role, who, *days, sum(days)])
    rows.append(["Total", None, *sums, sum(sums)])
    _put(ws, 4, 1, rows)
    values += [
        ValueFact("resources", 0, "role", people[0][0]),
        ValueFact("resources", 0, "person", people[0][1]),
        ValueFact("resources", 0, "month", months[0]),
        ValueFact("resources", 0, "planned_days", first),
    ]
    t = _cols("A", ["role", "person"])
    return Built(
        _save(wb, folder, "es_acequia_jornadas"),
        [_one("resources", "Jornadas", 4, t, nm * len(people))],
        values,
    )


def br_banco_sementes_fte(folder: Path, rng: random.Random) -> Built:
    """Staff allocation in FTE of a community seed library's cataloguing project."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Alocação")
    ws["A1"] = "Banco Comunitário de Sementes - alocação da equipe (FTE)"
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 7), 1), nm)
    people = [("Coordenação", "Ana Paula Ribeiro"), ("Técnico agrícola", "João Batista Lima")]
    people += [("Catalogação", "Mariana Costa"), ("Voluntariado", "Rafael Nogueira")]
    people = people[: rng.randint(2, 4)]
    rows: list[list[object]] = [
        ["Função", "Colaborador(a)"] + [f"{MESES_PT[m.month - 1]}/{m.year % 100}" for m in months]
    ]
    for role, who in people:
        rows.append([role, who, *[rng.choice(["0,5", "1,0", "0,25", "0,8"]) for _ in months]])
    _put(ws, 3, 1, rows)
    values = [
        ValueFact("resources", 0, "role", people[0][0]),
        ValueFact("resources", 0, "person", people[0][1]),
        ValueFact("resources", 0, "month", months[0]),
    ]
    t = _cols("A", ["role", "person"])
    return Built(
        _save(wb, folder, "br_banco_sementes_fte"),
        [_one("resources", "Alocação", 3, t, nm * len(people))],
        values,
    )


def nl_stadsarchief_statuspakket(folder: Path, rng: random.Random) -> Built:
    """A city archive digitisation programme's status pack: decisions and dependencies."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Besluiten")
    ws["A1"] = "Stadsarchief - digitalisering bouwdossiers"
    ws["A2"] = "Besluitenlijst stuurgroep"
    besluiten = [
        "Scannen uitbesteden aan externe partij",
        "Eerst de dossiers van voor 1950",
        "Metadata volgens landelijke standaard",
        "Inzage alleen via de studiezaal tot oplevering",
        "Extra budget voor conservering akkoord",
    ]
    n = rng.randint(3, 5)
    dates = _days(rng, n, date(2026, 1, 12))
    rows: list[list[object]] = [
        [
            "Vergaderdatum",
            "Agendapunt",
            "Wat is besloten",
            "Waarom",
            "Besloten door",
            "Gevolg voor planning",
        ]
    ]
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(["Stuurgroep", "Wethouder Cultuur", "Directeur archief"])
        punt = f"{rng.randint(3, 9)}. {rng.choice(['Voortgang', 'Aanbesteding', 'Financiën'])}"
        waarom = rng.choice([None, "zie verslag", "goedkoper en sneller"])
        gevolg = rng.choice(["geen", "+2 weken", None])
        rows.append([dates[i], punt, besluiten[i], waarom, who, gevolg])
        values += [
            ValueFact("decisions", i, "date", dates[i]),
            ValueFact("decisions", i, "decision", besluiten[i]),
            ValueFact("decisions", i, "made_by", who),
        ]
        if waarom == "goedkoper en sneller":  # a reason; `zie verslag` points elsewhere
            values.append(ValueFact("decisions", i, "rationale", waarom))
    _put(ws, 4, 1, rows)
    ws2 = wb.create_sheet("Afhankelijkheden")
    ws2["A1"] = "Afhankelijkheden (wat wij van anderen nodig hebben)"
    deps = [
        "Koppeling met zaaksysteem",
        "Opslagcapaciteit e-depot",
        "Verhuizing studiezaal",
        "Privacytoets afgerond",
    ]
    m = rng.randint(2, 4)
    need = _days(rng, m, date(2026, 3, 2))
    drows: list[list[object]] = [
        ["Code", "Wat hebben we nodig", "Van wie", "Nodig op", "Toegezegd", "Stand"]
    ]
    for i in range(m):
        who = rng.choice(["ICT Gemeente", "Vastgoed", "Functionaris gegevensbescherming"])
        toe = need[i] + timedelta(days=rng.choice([-7, 0, 14]))
        stand = rng.choice(["Geleverd", "loopt", "vertraagd"])
        drows.append([f"AF-{i + 1:02d}", deps[i], who, _dmy(need[i], "-"), _dmy(toe, "-"), stand])
        values += [
            # AF (afhankelijkheid): the register's own prefix, in the standard's form
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", deps[i]),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", toe),
        ]
        if stand in ("Geleverd", "vertraagd"):
            status = {"Geleverd": "Delivered", "vertraagd": "Late"}[stand]
            values.append(ValueFact("dependencies", i, "status", status))
    _put(ws2, 3, 1, drows)
    t1 = _cols("A", ["date", None, "decision", "rationale", "made_by", None])
    t2 = _cols("A", ["id", "title", None, "need_by", "committed_date", "status"])
    return Built(
        _save(wb, folder, "nl_stadsarchief_statuspakket"),
        [
            _one("decisions", "Besluiten", 4, t1, n),
            _one("dependencies", "Afhankelijkheden", 3, t2, m),
        ],
        values,
    )


def pl_laznia_harmonogram(folder: Path, rng: random.Random) -> Built:
    """Milestone schedule of a municipal public baths renovation."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Harmonogram")
    ws["A1"] = "Remont Łaźni Miejskiej - harmonogram kamieni milowych"
    ws["A2"] = "Wydział Inwestycji"
    kamienie = [
        "Przekazanie placu budowy",
        "Demontaż starych niecek",
        "Nowa instalacja wentylacji",
        "Odbiór sanepidu",
        "Otwarcie dla mieszkańców",
    ]
    n = rng.randint(3, 5)
    base = _days(rng, n, date(2026, 1, 19))
    rows: list[list[object]] = [
        [
            "Lp.",
            "Kamień milowy",
            "Termin wg umowy",
            "Termin prognozowany",
            "Data wykonania",
            "Odpowiedzialny",
            "Uwagi",
        ]
    ]
    values: list[ValueFact] = []
    for i in range(n):
        prog = base[i] + timedelta(days=rng.choice([0, 10, 30]))
        who = rng.choice(["Inspektor nadzoru", "Marek Zieliński", "Wykonawca"])
        done = _dmy(base[i], ".") if i == 0 else None
        rows.append(
            [f"{i + 1}.", kamienie[i], _dmy(base[i], "."), _dmy(prog, "."), done, who, None]
        )
        values += [
            ValueFact("milestones", i, "milestone", kamienie[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", prog),
            ValueFact("milestones", i, "owner", who),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", base[i]))
    _put(ws, 4, 1, rows)
    t = _cols(
        "A",
        [("id", None), "milestone", "baseline_date", "forecast_date", "actual_date", "owner", None],
    )
    return Built(
        _save(wb, folder, "pl_laznia_harmonogram"),
        [_one("milestones", "Harmonogram", 4, t, n)],
        values,
    )


def it_cantiere_budget(folder: Path, rng: random.Random) -> Built:
    """A boatyard's slipway project budget: a measure column and months across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Cantiere nautico - nuovo scalo di alaggio"
    ws["A2"] = "Importi in euro"
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    lines = rng.sample(
        ["Carpenteria", "Gru e noli", "Progettazione", "Opere a mare", "Sicurezza"], 3
    )
    header: list[object] = ["Voce di costo", "Tipo"] + [
        f"{MESI[m.month - 1]}-{m.year % 100}" for m in months
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]  # Importi in euro
    for line in lines:
        for word, key in (
            ("Budget", "budget"),
            ("Consuntivo", "actual"),
            ("Previsione", "forecast"),
        ):
            amounts = [float(rng.randrange(2, 90) * 250) for _ in months]
            rows.append([line if key == "budget" else None, word, *amounts])
            values += [
                ValueFact("finance", (m, line), key, a)
                for m, a in zip(months, amounts, strict=True)
            ]
    _put(ws, 4, 1, rows)
    return Built(
        _save(wb, folder, "it_cantiere_budget"),
        [
            TruthTable(
                "Budget", 4, "finance", {"A": "cost_line", "B": "measure"}, {"finance": 3 * nm}
            )
        ],
        values,
    )


def ca_cidrerie_staffing(folder: Path, rng: random.Random) -> Built:
    """A cider house expansion's staffing plan, exported one row per person and month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    crew = [("Cellar master", "Geneviève Tremblay"), ("Orchard lead", "Luc Bouchard")]
    crew += [("Bottling tech", "Sarah MacLeod"), ("Project coordinator", "Owen Gallant")]
    crew = crew[: rng.randint(2, 4)]
    months = _months(date(2026, rng.randint(2, 8), 1), rng.randint(2, 3))
    rows: list[list[object]] = [
        [
            "Employee",
            "Position",
            "Month Starting",
            "Allocated Hrs",
            "Allocated Days",
            "Billable",
            "Notes",
        ]
    ]
    values: list[ValueFact] = []
    k = 0
    for m in months:
        for role, who in crew:
            d = float(rng.randint(3, 20))
            note = rng.choice([None, None, "harvest season", "vacation 1 wk"])
            rows.append([who, role, m, d * 7.5, d, rng.choice(["Y", "N"]), note])
            values += [
                ValueFact("resources", k, "month", m),
                ValueFact("resources", k, "person", who),
                ValueFact("resources", k, "role", role),
                ValueFact("resources", k, "planned_days", d),
            ]
            k += 1
    _put(ws, 1, 1, rows)
    t = _cols("A", ["person", "role", "month", None, "planned_days", None, None])
    return Built(
        _save(wb, folder, "ca_cidrerie_staffing"), [_one("resources", "Staffing", 1, t, k)], values
    )


def au_bushcare_monthly(folder: Path, rng: random.Random) -> Built:
    """A bush regeneration network's monthly report with its key issues."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly report")
    rep = date(2026, rng.randint(1, 11), rng.randint(13, 28))
    lead = rng.choice(["Kylie Dawson", "Mick O'Sullivan", "Tran Nguyen"])
    overall = rng.choice(["Green", "Amber", "Red"])
    proj = "Creek Corridor Regeneration Stage 2"
    _put(
        ws,
        1,
        1,
        [
            ["Bushcare Network - Monthly Project Report"],
            ["Report month", _dmy(rep)],
            ["Project", proj],
            ["Project lead", lead],
            ["Overall", overall],
            [],
            ["Key issues this month"],
        ],
    )
    issues = [
        "Lantana regrowth after rain",
        "Volunteer numbers down over school holidays",
        "Council mowing crew cut planted area",
        "Seedling order short 400 tubes",
        "Access track washed out",
    ]
    n = rng.randint(2, 5)
    due = _days(rng, n, rep)
    rows: list[list[object]] = [["Issue", "What it affects", "Action", "Who", "By when"]]
    values = [
        ValueFact("project", 0, "project_name", proj),
        ValueFact("project", 0, "project_manager", lead),
        ValueFact("project", 0, "overall_rag", overall),
    ]
    for i in range(n):
        who = rng.choice(["Kylie", "Mick", "Council liaison", "Tran"])
        act = rng.choice(["Extra weeding day booked", "Raised with council", "Reorder placed"])
        rows.append(
            [issues[i], rng.choice(["Schedule", "Budget", "Survival rate"]), act, who, _dmy(due[i])]
        )
        values += [
            ValueFact("issues", i, "title", issues[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due[i]),
        ]
    _put(ws, 8, 1, rows)
    t = _cols("A", ["title", None, ("resolution", None), "owner", "due_date"])
    return Built(
        _save(wb, folder, "au_bushcare_monthly"),
        [_one("issues", "Monthly report", 8, t, n)],
        values,
    )


def in_milk_collection_deps(folder: Path, rng: random.Random) -> Built:
    """Dependency tracker of a dairy union's milk collection digitisation programme."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Milk Collection Digitisation - Dependency Tracker"
    ws["A2"] = "Programme Management Unit, District Milk Union"
    deps = [
        "Weighing scale firmware with Bluetooth",
        "SIM cards for village collection centres",
        "Farmer master data from registration drive",
        "Bank API for direct payment",
        "Solar power kits at chilling centres",
    ]
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    rows: list[list[object]] = [
        [
            "Sr. No.",
            "Milestone impacted",
            "Dependency description",
            "Dependent on (Dept/Agency)",
            "Required by",
            "Date committed by agency",
            "Current status",
            "Escalated to",
        ]
    ]
    values: list[ValueFact] = []
    for i in range(n):
        com = need[i] + timedelta(days=rng.choice([0, 0, 15, 30]))
        st = rng.choice(["On track", "Delayed", "Received"])
        rows.append(
            [
                i + 1,
                rng.choice(["M2 Pilot in 50 villages", "M3 District roll-out"]),
                deps[i],
                rng.choice(["IT vendor", "Procurement", "Finance cell"]),
                need[i],
                com,
                st,
                rng.choice([None, "MD, Milk Union", "Joint Registrar"]),
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", deps[i]),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", com),
        ]
        # Received / Delayed: Delivered / Late, as round 37's audits read the same tracker
        status = {"On track": "On Track", "Received": "Delivered", "Delayed": "Late"}[st]
        values.append(ValueFact("dependencies", i, "status", status))
    _put(ws, 4, 1, rows)
    t = _cols("A", [("id", None), None, "title", None, "need_by", "committed_date", "status", None])
    return Built(
        _save(wb, folder, "in_milk_collection_deps"),
        [_one("dependencies", "Dependencies", 4, t, n)],
        values,
    )


def ch_huette_finanzen(folder: Path, rng: random.Random) -> Built:
    """An alpine hut rebuild's cost sheet kept by the section treasurer: months down
    column A (`Monat` as `03.2026` text), each cost position a merged group of three columns
    `Budget` | `Ist` | `Prognose`, a `Total` row under the months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finanzen")
    ws["A1"] = "Ersatzneubau Berghütte - Kostenverfolgung"
    ws["A2"] = "Beträge in CHF, Stand gemäss Kassier"
    nm = rng.randint(3, 5)
    months = _months(date(2026, rng.randint(3, 8), 1), nm)
    lines = rng.sample(["Helikopterflüge", "Holzbau", "Sanitär", "Photovoltaik", "Planung"], 3)
    groups: list[object] = ["Monat"]
    subs: list[object] = [None]
    for line in lines:
        groups += [line, None, None]
        subs += ["Budget", "Ist", "Prognose"]
    _put(ws, 4, 1, [groups, subs])
    for k in range(len(lines)):
        c = 2 + 3 * k
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
    ws.merge_cells("A4:A5")
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]  # Beträge in CHF
    sums = [0.0] * (3 * len(lines))
    for r, m in enumerate(months):
        row: list[object] = [f"{m.month:02d}.{m.year}"]
        for k, line in enumerate(lines):
            for j, key in enumerate(("budget", "actual", "forecast")):
                a = float(rng.randrange(4, 120) * 500)
                row.append(a)
                sums[3 * k + j] += a
                values.append(ValueFact("finance", (m, line), key, a))
        _put(ws, 6 + r, 1, [row])
    _put(ws, 6 + nm, 1, [["Total", *sums]])
    return Built(
        _save(wb, folder, "ch_huette_finanzen"),
        [TruthTable("Finanzen", 5, "finance", {"A": "month"}, {"finance": len(lines) * nm})],
        values,
    )


HELD_OUT_126: tuple[Layout, ...] = (
    Layout("uk_pilot_launch_gates", "UK harbour pilot launch gate schedule", uk_pilot_launch_gates),
    Layout(
        "de_hebammenzentrum_monatsbericht",
        "German monthly report",
        de_hebammenzentrum_monatsbericht,
    ),
    Layout("fr_marionnettes_meteo", "French weekly status with risks", fr_marionnettes_meteo),
    Layout("es_acequia_jornadas", "Spanish resource plan in jornadas", es_acequia_jornadas),
    Layout("br_banco_sementes_fte", "Brazilian FTE allocation", br_banco_sementes_fte),
    Layout("nl_stadsarchief_statuspakket", "Dutch status pack logs", nl_stadsarchief_statuspakket),
    Layout("pl_laznia_harmonogram", "Polish milestone schedule", pl_laznia_harmonogram),
    Layout("it_cantiere_budget", "Italian budget tracker", it_cantiere_budget),
    Layout("ca_cidrerie_staffing", "Canadian staffing export", ca_cidrerie_staffing),
    Layout("au_bushcare_monthly", "Australian monthly report with issues", au_bushcare_monthly),
    Layout("in_milk_collection_deps", "Indian dependency tracker", in_milk_collection_deps),
    Layout("ch_huette_finanzen", "Swiss finance blocks", ch_huette_finanzen),
)
