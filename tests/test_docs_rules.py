"""Every rule code is documented in docs/rules.md with the severity it ships with."""

from __future__ import annotations

import re
from pathlib import Path

from addin.catalogue import all_rules

RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def _documented() -> dict[str, str]:
    """Code -> documented default severity, from the table rows of docs/rules.md."""
    rows = re.findall(
        r"^\| `([A-Z]+(?:-[A-Z0-9]+)+)` \| (\w+) \|", RULES_MD.read_text("utf-8"), re.M
    )
    return dict(rows)


def test_every_code_is_in_docs_rules_md() -> None:
    text = RULES_MD.read_text("utf-8")
    missing = [r.code for r in all_rules() if f"`{r.code}`" not in text]
    assert missing == [], (
        f"codes missing from docs/rules.md: {missing}; run "
        "`python -m addin.rules.doc_table docs/rules.md`"
    )


def test_documented_severities_are_the_shipped_ones() -> None:
    documented = _documented()
    wrong = {
        r.code: (documented.get(r.code), r.default_severity)
        for r in all_rules()
        if r.code in documented and documented[r.code] != r.default_severity
    }
    assert wrong == {}


def test_docs_list_no_code_that_does_not_exist() -> None:
    assert set(_documented()) - {r.code for r in all_rules()} == set()


def test_every_rule_has_a_title_a_description_and_a_fix() -> None:
    incomplete = [r.code for r in all_rules() if not (r.title and r.description and r.fix)]
    assert incomplete == []
