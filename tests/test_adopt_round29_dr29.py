"""Round 29 of issue 15 (task dr29): every register kind's words in the wild. Each rule
tried on small workbooks written for these tests (none is a benchmark layout), with a
near-miss that must not fire:

1. **a dependency's direction in its log's plain words**: a header naming the two ways
   (``We need / We provide``, ``Giver / Taker``, ``Incoming / Outgoing``) is the
   direction, and its values read Inbound / Outbound; a single ``Provider`` column stays
   the other side (no direction);
2. **a dependency's statuses**: ``Landed`` is Delivered; ``Committed`` (round 11), ``Agreed``
   and ``Broken`` stay unread (two readings) and the column is still the status;
3. **an assumption proved** (``Proved``, ``Proven``) is Validated, as ``Disproved`` is
   Invalid; ``Holding`` stays unread;
4. **the other party** (``Other party``, ``Interfacing project``) is the counterparty;
5. **a slash parts an id's letters from its number** (``DEC/004`` keeps 4, as
   ``DEC-004`` does); a date-like ``3/4`` is no id number.
"""

from __future__ import annotations

from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.ids import standardise_ids

PEOPLE = ["Aroha Ngata", "Liam Fraser", "Priya Shah", "Ole Hansen", "Mei Lin"]
DEPS = [
    "Firewall rules opened by the network team",
    "Test accounts from the bank's sandbox",
    "Substation energised by the utility",
    "Merchant onboarding API from the payments hub",
    "Training venue booked by facilities",
]


def _dep_rows(head: list[str], ways: list[str], statuses: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [head]
    for n, title in enumerate(DEPS):
        rows.append(
            [
                f"DEP{n + 3:02d}",
                title,
                ways[n % len(ways)],
                ["Core platform", "Payments hub", "Facilities"][n % 3],
                PEOPLE[n % len(PEOPLE)],
                f"2026-06-{11 + n:02d}",
                statuses[n % len(statuses)],
            ]
        )
    return rows


def test_we_need_we_provide_is_the_direction(tmp_path: Path) -> None:
    head = ["ID", "Dependency", "We need / We provide", "Other party", "Owner", "Need by", "Status"]
    rows = _dep_rows(head, ["We need", "We provide"], ["Received", "Committed"])
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependency Log", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["We need / We provide"] == "direction"
    assert field(adoption, "dependencies", "direction") == [
        "Inbound",
        "Outbound",
        "Inbound",
        "Outbound",
        "Inbound",
    ]


def test_giver_taker_and_incoming_outgoing_are_the_direction(tmp_path: Path) -> None:
    for n, (head, ways, want) in enumerate(
        [
            ("Giver / Taker", ["Taker", "Giver"], ["Inbound", "Outbound"]),
            ("Incoming / Outgoing", ["Incoming", "Outgoing"], ["Inbound", "Outbound"]),
        ]
    ):
        header = ["ID", "Dependency", head, "Counterparty", "Owner", "Need by", "Status"]
        rows = _dep_rows(header, ways, ["Open"])
        adoption = adopt(book(tmp_path / f"deps{n}.xlsx", "Dependencies", rows))
        assert targets(only(adoption))[head] == "direction"
        assert field(adoption, "dependencies", "direction")[:2] == want


def test_a_provider_column_alone_names_the_other_side(tmp_path: Path) -> None:
    # near-miss: one column of the teams that provide is the other side, not the direction
    head = ["ID", "Dependency", "Direction", "Provider", "Owner", "Need by", "Status"]
    rows = _dep_rows(head, ["Inbound", "Outbound"], ["Open"])
    table = only(adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows)))
    assert targets(table)["Provider"] != "direction"
    assert targets(table)["Direction"] == "direction"


def test_a_dependency_landed_is_delivered_and_committed_stays_unread(tmp_path: Path) -> None:
    head = ["ID", "Dependency", "In / Out", "Other project", "Owner", "Need by", "Status"]
    rows = _dep_rows(head, ["In", "Out"], ["Committed", "Landed", "Agreed", "Broken", "Met"])
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert targets(only(adoption))["Status"] == "status"
    # Committed (agreed, or on track? round 11's ruling, kept by the lead at round 29's
    # merge), Agreed (open, or on track?) and Broken (late, or closed?) stay unread
    assert field(adoption, "dependencies", "status") == [
        None,
        "Delivered",
        None,
        None,
        "Delivered",
    ]


def test_the_other_party_is_the_counterparty(tmp_path: Path) -> None:
    head = ["ID", "Dependency", "In / Out", "Other party", "Owner", "Need by", "Status"]
    rows = _dep_rows(head, ["In", "Out"], ["Open"])
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert targets(only(adoption))["Other party"] == "counterparty_project_id"
    assert field(adoption, "dependencies", "counterparty_project_id")[:2] == [
        "Core platform",
        "Payments hub",
    ]


def test_an_assumption_proved_is_validated_and_holding_unread(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Assumption", "Owner", "Validate by", "Status"]]
    statuses = ["Proved", "Proven", "Disproved", "Holding", "Confirmed"]
    for n, status in enumerate(statuses):
        rows.append(
            [
                f"ASM-{n + 2}",
                f"Vendor API stable through phase {n}",
                PEOPLE[n],
                "2026-07-01",
                status,
            ]
        )
    adoption = adopt(book(tmp_path / "asm.xlsx", "Assumptions", rows))
    assert field(adoption, "assumptions", "status") == [
        "Validated",
        "Validated",
        "Invalid",
        None,
        "Validated",
    ]
    assert field(adoption, "assumptions", "id") == ["A-002", "A-003", "A-004", "A-005", "A-006"]


def test_a_slash_parts_an_ids_letters_from_its_number(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Decision No.", "Decision", "Decision maker", "Date"]]
    for n in range(4):
        rows.append([f"DEC/{n + 4:03d}", f"Adopt option {n + 1}", PEOPLE[n], "2026-03-02"])
    adoption = adopt(book(tmp_path / "dec.xlsx", "Decision Log", rows))
    assert field(adoption, "decisions", "id") == ["DC-004", "DC-005", "DC-006", "DC-007"]
    # near-miss: a date-like id keeps no number (the next free ones are given)
    items: list[dict[str, object]] = [{"id": "3/4"}, {"id": "DEC/9"}]
    standardise_ids(items, "DC")
    assert [i["id"] for i in items] == ["DC-001", "DC-009"]
