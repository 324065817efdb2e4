"""This project's report on an earlier year, as a later year's report names it: where the earlier year's table or
measurement is told in full (r32 2021 #8, r33 2021)."""

from __future__ import annotations

from ...config.params import load_params
from ...config.paths import release_ids


def report_on(year: int, helpline: str) -> dict | None:
    """The report on ``year`` of ``helpline`` from published tables (a release of that year, params/<id>.yml): its
    title, publisher and the year it was published, as its own params give them. No web address: none is known, so
    none is claimed (r37 2021 #3). None where there is no such release: a later report then names none."""
    for release in release_ids():
        p = load_params(release)
        if int(p.year) == year and helpline in p.helplines and not p.is_synthetic:
            return {"title": p.title, "publisher": p.publisher.name, "year": str(p.publication_date.year)}
    return None
