"""Round 41 (task rt41): red team of round 40's rules no red team had attacked (t50d's
later rules, t51a, t50b, ox40). Each attack is a small workbook a PMO's other registers
would hold: near misses the rules must not fire on, and the shapes they must read."""

from __future__ import annotations

from pathlib import Path

from tests.adopt_sheets import adopt, book, field, only, targets

# --- t50d: a decision log's ``Forum`` / ``Instance`` -------------------------------------


def _decision_log(third: str, cells: tuple[str, str], fourth: str | None) -> list[list[object]]:
    header: list[object] = ["Ref", "Decision", third] + ([fourth] if fourth else []) + ["Date"]
    rows: list[list[object]] = [header]
    people = ("Ann Lee", "Bob Roe")
    for i, (text, cell) in enumerate(zip(("Approve budget", "Move go-live"), cells, strict=True)):
        rows.append(
            [f"D-0{i + 1}", text, cell] + ([people[i]] if fourth else []) + [f"2026-0{i + 1}-10"]
        )
    return rows


def test_forum_before_decided_by_leaves_who_decided(tmp_path: Path) -> None:
    """``Forum`` (the meeting) standing left of the log's own ``Decided by``: who decided is
    the ``Decided by`` column. Before, the first of the two took the maker and ``Decided by``
    was left unread (rt40 asserted only ``Forum`` standing right of it)."""
    rows = _decision_log("Forum", ("Steering Committee", "Project Board"), "Decided by")
    adoption = adopt(book(tmp_path / "dec.xlsx", "Decisions", rows))
    assert targets(only(adoption))["Decided by"] == "made_by"
    assert targets(only(adoption))["Forum"] is None
    assert field(adoption, "decisions", "made_by") == ["Ann Lee", "Bob Roe"]


def test_an_it_projects_instance_beside_approved_by(tmp_path: Path) -> None:
    """An IT project's decision log names the server ``Instance`` a decision is about beside
    ``Approved by``: the approver made the decision, the instance is no maker."""
    rows = _decision_log("Instance", ("i-0abc123", "i-0def456"), "Approved by")
    adoption = adopt(book(tmp_path / "dec.xlsx", "Decisions", rows))
    assert targets(only(adoption))["Approved by"] == "made_by"
    assert targets(only(adoption))["Instance"] is None
    assert field(adoption, "decisions", "made_by") == ["Ann Lee", "Bob Roe"]


def test_forum_alone_is_still_who_decided(tmp_path: Path) -> None:
    """With no maker column of its own, ``Forum`` / ``Instance`` is still the body that
    decided (t50d's reading holds)."""
    for word in ("Forum", "Instance"):
        rows = _decision_log(word, ("Comité technique", "Revue de projet"), None)
        adoption = adopt(book(tmp_path / f"{word}.xlsx", "Decisions", rows))
        assert field(adoption, "decisions", "made_by") == ["Comité technique", "Revue de projet"]


# --- t51a: a current plan's ``Due date`` beside a first plan's date ------------------------


def _two_plans(first: str, current: str) -> list[list[object]]:
    rows: list[list[object]] = [["Milestone", first, current, "Status"]]
    rows.append(["Design freeze", "2026-01-10", "2026-01-20", "Complete"])
    rows.append(["Build complete", "2026-03-10", "2026-03-24", "In Progress"])
    return rows


def test_an_english_original_date_beside_a_due_date_is_the_baseline(tmp_path: Path) -> None:
    """A milestone plan's ``Original date`` (or ``Original due date``) beside its ``Due
    date``: the original is the baseline, the due date the current plan (the forecast), as
    t51a read a ClickUp list's Japanese original date. Before, round 23's superseded-copy
    rule dropped the English original as the due date's old copy: the due date took the
    baseline and the forecast was lost."""
    for first in ("Original date", "Original due date"):
        adoption = adopt(book(tmp_path / "ms.xlsx", "Milestones", _two_plans(first, "Due date")))
        got = targets(only(adoption))
        assert got[first] == "baseline_date" and got["Due date"] == "forecast_date"
        assert [str(d) for d in field(adoption, "milestones", "forecast_date")] == [
            "2026-01-20",
            "2026-03-24",
        ]


def test_a_previous_due_date_is_still_no_baseline(tmp_path: Path) -> None:
    """Near miss: a ``Previous due date`` is the last report's copy, no first plan: the due
    date keeps the baseline."""
    adoption = adopt(
        book(tmp_path / "ms.xlsx", "Milestones", _two_plans("Previous due date", "Due date"))
    )
    got = targets(only(adoption))
    assert got["Due date"] == "baseline_date"
    # nor is the earlier copy the forecast (before, it was read as the current plan)
    assert got["Previous due date"] is None
    assert field(adoption, "milestones", "forecast_date") == [None, None]


def test_first_plans_beside_a_due_date_in_five_languages(tmp_path: Path) -> None:
    """The same shape in French and Spanish read so already; German ``Ursprünglicher
    Termin`` read as the forecast (the due date as the baseline: swapped), Italian ``Data
    originale`` and Portuguese ``Data original`` as nothing: ``ursprünglich`` and
    ``originale`` are now the vocabulary's ``original`` (``words_round41_rt41``)."""
    for first, current in (
        ("Date initiale", "Date d'échéance"),
        ("Fecha original", "Fecha de vencimiento"),
        ("Ursprünglicher Termin", "Fälligkeitsdatum"),
        ("Data originale", "Data di scadenza"),
        ("Data original", "Data de vencimento"),
    ):
        adoption = adopt(book(tmp_path / "ms.xlsx", "Hitos", _two_plans(first, current)))
        got = targets(only(adoption))
        assert got[first] == "baseline_date" and got[current] == "forecast_date"


# --- t50d: a legend with no label under two letter columns ------------------------------


def _lettered_register(legend: str) -> list[list[object]]:
    rows: list[list[object]] = [["Risk Register"], []]
    rows.append(["Risk ID", "Risk description", "Likelihood", "Impact", "Owner"])
    texts = ("Supplier may fold", "Data migration may overrun", "Key engineer may leave")
    for i, (text, lik, imp) in enumerate(zip(texts, "ABE", "EDA", strict=True)):
        rows.append([f"R-{i + 1:03d}", text, lik, imp, "Ann Lee"])
    rows += [[], [legend]]
    return rows


def test_an_unlabelled_likelihood_legend_keys_no_impact(tmp_path: Path) -> None:
    """A legend with no label in a likelihood's own words (``A = Almost certain ... E =
    Rare``) under a table whose impact is lettered too keys the likelihood only: the
    impact's letters are not read as likelihood words (before: E = Rare = 1, A = 5)."""
    legend = "A = Almost certain, B = Likely, C = Possible, D = Unlikely, E = Rare"
    adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _lettered_register(legend)))
    assert field(adoption, "risks", "probability") == [5.0, 4.0, 1.0]
    assert field(adoption, "risks", "impact") == [None, None, None]


def test_an_unlabelled_impact_legend_keys_no_likelihood(tmp_path: Path) -> None:
    """The other way round: an impact's own words (``A = Negligible ... E = Catastrophic``)
    key the impact, and the likelihood keeps the handbook's letters (A = Almost certain)."""
    legend = "A = Negligible, B = Minor, C = Moderate, D = Major, E = Catastrophic"
    adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _lettered_register(legend)))
    assert field(adoption, "risks", "probability") == [5.0, 4.0, 1.0]
    assert field(adoption, "risks", "impact") == [5.0, 4.0, 1.0]


def test_an_unlabelled_legend_of_shared_words_keys_both(tmp_path: Path) -> None:
    """Near miss: words both scales use (``Very low`` .. ``Very high``, t50d's ECSS ends
    ``Minimum`` / ``Maximum``) key every letter column, as before."""
    for legend in (
        "A = Very low, B = Low, C = Medium, D = High, E = Very high",
        "A = Minimum, B = Low, C = Medium, D = High, E = Maximum",
    ):
        adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _lettered_register(legend)))
        assert field(adoption, "risks", "probability") == [1.0, 2.0, 5.0]
        assert field(adoption, "risks", "impact") == [5.0, 4.0, 1.0]
