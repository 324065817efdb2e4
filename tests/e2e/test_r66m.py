"""Round r66 (r64 2020 #9): the sources' paragraph names no year twice."""

import re


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_other_annual_reports_are_not_earlier_years_after_2020_was_named(built):
    """'het eigen jaarverslag 2020 … of de eigen jaarverslagen … over 2021 en over eerdere jaren' counted 2020 twice."""
    for release in ("2020", "2021"):
        qmd = flat((built[release] / "report.qmd").read_text(encoding="utf-8"))
        sentence = re.search(r"Andere publicaties, zoals [^.]*horen niet bij de bronnen", qmd)
        assert sentence, release
        assert "eerdere jaren" not in sentence.group(0), (release, sentence.group(0))
        assert "over 2021 en over andere jaren" in sentence.group(0), (release, sentence.group(0))


def test_a_subtitle_names_what_the_only_chapter_covers(built):
    """r67 (r67 TO #3): the subtitle 'Oproepen, gesprekken en kanalen' left out the website visitors that the
    release's only chapter ('Oproepen, gesprekken en websitebezoekers') and a key message are about."""
    qmd = (built["2021-tele-onthaal"] / "report.qmd").read_text(encoding="utf-8")
    subtitle = re.search(r"^subtitle: (.+)$", qmd, re.M)
    assert subtitle and "websitebezoekers" in subtitle.group(1), subtitle
    assert "# Oproepen, gesprekken en websitebezoekers {" in qmd
