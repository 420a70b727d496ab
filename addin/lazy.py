"""Names a package exports but loads on first use (PEP 562), so that importing the package
does not import every library behind it: ``pmo consolidate`` forks its workers before
SQLAlchemy, the store or the report package are loaded (benchmarks/README.md, round 5c)."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: ``exports`` maps each exported name to the
    module that defines it; the first use imports that module and keeps the name."""

    def __getattr__(name: str) -> object:
        where = exports.get(name)
        if where is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where), name)
        setattr(importlib.import_module(package), name, value)
        return value

    return __getattr__
