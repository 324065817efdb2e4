"""Round 27 (helper r27c): reader findings of r26 on the 2020 chapters' wording and the facts' descriptions."""

from __future__ import annotations

from hulplijnen.chapters import contact_persons, gender_age
from hulplijnen.facts import FactSheet, keys


def plain(text: str) -> str:
    return " ".join(text.split())


def test_two_kinds_of_unknown_gender_are_told_apart():
    """r26 2020 #9: 'als onbekend geregistreerd' and 'niet bekend' sounded like the same thing."""
    text = plain(gender_age.build(2020, "1712", FactSheet("gender_age", 2020)).section("gender"))
    # r29 (r28 2020 #4): the contacts in no column of the table are the annex's (its lead says them)
    # r30 2020 #8 (round 31): no reason for the 16 ('niet genoteerd' asserted one)
    # r44 (2020 #5): one term for gender and age, 'niet ingevuld' (was 'ontbreekt het')
    assert (
        "bekend, bij 86 onbekend; 16 contacten ontbreken in de tabel naar geslacht van de bron" in text
        and "niet genoteerd" not in text
    )
    assert "als onbekend geregistreerd" not in text and "geslacht niet bekend" not in text


def test_known_age_base_says_minor_and_adult():
    """r26 2020 #20: the 7.986 contacts with a known age are the minor and the adult classes, not the minors."""
    facts = FactSheet("gender_age", 2020)
    gender_age.build(2020, "1712", facts)
    fact = facts._facts[keys.age("1712", 2020, "known")]
    assert fact.value == 7986
    assert "minor or adult" in fact.source.selection


def test_other_family_says_which_codes():
    """r26 2020 #14: 1.159 is (stief)kind, grootouder and andere familieleden together, not code 1500 alone."""
    text = plain(contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020)).section("groups"))
    # r37 (r36 2020 #6): '(stief)kinderen … van het slachtoffer' ('kinderen' read as minors who called)
    # r38 (2020 r37 #12): the codes after a colon, the sum in words ('samen 1.159 contacten'), no nested brackets
    # r39 (r38 2020 #11): the fractions by size: the relatives' sum in words, then a semicolon and the neighbours
    assert (
        # r49 (r48 2020 #7): the other relatives a sentence of their own; this pin follows it
        # r63 (r62 2020 #8): no nested brackets
        "een ander familielid: (stief)kinderen, grootouders en andere familieleden samen (1.159 contacten)." in text
    )
    assert "((stief)" not in text


def _campaigns(year: int):
    from hulplijnen.chapters import campaigns

    return campaigns.build(year, "1712", 1, 12, 4, FactSheet("campaigns", year))


def test_the_calendar_claims_no_launcher_the_list_does_not_name():
    """r26 2020 #4: 'alle vier gelanceerd door 1712', but of 17 December the list says only that the single was
    launched on the 1712-dag; r26 2021 #18: the document named once, plainly, and the March campaign's organiser."""
    first = plain(_campaigns(2020).section("calendar"))
    assert "alle vier gelanceerd door 1712" not in first and "De minister noemt" not in first
    # r36 (r35 2020 #13, replaces 'noemt onder meer deze vier'): the list's four, then that the answer says there were
    # others
    assert first.startswith(
        "Het antwoord op schriftelijke vraag nummer 282 in het Vlaams Parlement noemt vier grotere campagnes in 2020"
        " waarin 1712 in beeld kwam; volgens het antwoord waren er nog andere."
    )
    assert "onder meer" not in first
    # r29 2021 #17 (round 30): who launched each is the table's column; 17 December's launcher 'niet vermeld'
    assert "lanceerde" not in first and "Op 17 december was er" not in first
    assert list(_campaigns(2020).tables["calendar"]["Initiatiefnemer"]) == ["1712", "1712", "1712", "niet vermeld"]
    later = _campaigns(2021)
    calendar = plain(later.section("calendar"))
    assert "wie die campagne opzette" not in calendar  # the table's 'niet vermeld' says it (round 30)
    every = plain(later.section("no_series"))
    assert every.startswith("Volgens het antwoord van de minister brengt elke campagne")


def test_what_cannot_be_told_is_said_once_and_the_annex_says_why_three_have_no_estimate():
    """r26 2020 #6, #7: four 'we can't tell' sentences in a half-page chapter; 'lukte' in the annex, no reason for
    the three campaigns without an estimate."""
    chapter = _campaigns(2020)
    said = plain(" ".join(chapter.section(s) for s in ("effects", "claim")))
    for old in ("cijfers staan daar niet bij", "niet te meten", "De bronnen geven", "niet na te gaan"):
        assert old not in said, old
    assert said.count("niet uit te maken") == 1
    model = plain(chapter.section("model"))
    # r37 (r36 2020 #3): what the margin is of, in plain words
    # r66 (r66 2020 #9): the interval computed directly from the fit, no longer from draws: +55 %, not +52 %
    assert "lukte" not in model and "ergens tussen 34 % lager en 55 % hoger dan zonder campagne" in model
    assert "die van 23 maart 2020 had maar twee maanden cijfers ervoor" in model
    assert "die van 7 mei 2020 viel in de piek van april–juni 2020" in model


def test_every_date_label_sits_on_the_same_side_of_its_line():
    """r26 2020 #5: on the phone '17 dec' ended at its line, just past 6 October's, and read as 6 October's."""
    import pandas as pd

    from hulplijnen.chapters.campaigns import charts

    starts = [pd.Timestamp(d) for d in ("2020-03-23", "2020-05-07", "2020-10-06", "2020-12-17")]
    texts = [charts.short_date(s) for s in starts]
    sides = {side for _, side in charts.label_rows(starts, texts, pd.Timestamp("2020-12-31"))}
    assert sides == {"right"}


def test_the_band_is_named_as_the_peak_and_read_out_in_the_alt_text():
    """r26 2020 #5, #19: the band said only 'piek van april–juni 2020', and the alt text did not mention it; r28 2020
    #20: named with the lockdown, it read as the lockdown's dates."""
    import pandas as pd

    from hulplijnen.chapters.campaigns import charts

    event = pd.DataFrame(
        {
            "event_id": ["first_lockdown_peak"],
            "kind": ["demand"],
            "name_nl": ["eerste lockdown (april–juni 2020)"],
            "start_earliest": [pd.Timestamp("2020-04-01")],
            "end_latest": [pd.Timestamp("2020-06-30")],
        }
    )
    assert charts.period_label(event.iloc[0]) == "piek in contacten (april–juni 2020)"
    observed = pd.Series([1.0, 2.0], index=pd.period_range("2020-01", periods=2, freq="M"))
    described = charts.describe_campaign_series(observed, pd.DataFrame(), event, "t", 2020)
    band = [s for s in described.series if s.name == charts.BAND]
    assert band and band[0].points[0].label == "piek in contacten (april–juni 2020)"


def test_the_empty_cells_and_their_bounds_in_plain_words():
    """r26 2020 #16: 'vier vakken leeg die leeg blijven: ontbrekend, nooit nul', a column 'Regel' with
    'groepstotaal/tabeltotaal', and 'min het gat in de omgeving van de pleger'."""
    from hulplijnen.chapters.data_quality import tables
    from hulplijnen.data import reconcile

    bounds = reconcile.constraint_bounds()[0]
    shown = tables.constraints(bounds)
    assert "Regel" not in shown.columns and "Afgeleid uit" in shown.columns
    # r38 (2020 r37 #5): the group totals come from the minister's quote of the annual report
    quoted = "totaal van de groep in het citaat uit het jaarverslag"
    # r44 (2020 #4): the table's total row is this report's assumption, and says so
    # r61 (r59 2020 #5): the assumption named: the quoted count is exact (was '(aanname van dit rapport)')
    assert set(shown["Afgeleid uit"]) == {quoted, "totaal van de tabel, als het aantal in het citaat exact is"}
    assert not shown["Toelichting"].str.contains("het gat").any()


# r45 (r44 reader findings A-D, F-K): pins in this file follow the deliberately changed wording
