"""The report's opening: key messages (messages.py), key figures and where each key figure comes from. Python only
selects and orders facts of figures.json (and the labels the data give them); every sentence and label is a template
under report/summary/, every number a template prints a recorded fact (hulplijnen.presentation.text holds it to that).
A finding whose facts are absent is left out, never filled in by hand."""

from __future__ import annotations

import pandas as pd

from ..chapters.helplines import source_note
from ..config import yamlfile
from ..config.paths import DATA
from ..data import load, quality
from ..facts import keys, recorded
from ..presentation import text
from . import helpline_messages, messages, reach_messages
from .appendix import derived_years, used_documents
from .summary_rows import profile_rows, subject_rows

SUMMARY_CHANNELS = ("phone", "email", "chat")  # the channels of the key-figures row, in this order
SUMMARY_MEASURES = ("contacts", "calls", "conversations")  # the totals the key figures show, with their change
ALONE_MEASURES = ("website_visitors",)  # and where the report has one helpline only (r20 TO #17)


def _get(facts: dict, key: str):
    return recorded(key, facts[key]["value"]) if key in facts else None


def _values(facts: dict) -> dict:
    return {k: f["value"] for k, f in facts.items()}


def _stated(helpline: str, year: int, measure: str) -> pd.DataFrame:
    """The year's published changes of a measure (all categories together), against any earlier year."""
    if not load.has_table("key_figures", helpline, year):
        return pd.DataFrame(columns=["unit", "qualifier", "reference_year", "decimals"])
    figs = load.key_figures(year, helpline)
    return figs[(figs["measure"] == measure) & (figs["category"] == "all") & figs["reference_year"].notna()]


def _fitting(facts: dict, helpline: str, measure: str, pct: pd.DataFrame, against: int, anyway=False) -> dict | None:
    """The source's percentage against ``against`` beside an exact difference, None where it does not fit it (unless
    ``anyway``): the chapter's check (helplines/trend.not_fitting) then records the difference's own (r23 TO #1)."""
    rows = pct[pct["reference_year"] == against]
    if rows.empty or (keys.growth(helpline, measure, against, "exact") in facts and not anyway):
        return None
    key = keys.fact_key(helpline, rows.iloc[0])[0]
    return {"value": _get(facts, key), "decimals": int(rows.iloc[0].decimals)} if key in facts else None


def stated_change(facts: dict, helpline: str, measure: str, year: int) -> dict | None:
    """The change against the previous year as the source states it (a published key figure)."""
    same = (stated := _stated(helpline, year, measure))[stated["reference_year"] == year - 1]
    pct = same[same["unit"] == "pct_change"]
    # an exact difference first: it is what the chapter gives, where the source's percentage may not fit it (r20 TO #17)
    exact = same[(same["unit"] == "change") & (same["qualifier"] == "exact")]
    rows = exact if not exact.empty else pct
    if rows.empty or keys.fact_key(helpline, rows.iloc[0])[0] not in facts:
        return None
    return {
        "value": _get(facts, keys.fact_key(helpline, rows.iloc[0])[0]),
        "decimals": int(rows.iloc[0].decimals),
        "difference": not exact.empty,
        "published": _fitting(facts, helpline, measure, pct, year - 1) if not exact.empty else None,
        "disputed": not exact.empty and keys.growth(helpline, measure, year - 1, "exact") in facts,  # r24 TO #8
        "computed": _get(facts, keys.growth(helpline, measure, year - 1, "exact")),  # r25 TO #5: its own, in the table
        "whole": [_get(facts, keys.growth(helpline, measure, year - 1, b)) for b in ("floor", "ceil")],  # r30 TO #9
        "stated": _fitting(facts, helpline, measure, pct, year - 1, anyway=True),  # and the source's, in a note
    }


def earlier_changes(facts: dict, helpline: str, measure: str, year: int) -> list[dict]:
    """The changes against years before the previous one as the source states them, newest first: the percentage
    where it fits the exact difference stated against the same year, and that difference (r22 TO #7, r30 TO #9)."""
    stated = messages.statements(helpline, year, measure)
    if stated.empty:
        return []
    older = stated[(stated["unit"] == "pct_change") & (stated["reference_year"] < year - 1)]
    same = _stated(helpline, year, measure)
    exact = same[(same["unit"] == "change") & (same["qualifier"] == "exact")]
    differences = {int(r["reference_year"]): keys.fact_key(helpline, r)[0] for _, r in exact.iterrows()}
    changes = []
    for _, r in older.iterrows():
        key, against = keys.fact_key(helpline, r)[0], int(r["reference_year"])
        if key not in facts:
            continue
        difference = _get(facts, differences[against]) if differences.get(against) in facts else None
        fits = difference is None or _fitting(facts, helpline, measure, older, against) is not None
        value = _get(facts, key) if fits else None
        changes.append({"value": value, "decimals": int(r["decimals"]), "year": str(against), "difference": difference})
    return changes


def helpline_rows(facts: dict, helpline: str, name: str, year: int, alone: bool = False) -> list[dict]:
    """The key figures of one helpline, in the order the summary shows them; ``alone``: the report's only helpline,
    its table then complete at a glance (r20 TO #17: every key message's figure, the website's and corona's too)."""
    rows, measures = [], load.codebook("measures").set_index("measure")["label_nl"]
    for measure in SUMMARY_MEASURES + (ALONE_MEASURES if alone else ()):
        if keys.total(helpline, measure) not in facts:
            continue
        bounds = [keys.earlier(helpline, measure, year - 1, b) for b in ("low", "high")]
        earlier = None
        if all(b in facts for b in bounds):
            earlier = {b: _get(facts, keys.earlier(helpline, measure, year - 1, b)) for b in ("low", "high", "about")}
            earlier["later"] = helpline_messages.later_base(facts, helpline, measure, year - 1, bounds[0])  # r47
        # an earlier year known only as a range: the change the chapter derived from it ('ongeveer de helft meer')
        growth_keys = [keys.growth(helpline, measure, year - 1, b) for b in ("low", "high")]
        growth = None
        if all(g in facts for g in growth_keys):
            growth = {"low": _get(facts, growth_keys[0]), "high": _get(facts, growth_keys[1])}
            bounds = [*bounds, *growth_keys]
        rows.append(
            {
                "kind": "total",
                "name": name,
                "label": measures[measure],
                "value": _get(facts, keys.total(helpline, measure)),
                "change": stated_change(facts, helpline, measure, year),
                "since": earlier_changes(facts, helpline, measure, year),
                "earlier": earlier,
                "growth": growth,
                "keys": [keys.total(helpline, measure), *(bounds if earlier else [])],
            }
        )
    exported = (("export_contacts", keys.export(helpline, "contacts")), ("offered", keys.phone(helpline, "offered")))
    for kind, key in exported:
        if key in facts:
            rows.append({"kind": kind, "name": name, "value": _get(facts, key), "keys": [key]})
    # demo r21 #3: a synthetic export's contacts are the source's published total less those it counts without a
    # channel: the row says both, so 8.053 is never read as the published total
    calibration = [keys.export(helpline, "calibration_contacts"), keys.export(helpline, "calibration_left_out")]
    for row in rows:
        if row["kind"] == "export_contacts" and all(k in facts for k in calibration):
            row |= {"published": _get(facts, calibration[0]), "left_out": _get(facts, calibration[1])}
            row["keys"] = row["keys"] + calibration
        # demo r23 #4: made-up attempts that give fewer callers at the stated attempts than answered calls
        callers, answered = reach_messages.most_callers(facts, helpline), keys.phone(helpline, "answered")
        if row["kind"] == "offered" and callers in facts and answered in facts:
            row["few_callers"] = _get(facts, callers) < _get(facts, answered)
    if keys.phone(helpline, "answer_rate_pct") in facts:
        rate = [keys.phone(helpline, f"answer_rate{b}_pct") for b in ("", "_low", "_high")]
        in_hours, queued = keys.staffing(helpline, "measured_pct"), keys.phone(helpline, "queued")  # opening hours
        bounds = [k for k in (keys.staffing(helpline, f"measured_{b}_pct") for b in ("low", "high")) if k in facts]
        rows.append(
            {
                "kind": "answer_rate",
                "name": name,
                **dict(zip(("value", "low", "high"), (_get(facts, k) for k in rate))),
                "in_hours": _get(facts, in_hours) if in_hours in facts else None,
                "queued": _get(facts, queued) if queued in facts else None,  # its base (r47, demo r46 #8)
                "in_hours_range": [_get(facts, k) for k in bounds] if len(bounds) == 2 else None,  # r56 demo #6
                "keys": rate + [k for k in (in_hours, queued) if k in facts] + bounds,
            }
        )
    labels = load.codebook("channels").set_index("channel")["label_nl"]
    calls = [keys.channel_share(helpline, c) for c in SUMMARY_CHANNELS if keys.channel_share(helpline, c) in facts]
    whole = next((keys.total(helpline, m) for m in ("contacts", "calls") if keys.total(helpline, m) in facts), None)
    talks = [keys.channel_share_of(helpline, c, "conversations") for c in SUMMARY_CHANNELS]
    talks = [k for k in talks if k in facts] if alone and keys.total(helpline, "conversations") in facts else []
    for shares, base, given in ((calls, whole, True), (talks, keys.total(helpline, "conversations"), False)):
        if not shares:
            continue
        rows.append(
            {
                "kind": "channel_mix",
                "name": name,
                # each share with its channel's count of the base where the release recorded it (r19 TO #16)
                "shares": [
                    {
                        "label": labels[k.split(".")[2]],
                        "value": _get(facts, k),
                        "count": base
                        and _get(facts, keys.channel_count(helpline, k.split(".")[2], base.split(".")[1])),
                    }
                    for k in shares
                ],
                "base": _get(facts, base) if base else None,
                # r64 (r64 2020 #4): the contacts without a registered channel, so the counts add up to the total
                "without": base and _get(facts, keys.channel_count(helpline, "not_recorded", base.split(".")[1])),
                "base_label": measures[base.split(".")[1]] if base else None,
                "unstated": given and unstated_base(helpline, year),  # the source does not say what they are of
                "read_as": helpline_messages.base_read(helpline, year) if given else True,  # r32 TO #12: say it
                "calculated": not given,  # r49 (r48 TO #4) conversations per channel; r50: shares the report's own
                "keys": shares,
            }
        )
    rows += reach_messages.stated_rate_row(facts, helpline, name, year)  # r56 (r55 2020 #4)
    subjects = subject_rows(facts, helpline, name, year) if alone else []
    return rows + subjects + profile_rows(facts, helpline, name, year)


def unstated_base(helpline: str, year: int) -> bool:
    """Whether the source gives the year's channel shares without saying what they are shares of, and they do not all
    fit the calls: shares that follow from the published calls are shares of the calls (r16 2021 #4, TO #3), as the
    helplines chapter's table says; the remark on the unstated base is the annex's."""
    if not helpline_messages.no_stated_base(helpline, year):
        return False
    unclear = quality.unclear_bases([helpline], year)
    return not ("calls_fits" in unclear and bool(unclear["calls_fits"].all()))


def key_figure_rows(facts: dict, helplines: list[str], year: int) -> list[dict]:
    names = load.helplines().set_index("helpline")["name"]
    alone = len(helplines) == 1
    return [row for h in helplines for row in helpline_rows(facts, h, names[h], year, alone)]


def source_in_words(fact: dict, provenance: dict) -> str:
    """Where a fact comes from, as a reader reads it: the source's title, or the export (``provenance``: read once)."""
    file = fact["source"]["file"]
    if file is None:
        return ""
    entry = provenance["files"].get(file.removeprefix("data/"))
    return provenance["documents"][entry["document"]]["title"] if entry else ""


def key_figures_markdown(facts: dict, helplines: list[str], year: int, said: str = "", note: str = "") -> str:
    """The key figures as a table (Kerncijfer, Waarde, Toelichting), without those whose value ``said`` (the key
    messages) already gives: each number once on the summary page (r20 2020 #2). r45 (r44 TO #8): one helpline's table
    whose every figure is from its key figures has their source line under it, as the chapter's tables."""
    rows, one = key_figure_rows(facts, helplines, year), f"data/{helplines[0]}/{year}/key_figures.csv"
    alone = len(helplines) == 1 and {facts[k]["source"]["file"] for r in rows for k in r["keys"]} == {one}
    return text.render(
        "summary/key_figures.md",
        prose=False,
        facts=_values(facts),
        year=str(year),
        previous_year=str(year - 1),
        rows=rows,
        said=said,
        note=note,
        source=source_note.in_words(helplines[0], year) if alone else "",
        # r66 (r66 TO #3): one helpline's counts per channel are the helplines chapter's table: pointed to
        counts_table=len(helplines) == 1
        and any(f.get("notebook") == "helplines" for k, f in facts.items() if k.startswith(f"{helplines[0]}.channel.")),
        # a synthetic export's key figures are made up: the table says so in its header and caption
        synthetic=any(keys.export(h, "calibration_contacts") in facts for h in helplines),
    )


def markdown(facts: dict, helplines: list[str], year: int) -> str:
    """The key messages of the year, then the key figures they do not already say."""
    said = messages.key_messages(facts, helplines, year)
    # r59 (r58 TO #4): the key messages' note (after '¹ ', under the bullets) is Table 1's note, under the table
    bullets, _, note = said.partition("\n¹ ")
    table = key_figures_markdown(facts, helplines, year, said, text.markdown(note.strip()))  # rendered: safe as it is
    return "\n\n".join(part for part in (bullets.strip(), table) if part)


def sources_markdown(facts: dict, helplines: list[str], year: int, said: str = "") -> str:
    """The appendix table: where each key figure the summary's table shows (not those ``said``) comes from, in words."""
    rows = key_figure_rows(facts, helplines, year)
    provenance = yamlfile.load(DATA / "provenance.yml")[0]  # validated by make validate
    for row in rows:
        # r66 (r66 2021 #4): a total Table 1 gives with its stated changes shows no earlier count: its source is the
        # total's, and no note on earlier counts derived from the changes (the chapter's annex gives those)
        changes = row["kind"] == "total" and bool(row["change"])
        shown = row["keys"][:1] if changes else row["keys"]
        row["documents"] = list(dict.fromkeys(d for d in (source_in_words(facts[k], provenance) for k in shown) if d))
        row["export"] = any(facts[k]["source"]["file"] is None for k in row["keys"])
        # the years known only from a change (r25 TO #10)
        row["derived"] = {"years": [], "tabled": False} if changes else derived_years(facts, row["keys"])
    return text.render(
        "summary/sources.md",
        prose=False,
        facts=_values(facts),
        rows=rows,
        said=said,
        named=len(helplines) > 1,  # one helpline: no row repeats its name
        one_document=len(used_documents(facts, False)) == 1,  # r28 TO #6: 'Bronnen' says it, no second sentence
    )
