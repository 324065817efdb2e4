"""What the chapters from a contact-level export share: a suppressed count is shown as "x" and
never enters a sentence or a fact; figure titles say when the data are synthetic."""

from __future__ import annotations

import re

import pandas as pd

from ...facts import FactSheet, Source, keys
from ...presentation import figures, figures_alt, fmt, text
from ...presentation.text import SUPPRESSED

# The export tables whose cells the chapters show one by one (registration: days, groups by channel, codes;
# capacity: phone calls by month, route and weekday-hour). The other tables are protected with them but
# published only as totals, so their hidden cells are no concern of a reader.
SHOWN_CELL_BY_CELL = (
    "contacts_by_day",
    "contacts_by_group_channel",
    "contacts_by_contact_person",  # demo r32 #4: the registration chapter's table per contact person, with its x
    "phone_by_month",
    "phone_by_route",
    "phone_by_weekday_hour",
    "phone_by_weekday_hour_outcome",  # the staffing chapter's need per cell, hatched where hidden
)

# r33 (demo r32 #5): the days' table is shown as a figure of working days; a Saturday or Sunday is not published by
# design, so it is no hidden cell either: the published list and the text leave it out entirely
DAY_CELL = re.compile(r"\bdate = (\d{4}-\d{2}-\d{2})\b")


def shown_hidden_cells(audit: pd.DataFrame) -> pd.DataFrame:
    """The hidden cells a reader can miss: those of the tables shown cell by cell, without the cells not published by
    design (a Saturday or Sunday of the days' table). Never why a cell is hidden."""
    if not len(audit):
        return audit
    shown = audit[audit["table"].isin(SHOWN_CELL_BY_CELL)]
    day = shown["cell"].str.extract(DAY_CELL, expand=False)
    weekend = (shown["table"] == "contacts_by_day") & (pd.to_datetime(day).dt.day_of_week >= 5)
    return shown[~weekend.fillna(False).astype(bool)].reset_index(drop=True)


def has_export(params) -> bool:
    return params.export is not None


def is_synthetic(export: dict | None) -> bool:
    return bool(export) and export.get("synthetic") is not None


def counted(export: dict | None, fallback: Source, what: str) -> Source:
    """Where a count the synthetic export reproduces comes from (demo r27 #15): the published table it imitates
    (contacts by month and channel), so figures.json traces it there; a real export's own table otherwise."""
    if not is_synthetic(export):
        return fallback
    from ...export import synthetic

    published = f"data/{synthetic.CALIBRATION_HELPLINE}/{synthetic.CALIBRATION_YEAR}/contacts_by_month_channel.csv"
    return Source(published, "contacts_by_month_channel", f"{what} (published; the synthetic export reproduces it)")


def first_export_chapter() -> tuple[str, str]:
    """The name and title of the first chapter from the contact export, in report order (the chapters' registry)."""
    from ... import chapters

    name = next(n for n, s in chapters.REGISTRY.items() if s.applies is has_export)
    return name, chapters.spec(name).title


def opening_values(export: dict | None, k: int, helpline: str, facts: FactSheet, chapter: str) -> dict:
    """What the opening of an export chapter states: synthetic or not, and the largest hidden count. The first
    export chapter (``chapter``: the one asking) says in full what a synthetic export is; a later one points back."""
    first, first_title = first_export_chapter()
    hidden = facts.add(
        keys.export(helpline, "largest_hidden_count"),
        k - 1,
        "count",
        Source(None, "params", "export.min_cell_count - 1"),
    )
    return {
        "synthetic": is_synthetic(export),
        "largest_hidden": hidden,
        "first": chapter == first,
        "first_title": first_title,
        **_calibration(export, helpline, facts),
    }


def _calibration(export: dict | None, helpline: str, facts: FactSheet) -> dict:
    """A synthetic export imitates the published answered contacts per month and channel; the contacts the
    source counts without a channel it leaves out. What the opening says of it: the source's total and how
    many are left out (None for a real export)."""
    if not is_synthetic(export):
        parts = ("source_total", "left_out", "imitated", "open_from", "open_until", "anchors", "question", "chat_since")
        return dict.fromkeys(parts)
    from ...config.paths import DATA
    from ...data.provenance import question_number
    from ...export import synthetic

    monthly = synthetic.calibration_tables()["monthly"].dropna(subset=["contacts"])
    # demo r25 #3: the published table itself, so the appendix names its document as the origin of the total
    published = f"data/{synthetic.CALIBRATION_HELPLINE}/{synthetic.CALIBRATION_YEAR}/contacts_by_month_channel.csv"
    source = Source(published, "contacts_by_month_channel", "contacts by month, channel (published)")
    hours = Source(None, "the synthetic export's generator", "opening hours of phone and chat (an assumption)")
    left_out = int(monthly.loc[monthly["channel"] == "not_recorded", "contacts"].sum())
    _misread(helpline, facts)  # r38 (demo r37 #10): recorded for 'Over deze cijfers', not said in a chapter
    return {
        "anchors": _anchors(helpline, facts),
        "chat_since": _chat_since(helpline, facts),
        # r37 (demo r36 #11): the question the published figures come from, by its number each time it is named
        "question": question_number(DATA, published.removeprefix("data/")),
        "source_total": facts.add(
            keys.export(helpline, "calibration_contacts"), int(monthly["contacts"].sum()), "count", source
        ),
        "left_out": facts.add(keys.export(helpline, "calibration_left_out"), left_out, "count", source),
        "imitated": facts.add(
            keys.export(helpline, "calibration_imitated"), int(monthly["contacts"].sum()) - left_out, "count", source
        ),
        **{
            edge: facts.add(keys.export(helpline, f"{edge}_hour"), hour, "hour", hours)
            for edge, hour in (("open_from", synthetic.OPEN_HOURS.start), ("open_until", synthetic.OPEN_HOURS.stop))
        },
    }


CHAT_HOURS_EVENT = "chat_extension"  # data/events.csv: the only opening hours the sources give (the chat's)


def _chat_since(helpline: str, facts: FactSheet) -> str | None:
    """The month from which the source gives the chat's opening hours (r44, demo r42 #7): the made-up call logs'
    hours are not the helpline's, and the only hours the answer names are the chat's, from that month on."""
    from ...data import load

    events = load.events()
    start = events.loc[events["event_id"] == CHAT_HOURS_EVENT, "start_earliest"]
    if start.empty:
        return None
    src = Source("data/events.csv", "events", f"{CHAT_HOURS_EVENT}: its earliest start")
    return facts.add(keys.export(helpline, "calibration_chat_hours_month"), f"{start.iloc[0]:%Y-%m}", "month", src)


def _misread(helpline: str, facts: FactSheet) -> list[dict]:
    """The misread published totals the demo corrected (data/corrections.csv), each with its scanned and its used
    value recorded: 'Over deze cijfers' names them where it says the totals are the source's (r38, demo r37 #10)."""
    from ...export.misread import misread_totals

    src = Source("data/corrections.csv", "corrections", "ocr_misread of the published monthly totals")
    return [
        {
            **m,
            **{
                part: facts.add(keys.export(helpline, f"calibration_misread_{i}_{part}"), int(m[part]), "count", src)
                for part in ("published", "used")
            },
        }
        for i, m in enumerate(misread_totals())
    ]


def published_victims(export: dict | None, helpline: str, facts: FactSheet) -> int | None:
    """The possible victims the source publishes for the year a synthetic export imitates (the stated total of its
    table by context), recorded from data/: the chapter says the published figure where one exists, never a made-up
    total beside it as if it were that fact (demo r30 #2). None for a real export or where none is stated."""
    if not is_synthetic(export):
        return None
    from ...data import load
    from ...export import synthetic

    year, source = synthetic.CALIBRATION_YEAR, synthetic.CALIBRATION_HELPLINE
    if not load.has_table("stated_totals", source, year):
        return None
    stated = load.stated_totals(year, source)
    row = stated[(stated["table"] == "possible_victims_by_context") & (stated["dimension"] == "all")]
    if row.empty:
        return None
    src = Source(f"data/{source}/{year}/stated_totals.csv", "stated_totals", "possible_victims_by_context, all")
    return facts.add(keys.export(helpline, "calibration_possible_victims"), int(row["value"].iloc[0]), "count", src)


def call_time_question(export: dict | None, helpline: str, facts: FactSheet) -> str | None:
    """The month of the parliamentary question whose answer says the helpline keeps no time of a call (the source
    of registration_fields.csv's not-recorded call time, data/provenance.yml): the opening says who says so and
    when (demo r15 #17). The answer's own date is not in the source; the question's is. None for a real export."""
    if not is_synthetic(export):
        return None
    from ...config import yamlfile
    from ...config.paths import DATA
    from ...data import load
    from ...export import synthetic

    fields = load.registration_fields()
    source = synthetic.CALIBRATION_HELPLINE
    row = fields[(fields["helpline"] == source) & (fields["field"] == "call_time")]
    if row.empty or row["status"].iloc[0] != "not_recorded":
        return None
    provenance = yamlfile.load(DATA / "provenance.yml")[0]
    date = provenance["documents"][provenance["files"]["registration_fields.csv"]["document"]].get("date")
    if date is None:
        return None
    src = Source("data/registration_fields.csv", "registration_fields", "call_time; its document's date")
    return facts.add(keys.export(helpline, "call_time_question_month"), f"{date:%Y-%m}", "month", src)


def _anchors(helpline: str, facts: FactSheet) -> dict:
    """The published figures the synthetic export is tuned to beyond the monthly volumes: the answer rate of the
    months the source gives it for (its range) and the anonymous share (its lower bound)."""
    from ...data import load
    from ...export import synthetic

    year, source = synthetic.CALIBRATION_YEAR, synthetic.CALIBRATION_HELPLINE
    figures = load.key_figures(year, source).set_index("key")
    src = Source(f"data/{source}/{year}/key_figures.csv", "key_figures", "answer_rate_sep_dec_min/max, anonymous")

    def add(part: str, key: str):
        return facts.add(
            keys.export(helpline, f"calibration_{part}_pct"), int(figures.loc[key, "value"]), "percent", src
        )

    months = Source(None, "the synthetic export's generator", "ANCHORED_MONTHS: the months the source's rate is of")
    return {
        "conversations": _conversations(helpline, facts),
        "rate_min": add("answer_min", "answer_rate_sep_dec_min"),
        "rate_max": add("answer_max", "answer_rate_sep_dec_max"),
        "anonymous_min": add("anonymous_min", "anonymous"),
        **{
            f"{edge}_month": facts.add(
                keys.export(helpline, f"calibration_{edge}_month"), f"{year}-{month:02d}", "month", months
            )
            for edge, month in zip(("first", "last"), synthetic.ANCHORED_MONTHS)
        },
    }


def _conversations(helpline: str, facts: FactSheet) -> int | None:
    """The published counts the synthetic export imitates, as the helpline's key figures of the year after name them
    (demo r22 #5, #6: its infographic calls the imitated year's contacts 'gesprekken', 'one in N via chat'): N, its
    source cited so that the infographic is in the release's source table. None where no such figure is published."""
    from ...data import load
    from ...export import synthetic

    year, source = synthetic.CALIBRATION_YEAR, synthetic.CALIBRATION_HELPLINE
    if not load.has_table("key_figures", source, year + 1):
        return None
    figures = load.key_figures(year + 1, source).set_index("key")
    key = f"chat_one_in_n_{year}"
    if key not in figures.index:
        return None
    src = Source(f"data/{source}/{year + 1}/key_figures.csv", "key_figures", key)
    return facts.add(keys.export(helpline, "calibration_chat_one_in_n"), int(figures.loc[key, "value"]), "count", src)


def made_up(export: dict | None) -> bool:
    """Whether the captions of the export's tables say their numbers are made up (demo r22 #8, r25 #1, r29 #18: copied
    out of the release, or seen in a screenshot, the caption still says so; demo r23 #1: the counts per channel are
    the published totals, taken over). r39: the words are the chapter's captions.md, the flag is this."""
    return is_synthetic(export)


def count_text(value) -> str:
    return SUPPRESSED if pd.isna(value) else fmt.number(value)


def pct_text(value) -> str:
    return SUPPRESSED if pd.isna(value) else fmt.pct(float(value))


def figure_title(title: str, export: dict | None) -> str:
    """A chart's title for its alt text, followed by what marks made-up data in a synthetic release (the words:
    report/figure_made_up.md)."""
    return text.render("figure_made_up.md", prose=False, title=text.markdown(title)) if is_synthetic(export) else title


SHARE_DECIMALS = 1  # a share is published as the report prints it (fmt.pct): never more exact


def export_chart(chart, title: str, *keys: str, flagged: bool = False):
    """What an export chapter's figure draws (parts.Figure): ``chart`` of the build's data under ``keys``, titled for
    its alt text (marked synthetic where the export is). Its shares are described (alt text, figures/<label>.csv)
    to the decimals the report prints: a share at full precision times its published base would give an exact
    count, more than the tables publish. A ``flagged`` chart is told whether its data are made up (``synthetic=``);
    every figure carries that flag for its stamp (figures.mark_made_up)."""

    def draw(data):
        synthetic = is_synthetic(data["export"])
        flag = {"synthetic": synthetic} if flagged else {}
        fig = chart(*(data[k] for k in keys), figure_title(title, data["export"]), **flag)
        if fig is None:
            return fig
        figures.mark_made_up(fig, synthetic)
        description = getattr(fig, figures_alt.ATTRIBUTE, None)
        if isinstance(description, figures_alt.Description) and description.unit == "pct":
            setattr(fig, figures_alt.ATTRIBUTE, rounded(description))
        return fig

    return draw


def rounded(description):
    """``description`` with every value, low and high to ``SHARE_DECIMALS`` decimals."""
    from dataclasses import replace

    def r(v):
        return None if v is None else round(float(v), SHARE_DECIMALS)

    return replace(
        description,
        series=tuple(
            replace(s, points=tuple(replace(p, value=r(p.value), low=r(p.low), high=r(p.high)) for p in s.points))
            for s in description.series
        ),
    )
