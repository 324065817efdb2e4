# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""r44 (r43 2020 #1, #2; 2021 #3, #4, #5, #6): the summary's key messages and chapter 1's opening, built from the
notebooks' facts as the pipeline builds them (no Quarto). Each test fails on the wording before r44."""

from __future__ import annotations

import re

import pytest

from hulplijnen.config.params import load_params
from hulplijnen.data import load
from hulplijnen.pipeline import front, messages


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def facts():
    """Every release chapter's facts of 1712 (and the other helplines for 2021), as the notebooks record them."""
    from hulplijnen.chapters import channels, contact_persons, contexts, gender_age, helplines, reachability
    from hulplijnen.facts import FactSheet

    out = {}
    for year in (2020, 2021):
        sheet = FactSheet("t", year)
        channels.build(year, "1712", [y for y in (2019, 2020) if y < year], sheet)
        contact_persons.build(year, "1712", sheet)
        contexts.build(year, "1712", sheet)
        gender_age.build(year, "1712", sheet)
        reachability.build(year, "1712", sheet, "2026-11-20")
        if year == 2021:
            helplines.build(year, ["1712", "tele-onthaal", "stop-it-now"], sheet)
        out[year] = {r["key"]: r for r in sheet.records()}
    return out


@pytest.fixture(scope="module")
def said(facts):
    return {
        2020: flat(messages.key_messages(facts[2020], ["1712"], 2020)),
        2021: flat(messages.key_messages(facts[2021], ["1712", "tele-onthaal", "stop-it-now"], 2021)),
    }


def test_2020_first_bullet_says_the_estimate_in_a_few_words(said):
    """2020 #2: no derivation in the first sentence; chapter 1 keeps it."""
    # r45 (r44 2020 #2): the published base before the estimate (tests/unit/test_r45b_summary.py)
    # r52 (lead's decision D): the estimate in two sentences, 'naar schatting' once, after the 2019 base
    # r56 (r56 2020 #2): the computed range, then the fraction
    assert "In 2020 waren het er dus naar schatting 48 tot 49 % meer, bijna de helft." in said[2020]
    # r47 (r46 2020 #3): the derivation follows the year's count, in a sentence of its own (test_r45b_summary.py)
    # r48: (r47 2020 findings) the derivation names its source and the 2019 base it gives, still after the year's count
    assert (
        # r52 (lead's decision D): two sentences, the 2019 base with what it counts
        "kreeg **8.059 contacten** in 2020. Uit de kerncijfers over 2021 (8.515 contacten, 57 % meer dan in 2019) "
        # r56 (r56 2020 #2): the computed range, then the fraction
        "volgt dat 1712 in 2019 ongeveer 5.420 contacten had. In 2020 waren het er dus naar schatting 48 tot 49 % "
        "meer, bijna de helft."
    ) in " ".join(said[2020].split())


def test_2020_family_share_says_its_table_has_no_year(said):
    """2020 #1: the table per context stands in the source without a year; the bullet says so."""
    # r45 (r44 2020 #1): the doubt said with both counts (tests/unit/test_r45b_summary.py)
    # r47 (r46 2020 #1): the bullet opens with the doubt (tests/unit/test_r45b_summary.py)
    # r49 (r48 2020 #1): the lead's rule: a table whose year is doubted feeds no key message
    assert "plaatsvindt:**" not in " ".join(said[2020].split())
    assert "geen jaartal" not in said[2021]  # 2021's 90 % is the year's own key figure


def test_2021_channel_shift_follows_the_rule(said):
    """2021 #3: the chat's rise as the 2021 key figures' own comparison; e-mail's 2020 share only beside it, after
    the caveat; no 'minder e-mail', no 'steeg'."""
    s = said[2021]
    # r45 (r44 2021 #4): one hedge per count, e-mail a sentence of its own
    assert (
        # r49 (2021 #1, #2): both channels in one form; the other source is the summary's opening's, not here
        # r60 (r59 2021 #5): the key figures' words beside the share, the shift said once
        # r61 (r59 2021 #2): the key figures' own comparison said as theirs, so the rise is safe to read
        "**Meer chat:** 18 % van de contacten liep via chat (naar schatting 1.500), tegen "
        # r52 (lead's decision D): one sentence per channel, no brackets inside brackets
        "11,3 % (911) in 2020; volgens de kerncijfers zelf was dat bijna één op de vijf, tegen nog één op de tien "
        "in 2020. E-mail: "
        "14 % (naar schatting 1.200), tegen 17,9 % (1.440) in 2020." in s
    )
    assert "andere bron" not in s
    # r49 (r48 2021 #1): Tele-Onthaal's levels, both said once; r52 (lead's decision A): as levels, not 'steeg van'
    # r53 (r52 TO #5)
    # r59 (r58 2021 #6): pin follows the new wording
    # r66 (r66 TO #2): pin follows the new wording
    assert "overige cijfers" not in s and s.count("tegen naar schatting 80.300 in 2020") == 1 and "steeg van" not in s


def test_2021_tele_onthaal_in_one_bullet_and_reachability_short(said):
    """2021 #4: one Tele-Onthaal bullet; the reachability bullet in about two lines."""
    s = said[2021]
    assert s.count("**Tele-Onthaal") == 1
    assert (
        # r47 (r46 TO #1): 'iets minder' by the Methods' rule
        # r61 (r59 2021 #5): 'iets minder' with the published changes, as the Methods say
        "**Tele-Onthaal:** 137.669 oproepen en 104.681 gesprekken, iets minder dan in 2020 (−1 % en −1,1 %). "
        "Van de gesprekken was 13 % "
        "coronagerelateerd (2020: 24,1 %). "  # r52 (lead's decision A): the levels, no rise, 'ongeveer' only
        # r53 (r52 TO #5)
        # r56 (r55 TO #2): pin follows the new wording
        # r56 (r55 TO #4): no comparison with all conversations of 2019
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
        "tegen naar schatting 80.300 in 2020: "
        # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
        "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier "  # r64 (r64 2021 #3)
        "bepaalde wat coronagerelateerd is." in s
    )
    # r45 (r44 2021 #5): 'de recentste cijfers gaan over …'
    # r63 (r63 2021 #1): no 'geen cijfers' beside the measures' preliminary figures
    # r66 (r66 2021 #2): the preliminary figures only under optie 0
    assert "**Bereikbaarheid van 1712:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder);" in s
    assert "hieronder); de recentste cijfers gaan over" in s


def test_option_zero_is_an_active_choice(said):
    """2021 #5: 'optie 0' is chosen (province unknown or not to be named), not 'geen provincie gekozen'."""
    assert "geen provincie" not in said[2021]
    assert (
        "wie in het keuzemenu 0 koos, omdat de eigen provincie onbekend was of liever niet genoemd werd" in said[2021]
    )
    events = load.events() if hasattr(load, "events") else None
    assert events is None or not events.astype(str).apply(lambda c: c.str.contains("geen provincie")).any().any()


@pytest.mark.parametrize("release", ["2020", "2021", "2021-tele-onthaal", "demo"])
def test_every_release_has_one_line_of_helpline_numbers(release):
    """2021 #6: the numbers in one line at the top of the summary, from data/helpline_contacts.csv, as links."""
    line = front.help_box(load_params(release), line=True)
    # r47 (r46 TO #3): the line names the box by its title, as its link text; no 'andere hulplijnen' it lacks
    assert "[het kader „Hulp nodig?”](#hulp-nodig)" in line and "andere hulplijnen" not in line
    for row in load.helpline_contacts().itertuples():
        assert f"(tel:{row.phone.replace(' ', '')})" in line, row.phone
    assert len(flat(line).strip().splitlines()) == 1
