"""The general methods name only the channels the release's helplines have: Tele-Onthaal has no e-mail."""

from hulplijnen.presentation import text


def test_a_tele_onthaal_report_defines_no_e_mail_channel():
    methods = text.render("methods.md", helplines=["tele-onthaal"], derived=True, about_the_same=None)
    assert "e-mail" not in methods
    assert "**Kanaal.** Telefoon of chat." in methods


def test_a_report_with_1712_names_e_mail():
    assert "**Kanaal.** Telefoon, e-mail of chat." in text.render(
        "methods.md", helplines=["1712", "tele-onthaal"], derived=True, about_the_same=None
    )
