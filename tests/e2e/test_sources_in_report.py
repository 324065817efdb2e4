"""Back-test: every figure and derived statement of both source documents appears in figures.json
of the releases with the right value, and every new chapter is in every release that should have it."""

import json
import re

import nbformat
import pytest
from declared import not_shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen import chapters
from hulplijnen.config.params import load_params, release_ids


def facts(built, release):
    return {k: v["value"] for k, v in json.loads((built[release] / "figures.json").read_text())["facts"].items()}


SHARED = {  # the 2020 tables, in both 1712 releases
    "1712.gender.2020.contacts": 8059,
    "1712.gender.2020.table_total": 8043,
    "1712.gender.2020.not_recorded": 16,
    "1712.gender.2020.known": 7957,
    "1712.gender.2020.female.contacts": 5869,
    "1712.gender.2020.male.contacts": 2088,
    "1712.gender.2020.unknown.contacts": 86,
    "1712.gender.2020.female.share_known_pct": 73.8,
    "1712.age.2020.blank.contacts": 16,
    "1712.age.2020.adult.contacts": 7605,
    "1712.age.2020.adult.share_pct": 94.4,
    "1712.age.2020.minor.contacts": 381,
    "1712.age.2020.minor.share_known_pct": 4.8,
    "1712.age.2020.known": 7986,
    "1712.context.2020.all.possible_victims": 11305,
    "1712.context.2020.known.possible_victims": 10088,
    "1712.context.2020.family.possible_victims": 9233,
    "1712.context.2020.nuclear_family.possible_victims": 8570,
    "1712.context.2020.wider_family.possible_victims": 663,
    "1712.context.2020.outside_family.possible_victims": 855,
    "1712.context.2020.family.share_known_pct": 91.5,
    "1712.context.2020.nuclear_family.share_pct": 75.8,
    "1712.context.2020.separated_nuclear_family.possible_victims": 4251,
    "1712.context.2020.separated_nuclear_family.share_known_pct": 42.1,
    "1712.context.2020.foster_family.possible_victims": 23,
    "1712.context.2020.school.possible_victims": 104,
    "1712.context.2020.sport.possible_victims": 36,
    "1712.context.2020.leisure.possible_victims": 192,
    "1712.context.2020.work.possible_victims": 65,
    "1712.context.2020.unknown.possible_victims": 1175,
    "1712.context.2020.blank.possible_victims": 42,
    "1712.reach.per_attempt_low_pct": 40,
    "1712.reach.per_attempt_high_pct": 45,
    "1712.reach.stated_low_attempts": 3,
    "1712.reach.stated_high_attempts": 4,
    "1712.reach.reached_low_pct": 40,
    "1712.reach.reached_high_pct": 90.8,
    "1712.reach.reached_if_independent_low_pct": 78.4,
    "1712.reach.accounting_holds": 0,
    "1712.reach.answered_per_caller_low_ratio": 1.2,
    "1712.reach.answered_per_caller_high_ratio": 1.8,
    "1712.reach.retry_holds": 0,
    "1712.reach.window_start_month": "2020-09",
    "1712.reach.window_end_month": "2020-12",
    "1712.peak.peak_month": "2020-04",
    "1712.peak.peak_contacts": 967,
    "1712.peak.window_vs_baseline_pct": 45.3,
    "1712.event.capacity_subsidy_continued.start_earliest": "2021-12-01",
    "1712.event.capacity_subsidy_continued.end_latest": "2024-11-30",
    "1712.event.chat_extension.start_earliest": "2021-09-01",
    "1712.event.overflow_option_zero.start_earliest": "2021-01-01",
    "1712.event.answering_machine.start_earliest": "2021-01-01",
    "1712.event.extra_line_every_province.start_earliest": "2020-12-01",
    "1712.event.capacity_subsidy_first.start_earliest": "2020-04-01",  # after the first lockdown (April-June 2020)
    "1712.event.capacity_subsidy_first.start_latest": "2020-12-01",  # one year, contiguous with 1/12/2021 at latest
    "1712.chat_lines_peak": 3,
}
ONLY_2020 = {  # the 2020 report checks what the 2020 sources say about 2020
    "1712.check.contact_person_victim_environment_share.computed_pct": 91.2,
    "1712.check.contact_person_victim_environment_share.part_n": 7352,
    "1712.check.contact_person_victim_environment_share.whole_n": 8059,
    "1712.check.contact_person_victim_environment_share.published_pct": 91,
    "1712.check.contact_person_victim_environment_share.holds": 1,
    "1712.check.contact_person_perpetrator_environment_count.published_n": 240,
    "1712.check.contact_person_perpetrator_environment_count.computed_n": 232,
    "1712.check.contact_person_perpetrator_environment_count.holds": 1,
    "1712.check.contact_person_perpetrator_environment_share.part_n": 240,
    "1712.check.contact_person_perpetrator_environment_share.computed_pct": 3.0,
    "1712.check.contact_person_perpetrator_environment_share.holds": 1,
    "1712.check.contact_person_victim_one_in_n.computed_one_in_n": 3.0,
    "1712.check.contact_person_victim_one_in_n.holds": 1,
    "1712.check.contact_person_parent_one_in_n.computed_one_in_n": 4.9,
    "1712.check.contact_person_other_family_one_in_n.computed_one_in_n": 7.0,
    "1712.check.contact_person_other_family_one_in_n.part_n": 1159,
    "1712.check.contact_person_neighbour_one_in_n.computed_one_in_n": 10.0,
    "1712.check.contact_person_victim_count.computed_n": 2708,
    "1712.channel.chat.share_pct.2020.low": 11.3,
}
ONLY_2021 = {  # the 2021 report: 2021's page against the exact 2020 figures
    "1712.contacts.total": 8515,
    "1712.contacts.2020.low": 8059,
    "1712.contacts.2020.high": 8059,
    "1712.check.contacts_change_2020.computed_change_pct": 5.7,
    "1712.check.contacts_change_2020.published_change_pct": 6,
    "1712.check.contacts_change_2020.low_change_pct": 5.5,
    "1712.check.contacts_change_2020.high_change_pct": 6.5,
    "1712.check.contacts_change_2020.part_n": 8515,
    "1712.check.contacts_change_2020.whole_n": 8059,
    "1712.check.contacts_change_2020.holds": 1,
    "1712.check.chat_one_in_n_2020.computed_one_in_n": 8.8,
    "1712.check.chat_one_in_n_2020.holds": 1,  # one in ten: 10 % with one significant digit; 11,3 % fits
    "1712.channel.chat.share_pct.2020.low": 11.3,
    "1712.channel.chat.share_pct.2021.low": 17.5,
    "1712.channel.chat.share_pct.2021.high": 18.5,
    "1712.check.gender_female_2021_vs_2020.computed_pct": 73.8,
    "1712.check.gender_female_2021_vs_2020.low_pct": 72.5,
    "1712.check.gender_female_2021_vs_2020.high_pct": 73.5,
    "1712.check.gender_female_2021_vs_2020.holds": 0,
    "1712.check.context_family_2021_vs_2020.computed_pct": 91.5,
    "1712.check.context_family_2021_vs_2020.published_pct": 90,
    "1712.check.context_family_2021_vs_2020.holds": 0,
    "1712.check.context_nuclear_family_2021_vs_2020.computed_pct": 75.8,
    "1712.check.context_nuclear_family_2021_vs_2020.published_pct": 75,
    "1712.context.2021.all.possible_victims": 11312,
    "1712.contact_person.victim.share_pct.2020.low": 33.6,
    "1712.contact_person.victim.share_pct.2021.low": 36.5,
}


@pytest.mark.parametrize(
    "release,key,value",
    [("2020", k, v) for k, v in {**SHARED, **ONLY_2020}.items()]
    + [("2021", k, v) for k, v in {**SHARED, **ONLY_2021}.items()],
)
def test_every_source_figure_and_statement_is_in_figures_json(built, release, key, value):
    got = facts(built, release)
    assert key in got, (release, key)
    assert got[key] == (pytest.approx(value) if isinstance(value, (int, float)) else value), (release, key)


def test_the_2020_report_does_not_use_later_years(built):
    """A report on 2020 shows no figure of 2021 (no series beyond its own year, not 2021's contacts, nor what the 2021
    page says of 2020); it may take 2019 from the 2021 page (+57 % on 2019), naming that page as its source, and says
    2020 was about half more than 2019 (issue 21, review r11 2020 #1)."""
    records = json.loads((built["2020"] / "figures.json").read_text())["facts"]
    got = {k: v["value"] for k, v in records.items()}
    # r36 (r35 2020 #1): one exception, 2021's published total as the base the 2019 estimate rests on, said first in
    # chapter 1 (a derived estimate only after the published figure it comes from); no other 2021 figure
    base = "1712.contacts.2021.later_total"
    assert got.pop(base) == 8515 and records[base]["source"]["file"] == "data/1712/2021/key_figures.csv"
    # r39 (r38 2020 #15): and the check of 2021's '+6 %' against 2020's tables, in the annex's 'Controles'
    across = "quality.1712.across_2020.later_count"
    assert got.pop(across) == 8515 and records[across]["source"]["file"] == "data/1712/2021/key_figures.csv"
    # r40 (r39 2020 #1): and 2021's count of possible victims, beside the undated context table's total in the annex
    victims = "1712.context.2021.all.possible_victims"
    assert got.pop(victims) == 11312 and records[victims]["source"]["file"] == "data/1712/2021/key_figures.csv"
    # r54 (r54 2020 #5): and 2021's two context shares, in the annex's note that they too lie close to the table's
    assert got.pop("1712.context.2021.family.share_known_pct") == 90
    assert got.pop("1712.context.2021.nuclear_family.share_pct") == 75
    assert not any(".2021." in k or "_2021_" in k for k in got), [k for k in got if ".2021." in k or "_2021_" in k]
    assert 8515 not in got.values() and "1712.contacts.2020.low" not in got  # 2021's own total; 2020 from 2021's page
    assert (got["1712.contacts.2019.low"], got["1712.contacts.2019.high"]) == (pytest.approx(5406.3), 5440.9)
    assert records["1712.contacts.2019.low"]["source"]["file"] == "data/1712/2021/key_figures.csv"
    assert (got["1712.contacts.2019.growth_low_pct"], got["1712.contacts.2019.growth_high_pct"]) == (48.1, 49.1)
    shown = [(built["2020"] / "report.qmd").read_text(encoding="utf-8")] + [
        o.get("data", {}).get("text/markdown", "")
        for nb in sorted((built["2020"] / "notebooks").glob("*.ipynb"))
        for c in nbformat.read(nb, as_version=4).cells
        for o in c.get("outputs", [])
    ]
    report = "".join(shown).replace("\u00a0", " ").replace("\\", "")
    # r36 (r35 2020 #1): 2021's total once, as the published figure the 2019 estimate comes from (chapter 1)
    # r39 (r38 2020 #15): and once in the annex's 'Controles', the check of 2021's '+6 %' against 2020's tables
    # r39 (r38 2020 #3): and once in the summary's key message, as the published base of the derived 2019 estimate;
    # each of the three is pinned below, so a fourth use of 2021's total (or a new context) still fails
    # r45 (r44 2020 #8): and once in 'Over deze cijfers', which lists the later year's key figures the release uses
    # (pipeline.about_later); pinned below, so a fifth use still fails
    # r47 (r46 2020 #3): and once in Tabel 1, as the published base of the '≈ 5.420' in its row
    assert report.count("8.515") == 5 and "8515" not in report
    assert (
        # r48 (r47 2020 #9): each use after its figures
        # r52 (r51 2020 #7, accepted by the lead): a short list, one use a line
        "Uit de kerncijfers over 2021 gebruikt het wel: - het aantal contacten (8.515) en de wijziging van het aantal "
        "contacten tegenover 2019 (+57 %), om 2019 te schatten;" in " ".join(report.split())
    )
    # r45 (r44 2020 #2), r47 (r46 2020 #3): the published base first, then the estimate, then the year's rise
    assert (
        # r48 (r47 2020 #1, #4): the key figures' figures (not 'meldt 1712'), the derivation shorter
        # r52 (lead's decision D): two sentences, the 2019 base with what it counts
        "Uit de kerncijfers over 2021 (8.515 contacten, 57 % meer dan in 2019) volgt dat 1712 in 2019 ongeveer 5.420 "
        # r56 (r56 2020 #2): the computed range, then the fraction
        "contacten had. In 2020 waren het er dus naar schatting 48 tot 49 % meer, bijna de helft."
        in " ".join(report.split())
    )
    assert "Voor 2021 meldt" not in " ".join(report.split()) and (
        "1712 voor 2021 meldt" not in " ".join(report.split())
    )
    # r53 (r53 2020 #6): Tabel 1's note with a subject; this pin follows it
    assert "(≈ 5.420; afgeleid uit 8.515 contacten in 2021, +57 % tegenover 2019)" in " ".join(report.split())
    assert "daaruit volgt voor 2019 naar schatting 5.420)" not in " ".join(report.split())
    assert "De kerncijfers van 2021 (8.515 contacten, +6 % tegenover 2020) kloppen met de 8.059" in " ".join(
        report.split()
    )
    assert "bijna de helft meer dan in 2019" in report  # the key figure (r16 2020 #7: one wording, no range)
    # the channels chapter (round 14: one sentence instead of a table and a chart of two years)
    # r24 2020 #3: the count said as derived from the later key figures; r26 2020 #8: its range in the Methods
    # r36 (r35 2020 #1, replaces r34's plain 'In 2019 waren er ongeveer 5.420'): the published figure first
    # r39 (r38 2020 #3): 'naar schatting ongeveer' said the estimate twice: 'naar schatting 5.420'
    assert (
        # r48 (r47 2020 #1): the key figures' figures, said as theirs
        "Volgens de kerncijfers over 2021 kreeg 1712 dat jaar in totaal 8.515 contacten, 57 % meer dan in 2019."
        # r51 (r50 2020 #1): the range of whole numbers, as the annex
        " Daaruit volgt voor 2019 naar schatting tussen 5.407 en 5.440 contacten; 2020 lag dus"
        in " ".join(report.split())
    )
    assert "naar schatting ongeveer 5.420" not in report
    assert "teruggerekend uit de kerncijfers" not in report
    methods = "Zo volgen de contacten van 2019 uit de kerncijfers over 2021 („+57 %” tegenover 2019) en liggen ze"
    assert methods in report
    assert "Cijfers hulplijnen: 1712, Stop it Now!" in report  # the later page among the sources


NEW = ("gender_age", "contexts", "reachability")


@pytest.mark.parametrize("release", release_ids())
def test_each_new_chapter_in_every_release_that_should_have_it(built, release):
    params = load_params(release)
    names = {p.stem for p in (built[release] / "notebooks").glob("*.ipynb")}
    assert names == set(chapters.for_params(params))
    lead_has_tables = params.helplines[0] == "1712" and not params.is_synthetic
    for name in NEW:
        assert (name in names) == lead_has_tables, (release, name)
    assert ("capacity" in names) == (params.export is not None)  # the export chapter, never both
    assert not ({"capacity", "reachability"} <= names)
    for name in NEW if lead_has_tables else ():
        nb = nbformat.read(built[release] / "notebooks" / f"{name}.ipynb", as_version=4)
        images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
        labels = {m for c in nb.cells for m in re.findall(r"#\| label: (fig-\S+)", c.source)}
        assert len(images) == len(labels - set(not_shown(built[release]))), (release, name)
        # a chapter whose charts all have nothing to show in this release (each declared with its reason, e.g.
        # 2021's gender split beside 2020's: two dots, review r13 2021 #13) still says what is known, in words
        words = [
            o for c in nb.cells for o in c.get("outputs", []) if o.get("data", {}).get("text/markdown", "").strip()
        ]
        # (r23: the reachability chapter is words only, its measures one dated list, r22 2020 #7)
        assert images or words, (release, name)


def test_reachability_says_what_is_not_registered(built):
    for release in ("2020", "2021"):
        text = (built[release] / "report.qmd").read_text(encoding="utf-8")
        assert "{{< embed notebooks/reachability.ipynb" in text
        nb = nbformat.read(built[release] / "notebooks" / "reachability.ipynb", as_version=4)
        shown = "".join(o.get("data", {}).get("text/markdown", "") for c in nb.cells for o in c.get("outputs", []))
        assert "tijdstip van een oproep" in shown
        assert "91 %" not in shown.replace("\u00a0", " ")  # r19 #4: no callers-reached range ('tussen 40 % en 91 %')
