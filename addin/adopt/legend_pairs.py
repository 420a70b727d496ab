"""The one reading of a legend's pairs (round 41, ox41).

A legend line pairs short keys with the words they stand for: letters (``K = Kemungkinan,
D = Dampak``, ``h = hoch, m = mittel, n = niedrig``, ``C = Complete, O = On track``) or a
symbol (``✓ = done, ● = on track, ▲ = at risk``; the Japanese ``済：完了　○：予定通り
△：要注意　×：遅延``). Each pair is a key, a sign (``=``, ``:``, the full-width ``：``,
or a dash ``-`` / ``–`` with a space either side), and a word or up to four (joined by a
space or a hyphen), ending at a bracket, a comma, a semicolon, a full stop, the line's end
or the next pair. Both readers of legends use it: the letters of a header spelt out
(:mod:`addin.adopt.legend_letters`) and the letters or symbols of a column's values
(:mod:`addin.adopt.key_lines`).
"""

from __future__ import annotations

import re

#: A key: one to three letters, or one symbol (no letter, digit, space or sign of a pair).
KEY = r"(?:[^\W\d_]{1,3}|[^\w\s=:\uff1a\-\u2013,;.()\[\]/'\"])"
#: The sign between a key and its words.
SIGN = r"(?:\s*[=:\uff1a]\s*|\s+[-\u2013]\s+)"
#: One pair: the key, its sign, its words up to a bracket, a comma, a semicolon, a full
#: stop, the line's end or the next pair.
PAIR = re.compile(
    rf"(?<![\w.])({KEY})(?:{SIGN})([^\W\d_]+(?:[ \-][^\W\d_]+){{0,3}})"
    rf"(?=\s*(?:[(),;./|\[\]\u3001\uff0c\uff08\uff09]|$|\s+{KEY}{SIGN}))"
)


def pairs_of(text: str) -> list[tuple[str, str]]:
    """The (key, words) pairs of a legend's text, in their order."""
    return [(k, w.strip()) for k, w in PAIR.findall(text)]
