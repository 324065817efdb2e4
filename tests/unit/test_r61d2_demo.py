"""r61 second pass (r61 demo findings): made-up shares labelled, the annex's arithmetic, captions and labels."""

from __future__ import annotations

from hulplijnen.chapters import capacity
from hulplijnen.presentation import caption_text


def test_table_six_marks_the_share_made_up_in_header_and_caption():
    # r61 (r61 demo #1): only 'Belpogingen (verzonnen)' said so; '% beantwoord' 36,1 % in April read as a real rate
    assert capacity.SYNTHETIC_COLUMNS["% beantwoord"] == "% beantwoord (verzonnen)"
    said = caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", {"made_up": True, "anchored": None})
    assert said.endswith("Omdat de belpogingen verzonnen zijn, is ook het aandeel beantwoord verzonnen.")
    real = caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", {"made_up": False, "anchored": None})
    assert "verzonnen" not in real
