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
    for release in RELEASES:
        line = reach_bullet(built[release])
        words = len(line.replace("**", "").split())
        sentences = len(re.findall(r"[.!?](?:\s|$)", line))
        assert words <= 42 and sentences <= 2, (release, words, sentences, line)
        for chapter_only in ("pogingen", "Maatregel", "Wat volgde na", "22 uur", "bericht in te spreken"):
            assert chapter_only not in line, (release, chapter_only)


def test_2020_leads_with_the_contacts_and_the_peak(built):
    """2020 #1: the summary opened with the questioner's 40-45 %; the contacts and the lockdown peak lead now."""
    found = [flat(b) for b in bullets(built["2020"])]
    assert "8.059 contacten" in found[0] and found[1].startswith("**Piek tijdens de eerste lockdown:**")
    assert found[2].startswith("**Bereikbaarheid:**")


def test_the_answer_calls_conclusive_figures_hard_to_give_not_a_denial(built):
    """2020 #1, 2021 #4: 'Het antwoord bevestigt dat cijfer niet' was read as 'the minister denies it'."""
    for release in RELEASES:
        chapter = notebook_text(built[release], "reachability")
        assert "bevestigt" not in chapter + messages(built[release]), release
        assert "Volgens het antwoord zijn sluitende cijfers daarover moeilijk te geven." in chapter, release
    assert "Volgens het antwoord zijn sluitende cijfers daarover moeilijk te geven." in reach_bullet(built["2020"])


def test_leaving_a_message_could_be_done_already(built):
    """2020 #2, 2021 #2: the answering machine read as new in 2021; the answer: callers 'konden al een bericht
    inspreken', the subsidy meant to handle those messages faster and call back."""
    for release in RELEASES:
        chapter = notebook_text(built[release], "reachability")
        assert "berichten die bellers bij een bezette lijn al konden inspreken, sneller behandelen" in chapter
        assert (
            "het antwoordapparaat werd beter benut: wie op een "
            "bezette lijn botst, wordt uitgenodigd een bericht in te spreken."
        ) in chapter


def test_the_plain_words_of_2020(built):
    """2020 #12: 'maar 240' read as 'but'; 2020 #13: 'het grootste deel' where the source says 'ruim driekwart'."""
    assert "slechts 240 contacten (3,0 %) kwamen van plegers" in messages(built["2020"])
    assert "ruim driekwart van de oproepers blijft anoniem" in notebook_text(built["2020"], "reachability")


def test_no_audit_wording_in_2021(built):
    """2021 #11: 'de bronnen van dit rapport', 'staat evenmin in die bronnen', 'ze staan niet in de bronnen'."""
    chapter, md = notebook_text(built["2021"], "reachability"), messages(built["2021"])
    for audit in ("bronnen van dit rapport", "in die bronnen", "in de bronnen"):
        assert audit not in chapter and audit not in md, audit
    assert chapter.count("Over de bereikbaarheid in 2021 zijn geen cijfers bekend.") == 1
