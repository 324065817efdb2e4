"""Round 15 readers (2020 #6, #7, #9; 2021 #1, #8): the report claims no more than its sources allow and says it
plainly. What is absent is absent from this report's sources, not 'not published' (the annual report of a helpline
is outside them); the summary's reachability bullet leads with the number; the MP's 'oproepen' stays the MP's word
beside the report's contacts; the annex's correction texts speak of the source and of 'vakken', not of a scan or
'cellen'; the heading over unanswered parliamentary questions is not read as unanswered calls."""

import re
from pathlib import Path

import pandas as pd
from test_story_rules import _messages, _r

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS = ROOT / "src" / "hulplijnen" / "chapters"
DEMO_EXPORT = {"shared", "registration", "capacity"}  # a contact export: what the report itself hides


def _templates() -> dict[str, str]:
    found = {p.relative_to(ROOT).as_posix(): p.read_text() for p in CHAPTERS.glob("*/*.md")}
    found.update({p.relative_to(ROOT).as_posix(): p.read_text() for p in (ROOT / "report" / "summary").glob("*.md")})
    return found


def test_no_template_says_that_something_was_not_published():
    """'Voor 2021 is geen tabel … gepubliceerd' claims what the sources cannot show (2021 #1). The report's own
    hiding of small counts in a demo's contact export ('worden niet gepubliceerd', 'x: niet gepubliceerd') is the
    report's act, not a claim about the sources: the export's chapters say it."""
    claims = []
    for name, source in _templates().items():
        if name.split("/")[-2] in DEMO_EXPORT:
            continue
        # r39: the caption of the chart of shares per year names the years a source gives no share for (r24 2021
        # #13); its words moved from Python (contact_persons/charts.py) into this template unchanged
        if name.endswith("contact_persons/captions.md"):
            continue
        flat = " ".join(source.split())
        for sentence in re.split(r"(?<=[.;:])\s", flat):
            if re.search(r"\b(niet|geen)\b[^.;]*\bgepubliceerd\b", sentence):
                claims.append((name, sentence))
    assert not claims, claims


def test_an_earlier_years_reachability_says_plainly_this_year_has_no_figure():
    reach = {"start": "2000-09", "end": "2000-12", "low": _r(40.0), "high": _r(45.0)}
    out = _messages(reach={**reach, "by_questioner": True})
    # r21 2021 #3: 'voor 2001 is er geen cijfer' read as a fact about the world; it is one about this report's sources
    # r27 2021 #1, #11: said once and plainly, no audit wording; the earlier year's figure is the chapter's
    # r28 2021 #2: the end-of-year figure, then plainly that the year has none
    assert "werd in september–december 2000" not in out  # the questioner named first
    # r31 (2021 #3): said plainly, without 'in de bronnen van dit rapport'; the earlier figure as the question's
    # r32 (2021 #16): one sentence, the fact before its source, no 'bevestigt noch corrigeert'
    # r33 (r32 #1, #5): the year first, plainly; the earlier figure once, dated; its source said plainly, no
    # 'het antwoord bevestigt het niet' (read as a denial)
    # r34a (2021 #1): who says it first, in the question's words; the attempts where given (here none)
    # r35 (2021 #1): not 'geen cijfers bekend' (figures may exist): this report's sources give none
    # r36 (r35 2021 #1): the lead without the year (a skimmed lead read the earlier figure as the year's); the year's
    # none, then the earlier figure dated in a sentence of its own
    # r45 (r44 2021 #5): 'de recentste cijfers gaan over'
    assert (
        "**Bereikbaarheid:** over 2001 geven de bronnen geen cijfers; de recentste cijfers gaan over "
        "september–december 2000 (interne analyses van X, aangehaald in schriftelijke vraag in het Vlaams Parlement): "
        "toen werd 40 tot 45 % van de oproepen beantwoord." in " ".join(out.split())
    )
    assert "Bereikbaarheid in 2001" not in out
    assert "bevestigt" not in out and "geen cijfers bekend" not in out
    # r44 (2021 #4): the two-line bullet says "de bronnen"
    assert out.count("bronnen van dit rapport") == 0 and "bevestigt noch corrigeert" not in out
    assert "minister" not in out and "maar 40" not in out
    assert "gepubliceerd" not in out


def test_the_years_reachability_bullet_is_two_sentences_with_the_attempts_and_no_minister():
    """r22 2020 #1, 2021 #1: the 40-45 % is the questioner's (citing the helpline's internal analyses). r25 2020 #1,
    #5, 2021 #9: no 'maar', no 'de minister gaat niet op dat cijfer in'; the attempts per caller in the same message,
    and that how many callers got through is not known: two short sentences."""
    reach = {"start": "2001-09", "end": "2001-12", "low": _r(40.0), "high": _r(45.0)}
    out = _messages(reach={**reach, "by_questioner": True, "attempts_low": _r(3.0), "attempts_high": _r(4.0)})
    line = next(b for b in out.split("\n- ") if "Bereikbaarheid:**" in b)
    # r27 (2020 #1, 2021 #1): the written question's figure, citing the helpline's analyses, and the answer's stance
    # in its words ('bevestigt niet' read as a denial); the attempts are the chapter's
    # r32 (2020 #1): the fact first ('slechts' in the question: 'maar'), its source after it, in one short bullet
    # r33 (r32 #5): where the figure comes from, said plainly in a sentence of its own, never 'bevestigt het niet'
    # r34a (2020 #1): who says it first, briefly; the attempts per caller in one clause beside it
    # r36 (r35 2020 #3): the attempts are the answer's, in a sentence of their own, and no 'dus' from them (whether
    # the share counts attempts is not known)
    assert " ".join(line.split()).endswith(
        "**Bereikbaarheid:** volgens interne analyses van X, aangehaald in schriftelijke vraag (Vlaams Parlement), kon "
        "X in september–december 2001 tussen 40 en 45 % van de oproepen beantwoorden "
        # r66 (r66 2020 #7): pin follows the new wording
        "(wat daarbij als oproep telt, zeggen de bronnen niet). "  # r63 (r63 2020 #6)
        # r41 (r41 2020 #3): the answer gives no period for the attempts, said; this pin follows it
        # r49 (r48 2020 #4): the attempts are the Proximus samples the answer quotes; this pin follows it
        "Volgens steekproeven met Proximus, aangehaald in het antwoord (periode niet vermeld), "
        "doet een beller gemiddeld 3 tot 4 pogingen; hoeveel bellers nooit doorkwamen, is niet bekend."
    ), out
    assert "dus dat aandeel" not in out
    assert "bevestigt" not in out
    assert "bevestigt noch corrigeert" not in out and "„van de oproepen”" not in out
    assert "wellicht" not in out and "3 à 4 pogingen" not in out
    # stated by the helpline itself, or with the answer's remark on conclusive figures: no minister either
    said = _messages(reach={**reach, "by_questioner": False, "not_conclusive": True})
    assert "parlementaire" not in said and "minister" not in said and "vraagsteller" not in said
    assert (
        "**Bereikbaarheid:** in september–december 2001 werd tussen 40 en 45 % van de inkomende oproepen beantwoord"
        in " ".join(said.split())
    )


def test_an_earlier_years_reachability_comes_after_the_messages_about_the_year():
    """r19 #1: in the 2021 release the 2020 figure led the summary beside 2021's messages; a figure from an earlier
    year now follows every message about the year itself (rule 2b), the year's own figure still leads."""
    earlier = {"start": "2000-09", "end": "2000-12", "low": _r(40.0), "high": _r(45.0), "by_questioner": True}
    out = _messages(reach=earlier, women=_r(73.0), family=_r(90.0))
    # r35 (2021 #1): the year's none as what this report's sources give (was 'voor 2001 zijn geen cijfers bekend')
    # r36 (r35 2021 #1): the lead without the year
    none = "**Bereikbaarheid:** over 2001 geven de bronnen geen cijfers"  # r44 (2021 #4): shorter
    assert out.index(none) > out.index("**Wie contact opneemt:**")
    # r39 (r38 2020 #12): a bullet only on where the violence takes place says so in its label
    assert out.index(none) > out.index("**Waar het geweld plaatsvindt:**")
    own = {**earlier, "start": "2001-09", "end": "2001-12"}
    out = _messages(reach=own, women=_r(73.0))
    # r38 (2020 r37 #8): the share follows the months ('... 2001 tussen 40 en 45 %'), no 'maar' between them
    lead = "kon X in september–december 2001 tussen 40 en 45 % van de oproepen beantwoorden"
    assert out.index(lead) < out.index("**Wie contact opneemt:**")


def test_the_mps_calls_are_not_in_the_summary():
    """2020 #7 then r19 2020 #2: the claim of N % more calls cannot be checked (no campaign, no period, no calls the
    year before); the campaigns chapter says so, the summary gives the growth of contacts alone."""
    trend = {
        "total": _r(75.0),
        "label": "contacten",
        "peak": None,
        "compared": [{"kind": "change", "value": _r(45.0), "decimals": 0, "year": "2000", "claim": _r(45.0)}],
    }
    out = _messages(trend=trend)
    assert "meer oproepen" not in out and "parlementslid" not in out
    assert "ongeveer de groei van alle contacten" not in out


def test_the_correction_texts_speak_of_the_source_and_of_vakken_not_of_a_scan_or_cellen():
    """2020 #9: 'bij het lezen van de scan werd de 9 een 2', 'de lege cel', 'cel is leeg in de bron' (annex)."""
    audit = re.compile(r"\bscan\w*|\bcel(len)?\b", re.IGNORECASE)
    texts = {
        "data/corrections.csv": "reason_nl",
        "data/constraints.csv": "reason_nl",
        "data/codebooks/correction_kinds.csv": "label_nl",
        "data/codebooks/constraint_rules.csv": "definition_nl",
        "data/codebooks/missing_reasons.csv": None,
    }
    found = []
    for name, column in texts.items():
        table = pd.read_csv(ROOT / name, dtype=str, keep_default_na=False)
        columns = [column] if column else [c for c in table.columns if c.endswith("_nl")]
        if name.endswith("correction_kinds.csv"):
            columns.append("definition_nl")
        found += [(name, t) for c in columns for t in table[c] if audit.search(t)]
    assert not found, found
    corrected = pd.read_csv(ROOT / "data/corrections.csv", dtype=str, keep_default_na=False)
    misread = corrected[corrected["kind"] == "ocr_misread"]["reason_nl"].tolist()
    assert any("op de gescande bladzijde is hier 20 te lezen" in t for t in misread), misread


def test_the_heading_over_unanswered_questions_is_not_read_as_unanswered_calls():
    """2021 #8: in a chapter about unanswered calls, 'Wat onbeantwoord bleef' introduced questions."""
    chapter = (CHAPTERS / "reachability" / "text.md").read_text()
    assert "Wat onbeantwoord bleef" not in chapter
    # r25 2020 #1: a neutral line of what the sources do not give, not a paragraph scoring the answer; r26 2020 #8:
    # one plain sentence, not a checklist under a bold label
    assert "Vragen zonder antwoord" not in chapter and "**Niet beschikbaar in de bronnen:**" not in chapter
    # r27 2021 #11: plainly, without audit wording
    # r28 2020 #7: what the extra means delivered, as the answer has it (preliminary figures, no final ones)
    # r30 (2020 #3, 2021 #6): no closing sentence widening optie 0's preliminary figures to the whole subsidy
    assert "Wat de extra middelen opleverden" not in chapter and "behalve het cijfer" not in chapter


def test_a_share_absent_from_a_year_is_not_in_the_sources_in_the_table_per_year():
    """2021 #1: the table of shares per year said 'niet gepubliceerd' for a role the year's sources do not give."""
    from hulplijnen.chapters.contact_persons.years import shares_table

    shares = pd.DataFrame(
        {
            "year": [2020, 2020, 2021],
            "role": ["victim", "neighbour", "victim"],
            "low": [33.6, 10.0, 36.5],
            "high": [33.6, 10.0, 37.5],
            "exact": [True, True, False],
        }
    )
    # a row per contact person, a column per year (r22)
    table = shares_table(shares, {"victim": "slachtoffer", "neighbour": "een buur"}).set_index("Contactnemer")
    assert table.loc["een buur", "2021"] == "niet gepubliceerd"  # as the chart marks it (r20 2021 #7)
    assert table.loc["een buur", "2020"] != "niet gepubliceerd"
