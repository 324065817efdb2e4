"""Round 32 (demo readers of round 31): the chapter on call logs says where real ones would come from, the months
before September are chosen (not a lockdown dip), the published monthly phone counts are 'geregistreerd', the
attempts per caller stand beside the example, and each number is said once."""

from __future__ import annotations

import pandas as pd
from test_demo_r12 import plain
from test_demo_r16 import MADE_UP
from test_demo_r22 import LOCKDOWN

from hulplijnen.chapters.capacity import demand
from hulplijnen.pipeline import summary

ANCHORS = {"rate_min": 40, "rate_max": 45, "first_month": "2020-09", "last_month": "2020-12"}


def test_the_chapter_says_the_registration_kept_no_call_times(capacity_text):
    """#3: chapter 2 is built on call logs with a time for every call; the answer says 1712 cannot note the time."""
    said = capacity_text()
    assert (
        # r36 (demo r35 #3), r37 (demo r36 #1, #11): what the registration could not note, in the answer's words
        # ('het tijdstip van de oproep', a registered contact, not an attempt), the question by its number
        # r38 (demo r37 #11): the minister's answer, not the question
        "Het registratiesysteem van de hulplijn kon niet noteren op welk uur een contact binnenkwam (antwoord op "
        # r41 (r41 demo #11): one word, 'telefooncentrale', explained once (of the operator)
        "schriftelijke vraag nummer 282). Echte oproeplogs zoals in dit hoofdstuk zouden dus van de telefooncentrale "
        "van de operator moeten komen (de hulplijn deed al steekproeven met Proximus)." in said
    )
    assert "op welk uur een contact binnenkwam" not in capacity_text(call_time_question=None)


def test_about_these_figures_says_it_once(provenance_text):
    """Demo r32 #8: said on p. 4 and again on p. 6: once, in chapter 2 (above), with its source."""
    # r35: the anchors no longer carry a call-time flag (the chapter says it, from its own fact)
    assert "tijdstip van een oproep niet" not in provenance_text(anchors={**ANCHORS, "anonymous_min": 75})


def test_the_chosen_months_make_no_lockdown_dip(capacity_text, lockdown_told):
    """#1: 'het aandeel beantwoorde belpogingen zakte van 55,2 % naar 37,7 %' from months the generator chose."""
    said = capacity_text(demand=lockdown_told, worst={"month": "2020-04", "rate": 36.1})
    assert "zakte van" not in said and "1.462" not in said and "april 2020" not in said
    assert (
        # r39 (demo r38 #3, #4): the question's figure from internal analyses; the other months said chosen
        "Alleen van september tot december 2020 volgt het aandeel beantwoorde belpogingen een cijfer uit de bronnen: "
        "de 40 tot 45 % uit interne analyses van de hulplijn, aangehaald in schriftelijke vraag nummer 282 (in "
        "@tbl-export-answer-rate gemarkeerd met *). In de andere maanden is het aandeel vrij gekozen" in said
    )


def test_the_monthly_table_marks_the_matched_months_and_says_registered():
    """#1, #2: Table 4 did not say which months were matched; 'Beantwoord (gepubliceerd)' for registered counts."""
    from hulplijnen.chapters import capacity

    months = pd.Series(["2020-08", "2020-09", "2020-12"])
    # r66 (r64 demo #5): the mark after a plain space (it may wrap under the month on a phone)
    marked = ["augustus\u00a02020", "september\u00a02020 *", "december\u00a02020 *"]
    assert demand.month_labels(months, ANCHORS) == marked
    assert demand.month_labels(months, None)[1] == "september\u00a02020"
    from hulplijnen.presentation import caption_text

    # r39: the mark and range are data, the words the chapter's captions.md (the wording unchanged)
    def caption(made_up):
        data = {"made_up": made_up, "anchored": demand.months_caption(ANCHORS)}
        return caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", data)

    # r41 (r41 demo #13): the column headers say what is made up and what published; the caption not again
    assert caption(True) == (
        # r66 (r66 demo #3): the share the marked months follow is the figure's caption's and the paragraph's
        "Belpogingen en telefooncontacten per maand (*\u00a0afgestemd op een cijfer uit de bronnen, de andere "
        "maanden vrij gekozen)."  # r51 (demo r50 #2): a second sentence, the column counts all attempts
        " „%\u00a0beantwoord” telt alle belpogingen, ook buiten de openingsuren."
        " Omdat de belpogingen verzonnen zijn, is ook het aandeel beantwoord verzonnen."  # r61 (r61 demo #1)
    )
    assert caption(False) == (
        "Belpogingen en telefooncontacten per maand. „%\u00a0beantwoord” telt alle belpogingen, ook buiten de"
        " openingsuren."
    )
    assert capacity.SYNTHETIC_COLUMNS["Beantwoord"] == "Geregistreerd (gepubliceerd)"


def test_the_registered_contacts_are_read_as_answered_and_the_attempts_per_caller_stand_beside(capacity_text):
    """#2, #4: 'werden 5.702 van de 13.055 belpogingen beantwoord' stated the reading as fact; the 3 to 4 attempts per
    caller only in the annex."""
    said = capacity_text(callers={"consistent": False, "attempts": [3, 4], "most": 4352, "fewest": 3264})
    assert "belpogingen beantwoord:" not in said
    assert "De 5.702 geregistreerde telefooncontacten, hier gelezen als beantwoorde belpogingen" in said
    # demo r33 #4 (r34): attempts that imply fewer callers than answered attempts are the annex's, not the chapter's;
    # r47 (demo r46 #1): the chapter says that they do not fit, in one sentence, with the annex's reasoning linked
    assert "Per beller ziet het beeld er anders uit" not in said
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r52 (demo r51 #2): what a real report would do, and why these logs cannot
    # r53 (r53 demo #2): why not, said plainly
    # r59 (r58 demo #1); r60 (r59 demo #1): only that the two source figures do not simply fit (why is the annex's)
    assert "4.351" not in said and "die passen niet zonder meer bij de 40 tot 45 %" in said


def test_the_staffing_result_leads_and_the_equal_hours_are_explained():
    """#12, #13: the queue model's inputs before the result; '58' twice for two things."""
    from test_demo_capacity_text import MODEL, staffing_text

    said = staffing_text({**MODEL, "logged_in": 58}, synthetic=True)
    assert "drie gegevens uit de oproeplogs" not in said
    assert (
        # r54 (r54 demo #3): the made-up hours as the made-up logs'; r63 (r63 demo #11): two decimals
        "In deze verzonnen oproeplogs waren er gemiddeld 58 hulpverlenersuren per week aangemeld (gemiddeld 1,50 "
        "hulpverleners per openingsuur). Om 80 % van de belpogingen" in said.replace("\u00a0", " ")
    )
    # demo r32 #8: the talk time beside the hours logged in; r36 (demo r35 #9): plainly, with its numbers
    assert (  # r37 (demo r36 #8): the sum (attempts a week times the mean conversation) where the test gives it
        # r56 (r55 demo #8): 'ongeveer evenveel', the methods' words for two rounded figures alike
        # r59 (r58 demo #9): 'afgerond, evenveel' for two identical printed numbers
        "beantwoorden zou ongeveer 58 uur gesprekstijd per week vragen. Dat is, afgerond, evenveel als de 58 "
        "aangemelde "
        "hulpverlenersuren: elke aangemelde hulpverlener had dan elke minuut aan de telefoon moeten zitten." in said
    )
    assert "Er zijn meer hulpverlenersuren nodig dan gespreksuren" not in said
    assert "73 uur" not in said and "extra telefoonlijn" not in said  # #5, #12: each number and caveat once
    assert "samen 58 uur" not in said and said.count("58 hulpverlenersuren") == 1
    assert "drie gegevens uit de oproeplogs" in staffing_text(MODEL)  # a real export keeps the model's inputs


def test_the_first_key_message_names_the_campaigns_with_their_dates(registration_sections):
    """#17: 'rond die maanden lanceerde de hulplijn ook campagnes' stayed vague; demo r33 #18 (r34): they are said in
    chapter 2, the key message keeps to the rise."""
    md = plain(summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020))
    # r56 (r55 demo #1): the key message says the campaigns by their dates only, as why no cause is said; their names
    # stay the chapter's
    key = md.split("## Kerncijfers")[0]
    assert "campagnes van de hulplijn (23 maart en 7 mei 2020)" in key and "Bang om" not in key
    from hulplijnen.chapters.capacity.demand import launched

    ran = launched("1712", pd.Period("2020-03", "M"), pd.Period("2020-06", "M"))
    demand = {"name": "eerste lockdown (april–juni 2020)", "answered": 552, "answered_before": 422, "months_before": 2}
    demand |= {"first_before": "2020-01", "last_before": "2020-02", "campaigns": ran}
    # r61 (r59 demo #2): the lockdown months are chapter 1's, beside the published months
    said = registration_sections(synthetic=True, demand=demand)["daily"]
    assert (  # r36 (demo r35 #2): 'gemiddeld'; r37 (demo r36 #4): with the published averages
        "Tijdens de eerste lockdown (april–juni 2020) werden er per maand gemiddeld 552 telefooncontacten"
        " geregistreerd, tegenover 422 in januari en februari 2020" in said
    )
    # r38 (demo r37 #11): whether the lockdown was the cause, said plainly; the campaigns 'van de hulplijn'
    assert "Of de eerste lockdown (april–juni 2020) de oorzaak was, zeggen deze cijfers niet" in said
    assert "liepen ook campagnes van de hulplijn (23 maart 2020: poster en animatie met tips" in said
    assert "; 7 mei 2020: campagne over huiselijk geweld „Bang om in uw kot te blijven?”)." in said


def test_the_key_figures_table_does_not_repeat_the_key_messages():
    """#5: 43,7 %, 96, 118 and 83 seconden in the bullets and again in Table 1 on the same page."""
    md = summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020)
    table = md.split("## Kerncijfers")[1]
    key = md.split("## Kerncijfers")[0]
    for number in ("96", "118"):
        assert number not in table or number not in key
