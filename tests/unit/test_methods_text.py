# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""The general methods define only what the release's report uses: 1712's contact persons and possible victims
where 1712 is covered, Tele-Onthaal's calls and conversations where Tele-Onthaal is."""

import pytest

from hulplijnen.presentation import text


@pytest.mark.parametrize(
    ("helplines", "used", "present", "absent"),
    [
        (
            ["1712"],
            "contactnemers mogelijke slachtoffers pleger",
            ["**contactnemer**", "**mogelijk slachtoffer**", "„dader”"],
            ["Tele-Onthaal"],
        ),
        (
            ["tele-onthaal"],
            "oproepen gesprekken contactnemer",
            # r30 TO #7: no circular entries for Tele-Onthaal's words; r31 TO #3: what is known of each, per channel
            ["**gesprekken**", "**oproepen**", "de hulplijn belde of een chat", "met de oproeper sprak of"],
            ["**contactnemer**", "Dit rapport leest", "opgenomen oproepen", "onbeantwoord"],
        ),
        (
            ["1712", "tele-onthaal", "stop-it-now"],
            "contactnemer gesprekken",
            # Tele-Onthaal's conversations by its own channels, not the release's (it has no e-mail)
            ["**contactnemer**", "**gesprekken**", "een oproep via telefoon of chat waarin de hulplijn"],
            ["e-mail en chat voerde"],
        ),
    ],
)
def test_the_glossary_follows_the_helplines_and_the_methods_define_nothing_it_defines(helplines, used, present, absent):
    from hulplijnen.pipeline.glossary import glossary_markdown

    glossary = glossary_markdown(used, helplines)
    assert all(p in glossary for p in present), glossary
    assert not [a for a in absent if a in glossary], glossary
    methods = text.render("methods.md", derived=True, about_the_same=None)
    assert "Contactnemer" not in methods and "Mogelijk slachtoffer" not in methods
    assert '"' not in methods, "quotations in the report open with „ and close with ”"
    assert "\n\n\n" not in methods and " \n" not in methods


def test_derived_values_are_explained_only_in_a_release_that_shows_one():
    """A release without a range derived from a rounded change (the demo, 2020) has no such paragraph."""
    assert "**Afgeleide waarden.**" in text.render("methods.md", derived=True, about_the_same=None)
    assert "Afgeleide waarden" not in text.render("methods.md", derived=False, about_the_same=None)


def test_the_about_the_same_rule_is_explained_with_its_one_constant():
    from hulplijnen.data.statements import ABOUT_THE_SAME_POINTS

    shown = text.render("methods.md", derived=False, about_the_same=ABOUT_THE_SAME_POINTS)
    # the words the chapters use (r12 2021 #4: no 'licht lager' any more), with the constant that decides them
    # r16 2021 #15 and r20 2021 #16: a heading of its own paragraph, not run on mid-paragraph; one voice, no 'we'
    assert "\n\n**Wat „ongeveer even groot” betekent.** Dit rapport zet" in shown
    assert " we " not in shown and "schrijven we" not in shown
    after_derived = text.render("methods.md", derived=True, about_the_same=ABOUT_THE_SAME_POINTS)
    # r34 TO #5: the derived paragraph ends with the word rule; the rule still a paragraph of its own
    assert "twee afgeronde percentages.\n\n**Wat „ongeveer even groot” betekent.**" in after_derived
    assert f"{ABOUT_THE_SAME_POINTS:.0f} procentpunten" in shown
    # round 15 (2021 #11): the chapters no longer say the size; the rule keeps its example
    assert "licht lager" not in shown.lower() and "tussen 1 en 2 procentpunten lager" in shown
    assert "binnen wat de afronding toelaat”" not in shown
    without = text.render("methods.md", derived=False, about_the_same=None)
    assert "ongeveer even groot" not in without
