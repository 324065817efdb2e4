"""Chapter builders: data in, Dutch text, tables and figures out, every number recorded as a fact.

Notebooks call these and display what they return; the sentences are generated from the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image, Markdown, display

from . import escape, figures, fmt
from .analysis import channels as ch
from .analysis import contact_persons as cp
from .analysis import helplines as hl
from .analysis import quality
from .analysis.rounding import rounding_interval
from .data import load, reconcile
from .errors import AnalysisError
from .facts import FactSheet

__all__ = ["FactSheet", "show_figure", "show_table", "show_text"]


def show_text(text: str) -> None:
    display(Markdown(text))


def show_table(frame: pd.DataFrame) -> None:
    """A clean markdown table in HTML and typst; cells are pre-formatted strings (no numparse).
    An empty table is shown as one row saying so, never as a bare header."""
    if frame.empty:
        frame = pd.DataFrame([["geen"] + [""] * (len(frame.columns) - 1)], columns=frame.columns)
    safe = frame.map(escape.md_cell).rename(columns=escape.md_cell)  # labels from data and params: text, not markup
    display(Markdown(safe.to_markdown(index=False, disable_numparse=True)))


def show_figure(fig: plt.Figure) -> None:
    """Display a figure as a PNG output (what Quarto embeds) and close it."""
    display(Image(data=figures.png_bytes(fig), format="png"))
    plt.close(fig)


@dataclass
class Chapter:
    text: str
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    data: dict[str, object] = field(default_factory=dict)


def latest_monthly_year(helpline: str, year: int) -> int | None:
    years = [y for y in range(year, year - 10, -1) if load.has_table("contacts_by_month_channel", helpline, y)]
    return years[0] if years else None


# ---------------------------------------------------------------- channels
def channels(year: int, helpline: str, compare_years: list[int], facts: FactSheet) -> Chapter:
    names = load.codebook("channels")
    monthly_year = latest_monthly_year(helpline, year)
    rows, text = [], []
    if load.has_table("contacts_by_month_channel", helpline, year):
        contacts = load.contacts_by_month_channel(year, helpline)
        totals = ch.channel_totals(contacts, names)
        total = int(totals["contacts"].sum())
        facts.add(f"{helpline}.contacts.total", total, "contacts", f"data/{helpline}/{year}/contacts_by_month_channel.csv: sum of all cells")
        for r in totals.itertuples():
            facts.add(f"{helpline}.channel.{r.channel}.contacts", int(r.contacts), "contacts", f"contacts_by_month_channel {year}: channel = {r.channel}")
            facts.add(f"{helpline}.channel.{r.channel}.share_pct", round(r.share_pct, 1), "percent", f"contacts_by_month_channel {year}: channel {r.channel} / all")
            rows.append({"Kanaal": r.label_nl, "Contacten": fmt.number(r.contacts), "Aandeel": fmt.pct(r.share_pct)})
        rows.append({"Kanaal": "totaal", "Contacten": fmt.number(total), "Aandeel": fmt.pct(100.0, 0)})
        month, peak = ch.peak_month(contacts)
        facts.add(f"{helpline}.contacts.peak_month", str(month), "month", f"contacts_by_month_channel {year}: month with most contacts")
        facts.add(f"{helpline}.contacts.peak_month_contacts", peak, "contacts", f"contacts_by_month_channel {year}: total of {month}")
        phone = totals.set_index("channel").loc["phone"]
        text.append(f"In {year} registreerde {helpline} **{fmt.number(total)} contacten**. {fmt.pct(phone.share_pct)} kwam binnen via de telefoon (n = {fmt.number(total)}); "
                    f"de drukste maand was {fmt.month(month)} met {fmt.number(peak)} contacten.")
        shares = pd.DataFrame([{"label": str(year), "channel": r.channel, "share_pct": r.share_pct} for r in totals.itertuples() if r.contacts > 0])
    else:
        figs = load.key_figures(year, helpline)
        total = hl.figure(figs, "contacts")
        facts.add(f"{helpline}.contacts.total", total, "contacts", f"data/{helpline}/{year}/key_figures.csv: key contacts")
        stated = ch.stated_channel_shares(figs)
        for r in stated.itertuples():
            facts.add(f"{helpline}.channel.{r.channel}.share_pct", r.share_pct, "percent", f"key_figures {year}: channel_share_{r.channel} (as published, rounded)")
            rows.append({"Kanaal": figures.CHANNEL_LABELS[r.channel], "Contacten": "niet gepubliceerd", "Aandeel": fmt.pct(r.share_pct, 0)})
        rows.append({"Kanaal": "totaal", "Contacten": fmt.number(total), "Aandeel": fmt.pct(100.0, 0)})
        text.append(f"In {year} ontving {helpline} **{fmt.number(total)} contacten**. Voor {year} zijn alleen afgeronde kanaalaandelen gepubliceerd, "
                    f"geen aantallen per kanaal of per maand; de tabel geeft de aandelen zoals gepubliceerd.")
        shares = stated.assign(label=str(year))[["label", "channel", "share_pct"]]
    for ref in sorted(compare_years, reverse=True):
        if load.has_table("contacts_by_month_channel", helpline, ref):
            earlier = ch.channel_totals(load.contacts_by_month_channel(ref, helpline), names)
            shares = pd.concat([shares, pd.DataFrame([{"label": str(ref), "channel": r.channel, "share_pct": r.share_pct} for r in earlier.itertuples() if r.contacts > 0])])
    earlier_totals = {ref: float(load.contacts_by_month_channel(ref, helpline)["contacts"].sum()) for ref in compare_years if load.has_table("contacts_by_month_channel", helpline, ref)}
    figs = load.key_figures(year, helpline) if load.has_table("key_figures", helpline, year) else None
    over_years = ch.contacts_over_years(year, float(total), figs, earlier_totals)
    year_rows = []
    for r in over_years.itertuples():
        exact = r.low == r.high
        if r.year != year:
            facts.add(f"{helpline}.contacts.{r.year}.low", round(r.low, 1), "contacts", f"{'tables ' + str(r.year) if exact else 'implied by the stated change in key_figures ' + str(year)}")
            facts.add(f"{helpline}.contacts.{r.year}.high", round(r.high, 1), "contacts", f"{'tables ' + str(r.year) if exact else 'implied by the stated change in key_figures ' + str(year)}")
        year_rows.append({"Jaar": str(r.year), "Contacten": fmt.number(r.low) if exact else f"{fmt.interval(r.low, r.high)} (afgeleid)", "Bron": r.kind})
    if len(over_years) > 1:
        text.append("Eerdere jaren die alleen via een afgeronde procentuele wijziging bekend zijn, staan als interval: een gepubliceerde wijziging van +6 % laat elke werkelijke wijziging tussen +5,5 % en +6,5 % toe.")
    if monthly_year != year:
        text.append(f"Maandcijfers per kanaal zijn voor {year} niet gepubliceerd. De figuur met het maandverloop toont daarom {monthly_year}, het meest recente jaar met maandcijfers." if monthly_year else f"Er zijn geen maandcijfers per kanaal gepubliceerd.")
    monthly = ch.monthly_by_channel(load.contacts_by_month_channel(monthly_year, helpline)) if monthly_year else None
    return Chapter("\n\n".join(text), {"channels": pd.DataFrame(rows), "years": pd.DataFrame(year_rows)}, {"shares": shares, "monthly": monthly, "monthly_year": monthly_year})


# ---------------------------------------------------------------- contact persons
def contact_persons(year: int, helpline: str, facts: FactSheet) -> Chapter:
    if not load.has_table("contacts_by_contact_person", helpline, year):
        figs = load.key_figures(year, helpline)
        register_key_figures(helpline, year, figs, facts)
        shown = figs[figs["measure"].isin(SHARE_MEASURES) & figs["reference_year"].isna()]
        rows = [{"Kenmerk": measure_label(r.measure, r.category), "Aandeel (gepubliceerd)": key_figure_value(r), "Gepubliceerd als": QUALIFIERS_NL.get(r.qualifier, r.qualifier),
                 "Basis": measure_label(r.base, "all") if isinstance(r.base, str) else ""} for r in shown.itertuples()]
        text = [f"Voor {year} is geen tabel per contactnemerscode gepubliceerd, alleen afgeronde aandelen van de contacten en van de mogelijke slachtoffers."]
        victim = figs.loc[figs["key"] == "contact_person_victim", "value"]
        if len(victim):
            text.append(f"{fmt.one_in(victim.iloc[0] / 100).capitalize()} contactnemers is zelf slachtoffer ({fmt.pct(victim.iloc[0], 0)}, afgerond gepubliceerd).")
        earlier = year - 1
        if len(victim) and load.has_table("contacts_by_contact_person", helpline, earlier):
            codes = load.codebook("contact_person_codes")
            total_before = int(load.contacts_by_month_channel(earlier, helpline)["contacts"].sum())
            for role, key in (("victim", "contact_person_victim"), ("parent", "contact_person_parent")):
                if not hl.has_figure(figs, key):
                    continue
                n, share = cp.role_share(load.contacts_by_contact_person(earlier, helpline), codes, "victim_environment", [role], total_before)
                facts.add(f"{helpline}.contact_person.{role}.{earlier}.share_pct", round(share * 100, 1), "percent", f"contacts_by_contact_person {earlier}, base all contacts")
                band = rounding_interval(hl.figure(figs, key), 0)
                text.append(f"{'Slachtoffers zelf' if role == 'victim' else 'Ouders'}: {fmt.pct(hl.figure(figs, key), 0)} in {year} (afgerond, dus {fmt.number(band.low, 1)} à {fmt.number(band.high, 1)} %), "
                            f"tegenover {fmt.pct_of(n, total_before)} in {earlier}"
                            + (" — binnen de afronding gelijk." if band.low <= share * 100 <= band.high else f" — {'meer' if share * 100 < band.low else 'minder'} dan in {earlier}, ook met de afronding."))
        if hl.has_figure(figs, "possible_victims"):
            text.append(f"De {fmt.number(hl.figure(figs, 'contacts'))} contacten gingen over {fmt.number(hl.figure(figs, 'possible_victims'))} mogelijke slachtoffers: één contact kan over meer dan één persoon gaan.")
        bars = pd.DataFrame({"label_nl": [measure_label(r.measure, r.category) for r in shown.itertuples()], "value": shown["value"].values,
                             "low": [rounding_interval(r.value, int(r.decimals), r.qualifier).low for r in shown.itertuples()],
                             "high": [min(rounding_interval(r.value, int(r.decimals), r.qualifier).high, 100.0) for r in shown.itertuples()]})
        return Chapter("\n\n".join(text), {"shares": pd.DataFrame(rows)}, {"groups": None, "published": bars})
    people = load.contacts_by_contact_person(year, helpline)
    codes, groups = load.codebook("contact_person_codes"), load.codebook("contact_person_groups")
    total = int(load.contacts_by_month_channel(year, helpline)["contacts"].sum())
    bounds = reconcile.constraint_bounds()[0]
    bounds = bounds[bounds["file"] == f"{helpline}/{year}/contacts_by_contact_person.csv"]
    by_group = cp.by_group(people, codes, groups, bounds, total)
    victim_n, victim_share = cp.role_share(people, codes, "victim_environment", ["victim"], total)
    parent_n, parent_share = cp.role_share(people, codes, "victim_environment", ["parent"], total)
    family_n, family_share = cp.role_share(people, codes, "victim_environment", ["family"], total)
    neighbour_n, neighbour_share = cp.role_share(people, codes, "victim_environment", ["neighbour"], total)
    env = by_group.set_index("group")
    for key, n, share in [("victim_self", victim_n, victim_share), ("parent", parent_n, parent_share), ("other_family", family_n, family_share), ("neighbour", neighbour_n, neighbour_share)]:
        facts.add(f"{helpline}.contact_person.{key}.contacts", n, "contacts", f"contacts_by_contact_person {year}: codes of role {key} in the victim's environment")
        facts.add(f"{helpline}.contact_person.{key}.share_pct", round(share * 100, 1), "percent", f"contacts_by_contact_person {year}: role {key} / all contacts")
    for g in by_group.itertuples():
        facts.add(f"{helpline}.contact_person_group.{g.group}.low", g.low, "contacts", f"contacts_by_contact_person {year}: filled cells of group {g.group}")
        facts.add(f"{helpline}.contact_person_group.{g.group}.high", g.high, "contacts", f"contacts_by_contact_person {year}: filled cells plus constraint bound ({g.group})")
    victim_env = env.loc["victim_environment"]
    perp = env.loc["perpetrator_environment"]
    text = [
        f"Wie neemt contact op? **{fmt.one_in(victim_share).capitalize()} contactnemers is zelf slachtoffer** ({fmt.pct(victim_share * 100)}, {fmt.number(victim_n)} van {fmt.number(total)} contacten). "
        f"{fmt.one_in(parent_share).capitalize()} is (stief)ouder van het slachtoffer ({fmt.number(parent_n)}), {fmt.one_in(family_share)} een ander familielid ({fmt.number(family_n)}) "
        f"en {fmt.one_in(neighbour_share)} een buur ({fmt.number(neighbour_n)}).",
        f"{fmt.pct(victim_env.share_low_pct)} van de contactnemers komt uit de omgeving van het slachtoffer. Uit de omgeving van de pleger komen er "
        + (f"{fmt.number(perp.low)}" if perp.exact else f"tussen {fmt.number(perp.low)} en {fmt.number(perp.high)}: de bron laat twee cellen leeg, en het totaal dat de bron in de tekst vermeldt begrenst ze")
        + ".",
    ]
    table = by_group.assign(Groep=by_group["label_nl"], Contacten=[fmt.number(l) if e else fmt.interval(l, h) for l, h, e in zip(by_group["low"], by_group["high"], by_group["exact"])],
                            Aandeel=[fmt.pct(a) if e else f"{fmt.pct(a)} à {fmt.pct(b)}" for a, b, e in zip(by_group["share_low_pct"], by_group["share_high_pct"], by_group["exact"])])[["Groep", "Contacten", "Aandeel"]]
    by_code = cp.by_code(people, codes, groups)
    codes_table = pd.DataFrame({"Code": by_code["code"], "Contactnemer": by_code["label_nl"], "Groep": by_code["group_label"],
                                "Contacten": [fmt.number(v) if not pd.isna(v) else "leeg in bron" for v in by_code["contacts"]]})
    return Chapter("\n\n".join(text), {"groups": table, "codes": codes_table}, {"groups": by_group, "base_n": total})


# ---------------------------------------------------------------- campaigns
def campaigns(year: int, helpline: str, window: int, min_months: int, placebo_runs: int, facts: FactSheet) -> Chapter:
    all_campaigns = load.campaigns()
    year_campaigns = all_campaigns[(all_campaigns["helpline"] == helpline) & (all_campaigns["start_earliest"].dt.year == year)]
    events = load.events()
    year_events = events[(events["helpline"] == helpline) & (events["start_earliest"].dt.year <= year) & ((events["end_latest"].isna()) | (events["end_latest"].dt.year >= year))]
    calendar = pd.DataFrame({"Datum": [fmt.date(c.start_earliest, c.precision) for c in year_campaigns.itertuples()], "Campagne": year_campaigns["name_nl"].values, "Gelanceerd door": year_campaigns["launched_by"].values})
    facts.add(f"{helpline}.campaigns.count", len(year_campaigns), "campaigns", f"data/campaigns.csv: helpline {helpline}, start in {year}")
    text = [f"In {year} noemen de bronnen {len(year_campaigns)} grotere campagnes waarin {helpline} in beeld kwam."]
    effects, band, modelled = None, None, year_events.iloc[0:0]
    if load.has_table("contacts_by_month_channel", helpline, year):
        series = ch.monthly_totals(load.contacts_by_month_channel(year, helpline))
        # only events dated to the day or month can be modelled; vaguer ones are listed, not modelled
        sustained = year_events[(year_events["effect_shape"] == "level") & year_events["start_precision"].isin(["day", "month"])]
        sustained = sustained[[pd.Period(e, freq="M") in series.index and pd.Period(e, freq="M") > series.index[0] for e in sustained["start_earliest"]]]
        modelled = sustained
        from .analysis import campaigns as camp  # statsmodels: imported only by the notebook that needs it

        try:
            effects = camp.campaign_effects(series, year_campaigns, sustained, window, camp.Requirements(min_months))
            band = camp.counterfactual_band(series, year_campaigns, sustained, window)
            found, tried = camp.placebo_rate(series, year_campaigns, sustained, window, placebo_runs)
        except AnalysisError as exc:
            text.append(f"Het effect van de campagnes kan niet geschat worden: {exc}.")
        else:
            facts.add(f"{helpline}.campaigns.placebo_found", found, "placebos", "placebo dates without campaign or event")
            facts.add(f"{helpline}.campaigns.placebo_tried", tried, "placebos", "placebo dates without campaign or event")
            for e in effects[effects["estimable"]].itertuples():
                for part in ("effect_pct", "effect_low_pct", "effect_high_pct", "counterfactual", "counterfactual_low", "counterfactual_high", "observed", "difference", "difference_low", "difference_high"):
                    facts.add(f"{helpline}.campaign.{e.campaign_id}.{part}", round(getattr(e, part), 1), "percent" if part.endswith("pct") else "contacts", f"campaign model {year} (quasi-Poisson), window {window} month(s)")
            text += campaign_conclusions(helpline, year, series, effects, camp.event_effects(series, year_campaigns, sustained, window), year_events, found, tried, facts)
    else:
        text.append(f"Voor {year} zijn alleen jaarcijfers gepubliceerd. Met één waarneming per jaar kan het effect van een campagne niet geschat worden: daarvoor zijn minstens {min_months} maandcijfers nodig.")
    table = None
    if effects is not None:
        est = effects[effects["estimable"]]
        table = pd.DataFrame({
            "Campagne": [f"{fmt.date(c.start, 'day')}: {c.name}" for c in est.assign(name=est["campaign_id"].map(all_campaigns.set_index("campaign_id")["name_nl"])).itertuples()], "Waargenomen": [fmt.number(v) for v in est["observed"]],
            "Verwacht zonder campagne (95 %)": [f"{fmt.number(c)} ({fmt.interval(l, h)})" for c, l, h in zip(est["counterfactual"], est["counterfactual_low"], est["counterfactual_high"])],
            "Effect (95 %)": [f"{fmt.signed_pct(e)} ({fmt.signed_pct(l)} tot {fmt.signed_pct(h)})" for e, l, h in zip(est["effect_pct"], est["effect_low_pct"], est["effect_high_pct"])],
            "Opmerkingen": est["flags"],
        })
    return Chapter("\n\n".join(text), {"calendar": calendar, "effects": table}, {"band": band, "campaigns": year_campaigns, "events": modelled})


def campaign_conclusions(helpline: str, year: int, series: pd.Series, effects: pd.DataFrame, levels: pd.DataFrame,
                         events: pd.DataFrame, found: int, tried: int, facts: FactSheet) -> list[str]:
    """Plain-language conclusions, each stated from the estimates (nothing typed in by hand)."""
    from .analysis.campaigns import relative_change

    names = load.campaigns().set_index("campaign_id")["name_nl"]
    estimable = effects[effects["estimable"]]
    distinct = estimable[estimable["distinguishable"].astype(bool)]
    text = [f"Het model (zie Methoden) kan {len(estimable)} van de {len(effects)} campagnes afzonderlijk schatten; "
            + (f"bij {len(distinct)} daarvan is het effect van nul te onderscheiden." if len(distinct) else "bij geen enkele daarvan is het effect van nul te onderscheiden.")]
    for e in distinct.itertuples():
        text.append(f"In de startmaand van de {names[e.campaign_id]} ({fmt.month(pd.Period(e.start, freq='M'))}) waren er {fmt.number(e.observed)} contacten, "
                    f"tegenover {fmt.number(e.counterfactual)} ({fmt.interval(e.counterfactual_low, e.counterfactual_high)}) verwacht zonder campagne: "
                    f"{fmt.signed_pct(e.effect_pct, 0)} ({fmt.signed_pct(e.effect_low_pct, 0)} tot {fmt.signed_pct(e.effect_high_pct, 0)}).")
    event_names = events.set_index("event_id")["name_nl"]
    for lv in levels.itertuples():
        facts.add(f"{helpline}.event.{lv.event_id}.effect_pct", round(lv.effect_pct, 1), "percent", f"campaign model {year}: level shift")
        facts.add(f"{helpline}.event.{lv.event_id}.effect_low_pct", round(lv.effect_low_pct, 1), "percent", f"campaign model {year}: level shift")
        facts.add(f"{helpline}.event.{lv.event_id}.effect_high_pct", round(lv.effect_high_pct, 1), "percent", f"campaign model {year}: level shift")
        overlapping = estimable[estimable["flags"].str.contains(f"gebeurtenis[^;]*{lv.event_id}", regex=True)]
        sentence = (f"Tijdens de periode '{event_names[lv.event_id]}' lag het niveau {fmt.signed_pct(lv.effect_pct, 0)} "
                    f"({fmt.signed_pct(lv.effect_low_pct, 0)} tot {fmt.signed_pct(lv.effect_high_pct, 0)}) hoger dan de trend.")
        if not overlapping.empty:
            still = overlapping[overlapping["distinguishable"].astype(bool)]
            sentence += (f" In die periode {'viel' if len(overlapping) == 1 else 'vielen'} {fmt.count(len(overlapping), 'campagne', 'campagnes')}; na die niveauverschuiving "
                         + ("is bij geen ervan nog een eigen effect te onderscheiden." if still.empty else f"blijft bij {len(still)} ervan een eigen effect over."))
        text.append(sentence)
    april = pd.Period(f"{year}-04", freq="M")
    if april in series.index and april - 1 in series.index:
        jump = relative_change(series, april)
        facts.add(f"{helpline}.contacts.april_vs_march_pct", round(jump, 1), "percent", f"contacts_by_month_channel {year}: April / March - 1")
        in_april = [lv for lv in levels.itertuples() if (events.set_index("event_id").loc[lv.event_id, "start_earliest"].to_period("M") == april)]
        text.append(f"Volgens de bron zorgde een campagne in het voorjaar voor 50 % meer oproepen. De naïeve vergelijking van april met maart geeft {fmt.signed_pct(jump, 0)}. "
                    + ("Maar in april begint ook een aanhoudende gebeurtenis die het model als niveauverschuiving schat: zonder die te scheiden, "
                       "kan de sprong niet aan een campagne worden toegeschreven." if in_april else "Het model houdt daarbij rekening met trend en campagnes."))
    text.append(f"Op {tried} placebomaanden zonder campagne of gebeurtenis 'vond' hetzelfde model {found} keer een effect"
                + (" (te weinig vrije maanden om de foutmarge hier te toetsen; de tests op synthetische reeksen doen dat wel)." if tried < 10 else "."))
    return text


# ---------------------------------------------------------------- other helplines
SHARE_MEASURES = ["contact_person_share", "gender_share", "anonymity_share", "victim_type", "victim_age", "context_share"]
QUALIFIERS_NL = {"exact": "exact", "rounded": "afgerond", "about": "ongeveer", "almost": "bijna", "more_than": "meer dan", "at_most": "hoogstens"}


def category_label(category: str) -> str:
    return load.codebook("categories").set_index("category")["label_nl"].get(category, category)


def measure_label(measure: str, category: str) -> str:
    """'calls', 'chat' -> 'oproepen (chat)', from the codebooks."""
    measures = load.codebook("measures").set_index("measure")["label_nl"]
    categories = load.codebook("categories").set_index("category")["label_nl"]
    base = measures.get(measure, measure)
    return base if category == "all" else f"{base} ({categories.get(category, category)})"


def key_figure_value(row) -> str:
    """A published key figure as the report shows it, by its unit."""
    if row.unit == "percent":
        return fmt.pct(row.value, int(row.decimals)) + (f" ({int(row.reference_year)})" if not pd.isna(row.reference_year) else "")
    if row.unit == "pct_change":
        return f"{fmt.signed_pct(row.value, int(row.decimals))} t.o.v. {int(row.reference_year)}"
    if row.unit == "change":
        return f"{'+' if row.value > 0 else '−'}{fmt.number(abs(row.value))} t.o.v. {int(row.reference_year)}"
    if row.unit == "one_in_n":
        return fmt.one_in(1 / row.value) + (f" ({int(row.reference_year)})" if not pd.isna(row.reference_year) else "")
    if row.unit == "times":
        return f"{fmt.number(row.value)} keer zoveel als in {int(row.reference_year)}"
    return fmt.number(row.value, int(row.decimals))


def register_key_figures(helpline: str, year: int, figs: pd.DataFrame, facts: FactSheet) -> pd.DataFrame:
    """Every published key figure into figures.json (as published), and as a table with Dutch labels."""
    for f in figs.itertuples():
        facts.add(f"{helpline}.{f.key}", f.value, f.unit, f"data/{helpline}/{year}/key_figures.csv: {f.key} ({f.locator})")
    return pd.DataFrame({
        "Cijfer": [measure_label(f.measure, f.category) for f in figs.itertuples()],
        "Waarde": [key_figure_value(f) for f in figs.itertuples()],
        "Gepubliceerd als": [QUALIFIERS_NL.get(f.qualifier, f.qualifier) for f in figs.itertuples()],
        "Basis": [measure_label(f.base, "all") if isinstance(f.base, str) and f.base else "" for f in figs.itertuples()],
    })


def change_sentence(figs: pd.DataFrame, measure: str, implied: pd.DataFrame) -> str:
    """'Tegenover 2020 is dat −1,0 %, tegenover 2019 +13,9 %: in 2019 waren er dus tussen … en ….'"""
    changes = figs[(figs["measure"] == measure) & (figs["category"] == "all") & (figs["unit"] == "pct_change")].sort_values("reference_year", ascending=False)
    if changes.empty:
        return ""
    parts = [f"tegenover {int(c.reference_year)} {fmt.signed_pct(c.value, int(c.decimals))}" for c in changes.itertuples()]
    oldest = changes.iloc[-1]
    row = implied[(implied["measure"] == measure) & (implied["category"] == "all") & (implied["year"] == int(oldest.reference_year))]
    label = measure_label(measure, "all")
    sentence = f"Dat is {' en '.join(parts)} (afgeronde wijzigingen zoals gepubliceerd)"
    if len(row):
        r = row.iloc[0]
        sentence += f": in {int(oldest.reference_year)} waren er dus tussen {fmt.number(r.low)} en {fmt.number(r.high)} {label}, geen exact aantal"
    return sentence + "."


def helpline_chapter(year: int, helpline: str, facts: FactSheet) -> Chapter:
    meta = load.helplines().set_index("helpline").loc[helpline]
    figs = load.key_figures(year, helpline)
    implied = hl.implied_earlier_years(figs, year)
    rows = []
    for r in implied.itertuples():
        if not r.exact:
            facts.add(f"{helpline}.{r.measure}.{r.category}.{r.year}.low", round(r.low, 1), "count", f"implied from key_figures {year}: {r.measure} {r.category}, change {r.stated_change_pct:+g} %")
            facts.add(f"{helpline}.{r.measure}.{r.category}.{r.year}.high", round(r.high, 1), "count", f"implied from key_figures {year}: {r.measure} {r.category}, change {r.stated_change_pct:+g} %")
        rows.append({"Cijfer": measure_label(r.measure, r.category), "Jaar": str(r.year),
                     "Waarde": fmt.number(r.low) if r.exact else f"{fmt.interval(r.low, r.high)}", "Soort": "gepubliceerd" if r.exact else f"afgeleid uit {fmt.signed_pct(r.stated_change_pct, 1)}"})
    published = register_key_figures(helpline, year, figs, facts)
    main = "calls" if hl.has_figure(figs, "calls") else "contacts"
    launched = "" if pd.isna(meta["launch_earliest"]) else f" De hulplijn bestaat sinds {fmt.date(meta['launch_earliest'], meta['launch_precision'])}."
    text = [f"**{meta['name']}** is een {meta['purpose_nl']}.{launched} In {year} telde de hulplijn {fmt.number(hl.figure(figs, main))} {measure_label(main, 'all')}. "
            + change_sentence(figs, main, implied)]
    if hl.has_figure(figs, "conversations"):
        text.append(f"Niet elke oproep wordt een gesprek: {fmt.number(hl.figure(figs, 'conversations'))} gesprekken, of {fmt.pct_of(hl.figure(figs, 'conversations'), hl.figure(figs, 'calls'))} van de oproepen. "
                    f"Per dag zijn dat gemiddeld {fmt.number(hl.figure(figs, 'calls_per_day'))} oproepen en {fmt.number(hl.figure(figs, 'conversations_per_day'))} gesprekken.")
    mix = hl.channel_mix(figs, main)
    if len(mix):
        text.append("Per kanaal: " + ", ".join(f"{figures.CHANNEL_LABELS[r.channel]} {fmt.pct(r.share_pct, 0)}" for r in mix.sort_values("share_pct", ascending=False).itertuples())
                    + f" van de {measure_label(main, 'all')}.")
    concern = figs[figs["measure"] == "concern_share"]
    if len(concern):
        text.append("Waarover contact werd opgenomen: " + "; ".join(f"{category_label(c.category)} {fmt.pct(c.value, 0)}" for c in concern.itertuples())
                    + f" van de contacten (samen {fmt.pct(concern['value'].sum(), 0)}; de rest is niet uitgesplitst).")
    if hl.has_figure(figs, "corona_share"):
        before = f" (in 2020: {fmt.pct(hl.figure(figs, 'corona_share_2020'), 1)})" if hl.has_figure(figs, "corona_share_2020") else ""
        text.append(f"In {fmt.pct(hl.figure(figs, 'corona_share'), 0)} van de gesprekken kwam corona ter sprake{before}.")
    if hl.has_figure(figs, "contacts_since_launch"):
        text.append(f"Sinds de lancering waren er {fmt.number(hl.figure(figs, 'contacts_since_launch'))} contacten en {fmt.number(hl.figure(figs, 'referrals_since_launch'))} doorverwijzingen naar langdurige hulpverlening "
                    f"({fmt.pct_of(hl.figure(figs, 'referrals_since_launch'), hl.figure(figs, 'contacts_since_launch'))} van de contacten).")
    if hl.has_figure(figs, "website_visitors"):
        text.append(f"De website kreeg {fmt.number(hl.figure(figs, 'website_visitors'))} bezoekers. " + change_sentence(figs, "website_visitors", implied))
    return Chapter("\n\n".join(text), {"years": pd.DataFrame(rows), "published": published}, {"mix": mix, "implied": implied, "main": main})


def comparison(year: int, helplines_: list[str], facts: FactSheet) -> Chapter:
    mixes, growth = [], []
    for h in helplines_:
        figs = load.key_figures(year, h)
        if h == "1712" and not hl.has_figure(figs, "calls"):
            stated = ch.stated_channel_shares(figs)
            mixes += [{"label": figures.HELPLINE_LABELS[h], "channel": r.channel, "share_pct": r.share_pct} for r in stated.itertuples()]
            main = "contacts"
        else:
            main = "calls" if hl.has_figure(figs, "calls") else "contacts"
            mixes += [{"label": figures.HELPLINE_LABELS[h], "channel": r.channel, "share_pct": r.share_pct} for r in hl.channel_mix(figs, main).itertuples()]
        implied = hl.implied_earlier_years(figs, year)
        if ((implied["measure"] == main) & (implied["year"] == year - 2)).any():
            low, high = hl.growth_since(implied, main, year - 2, year)
            facts.add(f"comparison.{h}.index_{year - 2}.low", round(low, 1), "index", f"{h} {main} {year} / implied {year - 2} x 100")
            facts.add(f"comparison.{h}.index_{year - 2}.high", round(high, 1), "index", f"{h} {main} {year} / implied {year - 2} x 100")
            growth.append({"label": figures.HELPLINE_LABELS[h], "value": (low + high) / 2, "low": low, "high": high, "colour": figures.HELPLINE_COLOURS[h]})
    meta = load.helplines().set_index("helpline")
    plural = {"contact": "contacts", "call": "calls", "conversation": "conversations"}
    units = "; ".join(f"{meta.loc[h, 'name']} telt {' en apart '.join(measure_label(plural[u], 'all') for u in meta.loc[h, 'counting_unit'].split('|'))}" for h in helplines_)
    text = (f"{units}. " + ("De hulplijnen tellen dus niet hetzelfde: de vergelijking hieronder zet aandelen en groei naast elkaar, niet de absolute aantallen. " if len(helplines_) > 1 else "")
            + f"De groei sinds {year - 2} is een interval, omdat het aantal van {year - 2} alleen via een afgeronde procentuele wijziging bekend is.")
    return Chapter(text, {}, {"mix": pd.DataFrame(mixes), "growth": pd.DataFrame(growth)})


# ---------------------------------------------------------------- data quality
def data_quality(year: int, helplines_: list[str], facts: FactSheet) -> Chapter:
    corr = pd.concat([quality.corrections(h, year) for h in helplines_]) if helplines_ else quality.corrections()
    missing = pd.concat([quality.missing_cells(h, year) for h in helplines_])
    checks = quality.checks_for(helplines_, year)
    inconsistent = checks[checks["status"] == "known_inconsistency"]
    bounds = quality.constraints()
    bounds = bounds[bounds["file"].str.startswith(tuple(f"{h}/{year}/" for h in helplines_))]
    facts.add("quality.corrections", len(corr), "corrections", "data/corrections.csv, files of this report")
    facts.add("quality.missing_cells", len(missing), "cells", "cells with status missing")
    facts.add("quality.checks_hold", int((checks["status"] == "holds").sum()), "checks", "reconciliation")
    facts.add("quality.known_inconsistencies", len(inconsistent), "checks", "data/inconsistencies.csv")
    text = (f"Alle cijfers zijn gecontroleerd tegen de totalen die de bronnen zelf vermelden, tegen de cijfers in de lopende tekst en tegen elkaar: "
            f"{int((checks['status'] == 'holds').sum())} controles kloppen, {len(inconsistent)} tegenstrijdigheden in de gepubliceerde cijfers blijven staan en worden hieronder gemeld. "
            f"{len(corr)} lezingen wijken af van de OCR-tekst van de bron; {len(missing)} cellen zijn leeg in de bron en blijven ontbrekend (nooit nul).")
    tables = {
        "corrections": pd.DataFrame({"Bestand": corr["file"], "Cel": corr["key"], "Bron": corr["published"].fillna("(leeg)"), "Gebruikt": corr["used"], "Soort": corr["kind"], "Waarom": corr["reason"]}),
        "missing": missing.rename(columns={"table": "Tabel", "cell": "Cel", "reason": "Reden"}),
        "inconsistencies": pd.DataFrame({"Controle": inconsistent["check_id"], "Vermeld": [fmt.number(v, 1) for v in inconsistent["stated"]], "Berekend": [fmt.number(v, 1) for v in inconsistent["computed"]], "Toelichting": inconsistent["reason"]}),
        "constraints": pd.DataFrame({"Beperking": bounds["constraint_id"], "Lege cellen": bounds["missing_cells"], "Samen": [fmt.number(v) for v in bounds["derived_total"]], "Waarom": bounds["reason"]}),
    }
    return Chapter(text, tables, {})


def contact_person_figure(chapter: Chapter, year: int) -> plt.Figure:
    """Groups of contact persons from the code table, or, without it, the published shares."""
    if chapter.data["groups"] is not None:
        return figures.group_bars(chapter.data["groups"], "Contactnemers per groep")
    return figures.published_shares(chapter.data["published"], f"Gepubliceerde aandelen {year}")


def helpline_chapters(year: int, helplines_: list[str], facts: FactSheet) -> dict[str, Chapter]:
    """A chapter for every helpline of the report other than 1712 (which has its own chapters)."""
    return {h: helpline_chapter(year, h, facts) for h in helplines_ if h != "1712"}


def helplines_years_table(chapters: dict[str, Chapter]) -> pd.DataFrame:
    """The per-year tables of several helpline chapters, one after the other, with the helpline named."""
    return pd.concat([c.tables["years"].assign(Hulplijn=figures.HELPLINE_LABELS[h]) for h, c in chapters.items()], ignore_index=True)


def published_figures_table(chapters: dict[str, Chapter]) -> pd.DataFrame:
    """Every published key figure of several helpline chapters, with the helpline named."""
    return pd.concat([c.tables["published"].assign(Hulplijn=figures.HELPLINE_LABELS[h]) for h, c in chapters.items()], ignore_index=True)
