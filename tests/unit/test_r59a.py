"""Round 59a (the r58 readers of 2021 and the demo): what was put in practice at the answering machine in 2021 (not
an invitation read as new), 'in de loop van 2021' for optie 0, the Methods' peak paragraph only where the chapter
compares the peak, the glossary's context entries without their circular last sentences."""

import re
import types

from hulplijnen.data import load
from hulplijnen.pipeline.glossary import glossary_terms
from hulplijnen.presentation import text


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def test_r58_2021_1_the_answering_machine_is_what_was_put_in_practice(reachability_built):
    row = load.events().set_index("event_id").loc["answering_machine"]
    assert "daartoe uitgenodigd" not in row["name_nl"] and "uitnodiging" not in row["short_nl"]
    for chapter, summary in reachability_built.values():
        assert (
            # r60 (r59 2021 #1): leaving a message was possible before, then what is new
            # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
            # r62 (r62 2020 #4, 2021 #3)
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon al eerder: wie op een "
            "bezette lijn "
            "botst, wordt uitgenodigd een boodschap in te spreken;" in chapter
        )
        assert "Vanaf 2021" not in chapter and "vanaf 2021" not in chapter
        assert "In 2021 kwamen oproepen met „optie 0”" in chapter  # r66 (r66 2020 #6): pin follows the new wording
        assert "een uitnodiging om een boodschap" not in summary
    assert (
        # r61 (r59 2020 #1): the aim said as an aim, not a result
        # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2021 #7): under 'Maatregelen in 2021' not dated again: the measure a noun phrase
        "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
        "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
        "behandelen en de bellers "
        "terugbellen. Tot begin 2022 werd dat alleen kwalitatief geëvalueerd." in reachability_built[2021][1]
    )


def test_r58_2021_1_the_glossary_dates_optie_0_in_the_course_of_the_year():
    option = next(t for t in glossary_terms() if t["term"] == "optie 0")
    # r66 (r66 2020 #6): pin follows the new wording
    assert "werd optie 0 in 2021 ook een overlooplijn" in option["definition"]
    assert "vanaf 2021" not in option["definition"]


def test_r58_demo_8_optie_0_dated_by_the_answer_not_later(registration_methods):
    values = {"1712.export.phone.route.option_0.share_pct": 0, "1712.export.phone.route.other.share_pct": 0}
    said = registration_methods("demo", values)
    assert "(volgens het antwoord werd optie 0 in 2021 een overlooplijn naar de minst drukke provincies" in said
    assert "(later een overlooplijn" not in said


def test_r58_2021_4_no_peak_paragraph_in_a_later_years_release():
    values = {"1712.peak.2020.m01": 533, "1712.peak.2020.m02": 569, "1712.peak.2020.m03": 565,
              "1712.reach.lockdown_campaign_date": "2020-03-23"}  # fmt: skip
    for year, shown in ((2020, True), (2021, False)):
        params = types.SimpleNamespace(year=year)
        out = flat(
            text.render("chapters/reachability/methods.md", every_value_used=False, values=values, params=params)
        )
        assert ("**Piek in contacten.**" in out) is shown, year


def test_r58_2021_9_the_context_entries_do_not_point_at_each_other():
    terms = {t["term"]: flat(t["definition"]) for t in glossary_terms()}
    assert "zie „mogelijk slachtoffer”" not in terms["context van het geweld"]
    assert "zegt zelf niet wat ze telt" not in terms["mogelijk slachtoffer"]


def test_r58_2021_8_a_tables_footnote_mark_and_ongeveer_stay_on_their_line():
    from hulplijnen.presentation import display

    said = display.keep_together
    assert said("Vlaamse provinciehoofdsteden ¹") == "Vlaamse provinciehoofdsteden\u00a0¹"
    assert said("ongeveer 75\u00a0%") == "ongeveer\u00a075\u00a0%"
    assert said("tabel zonder jaartal ¹") == "tabel zonder jaartal\u00a0¹" and said("x¹") == "x¹" and said(3) == 3
