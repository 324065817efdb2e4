# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 25 (review r24): the channels chapter says each number once, and a heading names the year of figures that
are not the report's."""

from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import data_years


def _fact(notebook: str, file: str) -> dict:
    return {"notebook": notebook, "source": {"file": file}, "value": 1}


def test_a_chapter_of_an_earlier_years_tables_names_that_year():
    """r24 2021 #2: '2.1 Geslacht en leeftijd' showed a 2020 age figure in a 2021 report, the heading said nothing."""
    facts = {
        "a": _fact("gender_age", "data/1712/2020/contacts_by_age.csv"),
        "b": _fact("gender_age", "data/1712/2021/key_figures.csv"),
        "c": _fact("reachability", "data/1712/2020/key_figures.csv"),
        "d": _fact("reachability", "data/1712/2020/contacts_by_month_channel.csv"),
        "d2": _fact("reachability", "data/1712/2020/contacts_by_month_channel.csv, data/1712/2021/key_figures.csv"),
        "e": _fact("helplines", "data/tele-onthaal/2021/key_figures.csv"),
        "f": _fact("channels", "data/1712/2021/contacts_by_month_channel.csv"),
        "g": _fact("channels", "data/1712/2020/contacts_by_month_channel.csv"),
    }
    assert data_years.data_year(facts, "gender_age", 2021) == {"year": "2020", "partly": True}
    assert data_years.data_year(facts, "reachability", 2021) == {"year": "2020", "partly": False}
    assert data_years.data_year(facts, "helplines", 2021) is None  # key figures of the year only
    assert data_years.data_year(facts, "channels", 2021) is None  # the year's own table
    assert data_years.data_year(facts, "gender_age", 2020) is None
    reading = [
        {"name": "channels", "title": "K", "sections": [{"name": "gender_age", "title": "G"}]},
        {"name": "reachability", "title": "B", "sections": []},
        {"name": "gender_age", "title": "G", "sections": []},
    ]
    got = data_years.with_data_years(reading, facts, 2021)
    assert got[0]["data_year"] is None and got[0]["sections"][0]["data_year"] == {"year": "2020", "partly": True}
    assert got[1]["data_year"] == {"year": "2020", "partly": False}  # a chapter wholly of 2020's figures
    assert got[2]["data_year"] is None  # a chapter partly so: its captions say it, its heading stays short


def test_the_heading_says_the_year_in_the_report_template():
    """The words are the template's: '(cijfers 2020)', '(deels cijfers 2020)' after the chapter's title."""
    from pathlib import Path

    import jinja2

    qmd = (Path(__file__).parents[2] / "report" / "report.qmd").read_text(encoding="utf-8")
    macro = next(line for line in qmd.splitlines() if line.startswith("{% macro year_of"))
    assert "# {{ c.title }}{{ year_of(c.data_year) }}" in qmd and "## {{ s.title }}{{ year_of(s.data_year) }}" in qmd
    heading = jinja2.Environment().from_string(macro + "Leeftijd{{ year_of(d) }}")
    assert heading.render(d={"year": "2020", "partly": True}) == "Leeftijd (deels cijfers 2020)"
    assert heading.render(d={"year": "2020", "partly": False}) == "Leeftijd (cijfers 2020)"
    assert heading.render(d=None) == "Leeftijd"


def test_a_year_of_key_figures_shows_its_channels_once_and_the_tables_of_the_charts_in_the_annex(plain):
    """r24 2021 #11: the chat share in the text, Tabel 2, Tabel 4 and Figuur 2; Tabel 3 beside Figuur 1."""
    from hulplijnen.chapters import channels

    facts = FactSheet("channels", 2021)
    chapter = channels.build(2021, "1712", [2020, 2019], facts)
    assert chapter.tables["channels"] is None  # the text lists each channel's count and share
    labels = [getattr(p, "label", None) for p in chapter.parts]
    # r28 2021 #4, #14: no annex table repeats a chart either (its description and CSV give the numbers)
    assert "tbl-appendix-contacts-years" not in labels and "tbl-appendix-channel-shares-years" not in labels
    assert "tbl-contacts-years" not in labels and "tbl-channel-shares-years" not in labels
    assert plain(chapter.text).count("18 %") == 1
    assert (
        "De figuren hieronder tonen het aantal contacten van 2019 tot en met 2021 en het aandeel van elk kanaal in "
        "2020 en 2021." in plain(chapter.text)
    )
    # the year of monthly tables keeps its exact table per channel
    assert channels.build(2020, "1712", [2019], FactSheet("channels", 2020)).tables["channels"] is not None


def test_the_campaign_dates_are_a_size_larger_on_a_phone():
    """r24 2020 #18: on a phone the campaigns' dates were about 9 px on the shaded peak band (fig-campaigns; its
    phone version: presentation/figures_phone.py, written by pipeline/phone_figures.py)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from chart_gallery import campaign

    from hulplijnen.presentation import figures_phone, theme

    fig = campaign(("2020-03-23", "2020-05-07", "2020-10-06", "2020-12-17"))
    figures_phone.png_bytes(fig)
    labels = [t for t in fig.axes[0].texts if t.get_text()]
    assert labels and all(t.get_fontsize() > theme.TEXT_PT for t in labels), [t.get_fontsize() for t in labels]
    plt.close(fig)


def test_a_value_on_a_bar_keeps_the_phones_text_size():
    """The larger size is for a date hanging from the plot's top, not for the values on bars side by side (at a size
    more, '17,9 %' ran into '11,3 %' on the 2021 channel shares)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from hulplijnen.chapters import channels
    from hulplijnen.chapters.channels import charts
    from hulplijnen.presentation import figures_phone

    fig = charts.MIX.draw(channels.build(2021, "1712", [2020, 2019], FactSheet("channels", 2021)).data)
    figures_phone.png_bytes(fig)
    assert {t.get_fontsize() for t in fig.axes[0].texts if t.get_text()} == {figures_phone.MIN_PT}  # r29: all one size
    plt.close(fig)
