from __future__ import annotations

from pathlib import Path

import pytest

from addin.cli import main
from addin.errors import StandardsError
from addin.standards import load_standards, standards_from_text


def test_defaults_have_the_spec_bands(standards):
    assert [(b.name, b.min) for b in standards.score_bands] == [
        ("Low", 1),
        ("Medium", 5),
        ("High", 10),
        ("Critical", 20),
    ]
    assert standards.band_for(4).name == "Low"
    assert standards.band_for(16).name == "High"
    assert standards.band_for(25).name == "Critical"
    assert standards.cost_rag.amber_overrun_pct == 5
    assert standards.staleness.report_days == 14


def test_partial_file_falls_back_to_defaults(tmp_path: Path):
    path = tmp_path / "s.toml"
    path.write_text('[meta]\nversion = "2.3"\n[staleness]\nreport_days = 7\n')
    loaded = load_standards(path)
    assert loaded.version == "2.3"
    assert loaded.staleness.report_days == 7
    assert loaded.staleness.item_days == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[cost_rag]\namber_overrun_pct = "x"', "key 'cost_rag.amber_overrun_pct'"),
        ("[cost_rag]\namber_overrun_pct = 20", "must not be below amber_overrun_pct"),
        ("[lists]\nrag = []", "list 'rag' is empty"),
        ('[rules]\n"ANY" = "fatal"', "'error', 'warning', 'info' or 'off'; got 'fatal'"),
        ("[scorebands]\n", "key 'scorebands' is not a standards key"),
        (
            '[[score_bands]]\nname = "L"\nmin = 1\nmax = 4\ncolour = "#FFFFFF"',
            "falls in no score band",
        ),
        ('[closed_statuses]\nrisk = ["Done"]', "'Done', which is not in lists.risk_status"),
        ("not toml = = =", "not valid TOML"),
    ],
)
def test_broken_standards_name_the_key(text: str, expected: str):
    with pytest.raises(StandardsError) as info:
        standards_from_text(text, "std.toml")
    assert "std.toml" in str(info.value)
    assert expected in str(info.value)


def test_missing_file_says_how_to_create_it(tmp_path: Path):
    with pytest.raises(StandardsError, match="pmo standards init"):
        load_standards(tmp_path / "nope.toml")


def test_init_writes_a_file_that_loads_back(tmp_path: Path, capsys):
    target = tmp_path / "pmo-standards.toml"
    assert main(["standards", "init", str(target)]) == 0
    assert load_standards(target).version == "1.0"
    assert main(["standards", "init", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["standards", "show", str(target)]) == 0
