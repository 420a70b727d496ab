"""The hundred-and-ninth held-out batch (round 39, task w117): PLANS, STATUS REPORTS AND
TRACKERS, the workbooks PMs keep beside their registers, written by an engineer who does
not tune adoption, from imagined real workbooks only (no earlier batch opened for the format).

Twelve layouts, English and eight other languages, eleven countries:

1. ``nl_postzegel_mijlpalenplanning`` (Dutch, a postage-stamp printing works): a milestone
   plan, phase rows (`Fase 2 - Installatie`) between the milestones, headers `Mijlpaal` |
   `Gepland` | `Prognose` | `Δ wk` | `Gereed op` | `Eigenaar` | `Stand` | `Opmerking`, text
   dates `05-03-2026`, stands `Gereed` / `Loopt` / `Niet gestart` / `Vertraagd`;
   `Projectleider:` above.
2. ``de_ebike_quality_gate_plan`` (German, an e-bike drive-unit supplier): a stage-gate
   schedule, `Gate` codes QG0..QG5, a merged `Termine` over `Soll (Basis)` | `Prognose` |
   `Ist`, date cells `dd.mm.yyyy`, `Ampel` and `Freigabe` columns; `Projekt:` and
   `Projektleitung:` labels.
3. ``ca_potash_hoist_weekly_status`` (English, a Saskatchewan potash mine's hoist
   replacement): a weekly status report, label block, a dimension table `Area` | `Last
   Week` | `This Week` | `Commentary` in Green / Yellow / Red, a `Key Milestones (next 90
   days)` table and a mixed `Top Risks & Issues` table (`R` / `I`, H/M/L impact).
4. ``ma_huilerie_rapport_mensuel`` (French, a Moroccan olive-oil mill): a monthly report,
   `Météo` across `Délais` | `Coûts` | `Périmètre` | `Ressources` in Vert / Orange / Rouge,
   `Points d'attention` (`Point d'attention` | `Depuis le` | `Qui` | `Pour quand` | `État`
   | `Commentaire`) and `Relevé des décisions` (`Date` | `Décision` | `Instance` | `Motif`)
   tables, amounts in MAD.
5. ``cl_fundicion_dotacion_fte`` (Chilean Spanish, a copper smelter): a staffing plan in FTE,
   `Cargo` | `Nombre` | `Gerencia` | `Contrato` | `ene-26`..`jun-26` | `Promedio`, decimal
   commas as numbers, blank months before a person starts, `Total FTE` row.
6. ``au_wine_auction_bookings_export`` (English, an Australian wine auction house): a
   resource-booking tool's export in long form, `Person` | `Role` | `Team` | `Project` |
   `Month` (`Mar 2026` text) | `Booked (d)` | `Billable` | `Tentative`.
7. ``pl_bilety_decyzje_zaleznosci`` (Polish, a city tram-ticket system): a status pack's
   `Decyzje` and `Zależności` sheets, `Lp.`, text dates `05.03.2026`, directions
   `przychodząca` / `wychodząca`, statuses `Zgodnie z planem` / `Zagrożona` / `Opóźniona` /
   `Dostarczona`.
8. ``in_dabbawala_monthly_status`` (Indian English, a lunchbox-delivery app): an MSR with a
   two-pair label block, a RAG strip `Overall` | `Schedule` | `Cost` | `Scope` | `Quality`
   in G / A / R, `Top Risks` (`S.No.` | `Risk Statement` | `Category` | `L` | `I` (H/M/L) |
   `Mitigation Plan` | `Responsibility` | `Closure Target` | `Trend`) and `Open Issues /
   Blockers` (`Sl` | ... | `Since` | `Ageing (days)` | `Help Needed From` | `Action Owner` |
   `ETA` | `Status`), `05-Mar-2026` text dates, money in INR lakh.
9. ``jp_shinkansen_shinchoku`` (Japanese, platform doors at Shinkansen stations): a weekly
   progress report, 緑 / 黄 / 赤 by dimension, `主要マイルストーン` (`区分` | `マイルストーン` |
   `責任者` | `状況` | `当初計画` | `現計画` | `実績` | `備考`) and `課題一覧` (`発生日` | `課題内容`
   | `影響` | `対策` | `対応者` | `完了予定` | `状態`) tables, `2026/03/05` text dates.
10. ``us_marching_band_budget_tracker`` (US English, a university marching band's uniform
    and instrument renewal): FY July-June, months across as `Jul-25` text with quarter total
    columns, `Plan` / `Actual` / `Encumbered` rows per line, dollar number cells.
11. ``it_murano_fornace_consuntivo`` (Italian, a Murano glass furnace rebuild): long finance
    rows `Mese` (`gennaio 2026`) | `Voce di spesa` | `Centro di costo` | `Natura` | `Budget`
    | `Consuntivo` | `Previsione` | `Note`, money as text `€ 12.345,00`, monthly subtotals.
12. ``se_knackebrod_resursplan_timmar`` (Swedish, a crispbread bakery's new oven line): a
    resource plan in hours, `Resurs` | `Roll` | `Avdelning` | `jan`..`jun` | `Summa`, the year
    only in the title, a `Summa` row.

Least-sure readings (no fact on any of them): the Dutch `Stand per` and German `Stand:`
dates (an as-of date, not surely a report date), the German `Ampel` (a colour, not a
milestone status) and `Freigabe` (`erteilt` as complete or only approved), the gate codes
`QG0`..`QG5` and row numbers (`#`, `S.No.`, `Sl`, `Lp.`) (an id or left out, no id value),
the Canadian `Phase: Execution` as a stage, a mixed table's `Impact` for an issue (severity
or not: the column accepts either, only the risks' H/M/L get values), the Indian risk
`Category` words (not on the standard's list: column only) and `Help Needed From` (an
escalation or a counterparty), `Planned Go-Live` as an end date, the lakh and MAD amounts
(and MAD, off the standards' list, as a currency), the Japanese `完了` for an issue (resolved
or closed) and `対策` and the Canadian `Mitigation / Action` cells (response or resolution:
columns only), the Polish `Strona / projekt` (a counterparty organisation: project id or
owner, no value), FTE and hours as planned days (the Chilean and Swedish plans have counts
and columns only: one line per filled person-month cell), the US `Encumbered` rows, quarter
/ YTD totals and `$` format (no currency: the sign alone names several), the Moroccan
`Motif` (`voir compte rendu`), every note cell (`Opmerking`, `Commentaire`, `Commentary`,
`Note`, `備考`), the Dutch phase rows and the Italian `Totale` rows (no items), and titles
that are not labelled as the project's name.

Round 39's audit (task a121, docs/adopt.md "Round 39: the hundred-and-ninth batch's truth
audited") changed: the Dutch `Vertraagd` is Late (as round 38's audit read the German
`verzögert`); `All amounts in INR lakh` gives the Indian report INR, `Importi in euro` and
`€` the Italian finance EUR, and the Italian `Natura` is CapEx (`Investimento`) or OpEx
(`Esercizio`, spesa di esercizio) on every line, as round 33's French `Investissement` /
`Fonctionnement`; the plain row numbers (`#`, `Lp.`, `S.No.`, `Sl`, the lead's ruling) and
the German gate codes (as P6's `MS1000` in round 38's audit) are an id or left out, with no
id value. Two cells no fact reads were mended without changing a draw: the German `Ampel`
now follows the sheet's own legend (a drawn colour put `rot` on 5-day slips), and the
Canadian `Key Milestones (next 90 days)` title lost its `(next 90 days)` (at 184 of seeds
0-199 and 2026 a milestone lay further out, and done ones are listed too). Values at seed
2026: 414 -> 432.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.utils import get_column_letter

# ---------------------------------------------------------------------------------------
# 1. Dutch milestone plan
# ---------------------------------------------------------------------------------------

_NL_PEOPLE = ["Sanne de Vries", "Joost Bakker", "Femke Visser", "Bram Smit", "Lotte Mulder"]
_NL_PHASES = [
    ("Fase 1 - Voorbereiding", ["Bestek rotatiepers vastgesteld", "Gunning leverancier"]),
    ("Fase 2 - Installatie", ["Oude pers gedemonteerd", "Fundatie gereed", "Pers geplaatst"]),
    ("Fase 3 - Ingebruikname", ["Proefdruk eerste vel", "Veiligheidsdruk goedgekeurd"]),
]


def _nl(d: date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def nl_postzegel_mijlpalenplanning(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mijlpalen")
    pl = rng.choice(_NL_PEOPLE)
    stand = date(2026, 3, rng.randint(2, 27))
    ws["A1"] = "Mijlpalenplanning vervanging rotatiepers (zegeldrukkerij)"
    ws["A2"] = f"Projectleider: {pl}"
    ws["A3"] = f"Stand per {_nl(stand)}"
    header = [
        "Mijlpaal",
        "Gepland",
        "Prognose",
        "Δ wk",
        "Gereed op",
        "Eigenaar",
        "Stand",
        "Opmerking",
    ]
    _put(ws, 5, 1, [header])
    values = [ValueFact("project", 0, "project_manager", pl)]
    row, k = 6, 0
    titles = [t for _, ts in _NL_PHASES for t in ts]
    base = _days(rng, len(titles), date(2026, 1, 12))
    for phase, ts in _NL_PHASES:
        ws.cell(row, 1, phase)
        row += 1
        for t in ts:
            b = base[k]
            f = b + timedelta(days=rng.choice([0, 0, 7, 14, 21]))
            owner = rng.choice(_NL_PEOPLE)
            done = f < stand and rng.random() < 0.8
            if done:
                word, status = "Gereed", "Complete"
            elif f > b:
                # `vertraagd` (delayed) is Late, as round 38's audit read the German
                # `verzögert`: the forecast has slipped past the plan (round 39's audit)
                word, status = "Vertraagd", "Late"
            else:
                word, status = rng.choice(
                    [("Loopt", "In Progress"), ("Niet gestart", "Not Started")]
                )
            actual = f if done else None
            note = rng.choice([None, None, "wacht op leverancier", "zie stuurgroep"])
            _put(
                ws,
                row,
                1,
                [[t, _nl(b), _nl(f), (f - b).days // 7, _nl(actual) if actual else None, owner]],
            )
            ws.cell(row, 7, word)
            if note:
                ws.cell(row, 8, note)
            values += [
                ValueFact("milestones", k, "milestone", t),
                ValueFact("milestones", k, "owner", owner),
                ValueFact("milestones", k, "baseline_date", b),
                ValueFact("milestones", k, "forecast_date", f),
            ]
            if actual:
                values.append(ValueFact("milestones", k, "actual_date", actual))
            if status:
                values.append(ValueFact("milestones", k, "status", status))
            row += 1
            k += 1
        row += 1  # a blank row between the phases
    targets = _cols(
        "A",
        [
            "milestone",
            "baseline_date",
            "forecast_date",
            None,
            "actual_date",
            "owner",
            "status",
            None,
        ],
    )
    path = _save(wb, folder, "nl_postzegel_mijlpalenplanning")
    return Built(path, [_one("milestones", "Mijlpalen", 5, targets, k)], values)


# ---------------------------------------------------------------------------------------
# 2. German quality-gate schedule
# ---------------------------------------------------------------------------------------

_DE_PEOPLE = ["K. Hoffmann", "Jana Schäfer", "Matthias Wolf", "Dr. Elif Kaya", "Tobias Brandt"]
_DE_GATES = [
    ("QG0", "Projektauftrag / Konzeptfreigabe"),
    ("QG1", "Lastenheft abgestimmt"),
    ("QG2", "Designfreeze Motorgehäuse"),
    ("QG3", "B-Muster freigegeben"),
    ("QG4", "C-Muster / PPAP abgeschlossen"),
    ("QG5", "SOP Mittelmotor"),
]


def de_ebike_quality_gate_plan(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "QG-Plan")
    name = f"Mittelmotor MX-{rng.randint(3, 9)} Serienanlauf"
    pl = rng.choice(_DE_PEOPLE)
    ws["A1"] = "Quality-Gate-Terminplan"
    _put(ws, 2, 1, [["Projekt:", name], ["Projektleitung:", pl]])
    today = date(2026, rng.randint(4, 6), 15)
    ws["E3"] = "Stand:"
    ws["F3"] = today
    ws["F3"].number_format = "DD.MM.YYYY"
    ws["D5"] = "Termine"
    ws.merge_cells("D5:F5")
    _put(
        ws,
        6,
        1,
        [
            [
                "Gate",
                "Bezeichnung",
                "Verantwortlich",
                "Soll (Basis)",
                "Prognose",
                "Ist",
                "Ampel",
                "Freigabe",
            ]
        ],
    )
    values = [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "project_manager", pl),
    ]
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2025, 11, 3))
    base = [b + timedelta(days=40 * i) for i, b in enumerate(base)]
    for i in range(n):
        code, title = _DE_GATES[i]
        b = base[i]
        f = b + timedelta(days=rng.choice([0, 0, 5, 12, 30]))
        owner = rng.choice(_DE_PEOPLE)
        ist = f if f < today else None
        r = 7 + i
        _put(ws, r, 1, [[code, title, owner, b, f, ist]])
        for c in (4, 5, 6):
            ws.cell(r, c).number_format = "DD.MM.YYYY"
        if f != b:
            rng.choice(["gelb", "rot"])  # the colour drawn before the audit: kept for the draws
        # the `Ampel` follows the sheet's own legend (round 39's audit: a drawn colour
        # contradicted it, `rot` on a 5-day slip); no fact reads it
        late = (f - b).days
        ws.cell(r, 7, "grün" if late == 0 else ("gelb" if late < 14 else "rot"))
        ws.cell(r, 8, "erteilt" if ist else rng.choice(["offen", "bedingt"]))
        values += [
            ValueFact("milestones", i, "milestone", title),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", b),
            ValueFact("milestones", i, "forecast_date", f),
        ]
        if ist:
            values.append(ValueFact("milestones", i, "actual_date", ist))
    ws.cell(9 + n, 1, "Ampel: grün = im Plan, gelb = Verzug < 2 Wochen, rot = Verzug > 2 Wochen")
    targets = _cols(
        "A",
        [
            ("id", None),
            "milestone",
            "owner",
            "baseline_date",
            "forecast_date",
            "actual_date",
            None,
            None,
        ],
    )
    path = _save(wb, folder, "de_ebike_quality_gate_plan")
    return Built(path, [_one("milestones", "QG-Plan", 6, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 3. Canadian weekly status report
# ---------------------------------------------------------------------------------------

_CA_PEOPLE = ["Dale Kowalchuk", "Priya Sandhu", "Marc Gagnon", "Shelby Ironstar", "Ken Olafson"]
_CA_RAG = {"Green": "Green", "Yellow": "Amber", "Red": "Red"}
_CA_RISKS = [
    "Headframe steel delivery slips past freeze-up",
    "Shaft inspection finds liner damage",
    "Hoist vendor field tech unavailable in May",
    "Brine inflow during sinking of the new sump",
]
_CA_ISSUES = [
    "Crane permit for the headframe lift not yet issued",
    "Electrical room design rev C rejected by owner",
    "Camp accommodation short by 12 beds",
]
_CA_MS = [
    "Hoist motor FAT at vendor",
    "Shutdown window starts",
    "Old drum removed",
    "New drum and brakes installed",
    "Rope-up complete",
    "Commissioning sign-off",
]


def ca_potash_hoist_weekly_status(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly Status")
    pm, sponsor = rng.sample(_CA_PEOPLE, 2)
    week = date(2026, 4, 3) + timedelta(days=7 * rng.randint(0, 8))
    ws["A1"] = "PRODUCTION HOIST REPLACEMENT - WEEKLY STATUS"
    labels = [
        ["Project:", "Production Hoist Replacement (Shaft #2)"],
        ["Project Manager:", pm],
        ["Sponsor:", sponsor],
        ["Week Ending:", week],
        ["Phase:", "Execution"],
    ]
    _put(ws, 3, 1, labels)
    ws["B6"].number_format = "yyyy-mm-dd"
    dims = {d: rng.choice(list(_CA_RAG)) for d in ("Schedule", "Budget", "Scope", "Safety")}
    overall = rng.choice(list(_CA_RAG))
    ws["D3"] = "Overall Status:"
    ws["E3"] = overall
    _put(ws, 9, 1, [["Area", "Last Week", "This Week", "Commentary"]])
    r = 10
    for d, now in dims.items():
        _put(ws, r, 1, [[d, rng.choice(list(_CA_RAG)), now, rng.choice([None, "see risks"])]])
        r += 1
    values = [
        ValueFact("project", 0, "project_name", "Production Hoist Replacement (Shaft #2)"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", _CA_RAG[overall]),
        ValueFact("project", 0, "schedule_rag", _CA_RAG[dims["Schedule"]]),
        ValueFact("project", 0, "cost_rag", _CA_RAG[dims["Budget"]]),
        ValueFact("project", 0, "scope_rag", _CA_RAG[dims["Scope"]]),
    ]
    ws.cell(r + 1, 1, "Key Milestones")
    ms_head = r + 2
    _put(
        ws,
        ms_head,
        1,
        [["#", "Deliverable / Milestone", "Lead", "Plan Date", "Current Fcst", "Done", "Var (d)"]],
    )
    n = rng.randint(4, 6)
    plan = _days(rng, n, week - timedelta(days=30))
    for i in range(n):
        b = plan[i]
        f = b + timedelta(days=rng.choice([0, 3, 10]))
        lead = rng.choice(_CA_PEOPLE)
        done = f <= week
        rr = ms_head + 1 + i
        _put(ws, rr, 1, [[i + 1, _CA_MS[i], lead, b, f, f if done else None, (f - b).days]])
        for c in (4, 5, 6):
            ws.cell(rr, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("milestones", i, "milestone", _CA_MS[i]),
            ValueFact("milestones", i, "owner", lead),
            ValueFact("milestones", i, "baseline_date", b),
            ValueFact("milestones", i, "forecast_date", f),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", f))
    raid_title = ms_head + n + 2
    ws.cell(raid_title, 1, "Top Risks & Issues")
    raid_head = raid_title + 1
    _put(
        ws,
        raid_head,
        1,
        [["R/I", "Description", "Impact (H/M/L)", "Mitigation / Action", "Owner", "Due"]],
    )
    nr, ni = rng.randint(2, 4), rng.randint(1, 3)
    kinds = ["R"] * nr + ["I"] * ni
    rng.shuffle(kinds)
    ri = ii = 0
    level = {"H": 5.0, "M": 3.0, "L": 1.0}
    for j, kind in enumerate(kinds):
        owner = rng.choice(_CA_PEOPLE)
        due = week + timedelta(days=rng.randint(3, 40))
        imp = rng.choice("HML")
        title = _CA_RISKS[ri] if kind == "R" else _CA_ISSUES[ii]
        action = rng.choice(["Expedite with vendor", "Escalated to GM", "Daily check-in"])
        rr = raid_head + 1 + j
        _put(ws, rr, 1, [[kind, title, imp, action, owner, due]])
        ws.cell(rr, 6).number_format = "yyyy-mm-dd"
        reg, idx = ("risks", ri) if kind == "R" else ("issues", ii)
        values += [
            ValueFact(reg, idx, "title", title),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "due_date", due),
        ]
        if kind == "R":
            values.append(ValueFact("risks", ri, "impact", level[imp]))
            ri += 1
        else:
            ii += 1
    ms_targets = _cols(
        "A",
        [("id", None), "milestone", "owner", "baseline_date", "forecast_date", "actual_date", None],
    )
    raid_targets: Targets = {
        "A": "register",
        "B": "title",
        "C": ("impact", "severity"),
        "D": ("response", "resolution"),
        "E": "owner",
        "F": "due_date",
    }
    path = _save(wb, folder, "ca_potash_hoist_weekly_status")
    tables = [
        _one("milestones", "Weekly Status", ms_head, ms_targets, n),
        TruthTable("Weekly Status", raid_head, "raid", raid_targets, {"risks": nr, "issues": ni}),
    ]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 4. Moroccan French monthly report
# ---------------------------------------------------------------------------------------

_MA_PEOPLE = ["Youssef El Amrani", "Salma Benjelloun", "Karim Tazi", "Nadia Alaoui", "Omar Idrissi"]
_MA_RAG = {"Vert": "Green", "Orange": "Amber", "Rouge": "Red"}
_MA_POINTS = [
    "Retard livraison décanteur centrifuge",
    "Raccordement électrique ONEE non confirmé",
    "Stock de grignons non évacué",
    "Formation des opérateurs à replanifier",
    "Analyse d'acidité hors tolérance sur le lot test",
]
_MA_DECISIONS = [
    "Maintenir la campagne de trituration sur l'ancienne ligne jusqu'à fin novembre",
    "Retenir le fournisseur italien pour le décanteur",
    "Reporter la mise en service du bassin d'évaporation",
    "Recruter deux opérateurs saisonniers supplémentaires",
]
_MA_STATUS = {"Ouvert": "Open", "En cours": "In Progress", "Résolu": "Resolved", "Clos": "Closed"}


def ma_huilerie_rapport_mensuel(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rapport")
    cp = rng.choice(_MA_PEOPLE)
    month = rng.randint(3, 9)
    rdate = date(2026, month, rng.randint(25, 28))
    ws["A1"] = "RAPPORT MENSUEL D'AVANCEMENT"
    mois = ["mars", "avril", "mai", "juin", "juillet", "août", "septembre"][month - 3]
    _put(
        ws,
        3,
        1,
        [
            ["Projet :", "Modernisation de l'huilerie de Meknès"],
            ["Chef de projet :", cp],
            ["Période :", f"{mois} 2026"],
            ["Date du rapport :", f"{rdate.day:02d}/{rdate.month:02d}/{rdate.year}"],
        ],
    )
    budget = rng.randint(80, 140) * 100_000
    ws["E3"] = "Budget engagé :"
    ws["F3"] = f"{budget:,}".replace(",", " ") + " MAD"
    ws["A8"] = "Météo du projet"
    dims = ["Délais", "Coûts", "Périmètre", "Ressources"]
    colours = [rng.choice(list(_MA_RAG)) for _ in dims]
    glob = rng.choice(list(_MA_RAG))
    _put(ws, 9, 1, [["Globale", *dims], [glob, *colours]])
    values = [
        ValueFact("project", 0, "project_name", "Modernisation de l'huilerie de Meknès"),
        ValueFact("project", 0, "project_manager", cp),
        ValueFact("project", 0, "report_date", rdate),
        ValueFact("project", 0, "overall_rag", _MA_RAG[glob]),
        ValueFact("project", 0, "schedule_rag", _MA_RAG[colours[0]]),
        ValueFact("project", 0, "cost_rag", _MA_RAG[colours[1]]),
        ValueFact("project", 0, "scope_rag", _MA_RAG[colours[2]]),
    ]
    ws["A12"] = "Points d'attention"
    head = 13
    _put(
        ws,
        head,
        1,
        [["Point d'attention", "Depuis le", "Qui", "Pour quand", "État", "Commentaire"]],
    )
    n = rng.randint(3, 5)
    opened = _days(rng, n, rdate - timedelta(days=230))
    for i in range(n):
        o = opened[i]
        due = o + timedelta(days=rng.randint(10, 60))
        who = rng.choice(_MA_PEOPLE)
        word = rng.choice(list(_MA_STATUS))
        note = rng.choice([None, "relancé", "à suivre en COPIL"])
        _put(
            ws,
            head + 1 + i,
            1,
            [[_MA_POINTS[i], f"{o:%d/%m/%Y}", who, f"{due:%d/%m/%Y}", word, note]],
        )
        values += [
            ValueFact("issues", i, "title", _MA_POINTS[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", o),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", _MA_STATUS[word]),
        ]
    dtitle = head + n + 3
    ws.cell(dtitle, 1, "Relevé des décisions")
    dhead = dtitle + 1
    _put(ws, dhead, 1, [["Date", "Décision", "Instance", "Motif"]])
    m = rng.randint(2, 4)
    ddays = _days(rng, m, rdate - timedelta(days=210))
    for j in range(m):
        body = rng.choice(["COPIL", "Comité technique", "Direction générale"])
        _put(
            ws,
            dhead + 1 + j,
            1,
            [[f"{ddays[j]:%d/%m/%Y}", _MA_DECISIONS[j], body, "voir compte rendu"]],
        )
        values += [
            ValueFact("decisions", j, "decision", _MA_DECISIONS[j]),
            ValueFact("decisions", j, "date", ddays[j]),
            ValueFact("decisions", j, "made_by", body),
        ]
    path = _save(wb, folder, "ma_huilerie_rapport_mensuel")
    tables = [
        _one(
            "issues",
            "Rapport",
            head,
            _cols("A", ["title", "raised_date", "owner", "due_date", "status", None]),
            n,
        ),
        _one(
            "decisions",
            "Rapport",
            dhead,
            _cols("A", ["date", "decision", "made_by", "rationale"]),
            m,
        ),
    ]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 5. Chilean staffing plan in FTE
# ---------------------------------------------------------------------------------------

_CL_ROLES = [
    ("Jefe de proyecto", "Rodrigo Fuentes"),
    ("Ingeniero de procesos", "Camila Rojas"),
    ("Ingeniero eléctrico", "Matías Soto"),
    ("Supervisor de montaje", "Por contratar"),
    ("Prevencionista de riesgos", "Javiera Muñoz"),
    ("Planificador", "Felipe Contreras"),
    ("Administrador de contrato", "Daniela Pérez"),
]
_ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun"]


def cl_fundicion_dotacion_fte(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dotación 2026")
    ws["A1"] = "Plan de dotación - Modernización convertidores, Fundición"
    ws["A2"] = "Valores en FTE (1,0 = jornada completa)"
    header = ["Cargo", "Nombre", "Gerencia", "Contrato", *[f"{m}-26" for m in _ES_MONTHS]]
    _put(ws, 4, 1, [[*header, "Promedio"]])
    people = rng.sample(_CL_ROLES, rng.randint(5, 7))
    cells = 0
    for i, (role, name) in enumerate(people):
        start = rng.choice([0, 0, 0, 1, 2])
        fte = [None] * start + [rng.choice([0.25, 0.5, 0.5, 1.0, 1.0]) for _ in range(6 - start)]
        cells += 6 - start
        gerencia = rng.choice(["Proyectos", "Mantención", "Operaciones"])
        contrato = rng.choice(["Planta", "Contratista", "Plazo fijo"])
        _put(ws, 5 + i, 1, [[role, name, gerencia, contrato, *fte]])
        for c in range(5, 11):
            ws.cell(5 + i, c).number_format = "0.00"
        got = [f for f in fte if f is not None]
        ws.cell(5 + i, 11, round(sum(got) / 6, 2))
    tot = 5 + len(people)
    ws.cell(tot, 1, "Total FTE")
    for c in range(5, 11):
        col = get_column_letter(c)
        ws.cell(tot, c, f"=SUM({col}5:{col}{tot - 1})")
    path = _save(wb, folder, "cl_fundicion_dotacion_fte")
    targets = _cols("A", ["role", "person", None, None])
    return Built(path, [_one("resources", "Dotación 2026", 4, targets, cells)], [])


# ---------------------------------------------------------------------------------------
# 6. Australian resource-booking export (long)
# ---------------------------------------------------------------------------------------

_AU_PEOPLE = [
    ("Hamish Clarke", "Solutions Architect", "Digital"),
    ("Mia Nguyen", "Business Analyst", "Digital"),
    ("Lachlan Reid", "Developer", "Digital"),
    ("Chloe Papadopoulos", "Tester", "QA"),
    ("Bree Thompson", "Change Lead", "Operations"),
]


def au_wine_auction_bookings_export(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Bookings export")
    _put(
        ws,
        1,
        1,
        [
            [
                "Person",
                "Role",
                "Team",
                "Project",
                "Month",
                "Booked (d)",
                "Billable",
                "Tentative",
            ]
        ],
    )
    months = _months(date(2026, rng.randint(2, 5), 1), 3)
    people = rng.sample(_AU_PEOPLE, rng.randint(3, 5))
    values: list[ValueFact] = []
    i = 0
    for person, role, team in people:
        for m in months:
            days = float(rng.choice([2, 4, 5, 8, 10, 12.5, 15]))
            tentative = rng.choice(["", "", "Yes"])
            _put(
                ws,
                2 + i,
                1,
                [
                    [
                        person,
                        role,
                        team,
                        "Online Cellar Auctions Rebuild",
                        f"{m:%b %Y}",
                        days,
                        rng.choice(["Y", "N"]),
                        tentative or None,
                    ]
                ],
            )
            values += [
                ValueFact("resources", i, "person", person),
                ValueFact("resources", i, "role", role),
                ValueFact("resources", i, "month", m),
                ValueFact("resources", i, "planned_days", days),
            ]
            i += 1
    targets = _cols("A", ["person", "role", None, None, "month", "planned_days", None, None])
    path = _save(wb, folder, "au_wine_auction_bookings_export")
    return Built(path, [_one("resources", "Bookings export", 1, targets, i)], values)


# ---------------------------------------------------------------------------------------
# 7. Polish status pack: decisions and dependencies
# ---------------------------------------------------------------------------------------

_PL_PEOPLE = ["Agnieszka Nowak", "Piotr Wiśniewski", "Marta Kowalczyk", "Tomasz Zieliński"]
_PL_DECISIONS = [
    "Bilet 24-godzinny tylko w aplikacji od etapu II",
    "Walidatory z czytnikiem QR we wszystkich tramwajach",
    "Przesunięcie migracji kart miejskich na wrzesień",
    "Rezygnacja z automatów biletowych na przystankach typu B",
    "Wspólny przetarg na terminale płatnicze z ZTM",
]
_PL_DEPS = [
    "Certyfikat PCI DSS operatora płatności",
    "Dane rozkładowe GTFS z ZTM",
    "Wymiana komputerów pokładowych w tramwajach",
    "Dostęp do API systemu Karty Miejskiej",
    "Umowa na hosting w chmurze krajowej",
]
_PL_STATUS = {
    "Zgodnie z planem": "On Track",
    "Zagrożona": "At Risk",
    "Opóźniona": "Late",
    "Dostarczona": "Delivered",
}


def _pl(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def pl_bilety_decyzje_zaleznosci(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    wd = _sheet(wb, "Decyzje")
    wd["A1"] = "Rejestr decyzji - System biletu elektronicznego"
    _put(wd, 3, 1, [["Lp.", "Data", "Treść decyzji", "Uzasadnienie", "Podjął", "Powiązane"]])
    values: list[ValueFact] = []
    n = rng.randint(3, 5)
    ddays = _days(rng, n, date(2026, 1, 8))
    for i in range(n):
        who = rng.choice(["Komitet Sterujący", "Dyrektor ZTM", *_PL_PEOPLE[:2]])
        why = rng.choice(["koszt", "wymogi RODO", "harmonogram dostaw", "opinia prawna"])
        _put(wd, 4 + i, 1, [[i + 1, _pl(ddays[i]), _PL_DECISIONS[i], why, who]])
        values += [
            ValueFact("decisions", i, "date", ddays[i]),
            ValueFact("decisions", i, "decision", _PL_DECISIONS[i]),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    wz = wb.create_sheet("Zależności")
    wz["A1"] = "Zależności projektu (stan na koniec miesiąca)"
    wz["E2"] = "Terminy"
    wz.merge_cells("E2:F2")
    _put(
        wz,
        3,
        1,
        [
            [
                "Lp.",
                "Zależność",
                "Kierunek",
                "Strona / projekt",
                "Potrzebne do",
                "Zobowiązanie",
                "Odpowiedzialny",
                "Status",
            ]
        ],
    )
    m = rng.randint(3, 5)
    need = _days(rng, m, date(2026, 2, 2))
    for j in range(m):
        inbound = rng.random() < 0.6
        committed = need[j] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        owner = rng.choice(_PL_PEOPLE)
        word = rng.choice(list(_PL_STATUS))
        party = rng.choice(["ZTM", "MPK", "Operator płatności", "Urząd Miasta - IT"])
        _put(
            wz,
            4 + j,
            1,
            [
                [
                    j + 1,
                    _PL_DEPS[j],
                    "przychodząca" if inbound else "wychodząca",
                    party,
                    _pl(need[j]),
                    _pl(committed),
                    owner,
                    word,
                ]
            ],
        )
        values += [
            ValueFact("dependencies", j, "title", _PL_DEPS[j]),
            ValueFact("dependencies", j, "direction", "Inbound" if inbound else "Outbound"),
            ValueFact("dependencies", j, "need_by", need[j]),
            ValueFact("dependencies", j, "committed_date", committed),
            ValueFact("dependencies", j, "owner", owner),
            ValueFact("dependencies", j, "status", _PL_STATUS[word]),
        ]
    path = _save(wb, folder, "pl_bilety_decyzje_zaleznosci")
    tables = [
        _one(
            "decisions",
            "Decyzje",
            3,
            _cols("A", [("id", None), "date", "decision", "rationale", "made_by", "linked_ids"]),
            n,
        ),
        _one(
            "dependencies",
            "Zależności",
            3,
            _cols(
                "A",
                [
                    ("id", None),
                    "title",
                    "direction",
                    ("counterparty_project_id", "counterparty_owner"),
                    "need_by",
                    "committed_date",
                    "owner",
                    "status",
                ],
            ),
            m,
        ),
    ]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 8. Indian monthly status report
# ---------------------------------------------------------------------------------------

_IN_PEOPLE = ["Ramesh Iyer", "Sneha Kulkarni", "Arjun Mehta", "Kavya Reddy", "Vikram Joshi"]
_IN_RAG = {"G": "Green", "A": "Amber", "R": "Red"}
_IN_RISKS = [
    "Monsoon disruption to suburban rail delays tiffin handover",
    "UPI payment gateway throttling at lunch peak",
    "Delivery partners reluctant to carry smartphones",
    "Mumbai municipal approval for hub kiosks delayed",
]
_IN_ISSUES = [
    "Route optimiser assigns two partners to one building",
    "Marathi language pack strings truncated",
    "Kiosk hardware vendor missed second batch",
]
_IN_LEVEL = {"H": 5.0, "M": 3.0, "L": 1.0}


def _in(d: date) -> str:
    return d.strftime("%d-%b-%Y")


def in_dabbawala_monthly_status(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "MSR")
    pm, sponsor = rng.sample(_IN_PEOPLE, 2)
    rdate = date(2026, rng.randint(2, 8), rng.randint(1, 7))
    ws["A1"] = "Monthly Status Report"
    _put(
        ws,
        3,
        1,
        [
            ["Project Name", "TiffinTrack App", None, "Programme", "Last-Mile Digital"],
            ["Project Manager", pm, None, "Sponsor", sponsor],
            ["Report Date", _in(rdate), None, "Planned Go-Live", _in(rdate + timedelta(days=90))],
        ],
    )
    ws["A7"] = "All amounts in INR lakh"
    _put(ws, 8, 1, [["Budget", rng.randint(40, 90) + 0.5, None, "Spent to date", 21.75]])
    strip = {d: rng.choice("GAR") for d in ("Overall", "Schedule", "Cost", "Scope", "Quality")}
    _put(ws, 10, 1, [list(strip), list(strip.values())])
    values = [
        ValueFact("project", 0, "project_name", "TiffinTrack App"),
        ValueFact("project", 0, "programme", "Last-Mile Digital"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", rdate),
        ValueFact("project", 0, "overall_rag", _IN_RAG[strip["Overall"]]),
        ValueFact("project", 0, "schedule_rag", _IN_RAG[strip["Schedule"]]),
        ValueFact("project", 0, "cost_rag", _IN_RAG[strip["Cost"]]),
        ValueFact("project", 0, "scope_rag", _IN_RAG[strip["Scope"]]),
        # `All amounts in INR lakh`: the code itself, on the standards' list (round 39's audit)
        ValueFact("project", 0, "currency", "INR"),
    ]
    ws["A13"] = "Top Risks (L = Likelihood, I = Impact: H / M / L)"
    rhead = 14
    _put(
        ws,
        rhead,
        1,
        [
            [
                "S.No.",
                "Risk Statement",
                "Category",
                "L",
                "I",
                "Mitigation Plan",
                "Responsibility",
                "Closure Target",
                "Trend",
            ]
        ],
    )
    nr = rng.randint(2, 4)
    for i in range(nr):
        p, im = rng.choice("HML"), rng.choice("HML")
        owner = rng.choice(_IN_PEOPLE)
        target = rdate + timedelta(days=rng.randint(5, 45))
        mit = rng.choice(["Buffer stock of devices", "Fallback to SMS", "Weekly vendor review"])
        cat = rng.choice(["Technology", "Operations", "Regulatory"])
        trend = rng.choice(["↑", "↓", "→"])
        _put(
            ws,
            rhead + 1 + i,
            1,
            [[i + 1, _IN_RISKS[i], cat, p, im, mit, owner, _in(target), trend]],
        )
        values += [
            ValueFact("risks", i, "title", _IN_RISKS[i]),
            ValueFact("risks", i, "probability", _IN_LEVEL[p]),
            ValueFact("risks", i, "impact", _IN_LEVEL[im]),
            ValueFact("risks", i, "response", mit),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", target),
        ]
    ititle = rhead + nr + 2
    ws.cell(ititle, 1, "Open Issues / Blockers")
    ihead = ititle + 1
    _put(
        ws,
        ihead,
        1,
        [
            [
                "Sl",
                "Open Issue / Blocker",
                "Since",
                "Ageing (days)",
                "Help Needed From",
                "Action Owner",
                "ETA",
                "Status",
            ]
        ],
    )
    ni = rng.randint(1, 3)
    for j in range(ni):
        owner = rng.choice(_IN_PEOPLE)
        since = rdate - timedelta(days=rng.randint(3, 40))
        eta = rdate + timedelta(days=rng.randint(3, 30))
        word = rng.choice(["Open", "In Progress"])
        helper = rng.choice(["Sponsor", "Vendor - KioskCo", "Legal", None])
        row = [j + 1, _IN_ISSUES[j], _in(since), (rdate - since).days, helper, owner, _in(eta)]
        _put(ws, ihead + 1 + j, 1, [[*row, word]])
        values += [
            ValueFact("issues", j, "title", _IN_ISSUES[j]),
            ValueFact("issues", j, "raised_date", since),
            ValueFact("issues", j, "owner", owner),
            ValueFact("issues", j, "due_date", eta),
            ValueFact("issues", j, "status", word),
        ]
    path = _save(wb, folder, "in_dabbawala_monthly_status")
    tables = [
        _one(
            "risks",
            "MSR",
            rhead,
            _cols(
                "A",
                [
                    ("id", None),
                    "title",
                    "category",
                    "probability",
                    "impact",
                    "response",
                    "owner",
                    "due_date",
                    None,
                ],
            ),
            nr,
        ),
        _one(
            "issues",
            "MSR",
            ihead,
            _cols(
                "A",
                [("id", None), "title", "raised_date", None, None, "owner", "due_date", "status"],
            ),
            ni,
        ),
    ]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 9. Japanese weekly progress report
# ---------------------------------------------------------------------------------------

_JP_PEOPLE = ["佐藤 健", "鈴木 花子", "高橋 誠", "田中 美咲", "渡辺 翔"]
_JP_RAG = {"緑": "Green", "黄": "Amber", "赤": "Red"}
_JP_MS = [
    "基本設計完了",
    "ホームドア試作機 工場検査",
    "夜間試験施工(1駅目)",
    "全駅 据付完了",
    "運用開始",
]
_JP_MS_STATUS = {"未着手": "Not Started", "進行中": "In Progress", "完了": "Complete"}
_JP_ISSUES = [
    "車両ドア位置の個体差が想定より大きい",
    "夜間作業時間が2時間に短縮された",
    "センサー誤検知(降雪時)",
    "協力会社の作業員不足",
]


def _jp(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jp_shinkansen_shinchoku(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "週次報告")
    pm = rng.choice(_JP_PEOPLE)
    rdate = date(2026, rng.randint(3, 9), rng.randint(1, 28))
    ws["A1"] = "週次進捗報告書"
    _put(
        ws,
        3,
        1,
        [["案件名", "新幹線駅ホームドア整備"], ["報告日", _jp(rdate)], ["PM", pm]],
    )
    dims = {d: rng.choice(list(_JP_RAG)) for d in ("全体", "進捗", "コスト", "スコープ")}
    _put(ws, 3, 4, [["区分", "状況", "コメント"]])
    for i, (d, c) in enumerate(dims.items()):
        _put(ws, 4 + i, 4, [[d, c]])
    values = [
        ValueFact("project", 0, "project_name", "新幹線駅ホームドア整備"),
        ValueFact("project", 0, "report_date", rdate),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "overall_rag", _JP_RAG[dims["全体"]]),
        ValueFact("project", 0, "schedule_rag", _JP_RAG[dims["進捗"]]),
        ValueFact("project", 0, "cost_rag", _JP_RAG[dims["コスト"]]),
        ValueFact("project", 0, "scope_rag", _JP_RAG[dims["スコープ"]]),
    ]
    ws["A10"] = "■主要マイルストーン"
    mhead = 11
    _put(
        ws,
        mhead,
        1,
        [["区分", "マイルストーン", "責任者", "状況", "当初計画", "現計画", "実績", "備考"]],
    )
    n = rng.randint(4, 5)
    plan = _days(rng, n, rdate - timedelta(days=60))
    for i in range(n):
        b = plan[i]
        f = b + timedelta(days=rng.choice([0, 0, 7, 21]))
        who = rng.choice(_JP_PEOPLE)
        if f <= rdate:
            word, actual = "完了", f
        else:
            word, actual = rng.choice(["未着手", "進行中"]), None
        phase = ["設計", "製作", "施工", "施工", "運用"][i]
        note = rng.choice([None, None, "夜間作業", "要調整"])
        row = [phase, _JP_MS[i], who, word, _jp(b), _jp(f), _jp(actual) if actual else "-"]
        _put(ws, mhead + 1 + i, 1, [[*row, note]])
        values += [
            ValueFact("milestones", i, "milestone", _JP_MS[i]),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", b),
            ValueFact("milestones", i, "forecast_date", f),
            ValueFact("milestones", i, "status", _JP_MS_STATUS[word]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    ititle = mhead + n + 2
    ws.cell(ititle, 1, "■課題一覧")
    ihead = ititle + 1
    _put(ws, ihead, 1, [["発生日", "課題内容", "影響", "対策", "対応者", "完了予定", "状態"]])
    ni = rng.randint(2, 4)
    raised = _days(rng, ni, rdate - timedelta(days=210))
    for j in range(ni):
        who = rng.choice(_JP_PEOPLE)
        due = raised[j] + timedelta(days=rng.randint(7, 40))
        word = rng.choice(["未対応", "対応中", "完了"])
        effect = rng.choice(["工程遅延", "コスト増", "品質"])
        fix = rng.choice(["メーカーと協議中", "作業班を増員", "設定値を見直し"])
        row = [_jp(raised[j]), _JP_ISSUES[j], effect, fix, who, _jp(due), word]
        _put(ws, ihead + 1 + j, 1, [row])
        values += [
            ValueFact("issues", j, "title", _JP_ISSUES[j]),
            ValueFact("issues", j, "owner", who),
            ValueFact("issues", j, "raised_date", raised[j]),
            ValueFact("issues", j, "due_date", due),
        ]
        if word != "完了":
            values.append(
                ValueFact("issues", j, "status", "Open" if word == "未対応" else "In Progress")
            )
    path = _save(wb, folder, "jp_shinkansen_shinchoku")
    tables = [
        _one(
            "milestones",
            "週次報告",
            mhead,
            _cols(
                "A",
                [
                    None,
                    "milestone",
                    "owner",
                    "status",
                    "baseline_date",
                    "forecast_date",
                    "actual_date",
                    None,
                ],
            ),
            n,
        ),
        _one(
            "issues",
            "週次報告",
            ihead,
            _cols(
                "A",
                ["raised_date", "title", None, "resolution", "owner", "due_date", "status"],
            ),
            ni,
        ),
    ]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 10. US fiscal-year budget tracker
# ---------------------------------------------------------------------------------------

_US_LINES = [
    "Uniforms",
    "Instruments - brass",
    "Percussion equipment",
    "Travel - away games",
    "Arranging fees",
]


def us_marching_band_budget_tracker(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26 Tracker")
    ws["A1"] = "Marching Band Uniform & Instrument Renewal"
    ws["A2"] = "FY2026 (July 1, 2025 - June 30, 2026)"
    months = _months(date(2025, 7, 1), 6)
    header: list[object] = ["Line Item", "Type"]
    cols: list[int | None] = []
    for q in range(2):
        for m in months[3 * q : 3 * q + 3]:
            header.append(f"{m:%b}-{m:%y}")
            cols.append(months.index(m))
        header.append(f"Q{q + 1} Total")
        cols.append(None)
    header.append("YTD")
    _put(ws, 4, 1, [header])
    closed = rng.randint(2, 5)  # months with actuals
    lines = rng.sample(_US_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    r = 5
    for line in lines:
        plan = [float(rng.randrange(2, 40) * 250) for _ in months]
        actual = [round(p * rng.uniform(0.7, 1.2), 2) for p in plan]
        for label, data in (("Plan", plan), ("Actual", actual), ("Encumbered", None)):
            row: list[object] = [line, label]
            for c in cols:
                if c is None:
                    row.append(None)
                elif data is None:
                    row.append(float(rng.randrange(0, 10) * 100) if c > closed - 1 else None)
                elif label == "Actual" and c >= closed:
                    row.append(None)
                else:
                    row.append(data[c])
            _put(ws, r, 1, [row])
            ws.cell(r, 6, f"=SUM(C{r}:E{r})")
            ws.cell(r, 10, f"=SUM(G{r}:I{r})")
            ws.cell(r, 11, f"=F{r}+J{r}")
            for c in range(3, 12):
                ws.cell(r, c).number_format = '"$"#,##0.00'
            r += 1
        for m in range(6):
            values.append(ValueFact("finance", (months[m], line), "budget", plan[m]))
            if m < closed:
                values.append(ValueFact("finance", (months[m], line), "actual", actual[m]))
    path = _save(wb, folder, "us_marching_band_budget_tracker")
    table = TruthTable(
        "FY26 Tracker",
        4,
        "finance",
        {"A": "cost_line", "B": "measure"},
        {"finance": 6 * len(lines)},
    )
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 11. Italian long finance rows
# ---------------------------------------------------------------------------------------

_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"]
_IT_LINES = [
    ("Refrattari crogiolo", "Investimento"),
    ("Bruciatori a metano", "Investimento"),
    ("Manodopera maestri vetrai", "Esercizio"),
    ("Smaltimento vecchio forno", "Esercizio"),
    ("Progettazione e direzione lavori", "Investimento"),
]


def _eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}"


def it_murano_fornace_consuntivo(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Consuntivo")
    ws["A1"] = "Rifacimento forno fusorio - Consuntivo mensile 2026"
    ws["A2"] = "Importi in euro, IVA esclusa"
    head = 4
    _put(
        ws,
        head,
        1,
        [
            [
                "Mese",
                "Voce di spesa",
                "Centro di costo",
                "Natura",
                "Budget",
                "Consuntivo",
                "Previsione",
                "Note",
            ]
        ],
    )
    nm = rng.randint(3, 5)
    closed = rng.randint(1, nm)
    lines = rng.sample(_IT_LINES, 3)
    r = head + 1
    # `Importi in euro` and `€` on every amount: EUR (round 39's audit)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for mi in range(nm):
        month = date(2026, mi + 1, 1)
        tot = 0.0
        for line, nature in lines:
            b = float(rng.randrange(4, 60) * 500)
            a = round(b * rng.uniform(0.8, 1.15), 2) if mi < closed else None
            f = a if a is not None else b
            tot += b
            note = rng.choice([None, None, "fattura in arrivo", "SAL n. 2"])
            row: list[object] = [
                f"{_IT_MONTHS[mi]} 2026",
                line,
                "CC-410 Fornace",
                nature,
                _eur(b),
                _eur(a) if a is not None else None,
                _eur(f),
                note,
            ]
            _put(ws, r, 1, [row])
            values.append(ValueFact("finance", (month, line), "budget", b))
            values.append(ValueFact("finance", (month, line), "forecast", f))
            # `Natura`: `Investimento` capital, `Esercizio` (spesa di esercizio) operating,
            # as round 33's French `Investissement` / `Fonctionnement` (round 39's audit)
            capex = "CapEx" if nature == "Investimento" else "OpEx"
            values.append(ValueFact("finance", (month, line), "capex_opex", capex))
            if a is not None:
                values.append(ValueFact("finance", (month, line), "actual", a))
            r += 1
        _put(ws, r, 1, [[f"Totale {_IT_MONTHS[mi]}", None, None, None, _eur(tot)]])
        r += 2
    targets = _cols(
        "A",
        ["month", "cost_line", None, "capex_opex", "budget", "actual", "forecast", "notes"],
    )
    path = _save(wb, folder, "it_murano_fornace_consuntivo")
    return Built(path, [_one("finance", "Consuntivo", head, targets, nm * 3)], values)


# ---------------------------------------------------------------------------------------
# 12. Swedish resource plan in hours
# ---------------------------------------------------------------------------------------

_SE_PEOPLE = [
    ("Erik Lindqvist", "Projektledare", "Teknik"),
    ("Anna Bergström", "Processingenjör", "Produktion"),
    ("Johan Nilsson", "Automationstekniker", "Underhåll"),
    ("Maja Holm", "Kvalitetsansvarig", "Kvalitet"),
    ("Oskar Åberg", "Elkonstruktör", "Teknik"),
    ("Extern konsult", "Ugnsspecialist", "Inköp"),
]
_SE_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun"]


def se_knackebrod_resursplan_timmar(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resursplan")
    ws["A1"] = "Resursplan - ny tunnelugn, linje 3 (timmar per månad, 2026)"
    ws["A2"] = f"Uppdaterad {rng.randint(2, 27)}/1 av projektkontoret"
    _put(ws, 4, 1, [["Resurs", "Roll", "Avdelning", *_SE_MONTHS, "Summa"]])
    people = rng.sample(_SE_PEOPLE, rng.randint(4, 6))
    cells = 0
    for i, (person, role, dept) in enumerate(people):
        hours: list[object] = []
        for _ in _SE_MONTHS:
            h = rng.choice([None, 16, 40, 40, 80, 120, 160])
            hours.append(h)
            cells += h is not None
        if all(h is None for h in hours):
            hours[0] = 40
            cells += 1
        r = 5 + i
        _put(ws, r, 1, [[person, role, dept, *hours]])
        ws.cell(r, 10, f"=SUM(D{r}:I{r})")
    last = 5 + len(people)
    ws.cell(last, 1, "Summa")
    for c, col in enumerate("DEFGHIJ", start=4):
        ws.cell(last, c, f"=SUM({col}5:{col}{last - 1})")
    path = _save(wb, folder, "se_knackebrod_resursplan_timmar")
    targets = _cols("A", ["person", "role", None])
    return Built(path, [_one("resources", "Resursplan", 4, targets, cells)], [])


HELD_OUT_109: tuple[Layout, ...] = (
    Layout(
        "nl_postzegel_mijlpalenplanning",
        "Dutch milestone plan with phase rows",
        nl_postzegel_mijlpalenplanning,
    ),
    Layout(
        "de_ebike_quality_gate_plan", "German quality-gate schedule", de_ebike_quality_gate_plan
    ),
    Layout(
        "ca_potash_hoist_weekly_status",
        "Canadian weekly status report",
        ca_potash_hoist_weekly_status,
    ),
    Layout(
        "ma_huilerie_rapport_mensuel",
        "Moroccan French monthly report",
        ma_huilerie_rapport_mensuel,
    ),
    Layout("cl_fundicion_dotacion_fte", "Chilean FTE staffing plan", cl_fundicion_dotacion_fte),
    Layout(
        "au_wine_auction_bookings_export",
        "Australian resource-booking export",
        au_wine_auction_bookings_export,
    ),
    Layout(
        "pl_bilety_decyzje_zaleznosci",
        "Polish status pack: decisions and dependencies",
        pl_bilety_decyzje_zaleznosci,
    ),
    Layout(
        "in_dabbawala_monthly_status",
        "Indian monthly status report",
        in_dabbawala_monthly_status,
    ),
    Layout("jp_shinkansen_shinchoku", "Japanese weekly progress report", jp_shinkansen_shinchoku),
    Layout(
        "us_marching_band_budget_tracker",
        "US fiscal-year budget tracker",
        us_marching_band_budget_tracker,
    ),
    Layout(
        "it_murano_fornace_consuntivo",
        "Italian long finance rows",
        it_murano_fornace_consuntivo,
    ),
    Layout(
        "se_knackebrod_resursplan_timmar",
        "Swedish resource plan in hours",
        se_knackebrod_resursplan_timmar,
    ),
)
