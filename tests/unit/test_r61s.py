"""Round 61s (the r59 readers of 1712's 2020 and 2021): the answering machine's summary line an aim, not a result;
the audit detail of chapters 2 and 3 in the technical annex; chapter 6 without the March campaign; Tabel 9's
assumption the 240 itself; why a caller who did not get through is not counted."""

import re

from hulplijnen.data import load


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def test_r59_2020_1_the_answering_machine_in_the_summary_is_an_aim(reachability_built):
    row = load.events().set_index("event_id").loc["answering_machine"]
    # r61 (r59 2021 #3): put in practice in 2021, so 'beter benut'; its aim an aim
    # r62 (r62 2020 #4, 2021 #3)
    assert row["short_nl"].startswith(
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject, read after its date
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2021 #7): a noun phrase, read undated under 'Maatregelen in 2021'
        "een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het antwoordapparaat "
        "optimaliseren”). "
    )
    # r66 (r66 2020 #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
    for year in (2021,):
        summary = reachability_built[year][1]
        # the source: 'een kwantitatieve evaluatie is tot op heden nog niet gebeurd'
        assert (
            # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
            # r62 (r62 2020 #4, 2021 #3)
            # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2021 #7): under 'Maatregelen in 2021' not dated again: the measure a noun phrase
            "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
            "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
            "behandelen en "
            "de bellers terugbellen. Tot begin 2022 werd dat alleen kwalitatief geëvalueerd." in summary
        )


def test_r59_2020_3_the_audit_detail_of_chapters_2_and_3_is_the_annexs():
    from hulplijnen.chapters import contact_persons, gender_age
    from hulplijnen.facts import FactSheet

    persons = contact_persons.build(2020, "1712", FactSheet("c", 2020))
    chapter = flat(persons.section("groups"))
    assert (
        # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
        "Er kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, welzijn of justitie"
        # r67 (r67 2020 #4): how many of them are estimated
        "; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens” in de technische "
        "bijlage)." in chapter
    )
    assert "minstens 367" not in chapter and "wellicht 380" not in chapter
    # the filled cells' count moves to the annex, after the assumption it rests on
    assert (
        "Met de aanname hierboven kwamen er naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, "
        "sport, welzijn of justitie; de ingevulde vakken alleen geven er 367 (4,6 %)." in flat(persons.text)
    )
    ages = gender_age.build(2020, "1712", FactSheet("g", 2020))
    said = flat(ages.section("gender")) + " " + flat(ages.section("age"))
    assert "die niet zegt waarom" not in said and "of het dezelfde contacten zijn" not in said
    assert "16 contacten ontbreken in de tabel naar geslacht van de bron (zie de technische bijlage)." in said


def test_r59_2020_4_chapter_6_leaves_march_and_the_campaign_to_the_annex(reachability_built):
    chapter = reachability_built[2020][0]
    assert "ook al lanceerde" not in chapter and "Maart (565 contacten)" not in chapter
    assert (
        # r61 (r59 2020 #9): the busiest month is Tabel 1's, chapter 1's and the monthly figure's, no more here
        "45 % meer dan het gemiddelde van de eerste drie maanden van 2020 (556 contacten per maand). Ook na de piek "
        "lag het maandgemiddelde hoger" in chapter  # r62 (r62 2020 #1): not every later month was higher
    )
    assert "bleef het aantal hoger" not in chapter


def test_r59_2020_5_tabel_9_names_the_assumption_the_quoted_count_is_exact():
    from hulplijnen.chapters.data_quality import tables
    from hulplijnen.data import reconcile

    shown = tables.constraints(reconcile.constraint_bounds()[0]).set_index("Lege vakken")
    row = shown.loc["Code 4200 en code 4999"]
    assert row["Afgeleid uit"] == "totaal van de tabel, als het aantal in het citaat exact is"
    assert "aanname van dit rapport" not in row["Afgeleid uit"]
    assert "dit rapport neemt aan dat die rest" not in row["Toelichting"]
    assert row["Toelichting"].endswith(
        "De enige andere lege vakken zijn 4200 en 4999, dus daar staat die rest; dat klopt alleen als het aantal in "
        "het citaat exact is."
    )


def test_r59_2021_4_who_did_not_get_through_is_probably_not_counted():
    from hulplijnen.chapters import channels
    from hulplijnen.facts import FactSheet

    chapter = channels.build(2021, "1712", [2020], FactSheet("channels", 2021))
    said = flat(chapter.section("channels"))
    said_now = "meer contacten dan ooit: **8.515**; wie de hulplijn niet bereikte, telt daarin vermoedelijk niet mee."
    assert said_now in said
    assert "telt daarin niet mee" not in said


def test_r61_2020_1_the_summary_gives_the_subsidy_no_date(reachability_built):
    """r61 2020 #1: the sources give no date for the first subsidy, only the question's reason (the rise in calls
    during the first lockdown): 'na de eerste lockdown' read as a date."""
    summary = reachability_built[2020][1]
    assert "die 1712 na de eerste lockdown voor een jaar kreeg" not in summary
    # r66 (r66 2020 #3): the measures after the year one short line, the subsidy by its fewest words and its dates
    assert "vanaf 1 december 2021 een verlengde capaciteitssubsidie, toegekend tot 30 november 2024" in summary


def test_r61_2020_2_4_2021_3_the_measures_effect_is_not_known_in_figures(reachability_built):
    """r61 2020 #2: the summary's measures say that their effect is not known in figures (optie 0: preliminary
    figures, still under quality control; the answering machine: evaluated only qualitatively); #4: the callers are
    called back, not the messages; 2021 #3: the better use of the answering machine was put in practice in 2021
    ('De optie is vorig jaar in de praktijk gebracht'), its aim is an aim."""
    # r66 (r66 2020 #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
    for year in (2021,):
        summary = reachability_built[year][1]
        assert "en terug te bellen" not in summary and "beter benutten" not in summary
        assert (
            # r62 (r62 2020 #4, 2021 #3)
            # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2021 #7): under 'Maatregelen in 2021' not dated again: the measure a noun phrase
            "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
            "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
            "behandelen en "
            "de bellers terugbellen. Tot begin 2022 werd dat alleen kwalitatief geëvalueerd." in summary
        )
        assert (
            # r62 (r62 2020 #4, 2021 #3)
            "of op een vrije lijn); voorlopige cijfers, toen nog in kwaliteitscontrole, leken erop te wijzen dat "
            "1712 deels hierdoor meer oproepen kon beantwoorden" in summary
        )
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #4, 2021 #2): a closing sentence under the list, not one of its items
        assert "- Cijfers over het effect" not in summary
        assert "beantwoorden. - Vanaf september 2021: een ruimere chat" in summary  # r64 (r64 2020 #2)
        # r64 (r64 2020 #2, 2021 #5): the answering machine last, every item with a full stop
        # r66 (r66 2020 #1): beside optie 0's preliminary figures, the answer gave none itself
        assert "geëvalueerd. Het antwoord gaf zelf geen cijfers over het effect van deze maatregelen." in summary


def test_r61_2021_3_the_chapter_says_what_was_done_apart_from_the_aim(reachability_built):
    # r66 (r66 2020 #6): pin follows the new wording
    """r61 2021 #3: 'In 2021 werd dit in de praktijk gebracht … nieuw is dat 1712 die berichten sneller wil
    behandelen' mixed done and intended: the source puts the option (the better use of the answering machine) in
    practice, and says faster handling and calling back only as what 1712 'wil'."""
    for year in (2020, 2021):
        chapter = reachability_built[year][0]
        assert "werd dit in de praktijk gebracht" not in chapter and "nieuw is dat" not in chapter
        assert (
            # r62 (r62 2020 #4, 2021 #3)
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2020 #6): pin follows the new wording
            "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van "
            "het antwoordapparaat optimaliseren”). Inspreken kon al eerder: wie op een "
            "bezette lijn "
            # r62 (r62 2020 #4, 2021 #3)
            "botst, wordt uitgenodigd een boodschap in te spreken; wat er concreet veranderde, en of 1712 die "
            "berichten daardoor ook sneller "
            "behandelt "
            "en de bellers terugbelt, zegt het antwoord niet. Begin 2022 was dit alleen kwalitatief geëvalueerd, niet "
            "in cijfers." in chapter
        )


def test_r61_2020_3_the_lockdown_bullet_sets_a_mean_beside_a_mean():
    """r61 2020 #3: '45 % meer dan in de drie maanden ervoor' could be read as the three months' total: the monthly
    average of January-March (556) named, as the chapter says it."""
    from hulplijnen.facts import keys
    from hulplijnen.pipeline import summary

    def fact(v, unit="count"):
        return {"value": v, "unit": unit, "source": {"file": "data/events.csv", "table": "t", "selection": "s"}}

    peak = {
        keys.peak("1712", "peak_month"): fact("2020-04", "month"),
        keys.peak("1712", "peak_contacts"): fact(967),
        keys.peak("1712", "baseline_months"): fact(3),
        keys.peak("1712", "baseline_mean"): fact(556),
        keys.peak("1712", "window_mean"): fact(807),
        keys.peak("1712", "window_vs_baseline_pct"): fact(45.3, "percent"),
    }
    md = flat(summary.markdown(peak, ["1712"], 2020))
    assert "in de drie maanden ervoor" not in md
    assert (
        "gemiddeld 807 contacten per maand, 45 % meer dan het maandgemiddelde van januari–maart "
        "2020 (556 contacten per maand)" in md
    )


def test_r61_2020_9_chapter_6_says_the_busiest_month_no_more(reachability_built):
    """r61 2020 #9: 'ook al lanceerde 1712 op 23 maart al een poster' (two 'al', gone with the March sentence) and
    the busiest month said again after Tabel 1, chapter 1 and Figuur 2."""
    chapter = reachability_built[2020][0]
    assert "De drukste maand was" not in chapter and "ook al" not in chapter
    assert "(556 contacten per maand). Ook na de piek lag het maandgemiddelde hoger dan in de eerste drie" in chapter


def test_r61_2020_6_the_key_figures_page_has_one_name_and_no_production_words():
    """r61 2020 #6: 'het webadres van die pagina staat niet in het bronbestand waarover dit rapport beschikt' is
    production language; the page was named three ways (':', '–', and the short „Cijfers hulplijnen”)."""
    import yaml

    from hulplijnen.config.paths import DATA

    page = yaml.safe_load((DATA / "provenance.yml").read_text(encoding="utf-8"))["documents"]["cijfers2021"]
    name = "„Cijfers hulplijnen: 1712, Stop it Now! & Tele-Onthaal”"
    for key in ("where_nl", "where_one_nl"):
        assert "bronbestand" not in page[key] and "–" not in page[key]
        assert page[key].startswith(f"De webpagina {name} vermeldt geen uitgever, geen datum en niet wie de cijfers ")
        assert "aanleverde; het webadres van die pagina is niet bekend." in page[key]
    assert name in page["about_nl"]


def test_r61_2020_11_tabel_10_says_what_it_counts_against_which_total():
    """r61 2020 #11: 'Tabellen die minder tellen dan hun totaal' did not fit the gender table, which has no total in
    the source (its 8.059 is the channel table's)."""
    from hulplijnen.chapters import data_quality
    from hulplijnen.presentation import caption_text

    caption = caption_text.plain(data_quality.SPEC.captions, "tbl_explained", {})
    assert caption == "Tabellen die minder contacten tellen dan het jaartotaal"


def test_r61_2021_1_the_summary_says_what_an_oproep_may_count(reachability_built):
    """r61 2021 #1: '40 tot 45 % van de oproepen beantwoord' in the part that gets quoted read as 'more than half of
    the callers got no answer': whether they are attempts or callers, the sources do not say."""
    summary = reachability_built[2021][1]
    assert (
        "toen werd 40 tot 45 % van de oproepen beantwoord; wat er precies geteld werd "
        # r66 (r65 2021 #3): the attempts a sentence of their own
        # r66 (r66 2021 #3): the attempts per caller are the chapter's
        "(belpogingen, bellers of geregistreerde contacten), zeggen de bronnen niet. - **Maatregelen" in summary
    )


def test_r61_2021_2_the_chat_rise_is_the_key_figures_own(reachability_built):
    """r61 2021 #2: 'Meer chat' and 'steeg' read as the report's comparison across two sources, which the summary calls
    uncertain; the 2021 key figures make it themselves ('In 2020 was dit nog één op de 10 gesprekken')."""
    chapter = reachability_built[2021][0]
    assert (
        "Het aandeel van de chat steeg in 2021, volgens de kerncijfers van één op de tien naar bijna één op de vijf "
        "(zie „Kanalen”)." in chapter
    )
    # the summary's 'Meer chat' bullet with the key figures' words: test_r60a.test_r59_2021_5_the_chats_shift_said_once


def test_r61_2021_5_the_tele_onthaal_bullet_gives_the_published_changes():
    """r61 2021 #5: the Methods say 'iets minder' comes with its change in percent; the summary's Tele-Onthaal bullet
    gave none (the key figures: -1 % calls, -1,1 % conversations against 2020)."""
    from hulplijnen.chapters import channels, contact_persons, contexts, gender_age, helplines, reachability
    from hulplijnen.facts import FactSheet
    from hulplijnen.pipeline import messages

    sheet = FactSheet("t", 2021)
    channels.build(2021, "1712", [2019, 2020], sheet)
    contact_persons.build(2021, "1712", sheet)
    contexts.build(2021, "1712", sheet)
    gender_age.build(2021, "1712", sheet)
    reachability.build(2021, "1712", sheet, "2026-11-20")
    helplines.build(2021, ["1712", "tele-onthaal", "stop-it-now"], sheet)
    said = flat(
        messages.key_messages({r["key"]: r for r in sheet.records()}, ["1712", "tele-onthaal", "stop-it-now"], 2021)
    )
    assert (
        "**Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020 (−1 % en −1,1 %). " in said
    )
