"""What the demo wrote and planted, kept beside the portfolio as ``demo-manifest.json``
(outside the portfolio folder, so a consolidation never reads it)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

FileKindName = Literal["project", "legacy", "hostile", "capacity"]
MANIFEST_NAME = "demo-manifest.json"


@dataclass(frozen=True)
class DemoFile:
    """A file the demo wrote; ``path`` is relative to the portfolio folder (with ``/``)."""

    path: str
    kind: FileKindName
    note: str = ""
    registers: list[str] = field(default_factory=list)  # what a legacy register holds


@dataclass(frozen=True)
class PlantedDefect:
    """A defect planted on purpose: the rule ``code`` that must report it at ``sheet``!``cell``.

    ``cell`` is None for a finding about a whole sheet (e.g. the EAC of the Finance sheet);
    ``code`` is None when no rule of the catalogue reports the kind yet.
    """

    file: str
    kind: str
    code: str | None
    sheet: str
    cell: str | None
    item_id: str | None
    description: str


@dataclass(frozen=True)
class HostileFile:
    """A broken or hostile file and the kind the sniffer must report for it."""

    file: str
    expected_kind: str
    description: str


@dataclass(frozen=True)
class ProjectEntry:
    """A project workbook; ``clean`` when nothing was planted in it (no defect, no shared
    Project ID, no dependency mismatch), so neither check nor consolidation flags it."""

    project_id: str | None
    name: str
    file: str
    portfolio: str
    programme: str
    method: str
    stage: str
    size: str
    clean: bool


@dataclass
class DemoManifest:
    """Everything ``generate_portfolio`` wrote, planted and expects a consolidation to say."""

    folder: str
    as_of: date
    seed: int
    standards_version: str
    files: list[DemoFile] = field(default_factory=list)
    projects: list[ProjectEntry] = field(default_factory=list)
    planted: list[PlantedDefect] = field(default_factory=list)
    hostile: list[HostileFile] = field(default_factory=list)
    legacy: list[DemoFile] = field(default_factory=list)
    dependency_mismatches: list[dict[str, str]] = field(default_factory=list)
    duplicate_project_ids: dict[str, list[str]] = field(default_factory=dict)
    version_1: list[str] = field(default_factory=list)  # workbooks on template version 1

    def planted_in(self, file: str) -> list[PlantedDefect]:
        return [p for p in self.planted if p.file == file]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        return data

    def write(self, path: Path) -> Path:
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")
        return path

    @classmethod
    def read(cls, path: Path) -> DemoManifest:
        data = json.loads(path.read_text("utf-8"))
        return cls(
            folder=data["folder"],
            as_of=date.fromisoformat(data["as_of"]),
            seed=data["seed"],
            standards_version=data["standards_version"],
            files=[DemoFile(**f) for f in data["files"]],
            projects=[ProjectEntry(**p) for p in data["projects"]],
            planted=[PlantedDefect(**p) for p in data["planted"]],
            hostile=[HostileFile(**h) for h in data["hostile"]],
            legacy=[DemoFile(**f) for f in data["legacy"]],
            dependency_mismatches=data["dependency_mismatches"],
            duplicate_project_ids=data["duplicate_project_ids"],
            version_1=data.get("version_1", []),
        )
