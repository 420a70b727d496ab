"""The hundred-and-twentieth held-out batch (round 40, task w128): PLANS, STATUS REPORTS
AND TRACKERS, the workbooks a PMO keeps beside its registers, invented from how such teams
keep them (no earlier batch was opened as a model). Twelve layouts, seven languages
(English, German, French, Dutch, Spanish, Portuguese, Italian), twelve countries.

- ``zeppelin_meilensteinplan`` (Germany): an airship yard's hand-kept milestone and gate
  plan; title, `Stand: KW nn/2026`, `Projektleitung:`; `Nr.` / `Typ` (`Gate` or `MS`) /
  `Meilenstein / Gate` / `Verantwortlich` / `Basistermin` / `Prognose` / `Ist-Termin` /
  `Ampel` / `Bemerkung`, dates as text `dd.mm.yyyy`.
- ``pistenraupen_einsatzplan`` (Austria): a ski lift company's snow-groomer fleet renewal,
  staff hours per month: `Mitarbeiter:in` / `Funktion` / `Abt.` / `Jän. 26` ... / `Σ Std.`,
  blank where a person is not booked, a `Summe` row.
- ``cirque_rapport_mensuel`` (Belgium): a circus company's monthly status report: labelled
  fields (`Projet :`, `Chef de projet :`, `Commanditaire :`, `Date du rapport :`), a
  `Météo du projet` block (`Global`, `Délais`, `Coûts`, `Périmètre`, `Ressources` in
  `Vert` / `Orange` / `Rouge`), `Jalons clés` (`Prévu (initial)` / `Prévu (révisé)` /
  `Réalisé le`) and `Risques principaux` (`Prob.` / `Impact` as `Élevée` / `Moyenne` /
  `Faible`, `Statut` `Ouvert` / `Surveillé` / `Clos`).
- ``speelgoed_weekrapportage`` (Netherlands): a wooden-toy maker's weekly ERP status
  report with `Genomen besluiten` (`Wanneer` / `Overleg` / `Wat is besloten` /
  `Besluitnemer` / `Waarom` / `Actie voor`) and `Wat we nodig hebben en wat we moeten
  leveren` (`Soort` `wij hebben nodig` / `wij leveren`, `Wat`, `Van / voor`, `Uiterlijk
  nodig`, `Belofte`, `Contact bij ons`, `Stand` `op koers` / `zorgen` / `over datum` /
  `afgerond`), dates as text `dd-mm-yyyy`.
- ``catedral_seguimiento`` (Spain): a cathedral restoration's budget follow-up, one
  merged `enero 2026` label per month over `Presup.` / `Ejecutado`, `Partida` /
  `Capítulo` down, amounts as numbers in euro format, a `TOTAL` row.
- ``loteria_dotacion`` (Mexico): a state lottery's staffing plan in person-days per month:
  `Nombre` / `Rol en el proyecto` / `Dirección` / `ene-26` ... / `Total días`.
- ``apicultura_cronograma`` (Brazil): a honey cooperative's milestone schedule, status
  first and `FASE: ...` group rows inside the table: `Situação` (`Concluído`, `Em
  andamento`, `Não iniciado`, `Atrasado`) / `Marco` / `% concl.` / `Linha de base` /
  `Tendência` / `Real` / `Desvio (dias)` / `Resp.`, date cells.
- ``notai_sal`` (Italy): a notarial council's monthly progress report (`Stato Avanzamento
  Lavori`): `Responsabile di progetto:`, `Stato complessivo:` `Verde` / `Giallo` /
  `Rosso`, `Principali criticità` (`Criticità` / `Impatto` / `Azione correttiva` /
  `Referente` / `Entro il` / `Stato`) and `Registro decisioni` (`Decisione n.` `1/2026` /
  `Argomento` / `Decisione presa` / `Organo` / `Seduta del` / `Verbale`).
- ``cochlear_gate_schedule`` (Australia): a hearing-implant clinic programme's stage-gate
  schedule exported from a portfolio tool: a run line, then `Project Code` / `Project` /
  `Gate` / `Gate Description` / `Gate Owner` / `Approved Baseline` / `Current Forecast` /
  `Actual` / `Gate Status` / `Variance (days)` / `Commentary`, dates as text `d/mm/yyyy`.
- ``gliding_club_hangar`` (United Kingdom): a gliding club's hangar rebuild cost tracker:
  `Actual` and `Forecast` group labels over `Jan-26` ... `Dec-26`, `Budget line` /
  `Supplier` / `Approved budget` first, `Total` / `Variance` last, pounds.
- ``horlogerie_suivi`` (Switzerland): a watch manufacture's budget follow-up with months
  down (`janv. 2026`), a merged cost-line label over `Budget` / `Réel` each, amounts as
  text with the Swiss apostrophe (`12'450.00`), CHF.
- ``pashmina_staffing`` (India): a weavers' cooperative's staffing plan as % allocation:
  `S.No.` / `Name` / `Designation` / `Vendor` / `Apr-26` ... / `Avg %`.

Least-sure readings (no fact given): the German `Ampel`, the Austrian hours and the Indian
percentages as days (hours per day and working days are not on the sheets), so no
planned-days fact there; resource items other than the first and the last (their order
between row-wise and month-wise reading differs; the first and the last are the same in
both); `Nr.` / `Réf.` / `N.` / `S.No.` numbers as IDs (no value fact); the Belgian `Phase
: Production` as a stage; the Dutch `Van / voor` (a team, not a project id: counterparty or
left out) and `afgerond` (Delivered or Closed: no status); the Italian `Impatto` (`Alto` /
`Medio` / `Basso`: severity or priority, no value), `Argomento` (a topic, not the
decision) and `1/2026` numbers; the Brazilian `% concl.`; the Australian `Scheduled`
and `Passed with conditions` statuses, the `Gate` code (`G2`: id or nothing) and the
repeated `Project` column; the British annual `Approved budget` (not a month's budget:
left out); the Spanish `Capítulo` and the Swiss months beyond the last actual (budget only).

Round 40's truth audit (task a132; docs/adopt.md, "Round 40: the hundred-and-twentieth
batch's truth audited") changed: the currency of the three finance trackers (EUR from
`importes en euros` and the `€` formats, GBP from `(£)` and the `£` formats, CHF from
`montants en CHF`), none before; the Belgian `Réf.` `R7` refs as the risk ids R-007 (a
per-register code in the standard's form, the lead's ruling), drawn with no two alike (two
risks shared a ref at 37 of seeds 0-199); the German `Nr.` (`1.`), the
Italian `N.` (1, 2 ..) and `Decisione n.` (`1/2026`) as `("id", None)` with no id value
(row numbers and a council's own numbering: the lead's ruling); the Spanish `Capítulo`
(`Obra`, `Honorarios`) as `("category", None)` with no value; the Dutch weekly report's week
no earlier than its last decision's (decisions were dated after the report at 149 of 201
seeds: `Week 15` -> `Week 16` at 2026) and `over datum` on a need not yet due written
`zorgen` (At Risk; at 66 seeds, the fourth dependency at 2026); the German plan's `Stand:
KW n` no earlier than its last `Ist-Termin` (before it at 32 seeds; none of 2026, 7, 99).
Values 409 -> 415 at 2026.
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
    _dmy,
    _months,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Germany: an airship yard's milestone and gate plan
# ---------------------------------------------------------------------------------------

_DE_PEOPLE = ["K. Brenner", "Ulrike Hahn", "M. Vogt", "Jens Albrecht", "Sabine Kraus", "T. Lindner"]
_DE_MILESTONES = [
    "Lastenheft Kabine freigegeben",
    "Konstruktionsreview Gondel",
    "Prüfprogramm mit LBA abgestimmt",
    "Werkstoffprüfung abgeschlossen",
    "Erstmusterprüfung Sitzschienen",
    "Bodentest Hüllendruck",
    "Ergebnis Brandschutzprüfung",
    "Erstflug nach Umbau",
    "Flugerprobung abgeschlossen",
    "Musterzulassung beantragt",
    "Übergabe an Flugbetrieb",
]


def _de(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def zeppelin_meilensteinplan(folder: Path, rng: random.Random) -> Built:
    """An airship yard's milestone and gate plan kept by hand (Germany)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Meilensteinplan")
    pm = rng.choice(_DE_PEOPLE)
    week = rng.randint(10, 22)
    ws["A1"] = "Zeppelin-Werft Bodensee – Projekt LZ N08: Musterzulassung Kabinenumbau"
    ws["A2"] = f"Stand: KW {week}/2026"
    ws["D2"] = "Projektleitung:"
    ws["E2"] = pm
    header = [
        "Nr.",
        "Typ",
        "Meilenstein / Gate",
        "Verantwortlich",
        "Basistermin",
        "Prognose",
        "Ist-Termin",
        "Ampel",
        "Bemerkung",
    ]
    n = rng.randint(7, 11)
    base = _days(rng, n, date(2026, 1, 12))
    done = rng.randint(1, 3)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    forecasts: list[date] = []
    for i in range(n):
        gate = i % 3 == 2
        owner = rng.choice(_DE_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14, 21]))
        forecasts.append(fc)
        actual = fc if i < done else None
        ampel = "grün" if fc == base[i] else rng.choice(["gelb", "rot"])
        note = rng.choice(["", "LBA-Termin offen", "Lieferant meldet Verzug", ""])
        name = _DE_MILESTONES[i]
        rows.append(
            [
                f"{i + 1}.",
                "Gate" if gate else "MS",
                name,
                owner,
                _de(base[i]),
                _de(fc),
                _de(actual) if actual else None,
                ampel,
                note or None,
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "gate", "Y" if gate else "N"),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    _put(ws, 4, 1, rows)
    # audit (round 40): the plan's `Stand` is no earlier than the week of its last
    # `Ist-Termin` (an actual after the as-of week at 51 milestones of seeds 0-199 and
    # 2026); the week's draw is kept, so no other cell moves
    last_actual = max(fc for i, fc in enumerate(forecasts) if i < done)
    ws["A2"] = f"Stand: KW {max(week, last_actual.isocalendar()[1])}/2026"
    ws.cell(5 + n + 1, 1, "Gate = Entscheidung Lenkungskreis; MS = Projektmeilenstein")
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # audit (round 40): `1.`, `2.` .. plain row numbers, no id value
        "gate",
        "milestone",
        "owner",
        "baseline_date",
        "forecast_date",
        "actual_date",
        None,
        None,
    ]
    path = _save(wb, folder, "zeppelin_meilensteinplan")
    return Built(
        path,
        [TruthTable("Meilensteinplan", 4, "milestones", _cols("A", targets), {"milestones": n})],
        values,
    )


# ---------------------------------------------------------------------------------------
# Resource grids (shared shape: people down, months across, blank = not booked)
# ---------------------------------------------------------------------------------------


def _grid(
    rng: random.Random, people: int, months: int, draw: list[object]
) -> list[list[object | None]]:
    """A person-by-month grid with some blanks; the first person's first month and the
    last person's last month always booked, so the first and last items are the same read
    row-wise or month-wise."""
    grid: list[list[object | None]] = []
    for p in range(people):
        row: list[object | None] = []
        for m in range(months):
            if (
                rng.random() < 0.2
                and not (p == 0 and m == 0)
                and not (p == people - 1 and m == months - 1)
            ):
                row.append(None)
            else:
                row.append(rng.choice(draw))
        grid.append(row)
    return grid


def _ends(
    grid: list[list[object | None]], month_days: list[date], people: list[tuple[str, str]]
) -> tuple[int, list[ValueFact]]:
    """The grid's item count, and the person, role and month facts of its first and last
    item."""
    n = sum(1 for row in grid for v in row if v is not None)
    facts = []
    for idx, p, m in ((0, 0, 0), (n - 1, len(people) - 1, len(month_days) - 1)):
        facts += [
            ValueFact("resources", idx, "person", people[p][0]),
            ValueFact("resources", idx, "role", people[p][1]),
            ValueFact("resources", idx, "month", month_days[m]),
        ]
    return n, facts


_AT_MONTHS = [
    "Jän.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sep.",
    "Okt.",
    "Nov.",
    "Dez.",
]
_AT_STAFF = [
    ("Florian Gruber", "Projektleiter"),
    ("Verena Huber", "Einkauf"),
    ("Stefan Pichler", "Werkstattleiter"),
    ("Martina Wallner", "Controlling"),
    ("Lukas Moser", "Pistenchef"),
    ("Andrea Steiner", "Sicherheitsfachkraft"),
    ("Georg Hofer", "Fahrer-Schulung"),
]


def pistenraupen_einsatzplan(folder: Path, rng: random.Random) -> Built:
    """A ski lift company's staff hours plan for its snow-groomer fleet renewal
    (Austria)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Einsatzplanung 2026")
    first = rng.randint(1, 4)
    nm = rng.randint(5, 7)
    months = _months(date(2026, first, 1), nm)
    staff = rng.sample(_AT_STAFF, rng.randint(4, 6))
    ws["A1"] = "Bergbahnen Hochalm – Flottenerneuerung Pistengeräte"
    ws["A2"] = "Personaleinsatz Projekt in Stunden (Planwerte)"
    header = ["Mitarbeiter:in", "Funktion", "Abt."]
    header += [f"{_AT_MONTHS[d.month - 1]} {d.year % 100}" for d in months] + ["Σ Std."]
    grid = _grid(rng, len(staff), nm, [8, 16, 24, 32, 40, 60, 80])
    rows: list[list[object]] = [header]
    for (name, role), cells in zip(staff, grid, strict=True):
        hours = [v for v in cells if v is not None]
        rows.append(
            [name, role, rng.choice(["Technik", "Verwaltung", "Betrieb"]), *cells, sum(hours)]
        )  # type: ignore[arg-type]
    col_sums = [sum(int(r[m]) for r in grid if r[m] is not None) for m in range(nm)]  # type: ignore[call-overload]
    rows.append(["Summe", None, None, *col_sums, sum(col_sums)])
    _put(ws, 4, 1, rows)
    ws.cell(5 + len(staff) + 2, 1, "leer = nicht eingeplant")
    n, values = _ends(grid, months, staff)
    targets: Targets = {"A": "person", "B": "role", "C": None}
    path = _save(wb, folder, "pistenraupen_einsatzplan")
    return Built(
        path, [TruthTable("Einsatzplanung 2026", 4, "resources", targets, {"resources": n})], values
    )


# ---------------------------------------------------------------------------------------
# Belgium: a circus company's monthly status report
# ---------------------------------------------------------------------------------------

_BE_PEOPLE = [
    "Camille Dubois",
    "Julien Peeters",
    "Sophie Lambert",
    "Nicolas Wouters",
    "Élise Maes",
    "Thomas Claes",
]
_BE_JALONS = [
    "Fin des auditions",
    "Livret validé",
    "Chapiteau livré",
    "Premier filage",
    "Répétition générale",
    "Première à Namur",
    "Départ de la tournée",
]
_BE_RISQUES = [
    "Blessure d'un artiste principal",
    "Retard de livraison du gréement",
    "Subvention régionale non reconduite",
    "Météo défavorable pendant le montage",
    "Permis d'implantation refusé",
    "Hausse du prix du transport",
]
_RAG_FR = {"Vert": "Green", "Orange": "Amber", "Rouge": "Red"}
_LEVEL_FR = {"Élevée": 5, "Moyenne": 3, "Faible": 1}
_STATUT_FR = {"Ouvert": "Open", "Surveillé": "Monitoring", "Clos": "Closed"}


def cirque_rapport_mensuel(folder: Path, rng: random.Random) -> Built:
    """A circus company's monthly status report: fields, weather by dimension, key
    milestones and main risks (Belgium)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rapport")
    pm, sponsor = rng.sample(_BE_PEOPLE, 2)
    month = rng.randint(2, 6)
    report = _months(date(2026, month, 1), 2)[1] - timedelta(days=1)
    mois = ["janvier", "février", "mars", "avril", "mai", "juin"][month - 1]
    ws["A1"] = "Compagnie des Étoiles – Création 2027 « Vertige »"
    ws["A2"] = "RAPPORT D'AVANCEMENT MENSUEL"
    fields = [
        ("Projet :", "Création Vertige"),
        ("Période :", f"{mois} 2026"),
        ("Chef de projet :", pm),
        ("Commanditaire :", sponsor),
        ("Date du rapport :", _dmy(report)),
        ("Phase :", "Production"),
    ]
    _put(ws, 4, 1, [list(f) for f in fields])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Création Vertige"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", report),
    ]
    meteo = [["Dimension", "Météo", "Tendance", "Commentaire"]]
    for dim, key in (
        ("Global", "overall_rag"),
        ("Délais", "schedule_rag"),
        ("Coûts", "cost_rag"),
        ("Périmètre", "scope_rag"),
        ("Ressources", None),
    ):
        rag = rng.choice(list(_RAG_FR))
        meteo.append(
            [
                dim,
                rag,
                rng.choice(["↗", "→", "↘"]),
                rng.choice(["", "voir risques", "sous contrôle"]),
            ]
        )
        if key:
            values.append(ValueFact("project", 0, key, _RAG_FR[rag]))
    ws["A11"] = "Météo du projet"
    _put(ws, 12, 1, meteo)
    # key milestones
    top = 19
    ws.cell(top, 1, "Jalons clés")
    nj = rng.randint(4, 7)
    base = _days(rng, nj, date(2026, 1, 5))
    jal: list[list[object]] = [
        ["Jalon", "Prévu (initial)", "Prévu (révisé)", "Réalisé le", "Responsable"]
    ]
    for i in range(nj):
        rev = base[i] + timedelta(days=rng.choice([0, 7, 10]))
        done = rev < report and rng.random() < 0.7
        who = rng.choice(_BE_PEOPLE)
        jal.append([_BE_JALONS[i], _dmy(base[i]), _dmy(rev), _dmy(rev) if done else None, who])
        values += [
            ValueFact("milestones", i, "milestone", _BE_JALONS[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", rev),
            ValueFact("milestones", i, "owner", who),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", rev))
    _put(ws, top + 1, 1, jal)
    rtop = top + nj + 4
    ws.cell(rtop - 1, 1, "Risques principaux")
    nr = rng.randint(3, 5)
    risk_rows: list[list[object]] = [
        ["Réf.", "Description du risque", "Prob.", "Impact", "Mesures", "Porteur", "Statut"]
    ]
    used: set[int] = set()
    for i, title in enumerate(rng.sample(_BE_RISQUES, nr)):
        p, im = rng.choice(list(_LEVEL_FR)), rng.choice(list(_LEVEL_FR))
        st = rng.choice(list(_STATUT_FR))
        who = rng.choice(_BE_PEOPLE)
        act = rng.choice(
            [
                "Doublure prévue",
                "Relance hebdomadaire du fournisseur",
                "Dossier introduit",
                "Plan B chiffré",
            ]
        )
        ref = rng.randint(1, 30)
        while ref in used:  # audit (round 40): two risks never share a ref
            ref = ref % 30 + 1
        used.add(ref)
        risk_rows.append([f"R{ref}", title, p, im, act, who, st])
        values += [
            ValueFact("risks", i, "id", f"R-{ref:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", _LEVEL_FR[p]),
            ValueFact("risks", i, "impact", _LEVEL_FR[im]),
            ValueFact("risks", i, "response", act),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", _STATUT_FR[st]),
        ]
    _put(ws, rtop, 1, risk_rows)
    path = _save(wb, folder, "cirque_rapport_mensuel")
    ms_t: list[str | tuple[str, ...] | None] = [
        "milestone",
        "baseline_date",
        "forecast_date",
        "actual_date",
        "owner",
    ]
    rk_t: list[str | tuple[str, ...] | None] = [
        "id",
        "title",
        "probability",
        "impact",
        "response",
        "owner",
        "status",
    ]
    return Built(
        path,
        [
            TruthTable("Rapport", top + 1, "milestones", _cols("A", ms_t), {"milestones": nj}),
            TruthTable("Rapport", rtop, "risks", _cols("A", rk_t), {"risks": nr}),
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# Netherlands: a toy maker's weekly status report with decisions and dependencies
# ---------------------------------------------------------------------------------------

_NL_PEOPLE = [
    "Mark de Vries",
    "Ingrid Bakker",
    "Joost Visser",
    "Femke Smit",
    "Ruud Jansen",
    "Anouk Mulder",
]
_NL_BESLUITEN = [
    ("Standaard inkoopproces overnemen", "Minder maatwerk, sneller live"),
    ("Livegang verschoven naar na de sinterklaaspiek", "Magazijn kan geen omzetting aan in Q4"),
    ("Oude artikelcodes niet migreren", "Vervuilde data, nieuwe codering"),
    ("Extra key-user voor planning", "Planning is kritisch pad"),
    ("Koppeling webshop via standaard connector", "Onderhoud bij leverancier"),
]
_NL_AFH = [
    "Nieuwe barcodelabels van de drukkerij",
    "EDI-koppeling met groothandel",
    "Stamdata verf en lakken van R&D",
    "Netwerkaanpassing magazijn Ede",
    "Prijslijst 2027 van sales",
]
_NL_STAND = {"op koers": "On Track", "zorgen": "At Risk", "over datum": "Late", "afgerond": None}
_NL_OVERLEG = ["Stuurgroep", "Projectteam", "Directieoverleg"]


def _nl(d: date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def speelgoed_weekrapportage(folder: Path, rng: random.Random) -> Built:
    """A wooden-toy maker's weekly ERP status report with the week's decisions and what
    the project waits for or owes (Netherlands)."""
    wb = openpyxl.Workbook()
    week = rng.randint(8, 30)
    ws = _sheet(wb, f"Week {week}")
    pm = rng.choice(_NL_PEOPLE)
    ws["A1"] = "Houtwerk Speelgoed Veluwe B.V. – ERP-vervanging"
    ws["A2"] = f"Weekrapportage week {week}"
    ws["A3"] = "Projectleider:"
    ws["B3"] = pm
    ws["A5"] = "Voortgang"
    ws["A6"] = rng.choice(
        ["Testronde 2 afgerond, 14 bevindingen open.", "Datamigratie proefrun geslaagd."]
    )
    ws["A7"] = "Volgende week: training key-users."
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    ws["A9"] = "Genomen besluiten"
    nb = rng.randint(3, 5)
    dates = _days(rng, nb, date(2026, 1, 5))
    # audit (round 40): decisions taken are dated no later than the report's week (they fell
    # after it at 149 of 201 seeds); the week's draw is kept, so no other cell moves
    week = max(week, dates[-1].isocalendar()[1])
    ws.title = f"Week {week}"
    ws["A2"] = f"Weekrapportage week {week}"
    week_end = date.fromisocalendar(2026, week, 7)
    dec: list[list[object]] = [
        ["Wanneer", "Overleg", "Wat is besloten", "Besluitnemer", "Waarom", "Actie voor"]
    ]
    for i, (text, why) in enumerate(rng.sample(_NL_BESLUITEN, nb)):
        by = rng.choice(["Stuurgroep", pm, "Directie"])
        dec.append([_nl(dates[i]), rng.choice(_NL_OVERLEG), text, by, why, rng.choice(_NL_PEOPLE)])
        values += [
            ValueFact("decisions", i, "date", dates[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", by),
            ValueFact("decisions", i, "rationale", why),
        ]
    _put(ws, 10, 1, dec)
    atop = 10 + nb + 3
    ws.cell(atop - 1, 1, "Wat we nodig hebben en wat we moeten leveren")
    na = rng.randint(3, 5)
    need = _days(rng, na, date(2026, 3, 2))
    afh: list[list[object]] = [
        ["Soort", "Wat", "Van / voor", "Uiterlijk nodig", "Belofte", "Contact bij ons", "Stand"]
    ]
    for i, title in enumerate(rng.sample(_NL_AFH, na)):
        inbound = rng.random() < 0.7
        owner = rng.choice(_NL_PEOPLE)
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 0, 5, 12]))
        st = rng.choice(list(_NL_STAND))
        if st == "over datum" and need[i] > week_end:
            st = "zorgen"  # audit (round 40): not yet due, so not overdue: in doubt
        afh.append(
            [
                "wij hebben nodig" if inbound else "wij leveren",
                title,
                rng.choice(
                    ["Drukkerij Roos", "Team Sales", "R&D", "IT-infra", "Groothandel Noord"]
                ),
                _nl(need[i]),
                _nl(committed),
                owner,
                st,
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if inbound else "Outbound"),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
        ]
        status = _NL_STAND[st]
        if status:
            values.append(ValueFact("dependencies", i, "status", status))
    _put(ws, atop, 1, afh)
    path = _save(wb, folder, "speelgoed_weekrapportage")
    dec_t: list[str | tuple[str, ...] | None] = [
        "date",
        None,
        "decision",
        "made_by",
        "rationale",
        None,
    ]
    dep_t: Targets = _cols(
        "A", ["direction", "title", None, "need_by", "committed_date", "owner", "status"]
    )
    dep_t["C"] = ("counterparty_project_id", None)  # type: ignore[assignment]
    return Built(
        path,
        [
            TruthTable(f"Week {week}", 10, "decisions", _cols("A", dec_t), {"decisions": nb}),
            TruthTable(f"Week {week}", atop, "dependencies", dep_t, {"dependencies": na}),
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# Spain: a cathedral restoration's budget follow-up
# ---------------------------------------------------------------------------------------

_ES_MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
_ES_PARTIDAS = [
    ("Andamiaje", "Obra"),
    ("Cantería fachada norte", "Obra"),
    ("Vidrieras", "Obra"),
    ("Cubiertas", "Obra"),
    ("Dirección facultativa", "Honorarios"),
    ("Estudios arqueológicos", "Honorarios"),
]


def catedral_seguimiento(folder: Path, rng: random.Random) -> Built:
    """A cathedral restoration's monthly budget follow-up, months across with budget and
    spent under each (Spain)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Seguimiento")
    nm = rng.randint(4, 6)
    months = _months(date(2026, 1, 1), nm)
    past = rng.randint(2, nm - 1)
    lines = rng.sample(_ES_PARTIDAS, rng.randint(4, 6))
    ws["A1"] = "Fundación Catedral de Santa María – Restauración 2026"
    ws["A2"] = "Seguimiento económico mensual (importes en euros, IVA excluido)"
    for m, d in enumerate(months):
        c = 3 + 2 * m
        ws.cell(5, c, f"{_ES_MESES[d.month - 1]} {d.year}")
        ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c + 1)
        ws.cell(6, c, "Presup.")
        ws.cell(6, c + 1, "Ejecutado")
    ws.cell(6, 1, "Partida")
    ws.cell(6, 2, "Capítulo")
    # audit (round 40): `importes en euros` and the `€` formats name the currency
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    totals = [0.0] * (2 * nm)
    for r, (line, cap) in enumerate(lines):
        row = 7 + r
        ws.cell(row, 1, line)
        ws.cell(row, 2, cap)
        for m, d in enumerate(months):
            budget = round(rng.randint(40, 900) * 100 + rng.choice([0, 50.0, 25.5]), 2)
            cell = ws.cell(row, 3 + 2 * m, budget)
            cell.number_format = '#,##0.00 "€"'
            values.append(ValueFact("finance", (d, line), "budget", budget))
            totals[2 * m] += budget
            if m < past:
                spent = round(budget * rng.uniform(0.7, 1.2), 2)
                cell = ws.cell(row, 4 + 2 * m, spent)
                cell.number_format = '#,##0.00 "€"'
                values.append(ValueFact("finance", (d, line), "actual", spent))
                totals[2 * m + 1] += spent
    trow = 7 + len(lines)
    ws.cell(trow, 1, "TOTAL")
    for k, v in enumerate(totals):
        if v:
            ws.cell(trow, 3 + k, round(v, 2)).number_format = '#,##0.00 "€"'
    ws.cell(trow + 2, 1, "Ejecutado = certificaciones aprobadas a fin de mes.")
    path = _save(wb, folder, "catedral_seguimiento")
    return Built(
        path,
        [
            TruthTable(
                "Seguimiento",
                6,
                "finance",
                {"A": "cost_line", "B": ("category", None)},  # audit: `Obra` / `Honorarios`
                {"finance": len(lines) * nm},
            )
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# Mexico: a state lottery's staffing plan in person-days
# ---------------------------------------------------------------------------------------

_MX_MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_MX_STAFF = [
    ("Alejandra Ramírez", "Líder de proyecto"),
    ("Jorge Hernández", "Arquitecto de soluciones"),
    ("Lucía Torres", "Analista de negocio"),
    ("Ricardo Flores", "Desarrollador"),
    ("Mariana Cruz", "QA"),
    ("Héctor Gómez", "Seguridad de la información"),
    ("Paola Jiménez", "Oficial de cumplimiento"),
    ("Fernando Ruiz", "DBA"),
]


def loteria_dotacion(folder: Path, rng: random.Random) -> Built:
    """A state lottery's online-sales platform staffing plan in person-days per month
    (Mexico)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dotación")
    first = rng.randint(1, 6)
    nm = rng.randint(4, 6)
    months = _months(date(2026, first, 1), nm)
    staff = rng.sample(_MX_STAFF, rng.randint(5, 8))
    ws["A1"] = "Lotería Estatal – Proyecto Nueva Plataforma de Venta en Línea"
    ws["A2"] = "Plan de dotación de personal (días-persona por mes)"
    header = ["Nombre", "Rol en el proyecto", "Dirección"]
    header += [f"{_MX_MESES[d.month - 1]}-{d.year % 100}" for d in months] + ["Total días"]
    grid = _grid(rng, len(staff), nm, [2, 4, 5, 8, 10, 12, 15, 20])
    rows: list[list[object]] = [header]
    for (name, role), cells in zip(staff, grid, strict=True):
        rows.append(
            [
                name,
                role,
                rng.choice(["TI", "Comercial", "Jurídico"]),
                *cells,
                sum(int(v) for v in cells if v is not None),
            ]
        )  # type: ignore[call-overload]
    _put(ws, 4, 1, rows)
    n, values = _ends(grid, months, staff)
    values += [
        ValueFact("resources", 0, "planned_days", grid[0][0]),
        ValueFact("resources", n - 1, "planned_days", grid[-1][-1]),
    ]
    path = _save(wb, folder, "loteria_dotacion")
    targets: Targets = {"A": "person", "B": "role", "C": None}
    return Built(path, [TruthTable("Dotación", 4, "resources", targets, {"resources": n})], values)


# ---------------------------------------------------------------------------------------
# Brazil: a honey cooperative's milestone schedule
# ---------------------------------------------------------------------------------------

_BR_PEOPLE = [
    "Ana Paula Souza",
    "José Ribeiro",
    "Francisca Lima",
    "Antônio Carvalho",
    "Luana Rocha",
]
_BR_MARCOS = [
    ("Licença ambiental emitida", "Planejamento"),
    ("Projeto executivo aprovado", "Planejamento"),
    ("Terraplenagem concluída", "Obras"),
    ("Galpão de extração coberto", "Obras"),
    ("Centrífugas instaladas", "Equipamentos"),
    ("Registro no SIF obtido", "Certificação"),
    ("Primeira safra processada", "Operação"),
    ("Inauguração do entreposto", "Operação"),
]
_BR_SIT = {
    "Concluído": "Complete",
    "Em andamento": "In Progress",
    "Não iniciado": "Not Started",
    "Atrasado": "Late",
}


def apicultura_cronograma(folder: Path, rng: random.Random) -> Built:
    """A honey cooperative's extraction-plant milestone schedule: status first, phases as
    group rows inside the table, date cells (Brazil)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Marcos")
    n = rng.randint(5, 8)
    plan = sorted(date(2026, 1, 5) + timedelta(days=rng.randrange(300)) for _ in range(n))
    today = date(2026, 5, 15)
    ws["A1"] = "Cooperativa Apícola do Sertão – Entreposto de Mel"
    ws["A2"] = "Cronograma de Marcos"
    ws["A3"] = "Atualizado em:"
    ws["B3"] = today
    ws["B3"].number_format = "dd/mm/yyyy"
    header = [
        "Situação",
        "Marco",
        "% concl.",
        "Linha de base",
        "Tendência",
        "Real",
        "Desvio (dias)",
        "Resp.",
    ]
    _put(ws, 5, 1, [header])
    values: list[ValueFact] = []
    row = 6
    fase_atual = ""
    for i in range(n):
        name, fase = _BR_MARCOS[i]
        if fase != fase_atual:
            ws.cell(row, 1, f"FASE: {fase.upper()}")
            row += 1
            fase_atual = fase
        who = rng.choice(_BR_PEOPLE)
        trend = plan[i] + timedelta(days=rng.choice([0, 0, 10, 20, 45]))
        if trend < today:
            sit = "Concluído" if rng.random() < 0.75 else "Atrasado"
        else:
            sit = rng.choice(["Em andamento", "Não iniciado"])
        done = trend if sit == "Concluído" else None
        pct = 1.0 if done else (0.0 if sit == "Não iniciado" else rng.choice([0.25, 0.5, 0.8]))
        cells: list[object] = [sit, name, pct, plan[i], trend, done, (trend - plan[i]).days, who]
        for c, v in enumerate(cells, 1):
            if v is not None:
                cell = ws.cell(row, c, v)
                if isinstance(v, date):
                    cell.number_format = "dd/mm/yyyy"
                elif c == 3:
                    cell.number_format = "0%"
        row += 1
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", trend),
            ValueFact("milestones", i, "status", _BR_SIT[sit]),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", done))
    path = _save(wb, folder, "apicultura_cronograma")
    targets: list[str | tuple[str, ...] | None] = [
        "status",
        "milestone",
        None,
        "baseline_date",
        "forecast_date",
        "actual_date",
        None,
        "owner",
    ]
    return Built(
        path,
        [TruthTable("Marcos", 5, "milestones", _cols("A", targets), {"milestones": n})],
        values,
    )


# ---------------------------------------------------------------------------------------
# Italy: a notarial council's monthly progress report
# ---------------------------------------------------------------------------------------

_IT_PEOPLE = [
    "Giulia Bianchi",
    "Luca Ferrari",
    "Chiara Romano",
    "Davide Colombo",
    "Elena Ricci",
    "Paolo Greco",
]
_IT_CRIT = [
    ("Firma digitale remota non compatibile", "Aggiornare il modulo di firma"),
    ("Ritardo nella fornitura dei token", "Sollecito formale al fornitore"),
    ("Conservazione a norma non certificata", "Audit del conservatore"),
    ("Formazione notai in ritardo", "Sessioni serali aggiuntive"),
    ("Prestazioni lente in consultazione", "Indici sul database"),
    ("Anagrafe studi incompleta", "Raccolta dati tramite modulo"),
]
_IT_DEC = [
    ("Adottare lo SPID come accesso unico", "Accesso al fascicolo"),
    ("Rinviare il modulo successioni alla fase 2", "Perimetro del rilascio 1"),
    ("Affidare l'hosting al polo nazionale", "Infrastruttura"),
    ("Pilota con dieci studi di Bologna", "Avvio pilota"),
]
_IT_STATO = {
    "Aperta": "Open",
    "In lavorazione": "In Progress",
    "Risolta": "Resolved",
    "Chiusa": "Closed",
}
_IT_RAG = {"Verde": "Green", "Giallo": "Amber", "Rosso": "Red"}


def notai_sal(folder: Path, rng: random.Random) -> Built:
    """A notarial council's monthly progress report with its main problems and decision
    register (Italy)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SAL")
    pm = rng.choice(_IT_PEOPLE)
    report = date(2026, rng.randint(3, 9), 1) - timedelta(days=1)
    rag = rng.choice(list(_IT_RAG))
    ws["A1"] = "Consiglio Notarile Distrettuale – Progetto Fascicolo Digitale"
    ws["A2"] = "Stato Avanzamento Lavori – report mensile"
    _put(
        ws,
        4,
        1,
        [
            ["Responsabile di progetto:", pm],
            ["Data:", _dmy(report)],
            ["Stato complessivo:", rag],
            [
                "Sintesi:",
                rng.choice(
                    ["Pilota avviato nei tempi.", "Slittamento di due settimane sul rilascio 1.2."]
                ),
            ],
        ],
    )
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", _IT_RAG[rag]),
    ]
    ws["A9"] = "Principali criticità"
    ni = rng.randint(3, 5)
    crit: list[list[object]] = [
        ["N.", "Criticità", "Impatto", "Azione correttiva", "Referente", "Entro il", "Stato"]
    ]
    for i, (title, action) in enumerate(rng.sample(_IT_CRIT, ni)):
        who = rng.choice(_IT_PEOPLE)
        due = report + timedelta(days=rng.randint(5, 60))
        st = rng.choice(list(_IT_STATO))
        crit.append([i + 1, title, rng.choice(["Alto", "Medio", "Basso"]), action, who, due, st])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "resolution", action),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", _IT_STATO[st]),
        ]
    _put(ws, 10, 1, crit)
    for r in range(11, 11 + ni):
        ws.cell(r, 6).number_format = "dd/mm/yyyy"
    dtop = 10 + ni + 3
    ws.cell(dtop - 1, 1, "Registro decisioni")
    nd = rng.randint(2, 4)
    dd = sorted(report - timedelta(days=rng.randint(1, 80)) for _ in range(nd))
    dec: list[list[object]] = [
        ["Decisione n.", "Argomento", "Decisione presa", "Organo", "Seduta del", "Verbale"]
    ]
    for i, (text, topic) in enumerate(rng.sample(_IT_DEC, nd)):
        by = rng.choice(["Comitato di progetto", "Consiglio", "Presidente"])
        dec.append([f"{i + 1}/2026", topic, text, by, dd[i], f"Verbale n. {rng.randint(3, 40)}"])
        values += [
            ValueFact("decisions", i, "date", dd[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", by),
        ]
    _put(ws, dtop, 1, dec)
    for r in range(dtop + 1, dtop + 1 + nd):
        ws.cell(r, 5).number_format = "dd/mm/yyyy"
    path = _save(wb, folder, "notai_sal")
    # audit (round 40): `N.` 1, 2 .. and `Decisione n.` `1/2026` are row numbers / the
    # council's own numbering: an id or left out, with no id value (the lead's ruling)
    is_t: Targets = _cols(
        "A", [("id", None), "title", None, "resolution", "owner", "due_date", "status"]
    )
    is_t["C"] = ("severity", "priority")
    dc_t: list[str | tuple[str, ...] | None] = [
        ("id", None),
        None,
        "decision",
        "made_by",
        "date",
        None,
    ]
    return Built(
        path,
        [
            TruthTable("SAL", 10, "issues", is_t, {"issues": ni}),
            TruthTable("SAL", dtop, "decisions", _cols("A", dc_t), {"decisions": nd}),
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# Australia: a stage-gate schedule exported from a portfolio tool
# ---------------------------------------------------------------------------------------

_AU_PEOPLE = [
    "Bree Thompson",
    "Liam O'Connor",
    "Kylie Nguyen",
    "Hamish Ward",
    "Priya Sandhu",
    "Mick Stewart",
]
_AU_GATES = [
    "Concept endorsed",
    "Business case approved",
    "Clinical governance sign-off",
    "Procurement complete",
    "Ready for first implant",
    "Benefits handover",
]


def _au(d: date) -> str:
    return f"{d.day}/{d.month:02d}/{d.year}"


def cochlear_gate_schedule(folder: Path, rng: random.Random) -> Built:
    """A hearing-implant clinic programme's stage-gate schedule exported from a portfolio
    tool (Australia)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Gate Schedule")
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2025, 11, 3))
    run = date(2026, 4, rng.randint(1, 28))
    ws["A1"] = f"Stage Gate Schedule – run {_au(run)} by PMO reporting"
    header = [
        "Project Code",
        "Project",
        "Gate",
        "Gate Description",
        "Gate Owner",
        "Approved Baseline",
        "Current Forecast",
        "Actual",
        "Gate Status",
        "Variance (days)",
        "Commentary",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 28]))
        owner = rng.choice(_AU_PEOPLE)
        if fc < run:
            st = rng.choice(["Passed", "Passed", "Passed with conditions"])
        else:
            st = rng.choice(["Scheduled", "At Risk"])
        actual = fc if st.startswith("Passed") else None
        rows.append(
            [
                "CIP-0427",
                "Cochlear Implant Program – Regional Hubs",
                f"G{i}",
                _AU_GATES[i],
                owner,
                _au(base[i]),
                _au(fc),
                _au(actual) if actual else None,
                st,
                (fc - base[i]).days,
                rng.choice([None, "Awaiting committee date", "Conditions: update risk plan"]),
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", _AU_GATES[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if st == "Passed":
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif st == "At Risk":
            values.append(ValueFact("milestones", i, "status", "At Risk"))
    _put(ws, 3, 1, rows)
    path = _save(wb, folder, "cochlear_gate_schedule")
    targets: Targets = _cols(
        "A",
        [
            None,
            None,
            None,
            "milestone",
            "owner",
            "baseline_date",
            "forecast_date",
            "actual_date",
            "status",
            None,
            None,
        ],
    )
    targets["C"] = ("id", None)  # type: ignore[assignment]
    return Built(
        path, [TruthTable("Gate Schedule", 3, "milestones", targets, {"milestones": n})], values
    )


# ---------------------------------------------------------------------------------------
# United Kingdom: a gliding club's hangar rebuild cost tracker
# ---------------------------------------------------------------------------------------

_UK_LINES = [
    ("Groundworks", "Hollins Civils"),
    ("Steel frame", "Pennine Steel"),
    ("Cladding & roof", "Pennine Steel"),
    ("Hangar doors", "Doorline Ltd"),
    ("Electrics & lighting", "Sparks of Skipton"),
    ("Fire alarm", "Firecheck"),
    ("Contingency", None),
]
_UK_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gliding_club_hangar(folder: Path, rng: random.Random) -> Built:
    """A gliding club treasurer's hangar rebuild tracker: actuals then forecast across the
    year (United Kingdom)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost tracker")
    months = _months(date(2026, 1, 1), 12)
    k = rng.randint(3, 8)
    lines = rng.sample(_UK_LINES, rng.randint(5, 7))
    treasurer = rng.choice(["Pete Haworth", "Gill Ainsworth", "Roger Blythe"])
    ws["A1"] = "Kestrel Ridge Gliding Club – Hangar & workshop rebuild"
    ws["A2"] = "Capital project cost tracker 2026 (£)"
    ws["A3"] = f"Kept by the treasurer ({treasurer}); actuals from the bank statement"
    ws.cell(5, 4, "Actual")
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=3 + k)
    ws.cell(5, 4 + k, "Forecast")
    ws.merge_cells(start_row=5, start_column=4 + k, end_row=5, end_column=15)
    header: list[object] = ["Budget line", "Supplier", "Approved budget"]
    header += [f"{_UK_MONTHS[d.month - 1]}-26" for d in months] + ["Total", "Variance"]
    _put(ws, 6, 1, [header])
    # audit (round 40): `(£)` in the title and the `£` formats name the currency
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for r, (line, supplier) in enumerate(lines):
        row = 7 + r
        approved = rng.randint(4, 60) * 1000
        ws.cell(row, 1, line)
        if supplier:
            ws.cell(row, 2, supplier)
        ws.cell(row, 3, approved).number_format = '"£"#,##0'
        spend = 0.0
        for m, d in enumerate(months):
            amount = float(rng.choice([0, rng.randint(2, 90) * 50]))
            ws.cell(row, 4 + m, amount).number_format = '"£"#,##0.00'
            spend += amount
            measure = "actual" if m < k else "forecast"
            values.append(ValueFact("finance", (d, line), measure, amount))
        ws.cell(row, 16, spend).number_format = '"£"#,##0.00'
        ws.cell(row, 17, approved - spend).number_format = '"£"#,##0.00;[Red]-"£"#,##0.00'
    ws.cell(7 + len(lines) + 1, 1, "Grant from the Sports Council shown under income, not here.")
    path = _save(wb, folder, "gliding_club_hangar")
    return Built(
        path,
        [
            TruthTable(
                "Cost tracker",
                6,
                "finance",
                {"A": "cost_line", "B": None, "C": None},
                {"finance": 12 * len(lines)},
            )
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# Switzerland: a watch manufacture's budget follow-up, months down
# ---------------------------------------------------------------------------------------

_CH_MOIS = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
_CH_LINES = ["Main-d'œuvre interne", "Outillage", "Logiciel MES", "Formation", "Mandats externes"]


def _chf(v: float) -> str:
    whole, cents = f"{v:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "'".join(groups) + "." + cents


def horlogerie_suivi(folder: Path, rng: random.Random) -> Built:
    """A watch manufacture's new bar-turning line budget follow-up, months down and a
    budget / actual pair per cost line (Switzerland)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi 2026")
    nm = rng.randint(6, 9)
    months = _months(date(2026, 1, 1), nm)
    past = rng.randint(2, nm - 2)
    lines = rng.sample(_CH_LINES, rng.randint(3, 4))
    ws["A1"] = "Manufacture Horlogère du Jura SA – Nouvelle ligne de décolletage"
    ws["A2"] = "Suivi budgétaire mensuel, montants en CHF"
    ws.cell(5, 1, "Mois")
    for j, line in enumerate(lines):
        c = 2 + 2 * j
        ws.cell(4, c, line)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "Budget")
        ws.cell(5, c + 1, "Réel")
    # audit (round 40): `montants en CHF` names the currency
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    for m, d in enumerate(months):
        row = 6 + m
        ws.cell(row, 1, f"{_CH_MOIS[d.month - 1]} {d.year}")
        for j, line in enumerate(lines):
            budget = rng.randint(20, 400) * 50.0
            ws.cell(row, 2 + 2 * j, _chf(budget))
            values.append(ValueFact("finance", (d, line), "budget", budget))
            if m < past:
                real = round(budget * rng.uniform(0.8, 1.15), 2)
                ws.cell(row, 3 + 2 * j, _chf(real))
                values.append(ValueFact("finance", (d, line), "actual", real))
    ws.cell(6 + nm + 1, 1, "Réel : écritures comptabilisées au dernier jour du mois.")
    path = _save(wb, folder, "horlogerie_suivi")
    return Built(
        path,
        [TruthTable("Suivi 2026", 5, "finance", {"A": "month"}, {"finance": nm * len(lines)})],
        values,
    )


# ---------------------------------------------------------------------------------------
# India: a weavers' cooperative's staffing plan as % allocation
# ---------------------------------------------------------------------------------------

_IN_STAFF = [
    ("Rohan Mehta", "Programme Manager"),
    ("Farah Qureshi", "Business Analyst"),
    ("Sandeep Kaul", "Solution Architect"),
    ("Ayesha Mir", "UX Designer"),
    ("Vikram Iyer", "Developer"),
    ("Neha Bhat", "Test Lead"),
    ("Imran Lone", "Field Coordinator"),
]
_IN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pashmina_staffing(folder: Path, rng: random.Random) -> Built:
    """A pashmina weavers' cooperative's traceability programme staffing plan as % of
    time per month (India)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing Plan")
    nm = rng.randint(5, 6)
    months = _months(date(2026, 4, 1), nm)
    staff = rng.sample(_IN_STAFF, rng.randint(4, 7))
    ws["A1"] = "Kashmir Pashmina Weavers' Cooperative – e-Commerce & Traceability Programme"
    ws["A2"] = "Resource allocation (% of time), FY 2026-27"
    header = ["S.No.", "Name", "Designation", "Vendor"]
    header += [f"{_IN_MONTHS[d.month - 1]}-{d.year % 100}" for d in months] + ["Avg %"]
    _put(ws, 4, 1, [header])
    grid = _grid(rng, len(staff), nm, [0.25, 0.5, 0.5, 0.75, 1.0])
    for p, ((name, role), cells) in enumerate(zip(staff, grid, strict=True)):
        row = 5 + p
        ws.cell(row, 1, p + 1)
        ws.cell(row, 2, name)
        ws.cell(row, 3, role)
        ws.cell(row, 4, rng.choice(["In-house", "TechWeave Pvt Ltd", "In-house"]))
        for m, v in enumerate(cells):
            if v is not None:
                ws.cell(row, 5 + m, v).number_format = "0%"
        booked = [float(v) for v in cells if v is not None]  # type: ignore[arg-type]
        ws.cell(row, 5 + nm, sum(booked) / nm).number_format = "0%"
    n, values = _ends(grid, months, staff)
    path = _save(wb, folder, "pashmina_staffing")
    targets: Targets = {"A": None, "B": "person", "C": "role", "D": None}
    return Built(
        path, [TruthTable("Staffing Plan", 4, "resources", targets, {"resources": n})], values
    )


HELD_OUT_120: tuple[Layout, ...] = (
    Layout(
        "zeppelin_meilensteinplan",
        "German airship yard milestone and gate plan",
        zeppelin_meilensteinplan,
    ),
    Layout(
        "pistenraupen_einsatzplan", "Austrian ski lift staff hours plan", pistenraupen_einsatzplan
    ),
    Layout(
        "cirque_rapport_mensuel", "Belgian circus monthly status report", cirque_rapport_mensuel
    ),
    Layout(
        "speelgoed_weekrapportage", "Dutch toy maker weekly status report", speelgoed_weekrapportage
    ),
    Layout(
        "catedral_seguimiento",
        "Spanish cathedral restoration budget follow-up",
        catedral_seguimiento,
    ),
    Layout("loteria_dotacion", "Mexican state lottery staffing plan in days", loteria_dotacion),
    Layout(
        "apicultura_cronograma",
        "Brazilian honey cooperative milestone schedule",
        apicultura_cronograma,
    ),
    Layout("notai_sal", "Italian notarial council monthly progress report", notai_sal),
    Layout(
        "cochlear_gate_schedule",
        "Australian stage-gate schedule tool export",
        cochlear_gate_schedule,
    ),
    Layout("gliding_club_hangar", "British gliding club cost tracker", gliding_club_hangar),
    Layout("horlogerie_suivi", "Swiss watch manufacture budget follow-up", horlogerie_suivi),
    Layout("pashmina_staffing", "Indian cooperative staffing plan in %", pashmina_staffing),
)
