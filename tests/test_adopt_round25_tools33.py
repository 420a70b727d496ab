"""Round 25's last hour (issue 15): the thirty-third batch's English tool exports' misses,
mended by general rules. Each rule is tried on workbooks written for these tests (no
benchmark layout), with a near-miss that must not be taken."""

from __future__ import annotations

from pathlib import Path

from adopt_sheets import adopt, book, only, targets

# ---------------------------------------------------------------------------------------
# A bare "Pre" / "Post" before a risk scale says before / after the response
# ---------------------------------------------------------------------------------------


def _pre_post(path: Path, last: str) -> Path:
    """A risk log scored before and after the response, its last column ``last``."""
    rows: list[list[object]] = [["Ref", "Risk", "Owner", "Pre Probability", "Pre Severity"]]
    rows[0] += ["Response", "Post Probability", "Post Severity", last]
    rows.append(["K1", "Lift shaft steel late", "Noor Malik", 4, 5, "Second mill", 2, 4, None])
    rows.append(["K2", "Roof membrane fails test", "Tom Price", 3, 3, "Retest", 1, 3, None])
    rows.append(["K3", "Night works permit refused", "Noor Malik", 5, 2, "Appeal", 3, 2, None])
    return book(path, "Risks", rows)


def test_post_before_a_scale_is_the_residual_scale(tmp_path: Path) -> None:
    adoption = adopt(_pre_post(tmp_path / "p.xlsx", "Notes"))
    got = targets(only(adoption))
    assert got["Pre Probability"] == "probability"
    assert got["Post Probability"] == "residual_probability"
    assert got["Post Severity"] == "residual_impact"
    risk = adoption.project.items("risks")[2]
    assert (risk.probability, risk.residual_probability, risk.residual_impact) == (5, 3, 2)


def test_post_before_any_other_word_is_no_residual(tmp_path: Path) -> None:
    # near-miss: "Post Code" and "Post Review Date" say nothing of the response
    got = targets(only(adopt(_pre_post(tmp_path / "c.xlsx", "Post Code"))))
    assert not str(got.get("Post Code")).startswith("residual")
    got = targets(only(adopt(_pre_post(tmp_path / "r.xlsx", "Post Review Date"))))
    assert not str(got.get("Post Review Date")).startswith("residual")
