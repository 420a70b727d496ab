"""What a worker hands back and the cache keeps: the outcome packed once, each register's
rows (compressed already) kept apart and not compressed a second time; an entry of the
cache's previous format is ignored cleanly and the file parsed again."""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from consolidate_inputs import write_portfolio

from addin.consolidate import cache as cache_module
from addin.consolidate import consolidate_folder
from addin.consolidate.cache import CACHE_DIR_NAME, KEY_ENV, ParseCache, file_sha256
from addin.consolidate.parse import (
    PACKED_MAGIC,
    ParseOutcome,
    ParseTask,
    pack_outcome,
    parse_workbook,
    unpack_outcome,
)
from addin.rollup.packed_rows import PackedRows
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


@pytest.fixture
def portfolio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv(KEY_ENV, raising=False)
    folder = tmp_path / "portfolio"
    write_portfolio(folder, 2, default_standards(), raid=6, months=4)
    yield folder


def _outcome(path: Path) -> ParseOutcome:
    return parse_workbook(ParseTask(str(path), default_standards(), AS_OF))


def test_a_packed_outcome_reads_back_whole_with_its_rows_compressed_once(
    portfolio: Path,
) -> None:
    outcome = _outcome(sorted(portfolio.glob("*.xlsx"))[0])
    assert outcome.payload is not None
    rows = outcome.payload.rows
    body = pack_outcome(outcome)
    assert body.startswith(PACKED_MAGIC)
    for key in rows:  # each register's packed bytes stand in the body as they are
        assert rows._packed[key] in body
    back = unpack_outcome(body)
    assert back.payload is not None and isinstance(back.payload.rows, PackedRows)
    assert list(back.payload.rows) == list(rows)
    for key in rows:
        assert back.payload.rows[key] == rows[key]
        assert back.payload.rows.count(key) == rows.count(key)
        assert type(back.payload.rows._packed[key]) is bytes  # not a view of the body
    assert back.payload.rows["risks"][0][0] == "R-001"
    assert back.findings == outcome.findings
    assert back.payload.header == outcome.payload.header
    assert back.payload.months == outcome.payload.months


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_packed_rows_pickle_in_band_with_any_protocol(protocol: int) -> None:
    rows = PackedRows({"risks": [("R-001", 2.5, date(2026, 1, 31), "Risks!A5")]})
    back = pickle.loads(pickle.dumps(rows, protocol=protocol))
    assert back["risks"] == [("R-001", 2.5, date(2026, 1, 31), "Risks!A5")]
    assert back.count("risks") == 1


def test_bytes_of_another_format_are_refused_not_misread(portfolio: Path) -> None:
    outcome = _outcome(sorted(portfolio.glob("*.xlsx"))[0])
    old = zlib.compress(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL), 1)
    with pytest.raises(ValueError, match="not a packed parse outcome of this format"):
        unpack_outcome(old)
    body = pack_outcome(outcome)
    with pytest.raises(ValueError, match="wrong length"):
        unpack_outcome(body[:-1])
    with pytest.raises(ValueError):
        unpack_outcome(PACKED_MAGIC + b"\xff\xff\xff\xff")
    with pytest.raises(TypeError, match="not a parse outcome: dict"):
        unpack_outcome(pack_outcome({"a": 1}))  # type: ignore[arg-type]


def test_an_entry_of_the_previous_cache_format_is_ignored_and_the_file_parsed_again(
    portfolio: Path,
) -> None:
    out = portfolio.parent / "rollup.xlsx"
    standards = default_standards()
    first = consolidate_folder(portfolio, out, standards, AS_OF, jobs=1)
    assert (first.parsed, first.from_cache) == (2, 0)
    entries = sorted((portfolio.parent / CACHE_DIR_NAME).glob("*/*.entry"))
    assert len(entries) == 2
    # Each entry rewritten as the previous format stored it (one compressed pickle),
    # signed with this user's key under this format's name: a signed entry that is not
    # this format's is dropped, never misread.
    key = cache_module.load_or_create_key()
    assert key is not None
    cache = ParseCache(portfolio.parent / CACHE_DIR_NAME, "", key)
    for entry in entries:
        body = entry.read_bytes()[len(cache_module._MAGIC) + cache_module._MAC_BYTES :]
        old = zlib.compress(pickle.dumps(unpack_outcome(body), pickle.HIGHEST_PROTOCOL), 1)
        name = entry.name.removesuffix(".entry")
        entry.write_bytes(cache_module._MAGIC + cache._mac(name, old) + old)
    again = consolidate_folder(portfolio, out, standards, AS_OF, jobs=1)
    assert (again.parsed, again.from_cache) == (2, 0)
    assert again.totals == first.totals
    third = consolidate_folder(portfolio, out, standards, AS_OF, jobs=1)
    assert (third.parsed, third.from_cache) == (0, 2)  # written afresh in this format
    assert third.totals == first.totals


def test_the_previous_formats_entries_are_under_other_names(portfolio: Path) -> None:
    key = cache_module.load_or_create_key()
    assert key is not None
    folder = portfolio.parent / CACHE_DIR_NAME
    path = sorted(portfolio.glob("*.xlsx"))[0]
    sha = file_sha256(path)
    now = ParseCache(folder, "salt", key)
    now.put(sha, _outcome(path))
    before = ParseCache(folder, "salt", key)
    before.salt = "9|salt"  # the previous CACHE_FORMAT
    assert before.get(sha) is None and before.misses == 1
    assert now.get(sha) is not None and now.hits == 1
