"""``pmo demo``: a realistic sample portfolio with planted defects, legacy registers and
broken files, for a new user's first run and for the tests that prove every rule fires.

:func:`generate_portfolio` writes it; :func:`plan_portfolio` builds the same portfolio in
memory without writing; :func:`make_hostile_files` writes only the broken files; the
returned :class:`DemoManifest` says what each file is and what was planted.
"""

from addin.demo.defects import DEFECT_KINDS, DefectKind
from addin.demo.generate import PortfolioPlan, generate_portfolio, plan_portfolio
from addin.demo.hostile import HOSTILE_FILES, make_hostile_files
from addin.demo.manifest import (
    MANIFEST_NAME,
    DemoFile,
    DemoManifest,
    HostileFile,
    PlantedDefect,
    ProjectEntry,
)

__all__ = [
    "DEFECT_KINDS",
    "HOSTILE_FILES",
    "MANIFEST_NAME",
    "DefectKind",
    "DemoFile",
    "DemoManifest",
    "HostileFile",
    "PlantedDefect",
    "PortfolioPlan",
    "ProjectEntry",
    "generate_portfolio",
    "make_hostile_files",
    "plan_portfolio",
]
