"""r66 (r64 demo #7): the words a report of exact counts compares them with ('ongeveer even hoog', 'afgerond
evenveel', 'sterk toe'), for the Methods' paragraph on what 'ongeveer even groot' means (report/methods.md): the
same limit as the other releases' rule (data.statements.ABOUT_THE_SAME_POINTS, in percent for counts, as the helplines
chapter's 'Wijzigingen van aantallen'), and the step the monthly chapters call 'sterk toe' (within_year.GREW_TIMES)."""

from __future__ import annotations

from ..chapters.shared.within_year import GREW_TIMES
from ..data.statements import ABOUT_THE_SAME_POINTS


def compared_counts(facts: dict) -> dict | None:
    """What the Methods say of compared counts, where a chapter sets one month's count beside the months before it
    (capacity.demand: 'ligt ongeveer even hoog als'); None in a release that does not."""
    if not any(k.endswith(".demand.last_before_calls") for k in facts):
        return None
    stepped = any(k.endswith(".step_month") for k in facts)
    rounded = any(k.endswith(".staffing.logged_in_hours") for k in facts)  # 'afgerond, evenveel' (capacity/staffing.md)
    return {"limit": ABOUT_THE_SAME_POINTS, "grew": GREW_TIMES if stepped else None, "rounded": rounded}
