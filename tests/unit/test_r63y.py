"""Round r63y (r63 2021 #3, #4, #5, #6, #8): the 2021 release's helplines comparison, Figuur 5's phone version, the
pointer after the estimated 380 contacts, the series' earlier report under 'Herkomst', one channel order. Each test
failed on the code before."""

import itertools

import matplotlib.pyplot as plt
import pandas as pd
from test_helplines_r13 import built, flat

from hulplijnen.chapters.helplines import charts
from hulplijnen.presentation.figures_phone import PHONE_FIGURE

ALL = ("1712", "tele-onthaal", "stop-it-now")


def test_only_the_year_between_is_said_to_be_approximate():
    """r63 2021 #3: 'De groei sinds 2019 is bij benadering' contradicted Figuur 5, whose filled dots (2021) come from
    the published changes: only the open dots (2020) are estimates."""
    text = flat(built(ALL)[0].text)
    assert "De groei sinds 2019 is bij benadering" not in text
    assert (
        "De groei van 2019 tot 2021 volgt uit de gepubliceerde wijzigingen; die van 2019 tot 2020 is bij benadering "
        "berekend. Groeicijfers zeggen niets over hoe groot de hulplijnen tegenover elkaar zijn" in text
    )  # r64 (r64 2021 #6)


def _growth_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label": ["1712 (contacten)", "Tele-Onthaal (oproepen)", "Stop it Now! (contacten)"],
            "value": [157.0, 114.0, 146.0],
            "low": [156.5, 113.5, 145.5],
            "high": [157.5, 114.5, 146.5],
            "decimals": [0, 0, 0],
            "year": ["2021"] * 3,
            "previous": [149.0, 115.0, 164.0],
            "previous_year": ["2020"] * 3,
        }
    )


def test_the_growth_charts_phone_version_gives_the_plot_the_whole_width():
    """r63 2021 #4: at 390 px the row names took half the width and the numbers touched the dots. The phone's version
    names each row above its line, so the plot spans (nearly) the whole figure; no two of its texts overlap. The PDF's
    version keeps its names along the axis."""
    fig = charts.intervals(_growth_rows(), "t", "index (2019 = 100)", 100.0, "2019 = 100")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == list(_growth_rows()["label"])
    phone = getattr(fig, PHONE_FIGURE)()
    phone.canvas.draw()
    renderer = phone.canvas.get_renderer()
    ax = phone.axes[0]
    assert ax.get_window_extent(renderer).width > 0.85 * phone.bbox.width
    assert not any(t.get_visible() and t.get_text() for t in ax.get_yticklabels())
    texts = [t for t in ax.texts if t.get_text()]
    assert {t.get_text() for t in texts} >= set(_growth_rows()["label"])
    boxes = [t.get_window_extent(renderer) for t in texts]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    plt.close(fig)
    plt.close(phone)


def test_the_estimated_sectors_count_says_why_and_where_not_a_bare_annex_table():
    """r63 2021 #5: '380 contacten (4,7 %) … (zie Tabel 7)' sent the reader to an annex table of empty cells with no
    breakdown of the 380: the sentence says why it is an estimate and names the annex's section that explains it."""
    from hulplijnen.chapters import contact_persons
    from hulplijnen.facts import FactSheet

    chapter = flat(contact_persons.build(2021, "1712", FactSheet("c", 2021)).text)
    assert "welzijn of justitie (zie @tbl-constraints)" not in chapter
    assert (
        "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, welzijn of "
        # r67 (r67 2020 #4): how many of them are estimated
        "justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens” in de "
        "technische bijlage)." in chapter
    )


def test_herkomst_lists_the_series_earlier_report_the_chapters_cite():
    """r63 2021 #6: the 2021 report cites 'Hulplijn 1712 in 2020' twice (ch. 5, the annex for ch. 3) but 'Herkomst'
    did not list it. Listed now by title, publisher and year, with no invented web address; a release with no earlier
    report of its helplines (Tele-Onthaal's, the demo's) lists none."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline import appendix

    said = flat(appendix.release_sources({}, load_params("2021"), True))
    assert (
        "Het rapport „Hulplijn 1712 in 2020” (Departement Zorg, 2026), waarnaar de tekst verwijst, is een eerdere "
        "uitgave in dezelfde reeks." in said
    )
    assert "http" not in said.split("Hulplijn 1712 in 2020")[1].split(".")[0]
    for release in ("2020", "2021-tele-onthaal", "demo"):
        assert "waarnaar de tekst verwijst" not in flat(appendix.release_sources({}, load_params(release), True))
    two = [{"title": "A", "publisher": "P", "year": "2025"}, {"title": "B", "publisher": "P", "year": "2026"}]
    assert "De rapporten „A” (P, 2025) en „B” (P, 2026), waarnaar de tekst verwijst, zijn eerdere uitgaven" in flat(
        appendix.sources_markdown({}, False, True, two)
    )


def test_chapter_one_names_the_channels_in_one_order():
    """r63 2021 #8: chapter 1 said phone, chat, e-mail; Tabel 1 and the figures say phone, e-mail, chat."""
    from hulplijnen.chapters import channels
    from hulplijnen.facts import FactSheet

    chapter = channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021))
    lead = flat(chapter.section("channels"))
    assert lead.index("via telefoon") < lead.index("via e-mail") < lead.index("via chat")
