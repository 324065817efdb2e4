"""r53 demo readers: the published months per channel shown in chapter 1 (#1), why the made-up logs give no count of
callers (#2), the lockdown's start from the campaign that names it (#5), why call-backs are few (#6), the made-up
logs' opening hours (#7), no 'ongeveer' before a decimal and no 'iets drukker' (#8)."""

import pandas as pd

from hulplijnen.chapters.capacity import demand
from hulplijnen.chapters.registration import SHOWN, months
from hulplijnen.facts import FactSheet, keys

SYNTHETIC = {"synthetic": {"seed": 1712}}
# the seed's table (answer to question 282): January to December, phone, e-mail (August corrected 20 -> 90), chat, no
# channel, total
SEED = [
    ("januari", 422, 90, 21, 0, 533),
    ("februari", 421, 124, 24, 0, 569),
    ("maart", 423, 113, 29, 0, 565),
    ("april", 634, 225, 108, 0, 967),
    ("mei", 509, 143, 90, 0, 742),
    ("juni", 512, 120, 81, 0, 713),
    ("juli", 464, 111, 90, 0, 665),
    ("augustus", 493, 90, 100, 0, 683),
    ("september", 398, 93, 74, 1, 566),
    ("oktober", 459, 111, 97, 3, 670),
    ("november", 512, 115, 91, 0, 718),
    ("december", 455, 105, 106, 2, 668),
]


def test_the_demo_shows_the_published_months_per_channel_as_the_seed_gives_them():
    """#1: the cover says the months per channel are the only real figures; the report showed only their totals."""
    facts = FactSheet("registration", 2020)
    table, said = months.published(SYNTHETIC, "1712", facts)
    assert list(table.columns) == ["Maand", "Telefoon", "E-mail", "Chat", "Niet ingevuld", "Totaal"]
    rows = [tuple(r) for r in table.itertuples(index=False)]
    for row, seed in zip(rows, SEED, strict=False):
        cells = [c.replace(" ¹", "").replace(".", "") for c in row[1:]]
        assert (row[0], *map(int, cells)) == seed
    assert rows[7][2] == "90 ¹"  # the corrected August e-mail cell, marked
    assert rows[-1] == ("Totaal", "5.702", "1.440", "911", "6", "8.059")
    assert said["corrected"] == [{"published": 20, "used": 90}]
    assert (said["peak_month"], said["peak"]) == ("2020-04", 967)
    (chat,) = said["stepped"]
    assert (chat["label"], chat["month"], chat["before_low"], chat["before_high"]) == ("chat", "2020-04", 21, 29)
    assert (chat["after_low"], chat["after_high"]) == (74, 108)
    assert facts.get(keys.export("1712", "published_peak_month_contacts")) == 967


def test_a_real_export_shows_no_published_months():
    facts = FactSheet("registration", 2020)
    assert months.published({"path": "x.csv"}, "1712", facts) == (None, None)


def test_the_months_table_follows_the_channels_table_with_its_caption_and_note(registration_text):
    labels = [getattr(p, "label", getattr(p, "name", None)) for p in SHOWN]
    assert labels.index(months.LABEL) == labels.index("tbl-export-channels") + 2
    table, said = months.published(SYNTHETIC, "1712", FactSheet("registration", 2020))
    text = registration_text(months=said)
    assert (
        "@tbl-export-monthly geeft die gepubliceerde aantallen per maand. Over alle kanalen samen was april 2020 de "
        "drukste maand, met 967 contacten; het aantal contacten via chat nam in die maand sterk toe, van 21 tot 29 per "
        "maand daarvoor naar 74 tot 108 per maand vanaf april." in text
    )
    assert "¹ Verbeterd: in de bron staat hier 20 (zie „Herkomst” in de technische bijlage)."  # r54 in text
    assert "@tbl-export-monthly" not in registration_text(months=None)
    from hulplijnen.chapters.registration import SPEC
    from hulplijnen.presentation import caption_text

    words = caption_text.render(SPEC.captions, {"made_up": True}).plain
    assert words["tbl_export_monthly"] == "Contacten per maand en kanaal (overgenomen uit de gepubliceerde cijfers)"


def test_why_no_callers_are_counted_is_said_plainly(capacity_text):
    """#2: 'Met deze verzonnen oproeplogs kan dat niet: dan waren er minder bellers dan beantwoorde belpogingen' could
    not be followed, and read as if the published figures contradicted each other."""
    callers = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}
    said = capacity_text(callers=callers, answered=5702, offered=13055, worst=None)
    assert "kan dat niet" not in said
    # r54 (r54 demo #5): of the anchored months
    # r60 (r59 demo #1): the made-up logs said once, as the reason
    # r66 (r66 demo #3): the tuned months are the figure's caption's and the paragraph's under it, not again here
    assert "de oproeplogs zijn verzonnen. Ook met echte oproeplogs" in said and "zijn ze afgestemd" not in said
    assert "„van de oproepen” uit de bron" in said  # the source does not say it counts attempts; r66 (#4): quoted
    assert "Deze demo geeft geen aantal bellers" in said and "4.351" not in said  # r60 (r59 demo #1)


def test_the_lockdown_in_march_rests_on_the_campaign_that_names_it(registration_sections, lockdown_told):
    """#5: 'de laatste weken van maart, toen de lockdown al begonnen was': the sources give no start date."""
    months_ = [f"2020-{m:02d}" for m in range(1, 8)]
    monthly = pd.DataFrame({"month": months_, "offered": [800] * 7, "answered": [400] * 7})
    facts = FactSheet("capacity", 2020)
    told = demand.peak("1712", 2020, monthly, facts, None, SYNTHETIC)
    assert told["began_on"] == "2020-03-23"
    assert facts.get(keys.reach("1712", "lockdown_campaign_date")) == "2020-03-23"
    said = registration_sections(synthetic=True, demand={**lockdown_told, **told})["daily"]  # r61 (r59 demo #2)
    assert "toen de lockdown al begonnen was" not in said and "laatste weken" not in said
    assert (
        "omvat ook eind maart: volgens het antwoord op schriftelijke vraag nummer 282 liep de campagne van 23 maart "
        "2020 al tegen de achtergrond van de lockdown." in said
    )


def test_the_few_call_backs_have_the_answers_reason(capacity_text):
    """#6: 'Dit rapport neemt aan dat het om weinig gesprekken gaat' gave no reason; the answer gives one."""
    said = capacity_text(answered=5702, offered=13055, worst=None)
    assert "weinig gesprekken gaat, omdat volgens het antwoord op schriftelijke vraag nummer 282 veel bellers" in said
    assert "Dit rapport neemt aan dat het om weinig gesprekken gaat. " not in said


def test_the_opening_hours_are_the_made_up_logs(capacity_text):
    """#7: 'Hier is de telefoon open' was read as 1712's own hours."""
    said = capacity_text(calls=True)
    assert "In deze verzonnen oproeplogs is de telefoon open op werkdagen van 9 tot 17 uur" in said
    assert "Hier is de telefoon open" not in said


def test_no_about_before_a_decimal_and_no_slightly_busier(capacity_text):
    """#8: 'ongeveer 88,3 %' and 'iets drukker' without a rule in the Methods."""
    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    methods = environment(TEXT_FOLDERS, False).get_template("chapters/registration/methods.md")
    source = methods.environment.loader.get_source(methods.environment, "chapters/registration/methods.md")[0]
    assert 'ongeveer {{ values[st ~ "erlang_at_need_pct"]' not in source
    band = {"start": 9, "end": 12, "day_start": 9, "day_end": 17, "share": 41.8, "even": 37.5}
    said = capacity_text(band=band)
    assert "was het drukker" in said and "iets drukker" not in said
