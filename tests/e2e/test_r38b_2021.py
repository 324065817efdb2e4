"""r38 (r37 2021 findings #2, #3, #4, #8, #9, #11, #12): the 2021 release as its reader reads it."""

from test_story_round11 import flat, messages, notebook_text


def _qmd(out) -> str:
    return flat((out / "report.qmd").read_text(encoding="utf-8"))


def test_the_2021_release_reads_as_the_r37_findings_ask(built):
    out = built["2021"]
    said = messages(out)
    # #3: the invitation is new, leaving a message was not: no call-back option that reads as new
    # r61 (r59 2020 #1): the aside goes on with the evaluation in figures (was "(inspreken kon al eerder)")
    # r61 (r59 2021 #3): '(inspreken kon al eerder; alleen kwalitatief geëvalueerd)'
    # r63 (r63 2020 #3, 2021 #2): in sentences with a subject, evaluated only qualitatively
    assert "terugbeloptie" not in said and "Inspreken kon al eerder; 1712 wilde ingesproken berichten" in said
    assert "Tot begin 2022 werd dat alleen kwalitatief geëvalueerd." in said
    # #8: e-mail's 2020 share beside its 2021 share
    # r45 (r44 2021 #4): e-mail a sentence of its own after the caveat on the other source, 2020's share beside it
    # r49 (2021 #2): both channels in one form
    # r52 (r51 2021 #6): a sentence per channel, no nested brackets
    assert "E-mail: 14 % (naar schatting 1.200), tegen 17,9 % (1.440) in 2020." in flat(said)
    assert "14 % kwam via e-mail (2020: 17,9 %)" not in said
    # #2: the 2020 base is not said to be the 2021 one: no judging word
    women = notebook_text(out, "contact_persons") + notebook_text(out, "gender_age")
    assert "een vrouw; in 2020 was dat 73,8 %" in women and "iets minder dan in 2020 (73,8 %)" not in women
    # #11: no 'slechts', the minister's judgement
    assert "kwamen slechts" not in notebook_text(out, "campaigns")
    qmd = _qmd(out)
    # #4: no definition of 1712's 'oproepen' the sources do not give
    assert "telefonische oproepen naar de hulplijn, beantwoord of niet" not in qmd
    assert "is niet bekend wat een oproep is" in qmd
    # #12: what the context table counts, said once
    assert qmd.count("zegt niet wat die tabel telt") == 0
    # #9: the corrected cell named in 'Over deze cijfers'
    about = qmd.split("# Over deze cijfers", 1)[1].split("# Verklarende woordenlijst", 1)[0]
    assert "Eén vak in de tabellen van de bron is verbeterd, omdat het niet met de totalen klopte." in about
