"""The glossary defines the jargon a release uses, as that release has it (each test failed before)."""

import re

from hulplijnen.pipeline.glossary import glossary_markdown, glossary_terms

USED = "contacten oproepen kanaal aandeel naar geslacht context van het geweld"


def test_a_helpline_without_email_lists_no_email_channel_and_no_emails_among_its_contacts():
    glossary = glossary_markdown(USED, ["tele-onthaal"])
    assert "e-mail" not in glossary
    assert "telefoon en chat." in glossary
    assert "**contacten**" not in glossary  # Tele-Onthaal counts calls and conversations (issue 21)
    assert "Telefoongesprekken, e-mails en chatgesprekken die 1712 registreerde" in glossary_markdown(USED, ["1712"])


def test_a_release_without_tele_onthaal_does_not_mention_it():
    glossary = glossary_markdown(USED, ["1712"])
    assert "Tele-Onthaal" not in glossary
    assert "telefoon, e-mail en chat." in glossary  # 'niet geregistreerd' is no channel a contact comes by


def test_shares_are_defined_as_the_terms_they_are():
    glossary = glossary_markdown(USED, ["1712"])
    assert "Het deel van de contactnemers van wie het geslacht bekend is." not in glossary
    assert "De omgeving waarin het geweld plaatsvindt" in glossary


def test_the_sources_word_for_contacts_is_said_once():
    """2020 #22: the sources call the 8.059 contacts (phone, mail and chat) 'oproepen'."""
    glossary = " ".join(glossary_markdown(USED, ["1712"]).split())
    # r34a (2020 #6); r37 (r36 2020 #7): 'meestal', as in „oproepen”
    assert glossary.count("De bronnen van 1712 noemen ze meestal „oproepen”") == 1


# jargon a reader meets in some release: when its text has the word, the glossary defines it (the statistics terms
# only the annex uses are the annex's Methods': test_annex_r14)
JARGON = {
    "procentpunt": "procentpunt",
    "procentpunten": "procentpunt",
    "kerngezin": "kerngezin",
    "pleger": "pleger",
    "plegers": "pleger",
    "95 %-interval": "95 %-interval",
    "95\u00a0%-intervallen": "95 %-interval",
    "niveauverschuiving": "niveauverschuiving",
    "clb": "CLB",
    "optie 0": "optie 0",
    "mediaan": "mediaan",
    "keuzemenu": "keuzemenu",
    "oproeplogs": "oproeplogs",
    "openingsuren": "openingsuren",
    "schommeling door toeval": "schommeling door toeval",
}


def test_every_jargon_word_in_the_text_has_an_entry_and_only_words_in_the_text_have_one():
    for word, term in JARGON.items():
        shown = f"de contacten. een zin met {word} erin."
        glossary = glossary_markdown(shown, ["1712"])
        assert f"**{term}**" in glossary.replace("\u00a0", " "), word  # r22 2020 #14: '95 %' unbroken
    plain = glossary_markdown("de contacten kwamen binnen.", ["1712"])
    assert re.findall(r"^\*\*(.+)\*\*$", plain, re.M) == ["contacten"]


def test_no_entry_restates_a_label_or_lists_instead_of_defining():
    """2020 #21, 2021 #25: 'aandeel per contactnemer', 'rang van het jaar sinds de start', 'websitebezoekers'; list
    entries 'Kanalen' and 'Contexten van geweld'."""
    terms = {t["term"] for t in glossary_terms()}
    trivial_entries = (
        "aandeel per contactnemer",
        "contacten per groep contactnemers",
        "rang van het jaar sinds de start",
        "Kanalen",
        "Contexten van geweld",
        "kanaalaandeel",
    )
    for trivial in trivial_entries:
        assert trivial not in terms, trivial
    glossary = glossary_markdown(
        "contacten kanaal context van het geweld aandeel per contactnemer websitebezoekers", ["1712"]
    )
    assert "**Kanalen**" not in glossary and "**Contexten van geweld**" not in glossary
    # r39 (r38 TO #9): 'websitebezoekers' is back with what a label cannot say: visitors or visits
    site = glossary.replace("\u00a0", " ")
    assert "**websitebezoekers**" in site and "of het om verschillende bezoekers of om bezoeken gaat" in " ".join(
        site.split()
    )


def test_terms_are_lower_case_unless_a_name_or_an_abbreviation_and_sorted():
    terms = [t["term"] for t in glossary_terms()]
    for term in terms:
        assert term == term.lower() or term in {"CLB", "quasi-Poisson", "Wilson-interval"}, term
    assert terms == sorted(terms, key=str.lower)


def test_methods_define_no_term_the_glossary_defines():
    """demo #32: the glossary and the methods both defined contact, contactnemer, mogelijk slachtoffer and kanaal."""
    from hulplijnen.config.paths import REPORT_TEXT

    methods = (REPORT_TEXT / "methods.md").read_text(encoding="utf-8")
    for bold in ("**Contact.**", "**Contactnemer.**", "**Mogelijk slachtoffer.**", "**Kanaal.**"):
        assert bold not in methods, bold


def test_conversations_are_part_of_the_calls_not_a_count_on_top():
    """r64 (r64 TO #3): 'apart van de oproepen geteld' let a reader add conversations to calls (137.669 + 104.681);
    the report treats them as the calls that led to a conversation, in every release that shows the entry."""
    for helplines_ in (["tele-onthaal"], ["1712", "tele-onthaal"]):
        words = " ".join(glossary_markdown("de oproepen en de gesprekken", helplines_).split())
        assert "apart van de oproepen geteld" not in words
        reading = "vermoedelijk een oproep via telefoon of chat waarin de hulplijn met de oproeper sprak of schreef."
        assert reading in words
        assert "Zo gelezen zijn de gesprekken een deel van de oproepen, geen aantal dat erbij komt." in words
