"""Red team: the parse cache beside the roll-up is on a shared drive. Anyone who can write
there must not be able to run code, or feed the roll-up figures, through it; and an edit
to the standards, the tool version or the as-of date must mean a fresh parse."""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from consolidate_inputs import write_portfolio

from addin.consolidate import ConsolidationResult, consolidate_folder, engine
from addin.consolidate import cache as cache_module
from addin.consolidate.cache import CACHE_DIR_NAME, KEY_ENV
from addin.standards import Standards, default_standards

AS_OF = date(2026, 11, 30)


@pytest.fixture
def portfolio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv(KEY_ENV, raising=False)
    folder = tmp_path / "shared" / "portfolio"
    write_portfolio(folder, 2, default_standards(), raid=6, months=4)
    yield folder


def _run(
    folder: Path, standards: Standards | None = None, as_of: date = AS_OF
) -> ConsolidationResult:
    out = folder.parent / "rollup.xlsx"
    return consolidate_folder(folder, out, standards or default_standards(), as_of, jobs=1)


class _Exploit:
    """Unpickling this would create a marker file: proof that code ran."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.marker, "w"))


def test_a_planted_pickle_is_never_unpickled_and_the_file_is_parsed_again(
    portfolio: Path, tmp_path: Path
) -> None:
    first = _run(portfolio)
    assert (first.parsed, first.from_cache) == (2, 0)
    entries = sorted((portfolio.parent / CACHE_DIR_NAME).glob("*/*.entry"))
    assert len(entries) == 2
    # The key is kept outside the shared folder, readable by this user only.
    key = tmp_path / "state" / "cache.key"
    assert key.is_file() and oct(key.stat().st_mode & 0o777) == "0o600"
    assert not list((portfolio.parent / CACHE_DIR_NAME).rglob("*.key"))
    marker = tmp_path / "pwned"
    evil = zlib.compress(pickle.dumps(_Exploit(str(marker))))
    # An attacker overwrites one entry with a raw pickle, and the other with a pickle
    # behind a copied (valid-for-another-body) signature header.
    entries[0].write_bytes(evil)
    entries[1].write_bytes(entries[1].read_bytes()[:37] + evil)
    again = _run(portfolio)
    assert not marker.exists()
    assert (again.parsed, again.from_cache) == (2, 0)
    assert again.totals["projects"] == 2
    assert again.totals["bac"] == pytest.approx(first.totals["bac"])


def test_an_entry_moved_to_another_files_slot_is_not_trusted(portfolio: Path) -> None:
    first = _run(portfolio)
    a, b = sorted((portfolio.parent / CACHE_DIR_NAME).glob("*/*.entry"))
    a.write_bytes(b.read_bytes())  # validly signed, but for the other file's key
    again = _run(portfolio)
    assert (again.parsed, again.from_cache) == (1, 1)
    assert sorted(f["project_id"] for f in again.to_json()["files"]) == sorted(
        f["project_id"] for f in first.to_json()["files"]
    )


def test_another_users_key_means_a_fresh_parse(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(portfolio)
    monkeypatch.setenv(KEY_ENV, str(tmp_path / "other-user" / "cache.key"))
    assert _run(portfolio).parsed == 2


def test_no_usable_key_means_no_cache_not_a_failure(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(KEY_ENV, str(blocker / "cache.key"))
    result = _run(portfolio)
    assert (result.parsed, result.from_cache) == (2, 0)
    assert not (portfolio.parent / CACHE_DIR_NAME).exists()
    assert cache_module.load_or_create_key(blocker / "cache.key") is None


def test_the_cache_key_follows_standards_content_tool_version_and_as_of(
    portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(portfolio).parsed == 2
    assert _run(portfolio).parsed == 0  # nothing changed
    # An EPMO edits a threshold without bumping meta.version.
    base = default_standards()
    edited = base.model_copy(
        update={
            "staleness": base.staleness.model_copy(
                update={"item_days": base.staleness.item_days + 1}
            )
        }
    )
    assert edited.meta.version == default_standards().meta.version
    assert _run(portfolio, edited).parsed == 2
    assert _run(portfolio, edited).parsed == 0
    # Another as-of date (the rules judge overdue/stale against it).
    assert _run(portfolio, edited, date(2026, 12, 1)).parsed == 2
    # A new tool version.
    monkeypatch.setattr(engine, "__version__", "999.0.0")
    assert _run(portfolio, edited, date(2026, 12, 1)).parsed == 2


def test_old_unsigned_pickle_entries_are_removed(portfolio: Path) -> None:
    _run(portfolio)
    stale = portfolio.parent / CACHE_DIR_NAME / "ab" / ("ab" + "0" * 62 + ".pickle")
    mine = portfolio.parent / CACHE_DIR_NAME / "ab" / "my-notes.pickle"  # not an entry
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"old format")
    mine.write_bytes(b"keep me")
    os.utime(stale)
    _run(portfolio)
    assert not stale.exists()
    assert mine.read_bytes() == b"keep me"


def test_a_cache_folder_planted_as_a_link_is_not_used_or_pruned(
    portfolio: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim"
    (victim / "ab").mkdir(parents=True)
    precious = victim / "ab" / ("ab" + "0" * 62 + ".pickle")
    precious.write_bytes(b"the user's own file")
    os.symlink(victim, portfolio.parent / CACHE_DIR_NAME)
    result = _run(portfolio)
    assert (result.parsed, result.from_cache) == (2, 0)
    assert precious.read_bytes() == b"the user's own file"
    assert sorted(p.name for p in victim.rglob("*")) == ["ab", precious.name]


def test_a_key_others_can_write_is_not_used(tmp_path: Path) -> None:
    key = tmp_path / "cache.key"
    assert cache_module.load_or_create_key(key) is not None
    key.chmod(0o666)
    if os.name == "posix":
        assert cache_module.load_or_create_key(key) is None
    key.chmod(0o600)
    assert cache_module.load_or_create_key(key) == key.read_bytes()
