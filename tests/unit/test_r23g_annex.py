"""Round 23 (helper r23g), the r22 readers of the annex: the count of tables short of their total comes from the
data (2021 #22), the ten repairs of the scan's text are listed (2020 #18), 'andere contactnemers' only where a table
uses it (2020 #18). Each test failed on the code before."""

from __future__ import annotations

from hulplijnen.chapters import data_quality
from hulplijnen.facts import FactSheet


def _built(year: int, helplines: list[str]):
    return data_quality.build(year, helplines, FactSheet("data_quality", year))


def flat(s: str) -> str:
    return " ".join(s.split())


def test_the_points_where_a_table_counts_less_than_its_total_are_counted_from_the_data():
    """2021 #22: 'Op één punt verschillen twee tabellen' above a table of two shortfalls (−16 and −21)."""
    chapter = _built(2021, ["1712", "tele-onthaal", "stop-it-now"])
    said = flat(chapter.sections["corrections"])
    assert len(chapter.tables["explained"]) == 2
    assert "Op één punt" not in said
    # r29 2020 #16: each table short of its total is one item of the list of what the checks found
    assert said.count("- De ingevulde vakken van de tabel") + said.count("- De tabel contacten per maand en") == 2


def test_the_repairs_of_the_scans_text_that_change_no_figure_are_not_told():
    """2020 #18 listed the repairs; r29 2020 #16 (the lead's decision): a list of no use to any reader, left to
    data/corrections.csv."""
    said = flat(_built(2020, ["1712"]).sections["corrections"])
    assert "herstelde dit rapport" not in said
    for repaired in ("„september 2020”", "„3100”", "„Rust- en verzorgingstehuis”", "804", "als streep"):
        assert repaired not in said, repaired


def test_andere_contactnemers_only_in_a_release_whose_table_per_year_has_that_row():
    """2020 #18: the note to the contact-person shortfall named 'andere contactnemers', a row only the 2021 table per
    year has; there it is said what it holds."""
    # r29 2020 #16: the note is said once, in the list of what the checks found
    note = flat(_built(2020, ["1712"]).sections["corrections"])
    assert "andere contactnemers" not in note
    # r62 (2020 annex p.13 27 % empty): the groups in the same sentence
    assert "en dus in elk aandeel van die tabel en in de groepen van contactnemers." in note
    assert "Waar dit rapport contactnemers in een groep samenneemt" not in note
    later = flat(_built(2021, ["1712"]).sections["corrections"])
    assert "„andere contactnemers”: alle contactnemers buiten de rollen die de tabel per jaar apart noemt" in later


def _about(release: str, facts: dict) -> str:
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.about import about_markdown

    return flat(about_markdown(load_params(release), facts))


def test_a_report_compiled_years_later_says_it_is_a_look_back_and_that_reachability_looks_beyond_the_year():
    """2020 #17, 2021 #14, TO #12: a 'jaarrapport 2020' dated 2026, with measures of 2021-2024 in its reachability
    chapter, never said it was a look back built from figures published after the year."""
    from hulplijnen.facts import keys

    page = {"value": 1, "source": {"file": "data/tele-onthaal/2021/key_figures.csv"}}
    alone = _about("2021-tele-onthaal", {"a": page})
    assert alone.removeprefix("# Over deze cijfers {#sec-about .unnumbered} ").startswith(
        "Dit rapport is een terugblik: het gebruikt cijfers over 2021 die na dat jaar gepubliceerd werden, en gaat niet"
        " over latere jaren."
    )
    scan = {"value": 1, "source": {"file": "data/1712/2020/key_figures.csv"}}
    continued = {"value": "2021-12-01", "source": {"file": "data/events.csv"}}
    with_later = _about(
        "2020", {"a": scan, keys.event("1712", "capacity_subsidy_continued", "start_earliest"): continued}
    )
    assert (
        "over 2020 die na dat jaar gepubliceerd werden, en gaat niet over latere jaren, behalve waar het hoofdstuk"
        " over de bereikbaarheid de maatregelen volgt die na 2020 kwamen." in with_later
    )
    assert "terugblik" not in _about("demo", {"a": scan})  # a demonstration is no report of a past year


def test_a_demos_colophon_labels_its_date_as_the_title_page_does():
    """demo #19: 'Gemaakt op 20 november 2026' in a PDF made on another day; the params' date, labelled so."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline import front

    params = load_params("demo")
    colophon = front.colophon(params)
    # r23f: a demonstration is not published: 'Datum van deze versie', as on its title page
    assert f"**Datum van deze versie:** {params.publication_date.day} november" in colophon
    assert "Gemaakt op" not in colophon
