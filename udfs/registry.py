"""The PMO functions' registry: one decorator that registers a function with xlwings and
records what Excel's function wizard shows, so it can be checked without Excel.

On Windows, ``@xw.func`` / ``@xw.arg`` register the function (category "PMO", the
docstring as its description, one description per argument). On Linux xlwings' decorators
return the function unchanged, so :data:`UDFS` keeps the same facts for tests and docs.

Excel names: SPEC section 8 names the functions ``PMO.<NAME>``. xlwings registers a
function through a VBA wrapper named after the Python function, and a VBA name cannot
hold a dot, so in Excel desktop each function is typed ``PMO_<NAME>`` (in the "PMO"
category); :attr:`UdfInfo.name` keeps the ``PMO.<NAME>`` form the docs use.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import xlwings as xw

from addin.standards import Standards, load_standards

F = TypeVar("F", bound=Callable[..., Any])

CATEGORY = "PMO"


@dataclass(frozen=True)
class UdfInfo:
    """What Excel's function wizard shows for one PMO function."""

    name: str  # "PMO.RISKSCORE" (SPEC name)
    excel_name: str  # "PMO_RISKSCORE" (what is typed in Excel desktop)
    description: str  # the docstring's first paragraph
    args: dict[str, str]  # argument -> description, in signature order
    optional: tuple[str, ...]
    returns: str
    example: str  # a formula with its expected result, e.g. "=PMO_RISKSCORE(4, 5) -> 20"
    ranges: tuple[str, ...]  # arguments taking a range (passed as 2-D lists)
    spills: bool  # returns a dynamic array


#: Every PMO function, by its SPEC name.
UDFS: dict[str, UdfInfo] = {}


def pmo_function(
    *,
    args: dict[str, str],
    returns: str,
    example: str,
    ranges: tuple[str, ...] = (),
    spills: bool = False,
) -> Callable[[F], F]:
    """Register ``PMO_<NAME>`` with xlwings and in :data:`UDFS`.

    Every parameter must be described in ``args``; range parameters arrive as 2-D lists
    (``ndim=2``); errors arrive as text (``err_to_str``) so they can be passed back.
    """

    def decorate(func: F) -> F:
        if not func.__name__.startswith("PMO_"):
            raise ValueError(f"{func.__name__}: PMO functions are named PMO_<NAME>")
        params = inspect.signature(func).parameters
        if list(params) != list(args):
            raise ValueError(f"{func.__name__}: describe exactly the arguments {list(params)}")
        doc = inspect.getdoc(func) or ""
        if not doc.strip():
            raise ValueError(f"{func.__name__}: a PMO function needs a docstring")
        optional = tuple(n for n, p in params.items() if p.default is not inspect.Parameter.empty)
        info = UdfInfo(
            name="PMO." + func.__name__[4:],
            excel_name=func.__name__,
            description=doc.split("\n\n")[0].replace("\n", " "),
            args=dict(args),
            optional=optional,
            returns=returns,
            example=example,
            ranges=ranges,
            spills=spills,
        )
        UDFS[info.name] = info
        wrapped: Any = func
        for name in reversed(list(args)):
            options: dict[str, Any] = {"doc": args[name], "err_to_str": True}
            if name in ranges:
                options["ndim"] = 2
            wrapped = xw.arg(name, **options)(wrapped)
        wrapped = xw.func(category=CATEGORY)(wrapped)
        wrapped.__pmo_udf__ = info
        result: F = wrapped
        return result

    return decorate


_cache: dict[tuple[str, float], Standards] = {}


def standards() -> Standards:
    """The standards the functions use: ``PMO_STANDARDS`` if set, else the defaults.

    Cached per file and modification time, so a recalculation of many cells reads the
    file once and an edited file is picked up.
    """
    path = os.environ.get("PMO_STANDARDS") or ""
    mtime = Path(path).stat().st_mtime if path and Path(path).is_file() else 0.0
    key = (path, mtime)
    found = _cache.get(key)
    if found is None:
        _cache.clear()
        found = _cache[key] = load_standards(path or None)
    return found
