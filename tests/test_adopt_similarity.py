"""The batch-similarity check (benchmarks/adopt_similarity.py) that held-out writers run:
a copied header row and a translated copy of a table are seen, a table of its own is not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from adopt_similarity import compare


def _row(register: str, cells: list[str], keys: list[str]) -> dict[str, object]:
    return {"register": register, "cells": cells, "keys": keys}


KEYS = ["id", "title", "owner", "raised_date", "due_date", "-", "status", "-"]


def test_a_translated_copy_keeps_the_structure_though_no_word_is_shared() -> None:
    dutch = _row(
        "issues",
        ["nr.", "omschrijving", "eigenaar", "gemeld", "deadline", "soort", "status", "opmerking"],
        KEYS,
    )
    polish = _row(
        "issues",
        ["lp.", "opis", "właściciel", "zgłoszono", "termin", "rodzaj", "stan", "uwagi"],
        KEYS,
    )
    cells, structure = compare(polish, dutch)
    assert cells == 0.0
    assert structure == 1.0


def test_a_copied_header_row_is_seen_by_its_cells() -> None:
    theirs = _row(
        "risks",
        ["ref", "risk", "owner", "impact", "status"],
        ["id", "title", "owner", "impact", "status"],
    )
    mine = _row(
        "risks", ["ref", "risk", "owner", "impact", "rag"], ["id", "title", "owner", "impact", "-"]
    )
    cells, _ = compare(mine, theirs)
    assert cells == 0.8


def test_a_table_of_its_own_is_far_from_the_other_and_another_register_has_no_structure() -> None:
    theirs = _row("issues", ["nr.", "omschrijving"], KEYS)
    mine = _row("issues", ["ticket", "summary", "reporter", "labels"], ["id", "title", "-", "-"])
    cells, structure = compare(mine, theirs)
    assert cells == 0.0
    assert structure == 4 / 8  # id, title and two columns left out, of eight
    assert compare(_row("risks", ["nr."], KEYS), theirs)[1] == 0.0
