"""Round 16, readers of 2020 and 2021 (r15 2020 #1, #10, #12, #14, #17; 2021 #15) as the built releases show them:
the peak of April-June named by its months and the source's name for them apart, in the summary and the chapter
alike, with March among the months before it said once; the campaign table without a column that repeats one
launcher and without a co-launcher the source does not name; the effects table in plain words; the annex's exact
'one in n' as a percentage. Each test failed on the text before."""

from test_report_story import annex
from test_story_round11 import flat, messages, notebook_text


def test_the_peak_is_said_by_its_months_in_the_summary_and_the_chapter(built):
    """2020 #1: 'Eerste lockdown (april–juni 2020)' read as the dates of the lockdown (which began on 18 March);
    2021 #15: 'Tijdens de eerste lockdown (april–juni 2020), zoals de bron die maanden noemt' read awkwardly."""
    # round 19 (r18 2020 #1): the months are the peak's; the lockdown is the source's word for them, not their dates
    # r34a (r33 2020 #2): the busiest month is the peak; still by its months, not the lockdown dated by a parenthesis
    said = "De drukste maand was april 2020"
    text = messages(built["2020"])
    # r25 2020 #7, #10: the summary's short, the lockdown without a hedge; the chapter says it in full
    assert (
        # r54 (r54 2020 #1): the question's label for april–juni, said as the question's
        "**Meer contacten in april–juni 2020**, de periode die de schriftelijke vraag „de eerste lockdown” noemt: "
        "gemiddeld" in text
    )
    assert "volgens de bron" not in text
    assert "lockdown (april" not in text
    assert "de maanden die de bron de eerste lockdown noemt" not in text
    # r33 (r32 2021 #1): the 2021 chapter says 2020's peak in one sentence with a pointer to the 2020 report
    later = notebook_text(built["2021"], "reachability")
    # pins34b (r34a): the months first, then the lockdown, in the sentence citing 1712's internal analyses
    said21 = "was er in april–juni 2020, tijdens de eerste lockdown, een piek in het aantal oproepen"
    # r37 (r36 2021 #3): the 2020 report named by its title, publisher and year ('Het rapport „…” (…) gaat daar')
    assert said21 in later and "Het rapport „" in later and "gaat uitgebreider in op de bereikbaarheid in 2020" in later
    assert "lockdown (april" not in later
    for release in ("2020",):
        chapter = notebook_text(built[release], "reachability")
        # r61 (r59 2020 #9): the busiest month is Tabel 1's, chapter 1's and the monthly figure's, no more here
        assert said not in chapter, release
        assert "lockdown (april" not in chapter, release
        assert "Volgens de bron" not in chapter, release
        # r26 (2020 #15): a neutral baseline instead of the report's own remark on the lockdown
        assert "het gemiddelde van de eerste drie maanden van 2020" in chapter, release
        # r49 (r48 2020 #6): the campaign's day that named the lockdown instead of when it began (not in the sources)
        # r52 (reader r51): the campaign day in the sentence on March in the average; this pin follows it
        # r56 (r56 2020 #6): one short sentence on March
        # r59 (r58 2020 #3): the campaign as the source describes it, 'lanceerde' its verb
        # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
        assert "ook al lanceerde 1712 op 23 maart" not in chapter, release
        assert "zoals de bron die maanden noemt" not in chapter, release
        # r19 #5: no March caveat (March 565 is about February 569); the months compared with are named
        assert "Maart telt hier mee" not in chapter, release
    campaigns = notebook_text(built["2020"], "campaigns")
    # round 19 (r18 2020 #1): by its months, the source's name for them as its words
    # r22 2020 #3, #8: the chapter's one plain sentence; the lockdown is said in „Bereikbaarheid en capaciteit”
    assert "volgens de bron tijdens de eerste lockdown" not in campaigns
    assert "lockdown (april" not in campaigns


def test_the_campaign_table_says_one_launcher_once_and_no_co_launcher_the_source_does_not_name(built):
    """2020 #14: 'Gelanceerd door' said '1712' in every row but the last, '1712 met Kids With Buns', which the
    source does not say (only that the single was launched on the 1712-dag)."""
    chapter = notebook_text(built["2020"], "campaigns")
    assert "met Kids With Buns" not in chapter
    # round 19 (r18 2020 #3): the source says who launched three; of the 1712-dag only that a single was launched
    # round 21 (r20 2020 #20): no column of '1712' and 'niet vermeld'; the lead-in counts 1712's own
    assert "lanceerde ze alle vier" not in chapter and "Gelanceerd door" not in chapter
    # round 30 (r29 2021 #17): who launched each is the table's column 'Initiatiefnemer', 'niet vermeld' as recorded
    assert "Initiatiefnemer" in chapter
    # r23 2020 #1: no count, which read as 'the fourth was not 1712's'; the campaigns the source says 1712 launched
    assert "Drie ervan" not in chapter
    # r24 2020 #12: no remark on the 1712-dag; r25 2020 #6: the 1712-dag is 1712's own day, as in 2021
    # r26 2020 #4 (round 27): the list does not say who launched the 1712-dag or the single: the three 1712 launched,
    # then the 1712-dag by what it was
    assert "alle vier gelanceerd door 1712" not in flat(chapter)
    assert "Van deze campagnes lanceerde" not in flat(chapter)
    assert "staat niet wie" not in chapter
    # round 20 (r19 2020 #3, #7): no remark on the source, and 'onder meer': the minister lists some campaigns
    assert "zoals de bron het zegt" not in chapter
    # r36 (r35 2020 #13, replaces 'noemt onder meer deze vier'): the answer lists these four and says there were others
    assert (
        "Vlaams Parlement noemt vier grotere campagnes in 2020 waarin 1712 in beeld kwam; volgens het antwoord waren er"
        " nog andere." in flat(chapter)
    )
    # r22 2021 #10: some launchers unnamed in a list whose titles name actors: no column, the lead-in counts
    later = notebook_text(built["2021"], "campaigns")
    assert "Gelanceerd door" not in later and "Initiatiefnemer" in later
    # r26 2021 #18 (round 27): the March campaign's organiser is not in the answer: said once, in the table (round 30)
    assert "wie die campagne opzette, vermeldt het antwoord niet" not in flat(later)
    # r23 2021 #3: per campaign, no count
    assert "Twee ervan" not in flat(later)
    # r24 2021 #6: the provincial capitals and the 1712-dag (with Febelhair) have their launchers in the list
    assert "Van deze campagnes lanceerde" not in flat(later)  # round 30: the table's column says it
    # r24 2021 #21: the campaign aimed at perpetrators beside the 2020 count, no effect claimed; r29 (r28 2021 #11):
    # and how many of them were perpetrators themselves
    assert (
        # r33 (r32 #3): contacts, the report's unit (the glossary)
        "De campagne van 15 juni richtte zich tot plegers van familiaal geweld: in 2020 kwamen 240 contacten"
        # r53 (r53 2021 #8): the quoted jaarverslag's own unit beside the report's
        # r63 (r63 2021 #7): the quoted annual report's own word beside the report's 'contacten'
        " (volgens het jaarverslag 2020 van 1712: „240 personen”, 3 %) van plegers of van iemand uit de directe "
        "omgeving van"
        " een pleger; 64 contacten kwamen van"
        " plegers zelf." in flat(later).replace("\xa0", " ")
    )


def test_the_effects_table_says_the_margin_and_the_peak_in_plain_words(built):
    """2020 #12: 'Verwacht zonder campagne (95 %)' and 'overlapt met gebeurtenis „eerste lockdown (…)”'."""
    text = flat(annex(built["2020"]))
    # r25 2020 #13 (round 26): no effects table: the model in two plain sentences, the peak named by its months
    assert (
        "Verwacht zonder campagne" not in text
        # r38 (2020 r37 #6): what the model takes into account, named one by one
        and "een trend over het jaar, een aparte waarde voor de piek van april–juni 2020" in text
    )
    assert "lockdown (april" not in text and "overlapt met gebeurtenis" not in text  # round 19 (r18 2020 #1)


def test_an_exact_one_in_n_is_a_percentage_in_the_annex(built):
    """2020 #17: '1 op 3,0', '1 op 4,9' in the table of the source's statements on contact persons."""
    text = flat(annex(built["2020"]))
    assert "1 op 3,0" not in text and "1 op 4,9" not in text
    # r25 2020 #18 (round 26): no table grading each quote: one sentence that all of them hold
    # r40 (r39 2020 #2): 'Alle cijfers … kloppen' claimed more than was checked: the checked ones named
    # r41 (r41 2020 #8): deliberately changed wording
    said = "De cijfers uit het citaat uit het jaarverslag kloppen met de tabel per code"  # r67 (r67 2020 #8)
    assert said in text


def test_the_annex_names_the_contact_person_figures_it_checked_r40(built):
    """r39 2020 #2: 'Alle cijfers … kloppen met de tabel per code, behalve 240' claimed the chat and 2019 statements
    too; the figures that agree are named, 'één op de zeven' as the report's grouping, the rest as not checkable."""
    text = flat(annex(built["2020"]))
    assert "Alle cijfers over contactnemers" not in text
    agree = "kloppen met de tabel per code: de aantallen 2.708, 1.650 en 804, „één op de drie”, „één op de vijf”"
    assert agree in text
    assert "„Eén op de zeven” klopt met hoe dit rapport de familieleden groepeert" in text
    assert (
        # r41 (r41 2020 #8): why each cannot be checked, the neighbours in the source's word
        "Niet na te rekenen zijn de uitspraak over de chatcontacten en die over de buren tegenover 2019: de tabel per"
        " code is niet opgesplitst per kanaal en bevat geen cijfers over 2019." in text
    )
