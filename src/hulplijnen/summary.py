"""The report's opening: key figures and main findings, written from figures.json only.

Every number here is looked up in the facts the notebooks recorded; a finding whose facts are
absent is left out, never filled in by hand. Each row names its key, so a reader can check it.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import fmt

CHANNELS_NL = {"phone": "telefoon", "email": "e-mail", "chat": "chat"}
NAMES = {"1712": "Hulplijn 1712", "tele-onthaal": "Tele-Onthaal", "stop-it-now": "Stop it Now!"}


@dataclass(frozen=True)
class KeyFigure:
    label: str
    shown: str
    keys: tuple[str, ...]


def _value(facts: dict, key: str):
    fact = facts.get(key)
    return None if fact is None else fact["value"]


def _share(value: float) -> str:
    return fmt.pct(value, 0 if float(value).is_integer() else 1)


def _change(facts: dict, helpline: str, measure_key: str, year: int, now: float) -> tuple[str, tuple[str, ...]] | None:
    """Change against the previous year: exact when that year is known exactly, else the interval."""
    low, high = _value(facts, f"{helpline}.{measure_key}.{year - 1}.low"), _value(facts, f"{helpline}.{measure_key}.{year - 1}.high")
    if low is None or high is None:
        return None
    keys = (f"{helpline}.{measure_key}.{year - 1}.low", f"{helpline}.{measure_key}.{year - 1}.high")
    if low == high:
        return f"{fmt.signed_pct((now / low - 1) * 100, 1)} t.o.v. {year - 1}", keys
    return f"{fmt.signed_pct((now / high - 1) * 100, 1)} à {fmt.signed_pct((now / low - 1) * 100, 1)} t.o.v. {year - 1}", keys


def key_figures(facts: dict, helplines: list[str], year: int) -> list[KeyFigure]:
    rows: list[KeyFigure] = []
    for h in helplines:
        name = NAMES[h]
        for measure, label, change_key in (("contacts.total", "contacten", "contacts"), ("contacts", "contacten", "contacts.all"),
                                           ("calls", "oproepen", "calls.all"), ("conversations", "gesprekken", "conversations.all")):
            now = _value(facts, f"{h}.{measure}")
            if now is None or (measure == "contacts" and _value(facts, f"{h}.contacts.total") is not None):
                continue
            change = _change(facts, h, change_key, year, now)
            shown = fmt.number(now) + (f" ({change[0]})" if change else "")
            rows.append(KeyFigure(f"{name}: {label}", shown, (f"{h}.{measure}",) + (change[1] if change else ())))
        for key, label in ((f"{h}.export.contacts", "beantwoorde contacten (registratie per contact)"), (f"{h}.export.phone.offered", "aangeboden telefonische oproepen")):
            if _value(facts, key) is not None:
                rows.append(KeyFigure(f"{name}: {label}", fmt.number(_value(facts, key)), (key,)))
        rate = f"{h}.export.phone.answer_rate_pct"
        if _value(facts, rate) is not None:
            keys = (rate, f"{h}.export.phone.answer_rate_low_pct", f"{h}.export.phone.answer_rate_high_pct")
            rows.append(KeyFigure(f"{name}: beantwoord per poging", f"{fmt.pct(_value(facts, keys[0]))} (95 %-interval {fmt.pct(_value(facts, keys[1]))} à {fmt.pct(_value(facts, keys[2]))})", keys))
        shares = [(c, _value(facts, f"{h}.channel.{c}.share_pct") or _value(facts, f"{h}.channel_share_{c}"), f"{h}.channel.{c}.share_pct" if _value(facts, f"{h}.channel.{c}.share_pct") is not None else f"{h}.channel_share_{c}") for c in CHANNELS_NL]
        shares = [s for s in shares if s[1] is not None]
        base_key = next((k for k in (f"{h}.contacts.total", f"{h}.calls", f"{h}.contacts") if k in facts), None)
        if shares:
            base = f" (n = {fmt.number(_value(facts, base_key))})" if base_key else ""
            rows.append(KeyFigure(f"{name}: kanaalmix", ", ".join(f"{CHANNELS_NL[c]} {_share(v)}" for c, v, _ in shares) + base,
                                  tuple(k for *_, k in shares) + ((base_key,) if base_key else ())))
    return rows


def findings(facts: dict, helplines: list[str], year: int) -> list[str]:
    """Main findings as sentences, each from recorded facts."""
    out: list[str] = []
    victim_key = next((k for k in ("1712.contact_person.victim_self.share_pct", "1712.contact_person_victim") if k in facts), None)
    if "1712" in helplines and victim_key:
        share = _value(facts, victim_key)
        out.append(f"{fmt.one_in(share / 100).capitalize()} contactnemers van 1712 is zelf slachtoffer ({_share(share)}).")
    peak, peak_n = _value(facts, "1712.contacts.peak_month"), _value(facts, "1712.contacts.peak_month_contacts")
    if "1712" in helplines and peak and peak_n:
        out.append(f"De drukste maand was {fmt.month(peak)}, met {fmt.number(peak_n)} contacten.")
    lockdown = [k for k in facts if k == "1712.event.first_lockdown_peak.effect_pct"]
    for key in lockdown:
        low, high = _value(facts, key.replace("effect_pct", "effect_low_pct")), _value(facts, key.replace("effect_pct", "effect_high_pct"))
        if low is not None and low > 0:
            out.append(f"Tijdens de eerste lockdown lag het aantal contacten {fmt.signed_pct(_value(facts, key), 0)} hoger dan de trend (95 %-interval {fmt.signed_pct(low, 0)} tot {fmt.signed_pct(high, 0)}).")
    n_campaigns = _value(facts, "1712.campaigns.count")
    effects = [k for k in facts if k.startswith("1712.campaign.") and k.endswith(".effect_low_pct")]
    if n_campaigns and effects:
        clear = sum(1 for k in effects if _value(facts, k) > 0 or _value(facts, k.replace("low", "high")) < 0)
        out.append(f"Van de {fmt.number(n_campaigns)} campagnes van {year} heeft {'geen enkele' if clear == 0 else fmt.number(clear)} een effect op het aantal contacten dat van nul te onderscheiden is.")
    own = _value(facts, "1712.export.phone.route.own.share_pct")
    if "1712" in helplines and own is not None:
        out.append(f"{fmt.pct(own)} van de beantwoorde oproepen werd in de eigen provincie van de beller beantwoord.")
    if "tele-onthaal" in helplines and _value(facts, "tele-onthaal.calls") and _value(facts, "tele-onthaal.conversations"):
        out.append(f"Bij Tele-Onthaal werd {fmt.pct_of(_value(facts, 'tele-onthaal.conversations'), _value(facts, 'tele-onthaal.calls'))} van de oproepen een gesprek.")
    if "stop-it-now" in helplines and _value(facts, "stop-it-now.referrals_since_launch") and _value(facts, "stop-it-now.contacts_since_launch"):
        out.append(f"Stop it Now! verwees sinds de start {fmt.pct_of(_value(facts, 'stop-it-now.referrals_since_launch'), _value(facts, 'stop-it-now.contacts_since_launch'))} van de contacten door naar langdurige hulp.")
    return out


def markdown(facts: dict, helplines: list[str], year: int) -> str:
    rows = key_figures(facts, helplines, year)
    table = ["| Kerncijfer | Waarde | Sleutel(s) in figures.json |", "|---|---|---|"]
    table += [f"| {r.label} | {r.shown} | {', '.join(f'`{k}`' for k in r.keys)} |" for r in rows]
    found = findings(facts, helplines, year)
    parts = ["\n".join(table), ": Kerncijfers {#tbl-key-figures}"]
    if found:
        parts.append("**Belangrijkste vaststellingen**\n\n" + "\n".join(f"- {s}" for s in found))
    return "\n\n".join(parts)
