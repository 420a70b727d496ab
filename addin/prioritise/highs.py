"""The integer programs of :mod:`addin.prioritise.optimise`, solved by HiGHS as
``scipy.optimize.milp`` solves them, without importing ``scipy.optimize``.

``milp`` is a thin layer: it turns its arguments into one column-wise sparse matrix and
hands that, the bounds and two options to HiGHS's binding, ``scipy.optimize._highspy._core``.
Importing ``scipy.optimize`` for it costs about 0.3 CPU s (every optimiser, scipy.sparse,
scipy.linalg) while the binding alone loads in 5 ms; a consolidation pays that import
on every cold run (the roll-up's frontier, benchmarks/README.md round 8c). So
:func:`solve` gives the same binding the same model (:class:`Model`, built as ``milp``
builds it: the constraint rows stacked in order, each column's rows ascending, no zero
coefficient) and the same options: HiGHS is deterministic, so the selection is the one
``milp`` finds, to the bit (``tests/test_prioritise_highs.py`` compares the two).

The binding is loaded from scipy's files without its package (a package's import runs
its ``__init__``, which is what costs); it is registered under its own name, so a later
``import scipy.optimize`` in this process uses it as it is. Where it cannot be loaded that
way (another scipy layout: the binding was a Cython module before scipy 1.15), or it
lacks what is used here, :func:`solve` calls ``milp`` itself, with the same model.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

#: The binding's module name inside scipy (1.15 and later).
CORE = "scipy.optimize._highspy._core"
#: What this module uses of it; a binding without one of them is not used.
_NEEDED = (
    "HighsLp",
    "HighsOptions",
    "HighsModelStatus",
    "HighsStatus",
    "HighsVarType",
    "MatrixFormat",
    "_Highs",
)

_loaded: list[ModuleType | None] = []  # [the binding, or None: use milp] once looked for


@dataclass
class Model:
    """min ``cost`` . x subject to ``row_lower`` <= A x <= ``row_upper``, ``lower`` <= x
    <= ``upper``, every x an integer; A column-wise: column j's rows are
    ``index[start[j]:start[j + 1]]``, ascending, with the coefficients ``value`` (numpy
    arrays: float64, the indices int32, as ``milp`` passes them)."""

    cost: Any
    lower: Any
    upper: Any
    start: Any
    index: Any
    value: Any
    row_lower: Any
    row_upper: Any


@dataclass
class Solution:
    x: Any  # the values of the variables (a numpy array), or None when there is none
    message: str  # HiGHS's model status, said when there is no solution


def binding() -> ModuleType | None:
    """HiGHS's binding as scipy ships it, loaded once; None where it cannot be."""
    if not _loaded:
        _loaded.append(_load())
    return _loaded[0]


def _load() -> ModuleType | None:
    module = sys.modules.get(CORE)
    if module is None:
        module = _load_file()
    if module is None or not all(hasattr(module, name) for name in _NEEDED):
        return None
    return module


def _load_file() -> ModuleType | None:
    """The binding loaded from its file under its own name (nothing of scipy.optimize
    runs); None when the file is not where scipy 1.15+ puts it or does not load."""
    spec = importlib.util.find_spec("scipy")  # finds the package, imports nothing
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "optimize" / "_highspy"
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = folder / f"_core{suffix}"
        if not path.is_file():
            continue
        loader = importlib.machinery.ExtensionFileLoader(CORE, str(path))
        core_spec = importlib.util.spec_from_file_location(CORE, path, loader=loader)
        if core_spec is None:
            return None
        try:
            module = importlib.util.module_from_spec(core_spec)
            loader.exec_module(module)
        except Exception:  # a binding that does not load: milp's own import decides
            return None
        sys.modules[CORE] = module  # a later import of scipy.optimize takes this one
        return module
    return None


def solve(model: Model) -> Solution:
    """Solve ``model`` as ``milp(cost, integrality=1, bounds, constraints,
    options={"mip_rel_gap": 0, "disp": False})`` does."""
    core = binding()
    if core is None:
        return _solve_with_milp(model)
    try:
        return _solve_with_binding(core, model)
    except (AttributeError, TypeError, ValueError):
        # a later scipy whose private binding changed shape: milp, scipy's public API,
        # solves the same model (slower to import, never a different answer)
        return _solve_with_milp(model)


def _solve_with_binding(core: Any, model: Model) -> Solution:
    """What ``milp``'s ``_highs_wrapper`` does with the model and those two options."""
    columns, rows = len(model.cost), len(model.row_upper)
    lp = core.HighsLp()
    lp.num_col_ = columns
    lp.num_row_ = rows
    lp.a_matrix_.num_col_ = columns
    lp.a_matrix_.num_row_ = rows
    lp.a_matrix_.format_ = core.MatrixFormat.kColwise
    lp.col_cost_ = model.cost
    lp.col_lower_ = model.lower
    lp.col_upper_ = model.upper
    lp.row_lower_ = model.row_lower
    lp.row_upper_ = model.row_upper
    lp.a_matrix_.start_ = model.start
    lp.a_matrix_.index_ = model.index
    lp.a_matrix_.value_ = model.value
    lp.integrality_ = [core.HighsVarType.kInteger] * columns
    highs = core._Highs()
    options = core.HighsOptions()
    options.log_to_console = False
    options.mip_rel_gap = 0.0
    error = core.HighsStatus.kError
    if highs.passOptions(options) == error or highs.passModel(lp) == error:
        return Solution(None, "the model was refused")
    if highs.run() == error:
        return Solution(None, highs.modelStatusToString(highs.getModelStatus()))
    status = highs.getModelStatus()
    solved = core.HighsModelStatus
    limits = (solved.kTimeLimit, solved.kIterationLimit, solved.kSolutionLimit)
    if status not in (solved.kOptimal, *limits) or (
        status in limits and highs.getInfo().objective_function_value == core.kHighsInf
    ):
        return Solution(None, highs.modelStatusToString(status))
    import numpy as np

    return Solution(np.array(highs.getSolution().col_value), "")


def _solve_with_milp(model: Model) -> Solution:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csc_array

    columns, rows = len(model.cost), len(model.row_upper)
    matrix = csc_array((model.value, model.index, model.start), shape=(rows, columns))
    result = milp(
        model.cost,
        integrality=np.ones(columns),
        bounds=Bounds(model.lower, model.upper),
        constraints=[LinearConstraint(matrix, model.row_lower, model.row_upper)],
        options={"mip_rel_gap": 0.0, "disp": False},
    )
    return Solution(result.x, "" if result.x is not None else str(result.message))
