"""Renumbering IDs a register split over sheets gave twice (addin/adopt/split.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from addin.adopt.report import TableReport
from addin.adopt.split import AdoptedTable, renumber_across_tables
from addin.models import Issue, ProjectData, Risk

# Two sheets of one RAID log, each numbered from 1: the second table's risk and issue both
# take IDs the first already gave.
_SCRIPT = """
import json
from addin.adopt.report import TableReport
from addin.adopt.split import AdoptedTable, renumber_across_tables
from addin.models import Issue, ProjectData, Risk

project = ProjectData(
    risks=[Risk(id="R-001"), Risk(id="R-001")], issues=[Issue(id="I-001"), Issue(id="I-001")]
)
first = TableReport("2025", "A1:D3", 1, "raid")
second = TableReport("2026", "A1:D3", 1, "raid")
adopted = [
    AdoptedTable(first, (), {"risks": range(0, 1), "issues": range(0, 1)}),
    AdoptedTable(second, (), {"risks": range(1, 2), "issues": range(1, 2)}),
]
renumber_across_tables(adopted, project)
print(json.dumps([second.notes, second.id_changes]))
"""


def test_a_table_split_over_registers_is_renumbered_in_register_order() -> None:
    project = ProjectData(
        risks=[Risk(id="R-001"), Risk(id="R-001")],
        issues=[Issue(id="I-001"), Issue(id="I-001")],
    )
    first = TableReport("2025", "A1:D3", 1, "raid")
    second = TableReport("2026", "A1:D3", 1, "raid")
    adopted = [
        AdoptedTable(first, (), {"risks": range(0, 1), "issues": range(0, 1)}),
        AdoptedTable(second, (), {"risks": range(1, 2), "issues": range(1, 2)}),
    ]
    renumber_across_tables(adopted, project)
    assert [r.id for r in project.risks] == ["R-001", "R-002"]
    assert [i.id for i in project.issues] == ["I-001", "I-002"]
    # the table's registers in the order its items were listed (risks, then issues)
    assert second.id_changes == [("R-001", "R-002"), ("I-001", "I-002")]
    assert len(second.notes) == 2 and "R-001 -> R-002" in second.notes[0]


def test_the_report_is_the_same_whatever_the_hash_seed() -> None:
    """The Adoption Report lists the changes in one order, not one set iteration gives."""
    outputs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
    assert json.loads(outputs.pop())[1] == [["R-001", "R-002"], ["I-001", "I-002"]]
