"""Round 60a (the r59 reader of 2021): the answering machine's bullet says that leaving a message was possible before
and what is new, the other source's caveat names its helpline, the sectors' 2020 count is an estimate with the filled
cells beside it, the chat's shift said once."""

import re

from hulplijnen.chapters import channels, contact_persons, contexts, gender_age, helplines, reachability
from hulplijnen.config.params import load_params
from hulplijnen.data import load
from hulplijnen.facts import FactSheet
from hulplijnen.pipeline import messages
from hulplijnen.pipeline.assemble import key_figures_only
from hulplijnen.presentation import text


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def test_r59_2021_1_leaving_a_message_was_possible_before_the_aim_is_new(reachability_built):
    row = load.events().set_index("event_id").loc["answering_machine"]
    assert "Inspreken kon al eerder" in row["name_nl"] and "zegt het antwoord niet" in row["name_nl"]  # r61
    chapter, summary = reachability_built[2021]
    assert (
        # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
        # r62 (r62 2020 #4, 2021 #3)
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2020 #6): pin follows the new wording
        "In 2021 ging 1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van het "
        "antwoordapparaat optimaliseren”). Inspreken kon al eerder: wie op een bezette lijn "
        # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
        # r62 (r62 2020 #4, 2021 #3)
        "botst, wordt uitgenodigd een boodschap in te spreken; wat er concreet veranderde, en of 1712 die berichten "
        "daardoor ook sneller behandelt "
        "en de bellers terugbelt, zegt het antwoord niet." in chapter
    )
    assert "gebracht: wie op een bezette lijn" not in chapter
    # r61 (r59 2020 #1): with no evaluation in figures after it
    # r63 (r63 2020 #3, 2021 #2): said in a sentence of its own, with a subject
    assert (
        "Inspreken kon al eerder; 1712 wilde ingesproken berichten" in summary
        and "(inspreken kon al eerder" not in summary
    )


def _scope(key_only) -> str:
    """The summary's scope paragraph of a 2021 release, with ``key_only`` as the helpline known only by key figures."""
    return flat(
        text.render(
            "summary/intro.md",
            facts={},
            synthetic=False,
            year="2021",
            names=["x"],
            split=None,
            part="scope",
            later=None,
            counted=None,
            one_chapter=False,
            key_only=key_only,
        )  # fmt: skip
    )


def test_r59_2021_2_the_other_source_is_1712s():
    params = load_params("2021")
    key_only = key_figures_only(params)
    assert key_only["earlier"] == "2020"  # the earlier year's tables are another document
    said = _scope(key_only)
    assert f"De cijfers van {key_only['name']} over 2020 komen uit een andere bron dan die over 2021;" in said
    assert "De cijfers over 2020 komen uit een andere bron" not in said
    # Tele-Onthaal's and Stop it Now!'s 2020 figures come from the 2021 document: no caveat for a release without
    # an earlier year's tables
    assert "andere bron" not in _scope({"name": "X", "earlier": False})


def test_r59_2021_3_the_sectors_count_of_2020_is_an_estimate():
    chapter = flat(contact_persons.build(2021, "1712", FactSheet("c", 2021)).text)
    assert (
        # r61 (r61 2021 #6): one plain sentence, as in the 2020 release; no 'minstens 367'
        "In 2020 kwamen naar schatting 380 contacten (4,7 %) van iemand uit onderwijs, cultuur, sport, "
        # r63 (r63 2021 #5): why it is an estimate and where the reader finds it, not the annex table's number
        # r67 (r67 2020 #4): how many of them are estimated
        "welzijn of justitie; 13 daarvan zijn geschat, omdat de tabel in de bron "
        "een paar vakken leeg liet (zie „Controles van de gegevens”" in chapter
    )
    assert "neemt aan dat een deel daarvan" not in chapter


def test_r59_2021_5_the_chats_shift_said_once():
    sheet = FactSheet("t", 2021)
    channels.build(2021, "1712", [2019, 2020], sheet)
    contact_persons.build(2021, "1712", sheet)
    contexts.build(2021, "1712", sheet)
    gender_age.build(2021, "1712", sheet)
    reachability.build(2021, "1712", sheet, "2026-11-20")
    helplines.build(2021, ["1712", "tele-onthaal", "stop-it-now"], sheet)
    facts = {r["key"]: r for r in sheet.records()}
    said = flat(messages.key_messages(facts, ["1712", "tele-onthaal", "stop-it-now"], 2021))
    assert (
        # r61 (r59 2021 #2): the key figures' own comparison said as theirs, so the rise is safe to read
        "**Meer chat:** 18 % van de contacten liep via chat (naar schatting 1.500), tegen 11,3 % (911) in 2020; "
        "volgens de kerncijfers zelf was dat bijna één op de vijf, tegen nog één op de tien in 2020. E-mail: 14 % "
        "(naar schatting 1.200), tegen 17,9 % (1.440) in 2020." in said
    )
    assert "volgens de kerncijfers van 2021 liep" not in said and said.count("nog één op de tien") == 1
