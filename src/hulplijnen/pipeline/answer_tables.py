"""The tables the answer that gives a release's monthly totals comes with, and which year each carries, for the
Methods' sentence on them (chapters/reachability/methods.md); r47 (r46 2020 #2) moved from pipeline.about."""

from __future__ import annotations

from .. import facts as facts_mod


def answer_tables(params, facts: dict | None = None) -> dict | None:
    """r39 (2020 #14): the tables the document of the lead helpline's monthly totals gives (of the release's year, else
    the latest earlier one), as the text names them (data/provenance.yml; the data quality chapter's table names), and
    their year; None for a made-up release or where there are none. r47 (r46 2020 #2): a table carries the year only
    where its month rows do ('dated'); a table without a year is tied to it where its stated total is the year's
    ('same_total', data/<helpline>/<year>/stated_totals.csv), and 'quoted' lists the published counts of that year
    its cells give exactly (the facts' checks); each table's and the year's total as recorded facts (``facts``)."""
    from ..chapters.data_quality.tables import table_name
    from ..config.paths import DATA
    from ..data import load
    from ..data.provenance import tables_beside

    if params.is_synthetic:
        return None
    facts = facts or {}
    h = params.helplines[0]
    for year in range(params.year, params.year - 5, -1):
        found = tables_beside(DATA, f"{h}/{year}/contacts_by_month_channel.csv")
        if found:
            names = [f.rsplit("/", 1)[-1].removesuffix(".csv") for f in found]
            totals = _stated_totals(load, h, year)
            year_total = totals.get("contacts_by_month_channel")
            # r44 (2020 #5): which of them are per month, and what each is by (its key's last part), for the sentence
            specs = [load.YEAR_TABLES[n] for n in names]
            by = [{"by": spec.key[-1], "monthly": "month" in spec.key} for spec in specs]
            for item, f, name in zip(by, found, names, strict=True):
                item["dated"] = item["monthly"]  # only the month rows carry the year ('Januari 2020')
                item["same_total"] = year_total is not None and totals.get(name) == year_total
                item["total"] = _total_fact(facts, f"data/{f}", totals.get(name))
                item["quoted"] = _quoted(facts, f"data/{f}")
            total = _total_fact(facts, f"data/{found[0]}", year_total)
            return {"year": str(year), "names": [table_name(f) for f in found], "tables": by, "total": total}
    return None


def _stated_totals(load, helpline: str, year: int) -> dict[str, int]:
    """Each table's grand total as the source prints it (its 'all' row of stated_totals.csv)."""
    if not load.has_table("stated_totals", helpline, year):
        return {}
    t = load.stated_totals(year, helpline)
    return {r.table: int(r.value) for r in t.itertuples() if r.dimension == "all" and r.category == "all"}


def _total_fact(facts: dict, file: str, value: int | None):
    """The recorded fact of ``file``'s sum that is ``value`` (the first key in order), or None."""
    for k in sorted(facts):
        source = facts[k].get("source") or {}
        if value is not None and source.get("file") == file and "sum of all" in str(source.get("selection")):
            if facts[k]["value"] == value:
                return facts_mod.recorded(k, facts[k]["value"])
    return None


def _quoted(facts: dict, file: str) -> list:
    """The published counts (a check's published_n) that ``file``'s cells give exactly (its computed_n)."""
    out = []
    for k in sorted(facts):
        stem = k.removesuffix(".published_n")
        if k.endswith(".published_n") and (facts[k].get("source") or {}).get("file") == file:
            computed = facts.get(f"{stem}.computed_n")
            if computed is not None and computed["value"] == facts[k]["value"]:
                out.append(facts_mod.recorded(k, facts[k]["value"]))
    return sorted(out, key=lambda x: -x)
