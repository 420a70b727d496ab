"""Round 27's bilingual probe: seeded registers and trackers written in TWO languages at once.

Written by the round-27 engineer who tunes the bilingual mechanisms (issue 15), NOT a copy of
any batch: public bodies and multinationals of bilingual countries keep their registers with
both languages in one header cell (``Risk / Risque``, ``Verantwortlich (Responsable)``,
``المالك Owner``, ``決定 Decision``, two lines of one cell), with one header row per language
(English over Afrikaans, French over Dutch, with or without a merged group label above), an
English template filled in the local language or a local template filled in English, and a
finance tracker whose months are the local month names.

Twelve settings in two halves: ``tune`` (the mechanisms were tuned on these) and ``kept``
(never looked at while tuning: scored before and after only, to say whether the mechanisms
generalise). Usage::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/adopt_bilingual.py [--seed N] [--misses]

The ground truth says what a PMO analyst reading the sheet would say; an ID column's value
(renumbered or kept) gives no fact.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parent))
from adopt_generalisation import Score, run_half
from adopt_layouts import Built, Layout, Targets, TruthTable, ValueFact, _days, _letters

THREE = {"High": 5.0, "Medium": 3.0, "Low": 1.0}
PEOPLE = ["Anne Tremblay", "Marc Dubois", "Priya Nair", "Johan Botha", "Grace Wanjiru"]


@dataclass
class Col:
    """One column of a register: its standard key, its header (one cell, or one per header
    row), and how each row's cell is written and what a person reads from it."""

    key: str | None
    header: tuple[str, ...]
    kind: str  # "id", "text", "owner", "words", "date"
    words: dict[str, object] = field(default_factory=dict)  # cell word -> expected value
    texts: list[str] = field(default_factory=list)
    date_form: Callable[[date], object] | None = None


def _months(names: str) -> Callable[[date], str]:
    """A day-month-year date with a language's month names (``14 mars 2026``)."""
    months = names.split()
    return lambda d: f"{d.day} {months[d.month - 1]} {d.year}"


FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
NL_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
AF_MONTHS = (
    "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember"
)
CY_MONTHS = "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr"
FI_MONTHS = "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"
TL_MONTHS = (
    "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre"
)


def _dotted(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _slashed(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _cjk(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _register(
    folder: Path,
    rng: random.Random,
    name: str,
    sheet: str,
    register: str,
    cols: list[Col],
    *,
    title: str = "",
    group: str | None = None,
    top: int = 3,
) -> Built:
    """A register of one table: a title in row 1, an optional merged group label, the header
    (one row, or one row per language), then 4-6 items."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    if title:
        ws["A1"] = title
    if group:
        ws.cell(top, 1, group)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=len(cols))
        top += 1
    depth = max(len(c.header) for c in cols)
    for r in range(depth):
        for c, col in enumerate(cols):
            if r < len(col.header):
                ws.cell(top + r, c + 1, col.header[r])
    first = top + depth
    n = rng.randint(4, 6)
    dates = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i in range(n):
        for c, col in enumerate(cols):
            cell: object
            if col.kind == "id":
                cell = i + 1
            elif col.kind == "text":
                cell = col.texts[i]
                values.append(ValueFact(register, i, str(col.key), cell))
            elif col.kind == "owner":
                cell = rng.choice(PEOPLE)
                values.append(ValueFact(register, i, str(col.key), cell))
            elif col.kind == "words":
                cell = rng.choice(list(col.words))
                values.append(ValueFact(register, i, str(col.key), col.words[cell]))
            else:
                assert col.date_form is not None
                cell = col.date_form(dates[i])
                values.append(ValueFact(register, i, str(col.key), dates[i]))
            ws.cell(first + i, c + 1, cell)  # type: ignore[arg-type]
    path = folder / f"{name}.xlsx"
    wb.save(path)
    targets: Targets = dict(
        zip(
            _letters("A", len(cols)),
            [("id", None) if c.kind == "id" else c.key for c in cols],
            strict=True,
        )
    )
    truth = TruthTable(sheet, first - 1, register, targets, {register: n})
    return Built(path, [truth], values)


RISKS = [
    "Supplier delay on signage",
    "Translation backlog",
    "Budget overrun on licences",
    "Loss of key analyst",
    "Data centre outage",
    "Late legal review",
]
ISSUES = [
    "Server delivery late",
    "Form not accessible",
    "Contract unsigned",
    "Test data missing",
    "Licence expired",
    "Help desk overloaded",
]
DECISIONS = [
    "Use a single supplier",
    "Split the rollout in two",
    "Move the archive to the cloud",
    "Delay training by a month",
    "Hire an external auditor",
    "Freeze scope until go-live",
]
REASONS = ["Lower cost", "Less risk", "Faster", "Required by law", "Board request", "Capacity"]
ASSUMPTIONS = [
    "Funding confirmed in March",
    "Staff available for training",
    "Network ready at every site",
    "Vendor keeps its price",
    "Regulator approves the design",
    "Data can be migrated",
]


def canada_risk_slash(folder: Path, rng: random.Random) -> Built:
    """Canada: `English / French` in one header cell; an English template filled in French
    (levels, statuses, dates with French month names)."""
    fr3 = {"Élevée": 5.0, "Moyenne": 3.0, "Faible": 1.0}
    cols = [
        Col(None, ("Risk ID / ID du risque",), "id"),
        Col("title", ("Risk / Risque",), "text", texts=RISKS),
        Col("owner", ("Owner / Responsable",), "owner"),
        Col("probability", ("Probability / Probabilité",), "words", fr3),
        Col("impact", ("Impact / Incidence",), "words", fr3),
        Col("status", ("Status / État",), "words", {"Ouvert": "Open", "Fermé": "Closed"}),
        Col(
            "raised_date",
            ("Date identified / Date de détection",),
            "date",
            date_form=_months(FR_MONTHS),
        ),
    ]
    return _register(folder, rng, "canada_risk_slash", "Risques - Risks", "risks", cols)


def swiss_issue_parentheses(folder: Path, rng: random.Random) -> Built:
    """Switzerland: `Deutsch (Français)` in one header cell; values in German, dotted dates."""
    de3 = {"Hoch": "High", "Mittel": "Medium", "Niedrig": "Low"}
    states = {"Offen": "Open", "In Bearbeitung": "In Progress", "Erledigt": "Resolved"}
    cols = [
        Col(None, ("Nr. (No)",), "id"),
        Col("title", ("Problem (Problème)",), "text", texts=ISSUES),
        Col("owner", ("Verantwortlich (Responsable)",), "owner"),
        Col("priority", ("Priorität (Priorité)",), "words", de3),
        Col("status", ("Status (Statut)",), "words", states),
        Col("due_date", ("Fällig am (Échéance)",), "date", date_form=_dotted),
    ]
    return _register(folder, rng, "swiss_issue_parentheses", "Probleme", "issues", cols)


def gulf_risk_mixed_script(folder: Path, rng: random.Random) -> Built:
    """The Gulf: Arabic and English side by side in one cell, no separator; Arabic values."""
    ar3 = {"عالي": 5.0, "متوسط": 3.0, "منخفض": 1.0}
    cols = [
        Col(None, ("الرقم No.",), "id"),
        Col("title", ("المخاطرة Risk",), "text", texts=RISKS),
        Col("owner", ("المالك Owner",), "owner"),
        Col("probability", ("الاحتمالية Probability",), "words", ar3),
        Col("impact", ("التأثير Impact",), "words", ar3),
        Col("status", ("الحالة Status",), "words", {"مفتوح": "Open", "مغلق": "Closed"}),
        Col("raised_date", ("تاريخ التحديد Date Identified",), "date", date_form=_slashed),
    ]
    return _register(folder, rng, "gulf_risk_mixed_script", "Risks", "risks", cols)


def belgium_issue_two_rows(folder: Path, rng: random.Random) -> Built:
    """Belgium: one header row per language (French over Dutch); values in Dutch."""
    nl3 = {"Hoog": "High", "Gemiddeld": "Medium", "Laag": "Low"}
    states = {"Open": "Open", "In behandeling": "In Progress", "Opgelost": "Resolved"}
    cols = [
        Col(None, ("N°", "Nr."), "id"),
        Col("title", ("Problème", "Probleem"), "text", texts=ISSUES),
        Col("owner", ("Responsable", "Verantwoordelijke"), "owner"),
        Col("priority", ("Priorité", "Prioriteit"), "words", nl3),
        Col("status", ("Statut", "Status"), "words", states),
        Col("due_date", ("Date d'échéance", "Vervaldatum"), "date", date_form=_months(NL_MONTHS)),
    ]
    return _register(folder, rng, "belgium_issue_two_rows", "Problèmes", "issues", cols)


def hong_kong_decisions(folder: Path, rng: random.Random) -> Built:
    """Hong Kong: Traditional Chinese and English in one cell, no separator; CJK dates."""
    cols = [
        Col(None, ("編號 No.",), "id"),
        Col("decision", ("決定 Decision",), "text", texts=DECISIONS),
        Col("made_by", ("決策人 Decided By",), "owner"),
        Col("date", ("日期 Date",), "date", date_form=_cjk),
        Col("rationale", ("理由 Rationale",), "text", texts=REASONS),
    ]
    return _register(folder, rng, "hong_kong_decisions", "決定 Decisions", "decisions", cols)


def _finance(
    folder: Path,
    rng: random.Random,
    name: str,
    sheet: str,
    heads: tuple[str, str],
    measures: dict[str, str],
    month_names: str,
    lines: list[str],
) -> Built:
    """A finance tracker: cost line and measure columns, months across as the local month
    names with the year (``tammikuu 2026``)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    nm = 6
    months = [date(2026, m + 1, 1) for m in range(nm)]
    names = month_names.split()
    ws.append([])
    ws.append([])
    ws.append([heads[0], heads[1], *[f"{names[m]} 2026" for m in range(nm)]])
    data: list[ValueFact] = []
    for line in lines:
        for word, key in measures.items():
            row: list[object] = [line, word]
            for m in range(nm):
                amount = float(rng.randrange(1, 40) * 250)
                row.append(amount)
                data.append(ValueFact("finance", (months[m], line), key, amount))
            ws.append(row)
    path = folder / f"{name}.xlsx"
    wb.save(path)
    truth = TruthTable(
        sheet,
        3,
        "finance",
        {"A": "cost_line", "B": "measure"},
        {"finance": len(lines) * nm},
    )
    return Built(path, [truth], data)


def finland_finance(folder: Path, rng: random.Random) -> Built:
    """Finland: `suomi / svenska` headers, Finnish measure words, Finnish month names."""
    return _finance(
        folder,
        rng,
        "finland_finance",
        "Talous - Ekonomi",
        ("Kustannuserä / Kostnadspost", "Mittari / Mått"),
        {"Budjetti": "budget", "Toteuma": "actual"},
        FI_MONTHS,
        ["Henkilöstö", "Laitteet", "Konsultit"],
    )


def wales_decisions_two_lines(folder: Path, rng: random.Random) -> Built:
    """Wales: Welsh over English on two lines of each header cell; Welsh month names."""
    cols = [
        Col(None, ("Rhif\nNo.",), "id"),
        Col("decision", ("Penderfyniad\nDecision",), "text", texts=DECISIONS),
        Col("made_by", ("Gwnaed gan\nMade by",), "owner"),
        Col("date", ("Dyddiad\nDate",), "date", date_form=_months(CY_MONTHS)),
        Col("rationale", ("Rhesymeg\nRationale",), "text", texts=REASONS),
    ]
    return _register(folder, rng, "wales_decisions_two_lines", "Penderfyniadau", "decisions", cols)


def india_risk_mixed(folder: Path, rng: random.Random) -> Built:
    """India: Hindi and English in one cell; a local template filled partly in English
    (levels in English, statuses in Hindi)."""
    cols = [
        Col(None, ("क्रम सं. S.No.",), "id"),
        Col("title", ("जोखिम Risk",), "text", texts=RISKS),
        Col("owner", ("स्वामी Owner",), "owner"),
        Col("probability", ("संभावना Probability",), "words", dict(THREE)),
        Col("impact", ("प्रभाव Impact",), "words", dict(THREE)),
        Col("status", ("स्थिति Status",), "words", {"खुला": "Open", "बंद": "Closed"}),
    ]
    return _register(folder, rng, "india_risk_mixed", "जोखिम रजिस्टर", "risks", cols)


def south_africa_two_rows(folder: Path, rng: random.Random) -> Built:
    """South Africa: a merged group label, then English over Afrikaans; Afrikaans values."""
    af3 = {"Hoog": 5.0, "Medium": 3.0, "Laag": 1.0}
    cols = [
        Col("title", ("Risk", "Risiko"), "text", texts=RISKS),
        Col("owner", ("Owner", "Eienaar"), "owner"),
        Col("probability", ("Likelihood", "Waarskynlikheid"), "words", af3),
        Col("impact", ("Impact", "Impak"), "words", af3),
        Col("status", ("Status", "Status"), "words", {"Oop": "Open", "Gesluit": "Closed"}),
        Col("raised_date", ("Date raised", "Datum geopper"), "date", date_form=_months(AF_MONTHS)),
    ]
    return _register(
        folder, rng, "south_africa_two_rows", "Risks", "risks", cols, group="Risiko / Risk"
    )


def catalonia_issue_slash(folder: Path, rng: random.Random) -> Built:
    """Catalonia: `català / castellano` in one cell; Catalan values, slashed dates."""
    ca3 = {"Alta": "High", "Mitjana": "Medium", "Baixa": "Low"}
    states = {"Oberta": "Open", "En curs": "In Progress", "Resolta": "Resolved"}
    cols = [
        Col(None, ("Núm. / Núm.",), "id"),
        Col("title", ("Incidència / Incidencia",), "text", texts=ISSUES),
        Col("owner", ("Responsable / Responsable",), "owner"),
        Col("priority", ("Prioritat / Prioridad",), "words", ca3),
        Col("status", ("Estat / Estado",), "words", states),
        Col("due_date", ("Data límit / Fecha límite",), "date", date_form=_slashed),
    ]
    return _register(folder, rng, "catalonia_issue_slash", "Incidències", "issues", cols)


def kenya_assumptions(folder: Path, rng: random.Random) -> Built:
    """Kenya: `Kiswahili / English` in one cell; an English template's values in English."""
    states = {"Open": "Open", "Validated": "Validated", "Invalid": "Invalid"}
    cols = [
        Col(None, ("Nambari / No.",), "id"),
        Col("assumption", ("Dhana / Assumption",), "text", texts=ASSUMPTIONS),
        Col("owner", ("Mmiliki / Owner",), "owner"),
        Col("status", ("Hali / Status",), "words", states),
    ]
    return _register(folder, rng, "kenya_assumptions", "Dhana", "assumptions", cols)


def philippines_finance(folder: Path, rng: random.Random) -> Built:
    """The Philippines: an English tracker whose months are Filipino month names."""
    return _finance(
        folder,
        rng,
        "philippines_finance",
        "Budget",
        ("Cost Line", "Measure"),
        {"Budget": "budget", "Actual": "actual"},
        TL_MONTHS,
        ["Personnel", "Equipment", "Training"],
    )


def quebec_title_block(folder: Path, rng: random.Random) -> Built:
    """Quebec: a bilingual title block (`Projet / Project:`, `Chef de projet / Project
    Manager:`) over an English template filled in French (issue log)."""
    fr3 = {"Élevée": "High", "Moyenne": "Medium", "Basse": "Low"}
    states = {"Ouvert": "Open", "En cours": "In Progress", "Résolu": "Resolved", "Fermé": "Closed"}
    cols = [
        Col(None, ("ID",), "id"),
        Col("title", ("Issue",), "text", texts=ISSUES),
        Col("owner", ("Assigned to",), "owner"),
        Col("priority", ("Priority",), "words", fr3),
        Col("status", ("Status",), "words", states),
        Col("due_date", ("Due date",), "date", date_form=_months(FR_MONTHS)),
    ]
    built = _register(folder, rng, "quebec_title_block", "Issues", "issues", cols, top=6)
    wb = openpyxl.load_workbook(built.path)
    ws = wb["Issues"]
    ws["A1"] = "Registre des problèmes / Issue Log"
    ws["A2"], ws["B2"] = "Projet / Project:", "Modernisation du guichet unique"
    ws["A3"], ws["B3"] = "Chef de projet / Project Manager:", "Sophie Gagnon"
    wb.save(built.path)
    built.values += [
        ValueFact("project", 0, "project_name", "Modernisation du guichet unique"),
        ValueFact("project", 0, "project_manager", "Sophie Gagnon"),
    ]
    return built


def swiss_two_registers(folder: Path, rng: random.Random) -> Built:
    """Switzerland: one workbook, a French risk register and a German issue log, each read
    in its own language (dates with French and German month names)."""
    fr3 = {"Élevée": 5.0, "Moyenne": 3.0, "Faible": 1.0}
    risks = [
        Col("title", ("Risque",), "text", texts=RISKS),
        Col("owner", ("Responsable",), "owner"),
        Col("probability", ("Probabilité",), "words", fr3),
        Col("impact", ("Impact",), "words", fr3),
        Col("status", ("Statut",), "words", {"Ouvert": "Open", "Clos": "Closed"}),
        Col("raised_date", ("Date d'identification",), "date", date_form=_months(FR_MONTHS)),
    ]
    de3 = {"Hoch": "High", "Mittel": "Medium", "Tief": "Low"}
    de_months = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    issues = [
        Col("title", ("Problem",), "text", texts=ISSUES),
        Col("owner", ("Verantwortlich",), "owner"),
        Col("priority", ("Priorität",), "words", de3),
        Col("status", ("Status",), "words", {"Offen": "Open", "Erledigt": "Resolved"}),
        Col(
            "due_date",
            ("Termin",),
            "date",
            date_form=lambda d: f"{d.day}. {de_months.split()[d.month - 1]} {d.year}",
        ),
    ]
    first = _register(folder, rng, "swiss_two_registers", "Risques", "risks", risks)
    second = _register(folder, rng, "swiss_two_registers_b", "Probleme", "issues", issues)
    wb = openpyxl.load_workbook(first.path)
    other = openpyxl.load_workbook(second.path)["Probleme"]
    ws = wb.create_sheet("Probleme")
    for row in other.iter_rows():
        for cell in row:
            ws.cell(cell.row, cell.column, cell.value)
    wb.save(first.path)
    return Built(first.path, first.tables + second.tables, first.values + second.values)


def english_template_local_values(folder: Path, rng: random.Random) -> Built:
    """Belgium: an English risk template filled in Dutch (levels, statuses, yes/no on a
    review flag that maps nowhere) with a `Cost / Benefit` column (two concepts, one language)."""
    nl3 = {"Hoog": 5.0, "Gemiddeld": 3.0, "Laag": 1.0}
    cols = [
        Col(None, ("Ref",), "id"),
        Col("title", ("Risk Description",), "text", texts=RISKS),
        Col("owner", ("Risk Owner",), "owner"),
        Col("probability", ("Likelihood",), "words", nl3),
        Col("impact", ("Impact",), "words", nl3),
        Col(
            "status",
            ("Status",),
            "words",
            {"Open": "Open", "Gesloten": "Closed", "Opgevolgd": "Monitoring"},
        ),
        Col("raised_date", ("Date Raised",), "date", date_form=_months(NL_MONTHS)),
    ]
    return _register(folder, rng, "english_template_local_values", "Risks", "risks", cols)


TUNE: tuple[Layout, ...] = (
    Layout("canada_risk_slash", "Canadian federal agency (EN/FR)", canada_risk_slash),
    Layout("swiss_issue_parentheses", "Swiss canton (DE/FR)", swiss_issue_parentheses),
    Layout("gulf_risk_mixed_script", "Gulf ministry (AR/EN)", gulf_risk_mixed_script),
    Layout("belgium_issue_two_rows", "Belgian federal service (FR/NL)", belgium_issue_two_rows),
    Layout("hong_kong_decisions", "Hong Kong statutory body (ZH/EN)", hong_kong_decisions),
    Layout("finland_finance", "Finnish municipality (FI/SV)", finland_finance),
    Layout("quebec_title_block", "Quebec agency (FR/EN)", quebec_title_block),
    Layout("swiss_two_registers", "Swiss federal office (FR and DE)", swiss_two_registers),
    Layout(
        "english_template_local_values", "Flemish agency (EN/NL)", english_template_local_values
    ),
)
KEPT: tuple[Layout, ...] = (
    Layout("wales_decisions_two_lines", "Welsh council (CY/EN)", wales_decisions_two_lines),
    Layout("india_risk_mixed", "Indian state agency (HI/EN)", india_risk_mixed),
    Layout("south_africa_two_rows", "South African metro (EN/AF)", south_africa_two_rows),
    Layout("catalonia_issue_slash", "Catalan agency (CA/ES)", catalonia_issue_slash),
    Layout("kenya_assumptions", "Kenyan county (SW/EN)", kenya_assumptions),
    Layout("philippines_finance", "Philippine LGU (EN/TL)", philippines_finance),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for half, layouts in (("tune", TUNE), ("kept", KEPT)):
            total = Score()
            for name, score in run_half(layouts, args.seed, Path(tmp)).items():
                total.merge(score)
                right, facts = score.facts
                print(f"  {half}: {name}: {right}/{facts}")
                if args.misses:
                    for miss in score.misses:
                        print(f"      {miss}")
            right, facts = total.facts
            print(f"{half}: {right}/{facts} " + str({k: total.right[k] for k in total.right}))


if __name__ == "__main__":
    main()
