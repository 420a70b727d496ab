"""Sample registers, trackers and words of the languages added in rounds 25 and 26, one
module a round's engineer, each written for the tests in its language (no benchmark
layout). ``tests/test_adopt_language_samples.py`` reads every module through one protocol,
so a language is added by its rows here, never by another copy of the tests.

Each module holds: ``AFTER`` (the language its languages are declared after in
``LANGUAGES``), ``REGISTERS`` and ``BUDGETS`` (``LanguageRegister`` / ``LanguageBudget``
samples), ``VALUES`` and ``HEADERS`` (``(language, text, concept)``), ``LEFT_OUT``
(``(language, text)`` or ``(language, text, reading)``: a word left out on purpose and what
it still reads as, ``None`` when nothing), and ``CONTACTS`` (``(language, sheet, rows)``: a
table of the language that is no register).
"""
