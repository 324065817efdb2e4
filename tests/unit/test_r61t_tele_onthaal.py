"""r61, the r59 review of the Tele-Onthaal release: Tabel 1's caption says whose figures of which year (#8: the heading
„Kerncijfers” right above a caption „Kerncijfers”)."""

from __future__ import annotations

from test_helplines_r13 import summary_of_release


def test_the_key_figures_caption_names_the_helpline_and_the_year_not_the_heading_again():
    md = summary_of_release(["tele-onthaal"])
    assert ": Tele-Onthaal in 2021 in één oogopslag {#tbl-key-figures}" in md
    assert ": Kerncijfers" not in md and md.count("## Kerncijfers {#sec-key-figures .unnumbered}") == 1


def test_the_caption_of_several_helplines_names_each_whose_figures_it_shows():
    md = summary_of_release(["1712", "tele-onthaal", "stop-it-now"])
    caption = md[md.index("{#tbl-key-figures}") - 120 : md.index("{#tbl-key-figures}")]
    assert " in 2021 in één oogopslag " in caption and ": Kerncijfers" not in md
    assert "Tele-Onthaal" in caption and (", " in caption.split(": ")[-1] or " en " in caption.split(": ")[-1])
