"""Andere hulplijnen en vergelijking: a section per helpline with key figures only; channel mix and growth compared."""

from __future__ import annotations

import pandas as pd

from ...analysis import helplines as hl
from ...data import load
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.labels import category_label, measure_label
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, has_published_tables
from ..shared.published import register_key_figures
from . import annex_rows, channel_years, charts, conversion, source_note, story, tables, trend
from .channel_years import fact_of, per_channel
from .comparison import PLURAL, comparison
from .tables import by_year, compared_years, published_table, published_widths, years_also


def applies(params) -> bool:
    return not params.is_synthetic and any(not has_published_tables(h) for h in params.helplines)


def counted_units(helpline_: str, year: int | None = None) -> str:
    """What a helpline counts (data/helplines.csv), in the codebook's words: 'Oproepen en gesprekken'; with ``year``,
    the website's visitors too where that year's key figures give them (r66, r64 TO #4: the chapter of a report of
    this helpline alone holds them: 'Oproepen, gesprekken en websitebezoekers')."""
    units = load.helplines().set_index("helpline").loc[helpline_, "counting_unit"].split("|")
    words = [measure_label(PLURAL[u], "all") for u in units]
    figs = load.key_figures(year, helpline_) if year and load.has_table("key_figures", helpline_, year) else None
    if figs is not None and hl.has_figure(figs, "website_visitors"):
        words.append(measure_label("website_visitors", "all"))
    return fmt.capfirst(" en ".join([", ".join(words[:-1]), words[-1]] if len(words) > 1 else words))


def title(params) -> str:
    if not has_published_tables(params.helplines[0]):
        one = len(params.helplines) == 1
        return counted_units(params.helplines[0], params.year) if one else "Kerncijfers en vergelijking"
    return "Andere hulplijnen" if len(params.helplines) == 1 else SPEC.title


SPEC = ChapterSpec("helplines", "Andere hulplijnen en vergelijking", 60, applies, title_for=title)


def helpline(year: int, helpline_: str, facts: FactSheet, heading: bool = False, last: bool = False) -> Chapter:
    """One helpline's section; ``heading``: under a heading of its own (the chapter has several), and the last
    one ends with the heading of the comparison that follows."""
    meta = load.helplines().set_index("helpline").loc[helpline_]
    figs = load.key_figures(year, helpline_)
    implied = hl.implied_earlier_years(figs, year)
    rows, about = [], {}
    for r in channel_years.in_channel_order(implied, channel_labels()).itertuples():
        if r.basis != "published" and r.preferred:
            how = "the stated exact difference" if r.exact else "the stated rounded change"
            source = Source(
                f"data/{helpline_}/{year}/key_figures.csv",
                "key_figures",
                f"{r.measure} {r.category}, implied by {how} {r.stated:+g}",
            )
            for bound, value in (("low", r.low), ("high", r.high)):
                facts.add(
                    keys.earlier(helpline_, r.measure, r.year, bound, r.category), round(value, 1), "count", source
                )
            if r.category == "all" and not r.exact:
                about.setdefault(r.measure, {})[int(r.year)] = story.about(
                    helpline_, year, r.measure, r.year, r.low, r.high, facts
                )
        if r.basis == "published" or not r.preferred:
            continue  # the annex's table holds derived values only: no second copy of the published table (r20 TO #5)
        rows.append(trend.derived_row(r))
    published = register_key_figures(helpline_, year, figs, facts)
    main = "calls" if hl.has_figure(figs, "calls") else "contacts"
    meaning = story.meaning(helpline_, year, figs, main, facts, implied)
    cut = len(rows)  # the shares of the calls without a conversation go here, once the chapter recorded them
    rows += annex_rows.estimated_rows(meaning, figs, year)  # the ranges of the corona estimates (r21 TO #2)
    mix = hl.channel_mix(figs, main)
    value = {
        k: fact_of(helpline_, figs, k, facts) if hl.has_figure(figs, k) else None
        for k in (
            "calls",
            "conversations",
            "calls_per_day",
            "conversations_per_day",
            "contacts_since_launch",
            "referrals_since_launch",
            "referral_treatment_centre_share",
            "referral_share_since_launch",
            "website_visitors",
            "website_visitors_since_launch",
        )
    }
    mix_source = Source(f"data/{helpline_}/{year}/key_figures.csv", "key_figures", f"{main} per channel / all {main}")
    concerns = figs[figs["measure"] == "concern_share"]
    corona = figs[figs["measure"] == "corona_share"]
    labels = channel_labels()
    channels_ = per_channel(helpline_, year, figs, facts, labels)
    # r33 TO #6: the corona split under the totals; r36 TO #12: a year before corona marked, its note in the text
    table = channel_years.with_corona(channel_years.table(helpline_, year, implied, labels, facts), meaning)
    without, conv, table = conversion.gaps(helpline_, year, figs, implied, facts, labels, table)  # r31 TO #2; r47
    # no conversations per 100 calls, not even in the annex (r28 TO #2, 2021 #3: read as an answer rate)
    # a launch no source states (precision 'inferred': 1712's year from '10 jaar') is never printed (r21 2021 #17)
    stated = not pd.isna(meta["launch_earliest"]) and meta["launch_precision"] != "inferred"
    launched = fmt.date(meta["launch_earliest"], meta["launch_precision"]) if stated else None
    context = {
        "name": meta["name"],
        "heading": heading,
        "after_chart": not heading,  # one helpline: the details after the chart of its years (r16 TO #15)
        "purpose": meta["purpose_nl"],
        "launched": launched,
        "year": str(year),
        "main": fact_of(helpline_, figs, main, facts),
        "main_label": measure_label(main, "all"),
        "main_changes": trend.changes(helpline_, figs, main, implied, facts),
        "value": value,
        "without": without,
        "conversion": conv,
        "by_channel": channel_years.by_channel(helpline_, year, figs, implied, labels, facts),  # this year first
        "meaning": meaning,
        "before_corona": channel_years.before_corona(table),
        "table_estimates": channel_years.estimated(table),  # r37 (r36 TO #8): the note on '≈' under the table
        "table_ranges": channel_years.ranged(table),  # r39 (r38 TO #13)
        "none_mark": channel_years.NONE,
        "source": source_note.in_words(helpline_, year),  # r44 (r43 TO #8): a source line under the figure, tables
        "source_short": source_note.short(source_note.in_words(helpline_, year)),  # r52: after its first, full line
        "per_channel": channels_,
        "conversation_changes": trend.changes(helpline_, figs, "conversations", implied, facts),
        "website_changes": trend.changes(helpline_, figs, "website_visitors", implied, facts),
        "mix": [
            {
                "label": channel_labels()[r.channel],
                "share": facts.add(
                    keys.channel_share_of(helpline_, r.channel, main), r.share_pct, "percent", mix_source
                ),
                # the published count beside its share, where no sentence per channel gives it (review r14, 2021 #18)
                "count": None
                if channels_ or not hl.has_figure(figs, f"{main}_{r.channel}")
                else fact_of(helpline_, figs, f"{main}_{r.channel}", facts),
            }
            for r in mix.sort_values("share_pct", ascending=False).itertuples()
        ],
        "concerns": [
            {"label": category_label(c.category), "share": facts.get(keys.fact_key(helpline_, c)[0])}
            for c in concerns.itertuples()
        ],
        "concerns_total": None
        if concerns.empty
        else facts.add(
            keys.concerns_listed_share(helpline_),
            concerns["value"].sum(),
            "percent",
            Source(f"data/{helpline_}/{year}/key_figures.csv", "key_figures", "sum of the concern shares"),
        ),
        "corona": None
        if corona[corona["reference_year"].isna()].empty
        else {
            "share": facts.get(keys.fact_key(helpline_, corona[corona["reference_year"].isna()].iloc[0])[0]),
            "before": [
                {"year": str(int(c.reference_year)), "share": facts.get(keys.fact_key(helpline_, c)[0])}
                for c in corona.dropna(subset=["reference_year"]).itertuples()
            ],
        },
    }
    rows[cut:cut] = annex_rows.gap_rows(helpline_, year, implied, facts, labels)  # r37 (r36 TO #2), the text's
    return Chapter.written(
        text.sections("chapters/helplines/text.md", facts=facts, part="helpline", **context),
        {
            "years": by_year(implied, facts, helpline_),
            "years_all": pd.DataFrame(rows),
            "published": published,
            "channels": table,
        },
        {
            "mix": mix,
            "implied": implied,
            "main": main,
            "about": about,
        },
    )


def channel_labels() -> dict[str, str]:
    return load.codebook("channels").set_index("channel")["label_nl"].to_dict()


def build(year: int, helplines_: list[str], facts: FactSheet) -> dict[str, Chapter]:
    """A section for every helpline of the report that has only key figures."""
    own = [h for h in helplines_ if not has_published_tables(h)]
    sections = {h: helpline(year, h, facts, heading=len(own) > 1, last=h == own[-1]) for h in own}
    if len(sections) != 1:
        why = "several helplines with key figures only: the comparison shows them side by side"
        facts.nothing_to_show("fig-helpline-years", why if sections else "no helpline with key figures only")
    return sections


def whole(year: int, helplines_: list[str], facts: FactSheet) -> Chapter:
    """The chapter as its notebook shows it: a section for every helpline with key figures only, their years (table
    and figure), then the comparison of the report's helplines."""
    sections = build(year, helplines_, facts)
    # the report's one helpline with a table per channel: its totals are that table's last rows, no second table of
    # the same years (r22 TO #2: Tabel 3 repeated Figuur 1 and Tabel 2)
    merged = len(helplines_) == len(sections) == 1 and not next(iter(sections.values())).tables["channels"].empty
    if merged:
        facts.nothing_to_show("tbl-helpline-years", "one helpline: its totals per year are the channel table's rows")
    if merged:  # r28 TO #11: its rows are the key figures' table and the channel table's, said again
        facts.nothing_to_show("tbl-appendix-helpline-published", "one helpline: the key figures and its channel table")
    compared = comparison(year, helplines_, facts, merged)
    # the table per channel stands in the section of its helpline (r21 2021 #13): the sections after the last one
    # with such a table follow it
    with_table = [i for i, c in enumerate(sections.values()) if not c.tables["channels"].empty]
    cut = with_table[-1] + 1 if with_table else len(sections)
    texts = [c.section("helpline") for c in sections.values()]
    return Chapter.written(
        {
            "helpline": tuple(texts[:cut]),
            "details": tuple(c.section("details") for c in sections.values()),
            # after the table per channel, the other helplines' sections, then the comparison's heading and lead-in,
            # before its figures (r20 2021 #4)
            # what the figures do not say closes its helpline's story, after the table per channel (r24 TO #14)
            "comparison": (
                *(c.section("comparison") for c in sections.values() if c.section("comparison").strip()),
                *texts[cut:],
                compared.section("comparison"),
            ),
            "years_note": compared.section("years_note"),
            "published_note": "" if merged else compared.section("published_note"),
        },
        {
            "years": None if merged else compared_years(year, helplines_, sections, facts),
            "years_all": channel_years.years_all(year, helplines_, sections),  # r36 (r35 2021 #14): 1712's 2019 too
            "channels": channel_years.of_sections(sections),
            "published": None if merged else published_table(year, helplines_, ""),
        },
        {
            **compared.data,
            "sections": sections,
            "year": year,
            "base_year": str(year - 2),
            "counted": tables.counted(sections),
            "years_also": years_also(year, sections),
            **tables.captioned(sections, helplines_),  # whose the tables are, in their captions (r20 2021 #4)
        },
        SHOWN,
        SPEC.captions,
    )


SHOWN = (
    Text("helpline"),
    charts.YEARS,
    # no chart of the share of calls 'that became a conversation' (r20 TO #1: read as an answer rate)
    Text("details"),
    # the table per channel in its helpline's section (r21 2021 #13); then the other helplines' sections and, several
    # helplines, the comparison's heading and lead-in, before its figures and tables (r20 2021 #4)
    Table("tbl-helpline-channels", "tbl_helpline_channels", "channels"),
    Text("comparison"),
    # r54 (2021 #2): the counts per year (their marker's note under them) before the figures; after them it left p.10
    Table("tbl-helpline-years", "tbl_helpline_years", "years"),
    Text("years_note"),
    charts.MIX,
    charts.GROWTH,
    Table(
        "tbl-appendix-helpline-years",
        "tbl_appendix_helpline_years",
        "years_all",
        tables.years_all_widths,
    ),
    Table(
        "tbl-appendix-helpline-published",
        "tbl_appendix_helpline_published",
        "published",
        published_widths,
        lead="published_note",  # how to read it (r19 TO #5)
    ),
)
