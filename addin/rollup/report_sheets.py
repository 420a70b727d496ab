"""The Findings, Load Report and Manifest sheets."""

from __future__ import annotations

from datetime import date

from addin.findings import Finding, sort_findings
from addin.rollup.inputs import LoadEntry, RunInfo
from addin.rollup.model import OutColumn, OutTable

FINDING_COLUMNS = [
    OutColumn("File", "text", 30),
    OutColumn("Project ID", "text", 12),
    OutColumn("Severity", "severity", 9),
    OutColumn("Code", "text", 14),
    OutColumn("Message", "text", 70),
    OutColumn("Sheet", "text", 14),
    OutColumn("Cell", "text", 8),
    OutColumn("Address", "text", 16),
    OutColumn("Register", "text", 12),
    OutColumn("Item ID", "text", 9),
    OutColumn("Value", "text", 20),
]


def _value_text(value: object) -> object:
    if value is None or isinstance(value, int | float | str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def findings_table(findings: list[Finding], project_of: dict[str, str]) -> OutTable:
    rows = [
        (
            f.file,
            project_of.get(f.file),
            f.severity,
            f.code,
            f.message,
            f.sheet,
            f.cell,
            f.address or None,
            f.register,
            f.item_id,
            _value_text(f.value),
        )
        for f in sort_findings(findings)
    ]
    return OutTable("tblFindings", FINDING_COLUMNS, rows)


LOAD_COLUMNS = [
    OutColumn("File", "text", 34),
    OutColumn("Status", "status", 18),
    OutColumn("Project ID", "text", 12),
    OutColumn("Used In Roll-up", "text", 9),
    OutColumn("Reason", "text", 70),
    OutColumn("What It Is", "text", 18),
    OutColumn("Errors", "int", 7),
    OutColumn("Warnings", "int", 8),
    OutColumn("Info", "int", 6),
    OutColumn("Size (bytes)", "int", 11),
    OutColumn("SHA-256", "text", 66),
]


def load_report_table(files: list[LoadEntry]) -> OutTable:
    rows = [
        (
            e.file,
            e.status,
            e.project_id,
            "Y" if e.used else "N",
            e.reason or None,
            e.kind or None,
            e.errors,
            e.warnings,
            e.infos,
            e.size,
            e.sha256,
        )
        for e in sorted(files, key=lambda e: e.file)
    ]
    return OutTable("tblLoadReport", LOAD_COLUMNS, rows)


#: The manifest's one cell that differs between two runs over the same inputs.
RUN_TIME_LABEL = "Run time (UTC) - the only value that differs between runs of the same inputs"


def manifest_table(run: RunInfo, files: list[LoadEntry]) -> tuple[OutTable, OutTable]:
    """Key/value facts of the run, and the input files with their SHA-256."""
    facts = [
        ("Tool", "pmo-addin"),
        ("Tool version", run.tool_version),
        ("Standards", run.standards_name),
        ("Standards version", run.standards_version),
        ("Standards fingerprint (SHA-256)", run.standards_fingerprint),
        ("As-of date", run.as_of.isoformat()),
        ("Input folder", run.folder),
        ("Files found", str(len(files))),
        (RUN_TIME_LABEL, run.run_time.strftime("%Y-%m-%dT%H:%M:%SZ")),
    ]
    facts_table = OutTable(
        "tblManifest", [OutColumn("Item", "text", 44), OutColumn("Value", "text", 66)], facts
    )
    inputs = OutTable(
        "tblManifestInputs",
        [
            OutColumn("Input File", "text", 34),
            OutColumn("SHA-256", "text", 66),
            OutColumn("Size (bytes)", "int", 11),
            OutColumn("Status", "status", 18),
        ],
        [(e.file, e.sha256, e.size, e.status) for e in sorted(files, key=lambda e: e.file)],
        title="Input files",
    )
    return facts_table, inputs
