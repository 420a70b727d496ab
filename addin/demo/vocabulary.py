"""Believable words for the demo portfolio: portfolios, programmes, project titles, people,
cost lines and RAID wording. Plain data, no logic; the generator draws from it with a seeded
random generator so the same seed gives the same portfolio."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Programme:
    portfolio: str
    name: str
    projects: tuple[str, ...]
    workstreams: tuple[str, ...]


PROGRAMMES: tuple[Programme, ...] = (
    Programme(
        "Digital & Technology",
        "Cloud Migration",
        (
            "Cloud Landing Zone",
            "Data Centre Exit",
            "Core Banking Rehost",
            "Identity and Access Refresh",
            "Backup and Recovery Modernisation",
        ),
        ("landing zone", "network", "security controls", "application migration", "cutover"),
    ),
    Programme(
        "Digital & Technology",
        "Data Platform",
        (
            "Enterprise Data Warehouse",
            "Customer Data Platform",
            "Regulatory Reporting Feeds",
            "Master Data Cleanse",
        ),
        ("data ingestion", "data quality", "reporting", "data migration", "access controls"),
    ),
    Programme(
        "Operations Excellence",
        "Supply Chain Transformation",
        (
            "Warehouse Management System",
            "Transport Planning Tool",
            "Supplier Portal",
            "Demand Forecasting Pilot",
        ),
        ("process design", "integration", "site readiness", "training", "go-live support"),
    ),
    Programme(
        "Operations Excellence",
        "Workplace Modernisation",
        (
            "Office 365 Rollout",
            "Head Office Refurbishment",
            "Field Force Mobile App",
            "Service Desk Replacement",
        ),
        ("device rollout", "facilities", "user adoption", "service transition", "testing"),
    ),
    Programme(
        "Customer & Growth",
        "Customer Experience",
        (
            "Online Account Opening",
            "Contact Centre Telephony",
            "Complaints Handling Redesign",
            "Customer App Release 3",
        ),
        ("user research", "front end", "integration", "testing", "marketing launch"),
    ),
    Programme(
        "Customer & Growth",
        "Payments",
        (
            "Instant Payments Gateway",
            "Card Processing Migration",
            "Billing Consolidation",
        ),
        ("scheme certification", "integration", "fraud controls", "testing", "cutover"),
    ),
    Programme(
        "Regulatory & Risk",
        "Regulatory Change",
        (
            "Operational Resilience Mapping",
            "Consumer Duty Implementation",
            "Payroll Replatforming",
            "Records Retention Programme",
            "Anti-Fraud Analytics",
        ),
        ("policy", "controls testing", "reporting", "data remediation", "training"),
    ),
)

FIRST_NAMES = (
    "Amelia", "Oliver", "Priya", "James", "Fatima", "Liam", "Sofia", "Noah", "Grace", "Arjun",
    "Chloe", "Daniel", "Hannah", "Kwame", "Isla", "Mateo", "Zara", "Ethan", "Leah", "Tomasz",
    "Mei", "Samuel", "Aisha", "Lucas", "Niamh", "Ravi", "Elena", "Callum", "Yusuf", "Freya",
)  # fmt: skip
LAST_NAMES = (
    "Patel", "Okafor", "Smith", "Nowak", "Campbell", "Hughes", "Khan", "Murphy", "Rossi",
    "Chen", "Williams", "Osei", "Fraser", "Lindqvist", "Ahmed", "Byrne", "Kowalski", "Evans",
    "Singh", "Taylor", "Moreau", "Walsh", "Haddad", "Ng", "Clarke", "Mensah", "Jones", "Silva",
)  # fmt: skip

#: (cost line, category, CapEx/OpEx, relative monthly weight)
COST_LINES: tuple[tuple[str, str, str, float], ...] = (
    ("Internal delivery team", "Labour", "OpEx", 1.0),
    ("Systems integrator", "Contractors", "CapEx", 1.4),
    ("Software licences", "Software", "OpEx", 0.35),
    ("Cloud hosting", "Services", "OpEx", 0.3),
    ("Network and hardware", "Hardware", "CapEx", 0.5),
    ("Testing services", "Services", "CapEx", 0.45),
    ("Training and change", "Other", "OpEx", 0.2),
    ("Travel and workshops", "Travel", "OpEx", 0.08),
)

#: Risk wording by category: (title, cause, effect); {area} is a workstream of the project.
RISK_EVENTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Technical": (
        (
            "Integration defects in {area}",
            "interfaces are more complex than estimated",
            "rework and a later release",
        ),
        (
            "Performance shortfall in {area}",
            "volumes exceed the test profile",
            "slow response at go-live",
        ),
        (
            "Legacy data quality for {area}",
            "source records are incomplete",
            "failed migration loads",
        ),
        (
            "Environment availability for {area}",
            "shared test environments are over-booked",
            "testing delays",
        ),
    ),
    "People": (
        (
            "Key SME availability for {area}",
            "business experts are also running BAU",
            "late decisions and sign-offs",
        ),
        (
            "Attrition in the {area} team",
            "contractor market is competitive",
            "loss of knowledge and velocity",
        ),
        ("Change fatigue in {area}", "several programmes land on the same users", "low adoption"),
    ),
    "Third Party": (
        (
            "Supplier delivery slippage on {area}",
            "the vendor is resourcing several clients",
            "slippage on our critical path",
        ),
        (
            "Vendor contract terms for {area}",
            "the commercial schedule is not yet agreed",
            "a late start to the work",
        ),
    ),
    "Schedule": (
        ("Compressed test window for {area}", "build has overrun", "reduced test coverage"),
        (
            "Change freeze overlaps {area}",
            "year-end freeze dates are fixed",
            "a later deployment",
        ),
    ),
    "Financial": (
        (
            "Exchange rate exposure on {area}",
            "costs are priced in a foreign currency",
            "budget overrun",
        ),
        (
            "Contingency drawdown for {area}",
            "estimates were made before design",
            "less contingency for later phases",
        ),
    ),
    "Security": (
        (
            "Penetration test findings on {area}",
            "the design has not yet been assured",
            "remediation before go-live",
        ),
        ("Access control gaps in {area}", "roles are not yet defined", "audit findings"),
    ),
    "Legal": (
        (
            "Data protection assessment for {area}",
            "the DPIA is not yet approved",
            "a blocked go-live",
        ),
    ),
    "Operational": (
        (
            "Support model not ready for {area}",
            "the service owner is not appointed",
            "incidents after go-live",
        ),
        (
            "Business readiness for {area}",
            "process changes are not yet agreed",
            "workarounds after launch",
        ),
    ),
    "Scope": (
        (
            "Requirements growth in {area}",
            "stakeholders keep adding requests",
            "scope creep and cost increase",
        ),
    ),
    "Commercial": (
        (
            "Pricing change from supplier for {area}",
            "the rate card is reviewed annually",
            "higher run costs",
        ),
    ),
}

RESPONSES = {
    "Avoid": "Re-sequence the plan so that {area} does not depend on it; agreed at the design authority.",
    "Reduce": "Weekly checkpoint with the {area} lead; early test cycle booked and tracked.",
    "Transfer": "Covered by the supplier's contract schedule; service credits apply to {area}.",
    "Accept": "Accepted by the sponsor; monitored at the monthly board for {area}.",
    "Share": "Joint mitigation plan with the partner team for {area}.",
    "Contingency": "Contingency budget and a fallback plan held for {area}.",
}

ASSUMPTIONS = (
    (
        "The {area} supplier keeps the named team for the whole phase.",
        "Rework and onboarding delay of about a month.",
    ),
    (
        "Business users are released two days a week for {area} testing.",
        "Test phase extends by several weeks.",
    ),
    ("The current licence agreement covers the extra {area} users.", "Unplanned licence cost."),
    (
        "No change freeze falls inside the {area} deployment window.",
        "Go-live moves to the next window.",
    ),
    (
        "Source data for {area} is available in the agreed format.",
        "Extra transformation work is needed.",
    ),
    ("Funding for {area} is released at the next gate.", "Work pauses until approval."),
    ("Security sign-off for {area} takes no more than three weeks.", "Deployment is delayed."),
)

ISSUES = (
    (
        "{area} test environment down",
        "Problem",
        "The shared environment for {area} has been unavailable for several days.",
    ),
    (
        "{area} design not signed off",
        "Concern",
        "Design authority has deferred approval of the {area} design.",
    ),
    (
        "Change request: extend {area} scope",
        "Request for Change",
        "The business asked to add reporting to {area}.",
    ),
    (
        "{area} build does not meet spec",
        "Off-Specification",
        "The delivered {area} component misses agreed acceptance criteria.",
    ),
    ("Resource gap in {area}", "Problem", "The {area} lead role has been vacant since last month."),
    (
        "Late supplier deliverable for {area}",
        "Problem",
        "The supplier missed the agreed drop for {area}.",
    ),
)

DECISIONS = (
    (
        "Proceed with a phased rollout for {area}.",
        "Reduces cutover risk; agreed at the steering group.",
    ),
    (
        "Use the existing integration platform for {area}.",
        "Avoids new licence cost and skills gap.",
    ),
    ("Move {area} testing to the shared test team.", "Frees the delivery team for build work."),
    ("Defer the optional {area} features to release 2.", "Protects the go-live date."),
    ("Approve extra contractor for {area}.", "Recover two weeks of slippage on the critical path."),
)

MILESTONES = (
    "Business case approved",
    "Requirements baselined",
    "Design authority sign-off",
    "Supplier contract signed",
    "Build complete: {area}",
    "System test complete: {area}",
    "User acceptance testing complete",
    "Operational readiness review",
    "Go-live: {area}",
    "Hypercare exit",
    "Project closure report",
)

DELIVERABLES = (
    "API specification for {area}",
    "Test environment for {area}",
    "Data extract for {area}",
    "Shared network connectivity",
    "Identity integration",
    "Reference data feed",
    "Security architecture approval",
)

ROLES = (
    "Project Manager", "Business Analyst", "Solution Architect", "Developer", "Test Lead",
    "Change Manager", "Data Engineer",
)  # fmt: skip
