# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 35 (2021 #1, #2, #3): the year's reachability as what this report's sources give (figures may exist), a word
that judges a gap only between shares the sources say count alike, and the charts of shares per year at one height."""

from __future__ import annotations

import matplotlib
import pytest

from hulplijnen.facts import FactSheet, Source

matplotlib.use("Agg")


def plain(text) -> str:
    return " ".join(str(text).split())


def test_the_years_reachability_is_what_this_reports_sources_give(reachability_built):
    """#1: 'Over de bereikbaarheid in 2021 zijn geen cijfers bekend' while the answer said 1712 would publish its
    analyses: figures may exist; what is true is that this report's sources give none. Its own paragraph (#3: a short
    opening goes with the chapter's heading, never the heading and two lines of a long paragraph at a page's foot)."""
    from hulplijnen.chapters import reachability

    chapter, md = reachability_built[2021]
    first, rest = reachability.build(2021, "1712", FactSheet("t", 2021), "2026-11-20").text.split("\n\n", 1)
    # r44 (2021 #13): the annual report pointed to (www from data/helpline_contacts.csv), and why it is not used
    assert plain(first) == (
        # r47 (r46 2021 #3): only what the answer says; whether that report holds reachability figures was not checked
        # r51 (r50 2021 #8b): where the analyses appear and that it is outside the sources, one sentence
        "De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021. Volgens het antwoord op de "
        "schriftelijke vraag van 24 januari 2022 worden de analyses over 2021 bekendgemaakt bij de publicatie van "
        "het jaarverslag van 1712; "
        "dat jaarverslag hoort niet bij die bronnen."
    )  # r36 (r35 2021 #2); r39 (r38 2021 #5): 'niet nagegaan' read as 'nobody looked': the scope said plainly
    # (p39d: without a second 'bronnen van dit rapport')
    assert plain(rest).startswith("Volgens interne analyses van 1712, aangehaald in die vraag,")
    line = next(b for b in plain(md).split(" - **") if b.startswith("Bereikbaarheid"))
    # r36 (r35 2021 #1): the lead without the year (read as 2021's figure by a skimming reader)
    assert line.startswith(
        # r63 (r63 2021 #1): not 'geen cijfers' beside the measures' preliminary figures
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "Bereikbaarheid:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); de recentste "
        "cijfers gaan over september–december "
        "2020 (interne analyses"  # r44 (2021 #4); r45 (r44 2021 #5): the noun
    ), line
    assert "geen cijfers bekend" not in chapter + md


def test_the_flag_is_the_provenance_of_the_earlier_table():
    """#2: whether both shares count alike is recorded, from data/provenance.yml (counts), never typed in: the context
    table's source does not say what it counts, the contact-person table's does (its total is the year's contacts)."""
    from hulplijnen.chapters.shared.checked import record_comparison
    from hulplijnen.data.statements import compare_with_rounded

    facts, src = FactSheet("t", 2031), Source("f", "t", "s")
    cmp = compare_with_rounded(183, 200, 90, 0)
    victims = record_comparison(facts, "h", "a", cmp, src, against="1712/2020/possible_victims_by_context.csv")
    contacts = record_comparison(facts, "h", "b", cmp, src, against="1712/2020/contacts_by_contact_person.csv")
    unknown = record_comparison(facts, "h", "c", cmp, src, against="1712/2020/no_such_table.csv")
    assert not victims.alike and contacts.alike and not unknown.alike
    records = {r["key"]: r for r in facts.records()}
    assert records["h.check.a.alike"]["value"] == 0 and records["h.check.b.alike"]["value"] == 1
    assert records["h.check.a.alike"]["source"]["file"] == "data/provenance.yml"


def test_the_2021_family_share_sets_2020_beside_it_without_a_verdict():
    """#2: '90 % ..., een aandeel iets lager dan in 2020 (91,5 %)' and two sentences later 'Of de cijfers van 2021 op
    dezelfde basis berekend zijn als die van 2020, is niet bekend': no judging word on shares whose bases may differ."""
    from hulplijnen.chapters import contexts

    text = plain(contexts.build(2021, "1712", FactSheet("contexts", 2021)).section("family"))
    assert (
        # r49 (r48 2021 #9c): 2020's share is the comparison table's; no verdict in the sentence
        "Bij 90 % van de mogelijke slachtoffers met een bekende context speelt het geweld zich af binnen de familie. "
        "Bij 10 % van de contacten" in text
    )
    assert "iets lager" not in text and "een aandeel" not in text and "ongeveer even groot" not in text
    # r39 (r38 2021 #6): the caveat on 2021 against 2020 is said once, in the chapter on who makes contact
    assert "dezelfde basis" not in text


@pytest.fixture
def alike(monkeypatch):
    """The earlier tables' provenance as a test sets it: True, every table counts what its count column names."""
    from hulplijnen.data import provenance

    def set_to(value: bool) -> None:
        monkeypatch.setattr(provenance, "counted_as_stated", lambda data, file, column: value)

    return set_to


def test_a_verdict_only_where_the_sources_say_both_count_alike(alike):
    """#2: the same chapters with the flag turned: the verdict word follows the recorded flag, not the year."""
    from hulplijnen.chapters import contact_persons, contexts, gender_age

    alike(True)
    family = plain(contexts.build(2021, "1712", FactSheet("contexts", 2021)).section("family"))
    assert "binnen de familie, een aandeel iets lager dan in 2020 (91,5 %)." in family
    # r37 (r36 2021 #1): the nuclear family's 75,8 % is of all possible victims, the unknown contexts too, and the
    # 2021 source does not say whether its base holds those: still no verdict there, the caveat stays
    assert (
        # r49 (r48 2021 #9c): the nuclear family's 2020 share is the comparison table's
        # r59 (r58 2021 #2): the comparison with the undated table in one plain sentence, the table in the annex
        # r61 (r61 2021 #8): the undated table named first, then where it sits
        "op dezelfde basis berekend" not in family and "De bronnen bevatten ook een tabel naar context" in family
    )  # r45
    alike(False)
    women = plain(gender_age.build(2021, "1712", FactSheet("gender_age", 2021)).section("later"))
    assert "de contactnemer in 2021 een vrouw; in 2020 was dat 73,8 %." in women and "iets minder" not in women
    persons = plain(contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021)).text)
    # r49 (2021 #1): that the bases may differ is chapter 1's, for all chapters (r37, r39 had it here)
    assert "slachtoffer: 37 % in 2021**; in 2020 was dat 33,6 % van de 8.059 contacten." in persons
    assert "verschillende bronnen" not in persons
    assert "(stief)ouder van het slachtoffer; in 2020 was dat 20,5 %." in persons
    assert "meer dan in 2020" not in persons and "ongeveer evenveel" not in persons


def test_methods_say_the_rule_for_shares_not_known_to_count_alike():
    from hulplijnen.presentation import text

    context = {"derived": False, "example": None, "one_chapter": False, "about_the_same": 2, "terms": []}
    said = plain(text.render("methods.md", **context, unlike=True))
    # r37 (r36 2021 #10): the rule names every word the text uses for such a gap ('evenveel', 'minder', 'meer')
    # r61 (r58 2021-tele-onthaal #9): the rule as a list, each word with when it is used
    assert (
        "- „iets lager” of „iets hoger” (ook „iets minder” of „iets meer”), met beide cijfers erbij: het hele verschil "
        "dat de afronding toelaat ligt aan één kant (bijvoorbeeld tussen 1 en 2 procentpunten lager) en binnen 2 "
        "procentpunten, de grens inbegrepen; - „lager” of "
        "„hoger” (ook „minder” of „meer”): het hele verschil ligt aan één kant, maar niet binnen 2 procentpunten. "
        "Zeggen de bronnen niet dat beide aandelen op dezelfde basis berekend zijn, dan staat het aandeel van het "
        "andere jaar er alleen naast, zonder een van die woorden." in said
    )
    assert "Het verschil heet dan: - „ongeveer even groot” of „ongeveer evenveel”: het exacte aandeel valt" in said
    assert "op dezelfde basis" not in plain(text.render("methods.md", **context, unlike=False))


def test_every_chart_of_shares_per_year_is_one_height_its_legend_under_the_year_labels():
    """#3: the contact persons' chart at 3.2 inches, its plot a third taller than the channels' at 2.5, missed the foot
    of 2021 p.5 by two lines and left a third of the page empty; at one height its legend stays under the year labels
    (at -0.12 of a lower plot it ran into them)."""
    import pandas as pd

    from hulplijnen.chapters.channels import charts as channel_charts
    from hulplijnen.presentation import figures, figures_sources

    figures.apply_theme()
    roles = ["victim", "parent", "neighbour", "other"]
    rows = [(2020, r, v, v, True) for r, v in zip(roles, [33.6, 20.5, 10.0, 35.9])]
    rows += [(2021, r, v - 0.5, v + 0.5, False) for r, v in zip(roles[:2], [37.0, 20.0])]
    shares = pd.DataFrame(rows, columns=["year", "role", "low", "high", "exact"])
    labels = {"victim": "het slachtoffer zelf", "parent": "een (stief)ouder", "neighbour": "een buur", "other": "ander"}
    fig = figures_sources.share_series(shares, "t", "role", labels, values=True, missing=figures_sources.NOT_PUBLISHED)
    assert fig.get_figheight() == figures_sources.SHARES_HEIGHT == channel_charts.MIX_HEIGHT
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    legend_top = ax.get_legend().get_window_extent(renderer).y1
    assert all(legend_top < t.get_window_extent(renderer).y0 for t in ax.get_xticklabels() if t.get_text())
