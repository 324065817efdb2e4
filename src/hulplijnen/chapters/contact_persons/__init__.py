"""Contactnemers: who contacts the helpline, by code and group, or the published shares."""

from __future__ import annotations

import pandas as pd

from ...analysis import helplines as hl
from ...data import load, reconcile
from ...data import statements as st
from ...facts import FactSheet, Source, keys
from ...presentation import fmt, text
from ...presentation.figures_sources import one_year
from ...presentation.parts import Table, Text
from ..shared.base import Chapter, ChapterSpec, leads_with_published_tables
from ..shared.checked import fact, record_comparison
from ..shared.published import CONTACT_MEASURES, answer_anonymity, register_key_figures, shares_as_published
from . import analysis as cp
from . import charts
from . import years as cpy

# what the chapter answers, not a second "Wie neemt contact op" beside the gender and age chapter's (r22 2020 #11): its
# groups (codebook contact_person_groups) are the victim and the people around them, the perpetrator's side and the
# sectors; no 'professional', which the codes do not say (r29 2020 #6, 2021 #14)
SPEC = ChapterSpec(
    "contact_persons", "Wie neemt contact op: slachtoffer, omgeving of anderen", 20, leads_with_published_tables
)
TABLE = "contacts_by_contact_person"
# roles in the victim's environment the text names (codebook); r44: 'other' too, so the list adds up to the group
ROLES = ("victim", "parent", "family", "neighbour", "friend", "partner", "other")


def build(year: int, helpline: str, facts: FactSheet) -> Chapter:
    if not load.has_table(TABLE, helpline, year):
        return from_key_figures(year, helpline, facts)
    people = load.contacts_by_contact_person(year, helpline)
    codes, groups = load.codebook("contact_person_codes"), load.codebook("contact_person_groups")
    contacts, how = load.year_contacts(year, helpline)
    total = fact(
        facts,
        keys.total(helpline, "contacts"),
        contacts,
        "count",
        Source(f"data/{helpline}/{year}/contacts_by_month_channel.csv", "contacts_by_month_channel", how),
    )
    bounds = reconcile.constraint_bounds()[0]
    bounds = bounds[bounds["file"] == f"{helpline}/{year}/{TABLE}.csv"]
    by_group = cp.by_group(people, codes, groups, bounds, total)
    roles = {}
    file = f"data/{helpline}/{year}/{TABLE}.csv"
    for role in ROLES:
        n, share = cp.role_share(people, codes, "victim_environment", [role], total)
        src = Source(file, TABLE, f"codes of role {role} in the victim's environment")
        roles[role] = {
            "n": fact(facts, keys.contact_person(helpline, role, "contacts"), n, "count", src),
            "pct": fact(facts, keys.role_share(helpline, role), round(share * 100, 1), "percent", src),
        }
    n, _ = cp.role_share(people, codes, "perpetrator_environment", ["perpetrator"], total)
    src = Source(file, TABLE, "codes of role perpetrator (the perpetrator themself) in the perpetrator's environment")
    perpetrator_self = fact(facts, keys.contact_person(helpline, "perpetrator", "contacts"), n, "count", src)
    groups_seen, in_empty_cells = {}, []
    for g in by_group.itertuples():
        derived = "plus what data/constraints.csv derives for its empty cells"
        src = Source(file, TABLE, f"filled cells of group {g.group}, {derived}")
        groups_seen[g.group] = {
            "low": fact(facts, keys.contact_person_group(helpline, g.group, "low"), g.low, "count", src),
            "high": fact(facts, keys.contact_person_group(helpline, g.group, "high"), g.high, "count", src),
            "pct": fact(
                facts,
                keys.contact_person_group(helpline, g.group, "share_low_pct"),
                round(g.share_low_pct, 1),
                "percent",
                src,
            ),
            "exact": bool(g.exact),
        }
        # an exact count partly in cells the source left empty, whether a total in the text or the table's own total
        # fills them: both marked alike, the annex says how (r24 2020 #6: '37 ¹' beside a plain '240')
        if g.exact and g.derived > 0:
            key = keys.contact_person_group(helpline, g.group, "empty_cells")
            n = fact(facts, key, g.derived, "count", src)
            low = groups_seen[g.group]["low"]
            filled = fact(facts, keys.contact_person_group(helpline, g.group, "filled_cells"), low - n, "count", src)
            pct = round(100 * (low - n) / total, 1)  # r45 (r44 2020 J): the filled cells' share a published one fits
            pct = fact(facts, keys.contact_person_group(helpline, g.group, "filled_cells_pct"), pct, "percent", src)
            # the group's empty cells by code, named where the text says what they hold (r37, r36 2020 #5)
            cells = people.merge(codes, on="code")
            empty = cells.loc[(cells["group"] == g.group) & cells["contacts"].isna(), "code"]
            in_empty_cells.append(
                {"group": g.label_nl, "n": n, "count": low, "filled": filled, "from_total": bool(g.remainder > 0)}
                | {"id": g.group, "codes": [str(c) for c in sorted(empty)], "filled_pct": pct}
            )
    checks, _ = cpy.statements(year, helpline, people, codes, total, facts)
    labels = cpy.stated_roles(year, helpline)
    years = cpy.role_shares(year, helpline, tuple(labels), facts)
    src = Source(f"data/{helpline}/{year}/key_figures.csv", "key_figures", "contact-person statements checked")
    body = text.sections(
        "chapters/contact_persons/text.md",
        facts=facts,
        part="codes",
        year=str(year),
        checks=checks,
        unchecked=cpy.unchecked(year, helpline, checks),
        checked=fact(facts, keys.contact_person_statements(helpline, "checked"), len(checks), "count", src),
        failing=fact(
            facts,
            keys.contact_person_statements(helpline, "failing"),
            sum(not x["c"].holds for x in checks),
            "count",
            src,
        ),
        total=total,
        roles=roles,
        victim_environment=groups_seen["victim_environment"],
        perpetrator=groups_seen["perpetrator_environment"],
        perpetrator_self=perpetrator_self,
        professionals=cpy.professionals(year, helpline, facts),
        years_shown=not one_year(years),
        in_empty_cells=in_empty_cells,
        marker=MARK,
        helpline_name=str(load.helplines().set_index("helpline").loc[helpline, "short_name"]),
        **cpy.stated_context(year, helpline, facts),
    )
    table = groups_table(by_group, total)
    by_code = cp.by_code(people, codes, groups)
    codes_table = pd.DataFrame(
        {
            "Code": by_code["code"],
            "Contactnemer": by_code["label_nl"],
            "Groep": by_code["group_label"],
            "Contacten": [fmt.number(v) if not pd.isna(v) else "leeg in bron" for v in by_code["contacts"]],
        }
    )
    published = "the year has a table per contact-person code: its groups are shown, not the published shares"
    facts.nothing_to_show("tbl-contact-person-published", published)
    facts.nothing_to_show("fig-contact-person-published", published)
    if not checks:
        facts.nothing_to_show("tbl-appendix-contact-person-statements", "no contact-person share stated to check")
    _years_shown(years, facts)
    return Chapter.written(
        body,
        {
            "groups": table,
            "codes": codes_table,
            "shares": None,
            "earlier": None,
            "years": cpy.shares_table(years, labels),
        },
        {
            "groups": by_group,
            "published": None,
            "base_n": total,
            "year": year,
            **_drawn(years, labels, helpline, facts),
        },
        SHOWN,
        SPEC.captions,
    )


def from_key_figures(year: int, helpline: str, facts: FactSheet) -> Chapter:
    """Without a table per code: the published shares, compared with the year before where it has one."""
    figs = load.key_figures(year, helpline)
    register_key_figures(helpline, year, figs, facts)
    # who makes contact; what the contacts are about (victim-based shares) is the contexts chapter's
    # one base per statement, said each time ("73 % van de contacten met bekend geslacht"); rounding: the annex
    rows = shares_as_published(figs, CONTACT_MEASURES)
    earlier = year - 1
    comparisons = []
    if hl.has_figure(figs, "contact_person_victim") and load.has_table(TABLE, helpline, earlier):
        comparisons = _against_earlier_table(year, helpline, figs, facts)
    anonymous = cpy.anonymity(year, helpline, figs, facts)  # the key figure of the year, under its own source
    if anonymous and anonymous["by"] != "minister":  # with the answer's 'ruim driekwart' beside it (r41 2021 #1)
        anonymous["answer"] = answer_anonymity(helpline, year, facts)
    labels = cpy.stated_roles(year, helpline)
    years = cpy.role_shares(year, helpline, tuple(labels), facts)
    body = text.sections(
        "chapters/contact_persons/text.md",
        facts=facts,
        part="published",
        checks=[],
        year=str(year),
        earlier=str(earlier),
        comparisons=comparisons,
        years_shown=not one_year(years),
        anonymous=anonymous,
        chat=cpy.chat_link(year, helpline, facts),
        professionals=cpy.professionals(earlier, helpline, facts),
        in_empty_cells=[],  # no table per code: nothing in empty cells
        marker=MARK,
        helpline_name=str(load.helplines().set_index("helpline").loc[helpline, "short_name"]),
        victim_pct=facts.get(keys.role_share(helpline, "victim"))
        if hl.has_figure(figs, "contact_person_victim")
        else None,
    )
    no_codes = "no table per contact-person code for the year: the published shares are shown instead"
    facts.nothing_to_show("tbl-contact-person-groups", no_codes)
    facts.nothing_to_show("tbl-appendix-contact-person-statements", "no table per code to check against")
    repeated = "the table of the published shares gives them: no chart repeats it (its rounding: the annex)"
    facts.nothing_to_show("fig-contact-person-published", repeated)
    # one table per year of the shares (r20 2021 #6: the same shares in two tables); the text gives the rest
    if not one_year(years):
        facts.nothing_to_show("tbl-contact-person-published", "the table per year gives the stated shares of roles")
    _years_shown(years, facts)
    return Chapter.written(
        body,
        {
            "groups": None,
            "shares": rows if one_year(years) else None,
            "earlier": None
            if not comparisons
            else pd.DataFrame(
                [
                    {
                        "Contactnemer": labels.get(c["role"], c["role"]),
                        f"{year} (gepubliceerd)": fmt.pct(c["c"].published, 0),
                        f"{earlier} (exact)": fmt.pct(c["c"].earlier),
                        f"Tegenover {earlier}": _compared_words(c["c"]),
                    }
                    for c in comparisons
                ],
                columns=["Contactnemer", f"{year} (gepubliceerd)", f"{earlier} (exact)", f"Tegenover {earlier}"],
            ),
            "years": cpy.shares_table(years, labels),
        },
        {"groups": None, "published": None, "year": year, **_drawn(years, labels, helpline, facts)},
        SHOWN,
        SPEC.captions,
    )


def groups_table(by_group: pd.DataFrame, total: int) -> pd.DataFrame:
    """The table per group of contact persons, with a total row as the other tables per category have (review r14
    2020 #17). A count the source states for a group stands as it is (its filled cells against it: the annex's). A
    group whose empty cells hold exactly what the table's own total leaves over shows that sum, its label marked: a note
    under the table (text.md, block groups_note) says how much of it sits in the empty cells, so the column adds up to
    its total (r22 2020 #2: '24 (tot 13 meer in lege vakken)' beside an exact 240 summed to 8.046, not 8.059). A group
    that may hold only part of a derived total shows its range."""
    rest = by_group["derived"] if "derived" in by_group else pd.Series(0.0, index=by_group.index)
    # r63 (r63 2020 #1): a count filled from the table's total rests on an assumption: '≈', as the Methods say
    about = ["≈\u00a0" if r > 0 else "" for r in by_group.get("remainder", rest * 0)]  # a quoted count stays as it is
    # r66 (r65 2020 #13): the mark on the group's label, not after its count: in a column of numbers it touched the
    # next column's '≈' ('≈ 37¹ ≈ 0,5 %' in the PDF)
    marked = [bool(e) and r > 0 for e, r in zip(by_group["exact"], rest)]
    table = by_group.assign(
        Groep=[f"{g} {MARK}" if m else g for g, m in zip(by_group["label_nl"], marked)],
        Contacten=[
            x + (fmt.number(lo) if e else fmt.count_range(lo, hi))
            for x, lo, hi, e in zip(about, by_group["low"], by_group["high"], by_group["exact"])
        ],
        Aandeel=[
            x + (fmt.pct(a) if e else f"{fmt.pct(a)} tot {fmt.pct(b)}")
            for x, a, b, e in zip(about, by_group["share_low_pct"], by_group["share_high_pct"], by_group["exact"])
        ],
    )[["Groep", "Contacten", "Aandeel"]]
    total_row = {"Groep": "totaal", "Contacten": fmt.number(total), "Aandeel": fmt.pct(100.0, 0)}
    return pd.concat([table, pd.DataFrame([total_row])], ignore_index=True)


MARK = "¹"  # a group's count partly in cells the source left empty: the note under the table says how much


def _compared_words(c) -> str:
    """A rounded share against an earlier exact one in a reader's words (the rule of data.statements)."""
    if c.within:
        return "ongeveer even groot"
    direction = "lager" if c.change_high < 0 else "hoger"
    if c.about_same:
        return f"iets {direction} ({c.size_words})"  # r33 2021 #12
    return f"veel {direction}" if c.far else direction  # r41 (r40 TO #3): the rule's third step


def _against_earlier_table(year: int, helpline: str, figs: pd.DataFrame, facts: FactSheet) -> list[dict]:
    """The year's rounded shares of victims and parents against the exact shares of the year before's
    table (every number a recorded fact)."""
    earlier = year - 1
    codes = load.codebook("contact_person_codes")
    people = load.contacts_by_contact_person(earlier, helpline)
    total = load.year_contacts(earlier, helpline)[0]
    # the whole is all contacts, the table's 'Onbekend' and 'Leeg' too: a later share's source must say it counts them
    unknown = people[people["code"].isin(codes.loc[codes["role"] == "unknown", "code"])]["contacts"].fillna(0).sum()
    out = []
    for role, key in (("victim", "contact_person_victim"), ("parent", "contact_person_parent")):
        if not hl.has_figure(figs, key):
            continue
        n, share = cp.role_share(people, codes, "victim_environment", [role], total)
        src = Source(f"data/{helpline}/{earlier}/{TABLE}.csv", TABLE, f"codes of role {role}, over all contacts")
        facts.add(keys.contact_person(helpline, role, earlier, "share_pct"), round(share * 100, 1), "percent", src)
        row = figs.set_index("key").loc[key]
        cmp = st.compare_with_rounded(n, total, float(row["value"]), int(row["decimals"]), row["qualifier"])
        check = f"{key}_vs_{earlier}"
        # whether the earlier year's category holds stepparents as the later '(stief)ouder' does (r15 2021 #11): its
        # codes' labels as registered, nothing assumed
        of_role = codes[(codes["role"] == role) & (codes["group"] == "victim_environment")]["label_nl"]
        out.append(
            {
                "role": role,
                "step": bool(of_role.str.contains("(stief)", regex=False).any()),
                "c": record_comparison(
                    facts, helpline, check, cmp, src, against=f"{helpline}/{earlier}/{TABLE}.csv", unknown=unknown
                ),
                "base": fact(facts, keys.check_key(helpline, check, "whole_n"), total, "count", src),
            }
        )
    return out


def _drawn(years: pd.DataFrame, labels: dict[str, str], helpline: str, facts: FactSheet) -> dict:
    """The chart's shares per year and their labels, the other contact persons together among them (r22 2021 #8),
    and the caption's note on the roles a year has no share for (r24 2021 #13)."""
    drawn = cpy.with_others(years, labels, helpline, facts)
    role_labels = {**labels, "others": cpy.OTHERS}
    return {"years": drawn, "role_labels": role_labels, "unpublished": charts.unpublished(drawn, role_labels)}


def _years_shown(years: pd.DataFrame, facts: FactSheet) -> None:
    if one_year(years):
        for label in ("tbl-contact-person-years", "fig-contact-person-years"):
            facts.nothing_to_show(label, "one year is not a series: the chapter's table of the year gives its shares")


SHOWN = (
    Text("groups"),
    Table("tbl-contact-person-groups", "tbl_contact_person_groups", "groups"),
    Text("groups_note"),
    # the table, no chart repeating it bar for bar (r16 2020 p.7); no note under it: its cells say what is derived
    # (r21 2020 #9, #13)
    Table(
        "tbl-contact-person-published",
        "tbl_contact_person_published",
        "shares",
    ),
    charts.PUBLISHED,
    # the check told in one sentence, no table grading each quote (r25 2020 #18)
    Table(
        "tbl-appendix-contact-person-statements",
        "tbl_appendix_contact_person_statements",
        lead="checks",
    ),
    Text("earlier"),
    # no annex table of the published shares beside the year before's exact ones: the chapter's table and the sentence
    # above give both (r28 2021 #4, #14: Tabel 16 repeated Tabel 2)
    Table(
        "tbl-contact-person-years",
        "tbl_contact_person_years",  # plain: rounding is the annex's (r22 2021 #2)
        "years",
        cpy.years_widths,
    ),
    charts.YEARS,
)
