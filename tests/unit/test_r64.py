"""Round r64: fresh readers' findings on the merged r63 build (/work/review/r64), each pinned on its new text."""

from __future__ import annotations

import re

from test_helplines_r13 import built


def test_r64_to_2_per_kanaal_opens_a_paragraph_of_its_own():
    """TO #2, 2021 #2: 'Per dag waren er gemiddeld 287 gesprekken. **Per kanaal.** Van alle oproepen …' ran on in
    the conversations' paragraph (a blank line swallowed by the block tag before it)."""
    text = built()[0].text
    assert "**Per kanaal.**" in text
    assert re.search(r"\n\n\*\*Per kanaal\.\*\*", text), text
    assert not re.search(r"gesprekken\. ?\n?\*\*Per kanaal", text)  # at most one newline: the same paragraph
