"""The helplines chapter's tables over several helplines: the years of each (the chapter's and the annex's), and every
key figure published for the year (the annex)."""

from __future__ import annotations

import math

import pandas as pd

from ...analysis import helplines as hl
from ...data import load, quality
from ...facts import FactSheet, Source, keys
from ...maths.intervals import about_count, implied_base
from ...presentation import fmt
from ...presentation.labels import base_label, measure_label
from ..shared.base import Chapter, has_published_tables
from ..shared.published import key_figure_value, key_figures_table

# a count or share known only from a rounded change: marked, so the year columns stay numbers and line up (r19 TO
# #18); the caption says what the mark means
ABOUT = "≈\u00a0"


def short_names() -> dict[str, str]:
    return load.helplines().set_index("helpline")["short_name"].to_dict()


def years_table(sections: dict[str, Chapter], table: str = "years") -> pd.DataFrame:
    """The per-year tables of several helpline sections, one after the other, with the helpline named.
    ``table``: "years" (the chapter's: each main figure once per year, the exact value where there is one) or
    "years_all" (the annex's: every value each published change implies, per channel too)."""
    names = short_names()
    if len(sections) == 1:  # the report's one helpline: no column that says so on every row
        return next(iter(sections.values())).tables[table]
    # the helpline first: the rows grouped by helpline, each read from its name (review r12, 2021 #12)
    return pd.concat([c.tables[table].assign(Hulplijn=names[h]) for h, c in sections.items()], ignore_index=True).pipe(
        lambda t: t[["Hulplijn", *(col for col in t.columns if col != "Hulplijn")]]
    )


def compared_years(year: int, helplines_: list[str], sections: dict[str, Chapter], facts: FactSheet) -> pd.DataFrame:
    """The comparison's table of years: every helpline of the report in the release's order, those with tables of
    their own too (review r13, 2021 #8); one helpline alone: its own table."""
    if len(sections) < 2:
        return years_table(sections)
    names = short_names()
    shown = [
        h for h in helplines_ if h in sections or has_published_tables(h) and load.has_table("key_figures", h, year)
    ]
    parts = [(sections[h].tables["years"] if h in sections else with_tables(year, h, facts)) for h in shown]
    table = pd.concat([p.assign(Hulplijn=names[h]) for h, p in zip(shown, parts)], ignore_index=True).fillna("")
    return table[["Hulplijn", *(c for c in table.columns if c != "Hulplijn")]]


def with_tables(year: int, helpline: str, facts: FactSheet) -> pd.DataFrame:
    """A helpline with tables of its own, as a row of the table of years: its main count of the year; an earlier year
    from that year's own tables where the release holds them, else the round figure its published change allows."""
    figs = load.key_figures(year, helpline)
    main = "calls" if hl.has_figure(figs, "calls") else "contacts"
    implied = hl.implied_earlier_years(figs, year)
    shown = implied[(implied["measure"] == main) & (implied["category"] == "all") & implied["preferred"]]
    row = {"Cijfer": fmt.capfirst(measure_label(main, "all"))}
    for r in shown.sort_values("year").itertuples():
        if r.exact:
            row[str(r.year)] = fmt.number(r.low)
        elif main == "contacts" and load.has_table("contacts_by_month_channel", helpline, r.year):
            row[str(r.year)] = fmt.number(load.year_contacts(r.year, helpline)[0])
        else:
            source = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"{main} {r.year}: about_count")
            key = keys.earlier(helpline, main, r.year, "about")
            about = facts.add(key, about_count(r.low, r.high), "count", source)
            row[str(r.year)] = f"{ABOUT}{fmt.number(about)}"
    return pd.DataFrame([row])


def by_year(implied: pd.DataFrame, facts: FactSheet, helpline: str) -> pd.DataFrame:
    """The chapter's table of one helpline's totals per year, a column per year: the published count, or for a year
    known only from a rounded change the round figure its range allows ('≈ 120.900'); the ranges themselves
    and the per-channel values are the annex's."""
    shown = implied[(implied["category"] == "all") & implied["preferred"]]
    narrowing_example(helpline, implied, facts)  # the Methods' example, in this table's figures
    rows = []
    first = {"calls": 0, "contacts": 0, "conversations": 1}
    for measure in sorted(shown["measure"].unique(), key=lambda m: (first.get(m, 2), m)):
        row = {"Cijfer": fmt.capfirst(measure_label(measure, "all"))}
        for r in shown[shown["measure"] == measure].sort_values("year").itertuples():
            about = None if r.exact else facts.get(keys.earlier(helpline, measure, r.year, "about"))
            # a count worked back from a published difference is no published count: a marker, the note under the
            # table says how (review r13 TO #9; r20 TO #12, #16: a footnote, not words that widen the column)
            # one the source's percentage contradicts: its own marker, its note gives both (r24 2021 #17)
            marker = UNCERTAIN if r.conflict else MARK
            calculated = f"{fmt.number(r.low)} {marker}" if r.basis == "difference" else fmt.number(r.low)
            row[str(r.year)] = calculated if r.exact else f"{ABOUT}{fmt.number(about)}"
        rows.append(row)
    return pd.DataFrame(rows).fillna("")


# the chapter's table of years: not a second "Kerncijfers" beside the summary's (review r16, TO #12); whose they are
# in the caption (r20 2021 #4), the estimate's sign explained in 'Over deze cijfers' (r20 TO #5); a count worked back
# from a published difference carries MARK, the note under the table says how (text.md, block years_note)
# what '≈' is, one wording in every caption (r27 2021 #16, TO #13: not '≈ =', which a screen reader reads twice;
# r30 TO #11: how it was found is the annex's): captions.md, tbl_helpline_years (r39: the words are the template's)
MARK = "¹"
UNCERTAIN = "²"


def captioned(sections: dict[str, Chapter], helplines_: list[str]) -> dict[str, object]:
    """Whose the chapter's tables are, for their captions (captions.md): the helplines with a channels' table (their
    names), and the report's one helpline's name (None for several: the years' table is per helpline)."""
    names = load.helplines().set_index("helpline")["name"]  # as they are: presentation.caption_text escapes them
    return {
        "channels_of": [names[h] for h, c in sections.items() if not c.tables["channels"].empty],
        "years_of": names[helplines_[0]] if len(helplines_) == 1 else None,
        "years_shown": years_shown(sections),
    }


def years_shown(sections: dict[str, Chapter]) -> list[int]:
    """r61 (r61 TO #7): the first and last year the chart of the years shows (charts._years: its counts of every
    year, published or implied), for its caption; [] for several helplines (no such chart)."""
    if len(sections) != 1:
        return []
    implied = next(iter(sections.values())).data["implied"]
    years = implied.loc[(implied["category"] == "all") & implied["preferred"], "year"].astype(int)
    return [int(years.min()), int(years.max())] if years.nunique() > 1 else []


def narrowing_example(helpline: str, implied: pd.DataFrame, facts: FactSheet) -> None:
    """The first earlier total the channels narrowed (their own ranges untouched), as the Methods' example (review
    r16, TO #13): the whole numbers the rounded change alone allows, and the sum of the channels' ranges; recorded."""
    year = int(implied["year"].max())
    rows = implied[implied["preferred"]]
    for r in rows[(rows["category"] == "all") & rows["narrowed"] & ~rows["exact"]].itertuples():
        parts = rows[(rows["measure"] == r.measure) & (rows["year"] == r.year) & (rows["category"] != "all")]
        if parts.empty or parts["narrowed"].any():
            continue
        figs = load.key_figures(year, helpline)
        alone = implied_base(hl.figure(figs, r.measure), r.stated, int(r.decimals))
        source = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"{r.measure} {r.year}: Methods")
        bounds = {
            "from_change_low": math.ceil(alone.low),
            "from_change_high": math.floor(alone.high),
            "from_channels_low": parts["low"].sum(),
            "from_channels_high": parts["high"].sum(),
        }
        for bound, value in bounds.items():
            facts.add(keys.earlier(helpline, r.measure, int(r.year), bound), float(value), "count", source)
        return


# relative column widths of the appendix table of every published key figure (display.markdown_table), by column;
# a comparison with an earlier year: YEAR_WIDTH; the year itself: NOW_WIDTH
# (r20 2021 #15: the labels and the year's values wrapped over three or four lines while comparisons stood empty)
# (r28 2021 #7: the year's cells wrapped over five or six lines beside a nearly empty comparison)
WIDTHS = {"Hulplijn": 12, "Cijfer": 44}
YEAR_WIDTH = 11
# the year's own column: a value with a comparison folded into it (_folded); r31 2021 #9, #20: the labels wrapped over
# two or three lines beside a half-empty value column, and the table ran on to a near-empty last page
NOW_WIDTH = 22


def published_widths(frame: pd.DataFrame) -> tuple[int, ...]:
    return tuple(WIDTHS.get(c, YEAR_WIDTH if c.startswith("Tegenover ") else NOW_WIDTH) for c in frame.columns)


# the annex table of values derived for earlier years: a range ('120.827 tot 120.921') on one line (r20 2021 #15);
# r56 (r55 TO #8): the labels wrapped over three or four lines beside a half-empty 'Soort': 'Cijfer' wider
YEARS_ALL_WIDTHS = {"Hulplijn": 13, "Cijfer": 32, "Jaar": 6, "Waarde": 20, "Soort": 34}


def years_all_widths(frame: pd.DataFrame) -> tuple[int, ...]:
    return tuple(YEARS_ALL_WIDTHS.get(c, YEAR_WIDTH) for c in frame.columns)


def with_base(label: str, base: str) -> str:
    """A key figure's label with the base of its share, where the label does not already say it: 'kanaalaandeel
    (telefoon), van de contacten'; an unstated base says so (review r14, TO #9: no column empty on most rows)."""
    unstated = " (niet vermeld)"
    if not base or base in label:
        return label
    if base == UNSTATED_FITS_CALLS:  # in plain words (r22 TO #13: '…, basis niet vermeld; past bij de oproepen')
        return f"{label}, {FITS_CALLS_WORDS}"
    if base == "niet vermeld":
        return f"{label}, basis {base}"
    if base.endswith(unstated):
        return f"{label}, basis niet vermeld ({base.removesuffix(unstated)})"
    return f"{label}, van de {base}"


# the subjects of the annex table of published key figures, in this order (r19 TO #5): the main count, the
# conversations, each channel, the website, then every other figure as published
MAIN = ("calls", "contacts", "calls_per_day", "contacts_per_day")
TALKS = ("conversations", "conversations_per_day", "corona_share")
NATURALLY_ROUNDED = ("percent", "pct_change", "one_in_n")  # published rounded unless the cell says 'exact'
QUALIFIER_WORDS = {"about": "ongeveer ", "almost": "bijna ", "more_than": "meer dan ", "at_most": "hoogstens "}


def _subject(f, channels: list[str]) -> tuple:
    if f.category in channels:
        return (2, channels.index(f.category))
    if f.measure in MAIN:
        return (0, 0)
    if f.measure in TALKS:
        return (1, 0)
    return (3, 0) if str(f.measure).startswith("website_visitors") else (4, 0)


def _cell(f) -> str:
    """One published figure as its cell shows it: the value (a change without its 't.o.v.', which its column
    says; a value of an earlier year with that year), the qualifier where it is not what its kind implies."""
    value = key_figure_value(f).removesuffix(
        f" t.o.v. {int(f.reference_year)}" if not pd.isna(f.reference_year) else ""
    )
    if f.unit == "times":
        value = f"{fmt.number(f.value)} keer zoveel"
    elif not pd.isna(f.reference_year) and f.unit not in CHANGES:
        value = f"{value.removesuffix(f' ({int(f.reference_year)})')} in {int(f.reference_year)}"
    mark = ""
    if f.qualifier == "rounded" and f.unit not in NATURALLY_ROUNDED:
        mark = " (afgerond)"
    elif f.qualifier == "exact" and f.unit in NATURALLY_ROUNDED:
        mark = " (exact)"
    return f"{QUALIFIER_WORDS.get(f.qualifier, '')}{value}{mark}"


DISPUTED = "¹"  # a published percentage not fitting its difference: the table's only note, under it (r28 2021 #7)


def _regrouped(figs: pd.DataFrame, labels: list[str], year: int, marked: set, mark: str) -> pd.DataFrame:
    """One row per published figure (a label and a kind of value), grouped by subject; a column for the year and
    one for each earlier year the source compares with, a change in the row of the figure it changes."""
    channels = list(load.codebook("channels").sort_values("order")["channel"])
    rows: dict[tuple, dict] = {}
    for f, label in zip(figs.itertuples(), labels):
        change = f.unit in CHANGES
        same = [k for k in rows if k[:3] == (f.measure, f.category, label)]
        key = same[0] if change and same else (f.measure, f.category, label, "change" if change else f.unit)
        row = rows.setdefault(key, {"subject": _subject(f, channels), "Cijfer": label})
        # a level of an earlier year ('24,1 % in 2020') beside the year's value, not in a column of changes (r26 TO #15)
        level = pd.isna(f.reference_year) or f.unit not in CHANGES
        column = str(year) if level else f"Tegenover {int(f.reference_year)}"
        cell = _cell(f)
        if f.unit == "pct_change" and not level and (f.measure, int(f.reference_year)) in marked:
            cell = f"{cell}{mark}"
        row[column] = f"{row[column]}; {cell}" if column in row else cell
    table = pd.DataFrame(sorted(rows.values(), key=lambda r: r["subject"]))  # stable: as published within a subject
    earlier = sorted((c for c in table.columns if c.startswith("Tegenover ")), key=lambda c: -int(c.split()[-1]))
    return table[["Cijfer", *[c for c in (str(year),) if c in table.columns], *earlier]].fillna("")


def published_table(year: int, helplines_: list[str], mark: str = DISPUTED) -> pd.DataFrame:
    """Every key figure published for the year by the report's helplines (those with a key-figures page, the helpline
    with tables included), one row per figure grouped by subject (calls, conversations, each channel, website; r19 TO
    #5), the year and each earlier year compared with in a column of its own, the base of a share in its label.
    Several helplines: the rows grouped by helpline, its name on every row: the table breaks over pages, and a name on
    the group's first row only (review r14, 2021 #16) left the rows atop the next page without their helpline (r19
    2021 #3)."""
    names = short_names()
    parts = []
    for h in helplines_:
        if not load.has_table("key_figures", h, year):
            continue
        figs = load.key_figures(year, h)
        table = key_figures_table(figs)
        unclear = quality.unclear_bases([h], year)
        if not unclear.empty and unclear["calls_fits"].all():  # the words of the key figures and the chapter
            table["Basis"] = table["Basis"].replace(base_label("calls_or_conversations"), UNSTATED_FITS_CALLS)
        marked = {(m, r) for d, m, r in quality.disputed_changes([h], year) if d == h}
        # a share published in words ('bijna één op de vijf') not labelled as its figure's row (r37 2021 #12)
        named = [c + (" in woorden" if u == "one_in_n" else "") for c, u in zip(table["Cijfer"], figs["unit"])]
        shown = _regrouped(figs, [with_base(c, b) for c, b in zip(named, table["Basis"])], year, marked, mark)
        parts.append(shown.assign(Hulplijn=names[h]))
    table = _folded(pd.concat(parts, ignore_index=True).fillna(""), year)
    first = ["Hulplijn"] if len(parts) > 1 else []
    years = sorted((c for c in table.columns if c not in ("Hulplijn", "Cijfer")), key=lambda c: -int(c.split()[-1]))
    return table[[*first, "Cijfer", *years]]


SPARSE = 2  # a comparison with an earlier year filled on fewer rows than this is no column of its own


def _folded(table: pd.DataFrame, year: int) -> pd.DataFrame:
    """A comparison with an earlier year that the source makes for a single figure is no column of its own, empty on
    every other row and narrowing the label column (r20 2021 #15: 'Tegenover 2012'): its value joins the year's cell,
    '8.515; ongeveer 3 keer zoveel (tegenover 2012)'."""
    now = str(year)
    for column in [c for c in table.columns if c.startswith("Tegenover ")]:
        filled = table[column] != ""
        if filled.sum() >= SPARSE or now not in table.columns:
            continue
        against = f"({column[:1].lower()}{column[1:]})"
        table.loc[filled, now] = [
            f"{cell}; {then} {against}" if cell else f"{then} {against}"
            for cell, then in zip(table.loc[filled, now], table.loc[filled, column])
        ]
        table = table.drop(columns=column)
    return table


UNSTATED_FITS_CALLS = "niet vermeld; past bij de oproepen"  # the Basis of a share the source names none for
FITS_CALLS_WORDS = "vermoedelijk van de oproepen (basis niet vermeld)"  # r52: as "aandeel anoniem, basis niet vermeld"
CHANGES = ("pct_change", "change", "times")  # a change is of the year, against the year it names


def derivation(row) -> str:
    """Where a value of the years table comes from, in words; a stated change as it was published."""
    if row.basis == "published":
        return "gepubliceerd"
    if row.basis == "difference":  # beside a contradicting percentage too: the annex's table of checks says why this
        return f"berekend uit het verschil {fmt.signed_number(row.stated)}"  # one (r22 TO #13: no '(gebruikt)')
    narrowed = (
        "" if not getattr(row, "narrowed", False) else " en de kanalen" if row.category == "all" else " en het totaal"
    )
    return f"afgeleid uit {fmt.signed_pct(row.stated, row.decimals)}{narrowed}"


def counted(sections: dict[str, Chapter]) -> str:
    """What the figure of the years counts, in the words of the codebook: 'Oproepen' for a helpline counting calls."""
    if len(sections) != 1:
        return "Het hoofdcijfer van elke hulplijn"
    return fmt.capfirst(measure_label(next(iter(sections.values())).data["main"], "all"))


def years_also(year: int, sections: dict[str, Chapter]) -> str:
    """For the caption of the chart of the years (captions.md, fig_helpline_years: 'Oproepen en gesprekken per jaar'):
    the codebook's words for the count shown beside the main one, '' when none. r39: the caption's words are the
    template's. That the count stayed at the level of the year before is the chapter's opening, not said again there
    (r30 TO #6: said at most twice in the report)."""
    if len(sections) == 1:
        chapter = next(iter(sections.values()))
        figs = load.key_figures(year, next(iter(sections)))
        # the chart shows the conversations beside the calls: named (r23 TO #13)
        if chapter.data["main"] != "conversations" and hl.has_figure(figs, "conversations"):
            return measure_label("conversations", "all")
    return ""
