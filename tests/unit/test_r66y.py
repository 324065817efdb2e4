"""Round 66y (the r65 reader of 1712's 2021 release, the r64 reader of Tele-Onthaal's): the 2021 and Tele-Onthaal
wording, each pinned on its new text so it fails on the old."""

from __future__ import annotations

from test_helplines_r13 import built, flat
from test_r44b_summary import facts, said  # noqa: F401 (fixtures)

ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_r65_2021_2_the_answering_machine_has_1712_as_its_subject(reachability_built):
    """2021 #2: 'In 2021 bracht 1712 in de praktijk wat het antwoord „…” noemt' read awkwardly."""
    for year in (2020, 2021):
        chapter, summary = reachability_built[year]
        for text in (chapter, summary):
            assert "in de praktijk wat het antwoord" not in text and "in de praktijk gebracht wat" not in text
        # r66 (r66 2020 #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
        assert year == 2020 or (
            # r66 (r66 2021 #7): under 'Maatregelen in 2021' not dated again: the measure a noun phrase
            "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
            "antwoordapparaat optimaliseren”). Inspreken kon al eerder;" in summary
        )
        assert (
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon al eerder:" in chapter
        )


def test_r65_2021_3_the_attempts_per_caller_are_a_sentence_of_their_own(reachability_built):
    """2021 #3: two nested asides in the longest bullet of the summary."""
    summary = reachability_built[2021][1]
    assert "(volgens steekproeven" not in summary
    # r66 (r66 2021 #3): the attempts per caller are the chapter's, where it says why they matter
    assert "doet een beller gemiddeld" not in summary and "3 tot 4" in reachability_built[2021][0]


def test_r65_2021_4_the_continued_subsidy_says_subsidie_once(reachability_built):
    """2021 #4: 'De capaciteitssubsidie werd voortgezet, met een subsidie van …'; r64 2020 #1 asked for 'volgens het
    antwoord' on that sentence."""
    for year in (2020, 2021):
        chapter = reachability_built[year][0]
        assert "met een subsidie van" not in chapter
        assert (
            "De capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024"
            in chapter
        )


def test_r65_2021_1_the_rise_of_the_other_conversations_is_said_as_a_rise(said):  # noqa: F811
    """2021 #1: '13 % coronagerelateerd … ongeveer 11.000 meer (13 %)': two unrelated 13 % in one bullet."""
    s = said[2021]
    assert "11.000 meer (13 %)" not in s
    # r66 (r66 TO #2): pin follows the new wording
    assert "tegen naar schatting 80.300 in 2020: ongeveer 11.000 of 13 % meer, als Tele-Onthaal" in s


def test_r65_2021_the_comparison_says_what_each_helpline_counts_in_plain_dutch():
    """2021, 6.3: 'Tele-Onthaal telt oproepen en apart gesprekken' was no plain Dutch."""
    text = flat(built(ALL)[0].text)
    assert "en apart" not in text
    assert (
        "Hulplijn 1712 telt contacten; Tele-Onthaal telt oproepen en gesprekken; Stop it Now! telt contacten." in text
    )


def test_r64_to_4_the_chapter_title_names_the_website_visitors():
    """r64 TO #4: the website's figures sit in the chapter 'Oproepen en gesprekken', the contents did not show them."""
    from hulplijnen.chapters import helplines
    from hulplijnen.config.params import load_params

    assert helplines.title(load_params("2021-tele-onthaal")) == "Oproepen, gesprekken en websitebezoekers"
    assert helplines.counted_units("tele-onthaal") == "Oproepen en gesprekken"  # without a year: what it counts
    assert helplines.counted_units("1712", 2021) == "Contacten"


def _roles():
    import pandas as pd

    rows = []
    for role, then, now in (("a", 33.6, 37), ("b", 20.5, 20), ("c", 10.0, None), ("d", 35.9, None)):
        rows.append({"year": 2020, "role": role, "low": then, "high": then, "exact": True})
        if now is not None:
            rows.append({"year": 2021, "role": role, "low": now - 0.5, "high": now + 0.5, "exact": False})
    return pd.DataFrame(rows), {"a": "slachtoffer", "b": "ouder", "c": "buur", "d": "andere"}


def test_r65_2021_5_four_shares_a_year_lie_level_on_a_phone():
    """2021 #5: on the phone Figuur 3's shares stood upright ('33,6 %' read sideways): its phone version lies, every
    share level beside its bar; a chart of three shares a year (Figuur 2) keeps its columns."""
    import matplotlib.pyplot as plt

    from hulplijnen.presentation import figures_phone, figures_sources

    shares, labels = _roles()
    fig = figures_sources.share_series(
        shares, "Contactnemers", "role", labels, whiskers=False, values=True, missing=figures_sources.NOT_PUBLISHED
    )
    draw = getattr(fig, figures_phone.PHONE_FIGURE)
    phone = draw()
    figures_phone.png_bytes(phone)
    numbers = [t for t in phone.axes[0].texts if any(c.isdigit() for c in t.get_text())]
    assert len(numbers) == 6 and all(t.get_rotation() == 0 for t in numbers)
    assert [t.get_text() for t in phone.axes[0].get_yticklabels()] == ["2020", "2021"]
    three = figures_sources.share_series(shares[shares["role"] != "d"], "t", "role", labels, values=True)
    assert getattr(three, figures_phone.PHONE_FIGURE, None) is None
    plt.close("all")


def test_r65_2021_6_every_open_dot_has_its_value_to_its_right():
    """2021 #6: Figuur 5's open dots had their values left, right or under them, row by row."""
    import matplotlib.pyplot as plt
    import pandas as pd

    from hulplijnen.chapters.helplines import charts

    frame = pd.DataFrame(
        [("a", 157.0, 148.9), ("b", 113.9, 115.3), ("c", 146.4, 164.6)], columns=["label", "value", "previous"]
    )
    rows = frame.assign(low=frame["value"], high=frame["value"], decimals=0, year="2021", previous_year="2020")
    for fig in (
        charts.intervals(rows, "Groei", "index", 100, "2019 = 100"),
        charts._intervals(rows, "i", 100, phone=True),
    ):
        fig.canvas.draw()
        ax = fig.axes[0]
        opens = [t for t in ax.texts if t.get_text().startswith("\u2248")]
        assert len(opens) == 3 and {(t.get_ha(), t.get_va()) for t in opens} == {("left", "center")}
        assert {round(t.xy[1] - i, 2) for i, t in enumerate(opens)} == {charts.SHIFT}
        plot = ax.get_window_extent()
        assert all(t.get_window_extent().x1 <= plot.x1 for t in opens)  # inside the plot, on the phone too
    plt.close("all")
