# r54 (r54 TO #3): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round-15 reader findings on the 2021-tele-onthaal release (also in the 2021 release, same templates), on the
templates and the recorded facts (each test failed before its fix): the summary keeps the chapter's assumption on the
calls without conversation (#1), speaks of calls and not of demand (#2) and gives the other conversations in counts
(#3); 'Over deze cijfers' names both kinds of percentages (#9); the glossary's 'gesprekken' is a sentence (#10); the
late compilation said once (#13); the explanation of the website's visitors in short sentences, naming the other
table by its caption (#14)."""

from __future__ import annotations

import re

from r39_wording import HEADLINE, SUMMARY_OTHER  # r39 (r38 TO #2, #4-#6)
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters import helplines
from hulplijnen.config.params import load_params
from hulplijnen.data import load
from hulplijnen.pipeline import assemble
from hulplijnen.pipeline.about import about_markdown
from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.presentation.parts import Table


def test_the_summary_keeps_the_assumption_of_the_calls_without_conversation():
    """#1: 'Bij ongeveer 33.000 oproepen volgde geen gesprek' stated as a fact what the chapter assumes."""
    md = summary_of_release(["tele-onthaal"])  # the 2021 release leads with 1712: no such message there
    # r16 TO #4: a conditional clause is no message; r19 TO #1: the headline states what holds as written, the quarter
    # follows with its condition
    # r19h TO #1: no headline count of the difference; the condition it rests on is the annex's
    assert "**Niet elke oproep werd een gesprek:**" not in md  # r20 TO #1: a ratio read as an answer rate
    # r30 TO #1, #5: the gap, plainly, no answer rate; r31 TO #2: in context, as in 2019 and 2020 and by channel
    # r33f (r32 TO #1): the same share as in 2019 and 2020 is no key message at all (the chapter says it)
    # r41 (r40/r41 TO #2): a bullet again, saying the gap is no measure of unanswered calls (the one 'onbeantwoord')
    # r47 (r46 TO findings): wording changed on purpose
    assert (
        # r56 (r55 TO #5): pin follows the new wording
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** "
        "er waren 32.988 oproepen meer dan gesprekken" in md  # r53 (r52 TO #7)
    )
    # r45: (r44 TO #7c) why the gap is not the unanswered calls, said; still the one 'onbeantwoord'
    # r56 (r56 TO #2): what the source does not say, plainly, instead of the pointer
    assert md.count("onbeantwoord") == 1 and "herhaalde oproepen gaat, zegt de bron niet" in md  # r49 (TO #2)
    assert "**Bij ongeveer" not in md


def test_the_summary_speaks_of_calls_not_of_demand():
    """#2: calls are not demand (repeated, silent and wrong calls count too)."""
    alone = summary_of_release(["tele-onthaal"])
    # r24 TO #10: what the counts say, not 'op het hoge niveau'
    # r31 (2021 #12): the calls with their changes, the conversations apart; the level is said of the conversations
    # r33f (r32 TO #10): the counts are Table 1's, the level a finding of its own
    # r34: the counts bullet leads with 2019 and says the calls stayed level with 2020; the conversations' level is
    # the story bullet's
    # r36 TO #3: the conversations' total change first; the calls level with 2020 are Table 1's row
    assert "**Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat" in alone
    # r45: (r44 TO #7a) the headline counts first, the published −1,1 % beside 'ongeveer evenveel'
    assert HEADLINE in alone and "waren er ongeveer evenveel gesprekken als in 2020" not in alone
    both = summary_of_release(["1712", "tele-onthaal"])
    # r30 TO #5; r37 (r36 2021 #11): of several helplines one bullet, the counts leading the corona story, the
    # changes Table 1's
    assert (
        # r47 (r46 TO #1): 'iets minder' by the Methods' rule
        # r61 (r59 2021 #5): 'iets minder' with the published changes, as the Methods say
        "**Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020 (−1 % en −1,1 %). "
        "Van de gesprekken was 13 %" in both
    )  # r44 (2021 #4)
    # r30 TO #8; r34: 'vóór corona' only once, with the estimate it places ('alle gesprekken in 2019, vóór corona');
    # r44 (2021 #4): the report of several helplines leaves 2019 to the chapter
    assert "vóór corona" not in both
    for text in (alone,):
        # r52 (lead's decision A): 'dat zijn ongeveer evenveel als alle gesprekken in 2019', no number of 2019
        # r53 (r52 TO #5)
        # r56 (r55 TO #4): no comparison with all conversations of 2019 (what counted as corona is undefined)
        # r59 (r58 TO #2): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        said = "tegen naar schatting 80.300 in 2020 (ongeveer 13 % meer)."  # r61 (r61 TO #1): the rise in brackets
        assert text.count("vóór corona") == 0 and said in text and "alle gesprekken in 2019" not in text
    assert "hoge niveau" not in alone and "hoge niveau" not in both
    chapter = flat(built()[0].text)
    # r47 (r46 TO findings): wording changed on purpose
    assert "en iets minder dan in 2020 (−1 %)" in chapter  # r19h TO #6: the level said once
    for text in (alone, both, chapter):
        assert "vraag bleef" not in text.lower()


def test_the_summary_gives_the_estimate_of_the_other_conversations_in_counts():
    """#3: '... namen geschat met ongeveer 13 % toe' beside the corona share's '13 %' of another thing."""
    md = summary_of_release(["tele-onthaal"])
    # r19h TO #8, 2021 #4: the estimate is the chapter's, marked there; the summary keeps the published shares
    # r20 TO #9: the news said, with its uncertainty
    # r23 (r22 TO #1): an estimate of a category the source does not define does not lead the report: the chapter's
    # r31 TO #4, #7 (a lead's decision): the story leads after all, the other conversations said as those that had
    # nothing to do with corona, their rise as the least the ranges allow ('ruim 10.000'), no estimate word
    # r32c (r31 TO #4 fix): the rise marked as an estimate, once
    # r34: the estimate is a sentence of its own now, so 'Naar schatting' opens it: still marked once
    # r41 (r40/r41 TO #2): and the gap's bullet, 2020's share an estimate
    # r45: (r44 TO #7b) the rise and the year's estimate two sentences, each marked: three in all
    # r47 (r46 TO #8): bullet 2 one estimate word for its two ranges, and the gap's 2020 share
    # r48: (r47 TO #8) bullet 2 marks its estimate by 'rond' and its range, no estimate word: only the gap's 2020 share
    # r56 (r56 TO #2, #5): the two estimates and the gap's 2020 share 'naar schatting'
    # r59 (r58 TO #2): once before the two counts, and the gap's 2020 share
    # r66 (r66 TO #2): and before 2020's estimate
    assert md.lower().count("naar schatting") == 3 and "andere onderwerpen" not in md  # r49 (r48 TO #1, #2)
    # r52 (lead's decision A): 'ongeveer 91.000 van de 104.681 gesprekken' is gone; the level with 'ongeveer'
    # r53 (r52 TO #5)
    # r56 (r55 TO #2): pin follows the new wording
    assert (
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r61 (r61 TO #1): pin follows the new wording
        SUMMARY_OTHER in md
    )
    assert (  # r33f (r32 TO #5): no second '13 %' beside the corona share
        # r36; r37 (r36 TO #1, #5): the conversations not counted as about corona, their rise as its range
        SUMMARY_OTHER in md  # r39 (r38 TO #6, 2021 #4): a bullet of its own
    )
    assert "geschat met" not in md and "13 % toe" not in md
    # r24 TO #2: the chapter gives no estimate of the other conversations either, only the corona ones as counts
    chapter = flat(built()[0].text)
    # r28 TO #4: the chapter estimates them once
    assert (
        "Dat is tussen 10.100 en 11.400" not in chapter
        and "afgebakend" not in chapter
        and "lag in 2020 tussen 25.400 en 25.600 en" in chapter  # r30 TO #4; r49 (r48 TO #8)
    )


def test_over_deze_cijfers_names_shares_and_changes():
    """#9: 'Percentages zijn aandelen van het geheel dat erbij staat' is false for '−1 %' or '+13,9 %'."""
    facts = {"a": {"value": 1, "unit": "count", "source": {"file": "data/tele-onthaal/2021/key_figures.csv"}}}
    about = " ".join(about_markdown(load_params("2021-tele-onthaal"), facts).split())
    assert "Percentages zijn aandelen" not in about
    # r20 TO #18: said plainly, and a space after the sentence on the source ('vermeld).Dit rapport')
    # r26 TO #13: no rule-book sentence on what a percentage is
    assert "Een percentage is een aandeel van een geheel" not in about
    assert ").Dit" not in about and ").Het" not in about


def test_the_glossary_defines_gesprekken_in_a_sentence_with_a_subject():
    """#10: 'waarin een vrijwilliger met wie belde of chatte in gesprek ging' has no subject for 'belde'."""
    for helplines_ in (["tele-onthaal"], ["1712", "tele-onthaal"]):
        glossary = flat(glossary_markdown("contacten oproepen gesprekken", helplines_))
        assert "met wie belde" not in glossary
        # r30 TO #7: no circular entry; r31 TO #3: an entry again, a sentence with its subject (de hulplijn)
        assert (  # r33f (r32 TO #7): the report's reading
            "een oproep via telefoon of chat waarin de hulplijn met de oproeper sprak of schreef."  # r64 (r64 TO #3)
        ) in (glossary)
        assert "„gesprekken” noemt" not in glossary
        assert "(definitie volgens dit rapport)" not in glossary  # r20 TO #6
        assert "vrijwilliger" not in glossary


def test_the_late_compilation_is_said_once_without_pas_and_achteraf():
    """#13: 'Het rapport werd pas in 2026 samengesteld, achteraf, ...' says the same twice."""
    for release in ("2021-tele-onthaal", "2021"):
        params = load_params(release)
        reading = ["helplines"] if release == "2021-tele-onthaal" else ["helplines", "channels"]
        said = " ".join(assemble.intro(params, reading).split())
        # r19h TO #3, #4: a report of one helpline's key figures says what it is in one sentence, its date within;
        # r20 2020 #19, TO #7: one sentence in every release, no 'Dit rapport … Dit rapport'
        # r26 TO #4: a report of one helpline's key figures says it in 'Over deze cijfers', not after its key figures
        assert (
            f"in {params.year}; het werd in {params.publication_date.year} samengesteld uit de cijfers die daarover "
            "eerder gepubliceerd werden." in said
            if release == "2021"
            else "samengesteld" not in said
        )
        assert said.count("Dit rapport") == (1 if release == "2021" else 0)
        assert "achteraf" not in said and " pas " not in said


def test_the_explanation_of_a_contradiction_is_short_sentences_naming_a_table_that_exists():
    """#14: three clauses joined by semicolons and 'de tabel met elke waarde per jaar' for a table with a caption."""
    reasons = load.inconsistencies().set_index("check_id")["reason_nl"]
    reason = reasons[[i for i in reasons.index if i.startswith("tele-onthaal/") and "website_visitors" in i][0]]
    assert ";" not in reason
    named = re.findall(r"[Tt]abel „([^”]+)”", reason)
    captions = {t.caption for t in helplines.SHOWN if isinstance(t, Table)}
    assert set(named) <= captions  # r20 TO #5: a short note may name no table
