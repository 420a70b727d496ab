"""What prioritisation needs of one project, whatever it was read from (a folder or a
roll-up workbook): its criteria, whether it is mandatory, its cost and what it depends on."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Where a project's cost came from (SPEC 13: Funding Requested when filled, else ETC).
FUNDING = "Funding Requested"
ETC = "ETC"


@dataclass
class Candidate:
    project_id: str
    name: str | None = None
    portfolio: str | None = None
    currency: str | None = None
    #: criterion key (strategic_value, ...) -> the raw value read (number, text or None)
    criteria: dict[str, object] = field(default_factory=dict)
    mandatory: bool = False
    cost: float | None = None
    cost_basis: str | None = None  # FUNDING or ETC
    #: Project IDs this project depends on (its open inbound dependencies' counterparties)
    depends_on: list[str] = field(default_factory=list)
    source: str | None = None  # file it came from, for messages
    #: why the cost is unknown when it is not simply missing (Funding Requested typed as
    #: text the reader could not read: never replaced by the ETC)
    cost_problem: str | None = None
    #: a Mandatory cell's text that is neither Y nor N (kept in the sheet, said in notes)
    mandatory_unclear: str | None = None

    @property
    def key(self) -> str:
        return self.project_id.strip().casefold()


NO_WORDS = {"n", "no", "false", "0", ""}
YES_WORDS = {"y", "yes", "true", "1", "x"}


def unclear_flag(value: object) -> str | None:
    """The text of a Mandatory cell that holds neither a yes nor a no word (it is then
    taken as N); None when it is clear or blank."""
    if value is None or isinstance(value, bool):
        return None
    text = f"{value:g}" if isinstance(value, int | float) else str(value).strip()
    return None if text.casefold() in YES_WORDS | NO_WORDS else text


def flag_note(project_id: str, text: str) -> str:
    """What the run's notes say of an unclear Mandatory cell."""
    return (
        f"{project_id}: Mandatory is {text!r}, neither Y nor N; taken as N (not mandatory): "
        "set it to Y or N"
    )


def is_yes(value: object) -> bool:
    """The template's Y/N (and what people type instead) as a flag."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().casefold() in YES_WORDS
    return False


def cost_of(funding_requested: object, etc: float | None) -> tuple[float | None, str | None]:
    """Funding Requested when filled (a number), else the ETC; None when neither is known."""
    if isinstance(funding_requested, int | float) and not isinstance(funding_requested, bool):
        return float(funding_requested), FUNDING
    if etc is None:
        return None, None
    return float(etc), ETC
