"""The Prioritisation sheet (SPEC 13): a live scoring model.

Weights and the budget are input cells at the top; every project's criteria are input
cells in the table. Score, Value, Rank, Cumulative Cost and Within Budget are Excel
formulas over them (COUNT, SUMPRODUCT, COUNTIF, SUMIFS: no dynamic arrays, so Excel 2016
and LibreOffice compute them), so changing a weight or a criterion re-ranks in Excel.
Each formula carries the value Python computed for it as its cached result. "Optimal
Selection" and "Reason" are Python's exact selection for the budget written (they do not
move with the inputs; run `pmo prioritise` again). The efficient frontier is a native chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.prioritise.run import BudgetOutcome, Prioritisation
from addin.rollup.cumulative_cost import cumulative_costs
from addin.rollup.text import clean_text
from addin.standards.prioritisation import CRITERIA, WSJF_PARTS

SHEET = "Prioritisation"
TABLE = "tblPrioritisation"
#: 0-based rows of the inputs and of the table's header.
BUDGET_ROW, WEIGHT_LABEL_ROW, WEIGHT_ROW, HEADER_ROW = 4, 6, 7, 10
INPUT_FILL = "#FFF2CC"
YES_FILL, NO_FILL = "#C6EFCE", "#F2F2F2"


@dataclass
class Columns:
    """0-based column of each part of the table."""

    criteria: list[str]  # criterion keys, in order

    def __post_init__(self) -> None:
        names = ["Project ID", "Project Name", "Portfolio", "Currency", "Mandatory"]
        names += [CRITERIA[k] for k in self.criteria]
        names += ["Cost", "Cost Basis", "Score", "Value", "Rank", "Cumulative Cost"]
        names += ["Within Budget", "Optimal Selection", "Reason", "Depends On"]
        self.names = names
        self.at = {name: i for i, name in enumerate(names)}
        self.first_criterion = 5

    def letter(self, name: str) -> str:
        return xl_col_to_name(self.at[name])


def write_prioritisation(
    wb: Workbook,
    ws: Worksheet,
    run: Prioritisation,
    outcome: BudgetOutcome | None,
    *,
    multi_currency: bool = False,
    table: str = TABLE,
    cumulative: list[float | None] | None = None,
) -> None:
    """Fill ``ws`` with the live model of ``run``, for ``outcome``'s budget (None: no
    budget given, the budget cell is left for the user to fill). ``cumulative``: each
    project's cumulative cost when it was worked out already (else it is here)."""
    fmt_title = wb.add_format({"bold": True, "font_size": 16})
    fmt_note = wb.add_format({"italic": True, "font_color": "#595959"})
    fmt_label = wb.add_format({"bold": True})
    fmt_input = wb.add_format({"bg_color": INPUT_FILL, "border": 1, "num_format": "#,##0.00"})
    fmt_budget = wb.add_format({"bg_color": INPUT_FILL, "border": 1, "num_format": "#,##0"})
    fmt_crit = wb.add_format({"bg_color": INPUT_FILL, "num_format": "0"})
    fmt_money = wb.add_format({"num_format": "#,##0"})
    fmt_score = wb.add_format({"num_format": "0.00"})
    fmt_int = wb.add_format({"num_format": "0"})
    method = run.method
    cols = Columns(method.fields)
    weighted_keys = list(WSJF_PARTS) if method.name == "wsjf" else list(method.weights)
    n = len(run.projects)
    first, last = HEADER_ROW + 1, HEADER_ROW + max(1, n)  # 0-based data rows

    ws.write_string(0, 0, SHEET, fmt_title)
    how = (
        "Score = weighted cost of delay / Job Size (WSJF); Value = the weighted cost of delay."
        if method.name == "wsjf"
        else "Score = Value = sum of weight x criterion."
    )
    ws.write_string(
        1,
        0,
        clean_text(
            f"{how} Change a weight, a criterion or the budget (yellow cells) and Score, Rank, "
            "Cumulative Cost and Within Budget follow. Optimal Selection and Reason are the "
            "exact best selection for the budget written; run pmo prioritise again after a "
            "change."
        ),
        fmt_note,
    )
    if run.notes:
        ws.write_string(2, 0, clean_text(" ".join(run.notes)), fmt_note)
    ws.write_string(3, 0, "Method", fmt_label)
    ws.write_string(3, 1, method.name)
    ws.write_string(BUDGET_ROW, 0, "Budget", fmt_label)
    if outcome is not None:
        ws.write_number(BUDGET_ROW, 1, outcome.budget, fmt_budget)
    else:
        ws.write_blank(BUDGET_ROW, 1, None, fmt_budget)
    ws.data_validation(
        BUDGET_ROW,
        1,
        BUDGET_ROW,
        1,
        {
            "validate": "decimal",
            "criteria": ">",
            "value": 0,
            "input_title": "Budget",
            "input_message": "The funding available; Within Budget follows it.",
            "error_message": "A budget must be a number above 0.",
        },
    )
    if run.currency:
        ws.write_string(BUDGET_ROW, 2, run.currency)
    ws.write_string(WEIGHT_LABEL_ROW, 0, "Criterion", fmt_label)
    ws.write_string(WEIGHT_ROW, 0, "Weight", fmt_label)
    for j, key in enumerate(weighted_keys):
        ws.write_string(WEIGHT_LABEL_ROW, 1 + j, CRITERIA[key], fmt_label)
        ws.write_number(WEIGHT_ROW, 1 + j, method.weights[key], fmt_input)
    ws.data_validation(
        WEIGHT_ROW,
        1,
        WEIGHT_ROW,
        len(weighted_keys),
        {
            "validate": "decimal",
            "criteria": "between",
            "minimum": -1000,
            "maximum": 1000,
            "input_title": "Weight",
            "input_message": "Change a weight: Score and Rank follow.",
        },
    )
    if method.name == "wsjf":
        ws.write_string(WEIGHT_ROW + 1, 0, "Job Size divides the weighted sum.", fmt_note)
    _summary(ws, fmt_label, fmt_money, run, outcome)

    ws.add_table(
        HEADER_ROW,
        0,
        last,
        len(cols.names) - 1,
        {
            "name": table,
            "style": "Table Style Light 9",
            "autofilter": True,
            "columns": [{"header": name} for name in cols.names],
        },
    )
    wfirst = xl_rowcol_to_cell(WEIGHT_ROW, 1, row_abs=True, col_abs=True)
    wlast = xl_rowcol_to_cell(WEIGHT_ROW, len(weighted_keys), row_abs=True, col_abs=True)
    budget = xl_rowcol_to_cell(BUDGET_ROW, 1, row_abs=True, col_abs=True)
    k = len(cols.criteria)
    if cumulative is None:
        cumulative = cumulative_costs(run, multi_currency)

    def col_range(name: str) -> str:
        c = cols.letter(name)
        return f"${c}${first + 1}:${c}${last + 1}"

    for i, p in enumerate(run.projects):
        r = first + i
        x = r + 1  # Excel row
        c = p.candidate
        ws.write_string(r, 0, clean_text(p.project_id))
        for name, value in (("Project Name", c.name), ("Portfolio", c.portfolio)):
            if value:
                ws.write_string(r, cols.at[name], clean_text(str(value)))
        if c.currency:
            ws.write_string(r, cols.at["Currency"], clean_text(c.currency))
        flag = c.mandatory_unclear or ("Y" if c.mandatory else "N")  # unclear: as typed
        ws.write_string(r, cols.at["Mandatory"], clean_text(flag))
        for j, key in enumerate(cols.criteria):
            raw = c.criteria.get(key)
            col = cols.first_criterion + j
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                ws.write_number(r, col, float(raw), fmt_crit)
            elif isinstance(raw, str) and raw.strip():
                ws.write_string(r, col, clean_text(raw), fmt_crit)
            else:
                ws.write_blank(r, col, None, fmt_crit)
        if c.cost is not None:
            ws.write_number(r, cols.at["Cost"], c.cost, fmt_money)
        if c.cost_basis:
            ws.write_string(r, cols.at["Cost Basis"], c.cost_basis)
        crit = (
            f"{xl_col_to_name(cols.first_criterion)}{x}:"
            f"{xl_col_to_name(cols.first_criterion + k - 1)}{x}"
        )
        wcrit = (
            f"{xl_col_to_name(cols.first_criterion)}{x}:"
            f"{xl_col_to_name(cols.first_criterion + len(weighted_keys) - 1)}{x}"
        )
        total = f"SUMPRODUCT({wfirst}:{wlast},{wcrit})"
        if method.name == "wsjf":
            size = f"{xl_col_to_name(cols.first_criterion + k - 1)}{x}"
            score_expr = f"{total}/{size}"
        else:
            score_expr = total
        smin, smax = method.scale_min, method.scale_max
        score_f = (
            f'=IF(COUNT({crit})<>{k},"",IF(OR(MIN({crit})<{smin},MAX({crit})>{smax},'
            f'SUMPRODUCT(MOD({crit},1))<>0),"",{score_expr}))'
        )
        s = f"{cols.letter('Score')}{x}"
        ws.write_formula(r, cols.at["Score"], score_f, fmt_score, _cached(p.score))
        ws.write_formula(
            r, cols.at["Value"], f'=IF({s}="","",{total})', fmt_score, _cached(p.value)
        )
        sc = cols.letter("Score")
        above = f"${sc}${HEADER_ROW + 1}:{sc}{x - 1}"
        rank_f = f'=IF({s}="","",COUNTIF({col_range("Score")},">"&{s})+COUNTIF({above},{s})+1)'
        ws.write_formula(r, cols.at["Rank"], rank_f, fmt_int, _cached(p.rank))
        rk = f"{cols.letter('Rank')}{x}"
        cost = f"{cols.letter('Cost')}{x}"
        same = f",{col_range('Currency')},{cols.letter('Currency')}{x}" if multi_currency else ""
        cum_f = (
            f'=IF(OR({rk}="",{cost}=""),"",SUMIFS({col_range("Cost")},{col_range("Rank")},'
            f'"<="&{rk}{same}))'
        )
        ws.write_formula(r, cols.at["Cumulative Cost"], cum_f, fmt_money, _cached(cumulative[i]))
        cum = f"{cols.letter('Cumulative Cost')}{x}"
        within = None
        if outcome is not None and cumulative[i] is not None:
            within = "Yes" if cumulative[i] <= outcome.budget else "No"  # type: ignore[operator]
        ws.write_formula(
            r,
            cols.at["Within Budget"],
            f'=IF(OR({budget}="",{cum}=""),"",IF({cum}<={budget},"Yes","No"))',
            None,
            within or "",
        )
        if outcome is not None:
            chosen = outcome.optimal.chosen
            ws.write_string(r, cols.at["Optimal Selection"], "Yes" if i in chosen else "No")
            reason = outcome.reasons.get(i, "")
            if reason:
                ws.write_string(r, cols.at["Reason"], clean_text(reason))
        elif p.problems:
            ws.write_string(r, cols.at["Reason"], clean_text("; ".join(p.problems)))
        if p.depends_on:
            deps = ", ".join(run.projects[q].project_id for q in p.depends_on)
            ws.write_string(r, cols.at["Depends On"], clean_text(deps))

    for name in ("Within Budget", "Optimal Selection"):
        c0 = cols.at[name]
        for text, colour in (("Yes", YES_FILL), ("No", NO_FILL)):
            ws.conditional_format(
                first,
                c0,
                last,
                c0,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": f'"{text}"',
                    "format": wb.add_format({"bg_color": colour}),
                },
            )
    widths = {"Project Name": 28, "Reason": 60, "Depends On": 16, "Cumulative Cost": 14}
    for name, c0 in cols.at.items():
        ws.set_column(c0, c0, widths.get(name, 12))
    ws.freeze_panes(HEADER_ROW + 1, 1)
    _frontier(wb, ws, run, len(cols.names) + 1, fmt_label, fmt_money, fmt_score)


def _cached(value: float | int | None) -> float | int | str:
    return "" if value is None else value


def _summary(
    ws: Worksheet,
    fmt_label: object,
    fmt_money: object,
    run: Prioritisation,
    outcome: BudgetOutcome | None,
) -> None:
    """The optimal and greedy selections' totals beside the inputs (computed by Python)."""
    col = 4
    if outcome is None:
        ws.write_string(
            BUDGET_ROW,
            col,
            "No budget given: enter one in the Budget cell, "
            "or run pmo prioritise --budget for the optimal selection.",
        )
        return
    if not outcome.feasible:
        ws.write_string(BUDGET_ROW, col, clean_text(f"Not possible: {outcome.message}"))
        return
    rows = [
        ("Optimal selection", outcome.optimal),
        ("Greedy by rank", outcome.greedy),
    ]
    ws.write_string(3, col + 1, "Projects", fmt_label)
    ws.write_string(3, col + 2, "Value", fmt_label)
    ws.write_string(3, col + 3, "Cost", fmt_label)
    for j, (label, sel) in enumerate(rows):
        r = BUDGET_ROW + j
        ws.write_string(r, col, label, fmt_label)
        ws.write_number(r, col + 1, len(sel.chosen))
        ws.write_number(r, col + 2, sel.value)
        ws.write_number(r, col + 3, sel.cost, fmt_money)


def _frontier(
    wb: Workbook,
    ws: Worksheet,
    run: Prioritisation,
    col: int,
    fmt_label: object,
    fmt_money: object,
    fmt_score: object,
) -> None:
    points = [(b, v) for b, v in run.frontier if v is not None]
    if not points:
        return
    ws.write_string(HEADER_ROW, col, "Frontier Budget", fmt_label)
    ws.write_string(HEADER_ROW, col + 1, "Optimal Value", fmt_label)
    for j, (b, v) in enumerate(points):
        ws.write_number(HEADER_ROW + 1 + j, col, b, fmt_money)
        ws.write_number(HEADER_ROW + 1 + j, col + 1, v, fmt_score)
    ws.set_column(col, col + 1, 14)
    end = HEADER_ROW + len(points)
    chart = wb.add_chart({"type": "scatter", "subtype": "straight_with_markers"})
    chart.add_series(
        {
            "name": "Optimal value",
            "categories": [ws.name, HEADER_ROW + 1, col, end, col],
            "values": [ws.name, HEADER_ROW + 1, col + 1, end, col + 1],
        }
    )
    chart.set_title({"name": "Efficient frontier: best value for each budget"})
    chart.set_x_axis(
        {
            "name": f"Budget{' (' + run.currency + ')' if run.currency else ''}",
            "num_format": "#,##0",
            "min": 0,
        }
    )
    chart.set_y_axis({"name": "Value of the optimal selection", "min": 0})
    chart.set_legend({"none": True})
    ws.insert_chart(0, col + 3, chart, {"x_scale": 1.3, "y_scale": 1.2})
