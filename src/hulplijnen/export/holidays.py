"""Belgium's ten public holidays of a year (wettelijke feestdagen, Koninklijk Besluit van 18 april 1974): seven on
a fixed date and three counted from Easter Sunday (dateutil's Western Easter). The synthetic export closes the
phone and chat lines on them, as on weekends; the registration chapter names the days it does not publish by them."""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter

FIXED = ((1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25))  # New Year ... Christmas (month, day)
FROM_EASTER = (1, 39, 50)  # Easter Monday, Ascension Day, Whit Monday: days after Easter Sunday


def public_holidays(year: int) -> frozenset[dt.date]:
    sunday = easter(year)
    return frozenset([dt.date(year, m, d) for m, d in FIXED] + [sunday + dt.timedelta(days=n) for n in FROM_EASTER])
