# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round 22, the r21 readers of 2020 and 2021 (review/r21): what 1712's contacts and calls count (2020 #2, 2021 #4),
the two margins of the campaign-effect table (2020 #3), the source's code labels (2020 #10), no launch year no source
states (2021 #17), no launcher read from a campaign's title (2021 #18), and the wording of 2020 #11, #14, #15. Each
test failed on the code before."""

from __future__ import annotations

import pandas as pd

from hulplijnen.facts import FactSheet
from hulplijnen.pipeline.glossary import glossary_markdown

# the estimate for the campaign of 6 October 2020 as the campaigns chapter makes it (one row)
OCTOBER = {
    "start": ["2020-10-06"],
    "observed": [670],
    "counterfactual": [662.0],
    "counterfactual_low": [530.0],
    "counterfactual_high": [813.0],
    "effect_pct": [1.2],
    "effect_low_pct": [-34.0],
    "effect_high_pct": [51.8],
    "flags": ["geen effect aan te tonen"],
}


def october() -> pd.DataFrame:
    return pd.DataFrame(OCTOBER).assign(start=lambda d: pd.to_datetime(d["start"]))


def entry(glossary: str, term: str) -> str:
    """One entry's definition, on one line."""
    after = glossary.split(f"**{term}**", 1)[1]
    return " ".join(after.split("\n\n", 1)[0].split()).removeprefix(": ")


def test_1712s_contacts_are_the_registered_ones_and_the_answer_rate_counts_something_else():
    """2020 #2, 2021 #4: 'contacten' said calls with the helpline, 'oproepen' 'ook die niemand beantwoordde': the
    8.059 read as demand, though each has a contact person, a gender and an age."""
    glossary = glossary_markdown("contacten oproepen", ["1712"])
    contacts = entry(glossary, "contacten")
    assert contacts.startswith("Telefoongesprekken, e-mails en chatgesprekken die 1712 registreerde.")
    # r31 (2021 #4): one meaning per word: 1712's own name for its contacts, and no caveat in a definition;
    # r34a (2020 #6, 2021 #15): the sources' 'oproepen' are all contacts, this report's only incoming phone calls
    # r37 (r36 2020 #7): 'meestal', as the entry „oproepen” says
    assert "De bronnen van 1712 noemen ze meestal „oproepen”; dit rapport noemt ze „contacten”." in contacts
    assert "leest dit rapport" not in contacts and "wellicht" not in glossary
    calls = entry(glossary, "oproepen")
    # r37 (r36 2021 #9): one meaning, the report's own; the sources' wider use a pointer to „contacten”
    # r38 (r37 2021 #4): no definition the sources do not give; the sources' use only
    assert calls == "De bronnen van 1712 gebruiken het woord meestal voor alle contacten (zie „contacten”)."
    incoming = entry(glossary_markdown("inkomende oproepen", ["1712"]), "inkomende oproepen")
    assert incoming == "Alle telefonische oproepen die bij de hulplijn binnenkwamen, ook die niemand beantwoordde."
    # a release with the call logs (the demo) has that count: the offered calls, one word for it (demo r24 #7)
    # demo r28 #3: the demo's word for them is 'belpogingen'
    demo = glossary_markdown("contacten oproepen belpogingen", ["1712"], ["capacity"])
    # r36 (demo r35 #3): the sources' word, all contacts; the report's own words for the attempts and the contacts
    # r38 (demo r37 #15): 'contacten' already says the sources call them 'oproepen': a pointer there, not twice
    # r41 (r41 demo #5): the sources' word covers every channel; the report's three words each with what it counts
    calls = (
        # r45 (r44 demo #3): mostly every channel: the answer to question 282 also says it of phone calls only
        "Zie „contacten”. In de bronnen meestal alle contacten (telefoon, e-mail, chat), soms alleen telefoontjes "
        "(„beantwoorde telefonische oproepen”). Dit rapport zegt contacten (alle "
        "kanalen), telefooncontacten (geregistreerd) of belpogingen (uit de oproeplogs)."
    )
    assert entry(demo, "oproepen") == calls
    assert entry(demo, "contacten").startswith("Telefooncontacten, e-mails en chatgesprekken die 1712 registreerde.")
    assert "**inkomende oproepen**" not in demo
    both = entry(glossary_markdown("contacten oproepen gesprekken", ["1712", "tele-onthaal"]), "oproepen")
    # r34a (2021 #15): 1712's, then Tele-Onthaal's reading, once; r37 (r36 2021 #9, TO #4): one meaning each
    # r38 (r37 2021 #4): the sources' use, no definition of the report's own
    assert both.startswith("Bij 1712: de bronnen van 1712 gebruiken het woord meestal voor alle contacten")
    assert both.count("Bij Tele-Onthaal: de bron omschrijft het niet; vermoedelijk elke keer") == 1


def test_the_effect_table_says_what_each_margin_is():
    """2020 #3: 670 against 662 (530 tot 813) but an effect of +1,2 % (−34,0 % tot +51,8 %), not 670/813 − 1 =
    −17,6 %: the effect's margin holds the chance of the month itself, the expected count's does not."""
    from hulplijnen.chapters.campaigns import effects_table

    est = october()
    columns = list(effects_table(est, pd.Series(["sport"])).columns)
    assert "Verwacht zonder campagne (marge van het gemiddelde)" in columns
    assert "Effect (marge met het toeval van de maand)" in columns


def test_the_campaign_annex_explains_why_the_effect_margin_is_wider(plain):
    from hulplijnen.chapters import campaigns

    chapter = campaigns.build(2020, "1712", 1, 12, 20, FactSheet("campaigns", 2020))
    model = plain(chapter.section("model"))  # r22 2020 #8: a short note
    # r25 2020 #13 (round 26): no table, so no expected count beside the effect: one margin, said as too wide
    assert "De marge van het effect is breder" not in model
    # r33 2020 #15; r37 (r36 2020 #3): what the margin is of, in plain words
    # r38 (2020 r37 #6): the interval's level named in the annex
    # r66 (r66 2020 #9): the interval computed directly from the fit, no longer from draws: +55 %, not +52 %
    assert (
        "volgens het model lag het aantal contacten in oktober 2020 ergens tussen 34 % lager en 55 % hoger dan zonder "
        "campagne te verwachten was (betrouwbaarheidsinterval van 95 %): een effect is dus niet aan te tonen en ook "
        "niet uit te sluiten." in model
    )
    claim = plain(chapter.section("claim"))  # 2020 #11: the data cannot tell, no denial
    assert "niet aan een campagne toe te schrijven" not in claim
    assert "is niet uit te maken welk deel van de stijging van een campagne kwam" in claim  # r23 #3, r26 #7


def test_no_launcher_is_read_from_a_campaign_title(plain):
    """2021 #18: 'Vlaamse provinciehoofdsteden' and '1712 met Febelhair' came from the titles; the minister names
    no one who launched them. r22 2021 #10: a reader then read the titles as naming them: the source is unclear, so
    no column puts 'niet vermeld' beside those titles; the lead-in counts the launchers the list names."""
    from hulplijnen.chapters import campaigns
    from hulplijnen.data import load

    rows = load.campaigns().set_index("campaign_id")
    # r24 2021 #6: the list's item names its actors ('24 november 2021: Vlaamse provinciehoofdsteden maken vuist
    # tegen geweld'; '1712-dag. Campagne i.s.m. Febelhair'): they are the launchers, quoted in the locator
    assert rows.loc["c2021_provincial_capitals", "launched_by"] == "Vlaamse provinciehoofdsteden"
    assert rows.loc["c2021_provincial_capitals", "launcher_from"] == "title"  # r30 2021 #19: inferred, marked
    # r54 (r54 2021 #7): the 17 December 1712-dag names no launcher either: read from the day's name, marked
    read = ["c2021_provincial_capitals", "c2021_perpetrators", "c2021_1712_day"]
    assert set(rows.drop(read)["launcher_from"]) == {"list"}
    assert rows.loc["c2021_perpetrators", "launcher_from"] == "title"  # r53 (r53 2021 #7)
    assert rows.loc["c2021_1712_day", "launcher_from"] == "title"
    assert "Vlaamse provinciehoofdsteden maken vuist" in rows.loc["c2021_provincial_capitals", "locator"]
    assert rows.loc["c2021_1712_day", "launched_by"] == "1712"
    assert "i.s.m. Febelhair" in rows.loc["c2021_1712_day", "locator"]
    assert "in samenwerking met Febelhair" in rows.loc["c2021_1712_day", "name_nl"]  # the partner the source names
    assert rows.loc["c2021_als_je_eens_wist", "launched_by"] == "niet vermeld"  # the one item naming no actor
    chapter = campaigns.build(2021, "1712", 1, 12, 20, FactSheet("campaigns", 2021))
    # r29 2021 #17 (round 30): who launched which is the table's column, 'niet vermeld' where no one is named
    assert list(chapter.tables["calendar"].columns) == ["Datum", "Campagne", "Initiatiefnemer"]
    assert list(chapter.tables["calendar"]["Initiatiefnemer"]) == [
        "niet vermeld",
        "1712 ¹",  # r53 (r53 2021 #7): read from the campaign's title, marked
        "1712",
        "Vlaamse provinciehoofdsteden ¹",  # r30 2021 #19 (round 31): read from the campaign's title, marked
        "federale staatssecretaris voor gelijke kansen",
        "1712 ¹",  # r54 (r54 2021 #7): the 1712-dag names no launcher, read from the day's name, marked
    ]
    assert "niet vermeld" not in chapter.text and "1712 met Febelhair" not in chapter.text
    assert "lanceerde" not in plain(chapter.section("calendar"))


def test_the_launch_year_no_source_states_is_not_printed(plain):
    """2021 #17: 'het hoogste sinds de start van de hulplijn in 2012': the sources say 'sinds de oprichting' and
    '3x meer dan in 2012', never when 1712 started."""
    from hulplijnen.chapters import channels
    from hulplijnen.chapters.channels import over_years

    found = over_years.rank_since_launch(2021, "1712", FactSheet("t", 2021))
    assert found["rank"] == 1 and found["launched"] is None
    text = plain(channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021)).text)
    # r22 2021 #2: the finding first; r32 2021 #1: the contacts answered and registered, not demand
    assert text.startswith("In 2021 registreerde 1712 volgens de kerncijfers meer contacten dan ooit: **8.515**;")
    assert "in 2012." not in text.replace("dan in 2012.", "").replace("als in 2012.", "")


def test_the_code_labels_are_the_sources():
    """2020 #10: 'werkt met kinderen en jongeren' was the report's reading of the source's '4100 - kinderen en
    jongeren'."""
    from hulplijnen.data import load

    labels = load.codebook("contact_person_codes").set_index("code")["label_nl"]
    assert labels["4100"] == labels["5100"] == labels["6100"] == "kinderen en jongeren"
    assert labels["4200"] == labels["5200"] == labels["6200"] == "volwassen"
    assert labels["6300"] == "ouderen"
    assert not labels.str.contains("werkt met").any()


def test_the_foster_family_sentence_reads_one_way(plain):
    """2020 #14: 'Het pleeggezin telt dit rapport niet bij de familie' read as the foster family not counting."""
    from hulplijnen.chapters import contexts

    text = plain(contexts.build(2020, "1712", FactSheet("contexts", 2020)).section("family"))
    assert "Het pleeggezin telt dit rapport" not in text
    # r22 2020 #3, #12: one short clause beside the share; the 91,8 % with the foster family is the annex's
    # r24 2020 #7: not even a clause in the chapter: the foster family's place is the annex's
    assert "pleeggezin" not in text and "91,8 %" not in text


def test_the_small_slips_of_2020(persons_2020, plain):
    """2020 #15: 'dat dat wellicht', 'ongeveer 100 meer' (100 what?)."""
    from hulplijnen.presentation import fmt

    text = plain(persons_2020.section("groups"))
    assert "dat dat" not in text
    # r41 (r41 2020 #6): deliberately changed wording
    assert (
        # r59 (r58 2020 #5): the source's own word, "een honderdtal"
        "zoals geciteerd in het antwoord van de minister, kwamen er van buren een honderdtal contacten meer dan in"
        " 2019." in text
    )
    assert fmt.difference_words(-5, "contacten") == "5 contacten minder dan"
    assert fmt.difference_words(-36460) == "36.460 minder dan"


def test_r22_glossary_keuzemenu_reads_voordat():
    """r22 2020 #16: 'voor een hulpverlener opneemt' read as 'for a helper'."""
    keuze = entry(glossary_markdown("het keuzemenu", ["1712"]), "keuzemenu")
    assert keuze.startswith("De keuzes die wie belt te horen krijgt voordat een hulpverlener opneemt")


def test_r22_tele_onthaals_oproepen_is_a_reading_not_a_definition():
    """r22 TO #5: 'Elke inkomende oproep of chataanvraag …' stood as a definition; the source defines neither word.
    r24 TO #1, #11: two readings with one preferred were read as 'a quarter of the calls unanswered': one neutral
    line that claims nothing the source does not say; the report's assumption is the annex's."""
    # r26 TO #12: no entry at all (it said nothing); the chapter says once that Tele-Onthaal defines neither word
    glossary = glossary_markdown("oproepen gesprekken", ["tele-onthaal"])
    # r30 TO #7: no circular entry; r31 TO #3: an entry again, with what is known and that the source does not
    # define it; still no reading ('opgenomen', 'binnenkwam') and no 'unanswered'
    assert (
        "**oproepen**" in glossary
        # r49 (r48 TO #10): 'De bron omschrijft het niet;' first, then 'Ze zegt ook niet …'
        and "zegt ook niet of een oproep die niemand beantwoordde, een stille of een afgebroken"
        in " ".join(glossary.split())
    )
    assert "opgenomen" not in glossary and "binnenkwam" not in glossary and "onbeantwoord" not in glossary
