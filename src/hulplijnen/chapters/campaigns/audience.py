"""A campaign aimed at a group of contact persons, beside the helpline's own latest count of that group (r24 2021
#21): the reason a campaign has, said with a figure, no effect claimed."""

from __future__ import annotations

import pandas as pd

from ...data import load
from ...facts import FactSheet, Source, keys
from ...presentation import fmt

# campaigns.csv audience -> the contact-person group of key_figures.csv (measure contact_person_group) it aims at
AUDIENCE_GROUP = {"perpetrators": "perpetrator_environment"}
# the audience itself within that group (codebook contact_person_codes: role), where the year has a table per code
AUDIENCE_ROLE = {"perpetrators": "perpetrator"}
CODES = "contacts_by_contact_person"


def _themselves(helpline: str, year: int, group: str, role: str | None) -> int | None:
    """How many of the group's contacts came from the audience itself in ``year`` (its table per code: 'dader zelf'),
    None without that table."""
    if role is None or not load.has_table(CODES, helpline, year):
        return None
    people = load.contacts_by_contact_person(year, helpline).merge(load.codebook("contact_person_codes"), on="code")
    return int(people.loc[(people["group"] == group) & (people["role"] == role), "contacts"].sum())


def aimed(mine: pd.DataFrame, helpline: str, year: int, facts: FactSheet) -> list[dict]:
    """Each campaign of ``mine`` whose audience is a contact-person group the helpline counted in a year up to
    ``year``: its start (a day without the report's year), the latest count and share of that group, and their year.
    The count and share are recorded under the campaign's key; a group without a published count is left out."""
    from ...data import history

    by_year = sorted(history.key_figures_by_year(helpline, year).items(), reverse=True)
    out = []
    for c in mine.itertuples():
        group = AUDIENCE_GROUP.get(str(c.audience))
        if group is None:
            continue
        for y, figs in by_year:
            rows = figs[(figs["category"] == group) & figs["reference_year"].isna()]
            count = rows[rows["measure"] == "contact_person_group"]
            share = rows[rows["measure"] == "contact_person_group_share"]
            if count.empty:
                continue
            file = f"data/{helpline}/{y}/key_figures.csv"
            values = {}
            for part, unit, found in (("group_contacts", "count", count), ("group_share_pct", "percent", share)):
                if len(found):
                    row = found.iloc[0]
                    src = Source(file, "key_figures", f"key = {row.key} (campaign audience {c.audience})")
                    values[part] = facts.add(keys.campaign(helpline, c.campaign_id, part), row.value, unit, src)
            # r28 2021 #11: of the group's contacts, those of the audience itself, where the year's table says it
            themselves = _themselves(helpline, y, group, AUDIENCE_ROLE.get(str(c.audience)))
            if themselves is not None:
                src = Source(f"data/{helpline}/{y}/{CODES}.csv", CODES, f"role {AUDIENCE_ROLE[str(c.audience)]}")
                key = keys.campaign(helpline, c.campaign_id, "audience_itself")
                themselves = facts.add(key, themselves, "count", src)
            start = fmt.date(c.start_earliest, c.precision)
            out.append(
                {
                    "when": start.removesuffix(f" {year}") if c.precision == "day" else start,
                    "audience": str(c.audience),
                    "year": str(y),
                    "contacts": values["group_contacts"],
                    "share": values.get("group_share_pct"),
                    "themselves": themselves,
                    # r53 (r53 2021 #8): the count as the annual report quoted in the answer gives it, of 'personen'
                    "quoted": "quoted annual report" in str(count.iloc[0].locator),
                    "short": str(load.helplines().set_index("helpline").loc[helpline, "short_name"]),  # r56
                }
            )
            break
    return out
