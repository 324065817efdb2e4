"""What each release's notebooks show and what they leave out, derived from the release's build.json (its
params) and figures.json, never hard-coded: a labelled cell that shows nothing has no figure or table file
and no output in the report."""

import json
import re


def no_monthly_series(facts: dict) -> bool:
    """The year has no monthly figures (its channels chapter records a peak month only from them)."""
    return not any(key.endswith(".contacts.peak_month") for key in facts)


# cells that show nothing (and the text says why) without months: no campaign chart, no effect estimates
UNDRAWN_WITHOUT_MONTHS = {"fig-campaigns", "tbl-appendix-campaign-effects"}

# Charts of a series over the years, and the fact keys of figures.json that name each year of that series
# (the release's own year is always in it): one year is not a series, so such a chart is not drawn.
SERIES_YEARS = {
    "fig-contacts-years": r"^[\w-]+\.contacts\.(\d{4})\.low$",
    "fig-channel-mix": r"^[\w-]+\.channel\.\w+\.share_pct\.(\d{4})\.low$",
    "tbl-channel-shares-years": r"^[\w-]+\.channel\.\w+\.share_pct\.(\d{4})\.low$",
    "tbl-contacts-years": r"^[\w-]+\.contacts\.(\d{4})\.low$",
    "fig-contact-person-years": r"^[\w-]+\.contact_person\.\w+\.share_pct\.(\d{4})\.low$",
    "tbl-contact-person-years": r"^[\w-]+\.contact_person\.\w+\.share_pct\.(\d{4})\.low$",
    "fig-gender-share-years": r"^[\w-]+\.check\.gender_\w+_\d{4}_vs_(\d{4})\.computed_pct$",
}


def series_years(out, label: str) -> set[int]:
    record = json.loads((out / "figures.json").read_text())
    found = (re.match(SERIES_YEARS[label], key) for key in record["facts"])
    return {record["year"]} | {int(m.group(1)) for m in found if m}


# Data-quality tables and the fact of figures.json that counts their rows: with none, the text says so
# in a sentence and the table is not shown.
QUALITY_TABLES = {
    "tbl-corrections": "quality.corrections",
    "tbl-missing": "quality.missing_cells",
    "tbl-constraints": "quality.bounding_totals",
    "tbl-inconsistencies": "quality.known_inconsistencies",
}


def any_key(pattern: str):
    return lambda facts: any(re.search(pattern, key) for key in facts)


CODE_TABLE = any_key(r"\.contact_person_group\.\w+\.low$")  # the year has a table per contact-person code
# The contact-persons chapter shows the code table's cells, or, without it, the published shares: a cell of the
# other kind shows nothing. Each such cell, and when (from figures.json) it shows something.
SHOWN_WHEN = {
    "tbl-contact-person-groups": CODE_TABLE,
    "fig-contact-person-groups": CODE_TABLE,
    "tbl-appendix-contact-person-statements": lambda f: any(
        v["value"] for k, v in f.items() if k.endswith(".contact_person_statements.checked")
    ),
    "tbl-contact-person-published": lambda f: not CODE_TABLE(f),
    "fig-contact-person-published": lambda f: not CODE_TABLE(f),
    "tbl-appendix-contact-person-earlier": any_key(r"\.check\.contact_person_\w+_vs_\d{4}\.holds$"),
    # checks of the channel statements, told in words for the annex: where a published statement was checked
    "tbl-appendix-channel-checks": any_key(r"\.check\.(\w+_one_in_n_\d{4}|\w+_share_\d{4}|contacts_change_\d{4})\."),
    # a comparison of helplines needs two of them: the growth index of each (figures.json), the mix of each
    "fig-helpline-growth": lambda f: sum(bool(re.match(r"comparison\.[\w-]+\.index_\d{4}\.low$", k)) for k in f) > 1,
}


# cells a later year's report leaves out: the detail of an earlier year's table (fact family of that table)
EARLIER_DETAIL = {
    "tbl-gender-months": "gender",
    "fig-gender-months": "gender",
    "tbl-age-classes": "age",
    "fig-age-classes": "age",
    "tbl-contexts": "context",
}


def undrawn(out, labels: set[str]) -> set[str]:
    """The labelled cells of the release built into ``out`` that show nothing: monthly charts without months,
    one-year series, empty data-quality tables, the contact-persons cells of the other kind of source, and
    comparisons of helplines with one helpline."""
    facts = json.loads((out / "figures.json").read_text())["facts"]
    without_months = UNDRAWN_WITHOUT_MONTHS & labels if no_monthly_series(facts) else set()
    empty = {t for t in QUALITY_TABLES.keys() & labels if facts[QUALITY_TABLES[t]]["value"] == 0}
    other_kind = {x for x in SHOWN_WHEN.keys() & labels if not SHOWN_WHEN[x](facts)}
    one_year = {x for x in SERIES_YEARS.keys() & labels if len(series_years(out, x)) == 1}
    # a later year's report shows an earlier year's tables only as far as its comparison needs: not the months by
    # gender, the age classes or the contexts as registered of that earlier year (their facts name that year; the
    # year's own total of possible victims, context.<year>.all, is no table of that year)
    year = json.loads((out / "figures.json").read_text())["year"]
    earlier_detail = {
        label
        for label, family in EARLIER_DETAIL.items()
        if label in labels and not any(re.search(rf"\.{family}\.{year}\.(?!all\.)", k) for k in facts)
    }
    helplines = json.loads((out / "build.json").read_text())["params"]["helplines"]
    alone = {"fig-helpline-mix"} & labels if len(helplines) < 2 else set()
    from hulplijnen.chapters.base import has_published_tables

    # the years chart of a helpline with key figures only, when the report has exactly one such helpline
    sections = [h for h in helplines if not has_published_tables(h)]
    no_years = {"fig-helpline-years"} & labels if len(sections) != 1 else set()
    return without_months | empty | other_kind | one_year | alone | no_years | earlier_detail
