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
    assert (
        translate("ምክንያት") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)
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


# --- Telugu (te) ------------------------------------------------------------------------------


def test_a_telugu_risk_register(tmp_path: Path) -> None:
    # ప్రమాద is risk's form in compounds (ప్రమాద యజమాని, the risk owner); ఎక్కువ high,
    # మధ్యస్థం medium, తక్కువ low, చాలా ఎక్కువ very high; పర్యవేక్షణలో under monitoring
    rows: list[list[object]] = [
        ["క్రమ సంఖ్య", "ప్రమాదం", "ప్రమాద యజమాని", "సంభావ్యత", "ప్రభావం", "స్థితి", "గడువు తేదీ"],
        ["1", "గుత్తేదారు ఆలస్యం", "రమేష్ నాయుడు", "ఎక్కువ", "మధ్యస్థం", "తెరిచి ఉంది", date(2026, 4, 30)],
        ["2", "నిధుల విడుదల ఆలస్యం", "లక్ష్మి రెడ్డి", "తక్కువ", "ఎక్కువ", "ముగిసింది", date(2026, 5, 15)],
        ["3", "భూసేకరణ", "శ్రీనివాస్ రావు", "మధ్యస్థం", "చాలా ఎక్కువ", "పర్యవేక్షణలో", date(2026, 6, 1)],
    ]
    adoption = adopt(book(tmp_path / "te.xlsx", "ప్రమాద రిజిస్టర్", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "క్రమ సంఖ్య": "id",
        "ప్రమాదం": "title",
        "ప్రమాద యజమాని": "owner",
        "సంభావ్యత": "probability",
        "ప్రభావం": "impact",
        "స్థితి": "status",
        "గడువు తేదీ": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]
    assert field(adoption, "risks", "due_date")[1] == date(2026, 5, 15)


def test_a_telugu_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["సంఖ్య", "సమస్య", "బాధ్యులు", "ప్రాధాన్యత", "స్థితి", "నమోదు తేదీ"],
        ["I-1", "సర్వర్ అందుబాటులో లేదు", "కిరణ్ కుమార్", "అధికం", "జరుగుతోంది", date(2026, 3, 3)],
        ["I-2", "లైసెన్సు గడువు ముగిసింది", "సుజాత శర్మ", "తక్కువ", "పరిష్కరించబడింది", date(2026, 3, 10)],
        ["I-3", "పత్రాల అనువాదం కాలేదు", "వెంకట్ రాజు", "మధ్యస్థం", "తెరిచి ఉంది", date(2026, 3, 17)],
    ]
    adoption = adopt(book(tmp_path / "te_issues.xlsx", "సమస్యలు", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["సమస్య"] == "title"
    assert targets(table)["బాధ్యులు"] == "owner"
    assert targets(table)["నమోదు తేదీ"] == "raised_date"
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]


def test_telugu_words_left_out_are_not_read() -> None:
    # కారణం is a reason and a cause; కీలకం (key) is no level
    assert (
        translate("కారణం") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)
    assert translate("కీలకం") is None
    assert translate("ప్రాజెక్టు పేరు") == "project name"


# --- Gujarati (gu) ----------------------------------------------------------------------------


def test_a_gujarati_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ક્રમાંક", "જોખમ", "જોખમ માલિક", "સંભાવના", "અસર", "સ્થિતિ", "નિયત તારીખ"],
        ["1", "કોન્ટ્રાક્ટરનો વિલંબ", "રમેશ પટેલ", "ઉચ્ચ", "મધ્યમ", "ખુલ્લું", date(2026, 4, 30)],
        ["2", "ભંડોળ મળવામાં વિલંબ", "હેતલ શાહ", "નીચું", "ઉચ્ચ", "બંધ", date(2026, 5, 15)],
        ["3", "જમીન સંપાદન", "કિશન દેસાઈ", "મધ્યમ", "ખૂબ ઉચ્ચ", "દેખરેખ હેઠળ", date(2026, 6, 1)],
    ]
    adoption = adopt(book(tmp_path / "gu.xlsx", "જોખમ રજિસ્ટર", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "ક્રમાંક": "id",
        "જોખમ": "title",
        "જોખમ માલિક": "owner",
        "સંભાવના": "probability",
        "અસર": "impact",
        "સ્થિતિ": "status",
        "નિયત તારીખ": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]  # ખૂબ ઉચ્ચ: very high


def test_gujarati_words_left_out_are_not_read() -> None:
    # કારણ is a reason and a cause; ગંભીર (serious) is no level above very high
    assert (
        translate("કારણ") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)
    assert translate("ગંભીર") is None
    assert translate("પ્રોજેક્ટ મેનેજર") == "project manager"


# --- Kannada (kn) -----------------------------------------------------------------------------


def test_a_kannada_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ಕ್ರಮ ಸಂಖ್ಯೆ", "ಸಮಸ್ಯೆ", "ಜವಾಬ್ದಾರರು", "ಆದ್ಯತೆ", "ಸ್ಥಿತಿ", "ಗಡುವು", "ಷರಾ"],
        ["1", "ಸರ್ವರ್ ಲಭ್ಯವಿಲ್ಲ", "ಮಂಜುನಾಥ್ ಗೌಡ", "ಹೆಚ್ಚು", "ಪ್ರಗತಿಯಲ್ಲಿದೆ", date(2026, 4, 3), "ಮಾರಾಟಗಾರರ ಸಂಪರ್ಕ"],
        ["2", "ಪರವಾನಗಿ ಅವಧಿ ಮುಗಿದಿದೆ", "ಕಾವ್ಯ ಹೆಗಡೆ", "ಕಡಿಮೆ", "ಪರಿಹರಿಸಲಾಗಿದೆ", date(2026, 4, 17), "ನವೀಕರಿಸಲಾಗಿದೆ"],
        ["3", "ದಾಖಲೆಗಳ ಅನುವಾದ ಬಾಕಿ", "ಸುರೇಶ್ ರಾವ್", "ಮಧ್ಯಮ", "ತೆರೆದಿದೆ", date(2026, 5, 1), "ತುರ್ತು"],
    ]
    adoption = adopt(book(tmp_path / "kn.xlsx", "ಸಮಸ್ಯೆಗಳು", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "ಕ್ರಮ ಸಂಖ್ಯೆ": "id",
        "ಸಮಸ್ಯೆ": "title",
        "ಜವಾಬ್ದಾರರು": "owner",
        "ಆದ್ಯತೆ": "priority",
        "ಸ್ಥಿತಿ": "status",
        "ಗಡುವು": "due_date",
        "ಷರಾ": "description",  # remarks (notes): the issue's text, as English Notes
    }
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]


def test_kannadas_plan_or_project_word_is_not_read() -> None:
    # ಯೋಜನೆ is a plan and a project (a scheme): read as neither; ಯೋಜಿತ (planned) is read
    assert translate("ಯೋಜನೆ") is None
    assert translate("ಯೋಜಿತ ದಿನಾಂಕ") == "planned date"
    assert (
        translate("ಕಾರಣ") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)


# --- Malayalam (ml) ---------------------------------------------------------------------------


def test_a_malayalam_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ക്രമ നമ്പർ", "പ്രശ്നം", "ഉത്തരവാദി", "മുൻഗണന", "സ്ഥിതി", "അവസാന തീയതി"],
        ["1", "സെർവർ ലഭ്യമല്ല", "അനിൽ കുമാർ", "ഉയർന്ന", "പുരോഗമിക്കുന്നു", date(2026, 4, 3)],
        ["2", "ലൈസൻസ് കാലാവധി കഴിഞ്ഞു", "ദീപ മേനോൻ", "കുറഞ്ഞ", "പരിഹരിച്ചു", date(2026, 4, 17)],
        ["3", "രേഖകളുടെ വിവർത്തനം", "ജോസ് വർഗീസ്", "ഇടത്തരം", "തുറന്നത്", date(2026, 5, 1)],
    ]
    adoption = adopt(book(tmp_path / "ml.xlsx", "പ്രശ്നങ്ങൾ", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "ക്രമ നമ്പർ": "id",
        "പ്രശ്നം": "title",
        "ഉത്തരവാദി": "owner",
        "മുൻഗണന": "priority",
        "സ്ഥിതി": "status",
        "അവസാന തീയതി": "due_date",
    }
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]
    assert field(adoption, "issues", "due_date")[2] == date(2026, 5, 1)


def test_malayalams_plan_or_project_word_is_not_read() -> None:
    # പദ്ധതി is a plan and a project (a scheme); കാരണം a reason and a cause
    assert translate("പദ്ധതി") is None
    assert (
        translate("കാരണം") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)


# --- Punjabi (pa, Gurmukhi) -------------------------------------------------------------------


def test_a_punjabi_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ਲੜੀ ਨੰਬਰ", "ਜੋਖਮ", "ਜ਼ਿੰਮੇਵਾਰ", "ਸੰਭਾਵਨਾ", "ਪ੍ਰਭਾਵ", "ਸਥਿਤੀ", "ਆਖਰੀ ਮਿਤੀ"],
        ["1", "ਠੇਕੇਦਾਰ ਦੀ ਦੇਰੀ", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਉੱਚ", "ਮੱਧਮ", "ਖੁੱਲ੍ਹਾ", date(2026, 4, 30)],
        ["2", "ਫੰਡ ਮਿਲਣ ਵਿੱਚ ਦੇਰੀ", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਘੱਟ", "ਉੱਚ", "ਬੰਦ", date(2026, 5, 15)],
        ["3", "ਜ਼ਮੀਨ ਪ੍ਰਾਪਤੀ", "ਮਨਜੀਤ ਸਿੱਧੂ", "ਮੱਧਮ", "ਬਹੁਤ ਉੱਚ", "ਨਿਗਰਾਨੀ ਹੇਠ", date(2026, 6, 1)],
    ]
    adoption = adopt(book(tmp_path / "pa.xlsx", "ਜੋਖਮ ਰਜਿਸਟਰ", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "ਲੜੀ ਨੰਬਰ": "id",
        "ਜੋਖਮ": "title",
        "ਜ਼ਿੰਮੇਵਾਰ": "owner",
        "ਸੰਭਾਵਨਾ": "probability",
        "ਪ੍ਰਭਾਵ": "impact",
        "ਸਥਿਤੀ": "status",
        "ਆਖਰੀ ਮਿਤੀ": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]  # ਬਹੁਤ ਉੱਚ: very high


def test_punjabi_words_left_out_are_not_read() -> None:
    # ਕਾਰਨ is a reason and a cause
    assert (
        translate("ਕਾਰਨ") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)
    assert translate("ਪ੍ਰੋਜੈਕਟ ਮੈਨੇਜਰ") == "project manager"


# --- Somali (so, Latin) -----------------------------------------------------------------------


def test_a_somali_issue_log(tmp_path: Path) -> None:
    # mas'uul (the one responsible) typed with its apostrophe; sare / dhexe / hoose, high /
    # medium / low; furan open, xiran closed, socda in progress
    rows: list[list[object]] = [
        ["Lambar", "Dhibaato", "Mas'uul", "Mudnaan", "Xaalad", "Taariikh"],
        ["1", "Koronto la'aan xafiiska", "Cabdi Xasan", "Sare", "Socda", date(2026, 4, 3)],
        ["2", "Shatiga software-ka wuu dhacay", "Hodan Cali", "Hoose", "Xiran", date(2026, 4, 17)],
        ["3", "Dukumentiyada lama turjumin", "Faadumo Yuusuf", "Dhexe", "Furan", date(2026, 5, 1)],
    ]
    adoption = adopt(book(tmp_path / "so.xlsx", "Diiwaanka dhibaatooyinka", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Dhibaato"] == "title"
    assert targets(table)["Mas'uul"] == "owner"
    assert targets(table)["Mudnaan"] == "priority"
    assert targets(table)["Xaalad"] == "status"
    assert field(adoption, "issues", "status") == ["In Progress", "Closed", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]


def test_somali_words_that_are_other_words_are_left_out() -> None:
    # bil (month) is Malay Bil, a serial number; cas (red) Catalan cas and CAS; aad (very)
    # AAD; maya (no) a given name; go'aan (decision) is not English "go"
    assert translate("Bil") == "id"  # Malay's meaning kept
    assert translate("Cas") is None
    assert translate("Go") is None
    assert (
        translate("Sabab") == "reason"
    )  # round 26's last hour: a reason and a cause reads as English Reason (a decision's rationale only)
