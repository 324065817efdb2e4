"""Round 47 (r46 demo reader): an upper bound of whole callers is floored (#11: 13.055 / 3 gave 'hoogstens 4.352',
rounded up from 4.351,7)."""

from __future__ import annotations

from hulplijnen.analysis import capacity as cap
from hulplijnen.chapters import capacity as chapter
from hulplijnen.facts import FactSheet, keys


def test_the_most_callers_is_floored_and_the_fewest_ceiled():
    """#11: round() made the most callers 4.352 (13.055 / 3 = 4.351,7); a lower bound rounds up."""
    callers = cap.per_caller(5702, 13055, (3.0, 4.0))
    assert [cap.whole_callers(c, (3.0, 4.0)) for c in callers] == [4351, 3264]
    assert round(callers[0].callers) == 4352  # what the old rounding said
    exact = cap.per_caller(10, 12, (3.0, 4.0))  # a whole quotient stays as it is
    assert [cap.whole_callers(c, (3.0, 4.0)) for c in exact] == [4, 3]


def test_the_callers_fact_is_the_bound():
    facts = FactSheet("capacity", 2020)
    chapter._rates("1712", cap.answer_rate(5702, 13055), 5702, 13055, (3.0, 4.0), facts)
    assert facts.get(keys.phone("1712", "callers_3_attempts")) == 4351
    assert facts.get(keys.phone("1712", "callers_4_attempts")) == 3264


def test_chapter_two_says_what_the_samples_found_and_that_the_logs_do_not_fit(capacity_text):
    """#1: 'de hulplijn deed al steekproeven met Proximus' without what they found; only the annex said the made-up
    logs do not fit the 3 to 4 attempts per caller."""
    callers = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}
    said = capacity_text(callers=callers, answered=5702, offered=13055, worst=None, call_time_question=None)
    assert (
        "(elke belpoging telt, ook die buiten de openingsuren). Volgens steekproeven met Proximus deed een beller "
        "gemiddeld 3 tot 4 pogingen. De verzonnen oproeplogs passen daar niet bij (zie de [technische bijlage, "
        "Antwoordpercentage](#answer-rate)), dus dit aandeel zegt niet hoeveel bellers uiteindelijk iemand bereikten."
    ) in said
    fits = capacity_text(callers={**callers, "consistent": True}, answered=5702, offered=13055, worst=None)
    assert "deed een beller gemiddeld 3 tot 4 pogingen." in fits and "passen daar niet bij" not in fits


def test_the_made_up_tables_say_their_kind():
    """#6: Tabel 4 said only 'verzonnen' although tuned to the real counts (up to 18 % off); Tabel 3 is chosen."""
    from hulplijnen.presentation import caption_text

    said = caption_text.render("chapters/registration/captions.md", {"made_up": True}).plain
    assert said["tbl_export_codes"] == "Contacten per contactnemer (verzonnen, afgestemd op de echte aantallen)"
    assert said["tbl_export_channel_mix"].endswith("van de groep (verzonnen, vrij gekozen)")
