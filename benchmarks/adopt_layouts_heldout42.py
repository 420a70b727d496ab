"""The forty-second held-out batch (``HELD_OUT_42``, issue 15 round 28): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
CONVERTED AND PASTED: English registers and trackers that reached Excel by another route
than typing into Excel (a PDF or Word table converted, a Confluence, Teams or e-mail table
pasted, a CSV opened, a SharePoint list, Google Sheets, Numbers, Power BI and Tableau
exports, an ERP report), in sectors no earlier batch's docstring names (a cider mill, a water
park, a coast guard station, a rice mill, an ostrich farm, a marae, a crocodile park, a
greyhound stadium, a glassworks, a roller rink, a gurdwara, a sea salt works).

Registers:

- ``uk_cider_mill_pdf_risks``: a Herefordshire cider mill's risk register converted from a
  PDF: a page header (merged) and a `Page 1 of 2` footer as rows, the header split over two
  rows at odd places (`Risk` over `Ref`, `Date` over `Raised`, `Risk Owner` merged down),
  `Likelihood Impact` in ONE column whose cells hold both numbers (`4 3`), ids `R-01`, dates
  as day-first text with stray spaces, one description running on into the next row, page 2
  repeating the page header and the two header rows.
- ``us_water_park_confluence_decisions``: a Texas water park's decision log pasted from a
  Confluence page: the page heading on row 1, `#` 1, 2, 3, `Date` `Mar 14, 2026` text,
  decisions with non-breaking spaces and trailing spaces and a hyperlink, `Why` as bullet
  lines (`• ...` joined by line breaks), `Decided by` as `@Jordan Lee` mentions,
  `Reversible?` Yes / No.
- ``ca_coast_guard_sharepoint_issues``: a Nova Scotia coast guard station's SharePoint
  issue-tracking list exported: `Title`, `Issue Status` Active / Resolved / Closed,
  `Priority` `(1) High` / `(2) Normal` / `(3) Low`, `Assigned To`, `Date Raised` and `Due
  Date` date cells, `Description`, then SharePoint's `Created By`, `Modified`, `Item Type`,
  `Path`.
- ``in_rice_mill_csv_assumptions``: a Punjab rice mill's assumption log, a CSV opened in
  Excel (sheet named after the file): every value text, ids in literal quotes (`"A-007"`),
  ISO dates, `Validated` `TRUE` / `FALSE`, owners with leading and trailing spaces.
- ``za_ostrich_farm_gsheets_dependencies``: an Oudtshoorn ostrich farm's dependency tracker
  downloaded from Google Sheets: sheet `Sheet1`, ids `D1`, `Direction` Inbound / Outbound,
  `Other project` (a name), `Needed by` date cells shown `yyyy/mm/dd`, a `Delivered`
  checkbox column (TRUE / FALSE booleans), `Notes`.
- ``nz_marae_word_raid``: a Waikato marae's wharekai rebuild RAID document converted from
  Word: one sheet, a `1. Risks` heading and table (`No.`, word likelihood `Rare`..`Almost
  certain`, word consequence `Insignificant`..`Severe`, numbered `Actions` lines in one cell)
  and below it a `2. Issues` heading and table (`Raised` as `14 March 2026` text).

Trackers:

- ``au_crocodile_park_erp_costs``: a Northern Territory crocodile park's project cost report
  pasted from an ERP: a report header of five lines, `Period` `Jan 2026` text, `Cost
  Element` codes and names, `Plan` / `Actual` / `Variance` as text with currency codes
  (`AUD 12,500.00`), credits as `(1,200.00)` and `1,200.00-`, a `** Total` row per period.
- ``ie_greyhound_stadium_csv_budget``: an Irish greyhound stadium's budget export, a CSV
  opened in Excel: snake_case headers (`cost_code`, `budget_eur`), quoted cost codes, ISO
  `2026-01-01` periods, amounts as `1,234.50` text, empty actuals for future months.
- ``uk_glassworks_numbers_resources``: a Sunderland glassworks furnace rebuild's resource
  plan exported from Numbers: sheet `Table 1`, the title row `Table 1` (merged), `Name`,
  `Role`, months `Jan 2026` text, days per month.
- ``us_roller_rink_powerbi_milestones``: a US roller rink's milestone plan from Power BI's
  "export data": sheet `data`, a `Project` column, `Baseline Finish` / `Forecast Finish` /
  `Actual Finish` as `3/14/2026 12:00:00 AM` text, `Milestone Status`, an `Applied filters:`
  line under the data.
- ``ca_gurdwara_teams_status_report``: a Surrey (BC) gurdwara langar hall extension's
  status report pasted from a Teams message: label cells ending `:` in column A, values
  with non-breaking and trailing spaces in B, a `Report date:` `03/04/2026`, then a `Next
  milestones` table with ISO dates.
- ``wal_salt_works_tableau_budget``: an Anglesey sea salt works' budget vs actual from a
  Tableau crosstab export: sheet `Sheet 1`, `Cost Centre` written only on the first of its
  rows (Tableau blanks repeated dimension values), `Measure Names` Budget / Actual, months
  across as `January 2026`, amounts as `£12,500` text.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the cider mill's `Likelihood Impact` cell `4 3` is likelihood 4 and impact 3 (the header
  names them in that order; the truth column is either field); the description run on into
  the next row is ONE risk whose title is both parts joined by one space, and the run-on
  row is no item; the page footer, the repeated page header and header rows are no items;
  `R-01` is R-001; text dates are day first (UK, one past the 12th);
- the gurdwara report's `Report date:` `03/04/2026` (Canada writes both orders and no other
  text date in the report settles it): no report date fact; the milestones' `Date` (a
  forecast or a baseline?): no date fact; `Amber ` with a trailing space is Amber; the
  report's `Budget:` line is the cost RAG;
- the water park's `Decided by` `@Jordan Lee` is made by Jordan Lee (a Confluence mention);
  `Why` bullet lines: the rationale column, no value fact (the bullets and line breaks
  make the text's form two ways); `#` 1, 2, 3 (an id or a row number): no id fact;
  `Reversible?`: left out; non-breaking spaces in a decision are spaces, trailing ones none;
- the SharePoint list's `(2) Normal` priority is Medium (round 28's audit: the middle of
  SharePoint's three levels, as the seventh and twenty-seventh batches read `Normal`);
  `(1) High` is High and `(3) Low` is Low; `Active` is Open; `Modified` (the item's
  last edit, or the export's): the last-updated date or left out, no fact; `Created By`,
  `Item Type`, `Path`: left out;
- the rice mill's `Validated` `TRUE` is Validated, `FALSE` (Open, or Invalid?): no fact;
  `"A-007"` in quotes is A-007; `Impact if false` is the assumption's impact if false;
- the ostrich farm's `Delivered` TRUE is Delivered, FALSE (Open, On Track or Late?): no
  fact; `Other project` (a name, not a project id): mapped or left out, no fact; `D1` is
  D-001;
- the marae's likelihood words read by the AS/NZS ISO 31000 five-level scale (Rare 1,
  Unlikely 2, Possible 3, Likely 4, Almost certain 5) and consequence words likewise
  (Insignificant 1, Minor 2, Moderate 3, Major 4, Severe 5); `Actions` in numbered lines:
  the response column, no value fact; `No.` 1, 2: no id fact; the `1. Risks` / `2. Issues`
  heading rows are no items;
- the crocodile park's `(1,200.00)` and `1,200.00-` are -1,200 (an ERP credit); `AUD` is the
  currency; the cost element name is the cost line, its code the category or left out (no
  fact); `** Total` rows are no lines; `Variance` left out; the report header's `Run:`
  date is no project date; its `Project: CP-2291 Billabong Enclosure Rebuild` (a code and a
  name run together: an ID, a name, or both as the name?) has no fact (round 28's audit, as
  round 24's read the thirtieth batch's `Project: N00024-25-C-4410 ...`);
- the greyhound stadium's `_eur` headers make the currency EUR; an empty actual is no zero;
  `cost_code` the category or left out, no fact;
- the glassworks' days per month: counts only, no value facts (like earlier batches'
  resource plans); the `Table 1` title row is no header;
- the roller rink's `On Track` (In Progress, or no status at all?): no status fact, the
  standard's `Not Started` / `At Risk` / `Late` / `Complete` as written; an empty `Actual
  Finish` is no actual date; the `Project` column is left out; the `Applied filters:` line
  is no milestone;
- the salt works' `£` makes the currency GBP; a blank `Cost Centre` cell is the cost centre
  of the row above; an empty actual month is no zero.

Readings used: text dates are day first, except the US exports' (month first), one day past
the 12th in each column; ISO dates are year first; ids in the standard's shape keep their
number. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
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

NBSP = "\u00a0"


def _us(d: date) -> str:
    """A US text date, month first, no leading zeros (``3/14/2026``)."""
    return f"{d.month}/{d.day}/{d.year}"


def _money(amount: float) -> str:
    """An ERP amount as text: ``12,500.00``, a negative as ``(1,200.00)``."""
    return f"({-amount:,.2f})" if amount < 0 else f"{amount:,.2f}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

CIDER_RISKS = [
    "Press house floor slab cracks under the new belt press",
    "Orchard harvest arrives before the tanks are commissioned",
    "Trading Standards query the perry labelling",
    "Bottling line supplier misses the September window",
    "Pomace disposal contract with the anaerobic digester lapses",
    "Listed barn wall needs propping during the extension",
]
CIDER_RUNON = ("Environment Agency discharge permit for the wash-down water is not",
               "varied before the first pressing of the season")  # fmt: skip
CIDER_OWNERS = ["T. Bulmer", "H. Weston", "S. Knight", "A. Dunkerton"]
CIDER_HEADER = "Much Marcle Cider Mill - Press House Extension     Risk Register v3.2"


def _cider_page_head(ws: openpyxl.worksheet.worksheet.Worksheet, row: int) -> None:
    """A converted PDF page's header line and its two header rows from ``row`` on."""
    ws.cell(row, 1, CIDER_HEADER)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    top = ["Risk", "Date", "Risk", "Likelihood Impact", "Risk Owner", "Mitigating", "Status"]
    _put(ws, row + 2, 1, [top, ["Ref", "Raised", "Description", None, None, "Actions"]])
    ws.merge_cells(start_row=row + 2, start_column=5, end_row=row + 3, end_column=5)


def uk_cider_mill_pdf_risks(folder: Path, rng: random.Random) -> Built:
    """A cider mill's risk register converted from a PDF: page rows, split headers, two
    numbers in one cell, a description run on into the next row, text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Table 1")
    _cider_page_head(ws, 1)
    texts = rng.sample(CIDER_RISKS, 4)
    texts.insert(rng.randint(1, 3), " ".join(CIDER_RUNON))
    n = len(texts)
    raised = _days(rng, n, date(2025, 9, 8))
    values: list[ValueFact] = []
    row = 5
    for i, text in enumerate(texts):
        if i == 3:  # the page break: footer, blank, page header, header rows again
            ws.cell(row, 1, "Page 1 of 2")
            _cider_page_head(ws, row + 2)
            row += 6
        p, c, who = rng.randint(1, 5), rng.randint(1, 5), rng.choice(CIDER_OWNERS)
        plan = rng.choice(["Structural engineer to inspect", "Weekly call with the supplier"])
        st = rng.choice(["Open", "Open", "Closed"])
        first = CIDER_RUNON[0] if text == " ".join(CIDER_RUNON) else text
        cells = [f"R-{i + 1:02d}", f"{_dmy(raised[i])} ", first, f"{p} {c}", f"{who}  "]
        _put(ws, row, 1, [[*cells, plan, st]])
        row += 1
        if first != text:
            ws.cell(row, 3, CIDER_RUNON[1])
            row += 1
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    ws.cell(row, 1, "Page 2 of 2")
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description")])
    targets |= _cols("D", [("probability", "impact"), "owner", "response", "status"])
    return Built(_save(wb, folder, "uk_cider_mill_pdf_risks"), [_one("risks", "Table 1", 4,
                 targets, n)], values)  # fmt: skip


PARK_DECISIONS = [
    "Lazy river pumps replaced with variable-speed drives",
    "Wave pool closes on Mondays during the retiling",
    "Cabana booking moves to the ticketing platform",
    "Second lifeguard tower on the splash pad",
    "Slide tower repainted in the park's 2026 colors",
    "Food court keeps cash payments this season",
]
PARK_PEOPLE = ["Jordan Lee", "Maria Gonzales", "Tyler Brooks", "Ashley Nguyen"]
PARK_WHY = ["• Cheaper to run\n• Quieter at night", "• Lifeguard sight lines\n• Insurer asked",
            "• Fewer systems to support"]  # fmt: skip


def us_water_park_confluence_decisions(folder: Path, rng: random.Random) -> Built:
    """A water park's decision log pasted from Confluence: non-breaking spaces, bullets and
    line breaks in cells, @mentions, `Mar 14, 2026` text, Yes / No."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    ws["A1"] = "Decision log - Hurricane Harbor Refresh 2026"
    _put(ws, 2, 1, [["#", "Date", "Decision", "Why", "Decided by", "Reversible?"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PARK_DECISIONS, n)):
        who = rng.choice(PARK_PEOPLE)
        pasted = text.replace(" ", NBSP, 2) + "  "
        cells = [str(i + 1), f"{made[i]:%b} {made[i].day}, {made[i].year}", pasted]
        cells += [rng.choice(PARK_WHY), f"@{who}", rng.choice(["Yes", "No"])]
        _put(ws, 3 + i, 1, [cells])
        if i == 0:
            ws.cell(3, 3).hyperlink = "https://wiki.example.com/display/HHR/Decision+1"
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "us_water_park_confluence_decisions")
    return Built(path, [_one("decisions", "Sheet1", 2, targets, n)], values)


COAST_ISSUES = [
    "Boathouse slipway winch fails load test",
    "VHF repeater on the headland loses power at night",
    "Fuel tank bund cracked after the frost",
    "Crew quarters fire panel shows a ground fault",
    "Helipad lighting contractor not on site",
    "Wharf fender piles rotten below the tide line",
    "Radio room HVAC under-sized for the new consoles",
]
COAST_PEOPLE = ["Marie Dubois", "Connor MacNeil", "Aaron Sampson", "Gillian Boudreau"]


def ca_coast_guard_sharepoint_issues(folder: Path, rng: random.Random) -> Built:
    """A coast guard station's SharePoint issue list export: `(1) High` priorities,
    Active / Resolved / Closed, SharePoint's own columns at the end."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "query")
    head = ["Title", "Issue Status", "Priority", "Assigned To", "Date Raised", "Due Date"]
    head += ["Description", "Created By", "Modified", "Item Type", "Path"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2026, 1, 5))
    status = {"Active": "Open", "Resolved": "Resolved", "Closed": "Closed"}
    prio = {"(1) High": "High", "(2) Normal": "Medium", "(3) Low": "Low"}
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(COAST_ISSUES, n)):
        st, p, who = rng.choice(list(status)), rng.choice(list(prio)), rng.choice(COAST_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([7, 14, 30]))
        about = rng.choice(["Found at the monthly inspection", "Reported by the duty coxswain"])
        edited = raised[i] + timedelta(days=rng.randint(1, 9), hours=rng.randint(8, 17))
        cells: list[object] = [text, st, p, who, raised[i], due, about, "Kevin Hines"]
        cells += [edited, "Item", "sites/CCG-Maritimes/Lists/Station Issues"]
        _put(ws, 2 + i, 1, [cells])
        for c in (5, 6):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        ws.cell(2 + i, 9).number_format = "yyyy-mm-dd hh:mm"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "status", status[st]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "description", about),
            ValueFact("issues", i, "priority", prio[p]),
        ]
    targets: Targets = _cols("A", ["title", "status", "priority", "owner", "raised_date"])
    targets |= _cols("F", ["due_date", "description", None, ("last_updated", None), None, None])
    path = _save(wb, folder, "ca_coast_guard_sharepoint_issues")
    return Built(path, [_one("issues", "query", 1, targets, n)], values)


RICE_ASSUMPTIONS = [
    ("Paddy arrivals from the mandi stay above 400 t a day", "Dryer runs part-loaded"),
    ("The PSPCL connection is upgraded to 2 MW before kharif", "Polisher line cannot start"),
    ("Sortex machines clear customs at Mundra in March", "Export grading slips a month"),
    ("Husk boiler emission consent carries over", "New stack monitoring needed"),
    ("FCI custom milling rates unchanged this season", "Business case margin falls"),
]
RICE_OWNERS = ["Gurpreet Sandhu", "Harjit Kaur", "Ramesh Bansal", "Navdeep Gill"]


def in_rice_mill_csv_assumptions(folder: Path, rng: random.Random) -> Built:
    """A rice mill's assumption log, a CSV opened in Excel: all text, quoted ids, ISO dates,
    `TRUE` / `FALSE`, stray spaces."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "assumptions_export")
    head = ["Assumption ID", "Assumption", "Owner", "Logged On", "Validate By", "Validated"]
    _put(ws, 1, 1, [[*head, "Impact if false"]])
    n = rng.randint(4, 5)
    logged = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, if_false) in enumerate(rng.sample(RICE_ASSUMPTIONS, n)):
        who, ok = rng.choice(RICE_OWNERS), rng.choice(["TRUE", "FALSE"])
        by = logged[i] + timedelta(days=rng.choice([30, 45, 60]))
        cells = [f'"A-{i + 7:03d}"', text, f" {who} ", logged[i].isoformat(), by.isoformat()]
        _put(ws, 2 + i, 1, [[*cells, ok, if_false]])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 7:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "impact_if_false", if_false),
        ]
        if ok == "TRUE":
            values.append(ValueFact("assumptions", i, "status", "Validated"))
    targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date", "validate_by"])
    targets |= {"F": "status", "G": "impact_if_false"}
    path = _save(wb, folder, "in_rice_mill_csv_assumptions")
    return Built(path, [_one("assumptions", "assumptions_export", 1, targets, n)], values)


OSTRICH_DEPS = [
    ("Eskom supply upgrade to the incubator hall", "Inbound", "Klein Karoo Grid Works"),
    ("Export abattoir approval for the new chiller", "Inbound", "Abattoir Compliance 2026"),
    ("Feather sorting shed handed to the co-op", "Outbound", "Co-op Feather Store"),
    ("Borehole yield test results", "Inbound", "Water Security Project"),
    ("Chick numbers for the leather tannery forecast", "Outbound", "Leather Supply Plan"),
]
OSTRICH_OWNERS = ["Pieter Nel", "Anele Mokoena", "Karin Botha"]


def za_ostrich_farm_gsheets_dependencies(folder: Path, rng: random.Random) -> Built:
    """An ostrich farm's dependency tracker downloaded from Google Sheets: `Sheet1`, a
    checkbox column of TRUE / FALSE booleans, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    head = ["Dep ID", "Dependency", "Direction", "Other project", "Owner", "Needed by"]
    _put(ws, 1, 1, [[*head, "Delivered", "Notes"]])
    n = rng.randint(4, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way, other) in enumerate(rng.sample(OSTRICH_DEPS, n)):
        who, done = rng.choice(OSTRICH_OWNERS), rng.random() < 0.4
        note = rng.choice(["Chased by e-mail", "", "Waiting on a quote"])
        _put(ws, 2 + i, 1, [[f"D{i + 1}", text, way, other, who, need[i], done, note or None]])
        ws.cell(2 + i, 6).number_format = "yyyy/mm/dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
        ]
        if done:
            values.append(ValueFact("dependencies", i, "status", "Delivered"))
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["owner", "need_by", "status", None])
    path = _save(wb, folder, "za_ostrich_farm_gsheets_dependencies")
    return Built(path, [_one("dependencies", "Sheet1", 1, targets, n)], values)


MARAE_RISKS = [
    "Wharekai kitchen extraction not consented in time",
    "Carvings cannot be moved until the tangihanga season ends",
    "Builder's price for the ablution block rises again",
    "Volunteer working bees fall away over winter",
    "Septic field cannot take the extra load",
]
MARAE_ISSUES = [
    "Water tank leaking onto the new foundations",
    "Funding draw-down from the trust delayed",
    "Kitchen benches delivered the wrong height",
    "Access road rutted after the rain",
]
MARAE_PEOPLE = ["Hemi Walker", "Aroha Te Whata", "Mereana Tukere", "Rawiri Pene"]
LIKELIHOOD = {"Rare": 1.0, "Unlikely": 2.0, "Possible": 3.0, "Likely": 4.0,
              "Almost certain": 5.0}  # fmt: skip
CONSEQUENCE = {"Insignificant": 1.0, "Minor": 2.0, "Moderate": 3.0, "Major": 4.0,
               "Severe": 5.0}  # fmt: skip


def nz_marae_word_raid(folder: Path, rng: random.Random) -> Built:
    """A marae's RAID document converted from Word: a risks table and an issues table on
    one sheet under numbered headings, word scales, numbered action lines in a cell."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    ws["A1"] = "Te Awa Marae - Wharekai Rebuild: Risks and Issues (board paper, March 2026)"
    ws["A3"] = "1. Risks"
    _put(ws, 4, 1, [["No.", "Risk", "Likelihood", "Consequence", "Owner", "Actions"]])
    n = rng.randint(3, 5)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(MARAE_RISKS, n)):
        lk, cq = rng.choice(list(LIKELIHOOD)), rng.choice(list(CONSEQUENCE))
        who = rng.choice(MARAE_PEOPLE)
        acts = "1. Talk to council early\n2. Report to the trustees monthly"
        _put(ws, 5 + i, 1, [[i + 1, text, lk, cq, who, acts]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", LIKELIHOOD[lk]),
            ValueFact("risks", i, "impact", CONSEQUENCE[cq]),
            ValueFact("risks", i, "owner", who),
        ]
    top = 5 + n + 1
    ws.cell(top, 1, "2. Issues")
    _put(ws, top + 1, 1, [["No.", "Issue", "Raised", "Owner", "Status"]])
    m = rng.randint(3, 4)
    raised = _days(rng, m, date(2026, 1, 12))
    for i, text in enumerate(rng.sample(MARAE_ISSUES, m)):
        who, st = rng.choice(MARAE_PEOPLE), rng.choice(["Open", "In Progress", "Closed"])
        when = f"{raised[i].day} {raised[i]:%B} {raised[i].year}"
        _put(ws, top + 2 + i, 1, [[i + 1, text, when, who, st]])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", st),
        ]
    risks: Targets = _cols("A", [("id", None), "title", "probability", "impact", "owner"])
    risks |= {"F": "response"}
    issues: Targets = _cols("A", [("id", None), "title", "raised_date", "owner", "status"])
    tables = [_one("risks", "Sheet1", 4, risks, n), _one("issues", "Sheet1", top + 1, issues, m)]
    return Built(_save(wb, folder, "nz_marae_word_raid"), tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CROC_ELEMENTS = [("510100", "Enclosure steelwork"), ("510220", "Billabong lining"),
                 ("520310", "Viewing deck timber"), ("530040", "Filtration plant"),
                 ("540900", "Design fees")]  # fmt: skip


def au_crocodile_park_erp_costs(folder: Path, rng: random.Random) -> Built:
    """A crocodile park's ERP project cost report pasted into Excel: a five-line report
    header, amounts as text with `AUD`, `(1,200.00)` and `1,200.00-` credits, total rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    header = [
        "ZPS_COST_DETAIL  Project Cost Report",
        "Company: 1000 Top End Wildlife Parks Pty Ltd",
        "Project: CP-2291 Billabong Enclosure Rebuild",
        "Periods: Jan 2026 to Mar 2026          Currency: AUD",
        "Run: 06.04.2026 08:14 by SVC_FIN",
    ]
    _put(ws, 1, 1, [[h] for h in header])
    head = ["Period", "Cost Element", "Cost Element Name", "Plan", "Actual", "Variance"]
    _put(ws, 7, 1, [head])
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(CROC_ELEMENTS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 8
    for m, month in enumerate(months):
        label = f"{month:%b} {month.year}"
        tp = ta = 0.0
        for k, (code, name) in enumerate(lines):
            plan = rng.randrange(4, 90) * 500.0
            actual = round(plan * rng.uniform(0.7, 1.2), 2)
            if (m, k) in ((1, 0), (2, 1)):
                actual = -rng.randrange(2, 9) * 150.0  # a supplier credit note
            var = plan - actual
            shown = _money(actual)
            if actual < 0 and m == 1:
                shown = f"{-actual:,.2f}-"  # the other ERP credit form, trailing minus
            var_text = f"{-var:,.2f}-" if var < 0 else f"{var:,.2f}"
            _put(ws, row, 1, [[label, code, name, f"AUD {plan:,.2f}", f"AUD {shown}", var_text]])
            tp, ta = tp + plan, ta + actual
            values.append(ValueFact("finance", (month, name), "budget", plan))
            values.append(ValueFact("finance", (month, name), "actual", actual))
            row += 1
        _put(ws, row, 1, [[f"** Total {label}", None, None, f"AUD {tp:,.2f}",
                           f"AUD {_money(ta)}"]])  # fmt: skip
        row += 1
    targets: Targets = {"A": "month", "B": ("category", None), "C": "cost_line"}
    targets |= {"D": "budget", "E": "actual", "F": None}
    table = TruthTable("Report", 7, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(_save(wb, folder, "au_crocodile_park_erp_costs"), [table], values)


TRACK_LINES = [("GS-110", "Track resurfacing"), ("GS-120", "Kennel block"),
               ("GS-210", "Floodlights"), ("GS-230", "Totalisator screens"),
               ("GS-310", "Grandstand seating")]  # fmt: skip


def ie_greyhound_stadium_csv_budget(folder: Path, rng: random.Random) -> Built:
    """A greyhound stadium's budget export, a CSV opened in Excel: snake_case headers,
    quoted codes, ISO periods, `1,234.50` text, empty future actuals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "stadium_budget")
    head = ["cost_code", "cost_line", "period", "budget_eur", "actual_eur", "forecast_eur"]
    _put(ws, 1, 1, [head])
    months = _months(date(2026, 1, 1), 4)
    lines = rng.sample(TRACK_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 2
    for line_code, line in lines:
        for m, month in enumerate(months):
            budget = rng.randrange(10, 400) * 125.5
            actual = round(budget * rng.uniform(0.8, 1.15), 2) if m < 2 else None
            forecast = actual if actual is not None else budget
            cells = [f'"{line_code}"', line, month.isoformat(), f"{budget:,.2f}"]
            cells += ["" if actual is None else f"{actual:,.2f}", f"{forecast:,.2f}"]
            _put(ws, row, 1, [cells])
            row += 1
            values.append(ValueFact("finance", (month, line), "budget", budget))
            values.append(ValueFact("finance", (month, line), "forecast", forecast))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
    targets: Targets = _cols("A", [("category", None), "cost_line", "month", "budget"])
    targets |= {"E": "actual", "F": "forecast"}
    table = TruthTable("stadium_budget", 1, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "ie_greyhound_stadium_csv_budget"), [table], values)


GLASS_PEOPLE = [
    ("Joanne Milburn", "Project Manager"),
    ("Stephen Robson", "Furnace Engineer"),
    ("Priya Chauhan", "Refractory Specialist"),
    ("Dave Elliott", "Electrical Supervisor"),
    ("Karen Wilkinson", "Health and Safety Advisor"),
]


def uk_glassworks_numbers_resources(folder: Path, rng: random.Random) -> Built:
    """A glassworks furnace rebuild's resource plan exported from Numbers: the `Table 1`
    title row, `Jan 2026` month text, days per month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Table 1")
    ws["A1"] = "Table 1"
    labels = [f"{m:%b} {m.year}" for m in _months(date(2026, 1, 1), 6)]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2 + len(labels))
    _put(ws, 2, 1, [["Name", "Role", *labels]])
    people = rng.sample(GLASS_PEOPLE, 4)
    count = 0
    for r, (who, role) in enumerate(people):
        days = [rng.choice([0, 0, 4, 8, 10, 20]) for _ in labels]
        count += sum(1 for d in days if d)
        _put(ws, 3 + r, 1, [[who, role, *[d or None for d in days]]])
    table = TruthTable("Table 1", 2, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(_save(wb, folder, "uk_glassworks_numbers_resources"), [table], [])


RINK_MILESTONES = [
    "Maple floor delivered",
    "Old floor stripped",
    "Sound system installed",
    "Skate rental counter rebuilt",
    "Fire marshal inspection passed",
    "Grand reopening night",
]
RINK_OWNERS = ["Brandon Hayes", "Latoya Jenkins", "Matt Kowalski"]


def us_roller_rink_powerbi_milestones(folder: Path, rng: random.Random) -> Built:
    """A roller rink's milestone plan from Power BI's export data: date-time text, a
    project column, an `Applied filters:` line under the data."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "data")
    head = ["Project", "Milestone", "Owner", "Baseline Finish", "Forecast Finish"]
    _put(ws, 1, 1, [[*head, "Actual Finish", "Milestone Status"]])
    n = len(RINK_MILESTONES)
    base = _days(rng, n, date(2026, 1, 5))
    fc = _past_twelfth([d + timedelta(days=rng.choice([0, 0, 7, 15])) for d in base])
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(RINK_MILESTONES):
        who = rng.choice(RINK_OWNERS)
        st = "Complete" if i < done else rng.choice(["On Track", "At Risk", "Late", "Not Started"])
        actual = f"{_us(fc[i])} 12:00:00 AM" if i < done else None
        cells = ["Skate Palace Refit", name, who, f"{_us(base[i])} 12:00:00 AM"]
        _put(ws, 2 + i, 1, [[*cells, f"{_us(fc[i])} 12:00:00 AM", actual, st]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc[i]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", fc[i]))
        if st != "On Track":
            values.append(ValueFact("milestones", i, "status", st))
    ws.cell(3 + n, 1, "Applied filters:\nProgram is Rink Revamp")
    targets: Targets = _cols("A", [None, "milestone", "owner", "baseline_date", "forecast_date"])
    targets |= {"F": "actual_date", "G": "status"}
    path = _save(wb, folder, "us_roller_rink_powerbi_milestones")
    return Built(path, [_one("milestones", "data", 1, targets, n)], values)


GURDWARA_MILESTONES = ["Foundation pour", "Steel frame up", "Tandoor hall roofed",
                       "Commercial kitchen fit-out", "Occupancy permit"]  # fmt: skip


def ca_gurdwara_teams_status_report(folder: Path, rng: random.Random) -> Built:
    """A gurdwara extension's status report pasted from Teams: `Label:` cells, values with
    non-breaking and trailing spaces, an ambiguous report date, a milestones table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    pairs: list[list[object]] = [
        ["Project:", f"Langar{NBSP}Hall Extension "],
        ["PM:", f"Manpreet{NBSP}Dhillon"],
        ["Sponsor:", "Gurdwara Management Committee "],
        ["Report date:", "03/04/2026"],
        ["Overall status:", f"{rags[0]} "],
        ["Schedule:", rags[1]],
        ["Budget:", f"{NBSP}{rags[2]}"],
    ]
    _put(ws, 1, 1, pairs)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Langar Hall Extension"),
        ValueFact("project", 0, "project_manager", "Manpreet Dhillon"),
        ValueFact("project", 0, "sponsor", "Gurdwara Management Committee"),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
    ]
    ws["A10"] = "Next milestones"
    _put(ws, 11, 1, [["Milestone", "Date", "Status"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2026, 4, 6))
    for i, name in enumerate(GURDWARA_MILESTONES[:n]):
        st = rng.choice(["Not Started", "In Progress", "At Risk"])
        _put(ws, 12 + i, 1, [[f"{name} ", when[i].isoformat(), st]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "status", st),
        ]
    targets: Targets = {"A": "milestone", "B": ("forecast_date", "baseline_date", None)}
    targets |= {"C": "status"}
    path = _save(wb, folder, "ca_gurdwara_teams_status_report")
    return Built(path, [_one("milestones", "Sheet1", 11, targets, n)], values)


SALT_CENTRES = ["Evaporation pans", "Harvest shed", "Packing line", "Visitor centre",
                "Seawater intake"]  # fmt: skip


def wal_salt_works_tableau_budget(folder: Path, rng: random.Random) -> Built:
    """A sea salt works' budget vs actual from a Tableau crosstab: blank repeated cost
    centres, `Measure Names` rows, `January 2026` months across, `£12,500` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet 1")
    months = _months(date(2026, 1, 1), 4)
    _put(ws, 1, 1, [["Cost Centre", "Measure Names", *[f"{m:%B} {m.year}" for m in months]]])
    centres = rng.sample(SALT_CENTRES, 3)
    done = 2
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 2
    for centre in centres:
        budgets = [rng.randrange(4, 60) * 250 for _ in months]
        actuals = [round(b * rng.uniform(0.85, 1.2)) for b in budgets[:done]]
        _put(ws, row, 1, [[centre, "Budget", *[f"£{b:,}" for b in budgets]]])
        _put(ws, row + 1, 2, [["Actual", *[f"£{a:,}" for a in actuals]]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, centre), "budget", float(budgets[m])))
            if m < done:
                values.append(ValueFact("finance", (month, centre), "actual", float(actuals[m])))
    table = TruthTable("Sheet 1", 1, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(centres)})  # fmt: skip
    return Built(_save(wb, folder, "wal_salt_works_tableau_budget"), [table], values)


HELD_OUT_42: tuple[Layout, ...] = (
    Layout(
        "uk_cider_mill_pdf_risks",
        "UK cider mill risk register converted from PDF (page rows, split header, `4 3`)",
        uk_cider_mill_pdf_risks,
    ),
    Layout(
        "us_water_park_confluence_decisions",
        "US water park decision log pasted from Confluence (nbsp, bullets, @mentions)",
        us_water_park_confluence_decisions,
    ),
    Layout(
        "ca_coast_guard_sharepoint_issues",
        "Canadian coast guard SharePoint issue list export ((1) High, Item Type, Path)",
        ca_coast_guard_sharepoint_issues,
    ),
    Layout(
        "in_rice_mill_csv_assumptions",
        "Indian rice mill assumption log, CSV opened in Excel (text, ISO, TRUE/FALSE)",
        in_rice_mill_csv_assumptions,
    ),
    Layout(
        "za_ostrich_farm_gsheets_dependencies",
        "SA ostrich farm dependency tracker from Google Sheets (Sheet1, checkbox column)",
        za_ostrich_farm_gsheets_dependencies,
    ),
    Layout(
        "nz_marae_word_raid",
        "NZ marae risks and issues converted from Word (two tables, word scales)",
        nz_marae_word_raid,
    ),
    Layout(
        "au_crocodile_park_erp_costs",
        "Australian crocodile park ERP cost report (report header, AUD text, credits)",
        au_crocodile_park_erp_costs,
    ),
    Layout(
        "ie_greyhound_stadium_csv_budget",
        "Irish greyhound stadium budget CSV opened in Excel (snake_case, 1,234.50 text)",
        ie_greyhound_stadium_csv_budget,
    ),
    Layout(
        "uk_glassworks_numbers_resources",
        "UK glassworks resource plan exported from Numbers (Table 1 title, Jan 2026 text)",
        uk_glassworks_numbers_resources,
    ),
    Layout(
        "us_roller_rink_powerbi_milestones",
        "US roller rink milestone plan from Power BI export data (date-time text, filters)",
        us_roller_rink_powerbi_milestones,
    ),
    Layout(
        "ca_gurdwara_teams_status_report",
        "Canadian gurdwara status report pasted from Teams (Label: cells, 03/04/2026)",
        ca_gurdwara_teams_status_report,
    ),
    Layout(
        "wal_salt_works_tableau_budget",
        "Welsh sea salt works budget vs actual, Tableau crosstab (blank repeats, £ text)",
        wal_salt_works_tableau_budget,
    ),
)
