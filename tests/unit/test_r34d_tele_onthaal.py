# r54 (r54 TO #2, 2021 #1): pinned wording follows the r54 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 34 (Tele-Onthaal findings of r33: #1, #2, #5-#11, #13; 2021 #2): the published facts lead, the estimate of the
other conversations second with its context from the ranges, what the calls-conversations gap is not, one plain
sentence on estimates, the chapter's order, Table 2's ranges and caption, Figure 1's legend and phone version."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from r39_wording import CHAT, GAP_SHARE, HEADLINE, OTHER, SUMMARY_OTHER  # r39 (r38 TO #2, #4-#6)
from test_helplines_r13 import built, flat, summary_of_release

from hulplijnen.chapters.helplines import charts, corona
from hulplijnen.presentation import figures_phone

ROOT = Path(__file__).resolve().parents[2]


def test_the_level_rule_decides_from_the_ranges():
    """#1, 2021 #2: 'ongeveer evenveel' only where every value the ranges allow lies within ±2 %."""
    assert corona.at_level(-0.31, 0.9) and corona.at_level(-2.0, 2.0)
    assert not corona.at_level(-0.3, 2.5) and not corona.at_level(-3.0, 1.0)


def test_the_chapter_leads_with_the_published_facts_and_hedges_the_estimate_with_2019():
    """#1, 2021 #2: the lead was 'ruim 10.000 meer andere gesprekken', a derived number easy to over-read."""
    text = flat(built()[0].text)
    # r35 TO #2: the opening's story was the key message word for word: the facts once, in their paragraphs
    # r47 (r46 TO findings): wording changed on purpose
    assert "Dat is 15,3 % meer dan in 2019 en iets minder dan in 2020 (−1,1 %)." in text
    assert (
        # r56 (r55 TO #9): pin follows the new wording; r60 (r59 2021-tele-onthaal #2): the Methods' 'veel lager'
        # r61 (r61 TO #4): pin follows the new wording
        "In 2021 was 13 % van de gesprekken coronagerelateerd, tegen 24,1 % in 2020, het eerste coronajaar."
    ) in text
    assert (
        # r36 TO #2; r37 (r36 TO #1, #5): what was counted; the rise as its range
        OTHER
    ) in text
    assert "meer andere gesprekken" not in text and text.count("24,1 %") == 1 and "procentpunten" not in text  # #6, #13


def test_the_2021_section_tells_the_estimate_with_its_context_too():
    """2021 #2: '§ 6.1: stegen naar schatting met ruim 10.000 (ongeveer 13 %)' suggested growth."""
    text = flat(built(("1712", "tele-onthaal", "stop-it-now"))[0].text)
    # r35 TO #2: the first corona year named where the shares are (the Tele-Onthaal report's opening no longer does)
    assert (
        # r56 (r55 TO #9): pin follows the new wording; r60 (r59 2021-tele-onthaal #2): the Methods' 'veel lager'
        # r61 (r61 TO #4): pin follows the new wording
        "In 2021 was 13 % van de gesprekken coronagerelateerd, tegen 24,1 % in 2020, het eerste coronajaar."
    ) in text
    # r41 (r40/r41 TO #5): an estimate 'naar schatting'
    assert "ongeveer evenveel als alle gesprekken in 2019, vóór corona (naar schatting 90.800)" in text
    assert "stegen naar schatting" not in text


def test_the_gap_is_said_to_be_no_measure_of_unanswered_calls():
    """#2: a quarter of the calls became no conversation; what that means was only in the glossary."""
    text = flat(built()[0].text)
    assert (
        # r36 TO #5; r37 (r36 TO #3): the years in the sentence of the share; r38 (r37 TO #6): the gap's cause
        # r40 (TO r39 #9): no 'ingehaakt' call
        GAP_SHARE + " Waar dat verschil vandaan komt (oproepen die niemand beantwoordde, waarbij de oproeper inhaakte "
        "of niets zei, of die herhaald werden), is niet bekend; het verschil is dus niet zonder meer het aantal "
        "onbeantwoorde oproepen."  # r63 (r63 2021-tele-onthaal #1): 'niet zonder meer', not 'geen maat'
    ) in text
    # r36 TO #4: one measure, the gap as a share of the calls
    assert CHAT in text  # r39 (r38 TO #4): against both earlier years
    assert "werd naar schatting een groter deel van de oproepen een gesprek" not in text


def test_the_chapter_reads_calls_conversations_channels_corona_website():
    """#7: 'Website' stood between the corona and the channel paragraphs."""
    text = flat(built()[0].text)
    order = [
        "**Gesprekken.**",
        "**Per kanaal.**",
        "**Veel lager aandeel coronagerelateerde gesprekken.**",
        "**Wat niet bekend is.**",
        # r61 (r59 2021-tele-onthaal #6): the website a section of its own, in the contents, after what is not known
        # of the calls and conversations
        "## Websitebezoekers {.unnumbered} De website kreeg 174.063 bezoekers in 2021",
    ]
    assert [text.index(o) for o in order] == sorted(text.index(o) for o in order)
    assert "**Website.**" not in text and ".\n\n## Websitebezoekers {.unnumbered}\n\nDe website" in built()[0].text


def test_the_summary_leads_with_the_published_facts():
    """#1, #6, 2021 #2: the published fact first, the estimate hedged with its 2019 context; the level said once."""
    md = summary_of_release(["tele-onthaal"])
    # r36 TO #2; r37 (r36 TO #1, #5): what was counted; the rise as its range
    # r45: (r44 TO #7a, #7b) the headline counts first; the rise then the year's estimate
    assert ("- " + HEADLINE + " " + SUMMARY_OTHER) in md
    assert "waren er ongeveer evenveel gesprekken als in 2020" not in md
    assert "- **Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat" in md
    assert md.count("het eerste coronajaar") == 1


def test_table_2_ranges_carry_no_about_sign_and_its_caption_one_colon():
    """#8, #13: '≈ 13.000 tot 14.200' hedged twice; 'Tabel 2: Tele-Onthaal: oproepen' had two colons."""
    table = built()[0].tables["channels"].set_index("Cijfer")
    # r37 (r36 TO #11): the range in brackets after its count, itself without '≈'
    # r39 (r38 TO #13): the range in the note; r47 (r46 TO #10): the rows labelled as totals
    # r56 (r55 TO #2): as precise as its range allows (width_count)
    assert table.loc["totaal – coronagerelateerde gesprekken", "2021"] == "≈\u00a014.000"
    assert table.loc["totaal – andere gesprekken", "2020"].startswith("≈")
    # r37 (r36 TO #8): no legend in the caption (cryptic): the note under the table says it
    from caption_words import QUIET

    from hulplijnen.presentation import caption_text

    # r39: the caption is the chapter's captions.md (was channel_years.CAPTION); the helpline's name stands for {}
    CAPTION = caption_text.render("chapters/helplines/captions.md", QUIET | {"channels_of": ["{}"]}).plain[
        "tbl_helpline_channels"
    ]
    assert not CAPTION.startswith("{}:") and ":" not in CAPTION


def test_about_these_figures_has_one_plain_sentence_on_estimates():
    """#5: the word rule ('ruim', ranges) is the annex's."""
    about = (ROOT / "report" / "about.md").read_text(encoding="utf-8")
    assert "zijn schattingen" in about and "ondergrens" not in about  # r36 TO #8: ', net als een bereik' may follow
    # r36 (r35 2020 #1): 'naar schatting' joins 'ongeveer' and 'rond', so the template's line breaks moved
    methods = (ROOT / "report" / "methods.md").read_text(encoding="utf-8")
    assert "ondergrens" not in methods  # r37 (r36 TO #1): no 'ruim' estimate, its two ends known
    # r37 (r36 2020 #14): only the words the chapters use, each from estimate_words
    assert "„naar schatting”" in methods and "„rond”" in methods and 'w.get("around")' in methods


def _rows() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"year": y, "measure": m, "low": lo, "high": hi, "exact": y == 2021}
            for y, m, lo, hi in [
                (2019, "calls", 120_000, 121_000),
                (2019, "conversations", 90_000, 91_000),
                (2021, "calls", 137_669, 137_669),
                (2021, "conversations", 104_681, 104_681),
            ]
        ]
    )


def test_figure_1_legend_swatches_match_the_bars_and_the_phone_shows_every_number_level():
    """#10: 'oproepen' was solid beside light hatched bars; #11: at 390 px the numbers stood upright, and the phone
    left them out. r37 (TO r36 #7): a phone reader saw bars without values: the phone's version draws a panel per
    measure, each column wide enough for its number, level above it at the phone's size, none touching another."""
    fig = charts.calls_conversations(_rows(), "t", {})
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    # r37 (r36 TO #9): the annex's word with the bars' mark
    assert labels == [  # r39 (r38 2021 #14): the legend's word is the tables' "schatting"
        "oproepen",
        "gesprekken",
        "oproepen, schatting (≈)",
        "gesprekken, schatting (≈)",
    ]
    assert not hasattr(figures_phone, "NO_VALUES")
    phone = getattr(fig, figures_phone.PHONE_FIGURE)()
    figures_phone.png_bytes(fig)  # draws its own phone version and closes it
    figures_phone.png_bytes(phone)
    # r61 (r59 2021-tele-onthaal #4): the phone's panels say what the axis counts, as the desktop's axis title does
    assert [ax.get_title(loc="left") for ax in phone.axes] == [
        "oproepen (aantal per jaar)",
        "gesprekken (aantal per jaar)",
    ]
    numbers = [t for ax in phone.axes for t in ax.texts if t.get_visible() and any(c.isdigit() for c in t.get_text())]
    assert sorted(t.get_text() for t in numbers) == sorted(t.get_text() for ax in fig.axes for t in ax.texts)
    assert all(not t.get_rotation() and t.get_fontsize() >= figures_phone.MIN_PT for t in numbers)
    renderer = phone.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in numbers]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    plt.close(phone)
    plt.close(fig)
