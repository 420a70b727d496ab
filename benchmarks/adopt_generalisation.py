"""How adoption generalises: score `adopt_host` on seeded legacy layouts with ground truth.

    .venv/bin/python benchmarks/adopt_generalisation.py [--seed N] [--show-held-out] [--json] [--only TEXT]

The layouts (``benchmarks/adopt_layouts.py``) are split into TUNING batches and the
HELD-OUT batches (none at the end of round 23: the next round writes new ones first); the
twenty-sixth to twenty-eighth batches (``adopt_layouts_heldout26.py`` to ``heldout28.py``,
written for round 23 by engineers who do not tune) were held out until round 23 was scored
and are tuning batches since; the twenty-fourth and twenty-fifth batches (written for round
22) were held out until round 22 was scored and are tuning batches since; the twenty-third batch (``adopt_layouts_heldout23.py``, written
for round 21) was held out until round 21 was scored and is a tuning batch since round 22; the twentieth to twenty-second batches (``adopt_layouts_heldout20.py``
to ``heldout22.py``, written for round 20) were held out until round 20 was scored and are
tuning batches since round 21; the nineteenth batch (``adopt_layouts_heldout19.py``, written
for round 19) was held out until round 19 was scored and is a tuning batch since round 20; the eighteenth batch (``adopt_layouts_heldout18.py``, written
for round 18) was held out until round 18 was scored and is a tuning batch since round 19; the seventeenth batch (``adopt_layouts_heldout17.py``, written
for round 17) was held out until round 17 was scored and is a tuning batch since round 18; the sixteenth batch (``adopt_layouts_heldout16.py``, written for
round 16) was held out until round 16 was scored and is a tuning batch since round 17; the fourteenth and fifteenth batches
(``adopt_layouts_heldout14.py`` and ``heldout15.py``, written for round 15) were held out until
round 15 was scored and are tuning batches since round 16; the twelfth and thirteenth batches
(``adopt_layouts_heldout12.py`` and ``heldout13.py``, written for rounds 13 and 14) were held
out until round 14 was scored and are tuning batches since round 15; the tenth and eleventh
batches (``adopt_layouts_heldout10.py`` and ``heldout11.py``, written for rounds 11 and 12) were held
out until round 13 was scored and are tuning batches since round 14; the sixth to ninth batches
(``adopt_layouts_heldout6.py`` to ``heldout9.py``, written for rounds 7 to 10) were held out
until round 12 was scored and are tuning batches since round 13, which widened the tuning
set with them; round 1's held-out half, round 2's fresh batch, round 4's held-out batch
``adopt_layouts_heldout3.py``, round 5's held-out batch ``adopt_layouts_heldout4.py`` and
round 6's held-out batch ``adopt_layouts_heldout5.py`` were tuned on or scored after tuning
and are tuning batches since; round 5's probe, ``adopt_layouts_round5.py``, was written by
the author of round 5's mechanisms and was never held out; round 13's own batch,
``adopt_layouts_tuning6.py``, round 14's, ``adopt_layouts_tuning7.py``, and round 20's,
``adopt_layouts_tuning8.py``, ``adopt_layouts_tuning9.py`` and ``adopt_layouts_tuning10.py``,
were written by tuning engineers as tuning batches). A half whose name starts with
``held-out`` has its details hidden. Facts
checked per layout:

- *tables*: each register table found at its sheet and header row (a two-row header may be
  reported at either of its rows) and adopted;
- *register*: classified as the right register ("raid" for a mixed table), and the item
  count of every register right;
- *columns*: each source column mapped where a person would map it (or left out when a
  person would leave it out);
- *values*: the converted values the adopted workbook must hold (dates, scales, owners,
  IDs, per-register meanings of a mixed table, finance amounts by month and cost line,
  project fields from the title block).

Held-out details are not printed unless ``--show-held-out`` is given, so that nobody tunes
on them by accident; its totals always are.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adopt_layouts import HELD_OUT, TUNING, TUNING_2, TUNING_3, Built, Layout, TruthTable, ValueFact
from adopt_layouts_converted import CONVERTED_KEPT, CONVERTED_TUNED
from adopt_layouts_fresh import FRESH_HELD_OUT
from adopt_layouts_government import GOV_KEPT, GOV_TUNED
from adopt_layouts_heldout3 import HELD_OUT_3
from adopt_layouts_heldout4 import HELD_OUT_4
from adopt_layouts_heldout5 import HELD_OUT_5
from adopt_layouts_heldout6 import HELD_OUT_6
from adopt_layouts_heldout7 import HELD_OUT_7
from adopt_layouts_heldout8 import HELD_OUT_8
from adopt_layouts_heldout9 import HELD_OUT_9
from adopt_layouts_heldout10 import HELD_OUT_10
from adopt_layouts_heldout11 import HELD_OUT_11
from adopt_layouts_heldout12 import HELD_OUT_12
from adopt_layouts_heldout13 import HELD_OUT_13
from adopt_layouts_heldout14 import HELD_OUT_14
from adopt_layouts_heldout15 import HELD_OUT_15
from adopt_layouts_heldout16 import HELD_OUT_16
from adopt_layouts_heldout17 import HELD_OUT_17
from adopt_layouts_heldout18 import HELD_OUT_18
from adopt_layouts_heldout19 import HELD_OUT_19
from adopt_layouts_heldout20 import HELD_OUT_20
from adopt_layouts_heldout21 import HELD_OUT_21
from adopt_layouts_heldout22 import HELD_OUT_22
from adopt_layouts_heldout23 import HELD_OUT_23
from adopt_layouts_heldout24 import HELD_OUT_24
from adopt_layouts_heldout25 import HELD_OUT_25
from adopt_layouts_heldout26 import HELD_OUT_26
from adopt_layouts_heldout27 import HELD_OUT_27
from adopt_layouts_heldout28 import HELD_OUT_28
from adopt_layouts_heldout29 import HELD_OUT_29
from adopt_layouts_heldout30 import HELD_OUT_30
from adopt_layouts_heldout31 import HELD_OUT_31
from adopt_layouts_heldout32 import HELD_OUT_32
from adopt_layouts_heldout33 import HELD_OUT_33
from adopt_layouts_heldout34 import HELD_OUT_34
from adopt_layouts_heldout35 import HELD_OUT_35
from adopt_layouts_heldout36 import HELD_OUT_36
from adopt_layouts_heldout37 import HELD_OUT_37
from adopt_layouts_heldout38 import HELD_OUT_38
from adopt_layouts_heldout39 import HELD_OUT_39
from adopt_layouts_heldout40 import HELD_OUT_40
from adopt_layouts_heldout41 import HELD_OUT_41
from adopt_layouts_heldout42 import HELD_OUT_42
from adopt_layouts_heldout43 import HELD_OUT_43
from adopt_layouts_heldout44 import HELD_OUT_44
from adopt_layouts_heldout45 import HELD_OUT_45
from adopt_layouts_heldout46 import HELD_OUT_46
from adopt_layouts_heldout47 import HELD_OUT_47
from adopt_layouts_heldout48 import HELD_OUT_48
from adopt_layouts_heldout49 import HELD_OUT_49
from adopt_layouts_heldout50 import HELD_OUT_50
from adopt_layouts_heldout51 import HELD_OUT_51
from adopt_layouts_heldout52 import HELD_OUT_52
from adopt_layouts_heldout53 import HELD_OUT_53
from adopt_layouts_heldout54 import HELD_OUT_54
from adopt_layouts_heldout55 import HELD_OUT_55
from adopt_layouts_heldout56 import HELD_OUT_56
from adopt_layouts_heldout57 import HELD_OUT_57
from adopt_layouts_heldout58 import HELD_OUT_58
from adopt_layouts_heldout59 import HELD_OUT_59
from adopt_layouts_heldout60 import HELD_OUT_60
from adopt_layouts_heldout61 import HELD_OUT_61
from adopt_layouts_heldout62 import HELD_OUT_62
from adopt_layouts_heldout63 import HELD_OUT_63
from adopt_layouts_heldout64 import HELD_OUT_64
from adopt_layouts_heldout65 import HELD_OUT_65
from adopt_layouts_heldout66 import HELD_OUT_66
from adopt_layouts_heldout67 import HELD_OUT_67
from adopt_layouts_heldout68 import HELD_OUT_68
from adopt_layouts_heldout69 import HELD_OUT_69
from adopt_layouts_heldout70 import HELD_OUT_70
from adopt_layouts_heldout71 import HELD_OUT_71
from adopt_layouts_heldout72 import HELD_OUT_72
from adopt_layouts_heldout73 import HELD_OUT_73
from adopt_layouts_heldout74 import HELD_OUT_74
from adopt_layouts_heldout75 import HELD_OUT_75
from adopt_layouts_heldout76 import HELD_OUT_76
from adopt_layouts_heldout77 import HELD_OUT_77
from adopt_layouts_heldout78 import HELD_OUT_78
from adopt_layouts_heldout79 import HELD_OUT_79
from adopt_layouts_heldout80 import HELD_OUT_80
from adopt_layouts_heldout81 import HELD_OUT_81
from adopt_layouts_heldout82 import HELD_OUT_82
from adopt_layouts_heldout83 import HELD_OUT_83
from adopt_layouts_heldout84 import HELD_OUT_84
from adopt_layouts_heldout85 import HELD_OUT_85
from adopt_layouts_heldout86 import HELD_OUT_86
from adopt_layouts_heldout87 import HELD_OUT_87
from adopt_layouts_heldout88 import HELD_OUT_88
from adopt_layouts_heldout89 import HELD_OUT_89
from adopt_layouts_heldout90 import HELD_OUT_90
from adopt_layouts_heldout91 import HELD_OUT_91
from adopt_layouts_heldout92 import HELD_OUT_92
from adopt_layouts_heldout93 import HELD_OUT_93
from adopt_layouts_heldout94 import HELD_OUT_94
from adopt_layouts_heldout95 import HELD_OUT_95
from adopt_layouts_heldout96 import HELD_OUT_96
from adopt_layouts_heldout97 import HELD_OUT_97
from adopt_layouts_heldout98 import HELD_OUT_98
from adopt_layouts_heldout99 import HELD_OUT_99
from adopt_layouts_heldout100 import HELD_OUT_100
from adopt_layouts_heldout101 import HELD_OUT_101
from adopt_layouts_heldout102 import HELD_OUT_102
from adopt_layouts_heldout103 import HELD_OUT_103
from adopt_layouts_heldout104 import HELD_OUT_104
from adopt_layouts_heldout105 import HELD_OUT_105
from adopt_layouts_heldout106 import HELD_OUT_106
from adopt_layouts_heldout107 import HELD_OUT_107
from adopt_layouts_heldout108 import HELD_OUT_108
from adopt_layouts_heldout109 import HELD_OUT_109
from adopt_layouts_heldout110 import HELD_OUT_110
from adopt_layouts_heldout111 import HELD_OUT_111
from adopt_layouts_heldout112 import HELD_OUT_112
from adopt_layouts_heldout113 import HELD_OUT_113
from adopt_layouts_heldout114 import HELD_OUT_114
from adopt_layouts_heldout115 import HELD_OUT_115
from adopt_layouts_heldout116 import HELD_OUT_116
from adopt_layouts_heldout117 import HELD_OUT_117
from adopt_layouts_heldout118 import HELD_OUT_118
from adopt_layouts_heldout119 import HELD_OUT_119
from adopt_layouts_heldout120 import HELD_OUT_120
from adopt_layouts_heldout121 import HELD_OUT_121
from adopt_layouts_heldout122 import HELD_OUT_122
from adopt_layouts_heldout123 import HELD_OUT_123
from adopt_layouts_heldout124 import HELD_OUT_124
from adopt_layouts_heldout125 import HELD_OUT_125
from adopt_layouts_heldout126 import HELD_OUT_126
from adopt_layouts_print import PRINT_KEPT, PRINT_TUNED
from adopt_layouts_quantitative import QUANT_KEPT, QUANT_TUNED
from adopt_layouts_regional import REGIONAL_KEPT, REGIONAL_TUNED
from adopt_layouts_round5 import PROBE_5
from adopt_layouts_tools import TOOLS_KEPT, TOOLS_TUNED
from adopt_layouts_tuning4 import TUNING_4, TUNING_5
from adopt_layouts_tuning6 import TUNING_6
from adopt_layouts_tuning7 import TUNING_7
from adopt_layouts_tuning8 import TUNING_8
from adopt_layouts_tuning9 import TUNING_9
from adopt_layouts_tuning10 import TUNING_10
from adopt_layouts_tuning11 import TUNING_11
from adopt_layouts_tuning12 import TUNING_12_A, TUNING_12_B
from adopt_layouts_tuning13 import TUNING_13_A, TUNING_13_B
from adopt_layouts_tuning14 import TUNING_14_A, TUNING_14_B
from adopt_layouts_tuning15 import TUNING_15_A, TUNING_15_B
from adopt_layouts_tuning16 import TUNING_16_A, TUNING_16_B
from adopt_layouts_tuning17 import TUNING_17_A, TUNING_17_B
from adopt_layouts_tuning18 import TUNING_18_A, TUNING_18_B
from adopt_layouts_tuning19 import TUNING_19
from adopt_layouts_tuning20 import TUNING_20
from adopt_layouts_tuning21 import TUNING_21
from adopt_layouts_tuning22 import TUNING_22_A, TUNING_22_B
from adopt_layouts_tuning23 import TUNING_23
from adopt_layouts_tuning24 import TUNING_24
from adopt_layouts_tuning25 import TUNING_25
from adopt_layouts_tuning26 import TUNING_26
from adopt_layouts_tuning27 import TUNING_27
from adopt_layouts_tuning28 import TUNING_28
from adopt_layouts_tuning29 import TUNING_29
from adopt_layouts_tuning30 import TUNING_30
from adopt_layouts_worn import WORN_KEPT, WORN_TUNED

from addin.adopt import Adoption, adopt_host, open_source
from addin.adopt.report import TableReport
from addin.standards import default_standards

KINDS = ("tables", "register", "columns", "values")


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    misses: list[str] = field(default_factory=list)
    #: every fact in the scorer's order, (kind, right, what): a layout's facts come in the
    #: same order whatever the workbook holds, so two workbooks of one truth (a layout and a
    #: perturbed copy of it, ``adopt_perturb.py``) compare fact by fact
    outcomes: list[tuple[str, bool, str]] = field(default_factory=list)

    def add(self, kind: str, ok: bool, what: str) -> None:
        self.outcomes.append((kind, ok, what))
        self.total[kind] += 1
        if ok:
            self.right[kind] += 1
        else:
            self.misses.append(f"{kind}: {what}")

    def merge(self, other: Score) -> None:
        for k in KINDS:
            self.right[k] += other.right[k]
            self.total[k] += other.total[k]

    @property
    def facts(self) -> tuple[int, int]:
        return sum(self.right.values()), sum(self.total.values())


def _find_table(adoption: Adoption, truth: TruthTable) -> TableReport | None:
    near = [
        t
        for t in adoption.report.tables
        if t.sheet == truth.sheet and t.header_row in (truth.header_row, truth.header_row - 1)
    ]
    adopted = [t for t in near if t.adopted]
    pool = adopted or near
    # two tables side by side whose header rows are one row apart (a RAID-on-a-page's
    # quadrants): the one holding the truth's columns is the truth's table (round 13; before,
    # the first was taken, so the right quadrant was scored against the left one's register)
    wanted = set(truth.columns)
    pool = sorted(pool, key=lambda t: -len(wanted & {c.column for c in t.columns}))
    return (pool or [None])[0]


def _same(got: object, expected: object) -> bool:
    if isinstance(expected, float):
        return isinstance(got, int | float) and abs(float(got) - expected) < 0.005
    if isinstance(expected, str) and isinstance(got, str):
        return got.strip() == expected
    return got == expected


def _value(adoption: Adoption, fact: ValueFact) -> object:
    project = adoption.project
    if fact.register == "project":
        return getattr(project.header, fact.column, None)
    items = project.items(fact.register)
    if isinstance(fact.where, tuple):
        month, line = fact.where
        for item in items:
            if getattr(item, "month", None) == month and getattr(item, "cost_line", None) == line:
                return getattr(item, fact.column, None)
        return "(no such finance line)"
    if fact.where >= len(items):
        return "(no such item)"
    return getattr(items[fact.where], fact.column, None)


def score_layout(built: Built, adoption: Adoption) -> Score:
    score = Score()
    expected_counts: dict[str, int] = {}
    for truth in built.tables:
        where = f"{truth.sheet}!row {truth.header_row}"
        table = _find_table(adoption, truth)
        score.add("tables", table is not None and table.adopted, f"{where} not found/adopted")
        got_reg = table.register if table else None
        score.add("register", got_reg == truth.register, f"{where} {got_reg} != {truth.register}")
        for reg, n in truth.counts.items():
            expected_counts[reg] = expected_counts.get(reg, 0) + n
        reported = {c.column: c.target for c in table.columns} if table else {}
        for letter, target in truth.columns.items():
            got = reported.get(letter, "(no column)")
            ok = got in target if isinstance(target, tuple) else got == target
            score.add("columns", ok, f"{where} column {letter}: {got} != {target}")
    for reg, n in expected_counts.items():
        got_n = len(adoption.project.items(reg))
        score.add("register", got_n == n, f"{reg}: {got_n} items != {n}")
    for fact in built.values:
        got = _value(adoption, fact)
        where = (
            fact.where if isinstance(fact.where, int) else f"{fact.where[0]:%Y-%m} {fact.where[1]}"
        )
        score.add(
            "values",
            _same(got, fact.expected),
            f"{fact.register}[{where}].{fact.column}: {got!r} != {fact.expected!r}",
        )
    return score


def run_half(layouts: Sequence[Layout], seed: int, folder: Path) -> dict[str, Score]:
    standards = default_standards()
    out: dict[str, Score] = {}
    for n, layout in enumerate(layouts):
        rng = random.Random(seed * 1000 + n)
        built = layout.build(folder, rng)
        try:
            adoption = adopt_host(open_source(built.path), standards)
        except Exception as exc:  # a layout refused outright scores 0 on every fact
            score = score_layout(built, _empty(built))
            score.misses.insert(0, f"adoption failed: {type(exc).__name__}: {exc}")
            out[layout.name] = score
            continue
        out[layout.name] = score_layout(built, adoption)
    return out


def fact_totals(built: Built) -> dict[str, int]:
    """How many facts of each kind a layout's truth holds, counted as the scorer counts them
    (the truth audits' tests pin these totals)."""
    return score_layout(built, _empty(built)).total


def _empty(built: Built) -> Adoption:
    from addin.adopt.mapping_file import AdoptionMapping
    from addin.adopt.report import AdoptionReport
    from addin.models import ProjectData

    return Adoption(ProjectData(), AdoptionReport(str(built.path)), AdoptionMapping())


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "0/0"


def _total(scores: dict[str, Score]) -> Score:
    total = Score()
    for s in scores.values():
        total.merge(s)
    return total


#: Every half scored, in order: (name, layouts). A half whose name starts with ``tuning``
#: may be read and tuned on; one starting with ``held-out`` is hidden (the perturbation
#: benchmark, ``adopt_perturb.py``, takes the tuning halves from here).
HALVES: tuple[tuple[str, Sequence[Layout]], ...] = (
    ("tuning", TUNING),
    ("tuning, second batch", TUNING_2),
    ("tuning, third batch", TUNING_3),
    # round 1's held-out half: its misses were read, so it is tuned on since round 2
    ("tuning, round 1's held-out (contaminated)", HELD_OUT),
    ("tuning, fourth batch (round 2)", TUNING_4),
    ("tuning, fifth batch (round 3)", TUNING_5),
    # round 2's held-out batch: its misses were read after round 2, so it is tuned on
    # since round 3
    ("tuning, round 2's held-out (contaminated)", FRESH_HELD_OUT),
    # round 4's held-out batch: its misses were read after round 4, so it is tuned
    # on since round 5
    ("tuning, round 4's held-out (contaminated)", HELD_OUT_3),
    # written by round 5's author after its mechanisms: a probe, never held out
    ("tuning, round 5 probe", PROBE_5),
    # written for round 5 by an engineer who does not tune; scored after round 5, then
    # its misses were read in round 6, so it is tuned on since
    ("tuning, round 5's held-out (contaminated)", HELD_OUT_4),
    # written for round 6 by an engineer who does not tune; scored after round 6, then
    # its misses were read in round 7, so it is tuned on since
    ("tuning, round 6's held-out (contaminated)", HELD_OUT_5),
    # written for round 7 by an engineer who does not tune; held out until round 12
    # was scored, then promoted to tuning in round 13 (its misses are read since)
    ("tuning, round 7's held-out (promoted in round 13)", HELD_OUT_6),
    # written for round 8 by an engineer who does not tune; held out until round 12
    # was scored, then promoted to tuning in round 13 (its misses are read since)
    ("tuning, round 8's held-out (promoted in round 13)", HELD_OUT_7),
    # written for round 9 by an engineer who does not tune; held out until round 12
    # was scored, then promoted to tuning in round 13 (its misses are read since)
    ("tuning, round 9's held-out (promoted in round 13)", HELD_OUT_8),
    # written for round 10 by an engineer who does not tune; held out until round 12
    # was scored, then promoted to tuning in round 13 (its misses are read since)
    ("tuning, round 10's held-out (promoted in round 13)", HELD_OUT_9),
    # written in round 13 by an engineer who tunes, from tools, sectors and languages
    # no earlier batch has: a tuning batch from the start
    ("tuning, sixth batch (round 13)", TUNING_6),
    # written for round 11 by an engineer who does not tune; held out until round 13
    # was scored, then promoted to tuning in round 14 (its misses are read since)
    ("tuning, round 11's held-out (promoted in round 14)", HELD_OUT_10),
    # written for round 12 by an engineer who does not tune; held out until round 13
    # was scored, then promoted to tuning in round 14 (its misses are read since)
    ("tuning, round 12's held-out (promoted in round 14)", HELD_OUT_11),
    # written in round 14 by an engineer who tunes, from tools, sectors and countries
    # no earlier batch has: a tuning batch from the start
    ("tuning, seventh batch (round 14)", TUNING_7),
    # written for round 13 by an engineer who does not tune; held out until round 14
    # was scored, then promoted to tuning in round 15 (its misses are read since)
    ("tuning, round 13's held-out (promoted in round 15)", HELD_OUT_12),
    # written for round 14 by an engineer who does not tune; held out until round 14
    # was scored, then promoted to tuning in round 15 (its misses are read since)
    ("tuning, round 14's held-out (promoted in round 15)", HELD_OUT_13),
    # written for round 15 by an engineer who does not tune, focused on registers
    # (risk, issue, assumption, dependency and decision logs); held out until round
    # 15 was scored, then promoted to tuning in round 16 (its misses are read since)
    ("tuning, round 15's registers held-out (promoted in round 16)", HELD_OUT_14),
    # written for round 15 by an engineer who does not tune, reading neither the
    # adoption code nor any miss list: trackers (finance, resource, milestone and
    # stage-gate plans, sheets of several tables); held out until round 15 was
    # scored, then promoted to tuning in round 16 (its misses are read since)
    ("tuning, round 15's trackers held-out (promoted in round 16)", HELD_OUT_15),
    # written for round 16 by an engineer who does not tune, reading neither the
    # adoption code nor any miss list: a mixed inbox of registers and trackers; held
    # out until round 16 was scored, then promoted to tuning in round 17 (its misses
    # are read since)
    ("tuning, round 16's mixed held-out (promoted in round 17)", HELD_OUT_16),
    # written for round 17 by an engineer who does not tune, reading neither the
    # adoption code nor any miss list: a mixed inbox of registers and trackers, from
    # tools, sectors and countries no earlier batch has; held out
    # written for round 17 by an engineer who does not tune; held out until round 17
    # was scored (523/646 before and after), then promoted to tuning in round 18 (its
    # misses are read since)
    ("tuning, round 17's mixed held-out (promoted in round 18)", HELD_OUT_17),
    # written for round 18 by an engineer who does not tune; held out until round 18
    # was scored (483/612 before and after), then promoted to tuning in round 19 (its
    # misses are read since)
    ("tuning, round 18's mixed held-out (promoted in round 19)", HELD_OUT_18),
    # written for round 19 by an engineer who does not tune; held out until round 19
    # was scored (637/717 before round 18, 641/717 after it and after round 19's
    # eras), then promoted to tuning in round 20 (its misses are read since)
    ("tuning, round 19's mixed held-out (promoted in round 20)", HELD_OUT_19),
    # written in round 20 by a tuning engineer from tools, sectors and countries no
    # earlier batch has: a tuning batch from the start
    ("tuning, eighth batch (round 20)", TUNING_8),
    # written in round 20 by an engineer who tunes, trackers only (finance, resource
    # and milestone plans, a status pack) from tools, sectors and countries no
    # earlier batch names: a tuning batch from the start
    ("tuning, ninth batch (round 20)", TUNING_9),
    # written in round 20 by an engineer who tunes, from tools, sectors, countries and
    # languages no earlier batch file names: registers stressing their values; a
    # tuning batch from the start
    ("tuning, tenth batch (round 20)", TUNING_10),
    # written in round 20 by an engineer who tunes: ORDINARY English-language PMO
    # workbooks (UK, US, Canada, Australia, Ireland, NZ, India, South Africa) whose
    # values are written as such PMs write them: a tuning batch from the start
    ("tuning, eleventh batch (round 20, ordinary)", TUNING_11),
    # written for round 20 by an engineer who does not tune; held out until round 20
    # was scored (526/715 before, 527/715 after), then promoted to tuning in round 21
    # (its misses are read since)
    ("tuning, round 20's exotic held-out (promoted in round 21)", HELD_OUT_20),
    # written for round 20 (its second held-out) by an engineer who does not tune; held
    # out until round 20 was scored (493/634 before, 494/634 after), then promoted to
    # tuning in round 21 (its misses are read since)
    ("tuning, round 20's second exotic held-out (promoted in round 21)", HELD_OUT_21),
    # written for round 20 (its third held-out) by an engineer who does not tune: the
    # ORDINARY case; held out until round 20 was scored (475/544 before and after),
    # then promoted to tuning in round 21 (its misses are read since)
    ("tuning, round 20's ordinary held-out (promoted in round 21)", HELD_OUT_22),
    # written for round 21 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses: MIXED (six ordinary English workbooks from
    # Scotland, Tasmania, Texas, Ontario, Queensland and Alberta, six in Slovenian,
    # Bulgarian, Latvian, Bolivian Spanish, Mongolian and Slovak); held out until
    # round 21 was scored (391/489 before and after), then promoted to tuning in
    # round 22 (its misses are read since)
    ("tuning, twenty-third batch, round 21's held-out (promoted in round 22)", HELD_OUT_23),
    # written for round 22 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses: ORDINARY English workbooks (a Scottish
    # distillery, a US school district, a Welsh water utility, a Nigerian brewery, a
    # Canadian ferry operator, an Australian winery, a Kenyan NGO, an Irish airport,
    # an Indian pharma plant, a South African mine, a Singapore statutory board, a New
    # Zealand dairy co-operative); held out until round 22 was scored (456/502 before and
    # after), then promoted to tuning at the end of round 22 (its misses are read since)
    (
        "tuning, twenty-fourth batch, round 22's ordinary held-out (promoted after scoring)",
        HELD_OUT_24,
    ),
    # written for round 22 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: MIXED (six English workbooks
    # from Safran Risk, Tuleap, Kissflow, Deltek Cobra, Teamdeck and a UK rail GRIP
    # tracker, six in Quebec French, Amharic, Azerbaijani, Angolan Portuguese, Tamil
    # and Armenian); held out until round 22 was scored (323/523 before, 391 after), then
    # promoted to tuning at the end of round 22 (its misses are read since)
    (
        "tuning, twenty-fifth batch, round 22's tools and languages held-out (promoted after scoring)",
        HELD_OUT_25,
    ),
    # written for round 23 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a UK
    # zoo, a US orchestra, an Australian surf club, a South African sugar mill, an Irish
    # hospice, a Singapore aquarium, a Canadian fire service, an Indian cricket stadium, a
    # UK veterinary group, a US botanic garden, a Nigerian film studio, a Kenyan coffee
    # co-operative); held out until round 23 was scored (398/518 before and after its first
    # wave), then promoted to tuning for the round's last hour (its misses are read since)
    (
        "tuning, twenty-sixth batch, round 23's ordinary held-out (promoted after scoring)",
        HELD_OUT_26,
    ),
    # written for round 23 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: MIXED (six English workbooks from
    # Active Risk Manager, Taiga, a Guyanese decision register, Acumatica, Ganttic and a
    # Maltese status report template, six in Persian, Burmese, Malagasy, Tajik, Lao and
    # Somali); held out until round 23 was scored (214/482 before and after its first wave),
    # then promoted to tuning for the round's last hour (its misses are read since)
    (
        "tuning, twenty-seventh batch, round 23's tools and languages held-out (promoted after scoring)",
        HELD_OUT_27,
    ),
    # written for round 23 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: LIVED-IN English workbooks (a zoo, an
    # opera house, a fire and rescue service, a botanic garden, a lighthouse authority, a
    # racecourse, a shipyard, a cathedral, a crematorium, a football club, an observatory,
    # a hospice), kept by three successive PMs; held out until round 23 was scored (581/602
    # before and after its first wave), then promoted to tuning for the round's last hour
    (
        "tuning, twenty-eighth batch, round 23's lived-in held-out (promoted after scoring)",
        HELD_OUT_28,
    ),
    # written for round 24 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a NZ wind
    # farm, a US theme park, an Indian tea estate, an Irish rugby union, a Kenyan courier, a
    # Singapore ambulance service, a South African textile mill, a Canadian cinema chain, a
    # Nigerian cocoa processor, a UK community radio station, an Australian leisure centre,
    # a US pharmacy chain); held out until round 24 was scored (414/453 before and after its
    # first wave), then promoted to tuning for the round's last hour
    (
        "tuning, twenty-ninth batch, round 24's ordinary held-out (promoted after scoring)",
        HELD_OUT_29,
    ),
    # written for round 24 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: MIXED (six English workbooks from
    # codeBeamer, Project Server, a Jersey government dependency log, Unanet, Bridgit Bench
    # and an Isle of Man highlight report, six in Kyrgyz, Hausa, Haitian Creole, Shona,
    # Belarusian and Faroese); held out until round 24 was scored (246/425 before it, 330
    # after its first wave: Kyrgyz and Hausa, added by the wave's language tasks), then
    # promoted to tuning for the round's last hour
    (
        "tuning, thirtieth batch, round 24's tools and languages held-out (promoted after scoring)",
        HELD_OUT_30,
    ),
    # round 24's thirty-first batch: twelve TRACKERS of every shape (five finance trackers
    # or budget-vs-actual reports, three resource plans, two milestone plans, two one-page
    # status reports, one with an issue log beside it), in sectors no earlier batch names
    # (a salmon farm, a vineyard, a reservoir, a mint, a canal trust, a circus, a quarry, a
    # planetarium, a tram extension, a paper mill, a cable car, a bakery), written by an
    # engineer who does not tune; held out until round 24 was scored (515/628 before and after
    # its first wave), then promoted to tuning for the round's last hour
    (
        "tuning, thirty-first batch, round 24's trackers held-out (promoted after scoring)",
        HELD_OUT_31,
    ),
    # written for round 25 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a golf
    # club, a toll road, a seed bank, a correctional centre, a zinc mine, a bus depot, an
    # orchard, a flour mill, a tyre plant, a rowing club, a fishery port, a university
    # hostel): six registers (a mixed RAID log among them) and six trackers; held out until
    # round 25's first wave was scored (450/455 before it), then promoted to tuning
    (
        "tuning, thirty-second batch, round 25's ordinary held-out (promoted after scoring)",
        HELD_OUT_32,
    ),
    # written for round 25 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: MIXED (six English workbooks from
    # Acuity PPM, Kahua, BigTime, Onepoint Projects, Hub Planner and a States of Guernsey
    # template, six in written Cantonese, Setswana, Guarani (Jopara), Mauritian Creole,
    # Chichewa and Samoan); held out until round 25's first wave was scored (300/483 before
    # it), then promoted to tuning
    (
        "tuning, thirty-third batch, round 25's tools and languages held-out (promoted after scoring)",
        HELD_OUT_33,
    ),
    # round 25's thirty-fourth batch: twelve fresh workbooks of THE ISSUE'S NAMED PATTERNS
    # (header words in other shapes, two-row headers, three mixed RAID tables, months across
    # with grouped measures and fiscal periods, one-cell title blocks, value readings a PMO
    # can change), in sectors no earlier batch names (a blood service, a ground station, a
    # prison, a lifeboat station, a census office, a seed bank, an electoral commission, an
    # ice arena, a plantation nursery, a wastewater plant, a golf club, a weather service),
    # written by an engineer who does not tune and who read neither the adoption code nor
    # any batch's misses or scores; held out until round 25's first wave was scored (550/726
    # before it), then promoted to tuning
    (
        "tuning, thirty-fourth batch, round 25's issue's patterns held-out (promoted after scoring)",
        HELD_OUT_34,
    ),
    # written for round 26 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a
    # courthouse, a velodrome, an abattoir, a polytechnic, a macadamia processor, a sawmill,
    # a citrus packhouse, a bottling plant, a skate park, an animal shelter, a herbarium, a
    # tannery): six registers (a RAID log of one tab per register among them) and six
    # trackers; held out until round 26's first wave was scored (421/499 before it), then
    # promoted to tuning
    (
        "tuning, thirty-fifth batch, round 26's ordinary held-out (promoted after scoring)",
        HELD_OUT_35,
    ),
    # written for round 26 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: MIXED (six English workbooks from
    # Riskonnect, Digital.ai Agility, Business Central, GanttPRO, Planful and a UNDP
    # quarterly progress report template, six in Hindi, Khmer, Sinhala, Kinyarwanda,
    # Telugu and Kazakh); six registers (a mixed RAID log among them) and six trackers;
    # held out until round 26's first wave was scored (471/545 before it), then promoted
    (
        "tuning, thirty-sixth batch, round 26's tools and languages held-out (promoted after scoring)",
        HELD_OUT_36,
    ),
    # written for round 26 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY workbooks in the MAJOR
    # BUSINESS LANGUAGES, one each (French, Dutch, Japanese, Korean, Gulf Arabic, Turkish
    # registers; Swiss German, Italian, Brazilian Portuguese, Simplified Chinese, Spanish,
    # Polish trackers), as a multinational's offices write them; held out until
    # round 26's first wave was scored (439/535 before it), then promoted to tuning
    (
        "tuning, thirty-seventh batch, round 26's major business languages held-out (promoted after scoring)",
        HELD_OUT_37,
    ),
    # written for round 27 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a UK fire
    # station, a MeisterTask export, an Australian apiary, a SA landfill gas plant, a Canadian
    # ice rink, a Nigerian election office; a kelp farm in $k, a Kenyan spend log, an Indian
    # manpower plan, an Office Timeline plan, a UK highlight report, a NZ two-rows-a-line
    # forecast); six registers and six trackers; held out until scored before round 27's
    # first wave (392/477 on the code before the round), then promoted to tuning
    (
        "tuning, thirty-eighth batch, round 27's ordinary held-out (promoted after scoring)",
        HELD_OUT_38,
    ),
    # written for round 27 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: BILINGUAL and MIXED-LANGUAGE
    # workbooks (Canada EN/FR, Wales CY/EN, Hong Kong EN/繁體中文, Belgium FR/NL, Switzerland
    # DE/FR registers; Kenya EN/Swahili, Quebec FR/EN, Catalonia CA/ES, Finland FI/SV, the
    # UAE EN/AR, India EN/Hindi, the Philippines EN/Filipino), headers in two languages in
    # one cell or two rows, local values in English templates; six registers (a mixed RAID
    # log among them) and six trackers; held out until round 27's first wave was scored
    # (292/506 before the round, 346 after its first wave), then promoted to tuning
    (
        "tuning, thirty-ninth batch, round 27's bilingual held-out (promoted after scoring)",
        HELD_OUT_39,
    ),
    # written for round 27 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: WELL-WORN English workbooks, as a PMO
    # receives them after years of use by several PMs (added columns, closed items moved
    # below a heading or to a Closed sheet, struck DELETED / dup / n/a rows, renumbered ids,
    # legends beside tables, totals left mid-table, re-baselined dates, later months in
    # another label style); six registers and six trackers (a lido, a cranberry marsh, an
    # ice rink, an oyster hatchery, a blood bank, a bell foundry, a seaweed processor, a
    # mushroom farm, a curling rink, a tram depot, a funicular, a maple co-op); held out
    # until scored before round 27's first wave (425/478 on the code before the round),
    # then promoted to tuning
    (
        "tuning, fortieth batch, round 27's well-worn held-out (promoted after scoring)",
        HELD_OUT_40,
    ),
    # round 27's well-worn workbooks (``adopt_layouts_worn.py``): registers and trackers of
    # a long programme kept for years by several PMs (update columns, closed items below a
    # heading or on their own sheet, rows marked DELETED or struck out, key and summary
    # blocks, re-baselined dates, forward quarters), written by the round's tuning
    # engineer; the first half was tuned on, the second kept untouched (its misses unread)
    # while tuning, so its before / after says whether the rules generalise
    ("tuning, round 27's well-worn workbooks (tuned on)", WORN_TUNED),
    ("tuning, round 27's well-worn workbooks (kept untouched while tuning)", WORN_KEPT),
    # round 28's print-ready workbooks (``adopt_layouts_print.py``): registers and trackers
    # laid out for printing and board packs (repeated headers, page lines, cover and
    # version tables, group headings and subtotals, sign-off blocks, heat maps, split
    # sheets, quarter / YTD / variance columns, Gantt bars), written by the round's tuning
    # engineer; the first half was tuned on, the second kept untouched (its misses unread)
    # while tuning, so its before / after says whether the rules generalise
    ("tuning, round 28's print-ready workbooks (tuned on)", PRINT_TUNED),
    ("tuning, round 28's print-ready workbooks (kept untouched while tuning)", PRINT_KEPT),
    # round 28's converted and pasted workbooks (``adopt_layouts_converted.py``): registers
    # and trackers that reached Excel from a PDF or Word conversion, a SharePoint, Google
    # Sheets, Numbers, Power BI or Tableau export, a CSV or a pasted ERP report, written by
    # the round's tuning engineer; the first half was tuned on, the second kept untouched
    # (its misses unread) while tuning, so its before / after says whether the rules generalise
    ("tuning, round 28's converted workbooks (tuned on)", CONVERTED_TUNED),
    ("tuning, round 28's converted workbooks (kept untouched while tuning)", CONVERTED_KEPT),
    # round 28's tool exports and template habits (``adopt_layouts_tuning12.py``): sixteen
    # task tools' exports no earlier batch names, kept as registers (the register said by
    # the sheet, a title, the file's name, the lists or the tags), and template habits
    # (example rows, guidance in the header, drop-down placeholders, spend logs), written by
    # the round's tuning engineer (task or28); the first half was tuned on, the second kept
    # untouched (its misses unread) while tuning
    ("tuning, round 28's tool exports and template habits (tuned on)", TUNING_12_A),
    (
        "tuning, round 28's tool exports and template habits (kept untouched while tuning)",
        TUNING_12_B,
    ),
    # round 29's regional conventions (``adopt_layouts_regional.py``): English registers and
    # trackers from offices around the world in their region's conventions for numbers,
    # money, dates and years (lakh grouping and ``in lakhs``, Swiss apostrophes, decimal
    # commas, trailing minus, ``R'000`` / ``(NZD 000s)``, month-first dates said by a note,
    # financial years from April, July and October with ``P1`` / ``M1`` periods, text
    # percentages), written by the round's tuning engineer (task rc29); the first half was
    # tuned on, the second kept untouched (its misses unread) while tuning
    ("tuning, round 29's regional conventions (tuned on)", REGIONAL_TUNED),
    ("tuning, round 29's regional conventions (kept untouched while tuning)", REGIONAL_KEPT),
    # round 29's ordinary workbooks' recurring losses (``adopt_layouts_tuning13.py``):
    # accounting packages' job / cost-centre reports of one period (MYOB, Sage, Xero,
    # QuickBooks), resource plans by team with quarter columns, category headings in a
    # PM's words, registers with their title repeated at every page, task tools' exports
    # (Teamwork, Zoho Projects, ClickUp, Basecamp) and purchase-order / invoice logs as the
    # actuals, written by the round's tuning engineer (task or29); the first half was tuned
    # on, the second kept untouched (its misses unread) while tuning
    ("tuning, round 29's ordinary workbooks' recurring losses (tuned on)", TUNING_13_A),
    (
        "tuning, round 29's ordinary workbooks' recurring losses (kept untouched while tuning)",
        TUNING_13_B,
    ),
    # round 29's hand-built Excel tools (``adopt_layouts_tools.py``): registers and trackers
    # an Excel power user built as a small tool (an Excel Table with a style, drop-downs on
    # a hidden Lists sheet, conditional formatting, hidden helper columns and rows, collapsed
    # groups, comments, hyperlinked ids, defined names, Instructions / Dashboard / Control
    # sheets, formula columns never calculated, button labels in cells), written by the
    # round's tuning engineer (task xl29); the first half was tuned on, the second kept
    # untouched (its misses unread) while tuning, so its before / after says whether the
    # rules generalise
    ("tuning, round 29's hand-built Excel tools (tuned on)", TOOLS_TUNED),
    ("tuning, round 29's hand-built Excel tools (kept untouched while tuning)", TOOLS_KEPT),
    # round 29's structural and language leftovers (``adopt_layouts_tuning14.py``): a blank
    # column inside a register, a remarks column right of section bands (a remark on a
    # band), a group label over part of a two-row header, a units row saying thousands
    # (``£000``, ``$k``) and page lines in Korean, Finnish, Turkish and Hungarian word
    # orders, written by the round's tuning engineer (task p29); the first half was tuned
    # on, the second kept untouched (its misses unread) while tuning
    ("tuning, round 29's structural and language leftovers (tuned on)", TUNING_14_A),
    (
        "tuning, round 29's structural and language leftovers (kept untouched while tuning)",
        TUNING_14_B,
    ),
    # round 29's register words in the wild (``adopt_layouts_tuning15.py``): ordinary
    # English registers of every kind and milestone plans - dependency directions and
    # statuses in every form, assumption statuses, decision statuses and makers, stage
    # gates, RAG, re-baselined dates, tolerance, and each kind's id forms
    ("tuning, round 29's register words in the wild (tuned on)", TUNING_15_A),
    ("tuning, round 29's register words in the wild (kept untouched while tuning)", TUNING_15_B),
    # round 29's multi-register workbooks (``adopt_layouts_tuning16.py``): RAID tabs with
    # actions, lessons and change requests beside the standard's registers, summary and
    # dashboard sheets, project details, registers stacked on one sheet, closed items on
    # their own sheet, finance beside milestones, tabs named in abbreviations or by number,
    # written by the round's tuning engineer (task mt29); the first half was tuned on, the
    # second kept untouched (its misses unread) while tuning
    ("tuning, round 29's multi-register workbooks (tuned on)", TUNING_16_A),
    ("tuning, round 29's multi-register workbooks (kept untouched while tuning)", TUNING_16_B),
    # round 30's quantitative workbooks (``adopt_layouts_quantitative.py``): risk registers
    # with percentage probabilities, money or days impacts, EMV, inherent / residual and
    # gross / net figures, P50 / P80 / P90, contingency and management-reserve drawdown logs;
    # earned-value trackers (BCWS / BCWP / ACWP, CPI, SPI) by month and control account,
    # cost reports with committed rows, schedule trackers with float, issue logs with
    # cost-to-fix and days lost, written by the round's tuning engineer (task qt30); the
    # first half was tuned on, the second kept untouched (its misses unread) while tuning
    ("tuning, round 30's quantitative workbooks (tuned on)", QUANT_TUNED),
    ("tuning, round 30's quantitative workbooks (kept untouched while tuning)", QUANT_KEPT),
    # written for round 28 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a UK
    # pier's Microsoft Lists export, a Nigerian cashew Podio export, an Indian salt works
    # template with its example row, an Irish cemetery's decisions under meeting rows, an
    # Australian wharf's Give / Get, a US cidery's ZenHub export; an Australian creamery's
    # MYOB report, a UK glassworks in £k, a SA playhouse in days, a Canadian fishway, a
    # Scottish smokehouse status report, a Kenyan cash flow with months down the rows); six
    # registers and six trackers, held out (its misses unread by tuners) until scored before
    # the round and after its first wave, then promoted to tuning
    (
        "tuning, forty-first batch, round 28's ordinary held-out (promoted after scoring)",
        HELD_OUT_41,
    ),
    # written for round 28 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: CONVERTED AND PASTED workbooks (a PDF
    # and a Word table converted, Confluence and Teams pastes, CSVs opened in Excel, a
    # SharePoint list, Google Sheets, Numbers, Power BI and Tableau exports, an ERP cost
    # report); six registers and six trackers (a cider mill, a water park, a coast guard
    # station, a rice mill, an ostrich farm, a marae, a crocodile park, a greyhound
    # stadium, a glassworks, a roller rink, a gurdwara, a sea salt works); held out
    (
        "tuning, forty-second batch, round 28's converted and pasted held-out (promoted after scoring)",
        HELD_OUT_42,
    ),
    # written for round 28 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: PRINT-READY English workbooks, kept
    # for printing and board packs (header rows repeated at page breaks, page and
    # confidentiality lines between rows, cover and version-control blocks above, subtotal
    # and grand-total rows, workstream heading rows, sign-off blocks below, a scoring key
    # beside, spacer columns, wrapped headers, a register split over `Risks` and `Risks
    # (cont.)`, quarter columns between months, a Gantt bar of shaded cells); six
    # registers (a mixed RAID log among them) and six trackers (a pier, an opal field, an
    # abbey, a cemetery, a jute mill, a netball centre, a saltworks, a honey packer, a
    # sheep station, a pottery works, a pearl farm, a tidal lagoon)
    (
        "tuning, forty-third batch, round 28's print-ready held-out (promoted after scoring)",
        HELD_OUT_43,
    ),
    # written for round 29 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a NZ
    # mussel farm's Jira Work Management export, a UK bowling centre's issue log, an Irish
    # canal lock's RAID log, a SA abalone farm's decisions and assumptions, a Canadian
    # carillon's In / Out, a Singapore orchid nursery's risks; an Indian coffee roaster's
    # TallyPrime report, a NZ kiwifruit budget v actual in pairs of rows, a US racetrack's
    # long cost report, a Kenyan avocado packhouse in FTE, an Australian dairy goat
    # milestone plan, a SA rooibos status report); six registers and six trackers, held out
    # until scored before the round and after its first wave, then promoted to tuning
    (
        "tuning, forty-fourth batch, round 29's ordinary held-out (promoted after scoring)",
        HELD_OUT_44,
    ),
    # written for round 29 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: HAND-BUILT EXCEL TOOLS (registers as
    # Excel Tables with drop-downs from hidden Lists sheets, formula columns without cached
    # values, hidden and collapsed rows and columns, comments, hyperlinks, defined names,
    # Instructions / Control / Settings / Dashboard sheets); six registers (a mixed RAID
    # Table among them) and six trackers (a halloumi dairy, a yacht club, a duty-free
    # store, a rum distillery, a vanilla curing shed, a chairlift, a dive centre, a
    # ropeway, a seaplane terminal, a flying fish plant, a stingray pontoon, a penguin
    # boardwalk); held out until scored before the round and after its first wave, then
    # promoted to tuning
    (
        "tuning, forty-fifth batch, round 29's hand-built Excel tools held-out (promoted after scoring)",
        HELD_OUT_45,
    ),
    # written for round 29 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: REGIONAL CONVENTIONS in English
    # workbooks (an Indian carpet weaver's risks and a bicycle plant in Rs lakh, a Swiss
    # watchmaker's issues and a cheese cellar in CHF with apostrophes, a US ballpark and a
    # US river lock in MM/DD/YYYY said by the file, a Japanese sake brewery and wasabi farm
    # in 2026/04 forms, a Bavarian ski jump in dd.mm.yyyy and ISO weeks, a Philippine
    # jeepney depot's RAID table with dates readable two ways, a NZ coolstore in NZD 000s
    # with July-start periods, a Dutch bulb auction's status report in euros); six
    # registers and six trackers, held out (its misses unread by tuners) until scored before
    # the round and after its first wave, then promoted to tuning
    (
        "tuning, forty-sixth batch, round 29's regional conventions held-out (promoted after scoring)",
        HELD_OUT_46,
    ),
    # written for round 30 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a SA
    # mosque restoration's Paymo task export, Maltese salt pans' risks, an Irish hurling
    # club's RAID log, a Ghanaian pineapple cannery's decisions, a Canadian lobster pound's
    # dependencies, an Australian hospital laundry's issues; an Indian handloom shed's
    # Budget and Actuals sheets, a UK snooker hall's spend with months down, a Singapore
    # temple's Zoho Books report, a NZ ski field in person-days, a US synagogue hall's
    # milestone plan, a Jamaican jerk sauce status report); six registers and six
    # trackers, held out; scored before the round and after its first wave, then promoted
    # to tuning
    (
        "tuning, forty-seventh batch, round 30's ordinary held-out (promoted after scoring)",
        HELD_OUT_47,
    ),
    # written for round 30 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: FUNDER AND GOVERNMENT REPORTING
    # TEMPLATES (a Tasmanian lobster hatchery's grant deed key risks with proximity, a
    # Philippine fish market's register of a regulator's findings, a Kenyan geothermal
    # field's RAID annex to a development bank report, a Malawian NGO school feeding
    # logframe's assumptions and steering committee decisions, a Manitoba winter road's
    # dependencies, a Danish salt marsh's EU grant critical risks; a Latvian wetland's EU
    # grant budget by cost category, a UK forensic lab's Treasury-style business case, a
    # Northern Ireland men's shed's lottery grant claims, a Tanzanian cassava hub's
    # development bank staffing schedule, a Nepali rice terrace logframe activity tracker, a
    # UK coroner's court major project return); six registers and six trackers, held out;
    # scored before the round and after its first wave, then promoted to tuning
    (
        "tuning, forty-eighth batch, round 30's funder and government templates held-out"
        " (promoted after scoring)",
        HELD_OUT_48,
    ),
    # written for round 30 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: QUANTITATIVE WORKBOOKS (a Polish
    # icebreaker's risks with percent cells and a typed EMV, a Greek geothermal plant's
    # inherent and residual P as text, a UK biologics QRA with P50 / P80 / P90, a Polish
    # frigate's RAID log with costs and days lost, a Tunisian wind tunnel's issues and
    # dependencies with float, a US rocket test stand's P (%) and I (1-5); a UK avionics
    # and a Greek hydrofoil earned value tracker, a Polish pumped-storage committed /
    # accrued / invoiced report, a Greek cyclotron plan in FTE, a Tunisian engine test
    # cell schedule with variance and float, a UK radio telescope status report); six
    # registers and six trackers, held out; scored before the round and after its first wave,
    # then promoted to tuning
    (
        "tuning, forty-ninth batch, round 30's quantitative held-out (promoted after scoring)",
        HELD_OUT_49,
    ),
    # round 30's ordinary workbooks' leftovers (``adopt_layouts_tuning17.py``): dependency
    # logs with From / To columns, ids whose prefix names two registers (ASM-, MIL-) and
    # short register codes, one-month reports named in words, unit and currency run together
    # in money headers, registers known only by their items' words, work-package trackers,
    # settings sheets with a notes column, currency in the cells; written by the round's
    # tuning engineer (task or30); the first half was tuned on, the second kept untouched
    # (its misses unread) while tuning
    ("tuning, round 30's ordinary workbooks' leftovers (tuned on)", TUNING_17_A),
    (
        "tuning, round 30's ordinary workbooks' leftovers (kept untouched while tuning)",
        TUNING_17_B,
    ),
    # round 30's funder and government reporting templates (``adopt_layouts_government.py``):
    # registers and trackers laid out as a funder, regulator or central government body
    # demands (a major-project return with a five-colour delivery confidence, business-case
    # costs by financial year, grant budgets by the funder's cost categories with planned
    # and claimed amounts per reporting period, development-bank procurement plans, a
    # logframe activity tracker, regulators' incident registers), written by the round's
    # tuning engineer (task gv30); the first half was tuned on, the second kept untouched
    # (its misses unread) while tuning
    ("tuning, round 30's funder and government reporting templates (tuned on)", GOV_TUNED),
    (
        "tuning, round 30's funder and government reporting templates (kept untouched while tuning)",
        GOV_KEPT,
    ),
    # round 30's structural leftovers (``adopt_layouts_tuning18.py``): a two-row header whose
    # second row holds sub-labels under some group cells only (a Trello board flattened, a
    # worn register's grown header), a blank column between the id and the title, blank
    # rows under the header and after every fifth item, a blank column inside a block of
    # months, Japanese / Korean / Chinese page lines between items, a status given only as
    # a fill colour, a units row giving some money columns' multiples (task st30); the first
    # half was tuned on, the second kept untouched (its misses unread) while tuning
    ("tuning, round 30's structural leftovers (tuned on)", TUNING_18_A),
    ("tuning, round 30's structural leftovers (kept untouched while tuning)", TUNING_18_B),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a UK bowls
    # club's ProjectManager.com risk export, a Kenyan sisal plant's risks and issues
    # workbook, a Trinidad steelpan yard's decision log, a Cypriot bell tower's Projectplace
    # issues, a Nigerian palm kernel mill's dependency log, a Fijian pawpaw packhouse's mixed
    # RAID log; a South African chutney factory's month budget vs actual, a NZ ice cream
    # plant's FY27 forecast, a US carousel's long budget vs actual, an Irish bog restoration's
    # resource plan, an Indian coir mill's milestone plan, a Kenyan matatu depot's status
    # report); six registers and six trackers, held out
    (
        "tuning, fiftieth batch, round 31's ordinary held-out (promoted after scoring)",
        HELD_OUT_50,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a NZ
    # beekeeping co-op's Redbooth task export, a UK croquet club's risks, a PNG piggery's
    # RAID log, a Barbados ice cream factory's decisions, a Gibraltar gin distillery's
    # dependencies, a Singapore aviary's issues; an Australian lawn bowls club's Budget /
    # Actual rows, an Irish caravan park's forecast, a Botswana mopane plant's actuals kept
    # long, a Canadian cannabis facility in FTE, a South African car wash chain's milestone
    # plan, a Scottish pipe band hall's highlight report); six registers and six trackers,
    # a tuning batch (task w50t), tuned on
    (
        "tuning, round 31's ordinary batch by a writer who does not tune (tuned on)",
        TUNING_19,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SUPPLIER AND CONSULTANCY REPORTS (a
    # Moldovan pension system integrator's RAID extract in its own ref scheme, a Cameroonian
    # microfinance MSP's risk and issue log with client / supplier owners, a Kazakh student
    # records consultancy's design authority decisions, a Bahraini claims platform's
    # dependencies on the client, an Uzbek cotton gin contractor's risks owned by a party, a
    # Brunei newspaper press supplier's defect log; a Bahraini tax consultancy's fee
    # tracker, a Moldovan credit union contractor's valuations with retention, a Kazakh
    # refinery's supplier spend ex and incl. VAT, a Cameroonian ombudsman consultancy's days
    # plan, an Uzbek e-commerce SOW payment milestone plan, a Brunei e-passport integrator's
    # weekly status pack); six registers and six trackers, held out
    (
        "tuning, fifty-first batch, round 31's supplier and consultancy held-out"
        " (promoted after scoring)",
        HELD_OUT_51,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SUPPLIER AND CONSULTANCY REPORTS (a
    # Moldovan oil press integrator's RAID log with client and supplier owners, a Honduran
    # cigar factory contractor's risks, a Seychelles tuna plant vendor's issue log, a
    # Bahraini perfume line SOW annex of assumptions and dependencies, a Guatemalan
    # cardamom consultancy's decision log, a Vanuatu copra mill supplier's risk and issue
    # log; Maldives water villa payment applications, a Kosovan pasta factory consultancy's
    # fees and days, a Bahraini supplier's budget vs actual, a Gabonese rail siding
    # staffing plan with day rates, a Djiboutian cable landing SOW milestone and payment
    # plan, a Kuwaiti air cargo integrator's status pack); six registers and six trackers,
    # tuned on (``adopt_layouts_tuning20.py``, task w51t)
    (
        "tuning, round 31's supplier and consultancy reports by a writer who does not tune"
        " (tuned on)",
        TUNING_20,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SPARSE AND EARLY-LIFE WORKBOOKS (an
    # Eswatini ice cream plant's risk register template with example and placeholder rows,
    # a San Marino falconry centre's RAID template with its instructions and lists sheets,
    # a Brunei escape room's issue log of one issue, a Kotor clock tower's decision log with
    # TBD rows, a Greenland reindeer chiller's dependencies with TBC / Q3 dates, a Moldovan
    # puppet theatre's workbook of sparse registers; a Kosovo pipe organ's budget-only
    # tracker, a Seychelles sauna and spa long cost table, a Nicaraguan cigar factory humidor's
    # one-month report, a Honduran violin workshop's resource plan with TBA / Vacancy names,
    # a Lesotho alpaca mill's draft milestone plan, a Comoros ylang-ylang distillery's first
    # status report); six registers and six trackers, held out
    (
        "tuning, fifty-second batch, round 31's sparse and early-life held-out"
        " (promoted after scoring)",
        HELD_OUT_52,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SPARSE AND EARLY-LIFE WORKBOOKS (a
    # Montenegrin ropeway's risk template with an example row and id-only rows, a Seychelles
    # desalination issue log between Instructions and Lists sheets, a Greenland heliport's
    # RAID workbook with two empty sheets, a Tongan copra dryer's decisions, a Surinamese
    # ferry pontoon's dependencies with Q3 need-by dates, a Brunei water taxi jetty's mixed
    # RAID table; a Moldovan sunflower press's budget barely started, a Beninese cotton
    # gin's long tracker, a Cape Verdean grogue distillery's Budget / Actual rows, a Lesotho
    # mohair shed's resource plan with vacancies, a Gambian groundnut store's milestones
    # with TBC dates, a Bahraini date palm nursery's partly filled status report); six
    # registers and six trackers, the tuning batch of round 31 (task w52t)
    (
        "tuning, round 31's sparse and early-life workbooks by a writer who does not tune (tuned on)",
        TUNING_21,
    ),
    # round 31's thirteen unwritten languages (``adopt_layouts_tuning22.py``): registers
    # and trackers typed in Akan (Twi), Luganda, Lingala, Wolof, Fula, Kirundi, Maithili,
    # Tok Pisin, Tetum, Dhivehi, Bambara, Ewe and Kabyle, mixed with the English, French or
    # Portuguese PM words their offices write (task lg31); the first half was tuned on, the
    # second kept untouched (its misses unread) while tuning
    ("tuning, round 31's thirteen languages (tuned on)", TUNING_22_A),
    # kept untouched while tuning by lg31, then read and tuned on in round 31's last hour
    # (t33a): it measures nothing since
    (
        "tuning, round 31's thirteen languages (kept half, tuned on in round 31's last hour)",
        TUNING_22_B,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a Trinidad
    # panyard's mixed RAID log, a Kenyan tea factory's decision log, a Singapore
    # kindergarten's Scoro export, an Irish creche's risk register, a Lagos printing press's
    # Risks and Issues sheets, a Cypriot olive press's dependency list; a NZ hop farm's
    # monthly actuals, a Queensland prawn farm's budget v actual by month, a Johannesburg
    # laundromat's FreshBooks expense report, a Fiji cane railway's resource plan, a Gujarat
    # stepwell's milestone plan, a Yorkshire almshouse's highlight report); six registers and
    # six trackers, held out to measure round 31's final code
    (
        "tuning, fifty-third batch, round 31's final ordinary held-out (promoted after scoring)",
        HELD_OUT_53,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SUPPLIER AND CONSULTANCY REPORTS (a
    # Dutch tolling integrator's RAID extract, a Turkish coastguard MSP's risk log with
    # client and supplier owners, a Korean crane contractor's issues, a Luxembourg pension
    # consultancy's decisions, a Slovak dental vendor's client dependencies, a Greek ferry
    # booking supplier's Risks and Issues sheets; an Egyptian tram depot valuation, a Thai
    # customs consultancy's fee tracker, a Hungarian meter installer's invoice log, a
    # Portuguese court e-filing supplier's resource plan, a Danish pharmacy robot's SOW
    # payment milestones, a Thai rail ticketing integrator's status pack); six registers
    # and six trackers, held out (round 31's final measure)
    (
        "tuning, fifty-fourth batch, round 31's final supplier held-out (promoted after scoring)",
        HELD_OUT_54,
    ),
    # written for round 31 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SPARSE AND EARLY-LIFE WORKBOOKS (a
    # Montenegrin archery range's risk template with e.g. and prompt rows, a Palau ice
    # plant's issue log of one issue, a Kiribati water tower's RAID template with Example:
    # rows, a Cabo Verde bowling alley's decisions with TBD, a Turkmen go-kart track's
    # dependencies with TBC / ? dates, an Aruba trampoline park's assumptions; a Curacao
    # driving range's budget-only tracker, a Niue cheese cave's spend with months down, a
    # Marshall Islands pigeon loft's line x measure tracker, a Micronesian climbing wall's
    # resource plan with TBA / Vacancy names, a Sao Tome dog kennel's milestones with TBC /
    # Q3 dates, a Nauru abseil tower's half-filled status report); six registers and six
    # trackers, held out: round 31's final measure (task w55)
    (
        "tuning, fifty-fifth batch, round 31's final sparse held-out (promoted after scoring)",
        HELD_OUT_55,
    ),
    # written for round 32 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: FINANCE TRACKERS OF EVERY SHAPE, no
    # registers (a Madeiran convent's Budget / Actual / Forecast rows, a Reunion dialysis
    # unit's one-month budget vs actual, an Azores whale-watching centre's accruals, an El
    # Salvador fish auction's cumulative columns, an Acajutla ship loader's A / F rolling
    # forecast, an Ivorian palm oil mill's French `12 345,00` table, an Abidjan port's
    # SunSystems ledger extract, a Mozambican maternity grant tracker, a Nacala grain silo's
    # `1.2k` spend, a Martinique banana packhouse's two-year grid, a Turks and Caicos
    # mangrove nursery's Vena variance export, a Shetland print works' `£12k` blocks);
    # twelve finance trackers, held out (task w59)
    (
        "tuning, fifty-sixth batch, round 32's finance held-out (promoted after scoring)",
        HELD_OUT_56,
    ),
    # written for round 32 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: ORDINARY English workbooks (a NZ sail
    # loft's Productive export, a Grenadian nutmeg station's risks, a Bermuda bandstand's
    # mixed RAID log, an Australian stud's decisions, a UK village hall's issue log, a Nova
    # Scotia rope walk's dependencies; a South African lime kiln's budget / actual pair per
    # month, a Mauritian model ship workshop's FY budget, a US darts arena's monthly cost
    # log, a Kerala houseboat yard's resource plan, an Irish sail training brig's milestone
    # plan, a Singapore wet market's status report); six registers and six trackers, the
    # tuning batch of round 32 (task w56t)
    ("tuning, round 32's ordinary batch by a writer who does not tune (tuned on)", TUNING_23),
    # written for round 32 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SUPPLIER AND CONSULTANCY REPORTS (a
    # Kyushu hot spring resort's PMS integrator's RAID extract, a Sabah freight forwarder's
    # WMS managed-service risk and issue log with client and supplier owners, a Lugano lift
    # contractor's issues, a Honiara cold store study's assumptions, a Naha monorail rolling
    # stock supplier's dependencies, a Zurich reinsurer's actuarial consultancy decisions; the
    # same consultancy's fee tracker, a Jurong parking consultancy's fee forecast by grade, a
    # Tomakomai carbon capture contractor's interim payment application, a Fort-de-France
    # escalator contractor's resource plan with day rates, a St George's nutmeg plant's SOW
    # payment milestones, a Geneva private bank integrator's status pack); six registers and
    # six trackers, the tuning batch of round 32 (task w57t)
    (
        "tuning, round 32's supplier and consultancy reports by a writer who does not tune (tuned on)",
        TUNING_24,
    ),
    # written for round 32 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: FINANCE TRACKERS OF EVERY SHAPE (a
    # Tuvalu seawall's measure rows, an Eritrean salt works' months down, a Swedish
    # bobsleigh track's Fortnox export, an Irish fish pass's plan / actual month pairs, an
    # Islay bond store's P01..P12 periods, a Norwegian smokehouse's Visma expenses log, a
    # Canadian lacrosse arena's accruals, a Swiss glacier tunnel's cumulative actuals, a
    # Singapore tide gauge network's CapEx / OpEx split, an Indian tea auction centre's
    # one-month report, a Rotorua hot pools' subtotals, a Japanese soy sauce brewery's
    # two-year freee export); twelve finance trackers, the tuning batch of round 32 (w58t)
    (
        "tuning, round 32's finance trackers by a writer who does not tune (tuned on)",
        TUNING_25,
    ),
    # held out: written for round 32 by an engineer who does not tune (task w60), ORDINARY
    # English workbooks, audited (a60); its layouts are in its own file and docs section,
    # not here, so that nobody appending a half reads them (round 32's leak, said in
    # docs/adopt.md)
    ("held-out, fifty-seventh batch (round 32's final code, ordinary)", HELD_OUT_57),
    # written for round 32 by an engineer who does not tune (task w62), FINANCE TRACKERS OF
    # EVERY SHAPE, audited (a62); held out through round 32 and round 33's first wave
    # (scored 386/419 before round 32, 397/419 on its final code and after round 33's first
    # wave), then promoted to tuning for round 33's last hour
    (
        "tuning, fifty-ninth batch, round 32's finance held-out (promoted after scoring)",
        HELD_OUT_59,
    ),
    # written for round 32 by an engineer who does not tune (task w61), SUPPLIER AND
    # CONSULTANCY REPORTS, audited (a61); held out through round 32 and round 33's first
    # wave (scored 311/354 before round 32, 316/354 on its final code and after round 33's
    # first wave), then promoted to tuning for round 33's last hour
    (
        "tuning, fifty-eighth batch, round 32's final supplier held-out (promoted after scoring)",
        HELD_OUT_58,
    ),
    # written for round 33 by an engineer who does not tune (task w66), audited (a66),
    # SUPPLIER AND CONSULTANCY REPORTS; held out through round 33 (scored 242/308 before
    # it, 248/308 on its final code), then promoted to tuning for round 34
    (
        "tuning, sixtieth batch, round 33's supplier held-out (promoted after scoring)",
        HELD_OUT_60,
    ),
    # written for round 33 by an engineer who does not tune (task w67), audited (a67),
    # FINANCE TRACKERS OF EVERY SHAPE; held out through round 33 (scored 300/434 before it,
    # 367/434 on its final code), then promoted to tuning for round 34
    (
        "tuning, sixty-first batch, round 33's finance held-out (promoted after scoring)",
        HELD_OUT_61,
    ),
    # held out: written for round 33 by an engineer who does not tune (task w68), audited
    # (a68), METHOD-TEMPLATE WORKBOOKS; layouts in its own file only
    (
        "held-out, sixty-second batch (round 33, method-template workbooks)",
        HELD_OUT_62,
    ),
    # written for round 33 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: METHOD-TEMPLATE WORKBOOKS (a Liberian
    # toll plaza's PRINCE2 risk register, a Sierra Leone weather radar's PRINCE2 issue
    # register, a Honduran survey vessel's RAID log, a Burkinabe parliament's APM assumption
    # and decision logs, a Mauritanian salt cavern's MSP dependencies, a Yemeni ATC tower's
    # PMBOK risks; a Monrovia embassy's cost baseline, a Freetown tax office's stage budget,
    # a Mauritanian hydrogen programme's financials, the toll plaza's resource plan, the
    # survey vessel's stage-gate plan, the radar's highlight report); six registers and six
    # trackers, the tuning batch of round 33 (task w65t)
    (
        "tuning, round 33's method-template workbooks by a writer who does not tune (tuned on)",
        TUNING_28,
    ),
    # written for round 33 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SUPPLIER AND CONSULTANCY REPORTS (a
    # Perigord truffle co-operative integrator's RAID extract with one counter and party
    # owners, an Ontario ice hockey arena contractor's risk register, a Queensland toll plaza
    # vendor's issue log, a Saitama bonsai garden consultancy's decision record, a La Mancha
    # saffron dryer supplier's client dependencies, a Rotoiti zipline contractor's Risks and
    # Issues sheets; a Connemara smokery consultancy's fee tracker ex / incl. VAT, a Singapore
    # observation wheel fee forecast by grade, a North Carolina parachute plant's G703 pay
    # application, a Bavarian monastery brewery integrator's staffing plan, a Siliguri tea
    # blending supplier's SOW payment milestones, a Valais caviar farm supplier's status
    # pack); six registers and six trackers, the tuning batch of round 33 (task w63t)
    (
        "tuning, round 33's supplier and consultancy reports by a writer who does not tune (tuned on)",
        TUNING_26,
    ),
    # written for round 33 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores (task w64t): FINANCE TRACKERS OF EVERY
    # SHAPE (a Hokkaido ski lift's measure rows, a Yukon de-icing pad's CMiC job cost
    # export, an Orkney linkspan's Agresso export, a Lebanese solar lighting grant's Budget
    # and Actuals sheets, a Honduran coffee mill's months down, an Okinawa sugar mill's plan
    # / actual pairs, a Lebanese olive press's Epicor GL export, an Orkney wave berth's QS
    # cost report, a Yukon housing rolling forecast, a Norfolk Island airstrip's Reckon
    # budget vs. actual, a Hokkaido fish ladder's sheet per month, a Honduran clinic's donor
    # report); twelve finance trackers, the tuning batch of round 33 (w64t)
    (
        "tuning, round 33's finance trackers by a writer who does not tune (tuned on)",
        TUNING_27,
    ),
    # written for round 33 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: FINANCE TRACKERS OF EVERY SHAPE (a
    # Guadeloupe carnival workshop's Pennylane long table, a Svalbard coal mine closure's
    # PowerOffice Budget / Actual row pairs, a Montserrat airstrip's QS cost report with
    # Actual / Forecast month labels, a Liberian stevedoring contract's Coupa spend extract,
    # a Guam runway lighting FY-October tracker, a Burkina Faso polling kit sheet per month,
    # a Sierra Leone haul road's to-date columns, a New Caledonia cyclone shelter's months
    # down, a Mayotte sorting centre's stacked blocks, an Anguilla chapel's Clear Books
    # pairs, a St Kitts shelter's Kashflow sheets, a Tahiti breadfruit mill's accruals);
    # twelve finance trackers, the second tuning batch of round 33 (task w69t)
    (
        "tuning, round 33's second finance trackers by a writer who does not tune (tuned on)",
        TUNING_29,
    ),
    # held out: written for round 33 by an engineer who does not tune (task w71), FINANCE
    # TRACKERS OF EVERY SHAPE; layouts in its own file only
    (
        "held-out, sixty-third batch (round 33, finance trackers of every shape)",
        HELD_OUT_63,
    ),
    # written for round 33 by an engineer who does not tune (task w72), audited (a72),
    # SUPPLIER AND CONSULTANCY REPORTS; held out through round 33 (scored 376/404 before it
    # and on its final code), then promoted to tuning for round 34
    (
        "tuning, sixty-fourth batch, round 33's second supplier held-out (promoted after scoring)",
        HELD_OUT_64,
    ),
    # written for round 33 by an engineer who does not tune and who read neither the
    # adoption code nor any batch's misses or scores: SUPPLIER AND CONSULTANCY REPORTS (a
    # Swedish ice hotel contractor's mixed RAID extract, a Californian pistachio huller's
    # design-build risks, a Sri Lankan sea cucumber hatchery's vendor issues, a Spanish
    # saffron cooperative's consultancy decisions, a Mongolian yurt factory's client
    # dependencies, a UK paddle steamer boatyard's risks and issues sheets, a paua hatchery
    # consultancy fee tracker, a Canadian ice wine winery's valuations, a US rope factory's
    # T&M month, a Tunisian harissa factory's staffing plan, a Mexican mezcal distillery's
    # SOW milestones, a Moroccan argan press supplier's status pack); the second supplier
    # tuning batch of round 33 (w70t)
    (
        "tuning, round 33's second supplier and consultancy reports by a writer who does not tune (tuned on)",
        TUNING_30,
    ),
    # written for round 34 by an engineer who does not tune (task w76), audited (a76),
    # FINANCE TRACKERS OF EVERY SHAPE; held out through round 34's first wave (376/440
    # before it and after it), then promoted to tuning for round 34's last hour
    (
        "tuning, sixty-eighth batch, round 34's finance held-out (promoted after scoring)",
        HELD_OUT_68,
    ),
    # held out: written for round 34 by an engineer who does not tune (task w75), SUPPLIER
    # AND CONSULTANCY REPORTS; layouts in its own file only
    (
        "held-out, sixty-seventh batch (round 34, supplier and consultancy reports)",
        HELD_OUT_67,
    ),
    # written for round 34 by an engineer who does not tune (task w73), audited (a73),
    # SUPPLIER AND CONSULTANCY REPORTS; held out through round 34's first wave (391/421
    # before it, 399/421 after it), then promoted to tuning for round 34's last hour
    (
        "tuning, sixty-fifth batch, round 34's supplier held-out (promoted after scoring)",
        HELD_OUT_65,
    ),
    # held out: written for round 34 by an engineer who does not tune (task w74), FINANCE
    # TRACKERS OF EVERY SHAPE; layouts in its own file only
    (
        "held-out, sixty-sixth batch (round 34, finance trackers of every shape)",
        HELD_OUT_66,
    ),
    # written for round 34 by an engineer who does not tune (task w77), audited (a77),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES; held out through round 34's first wave
    # (334/402 before it and after it), then promoted to tuning for round 34's last hour
    (
        "tuning, sixty-ninth batch, round 34's languages held-out (promoted after scoring)",
        HELD_OUT_69,
    ),
    # written for round 34 by an engineer who does not tune (task w78), audited (a78),
    # SUPPLIER AND CONSULTANCY REPORTS; held out as round 34's end measure (274/348 before
    # the round, 281/348 on its final code), then promoted to tuning for round 35
    (
        "tuning, seventieth batch, round 34's final supplier held-out (promoted after scoring)",
        HELD_OUT_70,
    ),
    # written for round 34 by an engineer who does not tune (task w79), audited (a79),
    # FINANCE TRACKERS OF EVERY SHAPE; held out as round 34's end measure (447/472 before
    # the round, 459/472 on its final code), then promoted to tuning for round 35
    (
        "tuning, seventy-first batch, round 34's final finance held-out (promoted after scoring)",
        HELD_OUT_71,
    ),
    # written for round 34 by an engineer who does not tune (task w80), audited (a80),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES; held out as round 34's end measure (271/301
    # before the round, 288/301 on its final code), then promoted to tuning for round 35
    (
        "tuning, seventy-second batch, round 34's final languages held-out (promoted after scoring)",
        HELD_OUT_72,
    ),
    # written for round 35 by an engineer who does not tune (task w81), audited (a81),
    # SUPPLIER AND CONSULTANCY REPORTS; held out through round 35's first wave (345/427 before
    # it at seed 2026), then promoted to tuning for round 35's second wave
    (
        "tuning, seventy-third batch, round 35's supplier held-out (promoted after scoring)",
        HELD_OUT_73,
    ),
    # written for round 35 by an engineer who does not tune (task w82), audited (a82),
    # SUPPLIER AND CONSULTANCY REPORTS; held out through round 35's first wave (373/394 before
    # it at seed 2026), then promoted to tuning for round 35's second wave
    (
        "tuning, seventy-fourth batch, round 35's second supplier held-out (promoted after scoring)",
        HELD_OUT_74,
    ),
    # written for round 35 by an engineer who does not tune (task w83), audited (a83),
    # FINANCE TRACKERS OF EVERY SHAPE; held out through round 35's first wave (401/437 before
    # it at seed 2026), then promoted to tuning for round 35's second wave
    (
        "tuning, seventy-fifth batch, round 35's finance held-out (promoted after scoring)",
        HELD_OUT_75,
    ),
    # written for round 35 by an engineer who does not tune (task w84), audited (a84),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES; held out through round 35's first wave (364/397 before
    # it at seed 2026), then promoted to tuning for round 35's second wave
    (
        "tuning, seventy-sixth batch, round 35's languages held-out (promoted after scoring)",
        HELD_OUT_76,
    ),
    # written for round 35 by an engineer who does not tune (task w85), audited (a85), SUPPLIER
    # AND CONSULTANCY REPORTS; held out as round 35's end measure of its two waves (312/341 before
    # the round, 318/341 after its first wave, 318/341 after its second, seed 2026), then promoted
    # to tuning for round 35's third wave
    (
        "tuning, seventy-seventh batch, round 35's final supplier held-out (promoted after scoring)",
        HELD_OUT_77,
    ),
    # held out: written for round 35 by an engineer who does not tune (task w86), FINANCE
    # TRACKERS OF EVERY SHAPE; layouts in its own file only
    (
        "held-out, seventy-eighth batch (round 35, finance trackers of every shape)",
        HELD_OUT_78,
    ),
    # written for round 35 by an engineer who does not tune (task w87), audited (a87), ORDINARY
    # WORKBOOKS IN OTHER LANGUAGES; held out as round 35's end measure of its two waves (367/451
    # before the round and after its first wave, 395/451 after its second, seed 2026), then
    # promoted to tuning for round 35's third wave
    (
        "tuning, seventy-ninth batch, round 35's final languages held-out (promoted after scoring)",
        HELD_OUT_79,
    ),
    # written for round 35 by an engineer who does not tune (task w88), audited (a88), SUPPLIER
    # AND CONSULTANCY REPORTS; held out as round 35's end measure of its two waves (355/397 before
    # the round and after both waves, seed 2026), then promoted to tuning for round 35's third
    # wave
    (
        "tuning, eightieth batch, round 35's second final supplier held-out (promoted after scoring)",
        HELD_OUT_80,
    ),
    # written for round 35 by an engineer who does not tune (task w91), audited (a91), ORDINARY
    # WORKBOOKS IN OTHER LANGUAGES; held out as round 35's end measure (446/460 before the
    # round, 451/460 on its final code, seed 2026), then promoted to tuning for round 36
    (
        "tuning, eighty-third batch, round 35's final languages held-out (promoted after scoring)",
        HELD_OUT_83,
    ),
    # held out: written for round 35 by an engineer who does not tune (task w89), SUPPLIER AND
    # CONSULTANCY REPORTS; layouts in its own file only
    (
        "held-out, eighty-first batch (round 35, supplier and consultancy reports)",
        HELD_OUT_81,
    ),
    # written for round 35 by an engineer who does not tune (task w90), audited (a90), SUPPLIER
    # AND CONSULTANCY REPORTS; held out as round 35's end measure (271/344 before the round and
    # on its final code, seed 2026), then promoted to tuning for round 36
    (
        "tuning, eighty-second batch, round 35's final supplier held-out (promoted after scoring)",
        HELD_OUT_82,
    ),
    # written for round 36 by an engineer who does not tune (task w92), audited (a96), SUPPLIER AND
    # CONSULTANCY REPORTS (the Americas, Africa, Asia); scored 260/326 at seed 2026 on the code
    # before round 36, then promoted to tuning for round 36's second wave
    (
        "tuning, eighty-fourth batch, round 36's supplier held-out (promoted after scoring)",
        HELD_OUT_84,
    ),
    # written for round 36 by an engineer who does not tune (task w93), audited (a97), SUPPLIER AND
    # CONSULTANCY REPORTS (Europe and Oceania); scored 286/317 at seed 2026 on the code before round
    # 36, then promoted to tuning for round 36's second wave
    (
        "tuning, eighty-fifth batch, round 36's second supplier held-out (promoted after scoring)",
        HELD_OUT_85,
    ),
    # held-out: written for round 36 by an engineer who does not tune (task w95), ORDINARY
    # WORKBOOKS IN OTHER LANGUAGES; layouts in its own file only
    (
        "held-out, eighty-seventh batch (round 36, ordinary workbooks in other languages)",
        HELD_OUT_87,
    ),
    # written for round 36 by an engineer who does not tune (task w94), audited (a98), FINANCE
    # TRACKERS OF EVERY SHAPE; scored 345/414 at seed 2026 on the code before round 36, then
    # promoted to tuning for round 36's second wave
    (
        "tuning, eighty-sixth batch, round 36's finance held-out (promoted after scoring)",
        HELD_OUT_86,
    ),
    # written for round 36 by an engineer who does not tune (task w96), audited (a100), SUPPLIER AND
    # CONSULTANCY REPORTS (contractors and integrators); held out as the end measure of round 36's
    # first two waves (275/342 before the round and after its first and second waves' rules, seed
    # 2026), then promoted to tuning for its third wave
    (
        "tuning, eighty-eighth batch, round 36's contractors supplier held-out (promoted after scoring)",
        HELD_OUT_88,
    ),
    # written for round 36 by an engineer who does not tune (task w98), audited (a102), FINANCE
    # TRACKERS OF EVERY SHAPE; held out as the end measure of round 36's first two waves (274/341
    # before the round and after its first and second waves' rules, seed 2026), then promoted to
    # tuning for its third wave
    (
        "tuning, ninetieth batch, round 36's second finance held-out (promoted after scoring)",
        HELD_OUT_90,
    ),
    # written for round 36 by an engineer who does not tune (task w97), audited (a101), SUPPLIER AND
    # CONSULTANCY REPORTS (consultancies and agencies); held out as the end measure of round 36's
    # first two waves (239/311 before the round and after its first and second waves' rules, seed
    # 2026), then promoted to tuning for its third wave
    (
        "tuning, eighty-ninth batch, round 36's consultancies supplier held-out (promoted after scoring)",
        HELD_OUT_89,
    ),
    # written for round 36 by an engineer who does not tune (task w99), audited (a103), ORDINARY
    # WORKBOOKS IN OTHER LANGUAGES; held out as the end measure of round 36's first two waves
    # (413/462 before the round and after its first and second waves' rules, seed 2026), then
    # promoted to tuning for its third wave
    (
        "tuning, ninety-first batch, round 36's languages held-out (promoted after scoring)",
        HELD_OUT_91,
    ),
    # written for round 36 by an engineer who does not tune (task w100), audited (a104),
    # SUPPLIER AND CONSULTANCY REPORTS; held out as round 36's last clean measure (280/341 at
    # seed 2026 before and after round 36's rules), then promoted to tuning for round 37
    (
        "tuning, ninety-second batch, round 36's supplier held-out (promoted after scoring)",
        HELD_OUT_92,
    ),
    # written for round 36 by an engineer who does not tune (task w101), audited (a105),
    # FINANCE TRACKERS OF EVERY SHAPE; held out as round 36's last clean measure (293/393
    # before round 36, 313/393 after it, seed 2026), then promoted to tuning for round 37
    (
        "tuning, ninety-third batch, round 36's finance held-out (promoted after scoring)",
        HELD_OUT_93,
    ),
    # written for round 37 by an engineer who does not tune (task w102), audited (a106),
    # SUPPLIER AND CONSULTANCY REPORTS for public-sector and regulated clients; scored on the
    # code before round 37 (193/328 at seed 2026), then promoted to tuning for its second wave
    (
        "tuning, ninety-fourth batch, round 37's supplier held-out (promoted after scoring)",
        HELD_OUT_94,
    ),
    # written for round 37 by an engineer who does not tune (task w103), audited (a107),
    # FINANCE TRACKERS OF EVERY SHAPE; held out through round 37's first two waves (297/415
    # at seed 2026 before the round), then promoted to tuning for its third wave
    (
        "tuning, ninety-fifth batch, round 37's finance held-out (promoted after scoring)",
        HELD_OUT_95,
    ),
    # written for round 37 by an engineer who does not tune (task w104), audited (a108),
    # SUPPLIER AND CONSULTANCY REPORTS of private mid-size companies; held out through round
    # 37's first two waves (321/383 before the round), then promoted for its third wave
    (
        "tuning, ninety-sixth batch, round 37's supplier held-out (promoted after scoring)",
        HELD_OUT_96,
    ),
    # written for round 37 by an engineer who does not tune (task w105), audited (a109),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES; scored on the code before round 37 (367/457 at
    # seed 2026), then promoted to tuning for its second wave
    (
        "tuning, ninety-seventh batch, round 37's languages held-out (promoted after scoring)",
        HELD_OUT_97,
    ),
    # written for round 37 by an engineer who does not tune (task w106), audited (a110),
    # SUPPLIER AND CONSULTANCY REPORTS of large corporate and non-profit clients in Asia, the
    # Middle East, Africa and Latin America; held out through round 37's first two waves
    # (267/351 before the round), then promoted for its third wave
    (
        "tuning, ninety-eighth batch, round 37's supplier held-out (promoted after scoring)",
        HELD_OUT_98,
    ),
    # written for round 37 by an engineer who does not tune (task w107), audited (a111),
    # FINANCE TRACKERS OF EVERY SHAPE; held out through round 37's first two waves (376/518
    # before the round), then promoted for its third wave
    (
        "tuning, ninety-ninth batch, round 37's finance held-out (promoted after scoring)",
        HELD_OUT_99,
    ),
    # written for round 37 by an engineer who does not tune (task w108), audited (a112),
    # SUPPLIER AND CONSULTANCY REPORTS of any client, sector and country; held out through
    # round 37 as its last clean measure (228/309 before it, 241/309 after), then promoted
    # for round 38
    (
        "tuning, hundredth batch, round 37's supplier held-out (promoted after scoring)",
        HELD_OUT_100,
    ),
    # written for round 37 by an engineer who does not tune (task w109), audited (a113),
    # FINANCE TRACKERS OF EVERY SHAPE; held out through round 37 as its last clean measure
    # (300/389 before it, 301/389 after), then promoted for round 38
    (
        "tuning, hundred-and-first batch, round 37's finance held-out (promoted after scoring)",
        HELD_OUT_101,
    ),
    # written for round 38 by an engineer who does not tune (task w110), audited (a114),
    # SUPPLIER AND CONSULTANCY REPORTS with no earlier batch for the format; held out through
    # round 38's first wave (382/534 before the round and after t46a's rules), then promoted
    (
        "tuning, hundred-and-second batch, round 38's supplier held-out (promoted after scoring)",
        HELD_OUT_102,
    ),
    # written for round 38 by an engineer who does not tune (task w111), audited (a115),
    # FINANCE TRACKERS OF EVERY SHAPE with no earlier batch for the format; held out through
    # round 38's first wave (529/754 before the round and after t46a's rules), then promoted
    (
        "tuning, hundred-and-third batch, round 38's finance held-out (promoted after scoring)",
        HELD_OUT_103,
    ),
    # written for round 38 by an engineer who does not tune (task w112), audited (a116),
    # ORDINARY PMO WORKBOOKS OF A MIXED PORTFOLIO (one restaurant group's IT, construction,
    # change, research, marketing and compliance projects) with no earlier batch for the
    # format; held out through round 38 (482/610 at its end), then promoted in round 39
    (
        "tuning, hundred-and-fourth batch, round 38's mixed portfolio held-out (promoted after scoring)",
        HELD_OUT_104,
    ),
    # written for round 38 by an engineer who does not tune (task w113), audited (a117),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES with no earlier batch for the format; held out
    # through round 38 (354/476 at its end), then promoted in round 39
    (
        "tuning, hundred-and-fifth batch, round 38's languages held-out (promoted after scoring)",
        HELD_OUT_105,
    ),
    # written for round 38 by an engineer who does not tune (task w114), audited (a118),
    # PLANS, STATUS REPORTS AND TRACKERS with no earlier batch for the format; held out
    # through round 38 (356/690 at its end), then promoted in round 39; round 39's lead
    # ruling (t48a) left its Italian change request log out (690 -> 661 facts at 2026)
    (
        "tuning, hundred-and-sixth batch, round 38's plans and status reports held-out (promoted after scoring)",
        HELD_OUT_106,
    ),
    # written for round 38 by an engineer who does not tune (task w116), audited (a120),
    # FINANCE TRACKERS OF EVERY SHAPE with no earlier batch for the format; held out through
    # round 38 and round 39's first wave (364/468 at round 38's end), then promoted
    (
        "tuning, hundred-and-eighth batch, round 38's finance held-out (promoted after scoring)",
        HELD_OUT_108,
    ),
    # written for round 38 by an engineer who does not tune (task w115), audited (a119),
    # SUPPLIER AND CONSULTANCY REPORTS with no earlier batch for the format; held out through
    # round 38 and round 39's first wave (316/487 at round 38's end), then promoted
    (
        "tuning, hundred-and-seventh batch, round 38's supplier held-out (promoted after scoring)",
        HELD_OUT_107,
    ),
    # held-out: written for round 39 by an engineer who does not tune (task w117), PLANS,
    # STATUS REPORTS AND TRACKERS; layouts in its own file only
    (
        "held-out, hundred-and-ninth batch (round 39, plans, status reports and trackers)",
        HELD_OUT_109,
    ),
    # written for round 39 by an engineer who does not tune (task w118), audited (a122),
    # ORDINARY WORKBOOKS OF A MIXED PORTFOLIO (an intergovernmental space agency) with no
    # earlier batch for the format; held out through round 39 (529/621 at its end), then
    # promoted in round 40
    (
        "tuning, hundred-and-tenth batch, round 39's mixed portfolio held-out (promoted after scoring)",
        HELD_OUT_110,
    ),
    # written for round 39 by an engineer who does not tune (task w119), audited (a123),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES (twelve little-used languages) with no earlier
    # batch for the format; held out through round 39 (286/573 at its end), then promoted in
    # round 40
    (
        "tuning, hundred-and-eleventh batch, round 39's languages held-out (promoted after scoring)",
        HELD_OUT_111,
    ),
    # written for round 39 by an engineer who does not tune (task w120), audited (a124),
    # TOOL EXPORTS AND METHOD TEMPLATES with no earlier batch for the format; held out
    # through round 39 and round 40's first wave (628/720 at round 39's end), then promoted
    (
        "tuning, hundred-and-twelfth batch, round 39's tool exports held-out (promoted after scoring)",
        HELD_OUT_112,
    ),
    # written for round 39 by an engineer who does not tune (task w121), audited (a125),
    # SUPPLIER AND CONSULTANCY REPORTS with no earlier batch for the format; held out through
    # round 39 (288/485 at its end), then promoted in round 40
    (
        "tuning, hundred-and-thirteenth batch, round 39's supplier held-out (promoted after scoring)",
        HELD_OUT_113,
    ),
    # written for round 39 by an engineer who does not tune (task w122), audited (a126),
    # FINANCE TRACKERS OF EVERY SHAPE with no earlier batch for the format; held out through
    # round 39 (538/683 at its end), then promoted in round 40
    (
        "tuning, hundred-and-fourteenth batch, round 39's finance held-out (promoted after scoring)",
        HELD_OUT_114,
    ),
    # held-out: written for round 40 by an engineer who does not tune (task w126), ORDINARY
    # PMO WORKBOOKS OF A MIXED PORTFOLIO (a stock exchange group); layouts in its own file only
    (
        "held-out, hundred-and-eighteenth batch (round 40, ordinary workbooks of a mixed portfolio)",
        HELD_OUT_118,
    ),
    # written for round 40 by an engineer who does not tune (task w125), audited (a129),
    # FINANCE TRACKERS OF EVERY SHAPE with no earlier batch for the format; held out through
    # round 40 (386/583 at its end), then promoted in round 41
    (
        "tuning, hundred-and-seventeenth batch, round 40's finance held-out (promoted after scoring)",
        HELD_OUT_117,
    ),
    # written for round 40 by an engineer who does not tune (task w123), audited (a127),
    # ORDINARY WORKBOOKS IN OTHER LANGUAGES (twelve languages) with no earlier batch for the format; held out through
    # round 40 (289/511 at its end), then promoted in round 41
    (
        "tuning, hundred-and-fifteenth batch, round 40's languages held-out (promoted after scoring)",
        HELD_OUT_115,
    ),
    # written for round 40 by an engineer who does not tune (task w124), audited (a128),
    # SUPPLIER AND CONSULTANCY REPORTS with no earlier batch for the format; held out through
    # round 40 (243/403 at its end), then promoted in round 41
    (
        "tuning, hundred-and-sixteenth batch, round 40's supplier held-out (promoted after scoring)",
        HELD_OUT_116,
    ),
    # written for round 40 by an engineer who does not tune (task w127), audited (a131),
    # TOOL EXPORTS AND METHOD TEMPLATES with no earlier batch for the format; held out through
    # round 40 (346/610 at its end), then promoted in round 41
    (
        "tuning, hundred-and-nineteenth batch, round 40's tool exports held-out (promoted after scoring)",
        HELD_OUT_119,
    ),
    # held-out: written for round 40 by an engineer who does not tune (task w128), plans,
    # status reports and trackers; layouts in its own file only
    (
        "held-out, hundred-and-twentieth batch (round 40, plans, status reports and trackers)",
        HELD_OUT_120,
    ),
    # held-out: written for round 41 by an engineer who does not tune (task w129), ordinary
    # workbooks in other languages; layouts in its own file only
    (
        "held-out, hundred-and-twenty-first batch (round 41, ordinary workbooks in other languages)",
        HELD_OUT_121,
    ),
    # held-out: written for round 41 by an engineer who does not tune (task w130), supplier
    # and consultancy reports; layouts in its own file only
    (
        "held-out, hundred-and-twenty-second batch (round 41, supplier and consultancy reports)",
        HELD_OUT_122,
    ),
    # held-out: written for round 41 by an engineer who does not tune (task w131), finance
    # trackers of every shape; layouts in its own file only
    (
        "held-out, hundred-and-twenty-third batch (round 41, finance trackers of every shape)",
        HELD_OUT_123,
    ),
    # held-out: written for round 41 by an engineer who does not tune (task w132), tool
    # exports and method templates; layouts in its own file only
    (
        "held-out, hundred-and-twenty-fourth batch (round 41, tool exports and method templates)",
        HELD_OUT_124,
    ),
    # held-out: written for round 41 by an engineer who does not tune (task w134), plans,
    # status reports and trackers; layouts in its own file only
    (
        "held-out, hundred-and-twenty-sixth batch (round 41, plans, status reports and trackers)",
        HELD_OUT_126,
    ),
    # held-out: written for round 41 by an engineer who does not tune (task w133), ordinary
    # workbooks of a mixed portfolio; layouts in its own file only
    (
        "held-out, hundred-and-twenty-fifth batch (round 41, ordinary workbooks of a mixed portfolio)",
        HELD_OUT_125,
    ),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show-held-out", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--only",
        metavar="TEXT",
        help="score only the halves whose name contains TEXT (e.g. 'nineteenth')",
    )
    args = parser.parse_args(argv)
    results: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for half, layouts in HALVES:
            if args.only and args.only not in half:
                continue
            folder = Path(tmp) / half.replace(", ", "-").replace(" ", "-")
            folder.mkdir()
            results[half] = run_half(layouts, args.seed, folder)
    if args.json:
        print(
            json.dumps(
                {
                    half: {
                        "facts": list(_total(s).facts),
                        **{k: [_total(s).right[k], _total(s).total[k]] for k in KINDS},
                    }
                    for half, s in results.items()
                },
                indent=2,
            )
        )
        return 0
    for half, scores in results.items():
        show = not half.startswith("held-out") or args.show_held_out
        print(f"== {half} (seed {args.seed}) ==")
        if show:
            for name, s in scores.items():
                print(f"  {name:32s} {_pct(*s.facts)}")
                for miss in s.misses:
                    print(f"      - {miss}")
        t = _total(scores)
        kinds = "  ".join(f"{k} {_pct(t.right[k], t.total[k])}" for k in KINDS)
        print(f"  TOTAL {_pct(*t.facts)}   {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
