"""Every PMO function is decorated for xlwings, described for Excel's function wizard,
and documented in docs/udfs.md. xlwings' decorators do nothing on Linux, so the test
swaps in recording ones and re-imports the modules to see each decorator applied."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import xlwings as xw

import udfs
from udfs.registry import CATEGORY, UDFS, UdfInfo, pmo_function

REPO = Path(__file__).resolve().parent.parent

#: SPEC section 8's minimum set.
REQUIRED = {
    "PMO.RISKSCORE",
    "PMO.RISKRATING",
    "PMO.RESIDUALSCORE",
    "PMO.DAYSOVERDUE",
    "PMO.SLIPPAGEDAYS",
    "PMO.EAC",
    "PMO.VAC",
    "PMO.VACPCT",
    "PMO.COSTRAG",
    "PMO.CPI",
    "PMO.SPI",
    "PMO.WSJF",
    "PMO.NEXTID",
    "PMO.CHECKRANGE",
    "PMO.ROLLUP",
}


def _udf_modules() -> list[str]:
    return [f"udfs.{m.name}" for m in pkgutil.iter_modules(udfs.__path__) if m.name != "registry"]


def _public_functions() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for name in _udf_modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if inspect.isfunction(value) and value.__module__ == name and attr.startswith("PMO_"):
                found[attr] = value
    return found


def test_the_specs_functions_exist() -> None:
    assert sorted(REQUIRED - set(UDFS)) == []


def test_every_public_function_is_registered_and_exported() -> None:
    functions = _public_functions()
    assert functions, "no PMO_ functions found"
    for name, func in functions.items():
        info = getattr(func, "__pmo_udf__", None)
        assert isinstance(info, UdfInfo), f"{name} lacks @pmo_function"
        assert UDFS[info.name] is info
        assert getattr(udfs, name) is func, f"udfs/__init__.py must export {name} for xlwings"
    assert {i.excel_name for i in UDFS.values()} == set(functions)


@pytest.mark.parametrize("name", sorted(UDFS))
def test_every_function_is_described(name: str) -> None:
    info = UDFS[name]
    func = getattr(udfs, info.excel_name)
    assert (func.__doc__ or "").strip(), f"{name} has no docstring"
    assert info.description and len(info.description) <= 255  # Excel's limit
    assert list(info.args) == list(inspect.signature(func).parameters)
    for arg, text in info.args.items():
        assert text.strip() and len(text) <= 255, f"{name}: describe {arg} (max 255)"
    assert info.returns.strip() and info.example.startswith(f"={info.excel_name}(")


def _docs() -> str:
    return (REPO / "docs" / "udfs.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(UDFS))
def test_every_function_is_in_the_docs(name: str) -> None:
    text = _docs()
    info = UDFS[name]
    section = text.split(f"### {name}", 1)
    assert len(section) == 2, f"docs/udfs.md has no '### {name}' section"
    body = section[1].split("\n### ", 1)[0]
    assert f"`{info.excel_name}(" in body, f"{name}: show the Excel signature"
    for arg in info.args:
        assert f"`{arg}`" in body, f"{name}: document argument {arg}"


@pytest.fixture
def recording_xlwings(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Recording xw.func / xw.arg, and freshly imported udfs modules that used them."""
    calls: dict[str, Any] = {"func": {}, "arg": {}}

    def fake_func(f: Any = None, **kwargs: Any) -> Any:
        def inner(fn: Any) -> Any:
            calls["func"][fn.__name__] = kwargs
            return fn

        return inner(f) if f is not None else inner

    def fake_arg(name: str, convert: Any = None, **kwargs: Any) -> Any:
        def inner(fn: Any) -> Any:
            calls["arg"].setdefault(fn.__name__, {})[name] = kwargs
            return fn

        return inner

    monkeypatch.setattr(xw, "func", fake_func)
    monkeypatch.setattr(xw, "arg", fake_arg)
    for name in _udf_modules():
        importlib.reload(importlib.import_module(name))
    yield calls
    monkeypatch.undo()  # the real decorators again, then modules and exports made with them
    for name in _udf_modules():
        importlib.reload(importlib.import_module(name))
    importlib.reload(udfs)


def test_every_function_is_decorated_for_xlwings(recording_xlwings: dict[str, Any]) -> None:
    for info in UDFS.values():
        func_kwargs = recording_xlwings["func"].get(info.excel_name)
        assert func_kwargs == {"category": CATEGORY}, f"{info.excel_name} lacks @xw.func"
        args = recording_xlwings["arg"].get(info.excel_name, {})
        assert set(args) == set(info.args), f"{info.excel_name}: @xw.arg for every argument"
        for arg, options in args.items():
            assert options["doc"] == info.args[arg]
            assert options["err_to_str"] is True
            assert options.get("ndim") == (2 if arg in info.ranges else None)


def test_the_decorator_refuses_undocumented_functions() -> None:
    with pytest.raises(ValueError, match="describe exactly the arguments"):

        @pmo_function(args={"a": "A."}, returns="x", example="=PMO_X(1)")
        def PMO_X(a: Any, b: Any) -> Any:
            """Doc."""

    with pytest.raises(ValueError, match="needs a docstring"):

        @pmo_function(args={"a": "A."}, returns="x", example="=PMO_Y(1)")
        def PMO_Y(a: Any) -> Any:
            return a

    with pytest.raises(ValueError, match="named PMO_"):

        @pmo_function(args={}, returns="x", example="=z()")
        def z() -> Any:
            """Doc."""


def test_docs_reference_is_generated_from_the_registry() -> None:
    from udfs.reference import reference_markdown

    assert reference_markdown() in _docs(), (
        "docs/udfs.md is out of date: replace its reference with `python -m udfs.reference`"
    )


@pytest.mark.parametrize("name", sorted(UDFS))
def test_type_hints_map_to_an_xlwings_converter(name: str) -> None:
    """xlwings turns each UDF annotation into a converter (Windows only, so it would
    first fail in Excel): every annotation must be one xlwings has registered."""
    from typing import get_origin, get_type_hints

    from xlwings.conversion import accessors

    func = getattr(udfs, UDFS[name].excel_name)
    for arg, hint in get_type_hints(func, include_extras=True).items():
        top = get_origin(hint) or hint
        assert top in accessors, f"{name}: annotation {hint!r} of {arg} has no xlwings converter"
