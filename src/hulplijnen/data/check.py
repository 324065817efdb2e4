"""One reconciliation check: what is compared, the two values, and whether it holds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    check_id: str
    file: str
    description: str
    stated: float | None
    computed: float | None
    holds: bool

    @property
    def gap(self) -> float | None:
        if self.stated is None or self.computed is None:
            return None
        return self.computed - self.stated


def data_path(helpline: str, year: int, table: str) -> str:
    return f"data/{helpline}/{year}/{table}.csv"
