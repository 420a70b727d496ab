"""`pmo history export` as CSV never hands Excel a formula (OWASP "CSV injection"): a text
cell a PM typed starting with =, +, -, @, a tab or a carriage return is written with a
leading apostrophe; numbers (a -5 budget) and Parquet are written as they are."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from store_support import WEEK1, small, write

from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.consolidate.history_step import StoreRequest
from addin.standards import Standards
from addin.store.export import csv_safe

HYPERLINK = '=HYPERLINK("http://x","click")'


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)
    yield tmp_path / "state"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def store(tmp_path: Path, standards: Standards) -> str:
    project = small(1)
    project.risks[0].title = HYPERLINK
    project.risks[1].title = "-2+3"
    project.risks[2].title = "@SUM(A1:A2)"
    project.risks[3].title = "Plain title - with a dash inside"
    project.finance[0].budget = -5  # a number: exported as the number it is
    write(tmp_path / "portfolio", [project], standards)
    path = str(tmp_path / "history.sqlite")
    result = consolidate_folder(
        tmp_path / "portfolio",
        tmp_path / "rollup.xlsx",
        standards,
        WEEK1,
        jobs=1,
        store=StoreRequest(path),
    )
    assert result.store_error is None
    return path


def test_csv_export_neutralises_formula_text_and_keeps_numbers(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "csv"
    assert main(["history", "export", "--store", store, "--to", str(out)]) == 0
    capsys.readouterr()
    risks = _rows(out / "risks.csv")
    titles = {r["id"]: r["title"] for r in risks}
    assert titles["R-001"] == "'" + HYPERLINK
    assert titles["R-002"] == "'-2+3"
    assert titles["R-003"] == "'@SUM(A1:A2)"
    assert titles["R-004"] == "Plain title - with a dash inside"
    # Nothing a user sees in Excel starts a formula, in any table.
    for path in out.glob("*.csv"):
        for row in _rows(path):
            for column, value in row.items():
                if value[:1] in ("=", "+", "@", "\t", "\r"):
                    raise AssertionError(f"{path.name} {column}: {value!r} would run in Excel")
    budgets = [float(r["budget"]) for r in _rows(out / "finance.csv") if r["budget"]]
    assert -5.0 in budgets
    raw = (out / "finance.csv").read_text(encoding="utf-8")
    assert ",-5.0," in raw and ",'-5" not in raw


def test_parquet_keeps_the_text_exactly(store: str, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    assert (
        main(["history", "export", "--store", store, "--to", str(out), "--format", "parquet"]) == 0
    )
    risks = pd.read_parquet(out / "risks.parquet")
    assert HYPERLINK in set(risks["title"])
    assert "-2+3" in set(risks["title"])


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-5", "-5"),  # text that is a plain number: Excel reads the number, runs nothing
        ("+1.5e3", "+1.5e3"),
        ("-inf", "'-inf"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_csv_safe_prefixes_only_text_that_would_start_a_formula(
    value: object, written: object
) -> None:
    assert csv_safe(value) == written
