"""The names of the taxes an amount is given with or without, one list for every rule.

Round 35's review: three rules had each written the tax's names (``VAT``, ``GST``,
``MwSt``, ``IVA``, ...) into a pattern of their own: a currency code before its tax basis
(``EUR excl. IVA``, :mod:`addin.adopt.currency`), a tax column between an amount and its
total (:mod:`addin.adopt.total_of_parts`) and the tax beside a bare ``Net``
(:mod:`addin.adopt.net_amounts`), and each knew a different subset. Here is the one
alternation they all read (a regular-expression fragment, lower case, to be compiled with
``re.IGNORECASE`` inside word boundaries).
"""

from __future__ import annotations

#: The value-added, goods-and-services and sales taxes in English and in the languages of
#: the EU and Latin America: VAT, GST, HST / PST / QST (Canada), a plain tax, sales and
#: consumption tax, IVA, IGV (Peru), TVA, MwSt / USt (German), BTW (Dutch), moms (Nordic),
#: DPH (Czech, Slovak), PDV (Croatian, Serbian).
#: Round 37 (px41): the words themselves, for the rules that read words, not patterns (a
#: tax's name is no month: Volapük ``gst`` is August, :func:`addin.adopt.cldr.row_languages`).
TAX_WORDS = (
    "vat",
    "gst",
    "hst",
    "pst",
    "qst",
    "tax",
    "taxes",
    "sales tax",
    "consumption tax",
    "iva",
    "igv",
    "tva",
    "mwst",
    "ust",
    "btw",
    "moms",
    "dph",
    "pdv",
)
TAX_NAMES = "(?:" + "|".join(word.replace(" ", r"\s+") for word in TAX_WORDS) + ")"

#: Round 39 (t49b): the tax basis written as an abbreviation after an amount's word, as
#: French and Belgian ledgers head their columns (``Budget HT``, ``Réalisé HT``, ``Montant
#: HTVA``, ``Coût hors taxes``, ``Total TTC``, ``Montant TVAC``): HT / HTVA / hors taxes is
#: without the tax, TTC / TVAC / toutes taxes comprises with it. A regular-expression
#: fragment, lower case, to be compiled with ``re.IGNORECASE``.
TAX_BASIS_ABBREVIATIONS = r"(?:h\.?\s?t\.?(?:v\.?a\.?)?|hors\s+(?:taxes?|tva)|t\.?t\.?c\.?|tvac|toutes\s+taxes\s+comprises)"
#: The same, with the tax taken in (read less surely beside a net amount).
WITH_TAX_ABBREVIATIONS = r"(?:t\.?t\.?c\.?|tvac|toutes\s+taxes\s+comprises)"
