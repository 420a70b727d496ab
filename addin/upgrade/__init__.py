"""Upgrading standard project workbooks to the current template version (SPEC section 15).

Edits the package's XML parts directly: nothing the PM made is lost (docs/upgrade.md).
"""

from __future__ import annotations

from addin.upgrade.batch import (
    BACKUP_FOLDER,
    FileResult,
    UpgradeReport,
    collect,
    upgrade_file,
    upgrade_paths,
)
from addin.upgrade.upgrader import Outcome, Refusal, upgrade_package

__all__ = [
    "BACKUP_FOLDER",
    "FileResult",
    "Outcome",
    "Refusal",
    "UpgradeReport",
    "collect",
    "upgrade_file",
    "upgrade_package",
    "upgrade_paths",
]
