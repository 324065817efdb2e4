# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Round r38 (r37 Tele-Onthaal findings): the report of one helpline speaks of that helpline."""

import pytest


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def qmd(built):
    # r40: the session's build (tests/conftest.py), not the repository's _output (absent on a clean clone, so CI
    # skipped this test)
    return flat((built["2021-tele-onthaal"] / "report.qmd").read_text(encoding="utf-8"))


def test_one_helpline_report_speaks_of_that_helpline(qmd):
    """#11: 'de eigen jaarverslagen over 2021 van de hulplijnen' in a report of Tele-Onthaal alone."""
    # r39 (r38 TO #7): the sources said plainly in 'Over deze cijfers', the annual reports named as Tele-Onthaal's
    assert (
        # r66 (r64 2020 #9): "andere jaren"
        "Andere publicaties, zoals de eigen jaarverslagen van Tele-Onthaal over 2021 en over andere jaren, horen niet "
        "bij de bronnen van dit rapport: ze kunnen anders tellen" in qmd  # r49 (r48 TO #12): the reason
    )
    assert "Tele-Onthaal publiceert zelf cijfers" in qmd  # r59 (r58 TO #6): pin follows the new wording
    assert "van de hulplijnen zelf" not in qmd and "jaarverslagen over 2021 van de hulplijnen" not in qmd
    assert "jaarverslagen van de hulplijnen" not in qmd


def test_the_channels_are_compared_with_last_year_too(built):
    """#2: 'Sinds 2019 groeiden' read as growth still going on; the changes against 2020 were in no sentence."""
    qmd = flat((built["2021-tele-onthaal"] / "notebooks" / "helplines.ipynb").read_text(encoding="utf-8"))
    assert "Sinds 2019 groeiden" not in qmd
    # r47 (r46 TO #1): 'iets minder' by the Methods' rule, not 'daalden licht'
    assert "Tegenover 2020 waren er via beide kanalen iets minder oproepen en gesprekken" in qmd  # r49 (#7)
