"""What the contact-persons chapter adds to its table: every contact-person statement of the year's
key figures checked against the table, and the share of each role per year (exact from a year's
table, an interval from a year's rounded published share)."""

from __future__ import annotations

import pandas as pd

from ...data import history, load, reconcile
from ...data import statements as st
from ...facts import FactSheet, Source, keys
from ...maths.intervals import rounding_interval
from ...presentation import fmt
from ...presentation.labels import base_label, category_label, measure_label
from ..shared.checked import fact, record_check
from ..shared.published import QUALIFIERS_NL, key_figure_value
from . import analysis as cp

TABLE = "contacts_by_contact_person"
KINDS = {"count": "count", "one_in_n": "one_in_n", "percent": "percent"}


def statements(
    year: int, helpline: str, people, codes, total: int, facts: FactSheet
) -> tuple[list[dict], pd.DataFrame]:
    """Each statement: recorded check and a table row (statement, as published, exact, verdict)."""
    if not load.has_table("key_figures", helpline, year):
        return [], pd.DataFrame()
    figs = load.key_figures(year, helpline)
    rows = figs.set_index("key")
    src = Source(f"data/{helpline}/{year}/{TABLE}.csv", TABLE, "codes of the stated category, over all contacts")
    items, table = [], []
    for key, check in st.contact_person_checks(figs, people, codes, total).items():
        row = rows.loc[key]
        kind = KINDS[row["unit"]]
        c = record_check(facts, helpline, key, check, kind, src)
        qualifier = "" if row["qualifier"] in ("exact", "rounded") else QUALIFIERS_NL[row["qualifier"]] + " "
        published = qualifier + key_figure_value(next(figs[figs["key"] == key].itertuples()))
        if kind == "one_in_n":
            exact = one_in_exact(c)
        elif kind == "percent":
            exact = f"{fmt.pct(c.computed)} ({fmt.number(c.part)} van {fmt.number(c.whole)})"
        else:
            exact = fmt.number(c.computed) + ("" if c.computed == c.published else " in de ingevulde vakken")
        label = measure_label(row["measure"], row["category"])
        table.append({"Uitspraak": label, "Gepubliceerd": published, "Exact": exact, "Oordeel": verdict(kind, c)})
        items.append(
            {
                "what": category_label(row["category"]),
                "kind": kind,
                "group": row["measure"].startswith("contact_person_group"),
                "category": row["category"],  # the group a group's count is of: its empty cells (r37)
                "key": key,
                "c": c,
                "qualifier": qualifier.strip(),
            }
        )
    return items, pd.DataFrame(table)


def unchecked(year: int, helpline: str, checks: list[dict]) -> list[dict]:
    """The year's contact-person statements the table per code cannot check (a share of a subset such as the chat
    contacts, a change against an earlier year): the annex names them (r40, r39 2020 #2: 'Alle cijfers … kloppen')."""
    if not load.has_table("key_figures", helpline, year):
        return []
    figs = load.key_figures(year, helpline)
    done = {x["key"] for x in checks}
    rows = figs[figs["measure"].str.startswith("contact_person") & ~figs["key"].isin(done)]
    codes = load.codebook("contact_person_codes")
    roles = pd.Series(codes["role"].values, index=codes["code"].astype(str))
    # r41 (r41 2020 #8): the role in the source's own word ('buren'), and whether a base is one channel's contacts
    return [
        {"what": category_label(r.category), "base": base_label(r.base) if isinstance(r.base, str) else None}
        | {"since": None if pd.isna(r.reference_year) else str(int(r.reference_year))}
        | {"who": ROLE_WORDS.get(roles.get(str(r.category), "")), "channel": str(r.base).startswith("contacts_")}
        for r in rows.itertuples()
    ]


def one_in_exact(c) -> str:
    """A computed 'one in n' as a reader reads it (r15 2020 #17: not '1 op 4,9'): the share in percent, with the
    nearest 'één op de n' beside it in every row (r19 2020 #22: 20,5 % lacked it), 'ongeveer' unless one_in says
    'ruim' or 'bijna' itself."""
    share = c.part / c.whole * 100 if c.part is not None and c.whole else 100 / c.computed
    reading = fmt.one_in(share / 100)
    return f"{fmt.pct(share)} ({reading if reading.startswith(('ruim ', 'bijna ')) else 'ongeveer ' + reading})"


def verdict(kind: str, c) -> str:
    """'klopt' when the table gives the stated figure; 'verenigbaar' when the filled cells give less and the empty
    cells can hold the difference (a count that holds without being equal); 'klopt niet' otherwise."""
    if not c.holds:
        return "klopt niet"
    return "verenigbaar" if kind == "count" and c.computed != c.published else "klopt"


def role_shares(year: int, helpline: str, roles: tuple[str, ...], facts: FactSheet) -> pd.DataFrame:
    """Share of every role (of the victim's environment) per year up to ``year``: exact from a year's
    table, else the interval a year's rounded published share allows. Columns year, role, low, high, exact."""
    codes = load.codebook("contact_person_codes")
    by_code = codes.set_index("code")["role"].to_dict()
    tables = set(history.years_with(TABLE, helpline, year))
    rows = []
    for y in sorted(tables | set(history.years_with("key_figures", helpline, year))):
        if y in tables:
            people = load.contacts_by_contact_person(y, helpline)
            total = load.year_contacts(y, helpline)[0]
            file = f"data/{helpline}/{y}/{TABLE}.csv"
            for role in roles:
                _, share = cp.role_share(people, codes, "victim_environment", [role], total)
                rows.append((y, role, share * 100, share * 100, True, Source(file, TABLE, f"codes of role {role}")))
            continue
        figs = load.key_figures(y, helpline)
        stated = figs[
            (figs["measure"] == "contact_person_share")
            & (figs["unit"] == "percent")
            & figs["reference_year"].isna()
            & (figs["base"].isna() | (figs["base"] == "contacts"))
        ]
        for r in stated.itertuples():
            role = by_code.get(r.category)
            if role in roles:
                band = rounding_interval(float(r.value), int(r.decimals), r.qualifier)
                src = Source(f"data/{helpline}/{y}/key_figures.csv", "key_figures", f"key = {r.key} (rounded)")
                rows.append((y, role, band.low, band.high, False, src))
    out = []
    for y, role, low, high, exact, src in rows:
        low = fact(facts, keys.contact_person(helpline, role, "share_pct", y, "low"), round(low, 1), "percent", src)
        high = fact(facts, keys.contact_person(helpline, role, "share_pct", y, "high"), round(high, 1), "percent", src)
        out.append({"year": y, "role": role, "low": low, "high": high, "exact": exact})
    return pd.DataFrame(out, columns=["year", "role", "low", "high", "exact"])


def stated_roles(year: int, helpline: str) -> dict[str, str]:
    """The roles whose share any year's key figures state (as a percentage or 'one in n'), with the
    Dutch label of their code (categories codebook), in code order."""
    by_code = load.codebook("contact_person_codes").set_index("code")["role"].to_dict()
    labels = load.codebook("categories").set_index("category")["label_nl"]
    found: dict[str, str] = {}
    for figs in history.key_figures_by_year(helpline, year).values():
        for code in sorted(figs.loc[figs["measure"] == "contact_person_share", "category"]):
            if code in by_code and code in labels.index:
                found.setdefault(by_code[code], labels[code])
    return found


def shares_table(shares: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame | None:
    """The share of each stated role per year; None for a single year (the chapter's table per group gives it)."""
    if shares["year"].nunique() < 2:
        return None
    rows = []
    for y, part in shares.groupby("year"):
        by = part.set_index("role")
        row = {"Jaar": str(y)}
        for role, label in labels.items():
            if role in by.index:
                r = by.loc[role]
                row[label] = fmt.pct(r["low"]) if r["exact"] else fmt.share_as_published(r["low"], r["high"])
            else:
                row[label] = NOT_PUBLISHED  # absent from this report's sources (r15 2021 #1), as the chart says it
        # the contact persons of the roles not shown, together, where a year's table gives every role exactly
        # (r15 2021 #13: the other 36 % of 2020 went unsaid)
        known = all(role in by.index and bool(by.loc[role, "exact"]) for role in labels)
        rest = 100 - sum(float(by.loc[role, "low"]) for role in labels) if known else None
        row[OTHERS] = fmt.pct(round(rest, 1)) if rest is not None else NOT_PUBLISHED
        rows.append(row)
    # a row per contact person, a column per year: it fits a desktop's text width and a phone (r22: five columns of
    # long names scrolled sideways at 1280 px)
    table = pd.DataFrame(rows).set_index("Jaar").T
    return table.rename_axis("Contactnemer").reset_index().rename_axis(None, axis=1)


OTHERS = "andere contactnemers"
NOT_PUBLISHED = "niet gepubliceerd"


def with_others(shares: pd.DataFrame, labels: dict[str, str], helpline: str, facts: FactSheet) -> pd.DataFrame:
    """The shares per year with the contact persons of the roles not shown together (role 'others'), in a year whose
    table gives every shown role exactly: the chart draws the largest group too (r22 2021 #8: 35,9 % in 2020 had no
    bar); a year without it shows NOT_PUBLISHED in its place, as the table does. Recorded, as the table's row."""
    rows = []
    for y, part in shares.groupby("year"):
        by = part.set_index("role")
        if not all(role in by.index and bool(by.loc[role, "exact"]) for role in labels):
            continue
        rest = round(100 - sum(float(by.loc[role, "low"]) for role in labels), 1)
        src = Source(f"data/{helpline}/{y}/{TABLE}.csv", TABLE, "100 % less the shares of the roles shown")
        value = fact(facts, keys.contact_person(helpline, "others", y, "share_pct"), rest, "percent", src)
        rows.append({"year": y, "role": "others", "low": value, "high": value, "exact": True})
    return pd.concat([shares, pd.DataFrame(rows, columns=shares.columns)], ignore_index=True) if rows else shares


def stated_context(year: int, helpline: str, facts: FactSheet) -> dict:
    """What the year's own key figures add about who makes contact, recorded as published: the share that stays
    anonymous ('ruim driekwart'), and a stated change of a role's contacts against an earlier year ('een honderdtal
    meer van buren dan in 2019'). Empty where the year has no such figure."""
    out: dict = {"anonymous": None, "role_changes": [], "chat_victims": None, "own_count": False, "quoted": False}
    if not load.has_table("key_figures", helpline, year):
        return out
    figs = load.key_figures(year, helpline)
    codes = load.codebook("contact_person_codes")
    roles = pd.Series(codes["role"].values, index=codes["code"].astype(str))

    def recorded(row):
        key, unit = keys.fact_key(helpline, row)
        src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {row.key}")
        return fact(facts, key, row.value, unit, src)

    for row in figs[(figs["measure"] == "anonymity_share") & figs["reference_year"].isna()].itertuples():
        recorded(row)
    out["anonymous"] = anonymity(year, helpline, figs, facts)
    # the hulplijn's own figures on the chat's contact persons and on the perpetrator's side: where it gives them,
    # the chapter gives its explanation with them (the more anonymous chat; few perpetrators call)
    chat = figs[(figs["measure"] == "contact_person_share") & (figs["base"] == "contacts_chat")]
    chat = chat[(chat["category"].astype(str).map(roles) == "victim") & (chat["stated_by"] == "helpline")]
    # the helpline's words in a source that is not its own (the minister's answer quotes its annual report): said so
    quoted = bool((figs["stated_by"] == "minister").any())
    for row in chat.itertuples():
        out["chat_victims"] = {"share": recorded(row), "more_than": row.qualifier == "more_than", "quoted": quoted}
    own = figs[(figs["measure"] == "contact_person_group") & (figs["category"] == "perpetrator_environment")]
    out["own_count"] = bool((own["stated_by"] == "helpline").any())
    out["quoted"] = quoted  # r38 (r37 2020 #4): the helpline's words as the answer quotes them, said so in the text
    changes = figs[(figs["measure"] == "contact_person") & (figs["unit"] == "change") & figs["reference_year"].notna()]
    for row in changes.itertuples():
        if str(row.category) in roles.index and roles[str(row.category)] in ROLE_WORDS:
            out["role_changes"].append(
                {
                    "role": ROLE_WORDS[roles[str(row.category)]],
                    "value": recorded(row),
                    "about": row.qualifier == "about",
                    "year": str(int(row.reference_year)),
                }
            )
    return out


def anonymity(year: int, helpline: str, figs: pd.DataFrame, facts: FactSheet) -> dict | None:
    """The year's own statement of the share that stays anonymous, recorded under a key of its year: another
    year's statement that a later chapter quotes keeps its own source. Who states it, and whether it says of
    what it is a share ('75 % kiest voor anonimiteit' does not). None where the year has none."""
    rows = figs[(figs["measure"] == "anonymity_share") & figs["reference_year"].isna()]
    if rows.empty:
        return None
    row = next(rows.itertuples())
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {row.key}")
    share = fact(facts, keys.contact_person(helpline, "anonymous", year, "share_pct"), row.value, "percent", src)
    has_base = isinstance(row.base, str) and bool(row.base)
    return {"share": share, "more_than": row.qualifier == "more_than", "by": row.stated_by, "base": has_base}


# the contact persons of a role as a sentence names them ('van buren')
ROLE_WORDS = {"neighbour": "buren", "parent": "ouders", "victim": "slachtoffers zelf", "family": "familieleden"}


def chat_link(year: int, helpline: str, facts: FactSheet) -> dict | None:
    """The chat's share of the contacts in ``year`` (as published) against the year before (its table), with the
    helpline's statement of an earlier year that in the chat more of the contact persons are victims themselves
    (r20 2021 #12): the chapter sets the two beside a rising share of victims as a possible link. None where a year
    lacks one of them."""
    earlier = year - 1
    if not (load.has_table("key_figures", helpline, year) and load.has_table(CHANNELS, helpline, earlier)):
        return None
    figs = load.key_figures(year, helpline)
    now = figs[
        (figs["measure"] == "channel_share")
        & (figs["category"] == "chat")
        & (figs["unit"] == "percent")
        & figs["reference_year"].isna()
    ]
    roles = {str(c): r for c, r in load.codebook("contact_person_codes").set_index("code")["role"].items()}
    stated = None
    for y, earlier_figs in sorted(history.key_figures_by_year(helpline, year - 1).items(), reverse=True):
        rows = earlier_figs[
            (earlier_figs["measure"] == "contact_person_share")
            & (earlier_figs["base"] == "contacts_chat")
            & (earlier_figs["stated_by"] == "helpline")
        ]
        rows = rows[[roles.get(str(c)) == "victim" for c in rows["category"]]]
        if not rows.empty:
            stated = (int(y), next(rows.itertuples()), bool((earlier_figs["stated_by"] == "minister").any()))
            break
    if now.empty or stated is None:
        return None
    channels = load.contacts_by_month_channel(earlier, helpline)
    before = float(channels.loc[channels["channel"] == "chat", "contacts"].sum()) / float(channels["contacts"].sum())
    row = next(now.itertuples())
    key, unit = keys.fact_key(helpline, row)
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", f"key = {row.key}")
    said_year, said, quoted = stated
    said_src = Source(f"data/{helpline}/{said_year}/key_figures.csv", "key_figures", f"key = {said.key}")
    chat_src = Source(f"data/{helpline}/{earlier}/{CHANNELS}.csv", CHANNELS, "chat contacts over all contacts")
    band = rounding_interval(float(row.value), int(row.decimals), row.qualifier)
    return {
        "now": fact(facts, key, row.value, unit, src),
        "before": fact(
            facts, keys.earlier_share(helpline, "chat", earlier, "low"), round(before * 100, 1), "percent", chat_src
        ),
        "rose": band.low > round(before * 100, 1),
        "victims": fact(
            facts, keys.contact_person(helpline, "victim", said_year, "chat_share_pct"), said.value, "percent", said_src
        ),
        "more_than": said.qualifier == "more_than",
        "year": str(said_year),
        "quoted": quoted,  # the helpline's annual report as the minister's answer quotes it (r22 2021 #20)
    }


CHANNELS = "contacts_by_month_channel"


def years_widths(frame: pd.DataFrame) -> tuple[int, ...]:
    """The table per contact person: the names wide, the years sharing the rest."""
    years = len(frame.columns) - 1
    return (50, *([50 // years] * years)) if years else (100,)


PROFESSIONAL = "professional"  # the codebook's merged group (contact_person_groups: mix_group) of the sectors' codes


def professionals(year: int, helpline: str, facts: FactSheet) -> dict | None:
    """The contacts of ``year``'s table per code from the codebook's mix group 'professional' (onderwijs, cultuur,
    sport, welzijn, justitie), their share (r28 2021 #10), whether empty cells are in it ('derived', r31 2020 #13)
    and how many they hold; None for a year without that table. Keyed by the year: a later report says it too."""
    if not load.has_table(TABLE, helpline, year):
        return None
    codes, groups = load.codebook("contact_person_codes"), load.codebook("contact_person_groups")
    total = load.year_contacts(year, helpline)[0]
    bounds = reconcile.constraint_bounds()[0]
    bounds = bounds[bounds["file"] == f"{helpline}/{year}/{TABLE}.csv"]
    by_group = cp.by_group(load.contacts_by_contact_person(year, helpline), codes, groups, bounds, total)
    low, high, share_low, share_high = cp.merged(by_group, groups, PROFESSIONAL)
    members = groups.loc[groups["mix_group"] == PROFESSIONAL, "group"]
    src = Source(f"data/{helpline}/{year}/{TABLE}.csv", TABLE, f"groups of mix_group {PROFESSIONAL}, as per group")

    def key(part: str) -> str:
        return keys.contact_person_group(helpline, PROFESSIONAL, str(year), part)

    derived = float(by_group.loc[by_group["group"].isin(members), "derived"].sum())
    filled, gap = int(high - derived), derived > 0  # r53 (r53 2020 #8, 2021 #5): the filled cells alone, 'minstens'
    return {
        "year": str(year),
        "derived": gap,
        "low": fact(facts, key("low"), int(low), "count", src),
        "high": fact(facts, key("high"), int(high), "count", src),
        "pct": fact(facts, key("share_low_pct"), round(share_low, 1), "percent", src),
        "pct_high": fact(facts, key("share_high_pct"), round(share_high, 1), "percent", src),
        "filled": fact(facts, key("filled"), filled, "count", src) if gap else None,
        "estimated": fact(facts, key("estimated"), int(round(derived)), "count", src) if gap else None,  # r67 2020 #4
        "filled_pct": fact(facts, key("filled_pct"), round(filled / total * 100, 1), "percent", src) if gap else None,
    }
