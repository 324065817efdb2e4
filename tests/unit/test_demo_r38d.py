"""Demo findings of round 37 (helper r38d). Each test fails on the wording or behaviour before r38: #6 the false
closing sentence that no figure here says anything about real contacts; #4 the summary's made-up results in the
conditional; #1 chapter 1's opener saying that only the counts per channel are published; #2 the gap between the
made-up and the published counts per contact person computed from the data and recorded as facts."""

import pandas as pd
from test_demo_r12 import plain
from test_demo_r16 import MADE_UP

from hulplijnen.chapters.registration import codes
from hulplijnen.data import load
from hulplijnen.export import synthetic as generator
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import summary


def test_about_these_figures_no_longer_says_no_figure_is_about_real_contacts(provenance_text):
    """#6: the report cites real figures too (40 to 45 %, the anonymous share, 3 to 4 attempts)."""
    said = provenance_text()
    assert "Behalve die overgenomen totalen" not in said and "geen enkel cijfer hier" not in said
    # the call logs' fit folded into the bullet on what is made up freely, not a sentence after the list
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    # r59 (r58 demo #4): 'de rest van de oproeplogs', with what in them is taken over or tuned
    # r66 (r66 demo #6): what is fixed in them a sentence of its own, not a parenthesis
    assert "beantwoord afgestemd (zie hierboven). De oproeplogs zijn zo gemaakt dat het rekenmodel voor de" in said


def test_the_summarys_made_up_results_are_in_the_conditional():
    """#4: 'Tijdens de openingsuren werd 55,4 % ... beantwoord' read as a fact about the year, copied alone."""
    made_up = plain(summary.markdown(MADE_UP, ["1712"], 2020)).split("**Rekenvoorbeeld")[1].split("## Kerncijfers")[0]
    # r47 (demo r46 #2): the conditional read as a hedged claim on the real helpline: each result names the made-up
    # logs instead, so a bullet copied alone still says what it is of
    # r49 (demo r49 #3, #7): the old wording ('verzonnen' in a running sentence) changed
    assert "- In deze verzonnen oproeplogs werd tijdens de openingsuren 56,1 % van de belpogingen beantwoord" in made_up
    # r50 (r49 demo #3): the chapter's words ('hing … binnen … op'), the estimate said
    # r57 (r57 demo #5): conditional, the model's estimate
    assert "- In deze verzonnen oproeplogs zou de beller bij de helft van de belpogingen naar schatting" in made_up
    # r50 (r49 demo #2): the need conditional again, the hours logged in those of these data
    assert (
        "zou 56,1 %" not in made_up
        and made_up.count("zouden") == 1
        and "zouden in deze verzonnen gegevens volgens het rekenmodel" in made_up
    )


def test_chapter_1_says_the_source_publishes_more_than_it_takes_over(registration_text):
    """#1: 'Alleen de aantallen contacten per kanaal zijn gepubliceerd' while the source also gives them per contact
    person."""
    said = registration_text()
    assert "Alleen de aantallen contacten per kanaal zijn gepubliceerd" not in said
    # r63 (r63 demo #4): the opener within 30 words says the counts per contact person are made up too; where the
    # source's real ones are, the sentence before Tabel 5 says ('De echte aantallen ... staan in het antwoord op ...')
    assert "alle andere cijfers zijn verzonnen, ook die per contactnemer" in said


class _Tables:
    """The made-up table per contact-person code: each published count plus 10 %, the largest plus 20 %."""

    def __init__(self, published: pd.Series):
        made = (published * 1.1).round().astype(int)
        top = published.idxmax()
        made[top] = round(published[top] * 1.2)
        self.made = made
        self.frame = pd.DataFrame({"code": made.index, "code_level": "leaf", "count": made.to_numpy()})

    def cells(self, name: str) -> pd.DataFrame:
        assert name == codes.NAME
        return self.frame


def test_the_published_gap_is_computed_from_the_data_and_recorded():
    """#2: 'dicht bij de echte cijfers' was loose; the gap and the example are facts, not typed in."""
    table = load.contacts_by_contact_person(generator.CALIBRATION_YEAR, generator.CALIBRATION_HELPLINE)
    table = table.dropna(subset=["contacts"])
    published = table.assign(code=table["code"].astype(str)).set_index("code")["contacts"].astype(int)
    published = published[published > codes.LARGE]
    facts = FactSheet("registration", 2020)
    assert codes.published_gap(False, _Tables(published), "1712", facts) is None  # a real export: nothing
    gap = codes.published_gap(True, _Tables(published), "1712", facts)
    top = published.idxmax()
    assert gap["example_published"] == published[top] and gap["example_made"] == round(published[top] * 1.2)
    assert gap["off_large"] == 20 and gap["off_small"] is None and gap["large"] == codes.LARGE
    assert len(facts) == 4  # large, off_large_pct, example_published, example_made: recorded, so the text may use them
