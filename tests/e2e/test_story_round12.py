"""Round 12, readers of 2020 and 2021 (findings files 2020 #1-4, #9, #10, #12; 2021 #11): the summary's key messages
and key figures, the campaign chapter and its annex, as the built releases show them. Each test failed on the text
before this round."""

import re

from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex
from test_story_round11 import flat, messages


def key_figures(out) -> str:
    qmd = (out / "report.qmd").read_text(encoding="utf-8")
    return flat(qmd.split("## Kerncijfers", 1)[1].split(": Kerncijfers", 1)[0])


def test_the_mps_fifty_percent_has_one_reading_everywhere(built):
    """2020 #1: the summary said the growth 'past bij' the MP's 50 %, the chapter that it can neither confirm nor
    refute it, the annex compared April with March."""
    out = built["2020"]
    said = {"summary": messages(out), "chapters": flat(reader_part(out)), "annex": flat(annex(out))}
    for part, text in said.items():
        # r45 (r44 reader finding on the filled cells' share): the annex says the published 3 % 'past bij' the filled
        # cells; no 'past bij' may be about the MP's 50 % or a rise
        for sentence in re.findall(r"[^.]*past bij[^.]*", text):
            assert part == "annex" and "50" not in sentence and "stijging" not in sentence, (part, sentence)
        assert "niet bevestigen en ook niet weerleggen" not in text, part  # round 13 (2020 #1): said plainly
        assert "+71 %" not in text and "naïeve" not in text, part
    # round 20 (r19 2020 #2): the claim cannot be checked: the chapter says so, the summary does not repeat it
    # (r22: the summary's 'meer oproepen kon beantwoorden' is option 0's, not the MP's claim)
    # r26 2020 #1: the summary names the written question as the 40-45 %'s source, never its 50 % claim
    # r63: option 0's "meer oproepen kon beantwoorden" (the answer's preliminary figures) is no claim of the MP's
    assert "50 %" not in said["summary"] and not re.search(r"meer oproepen(?! kon beantwoorden)", said["summary"])
    # r24 2020 #2: no 'tonen ongeveer zo'n stijging' (it read as a confirmation); no figure for a single campaign
    assert "De gepubliceerde cijfers tonen ongeveer zo" not in said["chapters"]
    # r26 2020 #7 (round 27): what cannot be told said once
    assert "De bronnen geven voor geen enkele campagne" not in said["chapters"]
    assert "niet uit te maken welk deel van de stijging van een campagne kwam" in said["chapters"]


def test_the_peak_is_a_peak_in_contacts_and_not_the_lockdown(built):
    """2020 #2, #9: 'Piek in oproepen' for counts of contacts; April-June is the peak, during the first lockdown."""
    out = built["2020"]
    everything = flat(reader_part(out)) + flat(annex(out))
    assert "piek in oproepen" not in everything.lower()
    # round 13 (2020 #2): the event is the lockdown's months (the model is told they differ), not 'the peak'
    # r17 (r16 2020 #9): as chapter 6; r19 (r18 2020 #1): the peak by its months, the lockdown as the source's word
    # r25 2020 #7: the lockdown without a hedge
    assert (
        "**Meer contacten in april–juni 2020**, de periode die de schriftelijke vraag „de eerste lockdown” noemt"
        in messages(out)
    )


def test_the_event_is_named_once_in_the_campaign_chapter(built):
    """2020 #10: the event's label was repeated verbatim in the chapter; the audit words are gone."""
    out = built["2020"]
    from test_story_round11 import notebook_text

    chapter = notebook_text(out, "campaigns")
    assert chapter.count("eerste lockdown (april–juni 2020)") <= 3  # the claim, the model, the chart's line
    for audit in ("met redelijke zekerheid van nul", "verkennend model", "aangevuld uit de totalen van de bron"):
        assert audit not in flat(reader_part(out)), audit


def test_anonymity_is_one_wording_of_contact_persons_in_the_name_of_who_says_it(built):
    """2020 #3, 2021 #11: 'van de contacten' in the summary, 'van de bellers' in ch. 6; the minister's general remark
    about 'oproepers' shown as a key figure of contacts; the 2021 infographic's 75 % attributed to the question."""
    # round 13 (2020 #7, 2021 #3): the minister's remark is no figure of the year; the infographic states no base
    # round 15 (2020 #13): the minister's general remark is no key figure at all
    # round 16 (r15 2021 #9): the base is the annex's; r21: credited to the year's key figures the source publishes
    for release, by in (("2021", ""),):
        out = built[release]
        text = flat(reader_part(out))
        assert "van de contacten blijft de contactnemer anoniem" not in text, release
        # r23 (r22 2020 #9): 'bellers' only for the minister's 'ruim driekwart van de oproepers', never for the year's
        for sentence in re.findall(r"[^.]*van de bellers anoniem[^.]*", text):
            assert "volgens de minister" in sentence, (release, sentence)
        # r20 2020 #2: said once, in the key message, in the name of who says it (not again as a table row)
        # r25 2021 #3: the year's own key figure stated plainly, not 'volgens de kerncijfers van 2021'
        # r39 (r38 2021 #11): the share names no base, said so
        # r41 (r41 2021 #1): the key figure's own words, which claim no base
        assert "; 75 % koos voor anonimiteit (de bron zegt niet van welk totaal)." in flat(messages(out)), release
        # r45 (r44 2021 #3): the chat's share is now credited 'volgens de kerncijfers van 2021' (the comparison is
        # the key figures' own); the anonymity sentence still states its key figure plainly
        anonymous = re.findall(r"[^.;]*anonimiteit[^.]*", flat(messages(out)) + by)
        # r52 (r51 2021 #10): with the chapter's caveat
        assert anonymous == [" 75 % koos voor anonimiteit (de bron zegt niet van welk totaal)"], (release, anonymous)
    # r23 (r22 2020 #9): the minister's general remark about callers is no key message
    assert "anoniem" not in messages(built["2020"])


def test_campaigns_that_cannot_be_separated_have_no_number_in_the_annex(built):
    """2020 #4: '−11,7 %' printed for the campaign the report says cannot be told apart from the lockdown peak."""
    text = flat(annex(built["2020"]))
    # r25 2020 #13 (round 26): no table of the campaigns: only the one estimate is said, the others have no number
    # r41 (r41 2020 #11): 'Dit rapport schatte alleen het effect'; this pin follows it
    # r45 (r44 reader finding, the model's terms): 'Alleen voor de campagne van 6 oktober 2020 leest dit rapport die
    # waarde als een schatting van het effect'; the other campaigns named with why, no number
    assert "| 7 mei 2020:" not in text and "schatte alleen het effect" not in text
    assert "Alleen voor de campagne van 6 oktober 2020 leest dit rapport die waarde als een schatting van het" in text
    assert "−11,7 %" not in text


def test_the_summary_says_only_provisional_figures_exist(built):
    """2020 #12: 'niet in cijfers gemeten' while the chapter gives the minister's provisional figures (optie 0)."""
    # r20 2020 #8: the minister gave no figures, only a first indication from provisional ones (the chapter's words)
    for release in ("2020", "2021"):
        said = messages(built[release])
        # r23 (r22 2020 #4, 2021 #5): the measures one line in the summary; the chapter says, without contradiction,
        # that no figures were published and what the minister's provisional ones pointed to
        # r26 2021 #2: in 2021, where the sources give no figures of the year, the summary says what the preliminary
        # ones pointed to, as the chapter does
        # r26 2021 #1: the summary's reachability message is two sentences; the preliminary indication is the chapter's
        # r61 (r59 2020 #2): a summary read alone took the measures as results: optie 0's preliminary figures in its
        # line, and that the effect is not known in figures
        # r62 (r62 2020 #4, 2021 #3)
        # r67 (r67 2020 #1): 2020's one line on the measures after the year says it in its own words
        assert (
            "voorlopige cijfers, toen nog in kwaliteitscontrole, leken erop te wijzen dat 1712 deels hierdoor "
            "meer oproepen kon beantwoorden" in said
            if release == "2021"
            else "wel leken voorlopige cijfers, waarop toen nog kwaliteitscontroles liepen, erop te wijzen dat 1712 "
            "dankzij „optie 0” als overlooplijn deels meer telefonische oproepen kon beantwoorden" in said
        )
        # r66 (r66 2021 #2): beside the preliminary figures the answer's own 'zelf geen cijfers' is said (r64 2021 #1)
        assert "geen cijfers over het effect" not in said.replace("gaf zelf geen cijfers", ""), release
        # r25 2020 #1: stated plainly, not 'volgens de minister'
        # r32 (r31 2020 #11): the effect claim attributed to the answer it comes from
        assert (
            # r44 (2020 #9): the qualitative evaluation first, and 'binnen zijn bestaande werking' as the answer says it
            # r52 (reader r51): the answer named once at the measures' opener; this pin follows the new word order
            "Dit werd op verschillende momenten kwalitatief geëvalueerd, en voorlopige "
            "cijfers, waarop toen nog kwaliteitscontroles liepen, leken erop te wijzen dat 1712 deels hierdoor meer "
            "telefonische oproepen kon beantwoorden binnen zijn bestaande werking." in flat(reader_part(built[release]))
        ), release
        assert "niet in cijfers gemeten" not in said, release
        assert "voorlopige cijfers van de minister" not in said, release
