"""What the roll-up is built from: the projects used, every finding, every file found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from addin.findings import Finding
from addin.models import ProjectHeader
from addin.rollup.figures import ProjectFigures
from addin.rollup.payload import ProjectPayload

if TYPE_CHECKING:
    from addin.rollup.dependency_map import MapRow
    from addin.rollup.prioritisation_rollup import RollupPrioritisation
    from addin.store.history import History

LoadStatus = Literal["loaded", "loaded with findings", "rejected", "skipped"]
LOAD_STATUSES: tuple[LoadStatus, ...] = ("loaded", "loaded with findings", "rejected", "skipped")


@dataclass
class LoadEntry:
    """One file found under the folder, and what became of it (a Load Report row)."""

    file: str  # path relative to the consolidated folder, with / separators
    status: LoadStatus
    reason: str = ""
    kind: str = ""  # what the file really is (from sniffing)
    project_id: str | None = None
    size: int | None = None
    sha256: str | None = None
    used: bool = False  # its data is in the roll-up
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    from_cache: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "reason": self.reason,
            "kind": self.kind,
            "project_id": self.project_id,
            "used": self.used,
            "size": self.size,
            "sha256": self.sha256,
            "findings": {"error": self.errors, "warning": self.warnings, "info": self.infos},
        }


@dataclass
class ProjectInput:
    """A project whose data goes into the roll-up."""

    source: str  # relative path of its file
    payload: ProjectPayload  # its rows and figures (computed where it was read)
    errors: int = 0
    warnings: int = 0
    quality: int = 100

    @property
    def project_id(self) -> str:
        return self.payload.project_id

    @property
    def figures(self) -> ProjectFigures:
        return self.payload.figures

    @property
    def header(self) -> ProjectHeader:
        return self.payload.header


@dataclass
class RunInfo:
    """The manifest: what made the roll-up, from what, when."""

    tool_version: str
    standards_name: str
    standards_version: str
    standards_fingerprint: str
    as_of: date
    folder: str
    run_time: datetime


@dataclass
class RollupInputs:
    projects: list[ProjectInput]
    findings: list[Finding]
    files: list[LoadEntry]
    run: RunInfo
    notes: list[str] = field(default_factory=list)
    capacity: Any = None  # addin.capacity.compute.CapacityView (SPEC 14); None: demand only
    history: History | None = None  # what the store learnt (Changes, Trends); None: no store
    #: The Prioritisation sheet's content, when it was computed elsewhere (consolidation
    #: computes it in a child process beside the store step); None: when it is written.
    prioritisation: Callable[[], RollupPrioritisation] | None = None
    #: The Dependencies Map's pairing of these projects when it was made already
    #: (consolidation raises its findings from it); None: made when the roll-up is built.
    dependency_rows: list[MapRow] | None = None
