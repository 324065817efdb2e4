"""Round 64 (r64 demo reader): the talk time linked back to the hours needed (#3); the summary's staffing bullet in
short sentences (#4); 'de getoonde aantallen boven 50' (#8); 'van september tot december 2020' and a whole number of
minutes said in minutes (#9); the note under Tabel 4 names the groups of Tabel 5 its professional group is made of
(#10). Each test failed on the old wording."""

from __future__ import annotations

import re

import pandas as pd
from test_demo_capacity_text import MODEL, staffing_text
from test_demo_r12 import fact, plain
from test_demo_r16 import MADE_UP
from test_r51c import published_gap

from hulplijnen.chapters.registration import mix
from hulplijnen.facts import keys
from hulplijnen.pipeline import summary
from hulplijnen.presentation import fmt


def test_the_talk_time_is_linked_back_to_the_hours_needed():
    """#3: 'answering all costs 58 hours, 80 % costs 96' read as a contradiction; one sentence says why."""
    said = staffing_text({**MODEL, "logged_in": 58, "load": 58, "queued": 10290}, synthetic=True)
    said = said.replace("\u00a0", " ")
    assert (
        # r65 (r65 demo #1): the cause named
        "Omdat belpogingen niet netjes na elkaar binnenkomen, zijn er meer hulpverlenersuren nodig dan er "
        "gesprekstijd is: om 80 % te beantwoorden 96 uur"
        " (week als geheel) of 117 uur (elk uur apart), zodat er ook hulpverleners vrij zijn wanneer veel"
        " mensen tegelijk bellen." in said
    )
    assert said.index("Alle 10.290 belpogingen") < said.index("Omdat belpogingen niet netjes")


def test_the_summarys_staffing_bullet_is_in_short_sentences():
    """#4: one sentence of over 60 words with two conditions; now none over 30 words, each target its own."""
    both = {**MADE_UP, keys.staffing("1712", "need_80_overall_hours"): fact(96)}
    md = plain(summary.markdown(both, ["1712"], 2020)).replace("\u00a0", " ")
    bullet = md.split("- Om tijdens de openingsuren 80 %")[1].split(" - ")[0]
    longest = max(len(s.split()) for s in re.split(r"(?<=\.) ", bullet))
    assert longest <= 30, bullet
    assert "Om dat in elk uur apart te halen, gaat het om 117 uur." in bullet
    assert "Pauzes, overleg en nawerk komen daar nog bij." in bullet and "haalt; in deze" not in bullet


def test_the_gap_is_sorted_by_the_shown_count_as_the_text_says(monkeypatch):
    """#8: 'de getoonde aantallen boven 50': a code shown as 45 with 60 real contacts is one of the smaller ones."""
    published = pd.DataFrame({"code": ["a", "b"], "contacts": [100, 60]})
    cells = pd.DataFrame({"code": ["a", "b"], "code_level": ["leaf"] * 2, "count": pd.array([90, 45], dtype="Int64")})
    gap = published_gap(monkeypatch, published, cells)
    assert gap["off_large"] == 10 and gap["off_small"] == 25  # by the real count: 25 among the large, none small


def test_the_opening_says_the_shown_counts_above_50_and_the_months_with_their_year_once(provenance_text):
    from conftest import ANCHORS

    said = provenance_text(anchors={**ANCHORS, "large": 50, "off_large_pct": 18, "off_small_pct": 43})
    said = said.replace("\u00a0", " ")
    assert "belpogingen van september tot december 2020:" in said and "september 2020 tot december" not in said
    assert "de getoonde aantallen boven 50 wijken tot 18 % af" in said and "meer dan 50 contacten" not in said


def test_a_whole_number_of_minutes_is_said_in_minutes():
    """#9: 'langer dan 120 seconden' beside 'binnen een minuut': 'twee minuten'; other times stay in seconds."""
    assert fmt.seconds_words(120) == "twee minuten" and fmt.seconds_words(60) == "één minuut"
    assert fmt.seconds_words(83) == "83 seconden" and fmt.seconds_words(90) == "90 seconden"


def test_the_note_under_table_4_names_the_groups_of_table_5(registration_text):
    """#10: 'iemand uit onderwijs, cultuur, sport, welzijn of justitie' is in Tabel 5 'welzijn, gezondheid en gezin'
    and 'justitiële instanties' among others: the note says which groups make it up."""
    merged = mix.merged()
    assert [m["label"] for m in merged] == ["iemand uit onderwijs, cultuur, sport, welzijn of justitie"]
    said = registration_text(merged=merged).replace("\u00a0", " ")
    assert (
        "Noot: „iemand uit onderwijs, cultuur, sport, welzijn of justitie” zijn in @tbl-export-codes de groepen"
        " onderwijs, cultuur, sport, welzijn, gezondheid en gezin, en justitiële instanties samen." in said
    )
