# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""The channels are defined once, in the glossary, by the channels the release's helplines have: Tele-Onthaal has no
e-mail (the methods named them too, before r11)."""

from hulplijnen.pipeline.glossary import glossary_markdown
from hulplijnen.presentation import text


def test_a_tele_onthaal_report_defines_no_e_mail_channel():
    glossary = glossary_markdown("oproepen per kanaal", ["tele-onthaal"])
    assert "e-mail" not in glossary
    assert "De weg waarlangs een oproep binnenkomt. Bij Tele-Onthaal: telefoon en chat." in " ".join(glossary.split())


def test_a_report_with_1712_names_e_mail():
    glossary = glossary_markdown("contacten per kanaal", ["1712", "tele-onthaal"])
    assert "telefoon, e-mail en chat." in " ".join(glossary.split())
    assert "Kanaal" not in text.render("methods.md", derived=True, about_the_same=None)
