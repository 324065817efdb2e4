# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r49 (reader findings r48, 2020 #1-#8, 2021 #9): the context table's doubt once, the tables' year a paragraph of its
own, the unnamed age row, the attempts' samples in the summary, the corrections introduced by their table, the
lockdown campaign's day, the other relatives' sentence, and the 2021 shares with their bases. Each test fails on the
wording before r49."""

from __future__ import annotations

import re

from test_r44b_summary import facts, said  # noqa: F401 (fixtures)

from hulplijnen.presentation import text


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_2020_summary_has_no_key_message_from_the_doubted_table(said):  # noqa: F811
    """#1: the table whose year the report doubts feeds no key message: no 'Waar het geweld plaatsvindt'."""
    assert "Waar het geweld plaatsvindt" not in said[2020]
    assert "11.312" not in said[2020] and "twijfelachtig" not in said[2020]


def test_a_table_read_as_its_year_still_feeds_the_summary(facts):  # noqa: F811
    """#1: the rule is the recorded counts' (not the release's name): with the later count far from the table's
    total, the bullet stays."""
    import copy

    from hulplijnen.pipeline import messages

    far = copy.deepcopy(facts[2020])
    far["1712.context.2021.all.possible_victims"]["value"] = 20000
    out = flat(messages.key_messages(far, ["1712"], 2020))
    assert "**Waar het geweld plaatsvindt:** bij 91,5 % van de mogelijke slachtoffers" in out


def test_2020_chapter_says_the_doubt_once_and_points_to_the_annex(contexts_2020):
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    out = flat(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats"))
    # r53 (r53 2020 #1): the reason in the chapter too (the later count), still pointing to the annex
    assert "maar dat is onzeker: haar totaal ligt opvallend dicht bij de 11.312 mogelijke" in out
    assert "twijfelachtig" not in out and "(zie de [technische bijlage, bij dit hoofdstuk](" in out


def test_about_points_to_the_annex_for_the_doubt():
    from test_r45c import NBSP, _about

    from hulplijnen.facts import recorded

    used = [{"year": "2021", "label": "mogelijke slachtoffers", "change": False, "against": None, "decimals": 0,
             "value": recorded("d", 11312), "use": "doubt"}]  # fmt: skip
    out = " ".join(_about({}, used).replace(NBSP, " ").split())
    assert (
        "het aantal mogelijke slachtoffers (11.312), dat maakt het jaar van de tabel per context onzeker (zie de "
        "technische bijlage)." in out
    )
    assert "als reden om te twijfelen" not in out


def test_the_tables_year_has_its_own_paragraph_and_a_clear_end():
    """#2: 'Jaartal van de tabellen' after 'Bereikbaarheid'; what the answer does not give and where it refers to."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.answer_tables import answer_tables
    from hulplijnen.pipeline.appendix import load_names

    params = load_params(2020)
    out = text.render(
        "chapters/reachability/methods.md",
        every_value_used=False,
        values={"1712.reach.question_date": "2022-01-24"},
        answer_tables=answer_tables(params),
        names=load_names(),
        params=params,
    )
    assert "\n\n**Jaartal van de tabellen.** Op de vraag naar een overzicht per maand" in out
    assert (
        "Aantallen beantwoorde en onbeantwoorde oproepen geeft het antwoord niet; voor de rest van de gevraagde "
        "opsplitsing verwijst het antwoord naar een eerdere schriftelijke vraag, naar de website van "
    ) in flat(out)
    assert "staan er niet in" not in out


def test_the_unnamed_age_row_is_read_as_niet_ingevuld():
    from hulplijnen.chapters import gender_age
    from hulplijnen.facts import FactSheet

    out = flat(gender_age.build(2020, "1712", FactSheet("c", 2020)).text)
    assert "De rij zonder naam in de tabel naar leeftijd (16 contacten) leest dit rapport als „niet ingevuld”." in out


def test_the_summary_attempts_come_from_proximus_samples(reachability_built):
    s = reachability_built[2020][1]
    assert (
        "Volgens steekproeven met Proximus, aangehaald in het antwoord (periode niet vermeld), doet een beller "
        "gemiddeld 3 tot 4 pogingen"
    ) in s


def test_the_corrections_are_introduced_by_their_table():
    from hulplijnen.chapters import data_quality
    from hulplijnen.facts import FactSheet

    out = flat(data_quality.build(2020, ["1712"], FactSheet("c", 2020)).text)
    assert "@tbl-corrections geeft de correcties en de lege vakken die als 0 gelezen zijn." in out
    assert "verbeterde het rapport een cijfer" not in out


def test_the_lockdown_campaign_day_from_the_campaign_list(reachability_built):
    """#6: when the lockdown began is not in the sources; the campaign of 23 March named it (campaigns.csv)."""
    from hulplijnen.data import load

    day = load.campaigns().query("campaign_id == 'c2020_lockdown_tips'")["start_earliest"].iloc[0].day
    # r52 (reader r51): the campaign day in the sentence on March in the average; this pin follows it
    # r56 (r56 2020 #6): the short sentence on March
    # r59 (r58 2020 #3): the campaign as the source describes it, 'lanceerde' its verb
    # r61 (r59 2020 #4): March, not above February, is not said in the chapter (the annex says why it stays)
    assert f"ook al lanceerde 1712 op {day} maart" not in reachability_built[2020][0]
    assert "toen de lockdown al begonnen was" not in reachability_built[2020][0]


def test_the_other_relatives_a_sentence_of_their_own(persons_2020):
    out = flat(persons_2020.text)
    assert (
        # r63 (r62 2020 #8): no nested brackets
        "Bij één op de zeven is de contactnemer een ander familielid: (stief)kinderen, grootouders "
        "en andere familieleden samen (1.159 contacten). Bij één op de tien is de contactnemer een buur of "
        "iemand anders uit de woonomgeving (804)."
    ) in out


def test_2021_shares_with_their_bases_and_the_comparison_table():
    from hulplijnen.chapters import contexts
    from hulplijnen.facts import FactSheet

    c = contexts.build(2021, "1712", FactSheet("c", 2021))
    out = flat(c.section("family"))
    assert (
        # r50 (r49 2021 #3): no double negative ('Anders dan … geen'); this pin follows it
        # r52 (reader r51 2021 #11): the two bases said plainly ('Let op: …'); this pin follows the new wording
        # r54 (r54 2021 #4): each base in its share's own sentence, then one short warning closing the paragraph
        "Bij ongeveer 75 % van de mogelijke slachtoffers speelt het geweld zich af binnen het gezin. De drie aandelen "
        "(90 %, 10 % en ongeveer 75 %) hebben elk een ander totaal; tel ze niet op en trek ze niet van elkaar af."
    ) in out
    assert "binnen de familie. Bij 10 % van de contacten gaat het over geweld buiten de familie" in out
    # r52 (reader r51 2021 #11): plainly not to subtract them; r54 (r54 2021 #4): the warning above, said once
    assert out.count("trek ze niet van elkaar af") == 1 and "Trek ze dus niet" not in out
    assert "ook mogelijke slachtoffers telt" not in out
    reading = flat(c.section("reading"))
    assert "Of die tabel ook mogelijke slachtoffers telt, zegt de bron niet." in reading
    # r54 (r54 2021 #4): the 75 %'s base the report's reading, said in the annex (was '… (zie de bijlage)')
    # r56 (r55 2021 #6): the three bases said once, one clause each; the 75 %'s reading in a sentence of its own
    assert "Dit rapport leest die 75 % dus als aandeel van alle mogelijke slachtoffers" in reading
    t = c.tables["compare"]
    # r51 (r50 2021 #3); r52 (reader r51): the doubt by a mark, its note under the table
    # r59 (r58 2021 #2): the table in the annex, no mark on its header: its year said in the annex's lead
    assert list(t.columns) == ["Aandeel", "tabel zonder jaartal", "2021"]  # r53 (r53 2021 #1)
    assert [flat(v) for v in t["2021"]] == ["90 %", "ongeveer 75 %"]
