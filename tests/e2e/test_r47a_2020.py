"""r47 (reader findings r46, 2020 #1-#5, #9-#11): the 2020 release as built; each assertion fails on the round-46
wording."""

from test_story_round11 import flat, notebook_text


def _qmd(out) -> str:
    return flat((out / "report.qmd").read_text(encoding="utf-8"))


def test_2020_methods_say_which_tables_carry_the_year(built):
    qmd = _qmd(built["2020"])
    assert "vier over 2020" not in qmd  # #2: only the tables per month carry the year
    assert (
        "Het jaartal 2020 staat alleen bij de maanden van de tabellen per maand (kanaal, geslacht); de andere drie "
        "hebben geen jaartal (leeftijd, contactnemer, context van het geweld). De tabellen naar leeftijd en naar "
        # r52 (r52 2020 #1): the total the tables give (the contact person's filled cells add up to 8.038)
        "contactnemer hebben elk als totaal 8.059 contacten" in qmd
    )
    assert "tellen elk 8.059" not in qmd
    assert "(2.708, 1.650 en 804); daarom leest dit rapport ze als 2020." in qmd
    # r59 (r58 2021 #2): its year in the words of the contexts chapter and annex
    assert (
        "De tabel naar context van het geweld heeft een ander totaal (11.305): dit rapport leest ze als 2020, maar dat"
        " is onzeker, want haar jaar berust alleen op de plaats in de bron." in qmd
    )


def test_2020_one_wording_of_the_doubt_and_the_summary_opens_with_it(built):
    qmd = _qmd(built["2020"])
    chapter = notebook_text(built["2020"], "contexts")
    # r49 (r48 2020 #1): the full reasoning in the annex only; the chapter one sentence pointing to it; the summary
    # none; 'Over deze cijfers' a short pointer
    # r53 (r53 2020 #1): one word for the doubt, 'onzeker', and the reason in the chapter too; these pins follow it
    assert "daarom is het onzeker of de tabel over 2020 gaat" in qmd
    assert (
        "twijfelachtig" not in chapter
        # r50 (r49 2020 #2): the sentence opens the chapter's text, naming the table it is about
        # r51 (r50 2020 #2): the missing year and the doubt in one sentence, linked to the annex's part
        and "maar dat is onzeker: haar totaal ligt opvallend dicht bij de 11.312 mogelijke" in chapter
    )
    assert "twijfelachtig" not in qmd and "Waar het geweld plaatsvindt:**" not in qmd
    assert "mogelijk gaat ze over 2021" not in qmd
    # r55 (r55 2020 #1): the later shares beside the count, said as shares; together they make the year uncertain
    assert (
        # r56 (r56 2020 #9): a colon and 'samen maken die'
        # r59 (r58 2020 #5): the key figures' 'ongeveer' quoted as their words
        "(11.312), het aandeel binnen de familie (90 %) en het aandeel binnen het gezin („ongeveer 75 %”): samen maken "
        "die het jaar van de tabel per context onzeker (zie de technische bijlage)" in qmd
    )


def test_2020_published_base_before_the_estimate_and_contacts_not_persons(built):
    qmd = _qmd(built["2020"])
    # r48 (r47 2020 #1): the key figures' figures, not 'Voor 2021 meldt 1712'
    assert "kreeg **8.059 contacten** in 2020. Uit de kerncijfers over 2021 (8.515 contacten" in qmd  # #3
    # r53 (r53 2020 #6): the note has a subject, its derivation in brackets; this pin follows it
    assert "Naar schatting bijna de helft meer dan in 2019 (≈ 5.420; afgeleid uit 8.515 contacten in 2021" in qmd
    assert "vooral het slachtoffer of iemand uit diens omgeving" not in qmd  # #4
    assert "meestal gaat het contact over iemand anders dan de contactnemer" in qmd
    gender = notebook_text(built["2020"], "gender_age")
    assert "5.869 vrouwen" not in gender and "kwamen er 5.869 van een vrouw en 2.088 van een man" in gender  # #5
    assert "met hetzelfde verschil in de andere richting" in qmd  # #9
    explained = flat((built["2020"] / "tables" / "tbl-explained.md").read_text(encoding="utf-8"))
    assert "alleen kolomsommen (2.088, 5.869 en 86, samen 8.043), geen eindtotaal" in explained  # #10
