"""One row of tblCapacity as a model the shared reader fills."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from addin.models import ITEM_MODELS, Item


class CapacityLine(Item):
    register_key: ClassVar[str] = "capacity"
    person: str | None = None
    role: str | None = None
    team: str | None = None
    month: dt.date | None = None
    available_days: float | None = None


# The shared reader builds each register's rows with the model registered for its key.
ITEM_MODELS.setdefault(CapacityLine.register_key, CapacityLine)
