"""Round 27, readers of 2020 and 2021 (r26 findings 2020 #1, #2, #12, #13; 2021 #1, #2, #11): the summary's
reachability message, the answer's stance on the 40-45 %, the answering machine and the audit wording, read from the
built report. Each test failed on the report before this round."""

import re

from test_story_round11 import flat, messages, notebook_text
from test_story_round13 import bullets

RELEASES = ("2020", "2021")


def reach_bullet(out) -> str:
    found = [b for b in bullets(out) if b.startswith("**Bereikbaarheid")]
    assert len(found) == 1, found
    return flat(found[0])


def test_the_summarys_reachability_message_is_at_most_two_sentences_of_about_forty_words(built):
    """2020 #1 (8 PDF lines), 2021 #1 (about 150 words): the problem and the answer's stance, nothing else."""
    # r30: the figure with the named MP, what it counted (an inference) and the minister's caveat: three sentences;
    # in 2021 one more, that the year's figures are not in this report's sources (the measures a bullet of their own)
    # r31 (2020 #5, 2021 #2): at most two sentences in either release
    # r35 (2021 #1): 'in 2021: daarover geven de bronnen van dit rapport geen cijfers' for 'voor 2021 zijn geen cijfers
    # bekend' (figures may exist) takes five words more in 2021
    # r36 (r35 2021 #1, #4): the 2020 figure's months before it ('de recentste zijn van …') and the attempts said as
    # the answer's take two words more in 2021
    # r41 (r41 2020 #3): '(periode niet vermeld)' beside the attempts takes three words more; this pin follows it
    # r53 (r53 2020 #2): in 2020 a third sentence, that the answer does not go into the figure; (r53 2021 #6) in 2021
    # the annual report said as the answer says it ('bekendgemaakt bij de publicatie van') takes three words more
    # r61 (r59 2021 #1): 2021's bullet says what an 'oproep' may be, with the attempts per caller: 17 words more
    # r63 (r63 2020 #6): 2020's says what an 'oproep' is there is not known: 8 words more
    # r66 (r65 2021 #3): 2021's attempts per caller a sentence of their own, not an aside: three sentences, the same
    # words at most (88)
    for release, most, more in (("2020", 3, 11), ("2021", 3, 8)):
        line = reach_bullet(built[release])
        words = len(line.replace("**", "").split())
        sentences = len(re.findall(r"[.!?](?:\s|$)", line))
        assert words <= 25 * most + 5 + more and sentences <= most, (release, words, sentences, line)
        # r32 (2020 #1, 2021 #16): the fact first, the source after it; plainly that the answer does not confirm it
        # r33 (r32 #5): where the figure comes from, plainly; 'bevestigt het niet' read as a denial
        # r34: who says it first ('volgens interne analyses van 1712, aangehaald in schriftelijke vraag 282'), then
        # the attempts per caller beside it, so the share is not read as callers who never got through
        # r45 (r44 2021 #4, #5): in a later year's bullet whose figure it is goes in a parenthesis after the months
        # ('de recentste cijfers gaan over … (interne analyses van 1712, aangehaald in …)'), the attempts per caller
        # are the chapter's; the 2020 bullet keeps both
        if release == "2021":
            # r53 (r53 demo #12): 'nummer 282'; these pins follow it
            # r63 (r63 2021 #1): shorter beside the preliminary figures, the parliament the chapter's
            assert "(interne analyses van 1712, aangehaald in schriftelijke vraag nummer 282):" in line
            # r61 (r59 2021 #1): the part that gets quoted says what an 'oproep' may be, with the attempts per caller
            # r66 (r66 2021 #3): the attempts per caller are the chapter's, where it says why they matter
            assert "volgens interne analyses" not in line and "gemiddeld 3 tot 4 pogingen" not in line
            continue
        assert "volgens interne analyses van 1712, aangehaald in schriftelijke vraag nummer 282" in line, release
        assert "wellicht" not in line, release
        # r36 (r35 2020 #3, 2021 #4): the attempts are the answer's, and no 'dus' from them (whether the share
        # counts attempts is not known); (2020 #2) the 2020 bullet says in a clause that the answer does not confirm
        # the figure (its why is the chapter's)
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        assert "doet een beller gemiddeld 3 tot 4 pogingen; hoeveel bellers nooit doorkwamen, is niet" in line
        assert "dus dat aandeel" not in line, release
        # r37: the stance the chapter's alone; r53 (r53 2020 #2): the 2020 bullet says it in the chapter's words
        assert "bevestigt" not in line, release
        assert ("cijfer in" in line) == (release == "2020"), release
        assert "bevestigt noch corrigeert" not in line, release
        # r30: 'belpogingen' is the inference of what was counted; the samples behind the attempts stay the chapter's
        # r49 (r48 2020 #4): the lead's decision: the attempts named as the Proximus samples in the summary too
        for chapter_only in ("Maatregel", "Wat volgde na", "22 uur", "optie 0"):
            assert chapter_only not in line, (release, chapter_only)
        assert "bericht in te spreken" not in line, release


def test_2020_leads_with_the_contacts_and_the_peak(built):
    """2020 #1: the summary opened with the questioner's 40-45 %; the contacts and the lockdown peak lead now."""
    found = [flat(b) for b in bullets(built["2020"])]
    assert "8.059 contacten" in found[0] and found[1].startswith(
        "**Meer contacten in april–juni 2020**, de periode die"
    )
    assert found[2].startswith("**Bereikbaarheid:**")


def test_the_answer_calls_conclusive_figures_hard_to_give_not_a_denial(built):
    """2020 #1, 2021 #4: 'Het antwoord bevestigt dat cijfer niet' was read as 'the minister denies it'."""
    # r33 (r32 2021 #1): the 2021 chapter says 2020 in one sentence; the answer's words stay in the 2020 report
    later = flat(notebook_text(built["2021"], "reachability"))
    assert (
        # r51 (r50 2021 #8b): one sentence on the annual report; (#8a) the answer's word on the figure
        # r53 (r53 2021 #6): as the answer says it; this pin follows it
        "worden de analyses over 2021 bekendgemaakt bij de publicatie van het jaarverslag van 1712; dat jaarverslag "
        "hoort niet bij die bronnen"
        in later
        and "Het antwoord van de minister gaat niet in op dat cijfer" in later
        and "bevestigt" not in later
    )
    for release in ("2020",):
        chapter = notebook_text(built[release], "reachability")
        # r32 (2021 #3): no 'bevestigt noch corrigeert': what the answer says, in its words
        # r34: the answer's stance said plainly, once, in the chapter ('inkomende' and 'sluitende cijfers' gone)
        # r36 (r35 2020 #2): 'geeft zelf geen cijfer' did not say which figure: plainly that the answer does not
        # confirm this one, with why, in the answer's words (so it is not read as a denial)
        said = (
            # r52 (reader r51): 'het zegt dat …' instead of a second 'volgens het antwoord'; this pin follows it
            "Het antwoord van de minister gaat niet op dat cijfer in: het zegt dat sluitende cijfers over beantwoorde "
            "tegenover binnengekomen oproepen moeilijk te geven zijn."
        )
        assert flat(chapter).count(said) == 1 and "bevestigt noch corrigeert" not in flat(chapter), release
        assert "geeft zelf geen cijfer" not in flat(chapter), release
    # r33 (r32 #5), r34: the summary says whose figure it is; the answer's stance is the chapter's
    assert reach_bullet(built["2020"]).startswith("**Bereikbaarheid:** volgens interne analyses van 1712, aangehaald")


def test_the_invitation_on_a_busy_line_is_said_with_its_aim(built):
    """2020 #2, 2021 #2: the answering machine read as new in 2021; r35 (r34 2020/2021): 'kon al een bericht
    inspreken' beside 'sinds 2021 uitgenodigd' read as a contradiction. The aim (messages handled faster, callers
    called back), then the invitation put in practice with its aim, once each."""
    for release in RELEASES:
        chapter = flat(notebook_text(built[release], "reachability"))
        # r37 (r36 2020 #2): what callers could already do, then since 2021 the active invitation (the reader's words)
        # r59 (r58 2021 #1): what was put in practice in 2021, not an invitation read as new
        # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
        # r66 (r66 2020 #6): pin follows the new wording
        said = "ingesproken berichten sneller behandelen en de bellers terugbellen. In 2021 ging 1712 het "
        # r62 (r62 2020 #4, 2021 #3): what the answer calls it, not a result ('beter benut')
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        said += "antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van het antwoordapparaat "
        said += "optimaliseren”)."
        assert chapter.count(said) == 1 and "sneller behandeld" not in chapter, release
        # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
        # r56 (r55 2021 #5): no 'actief', the source's passive 'uitgenodigd'
        assert chapter.count("wie op een bezette lijn botst, wordt uitgenodigd een boodschap in te spreken") == 1
        # r54 (r54 2020 #9): the call-back as the aim the answer gives, not a result
        aim = "met de bedoeling die berichten sneller te behandelen en de bellers terug te bellen"
        # r56 (r55 2021 #5): no 'actief', the source's passive 'uitgenodigd'
        # r56 (r56 2020 #7): the aim the bullet opens with is not said again
        # r59 (r58 2021 #1): no 'daartoe uitgenodigd' (read as new in 2021)
        assert "daartoe uitgenodigd." not in chapter and aim not in chapter, release
        # r60 (r59 2021 #1): leaving a message was possible before ('Inspreken kon al eerder'), then what is new
        # r61 (r59 2021 #3): the better use of the answering machine is what was put in practice, named once
        # r66 (r65 2021 #2): 'ging 1712 het antwoordapparaat beter gebruiken', the answer's words after it: twice
        assert chapter.count("antwoordapparaat") == 2 and chapter.count("kon al") == 1, release
        assert chapter.count("bezette lijn") == 1, release
        # r36 (r35 2020 #4, 2021 #3): the answer of early 2022 says nothing of the rest of 2022
        assert "Begin 2022 was dit alleen kwalitatief geëvalueerd, niet in cijfers." in chapter, release
        assert "In 2022 was dit" not in chapter, release


def test_the_plain_words_of_2020(built):
    """2020 #12: 'maar 240' read as 'but'; 2020 #13: 'het grootste deel' where the source says 'ruim driekwart'."""
    # r33: the plegers stand in a sentence of their own ('Slechts 240 ...'), still 'slechts', not 'maar'
    assert (
        # r59 (r58 2020 #6): no 'slechts' in the report's voice; the annual report's own share ('3 %')
        # r63 (r63 2020 #5, 2021 #7): the annual report's own word and rounded share, said as its own
        "Volgens het jaarverslag 2020 van 1712, aangehaald in het antwoord van de minister, kwamen 240 "
        "contacten (in het jaarverslag: „240 personen”, 3 %) van plegers" in messages(built["2020"])
    )
    assert "ruim driekwart van de oproepers blijft anoniem" in notebook_text(built["2020"], "reachability")


def test_no_audit_wording_in_2021(built):
    """2021 #11: 'de bronnen van dit rapport', 'staat evenmin in die bronnen', 'ze staan niet in de bronnen'."""
    chapter, md = flat(notebook_text(built["2021"], "reachability")), flat(messages(built["2021"]))
    # r30 reversed 'geen cijfers bekend': the year's figures are said to be missing from this report's sources, once
    # at the chapter's head and once in the summary; what happened after the subsidy once; no other audit wording
    # r31 (2021 #3, the lead's decision): said plainly, 'geen cijfers bekend', no 'bronnen van dit rapport'
    # r35 (2021 #1, the lead's brief): figures may exist; what is true is that this report's sources give none
    # r51 (r50 2021 #8b): a full stop, the annual report a sentence of its own
    assert chapter.startswith("De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021.")
    # r32 (2021 #16): in the summary, what is not known in the one sentence with the last figure known
    # r33 (r32 #5): 'voor 2021 zijn geen cijfers bekend;' then the last figure known, 2020's
    # r34: then whose figure it is, before the months
    # r36 (r35 2021 #1): the lead without the year; the 2020 figure's months before it
    # r45 (r44 2021 #5): 'de recentste cijfers gaan over …', whose figure in a parenthesis, the share a clause of its
    # own; the summary says 'de bronnen' (no second 'van dit rapport')
    assert (
        # r63 (r63 2021 #1): not 'geen cijfers' beside the measures' preliminary figures
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "**Bereikbaarheid van 1712:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); "
        "de recentste cijfers gaan over "
        "september–december 2020 (interne analyses van 1712" in md
    )
    # r61 (r59 2021 #1): the quoted part says what an 'oproep' may be (attempts or callers)
    # r64 (r64 2021 #8): the three things an 'oproep' may be, as the glossary names them
    said = "toen werd 40 tot 45 % van de oproepen beantwoord; wat er precies geteld werd (belpogingen, bellers of "
    assert said + "geregistreerde contacten)" in md and "in 2021:**" not in md
    assert "kon 1712 toen 40 tot 45 %" not in md and "de recentste zijn van" not in md
    assert "Wat er sindsdien" not in chapter
    # r35: once at the chapter's head; r45: the summary's one mention is 'de bronnen', nowhere else
    assert chapter.count("bronnen van dit rapport") == 1 and md.count("bronnen van dit rapport") == 0
    # r66 (r66 2021 #2): the preliminary figures only under optie 0
    assert md.count("geven de bronnen geen cijfers (zie de maatregelen hieronder)") == 1  # r63 (r63 2021 #1)
    for audit in ("in die bronnen", "staan niet in de bronnen", "staat evenmin", "zo stond het"):
        assert audit not in chapter and audit not in md, audit
