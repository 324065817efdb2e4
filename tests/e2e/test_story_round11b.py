"""Round 11, fresh readers of 2020 and 2021, continued (split from test_story_round11.py, which holds the helpers):
the chapters reachability and campaigns; each failed on the text before."""

import re

from test_report_story import annex  # tests/e2e/ is on the path as pytest runs its tests
from test_story_round11 import campaign_rows, flat, notebook_text


def test_reachability_says_callers_reached_is_unknown_and_keeps_the_model_in_the_annex(built):
    """2020 #9, #11, #39, #40; 2021 #3, #12: no caller-level chart in the chapter; one sentence that it is unknown;
    the attempts as the minister states them; rounded estimates in the chapter, exact ranges in the annex, the annex
    rounding its text as its table; the chapter leads with the gap, the lockdown peak before September."""
    for release in ("2020", "2021"):
        out = built[release]
        chapter = notebook_text(out, "reachability")
        back = flat(annex(out))
        assert "fig-reachability-ranges" not in (out / "report.qmd").read_text(encoding="utf-8")
        # r33 (r32 2021 #1): the attempts and callers are 2020's detail, in the 2020 report only
        # r34: both chapters say the attempts and what the share does not say about callers, in one sentence
        later = release == "2021"
        # r36 (r35 2020 #3, 2021 #4): the attempts as the answer's, and no 'dus' from them
        assert (
            # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
            "Volgens het antwoord doet een beller gemiddeld 3 tot 4 pogingen (steekproeven met Proximus"
            # r49 (2021 #3): the 2021 chapter keeps one short parenthesis
            + (", periode niet vermeld)" if later else "; uit welke periode, zegt het antwoord niet)")
            + "; hoeveel bellers nooit doorkwamen, is niet bekend."
            in flat(chapter)
        ), release
        # r37 (r36 2021 #3): the earlier report by its title, publisher and year
        assert (
            not later
            or "gaat uitgebreider in op de bereikbaarheid in" in chapter
            and "Het rapport over 2020" not in chapter
        )
        # r22 (r21 2020 #1): calls, not callers: no reading of the share as callers left unanswered
        assert "Meer dan de helft" not in chapter and "onbeantwoord" not in chapter, release
        # round 15 (r14 2021 #7): the estimate built on the MP's figure is in the annex only, rounded as before
        assert "4.000 tot 4.600" not in chapter and "4.053" not in chapter and "2.229" not in chapter
        # r20 2020 #10: the estimate rested on an assumption no source supports: in the annex no more either
        assert "4.000 tot 4.600" not in back and "4.053 tot 4.560" not in back and "2.229 tot 2.736" not in back
        # r19 #4: no caller model to quote out of context ('78 % tot 91 % van de bellers')
        assert "78 % tot 91 %" not in back and "van de bellers" not in back
        # round 12 (2020 #8): the April peak in its own paragraph before the months of the answered share
        # r32 2020 #1: said with "tot"; r38 (2020 r37 #8): 'tussen 40 en 45 %' after the months (no two numbers
        # side by side)
        share = "tussen 40 en 45 %" if "tussen 40 en 45 %" in chapter else "40 tot 45 %"
        assert chapter.index("eerste lockdown") < chapter.index(share)
        # round 15 (2020 #13): the share itself is said once, in the chapter on contact persons
        # r23 (r22 2020 #9): the minister's 'ruim driekwart van de oproepers' is about callers
        # r27 2020 #13: the source's number where the answer is the year's source; a later year's share is the
        # contact persons chapter's
        # r41 (r41 2021 #1): a later year's report gives the answer's words too, not 'het grootste deel'
        assert "ruim driekwart van de oproepers blijft anoniem" in flat(chapter), release


def test_what_stayed_unanswered_and_what_is_not_recorded_are_plain_sentences(built):
    """2021 #13, 2020 #25, 2021 #24: a passage on what the answer did not give; no form-like 'Niet vastgelegd …:'."""
    for release, later in (("2020", False), ("2021", True)):
        chapter = notebook_text(built[release], "reachability")
        # r25 2020 #1: one neutral line, not 'Vragen zonder antwoord' (round 15, 2021 #8: not read as unanswered calls)
        # r26 (2020 #8, 2021 #8): one plain sentence, not the question's checklist
        assert "Niet beschikbaar in de bronnen" not in chapter and "Vragen zonder antwoord" not in chapter
        # r30: no closing sentence on what the extra means yielded; what is not known said plainly once
        assert "wat de extra middelen opleverden" not in chapter.lower(), release
        # r33 (r32 2021 #1): said once in 2020's chapter; 2021's says that no figures of its year are known
        # r34: in both, what the share does not say about callers, once
        # r36 (r35 2020 #3, 2021 #4): no 'dus' from the attempts (whether the share counts attempts is not known)
        assert flat(chapter).count("hoeveel bellers nooit doorkwamen, is niet bekend.") == 1, release
        assert "dat aandeel zegt dus niet" not in flat(chapter), release
        told = (
            "De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021."  # r27, r30, r31, r35, r51
        )
        assert (told in chapter) == later, release
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r52 (r51 2020 #6): the measures' source said once at their opening; the sentence starts with its subject
        assert "registratiesysteem van de hulplijn legde het tijdstip van een oproep niet vast." in chapter
        assert "Niet vastgelegd" not in chapter


def test_the_campaigns_chapter_says_what_the_minister_states_and_why_late_starts_say_little(built):
    """2020 #5, #24, #38; 2021 #20: 'onder meer' (the minister lists 'een aantal'); the minister's statement beside
    the finding that the published figures cannot show it; the estimates of campaigns that start late in their month
    are said to say little, in the annex; 2021's chapter is more than a table."""
    # r31 (2020 #3): in 2020 the question's claim in its own words, then the minister's reply (which campaign is not
    # known to him; every campaign brings a (temporary) rise); 2021 keeps 'Volgens dat antwoord brengt …'
    minister = "elke campagne, wie ze ook opzet, een (tijdelijke) stijging van het aantal"
    replied = {  # (how '50%' is spaced inside the quote is the percentage tests' matter)
        "2020": (
            "staat dat de bekendmakingscampagne in 2020 „zorgde voor een stijging van 50",
            "meer oproepen”. De minister antwoordde niet te weten welke campagne bedoeld was, en dat elke campagne",
        ),
        # r45 (r44 reader finding: the minister's answer named): 'Volgens het antwoord van de minister'
        "2021": ("Volgens het antwoord van de minister brengt elke campagne",),
    }
    assert "Volgens dat antwoord brengt" not in notebook_text(built["2021"], "campaigns")
    for release in ("2020", "2021"):
        chapter = notebook_text(built[release], "campaigns")
        # round 13 (2021 #15): who names them; r19 2020 #3: 'onder meer', the minister lists 'een aantal', with
        # the number of campaigns the table under it shows
        # r26 2021 #18 (round 27): the document named once, plainly, no 'De minister noemt'
        # r36 (r35 2020 #13): 'noemt vier grotere campagnes …; volgens het antwoord waren er nog andere'
        named = re.search(
            r"Vlaams Parlement noemt (\w+) grotere campagnes in (\d{4}) waarin .*? waren er nog andere\.", flat(chapter)
        )
        assert named and named.group(2) == release, release
        rows = campaign_rows(built[release])
        assert named.group(1) == {4: "vier", 6: "zes"}.get(len(rows)), (release, named.group(1), len(rows))
        assert minister in chapter and all(part in flat(chapter) for part in replied[release]), release
    back = flat(annex(built["2020"]))
    # r22 2020 #8: the annex's note is short; r25 2020 #13: the model's one estimate in plain words, not a table
    # r37 (r36 2020 #3): what the margin is of, in plain words
    assert (
        # r38 (2020 r37 #6): the interval's kind named
        # r66 (r66 2020 #9): the interval computed directly from the fit (+55 %, as a refit finds), not from draws
        "ergens tussen 34 % lager en 55 % hoger dan zonder campagne te verwachten was (betrouwbaarheidsinterval van"
        # r53 (r53 2020 #3): not 'geen duidelijk effect' (read as 'did nothing'); this pin follows it
        " 95 %): een effect is dus niet aan te tonen en ook niet uit te sluiten" in (back)
    )
    assert "beste schatting" not in back
