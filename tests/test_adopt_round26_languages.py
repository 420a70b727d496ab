"""Round 26: Tigrinya, Kurdish Sorani and Kurmanji, Uyghur (l26a); Scottish Gaelic, Breton,
Romansh, Sundanese (l26b): the tests particular to the round. Its sample registers, trackers
and words are ``tests/language_samples/round26.py``, read through the one protocol of
``tests/test_adopt_language_samples.py``.
"""

from __future__ import annotations

from addin.adopt.languages import translate


def test_english_headers_near_the_new_words_read_as_before() -> None:
    # Romansh ``num`` (name) is left out: English ``Num`` is a number column
    assert translate("Num") != "name"
    assert translate("Problem") is None  # Romansh writes it as English does
    assert translate("Bass", "values") == "low"  # Romansh low, in a cell only
    assert translate("Bass") is None  # as a header it is no field
    assert translate("Plan") is None and translate("Project") is None  # English, as before
