"""r44 (r43 TO #1, #7; the lead's brief 3a, 3b): the annex names the one helpline's website from
data/helpline_contacts.csv, not the box 'Hulp nodig?'; About explains 'ongeveer evenveel' only where the text uses
it; Table 1's website changes each a count with its percentage."""

from __future__ import annotations

from test_helplines_r13 import flat
from test_tele_onthaal_r16 import _records

from hulplijnen.data import load
from hulplijnen.pipeline.about import estimate_words
from hulplijnen.pipeline.appendix import one_website, sources_markdown


def test_the_annex_names_the_one_helplines_website_from_its_contacts():
    md = flat(sources_markdown(_records(), False, True))
    site = str(load.helpline_contacts().set_index("helpline").loc["tele-onthaal", "website"])
    shown = site.removeprefix("https://").rstrip("/")
    # r47 (demo r46 #15): the website a link, as the other websites of the annex's sentences
    # r51 (r50 #4): the helpline's own figures may count differently and were not compared
    # r59 (r58 TO #6): short, no check the report did not do
    assert f"Tele-Onthaal publiceert zelf cijfers op [{shown}](https://{shown}); die kunnen anders geteld zijn." in md
    assert "{website}" not in md and "de website staat in het kader" not in md
    assert "http" not in md.replace(f"(https://{shown})", "")
    assert one_website({"tele-onthaal", "1712"}) is None


def test_the_comparison_word_is_recorded_apart_from_the_estimate_marks():
    assert estimate_words("ongeveer evenveel als in 2020")["same"]
    assert estimate_words("ongeveer even groot als in 2020")["same"]
    assert not estimate_words("ongeveer 5.420 contacten")["same"]
