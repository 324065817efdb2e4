"""Which year a chapter's detailed figures are from, when not the report's: its heading says it (r24 2021 #2).

A release whose year has key figures only may show an earlier year's tables (age, context, months). The heading of
such a chapter or section, and so the table of contents, names that year; report.qmd words it. Read from the facts
each chapter recorded: the years of the published tables (not the key figures) behind them, in data/<helpline>/<year>/.
"""

from __future__ import annotations

import re

DETAIL = re.compile(r"data/[^/]+/(\d{4})/(?!key_figures\.csv)[^/]+\.csv")
ANY = re.compile(r"data/[^/]+/(\d{4})/[^/]+\.csv")
ACROSS = re.compile(r"data/[^/]+\.csv")  # a file across years and helplines (campaigns.csv, events.csv)
IN_YEAR = re.compile(r"\bin (\d{4})\b")  # its selection of one year's items, 'start in 2021'


def data_year(facts: dict, chapter: str, year: int) -> dict | None:
    """None when the chapter's detailed figures are the report's year's (or it has none); else the latest earlier
    year they are from (``year``) and whether the report's year has figures in the chapter too (``partly``)."""
    files = [(f.get("source") or {}).get("file") or "" for f in facts.values() if f.get("notebook") == chapter]
    detail = {int(y) for file in files for y in DETAIL.findall(file)}
    if not detail or year in detail or max(detail) > year:
        return None
    # a fact comparing the earlier year with the report's names the earlier year's file first: not the year's own
    own = {int(m.group(1)) for file in files if (m := ANY.match(file.split(",")[0].strip()))}
    # a measure dated in the year is the year's own too: a chapter on what was done then is not the earlier year's
    # (r28 2021 #5: 'Bereikbaarheid en capaciteit (cijfers 2020)' over mostly the year's measures)
    dated = [str(f.get("value")) for f in facts.values() if f.get("notebook") == chapter and f.get("unit") == "date"]
    own |= {int(d[:4]) for d in dated if d[:4].isdigit()}
    # a table of the year's own items from a file across years (campaigns.csv: 'start in 2021') is the year's too: a
    # chapter on the year's campaigns is not the earlier year's (r30 2021 #4: 'Campagnes (cijfers 2020)')
    sources = [f.get("source") or {} for f in facts.values() if f.get("notebook") == chapter]
    own |= {
        int(y)
        for s in sources
        if ACROSS.fullmatch(s.get("file") or "")
        for y in IN_YEAR.findall(s.get("selection") or "")
    }
    return {"year": str(max(detail)), "partly": year in own}


def with_data_years(reading: list[dict], facts: dict, year: int) -> list[dict]:
    """The reading chapters (Release.reading) with each chapter's and section's data year (data_year). A chapter
    only when all its figures are the earlier year's: one partly so says the year in each caption and lead-in, its
    heading (the running head of its pages) stays short; a section says 'partly' too."""
    return [
        {
            **c,
            "data_year": None if (d := data_year(facts, c["name"], year)) is None or d["partly"] else d,
            "sections": [{**s, "data_year": data_year(facts, s["name"], year)} for s in c["sections"]],
        }
        for c in reading
    ]
