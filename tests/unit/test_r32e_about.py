# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
"""r31 2020 #15: 'Over deze cijfers' says only what applies to the release: one derived count is named as such, and
'(in een tabel: ≈)' stands only where a table of the chapters shows '≈'."""

from hulplijnen.facts import keys, recorded
from hulplijnen.pipeline.about import estimates, marks_estimates
from hulplijnen.presentation import text


def _about(found: list[dict], marked: bool, **counts) -> str:
    documents = [{"about": "een bron", "not_from": "het eigen jaarverslag 2020 van 1712"}]
    quality = {name: recorded(keys.quality(name), n) for name, n in counts.items()}
    return " ".join(
        text.render(
            "about.md",
            facts={keys.quality(name): n for name, n in counts.items()},
            synthetic=False,
            export=False,
            names=["Hulplijn 1712"],
            documents=documents,
            one_chapter=False,
            imitated=None,
            later=None,
            year="2020",
            estimates=found,
            marked=marked,
            inconsistencies=None,
            **({"forced": None, "bounded": None} | quality),
        ).split()
    )


def test_one_derived_count_is_said_once_elsewhere_and_no_table_mark_is_explained_where_no_table_has_one():
    facts = {"1712.contacts.2019.about": {"value": 5420}, "1712.contacts.2019.low": {"value": 5407}}
    found = estimates(facts)
    assert found == [{"name": "Hulplijn 1712", "label": "contacten", "year": "2019"}]
    shown = "In 2019 waren er ongeveer 5.420 contacten.\n| a | b |\n|---|---|\n| 1 | 2 |"
    about = _about(found, marks_estimates(shown))
    # r33 (r32 2020 #8): the estimate's value and range are the chapter's and the annex's: not said a fifth time here.
    # r36 (r35 2020 #8, replaces r33's 'Eén cijfer is niet gepubliceerd …', read as the only figure not published as
    # such): which count it is, by name and year
    one = (
        # r42 (2020 #2): not 'niet gepubliceerd': only not in this report's sources
        "Eén cijfer, het aantal contacten in 2019, staat niet in de bronnen van dit rapport; het is teruggerekend uit"
        " een afgerond percentage."
        " Het is dus een schatting"
    )
    assert one in about and "5.420" not in about and "Eén cijfer is niet gepubliceerd" not in about
    assert "≈" not in about and "Veel cijfers zijn afgerond" not in about
    assert "Enkele andere aantallen" not in about  # nothing derived from totals nor corrected in this release
    # r36 (r35 2020 #1): the summary says the estimate 'naar schatting' (one hedge), the chapter 'naar schatting
    # ongeveer': both words named
    assert "er staat „naar schatting” of „ongeveer” voor" in about


def test_one_derived_count_and_counts_derived_from_totals_or_corrected_are_said_apart():
    """r35 2020 #8: 'Eén cijfer is niet gepubliceerd' read as the only unpublished number, while table cells were
    derived from totals (cultuur 37, codes 2300 and 2400) and one corrected (e-mail August 90): said; which, the
    annex."""
    found = [{"name": "Hulplijn 1712", "label": "contacten", "year": "2019"}]
    both = _about(found, False, forced=9, bounded=2, corrected=1)
    # r41 (r41 2020 #12): how many were corrected, not 'enkele … verbeterd'; this pin follows it
    derived = "Daarnaast is één ander aantal verbeterd omdat het niet met de totalen klopte; enkele andere zijn"
    derived += " afgeleid uit totalen."
    assert derived in both
    # r37 (r36 2020 #12): the closing sentence ends this one (no stray line, no 'bijlage. De technische bijlage')
    # r41 (r41 2021 #11): the blanks made 0 point to their table already: no 'Welke waarden dat zijn' after it, the
    # closing sentence names the annex
    assert "Welke waarden dat zijn" not in both
    assert "De technische bijlage achteraan beschrijft" in both
    assert "Enkele andere aantallen zijn afgeleid uit totalen." in _about(found, False, bounded=2)
    # r41 (r41 2020 #12): the count said; this pin follows it
    assert "Daarnaast is één ander aantal verbeterd omdat het niet" in _about(found, False, corrected=1)


def test_many_derived_counts_and_a_table_with_estimates_keep_the_general_sentence():
    found = [{"name": "T", "label": "oproepen", "year": y} for y in ("2019", "2020")]
    about = _about(found, marks_estimates("| Oproepen | ≈ 120.900 |"))
    # r34: '≈' and 'ongeveer' are explained in one sentence, not as '(in een tabel: ≈)'; the word rule is methods.md's
    assert "Veel cijfers zijn afgerond bekendgemaakt." in about and "(in een tabel: ≈)" not in about
    # r52 (r51 TO #5): how a table marks an estimate, said after 'ongeveer'
    # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
    assert (
        "Cijfers met ≈ zijn schattingen; hoe ze berekend zijn en wat „ongeveer” en vergelijkingen als „ongeveer even "
        "groot” precies betekenen, staat in de Methoden." in about
    )
    assert "afgerond" not in _about([], False)
