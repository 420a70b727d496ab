"""Red team of the portfolio store (SPEC 12): what a hostile PMO user found wrong.

Each test was written failing, before its fix: two portfolios a week apart with exactly
known differences, on SQLite and on a real PostgreSQL; store URLs that must never print a
password or crash with a traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from store_support import WEEK1, WEEK2, new_store, small, write

from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.consolidate.history_step import StoreRequest
from addin.standards import Standards

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)
    yield tmp_path / "state"


def _items(diff: dict[str, object], key: str) -> list[tuple[object, ...]]:
    rows = diff[key]
    assert isinstance(rows, list)
    return [(r["project_id"], r["register"], r["id"]) for r in rows]


@pytest.mark.parametrize("engine", ENGINES)
def test_deleting_a_duplicate_id_row_is_not_the_item_removed(
    engine: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    standards: Standards,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A PM pasted R-001 twice last week and deletes the copy this week: R-001 is still
    there (its first row, unchanged), so nothing changed. It was reported removed."""
    store = new_store(request, tmp_path, engine)
    folder = tmp_path / "portfolio"
    week1 = [small(1), small(2)]
    copy = week1[0].risks[0].model_copy(deep=True)
    copy.title, copy.probability, copy.impact = "pasted twice", 1, 1
    week1[0].risks.append(copy)
    # And in the other project the first of two R-002 rows is deleted: the item's row is
    # now the old copy, whose rating differs, so that is a rating change, not a removal.
    second = week1[1].risks[1].model_copy(deep=True)
    first = week1[1].risks[1]
    first.status, first.probability, first.impact = "Open", 5, 5
    second.status, second.probability, second.impact = "Open", 1, 1
    week1[1].risks.append(second)
    write(folder, week1, standards)
    consolidate_folder(folder, tmp_path / "w1.xlsx", standards, WEEK1, store=StoreRequest(store))
    week2 = [p.model_copy(deep=True) for p in week1]
    week2[0].risks.pop()  # the pasted copy
    week2[1].risks.pop(1)  # the first R-002 row
    write(folder, week2, standards)
    consolidate_folder(folder, tmp_path / "w2.xlsx", standards, WEEK2, store=StoreRequest(store))
    assert main(["history", "diff", "--store", store, "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert _items(diff, "items_removed") == []
    assert _items(diff, "items_added") == []
    assert [(c["project_id"], c["id"], c["from"], c["to"]) for c in diff["rating_changes"]] == [
        ("PRJ-0002", "R-002", "Critical", "Low")
    ]


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://bob@127.0.0.1:1/pmo?password=S3cretPW",
        "postgresql://bob@127.0.0.1:1/pmo?sslmode=disable&password=S3cretPW",
    ],
)
def test_a_password_in_the_url_query_is_never_printed(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """libpq takes ``?password=`` as well as ``USER:PASSWORD@``: it was printed whole."""
    assert main(["history", "list", "--store", url]) == 2
    err = capsys.readouterr().err
    assert "S3cretPW" not in err
    assert "password=***" in err and "cannot connect to the PostgreSQL store" in err


def test_a_url_with_a_bad_port_is_one_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typo in the port crashed with a traceback (exit 1) instead of exit 2 and a reason."""
    url = "postgresql+psycopg://bob:S3cretPW@db.example:54x2/pmo"
    assert main(["history", "list", "--store", url]) == 2
    err = capsys.readouterr().err
    assert "S3cretPW" not in err and "Traceback" not in err
    assert err.startswith(
        "error: postgresql+psycopg://bob:***@db.example:54x2/pmo: not a store URL"
    )


def test_consolidate_with_a_bad_store_url_still_writes_the_rollup(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1)], standards)
    url = "postgresql://bob:S3cretPW@db.example:54x2/pmo?password=Other9PW"
    code = main(["consolidate", str(folder), "--as-of", "2026-11-30", "--store", url])
    out = capsys.readouterr()
    assert code == 2
    assert (folder.parent / "portfolio-rollup.xlsx").exists() or (
        folder / "portfolio-rollup.xlsx"
    ).exists()
    text = out.out + out.err
    assert "S3cretPW" not in text and "Other9PW" not in text and "Traceback" not in text
    assert "not a store URL" in text


_ = timedelta
