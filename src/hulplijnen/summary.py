"""The report's opening: key figures and main findings, written from figures.json only.

Every number here is looked up in the facts the notebooks recorded; a finding whose facts are
absent is left out, never filled in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import fmt, keys
from .data import load

SUMMARY_CHANNELS = ("phone", "email", "chat")  # the channels of the key-figures row, in this order
SUMMARY_MEASURES = ("contacts", "calls", "conversations")  # the totals the key figures show, with their change


def names() -> dict[str, str]:
    return load.helplines().set_index("helpline")["name"].to_dict()


def short_names() -> dict[str, str]:
    return load.helplines().set_index("helpline")["short_name"].to_dict()


def channel_labels() -> dict[str, str]:
    return load.codebook("channels").set_index("channel")["label_nl"].to_dict()


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


def _change(facts: dict, helpline: str, measure: str, year: int, now: float) -> tuple[str, tuple[str, ...]] | None:
    """Change against the previous year: exact when that year is known exactly, else the interval."""
    bounds = (keys.earlier(helpline, measure, year - 1, "low"), keys.earlier(helpline, measure, year - 1, "high"))
    low, high = _value(facts, bounds[0]), _value(facts, bounds[1])
    if low is None or high is None:
        return None
    if low == high:
        return f"{fmt.signed_pct((now / low - 1) * 100, 1)} t.o.v. {year - 1}", bounds
    return (
        f"{fmt.signed_pct((now / high - 1) * 100, 1)} à {fmt.signed_pct((now / low - 1) * 100, 1)} t.o.v. {year - 1}",
        bounds,
    )


def key_figures(facts: dict, helplines: list[str], year: int) -> list[KeyFigure]:
    rows: list[KeyFigure] = []
    labels = channel_labels()
    measures = load.codebook("measures").set_index("measure")["label_nl"]
    for h in helplines:
        name = names()[h]
        for measure in SUMMARY_MEASURES:
            now = _value(facts, keys.total(h, measure))
            if now is None:
                continue
            change = _change(facts, h, measure, year, now)
            shown = fmt.number(now) + (f" ({change[0]})" if change else "")
            rows.append(
                KeyFigure(
                    f"{name}: {measures[measure]}", shown, (keys.total(h, measure),) + (change[1] if change else ())
                )
            )
        for key, label in (
            (f"{h}.export.contacts", "beantwoorde contacten (registratie per contact)"),
            (f"{h}.export.phone.offered", "aangeboden telefonische oproepen"),
        ):
            if _value(facts, key) is not None:
                rows.append(KeyFigure(f"{name}: {label}", fmt.number(_value(facts, key)), (key,)))
        rate = f"{h}.export.phone.answer_rate_pct"
        if _value(facts, rate) is not None:
            rate_keys = (rate, f"{h}.export.phone.answer_rate_low_pct", f"{h}.export.phone.answer_rate_high_pct")
            rows.append(
                KeyFigure(
                    f"{name}: beantwoord per poging",
                    f"{fmt.pct(_value(facts, rate_keys[0]))} (95 %-interval {fmt.pct(_value(facts, rate_keys[1]))} à "
                    f"{fmt.pct(_value(facts, rate_keys[2]))})",
                    rate_keys,
                )
            )
        shares = [(c, _value(facts, keys.channel_share(h, c)), keys.channel_share(h, c)) for c in SUMMARY_CHANNELS]
        shares = [s for s in shares if s[1] is not None]
        base_key = next((k for k in (keys.total(h, "contacts"), keys.total(h, "calls")) if k in facts), None)
        if shares:
            base = f" (n = {fmt.number(_value(facts, base_key))})" if base_key else ""
            rows.append(
                KeyFigure(
                    f"{name}: kanaalmix",
                    ", ".join(f"{labels[c]} {_share(v)}" for c, v, _ in shares) + base,
                    tuple(k for *_, k in shares) + ((base_key,) if base_key else ()),
                )
            )
    return rows


def findings(facts: dict, helplines: list[str], year: int) -> list[str]:
    """Main findings as sentences, each from recorded facts; what the facts do not hold is left out."""
    out: list[str] = []
    events = load.events().set_index("event_id")["name_nl"]
    for h in helplines:
        short = short_names()[h]
        share = _value(facts, keys.role_share(h, "victim"))
        if share is not None:
            out.append(
                f"{fmt.one_in(share / 100).capitalize()} contactnemers van {short} is zelf slachtoffer "
                f"({_share(share)})."
            )
        peak, peak_n = _value(facts, f"{h}.contacts.peak_month"), _value(facts, f"{h}.contacts.peak_month_contacts")
        if peak and peak_n:
            out.append(f"De drukste maand was {fmt.month(peak)}, met {fmt.number(peak_n)} contacten.")
        for key in [k for k in facts if k.startswith(f"{h}.event.") and k.endswith(".effect_pct")]:
            low, high = (
                _value(facts, key.replace("effect_pct", "effect_low_pct")),
                _value(facts, key.replace("effect_pct", "effect_high_pct")),
            )
            if low is not None and low > 0:
                name = events[key.split(".")[2]]
                out.append(
                    f"Tijdens de periode '{name}' lag het aantal contacten {fmt.signed_pct(_value(facts, key), 0)} "
                    "hoger dan de trend "
                    f"(95 %-interval {fmt.signed_pct(low, 0)} tot {fmt.signed_pct(high, 0)})."
                )
        n_campaigns = _value(facts, f"{h}.campaigns.count")
        effects = [k for k in facts if k.startswith(f"{h}.campaign.") and k.endswith(".effect_low_pct")]
        if n_campaigns and effects:
            clear = sum(1 for k in effects if _value(facts, k) > 0 or _value(facts, k.replace("low", "high")) < 0)
            out.append(
                f"Van de {fmt.number(n_campaigns)} campagnes van {year} heeft "
                f"{'geen enkele' if clear == 0 else fmt.number(clear)} "
                "een effect op het aantal contacten dat van nul te onderscheiden is."
            )
        own = _value(facts, f"{h}.export.phone.route.own.share_pct")
        if own is not None:
            out.append(
                f"{fmt.pct(own)} van de beantwoorde oproepen werd in de eigen provincie van de beller beantwoord."
            )
        calls, conversations = _value(facts, keys.total(h, "calls")), _value(facts, keys.total(h, "conversations"))
        if calls and conversations:
            out.append(f"Bij {short} werd {fmt.pct_of(conversations, calls)} van de oproepen een gesprek.")
        referrals, since = (
            _value(facts, keys.total(h, "referrals_since_launch")),
            _value(facts, keys.total(h, "contacts_since_launch")),
        )
        if referrals and since:
            out.append(
                f"{short} verwees sinds de start {fmt.pct_of(referrals, since)} van de contacten door naar "
                "langdurige hulp."
            )
    return out


def markdown(facts: dict, helplines: list[str], year: int) -> str:
    rows = key_figures(facts, helplines, year)
    table = ["| Kerncijfer | Waarde |", "|:------|:----------|"]  # the keys stay in figures.json, not in the text
    table += [f"| {r.label} | {r.shown} |" for r in rows]
    found = findings(facts, helplines, year)
    parts = ["\n".join(table), ": Kerncijfers {#tbl-key-figures}"]
    if found:
        parts.append("**Belangrijkste vaststellingen**\n\n" + "\n".join(f"- {s}" for s in found))
    return "\n\n".join(parts)
