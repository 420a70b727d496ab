"""Registers written in French, German, Spanish, Italian, Dutch or Portuguese (round 8), or
in any of 30 more languages of large organisations (round 10: the other official languages
of the EU, Norwegian, Turkish, Russian, Ukrainian, Japanese, Chinese, Korean, Arabic,
Hebrew, Indonesian, Vietnamese, Thai, Hindi), read as the English words adoption already
knows. Chinese, Japanese, Thai and Korean words are found as substrings
(:func:`_split_unspaced`); the sections ``*_world`` of the data file hold round 10's words.

The words live in one data file, ``languages.toml`` beside this module (the one source of
truth; docs/adopt.md, "Round 8"): each English word or phrase of the synonyms and the
thesaurus with the words meaning it in each language, in two sections: ``words`` (headers,
sheet names, titles, project labels) and ``values`` (cell values of lists and scales:
statuses, RAG, High / Medium / Low, Yes / No), and ``false_friends``, English words a
language uses with another meaning (Spanish ``actual`` = current), read only inside a header
with other words of the file. :func:`translate` reads a text as those
English words; the callers add that reading beside the text's own, so an English workbook
reads exactly as before and a French one reads as its English words would:

- ``"Date d'échéance"`` -> ``"due date"``; ``"Propriétaire du risque"`` -> ``"owner risk"``
  (the register's noun is then dropped as usual);
- ``"Risikoverantwortlicher"`` -> ``"risk owner"`` (a German or Dutch compound split into
  words of the file, with the linking ``s`` / ``es`` / ``n`` / ``en`` / ``e`` between them);
- ``"Élevée"`` -> ``"high"``, ``"in Bearbeitung"`` -> ``"in progress"``, ``"Grün"`` ->
  ``"green"``.

Texts are compared accent- and case-folded (:func:`fold`): ``É`` = ``e``, ``ü`` = ``u``,
``ß`` = ``ss``; a word written with ``ae`` / ``oe`` / ``ue`` for an umlaut reads too
(``Faelligkeit`` = ``Fälligkeit``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from addin.adopt.synonyms import (
    COMMON,
    CONCEPTS,
    DATE_WORDS,
    KNOWN_UNMAPPED,
    MEASURES,
    PERSON_WORDS,
    REGISTER,
    REGISTER_WORDS,
)

#: The languages of the data file, by their ISO 639-1 codes.
LANGUAGES = (
    *("fr", "de", "es", "it", "nl", "pt"),  # round 8
    # round 10: the other official languages of the EU, and the languages of large
    # organisations beyond it
    *("pl", "cs", "sk", "hu", "ro", "bg", "el", "hr", "sl", "sv", "da", "fi", "et", "lv"),
    *("lt", "ga", "mt", "no", "tr", "ru", "uk", "ja", "zh", "ko", "ar", "he", "id", "vi"),
    *("th", "hi"),
    "ms",  # round 14: Malay (Malaysia, Brunei)
    "ca",  # round 16: Catalan (Catalonia, Andorra, Valencia, the Balearic Islands)
    # round 18: the languages the file's [coverage] declares beyond those above (Icelandic,
    # Serbian in Latin and Cyrillic, Bosnian, Macedonian, Albanian, Persian, Urdu, Bengali,
    # Filipino, Kiswahili, Afrikaans, Basque, Galician, Welsh)
    *("is", "sr", "bs", "mk", "sq", "fa", "ur", "bn", "tl", "sw", "af", "eu", "gl", "cy"),
    # round 22: Mongolian, Kazakh, Uzbek, Azerbaijani, Georgian, Armenian, Belarusian,
    # Marathi, Nepali, Tamil
    *("mn", "kk", "uz", "az", "ka", "hy", "be", "mr", "ne", "ta"),
    # round 22's last hour: Amharic (Ethiopia's working language, Ge'ez script), Telugu,
    # Gujarati, Kannada, Malayalam, Punjabi (Gurmukhi), Somali
    *("am", "te", "gu", "kn", "ml", "pa", "so"),
    # round 23's last hour: Burmese and Lao (written without spaces, read as Thai is),
    # Malagasy, Tajik (Cyrillic)
    *("my", "lo", "mg", "tg"),
    *("km", "si"),  # Khmer (written without spaces, as Thai), Sinhala
    *("ky", "tk"),  # round 24: Kyrgyz (Cyrillic), Turkmen (Latin)
    # round 24: languages of Africa and West/Central Asia: Hausa, Yoruba, isiZulu,
    # isiXhosa, Pashto
    *("ha", "yo", "zu", "xh", "ps"),
    *("sn", "ht", "fo"),  # round 24 (last hour): Shona, Haitian Creole, Faroese
    # round 25: languages of Africa, and Kurdish
    "ig",  # Igbo (Nigeria)
    "rw",  # Kinyarwanda (Rwanda)
    "om",  # Oromo (Ethiopia, Kenya; Latin script, Qubee)
    # round 25: languages of Asia, the Pacific, Europe and the Americas
    "lb",  # Luxembourgish
    "jv",  # Javanese (ngoko, with krama's commonest words)
    "ceb",  # Cebuano (Bisaya)
    "or",  # Odia (Odia script)
    "as",  # Assamese (Bengali-Assamese script, with its own ৰ and ৱ)
    "sd",  # Sindhi (Arabic script, with its own letters ڪ ٽ ڏ ڳ ڻ)
    "mi",  # Māori (te reo Māori, with and without its macrons)
    "tt",  # Tatar (Cyrillic)
    "fy",  # West Frisian (Fryslân)
    # round 25 (its last hour): Mauritian Creole, Samoan and Guarani
    "mfe",  # Mauritian Creole (Kreol Morisien, the 2011 orthography)
    "sm",  # Samoan (with and without its glottal stop, fa'ai'uga = faaiuga)
    "gn",  # Guarani as Paraguayans write it (Jopara: with the Spanish loans offices write)
    # round 25 (its last hour): Setswana, Chichewa and Sesotho
    "tn",  # Setswana (Botswana, South Africa)
    "ny",  # Chichewa (Malawi, Zambia)
    "st",  # Sesotho (Lesotho, Free State; Lesotho and South African spellings)
    # round 26: languages of Africa, Kurdish, Uyghur and Quechua
    "ti",  # Tigrinya (Eritrea, Tigray; Ge'ez script)
    "ckb",  # Kurdish Sorani (Iraqi Kurdistan, Iran; Arabic script)
    "ku",  # Kurdish Kurmanji (Turkey, Syria, northern Iraq; Latin script)
    "ug",  # Uyghur (Xinjiang, Kazakhstan; Arabic script, UEY)
    # round 26: languages of West Africa, Asia, the Pacific and Europe
    "gd",  # Scottish Gaelic (Gàidhlig; with and without its grave accents, clàr = clar)
    "br",  # Breton (brezhoneg; c'h written with or without its apostrophe, perc'henn = perchenn)
    "rm",  # Romansh (Rumantsch Grischun, the written standard of the Grisons)
    "su",  # Sundanese (basa Sunda, Latin script; é written with or without its accent)
    # round 31: languages of NGOs', development banks' and public bodies' registers in Africa,
    # Asia and the Pacific, written with the English, French or Portuguese their offices use
    "tet",  # Tetum (Timor-Leste; Portuguese loans in Tetum spelling)
    "tpi",  # Tok Pisin (Papua New Guinea)
    "wo",  # Wolof (Senegal, the Gambia)
    "lg",  # Luganda (Uganda)
    "rn",  # Kirundi (Burundi)
    "mai",  # Maithili (Devanagari; Nepal, Bihar)
    "dv",  # Dhivehi (Thaana; the Maldives)
    "ln",  # Lingala (the DRC, Congo)
    "ff",  # Fula / Pulaar (Senegal, Guinea, Mali)
    "bm",  # Bambara (Mali)
    "ee",  # Ewe (Ghana, Togo)
    "kab",  # Kabyle (Algeria; Latin script)
    "ak",  # Akan / Twi (Ghana)
)
#: Languages whose words join into compounds (``Risikoverantwortlicher``).
COMPOUNDING = (
    *("de", "nl", "sv", "no", "da"),  # the Nordic languages since round 13
    # round 18: the other languages that join words into compounds (Finnish
    # "riskienhallinta", Icelandic "áhættuskrá", Hungarian "kockázatkezelés", Estonian
    # "riskiregister", Afrikaans "risikoregister")
    *("fi", "is", "hu", "et", "af"),
)
#: What may stand between two words of a compound (German ``Fugenelemente``).
_LINKS = ("", "s", "es", "n", "en", "e")
#: The shortest word read as part of a compound, and the shortest compound split.
_MIN_PART, _MIN_COMPOUND = 3, 7

#: Round 37 (ox37): words of the data file read only as a compound's part, never as a
#: header alone. German ``Text`` ends SAP's name of what its stem names
#: (``Kostenartentext``: the cost element's name, round 36's t41c); a column headed
#: ``Text`` alone, in German or English, is free text (a posting's or a note's), no name.
COMPOUND_PARTS_ONLY = frozenset({"text"})

#: Scripts written without spaces between words (round 10: Thai, kana, CJK; Korean, written
#: in compounds; round 23: Lao, Burmese and Khmer, which write a phrase without spaces as
#: Thai does): each script's letters and the vowel signs, tone marks and viramas inside its
#: words (combining marks, which ``\w`` does not hold). One table for every such script:
#: their words are found as substrings of a text (:func:`_split_unspaced`) and a run of
#: their letters and marks is one word (:data:`_TOKEN`).
_UNSPACED_SCRIPTS: dict[str, tuple[str, str]] = {
    "Thai": ("\u0e00-\u0e7f", "\u0e31-\u0e4e"),
    "Lao": ("\u0e80-\u0eff", "\u0eb1-\u0ecd"),
    "Myanmar": (
        "\u1000-\u109f",
        "\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074"
        "\u1082-\u108d\u108f\u109a-\u109d",
    ),
    "Khmer": ("\u1780-\u17ff", "\u17b4-\u17d3\u17dd"),
    "kana": ("\u3040-\u30ff", "\u3099\u309a"),
    "CJK": ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff", ""),
    "Hangul": ("\uac00-\ud7af", ""),
}
#: Marks of the spaced scripts kept inside a word: Latin combining accents, Hebrew points,
#: Arabic harakat, the Indic blocks (Devanagari to Sinhala), and (round 31) Thaana's
#: vowel signs and sukun (Dhivehi ``މައްސަލަ``: without them a word split at each letter).
_SPACED_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u07a6-\u07b0\u0900-\u0dff"
_MARKS = _SPACED_MARKS + "".join(marks for _, marks in _UNSPACED_SCRIPTS.values())
#: The combining marks a word holds inside it (a character class's ranges), for the readers
#: that split a text into words and numbers themselves (dates, round 24).
#: The zero-width joiner and non-joiner are inside a word too (Malayalam ``ഒക്‌ടോബർ``).
WORD_MARKS = _MARKS + "\u200c\u200d"
#: A word of a folded text: Latin letters, digits, ``#`` and ``%``; or a run of letters and
#: marks of another script (Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Lao, Burmese,
#: Khmer, CJK, Hangul).
_TOKEN = re.compile(f"[0-9a-z#%]+|[^\\x00-\\x7f\\W\\d_]+(?:[^\\x00-\\x7f\\W\\d_]|[{_MARKS}])*")
_NUMERO = re.compile(r"\b([Nn])\s?°")
#: Latin letters with no decomposition, as the letters they are read as (Polish ``ł``,
#: Danish and Norwegian ``ø``, Croatian and Vietnamese ``đ``, Icelandic ``ð`` / ``þ``,
#: Turkish dotless ``ı``, Maltese ``ħ``, Hausa ``ɓ ɗ ƙ ƴ``).
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        # round 40 (t50a): Gujarati and Devanagari write the open o of English loans
        # (August, October, office) with the candra o (``ઑગસ્ટ``, ``ऑफिस``) or, as many
        # typists do, the plain o (``ઓગસ્ટ``, ``ओफिस``): read alike, letter and vowel sign
        "\u0a91": "\u0a93",
        "\u0ac9": "\u0acb",
        "\u0911": "\u0913",
        "\u0949": "\u094b",
        "ħ": "h",
        "Ħ": "h",
        # round 24: the hooked letters of Hausa (and Fula), typed as the plain letter on a
        # keyboard without them (haɗari = hadari, ƙarami = karami); unfolded, a hooked
        # letter split a Latin word in three (ha + ɗ + ari)
        "ɓ": "b",
        "Ɓ": "b",
        "ɗ": "d",
        "Ɗ": "d",
        "ƙ": "k",
        "Ƙ": "k",
        "ƴ": "y",
        "Ƴ": "y",
        # round 31: the open and velar letters of Akan, Ewe, Bambara, Fula, Wolof, Lingala
        # and Kabyle, typed as the plain letters on a keyboard without them (ɔhaw = ohaw,
        # gɛlɛya = geleya, ŋkeke = ngkeke, Kabyle ɣ = gh); unfolded, each split a Latin
        # word in pieces (g + ɛ + l + ɛ + ya), as Hausa's hooked letters did
        "ɔ": "o",
        "Ɔ": "o",
        "ɛ": "e",
        "Ɛ": "e",
        "ŋ": "ng",
        "Ŋ": "ng",
        "ɣ": "gh",
        "Ɣ": "gh",
        "ɖ": "d",
        "Ɖ": "d",
        "ƒ": "f",
        "Ƒ": "f",
        "ʋ": "v",
        "Ʋ": "v",
        "ɲ": "ny",
        "Ɲ": "ny",
        # round 18: Arabic-script letters written differently across Arabic, Persian and
        # Urdu keyboards are one letter (Arabic ي / ى and Persian ی, Arabic ك and Persian
        # ک, Urdu ہ and ۀ and Arabic ه), and the invisible marks between letters go (the
        # zero-width non-joiner of Persian plurals, ریسک‌ها = ریسکها; the joiner; the
        # right-to-left and left-to-right marks; Arabic's tatweel, a stretched joint)
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ہ": "ه",
        "ۀ": "ه",
        "\u0640": "",
        "\u200c": "",
        "\u200d": "",
        "\u200e": "",
        "\u200f": "",
        "\u061c": "",
    }
)
#: The letters of :data:`_UNSPACED_SCRIPTS`: their words are found as substrings of a text.
_UNSPACED_CHARS = "".join(letters for letters, _ in _UNSPACED_SCRIPTS.values())
#: A dot between two letters or marks (never digits: Burmese and Thai digits are in their
#: blocks; a vowel sign may end the part before it, ``มี.ค.``) of a script written without
#: spaces: Thai and Lao abbreviate a month with dots inside it
#: (``ม.ค.``, ``ມ.ກ.``), one word once the dots go (round 24: CLDR's table and dates).
INNER_DOT = re.compile(f"(?<=[{_UNSPACED_CHARS}])(?<!\\d)\\.(?=[{_UNSPACED_CHARS}])(?!\\d)")
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
_UNSPACED_GAP = re.compile(f"(?<=[{_UNSPACED_CHARS}])\\s+(?=[{_UNSPACED_CHARS}])")
#: Round 36 (t42d): an arrow between two words of an unspaced script (Korean ``외부→당사``,
#: from outside to us) joins them into one phrase of the file, as a gap does.
_UNSPACED_ARROW = re.compile(f"(?<=[{_UNSPACED_CHARS}])\\s*(?:→|->|=>)\\s*(?=[{_UNSPACED_CHARS}])")


def western_digits(text: str) -> str:
    """``text`` with every decimal digit of any script (Bengali ``১-৩``, Devanagari ``१-५``,
    Eastern Arabic ``١-٥``, full-width ``１-５``) written 0-9, so a scale or number written in
    a country's own digits reads as the same scale (round 20)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def fold(text: str) -> str:
    """``text`` accent- and case-folded: ``"Échéance"`` -> ``"echeance"``, ``"Maßnahme"``
    -> ``"massnahme"``, ``"Fälligkeit"`` -> ``"falligkeit"``; the degree sign of ``N°`` is
    the ``o`` of ``No`` (a number)."""
    text = _NUMERO.sub(r"\1o", text).translate(_SPECIAL)
    if text.isascii():
        return text.casefold()
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        if _DECOMPOSED(ch):
            decomposed = unicodedata.normalize("NFKD", ch)
            out.extend(c for c in decomposed if not unicodedata.combining(c))
        else:  # Indic, Thai, kana, CJK, Hangul: kept whole, marks and all (round 10)
            out.append(ch)
    return "".join(out).casefold()


def _DECOMPOSED(ch: str) -> bool:
    """True for a character whose accents fold away: Latin, Greek, Cyrillic, Hebrew and
    Arabic (vowel points), Latin Extended Additional (Vietnamese), Greek Extended, and the
    compatibility forms (full-width, ligatures)."""
    code = ord(ch)
    return code < 0x0900 or 0x1E00 <= code < 0x2000 or code >= 0xFB00


#: Czech and Slovak "Č." / "č." (číslo, a number), before it folds to one letter.
_CISLO = re.compile(r"(?<![^\W\d_])[Čč]\.(?=\s|$)")


#: Round 41 (ox41b): a German label written for both genders (``Auftraggeber/in``,
#: ``Projektleiter:in``, ``Projektleiter*in``, ``Projektleiter_in``, ``Auftraggeber(in)``,
#: ``Projektleiter/-in``, the plural's ``innen``): the feminine ending after a noun in
#: ``-er``, cut so the label reads as its word. Only after ``er`` and before no further
#: letter (``Order/Invoice`` is kept). Round 42 (rt42): the ending ends the noun, so it is
#: followed by no word in small letters (``Owner/in charge``: the English ``in`` opening
#: a phrase, kept), a bracket's ``in`` only with its closing bracket (``Order(in EUR)``
#: kept), and the gap's ``_in`` only after a capital's noun (a German noun; a field name's
#: ``transfer_in`` kept).
_GENDERED_ENDING = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{2,}er)(?:([/:*]-?|_)in(?:nen)?|\(in(?:nen)?\))"
    r"(?![^\W\d_])(?!\s+[a-zäöüß])"
)
#: ... and the capital I written inside the word (``ProjektleiterIn``, ``MitarbeiterInnen``)
_BINNEN_I = re.compile(r"(?<=[a-zäöüß]{2}er)I(?:n|nnen)(?![^\W\d_])")
#: Round 42 (rt42): ... and a German noun made of an adjective, its masculine ``r`` after
#: the feminine ``e`` (``Verantwortliche/r``, ``Zuständige(r)``, ``Beauftragte/-r``).
_ADJECTIVE_ENDING = re.compile(r"(?<=[^\W\d_]{3}e)(?:/-?r|\(r\))(?![^\W\d_])")
#: Round 42 (rt42): the same label in the Romance languages: the feminine ending after a
#: slash or in brackets (Spanish and Portuguese ``Encargado/a``, ``Jefe/a de proyecto``,
#: ``Coordinador(a)``, ``Gestor/a``, the plural's ``os/as``; French ``Chargé(e)``,
#: ``Chargé·e``, ``Chef(fe)``, ``Directeur·rice``, ``Directeur(trice)``), cut as the German
#: one is; followed by no further letter.
_ROMANCE_ENDING = re.compile(
    r"(?:(?<=[^\W\d_]{2}[oer])(?:/-?a|\(a\))|(?<=[^\W\d_]{2}[oe]s)(?:/-?as|\(as\))"
    r"|(?<=[^\W\d_]é)(?:\(e\)|·e)s?|(?<=[^\W\d_]{2}f)(?:\(fe\)|·fe)"
    r"|(?<=[^\W\d_]{2}eur)(?:\(t?rice\)|[·/]t?rice))(?![^\W\d_])"
)


def _without_ending(match: re.Match[str]) -> str:
    if match.group(2) == "_" and not match.group(1)[0].isupper():
        return match.group(0)  # a field name's ``transfer_in``, no German noun
    return match.group(1)


def ungendered(text: str) -> str:
    """``text`` with a label's feminine ending cut (``Projektleiter/in`` ->
    ``Projektleiter``; round 41, ox41b; ``Encargado/a`` -> ``Encargado``, ``Chargé(e)`` ->
    ``Chargé``: round 42, rt42)."""
    if "/" not in text and not any(c in text for c in "(:*_·I"):
        return text
    cut = _GENDERED_ENDING.sub(_without_ending, text) if "in" in text or "In" in text else text
    return _ROMANCE_ENDING.sub("", _ADJECTIVE_ENDING.sub("", _BINNEN_I.sub("", cut)))


def spelt_out(header: str) -> str:
    """``header`` with the short forms that fold to one letter written out: Czech and
    Slovak ``Č.`` -> ``číslo`` (a number; round 13), so ``Č.`` reads as an ID; a German
    label for both genders read as its word (:func:`ungendered`)."""
    return ungendered(_CISLO.sub("číslo", header))


def plain(text: str) -> str:
    """``text`` folded, with everything but its words as single spaces (the words of
    :func:`words_of`, apostrophes and punctuation split)."""
    return " ".join(words_of(text))


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` (apostrophes and punctuation split words)."""
    return _TOKEN.findall(fold(text))


@dataclass(frozen=True)
class Lexicon:
    """One section of the data file, folded: foreign words -> English."""

    phrases: dict[tuple[str, ...], str]
    #: single words that may be parts of a compound -> English
    parts: dict[str, str]
    #: the parts that are German or Dutch words (a compound holds one at least)
    foreign_parts: frozenset[str]
    longest: int
    #: words of scripts written without spaces (Chinese, Japanese, Thai) -> English,
    #: found as substrings of a word (round 10)
    unspaced: dict[str, str]
    longest_unspaced: int
    #: the stems of the file's single words (the word less up to :data:`_MAX_ENDING` last
    #: letters, :data:`_MIN_STEM` letters at least) -> the English they read as (round 18)
    stems: dict[str, frozenset[str]]


@lru_cache(maxsize=1)  # round 17: read once (each section's reader asked for it again)
def load_vocabularies() -> dict[str, dict[str, dict[str, list[str]]]]:
    text = resources.files("addin.adopt").joinpath("languages.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=4)
def lexicon(section: str) -> Lexicon:
    """The folded lexicon of ``section`` (``"words"`` or ``"values"``)."""
    phrases: dict[tuple[str, ...], str] = {}
    parts: dict[str, str] = {}
    unspaced: dict[str, str] = {}
    for english, by_language in entries(section):
        target = " ".join(words_of(english))
        if target and len(target) >= _MIN_PART and " " not in target:
            parts.setdefault(target, target)  # "status" in "Risikostatus"
        for language, foreign in by_language.items():
            if language not in LANGUAGES:
                raise ValueError(f"languages.toml: {english!r} names language {language!r}")
            spellings = [*foreign, *(umlauts_spelt(p) for p in foreign if language == "de")]
            for phrase in spellings:
                if _UNSPACED.search(phrase):
                    unspaced.setdefault("".join(words_of(phrase)), target)
                    continue
                key = tuple(words_of(phrase))
                if not key or (section == "words" and len(key) == 1 and len(key[0]) < 2):
                    continue  # a letter ("l'", "d'") is no word of a header
                if section == "words" and all(w in english_words() for w in key):
                    # "Nr", "Ref", "Plan": English words of the synonyms, read as English;
                    # still parts of a compound ("Plankosten")
                    if language in COMPOUNDING and len(key) == 1 and len(key[0]) >= _MIN_PART:
                        parts[key[0]] = target
                    continue
                if language in COMPOUNDING and len(key) == 1 and len(key[0]) >= _MIN_PART:
                    parts[key[0]] = target
                if section == "words" and key[0] in COMPOUND_PARTS_ONLY and len(key) == 1:
                    continue  # ox37: ``Kostenartentext``'s part, never ``Text`` alone
                phrases.setdefault(key, target)
    # round 35's second wave: the other genders, numbers and cases of the file's words
    originals = dict(phrases)
    for key, english in _inflected_phrases(section, originals).items():
        phrases.setdefault(key, english)
    longest = max((len(k) for k in phrases), default=1)
    foreign_parts = frozenset(w for w, english in parts.items() if w != english)
    longest_unspaced = max((len(k) for k in unspaced), default=1)
    return Lexicon(
        phrases, parts, foreign_parts, longest, unspaced, longest_unspaced, _stems(originals)
    )


#: Inflection (round 18): a word of a header read as a word of the file that differs from
#: it only in its last letters (Polish ``ryzyka`` = ``ryzyko``, Serbian ``rizika`` =
#: ``rizik``, Icelandic ``áhættur`` = ``áhætta``, Czech ``vlastníka`` = ``vlastník``): the
#: two share a stem of :data:`_MIN_STEM` letters at least, each with at most
#: :data:`_MAX_ENDING` letters after it.
_MIN_STEM, _MAX_ENDING = 5, 2


#: Round 35's second wave: each language's regular endings of one word, folded, that a
#: participle or adjective takes for the gender, number or case of its noun (Italian
#: ``deciso`` / ``decisa`` / ``decisi`` / ``decise``, Polish ``zagrożony`` / ``zagrożona``,
#: Czech ``dodaný`` / ``dodaná`` / ``dodáno``). A word of the file ending in one member of a
#: group, with :data:`_MIN_INFLECTED_STEM` letters before it, is also read in every other
#: member's form. The groups name whole endings (``-ato``, ``-ony``, never a bare vowel),
#: so a noun one ending away (Polish ``otwarcie``, Italian ``chiusura``) is no form of it.
INFLECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "it": (
        ("ato", "ata", "ati", "ate"),
        ("ito", "ita", "iti", "ite"),
        ("uto", "uta", "uti", "ute"),
        ("eso", "esa", "esi", "ese"),
        ("iso", "isa", "isi", "ise"),
        ("uso", "usa", "usi", "use"),
        ("erto", "erta", "erti", "erte"),
        ("etto", "etta", "etti", "ette"),
        ("ivo", "iva", "ivi", "ive"),
        ("ente", "enti"),
        ("ante", "anti"),
    ),
    "es": (
        ("ado", "ada", "ados", "adas"),
        ("ido", "ida", "idos", "idas"),
        ("erto", "erta", "ertos", "ertas"),
        ("ivo", "iva", "ivos", "ivas"),
        ("ente", "entes"),
        ("ante", "antes"),
    ),
    "pt": (
        ("ado", "ada", "ados", "adas"),
        ("ido", "ida", "idos", "idas"),
        ("erto", "erta", "ertos", "ertas"),
        ("ivo", "iva", "ivos", "ivas"),
        ("ente", "entes"),
        ("ante", "antes"),
    ),
    "ca": (
        ("at", "ada", "ats", "ades"),
        ("it", "ida", "its", "ides"),
        ("ert", "erta", "erts", "ertes"),
    ),
    "fr": (
        # ("e", "ee", "es", "ees") only for a word written with its accent (fermé): see
        # _FRENCH_PARTICIPLE
        ("ert", "erte", "erts", "ertes"),
        ("if", "ive", "ifs", "ives"),
        ("is", "ise", "ises"),
        ("olu", "olue", "olus", "olues"),
        ("evu", "evue", "evus", "evues"),
    ),
    "ro": (
        ("at", "ata", "ati", "ate"),
        ("it", "ita", "iti", "ite"),
        ("is", "isa", "isi", "ise"),
    ),
    "pl": (
        ("ony", "ona", "one", "onego", "onej", "onym", "onych"),
        ("any", "ana", "ane", "anego", "anej", "anym", "anych"),
        ("ety", "eta", "ete", "etego", "etej", "etym", "etych"),
        ("ty", "ta", "te", "tego", "tej", "tym", "tych"),
        ("il", "ila", "ilo", "ili", "ily"),
        ("al", "ala", "alo", "ali", "aly"),
    ),
    "cs": (
        ("ny", "na", "ne", "ni", "neho", "nem", "nou", "nych", "no"),
        ("ty", "ta", "te", "ti", "teho", "tem", "tou", "tych", "to"),
        ("il", "ila", "ilo", "ili", "ily"),
    ),
    "sk": (
        ("ny", "na", "ne", "ni", "neho", "nej", "nom", "nych", "no"),
        ("ty", "ta", "te", "ti", "teho", "tej", "tom", "tych", "to"),
        ("il", "ila", "ilo", "ili", "ili"),
    ),
    "hr": (("en", "ena", "eno", "eni", "ene"), ("an", "ana", "ano", "ani", "ane")),
    "sl": (("en", "ena", "eno", "eni", "ene"), ("an", "ana", "ano", "ani", "ane")),
    "lt": (("tas", "ta", "ti", "tos", "to"),),
    "lv": (("ts", "ta", "ti", "tas"),),
}

#: Finnish and Estonian add a case ending to a word that ends in a vowel (Finnish
#: ``riski`` -> ``riskin``, ``riskit``, ``riskia``; Estonian ``riski`` -> ``riskid``).
CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "fi": ("n", "t", "a", "ssa", "sta", "lla", "lle", "ksi", "na"),
    "et": ("d", "s", "st", "l", "le", "lt", "ga", "ks", "ni"),
}

#: Round 36 (t40b): the cases of a NOUN of a header, by its ending in the data file, folded:
#: a word of the file ending in the first ending of a rule (the longest first) is also read
#: with that ending replaced by each of the others. Polish, Czech and Slovak decline a
#: header's noun after another (``Właściciel`` / ``właściciela``, ``Koszty`` /
#: ``Kosztów``, ``Náklady`` / ``nákladů``), dropping a fleeting ``e`` (``počet`` / ``počtu``,
#: ``wydatek`` / ``wydatku``); Finnish and Estonian change the stem before a
#: case ending (consonant gradation and the ``-us`` / ``-nen`` / ``-e`` nouns:
#: ``kustannus`` / ``kustannuksen``, ``toimenpide`` / ``toimenpiteen``, ``paikka`` /
#: ``paikan``, Estonian ``tähtaeg`` / ``tähtaja``, ``kulud`` / ``kulude``). Read only for
#: header words (section ``words``), each form only when it means one English word.
NOUN_CASES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pl": (
        ("ek", ("ku", "kiem", "ki", "kow", "kom", "kami", "kach")),
        ("iec", ("ca", "cu", "cem", "cy", "cow")),
        ("cja", ("cji", "cje", "cjom", "cjach")),
        ("enie", ("enia", "eniu", "eniem", "en", "eniach")),
        ("anie", ("ania", "aniu", "aniem", "an", "aniach")),
        ("y", ("ow", "om", "ami", "ach")),
        ("a", ("y", "i", "e", "ie", "ach", "om")),
        ("l", ("la", "lu", "lowi", "lem", "le", "li", "low", "lom", "lami")),
        ("n", ("na", "nu", "nowi", "nem", "nie", "ny", "now", "nom", "nami")),
        ("t", ("tu", "ta", "towi", "tem", "cie", "ty", "tow", "tom", "tami")),
        ("k", ("ku", "ka", "kiem", "ki", "kow")),
        ("r", ("ra", "ru", "rem", "rze", "ry", "row")),
        ("s", ("su", "sa", "sem", "sie", "sy", "sow")),
        ("z", ("zu", "za", "zem", "zie", "zy", "zow")),
    ),
    "cs": (
        ("et", ("tu", "tem", "ty", "tu", "tum", "tech")),
        ("ek", ("ku", "kem", "ky", "ku", "kum", "cich")),
        ("ec", ("ce", "cem", "ci", "cu", "cum")),
        ("eni", ("enim",)),
        ("y", ("u", "um", "ech", "ami")),
        ("a", ("y", "e", "u", "ou", "ach", "am")),
        ("l", ("le", "li", "lem", "lu", "le", "lum")),
        ("n", ("nu", "na", "nem", "ne", "ny", "nu")),
        ("t", ("tu", "ta", "tem", "ty", "tum")),
        ("d", ("du", "da", "dem", "dy", "dum")),
        ("k", ("ku", "ka", "kem", "ky", "ku")),
        ("r", ("ru", "ra", "rem", "ry")),
        ("s", ("su", "sa", "sem", "sy")),
    ),
    "sk": (
        ("et", ("tu", "tom", "ty", "tov")),
        ("ok", ("ku", "kom", "ky", "kov")),
        ("ec", ("ca", "cu", "com", "ci", "cov")),
        ("y", ("ov", "om", "och", "ami")),
        ("a", ("y", "e", "u", "ou", "ach", "am")),
        ("l", ("la", "lu", "lom", "lia", "lov")),
        ("n", ("nu", "na", "nom", "ny", "nov")),
        ("t", ("tu", "ta", "tom", "ty", "tov")),
        ("k", ("ku", "ka", "kom", "ky", "kov")),
    ),
    "fi": (
        ("us", ("uksen", "ukset", "usta", "uksia", "uksessa", "uksesta", "uksella", "ukseen")),
        ("ys", ("yksen", "ykset", "ysta", "yksia", "yksessa", "yksesta", "ykseen")),
        ("os", ("oksen", "okset", "osta", "oksia", "oksessa", "oksesta", "okseen")),
        ("nen", ("sen", "set", "sta", "sia", "sessa", "sesta")),
        ("nut", ("neen", "neet", "nutta", "neita")),
        ("nyt", ("neen", "neet", "nytta", "neita")),
        ("de", ("teen", "teet", "detta", "teita", "teessa")),
        ("te", ("tteen", "tteet", "tetta", "tteita", "tteessa")),
        ("kka", ("kan", "kat", "kassa", "kasta", "kalla")),
        ("kko", ("kon", "kot", "kossa", "kosta")),
        ("ppa", ("pan", "pat", "passa", "pasta")),
        ("tta", ("tan", "tat", "tassa", "tasta")),
        ("tto", ("ton", "tot", "tossa", "tosta")),
        ("nta", ("nnan", "nnat", "nnassa")),
        ("nto", ("nnon", "nnot", "nnossa")),
        ("lta", ("llan", "llat", "llassa")),
        ("nka", ("ngan", "ngat", "ngassa")),
    ),
    "et": (
        ("aeg", ("aja", "ajad", "aega", "aegu", "aegade")),
        ("mine", ("mise", "misi", "miste", "mised")),
        ("us", ("use", "ust", "used", "uste", "usi")),
        ("ne", ("se", "st", "sed", "si", "ste")),
        ("ud", ("u", "ude", "usid", "ule", "ul")),
        ("id", ("i", "ide", "isid")),
        ("ed", ("e", "ede", "esid")),
        ("ad", ("a", "ade", "asid")),
        ("ik", ("iku", "ikud", "ikke", "ikute")),
    ),
}
_MIN_NOUN_STEM = 3


def noun_forms(word: str, language: str) -> set[str]:
    """The other cases of the noun ``word`` (as written in the data file) in ``language``
    (:data:`NOUN_CASES`), folded; empty for a language without rules."""
    folded = fold(word)
    if not folded.isalpha():
        return set()
    for ending, others in NOUN_CASES.get(language, ()):
        stem = folded[: len(folded) - len(ending)]
        if folded.endswith(ending) and len(stem) >= _MIN_NOUN_STEM:
            forms = {stem + other for other in others}
            forms.discard(folded)
            return {f for f in forms if len(f) >= 4 and not f.endswith(_ENGLISH_ENDINGS)}
    return set()


#: A French past participle written with its accent (``fermé``, ``clôturée``, ``validés``):
#: its four forms.
_FRENCH_PARTICIPLE = re.compile(r"(?<=\w\w\w)(?:é|ée|és|ées)$")
_MIN_INFLECTED_STEM = 2


def inflected_forms(word: str, language: str) -> set[str]:
    """The other regular forms of ``word`` (as written in the data file) in ``language``
    (:data:`INFLECTIONS`, :data:`CASE_ENDINGS`), folded; empty for a language without
    rules or a word that ends in none of them."""
    folded = fold(word)
    if not folded.isalpha():
        return set()
    forms: set[str] = set()
    for group in INFLECTIONS.get(language, ()):
        for ending in group:
            stem = folded[: len(folded) - len(ending)]
            if folded.endswith(ending) and len(stem) >= _MIN_INFLECTED_STEM:
                forms.update(stem + other for other in group)
                break
    if language == "fr":
        accented = _FRENCH_PARTICIPLE.search(word.casefold())
        if accented:
            stem = fold(word.casefold()[: accented.start()])
            forms.update(stem + e for e in ("e", "ee", "es", "ees"))
    if language in CASE_ENDINGS and len(folded) >= 4 and folded[-1] in "aeiouy":
        forms.update(folded + e for e in CASE_ENDINGS[language])
    forms.discard(folded)
    return {f for f in forms if len(f) >= 4 and not f.endswith(_ENGLISH_ENDINGS)}


#: Endings of English words that a Romance form would share (Italian ``creato`` ->
#: ``create``, ``validato`` -> ``validate``; ``-ive``, ``-ise``, ``-ite``, ``-ute``): a form
#: ending so is never generated (the listed word itself still reads), so an English header
#: ``Create profile`` reads as before.
_ENGLISH_ENDINGS = ("ate", "ates", "ite", "ites", "ute", "utes", "ise", "ises", "ive", "ives")


def _inflected_phrases(
    section: str, phrases: dict[tuple[str, ...], str]
) -> dict[tuple[str, ...], str]:
    """Round 35's second wave: every phrase of ``section`` with one of its words in another
    of its language's regular forms (:func:`inflected_forms`) -> the phrase's English,
    when the form is no phrase of the file already, no English word of the synonyms, and
    every phrase it comes from means one English word."""
    english_vocabulary = english_words()
    found: dict[tuple[str, ...], set[str]] = {}
    for english, by_language in entries(section):
        target = " ".join(words_of(english))
        if not target:
            continue
        for language, foreign in by_language.items():
            nouns = section == "words" and language in NOUN_CASES
            if language not in INFLECTIONS and language not in CASE_ENDINGS and not nouns:
                continue
            for phrase in foreign:
                raw = re.findall(r"[^\W\d_]+", phrase)
                key = tuple(words_of(phrase))
                if len(raw) != len(key) or phrases.get(key) != target:
                    continue  # a phrase the file reads otherwise, or split by a mark
                for n, word in enumerate(raw):
                    forms = inflected_forms(word, language)
                    # a finance measure's word takes no case form (:func:`noun_forms`): its
                    # oblique case names what is OF the budget (``Položka rozpočtu``, its
                    # line; ``Čerpání rozpočtu``, its drawing, the actual; ``% rozpočtu``),
                    # never the amount itself
                    if nouns and target not in MEASURES:
                        forms |= noun_forms(word, language)
                    for form in forms:
                        if form in english_vocabulary:
                            continue
                        found.setdefault((*key[:n], form, *key[n + 1 :]), set()).add(target)
    return {
        key: one_meaning(meanings)
        for key, meanings in found.items()
        if one_meaning(meanings) and key not in phrases
    }


def one_meaning(meanings: set[str]) -> str:
    """The one English word of a form's ``meanings``; a form of both a word and its plural
    (Polish ``kosztów`` of ``koszt`` and ``koszty``) is the plural (round 36); "" when
    they differ otherwise."""
    if len(meanings) == 1:
        return next(iter(meanings))
    one, other = sorted(meanings, key=len) if len(meanings) == 2 else ("", "")
    return other if one and other == one + "s" else ""


def _stems(phrases: dict[tuple[str, ...], str]) -> dict[str, frozenset[str]]:
    """Each single word of ``phrases`` by its stems (the word less 0, 1 or 2 letters)."""
    found: dict[str, set[str]] = {}
    for key, english in phrases.items():
        word = key[0]
        if len(key) != 1 or not english or not word.isalpha() or len(word) < _MIN_STEM:
            continue
        for cut in range(_MAX_ENDING + 1):
            if len(word) - cut >= _MIN_STEM:
                found.setdefault(word[: len(word) - cut], set()).add(english)
    return {stem: frozenset(meanings) for stem, meanings in found.items()}


def _inflected(word: str, lex: Lexicon) -> str | None:
    """The English of ``word`` read as an inflected form of one word of the file: the
    longest stem it shares with words of the file, when they all mean one English word;
    None when no stem is shared, the meanings differ (``sprendimai`` between a decision and
    a resolution), or ``word`` is an English word of the synonyms."""
    if len(word) < _MIN_STEM or not word.isalpha() or word in english_words():
        return None
    for cut in range(_MAX_ENDING + 1):
        if len(word) - cut < _MIN_STEM:
            break
        meanings = lex.stems.get(word[: len(word) - cut])
        if meanings:
            return next(iter(meanings)) if len(meanings) == 1 else None
    return None


def entries(section: str) -> list[tuple[str, dict[str, list[str]]]]:
    """The entries of ``section`` (``words``, ``values`` or ``false_friends``) of the data
    file: its six languages of round 8, then ``<section>_world``, the languages of round 10
    (one table per English word, a language a line), then ``<section>_headers``, round 13's
    header words per standard field (read after the others: a word already there keeps its
    meaning), then ``<section>_registers``, round 14's statuses of registers per language."""
    data = load_vocabularies()
    return [
        *data.get(section, {}).items(),
        *data.get(f"{section}_world", {}).items(),
        *data.get(f"{section}_nordic", {}).items(),  # round 13
        # round 13: the header words a PMO writes for each standard field, per language
        *data.get(f"{section}_headers", {}).items(),
        # round 14: the statuses registers write per language (watched, being worked,
        # resolved, an assumption valid or not)
        *data.get(f"{section}_registers", {}).items(),
        # round 15: standard field words of the file's languages the sections above lacked
        *data.get(f"{section}_round15", {}).items(),
        # round 16: the measures of finance tables in Japanese, Chinese and Korean
        *data.get(f"{section}_round16_finance", {}).items(),
        # round 16: the register words of Lithuanian, Slovene, Estonian, Latvian, Catalan
        # and Bulgarian the word-free path still needed
        *data.get(f"{section}_round16a", {}).items(),
        # round 17: title-block labels naming the project in the languages that lacked one
        *data.get(f"{section}_round17c", {}).items(),
        # round 20: the tenth tuning batch's common forms the sections above lacked
        *data.get(f"{section}_round20", {}).items(),
        # round 18: the words that make every declared concept x language cell filled
        # (the file's [coverage]; tests/test_adopt_round18_vocabulary.py)
        *data.get(f"{section}_complete", {}).items(),
        # round 22: the languages declared beyond the 53, complete as round 18's
        *data.get(f"{section}_round22", {}).items(),
        # round 23: a resource plan's role column in the file's languages
        *data.get(f"{section}_round23", {}).items(),
        # round 24: a column's earlier copy ("previous") in every language of [coverage]
        *data.get(f"{section}_round24", {}).items(),
        # round 26's last hour: the thirty-seventh batch's major business languages' words
        *data.get(f"{section}_round26c", {}).items(),
        # round 26's last hour: the thirty-sixth batch's languages (a reason, "ID" in the
        # Indian scripts, Sinhala's date group and its sub-labels, statuses)
        *data.get(f"{section}_round26", {}).items(),
        # round 27 (s27a): the major business languages' local register words, action-list
        # questions, RAG column names, risk levels, MS Project's schedule fields, reporting
        # periods and value words (French, German, Spanish, Portuguese, Italian, Dutch)
        *data.get(f"{section}_round27a", {}).items(),
        # round 27: the major business languages in depth (Polish, Japanese, Chinese,
        # Korean, Arabic, Turkish, Russian): abbreviations, register phrases, task tools'
        # words, response types
        *data.get(f"{section}_round27", {}).items(),
        # round 31: the thirteen languages never read before (Tetum, Tok Pisin, Wolof,
        # Luganda, Kirundi, Maithili, Dhivehi, Lingala, Fula, Bambara, Ewe, Kabyle, Akan)
        *data.get(f"{section}_round31", {}).items(),
        # round 32: a dated expense export's words (a posting's amount, cost centre, supplier)
        *data.get(f"{section}_round32", {}).items(),
        # round 33: a budget line's name in the major languages (``Ligne budgétaire``)
        *data.get(f"{section}_round33_budget_line", {}).items(),
        # round 33's last hour (v35f): Italian ``Preventivo`` (the budget of ``Preventivo /
        # Consuntivo``) and the year-month column of Japanese, Chinese and Korean exports
        *data.get(f"{section}_round33_v35f", {}).items(),
        # round 34 (v36l): a tuner's own strangers in the languages of their countries
        *data.get(f"{section}_round34_v36l", {}).items(),
        # round 34 (v36f): Brazilian ``Competência`` (the accounting month), the singular
        # of the Nordic notes words
        *data.get(f"{section}_round34_v36f", {}).items(),
        # round 34 (v36g): the actual of Nordic and Central European returns, the Finnish
        # and Estonian forecast
        *data.get(f"{section}_round34_v36g", {}).items(),
        # round 34's last hour (t36c): the sixty-ninth batch's kind, a long cost table's
        # period column in the languages of Europe's project offices (``Období``)
        *data.get(f"{section}_round34_t36c", {}).items(),
        # round 35 (t37c): the other genders of the participles and adjectives above
        # (Italian ``Decisa da``, Polish ``Zagrożona``), a Polish ``Wymagana data`` and a
        # Finnish ``Raportointipäivä``
        *data.get(f"{section}_round35_t37c", {}).items(),
        # round 35's second wave (t38d): a Czech / Slovak / Hungarian month's ``Plán`` and a
        # milestone's rescheduled date (``Data reprogramada``) in the Romance languages
        *data.get(f"{section}_round35_t38d", {}).items(),
        # round 36 (t40b): an Indonesian or Malay status report's labels (``Status
        # Keseluruhan``, ``Ruang Lingkup``, ``Ringkasan``)
        *data.get(f"{section}_round36_t40b", {}).items(),
        # round 36 (fx36): the financial year's and the year's column of an ERP's long
        # cost report (SAP ``Geschäftsjahr | Periode``, ``Exercice | Période``)
        *data.get(f"{section}_round36_fx36", {}).items(),
        # round 36's third wave (t42d): the ninety-first batch's languages (Lithuanian,
        # Korean, Slovenian, Bulgarian, Icelandic, Malay) words and statuses
        *data.get(f"{section}_round36_t42d", {}).items(),
        # round 37 (ox37): a Malay or Bulgarian milestone plan's own column word
        # (``Pencapaian``, ``Етап``)
        *data.get(f"{section}_round37_ox37", {}).items(),
        # round 37's second wave (t44b): the ninety-seventh batch's languages (Tagalog,
        # Armenian, Hebrew, Basque, Afrikaans, Macedonian, Sinhala, Swahili, Uzbek) words
        # and statuses
        *data.get(f"{section}_round37_t44b", {}).items(),
        # round 37 (t44a): a Finnish fee tracker's task and charge, a Danish supplier's
        # list of the client's deliverables
        *data.get(f"{section}_round37_t44a", {}).items(),
        # round 37's third wave (t45c): an Indonesian expert staffing plan's unit, post and
        # staff; a Portuguese status panel's overall line
        *data.get(f"{section}_round37_t45c", {}).items(),
        # round 37 (t45a): a Chilean expense return's approved budget, expense accounted
        # for and budget item; a French earned-value sheet's ``VP / VA / CR du mois``
        *data.get(f"{section}_round37_t45a", {}).items(),
        # round 38 (ox38): the month an amount refers to (``Mês de referência``)
        *data.get(f"{section}_round38_ox38", {}).items(),
        # round 38 (t46b): a Swiss or German building project's cost plan line (``BKP``,
        # ``Kostengruppe``, French Swiss ``CFC``)
        *data.get(f"{section}_round38_t46b", {}).items(),
        # round 38 (t47a): a Nordic consultant's fee statement of what was invoiced on
        # account (``Aconto-oversigt``, ``Faktureret i alt``)
        *data.get(f"{section}_round38_t47a", {}).items(),
        # round 39 (t48b): a Spanish status report's project leader, executive summary,
        # open topics and their ``Afectación``; a hindrance register's words
        *data.get(f"{section}_round39_t48b", {}).items(),
        # round 39 (t49b): the Nordic participle of the budget (``Budgeterat``)
        *data.get(f"{section}_round39_t49b", {}).items(),
        # round 39 (t48c): the hundred-and-fifth batch's languages (Icelandic minutes,
        # Estonian, Ukrainian, Georgian, Slovak, Swahili, Maltese) words and statuses
        *data.get(f"{section}_round39_t48c", {}).items(),
        # round 39 (rt39): a month block's subtotal in German, French, Italian and Dutch
        # (``Zwischensumme``, ``Sous-total``, ``Subtotale``, ``Subtotaal``)
        *data.get(f"{section}_round39_rt39", {}).items(),
        # round 39 (t48a): a plan's unit of effort, days, written alone (``en jours``)
        *data.get(f"{section}_round39_t48a", {}).items(),
        # round 40 (t50d): a Swedish dependency log's words (``Läge``, ``Deras kontakt`` /
        # ``Vår kontakt``) and its band rows naming a side (``Vi behöver från andra``)
        *data.get(f"{section}_round40_t50d", {}).items(),
        # round 40 (t50a): the hundred-and-eleventh batch's languages (Yoruba, isiZulu,
        # Somali, Kazakh, Malayalam, Kannada, Telugu, Gujarati, Thai, Romanian, Armenian)
        # words and statuses
        *data.get(f"{section}_round40_t50a", {}).items(),
        # round 40 (t50c): a Spanish works follow-up's ``Certificado`` (what was certified)
        *data.get(f"{section}_round40_t50c", {}).items(),
        # round 40 (t51a): tools' own column names in the languages they are used in
        # (German MS Project's ``Aktuelles Ende``, a Japanese list's ``当初予定日``)
        *data.get(f"{section}_round40_t51a", {}).items(),
        # round 40 (t50b): the hundred-and-thirteenth batch's supplier reports (a Spanish
        # log of agreements, ``Bitácora de acuerdos``)
        *data.get(f"{section}_round40_t50b", {}).items(),
        # round 40 (ox40): public budgets' classification of spending in Italian, Brazilian
        # and French (``Capitolo di spesa``, ``Natureza da despesa``, ``Nature de dépense``);
        # the supplier paid in Spanish, Italian and Portuguese; a category's classes
        *data.get(f"{section}_round40_ox40", {}).items(),
        # round 40 (rt40): Thai compounds of ``ผล`` that are words of their own
        *data.get(f"{section}_round40_rt40", {}).items(),
        # round 41 (rt41): the plan first agreed in German and Italian (``ursprünglich``,
        # ``originale``: a milestone's original date beside its due date)
        *data.get(f"{section}_round41_rt41", {}).items(),
        # round 41 (t52b): the hundred-and-sixteenth batch's supplier reports (a Dutch
        # findings log, a Norwegian book of resolutions, a Czech client's cooperation, an
        # Austrian book of invoices received)
        *data.get(f"{section}_round41_t52b", {}).items(),
        # round 41 (t52a): the hundred-and-fifteenth batch's languages (Amharic, Icelandic,
        # Maltese, Thai, Georgian, Gujarati, Swahili, Greek) words and statuses
        *data.get(f"{section}_round41_t52a", {}).items(),
        # round 41 (t52d): a German problem and change request list's ``Bearbeiter``,
        # ``Dringlichkeit`` and its kinds of entry (``Problemmeldung``, ``Änderungsantrag``)
        *data.get(f"{section}_round41_t52d", {}).items(),
        # round 41 (t52c): a Finnish municipality's capital / operating split
        # (``Investointi`` / ``Käyttötalous``)
        *data.get(f"{section}_round41_t52c", {}).items(),
        # round 41 (rt41b): urgency in Spanish, Italian and Portuguese; Italian and
        # Portuguese days allocated / available of a long resource plan
        *data.get(f"{section}_round41_rt41b", {}).items(),
        # round 42 (ph42a): the phrasings PMOs of Europe's languages write for each field
        # and value (fuller phrases, abbreviations, verb forms, statuses as phrases)
        *data.get(f"{section}_round42_ph42a", {}).items(),
        # round 42 (ox42): Italian ``giu`` (June), a resource plan's person in German,
        # Italian, Spanish, Portuguese and French, a German invoice book
        *data.get(f"{section}_round42_ox42", {}).items(),
        # round 42 (ph42b): the phrasings PMOs write for each field in the languages beyond
        # Europe (fuller phrases, abbreviations, other synonyms, statuses written as phrases)
        *data.get(f"{section}_round42_ph42b", {}).items(),
        # round 42 (kw42): the names of the lists of problems PMOs and contractors keep
        # (open points, snag and deficiency lists, clarifications, escalations, concerns,
        # a parking lot)
        *data.get(f"{section}_round42_kw42", {}).items(),
    ]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word of the English synonyms, concepts and register words: a header word that
    is one of them is read as English, never translated."""
    words: set[str] = set()
    phrases: list[str] = [*_synonym_phrases(), *KNOWN_UNMAPPED]
    for concept_words in CONCEPTS.values():
        phrases.extend(concept_words)
    phrases.extend(DATE_WORDS | PERSON_WORDS)
    for phrase in phrases:
        words.update(w for w in words_of(phrase.lstrip("~")) if len(w) > 1)
    return frozenset(words)  # letters ("y n" of a hint) are no words


def _synonym_phrases() -> list[str]:
    """Every phrase of the synonym lists and every register word."""
    found: list[str] = [w for words in REGISTER_WORDS.values() for w in words]
    for by_column in (COMMON, *REGISTER.values()):
        for phrases in by_column.values():
            found.extend(phrases)
    return found


@lru_cache(maxsize=1)
def false_friends() -> dict[str, str]:
    """The data file's ``false_friends``, folded: an English word -> what it means in a
    header written in another language (``actual`` -> ``current``: Spanish ``Fecha
    actual`` is the current date). Read only beside other words of the file."""
    found: dict[str, str] = {}
    for english, by_language in entries("false_friends"):
        for language, foreign in by_language.items():
            if language not in LANGUAGES:
                raise ValueError(f"languages.toml: {english!r} names language {language!r}")
            for word in foreign:
                found[fold(word)] = " ".join(words_of(english))
    return found


def umlauts_spelt(phrase: str) -> str:
    """``Fälligkeit`` -> ``Faelligkeit``: the spelling without umlauts, read as well."""
    for umlaut, spelt in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
    ):
        phrase = phrase.replace(umlaut, spelt)
    return phrase


def _split_compound(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The English of a compound's parts (``risikoverantwortlicher`` -> ``("risk",
    "owner")``), fewest parts first; None when ``word`` is no compound of known parts."""
    if len(word) < _MIN_COMPOUND or not word.isalpha():
        return None

    @cache
    def split(start: int) -> tuple[str, ...] | None:
        if start == len(word):
            return ()
        best: tuple[str, ...] | None = None
        for end in range(len(word), start + _MIN_PART - 1, -1):
            piece = word[start:end]
            if piece not in lex.parts:
                continue
            for link in _LINKS:
                if link and (end == len(word) or not word.startswith(link, end)):
                    continue
                rest = split(end + len(link))
                if rest is not None and (best is None or len(rest) + 1 < len(best)):
                    best = (piece, *rest)
        return best

    pieces = split(0)
    if pieces is None or len(pieces) < 2 or not any(p in lex.foreign_parts for p in pieces):
        return None  # an English word made of English words ("statusowner") is no compound
    return tuple(lex.parts[p] for p in pieces if lex.parts[p])


def _split_unspaced(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The English of a word of Chinese, Japanese or Thai, read as the file's words found in
    it, longest first from the left (``风险负责人`` -> ``("risk", "owner")``); characters the
    file does not know are kept; None when no word of the file is in it. A word of one
    character (``中`` = medium, ``하`` = low) is read only when every character of ``word``
    is a word of the file (``很高`` = very high): inside a longer word it is another word's
    part (``中国`` = China, ``하드웨어`` = hardware, red team of round 10)."""
    read = _scan_unspaced(word, lex, 1)
    if read is not None and read[1]:
        read = _scan_unspaced(word, lex, 2)
    return read[0] if read is not None else None


def _scan_unspaced(word: str, lex: Lexicon, shortest: int) -> tuple[tuple[str, ...], bool] | None:
    """:func:`_split_unspaced` reading words of ``shortest`` characters or more: the English
    words and whether a one-character word was read beside characters the file does not
    know; None when no word of the file is in ``word``."""
    single = unknown_seen = False
    out: list[str] = []
    unknown = ""
    found = False
    i = 0
    while i < len(word):
        for n in range(min(lex.longest_unspaced, len(word) - i), shortest - 1, -1):
            english = lex.unspaced.get(word[i : i + n])
            if english is not None:
                if unknown:
                    out.append(unknown)
                    unknown = ""
                if english:
                    out.append(english)
                found = True
                single = single or n == 1
                i += n
                break
        else:
            unknown += word[i]
            unknown_seen = True
            i += 1
    if unknown:
        out.append(unknown)
    return (tuple(out), single and unknown_seen) if found else None


#: Foreign words that fold to an English word of another meaning (red team of round 13):
#: Swedish ``löst``, Danish and Norwegian ``løst`` (resolved) are English ``Lost`` (a lost
#: laptop, a bid lost) without their accent; round 37 (ox37): Turkish ``gün`` (day, a
#: plan's unit of effort since round 36's t40b) is English ``Gun`` (a nail gun, a gun
#: permit). Read only as written, with it: a text of ASCII letters alone is English.
_ENGLISH_UNACCENTED = frozenset({"lost", "gun"})


#: Arabic's definite article, written joined to its word (``المشكلة``, "the issue"): a word
#: of the data file read with it as without it (round 14). Three letters at least remain.
_ARTICLE = re.compile(r"^ال(?=\S{3,}$)")


@lru_cache(maxsize=16384)
def translate(text: str, section: str = "words") -> str | None:
    """The English reading of ``text`` by the data file's ``section``, or None when no word
    of it is a word of the file (an English text). Words the file does not know are kept
    as they are; a phrase is read before its words; a German or Dutch compound is read by
    its parts."""
    text = ungendered(text)
    if _UNSPACED.search(text):  # "위험 담당자", "진행 중": one word however spaced
        text = _UNSPACED_GAP.sub("", _UNSPACED_ARROW.sub("", text))
    words = words_of(text)
    if not words:
        return None
    lex = lexicon(section)
    out: list[str] = []
    kept: set[int] = set()  # the places in ``out`` of words the file does not know
    changed = False
    unaccented = text.isascii()
    # inflection is read in a text that is not English: a letter outside ASCII, or, in a
    # text of ASCII letters, one word the file does not know beside words it reads as
    # other English words ("Vlasnik rizika"); an English "Summary" is no Swedish "summa",
    # and "Summer Conference ... Begin" no "total" for its Dutch "begin"
    unknown = [w for w in words if w.isalpha() and len(w) >= 3 and (w,) not in lex.phrases]
    foreign = not "".join(words).isascii() or (
        len(unknown) == 1
        and any(len(w) >= 4 and lex.phrases.get((w,)) not in (None, w) for w in words)
    )
    i = 0
    while i < len(words):
        for n in range(min(lex.longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            english = lex.phrases.get(key)
            if english is not None and unaccented and key[0] in _ENGLISH_UNACCENTED:
                english = None  # English "Lost" is not Swedish "löst"
            if english is not None:
                if english:
                    out.append(english)
                changed = True
                i += n
                break
        else:
            word = words[i]
            bare = lex.phrases.get((word[2:],)) if _ARTICLE.match(word) else None
            if bare is not None:  # Arabic "المشكلة" = "مشكلة" (round 14)
                if bare:
                    out.append(bare)
                changed = True
                i += 1
                continue
            parts = _split_compound(word, lex)
            if parts is None and _UNSPACED.search(word):
                parts = _split_unspaced(word, lex)
            if parts is None and foreign:
                inflected = _inflected(word, lex)
                parts = (inflected,) if inflected else None
            if parts is not None:
                out.extend(parts)
                changed = True
            else:
                kept.add(len(out))
                out.append(word)
            i += 1
    if changed and section == "words":
        # "Fecha actual": an English word inside a foreign header in its language's sense
        out = [false_friends().get(w, w) if n in kept else w for n, w in enumerate(out)]
        # a header written in two languages whose halves say one thing ("Úinéir Owner",
        # round 18: Irish is read now) reads as that one word, not "owner owner"
        out = [w for n, w in enumerate(out) if n == 0 or w != out[n - 1]]
    return " ".join(out) if changed and out else None


def outside_phrases(text: str, section: str = "words") -> str:
    """``text``'s folded words less those inside a phrase of two words or more that
    ``section`` reads (round 42: Vietnamese ``Ngân sách``, the budget, folds to ``ngan
    sach``; its ``ngan`` is no ``ngàn``, a thousand, since the phrase holds it)."""
    words = words_of(text)
    lex = lexicon(section)
    kept: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(lex.longest, len(words) - i), 1, -1):
            if tuple(words[i : i + n]) in lex.phrases:
                i += n
                break
        else:
            kept.append(words[i])
            i += 1
    return " ".join(kept)


def one_arrowed_value(text: str) -> bool:
    """Whether ``text`` is ONE value of the data file written with an arrow inside it in an
    unspaced script (round 36, t42d: a Korean direction ``외부→당사``, from outside to us,
    is Inbound), not a change from one value to another (``진행 → 완료``)."""
    if not _UNSPACED_ARROW.search(text):
        return False
    joined = _UNSPACED_GAP.sub("", _UNSPACED_ARROW.sub("", text))
    return "".join(words_of(joined)) in lexicon("values").unspaced


def unspaced(text: str) -> bool:
    """True when ``text`` holds a letter of a script written without spaces (Chinese,
    Japanese, Thai): its words are no English words (round 26's last hour)."""
    return bool(_UNSPACED.search(text))


def english_words_only(text: str, english: str) -> bool:
    """True when ``text`` less its words the vocabulary reads as ``english`` has no word the
    vocabulary reads (``Alt Owner`` less ``alt`` is ``Owner``, English): the words around
    a foreign mark decide whether it is the foreign word (round 24)."""
    if _UNSPACED.search(text):
        return False  # "旧担当者": one word of a language written without spaces
    lex = lexicon("words")
    rest = [w for w in words_of(text) if lex.phrases.get((w,)) != english]
    return not rest or translate(" ".join(rest)) is None


def with_translation(text: str, section: str = "words") -> str:
    """``text`` followed by its English reading, when it has one (for word searches: a
    sheet ``Risques`` holds the word ``risks``)."""
    english = translate(text, section)
    return f"{text} {english}" if english else text


@lru_cache(maxsize=1)
def currency_names() -> dict[tuple[str, ...], str]:
    """Round 23: the currencies named in words (``Canadian dollars``, ``dólares de los
    Estados Unidos``, ``euros``), folded words -> ISO code, from the data file's
    ``currency_names`` section (one table per code, a language a line)."""
    names: dict[tuple[str, ...], str] = {}
    for code, by_language in load_vocabularies().get("currency_names", {}).items():
        for language, phrases in by_language.items():
            if language != "en" and language not in LANGUAGES:
                raise ValueError(f"languages.toml: currency {code!r} names language {language!r}")
            for phrase in phrases:
                names[tuple(words_of(phrase))] = code
    return names


def currencies_named(text: str) -> set[str]:
    """The ISO codes of the currencies ``text`` names in words (:func:`currency_names`),
    each name found as whole words."""
    words = words_of(text)
    found: set[str] = set()
    for key, code in currency_names().items():
        n = len(key)
        if any(tuple(words[i : i + n]) == key for i in range(len(words) - n + 1)):
            found.add(code)
    return found


#: A run of a line between spaces and punctuation (a word, or a mark such as ``zł``)
_SPACE_OR_MARK = re.compile(r"[^\s\d(),:;/|\-\u2013\u2014]+")


@lru_cache(maxsize=1)
def unit_line_words() -> frozenset[str]:
    """Round 26's last hour: the words of a line saying what a table's amounts are counted
    in (``amounts``, ``montants``, ``Beträge``, ``importi``, ``kwota``, ``金额``, ``单位``),
    folded, from the data file's ``unit_lines`` section, in every language it lists."""
    found: set[str] = set()
    for by_language in load_vocabularies().get("unit_lines", {}).values():
        for language, words in by_language.items():
            if language != "en" and language not in LANGUAGES:
                raise ValueError(f"languages.toml: unit_lines names language {language!r}")
            found.update(fold(w) for w in words)
    return frozenset(found)


@lru_cache(maxsize=1)
def filter_line_words() -> frozenset[str]:
    """Round 27: the words that open a report's filter line in the languages of the data
    file's ``filter_lines`` section (``Filtr``, ``Фильтр``, ``筛选条件``), as written (the
    filter line's reader matches them without regard to case). English's own words
    (``Filter``, ``Filtered by``, ``Criteria``) are the reader's."""
    found: set[str] = set()
    for by_language in load_vocabularies().get("filter_lines", {}).values():
        for language, words in by_language.items():
            if language not in LANGUAGES:
                raise ValueError(f"languages.toml: filter_lines names language {language!r}")
            found.update(words)
    return frozenset(found)


@lru_cache(maxsize=1)
def page_line_words() -> dict[str, frozenset[str]]:
    """Round 28's last hour: the words of a printed page's lines by their part (``page``,
    ``of``, ``printed``, ``marking``, ``continued``...; ``languages.toml``'s ``page_lines``
    section, English among its languages), as written and, where a word's accents dropped
    leave plain ASCII letters, as typed without them (``Página`` and ``Pagina``): the page
    lines' reader (``print_furniture.py``) builds its shapes around them and matches them
    without regard to case."""
    found: dict[str, frozenset[str]] = {}
    for part, by_language in load_vocabularies().get("page_lines", {}).items():
        words: set[str] = set()
        for language, listed in by_language.items():
            if language != "en" and language not in LANGUAGES:
                raise ValueError(f"languages.toml: page_lines.{part} names language {language!r}")
            for word in listed:
                words.add(word)
                bare = "".join(
                    c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
                )
                if bare != word and bare.isascii():
                    words.add(bare)
        found[part] = frozenset(words)
    return found


def unit_statement(text: str) -> str | None:
    """The part of ``text`` from its first word of :func:`unit_line_words` on (``amounts in
    GBP`` of ``Euro Tunnel Upgrade - amounts in GBP``; a whole word, or in a script written
    without spaces anywhere in one: ``金额单位：元``), or None when it holds none."""
    units = unit_line_words()
    for token in _SPACE_OR_MARK.finditer(text):
        words = words_of(token.group())
        folded = fold(token.group())
        if any(w in units for w in words) or any(unspaced(u) and u in folded for u in units):
            return text[token.start() :]
    return None
