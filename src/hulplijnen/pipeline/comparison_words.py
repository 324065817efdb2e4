"""r66 (r64 demo #7): the words a report of exact counts compares them with ('ongeveer even hoog', 'afgerond
evenveel', 'sterk toe'), for the Methods' paragraph on what 'ongeveer even groot' means (report/methods.md): the
same limit as the other releases' rule (data.statements.ABOUT_THE_SAME_POINTS, in percent for counts, as the helplines
chapter's 'Wijzigingen van aantallen'), and the step the monthly chapters call 'sterk toe' (within_year.GREW_TIMES)."""

from __future__ import annotations

from ..chapters.shared.within_year import GREW_TIMES
from ..data.statements import ABOUT_THE_SAME_POINTS


def compared_counts(facts: dict, year: int | str) -> dict | None:
    """What the Methods say of compared counts: the limit where a chapter sets one month's count beside the months
    before it (capacity.demand: 'ligt ongeveer even hoog als'), and the step where a chapter says a channel 'nam sterk
    toe' in the report's year (within_year.stepped_up's own step: a step month of that year; an earlier year's step
    is told as 'groeide al' or 'nam toe'); None in a release that says neither."""
    compared = any(k.endswith(".demand.last_before_calls") for k in facts)
    stepped = any(k.endswith(".step_month") and str(v["value"])[:4] == str(year) for k, v in facts.items())
    if not compared and not stepped:
        return None
    rounded = any(k.endswith(".staffing.logged_in_hours") for k in facts)  # 'afgerond, evenveel' (capacity/staffing.md)
    return {
        "limit": ABOUT_THE_SAME_POINTS if compared else None,
        "grew": GREW_TIMES if stepped else None,
        "rounded": compared and rounded,
    }
