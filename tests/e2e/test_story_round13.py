"""Round 13, readers of 2020 and 2021 (findings 2020 #1-3, #10-12, #17, #22; 2021 #10-12, #15): the 1712 story in the
summary, the campaigns chapter and its annex, and the reachability chapter, as the built releases show them. Each
test failed on the text before this round."""

import json
import re

from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex
from test_story_round11 import flat, messages, notebook_text


def bullets(out) -> list[str]:
    """The summary's key messages, one string per top-level bullet (its nested lines kept)."""
    qmd = (out / "report.qmd").read_text(encoding="utf-8").replace("\u00a0", " ")
    part = qmd.split("## Belangrijkste boodschappen", 1)[1].split("## Kerncijfers", 1)[0]
    return [b.strip() for b in re.split(r"^- ", part, flags=re.M)[1:]]


def facts(out) -> dict:
    data = json.loads((out / "figures.json").read_text(encoding="utf-8"))
    return {k: v["value"] for k, v in data.get("facts", data).items()}


def test_the_summary_leads_with_the_growth_and_the_peak_then_the_capacity_gap(built):
    """2020 #22: the capacity gap was the third bullet, under hedges; r27 2020 #1: the contacts and the lockdown peak
    lead, the capacity gap follows in at most two sentences."""
    found = bullets(built["2020"])
    # r19 #1: whose figure it is; r23 (r22 2020 #1): one line, no 'oproepen, niet bellers'; r24 2020 #2: not gone into
    # r25 2020 #1, #5: two short sentences, no 'maar', no remark on the minister's answer, the attempts beside it
    # r27 (2020 #1): the written question's figure and the answer's stance in its words, nothing else
    # r30: the MP named, the share in the source's words ('van de oproepen'), what it counted an inference, then the
    # answer's caveat; still the third bullet, nothing else
    # r31 (2020 #1, #5): two sentences, the question's figure in its words and the answer's stance, no guess
    assert flat(found[2]) == (
        # r32 (2020 #1, the lead's wording): the fact first, its source after it
        # r33 (r32 #5): where the figure comes from, plainly, never 'bevestigt het niet' (read as a denial)
        # r34: whose figure it is first, 'de oproepen' as the question says it, the attempts per caller beside it
        # r36 (r35 2020 #2, #3): that the answer does not confirm the figure, in a clause; the attempts as the
        # answer's, without the 'dus' that assumed the share counts attempts
        # r53 (r53 2020 #2, demo #12): 'nummer 282'; the answer's word on the figure after it; this pin follows it
        "**Bereikbaarheid:** volgens interne analyses van 1712, aangehaald in schriftelijke vraag nummer 282 (Vlaams "
        "Parlement, januari 2022), kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden "
        # r63 (r63 2020 #6): what an 'oproep' is there, the sources do not say
        "(wat daarbij als oproep telt, zeggen de bronnen niet). "  # r66 (r66 2020 #7): pin follows the new wording
        "Het antwoord op de vraag gaat niet op dat cijfer in: het zegt dat sluitende cijfers over beantwoorde oproepen "
        "moeilijk te geven zijn. "
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r41 (r41 2020 #3): the wording changed deliberately; this pin follows it
        # r49 (r48 2020 #4): the Proximus samples the answer quotes; this pin follows it
        "Volgens steekproeven met Proximus, aangehaald in het antwoord (periode niet vermeld), doet een beller "
        "gemiddeld 3 tot 4 pogingen; "
        "hoeveel bellers nooit doorkwamen, is niet bekend."
    )
    assert len(found) <= 8  # r22 2020 #5: short, one line each; r25 2020 #8: what followed the year its own line
    # r52 (r51 2020 #9): the 2019 estimate its own sentence ('… dus naar schatting bijna de helft meer.')
    assert "8.059 contacten" in flat(found[0]) and "48 tot 49 % meer, bijna de helft." in flat(found[0])  # r56
    assert flat(found[1]).startswith("**Meer contacten in april–juni 2020**, de periode die")


def test_the_mps_fifty_percent_is_the_growth_of_the_year_said_once(built):
    """2020 #1, #22: 'niet bevestigen en ook niet weerleggen' three times; the plain reading: the 50 % is about the
    growth of the whole year, which one campaign cannot be credited with (the lockdown peak falls in the same year)."""
    out = built["2020"]
    everything = messages(out) + flat(reader_part(out)) + flat(annex(out))
    assert "niet bevestigen" not in everything and "niet weerleggen" not in everything
    summary = flat(messages(out))
    # round 20 (r19 2020 #2): no campaign, no period, no calls of 2019: the claim cannot be checked, and the growth of
    # all contacts is no check of it (the channels chapter gives that growth as its own fact)
    # (r22: the summary's 'meer oproepen kon beantwoorden' is option 0's, not the MP's claim)
    # r26 2020 #1: the summary names the written question as the 40-45 %'s source, never its 50 % claim
    # r63: option 0's "meer oproepen kon beantwoorden" (the answer's preliminary figures) is no claim of the MP's
    assert "50 %" not in summary and not re.search(r"meer oproepen(?! kon beantwoorden)", summary)
    chapter = flat(notebook_text(out, "campaigns")).replace("\xa0", " ")
    # r24 2020 #2: no figure for a single campaign; the whole year's rise, a lockdown year; the cause left open
    # r30 2020 #3 (round 31): the question's words quoted, the answer beside them, before the chart
    assert (
        "In de schriftelijke vraag staat dat de bekendmakingscampagne in 2020 „zorgde voor een stijging van 50 % meer"
        " oproepen”. De minister antwoordde niet te weten welke campagne bedoeld was" in chapter
    )
    assert (
        # r34 (r33 2020 #8): the claimed 50 % is the whole year's rise, said once after the claim, no campaign's
        "Die 50 % ligt dicht bij de stijging van alle contacten over heel 2020 tegenover 2019 "
        "(naar schatting bijna de helft); welke "
        "stijging de vraag bedoelt, zegt ze niet. Een stijging over heel het jaar is niet aan één campagne toe te "
        "schrijven." in chapter
    )
    assert "In 2020 viel ook de eerste lockdown" in chapter  # r34: no sentence opens with a digit
    assert "tonen ongeveer zo" not in chapter.replace("’", "'") and "ongeveer zoveel" not in chapter  # r28 2020 #3
    assert chapter.count("bijna de helft") == 1  # r34 (r33 2020 #8): once, beside the claim
    assert "klopt dat ongeveer" not in chapter and "Een parlementslid schrijft" not in chapter


def test_the_lockdown_is_named_as_such_and_the_model_is_not_circular(built):
    """2020 #2: the event was 'piek in contacten ...' and the chapter found that the peak lay above the trend; the
    legend said 'zonder campagnes ... met de sprong'; 'aanhoudende' for three months."""
    out = built["2020"]
    chapter = flat(notebook_text(out, "campaigns"))
    # round 16 (r15 2020 #1): the peak by its months, not as if they dated the lockdown
    # r22 2020 #3, #8: the lockdown said once, in „Bereikbaarheid en capaciteit”; the campaigns chapter's one plain
    # sentence names no peak; the annex's note names it by its months
    assert "(volgens de bron tijdens de eerste lockdown)" not in chapter
    assert "hoger dan de trend" not in chapter and "piek in contacten in april-juni" not in chapter
    # r38 (2020 r37 #6): what the model takes into account, named one by one
    assert "een trend over het jaar, een aparte waarde voor de piek van april–juni 2020" in flat(annex(out))
    everything = flat(reader_part(out)) + flat(annex(out))
    assert "aanhoudende" not in everything and "met de sprong" not in everything


def test_the_annex_counts_the_campaigns_it_estimates_as_the_table_shows_them(built):
    """2020 #3: 'Het model schat alle vier campagnes' above a table with two 'niet te schatten'; the control
    sentence '0 keer een „effect” (te weinig maanden ...)' in plain words."""
    out = built["2020"]
    text = flat(annex(out))
    f = facts(out)
    # r22 2020 #8: a short note; r23 2020 #6: the 1712-dag's month after (January 2021) is not in the data
    # r25 2020 #13 (round 26): no table of one estimate among four: the one estimate said in plain words
    assert f["1712.campaigns.estimable"] == 1 and f["1712.campaigns.in_model"] == 4
    # r33 #15; r37 (r36 2020 #3): what the margin is of, in plain words
    # r41 (r41 2020 #11): the wording changed deliberately; this pin follows it
    # r45 (r44 reader finding, the model's terms): 'leest dit rapport die waarde als een schatting van het effect'
    assert "campagne van 6 oktober 2020 leest dit rapport die waarde als een schatting van het effect: volgens" in text
    assert "volgens het model lag het aantal contacten in oktober 2020" in text
    assert "keer een „effect”" not in text and "| Waargenomen |" not in text


def test_the_reachability_paragraph_names_the_months_once_in_the_passive(built):
    """2020 #10, #11, #17: the month range three times; 'kon 1712 ... beantwoorden' in an analysis; 'In die periode
    telt die lijn de sprong mee'; the peak by April alone."""
    out = built["2020"]
    text = flat(reader_part(out))
    assert text.count("van september 2020 tot december 2020") <= 1
    # r19 #1: in the name of the helpline's internal analyses, in the bold lead itself
    # r25 2020 #5: no 'maar'
    # r31 (2020 #1, the lead's decision): the question's own words ('kon de hulplijn … van de oproepen beantwoorden')
    # r32 (2020 #1): the fact first, of the incoming calls
    # r34: whose figure it is first, then the months, 'de oproepen' as the question says it ('inkomende' gone)
    assert (
        "Volgens interne analyses van 1712, aangehaald in een schriftelijke vraag van januari 2022, kon 1712 in "
        "september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden"
        # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
        " („oproepen” is het woord van de vraag; wat ze precies tellen, zeggen de bronnen niet)." in text
    )
    assert "inkomende oproepen" not in text
    assert "In die periode telt die lijn" not in text
    # round 16 (r15 2020 #1, 2021 #15): by its months, the source's name for them apart
    # round 19 (r18 2020 #1): the months are the peak's, the lockdown the source's word for them
    # r25 2020 #7: the lockdown without a hedge
    # r34 (r33 2020 #2): the period's average (the summary's 807, found again in the chapter), then the busiest
    # month that alone was the peak
    # r61 (r59 2020 #9): the busiest month is Tabel 1's, chapter 1's and the monthly figure's, no more here
    assert "De drukste maand was april 2020, met 967 contacten." not in text and text.count("eerste lockdown") >= 1
    # round 15 (r14 2020 #3): the months compared with, by name
    # r26 (2020 #15): a neutral baseline
    assert "45 % meer dan het gemiddelde van de eerste drie maanden van 2020 (556 contacten per" in text
    assert "gemiddeld 807 contacten per maand" in flat(messages(out))


def test_what_the_minister_referred_to_is_not_judged_unread(built):
    """2020 #12, 2021 #10: 'de minister verwees naar andere documenten, waarin dat niet staat' (not checked)."""
    for release in ("2020", "2021"):
        text = flat(reader_part(built[release]))
        assert "waarin dat niet staat" not in text, release
        # r19 #5: what the minister referred to is named, not commented on ('Die documenten gebruikt dit rapport niet')
        # r25 2020 #1: what the answer referred to is the annex's (the chapter's methods), named there
        # r45 (r44 reader finding, the answer's tables by year): the sentence reordered ('en voor de rest verwijst
        # het naar …'); the old order gone
        back = flat(annex(built[release]))
        # r49 (r48 2020 #2): the tables' year a paragraph of its own, ending on what the answer does not give and
        # where it refers to, named
        assert (
            "Aantallen beantwoorde en onbeantwoorde oproepen geeft het antwoord niet; voor de rest van de gevraagde "
            "opsplitsing verwijst het antwoord naar een eerdere schriftelijke vraag, naar de website van Hulplijn 1712"
        ) in back, release
        assert "verwijst het voor de rest naar" not in back, release
        assert "Die documenten" not in text, release


def test_the_2021_summary_is_short_with_the_channel_shift_in_contacts(built):
    """2021 #11, #12, #15: 13 bullets, website bullets, a chain of colons in 'Maatregelen', the shift in
    shares only; 'In 2021 noemen de bronnen onder meer zes grotere campagnes'."""
    out = built["2021"]
    found = bullets(out)
    assert len(found) <= 9  # r30: reachability in two bullets (the end-2020 figure; what 1712 did)
    summary = flat(messages(out))
    assert "websitebezoekers" not in summary
    # r37 (r36 2021 #2): the published share first, the derived count after it
    # r45 (r44 2021 #4): the chat's share as the 2021 key figures' own, one hedge per count, e-mail a sentence of its
    # own after the caveat on the other source
    # r49 (2021 #1, #2): both channels in one form; the other source is the summary's opening's
    # r52 (r51 2021 #6): no nested brackets: a sentence per channel
    assert (
        # r60 (r59 2021 #5): the key figures' words beside the share, the shift said once
        # r61 (r59 2021 #2): the key figures' own comparison said as theirs, so the rise is safe to read
        "18 % van de contacten liep via chat (naar schatting 1.500), tegen 11,3 % (911) in 2020; volgens de "
        "kerncijfers zelf was dat bijna één op de vijf, tegen nog één op de tien in 2020. E-mail: 14 % (naar schatting "
        "1.200), tegen 17,9 % (1.440) in 2020." in summary
    )
    assert "14 % kwam via e-mail (2020: 17,9 %)" not in summary and "naar schatting ongeveer" not in summary
    # r24 2021 #6: the measures named in one line, the subsidy's planned end too
    # r26 2021 #4: in the reachability bullet, after the problem; r27 2021 #1: in a few words
    # r30: in a bullet of its own right after the reachability bullet; the subsidy dated as the answer's
    heads = [b.split(":**", 1)[0] for b in found]
    # r35 (2021 #1): the label named the year; r36 (r35 2021 #1): no more (read as 2021's figure when skimmed)
    at = heads.index("**Bereikbaarheid van 1712")
    # r64 (r64 2020 #2): the list's heading says whose account it is and when
    assert heads[at + 1] == "**Maatregelen in 2021 (volgens het antwoord van begin 2022)", heads  # r31 (2021 #10)
    measures = found[at + 1]
    # r36 (r35 2021 #5): every measure dated as measures_line dates them, the call-back option too
    # r45 (r44 2021 #3): a sub-list, each line led by its date
    assert "- „optie 0” als overlooplijn" in measures  # r66 (r66 2021 #7): not dated again under its heading
    # r61 (r59 2020 #1): the aim said as an aim ('beter benutten, met als doel'), not a result ('een beter gebruik')
    # r61 (r59 2021 #3): put in practice in 2021: 'beter benut'
    # r62 (r62 2020 #4, 2021 #3)
    # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject; the aim as 1712's wish
    assert (  # r59 (r58 2021 #1): no new invitation
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2021 #7): not dated again under 'Maatregelen in 2021'; the answering machine a noun phrase
        "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
        "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
        "behandelen" in measures
    )
    assert "terugbeloptie" not in measures  # r38 (r37 2021 #3): the invitation is new, leaving a message was not
    # r45 (r44 2021 #3): the subsidy's dates lead its line
    # r48: the subsidy's continuation is no measure line but the bullet right after 'Wat er veranderde', dated after it
    assert "capaciteitssubsidie" not in measures
    # r66 (r66 2021 #7): pin follows the new wording
    granted = "**Verlengde capaciteitssubsidie:** toegekend van 1 december 2021 tot 30 november 2024."
    assert flat(found[at + 2]) == granted, found[at + 2]
    assert "vanaf 1 december 2021 een voortzetting" not in flat(measures)
    # r45 (r44 2021 #3, reversing r23's one line): the measures one a line, indented under their bullet, four of them
    # r48: three of them (the subsidy has its own bullet)
    # r61 (r59 2020 #2): and a last line, that their effect is not known in figures
    # r63 (r63 2020 #4, 2021 #2): that last line a closing sentence under the list, no item of it
    assert measures.count("\n  - ") == 3 and "ruimere chat" in measures
    # r64 (r64 2021 #1): no figures on the effect at all, not 'no checked ones'
    # r66 (r66 2020 #1): beside optie 0's preliminary figures, the answer gave none itself
    assert "\n\n  Het antwoord gaf zelf geen cijfers over het effect van deze maatregelen." in measures
    # round 20 (r19 2020 #7): the minister lists some of the campaigns; r36 (r35 2020 #13): the list's number, then
    # that the answer says there were others (not 'onder meer deze zes')
    assert (
        "vraag nummer 282 in het Vlaams Parlement noemt zes grotere campagnes in 2021 waarin 1712 in beeld kwam;"
        " volgens het antwoord waren er nog andere." in flat(reader_part(out))
    )
    assert "antwoordapparaat bij bezettoon" not in flat(reader_part(out))
