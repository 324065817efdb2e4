# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 33 (r32 2020 #8, #3): each number said once where it matters: one summary bullet on who makes contact."""

from test_summary_key_messages import PROFILE, YEAR, plain

from hulplijnen.pipeline import summary


def test_who_makes_contact_is_one_bullet_with_the_story_first():
    """r32 2020 #8: 'Wie contact opneemt' and 'Vooral slachtoffers en hun omgeving' covered the same ground: merged,
    the victims' side first, then the victim itself, the perpetrators' side and the women, each said once."""
    raw = summary.markdown(PROFILE, ["1712"], YEAR)
    # r39 (r38 2020 #12): a bullet only on where the violence takes place says so in its label
    assert "een vrouw.\n- **Waar het geweld plaatsvindt:**" in raw.replace(
        "\u00a0", " "
    )  # the next bullet on its own line
    md = plain(raw)
    assert md.count("Wie contact opneemt:") == 1 and "Vooral slachtoffers en hun omgeving:" not in md
    who = md.split("**Wie contact opneemt:** ", 1)[1].split(" - **", 1)[0]
    # r47 (r46 2020 #4): most contacts are about someone else, said first; the victim's side's 91,2 % after it
    assert who.startswith("meestal gaat het contact over iemand anders dan de contactnemer. Bij één op de drie")
    assert "samen met wie uit de omgeving van het slachtoffer komt (familie, buren, vrienden) is dat 91,2 %" in who
    # r59 (r58 2020 #6): no 'slechts' in the report's voice
    for said in ("(33,6 %)", "Van plegers of iemand uit hun omgeving kwamen 240 contacten (3,0 %)", "Bij 73,8 %"):
        assert said in who and md.count(said) == 1, said


def test_without_the_groups_the_bullet_is_as_before():
    """No published groups: the bullet on who makes contact still says the victim and the women."""
    bare = {k: v for k, v in PROFILE.items() if "contact_person_group" not in k}
    md = plain(summary.markdown(bare, ["1712"], YEAR))
    assert "**Wie contact opneemt:** bij één op de drie contacten is de contactnemer zelf slachtoffer (33,6 %)" in md
    assert "plegers" not in md and "bij 73,8 %" in md


def test_a_later_years_report_names_the_earlier_report_instead_of_repeating_its_table_per_context():
    """r32 2021 #8: the 2021 annex repeated the 2020 table per context and its reading in full. With a report of its
    own on that year (params: that year, the helpline, no synthetic export), one sentence names it; what the later
    year's key figures say about their bases stays."""
    from hulplijnen.chapters import contexts
    from hulplijnen.facts import FactSheet

    later = contexts.build(2021, "1712", FactSheet("contexts", 2021))
    assert later.tables["earlier_contexts"] is None and later.tables["contexts"] is None
    reading = plain(later.section("reading"))
    # r45 (r44 2021 K): the sentence names the earlier report only; which contexts count as family follows as a sum
    assert reading.startswith(
        "De volledige tabel per context (zonder jaartal, bij de tabellen over 2020) staat in het rapport"
    )
    assert "met uitleg over wat ze telt en welke contexten" not in reading
    # r37 (r36 2021 #3): that report by what is known of it (params/2020.yml): title, publisher, year; no web address
    assert "staat in het rapport „Hulplijn 1712 in 2020” (Departement Zorg, 2026)." in reading
    assert "www" not in reading and "http" not in reading
    # r45 (r44 2021 K): the family's three contexts and the foster family appear once, in the one sum sentence; the
    # rest of the earlier table (its total, the contexts outside the family, the unknown rows) is not repeated
    assert "11.305" not in reading and reading.count("pleeggezin") == 1 and reading.count("gescheiden kerngezin") == 2
    assert "Binnen de familie: gescheiden kerngezin 4.251 + niet-gescheiden kerngezin 4.319" in reading
    for repeated in ("jeugdinstelling", "school", "sport", "niet ingevuld", "Haar totaal"):
        assert repeated not in reading, repeated
    for kept in ("11.312 mogelijke slachtoffers", "(75,8 %)", "(85,0 %)", "„bij 10 % van de oproepen”"):
        assert kept in reading, kept
    own = contexts.build(2020, "1712", FactSheet("contexts", 2020))
    assert len(own.tables["contexts"]) == 19 and "staat in het rapport" not in own.text  # r56 (r56 2020 #4)
