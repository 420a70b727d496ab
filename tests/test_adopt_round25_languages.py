"""Round 25 (l25a): languages of Africa, and Kurdish: the tests particular to the round. Its
sample registers, trackers and words are ``tests/language_samples/round25_africa.py``, read
through the one protocol of ``tests/test_adopt_language_samples.py``.
"""

from __future__ import annotations

from addin.adopt.languages import translate


def test_english_headers_near_the_new_words_read_as_before() -> None:
    # English headers near the new words are unchanged
    assert translate("Owner") is None
    assert translate("MBA") is None
    assert translate("Ego") is None  # Igbo ego (money) is read only inside a phrase


def test_oromo_dependency_words() -> None:
    # hirkattummaa (leaning on: dependence) is the dependency, its plural written the same
    assert translate("Hirkattummaa") == "dependency"
    assert translate("Kallattii") == "direction"
