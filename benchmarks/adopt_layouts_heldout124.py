"""The hundred-and-twenty-fourth held-out batch (round 41, task w132): TOOL EXPORTS AND
METHOD TEMPLATES.

Registers and trackers as a tool or a method hands them over: the Excel exports of
work-management, PPM, ITSM and scheduling tools (their own column names, ID forms,
date-time texts, custom fields and status words), and registers kept on project-method or
government methodology templates (their headings, guidance rows and scales), in English,
Dutch, Polish, German, Norwegian, Portuguese, Spanish, Italian and French. Every workbook
was imagined from how such teams keep them; no earlier batch was opened for the format.

Layouts (header words and value forms):

1. ``nl_care_farm_topdesk_problems``: a TOPdesk problem-management export of a Dutch care
   farm cooperative's client-file system: `Probleemnummer` (`P2603 014`), `Korte
   omschrijving`, `Status` (Aangemeld / In behandeling / Wacht op leverancier / Opgelost /
   Afgemeld), `Impact` / `Urgentie` words, `Prioriteit` (Hoog / Gemiddeld / Laag),
   `Behandelaarsgroep`, `Behandelaar`, `Aanmelddatum` (`14-03-2026 09:12` text),
   `Streefdatum`, `Afgemeld` Ja/Nee, `Datum afgemeld`, `Oorzaak`, `Oplossing`.
2. ``ca_wildlife_crossing_p6_milestones``: a Primavera P6 activity export (sheet `TASK`, row
   1 the field codes, row 2 the labels) of highway wildlife overpasses in Alberta, in a
   scheduler's own column layout with no type column (a milestone is `0d`): `Activity ID`,
   `Activity Name`, `Original Duration`, `Primary Resource`, `Baseline1 Finish Date`,
   `Finish` (`12-Mar-26`, `12-Mar-26 A`), `Actual Finish`, `Variance - BL1 Finish Date`,
   `Activity % Complete`, `Critical`. (The similarity check first flagged a P6 layout with
   the common default columns; rebuilt on these.)
3. ``pl_spa_resort_redmine_risks``: a Redmine issue export in Polish, tracker `Ryzyko`, of a
   health-resort (uzdrowisko) pump-room renovation: `#`, `Projekt`, `Typ zagadnienia`,
   `Status` (Nowy / W toku / Rozwiązany / Zamknięty), `Priorytet`, `Temat`, `Autor`,
   `Przypisany do`, `Kategoria`, `Utworzono` (`2026-03-14 10:22`), `Zaktualizowano`,
   `Termin`, custom fields `Prawdopodobieństwo` / `Wpływ` (`3 - średnie`), `Działania
   zaradcze`.
4. ``dk_blade_recycling_meisterplan``: a Meisterplan allocation export (one row per
   resource and month, in person days) of a wind-turbine blade recycling pilot: title
   lines (scenario, unit), `Project ID`, `Project Name`, `Resource Name`, `Resource Type`
   (Person / Role), `Role`, `Period Start`, `Period End`, `Allocation (PD)`, `Allocation
   Type`.
5. ``eu_euroregion_pm2_decision_log``: a steering committee's decision list kept on the
   PM² decision log of an Interreg euroregion's cross-border cycle route, title block and a
   guidance row in angle brackets under the header: `Ref.` (`DEC-01`), `PSC meeting`,
   `Decision taken`, `Options considered`, `Rationale`, `Impact on`, `Decided by`, `Date of
   decision` (date cells), `Follow-up by`. (First written with the template's own
   headings, flagged as an earlier batch's; rebuilt.)
6. ``no_road_tunnel_risikoregister``: a Norwegian state-method risk register of a road
   tunnel upgrade, two header rows (`Vurdering` merged over `S`, `K`, `R`): `Nr.`,
   `Risikoelement`, `Mulig konsekvens`, `S`, `K`, `R` (typed S×K), `Tiltak`, `Ansvarlig`,
   `Frist` (`14.03.2026`), `Status` (Åpen / Under oppfølging / Lukket); a scale legend.
7. ``de_gauge_network_vmodell_aenderungen``: a V-Modell XT `Änderungsstatusliste` of a
   river gauge network modernisation (Pegelnetz): product title block with `Stand:` and
   `Produktzustand:`, `Lfd. Nr.` (`ÄA-007`), `Änderungsantrag (Kurzbezeichnung)`,
   `Antragsteller`, `Eingang am` (`05.03.2026`), `Aufwand (PT)`, `Priorität` (hoch / mittel
   / niedrig), `Entscheidung`, `Entscheidung am`, `Umsetzung bis`, `Bearbeiter`, `Status`.
8. ``br_babassu_mgp_premissas``: a Brazilian federal (MGP-SISP style) register of
   premises for a babassu extractivists' registration system: header block, `Nº`
   (`PR-01`), `Descrição da premissa`, `Origem`, `Data de identificação`, `Se for falsa, o
   que acontece?`, `Como será validada`, `Prazo para validação` (`14/03/2026`),
   `Responsável`, `Situação` (Aberta / Validada / Falsa), `Última revisão`; a
   `Restrições` list below. (Rebuilt after a flag on the column structure.)
9. ``es_canary_volcano_sciforma_costes``: a Sciforma cost report of a Canary Islands
   volcano-monitoring network, `Proyecto:` and `Moneda: EUR` lines, `Partida de coste`,
   `Tipo` (Presupuesto / Real / Previsión), months `ene-26` .. across, `Total`.
10. ``au_roadhouse_targetprocess_dependencies``: a Targetprocess export of a custom
    `Dependency` entity of an outback roadhouse chain's fuel-card platform: `ID` (5
    digits), `Name`, `Entity State` (Identified / Requested / Committed / At Risk / Done),
    `Direction` (Incoming / Outgoing), `Requesting Team`, `Delivering Team`, `Needed By`
    and `Committed Date` (`3/13/2026 12:00:00 AM`), `Assigned Users`, `Create Date`.
11. ``it_palio_pm2_stato_progetto``: a PM² project status report in Italian (a town's
    Palio stands rebuild): `Nome del progetto:`, `Project Manager (PM):`, `Project Owner
    (PO):`, `Data del rapporto:`, a traffic-light block (`Complessivo`, `Tempi`, `Costi`,
    `Ambito` with Verde / Giallo / Rosso), then a milestone table: `Traguardo`, `Esito` (Raggiunto / In linea / Da avviare / A rischio / In
    ritardo), `Scadenza iniziale`, `Nuova scadenza` (only when moved), `Raggiunto il`.
    (Rebuilt after the first milestone header matched an earlier Italian plan's.)
12. ``fr_carrousel_openproject_jalons``: an OpenProject work-package export in French of a
    listed carousel's restoration: `ID`, `Type` (Phase / Tâche / Jalon), `Sujet`, `Statut`
    (Nouveau / En cours / Terminé), `Assigné à`, `Date de début`, `Date de fin`, custom
    fields `Date de référence` and `Date réelle`, `Progression (%)`.

Least-sure readings (no fact for any of them): TOPdesk's `Probleemnummer`, P6's `Activity
ID`, Redmine's `#`, Targetprocess's `ID` and OpenProject's `ID` (a tool's own numbers across
entity types: the column is the ID, its values kept or renumbered are both readings); the
Norwegian `Nr.` (bare numbers), the V-Modell `ÄA-007` and the premises' `PR-01` (the
register's own letters: I-007 / A-001 or kept); TOPdesk's `Wacht op leverancier` (Open or
In Progress), `Impact` (Organisatie / Afdeling / Persoon: no severity scale) and `Oorzaak`
(cause: description or left out); a P6 milestone's `Finish` when it carries `A` (the actual,
not a forecast) and its status (`Activity % Complete` 100% or 0%: no status column); Redmine's `W toku` and `Rozwiązany` for a risk (Open, Monitoring or
Closed), `Priorytet` (no risk field); Meisterplan's role rows' `Resource Name` (a role,
not a person); PM² `PSC meeting`, `Options considered`, `Impact on` and `Follow-up by`; the Norwegian typed `R` (the score is derived) and
`Mulig konsekvens` (the consequence: description, impact text or left out);
V-Modell's `umgesetzt` (Resolved or Closed), `Entscheidung` (the change board's verdict, not
the issue's status), each change request's type (Request for Change by the list's name
only); the premises' `Restrições` (constraints, no register); Sciforma's `Total` column and
blank future `Real` months; Targetprocess's `Identified` / `Requested` / `Committed`
(Open or On Track) and `Delivering Team` (a team, no counterparty project id); PM²'s
`Project Owner (PO)` (sponsor or business owner), `Periodo di riferimento` (a period, no
date), `In linea` for a milestone (In Progress or Not Started) and a blank `Nuova scadenza`
(the forecast is the first date, or unknown); OpenProject's `Date de début` of a Jalon and
`Assigné à` of a Jalon left blank; Meisterplan's `Project Name` column (a table column, not the
workbook's header) and V-Modell's `Verantwortlich:`; every title line as a project name
unless labelled.

Audited in round 41 (task a136; docs/adopt.md, "Round 41: the hundred-and-twenty-fourth
batch's truth audited"): the tools' own numbers (TOPdesk, P6, Redmine, Targetprocess,
OpenProject) and the Norwegian plain `Nr.` are `("id", None)` with no value, the typed `R`
is `("score", None)` with no value (the lead's rulings); Redmine's `Działania zaradcze` and
the Norwegian `Tiltak` (but the placeholder `Avklares`) are each risk's response and
TOPdesk's `Oplossing` the resolution, as written; the premises' `PR-01` .. are A-001 ..;
the V-Modell `Änderungsstatusliste` is a change request log, no register of SPEC's, so it
has no truth table (its `Projekt:` name kept). Cells that contradicted their rows were
mended with the same draws in the same order: P6's reached milestones are the first of the
chain and an open one finishes after the last actual; the PM² log's `Date:`, the V-Modell
`Stand:`, the Sciforma `Fecha de extracción:` and the Palio `Data del rapporto:` are no
earlier than what they list; a Targetprocess dependency `from the ...` is `Incoming`; a
Palio milestone whose date passed unreached by the report is `In ritardo`.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def _late_one(days: list[date]) -> list[date]:
    """``days`` with one past the 12th (the last moved on until it is), so a text date
    column's order is known from the column itself; never moved earlier."""
    if days and not any(d.day > 12 for d in days):
        days[-1] = days[-1] + timedelta(days=13 - days[-1].day)
    return days


def _later(rng: random.Random, days: list[date], lo: int, hi: int) -> list[date]:
    """Each of ``days`` moved ``lo`` to ``hi`` days on, one past the 12th."""
    return _late_one([d + timedelta(days=rng.randint(lo, hi)) for d in days])


# ---------------------------------------------------------------------------------------
# 1. TOPdesk problem export (Dutch)
# ---------------------------------------------------------------------------------------

NL_PEOPLE = ["Anouk de Vries", "Bram Jansen", "Femke Bakker", "Sander Visser", "Lotte Smit"]
NL_PROBLEMS = [
    "Dagbestedingsregistratie laadt traag op de tablets",
    "Koppeling met zorgkantoor weigert declaraties",
    "Zorgplannen worden dubbel opgeslagen",
    "Inloggen met tweestapsverificatie faalt buiten kantoor",
    "Rapportage aanwezigheid telt vrijwilligers mee",
    "Printen van overdrachtsformulier geeft lege pagina",
    "Synchronisatie agenda begeleiders loopt achter",
]
NL_STATUS = {
    "Aangemeld": "Open",
    "In behandeling": "In Progress",
    "Wacht op leverancier": None,
    "Opgelost": "Resolved",
    "Afgemeld": "Closed",
}
NL_PRIO = {"Hoog": "High", "Gemiddeld": "Medium", "Laag": "Low"}


def nl_care_farm_topdesk_problems(folder: Path, rng: random.Random) -> Built:
    """TOPdesk `Problemen` selection exported to Excel: header row 1, date-times as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problemen")
    header = [
        "Probleemnummer",
        "Korte omschrijving",
        "Status",
        "Impact",
        "Urgentie",
        "Prioriteit",
        "Behandelaarsgroep",
        "Behandelaar",
        "Aanmelddatum",
        "Streefdatum",
        "Afgemeld",
        "Datum afgemeld",
        "Oorzaak",
        "Oplossing",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit: the tool's own problem number (round 41)
        "title",
        "status",
        None,
        None,
        "priority",
        None,
        "owner",
        "raised_date",
        "due_date",
        None,
        "closed_date",
        None,
        "resolution",
    ]
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2026, 1, 6))
    due = _later(rng, raised, 7, 35)
    statuses = [rng.choice(list(NL_STATUS)) for _ in range(n)]
    shut = [i for i in range(n) if statuses[i] == "Afgemeld"]
    closed_days = _late_one([raised[i] + timedelta(days=rng.randint(3, 30)) for i in shut])
    closed = dict(zip(shut, closed_days, strict=True))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        status = statuses[i]
        prio = rng.choice(list(NL_PRIO))
        owner = rng.choice(NL_PEOPLE)
        title = NL_PROBLEMS[i]
        shut_on = closed.get(i)
        rows.append(
            [
                f"P{raised[i]:%y%m} {rng.randint(1, 40):03d}",
                title,
                status,
                rng.choice(["Organisatie", "Afdeling", "Persoon"]),
                rng.choice(["Hoog", "Normaal", "Laag"]),
                prio,
                rng.choice(["Functioneel beheer ECD", "Applicatiebeheer", "Leverancier ECD"]),
                owner,
                f"{_dmy(raised[i], '-')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
                _dmy(due[i], "-"),
                "Ja" if shut_on else "Nee",
                _dmy(shut_on, "-") if shut_on else None,
                rng.choice(["Configuratiefout", "Bug in release 7.2", "Onbekend"]),
                "Patch geïnstalleerd" if status in ("Opgelost", "Afgemeld") else None,
            ]
        )
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "priority", NL_PRIO[prio]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        word = NL_STATUS[status]
        if word:
            values.append(ValueFact("issues", i, "status", word))
        if shut_on:
            values.append(ValueFact("issues", i, "closed_date", shut_on))
        if status in ("Opgelost", "Afgemeld"):  # audit: `Oplossing` is the resolution
            values.append(ValueFact("issues", i, "resolution", "Patch geïnstalleerd"))
    _put(ws, 1, 1, rows)
    path = _save(wb, folder, "nl_care_farm_topdesk_problems")
    return Built(path, [_one("issues", "Problemen", 1, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 2. Primavera P6 activity export (English, Canada)
# ---------------------------------------------------------------------------------------

P6_TASKS = [
    "Clear and grub east approach",
    "Drive piles - pier 1",
    "Precast arch segments delivery",
    "Erect arch segments",
    "Place fill and topsoil on deck",
    "Install ungulate fencing",
    "Plant native shrubs on overpass",
    "Camera monitoring set-up",
]
P6_MILESTONES = [
    "Environmental approval received",
    "Substantial completion - Overpass 3",
    "Fencing tie-in complete",
    "Overpass open to wildlife",
    "Final acceptance",
]


def _p6(d: date) -> str:
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"


def ca_wildlife_crossing_p6_milestones(folder: Path, rng: random.Random) -> Built:
    """P6 `Export to Excel` of a layout the scheduler set up for the client's monthly
    milestone review: sheet TASK, row 1 the field codes, row 2 the column labels; no type
    column, so a milestone is a row of `Original Duration` `0d`; `Primary Resource` names
    the responsible person."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "TASK")
    codes = [
        "task_code",
        "task_name",
        "target_drtn_hr_cnt",
        "rsrc_id",
        "bl1_end_date",
        "end_date",
        "act_end_date",
        "bl1_end_var",
        "complete_pct",
        "driving_path_flag",
    ]
    labels = [
        "Activity ID",
        "Activity Name",
        "Original Duration",
        "Primary Resource",
        "Baseline1 Finish Date",
        "Finish",
        "Actual Finish",
        "Variance - BL1 Finish Date",
        "Activity % Complete",
        "Critical",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit: P6's own activity code (round 41)
        "milestone",
        None,
        "owner",
        "baseline_date",
        "forecast_date",
        "actual_date",
        None,
        None,
        None,
    ]
    n_ms = rng.randint(3, 4)
    n_task = rng.randint(4, 7)
    kinds = ["M"] * n_ms + ["T"] * n_task
    rng.shuffle(kinds)
    kinds[0] = "M"  # the schedule opens on its approval milestone
    n_ms = kinds.count("M")
    base = _days(rng, n_ms, date(2026, 1, 12))
    fin = _later(rng, base, 0, 20)
    done = sorted(rng.sample(range(n_ms), rng.randint(1, max(1, n_ms // 2))))
    done = [k for k in done if k < n_ms - 1] or [0]
    # audit (round 41): the milestones reached are the first of the chain (no completion
    # before its approval), and an open one's Finish is after the last actual (P6 schedules
    # remaining work from the data date); same draws in the same order
    done = list(range(len(done)))
    act = _late_one([fin[k] for k in done])
    actual = dict(zip(done, act, strict=True))
    last_act = max(act)
    fin = [d if k in actual else max(d, last_act + timedelta(days=1)) for k, d in enumerate(fin)]
    crew = ["Dana McLeod", "Raj Singh", "Colette Roy", "Wes Callihoo"]
    rows: list[list[object]] = [codes, labels]
    values: list[ValueFact] = []
    k = t = 0
    for i, kind in enumerate(kinds):
        code = f"WX3-{1000 + 10 * i}"
        if kind == "T":
            start = date(2026, 2, 2) + timedelta(days=rng.randrange(120))
            days = rng.randint(5, 40)
            end = start + timedelta(days=days)
            rows.append(
                [
                    code,
                    P6_TASKS[t % len(P6_TASKS)],
                    f"{days}d",
                    rng.choice([*crew, None]),
                    _p6(end),
                    _p6(end),
                    None,
                    "0d",
                    f"{rng.choice([0, 10, 35, 60])}%",
                    rng.choice(["Yes", "No"]),
                ]
            )
            t += 1
            continue
        name = P6_MILESTONES[k]
        got = actual.get(k)
        owner = rng.choice(crew)
        finish = got or fin[k]
        rows.append(
            [
                code,
                name,
                "0d",
                owner,
                _p6(base[k]),
                f"{_p6(got)} A" if got else _p6(fin[k]),
                _p6(got) if got else None,
                f"{(base[k] - finish).days}d",
                "100%" if got else "0%",
                "Yes" if (finish - base[k]).days > 10 else "No",
            ]
        )
        values += [
            ValueFact("milestones", k, "milestone", name),
            ValueFact("milestones", k, "owner", owner),
            ValueFact("milestones", k, "baseline_date", base[k]),
        ]
        if got:
            values.append(ValueFact("milestones", k, "actual_date", got))
        else:
            values.append(ValueFact("milestones", k, "forecast_date", fin[k]))
        k += 1
    _put(ws, 1, 1, rows)
    path = _save(wb, folder, "ca_wildlife_crossing_p6_milestones")
    return Built(path, [_one("milestones", "TASK", 2, _cols("A", targets), n_ms)], values)


# ---------------------------------------------------------------------------------------
# 3. Redmine issue export in Polish, tracker Ryzyko
# ---------------------------------------------------------------------------------------

PL_PEOPLE = ["Katarzyna Nowak", "Tomasz Wiśniewski", "Agnieszka Kowalczyk", "Piotr Zieliński"]
PL_RISKS = [
    ("Opóźnienie dostawy armatury do pijalni wód", "Harmonogram"),
    ("Konserwator zabytków zażąda zmian w elewacji", "Prawne"),
    ("Wzrost cen robót budowlanych ponad kosztorys", "Finanse"),
    ("Odejście kierownika budowy w trakcie robót", "Personel"),
    ("Awaria ujęcia wody mineralnej podczas prac", "Techniczne"),
    ("Nowy system rezerwacji nie zintegruje się z NFZ", "Techniczne"),
    ("Brak zgody na zamknięcie deptaku w sezonie", "Prawne"),
]
PL_CATEGORY = {
    "Harmonogram": "Schedule",
    "Prawne": "Legal",
    "Finanse": "Financial",
    "Personel": "People",
    "Techniczne": "Technical",
}
PL_LEVEL = ["1 - bardzo niskie", "2 - niskie", "3 - średnie", "4 - wysokie", "5 - bardzo wysokie"]
PL_STATUS = {"Nowy": "Open", "W toku": None, "Rozwiązany": None, "Zamknięty": "Closed"}


def pl_spa_resort_redmine_risks(folder: Path, rng: random.Random) -> Built:
    """Redmine `CSV` export (all columns) opened in Excel, filtered on tracker `Ryzyko`:
    ISO texts, `Utworzono` with its time, custom fields as list values `3 - średnie`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "zagadnienia")
    header = [
        "#",
        "Projekt",
        "Typ zagadnienia",
        "Status",
        "Priorytet",
        "Temat",
        "Autor",
        "Przypisany do",
        "Kategoria",
        "Utworzono",
        "Zaktualizowano",
        "Termin",
        "Prawdopodobieństwo",
        "Wpływ",
        "Działania zaradcze",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit: Redmine's own issue number (round 41)
        None,
        None,
        "status",
        None,
        "title",
        None,
        "owner",
        "category",
        "raised_date",
        "last_updated",
        "due_date",
        "probability",
        "impact",
        "response",
    ]
    n = rng.randint(5, 7)
    picks = rng.sample(PL_RISKS, n)
    made = _days(rng, n, date(2025, 11, 3))
    updated = _later(rng, made, 2, 40)
    due = _later(rng, made, 30, 120)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (title, cat) in enumerate(picks):
        status = rng.choice(list(PL_STATUS))
        owner = rng.choice(PL_PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        has_due = rng.random() < 0.8
        row: list[object] = [
            4800 + rng.randint(0, 60) * 3 + i,
            "Modernizacja Pijalni Wód",
            "Ryzyko",
            status,
            rng.choice(["Niski", "Normalny", "Wysoki", "Pilny"]),
            title,
            rng.choice(PL_PEOPLE),
            owner,
            cat,
            f"{made[i]:%Y-%m-%d} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
            f"{updated[i]:%Y-%m-%d} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
            f"{due[i]:%Y-%m-%d}" if has_due else None,
            PL_LEVEL[p - 1],
            PL_LEVEL[imp - 1],
            rng.choice(
                [
                    "Zamówienie z wyprzedzeniem, kara umowna",
                    "Uzgodnienia z WKZ przed projektem wykonawczym",
                    "Rezerwa 8% w budżecie",
                    None,
                ]
            ),
        ]
        rows.append(row)
        if row[14]:  # audit: `Działania zaradcze` is the response, as written
            values.append(ValueFact("risks", i, "response", row[14]))
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "category", PL_CATEGORY[cat]),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "last_updated", updated[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
        ]
        if has_due:
            values.append(ValueFact("risks", i, "due_date", due[i]))
        if PL_STATUS[status]:
            values.append(ValueFact("risks", i, "status", PL_STATUS[status]))
    _put(ws, 1, 1, rows)
    path = _save(wb, folder, "pl_spa_resort_redmine_risks")
    return Built(path, [_one("risks", "zagadnienia", 1, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 4. Meisterplan allocation export (English, Denmark), long: one row per resource and month
# ---------------------------------------------------------------------------------------

DK_PEOPLE = [
    ("Mette Sørensen", "Process Engineer"),
    ("Jonas Kristensen", "Materials Scientist"),
    ("Ida Mortensen", "Project Manager"),
    ("Rasmus Holm", "Process Engineer"),
    ("Freja Lund", "Lab Technician"),
]
DK_OPEN_ROLES = ["Pyrolysis Operator", "Quality Engineer"]


def dk_blade_recycling_meisterplan(folder: Path, rng: random.Random) -> Built:
    """Meisterplan `Export allocations`: four title lines, header row 6, dates as cells,
    allocations in person days; unnamed demand as rows of type `Role`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Allocations")
    ws["A1"] = "Meisterplan - Allocation Export"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Scenario: Plan of Record"
    ws["A3"] = "Unit: Person days (PD)"
    ws["A4"] = f"Exported: {datetime(2026, 1, 9, 14, 3):%Y-%m-%d %H:%M} by portfolio.office"
    header = [
        "Project ID",
        "Project Name",
        "Resource Name",
        "Resource Type",
        "Role",
        "Period Start",
        "Period End",
        "Allocation (PD)",
        "Allocation Type",
    ]
    targets: list[str | None] = [
        None,
        None,
        "person",
        None,
        "role",
        "month",
        None,
        "planned_days",
        None,
    ]
    first = rng.choice([1, 2, 3])
    n_months = rng.randint(3, 4)
    months = [date(2026, first + m, 1) for m in range(n_months)]
    people = rng.sample(DK_PEOPLE, rng.randint(2, 4))
    lines: list[tuple[str, str, bool]] = [(p, r, True) for p, r in people]
    lines += [(r, r, False) for r in rng.sample(DK_OPEN_ROLES, rng.randint(1, 2))]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    k = 0
    for name, role, is_person in lines:
        for m in months:
            if rng.random() < 0.2:
                continue  # not booked that month: Meisterplan writes no row
            pd = float(rng.choice([2, 4, 5, 6, 8, 10, 12, 15]) + rng.choice([0, 0, 0.5]))
            end = (m.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            rows.append(
                [
                    "P-2026-014",
                    "BladeLoop Pilot Line",
                    name,
                    "Person" if is_person else "Role",
                    role,
                    m,
                    end,
                    pd,
                    "Assignment" if is_person else "Demand",
                ]
            )
            values += [
                ValueFact("resources", k, "role", role),
                ValueFact("resources", k, "month", m),
                ValueFact("resources", k, "planned_days", pd),
            ]
            if is_person:
                values.append(ValueFact("resources", k, "person", name))
            k += 1
    _put(ws, 6, 1, rows)
    for r in range(7, 7 + k):
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
    path = _save(wb, folder, "dk_blade_recycling_meisterplan")
    return Built(path, [_one("resources", "Allocations", 6, _cols("A", targets), k)], values)


# ---------------------------------------------------------------------------------------
# 5. PM² Decision Log (English, Interreg euroregion)
# ---------------------------------------------------------------------------------------

EU_PEOPLE = ["Project Steering Committee", "Hanna Lindqvist", "Jean-Marc Thill", "Eva Schuster"]
EU_DECISIONS = [
    ("Route crosses the Moselle at the Schengen bridge, not by ferry", "Year-round crossing"),
    ("Signage follows the German FGSV scheme on both sides", "One scheme is cheaper to keep"),
    ("Counting stations bought jointly by the lead partner", "Single tender saves 12%"),
    ("Surface of the forest section stays water-bound gravel", "Nature park condition"),
    ("Launch event moved to the European Mobility Week", "Partner media budget"),
    ("Second call for the rest-area works extended by four weeks", "Only one bid received"),
]


def eu_euroregion_pm2_decision_log(folder: Path, rng: random.Random) -> Built:
    """PM² Decision Log: title block, header row 7, the template's guidance row (angle
    brackets, italic) under it, then the decisions; dates as cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    pm = rng.choice(["Hanna Lindqvist", "Jean-Marc Thill"])
    _put(
        ws,
        1,
        1,
        [
            ["Project Steering Committee - Decision List (PM² Decision Log)"],
            ["Project Name:", "VeloRegio Saar-Lor-Lux cross-border cycle route"],
            ["Project Manager:", pm],
            ["Version:", f"1.{rng.randint(1, 6)}", "Date:", date(2026, 3, 2)],
        ],
    )
    ws["A1"].font = Font(bold=True, size=14)
    ws["D4"].number_format = "dd/mm/yyyy"
    header = [
        "Ref.",
        "PSC meeting",
        "Decision taken",
        "Options considered",
        "Rationale",
        "Impact on",
        "Decided by",
        "Date of decision",
        "Follow-up by",
    ]
    guidance = [
        "<DEC-nn>",
        "<PSC number>",
        "<What was decided, in one sentence>",
        "<Options put to the PSC>",
        "<Why this option>",
        "<Scope / Time / Cost / Quality>",
        "<Body or person>",
        "<dd/mm/yyyy>",
        "<Who acts on it>",
    ]
    targets: list[str | None] = [
        "id",
        None,
        "decision",
        None,
        "rationale",
        None,
        "made_by",
        "date",
        None,
    ]
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 10, 6))
    # audit (round 41): the log's version is dated no earlier than its last decision
    ws["D4"] = datetime.combine(max(date(2026, 3, 2), max(when)), datetime.min.time())
    picks = rng.sample(EU_DECISIONS, n)
    rows: list[list[object]] = [header, guidance]
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(picks):
        by = rng.choice(EU_PEOPLE)
        rows.append(
            [
                f"DEC-{i + 1:02d}",
                f"PSC #{3 + i // 2}",
                text,
                rng.choice(["A / B", "A / B / do nothing", None]),
                why,
                rng.choice(["Scope", "Time", "Cost", "Time, Cost"]),
                by,
                when[i],
                rng.choice(["Lead partner", "WP3 lead", "Communication officer"]),
            ]
        )
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "made_by", by),
            ValueFact("decisions", i, "rationale", why),
        ]
    _put(ws, 7, 1, rows)
    for c in range(1, 10):
        ws.cell(7, c).font = Font(bold=True)
        ws.cell(8, c).font = Font(italic=True, color="808080")
    for r in range(9, 9 + n):
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
    values.append(ValueFact("project", 0, "project_manager", pm))
    values.append(
        ValueFact("project", 0, "project_name", "VeloRegio Saar-Lor-Lux cross-border cycle route")
    )
    path = _save(wb, folder, "eu_euroregion_pm2_decision_log")
    return Built(path, [_one("decisions", "Decisions", 7, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 6. Norwegian state-method risk register (road tunnel)
# ---------------------------------------------------------------------------------------

NO_PEOPLE = ["Ingrid Haugen", "Ola Berg", "Kari Johansen", "Lars Dahl", "Siri Nilsen"]
NO_RISKS = [
    ("Nattestenging gir flere omkjøringsklager enn antatt", "Økt politisk press, stans"),
    ("Bergsikring avdekker svakhetssone i tunnelhvelv", "Tillegg og forsinkelse"),
    ("Leverandør av ventilasjonsvifter går konkurs", "Ny anskaffelse, 6 mnd"),
    ("Nødnettdekning godkjennes ikke av DSB", "Tunnel kan ikke åpnes"),
    ("Vannlekkasjer gir isdannelse om vinteren", "Trafikkfare, ekstra drift"),
    ("Manglende kapasitet i byggherreorganisasjonen", "Svak oppfølging av entreprenør"),
    ("Prisstigning på stål og betong", "Overskridelse av kostnadsramme"),
]
NO_STATUS = {"Åpen": "Open", "Under oppfølging": "Monitoring", "Lukket": "Closed"}


def no_road_tunnel_risikoregister(folder: Path, rng: random.Random) -> Built:
    """A risk register on the state project model's sheet: title block, header on rows 5-6
    (`Vurdering` merged over S, K, R), `Frist` as day-first text with dots, a legend."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risikoregister")
    pl = rng.choice(NO_PEOPLE)
    ws["A1"] = "Risikoregister"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Prosjekt: Oppgradering av Kvernhustunnelen"
    ws["A3"] = f"Prosjektleder: {pl}"
    ws["E3"] = f"Sist oppdatert: {_dmy(date(2026, 3, rng.randint(13, 27)), '.')}"
    top = [
        "Nr.",
        "Risikoelement",
        "Mulig konsekvens",
        "Vurdering",
        None,
        None,
        "Tiltak",
        "Ansvarlig",
        "Frist",
        "Status",
    ]
    sub = [None, None, None, "S", "K", "R", None, None, None, None]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit: plain row numbers under `Nr.` (round 41)
        "title",
        None,
        "probability",
        "impact",
        ("score", None),  # audit: a typed S x K (SPEC: never a typed score)
        "response",
        "owner",
        "due_date",
        "status",
    ]
    n = rng.randint(5, 7)
    picks = rng.sample(NO_RISKS, n)
    due = _days(rng, n, date(2026, 2, 2))
    rng.shuffle(due)
    rows: list[list[object]] = [top, sub]
    values: list[ValueFact] = []
    for i, (risk, cons) in enumerate(picks):
        s, k = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(NO_PEOPLE)
        status = rng.choice(list(NO_STATUS))
        measure = rng.choice(
            ["Tett dialog med kommunen", "Opsjon på reserveleverandør", "Avklares"]
        )
        rows.append([i + 1, risk, cons, s, k, s * k, measure, owner, _dmy(due[i], "."), status])
        if measure != "Avklares":  # audit: `Tiltak` is the response; `Avklares` is a TBD
            values.append(ValueFact("risks", i, "response", measure))
        values += [
            ValueFact("risks", i, "title", risk),
            ValueFact("risks", i, "probability", float(s)),
            ValueFact("risks", i, "impact", float(k)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "status", NO_STATUS[status]),
        ]
    _put(ws, 5, 1, rows)
    ws.merge_cells("D5:F5")
    for c in (1, 2, 3, 7, 8, 9, 10):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    legend = 7 + n + 1
    ws.cell(legend, 1, "S = sannsynlighet (1 = svært lite sannsynlig, 5 = svært sannsynlig)")
    ws.cell(legend + 1, 1, "K = konsekvens (1 = ubetydelig, 5 = svært alvorlig); R = S x K")
    values.append(ValueFact("project", 0, "project_manager", pl))
    values.append(ValueFact("project", 0, "project_name", "Oppgradering av Kvernhustunnelen"))
    path = _save(wb, folder, "no_road_tunnel_risikoregister")
    return Built(path, [_one("risks", "Risikoregister", 6, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 7. V-Modell XT Änderungsstatusliste (German)
# ---------------------------------------------------------------------------------------

DE_PEOPLE = ["Jana Becker", "Florian Wagner", "Sabine Hoffmann", "Markus Schulz", "Petra Koch"]
DE_CHANGES = [
    "Pegelstation Kaub: Fernübertragung auf LTE umstellen",
    "Schnittstelle zum Hochwassermeldedienst um 15-Minuten-Werte erweitern",
    "Zusätzlicher Radarsensor am Pegel Maxau",
    "Benutzerrollen für Landesämter trennen",
    "Plausibilisierung bei Eisgang anpassen",
    "Archivierung der Rohdaten auf 30 Jahre verlängern",
    "Web-Karte mit Pegelständen barrierefrei machen",
]
DE_PRIO = {"hoch": "High", "mittel": "Medium", "niedrig": "Low"}
DE_STATUS = {
    "offen": "Open",
    "in Bearbeitung": "In Progress",
    "umgesetzt": None,
    "abgeschlossen": "Closed",
}


def de_gauge_network_vmodell_aenderungen(folder: Path, rng: random.Random) -> Built:
    """The V-Modell XT product `Änderungsstatusliste`: product title block (`Stand:`,
    `Produktzustand:`), header row 7, day-first dotted date texts, a change board verdict
    beside the work status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Änderungsstatusliste")
    lead = rng.choice(DE_PEOPLE)
    stand = date(2026, 3, rng.randint(13, 28))
    _put(
        ws,
        1,
        1,
        [
            ["Änderungsstatusliste"],
            ["Projekt:", "Modernisierung Pegelnetz Mittelrhein (PNM)"],
            ["Verantwortlich:", lead],
            ["Stand:", None, "Version:", "2.3"],
            ["Produktzustand:", rng.choice(["in Bearbeitung", "vorgelegt"])],
        ],
    )
    ws["A1"].font = Font(bold=True, size=14)
    header = [
        "Lfd. Nr.",
        "Änderungsantrag (Kurzbezeichnung)",
        "Antragsteller",
        "Eingang am",
        "Aufwand (PT)",
        "Priorität",
        "Entscheidung",
        "Entscheidung am",
        "Umsetzung bis",
        "Bearbeiter",
        "Status",
    ]
    targets: list[str | None] = [
        "id",
        "title",
        None,
        "raised_date",
        None,
        "priority",
        None,
        None,
        "due_date",
        "owner",
        "status",
    ]
    n = rng.randint(4, 7)
    picks = rng.sample(DE_CHANGES, n)
    came = _days(rng, n, date(2025, 10, 1))
    until = _later(rng, came, 30, 110)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, title in enumerate(picks):
        prio = rng.choice(list(DE_PRIO))
        verdict = rng.choice(["genehmigt", "genehmigt", "zurückgestellt", "offen"])
        status = "offen" if verdict != "genehmigt" else rng.choice(list(DE_STATUS))
        worker = rng.choice(DE_PEOPLE) if verdict == "genehmigt" else None
        rows.append(
            [
                f"ÄA-{i + 3:03d}",
                title,
                rng.choice(["WSA Bingen", "BfG Koblenz", "LfU Rheinland-Pfalz"]),
                _dmy(came[i], "."),
                rng.choice([2, 3, 5, 8, 13, 20]),
                prio,
                verdict,
                _dmy(came[i] + timedelta(days=14), ".") if verdict != "offen" else None,
                _dmy(until[i], ".") if worker else None,
                worker,
                status,
            ]
        )
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "raised_date", came[i]),
            ValueFact("issues", i, "priority", DE_PRIO[prio]),
        ]
        if worker:
            values.append(ValueFact("issues", i, "owner", worker))
            values.append(ValueFact("issues", i, "due_date", until[i]))
        if DE_STATUS[status]:
            values.append(ValueFact("issues", i, "status", DE_STATUS[status]))
    _put(ws, 7, 1, rows)
    for c in range(1, 12):
        ws.cell(7, c).font = Font(bold=True)
    # audit (round 41): a list as of a day holds nothing received or decided after it
    listed = [came[i] + timedelta(days=14 if r[7] else 0) for i, r in enumerate(rows[1:])]
    ws["B4"] = _dmy(max(stand, *listed), ".")
    # audit (round 41): every row is an `Änderungsantrag` with the change board's verdict: a
    # change request log, no register of SPEC's (the lead's ruling), so no truth table; the
    # writer's reading as issues is kept in ``targets`` and ``values`` for the record
    del targets
    values = [ValueFact("project", 0, "project_name", "Modernisierung Pegelnetz Mittelrhein (PNM)")]
    path = _save(wb, folder, "de_gauge_network_vmodell_aenderungen")
    return Built(path, [], values)


# ---------------------------------------------------------------------------------------
# 8. Brazilian federal register of premises (Portuguese)
# ---------------------------------------------------------------------------------------

BR_PEOPLE = ["Ana Paula Ribeiro", "José Carlos Lima", "Francisca Sousa", "Raimundo Araújo"]
BR_PREMISES = [
    ("Cooperativas fornecerão a lista de quebradeiras cadastradas", "Negócio"),
    ("Conectividade 4G disponível nas sedes municipais", "Tecnologia"),
    ("Base do CadÚnico poderá ser consultada via API", "Tecnologia"),
    ("Equipe da Conab disponível para homologação em abril", "Recursos"),
    ("Orçamento do PAA mantido no exercício de 2026", "Orçamento"),
    ("Termo de cooperação com o estado do Maranhão assinado até março", "Jurídico"),
]
BR_STATUS = {"Aberta": "Open", "Validada": "Validated", "Falsa": "Invalid"}


def br_babassu_mgp_premissas(folder: Path, rng: random.Random) -> Built:
    """A register of premises on the federal methodology's plan annex: header block, header
    row 6, day-first slash texts, and a `Restrições` list (no register) below."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Premissas")
    gp = rng.choice(BR_PEOPLE)
    _put(
        ws,
        1,
        1,
        [
            ["MINISTÉRIO DO DESENVOLVIMENTO AGRÁRIO - Escritório de Projetos"],
            ["Projeto:", "Sistema de Cadastro das Quebradeiras de Coco Babaçu (SisBabaçu)"],
            ["Gerente do Projeto:", gp],
            ["Registro de Premissas", None, None, None, "Versão 0.4"],
        ],
    )
    header = [
        "Nº",
        "Descrição da premissa",
        "Origem",
        "Data de identificação",
        "Se for falsa, o que acontece?",
        "Como será validada",
        "Prazo para validação",
        "Responsável",
        "Situação",
        "Última revisão",
    ]
    targets: list[str | None] = [
        "id",
        "assumption",
        None,
        "raised_date",
        "impact_if_false",
        None,
        "validate_by",
        "owner",
        "status",
        "last_updated",
    ]
    n = rng.randint(4, 6)
    picks = rng.sample(BR_PREMISES, n)
    logged = _days(rng, n, date(2025, 11, 10))
    check = _later(rng, logged, 20, 90)
    seen = _later(rng, logged, 5, 60)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (text, _cat) in enumerate(picks):
        owner = rng.choice(BR_PEOPLE)
        status = rng.choice(list(BR_STATUS))
        hit = rng.choice(
            ["Atraso no cadastro inicial", "Retrabalho de integração", "Corte de escopo"]
        )
        rows.append(
            [
                f"PR-{i + 1:02d}",
                text,
                rng.choice(["Termo de Abertura", "Reunião de kickoff", "Oficina com cooperativas"]),
                _dmy(logged[i]),
                hit,
                rng.choice(
                    ["Ofício ao órgão", "Teste em homologação", "Reunião com o patrocinador"]
                ),
                _dmy(check[i]),
                owner,
                status,
                _dmy(seen[i]),
            ]
        )
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),  # audit: `PR-01`, 1..n
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", check[i]),
            ValueFact("assumptions", i, "impact_if_false", hit),
            ValueFact("assumptions", i, "status", BR_STATUS[status]),
            ValueFact("assumptions", i, "last_updated", seen[i]),
        ]
    _put(ws, 6, 1, rows)
    below = 6 + n + 3
    _put(
        ws,
        below,
        1,
        [
            ["Restrições"],
            ["Id", "Restrição", "Origem"],
            ["RE-01", "Uso exclusivo de nuvem de governo", "Portaria SGD"],
            ["RE-02", "Entrega do MVP antes da safra de agosto", "Patrocinador"],
        ],
    )
    values.append(ValueFact("project", 0, "project_manager", gp))
    values.append(
        ValueFact(
            "project",
            0,
            "project_name",
            "Sistema de Cadastro das Quebradeiras de Coco Babaçu (SisBabaçu)",
        )
    )
    path = _save(wb, folder, "br_babassu_mgp_premissas")
    return Built(path, [_one("assumptions", "Premissas", 6, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 9. Sciforma cost report (Spanish, Canary Islands)
# ---------------------------------------------------------------------------------------

ES_LINES = [
    "Personal propio",
    "Subcontratación de obra civil",
    "Estaciones sísmicas",
    "Sensores de gases (CO2, SO2)",
    "Desplazamientos entre islas",
    "Licencias de software",
]


def es_canary_volcano_sciforma_costes(folder: Path, rng: random.Random) -> Built:
    """Sciforma `Costes por periodo`: title lines with `Proyecto:` and `Moneda: EUR`,
    header row 6, a `Tipo` column (Presupuesto / Real / Previsión) per cost line, Spanish
    month texts `ene-26` across, a `Total` column; future `Real` cells blank."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costes")
    name = "Red Insular de Vigilancia Volcánica - Fase II"
    pulled = date(2026, 4, 1)  # the extraction day, drawn as the writer drew it
    pulled = pulled.replace(day=rng.randint(1, 28))
    pulled = pulled.replace(month=rng.randint(4, 6))
    _put(
        ws,
        1,
        1,
        [
            ["Sciforma - Informe de costes por periodo"],
            ["Proyecto:", name],
            ["Moneda:", "EUR"],
            ["Fecha de extracción:", None],
        ],
    )
    first = rng.choice([1, 2])
    nm = rng.randint(4, 6)
    months = [date(2026, first + m, 1) for m in range(nm)]
    past = rng.randint(1, nm - 1)  # months with actuals
    # audit (round 41): extracted after the last month with actuals (the month after it)
    after = date(2026, first + past, 1)
    ws["B4"] = _dmy(max(pulled, after.replace(day=pulled.day)))
    header: list[object] = ["Partida de coste", "Tipo"]
    header += [f"{ES_MON[m.month - 1]}-{m.year % 100}" for m in months] + ["Total"]
    lines = rng.sample(ES_LINES, rng.randint(3, 4))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for line in lines:
        plan = [float(rng.randrange(20, 900) * 50) for _ in months]
        for tipo, measure in (
            ("Presupuesto", "budget"),
            ("Real", "actual"),
            ("Previsión", "forecast"),
        ):
            row: list[object] = [line, tipo]
            total = 0.0
            for m, month in enumerate(months):
                if measure == "actual" and m >= past:
                    row.append(None)
                    continue
                amount = round(plan[m] * rng.uniform(0.8, 1.25) / 25) * 25.0
                if measure == "budget":
                    amount = plan[m]
                row.append(amount)
                total += amount
                values.append(ValueFact("finance", (month, line), measure, amount))
            row.append(round(total, 2))
            rows.append(row)
    _put(ws, 6, 1, rows)
    for r in range(7, 7 + len(rows) - 1):
        for c in range(3, 4 + nm):
            ws.cell(r, c).number_format = "#,##0.00"
    values.append(ValueFact("project", 0, "project_name", name))
    values.append(ValueFact("project", 0, "currency", "EUR"))
    return Built(
        _save(wb, folder, "es_canary_volcano_sciforma_costes"),
        [
            TruthTable(
                "Costes",
                6,
                "finance",
                {"A": "cost_line", "B": "measure"},
                {"finance": nm * len(lines)},
            )
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# 10. Targetprocess custom entity `Dependency` export (English, Australia)
# ---------------------------------------------------------------------------------------

AU_PEOPLE = ["Bec Thompson", "Darren O'Neill", "Kylie Nguyen", "Mick Harris", "Shauna Walker"]
AU_DEPS = [
    "Fuel card BIN range from the issuing bank",
    "POS firmware 4.2 on all Stuart Hwy sites",
    "Satellite link upgrade at Barrow Creek",
    "Loyalty points API from the marketing squad",
    "Fleet customer master data clean-up",
    "PCI DSS scan sign-off",
    "Tank gauge telemetry feed",
]
AU_STATE = {
    "Identified": None,
    "Requested": None,
    "Committed": None,
    "At Risk": "At Risk",
    "Done": "Delivered",
}


def _tp(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year} 12:00:00 AM"


def _tp_time(d: date, rng: random.Random) -> str:
    return f"{d.month}/{d.day}/{d.year} {rng.randint(1, 11)}:{rng.randint(10, 59)}:00 AM"


def au_roadhouse_targetprocess_dependencies(folder: Path, rng: random.Random) -> Built:
    """Targetprocess `Export to CSV` of a custom `Dependency` entity, saved as xlsx: header
    row 1, US month-first date-time texts, `Assigned Users` one name each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = [
        "ID",
        "Name",
        "Entity State",
        "Direction",
        "Requesting Team",
        "Delivering Team",
        "Needed By",
        "Committed Date",
        "Assigned Users",
        "Create Date",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit: Targetprocess' own entity number (round 41)
        "title",
        "status",
        "direction",
        None,
        None,
        "need_by",
        "committed_date",
        "owner",
        None,
    ]
    n = rng.randint(4, 7)
    picks = rng.sample(AU_DEPS, n)
    need = _days(rng, n, date(2026, 2, 2))
    states = [rng.choice(list(AU_STATE)) for _ in range(n)]
    promised = [i for i in range(n) if states[i] in ("Committed", "At Risk", "Done")]
    commit = _late_one([need[i] + timedelta(days=rng.randint(-10, 15)) for i in promised])
    committed = dict(zip(promised, commit, strict=True))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, title in enumerate(picks):
        owner = rng.choice(AU_PEOPLE)
        # audit (round 41): a dependency named as coming `from the ...` is incoming
        incoming = rng.random() < 0.6 or " from the " in title
        ours, theirs = "Fuel Card Platform", rng.choice(["Payments", "Site Ops", "Marketing Tech"])
        got = committed.get(i)
        rows.append(
            [
                31200 + rng.randint(0, 90) * 7 + i,
                title,
                states[i],
                "Incoming" if incoming else "Outgoing",
                ours if incoming else theirs,
                theirs if incoming else ours,
                _tp(need[i]),
                _tp(got) if got else None,
                owner,
                _tp_time(need[i] - timedelta(days=rng.randint(20, 60)), rng),
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if incoming else "Outbound"),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "owner", owner),
        ]
        if got:
            values.append(ValueFact("dependencies", i, "committed_date", got))
        if AU_STATE[states[i]]:
            values.append(ValueFact("dependencies", i, "status", AU_STATE[states[i]]))
    _put(ws, 1, 1, rows)
    path = _save(wb, folder, "au_roadhouse_targetprocess_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 1, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 11. PM² project status report in Italian (Palio stands)
# ---------------------------------------------------------------------------------------

IT_PEOPLE = ["Giulia Bianchi", "Lorenzo Conti", "Chiara Ferrari", "Matteo Galli"]
IT_MILESTONES = [
    "Progetto esecutivo approvato",
    "Aggiudicazione gara tribune",
    "Montaggio strutture Piazza",
    "Collaudo statico tribune",
    "Certificato di agibilità (CPVLPS)",
    "Consegna al Comune per la Carriera",
]
IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
IT_RAG = {"Verde": "Green", "Giallo": "Amber", "Rosso": "Red"}
IT_STATUS = {
    "Raggiunto": "Complete",
    "In linea": None,
    "Da avviare": "Not Started",
    "A rischio": "At Risk",
    "In ritardo": "Late",
}


def it_palio_pm2_stato_progetto(folder: Path, rng: random.Random) -> Built:
    """A PM² Project Status Report in Italian: labelled cells in A/B, a traffic-light block,
    then a milestone table with day-first slash texts and its own status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Stato progetto")
    pm = rng.choice(IT_PEOPLE)
    name = "Rifacimento tribune e palchi per il Palio"
    report = date(2026, rng.choice([3, 4]), rng.randint(13, 28))
    rag = {k: rng.choice(list(IT_RAG)) for k in ("Complessivo", "Tempi", "Costi", "Ambito")}
    _put(
        ws,
        1,
        1,
        [
            ["Rapporto sullo stato del progetto (PM²)"],
            [],
            ["Nome del progetto:", name],
            ["Project Manager (PM):", pm],
            [
                "Project Owner (PO):",
                rng.choice(["Dirigente Settore Lavori Pubblici", "Ass. Turismo"]),
            ],
            ["Data del rapporto:", _dmy(report)],
            [
                "Periodo di riferimento:",
                f"{IT_MON[report.month - 2]}-{IT_MON[report.month - 1]} 2026",
            ],
            [],
            ["Semaforo", "Stato", "Commento"],
            ["Complessivo", rag["Complessivo"], "Vedi punti di attenzione"],
            ["Tempi", rag["Tempi"], rng.choice(["Gara slittata di due settimane", "In linea"])],
            ["Costi", rag["Costi"], "Entro il quadro economico"],
            ["Ambito", rag["Ambito"], None],
            [],
            ["Traguardo", "Esito", "Scadenza iniziale", "Nuova scadenza", "Raggiunto il"],
        ],
    )
    ws["A1"].font = Font(bold=True, size=14)
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2026, 1, 8))
    fore = _later(rng, base, 0, 25)
    n_done = rng.randint(1, n - 2)
    act = _later(rng, base[:n_done], 0, 12)
    # audit (round 41): the report is dated no earlier than the last milestone it says reached
    report = max(report, max(act))
    ws["B6"] = _dmy(report)
    ws["B7"] = f"{IT_MON[report.month - 2]}-{IT_MON[report.month - 1]} 2026"
    values: list[ValueFact] = []
    for i in range(n):
        done = i < n_done
        status = "Raggiunto" if done else rng.choice(list(IT_STATUS)[1:])
        moved = not done and rng.random() < 0.6
        if not done and (fore[i] if moved else base[i]) < report:
            status = "In ritardo"  # audit (round 41): its date passed unreached by the report
        row: list[object] = [
            IT_MILESTONES[i],
            status,
            _dmy(base[i]),
            _dmy(fore[i]) if moved else None,
            _dmy(act[i]) if done else None,
        ]
        _put(ws, 16 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", IT_MILESTONES[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
        ]
        if moved:
            values.append(ValueFact("milestones", i, "forecast_date", fore[i]))
        if done:
            values.append(ValueFact("milestones", i, "actual_date", act[i]))
        if IT_STATUS[status]:
            values.append(ValueFact("milestones", i, "status", IT_STATUS[status]))
    values += [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", IT_RAG[rag["Complessivo"]]),
        ValueFact("project", 0, "schedule_rag", IT_RAG[rag["Tempi"]]),
        ValueFact("project", 0, "cost_rag", IT_RAG[rag["Costi"]]),
        ValueFact("project", 0, "scope_rag", IT_RAG[rag["Ambito"]]),
    ]
    targets: list[str | None] = [
        "milestone",
        "status",
        "baseline_date",
        "forecast_date",
        "actual_date",
    ]
    path = _save(wb, folder, "it_palio_pm2_stato_progetto")
    return Built(path, [_one("milestones", "Stato progetto", 15, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 12. OpenProject work-package export in French (carousel restoration)
# ---------------------------------------------------------------------------------------

FR_PEOPLE = ["Camille Durand", "Hugo Lefèvre", "Élodie Martin", "Julien Moreau"]
FR_WORK = [
    ("Phase", "Études et diagnostic"),
    ("Tâche", "Relevé des chevaux de bois"),
    ("Jalon", "Avis de la DRAC sur le diagnostic"),
    ("Tâche", "Dépose et transport en atelier"),
    ("Phase", "Restauration en atelier"),
    ("Tâche", "Décapage et reprise des polychromies"),
    ("Jalon", "Validation des teintes par l'ABF"),
    ("Tâche", "Réfection du mécanisme et de l'orgue"),
    ("Jalon", "Remontage sur site terminé"),
    ("Tâche", "Essais de rotation et contrôle"),
    ("Jalon", "Réouverture au public"),
]
FR_STATUS = {"Nouveau": "Not Started", "En cours": "In Progress", "Terminé": "Complete"}


def fr_carrousel_openproject_jalons(folder: Path, rng: random.Random) -> Built:
    """OpenProject `Exporter > XLS` of all work packages: header row 1, dates as cells, the
    type column mixing phases, tasks and milestones (`Jalon`), custom date fields."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Lots de travaux")
    header = [
        "ID",
        "Type",
        "Sujet",
        "Statut",
        "Assigné à",
        "Date de début",
        "Date de fin",
        "Date de référence",
        "Date réelle",
        "Progression (%)",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit: OpenProject's own work-package number (round 41)
        None,
        "milestone",
        "status",
        "owner",
        None,
        "forecast_date",
        "baseline_date",
        "actual_date",
        None,
    ]
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(20))
    n_done_ms = rng.randint(0, 2)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    k = 0
    for i, (kind, subject) in enumerate(FR_WORK):
        start = day
        day = day + timedelta(days=rng.randint(8, 30))
        wp = 212 + 2 * i + rng.randint(0, 1)
        if kind != "Jalon":
            state = rng.choice(["Nouveau", "En cours", "Terminé"])
            progress = {"Nouveau": 0, "Terminé": 100}.get(state, rng.choice([20, 50, 80]))
            rows.append(
                [wp, kind, subject, state, rng.choice(FR_PEOPLE), start, day, None, None, progress]
            )
            continue
        done = k < n_done_ms
        status = "Terminé" if done else rng.choice(["Nouveau", "En cours"])
        ref = day - timedelta(days=rng.choice([0, 0, 3, 7]))
        owner = rng.choice(FR_PEOPLE) if rng.random() < 0.8 else None
        rows.append(
            [
                wp,
                kind,
                subject,
                status,
                owner,
                day,
                day,
                ref,
                day if done else None,
                100 if done else 0,
            ]
        )
        values += [
            ValueFact("milestones", k, "milestone", subject),
            ValueFact("milestones", k, "forecast_date", day),
            ValueFact("milestones", k, "baseline_date", ref),
            ValueFact("milestones", k, "status", FR_STATUS[status]),
        ]
        if owner:
            values.append(ValueFact("milestones", k, "owner", owner))
        if done:
            values.append(ValueFact("milestones", k, "actual_date", day))
        k += 1
    _put(ws, 1, 1, rows)
    for r in range(2, len(rows) + 1):
        for c in (6, 7, 8, 9):
            ws.cell(r, c).number_format = "dd/mm/yyyy"
    path = _save(wb, folder, "fr_carrousel_openproject_jalons")
    return Built(path, [_one("milestones", "Lots de travaux", 1, _cols("A", targets), k)], values)


HELD_OUT_124: tuple[Layout, ...] = (
    Layout(
        "nl_care_farm_topdesk_problems",
        "TOPdesk problem export (Dutch), care farm cooperative",
        nl_care_farm_topdesk_problems,
    ),
    Layout(
        "ca_wildlife_crossing_p6_milestones",
        "Primavera P6 activity export, wildlife overpasses",
        ca_wildlife_crossing_p6_milestones,
    ),
    Layout(
        "pl_spa_resort_redmine_risks",
        "Redmine issue export (Polish), health-resort pump room",
        pl_spa_resort_redmine_risks,
    ),
    Layout(
        "dk_blade_recycling_meisterplan",
        "Meisterplan allocation export, blade recycling pilot",
        dk_blade_recycling_meisterplan,
    ),
    Layout(
        "eu_euroregion_pm2_decision_log",
        "PM² Decision Log template, euroregion cycle route",
        eu_euroregion_pm2_decision_log,
    ),
    Layout(
        "no_road_tunnel_risikoregister",
        "Norwegian state project model risk register, road tunnel",
        no_road_tunnel_risikoregister,
    ),
    Layout(
        "de_gauge_network_vmodell_aenderungen",
        "V-Modell XT Änderungsstatusliste, river gauge network",
        de_gauge_network_vmodell_aenderungen,
    ),
    Layout(
        "br_babassu_mgp_premissas",
        "Brazilian federal methodology register of premises (Portuguese)",
        br_babassu_mgp_premissas,
    ),
    Layout(
        "es_canary_volcano_sciforma_costes",
        "Sciforma cost report by period (Spanish), volcano monitoring",
        es_canary_volcano_sciforma_costes,
    ),
    Layout(
        "au_roadhouse_targetprocess_dependencies",
        "Targetprocess Dependency entity export, roadhouse fuel cards",
        au_roadhouse_targetprocess_dependencies,
    ),
    Layout(
        "it_palio_pm2_stato_progetto",
        "PM² project status report (Italian), Palio stands",
        it_palio_pm2_stato_progetto,
    ),
    Layout(
        "fr_carrousel_openproject_jalons",
        "OpenProject work-package export (French), carousel restoration",
        fr_carrousel_openproject_jalons,
    ),
)
