"""Round 39 (r38 readers of 2020 and 2021): the 1712 chapters as the built releases show them. What the answer of
early 2022 said of its own time told in the past tense and dated to it; the level after the lockdown peak; the 2019
estimate after the published figure it comes from; why the report made no estimate for some campaigns; the samples'
period not given; the nuclear family over all possible victims too; one percentage for the minors; the fractions by
size; the summary's label on where the violence takes place; one term for the source's 'Leeg'; the caveat on 2021
against 2020 said once; the anonymity share without a base. Each test failed on the text before."""

from test_report_story import annex
from test_story_round11 import flat, messages, notebook_text


def test_the_answers_statements_are_past_and_dated(built):
    """2020 #1: 'De subsidie loopt verder …', 'zijn er daarbij tot drie chatlijnen actief', 'legt … niet vast', and
    the glossary's 'Sinds 2021 is optie 0 ook een overlooplijn' read as the situation in 2026."""
    for release in ("2020", "2021"):
        out = built[release]
        chapter = notebook_text(out, "reachability")
        assert "De subsidie loopt verder" not in chapter
        assert "zijn er daarbij tot" not in chapter
        assert "Het registratiesysteem van de hulplijn legt" not in chapter
        # r41 (r41 2020 #9): the wording changed deliberately; this pin follows it
        assert (
            # r47 (r46 2021 #6, 2020 #7): as the answer states it, no 'zou'
            # r52 (reader r51): no 'Volgens het antwoord' per sentence: the measures' opener dates them to the
            # answer of early 2022, once; this pin follows the new wording
            # r66 (r65 2021 #4): 'subsidie' once; 'volgens het antwoord' (r64 2020 #1)
            "De capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021" in chapter
        )
        assert (
            chapter.count(
                "Wat volgt, komt uit het antwoord op schriftelijke vraag nummer 282 (begin 2022), "
                "tenzij anders vermeld."
            )
            == 1
        )
        # r48 (r47 2020 #6): the chat alone in one full sentence, its chat lines in it
        assert "**Chat.** Vanaf september 2021 bood 1712 een ruimere chat" in chapter  # r52: under the opener
        assert "op piekmomenten waren er tot drie chatlijnen actief." in chapter
        # r52 (reader r51): past tense kept; the answer named once at the measures' opener
        assert "Het registratiesysteem van de hulplijn legde het tijdstip van een oproep niet vast" in chapter
        glossary = flat((out / "report.qmd").read_text(encoding="utf-8"))
        assert "is optie 0 ook een overlooplijn" not in glossary
        # r59 (r58 2021 #1): 'in de loop van 2021', not 'vanaf'
        # r66 (r66 2020 #6): pin follows the new wording
        assert "Volgens het antwoord van begin 2022 werd optie 0 in 2021 ook een overlooplijn" in glossary


def test_the_level_after_the_peak_is_said(built):
    """2020 #2: the text compared April–June with January–March only; contacts stayed higher after June."""
    chapter = notebook_text(built["2020"], "reachability")
    # r61 (r59 2020 #9): the busiest month is Tabel 1's, chapter 1's and the monthly figure's, no more here
    assert "De drukste maand was april 2020, met 967 contacten." not in chapter
    assert (
        # r62 (r62 2020 #1): September was not higher than early 2020: the average was
        "Ook na de piek lag het maandgemiddelde hoger dan in de eerste drie maanden van 2020: in juli–december 2020 "
        "gemiddeld 662 contacten per maand, 19 % meer dan het gemiddelde van januari–maart 2020." in chapter
    )


def test_the_2019_estimate_follows_its_published_base(built):
    """2020 #3: '(een schatting voor 2019)' did not say what was estimated from what; 'naar schatting ongeveer'."""
    out = built["2020"]
    said = messages(out)
    assert "(een schatting voor 2019)" not in said
    # r45 (r44 2020 #2), r47 (r46 2020 #3): the published base first, then the estimate, then the year's rise
    assert (
        # r48 (r47 2020 #1, #4): the key figures' figures (not 'meldt 1712'), the derivation shorter
        # r52 (lead's decision D): two sentences, the 2019 base with what it counts
        "Uit de kerncijfers over 2021 (8.515 contacten, 57 % meer dan in 2019) volgt dat 1712 in 2019 ongeveer 5.420 "
        # r56 (r56 2020 #2): the computed range, then the fraction
        "contacten had. In 2020 waren het er dus naar schatting 48 tot 49 % meer, bijna de helft." in said
    )
    assert "daaruit volgt voor 2019 naar schatting 5.420" not in said and "naar schatting ongeveer" not in said
    chapter = notebook_text(out, "channels")
    assert "naar schatting ongeveer" not in chapter
    assert "Daaruit volgt voor 2019 naar schatting tussen 5.407 en 5.440 contacten" in chapter  # r51 (r50 2020 #1)


def test_the_report_says_why_it_made_no_estimate(built):
    """2020 #5: 'kon het geen schatting maken' and 'Voor de andere kon dat niet' made the report's choice the data's."""
    out = built["2020"]
    chapter = notebook_text(out, "campaigns")
    assert "kon het geen schatting maken" not in chapter
    # r52 (reader r51): the model computed a value for the other campaigns, not read as an effect; this pin follows it
    assert (
        # (r52: 'het model' is the annex's word, test_story_round15)
        # r53 (r53 2020 #3): no 'gaf het ook een waarde': the figures allow no estimate; this pin follows it
        "Voor de andere campagnes laten de cijfers geen schatting toe (23 maart 2020:" in flat(chapter)
    )
    assert "maar twee maanden cijfers ervoor" in chapter and "midden in de piek van april–juni 2020" in chapter
    assert "Voor de andere kon dat niet" not in flat(annex(out))
    # r41 (r41 2020 #11): 'Dit rapport schatte alleen …; voor de andere deed het dat niet'; this pin follows it
    # r45 (r44 reader finding, the model's terms): 'Voor de andere campagnes doet het dat niet, omdat'
    assert "Voor de andere campagnes doet het dat niet, omdat de cijfers er te weinig houvast voor geven" in flat(
        annex(out)
    )
    assert "Voor de andere deed het dat niet" not in flat(annex(out))


def test_the_samples_period_is_said_to_be_unknown(built):
    """2020 #6: the 3 to 4 attempts beside the 2020 figure read as a 2020 figure."""
    chapter = notebook_text(built["2020"], "reachability")
    assert "(steekproeven met Proximus; uit welke periode, zegt het antwoord niet)" in chapter


def test_the_nuclear_family_over_all_possible_victims_too(built):
    """2020 #7: 85,0 % of the known contexts beside 1712's later 'ongeveer 75 %' read as a drop."""
    chapter = notebook_text(built["2020"], "contexts")
    # r44 (2020 #4): said in a sentence of its own (was in brackets after the known-context share)
    # r45 (r44 reader finding, the context lead's bases): the base counted out, the unknown share beside it
    # r52 (reader r51): back in brackets after the 85,0 % with its base named (all 11.305), the unknown contexts a
    # count; this pin follows the new wording
    assert (
        "bij 85,0 % van diezelfde 10.088 in het kerngezin (75,8 % van alle 11.305, als ook wie een onbekende context "
        "heeft meetelt)." in flat(chapter)
    )
    # r66 (r65 2020 #5): with the caveats after the result, the base named
    assert "Bij 1.217 van de 11.305 is de context onbekend of niet ingevuld." in flat(chapter)
    assert "Over alle mogelijke slachtoffers gerekend" not in flat(chapter)


def test_one_percentage_for_the_minors(built):
    """2020 #10: '381 contacten (4,8 % van wie de leeftijd bekend is; 4,7 % van alle contacten)'."""
    chapter = notebook_text(built["2020"], "gender_age")
    assert "van wie de leeftijd bekend is; " not in chapter
    # r41 (r41 2020 #4): deliberately changed wording
    assert "Van minderjarigen kwamen 381 contacten (4,8 % van diezelfde 7.986 contacten):" in chapter


def test_the_fractions_in_order_of_size(built):
    """2020 #11: 'één op de vijf … één op de tien … één op de zeven'."""
    chapter = notebook_text(built["2020"], "contact_persons")
    five, seven, ten = (chapter.index(f"één op de {n} ") for n in ("vijf", "zeven", "tien"))
    assert five < seven < ten


def test_the_summary_label_says_where(built):
    """2020 #12: 'Waarover het gaat:' over a bullet on where the violence takes place."""
    said = messages(built["2020"])
    assert "Waarover het gaat:" not in said
    # r49 (r48 2020 #1): the lead's rule: a table whose year the report doubts feeds no key message
    assert "Waar het geweld plaatsvindt" not in said and "twijfelachtig" not in said and "91,5 %" not in said


def test_one_term_for_the_sources_empty_cells(built):
    """2020 #13: the source's 'Leeg' was 'niet geregistreerd' in one table and 'niet ingevuld' in the others."""
    chapter = notebook_text(built["2020"], "channels")
    assert "niet geregistreerd" not in chapter
    assert "niet ingevuld" in chapter


def test_the_caveat_on_2021_against_2020_is_said_once(built):
    """2021 #6: '(of beide op dezelfde basis berekend zijn …)', '(of beide hetzelfde tellen …)' and 'Of de cijfers van
    2021 op dezelfde basis berekend zijn …' in two pages."""
    out = built["2021"]
    who, contexts = notebook_text(out, "contact_persons"), notebook_text(out, "contexts")
    for chapter in (who, contexts):
        assert "op dezelfde basis berekend" not in chapter and "hetzelfde tellen, is niet bekend" not in chapter
    # r49 (2021 #1): said once in chapter 1 for the chapters on 1712, no longer in chapter 2
    assert "of ze op dezelfde manier geteld zijn" not in who
    assert notebook_text(out, "channels").count("komen uit een andere bron") == 1
    assert "of ze op dezelfde manier geteld zijn" not in contexts


def test_the_anonymity_share_names_no_base(built):
    """2021 #11: '75 % van wie contact opneemt blijft anoniem' counts persons; the source does not say."""
    out = built["2021"]
    assert "van wie contact opneemt blijft anoniem" not in messages(out)
    # r41 (r41 2021 #1): the key figure's own words claim no base; the caveat is the annex table's
    assert "75 % koos voor anonimiteit" in messages(out)
    chapter = notebook_text(out, "contact_persons")
    assert (
        # r44 (2021 #12): each figure with its speaker, no total made up, no 'die anonimiteit' joining them
        "Volgens de kerncijfers van 2021 koos 75 % voor anonimiteit; van welk totaal, zeggen ze niet. Het antwoord "
        "van de minister spreekt van „ruim driekwart van de oproepers”."
    ) in flat(chapter)
    assert "gebruik van die anonimiteit" not in flat(chapter)
