"""'Over deze cijfers' and the Methods' worked example: where a release's figures come from and how exact they are,
in a few sentences filled from the recorded facts (report/about.md)."""

from __future__ import annotations

import math
import re

import pandas as pd

from .. import facts as facts_mod
from ..facts import keys
from ..maths.intervals import rounding_interval
from ..presentation import fmt, text
from ..presentation.labels import measure_label
from .about_later import assumed, later_figures
from .appendix import load_names, used_documents


def derived_example(facts: dict, year: int | None = None) -> dict | None:
    """A derived count the text gives as 'ongeveer': its range and its rounded value, for the Methods' example; with
    ``year`` (the release's) also the published rounded change it comes from and what that rounding allows, so the
    Methods explain rounding with the release's own figure (r15 Tele-Onthaal #15), not another release's '+6 %'; and
    ``other``: a change of another derived count rounded to another number of decimals, where the release has one
    (r36 TO #7: '−1 %' read as −1,5 to −0,5 % beside '+13,9 %', the rule said for both)."""
    found = list(_derived(facts, year))
    if not found:
        return None
    example = found[0]
    others = [e for e in found[1:] if "decimals" in e and e["decimals"] != example.get("decimals")]
    if "decimals" in example and others:
        example["other"] = {k: others[0][k] for k in ("change", "decimals", "allowed", "away") if k in others[0]}
    return example


def outward_example(facts: dict) -> dict | None:
    """r39 (2021 #9): a range the text gives rounded outwards (helplines.corona.outward_bounds) beside the exact whole
    ends the annex gives, for the Methods' sentence on how ranges in the text are rounded; None where there is none."""
    for k in sorted(facts):
        stem = k.removesuffix(".between_low")
        ends = [f"{stem}.{b}" for b in ("between_high", "low", "high")]
        if k.endswith(".between_low") and set(ends) <= facts.keys():
            value = [facts[x]["value"] for x in [k, *ends]]
            return dict(zip(("low", "high", "exact_low", "exact_high"), value, strict=True)) | share_example(facts)
    return None


def share_example(facts: dict) -> dict:
    """r41 (r40 TO #9): a derived share's range beside the one estimate the text prints for it ('naar schatting 25 %',
    chapters.helplines.conversion), for the Methods' sentence on ranges of percentages; empty where there is none."""
    for k in sorted(facts):
        stem = k.removesuffix(".low")
        if k.endswith(".low") and "_pct." in k and {f"{stem}.high", stem} <= facts.keys():
            low, high, about = (facts[x]["value"] for x in (k, f"{stem}.high", stem))
            tenths = {math.floor(v * 10 + 0.5) for v in (low, high)}  # as story.share_decimals
            # r45 (r44 TO #1): the ends as recorded too, which the text prints to one decimal (fmt.pct_range)
            ends = {"exact_low": facts_mod.recorded(k, low), "exact_high": facts_mod.recorded(f"{stem}.high", high)}
            if f"{stem}.middle" in facts:  # r49 (r48 2021 #11): the text rounds it once, 'ongeveer' where ends differ
                ends["middle"] = facts_mod.recorded(f"{stem}.middle", facts[f"{stem}.middle"]["value"])
            low, high = math.floor(low * 100) / 100, math.ceil(high * 100) / 100  # as the annex's table (annex_rows)
            shown = {"low": low, "high": high, "about": about, "decimals": 1 if len(tenths) == 1 else 0}
            return {"share": shown | ends}
    return {}


def _derived(facts: dict, year: int | None):
    """Every derived total the text gives as 'ongeveer' (helpline.measure.year.about with both ends, a range), as the
    Methods' example says it."""
    for k, f in facts.items():
        stem = k.removesuffix(".about")
        whole = len(stem.split(".")) == 3  # helpline.measure.year: a total, not a channel
        if k.endswith(".about") and whole and {f"{stem}.low", f"{stem}.high"} <= facts.keys():
            low, high = (facts[f"{stem}.{b}"]["value"] for b in ("low", "high"))
            if low != high:
                measure, earlier = stem.split(".")[1:]
                label = measure_label(measure, "all")
                example = {"label": label, "year": earlier, "low": low, "high": high, "about": f["value"]}
                stated = _stated_change(facts, stem.split(".")[0], measure, int(earlier), year)
                # r31 TO #11: the range the change alone allows, where the channels narrow it; then both
                alone = [facts.get(f"{stem}.from_change_{b}", {}).get("value") for b in ("low", "high")]
                if stated and None not in alone and alone != [low, high]:
                    example |= {"low": alone[0], "high": alone[1], "narrowed": {"low": low, "high": high}}
                yield example | stated


def _stated_change(facts: dict, helpline: str, measure: str, earlier: int, year: int | None) -> dict:
    """The published rounded change of ``measure`` against ``earlier`` (recorded), with the bounds its rounding allows;
    empty where the release's key figures publish none."""
    from ..data import history

    if year is None:
        return {}
    # the release's own key figures first, then a later year's that the earlier count is derived from (r26 2020 #8:
    # the chapter says the count, the Methods say which published change it comes from)
    by_year = history.key_figures_by_year(helpline)
    for source_year in [year] + sorted(y for y in by_year if y > year):
        figs = by_year.get(source_year)
        if figs is None:
            continue
        row = history.stated_change(figs, measure, earlier)
        key = keys.fact_key(helpline, row)[0] if row is not None else None
        if key is None or key not in facts:
            continue
        decimals = int(row.decimals)
        allowed = rounding_interval(facts[key]["value"], decimals)
        change = facts_mod.recorded(key, facts[key]["value"])
        out = {"change": change, "decimals": decimals, "allowed": allowed}
        if change < 0:  # r45 (r44 TO #4): what rounding away from zero would have published for its half-way value
            out["away"] = facts_mod.recorded(f"{key}.away_from_zero", round(change - 10**-decimals, decimals))
        return out | ({"source_year": str(source_year)} if source_year != year else {})
    return {}


def where_shown(example: dict | None, shown: str) -> dict | None:
    """The Methods' example with where the chapters show its rounded value (r39, r38 TO #1: 'het hoofdstuk schrijft
    „ongeveer 120.900”' where only a table and a chart showed '≈ 120.900'): 'said' in a sentence as 'ongeveer',
    'tabled' in a table row as '≈'."""
    if not example:
        return example
    value = re.escape(fmt.number(example["about"]))
    rows = "\n".join(line for line in shown.splitlines() if line.lstrip().startswith("|"))
    return example | {
        "said": bool(re.search(rf"\bongeveer\s+{value}\b", shown)),
        "tabled": bool(re.search(rf"≈\s*{value}\b", rows)),
    }


def marks_estimates(shown: str) -> bool:
    """Whether a table the chapters show marks an estimate with '≈' (a row of a Markdown table holding one)."""
    return any(line.lstrip().startswith("|") and "≈" in line for line in shown.splitlines())


# what marks an estimate in the text besides '≈' and 'ongeveer' (r36 TO #8): 'rond 25.500', 'naar schatting',
# 'tussen 13.000 en 14.200'; 'Over deze cijfers' names those the chapters use
ESTIMATE_MARKS = {
    "around": re.compile(r"\brond \d"),
    "estimated": re.compile(r"\bnaar schatting\b", re.I),
    "between": re.compile(r"\btussen \d[\d.]* en \d"),
    # r37 (r36 2020 #14): the annex's Methods name only the words the chapters use: a table's range too
    "table_range": re.compile(r"^\s*\|.*\d tot \d", re.M),
    # r41 (r40 TO #5): 'ongeveer' before a number: the Methods name it as a mark only where the text writes one
    "about": re.compile(r"\bongeveer \d"),
    # r44 (r43 TO #7): not a mark but a comparison ('ongeveer evenveel'): 'Over deze cijfers' says so where it is used
    "same": re.compile(r"\bongeveer (?:evenveel|even groot)\b"),
}


def estimate_words(shown: str) -> dict[str, bool]:
    """Which of the words that mark an estimate (ESTIMATE_MARKS) the text uses."""
    return {name: bool(pattern.search(shown)) for name, pattern in ESTIMATE_MARKS.items()}


def rounding(params) -> dict[str, bool]:
    """How the release's published key figures are rounded (data/<helpline>/<year>/key_figures.csv, its qualifier):
    whether every count is exact and whether every percentage is rounded (r36 TO #8: 'Veel cijfers zijn afgerond
    bekendgemaakt' where only the percentages were), and to how many decimals the percentages are given; empty without
    key figures of the year."""
    from ..data import load

    year = params.year
    shown = [load.key_figures(year, h) for h in params.helplines if load.has_table("key_figures", h, year)]
    if not shown:
        return {}
    figs = pd.concat(shown)
    counts, shares = (figs[figs["unit"].isin(units)] for units in (("count", "change"), ("percent", "pct_change")))
    return {
        "counts_exact": bool((counts["qualifier"] == "exact").all()),
        "shares_rounded": not shares.empty and bool(shares["qualifier"].isin(["rounded", "about"]).all()),
        # r56 (r55 TO #6): the places the source gives its percentages to ('op een heel procent of op één decimaal')
        "share_decimals": sorted({str(int(d)) for d in shares["decimals"].dropna()}),  # as keys: no figure
    }


def estimates(facts: dict) -> list[dict]:
    """The counts the report derives from a rounded published figure (a recorded '.about'), as 'Over deze cijfers'
    names them when there is one: helpline, what is counted and the year (r31 2020 #15: 'Veel cijfers zijn afgerond
    bekendgemaakt' where one figure, 2019's, was)."""
    names = load_names()
    found = []
    for k in sorted(k.removesuffix(".about") for k in facts if k.endswith(".about")):
        helpline, *measure, year = k.split(".")
        if len(measure) == 1:  # a total; a channel's part of it goes with the total
            label = measure_label(measure[0], "all")
            found.append({"name": names.get(helpline, helpline), "label": label, "year": year})
    return found


def about_markdown(
    params, facts: dict, one_chapter: bool = False, marked: bool = False, words: dict | None = None
) -> str:
    """'Over deze cijfers': where the figures come from and how exact they are, in a few sentences; ``one_chapter``:
    a reader reads one chapter ('hoofdstuk 1', not 'de hoofdstukken'); ``marked``: a table shows an estimate as '≈'
    (said only then, r31 2020 #15); ``words``: the other words the text marks an estimate with (estimate_words)."""
    values = {k: f["value"] for k, f in facts.items()}
    inconsistencies, forced, bounded, corrected = (
        keys.quality(k)
        for k in ("conflicting_facts", "blanks_forced_by_totals", "bounding_totals", "value_corrections_of_cells")
    )
    quality = {
        k: facts_mod.recorded(k, values[k]) for k in (inconsistencies, forced, bounded, corrected) if k in values
    }
    from .front import is_later_edition
    from .reach_messages import measures

    # a report compiled years after its year says it is a look back, and whether a chapter follows what came after
    # (r22 2020 #17, 2021 #14, TO #12): the years from params, the measures from the reachability chapter's facts
    later = str(params.publication_date.year) if is_later_edition(params) and not params.is_synthetic else None
    beyond = bool(later) and any(measures(facts, h, params.year, later=True) for h in params.helplines)
    # r38 (r37 2020 #11): a later year's total the report needs to estimate an earlier year: said in the scope sentence
    used = [
        (y, e)
        for h in params.helplines
        for y in range(params.year + 1, params.publication_date.year + 1)
        for e in range(params.year - 5, params.year)
        if keys.earlier(h, "contacts", y, "later_total") in values and keys.earlier(h, "contacts", e, "about") in values
    ]
    return text.render(
        "about.md",
        facts=values,
        synthetic=params.is_synthetic,
        export=params.export is not None,
        inconsistencies=quality.get(inconsistencies),
        forced=quality.get(forced),
        bounded=quality.get(bounded),
        corrected=quality.get(corrected),  # r36 (r35 2020 #8): cells the report corrected, other than forced blanks
        names=[load_names()[h] for h in params.helplines],
        # r30 TO #7: a helpline counting calls and conversations: that its source defines neither, said here once
        undefined=[load_names()[h] for h in params.helplines if keys.total(h, "calls_without_conversation") in values],
        documents=used_documents(facts, params.is_synthetic),
        one_chapter=one_chapter,
        imitated=imitated(params, facts),
        later=later,
        year=str(params.year),
        beyond=beyond,
        later_total={"year": str(used[0][0]), "estimated": str(used[0][1])} if later and used else None,
        later_used=later_figures(params, facts) if later else [],  # r45 (r44 2020 #5)
        conflicts=conflicts(params, facts) if quality.get(inconsistencies) else [],
        estimates=estimates(facts),
        assumed=assumed(facts),  # r64 (r64 2020 #3): counts resting on an assumption, named beside the estimate
        marked=marked,
        words=words or {},
        rounding=rounding(params),
    )


def conflicts(params, facts: dict) -> list[dict]:
    """The published changes data/inconsistencies.csv records as not matching their counts, in words ('de wijziging
    van het aantal websitebezoekers tegenover 2020'): 'Over deze cijfers' names the figure plainly (r26 TO #13); with
    the published difference in counts it does not match, where recorded (r37, r36 TO #13: 'klopt niet met de andere'
    read as all the other figures)."""
    from ..data import load
    from ..data import quality as data_quality

    names = load_names()
    of = len(params.helplines) > 1  # several helplines: whose figure it is
    out = []
    for h, m, r in sorted(data_quality.disputed_changes(list(params.helplines), params.year)):
        figs = load.key_figures(params.year, h)
        rows = figs[(figs["measure"] == m) & (figs["unit"] == "change") & (figs["reference_year"] == r)]
        key = keys.fact_key(h, rows.iloc[0])[0] if not rows.empty else None
        figure = f"het aantal {measure_label(m, 'all')}{f' van {names[h]}' if of else ''}"
        value = None if rows.empty else float(rows.iloc[0].value)
        out.append(
            {
                "what": f"de wijziging van {figure} tegenover {r}",
                # r60 (r59 TO #1): the percentage not taken over, named in the rounding sentence ('de daling van …')
                "change": f"de {'wijziging' if not value else 'daling' if value < 0 else 'stijging'} van {figure}",
                "against": facts_mod.recorded(key, facts[key]["value"]) if key in facts else None,
            }
        )
    return out


def imitated(params, facts: dict) -> dict | None:
    """What a synthetic export took from the published figures and what it made up, as its first chapter recorded it
    (chapters/shared/export_tables._calibration): 'Over deze cijfers' lists it, the chapters point there."""
    helpline = params.helplines[0]
    if not params.is_synthetic or keys.export(helpline, "calibration_contacts") not in facts:
        return None

    def get(part: str):
        key = keys.export(helpline, part)
        return facts_mod.recorded(key, facts[key]["value"])

    from ..config.paths import DATA
    from ..data.provenance import named_in_text, question_number
    from ..export.misread import misread_totals

    anchors = {"rate_min": "answer_min", "rate_max": "answer_max", "anonymous_min": "anonymous_min"}
    return {
        "year": str(params.year),
        # r36 (demo r35 #7): the document the monthly totals were published in, as the summary names it
        "source": named_in_text(DATA, f"{helpline}/{params.year}/contacts_by_month_channel.csv"),
        # r37 (demo r36 #11): the question that cites the answer rate the generator is tuned to, by its number
        "question": question_number(DATA, f"{helpline}/{params.year}/key_figures.csv"),
        # r38 (demo r37 #10): the misread total it corrected, named where the totals are said to be the source's
        "misread": [
            {
                **m,
                **{
                    part: get(f"calibration_misread_{i}_{part}")
                    for part in ("published", "used")
                    if keys.export(helpline, f"calibration_misread_{i}_{part}") in facts
                },
            }
            for i, m in enumerate(misread_totals())
        ],
        "source_total": get("calibration_contacts"),
        "left_out": get("calibration_left_out"),
        "imitated": get("calibration_imitated"),
        "anchors": {
            **{name: get(f"calibration_{part}_pct") for name, part in anchors.items()},
            **{f"{edge}_month": get(f"calibration_{edge}_month") for edge in ("first", "last")},
            # r38 (demo r37 #2): how far the made-up counts per contact person lie from the published ones
            **{
                part: get(f"calibration_people_{part}")
                for part in ("large", "off_large_pct", "off_small_pct")
                if keys.export(helpline, f"calibration_people_{part}") in facts
            },
            # r41 (r41 demo #9): the made-up anonymous share beside the source's, as chapter 1 says it
            **(
                {"anonymous_here": get("anonymous.phone_share_pct")}
                if keys.export(helpline, "anonymous", "phone_share_pct") in facts
                else {}
            ),
            # the helpline's own word for the imitated contacts, the year after (demo r22 #5, #6)
            "conversations": get("calibration_chat_one_in_n")
            if keys.export(helpline, "calibration_chat_one_in_n") in facts
            else None,
        },
    }
