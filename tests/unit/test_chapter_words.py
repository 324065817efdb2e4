"""The words of the 1712 chapters built from the published tables (review r11 of 2020 and 2021): who a group holds,
one base per sentence, sums the report made said so, audit detail out of the chapter text, a later year's age."""

from hulplijnen.chapters import contact_persons, data_quality, gender_age
from hulplijnen.facts import FactSheet


def test_the_perpetrator_group_names_the_perpetrators_who_called_themselves(persons_2020, plain):
    """The group 'omgeving van de pleger' holds 64 perpetrators who called themselves (2020 #6); the victim side holds
    the 2.708 victims themselves; the 1.159 is a sum the report made (2020 #15); the source's context (2020 #14)."""
    text = plain(persons_2020.section("groups"))
    # r20 2020 #7: '(64) ... 240' read as 64 plus 240
    said = "Van plegers of iemand uit hun omgeving kwamen 240 contacten (3,0 %); 64 daarvan kwamen van de pleger zelf."
    assert said in text
    assert "de contactnemer het slachtoffer zelf of iemand uit diens omgeving" in text
    assert "Uit de omgeving van de pleger" not in text
    # round 13 (2020 #15): plain words, no audit note
    # r24 2020 #7: the reading is the annex's; r26 2020 #14 (round 27): which codes make 1.159, in a few words
    # r38 (2020 r37 #12): the sum is said as 'samen 1.159 contacten', no bracketed number after a list
    # r39 (r38 2020 #11): the fractions by size: the relatives' sum in words, then a semicolon and the neighbours
    # r44 (2020 #3): the grouping is this report's, said so; the sum inside that bracket
    # r49 (r48 2020 #7): the other relatives a sentence of their own, the count first in the bracket
    # r63 (r62 2020 #8): no nested brackets: the family members, then the count in its own
    assert "familielid: (stief)kinderen, grootouders en andere familieleden samen (1.159 contacten)" in text
    assert "(1.159)" not in text and "(1.159 contacten: (stief)" not in text
    assert "familielid, samen 1.159 contacten;" not in text
    assert "samen: 1.159)" not in text
    # r41 (r41 2020 #6): deliberately changed wording
    assert (
        # r59 (r58 2020 #5): the source's own word, "een honderdtal"
        "zoals geciteerd in het antwoord van de minister, kwamen er van buren een honderdtal contacten meer dan in"
        " 2019." in text
    )
    # round 12 (2020 #3): in the name of who says it; round 13 (2020 #7): a general remark, no figure of the year;
    # r22 2020 #9: the minister's 'oproepers' are callers; r25 2020 #11: a line of its own before the table per
    # group, it read as the table's: the reachability chapter says it beside the answering machine
    assert "van de bellers anoniem" not in text
    groups = persons_2020.tables["groups"]["Groep"].tolist()
    assert (
        "pleger zelf of iemand uit diens omgeving ¹" in groups  # r66 (r65 2020 #13): the mark on the label
        and "slachtoffer zelf of iemand uit diens omgeving" in groups
    )


def test_age_shares_have_one_base_and_the_table_width_note_leaves_the_chapter(plain):
    """2020 #16: adults and minors both of the contacts with a known age (95,2 % + 4,8 %), never 94,4 % of all beside
    4,8 % of the known; 2020 #37: the 8.043 against 8.059 note is in the annex's lead, not the chapter."""
    chapter = gender_age.build(2020, "1712", FactSheet("gender_age", 2020))
    age = plain(chapter.section("age"))
    # r29 (r28 2020 #4): the minors' share of the same base, in the plain sentence
    assert "95,2 % van de 7.986 contacten waarvan de leeftijdsklasse bekend is" in age
    # r38 (2020 r37 #9): the minors' share says its base, and also gives the share of all contacts, named
    assert (
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        "Van minderjarigen kwamen 381 contacten (4,8 % van diezelfde 7.986 contacten)" in age
    )
    assert "(4,8 %)" not in age and "94,4 %" not in age
    # r39 (r38 2020 #15): the gender table's 8.043 against 8.059 is told once, under 'Controles van de gegevens';
    # the annex's note on this chapter points there and adds only where the 16 contacts are missing
    note = plain(chapter.section("not_recorded"))
    assert "8.043" not in plain(chapter.section("gender")) and "8.043" not in note
    assert note.startswith("De 16 contacten die de brontabel naar geslacht niet telt (zie „Controles van de gegevens”)")
    checks = plain(data_quality.build(2020, ["1712"], FactSheet("t", 2020)).text)
    assert "8.043" in checks and "8.059" in checks


def test_a_later_report_gives_the_last_known_age_too(plain):
    """2021 #9: the chapter titled 'geslacht en leeftijd' says 2020's age split in a report on 2021."""
    chapter = gender_age.build(2021, "1712", FactSheet("gender_age", 2021))
    age = plain(chapter.section("age"))
    assert "In 2020 was bij 95,2 % van de contacten met een bekende leeftijdsklasse de contactnemer meerderjarig" in age


def test_the_channels_chapter_says_how_chat_grew_and_who_uses_it(plain):
    """2020 #8: chat stepped up in April (r20 2020 #11); the source says more than half of the chat's
    contact persons are victims themselves. 2020 #1: about half more than 2019 (from the later page, named)."""
    from hulplijnen.chapters import channels

    chapter = channels.build(2020, "1712", [2019], FactSheet("channels", 2020))
    monthly = plain(chapter.section("monthly"))
    assert (  # r20 2020 #11: a step in April (to the year's most, 108), not growth from January to December
        "**Chat nam in april 2020 sterk toe en bleef daarna hoog:** van 21 tot 29 contacten per maand daarvoor naar 74"
        " tot 108 per maand vanaf die maand." in monthly
    )
    assert "groeide in de loop van" not in monthly
    # r16 2020 #11: the fact once; r29 (r28 2020 #6): in the contact-persons chapter, not here
    assert "zelf slachtoffer" not in monthly
    years = plain(chapter.section("years"))
    # round 13 (2020 #14): the year before's count in the sentence, inside its range (5.406 to 5.441); r16 2020 #7:
    # one wording of the growth; r24 2020 #3: said as derived, once. r36 (r35 2020 #1, replaces r34's plain
    # 'In 2019 waren er ongeveer 5.420 contacten'): the published figure it comes from first (2021's 8.515, +57 %),
    # then the estimate with 'naar schatting'; the range stays the annex's
    assert (
        # r48 (r47 2020 #1): the key figures' figures, said as theirs
        "Volgens de kerncijfers over 2021 kreeg 1712 dat jaar in totaal 8.515 contacten, 57 % meer dan in 2019."
        # r56 (r56 2020 #2): the computed range first, the fraction after it
        " Daaruit volgt voor 2019 naar schatting tussen 5.407 en 5.440 contacten; 2020 lag dus **naar schatting"
        " 48 tot 49 % hoger, bijna de helft**." in years
    )
    # r51 (r50 2020 #1): the range, not one figure
    assert "In 2019 waren er ongeveer 5.420" not in years and "Afgeleid" not in years and "5.420" not in years
    assert "volgens latere kerncijfers" not in years and "8.059" not in years


def test_a_year_with_only_rounded_channel_shares_gets_approximate_counts_and_its_shares_as_published(plain):
    """2021 #22 and #1: 'ongeveer 1.500 via chat' (18 % of 8.515 allows 1.490 to 1.575), beside 2020's exact count;
    the shares as published (68 %), not '67,5 tot 68,5 % (afgerond)'; 2019 as the published +57 %, not a range."""
    from hulplijnen.chapters import channels

    chapter = channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021))
    lead = plain(chapter.section("channels"))
    # r37 (r36 2021 #2): the published share first, the count derived from it after it, 'naar schatting' once
    assert "Van die contacten liep 68 % via telefoon, naar schatting 5.800 (2020: 5.702); " in lead
    assert (
        # r63 (r63 2021 #8): phone, e-mail, chat, as the figures and Tabel 1
        "; 14 % via e-mail, naar schatting 1.200 (2020: 1.440); 18 % via chat, naar schatting 1.500 (2020: 911)."
        in lead
    )
    assert "Ongeveer 5.800 liepen" not in lead
    # round 15 (2021 #20): the shares as published in their table only, not in a list beside it too
    shares = chapter.tables["shares"].set_index("Jaar").astype(str)
    assert shares.loc["2020", "Telefoon"] == "70,8\u00a0%" and shares.loc["2021", "Telefoon"] == "68\u00a0%"
    assert not shares.apply(lambda c: c.str.contains("tot")).any().any()
    years = plain(chapter.section("years"))
    assert "Het totaal is ook 57 % meer dan in 2019" in years and "5.407" not in years
    # r26 2021 #10: the change is the year's total's, not the last channel's ('Dat aantal' read as the e-mails)
    assert "In totaal kreeg 1712 6 % meer contacten dan in 2020 (8.059)." in years and "Dat aantal" not in years


def test_victim_based_shares_are_the_contexts_chapters_and_shown_as_published(plain):
    """2021 #10: the contact-persons chapter keeps who makes contact; the shares of possible victims (kind of violence,
    minors, family) stand in the contexts chapter; 2021 #1: no 'Gepubliceerd als' column, the share as published
    ('meer dan 58 %'). 2021 #8 in the contexts text: 'licht lager' with its size. 2020 #19/#20: labels as the source."""
    from hulplijnen.chapters import contexts

    # r20 2021 #6: who makes contact in one table per year (of the contacts only), no table of published shares
    persons = contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021)).tables
    assert persons["shares"] is None
    assert not persons["years"].astype(str).apply(lambda c: c.str.contains("mogelijke slachtoffers")).any().any()
    chapter = contexts.build(2021, "1712", FactSheet("contexts", 2021))
    # round 16 (r15 2021 #5): one row per characteristic, its base written in the cell; r22 (r21 2021 #6): the text
    # says them, with their base, and no table repeats them
    assert chapter.tables["published"] is None
    assert "kindermishandeling (54 % van de mogelijke slachtoffers)" in plain(chapter.section("family"))
    family = plain(chapter.section("family"))
    # round 12 (2021 #4): no bold, no 'ongeveer 2' where the rounding allows 1 to 2
    # round 15 (2021 #11): no rounding jargon either
    # r35 (2021 #2): the sources do not say 2020's table counts what 2021's share is of: 2020 beside it, no 'iets lager'
    # r49 (r48 2021 #9c): 2020's 91,5 % is the comparison table's, beside 2021's; no 'iets lager' still
    assert (
        "91,5\u00a0%" in chapter.tables["compare"].iloc[:, 1].iloc[0]
        and "te klein" not in family
        and "iets" not in family
    )
    assert "Bij 91,5 % speelt het geweld" not in family  # 2020's text is the 2020 report's, not repeated
    own = contexts.build(2020, "1712", FactSheet("contexts", 2020))
    assert own.tables["published"] is None
    assert "rust- en verzorgingstehuis" in own.tables["contexts"]["Context"].tolist()
    assert "andere context, incl. geloof en religie" not in own.tables["contexts"]["Context"].tolist()  # r22 2020 #12
    assert "Context" in own.tables["contexts"].columns


def test_the_series_table_gives_about_how_many_inside_the_range():
    """2021 #1: a year known only as a range reads 'ongeveer' in the chapter (the range is the annex's); round 13
    (2020 #14): 'ongeveer 5.400' lay outside 5.406 to 5.441; 2020 #15: the sources are the annex's, not a column."""
    from hulplijnen.chapters import channels

    table = channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021)).tables["years"].set_index("Jaar")
    assert table.loc["2019", "Contacten"] == "ongeveer 5.420"
    assert "Bron" not in table.columns


# r45 (r44 reader findings A-D, F-K): pins in this file follow the deliberately changed wording
