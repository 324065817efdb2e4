"""The summary's key-figure rows of a subject share and of who makes contact and about what (the profile rows), from
the rules of the key messages (messages.py); split from summary.py (r59), which orders them after a helpline's
totals. Python only selects facts of figures.json; every label and sentence is a template under report/summary/."""

from __future__ import annotations

from ..data import load
from ..facts import keys, recorded
from . import messages


def _get(facts: dict, key: str):
    return recorded(key, facts[key]["value"]) if key in facts else None


def subject_rows(facts: dict, helpline: str, name: str, year: int) -> list[dict]:
    """A published share of a subject (the corona share) with its value of the year before, where both are published."""
    if not load.has_table("key_figures", helpline, year):
        return []
    figs = load.key_figures(year, helpline)
    measures = load.codebook("measures").set_index("measure")["label_nl"]
    rows = []
    for measure in ("corona_share",):
        shares = figs[(figs["measure"] == measure) & (figs["unit"] == "percent")]
        now, before = shares[shares["reference_year"].isna()], shares[shares["reference_year"] == year - 1]
        found = [keys.fact_key(helpline, r.iloc[0])[0] for r in (now, before) if len(r) == 1]
        if len(found) == 2 and all(k in facts for k in found):
            rows.append(
                {
                    "kind": "subject",
                    "name": name,
                    "label": measures[measure],
                    "value": _get(facts, found[0]),
                    "before": _get(facts, found[1]),
                    "more_than": False,
                    "keys": found,
                }
            )
    return rows


PROFILE = ("victim", "women", "family", "violence", "anonymous", "perpetrator_side")  # the order of those rows


def _anonymous(facts: dict, helpline: str, year: int, stated: dict | None):
    """The share that stays anonymous as the year's own source states it (the contact-persons chapter records it
    under a key of its year; another year's statement that a later chapter quotes has its own source)."""
    if not stated or stated["by"] == "minister":  # a general remark, no figure of the year: no key figure (r14)
        return None
    own = keys.contact_person(helpline, "anonymous", year, "share_pct")
    return _get(facts, own) if own in facts else stated["share"]


def profile_rows(facts: dict, helpline: str, name: str, year: int) -> list[dict]:
    """The key figures of who makes contact and about what, from the rules of the key messages (messages.profile,
    messages.about), and the busiest month: one row each where the facts hold it."""
    who, about = messages.profile(facts, helpline, year), messages.about(facts, helpline, year)
    found = {
        "victim": _get(facts, keys.role_share(helpline, "victim")),
        "women": who["women"],
        "family": None if who["family_table"] and who["doubted"] else who["family"],  # r50: messages.doubted
        "violence": about["violence"]["share"] if about["violence"] else None,
        "anonymous": _anonymous(facts, helpline, year, about["anonymous"]),
        "perpetrator_side": who["perpetrator_side"]["share"] if who["perpetrator_side"] else None,
    }
    rows = [
        {
            "kind": kind,
            "name": name,
            "value": found[kind],
            "violence": about["violence"]["label"] if kind == "violence" else None,
            "more_than": bool(about["anonymous"] and about["anonymous"]["more_than"]) if kind == "anonymous" else False,
            "contacts": who["perpetrator_side"]["contacts"] if kind == "perpetrator_side" else None,
            "about": bool(who["perpetrator_side"]["derived"]) if kind == "perpetrator_side" else False,
            # r64 (r64 2020 #5): the count of the table's filled cells, beside the annual report's
            "filled": _get(
                facts, keys.check_key(helpline, "contact_person_perpetrator_environment_count", "computed_n")
            ),
            "by": about["anonymous"]["by"] if kind == "anonymous" else None,
            "base": about["anonymous"]["base"] if kind == "anonymous" else None,
            "keys": [found[kind].key],
        }
        for kind in PROFILE
        if found[kind] is not None
    ]
    measured = messages.export(facts, helpline)
    if measured and measured["need"] is not None and measured["logged_in"] is not None:
        # the hours in every hour apart beside those over the whole week (demo r16 #4)
        need = {k: measured[k] for k in "need logged_in target every per_open_hour".split() if measured[k] is not None}
        rows.append(
            {
                "kind": "need",
                "name": name,
                **need,
                "value": need["need"],
                "keys": [v.key for v in need.values()],
            }
        )
    if measured and measured["patience"] is not None:
        rows.append(
            {"kind": "patience", "name": name, "value": measured["patience"], "keys": [measured["patience"].key]}
        )
    peak = [keys.contacts(helpline, "peak_month"), keys.contacts(helpline, "peak_month_contacts")]
    if all(k in facts for k in peak):
        month, contacts = (_get(facts, k) for k in peak)
        rows.append({"kind": "peak", "name": name, "value": month, "contacts": contacts, "keys": peak})
    return rows
