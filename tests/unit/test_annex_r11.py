"""Round 11 of the fresh readers, the part after the chapters: data quality without the scan's garbled labels as
rows, one row per published fact that disagrees, 'one in ten' for 11,3 % as normal rounding."""

from __future__ import annotations

import pandas as pd

from hulplijnen.chapters.data_quality import READING_REPAIRS, tables
from hulplijnen.data import load, quality
from hulplijnen.presentation import text


def test_garbled_labels_of_the_scan_are_counted_in_a_sentence_not_printed_as_rows():
    corr = quality.corrections_shown(["1712"], 2021)
    repaired = corr["kind"].isin(READING_REPAIRS)
    shown = tables.corrections(corr[~repaired]).to_string()
    for garbled in ("ggggember", "sch(_)olse", "Justiéle", "3_100", "| 804"):
        assert garbled not in shown, garbled
    assert "90" in shown and "(leeg)" in shown  # corrections of a published value keep their row, with the reason
    values = {"holds": 3, "inconsistent": 0, "missing": 0, "bounded": 0, "forced": 0}
    said = text.sections(
        "chapters/data_quality/text.md", tables=True, year="2021", forced_years=[], changed=10, repairs=10, **values
    )["corrections"]
    said = " ".join(said.split())
    assert "Bij 10 cellen gebruikt het rapport een ander getal dan de gescande tekst" in said
    assert "Daarnaast herstelde het rapport 10 leesfouten van de scan die geen getal veranderen" in said
    assert int(repaired.sum()) == 10 and int((~repaired).sum()) == 10


def test_the_months_of_one_fact_that_disagrees_are_one_row_naming_them():
    checks = quality.checks_for(["1712"], 2021)
    inconsistent = checks[checks["status"] == "known_inconsistency"]
    gender = inconsistent[inconsistent["check_id"].str.contains("gender_by_month")]
    assert len(gender) == 7  # seven checks, one fact: the gender table lacks 16 contacts
    table = tables.inconsistencies(gender)
    assert len(table) == 1
    row = table.iloc[0]
    assert row["Gegevens"] == (
        "1712 2020: contacten per maand en geslacht, "
        "januari, april, juni, september, oktober, november en december 2020"
    )
    assert float(row["Vermeld"].replace(".", "")) - float(row["Berekend"].replace(".", "")) == 16
    assert "16 contacten" in row["Toelichting"]


def test_a_single_check_keeps_its_own_row():
    checks = pd.DataFrame(
        {
            "check_id": ["tele-onthaal/2021/key_figures/abs_vs_pct/website_visitors/2020"],
            "stated": [-17.9],
            "computed": [-17.3],
        }
    )
    table = tables.inconsistencies(checks)
    assert len(table) == 1 and table.iloc[0]["Vermeld"] == "−17,9" or table.iloc[0]["Vermeld"].endswith("17,9")
    assert table.iloc[0]["Toelichting"] == load.inconsistencies().set_index("check_id")["reason_nl"].iloc[-1]


def test_one_in_ten_for_a_rounded_eleven_percent_is_no_registered_contradiction():
    registered = set(load.inconsistencies()["check_id"])
    assert not any("chat_one_in_n_2020" in c for c in registered)
    # the real conflicts stay: the website's -17,9 % against -36.460 visitors
    assert "tele-onthaal/2021/key_figures/abs_vs_pct/website_visitors/2020" in registered


def test_the_methods_describe_no_campaign_model_in_a_release_that_estimates_none():
    """2021 #7: the methods described the quasi-Poisson model, its draws and coverage in a release whose campaigns
    chapter estimates no effect (no monthly figures). What the chapter declares it does not show decides."""
    params = {"min_months_for_effect": 12, "year": 2021}
    without = " ".join(
        text.render(
            "chapters/campaigns/methods.md",
            every_value_used=False,
            params=params,
            timings=None,
            not_shown={"tbl-appendix-campaign-effects": "no campaign effect estimated (no monthly model)"},
        ).split()
    )
    assert "Dit rapport schat geen effect van campagnes" in without and "twaalf maandcijfers" in without
    assert "quasi-Poisson" not in without and "trekkingen" not in without
    model = text.render(
        "chapters/campaigns/methods.md", every_value_used=False, params=params, timings=None, not_shown={}
    )
    assert "quasi-Poisson" in model


def test_the_demo_methods_describe_no_estimate_per_caller_it_does_not_make():
    """demo #6: the demo leaves the estimate per caller out (invented calls); its methods said how it is made."""
    from hulplijnen.config.params import load_params

    def methods(release):
        return " ".join(
            text.render(
                "chapters/registration/methods.md",
                every_value_used=False,
                params=load_params(release),
                timings=True,
                not_shown={},
            ).split()
        )

    demo = methods("demo")
    assert "schatting per beller" not in demo
    assert "Antwoordpercentage." in demo and "\n\n**Antwoordpercentage.**" in text.render(
        "chapters/registration/methods.md",
        every_value_used=False,
        params=load_params("demo"),
        timings=True,
        not_shown={},
    )  # its own paragraph, not a run-in inside the previous one
    assert "auditbestand" not in demo and "naast het rapport" not in demo and "simulatie (ciw)" not in demo
