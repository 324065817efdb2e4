"""A helpline's calls and conversations per channel and year, and the share of calls that became a conversation, as one
small table (review r15, Tele-Onthaal #6: eight percentages in one paragraph could not be compared); and each channel's
conversations this year against last year first, then the two years before (r20 TO #2). Every value a recorded fact:
a published count, or the round figure the range of a derived count allows ('≈ 105.100')."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from ...analysis import helplines as hl
from ...data import history, load
from ...facts import FactSheet, Source, keys
from ...maths.intervals import about_count, rounding_interval
from ...presentation import fmt
from ..shared.base import has_published_tables
from . import story, trend
from .tables import ABOUT, short_names, years_table

MEASURES = ("calls", "conversations")


def _source(helpline: str, year: int, selection: str) -> Source:
    return Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", selection)


def fact_of(helpline: str, figs: pd.DataFrame, figure_key: str, facts: FactSheet):
    """The recorded fact of a published key figure (by its key_figures.csv key)."""
    return facts.get(keys.fact_key(helpline, figs[figs["key"] == figure_key].iloc[0])[0])


def share_of(helpline: str, year: int, part: str, whole: str, figs: pd.DataFrame, facts: FactSheet):
    """One published figure as a share of another, recorded (None when either is not published)."""
    if not (hl.has_figure(figs, part) and hl.has_figure(figs, whole)):
        return None
    return facts.add(
        keys.share_of(helpline, part, whole),
        hl.figure(figs, part) / hl.figure(figs, whole) * 100,
        "percent",
        Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"{part} / {whole} x 100"),
    )


def per_channel(helpline: str, year: int, figs: pd.DataFrame, facts: FactSheet, labels: dict) -> list[dict]:
    """Per channel, how many calls became a conversation, where both counts are published for the channel
    (a helpline that counts calls and conversations): the helpline's profile."""
    out = []
    for channel, label in labels.items():
        calls, talks = f"calls_{channel}", f"conversations_{channel}"
        share = share_of(helpline, year, talks, calls, figs, facts)
        if share is not None:
            out.append(
                {
                    "label": label,
                    "share": share,
                    "calls": fact_of(helpline, figs, calls, facts),
                    "conversations": fact_of(helpline, figs, talks, facts),
                    "calls_changes": trend.stated_changes(helpline, figs, "calls", channel, facts),
                    "conversations_changes": trend.stated_changes(helpline, figs, "conversations", channel, facts),
                }
            )
    return out if len(out) > 1 else []


def _about(helpline: str, year: int, row, facts: FactSheet):
    """A derived count of one channel and year as every such count prints it (maths.intervals.about_count: '105.100',
    review r16 TO #8; to tens where hundreds would leave its range, so that it recomputes to the published change,
    r24 TO #3), recorded once."""
    key = keys.earlier(helpline, row.measure, int(row.year), "about", row.category)
    if key in facts:
        return facts.get(key)
    selection = f"{row.measure}_{row.category} {row.year}: about_count of its derived range"
    return facts.add(key, about_count(row.low, row.high), "count", _source(helpline, year, selection))


def _count(helpline: str, year: int, row, facts: FactSheet) -> str:
    """A count of one channel and year as the table prints it: exact, or '≈' and its middle rounded to hundreds, every
    back-calculated count alike (r26 TO #14: '≈ 78.960' beside '≈ 105.100' looked more exact than it is)."""
    if row.exact:
        return fmt.number(row.low)
    key = keys.earlier(helpline, row.measure, int(row.year), "about_hundreds", row.category)
    if key not in facts:
        selection = f"{row.measure}_{row.category} {row.year}: middle of its derived range, to hundreds"
        facts.add(key, int(round((row.low + row.high) / 200) * 100), "count", _source(helpline, year, selection))
    return f"{ABOUT}{fmt.number(facts.get(key))}"


def by_channel(helpline: str, year: int, figs: pd.DataFrame, implied: pd.DataFrame, labels: dict, facts: FactSheet):
    """Per channel, its conversations this year against last year first (r20 TO #2: 'grew fastest since 2019' read as
    growth in a year it stayed level): the published count and change, whether that change stays within
    LEVEL_PCT as far as its rounding allows, and the round counts of the two years before; largest channel first.
    Empty unless every channel of the helpline states a change against last year."""
    rows = implied[implied["preferred"] & (implied["measure"] == "conversations")].set_index(["category", "year"])
    stated = figs[(figs["measure"] == "conversations") & (figs["unit"] == "pct_change")]
    out = []
    for channel, label in labels.items():
        change = stated[(stated["category"] == channel) & (stated["reference_year"] == year - 1)]
        if change.empty or not {(channel, year - 1), (channel, year - 2)} <= set(rows.index):
            continue
        c = change.iloc[0]
        old = oldest_change(stated[stated["category"] == channel], year)
        allowed = rounding_interval(c.value, int(c.decimals))
        before, earlier = (
            SimpleNamespace(**rows.loc[(channel, y)], category=channel, year=y) for y in (year - 1, year - 2)
        )
        out.append(
            {
                "label": label,
                "count": facts.get(keys.channel_count(helpline, channel, "conversations")),
                "change": facts.get(keys.fact_key(helpline, c)[0]),
                "decimals": int(c.decimals),
                "level": -hl.LEVEL_PCT <= allowed.low and allowed.high <= hl.LEVEL_PCT,
                "before": _about(helpline, year, before, facts),
                "earlier": _about(helpline, year, earlier, facts),
                "since": since(old, None if old is None else facts.get(keys.fact_key(helpline, old)[0])),
                "share": conversation_share(helpline, year, figs, rows, channel, old, facts),
                "calls_since": _calls_since(helpline, figs, channel, old, facts),
                "calls_change": _calls_change(helpline, figs, channel, c, facts),  # r38 (r37 TO #2): against last year
            }
        )
    out.sort(key=lambda c: -c["count"])
    return out if len(out) > 1 else []


def conversation_share(helpline: str, year: int, figs: pd.DataFrame, rows: pd.DataFrame, channel: str, old, facts):
    """A channel's share of all conversations this year and in the oldest year compared (r25 TO #12: 'nam het aandeel
    van chat toe' without its numbers), that one by the chapter's one rule for a derived share; None without both."""
    talks = f"conversations_{channel}"
    if old is None or not hl.has_figure(figs, talks) or not hl.has_figure(figs, "conversations"):
        return None
    first = int(old.reference_year)
    if not {(channel, first), ("all", first)} <= set(rows.index):
        return None
    part, whole = rows.loc[(channel, first)], rows.loc[("all", first)]
    low, high = part["low"] / whole["high"] * 100, part["high"] / whole["low"] * 100
    src = _source(
        helpline, year, f"{talks} / conversations x 100 ({first}: from the derived ranges, as a share prints)"
    )
    return {
        "year": str(first),
        "before": facts.add(
            keys.channel_share_of(helpline, channel, "conversations", first),
            story.share_about(low, high),
            "percent",
            src,
        ),
        "decimals": story.share_decimals(low, high),
        "previous": _previous_share(helpline, year, rows, channel, facts),
        "now": facts.add(
            keys.channel_share_of(helpline, channel, "conversations"),
            hl.figure(figs, talks) / hl.figure(figs, "conversations") * 100,
            "percent",
            src,
        ),
    }


def _previous_share(helpline: str, year: int, rows: pd.DataFrame, channel: str, facts) -> float | None:
    """The channel's share of the conversations last year, from the derived ranges (r26 TO #7: the chat share rose
    in 2020 and then stayed): None where either range is missing or the share does not print to one decimal."""
    if not {(channel, year - 1), ("all", year - 1)} <= set(rows.index):
        return None
    part, whole = rows.loc[(channel, year - 1)], rows.loc[("all", year - 1)]
    low, high = part["low"] / whole["high"] * 100, part["high"] / whole["low"] * 100
    if story.share_decimals(low, high) != 1:
        return None
    src = _source(helpline, year, f"conversations_{channel} / conversations x 100 ({year - 1}: derived ranges)")
    return facts.add(
        keys.channel_share_of(helpline, channel, "conversations", year - 1),
        story.share_about(low, high),
        "percent",
        src,
    )


def _calls_since(helpline: str, figs: pd.DataFrame, channel: str, old, facts) -> float | None:
    """The channel's published change of its calls against the same oldest year (r26 TO #7: chat calls grew 21,8 %,
    beside its conversations' 39,7 %); None where the source states none."""
    if old is None:
        return None
    stated = figs[(figs["measure"] == "calls") & (figs["unit"] == "pct_change") & (figs["category"] == channel)]
    row = stated[stated["reference_year"] == old.reference_year]
    return None if row.empty else facts.get(keys.fact_key(helpline, row.iloc[0])[0])


def _calls_change(helpline: str, figs: pd.DataFrame, channel: str, ref, facts) -> dict | None:
    """The channel's published change of its calls against ``ref``'s year, with the decimals it was published with
    (r37 TO #2: the changes against last year per channel); None where the source states none."""
    stated = figs[(figs["measure"] == "calls") & (figs["unit"] == "pct_change") & (figs["category"] == channel)]
    row = stated[stated["reference_year"] == ref.reference_year]
    if row.empty:
        return None
    return {"value": facts.get(keys.fact_key(helpline, row.iloc[0])[0]), "decimals": int(row.iloc[0].decimals)}


def oldest_change(stated: pd.DataFrame, year: int):
    """A channel's published change against the oldest year it is compared with, before last year (r21 TO #1: the
    published change since 2019 leads the channel story, not the derived counts of the years between): its row of
    key_figures.csv; None where the source states none."""
    older = stated[stated["reference_year"] < year - 1].sort_values("reference_year")
    return None if older.empty else older.iloc[0]


def since(row, change) -> dict | None:
    """The change since the oldest year as the text says it (``change``: its recorded fact)."""
    if row is None:
        return None
    return {
        "year": str(int(row.reference_year)),
        "change": change,
        "decimals": int(row.decimals),
        "rose": row.value > 0,
    }


def in_channel_order(implied: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """The derived values per measure (in their order), the total first, then the channels in the codebook's order:
    telephone before chat in every table (r25 TO #14: the annex's table had chat first)."""
    measures = {m: i for i, m in enumerate(dict.fromkeys(implied["measure"]))}
    channels = {c: i for i, c in enumerate(["all", *labels])}
    order = implied.assign(
        _m=implied["measure"].map(measures), _c=implied["category"].map(channels).fillna(len(channels))
    )
    return order.sort_values(["_m", "_c", "year"], kind="stable").drop(columns=["_m", "_c"])


TOTAL = "totaal"  # the row of both channels together: the chapter's one table of the years (r22 TO #2, Tabel 3 merged)


def table(helpline: str, year: int, implied: pd.DataFrame, labels: dict, facts: FactSheet):
    """One row per channel and measure, each named by both ('telefoon – oproepen': a card on a phone says what it
    holds, r22 TO #14), then the totals; a column per year. No share of calls that became a conversation: read as an
    answer rate (r22 TO #5, 2021 #7), nor in the annex (r28 TO #2). An empty frame without counts per channel."""
    rows = implied[implied["preferred"] & implied["measure"].isin(MEASURES)]
    out = []
    for channel, label in [*labels.items(), ("all", TOTAL)]:
        own = rows[rows["category"] == channel]
        if own["measure"].nunique() < len(MEASURES):
            continue
        for measure, words in (("calls", "oproepen"), ("conversations", "gesprekken")):
            line = {"Cijfer": f"{label} – {words}"}
            for r in own[own["measure"] == measure].sort_values("year").itertuples():
                line[str(r.year)] = _count(helpline, year, r, facts)
            out.append(line)
    if not any(line["Cijfer"].startswith(f"{label} – ") for label in labels.values() for line in out):
        return pd.DataFrame()  # totals alone: no table per channel
    return pd.DataFrame(out).fillna("")


# r44 (r43 TO #11): the rows under 'totaal – gesprekken' said as its parts, in the text's word (coronagerelateerd);
# r47 (r46 TO #10): labelled as totals, as the row above: not split by channel
PARTS = {"corona": f"{TOTAL} – coronagerelateerde gesprekken", "other": f"{TOTAL} – andere gesprekken"}
NONE = "–"  # a year before corona: no conversations about corona (r36 TO #12), its note under the table


def with_corona(table_: pd.DataFrame, meaning: dict | None) -> pd.DataFrame:
    """r33 TO #6: the chapter's headline beside its counts: two rows under the totals, the conversations about
    corona and the other conversations in the year before and this year, each as the text prints it (an estimate:
    '≈'); the table unchanged without that split. r36 TO #12: a year before the first corona year (the source's first
    corona share the year before, analysis.helplines.stayed_at_level: first_corona) has none about corona ('–') and
    all its conversations as the other ones; any other year without a share about corona stays empty (not zero)."""
    split = (meaning or {}).get("corona") and meaning["corona"].get("split")
    if table_.empty or not split:
        return table_
    years = {"before": meaning["previous"], "now": str(int(meaning["previous"]) + 1)}
    level = meaning.get("high_level") or {}
    first = int(meaning["previous"]) if level.get("first_corona") else None
    totals = table_[table_["Cijfer"] == f"{TOTAL} – gesprekken"]
    rows = []
    for part, words in PARTS.items():
        line = {"Cijfer": words}
        for column in [c for c in table_.columns if first and c.isdigit() and int(c) < first and not totals.empty]:
            line[column] = NONE if part == "corona" else totals.iloc[0][column]
        for when, column in years.items():
            v = split[f"{part}_{when}"]
            between = ("between_low", "between_high") if "between_low" in v else ("low", "high")
            # r37 (r36 TO #11): a wide range beside its 'ongeveer' count, as the text says it: '≈ 13.600 (13.000 tot
            # 14.200)', not a bare range beside '≈ 25.500'
            single = v.get("about", split.get(f"{part}_{when}_about"))
            shown = " tot ".join(fmt.number(v[b]) for b in between) if "about" not in v else ""
            # r39 (r38 TO #13): the range beside the count made the column too wide: the count alone, its range in
            # the note under the table (text.md, from the same recorded split)
            line[column] = f"{ABOUT}{fmt.number(single)}" if single else shown
        rows.append(line)
    return pd.concat([table_, pd.DataFrame(rows)], ignore_index=True).fillna("")


def before_corona(table_: pd.DataFrame) -> list[str]:
    """The years the table marks as before corona ('–' about corona), for the note under it."""
    if table_.empty or "Cijfer" not in table_:
        return []
    corona = table_[table_["Cijfer"] == PARTS["corona"]]
    return [c for c in table_.columns if not corona.empty and corona.iloc[0][c] == NONE]


# whose, in the caption (r20 2021 #4), without a second colon after 'Tabel 2:' (r34 TO #13); what '≈' and a range
# are, in the note under the table (r37, r36 TO #8: '(≈ of een bereik: schatting)' was cryptic)


def estimated(table_: pd.DataFrame) -> bool:
    """Whether the table shows an estimate ('≈', or a range 'tot'), for the note under it that says what they are."""
    cells = table_.drop(columns=["Cijfer"], errors="ignore").astype(str).to_numpy().ravel()
    return any(ABOUT in c or " tot " in c for c in cells)


def ranged(table_: pd.DataFrame) -> bool:
    """Whether a cell of the table shows a range ('… tot …'), for the note under it (r39, r38 TO #13)."""
    cells = table_.drop(columns=["Cijfer"], errors="ignore").astype(str).to_numpy().ravel()
    return any(" tot " in c for c in cells)


def of_sections(sections: dict) -> pd.DataFrame:
    """The table of the one helpline section with counts per channel; several: one after the other, each named."""
    shown = {h: c.tables["channels"] for h, c in sections.items() if not c.tables["channels"].empty}
    if len(shown) < 2:
        return next(iter(shown.values()), pd.DataFrame())
    return pd.concat([t.assign(Hulplijn=h) for h, t in shown.items()], ignore_index=True)


def years_all(year: int, helplines_: list[str], sections: dict) -> pd.DataFrame:
    """The annex's table of values derived for earlier years, the release's helplines in order: each key-figures-only
    helpline's section table, and for a helpline with tables of its own the earlier years no table of the release
    gives, derived from its published changes by the same rule (r35 2021 #14: 1712's 2019, ≈ 5.420, used in the
    charts and tables of the years, was missing)."""
    labels = load.codebook("channels").set_index("channel")["label_nl"].to_dict()
    frames = {}
    for h in helplines_:
        if h in sections:
            frames[h] = sections[h].tables["years_all"]
        elif has_published_tables(h) and load.has_table("key_figures", h, year):
            own = set(history.table_totals(h, year))  # years the release counts from tables, exactly
            implied = in_channel_order(hl.implied_earlier_years(load.key_figures(year, h), year), labels)
            kept = [r for r in implied.itertuples() if r.basis != "published" and r.preferred and r.year not in own]
            frames[h] = pd.DataFrame([trend.derived_row(r) for r in kept])
    frames = {h: f for h, f in frames.items() if not f.empty}
    if not set(frames) - set(sections):
        return years_table(sections, "years_all")
    names = short_names()
    table = pd.concat([f.assign(Hulplijn=names[h]) for h, f in frames.items()], ignore_index=True)
    return table[["Hulplijn", *(c for c in table.columns if c != "Hulplijn")]]
