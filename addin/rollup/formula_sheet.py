"""XlsxWriter's worksheet, without its thirty regular expressions on a formula that
calls only classic functions.

XlsxWriter prepares every formula it writes by running about thirty ``re.sub`` over it,
each prefixing one of Excel's newer (dynamic array) functions with ``_xlfn.``. The
Prioritisation sheet writes five formulas a project (1,500 for 300 projects): that was
0.08 CPU s of the 0.10 its cells cost (benchmarks/README.md, round 8c), and none of them
calls a function that any of the expressions rewrites. So a formula whose every call is
to one of :data:`CLASSIC` is prepared as XlsxWriter prepares it when nothing matches
(the array braces and the leading ``=`` removed); any other formula, and every formula
of a data validation or conditional format that calls a function (prepared with the
newer functions too), goes through XlsxWriter's own code. A formula without a ``(`` calls
no function, so none of XlsxWriter's expressions (each ends in ``(``) can match it,
newer functions or not: the conditional formats' values (``"Red"``, ``"Yes"``: about 90
a roll-up structure, each about 150 ``re.sub`` there, and the structure is written twice
when the store's answer comes last) are prepared the same way. The result is the same
text either way (``tests/test_rollup_formula_sheet.py`` compares them); should a later
XlsxWriter rename the private hook, this one is simply never called.
"""

from __future__ import annotations

import re

from xlsxwriter.worksheet import Worksheet

#: Functions XlsxWriter never rewrites (none is a newer Excel function): those the
#: Prioritisation sheet's formulas call.
CLASSIC = frozenset(
    {"IF", "OR", "AND", "COUNT", "COUNTIF", "MIN", "MAX", "MOD", "SUM", "SUMIFS", "SUMPRODUCT"}
)
#: Every name followed by "(" (any of XlsxWriter's expressions matches one such).
_CALL = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\(")


class FormulaWorksheet(Worksheet):
    """A worksheet that prepares classic formulas without XlsxWriter's rewriting pass."""

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        if "(" in formula and (
            expand_future_functions
            or self.use_future_functions
            or not all(call[:-1] in CLASSIC for call in _CALL.findall(formula))
        ):
            return str(super()._prepare_formula(formula, expand_future_functions))
        if formula.startswith("{"):
            formula = formula[1:]
        if formula.startswith("="):
            formula = formula[1:]
        if formula.endswith("}"):
            formula = formula[:-1]
        return formula
