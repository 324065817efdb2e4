"""Round r64t (r64 2021 #3, #6, #7): 2021's summary bullet on Tele-Onthaal gives the other conversations' rise as a
count first (its range's middle), 6.3 says plainly that growth figures say nothing of size, Tabel 15's labels in the
chapter's and the source's words. Each test failed on the text before."""

from test_helplines_r13 import built, flat
from test_r44b_summary import facts, said  # noqa: F401 (fixtures)

from hulplijnen.presentation.labels import measure_label

ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_the_summary_gives_the_rise_of_the_other_conversations_as_a_count_first(said):  # noqa: F811
    """r64 2021 #3: '13 % coronagerelateerd … ongeveer 13 % meer': two different 13 % a line apart."""
    s = said[2021]
    # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
    # r66 (r66 TO #2): pin follows the new wording
    assert "tegen naar schatting 80.300 in 2020: ongeveer 11.000 of 13 % meer, als Tele-Onthaal" in s
    assert "ruim 10.000" not in s  # r37 (r36 TO #1): no 'ruim' for an estimate whose two ends are known
    assert "80.300 in 2020: ongeveer 13 % meer" not in s


def test_growth_figures_say_nothing_of_size_in_plain_words():
    """r64 2021 #6: 'Geen van beide zegt iets …' read as pointing to the two periods."""
    text = flat(built(ALL)[0].text)
    assert "Geen van beide" not in text
    assert (
        "Groeicijfers zeggen niets over hoe groot de hulplijnen tegenover elkaar zijn; daarvoor dient "
        "@tbl-helpline-years, en ook die telt bij elke hulplijn iets anders." in text
    )


def test_the_key_figure_labels_use_the_chapters_words():
    """r64 2021 #7: 'rang van het jaar sinds de start | het hoogste', 'aanleiding (bezorgd over zichzelf)'."""
    from types import SimpleNamespace

    from hulplijnen.chapters.shared.published import key_figure_value

    assert measure_label("concern_share", "self") == "bezorgdheid (bezorgd over zichzelf)"
    assert measure_label("contacts_rank_since_launch", "all") == "contacten, tegenover alle jaren sinds de start"
    row = SimpleNamespace(unit="rank", value=1, reference_year=float("nan"), decimals=0)
    assert key_figure_value(row) == "het hoogste aantal"
