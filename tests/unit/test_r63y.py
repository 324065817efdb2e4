"""Round r63y (r63 2021 #3, #4, #5, #6, #8): the 2021 release's helplines comparison, Figuur 5's phone version, the
pointer after the estimated 380 contacts, the series' earlier report under 'Herkomst', one channel order. Each test
failed on the code before."""

from test_helplines_r13 import built, flat

ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_only_the_year_between_is_said_to_be_approximate():
    """r63 2021 #3: 'De groei sinds 2019 is bij benadering' contradicted Figuur 5, whose filled dots (2021) come from
    the published changes: only the open dots (2020) are estimates."""
    text = flat(built(ALL)[0].text)
    assert "De groei sinds 2019 is bij benadering" not in text
    assert (
        "De groei van 2019 tot 2021 volgt uit de gepubliceerde wijzigingen; die van 2019 tot 2020 is bij benadering "
        "berekend. Geen van beide zegt iets over hoe groot de hulplijnen zijn." in text
    )
