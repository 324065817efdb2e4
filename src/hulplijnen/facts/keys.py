"""The one fact-key scheme: every key in figures.json matches exactly one pattern of this registry, which fixes its
unit. Chapters and the summary build keys with the functions below (each taking a key's parts after its family's fixed
start), never by hand (tests/contract/test_fact_keys.py). Placeholders ({helpline}, {group}, …): PLACEHOLDERS."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from ..config.errors import BuildError

ANY_UNIT = "as published"


@dataclass(frozen=True)
class KeySpec:
    pattern: str
    unit: str  # ANY_UNIT: the unit the source states (key figures as published)
    meaning: str

    @property
    def regex(self) -> re.Pattern:
        parts = re.split(r"(\{\w+\})", self.pattern)
        body = "".join(PLACEHOLDERS[p[1:-1]] if p.startswith("{") else re.escape(p) for p in parts)
        return re.compile(f"^{body}$")


PLACEHOLDERS = {
    "helpline": r"[a-z0-9-]+",
    "measure": r"[a-z_]+",
    "channel": r"[a-z_]+",
    "role": r"[a-z_]+",
    "group": r"[a-z_]+",
    "year": r"\d{4}",
    "campaign": r"[a-z0-9_]+",
    "event": r"[a-z0-9_]+",
    "key": r"[a-z0-9_]+",
    "route": r"[a-z0-9_]+",
    "bound": r"(?:low|high|middle)",  # r47: middle, a table's "≈" of a derived share
    "whole": r"(?:floor|ceil)",  # r30 TO #3
    "part": r"[a-z_]+",
    "attempts": r"\d+",
    "category": r"[a-z0-9_]+",
    "edge": r"(?:start|end)_(?:earliest|latest)",
    "stat": r"(?:computed|published|low|high|change_low|change_high|difference)",
    "verdict": r"(?:holds|about_same|alike|direction)",  # r47: direction -1/0/1, the side of zero (story.meaning)
}

COUNT, PERCENT = "count", "percent"

# Specific patterns first: a key takes the first pattern it matches.
REGISTRY: tuple[KeySpec, ...] = (
    KeySpec("{helpline}.{measure}.total", COUNT, "a count over all categories, as a table sums it or a page states it"),
    KeySpec("{helpline}.{measure}.{year}.growth_{bound}_pct", PERCENT, "the change against each end of a year's range"),
    KeySpec("{helpline}.{measure}.{year}.{bound}", COUNT, "an earlier year's total: exact or a rounded change's range"),
    KeySpec("{helpline}.{measure}.points_since_{year}", PERCENT, "a share's change since a year, in points (its size)"),
    KeySpec("{helpline}.{measure}.{year}.from_{part}_{bound}", COUNT, "a total's range from one basis (Methods)"),
    KeySpec("{helpline}.{measure}.{year}.about", COUNT, "an earlier year's total: the roundest count its range allows"),
    KeySpec("{helpline}.{measure}.{year}.later_total", COUNT, "a later year's published total an estimate rests on"),
    KeySpec("{helpline}.{measure}.{year}.about_{bound}", COUNT, "an end of a wide estimate's printed range"),
    KeySpec("{helpline}.{measure}.{year}.between_{bound}", COUNT, "an end of a wide estimate, rounded outwards"),
    KeySpec("{helpline}.{measure}.{year}.about_hundreds", COUNT, "an earlier year's total to hundreds (table)"),
    KeySpec("{helpline}.{measure}.{year}.growth_about_pct", PERCENT, "that change as the roundest whole percent"),
    KeySpec("{helpline}.{measure}.{year}.growth_exact_pct", PERCENT, "an exact difference as a percentage (size)"),
    KeySpec("{helpline}.{measure}.{year}.growth_{whole}_pct", PERCENT, "two disputed changes' whole percents (size)"),
    KeySpec("{helpline}.{measure}.{year}.at_least", COUNT, "a change at least this, to thousands below (its size)"),
    KeySpec("{helpline}.channel.{channel}.share_pct.{year}.{bound}", PERCENT, "a year's channel share (or interval)"),
    KeySpec("{helpline}.channel.{channel}.share_pct", PERCENT, "a channel's share of the contacts (or calls)"),
    KeySpec("{helpline}.channel.{channel}.share_of_{measure}_pct", PERCENT, "a channel's share of the stated counts"),
    KeySpec("{helpline}.channel.{channel}.share_of_{measure}_pct.{year}", PERCENT, "that share in an earlier year"),
    KeySpec("{helpline}.channel.{channel}.step_month", "month", "the month a channel's contacts stepped up"),
    KeySpec("{helpline}.channel.{channel}.step_{part}_month", "month", "first/last month (step), a peak's (r59)"),
    KeySpec("{helpline}.channel.{channel}.{measure}", COUNT, "a count for one channel"),
    KeySpec("{helpline}.channel.{channel}.{measure}.{year}.{bound}", COUNT, "an earlier year's count for one channel"),
    KeySpec("{helpline}.channel.{channel}.{measure}.{year}.about", COUNT, "a channel's earlier count, rounded"),
    KeySpec("{helpline}.channel.{channel}.{measure}.{year}.about_hundreds", COUNT, "that count to hundreds (table)"),
    KeySpec("{helpline}.contacts.peak_month", "month", "the month with most contacts"),
    KeySpec("{helpline}.contacts.peak_month_contacts", COUNT, "the contacts of that month"),
    KeySpec("{helpline}.contacts.april_vs_march_pct", PERCENT, "the naive April against March comparison"),
    KeySpec("{helpline}.contact_person.{role}.contacts", COUNT, "contacts by contact persons of a role"),
    KeySpec("{helpline}.contact_person.{role}.share_pct", PERCENT, "their share of all contacts"),
    KeySpec("{helpline}.contact_person.{role}.{year}.share_pct", PERCENT, "that share in an earlier year"),
    KeySpec("{helpline}.contact_person.{role}.{year}.chat_share_pct", PERCENT, "their share of the chat, as stated"),
    KeySpec("{helpline}.contact_person.{role}.share_pct.{year}.{bound}", PERCENT, "a year's share of a role"),
    KeySpec("{helpline}.contact_person_statements.{part}", COUNT, "contact-person key figures checked, those failing"),
    KeySpec("{helpline}.contact_person_group.{group}.share_{bound}_pct", PERCENT, "a group's share of all contacts"),
    KeySpec("{helpline}.contact_person_group.{group}.{bound}", COUNT, "a group's contacts (interval)"),
    KeySpec("{helpline}.contact_person_group.{group}.{part}_cells", COUNT, "a group's contacts in empty, filled cells"),
    KeySpec("{helpline}.contact_person_group.{group}.filled_cells_pct", PERCENT, "its filled cells' share (r45)"),
    KeySpec("{helpline}.contact_person_group.{group}.{year}.{bound}", COUNT, "a merged group's contacts in a year"),
    KeySpec("{helpline}.contact_person_group.{group}.{year}.share_{bound}_pct", PERCENT, "its share of all contacts"),
    KeySpec("{helpline}.contact_person_group.{group}.{year}.filled_pct", PERCENT, "their share of all contacts (r53)"),
    KeySpec("{helpline}.contact_person_group.{group}.{year}.{part}", COUNT, "in filled, estimated cells (r53, r67)"),
    KeySpec("{helpline}.{measure}.share_of_{part}_pct", PERCENT, "one stated total as a share of another"),
    KeySpec("{helpline}.{measure}.share_of_{part}_pct.{year}.{bound}", PERCENT, "that share earlier (range)"),
    KeySpec("{helpline}.{measure}.share_of_{part}_pct.{year}", PERCENT, "that share then: the roundest whole percent"),
    KeySpec("{helpline}.concerns.listed_share_pct", PERCENT, "the published concern shares together"),
    KeySpec("{helpline}.campaigns.{part}_pct", PERCENT, "the campaign model's interval level (r38, r37 2020 #6)"),
    KeySpec("{helpline}.campaigns.{part}", COUNT, "campaigns of the year; placebo months tried and 'found'"),
    KeySpec("{helpline}.campaign.{campaign}.{part}_pct", PERCENT, "a campaign's estimated effect (95 % interval)"),
    KeySpec("{helpline}.campaign.{campaign}.{part}", COUNT, "a campaign month's observed and expected contacts"),
    KeySpec("{helpline}.event.{event}.{edge}", "date", "earliest and latest start and end of a dated measure"),
    KeySpec("{helpline}.event.{event}.{part}_pct", PERCENT, "the level shift of a sustained event"),
    KeySpec("{helpline}.event.{event}.{part}", COUNT, "campaigns in an event's period; with an effect of their own"),
    KeySpec("{helpline}.export.anonymous.{part}", PERCENT, "anonymous contacts (export): share_pct, phone_share_pct"),
    KeySpec("{helpline}.export.open_{part}_hour", "hour", "opening hours of the synthetic export: from, until"),
    KeySpec("{helpline}.export.days_suppressed_{part}", COUNT, "working days not published: holiday, other"),
    KeySpec("{helpline}.export.hidden_working_day_{attempts}", "date", "n-th hidden working day, no holiday"),
    KeySpec("{helpline}.export.busiest_day", "date", "the day with most contacts (export)"),
    KeySpec("{helpline}.export.busiest_day_contacts", COUNT, "the contacts of that day (export)"),
    KeySpec("{helpline}.export.largest_hidden_count", COUNT, "the largest count not published: min_cell_count - 1"),
    KeySpec("{helpline}.export.channel.{channel}.contacts", COUNT, "answered contacts per channel (export)"),
    KeySpec("{helpline}.export.channel.{channel}.share_pct", PERCENT, "channel share (export)"),
    KeySpec("{helpline}.export.group.{group}.{channel}.share_pct", PERCENT, "channel share within a group (export)"),
    KeySpec("{helpline}.export.suppressed.{key}", COUNT, "cells not published (export); short_group_<n>: r41"),
    KeySpec("{helpline}.export.phone.lowest_month", "month", "the month with the lowest answer rate"),
    KeySpec("{helpline}.export.phone.lowest_month_{part}_pct", PERCENT, "that month's answer rate and its interval"),
    KeySpec("{helpline}.export.phone.attempts_per_answer", "ratio", "attempts per answered call: 1 / answer rate"),
    KeySpec("{helpline}.export.phone.demand.busiest_month", "month", "the period's busiest month, the year's too"),
    KeySpec("{helpline}.export.phone.demand.baseline_in_lockdown", "verdict", "1: the month before fell partly in it"),
    KeySpec("{helpline}.export.phone.demand.{part}_pct", PERCENT, "answered in and before a rise in demand (events)"),
    KeySpec("{helpline}.export.phone.demand.{part}", COUNT, "calls a month in and before it; the months before it"),
    KeySpec("{helpline}.export.phone.{part}_weekday", "weekday", "peak: most calls offered (1 = Monday); fewer_*: r44"),
    KeySpec("{helpline}.export.phone.{part}_hour", "hour", "peak: the hour with most calls; fewer_*: staffing (r44)"),
    KeySpec("{helpline}.export.phone.peak_margin_pct", PERCENT, "how far the busiest hour must lead to be named"),
    KeySpec("{helpline}.export.phone.busiest_hours_{part}_pct", PERCENT, "their share of the day's calls; if even"),
    KeySpec("{helpline}.export.phone.busiest_hours_{part}", "hour", "weekdays' busiest hours; the working day"),
    KeySpec("{helpline}.export.phone.answer_{part}_pct", PERCENT, "answered per attempt, with its interval"),
    KeySpec("{helpline}.export.phone.callers_{attempts}_attempts", COUNT, "callers under an attempts assumption"),
    KeySpec("{helpline}.export.phone.attempts_per_caller_{bound}", COUNT, "the answer's attempts per caller"),
    KeySpec("{helpline}.export.phone.reached_{attempts}_attempts_pct", PERCENT, "callers reached, so assumed"),
    KeySpec("{helpline}.export.phone.route.{route}.share_pct", PERCENT, "answered calls per route"),
    KeySpec("{helpline}.export.phone.wait.{part}_s", "seconds", "wait of answered calls: mean, median, 90th pct"),
    KeySpec("{helpline}.export.phone.within_{attempts}s_pct", PERCENT, "queued calls answered within that many s"),
    KeySpec("{helpline}.export.phone.patience.{part}_s", "seconds", "patience: exponential mean and interval"),
    KeySpec("{helpline}.export.phone.still_waiting_{attempts}s_pct", PERCENT, "callers still waiting after t s"),
    KeySpec("{helpline}.export.phone.handle.{part}_min", "minutes", "conversation length of answered calls"),
    KeySpec("{helpline}.export.phone.staffing.target_{attempts}_pct", PERCENT, "a target answer rate (params)"),
    KeySpec("{helpline}.export.phone.staffing.need_{attempts}_hours", "hours", "counsellor-hours per week needed"),
    KeySpec("{helpline}.export.phone.staffing.need_{attempts}_overall_hours", "hours", "those for all calls together"),
    KeySpec("{helpline}.export.phone.staffing.need_{attempts}_overall_per_logged_in", "ratio", "per hour logged in"),
    KeySpec("{helpline}.export.phone.staffing.peak_{attempts}_hours_a_week", COUNT, "hours of a week needing the most"),
    KeySpec("{helpline}.export.phone.staffing.{part}_hours", "hours", "counsellor-hours per week"),
    KeySpec("{helpline}.export.phone.staffing.need_{attempts}_per_logged_in", "ratio", "needed per hour logged in"),
    KeySpec("{helpline}.export.phone.staffing.peak_{attempts}_counsellors", COUNT, "counsellors needed at most"),
    KeySpec("{helpline}.export.phone.staffing.logged_in_per_open_hour", "ratio", "counsellors logged in per hour open"),
    KeySpec("{helpline}.export.phone.staffing.redial_delay_min", "minutes", "time to a redial (assumption)"),
    KeySpec("{helpline}.export.phone.staffing.{part}_pct", PERCENT, "model and simulation answer rates"),
    KeySpec("{helpline}.export.calibration_{part}_pct", PERCENT, "a published share the synthetic export imitates"),
    # calibration_first/last (answer rates given), call_time_question (no call times), published_peak (r53 demo #1)
    KeySpec("{helpline}.export.{part}_month", "month", "a month of the sources the synthetic export imitates"),
    KeySpec("{helpline}.export.calibration_misread_{attempts}_{part}", COUNT, "a corrected misread total (r38)"),
    KeySpec("{helpline}.export.phone.{measure}", COUNT, "phone calls offered or answered (export)"),
    KeySpec("{helpline}.export.{measure}", COUNT, "a count from the contact export (contacts, victims, days)"),
    KeySpec("comparison.{helpline}.index_{year}.{bound}", "index", "growth since a year (that year = 100)"),
    KeySpec("comparison.{helpline}.index_{year}.between.{bound}", "index", "the year between on that index (r32)"),
    KeySpec("comparison.{helpline}.index_{year}.between.about", "index", "its dot: the base year's middle (r33)"),
    KeySpec("quality.{part}", COUNT, "data-quality counts of the release"),
    KeySpec("quality.{helpline}.across_{year}.{part}_pct", PERCENT, "a later change, stated and computed (r39)"),
    KeySpec("quality.{helpline}.across_{year}.{part}", COUNT, "a later key figure, the earlier year's count"),
    KeySpec("{helpline}.gender.{year}.{category}.contacts", COUNT, "contacts of a gender (gender table of that year)"),
    KeySpec("{helpline}.gender.{year}.{category}.share_known_pct", PERCENT, "a gender's share of known gender"),
    KeySpec("{helpline}.gender.{year}.{part}", COUNT, "gender table: total, known gender, contacts not in it"),
    KeySpec("{helpline}.age.{year}.{category}.contacts", COUNT, "contacts of an age class"),
    KeySpec("{helpline}.age.{year}.{category}.share_pct", PERCENT, "an age class's share of all contacts"),
    KeySpec("{helpline}.age.{year}.{category}.share_known_pct", PERCENT, "its share of contacts with a known age"),
    KeySpec("{helpline}.age.{year}.{part}", COUNT, "age table: contacts with a known age class"),
    KeySpec("{helpline}.context.{year}.{category}.possible_victims", COUNT, "possible victims per context or group"),
    KeySpec("{helpline}.context.{year}.{category}.share_pct", PERCENT, "their share of all possible victims"),
    KeySpec("{helpline}.context.{year}.{category}.share_known_pct", PERCENT, "their share of the known contexts"),
    KeySpec("{helpline}.context.{year}.{category}.share_of_nuclear_pct", PERCENT, "share of the nuclear family"),
    KeySpec("{helpline}.context.{year}.{category}.contacts_change_pct", "pct_change", "stated change in contacts"),
    KeySpec("{helpline}.check.{key}.{stat}_pct", PERCENT, "a stated share against the exact one (and its interval)"),
    KeySpec("{helpline}.check.{key}.{stat}_one_in_n", "one_in_n", "'one in n' against the exact whole / part"),
    KeySpec("{helpline}.check.{key}.{stat}_change_pct", "pct_change", "a stated change against the exact change"),
    KeySpec("{helpline}.check.{key}.{stat}_points", "percentage points", "later minus earlier share, rounding allows"),
    KeySpec("{helpline}.check.{key}.{verdict}", "verdict", "1 or 0: it holds / within ABOUT_THE_SAME / counted alike"),
    KeySpec("{helpline}.check.{key}.{part}_n", COUNT, "the part and whole a check uses"),
    KeySpec("{helpline}.reach.stated_by_{part}", "verdict", "who states the answered share: 1 for that speaker"),
    KeySpec("{helpline}.reach.answer_not_conclusive", "verdict", "1: the answer calls answered-call figures loose"),
    KeySpec("{helpline}.reach.chat_share_rose", "verdict", "1: the chat's share of contacts rose on the year before"),
    KeySpec("{helpline}.reach.{part}_pct", PERCENT, "reachability: answered per attempt, callers reached (ranges)"),
    KeySpec("{helpline}.reach.{part}_attempts", "attempts", "attempts per caller, stated or implied"),
    KeySpec("{helpline}.reach.{part}_ratio", "ratio", "unanswered attempts per answered call"),
    KeySpec("{helpline}.reach.{part}_holds", "verdict", "whether two stated figures can both hold (1) or not (0)"),
    KeySpec("{helpline}.reach.{part}_month", "month", "first and last month of the measured period"),
    KeySpec("{helpline}.reach.{part}_date", "date", "a day: the question's (measures); r49: a lockdown campaign's"),
    KeySpec("{helpline}.reach.registered_phone_contacts", COUNT, "phone contacts registered in the measured year"),
    KeySpec("{helpline}.reach.says_{part}", "verdict", "1: the answer says this of the helpline (answer_statements)"),
    KeySpec("{helpline}.peak.baseline_in_lockdown", "verdict", "1: the last month before the peak fell in a lockdown"),
    KeySpec("{helpline}.peak.{part}_flag", "verdict", "1: peak month the series' busiest / later months all above"),
    KeySpec("{helpline}.peak.{part}_pct", PERCENT, "a stated peak against the months before it"),
    KeySpec("{helpline}.peak.{part}_month", "month", "the peak month"),
    KeySpec("{helpline}.peak.{part}", COUNT, "contacts in and before the peak (monthly means)"),
    KeySpec("{helpline}.peak.{year}.{category}", COUNT, "contacts of a month before the peak (m01: January; r44)"),
    KeySpec("{helpline}.{key}", ANY_UNIT, "any other published key figure, under its key_figures.csv key"),
)


@cache
def spec_of(key: str) -> KeySpec:
    """The first registered pattern the key matches (the registry lists specific patterns first)."""
    if (spec := next((s for s in REGISTRY if s.regex.match(key)), None)) is not None:
        return spec
    raise BuildError(f"fact key {key!r} matches no pattern of hulplijnen.facts.keys.REGISTRY; add one there")


def check(key: str, unit: str) -> None:
    if (spec := spec_of(key)).unit not in (ANY_UNIT, unit):
        raise BuildError(f"fact {key}: unit {unit!r}, but its pattern {spec.pattern} has unit {spec.unit!r}")


def total(helpline: str, measure: str) -> str:
    return f"{helpline}.{measure}.total"


def earlier(helpline: str, measure: str, year: int, bound: str, channel: str = "all") -> str:
    return f"{helpline}.{'' if channel == 'all' else f'channel.{channel}.'}{measure}.{year}.{bound}"


def growth(helpline: str, measure: str, year: int, bound: str) -> str:
    """The change of the year's total against an earlier ``year`` known as an interval (low: against its upper end)."""
    return f"{helpline}.{measure}.{year}.growth_{bound}_pct"


def points_since(helpline: str, measure: str, year: int) -> str:
    return f"{helpline}.{measure}.points_since_{year}"


def channel_count(helpline: str, channel: str, measure: str) -> str:
    return f"{helpline}.channel.{channel}.{measure}"


def channel_share(helpline: str, channel: str) -> str:
    return f"{helpline}.channel.{channel}.share_pct"


def role_share(helpline: str, role: str) -> str:
    return f"{helpline}.contact_person.{role}.share_pct"


def key_figure(helpline: str, row, roles: dict[str, str], channels: set[str]) -> tuple[str, str]:
    """A published key figure's key and unit: counts and shares in the scheme above; others their csv key."""
    current = pd.isna(row.reference_year)  # a figure of the year itself, not of an earlier one
    if current and row.unit == "count" and row.category == "all":
        return total(helpline, row.measure), "count"
    if current and row.unit == "count" and row.category in channels:
        return channel_count(helpline, row.category, row.measure), "count"
    if current and row.unit == "percent" and row.measure == "channel_share":
        return channel_share(helpline, row.category), "percent"
    over_all_contacts = pd.isna(row.base) or row.base in ("", "contacts")
    role_shared = row.unit == "percent" and row.measure == "contact_person_share"
    if current and role_shared and row.category in roles and over_all_contacts:
        return role_share(helpline, roles[row.category]), "percent"
    return published(helpline, row.key), row.unit


def fact_key(helpline: str, row) -> tuple[str, str]:
    """A published key figure's key and unit in figures.json (``key_figure`` with the codebooks' roles and channels)."""
    from ..data import load

    roles = load.codebook("contact_person_codes").set_index("code")["role"].to_dict()
    channels = set(load.codebook("channels")["channel"])
    return key_figure(helpline, row, {str(c): r for c, r in roles.items() if pd.notna(r) and r}, channels)


def earlier_share(helpline: str, channel: str, year: int, bound: str) -> str:
    return f"{helpline}.channel.{channel}.share_pct.{year}.{bound}"


def check_key(helpline: str, key: str, stat: str) -> str:  # a checked statement, by its key_figures.csv key
    return f"{helpline}.check.{key}.{stat}"


def _join(*parts) -> str:
    return ".".join(str(p) for p in parts)


def published(helpline: str, key: str) -> str:  # a published key figure under its key_figures.csv key
    return _join(helpline, key)


def share_of(helpline: str, measure: str, whole: str, year: int | None = None, bound: str | None = None) -> str:
    return _join(helpline, measure, f"share_of_{whole}_pct", *[p for p in (year, bound) if p])  # r31: earlier years


def channel_share_of(helpline: str, channel: str, whole: str, year: int | None = None) -> str:
    return _join(helpline, "channel", channel, f"share_of_{whole}_pct", *([str(year)] if year else []))


def concerns_listed_share(helpline: str) -> str:
    return _join(helpline, "concerns", "listed_share_pct")


def contact_person(helpline: str, role: str, *parts) -> str:
    return _join(helpline, "contact_person", role, *parts)


def contact_person_group(helpline: str, group: str, *parts) -> str:
    return _join(helpline, "contact_person_group", group, *parts)


def campaign(helpline: str, campaign_id: str, part: str) -> str:
    return _join(helpline, "campaign", campaign_id, part)


def event(helpline: str, event_id: str, part: str) -> str:
    return _join(helpline, "event", event_id, part)


def export(helpline: str, *parts) -> str:
    """A fact of the contact export: ``export(h, "channel", channel, "share_pct")``."""
    return _join(helpline, "export", *parts)


def phone(helpline: str, *parts) -> str:
    """A fact of the export's phone calls: ``phone(h, "wait", "mean_s")``."""
    return export(helpline, "phone", *parts)


def staffing(helpline: str, part: str) -> str:
    return phone(helpline, "staffing", part)


def comparison(helpline: str, year: int, bound: str) -> str:
    return _join("comparison", helpline, f"index_{year}", bound)


def quality(*parts: str) -> str:  # r39: also 'quality.<helpline>.across_<year>.<part>'
    return _join("quality", *parts)


def _of_year(family: str):
    """The key function of a family of one year's table facts: ``gender(h, 2020, "female", "share_pct")``."""
    return lambda helpline, year, *parts: _join(helpline, family, year, *parts)


gender, age, context = _of_year("gender"), _of_year("age"), _of_year("context")


def _of_part(family: str):
    """The key function of a family named by one part: ``reach(h, "per_attempt_low_pct")``."""
    return lambda helpline, part: _join(helpline, family, part)


reach, peak, contacts = _of_part("reach"), _of_part("peak"), _of_part("contacts")
contact_person_statements, campaigns = _of_part("contact_person_statements"), _of_part("campaigns")
