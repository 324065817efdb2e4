"""A helpline's calls and conversations per channel and year, and the share of calls that became a conversation, as one
small table (review r15, Tele-Onthaal #6: eight percentages in one paragraph could not be compared); and the growth of
the conversations per channel in numbers beside the percentage, so 'procentueel het sterkst via chat' does not hide
that phone grew more in numbers. Every value a recorded fact: a published count, or the round figure the range of a
derived count allows ('≈ 105.100')."""

from __future__ import annotations

import pandas as pd

from ...facts import FactSheet, Source, keys
from ...maths.intervals import about_count
from ...presentation import fmt
from .story import _trend, two_figures
from .tables import ABOUT

MEASURES = ("calls", "conversations")


def _source(helpline: str, year: int, selection: str) -> Source:
    return Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", selection)


def _count(helpline: str, year: int, row, facts: FactSheet) -> str:
    """A count of one channel and year as the table prints it: exact, or '≈' its range as every such count
    (maths.intervals.about_count: '≈ 79.000', not '78.960' beside '105.100', review r16 TO #8)."""
    if row.exact:
        return fmt.number(row.low)
    selection = f"{row.measure}_{row.category} {row.year}: about_count of its derived range"
    about = facts.add(
        keys.earlier(helpline, row.measure, int(row.year), "about", row.category),
        about_count(row.low, row.high),
        "count",
        _source(helpline, year, selection),
    )
    return f"{ABOUT}{fmt.number(about)}"


def table(helpline: str, year: int, implied: pd.DataFrame, conversions: list[dict], labels: dict, facts: FactSheet):
    """Kanaal x (oproepen, gesprekken, deel dat een gesprek werd) x year; an empty frame without counts per channel."""
    rows = implied[implied["preferred"] & (implied["category"] != "all") & implied["measure"].isin(MEASURES)]
    shares = {c["label"]: {y["year"]: y for y in c["years"]} for c in conversions}
    out = []
    for channel, label in labels.items():
        own = rows[rows["category"] == channel]
        if own["measure"].nunique() < len(MEASURES):
            continue
        for measure, words in (("calls", "oproepen"), ("conversations", "gesprekken")):
            line = {"Kanaal": label, "Cijfer": words}
            for r in own[own["measure"] == measure].sort_values("year").itertuples():
                line[str(r.year)] = _count(helpline, year, r, facts)
            out.append(line)
        line = {"Kanaal": label, "Cijfer": "deel dat een gesprek werd"}
        for y, s in shares.get(label, {}).items():
            line[y] = _share(s)
        out.append(line)
    return pd.DataFrame(out).fillna("")


def _share(y: dict) -> str:
    """A share of one channel and year as the table prints it, by the chapter's one rule (story.share_decimals): an
    exact one with one decimal; a derived one with the decimals its range pins, '≈' where that is none."""
    if y["exact"]:
        return fmt.pct(y["low"], 1)
    return fmt.pct(y["about"], 1) if y["decimals"] else f"{ABOUT}{fmt.pct(y['about'], 0)}"


def added(helpline: str, year: int, implied: pd.DataFrame, labels: dict, facts: FactSheet, since: str) -> list[dict]:
    """Per channel, how many more conversations than in ``since`` (to two significant figures, from the published
    count and the middle of the derived earlier range), largest first; empty without both counts."""
    rows = implied[implied["preferred"] & (implied["measure"] == "conversations")]
    out = []
    for channel, label in labels.items():
        now = rows[(rows["category"] == channel) & (rows["year"] == year)]
        then = rows[(rows["category"] == channel) & (rows["year"] == int(since))]
        if now.empty or then.empty:
            continue
        more = float(now.iloc[0].low) - (float(then.iloc[0].low) + float(then.iloc[0].high)) / 2
        selection = f"conversations_{channel} {year} - middle of the derived {since} range, to two significant figures"
        out.append(
            {
                "label": label,
                "count": facts.add(
                    keys.earlier(helpline, "conversations_added", int(since), "about", channel),
                    two_figures(more),
                    "count",
                    _source(helpline, year, selection),
                ),
            }
        )
    return sorted(out, key=lambda a: -a["count"])


CAPTION = "Oproepen en gesprekken per kanaal (≈: afgeleid uit een afgeronde wijziging)"


def of_sections(sections: dict) -> pd.DataFrame:
    """The table of the one helpline section with counts per channel; several: one after the other, each named."""
    shown = {h: c.tables["channels"] for h, c in sections.items() if not c.tables["channels"].empty}
    if len(shown) < 2:
        return next(iter(shown.values()), pd.DataFrame())
    return pd.concat([t.assign(Hulplijn=h) for h, t in shown.items()], ignore_index=True)


def conversion_frame(conversions: list[dict], labels: dict) -> pd.DataFrame:
    """The conversions per channel and year for the chart (columns year, channel, low, high, exact, decimals): an
    exact share as it is, a derived one at the value the text and the table print, with as many decimals."""
    channel_of = {label: channel for channel, label in labels.items()}
    rows = [
        {
            "year": int(y["year"]),
            "channel": channel_of[c["label"]],
            "low": float(y["low"] if y["exact"] else y["about"]),
            "high": float(y["high"] if y["exact"] else y["about"]),
            "exact": bool(y["exact"]),
            "decimals": int(y["decimals"]),  # the bar's label as precise as the text (r19 TO #3)
        }
        for c in conversions
        for y in c["years"]
    ]
    return pd.DataFrame(rows, columns=["year", "channel", "low", "high", "exact", "decimals"])


def conversion_trends(conversions: list[dict]) -> list[dict]:
    """What the chart of the conversions shows, as facts for its caption (review r16, TO #10; the words are text.md's,
    block conversion_caption, r19 TO #4): per channel its label, the year its trend runs from, and the trend of its
    share between its first and its last year ('rose', 'fell', 'same' within what rounding allows, or None)."""
    return [
        {
            "label": c["label"],
            "since": c["years"][0]["year"],
            "trend": _trend(c["years"][0]["range"], c["years"][-1]["range"]),
        }
        for c in conversions
    ]


def message_of(sections: dict) -> str:
    """The caption's words of the one helpline section with conversions per channel ('' without one)."""
    return next((c.data["conversion_message"] for c in sections.values() if not c.data["conversion"].empty), "")
