"""Round r66k: fresh readers' findings on Table 1 ('Kerncijfers') and the annex's table of where its rows come from
(/work/review/r66), each pinned on its new text; each test failed on the text before."""

from __future__ import annotations

from dataclasses import asdict

import yaml
from test_helplines_r13 import flat, summary_of_release
from test_summary_key_messages import PROFILE, YEAR, fact, plain

from hulplijnen.chapters import helplines as chapter
from hulplijnen.config.paths import ROOT
from hulplijnen.facts import FactSheet, keys
from hulplijnen.pipeline import summary
from hulplijnen.pipeline.glossary import glossary_markdown, glossary_terms


def _records(helplines: list[str], notebook: str | None = "helplines") -> dict:
    """The helplines chapter's facts of 2021 as figures.json records them (``notebook``: the chapter that did)."""
    facts = FactSheet("helplines", 2021)
    chapter.whole(2021, helplines, facts)
    records = {
        r["key"]: {**r, "source": r["source"] if isinstance(r["source"], dict) else asdict(r["source"])}
        for r in facts.records()
    }
    return {k: r | {"notebook": notebook} for k, r in records.items()} if notebook else records


def test_r66_2020_2_table_1_gives_the_annual_reports_240_without_the_filled_cells():
    """2020 #2: '(ingevulde vakken van de tabel: 232)' was audit language in the at-a-glance table."""
    check = keys.check_key("1712", "contact_person_perpetrator_environment_count", "computed_n")
    full = plain(summary.key_figures_markdown({**PROFILE, check: fact(232)}, ["1712"], YEAR))
    assert "| 240 contacten volgens het jaarverslag 2020 |" in full
    assert "ingevulde vakken" not in full and "232" not in full


def test_r66_2020_8_table_1_names_the_contacts_without_a_channel_as_the_tables_do():
    """2020 #8: '6 zonder geregistreerd kanaal' in Table 1, 'niet ingevuld' in Tables 2 and 3."""
    channels = {"phone": (5702, 70.8), "email": (1440, 17.9), "chat": (911, 11.3)}
    facts = dict(PROFILE)
    for channel, (count, share) in channels.items():
        facts[keys.channel_share("1712", channel)] = fact(share, unit="percent")
        facts[keys.channel_count("1712", channel, "contacts")] = fact(count)
    facts[keys.channel_count("1712", "not_recorded", "contacts")] = fact(6)
    full = plain(summary.key_figures_markdown(facts, ["1712"], YEAR))
    assert "5.702 via telefoon, 1.440 via e-mail en 911 via chat; bij 6 is het kanaal niet ingevuld" in full
    assert "geregistreerd kanaal" not in full


def test_r66_to_3_the_channel_counts_point_to_the_chapters_table_not_to_the_audit_table():
    """TO #3: '118.408 via telefoon en 19.261 via chat (zie Tabel 4)': the counts are in Table 2; Table 4, an audit
    table, explains only why the shares are read as shares of the calls (the value says 'van de oproepen')."""
    md = flat(summary.markdown(_records(["tele-onthaal"]), ["tele-onthaal"], 2021))
    calls, talks = md.split("| Oproepen per kanaal |")[1].split("| Gesprekken per kanaal |")
    assert calls.rstrip().endswith("118.408 via telefoon en 19.261 via chat (zie @tbl-helpline-channels) |"), calls
    assert (
        talks.split("| Aandeel")[0]
        .rstrip()
        .endswith(
            "88.128 via telefoon en 16.553 via chat (zie @tbl-helpline-channels; aandelen berekend door dit rapport) |"
        )
    )
    assert "@tbl-unclear-bases" not in calls
    # without the chapter's table (a report whose counts per channel come from elsewhere): no pointer to it
    assert "@tbl-helpline-channels" not in summary_of_release(["tele-onthaal"])
    several = summary_of_release(["1712", "tele-onthaal", "stop-it-now"])
    assert "@tbl-helpline-channels" not in several


def _sources(helplines: list[str]) -> str:
    """The annex's sources of Table 1, 1712's counts recorded as the 2021 build records them (its total and 2019 from
    the key figures over 2021, its 2020 from the written question's tables)."""
    records = _records(helplines)
    if "1712" in helplines:
        later, question = "data/1712/2021/key_figures.csv", "data/1712/2020/contacts_by_month_channel.csv"
        counts = {"total": (8515, later), "2019.low": (5406.3, later), "2019.high": (5440.9, later)}
        counts |= {"2020.low": (8059, question), "2020.high": (8059, question)}
        counts = {f"1712.contacts.{k}": v for k, v in counts.items()}
        counts |= {"1712.contacts_change_2020": (6.0, later), "1712.contacts_change_2019": (57.0, later)}
        for key, (value, file) in counts.items():
            records[key] = fact(value, file) | {"key": key, "notebook": "channels"}
    return flat(summary.sources_markdown(records, helplines, 2021))


def test_r66_2021_4_a_total_given_with_its_changes_comes_from_the_key_figures_alone_with_no_note():
    """2021 #4: Table 1 gives 8.515, +6 % and +57 % (all from the key figures), yet the annex named the written
    question as a source too, and a note explained counts of 2019 and 2020 that Table 1 does not show."""
    said = _sources(["1712", "tele-onthaal", "stop-it-now"])
    assert "Geen aantallen in de bron" not in said and "¹" not in said
    assert "schriftelijke vraag" not in said
    assert said.startswith("**Herkomst van @tbl-key-figures.** Alle cijfers in die tabel komen uit „Cijfers hulplijnen")
    # one helpline given with its changes only: no paragraph on counts the table does not show
    assert "Herkomst van @tbl-key-figures" not in _sources(["tele-onthaal"])


def test_r66_2020_4_the_annex_names_table_1_by_its_number_not_as_kerncijfers():
    """2020 #4, 2021 #5: 'Kerncijfers. Waar de kerncijfers in de tabel „Kerncijfers” van de samenvatting vandaan
    komen' read as the source's key figures (the 2021 page) as much as the summary's table."""
    template = (ROOT / "report" / "summary" / "sources.md").read_text(encoding="utf-8")
    assert "**Kerncijfers.**" not in template and "tabel „Kerncijfers”" not in template
    assert "**Herkomst van @tbl-key-figures.** Waar de cijfers in die tabel van de samenvatting vandaan komen:" in (
        template
    )
    assert ": Herkomst van de cijfers in @tbl-key-figures {#tbl-key-figure-sources}" in template


def test_r66_2021_5_the_glossary_says_what_the_kerncijfers_are_with_their_page_and_year():
    """2021 #5: 'kerncijfers' is the source's page about 18 times and the summary's table; the glossary had no entry.
    2020 #4: 'Het woord komt uit de kerncijfers van 1712.' without the year."""
    terms = {t["term"]: t["definition"] for t in glossary_terms()}
    assert terms["kerncijfers"].startswith(
        "De cijfers op de webpagina „Cijfers hulplijnen: 1712, Stop it Now! & Tele-Onthaal” met een infografiek per "
        "hulplijn over 2021."
    )
    assert "Ook de tabel „Kerncijfers” in de samenvatting heet zo" in terms["kerncijfers"]
    assert terms["mogelijk slachtoffer"].endswith("Het woord komt uit de kerncijfers van 1712 over 2021.")
    raw = yaml.safe_load((ROOT / "report" / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    assert all(
        "2021" not in t.get("definition", "") for t in raw if t["term"] in ("kerncijfers", "mogelijk slachtoffer")
    )
    shown = "volgens de kerncijfers over 2021 kreeg 1712"
    assert "**kerncijfers**" in flat(glossary_markdown(shown, ["1712"]))


def test_r66_the_kerncijfers_entry_is_for_reports_on_1712_only():
    """A report of Tele-Onthaal alone has the page's figures only (its Tabel 1 is the page's): no entry, which also
    kept its glossary page from pushing the annex's table of derived values over two pages."""
    shown = "volgens de kerncijfers over 2021"
    assert "**kerncijfers**" not in flat(glossary_markdown(shown, ["tele-onthaal"]))
    assert "**kerncijfers**" in flat(glossary_markdown(shown, ["1712", "tele-onthaal", "stop-it-now"]))
