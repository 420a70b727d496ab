"""Round 22's last hour: Amharic (and the languages round 22 left), complete by construction.

``addin/adopt/languages.toml`` declares Amharic (``am``, the Ge'ez script) in ``[coverage]``
after round 22's ten and gives it every header and value concept (a word, or empty with its
reason in ``[coverage_empty.am]``; ``tests/test_adopt_round18_vocabulary.py`` holds the file
complete). Ge'ez writes some sounds with two letters (ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ, ጸ/ፀ), and offices
use both: such words are listed in each spelling an office writes (ኃላፊ / ሃላፊ, ዕቅድ / እቅድ,
ተጽዕኖ / ተፅዕኖ). Every register here was written for these tests; none is a batch layout.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from addin.adopt.languages import LANGUAGES, translate
from tests.adopt_sheets import adopt, book, field, only, targets

_DATA = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"


def test_amharic_is_declared_after_round_22s_ten() -> None:
    declared = tomllib.loads(_DATA.read_text(encoding="utf-8"))["coverage"]["languages"]
    assert declared[63] == "am" and "am" in LANGUAGES


def test_an_amharic_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ተራ ቁጥር", "የስጋት መግለጫ", "ኃላፊ", "የመከሰት ዕድል", "ተጽዕኖ", "ሁኔታ", "የተለየበት ቀን"],
        ["1", "የአቅራቢ መዘግየት", "አበበ ከበደ", "ከፍተኛ", "መካከለኛ", "ክፍት", date(2026, 3, 2)],
        ["2", "የውሂብ መጥፋት", "ሰላም ተስፋዬ", "ዝቅተኛ", "በጣም ከፍተኛ", "ዝግ", date(2026, 3, 9)],
        ["3", "የበጀት እጥረት", "ዮሐንስ ታደሰ", "መካከለኛ", "ከፍተኛ", "በክትትል ላይ", date(2026, 3, 16)],
    ]
    adoption = adopt(book(tmp_path / "am.xlsx", "የስጋት መዝገብ", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "ተራ ቁጥር": "id",
        "የስጋት መግለጫ": "title",  # the only text of a risk: its title, as in English
        "ኃላፊ": "owner",
        "የመከሰት ዕድል": "probability",
        "ተጽዕኖ": "impact",
        "ሁኔታ": "status",
        "የተለየበት ቀን": "raised_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 4.0]  # በጣም ከፍተኛ: very high
    assert field(adoption, "risks", "raised_date")[2] == date(2026, 3, 16)


def test_an_amharic_issue_log_in_the_other_spellings(tmp_path: Path) -> None:
    # the same words as the risk register's, in the spellings with the other letters
    # (ሃላፊ for ኃላፊ), and the statuses of an issue: in progress, resolved
    rows: list[list[object]] = [
        ["መለያ", "ችግር", "ሃላፊ", "ቅድሚያ", "ያለበት ሁኔታ", "ቀነ ገደብ"],
        ["I-1", "የአገልጋይ መቋረጥ", "መሰረት አለሙ", "ከፍተኛ", "በሂደት ላይ", date(2026, 4, 10)],
        ["I-2", "የፈቃድ ጊዜ ማብቃት", "ብርሃኑ ገብሬ", "ዝቅተኛ", "ተፈቷል", date(2026, 4, 24)],
        ["I-3", "ሰነዶች አልተተረጎሙም", "ሄለን መኮንን", "መካከለኛ", "ክፍት", date(2026, 5, 8)],
    ]
    adoption = adopt(book(tmp_path / "am_issues.xlsx", "የችግሮች መዝገብ", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "መለያ": "id",
        "ችግር": "title",
        "ሃላፊ": "owner",
        "ቅድሚያ": "priority",
        "ያለበት ሁኔታ": "status",
        "ቀነ ገደብ": "due_date",
    }
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 4, 10)


def test_an_amharic_assumption_log(tmp_path: Path) -> None:
    # ታሳቢ (an assumption as plans write it), the date it is to be verified (የሚረጋገጥበት ቀን),
    # confirmed (የተረጋገጠ) and rejected (ውድቅ)
    rows: list[list[object]] = [
        ["ተራ ቁጥር", "ታሳቢ", "ባለቤት", "የሚረጋገጥበት ቀን", "ሁኔታ"],
        ["1", "ካሳ በወቅቱ ይከፈላል", "ትዕግስት በላይ", date(2026, 5, 4), "የተረጋገጠ"],
        ["2", "ሲሚንቶ በበቂ መጠን ይገኛል", "ዳዊት አሰፋ", date(2026, 6, 1), "ውድቅ"],
        ["3", "የኤሌክትሪክ አቅርቦት አይቋረጥም", "ሜሮን ጌታቸው", date(2026, 6, 29), "ክፍት"],
    ]
    adoption = adopt(book(tmp_path / "am_assumptions.xlsx", "ታሳቢዎች", rows))
    table = only(adoption)
    assert table.register == "assumptions"
    assert targets(table) == {
        "ተራ ቁጥር": "id",
        "ታሳቢ": "assumption",
        "ባለቤት": "owner",
        "የሚረጋገጥበት ቀን": "validate_by",
        "ሁኔታ": "status",
    }
    assert field(adoption, "assumptions", "validate_by")[1] == date(2026, 6, 1)
    assert field(adoption, "assumptions", "status") == ["Validated", "Invalid", "Open"]


def test_amharic_headers_read_word_by_word() -> None:
    assert translate("የፕሮጀክት ስም") == "project name"
    assert translate("ባለቤት") == "owner"
    assert translate("መፍትሔ") == translate("መፍትሄ") == "resolution"


def test_amharic_words_left_out_are_not_read() -> None:
    # ምክንያት is a reason and a cause: no rationale; ገቢ (incoming) is income, ወጪ the costs:
    # neither is a dependency's direction
    assert translate("ምክንያት") is None
    assert translate("ገቢ") is None
    assert translate("ወጪ") == "costs"


def test_an_amharic_contact_list_is_not_a_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ስም", "ስልክ", "ኢሜይል", "የሥራ መደብ"],
        ["አበበ ከበደ", "+251 911 12 34 56", "abebe@example.et", "መሐንዲስ"],
        ["ሰላም ተስፋዬ", "+251 911 65 43 21", "selam@example.et", "የሂሳብ ባለሙያ"],
        ["ዮሐንስ ታደሰ", "+251 911 11 22 33", "yohannes@example.et", "አስተዳዳሪ"],
    ]
    adoption = adopt(book(tmp_path / "am_contacts.xlsx", "አድራሻዎች", rows))
    assert not adoption.report.adopted_tables
