"""The seventeenth held-out batch (``HELD_OUT_17``, issue 15 round 17): fourteen seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses. It is MIXED, as a
PMO's inbox is: registers and trackers, from tools, sectors and countries no earlier batch
file has.

Registers:

- ``youtrack_issues_export``: a software house's JetBrains YouTrack issues export kept as
  the issue log: `Issue Id` with the project's key (`MOB-142`), `Summary`, `Description`,
  `Reporter`, `Created` / `Updated` / `Resolved` as `14 Mar 2026 09:41` text, `Priority`
  Show-stopper / Critical / Major / Normal / Minor, `Type`, `State` Submitted / Open / In
  Progress / Fixed / Verified, `Assignee`, `Due Date` as ISO text.
- ``serbian_risk_register``: a Serbian power utility's risk register in Latin script under
  a title block (`Projekat:`, `Rukovodilac projekta:`): `Rb.`, `Šifra` R-01, `Naziv
  rizika`, `Opis`, `Kategorija` Tehnički / Finansijski / Pravni / Ljudski resursi,
  `Vlasnik rizika`, `Verovatnoća (1-5)`, `Uticaj (1-5)`, `Nivo rizika`, `Mere za
  ublažavanje`, `Rok` and `Datum identifikacije` as `14.03.2026.` text (the Serbian
  trailing dot), `Status` Otvoren / U praćenju / Zatvoren.
- ``quickbase_raid_report``: a US health insurer's Quickbase RAID app report: a report
  title and a `Generated` line above, `Record ID#` numbers, `Type` Risk / Issue /
  Assumption / Dependency per row, `Record Owner`, `Date Created` and `Due Date` as US
  `03-14-2026` text, `Probability` / `Impact` High / Medium / Low on risks only.
- ``icelandic_decision_log``: an Icelandic municipality's decision log (`Nr.`, `Dags.` as
  `14.3.2026` text, `Ákvörðun`, `Rökstuðningur`, `Ákveðið af`, `Tengist`).
- ``pharma_tech_transfer_assumptions``: a pharma technology-transfer assumptions log under
  a title line and a `Project Manager:` line: `Assumption ID` A-01, `Area`, `Assumption`,
  `Basis / Source`, `Owner`, `Confidence` High / Med / Low, `Impact if Wrong`, `Validate
  By` date cells, `Status` Open / Validated / Invalidated, `Outcome / Evidence`.
- ``swahili_issue_log``: a Tanzanian government e-service project's issue log in Kiswahili
  (`Na.`, `Changamoto`, `Maelezo`, `Mhusika`, `Tarehe ya Kuibuliwa`, `Tarehe ya Mwisho`
  as `14/03/2026` text, `Kipaumbele` Juu / Kati / Chini, `Hali` Wazi / Inashughulikiwa /
  Imetatuliwa, `Hatua Zilizochukuliwa`) under a `Mradi:` line.
- ``coda_dependency_tracker``: a health insurer's Coda doc table of cross-project
  dependencies exported to Excel: `Dependency`, `Direction` Inbound / Outbound, `Other
  project`, `Their contact`, `Our owner`, `Needed by` / `Committed date` as US
  `3/14/2026` text, `Status` On track / At risk / Blocked / Done, `Notes`.

Trackers:

- ``tableau_crosstab_finance``: a Tableau crosstab download in Tableau's long shape:
  `Cost Centre`, `Month of Date` as `March 2026`, `Measure Names` Budget / Actual /
  Forecast, `Measure Values`.
- ``german_ressourcenplanung``: a German SAP migration's resource plan in person-days
  (`Personentage` in the title): `Mitarbeiter`, `Rolle`, `Abteilung`, months across in
  Excel's German `MMM YY` form (`Jan. 26`, `Feb. 26`, `März 26`, `Apr. 26`, `Mai 26`,
  `Juni 26`), a `Summe` column and a `Summe` row.
- ``openplan_ims_milestones``: a UK defence programme's Integrated Master Schedule
  milestones from Deltek Open Plan: `Activity ID`, `Description`, `CAM`, `Baseline Finish`,
  `Early Finish`, `Actual Finish` as `14MAR26` text (no separators), `Total Float`,
  `Milestone Type`.
- ``energy_decision_gates``: a Norwegian energy operator's decision-gate plan (DG0 ..
  DG4) under a title block in label / value cells (project, project manager, sponsor):
  `Gate`, `Gatekeeper`, `Planned date` / `Forecast date` / `Actual date` date cells,
  `Decision`, `Comments`.
- ``uk_university_grant_periods``: a UK university research grant's budget and actual
  expenditure as two blocks on one sheet, each under its own heading, periods across as
  `P1 Aug` .. `P6 Jan` under the title `Financial year 2025/26 (1 August 2025 - 31 July
  2026)`, a `Total` column.
- ``polish_harmonogram_finansowy``: a Polish public body's "harmonogram
  rzeczowo-finansowy": `Lp.`, `Zadanie`, `Rodzaj` Plan / Wykonanie rows, months across as
  Roman numerals with the year (`I 2026` .. `VI 2026`), amounts as `12 500,00 zł` text,
  `Razem` column, `PLN` in the title (not a currency of the standard list: no fact).
- ``aus_state_steerco_pack``: an Australian state department's steering committee pack
  sheet: a title block in label / value cells (project, sponsor, project manager, report
  date, overall status), a `Key milestones` table, then a `Decisions made this period`
  table under it.

Truth a person could read two ways has no fact: YouTrack's project-key IDs, its priorities
(five levels onto four) and its `Verified` state; Quickbase's bare record numbers; the
Icelandic and Kiswahili row numbers; a `Blocked` dependency (at risk or late); Coda's
`Other project` (a project's name, no ID); Open Plan activity IDs; the gate plan's
`Decision` column and its `Gatekeeper` (the gate's approver: the milestone's owner or
nobody); the Polish `Plan` rows (budget or forecast); resource days by item (the order of
unpivoted cells is not the sheet's to say).
Readings used: 1-5 numbers are the scale; High / Medium / Low are 5 / 3 / 1; `Submitted` is
Open and `Fixed` Resolved; `Invalidated` is Invalid; `Med` is Medium; `Done` of a
dependency is Delivered; Kiswahili Juu / Kati / Chini are High / Medium / Low and Wazi /
Inashughulikiwa / Imetatuliwa Open / In Progress / Resolved; Serbian Otvoren / U praćenju /
Zatvoren are Open / Monitoring / Closed; `Early Finish` is the forecast; `Planned date`
beside a forecast and no baseline is the baseline; `Wykonanie` rows are actuals; a period
`P1 Aug` of a year from August is August 2025.
It was written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output; its truth was audited in round 17 (docs/adopt.md, "Round 17: the
seventeenth batch's truth audited"). ``benchmarks/adopt_generalisation.py`` prints only its
totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    MONTH_NAMES,
    MONTHS,
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

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

YT_ISSUES = [
    "Push notifications not delivered on Android 14",
    "Payment sheet freezes after 3-D Secure",
    "Crash on launch when offline",
    "Accessibility labels missing on login",
    "Release build signing key expired",
    "Analytics events duplicated",
    "Deep links open the wrong screen",
    "App Store review rejected the build",
    "Biometric login fails on older iPhones",
]
YT_PEOPLE = ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák", "Lucie Černá", "Martin Kučera"]


def youtrack_issues_export(folder: Path, rng: random.Random) -> Built:
    """JetBrains YouTrack issues export kept as the issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Issue Id", "Project", "Summary", "Description", "Reporter", "Created"]
    header += ["Updated", "Resolved", "Priority", "Type", "State", "Assignee", "Due Date"]
    _put(ws, 1, 1, [header])
    n = rng.randint(7, 9)
    titles = rng.sample(YT_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    states = ["Submitted", "Open", "In Progress", "Fixed", "Verified"]
    read = {"Submitted": "Open", "Open": "Open", "In Progress": "In Progress"}
    read["Fixed"] = "Resolved"  # `Verified` (Resolved or Closed?) keeps no fact
    prios = ["Show-stopper", "Critical", "Major", "Normal", "Minor"]
    for i in range(n):
        state = rng.choice(states)
        created = datetime.combine(raised[i], datetime.min.time()) + timedelta(
            hours=rng.randint(8, 17), minutes=rng.randint(0, 59)
        )
        updated = raised[i] + timedelta(days=rng.randint(1, 20))
        resolved = updated if state in ("Fixed", "Verified") else None
        due = raised[i] + timedelta(days=rng.randint(14, 45))
        owner = rng.choice(YT_PEOPLE)
        desc = f"Steps to reproduce attached; seen in build 4.{rng.randint(1, 9)}.{i}"
        cells: list[object] = [
            f"MOB-{140 + 3 * i}",
            "Mobile App",
            titles[i],
            desc,
            rng.choice(YT_PEOPLE),
            f"{created.day:02d} {MONTHS[created.month - 1]} {created.year} {created:%H:%M}",
            f"{updated.day:02d} {MONTHS[updated.month - 1]} {updated.year} 10:05",
            f"{resolved.day:02d} {MONTHS[resolved.month - 1]} {resolved.year} 16:30"
            if resolved
            else None,
            rng.choice(prios),
            rng.choice(["Bug", "Bug", "Task"]),
            state,
            owner,
            due.isoformat(),
        ]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if resolved:
            values.append(ValueFact("issues", i, "closed_date", resolved))
        if state in read:
            values.append(ValueFact("issues", i, "status", read[state]))
    path = _save(wb, folder, "youtrack_issues_export")
    targets: Targets = _cols("A", ["id", None, "title", "description", None, "raised_date"])
    targets |= _cols("G", ["last_updated", "closed_date", "priority", ("type", None)])
    targets |= _cols("K", ["status", "owner", "due_date"])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


SR_RISKS = [
    ("Kašnjenje isporuke energetskih transformatora", "Tehnički", "Technical"),
    ("Neusaglašenost sa novim Pravilnikom o priključenju", "Pravni", "Legal"),
    ("Rast cena bakra iznad predračuna", "Finansijski", "Financial"),
    ("Odlazak ključnog inženjera zaštite", "Ljudski resursi", "People"),
    ("Nedobijanje građevinske dozvole na vreme", "Pravni", "Legal"),
    ("Kvar postojećeg 110 kV prekidača tokom radova", "Tehnički", "Technical"),
    ("Kursne razlike na ugovoru u evrima", "Finansijski", "Financial"),
    ("Nedostupnost isključenja u zimskom periodu", "Tehnički", "Technical"),
]
SR_PEOPLE = ["Nikola Petrović", "Jelena Marković", "Stefan Ilić", "Ana Đorđević"]
SR_PEOPLE += ["Marko Stanković"]


def serbian_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Serbian power utility's risk register (Latin script) under a title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registar rizika")
    ws["A1"] = "REGISTAR RIZIKA PROJEKTA"
    ws["A2"] = "Projekat: Rekonstrukcija TS 110/35 kV Beograd 5"
    ws["A3"] = "Rukovodilac projekta: Milica Jovanović"
    header = ["Rb.", "Šifra", "Naziv rizika", "Opis", "Kategorija", "Vlasnik rizika"]
    header += ["Verovatnoća (1-5)", "Uticaj (1-5)", "Nivo rizika", "Mere za ublažavanje"]
    header += ["Rok", "Status", "Datum identifikacije"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    risks = rng.sample(SR_RISKS, n)
    found = _days(rng, n, date(2025, 12, 1))
    status_words = {"Otvoren": "Open", "U praćenju": "Monitoring", "Zatvoren": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Rekonstrukcija TS 110/35 kV Beograd 5"),
        ValueFact("project", 0, "project_manager", "Milica Jovanović"),
    ]
    for i, (title, cat, cat_en) in enumerate(risks):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(SR_PEOPLE)
        status = rng.choice(list(status_words))
        due = found[i] + timedelta(days=rng.randint(30, 90))
        action = rng.choice(
            ["Ugovoriti penale", "Alternativni dobavljač", "Praćenje na kolegijumu"]
        )
        desc = f"{title} - uticaj na rok"
        cells: list[object] = [i + 1, f"R-{i + 1:02d}", title, desc]
        cells += [cat, owner, p, imp, p * imp, action, f"{due:%d.%m.%Y}.", status]
        cells += [f"{found[i]:%d.%m.%Y}."]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", cat_en),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", status_words[status]),
            ValueFact("risks", i, "raised_date", found[i]),
        ]
    path = _save(wb, folder, "serbian_risk_register")
    targets: Targets = _cols("A", [None, "id", "title", "description", "category", "owner"])
    targets |= _cols("G", ["probability", "impact", ("score", None), "response", "due_date"])
    targets |= _cols("L", ["status", "raised_date"])
    return Built(path, [_one("risks", "Registar rizika", 5, targets, n)], values)


QB_ITEMS = {
    "Risk": [
        "Claims vendor API may not scale to open enrolment volumes",
        "HIPAA security assessment could delay go-live",
        "Member data conversion errors above tolerance",
        "Call centre staff not trained before launch",
    ],
    "Issue": [
        "Eligibility file from the state is two weeks late",
        "SSO fails for broker accounts",
        "Provider search returns retired physicians",
    ],
    "Assumption": [
        "Legacy portal stays read-only after cutover",
        "Broker portal scope excluded from phase 1",
    ],
    "Dependency": [
        "Enterprise identity platform upgrade to v9",
        "Data warehouse nightly feed of claims",
    ],
}
QB_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
QB_REG["Dependency"] = "dependencies"
US_PEOPLE = ["Megan Carter", "Luis Alvarez", "Tanya Brooks", "Kevin O'Neill", "Rachel Kim"]


def quickbase_raid_report(folder: Path, rng: random.Random) -> Built:
    """A Quickbase RAID app report: one table, the register per row in `Type`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    ws["A1"] = "RAID Log - Member Portal Modernization"
    ws["A2"] = "Report: All RAID Items    Generated 03-31-2026 04:12 PM"
    header = ["Record ID#", "Type", "Title", "Details", "Record Owner", "Date Created"]
    header += ["Probability", "Impact", "Due Date", "Status"]
    _put(ws, 4, 1, [header])
    rows: list[tuple[str, str]] = []
    for kind, titles in QB_ITEMS.items():
        for t in rng.sample(titles, rng.randint(len(titles) - 1, len(titles))):
            rows.append((kind, t))
    rng.shuffle(rows)
    words = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    index: dict[str, int] = {}
    values: list[ValueFact] = []
    created = _days(rng, len(rows), date(2025, 9, 1))
    rid = 100
    for r, (kind, title) in enumerate(rows):
        reg = QB_REG[kind]
        i = index.get(reg, 0)
        index[reg] = i + 1
        rid += rng.randint(1, 4)
        owner = rng.choice(US_PEOPLE)
        due = created[r] + timedelta(days=rng.randint(20, 70))
        status = rng.choice(["Open", "Open", "Closed"])
        p = rng.choice(list(words)) if kind == "Risk" else None
        imp = rng.choice(list(words)) if kind == "Risk" else None
        cells: list[object] = [rid, kind, title, f"Raised at the PMO review ({kind.lower()})"]
        cells += [owner, f"{created[r]:%m-%d-%Y}", p, imp, f"{due:%m-%d-%Y}", status]
        _put(ws, 5 + r, 1, [cells])
        name = "assumption" if reg == "assumptions" else "title"
        due_key = {"assumptions": "validate_by", "dependencies": "need_by"}.get(reg, "due_date")
        values += [
            ValueFact(reg, i, name, title),
            ValueFact(reg, i, "owner", owner),
            ValueFact(reg, i, due_key, due),
            ValueFact(reg, i, "status", status),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", created[r]))
        if p and imp:
            values.append(ValueFact(reg, i, "probability", words[p]))
            values.append(ValueFact(reg, i, "impact", words[imp]))
    path = _save(wb, folder, "quickbase_raid_report")
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption")])
    targets |= _cols("D", [("description", "deliverable", None), "owner", "raised_date"])
    targets |= _cols("G", ["probability", "impact", ("due_date", "validate_by", "need_by")])
    targets["J"] = "status"
    table = TruthTable("Report", 4, "raid", targets, dict(index))
    return Built(path, [table], values)


IS_DECISIONS = [
    ("Samið verði við lægstbjóðanda um lagnavinnu", "Tilboð innan kostnaðaráætlunar"),
    ("Framkvæmdum við dælustöð frestað til vors", "Frost í jörðu veldur aukakostnaði"),
    ("Nýtt mælakerfi tekið í notkun í áföngum", "Dregur úr áhættu við innleiðingu"),
    ("Verkefnastjóri fær heimild til viðbótarráðninga", "Álag á verkefnisteymi of mikið"),
    ("Íbúafundur haldinn í apríl", "Kynna þarf breytingar á vatnsveitu"),
    ("Varaaflstöð keypt fyrir vatnstank", "Krafa frá heilbrigðiseftirliti"),
    ("Hönnunarbreyting á lögn við Reykjanesbraut samþykkt", "Vegagerðin fór fram á breytingu"),
]
IS_PEOPLE = ["Guðrún Jónsdóttir", "Sigurður Einarsson", "Katrín Ólafsdóttir", "Stýrihópur"]


def icelandic_decision_log(folder: Path, rng: random.Random) -> Built:
    """An Icelandic municipality's decision log, dates as `14.3.2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ákvarðanaskrá")
    ws["A1"] = "Ákvarðanaskrá - Endurnýjun vatnsveitu"
    _put(ws, 3, 1, [["Nr.", "Dags.", "Ákvörðun", "Rökstuðningur", "Ákveðið af", "Tengist"]])
    n = rng.randint(5, 7)
    chosen = rng.sample(IS_DECISIONS, n)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (decision, why) in enumerate(chosen):
        who = rng.choice(IS_PEOPLE)
        link = rng.choice([None, f"Á-{rng.randint(1, 12):02d}"])
        d = when[i]
        _put(ws, 4 + i, 1, [[i + 1, f"{d.day}.{d.month}.{d.year}", decision, why, who, link]])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "icelandic_decision_log")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets["F"] = ("linked_ids", None)
    return Built(path, [_one("decisions", "Ákvarðanaskrá", 3, targets, n)], values)


TT_ASSUMPTIONS = [
    ("CMC", "Receiving site's HPLC methods transfer without revalidation"),
    ("Quality", "Cork QP release continues until Singapore licence is granted"),
    ("Regulatory", "Variation is Type IB, not Type II, in the EU"),
    ("Supply", "API supplier qualifies the new shipping lane by Q3"),
    ("CMC", "Three engineering batches are enough for PPQ readiness"),
    ("Supply", "Cold-chain packaging is reused from the current route"),
    ("Regulatory", "HSA accepts the EU stability data package"),
    ("Quality", "No new impurity above the qualification threshold"),
]
TT_PEOPLE = ["Siobhán Kelly", "Wei Ling Tan", "Declan Fitzgerald", "Rohan Mehta", "Aoife Byrne"]


def pharma_tech_transfer_assumptions(folder: Path, rng: random.Random) -> Built:
    """A pharma technology-transfer assumptions log under a title and a PM line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Technology Transfer XR-221 (Cork to Singapore) - Assumptions Log"
    ws["A2"] = "Project Manager: Siobhán Kelly"
    header = ["Assumption ID", "Area", "Assumption", "Basis / Source", "Owner", "Confidence"]
    header += ["Impact if Wrong", "Validate By", "Status", "Outcome / Evidence"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    chosen = rng.sample(TT_ASSUMPTIONS, n)
    by = _days(rng, n, date(2026, 2, 2))
    conf = {"High": "High", "Med": "Medium", "Low": "Low"}
    status_read = {"Open": "Open", "Validated": "Validated", "Invalidated": "Invalid"}
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", "Siobhán Kelly")]
    for i, (area, text) in enumerate(chosen):
        owner = rng.choice(TT_PEOPLE)
        c = rng.choice(list(conf))
        status = rng.choice(list(status_read))
        outcome = {"Open": None, "Validated": "Confirmed in report TT-R-0" + str(i)}.get(
            status, "Not confirmed: plan B raised"
        )
        impact = rng.choice(["PPQ slips 3 months", "Extra variation fee", "Supply gap"])
        cells: list[object] = [f"A-{i + 1:02d}", area, text, "Workshop 12 Jan", owner, c]
        cells += [impact, by[i], status, outcome]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 8).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", status_read[status]),
        ]
        if outcome:
            values.append(ValueFact("assumptions", i, "outcome", outcome))
    path = _save(wb, folder, "pharma_tech_transfer_assumptions")
    targets: Targets = _cols("A", ["id", None, "assumption", None, "owner", "confidence"])
    targets |= _cols("G", ["impact_if_false", "validate_by", "status", "outcome"])
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


SW_ISSUES = [
    "Mtandao wa ofisi ya wilaya hauko imara",
    "Watumishi hawajapata mafunzo ya mfumo",
    "Kuchelewa kwa malipo ya mkandarasi",
    "Takwimu za hati za zamani hazijakamilika",
    "Seva ya akiba haijanunuliwa",
    "Ucheleweshaji wa idhini ya bajeti",
    "Hitilafu katika ujumbe wa SMS kwa wananchi",
    "Upungufu wa kompyuta kwenye masjala",
]
SW_PEOPLE = ["Neema Mushi", "Juma Mwakyusa", "Amina Salim", "Baraka Kimaro", "Rehema Lyimo"]


def swahili_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Tanzanian government e-service project's issue log in Kiswahili."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Changamoto")
    ws["A1"] = "ORODHA YA CHANGAMOTO ZA MRADI"
    ws["A2"] = "Mradi: Mfumo wa Kielektroniki wa Usimamizi wa Ardhi (e-Ardhi)"
    header = ["Na.", "Changamoto", "Maelezo", "Mhusika", "Tarehe ya Kuibuliwa"]
    header += ["Tarehe ya Mwisho", "Kipaumbele", "Hali", "Hatua Zilizochukuliwa"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    chosen = rng.sample(SW_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    prio = {"Juu": "High", "Kati": "Medium", "Chini": "Low"}
    state = {"Wazi": "Open", "Inashughulikiwa": "In Progress", "Imetatuliwa": "Resolved"}
    values: list[ValueFact] = [
        ValueFact(
            "project", 0, "project_name", "Mfumo wa Kielektroniki wa Usimamizi wa Ardhi (e-Ardhi)"
        )
    ]
    for i, title in enumerate(chosen):
        owner = rng.choice(SW_PEOPLE)
        due = raised[i] + timedelta(days=rng.randint(10, 40))
        p, s = rng.choice(list(prio)), rng.choice(list(state))
        action = rng.choice(["Barua imeandikwa kwa TTCL", "Kikao kimefanyika", None])
        desc = f"{title} - imeripotiwa na ofisi ya kanda"
        cells: list[object] = [i + 1, title, desc, owner, f"{raised[i]:%d/%m/%Y}"]
        cells += [f"{due:%d/%m/%Y}", p, s, action]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "status", state[s]),
        ]
        if action:
            values.append(ValueFact("issues", i, "resolution", action))
    path = _save(wb, folder, "swahili_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", "description", "owner", "raised_date"])
    targets |= _cols("F", ["due_date", "priority", "status", "resolution"])
    return Built(path, [_one("issues", "Changamoto", 4, targets, n)], values)


CODA_DEPS = [
    ("Member ID cards reprint file", "Outbound", "Print & Mail Services"),
    ("Provider directory API v3", "Inbound", "Provider Data Hub"),
    ("Claims history extract", "Inbound", "Claims Data Lake"),
    ("Broker SSO federation", "Inbound", "Identity Platform"),
    ("Portal usage events feed", "Outbound", "Marketing Analytics"),
    ("Pharmacy benefit pricing table", "Inbound", "Pharmacy Modernization"),
    ("Call routing rules for new IVR", "Outbound", "Contact Center Refresh"),
]


def coda_dependency_tracker(folder: Path, rng: random.Random) -> Built:
    """A Coda doc table of cross-project dependencies exported to Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["Dependency", "Direction", "Other project", "Their contact", "Our owner"]
    header += ["Needed by", "Committed date", "Status", "Notes"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 6)
    chosen = rng.sample(CODA_DEPS, n)
    need = _days(rng, n, date(2026, 2, 2))
    status_read = {"On track": "On Track", "At risk": "At Risk", "Done": "Delivered"}
    values: list[ValueFact] = []
    for i, (title, direction, other) in enumerate(chosen):
        them, us = rng.sample(US_PEOPLE, 2)
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 0, 10, 21]))
        status = rng.choice(["On track", "At risk", "Blocked", "Done"])
        cells: list[object] = [title, direction, other, them, us]
        cells += [f"{need[i].month}/{need[i].day}/{need[i].year}"]
        cells += [f"{committed.month}/{committed.day}/{committed.year}", status]
        cells += [rng.choice([None, "Discussed at Tuesday sync"])]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", direction),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", us),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
        ]
        if status in status_read:
            values.append(ValueFact("dependencies", i, "status", status_read[status]))
    path = _save(wb, folder, "coda_dependency_tracker")
    # `Other project` holds a project's name, not an ID: Counterparty Project ID or nothing
    targets: Targets = _cols("A", ["title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("D", ["counterparty_owner", "owner", "need_by", "committed_date"])
    targets |= _cols("H", ["status", None])
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

TAB_CENTRES = ["CC4410 Digital Channels", "CC4420 Data Platform", "CC4435 Cyber Security"]
TAB_CENTRES += ["CC4450 Core Banking", "CC4460 Payments"]


def tableau_crosstab_finance(folder: Path, rng: random.Random) -> Built:
    """A Tableau crosstab download: Measure Names / Measure Values in long form."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet 1")
    _put(ws, 1, 1, [["Cost Centre", "Month of Date", "Measure Names", "Measure Values"]])
    months = _months(date(2026, 1, 1), 6)
    centres = sorted(rng.sample(TAB_CENTRES, 3))
    values: list[ValueFact] = []
    row = 2
    for centre in centres:
        for measure in ("Actual", "Budget", "Forecast"):
            for m, month in enumerate(months):
                if measure == "Actual" and m >= 3:
                    continue
                amount = round(rng.randrange(400, 2400) * 25.0 + rng.choice([0, 0.5]), 2)
                label = f"{MONTH_NAMES[month.month - 1]} {month.year}"
                _put(ws, row, 1, [[centre, label, measure, amount]])
                ws.cell(row, 4).number_format = "#,##0.00"
                row += 1
                values.append(ValueFact("finance", (month, centre), measure.lower(), amount))
    path = _save(wb, folder, "tableau_crosstab_finance")
    targets: Targets = {"A": "cost_line", "B": "month", "C": "measure"}
    table = TruthTable("Sheet 1", 1, "finance", targets, {"finance": 6 * len(centres)})
    return Built(path, [table], values)


DE_STAFF = [
    ("Sabine Krüger", "Projektleiterin", "PMO"),
    ("Jürgen Weiß", "SAP-Berater FI/CO", "IT-Finanzen"),
    ("Aylin Demir", "Entwicklerin ABAP", "IT-Entwicklung"),
    ("Lukas Hoffmann", "Tester", "Qualitätssicherung"),
    ("Matthias Schäfer", "Architekt", "IT-Architektur"),
    ("Katrin Bauer", "Datenmigration", "IT-Finanzen"),
]
DE_MONTHS = ["Jan. 26", "Feb. 26", "März 26", "Apr. 26", "Mai 26", "Juni 26"]


def german_ressourcenplanung(folder: Path, rng: random.Random) -> Built:
    """A German resource plan in person-days, months in Excel's German `MMM YY` form."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ressourcenplanung")
    ws["A1"] = "Ressourcenplanung S/4HANA-Migration (Angaben in Personentagen)"
    _put(ws, 3, 1, [["Mitarbeiter", "Rolle", "Abteilung", *DE_MONTHS, "Summe"]])
    staff = rng.sample(DE_STAFF, 5)
    count = 0
    totals = [0.0] * 6
    for i, (person, role, dept) in enumerate(staff):
        days = [rng.choice([None, 4.0, 8.0, 10.0, 12.5, 15.0, 18.0]) for _ in DE_MONTHS]
        count += sum(1 for d in days if d)
        totals = [t + (d or 0) for t, d in zip(totals, days, strict=True)]
        _put(ws, 4 + i, 1, [[person, role, dept, *days, sum(d or 0 for d in days)]])
    _put(ws, 4 + len(staff), 1, [["Summe", None, None, *totals, sum(totals)]])
    path = _save(wb, folder, "german_ressourcenplanung")
    targets: Targets = {"A": "person", "B": "role", "C": None, "J": None}
    table = TruthTable("Ressourcenplanung", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


OP_MILESTONES = [
    "Contract Award",
    "System Requirements Review",
    "Preliminary Design Review",
    "Critical Design Review",
    "First Article Delivered",
    "Qualification Testing Complete",
    "Acceptance Into Service",
    "Initial Operating Capability",
    "Full Operating Capability",
]
OP_CAMS = ["R. Ashworth", "K. Mensah", "D. Llewellyn", "S. Chandra", "P. Doyle"]


def _openplan(d: date) -> str:
    return f"{d.day:02d}{MONTHS[d.month - 1].upper()}{d.year % 100:02d}"


def openplan_ims_milestones(folder: Path, rng: random.Random) -> Built:
    """Deltek Open Plan IMS milestones exported: dates as `14MAR26` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["Activity ID", "Description", "CAM", "Baseline Finish", "Early Finish"]
    header += ["Actual Finish", "Total Float", "Milestone Type"]
    _put(ws, 1, 1, [header])
    n = rng.randint(7, 9)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(2, 3)
    values: list[ValueFact] = []
    for i in range(n):
        name = OP_MILESTONES[i]
        cam = rng.choice(OP_CAMS)
        early = base[i] + timedelta(days=rng.choice([0, 0, 5, 12, 30]))
        actual = early if i < done else None
        cells: list[object] = [f"MS{1000 + 10 * i}", name, cam, _openplan(base[i])]
        cells += [_openplan(early), _openplan(actual) if actual else None]
        cells += [f"{rng.randint(-10, 40)}d", rng.choice(["Contractual", "Internal"])]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", cam),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", early),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "openplan_ims_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", None, None])
    return Built(path, [_one("milestones", "Milestones", 1, targets, n)], values)


DG_GATES = [
    "DG0 - Business opportunity identified",
    "DG1 - Feasibility confirmed",
    "DG2 - Concept selected",
    "DG3 - Approval for sanction (FID)",
    "DG4 - Approval for operation",
]
DG_PEOPLE = ["Henrik Dahl", "Kari Nordmann", "Ole Bakken", "Marit Haugen"]


def energy_decision_gates(folder: Path, rng: random.Random) -> Built:
    """A Norwegian energy operator's decision-gate plan under a label / value title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Gate Plan")
    ws["A1"] = "Decision Gate Plan"
    ws["A2"], ws["B2"] = "Project:", "Barents Gas Compression Upgrade"
    ws["A3"], ws["B3"] = "Project Manager:", "Ingrid Solberg"
    ws["A4"], ws["B4"] = "Sponsor:", "Henrik Dahl"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Barents Gas Compression Upgrade"),
        ValueFact("project", 0, "project_manager", "Ingrid Solberg"),
        ValueFact("project", 0, "sponsor", "Henrik Dahl"),
    ]
    header = ["Gate", "Gatekeeper", "Planned date", "Forecast date", "Actual date"]
    header += ["Decision", "Comments"]
    _put(ws, 6, 1, [header])
    planned = [date(2024, 3, 14), date(2024, 11, 20), date(2025, 6, 17)]
    planned += [date(2026, 2, 26), date(2027, 9, 15)]
    passed = rng.randint(2, 3)
    for i, gate in enumerate(DG_GATES):
        keeper = rng.choice(DG_PEOPLE)
        fc = planned[i] + timedelta(days=rng.choice([0, 14, 28, 45]))
        actual = fc if i < passed else None
        decision = "Approved" if actual else None
        comment = rng.choice([None, "Gate support package issued", "Pending partner approval"])
        _put(ws, 7 + i, 1, [[gate, keeper, planned[i], fc, actual, decision, comment]])
        for c in (3, 4, 5):
            ws.cell(7 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", gate),
            ValueFact("milestones", i, "baseline_date", planned[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "energy_decision_gates")
    # the gatekeeper approves the gate (a decision's maker), which the PM's team delivers:
    # the milestone's owner or nobody, so no owner fact
    targets: Targets = _cols("A", ["milestone", ("owner", None), "baseline_date"])
    targets |= _cols("D", ["forecast_date", "actual_date", None, None])
    return Built(path, [_one("milestones", "Gate Plan", 6, targets, len(DG_GATES))], values)


UNI_LINES = ["Directly Incurred Staff", "Travel & Subsistence", "Equipment", "Consumables"]
UNI_LINES += ["Estates Costs", "Indirect Costs"]


def uk_university_grant_periods(folder: Path, rng: random.Random) -> Built:
    """A UK university grant's budget and actuals, two blocks on one sheet, periods from
    August (`P1 Aug`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Grant budget")
    ws["A1"] = "EPSRC EP/Y012345/1 - Net Zero Materials Hub"
    ws["A2"] = "Financial year 2025/26 (1 August 2025 - 31 July 2026), GBP"
    months = _months(date(2025, 8, 1), 6)
    labels = [f"P{m + 1} {MONTHS[month.month - 1]}" for m, month in enumerate(months)]
    lines = rng.sample(UNI_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    ws["A4"] = "Budget"
    _put(ws, 5, 1, [["Cost heading", *labels, "Total"]])
    for i, line in enumerate(lines):
        amounts = [float(rng.randrange(10, 300) * 100) for _ in months]
        _put(ws, 6 + i, 1, [[line, *amounts, sum(amounts)]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", amounts[m]))
    top = 6 + len(lines) + 2
    ws.cell(top, 1, "Actual expenditure")
    _put(ws, top + 1, 1, [["Cost heading", *labels, "Total"]])
    for i, line in enumerate(lines):
        spent = [round(rng.randrange(10, 300) * 100 * rng.uniform(0.8, 1.1), 2) for _ in range(4)]
        _put(ws, top + 2 + i, 1, [[line, *spent, None, None, round(sum(spent), 2)]])
        for m in range(4):
            values.append(ValueFact("finance", (months[m], line), "actual", spent[m]))
    path = _save(wb, folder, "uk_university_grant_periods")
    targets: Targets = {"A": "cost_line", "H": None}
    tables = [
        TruthTable("Grant budget", 5, "finance", targets, {"finance": 6 * len(lines)}),
        TruthTable("Grant budget", top + 1, "finance", dict(targets), {}),
    ]
    return Built(path, tables, values)


PL_TASKS = ["Dokumentacja projektowa", "Roboty budowlane", "Nadzór inwestorski"]
PL_TASKS += ["Dostawa wyposażenia", "Promocja projektu", "Zarządzanie projektem"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _zl(amount: float) -> str:
    whole, frac = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{frac} zł"


def polish_harmonogram_finansowy(folder: Path, rng: random.Random) -> Built:
    """A Polish harmonogram rzeczowo-finansowy: Plan / Wykonanie rows, Roman months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Harmonogram")
    ws["A1"] = "Harmonogram rzeczowo-finansowy projektu RPMA.06.01.00-14-0123/25 (PLN)"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{ROMAN[m.month - 1]} {m.year}" for m in months]
    _put(ws, 3, 1, [["Lp.", "Zadanie", "Rodzaj", *labels, "Razem"]])
    tasks = rng.sample(PL_TASKS, 4)
    values: list[ValueFact] = []
    row = 4
    for t, task in enumerate(tasks):
        plan = [float(rng.randrange(10, 400) * 250) for _ in months]
        done = [round(p * rng.uniform(0.6, 1.1), 2) for p in plan[:3]]
        _put(ws, row, 1, [[t + 1, task, "Plan", *[_zl(p) for p in plan], _zl(sum(plan))]])
        cells = [None, None, "Wykonanie", *[_zl(d) for d in done], None, None, None]
        _put(ws, row + 1, 1, [[*cells, _zl(sum(done))]])
        row += 2
        for m in range(3):
            values.append(ValueFact("finance", (months[m], task), "actual", done[m]))
    path = _save(wb, folder, "polish_harmonogram_finansowy")
    targets: Targets = {"A": None, "B": "cost_line", "C": "measure", "J": None}
    table = TruthTable("Harmonogram", 3, "finance", targets, {"finance": 6 * len(tasks)})
    return Built(path, [table], values)


AU_MILESTONES = [
    "Business case endorsed by ERC",
    "Tender released on Buy NSW",
    "Vendor contract executed",
    "Design sign-off",
    "Pilot in two service centres",
    "Statewide rollout complete",
]
AU_DECISIONS = [
    ("Approve change request CR-07 (extra data migration sprint)", "Cost within contingency"),
    ("Defer the mobile app to phase 2", "Vendor capacity and accessibility rework"),
    ("Accept residual privacy risk for the pilot", "PIA recommendations 1-6 closed"),
    ("Extend the pilot by four weeks", "Union consultation still open"),
]


def aus_state_steerco_pack(folder: Path, rng: random.Random) -> Built:
    """An Australian state department's steering committee pack: title block, key
    milestones, decisions made this period."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SteerCo Pack")
    ws["A1"] = "Project Steering Committee - Status Pack"
    labels = [("Project:", "Digital Licensing Reform"), ("Executive Sponsor:", "Fiona Walsh")]
    labels += [("Project Manager:", "Daniel Nguyen"), ("Report date:", date(2026, 3, 20))]
    labels += [("Overall status:", "Amber")]
    for r, (label, value) in enumerate(labels):
        ws.cell(2 + r, 1, label)
        ws.cell(2 + r, 2, value)
    ws["B5"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Digital Licensing Reform"),
        ValueFact("project", 0, "sponsor", "Fiona Walsh"),
        ValueFact("project", 0, "project_manager", "Daniel Nguyen"),
        ValueFact("project", 0, "report_date", date(2026, 3, 20)),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    ws["A8"] = "Key milestones"
    _put(ws, 9, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status", "Comment"]])
    base = _days(rng, len(AU_MILESTONES), date(2025, 8, 4))
    done = rng.randint(2, 3)
    row = 10
    for i, name in enumerate(AU_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 21, 42]))
        actual = fc if i < done else None
        status = "Complete" if actual else rng.choice(["In Progress", "Not Started", "At Risk"])
        _put(ws, row, 1, [[name, base[i], fc, actual, status, None]])
        for c in (2, 3, 4):
            ws.cell(row, c).number_format = "dd/mm/yyyy"
        row += 1
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    dec_top = row + 2
    ws.cell(dec_top - 1, 1, "Decisions made this period")
    _put(ws, dec_top, 1, [["Decision", "Rationale", "Decided by", "Date"]])
    nd = rng.randint(3, 4)
    chosen = rng.sample(AU_DECISIONS, nd)
    when = _days(rng, nd, date(2026, 2, 2))
    for i, (decision, why) in enumerate(chosen):
        who = rng.choice(["Steering Committee", "Fiona Walsh"])
        _put(ws, dec_top + 1 + i, 1, [[decision, why, who, when[i]]])
        ws.cell(dec_top + 1 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when[i]),
        ]
    path = _save(wb, folder, "aus_state_steerco_pack")
    m_targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date"])
    m_targets |= _cols("D", ["actual_date", "status", None])
    d_targets: Targets = _cols("A", ["decision", "rationale", "made_by", "date"])
    tables = [
        _one("milestones", "SteerCo Pack", 9, m_targets, len(AU_MILESTONES)),
        _one("decisions", "SteerCo Pack", dec_top, d_targets, nd),
    ]
    return Built(path, tables, values)


HELD_OUT_17: tuple[Layout, ...] = (
    Layout("youtrack_issues_export", "JetBrains YouTrack issues export", youtrack_issues_export),
    Layout(
        "serbian_risk_register",
        "Serbian power utility risk register (Latin script)",
        serbian_risk_register,
    ),
    Layout(
        "quickbase_raid_report", "Quickbase RAID app report (US insurer)", quickbase_raid_report
    ),
    Layout("icelandic_decision_log", "Icelandic municipality decision log", icelandic_decision_log),
    Layout(
        "pharma_tech_transfer_assumptions",
        "pharma technology-transfer assumptions log",
        pharma_tech_transfer_assumptions,
    ),
    Layout("swahili_issue_log", "Tanzanian government issue log in Kiswahili", swahili_issue_log),
    Layout("coda_dependency_tracker", "Coda doc dependency table", coda_dependency_tracker),
    Layout("tableau_crosstab_finance", "Tableau crosstab download", tableau_crosstab_finance),
    Layout(
        "german_ressourcenplanung",
        "German resource plan in person-days",
        german_ressourcenplanung,
    ),
    Layout(
        "openplan_ims_milestones",
        "Deltek Open Plan IMS milestones (UK defence)",
        openplan_ims_milestones,
    ),
    Layout(
        "energy_decision_gates",
        "Norwegian energy operator decision-gate plan",
        energy_decision_gates,
    ),
    Layout(
        "uk_university_grant_periods",
        "UK university research grant budget and actuals (August year)",
        uk_university_grant_periods,
    ),
    Layout(
        "polish_harmonogram_finansowy",
        "Polish harmonogram rzeczowo-finansowy",
        polish_harmonogram_finansowy,
    ),
    Layout(
        "aus_state_steerco_pack",
        "Australian state department steering committee pack",
        aus_state_steerco_pack,
    ),
)
