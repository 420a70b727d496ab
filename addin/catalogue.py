"""The registry of rule codes. Readers and rules declare their codes here; docs/rules.md
lists every one (a test fails when one is missing), and the standards' [rules] table may
override any code's severity or switch it off.

It sits on the foundation floor (docs/architecture.md) so that reading, rules,
consolidation and the standards loader all stand on it; it finds the modules that declare
codes by package name when first asked for the whole list, never by a static import.

Code prefixes: WB- workbook and reading, PRJ- Project sheet, RAID- risks, assumptions,
issues, dependencies and decisions, FIN- finance, MS- milestones, ITR- iterations,
RES- resources, PORT- portfolio (consolidation).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from addin.findings import Finding, new_finding

if TYPE_CHECKING:  # the standards loader imports this module
    from addin.standards.model import Standards

DefaultSeverity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class RuleInfo:
    """A rule code as documented: what it finds and how the PM fixes it."""

    code: str
    title: str
    default_severity: DefaultSeverity
    scope: str  # "workbook", "project", "raid", "finance", "milestones", "iterations", "resources", "portfolio"
    description: str = ""
    fix: str = ""


_REGISTRY: dict[str, RuleInfo] = {}
_LOADED = False


def declare(
    code: str,
    title: str,
    default_severity: DefaultSeverity,
    scope: str,
    description: str = "",
    fix: str = "",
) -> RuleInfo:
    """Declare a code once (at import of the module that emits it) and return it."""
    info = RuleInfo(code, title, default_severity, scope, description, fix)
    existing = _REGISTRY.get(code)
    if existing is not None and existing != info:
        raise ValueError(f"rule code {code} declared twice with different details")
    _REGISTRY[code] = info
    return info


def _load_all() -> None:
    """Import every module that declares codes: addin.reading.* and addin.rules.*."""
    global _LOADED
    if _LOADED:
        return
    for package_name in ("addin.reading", "addin.rules"):
        package = importlib.import_module(package_name)
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package_name}.{module.name}")
    for module_name in OTHER_CODE_MODULES:  # codes declared outside those packages
        try:
            importlib.import_module(module_name)
        except ImportError:
            continue
    _LOADED = True


#: Modules outside addin.reading and addin.rules that declare codes (consolidation's PORT-).
OTHER_CODE_MODULES = ("addin.consolidate.codes", "addin.capacity.codes")


def all_rules() -> list[RuleInfo]:
    """Every declared rule, ordered by code."""
    _load_all()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def known_codes() -> set[str]:
    _load_all()
    return set(_REGISTRY)


def rule(code: str) -> RuleInfo:
    _load_all()
    return _REGISTRY[code]


def make_finding(
    info: RuleInfo,
    standards: Standards,
    message: str,
    *,
    file: str = "",
    sheet: str | None = None,
    cell: str | None = None,
    register: str | None = None,
    item_id: str | None = None,
    value: Any = None,
) -> Finding | None:
    """A finding for ``info`` at the severity the standards set; None when switched off."""
    severity = standards.severity_for(info.code, info.default_severity)
    if severity == "off":
        return None
    return new_finding(info.code, severity, message, file, sheet, cell, register, item_id, value)
