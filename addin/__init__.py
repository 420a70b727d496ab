"""PMO workbook add-in: the core. Host-agnostic: never imports xlwings."""

from addin.errors import PmoError, StandardsError, UnreadableWorkbookError, UsageError
from addin.findings import Finding
from addin.layout import LAYOUT, REGISTERS, REGISTERS_BY_KEY
from addin.models import ProjectData, ProjectHeader
from addin.standards import Standards, default_standards, load_standards
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION, __version__

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
