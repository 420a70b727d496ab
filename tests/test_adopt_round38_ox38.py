"""Round 38 (task ox38): round 37's leftovers mended. Each rule on a small workbook of its
own shape, with its near miss:

- the month an invoice refers to (``Mês ref.``, ``Reference month``) outranks the
  invoice's own date (``Data``) as the finance month;
- one firm's invoice register too short to show its lines recurring (two invoices, no
  column naming the firm paid) is still the register its title names.

docs/adopt.md, "Round 38: round 37's leftovers mended (ox38)".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.total_rows import is_total_label
from tests.adopt_sheets import adopt, books, field, finance_by_line, only, registers, targets

# ---------------------------------------------------------------------------------------
# The month an invoice refers to, beside the invoice's own date
# ---------------------------------------------------------------------------------------


def _faturas(head_month: str, rows: list[tuple[str, str, str, float]]) -> list[list[object]]:
    """A Portuguese log of one supplier's invoices: number, invoice date, month billed,
    description, value before VAT."""
    out: list[list[object]] = [
        ["Quinta do Rio, Lda. - Registo de faturas do fornecedor (Softhotel)"],
        [],
        ["N.º Fatura", "Data", head_month, "Descrição", "Valor s/ IVA (€)", "IVA (23%)"],
    ]
    for k, (issued, month, line, net) in enumerate(rows):
        out.append([f"FT 2026/{11 + k}", issued, month, line, net, round(net * 0.23, 2)])
    return out


#: Each invoice dated in the first days of the month after the one it bills.
_NEXT_MONTH = [
    ("02-02-2026", "jan/26", "Licenças", 1000.0),
    ("03-02-2026", "jan/26", "Implementação", 2000.0),
    ("02-03-2026", "fev/26", "Implementação", 3000.0),
    ("04-03-2026", "fev/26", "Formação", 500.0),
    ("01-04-2026", "mar/26", "Implementação", 2500.0),
    ("02-04-2026", "mar/26", "Formação", 700.0),
]


def test_reference_month_outranks_the_invoice_date(tmp_path: Path) -> None:
    """``Data`` (the invoice's date, in the next month) beside ``Mês ref.`` (the month it
    bills): the amounts fall in the month billed, as they do under ``Mês de referência``."""
    for head in ("Mês ref.", "Mês de referência"):
        path = books(tmp_path / "faturas.xlsx", {"Faturas": _faturas(head, _NEXT_MONTH)})
        adoption = adopt(path)
        assert registers(adoption) == ["finance"]
        assert targets(only(adoption))[head] == "month"
        assert targets(only(adoption))["Data"] is None
        got = finance_by_line(adoption)
        assert got[(date(2026, 1, 1), "Implementação")].actual == 2000.0
        assert got[(date(2026, 3, 1), "Formação")].actual == 700.0
        assert (date(2026, 4, 1), "Formação") not in got


def test_invoice_date_alone_is_still_the_month(tmp_path: Path) -> None:
    """Near miss: with no month billed beside it, the invoice's ``Data`` is the month."""
    rows = [[c for k, c in enumerate(row) if k != 2] for row in _faturas("x", _NEXT_MONTH)]
    adoption = adopt(books(tmp_path / "datas.xlsx", {"Faturas": rows}))
    assert registers(adoption) == ["finance"]
    assert targets(only(adoption))["Data"] == "month"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Formação")].actual == 700.0


# ---------------------------------------------------------------------------------------
# One firm's invoice register of two invoices
# ---------------------------------------------------------------------------------------

_TWO = [
    ("02-02-2026", "jan/26", "Implementação", 20000.0),
    ("03-03-2026", "fev/26", "Formação", 10700.0),
]


def test_one_firms_register_of_two_invoices_is_adopted(tmp_path: Path) -> None:
    """``Registo de faturas do fornecedor (Softhotel)`` over two invoices, no column
    naming the firm: too few to show lines recurring, the description names what the one
    firm billed; the log is its finance register."""
    adoption = adopt(books(tmp_path / "two.xlsx", {"Faturas": _faturas("Mês ref.", _TWO)}))
    assert registers(adoption) == ["finance"]
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Implementação")].actual == 20000.0
    assert got[(date(2026, 2, 1), "Formação")].actual == 10700.0


def test_a_longer_log_of_one_off_descriptions_stays_refused(tmp_path: Path) -> None:
    """Near miss: five invoices each describing its own purchase (none billed again): the
    descriptions are no lines, and the log is not read as the finance register by them."""
    rows = [
        ("02-02-2026", "jan/26", "Servidor de backup", 4000.0),
        ("03-02-2026", "jan/26", "Licenças antivírus", 900.0),
        ("02-03-2026", "fev/26", "Cablagem da receção", 1200.0),
        ("04-03-2026", "fev/26", "Impressora do bar", 600.0),
        ("01-04-2026", "mar/26", "Tablets dos quartos", 3100.0),
    ]
    adoption = adopt(books(tmp_path / "five.xlsx", {"Faturas": _faturas("Mês ref.", rows)}))
    assert registers(adoption) == []


def test_two_invoices_raised_to_a_client_stay_refused(tmp_path: Path) -> None:
    """Near miss: two invoices on a sheet ``Invoices`` with a ``Client`` column are
    invoices the firm raises (its income): no one supplier's log, no spend."""
    rows: list[list[object]] = [["Invoices to raise"], []]
    rows += [["Invoice No.", "Invoice date", "Client", "Description", "Net (EUR)", "VAT"]]
    rows += [["S-101", date(2026, 1, 22), "Acme GmbH", "Phase 1", 40000.0, 7600.0]]
    rows += [["S-102", date(2026, 2, 18), "Borg AG", "Phase 2", 30000.0, 5700.0]]
    assert "finance" not in registers(adopt(books(tmp_path / "raised.xlsx", {"Invoices": rows})))
    # the same two invoices with no party named: one supplier's log, read by its lines
    own = [
        ["Supplier invoices - Harbour ERP"],
        [],
        *[[c for k, c in enumerate(row) if k != 2] for row in rows[2:]],
    ]
    assert "finance" in registers(adopt(books(tmp_path / "own.xlsx", {"Invoices": own})))


# ---------------------------------------------------------------------------------------
# A change log whose decision column holds only outcome words, in another language
# ---------------------------------------------------------------------------------------


def _change_log(verdicts: list[str], footer: str | None) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Göreme Kalkış Alanı - Değişiklik Kontrol Kaydı"],
        [],
        [
            *("Değişiklik No", "Tarih", "Değişiklik", "Gerekçe", "Maliyet etkisi (TL)"),
            *("Karar", "Onaylayan"),
        ],
    ]
    changes = [
        ("Zemin kaplaması beton yerine stabilize", "Maliyet ve drenaj"),
        ("Yangın söndürme hattına ek hidrant", "İtfaiye raporu"),
        ("Bekleme çadırı yerine ahşap gölgelik", "Rüzgar yükü"),
    ]
    for i, ((text, why), verdict) in enumerate(zip(changes, verdicts, strict=True)):
        rows.append([f"DK-{i + 1:02d}", f"{10 + i}.03.2026", text, why, 50000.0, verdict])
        rows[-1].append("Ayşe Demir")
    if footer is not None:
        rows.append([None, None, footer, None, 100000.0])
    return rows


def test_a_decision_column_of_foreign_outcome_words_is_no_decision(tmp_path: Path) -> None:
    """``Karar`` (decision) over ``Onaylandı`` / ``Reddedildi`` (approved, rejected) only:
    the outcome, no decision's text; the change's own text (``Değişiklik``) is what was
    decided, and the footer ``Toplam onaylanan`` (total approved) is no change."""
    verdicts = ["Onaylandı", "Reddedildi", "Onaylandı"]
    rows = _change_log(verdicts, "Toplam onaylanan")
    adoption = adopt(books(tmp_path / "changes.xlsx", {"Değişiklik Kaydı": rows}))
    assert registers(adoption) == ["decisions"]
    assert targets(only(adoption))["Karar"] is None
    assert field(adoption, "decisions", "decision")[0] == "Zemin kaplaması beton yerine stabilize"
    assert len(field(adoption, "decisions", "decision")) == 3
    assert field(adoption, "decisions", "made_by") == ["Ayşe Demir"] * 3


def test_a_decision_column_of_written_decisions_stays_the_decision(tmp_path: Path) -> None:
    """Near miss: the same ``Karar`` holding what was decided, in words, is the decision."""
    verdicts = ["Beton yerine stabilize kullanılacak", "Hidrant eklenmeyecek", "Gölgelik yapılacak"]
    adoption = adopt(books(tmp_path / "written.xlsx", {"Karar": _change_log(verdicts, None)}))
    assert registers(adoption) == ["decisions"]
    assert targets(only(adoption))["Karar"] == "decision"
    assert field(adoption, "decisions", "decision")[1] == "Hidrant eklenmeyecek"


def test_a_foreign_total_word_before_an_outcome_labels_a_total() -> None:
    """``Toplam onaylanan`` (total approved): the language's ``total`` first, then what it
    sums, as English ``Total approved``; ``total`` before other words (round 25's
    ``Chiwerengero cha anthu``, a count of people; ``Toplam kalite yönetimi``, total quality
    management), inside a label or in a compound (``Gesamtkosten``) is no total row."""
    assert is_total_label("Toplam onaylanan")
    assert not is_total_label("Chiwerengero cha anthu")
    assert not is_total_label("Toplam kalite yönetimi")
    assert not is_total_label("Alan toplam drenaj")
    assert not is_total_label("Gesamtkosten")


# ---------------------------------------------------------------------------------------
# A purchase order tracker's orders still open
# ---------------------------------------------------------------------------------------


def _orders(open_month: object) -> list[list[object]]:
    rows: list[list[object]] = [["Purchase order log - nursery extension (EUR)"], []]
    rows += [["PO No.", "Ordered", "Supplier", "Cost line", "PO value", "Invoiced"]]
    rows[-1] += ["Invoice month"]
    rows += [["PO-101", date(2026, 1, 5), "Agro Lda", "Irrigation", 5000.0, 4800.0]]
    rows[-1] += [date(2026, 1, 1)]
    rows += [["PO-102", date(2026, 1, 7), "Serra SA", "Greenhouse", 9000.0, 9000.0]]
    rows[-1] += [date(2026, 1, 1)]
    rows += [["PO-103", date(2026, 2, 4), "Agro Lda", "Irrigation", 5200.0, None, None]]
    rows += [["PO-104", date(2026, 2, 6), "Serra SA", "Greenhouse", 8800.0, None, open_month]]
    return rows


def test_an_open_order_with_no_month_and_no_amount_is_no_finance_line(tmp_path: Path) -> None:
    """Two orders invoiced (``Invoiced`` and its month), two still open (neither): the open
    orders are no finance lines, left out and listed; the invoiced ones are the actuals."""
    adoption = adopt(books(tmp_path / "po.xlsx", {"Orders": _orders(None)}))
    assert registers(adoption) == ["finance"]
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Irrigation")].actual == 4800.0
    assert len(adoption.project.finance) == 2
    assert any("nothing booked" in s.reason for s in only(adoption).skipped_rows)


def test_an_order_with_its_month_but_no_amount_is_still_a_line(tmp_path: Path) -> None:
    """Near miss: an order with its invoice month and no amount yet is still a row of that
    month (its line, nothing spent): only a row with neither is left out."""
    adoption = adopt(books(tmp_path / "po.xlsx", {"Orders": _orders(date(2026, 2, 1))}))
    assert len(adoption.project.finance) == 3


# ---------------------------------------------------------------------------------------
# A Finnish unit line's euro in another case
# ---------------------------------------------------------------------------------------


def _seuranta(unit_line: str) -> list[list[object]]:
    rows: list[list[object]] = [["Huskytilan laajennus - kustannusseuranta"], [unit_line], []]
    rows += [["Kohde", date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]]
    rows += [["Maanrakennus", 12000.0, 8000.0, 4000.0]]
    rows += [["Koiratarhat", 5000.0, 6000.0, 2500.0]]
    return rows


def test_a_finnish_unit_line_in_euros_in_the_essive_names_the_euro(tmp_path: Path) -> None:
    """``Summat euroina, alv 0 %`` (amounts as euros) names the euro as ``Summat euroa``
    does; a unit line naming no currency (``Summat, alv 0 %``) names none."""
    adoption = adopt(
        books(tmp_path / "fi.xlsx", {"Budjetti": _seuranta("Summat euroina, alv 0 %")})
    )
    assert registers(adoption) == ["finance"]
    assert adoption.project.header.currency == "EUR"
    bare = adopt(books(tmp_path / "bare.xlsx", {"Budjetti": _seuranta("Summat, alv 0 %")}))
    assert bare.project.header.currency in (None, "")


# ---------------------------------------------------------------------------------------
# A contractor's progress claims, named by the title alone
# ---------------------------------------------------------------------------------------


def _claims(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], []]
    rows += [["App No.", "Period ending", "Package", "Net this period (ex GST)", "GST", "Gross"]]
    for m in (1, 2, 3):
        for package, net in (("Civil works", 120000.0 + m), ("Structural steel", 80000.0 + m)):
            end = date(2026, m, 28 if m == 2 else 30)
            rows.append([m, end, package, net, round(net / 10, 2), round(net * 1.1, 2)])
    return rows


def test_progress_claims_name_a_finance_register(tmp_path: Path) -> None:
    """``Ice Factory Rebuild - Progress claims (AUD)`` on a sheet ``Export``: an Australian
    contractor's payment applications by another name, its net claim each period the
    actual, as ``Payment applications`` reads."""
    adoption = adopt(
        books(tmp_path / "pc.xlsx", {"Export": _claims("Ice Factory - Progress claims (AUD)")})
    )
    assert registers(adoption) == ["finance"]
    assert targets(only(adoption))["Net this period (ex GST)"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Civil works")].actual == 120002.0


def test_claims_alone_name_no_finance_register(tmp_path: Path) -> None:
    """Near miss: ``Claims (AUD)`` (an insurer's, a warranty's) says no progress or payment:
    the same table on ``Export`` is not named a finance register by it."""
    adoption = adopt(
        books(tmp_path / "claims.xlsx", {"Export": _claims("Ice Factory - Claims (AUD)")})
    )
    assert "finance" not in registers(adoption)


# ---------------------------------------------------------------------------------------
# A Swiss T&M timesheet summary on ``Export`` (rx38's leftover, already read)
# ---------------------------------------------------------------------------------------


def _timesheet(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Kunde: Münzprägestätte - Webshop"], []]
    rows += [["Rolle", "Stundensatz", "01.2026", "02.2026", "03.2026", "Total"]]
    rows += [["Projektleiter", 210, 4200.0, 6300.0, 2100.0, 12600.0]]
    rows += [["Entwickler", 150, 12000.0, 15000.0, 9000.0, 36000.0]]
    rows += [["Testerin", 130, 2600.0, 3900.0, 5200.0, 11700.0]]
    return rows


def test_a_timesheet_beside_t_and_m_in_a_title_names_the_actuals(tmp_path: Path) -> None:
    """``Aare Software AG - Leistungsnachweis T&M (Beträge in CHF exkl. MWST)`` on a sheet
    ``Export``: its amounts are the actuals (the timesheet's), as on a sheet named
    ``Leistungsnachweis``. rx38's leftover, read so already on round 38's starting code
    (a later merge of round 37): kept as its guard."""
    title = "Aare Software AG - Leistungsnachweis T&M (Beträge in CHF exkl. MWST)"
    adoption = adopt(books(tmp_path / "tm.xlsx", {"Export": _timesheet(title)}))
    assert registers(adoption) == ["finance"]
    line = finance_by_line(adoption)[(date(2026, 2, 1), "Entwickler")]
    assert line.actual == 15000.0
    assert line.budget is None


# ---------------------------------------------------------------------------------------
# ``Total`` opening a line's name
# ---------------------------------------------------------------------------------------


def _budget_down(lines: list[tuple[str, float]]) -> list[list[object]]:
    rows: list[list[object]] = [["Plant upgrade - Budget (EUR)"], []]
    rows += [["Cost line", date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]]
    rows += [[name, amount, amount + 10.0, amount + 20.0] for name, amount in lines]
    return rows


def test_total_quality_management_is_a_cost_line_down(tmp_path: Path) -> None:
    """``Total Quality Management`` among the lines, its figures no sum of the lines above
    it: a line (the standard's name for TQM), not a total row; the ``Total`` under them
    still is."""
    rows = _budget_down([("Design", 1000.0), ("Total Quality Management", 400.0)])
    rows += _budget_down([("Site works", 3000.0), ("Total", 4400.0)])[3:]
    rows[-1][2:] = [4430.0, 4460.0]
    adoption = adopt(books(tmp_path / "tqm.xlsx", {"Budget": rows}))
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Total Quality Management")].budget == 410.0
    assert {line for _, line in got} == {"Design", "Total Quality Management", "Site works"}


def test_a_named_subtotal_summing_the_lines_above_is_still_a_total(tmp_path: Path) -> None:
    """Near miss: ``Total Phase One Works`` whose figures are the sum of the two lines above
    it is a subtotal, left out as before."""
    rows = _budget_down([("Design", 1000.0), ("Site works", 3000.0), ("Total Phase One Works", 0)])
    rows[-1][1:] = [4000.0, 4020.0, 4040.0]
    got = finance_by_line(adopt(books(tmp_path / "sub.xlsx", {"Budget": rows})))
    assert {line for _, line in got} == {"Design", "Site works"}


def _across(tqm: list[float]) -> list[list[object]]:
    rows: list[list[object]] = [["Plant upgrade - Actual spend (EUR)"], []]
    rows += [["Month", "Design", "Site works", "Total Quality Management", "Total"]]
    for m in range(1, 7):
        design, site = 1000.0 + m, 3000.0 + m
        rows.append([date(2026, m, 1), design, site, tqm[m - 1], design + site + tqm[m - 1]])
    return rows


def test_total_quality_management_is_a_cost_line_across(tmp_path: Path) -> None:
    """Months down, lines across: ``Total Quality Management``'s column is a line; its
    figures sum no lines left of it. A column of that name holding the sum of the two
    lines left of it is a total's, as ``Total`` is."""
    own = [200.0 + m for m in range(1, 7)]
    got = finance_by_line(adopt(books(tmp_path / "tqm.xlsx", {"Actuals": _across(own)})))
    assert got[(date(2026, 3, 1), "Total Quality Management")].actual == 203.0
    assert "Total" not in {line for _, line in got}
    sums = [2.0 * m + 4000.0 for m in range(1, 7)]
    got = finance_by_line(adopt(books(tmp_path / "sums.xlsx", {"Actuals": _across(sums)})))
    assert {line for _, line in got} == {"Design", "Site works"}


def test_a_total_beside_a_share_column_is_still_a_total(tmp_path: Path) -> None:
    """Near miss: an accounting package's ``Total Operating Expenses`` under its accounts
    (``Actual | Budget | Variance %``) is a total row by its words; ``Total Pontoon Refit
    Works`` is one by its figures: its amounts sum the lines above, its share does not."""
    for label in ("Total Operating Expenses", "Total Pontoon Refit Works"):
        rows: list[list[object]] = [["Budget Variance"], ["For the month ended 30 June 2026"]]
        rows += [[], ["Account", "Actual", "Budget", "Variance %"]]
        rows += [["Fuel", 1200.0, 1000.0, 20.0], ["Crew wages", 900.0, 1000.0, -10.0]]
        rows += [[label, 2100.0, 2000.0, 5.0]]
        got = finance_by_line(adopt(books(tmp_path / "xero.xlsx", {"Budget Variance": rows})))
        assert {line for _, line in got} == {"Fuel", "Crew wages"}, label
        assert got[(date(2026, 6, 1), "Fuel")].actual == 1200.0
