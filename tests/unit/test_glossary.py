"""The glossary defines the terms a release uses, as that release has them (each test failed before)."""

from hulplijnen.pipeline.appendix import glossary_markdown

USED = "contacten oproepen kanaal aandeel naar geslacht context van het geweld"


def test_a_helpline_without_email_lists_no_email_channel_and_no_emails_among_its_contacts():
    glossary = glossary_markdown(USED, ["tele-onthaal"])
    assert "e-mail" not in glossary
    assert "telefoon, chat." in glossary
    assert "**Contacten**" not in glossary  # Tele-Onthaal counts calls and conversations (issue 21)
    assert "Oproepen, e-mails en chatgesprekken met de" in glossary_markdown(USED, ["1712"])


def test_a_release_without_tele_onthaal_does_not_mention_it():
    glossary = glossary_markdown(USED, ["1712"])
    assert "Tele-Onthaal" not in glossary
    assert "telefoon, e-mail, chat." in glossary  # 'niet geregistreerd' only where the report says it


def test_shares_are_defined_as_the_terms_they_are():
    glossary = glossary_markdown(USED, ["1712"])
    assert "Het deel van de contactnemers van wie het geslacht bekend is." not in glossary
    assert "De omgeving waarin het geweld plaatsvindt" in glossary


def test_a_release_without_tele_onthaal_defines_conversations_without_it():
    glossary = glossary_markdown(USED + " gesprekken", ["1712"])
    assert "**Gesprekken**" in glossary and "Tele-Onthaal" not in glossary
