"""r57 demo findings (r57a): the summary's lockdown bullet, the annex, the model's estimate and the tables' notes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_r56d_demo import _summary  # noqa: E402


def test_the_summary_says_the_months_are_what_the_question_calls_the_first_lockdown():
    said = _summary().split("**Rekenvoorbeeld")[0]
    # failed before r57: '**Meer geregistreerde telefooncontacten tijdens de eerste lockdown (april–juni 2020): …'
    assert (
        "**Meer geregistreerde telefooncontacten in april–juni 2020**, de periode die schriftelijke vraag nummer 282"
        " „de eerste lockdown” noemt: gemiddeld 552 per maand" in said
    )
    assert "tijdens de eerste lockdown (april–juni 2020)" not in said
