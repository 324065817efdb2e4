"""Round 34 demo findings (/work/review/r33/demo-findings.md): the phone's opening hours said to be the made-up
data's (#2)."""

from caption_words import words  # r39: the captions are the chapters' captions.md


def test_the_opening_hours_are_said_to_be_the_made_up_datas(capacity_text):
    """#2: 'De telefoon was open op werkdagen van 9 tot 17 uur' read as a fact about the real helpline."""
    said = capacity_text(calls=True)
    # r37 (demo r36 #2): in the chapter's opener, right after the made-up call logs it is of
    assert (
        "**De oproeplogs in dit hoofdstuk zijn verzonnen;** de geregistreerde telefooncontacten per maand zijn "
        # r39 (demo r38 #5): the made-up logs' hours; the real ones are in no source
        # r49 (demo r49 #3): 'Hier', not 'In deze verzonnen oproeplogs'; #8: attempts on a holiday count as outside
        # r53 (r53 demo #7): 'Hier' was read as 1712's own hours: the made-up logs named
        "gepubliceerde cijfers. In deze verzonnen oproeplogs is de telefoon open op werkdagen van 9 tot 17 uur, "
        # r44 (demo r42 #7): the phone line's hours of the year (the chat's later hours: test_demo_r44f)
        "behalve op feestdagen; de echte openingsuren van de telefoonlijn in 2020 staan niet in de bronnen. "
        "Belpogingen op een feestdag tellen als belpogingen buiten de openingsuren." in said
    )
    assert "De telefoon was open" not in said


def _months(anchored: list[bool]):
    import pandas as pd

    n = len(anchored)
    return pd.DataFrame(
        {
            "month": [f"2020-{m:02d}" for m in range(1, n + 1)],
            "rate": [0.5] * n,
            "low": [0.4] * n,
            "high": [0.6] * n,
            "anchored": anchored,
        }
    )


def test_figure_2_draws_the_freely_chosen_months_apart_from_the_matched_ones():
    """#1: the chart drew the freely chosen January-August like the matched September-December; the table's * and
    the chart's two lines come from one flag (demand.matched)."""
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    from hulplijnen.chapters.capacity import answer_chart, demand
    from hulplijnen.presentation.figures_alt import ATTRIBUTE
    from hulplijnen.presentation.theme import GREY

    anchors = {"first_month": "2020-03", "last_month": "2020-04"}
    flag = demand.matched(_months([False] * 4)["month"], anchors)
    assert flag == [False, False, True, True]
    assert [m.endswith("*") for m in demand.month_labels(_months(flag)["month"], anchors)] == flag
    fig = answer_chart.answer_rates(_months(flag), "t", synthetic=True)
    lines = {line.get_label(): line for line in fig.axes[0].get_lines()}
    # r44 (demo r42 #8): the matched line's legend names the internal analyses, not a published figure
    # r63 (r63 demo #5): both legends say the points are made up
    free, matched = lines["verzonnen, vrij gekozen"], lines["verzonnen, afgestemd op interne analyses"]
    assert free.get_linestyle() == "--" and to_hex(free.get_color()) == GREY.lower()
    assert matched.get_linestyle() == "-" and [bool(v != v) for v in matched.get_ydata()] == [True, True, False, False]
    key = fig.legends[0] if fig.legends else fig.axes[0].get_legend()  # r45: the key inside the plot when it fits
    legend = [t.get_text() for t in key.get_texts()]
    assert "verzonnen, vrij gekozen" in legend and "verzonnen, afgestemd op interne analyses" in legend
    said = getattr(fig, ATTRIBUTE)
    parts = [(s.name, len(s.points)) for s in said.series]
    assert parts == [("verzonnen, vrij gekozen", 2), ("verzonnen, afgestemd op interne analyses", 2)]
    plt.close(fig)
    for same in ([False] * 4, [True] * 4):  # a real export (no matched month) or all matched: one line
        fig = answer_chart.answer_rates(_months(same), "t")
        assert [line.get_label() for line in fig.axes[0].get_lines()] == ["beantwoord"]
        plt.close(fig)


def test_the_disclosure_text_claims_no_more_than_it_does_and_names_no_hidden_day(
    registration_sections, registration_methods
):
    """#3: 'zodat een lezer een klein aantal niet van een beschermende cel kan onderscheiden' overclaimed; the hidden
    working day's date stood in the running text (the list of hidden cells names it)."""
    said = registration_sections(closed_days={"holiday": 6, "other": 1}, holidays=8, holidays_published=2)[
        "hidden_cells"
    ]
    assert "23 december" not in said and "Van één andere werkdag is het aantal evenmin gepubliceerd." in said
    methods = registration_methods("demo")
    assert "zegt niet waarom een cel verborgen is." in methods and "onderscheiden" not in methods


def test_the_patience_is_an_estimate_in_one_unit_in_the_figures_caption_too():
    """#7: 'werd de helft van de belpogingen binnen 83 seconden opgehangen' read as observed; the caption of Figure 4
    said 'deel van de bellers' where the text says 'belpogingen'."""
    from hulplijnen.chapters.capacity import charts

    assert "belpogingen" in words("capacity", charts.STILL_WAITING) and "bellers dat" not in words(
        "capacity", charts.STILL_WAITING
    )
    assert "geschat" in words("capacity", charts.STILL_WAITING)


def test_figure_3_says_binnengekomen_not_the_jargon_aangeboden():
    """#13: 'aangeboden belpogingen' (call-centre jargon, not in the glossary) in the panel, alt text and CSV."""
    import matplotlib.pyplot as plt
    import pandas as pd

    from hulplijnen.chapters.capacity import charts
    from hulplijnen.presentation.figures_alt import ATTRIBUTE

    grid = pd.DataFrame([[5.0, 7.0], [6.0, 8.0]], index=["1", "2"], columns=["9", "10"])
    fig = charts.weekday_hour_heatmap(grid, grid / 2, "t")
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    names = [s.name for s in getattr(fig, ATTRIBUTE).series]
    assert titles[0] == "binnengekomen belpogingen" and names[0].startswith("binnengekomen belpogingen")
    assert "aangeboden" not in " ".join(titles + names + [charts.WEEKDAY_HOUR.caption]).lower()
    plt.close(fig)


def test_the_list_of_hidden_cells_is_named_and_linked_and_names_tables_as_the_report(registration_methods):
    """#16: 'als een apart CSV-bestand' named no file and the HTML did not link it; Tabel 9 said 'Contacten per
    contactnemerscode' where Tabel 4 is titled 'Contacten per contactnemer'."""
    from hulplijnen.chapters import registration
    from hulplijnen.export.aggregate import table_defs
    from hulplijnen.export.tables import AUDIT_LOG

    assert f"[{AUDIT_LOG}]({AUDIT_LOG})" in registration_methods("demo")
    titles = {d.name: d.title_nl for d in table_defs(2020, timings=True)}
    codes = next(p for p in registration.SHOWN if getattr(p, "label", "") == "tbl-export-codes")
    assert words("registration", codes) == titles["contacts_by_contact_person"] == "Contacten per contactnemer"


def test_the_rule_for_hidden_shares_is_said_only_when_a_share_is_hidden(registration_sections):
    """#17: 'of wanneer ze een aandeel is waarvan het totaal niet gepubliceerd is' sent the reader looking for x's that
    do not exist."""
    none = registration_sections()["hidden_cells"]
    assert "aandeel" not in none
    assert "Een cel staat als x wanneer ze een klein aantal is of wanneer ze verborgen is zodat" in none
    some = registration_sections(mix={"shown": 6, "hidden": [], "dropped": ["pleger"]})["hidden_cells"]
    assert "of wanneer ze een aandeel is waarvan het totaal niet gepubliceerd is" in some


def test_the_lead_in_of_the_table_of_hidden_cells_is_a_short_paragraph_of_its_own(registration_sections):
    """#8: 'De tabel hieronder telt ...' ended a 60-word paragraph, which the annex lets flow (more than
    ANNEX_LEAD_IN_WORDS, 45): it ended p. 15 with its table overleaf. Alone, it is a lead-in that goes with it."""
    from conftest import REGISTRATION

    from hulplijnen.presentation.text import sections

    raw = sections("chapters/registration/text.md", **REGISTRATION)["hidden_cells"]
    last = raw.strip().split("\n\n")[-1]
    assert last.startswith("De tabel hieronder telt per tabel hoeveel cellen als x staan, samen 101.")
    assert len(last.split()) <= 45
