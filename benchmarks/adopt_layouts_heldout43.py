"""The forty-third held-out batch (``HELD_OUT_43``, issue 15 round 28): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
PRINT-READY: English registers and trackers kept for printing and board packs, where the
workbook IS the report (header rows repeated at each page break, `Page 2 of 3` /
`Printed ...` / `COMMERCIAL IN CONFIDENCE` lines between rows, cover and version-control
blocks above, subtotal and grand-total rows, heading rows per workstream, sign-off blocks
below, scoring keys beside, blank spacer columns, wrapped two-line headers, a register
split over two sheets, quarter columns between months, a Gantt bar of shaded cells), in
sectors no earlier batch's docstring names (a seaside pier, an opal field, an abbey, a
cemetery, a jute mill, a netball centre, a saltworks, a honey packer, a sheep station, a
pottery works, a pearl farm, a tidal lagoon).

Registers:

- ``uk_pier_raid_print``: a UK seaside pier restoration's mixed RAID log: a title, a
  `COMMERCIAL IN CONFIDENCE` line, a `Version | Date | Author | Change` table, then the log
  (`Ref`, `Type` Risk / Assumption / Issue / Dependency, `Description`, `Owner`, `Date
  Raised` date cells, `Status`), its header repeated after a `Page 1 of 2` line every 12
  items, an `Approved by: ____  Date: ____` block below.
- ``au_opal_field_risks_split``: an Australian opal field's risk register too wide for one
  page, split over `Risks` (`Risk ID`, `Date Raised`, `Risk Title`, `Category`,
  `Likelihood`, `Consequence`, `Rating`) and `Risks (cont.)` (`Risk ID`, `Treatment`,
  `Treatment Type`, `Risk Owner`, `Status`), a 5 x 5 scoring key beside the first.
- ``ie_abbey_issue_log_grouped``: an Irish abbey conservation issue log: items under
  workstream heading rows (`WORKSTREAM: Masonry`), a wrapped two-line header (`Date\nRaised`,
  `Target\nDate`), `Page n of 3` and `Printed 03/03/2026` lines with the header repeated
  after each, `Priority` High / Medium / Low, date cells shown `dd/mm/yyyy`.
- ``ca_cemetery_assumptions_cover``: a Canadian municipal cemetery expansion's assumption
  log: a cover block (`Project:`, `Project Manager:`, `Sponsor:`, `Document:`), a version
  table, the log (`#` A-01.., `Assumption`, `Owner`, `Validate By` `yyyy-mm-dd` cells,
  `Status` Open / Validated / Invalid), a sign-off block with two signatures.
- ``in_jute_mill_dependencies_spacers``: an Indian jute mill modernisation's dependency
  register: narrow blank spacer columns between column groups (id and text | parties |
  dates | status), wrapped two-line headers (`Need-by\nDate`, `Committed\nDate`), `Inbound`
  / `Outbound`, dates as `dd-mm-yyyy` text, a header repeated after a page line.
- ``sg_netball_decisions_signoff``: a Singapore netball centre's decision log for the board
  pack: `Decision Ref` `DL-001`.., `Date` date cells `d mmm yyyy`, `Decision`, `Rationale`,
  `Decided By`, a `RESTRICTED` line on top and bottom, a `Noted by the Board:` sign-off.

Trackers:

- ``za_saltworks_budget_quarters``: a South African saltworks' budget phasing for the
  calendar year 2026: `Jan | Feb | Mar | Q1 | Apr ...` with quarter subtotal columns, a
  `Full Year` column, lines under category heading rows (`Labour`, `Contractors`, ...),
  a `Subtotal` row per category and a `GRAND TOTAL` row, amounts `#,##0`.
- ``us_honey_packer_bva_variance``: a US honey packing plant's budget vs actual, long form
  for the board pack: `Month` date cells `mmm-yy`, `Workstream`, `Cost Line`, `Budget`,
  `Actual`, `Variance`, `Variance %`, a `Subtotal` row after each month, a `Page 2 of 2`
  line and the header repeated, a `Total` row.
- ``nz_sheep_station_resource_plan``: a NZ sheep station's woolshed rebuild resource plan
  in person-days: team heading rows, `Name`, `Role`, `Jan`..`Jun` text with the year in the
  title, a `Team total` row per team and a `TOTAL DAYS` row, the header repeated after a
  page line.
- ``uk_pottery_gantt_milestones``: an English pottery works' kiln rebuild milestone plan:
  `ID`, `Milestone`, `Owner`, `Baseline`, `Forecast`, `Actual` (date cells `dd-mmm-yy`),
  `Status`, a blank spacer column, then a Gantt of week columns (`w/c` dates) whose cells
  are shaded between forecast start and finish, a `Key:` line under it.
- ``ph_pearl_farm_status_boxes``: a Philippine pearl farm hatchery's status report of
  labelled boxes: `Project`, `Project Manager`, `Sponsor`, `Reporting Period End` (a date
  cell) in a header box; a `RAG` box (`Overall`, `Schedule`, `Cost`, `Scope`); a `Key
  Milestones` box with `Milestone`, `Due`, `Forecast`, `Status`; a `Prepared by` line.
- ``uk_tidal_lagoon_forecast_ytd``: a Welsh tidal lagoon's cost forecast: months `Apr-26`
  text across, a row of `Actual` / `Forecast` above them, then `YTD Actual`, `Full Year
  Forecast`, `Budget`, `Variance`, `Variance %` columns; a cost-line header repeated on a
  second printed block below a `Page 2 of 2` line; `(GBP)` in the title.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the saltworks' category heading rows (`Labour`, `Contractors`, `Hardware`, `Services`)
  give each line below them its finance `category` (the standard's cost categories);
  `Q1`..`Q4`, `Full Year`, `Subtotal` and `GRAND TOTAL` are no months and no lines; ZAR is
  not on the standard's currency list: no currency fact;
- the tidal lagoon's `Actual` months are actuals, `Forecast` months forecasts (no budget
  per month); the single `Budget` column is a full-year budget with no month: no fact;
  `YTD Actual`, `Full Year Forecast`, `Variance`, `Variance %`: no facts; `(GBP)` is the
  currency GBP; the repeated block below `Page 2 of 2` holds the same lines' later months
  (Oct..Mar), read as the same lines, one fact per month and line;
- the opal field's `Risks (cont.)` sheet holds the same risks (same `Risk ID`s) as
  `Risks`: its truth table counts no new items; `Rating` (`Extreme` / `High` / `Medium` /
  `Low` from the scoring key): the rating or left out, no fact; `Consequence` is the impact;
  `Treatment Type` Treat is Reduce, Tolerate is Accept, Transfer as written (the
  standard's 4Ts names), Terminate is Avoid;
- the pier RAID log's `Date Raised` of a dependency: no field, no fact; every status
  `Open` or `Closed` as written, an assumption's `Closed` too (audit, round 28: `Closed`
  is on the standard's assumption statuses, as the thirty-fourth and thirty-seventh
  batches' mixed logs read it); the version table's rows and the sign-off block are no
  items; its lone `Description` column is the title or the description (audit, round 28,
  as round 27 read the thirty-ninth batch's), the titles stand;
- the honey packer's `Workstream` (a grouping, not a cost category): left out, no fact;
  `Variance` / `Variance %` left out; `Subtotal` / `Total` rows and the repeated header are
  no lines; USD: no currency fact (no `$` or USD written);
- the pearl farm's RAG box `Scope` is the scope RAG, `Cost` the cost RAG; its milestones'
  `Due` is the baseline date (the date first promised), `Forecast` the forecast date;
  `Status` `Complete` / `On Track` / `At Risk`: `On Track` (In Progress or Not Started?)
  no fact, the others as written;
- the pottery plan's Gantt week columns and `Key:` line: no facts; an empty `Actual` is no
  actual date; `M01` is M-001 (audit, round 28: the standard's milestone id keeps its
  number, as the twenty-fifth batch's `M01` was read); `Status` words as the standard writes them (Complete, In Progress, At Risk,
  Not Started);
- the sheep station's person-days and team totals: counts only, no value facts (like
  earlier batches' resource plans); `Team total` / `TOTAL DAYS` rows and team headings
  are no resources;
- the cemetery cover block's `Project:`, `Project Manager:` and `Sponsor:` are the
  project's name, manager and sponsor; `A-01` is A-001; the sign-off names are no owners;
- the abbey's workstream heading rows are no issues and give no fact (a workstream is no
  issue type); `Page n of 3` / `Printed` lines and repeated headers are no issues;
- the jute mill's spacer columns are no columns; `Counterparty` (a department, not a
  project id): left out, no fact; `Contact` is the counterparty owner;
- the netball log's `DL-001` is DC-001 (the standard's decision id, SPEC section 3); the
  `RESTRICTED` lines and the `Noted by the Board:` block are no decisions.

Readings used: text dates are day first (none here is month first), one day past the 12th
in each column; ids in the standard's shape keep their number. It was written and checked
for internal consistency only (``adopt_truth.check_truth``), never against adoption's
output.
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
    _one,
    _past_twelfth,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Alignment, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

SHADE = PatternFill("solid", fgColor="4F81BD")


def _version_table(ws: Worksheet, top: int, author: str) -> None:
    """A document's version-control table (``Version | Date | Author | Change``)."""
    rows: list[list[object]] = [["Version", "Date", "Author", "Change"]]
    rows += [["0.1", date(2025, 9, 15), author, "First draft"]]
    rows += [["1.0", date(2025, 10, 20), author, "Baselined at the project board"]]
    _put(ws, top, 1, rows)
    for r in (top + 1, top + 2):
        ws.cell(r, 2).number_format = "dd/mm/yyyy"


def _wrap(ws: Worksheet, row: int) -> None:
    """Wrap a header row's text, as a printed header with two-line labels is."""
    for cell in ws[row]:
        cell.alignment = Alignment(wrap_text=True)


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

PIER_ITEMS = [
    ("Risk", "Cast-iron columns more corroded than the survey shows"),
    ("Risk", "Storm season overruns the deck replacement window"),
    ("Risk", "Marine licence conditions restrict piling hours"),
    ("Risk", "Heritage lamp standards cannot be recast in time"),
    ("Risk", "Kiosk tenants claim for lost trade"),
    ("Risk", "Diver availability during spring tides"),
    ("Assumption", "The council's match funding is confirmed in April"),
    ("Assumption", "Pavilion stays open to the public during works"),
    ("Assumption", "Timber decking meets the fire engineer's spec"),
    ("Issue", "Barge damaged a landing stage fender"),
    ("Issue", "Paint system failed adhesion test on bay 7"),
    ("Issue", "Lifeguard hut blocks the crane path"),
    ("Issue", "Funding claim returned for missing invoices"),
    ("Dependency", "Harbour authority lifts the navigation notice"),
    ("Dependency", "Lottery Heritage Fund releases the stage 2 grant"),
    ("Dependency", "Seafront highways scheme closes the promenade"),
]
PIER_REGISTER = {
    "Risk": ("risks", "R"),
    "Assumption": ("assumptions", "A"),
    "Issue": ("issues", "I"),
    "Dependency": ("dependencies", "D"),
}
PIER_OWNERS = ["Gareth Pugh", "Helen Marsh", "Tariq Aziz", "Joanna Reeve"]


def uk_pier_raid_print(folder: Path, rng: random.Random) -> Built:
    """A UK pier restoration's mixed RAID log for print: version table above, the header
    repeated after a page line every 12 items, a sign-off block below."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Southsea Clarence Pier Restoration - RAID Log"
    ws["A2"] = "COMMERCIAL IN CONFIDENCE"
    _version_table(ws, 4, "Helen Marsh")
    head = ["Ref", "Type", "Description", "Owner", "Date Raised", "Status"]
    top = 9
    _put(ws, top, 1, [head])
    items = rng.sample(PIER_ITEMS, 14)
    raised = _days(rng, len(items), date(2025, 10, 6))
    seen: dict[str, int] = {}
    values: list[ValueFact] = []
    row = top + 1
    for k, (kind, text) in enumerate(items):
        if k == 12:
            ws.cell(row, 1, "Page 1 of 2")
            ws.cell(row + 1, 1, "COMMERCIAL IN CONFIDENCE")
            _put(ws, row + 2, 1, [head])
            row += 3
        reg, letter = PIER_REGISTER[kind]
        i = seen.get(reg, 0)
        seen[reg] = i + 1
        who = rng.choice(PIER_OWNERS)
        st = rng.choice(["Open", "Open", "Closed"])
        ref = f"{letter}-{i + 1:03d}"
        _put(ws, row, 1, [[ref, kind, text, who, raised[k], st]])
        ws.cell(row, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "id", ref),
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        values.append(ValueFact(reg, i, "status", st))  # audit: an assumption's Closed too
        row += 1
    ws.cell(row + 1, 1, "Page 2 of 2")
    ws.cell(row + 3, 1, "Approved by: ____________________")
    ws.cell(row + 3, 4, "Date: ____________")
    ws.cell(row + 4, 1, "Project Sponsor, Portsmouth City Council")
    path = _save(wb, folder, "uk_pier_raid_print")
    # audit (round 28): a lone `Description` column is the title or the description (rounds
    # 20 and 27); the titles stand, it is the only text naming each item
    text_col = ("title", "assumption", "description")
    targets: Targets = _cols("A", ["id", "register", text_col, "owner"])
    targets |= _cols("E", [("raised_date", None), "status"])
    table = TruthTable("RAID Log", top, "raid", targets, dict(seen))
    return Built(path, [table], values)


OPAL_RISKS = [
    ("Shaft collapse at the new Seventeen Mile field", "Operational"),
    ("Native title agreement not signed before blasting", "Legal"),
    ("Blower truck parts shipped from Adelaide late", "Third Party"),
    ("Water cartage costs double in summer", "Financial"),
    ("Noodling tourists enter the fenced claim", "Security"),
    ("Underground dugout ventilation fails the audit", "Technical"),
]
OPAL_OWNERS = ["Kostas Andreou", "Bev Lindqvist", "Darren Coulthard"]
#: the 4Ts treatment names -> the standard's response types
FOUR_TS = {"Treat": "Reduce", "Tolerate": "Accept", "Transfer": "Transfer", "Terminate": "Avoid"}


def _opal_rating(score: int) -> str:
    return (
        "Extreme" if score >= 20 else "High" if score >= 12 else "Medium" if score >= 5 else "Low"
    )


def au_opal_field_risks_split(folder: Path, rng: random.Random) -> Built:
    """An Australian opal field's risk register split over `Risks` and `Risks (cont.)`
    sharing the id column, a 5 x 5 scoring key beside the first sheet's table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Coober Pedy Opal Field Expansion - Risk Register (1 of 2)"
    head = ["Risk ID", "Date Raised", "Risk Title", "Category", "Likelihood", "Consequence"]
    head += ["Rating"]
    _put(ws, 3, 1, [head])
    ws["J3"] = "Scoring key (Likelihood x Consequence)"
    ws["J4"] = "L \\ C"
    for c in range(5):
        ws.cell(4, 11 + c, c + 1)
        ws.cell(5 + c, 10, 5 - c)
        for r in range(5):
            ws.cell(5 + r, 11 + c, _opal_rating((5 - r) * (c + 1)))
    cont = wb.create_sheet("Risks (cont.)")
    cont["A1"] = "Coober Pedy Opal Field Expansion - Risk Register (2 of 2)"
    _put(cont, 3, 1, [["Risk ID", "Treatment", "Treatment Type", "Risk Owner", "Status"]])
    n = rng.randint(5, 6)
    raised = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(OPAL_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        rid = f"R-{i + 1:03d}"
        _put(ws, 4 + i, 1, [[rid, raised[i], text, cat, p, c, _opal_rating(p * c)]])
        ws.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        plan = rng.choice(["Ground support survey weekly", "Engage the land council liaison"])
        tt, who = rng.choice(list(FOUR_TS)), rng.choice(OPAL_OWNERS)
        st = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        _put(cont, 4 + i, 1, [[rid, plan, tt, who, st]])
        values += [
            ValueFact("risks", i, "id", rid),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "response_type", FOUR_TS[tt]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    path = _save(wb, folder, "au_opal_field_risks_split")
    first: Targets = _cols("A", ["id", "raised_date", "title", "category", "probability"])
    first |= _cols("F", ["impact", ("rating", None)])
    second: Targets = _cols("A", ["id", "response", "response_type", "owner", "status"])
    tables = [
        _one("risks", "Risks", 3, first, n),
        TruthTable("Risks (cont.)", 3, "risks", second, {"risks": 0}),  # the same risks
    ]
    return Built(path, tables, values)


ABBEY_ISSUES = {
    "Masonry": [
        "Lime mortar batch failed the frost test",
        "Cloister arch voussoir cracked on removal",
        "Stone from the original quarry unavailable",
    ],
    "Roofing": [
        "Bat roost found in the nave roof void",
        "Lead theft from the scaffold overnight",
        "Slate supplier cannot match the Killaloe blue",
    ],
    "Visitor Centre": [
        "Ticket system vendor missed the integration test",
        "Accessible toilet layout rejected by the access officer",
        "Car park drainage floods after heavy rain",
    ],
}
ABBEY_OWNERS = ["Niamh O'Connor", "Padraig Walsh", "Orla Finnegan", "Ciaran Doyle"]


def ie_abbey_issue_log_grouped(folder: Path, rng: random.Random) -> Built:
    """An Irish abbey conservation issue log: workstream heading rows, wrapped two-line
    headers, page and printed lines with the header repeated after each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Holycross Abbey Conservation Works - Issue Log"
    head = ["Issue No.", "Issue", "Date\nRaised", "Raised By", "Owner", "Priority"]
    head += ["Target\nDate", "Status", "Resolution"]
    top = 3
    _put(ws, top, 1, [head])
    _wrap(ws, top)
    raised = _days(rng, 9, date(2025, 11, 3))
    values: list[ValueFact] = []
    row, k, page = top + 1, 0, 1
    for w, (stream, issues) in enumerate(ABBEY_ISSUES.items()):
        if w:
            ws.cell(row, 1, f"Page {page} of 3")
            ws.cell(row, 6, "Printed 03/03/2026")
            _put(ws, row + 1, 1, [head])
            _wrap(ws, row + 1)
            row, page = row + 2, page + 1
        ws.cell(row, 1, f"WORKSTREAM: {stream}")
        row += 1
        for text in issues:
            who, by = rng.choice(ABBEY_OWNERS), rng.choice(ABBEY_OWNERS)
            pr = rng.choice(["High", "Medium", "Low"])
            st = rng.choice(["Open", "In Progress", "Closed"])
            due = raised[k] + timedelta(days=rng.choice([14, 21, 42]))
            res = "Replacement ordered" if st == "Closed" else None
            iid = f"I-{k + 1:03d}"
            _put(ws, row, 1, [[iid, text, raised[k], by, who, pr, due, st, res]])
            for c in (3, 7):
                ws.cell(row, c).number_format = "dd/mm/yyyy"
            values += [
                ValueFact("issues", k, "id", iid),
                ValueFact("issues", k, "title", text),
                ValueFact("issues", k, "raised_date", raised[k]),
                ValueFact("issues", k, "owner", who),
                ValueFact("issues", k, "priority", pr),
                ValueFact("issues", k, "due_date", due),
                ValueFact("issues", k, "status", st),
            ]
            if res:
                values.append(ValueFact("issues", k, "resolution", res))
            row, k = row + 1, k + 1
    ws.cell(row, 1, "Page 3 of 3")
    ws.cell(row, 6, "Printed 03/03/2026")
    path = _save(wb, folder, "ie_abbey_issue_log_grouped")
    targets: Targets = _cols("A", ["id", "title", "raised_date", None, "owner", "priority"])
    targets |= _cols("G", ["due_date", "status", "resolution"])
    return Built(path, [_one("issues", "Issue Log", top, targets, k)], values)


CEMETERY_ASSUMPTIONS = [
    "The provincial cemetery licence amendment is granted by May",
    "Soil at the east field is suitable for in-ground burial",
    "Columbarium niches sell at the 2025 rate",
    "The heritage chapel needs no seismic upgrade",
    "Groundwater monitoring wells can stay in place",
    "Municipal crews maintain the new section from year 2",
]
CEMETERY_OWNERS = ["Sarah Leblanc", "Daniel Okoye", "Ruth Halvorsen"]


def ca_cemetery_assumptions_cover(folder: Path, rng: random.Random) -> Built:
    """A Canadian municipal cemetery expansion's assumption log: a cover block and a
    version table above, a two-signature sign-off block below."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "CITY OF SASKATOON"
    cover: list[list[object]] = [
        ["Project:", "Woodlawn Cemetery East Expansion"],
        ["Project Manager:", "Sarah Leblanc"],
        ["Sponsor:", "Marcel Gagnon"],
        ["Document:", "Assumptions Log"],
    ]
    _put(ws, 3, 1, cover)
    _version_table(ws, 8, "Sarah Leblanc")
    top = 13
    _put(ws, top, 1, [["#", "Assumption", "Owner", "Validate By", "Status"]])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Woodlawn Cemetery East Expansion"),
        ValueFact("project", 0, "project_manager", "Sarah Leblanc"),
        ValueFact("project", 0, "sponsor", "Marcel Gagnon"),
    ]
    for i, text in enumerate(rng.sample(CEMETERY_ASSUMPTIONS, n)):
        who, st = rng.choice(CEMETERY_OWNERS), rng.choice(["Open", "Validated", "Invalid"])
        _put(ws, top + 1 + i, 1, [[f"A-{i + 1:02d}", text, who, by[i], st]])
        ws.cell(top + 1 + i, 4).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
        ]
    end = top + n + 3
    sign = ["Signature: __________", "Date: ______"]
    _put(
        ws,
        end,
        1,
        [["Prepared by:", "Sarah Leblanc", *sign], ["Approved by:", "Marcel Gagnon", *sign]],
    )
    path = _save(wb, folder, "ca_cemetery_assumptions_cover")
    targets: Targets = _cols("A", ["id", "assumption", "owner", "validate_by", "status"])
    return Built(path, [_one("assumptions", "Assumptions", top, targets, n)], values)


JUTE_DEPS = [
    ("New spinning frames cleared through Kolkata port", "Customs & Logistics", "S. Banerjee"),
    ("WBSEDCL raises the sanctioned load to 2 MW", "Electrical Dept", "A. Mondal"),
    ("Effluent consent from the Pollution Control Board", "EHS Cell", "R. Ghosh"),
    ("Jute Corporation raw jute allocation for Q2", "Procurement", "P. Das"),
    ("Workers' training by the loom vendor", "HR & Admin", "M. Sarkar"),
    ("ERP module for batch costing goes live", "IT Dept", "K. Roy"),
]
JUTE_OWNERS = ["Debasish Chatterjee", "Ananya Sen", "Rajat Basu"]


def in_jute_mill_dependencies_spacers(folder: Path, rng: random.Random) -> Built:
    """An Indian jute mill's dependency register: narrow spacer columns between groups,
    wrapped two-line date headers, `dd-mm-yyyy` text dates, a header repeated after a
    page line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Hooghly Jute Mill Modernisation - Dependency Register"
    head: list[object] = ["Dep. ID", "Dependency", "In / Out", None, "Counterparty", "Contact"]
    head += ["Our Owner", None, "Need-by\nDate", "Committed\nDate", None, "Status"]
    top = 3
    _put(ws, top, 1, [head])
    _wrap(ws, top)
    for letter in ("D", "H", "K"):
        ws.column_dimensions[letter].width = 2
    n = rng.randint(5, 6)
    need = _days(rng, n, date(2026, 1, 5))
    promised = _past_twelfth([d + timedelta(days=rng.choice([-7, 0, 14])) for d in need])
    values: list[ValueFact] = []
    row = top + 1
    for i, (text, team, them) in enumerate(rng.sample(JUTE_DEPS, n)):
        if i == 4:
            ws.cell(row, 1, "Page 1 of 2")
            _put(ws, row + 1, 1, [head])
            _wrap(ws, row + 1)
            row += 2
        way = rng.choice(["Inbound", "Outbound"])
        who = rng.choice(JUTE_OWNERS)
        st = rng.choice(["Open", "On Track", "At Risk", "Delivered"])
        cells: list[object] = [f"D-{i + 1:03d}", text, way, None, team, them, who, None]
        cells += [_dmy(need[i], "-"), _dmy(promised[i], "-"), None, st]
        _put(ws, row, 1, [cells])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised[i]),
            ValueFact("dependencies", i, "status", st),
        ]
        row += 1
    ws.cell(row + 1, 1, "Page 2 of 2")
    path = _save(wb, folder, "in_jute_mill_dependencies_spacers")
    targets: Targets = _cols("A", ["id", "title", "direction"])
    targets |= _cols("E", [("counterparty_project_id", None), "counterparty_owner", "owner"])
    targets |= _cols("I", ["need_by", "committed_date"])
    targets |= {"L": "status"}
    return Built(path, [_one("dependencies", "Dependencies", top, targets, n)], values)


NETBALL_DECISIONS = [
    "Sprung timber floor chosen over synthetic for all four courts",
    "Spectator seating reduced to 1,200 to keep the car park",
    "Changing rooms built to the Sport Singapore universal design guide",
    "Contractor's value-engineering of the roof trusses accepted",
    "Opening moved to after the national league final",
]
NETBALL_MAKERS = ["Steering Committee", "Board of Directors", "Lim Boon Keng", "Project Director"]


def sg_netball_decisions_signoff(folder: Path, rng: random.Random) -> Built:
    """A Singapore netball centre's board-pack decision log: `RESTRICTED` lines above and
    below, `DL-001` ids, a `Noted by the Board:` sign-off block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "RESTRICTED"
    ws["A2"] = "Kallang Netball Centre - Decision Log (Board Pack, March 2026)"
    top = 4
    _put(ws, top, 1, [["Decision Ref", "Date", "Decision", "Rationale", "Decided By"]])
    n = rng.randint(4, 5)
    made = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(NETBALL_DECISIONS, n)):
        who = rng.choice(NETBALL_MAKERS)
        why = rng.choice(["Lower lifetime cost", "Required for accreditation", "Saves S$240k"])
        _put(ws, top + 1 + i, 1, [[f"DL-{i + 1:03d}", made[i], text, why, who]])
        ws.cell(top + 1 + i, 2).number_format = "d mmm yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    end = top + n + 2
    ws.cell(end, 1, "Noted by the Board:")
    ws.cell(end, 3, "Chairman ____________________")
    ws.cell(end + 1, 3, "Date ____________")
    ws.cell(end + 3, 1, "RESTRICTED")
    path = _save(wb, folder, "sg_netball_decisions_signoff")
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    return Built(path, [_one("decisions", "Decision Log", top, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SALT_LINES = {
    "Labour": ["Pan harvest crew", "Plant operators"],
    "Contractors": ["Brine pipeline contractor", "Evaporation pond liners"],
    "Hardware": ["Salt washer", "Bagging line"],
    "Services": ["Geotechnical survey", "Environmental monitoring"],
}


def za_saltworks_budget_quarters(folder: Path, rng: random.Random) -> Built:
    """A South African saltworks' 2026 budget phasing: quarter subtotal columns between the
    months, a `Full Year` column, category heading rows, subtotals and a grand total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Phasing")
    ws["A1"] = "Velddrif Saltworks Upgrade - Budget Phasing, January - December 2026 (ZAR)"
    months = _months(date(2026, 1, 1), 12)
    head: list[object] = ["Cost Line"]
    month_col: dict[int, int] = {}
    for m, month in enumerate(months):
        month_col[m] = len(head) + 1
        head.append(f"{month:%b}")
        if m % 3 == 2:
            head.append(f"Q{m // 3 + 1}")
    head.append("Full Year")
    top = 3
    _put(ws, top, 1, [head])
    values: list[ValueFact] = []
    grand: dict[int, int] = {}
    row, n_lines = top + 1, 0
    for cat, lines in SALT_LINES.items():
        ws.cell(row, 1, cat)
        row += 1
        first = row
        for line in lines:
            amounts = [rng.randrange(1, 40) * 2500 for _ in months]
            ws.cell(row, 1, line)
            for m, month in enumerate(months):
                ws.cell(row, month_col[m], amounts[m])
                values.append(ValueFact("finance", (month, line), "budget", float(amounts[m])))
                values.append(ValueFact("finance", (month, line), "category", cat))
                if m % 3 == 2:
                    ws.cell(row, month_col[m] + 1, sum(amounts[m - 2 : m + 1]))
            ws.cell(row, len(head), sum(amounts))
            for c in range(2, len(head) + 1):
                ws.cell(row, c).number_format = "#,##0"
            row, n_lines = row + 1, n_lines + 1
        ws.cell(row, 1, "Subtotal")
        for c in range(2, len(head) + 1):
            ws.cell(row, c, sum((ws.cell(r, c).value or 0) for r in range(first, row)))
            grand[c] = grand.get(c, 0) + ws.cell(row, c).value
        row += 1
    ws.cell(row + 1, 1, "GRAND TOTAL")
    for c, amount in grand.items():
        ws.cell(row + 1, c, amount).number_format = "#,##0"
    ws.cell(row + 3, 1, "Printed 03/03/2026")
    path = _save(wb, folder, "za_saltworks_budget_quarters")
    table = TruthTable("Budget Phasing", top, "finance", {"A": "cost_line"},
                       {"finance": len(months) * n_lines})  # fmt: skip
    return Built(path, [table], values)


HONEY_LINES = {
    "Extraction": ["Uncapping machine", "Extractor install"],
    "Packing": ["Jar filler", "Labeller lease"],
    "Compliance": ["FDA registration", "Food safety audit"],
}


def us_honey_packer_bva_variance(folder: Path, rng: random.Random) -> Built:
    """A US honey packing plant's budget vs actual in long form: month date cells, a
    workstream column, variance and variance % columns, subtotal rows, a repeated header."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Sioux City Honey Packing Line - Budget vs Actual"
    head = ["Month", "Workstream", "Cost Line", "Budget", "Actual", "Variance", "Variance %"]
    top = 3
    _put(ws, top, 1, [head])
    months = _months(date(2026, 1, 1), 3)
    lines = [(w, line) for w, ls in HONEY_LINES.items() for line in ls]
    values: list[ValueFact] = []
    row, tb, ta = top + 1, 0, 0
    for m, month in enumerate(months):
        if m == 2:
            ws.cell(row, 1, "Page 2 of 2")
            _put(ws, row + 1, 1, [head])
            row += 2
        sb = sa = 0
        for stream, line in lines:
            budget = rng.randrange(4, 80) * 500
            actual = round(budget * rng.uniform(0.7, 1.25))
            var = budget - actual
            _put(ws, row, 1, [[month, stream, line, budget, actual, var, var / budget]])
            ws.cell(row, 1).number_format = "mmm-yy"
            ws.cell(row, 7).number_format = "0.0%"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0"
            values.append(ValueFact("finance", (month, line), "budget", float(budget)))
            values.append(ValueFact("finance", (month, line), "actual", float(actual)))
            sb, sa, row = sb + budget, sa + actual, row + 1
        _put(ws, row, 3, [["Subtotal", sb, sa, sb - sa, (sb - sa) / sb]])
        row, tb, ta = row + 1, tb + sb, ta + sa
    _put(ws, row, 3, [["Total", tb, ta, tb - ta, (tb - ta) / tb]])
    path = _save(wb, folder, "us_honey_packer_bva_variance")
    targets: Targets = {"A": "month", "B": None, "C": "cost_line", "D": "budget", "E": "actual"}
    targets |= {"F": None, "G": None}
    table = TruthTable("Budget vs Actual", top, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


SHEEP_TEAMS = {
    "Station staff": [("Hamish McRae", "Station Manager"), ("Kiri Waititi", "Head Shepherd")],
    "Builders": [("Tane Parata", "Builder"), ("Ollie Grant", "Apprentice Builder"),
                 ("Sione Fifita", "Roofer")],
    "Specialists": [("Priya Raman", "Structural Engineer"), ("Lucy Harte", "Electrician")],
}  # fmt: skip


def nz_sheep_station_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A NZ sheep station's woolshed rebuild resource plan in person-days: team heading
    rows, team totals, a grand total, the header repeated after a page line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resourcing")
    ws["A1"] = "Mount Nicholas Station - Woolshed Rebuild Resource Plan 2026 (person-days)"
    labels = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    head = ["Name", "Role", *labels]
    top = 3
    _put(ws, top, 1, [head])
    row, count = top + 1, 0
    grand = [0] * len(labels)
    for t, (team, people) in enumerate(SHEEP_TEAMS.items()):
        if t == 2:
            ws.cell(row, 1, "Page 1 of 2")
            _put(ws, row + 1, 1, [head])
            row += 2
        ws.cell(row, 1, team)
        row += 1
        tot = [0] * len(labels)
        for who, role in people:
            days = [rng.choice([0, 2, 5, 10, 15, 20]) for _ in labels]
            count += sum(1 for d in days if d)
            tot = [a + b for a, b in zip(tot, days, strict=True)]
            _put(ws, row, 1, [[who, role, *[d or None for d in days]]])
            row += 1
        _put(ws, row, 1, [["Team total", None, *tot]])
        grand = [a + b for a, b in zip(grand, tot, strict=True)]
        row += 1
    _put(ws, row + 1, 1, [["TOTAL DAYS", None, *grand]])
    path = _save(wb, folder, "nz_sheep_station_resource_plan")
    table = TruthTable("Resourcing", top, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


POTTERY_MILESTONES = [
    "Bottle kiln survey complete",
    "Listed building consent granted",
    "Old kiln decommissioned",
    "New gas kiln delivered",
    "Kiln commissioned and first firing",
    "Factory shop reopens",
]
POTTERY_OWNERS = ["Ian Shufflebotham", "Claire Bagnall", "Mo Hussain"]


def uk_pottery_gantt_milestones(folder: Path, rng: random.Random) -> Built:
    """An English pottery works' milestone plan with a Gantt bar of shaded week cells
    beside the dates, a blank spacer column before it, a `Key:` line under it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestone Plan")
    ws["A1"] = "Middleport Pottery Kiln Rebuild - Milestone Plan"
    head = ["ID", "Milestone", "Owner", "Baseline", "Forecast", "Actual", "Status"]
    top = 3
    _put(ws, top, 1, [head])
    weeks = [date(2026, 1, 5) + timedelta(weeks=w) for w in range(20)]
    ws.cell(top - 1, 9, "Week commencing")
    for w, wc in enumerate(weeks):
        ws.cell(top, 9 + w, wc).number_format = "dd-mmm"
    ws.column_dimensions["H"].width = 2
    base = sorted(weeks[0] + timedelta(days=rng.randrange(3, 130)) for _ in POTTERY_MILESTONES)
    base = _past_twelfth(base)
    fcs = [d + timedelta(days=rng.choice([0, 0, 7, 14])) for d in base]
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(POTTERY_MILESTONES):
        who = rng.choice(POTTERY_OWNERS)
        actual = fcs[i] if i < done else None
        st = "Complete" if i < done else rng.choice(["In Progress", "At Risk", "Not Started"])
        cells = [f"M{i + 1:02d}", name, who, base[i], fcs[i], actual, st]
        _put(ws, top + 1 + i, 1, [cells])
        for c in (4, 5, 6):
            ws.cell(top + 1 + i, c).number_format = "dd-mmm-yy"
        start = fcs[i] - timedelta(days=21)
        for w, wc in enumerate(weeks):
            if start <= wc <= fcs[i]:
                ws.cell(top + 1 + i, 9 + w).fill = SHADE
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),  # audit: `M01` keeps its number
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fcs[i]),
            ValueFact("milestones", i, "status", st),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    n = len(POTTERY_MILESTONES)
    ws.cell(top + n + 2, 1, "Key: shaded = planned activity up to the forecast date")
    path = _save(wb, folder, "uk_pottery_gantt_milestones")
    targets: Targets = _cols("A", ["id", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Milestone Plan", top, targets, n)], values)


PEARL_MILESTONES = [
    "Hatchery tanks installed",
    "First spat settlement",
    "Longline anchors certified by BFAR",
    "Nucleation team trained",
    "First grafting season",
]


def ph_pearl_farm_status_boxes(folder: Path, rng: random.Random) -> Built:
    """A Philippine pearl farm hatchery's status report of labelled boxes: a header box of
    label / value pairs, a RAG box, a key milestones box, a prepared-by line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "MONTHLY PROJECT STATUS REPORT"
    report = date(2026, 2, 27)
    pairs: list[list[object]] = [
        ["Project", "Palawan South Sea Pearl Hatchery"],
        ["Project Manager", "Maria Santos-Reyes"],
        ["Sponsor", "Jaime Villanueva"],
        ["Reporting Period End", report],
    ]
    _put(ws, 3, 1, pairs)
    ws["B6"].number_format = "dd mmm yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    ws["D3"] = "RAG STATUS"
    _put(ws, 4, 4, [["Overall", rags[0]], ["Schedule", rags[1]], ["Cost", rags[2]]])
    _put(ws, 7, 4, [["Scope", rags[3]]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Palawan South Sea Pearl Hatchery"),
        ValueFact("project", 0, "project_manager", "Maria Santos-Reyes"),
        ValueFact("project", 0, "sponsor", "Jaime Villanueva"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
    ]
    ws["A10"] = "KEY MILESTONES"
    top = 11
    _put(ws, top, 1, [["Milestone", "Due", "Forecast", "Status"]])
    due = _days(rng, len(PEARL_MILESTONES), date(2025, 11, 3))
    for i, name in enumerate(PEARL_MILESTONES):
        fc = due[i] + timedelta(days=rng.choice([0, 7, 30]))
        st = "Complete" if i == 0 else rng.choice(["On Track", "At Risk"])
        _put(ws, top + 1 + i, 1, [[name, due[i], fc, st]])
        for c in (2, 3):
            ws.cell(top + 1 + i, c).number_format = "dd mmm yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if st != "On Track":
            values.append(ValueFact("milestones", i, "status", st))
    n = len(PEARL_MILESTONES)
    ws.cell(top + n + 2, 1, "Prepared by: Maria Santos-Reyes, 27 Feb 2026")
    path = _save(wb, folder, "ph_pearl_farm_status_boxes")
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    return Built(path, [_one("milestones", "Status Report", top, targets, n)], values)


TIDAL_LINES = ["Breakwater rock armour", "Turbine housings", "Grid connection",
               "Environmental monitoring", "Owner's engineer"]  # fmt: skip


def uk_tidal_lagoon_forecast_ytd(folder: Path, rng: random.Random) -> Built:
    """A Welsh tidal lagoon's cost forecast printed in two blocks of six months each, an
    `Actual` / `Forecast` row over `Apr-26` month text, YTD / full-year / variance columns."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Swansea Bay Tidal Lagoon Enabling Works - Cost Forecast FY2026/27 (GBP)"
    months = _months(date(2026, 4, 1), 12)
    done = 5  # Apr..Aug actual
    lines = rng.sample(TIDAL_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    tables: list[TruthTable] = []
    earlier: dict[str, list[int]] = {}  # each line's first six months, for YTD and full year
    top = 4
    for block in range(2):
        ms = months[6 * block : 6 * block + 6]
        if block:
            top = top + len(lines) + 4
            ws.cell(top - 2, 1, "Page 2 of 2")
        _put(ws, top - 1, 2, [["Actual" if 6 * block + m < done else "Forecast"
                                for m in range(6)]])  # fmt: skip
        head: list[object] = ["Cost Line", *[f"{m:%b}-{m:%y}" for m in ms]]
        if block == 1:
            head += ["YTD Actual", "Full Year Forecast", "Budget", "Variance", "Variance %"]
        _put(ws, top, 1, [head])
        for r, line in enumerate(lines):
            amounts = [rng.randrange(2, 90) * 10000 for _ in ms]
            _put(ws, top + 1 + r, 1, [[line, *amounts]])
            for m, month in enumerate(ms):
                k = 6 * block + m
                measure = "actual" if k < done else "forecast"
                values.append(ValueFact("finance", (month, line), measure, float(amounts[m])))
            if block == 0:
                earlier[line] = amounts
            else:
                ytd = sum(earlier[line][:done])
                fy = sum(earlier[line]) + sum(amounts)
                budget = round(fy * rng.uniform(0.9, 1.1), -4)
                extra = [ytd, fy, budget, budget - fy, (budget - fy) / budget]
                _put(ws, top + 1 + r, 8, [extra])
        # the first block's table counts every month's line items; the second block holds
        # the same lines' later months, no new ones
        count = len(months) * len(lines) if block == 0 else 0
        targets: Targets = {"A": "cost_line"}
        if block == 1:
            targets |= _cols("H", [None, None, None, None, None])
        tables.append(TruthTable("Forecast", top, "finance", targets, {"finance": count}))
    path = _save(wb, folder, "uk_tidal_lagoon_forecast_ytd")
    return Built(path, tables, values)


HELD_OUT_43: tuple[Layout, ...] = (
    Layout(
        "uk_pier_raid_print",
        "UK pier restoration mixed RAID log for print (version table, header repeated, sign-off)",
        uk_pier_raid_print,
    ),
    Layout(
        "au_opal_field_risks_split",
        "Australian opal field risk register split over Risks and Risks (cont.), scoring key",
        au_opal_field_risks_split,
    ),
    Layout(
        "ie_abbey_issue_log_grouped",
        "Irish abbey issue log (workstream headings, wrapped headers, Page n of 3 lines)",
        ie_abbey_issue_log_grouped,
    ),
    Layout(
        "ca_cemetery_assumptions_cover",
        "Canadian cemetery assumption log (cover block, version table, sign-off, A-01)",
        ca_cemetery_assumptions_cover,
    ),
    Layout(
        "in_jute_mill_dependencies_spacers",
        "Indian jute mill dependency register (spacer columns, wrapped headers, dd-mm-yyyy)",
        in_jute_mill_dependencies_spacers,
    ),
    Layout(
        "sg_netball_decisions_signoff",
        "Singapore netball centre board-pack decision log (RESTRICTED lines, DL-001, noted by)",
        sg_netball_decisions_signoff,
    ),
    Layout(
        "za_saltworks_budget_quarters",
        "SA saltworks budget phasing (Jan Feb Mar Q1 .., Full Year, category subtotals)",
        za_saltworks_budget_quarters,
    ),
    Layout(
        "us_honey_packer_bva_variance",
        "US honey packer budget vs actual, long (variance, variance %, subtotals, page line)",
        us_honey_packer_bva_variance,
    ),
    Layout(
        "nz_sheep_station_resource_plan",
        "NZ sheep station resource plan in person-days (team headings and totals, page line)",
        nz_sheep_station_resource_plan,
    ),
    Layout(
        "uk_pottery_gantt_milestones",
        "English pottery milestone plan with a Gantt bar of shaded week cells",
        uk_pottery_gantt_milestones,
    ),
    Layout(
        "ph_pearl_farm_status_boxes",
        "Philippine pearl farm status report of labelled boxes (RAG box, key milestones)",
        ph_pearl_farm_status_boxes,
    ),
    Layout(
        "uk_tidal_lagoon_forecast_ytd",
        "Welsh tidal lagoon cost forecast in two printed blocks (A/F row, YTD, full year)",
        uk_tidal_lagoon_forecast_ytd,
    ),
)
