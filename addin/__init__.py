"""PMO workbook add-in: the core. Host-agnostic: never imports xlwings.

The names below load with their module on first use, so that `pmo --help` and a
command's `--help` do not load pydantic and the models (benchmarks/README.md, round 5c).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from addin.lazy import lazy_exports
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION, __version__

if TYPE_CHECKING:
    from addin.errors import PmoError, StandardsError, UnreadableWorkbookError, UsageError
    from addin.findings import Finding
    from addin.layout import LAYOUT, REGISTERS, REGISTERS_BY_KEY
    from addin.models import ProjectData, ProjectHeader
    from addin.standards import Standards, default_standards, load_standards

#: Exported name -> the module that defines it.
_EXPORTS = {
    "LAYOUT": "addin.layout",
    "REGISTERS": "addin.layout",
    "REGISTERS_BY_KEY": "addin.layout",
    "Finding": "addin.findings",
    "PmoError": "addin.errors",
    "ProjectData": "addin.models",
    "ProjectHeader": "addin.models",
    "Standards": "addin.standards",
    "StandardsError": "addin.errors",
    "UnreadableWorkbookError": "addin.errors",
    "UsageError": "addin.errors",
    "default_standards": "addin.standards",
    "load_standards": "addin.standards",
}

__all__ = [
    "LAYOUT",
    "REGISTERS",
    "REGISTERS_BY_KEY",
    "TEMPLATE_ID",
    "TEMPLATE_VERSION",
    "Finding",
    "PmoError",
    "ProjectData",
    "ProjectHeader",
    "Standards",
    "StandardsError",
    "UnreadableWorkbookError",
    "UsageError",
    "__version__",
    "default_standards",
    "load_standards",
]


__getattr__ = lazy_exports(__name__, _EXPORTS)
