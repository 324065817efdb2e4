"""Issue 21, reader's findings on text and tables: the rules behind them, on tiny frames (each failed before)."""

import pandas as pd

from hulplijnen.chapters.contact_persons import analysis as cp
from hulplijnen.pipeline import messages
from hulplijnen.presentation import fmt


def groups_frames(cells: dict, bounds: list[tuple[str, float]]):
    codes = pd.DataFrame(
        {"code": ["a1", "a2", "a3", "b1", "b2"], "group": ["a", "a", "a", "b", "b"], "role": ["x"] * 5}
    )
    groups = pd.DataFrame({"group": ["a", "b"], "label_nl": ["groep a", "groep b"], "order": [1, 2]})
    people = pd.DataFrame({"code": list(cells), "contacts": list(cells.values())})
    frame = pd.DataFrame(bounds, columns=["missing_cells", "derived_total"])
    return people, codes, groups, frame


def test_empty_cells_of_one_group_fixed_by_a_total_make_the_group_exact():
    """The source leaves two cells of a group empty and its totals fix what they hold together (8): the group
    is exact (filled + 8), not a range from the filled cells up (the 2020 'cultuur 24 à 37', exactly 37)."""
    people, codes, groups, bounds = groups_frames(
        {"a1": 24.0, "a2": None, "a3": None, "b1": 10.0, "b2": 5.0}, [("a2|a3", 13.0)]
    )
    out = cp.by_group(people, codes, groups, bounds, 52).set_index("group")
    assert out.loc["a", "low"] == out.loc["a", "high"] == 37 and bool(out.loc["a", "exact"])
    assert out.loc["b", "low"] == out.loc["b", "high"] == 15


def test_empty_cells_across_groups_remain_a_range_per_group():
    people, codes, groups, bounds = groups_frames(
        {"a1": 24.0, "a2": None, "a3": 1.0, "b1": None, "b2": 5.0}, [("a2|b1", 6.0)]
    )
    out = cp.by_group(people, codes, groups, bounds, 36).set_index("group")
    assert (out.loc["a", "low"], out.loc["a", "high"]) == (25, 31) and not out.loc["a", "exact"]
    assert (out.loc["b", "low"], out.loc["b", "high"]) == (5, 11)


def test_an_exact_difference_is_said_as_a_number_of_things():
    assert fmt.difference_words(-36460) == "36.460 minder dan"
    assert fmt.difference_words(79554) == "79.554 meer dan"


def test_a_subject_share_that_moved_beyond_its_rounding_is_a_key_message(monkeypatch):
    """A share published for this year and an earlier year (what conversations were about) is a key message
    when the two differ beyond rounding; one within rounding of the other is not."""
    figs = pd.DataFrame(
        [
            ("s", "topic_share", "all", None, 13.0, "percent", "rounded", 0, "conversations"),
            ("s_before", "topic_share", "all", 2000.0, 24.1, "percent", "rounded", 1, "conversations"),
            ("t", "other_share", "all", None, 20.0, "percent", "rounded", 0, "contacts"),
            ("t_before", "other_share", "all", 2000.0, 20.4, "percent", "rounded", 1, "contacts"),
        ],
        columns=["key", "measure", "category", "reference_year", "value", "unit", "qualifier", "decimals", "base"],
    )
    monkeypatch.setattr(messages.load, "has_table", lambda *a: True)
    monkeypatch.setattr(messages.load, "key_figures", lambda year, helpline: figs)
    monkeypatch.setattr(messages.keys, "fact_key", lambda h, row: (f"{h}.{row.key}",))
    facts = {f"h.{k}": {"value": v} for k, v in zip(figs["key"], figs["value"])}
    found = messages.subject_shifts(facts, "h", 2001)
    assert len(found) == 1
    assert found[0]["now"] == 13 and found[0]["before"] == 24.1 and found[0]["fell"]
    assert found[0]["before_year"] == "2000"


def test_a_published_share_is_labelled_as_a_reader_reads_it():
    """2021's Fig. 4 and Table 5 read 'soort geweld (kindermishandeling)' and 'aandeel per contactnemer (het
    slachtoffer zelf)': codebook labels, not words."""
    from hulplijnen.presentation.labels import reader_label

    assert reader_label("victim_type", "child_abuse") == "kindermishandeling"
    assert reader_label("contact_person_share", "1100") == "contactnemer: het slachtoffer zelf"
    assert reader_label("contacts", "all") == "contacten"


def test_the_code_list_only_where_a_chapter_counts_by_code():
    """2021 printed 1712's code list (Table 14) though 2021 has no table per code, only rounded shares."""
    from hulplijnen.config.params import load_params
    from hulplijnen.pipeline.appendix import shows_codes

    for release, expected in (("2020", True), ("2021", False)):
        p = load_params(release)
        assert shows_codes(["contact_persons"], p.helplines, p.year) is expected, release
    assert not shows_codes(["channels"], ["1712"], 2020)


def test_a_report_from_a_contact_export_alone_has_no_code_list():
    """The demo printed 1712's whole code list (1100-6999) though its registration chapter counts by group of codes
    (issue 21); its methods named the codes and the context of violence, which no demo chapter counts."""
    from hulplijnen.pipeline.appendix import shows_codes
    from hulplijnen.pipeline.release import load_release
    from hulplijnen.presentation import text

    release = load_release("demo")
    assert not shows_codes(list(release.chapters), release.params.helplines, release.params.year)
    methods = text.render("methods.md", derived=False, about_the_same=None)
    assert "1100" not in methods and "context van het geweld" not in methods


def test_small_whole_numbers_in_running_text_are_words():
    """'vier grotere campagnes', 'zeven maanden', 'viel één campagne' (2020 read '1 campagne')."""
    from hulplijnen.presentation import fmt

    assert fmt.words(4) == "vier" and fmt.words(7) == "zeven" and fmt.words(20) == "twintig"
    assert fmt.words(21) == "21" and fmt.words(1712) == "1.712"
    assert fmt.count(1, "campagne", "campagnes") == "één campagne" and fmt.count(0, "dag", "dagen") == "geen dagen"


def test_the_highest_since_launch_is_a_recorded_figure():
    """1712's 2021 infographic says 'het hoogst aantal oproepen sinds de oprichting'; the 2021 chapter left it out."""
    from hulplijnen.chapters.channels import over_years
    from hulplijnen.facts import FactSheet

    found = over_years.rank_since_launch(2021, "1712", FactSheet("t", 2021))
    assert found["rank"] == 1 and found["launched"] is None  # r21 2021 #17: no source states the year
    assert over_years.rank_since_launch(2020, "1712", FactSheet("t", 2021)) is None


def test_stop_it_now_figures_published_only_in_the_annex_are_in_its_chapter_text():
    """The 80 % of referrals at a specialised centre and the 114.215 website visitors since launch."""
    from hulplijnen.chapters.helplines import helpline
    from hulplijnen.facts import FactSheet

    chapter = helpline(2021, "stop-it-now", FactSheet("t", 2021))
    body = " ".join(chapter.text.split())
    assert "80 % zich aan bij een gespecialiseerd behandelcentrum" in body  # split() took the no-break space
    assert "Sinds de lancering telde de website 114.215 bezoekers." in body


def _r(value):
    from hulplijnen.facts import recorded

    return recorded(f"x.{value}", value)


def _messages(**h):
    from hulplijnen.presentation import text

    base = {
        "name": "Hulplijn X",
        "short": "X",
        "trend": None,
        "reach": None,
        "export": None,
        "conversations": None,
        "conversations_share": None,
        "shift": None,
        "victim": None,
        "women": None,
        "victim_side": None,
        "perpetrator_side": None,
        "family": None,
        "violence": None,
        "anonymous": None,
        "subjects": [],
        "lockdown": None,
        "measures": [],
        "synthetic": False,
    }
    base.update(h)
    numbers = {f"x.{v}": v for v in (73.0, 90.0, 54.0, 75.0, 40.0, 45.0, 3.0, 4.0)}  # the recorded facts
    out = text.render("summary/messages.md", prose=False, facts=numbers, year="2001", helplines=[base])
    return " ".join(out.split())


def test_anonymity_is_said_under_who_makes_contact_not_under_what_it_is_about():
    """Anonymity is about who makes contact (reader's finding, issue 21): not under 'Waarover het gaat'."""
    out = _messages(
        women=_r(73.0),
        family=_r(90.0),
        violence={"label": "geweld", "share": _r(54.0)},
        anonymous={"share": _r(75.0), "more_than": False, "by": "helpline"},
    )
    who = out.split("**Wie contact opneemt:**", 1)[1].split("- **", 1)[0]
    about = out.split("**Waarover het gaat:**", 1)[1].split("- **", 1)[0]
    # r41 (r41 2021 #1): the key figure's words, '75 % koos voor anonimiteit'
    assert "anonim" in who and "anonim" not in about


def test_an_earlier_years_reachability_lead_says_plainly_that_this_year_has_no_figure():
    """The lead bullet for an earlier year's figure from a parliamentary question reads plainly (issue 21), and
    says 'van de oproepen' as the source does (no channel)."""
    reach = {
        "start": "2000-09",
        "end": "2000-12",
        "low": _r(40.0),
        "high": _r(45.0),
        "by_questioner": True,
        "not_confirmed": True,
    }
    out = " ".join(_messages(reach=reach).split())
    # r19 #1: plainly 'no figure for the year', then the last one in the name of the helpline's internal analyses;
    # r21 2021 #3: no figure in this report's sources, not 'no figure' at all
    # r22 2021 #1: one line, the figure the questioner's; 'inkomende oproepen', the glossary's word for all calls
    # r27 2021 #1, #11: plainly what is not known, no audit wording; the earlier year's figure is the chapter's
    # r28 2021 #2 (the lead's decision): the end-of-year figure of incoming calls, with who states it, then plainly
    # that the year has none
    # r31 (2021 #2, #3): two sentences: the year's none plainly, then the question's figure in its words
    # r32 (2021 #16, the lead's wording): one sentence, what is not known, then the fact, its source after it
    # r33 (r32 #1, #5): the year first, plainly; the earlier figure once, dated; its source said plainly
    # r34a (2021 #1): who says it first, in the question's words ('de oproepen')
    # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend': figures may exist)
    # r36 (r35 2021 #1): the lead without the year (a skimmed lead read the earlier figure as the year's); the
    # earlier figure's months said before it
    # r45 (r44 2021 #5): 'de recentste cijfers gaan over'
    assert (
        "**Bereikbaarheid:** over 2001 geven de bronnen geen cijfers; de recentste cijfers gaan over "
        "september–december 2000 (interne analyses van X, aangehaald in schriftelijke vraag in het Vlaams Parlement): "
        "toen werd 40 tot 45 % van de oproepen beantwoord." in out
    ), out
    assert "Bereikbaarheid in 2001" not in out
    assert "minister" not in out and "wellicht" not in out and "Het laatste cijfer, van" not in out
