# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""Round 36a (fresh reader of the Tele-Onthaal 2021 report, r35 findings #2-#9, #12, #15): the key message says more
than in which year; the channel bullet gives the total change first, the calls Table 1's; one measure for the gap per
channel; the same share said as the share; the conversations' own channel shares; the rule for whole percentages; what
was rounded and every word that marks an estimate; the annex's checks not all passed; 2019 before corona in Table 2;
the unanswered calls among what is not known. Each test failed on the code before."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from r39_wording import CHAT, GAP, OTHER, PHONE  # r39 (r38 TO #2, #4-#6)
from test_helplines_r13 import built, flat, summary_of_release
from test_tele_onthaal_r16 import _records

from hulplijnen.chapters.helplines import channel_years, conversion
from hulplijnen.config.params import load_params
from hulplijnen.facts import keys
from hulplijnen.maths.intervals import Interval
from hulplijnen.pipeline.about import about_markdown, derived_example, estimate_words, rounding
from hulplijnen.presentation import display, text

ALL = ["1712", "tele-onthaal", "stop-it-now"]
ROOT = Path(__file__).parents[2]


def _messages(helplines_: list[str]) -> str:
    md = summary_of_release(helplines_)
    return md[: md.index("## Kerncijfers")]


def test_the_key_message_says_more_than_in_which_year_and_no_het_er():
    """#2: 'ruim 10.000 meer gesprekken die niet met corona te maken hadden; in totaal waren het er …': more than what,
    and what 'het er' was."""
    said = (
        # r37 (r36 TO #1, #5): what was counted; the rise as its range
        # r39 (r38 TO #6, 2021 #4): no double negative, no 'dus'; a bullet of its own; r41 (r40/r41 TO #4): the
        # year's estimate first, no 'in totaal'
        # r45: (r44 TO #7b) the rise first (more than 2020), then the year's estimate against 2019
        # r52 (lead's decision A): the levels of both years, not the rise; more than in which year still said
        # r59 (r58 TO #2): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        "tegen naar schatting 80.300 in 2020"  # r57; r53 (r52 TO #5)
    )
    ALL_RISE = (  # noqa: N806
        # r47 (r46 2021 #4): a sentence of its own, no 'zodat'
        # r52 (lead's decision A): both levels, one 'ongeveer' each, no rise
        # r53 (r52 TO #5)
        # r56 (r55 TO #2): pin follows the new wording
        # r59 (r58 TO #2, 2021 #6): pin follows the new wording
        # r66 (r66 TO #2): pin follows the new wording
        "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
        "tegen naar schatting 80.300 in 2020: "
        # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
        "ongeveer 11.000 of 13 % meer, als Tele-Onthaal in beide jaren op dezelfde manier "  # r64 (r64 2021 #3)
        "bepaalde wat coronagerelateerd is"
    )
    alone = (  # r47 (r46 TO #8): the bullet shorter, the estimate first
        # r52 (lead's decision A): the level beside 2019's total, 2019's number the chapter's
        # r53 (r52 TO #5): the oldest year's count beside it
        # r56 (r55 TO #4): no comparison with all conversations of 2019 (what counted as corona is undefined)
        # r59 (r58 TO #2): the share's fall a sentence of its own (one helpline)
        "Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar 13 %."
    )
    for helplines_ in (["tele-onthaal"], ALL):
        messages = _messages(helplines_)
        # r45 (P review): of several helplines the bullet says the rise with its verb ('hoger lag')
        assert (said if helplines_ != ALL else ALL_RISE) in messages and "het er" not in messages
        assert alone in messages if helplines_ != ALL else "zegt de bron niet" not in messages  # r52
        assert "zo'n 11.000" not in messages and "naar schatting 90.800" not in messages  # r52 (decision A)
        assert (alone in messages) == (  # r49 (r48 TO #1)
            helplines_ != ALL
        )  # r45: (r44 2021 #4) of several helplines the chapter's
    chapter = flat(built()[0].text)
    assert (
        OTHER in chapter  # r39 (r38 TO #6)
    )
    assert "waren het er" not in chapter


def test_the_channel_bullet_gives_the_total_first_and_the_calls_are_table_1s():
    """#3: the calls against 2020 did not fit a bullet headed 'Meer gesprekken dan in 2019'; +15,3 % was missing."""
    md = summary_of_release(["tele-onthaal"])
    messages, figures = md.split("## Kerncijfers")
    assert (
        "- **Meer gesprekken dan in 2019, via beide kanalen:** 15,3 % meer gesprekken in totaal, via chat 39,7 % meer, "
        "via telefoon 11,6 % meer."
    ) in messages
    # r42 (TO #4): the gap bullet's lead names calls and conversations; no bullet on the calls' own count
    assert "oproepen bleef" not in messages and "Oproepen" not in messages.replace(
        # r66 (r64 TO #4): the chapter named with its website visitors
        "„Oproepen, gesprekken en websitebezoekers”",
        "",
    )  # r49: the chapter named
    assert "| Oproepen | 137.669 | −1 % tegenover 2020; +13,9 % tegenover 2019 |" in figures  # said there


def test_the_gap_per_channel_in_one_measure():
    """#4: the gap as a share of the calls (25,6 %, 14,1 %), then its complement (85,9 %, 74,4 %): one measure."""
    chapter, facts = built()
    text_ = flat(chapter.text)
    assert (  # r37 (r36 TO #3): a sentence per channel, in the same measure
        PHONE + " " + CHAT  # r39 (r38 TO #4, #5, 2021 #2): both earlier years, by the report's rule
    ) in text_
    for complement in ("85,9 %", "74,4 %", "ongeveer 75 %", "ongeveer 86 %", "groter deel"):
        assert complement not in text_, complement
    values = facts.values()
    for channel, low, high in (("chat", 24.9, 25.2), ("phone", 24.7, 25.0)):
        k = ("tele-onthaal", f"calls_without_conversation_{channel}", f"calls_{channel}", 2019)
        assert low < values[keys.share_of(*k, "low")] < values[keys.share_of(*k, "high")] < high
        assert values[keys.share_of(*k)] == 25
    now = keys.share_of("tele-onthaal", "calls_without_conversation_chat", "calls_chat")
    assert round(values[now], 1) == 14.1  # the chapter's own share of the year, recorded once
    assert keys.share_of("tele-onthaal", "conversations_chat", "calls_chat", 2019) not in values


def test_the_gap_trend_follows_the_gap():
    """#4: a smaller gap than in the oldest year 'fell' (the old rule's 'rose' was the conversations' share)."""
    implied = pd.DataFrame(
        [
            {"category": c, "measure": m, "year": 2019, "low": lo, "high": hi, "preferred": True}
            for c, m, lo, hi in [
                ("phone", "calls", 100.0, 101.0),
                ("phone", "conversations", 75.0, 75.5),
                ("chat", "calls", 100.0, 100.5),
                ("chat", "conversations", 74.9, 75.0),
            ]
        ]
    )
    values = {"calls_phone": 100, "conversations_phone": 75, "calls_chat": 100, "conversations_chat": 86}
    figs = pd.DataFrame([{"key": k, "value": v} for k, v in values.items()])
    from hulplijnen.facts import FactSheet

    found = conversion.channels("t", 2021, figs, implied, FactSheet("h", 2021), {"phone": "telefoon", "chat": "chat"})
    chat = next(c for c in found if c["label"] == "chat")
    assert chat["trend"] == "fell" and chat["now"] == 14 and chat["before"] == 25


def test_the_same_share_is_said_as_the_share():
    """#5: '(ongeveer een kwart van de oproepen), zoals in 2019 en 2020' left open whether the count was the same."""
    text_ = flat(built()[0].text)
    # r37 (r36 TO #3): in one sentence, the earlier years after the share itself ('net als')
    assert (
        GAP  # r39 (r38 TO #2, 2021 #2): the exact share, then each earlier year by the report's rule
    ) in text_
    assert "zoals in 2019" not in text_


def test_the_conversations_channel_shares_where_the_calls_are_given():
    """#6: the source prints one '86 %' beside calls and conversations; the conversations' own shares, base named."""
    chapter, facts = built()
    text_ = flat(chapter.text)
    assert (
        "In 2021 waren er 88.128 gesprekken via telefoon en 16.553 gesprekken via chat (@tbl-helpline-channels). "
        "Van de gesprekken liep 84,2 % via telefoon en 15,8 % via chat."
    ) in text_
    assert round(facts.values()[keys.channel_share_of("tele-onthaal", "chat", "conversations")], 1) == 15.8
    assert "Van de gesprekken liep 84,2 %" in flat(built(tuple(ALL))[0].text)  # the 2021 report's § 6.1 too


def test_the_methods_give_the_rule_for_whole_percentages_too():
    """#7: only '+13,9 %' was explained; Tabel 6 reads '−1 %' as −1,5 to −0,5 % too."""
    example = derived_example(_records(), 2021)
    assert example["decimals"] == 1 and example["other"]["decimals"] == 0 and example["other"]["change"] == -1
    methods = flat(
        text.render("methods.md", prose=False, derived=True, example=example, one_chapter=True, about_the_same=None)
    )
    assert (
        "„+13,9 %” betekent een werkelijke wijziging van minstens +13,85 % en minder dan +13,95 %. Een percentage "
        # r37 (r36 TO #6): a decrease said as one ('minstens −1,5 %' read as a fall of at least 1,5 %)
        "zonder decimaal is op een heel procent afgerond: „−1 %” betekent een daling van meer dan 0,5 % en hoogstens "
        # r39 (r38 TO #15): the rounding rule behind the asymmetric bounds, said
        # r40 (TO r39 #12): 'naar boven' said for negative numbers too
        # r45: (r44 TO #1-#4) 'naar boven, in de richting van plus', with what away-from-zero would give
        "1,5 %. Dit rapport neemt aan dat de bron een waarde precies halverwege naar boven afrondde, in de richting "
        "van plus (+13,85 % wordt +13,9 %; −1,5 % wordt −1 %, niet −2 %); daarom hoort de "
        "onderste grens van zo'n bereik erbij en de bovenste niet. Een aantal van een eerder jaar"
    ) in methods
    assert "minstens −1,5 %" not in methods
    # the 2021 report's example is a whole percent (1712's +57 %): its other rule is the one-decimal one
    other = {"change": 13.9, "decimals": 1, "allowed": Interval(13.85, 13.95)}
    whole = {"change": 57, "decimals": 0, "allowed": Interval(56.5, 57.5), "other": other}
    several = flat(
        text.render(
            "methods.md",
            prose=False,
            derived=True,
            example={**whole, **_shown()},
            one_chapter=False,
            about_the_same=None,
        )
    )
    assert (
        "Een percentage met één decimaal is op een tiende procent afgerond: „+13,9 %” betekent minstens +13,85 % en "
        "minder dan +13,95 %."
    ) in several
    alone = {k: v for k, v in whole.items() if k != "other"} | _shown()
    alone = flat(text.render("methods.md", prose=False, derived=True, example=alone, about_the_same=None))
    assert "Een percentage zonder decimaal" not in alone and "Een percentage met één decimaal" not in alone


def _shown() -> dict:
    return {"label": "contacten", "year": "2019", "low": 5407, "high": 5440, "about": 5420}


def test_about_these_figures_says_what_was_rounded_and_every_estimate_word():
    """#8: 'Veel cijfers zijn afgerond bekendgemaakt' where the counts were exact; 'Cijfers met ≈ of „ongeveer”' where
    the text also says 'rond', 'naar schatting' and 'tussen … en …'."""
    chapter = built()[0]
    words = estimate_words(chapter.text)
    # r53: the chapter no longer writes 'ongeveer' before a number; the summary does ('ongeveer 91.000'), and
    # 'Over deze cijfers' is told the words of both (pipeline.assemble)
    both = estimate_words(chapter.text + "\n" + summary_of_release(["tele-onthaal"]))
    # r37 (r36 2020 #14): a table's range too, for the annex's Methods
    # r41 (r40/r41 TO #5): and whether 'ongeveer' stands before a number (no longer, for an estimate)
    assert words == {
        "around": False,  # r49 (r48 TO #8): 'tussen X en Y' for both years, no 'rond'
        "estimated": True,
        "between": True,
        "table_range": False,
        # r53 (r52 TO #5): 'iets minder oproepen en gesprekken', no 'ongeveer 1 %'; r53 (r52 TO #3): 'ongeveer 13 %
        # meer' of the other conversations' rise; r54 (r54 TO #1): that rise 'naar schatting 13,4 %' now: no 'ongeveer'
        "about": False,
        "same": True,
    }
    # r41 (r40/r41 TO #5): 'about' only says the text writes 'ongeveer' before a number (the Methods then name it)
    marks = estimate_words("In 2019 waren er ongeveer 5.420 contacten.")
    assert marks.pop("about") and not any(marks.values())
    # r56 (r56 TO #5): the summary's estimates 'naar schatting' too: no 'ongeveer' before a number in the release
    # r59 (r58 TO #2): the summary's 'ongeveer 13 % meer' of the other conversations' estimated rise
    assert both == words | {"about": True}
    about = flat(about_markdown(load_params("2021-tele-onthaal"), _records(), True, marked=True, words=both))
    assert (
        # r39 (r38 TO #2): 'ongeveer' also rounds exact figures ('bijna een kwart'), so it marks no estimate
        # r56 (r55 TO #6): to what the source rounds, not as if the decimals told the two kinds apart
        "De bron geeft haar percentages afgerond, op een heel procent of op één decimaal; dit rapport neemt ze zo "
        "over. Percentages die dit rapport zelf uit exacte aantallen berekent, staan op één decimaal. "
        # r49 (r48 TO #7, #8): no 'rond' in the text any more; 'ongeveer 1 %' is said, so its clause is too
        "Cijfers met ≈ of „naar schatting” zijn schattingen, net als een bereik "
        "(„tussen … en …”); "
        # r59 (r58 TO #2): the clause on 'ongeveer <getal>' again, for the summary's 'ongeveer 13 %'
        # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
        "hoe ze berekend zijn en wat „ongeveer” en vergelijkingen als „ongeveer even groot” precies betekenen, "
        "staat in de Methoden."
    ) in about
    assert "Veel cijfers" not in about
    # the data decide: Tele-Onthaal's counts exact, its percentages rounded; 2021's 1712 has 'meer dan 58 %'; 2020's
    # 1712 published rounded counts
    # r56 (r55 TO #6): and the decimals the source gives its percentages to
    assert rounding(load_params("2021-tele-onthaal")) == {
        "counts_exact": True,
        "shares_rounded": True,
        "share_decimals": ["0", "1"],
    }
    assert {k: v for k, v in rounding(load_params("2021")).items() if k != "share_decimals"} == {
        "counts_exact": True,
        "shares_rounded": False,
    }
    assert rounding(load_params("2020"))["counts_exact"] is False
    template = (ROOT / "report" / "about.md").read_text(encoding="utf-8")
    assert "Veel cijfers zijn afgerond bekendgemaakt. Cijfers met" not in template


def test_the_annex_says_what_the_checks_found_not_that_the_data_passed_them():
    """#9: 'welke controles de gegevens doorstonden' while Tabel 3 shows one that failed."""
    annex = " ".join((ROOT / "report" / "appendices.md").read_text(encoding="utf-8").split())
    assert "welke controles dit rapport op de gegevens deed en wat eruit kwam" in annex
    assert "doorstonden" not in annex


def test_table_2_marks_2019_as_before_corona_with_a_note():
    """#12: the corona rows had empty 2019 cells beside the text's 'alle gesprekken in 2019, vóór corona'."""
    chapter = built()[0]
    table = chapter.tables["channels"].set_index("Cijfer")
    assert table.loc["totaal – coronagerelateerde gesprekken", "2019"] == channel_years.NONE == "–"
    assert table.loc["totaal – andere gesprekken", "2019"] == table.loc["totaal – gesprekken", "2019"]
    assert channel_years.before_corona(chapter.tables["channels"]) == ["2019"]
    # r39 (r38 TO #13): one note under the table (what ≈ is, 2021's ranges, then the dash), ending the paragraph
    # r53 (r52 TO #9); r56 (r55 TO #7): what 2019's other conversations are, and the rounding, end the note
    assert (
        # r63 (r62 TO #8): the mark named
        " Een streepje (–):"
        " niet van toepassing (2019, vóór corona); de andere gesprekken van 2019 zijn alle gesprekken van dat jaar. "
        "Schattingen (≈) zijn afgerond; opgeteld kunnen ze daardoor iets van het totaal afwijken.\n"
    ) in chapter.section("comparison")[0]
    assert display._numeric(table["2019"])  # the column stays right-aligned
    # a year with no first corona year the source tells of stays empty, with no note
    meaning = {"previous": "2020", "corona": {"split": {}}, "high_level": {"first_corona": False}}
    plain = channel_years.table("tele-onthaal", 2021, *_implied_labels())
    assert channel_years.before_corona(channel_years.with_corona(plain, meaning | _split())) == []


def _implied_labels():
    from hulplijnen.analysis import helplines as hl
    from hulplijnen.data import load
    from hulplijnen.facts import FactSheet

    implied = hl.implied_earlier_years(load.key_figures(2021, "tele-onthaal"), 2021)
    return implied, {"phone": "telefoon", "chat": "chat"}, FactSheet("h", 2021)


def _split() -> dict:
    part = {"about": 1000}
    return {"corona": {"split": {f"{p}_{w}": part for p in ("corona", "other") for w in ("before", "now")}}}


def test_what_we_do_not_know_names_the_unanswered_calls():
    """#15: the chapter says the gap is no measure of unanswered calls, then left them out of what is not known."""
    for helplines_ in (("tele-onthaal",), tuple(ALL)):
        assert (
            "**Wat niet bekend is.** De gepubliceerde cijfers zeggen niet hoeveel oproepen niet beantwoord werden, "
            "waarover de gesprekken gingen (buiten corona), wie er contact opnam of hoe lang oproepers moesten wachten."
        ) in flat(built(helplines_)[0].text)
