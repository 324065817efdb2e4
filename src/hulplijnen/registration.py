"""Chapters from a contact-level export: registration (who, which channel, which day) and
capacity (answer rates, callers, routing, hours). They read only the protected tables of the
export stage; a suppressed count is shown as "x" and never enters a sentence or a fact."""

from __future__ import annotations

import pandas as pd

from . import figures, fmt
from .analysis import capacity as cap
from .data import load
from .export.aggregate import table_defs
from .export.stage import PublishedTables
from .facts import FactSheet
from .report import Chapter

SUPPRESSED = "x"
SUPPRESSED_NOTE = (f"{SUPPRESSED}: niet gepubliceerd — een klein aantal, of een cel die verborgen is zodat een klein aantal niet uit de totalen "
                   "kan worden afgeleid.")
SYNTHETIC_NOTICE = ("**Synthetische gegevens.** Alle cijfers in dit hoofdstuk komen uit een verzonnen export, gemaakt door een generator die "
                    "alleen de gepubliceerde maandvolumes van 1712 in 2020 nabootst. Ze zeggen niets over echte contacten.")
ROUTES_NL = {"own": "in de eigen provincie", "other": "in een andere provincie", "option_0": "via optie 0 (overloop)"}
WEEKDAYS_NL = {"1": "maandag", "2": "dinsdag", "3": "woensdag", "4": "donderdag", "5": "vrijdag", "6": "zaterdag", "7": "zondag"}


def is_synthetic(export: dict | None) -> bool:
    return bool(export) and export.get("synthetic") is not None


def count_text(value) -> str:
    return SUPPRESSED if pd.isna(value) else fmt.number(value)


def pct_text(value) -> str:
    return SUPPRESSED if pd.isna(value) else fmt.pct(float(value))


def figure_title(title: str, export: dict | None) -> str:
    return f"{title} (synthetische gegevens)" if is_synthetic(export) else title


def opening(export: dict | None, k: int) -> str:
    text = f"Dit hoofdstuk komt uit de registratie per contact. Aantallen van 1 tot {k - 1} worden niet gepubliceerd (zie Methoden)."
    return f"{SYNTHETIC_NOTICE}\n\n{text}" if is_synthetic(export) else text


# ---------------------------------------------------------------- registration
def registration(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    source = "contact export (protected tables)"
    total = tables.cell("contacts_by_month_channel")
    channel_rows = []
    for channel in ("phone", "email", "chat"):
        n = tables.cell("contacts_by_month_channel", channel=channel)
        share = None if n is None or not total else n / total * 100
        facts.add(f"{helpline}.export.channel.{channel}.contacts", n, "contacts", f"{source}: answered contacts, channel {channel}")
        facts.add(f"{helpline}.export.channel.{channel}.share_pct", None if share is None else round(share, 1), "percent", f"{source}: channel {channel} / all answered")
        channel_rows.append({"Kanaal": figures.CHANNEL_LABELS[channel], "Contacten": count_text(n), "Aandeel": pct_text(share)})
    channel_rows.append({"Kanaal": "totaal", "Contacten": count_text(total), "Aandeel": fmt.pct(100.0, 0) if total else SUPPRESSED})
    facts.add(f"{helpline}.export.contacts", total, "contacts", f"{source}: answered contacts")
    anonymous = tables.cell("contacts_by_anonymity_channel", anonymous="true")
    anon = cap.answer_rate(anonymous, total) if anonymous is not None and total else None
    if anon:
        facts.add(f"{helpline}.export.anonymous.share_pct", round(anon.rate * 100, 1), "percent", f"{source}: anonymous / answered contacts")
    victims = tables.cell("possible_victims_by_type_context")
    facts.add(f"{helpline}.export.possible_victims", victims, "possible victims", f"{source}: possible victims")
    daily = tables.leaves("contacts_by_day").rename(columns={"count": "contacts"})
    shown = daily.dropna(subset=["contacts"])
    busiest = shown.loc[shown["contacts"].idxmax()] if len(shown) else None
    hidden_days = int(daily["suppressed"].sum())
    facts.add(f"{helpline}.export.days_suppressed", hidden_days, "days", f"{source}: days whose count is not published")
    text = [opening(export, k),
            (f"In {year} beantwoordde {helpline} **{fmt.number(total)} contacten** (telefoon, e-mail en chat). " if total is not None
             else f"Het totale aantal beantwoorde contacten van {year} is te klein om te publiceren. ")
            + (f"{fmt.pct(anon.rate * 100)} van de contactnemers bleef anoniem (95 %-interval {fmt.pct(anon.low * 100)} à {fmt.pct(anon.high * 100)}). " if anon else "")
            + (f"De contacten gingen over {fmt.number(victims)} mogelijke slachtoffers." if victims is not None else ""),
            (f"Per dag schommelt het aantal sterk: de drukste dag was {fmt.date(pd.Timestamp(busiest['date']))} met "
             f"{fmt.number(busiest['contacts'])} contacten. " if busiest is not None else "Van geen enkele dag is het aantal gepubliceerd. ")
            + f"Van {fmt.count(hidden_days, 'dag', 'dagen')} is het aantal niet gepubliceerd (meestal weekenddagen met weinig contacten); de figuur laat daar een gat."]
    mix = cap.channel_mix(tables.cells("contacts_by_group_channel"))
    group_labels = load.codebook("contact_person_groups").set_index("group")["label_nl"].to_dict()
    order = load.codebook("contact_person_groups").set_index("group")["order"]
    mix = mix.assign(order=mix["group"].map(order)).sort_values("order").drop(columns="order").reset_index(drop=True)
    mix_table = pd.DataFrame({"Contactnemer (groep)": [group_labels[g] for g in mix["group"]], "Contacten": [count_text(v) for v in mix["contacts"]],
                              **{f"% {figures.CHANNEL_LABELS[c]}": [pct_text(v) for v in mix[c]] for c in ("phone", "email", "chat")}})
    by_group = mix.set_index("group")
    for group in mix["group"]:
        for channel in ("phone", "email", "chat"):
            value = by_group.loc[group, channel]
            facts.add(f"{helpline}.export.group.{group}.{channel}.share_pct", None if pd.isna(value) else round(float(value), 1), "percent", f"{source}: contacts_by_group_channel")
    ve = by_group.loc["victim_environment"]
    text.append(f"Wie contact opneemt, kiest ook het kanaal: van de contacten uit de omgeving van het slachtoffer verliep {pct_text(ve['chat'])} via chat, "
                f"tegenover {pct_text(by_group.loc['welfare', 'chat'])} bij professionals uit welzijn en gezondheid. {SUPPRESSED_NOTE}")
    audit = tables.audit_log()  # which cells are hidden, never why: a reason would tell a small cell from a complement
    hidden = audit.groupby("table").size() if len(audit) else pd.Series(dtype="int64")
    titles = {d.name: d.title_nl for d in table_defs(year)}
    suppression_table = pd.DataFrame({"Tabel": [titles[t] for t in hidden.index],
                                      "Niet gepubliceerde cellen": [fmt.number(v) for v in hidden]})
    facts.add(f"{helpline}.export.suppressed.cells", int(hidden.sum()), "cells", f"{source}: suppression log")
    return Chapter("\n\n".join(t for t in text if t), {"channels": pd.DataFrame(channel_rows), "mix": mix_table, "suppression": suppression_table},
                   {"daily": daily, "mix": mix, "group_labels": group_labels})




# ---------------------------------------------------------------- capacity
def capacity(year: int, helpline: str, export: dict, k: int, facts: FactSheet) -> Chapter:
    tables = PublishedTables.of(year, export, k)
    source = "contact export (protected tables)"
    offered = tables.cell("phone_by_month")
    answered = tables.cell("phone_by_month", answered="true")
    facts.add(f"{helpline}.export.phone.offered", offered, "calls", f"{source}: phone calls offered")
    facts.add(f"{helpline}.export.phone.answered", answered, "calls", f"{source}: phone calls answered")
    if not offered or answered is None:  # a suppressed total or no calls: no rate, and the text says so
        rate_text, per_caller_text = (f"Het aantal aangeboden of beantwoorde telefonische oproepen van {year} is niet "
                                      "gepubliceerd (te klein) of nul; daarom staat hier geen antwoordpercentage."), ""
    else:
        rate_text, per_caller_text = _rates(year, helpline, source, offered, answered, facts)
    monthly = cap.monthly_answer_rates(tables.cells("phone_by_month"))
    rated = monthly.dropna(subset=["rate"]).sort_values("rate")
    worst = rated.iloc[0] if len(rated) else None
    if worst is not None:
        facts.add(f"{helpline}.export.phone.lowest_month", str(worst["month"]), "month",
                  f"{source}: month with the lowest answer rate")
    routes = cap.route_shares(tables.cells("phone_by_route"))
    for r in routes.itertuples():
        facts.add(f"{helpline}.export.phone.route.{r.route}.share_pct", None if pd.isna(r.share_pct) else round(float(r.share_pct), 1), "percent", f"{source}: answered calls by route")
    route_text = ", ".join(f"{pct_text(r.share_pct)} {ROUTES_NL[r.route]}" for r in routes.itertuples())
    offered_grid = cap.weekday_hour(tables.cells("phone_by_weekday_hour"), None)
    answered_grid = cap.weekday_hour(tables.cells("phone_by_weekday_hour"), "true")
    stacked = offered_grid.stack().dropna()
    peak = stacked.idxmax() if len(stacked) else None
    text = [opening(export, k), rate_text, per_caller_text,
            (f"Het laagste antwoordpercentage per maand viel in {fmt.month(worst['month'])}: {fmt.pct(worst['rate'] * 100)} "
             f"({fmt.pct(worst['low'] * 100)} à {fmt.pct(worst['high'] * 100)})." if worst is not None else ""),
            f"Van de beantwoorde oproepen werd {route_text} beantwoord. Bellers die geen provincie kiezen (optie 0) komen terecht bij een provincie met op dat moment minder drukte.",
            (f"De meeste oproepen komen op {WEEKDAYS_NL[peak[0]]} rond {peak[1]} uur; buiten de openingsuren wordt er ook "
             "gebeld, maar dan niet opgenomen." if peak is not None else "")]
    text = [t for t in text if t]
    month_table = pd.DataFrame({"Maand": [fmt.month(m) for m in monthly["month"]], "Aangeboden": [count_text(v) for v in monthly["offered"]],
                                "Beantwoord": [count_text(v) for v in monthly["answered"]], "% beantwoord": [pct_text(None if pd.isna(v) else v * 100) for v in monthly["rate"]],
                                "95 %-interval": [SUPPRESSED if pd.isna(lo) else f"{fmt.pct(lo * 100)} à {fmt.pct(hi * 100)}" for lo, hi in zip(monthly["low"], monthly["high"])]})
    regions = load.codebook("regions").set_index("region")["label_nl"]
    own = cap.own_region_by_caller(tables.cells("phone_by_route"))
    route_table = pd.DataFrame({"Provincie van de beller": [regions[r] for r in own["caller_region"]], "Beantwoorde oproepen": [count_text(v) for v in own["calls"]],
                                "In eigen provincie": [count_text(v) for v in own["own"]], "% eigen provincie": [pct_text(v) for v in own["own_pct"]]})
    return Chapter("\n\n".join(text), {"months": month_table, "routes": route_table},
                   {"monthly": monthly, "offered": offered_grid, "answered": answered_grid})


def _rates(year: int, helpline: str, source: str, offered: int, answered: int, facts: FactSheet) -> tuple[str, str]:
    """The answer rate and the estimate per caller, as facts and text (offered > 0, both published)."""
    rate = cap.answer_rate(answered, offered)
    for name, value in (("rate_pct", rate.rate), ("rate_low_pct", rate.low), ("rate_high_pct", rate.high)):
        facts.add(f"{helpline}.export.phone.answer_{name}", round(value * 100, 1), "percent", f"{source}: answered / offered, Wilson 95 % interval")
    callers = cap.per_caller(answered, offered)
    for c in callers:
        facts.add(f"{helpline}.export.phone.callers_{int(c.attempts)}_attempts", round(c.callers), "callers", f"{source}: offered / {c.attempts:g} attempts per caller (assumption)")
        facts.add(f"{helpline}.export.phone.reached_{int(c.attempts)}_attempts_pct", round(c.reached * 100, 1), "percent", f"{source}: answered / callers, capped at 100 %")
    low, high = callers[0], callers[-1]
    if low.consistent and high.consistent:
        reached = f"waren er {fmt.number(high.callers)} à {fmt.number(low.callers)} bellers, en bereikte {fmt.pct(low.reached * 100)} à {fmt.pct(high.reached * 100)} van hen de hulplijn."
    else:
        reached = (f"waren er hoogstens {fmt.number(low.callers)} bellers — minder dan de {fmt.number(answered)} beantwoorde oproepen. Wie blijft bellen tot iemand opneemt, "
                   f"heeft bij {fmt.pct(rate.rate * 100)} per poging gemiddeld {fmt.number(1 / rate.rate, 1)} pogingen nodig, geen 3 à 4. Beide cijfers kunnen dus niet voor alle bellers "
                   "tegelijk kloppen: de 3 à 4 pogingen gelden wellicht vooral voor wie op drukke momenten belt, of voor wie na een paar pogingen opgeeft.")
    per_caller_text = ("Hoeveel **bellers** kwamen er door? De bron meldt dat een beller gemiddeld 3 à 4 pogingen doet. Als dat voor alle bellers geldt, "
                       + reached + " Deze schatting rust volledig op die aanname; de export zelf kent geen bellers, alleen oproepen.")
    rate_text = (f"In {year} kwamen er **{fmt.number(offered)} telefonische oproepen** binnen; {fmt.number(answered)} werden "
                 f"beantwoord: **{fmt.pct(rate.rate * 100)} per poging** (95 %-interval {fmt.pct(rate.low * 100)} à "
                 f"{fmt.pct(rate.high * 100)}). Dat interval gaat uit van onafhankelijke pogingen; omdat dezelfde beller "
                 "vaak opnieuw belt, is de werkelijke onzekerheid groter.")
    return rate_text, per_caller_text
