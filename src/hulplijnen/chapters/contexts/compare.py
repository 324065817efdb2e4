"""r49 (r48 2021 #9c): the earlier year's shares beside the year's published ones, one row per base (the family's
share of the known contexts, the nuclear family's of all), so four percentages on their bases stand in a table."""

from __future__ import annotations

import pandas as pd

from ...data import history
from ...facts import FactSheet, Source, keys
from ...presentation import fmt
from ..shared.checked import fact

# the rows: the category of the key figures and the share's base, in the chapter's words
ROWS = (
    ("family", "binnen de familie, van wie de context bekend is"),
    # r50 (r49 2021 #3): each year's base, as the chapter says: the earlier table counts entries ('vermeldingen')
    # r53 (r53 2021 #1): the earlier table by its missing year, not by the year it sits with
    (
        "nuclear_family",
        # r54 (r54 2021 #5): each column's base plain, not 'of' read as a choice
        "binnen het gezin (van alle vermeldingen; in {year}: van alle mogelijke slachtoffers)",
    ),
)
# r51, r52 (r51 2021 #12): the earlier table's mark and its note, gone in r59 (r58 2021 #2): the annex's lead says it
EARLIER_HEADER = "tabel zonder jaartal"  # r53 (r53 2021 #1): not "{since}"; r59: its year said in the lead
QUALIFIER_WORDS = {"about": "ongeveer ", "almost": "bijna ", "more_than": "meer dan ", "at_most": "hoogstens "}


def compare_table(later: list[dict], helpline: str, year: int, since: int) -> pd.DataFrame | None:
    """The year's stated shares of the family and the nuclear family beside the earlier table's (``later``, the
    chapter's comparisons), or None where the year states not both."""
    now = next((x for x in later if x["year"] == str(year)), None)
    if since == year or now is None or not all(k in now["stated"] for k, _ in ROWS):
        return None
    figs = history.key_figures_by_year(helpline, year)[year]
    figs = figs[(figs["measure"] == "context_share") & figs["reference_year"].isna()].set_index("category")
    rows = []
    for key, label in ROWS:
        # r51: a plain space after the qualifier: with a no-break space "ongeveer 75 %" ran past the column (2021 p.7)
        c, words = now["stated"][key], QUALIFIER_WORDS.get(figs.loc[key, "qualifier"], "")
        rows.append(
            {
                "Aandeel": label.format(since=since, year=year),
                EARLIER_HEADER.format(since=since): fmt.pct(c.earlier),
                str(year): words + fmt.pct(c.published, 0),
            }
        )
    return pd.DataFrame(rows, columns=["Aandeel", EARLIER_HEADER.format(since=since), str(year)])


def doubted(total: float | None, after: dict | None, later: list[dict]) -> bool:
    """r53 (r53 2020 #1): the table per context's year doubted, by the chapter's rule, here only: its
    total within 1 % of the first later count of possible victims, for the text (text.md) and the captions."""
    ref = after or next((x for x in later if x.get("victims") is not None), None)
    victims = ref.get("victims") if ref else None
    return bool(victims is not None and total and abs(total - victims) <= victims / 100)


# r54 (r54 2020 #5): a later year's stated shares, by the key the earlier table's own shares have: the family's of the
# known contexts, the nuclear family's of all possible victims
STATED_KEYS = {"family": "share_known_pct", "nuclear_family": "share_pct"}


def stated_shares(figs: pd.DataFrame, helpline: str, later: int, facts: FactSheet) -> dict:
    """r54 (r54 2020 #5): the later year's key figures' shares of the family and the nuclear family, recorded, with
    their qualifier's word ('ongeveer'), for the annex's note that they too lie close to the undated table's; {} where
    the key figures do not state both."""
    rows = figs[(figs["measure"] == "context_share") & figs["reference_year"].isna()].set_index("category")
    if not all(c in rows.index for c in STATED_KEYS):
        return {}
    file = f"data/{helpline}/{later}/key_figures.csv"
    out = {}
    for category, suffix in STATED_KEYS.items():
        r = rows.loc[category]
        key = keys.context(helpline, later, category, suffix)
        value = fact(facts, key, float(r["value"]), "percent", Source(file, "key_figures", f"key = {r['key']}"))
        out[category] = {"value": value, "words": QUALIFIER_WORDS.get(r["qualifier"], "")}
    return out
