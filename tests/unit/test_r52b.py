# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r52 (reader findings r51, 2020 #1, #2, #4, #5, #6, #8, #11, #13; 2021 #4, #5, #11, #12, #14): each fails on the
wording before r52."""

from __future__ import annotations

import re

from hulplijnen.facts import FactSheet


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_2020_contexts_one_base_and_what_possible_victims_are():
    from hulplijnen.chapters import contexts

    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    out = flat(
        contexts.build(2020, "1712", FactSheet("c", 2020)).section("family")
        + "\n\n"
        + contexts.build(2020, "1712", FactSheet("c", 2020)).section("caveats")
    )
    # r59 (r58 2020 #1): no reason why the table counts more persons than contacts; what it counts not said as fact
    assert "mogelijke slachtoffers: één contact kan over meer dan één persoon gaan." in out
    assert "(75,8 % van alle 11.305, als ook wie een onbekende context heeft meetelt)" in out
    assert "Van alle 11.305 mogelijke slachtoffers, ook wie" not in out


def test_2021_contexts_plain_bases_and_the_earlier_total_at_the_table():
    from hulplijnen.chapters import contexts

    c = contexts.build(2021, "1712", FactSheet("c", 2021))
    out = flat(c.section("family") + "\n\n" + c.section("caveats"))
    assert (
        "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander "
        "totaal; tel ze niet op en trek ze niet van elkaar af."
    ) in out
    # r54 (r54 2021 #4): the one warning above replaces 'Trek ze dus niet van elkaar af'; said once
    assert out.count("trek ze niet van elkaar af") == 1 and "Trek ze dus niet" not in out
    assert "beperkt de bron zich" not in out
    # r59 (r58 2021 #2): the earlier total in the annex's lead, before its table's reference; none in the chapter
    lead = flat(c.section("compare_lead"))
    assert lead.index("11.305 vermeldingen") < lead.index("@tbl-appendix-context-compare") and "11.305" not in out
    assert "2020 (jaar onzeker)" not in list(c.tables["compare"].columns)
    assert "onzeker" in lead and "¹" not in lead


def test_campaigns_model_values_not_read_as_effects_and_the_pointer_its_own_paragraph():
    from hulplijnen.chapters import campaigns

    c = campaigns.build(2020, "1712", 1, 12, 20, FactSheet("c", 2020))
    said = flat(c.section("claim"))
    # r53 (r53 2020 #3): the figures allow no estimate for the others, said plainly
    assert "Voor de andere campagnes laten de cijfers geen schatting toe" in said
    assert "gaf het ook een waarde" not in said
    assert "\n\nDe figuur hieronder toont" in c.section("effects")


def test_reachability_march_measures_source_chat_and_social_media():
    from hulplijnen.chapters import reachability

    y20 = flat(reachability.build(2020, "1712", FactSheet("c", 2020)).section("closing"))
    # r56 (r56 2020 #6): one short sentence, the reasoning the annex's
    # r59 (r58 2020 #3): the campaign launched, the source's verb
    # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
    assert "Maart (565 contacten) lag niet hoger dan februari (569), ook al lanceerde 1712 op 23 maart" not in y20
    assert "uitschieter" not in y20 and "telt mee in het gemiddelde" not in y20
    assert (
        "Wat volgt, komt uit het antwoord op schriftelijke vraag nummer 282 (begin 2022)" in y20
    )  # the minister named once (r25a)
    assert "Volgens de schriftelijke vraag zelf kreeg" in y20 and "Volgens dezelfde vraag" not in y20
    assert "Volgens het antwoord van begin" not in y20
    y21 = flat(reachability.build(2021, "1712", FactSheet("c", 2021)).section("closing"))
    # r62 (r62 2021 #1): without monthly figures a late start can explain the whole rise
    assert "hoeveel van die stijging ze verklaart, is niet bekend: cijfers per maand over 2021 zijn er niet." in y21
    assert "Het antwoord noemt ze niet als kanaal voor hulpvragen;" in y21 and "dus niet;" not in y21


def test_contact_persons_three_paragraphs_and_gender_months_pointer():
    from hulplijnen.chapters import contact_persons, gender_age

    groups = contact_persons.build(2020, "1712", FactSheet("c", 2020)).section("groups")
    assert "\n\nVerder kwamen er" in groups and "\n\nVolgens datzelfde jaarverslag is bij" in groups
    gender = flat(gender_age.build(2020, "1712", FactSheet("c", 2020)).section("gender"))
    assert "(zie @tbl-appendix-gender-months in de technische bijlage)" in gender


def test_monthly_channels_upper_panel_taller():
    from hulplijnen.chapters.channels import charts

    # r56 (r55 2020 #10): about 1,5 times the r53 height (2.3 inches), no longer under 2.7
    assert charts.PANEL_RATIOS[0] > charts.PANEL_RATIOS[1] and 3.3 <= charts.PANELS_HEIGHT <= 3.6
    # r53 (r53 2020 #4): the lower panel was about 1 cm high in the PDF (1 to 1.9): now at least 0.7 of the upper one,
    # the chart no lower than before (2.25 inches)
    assert charts.PANEL_RATIOS[1] / charts.PANEL_RATIOS[0] >= 0.7 and charts.PANELS_HEIGHT >= 2.25
