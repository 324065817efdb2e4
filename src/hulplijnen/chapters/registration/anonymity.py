"""Where a demo's anonymous share comes from (r52, demo r51 #9): the source it is tuned to says 'ruim driekwart' of
the callers without a year, in an answer of the year its question is dated; the helpline's key figures of the year
after the imitated one say a share of their own. Both as recorded facts, so the chapter names each with its time."""

from __future__ import annotations

from ...facts import FactSheet, Source, keys


def sources(synthetic: bool, helpline: str, facts: FactSheet) -> dict | None:
    """The month of the question whose answer gives the anonymous share (the answer's own date is not in the text),
    and the share the next year's key figures state, with that year (left out where not published). None for a real
    export."""
    if not synthetic:
        return None
    from ...config import yamlfile
    from ...config.paths import DATA
    from ...data import load
    from ...export import synthetic as generator

    year, source = generator.CALIBRATION_YEAR, generator.CALIBRATION_HELPLINE
    provenance = yamlfile.load(DATA / "provenance.yml")[0]
    file = f"{source}/{year}/key_figures.csv"
    date = provenance["documents"][provenance["files"][file]["document"]].get("date")
    src = Source(f"data/{file}", "key_figures", "anonymous; its document's date (the question's)")
    key = keys.export(helpline, "calibration_anonymous_question_month")
    asked = None if date is None else facts.add(key, f"{date:%Y-%m}", "month", src)
    later = {}
    if load.has_table("key_figures", source, year + 1):
        figures = load.key_figures(year + 1, source).set_index("key")
        if "anonymous" in figures.index:
            src = Source(f"data/{source}/{year + 1}/key_figures.csv", "key_figures", "anonymous")
            value = int(figures.loc["anonymous", "value"])
            key = keys.export(helpline, "calibration_anonymous_later_pct")
            # the year the key figures are about: the data folder's, as the chapter's own year is the params'
            later = {"later_year": str(year + 1), "later_pct": facts.add(key, value, "percent", src)}
    return {"asked": asked, **later}
