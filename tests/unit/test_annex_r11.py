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
    values = {"checked": ["de totalen"], "explained": None, "inconsistent": 0, "missing": 0, "bounded": 0, "forced": 0}
    said = text.sections("chapters/data_quality/text.md", tables=True, year="2021", changed=10, cells=10, **values)[
        "corrections"
    ]
    said = " ".join(said.split())
    # r29 2020 #12, #16: the places told plainly; the scan's repairs that change no figure are not told
    # r49 (r48 2020 #5): the table introduced in one sentence, the corrections the list's and the table's
    assert "@tbl-corrections geeft de correcties." in said
    assert "herstelde dit rapport" not in said
    assert int(repaired.sum()) == 10 and int((~repaired).sum()) == 10


def test_the_months_of_one_fact_that_disagrees_are_one_row_naming_them():
    checks = quality.checks_for(["1712"], 2021)
    inconsistent = checks[checks["status"] == "known_inconsistency"]
    gender = inconsistent[inconsistent["check_id"].str.contains("gender_by_month")]
    assert len(gender) == 7  # seven checks, one fact: the gender table lacks 16 contacts
    table = tables.inconsistencies(gender)
    assert len(table) == 1
    row = table.iloc[0]
    # one line, the table and its months counted (r13 2021 #21: the nine-line cell); the text says the rest
    # r14: the sums are over those seven months, not the year (4.835 read as a total of 8.059)
    assert row["Gegevens"] == "Contacten per maand en geslacht, 7 maanden van 2020"
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
    assert len(table) == 1 and table.iloc[0]["Vermeld"] == "\u221217,9\u00a0%"  # a change with its sign and unit
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
    assert model.strip() == ""  # r25 2020 #13: the annex's section at „Campagnes” tells the model in plain words


def test_the_demo_methods_describe_no_estimate_per_caller_it_does_not_make(registration_methods):
    """demo #6: the demo leaves the estimate per caller out (invented calls); its methods said how it is made."""
    methods = registration_methods

    demo = methods("demo")
    assert "schatting per beller" not in demo
    shown = registration_methods("demo", flat=False)
    # r47 (demo r46 #1): the paragraph carries an anchor, which chapter 2 links to
    assert "Antwoordpercentage." in demo and "\n\n[**Antwoordpercentage.**]{#answer-rate}" in shown  # no run-in
    assert "\n\n**Wachten, geduld en bezetting.**" in shown
    assert "auditbestand" not in demo and "naast het rapport" not in demo and "simulatie (ciw)" not in demo


def _fact(file):
    return {"value": 1, "unit": "count", "source": {"file": file, "table": "t", "selection": "s"}}


def test_the_list_of_sources_follows_the_files_the_figures_cite():
    """2020 #2: a 2020 report that compares with 2019 through the 2021 page lists that page too, with no code
    naming it: the documents are those of the files the facts cite (data/provenance.yml)."""
    from hulplijnen.pipeline.appendix import sources_markdown, used_documents

    only_2020 = {"a": _fact("data/1712/2020/contacts_by_month_channel.csv")}
    with_2019 = {**only_2020, "b": _fact("data/1712/2021/key_figures.csv")}
    assert [d["title"][:14] for d in used_documents(only_2020, False)] == ["Vlaams Parleme"]
    both = used_documents(with_2019, False)
    assert [d["title"][:18] for d in both] == ["Vlaams Parlement, ", "Cijfers hulplijnen"]
    assert (
        both[1]["about"]
        # r61 (r59 2020 #6): the page by its one name, as Tabel 11 gives it
        == "de infografiek over 1712 op de webpagina „Cijfers hulplijnen: 1712, Stop it Now! & Tele-Onthaal” "
        "(kerncijfers over 2021, datum niet vermeld)"
    )
    one = " ".join(sources_markdown(only_2020, False, True).split())
    assert "Alle cijfers over Hulplijn 1712 komen uit één document." in one and "volgende documenten" not in one
    # r52: shorter, and after the table of documents (the 2021 annex's 'Herkomst' fits under its tables again)
    assert "Het document is gescand; afwijkingen staan onder „Controles van de gegevens”." in one
    two = " ".join(sources_markdown(with_2019, False, True).split())
    assert "Alle cijfers over Hulplijn 1712 komen uit de documenten hierboven." in two  # r30 TO #12: whose
    assert two.index("{#tbl-sources}") < two.index("**Bronnen.**")
    # r36 (r35 2020 #8): of two documents, the scanned one named ('Eén document is gescand' said not which)
    scanned = "Schriftelijke vraag nummer 282 (met antwoord en tabellen) is gescand; afwijkingen staan onder"
    assert scanned in two and "Eén document is gescand" not in two


def test_over_deze_cijfers_names_the_one_infographic_a_release_uses():
    """Tele-Onthaal #13: 'jaarcijfers, tabellen en infografieken' for a release that has one infographic."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.about import about_markdown

    facts = {"a": _fact("data/tele-onthaal/2021/key_figures.csv")}
    about = " ".join(about_markdown(load_params("2021-tele-onthaal"), facts).split())
    assert (
        "De cijfers over Tele-Onthaal komen uit één bron: de infografiek over Tele-Onthaal op de webpagina "
        "„Cijfers hulplijnen” (kerncijfers over 2021, datum niet vermeld)." in about
    )
    assert "tabellen" not in about and "jaarcijfers" not in about


def test_key_figures_from_one_source_are_one_sentence_not_a_row_each():
    """2020 #34: seven rows repeated one citation word for word."""
    from hulplijnen.pipeline import summary

    tables = "data/1712/2020/contacts_by_month_channel.csv"
    facts = {
        "1712.contacts.total": _fact(tables) | {"value": 8059},
        "1712.channel.phone.share_pct": _fact(tables) | {"value": 70.8},
        "1712.channel.email.share_pct": _fact(tables) | {"value": 17.9},
        "1712.channel.chat.share_pct": _fact(tables) | {"value": 11.3},
        "1712.contact_person.victim.share_pct": _fact("data/1712/2020/contacts_by_contact_person.csv")
        | {"value": 33.6},
    }
    # r28 TO #6: where one document holds every figure, 'Bronnen' says so and no second sentence repeats it
    assert "Alle kerncijfers" not in summary.sources_markdown(facts, ["1712"], 2020)
    facts |= {"tele-onthaal.calls.total": _fact("data/tele-onthaal/2021/key_figures.csv") | {"value": 1}}
    said = " ".join(summary.sources_markdown(facts, ["1712"], 2020).split())
    # r53 (r53 demo #12): one form of the question's number everywhere, 'schriftelijke vraag nummer 282'
    # split() also splits at a no-break space
    assert said.count("schriftelijke vraag nummer 282") == 1 and "|" not in said
    assert "vraag nr." not in said
    # r66 (r66 2020 #4, 2021 #5): the summary's table by its number, „kerncijfers” being the source's word too
    assert said.startswith("**Herkomst van @tbl-key-figures.** Alle cijfers in die tabel komen uit „Vlaams")
    mixed = facts | {"1712.export.phone.answer_rate_pct": _fact(None) | {"value": 44.3}}
    mixed |= {"1712.export.phone.answer_rate_low_pct": _fact(None) | {"value": 43.4}}
    mixed |= {"1712.export.phone.answer_rate_high_pct": _fact(None) | {"value": 45.1}}
    table = summary.sources_markdown(mixed, ["1712"], 2020)
    assert (
        "| Bron | Rijen van @tbl-key-figures |" in table and table.count("schriftelijke vraag nummer\u00a0282") == 1
    )  # r53
    # r51 (demo r50 #4): the method is said under "Antwoordpercentage", no longer again under Herkomst
    assert "is een Wilson-interval (95 %)" not in " ".join(table.split())


def test_one_contradiction_is_singular():
    """2020 read '1 tegenstrijdigheden ... blijven staan' once the seven monthly rows became one."""
    values = {"checked": ["de totalen"], "explained": None, "missing": 0, "bounded": 0, "forced": 0, "changed": 0}
    said = text.sections("chapters/data_quality/text.md", tables=True, year="2020", inconsistent=1, **values)[
        "corrections"
    ]
    # r44 (#1): the table by cross-reference (Quarto: 'Tabel N'), not by its caption
    assert "Eén gepubliceerd cijfer spreekt een ander cijfer tegen; @tbl-inconsistencies zegt" in " ".join(said.split())
