"""Round 25's last hour: the thirty-fourth and thirty-second batches' misses, mended by
rules a PMO analyst would state, each on small workbooks of our own with a near-miss that
must not fire (docs/adopt.md, "Round 25 (its last hour)")."""

from __future__ import annotations

from pathlib import Path

from addin.adopt.classify import shortened_type, type_value_register
from tests.adopt_sheets import adopt, book, field, only

# -- a RAID type cut short with its dot is the register word it starts ------------------


def test_a_type_cut_short_with_its_dot_names_its_register() -> None:
    assert shortened_type("Assump.") == "assumptions"
    assert shortened_type("Dep.") == "dependencies"
    assert shortened_type("Iss.") == "issues"
    assert shortened_type("Dec.") == "decisions"
    assert type_value_register("Risk") == "risks"


def test_a_short_form_without_its_dot_or_too_short_is_no_type() -> None:
    # "Dept" is a department, "D." could be anything beginning with a d, "Estim." starts
    # no register's word
    assert shortened_type("Dept") is None
    assert shortened_type("As.") is None
    assert shortened_type("Estim.") is None
    assert type_value_register("Dept") is None


def _mixed_log(tmp_path: Path, types: list[str]) -> Path:
    rows: list[list[object]] = [
        ["Kiln relining - RAID"],
        [],
        ["Ref", "Kind", "Summary", "Owner", "Status"],
    ]
    texts = [
        "Refractory bricks arrive late",
        "Burner fails the gas test",
        "Shutdown window stays in August",
        "Crane from the sister plant",
        "Kiln shell ovality out of spec",
    ]
    people = ["Ines Walter", "Tom Becker", "Ada Lin", "Ines Walter", "Ada Lin"]
    for n, (kind, text, who) in enumerate(zip(types, texts, people, strict=True)):
        rows.append([f"K-{n + 1}", kind, text, who, "Open"])
    return book(tmp_path / "kiln.xlsx", "RAID", rows)


def test_a_mixed_log_typed_with_short_forms_is_split_by_register(tmp_path: Path) -> None:
    path = _mixed_log(tmp_path, ["Risk", "Issue", "Assump.", "Dep.", "Risk"])
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "raid"
    assert table.items == {"risks": 2, "issues": 1, "assumptions": 1, "dependencies": 1}
    assert field(adoption, "assumptions", "assumption") == ["Shutdown window stays in August"]
    assert field(adoption, "dependencies", "title") == ["Crane from the sister plant"]


def test_a_kind_column_of_other_short_forms_splits_nothing(tmp_path: Path) -> None:
    # "Mech." / "Elec." / "Civ." are disciplines cut short, not registers: no mixed log
    path = _mixed_log(tmp_path, ["Mech.", "Elec.", "Civ.", "Mech.", "Elec."])
    adoption = adopt(path)
    assert all(t.register != "raid" for t in adoption.report.tables)
